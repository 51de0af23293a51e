/*
 * trialfhir/json.h - FHIR-faithful JSON output on top of Jansson.
 *
 * Jansson holds numbers as double: "1.50" would come back as 1.5 and
 * -88.04305 as -88.043049999999994. FHIR decimals carry their precision, so
 * trialfhir keeps a decimal as the text it was written with (a "decimal
 * node") and writes it back verbatim with its own emitter. Readers turn the
 * reals they parse into decimal nodes; writers create them with
 * tf_json_decimal(); tf_json_dump() writes them as JSON numbers.
 *
 * Output is deterministic: keys in insertion order (the writers insert in
 * FHIR element order), no float formatting, fixed indentation.
 */
#ifndef TRIALFHIR_JSON_H
#define TRIALFHIR_JSON_H

#include <jansson.h>
#include <stdio.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Returns a new reference to a decimal node holding lexeme, or NULL when
 * lexeme is not a JSON number ("-0.5", "1.50", "3e-7"). */
TF_EXTERN json_t *tf_json_decimal(const char *lexeme);

/* True when node was made by tf_json_decimal. */
TF_EXTERN int tf_json_is_decimal(const json_t *node);

/* The written text of a number node: a decimal node's lexeme, or the
 * shortest round-trip text of a Jansson real or integer. Writes into buf
 * (size bytes, 32 is always enough for reals/integers) and returns buf, or
 * returns the lexeme itself (borrowed) for decimal nodes; NULL when node is
 * not a number. */
TF_EXTERN const char *tf_json_number_text(const json_t *node, char *buf, size_t size);

enum {
	TF_JSON_PRETTY = 1 << 0,   /* two-space indentation, one member per line */
	TF_JSON_COMPACT = 0,       /* no whitespace at all (NDJSON lines) */
	TF_JSON_MAX_DEPTH = 100    /* nesting we refuse to write (RELIABILITY 19) */
};

/* Serialises node into a newly allocated NUL-terminated string in *out
 * (caller frees with free()), *len set when len is not NULL. Fails with
 * TF_ELIMIT on nesting deeper than TF_JSON_MAX_DEPTH and TF_EINVAL on
 * strings that are not valid UTF-8. */
TF_EXTERN int tf_json_dump(const json_t *node, int flags, char **out, size_t *len,
			   tf_error *err);

/* Same, written to fp. */
TF_EXTERN int tf_json_dumpf(const json_t *node, int flags, FILE *fp, tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
