/*
 * builtin.c - the `builtin` evaluator: a criterion's applicability
 * condition (text/fhirpath) run by our own FHIRPath engine on the patient
 * context, %context = the Bundle, %patient = the Patient, today() = the
 * as-of date, so that a match run is reproducible.
 *
 * The condition is written (eligibility/fhirpath.c) to be true when the
 * statement holds, false when it does not and empty when data is missing,
 * which maps straight onto met / not-met / unknown. Anything else (an
 * error, a non-boolean result) is unknown with the reason: an evaluator
 * that cannot tell must never guess.
 *
 * Evidence: the engine returns a boolean, not the resources behind it, so
 * evidence is read from the action's DataRequirements: per requirement the
 * newest resource of its type whose code matches its codeFilter (a
 * category code such as ICD-10-CM "C34" matches its sub-codes), skipping
 * Observations whose status is not final/amended/corrected since the
 * conditions do not count those either; the Patient for Patient inputs.
 */
#include <stdlib.h>
#include <string.h>
#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "util/util.h"

const char *tf_match_condition(const json_t *action)
{
	const json_t *c;
	size_t i;
	json_array_foreach(json_object_get(action, "condition"), i, c)
	{
		if (!tf_streq(json_string_value(json_object_get(c, "kind")), "applicability"))
			continue;
		const json_t *e = json_object_get(c, "expression");
		const char *lang = json_string_value(json_object_get(e, "language"));
		const char *text = json_string_value(json_object_get(e, "expression"));
		if (text && (tf_streq(lang, "text/fhirpath") || !lang))
			return text;
	}
	return NULL;
}

static int counts(const json_t *r)
{
	if (!tf_streq(json_string_value(json_object_get(r, "resourceType")), "Observation"))
		return 1;
	const char *st = json_string_value(json_object_get(r, "status"));
	return tf_streq(st, "final") || tf_streq(st, "amended") || tf_streq(st, "corrected");
}

/* The codings of r that a codeFilter on `path` looks at. */
static const json_t *codings_of(const json_t *r, const char *path)
{
	const json_t *cc = NULL;
	if (tf_streq(path, "medication"))
		cc = json_object_get(r, "medicationCodeableConcept");
	else
		cc = json_object_get(r, path ? path : "code");
	return json_object_get(cc, "coding");
}

static int code_matches(const json_t *r, const json_t *cf)
{
	const char *path = json_string_value(json_object_get(cf, "path"));
	const json_t *want = json_object_get(cf, "code");
	const json_t *have = codings_of(r, path);
	const json_t *w, *h;
	size_t i, k;
	json_array_foreach(want, i, w)
	{
		const char *ws = json_string_value(json_object_get(w, "system"));
		const char *wc = json_string_value(json_object_get(w, "code"));
		if (!wc)
			continue;
		json_array_foreach(have, k, h)
		{
			const char *hs = json_string_value(json_object_get(h, "system"));
			const char *hc = json_string_value(json_object_get(h, "code"));
			if (!hc || (ws && hs && strcmp(ws, hs) != 0))
				continue;
			if (strcmp(hc, wc) == 0)
				return 1;
			/* ICD-10 categories: "C34" covers "C34.1" */
			if (ws && strstr(ws, "icd-10") && strncmp(hc, wc, strlen(wc)) == 0)
				return 1;
		}
	}
	return 0;
}

static void add_ref(json_t *ev, const json_t *r)
{
	const char *type = json_string_value(json_object_get(r, "resourceType"));
	const char *id = json_string_value(json_object_get(r, "id"));
	if (!type || !id)
		return;
	char ref[200];
	snprintf(ref, sizeof(ref), "%s/%s", type, id);
	const json_t *s;
	size_t i;
	json_array_foreach(ev, i, s)
	{
		if (tf_streq(json_string_value(s), ref))
			return;
	}
	json_array_append_new(ev, json_string(ref));
}

int tf_match_evidence(const json_t *action, const tf_patient_context *pc, json_t *ev)
{
	int clinical = 0;
	const json_t *dr;
	size_t i;
	json_array_foreach(json_object_get(action, "input"), i, dr)
	{
		const char *type = json_string_value(json_object_get(dr, "type"));
		if (!type)
			continue;
		if (strcmp(type, "Patient") == 0) {
			add_ref(ev, pc->patient);
			continue;
		}
		const json_t *cfs = json_object_get(dr, "codeFilter");
		const json_t *e;
		size_t k;
		json_array_foreach(json_object_get(pc->bundle, "entry"), k, e)
		{
			const json_t *r = json_object_get(e, "resource");
			if (!tf_streq(json_string_value(json_object_get(r, "resourceType")),
			              type) ||
			    !counts(r))
				continue;
			int ok = 1;
			const json_t *cf;
			size_t c;
			json_array_foreach(cfs, c, cf)
			{
				ok &= code_matches(r, cf);
			}
			if (ok) {
				add_ref(ev, r); /* entries are newest first */
				clinical = 1;
				break;
			}
		}
	}
	return clinical;
}

static int builtin_open(void **ctx, const char *arg, tf_error *err)
{
	(void)arg;
	(void)err;
	*ctx = NULL;
	return 0;
}

static int builtin_evaluate(void *ctx, const json_t *action, const tf_patient_context *pc,
                            const char *as_of, tf_eval_outcome *out, tf_error *err)
{
	(void)ctx;
	(void)err;
	const char *expr = tf_match_condition(action);
	if (!expr) {
		out->result = TF_MATCH_NOT_COMPUTABLE;
		tf_strlcpy(out->reason, "no FHIRPath condition", sizeof(out->reason));
		return 0;
	}
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.context = pc->bundle;
	env.patient = pc->patient;
	env.now = as_of;
	env.flags = TF_FHIRPATH_LENIENT_CHOICE;
	tf_fhirpath_result *res = NULL;
	tf_error e;
	tf_error_clear(&e);
	if (tf_fhirpath_evaluate(expr, pc->bundle, &env, &res, &e) < 0) {
		out->result = TF_MATCH_UNKNOWN;
		snprintf(out->reason, sizeof(out->reason), "FHIRPath error: %.200s", e.message);
		return 0;
	}
	int v = 0;
	int rc = tf_fhirpath_result_boolean(res, &v);
	tf_fhirpath_result_free(res);
	if (rc == TF_ITEROVER) {
		out->result = TF_MATCH_UNKNOWN;
		tf_strlcpy(out->reason, "no data", sizeof(out->reason));
	} else if (rc < 0) {
		out->result = TF_MATCH_UNKNOWN;
		tf_strlcpy(out->reason, "condition did not give one boolean", sizeof(out->reason));
	} else {
		out->result = v ? TF_MATCH_MET : TF_MATCH_NOT_MET;
	}
	out->evidence = json_array();
	if (out->evidence)
		tf_match_evidence(action, pc, out->evidence);
	return 0;
}

static void builtin_close(void *ctx)
{
	(void)ctx;
}

const tf_evaluator_ops tf_match_builtin_ops = {TF_EVALUATOR_OPS_VERSION, "builtin", builtin_open,
                                               builtin_evaluate, builtin_close};
