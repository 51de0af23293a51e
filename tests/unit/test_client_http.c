/*
 * test_client_http.c - the pure parts of the FHIR client: the Retry-After
 * table of RELIABILITY.md scenario 2, backoff bounds, URL building and
 * FHIR search escaping (scenario 23), CR/LF refused in header values,
 * origins and next links, and redaction of log lines (scenario 24).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "client/client_int.h"

/* --- Retry-After (scenario 2) --- */

static void fmt_date(time_t t, char *buf, size_t size)
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(buf, size, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

static void test_retry_after_table(void **state)
{
	(void)state;
	time_t now = 1767225600; /* 2026-01-01T00:00:00Z */
	char ahead[64], past[64], rfc850[64];
	fmt_date(now + 3, ahead, sizeof(ahead));
	fmt_date(now - 3600, past, sizeof(past));
	struct tm tm;
	time_t t5 = now + 5;
	gmtime_r(&t5, &tm);
	/* RFC 850 dates have two-digit years (obsolete, still to be read). */
	static const char *const days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
	                                   "Thursday", "Friday", "Saturday"};
	static const char *const mons[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	snprintf(rfc850, sizeof(rfc850), "%s, %02d-%s-%02d %02d:%02d:%02d GMT", days[tm.tm_wday],
	         tm.tm_mday, mons[tm.tm_mon], tm.tm_year % 100, tm.tm_hour, tm.tm_min, tm.tm_sec);
	struct {
		const char *value;
		int count;
		int valid;
		double delay;
	} rows[] = {
	        {"2", 1, 1, 2},     {"0", 1, 1, 0},
	        {"120", 1, 1, 120}, {ahead, 1, 1, 3},
	        {past, 1, 1, 0},    {"-5", 1, 0, 0},
	        {"abc", 1, 0, 0},   {"1e3", 1, 0, 0},
	        {"", 1, 0, 0},      {"86400", 1, 1, 86400},
	        {"2", 2, 0, 0},     {NULL, 0, 0, 0},
	        {" 7 ", 1, 1, 7},   {"3.5", 1, 0, 0},
	        {rfc850, 1, 1, 5},  {"Fri, 32 Foo 2026 99:99:99 GMT", 1, 0, 0},
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		double d = -1;
		int rc = tf_retry_after_parse(rows[i].value, rows[i].count, now, &d);
		if (rows[i].valid) {
			if (rc != 0 || d != rows[i].delay)
				fail_msg("row %zu '%s': rc %d delay %f, want %f", i,
				         rows[i].value ? rows[i].value : "(null)", rc, d,
				         rows[i].delay);
		} else if (rc == 0) {
			fail_msg("row %zu '%s' should be invalid, got %f", i, rows[i].value, d);
		}
	}
}

static void test_backoff_bounds(void **state)
{
	(void)state;
	for (int attempt = 0; attempt < 12; attempt++) {
		double ceiling = 1.0 * (double)(1 << attempt);
		if (ceiling > 60)
			ceiling = 60;
		assert_true(tf_backoff_delay(attempt, 1, 60, 0.0) == 0.0);
		double hi = tf_backoff_delay(attempt, 1, 60, 0.999999);
		assert_true(hi <= ceiling && hi > ceiling * 0.99);
		for (int k = 0; k < 200; k++) {
			double d = tf_backoff_delay(attempt, 1, 60, tf_random_unit());
			assert_true(d >= 0 && d <= ceiling);
		}
	}
	/* huge attempt numbers neither overflow nor pass the cap */
	assert_true(tf_backoff_delay(1000, 1, 60, 0.5) == 30.0);
	/* the random source is in [0, 1) and not constant */
	double a = tf_random_unit(), b = tf_random_unit();
	assert_true(a >= 0 && a < 1 && b >= 0 && b < 1 && a != b);
	assert_true(tf_status_retryable(429) && tf_status_retryable(503) &&
	            tf_status_retryable(408));
	assert_false(tf_status_retryable(400) || tf_status_retryable(409) ||
	             tf_status_retryable(412) || tf_status_retryable(422) ||
	             tf_status_retryable(501));
}

/* --- URLs, escaping, headers (scenario 23) --- */

static void test_search_escape(void **state)
{
	(void)state;
	char *s;
	assert_int_equal(tf_search_escape("a,b|c$d\\e", &s), 0);
	assert_string_equal(s, "a\\,b\\|c\\$d\\\\e");
	free(s);
	assert_int_equal(tf_search_escape("", &s), 0);
	assert_string_equal(s, "");
	free(s);
	assert_int_equal(tf_search_token("http://x|y", "1,2", &s), 0);
	assert_string_equal(s, "http://x\\|y|1\\,2");
	free(s);
	assert_int_equal(tf_search_token(NULL, "abc", &s), 0);
	assert_string_equal(s, "abc");
	free(s);
}

static void test_url_build(void **state)
{
	(void)state;
	char *u;
	const char *seg[] = {"Patient", "p-1.2", NULL};
	assert_int_equal(tf_url_build("https://h.example/fhir", seg, NULL, &u, NULL), 0);
	assert_string_equal(u, "https://h.example/fhir/Patient/p-1.2");
	free(u);
	/* hostile values stay inside their query value */
	const char *seg2[] = {"Patient", NULL};
	const char *q[] = {"identifier", "sys|a&b=c d#e?f%g+h", "name", "Ünï", NULL};
	assert_int_equal(tf_url_build("https://h.example/fhir", seg2, q, &u, NULL), 0);
	assert_string_equal(u, "https://h.example/fhir/Patient?identifier=sys%7Ca%26b%3Dc%20d%23e%"
	                       "3Ff%25g%2Bh&name=%C3%9Cn%C3%AF");
	free(u);
	/* a path segment cannot climb or inject */
	const char *bad[] = {"Patient", "..", NULL};
	assert_int_equal(tf_url_build("https://h", bad, NULL, &u, NULL), TF_EINVAL);
	const char *inj[] = {"Patient", "a/../b?x", NULL};
	assert_int_equal(tf_url_build("https://h", inj, NULL, &u, NULL), 0);
	assert_string_equal(u, "https://h/Patient/a%2F..%2Fb%3Fx");
	free(u);
	const char *op[] = {"$export", NULL};
	assert_int_equal(tf_url_build("https://h", op, NULL, &u, NULL), 0);
	assert_string_equal(u, "https://h/$export");
	free(u);
}

static void test_base_url(void **state)
{
	(void)state;
	char *u;
	assert_int_equal(tf_url_check_base("https://h.example/fhir/", 0, &u, NULL), 0);
	assert_string_equal(u, "https://h.example/fhir");
	free(u);
	assert_int_equal(tf_url_check_base("http://h.example/fhir", 1, &u, NULL), TF_EINVAL);
	assert_int_equal(tf_url_check_base("http://127.0.0.1:8080/fhir", 0, &u, NULL), TF_EINVAL);
	assert_int_equal(tf_url_check_base("http://127.0.0.1:8080/fhir", 1, &u, NULL), 0);
	free(u);
	assert_int_equal(tf_url_check_base("http://localhost:1/", 1, &u, NULL), 0);
	free(u);
	assert_int_equal(tf_url_check_base("file:///etc/passwd", 1, &u, NULL), TF_EINVAL);
	assert_int_equal(tf_url_check_base("https://user:pw@h/fhir", 0, &u, NULL), TF_EINVAL);
	assert_int_equal(tf_url_check_base("https://h/fhir?x=1", 0, &u, NULL), TF_EINVAL);
	assert_int_equal(tf_url_check_base("https://h/fhir\r\nX: y", 0, &u, NULL), TF_EINVAL);
	assert_true(tf_url_scheme_allowed("https://a/b", 0));
	assert_false(tf_url_scheme_allowed("http://a/b", 1));
	assert_true(tf_url_scheme_allowed("http://127.0.0.1:5/b", 1));
	assert_false(tf_url_scheme_allowed("http://127.0.0.1:5/b", 0));
	assert_false(tf_url_scheme_allowed("file:///etc/passwd", 1));
}

static void test_origins(void **state)
{
	(void)state;
	char *o = tf_url_origin("HTTPS://Example.ORG/fhir/Patient?x=1");
	assert_string_equal(o, "https://example.org:443");
	free(o);
	assert_true(tf_url_same_origin("https://a.example/x", "https://a.example:443/y?z"));
	assert_false(tf_url_same_origin("https://a.example/x", "https://b.example/x"));
	assert_false(tf_url_same_origin("https://a.example/x", "https://a.example:8443/x"));
	assert_false(tf_url_same_origin("https://a.example/x", "http://a.example/x"));
	assert_false(tf_url_same_origin("http://127.0.0.1:80/x", "http://localhost:80/x"));
}

static void test_header_values(void **state)
{
	(void)state;
	struct curl_slist *l = NULL;
	tf_error err;
	assert_int_equal(tf_header_add(&l, "If-Match", "W/\"3\"", &err), 0);
	assert_int_equal(tf_header_add(&l, "If-None-Exist", "identifier=a\r\nX-Evil: 1", &err),
	                 TF_EINVAL);
	assert_int_equal(tf_header_add(&l, "If-None-Exist", "identifier=a\nb", &err), TF_EINVAL);
	assert_int_equal(tf_header_add(&l, "If-None-Exist", "identifier=a\rb", &err), TF_EINVAL);
	assert_int_equal(tf_header_add(&l, "X", "a\x01", &err), TF_EINVAL);
	assert_int_equal(tf_header_add(&l, "X", "tab\tok", &err), 0);
	assert_string_equal(l->data, "If-Match: W/\"3\"");
	assert_null(l->next->next);
	curl_slist_free_all(l);
}

static void test_next_link(void **state)
{
	(void)state;
	json_t *b = json_loads("{\"resourceType\":\"Bundle\",\"link\":["
	                       "{\"relation\":\"self\",\"url\":\"https://a/P?x\"},"
	                       "{\"relation\":\"next\",\"url\":\"https://a/P?page=2\"}]}",
	                       0, NULL);
	assert_string_equal(tf_bundle_next_link(b), "https://a/P?page=2");
	json_decref(b);
	b = json_loads("{\"link\":[{\"relation\":\"self\",\"url\":\"x\"},"
	               "{\"relation\":\"next\",\"url\":\"\"}]}",
	               0, NULL);
	assert_null(tf_bundle_next_link(b));
	json_decref(b);
	b = json_loads("{\"link\":\"oops\"}", 0, NULL);
	assert_null(tf_bundle_next_link(b));
	json_decref(b);
}

/* --- redaction (scenario 24) --- */

static char *redact(const char *line)
{
	tf_buf b = TF_BUF_INIT;
	assert_int_equal(tf_redact_header_line(line, strlen(line), &b), 0);
	return tf_buf_detach(&b);
}

static void test_redaction(void **state)
{
	(void)state;
	char *s = redact("Authorization: Bearer CANARY-token-123\r\n");
	assert_string_equal(s, "Authorization: Bearer [REDACTED]");
	free(s);
	s = redact("authorization:Basic dXNlcjpwYXNz");
	assert_string_equal(s, "authorization: Basic [REDACTED]");
	free(s);
	s = redact("Authorization: CANARYwithoutscheme");
	assert_null(strstr(s, "CANARY"));
	free(s);
	s = redact("Proxy-Authorization: Bearer CANARY");
	assert_null(strstr(s, "CANARY"));
	free(s);
	s = redact("Set-Cookie: sid=CANARY; Path=/");
	assert_string_equal(s, "Set-Cookie: [REDACTED]");
	free(s);
	s = redact("GET /fhir/Patient?name=CANARY&birthdate=1970 HTTP/1.1");
	assert_null(strstr(s, "CANARY"));
	assert_non_null(strstr(s, "GET /fhir/Patient?[sha256:"));
	assert_non_null(strstr(s, "] HTTP/1.1"));
	free(s);
	s = redact("Content-Type: application/fhir+json");
	assert_string_equal(s, "Content-Type: application/fhir+json");
	free(s);
	s = redact("X-Evil: a\x1b[31mred");
	assert_null(strchr(s, 0x1b));
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_retry_after_table), cmocka_unit_test(test_backoff_bounds),
	        cmocka_unit_test(test_search_escape),     cmocka_unit_test(test_url_build),
	        cmocka_unit_test(test_base_url),          cmocka_unit_test(test_origins),
	        cmocka_unit_test(test_header_values),     cmocka_unit_test(test_next_link),
	        cmocka_unit_test(test_redaction),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
