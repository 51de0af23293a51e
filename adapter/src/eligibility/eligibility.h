/*
 * eligibility.h - internals of the eligibility criteria parser and the
 * declaration of the PlanDefinition writer (adapter/src/fhir/plandefinition.c).
 *
 * The parse runs in three steps, one file each:
 *   split.c    criteria text -> blocks (headings and criteria with their
 *              exact spans, nesting and section);
 *   norm.c     one criterion's text -> normalised text and tokens;
 *   lexicon.c  the terminology tables of mappings/ (criteria-*.tsv) ->
 *              phrase lookups;
 *   extract.c  tokens + lexicon -> tests (kind, codes, thresholds, window);
 *   fhirpath.c tests -> the FHIRPath condition;
 *   criteria.c the public API (trialfhir/eligibility.h) over all of them.
 */
#ifndef TF_ELIGIBILITY_INT_H
#define TF_ELIGIBILITY_INT_H

#include <jansson.h>
#include "trialfhir/eligibility.h"
#include "trialfhir/mapping.h"
#include "trialfhir/trial.h"
#include "util/util.h"

/* ---- the PlanDefinition writer (fhir/plandefinition.c) ------------------ */

/* Builds the eligibility PlanDefinition of trial t from
 * t->eligibility.criteria (and the structured minimum/maximum age and sex):
 * id "nct01234567-eligibility", one action per criterion in source order.
 * maps NULL uses the default tables. *out is a new reference owned by the
 * caller. TF_EINVALID when the trial has no valid NCT id; a trial with no
 * criteria text still gets a PlanDefinition (its age/sex actions). */
int tf_fhir_plandefinition(const tf_trial *t, const tf_mappings *maps, json_t **out, tf_error *err);

/* The same from parsed criteria, for callers that hold them already (the
 * fuzz target, the CLI's checks). nct may be NULL (id "criteria-eligibility"). */
int el_plandefinition(const tf_criteria *criteria, const char *nct, const char *title, json_t **out,
                      tf_error *err);

/* Our code systems and extensions for criteria (fhir_int.h keeps the
 * ResearchStudy ones). */
#define EL_CS_CRITERION_TYPE "http://trialfhir.org/fhir/CodeSystem/criterion-type"
#define EL_CS_REVIEW         "http://trialfhir.org/fhir/CodeSystem/criterion-review"
#define EL_EXT_REVIEW        "http://trialfhir.org/fhir/StructureDefinition/criterion-review"
#define EL_EXT_VALUE_FILTER                                                                        \
	"http://hl7.org/fhir/5.0/StructureDefinition/extension-DataRequirement.valueFilter"
#define EL_SYS_LOINC  "http://loinc.org"
#define EL_SYS_SNOMED "http://snomed.info/sct"
#define EL_SYS_ICD10  "http://hl7.org/fhir/sid/icd-10-cm"
#define EL_SYS_RXNORM "http://www.nlm.nih.gov/research/umls/rxnorm"
#define EL_SYS_UCUM   "http://unitsofmeasure.org"

/* ---- split.c ------------------------------------------------------------ */

enum {
	EL_SEC_NONE = 0, /* no heading in the whole text: read as inclusion */
	EL_SEC_INCLUSION = 1,
	EL_SEC_EXCLUSION = 2,
	EL_SEC_PREAMBLE = 3 /* before the first heading, or under a heading that
	                     * is neither: kept, never computable */
};

typedef struct el_block {
	int heading;         /* 1: a section heading or intro line, not a criterion */
	int section;         /* EL_SEC_* in force for this block */
	size_t start, end;   /* the text, trimmed, [start, end) in the input */
	size_t mstart, mend; /* the list marker, mstart == mend when none */
	long line;           /* 1-based line of start */
	int indent;          /* column of the marker (or text) */
	long parent;         /* index of the enclosing criterion block, -1 */
	int depth;           /* nesting depth */
	int label;           /* a short "Label:" line grouping what follows */
} el_block;

/* Splits text[0, len) into blocks in source order. *out is malloc'd (the
 * caller frees it), *n its count. Every non-blank byte of the input lies in
 * exactly one block's marker or text span. TF_ENOMEM only. */
int el_split(const char *text, size_t len, el_block **out, size_t *n);

/* ---- norm.c ------------------------------------------------------------- */

enum {
	EL_TOK_WORD = 1, /* letters and digits, starting with a letter */
	EL_TOK_NUM,      /* a number: 12, 1.5, 100,000, 100 000 */
	EL_TOK_CMP,      /* a comparator symbol: >= <= > < = */
	EL_TOK_PUNCT     /* any other single character */
};

typedef struct el_tok {
	int type;    /* EL_TOK_* */
	size_t s, e; /* [s, e) in the normalised text */
	char cmp[3]; /* EL_TOK_CMP: ">=", "<=", ">", "<", "=" */
} el_tok;

/* A criterion's text normalised for matching: markdown escapes undone,
 * Unicode comparators, dashes, micro signs and superscripts folded to
 * ASCII (">=", "-", "u", "10^9"), whitespace runs to one space. Case is
 * kept. map[i] is the input offset of normalised byte i. */
typedef struct el_text {
	char *s;      /* normalised text, NUL-terminated */
	size_t len;   /* its length */
	size_t *map;  /* len + 1 input offsets */
	el_tok *toks; /* tokens */
	size_t ntoks; /* their count */
} el_text;

int el_text_init(el_text *t, const char *src, size_t len);
void el_text_free(el_text *t);
/* True when token i is a word equal (ASCII case-insensitive) to w. */
int el_tok_is(const el_text *t, size_t i, const char *w);
/* Case-insensitive compare of token i's text with w; length of token. */
size_t el_tok_len(const el_text *t, size_t i);

/* ---- lexicon.c ---------------------------------------------------------- */

enum {
	EL_K_NONE = 0,
	EL_K_AGE,
	EL_K_SEX,
	EL_K_PREGNANCY,
	EL_K_BREASTFEEDING,
	EL_K_CHILDBEARING,
	EL_K_MEASUREMENT,
	EL_K_SCORE,
	EL_K_LIFE_EXPECTANCY,
	EL_K_CONDITION,
	EL_K_MEDICATION,
	EL_K_PROCEDURE,
	EL_K_ALLERGY
};
const char *el_kind_name(int kind);

/* A concept of the terminology tables. */
typedef struct el_concept {
	int kind;                 /* EL_K_MEASUREMENT, EL_K_SCORE, EL_K_CONDITION,
	                           * EL_K_MEDICATION, EL_K_PROCEDURE */
	const char *key;          /* row source: "platelets" */
	const char *display;      /* row display */
	const char *resource;     /* resource type of the data */
	tf_criterion_code *codes; /* every code, primary first */
	size_t ncodes;
	const char *unit;    /* analytes: canonical UCUM unit */
	const char *dims;    /* analytes: unit dimensions accepted ("count/vol ...") */
	const char *bare;    /* analytes: unit of a bare number ("1", "%"), or NULL */
	const char *lo, *hi; /* scores: the scale's bounds */
	/* analytes: a bare number takes the bare unit only within
	 * [bare_lo, bare_hi] when bare_range is set (HbA1c: 4-19.9 is %) */
	int bare_range;
	double bare_lo, bare_hi;
	/* analytes: key of the concept a threshold is read as when its unit
	 * fits that concept's dimensions and not this one's ("hba1c" in
	 * mmol/mol is "hba1c-ifcc"), or NULL */
	const char *variant;
	/* groups ("transaminases"): space-separated keys of the concepts each
	 * given the same threshold, or NULL */
	const char *members;
	/* conditions: a finding also recorded as the coded value of an
	 * Observation (NYHA class III on "Functional capacity NYHA", pregnant
	 * on "Pregnancy status"): its codes (LOINC) and the value codes */
	tf_criterion_code *obs_codes;
	size_t nobs;
	tf_criterion_code *value_codes;
	size_t nvalues;
} el_concept;

/* A unit spelling of criteria-unit.tsv. */
typedef struct el_unit {
	const char *ucum;  /* UCUM code, "{ULN}", "{LLN}" */
	const char *dim;   /* "count/vol", "mass/vol", "time", "uln", ... */
	const char *scale; /* power of ten folded into the value, or NULL */
} el_unit;

typedef struct el_lexicon el_lexicon;

/* Builds the lexicon from maps (criteria-* tables). The caller owns *out. */
int el_lexicon_new(el_lexicon **out, const tf_mappings *maps, tf_error *err);
void el_lexicon_free(el_lexicon *lx);

/* Longest concept phrase starting at token i: its concept and the number
 * of tokens it spans (0 when none). */
const el_concept *el_lexicon_match(const el_lexicon *lx, const el_text *t, size_t i, size_t *ntok);
/* Longest unit spelling starting at normalised offset pos: its unit and
 * the normalised offset just past it (NULL when none). */
const el_unit *el_lexicon_unit(const el_lexicon *lx, const el_text *t, size_t pos, size_t *end);
/* Category of a phrase of criteria-text.tsv at token i (consent,
 * compliance...), with the tokens it spans; NULL when none. */
const char *el_lexicon_category(const el_lexicon *lx, const el_text *t, size_t i, size_t *ntok);
/* The concept of key, or NULL. */
const el_concept *el_lexicon_concept(const el_lexicon *lx, const char *key);
/* The dimension of a UCUM code of criteria-unit.tsv ("mmol/mol" ->
 * "ratio"), or NULL when no spelling has it. */
const char *el_lexicon_unit_dim(const el_lexicon *lx, const char *ucum);

/* ---- extract.c ---------------------------------------------------------- */

enum { EL_CMP_EQ = 1, EL_CMP_GT, EL_CMP_LT, EL_CMP_GE, EL_CMP_LE };
const char *el_cmp_code(int cmp);

#define EL_MAX_FILTERS 4
#define EL_MAX_TESTS   24

typedef struct el_filter {
	int cmp;          /* EL_CMP_* */
	char value[32];   /* decimal lexeme */
	const char *unit; /* UCUM, "{ULN}", or NULL (bare) */
	int sex;          /* 0 any, 1 male, 2 female */
} el_filter;

typedef struct el_test {
	int kind;                  /* EL_K_* */
	const el_concept *concept; /* NULL for age, sex... */
	el_filter f[EL_MAX_FILTERS];
	size_t nf;
	char window[16];         /* window value, "" when none */
	const char *window_unit; /* UCUM */
	int status;              /* 0 unsaid, 1 current, 2 history */
	int negated;
	int group;    /* conjunction-of-disjunctions group */
	int sex_code; /* sex tests: 1 male, 2 female, 3 male or female */
	size_t s, e;  /* normalised span */
} el_test;

typedef struct el_result {
	el_test tests[EL_MAX_TESTS];
	size_t ntests;
	int computable;
	char reason[160];      /* why not computable */
	const char *category;  /* non-computable category, or NULL */
	char unknown[120];     /* an alternative that was not read ("or other
	                        * contraindications..."): the condition is
	                        * then "(tests) or {}", "" when none */
	char exception[120];   /* an exception the text grants that patient
	                        * data cannot decide ("(subjects with ... can be
	                        * included)", "unless ..."), "" when none */
	char requirement[120]; /* a required part that was not read
	                        * ("advanced-stage"): "(tests) and {}", ""
	                        * when none */
	int exception_narrows; /* the exception narrows the statement (an
	                        * exclusion's): "(tests) and {}"; else it
	                        * widens it (an inclusion's): "(tests) or {}" */
	int measured;          /* a measurement or score concept is followed by
	                        * a value (whether or not it could be read) */
	size_t shift;          /* bytes of context put before the text: test
	                        * spans (s, e) are input offsets + shift */
} el_result;

/* Reads one criterion. type is the section (EL_SEC_*), context the text
 * of a grouping label it sits under ("Age:") or NULL. */
void el_extract(const el_lexicon *lx, const char *text, size_t len, int section,
                const char *context, el_result *out);

/* A heading that is only a time window ("History within past 2 years
 * of:"): 1 and its window value and UCUM unit, else 0. */
int el_window_heading(const el_lexicon *lx, const char *text, size_t len, char *window,
                      size_t wsize, const char **unit);
/* Gives r's events with no window of their own that window (as history). */
void el_inherit_window(el_result *r, const char *window, const char *unit);

/* ---- fhirpath.c --------------------------------------------------------- */

/* Appends the FHIRPath of r's tests to b. 0, or TF_ENOMEM. */
int el_fhirpath(const el_result *r, tf_buf *b);
/* The FHIRPath of one test (a subexpression; for the DataRequirements). */
int el_fhirpath_test(const el_test *t, tf_buf *b);

/* ---- criteria.c --------------------------------------------------------- */

/* The lexicon a parse used (for the PlanDefinition writer). */
const el_lexicon *el_criteria_lexicon(const tf_criteria *c);

#endif
