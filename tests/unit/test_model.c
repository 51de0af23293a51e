/*
 * test_model.c - the trial model's life cycle and text cleaning shared by
 * every reader (trimming, controls, CRLF, HTML references, markdown escapes).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>
#include "model/model_int.h"

static const char *clean(tf_trial *t, const char *s, int flags)
{
	return tf_model_text(t, s, strlen(s), flags, NULL);
}

static void test_text_cleaning(void **state)
{
	(void)state;
	tf_trial *t;
	assert_int_equal(tf_trial_new(&t), 0);
	assert_string_equal(clean(t, "  a\r\nb\rc\t\x01 ", 0), "a\nb\nc");
	assert_null(clean(t, " \x02 \n", 0));
	assert_null(clean(t, "", 0));
	assert_string_equal(clean(t, "Obesity &Amp; Overweight", 0), "Obesity & Overweight");
	assert_string_equal(clean(t, "Crohn&#39;s &lt;5 &#x2265;18 &quot;x&quot;", 0),
			    "Crohn's <5 \xe2\x89\xa5" "18 \"x\"");
	/* not references, or references to controls: kept literally */
	assert_string_equal(clean(t, "AT&T; a&b &#0; &#x1; &#99999999; &bogus;", 0),
			    "AT&T; a&b &#0; &#x1; &#99999999; &bogus;");
	assert_string_equal(clean(t, "\\>= 18, 5\\*ULN, x\\^2, C:\\path", TF_TEXT_MARKDOWN),
			    ">= 18, 5*ULN, x^2, C:\\path");
	assert_string_equal(clean(t, "\\>= 18", 0), "\\>= 18");
	tf_trial_free(t);
}

static void test_trial_defaults_and_vectors(void **state)
{
	(void)state;
	tf_trial *t;
	assert_int_equal(tf_trial_new(&t), 0);
	assert_int_equal(t->enrollment, -1);
	assert_int_equal(t->has_results, TF_UNSET);
	assert_int_equal(t->eligibility.healthy_volunteers, TF_UNSET);
	for (int i = 0; i < 100; i++) {
		char k[16];
		snprintf(k, sizeof(k), "kw%d", i);
		assert_int_equal(tf_trial_strv_push(t, &t->keywords, k), 0);
	}
	assert_int_equal(t->keywords.n, 100);
	assert_string_equal(t->keywords.v[0], "kw0");
	assert_string_equal(t->keywords.v[99], "kw99");
	assert_int_equal(tf_trial_warn(t, "dropped %s", "x"), 0);
	assert_string_equal(t->warnings.v[0], "dropped x");
	assert_true(tf_model_is_nct("NCT01234567"));
	assert_false(tf_model_is_nct("NCT0123456"));
	assert_false(tf_model_is_nct("NCT012345678"));
	assert_false(tf_model_is_nct("nct01234567"));
	tf_trial_free(t);
	tf_trial_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_cleaning),
		cmocka_unit_test(test_trial_defaults_and_vectors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
