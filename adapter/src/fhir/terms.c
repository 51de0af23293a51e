/*
 * terms.c - what a study is about: ResearchStudy.focus (interventions),
 * condition and keyword.
 *
 * CT.gov derives MeSH descriptors for conditions and interventions. A
 * descriptor whose term is the registered name itself (case aside) is the
 * same concept, so it becomes a Coding of that entry; the other
 * descriptors are CT.gov's added indexing terms and become entries of
 * their own, coded, so that no derived term is lost and searches by MeSH
 * code find the study. An intervention's entry also gets the codes of the
 * intervention-code table (interventions.c) that its name matches.
 */
#include <stdlib.h>
#include "fhir/fhir_int.h"

static json_t *mesh_coding(fx_ctx *c, const tf_mesh *m)
{
	return fx_coding(c, FX_SYS_MESH, m->id, m->term);
}

typedef const char *(*name_at_fn)(const tf_trial *t, size_t i);

/* Appends to coding further Codings of entry i; data is the caller's. */
typedef void (*codings_fn)(fx_ctx *c, json_t *coding, size_t i, const void *data);

/*
 * Appends to arr one CodeableConcept per name (text, with the Codings of
 * the matching descriptors, then those of more, which may be NULL), then
 * one per descriptor that matched no name.
 */
static void coded_terms(fx_ctx *c, json_t *arr, name_at_fn name_at, size_t n, const tf_mesh *meshes,
                        size_t nmesh, codings_fn more, const void *more_data)
{
	unsigned char *used = NULL;
	if (nmesh) {
		used = calloc(nmesh, 1);
		if (!used) {
			fx_oom(c);
			return;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const char *name = name_at(c->t, i);
		if (tf_is_blank(name))
			continue;
		json_t *coding = fx_arr(c);
		for (size_t j = 0; j < nmesh; j++) {
			if (tf_strcaseeq(meshes[j].term, name)) {
				fx_push(c, coding, mesh_coding(c, &meshes[j]));
				used[j] = 1;
			}
		}
		if (more)
			more(c, coding, i, more_data);
		json_t *cc = fx_obj(c);
		fx_set(c, cc, "coding", coding);
		fx_set_str(c, cc, "text", name);
		fx_push(c, arr, cc);
	}
	for (size_t j = 0; j < nmesh; j++)
		if (!used[j])
			fx_push(c, arr, fx_cc(c, mesh_coding(c, &meshes[j]), meshes[j].term));
	free(used);
}

static const char *intervention_name(const tf_trial *t, size_t i)
{
	return t->interventions[i].name;
}

static const char *condition_name(const tf_trial *t, size_t i)
{
	return t->conditions.v[i];
}

static void intervention_codings(fx_ctx *c, json_t *coding, size_t i, const void *data)
{
	const tf_intervention *iv = &c->t->interventions[i];
	fx_intervention_codings(c, data, coding, iv->name, &iv->other_names);
}

void fx_focus(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	const fx_iv_index *ix = t->n_interventions ? fx_iv_index_get(c) : NULL;
	coded_terms(c, arr, intervention_name, t->n_interventions, t->intervention_meshes,
	            t->n_intervention_meshes, ix ? intervention_codings : NULL, ix);
	fx_iv_index_put(ix);
	fx_set(c, rs, "focus", arr);
}

void fx_condition(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	coded_terms(c, arr, condition_name, t->conditions.n, t->condition_meshes,
	            t->n_condition_meshes, NULL, NULL);
	fx_set(c, rs, "condition", arr);
}

void fx_keyword(fx_ctx *c, json_t *rs)
{
	const tf_strv *k = &c->t->keywords;
	json_t *arr = fx_arr(c);
	for (size_t i = 0; i < k->n; i++)
		fx_push(c, arr, fx_cc_text(c, k->v[i]));
	fx_set(c, rs, "keyword", arr);
}
