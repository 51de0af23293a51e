/*
 * fuzz_criteria.c - fuzz target for the eligibility criteria parser: the
 * data is criteria text; it goes through the splitter, the extractor, the
 * FHIRPath writer and the PlanDefinition writer, and the result through
 * the JSON emitter. Text that is not UTF-8 must be refused cleanly. Built
 * as a libFuzzer target with -DTF_FUZZ=ON; its corpus (tests/fuzz/corpus/
 * criteria/: the seeds' criteria and odd layouts) replays as a regression
 * test in every build.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"
#include "fuzz_util.h"
#include "trialfhir/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_cstr(data, size);
	if (!text)
		return 0;
	tf_criteria *c = NULL;
	tf_error err;
	if (tf_criteria_parse(&c, text, NULL, &err) == 0) {
		json_t *j = NULL;
		if (tf_criteria_to_json(c, &j, &err) == 0)
			json_decref(j);
		json_t *pd = NULL;
		if (el_plandefinition(c, "NCT00000000", "fuzz", &pd, &err) == 0) {
			char *s = NULL;
			if (tf_json_dump(pd, 0, &s, NULL, &err) == 0)
				free(s);
			json_decref(pd);
		}
		tf_criteria_free(c);
	}
	free(text);
	return 0;
}
