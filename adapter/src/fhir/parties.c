/*
 * parties.c - who runs the study: the lead sponsor and collaborators
 * (contained Organizations), the responsible party and the overall
 * officials (contained PractitionerRoles), R4 sponsor and
 * principalInvestigator, and one R5 associatedParty extension per party.
 *
 * R4 has only sponsor and principalInvestigator; R5 associatedParty holds
 * every party with its role, so each contained party resource is also
 * referenced from an associatedParty entry. That keeps every contained
 * resource referenced (dom-3) and lets a reader find all parties in one
 * place.
 */
#include <stdio.h>
#include "fhir/fhir_int.h"

void fx_associated_party(fx_ctx *c, const char *name, json_t *role, json_t *classifier,
                         const char *party_id)
{
	json_t *sub = fx_arr(c);
	fx_push(c, sub, fx_ext_str(c, "name", name));
	fx_push(c, sub, fx_ext(c, "role", "valueCodeableConcept", role));
	fx_push(c, sub, fx_ext(c, "classifier", "valueCodeableConcept", classifier));
	if (party_id)
		fx_push(c, sub, fx_ext(c, "party", "valueReference", fx_ref_local(c, party_id)));
	fx_push(c, c->extension, fx_ext_complex(c, FX_R5_ASSOCIATED_PARTY, sub));
}

/* A party role (R5 research-study-party-role) from table, with CT.gov's
 * wording as text. associatedParty.role is required, so a person whose
 * role the record does not give gets fallback_text. */
json_t *fx_role_cc(fx_ctx *c, const char *table, const char *source, const char *fallback_text)
{
	if (!source)
		return fx_cc_text(c, fallback_text);
	return fx_cc(c, fx_row_coding(c, fx_lookup(c, table, source)), fx_label(c, table, source));
}

/* A role of ours that no table holds (lead sponsor, collaborator). */
static json_t *fixed_role(fx_ctx *c, const char *code, const char *text)
{
	return fx_cc(c, fx_coding(c, FX_SYS_PARTY_ROLE, code, code), text);
}

static json_t *organization(fx_ctx *c, const char *id, const tf_org *org)
{
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "resourceType", "Organization");
	fx_set_str(c, o, "id", id);
	fx_set1(c, o, "type", fx_cc_map(c, FX_T_AGENCY_CLASS, org->cls, NULL));
	fx_set_str(c, o, "name", org->name);
	return o;
}

static int has_org(const tf_org *org)
{
	return org->name || org->cls;
}

/* Practitioner and organization are given by display only: they have no
 * identity outside the record to reference. */
json_t *fx_practitioner_role(fx_ctx *c, const char *id, const tf_person *p, json_t *code,
                             const char *site_id)
{
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "resourceType", "PractitionerRole");
	fx_set_str(c, o, "id", id);
	fx_set(c, o, "practitioner", fx_ref_display(c, p->name));
	fx_set(c, o, "organization", fx_ref_display(c, p->affiliation));
	fx_set1(c, o, "code", code);
	if (site_id)
		fx_set1(c, o, "location", fx_ref_local(c, site_id));
	fx_set(c, o, "telecom", fx_telecom(c, p));
	return o;
}

static void responsible_party(fx_ctx *c, int have_sponsor)
{
	const tf_responsible_party *r = &c->t->responsible_party;
	json_t *role = fx_role_cc(c, FX_T_RESP_PARTY, r->type, "Responsible party");
	if (tf_streq(r->type, "SPONSOR")) {
		fx_associated_party(c, c->t->lead_sponsor.name, role, NULL,
		                    have_sponsor ? "sponsor" : NULL);
		return;
	}
	if (!r->name && !r->title && !r->affiliation) {
		/* Classic XML's name_title, or only a type: a named party
		 * without a resource of its own. */
		if (r->type || r->old_name)
			fx_associated_party(c, r->old_name, role, NULL, NULL);
		else
			json_decref(role);
		return;
	}
	tf_person p = {.name = r->name, .affiliation = r->affiliation};
	fx_push(c, c->contained,
	        fx_practitioner_role(c, "responsible-party", &p, fx_cc_text(c, r->title), NULL));
	fx_associated_party(c, r->name, role, NULL, "responsible-party");
}

void fx_sponsor(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	int have_sponsor = has_org(&t->lead_sponsor);
	if (have_sponsor) {
		fx_push(c, c->contained, organization(c, "sponsor", &t->lead_sponsor));
		fx_set(c, rs, "sponsor", fx_ref_local(c, "sponsor"));
		fx_associated_party(
		        c, t->lead_sponsor.name, fixed_role(c, "lead-sponsor", "Lead Sponsor"),
		        fx_cc_map(c, FX_T_AGENCY_CLASS, t->lead_sponsor.cls, NULL), "sponsor");
	}
	for (size_t i = 0; i < t->n_collaborators; i++) {
		const tf_org *org = &t->collaborators[i];
		if (!has_org(org))
			continue;
		char id[FX_ID_MAX];
		snprintf(id, sizeof(id), "collaborator-%zu", i + 1);
		fx_push(c, c->contained, organization(c, id, org));
		fx_associated_party(c, org->name, fixed_role(c, "collaborator", "Collaborator"),
		                    fx_cc_map(c, FX_T_AGENCY_CLASS, org->cls, NULL), id);
	}
	responsible_party(c, have_sponsor);
}

void fx_principal_investigator(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	int pi_done = 0;
	for (size_t i = 0; i < t->n_officials; i++) {
		const tf_person *p = &t->officials[i];
		char id[FX_ID_MAX];
		snprintf(id, sizeof(id), "official-%zu", i + 1);
		fx_push(c, c->contained,
		        fx_practitioner_role(
		                c, id, p, fx_role_cc(c, FX_T_OFFICIAL_ROLE, p->role, NULL), NULL));
		fx_associated_party(c, p->name,
		                    fx_role_cc(c, FX_T_OFFICIAL_ROLE, p->role, "Study official"),
		                    NULL, id);
		if (!pi_done && tf_streq(p->role, "PRINCIPAL_INVESTIGATOR")) {
			fx_set(c, rs, "principalInvestigator", fx_ref_local(c, id));
			pi_done = 1;
		}
	}
}
