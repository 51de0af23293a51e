/*
 * ctgov_json.c - CT.gov API v2 study object -> trial model.
 * (Being written: only the NCT id is read so far.)
 */
#include "model/model_int.h"
#include "registry/registry_int.h"
#include "util/util.h"

int tf_ctgov_json_study(const json_t *study, tf_trial *t, tf_error *err)
{
	const json_t *id = json_object_get(
		json_object_get(json_object_get(study, "protocolSection"), "identificationModule"),
		"nctId");
	if (!json_is_string(id) || !tf_model_is_nct(json_string_value(id))) {
		if (err)
			tf_strlcpy(err->pointer, "/protocolSection/identificationModule/nctId",
				   sizeof(err->pointer));
		return tf_error_set(err, TF_EINVALID, "missing or malformed NCT id");
	}
	t->nct_id = tf_trial_strdup(t, json_string_value(id), (size_t)-1);
	return t->nct_id ? 0 : TF_ENOMEM;
}
