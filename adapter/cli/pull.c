/*
 * pull.c - `trialfhir pull`: patient records from a FHIR server into the
 * file store. For each patient (named with --patient, or every Patient the
 * server has with --all) it reads the Patient and searches the resources
 * the eligibility criteria ask about: Observation, Condition,
 * MedicationStatement, MedicationRequest, Procedure, AllergyIntolerance,
 * following every page by Bundle.link[next].
 *
 * Data that could not be fetched in full is never passed off as complete:
 * the patient gets an OperationOutcome "incomplete-<id>" in the store
 * (issue code "incomplete", naming what is missing), so the matcher can say
 * "insufficient data" rather than "not eligible", and the exit code is 1.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "trialfhir/client.h"

#define DEFAULT_STORE "fhir-store"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir pull --server URL [options] --patient ID... | --all\n"
	      "\n"
	      "Fetches patient records (Patient, Observation, Condition, MedicationStatement,\n"
	      "MedicationRequest, Procedure, AllergyIntolerance) into a file store.\n"
	      "\n"
	      "  --patient ID        a patient's logical id (repeatable)\n"
	      "  --all               every Patient on the server\n"
	      "  -o, --output DIR    the file store (default ./" DEFAULT_STORE ")\n"
	      "  --count N           page size asked of the server (default 100)\n"
	      "  -q, --quiet         no summary\n"
	      "  -h, --help          this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("\nExit status: 0 all fetched, 1 some patients missing or incomplete, 2 bad\n"
	      "usage, 3 could not run.\n",
	      fp);
}

/* The resource types of a patient record and their patient parameter. */
static const char *const record_types[] = {"Observation",       "Condition", "MedicationStatement",
                                           "MedicationRequest", "Procedure", "AllergyIntolerance"};

typedef struct {
	tf_sink *sink;
	size_t written;
	int fatal;
	tf_error err;
} pull_run;

static int write_resource(void *ud, const json_t *res, tf_error *err)
{
	pull_run *p = ud;
	int rc = tf_sink_write(p->sink, res, err);
	if (rc == TF_EINVALID) {
		/* An id the store cannot name safely: skip it, say so. */
		tf_cli_errorf("pull: skipped a resource: %s", err->message);
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

/* Records that the patient's data set is not complete. */
static int mark_incomplete(pull_run *p, const char *pid, const char *what)
{
	char id[65];
	if (strlen(pid) <= 64 - 11) {
		snprintf(id, sizeof(id), "incomplete-%s", pid);
	} else {
		snprintf(id, sizeof(id), "incomplete-%.40s", pid);
	}
	char expr[96];
	snprintf(expr, sizeof(expr), "Patient/%s", pid);
	json_t *oo = json_pack("{s:s, s:s, s:[{s:s, s:s, s:s, s:[s]}]}", "resourceType",
	                       "OperationOutcome", "id", id, "issue", "severity", "warning", "code",
	                       "incomplete", "diagnostics", what, "expression", expr);
	if (!oo)
		return TF_ENOMEM;
	tf_error err;
	int rc = tf_sink_write(p->sink, oo, &err);
	json_decref(oo);
	return rc == TF_EINVALID ? 0 : rc;
}

/* Errors after which no other patient can be fetched either. */
static int fatal(int rc)
{
	return rc == TF_EAUTH || rc == TF_ETLS || rc == TF_ETLS_UNTRUSTED ||
	       rc == TF_ETLS_EXPIRED || rc == TF_ETLS_HOSTNAME || rc == TF_EIO || rc == TF_ENOMEM ||
	       rc == TF_ETRANSPORT;
}

/* Pulls one patient; returns 1 when it is incomplete or missing, < 0 when
 * the run must stop. */
static int pull_patient(tf_client *c, pull_run *p, const char *pid, int count)
{
	tf_error err;
	tf_error_clear(&err);
	json_t *patient = NULL;
	int rc = tf_client_read(c, "Patient", pid, &patient, &err);
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
	size_t wl = 0;
	for (size_t i = 0; i < sizeof(record_types) / sizeof(record_types[0]); i++) {
		const char *params[] = {"patient", pid, NULL};
		tf_search_options so = TF_SEARCH_OPTIONS_INIT;
		so.count = count;
		tf_search_result sr;
		tf_error_clear(&err);
		rc = tf_client_search(c, record_types[i], params, &so, write_resource, p, &sr,
		                      &err);
		if (rc < 0 && fatal(rc)) {
			tf_cli_errorf("pull: %s of Patient/%s: %s", record_types[i], pid,
			              err.message);
			return rc;
		}
		if (rc < 0 || sr.incomplete) {
			incomplete = 1;
			if (wl < sizeof(why)) {
				int w = snprintf(why + wl, sizeof(why) - wl, "%s%s: %.200s",
				                 wl ? "; " : "", record_types[i],
				                 rc < 0 ? err.message : sr.reason);
				wl += w > 0 ? (size_t)w : 0;
			}
		}
	}
	if (incomplete) {
		tf_cli_errorf("pull: Patient/%s incomplete: %s", pid, why);
		rc = mark_incomplete(p, pid, why);
		return rc < 0 ? rc : 1;
	}
	return 0;
}

int tf_cli_pull(int argc, char **argv)
{
	enum { OPT_PATIENT = 2000, OPT_ALL, OPT_COUNT };
	static const struct option own[] = {
	        {"patient", required_argument, NULL, OPT_PATIENT},
	        {"all", no_argument, NULL, OPT_ALL},
	        {"output", required_argument, NULL, 'o'},
	        {"count", required_argument, NULL, OPT_COUNT},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	};
	struct option longopts[64];
	if (tf_cli_client_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;

	tf_cli_client co;
	memset(&co, 0, sizeof(co));
	co.retries = -1;
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	const char *output = DEFAULT_STORE;
	json_t *ids = json_array();
	int all = 0, quiet = 0, count = 100, c;
	if (!ids)
		return TF_EXIT_FATAL;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:qhv", longopts, NULL)) != -1) {
		int r = tf_cli_client_opt(&co, c, optarg);
		if (r < 0) {
			json_decref(ids);
			return TF_EXIT_USAGE;
		}
		if (r > 0)
			continue;
		switch (c) {
		case OPT_PATIENT:
			json_array_append_new(ids, json_string(optarg));
			break;
		case OPT_ALL:
			all = 1;
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_COUNT: {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 1000) {
				tf_cli_errorf("pull: --count wants 1..1000");
				json_decref(ids);
				return TF_EXIT_USAGE;
			}
			count = (int)v;
			break;
		}
		case 'q':
			quiet = 1;
			break;
		case 'h':
			usage(stdout);
			json_decref(ids);
			return TF_EXIT_OK;
		default:
			usage(stderr);
			json_decref(ids);
			return TF_EXIT_USAGE;
		}
	}
	if (optind < argc || (all == (json_array_size(ids) > 0))) {
		tf_cli_errorf("pull: give --patient ID... or --all (not both, no other arguments)");
		usage(stderr);
		json_decref(ids);
		return TF_EXIT_USAGE;
	}
	tf_client *client = NULL;
	int status = tf_cli_client_open(&co, &copts, &client);
	if (status != TF_EXIT_OK) {
		json_decref(ids);
		return status;
	}
	tf_error err;
	tf_error_clear(&err);
	json_t *cs = NULL;
	if (tf_client_capabilities(client, &cs, &err) < 0) {
		tf_cli_errorf("pull: server not usable: %s", err.message);
		tf_client_free(client);
		json_decref(ids);
		return TF_EXIT_FATAL;
	}
	json_decref(cs);
	int incomplete = 0;
	if (all) {
		tf_search_options so = TF_SEARCH_OPTIONS_INIT;
		so.count = count;
		tf_search_result sr;
		const char *params[] = {"_elements", "id", NULL};
		if (tf_client_search(client, "Patient", params, &so, collect_id, ids, &sr, &err) <
		    0) {
			tf_cli_errorf("pull: cannot list patients: %s", err.message);
			tf_client_free(client);
			json_decref(ids);
			return TF_EXIT_FATAL;
		}
		if (sr.incomplete) {
			tf_cli_errorf("pull: the patient list is incomplete: %s", sr.reason);
			incomplete++;
		}
	}
	tf_sink_options sopts = TF_SINK_OPTIONS_INIT;
	pull_run p;
	memset(&p, 0, sizeof(p));
	if (tf_sink_open_dir(&p.sink, output, &sopts, &err) < 0) {
		tf_cli_errorf("cannot open output: %s", err.message);
		tf_client_free(client);
		json_decref(ids);
		return TF_EXIT_FATAL;
	}
	int rc = 0;
	size_t i;
	json_t *id;
	json_array_foreach(ids, i, id)
	{
		rc = pull_patient(client, &p, json_string_value(id), count);
		if (rc < 0)
			break;
		incomplete += rc;
		rc = 0;
	}
	if (rc == 0 && tf_sink_close(p.sink, &err) < 0) {
		tf_cli_errorf("cannot finish output: %s", err.message);
		rc = TF_EIO;
	}
	tf_sink_free(p.sink);
	if (!quiet)
		fprintf(stderr,
		        "trialfhir: pulled %zu patient%s, %zu resources, %d incomplete -> %s\n",
		        json_array_size(ids), json_array_size(ids) == 1 ? "" : "s", p.written,
		        incomplete, output);
	tf_client_free(client);
	json_decref(ids);
	if (rc < 0)
		return TF_EXIT_FATAL;
	return incomplete ? TF_EXIT_REJECTS : TF_EXIT_OK;
}
