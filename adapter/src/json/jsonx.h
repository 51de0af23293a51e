/*
 * jsonx.h - internal JSON input: splitting a stream into records, and
 * loading one record with trialfhir's safety rules.
 */
#ifndef TF_JSONX_H
#define TF_JSONX_H

#include <jansson.h>
#include <stdio.h>
#include "trialfhir/common.h"

/*
 * The splitter cuts a JSON input into records without parsing it: a single
 * object, a CT.gov page {"studies":[...], ...} (each element a record), a
 * top-level array (each element a record), or any sequence of these
 * (NDJSON, concatenated documents). It holds at most one record in memory,
 * so a page of any size streams. A record it cannot cut (truncated, larger
 * than the cap, stray text) is reported and skipped.
 */
typedef struct tf_jsplit tf_jsplit;

/* Reads head (head_len bytes, copied) and then fp (borrowed, may be NULL). */
int tf_jsplit_new(tf_jsplit **out, const char *head, size_t head_len, FILE *fp,
		  size_t max_record);
/* 0: *rec and *len are the next record (borrowed until the next call); its first
 * line and column in the input and its 1-based index are set.
 * TF_ITEROVER: end of input. Negative: a record-level error (err filled,
 * err->record and err->line set); call again to go on, unless
 * tf_jsplit_failed(). */
int tf_jsplit_next(tf_jsplit *s, const char **rec, size_t *len, long *line, long *column,
		   long *index, tf_error *err);
int tf_jsplit_failed(const tf_jsplit *s);
size_t tf_jsplit_offset(const tf_jsplit *s);
void tf_jsplit_free(tf_jsplit *s);

/* First byte of a decimal node's private tag (see emit.c). */
#define TF_DECIMAL_TAG_BYTE '\x01'

/* Loads one JSON text with duplicate keys rejected, NUL escapes rejected,
 * no trailing data, and every real turned into a decimal node that keeps its
 * written lexeme (see trialfhir/json.h). err gets line/column relative to
 * buf. *out is a new reference. */
int tf_json_load_record(const char *buf, size_t len, json_t **out, tf_error *err);

#endif
