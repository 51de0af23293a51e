/*
 * plans.c - writes the eligibility PlanDefinition of criteria text, for the
 * oracle check of tests/criteria/validate-plans.sh: each input file (the
 * input.txt of a criteria case, or a seed's criteria) becomes OUTDIR/<n>.json.
 *   criteria_plans OUTDIR FILE...
 */
#include <stdio.h>
#include <stdlib.h>
#include "eligibility/eligibility.h"
#include "trialfhir/json.h"

int main(int argc, char **argv)
{
	if (argc < 3) {
		fputs("usage: criteria_plans OUTDIR FILE...\n", stderr);
		return 2;
	}
	int status = 0;
	for (int i = 2; i < argc; i++) {
		char *text = NULL;
		size_t len = 0;
		tf_error err;
		tf_error_clear(&err);
		tf_criteria *c = NULL;
		json_t *pd = NULL;
		if (tf_read_file(argv[i], (size_t)1 << 20, &text, &len, &err) < 0 ||
		    tf_criteria_parse(&c, text, NULL, &err) < 0 ||
		    el_plandefinition(c, "NCT00000000", argv[i], &pd, &err) < 0) {
			fprintf(stderr, "%s: %s\n", argv[i], err.message);
			status = 1;
		} else {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%d.json", argv[1], i - 1);
			FILE *fp = fopen(path, "w");
			if (!fp || tf_json_dumpf(pd, TF_JSON_PRETTY, fp, &err) < 0)
				status = 1;
			if (fp)
				fclose(fp);
		}
		json_decref(pd);
		tf_criteria_free(c);
		free(text);
	}
	return status;
}
