/*
 * trialfhir/convert.h - one-shot calls over the reader -> model -> writer
 * steps, for callers that hold one record.
 */
#ifndef TRIALFHIR_CONVERT_H
#define TRIALFHIR_CONVERT_H

#include <jansson.h>
#include "common.h"
#include "registry.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Reads the first record of path (format detected) and returns its FHIR
 * resources as a new JSON array in *out. Fails with the reader's error when
 * the record is rejected, TF_EINVALID when the file holds no record. */
TF_EXTERN int tf_convert_file(const char *path, json_t **out, tf_error *err);

/* Same for a record in memory. */
TF_EXTERN int tf_convert_memory(const void *buf, size_t len, tf_format format, json_t **out,
				tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
