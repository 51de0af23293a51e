/*
 * sites.c - where the study runs: R4 ResearchStudy.location (one entry per
 * country, the element's "geographic region" meaning) and ResearchStudy.site
 * (one contained Location per facility, "site-N", with its site contacts
 * and investigators as contained PractitionerRoles "site-N-contact-M").
 *
 * Coordinates are written exactly as the source wrote them (decimal nodes):
 * a FHIR decimal's digits are its precision. The site's exact CT.gov
 * recruitment status goes in an extension, since location-status only says
 * active, suspended or inactive.
 */
#include <stdio.h>
#include <string.h>
#include "fhir/fhir_int.h"

/* R4 location-status (required binding of Location.status). */
static int is_location_status(const char *code)
{
	return strcmp(code, "active") == 0 || strcmp(code, "suspended") == 0 ||
	       strcmp(code, "inactive") == 0;
}

void fx_location(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	for (size_t i = 0; i < t->n_sites; i++) {
		const char *country = t->sites[i].country;
		if (tf_is_blank(country))
			continue;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = tf_strcaseeq(t->sites[j].country, country);
		if (!seen)
			fx_push(c, arr, fx_cc_text(c, country));
	}
	fx_set(c, rs, "location", arr);
}

static json_t *address(fx_ctx *c, const tf_site *s)
{
	/* "use" alone would make a non-empty but meaningless address. */
	if (tf_is_blank(s->city) && tf_is_blank(s->state) && tf_is_blank(s->zip) &&
	    tf_is_blank(s->country))
		return NULL;
	json_t *a = fx_obj(c);
	fx_set_str(c, a, "use", "work");
	fx_set_str(c, a, "city", s->city);
	fx_set_str(c, a, "state", s->state);
	fx_set_str(c, a, "postalCode", s->zip);
	fx_set_str(c, a, "country", s->country);
	return a;
}

/* Location.position: both coordinates, longitude first (element order). */
static json_t *position(fx_ctx *c, const tf_site *s)
{
	if (!s->lat && !s->lon)
		return NULL;
	if (!s->lat || !s->lon) {
		fx_warn(c, "site \"%s\" has only one coordinate; no position",
		        s->facility ? s->facility : "");
		return NULL;
	}
	json_t *lon = fx_decimal(c, s->lon, "longitude");
	json_t *lat = fx_decimal(c, s->lat, "latitude");
	if (!lon || !lat) {
		json_decref(lon);
		json_decref(lat);
		return NULL;
	}
	json_t *p = fx_obj(c);
	fx_set(c, p, "longitude", lon);
	fx_set(c, p, "latitude", lat);
	return p;
}

/* Appends the ContactPoints of from to arr, each once (several contacts
 * of a site often share the site's phone). */
static void push_unique(fx_ctx *c, json_t *arr, json_t *from)
{
	size_t i;
	json_t *cp;
	json_array_foreach(from, i, cp)
	{
		int dup = 0;
		size_t j;
		json_t *have;
		json_array_foreach(arr, j, have)
		{
			if (json_equal(have, cp)) {
				dup = 1;
				break;
			}
		}
		if (!dup)
			fx_push(c, arr, json_incref(cp));
	}
}

static json_t *site_location(fx_ctx *c, const char *id, const tf_site *s)
{
	json_t *loc = fx_obj(c);
	fx_set_str(c, loc, "resourceType", "Location");
	fx_set_str(c, loc, "id", id);
	fx_set1(c, loc, "extension",
	        fx_ext(c, FX_EXT_SITE_STATUS, "valueCoding",
	               fx_coding_map(c, FX_T_STATUS, s->status)));
	if (s->status) {
		const tf_map_row *row = fx_lookup(c, FX_T_SITE_STATUS, s->status);
		if (row && is_location_status(row->code))
			fx_set_str(c, loc, "status", row->code);
	}
	fx_set_str(c, loc, "name", s->facility);
	json_t *telecom = fx_arr(c);
	for (size_t m = 0; m < s->n_contacts; m++) {
		json_t *tc = fx_telecom(c, &s->contacts[m]);
		push_unique(c, telecom, tc);
		json_decref(tc);
	}
	fx_set(c, loc, "telecom", telecom);
	fx_set(c, loc, "address", address(c, s));
	fx_set(c, loc, "position", position(c, s));
	return loc;
}

void fx_site(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *refs = fx_arr(c);
	for (size_t n = 0; n < t->n_sites; n++) {
		const tf_site *s = &t->sites[n];
		char id[FX_ID_MAX];
		snprintf(id, sizeof(id), "site-%zu", n + 1);
		fx_push(c, c->contained, site_location(c, id, s));
		fx_push(c, refs, fx_ref_local(c, id));
		for (size_t m = 0; m < s->n_contacts; m++) {
			const tf_person *p = &s->contacts[m];
			char cid[FX_ID_MAX];
			snprintf(cid, sizeof(cid), "site-%zu-contact-%zu", n + 1, m + 1);
			fx_push(c, c->contained,
			        fx_practitioner_role(
			                c, cid, p, fx_role_cc(c, FX_T_OFFICIAL_ROLE, p->role, NULL),
			                id));
			fx_associated_party(
			        c, p->name,
			        fx_role_cc(c, FX_T_OFFICIAL_ROLE, p->role, "Site contact"), NULL,
			        cid);
		}
	}
	fx_set(c, rs, "site", refs);
}
