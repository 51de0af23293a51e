/*
 * test_fhirpath.c - the FHIRPath engine where the official suite does not
 * look: UCUM conversions that eligibility criteria rely on (g/L vs g/dL,
 * cell counts, creatinine through the molar-mass hook), the injectable
 * clock, error positions, depth/size/work caps on hostile expressions,
 * decimal precision kept end to end, the result API, variables, resolve()
 * in a Bundle, and the FHIR XML loader.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"

static json_t *load(const char *text)
{
	json_t *j = NULL;
	assert_int_equal(tf_json_load_record(text, strlen(text), &j, NULL), 0);
	return j;
}

/* Evaluates expr; returns the result (caller frees) and asserts success. */
static tf_fhirpath_result *eval_ok(const char *expr, const json_t *res, const tf_fhirpath_env *env)
{
	tf_fhirpath_result *r = NULL;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_fhirpath_evaluate(expr, res, env, &r, &err);
	if (rc != 0)
		fail_msg("%s: %s (%ld:%ld)", expr, err.message, err.line, err.column);
	return r;
}

/* 1 true, 0 false, -1 empty. */
static int eval_bool(const char *expr, const json_t *res, const tf_fhirpath_env *env)
{
	tf_fhirpath_result *r = eval_ok(expr, res, env);
	int v = -1;
	int rc = tf_fhirpath_result_boolean(r, &v);
	tf_fhirpath_result_free(r);
	if (rc == TF_ITEROVER)
		return -1;
	assert_int_equal(rc, 0);
	return v;
}

/* Text of the single item of the result. */
static char *eval_text(const char *expr, const json_t *res, const tf_fhirpath_env *env)
{
	tf_fhirpath_result *r = eval_ok(expr, res, env);
	assert_int_equal(tf_fhirpath_result_count(r), 1);
	char *t = NULL;
	assert_int_equal(tf_fhirpath_result_text(r, 0, &t, NULL), 0);
	tf_fhirpath_result_free(r);
	return t;
}

static void assert_text(const char *expr, const json_t *res, const tf_fhirpath_env *env,
                        const char *want)
{
	char *t = eval_text(expr, res, env);
	if (strcmp(t, want) != 0)
		fail_msg("%s: got '%s', want '%s'", expr, t, want);
	free(t);
}

static void test_ucum_eligibility(void **state)
{
	(void)state;
	/* hemoglobin: 95 g/L is 9.5 g/dL */
	assert_int_equal(eval_bool("95 'g/L' >= 9 'g/dL'", NULL, NULL), 1);
	assert_int_equal(eval_bool("85 'g/L' >= 9 'g/dL'", NULL, NULL), 0);
	/* neutrophils: 1.2 x10^3/uL is 1200/mm3 */
	assert_int_equal(eval_bool("1.2 '10*3/uL' >= 1500 '/mm3'", NULL, NULL), 0);
	assert_int_equal(eval_bool("1.2 '10*3/uL' = 1200 '/mm3'", NULL, NULL), 1);
	/* platelets: 10^9/L and 10^3/uL are the same unit */
	assert_int_equal(eval_bool("50 '10*9/L' = 50 '10*3/uL'", NULL, NULL), 1);
	assert_int_equal(eval_bool("45 '10*9/L' < 50000 'cells/uL'", NULL, NULL), 1);
	/* mass and volume concentrations */
	assert_int_equal(eval_bool("1.2 'mg/dL' = 12 'mg/L'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'g/dL' = 10 'g/L'", NULL, NULL), 1);
	assert_int_equal(eval_bool("250 'ug' = 0.25 'mg'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'kg' > 999 'g'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'L' = 10 'dL'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'dL' = 100 'mL'", NULL, NULL), 1);
	/* molar concentrations: no hook needed between molar units */
	assert_int_equal(eval_bool("88.4 'umol/L' = 0.0884 'mmol/L'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'mol/L' = 1000 'mmol/L'", NULL, NULL), 1);
	/* time, percent, pressure, temperature, renal function */
	assert_int_equal(eval_bool("1 'a' > 11 'mo'", NULL, NULL), 1);
	assert_int_equal(eval_bool("2 'h' = 120 'min'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1 'wk' = 7 'd'", NULL, NULL), 1);
	assert_int_equal(eval_bool("1500 'ms' > 1 's'", NULL, NULL), 1);
	assert_int_equal(eval_bool("45 '%' < 0.5 '1'", NULL, NULL), 1);
	assert_int_equal(eval_bool("140 'mm[Hg]' > 18 'kPa'", NULL, NULL), 1);
	assert_int_equal(eval_bool("37.0 'Cel' = 98.6 '[degF]'", NULL, NULL), 1);
	assert_int_equal(eval_bool("38.5 'Cel' > 100.4 '[degF]'", NULL, NULL), 1);
	assert_int_equal(eval_bool("0.5 'mL/s' = 30 'mL/min'", NULL, NULL), 1);
	assert_int_equal(eval_bool("55 'mL/min/{1.73_m2}' < 60 'mL/min/{1.73_m2}'", NULL, NULL), 1);
	/* not comparable: empty, never a wrong answer */
	assert_int_equal(eval_bool("1 'mol/L' = 1 '10*9/L'", NULL, NULL), -1);
	assert_int_equal(eval_bool("1 'mg/dL' > 1 'mmol/L'", NULL, NULL), -1);
	assert_int_equal(eval_bool("1 year = 1 'a'", NULL, NULL), -1);
	assert_int_equal(eval_bool("1 'g' = 1 'm'", NULL, NULL), -1);
	/* conversions keep sensible precision */
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	assert_text("1000 'mg'.toQuantity('g')", NULL, &env, "1.000 'g'");
	assert_text("95 'g/L'.toQuantity('g/dL')", NULL, &env, "9.5 'g/dL'");
}

static double creatinine_mass(void *user, const char *system, const char *code)
{
	int *calls = user;
	(*calls)++;
	if (system && strcmp(system, "http://loinc.org") == 0 && strcmp(code, "2160-0") == 0)
		return 113.12; /* creatinine, g/mol */
	return 0;
}

static void test_molar_mass_hook(void **state)
{
	(void)state;
	json_t *obs = load(
	        "{\"resourceType\":\"Observation\",\"status\":\"final\","
	        "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2160-0\"}]},"
	        "\"valueQuantity\":{\"value\":88.4,\"unit\":\"umol/L\","
	        "\"system\":\"http://unitsofmeasure.org\",\"code\":\"umol/L\"}}");
	/* mmol <-> umol needs no molar mass */
	assert_int_equal(eval_bool("value = 0.0884 'mmol/L'", obs, NULL), 1);
	/* mass <-> substance without a hook: cannot tell */
	assert_int_equal(eval_bool("value > 0.9 'mg/dL'", obs, NULL), -1);
	int calls = 0;
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.molar_mass = creatinine_mass;
	env.molar_mass_user = &calls;
	/* 88.4 umol/L x 113.12 g/mol = 10.0 mg/L = 1.0 mg/dL */
	assert_int_equal(eval_bool("value > 0.9 'mg/dL'", obs, &env), 1);
	assert_int_equal(eval_bool("value < 1.1 'mg/dL'", obs, &env), 1);
	assert_int_equal(eval_bool("value ~ 1.0 'mg/dL'", obs, &env), 1);
	assert_int_equal(eval_bool("value.toQuantity('mg/dL') ~ 1.0 'mg/dL'", obs, &env), 1);
	assert_true(calls > 0);
	/* an analyte the hook does not know stays empty */
	json_t *other =
	        load("{\"resourceType\":\"Observation\",\"status\":\"final\","
	             "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"0-0\"}]},"
	             "\"valueQuantity\":{\"value\":1,\"system\":\"http://unitsofmeasure.org\","
	             "\"code\":\"mmol/L\"}}");
	assert_int_equal(eval_bool("value > 1 'mg/dL'", other, &env), -1);
	json_decref(other);
	json_decref(obs);
}

static int fixed_clock(void *user, int64_t *unix_ms, int *offset)
{
	(void)user;
	*unix_ms = 1704164645678LL; /* 2024-01-02T03:04:05.678Z */
	*offset = 60;
	return 0;
}

static int broken_clock(void *user, int64_t *unix_ms, int *offset)
{
	(void)user;
	(void)unix_ms;
	(void)offset;
	return -1;
}

static void test_clock(void **state)
{
	(void)state;
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.now = "2024-03-01";
	assert_text("today()", NULL, &env, "2024-03-01");
	assert_text("now()", NULL, &env, "2024-03-01T00:00:00.000");
	assert_int_equal(eval_bool("today() - 18 years = @2006-03-01", NULL, &env), 1);
	json_t *pat = load("{\"resourceType\":\"Patient\",\"birthDate\":\"2006-03-02\"}");
	/* 17 on the as-of date: an age criterion is reproducible */
	assert_int_equal(eval_bool("birthDate <= today() - 18 years", pat, &env), 0);
	env.now = "2024-03-02";
	assert_int_equal(eval_bool("birthDate <= today() - 18 years", pat, &env), 1);
	json_decref(pat);
	env.now = "@2024-03-01T10:20:30.000+02:00";
	assert_text("now()", NULL, &env, "2024-03-01T10:20:30.000+02:00");
	assert_text("timeOfDay()", NULL, &env, "10:20:30.000");
	env.now = NULL;
	env.clock = fixed_clock;
	assert_text("now()", NULL, &env, "2024-01-02T04:04:05.678+01:00");
	assert_text("today()", NULL, &env, "2024-01-02");
	env.clock = broken_clock;
	tf_fhirpath_result *r = NULL;
	assert_true(tf_fhirpath_evaluate("today()", NULL, &env, &r, NULL) < 0);
	assert_null(r);
	env.clock = NULL;
	env.now = "not a date";
	tf_error err;
	assert_int_equal(tf_fhirpath_evaluate("now()", NULL, &env, &r, &err), TF_EINVAL);
	/* without a clock the system's is used */
	assert_int_equal(eval_bool("now() > @2024-01-01T00:00:00Z", NULL, NULL), 1);
}

static void expect_compile_error(const char *expr, int code, long line, long column)
{
	tf_fhirpath *fp = NULL;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_fhirpath_compile(&fp, expr, &err);
	if (rc != code || err.line != line || err.column != column)
		fail_msg("%s: rc %d %ld:%ld (%s), want %d %ld:%ld", expr, rc, err.line, err.column,
		         err.message, code, line, column);
	assert_null(fp);
}

static void expect_eval_error(const char *expr, const json_t *res, int code, long line, long column)
{
	tf_fhirpath_result *r = NULL;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_fhirpath_evaluate(expr, res, NULL, &r, &err);
	if (rc != code || err.line != line || err.column != column)
		fail_msg("%s: rc %d %ld:%ld (%s), want %d %ld:%ld", expr, rc, err.line, err.column,
		         err.message, code, line, column);
	assert_null(r);
}

static void test_error_positions(void **state)
{
	(void)state;
	expect_compile_error("name.foo()", TF_EINVALID, 1, 6);
	expect_compile_error("1 +\n  foo(2)", TF_EINVALID, 2, 3);
	expect_compile_error("name.where(", TF_EPARSE, 1, 12);
	expect_compile_error("1 + * 2", TF_EPARSE, 1, 5);
	expect_compile_error("'abc", TF_EPARSE, 1, 1);
	expect_compile_error("2 + 2 /* open", TF_EPARSE, 1, 7);
	expect_compile_error("name.substring()", TF_EINVALID, 1, 6);
	expect_compile_error("x.ofType(Nope)", TF_EINVALID, 1, 10);
	expect_compile_error("@2024-13-01", TF_EPARSE, 1, 1);
	expect_compile_error("", TF_EPARSE, 1, 1);
	/* column counts characters, not bytes */
	expect_compile_error("'\xc3\xa9t\xc3\xa9' + foo()", TF_EINVALID, 1, 9);
	json_t *pat = load("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"A\",\"B\"]}]}");
	expect_eval_error("Patient.name.given1", pat, TF_EINVALID, 1, 14);
	expect_eval_error("name.given + 1", pat, TF_EINVALID, 1, 12);
	expect_eval_error("name.given.single()", pat, TF_EINVALID, 1, 12);
	expect_eval_error("%nope", pat, TF_EINVALID, 1, 1);
	json_decref(pat);
	/* the message names the problem */
	tf_error err;
	tf_fhirpath *fp = NULL;
	assert_int_equal(tf_fhirpath_compile(&fp, "name.foo()", &err), TF_EINVALID);
	assert_non_null(strstr(err.message, "unknown function 'foo'"));
}

static void test_caps(void **state)
{
	(void)state;
	tf_fhirpath *fp = NULL;
	tf_error err;
	/* deep nesting is refused at compile time, not by the stack */
	size_t n = 20000;
	char *deep = malloc(2 * n + 2);
	memset(deep, '(', n);
	deep[n] = '1';
	memset(deep + n + 1, ')', n);
	deep[2 * n + 1] = '\0';
	assert_int_equal(tf_fhirpath_compile(&fp, deep, &err), TF_ELIMIT);
	free(deep);
	/* a long flat chain compiles; its evaluation depth is capped */
	size_t m = 30000;
	char *chain = malloc(2 * m + 2);
	for (size_t i = 0; i < m; i++) {
		chain[2 * i] = '1';
		chain[2 * i + 1] = '+';
	}
	chain[2 * m] = '1';
	chain[2 * m + 1] = '\0';
	assert_int_equal(tf_fhirpath_compile(&fp, chain, &err), 0);
	tf_fhirpath_result *r = NULL;
	assert_int_equal(tf_fhirpath_eval(fp, NULL, NULL, &r, &err), TF_ELIMIT);
	tf_fhirpath_free(fp);
	free(chain);
	/* over-long expressions are refused outright */
	char *huge = malloc(100001);
	memset(huge, '1', 100000);
	huge[100000] = '\0';
	assert_int_equal(tf_fhirpath_compile(&fp, huge, &err), TF_ELIMIT);
	free(huge);
	/* collection size cap */
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.max_items = 50;
	assert_int_equal(tf_fhirpath_evaluate("(1|2|3|4|5|6|7|8|9|10).select(1|2|3|4|5|6|7|8|9|10)",
	                                      NULL, &env, &r, &err),
	                 TF_ELIMIT);
	/* work budget: exponential growth ends with an error, quickly (70,000
	 * items; the unions of literals are folded when compiling, so the
	 * items are what costs) */
	env.max_items = 0;
	env.max_steps = 20000;
	assert_int_equal(
	        tf_fhirpath_evaluate("(1|2|3|4|5|6|7|8|9|10).select((1|2|3|4|5|6|7|8|9|10)"
	                             ".select((1|2|3|4|5|6|7|8|9|10).select((1|2|3|4|5|6|7|8|9|10)"
	                             ".select(1|2|3|4|5|6|7))))"
	                             ".count()",
	                             NULL, &env, &r, &err),
	        TF_ELIMIT);
	/* ... and the same collection under the default budget is counted */
	env.max_steps = 0;
	assert_int_equal(
	        tf_fhirpath_evaluate("(1|2|3|4|5|6|7|8|9|10).select((1|2|3|4|5|6|7|8|9|10)"
	                             ".select((1|2|3|4|5|6|7|8|9|10).select((1|2|3|4|5|6|7|8|9|10)"
	                             ".select(1|2|3|4|5|6|7))))"
	                             ".count()",
	                             NULL, &env, &r, &err),
	        0);
	tf_fhirpath_result_free(r);
	env.max_steps = 0;
	int rc = tf_fhirpath_evaluate("'ab'.repeat($this + $this).count()", NULL, &env, &r, &err);
	assert_int_equal(rc, TF_ELIMIT);
	/* repeat() over a cycle ends: items already seen are not added again */
	assert_text("(1|2).repeat(3).count()", NULL, NULL, "1");
	/* regular expressions that would blow up the automaton are refused */
	assert_int_equal(
	        tf_fhirpath_evaluate("'aaa'.matches('(a{100}){100}')", NULL, NULL, &r, &err),
	        TF_EINVALID);
	assert_int_equal(tf_fhirpath_evaluate("'aaa'.matches('a+++')", NULL, NULL, &r, &err),
	                 TF_EINVALID);
	assert_int_equal(tf_fhirpath_evaluate("'aaa'.matches('(a)\\\\1')", NULL, NULL, &r, &err),
	                 TF_EINVALID);
	assert_int_equal(eval_bool("'2024-01'.matches('^\\\\d{4}-\\\\d{2}$')", NULL, NULL), 1);
	/* invalid UTF-8 in the expression */
	assert_int_equal(tf_fhirpath_compile(&fp, "'\xff'", &err), TF_EPARSE);
}

static void test_decimal_precision(void **state)
{
	(void)state;
	assert_text("1.50", NULL, NULL, "1.50");
	assert_text("1.50 + 1", NULL, NULL, "2.50");
	assert_text("1.50.toString()", NULL, NULL, "1.50");
	assert_text("0.1 + 0.2", NULL, NULL, "0.3");
	assert_text("1.2 * 1.8", NULL, NULL, "2.16");
	assert_text("1 / 2", NULL, NULL, "0.5");
	assert_text("2 / 3", NULL, NULL, "0.66666667");
	assert_text("4.0 'g' * 2", NULL, NULL, "8.0 'g'");
	assert_int_equal(eval_bool("1.50 = 1.5", NULL, NULL), 1);
	assert_int_equal(eval_bool("0.1 + 0.2 = 0.3", NULL, NULL), 1);
	json_t *obs = load("{\"resourceType\":\"Observation\",\"status\":\"final\","
	                   "\"code\":{\"text\":\"x\"},"
	                   "\"valueQuantity\":{\"value\":1.50,\"unit\":\"g\"},"
	                   "\"component\":[{\"code\":{\"text\":\"y\"},\"valueQuantity\":{\"value\":"
	                   "-88.04305000}}]}");
	assert_text("value.value", obs, NULL, "1.50");
	assert_text("component.value.value", obs, NULL, "-88.04305000");
	assert_text("value", obs, NULL, "{\"value\":1.50,\"unit\":\"g\"}");
	/* as JSON: a decimal node with the written lexeme */
	tf_fhirpath_result *r = eval_ok("value.value | 2.50 | 1.50 'mg'", obs, NULL);
	assert_int_equal(tf_fhirpath_result_count(r), 3);
	json_t *arr = json_array();
	for (size_t i = 0; i < 3; i++) {
		json_t *j = NULL;
		assert_int_equal(tf_fhirpath_result_json(r, i, &j, NULL), 0);
		json_array_append_new(arr, j);
	}
	char *out = NULL;
	assert_int_equal(tf_json_dump(arr, TF_JSON_COMPACT, &out, NULL, NULL), 0);
	assert_string_equal(out, "[1.50,2.50,{\"value\":1.50,\"unit\":\"mg\"}]");
	free(out);
	json_decref(arr);
	tf_fhirpath_result_free(r);
	json_decref(obs);
}

static void test_result_api(void **state)
{
	(void)state;
	json_t *pat = load("{\"resourceType\":\"Patient\",\"id\":\"p\",\"gender\":\"male\","
	                   "\"birthDate\":\"1974-12\",\"active\":true,"
	                   "\"name\":[{\"family\":\"X\"}]}");
	tf_fhirpath_result *r = eval_ok("gender | name | birthDate | active | 1 | @T10:00 | "
	                                "2 'mg' | 3 days | id",
	                                pat, NULL);
	const char *types[] = {"code", "HumanName", "date",     "boolean", "integer",
	                       "time", "Quantity",  "Quantity", "id"};
	const char *texts[] = {
	        "male", "{\"family\":\"X\"}", "1974-12", "true", "1", "10:00", "2 'mg'", "3 days",
	        "p"};
	assert_int_equal(tf_fhirpath_result_count(r), 9);
	for (size_t i = 0; i < 9; i++) {
		assert_string_equal(tf_fhirpath_result_type(r, i), types[i]);
		char *t = NULL;
		assert_int_equal(tf_fhirpath_result_text(r, i, &t, NULL), 0);
		assert_string_equal(t, texts[i]);
		free(t);
	}
	assert_true(tf_fhirpath_result_is_fhir(r, 0));
	assert_false(tf_fhirpath_result_is_fhir(r, 4));
	assert_null(tf_fhirpath_result_type(r, 9));
	assert_int_equal(tf_fhirpath_result_json(r, 9, NULL, NULL), TF_EINVAL);
	int b = -1;
	assert_int_equal(tf_fhirpath_result_boolean(r, &b), TF_EINVALID);
	tf_fhirpath_result_free(r);
	r = eval_ok("name.given", pat, NULL);
	assert_int_equal(tf_fhirpath_result_boolean(r, &b), TF_ITEROVER);
	tf_fhirpath_result_free(r);
	/* a result outlives its compiled expression and the caller's
	 * reference to the resource */
	tf_fhirpath *fp = NULL;
	assert_int_equal(tf_fhirpath_compile(&fp, "'lit' | gender", NULL), 0);
	assert_string_equal(tf_fhirpath_text(fp), "'lit' | gender");
	assert_int_equal(tf_fhirpath_eval(fp, pat, NULL, &r, NULL), 0);
	tf_fhirpath_free(fp);
	json_decref(pat);
	char *t = NULL;
	assert_int_equal(tf_fhirpath_result_text(r, 0, &t, NULL), 0);
	assert_string_equal(t, "lit");
	free(t);
	assert_int_equal(tf_fhirpath_result_text(r, 1, &t, NULL), 0);
	assert_string_equal(t, "male");
	free(t);
	tf_fhirpath_result_free(r);
	tf_fhirpath_result_free(NULL);
	tf_fhirpath_free(NULL);
	assert_int_equal(tf_fhirpath_compile(NULL, "1", NULL), TF_EINVAL);
	tf_fhirpath_env bad = TF_FHIRPATH_ENV_INIT;
	bad.version = 99;
	assert_int_equal(tf_fhirpath_evaluate("1", NULL, &bad, &r, NULL), TF_EINVAL);
}

static void test_variables(void **state)
{
	(void)state;
	json_t *site = json_string("NCT01234567");
	json_t *when = json_string("2024-01-01");
	json_t *pat = load("{\"resourceType\":\"Patient\",\"gender\":\"female\"}");
	tf_fhirpath_var vars[] = {{"trial", site, NULL}, {"start", when, "date"}};
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.vars = vars;
	env.nvars = 2;
	env.patient = pat;
	assert_int_equal(eval_bool("%trial.startsWith('NCT')", NULL, &env), 1);
	assert_int_equal(eval_bool("%start < @2024-02-01", NULL, &env), 1);
	assert_int_equal(eval_bool("%start is date", NULL, &env), 1);
	assert_int_equal(eval_bool("%patient.gender = 'female'", NULL, &env), 1);
	assert_int_equal(eval_bool("%ucum = 'http://unitsofmeasure.org'", NULL, &env), 1);
	/* the chain after defineVariable() runs on the input (here the Patient) */
	assert_int_equal(eval_bool("defineVariable('x', 2).select(%x + 1) = 3", pat, &env), 1);
	assert_int_equal(eval_bool("defineVariable('x', 2).select(%x + 1) = 3", NULL, &env), -1);
	tf_fhirpath_result *r = NULL;
	tf_error err;
	assert_int_equal(tf_fhirpath_evaluate("defineVariable('trial', 1)", NULL, &env, &r, &err),
	                 TF_EINVALID);
	vars[1].type = "NoSuchType";
	assert_int_equal(tf_fhirpath_evaluate("%start", NULL, &env, &r, &err), TF_EINVALID);
	json_decref(pat);
	json_decref(site);
	json_decref(when);
}

static void test_bundle_context(void **state)
{
	(void)state;
	json_t *b =
	        load("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
	             "{\"fullUrl\":\"urn:uuid:p1\",\"resource\":{\"resourceType\":\"Patient\","
	             "\"id\":\"p1\","
	             "\"birthDate\":\"1960-04-01\"}},"
	             "{\"fullUrl\":\"urn:uuid:o1\",\"resource\":{\"resourceType\":\"Observation\","
	             "\"id\":\"o1\","
	             "\"status\":\"final\",\"subject\":{\"reference\":\"urn:uuid:p1\"},"
	             "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]},"
	             "\"valueQuantity\":{\"value\":45,\"system\":\"http://unitsofmeasure.org\","
	             "\"code\":\"10*9/L\"}}},"
	             "{\"resource\":{\"resourceType\":\"Condition\",\"id\":\"c1\","
	             "\"subject\":{\"reference\":\"Patient/p1\"},\"contained\":[{\"resourceType\":"
	             "\"Practitioner\",\"id\":\"dr\"}],\"recorder\":{\"reference\":\"#dr\"}}}]}");
	const char *platelets =
	        "%context.entry.resource.ofType(Observation).where(code.coding.where(system = "
	        "'http://loinc.org' and (code = '777-3' or code = '26515-7')).exists() and status "
	        "in "
	        "('final' | 'amended' | 'corrected')).first().value < 50 '10*9/L'";
	assert_int_equal(eval_bool(platelets, b, NULL), 1);
	assert_text("entry.resource.ofType(Observation).subject.resolve().id", b, NULL, "p1");
	assert_text("entry.resource.ofType(Condition).subject.resolve().birthDate", b, NULL,
	            "1960-04-01");
	assert_text("entry.resource.ofType(Condition).recorder.resolve().id", b, NULL, "dr");
	assert_int_equal(
	        eval_bool("entry.resource.ofType(Observation).subject.resolve() is Patient", b,
	                  NULL),
	        1);
	/* %patient as the design's patient context sets it */
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.patient = json_object_get(json_array_get(json_object_get(b, "entry"), 0), "resource");
	env.now = "2026-11-22";
	assert_int_equal(eval_bool("%patient.birthDate <= today() - 18 years", b, &env), 1);
	json_decref(b);
}

/* The evaluator's shortcuts (ofType on Bundle resources, folded unions of
 * literals, booleans without collections) give what the general rules
 * give, edge cases included. */
static void test_shortcuts(void **state)
{
	(void)state;
	json_t *b = load("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
	                 "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\"}},"
	                 "{\"resource\":{\"id\":\"no-type\"}},"
	                 "{\"resource\":null},"
	                 "{\"fullUrl\":\"urn:x\"},"
	                 "{\"resource\":{\"resourceType\":\"Patientx\",\"id\":\"p2\"}},"
	                 "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o1\","
	                 "\"status\":\"final\"}},"
	                 "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p3\"}}]}");
	assert_text("entry.resource.ofType(Patient).count()", b, NULL, "2");
	assert_text("%context.entry.resource.ofType(Patient).count()", b, NULL, "2");
	assert_text("Bundle.entry.resource.ofType(Patient).id.last()", b, NULL, "p3");
	/* malformed lists: an entry that is one object, entries that are not
	 * objects */
	json_t *odd = load("{\"resourceType\":\"Bundle\",\"entry\":{\"resource\":{"
	                   "\"resourceType\":\"Patient\",\"id\":\"one\"}}}");
	assert_text("%context.entry.resource.ofType(Patient).id", odd, NULL, "one");
	json_decref(odd);
	odd = load("{\"resourceType\":\"Bundle\",\"entry\":[\"x\",7,null,{\"resource\":["
	           "{\"resourceType\":\"Patient\",\"id\":\"a\"}]}]}");
	assert_text("%context.entry.resource.ofType(Patient).id", odd, NULL, "a");
	json_decref(odd);
	odd = load("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"p\","
	           "\"resource\":{\"resourceType\":\"Patient\",\"id\":\"in-param\"}}]}");
	assert_text("%context.parameter.resource.ofType(Patient).id", odd, NULL, "in-param");
	json_decref(odd);
	assert_text("entry.resource.ofType(Patient).last().id", b, NULL, "p3");
	assert_text("entry.resource.ofType(Patient).first().type().name", b, NULL, "Patient");
	/* an entry resource without a known resourceType is still a Resource */
	assert_text("entry.resource.ofType(Resource).count()", b, NULL, "5");
	assert_text("entry.resource.ofType(DomainResource).count()", b, NULL, "3");
	assert_text("entry.resource.ofType(Observation).where(status in ('final' | 'amended'))"
	            ".id",
	            b, NULL, "o1");
	/* folded unions keep union semantics (duplicates dropped) */
	assert_text("('a' | 'b' | 'a').count()", NULL, NULL, "2");
	assert_int_equal(eval_bool("'c' in ('a' | 'b')", NULL, NULL), 0);
	assert_int_equal(eval_bool("({} | {}).empty()", NULL, NULL), 1);
	/* three-valued logic inside criteria */
	assert_text("(1 | 2 | 3).where($this > 1 and {}).count()", NULL, NULL, "0");
	assert_text("(1 | 2 | 3).where($this = 2 or {}).count()", NULL, NULL, "1");
	assert_text("(1 | 2 | 3).where({} implies true).count()", NULL, NULL, "3");
	assert_text("(1 | 2 | 3).where({} implies false).count()", NULL, NULL, "0");
	assert_int_equal(eval_bool("(1 | 2 | 3).exists($this = 4 xor true)", NULL, NULL), 1);
	assert_int_equal(eval_bool("(1 | 2 | 3).all($this != 0 and true)", NULL, NULL), 1);
	/* a criterion with several items is still an error, at the operator */
	tf_fhirpath_result *r = NULL;
	tf_error err;
	assert_int_equal(
	        tf_fhirpath_evaluate("(1 | 2).where((1 | 2) and true)", NULL, NULL, &r, &err),
	        TF_EINVALID);
	assert_int_equal(err.column, 23); /* the "and" */
	/* a prepared document gives the same results, %patient inside it too */
	tf_fhirpath_doc *doc = NULL;
	assert_int_equal(tf_fhirpath_doc_new(b, &doc, &err), 0);
	tf_fhirpath *fp = NULL;
	assert_int_equal(
	        tf_fhirpath_compile(&fp,
	                            "entry.resource.ofType(Patient).id | "
	                            "entry.resource.where(status = 'final').id | %patient.id",
	                            &err),
	        0);
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.patient = json_object_get(json_array_get(json_object_get(b, "entry"), 6), "resource");
	assert_int_equal(tf_fhirpath_eval_doc(fp, doc, &env, &r, &err), 0);
	assert_int_equal(tf_fhirpath_result_count(r), 3);
	const char *want[] = {"p1", "p3", "o1"};
	for (size_t i = 0; i < 3; i++) {
		char *t = NULL;
		assert_int_equal(tf_fhirpath_result_text(r, i, &t, NULL), 0);
		assert_string_equal(t, want[i]);
		free(t);
	}
	tf_fhirpath_result_free(r);
	tf_fhirpath_free(fp);
	tf_fhirpath_doc_free(doc);
	json_decref(b);
}

static void test_xml_loader(void **state)
{
	(void)state;
	const char *xml =
	        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	        "<Patient xmlns=\"http://hl7.org/fhir\">\n"
	        "  <id value=\"x1\"/>\n"
	        "  <text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\">"
	        "<p>Hi</p></div></text>\n"
	        "  <contained><Organization><id value=\"o\"/><name value=\"Org\"/></Organization>"
	        "</contained>\n"
	        "  <active value=\"true\"/>\n"
	        "  <name><given value=\"A\"/><given><extension url=\"u\"><valueString value=\"v\"/>"
	        "</extension></given><given value=\"C\" id=\"g3\"/></name>\n"
	        "  <birthDate value=\"1974-12-25\"><extension url=\"bt\"><valueDateTime "
	        "value=\"1974-12-25T14:35:45-05:00\"/></extension></birthDate>\n"
	        "  <multipleBirthInteger value=\"2\"/>\n"
	        "</Patient>\n";
	json_t *j = NULL;
	tf_error err;
	assert_int_equal(tf_fhirpath_parse(xml, strlen(xml), &j, &err), 0);
	char *out = NULL;
	assert_int_equal(tf_json_dump(j, TF_JSON_COMPACT, &out, NULL, NULL), 0);
	assert_string_equal(
	        out,
	        "{\"resourceType\":\"Patient\",\"id\":\"x1\",\"text\":{\"status\":\"generated\","
	        "\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><p>Hi</p></div>\"},"
	        "\"contained\":[{\"resourceType\":\"Organization\",\"id\":\"o\",\"name\":\"Org\"}],"
	        "\"active\":true,"
	        "\"name\":[{\"given\":[\"A\",null,\"C\"],\"_given\":[null,{\"extension\":[{\"url\":"
	        "\"u\",\"valueString\":\"v\"}]},{\"id\":\"g3\"}]}],"
	        "\"birthDate\":\"1974-12-25\",\"_birthDate\":{\"extension\":[{\"url\":\"bt\","
	        "\"valueDateTime\":\"1974-12-25T14:35:45-05:00\"}]},"
	        "\"multipleBirthInteger\":2}");
	free(out);
	assert_int_equal(
	        eval_bool("birthDate.extension('bt').exists() and name.given.count() = 3", j, NULL),
	        1);
	assert_text("name.given.select($this.hasValue()).allTrue()", j, NULL, "false");
	json_decref(j);
	/* hostile XML is refused by the hardened parser */
	const char *xxe =
	        "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
	        "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&e;\"/></Patient>";
	assert_true(tf_fhirpath_parse(xxe, strlen(xxe), &j, &err) < 0);
	const char *notfhir = "<Patient><id value=\"1\"/></Patient>";
	assert_int_equal(tf_fhirpath_parse(notfhir, strlen(notfhir), &j, &err), TF_EINVALID);
	const char *bad = "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"1\"></Patient>";
	assert_int_equal(tf_fhirpath_parse(bad, strlen(bad), &j, &err), TF_EPARSE);
	const char *twice = "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/>"
	                    "<active value=\"false\"/></Patient>";
	assert_int_equal(tf_fhirpath_parse(twice, strlen(twice), &j, &err), TF_EINVALID);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_ucum_eligibility),
	        cmocka_unit_test(test_molar_mass_hook),
	        cmocka_unit_test(test_clock),
	        cmocka_unit_test(test_error_positions),
	        cmocka_unit_test(test_caps),
	        cmocka_unit_test(test_decimal_precision),
	        cmocka_unit_test(test_result_api),
	        cmocka_unit_test(test_variables),
	        cmocka_unit_test(test_bundle_context),
	        cmocka_unit_test(test_shortcuts),
	        cmocka_unit_test(test_xml_loader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
