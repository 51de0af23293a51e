/*
 * trialfhir/eligibility.h - eligibility criteria text -> structured,
 * computable criteria.
 *
 * tf_criteria_parse() splits a registry's criteria text into its inclusion
 * and exclusion criteria (sub-items become sub-criteria), and reads each
 * one into tests: what data it needs (an Observation with LOINC codes, a
 * Condition with SNOMED CT / ICD-10-CM codes, the Patient's age or sex...),
 * the threshold, the time window. A criterion whose every word is
 * understood is "computable" and carries a FHIRPath expression over the
 * patient context Bundle (DESIGN.md): true when the criterion's statement
 * holds, false when it does not, empty when the data is missing. Anything
 * the parser is not sure of stays text, with the reason.
 *
 *     tf_criteria *c;
 *     if (tf_criteria_parse(&c, text, NULL, &err) < 0) ...;
 *     for (size_t i = 0; i < tf_criteria_count(c); i++) {
 *             const tf_criterion *k = tf_criteria_get(c, i);
 *             printf("%s %s\n", k->id, k->computable ? k->fhirpath : k->reason);
 *     }
 *     tf_criteria_free(c);
 *
 * Ownership: everything reached from a tf_criteria is borrowed from it and
 * lives until tf_criteria_free.
 */
#ifndef TRIALFHIR_ELIGIBILITY_H
#define TRIALFHIR_ELIGIBILITY_H

#include <jansson.h>
#include "common.h"
#include "mapping.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tf_criteria tf_criteria;

typedef enum tf_criterion_type {
	TF_CRITERION_INCLUSION = 1, /* must hold to take part */
	TF_CRITERION_EXCLUSION = 2  /* must not hold */
} tf_criterion_type;

/* A code of the data a test needs. */
typedef struct tf_criterion_code {
	const char *system;  /* code system URL (LOINC, SNOMED CT, ICD-10-CM, RxNorm) */
	const char *code;    /* the code; an ICD-10-CM code ending in '*' stands for
	                      * itself and every code below it */
	const char *display; /* display text, may be NULL */
} tf_criterion_code;

/* One threshold: the R5 DataRequirement.valueFilter of a test. */
typedef struct tf_criterion_filter {
	const char *comparator; /* "eq", "gt", "lt", "ge", "le" */
	const char *value;      /* decimal as written ("1.5", "100000") */
	const char *unit;       /* UCUM code ("10*9/L", "mg/dL", "a" for age in years),
	                         * "{ULN}" / "{LLN}" for a multiple of the upper / lower
	                         * limit of normal, NULL for a bare number (scores) */
	const char *sex;        /* "male" / "female" when the threshold applies to one
	                         * sex only, else NULL */
} tf_criterion_filter;

/* One statement inside a criterion ("platelet count < 50 x 10^9/L"). */
typedef struct tf_criterion_test {
	const char *kind;     /* "age", "sex", "pregnancy", "breastfeeding",
	                       * "childbearing-potential", "measurement", "score",
	                       * "life-expectancy", "condition", "medication",
	                       * "procedure", "allergy" */
	const char *concept;  /* key of the concept in mappings/ ("platelets", "hiv"),
	                       * NULL for age, sex and the like */
	const char *display;  /* human name of the concept */
	const char *resource; /* FHIR resource type holding the data: "Observation",
	                       * "Condition", "MedicationStatement", "Procedure",
	                       * "AllergyIntolerance", "Patient"; NULL when no data
	                       * element exists (life expectancy) */
	const tf_criterion_code *codes;
	size_t n_codes;
	const tf_criterion_filter *filters; /* all must hold (a range is two) */
	size_t n_filters;
	const char *window_value; /* "within 28 days": "28"; NULL when no window */
	const char *window_unit;  /* UCUM: "d", "wk", "mo", "a", "h" */
	const char *status;       /* conditions, medications: "current" (active now),
	                           * "history" (ever); NULL when not said */
	int negated;              /* the statement is "no ..." */
	int group;                /* tests of the same group are alternatives (any);
	                           * groups must all hold: a conjunction of disjunctions */
	const char *text;         /* the words of the source this test was read from */
	/* conditions, pregnancy, breastfeeding: the finding may also be
	 * recorded as the coded value (value_codes) of an Observation with one
	 * of observation_codes (LOINC); both NULL when not */
	const tf_criterion_code *observation_codes;
	size_t n_observation_codes;
	const tf_criterion_code *value_codes;
	size_t n_value_codes;
} tf_criterion_test;

typedef struct tf_criterion {
	const char *id;         /* "inclusion-3", "exclusion-8.2" */
	tf_criterion_type type; /* inclusion or exclusion */
	const char *prefix;     /* the list marker as written ("7.", "a)", "*"), or NULL */
	const char *text;       /* the criterion's exact text (marker excluded) */
	size_t offset;          /* byte offset of text in the parsed input */
	long line;              /* 1-based line of text in the input */
	size_t depth;           /* 0 top level, 1 sub-item, ... */
	const char *parent;     /* id of the enclosing criterion, or NULL */
	size_t n_children;      /* number of direct sub-criteria */
	const char *kind;       /* the tests' kind when they share one, "mixed",
	                         * "group" (the content is in the sub-criteria),
	                         * or "text" (nothing read) */
	int computable;         /* 1 when fhirpath is set */
	int measured;           /* it states a measured value or score with a
	                         * number, whether or not that could be read */
	const char *reason;     /* why not computable, NULL when computable */
	const char *category;   /* for non-computable text, what it is about
	                         * ("consent", "investigator-judgement"...), or NULL */
	const tf_criterion_test *tests;
	size_t n_tests;
	const char *unknown;     /* an alternative the parser could not read ("or
	                          * other contraindications to regional
	                          * anesthesia"): the condition is true when the
	                          * tests hold and empty otherwise; NULL when none */
	const char *fhirpath;    /* the condition: true when the statement holds */
	const char *exception;   /* an exception the criterion grants that the
	                          * parser could not read ("subjects with
	                          * asymptomatic brain metastasis ... can be
	                          * included"): in an exclusion the condition is
	                          * false when the tests do not hold and empty
	                          * otherwise, in an inclusion as for unknown;
	                          * NULL when none */
	const char *requirement; /* a part the statement requires that patient
	                          * data cannot decide ("advanced-stage", "who
	                          * are receiving palliative care"): in either
	                          * section the condition is false when the
	                          * tests do not hold and empty otherwise; NULL
	                          * when none */
} tf_criterion;

/* Parses criteria text (UTF-8). maps gives the terminology tables; NULL
 * uses the default set (mappings/). The caller owns *out. Fails with
 * TF_EINVAL on NULL arguments or invalid UTF-8, TF_ELIMIT on text larger
 * than 1 MiB, TF_ENOMEM. Text with no criterion gives a count of 0. */
TF_EXTERN int tf_criteria_parse(tf_criteria **out, const char *text, const tf_mappings *maps,
                                tf_error *err);

/* Number of criteria, sub-criteria included. */
TF_EXTERN size_t tf_criteria_count(const tf_criteria *criteria);

/* The i-th criterion in source order (a parent comes before its
 * sub-criteria), or NULL past the end. Borrowed. */
TF_EXTERN const tf_criterion *tf_criteria_get(const tf_criteria *criteria, size_t i);

/* The criteria as a JSON array, one object per criterion with the fields
 * of tf_criterion (the shape `trialfhir criteria --format json` prints).
 * *out is a new reference owned by the caller. */
TF_EXTERN int tf_criteria_to_json(const tf_criteria *criteria, json_t **out, tf_error *err);

/* Frees the criteria. NULL does nothing. */
TF_EXTERN void tf_criteria_free(tf_criteria *criteria);

#ifdef __cplusplus
}
#endif
#endif
