/*
 * plugin-example.c - an example `plugin:` evaluator for `trialfhir match`,
 * built as a shared object by tests/match.cmake: it decides the registry's
 * structured sex criterion (action "inclusion-sex") from Patient.gender and
 * answers unknown for everything else, which is enough to show the
 * function table, the version check and the ownership rules.
 *
 * Built with -DEXAMPLE_WRONG_VERSION it claims an interface version this
 * trialfhir does not speak, which the loader must refuse with a clear
 * message.
 */
#include <stdio.h>
#include <string.h>
#include "trialfhir/sys/evaluator.h"

static int ex_open(void **ctx, const char *arg, tf_error *err)
{
	(void)arg;
	(void)err;
	*ctx = NULL;
	return 0;
}

static int ex_evaluate(void *ctx, const json_t *action, const tf_patient_context *pc,
                       const char *as_of, tf_eval_outcome *out, tf_error *err)
{
	(void)ctx;
	(void)as_of;
	(void)err;
	const char *id = json_string_value(json_object_get(action, "id"));
	const char *title = json_string_value(json_object_get(action, "title"));
	const char *gender = json_string_value(json_object_get(pc->patient, "gender"));
	if (!id || strcmp(id, "inclusion-sex") != 0 || !title || !gender) {
		out->result = TF_MATCH_UNKNOWN;
		snprintf(out->reason, sizeof(out->reason), "example plugin decides sex only");
		return 0;
	}
	int female = strstr(title, "female") != NULL;
	out->result =
	        (strcmp(gender, female ? "female" : "male") == 0) ? TF_MATCH_MET : TF_MATCH_NOT_MET;
	out->evidence = json_array();
	char ref[160];
	snprintf(ref, sizeof(ref), "Patient/%s", pc->id);
	json_array_append_new(out->evidence, json_string(ref));
	return 0;
}

static void ex_close(void *ctx)
{
	(void)ctx;
}

#ifdef EXAMPLE_WRONG_VERSION
#define EX_VERSION (TF_EVALUATOR_OPS_VERSION + 41)
#else
#define EX_VERSION TF_EVALUATOR_OPS_VERSION
#endif

static const tf_evaluator_ops example_ops = {EX_VERSION, "example", ex_open, ex_evaluate, ex_close};

const tf_evaluator_ops *tf_evaluator_plugin(void);

__attribute__((visibility("default"))) const tf_evaluator_ops *tf_evaluator_plugin(void)
{
	return &example_ops;
}
