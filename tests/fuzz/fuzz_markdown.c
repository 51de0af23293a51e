/*
 * fuzz_markdown.c - fuzz target for the registry mirror markdown reader:
 * the sniffer on the first bytes, then the reader (front matter parser,
 * section walker, fact table) and the FHIR writer on whatever it accepts.
 * Built as a libFuzzer target with -DTF_FUZZ=ON; its corpus
 * (tests/fuzz/corpus/markdown/) replays as a regression test in every
 * build.
 */
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const tf_mappings *maps = fuzz_maps(1);
	const char *buf = (const char *)data;
	(void)tf_markdown_sniff(buf, size < 4096 ? size : 4096);
	tf_trial *t;
	if (tf_trial_new(&t) < 0)
		return 0;
	tf_error err;
	if (tf_markdown_study(buf, size, "fuzz", t, &err) == 0)
		fuzz_fhir(t, maps);
	tf_trial_free(t);
	return 0;
}
