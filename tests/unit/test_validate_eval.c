/*
 * test_validate_eval.c - the FHIRPath calls the validator evaluates
 * invariants with (trialfhir/fhirpath.h): tf_fhirpath_eval_at and
 * tf_fhirpath_eval_at_boolean at a typed element inside a resource, with
 * %resource and %rootResource, on plain trees and through a prepared
 * document (the same answers); a primitive focus with its "_name" shadow;
 * what is not one boolean; unknown types; tf_fhirpath_check_type's model
 * check; and matches() patterns kept across evaluations.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/fhirpath.h"

/* A Patient contained in a Bundle entry's Organization: the element under
 * test is the Patient's first telecom. */
static const char *DOC =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
        "{\"resourceType\":\"Organization\",\"id\":\"o\",\"name\":\"Org\",\"contained\":"
        "[{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"female\",\"_gender\":"
        "{\"id\":\"g\"},\"telecom\":[{\"system\":\"phone\",\"value\":\"123\"},{\"value\":"
        "\"456\"}]}]}}]}";

typedef struct fixture {
	json_t *bundle, *org, *patient, *telecom0, *telecom1;
	tf_fhirpath_doc *doc;
} fixture;

static void load(fixture *f)
{
	assert_int_equal(tf_json_load_record(DOC, strlen(DOC), &f->bundle, NULL), 0);
	f->org =
	        json_object_get(json_array_get(json_object_get(f->bundle, "entry"), 0), "resource");
	f->patient = json_array_get(json_object_get(f->org, "contained"), 0);
	f->telecom0 = json_array_get(json_object_get(f->patient, "telecom"), 0);
	f->telecom1 = json_array_get(json_object_get(f->patient, "telecom"), 1);
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_fhirpath_doc_new(f->org, &f->doc, &err), 0);
}

static void unload(fixture *f)
{
	tf_fhirpath_doc_free(f->doc);
	json_decref(f->bundle);
}

static tf_fhirpath *compile(const char *expr)
{
	tf_fhirpath *fp = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_fhirpath_compile(&fp, expr, &err) != 0)
		fail_msg("%s: %s", expr, err.message);
	return fp;
}

/* The boolean expr gives at node (type), with and without the document;
 * both must agree. Returns the value, or the negative/positive code. */
static int boolean_at(const fixture *f, const char *expr, const json_t *node, const json_t *shadow,
                      const char *type, tf_error *err)
{
	tf_fhirpath *fp = compile(expr);
	tf_fhirpath_focus at = {node, shadow, type, f->patient, f->org};
	int plain = -1, indexed = -1;
	int rc1 = tf_fhirpath_eval_at_boolean(fp, NULL, &at, NULL, &plain, err);
	int rc2 = tf_fhirpath_eval_at_boolean(fp, f->doc, &at, NULL, &indexed, err);
	tf_fhirpath_free(fp);
	assert_int_equal(rc1, rc2);
	if (rc1 != 0)
		return rc1;
	assert_int_equal(plain, indexed);
	return plain;
}

static void test_focus_and_resources(void **state)
{
	(void)state;
	fixture f;
	load(&f);
	tf_error err;
	tf_error_clear(&err);
	/* cpt-2 on each telecom: $this is the ContactPoint */
	const char *cpt2 = "value.empty() or system.exists()";
	assert_int_equal(boolean_at(&f, cpt2, f.telecom0, NULL, "ContactPoint", &err), 1);
	assert_int_equal(boolean_at(&f, cpt2, f.telecom1, NULL, "ContactPoint", &err), 0);
	assert_int_equal(boolean_at(&f, "$this.value = '123' and %context.system = 'phone'",
	                            f.telecom0, NULL, "ContactPoint", &err),
	                 1);
	/* %resource is the contained Patient, %rootResource its container */
	assert_int_equal(boolean_at(&f, "%resource.gender = 'female'", f.telecom0, NULL,
	                            "ContactPoint", &err),
	                 1);
	assert_int_equal(boolean_at(&f, "%rootResource.name = 'Org' and %rootResource.id = 'o'",
	                            f.telecom0, NULL, "ContactPoint", &err),
	                 1);
	assert_int_equal(
	        boolean_at(&f, "%resource.id = 'o'", f.telecom0, NULL, "ContactPoint", &err), 0);
	/* a local reference resolves against the root's contained resources */
	json_t *ref = json_pack("{s:s}", "reference", "#p");
	assert_int_equal(
	        boolean_at(&f, "resolve().gender = 'female'", ref, NULL, "Reference", &err), 1);
	json_decref(ref);
	/* a primitive focus with its shadow: typed code, its id reachable */
	assert_int_equal(boolean_at(&f, "$this = 'female' and id = 'g'",
	                            json_object_get(f.patient, "gender"),
	                            json_object_get(f.patient, "_gender"), "code", &err),
	                 1);
	/* the type given types the focus: is() and the model */
	assert_int_equal(
	        boolean_at(&f, "$this is ContactPoint", f.telecom0, NULL, "ContactPoint", &err), 1);
	unload(&f);
}

static void test_results_and_errors(void **state)
{
	(void)state;
	fixture f;
	load(&f);
	tf_error err;
	tf_error_clear(&err);
	/* empty: TF_ITEROVER; more than one item and a non-boolean: TF_EINVALID */
	assert_int_equal(boolean_at(&f, "period.exists().where(false)", f.telecom0, NULL,
	                            "ContactPoint", &err),
	                 TF_ITEROVER);
	assert_int_equal(
	        boolean_at(&f, "%resource.telecom.value", f.telecom0, NULL, "ContactPoint", &err),
	        TF_EINVALID);
	assert_non_null(strstr(err.message, "2 items"));
	tf_error_clear(&err);
	assert_int_equal(boolean_at(&f, "value", f.telecom0, NULL, "ContactPoint", &err),
	                 TF_EINVALID);
	assert_non_null(strstr(err.message, "not a boolean"));
	/* an unknown type is an error, not a guess */
	tf_error_clear(&err);
	tf_fhirpath *fp = compile("value.exists()");
	tf_fhirpath_focus at = {f.telecom0, NULL, "NoSuchType", f.patient, NULL};
	int v = -1;
	assert_int_equal(tf_fhirpath_eval_at_boolean(fp, NULL, &at, NULL, &v, &err), TF_EINVALID);
	assert_non_null(strstr(err.message, "NoSuchType"));
	/* the full result: items of the focus */
	at.type = "ContactPoint";
	tf_fhirpath_free(fp);
	fp = compile("value | system");
	tf_fhirpath_result *r = NULL;
	assert_int_equal(tf_fhirpath_eval_at(fp, f.doc, &at, NULL, &r, &err), 0);
	assert_int_equal(tf_fhirpath_result_count(r), 2);
	char *text = NULL;
	assert_int_equal(tf_fhirpath_result_text(r, 0, &text, &err), 0);
	assert_string_equal(text, "123");
	free(text);
	tf_fhirpath_result_free(r);
	tf_fhirpath_free(fp);
	unload(&f);
}

static void test_check_type(void **state)
{
	(void)state;
	tf_error err;
	tf_error_clear(&err);
	tf_fhirpath *fp = compile("value.empty() or system.exists()");
	assert_int_equal(tf_fhirpath_check_type(fp, "ContactPoint", NULL, &err), 0);
	/* Period has neither: the model check names the element */
	assert_int_equal(tf_fhirpath_check_type(fp, "Period", NULL, &err), TF_EINVALID);
	assert_int_equal(err.line, 1);
	tf_error_clear(&err);
	assert_int_equal(tf_fhirpath_check_type(fp, "NoSuchType", NULL, &err), TF_ENOTFOUND);
	tf_fhirpath_free(fp);
	/* backbone paths are types too */
	fp = compile("resource.exists() or request.exists()");
	assert_int_equal(tf_fhirpath_check_type(fp, "Bundle.entry", NULL, &err), 0);
	tf_fhirpath_free(fp);
}

/* matches() patterns are kept per thread across evaluations; more distinct
 * patterns than one evaluation may compile still evaluate (the kept ones
 * are dropped when they would hit the limit). */
static void test_patterns_kept(void **state)
{
	(void)state;
	fixture f;
	load(&f);
	tf_error err;
	tf_error_clear(&err);
	for (int i = 0; i < 200; i++) {
		char expr[128];
		snprintf(expr, sizeof(expr), "value.matches('[0-9]{1,%d}')", i + 3);
		assert_int_equal(boolean_at(&f, expr, f.telecom0, NULL, "ContactPoint", &err), 1);
	}
	assert_int_equal(
	        boolean_at(&f, "value.matches('[a-z]+')", f.telecom0, NULL, "ContactPoint", &err),
	        0);
	tf_fhirpath_thread_cleanup();
	tf_fhirpath_thread_cleanup(); /* twice: nothing left to free */
	unload(&f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_focus_and_resources),
	        cmocka_unit_test(test_results_and_errors),
	        cmocka_unit_test(test_check_type),
	        cmocka_unit_test(test_patterns_kept),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	tf_fhirpath_thread_cleanup();
	return rc;
}
