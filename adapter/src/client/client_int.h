/*
 * client_int.h - internals of the FHIR client shared by its files and the
 * unit tests: the pure helpers (Retry-After, backoff, URL and header
 * checks, Link handling, redaction) and the HTTP engine.
 */
#ifndef TF_CLIENT_INT_H
#define TF_CLIENT_INT_H

#include <curl/curl.h>
#include <openssl/evp.h>
#include <jansson.h>
#include <stdint.h>
#include <time.h>
#include "trialfhir/client.h"
#include "trialfhir/sys/auth.h"
#include "util/util.h"

/* --- retry.c: when to try again ---------------------------------------- */

/* Parses Retry-After values (RFC 9110 10.2.3): delay-seconds or an
 * HTTP-date, relative to now. count is how many Retry-After headers the
 * response had: anything but one is invalid. Returns 0 with *delay_s set
 * (a date in the past gives 0), or -1 for an invalid value (the caller then
 * uses backoff). */
int tf_retry_after_parse(const char *value, int count, time_t now, double *delay_s);

/* Full-jitter exponential backoff (AWS architecture blog): a delay drawn
 * uniformly from [0, min(cap, base * 2^attempt)], attempt counting from 0.
 * r is a uniform random number in [0, 1). */
double tf_backoff_delay(int attempt, double base, double cap, double r);

/* A uniform random number in [0, 1) from OpenSSL's generator. */
double tf_random_unit(void);

/* Whether a status is worth retrying for an idempotent request. */
int tf_status_retryable(long status);

/* --- url.c: URLs, origins, headers --------------------------------------- */

/* Checks a base URL: https, or http to a loopback host when allowed; no
 * user info, query or fragment. *out is the normalised URL without a
 * trailing slash (caller frees). */
int tf_url_check_base(const char *url, int allow_loopback_http, char **out, tf_error *err);

/* "scheme://host:port" of url with the default port made explicit, or
 * NULL when url does not parse. Caller frees. */
char *tf_url_origin(const char *url);

/* True when url's scheme may be used: https, or http to a loopback host
 * when allow_http. */
int tf_url_scheme_allowed(const char *url, int allow_http);

/* True when both URLs have the same origin. */
int tf_url_same_origin(const char *a, const char *b);

/* Builds base + "/" + the path segments (each percent-escaped, NULL-
 * terminated list) + "?" + the query pairs (name/value, NULL-terminated,
 * each escaped; may be NULL). Caller frees *out. */
int tf_url_build(const char *base, const char *const *segments, const char *const *query,
                 char **out, tf_error *err);

/* The query pairs as an application/x-www-form-urlencoded body. */
int tf_form_encode(const char *const *pairs, char **out, tf_error *err);

/* 0 when value may go into a header: no CR, LF or other control
 * characters (tab allowed). */
int tf_header_value_ok(const char *value);

/* Appends "name: value" to *list after checking value; TF_EINVAL for CR/LF. */
int tf_header_add(struct curl_slist **list, const char *name, const char *value, tf_error *err);

/* Bundle.link with relation "next" (borrowed), or NULL. */
const char *tf_bundle_next_link(const json_t *bundle);

/* --- redact.c: what may be logged ------------------------------------------ */

/* Writes one HTTP header line (request line included) to out as it may be
 * logged: Authorization/Proxy-Authorization values become
 * "<scheme> [REDACTED]", Cookie/Set-Cookie values "[REDACTED]", and a
 * request line's query becomes "?[sha256:<8 hex>]" (search values may be
 * PHI). */
int tf_redact_header_line(const char *line, size_t len, tf_buf *out);

/* The first 8 hex digits of SHA-256(s[0..len)). */
void tf_short_hash(const char *s, size_t len, char out[9]);

/* --- jwt.c: JSON Web Tokens ----------------------------------------------- */

/* base64url without padding of data. */
int tf_base64url(const unsigned char *data, size_t len, tf_buf *out);
/* Decodes base64url (no padding); caller frees *out. */
int tf_base64url_decode(const char *s, size_t len, unsigned char **out, size_t *out_len);

/* Signs header.payload (both JSON objects, borrowed) with key, giving the
 * compact JWS in *out (caller frees). ES384 signatures are the raw R||S
 * form JWS wants (RFC 7518 3.4), not DER. */
int tf_jwt_sign(const json_t *header, const json_t *payload, EVP_PKEY *key, tf_jwt_alg alg,
                char **out, tf_error *err);

/* The SMART Backend Services client assertion: header {alg, kid, typ:JWT},
 * claims iss = sub = client_id, aud = token_url, exp = now + lifetime_s
 * (<= 290), jti = 128 random bits as hex. */
int tf_jwt_client_assertion(EVP_PKEY *key, tf_jwt_alg alg, const char *kid, const char *client_id,
                            const char *token_url, time_t now, int lifetime_s, char **out,
                            tf_error *err);

/* Loads a PEM private key and checks it suits alg. */
int tf_jwt_load_key(const char *path, tf_jwt_alg alg, EVP_PKEY **out, tf_error *err);

/* --- http.c: the engine ------------------------------------------------------- */

typedef struct tf_http_req {
	/* what to send (set by the caller; strings owned by the request) */
	const char *method; /* static string */
	char *url;
	char *body; /* may be NULL */
	size_t body_len;
	const char *content_type;   /* static string or NULL */
	struct curl_slist *headers; /* extra headers, checked for CR/LF by tf_header_add */
	int idempotent;             /* may be retried after it was sent */
	int follow;                 /* follow redirects by hand (GET only) */
	int no_auth;                /* never send credentials */
	int accept_gzip;            /* Accept-Encoding: gzip */
	size_t max_bytes;           /* response cap; 0: the client's */
	/* streaming (bulk downloads): a 2xx body goes to on_body, not resp;
	 * on_restart runs before every attempt (the first included), so what
	 * an earlier, broken attempt delivered can be dropped */
	int (*on_body)(void *ud, const char *p, size_t n); /* < 0: abort */
	int (*on_restart)(void *ud);
	void *body_ud;
	/* what came back */
	long status;
	tf_buf resp;
	char *etag, *location, *content_location, *last_modified, *retry_after, *content_type_in;
	char *progress;   /* X-Progress, truncated and made printable */
	char *expires;    /* Expires */
	long wire_status; /* status line of the response being received */
	int body_rc;      /* on_body's failure, 0 if none */
	int retry_after_count;
	int rc; /* 0 or TF_E* once finished */
	tf_error err;
	int attempts; /* sent this many times */
	int redirects;
	/* engine state */
	CURL *easy;
	struct curl_slist *all_headers;
	double ready_at; /* monotonic seconds */
	int refreshed;   /* 401 refresh done */
	int sent_auth;   /* this attempt carried credentials */
	size_t received;
	int too_big;
	int finished;
	char errbuf[CURL_ERROR_SIZE];
} tf_http_req;

/* Allocates a request; url is copied. */
tf_http_req *tf_http_req_new(const char *method, const char *url);
/* Copies body. */
int tf_http_req_set_body(tf_http_req *r, const char *content_type, const char *body, size_t len);
/* Serialises a JSON resource as the body (application/fhir+json). */
int tf_http_req_set_json(tf_http_req *r, const json_t *body, tf_error *err);
void tf_http_req_free(tf_http_req *r);

/* Runs n requests, at most the client's max_in_flight at a time, each to
 * its end (retries, redirects and one 401 refresh included). Each request's
 * rc/err/status tell its result; returns 0 unless the engine itself failed. */
int tf_http_run(tf_client *c, tf_http_req **reqs, size_t n);

/* Runs one request; returns its rc (err filled from it). */
int tf_http_run1(tf_client *c, tf_http_req *r, tf_error *err);

/* Parses the response body as JSON (tf_json_load_record: duplicate keys
 * refused, decimals kept). TF_EPROTOCOL when it is not JSON. */
int tf_http_json(const tf_http_req *r, json_t **out, tf_error *err);

/* Maps a finished request with an unexpected status to a TF_E* code and a
 * message naming the status and the server's first diagnostics; *outcome
 * (may be NULL) gets the OperationOutcome when the body is one. */
int tf_http_status_error(const tf_http_req *r, json_t **outcome, tf_error *err);

/* Monotonic seconds. */
double tf_now(void);

/* --- client.c: shared by the other files ------------------------------------------ */

struct tf_auth {
	const tf_auth_ops *ops;
	void *ctx;
};

struct tf_client {
	tf_client_options o; /* with defaults filled in; strings below */
	char *base;          /* no trailing slash */
	char *base_origin;
	char **auth_origins; /* copies, NULL-terminated */
	char *ca_file, *client_cert, *client_key;
	tf_auth *auth;
	int in_auth; /* inside a provider call: no credentials, no recursion */
	CURLM *multi;
	CURLSH *share;
	size_t requests;
};

/* True when credentials may be sent to url. */
int tf_client_may_authorize(const tf_client *c, const char *url);

/* Logs a line when verbose >= level. */
void tf_client_log(const tf_client *c, int level, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

/* Sends a prepared transaction/batch POST (r, body set; the Prefer header
 * is added here) and checks the response against the n request entries
 * (methods[i], urls[i] as "Type/id"). As tf_client_bundle. */
int tf_bundle_exchange(tf_client *c, tf_http_req *r, int tx, size_t n, const char *const *methods,
                       const char *const *urls, tf_bundle_result *res, tf_error *err);

/* The second half of tf_bundle_exchange, for Bundles the caller ran
 * itself (several in flight with tf_http_run; "Prefer: return=minimal"
 * added by the caller): checks r's result against the request entries. */
int tf_bundle_check(tf_client *c, tf_http_req *r, int tx, size_t n, const char *const *methods,
                    const char *const *urls, tf_bundle_result *res, tf_error *err);

/* --- auth.c --------------------------------------------------------------------- */

/* Reads a secret from a file or an environment variable (exactly one
 * non-NULL), trimmed, refusing control characters. Caller frees (and
 * should wipe) *out. */
int tf_secret_read(const char *file, const char *env, char **out, tf_error *err);

#endif
