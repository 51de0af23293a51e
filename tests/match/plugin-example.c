/*
 * plugin-example.c - an example `plugin:` evaluator for `trialfhir match`,
 * built as a shared object by tests/match.cmake. It decides every criterion
 * that has a FHIRPath condition, using only libtrialfhir's public API: the
 * FHIRPath engine (trialfhir/fhirpath.h) with %context, %patient and the
 * as-of date as the built-in evaluator sets them, and the molar masses of
 * the mapping table criteria-analyte (trialfhir/mapping.h) for mass <->
 * substance units. So the same pairs must get the same results through it
 * as through `builtin` (tests/match/run-plugin.sh checks that); what it
 * leaves out is the evidence beyond the Patient and the compile cache (it
 * compiles each condition on every call: an example, not a fast one).
 *
 * It shows the function table, the version check, an instance (ctx) made by
 * open and freed by close, and the ownership rules of sys/evaluator.h.
 * Built with -DEXAMPLE_WRONG_VERSION it claims an interface version this
 * trialfhir does not speak, which the loader must refuse with a clear
 * message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/fhirpath.h"
#include "trialfhir/mapping.h"
#include "trialfhir/sys/evaluator.h"

typedef struct example {
	json_t *molar; /* "system|code" -> g/mol */
} example;

static double molar_mass(void *user, const char *system, const char *code)
{
	const example *x = user;
	char key[256];
	snprintf(key, sizeof(key), "%s|%s", system ? system : "", code);
	return json_real_value(json_object_get(x->molar, key));
}

static int ex_open(void **ctx, const char *arg, tf_error *err)
{
	(void)arg;
	*ctx = NULL;
	example *x = calloc(1, sizeof(*x));
	if (!x || !(x->molar = json_object())) {
		free(x);
		return -1;
	}
	tf_mappings *maps = NULL;
	if (tf_mappings_load(&maps, NULL, err) < 0) {
		json_decref(x->molar);
		free(x);
		return -1;
	}
	size_t cur = 0;
	const tf_map_row *r;
	while ((r = tf_mappings_next(maps, "criteria-analyte", &cur)) != NULL) {
		const char *mm = tf_map_row_get(maps, r, "molar_mass");
		const char *codes = tf_map_row_get(maps, r, "codes");
		if (!mm || !*mm || !codes)
			continue;
		char buf[512], *save = NULL;
		snprintf(buf, sizeof(buf), "%s", codes);
		for (char *c = strtok_r(buf, " ", &save); c; c = strtok_r(NULL, " ", &save)) {
			char key[256];
			snprintf(key, sizeof(key), "%s|%s", r->system, c);
			json_object_set_new(x->molar, key, json_real(strtod(mm, NULL)));
		}
	}
	tf_mappings_free(maps);
	*ctx = x;
	return 0;
}

/* The applicability condition's text, or NULL. */
static const char *condition_of(const json_t *action)
{
	const json_t *c;
	size_t i;
	json_array_foreach(json_object_get(action, "condition"), i, c)
	{
		const json_t *e = json_object_get(c, "expression");
		const char *kind = json_string_value(json_object_get(c, "kind"));
		if (kind && strcmp(kind, "applicability") == 0)
			return json_string_value(json_object_get(e, "expression"));
	}
	return NULL;
}

static int ex_evaluate(void *ctx, const json_t *action, const tf_patient_context *pc,
                       const char *as_of, tf_eval_outcome *out, tf_error *err)
{
	example *x = ctx;
	const char *expr = condition_of(action);
	if (!expr) {
		out->result = TF_MATCH_NOT_COMPUTABLE;
		snprintf(out->reason, sizeof(out->reason), "no FHIRPath condition");
		return 0;
	}
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.context = pc->bundle;
	env.patient = pc->patient;
	env.now = as_of;
	env.flags = TF_FHIRPATH_LENIENT_CHOICE;
	env.molar_mass = molar_mass;
	env.molar_mass_user = x;
	tf_fhirpath_result *res = NULL;
	if (tf_fhirpath_evaluate(expr, pc->bundle, &env, &res, err) < 0) {
		out->result = TF_MATCH_UNKNOWN;
		snprintf(out->reason, sizeof(out->reason), "FHIRPath error: %.200s",
		         err ? err->message : "?");
		return 0;
	}
	int v = 0;
	int rc = tf_fhirpath_result_boolean(res, &v);
	tf_fhirpath_result_free(res);
	out->result = rc == 0 ? (v ? TF_MATCH_MET : TF_MATCH_NOT_MET) : TF_MATCH_UNKNOWN;
	if (rc != 0)
		snprintf(out->reason, sizeof(out->reason), "%s",
		         rc == TF_ITEROVER ? "no data" : "condition did not give one boolean");
	/* evidence: a new reference the matcher takes over */
	out->evidence = json_array();
	char ref[160];
	snprintf(ref, sizeof(ref), "Patient/%s", pc->id);
	json_array_append_new(out->evidence, json_string(ref));
	return 0;
}

static void ex_close(void *ctx)
{
	example *x = ctx;
	if (!x)
		return;
	json_decref(x->molar);
	free(x);
}

#ifdef EXAMPLE_WRONG_VERSION
#define EX_VERSION (TF_EVALUATOR_OPS_VERSION + 41)
#else
#define EX_VERSION TF_EVALUATOR_OPS_VERSION
#endif

static const tf_evaluator_ops example_ops = {EX_VERSION, "example", ex_open, ex_evaluate, ex_close};

const tf_evaluator_ops *tf_evaluator_plugin(void);

__attribute__((visibility("default"))) const tf_evaluator_ops *tf_evaluator_plugin(void)
{
	return &example_ops;
}
