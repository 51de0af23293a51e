/*
 * fuzz_page.c - fuzz target for the registry web page reader: the sniffer
 * on the first bytes, the text path (layout detection, sections, facts)
 * and the HTML path (tf_html_parse, rendering to text) on every input,
 * and the FHIR writer on whatever is accepted. Built as a libFuzzer target
 * with -DTF_FUZZ=ON; its corpus (tests/fuzz/corpus/page/) replays as a
 * regression test in every build.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "registry/text_formats.h"
#include "trialfhir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef int (*reader_fn)(const char *, size_t, const char *, tf_trial *, tf_error *);

static void run(reader_fn read, const char *buf, size_t size, const tf_mappings *maps)
{
	tf_trial *t;
	if (tf_trial_new(&t) < 0)
		return;
	tf_error err;
	if (read(buf, size, "fuzz", t, &err) == 0) {
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
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static tf_mappings *maps;
	if (!maps && (tf_mappings_load(&maps, NULL, NULL) < 0 || tf_text_need_maps(NULL) < 0))
		abort();
	const char *buf = (const char *)data;
	(void)tf_page_sniff(buf, size < 4096 ? size : 4096);
	/* tf_page_study takes HTML to the HTML path by its first bytes; the
	 * HTML path is also driven directly so that any input reaches it. */
	run(tf_page_study, buf, size, maps);
	run(tf_page_html_study, buf, size, maps);
	return 0;
}
