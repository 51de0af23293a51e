/*
 * cli.h - shared pieces of the trialfhir command-line tool. The tool is
 * built only on the public API (trialfhir.h).
 */
#ifndef TF_CLI_H
#define TF_CLI_H

#include <getopt.h>
#include <stdio.h>
#include "trialfhir.h"
#include "trialfhir/client.h"

/* Exit codes (DESIGN.md): a contract scripts rely on. */
enum {
	TF_EXIT_OK = 0,      /* everything done */
	TF_EXIT_REJECTS = 1, /* some records rejected, all others done */
	TF_EXIT_USAGE = 2,   /* bad usage */
	TF_EXIT_FATAL = 3    /* could not run at all */
};

int tf_cli_convert(int argc, char **argv);
int tf_cli_push(int argc, char **argv);
int tf_cli_pull(int argc, char **argv);
int tf_cli_criteria(int argc, char **argv);
int tf_cli_match(int argc, char **argv);
int tf_cli_conformance(int argc, char **argv);
int tf_cli_validate(int argc, char **argv);
int tf_cli_fhirpath(int argc, char **argv);

/* --- connection options shared by push and pull (client_opts.c) --- */
/* What the connection options say; filled by tf_cli_client_opt. */
typedef struct tf_cli_client {
	const char *server;
	const char *auth;       /* none|bearer|basic|smart|cert */
	const char *token_file; /* bearer token or basic user:password */
	const char *token_env;
	const char *client_id;
	const char *key_file;
	const char *kid;
	const char *alg; /* RS384|ES384 */
	const char *scope;
	const char *cert;
	const char *key;
	const char *cacert;
	int loopback_http;
	int verbose;
	long timeout_ms;
	int retries;
	int parallel;
	double max_wait;
} tf_cli_client;

const struct option *tf_cli_client_longopts(size_t *n);
/* Writes own[0..n_own) followed by the shared connection options and the
 * terminating zero entry into out (cap entries); returns 0, or -1 when out
 * is too small. */
int tf_cli_client_longopts_merge(const struct option *own, size_t n_own, struct option *out,
                                 size_t cap);
int tf_cli_client_opt(tf_cli_client *o, int opt, const char *arg);
void tf_cli_client_usage(FILE *fp);
int tf_cli_client_open(const tf_cli_client *o, tf_client_options *copts, tf_client **out);

/* --- a push session, shared by push and convert --push (push.c) --- */
typedef struct tf_cli_push_args {
	tf_cli_client co;
	tf_sink_options so;         /* put (NDJSON format) or Bundles */
	tf_server_sink_options sso; /* by id or by identifier */
	size_t bundle_size;         /* 0: the client's default */
	const char *rejects_path;
	const char *journal_path;
	int quiet;
} tf_cli_push_args;
typedef struct tf_cli_pushjob tf_cli_pushjob;
void tf_cli_push_args_init(tf_cli_push_args *a);
/* own options, then push's (--mode --bundle-size --journal --match), then
 * the connection options, then the terminator; -1 when cap is too small. */
int tf_cli_push_longopts_merge(const struct option *own, size_t n_own, struct option *out,
                               size_t cap);
int tf_cli_push_opt(tf_cli_push_args *a, int opt, const char *arg); /* 1 used, 0 not, -1 bad */
void tf_cli_push_usage(FILE *fp);
int tf_cli_push_begin(const tf_cli_push_args *a, tf_cli_pushjob **out); /* TF_EXIT_* */
tf_sink *tf_cli_push_sink(tf_cli_pushjob *p); /* borrowed; resources written go to the server */
void tf_cli_push_reject(tf_cli_pushjob *p, const tf_error *err, const char *stage);
int tf_cli_push_end(tf_cli_pushjob *p, int failed); /* closes; TF_EXIT_* */

/* Connection options before any is given: all unset, retries -1 (the
 * client's default). */
void tf_cli_client_init(tf_cli_client *co);

/* Reads s as a whole decimal number in lo..hi into *out; -1 (nothing
 * written) when it is not one. The caller names the option in its error. */
int tf_cli_long_arg(const char *s, long lo, long hi, long *out);

/* Prints "trialfhir: " + message to stderr. */
void tf_cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* One-line description of a failed record: "src:line:col: record N [NCT…] at /ptr: msg". */
void tf_cli_format_error(const tf_error *err, char *buf, size_t size);

/* Calls fn(ctx, path) for each regular, non-hidden file of dir whose name
 * ends in one of the suffixes (NULL-terminated list; NULL: any name), in
 * name order, until fn returns < 0 (returned). TF_EIO when dir cannot be
 * read. */
int tf_cli_each_file(const char *dir, const char *const *suffixes,
                     int (*fn)(void *ctx, const char *path), void *ctx);

/* Reads the whole of path ("-": stdin), at most max bytes, into *out
 * (malloc'd, NUL-terminated) and its length into *len; -1 when it cannot
 * be opened or read, or is larger than max. For criteria and validate,
 * which take their inputs whole. */
int tf_cli_read_file(const char *path, size_t max, char **out, size_t *len);

/* Writes s (NULL: nothing) as XML character data: the five special
 * characters escaped and the C0 controls XML 1.0 forbids dropped. For the
 * JUnit reports of validate and conformance. */
void tf_cli_xml_text(FILE *fp, const char *s);

/* The reject file (NDJSON: input position, record id, error, OperationOutcome). */
typedef struct tf_rejects tf_rejects;
int tf_rejects_open(tf_rejects **out, const char *path);
int tf_rejects_add(tf_rejects *r, const tf_error *err, const char *stage);
/* As tf_rejects_add with the server's OperationOutcome (NULL: one made
 * from err). */
int tf_rejects_add_outcome(tf_rejects *r, const tf_error *err, const char *stage,
                           const json_t *outcome);
/* One reject line (source, record, line, column, id, stage, error, message,
 * pointer, outcome), as the reject files of convert, push and pull write
 * it; new reference, NULL when out of memory. */
json_t *tf_reject_record(const tf_error *err, const char *stage, const json_t *outcome);
size_t tf_rejects_count(const tf_rejects *r);
int tf_rejects_close(tf_rejects *r);

/* Progress line on a terminal; silent when stderr is not one. */
typedef struct tf_progress tf_progress;
tf_progress *tf_progress_new(int enabled);
void tf_progress_update(tf_progress *p, const char *what, size_t done, size_t total, size_t records,
                        size_t rejected);
void tf_progress_end(tf_progress *p);

#endif
