/*
 * test_fhir.c - the FHIR writers (adapter/src/fhir/): trials built by hand
 * in the test, converted, and checked on the serialised bytes and on the
 * tree: ids, status and phase mapping, verbatim decimals, contained
 * resources all referenced, no empty values, deterministic output, the
 * rejection of unmapped statuses, age parsing, and allocation failures
 * (every Jansson allocation failed in turn: no leak, no half-built output).
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
#include "fhir/fhir_int.h"
#include "trialfhir/fhir.h"
#include "trialfhir/json.h"
#include "trialfhir/mapping.h"
#include "trialfhir/trial.h"

static tf_mappings *maps;

static int setup(void **state)
{
	tf_error err;
	tf_error_clear(&err);
	if (tf_mappings_load(&maps, TF_TEST_MAPPINGS, &err) != 0) {
		fprintf(stderr, "mappings: %s\n", err.message);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	tf_mappings_free(maps);
	return 0;
}

/* ---- building trials ---------------------------------------------------- */

#define S(t, s) tf_trial_strdup((t), (s), (size_t)-1)

static void push(tf_trial *t, tf_strv *v, const char *s)
{
	assert_int_equal(tf_trial_strv_push(t, v, s), 0);
}

static tf_trial *minimal_trial(const char *nct, const char *status)
{
	tf_trial *t;
	assert_int_equal(tf_trial_new(&t), 0);
	t->nct_id = S(t, nct);
	t->overall_status = status ? S(t, status) : NULL;
	return t;
}

static tf_person person(tf_trial *t, const char *name, const char *role, const char *phone,
                        const char *email)
{
	tf_person p = {0};
	p.name = name ? S(t, name) : NULL;
	p.role = role ? S(t, role) : NULL;
	p.phone = phone ? S(t, phone) : NULL;
	p.email = email ? S(t, email) : NULL;
	return p;
}

/* A trial that uses every part of the model. */
static tf_trial *full_trial(void)
{
	tf_trial *t = minimal_trial("NCT01234567", "RECRUITING");
	t->last_known_status = S(t, "ACTIVE_NOT_RECRUITING");
	t->org_study_id = S(t, "PROTO-1");
	t->organization = S(t, "Acme University");
	t->n_secondary_ids = 2;
	t->secondary_ids = tf_trial_alloc(t, 2, sizeof(tf_secondary_id));
	t->secondary_ids[0] = (tf_secondary_id){S(t, "2020-001234-56"), S(t, "EUDRACT_NUMBER"),
	                                        S(t, "EudraCT"), NULL};
	t->secondary_ids[1] = (tf_secondary_id){S(t, "R01 DK000001"), S(t, "NIH"), S(t, "NIDDK"),
	                                        S(t, "https://reporter.nih.gov/quickSearch/R01")};
	push(t, &t->nct_aliases, "NCT00000001");
	t->brief_title = S(t, "Yoghurt and Glucose");
	t->official_title = S(t, "A Randomised Study of Yoghurt and Glucose Metabolism");
	t->acronym = S(t, "YOGI");
	t->why_stopped = S(t, "Funding ended");
	t->start_date = (tf_date){S(t, "2024-03"), S(t, "ACTUAL")};
	t->completion_date = (tf_date){S(t, "2027-04-30"), S(t, "ESTIMATED")};
	t->primary_completion_date = (tf_date){S(t, "2026"), S(t, "ESTIMATED")};
	t->first_submit_date = S(t, "2024-01-13");
	t->status_verified_date = S(t, "2025-12");
	t->lead_sponsor = (tf_org){S(t, "Acme University"), S(t, "OTHER")};
	t->n_collaborators = 1;
	t->collaborators = tf_trial_alloc(t, 1, sizeof(tf_org));
	t->collaborators[0] = (tf_org){S(t, "NIDDK"), S(t, "NIH")};
	t->responsible_party =
	        (tf_responsible_party){S(t, "PRINCIPAL_INVESTIGATOR"), S(t, "Jane Roe, MD"),
	                               S(t, "Professor"), S(t, "Acme University"), NULL};
	t->n_officials = 2;
	t->officials = tf_trial_alloc(t, 2, sizeof(tf_person));
	t->officials[0] = person(t, "John Doe", "STUDY_DIRECTOR", NULL, NULL);
	t->officials[1] = person(t, "Jane Roe, MD", "PRINCIPAL_INVESTIGATOR", NULL, NULL);
	t->officials[1].affiliation = S(t, "Acme University");
	t->n_central_contacts = 1;
	t->central_contacts = tf_trial_alloc(t, 1, sizeof(tf_person));
	t->central_contacts[0] = person(t, "Study Desk", "CONTACT", "555-0100", "desk@acme.org");
	t->central_contacts[0].phone_ext = S(t, "12");
	t->has_dmc = TF_YES;
	t->fda_regulated_drug = TF_NO;
	t->brief_summary = S(t, "Does yoghurt help?");
	t->detailed_description = S(t, "Long *markdown* text.");
	push(t, &t->conditions, "Prediabetes");
	push(t, &t->conditions, "Obesity");
	push(t, &t->keywords, "yoghurt");
	t->n_condition_meshes = 2;
	t->condition_meshes = tf_trial_alloc(t, 2, sizeof(tf_mesh));
	t->condition_meshes[0] = (tf_mesh){S(t, "D011236"), S(t, "prediabetic state")};
	t->condition_meshes[1] = (tf_mesh){S(t, "D009765"), S(t, "obesity")};
	t->n_intervention_meshes = 1;
	t->intervention_meshes = tf_trial_alloc(t, 1, sizeof(tf_mesh));
	t->intervention_meshes[0] = (tf_mesh){S(t, "D015014"), S(t, "Yogurt")};
	t->study_type = S(t, "INTERVENTIONAL");
	push(t, &t->phases, "PHASE1");
	push(t, &t->phases, "PHASE2");
	t->allocation = S(t, "RANDOMIZED");
	t->intervention_model = S(t, "PARALLEL");
	t->intervention_model_description = S(t, "Two parallel groups");
	t->primary_purpose = S(t, "BASIC_SCIENCE");
	t->masking = S(t, "DOUBLE");
	push(t, &t->who_masked, "PARTICIPANT");
	push(t, &t->who_masked, "INVESTIGATOR");
	t->enrollment = 60;
	t->enrollment_type = S(t, "ESTIMATED");
	t->n_arms = 1;
	t->arms = tf_trial_alloc(t, 1, sizeof(tf_arm));
	t->arms[0].label = S(t, "Yoghurt");
	t->arms[0].type = S(t, "EXPERIMENTAL");
	t->arms[0].description = S(t, "Two servings a day");
	push(t, &t->arms[0].interventions, "Other: Yoghurt");
	t->n_interventions = 1;
	t->interventions = tf_trial_alloc(t, 1, sizeof(tf_intervention));
	t->interventions[0].name = S(t, "Yoghurt");
	t->interventions[0].type = S(t, "OTHER");
	t->interventions[0].description = S(t, "250 g per day");
	push(t, &t->interventions[0].other_names, "Yogurt");
	push(t, &t->interventions[0].arm_labels, "Yoghurt");
	t->n_primary_outcomes = 1;
	t->primary_outcomes = tf_trial_alloc(t, 1, sizeof(tf_outcome));
	t->primary_outcomes[0] =
	        (tf_outcome){S(t, "HOMA-IR"), S(t, "Insulin resistance"), S(t, "24 weeks")};
	t->n_other_outcomes = 1;
	t->other_outcomes = tf_trial_alloc(t, 1, sizeof(tf_outcome));
	t->other_outcomes[0] = (tf_outcome){S(t, "Adherence"), NULL, S(t, "4 weeks")};
	tf_eligibility *e = &t->eligibility;
	e->criteria = S(t, "Inclusion Criteria:\n\n* Adults");
	e->minimum_age = S(t, "18 Years");
	e->maximum_age = S(t, "6 Months");
	e->sex = S(t, "FEMALE");
	e->healthy_volunteers = TF_YES;
	push(t, &e->std_ages, "ADULT");
	push(t, &e->std_ages, "OLDER_ADULT");
	t->n_sites = 3;
	t->sites = tf_trial_alloc(t, 3, sizeof(tf_site));
	t->sites[0] = (tf_site){.facility = S(t, "Acme Hospital"),
	                        .status = S(t, "RECRUITING"),
	                        .city = S(t, "New York"),
	                        .state = S(t, "New York"),
	                        .zip = S(t, "10001"),
	                        .country = S(t, "United States"),
	                        .lat = S(t, "40.70"),
	                        .lon = S(t, "-73.9900")};
	t->sites[0].n_contacts = 2;
	t->sites[0].contacts = tf_trial_alloc(t, 2, sizeof(tf_person));
	t->sites[0].contacts[0] = person(t, "Ann Site", "CONTACT", "555-0101", "ann@acme.org");
	t->sites[0].contacts[1] = person(t, "Bob Site", "PRINCIPAL_INVESTIGATOR", "555-0101", NULL);
	t->sites[1] = (tf_site){.facility = S(t, "Hôpital Lyon"),
	                        .status = S(t, "NOT_YET_RECRUITING"),
	                        .city = S(t, "Lyon"),
	                        .country = S(t, "France")};
	t->sites[2] = (tf_site){.facility = S(t, "Acme Annex"), .country = S(t, "united states")};
	t->n_references = 1;
	t->references = tf_trial_alloc(t, 1, sizeof(tf_reference));
	t->references[0] = (tf_reference){S(t, "32757778"), S(t, "BACKGROUND"),
	                                  S(t, "Doe J. Yoghurt. J Food. 2020.")};
	t->n_large_docs = 1;
	t->large_docs = tf_trial_alloc(t, 1, sizeof(tf_large_doc));
	t->large_docs[0] = (tf_large_doc){S(t, "Prot"),         S(t, "Study Protocol"),
	                                  S(t, "2022-03-01"),   S(t, "2024-12-02T00:45"),
	                                  S(t, "Prot_000.pdf"), 1159719};
	t->ipd_sharing.sharing = S(t, "NO");
	t->has_results = TF_NO;
	return t;
}

/* ---- helpers -------------------------------------------------------------- */

static json_t *convert(const tf_trial *t)
{
	tf_fhir_options opts = TF_FHIR_OPTIONS_INIT;
	opts.mappings = maps;
	json_t *out = NULL;
	tf_error err;
	tf_error_clear(&err);
	int rc = tf_fhir_from_trial(t, &opts, &out, &err);
	if (rc != 0)
		fail_msg("tf_fhir_from_trial: %d %s", rc, err.message);
	assert_true(json_is_array(out));
	/* The study, then its eligibility PlanDefinition when the trial has
	 * criteria or age/sex limits; the study names the plan in protocol. */
	assert_in_range(json_array_size(out), 1, 2);
	if (json_array_size(out) == 2) {
		const json_t *plan = json_array_get(out, 1);
		char ref[96];
		assert_string_equal(json_string_value(json_object_get(plan, "resourceType")),
		                    "PlanDefinition");
		snprintf(ref, sizeof(ref), "PlanDefinition/%s",
		         json_string_value(json_object_get(plan, "id")));
		const json_t *protocol = json_object_get(json_array_get(out, 0), "protocol");
		assert_string_equal(json_string_value(json_object_get(json_array_get(protocol, 0),
		                                                      "reference")),
		                    ref);
	}
	return out;
}

static char *dump(const json_t *j)
{
	char *s = NULL;
	tf_error err;
	assert_int_equal(tf_json_dump(j, TF_JSON_COMPACT, &s, NULL, &err), 0);
	return s;
}

static void assert_contains(const char *hay, const char *needle)
{
	if (!strstr(hay, needle))
		fail_msg("expected to find %s", needle);
}

static void assert_lacks(const char *hay, const char *needle)
{
	if (strstr(hay, needle))
		fail_msg("did not expect %s", needle);
}

/* The contained resource with id, or NULL. */
static json_t *contained(json_t *rs, const char *id)
{
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(rs, "contained"), i, r)
	{
		if (strcmp(json_string_value(json_object_get(r, "id")), id) == 0)
			return r;
	}
	return NULL;
}

/* The first extension in arr with url, or NULL. */
static json_t *ext(json_t *arr, const char *url)
{
	size_t i;
	json_t *e;
	json_array_foreach(arr, i, e)
	{
		if (strcmp(json_string_value(json_object_get(e, "url")), url) == 0)
			return e;
	}
	return NULL;
}

/* ---- tests ------------------------------------------------------------------ */

static void test_study_id(void **state)
{
	char buf[16];
	assert_int_equal(tf_fhir_study_id("NCT01234567", buf, sizeof(buf)), 0);
	assert_string_equal(buf, "nct01234567");
	assert_int_equal(tf_fhir_study_id("NCT0123456", buf, sizeof(buf)), TF_EINVALID);
	assert_int_equal(tf_fhir_study_id("NCT012345678", buf, sizeof(buf)), TF_EINVALID);
	assert_int_equal(tf_fhir_study_id("nct01234567", buf, sizeof(buf)), TF_EINVALID);
	assert_int_equal(tf_fhir_study_id("NCT0123456x", buf, sizeof(buf)), TF_EINVALID);
	assert_int_equal(tf_fhir_study_id("NCT01234567", buf, 11), TF_EINVAL);
	assert_int_equal(tf_fhir_study_id(NULL, buf, sizeof(buf)), TF_EINVAL);
}

static void test_minimal(void **state)
{
	tf_trial *t = minimal_trial("NCT07396558", "RECRUITING");
	json_t *out = convert(t);
	char *s = dump(out);
	/* Only what the record says, in FHIR element order. */
	assert_string_equal(
	        s,
	        "[{\"resourceType\":\"ResearchStudy\",\"id\":\"nct07396558\","
	        "\"extension\":[{\"url\":\"http://trialfhir.org/fhir/StructureDefinition/"
	        "ctgov-overall-status\",\"valueCoding\":{\"system\":\"http://trialfhir.org/fhir/"
	        "CodeSystem/ctgov-status\",\"code\":\"RECRUITING\",\"display\":\"Recruiting\"}}],"
	        "\"identifier\":[{\"use\":\"official\",\"system\":\"https://clinicaltrials.gov\","
	        "\"value\":\"NCT07396558\"}],\"status\":\"active\","
	        "\"relatedArtifact\":[{\"type\":\"derived-from\",\"display\":\"ClinicalTrials.gov "
	        "record "
	        "NCT07396558\",\"url\":\"https://clinicaltrials.gov/study/NCT07396558\"}]}]");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_status_and_phase(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	assert_string_equal(json_string_value(json_object_get(rs, "id")), "nct01234567");
	assert_string_equal(json_string_value(json_object_get(rs, "status")), "active");
	json_t *phase = json_object_get(rs, "phase");
	assert_string_equal(json_string_value(json_object_get(
	                            json_array_get(json_object_get(phase, "coding"), 0), "code")),
	                    "phase-1-phase-2");
	assert_string_equal(json_string_value(json_object_get(phase, "text")), "Phase 1/Phase 2");
	/* The exact CT.gov statuses, overall and last known, in extensions. */
	char *s = dump(out);
	assert_contains(s, "ctgov-overall-status\",\"valueCoding\":{\"system\":\"http://"
	                   "trialfhir.org/fhir/CodeSystem/ctgov-status\",\"code\":\"RECRUITING\"");
	assert_contains(s, "ctgov-last-known-status\",\"valueCoding\":{\"system\":\"http://"
	                   "trialfhir.org/fhir/CodeSystem/ctgov-status\",\"code\":"
	                   "\"ACTIVE_NOT_RECRUITING\"");
	free(s);
	json_decref(out);

	/* Status comes from overallStatus, never lastKnownStatus. */
	t->overall_status = S(t, "UNKNOWN");
	out = convert(t);
	assert_string_equal(json_string_value(json_object_get(json_array_get(out, 0), "status")),
	                    "closed-to-accrual");
	json_decref(out);
	tf_trial_free(t);
}

static void test_unknown_status_rejected(void **state)
{
	tf_trial *t = minimal_trial("NCT01234567", "SLEEPING");
	tf_fhir_options opts = TF_FHIR_OPTIONS_INIT;
	opts.mappings = maps;
	json_t *out = (json_t *)&out;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_fhir_from_trial(t, &opts, &out, &err), TF_EINVALID);
	assert_null(out);
	assert_int_equal(err.code, TF_EINVALID);
	assert_contains(err.message, "NCT01234567");
	assert_contains(err.message, "\"SLEEPING\"");
	assert_contains(err.message, "ctgov-overall-status");
	assert_string_equal(err.record_id, "NCT01234567");
	assert_string_equal(err.pointer, "ResearchStudy.status");

	/* No status at all: R4 requires one, so the record is rejected too. */
	t->overall_status = NULL;
	tf_error_clear(&err);
	assert_int_equal(tf_fhir_from_trial(t, &opts, &out, &err), TF_EINVALID);
	assert_contains(err.message, "no overall status");

	/* No valid NCT number: no id can be made. */
	t->overall_status = S(t, "RECRUITING");
	t->nct_id = S(t, "NCT123");
	assert_int_equal(tf_fhir_from_trial(t, &opts, &out, &err), TF_EINVALID);
	tf_trial_free(t);
}

static void test_decimals_verbatim(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	char *s = dump(out);
	assert_contains(s, "\"position\":{\"longitude\":-73.9900,\"latitude\":40.70}");
	free(s);
	json_t *site = contained(json_array_get(out, 0), "site-1");
	assert_true(
	        tf_json_is_decimal(json_object_get(json_object_get(site, "position"), "latitude")));
	json_decref(out);

	/* A lexeme that is not a number is left out, not guessed. */
	t->sites[0].lat = S(t, "40,70");
	out = convert(t);
	site = contained(json_array_get(out, 0), "site-1");
	assert_null(json_object_get(site, "position"));
	json_decref(out);
	tf_trial_free(t);
}

/* Collects every "reference" string under node. */
static void collect_refs(json_t *node, json_t *refs)
{
	if (json_is_object(node)) {
		const char *k;
		json_t *v;
		json_object_foreach(node, k, v)
		{
			if (strcmp(k, "reference") == 0 && json_is_string(v))
				json_array_append(refs, v);
			else
				collect_refs(v, refs);
		}
	} else if (json_is_array(node)) {
		size_t i;
		json_t *v;
		json_array_foreach(node, i, v) collect_refs(v, refs);
	}
}

static int has_ref(json_t *refs, const char *ref)
{
	size_t i;
	json_t *v;
	json_array_foreach(refs, i, v)
	{
		if (strcmp(json_string_value(v), ref) == 0)
			return 1;
	}
	return 0;
}

static void test_contained_all_referenced(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	json_t *refs = json_array();
	collect_refs(rs, refs);
	json_t *cont = json_object_get(rs, "contained");
	assert_true(json_array_size(cont) >= 10);
	/* every contained resource is referenced (dom-3), none contains more (dom-2) */
	size_t i;
	json_t *r;
	json_array_foreach(cont, i, r)
	{
		char want[80];
		snprintf(want, sizeof(want), "#%s", json_string_value(json_object_get(r, "id")));
		if (!has_ref(refs, want))
			fail_msg("contained %s is not referenced", want);
		assert_null(json_object_get(r, "contained"));
	}
	/* every local reference resolves */
	json_array_foreach(refs, i, r)
	{
		const char *ref = json_string_value(r);
		if (ref[0] == '#' && !contained(rs, ref + 1))
			fail_msg("dangling reference %s", ref);
	}
	/* the expected parties */
	assert_non_null(contained(rs, "group"));
	assert_non_null(contained(rs, "sponsor"));
	assert_non_null(contained(rs, "collaborator-1"));
	assert_non_null(contained(rs, "responsible-party"));
	assert_non_null(contained(rs, "official-2"));
	assert_non_null(contained(rs, "site-1-contact-2"));
	assert_string_equal(json_string_value(json_object_get(
	                            json_object_get(rs, "principalInvestigator"), "reference")),
	                    "#official-2");
	assert_string_equal(
	        json_string_value(json_object_get(json_object_get(rs, "sponsor"), "reference")),
	        "#sponsor");
	json_decref(refs);
	json_decref(out);
	tf_trial_free(t);
}

/* Fails on "", [], {} or null anywhere under node. */
static void assert_no_empty(json_t *node, const char *where)
{
	if (json_is_null(node))
		fail_msg("null at %s", where);
	if (json_is_string(node) && json_string_length(node) == 0)
		fail_msg("empty string at %s", where);
	if (json_is_object(node)) {
		if (json_object_size(node) == 0)
			fail_msg("empty object at %s", where);
		const char *k;
		json_t *v;
		json_object_foreach(node, k, v) assert_no_empty(v, k);
	}
	if (json_is_array(node)) {
		if (json_array_size(node) == 0)
			fail_msg("empty array at %s", where);
		size_t i;
		json_t *v;
		json_array_foreach(node, i, v) assert_no_empty(v, where);
	}
}

static void test_no_empty_values(void **state)
{
	tf_trial *t = full_trial();
	/* blank strings in the model must not become "" */
	t->sites[1].state = S(t, "  ");
	t->keywords.v[0] = S(t, "");
	json_t *out = convert(t);
	assert_no_empty(out, "$");
	json_decref(out);
	tf_trial_free(t);

	t = minimal_trial("NCT01234567", "COMPLETED");
	out = convert(t);
	assert_no_empty(out, "$");
	json_decref(out);
	tf_trial_free(t);
}

static void test_deterministic(void **state)
{
	tf_trial *t = full_trial();
	json_t *a = convert(t), *b = convert(t);
	char *sa = dump(a), *sb = dump(b);
	assert_string_equal(sa, sb);
	free(sa);
	free(sb);
	json_decref(a);
	json_decref(b);
	tf_trial_free(t);
}

static void test_element_order(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	static const char *const order[] = {
	        "resourceType",
	        "id",
	        "contained",
	        "extension",
	        "identifier",
	        "title",
	        "protocol",
	        "status",
	        "primaryPurposeType",
	        "phase",
	        "category",
	        "focus",
	        "condition",
	        "contact",
	        "relatedArtifact",
	        "keyword",
	        "location",
	        "description",
	        "enrollment",
	        "period",
	        "sponsor",
	        "principalInvestigator",
	        "site",
	        "reasonStopped",
	        "arm",
	        "objective",
	};
	const char *k;
	json_t *v;
	size_t i = 0;
	json_object_foreach(json_array_get(out, 0), k, v)
	{
		assert_true(i < sizeof(order) / sizeof(order[0]));
		assert_string_equal(k, order[i]);
		i++;
	}
	assert_int_equal(i, sizeof(order) / sizeof(order[0]));
	json_decref(out);
	tf_trial_free(t);
}

static void test_ages(void **state)
{
	long v;
	const char *ucum, *unit;
	assert_int_equal(fx_parse_age("18 Years", &v, &ucum, &unit), 0);
	assert_int_equal(v, 18);
	assert_string_equal(ucum, "a");
	assert_int_equal(fx_parse_age("6 Months", &v, &ucum, &unit), 0);
	assert_int_equal(v, 6);
	assert_string_equal(ucum, "mo");
	assert_string_equal(unit, "months");
	assert_int_equal(fx_parse_age("1 Day", &v, &ucum, &unit), 0);
	assert_string_equal(ucum, "d");
	assert_string_equal(unit, "day");
	assert_int_equal(fx_parse_age("2 weeks", &v, &ucum, &unit), 0);
	assert_string_equal(ucum, "wk");
	assert_int_equal(fx_parse_age("36 Hours", &v, &ucum, &unit), 0);
	assert_string_equal(ucum, "h");
	assert_int_equal(fx_parse_age("30 Minutes", &v, &ucum, &unit), 0);
	assert_string_equal(ucum, "min");
	assert_int_equal(fx_parse_age("N/A", &v, &ucum, &unit), -1);
	assert_int_equal(fx_parse_age("18", &v, &ucum, &unit), -1);
	assert_int_equal(fx_parse_age("Years", &v, &ucum, &unit), -1);
	assert_int_equal(fx_parse_age("18 Yearss", &v, &ucum, &unit), -1);
	assert_int_equal(fx_parse_age("-1 Years", &v, &ucum, &unit), -1);
	assert_int_equal(fx_parse_age("18 Years old", &v, &ucum, &unit), -1);

	tf_trial *t = full_trial();
	json_t *out = convert(t);
	char *s = dump(out);
	assert_contains(s, "\"valueRange\":{\"low\":{\"value\":18,\"unit\":\"years\",\"system\":"
	                   "\"http://unitsofmeasure.org\",\"code\":\"a\"},\"high\":{\"value\":6,"
	                   "\"unit\":\"months\",\"system\":\"http://unitsofmeasure.org\",\"code\":"
	                   "\"mo\"}}");
	free(s);
	json_decref(out);

	/* "N/A" (no limit): only the bound that is given */
	t->eligibility.maximum_age = S(t, "N/A");
	out = convert(t);
	s = dump(out);
	assert_contains(s, "\"valueRange\":{\"low\":{\"value\":18,");
	assert_lacks(s, "\"high\"");
	assert_lacks(s, "ctgov-age-text");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void count_warning(void *data, const char *msg)
{
	(*(int *)data)++;
	assert_non_null(strstr(msg, "NCT01234567"));
}

static void test_unreadable_age_kept(void **state)
{
	tf_trial *t = full_trial();
	t->eligibility.minimum_age = S(t, "about five");
	t->eligibility.maximum_age = NULL;
	int warnings = 0;
	json_t *out = NULL;
	assert_int_equal(tf_fhir_build(t, maps, count_warning, &warnings, &out, NULL), 0);
	assert_int_equal(warnings, 1);
	json_t *g = contained(json_array_get(out, 0), "group");
	json_t *e = ext(json_object_get(g, "extension"), FX_EXT_AGE_TEXT);
	assert_non_null(e);
	char *s = dump(e);
	assert_contains(s, "{\"url\":\"minimumAge\",\"valueString\":\"about five\"}");
	free(s);
	/* no age characteristic at all: there is no bound to state */
	s = dump(g);
	assert_lacks(s, "30525-0");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_group(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	json_t *g = contained(rs, "group");
	assert_string_equal(json_string_value(json_object_get(g, "name")),
	                    "Eligibility for NCT01234567");
	assert_true(json_is_false(json_object_get(g, "actual")));
	assert_null(json_object_get(g, "quantity")); /* ESTIMATED */
	char *s = dump(g);
	assert_contains(s, "\"code\":\"46098-0\"");
	assert_contains(s, "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://hl7.org/"
	                   "fhir/administrative-gender\",\"code\":\"female\"");
	assert_contains(s, "\"code\":\"healthy-volunteers\",\"display\":\"Accepts healthy "
	                   "volunteers\"}]},\"valueBoolean\":true,\"exclude\":false}");
	assert_contains(s, "\"text\":\"Adult, Older Adult\"");
	assert_contains(s, "extension-Group.description\",\"valueMarkdown\":\"Inclusion "
	                   "Criteria:\\n\\n* Adults\"");
	free(s);
	s = dump(ext(json_object_get(rs, "extension"), FX_R5_RECRUITMENT));
	assert_string_equal(s, "{\"url\":\"http://hl7.org/fhir/5.0/StructureDefinition/"
	                       "extension-ResearchStudy.recruitment\",\"extension\":[{\"url\":"
	                       "\"targetNumber\",\"valueUnsignedInt\":60},{\"url\":\"eligibility\","
	                       "\"valueReference\":{\"reference\":\"#group\"}}]}");
	free(s);
	json_decref(out);

	/* ACTUAL: actualNumber and Group.quantity; sex ALL: no sex characteristic */
	t->enrollment_type = S(t, "ACTUAL");
	t->eligibility.sex = S(t, "ALL");
	out = convert(t);
	rs = json_array_get(out, 0);
	g = contained(rs, "group");
	assert_int_equal(json_integer_value(json_object_get(g, "quantity")), 60);
	s = dump(out);
	assert_contains(s, "{\"url\":\"actualNumber\",\"valueUnsignedInt\":60}");
	assert_lacks(s, "46098-0");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_design(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	char *s = dump(out);
	assert_contains(s, "\"text\":\"Masking: Double (Participant, Investigator)\"");
	assert_contains(s, "\"code\":\"DOUBLE\"");
	assert_contains(s, "\"code\":\"INVESTIGATOR\"");
	assert_contains(s,
	                "{\"extension\":[{\"url\":\"http://trialfhir.org/fhir/"
	                "StructureDefinition/ctgov-design-description\",\"valueString\":\"Two "
	                "parallel groups\"}],\"coding\":[{\"system\":\"http://trialfhir.org/fhir/"
	                "CodeSystem/ctgov-intervention-model\",\"code\":\"PARALLEL\"");
	assert_contains(s, "\"text\":\"Allocation: Randomized\"");
	assert_contains(s,
	                "\"primaryPurposeType\":{\"coding\":[{\"system\":\"http://"
	                "terminology.hl7.org/CodeSystem/research-study-prim-purp-type\",\"code\":"
	                "\"basic-science\"");
	free(s);
	json_decref(out);

	/* A purpose row without a code: text only */
	t->primary_purpose = S(t, "OTHER");
	out = convert(t);
	s = dump(json_object_get(json_array_get(out, 0), "primaryPurposeType"));
	assert_string_equal(s, "{\"text\":\"Other\"}");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_terms(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	char *s = dump(json_object_get(rs, "condition"));
	/* "Obesity" matches the MeSH term "obesity" case aside; the unmatched
	 * descriptor becomes an entry of its own */
	assert_string_equal(s,
	                    "[{\"text\":\"Prediabetes\"},{\"coding\":[{\"system\":\"http://"
	                    "terminology.hl7.org/CodeSystem/MSH\",\"code\":\"D009765\",\"display\":"
	                    "\"obesity\"}],\"text\":\"Obesity\"},{\"coding\":[{\"system\":\"http://"
	                    "terminology.hl7.org/CodeSystem/MSH\",\"code\":\"D011236\",\"display\":"
	                    "\"prediabetic state\"}],\"text\":\"prediabetic state\"}]");
	free(s);
	s = dump(json_object_get(rs, "focus"));
	assert_string_equal(s, "[{\"text\":\"Yoghurt\"},{\"coding\":[{\"system\":\"http://"
	                       "terminology.hl7.org/CodeSystem/MSH\",\"code\":\"D015014\","
	                       "\"display\":\"Yogurt\"}],\"text\":\"Yogurt\"}]");
	free(s);
	s = dump(json_object_get(rs, "location"));
	/* one per country, first seen, case aside */
	assert_string_equal(s, "[{\"text\":\"United States\"},{\"text\":\"France\"}]");
	free(s);
	s = dump(ext(json_object_get(rs, "extension"), FX_EXT_INTERVENTION));
	assert_string_equal(
	        s,
	        "{\"url\":\"http://trialfhir.org/fhir/StructureDefinition/ctgov-intervention\","
	        "\"extension\":[{\"url\":\"name\",\"valueString\":\"Yoghurt\"},{\"url\":\"type\","
	        "\"valueCoding\":{\"system\":\"http://trialfhir.org/fhir/CodeSystem/"
	        "ctgov-intervention-type\",\"code\":\"OTHER\",\"display\":\"Other\"}},{\"url\":"
	        "\"description\",\"valueMarkdown\":\"250 g per day\"},{\"url\":\"otherName\","
	        "\"valueString\":\"Yogurt\"},{\"url\":\"armGroupLabel\",\"valueString\":"
	        "\"Yoghurt\"}]}");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_identifiers_and_titles(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	char *s = dump(json_object_get(rs, "identifier"));
	assert_string_equal(
	        s,
	        "[{\"use\":\"official\",\"system\":\"https://clinicaltrials.gov\",\"value\":"
	        "\"NCT01234567\"},{\"use\":\"old\",\"system\":\"https://clinicaltrials.gov\","
	        "\"value\":\"NCT00000001\"},{\"use\":\"secondary\",\"type\":{\"text\":"
	        "\"Organization's Unique Protocol ID\"},\"value\":\"PROTO-1\",\"assigner\":{"
	        "\"display\":\"Acme University\"}},{\"use\":\"secondary\",\"type\":{\"coding\":[{"
	        "\"system\":\"http://trialfhir.org/fhir/CodeSystem/ctgov-secondary-id-type\","
	        "\"code\":\"EUDRACT_NUMBER\",\"display\":\"EudraCT Number\"}],\"text\":\"EudraCT "
	        "Number\"},\"system\":\"https://www.clinicaltrialsregister.eu\",\"value\":"
	        "\"2020-001234-56\",\"assigner\":{\"display\":\"EudraCT\"}},{\"use\":\"secondary\","
	        "\"type\":{\"coding\":[{\"system\":\"http://trialfhir.org/fhir/CodeSystem/"
	        "ctgov-secondary-id-type\",\"code\":\"NIH\",\"display\":\"U.S. NIH Grant/"
	        "Contract\"}],\"text\":\"U.S. NIH Grant/Contract\"},\"system\":\"https://"
	        "reporter.nih.gov\",\"value\":\"R01 DK000001\",\"assigner\":{\"display\":"
	        "\"NIDDK\"}}]");
	free(s);
	assert_string_equal(json_string_value(json_object_get(rs, "title")), "Yoghurt and Glucose");
	s = dump(json_object_get(rs, "extension"));
	assert_contains(s,
	                "{\"url\":\"http://hl7.org/fhir/5.0/StructureDefinition/"
	                "extension-ResearchStudy.label\",\"extension\":[{\"url\":\"type\","
	                "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/"
	                "title-type\",\"code\":\"acronym\",\"display\":\"Acronym\"}]}},{\"url\":"
	                "\"value\",\"valueString\":\"YOGI\"}]}");
	assert_contains(s, "\"code\":\"official\"");
	assert_contains(s, "extension-ResearchStudy.descriptionSummary\",\"valueMarkdown\":"
	                   "\"Does yoghurt help?\"");
	free(s);
	assert_string_equal(json_string_value(json_object_get(rs, "description")),
	                    "Long *markdown* text.");
	json_decref(out);

	t->brief_title = NULL;
	out = convert(t);
	assert_string_equal(json_string_value(json_object_get(json_array_get(out, 0), "title")),
	                    "A Randomised Study of Yoghurt and Glucose Metabolism");
	json_decref(out);
	tf_trial_free(t);
}

static void test_artifacts_and_dates(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	char *s = dump(json_object_get(rs, "relatedArtifact"));
	assert_contains(s, "{\"type\":\"citation\",\"display\":\"Background\",\"citation\":\"Doe "
	                   "J. Yoghurt. J Food. 2020.\",\"url\":\"https://pubmed.ncbi.nlm.nih.gov/"
	                   "32757778/\"}");
	assert_contains(s, "\"url\":\"https://cdn.clinicaltrials.gov/large-docs/67/NCT01234567/"
	                   "Prot_000.pdf\"");
	assert_contains(s, "\"size\":1159719");
	assert_contains(s, "{\"type\":\"documentation\",\"label\":\"R01 DK000001\",\"display\":"
	                   "\"NIDDK\",\"url\":\"https://reporter.nih.gov/quickSearch/R01\"}");
	assert_contains(s,
	                "{\"type\":\"derived-from\",\"display\":\"ClinicalTrials.gov record "
	                "NCT01234567\",\"url\":\"https://clinicaltrials.gov/study/NCT01234567\"}");
	free(s);
	s = dump(json_object_get(rs, "period"));
	assert_string_equal(
	        s, "{\"start\":\"2024-03\",\"_start\":{\"extension\":[{\"url\":\"http://"
	           "trialfhir.org/fhir/StructureDefinition/ctgov-date-type\",\"valueCoding\":{"
	           "\"system\":\"http://trialfhir.org/fhir/CodeSystem/ctgov-actual-estimated\","
	           "\"code\":\"ACTUAL\",\"display\":\"Actual\"}}]},\"end\":\"2027-04-30\",\"_end\":"
	           "{\"extension\":[{\"url\":\"http://trialfhir.org/fhir/StructureDefinition/"
	           "ctgov-date-type\",\"valueCoding\":{\"system\":\"http://trialfhir.org/fhir/"
	           "CodeSystem/ctgov-actual-estimated\",\"code\":\"ESTIMATED\",\"display\":"
	           "\"Estimated\"}}]}}");
	free(s);
	s = dump(ext(json_object_get(rs, "extension"), FX_EXT_DATES));
	assert_contains(s, "{\"url\":\"primaryCompletionDate\",\"valueDate\":\"2026\","
	                   "\"_valueDate\":{\"extension\":[");
	assert_contains(s, "{\"url\":\"studyFirstSubmitDate\",\"valueDate\":\"2024-01-13\"}");
	assert_contains(s, "{\"url\":\"statusVerifiedDate\",\"valueDate\":\"2025-12\"}");
	free(s);
	json_decref(out);

	/* a file name that is not a plain name never becomes a URL */
	t->large_docs[0].filename = S(t, "../../evil.pdf");
	out = convert(t);
	s = dump(out);
	assert_lacks(s, "large-docs");
	assert_contains(s, "\"title\":\"../../evil.pdf\"");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

static void test_sites_and_people(void **state)
{
	tf_trial *t = full_trial();
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	char *s = dump(contained(rs, "site-1"));
	assert_string_equal(
	        s,
	        "{\"resourceType\":\"Location\",\"id\":\"site-1\",\"extension\":[{\"url\":"
	        "\"http://trialfhir.org/fhir/StructureDefinition/ctgov-site-recruitment-status\","
	        "\"valueCoding\":{\"system\":\"http://trialfhir.org/fhir/CodeSystem/"
	        "ctgov-status\",\"code\":\"RECRUITING\",\"display\":\"Recruiting\"}}],\"status\":"
	        "\"active\",\"name\":\"Acme Hospital\",\"telecom\":[{\"system\":\"phone\","
	        "\"value\":\"555-0101\",\"use\":\"work\"},{\"system\":\"email\",\"value\":"
	        "\"ann@acme.org\",\"use\":\"work\"}],\"address\":{\"use\":\"work\",\"city\":"
	        "\"New York\",\"state\":\"New York\",\"postalCode\":\"10001\",\"country\":"
	        "\"United States\"},\"position\":{\"longitude\":-73.9900,\"latitude\":40.70}}");
	free(s);
	s = dump(contained(rs, "site-1-contact-2"));
	assert_string_equal(
	        s, "{\"resourceType\":\"PractitionerRole\",\"id\":\"site-1-contact-2\","
	           "\"practitioner\":{\"display\":\"Bob Site\"},\"code\":[{\"coding\":[{\"system\":"
	           "\"http://hl7.org/fhir/research-study-party-role\",\"code\":"
	           "\"primary-investigator\",\"display\":\"primary-investigator\"}],\"text\":"
	           "\"Principal Investigator\"}],\"location\":[{\"reference\":\"#site-1\"}],"
	           "\"telecom\":[{\"system\":\"phone\",\"value\":\"555-0101\",\"use\":\"work\"}]}");
	free(s);
	s = dump(json_object_get(rs, "contact"));
	assert_string_equal(s, "[{\"name\":\"Study Desk\",\"telecom\":[{\"system\":\"phone\","
	                       "\"value\":\"555-0100 ext. 12\",\"use\":\"work\"},{\"system\":"
	                       "\"email\",\"value\":\"desk@acme.org\",\"use\":\"work\"}]}]");
	free(s);
	s = dump(contained(rs, "sponsor"));
	assert_string_equal(s, "{\"resourceType\":\"Organization\",\"id\":\"sponsor\",\"type\":[{"
	                       "\"coding\":[{\"system\":\"http://trialfhir.org/fhir/CodeSystem/"
	                       "ctgov-agency-class\",\"code\":\"OTHER\",\"display\":\"Other\"}],"
	                       "\"text\":\"Other\"}],\"name\":\"Acme University\"}");
	free(s);
	s = dump(json_object_get(rs, "extension"));
	assert_contains(s, "{\"url\":\"name\",\"valueString\":\"Acme University\"},{\"url\":"
	                   "\"role\",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://"
	                   "hl7.org/fhir/research-study-party-role\",\"code\":\"lead-sponsor\"");
	free(s);
	s = dump(json_object_get(rs, "arm"));
	assert_contains(s, "[{\"extension\":[{\"url\":\"http://trialfhir.org/fhir/"
	                   "StructureDefinition/ctgov-arm-intervention\",\"valueString\":\"Other: "
	                   "Yoghurt\"}],\"name\":\"Yoghurt\",\"type\":{\"coding\":[");
	free(s);
	s = dump(json_object_get(rs, "objective"));
	assert_contains(s,
	                "{\"name\":\"Adherence\",\"type\":{\"coding\":[{\"system\":\"http://"
	                "terminology.hl7.org/CodeSystem/research-study-objective-type\",\"code\":"
	                "\"exploratory\"");
	free(s);
	s = dump(ext(json_object_get(rs, "extension"), FX_R5_OUTCOME_MEASURE));
	assert_contains(s, "{\"url\":\"http://trialfhir.org/fhir/StructureDefinition/"
	                   "ctgov-outcome-time-frame\",\"valueString\":\"24 weeks\"}");
	free(s);
	json_decref(out);
	tf_trial_free(t);
}

/* ---- allocation failures ---------------------------------------------------- */

static long alloc_countdown; /* fail when it reaches 0; negative: never */

static void *failing_malloc(size_t n)
{
	if (alloc_countdown >= 0 && alloc_countdown-- == 0)
		return NULL;
	return malloc(n);
}

static void test_out_of_memory(void **state)
{
	tf_trial *t = full_trial();
	json_t *base = convert(t);
	char *want = dump(base);
	json_decref(base);

	json_malloc_t old_malloc;
	json_free_t old_free;
	json_get_alloc_funcs(&old_malloc, &old_free);
	int ok = 0;
	for (long n = 0; n < 100000 && !ok; n++) {
		json_set_alloc_funcs(failing_malloc, free);
		alloc_countdown = n;
		json_t *out = NULL;
		tf_error err;
		tf_error_clear(&err);
		int rc = tf_fhir_build(t, maps, NULL, NULL, &out, &err);
		alloc_countdown = -1;
		json_set_alloc_funcs(old_malloc, old_free);
		if (rc == 0) {
			/* the first success must be the whole output, not one with
			 * holes where an allocation failed */
			char *got = dump(out);
			assert_string_equal(got, want);
			free(got);
			json_decref(out);
			ok = 1;
		} else {
			assert_int_equal(rc, TF_ENOMEM);
			assert_null(out);
		}
	}
	assert_true(ok);
	free(want);
	tf_trial_free(t);
}

/* ---- intervention codes (mappings/intervention-code.tsv) ------------------ */

#define SCT    "http://snomed.info/sct|"
#define RXNORM "http://www.nlm.nih.gov/research/umls/rxnorm|"

/* A trial whose interventions have the given names, no other names. */
static tf_trial *trial_with_interventions(const char *const *names, size_t n)
{
	tf_trial *t = minimal_trial("NCT01234567", "RECRUITING");
	t->n_interventions = n;
	t->interventions = tf_trial_alloc(t, n, sizeof(tf_intervention));
	for (size_t i = 0; i < n; i++)
		t->interventions[i].name = S(t, names[i]);
	return t;
}

/* The codings of focus entry i as "system|code" joined by spaces ("" when
 * it has none); fails unless its text is want_text. */
static void focus_codes(json_t *rs, size_t i, const char *want_text, char *out, size_t size)
{
	json_t *cc = json_array_get(json_object_get(rs, "focus"), i);
	assert_non_null(cc);
	assert_string_equal(json_string_value(json_object_get(cc, "text")), want_text);
	out[0] = '\0';
	size_t k;
	json_t *c;
	json_array_foreach(json_object_get(cc, "coding"), k, c)
	{
		size_t used = strlen(out);
		int w = snprintf(out + used, size - used, "%s%s|%s", used ? " " : "",
		                 json_string_value(json_object_get(c, "system")),
		                 json_string_value(json_object_get(c, "code")));
		assert_true(w >= 0 && (size_t)w < size - used);
	}
}

/* Converts a trial with the interventions names[] using m and checks that
 * entry i is coded want[i]. */
static void check_codes(tf_mappings *m, const char *const *names, const char *const *want, size_t n)
{
	tf_trial *t = trial_with_interventions(names, n);
	tf_fhir_options opts = TF_FHIR_OPTIONS_INIT;
	opts.mappings = m;
	json_t *out = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_fhir_from_trial(t, &opts, &out, &err), 0);
	json_t *rs = json_array_get(out, 0);
	assert_int_equal(json_array_size(json_object_get(rs, "focus")), n);
	for (size_t i = 0; i < n; i++) {
		char got[1024];
		focus_codes(rs, i, names[i], got, sizeof(got));
		if (strcmp(got, want[i]) != 0)
			fail_msg("%s: codes \"%s\", expected \"%s\"", names[i], got, want[i]);
	}
	json_decref(out);
	tf_trial_free(t);
}

static void test_intervention_codes_seeds(void **state)
{
	/* the interventions of the four seed trials, as registries write them */
	static const char *const names[] = {
	        "Erector Spinae Plane Block",
	        "Intermittent erector spinae plane block via subcutaneous port",
	        "Radiofrequency Ablation",
	        "Vertebroplasty", /* no checked SNOMED CT code: text only */
	        "Stereotactic Body Radiotherapy (SBRT)",
	        "Palliative radiotherapy",
	        "Drug: S-ketamine",
	        "Esketamine infusion",
	        "Placebo",
	        "Placebo (normal saline)",
	};
	static const char *const want[] = {
	        SCT "789172006",  /* erector spinae plane block */
	        SCT "789172006",  /* ... found inside a longer name */
	        SCT "879916008",  /* radiofrequency ablation */
	        "",               /* vertebroplasty */
	        SCT "395096001",  /* stereotactic radiotherapy, once */
	        SCT "108290001",  /* radiotherapy */
	        RXNORM "2119365", /* esketamine */
	        RXNORM "2119365", /* esketamine */
	        "",               /* placebo */
	        "",               /* placebo */
	};
	check_codes(maps, names, want, sizeof(names) / sizeof(names[0]));
}

static void test_intervention_codes_rule(void **state)
{
	static const char *const names[] = {
	        /* several therapies, several codings, in the order named */
	        "RFA + SBRT",
	        "semaglutide combined with metformin",
	        "Dapagliflozin 10 mg/Pioglitazone 30 mg/Metformin HCl 1000 mg",
	        /* the same row through two variants: one coding */
	        "Stereotactic body radiotherapy (SBRT) and SABR",
	        /* the longest of overlapping variants wins */
	        "External beam radiation therapy",
	        "Trastuzumab Emtansine",
	        "Ultrasound-guided erector spinae plane block",
	        "Transversus abdominis plane block",
	        /* whole words only */
	        "Metforminic acid",
	        "Antisemaglutide antibody",
	        "Protonbeam",
	        /* a row without a code keeps the whole name uncoded */
	        "Placebo to dapagliflozin",
	        "Sham erector spinae plane block",
	        /* case and punctuation aside */
	        "METFORMIN-XR",
	        "Cognitive Behavioral Therapy",
	};
	static const char *const want[] = {
	        SCT "879916008 " SCT "395096001",
	        RXNORM "1991302 " RXNORM "6809",
	        RXNORM "1488564 " RXNORM "33738 " RXNORM "6809",
	        SCT "395096001",
	        SCT "33195004",
	        RXNORM "1371041",
	        SCT "789172006",
	        SCT "56333001",
	        "",
	        "",
	        "",
	        "",
	        "",
	        RXNORM "6809",
	        "",
	};
	check_codes(maps, names, want, sizeof(names) / sizeof(names[0]));
}

static void test_intervention_other_names(void **state)
{
	tf_trial *t = minimal_trial("NCT01234567", "RECRUITING");
	t->n_interventions = 3;
	t->interventions = tf_trial_alloc(t, 3, sizeof(tf_intervention));
	/* the name says nothing: the other names are read */
	t->interventions[0].name = S(t, "Study drug A");
	push(t, &t->interventions[0].other_names, "Ozempic");
	push(t, &t->interventions[0].other_names, "metformin");
	/* the name matches: the other names are not read */
	t->interventions[1].name = S(t, "Tirzepatide");
	push(t, &t->interventions[1].other_names, "semaglutide");
	/* an uncoded row among the other names keeps it uncoded */
	t->interventions[2].name = S(t, "Comparator");
	push(t, &t->interventions[2].other_names, "matching placebo");
	push(t, &t->interventions[2].other_names, "metformin");
	json_t *out = convert(t);
	json_t *rs = json_array_get(out, 0);
	char got[1024];
	focus_codes(rs, 0, "Study drug A", got, sizeof(got));
	assert_string_equal(got, RXNORM "1991302 " RXNORM "6809");
	focus_codes(rs, 1, "Tirzepatide", got, sizeof(got));
	assert_string_equal(got, RXNORM "2601723");
	focus_codes(rs, 2, "Comparator", got, sizeof(got));
	assert_string_equal(got, "");
	json_decref(out);
	tf_trial_free(t);
}

static void test_intervention_user_table(void **state)
{
	/* a hospital's own file, as given with --mappings, adds a local code */
	char dir[] = "/tmp/tf-iv-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[sizeof(dir) + 32];
	snprintf(path, sizeof(path), "%s/intervention-code.tsv", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs("source\tsystem\tcode\tdisplay\tmatch\n"
	      "ketamine\thttp://hospital.example/drugs\tK-01\tKetamine (local)\tketamine|ketalar\n",
	      f);
	assert_int_equal(fclose(f), 0);

	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, TF_TEST_MAPPINGS, NULL), 0);
	static const char *const names[] = {
	        "Ketamine",
	        "Esketamine",
	        "Drug: S-ketamine",
	        "Ketamine and esketamine",
	        "Ketaminergic pathway",
	};
	static const char *const before[] = {"", RXNORM "2119365", RXNORM "2119365",
	                                     RXNORM "2119365", ""};
	check_codes(m, names, before, 5);
	tf_error err;
	tf_error_clear(&err);
	if (tf_mappings_add(m, path, &err) != 0)
		fail_msg("%s", err.message);
	/* the same set, extended: the cached index must not be reused; ketamine
	 * never matches inside esketamine, and for S-ketamine the longer
	 * variant "s ketamine" wins over "ketamine" */
	static const char *const after[] = {
	        "http://hospital.example/drugs|K-01",
	        RXNORM "2119365",
	        RXNORM "2119365",
	        "http://hospital.example/drugs|K-01 " RXNORM "2119365",
	        "",
	};
	check_codes(m, names, after, 5);
	tf_mappings_free(m);
	/* and the shipped set again */
	check_codes(maps, names, before, 5);
	unlink(path);
	rmdir(dir);
}

static void test_default_mappings_and_options(void **state)
{
	/* opts NULL: the default tables ($TRIALFHIR_MAPPINGS under ctest) */
	tf_trial *t = minimal_trial("NCT01234567", "COMPLETED");
	json_t *out = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_fhir_from_trial(t, NULL, &out, &err), 0);
	assert_string_equal(json_string_value(json_object_get(json_array_get(out, 0), "status")),
	                    "completed");
	json_decref(out);
	tf_fhir_options bad = TF_FHIR_OPTIONS_INIT;
	bad.version = 99;
	assert_int_equal(tf_fhir_from_trial(t, &bad, &out, &err), TF_EINVAL);
	assert_int_equal(tf_fhir_from_trial(NULL, NULL, &out, &err), TF_EINVAL);
	tf_trial_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_study_id),
	        cmocka_unit_test(test_minimal),
	        cmocka_unit_test(test_status_and_phase),
	        cmocka_unit_test(test_unknown_status_rejected),
	        cmocka_unit_test(test_decimals_verbatim),
	        cmocka_unit_test(test_contained_all_referenced),
	        cmocka_unit_test(test_no_empty_values),
	        cmocka_unit_test(test_deterministic),
	        cmocka_unit_test(test_element_order),
	        cmocka_unit_test(test_ages),
	        cmocka_unit_test(test_unreadable_age_kept),
	        cmocka_unit_test(test_group),
	        cmocka_unit_test(test_design),
	        cmocka_unit_test(test_terms),
	        cmocka_unit_test(test_identifiers_and_titles),
	        cmocka_unit_test(test_artifacts_and_dates),
	        cmocka_unit_test(test_sites_and_people),
	        cmocka_unit_test(test_intervention_codes_seeds),
	        cmocka_unit_test(test_intervention_codes_rule),
	        cmocka_unit_test(test_intervention_other_names),
	        cmocka_unit_test(test_intervention_user_table),
	        cmocka_unit_test(test_out_of_memory),
	        cmocka_unit_test(test_default_mappings_and_options),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
