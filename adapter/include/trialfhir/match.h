/*
 * trialfhir/match.h - matching patients against trials (DESIGN.md, "Patient
 * context and evaluation", "The match report").
 *
 * Three parts, usable alone:
 *   patient source   reads a directory of patient records (one Bundle per
 *                    patient, as Synthea writes them, or NDJSON per resource
 *                    type, as `trialfhir pull` writes them), or a FHIR
 *                    server, and hands out one patient context at a time,
 *                    so memory stays bounded;
 *   trial set        the ResearchStudy + PlanDefinition pairs convert wrote,
 *                    from files or a FHIR server;
 *   matcher          evaluates every criterion of a trial for one patient
 *                    through an evaluator (trialfhir/sys/evaluator.h) and
 *                    gives the verdict and score of the pair.
 */
#ifndef TRIALFHIR_MATCH_H
#define TRIALFHIR_MATCH_H

#include <jansson.h>
#include "client.h"
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The result of one criterion for one patient. */
typedef enum tf_match_result {
	TF_MATCH_MET = 0,       /* the criterion's statement holds */
	TF_MATCH_NOT_MET,       /* it does not */
	TF_MATCH_UNKNOWN,       /* data missing, or the evaluator could not say */
	TF_MATCH_NOT_COMPUTABLE /* the criterion has no expression */
} tf_match_result;

/* "met", "not-met", "unknown", "not-computable" (static). */
TF_EXTERN const char *tf_match_result_name(tf_match_result r);

typedef enum tf_match_verdict {
	TF_VERDICT_ELIGIBLE = 0,
	TF_VERDICT_POSSIBLY_ELIGIBLE,
	TF_VERDICT_INELIGIBLE
} tf_match_verdict;

/* "eligible", "possibly-eligible", "ineligible" (static). */
TF_EXTERN const char *tf_match_verdict_name(tf_match_verdict v);

/* The DESIGN.md rule over the top-level criteria: ineligible if any
 * inclusion is not-met or any exclusion met; eligible if every inclusion is
 * met and every exclusion not-met; possibly-eligible otherwise. exclusion[i]
 * is non-zero for exclusion criteria. No criteria at all is
 * possibly-eligible (nothing says the patient fits). */
TF_EXTERN tf_match_verdict tf_match_verdict_of(const tf_match_result *results, const int *exclusion,
                                               size_t n);

/* Score: favourable / computable, where computable counts the criteria whose
 * result is met, not-met or unknown (not-computable ones have no
 * expression and are left out), and favourable counts inclusions met and
 * exclusions not-met. 0 when nothing is computable. */
TF_EXTERN double tf_match_score(const tf_match_result *results, const int *exclusion, size_t n);

/* --- patient context ------------------------------------------------- */

/* One patient's context (DESIGN.md): a collection Bundle holding the Patient
 * and the resources the trials ask for, newest first. */
typedef struct tf_patient_context {
	json_t *bundle;   /* owned: the collection Bundle (%context) */
	json_t *patient;  /* borrowed from bundle: the Patient (%patient) */
	char id[128];     /* the Patient's id */
	int incomplete;   /* the store says this patient's data is incomplete */
	char reason[256]; /* why it is incomplete (the OperationOutcome's text) */
	/* bundle prepared for the built-in FHIRPath engine (tf_fhirpath_doc_new),
	 * made by tf_patient_context_build and freed by _clear; NULL when the
	 * context was filled in by hand, and then the engine reads bundle as is.
	 * bundle must not be changed while this is set. */
	struct tf_fhirpath_doc *fhirpath_doc;
} tf_patient_context;

/* Frees what ctx holds (not ctx itself); NULL does nothing. */
TF_EXTERN void tf_patient_context_clear(tf_patient_context *ctx);

/* Builds a context from one patient's resources (borrowed: a Bundle of any
 * type, or a JSON array of resources). types (NULL-terminated, NULL: the
 * default set Observation, Condition, MedicationStatement,
 * MedicationRequest, Procedure, AllergyIntolerance) says which resource
 * types to keep. Resources marked entered-in-error are dropped. Fails with
 * TF_EINVALID when there is no Patient. */
TF_EXTERN int tf_patient_context_build(tf_patient_context *out, const json_t *resources,
                                       const char *const *types, tf_error *err);

typedef struct tf_patient_source tf_patient_source;
typedef struct tf_trial_set tf_trial_set;

/* Opens a directory of patient records: NDJSON per resource type when it
 * holds Patient.ndjson, otherwise every *.json file in it (in name order)
 * as one patient's Bundle. types as above (copied). *out belongs to the
 * caller. */
TF_EXTERN int tf_patient_source_open(tf_patient_source **out, const char *dir,
                                     const char *const *types, tf_error *err);

/* The next patient's context into *out (clear it with
 * tf_patient_context_clear). Returns 0, TF_ITEROVER at the end, or a
 * negative code for a record that could not be read: the source stays
 * usable and the next call moves on to the next patient. */
TF_EXTERN int tf_patient_source_next(tf_patient_source *src, tf_patient_context *out,
                                     tf_error *err);

/* Opens a patient source on the FHIR server of c (borrowed: it must outlive
 * the source). ids (NULL-terminated, copied) names the patients; NULL means
 * every Patient the server has (their ids are listed first; contexts are
 * still fetched one patient at a time). Patients come in id order. Per patient the source reads the
 * Patient and searches exactly what ts's DataRequirements ask for: per
 * resource type the union of their codes (code=system|code,...), limited to
 * the widest date window when every requirement of the type has one
 * (counted back from as_of, "YYYY-MM-DD"); a type some requirement names
 * without codes, or with ICD-10 codes (whose categories cover sub-codes a
 * token search would miss), is fetched whole. When the filtered searches
 * find nothing of a type, one resource of that type is fetched anyway,
 * since conditions tell "no such data" from "no matching data" by whether
 * the type is present at all. count is the page size asked for (0: 100).
 * A search that fails or stops early (a page that could not be fetched, a
 * next link to another origin) marks the context incomplete with the
 * reason; a patient that cannot be read at all is a failed record
 * (negative return of tf_patient_source_next). */
TF_EXTERN int tf_patient_source_open_server(tf_patient_source **out, tf_client *c,
                                            const char *const *ids, const tf_trial_set *ts,
                                            const char *as_of, int count, tf_error *err);

TF_EXTERN void tf_patient_source_free(tf_patient_source *src);

/* --- trials ---------------------------------------------------------- */

/* Loads ResearchStudy and PlanDefinition resources from a file or a
 * directory of files (NDJSON, JSON, or Bundles of them) and pairs them by
 * ResearchStudy.protocol (or, failing that, by NCT identifier). Studies are
 * kept in id order. *out belongs to the caller. */
TF_EXTERN int tf_trial_set_load(tf_trial_set **out, const char *path, tf_error *err);

/* Loads the ResearchStudy resources of the FHIR server of c (borrowed),
 * searched with params (name/value pairs, NULL-terminated; NULL: all), and
 * reads the PlanDefinitions their protocol names. A study search that
 * stops early fails with TF_EIO (matching against part of the trials would
 * pass silently for all of them); a PlanDefinition that cannot be read
 * leaves its study without criteria, and the reason in warn (may be NULL)
 * which the caller should show. */
TF_EXTERN int tf_trial_set_load_server(tf_trial_set **out, tf_client *c, const char *const *params,
                                       char *warn, size_t warn_size, tf_error *err);

TF_EXTERN size_t tf_trial_set_count(const tf_trial_set *ts);

/* Borrowed from ts: the ResearchStudy, its PlanDefinition (NULL when none)
 * and its NCT number (NULL when none). */
TF_EXTERN const json_t *tf_trial_set_study(const tf_trial_set *ts, size_t i);
TF_EXTERN const json_t *tf_trial_set_plan(const tf_trial_set *ts, size_t i);
TF_EXTERN const char *tf_trial_set_nct(const tf_trial_set *ts, size_t i);

/* The resource types the plans' DataRequirements ask for (besides Patient),
 * a NULL-terminated array borrowed from ts. */
TF_EXTERN const char *const *tf_trial_set_types(const tf_trial_set *ts);

TF_EXTERN void tf_trial_set_free(tf_trial_set *ts);

/* --- matching -------------------------------------------------------- */

typedef struct tf_evaluator tf_evaluator;

/* Opens an evaluator by spec: "builtin", "exec:COMMAND" or
 * "plugin:PATH.so". *out belongs to the caller. */
TF_EXTERN int tf_evaluator_open(tf_evaluator **out, const char *spec, tf_error *err);
TF_EXTERN void tf_evaluator_free(tf_evaluator *ev);

/* Matches one patient against one trial; *out is a new JSON object in the
 * shape of one element of the report's results[] (DESIGN.md contract):
 * patient, study, nct, verdict, score, criteria[] with id, type, text,
 * result, evidence (and reason when there is one). Safe to call from
 * several threads at once with the same evaluator. as_of is a FHIRPath
 * date ("2026-11-22"). */
TF_EXTERN int tf_match_pair(tf_evaluator *ev, const tf_trial_set *ts, size_t trial,
                            const tf_patient_context *pc, const char *as_of, json_t **out,
                            tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
