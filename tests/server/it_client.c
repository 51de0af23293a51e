/*
 * it_client.c - the FHIR client against the real test server (Medplum's
 * engine behind tests/server/server.mjs): reads and writes with ETags and
 * statuses, conditional operations, transactions and batches, paging,
 * retries under scripted faults (429 storms with Retry-After, 503,
 * dropped connections before and after commit, stalls), redirects and
 * where credentials go, SMART Backend Services tokens (RS384, ES384, jti
 * replay, refresh on 401), TLS refusals with distinct errors, Bulk $export,
 * and redaction of verbose output. Each test resets the server first; the
 * server records every request so tests assert on what was really sent.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include "client/client_int.h"
#include "json/jsonx.h"

static char base[64];
static int port;

/* --- the server's control endpoints --- */

static size_t sink_buf(char *p, size_t s, size_t n, void *ud)
{
	tf_buf_put(ud, p, s * n);
	return s * n;
}

/* Sends a control request; returns the parsed JSON answer (new ref). */
static json_t *ctl(const char *method, const char *path, const char *body)
{
	char url[256];
	snprintf(url, sizeof(url), "%s%s", base, path);
	CURL *h = curl_easy_init();
	tf_buf b = TF_BUF_INIT;
	struct curl_slist *hl = curl_slist_append(NULL, "Content-Type: application/json");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	if (body)
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink_buf);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 30L);
	CURLcode rc = curl_easy_perform(h);
	curl_easy_cleanup(h);
	curl_slist_free_all(hl);
	assert_int_equal(rc, CURLE_OK);
	json_t *j = b.ptr ? json_loads(b.ptr, 0, NULL) : json_object();
	tf_buf_free(&b);
	assert_non_null(j);
	return j;
}

static void ctl0(const char *method, const char *path, const char *body)
{
	json_decref(ctl(method, path, body));
}

static int server_count(const char *type)
{
	char p[128];
	snprintf(p, sizeof(p), "/$count?type=%s", type);
	json_t *j = ctl("GET", p, NULL);
	int n = (int)json_integer_value(json_object_get(j, "count"));
	json_decref(j);
	return n;
}

/* Requests the server received whose "METHOD url" contains needle. */
static json_t *requests_matching(const char *needle)
{
	json_t *all = ctl("GET", "/$requests", NULL), *out = json_array();
	size_t i;
	json_t *r;
	json_array_foreach(all, i, r)
	{
		char key[2048];
		snprintf(key, sizeof(key), "%s %s", json_string_value(json_object_get(r, "method")),
		         json_string_value(json_object_get(r, "url")));
		if (!needle || strstr(key, needle))
			json_array_append(out, r);
	}
	json_decref(all);
	return out;
}

/* How many requests the server received whose "METHOD url" contains
 * needle. */
static size_t count_matching(const char *needle)
{
	json_t *reqs = requests_matching(needle);
	size_t n = json_array_size(reqs);
	json_decref(reqs);
	return n;
}

/* Makes the server accept only this bearer token and returns an auth that
 * sends it (read from TF_IT_TOKEN, as the CLI would). */
static tf_auth *bearer_auth(const char *token)
{
	char cfg[128];
	snprintf(cfg, sizeof(cfg), "{\"mode\":\"bearer\",\"tokens\":[\"%s\"]}", token);
	ctl0("POST", "/$auth", cfg);
	setenv("TF_IT_TOKEN", token, 1);
	tf_auth *a;
	tf_error err;
	assert_int_equal(tf_auth_new_bearer(&a, NULL, "TF_IT_TOKEN", &err), 0);
	return a;
}

static int reset(void **state)
{
	(void)state;
	ctl0("POST", "/$reset", NULL);
	return 0;
}

static tf_client *client_with(tf_client_options *o, tf_auth *auth)
{
	o->base_url = base;
	o->allow_loopback_http = 1;
	tf_client *c = NULL;
	tf_error err;
	if (tf_client_new(&c, o, auth, &err) < 0)
		fail_msg("tf_client_new: %s", err.message);
	return c;
}

/* A client with fast backoff, for tests that do not time Retry-After. */
static tf_client *fast_client(void)
{
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.02;
	o.backoff_cap_s = 0.2;
	return client_with(&o, NULL);
}

static json_t *patient(const char *id)
{
	return json_pack("{s:s, s:s, s:[{s:s, s:s}], s:[{s:s}], s:s}", "resourceType", "Patient",
	                 "id", id, "identifier", "system", "urn:test", "value", id, "name",
	                 "family", "Tester", "birthDate", "1970-01-01");
}

/* --- plain REST --- */

static void test_rest(void **state)
{
	(void)state;
	tf_client *c = fast_client();
	tf_error err;
	json_t *cs = NULL;
	assert_int_equal(tf_client_capabilities(c, &cs, &err), 0);
	json_decref(cs);
	json_t *p = patient("p1");
	tf_write_result w;
	assert_int_equal(tf_client_update(c, p, NULL, &w, &err), 0);
	assert_int_equal(w.status, 201);
	assert_true(w.created);
	assert_string_equal(w.id, "p1");
	assert_true(w.version[0]);
	char v1[65];
	snprintf(v1, sizeof(v1), "%s", w.version);
	tf_write_result_clear(&w);
	assert_int_equal(tf_client_update(c, p, v1, &w, &err), 0);
	assert_int_equal(w.status, 200);
	tf_write_result_clear(&w);
	/* stale If-Match: conflict, and nothing written */
	assert_int_equal(tf_client_update(c, p, v1, &w, &err), TF_ECONFLICT);
	assert_int_equal(w.status, 412);
	assert_non_null(w.outcome);
	tf_write_result_clear(&w);
	ctl0("POST", "/$fault", "{\"conflictStatus\":409}");
	assert_int_equal(tf_client_update(c, p, "nope", &w, &err), TF_ECONFLICT);
	assert_int_equal(w.status, 409);
	tf_write_result_clear(&w);
	json_t *got = NULL;
	assert_int_equal(tf_client_read(c, "Patient", "p1", &got, &err), 0);
	assert_string_equal(json_string_value(json_object_get(got, "birthDate")), "1970-01-01");
	json_decref(got);
	assert_int_equal(tf_client_vread(c, "Patient", "p1", v1, &got, &err), 0);
	json_decref(got);
	assert_int_equal(tf_client_read(c, "Patient", "nope", &got, &err), TF_ENOTFOUND);
	/* hostile ids never reach the server */
	assert_int_equal(tf_client_read(c, "Patient", "../x", &got, &err), TF_EINVAL);
	/* conditional create: the second finds the first */
	json_t *q = json_pack("{s:s, s:[{s:s, s:s}]}", "resourceType", "Patient", "identifier",
	                      "system", "urn:mrn", "value", "a&b=c d#e+f%g?");
	/* URL-level specials round-trip (Medplum does not implement FHIR's
	 * backslash escapes, so those are covered by the unit tests) */
	char *tok;
	assert_int_equal(tf_search_token("urn:mrn", "a&b=c d#e+f%g?", &tok), 0);
	const char *crit[] = {"identifier", tok, NULL};
	assert_int_equal(tf_client_create(c, q, crit, &w, &err), 0);
	assert_int_equal(w.status, 201);
	char id1[65];
	snprintf(id1, sizeof(id1), "%s", w.id);
	tf_write_result_clear(&w);
	assert_int_equal(tf_client_create(c, q, crit, &w, &err), 0);
	assert_int_equal(w.status, 200);
	assert_string_equal(w.id, id1);
	tf_write_result_clear(&w);
	free(tok);
	assert_int_equal(server_count("Patient"), 2);
	/* CR/LF in If-None-Exist is refused before anything is sent */
	const char *evil[] = {"identifier", "x\r\nX-Evil: 1", NULL};
	assert_int_equal(tf_client_create(c, q, evil, &w, &err), TF_EINVAL);
	/* conditional update with two matches: ambiguous, nothing new */
	json_t *d1 = patient("d1"), *d2 = patient("d2");
	json_object_set_new(d1, "identifier",
	                    json_pack("[{s:s, s:s}]", "system", "urn:dup", "value", "same"));
	json_object_set_new(d2, "identifier",
	                    json_pack("[{s:s, s:s}]", "system", "urn:dup", "value", "same"));
	assert_int_equal(tf_client_update(c, d1, NULL, NULL, &err), 0);
	assert_int_equal(tf_client_update(c, d2, NULL, NULL, &err), 0);
	json_t *d3 = json_pack("{s:s}", "resourceType", "Patient");
	const char *dup[] = {"identifier", "urn:dup|same", NULL};
	assert_int_equal(tf_client_update_conditional(c, d3, dup, &w, &err), TF_EAMBIGUOUS);
	tf_write_result_clear(&w);
	assert_int_equal(server_count("Patient"), 4);
	/* invalid resource: 4xx with the server's OperationOutcome, not retried */
	json_t *bad =
	        json_pack("{s:s, s:s, s:i}", "resourceType", "Patient", "id", "bad", "foo", 1);
	assert_int_equal(tf_client_update(c, bad, NULL, &w, &err), TF_EREJECTED);
	assert_int_equal(w.status, 422);
	assert_non_null(w.outcome);
	assert_non_null(strstr(err.message, "foo"));
	tf_write_result_clear(&w);
	assert_int_equal(count_matching("PUT /Patient/bad"), 1);
	assert_int_equal(tf_client_delete(c, "Patient", "p1", &err), 0);
	assert_int_equal(tf_client_read(c, "Patient", "p1", &got, &err), TF_ENOTFOUND);
	json_decref(p);
	json_decref(q);
	json_decref(d1);
	json_decref(d2);
	json_decref(d3);
	json_decref(bad);
	tf_client_free(c);
}

/* --- transaction and batch --- */

static json_t *bundle_of(const char *type, int n, int bad_at)
{
	json_t *b = json_pack("{s:s, s:s, s:[]}", "resourceType", "Bundle", "type", type, "entry");
	for (int i = 0; i < n; i++) {
		char id[32];
		snprintf(id, sizeof(id), "b%d", i);
		json_t *p = patient(id);
		if (i == bad_at)
			json_object_set_new(p, "gender", json_integer(3));
		char url[64];
		snprintf(url, sizeof(url), "Patient/%s", id);
		json_array_append_new(json_object_get(b, "entry"),
		                      json_pack("{s:o, s:{s:s, s:s}}", "resource", p, "request",
		                                "method", "PUT", "url", url));
	}
	return b;
}

static void test_bundles(void **state)
{
	(void)state;
	tf_client *c = fast_client();
	tf_error err;
	tf_bundle_result r;
	json_t *b = bundle_of("transaction", 50, 37);
	assert_int_equal(tf_client_bundle(c, b, &r, &err), TF_EREJECTED);
	assert_int_equal(r.committed, 0);
	assert_int_equal(r.failed, 50);
	assert_non_null(r.outcome);
	tf_bundle_result_clear(&r);
	json_decref(b);
	assert_int_equal(server_count("Patient"), 0);
	b = bundle_of("batch", 50, 37);
	assert_int_equal(tf_client_bundle(c, b, &r, &err), 0);
	assert_int_equal(r.committed, 49);
	assert_int_equal(r.failed, 1);
	assert_true(r.entries[37].status >= 400);
	assert_non_null(r.entries[37].outcome);
	tf_bundle_result_clear(&r);
	json_decref(b);
	assert_int_equal(server_count("Patient"), 49);
	b = bundle_of("transaction", 10, -1);
	assert_int_equal(tf_client_bundle(c, b, &r, &err), 0);
	assert_int_equal(r.committed, 10);
	tf_bundle_result_clear(&r);
	/* a response that does not match the request is refused */
	ctl0("POST", "/$fault", "{\"mode\":\"tx-short\",\"count\":1}");
	assert_int_equal(tf_client_bundle(c, b, &r, &err), TF_EPROTOCOL);
	assert_int_equal(r.committed, 0);
	tf_bundle_result_clear(&r);
	ctl0("POST", "/$fault", "{\"mode\":\"tx-reorder\",\"count\":1}");
	assert_int_equal(tf_client_bundle(c, b, &r, &err), TF_EPROTOCOL);
	assert_non_null(strstr(err.message, "order"));
	tf_bundle_result_clear(&r);
	json_decref(b);
	tf_client_free(c);
}

/* --- the server sink, 429 storm, 503 --- */

typedef struct {
	int ok, failed;
} tally;

static void count_report(void *ud, const char *type, const char *id, int rc, int status,
                         const tf_error *err, const json_t *outcome)
{
	tally *t = ud;
	(void)type;
	(void)id;
	(void)status;
	(void)err;
	(void)outcome;
	if (rc == 0)
		t->ok++;
	else
		t->failed++;
}

static double log_time(json_t *r)
{
	return (double)json_integer_value(json_object_get(r, "time")) / 1000.0;
}

static void push_n(tf_client_options *o, int n, tf_output_format fmt, tally *t)
{
	o->report = count_report;
	o->report_ud = t;
	tf_client *c = client_with(o, NULL);
	tf_sink_options so = TF_SINK_OPTIONS_INIT;
	so.format = fmt;
	so.bundle_type = TF_BUNDLE_BATCH;
	tf_sink *s;
	tf_error err;
	assert_int_equal(tf_sink_open_server(&s, c, &so, &err), 0);
	for (int i = 0; i < n; i++) {
		char id[32];
		snprintf(id, sizeof(id), "s%d", i);
		json_t *p = patient(id);
		if (tf_sink_write(s, p, &err) < 0)
			fail_msg("sink write: %s", err.message);
		json_decref(p);
	}
	if (tf_sink_close(s, &err) < 0)
		fail_msg("sink close: %s", err.message);
	tf_sink_free(s);
	tf_client_free(c);
}

static void test_429_storm(void **state)
{
	(void)state;
	/* Scenario 1, scaled from 10,000 records and Retry-After 2 s to 40
	 * records and Retry-After 1 s (the assertions are the scenario's). The
	 * same push without faults first, for the wall-time bound. */
	tf_client_options o0 = TF_CLIENT_OPTIONS_INIT;
	tally t0s = {0, 0};
	double t00 = tf_now();
	push_n(&o0, 40, TF_OUTPUT_NDJSON, &t0s);
	double nofault = tf_now() - t00;
	assert_int_equal(t0s.ok, 40);
	reset(NULL);
	ctl0("POST", "/$fault",
	     "{\"mode\":\"429\",\"every\":3,\"retryAfter\":1,\"match\":\"PUT\"}");
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	tally t = {0, 0};
	double t0 = tf_now();
	push_n(&o, 40, TF_OUTPUT_NDJSON, &t);
	double wall = tf_now() - t0;
	assert_int_equal(t.ok, 40);
	assert_int_equal(t.failed, 0);
	json_t *c = ctl("GET", "/$count?type=Patient", NULL);
	assert_int_equal(json_integer_value(json_object_get(c, "count")), 40);
	assert_int_equal(json_integer_value(json_object_get(c, "identifiers")), 40);
	json_decref(c);
	/* every retry came >= Retry-After (1 s, 50 ms tolerance) after its 429 */
	json_t *reqs = requests_matching("PUT /Patient/");
	size_t i, j, n429 = 0;
	json_t *r, *r2;
	json_array_foreach(reqs, i, r)
	{
		if (json_integer_value(json_object_get(r, "status")) != 429)
			continue;
		n429++;
		const char *url = json_string_value(json_object_get(r, "url"));
		int found = 0;
		json_array_foreach(reqs, j, r2)
		{
			if (j > i &&
			    strcmp(url, json_string_value(json_object_get(r2, "url"))) == 0) {
				assert_true(log_time(r2) - log_time(r) >= 0.95);
				found = 1;
				break;
			}
		}
		assert_true(found);
	}
	assert_true(n429 >= 13);
	json_decref(reqs);
	/* wall time <= 1.1 x (no-fault time + the sum of Retry-After) */
	if (wall > 1.1 * (nofault + (double)n429 * 1.0))
		fail_msg("429 storm took %.2f s: more than 1.1 x (%.2f s + %zu x 1 s)", wall,
		         nofault, n429);
	/* HTTP-date Retry-After, and the retry cap: 429 forever -> reported failed */
	reset(NULL);
	ctl0("POST", "/$fault", "{\"mode\":\"429\",\"retryAfterDate\":1,\"match\":\"s0\"}");
	tf_client_options o2 = TF_CLIENT_OPTIONS_INIT;
	o2.max_retries = 2;
	tally t2 = {0, 0};
	push_n(&o2, 3, TF_OUTPUT_NDJSON, &t2);
	assert_int_equal(t2.ok, 2);
	assert_int_equal(t2.failed, 1);
	assert_int_equal(count_matching("PUT /Patient/s0"), 3);
	/* a Retry-After beyond max_wait fails at once with its own code */
	reset(NULL);
	ctl0("POST", "/$fault", "{\"mode\":\"429\",\"retryAfter\":86400}");
	tf_client *cl = fast_client();
	json_t *got;
	tf_error err;
	assert_int_equal(tf_client_read(cl, "Patient", "x", &got, &err), TF_EWAIT);
	tf_client_free(cl);
}

static void test_503_and_batches(void **state)
{
	(void)state;
	ctl0("POST", "/$fault", "{\"mode\":\"503\",\"every\":2,\"count\":3}");
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.05;
	o.bundle_size = 10;
	tally t = {0, 0};
	push_n(&o, 45, TF_OUTPUT_BUNDLE, &t);
	assert_int_equal(t.ok, 45);
	assert_int_equal(server_count("Patient"), 45);
	/* re-push: updates, no duplicates */
	tally t2 = {0, 0};
	push_n(&o, 45, TF_OUTPUT_BUNDLE, &t2);
	assert_int_equal(t2.ok, 45);
	assert_int_equal(server_count("Patient"), 45);
	/* 503 for ever: given up after the retry cap */
	ctl0("POST", "/$fault", "{\"mode\":\"503\"}");
	tf_client_options o3 = TF_CLIENT_OPTIONS_INIT;
	o3.backoff_base_s = 0.01;
	o3.max_retries = 3;
	tf_client *c = client_with(&o3, NULL);
	json_t *got;
	tf_error err;
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tf_client_read(c, "Patient", "s1", &got, &err), TF_EHTTP);
	assert_int_equal(count_matching("GET /Patient/s1"), 4);
	/* 400 is never retried */
	ctl0("POST", "/$fault", "{\"mode\":\"status\",\"status\":400}");
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tf_client_read(c, "Patient", "s1", &got, &err), TF_EREJECTED);
	assert_int_equal(count_matching("GET /Patient/s1"), 1);
	tf_client_free(c);
}

/* --- scenario 8: version conflicts on If-Match --- */

typedef struct {
	tf_client *other; /* the second writer */
	int interfere;    /* the other writer gets in first this many times */
	int calls;
	int others;
} modctx;

static void add_family(json_t *res, const char *family)
{
	json_t *names = json_object_get(res, "name");
	if (!names) {
		names = json_array();
		json_object_set_new(res, "name", names);
	}
	json_array_append_new(names, json_pack("{s:s}", "family", family));
}

/* Writer A's change: a name "A". While A holds the version it read, the
 * other writer may update the resource (a name "B<n>"), so A's If-Match
 * is stale. */
static int change_a(void *ud, json_t *res, tf_error *err)
{
	modctx *m = ud;
	m->calls++;
	add_family(res, "A");
	if (m->interfere-- > 0) {
		json_t *cur = NULL;
		assert_int_equal(tf_client_read(m->other, "Patient", "w1", &cur, err), 0);
		char fam[16];
		snprintf(fam, sizeof(fam), "B%d", ++m->others);
		add_family(cur, fam);
		assert_int_equal(tf_client_update(m->other, cur, NULL, NULL, err), 0);
		json_decref(cur);
	}
	return 0;
}

static int has_family(const json_t *res, const char *family)
{
	size_t i;
	json_t *n;
	json_array_foreach(json_object_get(res, "name"), i, n)
	{
		if (tf_streq(json_string_value(json_object_get(n, "family")), family))
			return 1;
	}
	return 0;
}

/* PUTs to Patient/w1 that carried If-Match (writer A's; B sends none). */
static size_t if_match_puts(void)
{
	json_t *reqs = requests_matching("PUT /Patient/w1");
	size_t i, n = 0;
	json_t *r;
	json_array_foreach(reqs, i, r)
	{
		if (json_object_get(json_object_get(r, "headers"), "if-match"))
			n++;
	}
	json_decref(reqs);
	return n;
}

static void test_version_conflict(void **state)
{
	(void)state;
	tf_client *a = fast_client(), *b = fast_client();
	tf_error err;
	for (int pass = 0; pass < 2; pass++) {
		/* both statuses servers use for a stale If-Match: 412, 409 */
		reset(NULL);
		if (pass)
			ctl0("POST", "/$fault", "{\"conflictStatus\":409}");
		json_t *p = patient("w1");
		assert_int_equal(tf_client_update(a, p, NULL, NULL, &err), 0);
		json_decref(p);
		modctx m = {b, 1, 0, 0};
		tf_write_result w;
		assert_int_equal(
		        tf_client_update_with(a, "Patient", "w1", change_a, &m, -1, &w, &err), 0);
		assert_int_equal(w.status, 200);
		tf_write_result_clear(&w);
		/* conflict seen, re-read, re-applied: both changes are there */
		assert_int_equal(m.calls, 2);
		json_t *got = NULL;
		assert_int_equal(tf_client_read(a, "Patient", "w1", &got, &err), 0);
		assert_true(has_family(got, "A"));
		assert_true(has_family(got, "B1"));
		json_decref(got);
		assert_int_equal(if_match_puts(), 2);
		json_t *conflicts = requests_matching("PUT /Patient/w1");
		size_t i, n409 = 0;
		json_t *r;
		json_array_foreach(conflicts, i, r)
		{
			if (json_integer_value(json_object_get(r, "status")) == (pass ? 409 : 412))
				n409++;
		}
		assert_int_equal(n409, 1);
		json_decref(conflicts);
	}
	/* the other writer always wins: after 1 + 3 tries the record fails, and
	 * every try carried If-Match (never dropped to force the write) */
	ctl0("DELETE", "/$requests", NULL);
	modctx m = {b, 100, 0, 0};
	assert_int_equal(tf_client_update_with(a, "Patient", "w1", change_a, &m, -1, NULL, &err),
	                 TF_ECONFLICT);
	assert_int_equal(m.calls, 4);
	assert_int_equal(if_match_puts(), 4);
	json_t *got = NULL;
	assert_int_equal(tf_client_read(a, "Patient", "w1", &got, &err), 0);
	assert_true(has_family(got, "B4")); /* nothing of B's was overwritten */
	json_decref(got);
	/* nothing to modify */
	assert_int_equal(tf_client_update_with(a, "Patient", "nope", change_a, &m, -1, NULL, &err),
	                 TF_ENOTFOUND);
	tf_client_free(a);
	tf_client_free(b);
}

/* --- scenario 9: the conditional-create race --- */

static void test_create_race(void **state)
{
	(void)state;
	/* The control: with the server's racy conditional create (search,
	 * 200 ms, create), 8 conditional creates of one identifier sent at
	 * once make duplicates; this is the race the sink must not run. */
	ctl0("POST", "/$fault", "{\"mode\":\"racy-create\",\"delayMs\":200}");
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.max_in_flight = 8;
	tf_client *c = client_with(&o, NULL);
	tf_http_req *reqs[8];
	char url[128];
	snprintf(url, sizeof(url), "%s/Patient", base);
	for (int i = 0; i < 8; i++) {
		reqs[i] = tf_http_req_new("POST", url);
		json_t *p = json_pack("{s:s, s:[{s:s, s:s}]}", "resourceType", "Patient",
		                      "identifier", "system", "urn:race", "value", "x");
		assert_int_equal(tf_http_req_set_json(reqs[i], p, NULL), 0);
		assert_int_equal(tf_header_add(&reqs[i]->headers, "If-None-Exist",
		                               "identifier=urn:race|x", NULL),
		                 0);
		json_decref(p);
	}
	assert_int_equal(tf_http_run(c, reqs, 8), 0);
	for (int i = 0; i < 8; i++)
		tf_http_req_free(reqs[i]);
	tf_client_free(c);
	assert_true(server_count("Patient") > 1);

	/* RELIABILITY.md: 8 workers x 1,000 identifiers, scaled to 8 x 40 (the
	 * ratio, 8 writes per identifier, kept): the server sink with 8
	 * requests in flight, every identifier written 8 times in a row (the
	 * worst case), by conditional update. Pass: the server never had more
	 * than 1 conditional create in flight per identifier, and holds
	 * exactly 40 resources. */
	reset(NULL);
	ctl0("POST", "/$fault", "{\"mode\":\"racy-create\",\"delayMs\":50}");
	enum { N = 40, W = 8 };
	tally t = {0, 0};
	o.report = count_report;
	o.report_ud = &t;
	c = client_with(&o, NULL);
	tf_sink_options so = TF_SINK_OPTIONS_INIT;
	so.format = TF_OUTPUT_NDJSON;
	tf_server_sink_options sso = TF_SERVER_SINK_OPTIONS_INIT;
	sso.match_identifier = 1;
	tf_sink *s;
	tf_error err;
	assert_int_equal(tf_sink_open_server_ex(&s, c, &so, &sso, &err), 0);
	for (int i = 0; i < N; i++) {
		for (int w = 0; w < W; w++) {
			char id[32], val[32];
			snprintf(id, sizeof(id), "r%d-w%d", i, w);
			snprintf(val, sizeof(val), "id-%d", i);
			json_t *p =
			        json_pack("{s:s, s:s, s:[{s:s, s:s}], s:s}", "resourceType",
			                  "Patient", "id", id, "identifier", "system", "urn:race",
			                  "value", val, "gender", w % 2 ? "male" : "female");
			if (tf_sink_write(s, p, &err) < 0)
				fail_msg("sink write: %s", err.message);
			json_decref(p);
		}
	}
	if (tf_sink_close(s, &err) < 0)
		fail_msg("sink close: %s", err.message);
	tf_sink_free(s);
	tf_client_free(c);
	assert_int_equal(t.ok, N * W);
	assert_int_equal(t.failed, 0);
	json_t *st = ctl("GET", "/$stats", NULL);
	assert_int_equal(json_integer_value(json_object_get(st, "maxInflightCreate")), 1);
	json_decref(st);
	json_t *cnt = ctl("GET", "/$count?type=Patient", NULL);
	assert_int_equal(json_integer_value(json_object_get(cnt, "count")), N);
	assert_int_equal(json_integer_value(json_object_get(cnt, "identifiers")), N);
	json_decref(cnt);
}

/* --- connection drops: unknown outcome vs retry --- */

static void test_drops(void **state)
{
	(void)state;
	tf_client *c = fast_client();
	tf_error err;
	tf_write_result w;
	json_t *p = json_pack("{s:s, s:[{s:s}]}", "resourceType", "Patient", "name", "family", "X");
	ctl0("POST", "/$fault", "{\"mode\":\"drop-after\",\"count\":1,\"match\":\"POST\"}");
	assert_int_equal(tf_client_create(c, p, NULL, &w, &err), TF_EUNKNOWN_OUTCOME);
	tf_write_result_clear(&w);
	assert_int_equal(count_matching("POST /Patient"), 1); /* never re-sent */
	assert_int_equal(server_count("Patient"), 1);         /* it was committed */
	/* the idempotent forms are retried: PUT by id, conditional create */
	json_t *q = patient("q1");
	ctl0("POST", "/$fault", "{\"mode\":\"drop-after\",\"count\":1,\"match\":\"PUT\"}");
	assert_int_equal(tf_client_update(c, q, NULL, &w, &err), 0);
	tf_write_result_clear(&w);
	assert_int_equal(count_matching("PUT /Patient/q1"), 2);
	ctl0("POST", "/$fault", "{\"mode\":\"drop-before\",\"count\":1,\"match\":\"POST\"}");
	json_t *r = json_pack("{s:s, s:[{s:s, s:s}]}", "resourceType", "Patient", "identifier",
	                      "system", "urn:c", "value", "1");
	const char *c1[] = {"identifier", "urn:c|1", NULL};
	assert_int_equal(tf_client_create(c, r, c1, &w, &err), 0);
	tf_write_result_clear(&w);
	assert_int_equal(server_count("Patient"), 3);
	tf_client_free(c);
	/* connection refused before anything is sent: a POST may be retried */
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.base_url = "http://127.0.0.1:1";
	o.allow_loopback_http = 1;
	o.max_retries = 1;
	o.backoff_base_s = 0.01;
	tf_client *dead;
	assert_int_equal(tf_client_new(&dead, &o, NULL, &err), 0);
	assert_int_equal(tf_client_create(dead, p, NULL, &w, &err), TF_ETRANSPORT);
	assert_int_equal(tf_client_request_count(dead), 2);
	tf_client_free(dead);
	json_decref(p);
	json_decref(q);
	json_decref(r);
}

static void test_stalls(void **state)
{
	(void)state;
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.timeout_ms = 1500;
	o.max_retries = 0;
	tf_client *c = client_with(&o, NULL);
	json_t *got;
	tf_error err;
	ctl0("POST", "/$fault", "{\"mode\":\"stall\",\"stallMs\":5000,\"count\":1}");
	double t0 = tf_now();
	assert_int_equal(tf_client_read(c, "Patient", "x", &got, &err), TF_ETIMEOUT);
	assert_true(tf_now() - t0 < 3.0);
	tf_client_free(c);
	tf_client_options o2 = TF_CLIENT_OPTIONS_INIT;
	o2.low_speed_time_s = 2;
	o2.max_retries = 0;
	c = client_with(&o2, NULL);
	ctl0("POST", "/$fault",
	     "{\"mode\":\"slowloris\",\"delayMs\":3000,\"stallMs\":8000,\"count\":1}");
	t0 = tf_now();
	assert_int_equal(tf_client_read(c, "Patient", "x", &got, &err), TF_ETIMEOUT);
	assert_true(tf_now() - t0 < 7.0);
	tf_client_free(c);
	/* In a job, the stalled record fails and the others go on; the sink
	 * closes, so no worker is left hanging. */
	reset(NULL);
	ctl0("POST", "/$fault",
	     "{\"mode\":\"stall\",\"stallMs\":5000,\"count\":1,\"match\":\"/Patient/s2\"}");
	tf_client_options o3 = TF_CLIENT_OPTIONS_INIT;
	o3.timeout_ms = 1500;
	o3.max_retries = 0;
	tally t = {0, 0};
	push_n(&o3, 6, TF_OUTPUT_NDJSON, &t);
	assert_int_equal(t.ok, 5);
	assert_int_equal(t.failed, 1);
	assert_int_equal(server_count("Patient"), 5);
}

static int collect_ids(void *ud, const json_t *res, tf_error *err)
{
	(void)err;
	json_array_append_new(ud, json_string(json_string_value(json_object_get(res, "id"))));
	return 0;
}

/* --- scenario 3, scaled: commit-then-drop on 10% of 100 creates --- */

typedef struct {
	int ok, unknown, other;
} outcomes;

static void test_commit_drops(void **state)
{
	(void)state;
	/* RELIABILITY.md: 1,000 creates with 10% dropped after commit; here
	 * 100 of each idempotent form and 40 plain POSTs, every 10th dropped. */
	tf_client *c = fast_client();
	tf_error err;
	tf_write_result w;
	ctl0("POST", "/$fault", "{\"mode\":\"drop-after\",\"every\":10,\"match\":\"PUT\"}");
	for (int i = 0; i < 100; i++) {
		char id[32];
		snprintf(id, sizeof(id), "cd%d", i);
		json_t *p = patient(id);
		if (tf_client_update(c, p, NULL, &w, &err) < 0)
			fail_msg("PUT %s: %s", id, err.message);
		tf_write_result_clear(&w);
		json_decref(p);
	}
	json_t *cnt = ctl("GET", "/$count?type=Patient", NULL);
	assert_int_equal(json_integer_value(json_object_get(cnt, "count")), 100);
	assert_int_equal(json_integer_value(json_object_get(cnt, "identifiers")), 100);
	json_decref(cnt);
	json_t *reqs = requests_matching("PUT /Patient/cd");
	assert_true(json_array_size(reqs) >= 110); /* the dropped ones were sent again */
	json_decref(reqs);
	/* conditional create (If-None-Exist): retried, still one each */
	reset(NULL);
	ctl0("POST", "/$fault", "{\"mode\":\"drop-after\",\"every\":10,\"match\":\"POST\"}");
	for (int i = 0; i < 100; i++) {
		char v[32], crit[64];
		snprintf(v, sizeof(v), "ce%d", i);
		snprintf(crit, sizeof(crit), "urn:test|%s", v);
		json_t *p = json_pack("{s:s, s:[{s:s, s:s}]}", "resourceType", "Patient",
		                      "identifier", "system", "urn:test", "value", v);
		const char *c1[] = {"identifier", crit, NULL};
		if (tf_client_create(c, p, c1, &w, &err) < 0)
			fail_msg("conditional create %s: %s", v, err.message);
		tf_write_result_clear(&w);
		json_decref(p);
	}
	cnt = ctl("GET", "/$count?type=Patient", NULL);
	assert_int_equal(json_integer_value(json_object_get(cnt, "count")), 100);
	assert_int_equal(json_integer_value(json_object_get(cnt, "identifiers")), 100);
	json_decref(cnt);
	/* plain POST: never re-sent; the dropped ones are "unknown outcome",
	 * every record ends in a terminal state, and the server holds all */
	reset(NULL);
	ctl0("POST", "/$fault", "{\"mode\":\"drop-after\",\"every\":10,\"match\":\"POST\"}");
	outcomes oc = {0, 0, 0};
	for (int i = 0; i < 40; i++) {
		json_t *p = json_pack("{s:s, s:[{s:s}]}", "resourceType", "Patient", "name",
		                      "family", "Plain");
		int rc = tf_client_create(c, p, NULL, &w, &err);
		tf_write_result_clear(&w);
		json_decref(p);
		if (rc == 0)
			oc.ok++;
		else if (rc == TF_EUNKNOWN_OUTCOME)
			oc.unknown++;
		else
			oc.other++;
	}
	assert_int_equal(oc.ok, 36);
	assert_int_equal(oc.unknown, 4);
	assert_int_equal(oc.other, 0);
	assert_int_equal(count_matching("POST /Patient"), 40);
	assert_int_equal(server_count("Patient"), 40);
	tf_client_free(c);
}

/* --- scenario 4: which statuses are retried --- */

static void test_status_retry(void **state)
{
	(void)state;
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.01;
	o.backoff_cap_s = 0.05;
	o.max_retries = 2;
	tf_client *c = client_with(&o, NULL);
	json_t *p = patient("st1");
	tf_error err;
	assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
	json_decref(p);
	/* 4xx other than 408/409/412/429: sent once */
	static const int never[] = {400, 401, 403, 404, 405, 410, 413, 415, 422, 431};
	for (size_t i = 0; i < sizeof(never) / sizeof(never[0]); i++) {
		char f[128];
		snprintf(f, sizeof(f), "{\"mode\":\"status\",\"status\":%d,\"count\":5}", never[i]);
		ctl0("POST", "/$fault", f);
		ctl0("DELETE", "/$requests", NULL);
		json_t *got = NULL;
		assert_true(tf_client_read(c, "Patient", "st1", &got, &err) < 0);
		json_t *reqs = requests_matching("GET /Patient/st1");
		if (json_array_size(reqs) != 1)
			fail_msg("HTTP %d was sent %zu times", never[i], json_array_size(reqs));
		json_decref(reqs);
	}
	/* 408, 429, 5xx: retried until the cap, then failed */
	static const int again[] = {408, 429, 500, 502, 503, 504};
	for (size_t i = 0; i < sizeof(again) / sizeof(again[0]); i++) {
		char f[128];
		snprintf(f, sizeof(f), "{\"mode\":\"status\",\"status\":%d}", again[i]);
		ctl0("POST", "/$fault", f);
		ctl0("DELETE", "/$requests", NULL);
		json_t *got = NULL;
		assert_true(tf_client_read(c, "Patient", "st1", &got, &err) < 0);
		json_t *reqs = requests_matching("GET /Patient/st1");
		if (json_array_size(reqs) != 3)
			fail_msg("HTTP %d was sent %zu times, want 1 + 2 retries", again[i],
			         json_array_size(reqs));
		json_decref(reqs);
	}
	/* an unreadable Retry-After falls back to backoff: retried, then fine */
	ctl0("POST", "/$fault", "{\"mode\":\"429\",\"retryAfterRaw\":\"abc\",\"count\":1}");
	ctl0("DELETE", "/$requests", NULL);
	json_t *got = NULL;
	assert_int_equal(tf_client_read(c, "Patient", "st1", &got, &err), 0);
	json_decref(got);
	assert_int_equal(count_matching("GET /Patient/st1"), 2);
	ctl0("POST", "/$fault", "{}");
	tf_client_free(c);
}

/* --- scenario 23: injection, and a round trip that finds exactly one --- */

static void test_injection(void **state)
{
	(void)state;
	tf_client *c = fast_client();
	tf_error err;
	/* identifiers that differ only past a URL special character */
	static const char *const values[] = {"x",   "x&y=z", "x y", "x#y", "x?y",
	                                     "x+y", "x%y",   "x=y", "Ünï"};
	size_t nv = sizeof(values) / sizeof(values[0]);
	for (size_t i = 0; i < nv; i++) {
		char id[16];
		snprintf(id, sizeof(id), "inj%zu", i);
		json_t *p = json_pack("{s:s, s:s, s:[{s:s, s:s}]}", "resourceType", "Patient", "id",
		                      id, "identifier", "system", "urn:inj", "value", values[i]);
		assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
		json_decref(p);
	}
	for (size_t i = 0; i < nv; i++) {
		char *tok;
		assert_int_equal(tf_search_token("urn:inj", values[i], &tok), 0);
		const char *params[] = {"identifier", tok, NULL};
		json_t *found = json_array();
		assert_int_equal(tf_client_search(c, "Patient", params, NULL, collect_ids, found,
		                                  NULL, &err),
		                 0);
		char want[16];
		snprintf(want, sizeof(want), "inj%zu", i);
		if (json_array_size(found) != 1 ||
		    strcmp(json_string_value(json_array_get(found, 0)), want) != 0)
			fail_msg("search for '%s' found %zu resources, want only %s", values[i],
			         json_array_size(found), want);
		json_decref(found);
		free(tok);
	}
	/* CR/LF in any header value: refused before sending, nothing injected */
	ctl0("DELETE", "/$requests", NULL);
	json_t *q = patient("inj-h");
	tf_write_result w;
	const char *crlf[] = {"identifier", "urn:inj|a\r\nX-Injected: 1", NULL};
	assert_int_equal(tf_client_create(c, q, crlf, &w, &err), TF_EINVAL);
	const char *lf[] = {"identifier", "urn:inj|a\nX-Injected: 1", NULL};
	assert_int_equal(tf_client_update_conditional(c, q, lf, &w, &err), TF_EINVAL);
	assert_int_equal(tf_client_update(c, q, "1\r\nX-Injected: 1", &w, &err), TF_EINVAL);
	json_t *all = ctl("GET", "/$requests", NULL);
	size_t i;
	json_t *r;
	json_array_foreach(all, i, r)
	{
		assert_null(json_object_get(json_object_get(r, "headers"), "x-injected"));
	}
	assert_int_equal(json_array_size(all), 0);
	json_decref(all);
	json_decref(q);
	tf_client_free(c);
}

/* --- paging --- */

static int count_cb(void *ud, const json_t *res, tf_error *err)
{
	(void)res;
	(void)err;
	(*(int *)ud)++;
	return 0;
}

static void test_paging(void **state)
{
	(void)state;
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.bundle_size = 150;
	tally t = {0, 0};
	push_n(&o, 150, TF_OUTPUT_BUNDLE, &t);
	assert_int_equal(t.ok, 150);
	tf_error err;
	tf_auth *a = bearer_auth("tok-PAGING");
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.backoff_base_s = 0.02;
	tf_client *c = client_with(&co, a);
	/* page 13 answers 503 twice: retried */
	ctl0("POST", "/$fault", "{\"mode\":\"503\",\"count\":2,\"match\":\"_offset=72\"}");
	tf_search_options so = TF_SEARCH_OPTIONS_INIT;
	so.count = 6;
	tf_search_result sr;
	int n = 0;
	const char *params[] = {"birthdate", "1970-01-01", NULL};
	assert_int_equal(tf_client_search(c, "Patient", params, &so, count_cb, &n, &sr, &err), 0);
	assert_int_equal(n, 150);
	assert_int_equal(sr.resources, 150);
	assert_int_equal(sr.duplicates, 0);
	assert_int_equal(sr.pages, 25);
	assert_false(sr.incomplete);
	/* page 20's next link points at another host: not followed */
	char fault[256];
	snprintf(fault, sizeof(fault),
	         "{\"nextHost\":{\"page\":20,\"origin\":\"http://localhost:%d\"}}", port);
	ctl0("POST", "/$fault", fault);
	ctl0("DELETE", "/$requests", NULL);
	n = 0;
	so.use_post = 1;
	assert_int_equal(tf_client_search(c, "Patient", params, &so, count_cb, &n, &sr, &err), 0);
	assert_int_equal(n, 120);
	assert_true(sr.incomplete);
	assert_non_null(strstr(sr.reason, "localhost"));
	json_t *all = ctl("GET", "/$requests", NULL);
	size_t i;
	json_t *r;
	json_array_foreach(all, i, r)
	{
		const char *host =
		        json_string_value(json_object_get(json_object_get(r, "headers"), "host"));
		assert_null(strstr(host, "localhost"));
	}
	assert_int_equal(json_array_size(all), 20);
	json_decref(all);
	tf_client_free(c);
}

/* --- redirects and where credentials go --- */

static void test_redirects(void **state)
{
	(void)state;
	tf_error err;
	tf_auth *a = bearer_auth("tok-REDIR");
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.backoff_base_s = 0.02;
	tf_client *c = client_with(&co, a);
	json_t *p = patient("r1");
	assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
	json_t *got;
	/* same origin: followed with the token */
	char fault[512];
	snprintf(fault, sizeof(fault),
	         "{\"mode\":\"redirect\",\"status\":302,\"count\":1,\"match\":\"GET /Patient/rx\","
	         "\"location\":\"%s/Patient/r1\"}",
	         base);
	ctl0("POST", "/$fault", fault);
	assert_int_equal(tf_client_read(c, "Patient", "rx", &got, &err), 0);
	json_decref(got);
	/* other host: followed without the token (and so refused) */
	snprintf(fault, sizeof(fault),
	         "{\"mode\":\"redirect\",\"status\":307,\"count\":1,\"match\":\"GET /Patient/ry\","
	         "\"location\":\"http://localhost:%d/Patient/r1\"}",
	         port);
	ctl0("POST", "/$fault", fault);
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tf_client_read(c, "Patient", "ry", &got, &err), TF_EAUTH);
	json_t *all = ctl("GET", "/$requests", NULL);
	assert_int_equal(json_array_size(all), 2);
	json_t *second = json_object_get(json_array_get(all, 1), "headers");
	assert_non_null(strstr(json_string_value(json_object_get(second, "host")), "localhost"));
	assert_null(json_object_get(second, "authorization"));
	json_decref(all);
	/* file:, loops, and writes are never followed */
	ctl0("POST", "/$fault",
	     "{\"mode\":\"redirect\",\"count\":1,\"location\":\"file:///etc/passwd\"}");
	assert_int_equal(tf_client_read(c, "Patient", "r1", &got, &err), TF_EREDIRECT);
	ctl0("POST", "/$fault", "{\"mode\":\"redirect\",\"location\":\"{path}\"}");
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tf_client_read(c, "Patient", "r1", &got, &err), TF_EREDIRECT);
	all = ctl("GET", "/$requests", NULL);
	assert_true(json_array_size(all) <= 6);
	json_decref(all);
	snprintf(fault, sizeof(fault),
	         "{\"mode\":\"redirect\",\"status\":307,\"location\":\"%s/Patient/r1\"}", base);
	ctl0("POST", "/$fault", fault);
	assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), TF_EREDIRECT);
	json_decref(p);
	tf_client_free(c);
}

/* --- SMART Backend Services --- */

static void write_keys(tf_jwt_alg alg, const char *priv_path, char **pub_pem)
{
	EVP_PKEY *k = alg == TF_JWT_RS384 ? EVP_RSA_gen(2048) : EVP_EC_gen("P-384");
	assert_non_null(k);
	FILE *fp = fopen(priv_path, "w");
	assert_non_null(fp);
	PEM_write_PrivateKey(fp, k, NULL, NULL, 0, NULL, NULL);
	fclose(fp);
	BIO *b = BIO_new(BIO_s_mem());
	PEM_write_bio_PUBKEY(b, k);
	char *data;
	long len = BIO_get_mem_data(b, &data);
	*pub_pem = strndup(data, (size_t)len);
	BIO_free(b);
	EVP_PKEY_free(k);
}

static void smart_flow(tf_jwt_alg alg)
{
	char key[] = "/tmp/tf-it-key-XXXXXX";
	int fd = mkstemp(key);
	assert_true(fd >= 0);
	close(fd);
	char *pub;
	write_keys(alg, key, &pub);
	const char *cid = alg == TF_JWT_RS384 ? "client-rs" : "client-es";
	json_t *reg =
	        json_pack("{s:s, s:s, s:s}", "client_id", cid, "kid", "k1", "publicKeyPem", pub);
	char *regs = json_dumps(reg, 0);
	ctl0("POST", "/$register-client", regs);
	free(regs);
	json_decref(reg);
	free(pub);
	ctl0("POST", "/$auth", "{\"mode\":\"smart\"}");
	tf_smart_options so = TF_SMART_OPTIONS_INIT;
	so.client_id = cid;
	so.key_file = key;
	so.kid = "k1";
	so.alg = alg;
	tf_auth *a;
	tf_error err;
	assert_int_equal(tf_auth_new_smart(&a, &so, &err), 0);
	unlink(key);
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.backoff_base_s = 0.02;
	tf_client *c = client_with(&co, a);
	json_t *p = patient("sm1"), *got;
	if (tf_client_update(c, p, NULL, NULL, &err) < 0)
		fail_msg("update with SMART token: %s", err.message);
	assert_int_equal(tf_client_read(c, "Patient", "sm1", &got, &err), 0);
	json_decref(got);
	assert_int_equal(tf_client_read(c, "Patient", "sm1", &got, &err), 0);
	json_decref(got);
	assert_int_equal(count_matching("POST /auth/token"), 1); /* cached */
	assert_int_equal(count_matching("GET /.well-known/smart-configuration"), 1);
	/* tokens revoked: 401, one refresh, success */
	ctl0("POST", "/$auth", "{\"revoke\":true}");
	assert_int_equal(tf_client_read(c, "Patient", "sm1", &got, &err), 0);
	json_decref(got);
	json_t *tok = requests_matching("POST /auth/token");
	assert_int_equal(json_array_size(tok), 2);
	/* client credentials each time, never a refresh token */
	size_t ti;
	json_t *tr;
	json_array_foreach(tok, ti, tr)
	{
		const char *tb = json_string_value(json_object_get(tr, "body"));
		assert_non_null(strstr(tb, "grant_type=client_credentials"));
		assert_null(strstr(tb, "refresh_token"));
	}
	/* replaying an assertion is refused */
	const char *body = json_string_value(json_object_get(json_array_get(tok, 0), "body"));
	char url[128];
	snprintf(url, sizeof(url), "%s/auth/token", base);
	long status = 0;
	char *resp = NULL;
	assert_int_equal(tf_client_raw_request(c, "POST", url, "application/x-www-form-urlencoded",
	                                       body, strlen(body), &status, &resp, NULL, &err),
	                 0);
	assert_int_equal(status, 401);
	assert_non_null(strstr(resp, "jti"));
	free(resp);
	json_decref(tok);
	/* short-lived tokens are renewed before they expire (80%) */
	ctl0("POST", "/$auth", "{\"tokenLifetime\":2,\"revoke\":true}");
	assert_int_equal(tf_client_read(c, "Patient", "sm1", &got, &err), 0);
	json_decref(got);
	struct timespec nap = {1, 700000000L};
	nanosleep(&nap, NULL);
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tf_client_read(c, "Patient", "sm1", &got, &err), 0);
	json_decref(got);
	json_t *all = ctl("GET", "/$requests", NULL);
	assert_int_equal(json_array_size(all), 2); /* token, then the read: no 401 */
	json_decref(all);
	json_decref(p);
	tf_client_free(c);
}

static void test_smart_rs384(void **state)
{
	(void)state;
	smart_flow(TF_JWT_RS384);
}

static void test_smart_es384(void **state)
{
	(void)state;
	smart_flow(TF_JWT_ES384);
}

/* --- TLS --- */

static int listen_tls(const char *dir, const char *name, int require_client)
{
	char path[512];
	char *cert, *key, *ca;
	size_t l;
	snprintf(path, sizeof(path), "%s/%s.pem", dir, name);
	assert_int_equal(tf_read_file(path, 1 << 20, &cert, &l, NULL), 0);
	snprintf(path, sizeof(path), "%s/%s.key", dir, name);
	assert_int_equal(tf_read_file(path, 1 << 20, &key, &l, NULL), 0);
	snprintf(path, sizeof(path), "%s/ca.pem", dir);
	assert_int_equal(tf_read_file(path, 1 << 20, &ca, &l, NULL), 0);
	json_t *req = json_pack("{s:{s:s, s:s, s:s, s:b}}", "tls", "cert", cert, "key", key, "ca",
	                        ca, "requireClientCert", require_client);
	char *s = json_dumps(req, 0);
	json_t *r = ctl("POST", "/$listen", s);
	int p = (int)json_integer_value(json_object_get(r, "port"));
	json_decref(r);
	free(s);
	json_decref(req);
	free(cert);
	free(key);
	free(ca);
	return p;
}

static int tls_try(int p, const char *ca, const char *cert, const char *key)
{
	char url[64];
	snprintf(url, sizeof(url), "https://127.0.0.1:%d", p);
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.base_url = url;
	o.ca_file = ca;
	o.client_cert = cert;
	o.client_key = key;
	o.max_retries = 0;
	tf_client *c;
	tf_error err;
	assert_int_equal(tf_client_new(&c, &o, NULL, &err), 0);
	json_t *cs = NULL;
	int rc = tf_client_capabilities(c, &cs, &err);
	json_decref(cs);
	tf_client_free(c);
	return rc;
}

static void test_tls(void **state)
{
	(void)state;
	char dir[] = "/tmp/tf-it-tls-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "sh '%s/mkcerts.sh' '%s' >/dev/null", getenv("TF_SERVER_DIR"),
	         dir);
	assert_int_equal(system(cmd), 0);
	char ca[600], cc[600], ck[600];
	snprintf(ca, sizeof(ca), "%s/ca.pem", dir);
	snprintf(cc, sizeof(cc), "%s/client.pem", dir);
	snprintf(ck, sizeof(ck), "%s/client.key", dir);
	int good = listen_tls(dir, "good", 0), wrong = listen_tls(dir, "wronghost", 0),
	    expired = listen_tls(dir, "expired", 0), self = listen_tls(dir, "selfsigned", 0),
	    mtls = listen_tls(dir, "good", 1);
	ctl0("DELETE", "/$requests", NULL);
	assert_int_equal(tls_try(good, ca, NULL, NULL), 0);
	assert_int_equal(tls_try(good, NULL, NULL, NULL), TF_ETLS_UNTRUSTED);
	assert_int_equal(tls_try(wrong, ca, NULL, NULL), TF_ETLS_HOSTNAME);
	assert_int_equal(tls_try(expired, ca, NULL, NULL), TF_ETLS_EXPIRED);
	assert_int_equal(tls_try(self, ca, NULL, NULL), TF_ETLS_UNTRUSTED);
	assert_int_equal(tls_try(mtls, ca, cc, ck), 0);
	int rc = tls_try(mtls, ca, NULL, NULL);
	assert_true(rc == TF_ETLS || rc == TF_ETRANSPORT);
	/* only the two good handshakes delivered a request */
	json_t *all = ctl("GET", "/$requests", NULL);
	assert_int_equal(json_array_size(all), 2);
	json_decref(all);
	/* scenario 17: a redirect from https to http is a downgrade, refused
	 * even where plain http to loopback is allowed */
	char fault[256], url[64];
	snprintf(fault, sizeof(fault),
	         "{\"mode\":\"redirect\",\"status\":302,\"count\":1,\"match\":\"GET "
	         "/Patient/dg\",\"location\":\"http://127.0.0.1:%d/Patient/dg2\"}",
	         port);
	ctl0("POST", "/$fault", fault);
	ctl0("DELETE", "/$requests", NULL);
	snprintf(url, sizeof(url), "https://127.0.0.1:%d", good);
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.base_url = url;
	o.ca_file = ca;
	o.allow_loopback_http = 1;
	o.max_retries = 0;
	tf_client *c;
	tf_error err;
	assert_int_equal(tf_client_new(&c, &o, NULL, &err), 0);
	json_t *got = NULL;
	assert_int_equal(tf_client_read(c, "Patient", "dg", &got, &err), TF_EREDIRECT);
	tf_client_free(c);
	assert_int_equal(count_matching("/Patient/dg2"), 0);
	ctl0("POST", "/$fault", "{}");
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* --- Bulk $export --- */

static int bulk_cb(void *ud, const json_t *res, tf_error *err)
{
	(void)res;
	(void)err;
	(*(int *)ud)++;
	return 0;
}

static void test_export(void **state)
{
	(void)state;
	tf_client *c = fast_client();
	tf_error err;
	for (int i = 0; i < 5; i++) {
		char id[16];
		snprintf(id, sizeof(id), "e%d", i);
		json_t *p = patient(id);
		assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
		json_decref(p);
	}
	ctl0("POST", "/$config", "{\"export\":{\"polls\":2,\"retryAfter\":1,\"throttleOnce\":1}}");
	ctl0("DELETE", "/$requests", NULL);
	tf_export_result res;
	int n = 0;
	double t0 = tf_now();
	if (tf_client_export(c, NULL, bulk_cb, NULL, &n, &res, &err) < 0)
		fail_msg("export: %s", err.message);
	assert_true(tf_now() - t0 >= 2.9); /* three waits of Retry-After: 1 */
	assert_int_equal(n, 5);
	assert_int_equal(res.files, 3);
	assert_int_equal(res.error_files, 1);
	assert_int_equal(res.errors, 1);
	assert_true(res.partial);
	assert_true(res.polls <= 4);
	json_t *polls = requests_matching("$export-status");
	assert_int_equal(json_array_size(polls), 4);
	for (size_t i = 1; i < 4; i++)
		assert_true(log_time(json_array_get(polls, i)) -
		                    log_time(json_array_get(polls, i - 1)) >=
		            0.95);
	json_decref(polls);
	tf_client_free(c);
	/* files on another origin: no token sent when not required, refused
	 * when required */
	tf_auth *a = bearer_auth("tok-BULK");
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.backoff_base_s = 0.02;
	c = client_with(&co, a);
	char cfg[256];
	snprintf(cfg, sizeof(cfg),
	         "{\"export\":{\"polls\":0,\"throttleOnce\":0,\"requiresAccessToken\":false,"
	         "\"fileOrigin\":\"http://localhost:%d\"}}",
	         port);
	ctl0("POST", "/$config", cfg);
	ctl0("DELETE", "/$requests", NULL);
	n = 0;
	assert_int_equal(tf_client_export(c, NULL, bulk_cb, NULL, &n, &res, &err), 0);
	assert_int_equal(n, 5);
	json_t *files = requests_matching("$export-file");
	size_t i;
	json_t *r;
	assert_int_equal(json_array_size(files), 4);
	json_array_foreach(files, i, r)
	        assert_null(json_object_get(json_object_get(r, "headers"), "authorization"));
	json_decref(files);
	ctl0("POST", "/$config", "{\"export\":{\"requiresAccessToken\":true}}");
	ctl0("DELETE", "/$requests", NULL);
	n = 0;
	assert_int_equal(tf_client_export(c, NULL, bulk_cb, NULL, &n, &res, &err), 0);
	assert_int_equal(n, 0);
	assert_int_equal(res.files, 0);
	assert_true(res.partial);
	assert_int_equal(count_matching("$export-file"), 0);
	tf_client_free(c);
}

/* --- verbose output never shows secrets or search values --- */

static void capture(void *ud, const char *line)
{
	tf_buf_puts(ud, line);
	tf_buf_putc(ud, '\n');
}

static void test_redaction(void **state)
{
	(void)state;
	tf_error err;
	tf_auth *a = bearer_auth("CANARY-TOKEN-7f3a");
	tf_buf log = TF_BUF_INIT;
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.verbose = 2;
	co.log = capture;
	co.log_ud = &log;
	tf_client *c = client_with(&co, a);
	json_t *p = patient("CANARYPATIENT");
	assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
	const char *params[] = {"family", "CANARYNAME", NULL};
	assert_int_equal(tf_client_search(c, "Patient", params, NULL, NULL, NULL, NULL, &err), 0);
	assert_non_null(log.ptr);
	assert_null(strstr(log.ptr, "CANARY-TOKEN"));
	assert_null(strstr(log.ptr, "CANARYNAME"));
	/* the search is still there, its values as a hash */
	assert_non_null(strstr(log.ptr, "/Patient?[sha256:"));
	assert_non_null(strstr(log.ptr, "Bearer [REDACTED]"));
	/* the server did get the token, so the redaction is not vacuous */
	json_t *reqs = requests_matching("PUT /Patient/CANARYPATIENT");
	assert_string_equal(
	        json_string_value(json_object_get(
	                json_object_get(json_array_get(reqs, 0), "headers"), "authorization")),
	        "Bearer CANARY-TOKEN-7f3a");
	json_decref(reqs);
	tf_buf_free(&log);
	json_decref(p);
	tf_client_free(c);
}

/* --- Bulk $export: scenarios 11 to 14 against tests/server/bulkfaults.mjs --- */

/* A client whose base is the scripted export server /bulk/<scenario>. */
static tf_client *bulk_client(const char *scenario, tf_client_options *o)
{
	char b[128];
	snprintf(b, sizeof(b), "%s/bulk/%s", base, scenario);
	o->base_url = b;
	o->allow_loopback_http = 1;
	tf_client *c = NULL;
	tf_error err;
	if (tf_client_new(&c, o, NULL, &err) < 0)
		fail_msg("tf_client_new: %s", err.message);
	return c;
}

typedef struct {
	int resources, errors, rejects, too_long, wrong_type, count_reports;
	tf_buf ids;
} bulk_tally;

static int bt_resource(void *ud, const json_t *res, tf_error *err)
{
	bulk_tally *t = ud;
	(void)err;
	t->resources++;
	tf_buf_puts(&t->ids, json_string_value(json_object_get(res, "id")));
	tf_buf_putc(&t->ids, ' ');
	return 0;
}

static int bt_error(void *ud, const json_t *oo, tf_error *err)
{
	bulk_tally *t = ud;
	(void)err;
	assert_string_equal(json_string_value(json_object_get(oo, "resourceType")),
	                    "OperationOutcome");
	t->errors++;
	return 0;
}

static int bt_reject(void *ud, const json_t *res, const tf_error *e)
{
	bulk_tally *t = ud;
	assert_null(res);
	assert_true(e->code < 0);
	t->rejects++;
	if (e->code == TF_ELIMIT) {
		/* the 5 MB line is the 4th of the Observation file */
		assert_int_equal(e->line, 4);
		assert_string_equal(e->source, "Observation file 2");
		t->too_long++;
	} else if (strstr(e->message, "resourceType Condition")) {
		assert_int_equal(e->line, 7);
		t->wrong_type++;
	} else if (strstr(e->message, "manifest counts 5")) {
		t->count_reports++;
	}
	return 0;
}

/* Peak RSS in kB since reset_peak_rss (VmHWM, reset through clear_refs). */
static void reset_peak_rss(void)
{
	FILE *fp = fopen("/proc/self/clear_refs", "w");
	assert_non_null(fp);
	fputs("5", fp);
	fclose(fp);
}

static long peak_rss_kb(void)
{
	FILE *fp = fopen("/proc/self/status", "r");
	assert_non_null(fp);
	char line[256];
	long kb = -1;
	while (fgets(line, sizeof(line), fp))
		if (strncmp(line, "VmHWM:", 6) == 0)
			kb = strtol(line + 6, NULL, 10);
	fclose(fp);
	assert_true(kb > 0);
	return kb;
}

static void file_sha256(const char *path, char hex[65])
{
	char *data;
	size_t len;
	assert_int_equal(tf_read_file(path, (size_t)64 << 20, &data, &len, NULL), 0);
	unsigned char md[32];
	unsigned int mdl = 0;
	assert_int_equal(EVP_Digest(data, len, md, &mdl, EVP_sha256(), NULL), 1);
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", md[i]);
	free(data);
}

/* Scenario 11, scaled: the scenario's Retry-After 2 s (five 202s) and 5 s
 * (one 429) become 1 s and 3 s, keeping the 429's wait the longer one and
 * the counts (5 + 1 + 1 = 7 polls). */
static void test_export_polling(void **state)
{
	(void)state;
	tf_buf log = TF_BUF_INIT;
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.verbose = 1;
	o.log = capture;
	o.log_ud = &log;
	tf_client *c = bulk_client("s11", &o);
	ctl0("DELETE", "/$requests", NULL);
	bulk_tally t;
	memset(&t, 0, sizeof(t));
	tf_export_options eo = TF_EXPORT_OPTIONS_INIT;
	eo.on_reject = bt_reject;
	tf_export_result res;
	tf_error err;
	if (tf_client_export(c, &eo, bt_resource, bt_error, &t, &res, &err) < 0)
		fail_msg("export: %s", err.message);
	json_t *polls = requests_matching("/bulk/s11/status/");
	assert_int_equal(json_array_size(polls), 7);
	assert_true(res.polls <= 7);
	/* no poll earlier than the Retry-After of the answer before it */
	for (size_t i = 1; i < 7; i++) {
		double gap =
		        log_time(json_array_get(polls, i)) - log_time(json_array_get(polls, i - 1));
		assert_true(gap >= (i == 6 ? 2.95 : 0.95));
	}
	json_decref(polls);
	/* all 3 files and the error file fetched; its 2 OperationOutcomes
	 * surfaced; the job is a partial success */
	assert_int_equal(count_matching("/bulk/s11/file/"), 4);
	assert_int_equal(res.files, 3);
	assert_int_equal(t.resources, 4 + 2 + 1);
	assert_int_equal(res.error_files, 1);
	assert_int_equal(res.errors, 2);
	assert_int_equal(t.errors, 2);
	assert_true(res.partial);
	assert_non_null(strstr(res.reason, "2 errors"));
	/* X-Progress (150 characters, a tab and a C1 control among them)
	 * reaches the log at most 100 characters long, printable ASCII only */
	assert_non_null(log.ptr);
	int seen = 0;
	for (const char *p = log.ptr; (p = strstr(p, "in progress: ")); p++) {
		const char *v = p + strlen("in progress: ");
		const char *e = strstr(v, "; next poll");
		assert_non_null(e);
		assert_true(e - v <= 100);
		for (const char *q = v; q < e; q++)
			assert_true(*q >= 0x20 && *q < 0x7f);
		seen++;
	}
	assert_int_equal(seen, 5);
	tf_buf_free(&log);
	tf_buf_free(&t.ids);
	tf_client_free(c);
}

/* Scenario 11, expired links: the manifest is fetched again, once. */
static void test_export_expired(void **state)
{
	(void)state;
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.02;
	tf_client *c = bulk_client("s11x", &o);
	ctl0("DELETE", "/$requests", NULL);
	bulk_tally t;
	memset(&t, 0, sizeof(t));
	tf_export_options eo = TF_EXPORT_OPTIONS_INIT;
	tf_export_result res;
	tf_error err;
	if (tf_client_export(c, &eo, bt_resource, bt_error, &t, &res, &err) < 0)
		fail_msg("export: %s", err.message);
	assert_int_equal(res.manifest_refetches, 1);
	assert_int_equal(count_matching("/bulk/s11x/status/"), 2);
	/* no expired link was used: every file came from the second manifest */
	assert_int_equal(count_matching("gen=1"), 0);
	assert_int_equal(res.files, 3);
	assert_int_equal(res.failed_files, 0);
	assert_int_equal(t.resources, 7);
	tf_buf_free(&t.ids);
	tf_client_free(c);
}

/* Scenario 12, allowlist: with requiresAccessToken the token goes to a
 * file host on the configured allowlist (and, in test_export, never to
 * one that is not on it). */
static void test_export_allowlist(void **state)
{
	(void)state;
	tf_error err;
	tf_auth *a = bearer_auth("tok-ALLOW");
	char other[64];
	snprintf(other, sizeof(other), "http://localhost:%d", port);
	const char *origins[] = {other, NULL};
	tf_client_options co = TF_CLIENT_OPTIONS_INIT;
	co.backoff_base_s = 0.02;
	co.auth_origins = origins;
	tf_client *c = client_with(&co, a);
	json_t *p = patient("al1");
	assert_int_equal(tf_client_update(c, p, NULL, NULL, &err), 0);
	json_decref(p);
	char cfg[256];
	snprintf(cfg, sizeof(cfg),
	         "{\"export\":{\"polls\":0,\"requiresAccessToken\":true,\"fileOrigin\":\"%s\"}}",
	         other);
	ctl0("POST", "/$config", cfg);
	ctl0("DELETE", "/$requests", NULL);
	int n = 0;
	tf_export_result res;
	assert_int_equal(tf_client_export(c, NULL, bulk_cb, NULL, &n, &res, &err), 0);
	assert_int_equal(n, 1);
	json_t *files = requests_matching("$export-file");
	assert_int_equal(json_array_size(files), 4);
	size_t i;
	json_t *r;
	json_array_foreach(files, i, r)
	{
		json_t *h = json_object_get(r, "headers");
		assert_non_null(strstr(json_string_value(json_object_get(h, "host")), "localhost"));
		assert_string_equal(json_string_value(json_object_get(h, "authorization")),
		                    "Bearer tok-ALLOW");
	}
	json_decref(files);
	tf_client_free(c);
}

/* Scenario 13: gzip, a transfer cut at 60 %, a 5 MB line, a line of the
 * wrong type, a manifest count that is off. */
static void test_export_ndjson(void **state)
{
	(void)state;
	char dir[] = "/tmp/tf-it-bulk-XXXXXX";
	assert_non_null(mkdtemp(dir));
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.02;
	o.backoff_cap_s = 0.1;
	tf_client *c = bulk_client("s13", &o);
	ctl0("DELETE", "/$requests", NULL);
	bulk_tally t;
	memset(&t, 0, sizeof(t));
	tf_export_options eo = TF_EXPORT_OPTIONS_INIT;
	eo.download_dir = dir;
	eo.keep_files = 1;
	eo.on_reject = bt_reject;
	tf_export_result res;
	tf_error err;
	reset_peak_rss();
	if (tf_client_export(c, &eo, bt_resource, bt_error, &t, &res, &err) < 0)
		fail_msg("export: %s", err.message);
	long rss = peak_rss_kb();
	assert_true(rss < 256 * 1024);
	/* the cut transfer was fetched again, gzip-encoded both times */
	json_t *pf = requests_matching("/file/");
	size_t i, patient_gets = 0;
	json_t *r;
	json_array_foreach(pf, i, r)
	{
		if (!strstr(json_string_value(json_object_get(r, "url")), "/Patient.ndjson"))
			continue;
		patient_gets++;
		assert_non_null(strstr(json_string_value(json_object_get(
		                               json_object_get(r, "headers"), "accept-encoding")),
		                       "gzip"));
	}
	json_decref(pf);
	assert_int_equal(patient_gets, 2);
	assert_true(res.refetches >= 1);
	/* the kept files are byte for byte what the server meant to send */
	const char *types[] = {"Patient", "Observation"};
	for (int k = 0; k < 2; k++) {
		char path[300], ctlpath[64], hex[65];
		snprintf(path, sizeof(path), "%s/%d-%s.ndjson", dir, k + 1, types[k]);
		snprintf(ctlpath, sizeof(ctlpath), "/bulk/s13/source/%s", types[k]);
		file_sha256(path, hex);
		json_t *src = ctl("GET", ctlpath, NULL);
		assert_string_equal(hex, json_string_value(json_object_get(src, "sha256")));
		json_decref(src);
	}
	/* oversize line and wrong type rejected with their place, the count
	 * mismatch reported, every valid line delivered */
	assert_int_equal(t.too_long, 1);
	assert_int_equal(t.wrong_type, 1);
	assert_int_equal(t.count_reports, 1);
	assert_int_equal(res.rejected_lines, 2);
	assert_int_equal(res.type_mismatches, 1);
	assert_int_equal(res.count_mismatches, 1);
	assert_int_equal(res.files, 3);
	assert_int_equal(t.resources, 400 + 6 + 3);
	assert_int_equal(res.resources, 400 + 6 + 3);
	assert_non_null(strstr(t.ids.ptr, "o5 "));
	assert_null(strstr(t.ids.ptr, "huge"));
	assert_null(strstr(t.ids.ptr, "stray"));
	assert_true(res.partial);
	tf_buf_free(&t.ids);
	tf_client_free(c);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Scenario 14, scaled: a gzip stream that would inflate to 10 GiB (about
 * 10 MB on the wire) against a 64 MiB cap instead of the default 2 GiB, so
 * the test runs in a second; the default is checked to exist. */
static void test_export_bomb(void **state)
{
	(void)state;
	assert_true(TF_EXPORT_MAX_FILE_BYTES == (size_t)2 * 1024 * 1024 * 1024);
	tf_export_options eo = TF_EXPORT_OPTIONS_INIT;
	assert_int_equal(eo.max_file_bytes, 0); /* 0: the 2 GiB default */
	char dir[] = "/tmp/tf-it-bomb-XXXXXX";
	assert_non_null(mkdtemp(dir));
	tf_client_options o = TF_CLIENT_OPTIONS_INIT;
	o.backoff_base_s = 0.02;
	tf_client *c = bulk_client("s14", &o);
	bulk_tally t;
	memset(&t, 0, sizeof(t));
	eo.download_dir = dir;
	eo.keep_files = 1;
	eo.max_file_bytes = (size_t)64 << 20;
	tf_export_result res;
	tf_error err;
	ctl0("DELETE", "/$requests", NULL);
	reset_peak_rss();
	assert_int_equal(tf_client_export(c, &eo, bt_resource, bt_error, &t, &res, &err), 0);
	assert_true(peak_rss_kb() < 256 * 1024);
	assert_int_equal(res.failed_files, 1);
	assert_true(res.partial);
	assert_non_null(strstr(res.reason, "larger than 67108864 bytes"));
	/* aborted, not retried: one request for the bomb */
	assert_int_equal(count_matching("/Patient.ndjson"), 1);
	/* the other file still delivered; nothing of the bomb left on disk,
	 * neither under its final name nor as a partial download */
	assert_int_equal(res.files, 1);
	assert_int_equal(t.resources, 1);
	char path[300];
	snprintf(path, sizeof(path), "%s/1-Patient.ndjson", dir);
	assert_int_not_equal(access(path, F_OK), 0);
	snprintf(path, sizeof(path), "ls -A '%s' | grep -v '^2-Condition.ndjson$' | grep -q .",
	         dir);
	assert_int_not_equal(system(path), 0);
	tf_buf_free(&t.ids);
	tf_client_free(c);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

/* Scenario 16: self-signed, wrong host, expired and TLS 1.1-only servers
 * are 4/4 refused with 4 distinct codes, and no request reaches them. */
static int tls11_probe(int p, const char *ca)
{
	/* Can this platform speak TLS 1.1 at all? Ask with curl directly,
	 * TLS 1.1 allowed, so our refusal below is ours and not OpenSSL's. */
	char url[64];
	snprintf(url, sizeof(url), "https://127.0.0.1:%d/metadata", p);
	CURL *h = curl_easy_init();
	tf_buf b = TF_BUF_INIT;
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_CAINFO, ca);
	curl_easy_setopt(h, CURLOPT_SSLVERSION,
	                 (long)(CURL_SSLVERSION_TLSv1_1 | CURL_SSLVERSION_MAX_TLSv1_1));
	curl_easy_setopt(h, CURLOPT_SSL_CIPHER_LIST, "DEFAULT@SECLEVEL=0");
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink_buf);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
	CURLcode rc = curl_easy_perform(h);
	long status = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(h);
	tf_buf_free(&b);
	return rc == CURLE_OK && status == 200;
}

static void test_tls_four(void **state)
{
	(void)state;
	char dir[] = "/tmp/tf-it-tls11-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "sh '%s/mkcerts.sh' '%s' >/dev/null", getenv("TF_SERVER_DIR"),
	         dir);
	assert_int_equal(system(cmd), 0);
	char ca[600], path[600];
	snprintf(ca, sizeof(ca), "%s/ca.pem", dir);
	char *cert, *key, *cap;
	size_t l;
	snprintf(path, sizeof(path), "%s/good.pem", dir);
	assert_int_equal(tf_read_file(path, 1 << 20, &cert, &l, NULL), 0);
	snprintf(path, sizeof(path), "%s/good.key", dir);
	assert_int_equal(tf_read_file(path, 1 << 20, &key, &l, NULL), 0);
	assert_int_equal(tf_read_file(ca, 1 << 20, &cap, &l, NULL), 0);
	/* OpenSSL 3 refuses TLS 1.1 below security level 0 */
	json_t *req = json_pack("{s:{s:s, s:s, s:s, s:s, s:s, s:s}}", "tls", "cert", cert, "key",
	                        key, "ca", cap, "minVersion", "TLSv1.1", "maxVersion", "TLSv1.1",
	                        "ciphers", "DEFAULT@SECLEVEL=0");
	char *s = json_dumps(req, 0);
	json_t *r = ctl("POST", "/$listen", s);
	int tls11 = (int)json_integer_value(json_object_get(r, "port"));
	json_decref(r);
	free(s);
	json_decref(req);
	free(cert);
	free(key);
	free(cap);
	int self = listen_tls(dir, "selfsigned", 0), wrong = listen_tls(dir, "wronghost", 0),
	    expired = listen_tls(dir, "expired", 0);
	int offers_tls11 = tls11_probe(tls11, ca);
	if (!offers_tls11)
		print_message(
		        "NOTE: this platform cannot serve TLS 1.1 at all (the probe with "
		        "TLS 1.1 allowed failed too): the TLS 1.1 refusal below shows only "
		        "that no handshake happens, not that our TLS 1.2 minimum caused it\n");
	ctl0("DELETE", "/$requests", NULL);
	int codes[4] = {tls_try(self, ca, NULL, NULL), tls_try(wrong, ca, NULL, NULL),
	                tls_try(expired, ca, NULL, NULL), tls_try(tls11, ca, NULL, NULL)};
	assert_int_equal(codes[0], TF_ETLS_UNTRUSTED);
	assert_int_equal(codes[1], TF_ETLS_HOSTNAME);
	assert_int_equal(codes[2], TF_ETLS_EXPIRED);
	assert_int_equal(codes[3], TF_ETLS);
	for (int i = 0; i < 4; i++)
		for (int k = i + 1; k < 4; k++)
			assert_int_not_equal(codes[i], codes[k]);
	/* 0 requests reached any of them (the probe's came before the clear) */
	json_t *all = ctl("GET", "/$requests", NULL);
	assert_int_equal(json_array_size(all), 0);
	json_decref(all);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const char *pf = getenv("TF_SERVER_PORT_FILE");
	char *s;
	size_t len;
	if (!pf || tf_read_file(pf, 64, &s, &len, NULL) < 0) {
		fprintf(stderr,
		        "it_client: no test server (TF_SERVER_PORT_FILE); run through ctest\n");
		return 1;
	}
	port = (int)tf_parse_long(strtok(s, "\n"));
	free(s);
	snprintf(base, sizeof(base), "http://127.0.0.1:%d", port);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup(test_rest, reset),
	        cmocka_unit_test_setup(test_bundles, reset),
	        cmocka_unit_test_setup(test_429_storm, reset),
	        cmocka_unit_test_setup(test_503_and_batches, reset),
	        cmocka_unit_test_setup(test_version_conflict, reset),
	        cmocka_unit_test_setup(test_create_race, reset),
	        cmocka_unit_test_setup(test_drops, reset),
	        cmocka_unit_test_setup(test_stalls, reset),
	        cmocka_unit_test_setup(test_commit_drops, reset),
	        cmocka_unit_test_setup(test_status_retry, reset),
	        cmocka_unit_test_setup(test_injection, reset),
	        cmocka_unit_test_setup(test_paging, reset),
	        cmocka_unit_test_setup(test_redirects, reset),
	        cmocka_unit_test_setup(test_smart_rs384, reset),
	        cmocka_unit_test_setup(test_smart_es384, reset),
	        cmocka_unit_test_setup(test_tls, reset),
	        cmocka_unit_test_setup(test_export, reset),
	        cmocka_unit_test_setup(test_redaction, reset),
	        cmocka_unit_test_setup(test_export_polling, reset),
	        cmocka_unit_test_setup(test_export_expired, reset),
	        cmocka_unit_test_setup(test_export_allowlist, reset),
	        cmocka_unit_test_setup(test_export_ndjson, reset),
	        cmocka_unit_test_setup(test_export_bomb, reset),
	        cmocka_unit_test_setup(test_tls_four, reset),
	};
	/* TF_IT_FILTER=test_paging runs one test (cmocka glob). */
	if (getenv("TF_IT_FILTER"))
		cmocka_set_test_filter(getenv("TF_IT_FILTER"));
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	curl_global_cleanup();
	return rc;
}
