/*
 * researchstudy.c - tf_fhir_from_trial(): one trial -> the JSON array of
 * its FHIR R4 resources, today the ResearchStudy alone.
 *
 * The ResearchStudy's members are inserted in FHIR element order, because
 * the emitter writes keys in insertion order and the output must be the
 * same bytes on every run. contained and extension come early in that
 * order but are filled by the later steps (sites, parties, the Group...),
 * so both arrays are put in place first and filled by reference; whichever
 * stays empty is removed at the end. This file holds the elements with no
 * file of their own (identifier, title, contact, description, period,
 * reasonStopped, arm, objective) and the order of all of them.
 *
 * The eligibility PlanDefinition slots in here later: its writer sets
 * fx_ctx.plan_id before the study is built (ResearchStudy.protocol then
 * references it) and appends the PlanDefinition after the study.
 */
#include <string.h>
#include "eligibility/eligibility.h"
#include "fhir/fhir_int.h"
#include "mapping/mapping_int.h"
#include "model/model_int.h"

int tf_fhir_study_id(const char *nct, char *buf, size_t size)
{
	if (!nct || !buf)
		return TF_EINVAL;
	if (!tf_model_is_nct(nct))
		return TF_EINVALID;
	if (size < 12)
		return TF_EINVAL;
	buf[0] = 'n', buf[1] = 'c', buf[2] = 't';
	memcpy(buf + 3, nct + 3, 9); /* the digits and the NUL */
	return 0;
}

/* ---- identifier ------------------------------------------------------------ */

/* Identifier with its members in element order; assigner by display. */
static json_t *identifier(fx_ctx *c, const char *use, json_t *type, const char *system,
                          const char *value, const char *assigner)
{
	if (tf_is_blank(value)) {
		json_decref(type);
		return NULL;
	}
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "use", use);
	fx_set(c, o, "type", type);
	fx_set_str(c, o, "system", system);
	fx_set_str(c, o, "value", value);
	fx_set(c, o, "assigner", fx_ref_display(c, assigner));
	return o;
}

/* The namespace of a secondary id, for the types whose issuer has a
 * public register that resolves them (see FX_IDSYS_*); none otherwise. */
static const char *secondary_system(const char *type)
{
	if (tf_streq(type, "EUDRACT_NUMBER"))
		return FX_IDSYS_EUDRACT;
	if (tf_streq(type, "CTIS"))
		return FX_IDSYS_CTIS;
	if (tf_streq(type, "NIH"))
		return FX_IDSYS_NIH;
	return NULL;
}

static void identifiers(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *ids = fx_arr(c);
	fx_push(c, ids, identifier(c, "official", NULL, TF_FHIR_NCT_SYSTEM, t->nct_id, NULL));
	for (size_t i = 0; i < t->nct_aliases.n; i++)
		fx_push(c, ids,
		        identifier(c, "old", NULL, TF_FHIR_NCT_SYSTEM, t->nct_aliases.v[i], NULL));
	if (t->org_study_id) {
		json_t *type = fx_cc(c, fx_coding_map(c, FX_T_SECONDARY_ID, t->org_study_id_type),
		                     "Organization's Unique Protocol ID");
		fx_push(c, ids,
		        identifier(c, "secondary", type, secondary_system(t->org_study_id_type),
		                   t->org_study_id, t->organization));
	}
	for (size_t i = 0; i < t->n_secondary_ids; i++) {
		const tf_secondary_id *s = &t->secondary_ids[i];
		fx_push(c, ids,
		        identifier(c, "secondary", fx_cc_map(c, FX_T_SECONDARY_ID, s->type, NULL),
		                   secondary_system(s->type), s->id, s->domain));
	}
	fx_set(c, rs, "identifier", ids);
}

/* ---- title -------------------------------------------------------------------- */

/* An R5 label (a title of another kind) as a cross-version extension. */
static void label(fx_ctx *c, const char *code, const char *display, const char *value)
{
	if (!value)
		return;
	json_t *sub = fx_arr(c);
	fx_push(c, sub,
	        fx_ext(c, "type", "valueCodeableConcept",
	               fx_cc(c, fx_coding(c, FX_SYS_TITLE_TYPE, code, display), NULL)));
	fx_push(c, sub, fx_ext_str(c, "value", value));
	fx_push(c, c->extension, fx_ext_complex(c, FX_R5_LABEL, sub));
}

static void title(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	fx_set_str(c, rs, "title", t->brief_title ? t->brief_title : t->official_title);
	label(c, "official", "Official title", t->official_title);
	label(c, "acronym", "Acronym", t->acronym);
}

/* ---- the other elements ------------------------------------------------------------ */

static void protocol(fx_ctx *c, json_t *rs)
{
	if (!c->plan_id)
		return;
	json_t *ref = fx_obj(c);
	fx_set(c, ref, "reference", fx_strf(c, "PlanDefinition/%s", c->plan_id));
	fx_set1(c, rs, "protocol", ref);
}

static void contacts(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	for (size_t i = 0; i < t->n_central_contacts; i++) {
		const tf_person *p = &t->central_contacts[i];
		json_t *cd = fx_obj(c);
		fx_set_str(c, cd, "name", p->name);
		fx_set(c, cd, "telecom", fx_telecom(c, p));
		fx_push(c, arr, cd);
	}
	fx_set(c, rs, "contact", arr);
}

static void description(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	fx_set_str(c, rs, "description",
	           t->detailed_description ? t->detailed_description : t->brief_summary);
	fx_push(c, c->extension, fx_ext_markdown(c, FX_R5_DESCRIPTION_SUMM, t->brief_summary));
}

static void period(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *p = fx_obj(c);
	fx_set_date(c, p, "start", &t->start_date);
	fx_set_date(c, p, "end", &t->completion_date);
	fx_set(c, rs, "period", p);
}

static void arms(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	for (size_t i = 0; i < t->n_arms; i++) {
		const tf_arm *a = &t->arms[i];
		if (!a->label) {
			fx_warn(c,
			        "arm %zu has no label (ResearchStudy.arm.name is required); "
			        "left out",
			        i + 1);
			continue;
		}
		json_t *o = fx_obj(c);
		json_t *ext = fx_arr(c);
		fx_push_strv(c, ext, FX_EXT_ARM_INTERVENTION, &a->interventions);
		fx_set(c, o, "extension", ext);
		fx_set_str(c, o, "name", a->label);
		fx_set(c, o, "type", fx_cc_map(c, FX_T_ARM_TYPE, a->type, NULL));
		fx_set_str(c, o, "description", a->description);
		fx_push(c, arr, o);
	}
	fx_set(c, rs, "arm", arr);
}

/*
 * One kind of outcome: an R4 objective each (name and type), and the whole
 * outcome (with description and time frame) in an R5 outcomeMeasure
 * extension, which R4 objective has no room for.
 */
static void outcomes(fx_ctx *c, json_t *arr, const tf_outcome *o, size_t n, const char *code,
                     const char *display)
{
	for (size_t i = 0; i < n; i++) {
		if (!o[i].measure) {
			fx_warn(c, "a %s outcome has no measure; left out", code);
			continue;
		}
		json_t *obj = fx_obj(c);
		fx_set_str(c, obj, "name", o[i].measure);
		fx_set(c, obj, "type",
		       fx_cc(c, fx_coding(c, FX_SYS_OBJECTIVE_TYPE, code, display), NULL));
		fx_push(c, arr, obj);

		json_t *sub = fx_arr(c);
		fx_push(c, sub, fx_ext_str(c, "name", o[i].measure));
		fx_push(c, sub,
		        fx_ext(c, "type", "valueCodeableConcept",
		               fx_cc(c, fx_coding(c, FX_SYS_OBJECTIVE_TYPE, code, display), NULL)));
		fx_push(c, sub, fx_ext_markdown(c, "description", o[i].description));
		fx_push(c, sub, fx_ext_str(c, FX_EXT_OUTCOME_TIME_FRAME, o[i].time_frame));
		fx_push(c, c->extension, fx_ext_complex(c, FX_R5_OUTCOME_MEASURE, sub));
	}
}

static void objectives(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	outcomes(c, arr, t->primary_outcomes, t->n_primary_outcomes, "primary", "Primary");
	outcomes(c, arr, t->secondary_outcomes, t->n_secondary_outcomes, "secondary", "Secondary");
	outcomes(c, arr, t->other_outcomes, t->n_other_outcomes, "exploratory", "Exploratory");
	fx_set(c, rs, "objective", arr);
}

/* Puts an array in place now, to be filled later (see the top of the file). */
static json_t *placeholder(fx_ctx *c, json_t *rs, const char *key)
{
	json_t *arr = fx_arr(c);
	if (!arr || !rs) {
		json_decref(arr);
		return NULL;
	}
	if (json_object_set_new_nocheck(rs, key, arr) != 0) {
		fx_oom(c);
		return NULL;
	}
	return arr; /* borrowed from rs */
}

static void drop_if_empty(json_t *rs, const char *key)
{
	json_t *v = json_object_get(rs, key);
	if (v && json_array_size(v) == 0)
		json_object_del(rs, key);
}

json_t *fx_research_study(fx_ctx *c)
{
	json_t *rs = fx_obj(c);
	fx_set_str(c, rs, "resourceType", "ResearchStudy");
	fx_set_str(c, rs, "id", c->id);
	c->contained = placeholder(c, rs, "contained");
	c->extension = placeholder(c, rs, "extension");
	identifiers(c, rs);
	title(c, rs);
	protocol(c, rs);
	fx_status(c, rs);
	fx_primary_purpose(c, rs);
	fx_phase(c, rs);
	fx_category(c, rs);
	fx_focus(c, rs);
	fx_condition(c, rs);
	contacts(c, rs);
	fx_related_artifacts(c, rs);
	fx_keyword(c, rs);
	fx_location(c, rs);
	description(c, rs);
	fx_enrollment(c, rs);
	period(c, rs);
	fx_sponsor(c, rs);
	fx_principal_investigator(c, rs);
	fx_site(c, rs);
	fx_set(c, rs, "reasonStopped", fx_cc_text(c, c->t->why_stopped));
	arms(c, rs);
	objectives(c, rs);
	fx_study_extensions(c);
	if (rs) {
		drop_if_empty(rs, "contained");
		drop_if_empty(rs, "extension");
	}
	c->contained = c->extension = NULL;
	return rs;
}

/* ---- entry points ---------------------------------------------------------------- */

int tf_fhir_build(const tf_trial *trial, const tf_mappings *maps, tf_fhir_warn_fn warn,
                  void *warn_data, json_t **out, tf_error *err)
{
	if (!trial || !out)
		return tf_error_set(err, TF_EINVAL, "tf_fhir_from_trial: NULL argument");
	*out = NULL;
	fx_ctx c = {.t = trial, .err = err, .warn = warn, .warn_data = warn_data};
	if (tf_fhir_study_id(trial->nct_id, c.id, sizeof(c.id)) != 0) {
		if (err)
			tf_strlcpy(err->pointer, "ResearchStudy.identifier", sizeof(err->pointer));
		return tf_error_set(err, TF_EINVALID,
		                    "the trial has no valid NCT number (\"NCT\" and 8 digits): %s",
		                    trial->nct_id ? trial->nct_id : "none");
	}
	c.maps = maps ? maps : tf_mappings_default(err);
	if (!c.maps)
		return err && err->code ? err->code : TF_ENOTFOUND;

	/* The eligibility PlanDefinition first, so the study can name it in
	 * protocol; it is written after the study. A record without criteria,
	 * age or sex limits has nothing to evaluate and gets none. */
	json_t *plan = NULL;
	const tf_eligibility *el = &trial->eligibility;
	if (el->criteria || el->minimum_age || el->maximum_age ||
	    (el->sex && strcmp(el->sex, "ALL") != 0)) {
		int rc = tf_fhir_plandefinition(trial, c.maps, &plan, err);
		if (rc < 0) {
			if (err) {
				tf_strlcpy(err->record_id, trial->nct_id, sizeof(err->record_id));
				err->record = trial->source.record;
			}
			return rc;
		}
		c.plan_id = json_string_value(json_object_get(plan, "id"));
	}
	json_t *arr = fx_arr(&c);
	fx_push(&c, arr, fx_research_study(&c));
	if (plan)
		fx_push(&c, arr, plan); /* the array takes the reference */
	if (c.rc != 0) {
		json_decref(arr);
		if (err) {
			tf_strlcpy(err->record_id, trial->nct_id, sizeof(err->record_id));
			if (trial->source.name)
				tf_strlcpy(err->source, trial->source.name, sizeof(err->source));
			err->record = trial->source.record;
		}
		return c.rc;
	}
	*out = arr;
	return 0;
}

int tf_fhir_from_trial(const tf_trial *trial, const tf_fhir_options *opts, json_t **out,
                       tf_error *err)
{
	if (opts && (opts->version == 0 || opts->version > TF_FHIR_OPTIONS_VERSION))
		return tf_error_set(err, TF_EINVAL, "tf_fhir_options: unknown version %u",
		                    opts->version);
	return tf_fhir_build(trial, opts ? opts->mappings : NULL, opts ? opts->warn : NULL,
	                     opts ? opts->warn_data : NULL, out, err);
}
