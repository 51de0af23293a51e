/*
 * test_page.c - the registry web page reader (adapter/src/registry/page.c)
 * and the normalisation of displayed values (normalize.c).
 *
 * Each seed page (fixtures/registry/001..003) is read and every fact it
 * states is asserted, field by field, together with what it does not state
 * (absent, not invented) and the page furniture that must reach no field
 * (forms, FAQ, "See also" trials, sponsor blurbs). Variants of each page
 * are made in memory - a section removed, sections or lines in another
 * order, lines wrapped differently - and must give the same facts. The
 * HTML path reads tests/data/pages/001.html, a small rendering of seed 001.
 * Hostile inputs: empty, binary, invalid UTF-8, 10 MB, no NCT id, NCT ids
 * only in furniture.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "registry/text_formats.h"
#include "text_edit.h"
#include "trialfhir/trial.h"

#define SEED(n) TF_TEST_FIXTURES "/registry/" n
#define P001    SEED("001_738c78966a8a98f7.txt")
#define P002    SEED("002_79c7641ae8d424e1.txt")
#define P003    SEED("003_126556f1f349d5de.txt")
#define H001    TF_TEST_DATA "/pages/001.html"

/* ---- helpers ---- */

/* Re-wraps the line that starts with `line_start` at about width columns
 * (at spaces), so its words run over several lines. */
static char *wrap(char *s, const char *line_start, size_t width)
{
	char *line = slice(s, line_start, "\n");
	size_t n = strlen(line);
	char *w = malloc(n + 1);
	assert_non_null(w);
	memcpy(w, line, n + 1);
	for (size_t col = 0, i = 0; i < n; i++, col++)
		if (w[i] == ' ' && col >= width)
			w[i] = '\n', col = 0;
	char *out = edit(s, line, w);
	free(line);
	free(w);
	return out;
}

static int read_page(const char *buf, size_t len, tf_trial **out, tf_error *err)
{
	return read_text(tf_page_study, buf, len, out, err);
}

static tf_trial *page_ok(const char *buf)
{
	tf_trial *t;
	tf_error err;
	if (read_page(buf, strlen(buf), &t, &err) != 0)
		fail_msg("rejected: %s", err.message);
	return t;
}

static tf_trial *page_file(const char *path)
{
	char *buf = load(path);
	tf_trial *t = page_ok(buf);
	free(buf);
	return t;
}

static void expect_reject(const char *buf, size_t len, int code, const char *message)
{
	tf_trial *t;
	tf_error err;
	assert_int_equal(read_page(buf, len, &t, &err), code);
	assert_null(t);
	assert_int_equal(err.code, code);
	if (message && !strstr(err.message, message))
		fail_msg("message \"%s\" lacks \"%s\"", err.message, message);
}

static void check_strv(tf_strv v, const char *const *want, size_t n)
{
	assert_int_equal(v.n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(v.v[i], want[i]);
}

static int has(const char *s, const char *needle)
{
	return s && strstr(s, needle);
}

static int strv_has(tf_strv v, const char *needle)
{
	for (size_t i = 0; i < v.n; i++)
		if (has(v.v[i], needle))
			return 1;
	return 0;
}

static int person_has(const tf_person *p, size_t n, const char *needle)
{
	for (size_t i = 0; i < n; i++)
		if (has(p[i].name, needle) || has(p[i].affiliation, needle) ||
		    has(p[i].phone, needle) || has(p[i].email, needle))
			return 1;
	return 0;
}

/* True when needle is in any text field of the trial (warnings aside). */
static int anywhere(const tf_trial *t, const char *needle)
{
	const char *fields[] = {t->nct_id,
	                        t->brief_title,
	                        t->official_title,
	                        t->acronym,
	                        t->overall_status,
	                        t->lead_sponsor.name,
	                        t->brief_summary,
	                        t->detailed_description,
	                        t->study_type,
	                        t->eligibility.criteria,
	                        t->eligibility.minimum_age,
	                        t->eligibility.maximum_age,
	                        t->eligibility.sex,
	                        t->start_date.date,
	                        t->completion_date.date,
	                        t->primary_completion_date.date,
	                        t->first_post_date.date,
	                        t->first_submit_date,
	                        t->last_update_post_date.date,
	                        t->source.version_holder};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (has(fields[i], needle))
			return 1;
	if (strv_has(t->conditions, needle) || strv_has(t->keywords, needle) ||
	    strv_has(t->phases, needle))
		return 1;
	for (size_t i = 0; i < t->n_sites; i++) {
		const tf_site *s = &t->sites[i];
		if (has(s->facility, needle) || has(s->city, needle) || has(s->state, needle) ||
		    has(s->country, needle) || has(s->zip, needle) ||
		    person_has(s->contacts, s->n_contacts, needle))
			return 1;
	}
	for (size_t i = 0; i < t->n_collaborators; i++)
		if (has(t->collaborators[i].name, needle))
			return 1;
	for (size_t i = 0; i < t->n_arms; i++)
		if (has(t->arms[i].label, needle) || has(t->arms[i].description, needle))
			return 1;
	for (size_t i = 0; i < t->n_interventions; i++)
		if (has(t->interventions[i].name, needle) ||
		    has(t->interventions[i].description, needle))
			return 1;
	return person_has(t->officials, t->n_officials, needle) ||
	       person_has(t->central_contacts, t->n_central_contacts, needle);
}

static void assert_nowhere(const tf_trial *t, const char *const *needles)
{
	for (; *needles; needles++)
		if (anywhere(t, *needles))
			fail_msg("page furniture \"%s\" reached the model", *needles);
}

static int warned(const tf_trial *t, const char *needle)
{
	return strv_has(t->warnings, needle);
}

static void starts_ends(const char *s, const char *start, const char *end)
{
	assert_non_null(s);
	if (strncmp(s, start, strlen(start)) != 0)
		fail_msg("\"%.60s...\" does not start with \"%s\"", s, start);
	size_t n = strlen(s), e = strlen(end);
	if (n < e || strcmp(s + n - e, end) != 0)
		fail_msg("\"...%s\" does not end with \"%s\"", n > 60 ? s + n - 60 : s, end);
}

/* ---- seed 001: ClinConnect trial page ---- */

static const char *const title001 =
        "Evaluate the Efficacy of Radiofrequency Ablation/Vertebroplasty with or Without SBRT "
        "for Treating Painful Spinal Vertebral Metastases";
static const char *const sponsor001 =
        "Shanghai General Hospital, Shanghai Jiao Tong University School Of Medicine";

/* What 001 states apart from its keywords (the text runs them together,
 * the HTML does not). */
static void check_001_common(const tf_trial *t)
{
	assert_string_equal(t->nct_id, "NCT06756087");
	assert_string_equal(t->brief_title, title001);
	assert_null(t->official_title);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	/* "Launched by" shouts the name; "About ..." spells it. */
	assert_string_equal(t->lead_sponsor.name, sponsor001);
	assert_string_equal(t->first_post_date.date, "2024-12-24");
	assert_null(t->first_post_date.type);
	assert_string_equal(t->source.version_holder, "2025-07-27");
	assert_string_equal(t->source.format, "page");
	starts_ends(t->brief_summary, "This clinical trial is exploring two different treatment",
	            "better manage pain for those suffering from spinal metastases.");
	assert_non_null(strstr(t->brief_summary, "T5 and L5 vertebrae.\n\nTo participate in"));
	assert_string_equal(t->eligibility.sex, "ALL");
	const char *c = t->eligibility.criteria;
	starts_ends(c, "• Inclusion Criteria:\n• 1. The subject voluntarily participates",
	            "• 14. Subjects deemed by the investigator to have serious uncontrolled "
	            "diseases or other conditions that may affect participation in the study or "
	            "render them unsuitable for study treatment.");
	assert_non_null(strstr(c, "\n• Exclusion Criteria:\n• 1. Subjects with no measurable "
	                          "lesions;\n"));
	/* CT.gov escapes undone; the rest as written. */
	assert_non_null(strstr(c, "• 5. Initial diagnosis with an NPRS pain score > 3.\n"));
	assert_non_null(strstr(c, "WBC ≥ 3.0×10^9/L; absolute neutrophil count (ANC) ≥ 1.5 "));
	assert_non_null(strstr(c, "unexplained fever >38.5℃ during screening"));
	size_t lines = 1;
	for (const char *q = c; *q; q++)
		lines += *q == '\n';
	assert_int_equal(lines, 24);
	assert_int_equal(t->n_sites, 1);
	assert_null(t->sites[0].facility);
	assert_string_equal(t->sites[0].city, "Shanghai");
	assert_string_equal(t->sites[0].state, "Shanghai");
	assert_string_equal(t->sites[0].country, "China");
	assert_null(t->sites[0].status);
	assert_int_equal(t->n_officials, 1);
	assert_string_equal(t->officials[0].name, "Dongqing Zuo, M.D./PH.D.");
	assert_string_equal(t->officials[0].role, "STUDY_DIRECTOR");
	assert_string_equal(t->officials[0].affiliation,
	                    "Shanghai General Hospital, Shanghai Jiao Tong University School of "
	                    "Medicine, Shanghai");
	/* Not stated: nothing invented. The summary's "about 120 patients"
	 * and the criteria's "Age 18 or older" are prose, not fields. */
	assert_int_equal(t->enrollment, -1);
	assert_null(t->enrollment_type);
	assert_int_equal(t->phases.n, 0);
	assert_null(t->study_type);
	assert_null(t->eligibility.minimum_age);
	assert_null(t->eligibility.maximum_age);
	assert_int_equal(t->eligibility.healthy_volunteers, TF_UNSET);
	assert_null(t->start_date.date);
	assert_null(t->completion_date.date);
	assert_null(t->primary_completion_date.date);
	assert_null(t->first_submit_date);
	assert_null(t->last_update_post_date.date);
	assert_null(t->detailed_description);
	assert_int_equal(t->conditions.n, 0);
	assert_int_equal(t->n_central_contacts, 0);
	assert_int_equal(t->n_arms, 0);
	assert_int_equal(t->n_interventions, 0);
	static const char *const furniture[] = {"leading medical institution",
	                                        "patients applied",
	                                        "Not reported",
	                                        "Logo",
	                                        "Search /",
	                                        "Trial Information",
	                                        "Timeline",
	                                        "ClinConnect",
	                                        NULL};
	assert_nowhere(t, furniture);
}

static void test_001(void **state)
{
	(void)state;
	tf_trial *t = page_file(P001);
	check_001_common(t);
	static const char *const kw[] = {
	        "Spinal Metastases Radiofrequency Ablation Stereotactic Radiotherapy"};
	check_strv(t->keywords, kw, 1);
	assert_true(warned(t, "several keywords run together"));
	assert_int_equal(t->warnings.n, 1);
	tf_trial_free(t);
}

/* The same page in HTML: the same facts, and the chips stay apart. */
static void test_001_html(void **state)
{
	(void)state;
	char *html = load(H001);
	tf_trial *t = page_ok(html);
	check_001_common(t);
	static const char *const kw[] = {"Spinal Metastases", "Radiofrequency Ablation",
	                                 "Stereotactic Radiotherapy"};
	check_strv(t->keywords, kw, 3);
	assert_int_equal(t->warnings.n, 0);
	/* Criteria identical to the text page's. */
	tf_trial *text = page_file(P001);
	assert_string_equal(t->eligibility.criteria, text->eligibility.criteria);
	assert_string_equal(t->brief_summary, text->brief_summary);
	tf_trial_free(text);
	/* Scripts, forms, navigation and the footer reach nothing. */
	static const char *const furniture[] = {"NCT99999999", "NCT88888888", "NCT00000001",
	                                        "Find trials", "Sign in",     "Apply now",
	                                        "Privacy",     "font-family", NULL};
	assert_nowhere(t, furniture);
	tf_trial_free(t);
	/* Through the HTML entry point directly: the same. */
	assert_int_equal(tf_trial_new(&t), 0);
	tf_error err;
	assert_int_equal(tf_page_html_study(html, strlen(html), "html", t, &err), 0);
	check_001_common(t);
	tf_trial_free(t);
	free(html);
}

static void test_001_variants(void **state)
{
	(void)state;
	char *s = load(P001);
	tf_trial *t;

	/* Sections removed: Keywords and Trial Officials. */
	char *v = replace(s,
	                  "Keywords\n\nSpinal Metastases Radiofrequency Ablation Stereotactic "
	                  "Radiotherapy\n\n",
	                  "");
	v = edit(v, "Trial Officials\n", "");
	v = edit(v,
	         "Dongqing Zuo, M.D./PH.D.\n\nStudy Director\n\n"
	         "Shanghai General Hospital, Shanghai Jiao Tong University School of "
	         "Medicine, Shanghai\n\n",
	         "");
	t = page_ok(v);
	assert_int_equal(t->keywords.n, 0);
	assert_int_equal(t->n_officials, 0);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	assert_string_equal(t->lead_sponsor.name, sponsor001);
	assert_int_equal(t->warnings.n, 0);
	tf_trial_free(t);
	free(v);

	/* Sections in another order, headings in other case, CR LF. */
	v = move(strdup(s), "Locations\n", "Patients applied", "Keywords\n");
	v = move(v, "Trial Officials\n", "Timeline", "ClinConnect Summary\n");
	v = move(v, "Gender\n", "Eligibility criteria", "Trial Information\n");
	v = edit(v, "Trial Officials", "TRIAL OFFICIALS");
	v = edit(v, "Eligibility criteria", "Eligibility Criteria");
	size_t n = strlen(v);
	char *crlf = malloc(2 * n + 1);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i] == '\n')
			crlf[k++] = '\r';
		crlf[k++] = v[i];
	}
	crlf[k] = '\0';
	t = page_ok(crlf);
	tf_trial *orig = page_file(P001);
	check_001_common(t);
	assert_string_equal(t->eligibility.criteria, orig->eligibility.criteria);
	tf_trial_free(orig);
	tf_trial_free(t);
	free(crlf);
	free(v);

	/* Lines wrapped differently: the title, the "Launched by" line and a
	 * summary paragraph; and the title right above "Launched by". */
	v = wrap(strdup(s), "Evaluate the Efficacy", 40);
	v = wrap(v, "Launched by", 30);
	v = wrap(v, "This clinical trial is exploring", 70);
	v = edit(v, "Metastases\n\nLaunched by", "Metastases\nLaunched by");
	t = page_ok(v);
	check_001_common(t);
	tf_trial_free(t);
	free(v);

	/* "Launched by" with other separators, none, or no date. */
	static const struct {
		const char *line, *sponsor, *date;
	} launches[] = {
	        {"Launched by ACME Hospital \xE2\x80\x93 Paris Campus \xC2\xB7 Dec 24, 2024",
	         "ACME Hospital \xE2\x80\x93 Paris Campus", "2024-12-24"},
	        {"Launched by ACME Hospital Dec 24, 2024", "ACME Hospital", "2024-12-24"},
	        {"Launched by ACME Hospital | 16 October 2025", "ACME Hospital", "2025-10-16"},
	        {"Launched by ACME Hospital 2024", "ACME Hospital", "2024"},
	        {"Launched by ACME Hospital", "ACME Hospital", NULL},
	};
	for (size_t i = 0; i < sizeof(launches) / sizeof(launches[0]); i++) {
		v = replace(s,
		            "Launched by SHANGHAI GENERAL HOSPITAL, SHANGHAI JIAO TONG UNIVERSITY "
		            "SCHOOL OF MEDICINE \xC2\xB7 Dec 24, 2024",
		            launches[i].line);
		t = page_ok(v);
		assert_string_equal(t->lead_sponsor.name, launches[i].sponsor);
		if (launches[i].date)
			assert_string_equal(t->first_post_date.date, launches[i].date);
		else
			assert_null(t->first_post_date.date);
		tf_trial_free(t);
		free(v);
	}

	/* Without the breadcrumb the page names no NCT id: rejected. */
	v = replace(s, "Search / Trial NCT06756087\n", "");
	expect_reject(v, strlen(v), TF_EINVALID, "no NCT id");
	free(v);
	free(s);
}

/* ---- seed 002: patient-facing trial page ---- */

static const char *const title002 =
        "Spinal Palliation in Irradiation for Neoplastic Analgesia and Life Quality";

static void check_002(const tf_trial *t)
{
	assert_string_equal(t->nct_id, "NCT06884332");
	assert_string_equal(t->brief_title, title002);
	/* The headline is shown twice, not an official title. */
	assert_null(t->official_title);
	assert_string_equal(t->overall_status, "RECRUITING");
	assert_string_equal(t->eligibility.minimum_age, "18 Years");
	assert_null(t->eligibility.maximum_age);
	assert_string_equal(t->eligibility.sex, "ALL");
	static const char *const na[] = {"NA"};
	check_strv(t->phases, na, 1);
	starts_ends(t->brief_summary, "The goal of this clinical trial is to assess the impact",
	            "maintain effective pain relief while minimizing side effects.");
	assert_non_null(
	        strstr(t->brief_summary,
	               "require care.\n\nThese objectives will be addressed in a multicenter"));
	starts_ends(t->detailed_description,
	            "Palliative analgesic radiotherapy (RT) is used to relieve pain",
	            "reduce toxicity risks, and improve patients' quality of life.");
	assert_non_null(strstr(t->detailed_description, "healthy tissues.\n\nThese factors have"));
	const char *c = t->eligibility.criteria;
	starts_ends(c,
	            "Inclusion Criteria:\n\n  • Patient with bone pain related to at least 1 or "
	            "more bone metastases of spinal location",
	            "  • Pregnant woman, likely to be pregnant, or breastfeeding");
	assert_non_null(strstr(c, "  • Patient affiliated to the social security system.\n\n"
	                          "Exclusion Criteria:\n\n  • Pediatric patient;\n"));
	assert_non_null(strstr(c, "  • Patient with at least moderate pain with EN ≥ 5;\n"));
	static const char *const cond[] = {"Bone Metastasis", "Oncology Pain"};
	check_strv(t->conditions, cond, 2);
	assert_string_equal(t->lead_sponsor.name, "Institut de Cancérologie de Lorraine");
	/* The page's unlabelled date is reported, not placed. */
	assert_true(warned(t, "16 October 2025"));
	assert_null(t->start_date.date);
	assert_null(t->first_post_date.date);
	assert_null(t->last_update_post_date.date);
	assert_null(t->completion_date.date);
	assert_null(t->source.version_holder);
	/* Not stated. */
	assert_null(t->study_type);
	assert_int_equal(t->enrollment, -1);
	assert_int_equal(t->eligibility.healthy_volunteers, TF_UNSET);
	assert_int_equal(t->keywords.n, 0);
	assert_int_equal(t->n_sites, 0);
	assert_int_equal(t->n_officials, 0);
	assert_int_equal(t->n_central_contacts, 0);
	/* The form, the FAQ and the site's words reach nothing. */
	static const char *const furniture[] = {"clinical trial is a study designed",
	                                        "Compensation varies",
	                                        "strict ethical guidelines",
	                                        "First name",
	                                        "SITE_NAME",
	                                        "Patient Notification",
	                                        "Powered by AI",
	                                        "private note",
	                                        "Get in touch",
	                                        "Other languages",
	                                        "Image",
	                                        "Investigator Avatar",
	                                        "passcode",
	                                        NULL};
	assert_nowhere(t, furniture);
}

static void test_002(void **state)
{
	(void)state;
	tf_trial *t = page_file(P002);
	check_002(t);
	assert_int_equal(t->warnings.n, 1);
	tf_trial_free(t);
}

static void test_002_variants(void **state)
{
	(void)state;
	char *s = load(P002);
	tf_trial *t;

	/* Description removed; Study details without conditions. */
	char *v = cut(strdup(s), "Description\n\nPalliative", "Eligibility\n");
	v = edit(v, "    Bone Metastasis\n    Oncology Pain\n\n", "");
	t = page_ok(v);
	assert_null(t->detailed_description);
	assert_int_equal(t->conditions.n, 0);
	assert_string_equal(t->lead_sponsor.name, "Institut de Cancérologie de Lorraine");
	assert_string_equal(t->nct_id, "NCT06884332");
	assert_non_null(t->eligibility.criteria);
	tf_trial_free(t);
	free(v);

	/* Another order: the fact lines shuffled, Eligibility after Study
	 * details, Overview after Description. */
	v = replace(s, "Recruiting\n18 years and older\nAll\nPhase N/A\n",
	            "All\nPhase N/A\n18 years and older\nRecruiting\n");
	v = move(v, "Eligibility\n", "Study details", "Step 1");
	v = move(v, "Overview\n", "Description\n", "Eligibility\n");
	t = page_ok(v);
	check_002(t);
	tf_trial *orig = page_file(P002);
	assert_string_equal(t->eligibility.criteria, orig->eligibility.criteria);
	tf_trial_free(orig);
	tf_trial_free(t);
	free(v);

	/* Wrapped: both titles, an Overview paragraph; a wrapped criterion is
	 * kept as written. */
	v = wrap(strdup(s), "Spinal Palliation", 30);
	v = wrap(v, "Spinal Palliation in Irradiation for", 30);
	v = wrap(v, "The goal of this clinical trial", 60);
	v = edit(v, "  • Patient on analgesic drug treatment for at least 7 days ",
	         "  • Patient on analgesic drug treatment for at least 7 days\n    ");
	t = page_ok(v);
	assert_string_equal(t->brief_title, title002);
	assert_null(t->official_title);
	orig = page_file(P002);
	assert_string_equal(t->brief_summary, orig->brief_summary);
	tf_trial_free(orig);
	assert_non_null(strstr(t->eligibility.criteria, "for at least 7 days\n    or poor"));
	tf_trial_free(t);
	free(v);

	/* Other values another trial's page shows: normalised to the enums. */
	v = replace(s, "Recruiting\n18 years and older\nAll\nPhase N/A\n",
	            "Not yet recruiting\n18 to 65 years\nFemale\nPhase 2/Phase 3\n"
	            "Accepts healthy volunteers\n");
	v = edit(v,
	         "Spinal Palliation in Irradiation for Neoplastic Analgesia and Life "
	         "Quality\n\nNot yet recruiting",
	         "SPINAL-1: an official title\n\nNot yet recruiting");
	t = page_ok(v);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	assert_string_equal(t->eligibility.minimum_age, "18 Years");
	assert_string_equal(t->eligibility.maximum_age, "65 Years");
	assert_string_equal(t->eligibility.sex, "FEMALE");
	static const char *const p23[] = {"PHASE2", "PHASE3"};
	check_strv(t->phases, p23, 2);
	assert_string_equal(t->official_title, "SPINAL-1: an official title");
	assert_int_equal(t->eligibility.healthy_volunteers, TF_YES);
	tf_trial_free(t);
	free(v);

	/* No NCT id: rejected, the FAQ's words notwithstanding. */
	v = replace(s, "NCT06884332\n", "\n");
	expect_reject(v, strlen(v), TF_EINVALID, "no NCT id");
	free(v);
	free(s);
}

/* ---- seed 003: trial summary page ---- */

static void check_003(const tf_trial *t)
{
	assert_string_equal(t->nct_id, "NCT04964219");
	assert_string_equal(t->study_type, "INTERVENTIONAL");
	assert_string_equal(t->lead_sponsor.name, "Peking University First Hospital");
	assert_int_equal(t->n_central_contacts, 1);
	assert_string_equal(t->central_contacts[0].name, "Dong-Xin Wang, MD, PhD");
	assert_string_equal(t->central_contacts[0].role, "CONTACT");
	assert_string_equal(t->central_contacts[0].phone, "+8610-83572784");
	assert_string_equal(t->central_contacts[0].email, "wangdongxin@hotmail.com");
	assert_string_equal(t->overall_status, "RECRUITING");
	static const char *const p4[] = {"PHASE4"};
	check_strv(t->phases, p4, 1);
	assert_string_equal(t->start_date.date, "2022-02-08");
	assert_null(t->start_date.type);
	assert_string_equal(t->completion_date.date, "2024-12-30");
	assert_null(t->completion_date.type);
	starts_ends(t->brief_summary, "Despite opioid-based multimodal analgesia",
	            "can decrease pain intensity after major spine fusion surgery.");
	assert_null(strchr(t->brief_summary, '\n'));
	starts_ends(t->detailed_description, "Multi-segment spinal fusion usually lasts long",
	            "patients undergoing multi-segment spine infusion surgery. ;");
	/* Not stated: no title, no enrollment, no eligibility. */
	assert_null(t->brief_title);
	assert_null(t->official_title);
	assert_int_equal(t->enrollment, -1);
	assert_null(t->enrollment_type);
	assert_null(t->eligibility.criteria);
	assert_null(t->eligibility.minimum_age);
	assert_null(t->eligibility.sex);
	assert_int_equal(t->conditions.n, 0);
	assert_int_equal(t->keywords.n, 0);
	assert_null(t->primary_completion_date.date);
	assert_null(t->last_update_post_date.date);
	assert_null(t->first_post_date.date);
	assert_int_equal(t->n_sites, 0);
	assert_int_equal(t->n_officials, 0);
	/* "See also" is other trials. */
	static const char *const furniture[] = {"NCT05023850",
	                                        "NCT04738357",
	                                        "Comparing Thoracolumbar",
	                                        "HSK21542",
	                                        "Clinical Trials Logo",
	                                        "Completed",
	                                        "N/A",
	                                        NULL};
	assert_nowhere(t, furniture);
}

static void test_003(void **state)
{
	(void)state;
	tf_trial *t = page_file(P003);
	check_003(t);
	assert_int_equal(t->warnings.n, 0);
	tf_trial_free(t);
}

static void test_003_variants(void **state)
{
	(void)state;
	char *s = load(P003);
	tf_trial *t;

	/* Description and the contact lines removed. */
	char *v = cut(strdup(s), "Clinical Trial Description\n", "Study Design");
	v = edit(v,
	         "Contact Dong-Xin Wang, MD, PhD\nPhone +8610-83572784\n"
	         "Email wangdongxin@hotmail.com\n",
	         "");
	t = page_ok(v);
	assert_null(t->detailed_description);
	assert_int_equal(t->n_central_contacts, 0);
	assert_string_equal(t->overall_status, "RECRUITING");
	assert_string_equal(t->start_date.date, "2022-02-08");
	tf_trial_free(t);
	free(v);

	/* Another order: facts first (lines shuffled after the NCT number),
	 * the summary after the description; conditions listed. */
	v = replace(s, "Study type Interventional\nSource Peking University First Hospital\n",
	            "Start date February 8, 2022\nSource Peking University First Hospital\n"
	            "Study type Interventional\n");
	v = edit(v, "Phase Phase 4\nStart date February 8, 2022\n", "Phase Phase 4\n");
	v = move(v, "NCT number", "See also", "Clinical Trial Summary");
	v = move(v, "Clinical Trial Summary", "Clinical Trial Description", "Study Design");
	v = edit(v, "Related Conditions & MeSH terms\n\n",
	         "Related Conditions & MeSH terms\nPain, Postoperative\nSpinal Fusion\n");
	t = page_ok(v);
	tf_trial *orig = page_file(P003);
	assert_string_equal(t->brief_summary, orig->brief_summary);
	assert_string_equal(t->detailed_description, orig->detailed_description);
	tf_trial_free(orig);
	assert_string_equal(t->lead_sponsor.name, "Peking University First Hospital");
	assert_string_equal(t->study_type, "INTERVENTIONAL");
	assert_string_equal(t->start_date.date, "2022-02-08");
	assert_string_equal(t->central_contacts[0].email, "wangdongxin@hotmail.com");
	static const char *const cond[] = {"Pain, Postoperative", "Spinal Fusion"};
	check_strv(t->conditions, cond, 2);
	tf_trial_free(t);
	free(v);

	/* Wrapped: a value over two lines, the summary over several. */
	v = replace(s, "Source Peking University First Hospital",
	            "Source Peking University\nFirst Hospital");
	v = edit(v, "Contact Dong-Xin Wang, MD, PhD", "Contact Dong-Xin Wang,\n  MD, PhD");
	v = wrap(v, "Despite opioid-based", 50);
	t = page_ok(v);
	check_003(t);
	tf_trial_free(t);
	free(v);

	/* The only NCT ids left are other trials': rejected. */
	v = replace(s, "NCT number NCT04964219", "NCT number");
	expect_reject(v, strlen(v), TF_EINVALID, "no NCT id");
	free(v);
	free(s);
}

/* ---- hostile input ---- */

static void test_robustness(void **state)
{
	(void)state;
	expect_reject("", 0, TF_EINVALID, "no NCT id");
	expect_reject(NULL, 0, TF_EINVALID, "no NCT id");
	expect_reject(" \n\n\t\n", 5, TF_EINVALID, "no NCT id");
	expect_reject("just some text NCT12345678\n", 27, TF_EUNSUPPORTED, "layout");

	/* Binary garbage, with and without NUL bytes. */
	unsigned char bin[4096];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < sizeof(bin); i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		bin[i] = (unsigned char)x;
	}
	expect_reject((const char *)bin, sizeof(bin), TF_EPARSE, NULL);
	for (size_t i = 0; i < sizeof(bin); i++)
		if (!bin[i])
			bin[i] = 0xFF;
	expect_reject((const char *)bin, sizeof(bin), TF_EPARSE, "UTF-8");

	/* Invalid UTF-8 in an otherwise good page: named by line and column. */
	char *s = load(P003);
	char *v = replace(s, "Status Recruiting", "Status Recr\xC3uiting");
	tf_trial *t;
	tf_error err;
	assert_int_equal(read_page(v, strlen(v), &t, &err), TF_EPARSE);
	assert_true(err.line > 1);
	assert_int_equal(err.column, 12);
	free(v);
	free(s);

	/* A page where a section heading is followed by nothing at all, and
	 * one that ends right after a heading. */
	s = load(P001);
	v = slice(s, "ClinConnect ClinConnect Logo", "Timeline");
	t = page_ok(v);
	assert_string_equal(t->nct_id, "NCT06756087");
	tf_trial_free(t);
	free(v);
	v = slice(s, "ClinConnect", "\n\nThis clinical trial");
	t = page_ok(v);
	assert_null(t->brief_summary);
	tf_trial_free(t);
	free(v);

	/* Markdown is not a page. */
	char *md = load(SEED("000_d03765025c1c23e6.txt"));
	expect_reject(md, strlen(md), TF_EUNSUPPORTED, NULL);
	free(md);

	/* HTML that is only furniture, and broken HTML. */
	static const char junk_html[] =
	        "<!DOCTYPE html><html><head><script>var a='NCT11111111'</script></head>"
	        "<body><nav>NCT22222222</nav><p>Hello</p></body></html>";
	expect_reject(junk_html, sizeof(junk_html) - 1, TF_EINVALID, "no NCT id");
	static const char broken_html[] = "<html><body><div><p>Trial Information<p><<<>>NCT1";
	expect_reject(broken_html, sizeof(broken_html) - 1, TF_EINVALID, NULL);
	free(s);
}

/* A 10 MB page: the summary repeated; read whole, in linear time. */
static void test_huge(void **state)
{
	(void)state;
	char *s = load(P001);
	const char *para = strstr(s, "This clinical trial is exploring");
	size_t plen = (size_t)(strchr(para, '\n') - para);
	size_t want = 10u << 20, n = strlen(s);
	char *big = malloc(n + want + plen + 4);
	assert_non_null(big);
	size_t at = (size_t)(para - s), k = 0;
	memcpy(big, s, at);
	k = at;
	while (k - at < want) {
		memcpy(big + k, para, plen);
		k += plen;
		big[k++] = '\n';
		big[k++] = '\n';
	}
	memcpy(big + k, s + at, n - at + 1);
	clock_t t0 = clock();
	tf_trial *t = page_ok(big);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_true(secs < 20.0);
	assert_true(strlen(t->brief_summary) > want);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	assert_string_equal(t->brief_title, title001);
	tf_trial_free(t);

	/* 10 MB of lines that are all headings, and of one long line. */
	memset(big, 'x', want);
	for (size_t i = 0; i + 9 < want; i += 9)
		memcpy(big + i, "Keywords\n", 9);
	memcpy(big, "Trial Information\nNCT01234567\n", 30);
	big[want] = '\0';
	tf_error err;
	assert_int_equal(read_page(big, want, &t, &err), 0);
	assert_string_equal(t->nct_id, "NCT01234567");
	tf_trial_free(t);
	memset(big, 'y', want);
	memcpy(big, "ClinConnect\nTrial Information\nNCT01234567 ", 42);
	assert_int_equal(read_page(big, want, &t, &err), 0);
	tf_trial_free(t);
	free(big);
	free(s);
}

/* ---- sniffers ---- */

static int sniff_file(const char *path, int markdown)
{
	char *s = load(path);
	size_t n = strlen(s) < 4096 ? strlen(s) : 4096;
	int r = markdown ? tf_markdown_sniff(s, n) : tf_page_sniff(s, n);
	free(s);
	return r;
}

static void test_sniff(void **state)
{
	(void)state;
	assert_int_equal(sniff_file(P001, 0), 2);
	/* 002 names its NCT id after the first 4 KiB. */
	assert_int_equal(sniff_file(P002, 0), 1);
	assert_int_equal(sniff_file(P003, 0), 2);
	assert_int_equal(sniff_file(H001, 0), 2);
	assert_int_equal(sniff_file(SEED("000_d03765025c1c23e6.txt"), 0), 0);
	for (const char *const *p = (const char *const[]){P001, P002, P003, H001, NULL}; *p; p++)
		assert_int_equal(sniff_file(*p, 1), 0);
	assert_int_equal(tf_page_sniff("", 0), 0);
	assert_int_equal(tf_page_sniff(NULL, 0), 0);
	static const char json[] = "{\"protocolSection\":{\"identificationModule\":"
	                           "{\"nctId\":\"NCT01234567\"}}}";
	assert_int_equal(tf_page_sniff(json, sizeof(json) - 1), 0);
	static const char xml[] = "<?xml version=\"1.0\"?><clinical_study><id_info><nct_id>"
	                          "NCT01234567</nct_id></id_info></clinical_study>";
	assert_int_equal(tf_page_sniff(xml, sizeof(xml) - 1), 0);
	assert_int_equal(tf_page_sniff("  <HTML><body>", 14), 1);
	assert_int_equal(tf_page_sniff("plain text NCT01234567", 22), 0);
	/* A head cut in the middle of a character or line is fine. */
	char *s = load(P001);
	for (size_t n = 0; n < 600; n++)
		(void)tf_page_sniff(s, n);
	free(s);
}

/* ---- normalisation ---- */

static void enum_is(const char *table, const char *display, const char *want)
{
	const char *got = tf_normalize_enum(table, display);
	table = table ? table : "(null)";
	display = display ? display : "(null)";
	if (!want && got)
		fail_msg("%s \"%s\" -> %s, expected nothing", table, display, got);
	if (want && (!got || strcmp(got, want) != 0))
		fail_msg("%s \"%s\" -> %s, expected %s", table, display, got ? got : "NULL", want);
}

static void test_normalize_enum(void **state)
{
	(void)state;
	const char *st = "ctgov-overall-status", *ph = "ctgov-phase";
	enum_is(st, "Not yet recruiting", "NOT_YET_RECRUITING");
	enum_is(st, "Not Yet Recruiting", "NOT_YET_RECRUITING");
	enum_is(st, "NOT_YET_RECRUITING", "NOT_YET_RECRUITING");
	enum_is(st, "Recruiting", "RECRUITING");
	enum_is(st, "recruiting", "RECRUITING");
	enum_is(st, "Active, not recruiting", "ACTIVE_NOT_RECRUITING");
	enum_is(st, "Enrolling by invitation", "ENROLLING_BY_INVITATION");
	enum_is(st, "Unknown status", "UNKNOWN");
	enum_is(st, "Completed", "COMPLETED");
	enum_is(st, "Recruiting soon", NULL);
	enum_is(st, "", NULL);
	enum_is(st, "\xE2\x80\x94", NULL);
	enum_is(st, NULL, NULL);
	enum_is(NULL, "Recruiting", NULL);
	enum_is("no-such-table", "Recruiting", NULL);
	enum_is(ph, "Phase N/A", "NA");
	enum_is(ph, "N/A", "NA");
	enum_is(ph, "NA", "NA");
	enum_is(ph, "Not Applicable", "NA");
	enum_is(ph, "Phase 1", "PHASE1");
	enum_is(ph, "PHASE4", "PHASE4");
	enum_is(ph, "Phase 2/Phase 3", "PHASE2|PHASE3");
	enum_is(ph, "Phase 1/Phase 2", "PHASE1|PHASE2");
	enum_is(ph, "PHASE1, PHASE2", "PHASE1|PHASE2");
	enum_is(ph, "Phase 2/3", "PHASE2|PHASE3");
	enum_is(ph, "Phase II/III", "PHASE2|PHASE3");
	enum_is(ph, "Phase 2 and Phase 3", "PHASE2|PHASE3");
	enum_is(ph, "Phase III", "PHASE3");
	enum_is(ph, "Early Phase 1", "EARLY_PHASE1");
	enum_is(ph, "Phase 0", "EARLY_PHASE1");
	enum_is(ph, "Phase 1/Phase 3", NULL);
	enum_is(ph, "Phase 5", NULL);
	enum_is(ph, "Phase 1/2/3", NULL);
	enum_is(ph, "Phase", NULL);
	enum_is("ctgov-sex", "All", "ALL");
	enum_is("ctgov-sex", "Both", "ALL");
	enum_is("ctgov-sex", "Male", "MALE");
	enum_is("ctgov-sex", "female", "FEMALE");
	enum_is("ctgov-study-type", "Interventional", "INTERVENTIONAL");
	enum_is("ctgov-study-type", "Observational [Patient Registry]", "OBSERVATIONAL");
	enum_is("ctgov-official-role", "Study Director", "STUDY_DIRECTOR");
	enum_is("ctgov-official-role", "Principal Investigator", "PRINCIPAL_INVESTIGATOR");
	enum_is("ctgov-arm-type", "Placebo Comparator", "PLACEBO_COMPARATOR");
	enum_is("ctgov-intervention-type", "Dietary Supplement", "DIETARY_SUPPLEMENT");
}

static void date_is(const char *display, const char *want)
{
	char out[11];
	size_t n = tf_normalize_date(display, strlen(display), out);
	if (!want && n)
		fail_msg("\"%s\" -> %s, expected no date", display, out);
	if (want && (!n || strcmp(out, want) != 0))
		fail_msg("\"%s\" -> %s, expected %s", display, n ? out : "nothing", want);
	if (n)
		assert_int_equal(n, strlen(out));
}

static void test_normalize_date(void **state)
{
	(void)state;
	date_is("Dec 24, 2024", "2024-12-24");
	date_is("July 27, 2025", "2025-07-27");
	date_is("February 8, 2022", "2022-02-08");
	date_is("16 October 2025", "2025-10-16");
	date_is("24th December 2024", "2024-12-24");
	date_is("Sept. 3, 2021", "2021-09-03");
	date_is("2026-03-01", "2026-03-01");
	date_is(" 2026-03-01 ", "2026-03-01");
	date_is("2026/03/01", "2026-03-01");
	date_is("2026-05-12T07:31:59.085Z", "2026-05-12");
	date_is("March 2026", "2026-03");
	date_is("2026-03", "2026-03");
	date_is("2026", "2026");
	date_is("2024-02-29", "2024-02-29");
	date_is("2023-02-29", NULL);
	date_is("Feb 30, 2024", NULL);
	date_is("Dec 0, 2024", NULL);
	date_is("Dec 24", NULL);
	date_is("24 Dec", NULL);
	date_is("2026-13-01", NULL);
	date_is("20260301", NULL);
	date_is("yesterday", NULL);
	date_is("Ma 2026", NULL);
	date_is("Dec 24, 2024, 2025", NULL);
	date_is("Not reported", NULL);
	date_is("", NULL);
	date_is("2026-03-01T", NULL);
	date_is("99999-01-01", NULL);
}

static void age_is(const char *display, int bits, const char *min, const char *max)
{
	char lo[32], hi[32];
	int got = tf_normalize_age_range(display, strlen(display), lo, hi, sizeof(lo));
	if (got != bits)
		fail_msg("\"%s\" -> %d, expected %d", display, got, bits);
	if (bits & 1)
		assert_string_equal(lo, min);
	if (bits & 2)
		assert_string_equal(hi, max);
}

static void test_normalize_age(void **state)
{
	(void)state;
	age_is("18 years and older", 1, "18 Years", NULL);
	age_is("18 Years and Older", 1, "18 Years", NULL);
	age_is("18+ years", 1, "18 Years", NULL);
	age_is("\xE2\x89\xA5 18 years", 1, "18 Years", NULL);
	age_is("at least 18 years old", 1, "18 Years", NULL);
	age_is("18 Years to 65 Years", 3, "18 Years", "65 Years");
	age_is("18 to 65 years", 3, "18 Years", "65 Years");
	age_is("18 - 65 Years", 3, "18 Years", "65 Years");
	age_is("Between 18 and 75 years", 3, "18 Years", "75 Years");
	age_is("6 Months to 17 Years", 3, "6 Months", "17 Years");
	age_is("Up to 17 years", 2, NULL, "17 Years");
	age_is("17 years and younger", 2, NULL, "17 Years");
	age_is("under 2 years", 2, NULL, "2 Years");
	age_is("1 year and older", 1, "1 Year", NULL);
	age_is("6 months and older", 1, "6 Months", NULL);
	age_is("18 Years", 1, "18 Years", NULL);
	age_is("All", 0, NULL, NULL);
	age_is("Phase 2", 0, NULL, NULL);
	age_is("18", 0, NULL, NULL);
	age_is("18 years with cancer", 0, NULL, NULL);
	age_is("1.5 years", 0, NULL, NULL);
	age_is("18 19 20 years", 0, NULL, NULL);
	age_is("", 0, NULL, NULL);
	assert_int_equal(tf_normalize_flag("Yes", 3), TF_YES);
	assert_int_equal(tf_normalize_flag("No", 2), TF_NO);
	assert_int_equal(tf_normalize_flag("Accepts Healthy Volunteers", 26), TF_YES);
	assert_int_equal(tf_normalize_flag("maybe", 5), TF_UNSET);
	assert_int_equal(tf_normalize_flag("Does not accept healthy volunteers", 34), TF_NO);
	assert_int_equal(tf_normalize_flag("Healthy volunteers not accepted", 31), TF_NO);
	assert_int_equal(tf_normalize_flag("Healthy volunteers accepted", 27), TF_YES);
	assert_int_equal(tf_normalize_flag("Healthy volunteers", 18), TF_UNSET);
	assert_int_equal(tf_normalize_flag("", 0), TF_UNSET);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_001),
	        cmocka_unit_test(test_001_html),
	        cmocka_unit_test(test_001_variants),
	        cmocka_unit_test(test_002),
	        cmocka_unit_test(test_002_variants),
	        cmocka_unit_test(test_003),
	        cmocka_unit_test(test_003_variants),
	        cmocka_unit_test(test_robustness),
	        cmocka_unit_test(test_huge),
	        cmocka_unit_test(test_sniff),
	        cmocka_unit_test(test_normalize_enum),
	        cmocka_unit_test(test_normalize_date),
	        cmocka_unit_test(test_normalize_age),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
