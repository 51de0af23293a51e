/*
 * push.c - `trialfhir push`: FHIR resources from files (JSON, NDJSON,
 * Bundles; a directory stands for its files) to a FHIR server, each PUT to
 * its logical id or, with --match identifier, by conditional update on its
 * first identifier; so pushing the same set twice leaves the server as
 * after the first run (no duplicates). Resources go one PUT each, several
 * in flight, or in transaction/batch Bundles. The push session here is
 * also what `trialfhir convert --push` writes into.
 *
 * A resource the server refuses goes to the reject file with the server's
 * OperationOutcome and the run goes on; the exit code says whether anything
 * was rejected (DESIGN.md contract). With --journal FILE every resource
 * that reaches a terminal state is recorded (content hash, committed or
 * failed, fsync'd after each round of requests), so a killed run resumes
 * where it stopped: what the journal holds as committed with the same
 * content is not sent again (counted "unchanged"), what it holds as failed
 * is not retried (its reject line is written again), everything else is
 * sent. The reject file is written under a temporary name and renamed into
 * place at the end. The connection options (server, authentication, TLS)
 * are shared with `trialfhir pull` (client_opts.c). Secrets are read from
 * files or the environment only.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "trialfhir/client.h"
#include "trialfhir/sys/sink.h"

enum { OPT_MODE = 2000, OPT_BUNDLE_SIZE, OPT_JOURNAL, OPT_MATCH, OPT_REJECTS };

static const struct option push_longopts[] = {
        {"mode", required_argument, NULL, OPT_MODE},
        {"bundle-size", required_argument, NULL, OPT_BUNDLE_SIZE},
        {"journal", required_argument, NULL, OPT_JOURNAL},
        {"match", required_argument, NULL, OPT_MATCH},
};

void tf_cli_push_usage(FILE *fp)
{
	fputs("  --mode MODE         put (default: one PUT per resource), transaction, batch\n"
	      "  --bundle-size N     resources per Bundle (default 100)\n"
	      "  --match id|identifier  PUT to the resource's id (default), or conditional\n"
	      "                      update on its first identifier (the server picks the id;\n"
	      "                      several matches: rejected as \"ambiguous match\")\n"
	      "  --journal FILE      job journal: resume a killed run where it stopped; what\n"
	      "                      it holds as pushed with the same content is not sent\n"
	      "                      again (counted unchanged), what the server refused is\n"
	      "                      not retried (docs/push-journal.md)\n",
	      fp);
}

static void usage(FILE *fp)
{
	fputs("usage: trialfhir push --server URL [options] FILE|DIR|- ...\n"
	      "\n"
	      "Puts FHIR resources (JSON, NDJSON, Bundles) on a FHIR server, each by PUT to\n"
	      "its id, so a re-run updates instead of duplicating.\n"
	      "\n",
	      fp);
	tf_cli_push_usage(fp);
	fputs("  --rejects FILE      refused resources as NDJSON, with the server's\n"
	      "                      OperationOutcome\n"
	      "  -q, --quiet         no progress, no summary\n"
	      "  -h, --help          this help\n"
	      "\n",
	      fp);
	tf_cli_client_usage(fp);
	fputs("\nSummary (stderr): sent N, created C, updated U, unchanged X, rejected R.\n"
	      "Exit status: 0 all pushed, 1 the server refused some resources (invalid,\n"
	      "ambiguous match, version conflict; all others pushed), 2 bad usage,\n"
	      "3 could not run, or some resources got no answer after the retries\n"
	      "(server unreachable, timeouts, 5xx, TLS or authentication failure): run\n"
	      "again to finish.\n",
	      fp);
}

struct tf_cli_pushjob {
	tf_cli_push_args a;
	tf_client *client;
	tf_sink *server; /* the server sink */
	tf_sink *front;  /* what callers write to: journal check, then server */
	tf_journal *journal;
	FILE *rejects;
	char *rejects_tmp;
	json_t *where; /* "Type/id" -> [source, record, sha256] for reports */
	size_t read, rejected, pushed;
	/* For the summary line: resources the server answered for (sent), and
	 * of those written, 201 (created) or another 2xx (updated); unchanged:
	 * the journal holds them as pushed with this very content. */
	size_t sent, created, updated, unchanged;
	/* Rejected for want of an answer (transport, timeouts, 5xx after the
	 * retries), not by the server's word: the exit code says so apart. */
	size_t undelivered;
	int fatal;
	tf_progress *progress;
	const char *input;
	const char *source; /* position of the resource being written */
	long record;
};

/* Failures that are the server's final word on the record: journaled, so a
 * resumed run does not send it again. Transport trouble is not. */
static int terminal_failure(int code)
{
	return code == TF_EREJECTED || code == TF_EAMBIGUOUS || code == TF_ECONFLICT ||
	       code == TF_EINVALID;
}

static void write_reject(tf_cli_pushjob *p, const json_t *rec)
{
	p->rejected++;
	if (!p->rejects)
		return;
	if (tf_json_dumpf(rec, TF_JSON_COMPACT, p->rejects, NULL) == 0)
		fputc('\n', p->rejects);
	fflush(p->rejects);
}

/* Builds, prints and writes one reject line; returns it (new reference)
 * for the journal, or NULL. */
static json_t *reject_line(tf_cli_pushjob *p, const char *source, long record, const char *id,
                           int code, int status, const char *stage, const char *message,
                           const json_t *outcome)
{
	fprintf(stderr, "trialfhir: %s%s%ld%s%s: %s\n", source ? source : "-", record ? ":" : "",
	        record, id ? " " : "", id ? id : "", message);
	json_t *rec = json_pack("{s:s, s:I, s:s, s:s, s:s}", "source", source ? source : "-",
	                        "record", (json_int_t)record, "stage", stage, "error",
	                        tf_client_strerror(code), "message", message);
	if (!rec) {
		p->rejected++;
		return NULL;
	}
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
	write_reject(p, rec);
	return rec;
}

static void journal_record(tf_cli_pushjob *p, const char *key, const char *hash, int state,
                           const json_t *detail)
{
	tf_error err;
	tf_error_clear(&err);
	if (p->journal && hash && tf_journal_record(p->journal, key, hash, state, detail, &err) < 0)
		tf_cli_errorf("journal: %s", err.message);
}

static void on_report(void *ud, const char *type, const char *id, int rc, int status,
                      const tf_error *err, const json_t *outcome)
{
	tf_cli_pushjob *p = ud;
	char key[140];
	snprintf(key, sizeof(key), "%s/%s", type, id);
	json_t *w = json_object_get(p->where, key);
	const char *hash = json_string_value(json_array_get(w, 2));
	/* status 0: nothing reached the server (transport), so it was not sent. */
	if (status)
		p->sent++;
	if (rc == 0) {
		p->pushed++;
		/* FHIR's PUT says 201 when it created, 200 when it updated. */
		if (status == 201)
			p->created++;
		else
			p->updated++;
		journal_record(p, key, hash, TF_JOURNAL_COMMITTED, NULL);
		return;
	}
	json_t *rec = reject_line(
	        p, json_string_value(json_array_get(w, 0)),
	        (long)json_integer_value(json_array_get(w, 1)), key, rc, status, "push",
	        err && err->message[0] ? err->message : tf_client_strerror(rc), outcome);
	if (terminal_failure(rc))
		journal_record(p, key, hash, TF_JOURNAL_FAILED, rec);
	else if (rc != TF_EROLLEDBACK)
		p->undelivered++;
	json_decref(rec);
}

/* One resource: checked, looked up in the journal, handed to the server
 * sink. < 0 only when the run must stop. */
static int push_resource(tf_cli_pushjob *p, const json_t *res, const char *source, long record)
{
	p->read++;
	const char *type = json_string_value(json_object_get(res, "resourceType"));
	const char *id = json_string_value(json_object_get(res, "id"));
	char key[140];
	snprintf(key, sizeof(key), "%s/%s", type ? type : "?", id ? id : "?");
	if (!id) {
		json_decref(reject_line(
		        p, source, record, key, TF_EINVALID, 0, "push",
		        "resource has no id (push PUTs by id so re-runs stay idempotent)", NULL));
		return 0;
	}
	tf_error err;
	tf_error_clear(&err);
	char hash[65];
	if (tf_resource_hash(res, hash, &err) < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		return p->fatal = err.code ? err.code : TF_ERROR;
	}
	if (p->journal) {
		const json_t *detail = NULL;
		int st = tf_journal_lookup(p->journal, key, hash, &detail);
		if (st == TF_JOURNAL_COMMITTED) {
			p->unchanged++;
			return 0;
		}
		if (st == TF_JOURNAL_FAILED) {
			/* Refused before with this content: not sent again; its
			 * reject line goes into this run's reject file too. */
			if (detail)
				write_reject(p, detail);
			else
				p->rejected++;
			return 0;
		}
	}
	json_object_set_new(
	        p->where, key,
	        json_pack("[s, I, s]", source ? source : "-", (json_int_t)record, hash));
	int rc = tf_sink_write(p->server, res, &err);
	if (rc == TF_EINVALID) {
		json_decref(reject_line(p, source, record, key, rc, 0, "push", err.message, NULL));
		return 0;
	}
	if (rc < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		p->fatal = rc;
		return rc;
	}
	/* The reports of a round just answered are made durable before the
	 * next resource is taken: one fsync per round, not per resource. */
	if (p->journal && tf_journal_sync(p->journal, &err) < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		return p->fatal = err.code;
	}
	tf_progress_update(p->progress, p->input ? p->input : "push", 0, 0, p->pushed, p->rejected);
	return 0;
}

/* --- the sink convert --push writes to --- */

static int front_write(void *ctx, const json_t *resource, tf_error *err)
{
	tf_cli_pushjob *p = ctx;
	int rc = push_resource(p, resource, p->source, ++p->record);
	if (rc < 0 && err) {
		err->code = rc;
		snprintf(err->message, sizeof(err->message), "push stopped");
	}
	return rc;
}

static int front_close(void *ctx, tf_error *err)
{
	(void)ctx;
	(void)err;
	return 0; /* tf_cli_push_end closes the server sink */
}

static void front_free(void *ctx)
{
	(void)ctx; /* owned by the session */
}

static const tf_sink_ops front_ops = {TF_SINK_OPS_VERSION, "push", front_write, front_close,
                                      front_free};

/* --- the session --- */

void tf_cli_push_args_init(tf_cli_push_args *a)
{
	memset(a, 0, sizeof(*a));
	tf_cli_client_init(&a->co);
	tf_sink_options so = TF_SINK_OPTIONS_INIT;
	tf_server_sink_options sso = TF_SERVER_SINK_OPTIONS_INIT;
	a->so = so;
	a->sso = sso;
}

int tf_cli_push_longopts_merge(const struct option *own, size_t n_own, struct option *out,
                               size_t cap)
{
	size_t np = sizeof(push_longopts) / sizeof(push_longopts[0]), nc;
	const struct option *shared = tf_cli_client_longopts(&nc);
	if (n_own + np + nc + 1 > cap)
		return -1;
	memcpy(out, own, n_own * sizeof(*own));
	memcpy(out + n_own, push_longopts, sizeof(push_longopts));
	memcpy(out + n_own + np, shared, nc * sizeof(*shared));
	memset(&out[n_own + np + nc], 0, sizeof(*out));
	return 0;
}

int tf_cli_push_opt(tf_cli_push_args *a, int opt, const char *arg)
{
	int r = tf_cli_client_opt(&a->co, opt, arg);
	if (r != 0)
		return r;
	switch (opt) {
	case OPT_MODE:
		if (strcmp(arg, "put") == 0) {
			a->so.format = TF_OUTPUT_NDJSON;
		} else if (strcmp(arg, "transaction") == 0 || strcmp(arg, "batch") == 0) {
			a->so.format = TF_OUTPUT_BUNDLE;
			tf_bundle_type_parse(arg, &a->so.bundle_type);
		} else {
			tf_cli_errorf("--mode is put, transaction or batch");
			return -1;
		}
		return 1;
	case OPT_BUNDLE_SIZE: {
		long v;
		if (tf_cli_long_arg(arg, 1, 10000, &v) < 0) {
			tf_cli_errorf("--bundle-size wants 1..10000");
			return -1;
		}
		a->bundle_size = (size_t)v;
		return 1;
	}
	case OPT_JOURNAL:
		a->journal_path = arg;
		return 1;
	case OPT_MATCH:
		if (strcmp(arg, "id") && strcmp(arg, "identifier")) {
			tf_cli_errorf("--match is id or identifier");
			return -1;
		}
		a->sso.match_identifier = strcmp(arg, "identifier") == 0;
		return 1;
	default:
		return 0;
	}
}

static void push_free(tf_cli_pushjob *p)
{
	tf_sink_free(p->front);
	tf_sink_free(p->server);
	if (p->rejects && p->rejects != stdout)
		fclose(p->rejects);
	if (p->rejects_tmp)
		unlink(p->rejects_tmp);
	free(p->rejects_tmp);
	tf_journal_close(p->journal, NULL);
	tf_progress_end(p->progress);
	json_decref(p->where);
	tf_client_free(p->client);
	free(p);
}

int tf_cli_push_begin(const tf_cli_push_args *a, tf_cli_pushjob **out)
{
	tf_cli_pushjob *p = calloc(1, sizeof(*p));
	if (!p)
		return TF_EXIT_FATAL;
	p->a = *a;
	tf_client_options copts = TF_CLIENT_OPTIONS_INIT;
	copts.report = on_report;
	copts.report_ud = p;
	if (a->bundle_size)
		copts.bundle_size = a->bundle_size;
	int status = tf_cli_client_open(&a->co, &copts, &p->client);
	if (status != TF_EXIT_OK) {
		free(p);
		return status;
	}
	tf_error err;
	tf_error_clear(&err);
	json_t *cs = NULL;
	if (tf_client_capabilities(p->client, &cs, &err) < 0) {
		tf_cli_errorf("push: server not usable: %s", err.message);
		push_free(p);
		return TF_EXIT_FATAL;
	}
	json_decref(cs);
	if (a->journal_path && tf_journal_open(&p->journal, a->journal_path, &err) < 0) {
		tf_cli_errorf("push: %s", err.message);
		push_free(p);
		return TF_EXIT_FATAL;
	}
	if (a->rejects_path && strcmp(a->rejects_path, "-") == 0) {
		p->rejects = stdout;
	} else if (a->rejects_path) {
		/* Written under a temporary name, renamed into place at the end:
		 * a killed run never leaves a half reject file behind. */
		size_t n = strlen(a->rejects_path) + 8;
		p->rejects_tmp = malloc(n);
		if (p->rejects_tmp)
			snprintf(p->rejects_tmp, n, "%s.tmp", a->rejects_path);
		p->rejects = p->rejects_tmp ? fopen(p->rejects_tmp, "w") : NULL;
		if (!p->rejects) {
			tf_cli_errorf("cannot open --rejects %s", a->rejects_path);
			push_free(p);
			return TF_EXIT_FATAL;
		}
	}
	p->where = json_object();
	if (!p->where || tf_sink_open_server_ex(&p->server, p->client, &a->so, &a->sso, &err) < 0 ||
	    tf_sink_open_custom(&p->front, &front_ops, p, &err) < 0) {
		tf_cli_errorf("push: %s", err.message);
		push_free(p);
		return TF_EXIT_FATAL;
	}
	p->progress = tf_progress_new(!a->quiet);
	*out = p;
	return TF_EXIT_OK;
}

tf_sink *tf_cli_push_sink(tf_cli_pushjob *p)
{
	return p->front;
}

/* A record convert --push could not convert (the caller has printed it):
 * its line has convert's own --rejects shape, line, column and pointer
 * included, so one reader serves the reject files of both commands. */
void tf_cli_push_reject(tf_cli_pushjob *p, const tf_error *err, const char *stage)
{
	json_t *rec = tf_reject_record(err, stage, NULL);
	if (rec)
		write_reject(p, rec);
	else
		p->rejected++;
	json_decref(rec);
}

int tf_cli_push_end(tf_cli_pushjob *p, int failed)
{
	tf_error err;
	tf_error_clear(&err);
	int rc = failed ? failed : p->fatal;
	if (rc == 0 && tf_sink_close(p->server, &err) < 0) {
		tf_cli_errorf("push stopped: %s", err.message);
		rc = err.code ? err.code : TF_ERROR;
	}
	if (p->journal && tf_journal_close(p->journal, &err) < 0) {
		tf_cli_errorf("push: %s", err.message);
		rc = rc ? rc : TF_EIO;
	}
	p->journal = NULL;
	if (p->rejects && p->rejects != stdout) {
		int bad = fflush(p->rejects) != 0 || fsync(fileno(p->rejects)) != 0;
		bad |= fclose(p->rejects) != 0;
		p->rejects = NULL;
		if (bad || rename(p->rejects_tmp, p->a.rejects_path) != 0) {
			tf_cli_errorf("cannot write --rejects %s", p->a.rejects_path);
			rc = rc ? rc : TF_EIO;
		} else {
			free(p->rejects_tmp);
			p->rejects_tmp = NULL;
		}
	}
	tf_progress_end(p->progress);
	p->progress = NULL;
	/* The summary integration engines parse: one line, fixed words. */
	if (!p->a.quiet)
		fprintf(stderr,
		        "trialfhir: sent %zu, created %zu, updated %zu, unchanged %zu, rejected "
		        "%zu (%zu requests)\n",
		        p->sent, p->created, p->updated, p->unchanged, p->rejected,
		        tf_client_request_count(p->client));
	size_t rejected = p->rejected, undelivered = p->undelivered;
	if (undelivered)
		tf_cli_errorf("%zu resource%s not delivered (no answer from the server after "
		              "the retries); run again to finish%s",
		              undelivered, undelivered == 1 ? "" : "s",
		              p->a.journal_path ? "" : " (--journal sends only what is left)");
	push_free(p);
	if (rc < 0 || undelivered)
		return TF_EXIT_FATAL;
	return rejected ? TF_EXIT_REJECTS : TF_EXIT_OK;
}

/* --- trialfhir push --- */

static int on_resource(void *ud, const json_t *res, const tf_error *rec_err)
{
	tf_cli_pushjob *p = ud;
	if (!res) {
		json_decref(reject_line(p, rec_err->source, rec_err->record, NULL, rec_err->code, 0,
		                        "read", rec_err->message, NULL));
		return 0;
	}
	return push_resource(p, res, rec_err->source, rec_err->record);
}

static int push_path(tf_cli_pushjob *p, const char *path)
{
	p->input = path;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_resources_read_file(path, 0, on_resource, p, &err);
	if (rc < 0 && !p->fatal) {
		json_decref(reject_line(p, path, 0, NULL, rc, 0, "read", err.message, NULL));
		return 0;
	}
	return p->fatal;
}

static int push_one(void *p, const char *path)
{
	return push_path(p, path);
}

/* A directory: its JSON and NDJSON files, in name order. */
static int push_dir(tf_cli_pushjob *p, const char *dir)
{
	static const char *const suffixes[] = {".json", ".ndjson", NULL};
	int rc = tf_cli_each_file(dir, suffixes, push_one, p);
	if (rc == TF_EIO) {
		json_decref(reject_line(p, dir, 0, NULL, TF_EIO, 0, "read", "cannot read directory",
		                        NULL));
		return 0;
	}
	return rc;
}

int tf_cli_push(int argc, char **argv)
{
	static const struct option own[] = {
	        {"rejects", required_argument, NULL, OPT_REJECTS},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	};
	struct option longopts[64];
	if (tf_cli_push_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;
	tf_cli_push_args a;
	tf_cli_push_args_init(&a);
	int c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "qhv", longopts, NULL)) != -1) {
		int r = tf_cli_push_opt(&a, c, optarg);
		if (r < 0)
			return TF_EXIT_USAGE;
		if (r > 0)
			continue;
		switch (c) {
		case OPT_REJECTS:
			a.rejects_path = optarg;
			break;
		case 'q':
			a.quiet = 1;
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
	tf_cli_pushjob *p;
	int status = tf_cli_push_begin(&a, &p);
	if (status != TF_EXIT_OK)
		return status;
	int rc = 0;
	for (int i = optind; i < argc && rc == 0; i++) {
		struct stat st;
		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			rc = push_dir(p, argv[i]);
		else
			rc = push_path(p, argv[i]);
	}
	return tf_cli_push_end(p, rc);
}
