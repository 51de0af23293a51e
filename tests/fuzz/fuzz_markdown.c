/*
 * fuzz_markdown.c - fuzz target for the registry mirror markdown reader:
 * the sniffer on the first bytes, then the reader (front matter parser,
 * section walker, fact table) and the FHIR writer on whatever it accepts.
 * Built as a libFuzzer target with -DTF_FUZZ=ON; its corpus
 * (tests/fuzz/corpus/markdown/) replays as a regression test in every
 * build.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "registry/text_formats.h"
#include "trialfhir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static tf_mappings *maps;
	/* The reader needs the default tables; a fuzz run without them would
	 * only ever see the refusal. */
	if (!maps && (tf_mappings_load(&maps, NULL, NULL) < 0 || tf_text_need_maps(NULL) < 0))
		abort();
	const char *buf = (const char *)data;
	(void)tf_markdown_sniff(buf, size < 4096 ? size : 4096);
	tf_trial *t;
	if (tf_trial_new(&t) < 0)
		return 0;
	tf_error err;
	if (tf_markdown_study(buf, size, "fuzz", t, &err) == 0) {
		tf_fhir_options fo = TF_FHIR_OPTIONS_INIT;
		fo.mappings = maps;
		json_t *res;
		if (tf_fhir_from_trial(t, &fo, &res, &err) == 0) {
			char *s;
			if (tf_json_dump(res, TF_JSON_PRETTY, &s, NULL, &err) == 0)
				free(s);
			json_decref(res);
		}
	}
	tf_trial_free(t);
	return 0;
}
