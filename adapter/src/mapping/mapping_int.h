/*
 * mapping_int.h - the library's shared default mapping set, for the
 * modules (readers, FHIR writers) that need a table and were not handed
 * a tf_mappings by their caller.
 */
#ifndef TF_MAPPING_INT_H
#define TF_MAPPING_INT_H

#include "trialfhir/mapping.h"

/* The default set (tf_mappings_load(..., NULL, ...)), loaded once per
 * process on first use; safe to call from several threads at once. The set
 * is borrowed: never free it. It is freed by an atexit handler, so valgrind
 * sees no leak. Returns NULL when loading failed; err then gets the error of
 * that one load attempt (the failure is remembered, not retried). */
const tf_mappings *tf_mappings_default(tf_error *err);

/* A number that identifies the set's current content in this process: it
 * changes with every successful tf_mappings_add, and no two sets share one.
 * Caches of things derived from a set (lexicons, indexes) key on it. */
unsigned long tf_mappings_serial(const tf_mappings *maps);

#endif
