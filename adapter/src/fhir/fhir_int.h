/*
 * fhir_int.h - internals of the FHIR writers: every URL the writers emit
 * (kept here and nowhere else), the build context shared by the files of
 * adapter/src/fhir/, and the small JSON builders they all use.
 *
 * The builders follow one rule so that callers need no error checks: a
 * builder that fails records the error in the context (sticky, first error
 * wins) and returns NULL, and every builder that receives NULL treats it as
 * "absent" and does nothing. Setters steal their value, drop it when it is
 * NULL, an empty object or an empty array (FHIR ele-1: no empty elements),
 * and release it when the parent is NULL. So a failed allocation anywhere
 * leaves a tree with holes but no leak, and tf_fhir_build() discards it.
 */
#ifndef TF_FHIR_INT_H
#define TF_FHIR_INT_H

#include <jansson.h>
#include "trialfhir/fhir.h"
#include "util/util.h"

/* ---- URLs -------------------------------------------------------------- */

/* Ours: TF_FHIR_BASE (fhir.h) + "/StructureDefinition/" or "/CodeSystem/". */
#define FX_EXT(name) TF_FHIR_BASE "/StructureDefinition/" name
#define FX_CS(name)  TF_FHIR_BASE "/CodeSystem/" name
/* R5 elements carried in R4 by the cross-version extensions (xver-r5.r4). */
#define FX_R5(path) "http://hl7.org/fhir/5.0/StructureDefinition/extension-" path

/* Extensions of ours (docs/mapping.md lists each with its shape). */
#define FX_EXT_OVERALL_STATUS     FX_EXT("ctgov-overall-status")
#define FX_EXT_LAST_KNOWN_STATUS  FX_EXT("ctgov-last-known-status")
#define FX_EXT_SITE_STATUS        FX_EXT("ctgov-site-recruitment-status")
#define FX_EXT_DATE_TYPE          FX_EXT("ctgov-date-type")
#define FX_EXT_DATES              FX_EXT("ctgov-dates")
#define FX_EXT_INTERVENTION       FX_EXT("ctgov-intervention")
#define FX_EXT_ARM_INTERVENTION   FX_EXT("ctgov-arm-intervention")
#define FX_EXT_OUTCOME_TIME_FRAME FX_EXT("ctgov-outcome-time-frame")
#define FX_EXT_DESIGN_DESCRIPTION FX_EXT("ctgov-design-description")
#define FX_EXT_TARGET_DURATION    FX_EXT("ctgov-target-duration")
#define FX_EXT_OVERSIGHT          FX_EXT("ctgov-oversight")
#define FX_EXT_EXPANDED_ACCESS    FX_EXT("ctgov-expanded-access")
#define FX_EXT_IPD_SHARING        FX_EXT("ctgov-ipd-sharing")
#define FX_EXT_HAS_RESULTS        FX_EXT("ctgov-has-results")
#define FX_EXT_STUDY_POPULATION   FX_EXT("ctgov-study-population")
#define FX_EXT_SAMPLING_METHOD    FX_EXT("ctgov-sampling-method")
#define FX_EXT_AGE_TEXT           FX_EXT("ctgov-age-text")
#define FX_EXT_GENDER_DESCRIPTION FX_EXT("ctgov-gender-description")

/* Code systems of ours that no mapping table names. */
#define FX_CS_ELIGIBILITY FX_CS("ctgov-eligibility")

/* R5 elements used through cross-version extensions. */
#define FX_R5_LABEL             FX_R5("ResearchStudy.label")
#define FX_R5_DESCRIPTION_SUMM  FX_R5("ResearchStudy.descriptionSummary")
#define FX_R5_RECRUITMENT       FX_R5("ResearchStudy.recruitment")
#define FX_R5_ASSOCIATED_PARTY  FX_R5("ResearchStudy.associatedParty")
#define FX_R5_OUTCOME_MEASURE   FX_R5("ResearchStudy.outcomeMeasure")
#define FX_R5_GROUP_DESCRIPTION FX_R5("Group.description")

/* HL7 and external code systems. */
#define FX_SYS_MESH           "http://terminology.hl7.org/CodeSystem/MSH"
#define FX_SYS_LOINC          "http://loinc.org"
#define FX_SYS_UCUM           "http://unitsofmeasure.org"
#define FX_SYS_TITLE_TYPE     "http://hl7.org/fhir/title-type" /* R5, verified: official, acronym */
#define FX_SYS_PARTY_ROLE     "http://hl7.org/fhir/research-study-party-role" /* R5 */
#define FX_SYS_OBJECTIVE_TYPE "http://terminology.hl7.org/CodeSystem/research-study-objective-type"

/* Identifier systems of secondary ids, by CT.gov secondary id type: the
 * public register that issues or resolves them (the same convention as
 * TF_FHIR_NCT_SYSTEM, the registry's home for NCT numbers). */
#define FX_IDSYS_EUDRACT "https://www.clinicaltrialsregister.eu"
#define FX_IDSYS_CTIS    "https://euclinicaltrials.eu"
#define FX_IDSYS_NIH     "https://reporter.nih.gov"

/* Web addresses built from record content. */
#define FX_URL_STUDY     "https://clinicaltrials.gov/study/"          /* + NCT */
#define FX_URL_PUBMED    "https://pubmed.ncbi.nlm.nih.gov/"           /* + PMID + "/" */
#define FX_URL_LARGE_DOC "https://cdn.clinicaltrials.gov/large-docs/" /* + NN/NCT/file */

/* Mapping table names (mappings/README.md). */
#define FX_T_OVERALL_STATUS  "ctgov-overall-status"
#define FX_T_STATUS          "ctgov-status"
#define FX_T_SITE_STATUS     "ctgov-site-status"
#define FX_T_PHASE           "ctgov-phase"
#define FX_T_STUDY_TYPE      "ctgov-study-type"
#define FX_T_PRIMARY_PURPOSE "ctgov-primary-purpose"
#define FX_T_ALLOCATION      "ctgov-allocation"
#define FX_T_INTERV_MODEL    "ctgov-intervention-model"
#define FX_T_OBS_MODEL       "ctgov-observational-model"
#define FX_T_TIME_PERSP      "ctgov-time-perspective"
#define FX_T_MASKING         "ctgov-masking"
#define FX_T_WHO_MASKED      "ctgov-who-masked"
#define FX_T_BIOSPEC         "ctgov-bio-spec-retention"
#define FX_T_INTERV_TYPE     "ctgov-intervention-type"
#define FX_T_ARM_TYPE        "ctgov-arm-type"
#define FX_T_SEX             "ctgov-sex"
#define FX_T_STD_AGE         "ctgov-std-age"
#define FX_T_OFFICIAL_ROLE   "ctgov-official-role"
#define FX_T_AGENCY_CLASS    "ctgov-agency-class"
#define FX_T_RESP_PARTY      "ctgov-responsible-party-type"
#define FX_T_ACTUAL_EST      "ctgov-actual-estimated"
#define FX_T_SECONDARY_ID    "ctgov-secondary-id-type"
#define FX_T_REFERENCE_TYPE  "ctgov-reference-type"
#define FX_T_IPD_SHARING     "ctgov-ipd-sharing"
#define FX_T_IPD_INFO_TYPE   "ctgov-ipd-info-type"
#define FX_T_SAMPLING        "ctgov-sampling-method"
#define FX_T_EA_TYPE         "ctgov-expanded-access-type"
#define FX_T_INTERV_CODE     "intervention-code"

/* ---- the build context ------------------------------------------------- */

/* Receives each non-fatal remark of the writers (a value with no mapping
 * row, an age that could not be read, ...). msg is valid during the call. */
typedef void (*tf_fhir_warn_fn)(void *data, const char *msg);

/* Room for any contained resource id we make ("site-N-contact-M"). */
#define FX_ID_MAX 64

typedef struct fx_ctx {
	const tf_trial *t;       /* the trial being written (borrowed) */
	const tf_mappings *maps; /* value maps (borrowed) */
	char id[16];             /* ResearchStudy id, "nct01234567" */
	json_t *contained;       /* ResearchStudy.contained, filled while building */
	json_t *extension;       /* ResearchStudy.extension, filled while building */
	const char *plan_id;     /* eligibility PlanDefinition id for
	                          * ResearchStudy.protocol; NULL until the
	                          * criteria writer sets it */
	int rc;                  /* first error (TF_ENOMEM, TF_EINVALID), sticky */
	tf_error *err;           /* caller's error details, may be NULL */
	tf_fhir_warn_fn warn;    /* remark sink, may be NULL */
	void *warn_data;         /* its closure */
} fx_ctx;

/* Builds the resources of trial (see tf_fhir_from_trial) and passes every
 * remark to warn (may be NULL). For modules that report warnings, such as
 * the converter; tf_fhir_from_trial is this with warn NULL. */
int tf_fhir_build(const tf_trial *trial, const tf_mappings *maps, tf_fhir_warn_fn warn,
                  void *warn_data, json_t **out, tf_error *err);

/* Records an allocation failure (first error wins). */
void fx_oom(fx_ctx *c);
/* Records a fatal error with a message naming the record. */
void fx_fail(fx_ctx *c, int code, const char *pointer, const char *fmt, ...)
        __attribute__((format(printf, 4, 5)));
/* Passes a remark, prefixed with the NCT number, to the warning sink. */
void fx_warn(fx_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- JSON builders (new references; NULL = absent or failed) ----------- */
json_t *fx_obj(fx_ctx *c);
json_t *fx_arr(fx_ctx *c);
/* A string node for s; NULL when s is NULL or blank (FHIR has no empty
 * strings). Invalid UTF-8 fails the build with TF_EINVALID. */
json_t *fx_str(fx_ctx *c, const char *s);
json_t *fx_strf(fx_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
json_t *fx_bool(fx_ctx *c, int v);
json_t *fx_int(fx_ctx *c, long v);
/* A decimal node holding the lexeme verbatim; NULL (with a warning) when
 * lexeme is not a JSON number. */
json_t *fx_decimal(fx_ctx *c, const char *lexeme, const char *what);

/* obj[key] = val (stolen; dropped when NULL or empty). */
void fx_set(fx_ctx *c, json_t *obj, const char *key, json_t *val);
void fx_set_str(fx_ctx *c, json_t *obj, const char *key, const char *s);
/* Appends val (stolen; dropped when NULL or empty). */
void fx_push(fx_ctx *c, json_t *arr, json_t *val);
/* Sets obj[key] = [val] (val stolen). */
void fx_set1(fx_ctx *c, json_t *obj, const char *key, json_t *val);
/* Sets obj[key] to the date text d->date and, when d->type is given,
 * obj["_" key] to its ctgov-date-type extension. Malformed dates are
 * dropped with a warning. */
void fx_set_date(fx_ctx *c, json_t *obj, const char *key, const tf_date *d);
/* True when s is a FHIR date: YYYY, YYYY-MM or YYYY-MM-DD. */
int fx_is_date(const char *s);

/* ---- FHIR datatypes ---------------------------------------------------- */
json_t *fx_coding(fx_ctx *c, const char *system, const char *code, const char *display);
/* {"text": text} */
json_t *fx_cc_text(fx_ctx *c, const char *text);
/* {"coding": [coding], "text": text}; either may be NULL. */
json_t *fx_cc(fx_ctx *c, json_t *coding, const char *text);
/* Parses a CT.gov age or duration ("18 Years", "6 Months", "1 Day"):
 * whole number, space, unit word (singular or plural, case aside). Sets
 * *value, *ucum (a, mo, wk, d, h, min) and *unit (the unit's English
 * name, plural unless the value is 1). 0 on success, -1 when text is not
 * such a phrase ("N/A" included). */
int fx_parse_age(const char *text, long *value, const char **ucum, const char **unit);
/* The UCUM Quantity {value, unit, system, code} of such a phrase, or NULL
 * (no remark: the caller knows what the text was for). */
json_t *fx_duration(fx_ctx *c, const char *text);
/* {"reference": "#<id>"} */
json_t *fx_ref_local(fx_ctx *c, const char *id);
/* {"display": display} */
json_t *fx_ref_display(fx_ctx *c, const char *display);

/* The row of table for source, or NULL; a remark is passed when source is
 * given but has no row. */
const tf_map_row *fx_lookup(fx_ctx *c, const char *table, const char *source);
/* The Coding of a row with a code, else NULL. */
json_t *fx_row_coding(fx_ctx *c, const tf_map_row *row);
/* The display text of source in table: the row's display, else source. */
const char *fx_display(fx_ctx *c, const char *table, const char *source);
/* The human label of source in table: the "label" column (CT.gov's own
 * wording), else the display, else source. */
const char *fx_label(fx_ctx *c, const char *table, const char *source);
/* A Coding for source from table; when the table has no row, the value
 * verbatim in our CodeSystem named after the table (lossless; a remark is
 * passed). NULL when source is NULL. For valueCoding extensions. */
json_t *fx_coding_map(fx_ctx *c, const char *table, const char *source);
/* A CodeableConcept for source from table: the row's Coding when it has a
 * code, and text "<prefix>: <display>" (or "<display>" when prefix is
 * NULL). NULL when source is NULL. */
json_t *fx_cc_map(fx_ctx *c, const char *table, const char *source, const char *prefix);

/* ---- extensions -------------------------------------------------------- */
/* {"url": url, <value_key>: value}; NULL (value released) when value is NULL. */
json_t *fx_ext(fx_ctx *c, const char *url, const char *value_key, json_t *value);
json_t *fx_ext_str(fx_ctx *c, const char *url, const char *s);
json_t *fx_ext_markdown(fx_ctx *c, const char *url, const char *s);
/* valueBoolean from a tri-state flag; NULL when unset. */
json_t *fx_ext_flag(fx_ctx *c, const char *url, tf_flag f);
/* {"url": url, "extension": sub}; NULL when sub is NULL or empty. */
json_t *fx_ext_complex(fx_ctx *c, const char *url, json_t *sub);
/* Appends to sub one string sub-extension per item of v. */
void fx_push_strv(fx_ctx *c, json_t *sub, const char *url, const tf_strv *v);
/* ContactPoints (phone with " ext. N", email) of a person, use work. */
json_t *fx_telecom(fx_ctx *c, const tf_person *p);

/* ---- the parts of a ResearchStudy, one file each ----------------------- */
/* design.c: status, primaryPurposeType, phase, category. */
void fx_status(fx_ctx *c, json_t *rs);
void fx_primary_purpose(fx_ctx *c, json_t *rs);
void fx_phase(fx_ctx *c, json_t *rs);
void fx_category(fx_ctx *c, json_t *rs);
/* interventions.c: codes for intervention names from the intervention-code
 * table (mappings/intervention-code.tsv; the rule is in docs/mapping.md).
 * The table's compiled index is cached per mapping set: take it once per
 * study with fx_iv_index_get (NULL when there is no set, or out of memory,
 * recorded in c) and give it back with fx_iv_index_put (NULL does nothing).
 * Safe from several threads at once. */
typedef struct fx_iv_index fx_iv_index;
const fx_iv_index *fx_iv_index_get(fx_ctx *c);
void fx_iv_index_put(const fx_iv_index *ix);
/* Appends to coding one Coding per table row that name matches (whole
 * phrases on word boundaries, the longest of overlapping matches winning),
 * in the order they appear in the name; the other names are tried only when
 * the name matches nothing. Nothing is appended when a matching row has no
 * code (placebo, sham). ix NULL does nothing. */
void fx_intervention_codings(fx_ctx *c, const fx_iv_index *ix, json_t *coding, const char *name,
                             const tf_strv *other_names);
/* terms.c: focus (interventions), condition, keyword with MeSH codings. */
void fx_focus(fx_ctx *c, json_t *rs);
void fx_condition(fx_ctx *c, json_t *rs);
void fx_keyword(fx_ctx *c, json_t *rs);
/* artifacts.c: relatedArtifact. */
void fx_related_artifacts(fx_ctx *c, json_t *rs);
/* group.c: the contained eligibility Group, enrollment and recruitment. */
void fx_enrollment(fx_ctx *c, json_t *rs);
/* parties.c: sponsor, collaborators, responsible party, officials, PI. */
void fx_sponsor(fx_ctx *c, json_t *rs);
void fx_principal_investigator(fx_ctx *c, json_t *rs);
/* Appends an R5 associatedParty extension to ResearchStudy.extension. */
void fx_associated_party(fx_ctx *c, const char *name, json_t *role, json_t *classifier,
                         const char *party_id);
/* A party role CodeableConcept (R5 research-study-party-role) for source
 * from table, text CT.gov's wording; fallback_text when source is NULL. */
json_t *fx_role_cc(fx_ctx *c, const char *table, const char *source, const char *fallback_text);
/* A contained PractitionerRole id for person p with role code (taken),
 * at the contained Location site_id when not NULL. */
json_t *fx_practitioner_role(fx_ctx *c, const char *id, const tf_person *p, json_t *code,
                             const char *site_id);
/* sites.c: location (countries), site (contained Locations and contacts). */
void fx_location(fx_ctx *c, json_t *rs);
void fx_site(fx_ctx *c, json_t *rs);
/* extensions.c: our study-level extensions (dates, interventions,
 * oversight, expanded access, IPD sharing, has results). */
void fx_study_extensions(fx_ctx *c);
/* researchstudy.c: the ResearchStudy itself. */
json_t *fx_research_study(fx_ctx *c);

#endif
