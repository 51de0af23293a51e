/*
 * fuzz_util.h - what the fuzz targets share: the default mapping tables,
 * loaded once per process, the FHIR write and dump every registry target
 * ends with, and a NUL-terminated copy of the input for the text parsers.
 * Header-only (static inline) so that each target stays one source file
 * and links with replay.c or libFuzzer alike.
 */
#ifndef TF_FUZZ_UTIL_H
#define TF_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "registry/text_formats.h"
#include "trialfhir.h"

/* The default tables, loaded on the first call; text also readies the
 * text readers' tables. A run without them would only ever see the
 * refusal, so failing to load aborts. */
static inline const tf_mappings *fuzz_maps(int text)
{
	static tf_mappings *maps;
	if (!maps &&
	    (tf_mappings_load(&maps, NULL, NULL) < 0 || (text && tf_text_need_maps(NULL) < 0)))
		abort();
	return maps;
}

/* Writes t as FHIR and dumps it, to reach the writer and the emitter;
 * errors are expected on fuzz input and ignored. */
static inline void fuzz_fhir(const tf_trial *t, const tf_mappings *maps)
{
	tf_fhir_options fo = TF_FHIR_OPTIONS_INIT;
	fo.mappings = maps;
	tf_error err;
	json_t *res;
	if (tf_fhir_from_trial(t, &fo, &res, &err) == 0) {
		char *s;
		if (tf_json_dump(res, TF_JSON_PRETTY, &s, NULL, &err) == 0)
			free(s);
		json_decref(res);
	}
}

/* data as a NUL-terminated string (free it); NULL when out of memory. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (s) {
		memcpy(s, data, size);
		s[size] = '\0';
	}
	return s;
}

#endif
