/*
 * trial.c - life cycle of the trial model. Everything a tf_trial points to
 * lives in its arena, so readers allocate freely and one tf_trial_free
 * releases the record.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/trial.h"
#include "util/util.h"

int tf_trial_new(tf_trial **out)
{
	tf_trial *t = calloc(1, sizeof(*t));
	if (!t)
		return TF_ENOMEM;
	t->arena = tf_arena_new();
	if (!t->arena) {
		free(t);
		return TF_ENOMEM;
	}
	tf_flag *flags[] = { &t->has_expanded_access, &t->has_dmc, &t->fda_regulated_drug,
			     &t->fda_regulated_device, &t->unapproved_device, &t->is_us_export,
			     &t->patient_registry, &t->eligibility.gender_based,
			     &t->eligibility.healthy_volunteers, &t->has_results };
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		*flags[i] = TF_UNSET;
	t->enrollment = -1;
	*out = t;
	return 0;
}

void tf_trial_free(tf_trial *t)
{
	if (!t)
		return;
	tf_arena_free(t->arena);
	free(t);
}

const char *tf_trial_strdup(tf_trial *t, const char *s, size_t len)
{
	if (!s)
		return NULL;
	if (len == (size_t)-1)
		len = strlen(s);
	return tf_arena_strndup(t->arena, s, len);
}

void *tf_trial_alloc(tf_trial *t, size_t n, size_t size)
{
	if (n && size > SIZE_MAX / n)
		return NULL;
	size_t bytes = n * size;
	return tf_arena_alloc(t->arena, bytes ? bytes : 1);
}

int tf_trial_strv_push(tf_trial *t, tf_strv *v, const char *s)
{
	const char *copy = tf_trial_strdup(t, s, (size_t)-1);
	/* Vectors are short (conditions, keywords, labels): grow by copying
	 * into a new arena block sized to a power of two. */
	size_t cap = 4;
	while (cap < v->n)
		cap *= 2;
	if (!copy)
		return TF_ENOMEM;
	if (v->n == 0 || v->n == cap) {
		size_t ncap = v->n == 0 ? 4 : cap * 2;
		const char **nv = tf_trial_alloc(t, ncap, sizeof(*nv));
		if (!nv)
			return TF_ENOMEM;
		if (v->n)
			memcpy(nv, v->v, v->n * sizeof(*nv));
		v->v = nv;
	}
	v->v[v->n++] = copy;
	return 0;
}

int tf_trial_warn(tf_trial *t, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return tf_trial_strv_push(t, &t->warnings, msg);
}
