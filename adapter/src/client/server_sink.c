/*
 * server_sink.c - the FHIR server sink: resources written to a sink go to
 * a FHIR server, each by PUT to its logical id (so a re-run updates and
 * never duplicates), either one request per resource with a bounded number
 * in flight, or in transaction/batch Bundles of PUT entries.
 *
 * A resource the server refuses is reported through the client's report
 * callback with the server's OperationOutcome, and the sink goes on: one
 * poison record never blocks the rest (RELIABILITY.md scenario 25). Only
 * a server that cannot be used at all (TLS, auth, nothing answering) makes
 * write or close fail.
 */
#include <stdlib.h>
#include <string.h>
#include "client_int.h"
#include "trialfhir/json.h"
#include "trialfhir/sys/sink.h"

typedef struct {
	char type[65];
	char id[65];
	char *body; /* compact JSON of the resource */
	size_t len;
} pending;

typedef struct {
	tf_client *c;
	int bundles; /* Bundles rather than single PUTs */
	int tx;      /* transaction rather than batch */
	size_t flush_at;
	pending *items;
	size_t n, cap;
	size_t ok, failed;
} server_ctx;

static void report(server_ctx *s, const pending *p, int rc, int status, const tf_error *err,
                   const json_t *oo)
{
	if (rc == 0)
		s->ok++;
	else
		s->failed++;
	if (s->c->o.report)
		s->c->o.report(s->c->o.report_ud, p->type, p->id, rc, status, err, oo);
}

static void clear_items(server_ctx *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->items[i].body);
	s->n = 0;
}

/* The server cannot be used at all: TLS, credentials, our own settings. */
static int fatal_code(int rc)
{
	return rc == TF_ETLS || rc == TF_ETLS_UNTRUSTED || rc == TF_ETLS_EXPIRED ||
	       rc == TF_ETLS_HOSTNAME || rc == TF_EAUTH || rc == TF_EINVAL || rc == TF_ENOMEM;
}

static int flush_puts(server_ctx *s, tf_error *err)
{
	tf_http_req **reqs = calloc(s->n, sizeof(*reqs));
	if (!reqs)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = 0;
	for (size_t i = 0; i < s->n && rc == 0; i++) {
		const char *seg[] = {s->items[i].type, s->items[i].id, NULL};
		char *url;
		rc = tf_url_build(s->c->base, seg, NULL, &url, err);
		if (rc < 0)
			break;
		reqs[i] = tf_http_req_new("PUT", url);
		free(url);
		if (!reqs[i] ||
		    tf_http_req_set_body(reqs[i], "application/fhir+json", s->items[i].body,
		                         s->items[i].len) < 0 ||
		    tf_header_add(&reqs[i]->headers, "Prefer", "return=minimal", err) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (rc == 0 && tf_http_run(s->c, reqs, s->n) < 0)
		rc = tf_error_set(err, TF_ERROR, "HTTP engine failed");
	size_t transport = 0;
	for (size_t i = 0; i < s->n && rc == 0; i++) {
		tf_http_req *r = reqs[i];
		if (r->rc < 0) {
			if (fatal_code(r->rc)) {
				rc = r->rc;
				if (err)
					*err = r->err;
				break;
			}
			transport++;
			report(s, &s->items[i], r->rc, 0, &r->err, NULL);
		} else if (r->status >= 200 && r->status < 300) {
			report(s, &s->items[i], 0, (int)r->status, NULL, NULL);
		} else {
			tf_error e;
			tf_error_clear(&e);
			json_t *oo = NULL;
			int code = tf_http_status_error(r, &oo, &e);
			if (code == TF_EAUTH) {
				json_decref(oo);
				rc = code;
				if (err)
					*err = e;
				break;
			}
			report(s, &s->items[i], code, (int)r->status, &e, oo);
			json_decref(oo);
		}
	}
	if (rc == 0 && s->n && transport == s->n) {
		/* Nothing got through: the server is gone, do not grind on. */
		rc = tf_error_set(err, reqs[0]->rc, "server unreachable: %s", reqs[0]->err.message);
	}
	for (size_t i = 0; i < s->n; i++)
		tf_http_req_free(reqs[i]);
	free(reqs);
	clear_items(s);
	return rc;
}

static int flush_bundle(server_ctx *s, tf_error *err)
{
	tf_buf b = TF_BUF_INIT;
	const char **methods = calloc(s->n + 1, sizeof(char *));
	char **urls = calloc(s->n + 1, sizeof(char *));
	int rc = methods && urls ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
	/* The Bundle is assembled as text around each resource's own
	 * serialisation, so decimals keep their written form. */
	tf_buf_printf(&b, "{\"resourceType\":\"Bundle\",\"type\":\"%s\",\"entry\":[",
	              s->tx ? "transaction" : "batch");
	for (size_t i = 0; rc == 0 && i < s->n; i++) {
		pending *p = &s->items[i];
		tf_buf u = TF_BUF_INIT;
		tf_buf_printf(&u, "%s/%s", p->type, p->id);
		urls[i] = tf_buf_detach(&u);
		methods[i] = "PUT";
		if (!urls[i]) {
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
			break;
		}
		tf_buf_printf(&b, "%s{\"fullUrl\":\"%s/%s\",\"resource\":", i ? "," : "",
		              s->c->base, urls[i]);
		tf_buf_put(&b, p->body, p->len);
		tf_buf_printf(&b, ",\"request\":{\"method\":\"PUT\",\"url\":\"%s\"}}", urls[i]);
	}
	tf_buf_puts(&b, "]}");
	tf_http_req *r = NULL;
	if (rc == 0 && (b.oom || !(r = tf_http_req_new("POST", s->c->base)) ||
	                tf_http_req_set_body(r, "application/fhir+json", b.ptr, b.len) < 0))
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	tf_buf_free(&b);
	if (rc == 0) {
		r->idempotent = 1; /* PUT by id only */
		tf_bundle_result res;
		memset(&res, 0, sizeof(res));
		tf_error e;
		tf_error_clear(&e);
		int brc = tf_bundle_exchange(s->c, r, s->tx, s->n, methods,
		                             (const char *const *)urls, &res, &e);
		if (fatal_code(brc)) {
			rc = brc;
			if (err)
				*err = e;
		} else {
			for (size_t i = 0; i < s->n; i++) {
				if (brc < 0) {
					report(s, &s->items[i], brc, (int)r->status, &e,
					       res.outcome);
					continue;
				}
				tf_entry_result *er = &res.entries[i];
				if (er->status >= 200 && er->status < 300) {
					report(s, &s->items[i], 0, er->status, NULL, NULL);
				} else {
					tf_error ee;
					tf_error_clear(&ee);
					const char *diag = json_string_value(json_object_get(
					        json_object_get(
					                json_array_get(json_object_get(er->outcome,
					                                               "issue"),
					                               0),
					                "details"),
					        "text"));
					tf_error_set(&ee,
					             er->status == 409 || er->status == 412
					                     ? TF_ECONFLICT
					                     : TF_EREJECTED,
					             "%s entry %zu: HTTP %d%s%s%s",
					             s->tx ? "transaction" : "batch", i, er->status,
					             diag ? " (" : "", diag ? diag : "",
					             diag ? ")" : "");
					report(s, &s->items[i], ee.code, er->status, &ee,
					       er->outcome);
				}
			}
		}
		tf_bundle_result_clear(&res);
	}
	tf_http_req_free(r);
	for (size_t i = 0; urls && i < s->n; i++)
		free(urls[i]);
	free(urls);
	free(methods);
	clear_items(s);
	return rc;
}

static int flush(server_ctx *s, tf_error *err)
{
	if (!s->n)
		return 0;
	return s->bundles ? flush_bundle(s, err) : flush_puts(s, err);
}

static int server_write(void *ctx, const json_t *resource, tf_error *err)
{
	server_ctx *s = ctx;
	if (s->n == s->cap) {
		size_t nc = s->cap ? s->cap * 2 : 16;
		pending *ni = realloc(s->items, nc * sizeof(*ni));
		if (!ni)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		s->items = ni;
		s->cap = nc;
	}
	pending *p = &s->items[s->n];
	memset(p, 0, sizeof(*p));
	/* tf_sink_write checked both against the id grammar already. */
	snprintf(p->type, sizeof(p->type), "%s",
	         json_string_value(json_object_get(resource, "resourceType")));
	snprintf(p->id, sizeof(p->id), "%s", json_string_value(json_object_get(resource, "id")));
	int rc = tf_json_dump(resource, TF_JSON_COMPACT, &p->body, &p->len, err);
	if (rc < 0)
		return rc;
	s->n++;
	return s->n >= s->flush_at ? flush(s, err) : 0;
}

static int server_close(void *ctx, tf_error *err)
{
	return flush(ctx, err);
}

static void server_free(void *ctx)
{
	server_ctx *s = ctx;
	if (!s)
		return;
	clear_items(s);
	free(s->items);
	free(s);
}

static const tf_sink_ops server_ops = {TF_SINK_OPS_VERSION, "server", server_write, server_close,
                                       server_free};

int tf_sink_open_server(tf_sink **out, tf_client *c, const tf_sink_options *opts, tf_error *err)
{
	tf_sink_options defaults = TF_SINK_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!c || opts->version != TF_SINK_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL,
		                    "server sink needs a client and version-%d options",
		                    TF_SINK_OPTIONS_VERSION);
	if (opts->format == TF_OUTPUT_BUNDLE && opts->bundle_type == TF_BUNDLE_COLLECTION)
		return tf_error_set(err, TF_EINVAL,
		                    "a server takes transaction or batch Bundles, "
		                    "not collections");
	server_ctx *s = calloc(1, sizeof(*s));
	if (!s)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	s->c = c;
	s->bundles = opts->format == TF_OUTPUT_BUNDLE;
	s->tx = opts->bundle_type == TF_BUNDLE_TRANSACTION;
	/* Single PUTs: enough queued to keep every slot busy across a flush. */
	s->flush_at = s->bundles ? c->o.bundle_size : (size_t)c->o.max_in_flight * 8;
	return tf_sink_open_custom(out, &server_ops, s, err);
}
