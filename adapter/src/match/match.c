/*
 * match.c - the matcher: trials loaded from the file store, evaluators
 * opened by spec, and one patient x trial pair turned into the match
 * report's result object (DESIGN.md, "The match report").
 *
 * Criteria are the PlanDefinition's top-level actions. An action with an
 * applicability condition goes to the evaluator; a group without one
 * (sub-criteria as nested actions) combines its children by its
 * selectionBehavior: "all" (an inclusion's sub-items) holds when all
 * children are met, "any"/"one-or-more"/"exactly-one" (an exclusion's
 * sub-items, "one of" lists) when one is; three-valued, so a child that
 * cannot be decided leaves the group unknown unless the others already
 * decide it. An action with neither is not-computable. The report lists
 * every sub-criterion too, right after its parent (ids such as
 * "exclusion-8.2" say whose part it is), each with its own result and
 * evidence; the verdict and the score count the top-level criteria only,
 * a group through the result derived from its parts.
 *
 * Incomplete patients (the store says data is missing): a not-met that no
 * clinical resource backs, for a criterion that needs clinical data, is
 * turned into unknown -- absence of data in an incomplete record says
 * nothing, and must never make a patient ineligible. Nor may a value read
 * from the newest Observation we have: the missing part of the record can
 * hold a newer one, so a result that would exclude (an inclusion not met,
 * an exclusion met) and reads an Observation is unknown too. What stays
 * decisive is what missing data cannot undo: the Patient's own age and
 * sex, and a recorded diagnosis, allergy or procedure that is there.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"
#include "util/util.h"

const char *tf_match_result_name(tf_match_result r)
{
	switch (r) {
	case TF_MATCH_MET:
		return "met";
	case TF_MATCH_NOT_MET:
		return "not-met";
	case TF_MATCH_UNKNOWN:
		return "unknown";
	case TF_MATCH_NOT_COMPUTABLE:
		return "not-computable";
	}
	return "unknown";
}

const char *tf_match_verdict_name(tf_match_verdict v)
{
	switch (v) {
	case TF_VERDICT_ELIGIBLE:
		return "eligible";
	case TF_VERDICT_POSSIBLY_ELIGIBLE:
		return "possibly-eligible";
	case TF_VERDICT_INELIGIBLE:
		return "ineligible";
	}
	return "possibly-eligible";
}

tf_match_verdict tf_match_verdict_of(const tf_match_result *results, const int *exclusion, size_t n)
{
	int all = n > 0;
	for (size_t i = 0; i < n; i++) {
		tf_match_result bad = exclusion[i] ? TF_MATCH_MET : TF_MATCH_NOT_MET;
		tf_match_result good = exclusion[i] ? TF_MATCH_NOT_MET : TF_MATCH_MET;
		if (results[i] == bad)
			return TF_VERDICT_INELIGIBLE;
		if (results[i] != good)
			all = 0;
	}
	return all ? TF_VERDICT_ELIGIBLE : TF_VERDICT_POSSIBLY_ELIGIBLE;
}

double tf_match_score(const tf_match_result *results, const int *exclusion, size_t n)
{
	size_t computable = 0, favourable = 0;
	for (size_t i = 0; i < n; i++) {
		if (results[i] == TF_MATCH_NOT_COMPUTABLE)
			continue;
		computable++;
		if (results[i] == (exclusion[i] ? TF_MATCH_NOT_MET : TF_MATCH_MET))
			favourable++;
	}
	return computable ? (double)favourable / (double)computable : 0.0;
}

/* --- evaluators ------------------------------------------------------ */

struct tf_evaluator {
	const tf_evaluator_ops *ops; /* the function table */
	void *ctx;                   /* its instance */
	void *dl;                    /* dlopen handle of a plug-in, or NULL */
};

int tf_evaluator_open_custom(tf_evaluator **out, const tf_evaluator_ops *ops, const char *arg,
                             tf_error *err)
{
	if (!out || !ops)
		return tf_error_set(err, TF_EINVAL, "evaluator: NULL argument");
	*out = NULL;
	if (ops->version != TF_EVALUATOR_OPS_VERSION)
		return tf_error_set(
		        err, TF_EUNSUPPORTED,
		        "evaluator %s has interface version %u, this trialfhir needs %u",
		        ops->name ? ops->name : "?", ops->version, TF_EVALUATOR_OPS_VERSION);
	if (!ops->open || !ops->evaluate || !ops->close)
		return tf_error_set(err, TF_EINVAL, "evaluator %s: incomplete function table",
		                    ops->name ? ops->name : "?");
	tf_evaluator *ev = calloc(1, sizeof(*ev));
	if (!ev)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	ev->ops = ops;
	int rc = ops->open(&ev->ctx, arg, err);
	if (rc < 0) {
		free(ev);
		return rc;
	}
	*out = ev;
	return 0;
}

static int open_plugin(tf_evaluator **out, const char *path, tf_error *err)
{
	const char *arg = NULL;
	char file[1024];
	tf_strlcpy(file, path, sizeof(file));
	/* plugin:PATH.so:ARG passes ARG to the plug-in's open */
	char *so = strstr(file, ".so:");
	if (so) {
		so[3] = '\0';
		arg = path + (so - file) + 4;
	}
	void *dl = dlopen(file, RTLD_NOW | RTLD_LOCAL);
	if (!dl)
		return tf_error_set(err, TF_ENOTFOUND, "plugin %s: %s", file, dlerror());
	tf_evaluator_plugin_fn fn;
	void *sym = dlsym(dl, TF_EVALUATOR_PLUGIN_SYMBOL);
	memcpy(&fn, &sym, sizeof(fn)); /* object to function pointer, as POSIX allows */
	if (!sym) {
		dlclose(dl);
		return tf_error_set(err, TF_EUNSUPPORTED, "plugin %s does not export %s()", file,
		                    TF_EVALUATOR_PLUGIN_SYMBOL);
	}
	const tf_evaluator_ops *ops = fn();
	if (!ops) {
		dlclose(dl);
		return tf_error_set(err, TF_EUNSUPPORTED, "plugin %s: %s() returned NULL", file,
		                    TF_EVALUATOR_PLUGIN_SYMBOL);
	}
	int rc = tf_evaluator_open_custom(out, ops, arg, err);
	if (rc < 0) {
		tf_error_prefix(err, "plugin %s: ", file);
		dlclose(dl);
		return rc;
	}
	(*out)->dl = dl;
	return 0;
}

int tf_evaluator_open(tf_evaluator **out, const char *spec, tf_error *err)
{
	if (!out || !spec)
		return tf_error_set(err, TF_EINVAL, "evaluator: NULL argument");
	*out = NULL;
	if (strcmp(spec, "builtin") == 0)
		return tf_evaluator_open_custom(out, &tf_match_builtin_ops, NULL, err);
	if (strncmp(spec, "exec:", 5) == 0)
		return tf_evaluator_open_custom(out, &tf_match_exec_ops, spec + 5, err);
	if (strncmp(spec, "plugin:", 7) == 0)
		return open_plugin(out, spec + 7, err);
	return tf_error_set(err, TF_EINVAL,
	                    "unknown evaluator \"%s\" (builtin, exec:COMMAND, plugin:PATH.so)",
	                    spec);
}

void tf_evaluator_free(tf_evaluator *ev)
{
	if (!ev)
		return;
	ev->ops->close(ev->ctx);
	if (ev->dl)
		dlclose(ev->dl);
	free(ev);
}

/* --- trials ---------------------------------------------------------- */

typedef struct trial {
	json_t *study;   /* the ResearchStudy (owned) */
	json_t *plan;    /* its PlanDefinition (owned) or NULL */
	const char *nct; /* borrowed from study */
} trial;

struct tf_trial_set {
	trial *v;        /* trials, in study id order */
	size_t n;        /* their number */
	json_t *plans;   /* PlanDefinitions read, by id (owned) */
	json_t *studies; /* ResearchStudies read, by id (owned) */
	char **types;    /* DataRequirement types, NULL-terminated */
};

static int add_resource(tf_trial_set *ts, json_t *r)
{
	const char *type = json_string_value(json_object_get(r, "resourceType"));
	const char *id = json_string_value(json_object_get(r, "id"));
	if (tf_streq(type, "Bundle")) {
		const json_t *e;
		size_t i;
		json_array_foreach(json_object_get(r, "entry"), i, e)
		{
			json_t *res = json_object_get(e, "resource");
			if (res && add_resource(ts, res) < 0)
				return TF_ENOMEM;
		}
		return 0;
	}
	if (!id)
		return 0;
	if (tf_streq(type, "ResearchStudy"))
		return json_object_set(ts->studies, id, r) < 0 ? TF_ENOMEM : 0;
	if (tf_streq(type, "PlanDefinition"))
		return json_object_set(ts->plans, id, r) < 0 ? TF_ENOMEM : 0;
	return 0;
}

static int load_file(tf_trial_set *ts, const char *path, tf_error *err)
{
	char *buf = NULL;
	size_t len = 0;
	int rc = tf_read_file(path, (size_t)1 << 30, &buf, &len, err);
	if (rc < 0)
		return rc;
	/* NDJSON or one JSON document: try the whole, then line by line */
	json_t *doc = NULL;
	if (tf_fhirpath_parse(buf, len, &doc, NULL) == 0) {
		rc = add_resource(ts, doc);
		json_decref(doc);
	} else {
		char *p = buf;
		long line = 0;
		rc = 0;
		while (p && *p && rc == 0) {
			line++;
			char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			if (!tf_is_blank(p) && n) {
				json_t *r = NULL;
				rc = tf_fhirpath_parse(p, n, &r, err);
				if (rc == 0) {
					rc = add_resource(ts, r);
					json_decref(r);
				} else if (err) {
					err->line = line;
					tf_strlcpy(err->source, path, sizeof(err->source));
					tf_error_prefix(err, "%s:%ld: ", path, line);
				}
			}
			p = nl ? nl + 1 : NULL;
		}
	}
	free(buf);
	return rc;
}

static const char *nct_of(const json_t *study)
{
	const json_t *id;
	size_t i;
	json_array_foreach(json_object_get(study, "identifier"), i, id)
	{
		const char *v = json_string_value(json_object_get(id, "value"));
		if (v && strncmp(v, "NCT", 3) == 0)
			return v;
	}
	return NULL;
}

static json_t *plan_of(tf_trial_set *ts, const json_t *study, const char *nct)
{
	const json_t *p;
	size_t i;
	json_array_foreach(json_object_get(study, "protocol"), i, p)
	{
		const char *ref = json_string_value(json_object_get(p, "reference"));
		if (ref && strncmp(ref, "PlanDefinition/", 15) == 0) {
			json_t *pd = json_object_get(ts->plans, ref + 15);
			if (pd)
				return pd;
		}
	}
	if (!nct)
		return NULL;
	const char *k;
	json_t *pd;
	json_object_foreach(ts->plans, k, pd)
	{
		if (tf_streq(nct_of(pd), nct))
			return pd;
	}
	return NULL;
}

static int cmp_trial(const void *a, const void *b)
{
	const char *x = json_string_value(json_object_get(((const trial *)a)->study, "id"));
	const char *y = json_string_value(json_object_get(((const trial *)b)->study, "id"));
	return strcmp(x ? x : "", y ? y : "");
}

static int add_type(tf_trial_set *ts, size_t *n, const char *type)
{
	for (size_t i = 0; i < *n; i++)
		if (strcmp(ts->types[i], type) == 0)
			return 0;
	char **t = realloc(ts->types, (*n + 2) * sizeof(char *));
	if (!t)
		return TF_ENOMEM;
	ts->types = t;
	if (!(t[*n] = strdup(type)))
		return TF_ENOMEM;
	t[++*n] = NULL;
	return 0;
}

static int collect_types(tf_trial_set *ts, const json_t *actions, size_t *n)
{
	const json_t *a;
	size_t i;
	json_array_foreach(actions, i, a)
	{
		const json_t *dr;
		size_t k;
		json_array_foreach(json_object_get(a, "input"), k, dr)
		{
			const char *t = json_string_value(json_object_get(dr, "type"));
			if (t && strcmp(t, "Patient") != 0 && add_type(ts, n, t) < 0)
				return TF_ENOMEM;
		}
		if (collect_types(ts, json_object_get(a, "action"), n) < 0)
			return TF_ENOMEM;
	}
	return 0;
}

void tf_trial_set_free(tf_trial_set *ts)
{
	if (!ts)
		return;
	for (size_t i = 0; i < ts->n; i++) {
		json_decref(ts->v[i].study);
		json_decref(ts->v[i].plan);
	}
	free(ts->v);
	json_decref(ts->plans);
	json_decref(ts->studies);
	for (size_t i = 0; ts->types && ts->types[i]; i++)
		free(ts->types[i]);
	free(ts->types);
	free(ts);
}

tf_trial_set *tf_match_trials_new(void)
{
	tf_trial_set *ts = calloc(1, sizeof(*ts));
	if (!ts || !(ts->plans = json_object()) || !(ts->studies = json_object()) ||
	    !(ts->types = calloc(1, sizeof(char *)))) {
		tf_trial_set_free(ts);
		return NULL;
	}
	return ts;
}

int tf_match_trials_add(tf_trial_set *ts, json_t *resource)
{
	return add_resource(ts, resource);
}

int tf_match_trials_has_plan(const tf_trial_set *ts, const char *id)
{
	return json_object_get(ts->plans, id) != NULL;
}

int tf_match_trials_finish(tf_trial_set *ts, tf_error *err)
{
	size_t ns = json_object_size(ts->studies), ntypes = 0;
	if (ns && !(ts->v = calloc(ns, sizeof(trial))))
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	const char *k;
	json_t *s;
	json_object_foreach(ts->studies, k, s)
	{
		trial *t = &ts->v[ts->n++];
		t->study = json_incref(s);
		t->nct = nct_of(s);
		t->plan = json_incref(plan_of(ts, s, t->nct));
		if (t->plan && collect_types(ts, json_object_get(t->plan, "action"), &ntypes) < 0)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (ts->n)
		qsort(ts->v, ts->n, sizeof(trial), cmp_trial);
	return 0;
}

int tf_trial_set_load(tf_trial_set **out, const char *path, tf_error *err)
{
	if (!out || !path)
		return tf_error_set(err, TF_EINVAL, "trials: NULL argument");
	*out = NULL;
	tf_trial_set *ts = tf_match_trials_new();
	if (!ts)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = 0;
	struct stat st;
	if (stat(path, &st) < 0) {
		rc = tf_error_set(err, TF_ENOTFOUND, "%s: %s", path, strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		struct dirent **names = NULL;
		int n = scandir(path, &names, NULL, alphasort);
		if (n < 0)
			rc = tf_error_set(err, TF_EIO, "%s: %s", path, strerror(errno));
		for (int i = 0; i < n; i++) {
			const char *nm = names[i]->d_name;
			size_t l = strlen(nm);
			int json = (l > 5 && strcmp(nm + l - 5, ".json") == 0) ||
			           (l > 7 && strcmp(nm + l - 7, ".ndjson") == 0);
			if (rc == 0 && json && nm[0] != '.') {
				tf_buf p = TF_BUF_INIT;
				tf_buf_printf(&p, "%s/%s", path, nm);
				rc = p.oom ? tf_error_set(err, TF_ENOMEM, "out of memory")
				           : load_file(ts, p.ptr, err);
				tf_buf_free(&p);
			}
			free(names[i]);
		}
		free(names);
	} else {
		rc = load_file(ts, path, err);
	}
	if (rc == 0)
		rc = tf_match_trials_finish(ts, err);
	if (rc < 0) {
		tf_trial_set_free(ts);
		return rc;
	}
	*out = ts;
	return 0;
}

size_t tf_trial_set_count(const tf_trial_set *ts)
{
	return ts ? ts->n : 0;
}

const json_t *tf_trial_set_study(const tf_trial_set *ts, size_t i)
{
	return ts && i < ts->n ? ts->v[i].study : NULL;
}

const json_t *tf_trial_set_plan(const tf_trial_set *ts, size_t i)
{
	return ts && i < ts->n ? ts->v[i].plan : NULL;
}

const char *tf_trial_set_nct(const tf_trial_set *ts, size_t i)
{
	return ts && i < ts->n ? ts->v[i].nct : NULL;
}

const char *const *tf_trial_set_types(const tf_trial_set *ts)
{
	return ts ? (const char *const *)ts->types : NULL;
}

/* --- one pair -------------------------------------------------------- */

/* Whether an input (DataRequirement) of action is of type, or, when type
 * is NULL, of any type but Patient. */
static int has_input(const json_t *action, const char *type)
{
	const json_t *dr;
	size_t i;
	json_array_foreach(json_object_get(action, "input"), i, dr)
	{
		const char *t = json_string_value(json_object_get(dr, "type"));
		if (t && (type ? strcmp(t, type) == 0 : strcmp(t, "Patient") != 0))
			return 1;
	}
	return 0;
}

int tf_match_needs_clinical(const json_t *action)
{
	return has_input(action, NULL);
}

/* Whether action reads an Observation's value (its newest one). */
static int reads_observations(const json_t *action)
{
	return has_input(action, "Observation");
}

static int is_exclusion(const json_t *action)
{
	const json_t *c;
	size_t i;
	json_array_foreach(json_object_get(action, "code"), i, c)
	{
		const json_t *cd;
		size_t k;
		json_array_foreach(json_object_get(c, "coding"), k, cd)
		{
			const char *sys = json_string_value(json_object_get(cd, "system"));
			const char *code = json_string_value(json_object_get(cd, "code"));
			if (sys && strstr(sys, "criterion-type"))
				return tf_streq(code, "exclusion");
		}
	}
	const char *id = json_string_value(json_object_get(action, "id"));
	return id && strncmp(id, "exclusion", 9) == 0;
}

/* The manual-review reason the converter left on an action, if any. */
static const char *review_reason(const json_t *action)
{
	const json_t *c;
	size_t i;
	json_array_foreach(json_object_get(action, "code"), i, c)
	{
		const json_t *cd = json_array_get(json_object_get(c, "coding"), 0);
		if (tf_streq(json_string_value(json_object_get(cd, "code")), "manual-review"))
			return json_string_value(json_object_get(c, "text"));
	}
	return NULL;
}

static void merge_evidence(json_t *into, const json_t *from)
{
	const json_t *s;
	size_t i;
	json_array_foreach(from, i, s)
	{
		int seen = 0;
		const json_t *t;
		size_t k;
		json_array_foreach(into, k, t)
		{
			seen |= json_equal(s, t);
		}
		if (!seen)
			json_array_append(into, (json_t *)s);
	}
}

static json_t *criterion_entry(const json_t *action, int exclusion, const tf_eval_outcome *o);

/* tf_evaluator_decide, appending to subs (when not NULL) the report
 * entries of action's sub-criteria, depth first, each followed by its own
 * parts. */
static void decide(tf_evaluator *ev, const json_t *action, int exclusion,
                   const tf_patient_context *pc, const char *as_of, tf_eval_outcome *out,
                   json_t *subs)
{
	memset(out, 0, sizeof(*out));
	const json_t *kids = json_object_get(action, "action");
	if (tf_match_condition(action)) {
		tf_error e;
		tf_error_clear(&e);
		if (ev->ops->evaluate(ev->ctx, action, pc, as_of, out, &e) < 0) {
			json_decref(out->evidence);
			out->evidence = NULL;
			out->result = TF_MATCH_UNKNOWN;
			snprintf(out->reason, sizeof(out->reason), "evaluator failed: %.200s",
			         e.message);
		}
		if ((unsigned)out->result > TF_MATCH_NOT_COMPUTABLE) {
			out->result = TF_MATCH_UNKNOWN;
			tf_strlcpy(out->reason, "evaluator gave no valid result",
			           sizeof(out->reason));
		}
		if (!out->evidence)
			out->evidence = json_array();
		if (pc->incomplete && out->result == TF_MATCH_NOT_MET &&
		    tf_match_needs_clinical(action)) {
			json_t *clin = json_array();
			int backed = clin && tf_match_evidence(action, pc, clin);
			json_decref(clin);
			if (!backed) {
				out->result = TF_MATCH_UNKNOWN;
				snprintf(out->reason, sizeof(out->reason),
				         "no data, and the patient's record is incomplete (%.150s)",
				         pc->reason);
			}
		}
		int excludes =
		        exclusion ? out->result == TF_MATCH_MET : out->result == TF_MATCH_NOT_MET;
		if (pc->incomplete && excludes && reads_observations(action)) {
			out->result = TF_MATCH_UNKNOWN;
			snprintf(out->reason, sizeof(out->reason),
			         "a newer value may be in the missing part of the patient's "
			         "record (%.150s)",
			         pc->reason);
		}
		return;
	}
	out->evidence = json_array();
	if (json_array_size(kids) == 0) {
		out->result = TF_MATCH_NOT_COMPUTABLE;
		const char *r = review_reason(action);
		tf_strlcpy(out->reason, r ? r : "not computable", sizeof(out->reason));
		return;
	}
	const char *sel = json_string_value(json_object_get(action, "selectionBehavior"));
	int any = sel && strcmp(sel, "all") != 0 && strcmp(sel, "all-or-none") != 0;
	size_t met = 0, not_met = 0, nc = 0, n = json_array_size(kids);
	const json_t *k;
	size_t i;
	json_array_foreach(kids, i, k)
	{
		tf_eval_outcome o;
		json_t *grand = subs ? json_array() : NULL;
		decide(ev, k, exclusion, pc, as_of, &o, grand);
		if (subs) {
			json_t *entry = criterion_entry(k, exclusion, &o);
			if (entry)
				json_array_append_new(subs, entry);
			json_array_extend(subs, grand);
			json_decref(grand);
		}
		met += o.result == TF_MATCH_MET;
		not_met += o.result == TF_MATCH_NOT_MET;
		nc += o.result == TF_MATCH_NOT_COMPUTABLE;
		merge_evidence(out->evidence, o.evidence);
		if (o.result == TF_MATCH_UNKNOWN && !out->reason[0] && o.reason[0])
			snprintf(out->reason, sizeof(out->reason), "%.40s: %.200s",
			         json_string_value(json_object_get(k, "id")), o.reason);
		json_decref(o.evidence);
	}
	if (any ? met > 0 : not_met > 0)
		out->result = any ? TF_MATCH_MET : TF_MATCH_NOT_MET;
	else if (any ? not_met == n : met == n)
		out->result = any ? TF_MATCH_NOT_MET : TF_MATCH_MET;
	else if (nc == n)
		out->result = TF_MATCH_NOT_COMPUTABLE;
	else
		out->result = TF_MATCH_UNKNOWN;
	if (out->result != TF_MATCH_UNKNOWN && out->result != TF_MATCH_NOT_COMPUTABLE)
		out->reason[0] = '\0';
	else if (!out->reason[0])
		tf_strlcpy(out->reason, "some sub-criteria not computable", sizeof(out->reason));
}

void tf_evaluator_decide(tf_evaluator *ev, const json_t *action, const tf_patient_context *pc,
                         const char *as_of, tf_eval_outcome *out)
{
	decide(ev, action, 0, pc, as_of, out, NULL);
}

/* One element of the report's criteria[]: id, type, text, result,
 * evidence (a new reference to o's), and the reason under "_reason" for
 * the text and FHIR formats (the JSON writer strips it: not in the
 * contract). NULL when out of memory. */
static json_t *criterion_entry(const json_t *action, int exclusion, const tf_eval_outcome *o)
{
	const char *id = json_string_value(json_object_get(action, "id"));
	const char *text = json_string_value(json_object_get(action, "title"));
	if (!text)
		text = json_string_value(json_object_get(action, "description"));
	json_t *c = json_pack("{s:s, s:s, s:s, s:s, s:O}", "id", id ? id : "", "type",
	                      exclusion ? "exclusion" : "inclusion", "text", text ? text : "",
	                      "result", tf_match_result_name(o->result), "evidence",
	                      o->evidence ? o->evidence : json_array());
	if (c && o->reason[0] && o->result != TF_MATCH_MET && o->result != TF_MATCH_NOT_MET)
		json_object_set_new(c, "_reason", json_string(o->reason));
	return c;
}

/* The score as a JSON number with at most 2 decimals ("0.6", "1", "0.33"). */
static json_t *score_node(double s)
{
	char buf[16];
	snprintf(buf, sizeof(buf), "%.2f", floor(s * 100.0 + 0.5) / 100.0);
	size_t n = strlen(buf);
	while (n > 1 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 1 && buf[n - 1] == '.')
		buf[--n] = '\0';
	return tf_json_decimal(buf);
}

int tf_match_pair(tf_evaluator *ev, const tf_trial_set *ts, size_t trial_i,
                  const tf_patient_context *pc, const char *as_of, json_t **out, tf_error *err)
{
	if (!ev || !ts || trial_i >= ts->n || !pc || !pc->bundle || !as_of || !out)
		return tf_error_set(err, TF_EINVAL, "match: bad argument");
	*out = NULL;
	const trial *t = &ts->v[trial_i];
	const json_t *actions = json_object_get(t->plan, "action");
	size_t n = json_array_size(actions);
	tf_match_result *res = calloc(n ? n : 1, sizeof(*res));
	int *excl = calloc(n ? n : 1, sizeof(*excl));
	json_t *criteria = json_array();
	json_t *r = json_object();
	int oom = !res || !excl || !criteria || !r;
	for (size_t i = 0; i < n && !oom; i++) {
		const json_t *a = json_array_get(actions, i);
		tf_eval_outcome o;
		json_t *subs = json_array();
		excl[i] = is_exclusion(a);
		decide(ev, a, excl[i], pc, as_of, &o, subs);
		res[i] = o.result;
		json_t *c = criterion_entry(a, excl[i], &o);
		json_decref(o.evidence);
		oom |= !c || !subs || json_array_append_new(criteria, c) < 0 ||
		       json_array_extend(criteria, subs) < 0;
		json_decref(subs);
	}
	char pref[160], sref[160];
	snprintf(pref, sizeof(pref), "Patient/%s", pc->id);
	const char *sid = json_string_value(json_object_get(t->study, "id"));
	snprintf(sref, sizeof(sref), "ResearchStudy/%s", sid ? sid : "");
	if (!oom) {
		tf_match_verdict v = tf_match_verdict_of(res, excl, n);
		oom |= json_object_set_new(r, "patient", json_string(pref)) < 0 ||
		       json_object_set_new(r, "study", json_string(sref)) < 0 ||
		       json_object_set_new(r, "nct", t->nct ? json_string(t->nct) : json_null()) <
		               0 ||
		       json_object_set_new(r, "verdict", json_string(tf_match_verdict_name(v))) <
		               0 ||
		       json_object_set_new(r, "score", score_node(tf_match_score(res, excl, n))) <
		               0 ||
		       json_object_set(r, "criteria", criteria) < 0;
	}
	free(res);
	free(excl);
	json_decref(criteria);
	if (oom) {
		json_decref(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = r;
	return 0;
}
