/*
 * trialfhir/sys/evaluator.h - for people who implement evaluators: a
 * versioned function table (DESIGN.md, "Patient context and evaluation").
 *
 * An evaluator decides one criterion (a PlanDefinition action, with its
 * condition and input DataRequirements) for one patient context at a fixed
 * date. The matcher calls it only for actions that carry a condition; sub-
 * action groups are combined by the matcher. evaluate may be called from
 * several threads at once: an evaluator that cannot allow that serialises
 * itself.
 *
 * A plug-in shared object (plugin:PATH.so) exports
 *     const tf_evaluator_ops *tf_evaluator_plugin(void);
 * and its table's version must equal TF_EVALUATOR_OPS_VERSION.
 */
#ifndef TRIALFHIR_SYS_EVALUATOR_H
#define TRIALFHIR_SYS_EVALUATOR_H

#include "../match.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TF_EVALUATOR_OPS_VERSION 1

/* What evaluate fills in. */
typedef struct tf_eval_outcome {
	tf_match_result result; /* met / not-met / unknown / not-computable */
	json_t *evidence;       /* new reference or NULL: JSON array of "Type/id" strings */
	char reason[256];       /* why unknown or not-computable; "" otherwise */
} tf_eval_outcome;

typedef struct tf_evaluator_ops {
	unsigned int version; /* TF_EVALUATOR_OPS_VERSION */
	const char *name;     /* "builtin", "exec", ... */
	/* Opens an instance; arg is what followed "name:" in the spec (or
	 * NULL). *ctx is passed to the other calls. */
	int (*open)(void **ctx, const char *arg, tf_error *err);
	/* Decides action (a PlanDefinition.action, borrowed) for ctx at as_of.
	 * Returns 0 with *out filled, or a negative code when it could not run
	 * at all (the matcher then records unknown with err's message). */
	int (*evaluate)(void *ctx, const json_t *action, const tf_patient_context *pc,
	                const char *as_of, tf_eval_outcome *out, tf_error *err);
	/* Releases ctx; called once. */
	void (*close)(void *ctx);
} tf_evaluator_ops;

/* The plug-in entry point's name and type. */
#define TF_EVALUATOR_PLUGIN_SYMBOL "tf_evaluator_plugin"
typedef const tf_evaluator_ops *(*tf_evaluator_plugin_fn)(void);

/* Wraps ops in a tf_evaluator, calling ops->open(arg). *out belongs to the
 * caller. Fails with TF_EUNSUPPORTED when ops->version does not match. */
TF_EXTERN int tf_evaluator_open_custom(tf_evaluator **out, const tf_evaluator_ops *ops,
                                       const char *arg, tf_error *err);

/* Decides one criterion (action, borrowed) for pc at as_of as the matcher
 * does: through ev for an action with a condition, by combining the
 * sub-actions for a group, not-computable otherwise; then the incomplete-
 * patient rule. out->evidence is a new reference to an array afterwards
 * (the caller releases it); failures of the evaluator come back as
 * unknown with the reason. */
TF_EXTERN void tf_evaluator_decide(tf_evaluator *ev, const json_t *action,
                                   const tf_patient_context *pc, const char *as_of,
                                   tf_eval_outcome *out);

#ifdef __cplusplus
}
#endif
#endif
