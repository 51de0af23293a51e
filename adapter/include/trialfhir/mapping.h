/*
 * trialfhir/mapping.h - value maps loaded from data files at run time.
 *
 * Every translation of a registry value into a FHIR code (status, phase,
 * study type, design codes, intervention and arm types, sex, ...) lives in
 * a tab-separated table under mappings/, one table per file, named by the
 * file's stem ("ctgov-overall-status.tsv" is table "ctgov-overall-status").
 * A file is:
 *
 *     # comment lines and blank lines are ignored
 *     source<TAB>system<TAB>code<TAB>display
 *     RECRUITING<TAB>http://hl7.org/fhir/research-study-status<TAB>active<TAB>Active
 *
 * The header line names the columns; "source" and "code" are required,
 * "system" and "display" optional, further columns are kept and can be read
 * with tf_map_row_get(). A later file's row for the same (table, source)
 * replaces the earlier one, so a hospital can override or extend the
 * shipped tables with its own file without recompiling.
 */
#ifndef TRIALFHIR_MAPPING_H
#define TRIALFHIR_MAPPING_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tf_mappings tf_mappings;

typedef struct tf_map_row {
	const char *table;    /* table name (file stem) */
	const char *source;   /* the registry value this row maps */
	const char *system;   /* code system URL; "" when the row has none */
	const char *code;     /* the target code; "" for text-only rows */
	const char *display;  /* display text; "" when none */
	const char *file;     /* file the row came from */
	long line;            /* its line in that file */
} tf_map_row;

/* Loads every *.tsv table in dir. dir NULL means the default: $TRIALFHIR_MAPPINGS
 * when set, else the source tree's mappings/ when run from a build tree,
 * else the installed share/trialfhir/mappings. The caller owns *out. */
TF_EXTERN int tf_mappings_load(tf_mappings **out, const char *dir, tf_error *err);

/* Adds one table file, or every *.tsv in a directory, over what is loaded. */
TF_EXTERN int tf_mappings_add(tf_mappings *maps, const char *path, tf_error *err);

/* The row of table for source, or NULL. Borrowed from maps. */
TF_EXTERN const tf_map_row *tf_mappings_lookup(const tf_mappings *maps, const char *table,
					       const char *source);

/* Value of an extra column of row by header name, or NULL. Borrowed. */
TF_EXTERN const char *tf_map_row_get(const tf_mappings *maps, const tf_map_row *row,
				     const char *column);

/* Iteration over all rows of a table (table NULL: all rows); returns NULL
 * past the end. *cursor starts at 0. */
TF_EXTERN const tf_map_row *tf_mappings_next(const tf_mappings *maps, const char *table,
					     size_t *cursor);

/* Frees the set. NULL does nothing. */
TF_EXTERN void tf_mappings_free(tf_mappings *maps);

#ifdef __cplusplus
}
#endif
#endif
