/*
 * trialfhir/client.h - a FHIR R4 REST client: push resources to a FHIR
 * server and pull them back, idempotently and resiliently.
 *
 * Transport is libcurl (easy handles driven by one multi handle, so
 * connections are reused and a bounded number of requests is in flight),
 * set up with the safe settings of RELIABILITY.md section 3: https only
 * (plain http only in an explicit loopback test mode), TLS >= 1.2 with
 * verification, timeouts and low-speed limits, response size caps counted
 * in the write callback, no netrc or cookies, redirects followed by hand
 * for GETs only and never with credentials to another origin.
 *
 * Retries: only idempotent requests (GET, PUT, DELETE, conditional create,
 * Bundles of idempotent entries) are retried on 429, 5xx, 408 and network
 * errors, with exponential backoff and full jitter (base 1 s, cap 60 s, at
 * most 5 retries) or the server's Retry-After (seconds or HTTP-date); a
 * Retry-After longer than max_wait fails at once with TF_EWAIT. A plain POST
 * create is sent once on a fresh connection: if that connection drops, the
 * outcome is unknown (TF_EUNKNOWN_OUTCOME), never guessed by a retry.
 *
 * Ownership: json_t values returned through **out are new references owned
 * by the caller; resources and strings passed in are borrowed or copied.
 */
#ifndef TRIALFHIR_CLIENT_H
#define TRIALFHIR_CLIENT_H

#include <jansson.h>
#include "common.h"
#include "sink.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Error codes of the client, beyond those of common.h. tf_client_strerror
 * names every code; each failure also fills tf_error with the HTTP status
 * and the server's diagnostics where there were any.
 */
enum {
	TF_ETRANSPORT = -20,     /* connection failed or dropped, retries exhausted */
	TF_ETIMEOUT = -21,       /* no answer in time (connect, total or low-speed limit) */
	TF_ETLS = -22,           /* TLS handshake failed (protocol, client certificate ...) */
	TF_ETLS_UNTRUSTED = -23, /* server certificate not trusted (self-signed, unknown CA) */
	TF_ETLS_EXPIRED = -24,   /* server certificate expired or not yet valid */
	TF_ETLS_HOSTNAME = -25,  /* server certificate does not name the host */
	TF_EHTTP = -26,          /* unexpected HTTP status (5xx after retries, 3xx not followed) */
	TF_EREJECTED = -27,      /* 4xx: the server refused the request (validation ...) */
	TF_ECONFLICT = -28,      /* 409/412 on a versioned update (If-Match) */
	TF_EAMBIGUOUS = -29,     /* 412 on a conditional update/create: several matches */
	TF_EUNKNOWN_OUTCOME = -30, /* a non-idempotent write whose connection dropped */
	TF_EAUTH = -31,            /* 401/403, or the token endpoint refused us */
	TF_EWAIT = -32,            /* the server asked us to wait longer than max_wait */
	TF_EPROTOCOL = -33,        /* malformed response (bad JSON, Bundle response mismatch) */
	TF_EREDIRECT = -34,        /* redirect refused (other scheme, loop, write request) */
	/* not written because the transaction it was in was refused as a
	 * whole for another entry's sake (server sink) */
	TF_EROLLEDBACK = -40
};

/* Static English name of any trialfhir return code, client codes included. */
TF_EXTERN const char *tf_client_strerror(int code);

/* --- authentication ---------------------------------------------------- */

/* An auth provider (see trialfhir/sys/auth.h to write one). A client takes
 * ownership of the provider it is given. */
typedef struct tf_auth tf_auth;

/* No credentials. */
TF_EXTERN int tf_auth_new_none(tf_auth **out, tf_error *err);

/* A bearer token read from token_file, or else from the environment
 * variable token_env (exactly one of them non-NULL). Surrounding whitespace
 * is trimmed; a token with control characters is refused. */
TF_EXTERN int tf_auth_new_bearer(tf_auth **out, const char *token_file, const char *token_env,
                                 tf_error *err);

/* HTTP basic credentials "user:password" read from cred_file or the
 * environment variable cred_env (exactly one non-NULL). */
TF_EXTERN int tf_auth_new_basic(tf_auth **out, const char *cred_file, const char *cred_env,
                                tf_error *err);

typedef enum tf_jwt_alg {
	TF_JWT_RS384 = 0, /* RSASSA-PKCS1-v1_5 with SHA-384 (RSA key >= 2048 bits) */
	TF_JWT_ES384      /* ECDSA P-384 with SHA-384 */
} tf_jwt_alg;

/* SMART Backend Services (client_credentials with a private_key_jwt
 * assertion). */
typedef struct tf_smart_options {
	unsigned int version;  /* TF_SMART_OPTIONS_VERSION */
	const char *client_id; /* iss and sub of the assertion */
	const char *key_file;  /* PEM private key (RSA for RS384, P-384 for ES384) */
	const char *kid;       /* key id, as registered with the server */
	tf_jwt_alg alg;        /* TF_JWT_RS384 or TF_JWT_ES384 */
	const char *scope;     /* NULL: "system/(star).read system/(star).write" */
	const char *token_url; /* NULL: discovered from .well-known/smart-configuration */
} tf_smart_options;

#define TF_SMART_OPTIONS_VERSION 1
#define TF_SMART_OPTIONS_INIT                                                                      \
	{                                                                                          \
		TF_SMART_OPTIONS_VERSION, NULL, NULL, NULL, TF_JWT_RS384, NULL, NULL               \
	}

/* The access token is fetched on first use, cached until 80% of its
 * expires_in has passed, and refreshed once when the server answers 401. */
TF_EXTERN int tf_auth_new_smart(tf_auth **out, const tf_smart_options *opts, tf_error *err);

/* "none", "bearer", ... (borrowed). */
TF_EXTERN const char *tf_auth_name(const tf_auth *auth);

TF_EXTERN void tf_auth_free(tf_auth *auth);

/* --- the client ------------------------------------------------------ */

typedef struct tf_client tf_client;

/* What the server sink reports for each resource it wrote or failed to
 * write: rc 0 (written) or a negative code; status is the HTTP status;
 * outcome the server's OperationOutcome (borrowed) or NULL. */
typedef void (*tf_write_report_fn)(void *ud, const char *type, const char *id, int rc, int status,
                                   const tf_error *err, const json_t *outcome);

/* Diagnostics sink for verbose output; lines are already redacted. */
typedef void (*tf_log_fn)(void *ud, const char *line);

typedef struct tf_client_options {
	unsigned int version;      /* TF_CLIENT_OPTIONS_VERSION */
	const char *base_url;      /* FHIR base, "https://host/fhir" (copied) */
	int allow_loopback_http;   /* allow http:// to 127.0.0.1/localhost/[::1]: tests only */
	const char *ca_file;       /* PEM CA bundle; NULL: the system store */
	const char *client_cert;   /* PEM client certificate for mutual TLS, or NULL */
	const char *client_key;    /* its PEM private key */
	long connect_timeout_ms;   /* 0: 10000 */
	long timeout_ms;           /* whole request; 0: 60000 */
	long low_speed_time_s;     /* abort below 1 byte/s for this long; 0: 30 */
	int max_retries;           /* -1: 5 */
	double backoff_base_s;     /* 0: 1.0 */
	double backoff_cap_s;      /* 0: 60.0 */
	double max_wait_s;         /* longest Retry-After honoured; 0: 300 */
	size_t max_response_bytes; /* 0: 256 MiB (decompressed, counted as received) */
	int max_in_flight;         /* parallel requests of the server sink; 0: 4 */
	size_t bundle_size; /* resources per Bundle for a bundle-format server sink; 0: 100 */
	int verbose;        /* 0 quiet, 1 one line per request, 2 + redacted HTTP headers */
	tf_log_fn log;      /* where verbose lines go; NULL: stderr */
	void *log_ud;
	tf_write_report_fn report; /* per-resource results of the server sink, or NULL */
	void *report_ud;
	const char *const *auth_origins; /* NULL-terminated extra origins that may receive
	                                    credentials ("https://host:port"); the base's
	                                    origin always may */
} tf_client_options;

#define TF_CLIENT_OPTIONS_VERSION 1
#define TF_CLIENT_OPTIONS_INIT                                                                     \
	{                                                                                          \
		TF_CLIENT_OPTIONS_VERSION, NULL, 0, NULL, NULL, NULL, 0, 0, 0, -1, 0, 0, 0, 0, 0,  \
		        0, 0, NULL, NULL, NULL, NULL, NULL                                         \
	}

/* Creates a client for opts->base_url. auth (may be NULL for none) is
 * stolen: the client frees it, also when this call fails. */
TF_EXTERN int tf_client_new(tf_client **out, const tf_client_options *opts, tf_auth *auth,
                            tf_error *err);

TF_EXTERN void tf_client_free(tf_client *c);

/* The base URL without a trailing slash (borrowed). */
TF_EXTERN const char *tf_client_base(const tf_client *c);

/* Requests sent so far, retries and redirects included. */
TF_EXTERN size_t tf_client_request_count(const tf_client *c);

/* The result of a write: what the server said. Clear with
 * tf_write_result_clear. */
typedef struct tf_write_result {
	int status;         /* HTTP status, 0 when none arrived */
	int created;        /* 201 Created */
	char id[65];        /* logical id of the written resource, when known */
	char version[65];   /* its versionId (from ETag or meta), when known */
	char location[512]; /* Location header */
	json_t *resource;   /* returned representation or NULL (owned) */
	json_t *outcome;    /* server's OperationOutcome or NULL (owned) */
} tf_write_result;

TF_EXTERN void tf_write_result_clear(tf_write_result *r);

/* GET [base]/metadata: the CapabilityStatement; fails with TF_EPROTOCOL
 * when the server's fhirVersion is not 4.0.x. */
TF_EXTERN int tf_client_capabilities(tf_client *c, json_t **out, tf_error *err);

/* GET [base]/type/id. TF_ENOTFOUND for 404/410. */
TF_EXTERN int tf_client_read(tf_client *c, const char *type, const char *id, json_t **out,
                             tf_error *err);

/* GET [base]/type/id/_history/vid. */
TF_EXTERN int tf_client_vread(tf_client *c, const char *type, const char *id, const char *vid,
                              json_t **out, tf_error *err);

/* POST [base]/type. With if_none_exist (search criteria as name/value
 * pairs in a NULL-terminated array, {"identifier", "https://x|123", NULL},
 * values FHIR-escaped by the caller, e.g. with tf_search_token) the create
 * is conditional and idempotent, so it is retried; without it, it is sent
 * once and a dropped connection gives TF_EUNKNOWN_OUTCOME. 412 (several
 * matches) gives TF_EAMBIGUOUS. r may be NULL. */
TF_EXTERN int tf_client_create(tf_client *c, const json_t *resource,
                               const char *const *if_none_exist, tf_write_result *r, tf_error *err);

/* PUT [base]/type/id (the resource's own id). With if_match (a version id
 * or an ETag), a mismatch gives TF_ECONFLICT. */
TF_EXTERN int tf_client_update(tf_client *c, const json_t *resource, const char *if_match,
                               tf_write_result *r, tf_error *err);

/* PUT [base]/type?criteria (name/value pairs as for tf_client_create):
 * conditional update; several matches (412) give TF_EAMBIGUOUS and nothing
 * is written. */
TF_EXTERN int tf_client_update_conditional(tf_client *c, const json_t *resource,
                                           const char *const *criteria, tf_write_result *r,
                                           tf_error *err);

/* Changes a resource read from the server (new reference owned by the
 * caller of tf_client_update_with: modify it in place). Return 0 to write
 * it back, 1 when no write is needed, or a negative code to stop. */
typedef int (*tf_modify_fn)(void *ud, json_t *resource, tf_error *err);

/* Read-modify-write without lost updates (RELIABILITY.md scenario 8):
 * reads [base]/type/id with its version (ETag or meta.versionId), lets fn
 * change it, and PUTs it back with If-Match on that version. When another
 * writer got there first (409 or 412) the resource is read again and fn
 * applied again to the new version, at most max_retries times (< 0: 3);
 * after that TF_ECONFLICT. If-Match is never dropped to force a write: a
 * server that gives no version fails with TF_EPROTOCOL. TF_ENOTFOUND when
 * there is nothing to modify. r (may be NULL) gets the last write. */
TF_EXTERN int tf_client_update_with(tf_client *c, const char *type, const char *id, tf_modify_fn fn,
                                    void *ud, int max_retries, tf_write_result *r, tf_error *err);

/* DELETE [base]/type/id. Deleting what is not there is not an error. */
TF_EXTERN int tf_client_delete(tf_client *c, const char *type, const char *id, tf_error *err);

/* --- search ---------------------------------------------------------- */

typedef struct tf_search_options {
	unsigned int version; /* TF_SEARCH_OPTIONS_VERSION */
	int use_post;         /* POST [base]/type/_search with a form body */
	int count;            /* _count per page; 0: the server's default */
	size_t max_resources; /* stop after this many (result marked incomplete); 0: no cap */
	size_t max_pages;     /* 0: 10000 */
} tf_search_options;

#define TF_SEARCH_OPTIONS_VERSION 1
#define TF_SEARCH_OPTIONS_INIT                                                                     \
	{                                                                                          \
		TF_SEARCH_OPTIONS_VERSION, 0, 0, 0, 0                                              \
	}

typedef struct tf_search_result {
	size_t resources;  /* distinct resources delivered */
	size_t pages;      /* pages fetched */
	size_t duplicates; /* entries seen twice across pages and skipped */
	int incomplete;    /* not every page could be fetched: see reason */
	char reason[256];  /* why incomplete */
} tf_search_result;

/* Called for each matching resource (borrowed, only for the call); a
 * negative return stops the search with that code. */
typedef int (*tf_resource_fn)(void *ud, const json_t *resource, tf_error *err);

/* Searches type with params, name/value pairs in a NULL-terminated array
 * ({"patient", "p1", "_sort", "date", NULL}). Values are sent as given:
 * escape literal ',', '|', '$' and '\' with tf_search_escape first. Pages
 * are followed only by Bundle.link[next]; a next link on another origin
 * is not followed with credentials: the search stops there, marked
 * incomplete. Entries with search.mode other than "match" (includes,
 * outcomes) are skipped; each Type/id is delivered once. res may be NULL. */
TF_EXTERN int tf_client_search(tf_client *c, const char *type, const char *const *params,
                               const tf_search_options *opts, tf_resource_fn fn, void *ud,
                               tf_search_result *res, tf_error *err);

/* A search-like operation on one instance, GET [base]/type/id/op?params
 * (op such as "$everything"), its searchset pages followed as for
 * tf_client_search; every entry but search.mode "outcome" is delivered
 * (an operation's includes are part of its result). params as for
 * tf_client_search; opts->use_post is refused. */
TF_EXTERN int tf_client_operation_search(tf_client *c, const char *type, const char *id,
                                         const char *op, const char *const *params,
                                         const tf_search_options *opts, tf_resource_fn fn, void *ud,
                                         tf_search_result *res, tf_error *err);

/* FHIR search escaping of one literal value: '\' ',' '|' '$' get a '\'.
 * *out is newly allocated (caller frees). */
TF_EXTERN int tf_search_escape(const char *value, char **out);

/* "system|code" with both parts escaped; system may be NULL ("code"). */
TF_EXTERN int tf_search_token(const char *system, const char *code, char **out);

/* --- transaction and batch ------------------------------------------- */

typedef struct tf_entry_result {
	int status;         /* the entry's HTTP status (0 when not committed) */
	char location[256]; /* response.location */
	json_t *outcome;    /* the entry's OperationOutcome or NULL (owned) */
} tf_entry_result;

typedef struct tf_bundle_result {
	size_t n;                 /* entries */
	tf_entry_result *entries; /* n results, in request order (owned) */
	size_t committed;         /* entries with a 2xx status */
	size_t failed;            /* the others */
	json_t *outcome;          /* whole-Bundle OperationOutcome (transaction refused) */
} tf_bundle_result;

TF_EXTERN void tf_bundle_result_clear(tf_bundle_result *r);

/* POSTs a transaction or batch Bundle to the base and checks the response:
 * its type, entry count, and order (each response.location must name the
 * request's Type/id). A transaction the server refused returns
 * TF_EREJECTED with r->outcome, all entries uncommitted. A batch returns 0
 * when the response is well formed; per-entry failures are in r. A response
 * that does not match gives TF_EPROTOCOL. A Bundle of only PUT/DELETE/GET
 * entries and conditional creates is retried; others are sent once. */
TF_EXTERN int tf_client_bundle(tf_client *c, const json_t *bundle, tf_bundle_result *r,
                               tf_error *err);

/* --- Bulk Data $export ---------------------------------------------- */

typedef struct tf_export_options {
	unsigned int version;    /* TF_EXPORT_OPTIONS_VERSION */
	const char *level;       /* "system" (default), "patient" or "group" */
	const char *group_id;    /* for level "group" */
	const char *types;       /* _type value or NULL */
	const char *since;       /* _since value or NULL */
	double max_total_wait_s; /* give up polling after this; 0: 3600 */
	/* version 2 */
	size_t max_file_bytes; /* per file, decompressed; 0: TF_EXPORT_MAX_FILE_BYTES */
	size_t max_line_bytes; /* longer NDJSON lines are rejected; 0: TF_EXPORT_MAX_LINE_BYTES */
	const char *download_dir; /* files are downloaded here; NULL: a private directory in
	                             $TMPDIR (or /tmp), removed afterwards */
	int keep_files;           /* keep each complete file, byte for byte as served, as
	                             download_dir/<n>-<Type>.ndjson (errors: error-<n>.ndjson) */
	/* Each line not delivered (too long, not JSON, resourceType not the
	 * file's): resource NULL, rec_err with source "<Type> file <n>", record
	 * and line the line number, code and message why; also each file whose
	 * manifest count is not its line count (record and line 0). May be
	 * NULL. */
	int (*on_reject)(void *ud, const json_t *resource, const tf_error *rec_err);
} tf_export_options;

#define TF_EXPORT_OPTIONS_VERSION 2
#define TF_EXPORT_OPTIONS_INIT                                                                     \
	{                                                                                          \
		TF_EXPORT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, 0, 0, 0, NULL, 0, NULL          \
	}

/* Default caps of a download: 2 GiB per file after decompression (a
 * decompression bomb is cut off there, RELIABILITY.md scenario 14), 4 MiB
 * per NDJSON line. */
#define TF_EXPORT_MAX_FILE_BYTES ((size_t)2 << 30)
#define TF_EXPORT_MAX_LINE_BYTES ((size_t)4 << 20)

typedef struct tf_export_result {
	size_t files;       /* output files fetched */
	size_t resources;   /* resources delivered */
	size_t error_files; /* error files fetched */
	size_t errors;      /* OperationOutcomes in them (given to on_error) */
	size_t polls;       /* status requests sent */
	int partial;        /* some files or lines could not be delivered */
	/* filled only for callers of options version >= 2 */
	size_t rejected_lines;     /* lines given to on_reject instead of fn */
	size_t type_mismatches;    /* of them, lines whose resourceType is not the file's */
	size_t count_mismatches;   /* files whose manifest count is not their line count */
	size_t failed_files;       /* files (output or error) not fetched in full */
	size_t refetches;          /* downloads restarted after a broken transfer */
	size_t manifest_refetches; /* manifests fetched again because their links expired */
	char reason[256];          /* the first reason the result is partial */
} tf_export_result;

/* Kicks off $export (Prefer: respond-async), polls the status URL honouring
 * Retry-After, then downloads every output file as NDJSON and calls fn for
 * each resource and on_error (may be NULL) for each OperationOutcome of the
 * error files. Credentials go to file URLs only when the manifest says
 * requiresAccessToken and the file's origin may receive them.
 *
 * Files are streamed to disk (gzip accepted, the decompressed size capped
 * by max_file_bytes: TF_ELIMIT for that file, its partial download
 * removed), a broken transfer is fetched again from the start, and only a
 * complete file is read, line by line with max_line_bytes of memory, so a
 * huge line or file never sits in memory. When the manifest's Expires has
 * passed, or a file link answers 403/404/410, the manifest is fetched
 * again, once. A file or line that could not be delivered, a manifest
 * count that is not the file's line count, or any error-file entry makes
 * the result partial (res->reason says why); the call still returns 0. */
TF_EXTERN int tf_client_export(tf_client *c, const tf_export_options *opts, tf_resource_fn fn,
                               tf_resource_fn on_error, void *ud, tf_export_result *res,
                               tf_error *err);

/* --- reading resources from files ------------------------------------ */

/* Called with each resource read (borrowed) and rec_err giving its place
 * (source, record index, line; code 0), or, for a record that could not be
 * read, resource NULL and rec_err saying what went wrong. A negative
 * return stops reading. */
typedef int (*tf_read_fn)(void *ud, const json_t *resource, const tf_error *rec_err);

/* Reads FHIR JSON from path ("-" = stdin): a resource, a JSON array, NDJSON
 * or concatenated documents; a Bundle stands for its entries' resources.
 * Numbers keep their written form (see json.h). Records larger than
 * max_record bytes (0: 64 MiB) are reported, not read. */
TF_EXTERN int tf_resources_read_file(const char *path, size_t max_record, tf_read_fn fn, void *ud,
                                     tf_error *err);

/* --- the server sink ------------------------------------------------- */

/* A sink writing to the FHIR server of c (borrowed: it must outlive the
 * sink). opts->format TF_OUTPUT_BUNDLE sends Bundles of the client's
 * bundle_size entries of type opts->bundle_type (transaction or batch, PUT
 * by id); any other format sends one PUT per resource, max_in_flight at a
 * time. Every resource's outcome goes to the client's report callback; a
 * resource the server refuses (4xx with an OperationOutcome) does not stop
 * the sink. Writes and close fail only when the server cannot be used at
 * all (transport, TLS, auth). */
TF_EXTERN int tf_sink_open_server(tf_sink **out, tf_client *c, const tf_sink_options *opts,
                                  tf_error *err);

/* How the server sink addresses resources (tf_sink_open_server_ex). */
typedef struct tf_server_sink_options {
	unsigned int version; /* TF_SERVER_SINK_OPTIONS_VERSION */
	/* 0: PUT [base]/Type/id (the resource's own id). 1: conditional
	 * update by the resource's first identifier, PUT
	 * [base]/Type?identifier=system|value with the id left out (the server
	 * finds or creates it; several matches give TF_EAMBIGUOUS, reported
	 * for that resource, never retried and never turned into a create).
	 * The report callback then gets "?identifier=system|value" as the id. */
	int match_identifier;
} tf_server_sink_options;

#define TF_SERVER_SINK_OPTIONS_VERSION 1
#define TF_SERVER_SINK_OPTIONS_INIT                                                                \
	{                                                                                          \
		TF_SERVER_SINK_OPTIONS_VERSION, 0                                                  \
	}

/* As tf_sink_open_server, with sopts (NULL: by id). In either mode the
 * sink never has two requests for one resource (same id, or same
 * identifier) in flight at once: writes to one key go in the order given,
 * one after the other, so concurrent requests never race a conditional
 * create on the server (RELIABILITY.md scenario 9). Bundles go up to the
 * client's max_in_flight at a time. */
TF_EXTERN int tf_sink_open_server_ex(tf_sink **out, tf_client *c, const tf_sink_options *opts,
                                     const tf_server_sink_options *sopts, tf_error *err);

/* --- the push job journal ------------------------------------------- */

/* A job journal (docs/push-journal.md has the format): an append-only
 * NDJSON file recording, for each resource key ("Type/id" or
 * "Type?identifier=..."), the SHA-256 of the content sent and the terminal
 * state the server gave it (committed, or failed with the reject record).
 * Lines are written with one write(2) per sync and fsync'd before
 * tf_journal_sync returns, so a killed run loses at most the outcomes of
 * requests in flight, and those are idempotent to send again. A torn last
 * line is ignored when loading. */
typedef struct tf_journal tf_journal;

enum { TF_JOURNAL_NEW = 0, TF_JOURNAL_COMMITTED = 1, TF_JOURNAL_FAILED = 2 };

/* Opens (creating it when missing) and loads the journal at path. */
TF_EXTERN int tf_journal_open(tf_journal **out, const char *path, tf_error *err);

/* What the journal says about key with content hash: TF_JOURNAL_NEW (not
 * seen, or seen with other content), TF_JOURNAL_COMMITTED or
 * TF_JOURNAL_FAILED (*detail, may be NULL, gets the stored record,
 * borrowed until the next call). */
TF_EXTERN int tf_journal_lookup(tf_journal *j, const char *key, const char *hash,
                                const json_t **detail);

/* Records a terminal state (TF_JOURNAL_COMMITTED or TF_JOURNAL_FAILED) with
 * an optional detail object (copied); buffered until tf_journal_sync. */
TF_EXTERN int tf_journal_record(tf_journal *j, const char *key, const char *hash, int state,
                                const json_t *detail, tf_error *err);

/* Appends what was recorded and fsyncs the file. */
TF_EXTERN int tf_journal_sync(tf_journal *j, tf_error *err);

/* Entries loaded and recorded, by state (NULL pointers allowed). */
TF_EXTERN void tf_journal_counts(const tf_journal *j, size_t *committed, size_t *failed);

/* Syncs and closes. */
TF_EXTERN int tf_journal_close(tf_journal *j, tf_error *err);

/* Hex SHA-256 of a resource's compact serialisation (decimals as written;
 * meta left out, so server-set versions do not count as changes). */
TF_EXTERN int tf_resource_hash(const json_t *resource, char out[65], tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
