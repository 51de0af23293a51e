/*
 * criteria.c - `trialfhir criteria`: shows how eligibility criteria parse,
 * for people who tune the terminology tables (mappings/criteria-*.tsv) and
 * for tools (--format json). An input is either a registry record (read
 * with the public reader; its eligibility criteria are parsed) or, when no
 * reader knows the format, plain criteria text. --stats reads many inputs
 * and prints a Markdown report of what was found and what stays for
 * manual review (docs/eligibility.md is made by it).
 */
#include <ctype.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "trialfhir/eligibility.h"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir criteria [options] [FILE|-]...\n"
	      "\n"
	      "Parses eligibility criteria and prints each criterion with its reading:\n"
	      "kind, codes, comparator, value, unit, window, computable or not (and why),\n"
	      "and the FHIRPath condition. FILE is a registry record or plain criteria\n"
	      "text; - or no FILE reads standard input.\n"
	      "\n"
	      "  --format FMT      text (default) or json\n"
	      "  --stats           print a Markdown report over all inputs instead\n"
	      "  --mappings PATH   extra mapping table file or directory (repeatable)\n"
	      "  -h, --help        this help\n"
	      "\n"
	      "Exit status: 0 done, 1 some inputs could not be read, 2 bad usage,\n"
	      "3 could not run.\n",
	      fp);
}

/* ---- reading inputs ----------------------------------------------------- */

/* One parsed input: the criteria texts of its records (or itself). */
typedef struct input {
	char **texts; /* criteria texts, malloc'd */
	char **names; /* record names (NCT id or file name) */
	size_t n;
} input;

static int input_add(input *in, const char *text, const char *name)
{
	char **nt = realloc(in->texts, (in->n + 1) * sizeof(*nt));
	if (!nt)
		return -1;
	in->texts = nt;
	char **nn = realloc(in->names, (in->n + 1) * sizeof(*nn));
	if (!nn)
		return -1;
	in->names = nn;
	in->texts[in->n] = strdup(text ? text : "");
	in->names[in->n] = strdup(name);
	if (!in->texts[in->n] || !in->names[in->n]) {
		free(in->texts[in->n]);
		free(in->names[in->n]);
		return -1;
	}
	in->n++;
	return 0;
}

static void input_free(input *in)
{
	for (size_t i = 0; i < in->n; i++) {
		free(in->texts[i]);
		free(in->names[i]);
	}
	free(in->texts);
	free(in->names);
	memset(in, 0, sizeof(*in));
}

/* True when buf starts like a JSON record or array of records; criteria
 * text may start with '[' too ("[Inclusion Criteria]"). */
static int looks_json(const char *buf)
{
	const char *p = buf;
	if ((unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
	    (unsigned char)p[2] == 0xBF)
		p += 3;
	p += strspn(p, " \t\r\n");
	if (*p == '{')
		return 1;
	if (*p != '[')
		return 0;
	p++;
	p += strspn(p, " \t\r\n");
	return *p == '{' || *p == ']';
}

/* Reads path: records through the reader, else XML, else plain text. */
static int read_input(const char *path, input *in)
{
	size_t len = 0;
	char *buf = NULL;
	if (tf_cli_read_file(path, (size_t)64 << 20, &buf, &len) < 0) {
		tf_cli_errorf("criteria: %s: cannot read", path);
		return -1;
	}
	tf_reader *r = NULL;
	tf_error err;
	tf_error_clear(&err);
	const char *first = buf + strspn(buf, " \t\r\n");
	if ((*first == '[' || *first == '{') && !looks_json(buf)) {
		/* "[Inclusion Criteria]": text, though the JSON reader would try */
		int arc = input_add(in, buf, path);
		free(buf);
		return arc;
	}
	int got = 0, plain = 0;
	int rc = tf_reader_open_memory(&r, buf, len, path, NULL, &err);
	plain = rc == TF_EUNSUPPORTED;
	while (rc == 0) {
		tf_trial *t = NULL;
		rc = tf_reader_next(r, &t, &err);
		if (rc == TF_ITEROVER) {
			rc = 0;
			break;
		}
		if (rc == TF_EUNSUPPORTED && !got) {
			plain = 1;
			rc = 0;
			break;
		}
		if (rc < 0) {
			char line[1024];
			tf_cli_format_error(&err, line, sizeof(line));
			tf_cli_errorf("criteria: %s", line);
			if (tf_reader_failed(r))
				break;
			rc = 0;
			continue;
		}
		got++;
		if (t->eligibility.criteria &&
		    input_add(in, t->eligibility.criteria, t->nct_id ? t->nct_id : path) < 0)
			rc = -1;
		tf_trial_free(t);
	}
	tf_reader_free(r);
	if (rc < 0 && !plain) {
		char line[1024];
		tf_cli_format_error(&err, line, sizeof(line));
		tf_cli_errorf("criteria: %s", line);
	}
	if (plain) {
		/* no reader knows it: plain criteria text */
		rc = input_add(in, buf, path);
	}
	free(buf);
	return rc < 0 ? -1 : 0;
}

/* ---- text output -------------------------------------------------------- */

static void print_test(FILE *fp, const tf_criterion_test *t, size_t k)
{
	fprintf(fp, "    test %zu: %s", k + 1, t->kind);
	if (t->negated)
		fputs(" (negated)", fp);
	if (t->concept)
		fprintf(fp, " %s", t->concept);
	if (t->status)
		fprintf(fp, " [%s]", t->status);
	if (t->resource)
		fprintf(fp, " -> %s", t->resource);
	fprintf(fp, "  group %d\n", t->group);
	if (t->n_codes) {
		fputs("      codes:", fp);
		for (size_t i = 0; i < t->n_codes; i++)
			fprintf(fp, " %s|%s", t->codes[i].system, t->codes[i].code);
		fputc('\n', fp);
	}
	for (size_t i = 0; i < t->n_filters; i++) {
		const tf_criterion_filter *f = &t->filters[i];
		fprintf(fp, "      %s %s %s%s%s\n", f->comparator, f->value, f->unit ? f->unit : "",
		        f->sex ? " for " : "", f->sex ? f->sex : "");
	}
	if (t->window_value)
		fprintf(fp, "      within %s %s\n", t->window_value, t->window_unit);
	if (t->text)
		fprintf(fp, "      from: %s\n", t->text);
}

static void print_text(FILE *fp, const char *name, const tf_criteria *c)
{
	if (name)
		fprintf(fp, "== %s\n", name);
	for (size_t i = 0; i < tf_criteria_count(c); i++) {
		const tf_criterion *k = tf_criteria_get(c, i);
		fprintf(fp, "%*s%s  [%s] %s%s%s\n", (int)(k->depth * 2), "", k->id, k->kind,
		        k->computable ? "computable" : "not computable", k->reason ? ": " : "",
		        k->reason ? k->reason : "");
		fprintf(fp, "    text: %s%s%s\n", k->prefix ? k->prefix : "", k->prefix ? " " : "",
		        k->text);
		for (size_t t = 0; t < k->n_tests; t++)
			print_test(fp, &k->tests[t], t);
		if (k->fhirpath)
			fprintf(fp, "    fhirpath: %s\n", k->fhirpath);
	}
}

/* ---- statistics --------------------------------------------------------- */

#define MAX_KEYS 4096

typedef struct counter {
	char *key[MAX_KEYS];
	size_t n[MAX_KEYS];
	char *example[MAX_KEYS];
	size_t used;
} counter;

static void count(counter *c, const char *key, const char *example)
{
	for (size_t i = 0; i < c->used; i++)
		if (strcmp(c->key[i], key) == 0) {
			c->n[i]++;
			return;
		}
	if (c->used == MAX_KEYS)
		return;
	c->key[c->used] = strdup(key);
	c->example[c->used] = example ? strdup(example) : NULL;
	c->n[c->used] = 1;
	if (c->key[c->used])
		c->used++;
}

static void counter_free(counter *c)
{
	for (size_t i = 0; i < c->used; i++) {
		free(c->key[i]);
		free(c->example[i]);
	}
	c->used = 0;
}

/* Indices of c sorted by count, descending. */
static void order(const counter *c, size_t *idx)
{
	for (size_t i = 0; i < c->used; i++)
		idx[i] = i;
	for (size_t i = 1; i < c->used; i++)
		for (size_t j = i; j > 0 && c->n[idx[j]] > c->n[idx[j - 1]]; j--) {
			size_t t = idx[j];
			idx[j] = idx[j - 1];
			idx[j - 1] = t;
		}
}

/* A one-line, table-safe copy of s (at most max bytes). */
static void cell(char *out, size_t size, const char *s, size_t max)
{
	size_t o = 0;
	for (size_t i = 0; s[i] && o + 4 < size && i < max; i++) {
		char ch = s[i];
		if (ch == '\n' || ch == '\r' || ch == '\t')
			ch = ' ';
		if (ch == '|') {
			out[o++] = '\\';
		}
		if (ch == ' ' && o && out[o - 1] == ' ')
			continue;
		out[o++] = ch;
	}
	if (strlen(s) > max && o + 4 < size) {
		out[o++] = '.';
		out[o++] = '.';
		out[o++] = '.';
	}
	out[o] = '\0';
}

typedef struct stats {
	size_t records, with_text, criteria, computable, groups, tests;
	counter kinds_all, kinds_comp, reasons, categories, measures, words;
	FILE *unread; /* measurement-with-value criteria not computed: the list */
	size_t n_unread_measures;
	char *mlist; /* that list, as text */
	size_t mlen;
} stats;

static int has_measure(const tf_criterion *k)
{
	if (k->measured)
		return 1;
	for (size_t t = 0; t < k->n_tests; t++)
		if ((strcmp(k->tests[t].kind, "measurement") == 0 ||
		     strcmp(k->tests[t].kind, "score") == 0) &&
		    k->tests[t].n_filters)
			return 1;
	return 0;
}

static void stats_add(stats *s, const char *name, const tf_criteria *c)
{
	for (size_t i = 0; i < tf_criteria_count(c); i++) {
		const tf_criterion *k = tf_criteria_get(c, i);
		s->criteria++;
		if (strcmp(k->kind, "group") == 0)
			s->groups++;
		s->tests += k->n_tests;
		count(&s->kinds_all, k->kind, NULL);
		if (k->computable) {
			s->computable++;
			count(&s->kinds_comp, k->kind, NULL);
		} else if (strcmp(k->kind, "group") != 0) {
			/* the reason's first words make the to-do list */
			char key[64];
			size_t n = 0;
			const char *r = k->reason ? k->reason : "?";
			while (r[n] && r[n] != ':' && n + 1 < sizeof(key))
				n++;
			memcpy(key, r, n);
			key[n] = '\0';
			count(&s->reasons, key, k->text);
			/* which unread words stop most criteria */
			if (strncmp(r, "unread words: ", 14) == 0) {
				char w[64];
				for (const char *p = r + 14; *p;) {
					size_t n2 = strcspn(p, " ");
					if (n2 && n2 < sizeof(w) && strncmp(p, "...", 3) != 0) {
						for (size_t q = 0; q < n2; q++)
							w[q] = (char)tolower((unsigned char)p[q]);
						w[n2] = '\0';
						count(&s->words, w, k->text);
					}
					p += n2;
					p += strspn(p, " ");
				}
			}
			if (k->category)
				count(&s->categories, k->category, k->text);
		}
		for (size_t t = 0; t < k->n_tests; t++)
			if (k->tests[t].concept && k->tests[t].n_filters)
				count(&s->measures, k->tests[t].concept, NULL);
		if (has_measure(k) && !k->computable && s->unread) {
			char text[200], reason[160];
			cell(text, sizeof(text), k->text, 150);
			cell(reason, sizeof(reason), k->reason ? k->reason : "", 120);
			fprintf(s->unread, "| %s | %s | %s | %s |\n", name, k->id, text, reason);
			s->n_unread_measures++;
		}
	}
}

static void print_counter(FILE *fp, const counter *c, const char *h1, const char *h2, int examples,
                          size_t limit)
{
	size_t *idx = malloc((c->used + 1) * sizeof(*idx));
	if (!idx)
		return;
	order(c, idx);
	fprintf(fp, "| %s | %s |%s\n|---|---|%s\n", h1, h2, examples ? " example |" : "",
	        examples ? "---|" : "");
	for (size_t i = 0; i < c->used && i < limit; i++) {
		size_t k = idx[i];
		char ex[200] = "";
		if (examples && c->example[k])
			cell(ex, sizeof(ex), c->example[k], 120);
		fprintf(fp, "| %s | %zu |%s%s%s\n", c->key[k], c->n[k], examples ? " " : "", ex,
		        examples ? " |" : "");
	}
	free(idx);
	fputc('\n', fp);
}

static void print_stats(FILE *fp, stats *s)
{
	fprintf(fp,
	        "# Eligibility criteria: what the parser reads\n"
	        "\n"
	        "Generated by `trialfhir criteria --stats` over the registry records of\n"
	        "`shared/registry-data/` (CT.gov API v2 JSON and classic XML); re-run with:\n"
	        "\n"
	        "    trialfhir criteria --stats shared/registry-data/ctgov-v2/*.json \\\n"
	        "        shared/registry-data/ctgov-xml/*.xml > docs/eligibility.md\n"
	        "\n"
	        "How criteria are split, read, and written as FHIR (PlanDefinition\n"
	        "actions with FHIRPath conditions) is described at the top of\n"
	        "`adapter/src/eligibility/split.c`, `extract.c`, `fhirpath.c` and\n"
	        "`adapter/src/fhir/plandefinition.c`. The parser is built for precision:\n"
	        "a criterion is computable only when every word of it is read; all else\n"
	        "stays text for manual review, with the reason below.\n"
	        "\n"
	        "What a computable criterion's FHIRPath assumes of the patient context\n"
	        "(a collection Bundle, `%%context`, with `%%patient` its Patient):\n"
	        "\n"
	        "- resources are listed newest first, so `.first()` is the latest\n"
	        "  Observation (R4's FHIRPath has no sort); only status final, amended\n"
	        "  or corrected counts;\n"
	        "- no matching Observation gives empty (unknown), never false; a Bundle\n"
	        "  with no Condition (MedicationStatement/Request, Procedure,\n"
	        "  AllergyIntolerance) at all gives empty for those criteria, one that\n"
	        "  has some but none matching gives false;\n"
	        "- a multiple of the upper limit of normal compares with the\n"
	        "  Observation's own referenceRange.high; per-sex thresholds choose by\n"
	        "  `%%patient.gender`;\n"
	        "- age is counted in whole years (months...) from `%%patient.birthDate`\n"
	        "  to `today()`, which the evaluator fixes to its as-of date; time\n"
	        "  windows (\"within 28 days prior to the first dose\") are counted back\n"
	        "  from that date too;\n"
	        "- a part the criterion requires that data cannot decide\n"
	        "  (\"advanced-stage\", \"receiving palliative care\"; codes\n"
	        "  `requirement`, `requirement-clause`) makes it `(...) and {}`:\n"
	        "  false when the rest does not hold, else empty;\n"
	        "- an alternative the parser could not read (\"or other\n"
	        "  contraindications\") makes the expression `(...) or {}`: true when the\n"
	        "  rest holds, else empty; mappings/criteria-text.tsv names such\n"
	        "  alternatives (codes `alternative`, `alternative-clause`: \"active\n"
	        "  infections or\", \"or risk factors for torsades de pointes ...\");\n"
	        "- an exception the text grants that data cannot decide (a parenthesis\n"
	        "  ending \"can be included\", \"are eligible\", \"is allowed\"...; in an\n"
	        "  exclusion also a clause from \"unless\", \"except\", \"with the\n"
	        "  exception of\") is set aside before the tests are read; an\n"
	        "  exclusion's condition becomes `(...) and {}` (false when the rest does\n"
	        "  not hold, else empty), an inclusion's `(...) or {}`;\n"
	        "- some findings are a Condition or the coded value of the newest\n"
	        "  Observation of a LOINC code (criteria-condition.tsv columns\n"
	        "  `observation`, `values`): NYHA class III/IV (88020-3), pregnancy\n"
	        "  (82810-3 pregnancy status, 2106-3 urine hCG positive), breastfeeding\n"
	        "  (63895-7); either saying so gives true, a record with Conditions or\n"
	        "  such an Observation where neither does gives false, else empty;\n"
	        "  HBsAg positive (5196-1, 5195-3, 75410-1 with value 10828004\n"
	        "  Positive or 260373001 Detected) is such a finding with no\n"
	        "  Condition code, read from the Observation alone; the PlanDefinition\n"
	        "  declares an Observation DataRequirement for each of these codes\n"
	        "  next to the Condition one;\n"
	        "- pregnancy and breastfeeding are false for a male patient, whatever\n"
	        "  the record holds;\n"
	        "- sub-items under a heading that is only a window (\"History within\n"
	        "  past 2 years of:\") take that window; a range written high to low\n"
	        "  (\"75 to 18 years\") is read low to high.\n"
	        "\n"
	        "Decisions on the seed criteria that stay (partly) manual:\n"
	        "\n"
	        "- fever > 38.5 C with \"active infections or\": the temperature is\n"
	        "  computed, the infection alternative is unknown (`or {}`); a fever\n"
	        "  over the threshold excludes whether or not it is explained;\n"
	        "- active tuberculosis: Condition (SNOMED CT 56717001/154283005,\n"
	        "  ICD-10-CM A15-A19), active; \"currently receiving anti-TB treatment\n"
	        "  or treated for TB within the past year\" is an unknown alternative\n"
	        "  (no verified drug list for anti-TB treatment);\n"
	        "- QTcF > 450 ms (men) / > 470 ms (women) is computed, \"or risk\n"
	        "  factors for torsades de pointes ... as determined by the\n"
	        "  investigator\" is an unknown alternative;\n"
	        "- uncontrolled hypertension is read by its definition: SBP >= 140 or\n"
	        "  DBP >= 90 mm[Hg] (LOINC 8480-6 / 8462-4); \"despite antihypertensive\n"
	        "  treatment\" is not checked;\n"
	        "- active hepatitis B (seed 001 exclusion 11) is read as the text\n"
	        "  defines it: HBsAg positive and HBV DNA > 10000 [IU]/mL (LOINC\n"
	        "  42595-9), both required; the hepatitis C definition and the\n"
	        "  co-infection clause are unknown alternatives (no verified HCV RNA\n"
	        "  code), so the condition is true when the hepatitis B definition\n"
	        "  holds and empty otherwise;\n"
	        "- brain metastases, known or clinically suspected (Condition SNOMED CT\n"
	        "  94225005, ICD-10-CM C79.31, any verification status but refuted),\n"
	        "  with the exception \"asymptomatic, or stable for more than three\n"
	        "  months after local treatment, can be included\": the exception needs\n"
	        "  symptom and treatment data the record does not code reliably, so it\n"
	        "  is an unknown exception and the condition is `(...) and {}`: false\n"
	        "  (not excluded) without brain metastases, empty (review) with them,\n"
	        "  never an exclusion of a patient the text admits;\n"
	        "- severe heart failure (seed 000 exclusion 2) is read as the\n"
	        "  parenthesis defines it, NYHA class III-IV (Condition 420913000 /\n"
	        "  422293003, or the newest Observation 88020-3 with one of them);\n"
	        "  \"severe hepatic or renal dysfunction\" is an unknown alternative\n"
	        "  (no threshold is given), so the condition is true with NYHA III-IV\n"
	        "  and empty otherwise;\n"
	        "- \"Pediatric patient\" (seed 002 exclusion 1) is age < 18 years, a\n"
	        "  phrase of criteria-text.tsv with the code `age<18` (ICH E11 and the\n"
	        "  EU paediatric regulation count under 18 as paediatric); \"adult\n"
	        "  patients\" is `age>=18` the same way;\n"
	        "- a positive syphilis serology (seed 001 exclusion 9) is the newest\n"
	        "  Observation of a Treponema pallidum antibody [Presence] in Serum\n"
	        "  test (LOINC 22587-0, 24110-9, 8041-6, 5393-4, 24312-1, 17723-8,\n"
	        "  57032-5, 34147-9, 47236-5; VSAC \"Syphilis Tests\"\n"
	        "  2.16.840.1.113762.1.4.1248.389) valued Positive (10828004) or\n"
	        "  Detected (260373001), as HBsAg; reagin tests (RPR, VDRL) and\n"
	        "  titres are not read (a reagin test alone is not specific, a titre\n"
	        "  has no Positive value);\n"
	        "- seed 000 inclusion 1, \"Adult patients diagnosed with\n"
	        "  advanced-stage lung cancer who are currently receiving palliative\n"
	        "  care only\": age >= 18 and lung cancer are read; the stage and\n"
	        "  palliative care only are not data a record codes reliably, so they\n"
	        "  are unknown required parts (criteria-text.tsv codes `requirement`,\n"
	        "  `requirement-clause`) and the condition is `(age and lung cancer)\n"
	        "  and {}`: false when either fails, else empty.\n"
	        "\n"
	        "## How measurement extraction was reviewed\n"
	        "\n"
	        "Precision and recall of what the parser reads as a measured value\n"
	        "(analyte, comparator, value, unit, sex) were reviewed by hand over\n"
	        "all records here: `trialfhir criteria --format json` on every\n"
	        "record, a script listing each measurement or score test with a\n"
	        "threshold next to the words it came from and the whole criterion,\n"
	        "read line by line; for recall, every criterion with a comparator or\n"
	        "comparator words before a number but no such test was listed and\n"
	        "read too (about 780, most of them ages, durations and doses).\n"
	        "\n"
	        "- Round 2 review: 513 tests read before the fixes, of which 16 were\n"
	        "  wrong (precision 96.9%%): ALT read twice for \"Aspartate amino\n"
	        "  transferase (AST or SGOT) and alanine amino transferase (ALT or\n"
	        "  SGPT)\" (2); the generic performance status instead of ECOG after\n"
	        "  \"Eastern Cooperative Oncology Group (ECOG) performance status (PS)\"\n"
	        "  (4); \"0, or 1, or 2\" and \"0~2\" read as = 0 (2); \"change in body\n"
	        "  weight > 5 kg\" and \"birth weight >= 2.5 kg\" read as weight (3);\n"
	        "  ionized calcium read as calcium (1); a QTcF threshold per sex\n"
	        "  read for both sexes after \"(msec) (men)\" (1); \"mL/minute/1.73m2\"\n"
	        "  read as mL/min (1); and 2 still left (below).\n"
	        "- After the fixes 632 tests are read; 4 are known wrong (99.4%%):\n"
	        "  \"ml/min/m2\" is read as mL/min (the table's choice for a GFR not\n"
	        "  indexed to 1.73 m2), \"Hemoglobin <120g/L or > 165g/L (male), or\n"
	        "  ...(female)\" loses its sex scope (2 tests, the criterion stays\n"
	        "  manual), and \"eGFR <30 mL.min-1\" gets eGFR's own unit (the first\n"
	        "  and the last fixed in round 3).\n"
	        "- Recall patterns added (each with a case in fixtures/criteria/): a\n"
	        "  second bound as an alternative (\"SBP < 90 or >= 150 mmHg\", \"TSH\n"
	        "  >6 or <0.4 mIU/L\"), a bound before the analyte (\"7.0%% <= HbA1c\n"
	        "  <= 10.5%%\"), \"between >= a and <= b\", \"= 24-40\", \">= 28 but <\n"
	        "  40\", blood pressure pairs (\">140/90 mmHg\": either above, \"<\n"
	        "  160/100\": both below), lists \"AST, ALT, and ALP\", more spellings\n"
	        "  of the upper limit of normal and of units, numbers with no unit\n"
	        "  for blood pressure, heart rate, BMI and eGFR (only ever written in\n"
	        "  one unit), and new analytes C-peptide, hematocrit, CRP, HBV DNA.\n"
	        "  Refused on purpose: ranks (\"BMI >= 95th percentile\"), ratios\n"
	        "  (\"ALT/AST ratio\"), changes (\"weight loss\"), hs-CRP (read as\n"
	        "  itself, no code yet).\n"
	        "- Round 3 (recall): the census of criteria with a comparator (or\n"
	        "  comparator words) before a number and no threshold read went from\n"
	        "  610 to 578 criteria (most of the rest are durations, doses, counts\n"
	        "  of events, scales with no row and study-specific measures), and\n"
	        "  measurement and score tests from 632 to 683 (53 new, 2 with a\n"
	        "  corrected unit). All 53 new tests were read next to their text: 52\n"
	        "  right, 1 doubtful (\"triglyceride concentration < 600 mg\" is given\n"
	        "  mg/dL; the criterion stays manual). Known wrong now 3 of 683\n"
	        "  (99.6%%): the two of the sex-scoped hemoglobin above and that one.\n"
	        "  Added, each with cases in fixtures/criteria/ and unit tests:\n"
	        "  decimal commas with one or two digits after the comma in a\n"
	        "  measurement value (\"9,5 g/dL\", \"1,5 x ULN\"; three digits stay a\n"
	        "  thousands group, \"0,1\" after a score stays a list, and a dot\n"
	        "  before three digits in a count per microlitre, \"100.000/ul\", is\n"
	        "  refused); HbA1c in mmol/mol as the IFCC measurement (LOINC 59261-8,\n"
	        "  its own code: the two scales do not convert linearly) and HbA1c\n"
	        "  with no unit by magnitude, 4-19.9 %% and 21-200 mmol/mol, the two\n"
	        "  ranges no person's value can be in both of (4%% is 20 mmol/mol),\n"
	        "  values between or outside refused, and a value in a unit outside\n"
	        "  that unit's range refused too (\"between 35 and 9.5%%\"); numbers\n"
	        "  with no unit for LDL (40-400), cholesterol (100-500),\n"
	        "  triglycerides (60-3000) and glucose (40-600) as mg/dL, the only\n"
	        "  unit such values can be in; new analytes with checked LOINC codes\n"
	        "  (magnesium, bicarbonate, GGT, LDH, lipase, amylase, uric acid,\n"
	        "  NT-proBNP, BNP, free T4, testosterone, 25-OH vitamin D, HIV-1 RNA,\n"
	        "  HCV RNA, ferritin, CEA, CA-125, respiratory rate; sodium in blood\n"
	        "  2947-0) and scores\n"
	        "  (PHQ-9, MoCA, \"26/30\" read as 26); group names \"transaminases\",\n"
	        "  \"liver enzymes\", \"LFTs\", \"liver function tests\" as AST and\n"
	        "  ALT with the same threshold (both must hold below it, either\n"
	        "  excludes above it, as \"AST/ALT\"); units \"ml/min/m2\" (UCUM\n"
	        "  mL/min/m2, not indexed to 1.73 m2, so it compares only with data in\n"
	        "  that unit), \"mL.min-1\", \"mL\xC2\xB7min-1\", \"breaths/min\", \"G/L\"\n"
	        "  (giga per litre, matched in capitals since g/L is grams), \"gr/dL\",\n"
	        "  \"mlU/L\"; mEq/L is its own dimension, accepted for sodium,\n"
	        "  potassium and bicarbonate only (for magnesium or calcium it is not\n"
	        "  mmol/L); the unit of the other bound (\"Na > 155 or < 120\n"
	        "  mmol/L\"); \">= 5.5 - 6.4%%\" as a range; a phrase capitalised at\n"
	        "  the start of a sentence (\"Estimated GFR\"). Refused on purpose:\n"
	        "  \"gestational age > 37 weeks\" and \"24 weeks gestation\" are never\n"
	        "  an age test; \"for/in patients with ...\" after or before a test\n"
	        "  makes the criterion manual (\"... or CrCl >= 60 mL/min for patients\n"
	        "  with creatinine > 1.5 x ULN\" was read as three alternatives).\n"
	        "- Still not read (most frequent first): durations of disease and\n"
	        "  treatment (\"for at least 1 year\"), counts of events (\"more than 2\n"
	        "  severe hypoglycemic episodes\"), doses (\"> 1.0 IU/kg/day\"), changes\n"
	        "  (\">5%% weight change\"), scores with no checked code (MMSE, IPSS,\n"
	        "  BASDAI, HAM-D, CGI-S, Clarke), analytes with no checked code\n"
	        "  (calcitonin, insulin, HOMA-IR, UACR, pH, anion gap, urea, prolactin,\n"
	        "  AFP, cortisol, troponin whose I or T is not said, urine protein),\n"
	        "  ankle-brachial index and wound areas, words between an\n"
	        "  analyte and its threshold (\"PSA prior to study entry > 20\n"
	        "  ng/mL\"), a blood pressure pair with no name (\"hypertension\n"
	        "  (>=160/105 mmHg)\"), and \"castrate level of testosterone (< 50\n"
	        "  ng/dL)\".\n"
	        "\n"
	        "## Totals\n"
	        "\n"
	        "| | count |\n|---|---|\n"
	        "| records read | %zu |\n"
	        "| records with criteria text | %zu |\n"
	        "| criteria (sub-criteria included) | %zu |\n"
	        "| of which groups (content in their sub-criteria) | %zu |\n"
	        "| computable (with a FHIRPath condition) | %zu (%.1f%% of the non-group criteria) "
	        "|\n"
	        "| statements read (tests), computable or not | %zu |\n"
	        "\n",
	        s->records, s->with_text, s->criteria, s->groups, s->computable,
	        s->criteria > s->groups
	                ? 100.0 * (double)s->computable / (double)(s->criteria - s->groups)
	                : 0.0,
	        s->tests);
	fputs("## Criteria by kind\n\nAll criteria:\n\n", fp);
	print_counter(fp, &s->kinds_all, "kind", "criteria", 0, SIZE_MAX);
	fputs("Computable criteria:\n\n", fp);
	print_counter(fp, &s->kinds_comp, "kind", "computable", 0, SIZE_MAX);
	fputs("## Concepts read with a threshold\n\n", fp);
	print_counter(fp, &s->measures, "concept", "tests", 0, SIZE_MAX);
	fputs("## Why criteria stay for manual review (the to-do list)\n\n"
	      "Most frequent first; the example is one criterion of that kind.\n\n",
	      fp);
	print_counter(fp, &s->reasons, "reason", "criteria", 1, SIZE_MAX);
	fputs("The words left unread most often (each criterion counts once per\n"
	      "word; the first six unread words of a criterion are counted), with one\n"
	      "criterion where the word stopped the reading: the terms to add to the\n"
	      "tables or the grammar next. Top 60:\n\n",
	      fp);
	print_counter(fp, &s->words, "word", "criteria", 1, 60);
	fputs("Non-computable criteria by what they are about (from\n"
	      "`mappings/criteria-text.tsv`):\n\n",
	      fp);
	print_counter(fp, &s->categories, "category", "criteria", 1, SIZE_MAX);
	fprintf(fp,
	        "## Measurement and score criteria that were not computed\n\n"
	        "Every criterion in which the parser read a measured value with a\n"
	        "threshold but which it did not make computable, with the reason\n"
	        "(%zu criteria).\n\n"
	        "| record | criterion | text | reason |\n|---|---|---|---|\n",
	        s->n_unread_measures);
	if (s->mlist)
		fwrite(s->mlist, 1, s->mlen, fp);
	fputc('\n', fp);
}

/* ---- main --------------------------------------------------------------- */

enum { OPT_FORMAT = 256, OPT_STATS, OPT_MAPPINGS };

int tf_cli_criteria(int argc, char **argv)
{
	static const struct option longopts[] = {
	        {"format", required_argument, NULL, OPT_FORMAT},
	        {"stats", no_argument, NULL, OPT_STATS},
	        {"mappings", required_argument, NULL, OPT_MAPPINGS},
	        {"help", no_argument, NULL, 'h'},
	        {"quiet", no_argument, NULL, 'q'},
	        {NULL, 0, NULL, 0}};
	int json = 0, want_stats = 0;
	const char *mappings[32];
	size_t n_mappings = 0;
	int opt;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "hq", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_FORMAT:
			if (strcmp(optarg, "json") == 0) {
				json = 1;
			} else if (strcmp(optarg, "text") != 0) {
				tf_cli_errorf("criteria: unknown format '%s'", optarg);
				return TF_EXIT_USAGE;
			}
			break;
		case OPT_STATS:
			want_stats = 1;
			break;
		case OPT_MAPPINGS:
			if (n_mappings == sizeof(mappings) / sizeof(mappings[0])) {
				tf_cli_errorf("criteria: too many --mappings");
				return TF_EXIT_USAGE;
			}
			mappings[n_mappings++] = optarg;
			break;
		case 'q':
			break;
		case 'h':
			usage(stdout);
			return TF_EXIT_OK;
		default:
			usage(stderr);
			return TF_EXIT_USAGE;
		}
	}
	tf_error err;
	tf_error_clear(&err);
	tf_mappings *maps = NULL;
	if (n_mappings) {
		if (tf_mappings_load(&maps, NULL, &err) < 0) {
			tf_cli_errorf("criteria: %s", err.message);
			return TF_EXIT_FATAL;
		}
		for (size_t i = 0; i < n_mappings; i++)
			if (tf_mappings_add(maps, mappings[i], &err) < 0) {
				tf_cli_errorf("criteria: %s", err.message);
				tf_mappings_free(maps);
				return TF_EXIT_FATAL;
			}
	}
	int status = TF_EXIT_OK;
	json_t *all = json ? json_array() : NULL;
	/* the counters are large: on the heap, not the stack */
	stats *st = calloc(1, sizeof(*st));
	if (!st) {
		tf_mappings_free(maps);
		json_decref(all);
		return TF_EXIT_FATAL;
	}
	if (want_stats)
		st->unread = open_memstream(&st->mlist, &st->mlen);
	int nin = argc - optind;
	for (int a = 0; a < (nin ? nin : 1) && status != TF_EXIT_FATAL; a++) {
		const char *path = nin ? argv[optind + a] : "-";
		input in;
		memset(&in, 0, sizeof(in));
		if (read_input(path, &in) < 0) {
			status = TF_EXIT_REJECTS;
			input_free(&in);
			continue;
		}
		if (want_stats) {
			st->records += in.n ? in.n : 1;
		}
		for (size_t r = 0; r < in.n; r++) {
			tf_criteria *c = NULL;
			if (tf_criteria_parse(&c, in.texts[r], maps, &err) < 0) {
				tf_cli_errorf("criteria: %s: %s", in.names[r], err.message);
				status = err.code == TF_ENOMEM || err.code == TF_ENOTFOUND
				                 ? TF_EXIT_FATAL
				                 : TF_EXIT_REJECTS;
				continue;
			}
			if (want_stats) {
				st->with_text += tf_criteria_count(c) > 0;
				stats_add(st, in.names[r], c);
			} else if (json) {
				json_t *arr = NULL;
				if (tf_criteria_to_json(c, &arr, &err) < 0) {
					status = TF_EXIT_FATAL;
				} else if (nin > 1 || in.n > 1) {
					json_t *o = json_object();
					json_object_set_new(o, "source", json_string(in.names[r]));
					json_object_set_new(o, "criteria", arr);
					json_array_append_new(all, o);
				} else {
					json_array_extend(all, arr);
					json_decref(arr);
				}
			} else {
				print_text(stdout, nin > 1 || in.n > 1 ? in.names[r] : NULL, c);
			}
			tf_criteria_free(c);
		}
		input_free(&in);
	}
	if (json && all) {
		if (tf_json_dumpf(all, TF_JSON_PRETTY, stdout, &err) < 0)
			status = TF_EXIT_FATAL;
		fputc('\n', stdout);
	}
	json_decref(all);
	if (want_stats) {
		if (st->unread)
			fclose(st->unread);
		print_stats(stdout, st);
		free(st->mlist);
		counter_free(&st->kinds_all);
		counter_free(&st->kinds_comp);
		counter_free(&st->reasons);
		counter_free(&st->categories);
		counter_free(&st->measures);
		counter_free(&st->words);
	}
	free(st);
	tf_mappings_free(maps);
	return status;
}
