/*
 * test_push_journal.c - the push job journal (adapter/src/client/journal.c,
 * docs/push-journal.md) on its own: states survive a reopen with their
 * reject details, the last line per key wins, other content is "new", a
 * torn last line (a crash mid-write) is cut off and the journal stays
 * usable, an unreadable middle line or a foreign file is refused with its
 * line, and the content hash ignores meta but nothing else.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "client/client_int.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/tf-journal-XXXXXX");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/j.ndjson", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(dir);
	return 0;
}

static void append(const char *text)
{
	FILE *fp = fopen(path, "a");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static void test_states_survive(void **state)
{
	(void)state;
	tf_journal *j;
	tf_error err;
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_lookup(j, "Patient/a", "h1", NULL), TF_JOURNAL_NEW);
	json_t *detail = json_pack("{s:s, s:i}", "id", "Patient/b", "status", 422);
	assert_int_equal(tf_journal_record(j, "Patient/a", "h1", TF_JOURNAL_COMMITTED, NULL, &err),
	                 0);
	assert_int_equal(tf_journal_record(j, "Patient/b", "h2", TF_JOURNAL_FAILED, detail, &err),
	                 0);
	json_decref(detail);
	assert_int_equal(tf_journal_close(j, &err), 0);

	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_lookup(j, "Patient/a", "h1", NULL), TF_JOURNAL_COMMITTED);
	/* other content: to be sent again */
	assert_int_equal(tf_journal_lookup(j, "Patient/a", "h9", NULL), TF_JOURNAL_NEW);
	const json_t *d = NULL;
	assert_int_equal(tf_journal_lookup(j, "Patient/b", "h2", &d), TF_JOURNAL_FAILED);
	assert_int_equal(json_integer_value(json_object_get(d, "status")), 422);
	/* the last line per key wins */
	assert_int_equal(tf_journal_record(j, "Patient/b", "h3", TF_JOURNAL_COMMITTED, NULL, &err),
	                 0);
	assert_int_equal(tf_journal_sync(j, &err), 0);
	size_t c, f;
	tf_journal_counts(j, &c, &f);
	assert_int_equal(c, 2);
	assert_int_equal(f, 0);
	assert_int_equal(tf_journal_close(j, &err), 0);
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_lookup(j, "Patient/b", "h3", NULL), TF_JOURNAL_COMMITTED);
	assert_int_equal(tf_journal_lookup(j, "Patient/b", "h2", NULL), TF_JOURNAL_NEW);
	assert_int_equal(tf_journal_close(j, &err), 0);
}

static void test_torn_last_line(void **state)
{
	(void)state;
	tf_journal *j;
	tf_error err;
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_record(j, "Patient/a", "h1", TF_JOURNAL_COMMITTED, NULL, &err),
	                 0);
	assert_int_equal(tf_journal_close(j, &err), 0);
	append("{\"key\":\"Patient/x\",\"sha256\":\"h");
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_lookup(j, "Patient/a", "h1", NULL), TF_JOURNAL_COMMITTED);
	assert_int_equal(tf_journal_lookup(j, "Patient/x", "h", NULL), TF_JOURNAL_NEW);
	/* what follows lands on a line of its own */
	assert_int_equal(tf_journal_record(j, "Patient/y", "h2", TF_JOURNAL_COMMITTED, NULL, &err),
	                 0);
	assert_int_equal(tf_journal_close(j, &err), 0);
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_lookup(j, "Patient/y", "h2", NULL), TF_JOURNAL_COMMITTED);
	assert_int_equal(tf_journal_close(j, &err), 0);
}

static void test_refused(void **state)
{
	(void)state;
	tf_journal *j;
	tf_error err;
	assert_int_equal(tf_journal_open(&j, path, &err), 0);
	assert_int_equal(tf_journal_close(j, &err), 0);
	append("not json\n{\"key\":\"Patient/a\",\"sha256\":\"h\",\"state\":\"committed\"}\n");
	assert_int_equal(tf_journal_open(&j, path, &err), TF_EPARSE);
	assert_non_null(strstr(err.message, ":2:"));
	unlink(path);
	append("{\"something\":\"else\"}\n");
	assert_int_equal(tf_journal_open(&j, path, &err), TF_EPARSE);
	assert_non_null(strstr(err.message, "not a trialfhir push journal"));
}

static void test_hash(void **state)
{
	(void)state;
	json_t *a = json_pack("{s:s, s:s, s:s}", "resourceType", "Patient", "id", "p", "gender",
	                      "male");
	json_t *b = json_deep_copy(a);
	json_object_set_new(b, "meta", json_pack("{s:s}", "versionId", "7"));
	char ha[65], hb[65];
	assert_int_equal(tf_resource_hash(a, ha, NULL), 0);
	assert_int_equal(tf_resource_hash(b, hb, NULL), 0);
	assert_int_equal(strlen(ha), 64);
	assert_string_equal(ha, hb);
	json_object_set_new(b, "gender", json_string("female"));
	assert_int_equal(tf_resource_hash(b, hb, NULL), 0);
	assert_string_not_equal(ha, hb);
	assert_non_null(json_object_get(a, "gender")); /* input untouched */
	json_decref(a);
	json_decref(b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test_setup_teardown(test_states_survive, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_torn_last_line, setup, teardown),
	        cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
	        cmocka_unit_test(test_hash),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
