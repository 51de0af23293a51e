/*
 * match_int.h - what the files of the matcher share.
 */
#ifndef TF_MATCH_INT_H
#define TF_MATCH_INT_H

#include "trialfhir/match.h"
#include "trialfhir/sys/evaluator.h"

/* The applicability condition's FHIRPath text of action (borrowed), or
 * NULL when it has none. */
const char *tf_match_condition(const json_t *action);

/* Appends to ev ("Type/id" strings) the resources of pc that action's
 * DataRequirements point at; returns 1 when any clinical (non-Patient)
 * resource was found. */
int tf_match_evidence(const json_t *action, const tf_patient_context *pc, json_t *ev);

/* True when action's DataRequirements ask for clinical (non-Patient) data. */
int tf_match_needs_clinical(const json_t *action);

extern const tf_evaluator_ops tf_match_builtin_ops;
extern const tf_evaluator_ops tf_match_exec_ops;

#endif
