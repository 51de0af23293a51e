/*
 * match.c - `trialfhir match`: patients x trials -> the match report
 * (DESIGN.md, "The match report", a contract tools read).
 *
 * Patients stream one at a time from the patient store (memory holds one
 * patient's context plus the trials); for each patient the trials are
 * matched by -j worker threads, each pair on its own, and the results are
 * written in trial order once all are in, so the output does not depend on
 * -j. Formats:
 *   json  {"asOf":..., "results":[...]} exactly as the contract says, one
 *         result per line;
 *   text  a table patients x trials with verdicts, then per pair the
 *         criteria (details are spooled to a temporary file while the table
 *         fills, so memory does not grow with the run);
 *   fhir  a searchset Bundle: each ResearchStudy some patient may fit, with
 *         search.score (the best score among its candidates), and a
 *         ResearchSubject (status candidate) per eligible or
 *         possibly-eligible pair.
 * A patient record that cannot be read is reported and skipped (exit 1).
 *
 * --trials and --patients also take a FHIR server's base URL (with the
 * connection options push and pull share): the library then searches the
 * studies and their plans, and per patient exactly what the trials'
 * DataRequirements ask for (match.h, tf_patient_source_open_server).
 */
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"
#include "trialfhir/json.h"
#include "trialfhir/match.h"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir match --trials FILE|DIR|URL --patients DIR|URL [options]\n"
	      "\n"
	      "Matches patients against trials' eligibility criteria.\n"
	      "\n"
	      "  --trials FILE|DIR|URL ResearchStudy + PlanDefinition resources (NDJSON, JSON,\n"
	      "                        Bundles), as `trialfhir convert` writes them, or a\n"
	      "                        FHIR server's base URL (its ResearchStudies and the\n"
	      "                        PlanDefinitions they name)\n"
	      "  --patients DIR|URL    patient records: one Bundle per patient (*.json) or\n"
	      "                        NDJSON per resource type (as `trialfhir pull` writes),\n"
	      "                        or a FHIR server's base URL (what the criteria ask\n"
	      "                        for is searched per patient)\n"
	      "  --patient ID          only this patient (repeatable; with a server, only\n"
	      "                        these are fetched, otherwise every Patient)\n"
	      "  --count N             page size of server searches (default 100)\n"
	      "  --as-of DATE          evaluation date, YYYY-MM-DD (default: today, UTC)\n"
	      "  --evaluator E         builtin (default), exec:COMMAND, plugin:PATH.so\n"
	      "  --format F            json (default), text, fhir\n"
	      "  --only W              eligible, or possible (eligible and possibly-eligible)\n"
	      "  -j, --jobs N          worker threads (default 1)\n"
	      "  -q, --quiet           no progress\n"
	      "  -h, --help            this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("  (match takes the server's URL as --trials URL or --patients URL, not --server;\n"
	      "   the other connection options apply to both)\n"
	      "\n"
	      "Score: the share of computable criteria (result met, not-met or unknown)\n"
	      "that came out favourable (inclusion met, exclusion not-met).\n"
	      "\n"
	      "Exit status: 0 done, 1 some patient records could not be read, 2 bad\n"
	      "usage, 3 could not run.\n",
	      fp);
}

enum { FMT_JSON, FMT_TEXT, FMT_FHIR };
enum { ONLY_ALL, ONLY_ELIGIBLE, ONLY_POSSIBLE };

typedef struct run {
	tf_evaluator *ev;
	tf_trial_set *ts;
	const char *as_of;
	int format;
	int only;
	int jobs;
	/* the current patient's work */
	const tf_patient_context *pc;
	json_t **results; /* one per trial */
	int *failed;      /* per trial: tf_match_pair failed */
	size_t next;      /* next trial to take */
	pthread_mutex_t lock;
	/* output state */
	size_t written;   /* json: results written */
	FILE *details;    /* text: spooled per-pair details */
	json_t *rows;     /* text: [patient id, verdict letters] */
	json_t *best;     /* fhir: study id -> best score (number) */
	json_t *subjects; /* fhir: ResearchSubject entries */
} run;

static void *worker(void *arg)
{
	run *r = arg;
	for (;;) {
		pthread_mutex_lock(&r->lock);
		size_t i = r->next++;
		pthread_mutex_unlock(&r->lock);
		if (i >= tf_trial_set_count(r->ts))
			return NULL;
		tf_error err;
		tf_error_clear(&err);
		if (tf_match_pair(r->ev, r->ts, i, r->pc, r->as_of, &r->results[i], &err) < 0)
			r->failed[i] = 1;
	}
}

static int wanted(const run *r, const char *verdict)
{
	if (r->only == ONLY_ELIGIBLE)
		return strcmp(verdict, "eligible") == 0;
	if (r->only == ONLY_POSSIBLE)
		return strcmp(verdict, "ineligible") != 0;
	return 1;
}

/* The report object without the keys that are not in the contract. */
static json_t *contract_copy(const json_t *res)
{
	json_t *c = json_deep_copy(res);
	json_t *crit;
	size_t i;
	json_array_foreach(json_object_get(c, "criteria"), i, crit)
	{
		json_object_del(crit, "_reason");
	}
	return c;
}

static const char *mark(const char *result)
{
	if (strcmp(result, "met") == 0)
		return "\u2713";
	if (strcmp(result, "not-met") == 0)
		return "\u2717";
	if (strcmp(result, "unknown") == 0)
		return "?";
	return "\u2013";
}

static char letter(const char *verdict)
{
	if (strcmp(verdict, "eligible") == 0)
		return 'E';
	if (strcmp(verdict, "ineligible") == 0)
		return '.';
	return 'P';
}

static int emit_text(run *r, const json_t *res)
{
	const char *pat = json_string_value(json_object_get(res, "patient"));
	const char *verdict = json_string_value(json_object_get(res, "verdict"));
	const char *nct = json_string_value(json_object_get(res, "nct"));
	char buf[32];
	const char *score = tf_json_number_text(json_object_get(res, "score"), buf, sizeof(buf));
	fprintf(r->details, "\n%s \u00d7 %s (%s): %s, score %s\n", pat, nct ? nct : "-",
	        json_string_value(json_object_get(res, "study")), verdict, score ? score : "0");
	const json_t *c;
	size_t i;
	json_array_foreach(json_object_get(res, "criteria"), i, c)
	{
		const char *text = json_string_value(json_object_get(c, "text"));
		const char *id = json_string_value(json_object_get(c, "id"));
		/* sub-criteria ("exclusion-8.2") are indented under their parent */
		int depth = 0;
		for (const char *p = id ? id : ""; *p; p++)
			depth += *p == '.';
		int indent = 2 + 2 * (depth > 4 ? 4 : depth);
		fprintf(r->details, "%*s%s %-*s %.100s%s\n", indent, "",
		        mark(json_string_value(json_object_get(c, "result"))), 16 - 2 * depth,
		        id ? id : "", text ? text : "", text && strlen(text) > 100 ? "\u2026" : "");
		const char *why = json_string_value(json_object_get(c, "_reason"));
		if (why)
			fprintf(r->details, "%*s(%s)\n", indent + 4, "", why);
		const json_t *e;
		size_t k;
		if (json_array_size(json_object_get(c, "evidence"))) {
			fprintf(r->details, "%*sevidence:", indent + 4, "");
			json_array_foreach(json_object_get(c, "evidence"), k, e)
			{
				fprintf(r->details, " %s", json_string_value(e));
			}
			fputc('\n', r->details);
		}
	}
	return ferror(r->details) ? -1 : 0;
}

static int emit_fhir(run *r, const json_t *res)
{
	const char *verdict = json_string_value(json_object_get(res, "verdict"));
	if (strcmp(verdict, "ineligible") == 0)
		return 0;
	const char *study = json_string_value(json_object_get(res, "study"));
	const char *pat = json_string_value(json_object_get(res, "patient"));
	/* the score is a decimal node (trialfhir/json.h): read its text */
	char num[32];
	const char *st = tf_json_number_text(json_object_get(res, "score"), num, sizeof(num));
	double score = st ? strtod(st, NULL) : 0.0;
	const char *sid = strchr(study, '/') ? strchr(study, '/') + 1 : study;
	json_t *b = json_object_get(r->best, sid);
	if (!b || json_number_value(b) < score)
		json_object_set_new(r->best, sid, json_real(score));
	/* an id from both ids, bounded to FHIR's 64 characters by a hash */
	unsigned long h = 5381;
	for (const char *p = study; *p; p++)
		h = h * 33 + (unsigned char)*p;
	for (const char *p = pat; *p; p++)
		h = h * 33 + (unsigned char)*p;
	char id[65];
	snprintf(id, sizeof(id), "match-%016lx", h);
	json_t *subject =
	        json_pack("{s:s, s:s, s:s, s:{s:s}, s:{s:s}, s:[{s:s, s:s}]}", "resourceType",
	                  "ResearchSubject", "id", id, "status", "candidate", "study", "reference",
	                  study, "individual", "reference", pat, "extension", "url",
	                  "http://trialfhir.org/fhir/StructureDefinition/match-verdict",
	                  "valueCode", verdict);
	if (!subject)
		return -1;
	json_t *entry = json_pack("{s:s, s:o, s:{s:s}}", "fullUrl", "", "resource", subject,
	                          "search", "mode", "include");
	if (!entry)
		return -1;
	char url[96];
	snprintf(url, sizeof(url), "ResearchSubject/%s", id);
	json_object_set_new(entry, "fullUrl", json_string(url));
	return json_array_append_new(r->subjects, entry);
}

static int emit(run *r, const json_t *res)
{
	if (!wanted(r, json_string_value(json_object_get(res, "verdict"))))
		return 0;
	if (r->format == FMT_TEXT)
		return emit_text(r, res);
	if (r->format == FMT_FHIR)
		return emit_fhir(r, res);
	json_t *c = contract_copy(res);
	if (!c)
		return -1;
	fputs(r->written++ ? ",\n" : "\n", stdout);
	int rc = tf_json_dumpf(c, TF_JSON_COMPACT, stdout, NULL);
	json_decref(c);
	return rc;
}

static int match_patient(run *r, const tf_patient_context *pc)
{
	size_t n = tf_trial_set_count(r->ts);
	r->pc = pc;
	r->next = 0;
	memset(r->results, 0, n * sizeof(json_t *));
	memset(r->failed, 0, n * sizeof(int));
	int jobs = r->jobs;
	if ((size_t)jobs > n)
		jobs = n ? (int)n : 1;
	pthread_t th[64];
	int started = 0;
	for (int i = 1; i < jobs; i++)
		if (pthread_create(&th[started], NULL, worker, r) == 0)
			started++;
	worker(r);
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	int rc = 0;
	char *letters = calloc(n + 1, 1);
	for (size_t i = 0; i < n; i++) {
		if (r->failed[i] || !r->results[i]) {
			tf_cli_errorf("match: %s x %s: out of memory", pc->id,
			              tf_trial_set_nct(r->ts, i) ? tf_trial_set_nct(r->ts, i)
			                                         : "?");
			rc = -1;
			if (letters)
				letters[i] = '!';
			continue;
		}
		if (letters)
			letters[i] = letter(
			        json_string_value(json_object_get(r->results[i], "verdict")));
		if (emit(r, r->results[i]) < 0)
			rc = -1;
		json_decref(r->results[i]);
		r->results[i] = NULL;
	}
	if (r->format == FMT_TEXT && letters) {
		/* people read names; the id stays for finding the record */
		const json_t *name = json_array_get(json_object_get(pc->patient, "name"), 0);
		const char *given =
		        json_string_value(json_array_get(json_object_get(name, "given"), 0));
		const char *family = json_string_value(json_object_get(name, "family"));
		char label[160];
		/* a UUID is told apart by its first 8 characters; shorter ids whole */
		int idw = strlen(pc->id) > 24 ? 8 : 24;
		if (given || family)
			snprintf(label, sizeof(label), "%.30s %.30s (%.*s)", given ? given : "",
			         family ? family : "", idw, pc->id);
		else
			snprintf(label, sizeof(label), "%s", pc->id);
		json_array_append_new(r->rows, json_pack("[s,s]", label, letters));
	}
	free(letters);
	return rc;
}

static int print_table(run *r)
{
	size_t n = tf_trial_set_count(r->ts);
	printf("Match as of %s: %zu patient(s) \u00d7 %zu trial(s)\n", r->as_of,
	       json_array_size(r->rows), n);
	printf("E eligible, P possibly eligible, . ineligible\n"
	       "criteria: \u2713 met, \u2717 not met, ? unknown (data missing), \u2013 not "
	       "computable\n\n");
	for (size_t i = 0; i < n; i++) {
		const char *nct = tf_trial_set_nct(r->ts, i);
		const char *id =
		        json_string_value(json_object_get(tf_trial_set_study(r->ts, i), "id"));
		const char *title =
		        json_string_value(json_object_get(tf_trial_set_study(r->ts, i), "title"));
		printf("%3zu %-12s %.62s%s\n", i + 1, nct ? nct : id, title ? title : "",
		       title && strlen(title) > 62 ? "\u2026" : "");
	}
	printf("\n%-40s ", "patient \\ trial");
	for (size_t i = 0; i < n; i++)
		putchar((int)('0' + (i + 1) % 10));
	putchar('\n');
	const json_t *row;
	size_t k;
	json_array_foreach(r->rows, k, row)
	{
		printf("%-40.40s %s\n", json_string_value(json_array_get(row, 0)),
		       json_string_value(json_array_get(row, 1)));
	}
	rewind(r->details);
	char buf[8192];
	size_t got;
	while ((got = fread(buf, 1, sizeof(buf), r->details)) > 0)
		fwrite(buf, 1, got, stdout);
	return ferror(stdout) ? -1 : 0;
}

static int print_fhir(run *r)
{
	json_t *entries = json_array();
	size_t n = tf_trial_set_count(r->ts);
	for (size_t i = 0; i < n; i++) {
		const json_t *s = tf_trial_set_study(r->ts, i);
		const char *sid = json_string_value(json_object_get(s, "id"));
		const json_t *best = sid ? json_object_get(r->best, sid) : NULL;
		if (!best)
			continue;
		char url[128], sc[32];
		snprintf(url, sizeof(url), "ResearchStudy/%s", sid);
		snprintf(sc, sizeof(sc), "%.2f", json_number_value(best));
		json_array_append_new(entries, json_pack("{s:s, s:O, s:{s:s, s:o}}", "fullUrl", url,
		                                         "resource", s, "search", "mode", "match",
		                                         "score", tf_json_decimal(sc)));
	}
	size_t total = json_array_size(entries);
	json_array_extend(entries, r->subjects);
	json_t *b = json_pack("{s:s, s:s, s:I, s:o}", "resourceType", "Bundle", "type", "searchset",
	                      "total", (json_int_t)total, "entry", entries);
	if (!b)
		return -1;
	int rc = tf_json_dumpf(b, TF_JSON_PRETTY, stdout, NULL);
	json_decref(b);
	putchar('\n');
	return rc;
}

static int valid_date(const char *s)
{
	int y, m, d;
	char rest;
	return s && strlen(s) == 10 && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &rest) == 3 &&
	       m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int is_url(const char *s)
{
	return strncmp(s, "https://", 8) == 0 || strncmp(s, "http://", 7) == 0;
}

int tf_cli_match(int argc, char **argv)
{
	enum { OPT_COUNT = 3000 };
	static const struct option own[] = {{"trials", required_argument, NULL, 't'},
	                                    {"patients", required_argument, NULL, 'p'},
	                                    {"patient", required_argument, NULL, 'P'},
	                                    {"as-of", required_argument, NULL, 'a'},
	                                    {"evaluator", required_argument, NULL, 'e'},
	                                    {"format", required_argument, NULL, 'f'},
	                                    {"only", required_argument, NULL, 'o'},
	                                    {"jobs", required_argument, NULL, 'j'},
	                                    {"quiet", no_argument, NULL, 'q'},
	                                    {"count", required_argument, NULL, OPT_COUNT},
	                                    {"help", no_argument, NULL, 'h'}};
	struct option longopts[64];
	if (tf_cli_client_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;
	tf_cli_client co;
	tf_cli_client_init(&co);
	int count = 100;
	const char *trials = NULL, *patients = NULL, *as_of = NULL, *evaluator = "builtin";
	const char **only_ids = calloc((size_t)argc + 1, sizeof(char *));
	size_t n_ids = 0;
	run r;
	memset(&r, 0, sizeof(r));
	r.jobs = 1;
	int quiet = 0, opt;
	if (!only_ids)
		return TF_EXIT_FATAL;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "j:qhv", longopts, NULL)) != -1) {
		int cr = tf_cli_client_opt(&co, opt, optarg);
		if (cr < 0) {
			free(only_ids);
			return TF_EXIT_USAGE;
		}
		if (cr > 0)
			continue;
		switch (opt) {
		case OPT_COUNT: {
			long v;
			if (tf_cli_long_arg(optarg, 1, 1000, &v) < 0) {
				tf_cli_errorf("match: --count takes a number from 1 to 1000");
				free(only_ids);
				return TF_EXIT_USAGE;
			}
			count = (int)v;
			break;
		}
		case 't':
			trials = optarg;
			break;
		case 'p':
			patients = optarg;
			break;
		case 'P':
			only_ids[n_ids++] = optarg;
			break;
		case 'a':
			as_of = optarg;
			break;
		case 'e':
			evaluator = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				r.format = FMT_JSON;
			else if (strcmp(optarg, "text") == 0)
				r.format = FMT_TEXT;
			else if (strcmp(optarg, "fhir") == 0)
				r.format = FMT_FHIR;
			else {
				tf_cli_errorf("match: unknown format \"%s\" (json, text, fhir)",
				              optarg);
				free(only_ids);
				return TF_EXIT_USAGE;
			}
			break;
		case 'o':
			if (strcmp(optarg, "eligible") == 0)
				r.only = ONLY_ELIGIBLE;
			else if (strcmp(optarg, "possible") == 0)
				r.only = ONLY_POSSIBLE;
			else {
				tf_cli_errorf("match: --only takes eligible or possible");
				free(only_ids);
				return TF_EXIT_USAGE;
			}
			break;
		case 'j': {
			long v;
			if (tf_cli_long_arg(optarg, 1, 64, &v) < 0) {
				tf_cli_errorf("match: -j takes a number from 1 to 64");
				free(only_ids);
				return TF_EXIT_USAGE;
			}
			r.jobs = (int)v;
			break;
		}
		case 'q':
			quiet = 1;
			break;
		case 'h':
			usage(stdout);
			free(only_ids);
			return TF_EXIT_OK;
		default:
			usage(stderr);
			free(only_ids);
			return TF_EXIT_USAGE;
		}
	}
	if (!trials || !patients || optind < argc) {
		if (!trials || !patients)
			tf_cli_errorf("match: --trials and --patients are required");
		else
			tf_cli_errorf("match: unexpected argument \"%s\"", argv[optind]);
		usage(stderr);
		free(only_ids);
		return TF_EXIT_USAGE;
	}
	if (co.server) {
		tf_cli_errorf("match: name the server with --trials URL or --patients URL");
		free(only_ids);
		return TF_EXIT_USAGE;
	}
	char today[16];
	if (!as_of) {
		time_t now = time(NULL);
		struct tm tm;
		gmtime_r(&now, &tm);
		strftime(today, sizeof(today), "%Y-%m-%d", &tm);
		as_of = today;
	} else if (!valid_date(as_of)) {
		tf_cli_errorf("match: --as-of takes a date YYYY-MM-DD, not \"%s\"", as_of);
		free(only_ids);
		return TF_EXIT_USAGE;
	}
	r.as_of = as_of;
	tf_error err;
	tf_error_clear(&err);
	int exit_code = TF_EXIT_OK;
	tf_patient_source *src = NULL;
	tf_client *tclient = NULL, *pclient = NULL;
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	if (is_url(trials)) {
		co.server = trials;
		int st = tf_cli_client_open(&co, &copts, &tclient);
		if (st != TF_EXIT_OK) {
			free(only_ids);
			return st;
		}
		char warn[1024];
		if (tf_trial_set_load_server(&r.ts, tclient, NULL, warn, sizeof(warn), &err) < 0) {
			tf_cli_errorf("match: %s", err.message);
			tf_client_free(tclient);
			free(only_ids);
			return TF_EXIT_FATAL;
		}
		if (warn[0])
			tf_cli_errorf("match: trials without criteria: %s", warn);
	} else if (tf_trial_set_load(&r.ts, trials, &err) < 0) {
		tf_cli_errorf("match: %s", err.message);
		free(only_ids);
		return TF_EXIT_FATAL;
	}
	if (tf_evaluator_open(&r.ev, evaluator, &err) < 0) {
		tf_cli_errorf("match: %s", err.message);
		tf_trial_set_free(r.ts);
		tf_client_free(tclient);
		free(only_ids);
		return err.code == TF_EINVAL ? TF_EXIT_USAGE : TF_EXIT_FATAL;
	}
	if (is_url(patients)) {
		/* one client when both name the same server: its connections are reused */
		if (tclient && strcmp(trials, patients) == 0) {
			pclient = tclient;
		} else {
			tf_client_options popts = TF_CLIENT_OPTIONS_INIT;
			co.server = patients;
			int st = tf_cli_client_open(&co, &popts, &pclient);
			if (st != TF_EXIT_OK) {
				exit_code = st;
				goto done;
			}
		}
		/* with --patient, only those are fetched */
		only_ids[n_ids] = NULL;
		if (tf_patient_source_open_server(&src, pclient, n_ids ? only_ids : NULL, r.ts,
		                                  as_of, count, &err) < 0) {
			tf_cli_errorf("match: %s", err.message);
			exit_code = TF_EXIT_FATAL;
			goto done;
		}
	} else if (tf_patient_source_open(&src, patients, tf_trial_set_types(r.ts), &err) < 0) {
		tf_cli_errorf("match: %s", err.message);
		exit_code = TF_EXIT_FATAL;
		goto done;
	}
	size_t n = tf_trial_set_count(r.ts);
	r.results = calloc(n ? n : 1, sizeof(json_t *));
	r.failed = calloc(n ? n : 1, sizeof(int));
	r.rows = json_array();
	r.best = json_object();
	r.subjects = json_array();
	pthread_mutex_init(&r.lock, NULL);
	if (r.format == FMT_TEXT)
		r.details = tmpfile();
	if (!r.results || !r.failed || !r.rows || !r.best || !r.subjects ||
	    (r.format == FMT_TEXT && !r.details)) {
		tf_cli_errorf("match: out of memory");
		exit_code = TF_EXIT_FATAL;
		goto done_lock;
	}
	if (r.format == FMT_JSON)
		printf("{\"asOf\":\"%s\",\"results\":[", as_of);
	tf_progress *prog = tf_progress_new(!quiet);
	size_t done = 0;
	for (;;) {
		tf_patient_context pc;
		tf_error_clear(&err);
		int rc = tf_patient_source_next(src, &pc, &err);
		if (rc == TF_ITEROVER)
			break;
		if (rc < 0) {
			tf_progress_end(prog);
			tf_cli_errorf("match: skipped a patient record: %s", err.message);
			exit_code = TF_EXIT_REJECTS;
			continue;
		}
		int take = n_ids == 0;
		for (size_t i = 0; i < n_ids && !take; i++)
			take = strcmp(only_ids[i], pc.id) == 0;
		if (take) {
			if (match_patient(&r, &pc) < 0)
				exit_code = TF_EXIT_FATAL;
			done++;
			tf_progress_update(prog, "patients", done, 0, done, 0);
		}
		tf_patient_context_clear(&pc);
		if (exit_code == TF_EXIT_FATAL)
			break;
	}
	tf_progress_end(prog);
	if (r.format == FMT_JSON)
		fputs(r.written ? "\n]}\n" : "]}\n", stdout);
	else if (r.format == FMT_TEXT && print_table(&r) < 0)
		exit_code = TF_EXIT_FATAL;
	else if (r.format == FMT_FHIR && print_fhir(&r) < 0)
		exit_code = TF_EXIT_FATAL;
	if (fflush(stdout) != 0) {
		tf_cli_errorf("match: writing the output failed");
		exit_code = TF_EXIT_FATAL;
	}
done_lock:
	pthread_mutex_destroy(&r.lock);
done:
	if (r.details)
		fclose(r.details);
	json_decref(r.rows);
	json_decref(r.best);
	json_decref(r.subjects);
	free(r.results);
	free(r.failed);
	tf_patient_source_free(src);
	if (pclient != tclient)
		tf_client_free(pclient);
	tf_client_free(tclient);
	tf_evaluator_free(r.ev);
	tf_trial_set_free(r.ts);
	free(only_ids);
	return exit_code;
}
