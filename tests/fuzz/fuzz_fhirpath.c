/*
 * fuzz_fhirpath.c - libFuzzer target for the FHIRPath engine: the input is
 * compiled as an expression and, when it compiles, evaluated on a fixed
 * small Patient (with a contained resource, primitive extensions, a
 * decimal and a choice element) under tight limits, so that every path of
 * lexer, parser, static check and evaluator is reachable. Crashes, leaks,
 * sanitizer reports or hangs are findings; errors are not.
 * An input starting with '<' is a FHIR XML document instead: it goes through
 * the FHIR XML loader (tf_fhirpath_parse) and, when it loads, a few fixed
 * expressions walk the resulting tree.
 * Corpus: tests/fuzz/corpus/fhirpath/ (expressions from the official suite,
 * and small FHIR XML resources).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fuzz_util.h"
#include "json/jsonx.h"
#include "trialfhir/fhirpath.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char patient_json[] =
        "{\"resourceType\":\"Patient\",\"id\":\"p1\","
        "\"contained\":[{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
        "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"718-7\"}]},"
        "\"valueQuantity\":{\"value\":13.50,\"unit\":\"g/dL\",\"system\":\"http://"
        "unitsofmeasure.org\","
        "\"code\":\"g/dL\"},\"effectiveDateTime\":\"2024-01-02T10:00:00+01:00\"}],"
        "\"active\":true,\"gender\":\"female\",\"birthDate\":\"1970-05-06\","
        "\"_birthDate\":{\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/"
        "patient-birthTime\",\"valueDateTime\":\"1970-05-06T08:00:00Z\"}]},"
        "\"name\":[{\"use\":\"official\",\"family\":\"Doe\",\"given\":[\"Jane\",null],"
        "\"_given\":[null,{\"extension\":[{\"url\":\"x\",\"valueString\":\"y\"}]}]},"
        "{\"given\":[\"J\"]}],"
        "\"managingOrganization\":{\"reference\":\"#o1\"},"
        "\"multipleBirthInteger\":2}";

static json_t *patient(void)
{
	static json_t *p;
	if (!p && tf_json_load_record(patient_json, sizeof(patient_json) - 1, &p, NULL) < 0)
		abort();
	return p;
}

static void fuzz_xml(const uint8_t *data, size_t size)
{
	static const char *exprs[] = {"descendants().count()",
	                              "children().select($this.hasValue())",
	                              "descendants().ofType(Extension).value",
	                              "(text.div | name.given | birthDate).toString()"};
	json_t *res = NULL;
	tf_error err;
	if (tf_fhirpath_parse((const char *)data, size, &res, &err) < 0)
		return;
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.max_steps = 2000000;
	env.flags = TF_FHIRPATH_NO_MODEL_CHECK;
	for (size_t i = 0; i < sizeof(exprs) / sizeof(exprs[0]); i++) {
		tf_fhirpath_result *r = NULL;
		if (tf_fhirpath_evaluate(exprs[i], res, &env, &r, &err) == 0)
			tf_fhirpath_result_free(r);
	}
	json_decref(res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 0 && data[0] == '<') {
		if (size <= 65536)
			fuzz_xml(data, size);
		return 0;
	}
	if (size > 4096)
		return 0;
	char *expr = fuzz_cstr(data, size);
	if (!expr)
		return 0;
	tf_fhirpath *fp = NULL;
	tf_error err;
	if (tf_fhirpath_compile(&fp, expr, &err) == 0) {
		tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
		env.now = "2024-06-01T12:00:00.000+02:00";
		env.max_items = 10000;
		env.max_steps = 2000000;
		tf_fhirpath_result *res = NULL;
		for (int strict = 0; strict < 2; strict++) {
			env.flags = strict ? TF_FHIRPATH_STRICT : TF_FHIRPATH_NO_MODEL_CHECK;
			if (tf_fhirpath_eval(fp, patient(), &env, &res, &err) == 0) {
				for (size_t i = 0; i < tf_fhirpath_result_count(res); i++) {
					char *text = NULL;
					json_t *j = NULL;
					if (tf_fhirpath_result_text(res, i, &text, &err) == 0)
						free(text);
					if (tf_fhirpath_result_json(res, i, &j, &err) == 0)
						json_decref(j);
				}
				tf_fhirpath_result_free(res);
			}
		}
		tf_fhirpath_free(fp);
	}
	free(expr);
	return 0;
}
