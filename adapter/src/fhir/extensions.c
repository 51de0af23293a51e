/*
 * extensions.c - the study-level extensions of ours: registry facts that
 * neither R4 ResearchStudy nor the R5 cross-version extensions have a home
 * for (the registry's milestone dates, full intervention details,
 * oversight flags, expanded access, the IPD sharing statement, whether
 * results are posted, a registry's target follow-up duration). Each is one
 * complex extension with named sub-extensions, so a reader gets the whole
 * fact in one place; docs/mapping.md lists their shapes.
 */
#include "fhir/fhir_int.h"

/* A date sub-extension; the actual/estimated type rides on the primitive
 * value as the same ctgov-date-type extension period.start uses. */
static json_t *date_ext(fx_ctx *c, const char *name, const char *date, const char *type)
{
	if (!date)
		return NULL;
	if (!fx_is_date(date)) {
		fx_warn(c, "%s \"%s\" is not a FHIR date; left out", name, date);
		return NULL;
	}
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "url", name);
	tf_date d = {date, type};
	fx_set_date(c, o, "valueDate", &d);
	return o;
}

static void dates(fx_ctx *c)
{
	const tf_trial *t = c->t;
	json_t *sub = fx_arr(c);
	fx_push(c, sub,
	        date_ext(c, "primaryCompletionDate", t->primary_completion_date.date,
	                 t->primary_completion_date.type));
	fx_push(c, sub, date_ext(c, "studyFirstSubmitDate", t->first_submit_date, NULL));
	fx_push(c, sub,
	        date_ext(c, "studyFirstPostDate", t->first_post_date.date,
	                 t->first_post_date.type));
	fx_push(c, sub, date_ext(c, "lastUpdateSubmitDate", t->last_update_submit_date, NULL));
	fx_push(c, sub,
	        date_ext(c, "lastUpdatePostDate", t->last_update_post_date.date,
	                 t->last_update_post_date.type));
	fx_push(c, sub, date_ext(c, "resultsFirstSubmitDate", t->results_first_submit_date, NULL));
	fx_push(c, sub,
	        date_ext(c, "resultsFirstPostDate", t->results_first_post_date.date,
	                 t->results_first_post_date.type));
	fx_push(c, sub, date_ext(c, "statusVerifiedDate", t->status_verified_date, NULL));
	fx_push(c, c->extension, fx_ext_complex(c, FX_EXT_DATES, sub));
}

static void interventions(fx_ctx *c)
{
	const tf_trial *t = c->t;
	for (size_t i = 0; i < t->n_interventions; i++) {
		const tf_intervention *iv = &t->interventions[i];
		json_t *sub = fx_arr(c);
		fx_push(c, sub, fx_ext_str(c, "name", iv->name));
		fx_push(c, sub,
		        fx_ext(c, "type", "valueCoding",
		               fx_coding_map(c, FX_T_INTERV_TYPE, iv->type)));
		fx_push(c, sub, fx_ext_markdown(c, "description", iv->description));
		fx_push_strv(c, sub, "otherName", &iv->other_names);
		fx_push_strv(c, sub, "armGroupLabel", &iv->arm_labels);
		fx_push(c, c->extension, fx_ext_complex(c, FX_EXT_INTERVENTION, sub));
	}
}

static void oversight(fx_ctx *c)
{
	const tf_trial *t = c->t;
	json_t *sub = fx_arr(c);
	fx_push(c, sub, fx_ext_flag(c, "oversightHasDmc", t->has_dmc));
	fx_push(c, sub, fx_ext_flag(c, "isFdaRegulatedDrug", t->fda_regulated_drug));
	fx_push(c, sub, fx_ext_flag(c, "isFdaRegulatedDevice", t->fda_regulated_device));
	fx_push(c, sub, fx_ext_flag(c, "isUnapprovedDevice", t->unapproved_device));
	fx_push(c, sub, fx_ext_flag(c, "isUsExport", t->is_us_export));
	fx_push(c, c->extension, fx_ext_complex(c, FX_EXT_OVERSIGHT, sub));
}

static void expanded_access(fx_ctx *c)
{
	const tf_trial *t = c->t;
	json_t *sub = fx_arr(c);
	fx_push(c, sub, fx_ext_flag(c, "hasExpandedAccess", t->has_expanded_access));
	if (t->expanded_access_nct_id) {
		json_t *id = fx_obj(c);
		fx_set_str(c, id, "system", TF_FHIR_NCT_SYSTEM);
		fx_set_str(c, id, "value", t->expanded_access_nct_id);
		fx_push(c, sub, fx_ext(c, "nctId", "valueIdentifier", id));
	}
	for (size_t i = 0; i < t->expanded_access_types.n; i++)
		fx_push(c, sub,
		        fx_ext(c, "type", "valueCoding",
		               fx_coding_map(c, FX_T_EA_TYPE, t->expanded_access_types.v[i])));
	fx_push(c, c->extension, fx_ext_complex(c, FX_EXT_EXPANDED_ACCESS, sub));
}

static void ipd_sharing(fx_ctx *c)
{
	const tf_ipd_sharing *s = &c->t->ipd_sharing;
	json_t *sub = fx_arr(c);
	fx_push(c, sub,
	        fx_ext(c, "ipdSharing", "valueCoding",
	               fx_coding_map(c, FX_T_IPD_SHARING, s->sharing)));
	fx_push(c, sub, fx_ext_markdown(c, "description", s->description));
	for (size_t i = 0; i < s->info_types.n; i++)
		fx_push(c, sub,
		        fx_ext(c, "infoType", "valueCoding",
		               fx_coding_map(c, FX_T_IPD_INFO_TYPE, s->info_types.v[i])));
	fx_push(c, sub, fx_ext_str(c, "timeFrame", s->time_frame));
	fx_push(c, sub, fx_ext_markdown(c, "accessCriteria", s->access_criteria));
	fx_push(c, sub, fx_ext(c, "url", "valueUrl", fx_str(c, s->url)));
	fx_push(c, c->extension, fx_ext_complex(c, FX_EXT_IPD_SHARING, sub));
}

/* "3 Years" as a UCUM Duration when it reads as one, else as written. */
static void target_duration(fx_ctx *c)
{
	const char *text = c->t->target_duration;
	json_t *d = fx_duration(c, text);
	if (d)
		fx_push(c, c->extension, fx_ext(c, FX_EXT_TARGET_DURATION, "valueDuration", d));
	else
		fx_push(c, c->extension, fx_ext_str(c, FX_EXT_TARGET_DURATION, text));
}

void fx_study_extensions(fx_ctx *c)
{
	dates(c);
	interventions(c);
	oversight(c);
	expanded_access(c);
	ipd_sharing(c);
	target_duration(c);
	fx_push(c, c->extension, fx_ext_flag(c, FX_EXT_HAS_RESULTS, c->t->has_results));
}
