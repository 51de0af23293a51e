/*
 * trialfhir/sink.h - where FHIR resources go: a file store directory or a
 * stream (stdout), as NDJSON, JSON or Bundles.
 *
 * The file store (tf_sink_open_dir) writes NDJSON per resource type, the
 * Bulk Data layout (DIR/ResearchStudy.ndjson, ...). Files are written under
 * temporary names and renamed into place by tf_sink_close, so a crash or a
 * failed run never leaves a half-written file under its final name.
 */
#ifndef TRIALFHIR_SINK_H
#define TRIALFHIR_SINK_H

#include <jansson.h>
#include <stdio.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tf_output_format {
	TF_OUTPUT_NDJSON = 0,  /* one resource per line */
	TF_OUTPUT_JSON,        /* pretty resources; a directory gets one file per resource */
	TF_OUTPUT_BUNDLE       /* one Bundle holding every resource */
} tf_output_format;

typedef enum tf_bundle_type {
	TF_BUNDLE_TRANSACTION = 0, /* PUT by logical id: re-runs update, never duplicate */
	TF_BUNDLE_BATCH,           /* same requests, no atomicity */
	TF_BUNDLE_COLLECTION       /* plain collection, no requests */
} tf_bundle_type;

/* "ndjson"|"json"|"bundle" and "transaction"|"batch"|"collection". */
TF_EXTERN int tf_output_format_parse(const char *name, tf_output_format *out);
TF_EXTERN int tf_bundle_type_parse(const char *name, tf_bundle_type *out);

typedef struct tf_sink_options {
	unsigned int version;         /* TF_SINK_OPTIONS_VERSION */
	tf_output_format format;      /* see above */
	tf_bundle_type bundle_type;   /* for TF_OUTPUT_BUNDLE */
	int pretty;                   /* -1: the format's default, 0 compact, 1 pretty */
} tf_sink_options;

#define TF_SINK_OPTIONS_VERSION 1
#define TF_SINK_OPTIONS_INIT { TF_SINK_OPTIONS_VERSION, TF_OUTPUT_NDJSON, TF_BUNDLE_TRANSACTION, -1 }

typedef struct tf_sink tf_sink;

/* A file store in dir (created when missing). The caller owns *out. */
TF_EXTERN int tf_sink_open_dir(tf_sink **out, const char *dir, const tf_sink_options *opts,
			       tf_error *err);

/* A stream sink writing to fp, which stays the caller's. */
TF_EXTERN int tf_sink_open_stream(tf_sink **out, FILE *fp, const tf_sink_options *opts,
				  tf_error *err);

/* Writes one resource (borrowed). Its resourceType and id must be safe as
 * file names ([A-Za-z0-9-.]{1,64}, not "." or ".."): TF_EINVALID otherwise.
 * Callers build all resources of a record before writing any, so a record
 * that fails leaves nothing behind. */
TF_EXTERN int tf_sink_write(tf_sink *sink, const json_t *resource, tf_error *err);

/* Counts of what the sink has written so far. */
TF_EXTERN size_t tf_sink_count(const tf_sink *sink);

/* Finishes the output: closes Bundles, flushes, renames files into place.
 * A sink freed without close discards what a file store wrote. */
TF_EXTERN int tf_sink_close(tf_sink *sink, tf_error *err);

TF_EXTERN void tf_sink_free(tf_sink *sink);

#ifdef __cplusplus
}
#endif
#endif
