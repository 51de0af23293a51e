/*
 * test_validate.c - the FHIR R4 validator. The official R4 examples
 * (conformance/examples-r4) must validate with zero errors; each example,
 * mutated by one defect at a time (unknown element, wrong JSON type,
 * cardinality, a code outside a required binding, a broken invariant, an
 * empty string, an impossible date), must be caught at the right FHIRPath
 * location; what `convert` makes of every fixture must validate with zero
 * errors; and a set of small cases pins the structural rules (choice types,
 * nulls, primitive shadows, Bundle and contained locations).
 *
 * The mutants are generated here, not committed. Two extra modes serve the
 * oracle comparison (tests/validate/compare-oracle.sh):
 *   test_validate --write-mutants DIR   writes every mutant as DIR/NAME.json
 *   test_validate --check FILE...       prints "FILE<TAB>errors" per file
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/convert.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"
#include "trialfhir/validate.h"
#include "util/util.h"

#define EXAMPLES TF_TEST_FIXTURES "/../conformance/examples-r4"

static tf_validator *g_v;

static json_t *parse(const char *text)
{
	json_t *j = NULL;
	assert_int_equal(tf_json_load_record(text, strlen(text), &j, NULL), 0);
	return j;
}

/* Validates res; returns the OperationOutcome (caller frees). */
static json_t *run(const json_t *res, tf_validate_counts *c)
{
	json_t *oo = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_validator_validate(g_v, res, &oo, c, &err) != 0)
		fail_msg("validate: %s", err.message);
	return oo;
}

static void print_errors(const char *what, const json_t *oo)
{
	size_t i;
	const json_t *is;
	json_array_foreach(json_object_get(oo, "issue"), i, is)
	{
		if (strcmp(json_string_value(json_object_get(is, "severity")), "error") == 0)
			print_message("%s: %s: %s\n", what,
			              json_string_value(
			                      json_array_get(json_object_get(is, "expression"), 0)),
			              json_string_value(json_object_get(is, "diagnostics")));
	}
}

/* True when oo has an error issue at location loc whose diagnostics
 * contain word (NULL: any). */
static int has_error_at(const json_t *oo, const char *loc, const char *word)
{
	size_t i;
	const json_t *is;
	json_array_foreach(json_object_get(oo, "issue"), i, is)
	{
		const char *sev = json_string_value(json_object_get(is, "severity"));
		const char *at =
		        json_string_value(json_array_get(json_object_get(is, "expression"), 0));
		const char *d = json_string_value(json_object_get(is, "diagnostics"));
		if (strcmp(sev, "error") == 0 && at && strcmp(at, loc) == 0 &&
		    (!word || strstr(d, word)))
			return 1;
	}
	return 0;
}

/* ------------------------------------------------------------ examples */

typedef int (*file_fn)(const char *path, void *user);

/* Calls fn for each regular file of dir ending with suffix, in name order. */
static int each_file(const char *dir, const char *suffix, file_fn fn, void *user)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	assert_true(n >= 0);
	int count = 0;
	for (int i = 0; i < n; i++) {
		const char *nm = names[i]->d_name;
		size_t l = strlen(nm), sl = strlen(suffix);
		if (nm[0] != '.' && l > sl && strcmp(nm + l - sl, suffix) == 0) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", dir, nm);
			count += fn(path, user);
		}
		free(names[i]);
	}
	free(names);
	return count;
}

static int example_valid(const char *path, void *user)
{
	(void)user;
	json_t *res = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_fhirpath_load(path, &res, &err) != 0)
		fail_msg("%s: %s", path, err.message);
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	if (c.errors)
		print_errors(path, oo);
	assert_int_equal(c.errors, 0);
	json_decref(oo);
	json_decref(res);
	return 1;
}

static void test_examples_valid(void **state)
{
	(void)state;
	int n = each_file(EXAMPLES, ".json", example_valid, NULL);
	n += each_file(EXAMPLES, ".xml", example_valid, NULL);
	print_message("examples: %d valid with zero errors\n", n);
	assert_int_equal(n, 35);
}

/* ------------------------------------------------------------- mutants */

enum { M_UNKNOWN, M_TYPE, M_CARD, M_CODE, M_INVARIANT, M_EMPTY, M_DATE, M_COUNT };
static const char *const mutation_names[M_COUNT] = {
        "unknown-element",  "wrong-type",   "cardinality", "bad-code",
        "broken-invariant", "empty-string", "bad-date"};

/* Applies mutation m to res (a copy); writes the expected error location
 * into loc and a word of the expected diagnostics into *word. */
static void mutate(json_t *res, int m, char *loc, size_t size, const char **word)
{
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	switch (m) {
	case M_UNKNOWN:
		json_object_set_new(res, "fooBar", json_string("x"));
		snprintf(loc, size, "%s.fooBar", rt);
		*word = "Unknown element";
		break;
	case M_TYPE:
		json_object_set_new(res, "id", json_integer(42));
		snprintf(loc, size, "%s.id", rt);
		*word = "Expected a string";
		break;
	case M_CARD:
		/* a required element removed, or (Patient has none) one missing
		 * inside a backbone element */
		if (strcmp(rt, "Patient") == 0) {
			json_object_set_new(res, "communication",
			                    json_pack("[{s:b}]", "preferred", 1));
			snprintf(loc, size, "Patient.communication[0]");
		} else {
			json_object_del(res, strcmp(rt, "Group") == 0 ? "type" : "status");
			snprintf(loc, size, "%s", rt);
		}
		*word = "Missing required element";
		break;
	case M_CODE: {
		const char *el = strcmp(rt, "Patient") == 0 ? "gender"
		                 : strcmp(rt, "Group") == 0 ? "type"
		                                            : "status";
		json_object_set_new(res, el, json_string("bogus"));
		snprintf(loc, size, "%s.%s", rt, el);
		*word = "required value set";
		break;
	}
	case M_INVARIANT:
		json_object_set_new(res, "extension",
		                    json_pack("[{s:s, s:s, s:[{s:s, s:s}]}]", "url",
		                              "http://example.org/x", "valueString", "a",
		                              "extension", "url", "y", "valueString", "b"));
		snprintf(loc, size, "%s.extension[0]", rt);
		*word = "ext-1";
		break;
	case M_EMPTY:
		json_object_set_new(res, "language", json_string(""));
		snprintf(loc, size, "%s.language", rt);
		*word = "Empty string";
		break;
	case M_DATE:
		json_object_set_new(res, "meta",
		                    json_pack("{s:s}", "lastUpdated", "2020-02-30T10:00:00Z"));
		snprintf(loc, size, "%s.meta.lastUpdated", rt);
		*word = "not a valid instant";
		break;
	}
}

typedef struct mstats {
	int total, caught;
	const char *write_dir; /* --write-mutants */
} mstats;

static int mutate_example(const char *path, void *user)
{
	mstats *ms = user;
	json_t *orig = NULL;
	assert_int_equal(tf_fhirpath_load(path, &orig, NULL), 0);
	for (int m = 0; m < M_COUNT; m++) {
		json_t *res = json_deep_copy(orig);
		char loc[256];
		const char *word = NULL;
		mutate(res, m, loc, sizeof(loc), &word);
		ms->total++;
		if (ms->write_dir) {
			const char *base = strrchr(path, '/') + 1;
			char out[4096];
			snprintf(out, sizeof(out), "%s/%.*s--%s.json", ms->write_dir,
			         (int)(strlen(base) - 5), base, mutation_names[m]);
			FILE *fp = fopen(out, "w");
			assert_non_null(fp);
			assert_int_equal(tf_json_dumpf(res, TF_JSON_PRETTY, fp, NULL), 0);
			fclose(fp);
		} else {
			tf_validate_counts c;
			json_t *oo = run(res, &c);
			if (has_error_at(oo, loc, word))
				ms->caught++;
			else {
				print_message("NOT CAUGHT: %s %s (expected %s: %s)\n", path,
				              mutation_names[m], loc, word);
				print_errors("  got", oo);
			}
			json_decref(oo);
		}
		json_decref(res);
	}
	json_decref(orig);
	return 1;
}

static void test_mutants_caught(void **state)
{
	(void)state;
	mstats ms = {0, 0, NULL};
	each_file(EXAMPLES, ".json", mutate_example, &ms);
	print_message("mutants: %d of %d caught at the right location\n", ms.caught, ms.total);
	assert_int_equal(ms.total, 33 * M_COUNT);
	assert_int_equal(ms.caught, ms.total);
}

/* ----------------------------------------------------- convert self-check */

static int converted_valid(const char *path, void *user)
{
	size_t *nres = user;
	json_t *out = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_convert_file(path, &out, &err) != 0)
		return 0; /* a record the reader rejects is the readers' tests' business */
	size_t i;
	json_t *res;
	json_array_foreach(out, i, res)
	{
		tf_validate_counts c;
		json_t *oo = run(res, &c);
		if (c.errors)
			print_errors(path, oo);
		assert_int_equal(c.errors, 0);
		json_decref(oo);
		(*nres)++;
	}
	json_decref(out);
	return 1;
}

static void test_converted_fixtures_valid(void **state)
{
	(void)state;
	size_t nres = 0;
	int n = each_file(TF_TEST_FIXTURES "/ctgov-v2", ".json", converted_valid, &nres);
	n += each_file(TF_TEST_FIXTURES "/ctgov-xml", ".xml", converted_valid, &nres);
	n += each_file(TF_TEST_FIXTURES "/registry", ".txt", converted_valid, &nres);
	n += each_file(TF_TEST_FIXTURES "/registry", ".md", converted_valid, &nres);
	n += each_file(TF_TEST_FIXTURES "/registry", ".html", converted_valid, &nres);
	print_message("convert self-check: %d records, %zu resources, zero errors\n", n, nres);
	assert_true(n >= 60);
}

/* ------------------------------------------------------- structural cases */

static void expect_error(const char *json, const char *loc, const char *word)
{
	json_t *res = parse(json);
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	if (!has_error_at(oo, loc, word)) {
		print_errors(json, oo);
		fail_msg("expected an error at %s (%s) for %s", loc, word ? word : "", json);
	}
	json_decref(oo);
	json_decref(res);
}

static void expect_valid(const char *json)
{
	json_t *res = parse(json);
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	if (c.errors) {
		print_errors(json, oo);
		fail_msg("expected no error for %s", json);
	}
	json_decref(oo);
	json_decref(res);
}

static void test_structure(void **state)
{
	(void)state;
	/* choice types: the JSON name picks the type; exactly one value */
	expect_valid(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"valueQuantity\":{\"value\":1.50,\"unit\":\"g\"}}");
	expect_error(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"valueString\":\"a\",\"valueBoolean\":true}",
	        "Observation.valueBoolean", "more than one value");
	expect_error(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"valueFoo\":\"a\"}",
	        "Observation.valueFoo", "Unknown element");
	/* nulls, empty arrays and objects */
	expect_error("{\"resourceType\":\"Patient\",\"gender\":null}", "Patient.gender", "Null");
	expect_error("{\"resourceType\":\"Patient\",\"name\":[]}", "Patient.name", "Empty array");
	expect_error("{\"resourceType\":\"Patient\",\"name\":[{}]}", "Patient.name[0]",
	             "Empty object");
	expect_error("{\"resourceType\":\"Patient\",\"name\":{\"family\":\"A\"}}", "Patient.name",
	             "must be an array");
	/* primitive shadows: a null value with an extension is fine */
	expect_valid("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[null,\"B\"],\"_given\":[{"
	             "\"extension\":[{\"url\":\"http://x\",\"valueString\":\"v\"}]},null]}]}");
	expect_error("{\"resourceType\":\"Patient\",\"_gender\":{\"foo\":1}}", "Patient.gender.foo",
	             "Unknown element");
	/* numbers and booleans */
	expect_error("{\"resourceType\":\"Patient\",\"active\":\"true\"}", "Patient.active",
	             "Expected a boolean");
	expect_error("{\"resourceType\":\"Group\",\"type\":\"person\",\"actual\":true,"
	             "\"quantity\":-1}",
	             "Group.quantity", "unsignedInt");
	expect_error(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"valueQuantity\":{\"value\":\"1.5\"}}",
	        "Observation.valueQuantity.value", "Expected a number");
	/* dates */
	expect_error("{\"resourceType\":\"Patient\",\"birthDate\":\"2021-02-29\"}",
	             "Patient.birthDate", "no such day");
	expect_error("{\"resourceType\":\"Patient\",\"birthDate\":\"2021-1-2\"}",
	             "Patient.birthDate", "not a valid date");
	/* ids and references */
	expect_error("{\"resourceType\":\"Patient\",\"id\":\"a b\"}", "Patient.id",
	             "not a valid id");
	expect_error(
	        "{\"resourceType\":\"Patient\",\"generalPractitioner\":[{\"reference\":\"x\"}]}",
	        "Patient.generalPractitioner[0].reference", "Invalid reference");
	expect_valid("{\"resourceType\":\"Patient\",\"generalPractitioner\":[{\"reference\":"
	             "\"Practitioner/p1\"},{\"reference\":\"urn:uuid:0c3151bd-1cbf-4d64-b04d-"
	             "cd9187a4c6e0\"},{\"reference\":\"https://x.org/fhir/Practitioner/1\"}]}");
	/* invariants on elements and on types */
	expect_error(
	        "{\"resourceType\":\"Patient\",\"name\":[{\"period\":{\"start\":\"2021\",\"end\":"
	        "\"2020\"}}]}",
	        "Patient.name[0].period", "per-1");
	/* SimpleQuantity has no comparator */
	expect_error(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"referenceRange\":[{\"low\":{\"value\":1,\"comparator\":\"<\"}}]}",
	        "Observation.referenceRange[0].low.comparator", "not allowed");
	/* Bundle entries and contained resources are walked as resources */
	expect_error(
	        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
	        "{\"resourceType\":\"Patient\",\"gender\":\"x\"}}]}",
	        "Bundle.entry[0].resource.gender", "required value set");
	expect_error("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"total\":1}", "Bundle",
	             "bdl-1");
	expect_error("{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Nope\"}]}",
	             "Patient.contained[0]", "Unknown resource type");
	expect_error(
	        "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Practitioner\","
	        "\"id\":\"p\",\"contained\":[{\"resourceType\":\"Basic\",\"code\":{\"text\":"
	        "\"x\"}}]}],\"generalPractitioner\":[{\"reference\":\"#p\"}]}",
	        "Patient", "dom-2");
	/* dom-3: a contained resource nobody references */
	expect_error(
	        "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Practitioner\","
	        "\"id\":\"p\"}]}",
	        "Patient", "dom-3");
	expect_valid(
	        "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Practitioner\","
	        "\"id\":\"p\"}],\"generalPractitioner\":[{\"reference\":\"#p\"}]}");
	/* R5 elements Medplum patched into its R4 copy are not R4 */
	expect_error("{\"resourceType\":\"ResearchStudy\",\"status\":\"active\",\"name\":\"x\"}",
	             "ResearchStudy.name", "Unknown element");
	/* CodeableConcept under a required binding: one coding in the set is enough */
	expect_valid(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
	        "\"referenceRange\":[{\"low\":{\"value\":1}}]}");
}

/* Issues of severity sev at location loc whose diagnostics contain word. */
static int count_at(const json_t *oo, const char *sev, const char *loc, const char *word)
{
	size_t i;
	const json_t *is;
	int n = 0;
	json_array_foreach(json_object_get(oo, "issue"), i, is)
	{
		const char *at =
		        json_string_value(json_array_get(json_object_get(is, "expression"), 0));
		if (strcmp(json_string_value(json_object_get(is, "severity")), sev) == 0 && at &&
		    strcmp(at, loc) == 0 &&
		    strstr(json_string_value(json_object_get(is, "diagnostics")), word))
			n++;
	}
	return n;
}

/* dom-6 (narrative) is for resources that are not contained: a Bundle
 * entry is a root and gets it, a contained resource does not. */
static void test_dom6_roots_only(void **state)
{
	(void)state;
	json_t *res = parse(
	        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
	        "{\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Practitioner\","
	        "\"id\":\"p\"}],\"generalPractitioner\":[{\"reference\":\"#p\"}]}}]}");
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	assert_int_equal(c.errors, 0);
	assert_int_equal(count_at(oo, "warning", "Bundle.entry[0].resource", "dom-6"), 1);
	assert_int_equal(count_at(oo, "warning", "Bundle.entry[0].resource.contained[0]", "dom-6"),
	                 0);
	json_decref(oo);
	json_decref(res);
	/* a root with narrative: none at all */
	res = parse("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":"
	            "\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">x</div>\"}}");
	oo = run(res, &c);
	assert_int_equal(c.warnings, 0);
	json_decref(oo);
	json_decref(res);
}

/* ref-1 and dom-3 over many contained resources (their id sets grow), and
 * invariants past the point where the walk indexes the resource for the
 * engine (a prepared document): the same verdicts, at the same places. */
static void test_many_contained_and_evaluations(void **state)
{
	(void)state;
	tf_buf b = TF_BUF_INIT;
	tf_buf_puts(&b, "{\"resourceType\":\"Patient\",\"contained\":[");
	for (int i = 0; i < 150; i++)
		tf_buf_printf(&b, "%s{\"resourceType\":\"Practitioner\",\"id\":\"p%d\"}",
		              i ? "," : "", i);
	tf_buf_puts(&b, "],\"generalPractitioner\":[");
	for (int i = 0; i < 150; i++)
		tf_buf_printf(&b, "%s{\"reference\":\"#p%d\"}", i ? "," : "", i);
	/* on every telecom, per-1 (start before end: the engine evaluates it
	 * each time, past the 8th through the document) and cpt-2 (a value
	 * needs a system: a presence-only invariant, its verdict remembered
	 * after the first evaluation); the 12th breaks per-1, the 3rd and the
	 * 10th break cpt-2 */
	tf_buf_puts(&b, "],\"telecom\":[");
	for (int i = 0; i < 12; i++)
		tf_buf_printf(&b,
		              "%s{%s\"value\":\"%d\",\"period\":{\"start\":\"2020-01-01\","
		              "\"end\":\"%s\"}}",
		              i ? "," : "", i == 2 || i == 9 ? "" : "\"system\":\"phone\",", i,
		              i == 11 ? "2019-01-01" : "2021-01-01");
	tf_buf_puts(&b, "]}");
	assert_false(b.oom);
	json_t *res = parse(b.ptr);
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	if (c.errors != 3)
		print_errors("many", oo);
	assert_int_equal(c.errors, 3);
	assert_int_equal(count_at(oo, "error", "Patient.telecom[11].period", "per-1"), 1);
	assert_int_equal(count_at(oo, "error", "Patient.telecom[2]", "cpt-2"), 1);
	assert_int_equal(count_at(oo, "error", "Patient.telecom[9]", "cpt-2"), 1);
	json_decref(oo);
	json_decref(res);
	/* one reference less: dom-3 on the resource; a reference to an id that
	 * is not there: ref-1 at the reference */
	json_t *gp = NULL;
	res = parse(b.ptr);
	gp = json_object_get(res, "generalPractitioner");
	json_object_set_new(json_array_get(gp, 0), "reference", json_string("#nobody"));
	oo = run(res, &c);
	assert_true(has_error_at(oo, "Patient", "dom-3"));
	assert_true(has_error_at(oo, "Patient.generalPractitioner[0]", "ref-1"));
	assert_int_equal(c.errors, 5); /* and the three above */
	json_decref(oo);
	json_decref(res);
	tf_buf_free(&b);
	/* a presence-only invariant naming a choice (obs-6: value[x] and
	 * dataAbsentReason): valueBoolean and valueString are both value, and
	 * the remembered verdict is given at each place it applies */
	res = parse("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
	            "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
	            "\"code\":{\"text\":\"x\"},\"valueString\":\"a\","
	            "\"dataAbsentReason\":{\"text\":\"y\"}}},"
	            "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
	            "\"code\":{\"text\":\"x\"},\"dataAbsentReason\":{\"text\":\"y\"}}},"
	            "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
	            "\"code\":{\"text\":\"x\"},\"valueBoolean\":true,"
	            "\"dataAbsentReason\":{\"text\":\"y\"}}}]}");
	oo = run(res, &c);
	assert_int_equal(c.errors, 2);
	assert_int_equal(count_at(oo, "error", "Bundle.entry[0].resource", "obs-6"), 1);
	assert_int_equal(count_at(oo, "error", "Bundle.entry[2].resource", "obs-6"), 1);
	json_decref(oo);
	json_decref(res);
}

/* An invariant the engine cannot evaluate is reported, not passed. */
static void test_unevaluable_reported(void **state)
{
	(void)state;
	/* cid-0 names an element ChargeItemDefinition does not have in R4: the
	 * engine's model check refuses it */
	json_t *res = parse("{\"resourceType\":\"ChargeItemDefinition\",\"url\":\"http://x.org/c\","
	                    "\"status\":\"draft\"}");
	tf_validate_counts c;
	json_t *oo = run(res, &c);
	size_t i;
	const json_t *is;
	int info = 0;
	json_array_foreach(json_object_get(oo, "issue"), i, is)
	{
		const char *sev = json_string_value(json_object_get(is, "severity"));
		const char *d = json_string_value(json_object_get(is, "diagnostics"));
		if (strcmp(sev, "information") == 0 && strstr(d, "could not be evaluated"))
			info++;
	}
	assert_int_equal(c.errors, 0);
	assert_int_equal(info, 1);
	json_decref(oo);
	json_decref(res);
}

/* ------------------------------------------------------------ main */

static int check_files(int argc, char **argv)
{
	int bad = 0;
	for (int i = 0; i < argc; i++) {
		json_t *res = NULL;
		tf_error err;
		tf_error_clear(&err);
		if (tf_fhirpath_load(argv[i], &res, &err) != 0) {
			printf("%s\tparse-error\n", argv[i]);
			bad = 1;
			continue;
		}
		json_t *oo = NULL;
		tf_validate_counts c = {0, 0, 0};
		if (tf_validator_validate(g_v, res, &oo, &c, &err) != 0)
			bad = 1;
		printf("%s\t%zu", argv[i], c.errors);
		size_t k;
		const json_t *is;
		json_array_foreach(json_object_get(oo, "issue"), k, is)
		{
			if (strcmp(json_string_value(json_object_get(is, "severity")), "error") ==
			    0)
				printf("\t%s: %s",
				       json_string_value(json_array_get(
				               json_object_get(is, "expression"), 0)),
				       json_string_value(json_object_get(is, "diagnostics")));
		}
		printf("\n");
		json_decref(oo);
		json_decref(res);
	}
	return bad;
}

int main(int argc, char **argv)
{
	tf_error err;
	tf_error_clear(&err);
	if (tf_validator_new(&g_v, NULL, &err) != 0) {
		fprintf(stderr, "test_validate: %s\n", err.message);
		return 1;
	}
	int rc;
	if (argc == 3 && strcmp(argv[1], "--write-mutants") == 0) {
		mstats ms = {0, 0, argv[2]};
		each_file(EXAMPLES, ".json", mutate_example, &ms);
		printf("%d mutants written to %s\n", ms.total, argv[2]);
		rc = 0;
	} else if (argc >= 2 && strcmp(argv[1], "--check") == 0) {
		rc = check_files(argc - 2, argv + 2);
	} else {
		const struct CMUnitTest tests[] = {
		        cmocka_unit_test(test_examples_valid),
		        cmocka_unit_test(test_mutants_caught),
		        cmocka_unit_test(test_converted_fixtures_valid),
		        cmocka_unit_test(test_structure),
		        cmocka_unit_test(test_unevaluable_reported),
		        cmocka_unit_test(test_dom6_roots_only),
		        cmocka_unit_test(test_many_contained_and_evaluations),
		};
		rc = cmocka_run_group_tests(tests, NULL, NULL);
	}
	tf_validator_free(g_v);
	return rc;
}
