/*
 * fuzz_ctgov_json.c - fuzz target for the CT.gov JSON path end to end: the
 * record splitter, the loader, the v2 reader and the FHIR writer, and the
 * emitter on whatever comes out. Built as a libFuzzer target with
 * -DTF_FUZZ=ON; its corpus replays as a regression test in every build.
 */
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const tf_mappings *maps = fuzz_maps(0);
	tf_reader_options ro = TF_READER_OPTIONS_INIT;
	ro.format = TF_FORMAT_CTGOV_JSON;
	ro.max_record_bytes = 1 << 20;
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
		fuzz_fhir(t, maps);
		tf_trial_free(t);
	}
	tf_reader_free(r);
	return 0;
}
