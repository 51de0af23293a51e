/*
 * validate.c - `trialfhir validate FILE...`: validates FHIR R4 resources
 * (JSON documents, Bundles, JSON arrays of resources, NDJSON, FHIR XML
 * documents; "-" is stdin) with the library's validator and prints the
 * issues as text for people, JSON lines (one OperationOutcome per resource)
 * for tools, or JUnit XML for CI. Exit status: 0 valid, 1 errors found, 2
 * bad usage, 3 could not run (definitions missing, a file unreadable).
 *
 * Profiles: --definitions loads StructureDefinitions and ValueSets from
 * files or directories, --profile names profiles every resource of their
 * type is checked against (besides the ones it claims in meta.profile).
 * With -j N, N threads validate the records of a batch (up to 512 parsed
 * records) at once; the report keeps the input order.
 */
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"
#include "trialfhir/validate.h"

enum { FMT_TEXT, FMT_JSON, FMT_JUNIT };

/* One record waiting for validation, with its result. */
typedef struct vjob {
	const char *file;
	char where[64];
	json_t *res;  /* the record (owned), or NULL for a parse failure */
	tf_error err; /* the parse failure, or the validation failure */
	json_t *oo;   /* its OperationOutcome once validated */
	tf_validate_counts c;
	int rc;
} vjob;

#define VBATCH 512

typedef struct vrun {
	const tf_validator *v;
	const char **profiles; /* --profile */
	size_t nprofiles;
	int threads;       /* -j */
	vjob jobs[VBATCH]; /* the batch */
	size_t njobs;
	size_t next; /* next job a worker takes */
	pthread_mutex_t lock;
	int format;
	int quiet;        /* text: only resources with errors or warnings */
	size_t resources; /* validated */
	size_t errors;    /* error issues */
	size_t warnings;  /* warning issues */
	size_t invalid;   /* resources with errors */
	FILE *junit;      /* JUnit test cases collected here (tmpfile) */
} vrun;

static void usage(FILE *fp)
{
	fputs("usage: trialfhir validate [--format text|json|junit] [--quiet] [-j N]\n"
	      "                          [--definitions PATH]... [--profile URL]... FILE...|-\n"
	      "  Validates FHIR R4 JSON (resources, Bundles, arrays, NDJSON) or XML.\n"
	      "  --definitions  StructureDefinitions and ValueSets (JSON or XML file, or a\n"
	      "                 directory of them) for --profile and meta.profile\n"
	      "  --profile      check each resource of the profile's type against it\n"
	      "  -j N           validate with N threads (output order unchanged)\n"
	      "  Exit: 0 valid, 1 errors found, 2 usage, 3 could not run.\n",
	      fp);
}

static void report(vrun *r, const char *file, const char *where, const json_t *res,
                   const json_t *oo, const tf_validate_counts *c)
{
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	const char *id = json_string_value(json_object_get(res, "id"));
	char name[256];
	snprintf(name, sizeof(name), "%s/%s", rt ? rt : "?", id ? id : "?");
	r->resources++;
	r->errors += c->errors;
	r->warnings += c->warnings;
	if (c->errors)
		r->invalid++;
	const json_t *issues = json_object_get(oo, "issue");
	size_t i;
	const json_t *is;
	if (r->format == FMT_JSON) {
		json_t *line = json_pack("{s:s, s:s, s:s, s:O}", "file", file, "where", where,
		                         "resource", name, "outcome", oo);
		if (line) {
			tf_json_dumpf(line, TF_JSON_COMPACT, stdout, NULL);
			fputc('\n', stdout);
			json_decref(line);
		}
		return;
	}
	if (r->format == FMT_JUNIT) {
		fprintf(r->junit, "  <testcase classname=\"");
		tf_cli_xml_text(r->junit, file);
		fprintf(r->junit, "\" name=\"");
		tf_cli_xml_text(r->junit, where);
		fputc(' ', r->junit);
		tf_cli_xml_text(r->junit, name);
		fprintf(r->junit, "\">");
		if (c->errors) {
			fprintf(r->junit, "<failure message=\"%zu errors\">", c->errors);
			json_array_foreach(issues, i, is)
			{
				const char *sev =
				        json_string_value(json_object_get(is, "severity"));
				if (strcmp(sev, "error") && strcmp(sev, "fatal"))
					continue;
				tf_cli_xml_text(r->junit,
				                json_string_value(json_array_get(
				                        json_object_get(is, "expression"), 0)));
				fputs(": ", r->junit);
				tf_cli_xml_text(r->junit, json_string_value(json_object_get(
				                                  is, "diagnostics")));
				fputc('\n', r->junit);
			}
			fprintf(r->junit, "</failure>");
		}
		fprintf(r->junit, "</testcase>\n");
		return;
	}
	json_array_foreach(issues, i, is)
	{
		const char *sev = json_string_value(json_object_get(is, "severity"));
		if (strcmp(json_string_value(json_object_get(is, "code")), "informational") == 0)
			continue;
		if (r->quiet && strcmp(sev, "information") == 0)
			continue;
		const char *loc =
		        json_string_value(json_array_get(json_object_get(is, "expression"), 0));
		printf("%s:%s: %s: %s [%s] %s: %s\n", file, where, name, sev,
		       json_string_value(json_object_get(is, "code")), loc ? loc : "-",
		       json_string_value(json_object_get(is, "diagnostics")));
	}
}

static void report_job(vrun *r, vjob *j)
{
	if (!j->res) {
		json_t *res = json_pack("{s:s}", "resourceType", "?");
		json_t *oo = json_pack("{s:s, s:[{s:s, s:s, s:s}]}", "resourceType",
		                       "OperationOutcome", "issue", "severity", "fatal", "code",
		                       "invalid", "diagnostics", j->err.message);
		tf_validate_counts c = {1, 0, 0};
		if (res && oo)
			report(r, j->file, j->where, res, oo, &c);
		json_decref(res);
		json_decref(oo);
		return;
	}
	report(r, j->file, j->where, j->res, j->oo, &j->c);
}

static void run_job(vrun *r, vjob *j)
{
	tf_error_clear(&j->err);
	j->rc = tf_validator_validate_profiles(r->v, j->res, r->profiles, r->nprofiles, &j->oo,
	                                       &j->c, &j->err);
}

static void *worker(void *arg)
{
	vrun *r = arg;
	for (;;) {
		pthread_mutex_lock(&r->lock);
		size_t i = r->next++;
		pthread_mutex_unlock(&r->lock);
		if (i >= r->njobs)
			break;
		if (r->jobs[i].res)
			run_job(r, &r->jobs[i]);
	}
	return NULL;
}

/* Validates the batch (in threads with -j) and reports it in input order. */
static int flush(vrun *r)
{
	r->next = 0;
	pthread_t tids[64];
	size_t nt = 0;
	for (int t = 1; t < r->threads && r->njobs > 1 && nt < 64; t++) {
		if (pthread_create(&tids[nt], NULL, worker, r) != 0)
			break; /* fewer threads: the others still finish the batch */
		nt++;
	}
	worker(r);
	for (size_t t = 0; t < nt; t++)
		pthread_join(tids[t], NULL);
	int rc = 0;
	for (size_t i = 0; i < r->njobs; i++) {
		vjob *j = &r->jobs[i];
		if (rc == 0 && j->res && j->rc < 0) {
			tf_cli_errorf("%s:%s: %s", j->file, j->where, j->err.message);
			rc = -1;
		} else if (rc == 0)
			report_job(r, j);
		json_decref(j->res);
		json_decref(j->oo);
	}
	r->njobs = 0;
	return rc;
}

/* Queues a record (res taken over; NULL with err for one that did not
 * parse). */
static int queue(vrun *r, const char *file, const char *where, json_t *res, const tf_error *err)
{
	vjob *j = &r->jobs[r->njobs++];
	memset(j, 0, sizeof(*j));
	j->file = file;
	snprintf(j->where, sizeof(j->where), "%s", where);
	j->res = res;
	if (err)
		j->err = *err;
	return r->njobs == VBATCH ? flush(r) : 0;
}

static void fatal_record(vrun *r, const char *file, const char *where, const tf_error *err)
{
	(void)queue(r, file, where, NULL, err);
}

static int validate_one(vrun *r, const char *file, const char *where, const json_t *res)
{
	return queue(r, file, where, json_incref((json_t *)res), NULL);
}

/* A parsed document: a resource, or a top-level array of resources. */
static int validate_doc(vrun *r, const char *file, const char *where, const json_t *doc)
{
	if (!json_is_array(doc))
		return validate_one(r, file, where, doc);
	size_t i;
	const json_t *item;
	json_array_foreach(doc, i, item)
	{
		char w[64];
		snprintf(w, sizeof(w), "[%zu]", i);
		if (validate_one(r, file, w, item) < 0)
			return -1;
	}
	return 0;
}

static int validate_file(vrun *r, const char *file)
{
	char *buf;
	size_t len;
	if (tf_cli_read_file(file, (size_t)1 << 31, &buf, &len) < 0) {
		tf_cli_errorf("%s: cannot read", file);
		return TF_EXIT_FATAL;
	}
	json_t *doc = NULL;
	tf_error err;
	tf_error_clear(&err);
	int rc = 0;
	size_t lead = 0;
	while (lead < len &&
	       (buf[lead] == ' ' || buf[lead] == '\t' || buf[lead] == '\r' || buf[lead] == '\n'))
		lead++;
	json_t *arr = NULL;
	if (tf_fhirpath_parse(buf, len, &doc, &err) == 0) {
		rc = validate_doc(r, file, "1", doc);
		json_decref(doc);
	} else if (lead < len && buf[lead] == '[' &&
	           (arr = json_loadb(buf, len, JSON_REJECT_DUPLICATES, NULL)) != NULL) {
		/* a JSON array of resources: each element goes through the FHIR
		 * loader again, so that its decimals are decimal nodes */
		size_t i;
		json_t *item;
		json_array_foreach(arr, i, item)
		{
			char where[32];
			snprintf(where, sizeof(where), "[%zu]", i);
			char *text = json_dumps(item, JSON_COMPACT | JSON_ENCODE_ANY);
			tf_error_clear(&err);
			if (text && tf_fhirpath_parse(text, strlen(text), &doc, &err) == 0) {
				rc = validate_one(r, file, where, doc);
				json_decref(doc);
			} else
				fatal_record(r, file, where, &err);
			free(text);
			if (rc < 0)
				break;
		}
		json_decref(arr);
	} else {
		/* not one document: NDJSON, one resource per line */
		tf_error first = err;
		size_t lineno = 0, parsed = 0;
		char *line = buf;
		while (line && *line && rc == 0) {
			char *nl = strchr(line, '\n');
			size_t l = nl ? (size_t)(nl - line) : strlen(line);
			lineno++;
			size_t k = 0;
			while (k < l && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
				k++;
			if (k < l) {
				char where[32];
				snprintf(where, sizeof(where), "%zu", lineno);
				tf_error_clear(&err);
				if (tf_fhirpath_parse(line, l, &doc, &err) == 0) {
					parsed++;
					rc = validate_doc(r, file, where, doc);
					json_decref(doc);
				} else if (!parsed) {
					/* the first record does not parse alone either: the file
					 * is one broken document, said once with its own error */
					fatal_record(r, file, "1", &first);
					break;
				} else
					fatal_record(r, file, where, &err);
			}
			line = nl ? nl + 1 : NULL;
		}
	}
	free(buf);
	if (rc == 0)
		rc = flush(r);
	return rc < 0 ? TF_EXIT_FATAL : 0;
}

int tf_cli_validate(int argc, char **argv)
{
	static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
	                                         {"quiet", no_argument, NULL, 'q'},
	                                         {"definitions", required_argument, NULL, 'd'},
	                                         {"profile", required_argument, NULL, 'p'},
	                                         {"jobs", required_argument, NULL, 'j'},
	                                         {"help", no_argument, NULL, 'h'},
	                                         {NULL, 0, NULL, 0}};
	static vrun r; /* the batch is large: not on the stack */
	memset(&r, 0, sizeof(r));
	r.threads = 1;
	const char *defs[64];
	size_t ndefs = 0;
	const char *profs[64];
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "f:qhj:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
		case 'p':
			if ((opt == 'd' ? ndefs : r.nprofiles) >= 64) {
				tf_cli_errorf("at most 64 --%s options",
				              opt == 'd' ? "definitions" : "profile");
				return TF_EXIT_USAGE;
			}
			if (opt == 'd')
				defs[ndefs++] = optarg;
			else
				profs[r.nprofiles++] = optarg;
			break;
		case 'j': {
			char *end = NULL;
			long n = strtol(optarg, &end, 10);
			if (!*optarg || *end || n < 1 || n > 64) {
				tf_cli_errorf("-j wants 1 to 64 threads, not '%s'", optarg);
				return TF_EXIT_USAGE;
			}
			r.threads = (int)n;
			break;
		}
		case 'f':
			if (strcmp(optarg, "text") == 0)
				r.format = FMT_TEXT;
			else if (strcmp(optarg, "json") == 0)
				r.format = FMT_JSON;
			else if (strcmp(optarg, "junit") == 0)
				r.format = FMT_JUNIT;
			else {
				tf_cli_errorf("unknown format '%s'", optarg);
				usage(stderr);
				return TF_EXIT_USAGE;
			}
			break;
		case 'q':
			r.quiet = 1;
			break;
		case 'h':
			usage(stdout);
			return TF_EXIT_OK;
		default:
			usage(stderr);
			return TF_EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return TF_EXIT_USAGE;
	}
	tf_validator *v = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_validator_new(&v, NULL, &err) < 0) {
		tf_cli_errorf("%s", err.message);
		return TF_EXIT_FATAL;
	}
	for (size_t i = 0; i < ndefs; i++)
		if (tf_validator_add_definitions(v, defs[i], &err) < 0) {
			tf_cli_errorf("%s", err.message);
			tf_validator_free(v);
			return TF_EXIT_FATAL;
		}
	for (size_t i = 0; i < r.nprofiles; i++)
		if (tf_validator_has_profile(v, profs[i], &err) < 0) {
			tf_cli_errorf("--profile: %s", err.message);
			tf_validator_free(v);
			return TF_EXIT_FATAL;
		}
	r.profiles = profs;
	r.v = v;
	pthread_mutex_init(&r.lock, NULL);
	if (r.format == FMT_JUNIT && !(r.junit = tmpfile())) {
		tf_validator_free(v);
		tf_cli_errorf("cannot create a temporary file");
		return TF_EXIT_FATAL;
	}
	int fatal = 0;
	for (int i = optind; i < argc; i++)
		if (validate_file(&r, argv[i]) != 0)
			fatal = 1;
	if (r.format == FMT_JUNIT) {
		printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		       "<testsuite name=\"trialfhir validate\" tests=\"%zu\" failures=\"%zu\">\n",
		       r.resources, r.invalid);
		rewind(r.junit);
		char chunk[8192];
		size_t n;
		while ((n = fread(chunk, 1, sizeof(chunk), r.junit)) > 0)
			fwrite(chunk, 1, n, stdout);
		printf("</testsuite>\n");
		fclose(r.junit);
	}
	fprintf(stderr, "validate: %zu resources, %zu invalid, %zu errors, %zu warnings\n",
	        r.resources, r.invalid, r.errors, r.warnings);
	tf_validator_free(v);
	pthread_mutex_destroy(&r.lock);
	if (fatal)
		return TF_EXIT_FATAL;
	return r.errors ? TF_EXIT_REJECTS : TF_EXIT_OK;
}
