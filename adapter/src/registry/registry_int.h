/*
 * registry_int.h - what the format backends of the reader provide.
 */
#ifndef TF_REGISTRY_INT_H
#define TF_REGISTRY_INT_H

#include <jansson.h>
#include "trialfhir/registry.h"

/* Fills t from one CT.gov API v2 study object (ctgov_json.c). A missing NCT
 * id or a value of the wrong type rejects the record: err names the JSON
 * Pointer (err->pointer) and says what was expected. Unknown members are
 * ignored. */
int tf_ctgov_json_study(const json_t *study, tf_trial *t, tf_error *err);

#endif
