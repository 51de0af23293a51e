/*
 * trialfhir/registry.h - reading registry records into the trial model.
 *
 * A tf_reader walks one input (a file, stdin, or a memory buffer) and yields
 * one tf_trial per record. A record that cannot be read is reported and
 * skipped: the reader goes on with the next one, so one bad study never
 * costs the others.
 *
 *     tf_reader *r;
 *     tf_trial *t;
 *     int rc;
 *     if (tf_reader_open_file(&r, "studies.ndjson", NULL, &err) < 0) ...;
 *     while ((rc = tf_reader_next(r, &t, &err)) != TF_ITEROVER) {
 *             if (rc < 0) { report(&err); if (tf_reader_failed(r)) break; continue; }
 *             use(t);
 *             tf_trial_free(t);
 *     }
 *     tf_reader_free(r);
 */
#ifndef TRIALFHIR_REGISTRY_H
#define TRIALFHIR_REGISTRY_H

#include "common.h"
#include "trial.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum tf_format {
	TF_FORMAT_AUTO = 0,    /* detect from the content */
	TF_FORMAT_CTGOV_JSON,  /* CT.gov API v2: study, {"studies":[...]} page, NDJSON */
	TF_FORMAT_CTGOV_XML,   /* classic CT.gov <clinical_study> XML */
	TF_FORMAT_MARKDOWN,    /* registry mirror markdown with YAML front matter */
	TF_FORMAT_PAGE         /* registry web page, saved text or HTML */
} tf_format;

/* "auto", "ctgov-json", "ctgov-xml", "markdown", "page" <-> enum.
 * tf_format_parse returns TF_EINVAL for an unknown name. */
TF_EXTERN int tf_format_parse(const char *name, tf_format *out);
TF_EXTERN const char *tf_format_name(tf_format format);

typedef struct tf_reader_options {
	unsigned int version;     /* TF_READER_OPTIONS_VERSION */
	tf_format format;         /* TF_FORMAT_AUTO to detect */
	size_t max_record_bytes;  /* larger records are rejected; 0 = default (64 MiB) */
} tf_reader_options;

#define TF_READER_OPTIONS_VERSION 1
#define TF_READER_OPTIONS_INIT { TF_READER_OPTIONS_VERSION, TF_FORMAT_AUTO, 0 }
#define TF_READER_DEFAULT_MAX_RECORD ((size_t)64 << 20)

typedef struct tf_reader tf_reader;

/* Opens path ("-" = stdin). opts may be NULL for defaults. The caller owns
 * *out. Fails with TF_ENOTFOUND / TF_EIO when the file cannot be opened. */
TF_EXTERN int tf_reader_open_file(tf_reader **out, const char *path,
				  const tf_reader_options *opts, tf_error *err);

/* Reads from buf (len bytes), which the reader copies. name labels errors. */
TF_EXTERN int tf_reader_open_memory(tf_reader **out, const void *buf, size_t len,
				    const char *name, const tf_reader_options *opts,
				    tf_error *err);

/* Next record. Returns 0 with *out set to a trial the caller owns and frees;
 * TF_ITEROVER at the end; a negative code when this record was rejected (err
 * names the record and the place). After a rejection, call again for the
 * next record unless tf_reader_failed() says the input cannot go on. */
TF_EXTERN int tf_reader_next(tf_reader *reader, tf_trial **out, tf_error *err);

/* True when the input itself failed (I/O error, out of memory) and no
 * further record can be read. */
TF_EXTERN int tf_reader_failed(const tf_reader *reader);

/* Bytes consumed so far and the input size (0 when unknown, e.g. a pipe):
 * for progress display. */
TF_EXTERN void tf_reader_progress(const tf_reader *reader, size_t *done, size_t *total);

/* The format detected (or forced) for the input, once the first record has
 * been read. */
TF_EXTERN tf_format tf_reader_format(const tf_reader *reader);

/* Frees the reader. NULL does nothing. */
TF_EXTERN void tf_reader_free(tf_reader *reader);

#ifdef __cplusplus
}
#endif
#endif
