/*
 * pull.c - `trialfhir pull`: patient records from a FHIR server into the
 * file store (NDJSON per resource type, see trialfhir/sink.h).
 *
 * Which patients: named with --patient, every Patient (--all), those a
 * Patient search finds (--search 'Patient?...'), the members of a Group
 * (--group), or everything a Bulk Data $export delivers (--export, at
 * system, patient or group level). What of each patient (not for
 * --export, which takes what the server exports): the Patient and, by
 * default, the resource types eligibility criteria ask about; with --plans
 * only the types and codes the PlanDefinitions' DataRequirements name;
 * with --everything the patient's Patient/<id>/$everything when the
 * CapabilityStatement offers the operation, else every type of the
 * patient compartment the server can search by patient (the
 * CapabilityStatement says which). Searches follow Bundle.link[next] only.
 *
 * With --rejects FILE, what could not be had goes there as NDJSON in the
 * shape of convert's and push's reject files (source, record, line,
 * column, id, stage, error, message, outcome): export lines refused
 * (stage "export"), the OperationOutcomes of the server's export error
 * files (stage "export-error", the server's own OperationOutcome),
 * resources the store cannot name (stage "store") and reads or searches
 * that failed for good (stage "fetch", source the request, id the
 * patient).
 *
 * Data that could not be fetched in full is never passed off as complete:
 * the store gets an OperationOutcome "incomplete-<id>" in
 * OperationOutcome.ndjson whose issue (code "incomplete") names each
 * affected patient in issue.expression ("Patient/<id>") and says what is
 * missing in diagnostics; the matcher reads it (src/match/context.c) and
 * says "insufficient data" rather than "not eligible". The exit code is
 * then 1.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <curl/curl.h>
#include "cli.h"
#include "trialfhir/client.h"

#define DEFAULT_STORE "fhir-store"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir pull --server URL [options] --patient ID... | --all |\n"
	      "                      --search 'Patient?QUERY' | --group ID |\n"
	      "                      --export system|patient|group [--group ID]\n"
	      "\n"
	      "Fetches patient records into a file store (NDJSON per resource type).\n"
	      "\n"
	      "Which patients:\n"
	      "  --patient ID        a patient's logical id (repeatable)\n"
	      "  --all               every Patient on the server\n"
	      "  --search QUERY      the Patients a search finds, e.g. 'Patient?gender=female'\n"
	      "  --group ID          the members of Group ID (with --export: a group export)\n"
	      "  --export LEVEL      everything via Bulk Data $export: system, patient or group\n"
	      "What of each patient (besides the Patient):\n"
	      "  (default)           Observation, Condition, MedicationStatement,\n"
	      "                      MedicationRequest, Procedure, AllergyIntolerance\n"
	      "  --plans FILE|DIR    the types and codes these PlanDefinitions' DataRequirements\n"
	      "                      ask for (FHIR JSON/NDJSON files)\n"
	      "  --everything        the patient compartment: Patient/ID/$everything where the\n"
	      "                      server offers it, else every type it can search by patient\n"
	      "Output and limits:\n"
	      "  -o, --output DIR    the file store (default ./" DEFAULT_STORE ")\n"
	      "  --count N           page size asked of the server (default 100)\n"
	      "  --types LIST        --export: the _type list\n"
	      "  --max-file-bytes N  --export: cap per downloaded file, decompressed\n"
	      "                      (default 2147483648 = 2 GiB)\n"
	      "  --max-line-bytes N  --export: longer NDJSON lines are rejected (default 4 MiB)\n"
	      "  --rejects FILE      what could not be fetched or stored, as NDJSON with an\n"
	      "                      OperationOutcome per line (\"-\": stdout)\n"
	      "  -q, --quiet         no summary\n"
	      "  -h, --help          this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("\nIncomplete data (a page that failed for good, a next link to another host,\n"
	      "an export file or line not delivered, export error files) is marked in\n"
	      "DIR/OperationOutcome.ndjson: an OperationOutcome \"incomplete-...\" whose issue\n"
	      "(code incomplete) lists each affected Patient/<id> in issue.expression.\n"
	      "\nExit status: 0 all fetched, 1 some patients missing or incomplete, 2 bad\n"
	      "usage, 3 could not run.\n",
	      fp);
}

static int same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* The resource types of a patient record by default. */
static const char *const record_types[] = {"Observation",       "Condition", "MedicationStatement",
                                           "MedicationRequest", "Procedure", "AllergyIntolerance"};

/* What to fetch for each patient: {type: null (all) | ["system|code", ...]} */
typedef struct {
	json_t *scope;
} scope_t;

typedef struct {
	tf_sink *sink;
	size_t written;
	size_t rejected;
	json_t *patients;    /* ids delivered by an export */
	tf_rejects *rejects; /* --rejects (counts only without a file) */
} pull_run;

/* A read or search that failed for good: a reject line naming the request
 * (source) and the patient (id). */
static void reject_fetch(pull_run *p, const char *request, const char *pid, const tf_error *e)
{
	tf_error r = *e;
	snprintf(r.source, sizeof(r.source), "%s", request);
	snprintf(r.record_id, sizeof(r.record_id), "Patient/%.50s", pid);
	r.record = 0;
	tf_rejects_add(p->rejects, &r, "fetch");
}

static int write_resource(void *ud, const json_t *res, tf_error *err)
{
	pull_run *p = ud;
	int rc = tf_sink_write(p->sink, res, err);
	if (rc == TF_EINVALID) {
		/* An id the store cannot name safely: skip it, say so. */
		tf_cli_errorf("pull: skipped a resource: %s", err->message);
		p->rejected++;
		tf_error r = *err;
		const char *rt = json_string_value(json_object_get(res, "resourceType"));
		snprintf(r.source, sizeof(r.source), "%s", rt ? rt : "-");
		tf_rejects_add(p->rejects, &r, "store");
		return 0;
	}
	if (rc == 0)
		p->written++;
	return rc;
}

static int collect_id(void *ud, const json_t *res, tf_error *err)
{
	json_t *ids = ud;
	(void)err;
	const char *id = json_string_value(json_object_get(res, "id"));
	if (id)
		json_array_append_new(ids, json_string(id));
	return 0;
}

/* Writes the store's note that the patients in pids (Patient ids) have
 * incomplete data; name makes the note's id ("incomplete-<name>"). */
static int mark_incomplete_many(pull_run *p, const char *name, const json_t *pids, const char *what)
{
	char id[65];
	snprintf(id, sizeof(id), "incomplete-%.*s", 64 - 11, name);
	json_t *expr = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(pids, i, v)
	{
		char ref[96];
		snprintf(ref, sizeof(ref), "Patient/%s", json_string_value(v));
		json_array_append_new(expr, json_string(ref));
	}
	json_t *oo = json_pack("{s:s, s:s, s:[{s:s, s:s, s:s}]}", "resourceType",
	                       "OperationOutcome", "id", id, "issue", "severity", "warning", "code",
	                       "incomplete", "diagnostics", what);
	if (!oo) {
		json_decref(expr);
		return TF_ENOMEM;
	}
	/* FHIR has no empty arrays: an export that delivered no Patient
	 * names none. */
	if (json_array_size(expr))
		json_object_set(json_array_get(json_object_get(oo, "issue"), 0), "expression",
		                expr);
	json_decref(expr);
	tf_error err;
	int rc = tf_sink_write(p->sink, oo, &err);
	json_decref(oo);
	return rc == TF_EINVALID ? 0 : rc;
}

static int mark_incomplete(pull_run *p, const char *pid, const char *what)
{
	json_t *one = json_pack("[s]", pid);
	if (!one)
		return TF_ENOMEM;
	int rc = mark_incomplete_many(p, pid, one, what);
	json_decref(one);
	return rc;
}

/* Errors after which no other patient can be fetched either. */
static int fatal(int rc)
{
	return rc == TF_EAUTH || rc == TF_ETLS || rc == TF_ETLS_UNTRUSTED ||
	       rc == TF_ETLS_EXPIRED || rc == TF_ETLS_HOSTNAME || rc == TF_EIO || rc == TF_ENOMEM ||
	       rc == TF_ETRANSPORT;
}

/* Appends "; what: why" to a reason buffer. */
static void add_reason(char *why, size_t size, const char *what, const char *reason)
{
	size_t wl = strlen(why);
	if (wl + 1 < size)
		snprintf(why + wl, size - wl, "%s%s: %.200s", wl ? "; " : "", what, reason);
}

/* Searches one type of one patient's record, codes (NULL: all) sent in
 * groups so no URL grows without bound. Returns < 0 to stop the run, 1
 * when incomplete (why filled), else 0. */
static int pull_type(tf_client *c, pull_run *p, const char *pid, const char *type,
                     const json_t *codes, int count, char *why, size_t why_size)
{
	size_t n = json_array_size(codes), step = 40;
	int incomplete = 0;
	for (size_t from = 0; from == 0 || from < n; from += step) {
		size_t len = 1;
		for (size_t i = from; i < n && i < from + step; i++)
			len += strlen(json_string_value(json_array_get(codes, i))) + 1;
		char *list = malloc(len);
		if (!list)
			return TF_ENOMEM;
		list[0] = '\0';
		for (size_t i = from, at = 0; i < n && i < from + step; i++)
			at += (size_t)snprintf(list + at, len - at, "%s%s", at ? "," : "",
			                       json_string_value(json_array_get(codes, i)));
		const char *params[] = {"patient", pid, codes ? "code" : NULL, list, NULL};
		tf_search_options so = TF_SEARCH_OPTIONS_INIT;
		so.count = count;
		tf_search_result sr;
		tf_error err;
		tf_error_clear(&err);
		int rc = tf_client_search(c, type, params, &so, write_resource, p, &sr, &err);
		free(list);
		if (rc < 0 && fatal(rc)) {
			tf_cli_errorf("pull: %s of Patient/%s: %s", type, pid, err.message);
			return rc;
		}
		if (rc < 0) {
			char req[200];
			snprintf(req, sizeof(req), "%s?patient=%s%s", type, pid,
			         codes ? "&code=..." : "");
			reject_fetch(p, req, pid, &err);
		}
		if (rc < 0 || sr.incomplete) {
			incomplete = 1;
			add_reason(why, why_size, type, rc < 0 ? err.message : sr.reason);
		}
		if (!codes)
			break;
	}
	return incomplete;
}

/* Pulls one patient; returns 1 when it is incomplete or missing, < 0 when
 * the run must stop. */
static int pull_patient(tf_client *c, pull_run *p, const char *pid, const json_t *scope, int count)
{
	tf_error err;
	tf_error_clear(&err);
	json_t *patient = NULL;
	int rc = tf_client_read(c, "Patient", pid, &patient, &err);
	if (rc < 0) {
		char req[100];
		snprintf(req, sizeof(req), "Patient/%.64s", pid);
		reject_fetch(p, req, pid, &err);
	}
	if (rc == TF_ENOTFOUND || rc == TF_EINVAL) {
		tf_cli_errorf("pull: Patient/%s: %s", pid, err.message);
		return 1;
	}
	if (rc < 0) {
		tf_cli_errorf("pull: Patient/%s: %s", pid, err.message);
		if (fatal(rc))
			return rc;
		rc = mark_incomplete(p, pid, err.message);
		return rc < 0 ? rc : 1;
	}
	rc = write_resource(p, patient, &err);
	json_decref(patient);
	if (rc < 0)
		return rc;
	int incomplete = 0;
	char why[1024] = "";
	const char *type;
	json_t *codes;
	json_object_foreach((json_t *)scope, type, codes)
	{
		rc = pull_type(c, p, pid, type, json_is_array(codes) ? codes : NULL, count, why,
		               sizeof(why));
		if (rc < 0)
			return rc;
		incomplete |= rc;
	}
	if (incomplete) {
		tf_cli_errorf("pull: Patient/%s incomplete: %s", pid, why);
		rc = mark_incomplete(p, pid, why);
		return rc < 0 ? rc : 1;
	}
	return 0;
}

/* Pulls one patient with Patient/<id>/$everything (the Patient comes with
 * it); returns as pull_patient. */
static int pull_everything(tf_client *c, pull_run *p, const char *pid, int count)
{
	tf_search_options so = TF_SEARCH_OPTIONS_INIT;
	so.count = count;
	tf_search_result sr;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_client_operation_search(c, "Patient", pid, "$everything", NULL, &so,
	                                    write_resource, p, &sr, &err);
	if (rc < 0) {
		char req[100];
		snprintf(req, sizeof(req), "Patient/%.64s/$everything", pid);
		reject_fetch(p, req, pid, &err);
		tf_cli_errorf("pull: Patient/%s/$everything: %s", pid, err.message);
		if (fatal(rc))
			return rc;
		/* Nothing at all of an unknown patient: missing, not incomplete. */
		if (!sr.pages && (rc == TF_ENOTFOUND || rc == TF_EINVAL))
			return 1;
	}
	if (rc < 0 || sr.incomplete) {
		const char *why = rc < 0 ? err.message : sr.reason;
		tf_cli_errorf("pull: Patient/%s incomplete: %s", pid, why);
		char what[300];
		snprintf(what, sizeof(what), "$everything: %.250s", why);
		rc = mark_incomplete(p, pid, what);
		return rc < 0 ? rc : 1;
	}
	return 0;
}

/* --- what to fetch: --plans and --everything --- */

/* Adds a DataRequirement's type and codes to scope: a requirement without
 * codes asks for the whole type (json null), and that wins. */
static void add_requirement(json_t *scope, const json_t *dr)
{
	const char *type = json_string_value(json_object_get(dr, "type"));
	if (!type || strcmp(type, "Patient") == 0)
		return; /* the Patient is always read */
	json_t *codes = json_array();
	int all = 1;
	size_t i, k;
	json_t *cf, *code;
	json_array_foreach(json_object_get(dr, "codeFilter"), i, cf)
	{
		json_array_foreach(json_object_get(cf, "code"), k, code)
		{
			const char *sys = json_string_value(json_object_get(code, "system"));
			const char *cv = json_string_value(json_object_get(code, "code"));
			char *tok = NULL;
			if (cv && tf_search_token(sys, cv, &tok) == 0) {
				json_array_append_new(codes, json_string(tok));
				all = 0;
			}
			free(tok);
		}
		/* A value set or a filter we cannot express: take the whole type
		 * and let the evaluator decide. */
		if (json_object_get(cf, "valueSet") ||
		    !json_array_size(json_object_get(cf, "code")))
			all = 1;
	}
	json_t *have = json_object_get(scope, type);
	if (all || json_is_null(have)) {
		json_object_set_new(scope, type, json_null());
	} else if (!have) {
		json_object_set(scope, type, codes);
	} else {
		json_array_foreach(codes, i, code)
		{
			int dup = 0;
			json_t *h;
			json_array_foreach(have, k, h) dup |= json_equal(h, code);
			if (!dup)
				json_array_append(have, code);
		}
	}
	json_decref(codes);
}

static void add_actions(json_t *scope, const json_t *actions)
{
	size_t i, k;
	json_t *a, *dr;
	json_array_foreach(actions, i, a)
	{
		json_array_foreach(json_object_get(a, "input"), k, dr) add_requirement(scope, dr);
		add_actions(scope, json_object_get(a, "action"));
	}
}

typedef struct {
	json_t *scope;
	size_t plans;
	int bad;
} plans_ctx;

static int plan_cb(void *ud, const json_t *res, const tf_error *rec_err)
{
	plans_ctx *pc = ud;
	if (!res) {
		char line[700];
		tf_cli_format_error(rec_err, line, sizeof(line));
		tf_cli_errorf("pull: --plans: %s", line);
		pc->bad = 1;
		return 0;
	}
	if (!same(json_string_value(json_object_get(res, "resourceType")), "PlanDefinition"))
		return 0;
	pc->plans++;
	add_actions(pc->scope, json_object_get(res, "action"));
	return 0;
}

static int plan_file(void *ud, const char *path)
{
	tf_error err;
	tf_error_clear(&err);
	if (tf_resources_read_file(path, 0, plan_cb, ud, &err) < 0) {
		tf_cli_errorf("pull: --plans %s: %s", path, err.message);
		((plans_ctx *)ud)->bad = 1;
	}
	return 0;
}

static int load_plans(const char *path, json_t *scope)
{
	plans_ctx pc = {scope, 0, 0};
	static const char *const suffixes[] = {".json", ".ndjson", NULL};
	FILE *probe = fopen(path, "r");
	int is_dir = 0;
	if (probe) {
		is_dir = fgetc(probe) == EOF && ferror(probe);
		fclose(probe);
	}
	if (is_dir) {
		if (tf_cli_each_file(path, suffixes, plan_file, &pc) < 0) {
			tf_cli_errorf("pull: cannot read --plans directory %s", path);
			return -1;
		}
	} else {
		plan_file(&pc, path);
	}
	if (pc.bad)
		return -1;
	if (!pc.plans) {
		tf_cli_errorf("pull: --plans %s holds no PlanDefinition", path);
		return -1;
	}
	return 0;
}

/* Every type of the CapabilityStatement that is searchable by "patient". */
static void add_compartment(json_t *scope, const json_t *cs)
{
	size_t i, k, j;
	json_t *rest, *r, *sp;
	json_array_foreach(json_object_get(cs, "rest"), i, rest)
	{
		json_array_foreach(json_object_get(rest, "resource"), k, r)
		{
			const char *type = json_string_value(json_object_get(r, "type"));
			json_array_foreach(json_object_get(r, "searchParam"), j, sp)
			{
				if (type && strcmp(type, "Patient") != 0 &&
				    same(json_string_value(json_object_get(sp, "name")), "patient"))
					json_object_set_new(scope, type, json_null());
			}
		}
	}
}

/* Whether the CapabilityStatement offers Patient/<id>/$everything: an
 * operation "everything" on the Patient resource (or at rest level with
 * the Patient-everything definition). */
static int offers_everything(const json_t *cs)
{
	size_t i, k, j;
	json_t *rest, *r, *op;
	json_array_foreach(json_object_get(cs, "rest"), i, rest)
	{
		json_array_foreach(json_object_get(rest, "resource"), k, r)
		{
			if (!same(json_string_value(json_object_get(r, "type")), "Patient"))
				continue;
			json_array_foreach(json_object_get(r, "operation"), j, op)
			{
				if (same(json_string_value(json_object_get(op, "name")),
				         "everything"))
					return 1;
			}
		}
		json_array_foreach(json_object_get(rest, "operation"), j, op)
		{
			const char *def = json_string_value(json_object_get(op, "definition"));
			if (def && strstr(def, "/Patient-everything"))
				return 1;
		}
	}
	return 0;
}

/* --- which patients: --search and --group --- */

/* Splits "Patient?a=1&b=2" into params (name/value pairs, decoded). */
static int parse_search(const char *q, json_t *params)
{
	const char *qm = strchr(q, '?');
	size_t tl = qm ? (size_t)(qm - q) : strlen(q);
	if (tl != 7 || strncmp(q, "Patient", 7) != 0) {
		tf_cli_errorf("pull: --search wants a Patient search, 'Patient?name=value&...'");
		return -1;
	}
	if (!qm)
		return 0;
	char *dup = strdup(qm + 1), *save = NULL;
	if (!dup)
		return -1;
	for (char *part = strtok_r(dup, "&", &save); part; part = strtok_r(NULL, "&", &save)) {
		char *eq = strchr(part, '=');
		if (!eq || eq == part) {
			tf_cli_errorf("pull: --search: '%s' is not name=value", part);
			free(dup);
			return -1;
		}
		*eq = '\0';
		for (char *p = eq + 1; *p; p++)
			if (*p == '+')
				*p = ' ';
		int ln, lv;
		char *n = curl_easy_unescape(NULL, part, 0, &ln);
		char *v = curl_easy_unescape(NULL, eq + 1, 0, &lv);
		if (n && v && (int)strlen(n) == ln && (int)strlen(v) == lv) {
			json_array_append_new(params, json_string(n));
			json_array_append_new(params, json_string(v));
		} else {
			tf_cli_errorf("pull: --search: bad escape in '%s'", part);
			curl_free(n);
			curl_free(v);
			free(dup);
			return -1;
		}
		curl_free(n);
		curl_free(v);
	}
	free(dup);
	return 0;
}

/* Group.member[].entity references to Patients → ids. A member that is
 * not a Patient on this server is reported; returns how many. */
static size_t group_members(const json_t *group, const char *base, json_t *ids)
{
	size_t bad = 0, i;
	json_t *m;
	size_t bl = strlen(base);
	json_array_foreach(json_object_get(group, "member"), i, m)
	{
		if (json_is_true(json_object_get(m, "inactive")))
			continue;
		const char *ref = json_string_value(
		        json_object_get(json_object_get(m, "entity"), "reference"));
		if (ref && strncmp(ref, base, bl) == 0 && ref[bl] == '/')
			ref += bl + 1;
		if (ref && strncmp(ref, "Patient/", 8) == 0 && ref[8] && !strchr(ref + 8, '/')) {
			json_array_append_new(ids, json_string(ref + 8));
		} else {
			tf_cli_errorf("pull: Group member %zu (%s) is not a Patient of this server",
			              i, ref ? ref : "no reference");
			bad++;
		}
	}
	return bad;
}

/* --- --export --- */

static int export_resource(void *ud, const json_t *res, tf_error *err)
{
	pull_run *p = ud;
	if (same(json_string_value(json_object_get(res, "resourceType")), "Patient")) {
		const char *id = json_string_value(json_object_get(res, "id"));
		if (id)
			json_array_append_new(p->patients, json_string(id));
	}
	return write_resource(ud, res, err);
}

static int export_error(void *ud, const json_t *oo, tf_error *err)
{
	pull_run *p = ud;
	(void)err;
	json_t *issue = json_array_get(json_object_get(oo, "issue"), 0);
	const char *d =
	        json_string_value(json_object_get(json_object_get(issue, "details"), "text"));
	if (!d)
		d = json_string_value(json_object_get(issue, "diagnostics"));
	tf_cli_errorf("pull: the server's export error file: %s", d ? d : "(no text)");
	tf_error r;
	tf_error_clear(&r);
	r.code = TF_EREJECTED;
	snprintf(r.source, sizeof(r.source), "$export error file");
	snprintf(r.message, sizeof(r.message), "%s", d ? d : "(no text)");
	tf_rejects_add_outcome(p->rejects, &r, "export-error", oo);
	return 0;
}

static int export_reject(void *ud, const json_t *res, const tf_error *rec_err)
{
	pull_run *p = ud;
	(void)res;
	tf_cli_errorf("pull: export: %s", rec_err->message);
	p->rejected++;
	tf_rejects_add(p->rejects, rec_err, "export");
	return 0;
}

static int run_export(tf_client *c, pull_run *p, const char *level, const char *group,
                      const char *types, size_t max_file, size_t max_line, const char *output)
{
	tf_export_options eo = TF_EXPORT_OPTIONS_INIT;
	eo.level = level;
	eo.group_id = group;
	eo.types = types;
	eo.max_file_bytes = max_file;
	eo.max_line_bytes = max_line;
	eo.on_reject = export_reject;
	/* Downloads next to the store, so a 2 GiB file does not land in a
	 * small /tmp; removed once read. */
	size_t dl = strlen(output) + 16;
	char *dir = malloc(dl);
	if (!dir)
		return TF_ENOMEM;
	snprintf(dir, dl, "%s/.export-XXXXXX", output);
	if (!mkdtemp(dir)) {
		tf_cli_errorf("pull: cannot create a download directory in %s", output);
		free(dir);
		return TF_EIO;
	}
	eo.download_dir = dir;
	tf_export_result er;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_client_export(c, &eo, export_resource, export_error, p, &er, &err);
	rmdir(dir);
	free(dir);
	if (rc < 0) {
		tf_cli_errorf("pull: $export failed: %s", err.message);
		return rc;
	}
	if (er.partial) {
		tf_cli_errorf("pull: the export is incomplete: %s", er.reason);
		rc = mark_incomplete_many(p, "export", p->patients, er.reason);
		return rc < 0 ? rc : 1;
	}
	return 0;
}

static int parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v = strtoull(s, &end, 10);
	if (*end || !*s || *s == '-' || v == 0)
		return -1;
	*out = (size_t)v;
	return 0;
}

int tf_cli_pull(int argc, char **argv)
{
	enum {
		OPT_PATIENT = 2000,
		OPT_ALL,
		OPT_COUNT,
		OPT_SEARCH,
		OPT_GROUP,
		OPT_EXPORT,
		OPT_PLANS,
		OPT_EVERYTHING,
		OPT_TYPES,
		OPT_MAX_FILE,
		OPT_MAX_LINE,
		OPT_REJECTS
	};
	static const struct option own[] = {
	        {"patient", required_argument, NULL, OPT_PATIENT},
	        {"all", no_argument, NULL, OPT_ALL},
	        {"search", required_argument, NULL, OPT_SEARCH},
	        {"group", required_argument, NULL, OPT_GROUP},
	        {"export", required_argument, NULL, OPT_EXPORT},
	        {"plans", required_argument, NULL, OPT_PLANS},
	        {"everything", no_argument, NULL, OPT_EVERYTHING},
	        {"types", required_argument, NULL, OPT_TYPES},
	        {"max-file-bytes", required_argument, NULL, OPT_MAX_FILE},
	        {"max-line-bytes", required_argument, NULL, OPT_MAX_LINE},
	        {"rejects", required_argument, NULL, OPT_REJECTS},
	        {"output", required_argument, NULL, 'o'},
	        {"count", required_argument, NULL, OPT_COUNT},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	};
	struct option longopts[64];
	if (tf_cli_client_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;

	tf_cli_client co;
	tf_cli_client_init(&co);
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	const char *output = DEFAULT_STORE, *search = NULL, *group = NULL, *export = NULL,
	           *plans = NULL, *types = NULL, *rejects_path = NULL;
	size_t max_file = 0, max_line = 0;
	json_t *ids = json_array(), *scope = json_object(), *sparams = json_array();
	int all = 0, quiet = 0, everything = 0, count = 100, c, status = TF_EXIT_USAGE;
	tf_client *client = NULL;
	pull_run p;
	memset(&p, 0, sizeof(p));
	p.patients = json_array();
	if (!ids || !scope || !sparams || !p.patients) {
		status = TF_EXIT_FATAL;
		goto out;
	}
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:qhv", longopts, NULL)) != -1) {
		int r = tf_cli_client_opt(&co, c, optarg);
		if (r < 0)
			goto out;
		if (r > 0)
			continue;
		switch (c) {
		case OPT_PATIENT:
			json_array_append_new(ids, json_string(optarg));
			break;
		case OPT_ALL:
			all = 1;
			break;
		case OPT_SEARCH:
			search = optarg;
			break;
		case OPT_GROUP:
			group = optarg;
			break;
		case OPT_EXPORT:
			export = optarg;
			if (strcmp(export, "system") && strcmp(export, "patient") &&
			    strcmp(export, "group")) {
				tf_cli_errorf("pull: --export wants system, patient or group");
				goto out;
			}
			break;
		case OPT_PLANS:
			plans = optarg;
			break;
		case OPT_EVERYTHING:
			everything = 1;
			break;
		case OPT_TYPES:
			types = optarg;
			break;
		case OPT_MAX_FILE:
		case OPT_MAX_LINE:
			if (parse_size(optarg, c == OPT_MAX_FILE ? &max_file : &max_line) < 0) {
				tf_cli_errorf("pull: --max-%s-bytes wants a positive number",
				              c == OPT_MAX_FILE ? "file" : "line");
				goto out;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_REJECTS:
			rejects_path = optarg;
			break;
		case OPT_COUNT: {
			long v;
			if (tf_cli_long_arg(optarg, 1, 1000, &v) < 0) {
				tf_cli_errorf("pull: --count wants 1..1000");
				goto out;
			}
			count = (int)v;
			break;
		}
		case 'q':
			quiet = 1;
			break;
		case 'h':
			usage(stdout);
			status = TF_EXIT_OK;
			goto out;
		default:
			usage(stderr);
			goto out;
		}
	}
	/* Exactly one selection; --group doubles as the group of a group export. */
	int selections = (json_array_size(ids) > 0) + all + (search != NULL) +
	                 (group != NULL && !export) + (export != NULL);
	if (optind < argc || selections != 1) {
		tf_cli_errorf("pull: give one of --patient ID..., --all, --search, --group, "
		              "--export (no other arguments)");
		usage(stderr);
		goto out;
	}
	if (export && (same(export, "group") != (group != NULL))) {
		tf_cli_errorf("pull: --export group needs --group ID, and only it takes one");
		goto out;
	}
	if (export && (plans || everything)) {
		tf_cli_errorf("pull: --plans and --everything do not apply to --export "
		              "(use --types)");
		goto out;
	}
	if (plans && everything) {
		tf_cli_errorf("pull: give --plans or --everything, not both");
		goto out;
	}
	if ((types || max_file || max_line) && !export) {
		tf_cli_errorf("pull: --types and --max-*-bytes apply to --export only");
		goto out;
	}
	if (search && parse_search(search, sparams) < 0)
		goto out;
	if (plans && load_plans(plans, scope) < 0)
		goto out;
	if (!plans && !everything)
		for (size_t i = 0; i < sizeof(record_types) / sizeof(record_types[0]); i++)
			json_object_set_new(scope, record_types[i], json_null());

	if (tf_rejects_open(&p.rejects, rejects_path) < 0) {
		tf_cli_errorf("pull: cannot open --rejects %s", rejects_path);
		status = TF_EXIT_FATAL;
		goto out;
	}
	status = tf_cli_client_open(&co, &copts, &client);
	if (status != TF_EXIT_OK)
		goto out;
	status = TF_EXIT_FATAL;
	tf_error err;
	tf_error_clear(&err);
	json_t *cs = NULL;
	if (tf_client_capabilities(client, &cs, &err) < 0) {
		tf_cli_errorf("pull: server not usable: %s", err.message);
		goto out;
	}
	/* --everything: the operation where the server has it, else a search
	 * per type it can search by patient. */
	int use_everything = everything && offers_everything(cs);
	if (everything && !use_everything)
		add_compartment(scope, cs);
	json_decref(cs);
	int incomplete = 0;
	json_t *unlisted = NULL; /* why the patient list itself is short */
	if (all || search) {
		tf_search_options so = TF_SEARCH_OPTIONS_INIT;
		so.count = count;
		tf_search_result sr;
		size_t np = json_array_size(sparams);
		const char **params = calloc(np + 3, sizeof(char *));
		if (!params)
			goto out;
		for (size_t i = 0; i < np; i++)
			params[i] = json_string_value(json_array_get(sparams, i));
		if (all) {
			params[0] = "_elements";
			params[1] = "id";
		}
		int rc = tf_client_search(client, "Patient", params, &so, collect_id, ids, &sr,
		                          &err);
		free(params);
		if (rc < 0 && !sr.pages) {
			tf_cli_errorf("pull: cannot list patients: %s", err.message);
			goto out;
		}
		if (rc < 0 || sr.incomplete) {
			const char *why = rc < 0 ? err.message : sr.reason;
			tf_cli_errorf("pull: the patient list is incomplete: %s", why);
			unlisted = json_string(why);
			incomplete++;
		}
	} else if (group && !export) {
		json_t *g = NULL;
		if (tf_client_read(client, "Group", group, &g, &err) < 0) {
			tf_cli_errorf("pull: Group/%s: %s", group, err.message);
			goto out;
		}
		size_t bad = group_members(g, tf_client_base(client), ids);
		json_decref(g);
		if (bad) {
			unlisted = json_sprintf("%zu Group member%s not fetched", bad,
			                        bad == 1 ? "" : "s");
			incomplete++;
		}
	}
	tf_sink_options sopts = TF_SINK_OPTIONS_INIT;
	if (tf_sink_open_dir(&p.sink, output, &sopts, &err) < 0) {
		tf_cli_errorf("cannot open output: %s", err.message);
		goto out;
	}
	int rc = 0;
	if (export) {
		rc = run_export(client, &p, export, group, types, max_file, max_line, output);
		if (rc > 0)
			incomplete++;
		rc = rc > 0 ? 0 : rc;
	} else {
		size_t i;
		json_t *id;
		json_array_foreach(ids, i, id)
		{
			rc = use_everything
			             ? pull_everything(client, &p, json_string_value(id), count)
			             : pull_patient(client, &p, json_string_value(id), scope,
			                            count);
			if (rc < 0)
				break;
			incomplete += rc;
			rc = 0;
		}
		/* A short patient list leaves patients we cannot name: the note
		 * goes on every patient we did fetch, since the selection they
		 * were part of is not the whole of it. */
		if (rc == 0 && unlisted)
			rc = mark_incomplete_many(&p, "selection", ids,
			                          json_string_value(unlisted));
	}
	json_decref(unlisted);
	if (rc == 0 && tf_sink_close(p.sink, &err) < 0) {
		tf_cli_errorf("cannot finish output: %s", err.message);
		rc = TF_EIO;
	}
	if (!quiet) {
		size_t np = export ? json_array_size(p.patients) : json_array_size(ids);
		fprintf(stderr,
		        "trialfhir: pulled %zu patient%s, %zu resources, %zu rejected, %d "
		        "incomplete -> %s\n",
		        np, np == 1 ? "" : "s", p.written, p.rejected, incomplete, output);
	}
	if (rc < 0)
		status = TF_EXIT_FATAL;
	else
		status = incomplete || p.rejected ? TF_EXIT_REJECTS : TF_EXIT_OK;
out:
	if (tf_rejects_close(p.rejects) < 0 && status != TF_EXIT_USAGE) {
		tf_cli_errorf("pull: cannot write --rejects %s", rejects_path);
		status = TF_EXIT_FATAL;
	}
	tf_sink_free(p.sink);
	tf_client_free(client);
	json_decref(ids);
	json_decref(scope);
	json_decref(sparams);
	json_decref(p.patients);
	return status;
}
