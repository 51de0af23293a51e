/*
 * test_validate_profiles.c - the validator's profiles, binding strengths
 * and search parameter checks. The profiles are in tests/validate/profiles
 * (SOURCES.md there): four of the FHIR R4 vital signs profiles (differential
 * only, so their snapshots are generated over their bases; heartrate with
 * its snapshot), a ResearchStudy profile written for these tests in FHIR
 * XML with an NCT identifier slice and an extension slice, the extension's
 * definition and two value sets. Each profile must pass the official
 * examples (or what convert makes of the fixtures) it describes, and each
 * defect must be caught at its location: cardinality narrowed, fixed and
 * pattern values, slices by value, pattern and type, closed slicing,
 * required bindings of the profile, the profile's own invariants, extension
 * definitions by url; meta.profile claims too.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/convert.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/validate.h"

#define PROFILES TF_TEST_FIXTURES "/../tests/validate/profiles"
#define EXAMPLES TF_TEST_FIXTURES "/../conformance/examples-r4"
#define SD       "http://hl7.org/fhir/StructureDefinition/"
#define TFRS     "http://trialfhir.org/fhir/StructureDefinition/trialfhir-researchstudy"

static tf_validator *g_v;

static json_t *load(const char *path)
{
	json_t *res = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_fhirpath_load(path, &res, &err) != 0)
		fail_msg("%s: %s", path, err.message);
	return res;
}

static json_t *parse(const char *text)
{
	json_t *res = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_fhirpath_parse(text, strlen(text), &res, &err) != 0)
		fail_msg("%s: %s", text, err.message);
	return res;
}

static json_t *check(const json_t *res, const char *profile, tf_validate_counts *c)
{
	json_t *oo = NULL;
	tf_error err;
	tf_error_clear(&err);
	const char *profs[1] = {profile};
	if (tf_validator_validate_profiles(g_v, res, profs, profile ? 1 : 0, &oo, c, &err) != 0)
		fail_msg("validate: %s", err.message);
	return oo;
}

static void dump(const json_t *oo)
{
	size_t i;
	const json_t *is;
	json_array_foreach(json_object_get(oo, "issue"), i, is) print_message(
	        "  %s %s: %s\n", json_string_value(json_object_get(is, "severity")),
	        json_string_value(json_array_get(json_object_get(is, "expression"), 0)),
	        json_string_value(json_object_get(is, "diagnostics")));
}

/* An issue of severity at loc whose diagnostics hold word. */
static int has_issue(const json_t *oo, const char *severity, const char *loc, const char *word)
{
	size_t i;
	const json_t *is;
	json_array_foreach(json_object_get(oo, "issue"), i, is)
	{
		const char *sev = json_string_value(json_object_get(is, "severity"));
		const char *at =
		        json_string_value(json_array_get(json_object_get(is, "expression"), 0));
		const char *d = json_string_value(json_object_get(is, "diagnostics"));
		if (strcmp(sev, severity) == 0 && at && strcmp(at, loc) == 0 && strstr(d, word))
			return 1;
	}
	return 0;
}

static void expect_clean(const json_t *res, const char *profile, const char *what)
{
	tf_validate_counts c;
	json_t *oo = check(res, profile, &c);
	if (c.errors) {
		dump(oo);
		fail_msg("%s: %zu errors against %s", what, c.errors, profile ? profile : "-");
	}
	json_decref(oo);
}

static void expect_issue(const json_t *res, const char *profile, const char *severity,
                         const char *loc, const char *word)
{
	tf_validate_counts c;
	json_t *oo = check(res, profile, &c);
	if (!has_issue(oo, severity, loc, word)) {
		dump(oo);
		fail_msg("expected %s at %s (%s) against %s", severity, loc, word,
		         profile ? profile : "-");
	}
	json_decref(oo);
}

/* A copy of res with text (a JSON path edit done by the caller). */
static json_t *copy(const json_t *res)
{
	return json_deep_copy(res);
}

static json_t *at(json_t *j, const char *k1, size_t i1)
{
	return json_array_get(json_object_get(j, k1), i1);
}

/* ---------------------------------------------------------- vital signs */

static void test_vitals_valid(void **state)
{
	(void)state;
	static const char *const cases[][2] = {
	        {"observation-example-bloodpressure.json", SD "bp"},
	        {"observation-example-bloodpressure.json", SD "vitalsigns"},
	        {"observation-example-heart-rate.json", SD "heartrate"},
	        {"observation-example-bmi.json", SD "bmi"},
	        {"observation-example-body-height.json", SD "vitalsigns"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", EXAMPLES, cases[i][0]);
		json_t *res = load(path);
		expect_clean(res, cases[i][1], cases[i][0]);
		/* the claimed meta.profile (vitalsigns) is loaded: no warning */
		tf_validate_counts c;
		json_t *oo = check(res, NULL, &c);
		assert_false(has_issue(oo, "warning", "Observation.meta.profile[0]", "not loaded"));
		json_decref(oo);
		json_decref(res);
	}
}

static void test_vitals_defects(void **state)
{
	(void)state;
	json_t *bp = load(EXAMPLES "/observation-example-bloodpressure.json");
	json_t *m;

	/* cardinality narrowed by the profile (component 2..*) and a slice's min */
	m = copy(bp);
	json_array_remove(json_object_get(m, "component"), 0);
	expect_issue(m, SD "bp", "error", "Observation", "component has 1 items");
	expect_issue(m, SD "bp", "error", "Observation.component", "slice SystolicBP");
	json_decref(m);

	/* a slice by value of the base profile (vitalsigns' VSCat), through bp */
	m = copy(bp);
	json_object_set_new(json_array_get(json_object_get(at(m, "category", 0), "coding"), 0),
	                    "code", json_string("laboratory"));
	expect_issue(m, SD "bp", "error", "Observation.category", "slice VSCat");
	json_decref(m);

	/* a required binding the profile adds (ucum-vitals-common, loaded) */
	m = copy(bp);
	json_object_set_new(json_object_get(at(m, "component", 0), "valueQuantity"), "code",
	                    json_string("mmHg"));
	expect_issue(m, SD "bp", "error", "Observation.component[0].valueQuantity",
	             "ucum-vitals-common");
	/* and the fixed code of the slice */
	expect_issue(m, SD "bp", "error", "Observation.component[0].valueQuantity.code", "fixed");
	json_decref(m);

	/* the profile's own invariant vs-1 (day precision) */
	m = copy(bp);
	json_object_set_new(m, "effectiveDateTime", json_string("2012"));
	expect_issue(m, SD "bp", "error", "Observation.effectiveDateTime", "vs-1");
	json_decref(m);

	/* max 0 */
	m = copy(bp);
	json_object_set_new(m, "valueQuantity", json_pack("{s:i}", "value", 1));
	expect_issue(m, SD "bp", "error", "Observation.valueQuantity", "at most 0");
	json_decref(m);

	/* min 1 where the core says 0..1 */
	m = copy(bp);
	json_object_del(m, "subject");
	expect_issue(m, SD "bp", "error", "Observation", "subject has 0 items");
	json_decref(m);

	/* the snapshot profile: code slice, and its closed value[x] slicing by type */
	expect_issue(bp, SD "heartrate", "error", "Observation.code.coding", "HeartRateCode");
	m = copy(bp);
	json_object_del(m, "component");
	json_object_set_new(m, "valueString", json_string("fast"));
	expect_issue(m, SD "heartrate", "error", "Observation.valueString",
	             "matches none of the slices");
	json_decref(m);

	/* a profile for another type */
	json_t *pat = load(EXAMPLES "/patient-example.json");
	expect_issue(pat, SD "bp", "error", "Patient", "is for Observation");
	json_decref(pat);
	json_decref(bp);
}

/* ------------------------------------------- the hand-written study profile */

static void test_study_profile(void **state)
{
	(void)state;
	/* what convert makes of the CT.gov fixtures conforms */
	static const char *const recs[] = {"ctgov-v2/NCT00711542.json",
	                                   "ctgov-xml/NCT00081588.xml"};
	json_t *study = NULL;
	for (size_t r = 0; r < sizeof(recs) / sizeof(recs[0]); r++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", TF_TEST_FIXTURES, recs[r]);
		json_t *out = NULL;
		tf_error err;
		tf_error_clear(&err);
		if (tf_convert_file(path, &out, &err) != 0)
			fail_msg("%s: %s", path, err.message);
		size_t i;
		json_t *res;
		json_array_foreach(out, i, res)
		{
			/* --profile applies to the ResearchStudy, not the PlanDefinition */
			const char *rt = json_string_value(json_object_get(res, "resourceType"));
			if (strcmp(rt, "ResearchStudy") != 0)
				continue;
			expect_clean(res, TFRS, recs[r]);
			if (!study)
				study = json_incref(res);
		}
		json_decref(out);
	}
	assert_non_null(study);
	json_t *m;
	json_t *ids = json_object_get(study, "identifier");
	size_t nct = 0;
	while (strcmp(json_string_value(json_object_get(json_array_get(ids, nct), "system")),
	              "https://clinicaltrials.gov") != 0)
		nct++;
	char loc[64];
	snprintf(loc, sizeof(loc), "ResearchStudy.identifier[%zu]", nct);

	/* a slice's own invariant (tfrs-2) */
	m = copy(study);
	json_object_set_new(at(m, "identifier", nct), "value", json_string("NCT123"));
	expect_issue(m, TFRS, "error", loc, "tfrs-2");
	json_decref(m);

	/* the slice by pattern (system) and value (use) missing */
	m = copy(study);
	json_object_set_new(at(m, "identifier", nct), "use", json_string("secondary"));
	expect_issue(m, TFRS, "error", "ResearchStudy.identifier", "slice NCT");
	json_decref(m);

	/* root invariant of the profile (tfrs-1) */
	m = copy(study);
	json_object_del(m, "description");
	expect_issue(m, TFRS, "error", "ResearchStudy", "tfrs-1");
	json_decref(m);

	/* extension definition by url: its binding, its types, slice max */
	size_t e = 0;
	json_t *exts = json_object_get(study, "extension");
	while (!strstr(json_string_value(json_object_get(json_array_get(exts, e), "url")),
	               "ctgov-overall-status"))
		e++;
	char eloc[96];
	snprintf(eloc, sizeof(eloc), "ResearchStudy.extension[%zu].valueCoding", e);
	m = copy(study);
	json_object_set_new(json_object_get(at(m, "extension", e), "valueCoding"), "code",
	                    json_string("DONE"));
	expect_issue(m, NULL, "error", eloc, "ctgov-status");
	json_decref(m);
	m = copy(study);
	json_object_del(at(m, "extension", e), "valueCoding");
	json_object_set_new(at(m, "extension", e), "valueString", json_string("done"));
	snprintf(eloc, sizeof(eloc), "ResearchStudy.extension[%zu].valueString", e);
	expect_issue(m, NULL, "error", eloc, "not allowed");
	json_decref(m);
	m = copy(study);
	json_array_append_new(json_object_get(m, "extension"),
	                      json_deep_copy(at(m, "extension", e)));
	expect_issue(m, TFRS, "error", "ResearchStudy.extension", "slice overallStatus");
	json_decref(m);

	/* meta.profile: a claim is checked without --profile; an unknown one warns */
	m = copy(study);
	json_object_set_new(m, "meta", json_pack("{s:[s]}", "profile", TFRS));
	json_object_del(m, "description");
	expect_issue(m, NULL, "error", "ResearchStudy", "tfrs-1");
	json_object_set_new(m, "meta", json_pack("{s:[s]}", "profile", "http://example.org/x"));
	expect_issue(m, NULL, "warning", "ResearchStudy.meta.profile[0]", "not loaded");
	json_decref(m);
	json_decref(study);

	/* a profile whose base is not loaded cannot be used, and says why */
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_validator_has_profile(g_v, TFRS, &err), 0);
	assert_true(tf_validator_has_profile(g_v, "http://example.org/none", &err) < 0);
}

/* ------------------------------------------------------- binding strengths */

static void test_binding_strengths(void **state)
{
	(void)state;
	/* required: error; extensible: warning; preferred: information */
	json_t *r = parse("{\"resourceType\":\"Patient\",\"gender\":\"mle\"}");
	expect_issue(r, NULL, "error", "Patient.gender", "required value set");
	json_decref(r);
	r = parse("{\"resourceType\":\"PlanDefinition\",\"status\":\"draft\",\"useContext\":[{"
	          "\"code\":{\"system\":\"http://example.org\",\"code\":\"x\"},"
	          "\"valueQuantity\":{\"value\":1}}]}");
	expect_issue(r, NULL, "warning", "PlanDefinition.useContext[0].code",
	             "extensible value set");
	json_decref(r);
	r = parse("{\"resourceType\":\"Patient\",\"language\":\"klingon\"}");
	expect_issue(r, NULL, "information", "Patient.language", "preferred value set");
	json_decref(r);
	r = parse("{\"resourceType\":\"Patient\",\"language\":\"en-US\"}");
	expect_clean(r, NULL, "a preferred code");
	tf_validate_counts c;
	json_t *oo = check(r, NULL, &c);
	assert_false(has_issue(oo, "information", "Patient.language", "preferred"));
	json_decref(oo);
	json_decref(r);
}

/* ------------------------------------------------------ search parameters */

static void test_search_parameters(void **state)
{
	(void)state;
	json_t *r = parse("{\"resourceType\":\"SearchParameter\","
	                  "\"url\":\"http://hl7.org/fhir/SearchParameter/ResearchStudy-status\","
	                  "\"name\":\"status\",\"status\":\"active\",\"description\":\"d\","
	                  "\"code\":\"status\",\"base\":[\"ResearchStudy\"],\"type\":\"string\","
	                  "\"expression\":\"ResearchStudy.status\"}");
	expect_issue(r, NULL, "error", "SearchParameter.type", "of type token");
	json_object_set_new(r, "type", json_string("token"));
	expect_clean(r, NULL, "the R4 status parameter");
	json_object_set_new(r, "expression", json_string("ResearchStudy.status.where("));
	expect_issue(r, NULL, "error", "SearchParameter.expression", "does not compile");
	json_decref(r);

	r = parse("{\"resourceType\":\"CapabilityStatement\",\"status\":\"active\","
	          "\"text\":{\"status\":\"generated\",\"div\":\"<div "
	          "xmlns=\\\"http://www.w3.org/1999/xhtml\\\">x</div>\"},"
	          "\"description\":\"d\",\"software\":{\"name\":\"s\"},"
	          "\"date\":\"2024-01-01\",\"kind\":\"capability\",\"fhirVersion\":\"4.0.1\","
	          "\"format\":[\"json\"],\"rest\":[{\"mode\":\"server\",\"resource\":[{"
	          "\"type\":\"ResearchStudy\",\"searchParam\":["
	          "{\"name\":\"identifier\",\"type\":\"token\"},"
	          "{\"name\":\"status\",\"type\":\"string\"},"
	          "{\"name\":\"title\",\"type\":\"token\",\"definition\":"
	          "\"http://hl7.org/fhir/SearchParameter/ResearchStudy-title\"},"
	          "{\"name\":\"_id\",\"type\":\"token\"},"
	          "{\"name\":\"local\",\"type\":\"string\"}]}]}]}");
	const char *base = "CapabilityStatement.rest[0].resource[0].searchParam";
	char loc[128];
	snprintf(loc, sizeof(loc), "%s[1]", base);
	expect_issue(r, NULL, "warning", loc, "of type token in R4");
	snprintf(loc, sizeof(loc), "%s[2]", base);
	expect_issue(r, NULL, "error", loc, "of type string");
	tf_validate_counts c;
	json_t *oo = check(r, NULL, &c);
	if (c.errors != 1 || c.warnings != 1)
		dump(oo);
	assert_int_equal(c.errors, 1);
	assert_int_equal(c.warnings, 1);
	json_decref(oo);
	json_decref(r);
}

int main(void)
{
	tf_error err;
	tf_error_clear(&err);
	if (tf_validator_new(&g_v, NULL, &err) != 0 ||
	    tf_validator_add_definitions(g_v, PROFILES, &err) != 0) {
		fprintf(stderr, "test_validate_profiles: %s\n", err.message);
		tf_validator_free(g_v);
		return 1;
	}
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_vitals_valid),      cmocka_unit_test(test_vitals_defects),
	        cmocka_unit_test(test_study_profile),     cmocka_unit_test(test_binding_strengths),
	        cmocka_unit_test(test_search_parameters),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tf_validator_free(g_v);
	return rc;
}
