/*
 * test_ctgov_json.c - the CT.gov API v2 JSON reader, driven through the
 * public reader API: real records (copied into tests/data/ctgov-v2 so the
 * test runs anywhere) for every field group, and small inline studies for
 * the rules: rejections with their JSON Pointer, nulls and blanks as
 * absent, date warnings, decimal lexemes, and hostile inputs (truncated,
 * duplicate keys, bad UTF-8, huge, deeply nested).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/registry.h"

#define DATA TF_TEST_DATA "/ctgov-v2/"

/* A study with NCT01234567 plus more identification members (ident) and
 * more protocolSection members (rest); both start with a comma or are
 * empty. */
#define STUDY_ID(ident, rest)                                                                      \
	"{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"" ident "}" rest \
	"}}"
#define STUDY(rest) STUDY_ID("", rest)

/* Reads the only record of json. Returns the reader's code; *out is set on
 * success and belongs to the caller. */
static int read_one(const char *json, size_t len, const tf_reader_options *opts, tf_trial **out,
                    tf_error *err)
{
	tf_reader *r;
	int rc = tf_reader_open_memory(&r, json, len, "test", opts, err);
	if (rc < 0)
		return rc;
	rc = tf_reader_next(r, out, err);
	tf_trial *extra = NULL;
	tf_error ignored;
	assert_int_equal(tf_reader_next(r, &extra, &ignored), TF_ITEROVER);
	assert_null(extra);
	tf_reader_free(r);
	return rc;
}

static tf_trial *read_ok(const char *json)
{
	tf_trial *t = NULL;
	tf_error err;
	int rc = read_one(json, strlen(json), NULL, &t, &err);
	if (rc != 0)
		fail_msg("rejected: %s (at %s)", err.message, err.pointer);
	assert_non_null(t);
	return t;
}

static void expect_reject(const char *json, int code, const char *pointer, const char *message)
{
	tf_trial *t = NULL;
	tf_error err;
	int rc = read_one(json, strlen(json), NULL, &t, &err);
	assert_null(t);
	assert_int_equal(rc, code);
	assert_int_equal(err.code, code);
	if (pointer)
		assert_string_equal(err.pointer, pointer);
	if (message && !strstr(err.message, message))
		fail_msg("message \"%s\" does not contain \"%s\"", err.message, message);
}

static tf_trial *read_real(const char *name)
{
	char path[512];
	snprintf(path, sizeof(path), DATA "%s", name);
	tf_reader *r;
	tf_trial *t = NULL;
	tf_error err;
	if (tf_reader_open_file(&r, path, NULL, &err) < 0)
		fail_msg("cannot open %s: %s", path, err.message);
	if (tf_reader_next(r, &t, &err) != 0)
		fail_msg("%s rejected: %s (at %s)", path, err.message, err.pointer);
	assert_int_equal(tf_reader_next(r, &(tf_trial *){NULL}, &err), TF_ITEROVER);
	tf_reader_free(r);
	assert_int_equal(t->warnings.n, 0);
	assert_string_equal(t->source.format, "ctgov-json");
	assert_int_equal(t->source.record, 1);
	return t;
}

/* --- real records: every field group --- */

/* NCT00763412 (the AACT test fixture) fills identification, status and
 * sponsor fields that live studies rarely all have. */
static void test_real_identification_status(void **state)
{
	(void)state;
	tf_trial *t = read_real("NCT00763412.json");
	assert_string_equal(t->nct_id, "NCT00763412");
	assert_string_equal(t->org_study_id, "05-1109");
	assert_null(t->org_study_id_type);
	assert_int_equal(t->n_secondary_ids, 1);
	assert_string_equal(t->secondary_ids[0].id, "P60DK020579");
	assert_string_equal(t->secondary_ids[0].type, "NIH");
	assert_null(t->secondary_ids[0].domain);
	assert_string_equal(t->secondary_ids[0].link,
	                    "https://reporter.nih.gov/quickSearch/P60DK020579");
	assert_string_equal(t->organization, "Arbelaez, Ana Maria");
	assert_string_equal(t->organization_class, "INDIV");
	assert_string_equal(t->brief_title, "Pilot and Feasibility Study for the Treatment of "
	                                    "Pre-diabetes in Patients With Cystic Fibrosis");
	assert_string_equal(t->acronym, "STPDCF");

	assert_string_equal(t->overall_status, "COMPLETED");
	assert_string_equal(t->last_known_status, "ACTIVE_NOT_RECRUITING");
	assert_string_equal(
	        t->why_stopped,
	        "Terminated early due to sufficient data acquired to meet our study objectives");
	assert_string_equal(t->status_verified_date, "2017-05");
	assert_int_equal(t->has_expanded_access, TF_YES);
	assert_string_equal(t->expanded_access_nct_id, "NCT03559686");
	assert_string_equal(t->start_date.date, "2006-11");
	assert_string_equal(t->start_date.type, "ESTIMATED");
	assert_string_equal(t->primary_completion_date.date, "2013-01");
	assert_string_equal(t->completion_date.type, "ACTUAL");
	assert_string_equal(t->first_submit_date, "2008-09-29");
	assert_string_equal(t->first_post_date.date, "2008-10-01");
	assert_string_equal(t->last_update_submit_date, "2017-05-03");
	assert_string_equal(t->last_update_post_date.date, "2017-06-05");
	assert_string_equal(t->results_first_submit_date, "2016-07-11");
	assert_string_equal(t->results_first_post_date.date, "2017-06-05");
	assert_string_equal(t->results_first_post_date.type, "ACTUAL");

	assert_string_equal(t->lead_sponsor.name, "Arbelaez, Ana Maria");
	assert_string_equal(t->lead_sponsor.cls, "INDIV");
	assert_int_equal(t->n_collaborators, 4);
	assert_string_equal(t->collaborators[2].name, "Novo Nordisk A/S");
	assert_string_equal(t->collaborators[2].cls, "INDUSTRY");
	assert_string_equal(t->responsible_party.type, "PRINCIPAL_INVESTIGATOR");
	assert_string_equal(t->responsible_party.name, "Ana Maria Arbelaez");
	assert_string_equal(t->responsible_party.title, "Assistant Professor in Pediatrics");
	assert_string_equal(t->responsible_party.affiliation, "Arbelaez, Ana Maria");
	assert_null(t->responsible_party.old_name);
	assert_int_equal(t->n_officials, 1);
	assert_string_equal(t->officials[0].name, "Neil H White, M.D.");
	assert_string_equal(t->officials[0].role, "STUDY_CHAIR");
	assert_string_equal(t->officials[0].affiliation,
	                    "Washington University School of Medicine");

	assert_int_equal(t->has_dmc, TF_NO);
	assert_int_equal(t->fda_regulated_drug, TF_NO);
	assert_int_equal(t->fda_regulated_device, TF_YES);
	assert_int_equal(t->unapproved_device, TF_YES);
	assert_int_equal(t->is_us_export, TF_NO);
	assert_int_equal(t->has_results, TF_YES);
	assert_string_equal(t->source.version_holder, "2023-11-28");
	tf_trial_free(t);
}

static void test_real_design_arms_outcomes(void **state)
{
	(void)state;
	tf_trial *t = read_real("NCT00763412.json");
	assert_non_null(strstr(t->brief_summary, "a certain medicine (repaglinide)"));
	assert_non_null(strstr(t->detailed_description, "CF-Related Diabetes (CFRD)"));
	assert_int_equal(t->conditions.n, 2);
	assert_string_equal(t->conditions.v[1], "Pancreatic Insufficiency");
	assert_int_equal(t->keywords.n, 10);
	assert_string_equal(t->keywords.v[9], "nutrition");
	assert_int_equal(t->n_condition_meshes, 6);
	assert_string_equal(t->condition_meshes[0].id, "D000003550");
	assert_string_equal(t->condition_meshes[0].term, "Cystic Fibrosis");
	assert_int_equal(t->n_intervention_meshes, 1);
	assert_string_equal(t->intervention_meshes[0].id, "C000072379");
	assert_string_equal(t->intervention_meshes[0].term, "Repaglinide");

	assert_string_equal(t->study_type, "EXPANDED_ACCESS");
	assert_string_equal(t->target_duration, "12 Months");
	assert_int_equal(t->phases.n, 1);
	assert_string_equal(t->phases.v[0], "NA");
	assert_string_equal(t->allocation, "RANDOMIZED");
	assert_string_equal(t->intervention_model, "PARALLEL");
	assert_string_equal(t->primary_purpose, "OTHER");
	assert_string_equal(t->masking, "QUADRUPLE");
	assert_int_equal(t->who_masked.n, 4);
	assert_string_equal(t->who_masked.v[3], "OUTCOMES_ASSESSOR");
	assert_string_equal(t->biospec_retention, "SAMPLES_WITHOUT_DNA");
	assert_string_equal(t->biospec_description, "blood and bone marrow");
	assert_int_equal(t->expanded_access_types.n, 3);
	assert_string_equal(t->expanded_access_types.v[0], "INDIVIDUAL");
	assert_string_equal(t->expanded_access_types.v[1], "INTERMEDIATE");
	assert_string_equal(t->expanded_access_types.v[2], "TREATMENT");
	assert_int_equal(t->enrollment, 31);
	assert_string_equal(t->enrollment_type, "ACTUAL");

	assert_int_equal(t->n_arms, 2);
	assert_string_equal(t->arms[1].label, "2. repaglinide");
	assert_string_equal(t->arms[1].type, "EXPERIMENTAL");
	assert_non_null(strstr(t->arms[1].description, "repaglinide 0.5 mg before each meal"));
	assert_int_equal(t->arms[1].interventions.n, 1);
	assert_string_equal(t->arms[1].interventions.v[0], "Drug: repaglinide");
	assert_int_equal(t->n_interventions, 2);
	assert_string_equal(t->interventions[1].name, "repaglinide");
	assert_string_equal(t->interventions[1].type, "DRUG");
	assert_int_equal(t->interventions[1].other_names.n, 1);
	assert_string_equal(t->interventions[1].other_names.v[0], "Prandin");
	assert_int_equal(t->interventions[1].arm_labels.n, 1);
	assert_string_equal(t->interventions[1].arm_labels.v[0], "2. repaglinide");

	assert_int_equal(t->n_primary_outcomes, 3);
	assert_string_equal(t->primary_outcomes[1].measure, "Body Composition");
	assert_string_equal(t->primary_outcomes[1].description,
	                    "Reporting % of Fat and Lean body mass");
	assert_string_equal(t->primary_outcomes[1].time_frame, "2 year/end of study");
	assert_null(t->primary_outcomes[0].description);
	assert_true(t->n_secondary_outcomes > 0);
	assert_string_equal(t->secondary_outcomes[0].measure, "Glucose Tolerance");

	/* Eligibility, with CT.gov's markdown escapes undone. */
	const tf_eligibility *e = &t->eligibility;
	assert_non_null(strstr(e->criteria, "fasting blood glucose <126 mg/dl"));
	assert_null(strstr(e->criteria, "\\<"));
	assert_null(strstr(e->criteria, "\\>"));
	assert_string_equal(e->minimum_age, "12 Years");
	assert_string_equal(e->maximum_age, "24 Years");
	assert_string_equal(e->sex, "ALL");
	assert_int_equal(e->healthy_volunteers, TF_NO);
	assert_int_equal(e->std_ages.n, 2);
	assert_string_equal(e->std_ages.v[0], "CHILD");

	assert_int_equal(t->n_sites, 1);
	assert_string_equal(t->sites[0].facility, "Washington University School of Medicine");
	assert_string_equal(t->sites[0].city, "Saint Louis");
	assert_string_equal(t->sites[0].state, "Missouri");
	assert_string_equal(t->sites[0].zip, "63110");
	assert_string_equal(t->sites[0].lat, "38.62727");
	assert_string_equal(t->sites[0].lon, "-90.19789");
	tf_trial_free(t);
}

/* NCT07048717: an observational registry with documents, IPD links and
 * references. */
static void test_real_observational_documents(void **state)
{
	(void)state;
	tf_trial *t = read_real("NCT07048717.json");
	assert_string_equal(t->organization, "Umeå University");
	assert_int_equal(t->n_officials, 3);
	assert_string_equal(t->officials[2].name, "Jaakko Tuomilehto, Professor");
	assert_string_equal(t->start_date.date, "1987-04-05");
	assert_string_equal(t->completion_date.date, "2050-12-31");
	assert_string_equal(t->completion_date.type, "ESTIMATED");
	assert_int_equal(t->has_dmc, TF_YES);
	assert_int_equal(t->unapproved_device, TF_UNSET);

	assert_string_equal(t->study_type, "OBSERVATIONAL");
	assert_int_equal(t->patient_registry, TF_YES);
	assert_string_equal(t->target_duration, "20 Years");
	assert_string_equal(t->observational_model, "COHORT");
	assert_string_equal(t->time_perspective, "CROSS_SECTIONAL");
	assert_null(t->allocation);
	assert_int_equal(t->phases.n, 0);
	assert_int_equal(t->enrollment, 39082);
	assert_int_equal(t->n_arms, 2);
	assert_null(t->arms[0].type);
	assert_int_equal(t->arms[0].interventions.n, 0);
	assert_int_equal(t->n_interventions, 0);
	assert_null(t->interventions);

	assert_string_equal(
	        t->eligibility.study_population,
	        "Random samples from the Mauritian (including Rodrigues) aged 25 to 74 years");
	assert_string_equal(t->eligibility.sampling_method, "PROBABILITY_SAMPLE");
	/* "\<" in the source outcome text. */
	assert_non_null(strstr(t->secondary_outcomes[0].description,
	                       "fasting glucose ≥ 6.1 and < 7.0 mmol/L"));

	assert_int_equal(t->n_sites, 1);
	assert_null(t->sites[0].facility);
	assert_string_equal(t->sites[0].city, "Port Louis");
	assert_string_equal(t->sites[0].lat, "-20.16194");
	assert_string_equal(t->sites[0].lon, "57.49889");

	assert_int_equal(t->n_references, 1);
	assert_string_equal(t->references[0].pmid, "40523792");
	assert_string_equal(t->references[0].type, "RESULT");
	assert_non_null(strstr(t->references[0].citation, "Soderberg S, Taki H"));
	assert_int_equal(t->n_links, 1);
	assert_string_equal(t->links[0].url,
	                    "https://www.umu.se/en/research/groups/the-mauritius-study/");
	assert_non_null(strstr(t->links[0].label, "Description of the Mauritian/Rodrigues"));
	assert_int_equal(t->n_avail_ipds, 1);
	assert_null(t->avail_ipds[0].id);
	assert_string_equal(t->avail_ipds[0].type, "General information about the study plus "
	                                           "information about application for data");
	assert_null(t->avail_ipds[0].comment);
	assert_int_equal(t->n_large_docs, 1);
	assert_string_equal(t->large_docs[0].type_abbrev, "ICF");
	assert_string_equal(t->large_docs[0].label, "Informed Consent Form");
	assert_string_equal(t->large_docs[0].date, "2020-09-11");
	assert_string_equal(t->large_docs[0].upload_date, "2025-07-08T04:52");
	assert_string_equal(t->large_docs[0].filename, "ICF_000.pdf");
	assert_int_equal(t->large_docs[0].size, 559657);

	assert_string_equal(t->ipd_sharing.sharing, "YES");
	assert_non_null(strstr(t->ipd_sharing.description, "info.brs@umu.se"));
	assert_int_equal(t->ipd_sharing.info_types.n, 1);
	assert_string_equal(t->ipd_sharing.info_types.v[0], "STUDY_PROTOCOL");
	assert_string_equal(t->ipd_sharing.time_frame, "Available now");
	assert_non_null(strstr(t->ipd_sharing.access_criteria, "Reasonable request"));
	assert_string_equal(t->ipd_sharing.url,
	                    "https://www.umu.se/en/research/groups/the-mauritius-study/");
	assert_int_equal(t->has_results, TF_NO);
	assert_string_equal(t->source.version_holder, "2026-01-02");
	tf_trial_free(t);
}

/* NCT06723028: people (central and site contacts), site status, gender. */
static void test_real_contacts_sites(void **state)
{
	(void)state;
	tf_trial *t = read_real("NCT06723028.json");
	assert_string_equal(t->acronym, "ROC Teens!");
	assert_int_equal(t->n_secondary_ids, 1);
	assert_string_equal(t->secondary_ids[0].type, "OTHER_GRANT");
	assert_string_equal(t->secondary_ids[0].domain, "American Diabetes Association");
	assert_int_equal(t->n_central_contacts, 1);
	assert_string_equal(t->central_contacts[0].name, "Grace Shearrer, PhD");
	assert_string_equal(t->central_contacts[0].role, "CONTACT");
	assert_string_equal(t->central_contacts[0].phone, "3033326334");
	assert_string_equal(t->central_contacts[0].email, "gshearre@uwyo.edu");
	assert_null(t->central_contacts[0].phone_ext);

	assert_int_equal(t->n_sites, 1);
	const tf_site *s = &t->sites[0];
	assert_string_equal(s->facility, "University of Wyoming");
	assert_string_equal(s->status, "RECRUITING");
	assert_string_equal(s->city, "Laramie");
	assert_string_equal(s->country, "United States");
	assert_string_equal(s->lat, "41.31137");
	assert_string_equal(s->lon, "-105.5911");
	assert_int_equal(s->n_contacts, 2);
	assert_string_equal(s->contacts[0].email, "gshearre@uwyo.edu");
	assert_string_equal(s->contacts[1].role, "PRINCIPAL_INVESTIGATOR");
	assert_null(s->contacts[1].phone);

	assert_string_equal(t->eligibility.sex, "FEMALE");
	assert_int_equal(t->eligibility.gender_based, TF_YES);
	assert_non_null(strstr(t->eligibility.gender_description, "biologically female"));
	assert_int_equal(t->eligibility.healthy_volunteers, TF_YES);
	assert_string_equal(t->arms[2].type, "SHAM_COMPARATOR");
	assert_int_equal(t->interventions[0].arm_labels.n, 3);
	assert_int_equal(t->ipd_sharing.info_types.n, 5);
	assert_string_equal(t->ipd_sharing.info_types.v[4], "ANALYTIC_CODE");
	assert_true(t->n_references >= 5);
	assert_string_equal(t->references[0].pmid, "27842263");
	tf_trial_free(t);
}

/* --- inline studies: the rules --- */

static void test_markdown_unescaped(void **state)
{
	(void)state;
	tf_trial *t = read_ok(
	        STUDY(",\"descriptionModule\":{\"briefSummary\":\"  HbA1c \\\\> 7%, BMI \\\\< 40 "
	              "kg/m\\\\^2, "
	              "\\\\*not\\\\* \\\\\\\\ here \",\"detailedDescription\":\"a\\r\\nb\"},"
	              "\"eligibilityModule\":{\"eligibilityCriteria\":\"* age \\\\>= 18\"}"));
	assert_string_equal(t->brief_summary, "HbA1c > 7%, BMI < 40 kg/m^2, *not* \\ here");
	assert_string_equal(t->detailed_description, "a\nb");
	assert_string_equal(t->eligibility.criteria, "* age >= 18");
	tf_trial_free(t);
}

static void test_missing_nct_rejected(void **state)
{
	(void)state;
	const char *nct = "/protocolSection/identificationModule/nctId";
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"x\"}}}",
	              TF_EINVALID, nct, "missing NCT id");
	expect_reject("{\"protocolSection\":{\"statusModule\":{}}}", TF_EINVALID, nct, NULL);
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":null}}}",
	              TF_EINVALID, nct, NULL);
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"  \"}}}",
	              TF_EINVALID, nct, NULL);
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":1234}}}",
	              TF_EINVALID, nct, "expected a string, found an integer");
	expect_reject("{\"protocolSection\":{\"identificationModule\":[]}}", TF_EINVALID,
	              "/protocolSection/identificationModule",
	              "expected an object, found an array");
	/* The reader names the rejected record's id when it can. */
	tf_error err;
	tf_trial *t = NULL;
	const char *bad = STUDY(",\"statusModule\":{\"overallStatus\":7}");
	assert_int_equal(read_one(bad, strlen(bad), NULL, &t, &err), TF_EINVALID);
	assert_string_equal(err.record_id, "NCT01234567");
	assert_int_equal(err.record, 1);
}

static void test_malformed_nct_rejected(void **state)
{
	(void)state;
	const char *nct = "/protocolSection/identificationModule/nctId";
	const char *bad[] = {"NCT1234567",  "NCT012345678", "nct01234567",
	                     "NCT0123456X", "01234567",     "NCT01234567 x"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char json[256];
		snprintf(json, sizeof(json),
		         "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"%s\"}}}",
		         bad[i]);
		expect_reject(json, TF_EINVALID, nct, "malformed NCT id");
	}
	/* Surrounding blanks are trimmed like every other string. */
	tf_trial *t = read_ok(
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\" NCT07654321\\n\"}}}");
	assert_string_equal(t->nct_id, "NCT07654321");
	tf_trial_free(t);
}

static void test_wrong_type_string(void **state)
{
	(void)state;
	expect_reject(STUDY(",\"contactsLocationsModule\":{\"locations\":[{\"city\":\"A\"},{},"
	                    "{\"city\":\"B\"},{\"facility\":\"F\",\"city\":42}]}"),
	              TF_EINVALID, "/protocolSection/contactsLocationsModule/locations/3/city",
	              "expected a string, found an integer");
	expect_reject(STUDY_ID(",\"briefTitle\":{}", ""), TF_EINVALID,
	              "/protocolSection/identificationModule/briefTitle",
	              "expected a string, found an object");
	/* Reals are decimal nodes, strings underneath: still not a string. */
	expect_reject(STUDY(",\"statusModule\":{\"overallStatus\":1.5}"), TF_EINVALID,
	              "/protocolSection/statusModule/overallStatus",
	              "expected a string, found a decimal number");
	expect_reject(STUDY(",\"statusModule\":{\"startDateStruct\":{\"date\":true}}"), TF_EINVALID,
	              "/protocolSection/statusModule/startDateStruct/date",
	              "expected a string, found a boolean");
	expect_reject(STUDY(",\"oversightModule\":{\"oversightHasDmc\":\"true\"}"), TF_EINVALID,
	              "/protocolSection/oversightModule/oversightHasDmc",
	              "expected a boolean, found a string");
	expect_reject(STUDY(",\"contactsLocationsModule\":{\"locations\":[{\"contacts\":[{\"name\":"
	                    "\"x\"},"
	                    "{\"phoneExt\":12}]}]}"),
	              TF_EINVALID,
	              "/protocolSection/contactsLocationsModule/locations/0/contacts/1/phoneExt",
	              NULL);
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}},"
	              "\"hasResults\":0}",
	              TF_EINVALID, "/hasResults", "expected a boolean, found an integer");
	expect_reject(STUDY(",\"designModule\":{\"expandedAccessTypes\":{\"treatment\":1}}"),
	              TF_EINVALID, "/protocolSection/designModule/expandedAccessTypes/treatment",
	              NULL);
}

static void test_wrong_type_array(void **state)
{
	(void)state;
	expect_reject(STUDY(",\"conditionsModule\":{\"conditions\":{\"a\":\"b\"}}"), TF_EINVALID,
	              "/protocolSection/conditionsModule/conditions", "found an object");
	expect_reject(STUDY(",\"conditionsModule\":{\"conditions\":\"Diabetes\"}"), TF_EINVALID,
	              "/protocolSection/conditionsModule/conditions", "found a string");
	expect_reject(STUDY(",\"conditionsModule\":{\"keywords\":[\"a\",[\"b\"]]}"), TF_EINVALID,
	              "/protocolSection/conditionsModule/keywords/1",
	              "expected a string, found an array");
	expect_reject(STUDY(",\"armsInterventionsModule\":{\"armGroups\":{\"label\":\"A\"}}"),
	              TF_EINVALID, "/protocolSection/armsInterventionsModule/armGroups",
	              "found an object");
	expect_reject(
	        STUDY(",\"outcomesModule\":{\"primaryOutcomes\":[{\"measure\":\"m\"},\"x\"]}"),
	        TF_EINVALID, "/protocolSection/outcomesModule/primaryOutcomes/1",
	        "expected an object, found a string");
	expect_reject(STUDY(",\"statusModule\":[]"), TF_EINVALID, "/protocolSection/statusModule",
	              "expected an object, found an array");
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}},"
	              "\"derivedSection\":{\"conditionBrowseModule\":{\"meshes\":[{\"id\":5}]}}}",
	              TF_EINVALID, "/derivedSection/conditionBrowseModule/meshes/0/id", NULL);
}

static void test_null_and_blank_absent(void **state)
{
	(void)state;
	tf_trial *t = read_ok(STUDY_ID(
	        ",\"acronym\":\"\"",
	        ",\"statusModule\":{\"overallStatus\":null,\"whyStopped\":\" \\t\\n\","
	        "\"startDateStruct\":null,\"completionDateStruct\":{\"date\":null,\"type\":"
	        "\"ACTUAL\"}},"
	        "\"oversightModule\":{\"oversightHasDmc\":null},"
	        "\"conditionsModule\":{\"conditions\":[\"\",null,\"  \",\"Asthma\",\" COPD \"],"
	        "\"keywords\":null},"
	        "\"designModule\":{\"enrollmentInfo\":{\"count\":null},\"phases\":[]},"
	        "\"armsInterventionsModule\":{\"armGroups\":[null,{},{\"label\":\" "
	        "\"},{\"label\":\"A\"}]},"
	        "\"contactsLocationsModule\":{\"locations\":[{\"city\":\"X\",\"geoPoint\":null,"
	        "\"contacts\":null}]}"));
	assert_null(t->overall_status);
	assert_null(t->why_stopped);
	assert_null(t->start_date.date);
	assert_null(t->completion_date.date);
	assert_string_equal(t->completion_date.type, "ACTUAL");
	assert_int_equal(t->has_dmc, TF_UNSET);
	assert_int_equal(t->conditions.n, 2);
	assert_string_equal(t->conditions.v[0], "Asthma");
	assert_string_equal(t->conditions.v[1], "COPD");
	assert_int_equal(t->keywords.n, 0);
	assert_int_equal(t->enrollment, -1);
	assert_int_equal(t->phases.n, 0);
	/* Items that say nothing are not kept. */
	assert_int_equal(t->n_arms, 1);
	assert_string_equal(t->arms[0].label, "A");
	assert_int_equal(t->n_sites, 1);
	assert_null(t->sites[0].lat);
	assert_int_equal(t->sites[0].n_contacts, 0);
	assert_null(t->acronym);
	assert_int_equal(t->has_results, TF_UNSET);
	assert_int_equal(t->warnings.n, 0);
	tf_trial_free(t);
}

static void test_malformed_date_warns(void **state)
{
	(void)state;
	tf_trial *t =
	        read_ok(STUDY(",\"statusModule\":{\"statusVerifiedDate\":\"2024-13\","
	                      "\"startDateStruct\":{\"date\":\"March 2024\",\"type\":\"ACTUAL\"},"
	                      "\"primaryCompletionDateStruct\":{\"date\":\"2023-02-29\"},"
	                      "\"completionDateStruct\":{\"date\":\"2024-02-29\"},"
	                      "\"studyFirstSubmitDate\":\"2024\","
	                      "\"lastUpdateSubmitDate\":\"2024-3-01\"}"));
	assert_null(t->status_verified_date);
	assert_null(t->start_date.date);
	assert_string_equal(t->start_date.type, "ACTUAL");
	assert_null(t->primary_completion_date.date);
	assert_string_equal(t->completion_date.date, "2024-02-29");
	assert_string_equal(t->first_submit_date, "2024");
	assert_null(t->last_update_submit_date);
	assert_int_equal(t->warnings.n, 4);
	assert_non_null(
	        strstr(t->warnings.v[0], "/protocolSection/statusModule/statusVerifiedDate"));
	assert_non_null(strstr(t->warnings.v[0], "\"2024-13\""));
	assert_non_null(strstr(t->warnings.v[0], "dropped"));
	assert_non_null(
	        strstr(t->warnings.v[1], "/protocolSection/statusModule/startDateStruct/date"));
	assert_non_null(strstr(t->warnings.v[1], "\"March 2024\""));
	assert_non_null(strstr(t->warnings.v[2], "\"2023-02-29\""));
	assert_non_null(strstr(t->warnings.v[3], "lastUpdateSubmitDate"));
	tf_trial_free(t);
}

static void test_geo_lexeme_kept(void **state)
{
	(void)state;
	tf_trial *t = read_ok(
	        STUDY(",\"contactsLocationsModule\":{\"locations\":["
	              "{\"city\":\"Mobile\",\"geoPoint\":{\"lat\":30.69436,\"lon\":-88.04305}},"
	              "{\"city\":\"New York\",\"geoPoint\":{\"lat\":40.70,\"lon\":-74.00600}},"
	              "{\"city\":\"Zero\",\"geoPoint\":{\"lat\":0,\"lon\":-1.5e2}}]}"));
	assert_int_equal(t->n_sites, 3);
	assert_string_equal(t->sites[0].lat, "30.69436");
	assert_string_equal(t->sites[0].lon, "-88.04305");
	assert_string_equal(t->sites[1].lat, "40.70");
	assert_string_equal(t->sites[1].lon, "-74.00600");
	assert_string_equal(t->sites[2].lat, "0");
	assert_string_equal(t->sites[2].lon, "-1.5e2");
	tf_trial_free(t);
	expect_reject(STUDY(",\"contactsLocationsModule\":{\"locations\":[{\"geoPoint\":"
	                    "{\"lat\":\"40.7\"}}]}"),
	              TF_EINVALID,
	              "/protocolSection/contactsLocationsModule/locations/0/geoPoint/lat",
	              "expected a number, found a string");
}

static void test_enrollment_count(void **state)
{
	(void)state;
	tf_trial *t = read_ok(STUDY(",\"designModule\":{\"enrollmentInfo\":{\"count\":0,"
	                            "\"type\":\"ESTIMATED\"}}"));
	assert_int_equal(t->enrollment, 0);
	assert_string_equal(t->enrollment_type, "ESTIMATED");
	tf_trial_free(t);
	const char *ptr = "/protocolSection/designModule/enrollmentInfo/count";
	expect_reject(STUDY(",\"designModule\":{\"enrollmentInfo\":{\"count\":-3}}"), TF_EINVALID,
	              ptr, "found -3");
	expect_reject(STUDY(",\"designModule\":{\"enrollmentInfo\":{\"count\":12.5}}"), TF_EINVALID,
	              ptr, "found a decimal number");
	expect_reject(STUDY(",\"designModule\":{\"enrollmentInfo\":{\"count\":\"120\"}}"),
	              TF_EINVALID, ptr, "found a string");
}

static void test_small_fields(void **state)
{
	(void)state;
	tf_trial *t = read_ok(STUDY_ID(
	        ",\"nctIdAliases\":[\"NCT00000001\"],"
	        "\"orgStudyIdInfo\":{\"id\":\"P-1\",\"type\":\"NIH\",\"link\":\"https://x\"},"
	        "\"unknownMember\":{\"deep\":[1,2,3]}",
	        ",\"sponsorCollaboratorsModule\":{\"responsibleParty\":{\"oldNameTitle\":\"Dr "
	        "X\"}},"
	        "\"designModule\":{\"expandedAccessTypes\":{\"individual\":false,\"treatment\":"
	        "true}},"
	        "\"eligibilityModule\":{\"minimumAge\":\"N/A\",\"maximumAge\":\"65 Years\"},"
	        "\"contactsLocationsModule\":{\"centralContacts\":[{\"name\":\"A\",\"phone\":\"1\","
	        "\"phoneExt\":\"22\"}],\"locations_nested\":[{\"city\":7}]},"
	        "\"referencesModule\":{\"availIpds\":[{\"id\":\"D1\",\"comment\":\"c\"}]}"));
	assert_int_equal(t->nct_aliases.n, 1);
	assert_string_equal(t->nct_aliases.v[0], "NCT00000001");
	assert_string_equal(t->org_study_id, "P-1");
	assert_string_equal(t->org_study_id_type, "NIH");
	assert_string_equal(t->org_study_id_link, "https://x");
	assert_string_equal(t->responsible_party.old_name, "Dr X");
	assert_int_equal(t->expanded_access_types.n, 1);
	assert_string_equal(t->expanded_access_types.v[0], "TREATMENT");
	assert_null(t->eligibility.minimum_age);
	assert_string_equal(t->eligibility.maximum_age, "65 Years");
	assert_string_equal(t->central_contacts[0].phone_ext, "22");
	assert_string_equal(t->avail_ipds[0].id, "D1");
	assert_string_equal(t->avail_ipds[0].comment, "c");
	tf_trial_free(t);
}

/* --- streams and hostile inputs --- */

#define GOOD(n) "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT0000000" n "\"}}}"

static void test_page_good_bad_good(void **state)
{
	(void)state;
	const char *page = "{\"totalCount\":3,\"studies\":[" GOOD(
	        "1") ",\n"
	             "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT00000002\"},"
	             "\"designModule\":{\"phases\":\"PHASE1\"}}},\n" GOOD(
	                     "3") "],"
	                          "\"nextPageToken\":\"abc\"}";
	tf_reader *r;
	tf_error err;
	tf_trial *t;
	assert_int_equal(tf_reader_open_memory(&r, page, strlen(page), "page", NULL, &err), 0);
	assert_int_equal(tf_reader_next(r, &t, &err), 0);
	assert_string_equal(t->nct_id, "NCT00000001");
	assert_int_equal(t->source.record, 1);
	tf_trial_free(t);
	assert_int_equal(tf_reader_next(r, &t, &err), TF_EINVALID);
	assert_null(t);
	assert_int_equal(err.record, 2);
	assert_int_equal(err.line, 2);
	assert_string_equal(err.record_id, "NCT00000002");
	assert_string_equal(err.pointer, "/protocolSection/designModule/phases");
	assert_string_equal(err.source, "page");
	assert_false(tf_reader_failed(r));
	assert_int_equal(tf_reader_next(r, &t, &err), 0);
	assert_string_equal(t->nct_id, "NCT00000003");
	assert_int_equal(t->source.record, 3);
	tf_trial_free(t);
	assert_int_equal(tf_reader_next(r, &t, &err), TF_ITEROVER);
	tf_reader_free(r);
}

static void test_ndjson(void **state)
{
	(void)state;
	const char *nd = GOOD("1") "\n" GOOD("2") "\r\n" GOOD("3") "\n";
	tf_reader *r;
	tf_error err;
	tf_trial *t;
	assert_int_equal(tf_reader_open_memory(&r, nd, strlen(nd), NULL, NULL, &err), 0);
	for (int i = 1; i <= 3; i++) {
		assert_int_equal(tf_reader_next(r, &t, &err), 0);
		char want[16];
		snprintf(want, sizeof(want), "NCT0000000%d", i);
		assert_string_equal(t->nct_id, want);
		assert_int_equal(t->source.line, i);
		tf_trial_free(t);
	}
	assert_int_equal(tf_reader_next(r, &t, &err), TF_ITEROVER);
	tf_reader_free(r);
}

static void test_truncated(void **state)
{
	(void)state;
	const char *cut[] = {
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01",
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"}",
	        "{\"studies\":[" GOOD("1") ",{\"protocolSection\":",
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\",}}}",
	};
	for (size_t i = 0; i < sizeof(cut) / sizeof(cut[0]); i++) {
		tf_reader *r;
		tf_error err;
		tf_trial *t;
		assert_int_equal(
		        tf_reader_open_memory(&r, cut[i], strlen(cut[i]), NULL, NULL, &err), 0);
		int rc, errors = 0, trials = 0;
		while ((rc = tf_reader_next(r, &t, &err)) != TF_ITEROVER) {
			if (rc < 0) {
				assert_int_equal(rc, TF_EPARSE);
				errors++;
				continue;
			}
			trials++;
			tf_trial_free(t);
		}
		assert_int_equal(errors, 1);
		assert_int_equal(trials, i == 2 ? 1 : 0);
		tf_reader_free(r);
	}
}

static void test_duplicate_keys(void **state)
{
	(void)state;
	expect_reject("{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\","
	              "\"nctId\":\"NCT07654321\"}}}",
	              TF_EPARSE, NULL, "duplicate");
}

static void test_empty_input(void **state)
{
	(void)state;
	const char *inputs[] = {"", "  \n\t ", "\xEF\xBB\xBF"};
	for (size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		tf_reader *r = NULL;
		tf_error err;
		assert_int_equal(
		        tf_reader_open_memory(&r, inputs[i], strlen(inputs[i]), NULL, NULL, &err),
		        TF_EINVALID);
		assert_null(r);
		assert_non_null(strstr(err.message, "empty"));
	}
	/* An empty page holds no record at all. */
	tf_reader *r;
	tf_error err;
	tf_trial *t;
	assert_int_equal(tf_reader_open_memory(&r, "{\"studies\":[]}", 14, NULL, NULL, &err), 0);
	assert_int_equal(tf_reader_next(r, &t, &err), TF_ITEROVER);
	tf_reader_free(r);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	expect_reject(STUDY(",\"descriptionModule\":{\"briefSummary\":\"caf\xC3\"}"), TF_EPARSE,
	              NULL, NULL);
	expect_reject(STUDY(",\"descriptionModule\":{\"briefSummary\":\"\xED\xA0\x80\"}"),
	              TF_EPARSE, NULL, NULL);
	/* An escaped NUL would cut the string short: rejected too. */
	expect_reject(STUDY(",\"descriptionModule\":{\"briefSummary\":\"a\\u0000b\"}"), TF_EPARSE,
	              NULL, NULL);
}

static void test_huge_description(void **state)
{
	(void)state;
	const size_t big = (size_t)50 << 20;
	const char *head =
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"},"
	        "\"descriptionModule\":{\"detailedDescription\":\"";
	const char *tail = "\"}}}";
	size_t hl = strlen(head), tl = strlen(tail);
	char *buf = malloc(hl + big + tl);
	assert_non_null(buf);
	memcpy(buf, head, hl);
	memset(buf + hl, 'x', big);
	memcpy(buf + hl + big, tail, tl);
	size_t len = hl + big + tl;

	tf_reader_options opts = TF_READER_OPTIONS_INIT;
	opts.max_record_bytes = (size_t)1 << 20;
	tf_trial *t = NULL;
	tf_error err;
	assert_int_equal(read_one(buf, len, &opts, &t, &err), TF_ELIMIT);
	assert_null(t);
	assert_non_null(strstr(err.message, "limit"));

	opts.max_record_bytes = (size_t)60 << 20;
	assert_int_equal(read_one(buf, len, &opts, &t, &err), 0);
	assert_int_equal(strlen(t->detailed_description), big);
	tf_trial_free(t);
	free(buf);
}

static void test_deep_nesting(void **state)
{
	(void)state;
	const int depth = 3000;
	const char *head =
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"},"
	        "\"unknown\":";
	const char *tail = "}}\n" GOOD("2") "\n";
	size_t hl = strlen(head), tl = strlen(tail);
	char *buf = malloc(hl + 2 * (size_t)depth + tl);
	assert_non_null(buf);
	memcpy(buf, head, hl);
	memset(buf + hl, '[', (size_t)depth);
	memset(buf + hl + depth, ']', (size_t)depth);
	memcpy(buf + hl + 2 * (size_t)depth, tail, tl);

	tf_reader *r;
	tf_error err;
	tf_trial *t;
	assert_int_equal(
	        tf_reader_open_memory(&r, buf, hl + 2 * (size_t)depth + tl, NULL, NULL, &err), 0);
	int rc = tf_reader_next(r, &t, &err);
	assert_true(rc < 0);
	assert_null(t);
	/* The next record is unaffected. */
	assert_int_equal(tf_reader_next(r, &t, &err), 0);
	assert_string_equal(t->nct_id, "NCT00000002");
	tf_trial_free(t);
	assert_int_equal(tf_reader_next(r, &t, &err), TF_ITEROVER);
	tf_reader_free(r);
	free(buf);
}

static void test_item_count_cap(void **state)
{
	(void)state;
	/* 200000 empty objects: a few hundred kilobytes of JSON that would
	 * otherwise become tens of megabytes of zeroed sites. */
	const size_t n = 200000;
	const char *head =
	        "{\"protocolSection\":{\"identificationModule\":{\"nctId\":\"NCT01234567\"},"
	        "\"contactsLocationsModule\":{\"locations\":[";
	const char *tail = "]}}}";
	size_t hl = strlen(head), tl = strlen(tail), len = hl + 3 * n - 1 + tl;
	char *buf = malloc(len);
	assert_non_null(buf);
	memcpy(buf, head, hl);
	for (size_t i = 0; i < n; i++)
		memcpy(buf + hl + 3 * i, i + 1 < n ? "{}," : "{}", i + 1 < n ? 3 : 2);
	memcpy(buf + hl + 3 * n - 1, tail, tl);
	tf_trial *t = NULL;
	tf_error err;
	assert_int_equal(read_one(buf, len, NULL, &t, &err), TF_ELIMIT);
	assert_string_equal(err.pointer, "/protocolSection/contactsLocationsModule/locations");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_real_identification_status),
	        cmocka_unit_test(test_real_design_arms_outcomes),
	        cmocka_unit_test(test_real_observational_documents),
	        cmocka_unit_test(test_real_contacts_sites),
	        cmocka_unit_test(test_markdown_unescaped),
	        cmocka_unit_test(test_missing_nct_rejected),
	        cmocka_unit_test(test_malformed_nct_rejected),
	        cmocka_unit_test(test_wrong_type_string),
	        cmocka_unit_test(test_wrong_type_array),
	        cmocka_unit_test(test_null_and_blank_absent),
	        cmocka_unit_test(test_malformed_date_warns),
	        cmocka_unit_test(test_geo_lexeme_kept),
	        cmocka_unit_test(test_enrollment_count),
	        cmocka_unit_test(test_small_fields),
	        cmocka_unit_test(test_page_good_bad_good),
	        cmocka_unit_test(test_ndjson),
	        cmocka_unit_test(test_truncated),
	        cmocka_unit_test(test_duplicate_keys),
	        cmocka_unit_test(test_empty_input),
	        cmocka_unit_test(test_invalid_utf8),
	        cmocka_unit_test(test_huge_description),
	        cmocka_unit_test(test_deep_nesting),
	        cmocka_unit_test(test_item_count_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
