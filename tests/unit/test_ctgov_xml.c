/*
 * test_ctgov_xml.c - the classic CT.gov XML reader (registry/ctgov_xml.c)
 * and the XML record splitter (registry/xsplit.c).
 *
 * Real records from fixtures/ctgov-xml/ with concrete values for every
 * field group; every record of the development set (shared/registry-data,
 * or the fixtures when that is not there) read without a rejection; the
 * agreement of the XML and the API v2 JSON model of every study present in
 * both formats, field by field, with each remaining difference matched to a
 * written justification; CT.gov's standard age rule checked against every
 * v2 record; small inline records for the rules (rejections, warnings,
 * legacy spellings, name joining, text blocks); and the splitter on
 * concatenations, edge cases and limits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "registry/ctgov_xml.h"
#include "trialfhir/registry.h"
#include "trialfhir/trial.h"
#include "util/util.h"

#define FIXTURES TF_TEST_FIXTURES "/ctgov-xml/"
#define PAIRS    TF_TEST_DATA "/pairs/"

/* The development set, when this checkout sits next to it. */
static const char *registry_data(void)
{
	const char *env = getenv("TRIALFHIR_REGISTRY_DATA");
	return env && *env ? env : TF_TEST_FIXTURES "/../../shared/registry-data";
}

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Sorted names in dir ending with suffix; caller frees with free_names. */
static char **list_dir(const char *dir, const char *suffix, size_t *n)
{
	struct dirent **ents;
	int k = scandir(dir, &ents, NULL, alphasort);
	assert_true(k >= 0);
	char **names = calloc((size_t)k + 1, sizeof(char *));
	assert_non_null(names);
	*n = 0;
	for (int i = 0; i < k; i++) {
		if (ends_with(ents[i]->d_name, suffix))
			names[(*n)++] = strdup(ents[i]->d_name);
		free(ents[i]);
	}
	free(ents);
	return names;
}

static void free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static int read_xml(const char *buf, size_t len, tf_trial **out, tf_error *err)
{
	assert_int_equal(tf_trial_new(out), 0);
	int rc = tf_ctgov_xml_study(buf, len, "test.xml", *out, err);
	if (rc < 0) {
		tf_trial_free(*out);
		*out = NULL;
	}
	return rc;
}

static tf_trial *read_xml_file(const char *path)
{
	char *buf;
	size_t len;
	tf_error err;
	if (tf_read_file(path, (size_t)64 << 20, &buf, &len, &err) < 0)
		fail_msg("cannot read %s: %s", path, err.message);
	tf_trial *t;
	int rc = read_xml(buf, len, &t, &err);
	free(buf);
	if (rc < 0)
		fail_msg("%s rejected: %s (at %s, line %ld)", path, err.message, err.pointer,
		         err.line);
	return t;
}

/* A fixture that must read without a single warning. */
static tf_trial *fixture(const char *nct)
{
	char path[512];
	snprintf(path, sizeof(path), FIXTURES "%s.xml", nct);
	tf_trial *t = read_xml_file(path);
	for (size_t i = 0; i < t->warnings.n; i++)
		print_message("warning: %s\n", t->warnings.v[i]);
	assert_int_equal(t->warnings.n, 0);
	assert_string_equal(t->nct_id, nct);
	return t;
}

static tf_trial *json_file(const char *path)
{
	tf_reader_options o = TF_READER_OPTIONS_INIT;
	o.format = TF_FORMAT_CTGOV_JSON;
	tf_reader *r;
	tf_trial *t = NULL;
	tf_error err;
	if (tf_reader_open_file(&r, path, &o, &err) < 0)
		fail_msg("cannot open %s: %s", path, err.message);
	if (tf_reader_next(r, &t, &err) != 0)
		fail_msg("%s rejected: %s", path, err.message);
	tf_reader_free(r);
	return t;
}

static void assert_strv(const tf_strv *v, const char *const *want, size_t n)
{
	if (v->n != n) {
		for (size_t i = 0; i < v->n; i++)
			print_message("  [%zu] %s\n", i, v->v[i]);
		fail_msg("%zu items, expected %zu", v->n, n);
	}
	for (size_t i = 0; i < n; i++)
		assert_string_equal(v->v[i], want[i]);
}

#define STRV(v, ...)                                                                               \
	do {                                                                                       \
		static const char *const want_[] = {__VA_ARGS__};                                  \
		assert_strv(&(v), want_, sizeof(want_) / sizeof(want_[0]));                        \
	} while (0)

/* ---- real records ---- */

/* NCT02513394 (PALLAS), the record also present in v2 JSON. */
static void test_real_pallas(void **state)
{
	(void)state;
	tf_trial *t = fixture("NCT02513394");
	assert_string_equal(t->org_study_id, "AFT-05");
	assert_int_equal(t->n_secondary_ids, 3);
	assert_string_equal(t->secondary_ids[2].id, "2014-005181-30");
	assert_null(t->secondary_ids[2].type);
	assert_string_equal(t->brief_title, "PALbociclib CoLlaborative Adjuvant Study");
	assert_string_equal(t->acronym, "PALLAS");
	assert_string_equal(t->organization, "Alliance Foundation Trials, LLC.");
	assert_null(t->organization_class);
	assert_string_equal(t->lead_sponsor.name, "Alliance Foundation Trials, LLC.");
	assert_string_equal(t->lead_sponsor.cls, "OTHER");
	assert_int_equal(t->n_collaborators, 5);
	assert_string_equal(t->collaborators[0].name,
	                    "Austrian Breast & Colorectal Cancer Study Group");
	assert_string_equal(t->collaborators[4].name, "Pfizer");
	assert_string_equal(t->collaborators[4].cls, "INDUSTRY");
	assert_int_equal(t->has_dmc, TF_YES);
	assert_int_equal(t->fda_regulated_drug, TF_UNSET);

	/* The textblock lost CT.gov's six-space indentation, kept its
	 * paragraphs. */
	assert_true(strncmp(t->brief_summary, "This is a prospective, two arm, international",
	                    45) == 0);
	assert_non_null(strstr(t->brief_summary, "therapy for patients with HR+ / HER2- early "
	                                         "breast cancer (EBC).\n\nThe purpose"));
	assert_null(strstr(t->brief_summary, "\n "));

	assert_string_equal(t->overall_status, "ACTIVE_NOT_RECRUITING");
	assert_string_equal(t->start_date.date, "2015-08");
	assert_null(t->start_date.type);
	assert_string_equal(t->completion_date.date, "2025-09");
	assert_string_equal(t->completion_date.type, "ESTIMATED");
	assert_string_equal(t->primary_completion_date.date, "2020-09");
	assert_string_equal(t->status_verified_date, "2019-12");
	assert_string_equal(t->first_submit_date, "2015-07-29");
	assert_string_equal(t->first_post_date.date, "2015-07-31");
	assert_string_equal(t->first_post_date.type, "ESTIMATED");
	assert_string_equal(t->last_update_post_date.date, "2020-03-09");
	assert_string_equal(t->last_update_post_date.type, "ACTUAL");
	assert_int_equal(t->has_expanded_access, TF_NO);

	STRV(t->phases, "PHASE3");
	assert_string_equal(t->study_type, "INTERVENTIONAL");
	assert_int_equal(t->patient_registry, TF_UNSET);
	assert_string_equal(t->allocation, "RANDOMIZED");
	assert_string_equal(t->intervention_model, "PARALLEL");
	assert_string_equal(t->primary_purpose, "TREATMENT");
	assert_string_equal(t->masking, "NONE");
	assert_int_equal(t->who_masked.n, 0);
	assert_int_equal(t->enrollment, 5796);
	assert_string_equal(t->enrollment_type, "ACTUAL");
	STRV(t->conditions, "Breast Cancer");
	STRV(t->keywords, "HR+/HER2- breast cancer", "Palbociclib");

	/* Arms list their interventions the way v2 does. */
	assert_int_equal(t->n_arms, 2);
	assert_string_equal(t->arms[0].label, "Arm A");
	assert_string_equal(t->arms[0].type, "EXPERIMENTAL");
	STRV(t->arms[0].interventions, "Drug: Palbociclib",
	     "Drug: Standard Adjuvant Endocrine Therapy");
	assert_string_equal(t->arms[1].type, "OTHER");
	STRV(t->arms[1].interventions, "Drug: Standard Adjuvant Endocrine Therapy");
	assert_int_equal(t->n_interventions, 2);
	assert_string_equal(t->interventions[1].type, "DRUG");
	STRV(t->interventions[1].arm_labels, "Arm A", "Arm B");

	assert_int_equal(t->n_primary_outcomes, 1);
	assert_string_equal(t->primary_outcomes[0].measure,
	                    "Invasive Disease Free Survival (iDFS)");
	assert_string_equal(t->primary_outcomes[0].time_frame,
	                    "The expected study duration to primary analysis of iDFS is 5.4 years");
	assert_int_equal(t->n_secondary_outcomes, 1);

	const tf_eligibility *e = &t->eligibility;
	assert_true(strncmp(e->criteria,
	                    "Inclusion Criteria:\n\n  -  Signed informed consent prior to study "
	                    "specific procedures.\n\n  -  Age \xe2\x89\xa5"
	                    "18 years",
	                    95) == 0);
	assert_string_equal(e->sex, "ALL");
	assert_string_equal(e->minimum_age, "18 Years");
	assert_null(e->maximum_age); /* N/A */
	assert_int_equal(e->healthy_volunteers, TF_NO);
	STRV(e->std_ages, "ADULT", "OLDER_ADULT");

	assert_int_equal(t->n_officials, 4);
	assert_string_equal(t->officials[0].name, "Monica Bertagnolli, MD");
	assert_string_equal(t->officials[0].role, "PRINCIPAL_INVESTIGATOR");
	assert_string_equal(t->officials[0].affiliation, "Alliance Foundation Trials, LLC.");
	assert_int_equal(t->n_sites, 233);
	assert_string_equal(t->sites[0].facility,
	                    "University of South Alabama Mitchell Cancer Institute");
	assert_string_equal(t->sites[0].city, "Mobile");
	assert_string_equal(t->sites[0].state, "Alabama");
	assert_string_equal(t->sites[0].zip, "36604");
	assert_string_equal(t->sites[0].country, "United States");
	assert_null(t->sites[0].lat);
	assert_int_equal(t->n_condition_meshes, 1);
	assert_string_equal(t->condition_meshes[0].term, "Breast Neoplasms");
	assert_null(t->condition_meshes[0].id);
	assert_int_equal(t->n_intervention_meshes, 1);
	assert_string_equal(t->intervention_meshes[0].term, "Palbociclib");
	assert_string_equal(t->responsible_party.type, "SPONSOR");
	assert_int_equal(t->has_results, TF_NO);
	assert_string_equal(t->source.version_holder, "2020-08-18");
	tf_trial_free(t);
}

/* NCT00000201 (1999): free-text study_design and the pre-2018 dates. */
static void test_real_legacy(void **state)
{
	(void)state;
	tf_trial *t = fixture("NCT00000201");
	assert_string_equal(t->organization, "National Institute on Drug Abuse (NIDA)");
	assert_string_equal(t->lead_sponsor.cls, "NIH");
	STRV(t->phases, "PHASE2");
	assert_string_equal(t->primary_purpose, "TREATMENT");          /* from study_design */
	assert_string_equal(t->first_submit_date, "1999-09-20");       /* firstreceived_date */
	assert_string_equal(t->last_update_submit_date, "2005-06-23"); /* lastchanged_date */
	assert_string_equal(t->completion_date.date, "2001-12");
	assert_string_equal(t->status_verified_date, "2002-12");
	assert_string_equal(t->officials[0].name, "George Bigelow, Ph.D.");
	assert_string_equal(t->eligibility.sex, "FEMALE");
	assert_null(t->eligibility.minimum_age);
	STRV(t->eligibility.std_ages, "CHILD", "ADULT", "OLDER_ADULT");
	assert_string_equal(t->sites[0].zip, "21224 6823");
	tf_trial_free(t);

	/* "Intervention Model: Single Group Assignment, Masking: Open
	 * Label, ...", and "Phase 0", the old name of Early Phase 1. */
	t = fixture("NCT01909401");
	assert_string_equal(t->intervention_model, "SINGLE_GROUP");
	assert_string_equal(t->masking, "NONE");
	STRV(t->phases, "EARLY_PHASE1");
	assert_string_equal(t->overall_status, "ENROLLING_BY_INVITATION");
	assert_string_equal(t->eligibility.sex, "ALL"); /* "Both" */
	tf_trial_free(t);

	/* Results posted; ages in months. */
	t = fixture("NCT02028676");
	assert_int_equal(t->has_results, TF_YES);
	assert_string_equal(t->results_first_submit_date, "2014-01-15");
	assert_string_equal(t->intervention_model, "FACTORIAL");
	assert_string_equal(t->eligibility.minimum_age, "3 Months");
	STRV(t->eligibility.std_ages, "CHILD");
	assert_string_equal(t->responsible_party.name, "Diana M Gibb");
	assert_string_equal(t->responsible_party.title, "Professor of Epidemiology");
	assert_int_equal(t->n_links, 1);
	assert_string_equal(t->links[0].url, "http://www.arrowtrial.org/");
	assert_string_equal(t->links[0].label, "main ARROW trial webpage");
	tf_trial_free(t);
}

static void test_real_status_and_types(void **state)
{
	(void)state;
	/* Unknown status, with the last status known. */
	tf_trial *t = fixture("NCT00739817");
	assert_string_equal(t->overall_status, "UNKNOWN");
	assert_string_equal(t->last_known_status, "NOT_YET_RECRUITING");
	assert_string_equal(t->responsible_party.old_name, "Israel Amirav");
	assert_null(t->responsible_party.type);
	assert_string_equal(t->eligibility.sampling_method, "NON_PROBABILITY_SAMPLE");
	assert_int_equal(t->eligibility.healthy_volunteers, TF_YES);
	assert_int_equal(t->patient_registry, TF_NO);
	assert_string_equal(t->sites[0].contacts[0].name, "Israel Amirav, MD");
	assert_string_equal(t->sites[0].contacts[0].role, "CONTACT");
	assert_string_equal(t->sites[0].contacts[0].email, "amirav@012.net.il");
	tf_trial_free(t);

	/* Expanded access. */
	t = fixture("NCT01220531");
	assert_string_equal(t->study_type, "EXPANDED_ACCESS");
	assert_string_equal(t->overall_status, "AVAILABLE");
	STRV(t->expanded_access_types, "INTERMEDIATE", "TREATMENT");
	assert_int_equal(t->phases.n, 0);
	assert_string_equal(t->responsible_party.type, "SPONSOR_INVESTIGATOR");
	assert_int_equal(t->n_central_contacts, 2); /* contact, then backup */
	assert_string_equal(t->central_contacts[1].name, "Stephanie Gupton, RN, CPNP");
	assert_string_equal(t->central_contacts[1].role, "CONTACT");
	tf_trial_free(t);

	/* "Observational [Patient Registry]"; its "N/A" phase is dropped as
	 * CT.gov did for every non-interventional study. */
	t = fixture("NCT02145806");
	assert_string_equal(t->study_type, "OBSERVATIONAL");
	assert_int_equal(t->patient_registry, TF_YES);
	assert_string_equal(t->target_duration, "1 Week");
	assert_int_equal(t->phases.n, 0);
	tf_trial_free(t);

	/* Aliases, results references. */
	t = fixture("NCT00081588");
	STRV(t->nct_aliases, "NCT00980226");
	assert_string_equal(t->references[0].type, "RESULT");
	assert_string_equal(t->references[0].pmid, "17621237");
	assert_string_equal(t->intervention_model, "SINGLE_GROUP");
	tf_trial_free(t);

	/* Biospecimens; arms without a type. */
	t = fixture("NCT00513591");
	assert_string_equal(t->biospec_retention, "SAMPLES_WITH_DNA");
	assert_string_equal(t->biospec_description,
	                    "Blood samples will be collected and stored for future analysis.");
	assert_string_equal(t->observational_model, "COHORT");
	assert_string_equal(t->time_perspective, "PROSPECTIVE");
	assert_string_equal(t->arms[1].label, "2");
	assert_null(t->arms[1].type);
	assert_string_equal(t->officials[0].name, "Megan E. B. Clowse, MD, MPH");
	tf_trial_free(t);

	/* Ages in weeks. */
	t = fixture("NCT05381285");
	assert_string_equal(t->eligibility.minimum_age, "0 Weeks");
	assert_string_equal(t->eligibility.maximum_age, "16 Weeks");
	STRV(t->eligibility.std_ages, "CHILD");
	assert_string_equal(t->sites[0].status, "RECRUITING");
	tf_trial_free(t);
}

static void test_real_documents_and_ipd(void **state)
{
	(void)state;
	tf_trial *t = fixture("NCT05381064");
	assert_int_equal(t->n_large_docs, 1);
	assert_string_equal(t->large_docs[0].type_abbrev, "Prot_SAP_ICF");
	assert_string_equal(t->large_docs[0].label,
	                    "Study Protocol, Statistical Analysis Plan, and Informed Consent Form");
	assert_string_equal(t->large_docs[0].date, "2022-05-17");
	assert_string_equal(t->large_docs[0].filename, "Prot_SAP_ICF_000.pdf");
	assert_int_equal(t->large_docs[0].size, -1);
	assert_string_equal(t->masking, "DOUBLE");
	STRV(t->who_masked, "PARTICIPANT", "OUTCOMES_ASSESSOR");
	assert_string_equal(t->intervention_model, "CROSSOVER");
	assert_int_equal(t->n_sites, 0);
	tf_trial_free(t);

	t = fixture("NCT05381532");
	assert_string_equal(t->ipd_sharing.sharing, "YES");
	STRV(t->ipd_sharing.info_types, "ICF");
	assert_true(strncmp(t->ipd_sharing.time_frame, "Release of data forming", 23) == 0);
	assert_string_equal(t->ipd_sharing.access_criteria,
	                    "Access may be controlled, e.g., in accordance with the National "
	                    "Institutes of Health.");
	assert_string_equal(t->masking_description,
	                    "Participants may not know to which study arm they are assigned.");
	assert_string_equal(t->primary_purpose, "BASIC_SCIENCE");
	STRV(t->eligibility.std_ages, "ADULT");
	tf_trial_free(t);

	/* study_docs -> availIpds; central contacts with extensions. */
	t = fixture("NCT03391583");
	assert_int_equal(t->n_avail_ipds, 1);
	assert_null(t->avail_ipds[0].id);
	assert_string_equal(t->avail_ipds[0].type, "Individual Participant Data Set");
	assert_string_equal(t->avail_ipds[0].url, "http://project-redcap.org/");
	assert_int_equal(t->n_central_contacts, 2);
	assert_string_equal(t->central_contacts[0].name, "Cindy Hunt, PH, RN");
	assert_string_equal(t->central_contacts[0].phone_ext, "77081");
	assert_string_equal(t->central_contacts[1].name, "Candice M Todd, MD");
	assert_string_equal(t->start_date.date, "2018-01-08");
	assert_string_equal(t->start_date.type, "ESTIMATED");
	assert_int_equal(t->fda_regulated_drug, TF_NO);
	tf_trial_free(t);

	/* Gender-based eligibility; site contact and backup. */
	t = fixture("NCT03520088");
	assert_int_equal(t->eligibility.gender_based, TF_YES);
	assert_string_equal(t->eligibility.gender_description,
	                    "Male. The main objective of the study is asses the sexual dysfunction "
	                    "in male");
	assert_string_equal(t->eligibility.sex, "MALE");
	assert_true(t->sites[0].n_contacts >= 2);
	assert_string_equal(t->sites[0].contacts[1].role, "CONTACT");
	tf_trial_free(t);

	/* The largest record: 1,218 sites, other outcomes. */
	t = fixture("NCT02465060");
	assert_int_equal(t->n_sites, 1218);
	assert_true(t->n_other_outcomes > 0);
	assert_true(t->n_arms > 20);
	tf_trial_free(t);
}

/* Every record of the development set reads; the only warning allowed is
 * the one documented for a phase of an observational study. */
static void test_all_records(void **state)
{
	(void)state;
	char dir[600];
	snprintf(dir, sizeof(dir), "%s/ctgov-xml", registry_data());
	if (!is_dir(dir))
		snprintf(dir, sizeof(dir), "%s", FIXTURES);
	size_t n;
	char **names = list_dir(dir, ".xml", &n);
	assert_true(n > 0);
	size_t warned = 0;
	for (size_t i = 0; i < n; i++) {
		char path[1200];
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		tf_trial *t = read_xml_file(path);
		assert_int_equal(strncmp(t->nct_id, names[i], 11), 0);
		for (size_t k = 0; k < t->warnings.n; k++) {
			print_message("  %s: %s\n", t->nct_id, t->warnings.v[k]);
			if (!strstr(t->warnings.v[k], "of a non-interventional study dropped"))
				fail_msg("unexpected warning");
			warned++;
		}
		assert_non_null(t->overall_status);
		assert_non_null(t->brief_title);
		tf_trial_free(t);
	}
	print_message("  %zu records from %s read, %zu warning(s)\n", n, dir, warned);
	free_names(names, n);
}

/* ---- JSON/XML agreement ---- */

/* A model flattened to "path\tvalue" lines. List items are keyed by what
 * identifies them (a site by facility and city, a person by name), not by
 * position, so that two versions of a record that gained or lost items
 * still compare item by item. Values are compared after the same
 * normalisation on both sides: white space runs as one space, and list
 * bullets at line starts ("* " in v2 markdown, "-  " in classic XML text
 * blocks) dropped, since the two formats lay the same text out
 * differently. */
typedef struct flat {
	char **v;
	size_t n, cap;
} flat;

static void norm(tf_buf *b, const char *s)
{
	int line_start = 1, space = 0;
	for (const char *p = s; *p;) {
		if (line_start) {
			const char *q = p;
			while (*q == ' ' || *q == '\t')
				q++;
			if ((*q == '*' || *q == '-') && (q[1] == ' ' || q[1] == '\t')) {
				p = q + 2;
				space = 1;
			} else if (strncmp(q, "\xe2\x80\xa2", 3) == 0 && q[3] == ' ') {
				p = q + 4;
				space = 1;
			}
			line_start = 0;
			continue;
		}
		char c = *p++;
		if (c == '\n') {
			line_start = 1;
			space = 1;
		} else if (c == ' ' || c == '\t' || c == '\r') {
			space = 1;
		} else {
			if (space && b->len)
				tf_buf_putc(b, ' ');
			space = 0;
			tf_buf_putc(b, c);
		}
	}
}

static void flat_add(flat *f, const char *prefix, const char *name, const char *value)
{
	if (!value)
		return;
	tf_buf b = TF_BUF_INIT;
	tf_buf_printf(&b, "%s%s\t", prefix, name);
	norm(&b, value);
	assert_false(b.oom);
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 256;
		f->v = realloc(f->v, f->cap * sizeof(char *));
		assert_non_null(f->v);
	}
	f->v[f->n++] = tf_buf_detach(&b);
}

static void flat_flag(flat *f, const char *prefix, const char *name, tf_flag v)
{
	if (v != TF_UNSET)
		flat_add(f, prefix, name, v == TF_YES ? "yes" : "no");
}

static void flat_long(flat *f, const char *prefix, const char *name, long v)
{
	char s[32];
	snprintf(s, sizeof(s), "%ld", v);
	if (v >= 0)
		flat_add(f, prefix, name, s);
}

/* An ordered list as one value ("A | B"). */
static void flat_list(flat *f, const char *prefix, const char *name, const tf_strv *v)
{
	if (!v->n)
		return;
	tf_buf b = TF_BUF_INIT;
	for (size_t i = 0; i < v->n; i++)
		tf_buf_printf(&b, "%s%s", i ? " | " : "", v->v[i]);
	flat_add(f, prefix, name, b.ptr);
	tf_buf_free(&b);
}

/* An unordered list: one path per item. */
static void flat_set(flat *f, const char *prefix, const char *name, const tf_strv *v)
{
	for (size_t i = 0; i < v->n; i++) {
		tf_buf p = TF_BUF_INIT;
		tf_buf_printf(&p, "%s%s{", prefix, name);
		norm(&p, v->v[i]);
		tf_buf_puts(&p, "}");
		flat_add(f, p.ptr, "", "1");
		tf_buf_free(&p);
	}
}

/* prefix of list item i: "name{key}" (key normalised; a repeated key gets
 * "#2", "#3"). keys[] holds the keys of the items before. */
static char *item_prefix(const char *name, const char *k1, const char *k2, char **keys, size_t i)
{
	tf_buf k = TF_BUF_INIT;
	norm(&k, k1 ? k1 : "");
	if (k2) {
		tf_buf_putc(&k, '|');
		norm(&k, k2);
	}
	if (!k.ptr)
		tf_buf_puts(&k, "");
	size_t same = 0;
	for (size_t j = 0; j < i; j++)
		same += strcmp(keys[j], k.ptr) == 0;
	keys[i] = strdup(k.ptr);
	tf_buf p = TF_BUF_INIT;
	if (same)
		tf_buf_printf(&p, "%s{%s#%zu}.", name, k.ptr, same + 1);
	else
		tf_buf_printf(&p, "%s{%s}.", name, k.ptr);
	tf_buf_free(&k);
	return tf_buf_detach(&p);
}

static char **keys_new(size_t n)
{
	char **k = calloc(n + 1, sizeof(char *));
	assert_non_null(k);
	return k;
}

static void keys_free(char **k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(k[i]);
	free(k);
}

static void flat_people(flat *f, const char *name, const tf_person *p, size_t n)
{
	char **keys = keys_new(n);
	for (size_t i = 0; i < n; i++) {
		char *pre = item_prefix(name, p[i].name, NULL, keys, i);
		flat_add(f, pre, "name", p[i].name);
		flat_add(f, pre, "role", p[i].role);
		flat_add(f, pre, "affiliation", p[i].affiliation);
		flat_add(f, pre, "phone", p[i].phone);
		flat_add(f, pre, "phone_ext", p[i].phone_ext);
		flat_add(f, pre, "email", p[i].email);
		free(pre);
	}
	keys_free(keys, n);
}

static void flat_outcomes(flat *f, const char *name, const tf_outcome *o, size_t n)
{
	char **keys = keys_new(n);
	for (size_t i = 0; i < n; i++) {
		char *pre = item_prefix(name, o[i].measure, NULL, keys, i);
		flat_add(f, pre, "measure", o[i].measure);
		flat_add(f, pre, "description", o[i].description);
		flat_add(f, pre, "time_frame", o[i].time_frame);
		free(pre);
	}
	keys_free(keys, n);
}

static void flat_meshes(flat *f, const char *name, const tf_mesh *m, size_t n)
{
	char **keys = keys_new(n);
	for (size_t i = 0; i < n; i++) {
		char *pre = item_prefix(name, m[i].term, NULL, keys, i);
		flat_add(f, pre, "id", m[i].id);
		flat_add(f, pre, "term", m[i].term);
		free(pre);
	}
	keys_free(keys, n);
}

static void flat_date(flat *f, const char *name, const tf_date *d)
{
	char p[64];
	snprintf(p, sizeof(p), "%s.", name);
	flat_add(f, p, "date", d->date);
	flat_add(f, p, "type", d->type);
}

static int cmp_lines(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every field of the model except source (bar the data version) and the
 * warnings. */
static void flatten(const tf_trial *t, flat *f)
{
	memset(f, 0, sizeof(*f));
	flat_add(f, "", "nct_id", t->nct_id);
	flat_add(f, "", "org_study_id", t->org_study_id);
	flat_add(f, "", "org_study_id_type", t->org_study_id_type);
	flat_add(f, "", "org_study_id_link", t->org_study_id_link);
	char **keys = keys_new(t->n_secondary_ids);
	for (size_t i = 0; i < t->n_secondary_ids; i++) {
		const tf_secondary_id *s = &t->secondary_ids[i];
		char *pre = item_prefix("secondary_ids", s->id, NULL, keys, i);
		flat_add(f, pre, "id", s->id);
		flat_add(f, pre, "type", s->type);
		flat_add(f, pre, "domain", s->domain);
		flat_add(f, pre, "link", s->link);
		free(pre);
	}
	keys_free(keys, t->n_secondary_ids);
	flat_set(f, "", "nct_aliases", &t->nct_aliases);
	flat_add(f, "", "organization", t->organization);
	flat_add(f, "", "organization_class", t->organization_class);
	flat_add(f, "", "brief_title", t->brief_title);
	flat_add(f, "", "official_title", t->official_title);
	flat_add(f, "", "acronym", t->acronym);

	flat_add(f, "", "overall_status", t->overall_status);
	flat_add(f, "", "last_known_status", t->last_known_status);
	flat_add(f, "", "why_stopped", t->why_stopped);
	flat_add(f, "", "status_verified_date", t->status_verified_date);
	flat_flag(f, "", "has_expanded_access", t->has_expanded_access);
	flat_add(f, "", "expanded_access_nct_id", t->expanded_access_nct_id);
	flat_date(f, "start_date", &t->start_date);
	flat_date(f, "primary_completion_date", &t->primary_completion_date);
	flat_date(f, "completion_date", &t->completion_date);
	flat_add(f, "", "first_submit_date", t->first_submit_date);
	flat_date(f, "first_post_date", &t->first_post_date);
	flat_add(f, "", "last_update_submit_date", t->last_update_submit_date);
	flat_date(f, "last_update_post_date", &t->last_update_post_date);
	flat_add(f, "", "results_first_submit_date", t->results_first_submit_date);
	flat_date(f, "results_first_post_date", &t->results_first_post_date);

	flat_add(f, "lead_sponsor.", "name", t->lead_sponsor.name);
	flat_add(f, "lead_sponsor.", "cls", t->lead_sponsor.cls);
	keys = keys_new(t->n_collaborators);
	for (size_t i = 0; i < t->n_collaborators; i++) {
		char *pre = item_prefix("collaborators", t->collaborators[i].name, NULL, keys, i);
		flat_add(f, pre, "name", t->collaborators[i].name);
		flat_add(f, pre, "cls", t->collaborators[i].cls);
		free(pre);
	}
	keys_free(keys, t->n_collaborators);
	const tf_responsible_party *rp = &t->responsible_party;
	flat_add(f, "responsible_party.", "type", rp->type);
	flat_add(f, "responsible_party.", "name", rp->name);
	flat_add(f, "responsible_party.", "title", rp->title);
	flat_add(f, "responsible_party.", "affiliation", rp->affiliation);
	flat_add(f, "responsible_party.", "old_name", rp->old_name);
	flat_people(f, "officials", t->officials, t->n_officials);
	flat_people(f, "central_contacts", t->central_contacts, t->n_central_contacts);

	flat_flag(f, "", "has_dmc", t->has_dmc);
	flat_flag(f, "", "fda_regulated_drug", t->fda_regulated_drug);
	flat_flag(f, "", "fda_regulated_device", t->fda_regulated_device);
	flat_flag(f, "", "unapproved_device", t->unapproved_device);
	flat_flag(f, "", "is_us_export", t->is_us_export);
	flat_add(f, "", "brief_summary", t->brief_summary);
	flat_add(f, "", "detailed_description", t->detailed_description);
	flat_set(f, "", "conditions", &t->conditions);
	flat_set(f, "", "keywords", &t->keywords);
	flat_meshes(f, "condition_meshes", t->condition_meshes, t->n_condition_meshes);
	flat_meshes(f, "intervention_meshes", t->intervention_meshes, t->n_intervention_meshes);

	flat_add(f, "", "study_type", t->study_type);
	flat_flag(f, "", "patient_registry", t->patient_registry);
	flat_add(f, "", "target_duration", t->target_duration);
	flat_list(f, "", "phases", &t->phases);
	flat_add(f, "", "allocation", t->allocation);
	flat_add(f, "", "intervention_model", t->intervention_model);
	flat_add(f, "", "intervention_model_description", t->intervention_model_description);
	flat_add(f, "", "primary_purpose", t->primary_purpose);
	flat_add(f, "", "observational_model", t->observational_model);
	flat_add(f, "", "time_perspective", t->time_perspective);
	flat_add(f, "", "masking", t->masking);
	flat_add(f, "", "masking_description", t->masking_description);
	flat_list(f, "", "who_masked", &t->who_masked);
	flat_add(f, "", "biospec_retention", t->biospec_retention);
	flat_add(f, "", "biospec_description", t->biospec_description);
	flat_list(f, "", "expanded_access_types", &t->expanded_access_types);
	flat_long(f, "", "enrollment", t->enrollment);
	flat_add(f, "", "enrollment_type", t->enrollment_type);

	keys = keys_new(t->n_arms);
	for (size_t i = 0; i < t->n_arms; i++) {
		const tf_arm *a = &t->arms[i];
		char *pre = item_prefix("arms", a->label, NULL, keys, i);
		flat_add(f, pre, "type", a->type);
		flat_add(f, pre, "description", a->description);
		flat_list(f, pre, "interventions", &a->interventions);
		free(pre);
	}
	keys_free(keys, t->n_arms);
	keys = keys_new(t->n_interventions);
	for (size_t i = 0; i < t->n_interventions; i++) {
		const tf_intervention *v = &t->interventions[i];
		char *pre = item_prefix("interventions", v->type, v->name, keys, i);
		flat_add(f, pre, "description", v->description);
		flat_set(f, pre, "other_names", &v->other_names);
		flat_set(f, pre, "arm_labels", &v->arm_labels);
		free(pre);
	}
	keys_free(keys, t->n_interventions);
	flat_outcomes(f, "primary_outcomes", t->primary_outcomes, t->n_primary_outcomes);
	flat_outcomes(f, "secondary_outcomes", t->secondary_outcomes, t->n_secondary_outcomes);
	flat_outcomes(f, "other_outcomes", t->other_outcomes, t->n_other_outcomes);

	const tf_eligibility *e = &t->eligibility;
	flat_add(f, "eligibility.", "criteria", e->criteria);
	flat_add(f, "eligibility.", "minimum_age", e->minimum_age);
	flat_add(f, "eligibility.", "maximum_age", e->maximum_age);
	flat_add(f, "eligibility.", "sex", e->sex);
	flat_flag(f, "eligibility.", "gender_based", e->gender_based);
	flat_add(f, "eligibility.", "gender_description", e->gender_description);
	flat_flag(f, "eligibility.", "healthy_volunteers", e->healthy_volunteers);
	flat_list(f, "eligibility.", "std_ages", &e->std_ages);
	flat_add(f, "eligibility.", "study_population", e->study_population);
	flat_add(f, "eligibility.", "sampling_method", e->sampling_method);

	keys = keys_new(t->n_sites);
	for (size_t i = 0; i < t->n_sites; i++) {
		const tf_site *s = &t->sites[i];
		char *pre = item_prefix("sites", s->facility, s->city, keys, i);
		flat_add(f, pre, "status", s->status);
		flat_add(f, pre, "state", s->state);
		flat_add(f, pre, "zip", s->zip);
		flat_add(f, pre, "country", s->country);
		flat_add(f, pre, "lat", s->lat);
		flat_add(f, pre, "lon", s->lon);
		tf_buf cp = TF_BUF_INIT;
		tf_buf_printf(&cp, "%scontacts", pre);
		flat_people(f, cp.ptr, s->contacts, s->n_contacts);
		tf_buf_free(&cp);
		free(pre);
	}
	keys_free(keys, t->n_sites);
	keys = keys_new(t->n_references);
	for (size_t i = 0; i < t->n_references; i++) {
		const tf_reference *r = &t->references[i];
		char *pre =
		        item_prefix("references", r->pmid ? r->pmid : r->citation, NULL, keys, i);
		flat_add(f, pre, "type", r->type);
		flat_add(f, pre, "citation", r->citation);
		free(pre);
	}
	keys_free(keys, t->n_references);
	keys = keys_new(t->n_links);
	for (size_t i = 0; i < t->n_links; i++) {
		char *pre = item_prefix("links", t->links[i].url, NULL, keys, i);
		flat_add(f, pre, "label", t->links[i].label);
		free(pre);
	}
	keys_free(keys, t->n_links);
	keys = keys_new(t->n_avail_ipds);
	for (size_t i = 0; i < t->n_avail_ipds; i++) {
		const tf_avail_ipd *a = &t->avail_ipds[i];
		char *pre = item_prefix("avail_ipds", a->type, a->id, keys, i);
		flat_add(f, pre, "url", a->url);
		flat_add(f, pre, "comment", a->comment);
		free(pre);
	}
	keys_free(keys, t->n_avail_ipds);
	keys = keys_new(t->n_large_docs);
	for (size_t i = 0; i < t->n_large_docs; i++) {
		const tf_large_doc *d = &t->large_docs[i];
		char *pre = item_prefix("large_docs", d->filename, NULL, keys, i);
		flat_add(f, pre, "type_abbrev", d->type_abbrev);
		flat_add(f, pre, "label", d->label);
		flat_add(f, pre, "date", d->date);
		flat_add(f, pre, "upload_date", d->upload_date);
		flat_long(f, pre, "size", d->size);
		free(pre);
	}
	keys_free(keys, t->n_large_docs);
	const tf_ipd_sharing *ipd = &t->ipd_sharing;
	flat_add(f, "ipd_sharing.", "sharing", ipd->sharing);
	flat_add(f, "ipd_sharing.", "description", ipd->description);
	flat_list(f, "ipd_sharing.", "info_types", &ipd->info_types);
	flat_add(f, "ipd_sharing.", "time_frame", ipd->time_frame);
	flat_add(f, "ipd_sharing.", "access_criteria", ipd->access_criteria);
	flat_add(f, "ipd_sharing.", "url", ipd->url);
	flat_flag(f, "", "has_results", t->has_results);
	flat_add(f, "", "version_holder", t->source.version_holder);
	qsort(f->v, f->n, sizeof(char *), cmp_lines);
}

static void flat_free(flat *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
}

enum { D_DIFF = 1, D_JSON_ONLY = 2, D_XML_ONLY = 4 };

typedef struct diff {
	int kind;
	char path[400];
	const char *jv, *xv; /* values (NULL on the side without it) */
} diff;

typedef int (*cond_fn)(const tf_trial *j, const tf_trial *x, const diff *d);

/* The two records are different versions of the study. */
static int versions_differ(const tf_trial *j, const tf_trial *x, const diff *d)
{
	(void)d;
	return j->source.version_holder && x->source.version_holder &&
	       strcmp(j->source.version_holder, x->source.version_holder) != 0;
}

/* ...and results were posted between them. */
static int results_between(const tf_trial *j, const tf_trial *x, const diff *d)
{
	const tf_trial *newer =
	        strcmp(j->source.version_holder, x->source.version_holder) > 0 ? j : x;
	const tf_trial *older = newer == j ? x : j;
	return versions_differ(j, x, d) && newer->has_results == TF_YES &&
	       older->has_results == TF_NO;
}

/* ...and the newer version has the later date. */
static int later_in_newer(const tf_trial *j, const tf_trial *x, const diff *d)
{
	if (!versions_differ(j, x, d) || d->kind != D_DIFF)
		return 0;
	int json_newer = strcmp(j->source.version_holder, x->source.version_holder) > 0;
	int json_later = strcmp(d->jv, d->xv) > 0;
	return json_newer == json_later;
}

/* XML's agency_class_enum has NIH, U.S. Fed, Industry and Other only. */
static int class_collapsed(const tf_trial *j, const tf_trial *x, const diff *d)
{
	(void)j;
	(void)x;
	static const char *const folded[] = {"OTHER_GOV", "INDIV", "NETWORK", "AMBIG", "UNKNOWN"};
	if (d->kind != D_DIFF || strcmp(d->xv, "OTHER") != 0)
		return 0;
	for (size_t i = 0; i < sizeof(folded) / sizeof(folded[0]); i++)
		if (strcmp(d->jv, folded[i]) == 0)
			return 1;
	return 0;
}

/* A reference v2 marks DERIVED (linked from PubMed), which classic XML
 * files as a results_reference or a plain reference. */
static int derived_in_v2(const tf_trial *j, const tf_trial *x, const diff *d)
{
	(void)j;
	(void)x;
	return d->kind == D_DIFF && strcmp(d->jv, "DERIVED") == 0 &&
	       (strcmp(d->xv, "RESULT") == 0 || strcmp(d->xv, "BACKGROUND") == 0);
}

static const struct justification {
	const char *pattern; /* fnmatch on the path */
	int kinds;           /* which differences it covers */
	cond_fn when;        /* NULL: always */
	const char *reason;
} justifications[] = {
        /* What classic XML cannot say. */
        {"condition_meshes{*}.id", D_JSON_ONLY, NULL,
         "XML browse lists hold MeSH terms only, no descriptor ids"},
        {"intervention_meshes{*}.id", D_JSON_ONLY, NULL,
         "XML browse lists hold MeSH terms only, no descriptor ids"},
        {"secondary_ids{*}.type", D_JSON_ONLY, NULL,
         "XML secondary_id is a bare string: no type, domain or link"},
        {"secondary_ids{*}.domain", D_JSON_ONLY, NULL,
         "XML secondary_id is a bare string: no type, domain or link"},
        {"secondary_ids{*}.link", D_JSON_ONLY, NULL,
         "XML secondary_id is a bare string: no type, domain or link"},
        {"organization_class", D_JSON_ONLY, NULL, "XML <source> names the organisation only"},
        {"sites{*}.lat", D_JSON_ONLY, NULL, "XML locations have no geo point"},
        {"sites{*}.lon", D_JSON_ONLY, NULL, "XML locations have no geo point"},
        {"large_docs{*}.upload_date", D_JSON_ONLY, NULL,
         "XML provided_document has no upload time or size"},
        {"large_docs{*}.size", D_JSON_ONLY, NULL,
         "XML provided_document has no upload time or size"},
        {"*.cls", D_DIFF, class_collapsed,
         "XML agency_class has 4 values (NIH, U.S. Fed, Industry, Other): v2's NETWORK, "
         "OTHER_GOV, INDIV, AMBIG, UNKNOWN are all Other"},
        {"references{*}.type", D_DIFF, derived_in_v2,
         "v2 DERIVED (PubMed-linked) references are results_reference in XML"},
        /* Different versions of the record (XML download date vs v2
         * versionHolder): what changes as a study goes on. */
        {"version_holder", D_DIFF, versions_differ, "the two files are different versions"},
        {"status_verified_date", D_DIFF, later_in_newer, "verified again in the newer version"},
        {"last_update_submit_date", D_DIFF, later_in_newer, "updated in the newer version"},
        {"last_update_post_date.date", D_DIFF, later_in_newer, "updated in the newer version"},
        {"last_update_post_date.type", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "updated in the newer version"},
        {"primary_completion_date.*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "anticipated dates become actual ones as the study goes on"},
        {"completion_date.*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "anticipated dates become actual ones as the study goes on"},
        {"overall_status", D_DIFF, versions_differ, "the status changed between the versions"},
        {"enrollment*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "anticipated enrollment becomes the actual count"},
        {"officials{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "study officials changed between the versions"},
        {"central_contacts{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "contacts changed between the versions"},
        {"sites{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "sites were added, closed or corrected between the versions"},
        {"references{*}*", D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "publications were linked after the older version"},
        {"keywords{*}", D_JSON_ONLY | D_XML_ONLY, versions_differ,
         "keywords edited between the versions"},
        {"has_results", D_DIFF, results_between, "results were posted between the versions"},
        {"results_first_*", D_JSON_ONLY | D_XML_ONLY, results_between,
         "results were posted between the versions"},
        {"large_docs{*}*", D_JSON_ONLY | D_XML_ONLY, results_between,
         "protocol and SAP documents are uploaded with the results"},
        {"primary_outcomes{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, results_between,
         "outcome measures are restated as reported when results are posted"},
        {"secondary_outcomes{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, results_between,
         "outcome measures are restated as reported when results are posted"},
        {"other_outcomes{*}*", D_DIFF | D_JSON_ONLY | D_XML_ONLY, results_between,
         "outcome measures are restated as reported when results are posted"},
};

static const char *justify(const tf_trial *j, const tf_trial *x, const diff *d)
{
	for (size_t i = 0; i < sizeof(justifications) / sizeof(justifications[0]); i++) {
		const struct justification *r = &justifications[i];
		if ((r->kinds & d->kind) && fnmatch(r->pattern, d->path, 0) == 0 &&
		    (!r->when || r->when(j, x, d)))
			return r->reason;
	}
	return NULL;
}

static size_t path_len(const char *line)
{
	return strcspn(line, "\t");
}

/* Compares the two models; prints every difference with its reason and
 * returns how many have none. *compared counts the facts both have. */
static size_t compare_models(const tf_trial *j, const tf_trial *x, size_t *compared,
                             size_t *justified)
{
	flat fj, fx;
	flatten(j, &fj);
	flatten(x, &fx);
	size_t a = 0, b = 0, unjustified = 0;
	*compared = *justified = 0;
	while (a < fj.n || b < fx.n) {
		diff d;
		memset(&d, 0, sizeof(d));
		int c;
		if (a >= fj.n)
			c = 1;
		else if (b >= fx.n)
			c = -1;
		else {
			size_t la = path_len(fj.v[a]), lb = path_len(fx.v[b]);
			c = strncmp(fj.v[a], fx.v[b], la < lb ? la : lb);
			if (c == 0)
				c = la < lb ? -1 : la > lb;
		}
		const char *line = c <= 0 ? fj.v[a] : fx.v[b];
		size_t pl = path_len(line);
		snprintf(d.path, sizeof(d.path), "%.*s", (int)pl, line);
		if (c == 0) {
			d.jv = fj.v[a] + pl + 1;
			d.xv = fx.v[b] + pl + 1;
			a++, b++;
			(*compared)++;
			if (strcmp(d.jv, d.xv) == 0)
				continue;
			d.kind = D_DIFF;
		} else if (c < 0) {
			d.jv = fj.v[a++] + pl + 1;
			d.kind = D_JSON_ONLY;
		} else {
			d.xv = fx.v[b++] + pl + 1;
			d.kind = D_XML_ONLY;
		}
		const char *why = justify(j, x, &d);
		if (why)
			(*justified)++;
		else
			unjustified++;
		print_message("    %s %-10s %s: json=\"%.60s\" xml=\"%.60s\"%s%s\n",
		              why ? " " : "!",
		              d.kind == D_DIFF        ? "differs"
		              : d.kind == D_JSON_ONLY ? "json-only"
		                                      : "xml-only",
		              d.path, d.jv ? d.jv : "-", d.xv ? d.xv : "-", why ? " -- " : "",
		              why ? why : "");
	}
	flat_free(&fj);
	flat_free(&fx);
	return unjustified;
}

static void compare_pair(const char *json_path, const char *xml_path, size_t *pairs,
                         size_t *failures)
{
	tf_trial *j = json_file(json_path);
	tf_trial *x = read_xml_file(xml_path);
	size_t compared, justified;
	print_message("  %s: v2 version %s, XML version %s\n", x->nct_id,
	              j->source.version_holder ? j->source.version_holder : "?",
	              x->source.version_holder ? x->source.version_holder : "?");
	size_t bad = compare_models(j, x, &compared, &justified);
	print_message("  %s: %zu facts in both, %zu justified differences, %zu unjustified\n",
	              x->nct_id, compared, justified, bad);
	*failures += bad;
	(*pairs)++;
	/* The identity and the facts that do not change: these must agree
	 * whatever the versions. */
	assert_string_equal(j->nct_id, x->nct_id);
	tf_trial_free(j);
	tf_trial_free(x);
}

/* Every study present in both formats: the pairs kept in tests/data/pairs
 * and, when the development set is there, every NCT number in both of its
 * directories. */
static void test_json_xml_agreement(void **state)
{
	(void)state;
	size_t pairs = 0, failures = 0, n;
	char **names = list_dir(PAIRS, ".xml", &n);
	char done[64][16];
	size_t ndone = 0;
	for (size_t i = 0; i < n; i++) {
		char xp[600], jp[600];
		snprintf(xp, sizeof(xp), PAIRS "%s", names[i]);
		snprintf(jp, sizeof(jp), PAIRS "%.11s.json", names[i]);
		if (!is_file(jp))
			continue;
		compare_pair(jp, xp, &pairs, &failures);
		if (ndone < 64)
			snprintf(done[ndone++], sizeof(done[0]), "%.11s", names[i]);
	}
	free_names(names, n);
	char xdir[600], jdir[600];
	snprintf(xdir, sizeof(xdir), "%s/ctgov-xml", registry_data());
	snprintf(jdir, sizeof(jdir), "%s/ctgov-v2", registry_data());
	if (is_dir(xdir) && is_dir(jdir)) {
		names = list_dir(xdir, ".xml", &n);
		for (size_t i = 0; i < n; i++) {
			char xp[1200], jp[1200];
			snprintf(xp, sizeof(xp), "%s/%s", xdir, names[i]);
			snprintf(jp, sizeof(jp), "%s/%.11s.json", jdir, names[i]);
			int seen = 0;
			for (size_t k = 0; k < ndone; k++)
				seen |= strncmp(done[k], names[i], 11) == 0;
			if (!seen && is_file(jp))
				compare_pair(jp, xp, &pairs, &failures);
		}
		free_names(names, n);
	}
	print_message("  %zu studies compared, %zu unjustified differences\n", pairs, failures);
	assert_true(pairs >= 1);
	assert_int_equal(failures, 0);
}

/* Facts both versions of PALLAS must share, checked one by one (the
 * comparison above would also accept them as version changes). */
static void test_pallas_stable_facts(void **state)
{
	(void)state;
	tf_trial *j = json_file(PAIRS "NCT02513394.json");
	tf_trial *x = read_xml_file(PAIRS "NCT02513394.xml");
	flat fj, fx;
	flatten(j, &fj);
	flatten(x, &fx);
	static const char *const same[] = {
	        "brief_summary",
	        "brief_title",
	        "eligibility.criteria",
	        "eligibility.sex",
	        "eligibility.std_ages",
	        "first_submit_date",
	        "phases",
	        "intervention_model",
	        "masking",
	        "overall_status",
	        "arms{Arm A}.interventions",
	        "start_date.date",
	};
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		const char *vj = NULL, *vx = NULL;
		size_t pl = strlen(same[i]);
		for (size_t k = 0; k < fj.n; k++)
			if (strncmp(fj.v[k], same[i], pl) == 0 && fj.v[k][pl] == '\t')
				vj = fj.v[k] + pl + 1;
		for (size_t k = 0; k < fx.n; k++)
			if (strncmp(fx.v[k], same[i], pl) == 0 && fx.v[k][pl] == '\t')
				vx = fx.v[k] + pl + 1;
		if (!vj || !vx || strcmp(vj, vx) != 0)
			fail_msg("%s: json \"%.80s\" xml \"%.80s\"", same[i], vj ? vj : "-",
			         vx ? vx : "-");
	}
	/* Of the sites in both versions (same facility and city), every
	 * country agrees and nearly every state: the site fields are read
	 * right, only the site list changed. */
	size_t common = 0, same_country = 0, same_state = 0;
	for (size_t k = 0; k < fx.n; k++) {
		const char *dot = strstr(fx.v[k], "}.country\t");
		if (strncmp(fx.v[k], "sites{", 6) != 0 || !dot)
			continue;
		size_t pl = path_len(fx.v[k]);
		for (size_t m = 0; m < fj.n; m++) {
			if (strncmp(fj.v[m], fx.v[k], pl + 1) != 0)
				continue;
			common++;
			same_country += strcmp(fj.v[m], fx.v[k]) == 0;
			/* the state of the same site */
			char sp[512];
			snprintf(sp, sizeof(sp), "%.*s.state\t", (int)(dot + 1 - fx.v[k]), fx.v[k]);
			const char *sj = NULL, *sx = NULL;
			for (size_t q = 0; q < fj.n; q++)
				if (strncmp(fj.v[q], sp, strlen(sp)) == 0)
					sj = fj.v[q];
			for (size_t q = 0; q < fx.n; q++)
				if (strncmp(fx.v[q], sp, strlen(sp)) == 0)
					sx = fx.v[q];
			same_state += sj && sx && strcmp(sj, sx) == 0;
		}
	}
	print_message("  PALLAS: %zu XML sites, %zu v2 sites, %zu in both: %zu same country, "
	              "%zu same state\n",
	              x->n_sites, j->n_sites, common, same_country, same_state);
	assert_true(common > 100);
	assert_int_equal(same_country, common);
	assert_true(same_state * 100 >= common * 90);
	flat_free(&fj);
	flat_free(&fx);
	tf_trial_free(j);
	tf_trial_free(x);
}

/* CT.gov's standard age groups, derived from the ages the way the registry
 * does, give exactly the stdAges of every v2 record that has them. */
static void test_std_ages_match_v2(void **state)
{
	(void)state;
	const char *dirs[3];
	char shared[600];
	snprintf(shared, sizeof(shared), "%s/ctgov-v2", registry_data());
	size_t nd = 0;
	if (is_dir(shared))
		dirs[nd++] = shared;
	else {
		dirs[nd++] = TF_TEST_FIXTURES "/ctgov-v2";
		dirs[nd++] = TF_TEST_DATA "/ctgov-v2";
	}
	dirs[nd++] = PAIRS;
	size_t checked = 0;
	for (size_t d = 0; d < nd; d++) {
		size_t n;
		char **names = list_dir(dirs[d], ".json", &n);
		for (size_t i = 0; i < n; i++) {
			char path[1200];
			snprintf(path, sizeof(path), "%s/%s", dirs[d], names[i]);
			tf_trial *t = json_file(path);
			const tf_eligibility *e = &t->eligibility;
			if (e->std_ages.n) {
				tf_strv derived = {NULL, 0};
				assert_int_equal(tf_ctgov_std_ages(t, e->minimum_age,
				                                   e->maximum_age, &derived),
				                 0);
				tf_buf a = TF_BUF_INIT, b = TF_BUF_INIT;
				for (size_t k = 0; k < e->std_ages.n; k++)
					tf_buf_printf(&a, "%s ", e->std_ages.v[k]);
				for (size_t k = 0; k < derived.n; k++)
					tf_buf_printf(&b, "%s ", derived.v[k]);
				if (strcmp(a.ptr, b.ptr ? b.ptr : "") != 0)
					fail_msg("%s: ages %s - %s: v2 %s, derived %s", t->nct_id,
					         e->minimum_age ? e->minimum_age : "none",
					         e->maximum_age ? e->maximum_age : "none", a.ptr,
					         b.ptr ? b.ptr : "");
				tf_buf_free(&a);
				tf_buf_free(&b);
				checked++;
			}
			tf_trial_free(t);
		}
		free_names(names, n);
	}
	print_message("  std_ages derived = v2 stdAges for %zu records\n", checked);
	assert_true(checked > 0);
}

static void test_std_ages_rule(void **state)
{
	(void)state;
	static const struct {
		const char *min, *max, *want;
	} cases[] = {
	        {NULL, NULL, "CHILD ADULT OLDER_ADULT "},
	        {"N/A", "N/A", "CHILD ADULT OLDER_ADULT "},
	        {"18 Years", "64 Years", "ADULT "},
	        {"18 Years", "65 Years", "ADULT OLDER_ADULT "},
	        {"12 Years", "18 Years", "CHILD ADULT "},
	        {NULL, "17 Years", "CHILD "},
	        {"65 Years", NULL, "OLDER_ADULT "},
	        {"216 Months", NULL, "ADULT OLDER_ADULT "},
	        {"215 Months", "1 Year", "CHILD "},
	        {"6 Weeks", "16 Weeks", "CHILD "},
	        {"1 Day", "24 Hours", "CHILD "},
	        {"0 Minutes", "2 Years", "CHILD "},
	};
	tf_trial *t;
	assert_int_equal(tf_trial_new(&t), 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		tf_strv v = {NULL, 0};
		assert_int_equal(tf_ctgov_std_ages(t, cases[i].min, cases[i].max, &v), 0);
		tf_buf b = TF_BUF_INIT;
		for (size_t k = 0; k < v.n; k++)
			tf_buf_printf(&b, "%s ", v.v[k]);
		assert_string_equal(b.ptr ? b.ptr : "", cases[i].want);
		tf_buf_free(&b);
	}
	tf_strv v = {NULL, 0};
	assert_int_equal(tf_ctgov_std_ages(t, "eighteen", NULL, &v), TF_EINVAL);
	assert_int_equal(tf_ctgov_std_ages(t, "18 Eons", NULL, &v), TF_EINVAL);
	assert_int_equal(tf_ctgov_std_ages(t, "18", NULL, &v), TF_EINVAL);
	assert_int_equal(tf_ctgov_std_ages(t, " Years", NULL, &v), TF_EINVAL);
	assert_int_equal(v.n, 0);
	tf_trial_free(t);
}

/* ---- inline records: the rules ---- */

#define DOC(body)                                                                                  \
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clinical_study>\n"                           \
	"  <id_info><nct_id>NCT01234567</nct_id></id_info>\n" body "</clinical_study>\n"

static tf_trial *read_ok(const char *doc)
{
	tf_trial *t;
	tf_error err;
	if (read_xml(doc, strlen(doc), &t, &err) != 0)
		fail_msg("rejected: %s (at %s)", err.message, err.pointer);
	return t;
}

static void expect_reject(const char *doc, int code, const char *pointer, const char *words)
{
	tf_trial *t;
	tf_error err;
	int rc = read_xml(doc, strlen(doc), &t, &err);
	if (rc != code)
		fail_msg("code %d, expected %d: %s", rc, code, err.message);
	assert_null(t);
	if (pointer)
		assert_string_equal(err.pointer, pointer);
	if (words && !strstr(err.message, words))
		fail_msg("message \"%s\" lacks \"%s\"", err.message, words);
	assert_string_equal(err.source, "test.xml");
}

static int has_warning(const tf_trial *t, const char *words)
{
	for (size_t i = 0; i < t->warnings.n; i++)
		if (strstr(t->warnings.v[i], words))
			return 1;
	return 0;
}

static void test_rejections(void **state)
{
	(void)state;
	expect_reject("<?xml version=\"1.0\"?>\n<study><nct_id>NCT01234567</nct_id></study>",
	              TF_EINVALID, "/study", "root element is <study>");
	expect_reject("<x:clinical_study xmlns:x=\"urn:x\"/>", TF_EINVALID, "/clinical_study",
	              "not a CT.gov study");
	expect_reject("<clinical_study><id_info><org_study_id>1</org_study_id></id_info>"
	              "</clinical_study>",
	              TF_EINVALID, "/clinical_study/id_info/nct_id", "missing NCT id");
	expect_reject("<clinical_study/>", TF_EINVALID, "/clinical_study/id_info/nct_id",
	              "missing NCT id");
	expect_reject("<clinical_study><id_info><nct_id>NCT123</nct_id></id_info></clinical_study>",
	              TF_EINVALID, "/clinical_study/id_info/nct_id", "malformed NCT id \"NCT123\"");
	expect_reject("<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>", TF_EPARSE,
	              NULL, "not well-formed XML");
	expect_reject("<?xml version=\"1.0\"?>\n<!DOCTYPE clinical_study>\n" DOC(""), TF_EPARSE,
	              NULL, "DOCTYPE");
	/* One list too long. */
	tf_buf b = TF_BUF_INIT;
	tf_buf_puts(&b, "<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>");
	for (int i = 0; i < 100001; i++)
		tf_buf_puts(&b, "<condition>c</condition>");
	tf_buf_puts(&b, "</clinical_study>");
	assert_false(b.oom);
	expect_reject(b.ptr, TF_ELIMIT, "/clinical_study/condition", "100001 <condition> elements");
	tf_buf_clear(&b);
	tf_buf_puts(&b, "<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info>");
	for (int i = 0; i < 100001; i++)
		tf_buf_puts(&b, "<location/>");
	tf_buf_puts(&b, "</clinical_study>");
	expect_reject(b.ptr, TF_ELIMIT, "/clinical_study/location", "100001 <location> elements");
	tf_buf_free(&b);
}

static void test_people_and_text(void **state)
{
	(void)state;
	tf_trial *t = read_ok(DOC(
	        "  <brief_summary>\n    <textblock>\n"
	        "      First paragraph, wrapped by CT.gov at a hundred columns and indented by\n"
	        "      six spaces.   \n"
	        "\n"
	        "        -  a list item\n"
	        "\n"
	        "      Last.\n"
	        "    </textblock>\n  </brief_summary>\n"
	        "  <overall_official>\n    <first_name>Jane</first_name>\n"
	        "    <middle_name>A</middle_name>\n    <last_name>Doe</last_name>\n"
	        "    <degrees>MD, PhD</degrees>\n    <role>Study Chair</role>\n"
	        "    <affiliation>Somewhere</affiliation>\n  </overall_official>\n"
	        "  <overall_official><last_name>Only Last</last_name></overall_official>\n"
	        "  <overall_official><role>Principal Investigator</role></overall_official>\n"
	        "  <overall_contact><last_name>Joe Contact</last_name><phone>555</phone>"
	        "<phone_ext>12</phone_ext><email>joe@example.org</email></overall_contact>\n"
	        "  <location><facility><name>Site &amp; Co</name><address><city>X</city>"
	        "<country>Y</country></address></facility><status>Not yet recruiting</status>"
	        "<contact><last_name>C1</last_name></contact>"
	        "<contact_backup><last_name>C2</last_name></contact_backup>"
	        "<investigator><last_name>I1</last_name><role>Sub-Investigator</role></"
	        "investigator>"
	        "</location>\n"
	        "  <location><facility><name>  </name></facility></location>\n"
	        "  <condition><![CDATA[Cancer <of things>]]></condition>\n"
	        "  <condition>   </condition>\n"
	        "  <required_header><download_date>ClinicalTrials.gov processed this data on March "
	        "3, 2021</download_date></required_header>\n"
	        "  <unknown_element>ignored</unknown_element>\n"));
	assert_int_equal(t->warnings.n, 0);
	assert_string_equal(t->brief_summary,
	                    "First paragraph, wrapped by CT.gov at a hundred columns and indented "
	                    "by\nsix spaces.\n\n  -  a list item\n\nLast.");
	assert_int_equal(t->n_officials, 2); /* a role alone names nobody */
	assert_string_equal(t->officials[0].name, "Jane A Doe, MD, PhD");
	assert_string_equal(t->officials[0].role, "STUDY_CHAIR");
	assert_string_equal(t->officials[0].affiliation, "Somewhere");
	assert_string_equal(t->officials[1].name, "Only Last");
	assert_null(t->officials[1].role);
	assert_int_equal(t->n_central_contacts, 1);
	assert_string_equal(t->central_contacts[0].role, "CONTACT");
	assert_string_equal(t->central_contacts[0].phone_ext, "12");
	assert_int_equal(t->n_sites, 1);
	assert_string_equal(t->sites[0].facility, "Site & Co");
	assert_string_equal(t->sites[0].status, "NOT_YET_RECRUITING");
	assert_int_equal(t->sites[0].n_contacts, 3);
	assert_string_equal(t->sites[0].contacts[1].name, "C2");
	assert_string_equal(t->sites[0].contacts[1].role, "CONTACT");
	assert_string_equal(t->sites[0].contacts[2].role, "SUB_INVESTIGATOR");
	STRV(t->conditions, "Cancer <of things>");
	assert_string_equal(t->source.version_holder, "2021-03-03");
	/* No eligibility element: nothing derived. */
	assert_int_equal(t->eligibility.std_ages.n, 0);
	assert_int_equal(t->has_results, TF_NO);
	tf_trial_free(t);
}

static void test_design_spellings(void **state)
{
	(void)state;
	tf_trial *t =
	        read_ok(DOC("  <study_type>Interventional</study_type>\n"
	                    "  <phase>Phase 2/Phase 3</phase>\n"
	                    "  <study_design_info><allocation>Non-Randomized</allocation>"
	                    "<masking>Double (Participant, Care Provider)</masking>"
	                    "<primary_purpose>Educational/Counseling/Training</primary_purpose>"
	                    "</study_design_info>\n"
	                    "  <eligibility><healthy_volunteers>Accepts Healthy Volunteers"
	                    "</healthy_volunteers><gender>Both</gender>"
	                    "<minimum_age>N/A</minimum_age><maximum_age>17 Years</maximum_age>"
	                    "</eligibility>\n"));
	assert_int_equal(t->warnings.n, 0);
	STRV(t->phases, "PHASE2", "PHASE3");
	assert_string_equal(t->allocation, "NON_RANDOMIZED");
	assert_string_equal(t->masking, "DOUBLE");
	STRV(t->who_masked, "PARTICIPANT", "CARE_PROVIDER");
	assert_string_equal(t->primary_purpose, "ECT");
	assert_int_equal(t->eligibility.healthy_volunteers, TF_YES);
	assert_string_equal(t->eligibility.sex, "ALL");
	assert_null(t->eligibility.minimum_age);
	STRV(t->eligibility.std_ages, "CHILD");
	tf_trial_free(t);

	/* Pre-2017: the design as one string. */
	t = read_ok(DOC("  <study_design>Allocation: Randomized, Endpoint Classification: Safety "
	                "Study, Intervention Model: Crossover Assignment, Masking: Double Blind "
	                "(Subject, Caregiver, Investigator, Outcomes Assessor), Primary Purpose: "
	                "Prevention</study_design>\n"));
	assert_int_equal(t->warnings.n, 0);
	assert_string_equal(t->allocation, "RANDOMIZED");
	assert_string_equal(t->intervention_model, "CROSSOVER");
	assert_string_equal(t->masking, "DOUBLE");
	STRV(t->who_masked, "PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR");
	assert_string_equal(t->primary_purpose, "PREVENTION");
	tf_trial_free(t);

	t = read_ok(DOC("  <study_design>Observational Model: Case Control, Time Perspective: "
	                "Cross-Sectional</study_design>\n"
	                "  <study_type>Observational</study_type>\n"));
	assert_string_equal(t->observational_model, "CASE_CONTROL");
	assert_string_equal(t->time_perspective, "CROSS_SECTIONAL");
	assert_int_equal(t->patient_registry, TF_NO);
	tf_trial_free(t);

	t = read_ok(DOC("  <study_design>Masking: Single Blind (Subject)</study_design>\n"));
	assert_string_equal(t->masking, "SINGLE");
	STRV(t->who_masked, "PARTICIPANT");
	tf_trial_free(t);
}

static void test_warnings(void **state)
{
	(void)state;
	tf_trial *t =
	        read_ok(DOC("  <brief_title>First</brief_title>\n"
	                    "  <brief_title>Second</brief_title>\n"
	                    "  <overall_status>Paused for lunch</overall_status>\n"
	                    "  <start_date type=\"Actual\">Sometime 2020</start_date>\n"
	                    "  <completion_date type=\"Anticipated\">March 15, 2024"
	                    "</completion_date>\n"
	                    "  <primary_completion_date>Unknown</primary_completion_date>\n"
	                    "  <verification_date>2019-02</verification_date>\n"
	                    "  <enrollment type=\"Anticipated\">about 100</enrollment>\n"
	                    "  <oversight_info><has_dmc>Maybe</has_dmc></oversight_info>\n"
	                    "  <study_design>Whatever it was</study_design>\n"
	                    "  <eligibility><minimum_age>18 Eons</minimum_age></eligibility>\n"));
	for (size_t i = 0; i < t->warnings.n; i++)
		print_message("  warning: %s\n", t->warnings.v[i]);
	assert_string_equal(t->brief_title, "First");
	assert_true(has_warning(t, "/clinical_study/brief_title (line 5): element repeated"));
	assert_string_equal(t->overall_status, "PAUSED_FOR_LUNCH");
	assert_true(has_warning(t, "value \"Paused for lunch\" is not in mapping table "
	                           "ctgov-overall-status; kept as PAUSED_FOR_LUNCH"));
	assert_null(t->start_date.date);
	assert_null(t->start_date.type);
	assert_true(has_warning(t, "/clinical_study/start_date (line 7): dropped malformed date "
	                           "\"Sometime 2020\""));
	assert_string_equal(t->completion_date.date, "2024-03-15");
	assert_string_equal(t->completion_date.type, "ESTIMATED");
	assert_null(t->primary_completion_date.date);
	assert_string_equal(t->status_verified_date, "2019-02");
	assert_int_equal(t->enrollment, -1);
	assert_null(t->enrollment_type);
	assert_true(has_warning(t, "dropped enrollment \"about 100\""));
	assert_int_equal(t->has_dmc, TF_UNSET);
	assert_true(has_warning(t, "has_dmc (line 12): dropped value \"Maybe\""));
	assert_true(has_warning(t, "could not read the study design \"Whatever it was\""));
	assert_true(has_warning(t, "no standard age groups"));
	assert_int_equal(t->warnings.n, 7);
	tf_trial_free(t);

	/* When the caller says where the record starts in its input, the
	 * warnings count lines there. */
	const char *doc = DOC("  <brief_title>A</brief_title>\n  <brief_title>B</brief_title>\n");
	assert_int_equal(tf_trial_new(&t), 0);
	t->source.line = 100;
	tf_error err;
	assert_int_equal(tf_ctgov_xml_study(doc, strlen(doc), "in.xml", t, &err), 0);
	assert_true(has_warning(t, "/clinical_study/brief_title (line 104): element repeated"));
	tf_trial_free(t);
}

/* ---- the splitter ---- */

typedef struct got {
	int rc;
	char text[200];
	long line, col, index;
} got;

/* Splits input (head bytes as head, the rest through a FILE) into at most
 * max results. */
static size_t split_all(const char *input, size_t len, size_t head, size_t max_record, got *out,
                        size_t max, int *failed)
{
	FILE *fp = len > head ? fmemopen((void *)(input + head), len - head, "rb") : NULL;
	tf_xsplit *s;
	assert_int_equal(tf_xsplit_new(&s, input, head < len ? head : len, fp, max_record), 0);
	size_t n = 0;
	const char *rec;
	size_t rlen;
	long line, col, index;
	tf_error err;
	int rc;
	while ((rc = tf_xsplit_next(s, &rec, &rlen, &line, &col, &index, &err)) != TF_ITEROVER) {
		assert_true(n < max);
		got *g = &out[n++];
		g->rc = rc;
		if (rc == 0) {
			snprintf(g->text, sizeof(g->text), "%.*s", (int)rlen, rec);
			g->line = line, g->col = col, g->index = index;
		} else {
			snprintf(g->text, sizeof(g->text), "%.190s", err.message);
			g->line = err.line, g->col = err.column, g->index = err.record;
		}
	}
	/* The end stays the end. */
	assert_int_equal(tf_xsplit_next(s, &rec, &rlen, &line, &col, &index, &err), TF_ITEROVER);
	*failed = tf_xsplit_failed(s);
	tf_xsplit_free(s);
	if (fp)
		fclose(fp);
	return n;
}

static void expect_got(const got *g, int rc, const char *text, long line, long col, long index)
{
	if (g->rc != rc || !strstr(g->text, text) || g->line != line || g->col != col ||
	    g->index != index)
		fail_msg("got rc %d \"%s\" at %ld:%ld #%ld; expected rc %d \"%s\" at %ld:%ld #%ld",
		         g->rc, g->text, g->line, g->col, g->index, rc, text, line, col, index);
	if (rc == 0 && strcmp(g->text, text) != 0)
		fail_msg("record \"%s\", expected \"%s\"", g->text, text);
}

static void test_split_edge_cases(void **state)
{
	(void)state;
	const char *in = "<?xml version=\"1.0\"?>\n"
	                 "<!-- c --><a x=\"1>2\" y='/>'><![CDATA[</a>]]><b/><?pi x?></a>\n"
	                 "\xef\xbb\xbf<?xml version=\"1.0\"?><a/>junk<a></a></b>"
	                 "<?xml version=\"1.0\"?><a><b>\n"
	                 "<!-- dropped --><?xml version=\"1.0\"?><c>ok</c><!-- trailing -->\n";
	for (size_t head = 0; head <= strlen(in); head += 7) {
		got g[16];
		int failed;
		size_t n = split_all(in, strlen(in), head, 1 << 20, g, 16, &failed);
		assert_false(failed);
		assert_int_equal(n, 7);
		expect_got(&g[0], 0,
		           "<?xml version=\"1.0\"?>\n<!-- c --><a x=\"1>2\" y='/>'>"
		           "<![CDATA[</a>]]><b/><?pi x?></a>",
		           1, 1, 1);
		expect_got(&g[1], 0, "<?xml version=\"1.0\"?><a/>", 3, 4, 2);
		expect_got(&g[2], TF_EPARSE, "text outside any element", 3, 29, 3);
		expect_got(&g[3], 0, "<a></a>", 3, 33, 4);
		expect_got(&g[4], TF_EPARSE, "end tag outside any element", 3, 40, 5);
		expect_got(&g[5], TF_EPARSE, "a new document (<?xml ...?>) starts before", 3, 44,
		           6);
		expect_got(&g[6], 0, "<?xml version=\"1.0\"?><c>ok</c>", 4, 17, 7);
	}
}

static void test_split_ends(void **state)
{
	(void)state;
	got g[4];
	int failed;
	assert_int_equal(split_all("", 0, 0, 100, g, 4, &failed), 0);
	assert_int_equal(split_all("  \n <!-- only a comment --> \n", 29, 0, 100, g, 4, &failed),
	                 0);
	assert_int_equal(split_all("<?xml version=\"1.0\"?>\n", 22, 0, 100, g, 4, &failed), 1);
	expect_got(&g[0], TF_EPARSE, "XML declaration with no root element", 1, 1, 1);
	assert_int_equal(split_all("<a><b>text", 10, 0, 100, g, 4, &failed), 1);
	expect_got(&g[0], TF_EPARSE, "truncated XML: the input ends inside this record", 1, 1, 1);
	assert_int_equal(split_all("<a/><!-- never closed", 21, 0, 100, g, 4, &failed), 2);
	expect_got(&g[0], 0, "<a/>", 1, 1, 1);
	expect_got(&g[1], TF_EPARSE, "truncated XML", 1, 5, 2);
	/* DOCTYPE with an internal subset holding '>' in quotes and
	 * brackets: cut whole (tf_xml_parse refuses it later). */
	const char *dt = "<!DOCTYPE a [<!ENTITY x \"<b>]>\">]><a>&x;</a>";
	assert_int_equal(split_all(dt, strlen(dt), 0, 100, g, 4, &failed), 1);
	expect_got(&g[0], 0, dt, 1, 1, 1);
	/* UTF-16: refused as a whole. */
	static const char u16[] = "\xff\xfe<\0a\0/\0>\0";
	assert_int_equal(split_all(u16, sizeof(u16) - 1, 0, 100, g, 4, &failed), 1);
	assert_true(failed);
	expect_got(&g[0], TF_EPARSE, "UTF-16 or UTF-32", 1, 1, 1);
}

static void test_split_limits(void **state)
{
	(void)state;
	/* A record over the cap is reported, the next one is read. */
	tf_buf b = TF_BUF_INIT;
	tf_buf_puts(&b, "<a>small</a>\n<a>");
	for (int i = 0; i < 500; i++)
		tf_buf_puts(&b, "<b>x</b>");
	tf_buf_puts(&b, "</a>\n<a>after</a>");
	got g[4];
	int failed;
	assert_int_equal(split_all(b.ptr, b.len, 0, 200, g, 4, &failed), 3);
	expect_got(&g[0], 0, "<a>small</a>", 1, 1, 1);
	expect_got(&g[1], TF_ELIMIT, "record larger than the 200-byte limit", 2, 1, 2);
	expect_got(&g[2], 0, "<a>after</a>", 3, 1, 3);
	/* A text run over tf_xml_parse's 10 MB text cap stops buffering at
	 * once, whatever the record cap. */
	tf_buf_clear(&b);
	tf_buf_puts(&b, "<a>");
	assert_int_equal(tf_buf_grow(&b, (size_t)11 << 20), 0);
	memset(b.ptr + b.len, 'x', (size_t)11 << 20);
	b.len += (size_t)11 << 20;
	tf_buf_puts(&b, "</a><a>after</a>");
	assert_int_equal(split_all(b.ptr, b.len, 0, (size_t)64 << 20, g, 4, &failed), 2);
	expect_got(&g[0], TF_ELIMIT, "longer than the 10000000-byte limit", 1, 1, 1);
	expect_got(&g[1], 0, "<a>after</a>", 1, (long)(11 << 20) + 8, 2);
	tf_buf_free(&b);
}

/* Every fixture, concatenated the ways files get concatenated (directly,
 * with byte order marks, with a comment between), comes back byte for
 * byte, with the line it starts on, through the 64 KiB read chunks. */
static void test_split_concatenation(void **state)
{
	(void)state;
	size_t n;
	char **names = list_dir(FIXTURES, ".xml", &n);
	tf_buf all = TF_BUF_INIT;
	char **files = calloc(n, sizeof(char *));
	size_t *lens = calloc(n, sizeof(size_t));
	long *lines = calloc(n, sizeof(long));
	long line = 1;
	for (size_t i = 0; i < n; i++) {
		char path[600];
		snprintf(path, sizeof(path), FIXTURES "%s", names[i]);
		tf_error err;
		assert_int_equal(tf_read_file(path, (size_t)64 << 20, &files[i], &lens[i], &err),
		                 0);
		if (i % 3 == 1)
			tf_buf_puts(&all, "\xef\xbb\xbf");
		else if (i % 3 == 2) {
			tf_buf_puts(&all, "<!-- next file -->\n");
			line++;
		}
		lines[i] = line;
		tf_buf_put(&all, files[i], lens[i]);
		for (size_t k = 0; k < lens[i]; k++)
			line += files[i][k] == '\n';
	}
	assert_false(all.oom);
	FILE *fp = fmemopen(all.ptr + 100, all.len - 100, "rb");
	tf_xsplit *s;
	assert_int_equal(tf_xsplit_new(&s, all.ptr, 100, fp, (size_t)64 << 20), 0);
	const char *rec;
	size_t rlen;
	long rline, rcol, index;
	tf_error err;
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(tf_xsplit_next(s, &rec, &rlen, &rline, &rcol, &index, &err), 0);
		size_t want = lens[i];
		while (want && strchr(" \r\n", files[i][want - 1]))
			want--;
		if (rlen != want || memcmp(rec, files[i], want) != 0)
			fail_msg("record %zu (%s) differs from its file", i + 1, names[i]);
		assert_int_equal(rline, lines[i]);
		assert_int_equal(index, (long)i + 1);
		/* and reads as that study */
		tf_trial *t;
		assert_int_equal(read_xml(rec, rlen, &t, &err), 0);
		assert_int_equal(strncmp(t->nct_id, names[i], 11), 0);
		tf_trial_free(t);
	}
	assert_int_equal(tf_xsplit_next(s, &rec, &rlen, &rline, &rcol, &index, &err), TF_ITEROVER);
	assert_int_equal(tf_xsplit_offset(s), all.len);
	tf_xsplit_free(s);
	fclose(fp);
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	free(lens);
	free(lines);
	tf_buf_free(&all);
	free_names(names, n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_real_pallas),
	        cmocka_unit_test(test_real_legacy),
	        cmocka_unit_test(test_real_status_and_types),
	        cmocka_unit_test(test_real_documents_and_ipd),
	        cmocka_unit_test(test_all_records),
	        cmocka_unit_test(test_json_xml_agreement),
	        cmocka_unit_test(test_pallas_stable_facts),
	        cmocka_unit_test(test_std_ages_match_v2),
	        cmocka_unit_test(test_std_ages_rule),
	        cmocka_unit_test(test_rejections),
	        cmocka_unit_test(test_people_and_text),
	        cmocka_unit_test(test_design_spellings),
	        cmocka_unit_test(test_warnings),
	        cmocka_unit_test(test_split_edge_cases),
	        cmocka_unit_test(test_split_ends),
	        cmocka_unit_test(test_split_limits),
	        cmocka_unit_test(test_split_concatenation),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
