/*
 * trialfhir/sys/sink.h - for people who implement sinks: a versioned
 * function table. The file store and stream sinks are built on it; the FHIR
 * server sink of the client plugs in the same way.
 */
#ifndef TRIALFHIR_SYS_SINK_H
#define TRIALFHIR_SYS_SINK_H

#include "../sink.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TF_SINK_OPS_VERSION 1

typedef struct tf_sink_ops {
	unsigned int version;  /* TF_SINK_OPS_VERSION */
	const char *name;      /* "file", "stream", ... */
	/* Writes one resource; returns 0 or a negative TF_E* code. */
	int (*write)(void *ctx, const json_t *resource, tf_error *err);
	/* Completes the output; called at most once. */
	int (*close)(void *ctx, tf_error *err);
	/* Releases ctx; called exactly once, after close or instead of it. */
	void (*free)(void *ctx);
} tf_sink_ops;

/* Wraps ops/ctx in a tf_sink. ctx is owned by the sink from then on (freed
 * through ops->free, also on failure of this call). */
TF_EXTERN int tf_sink_open_custom(tf_sink **out, const tf_sink_ops *ops, void *ctx,
				  tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
