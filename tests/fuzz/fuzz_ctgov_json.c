/*
 * fuzz_ctgov_json.c - fuzz target for the CT.gov JSON path end to end: the
 * record splitter, the loader, the v2 reader and the FHIR writer, and the
 * emitter on whatever comes out. Built as a libFuzzer target with
 * -DTF_FUZZ=ON; its corpus replays as a regression test in every build.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "trialfhir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static tf_mappings *maps;
	if (!maps && tf_mappings_load(&maps, NULL, NULL) < 0)
		abort();
	tf_reader_options ro = TF_READER_OPTIONS_INIT;
	ro.format = TF_FORMAT_CTGOV_JSON;
	ro.max_record_bytes = 1 << 20;
	tf_fhir_options fo = TF_FHIR_OPTIONS_INIT;
	fo.mappings = maps;
	tf_reader *r;
	tf_error err;
	if (tf_reader_open_memory(&r, data, size, "fuzz", &ro, &err) < 0)
		return 0;
	tf_trial *t;
	int rc, guard = 0;
	while ((rc = tf_reader_next(r, &t, &err)) != TF_ITEROVER && guard++ < 10000) {
		if (rc < 0) {
			if (tf_reader_failed(r))
				break;
			continue;
		}
		json_t *res;
		if (tf_fhir_from_trial(t, &fo, &res, &err) == 0) {
			char *s;
			if (tf_json_dump(res, TF_JSON_PRETTY, &s, NULL, &err) == 0)
				free(s);
			json_decref(res);
		}
		tf_trial_free(t);
	}
	tf_reader_free(r);
	return 0;
}
