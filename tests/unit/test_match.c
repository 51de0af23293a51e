/*
 * test_match.c - the matcher: the verdict rule and the score, criteria
 * decided by the built-in evaluator on small patient contexts (unit
 * conversions, statuses that do not count, groups), the incomplete-patient
 * rule, patient contexts from the Bulk layout, and exec evaluators that
 * answer, crash, hang or talk nonsense (all of which must give unknown,
 * never a verdict).
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

#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"
#include "trialfhir/match.h"
#include "trialfhir/sys/evaluator.h"
#include "util/util.h"

#define HB_LOINC  "718-7"
#define ANC_LOINC "751-8"

/* ---- helpers ------------------------------------------------------------ */

static json_t *parse(const char *s)
{
	json_t *j = NULL;
	assert_int_equal(tf_fhirpath_parse(s, strlen(s), &j, NULL), 0);
	return j;
}

/* An action whose condition looks at the newest countable Observation with
 * LOINC `code`, the shape eligibility/fhirpath.c writes. */
static json_t *lab_action(const char *id, const char *code, const char *cmp, const char *qty)
{
	char buf[1024];
	snprintf(
	        buf, sizeof(buf),
	        "{\"id\":\"%s\",\"title\":\"lab\",\"code\":[{\"coding\":[{\"system\":"
	        "\"http://trialfhir.org/fhir/CodeSystem/"
	        "criterion-type\",\"code\":\"inclusion\"}]}],"
	        "\"input\":[{\"type\":\"Observation\",\"codeFilter\":[{\"path\":\"code\",\"code\":"
	        "[{\"system\":\"http://loinc.org\",\"code\":\"%s\"}]}]}],"
	        "\"condition\":[{\"kind\":\"applicability\",\"expression\":{\"language\":"
	        "\"text/fhirpath\",\"expression\":\"%%context.entry.resource.ofType(Observation)."
	        "where(code.coding.where((system = 'http://loinc.org' and (code = '%s'))).exists() "
	        "and status in ('final' | 'amended' | 'corrected')).first().value.ofType(Quantity) "
	        "%s %s\"}}]}",
	        id, code, code, cmp, qty);
	return parse(buf);
}

static json_t *obs(const char *id, const char *code, const char *status, const char *date,
                   const char *value, const char *unit)
{
	char buf[1024];
	snprintf(buf, sizeof(buf),
	         "{\"resourceType\":\"Observation\",\"id\":\"%s\",\"status\":\"%s\","
	         "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"%s\"}]},"
	         "\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"%s\","
	         "\"valueQuantity\":{\"value\":%s,\"unit\":\"%s\",\"system\":"
	         "\"http://unitsofmeasure.org\",\"code\":\"%s\"}}",
	         id, status, code, date, value, unit, unit);
	return parse(buf);
}

static json_t *patient(void)
{
	return parse("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\","
	             "\"birthDate\":\"1970-05-01\"}");
}

/* Decides action with the built-in evaluator on a context of `res` (stolen:
 * a JSON array of resources). */
static tf_match_result builtin(const json_t *action, json_t *res, json_t **evidence)
{
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	tf_eval_outcome o;
	memset(&o, 0, sizeof(o));
	assert_int_equal(tf_match_builtin_ops.evaluate(NULL, action, &pc, "2026-11-22", &o, NULL),
	                 0);
	tf_patient_context_clear(&pc);
	if (evidence)
		*evidence = o.evidence;
	else
		json_decref(o.evidence);
	return o.result;
}

/* ---- verdict and score -------------------------------------------------- */

static void test_verdict_rule(void **state)
{
	(void)state;
#define M TF_MATCH_MET
#define N TF_MATCH_NOT_MET
#define U TF_MATCH_UNKNOWN
#define C TF_MATCH_NOT_COMPUTABLE
	static const struct {
		tf_match_result r[3];
		int excl[3];
		size_t n;
		tf_match_verdict want;
	} rows[] = {
	        {{M, N, M}, {0, 1, 0}, 2, TF_VERDICT_ELIGIBLE},
	        {{N, N, M}, {0, 1, 0}, 2, TF_VERDICT_INELIGIBLE}, /* inclusion not met */
	        {{M, M, M}, {0, 1, 0}, 2, TF_VERDICT_INELIGIBLE}, /* exclusion met */
	        {{U, N, M}, {0, 1, 0}, 2, TF_VERDICT_POSSIBLY_ELIGIBLE},
	        {{M, U, M}, {0, 1, 0}, 2, TF_VERDICT_POSSIBLY_ELIGIBLE},
	        {{M, C, M}, {0, 1, 0}, 2, TF_VERDICT_POSSIBLY_ELIGIBLE},
	        {{U, M, N}, {0, 1, 0}, 3, TF_VERDICT_INELIGIBLE}, /* one bad is enough */
	        {{C, C, M}, {0, 0, 0}, 2, TF_VERDICT_POSSIBLY_ELIGIBLE},
	        {{M, M, M}, {0, 0, 0}, 3, TF_VERDICT_ELIGIBLE},
	        {{M, M, M}, {0, 0, 0}, 0, TF_VERDICT_POSSIBLY_ELIGIBLE}, /* nothing known */
	};
#undef M
#undef N
#undef U
#undef C
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		assert_int_equal(tf_match_verdict_of(rows[i].r, rows[i].excl, rows[i].n),
		                 rows[i].want);
	assert_string_equal(tf_match_verdict_name(TF_VERDICT_POSSIBLY_ELIGIBLE),
	                    "possibly-eligible");
	assert_string_equal(tf_match_result_name(TF_MATCH_NOT_COMPUTABLE), "not-computable");
}

static void test_score(void **state)
{
	(void)state;
	tf_match_result r[5] = {TF_MATCH_MET, TF_MATCH_NOT_MET, TF_MATCH_UNKNOWN,
	                        TF_MATCH_NOT_COMPUTABLE, TF_MATCH_NOT_MET};
	int excl[5] = {0, 0, 0, 0, 1};
	/* computable: 4 (not-computable left out); favourable: inclusion met,
	 * exclusion not-met */
	assert_true(tf_match_score(r, excl, 5) == 0.5);
	assert_true(tf_match_score(r + 3, excl + 3, 1) == 0.0);
}

/* ---- the built-in evaluator --------------------------------------------- */

static void test_hemoglobin_g_per_l_meets_g_per_dl(void **state)
{
	(void)state;
	json_t *a = lab_action("inclusion-1", HB_LOINC, ">=", "9 'g/dL'");
	json_t *res = json_pack("[o,o]", patient(),
	                        obs("hb1", HB_LOINC, "final", "2026-10-01", "95", "g/L"));
	json_t *ev = NULL;
	assert_int_equal(builtin(a, res, &ev), TF_MATCH_MET);
	assert_int_equal(json_array_size(ev), 1);
	assert_string_equal(json_string_value(json_array_get(ev, 0)), "Observation/hb1");
	json_decref(ev);
	/* 85 g/L is 8.5 g/dL */
	res = json_pack("[o,o]", patient(),
	                obs("hb1", HB_LOINC, "final", "2026-10-01", "85", "g/L"));
	assert_int_equal(builtin(a, res, NULL), TF_MATCH_NOT_MET);
	json_decref(a);
}

static void test_anc_fails_per_mm3(void **state)
{
	(void)state;
	json_t *a = lab_action("inclusion-2", ANC_LOINC, ">=", "1500 '/mm3'");
	json_t *res = json_pack("[o,o]", patient(),
	                        obs("anc1", ANC_LOINC, "final", "2026-10-01", "1.2", "10*3/uL"));
	assert_int_equal(builtin(a, res, NULL), TF_MATCH_NOT_MET);
	res = json_pack("[o,o]", patient(),
	                obs("anc1", ANC_LOINC, "final", "2026-10-01", "1.6", "10*3/uL"));
	assert_int_equal(builtin(a, res, NULL), TF_MATCH_MET);
	json_decref(a);
}

static void test_statuses_that_do_not_count(void **state)
{
	(void)state;
	json_t *a = lab_action("inclusion-1", HB_LOINC, ">=", "9 'g/dL'");
	/* the newest results are preliminary / entered in error and low: the
	 * older final one decides */
	json_t *res = json_pack(
	        "[o,o,o,o]", patient(), obs("old", HB_LOINC, "final", "2026-01-01", "120", "g/L"),
	        obs("pre", HB_LOINC, "preliminary", "2026-11-01", "60", "g/L"),
	        obs("err", HB_LOINC, "entered-in-error", "2026-11-02", "60", "g/L"));
	json_t *ev = NULL;
	assert_int_equal(builtin(a, res, &ev), TF_MATCH_MET);
	assert_string_equal(json_string_value(json_array_get(ev, 0)), "Observation/old");
	assert_int_equal(json_array_size(ev), 1);
	json_decref(ev);
	/* only results that do not count: no data */
	res = json_pack("[o,o]", patient(),
	                obs("pre", HB_LOINC, "preliminary", "2026-11-01", "120", "g/L"));
	assert_int_equal(builtin(a, res, NULL), TF_MATCH_UNKNOWN);
	json_decref(a);
}

/* Decides action with a builtin evaluator instance (compile cache, molar
 * masses) on a context of res (stolen). */
static tf_match_result with_instance(void *ctx, const json_t *action, json_t *res)
{
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	tf_eval_outcome o;
	memset(&o, 0, sizeof(o));
	assert_int_equal(tf_match_builtin_ops.evaluate(ctx, action, &pc, "2026-11-22", &o, NULL),
	                 0);
	tf_patient_context_clear(&pc);
	json_decref(o.evidence);
	return o.result;
}

#define CREAT_LOINC "2160-0"

static void test_molar_masses(void **state)
{
	(void)state;
	void *ctx = NULL;
	tf_error err;
	assert_int_equal(tf_match_builtin_ops.open(&ctx, NULL, &err), 0);
	/* creatinine 113.12 g/mol: 120 umol/L = 1.36 mg/dL, 140 umol/L = 1.58 */
	json_t *a = lab_action("inclusion-1", CREAT_LOINC, "<=", "1.5 'mg/dL'");
	assert_int_equal(with_instance(ctx, a,
	                               json_pack("[o,o]", patient(),
	                                         obs("cr", CREAT_LOINC, "final", "2026-10-01",
	                                             "120", "umol/L"))),
	                 TF_MATCH_MET);
	assert_int_equal(with_instance(ctx, a,
	                               json_pack("[o,o]", patient(),
	                                         obs("cr", CREAT_LOINC, "final", "2026-10-01",
	                                             "140", "umol/L"))),
	                 TF_MATCH_NOT_MET);
	/* without the mapping tables' molar masses the units do not compare:
	 * unknown, never a guess */
	assert_int_equal(
	        builtin(a,
	                json_pack("[o,o]", patient(),
	                          obs("cr", CREAT_LOINC, "final", "2026-10-01", "120", "umol/L")),
	                NULL),
	        TF_MATCH_UNKNOWN);
	json_decref(a);
	/* glucose 180.16 g/mol: 12 mmol/L = 216 mg/dL */
	a = lab_action("inclusion-2", "2345-7", "<", "200 'mg/dL'");
	assert_int_equal(with_instance(ctx, a,
	                               json_pack("[o,o]", patient(),
	                                         obs("glu", "2345-7", "final", "2026-10-01", "12",
	                                             "mmol/L"))),
	                 TF_MATCH_NOT_MET);
	json_decref(a);
	/* x ULN with the result in umol/L and the range in mg/dL: 150 umol/L
	 * = 1.70 mg/dL <= 1.5 x 1.2 mg/dL */
	json_t *uln = parse(
	        "{\"id\":\"inclusion-3\",\"condition\":[{\"kind\":\"applicability\",\"expression\":"
	        "{\"language\":\"text/fhirpath\",\"expression\":\"%context.entry.resource."
	        "ofType(Observation).where(code.coding.where(system = 'http://loinc.org' and code "
	        "= "
	        "'2160-0').exists()).first().select(value.ofType(Quantity) <= "
	        "referenceRange.where(high.exists()).first().high * 1.5)\"}}]}");
	json_t *o = obs("cr", CREAT_LOINC, "final", "2026-10-01", "150", "umol/L");
	json_t *rr = parse("{\"referenceRange\":[{\"high\":{\"value\":1.2,\"unit\":\"mg/dL\","
	                   "\"system\":\"http://unitsofmeasure.org\",\"code\":\"mg/dL\"}}]}");
	json_object_set(o, "referenceRange", json_object_get(rr, "referenceRange"));
	json_decref(rr);
	json_t *o2 = json_deep_copy(o);
	assert_int_equal(with_instance(ctx, uln, json_pack("[o,o]", patient(), o)), TF_MATCH_MET);
	json_object_set_new(json_object_get(o2, "valueQuantity"), "value", json_integer(170));
	assert_int_equal(with_instance(ctx, uln, json_pack("[o,o]", patient(), o2)),
	                 TF_MATCH_NOT_MET);
	json_decref(uln);
	tf_match_builtin_ops.close(ctx);
}

static void test_compile_cache(void **state)
{
	(void)state;
	void *ctx = NULL;
	tf_error err;
	assert_int_equal(tf_match_builtin_ops.open(&ctx, NULL, &err), 0);
	json_t *hb = lab_action("inclusion-1", HB_LOINC, ">=", "9 'g/dL'");
	json_t *anc = lab_action("inclusion-2", ANC_LOINC, ">=", "1500 '/mm3'");
	json_t *bad = parse("{\"id\":\"inclusion-3\",\"condition\":[{\"kind\":\"applicability\","
	                    "\"expression\":{\"language\":\"text/fhirpath\",\"expression\":"
	                    "\"%context.entry.(\"}}]}");
	for (int i = 0; i < 3; i++) {
		const char *v = i == 1 ? "85" : "95";
		assert_int_equal(with_instance(ctx, hb,
		                               json_pack("[o,o]", patient(),
		                                         obs("hb", HB_LOINC, "final", "2026-10-01",
		                                             v, "g/L"))),
		                 i == 1 ? TF_MATCH_NOT_MET : TF_MATCH_MET);
		assert_int_equal(with_instance(ctx, anc, json_pack("[o]", patient())),
		                 TF_MATCH_UNKNOWN);
		/* a condition that does not compile: unknown each time, compiled once */
		assert_int_equal(with_instance(ctx, bad, json_pack("[o]", patient())),
		                 TF_MATCH_UNKNOWN);
	}
	/* three distinct conditions over nine evaluations: three compilations */
	assert_int_equal(tf_match_builtin_compiles(ctx), 3);
	json_decref(hb);
	json_decref(anc);
	json_decref(bad);
	tf_match_builtin_ops.close(ctx);
}

static void test_context_newest_first(void **state)
{
	(void)state;
	json_t *res = json_pack("[o,o,o,o]", obs("a", HB_LOINC, "final", "2025-01-01", "1", "g/L"),
	                        patient(),
	                        obs("b", HB_LOINC, "final", "2026-03-01T10:00:00Z", "1", "g/L"),
	                        obs("c", HB_LOINC, "entered-in-error", "2026-06-01", "1", "g/L"));
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	const json_t *e = json_object_get(pc.bundle, "entry");
	assert_int_equal(json_array_size(e), 3);
	assert_string_equal(pc.id, "p1");
	assert_string_equal(json_string_value(json_object_get(pc.patient, "resourceType")),
	                    "Patient");
	assert_string_equal(json_string_value(json_object_get(
	                            json_object_get(json_array_get(e, 1), "resource"), "id")),
	                    "b");
	tf_patient_context_clear(&pc);
	/* no Patient: refused */
	res = json_pack("[o]", obs("a", HB_LOINC, "final", "2025-01-01", "1", "g/L"));
	tf_error err;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, &err), TF_EINVALID);
	json_decref(res);
}

/* ---- trials, pairs and the incomplete rule ------------------------------ */

static const char *plan_ndjson =
        "{\"resourceType\":\"ResearchStudy\",\"id\":\"nct00000001\",\"identifier\":[{\"system\":"
        "\"https://clinicaltrials.gov\",\"value\":\"NCT00000001\"}],\"protocol\":[{\"reference\":"
        "\"PlanDefinition/nct00000001-eligibility\"}],\"status\":\"active\"}\n"
        "{\"resourceType\":\"PlanDefinition\",\"id\":\"nct00000001-eligibility\",\"action\":["
        "{\"id\":\"inclusion-age\",\"title\":\"Minimum age: 18 Years\",\"input\":[{\"type\":"
        "\"Patient\"}],\"code\":[{\"coding\":[{\"system\":\"http://trialfhir.org/fhir/CodeSystem/"
        "criterion-type\",\"code\":\"inclusion\"}]}],\"condition\":[{\"kind\":\"applicability\","
        "\"expression\":{\"language\":\"text/fhirpath\",\"expression\":\"%patient.birthDate <= "
        "today() - 18 years\"}}]},"
        "{\"id\":\"inclusion-1\",\"title\":\"Type 2 diabetes\",\"code\":[{\"coding\":[{\"system\":"
        "\"http://trialfhir.org/fhir/CodeSystem/criterion-type\",\"code\":\"inclusion\"}]}],"
        "\"input\":[{\"type\":\"Condition\",\"codeFilter\":[{\"path\":\"code\",\"code\":[{"
        "\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\"}]}]}],\"condition\":[{"
        "\"kind\":\"applicability\",\"expression\":{\"language\":\"text/fhirpath\",\"expression\":"
        "\"iif(%context.entry.resource.ofType(Condition).exists(), "
        "%context.entry.resource.ofType(Condition).where(code.coding.where(system = "
        "'http://snomed.info/sct' and code = '44054006').exists()).exists(), {})\"}}]},"
        "{\"id\":\"exclusion-1\",\"title\":\"Any of:\",\"code\":[{\"coding\":[{\"system\":"
        "\"http://trialfhir.org/fhir/CodeSystem/criterion-type\",\"code\":\"exclusion\"}]}],"
        "\"selectionBehavior\":\"any\",\"action\":["
        "{\"id\":\"exclusion-1.1\",\"title\":\"male\",\"condition\":[{\"kind\":\"applicability\","
        "\"expression\":{\"language\":\"text/fhirpath\",\"expression\":\"%patient.gender = "
        "'male'\"}}]},"
        "{\"id\":\"exclusion-1.2\",\"title\":\"something unreadable\"}]},"
        "{\"id\":\"exclusion-2\",\"title\":\"Free text\",\"code\":[{\"coding\":[{\"system\":"
        "\"http://trialfhir.org/fhir/CodeSystem/criterion-type\",\"code\":\"exclusion\"}]}]}]}\n";

static char tmpdir[64];

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[256];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

static int setup_dir(void **state)
{
	(void)state;
	tf_strlcpy(tmpdir, "/tmp/tf-match-XXXXXX", sizeof(tmpdir));
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown_dir(void **state)
{
	(void)state;
	static const char *const names[] = {"trials.ndjson",           "Patient.ndjson",
	                                    "Condition.ndjson",        "Observation.ndjson",
	                                    "OperationOutcome.ndjson", NULL};
	char path[256];
	for (size_t i = 0; names[i]; i++) {
		snprintf(path, sizeof(path), "%s/%s", tmpdir, names[i]);
		unlink(path);
	}
	return rmdir(tmpdir);
}

static const json_t *criterion(const json_t *res, size_t i)
{
	return json_array_get(json_object_get(res, "criteria"), i);
}

static const char *str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static void test_pair_and_incomplete_patient(void **state)
{
	(void)state;
	write_file(tmpdir, "trials.ndjson", plan_ndjson);
	char path[256];
	snprintf(path, sizeof(path), "%s/trials.ndjson", tmpdir);
	tf_trial_set *ts = NULL;
	tf_error err;
	assert_int_equal(tf_trial_set_load(&ts, path, &err), 0);
	assert_int_equal(tf_trial_set_count(ts), 1);
	assert_string_equal(tf_trial_set_nct(ts, 0), "NCT00000001");
	assert_string_equal(tf_trial_set_types(ts)[0], "Condition");
	tf_evaluator *ev = NULL;
	assert_int_equal(tf_evaluator_open(&ev, "builtin", &err), 0);

	/* a patient with a Condition, but not diabetes */
	json_t *res = json_pack("[o,{s:s, s:s, s:{s:[{s:s, s:s}]}, s:s}]", patient(),
	                        "resourceType", "Condition", "id", "c1", "code", "coding", "system",
	                        "http://snomed.info/sct", "code", "38341003", "onsetDateTime",
	                        "2020-01-01");
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	json_t *out = NULL;
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(out, "patient"), "Patient/p1");
	assert_string_equal(str(out, "study"), "ResearchStudy/nct00000001");
	assert_string_equal(str(out, "verdict"), "ineligible");
	assert_string_equal(str(criterion(out, 0), "result"), "met");
	assert_string_equal(str(criterion(out, 1), "result"), "not-met");
	/* the "any" group: one child not-met, one not computable; the
	 * children are listed right after it, each with its own result */
	assert_string_equal(str(criterion(out, 2), "id"), "exclusion-1");
	assert_string_equal(str(criterion(out, 2), "result"), "unknown");
	assert_string_equal(str(criterion(out, 2), "type"), "exclusion");
	assert_string_equal(str(criterion(out, 3), "id"), "exclusion-1.1");
	assert_string_equal(str(criterion(out, 3), "type"), "exclusion");
	assert_string_equal(str(criterion(out, 3), "result"), "not-met");
	assert_string_equal(str(criterion(out, 4), "id"), "exclusion-1.2");
	assert_string_equal(str(criterion(out, 4), "result"), "not-computable");
	assert_string_equal(str(criterion(out, 5), "id"), "exclusion-2");
	assert_string_equal(str(criterion(out, 5), "result"), "not-computable");
	assert_int_equal(json_array_size(json_object_get(out, "criteria")), 6);
	json_decref(out);

	/* the same record, incomplete: the missing diagnosis is unknown, and
	 * the patient is not ineligible for it */
	pc.incomplete = 1;
	tf_strlcpy(pc.reason, "Condition search failed", sizeof(pc.reason));
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(criterion(out, 1), "result"), "unknown");
	assert_string_equal(str(out, "verdict"), "possibly-eligible");
	/* the age still decides on what is there */
	assert_string_equal(str(criterion(out, 0), "result"), "met");
	json_decref(out);
	tf_patient_context_clear(&pc);

	/* a male patient is excluded through the group */
	res = json_pack("[{s:s, s:s, s:s, s:s}]", "resourceType", "Patient", "id", "p2", "gender",
	                "male", "birthDate", "1960-01-01");
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(criterion(out, 2), "result"), "met");
	assert_string_equal(str(criterion(out, 3), "result"), "met");
	assert_string_equal(str(out, "verdict"), "ineligible");
	json_decref(out);
	tf_patient_context_clear(&pc);
	tf_evaluator_free(ev);
	tf_trial_set_free(ts);
}

/* An inclusion on the newest hemoglobin and an exclusion on the newest
 * platelet count: with the record incomplete, neither may exclude, since a
 * newer result can be on the missing pages; one that does not exclude
 * stays as it is. */
static const char *obs_plan_ndjson =
        "{\"resourceType\":\"ResearchStudy\",\"id\":\"nct00000002\",\"identifier\":[{\"system\":"
        "\"https://clinicaltrials.gov\",\"value\":\"NCT00000002\"}],\"protocol\":[{\"reference\":"
        "\"PlanDefinition/nct00000002-eligibility\"}],\"status\":\"active\"}\n"
        "{\"resourceType\":\"PlanDefinition\",\"id\":\"nct00000002-eligibility\",\"action\":["
        "{\"id\":\"inclusion-1\",\"title\":\"Hemoglobin >= 9 g/dL\",\"code\":[{\"coding\":[{"
        "\"system\":\"http://trialfhir.org/fhir/CodeSystem/criterion-type\",\"code\":"
        "\"inclusion\"}]}],\"input\":[{\"type\":\"Observation\",\"codeFilter\":[{\"path\":"
        "\"code\",\"code\":[{\"system\":\"http://loinc.org\",\"code\":\"718-7\"}]}]}],"
        "\"condition\":[{\"kind\":\"applicability\",\"expression\":{\"language\":"
        "\"text/fhirpath\",\"expression\":\"%context.entry.resource.ofType(Observation).where("
        "code.coding.where(system = 'http://loinc.org' and code = '718-7').exists()).first()."
        "value.ofType(Quantity) >= 9 'g/dL'\"}}]},"
        "{\"id\":\"exclusion-1\",\"title\":\"Platelets < 100 x10^9/L\",\"code\":[{\"coding\":[{"
        "\"system\":\"http://trialfhir.org/fhir/CodeSystem/criterion-type\",\"code\":"
        "\"exclusion\"}]}],\"input\":[{\"type\":\"Observation\",\"codeFilter\":[{\"path\":"
        "\"code\",\"code\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]}]}],"
        "\"condition\":[{\"kind\":\"applicability\",\"expression\":{\"language\":"
        "\"text/fhirpath\",\"expression\":\"%context.entry.resource.ofType(Observation).where("
        "code.coding.where(system = 'http://loinc.org' and code = '777-3').exists()).first()."
        "value.ofType(Quantity) < 100 '10*9/L'\"}}]}]}\n";

static json_t *lab(const char *id, const char *loinc, double value, const char *unit)
{
	return json_pack("{s:s, s:s, s:s, s:{s:[{s:s, s:s}]}, s:s, s:{s:f, s:s, s:s, s:s}}",
	                 "resourceType", "Observation", "id", id, "status", "final", "code",
	                 "coding", "system", "http://loinc.org", "code", loinc, "effectiveDateTime",
	                 "2026-11-01", "valueQuantity", "value", value, "unit", unit, "system",
	                 "http://unitsofmeasure.org", "code", unit);
}

static void test_incomplete_newest_value(void **state)
{
	(void)state;
	write_file(tmpdir, "trials.ndjson", obs_plan_ndjson);
	char path[256];
	snprintf(path, sizeof(path), "%s/trials.ndjson", tmpdir);
	tf_trial_set *ts = NULL;
	tf_error err;
	assert_int_equal(tf_trial_set_load(&ts, path, &err), 0);
	tf_evaluator *ev = NULL;
	assert_int_equal(tf_evaluator_open(&ev, "builtin", &err), 0);
	/* hemoglobin too low, platelets too low: excluded twice over */
	json_t *res = json_pack("[o,o,o]", patient(), lab("hb", "718-7", 8, "g/dL"),
	                        lab("plt", "777-3", 50, "10*9/L"));
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_t *out = NULL;
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(criterion(out, 0), "result"), "not-met");
	assert_string_equal(str(criterion(out, 1), "result"), "met");
	assert_string_equal(str(out, "verdict"), "ineligible");
	json_decref(out);
	pc.incomplete = 1;
	tf_strlcpy(pc.reason, "Observation: next link on another origin", sizeof(pc.reason));
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(criterion(out, 0), "result"), "unknown");
	assert_string_equal(str(criterion(out, 1), "result"), "unknown");
	assert_non_null(strstr(str(criterion(out, 0), "_reason"), "newer value"));
	assert_string_equal(str(out, "verdict"), "possibly-eligible");
	json_decref(out);
	tf_patient_context_clear(&pc);
	json_decref(res);

	/* values that do not exclude keep their result when incomplete */
	res = json_pack("[o,o,o]", patient(), lab("hb", "718-7", 12, "g/dL"),
	                lab("plt", "777-3", 250, "10*9/L"));
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	pc.incomplete = 1;
	assert_int_equal(tf_match_pair(ev, ts, 0, &pc, "2026-11-22", &out, &err), 0);
	assert_string_equal(str(criterion(out, 0), "result"), "met");
	assert_string_equal(str(criterion(out, 1), "result"), "not-met");
	json_decref(out);
	tf_patient_context_clear(&pc);
	json_decref(res);
	tf_evaluator_free(ev);
	tf_trial_set_free(ts);
}

static void test_bulk_layout_source(void **state)
{
	(void)state;
	write_file(tmpdir, "Patient.ndjson",
	           "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"birthDate\":\"1970-01-01\"}\n"
	           "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"birthDate\":\"1980-01-01\"}\n");
	write_file(
	        tmpdir, "Observation.ndjson",
	        "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
	        "\"subject\":{\"reference\":\"Patient/p1\"},\"effectiveDateTime\":\"2020-01-01\"}\n"
	        "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\","
	        "\"subject\":{\"reference\":\"Patient/p2\"},\"effectiveDateTime\":\"2021-01-01\"}\n"
	        "{\"resourceType\":\"Observation\",\"id\":\"o3\",\"status\":\"final\","
	        "\"subject\":{\"reference\":\"Patient/"
	        "p1\"},\"effectiveDateTime\":\"2022-01-01\"}\n");
	write_file(tmpdir, "OperationOutcome.ndjson",
	           "{\"resourceType\":\"OperationOutcome\",\"id\":\"incomplete-p2\",\"issue\":[{"
	           "\"severity\":\"warning\",\"code\":\"incomplete\",\"diagnostics\":\"Observation "
	           "paging failed\",\"expression\":[\"Patient/p2\"]}]}\n");
	tf_patient_source *src = NULL;
	tf_error err;
	assert_int_equal(tf_patient_source_open(&src, tmpdir, NULL, &err), 0);
	tf_patient_context pc;
	assert_int_equal(tf_patient_source_next(src, &pc, &err), 0);
	assert_string_equal(pc.id, "p1");
	assert_false(pc.incomplete);
	const json_t *e = json_object_get(pc.bundle, "entry");
	assert_int_equal(json_array_size(e), 3);
	assert_string_equal(str(json_object_get(json_array_get(e, 1), "resource"), "id"), "o3");
	tf_patient_context_clear(&pc);
	assert_int_equal(tf_patient_source_next(src, &pc, &err), 0);
	assert_string_equal(pc.id, "p2");
	assert_true(pc.incomplete);
	assert_string_equal(pc.reason, "Observation paging failed");
	assert_int_equal(json_array_size(json_object_get(pc.bundle, "entry")), 2);
	tf_patient_context_clear(&pc);
	assert_int_equal(tf_patient_source_next(src, &pc, &err), TF_ITEROVER);
	tf_patient_source_free(src);
}

/* ---- exec evaluators ---------------------------------------------------- */

static tf_eval_outcome run_exec(const char *spec, const json_t *action, int times)
{
	tf_evaluator *ev = NULL;
	tf_error err;
	assert_int_equal(tf_evaluator_open(&ev, spec, &err), 0);
	json_t *res = json_pack("[o]", patient());
	tf_patient_context pc;
	assert_int_equal(tf_patient_context_build(&pc, res, NULL, NULL), 0);
	json_decref(res);
	tf_eval_outcome o;
	memset(&o, 0, sizeof(o));
	for (int i = 0; i < times; i++) {
		json_decref(o.evidence);
		memset(&o, 0, sizeof(o));
		tf_evaluator_decide(ev, action, &pc, "2026-11-22", &o);
	}
	tf_patient_context_clear(&pc);
	tf_evaluator_free(ev);
	return o;
}

static void test_exec_answers(void **state)
{
	(void)state;
	json_t *a = lab_action("inclusion-1", HB_LOINC, ">=", "9 'g/dL'");
	tf_eval_outcome o = run_exec("exec:while read -r l; do echo "
	                             "'{\"result\":\"met\",\"evidence\":[\"Observation/x\","
	                             "42]}'; done",
	                             a, 2);
	assert_int_equal(o.result, TF_MATCH_MET);
	assert_int_equal(json_array_size(o.evidence), 1);
	json_decref(o.evidence);
	json_decref(a);
}

static void test_exec_failures_are_unknown(void **state)
{
	(void)state;
	json_t *a = lab_action("inclusion-1", HB_LOINC, ">=", "9 'g/dL'");
	static const char *const specs[] = {
	        "exec:read -r l; kill -SEGV $$",                                /* crashes */
	        "exec:exit 3",                                                  /* gone at once */
	        "exec:while read -r l; do echo 'met'; done",                    /* not JSON */
	        "exec:while read -r l; do echo '{\"result\":\"maybe\"}'; done", /* bad result */
	        "exec:read -r l; sleep 5",                                      /* hangs */
	};
	setenv("TRIALFHIR_EXEC_TIMEOUT_MS", "300", 1);
	for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		/* twice: after a failure the next request gets a fresh child */
		tf_eval_outcome o = run_exec(specs[i], a, 2);
		assert_int_equal(o.result, TF_MATCH_UNKNOWN);
		assert_true(o.reason[0] != '\0');
		json_decref(o.evidence);
	}
	unsetenv("TRIALFHIR_EXEC_TIMEOUT_MS");
	json_decref(a);
	tf_evaluator *ev = NULL;
	tf_error err;
	assert_int_equal(tf_evaluator_open(&ev, "exec:", &err), TF_EINVAL);
	assert_int_equal(tf_evaluator_open(&ev, "nonsense", &err), TF_EINVAL);
	assert_int_equal(tf_evaluator_open(&ev, "plugin:/nonexistent/x.so", &err), TF_ENOTFOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_verdict_rule),
	        cmocka_unit_test(test_score),
	        cmocka_unit_test(test_hemoglobin_g_per_l_meets_g_per_dl),
	        cmocka_unit_test(test_anc_fails_per_mm3),
	        cmocka_unit_test(test_statuses_that_do_not_count),
	        cmocka_unit_test(test_molar_masses),
	        cmocka_unit_test(test_compile_cache),
	        cmocka_unit_test(test_context_newest_first),
	        cmocka_unit_test_setup_teardown(test_pair_and_incomplete_patient, setup_dir,
	                                        teardown_dir),
	        cmocka_unit_test_setup_teardown(test_incomplete_newest_value, setup_dir,
	                                        teardown_dir),
	        cmocka_unit_test_setup_teardown(test_bulk_layout_source, setup_dir, teardown_dir),
	        cmocka_unit_test(test_exec_answers),
	        cmocka_unit_test(test_exec_failures_are_unknown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
