/*
 * test_markdown.c - the registry mirror markdown reader
 * (adapter/src/registry/markdown.c).
 *
 * The seed mirror page (fixtures/registry/000_d03765025c1c23e6.txt) is read
 * and every fact it states is asserted, with what it does not state and
 * the mirror's own furniture (provenance footer, change log) kept out of
 * the trial fields. Variants made in memory: sections removed, reordered,
 * headings in other case, lines wrapped, no front matter, front matter in
 * the other YAML spellings (quotes, flow and block lists, comments, block
 * scalars), values that disagree, criteria without a code block, an
 * unclosed one. Hostile inputs: empty, binary, 10 MB, no NCT id.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "registry/text_formats.h"
#include "text_edit.h"
#include "trialfhir/trial.h"

#define M000 TF_TEST_FIXTURES "/registry/000_d03765025c1c23e6.txt"

static char *seed(void)
{
	return load(M000);
}

static int read_md(const char *buf, tf_trial **out, tf_error *err)
{
	return read_text(tf_markdown_study, buf, buf ? strlen(buf) : 0, out, err);
}

static tf_trial *md_ok(const char *buf)
{
	tf_trial *t;
	tf_error err;
	if (read_md(buf, &t, &err) != 0)
		fail_msg("rejected: %s", err.message);
	return t;
}

static int warned(const tf_trial *t, const char *needle)
{
	for (size_t i = 0; i < t->warnings.n; i++)
		if (strstr(t->warnings.v[i], needle))
			return 1;
	return 0;
}

static void check_strv(tf_strv v, const char *const *want, size_t n)
{
	assert_int_equal(v.n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(v.v[i], want[i]);
}

/* The criteria as the seed's code block holds them, escapes undone. */
static char *seed_criteria(const char *s)
{
	char *c = slice(s, "Inclusion Criteria\n", "\n```");
	for (char *p; (p = strstr(c, "\\>")) || (p = strstr(c, "\\<"));)
		memmove(p, p + 1, strlen(p));
	return c;
}

static const char *const title =
        "Intermittent Erector Spinae Plane Block Via Subcutaneous Port for Cancer Pain";
static const char *const official =
        "Efficacy of Intermittent Erector Spinae Plane Block Via Subcutaneous Port for "
        "Cancer-Related Pain in Patients With Lung Cancer";
static const char *const arm0 =
        "Patients receive intermittent erector spinae plane block administered via a "
        "subcutaneous port as part of multimodal pain management for cancer-related pain.";
static const char *const outcome_tf[] = {
        "From baseline (H0) to 30 minutes after intervention (H1) and at the time of "
        "transfer to the ward (H2)",
        "Pain intensity at rest and during movement is measured using the Visual Analog Scale "
        "(VAS) at predefined home-based follow-up time points up to 3 months after discharge "
        "to describe the trajectory of pain control during home-based palliative care.",
        "At predefined home-based follow-up time points on days 1, 3, and 5; weeks 1, 2, and "
        "3; and months 1, 2, and 3 after hospital discharge",
        "At predefined home-based follow-up time points on days 1, 3, and 5; weeks 1, 2, and "
        "3; and months 1, 2, and 3 after hospital discharge"};

/* Everything the seed states outside the front matter's own keys. */
static void check_body(const tf_trial *t, const char *s)
{
	assert_string_equal(t->official_title, official);
	assert_int_equal(t->enrollment, 180);
	assert_string_equal(t->enrollment_type, "ESTIMATED");
	assert_string_equal(t->start_date.date, "2026-03-01");
	assert_null(t->start_date.type);
	assert_string_equal(t->completion_date.date, "2027-12-31");
	assert_null(t->completion_date.type);
	static const char *const cond[] = {"Cancer Pain", "Erector Spinae Plane Block"};
	check_strv(t->conditions, cond, 2);
	assert_non_null(t->brief_summary);
	assert_int_equal(strncmp(t->brief_summary,
	                         "Cancer-related pain is a common and challenging "
	                         "problem in patients with lung cancer",
	                         80),
	                 0);
	assert_non_null(strstr(t->brief_summary, "significant side effects.\n\nThe erector spinae "
	                                         "plane (ESP) block is a regional"));
	assert_non_null(strstr(t->brief_summary, "quality of life in patients with lung cancer."));
	assert_non_null(t->detailed_description);
	assert_int_equal(strncmp(t->detailed_description,
	                         "Cancer-related pain in patients with lung cancer is often", 57),
	                 0);
	assert_non_null(
	        strstr(t->detailed_description,
	               "opioid exposure.\n\nThe erector spinae plane (ESP) block is a fascial"));
	assert_string_equal(t->eligibility.minimum_age, "18 Years");
	assert_null(t->eligibility.maximum_age);
	assert_string_equal(t->eligibility.sex, "ALL");
	assert_int_equal(t->eligibility.healthy_volunteers, TF_NO);
	char *crit = seed_criteria(s);
	assert_string_equal(t->eligibility.criteria, crit);
	free(crit);
	assert_non_null(strstr(t->eligibility.criteria,
	                       "defined as:\n\n  * International normalized ratio (INR) > 1.5\n"));
	assert_non_null(strstr(t->eligibility.criteria, "  * Platelet count < 50 × 10⁹/L."));
	assert_int_equal(t->n_arms, 2);
	assert_string_equal(t->arms[0].label, "ESP Block Group");
	assert_string_equal(t->arms[0].type, "EXPERIMENTAL");
	assert_string_equal(t->arms[0].description, arm0);
	assert_string_equal(t->arms[1].label, "Historical Control Group");
	assert_string_equal(t->arms[1].type, "NO_INTERVENTION");
	assert_string_equal(t->arms[1].description,
	                    "Historical control group consisting of patients with lung cancer who "
	                    "previously received standard pain management without erector spinae "
	                    "plane block.");
	assert_int_equal(t->n_interventions, 1);
	assert_string_equal(t->interventions[0].name, "Erector Spinae Plane Block");
	assert_string_equal(t->interventions[0].type, "PROCEDURE");
	assert_string_equal(t->interventions[0].description,
	                    "Intermittent erector spinae plane block administered via a "
	                    "subcutaneous port, allowing repeated delivery of local anesthetic for "
	                    "the management of cancer-related pain in patients with lung cancer.");
	assert_int_equal(t->n_primary_outcomes, 1);
	const tf_outcome *po = &t->primary_outcomes[0];
	assert_string_equal(po->measure, "Change in Pain Intensity Measured by Visual Analog "
	                                 "Scale (VAS) at Home at 3 Months After Discharge");
	assert_string_equal(po->time_frame, "From hospital discharge to 3 months after discharge");
	/* The outcome's second paragraph follows the item unindented. */
	assert_int_equal(strncmp(po->description,
	                         "Pain intensity is assessed at rest and during "
	                         "movement using a 10-cm Visual Analog Scale (VAS)",
	                         94),
	                 0);
	assert_non_null(strstr(po->description, "after hospital discharge.\n\nThe primary outcome "
	                                        "is the change in VAS pain score"));
	assert_non_null(strstr(po->description, "compared with those of the historical control "
	                                        "group."));
	static const char *const so[] = {
	        "Change in Pain Intensity at Early Time Points After Intervention",
	        "Pain Intensity Trajectory During Home-Based Follow-Up",
	        "Morphine Consumption During Home-Based Palliative Care",
	        "Procedure-Related and Treatment-Related Adverse Events"};
	assert_int_equal(t->n_secondary_outcomes, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->secondary_outcomes[i].measure, so[i]);
		assert_string_equal(t->secondary_outcomes[i].time_frame, outcome_tf[i]);
		assert_null(t->secondary_outcomes[i].description);
	}
	assert_int_equal(t->n_other_outcomes, 0);
	assert_int_equal(t->n_sites, 1);
	assert_string_equal(t->sites[0].facility, "Hanoi Medical University");
	assert_string_equal(t->sites[0].city, "Hanoi");
	assert_null(t->sites[0].state);
	assert_string_equal(t->sites[0].country, "Vietnam");
	assert_null(t->sites[0].status);
}

static void check_front(const tf_trial *t)
{
	assert_string_equal(t->nct_id, "NCT07396558");
	assert_string_equal(t->brief_title, title);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	static const char *const na[] = {"NA"};
	check_strv(t->phases, na, 1);
	assert_string_equal(t->study_type, "INTERVENTIONAL");
	assert_string_equal(t->lead_sponsor.name, "Hanoi Medical University");
	assert_string_equal(t->last_update_post_date.date, "2026-02-09");
	assert_null(t->last_update_post_date.type);
	/* last_seen_at and the change log: the data's version date. */
	assert_string_equal(t->source.version_holder, "2026-05-12");
}

static void test_seed(void **state)
{
	(void)state;
	char *s = seed();
	tf_trial *t = md_ok(s);
	check_front(t);
	check_body(t, s);
	assert_string_equal(t->source.format, "markdown");
	assert_string_equal(t->source.name, "test");
	/* Not stated: the change log names primaryCompletionDate but gives
	 * none; no officials, contacts, keywords, maximum age. */
	assert_null(t->primary_completion_date.date);
	assert_null(t->first_post_date.date);
	assert_null(t->first_submit_date);
	assert_null(t->acronym);
	assert_int_equal(t->n_officials, 0);
	assert_int_equal(t->n_central_contacts, 0);
	assert_int_equal(t->keywords.n, 0);
	assert_int_equal(t->n_collaborators, 0);
	assert_int_equal(t->has_results, TF_UNSET);
	assert_int_equal(t->warnings.n, 0);
	tf_trial_free(t);
	free(s);
}

static void test_sniff(void **state)
{
	(void)state;
	char *s = seed();
	assert_true(tf_markdown_sniff(s, 4096));
	assert_int_equal(tf_page_sniff(s, 4096), 0);
	/* Front matter without nct_id, but a title and an NCT id after it. */
	char *v = edit(strdup(s), "nct_id: NCT07396558\n", "");
	assert_true(tf_markdown_sniff(v, strlen(v)));
	free(v);
	assert_false(tf_markdown_sniff("# Title\nNCT01234567\n", 20));
	assert_false(tf_markdown_sniff("---\ntitle: x\n---\nno id here\n", 28));
	assert_false(tf_markdown_sniff("", 0));
	assert_false(tf_markdown_sniff(NULL, 0));
	assert_true(tf_markdown_sniff("\xEF\xBB\xBF\n---\nnct_id: NCT01234567\n", 29));
	for (size_t n = 0; n < 400; n++)
		(void)tf_markdown_sniff(s, n);
	free(s);
}

static void test_sections_missing(void **state)
{
	(void)state;
	char *s = seed();
	/* Without Key Facts: the front matter still says the rest. */
	char *v = move(strdup(s), "## Key Facts", "## Brief Summary", NULL);
	tf_trial *t = md_ok(v);
	check_front(t);
	assert_int_equal(t->enrollment, -1);
	assert_null(t->start_date.date);
	assert_null(t->completion_date.date);
	static const char *const one[] = {"Cancer Pain"};
	check_strv(t->conditions, one, 1);
	assert_non_null(t->eligibility.criteria);
	tf_trial_free(t);
	free(v);

	/* Without Eligibility, Arms and the change log. */
	v = move(strdup(s), "## Eligibility", "## Arms", NULL);
	v = move(v, "## Arms", "## Interventions", NULL);
	v = move(v, "## Recent Field Changes", "\n---", NULL);
	t = md_ok(v);
	check_front(t);
	assert_null(t->eligibility.criteria);
	assert_null(t->eligibility.minimum_age);
	assert_int_equal(t->n_arms, 0);
	assert_int_equal(t->n_interventions, 1);
	assert_int_equal(t->n_secondary_outcomes, 4);
	tf_trial_free(t);
	free(v);

	/* Without front matter: the body says it all again. */
	v = move(strdup(s), "---\ntitle:", "# Intermittent", NULL);
	t = md_ok(v);
	assert_string_equal(t->nct_id, "NCT07396558");
	assert_string_equal(t->brief_title, title);
	assert_string_equal(t->overall_status, "NOT_YET_RECRUITING");
	assert_string_equal(t->lead_sponsor.name, "Hanoi Medical University");
	check_body(t, s);
	tf_trial_free(t);
	free(v);
	free(s);
}

static void test_reordered(void **state)
{
	(void)state;
	char *s = seed();
	char *v = move(strdup(s), "## Eligibility", "## Arms", "## Recent Field Changes");
	v = move(v, "## Arms", "## Interventions", "## Key Facts");
	v = move(v, "## Secondary Outcomes", "## Locations", "## Primary Outcomes");
	v = edit(v, "## Key Facts", "## KEY FACTS");
	v = edit(v, "## Eligibility", "##   eligibility  ");
	v = edit(v, "## Brief Summary", "## brief summary ##");
	v = edit(v, "- **Status:**", "- **status**:");
	tf_trial *t = md_ok(v);
	check_front(t);
	check_body(t, s);
	assert_int_equal(t->warnings.n, 0);
	tf_trial_free(t);
	free(v);
	free(s);
}

static void test_wrapped(void **state)
{
	(void)state;
	char *s = seed();
	char *v = edit(strdup(s), "Port for Cancer-Related Pain in Patients",
	               "Port for Cancer-Related\nPain in Patients");
	v = edit(v, "- **Lead Sponsor:** Hanoi Medical University",
	         "- **Lead Sponsor:** Hanoi Medical\n  University");
	v = edit(v, "administered via a subcutaneous port as part of multimodal",
	         "administered via a\n  subcutaneous port as part of multimodal");
	v = edit(v, "to 30 minutes after intervention (H1) and",
	         "to 30 minutes after\n  intervention (H1) and");
	v = edit(v, "**Change in Pain Intensity at Early Time Points After Intervention**",
	         "**Change in Pain Intensity at Early Time Points\n  After Intervention**");
	v = edit(v, "often requiring long-term pain management. Conventional",
	         "often requiring long-term pain\nmanagement. Conventional");
	v = edit(v, "- Hanoi Medical University, Hanoi, Vietnam",
	         "- Hanoi Medical University,\n  Hanoi, Vietnam");
	tf_trial *t = md_ok(v);
	check_front(t);
	check_body(t, s);
	tf_trial_free(t);
	free(v);
	free(s);
}

static void test_yaml(void **state)
{
	(void)state;
	char *s = seed();
	char *body = slice(s, "\n# Intermittent", NULL);
	static const char fm[] =
	        "\xEF\xBB\xBF---\n"
	        "# a comment\n"
	        "title: \"Intermittent Erector Spinae Plane Block Via Subcutaneous Port for "
	        "Cancer Pain\"   # trailing comment\n"
	        "nct_id: 'NCT07396558'\n"
	        "overall_status: Not yet recruiting\n"
	        "phase: [NA]\n"
	        "sponsor: \"Hanoi Medical \\u0055niversity\"\n"
	        "study_type: INTERVENTIONAL\n"
	        "primary_condition:\n"
	        "  - Cancer Pain\n"
	        "  - 'Lung cancer''s pain'\n"
	        "countries: [Vietnam, \"Lao, PDR\"]\n"
	        "nested:\n"
	        "  child: value\n"
	        "notes: |\n"
	        "  a block\n"
	        "  scalar\n"
	        "ct_last_update_post_date: 2026-02-09\n"
	        "last_seen_at: \"2026-05-12T07:31:59.085Z\"\n"
	        "weird line without a colon\n"
	        "source: ClinicalTrials.gov (mirrored, no enrichment)\n"
	        "---";
	size_t n = strlen(fm) + strlen(body) + 1;
	char *v = malloc(n);
	assert_non_null(v);
	snprintf(v, n, "%s%s", fm, body);
	tf_trial *t = md_ok(v);
	check_front(t);
	static const char *const cond[] = {"Cancer Pain", "Lung cancer's pain",
	                                   "Erector Spinae Plane Block"};
	check_strv(t->conditions, cond, 3);
	/* The model holds countries only on sites. */
	assert_true(warned(t, "\"Lao, PDR\""));
	assert_false(warned(t, "\"Vietnam\""));
	assert_true(warned(t, "nested"));
	assert_true(warned(t, "notes"));
	tf_trial_free(t);
	free(v);

	/* Not closed: the front matter ends where YAML stops. */
	v = edit(strdup(s), "source: ClinicalTrials.gov (mirrored, no enrichment)\n---\n",
	         "source: ClinicalTrials.gov (mirrored, no enrichment)\n");
	t = md_ok(v);
	check_front(t);
	assert_true(warned(t, "not closed"));
	tf_trial_free(t);
	free(v);
	free(body);
	free(s);
}

static void test_disagreement(void **state)
{
	(void)state;
	char *s = seed();
	char *v =
	        edit(strdup(s), "overall_status: NOT_YET_RECRUITING", "overall_status: Recruiting");
	v = edit(v, "- **Target Enrollment:** 180", "- **Target Enrollment:** 1,200 participants");
	v = edit(v, "- **Phase:** NA", "- **Phase:** Phase 2/Phase 3");
	tf_trial *t = md_ok(v);
	assert_string_equal(t->overall_status, "RECRUITING");
	assert_true(warned(t, "kept RECRUITING, the record also says NOT_YET_RECRUITING"));
	assert_true(warned(t, "phase: kept NA, the record also says PHASE2|PHASE3"));
	assert_int_equal(t->enrollment, 1200);
	tf_trial_free(t);
	free(v);

	/* Values that are not values. */
	v = edit(strdup(s), "- **Start Date:** 2026-03-01", "- **Start Date:** soon");
	v = edit(v, "- **Sex:** ALL", "- **Sex:** everyone");
	v = edit(v, "- **Healthy Volunteers:** No", "- **Healthy Volunteers:** perhaps");
	v = edit(v, "(EXPERIMENTAL)", "(EXPERIMENTALISH)");
	v = edit(v, "- **Status:**", "- **Mood:** happy\n- **Status:**");
	t = md_ok(v);
	assert_null(t->start_date.date);
	assert_null(t->eligibility.sex);
	assert_int_equal(t->eligibility.healthy_volunteers, TF_UNSET);
	assert_null(t->arms[0].type);
	assert_true(warned(t, "\"soon\" is not a date"));
	assert_true(warned(t, "\"everyone\""));
	assert_true(warned(t, "\"perhaps\""));
	assert_true(warned(t, "EXPERIMENTALISH"));
	assert_true(warned(t, "\"Mood\" not read"));
	tf_trial_free(t);
	free(v);
	free(s);
}

static void test_criteria_and_changes(void **state)
{
	(void)state;
	char *s = seed();
	/* Criteria without a code block: the section's text as written. */
	char *v = edit(strdup(s), "```\nInclusion Criteria", "Inclusion Criteria");
	v = edit(v, "10⁹/L.\n```\n", "10⁹/L.\n");
	tf_trial *t = md_ok(v);
	char *crit = seed_criteria(s);
	assert_string_equal(t->eligibility.criteria, crit);
	assert_string_equal(t->eligibility.minimum_age, "18 Years");
	tf_trial_free(t);
	free(v);

	/* An unclosed code block: read to the end, and said. */
	v = edit(strdup(s), "10⁹/L.\n```\n", "10⁹/L.\n");
	t = md_ok(v);
	assert_true(warned(t, "not closed"));
	assert_non_null(strstr(t->eligibility.criteria, crit));
	tf_trial_free(t);
	free(v);
	free(crit);

	/* A newer change date moves the version date, not the registry's
	 * last update post date; the heading's count is checked. */
	v = edit(strdup(s), "`design.phases` — added _(2026-05-12)_",
	         "`design.phases` — changed _(2026-06-01)_");
	v = edit(v, "## Locations (1)", "## Locations (3)");
	v = edit(v, "## Arms", "## Something Else\n\ntext\n\n## Arms");
	t = md_ok(v);
	assert_string_equal(t->source.version_holder, "2026-06-01");
	assert_string_equal(t->last_update_post_date.date, "2026-02-09");
	assert_true(warned(t, "heading counts 3, the list has 1"));
	assert_true(warned(t, "\"Something Else\" not read"));
	tf_trial_free(t);
	free(v);
	free(s);
}

static void test_robustness(void **state)
{
	(void)state;
	tf_trial *t;
	tf_error err;
	assert_int_equal(read_md("", &t, &err), TF_EINVALID);
	assert_non_null(strstr(err.message, "no NCT id"));
	assert_int_equal(read_md(NULL, &t, &err), TF_EINVALID);
	assert_int_equal(read_md("---\n---\n", &t, &err), TF_EINVALID);
	assert_int_equal(read_md("---\ntitle: x\n---\n# A title\n\ntext\n", &t, &err), TF_EINVALID);
	/* An NCT id only in the title line still names the trial. */
	assert_int_equal(read_md("# NCT01234567: a trial\n", &t, &err), 0);
	assert_string_equal(t->nct_id, "NCT01234567");
	tf_trial_free(t);

	char bin[2048];
	uint32_t x = 88172645u;
	for (size_t i = 0; i < sizeof(bin); i++) {
		x ^= x << 13, x ^= x >> 17, x ^= x << 5;
		bin[i] = (char)x;
	}
	bin[sizeof(bin) - 1] = '\0';
	assert_int_equal(tf_trial_new(&t), 0);
	assert_int_equal(tf_markdown_study(bin, sizeof(bin), "bin", t, &err), TF_EPARSE);
	tf_trial_free(t);

	/* Odd shapes: headings with nothing under them, stray list markers,
	 * a lone fence, bold without a label. */
	static const char odd[] =
	        "---\nnct_id: NCT01234567\n---\n## Arms\n## Interventions\n- \n"
	        "- **\n- ****\n- **x** (\n- **y** _(time frame: a\n```\n"
	        "## Primary Outcomes\n- **m** _(x)_ _( — d\n## Locations (\n- ,,,\n";
	assert_int_equal(read_md(odd, &t, &err), 0);
	tf_trial_free(t);

	/* 10 MB: the summary repeated. */
	char *s = seed();
	const char *para = strstr(s, "Cancer-related pain is a common");
	size_t plen = (size_t)(strchr(para, '\n') - para), want = 10u << 20, n = strlen(s);
	char *big = malloc(n + want + plen + 4);
	assert_non_null(big);
	size_t at = (size_t)(para - s), k = at;
	memcpy(big, s, at);
	while (k - at < want) {
		memcpy(big + k, para, plen);
		k += plen;
		big[k++] = '\n';
		big[k++] = '\n';
	}
	memcpy(big + k, s + at, n - at + 1);
	t = md_ok(big);
	assert_true(strlen(t->brief_summary) > want);
	check_front(t);
	tf_trial_free(t);
	free(big);
	free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_seed),
	        cmocka_unit_test(test_sniff),
	        cmocka_unit_test(test_sections_missing),
	        cmocka_unit_test(test_reordered),
	        cmocka_unit_test(test_wrapped),
	        cmocka_unit_test(test_yaml),
	        cmocka_unit_test(test_disagreement),
	        cmocka_unit_test(test_criteria_and_changes),
	        cmocka_unit_test(test_robustness),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
