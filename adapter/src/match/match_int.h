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

/* A trial set filled step by step (server.c): new, add resources (a
 * Bundle stands for its entries; borrowed), then finish, which pairs
 * studies with plans and sorts them. */
tf_trial_set *tf_match_trials_new(void);
int tf_match_trials_add(tf_trial_set *ts, json_t *resource);
int tf_match_trials_has_plan(const tf_trial_set *ts, const char *id);
int tf_match_trials_finish(tf_trial_set *ts, tf_error *err);

/* The server side of a patient source (server.c), which context.c's
 * tf_patient_source hands its calls to. */
typedef struct tf_match_server_src tf_match_server_src;
int tf_match_server_open(tf_match_server_src **out, tf_client *c, const char *const *ids,
                         const tf_trial_set *ts, const char *as_of, int count, tf_error *err);
int tf_match_server_next(tf_match_server_src *s, tf_patient_context *out, tf_error *err);
void tf_match_server_free(tf_match_server_src *s);

extern const tf_evaluator_ops tf_match_builtin_ops;

/* How many distinct conditions a builtin evaluator instance (its ops ctx)
 * has compiled so far: the compile cache's size. */
size_t tf_match_builtin_compiles(const void *ctx);
extern const tf_evaluator_ops tf_match_exec_ops;

#endif
