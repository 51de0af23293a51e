/*
 * test_json.c - the JSON layer: decimal nodes and the emitter, loading a
 * record (duplicates, decimals), and the record splitter over every input
 * shape (single object, page, array, NDJSON, truncation, stray text, size
 * cap).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/json.h"

static char *dump(const json_t *j, int flags)
{
	char *s = NULL;
	assert_int_equal(tf_json_dump(j, flags, &s, NULL, NULL), 0);
	return s;
}

static void test_decimal_roundtrip(void **state)
{
	(void)state;
	json_t *root;
	const char *in = "{\"a\":1.50,\"b\":-88.04305,\"c\":[0.010,1e-7,3],\"d\":\"x\"}";
	assert_int_equal(tf_json_load_record(in, strlen(in), &root, NULL), 0);
	assert_true(tf_json_is_decimal(json_object_get(root, "a")));
	char *out = dump(root, TF_JSON_COMPACT);
	assert_string_equal(out, in);
	free(out);
	json_decref(root);
}

static void test_decimal_rejects_garbage(void **state)
{
	(void)state;
	assert_null(tf_json_decimal("1.2.3"));
	assert_null(tf_json_decimal("01"));
	assert_null(tf_json_decimal("1e"));
	assert_null(tf_json_decimal("\"1\""));
	assert_null(tf_json_decimal(""));
	json_t *d = tf_json_decimal("-0.5e+3");
	assert_non_null(d);
	json_decref(d);
	/* A string that merely looks like a number stays a string. */
	json_t *s = json_string("1.50");
	char *out = dump(s, 0);
	assert_string_equal(out, "\"1.50\"");
	free(out);
	json_decref(s);
}

static void test_emit_escapes_and_pretty(void **state)
{
	(void)state;
	json_t *j = json_pack("{s:s, s:[i,b,n], s:{}}", "t", "a\"b\\c\n\x01\xc3\xa9", "l", 1, 1,
			      "e");
	char *out = dump(j, TF_JSON_COMPACT);
	assert_string_equal(out, "{\"t\":\"a\\\"b\\\\c\\n\\u0001\xc3\xa9\",\"l\":[1,true,null],\"e\":{}}");
	free(out);
	out = dump(j, TF_JSON_PRETTY);
	assert_string_equal(out, "{\n  \"t\": \"a\\\"b\\\\c\\n\\u0001\xc3\xa9\",\n  \"l\": [\n    1,\n"
				 "    true,\n    null\n  ],\n  \"e\": {}\n}");
	free(out);
	json_decref(j);
}

static void test_emit_real_shortest(void **state)
{
	(void)state;
	json_t *j = json_pack("[f,f]", -88.04305, 0.1);
	char *out = dump(j, 0);
	assert_string_equal(out, "[-88.04305,0.1]");
	free(out);
	json_decref(j);
}

static void test_emit_depth_cap(void **state)
{
	(void)state;
	json_t *root = json_array(), *cur = root;
	for (int i = 0; i < TF_JSON_MAX_DEPTH + 5; i++) {
		json_t *n = json_array();
		json_array_append_new(cur, n);
		cur = n;
	}
	char *s = NULL;
	tf_error err;
	assert_int_equal(tf_json_dump(root, 0, &s, NULL, &err), TF_ELIMIT);
	assert_null(s);
	json_decref(root);
}

static void test_emit_invalid_utf8(void **state)
{
	(void)state;
	json_t *s = json_stringn_nocheck("a\xff", 2);
	char *out = NULL;
	assert_int_equal(tf_json_dump(s, 0, &out, NULL, NULL), TF_EINVAL);
	json_decref(s);
}

static void test_load_forged_decimal_rejected(void **state)
{
	(void)state;
	json_t *root;
	tf_error err;
	const char *in = "{\"lat\":\"\\u0001#1e5\"}";
	assert_int_equal(tf_json_load_record(in, strlen(in), &root, &err), TF_EPARSE);
}

static void test_load_duplicates_rejected(void **state)
{
	(void)state;
	json_t *root;
	tf_error err;
	const char *in = "{\"resourceType\":\"A\",\n\"resourceType\":\"B\"}";
	assert_int_equal(tf_json_load_record(in, strlen(in), &root, &err), TF_EPARSE);
	assert_non_null(strstr(err.message, "duplicate"));
	assert_int_equal(err.line, 2);
}

/* Runs the splitter over text and returns "R<len>" / "E<code>@<line>" per item. */
static char *split_all(const char *text, size_t max)
{
	static char out[1024];
	out[0] = '\0';
	FILE *fp = fmemopen((void *)text, strlen(text), "rb");
	assert_non_null(fp);
	tf_jsplit *s;
	assert_int_equal(tf_jsplit_new(&s, NULL, 0, fp, max), 0);
	const char *rec;
	size_t len;
	long line, col, index;
	tf_error err;
	int rc;
	while ((rc = tf_jsplit_next(s, &rec, &len, &line, &col, &index, &err)) != TF_ITEROVER) {
		char item[64];
		if (rc == 0)
			snprintf(item, sizeof(item), "R%.*s@%ld ", (int)(len < 40 ? len : 40), rec, line);
		else
			snprintf(item, sizeof(item), "E%d@%ld ", rc, err.line);
		strncat(out, item, sizeof(out) - strlen(out) - 1);
		if (rc < 0 && tf_jsplit_failed(s))
			break;
	}
	tf_jsplit_free(s);
	fclose(fp);
	return out;
}

static void test_split_shapes(void **state)
{
	(void)state;
	assert_string_equal(split_all("{\"a\":1}", 1000), "R{\"a\":1}@1 ");
	assert_string_equal(split_all("{\"a\":1}\n{\"b\":\"}\"}\n", 1000), "R{\"a\":1}@1 R{\"b\":\"}\"}@2 ");
	assert_string_equal(split_all("{\"studies\":[{\"x\":1},\n{\"y\":[2]}],\"nextPageToken\":\"t\"}", 1000),
			    "R{\"x\":1}@1 R{\"y\":[2]}@2 ");
	assert_string_equal(split_all("[{\"x\":1},{\"y\":2}]", 1000), "R{\"x\":1}@1 R{\"y\":2}@1 ");
	/* a "studies" key deeper down is not a page */
	assert_string_equal(split_all("{\"p\":{\"studies\":[1]}}", 1000), "R{\"p\":{\"studies\":[1]}}@1 ");
	/* strings with brackets and escaped quotes */
	assert_string_equal(split_all("{\"a\":\"[{\\\"\"}", 1000), "R{\"a\":\"[{\\\"\"}@1 ");
	/* a BOM is skipped */
	assert_string_equal(split_all("\xEF\xBB\xBF{\"a\":1}", 1000), "R{\"a\":1}@1 ");
}

static void test_split_errors(void **state)
{
	(void)state;
	/* truncated second record: the first survives */
	assert_string_equal(split_all("{\"a\":1}\n{\"b\":", 1000), "R{\"a\":1}@1 E-4@2 ");
	/* truncated page: complete studies survive */
	assert_string_equal(split_all("{\"studies\":[{\"x\":1},{\"y\":", 1000), "R{\"x\":1}@1 E-4@1 ");
	/* stray text resynchronises at the next line */
	assert_string_equal(split_all("hello\n{\"a\":1}", 1000), "E-4@1 R{\"a\":1}@2 ");
	/* oversized record is rejected, the next one is fine */
	assert_string_equal(split_all("{\"a\":\"0123456789012345678901234567890\"}\n{\"b\":1}", 16),
			    "E-8@1 R{\"b\":1}@2 ");
	/* non-object elements of a page */
	assert_string_equal(split_all("{\"studies\":[1,{\"x\":1},\"s\"]}", 1000), "E-5@1 R{\"x\":1}@1 E-5@1 ");
	/* NDJSON: a line cut short does not swallow the next line */
	assert_string_equal(split_all("{\"a\":1}\n{\"b\":[1,\n{\"c\":2}\n", 1000),
			    "R{\"a\":1}@1 E-4@2 R{\"c\":2}@3 ");
	/* a raw line break inside a string ends the record as an error */
	assert_string_equal(split_all("{\"a\":\"x\ny\"}\n{\"c\":2}", 1000), "E-4@1 E-4@2 R{\"c\":2}@3 ");
	/* pretty-printed records spanning lines are fine */
	assert_string_equal(split_all("{\n \"a\": [\n  1\n ]\n}\n{\"c\":2}", 1000),
			    "R{\n \"a\": [\n  1\n ]\n}@1 R{\"c\":2}@6 ");
	/* empty input */
	assert_string_equal(split_all("  \n", 1000), "");
}

static void test_split_large_stream(void **state)
{
	(void)state;
	/* Records crossing the read chunk boundary many times. */
	size_t n = 5000;
	char *text = malloc(n * 40 + 1);
	size_t o = 0;
	for (size_t i = 0; i < n; i++)
		o += (size_t)snprintf(text + o, n * 40 + 1 - o, "{\"i\":%zu,\"pad\":\"xxxxxxxxxx\"}\n", i);
	FILE *fp = fmemopen(text, o, "rb");
	tf_jsplit *s;
	assert_int_equal(tf_jsplit_new(&s, NULL, 0, fp, 1 << 20), 0);
	const char *rec;
	size_t len, count = 0;
	long line, col, index;
	while (tf_jsplit_next(s, &rec, &len, &line, &col, &index, NULL) == 0) {
		json_t *j;
		assert_int_equal(tf_json_load_record(rec, len, &j, NULL), 0);
		assert_int_equal(json_integer_value(json_object_get(j, "i")), (json_int_t)count);
		assert_int_equal(line, (long)count + 1);
		json_decref(j);
		count++;
	}
	assert_int_equal(count, n);
	tf_jsplit_free(s);
	fclose(fp);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decimal_roundtrip),
		cmocka_unit_test(test_decimal_rejects_garbage),
		cmocka_unit_test(test_emit_escapes_and_pretty),
		cmocka_unit_test(test_emit_real_shortest),
		cmocka_unit_test(test_emit_depth_cap),
		cmocka_unit_test(test_emit_invalid_utf8),
		cmocka_unit_test(test_load_duplicates_rejected),
		cmocka_unit_test(test_load_forged_decimal_rejected),
		cmocka_unit_test(test_split_shapes),
		cmocka_unit_test(test_split_errors),
		cmocka_unit_test(test_split_large_stream),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
