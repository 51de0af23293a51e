/*
 * group.c - eligibility and enrollment: the contained Group "group" that
 * R4 ResearchStudy.enrollment points at ("inclusion & exclusion
 * criteria"), and the R5 recruitment extension with the enrollment count.
 *
 * The Group is definitional (actual false): its characteristics are what
 * the registry states as structured fields (age range, sex, healthy
 * volunteers, standard age groups, gender-based eligibility), and the
 * free-text criteria travel whole in the R5 Group.description extension.
 * The computable criteria are the eligibility PlanDefinition's business,
 * not this Group's.
 */
#include <limits.h>
#include "fhir/fhir_int.h"

/* ---- ages ---------------------------------------------------------------- */

/* A UCUM Quantity for an age bound, or NULL when there is none. An age
 * that cannot be read is kept as written in *unread for the Group's
 * ctgov-age-text extension. */
static json_t *age_quantity(fx_ctx *c, const char *text, const char *which, int *unread)
{
	/* Readers already turn CT.gov's "N/A" (no limit) into NULL; a trial
	 * built by hand may still say it. */
	if (!text || tf_strcaseeq(text, "N/A"))
		return NULL;
	json_t *q = fx_duration(c, text);
	if (!q && c->rc == 0) {
		fx_warn(c, "%s \"%s\" is not an age; kept as text only", which, text);
		*unread = 1;
	}
	return q;
}

/* ---- characteristics -------------------------------------------------------- */

/* {code, value[x], exclude false}; NULL (code released) without a value,
 * since R4 requires value[x]. */
static json_t *characteristic(fx_ctx *c, json_t *code, const char *value_key, json_t *value)
{
	if (!value) {
		json_decref(code);
		return NULL;
	}
	json_t *o = fx_obj(c);
	fx_set(c, o, "code", code);
	fx_set(c, o, value_key, value);
	fx_set(c, o, "exclude", fx_bool(c, 0));
	return o;
}

static json_t *our_code(fx_ctx *c, const char *code, const char *display, const char *text)
{
	return fx_cc(c, fx_coding(c, FX_CS_ELIGIBILITY, code, display), text);
}

static json_t *age_characteristic(fx_ctx *c, json_t *ages_text)
{
	const tf_eligibility *e = &c->t->eligibility;
	int min_unread = 0, max_unread = 0;
	json_t *range = fx_obj(c);
	fx_set(c, range, "low", age_quantity(c, e->minimum_age, "minimum age", &min_unread));
	fx_set(c, range, "high", age_quantity(c, e->maximum_age, "maximum age", &max_unread));
	if (min_unread)
		fx_push(c, ages_text, fx_ext_str(c, "minimumAge", e->minimum_age));
	if (max_unread)
		fx_push(c, ages_text, fx_ext_str(c, "maximumAge", e->maximum_age));
	if (json_object_size(range) == 0) {
		json_decref(range);
		return NULL;
	}
	return characteristic(c, fx_cc(c, fx_coding(c, FX_SYS_LOINC, "30525-0", "Age"), NULL),
	                      "valueRange", range);
}

/* Sex ALL (a row without a code) restricts nothing: no characteristic. */
static json_t *sex_characteristic(fx_ctx *c)
{
	const char *sex = c->t->eligibility.sex;
	if (!sex)
		return NULL;
	const tf_map_row *row = fx_lookup(c, FX_T_SEX, sex);
	if (row && !*row->code)
		return NULL;
	return characteristic(c, fx_cc(c, fx_coding(c, FX_SYS_LOINC, "46098-0", "Sex"), NULL),
	                      "valueCodeableConcept", fx_cc_map(c, FX_T_SEX, sex, NULL));
}

/* The standard age groups CT.gov derives from the age range: one
 * characteristic whose concept lists them all (the groups are
 * alternatives, and separate characteristics would all have to hold). */
static json_t *std_age_characteristic(fx_ctx *c)
{
	const tf_strv *ages = &c->t->eligibility.std_ages;
	if (ages->n == 0)
		return NULL;
	json_t *coding = fx_arr(c);
	tf_buf text = TF_BUF_INIT;
	for (size_t i = 0; i < ages->n; i++) {
		fx_push(c, coding, fx_coding_map(c, FX_T_STD_AGE, ages->v[i]));
		if (i)
			tf_buf_puts(&text, ", ");
		tf_buf_puts(&text, fx_display(c, FX_T_STD_AGE, ages->v[i]));
	}
	json_t *cc = fx_obj(c);
	fx_set(c, cc, "coding", coding);
	if (text.oom)
		fx_oom(c);
	else
		fx_set_str(c, cc, "text", text.ptr);
	tf_buf_free(&text);
	return characteristic(c, our_code(c, "std-age", "Standard age group", NULL),
	                      "valueCodeableConcept", cc);
}

static json_t *flag_value(fx_ctx *c, tf_flag f)
{
	return f == TF_UNSET ? NULL : fx_bool(c, f == TF_YES);
}

/* ---- the Group ----------------------------------------------------------------- */

static int has_group(const tf_trial *t)
{
	const tf_eligibility *e = &t->eligibility;
	return t->enrollment >= 0 || e->criteria || e->minimum_age || e->maximum_age || e->sex ||
	       e->gender_based != TF_UNSET || e->gender_description ||
	       e->healthy_volunteers != TF_UNSET || e->std_ages.n || e->study_population ||
	       e->sampling_method;
}

static int is_actual(const tf_trial *t)
{
	return tf_streq(t->enrollment_type, "ACTUAL");
}

static json_t *group(fx_ctx *c)
{
	const tf_trial *t = c->t;
	const tf_eligibility *e = &t->eligibility;
	json_t *g = fx_obj(c);
	fx_set_str(c, g, "resourceType", "Group");
	fx_set_str(c, g, "id", "group");

	json_t *ext = fx_arr(c);
	json_t *ages_text = fx_arr(c);
	json_t *chars = fx_arr(c);
	fx_push(c, chars, age_characteristic(c, ages_text));
	fx_push(c, chars, sex_characteristic(c));
	fx_push(c, chars,
	        characteristic(
	                c, our_code(c, "healthy-volunteers", "Accepts healthy volunteers", NULL),
	                "valueBoolean", flag_value(c, e->healthy_volunteers)));
	fx_push(c, chars, std_age_characteristic(c));
	fx_push(c, chars,
	        characteristic(c,
	                       our_code(c, "gender-based", "Eligibility based on gender",
	                                e->gender_description),
	                       "valueBoolean", flag_value(c, e->gender_based)));

	fx_push(c, ext, fx_ext_markdown(c, FX_R5_GROUP_DESCRIPTION, e->criteria));
	fx_push(c, ext, fx_ext_markdown(c, FX_EXT_STUDY_POPULATION, e->study_population));
	fx_push(c, ext,
	        fx_ext(c, FX_EXT_SAMPLING_METHOD, "valueCoding",
	               fx_coding_map(c, FX_T_SAMPLING, e->sampling_method)));
	fx_push(c, ext, fx_ext_complex(c, FX_EXT_AGE_TEXT, ages_text));
	/* Without the gender-based flag there is no characteristic to carry
	 * the description: keep it here. */
	if (e->gender_based == TF_UNSET)
		fx_push(c, ext, fx_ext_str(c, FX_EXT_GENDER_DESCRIPTION, e->gender_description));
	fx_set(c, g, "extension", ext);

	fx_set_str(c, g, "type", "person");
	fx_set(c, g, "actual", fx_bool(c, 0));
	fx_set(c, g, "name", fx_strf(c, "Eligibility for %s", t->nct_id));
	if (is_actual(t) && t->enrollment >= 0 && t->enrollment <= INT_MAX)
		fx_set(c, g, "quantity", fx_int(c, t->enrollment));
	fx_set(c, g, "characteristic", chars);
	return g;
}

void fx_enrollment(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	if (!has_group(t))
		return;
	fx_push(c, c->contained, group(c));
	fx_set1(c, rs, "enrollment", fx_ref_local(c, "group"));

	json_t *sub = fx_arr(c);
	if (t->enrollment >= 0 && t->enrollment <= INT_MAX)
		fx_push(c, sub,
		        fx_ext(c, is_actual(t) ? "actualNumber" : "targetNumber",
		               "valueUnsignedInt", fx_int(c, t->enrollment)));
	fx_push(c, sub, fx_ext(c, "eligibility", "valueReference", fx_ref_local(c, "group")));
	fx_push(c, c->extension, fx_ext_complex(c, FX_R5_RECRUITMENT, sub));
}
