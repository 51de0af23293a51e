/*
 * trialfhir/sys/auth.h - for people who implement auth providers: a
 * versioned function table. The built-in providers (none, bearer, basic,
 * SMART Backend Services) are built on it.
 *
 * The client asks a provider for credentials only for requests to origins
 * allowed to receive them (the FHIR base's origin and the configured
 * allowlist): a provider never has to check the destination itself, and
 * must never log what it returns.
 */
#ifndef TRIALFHIR_SYS_AUTH_H
#define TRIALFHIR_SYS_AUTH_H

#include "../client.h"

#ifdef __cplusplus
extern "C" {
#endif

#define TF_AUTH_OPS_VERSION 1

typedef struct tf_auth_ops {
	unsigned int version; /* TF_AUTH_OPS_VERSION */
	const char *name;     /* "bearer", "smart", ... */
	/* Sets *header to a newly allocated Authorization header value
	 * ("Bearer abc", "Basic ...") for a request to url, or to NULL for
	 * none. c may be used to make requests of its own (a token endpoint);
	 * those requests never call back into the provider. Returns 0 or a
	 * negative TF_E* code (TF_EAUTH when credentials cannot be had). */
	int (*authorize)(void *ctx, tf_client *c, const char *url, char **header, tf_error *err);
	/* The server answered 401 to credentials from authorize: forget them.
	 * Returns 1 when a new authorize may succeed (the client then retries
	 * the request once), 0 when not. May be NULL (never retried). */
	int (*invalidate)(void *ctx);
	/* Releases ctx; called exactly once. */
	void (*free)(void *ctx);
} tf_auth_ops;

/* Wraps ops/ctx in a tf_auth. ctx is owned by the provider from then on
 * (freed through ops->free, also on failure of this call). */
TF_EXTERN int tf_auth_new_custom(tf_auth **out, const tf_auth_ops *ops, void *ctx, tf_error *err);

/* For providers: one request made through the client with no credentials
 * and no redirects, e.g. to a token endpoint. method "GET" or "POST"; body
 * (may be NULL) sent with content_type. The response body is returned in
 * *resp (caller frees; NUL-terminated) with *status. Transport errors are
 * retried as for any idempotent request only when method is GET. */
TF_EXTERN int tf_client_raw_request(tf_client *c, const char *method, const char *url,
                                    const char *content_type, const char *body, size_t body_len,
                                    long *status, char **resp, size_t *resp_len, tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
