/*
 * test_sink.c - the file store and stream sinks: NDJSON per type, files
 * appear only on close, hostile ids are refused, planted symlinks are not
 * followed, Bundles are valid and deterministic.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "trialfhir/sink.h"
#include "util/util.h"

static char tmpdir[64];

static int setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/tf-sink-XXXXXX");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	char p[512];
	while (d && (e = readdir(d))) {
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			snprintf(p, sizeof(p), "%s/%s", tmpdir, e->d_name);
			unlink(p);
		}
	}
	if (d)
		closedir(d);
	return rmdir(tmpdir);
}

static json_t *res(const char *type, const char *id)
{
	return json_pack("{s:s, s:s, s:s}", "resourceType", type, "id", id, "status", "active");
}

static char *slurp(const char *name)
{
	char p[512], *s;
	size_t len;
	snprintf(p, sizeof(p), "%s/%s", tmpdir, name);
	if (tf_read_file(p, 1 << 20, &s, &len, NULL) < 0)
		return NULL;
	return s;
}

static int count_entries(void)
{
	int n = 0;
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	while ((e = readdir(d)))
		n += strcmp(e->d_name, ".") && strcmp(e->d_name, ".."); /* temp files too */
	closedir(d);
	return n;
}

static void test_store_ndjson_commit_on_close(void **state)
{
	(void)state;
	tf_sink *s;
	assert_int_equal(tf_sink_open_dir(&s, tmpdir, NULL, NULL), 0);
	json_t *a = res("ResearchStudy", "nct00000001"), *b = res("PlanDefinition", "p1"),
	       *c = res("ResearchStudy", "nct00000002");
	assert_int_equal(tf_sink_write(s, a, NULL), 0);
	assert_int_equal(tf_sink_write(s, b, NULL), 0);
	assert_int_equal(tf_sink_write(s, c, NULL), 0);
	/* nothing under a final name before close */
	assert_null(slurp("ResearchStudy.ndjson"));
	assert_int_equal(tf_sink_close(s, NULL), 0);
	assert_int_equal(tf_sink_count(s), 3);
	tf_sink_free(s);
	char *rs = slurp("ResearchStudy.ndjson");
	assert_string_equal(rs, "{\"resourceType\":\"ResearchStudy\",\"id\":\"nct00000001\",\"status\":\"active\"}\n"
				"{\"resourceType\":\"ResearchStudy\",\"id\":\"nct00000002\",\"status\":\"active\"}\n");
	free(rs);
	char *pd = slurp("PlanDefinition.ndjson");
	assert_non_null(pd);
	free(pd);
	assert_int_equal(count_entries(), 2); /* no temp files left */
	json_decref(a);
	json_decref(b);
	json_decref(c);
}

static void test_store_discard_without_close(void **state)
{
	(void)state;
	tf_sink *s;
	assert_int_equal(tf_sink_open_dir(&s, tmpdir, NULL, NULL), 0);
	json_t *a = res("ResearchStudy", "nct00000001");
	assert_int_equal(tf_sink_write(s, a, NULL), 0);
	tf_sink_free(s);
	assert_int_equal(count_entries(), 0);
	json_decref(a);
}

static void test_hostile_ids(void **state)
{
	(void)state;
	const char *bad_ids[] = { ".", "..", "a/../../x", "a b", "",
				  "x12345678901234567890123456789012345678901234567890123456789012345" };
	const char *bad_types[] = { "../x", "researchStudy", "A/B", "" };
	tf_sink *s;
	tf_error err;
	assert_int_equal(tf_sink_open_dir(&s, tmpdir, NULL, NULL), 0);
	for (size_t i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) {
		json_t *r = res("ResearchStudy", bad_ids[i]);
		assert_int_equal(tf_sink_write(s, r, &err), TF_EINVALID);
		json_decref(r);
	}
	for (size_t i = 0; i < sizeof(bad_types) / sizeof(bad_types[0]); i++) {
		json_t *r = res(bad_types[i], "ok");
		assert_int_equal(tf_sink_write(s, r, &err), TF_EINVALID);
		json_decref(r);
	}
	assert_int_equal(tf_sink_close(s, NULL), 0);
	tf_sink_free(s);
	assert_int_equal(count_entries(), 0);
}

static void test_json_files_and_symlink(void **state)
{
	(void)state;
	/* A planted symlink at a final name is replaced, not followed. */
	char link[512], victim[] = "/tmp/tf-sink-victim-XXXXXX";
	int fd = mkstemp(victim);
	assert_true(fd >= 0);
	close(fd);
	snprintf(link, sizeof(link), "%s/ResearchStudy-abc.json", tmpdir);
	assert_int_equal(symlink(victim, link), 0);
	tf_sink_options o = TF_SINK_OPTIONS_INIT;
	o.format = TF_OUTPUT_JSON;
	tf_sink *s;
	assert_int_equal(tf_sink_open_dir(&s, tmpdir, &o, NULL), 0);
	json_t *a = res("ResearchStudy", "abc"), *b = res("ResearchStudy", "ABC");
	assert_int_equal(tf_sink_write(s, a, NULL), 0);
	assert_int_equal(tf_sink_write(s, b, NULL), 0);
	assert_int_equal(tf_sink_close(s, NULL), 0);
	tf_sink_free(s);
	struct stat st;
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(stat(victim, &st), 0);
	assert_int_equal(st.st_size, 0);
	unlink(victim);
	char *lower = slurp("ResearchStudy-abc.json"), *upper = slurp("ResearchStudy-ABC.json");
	assert_non_null(strstr(lower, "\"abc\""));
	assert_non_null(strstr(upper, "\"ABC\""));
	free(lower);
	free(upper);
	json_decref(a);
	json_decref(b);
}

static char *bundle_text(tf_bundle_type bt, int pretty, int n)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	tf_sink_options o = TF_SINK_OPTIONS_INIT;
	o.format = TF_OUTPUT_BUNDLE;
	o.bundle_type = bt;
	o.pretty = pretty;
	tf_sink *s;
	assert_int_equal(tf_sink_open_stream(&s, fp, &o, NULL), 0);
	for (int i = 0; i < n; i++) {
		char id[16];
		snprintf(id, sizeof(id), "r%d", i);
		json_t *r = res("ResearchStudy", id);
		assert_int_equal(tf_sink_write(s, r, NULL), 0);
		json_decref(r);
	}
	assert_int_equal(tf_sink_close(s, NULL), 0);
	tf_sink_free(s);
	fclose(fp);
	return buf;
}

static void test_bundles(void **state)
{
	(void)state;
	for (int pretty = 0; pretty <= 1; pretty++) {
		char *t = bundle_text(TF_BUNDLE_TRANSACTION, pretty, 3);
		json_error_t je;
		json_t *b = json_loads(t, 0, &je);
		assert_non_null(b);
		assert_string_equal(json_string_value(json_object_get(b, "type")), "transaction");
		json_t *e = json_array_get(json_object_get(b, "entry"), 2);
		assert_string_equal(json_string_value(json_object_get(json_object_get(e, "request"), "url")),
				    "ResearchStudy/r2");
		assert_string_equal(json_string_value(json_object_get(json_object_get(e, "request"), "method")),
				    "PUT");
		assert_int_equal(strncmp(json_string_value(json_object_get(e, "fullUrl")), "urn:uuid:", 9), 0);
		json_decref(b);
		char *again = bundle_text(TF_BUNDLE_TRANSACTION, pretty, 3);
		assert_string_equal(t, again); /* deterministic, fullUrls included */
		free(again);
		free(t);
		t = bundle_text(TF_BUNDLE_COLLECTION, pretty, 0);
		b = json_loads(t, 0, &je);
		assert_non_null(b);
		assert_null(json_object_get(b, "entry"));
		json_decref(b);
		free(t);
		t = bundle_text(TF_BUNDLE_COLLECTION, pretty, 1);
		b = json_loads(t, 0, &je);
		assert_null(json_object_get(json_array_get(json_object_get(b, "entry"), 0), "request"));
		json_decref(b);
		free(t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_store_ndjson_commit_on_close, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store_discard_without_close, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hostile_ids, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_files_and_symlink, setup, teardown),
		cmocka_unit_test(test_bundles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
