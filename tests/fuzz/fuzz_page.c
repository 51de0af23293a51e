/*
 * fuzz_page.c - fuzz target for the registry web page reader: the sniffer
 * on the first bytes, the text path (layout detection, sections, facts)
 * and the HTML path (tf_html_parse, rendering to text) on every input,
 * and the FHIR writer on whatever is accepted. Built as a libFuzzer target
 * with -DTF_FUZZ=ON; its corpus (tests/fuzz/corpus/page/) replays as a
 * regression test in every build.
 */
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef int (*reader_fn)(const char *, size_t, const char *, tf_trial *, tf_error *);

static void run(reader_fn read, const char *buf, size_t size, const tf_mappings *maps)
{
	tf_trial *t;
	if (tf_trial_new(&t) < 0)
		return;
	tf_error err;
	if (read(buf, size, "fuzz", t, &err) == 0)
		fuzz_fhir(t, maps);
	tf_trial_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const tf_mappings *maps = fuzz_maps(1);
	const char *buf = (const char *)data;
	(void)tf_page_sniff(buf, size < 4096 ? size : 4096);
	/* tf_page_study takes HTML to the HTML path by its first bytes; the
	 * HTML path is also driven directly so that any input reaches it. */
	run(tf_page_study, buf, size, maps);
	run(tf_page_html_study, buf, size, maps);
	return 0;
}
