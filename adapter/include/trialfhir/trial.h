/*
 * trialfhir/trial.h - the trial model: everything a registry record says
 * that a FHIR consumer could want, independent of the registry format.
 *
 * Every reader (CT.gov API v2 JSON, classic XML, mirror markdown, web pages)
 * fills a tf_trial; every writer reads one. The struct is transparent so
 * that readers, writers and library users share one vocabulary.
 *
 * Ownership: a tf_trial owns all its strings and arrays (they live in an
 * arena released by tf_trial_free). Pointers read from it are borrowed.
 * A NULL string means "the record does not say"; an empty array has n == 0.
 *
 * Enumerated values (statuses, phases, design codes, intervention and arm
 * types, sex, ...) are held in ClinicalTrials.gov API v2 enum spelling
 * ("RECRUITING", "PHASE1", "PARALLEL"): readers of other formats normalise
 * to it, and the value maps in mappings/ translate it to FHIR.
 */
#ifndef TRIALFHIR_TRIAL_H
#define TRIALFHIR_TRIAL_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Three-valued flag: the record may say yes, no, or nothing. */
typedef enum { TF_UNSET = -1, TF_NO = 0, TF_YES = 1 } tf_flag;

typedef struct tf_strv {
	const char **v;        /* items, never NULL entries */
	size_t n;              /* number of items */
} tf_strv;

typedef struct tf_date {
	const char *date;      /* "YYYY", "YYYY-MM" or "YYYY-MM-DD", or NULL */
	const char *type;      /* "ACTUAL", "ESTIMATED", or NULL when unstated */
} tf_date;

typedef struct tf_secondary_id {
	const char *id;        /* the identifier value */
	const char *type;      /* NIH, FDA, VA, CDC, AHRQ, SAMHSA, OTHER_GRANT, EUDRACT_NUMBER, CTIS, REGISTRY, OTHER */
	const char *domain;    /* issuing organisation or registry, free text */
	const char *link;      /* URL, when given */
} tf_secondary_id;

typedef struct tf_org {
	const char *name;      /* organisation name */
	const char *cls;       /* agency class: NIH, FED, OTHER_GOV, INDIV, INDUSTRY, NETWORK, AMBIG, OTHER, UNKNOWN */
} tf_org;

/* A person: overall official, central contact, or site contact. */
typedef struct tf_person {
	const char *name;        /* full name as written, degrees included */
	const char *role;        /* PRINCIPAL_INVESTIGATOR, STUDY_DIRECTOR, STUDY_CHAIR, SUB_INVESTIGATOR, CONTACT */
	const char *affiliation; /* officials: institution */
	const char *phone;       /* phone number as written */
	const char *phone_ext;   /* extension */
	const char *email;       /* e-mail address */
} tf_person;

typedef struct tf_responsible_party {
	const char *type;        /* SPONSOR, PRINCIPAL_INVESTIGATOR, SPONSOR_INVESTIGATOR */
	const char *name;        /* investigator full name */
	const char *title;       /* investigator title */
	const char *affiliation; /* investigator affiliation */
	const char *old_name;    /* classic XML's name_title when no type is given */
} tf_responsible_party;

typedef struct tf_arm {
	const char *label;       /* arm group label, unique within the trial */
	const char *type;        /* EXPERIMENTAL, ACTIVE_COMPARATOR, PLACEBO_COMPARATOR, SHAM_COMPARATOR, NO_INTERVENTION, OTHER */
	const char *description; /* free text */
	tf_strv interventions;   /* names of the interventions given in this arm ("Drug: X") */
} tf_arm;

typedef struct tf_intervention {
	const char *name;        /* intervention name */
	const char *type;        /* DRUG, DEVICE, BIOLOGICAL, PROCEDURE, RADIATION, BEHAVIORAL, GENETIC, DIETARY_SUPPLEMENT, COMBINATION_PRODUCT, DIAGNOSTIC_TEST, OTHER */
	const char *description; /* free text */
	tf_strv other_names;     /* synonyms, brand names */
	tf_strv arm_labels;      /* labels of the arms it belongs to */
} tf_intervention;

typedef struct tf_outcome {
	const char *measure;     /* title of the measure */
	const char *description; /* free text */
	const char *time_frame;  /* free text */
} tf_outcome;

typedef struct tf_site {
	const char *facility;    /* facility name */
	const char *status;      /* site recruitment status, overallStatus spelling */
	const char *city;
	const char *state;
	const char *zip;
	const char *country;
	const char *lat;         /* latitude as written in the source (decimal lexeme) */
	const char *lon;         /* longitude as written in the source */
	tf_person *contacts;     /* site contacts and investigators */
	size_t n_contacts;
} tf_site;

typedef struct tf_reference {
	const char *pmid;        /* PubMed id */
	const char *type;        /* BACKGROUND, RESULT, DERIVED */
	const char *citation;    /* citation text */
} tf_reference;

typedef struct tf_link {
	const char *url;
	const char *label;       /* description of the link */
} tf_link;

typedef struct tf_avail_ipd {
	const char *id;          /* identifier of the data set */
	const char *type;        /* kind of document ("Study Protocol", ...) */
	const char *url;
	const char *comment;
} tf_avail_ipd;

typedef struct tf_large_doc {
	const char *type_abbrev; /* Prot, SAP, ICF, Prot_SAP, ... */
	const char *label;       /* "Study Protocol", ... */
	const char *date;        /* document date */
	const char *upload_date; /* upload timestamp as written */
	const char *filename;    /* file name on the registry's document host */
	long size;               /* bytes, -1 when unknown */
} tf_large_doc;

typedef struct tf_mesh {
	const char *id;          /* MeSH descriptor id ("D003920") */
	const char *term;        /* preferred term */
} tf_mesh;

typedef struct tf_eligibility {
	const char *criteria;          /* full criteria text, escapes undone */
	const char *minimum_age;       /* as written ("18 Years"), NULL when none */
	const char *maximum_age;       /* as written, NULL when none ("N/A") */
	const char *sex;               /* ALL, FEMALE, MALE */
	tf_flag gender_based;          /* eligibility based on gender identity */
	const char *gender_description;/* free text */
	tf_flag healthy_volunteers;    /* accepts healthy volunteers */
	tf_strv std_ages;              /* CHILD, ADULT, OLDER_ADULT */
	const char *study_population;  /* observational studies */
	const char *sampling_method;   /* PROBABILITY_SAMPLE, NON_PROBABILITY_SAMPLE */
} tf_eligibility;

typedef struct tf_ipd_sharing {
	const char *sharing;           /* YES, NO, UNDECIDED */
	const char *description;
	tf_strv info_types;            /* STUDY_PROTOCOL, SAP, ICF, CSR, ANALYTIC_CODE */
	const char *time_frame;
	const char *access_criteria;
	const char *url;
} tf_ipd_sharing;

/* Where the record came from, for provenance and error messages. */
typedef struct tf_source_info {
	const char *format;            /* "ctgov-json", "ctgov-xml", "markdown", "page" */
	const char *name;              /* input name: file path or "-" */
	long record;                   /* 1-based record index in the input */
	long line;                     /* 1-based line where the record starts */
	const char *version_holder;    /* registry data version date, when given */
} tf_source_info;

typedef struct tf_trial {
	/* identification */
	const char *nct_id;            /* "NCT01234567" (required) */
	const char *org_study_id;      /* sponsor's protocol id */
	const char *org_study_id_type; /* type of org_study_id, when given */
	const char *org_study_id_link; /* link for org_study_id, when given */
	tf_secondary_id *secondary_ids;
	size_t n_secondary_ids;
	tf_strv nct_aliases;           /* obsolete NCT ids of the same study */
	const char *organization;      /* submitting organisation name */
	const char *organization_class;/* its agency class */
	const char *brief_title;
	const char *official_title;
	const char *acronym;

	/* status */
	const char *overall_status;    /* RECRUITING, COMPLETED, ... */
	const char *last_known_status; /* for UNKNOWN status */
	const char *why_stopped;
	const char *status_verified_date;
	tf_flag has_expanded_access;
	const char *expanded_access_nct_id;
	tf_date start_date;
	tf_date primary_completion_date;
	tf_date completion_date;
	const char *first_submit_date;
	tf_date first_post_date;
	const char *last_update_submit_date;
	tf_date last_update_post_date;
	const char *results_first_submit_date;
	tf_date results_first_post_date;

	/* sponsors and people */
	tf_org lead_sponsor;
	tf_org *collaborators;
	size_t n_collaborators;
	tf_responsible_party responsible_party;
	tf_person *officials;          /* overall officials */
	size_t n_officials;
	tf_person *central_contacts;
	size_t n_central_contacts;

	/* oversight */
	tf_flag has_dmc;
	tf_flag fda_regulated_drug;
	tf_flag fda_regulated_device;
	tf_flag unapproved_device;
	tf_flag is_us_export;

	/* description */
	const char *brief_summary;
	const char *detailed_description;

	/* conditions */
	tf_strv conditions;
	tf_strv keywords;
	tf_mesh *condition_meshes;     /* derived MeSH terms for the conditions */
	size_t n_condition_meshes;
	tf_mesh *intervention_meshes;  /* derived MeSH terms for the interventions */
	size_t n_intervention_meshes;

	/* design */
	const char *study_type;        /* INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS */
	tf_flag patient_registry;
	const char *target_duration;   /* registries: "3 Years" */
	tf_strv phases;                /* NA, EARLY_PHASE1, PHASE1, PHASE2, PHASE3, PHASE4 */
	const char *allocation;        /* RANDOMIZED, NON_RANDOMIZED, NA */
	const char *intervention_model;/* SINGLE_GROUP, PARALLEL, CROSSOVER, FACTORIAL, SEQUENTIAL */
	const char *intervention_model_description;
	const char *primary_purpose;   /* TREATMENT, PREVENTION, ... */
	const char *observational_model;
	const char *time_perspective;
	const char *masking;           /* NONE, SINGLE, DOUBLE, TRIPLE, QUADRUPLE */
	const char *masking_description;
	tf_strv who_masked;            /* PARTICIPANT, CARE_PROVIDER, INVESTIGATOR, OUTCOMES_ASSESSOR */
	const char *biospec_retention; /* NONE_RETAINED, SAMPLES_WITH_DNA, SAMPLES_WITHOUT_DNA */
	const char *biospec_description;
	tf_strv expanded_access_types; /* INDIVIDUAL, INTERMEDIATE, TREATMENT */
	long enrollment;               /* participant count, -1 when unstated */
	const char *enrollment_type;   /* ACTUAL, ESTIMATED */

	/* arms, interventions, outcomes */
	tf_arm *arms;
	size_t n_arms;
	tf_intervention *interventions;
	size_t n_interventions;
	tf_outcome *primary_outcomes;
	size_t n_primary_outcomes;
	tf_outcome *secondary_outcomes;
	size_t n_secondary_outcomes;
	tf_outcome *other_outcomes;
	size_t n_other_outcomes;

	tf_eligibility eligibility;

	/* locations */
	tf_site *sites;
	size_t n_sites;

	/* references and documents */
	tf_reference *references;
	size_t n_references;
	tf_link *links;
	size_t n_links;
	tf_avail_ipd *avail_ipds;
	size_t n_avail_ipds;
	tf_large_doc *large_docs;
	size_t n_large_docs;
	tf_ipd_sharing ipd_sharing;

	tf_flag has_results;

	tf_source_info source;

	/* what the reader could not read, one message each (never silent) */
	tf_strv warnings;

	struct tf_arena *arena;        /* owns everything above; internal */
} tf_trial;

/* Allocates an empty trial (all strings NULL, flags TF_UNSET, counts -1 where
 * documented). The caller owns *out and frees it with tf_trial_free. */
TF_EXTERN int tf_trial_new(tf_trial **out);

/* Frees the trial and everything it owns. NULL does nothing. */
TF_EXTERN void tf_trial_free(tf_trial *trial);

/* Copies s (len bytes, or strlen when len is (size_t)-1) into the trial's
 * arena and returns the copy, or NULL on allocation failure. For readers and
 * for users who build a trial by hand. */
TF_EXTERN const char *tf_trial_strdup(tf_trial *trial, const char *s, size_t len);

/* Allocates zeroed memory for n items of size bytes in the trial's arena. */
TF_EXTERN void *tf_trial_alloc(tf_trial *trial, size_t n, size_t size);

/* Appends a copy of s to a string vector owned by the trial. */
TF_EXTERN int tf_trial_strv_push(tf_trial *trial, tf_strv *v, const char *s);

/* Records a reader warning (printf-style) on the trial. */
TF_EXTERN int tf_trial_warn(tf_trial *trial, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#ifdef __cplusplus
}
#endif
#endif
