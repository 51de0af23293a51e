/*
 * trialfhir/fhir.h - the FHIR R4 (4.0.1) writers: trial model -> resources.
 *
 * One trial becomes one ResearchStudy (sponsor, collaborators, sites,
 * officials and the enrollment Group contained in it; see docs/mapping.md)
 * and, once eligibility criteria are parsed, a PlanDefinition. Logical ids
 * are deterministic: "nct01234567", "nct01234567-eligibility".
 */
#ifndef TRIALFHIR_FHIR_H
#define TRIALFHIR_FHIR_H

#include <jansson.h>
#include "common.h"
#include "mapping.h"
#include "trial.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Canonical base of the code systems and extensions trialfhir defines. */
#define TF_FHIR_BASE "http://trialfhir.org/fhir"
/* Identifier system of NCT numbers (DESIGN.md). */
#define TF_FHIR_NCT_SYSTEM "https://clinicaltrials.gov"

typedef struct tf_fhir_options {
	unsigned int version;          /* TF_FHIR_OPTIONS_VERSION */
	const tf_mappings *mappings;   /* value maps; NULL loads the defaults once */
	/* Called with each remark about what the writer could not map (an
	 * unmapped value kept as text, an unreadable age ...); message is
	 * borrowed for the call. NULL: remarks are dropped. */
	void (*warn)(void *data, const char *message);
	void *warn_data;               /* passed to warn */
} tf_fhir_options;

#define TF_FHIR_OPTIONS_VERSION 1
#define TF_FHIR_OPTIONS_INIT { TF_FHIR_OPTIONS_VERSION, NULL, NULL, NULL }

/* Builds the FHIR resources for trial. *out is a new reference to a JSON
 * array of resources (ResearchStudy first), owned by the caller. Decimal
 * values are decimal nodes (see json.h): write them with tf_json_dump. */
TF_EXTERN int tf_fhir_from_trial(const tf_trial *trial, const tf_fhir_options *opts,
				 json_t **out, tf_error *err);

/* Writes the logical id of the ResearchStudy for an NCT number
 * ("NCT01234567" -> "nct01234567") into buf. TF_EINVALID when nct is not
 * "NCT" followed by 8 digits. */
TF_EXTERN int tf_fhir_study_id(const char *nct, char *buf, size_t size);

#ifdef __cplusplus
}
#endif
#endif
