/*
 * push.c - `trialfhir push`: FHIR resources from files (JSON, NDJSON,
 * Bundles; a directory stands for its files) to a FHIR server, each PUT to
 * its logical id, so pushing the same set twice leaves the server as after
 * the first run (no duplicates). Resources go one PUT each, several in
 * flight, or in transaction/batch Bundles.
 *
 * A resource the server refuses goes to the reject file with the server's
 * OperationOutcome and the run goes on; the exit code says whether anything
 * was rejected (DESIGN.md contract). The connection options (server,
 * authentication, TLS) are shared with `trialfhir pull` (client_opts.c).
 * Secrets are read from files or the
 * environment only: there is no option that takes one on the command line.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"
#include "trialfhir/client.h"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir push --server URL [options] FILE|DIR|- ...\n"
	      "\n"
	      "Puts FHIR resources (JSON, NDJSON, Bundles) on a FHIR server, each by PUT to\n"
	      "its id, so a re-run updates instead of duplicating.\n"
	      "\n"
	      "  --mode MODE         put (default: one PUT per resource), transaction, batch\n"
	      "  --bundle-size N     resources per Bundle (default 100)\n"
	      "  --rejects FILE      refused resources as NDJSON, with the server's\n"
	      "                      OperationOutcome\n"
	      "  -q, --quiet         no progress, no summary\n"
	      "  -h, --help          this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("\nExit status: 0 all pushed, 1 some resources rejected, 2 bad usage,\n"
	      "3 could not run (server unreachable, TLS or authentication failure).\n",
	      fp);
}

typedef struct {
	tf_sink *sink;
	FILE *rejects;
	json_t *where; /* "Type/id" -> [source, record] for reject lines */
	size_t read, rejected, pushed;
	/* For the summary line: resources the server answered for (sent), and
	 * of those written, 201 (created) or another 2xx (updated). */
	size_t sent, created, updated, unchanged;
	int fatal;
	int quiet;
	tf_progress *progress;
	const char *input;
} push_run;

static void reject_line(push_run *p, const char *source, long record, const char *id, int code,
                        int status, const char *stage, const char *message, const json_t *outcome)
{
	p->rejected++;
	fprintf(stderr, "trialfhir: %s%s%ld%s%s: %s\n", source ? source : "-", record ? ":" : "",
	        record, id ? " " : "", id ? id : "", message);
	if (!p->rejects)
		return;
	json_t *rec = json_pack("{s:s, s:I, s:s, s:s, s:s}", "source", source ? source : "-",
	                        "record", (json_int_t)record, "stage", stage, "error",
	                        tf_client_strerror(code), "message", message);
	if (!rec)
		return;
	if (id)
		json_object_set_new(rec, "id", json_string(id));
	if (status)
		json_object_set_new(rec, "status", json_integer(status));
	if (outcome) {
		json_object_set(rec, "outcome", (json_t *)outcome);
	} else {
		json_t *oo = json_pack("{s:s, s:[{s:s, s:s, s:s}]}", "resourceType",
		                       "OperationOutcome", "issue", "severity", "error", "code",
		                       "processing", "diagnostics", message);
		if (oo)
			json_object_set_new(rec, "outcome", oo);
	}
	if (tf_json_dumpf(rec, TF_JSON_COMPACT, p->rejects, NULL) == 0)
		fputc('\n', p->rejects);
	fflush(p->rejects);
	json_decref(rec);
}

static void on_report(void *ud, const char *type, const char *id, int rc, int status,
                      const tf_error *err, const json_t *outcome)
{
	push_run *p = ud;
	/* status 0: nothing reached the server (transport), so it was not sent. */
	if (status)
		p->sent++;
	if (rc == 0) {
		p->pushed++;
		/* FHIR's PUT says 201 when it created, 200 when it updated. The
		 * sink reports neither the representation nor a success outcome,
		 * so "unchanged" is only counted when the server says 304. */
		if (status == 201)
			p->created++;
		else if (status == 304)
			p->unchanged++;
		else
			p->updated++;
		return;
	}
	char key[140];
	snprintf(key, sizeof(key), "%s/%s", type, id);
	json_t *w = json_object_get(p->where, key);
	reject_line(p, json_string_value(json_array_get(w, 0)),
	            (long)json_integer_value(json_array_get(w, 1)), key, rc, status, "push",
	            err && err->message[0] ? err->message : tf_client_strerror(rc), outcome);
}

static int on_resource(void *ud, const json_t *res, const tf_error *rec_err)
{
	push_run *p = ud;
	if (!res) {
		reject_line(p, rec_err->source, rec_err->record, NULL, rec_err->code, 0, "read",
		            rec_err->message, NULL);
		return 0;
	}
	p->read++;
	const char *type = json_string_value(json_object_get(res, "resourceType"));
	const char *id = json_string_value(json_object_get(res, "id"));
	char key[140];
	snprintf(key, sizeof(key), "%s/%s", type ? type : "?", id ? id : "?");
	if (!id) {
		reject_line(p, rec_err->source, rec_err->record, key, TF_EINVALID, 0, "push",
		            "resource has no id (push PUTs by id so re-runs stay idempotent)",
		            NULL);
		return 0;
	}
	json_object_set_new(p->where, key,
	                    json_pack("[s, I]", rec_err->source, (json_int_t)rec_err->record));
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_sink_write(p->sink, res, &err);
	if (rc == TF_EINVALID) {
		reject_line(p, rec_err->source, rec_err->record, key, rc, 0, "push", err.message,
		            NULL);
		return 0;
	}
	if (rc < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		p->fatal = rc;
		return rc;
	}
	tf_progress_update(p->progress, p->input, 0, 0, p->pushed, p->rejected);
	return 0;
}

static int push_path(push_run *p, const char *path)
{
	p->input = path;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_resources_read_file(path, 0, on_resource, p, &err);
	if (rc < 0 && !p->fatal) {
		reject_line(p, path, 0, NULL, rc, 0, "read", err.message, NULL);
		return 0;
	}
	return p->fatal;
}

static int push_one(void *p, const char *path)
{
	return push_path(p, path);
}

/* A directory: its JSON and NDJSON files, in name order. */
static int push_dir(push_run *p, const char *dir)
{
	static const char *const suffixes[] = {".json", ".ndjson", NULL};
	int rc = tf_cli_each_file(dir, suffixes, push_one, p);
	if (rc == TF_EIO) {
		reject_line(p, dir, 0, NULL, TF_EIO, 0, "read", "cannot read directory", NULL);
		return 0;
	}
	return rc;
}

int tf_cli_push(int argc, char **argv)
{
	enum { OPT_MODE = 2000, OPT_BUNDLE_SIZE, OPT_REJECTS };
	static const struct option own[] = {
	        {"mode", required_argument, NULL, OPT_MODE},
	        {"bundle-size", required_argument, NULL, OPT_BUNDLE_SIZE},
	        {"rejects", required_argument, NULL, OPT_REJECTS},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	};
	struct option longopts[64];
	if (tf_cli_client_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;

	tf_cli_client co;
	memset(&co, 0, sizeof(co));
	co.retries = -1;
	tf_sink_options so = TF_SINK_OPTIONS_INIT;
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	const char *rejects_path = NULL;
	push_run p;
	memset(&p, 0, sizeof(p));
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "qhv", longopts, NULL)) != -1) {
		int r = tf_cli_client_opt(&co, c, optarg);
		if (r < 0)
			return TF_EXIT_USAGE;
		if (r > 0)
			continue;
		switch (c) {
		case OPT_MODE:
			if (strcmp(optarg, "put") == 0) {
				so.format = TF_OUTPUT_NDJSON;
			} else if (strcmp(optarg, "transaction") == 0 ||
			           strcmp(optarg, "batch") == 0) {
				so.format = TF_OUTPUT_BUNDLE;
				tf_bundle_type_parse(optarg, &so.bundle_type);
			} else {
				tf_cli_errorf("push: --mode is put, transaction or batch");
				return TF_EXIT_USAGE;
			}
			break;
		case OPT_BUNDLE_SIZE: {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 1 || v > 10000) {
				tf_cli_errorf("push: --bundle-size wants 1..10000");
				return TF_EXIT_USAGE;
			}
			copts.bundle_size = (size_t)v;
			break;
		}
		case OPT_REJECTS:
			rejects_path = optarg;
			break;
		case 'q':
			p.quiet = 1;
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
		tf_cli_errorf("push: no input (give FILE, DIR or - for stdin)");
		usage(stderr);
		return TF_EXIT_USAGE;
	}
	copts.report = on_report;
	copts.report_ud = &p;
	tf_client *client = NULL;
	int status = tf_cli_client_open(&co, &copts, &client);
	if (status != TF_EXIT_OK)
		return status;
	tf_error err;
	tf_error_clear(&err);
	json_t *cs = NULL;
	if (tf_client_capabilities(client, &cs, &err) < 0) {
		tf_cli_errorf("push: server not usable: %s", err.message);
		tf_client_free(client);
		return TF_EXIT_FATAL;
	}
	json_decref(cs);
	if (rejects_path) {
		p.rejects = strcmp(rejects_path, "-") == 0 ? stdout : fopen(rejects_path, "w");
		if (!p.rejects) {
			tf_cli_errorf("cannot open --rejects %s", rejects_path);
			tf_client_free(client);
			return TF_EXIT_FATAL;
		}
	}
	p.where = json_object();
	if (!p.where || tf_sink_open_server(&p.sink, client, &so, &err) < 0) {
		tf_cli_errorf("push: %s", err.message);
		if (p.rejects && p.rejects != stdout)
			fclose(p.rejects);
		json_decref(p.where);
		tf_client_free(client);
		return TF_EXIT_FATAL;
	}
	p.progress = tf_progress_new(!p.quiet);
	int rc = 0;
	for (int i = optind; i < argc && rc == 0; i++) {
		struct stat st;
		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			rc = push_dir(&p, argv[i]);
		else
			rc = push_path(&p, argv[i]);
	}
	if (rc == 0 && tf_sink_close(p.sink, &err) < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		rc = err.code ? err.code : TF_ERROR;
	}
	tf_progress_end(p.progress);
	tf_sink_free(p.sink);
	if (p.rejects && p.rejects != stdout && fclose(p.rejects) != 0)
		tf_cli_errorf("cannot write --rejects %s", rejects_path);
	json_decref(p.where);
	/* The summary integration engines parse: one line, fixed words. */
	if (!p.quiet)
		fprintf(stderr,
		        "trialfhir: sent %zu, created %zu, updated %zu, unchanged %zu, rejected "
		        "%zu "
		        "(%zu requests)\n",
		        p.sent, p.created, p.updated, p.unchanged, p.rejected,
		        tf_client_request_count(client));
	tf_client_free(client);
	if (rc < 0)
		return TF_EXIT_FATAL;
	return p.rejected ? TF_EXIT_REJECTS : TF_EXIT_OK;
}
