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
 * Each distinct condition is compiled once per evaluator (so once per run,
 * not once per patient x trial pair) into a cache keyed by its text; a
 * condition that does not compile is cached with its error, so it is
 * reported as unknown every time without being parsed again. The cache is
 * shared by the matcher's threads behind a read-write lock: after the first
 * patient every lookup is a read.
 *
 * Mass <-> substance units (creatinine in umol/L against a threshold in
 * mg/dL, bilirubin, glucose, calcium) convert through the molar masses of
 * the mapping table criteria-analyte (column molar_mass, for every LOINC
 * code in its codes column), handed to the engine's molar-mass hook; an
 * analyte without one keeps such comparisons empty, hence unknown.
 *
 * Evidence: the engine returns a boolean, not the resources behind it, so
 * evidence is read from the action's DataRequirements: per requirement the
 * newest resource of its type whose code matches its codeFilter (a
 * category code such as ICD-10-CM "C34" matches its sub-codes), skipping
 * Observations whose status is not final/amended/corrected since the
 * conditions do not count those either; the Patient for Patient inputs.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/mapping.h"
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

/* --- the evaluator instance ------------------------------------------ */

#define CACHE_BUCKETS 1024

typedef struct compiled {
	char *text;            /* the condition's text (the key) */
	tf_fhirpath *fp;       /* compiled, or NULL when it did not compile */
	char *error;           /* why not, when fp is NULL */
	struct compiled *next; /* same bucket */
} compiled;

typedef struct builtin_ev {
	pthread_rwlock_t lock;            /* guards the cache */
	compiled *buckets[CACHE_BUCKETS]; /* conditions compiled so far */
	size_t compiles;                  /* how many were compiled */
	json_t *molar;                    /* "system|code" -> g/mol (read-only once open) */
} builtin_ev;

static size_t hash_text(const char *s)
{
	size_t h = 5381;
	for (; *s; s++)
		h = h * 33 + (unsigned char)*s;
	return h % CACHE_BUCKETS;
}

static compiled *cache_find(builtin_ev *b, const char *text, size_t h)
{
	for (compiled *c = b->buckets[h]; c; c = c->next)
		if (strcmp(c->text, text) == 0)
			return c;
	return NULL;
}

/* The cached compilation of text (compiling it on first use), or NULL when
 * out of memory. The entry lives as long as b. */
static const compiled *cache_get(builtin_ev *b, const char *text)
{
	size_t h = hash_text(text);
	pthread_rwlock_rdlock(&b->lock);
	compiled *c = cache_find(b, text, h);
	pthread_rwlock_unlock(&b->lock);
	if (c)
		return c;
	pthread_rwlock_wrlock(&b->lock);
	c = cache_find(b, text, h); /* another thread may have been first */
	if (!c && (c = calloc(1, sizeof(*c))) != NULL) {
		tf_error e;
		tf_error_clear(&e);
		if (!(c->text = strdup(text)) || (tf_fhirpath_compile(&c->fp, text, &e) < 0 &&
		                                  !(c->error = strdup(e.message)))) {
			tf_fhirpath_free(c->fp);
			free(c->text);
			free(c);
			c = NULL;
		} else {
			c->next = b->buckets[h];
			b->buckets[h] = c;
			b->compiles++;
		}
	}
	pthread_rwlock_unlock(&b->lock);
	return c;
}

static double molar_mass_of(void *user, const char *system, const char *code)
{
	const builtin_ev *b = user;
	char key[256];
	snprintf(key, sizeof(key), "%s|%s", system ? system : "", code);
	return json_real_value(json_object_get(b->molar, key));
}

/* Reads the molar masses of criteria-analyte: one key per accepted code. */
static int load_molar_masses(builtin_ev *b, tf_error *err)
{
	tf_mappings *maps = NULL;
	int rc = tf_mappings_load(&maps, NULL, err);
	if (rc < 0) {
		tf_error_prefix(err, "builtin evaluator: molar masses: ");
		return rc;
	}
	size_t cur = 0;
	const tf_map_row *r;
	while (rc == 0 && (r = tf_mappings_next(maps, "criteria-analyte", &cur)) != NULL) {
		const char *mm = tf_map_row_get(maps, r, "molar_mass");
		if (!mm || !*mm)
			continue;
		char *end;
		double v = strtod(mm, &end);
		if (*end || !(v > 0)) {
			rc = tf_error_set(err, TF_EINVALID,
			                  "%s:%ld: molar_mass \"%s\" is not a mass", r->file,
			                  r->line, mm);
			break;
		}
		const char *codes = tf_map_row_get(maps, r, "codes");
		char buf[512];
		tf_strlcpy(buf, codes && *codes ? codes : r->code, sizeof(buf));
		char *save = NULL;
		for (char *c = strtok_r(buf, " ", &save); c && rc == 0;
		     c = strtok_r(NULL, " ", &save)) {
			char key[256];
			snprintf(key, sizeof(key), "%s|%s", r->system, c);
			if (json_object_set_new(b->molar, key, json_real(v)) < 0)
				rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		}
	}
	tf_mappings_free(maps);
	return rc;
}

static void builtin_close(void *ctx)
{
	builtin_ev *b = ctx;
	if (!b)
		return;
	for (size_t i = 0; i < CACHE_BUCKETS; i++) {
		compiled *c = b->buckets[i];
		while (c) {
			compiled *next = c->next;
			tf_fhirpath_free(c->fp);
			free(c->error);
			free(c->text);
			free(c);
			c = next;
		}
	}
	json_decref(b->molar);
	pthread_rwlock_destroy(&b->lock);
	free(b);
}

static int builtin_open(void **ctx, const char *arg, tf_error *err)
{
	(void)arg;
	*ctx = NULL;
	builtin_ev *b = calloc(1, sizeof(*b));
	if (!b || !(b->molar = json_object())) {
		free(b);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	pthread_rwlock_init(&b->lock, NULL);
	int rc = load_molar_masses(b, err);
	if (rc < 0) {
		builtin_close(b);
		return rc;
	}
	*ctx = b;
	return 0;
}

size_t tf_match_builtin_compiles(const void *ctx)
{
	const builtin_ev *b = ctx;
	return b ? b->compiles : 0;
}

/* ctx may be NULL (no instance): the condition is then compiled for this
 * call alone and no molar masses are known. */
static int builtin_evaluate(void *ctx, const json_t *action, const tf_patient_context *pc,
                            const char *as_of, tf_eval_outcome *out, tf_error *err)
{
	builtin_ev *b = ctx;
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
	if (b) {
		env.molar_mass = molar_mass_of;
		env.molar_mass_user = b;
	}
	tf_fhirpath *own = NULL;
	const tf_fhirpath *fp = NULL;
	tf_error e;
	tf_error_clear(&e);
	if (b) {
		const compiled *c = cache_get(b, expr);
		if (!c)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		fp = c->fp;
		if (!fp) {
			out->result = TF_MATCH_UNKNOWN;
			snprintf(out->reason, sizeof(out->reason), "FHIRPath error: %.200s",
			         c->error);
			return 0;
		}
	} else if (tf_fhirpath_compile(&own, expr, &e) < 0) {
		out->result = TF_MATCH_UNKNOWN;
		snprintf(out->reason, sizeof(out->reason), "FHIRPath error: %.200s", e.message);
		return 0;
	} else {
		fp = own;
	}
	tf_fhirpath_result *res = NULL;
	int rc = pc->fhirpath_doc ? tf_fhirpath_eval_doc(fp, pc->fhirpath_doc, &env, &res, &e)
	                          : tf_fhirpath_eval(fp, pc->bundle, &env, &res, &e);
	tf_fhirpath_free(own);
	if (rc < 0) {
		out->result = TF_MATCH_UNKNOWN;
		snprintf(out->reason, sizeof(out->reason), "FHIRPath error: %.200s", e.message);
		return 0;
	}
	int v = 0;
	rc = tf_fhirpath_result_boolean(res, &v);
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

const tf_evaluator_ops tf_match_builtin_ops = {TF_EVALUATOR_OPS_VERSION, "builtin", builtin_open,
                                               builtin_evaluate, builtin_close};
