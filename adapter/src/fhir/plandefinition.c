/*
 * plandefinition.c - writes a trial's eligibility criteria as a FHIR R4
 * PlanDefinition (DESIGN.md, "PlanDefinition for eligibility").
 *
 * One action per criterion, in the order of the source text; sub-items are
 * nested actions (action.action) with ids such as "exclusion-8.2". Each
 * action keeps the criterion's exact text as its title, says inclusion or
 * exclusion in action.code (our criterion-type CodeSystem) and, when the
 * parser could read it, carries:
 *   input      one DataRequirement per test: the resource type, a
 *              codeFilter with the LOINC / SNOMED CT / ICD-10-CM / RxNorm
 *              codes, a dateFilter for a time window, and each threshold as
 *              the R5 DataRequirement.valueFilter cross-version extension
 *              (path / comparator / value, the shape DESIGN.md fixes);
 *   condition  kind "applicability", language text/fhirpath: true when the
 *              criterion's statement holds (fhirpath.c says how).
 * A criterion the parser could not read has no condition; a second
 * action.code (our criterion-review CodeSystem, code "manual-review")
 * marks it for review, with the reason as its text.
 *
 * Choices, and why:
 * - type eca-rule (R4 plan-definition-type): each action applies when its
 *   condition holds, which is what an Event-Condition-Action rule is and
 *   how the HL7 CPG guide types recommendation definitions whose actions
 *   carry applicability conditions; there is no "eligibility" type in R4.
 * - The study is linked by ResearchStudy.protocol (set by the ResearchStudy
 *   writer); back from here, relatedArtifact "derived-from" points at the
 *   registry record the text comes from (R4 RelatedArtifact cannot hold a
 *   Reference, and subject[x] is for the subject of the plan: a Patient).
 * - The structured minimum/maximum age and sex of the registry become two
 *   more computable actions, "inclusion-age" and "inclusion-sex", so a
 *   record whose text omits them still says them; description holds the
 *   whole criteria text, so nothing of it is lost even where a heading
 *   has no action of its own.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"
#include <strings.h>
#include "trialfhir/fhir.h"
#include "trialfhir/json.h"

#define PD_EXT_SEX "http://trialfhir.org/fhir/StructureDefinition/criterion-sex"

typedef struct pd {
	int oom; /* an allocation failed: the result is dropped */
} pd;

static json_t *chk(pd *p, json_t *v)
{
	if (!v)
		p->oom = 1;
	return v;
}

/* json_object_set_new and json_array_append_new release the value even
 * when they fail, so it is released here only when it was never passed. */
static void set(pd *p, json_t *o, const char *key, json_t *v)
{
	if (!o || !v) {
		json_decref(v);
		p->oom = 1;
	} else if (json_object_set_new(o, key, v) < 0) {
		p->oom = 1;
	}
}

static void set_s(pd *p, json_t *o, const char *key, const char *s)
{
	if (s && *s)
		set(p, o, key, chk(p, json_string(s)));
}

static void push(pd *p, json_t *a, json_t *v)
{
	if (!a || !v) {
		json_decref(v);
		p->oom = 1;
	} else if (json_array_append_new(a, v) < 0) {
		p->oom = 1;
	}
}

/* Sets o[key] = a unless a is empty (FHIR has no empty arrays). */
static void set_arr(pd *p, json_t *o, const char *key, json_t *a)
{
	if (a && json_array_size(a) == 0) {
		json_decref(a);
		return;
	}
	set(p, o, key, a);
}

static json_t *coding(pd *p, const char *system, const char *code, const char *display)
{
	json_t *c = chk(p, json_object());
	set_s(p, c, "system", system);
	set_s(p, c, "code", code);
	set_s(p, c, "display", display);
	return c;
}

static json_t *cc(pd *p, json_t *cod, const char *text)
{
	json_t *c = chk(p, json_object());
	if (cod) {
		json_t *a = chk(p, json_array());
		push(p, a, cod);
		set(p, c, "coding", a);
	}
	set_s(p, c, "text", text);
	return c;
}

static json_t *ext(pd *p, const char *url, const char *key, json_t *v)
{
	json_t *e = chk(p, json_object());
	set_s(p, e, "url", url);
	set(p, e, key, v);
	return e;
}

/* A decimal node for a lexeme the parser produced ("1.5", "100000"). */
static json_t *decimal(pd *p, const char *lexeme)
{
	return chk(p, tf_json_decimal(lexeme));
}

static json_t *quantity(pd *p, const char *value, const char *unit)
{
	json_t *q = chk(p, json_object());
	set(p, q, "value", decimal(p, value));
	if (unit) {
		set_s(p, q, "unit", unit);
		set_s(p, q, "system", EL_SYS_UCUM);
		set_s(p, q, "code", unit);
	}
	return q;
}

/* The R5 valueFilter extension of one threshold. */
static json_t *value_filter(pd *p, const tf_criterion_filter *f)
{
	json_t *sub = chk(p, json_array());
	push(p, sub, ext(p, "path", "valueString", chk(p, json_string("value"))));
	push(p, sub, ext(p, "comparator", "valueCode", chk(p, json_string(f->comparator))));
	push(p, sub, ext(p, "value", "valueQuantity", quantity(p, f->value, f->unit)));
	json_t *e = chk(p, json_object());
	set_s(p, e, "url", EL_EXT_VALUE_FILTER);
	set(p, e, "extension", sub);
	return e;
}

static const char *code_path(const char *resource)
{
	if (strcmp(resource, "MedicationStatement") == 0 ||
	    strcmp(resource, "MedicationRequest") == 0)
		return "medication";
	return "code";
}

static const char *date_path(const char *resource)
{
	if (strcmp(resource, "Condition") == 0)
		return "onset";
	if (strcmp(resource, "Procedure") == 0)
		return "performed";
	if (strcmp(resource, "MedicationRequest") == 0)
		return "authoredOn";
	return "effective";
}

/* One DataRequirement of test t for resource type `type` and the n codes
 * of codes, with the thresholds of sex scope `sex` (NULL: those for both
 * sexes). */
static json_t *data_requirement(pd *p, const tf_criterion_test *t, const char *type,
                                const char *sex, const tf_criterion_code *codes_in, size_t n)
{
	json_t *dr = chk(p, json_object());
	json_t *exts = chk(p, json_array());
	if (sex)
		push(p, exts, ext(p, PD_EXT_SEX, "valueCode", chk(p, json_string(sex))));
	for (size_t i = 0; i < t->n_filters; i++) {
		const tf_criterion_filter *f = &t->filters[i];
		if ((f->sex == NULL) != (sex == NULL) || (sex && strcmp(f->sex, sex) != 0))
			continue;
		push(p, exts, value_filter(p, f));
	}
	set_arr(p, dr, "extension", exts);
	set_s(p, dr, "type", type);
	if (strcmp(type, "Patient") == 0) {
		json_t *ms = chk(p, json_array());
		push(p, ms,
		     chk(p, json_string(strcmp(t->kind, "sex") == 0 ? "gender" : "birthDate")));
		set(p, dr, "mustSupport", ms);
	}
	if (n) {
		json_t *codes = chk(p, json_array());
		for (size_t i = 0; i < n; i++) {
			/* "C34*" (C34 and below) is the category code C34 */
			char code[32];
			tf_strlcpy(code, codes_in[i].code, sizeof(code));
			size_t len = strlen(code);
			if (len > 1 && code[len - 1] == '*')
				code[len - 1] = '\0';
			push(p, codes, coding(p, codes_in[i].system, code, codes_in[i].display));
		}
		json_t *cf = chk(p, json_object());
		set_s(p, cf, "path", code_path(type));
		set(p, cf, "code", codes);
		json_t *cfs = chk(p, json_array());
		push(p, cfs, cf);
		set(p, dr, "codeFilter", cfs);
	}
	if (t->window_value) {
		json_t *df = chk(p, json_object());
		set_s(p, df, "path", date_path(type));
		set(p, df, "valueDuration", quantity(p, t->window_value, t->window_unit));
		json_t *dfs = chk(p, json_array());
		push(p, dfs, df);
		set(p, dr, "dateFilter", dfs);
	}
	return dr;
}

/* add_inputs' requirements on the test's own resource type. */
static void add_primary_inputs(pd *p, json_t *inputs, const tf_criterion_test *t)
{
	const char *types[2] = {t->resource, NULL};
	if (strcmp(t->resource, "MedicationStatement") == 0)
		types[1] = "MedicationRequest";
	int sexed[3] = {0, 0, 0};
	for (size_t i = 0; i < t->n_filters; i++) {
		const char *s = t->filters[i].sex;
		sexed[s ? (strcmp(s, "male") == 0 ? 1 : 2) : 0] = 1;
	}
	if (!t->n_filters)
		sexed[0] = 1;
	for (size_t k = 0; k < 2 && types[k]; k++) {
		if (sexed[0])
			push(p, inputs,
			     data_requirement(p, t, types[k], NULL, t->codes, t->n_codes));
		if (sexed[1])
			push(p, inputs,
			     data_requirement(p, t, types[k], "male", t->codes, t->n_codes));
		if (sexed[2])
			push(p, inputs,
			     data_requirement(p, t, types[k], "female", t->codes, t->n_codes));
	}
}

/* The DataRequirements of test t: its resource type with its codes (per
 * sex when its thresholds differ by sex) and, for a finding also recorded
 * as the coded value of an Observation (NYHA class, pregnancy status,
 * HBsAg), an Observation with those observation codes -- the condition
 * reads both, and a matcher gathers patient data by these requirements.
 * A finding with no Condition code (HBsAg) gets the Observation only: a
 * Condition requirement with no codeFilter would ask for every Condition. */
static void add_inputs(pd *p, json_t *inputs, const tf_criterion_test *t)
{
	if (!t->resource)
		return;
	if (t->n_codes || !t->n_observation_codes)
		add_primary_inputs(p, inputs, t);
	if (t->n_observation_codes)
		push(p, inputs,
		     data_requirement(p, t, "Observation", NULL, t->observation_codes,
		                      t->n_observation_codes));
}

static json_t *condition(pd *p, const char *expr)
{
	json_t *e = chk(p, json_object());
	set_s(p, e, "language", "text/fhirpath");
	set_s(p, e, "expression", expr);
	json_t *c = chk(p, json_object());
	set_s(p, c, "kind", "applicability");
	set(p, c, "expression", e);
	json_t *a = chk(p, json_array());
	push(p, a, c);
	return a;
}

static json_t *type_code(pd *p, int exclusion)
{
	return cc(p,
	          coding(p, EL_CS_CRITERION_TYPE, exclusion ? "exclusion" : "inclusion",
	                 exclusion ? "Exclusion criterion" : "Inclusion criterion"),
	          NULL);
}

/* The action of criterion i and, nested, its sub-criteria; returns the
 * index after the last one it took. */
static size_t build_action(pd *p, const tf_criteria *c, size_t i, json_t *out_list)
{
	const tf_criterion *k = tf_criteria_get(c, i);
	json_t *a = chk(p, json_object());
	set_s(p, a, "id", k->id);
	/* "7." or "a)" is a prefix; a bullet is not */
	if (k->prefix) {
		int alnum = 0;
		for (const char *q = k->prefix; *q; q++)
			alnum |= isalnum((unsigned char)*q);
		if (alnum)
			set_s(p, a, "prefix", k->prefix);
	}
	set_s(p, a, "title", k->text);
	json_t *codes = chk(p, json_array());
	push(p, codes, type_code(p, k->type == TF_CRITERION_EXCLUSION));
	if (!k->computable && strcmp(k->kind, "group") != 0)
		push(p, codes,
		     cc(p, coding(p, EL_CS_REVIEW, "manual-review", "Manual review"), k->reason));
	set(p, a, "code", codes);
	if (k->computable) {
		json_t *inputs = chk(p, json_array());
		for (size_t t = 0; t < k->n_tests; t++)
			add_inputs(p, inputs, &k->tests[t]);
		set_arr(p, a, "input", inputs);
		set(p, a, "condition", condition(p, k->fhirpath));
	}
	size_t j = i + 1;
	if (k->n_children) {
		json_t *sub = chk(p, json_array());
		while (j < tf_criteria_count(c) && tf_criteria_get(c, j)->depth > k->depth)
			j = build_action(p, c, j, sub);
		/* sub-criteria of an inclusion all hold; of an exclusion any one
		 * excludes: each sub-action is a criterion of its own */
		set_s(p, a, "groupingBehavior", "logical-group");
		set_s(p, a, "selectionBehavior", k->type == TF_CRITERION_EXCLUSION ? "any" : "all");
		set_arr(p, a, "action", sub);
	}
	push(p, out_list, a);
	return j;
}

/* The action for the registry's structured age or sex. */
static json_t *structured_action(pd *p, const char *id, const char *title, const char *expr,
                                 const char *kind)
{
	json_t *a = chk(p, json_object());
	set_s(p, a, "id", id);
	set_s(p, a, "title", title);
	json_t *codes = chk(p, json_array());
	push(p, codes, type_code(p, 0));
	set(p, a, "code", codes);
	json_t *dr = chk(p, json_object());
	set_s(p, dr, "type", "Patient");
	json_t *ms = chk(p, json_array());
	push(p, ms, chk(p, json_string(strcmp(kind, "sex") == 0 ? "gender" : "birthDate")));
	set(p, dr, "mustSupport", ms);
	json_t *in = chk(p, json_array());
	push(p, in, dr);
	set(p, a, "input", in);
	set(p, a, "condition", condition(p, expr));
	return a;
}

/* "18 Years" -> value and FHIRPath duration word; 0 on success. */
static int parse_age(const char *s, long *v, const char **word)
{
	static const struct {
		const char *unit;
		const char *word;
	} units[] = {{"year", "years"}, {"month", "months"}, {"week", "weeks"},
	             {"day", "days"},   {"hour", "hours"},   {"minute", "minutes"}};
	if (!s)
		return -1;
	char *end;
	long n = strtol(s, &end, 10);
	if (end == s || n < 0 || n > 200)
		return -1;
	while (*end == ' ')
		end++;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strncasecmp(end, units[i].unit, strlen(units[i].unit)) == 0) {
			*v = n;
			*word = units[i].word;
			return 0;
		}
	return -1;
}

static void structured_actions(pd *p, const tf_trial *t, json_t *actions)
{
	long lo = -1, hi = -1;
	const char *wlo = NULL, *whi = NULL;
	int has_lo = parse_age(t->eligibility.minimum_age, &lo, &wlo) == 0;
	int has_hi = parse_age(t->eligibility.maximum_age, &hi, &whi) == 0;
	if (has_lo || has_hi) {
		tf_buf title = TF_BUF_INIT, expr = TF_BUF_INIT;
		if (has_lo) {
			tf_buf_printf(&title, "Minimum age: %s", t->eligibility.minimum_age);
			tf_buf_printf(&expr, "%%patient.birthDate <= today() - %ld %s", lo, wlo);
		}
		if (has_hi) {
			tf_buf_printf(&title, "%sMaximum age: %s", has_lo ? "; " : "",
			              t->eligibility.maximum_age);
			/* "65 Years" as a maximum includes the 65-year-olds */
			tf_buf_printf(&expr, "%s%%patient.birthDate > today() - %ld %s",
			              has_lo ? " and " : "", hi + 1, whi);
		}
		if (title.oom || expr.oom)
			p->oom = 1;
		else
			push(p, actions,
			     structured_action(p, "inclusion-age", title.ptr, expr.ptr, "age"));
		tf_buf_free(&title);
		tf_buf_free(&expr);
	}
	const char *sex = t->eligibility.sex;
	if (sex && (strcmp(sex, "FEMALE") == 0 || strcmp(sex, "MALE") == 0)) {
		int f = strcmp(sex, "FEMALE") == 0;
		push(p, actions,
		     structured_action(
		             p, "inclusion-sex", f ? "Sex: female" : "Sex: male",
		             f ? "%patient.gender = 'female'" : "%patient.gender = 'male'", "sex"));
	}
}

/* The PlanDefinition shell around the actions. */
static json_t *plan(pd *p, const char *nct, const char *title, const char *text, json_t *actions)
{
	char id[64], lower[16], name[64];
	if (nct) {
		size_t n = strlen(nct);
		for (size_t i = 0; i <= n && i < sizeof(lower); i++)
			lower[i] = (char)tolower((unsigned char)nct[i]);
		lower[sizeof(lower) - 1] = '\0';
		snprintf(id, sizeof(id), "%s-eligibility", lower);
		snprintf(name, sizeof(name), "%sEligibility", nct);
	} else {
		tf_strlcpy(id, "criteria-eligibility", sizeof(id));
		tf_strlcpy(name, "CriteriaEligibility", sizeof(name));
	}
	json_t *r = chk(p, json_object());
	set_s(p, r, "resourceType", "PlanDefinition");
	set_s(p, r, "id", id);
	tf_buf url = TF_BUF_INIT;
	tf_buf_printf(&url, "%s/PlanDefinition/%s", TF_FHIR_BASE, id);
	set_s(p, r, "url", url.ptr);
	tf_buf_free(&url);
	if (nct) {
		/* the plan has no number of its own: the registry's id of the
		 * study whose criteria it holds finds it (and the resource type
		 * keeps it apart from the ResearchStudy) */
		json_t *ident = chk(p, json_object());
		set_s(p, ident, "use", "official");
		set_s(p, ident, "system", "https://clinicaltrials.gov");
		set_s(p, ident, "value", nct);
		json_t *ids = chk(p, json_array());
		push(p, ids, ident);
		set(p, r, "identifier", ids);
	}
	set_s(p, r, "name", name);
	tf_buf tt = TF_BUF_INIT;
	if (nct && title)
		tf_buf_printf(&tt, "Eligibility criteria: %s (%s)", title, nct);
	else if (nct)
		tf_buf_printf(&tt, "Eligibility criteria of %s", nct);
	else
		tf_buf_puts(&tt, "Eligibility criteria");
	set_s(p, r, "title", tt.ptr);
	tf_buf_free(&tt);
	set(p, r, "type",
	    cc(p,
	       coding(p, "http://terminology.hl7.org/CodeSystem/plan-definition-type", "eca-rule",
	              "ECA Rule"),
	       NULL));
	set_s(p, r, "status", "active");
	set_s(p, r, "description", text);
	if (nct) {
		json_t *ra = chk(p, json_object());
		set_s(p, ra, "type", "derived-from");
		tf_buf d = TF_BUF_INIT;
		tf_buf_printf(&d, "ClinicalTrials.gov record %s", nct);
		set_s(p, ra, "display", d.ptr);
		tf_buf_clear(&d);
		tf_buf_printf(&d, "https://clinicaltrials.gov/study/%s", nct);
		set_s(p, ra, "url", d.ptr);
		tf_buf_free(&d);
		json_t *ras = chk(p, json_array());
		push(p, ras, ra);
		set(p, r, "relatedArtifact", ras);
	}
	set_arr(p, r, "action", actions);
	return r;
}

static int criteria_actions(pd *p, const tf_criteria *c, json_t *actions)
{
	for (size_t i = 0; i < tf_criteria_count(c);)
		i = build_action(p, c, i, actions);
	return 0;
}

int el_plandefinition(const tf_criteria *c, const char *nct, const char *title, json_t **out,
                      tf_error *err)
{
	pd p = {0};
	json_t *actions = chk(&p, json_array());
	if (c)
		criteria_actions(&p, c, actions);
	json_t *r = plan(&p, nct, title, NULL, actions);
	if (p.oom) {
		json_decref(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = r;
	return 0;
}

static int valid_nct(const char *s)
{
	if (!s || strncmp(s, "NCT", 3) != 0 || strlen(s) != 11)
		return 0;
	for (size_t i = 3; i < 11; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

int tf_fhir_plandefinition(const tf_trial *t, const tf_mappings *maps, json_t **out, tf_error *err)
{
	if (!t || !out)
		return tf_error_set(err, TF_EINVAL, "plandefinition: NULL argument");
	if (!valid_nct(t->nct_id))
		return tf_error_set(err, TF_EINVALID, "record has no valid NCT id");
	tf_criteria *c = NULL;
	if (t->eligibility.criteria) {
		int rc = tf_criteria_parse(&c, t->eligibility.criteria, maps, err);
		if (rc < 0)
			return rc;
	}
	pd p = {0};
	json_t *actions = chk(&p, json_array());
	structured_actions(&p, t, actions);
	if (c)
		criteria_actions(&p, c, actions);
	json_t *r = plan(&p, t->nct_id, t->brief_title, t->eligibility.criteria, actions);
	tf_criteria_free(c);
	if (p.oom) {
		json_decref(r);
		return tf_error_set(err, TF_ENOMEM, "%s: out of memory", t->nct_id);
	}
	*out = r;
	return 0;
}
