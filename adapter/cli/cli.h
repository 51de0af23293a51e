/*
 * cli.h - shared pieces of the trialfhir command-line tool. The tool is
 * built only on the public API (trialfhir.h).
 */
#ifndef TF_CLI_H
#define TF_CLI_H

#include <stdio.h>
#include "trialfhir.h"

/* Exit codes (DESIGN.md): a contract scripts rely on. */
enum {
	TF_EXIT_OK = 0,       /* everything done */
	TF_EXIT_REJECTS = 1,  /* some records rejected, all others done */
	TF_EXIT_USAGE = 2,    /* bad usage */
	TF_EXIT_FATAL = 3     /* could not run at all */
};

int tf_cli_convert(int argc, char **argv);

/* Prints "trialfhir: " + message to stderr. */
void tf_cli_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* One-line description of a failed record: "src:line:col: record N [NCT…] at /ptr: msg". */
void tf_cli_format_error(const tf_error *err, char *buf, size_t size);

/* The reject file (NDJSON: input position, record id, error, OperationOutcome). */
typedef struct tf_rejects tf_rejects;
int tf_rejects_open(tf_rejects **out, const char *path);
int tf_rejects_add(tf_rejects *r, const tf_error *err, const char *stage);
size_t tf_rejects_count(const tf_rejects *r);
int tf_rejects_close(tf_rejects *r);

/* Progress line on a terminal; silent when stderr is not one. */
typedef struct tf_progress tf_progress;
tf_progress *tf_progress_new(int enabled);
void tf_progress_update(tf_progress *p, const char *what, size_t done, size_t total,
			size_t records, size_t rejected);
void tf_progress_end(tf_progress *p);

#endif
