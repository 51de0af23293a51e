/*
 * conformance.c - `trialfhir conformance`: is a FHIR server fit for
 * trialfhir? It reads the server's CapabilityStatement and checks what push
 * and pull rely on (FHIR 4.0.x; read/update/search on the resource types we
 * write and read; the search parameters pull uses; transaction and batch),
 * then runs a round trip with a real resource: PUT, read back, compare,
 * DELETE, check it is gone. Each check becomes one test of a FHIR R4
 * TestReport (stdout or -o FILE) and one testcase of a JUnit XML file
 * (--junit FILE), so CI systems and FHIR tooling can both read the outcome.
 *
 * The round trip uses a fresh random id, never the id of the given
 * resource: the probe must not overwrite or delete anything already on the
 * server. Exit 0 when every check passes (warnings allowed), 1 when one
 * fails, 2 on bad usage, 3 when the server could not be used at all (the
 * TestReport is still written, failing, saying why).
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <openssl/rand.h>
#include "cli.h"
#include "trialfhir/client.h"

/* assert.result codes of R4 TestReport (report-action-result-codes). */
typedef enum { R_PASS, R_FAIL, R_WARNING, R_SKIP } result_t;
static const char *const result_code[] = {"pass", "fail", "warning", "skip"};

typedef struct {
	json_t *tests; /* TestReport.test[] being built */
	json_t *setup; /* TestReport.setup.action[] */
	size_t n, failed, warnings, skipped;
	char (*junit)[3][600]; /* per check: classname, name, message (for --junit) */
	result_t *results;
	size_t cap;
} report;

static void usage(FILE *fp)
{
	fputs("usage: trialfhir conformance --server URL [options]\n"
	      "\n"
	      "Checks a FHIR server's fitness for trialfhir: its CapabilityStatement (FHIR\n"
	      "4.0.x, resource types and interactions, search parameters, transaction and\n"
	      "batch) and a round trip (PUT, read, compare, DELETE, gone) of a ResearchStudy.\n"
	      "Writes a FHIR TestReport.\n"
	      "\n"
	      "  --resource FILE     round-trip the first resource of FILE instead of a\n"
	      "                      built-in ResearchStudy (sent under a fresh random id)\n"
	      "  -o, --output FILE   the TestReport (JSON) to FILE instead of stdout\n"
	      "  --junit FILE        also the checks as JUnit XML\n"
	      "  -h, --help          this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("\nExit status: 0 the report passes, 1 it fails, 2 bad usage, 3 could not\n"
	      "run (server unreachable, TLS or authentication failure; the report says why).\n",
	      fp);
}

/* Records one check: a TestReport test with a single assert action (or a
 * setup action when setup is set), and the same for JUnit. */
static void check(report *r, int setup, const char *name, const char *desc, result_t res,
                  const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void check(report *r, int setup, const char *name, const char *desc, result_t res,
                  const char *fmt, ...)
{
	char msg[600];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 32;
		void *j = realloc(r->junit, cap * sizeof(*r->junit));
		if (!j)
			return;
		r->junit = j;
		void *rs = realloc(r->results, cap * sizeof(*r->results));
		if (!rs)
			return;
		r->results = rs;
		r->cap = cap;
	}
	snprintf(r->junit[r->n][0], sizeof(r->junit[r->n][0]), "trialfhir.conformance.%s",
	         setup ? "setup" : "test");
	snprintf(r->junit[r->n][1], sizeof(r->junit[r->n][1]), "%s", name);
	snprintf(r->junit[r->n][2], sizeof(r->junit[r->n][2]), "%s", msg);
	r->results[r->n] = res;
	r->n++;
	if (res == R_FAIL)
		r->failed++;
	else if (res == R_WARNING)
		r->warnings++;
	else if (res == R_SKIP)
		r->skipped++;
	/* An empty message would break FHIR's "no empty strings" rule; R4's
	 * assert has no description (the test carries it). */
	json_t *a = json_pack("{s:s, s:s}", "result", result_code[res], "message",
	                      msg[0] ? msg : result_code[res]);
	if (!a)
		return;
	if (setup) {
		json_array_append_new(r->setup, json_pack("{s:o}", "assert", a));
	} else {
		json_array_append_new(r->tests,
		                      json_pack("{s:s, s:s, s:[{s:o}]}", "name", name,
		                                "description", desc, "action", "assert", a));
	}
}

/* --- CapabilityStatement checks --- */

/* The rest[] entry with mode server (the first one when none says so). */
static json_t *server_rest(json_t *cs)
{
	json_t *rest = json_object_get(cs, "rest");
	size_t i;
	json_t *e;
	json_array_foreach(rest, i, e)
	{
		const char *mode = json_string_value(json_object_get(e, "mode"));
		if (mode && strcmp(mode, "server") == 0)
			return e;
	}
	return json_array_get(rest, 0);
}

static int has_code(const json_t *list, const char *key, const char *want)
{
	size_t i;
	json_t *e;
	json_array_foreach(list, i, e)
	{
		const char *v = json_string_value(json_object_get(e, key));
		if (v && strcmp(v, want) == 0)
			return 1;
	}
	return 0;
}

static json_t *rest_resource(json_t *rest, const char *type)
{
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(rest, "resource"), i, e)
	{
		const char *t = json_string_value(json_object_get(e, "type"));
		if (t && strcmp(t, type) == 0)
			return e;
	}
	return NULL;
}

/* Appends s to buf (bounded, always terminated). */
static void add(char *buf, size_t size, const char *s)
{
	size_t l = strlen(buf);
	if (l + 1 < size)
		snprintf(buf + l, size - l, "%s", s);
}

static void check_capabilities(report *r, json_t *cs)
{
	const char *ver = json_string_value(json_object_get(cs, "fhirVersion"));
	/* tf_client_capabilities already refuses other versions; this records it. */
	check(r, 0, "fhir-version", "The server speaks FHIR R4 (fhirVersion 4.0.x)",
	      ver && strncmp(ver, "4.0.", 4) == 0 ? R_PASS : R_FAIL, "fhirVersion is %s",
	      ver ? ver : "missing");

	json_t *rest = server_rest(cs);
	/* What push writes and pull reads; delete is only needed by this probe. */
	static const char *const types[] = {"ResearchStudy", "PlanDefinition", "Patient",
	                                    "Observation", "Condition"};
	static const char *const needed[] = {"read", "update", "search-type"};
	for (size_t t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
		char name[80], desc[200], missing[120] = "";
		snprintf(name, sizeof(name), "resource-%s", types[t]);
		snprintf(desc, sizeof(desc),
		         "The CapabilityStatement lists %s with read, update and search-type",
		         types[t]);
		json_t *res = rest_resource(rest, types[t]);
		if (!res) {
			check(r, 0, name, desc, R_FAIL, "%s is not among rest.resource", types[t]);
			continue;
		}
		json_t *inter = json_object_get(res, "interaction");
		for (size_t k = 0; k < sizeof(needed) / sizeof(needed[0]); k++) {
			if (!has_code(inter, "code", needed[k])) {
				add(missing, sizeof(missing), missing[0] ? ", " : "");
				add(missing, sizeof(missing), needed[k]);
			}
		}
		if (missing[0])
			check(r, 0, name, desc, R_FAIL, "%s lacks the interactions: %s", types[t],
			      missing);
		else
			check(r, 0, name, desc, R_PASS, "%s: read, update and search-type listed",
			      types[t]);
	}

	/* The searches pull and match send. */
	static const char *const params[][2] = {{"Observation", "patient"},
	                                        {"Observation", "code"},
	                                        {"Observation", "date"},
	                                        {"Condition", "patient"}};
	for (size_t i = 0; i < sizeof(params) / sizeof(params[0]); i++) {
		char name[80], desc[200];
		snprintf(name, sizeof(name), "search-%s-%s", params[i][0], params[i][1]);
		snprintf(desc, sizeof(desc), "%s can be searched by %s (trialfhir pull)",
		         params[i][0], params[i][1]);
		json_t *res = rest_resource(rest, params[i][0]);
		json_t *sp = json_object_get(res, "searchParam");
		if (!res)
			check(r, 0, name, desc, R_FAIL, "%s is not supported", params[i][0]);
		else if (!json_array_size(sp))
			/* Many servers support more than they declare: not proof of a lack. */
			check(r, 0, name, desc, R_WARNING,
			      "%s declares no searchParam, so %s cannot be confirmed", params[i][0],
			      params[i][1]);
		else if (has_code(sp, "name", params[i][1]))
			check(r, 0, name, desc, R_PASS, "%s declares searchParam %s", params[i][0],
			      params[i][1]);
		else
			check(r, 0, name, desc, R_FAIL, "%s does not declare searchParam %s",
			      params[i][0], params[i][1]);
	}

	json_t *inter = json_object_get(rest, "interaction");
	static const char *const sys[][2] = {
	        {"transaction", "push --mode transaction (all-or-nothing loads)"},
	        {"batch", "push --mode batch (bulk loads with per-resource outcomes)"}};
	for (size_t i = 0; i < 2; i++) {
		char name[80], desc[200];
		snprintf(name, sizeof(name), "system-%s", sys[i][0]);
		snprintf(desc, sizeof(desc), "The server supports the %s interaction, for %s",
		         sys[i][0], sys[i][1]);
		if (has_code(inter, "code", sys[i][0]))
			check(r, 0, name, desc, R_PASS, "rest.interaction lists %s", sys[i][0]);
		else
			check(r, 0, name, desc, R_FAIL,
			      "rest.interaction does not list %s: trialfhir push --mode %s "
			      "cannot be used",
			      sys[i][0], sys[i][0]);
	}
}

/* --- the round trip --- */

/* Removes what a server may add or change on its own (resource id, meta,
 * narrative) before comparing. Works on a deep copy. */
static json_t *comparable(const json_t *res)
{
	json_t *c = json_deep_copy(res);
	if (c) {
		json_object_del(c, "id");
		json_object_del(c, "meta");
		json_object_del(c, "text");
	}
	return c;
}

/* The JSON Pointer-ish path of the first difference between a and b,
 * written to buf; 0 when equal. */
static int first_diff(const json_t *a, const json_t *b, char *buf, size_t size)
{
	if (json_equal(a, b))
		return 0;
	size_t l = strlen(buf);
	if (json_is_object(a) && json_is_object(b)) {
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)a, k, v)
		{
			json_t *w = json_object_get(b, k);
			snprintf(buf + l, size - l, "/%s", k);
			if (!w) {
				add(buf, size, " (missing in the read-back)");
				return 1;
			}
			if (first_diff(v, w, buf, size))
				return 1;
			buf[l] = 0;
		}
		json_object_foreach((json_t *)b, k, v)
		{
			if (!json_object_get(a, k)) {
				snprintf(buf + l, size - l, "/%s (added by the server)", k);
				return 1;
			}
		}
	} else if (json_is_array(a) && json_is_array(b)) {
		size_t na = json_array_size(a), nb = json_array_size(b);
		for (size_t i = 0; i < na && i < nb; i++) {
			snprintf(buf + l, size - l, "/%zu", i);
			if (first_diff(json_array_get(a, i), json_array_get(b, i), buf, size))
				return 1;
			buf[l] = 0;
		}
		snprintf(buf + l, size - l, " (%zu elements sent, %zu read back)", na, nb);
		return 1;
	}
	/* A leaf (or a type change): show both sides, shortened. */
	char *sa = NULL, *sb = NULL;
	tf_json_dump(a, TF_JSON_COMPACT, &sa, NULL, NULL);
	tf_json_dump(b, TF_JSON_COMPACT, &sb, NULL, NULL);
	l = strlen(buf);
	snprintf(buf + l, size - l, ": sent %.60s, read back %.60s", sa ? sa : "?", sb ? sb : "?");
	free(sa);
	free(sb);
	return 1;
}

/* A small ResearchStudy shaped like trialfhir convert's output. */
static json_t *builtin_study(void)
{
	return json_pack("{s:s, s:[{s:s, s:s, s:s}], s:s, s:s, s:{s:[{s:s, s:s, s:s}]},"
	                 " s:[{s:s}], s:[{s:s}], s:s, s:{s:s}, s:{s:s}}",
	                 "resourceType", "ResearchStudy", "identifier", "use", "official", "system",
	                 "https://clinicaltrials.gov", "value", "NCT00000000", "title",
	                 "trialfhir conformance probe", "status", "active", "phase", "coding",
	                 "system", "http://terminology.hl7.org/CodeSystem/research-study-phase",
	                 "code", "phase-2", "display", "Phase 2", "condition", "text",
	                 "Type 2 diabetes", "keyword", "text", "probe", "description",
	                 "A study trialfhir writes, reads back and deletes.", "period", "start",
	                 "2026-01-01", "sponsor", "display", "trialfhir");
}

typedef struct {
	json_t *first;
} first_ctx;

static int take_first(void *ud, const json_t *res, const tf_error *rec_err)
{
	first_ctx *f = ud;
	if (!res)
		return 0;
	f->first = json_deep_copy(res);
	return -1; /* stop: one is enough */
}

static void round_trip(report *r, tf_client *client, json_t *res)
{
	const char *type = json_string_value(json_object_get(res, "resourceType"));
	unsigned char rnd[8];
	char id[40] = "trialfhir-conformance-";
	if (RAND_bytes(rnd, sizeof(rnd)) != 1) {
		/* Unique enough when OpenSSL has no entropy: time and pid. */
		unsigned long long t = (unsigned long long)time(NULL);
		memcpy(rnd, &t, sizeof(rnd));
	}
	for (size_t i = 0; i < sizeof(rnd); i++) {
		char hx[3];
		snprintf(hx, sizeof(hx), "%02x", rnd[i]);
		add(id, sizeof(id), hx);
	}
	json_object_set_new(res, "id", json_string(id));
	json_object_del(res, "meta");
	char ref[200];
	snprintf(ref, sizeof(ref), "%s/%s", type, id);

	tf_error err;
	tf_error_clear(&err);
	tf_write_result wr;
	memset(&wr, 0, sizeof(wr));
	int rc = tf_client_update(client, res, NULL, &wr, &err);
	int put_ok = rc == 0;
	/* FHIR says 201 for an update that creates; 200 still works for push
	 * but makes its created/updated counts wrong: a warning. */
	if (put_ok)
		check(r, 0, "roundtrip-put", "PUT of a new resource by id is accepted",
		      wr.status == 201 ? R_PASS : R_WARNING, "PUT %s: HTTP %d%s", ref, wr.status,
		      wr.status == 201 ? " Created" : " (FHIR says 201 for a new id)");
	else
		check(r, 0, "roundtrip-put", "PUT of a new resource by id is accepted", R_FAIL,
		      "PUT %s: %s", ref, err.message);
	tf_write_result_clear(&wr);
	if (!put_ok) {
		static const char *const rest[] = {"roundtrip-read", "roundtrip-compare",
		                                   "roundtrip-delete", "roundtrip-gone"};
		for (size_t i = 0; i < 4; i++)
			check(r, 0, rest[i], "Round trip step after the PUT", R_SKIP,
			      "not run: the PUT failed");
		return;
	}

	json_t *back = NULL;
	tf_error_clear(&err);
	rc = tf_client_read(client, type, id, &back, &err);
	check(r, 0, "roundtrip-read", "The resource written can be read back",
	      rc == 0 ? R_PASS : R_FAIL, rc == 0 ? "GET %s: read back" : "GET %s: %s", ref,
	      rc == 0 ? "" : err.message);
	if (rc == 0) {
		json_t *a = comparable(res), *b = comparable(back);
		char where[400] = "";
		if (!a || !b)
			check(r, 0, "roundtrip-compare", "The read-back equals what was sent",
			      R_FAIL, "out of memory");
		else if (first_diff(a, b, where, sizeof(where)))
			check(r, 0, "roundtrip-compare",
			      "The read-back equals what was sent (id, meta and text aside)",
			      R_FAIL, "%s differs at %s", ref, where);
		else
			check(r, 0, "roundtrip-compare",
			      "The read-back equals what was sent (id, meta and text aside)",
			      R_PASS, "%s came back unchanged", ref);
		json_decref(a);
		json_decref(b);
	} else {
		check(r, 0, "roundtrip-compare", "The read-back equals what was sent", R_SKIP,
		      "not run: the read failed");
	}
	json_decref(back);

	tf_error_clear(&err);
	rc = tf_client_delete(client, type, id, &err);
	check(r, 0, "roundtrip-delete", "The resource can be deleted", rc == 0 ? R_PASS : R_FAIL,
	      rc == 0 ? "DELETE %s: done" : "DELETE %s: %s", ref, rc == 0 ? "" : err.message);
	/* Checked even when DELETE failed: a server may delete and still err. */
	back = NULL;
	tf_error_clear(&err);
	rc = tf_client_read(client, type, id, &back, &err);
	check(r, 0, "roundtrip-gone", "After the DELETE a read finds nothing (404/410)",
	      rc == TF_ENOTFOUND ? R_PASS : R_FAIL,
	      rc == TF_ENOTFOUND ? "GET %s: gone" : "GET %s: %s", ref,
	      rc == TF_ENOTFOUND ? "" : (rc == 0 ? "still there after DELETE" : err.message));
	json_decref(back);
}

/* A transaction Bundle that PUTs res under a second fresh id: what push
 * --mode transaction sends. The CapabilityStatement may claim transactions
 * a server refuses (or not list those it does), so this is tried for real;
 * the resource is deleted again afterwards. */
static void transaction_probe(report *r, tf_client *client, const json_t *res)
{
	const char *type = json_string_value(json_object_get(res, "resourceType"));
	const char *id0 = json_string_value(json_object_get(res, "id"));
	char id[80], url[200];
	snprintf(id, sizeof(id), "%.60s-tx", id0 ? id0 : "trialfhir-conformance");
	snprintf(url, sizeof(url), "%s/%s", type, id);
	json_t *copy = json_deep_copy(res);
	json_t *bundle = copy ? json_pack("{s:s, s:s, s:[{s:o, s:{s:s, s:s}}]}", "resourceType",
	                                  "Bundle", "type", "transaction", "entry", "resource",
	                                  copy, "request", "method", "PUT", "url", url)
	                      : NULL;
	if (!bundle) {
		check(r, 0, "transaction-put", "A transaction Bundle with a PUT is committed",
		      R_FAIL, "out of memory");
		return;
	}
	json_object_set_new(copy, "id", json_string(id));
	tf_bundle_result br;
	memset(&br, 0, sizeof(br));
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_client_bundle(client, bundle, &br, &err);
	if (rc == 0 && br.failed == 0)
		check(r, 0, "transaction-put", "A transaction Bundle with a PUT is committed",
		      R_PASS, "transaction with PUT %s committed", url);
	else if (rc == 0)
		check(r, 0, "transaction-put", "A transaction Bundle with a PUT is committed",
		      R_FAIL, "transaction with PUT %s: entry not committed (status %d)", url,
		      br.n ? br.entries[0].status : 0);
	else
		check(r, 0, "transaction-put", "A transaction Bundle with a PUT is committed",
		      R_FAIL,
		      "transaction refused: %s (trialfhir push --mode transaction will fail)",
		      err.message[0] ? err.message : tf_client_strerror(rc));
	tf_bundle_result_clear(&br);
	json_decref(bundle);
	tf_error_clear(&err);
	tf_client_delete(client, type, id, &err); /* clean up; absent is fine */
}

/* --- output --- */

static int write_junit(const report *r, const char *path, const char *server)
{
	FILE *fp = fopen(path, "w");
	if (!fp)
		return -1;
	fprintf(fp,
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<testsuites tests=\"%zu\" failures=\"%zu\" skipped=\"%zu\">\n"
	        "  <testsuite name=\"trialfhir conformance\" tests=\"%zu\" failures=\"%zu\" "
	        "errors=\"0\" skipped=\"%zu\">\n",
	        r->n, r->failed, r->skipped, r->n, r->failed, r->skipped);
	fputs("    <properties><property name=\"server\" value=\"", fp);
	tf_cli_xml_text(fp, server);
	fputs("\"/></properties>\n", fp);
	for (size_t i = 0; i < r->n; i++) {
		fputs("    <testcase classname=\"", fp);
		tf_cli_xml_text(fp, r->junit[i][0]);
		fputs("\" name=\"", fp);
		tf_cli_xml_text(fp, r->junit[i][1]);
		fputs("\">", fp);
		const char *tag = r->results[i] == R_FAIL   ? "failure"
		                  : r->results[i] == R_SKIP ? "skipped"
		                                            : NULL;
		if (tag) {
			fprintf(fp, "\n      <%s message=\"", tag);
			tf_cli_xml_text(fp, r->junit[i][2]);
			fputs("\">", fp);
			tf_cli_xml_text(fp, r->junit[i][2]);
			fprintf(fp, "</%s>\n    ", tag);
		} else {
			/* pass and warning: the message as output, so warnings show. */
			fputs("<system-out>", fp);
			if (r->results[i] == R_WARNING)
				fputs("warning: ", fp);
			tf_cli_xml_text(fp, r->junit[i][2]);
			fputs("</system-out>", fp);
		}
		fputs("</testcase>\n", fp);
	}
	fputs("  </testsuite>\n</testsuites>\n", fp);
	return fclose(fp) == 0 ? 0 : -1;
}

static int write_report(const report *r, const char *path, const char *server, int ran)
{
	char issued[40];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(issued, sizeof(issued), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_t *tr = json_pack("{s:s, s:s, s:s, s:{s:s}, s:s, s:f, s:s, s:s, s:[{s:s, s:s, s:s}]}",
	                       "resourceType", "TestReport", "name", "trialfhir conformance",
	                       "status", ran ? "completed" : "stopped", "testScript", "display",
	                       "trialfhir conformance checks (capabilities and round trip)",
	                       "result", r->failed || !ran ? "fail" : "pass", "score",
	                       r->n ? (double)(r->n - r->failed - r->skipped) / (double)r->n * 100.0
	                            : 0.0,
	                       "tester", "trialfhir", "issued", issued, "participant", "type",
	                       "server", "uri", server, "display", "server under test");
	if (!tr)
		return -1;
	if (json_array_size(r->setup))
		json_object_set_new(tr, "setup", json_pack("{s:O}", "action", r->setup));
	if (json_array_size(r->tests))
		json_object_set(tr, "test", r->tests);
	FILE *fp = path && strcmp(path, "-") ? fopen(path, "w") : stdout;
	int rc = -1;
	if (fp) {
		rc = tf_json_dumpf(tr, TF_JSON_PRETTY, fp, NULL);
		fputc('\n', fp);
		if (fp != stdout)
			rc = fclose(fp) == 0 && rc == 0 ? 0 : -1;
		else
			rc = fflush(fp) == 0 && rc == 0 ? 0 : -1;
	}
	json_decref(tr);
	return rc;
}

/* Fatal client errors: the server could not be used at all. */
static int unusable(int rc)
{
	return rc == TF_ETRANSPORT || rc == TF_ETIMEOUT || rc == TF_ETLS ||
	       rc == TF_ETLS_UNTRUSTED || rc == TF_ETLS_EXPIRED || rc == TF_ETLS_HOSTNAME ||
	       rc == TF_EAUTH || rc == TF_EWAIT || rc == TF_EHTTP || rc == TF_EREDIRECT;
}

int tf_cli_conformance(int argc, char **argv)
{
	enum { OPT_RESOURCE = 2000, OPT_JUNIT };
	static const struct option own[] = {
	        {"resource", required_argument, NULL, OPT_RESOURCE},
	        {"output", required_argument, NULL, 'o'},
	        {"junit", required_argument, NULL, OPT_JUNIT},
	        {"help", no_argument, NULL, 'h'},
	};
	struct option longopts[64];
	if (tf_cli_client_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;
	tf_cli_client co;
	tf_cli_client_init(&co);
	const char *resource_path = NULL, *out_path = NULL, *junit_path = NULL;
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:hv", longopts, NULL)) != -1) {
		int rr = tf_cli_client_opt(&co, c, optarg);
		if (rr < 0)
			return TF_EXIT_USAGE;
		if (rr > 0)
			continue;
		switch (c) {
		case OPT_RESOURCE:
			resource_path = optarg;
			break;
		case 'o':
			out_path = optarg;
			break;
		case OPT_JUNIT:
			junit_path = optarg;
			break;
		case 'h':
			usage(stdout);
			return TF_EXIT_OK;
		default:
			usage(stderr);
			return TF_EXIT_USAGE;
		}
	}
	if (optind < argc) {
		tf_cli_errorf("conformance: unexpected argument '%s'", argv[optind]);
		usage(stderr);
		return TF_EXIT_USAGE;
	}
	if (!co.server) {
		tf_cli_errorf("conformance: --server URL is required");
		usage(stderr);
		return TF_EXIT_USAGE;
	}

	/* The probe resource is read before touching the server: a bad file
	 * is a usage problem, not a server failure. */
	json_t *probe = NULL;
	if (resource_path) {
		first_ctx f = {NULL};
		tf_error err;
		tf_error_clear(&err);
		tf_resources_read_file(resource_path, 0, take_first, &f, &err);
		if (!f.first || !json_is_string(json_object_get(f.first, "resourceType"))) {
			tf_cli_errorf("conformance: --resource %s: no FHIR resource read%s%s",
			              resource_path, err.message[0] ? ": " : "", err.message);
			json_decref(f.first);
			return TF_EXIT_USAGE;
		}
		probe = f.first;
	} else {
		probe = builtin_study();
	}
	if (!probe) {
		tf_cli_errorf("conformance: out of memory");
		return TF_EXIT_FATAL;
	}

	report r;
	memset(&r, 0, sizeof(r));
	r.tests = json_array();
	r.setup = json_array();
	int ran = 1, exit_code;
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	tf_client *client = NULL;
	int st = tf_cli_client_open(&co, &copts, &client);
	if (st == TF_EXIT_USAGE) {
		json_decref(probe);
		json_decref(r.tests);
		json_decref(r.setup);
		return st;
	}
	if (st != TF_EXIT_OK) {
		ran = 0;
		check(&r, 1, "connect", "A client for the server can be set up", R_FAIL,
		      "could not set up the client for %s (see stderr)", co.server);
	} else {
		json_t *cs = NULL;
		tf_error err;
		tf_error_clear(&err);
		int rc = tf_client_capabilities(client, &cs, &err);
		if (rc < 0) {
			if (unusable(rc))
				ran = 0;
			check(&r, 1, "metadata",
			      "GET [base]/metadata returns a CapabilityStatement", R_FAIL,
			      "%s/metadata: %s", tf_client_base(client), err.message);
		} else {
			check(&r, 1, "metadata",
			      "GET [base]/metadata returns a CapabilityStatement", R_PASS,
			      "%s/metadata: CapabilityStatement read", tf_client_base(client));
			check_capabilities(&r, cs);
			round_trip(&r, client, probe);
			transaction_probe(&r, client, probe);
		}
		json_decref(cs);
	}
	if (!ran)
		tf_cli_errorf("conformance: could not run against %s", co.server);
	if (write_report(&r, out_path, co.server, ran) < 0) {
		tf_cli_errorf("conformance: cannot write the TestReport%s%s",
		              out_path ? " to " : "", out_path ? out_path : "");
		ran = 0;
	}
	if (junit_path && write_junit(&r, junit_path, co.server) < 0) {
		tf_cli_errorf("conformance: cannot write --junit %s", junit_path);
		ran = 0;
	}
	fprintf(stderr, "trialfhir: conformance %s: %zu checks, %zu failed, %zu warnings\n",
	        !ran || r.failed ? "fail" : "pass", r.n, r.failed, r.warnings);
	exit_code = !ran ? TF_EXIT_FATAL : r.failed ? TF_EXIT_REJECTS : TF_EXIT_OK;
	tf_client_free(client);
	json_decref(probe);
	json_decref(r.tests);
	json_decref(r.setup);
	free(r.junit);
	free(r.results);
	return exit_code;
}
