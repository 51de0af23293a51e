/*
 * design.c - the ResearchStudy elements that classify a study: status,
 * primaryPurposeType, phase and category (study type and design).
 *
 * status has a required binding, so a status value the tables cannot
 * translate into an R4 code rejects the record instead of inventing a code;
 * the exact CT.gov status always travels alongside in our extension,
 * because the R4 value set is coarser than CT.gov's. The other elements
 * have example or extensible bindings: an unmapped value keeps its text.
 */
#include <string.h>
#include "fhir/fhir_int.h"

/* R4 research-study-status (required binding of ResearchStudy.status). */
static const char *const r4_status[] = {
        "active",
        "administratively-completed",
        "approved",
        "closed-to-accrual",
        "closed-to-accrual-and-intervention",
        "completed",
        "disapproved",
        "in-review",
        "temporarily-closed-to-accrual",
        "temporarily-closed-to-accrual-and-intervention",
        "withdrawn",
};

static int is_r4_status(const char *code)
{
	for (size_t i = 0; i < sizeof(r4_status) / sizeof(r4_status[0]); i++)
		if (strcmp(code, r4_status[i]) == 0)
			return 1;
	return 0;
}

void fx_status(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	if (!t->overall_status) {
		fx_fail(c, TF_EINVALID, "ResearchStudy.status",
		        "%s: the record gives no overall status, and ResearchStudy.status is "
		        "required",
		        t->nct_id);
		return;
	}
	const tf_map_row *row = tf_mappings_lookup(c->maps, FX_T_OVERALL_STATUS, t->overall_status);
	if (!row || !is_r4_status(row->code)) {
		fx_fail(c, TF_EINVALID, "ResearchStudy.status",
		        "%s: overall status \"%s\" has no FHIR R4 ResearchStudy.status in mapping "
		        "table %s",
		        t->nct_id, t->overall_status, FX_T_OVERALL_STATUS);
		return;
	}
	fx_set_str(c, rs, "status", row->code);
	fx_push(c, c->extension,
	        fx_ext(c, FX_EXT_OVERALL_STATUS, "valueCoding",
	               fx_coding_map(c, FX_T_STATUS, t->overall_status)));
	fx_push(c, c->extension,
	        fx_ext(c, FX_EXT_LAST_KNOWN_STATUS, "valueCoding",
	               fx_coding_map(c, FX_T_STATUS, t->last_known_status)));
}

void fx_primary_purpose(fx_ctx *c, json_t *rs)
{
	fx_set(c, rs, "primaryPurposeType",
	       fx_cc_map(c, FX_T_PRIMARY_PURPOSE, c->t->primary_purpose, NULL));
}

void fx_phase(fx_ctx *c, json_t *rs)
{
	const tf_strv *p = &c->t->phases;
	if (p->n == 0)
		return;
	/* The table is keyed by the phases joined with "|", so combined
	 * phases (PHASE1|PHASE2) get their own R4 code (phase-1-phase-2). */
	tf_buf key = TF_BUF_INIT;
	for (size_t i = 0; i < p->n; i++) {
		if (i)
			tf_buf_putc(&key, '|');
		tf_buf_puts(&key, p->v[i]);
	}
	if (key.oom)
		fx_oom(c);
	else
		fx_set(c, rs, "phase", fx_cc_map(c, FX_T_PHASE, key.ptr, NULL));
	tf_buf_free(&key);
}

/*
 * One category: the value's Coding from its table, plus (masking) the
 * Codings of further values from a second table, text "<aspect>: <display>"
 * with the further displays in parentheses, and the registry's free-text
 * description of that design aspect in an extension (not in text: text is
 * the concept's name, which consumers show as a label).
 */
static json_t *design_cc(fx_ctx *c, const char *aspect, const char *table, const char *value,
                         const char *more_table, const tf_strv *more, const char *description)
{
	size_t nmore = more ? more->n : 0;
	if (!value && nmore == 0 && !description)
		return NULL;
	json_t *cc = fx_obj(c);
	fx_set1(c, cc, "extension", fx_ext_str(c, FX_EXT_DESIGN_DESCRIPTION, description));
	json_t *coding = fx_arr(c);
	tf_buf text = TF_BUF_INIT;
	if (value) {
		fx_push(c, coding, fx_row_coding(c, fx_lookup(c, table, value)));
		tf_buf_printf(&text, "%s: %s", aspect, fx_display(c, table, value));
	}
	for (size_t i = 0; i < nmore; i++) {
		fx_push(c, coding, fx_row_coding(c, fx_lookup(c, more_table, more->v[i])));
		tf_buf_puts(&text, i == 0 ? (value ? " (" : "") : ", ");
		tf_buf_puts(&text, fx_display(c, more_table, more->v[i]));
	}
	if (value && nmore)
		tf_buf_putc(&text, ')');
	fx_set(c, cc, "coding", coding);
	if (text.oom)
		fx_oom(c);
	else if (text.len)
		fx_set_str(c, cc, "text", text.ptr);
	tf_buf_free(&text);
	return cc;
}

void fx_category(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *cat = fx_arr(c);
	fx_push(c, cat,
	        design_cc(c, "Study Type", FX_T_STUDY_TYPE, t->study_type, NULL, NULL, NULL));
	/* A patient registry is a flag on observational studies in CT.gov,
	 * with no code in any table: it is carried as text. */
	if (t->patient_registry != TF_UNSET)
		fx_push(c, cat,
		        fx_cc_text(c, t->patient_registry == TF_YES ? "Patient Registry: Yes"
		                                                    : "Patient Registry: No"));
	fx_push(c, cat,
	        design_cc(c, "Allocation", FX_T_ALLOCATION, t->allocation, NULL, NULL, NULL));
	fx_push(c, cat,
	        design_cc(c, "Intervention Model", FX_T_INTERV_MODEL, t->intervention_model, NULL,
	                  NULL, t->intervention_model_description));
	fx_push(c, cat,
	        design_cc(c, "Observational Model", FX_T_OBS_MODEL, t->observational_model, NULL,
	                  NULL, NULL));
	fx_push(c, cat,
	        design_cc(c, "Time Perspective", FX_T_TIME_PERSP, t->time_perspective, NULL, NULL,
	                  NULL));
	fx_push(c, cat,
	        design_cc(c, "Masking", FX_T_MASKING, t->masking, FX_T_WHO_MASKED, &t->who_masked,
	                  t->masking_description));
	fx_push(c, cat,
	        design_cc(c, "Biospecimen Retention", FX_T_BIOSPEC, t->biospec_retention, NULL,
	                  NULL, t->biospec_description));
	fx_set(c, rs, "category", cat);
}
