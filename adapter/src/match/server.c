/*
 * server.c - trials and patients for the matcher from a FHIR server,
 * through the client (trialfhir/client.h): search with paging, read.
 *
 * Trials: every ResearchStudy the server has (or those a search names),
 * then the PlanDefinitions their protocol points at, read by id.
 *
 * Patients: one context at a time (memory holds one patient, plus the list
 * of ids). What is fetched is what the trials' DataRequirements ask for,
 * folded per resource type into one search: the union of the codes, and a
 * date window only when every requirement of the type has one (the widest,
 * counted back from --as-of). Folding can only fetch more than a single
 * requirement needs, never less, so no condition sees less data than it
 * would in the file store. Two cases fetch a type whole instead: a
 * requirement without codes, and ICD-10 codes (a condition on "C34" counts
 * "C34.1", which a token search for C34 would not return).
 *
 * Conditions written by eligibility/fhirpath.c test whether the record has
 * any resource of a type at all (iif(...ofType(Condition).exists(), ...,
 * {})) to tell "no such diagnosis" from "no diagnoses recorded". A filtered
 * search that finds nothing would turn the first into the second, so then
 * one resource of the type is fetched anyway (any one: it only has to be
 * there).
 *
 * Incomplete data is never passed off as complete: a search that fails
 * (after the client's retries) or stops early (a page that could not be
 * fetched, a next link to another origin, which the client does not
 * follow) marks the context incomplete with the reason, and the matcher
 * then never lets a missing item make the patient ineligible. Errors after
 * which nothing can be fetched for the patient (authentication, TLS,
 * transport) fail the record instead.
 */
#include <stdlib.h>
#include <string.h>
#include "match/match_int.h"
#include "util/util.h"

/* --- trials ---------------------------------------------------------- */

typedef struct trial_fetch {
	tf_trial_set *ts; /* being filled */
	json_t *plans;    /* PlanDefinition ids the studies name */
} trial_fetch;

static int take_study(void *ud, const json_t *r, tf_error *err)
{
	trial_fetch *t = ud;
	json_t *copy = json_deep_copy(r); /* r is only lent for the call */
	if (!copy || tf_match_trials_add(t->ts, copy) < 0) {
		json_decref(copy);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	const json_t *p;
	size_t i;
	json_array_foreach(json_object_get(copy, "protocol"), i, p)
	{
		const char *ref = json_string_value(json_object_get(p, "reference"));
		if (ref && strncmp(ref, "PlanDefinition/", 15) == 0 && ref[15])
			json_array_append_new(t->plans, json_string(ref + 15));
	}
	json_decref(copy);
	return 0;
}

int tf_trial_set_load_server(tf_trial_set **out, tf_client *c, const char *const *params,
                             char *warn, size_t warn_size, tf_error *err)
{
	if (!out || !c)
		return tf_error_set(err, TF_EINVAL, "trials: NULL argument");
	*out = NULL;
	if (warn && warn_size)
		warn[0] = '\0';
	static const char *const none[] = {NULL};
	trial_fetch t = {tf_match_trials_new(), json_array()};
	if (!t.ts || !t.plans) {
		tf_trial_set_free(t.ts);
		json_decref(t.plans);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	tf_search_options so = TF_SEARCH_OPTIONS_INIT;
	so.count = 100;
	tf_search_result sr;
	memset(&sr, 0, sizeof(sr));
	int rc = tf_client_search(c, "ResearchStudy", params ? params : none, &so, take_study, &t,
	                          &sr, err);
	if (rc < 0)
		tf_error_prefix(err, "ResearchStudy search on %s: ", tf_client_base(c));
	else if (sr.incomplete)
		rc = tf_error_set(err, TF_EIO, "the ResearchStudy search on %s stopped early: %s",
		                  tf_client_base(c), sr.reason);
	size_t wl = 0;
	const json_t *id;
	size_t i;
	json_array_foreach(t.plans, i, id)
	{
		const char *pid = json_string_value(id);
		if (rc < 0 || tf_match_trials_has_plan(t.ts, pid))
			continue;
		json_t *pd = NULL;
		tf_error e;
		tf_error_clear(&e);
		int r = tf_client_read(c, "PlanDefinition", pid, &pd, &e);
		if (r == 0 && tf_match_trials_add(t.ts, pd) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		json_decref(pd);
		if (r < 0 && warn && wl + 1 < warn_size) {
			int w = snprintf(warn + wl, warn_size - wl, "%sPlanDefinition/%s: %s",
			                 wl ? "; " : "", pid, e.message);
			wl += w > 0 ? (size_t)w : 0;
		}
	}
	json_decref(t.plans);
	if (rc == 0)
		rc = tf_match_trials_finish(t.ts, err);
	if (rc < 0) {
		tf_trial_set_free(t.ts);
		return rc;
	}
	*out = t.ts;
	return 0;
}

/* --- patients -------------------------------------------------------- */

/* One search per resource type and patient. */
typedef struct query {
	char *type;     /* resource type */
	json_t *codes;  /* "system|code" tokens (escaped), unique */
	int whole;      /* fetch the type whole: some requirement needs that */
	int windowed;   /* every requirement of the type has a date window */
	double days;    /* the widest window, in days */
	char since[24]; /* as-of minus the window, when windowed */
} query;

struct tf_match_server_src {
	tf_client *c; /* borrowed */
	json_t *ids;  /* the patients' ids, in order */
	size_t next;  /* next id */
	query *q;     /* the searches */
	size_t nq;    /* their number */
	char **types; /* the types, NULL-terminated, for the context */
	int count;    /* page size */
};

/* The date search parameter of a type, or NULL when it has none we use. */
static const char *date_param(const char *type)
{
	static const char *const map[][2] = {{"Observation", "date"},
	                                     {"Procedure", "date"},
	                                     {"Condition", "onset-date"},
	                                     {"MedicationRequest", "authoredon"},
	                                     {"MedicationStatement", "effective"},
	                                     {"AllergyIntolerance", "date"}};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i][0], type) == 0)
			return map[i][1];
	return NULL;
}

/* A DataRequirement.dateFilter's window in days (rounded up, generous for
 * months and years), or -1 when it is not a duration back from today. */
static double window_days(const json_t *df)
{
	const json_t *d = json_object_get(df, "valueDuration");
	const char *code = json_string_value(json_object_get(d, "code"));
	double v = json_number_value(json_object_get(d, "value"));
	if (!d || !code || !(v > 0))
		return -1;
	static const struct {
		const char *code;
		double days;
	} units[] = {{"min", 1.0 / 1440}, {"h", 1.0 / 24}, {"d", 1},
	             {"wk", 7},           {"mo", 31},      {"a", 366}};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(units[i].code, code) == 0)
			return v * units[i].days;
	return -1;
}

static query *query_for(tf_match_server_src *s, const char *type)
{
	for (size_t i = 0; i < s->nq; i++)
		if (strcmp(s->q[i].type, type) == 0)
			return &s->q[i];
	query *q = realloc(s->q, (s->nq + 1) * sizeof(*q));
	if (!q)
		return NULL;
	s->q = q;
	q = &s->q[s->nq];
	memset(q, 0, sizeof(*q));
	if (!(q->type = strdup(type)) || !(q->codes = json_array())) {
		free(q->type);
		json_decref(q->codes);
		return NULL;
	}
	q->windowed = date_param(type) != NULL;
	s->nq++;
	return q;
}

static int add_requirement(tf_match_server_src *s, const json_t *dr)
{
	const char *type = json_string_value(json_object_get(dr, "type"));
	if (!type || strcmp(type, "Patient") == 0)
		return 0;
	query *q = query_for(s, type);
	if (!q)
		return TF_ENOMEM;
	const json_t *cfs = json_object_get(dr, "codeFilter");
	if (json_array_size(cfs) == 0)
		q->whole = 1;
	const json_t *cf;
	size_t i;
	json_array_foreach(cfs, i, cf)
	{
		const char *path = json_string_value(json_object_get(cf, "path"));
		/* the code search parameter covers code and medication[x] only */
		if (path && strcmp(path, "code") != 0 && strcmp(path, "medication") != 0)
			q->whole = 1;
		const json_t *cd;
		size_t k;
		json_array_foreach(json_object_get(cf, "code"), k, cd)
		{
			const char *sys = json_string_value(json_object_get(cd, "system"));
			const char *code = json_string_value(json_object_get(cd, "code"));
			if (!code || (sys && strstr(sys, "icd-10"))) {
				q->whole = 1;
				continue;
			}
			char *tok = NULL;
			if (tf_search_token(sys, code, &tok) < 0)
				return TF_ENOMEM;
			int seen = 0;
			const json_t *t;
			size_t n;
			json_array_foreach(q->codes, n, t)
			{
				seen |= strcmp(json_string_value(t), tok) == 0;
			}
			int rc = seen ? 0 : json_array_append_new(q->codes, json_string(tok));
			free(tok);
			if (rc < 0)
				return TF_ENOMEM;
		}
	}
	const json_t *dfs = json_object_get(dr, "dateFilter");
	if (json_array_size(dfs) != 1) {
		q->windowed = 0;
	} else {
		double d = window_days(json_array_get(dfs, 0));
		if (d < 0)
			q->windowed = 0;
		else if (d > q->days)
			q->days = d;
	}
	return 0;
}

static int add_actions(tf_match_server_src *s, const json_t *actions)
{
	const json_t *a;
	size_t i;
	json_array_foreach(actions, i, a)
	{
		const json_t *dr;
		size_t k;
		json_array_foreach(json_object_get(a, "input"), k, dr)
		{
			if (add_requirement(s, dr) < 0)
				return TF_ENOMEM;
		}
		if (add_actions(s, json_object_get(a, "action")) < 0)
			return TF_ENOMEM;
	}
	return 0;
}

/* as_of ("YYYY-MM-DD") minus days (rounded up), into out (a FHIR date). */
static int date_back(const char *as_of, double days, char *out, size_t size)
{
	int y, m, d;
	if (sscanf(as_of, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	int64_t z = tf_days_from_civil(y, m, d) - (int64_t)(days + 0.999999);
	int64_t yy;
	int mm, dd;
	tf_civil_from_days(z, &yy, &mm, &dd);
	snprintf(out, size, "%04d-%02d-%02d", (int)(yy % 10000), mm, dd);
	return 0;
}

static int collect_id(void *ud, const json_t *r, tf_error *err)
{
	const char *id = json_string_value(json_object_get(r, "id"));
	if (id && json_array_append_new(ud, json_string(id)) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return 0;
}

static int take_resource(void *ud, const json_t *r, tf_error *err)
{
	json_t *copy = json_deep_copy(r);
	if (!copy || json_array_append_new(ud, copy) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return 0;
}

static int cmp_json_str(const void *a, const void *b)
{
	return strcmp(json_string_value(*(json_t *const *)a),
	              json_string_value(*(json_t *const *)b));
}

static int sort_ids(json_t *ids, tf_error *err)
{
	size_t n = json_array_size(ids);
	if (n < 2)
		return 0;
	json_t **v = malloc(n * sizeof(*v));
	json_t *sorted = json_array();
	if (!v || !sorted) {
		free(v);
		json_decref(sorted);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		v[i] = json_array_get(ids, i);
	qsort(v, n, sizeof(*v), cmp_json_str);
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = json_array_append(sorted, v[i]);
	if (rc == 0)
		rc = json_array_clear(ids) || json_array_extend(ids, sorted);
	free(v);
	json_decref(sorted);
	return rc ? tf_error_set(err, TF_ENOMEM, "out of memory") : 0;
}

void tf_match_server_free(tf_match_server_src *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nq; i++) {
		free(s->q[i].type);
		json_decref(s->q[i].codes);
	}
	free(s->q);
	free(s->types);
	json_decref(s->ids);
	free(s);
}

int tf_match_server_open(tf_match_server_src **out, tf_client *c, const char *const *ids,
                         const tf_trial_set *ts, const char *as_of, int count, tf_error *err)
{
	*out = NULL;
	tf_match_server_src *s = calloc(1, sizeof(*s));
	if (!s || !(s->ids = json_array())) {
		free(s);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	s->c = c;
	s->count = count > 0 ? count : 100;
	int rc = 0;
	for (size_t i = 0; i < tf_trial_set_count(ts) && rc == 0; i++)
		rc = add_actions(s, json_object_get(tf_trial_set_plan(ts, i), "action"));
	if (rc == 0 && !(s->types = calloc(s->nq + 1, sizeof(char *))))
		rc = TF_ENOMEM;
	for (size_t i = 0; i < s->nq && rc == 0; i++) {
		s->types[i] = s->q[i].type;
		if (s->q[i].whole || json_array_size(s->q[i].codes) == 0)
			s->q[i].whole = 1;
		if (s->q[i].windowed &&
		    date_back(as_of, s->q[i].days, s->q[i].since, sizeof(s->q[i].since)) < 0)
			rc = tf_error_set(err, TF_EINVAL, "as-of date \"%s\" is not YYYY-MM-DD",
			                  as_of);
	}
	if (rc == TF_ENOMEM)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t i = 0; ids && ids[i] && rc == 0; i++)
		if (json_array_append_new(s->ids, json_string(ids[i])) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	if (rc == 0 && !ids) {
		/* every patient: only their ids, so the list stays small */
		static const char *const params[] = {"_elements", "id", NULL};
		tf_search_options so = TF_SEARCH_OPTIONS_INIT;
		so.count = s->count;
		tf_search_result sr;
		memset(&sr, 0, sizeof(sr));
		rc = tf_client_search(c, "Patient", params, &so, collect_id, s->ids, &sr, err);
		if (rc < 0)
			tf_error_prefix(err, "Patient search on %s: ", tf_client_base(c));
		else if (sr.incomplete)
			rc = tf_error_set(err, TF_EIO, "the Patient search on %s stopped early: %s",
			                  tf_client_base(c), sr.reason);
	}
	/* id order, whatever order the server lists them in: the report is
	 * then the same from run to run and server to server */
	if (rc == 0)
		rc = sort_ids(s->ids, err);
	if (rc < 0) {
		tf_match_server_free(s);
		return rc;
	}
	*out = s;
	return 0;
}

/* Errors after which nothing more can be fetched for the patient. */
static int fatal(int rc)
{
	return rc == TF_EAUTH || rc == TF_ETLS || rc == TF_ETLS_UNTRUSTED ||
	       rc == TF_ETLS_EXPIRED || rc == TF_ETLS_HOSTNAME || rc == TF_ETRANSPORT ||
	       rc == TF_ENOMEM;
}

/* Runs q for patient pid into arr; 1 when what came back is not all there
 * is (reason appended to why), 0 when complete, < 0 on a fatal error. */
static int run_query(tf_match_server_src *s, const query *q, const char *pid, json_t *arr,
                     tf_buf *why, tf_error *err)
{
	char *codes = NULL;
	tf_buf cb = TF_BUF_INIT;
	if (!q->whole) {
		const json_t *t;
		size_t i;
		json_array_foreach(q->codes, i, t)
		{
			tf_buf_printf(&cb, "%s%s", i ? "," : "", json_string_value(t));
		}
		if (cb.oom) {
			tf_buf_free(&cb);
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		}
		codes = cb.ptr;
	}
	char since[32];
	snprintf(since, sizeof(since), "ge%s", q->since);
	const char *params[8];
	size_t np = 0;
	params[np++] = "patient";
	params[np++] = pid;
	if (codes) {
		params[np++] = "code";
		params[np++] = codes;
	}
	if (q->windowed) {
		params[np++] = date_param(q->type);
		params[np++] = since;
	}
	params[np] = NULL;
	tf_search_options so = TF_SEARCH_OPTIONS_INIT;
	so.count = s->count;
	so.use_post = codes && strlen(codes) > 1500; /* keep URLs short */
	tf_search_result sr;
	memset(&sr, 0, sizeof(sr));
	size_t before = json_array_size(arr);
	tf_error e;
	tf_error_clear(&e);
	int rc = tf_client_search(s->c, q->type, params, &so, take_resource, arr, &sr, &e);
	tf_buf_free(&cb);
	if (rc < 0 && fatal(rc)) {
		if (err)
			*err = e;
		tf_error_prefix(err, "%s of Patient/%s: ", q->type, pid);
		return rc;
	}
	int incomplete = 0;
	if (rc < 0 || sr.incomplete) {
		tf_buf_printf(why, "%s%s: %s", why->len ? "; " : "", q->type,
		              rc < 0 ? e.message : sr.reason);
		incomplete = 1;
	}
	if (rc == 0 && !q->whole && json_array_size(arr) == before) {
		/* nothing matched: is there anything of the type at all? */
		const char *probe[] = {"patient", pid, NULL};
		so.use_post = 0;
		so.count = 1;
		so.max_resources = 1;
		so.max_pages = 1;
		memset(&sr, 0, sizeof(sr));
		tf_error_clear(&e);
		rc = tf_client_search(s->c, q->type, probe, &so, take_resource, arr, &sr, &e);
		if (rc < 0 && fatal(rc)) {
			if (err)
				*err = e;
			tf_error_prefix(err, "%s of Patient/%s: ", q->type, pid);
			return rc;
		}
		/* stopping after one is the point here, not a gap */
		if (rc < 0) {
			tf_buf_printf(why, "%s%s: %s", why->len ? "; " : "", q->type, e.message);
			incomplete = 1;
		}
	}
	return incomplete;
}

int tf_match_server_next(tf_match_server_src *s, tf_patient_context *out, tf_error *err)
{
	if (s->next >= json_array_size(s->ids))
		return TF_ITEROVER;
	const char *pid = json_string_value(json_array_get(s->ids, s->next++));
	json_t *patient = NULL;
	tf_error e;
	tf_error_clear(&e);
	int rc = tf_client_read(s->c, "Patient", pid, &patient, &e);
	if (rc < 0) {
		if (err)
			*err = e;
		tf_error_prefix(err, "Patient/%s: ", pid);
		return rc;
	}
	json_t *arr = json_array();
	tf_buf why = TF_BUF_INIT;
	int incomplete = 0;
	rc = arr ? json_array_append_new(arr, patient) : (json_decref(patient), -1);
	if (rc < 0)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t i = 0; i < s->nq && rc == 0; i++) {
		int r = run_query(s, &s->q[i], pid, arr, &why, err);
		if (r < 0)
			rc = r;
		else
			incomplete |= r;
	}
	if (rc == 0)
		rc = tf_patient_context_build(out, arr, (const char *const *)s->types, err);
	if (rc == 0 && incomplete) {
		out->incomplete = 1;
		tf_strlcpy(out->reason, why.ptr && !why.oom ? why.ptr : "a search failed",
		           sizeof(out->reason));
	}
	tf_buf_free(&why);
	json_decref(arr);
	return rc;
}
