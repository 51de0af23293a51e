/*
 * fuzz_ctgov_xml.c - fuzz target for the classic CT.gov XML path end to
 * end: the XML record splitter, the hardened parse (tf_xml_parse, inside
 * the reader), the XML reader and the FHIR writer, and the emitter on
 * whatever comes out. Built as a libFuzzer target with -DTF_FUZZ=ON; its
 * corpus (tests/fuzz/corpus/ctgov_xml/: small real records, the attack
 * files of scenario 18 and every crasher found) replays as a regression
 * test in every build.
 */
#include <stdio.h>
#include "fuzz_util.h"
#include "registry/ctgov_xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const tf_mappings *maps = fuzz_maps(0);
	/* The splitter reads through a FILE, as the reader gives it one;
	 * the first bytes go in as the head, like the reader's sniffed
	 * bytes. */
	size_t head = size < 64 ? size : 64;
	FILE *fp = size > head ? fmemopen((void *)(data + head), size - head, "rb") : NULL;
	if (size > head && !fp)
		return 0;
	tf_xsplit *s;
	if (tf_xsplit_new(&s, (const char *)data, head, fp, 1 << 20) < 0) {
		if (fp)
			fclose(fp);
		return 0;
	}
	const char *rec;
	size_t len;
	long line, col, index;
	tf_error err;
	int rc, guard = 0;
	while ((rc = tf_xsplit_next(s, &rec, &len, &line, &col, &index, &err)) != TF_ITEROVER &&
	       guard++ < 10000) {
		if (rc < 0) {
			if (tf_xsplit_failed(s))
				break;
			continue;
		}
		tf_trial *t;
		if (tf_trial_new(&t) < 0)
			break;
		if (tf_ctgov_xml_study(rec, len, "fuzz", t, &err) == 0)
			fuzz_fhir(t, maps);
		tf_trial_free(t);
	}
	tf_xsplit_free(s);
	if (fp)
		fclose(fp);
	return 0;
}
