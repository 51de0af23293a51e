/*
 * server_sink.c - the FHIR server sink: resources written to a sink go to
 * a FHIR server, each by PUT to its logical id (so a re-run updates and
 * never duplicates) or, on request, by conditional update on its first
 * identifier; either one request per resource or in transaction/batch
 * Bundles, with up to the client's max_in_flight requests at a time.
 *
 * Writes to one resource are serialised: the queued resources are cut
 * into rounds in which each key (id, or identifier in conditional mode)
 * appears at most once, and a round is finished before the next starts.
 * So the server never sees two requests for one identifier at the same
 * time, and never has to resolve a conditional-create race (RELIABILITY.md
 * scenario 9: HAPI #3141, Microsoft FHIR server #1382 create duplicates
 * there).
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
	char *key;   /* what writes are serialised on: id, or the identifier token */
	char *query; /* conditional mode: "identifier=..." form-encoded */
	char *body;  /* compact JSON of the resource */
	size_t len;
	size_t round;
} pending;

typedef struct {
	tf_client *c;
	int bundles; /* Bundles rather than single PUTs */
	int tx;      /* transaction rather than batch */
	int match;   /* conditional update by identifier */
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
	for (size_t i = 0; i < s->n; i++) {
		free(s->items[i].body);
		free(s->items[i].key);
		free(s->items[i].query);
	}
	s->n = 0;
}

/* The server cannot be used at all: TLS, credentials, our own settings. */
static int fatal_code(int rc)
{
	return rc == TF_ETLS || rc == TF_ETLS_UNTRUSTED || rc == TF_ETLS_EXPIRED ||
	       rc == TF_ETLS_HOSTNAME || rc == TF_EAUTH || rc == TF_EINVAL || rc == TF_ENOMEM;
}

/* Gives each queued item its round: one more than the last round of an
 * earlier item with the same type and key. Returns the number of rounds. */
static size_t assign_rounds(server_ctx *s, tf_error *err)
{
	json_t *last = json_object();
	if (!last) {
		tf_error_set(err, TF_ENOMEM, "out of memory");
		return 0;
	}
	size_t rounds = 0;
	for (size_t i = 0; i < s->n; i++) {
		tf_buf k = TF_BUF_INIT;
		tf_buf_printf(&k, "%s\n%s", s->items[i].type, s->items[i].key);
		if (k.oom) {
			json_decref(last);
			tf_error_set(err, TF_ENOMEM, "out of memory");
			return 0;
		}
		size_t r = (size_t)json_integer_value(json_object_get(last, k.ptr)) + 1;
		json_object_set_new(last, k.ptr, json_integer((json_int_t)r));
		tf_buf_free(&k);
		s->items[i].round = r;
		if (r > rounds)
			rounds = r;
	}
	json_decref(last);
	return rounds;
}

/* The request URL of an item, relative ("Type/id", "Type?identifier=...")
 * for Bundle entries, absolute otherwise. */
static int item_url(server_ctx *s, const pending *p, int absolute, char **out, tf_error *err)
{
	if (absolute && !p->query) {
		const char *seg[] = {p->type, p->id, NULL};
		return tf_url_build(s->c->base, seg, NULL, out, err);
	}
	tf_buf u = TF_BUF_INIT;
	if (absolute)
		tf_buf_printf(&u, "%s/", s->c->base);
	if (p->query)
		tf_buf_printf(&u, "%s?%s", p->type, p->query);
	else
		tf_buf_printf(&u, "%s/%s", p->type, p->id);
	*out = tf_buf_detach(&u);
	return *out ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
}

/* Maps a non-2xx answer for one resource to its code: in conditional mode
 * 412 (and Medplum's 409) mean several matches. */
static int answer_code(server_ctx *s, int status, int code)
{
	if (s->match && (status == 412 || status == 409))
		return TF_EAMBIGUOUS;
	return code;
}

static int run_puts(server_ctx *s, pending **items, size_t n, tf_error *err)
{
	tf_http_req **reqs = calloc(n, sizeof(*reqs));
	if (!reqs)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *url;
		rc = item_url(s, items[i], 1, &url, err);
		if (rc < 0)
			break;
		reqs[i] = tf_http_req_new("PUT", url);
		free(url);
		if (!reqs[i] ||
		    tf_http_req_set_body(reqs[i], "application/fhir+json", items[i]->body,
		                         items[i]->len) < 0 ||
		    tf_header_add(&reqs[i]->headers, "Prefer", "return=minimal", err) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		else
			reqs[i]->idempotent = 1; /* PUT, by id or conditional */
	}
	if (rc == 0 && tf_http_run(s->c, reqs, n) < 0)
		rc = tf_error_set(err, TF_ERROR, "HTTP engine failed");
	size_t transport = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		tf_http_req *r = reqs[i];
		if (r->rc < 0) {
			if (fatal_code(r->rc)) {
				rc = r->rc;
				if (err)
					*err = r->err;
				break;
			}
			transport++;
			report(s, items[i], r->rc, 0, &r->err, NULL);
		} else if (r->status >= 200 && r->status < 300) {
			report(s, items[i], 0, (int)r->status, NULL, NULL);
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
			code = answer_code(s, (int)r->status, code);
			if (code == TF_EAMBIGUOUS) {
				e.code = code;
				tf_error_prefix(&e,
				                "ambiguous match: several %s resources have "
				                "this identifier; nothing written: ",
				                items[i]->type);
			}
			report(s, items[i], code, (int)r->status, &e, oo);
			json_decref(oo);
		}
	}
	if (rc == 0 && n && transport == n) {
		/* Nothing got through: the server is gone, do not grind on. */
		rc = tf_error_set(err, reqs[0]->rc, "server unreachable: %s", reqs[0]->err.message);
	}
	for (size_t i = 0; i < n; i++)
		tf_http_req_free(reqs[i]);
	free(reqs);
	return rc;
}

/* One Bundle of items, built and ready to send. */
typedef struct {
	pending **items;
	size_t n;
	const char **methods;
	char **urls;
	tf_http_req *r;
} bundle_req;

static void bundle_req_free(bundle_req *b)
{
	for (size_t i = 0; b->urls && i < b->n; i++)
		free(b->urls[i]);
	free(b->urls);
	free(b->methods);
	tf_http_req_free(b->r);
}

static int bundle_build(server_ctx *s, bundle_req *br, tf_error *err)
{
	br->methods = calloc(br->n + 1, sizeof(char *));
	br->urls = calloc(br->n + 1, sizeof(char *));
	if (!br->methods || !br->urls)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	tf_buf b = TF_BUF_INIT;
	/* The Bundle is assembled as text around each resource's own
	 * serialisation, so decimals keep their written form. */
	tf_buf_printf(&b, "{\"resourceType\":\"Bundle\",\"type\":\"%s\",\"entry\":[",
	              s->tx ? "transaction" : "batch");
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < br->n; i++) {
		pending *p = br->items[i];
		br->methods[i] = "PUT";
		rc = item_url(s, p, 0, &br->urls[i], err);
		if (rc < 0)
			break;
		json_t *js = json_string(br->urls[i]);
		char *url_json = js ? json_dumps(js, JSON_ENCODE_ANY) : NULL;
		json_decref(js);
		tf_buf_puts(&b, i ? "," : "");
		if (!p->query)
			tf_buf_printf(&b, "{\"fullUrl\":\"%s/%s\",", s->c->base, br->urls[i]);
		else
			tf_buf_puts(&b, "{");
		tf_buf_puts(&b, "\"resource\":");
		tf_buf_put(&b, p->body, p->len);
		tf_buf_printf(&b, ",\"request\":{\"method\":\"PUT\",\"url\":%s}}",
		              url_json ? url_json : "\"\"");
		if (!url_json)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		free(url_json);
	}
	tf_buf_puts(&b, "]}");
	if (rc == 0 && (b.oom || !(br->r = tf_http_req_new("POST", s->c->base)) ||
	                tf_http_req_set_body(br->r, "application/fhir+json", b.ptr, b.len) < 0 ||
	                tf_header_add(&br->r->headers, "Prefer", "return=minimal", err) < 0))
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	if (rc == 0)
		br->r->idempotent = 1; /* PUT entries only */
	tf_buf_free(&b);
	return rc;
}

/* The entry a refused transaction's OperationOutcome blames
 * (issue.expression or issue.location "Bundle.entry[N]..."), or -1. */
static long blamed_entry(const json_t *oo)
{
	size_t i, j;
	json_t *issue, *ex;
	json_array_foreach(json_object_get(oo, "issue"), i, issue)
	{
		for (int k = 0; k < 2; k++) {
			json_array_foreach(json_object_get(issue, k ? "location" : "expression"), j,
			                   ex)
			{
				const char *p = json_string_value(ex);
				if (p && strncmp(p, "Bundle.entry[", 13) == 0) {
					char *end;
					long n = strtol(p + 13, &end, 10);
					if (end > p + 13 && *end == ']' && n >= 0)
						return n;
				}
			}
		}
	}
	return -1;
}

/* Reports every entry of one answered Bundle; returns < 0 only when the
 * server cannot be used at all. */
static int bundle_report(server_ctx *s, bundle_req *br, tf_error *err)
{
	tf_bundle_result res;
	memset(&res, 0, sizeof(res));
	tf_error e;
	tf_error_clear(&e);
	int brc = tf_bundle_check(s->c, br->r, s->tx, br->n, br->methods,
	                          (const char *const *)br->urls, &res, &e);
	int rc = 0;
	if (fatal_code(brc)) {
		rc = brc;
		if (err)
			*err = e;
	} else {
		/* A transaction refused as a whole: the entry the server blames
		 * is rejected; the others were only rolled back with it (they go
		 * through once it is fixed, so they are no final refusal). */
		long blamed = brc == TF_EREJECTED && s->tx ? blamed_entry(res.outcome) : -2;
		for (size_t i = 0; i < br->n; i++) {
			if (brc < 0 && blamed != -2 && (long)i != blamed) {
				tf_error re = e;
				re.code = TF_EROLLEDBACK;
				tf_error_prefix(&re,
				                "not committed, the transaction was refused%s: ",
				                blamed >= 0 ? " for another entry" : "");
				report(s, br->items[i], TF_EROLLEDBACK, (int)br->r->status, &re,
				       res.outcome);
				continue;
			}
			if (brc < 0) {
				report(s, br->items[i], brc, (int)br->r->status, &e, res.outcome);
				continue;
			}
			tf_entry_result *er = &res.entries[i];
			if (er->status >= 200 && er->status < 300) {
				report(s, br->items[i], 0, er->status, NULL, NULL);
				continue;
			}
			tf_error ee;
			tf_error_clear(&ee);
			const char *diag = json_string_value(json_object_get(
			        json_object_get(
			                json_array_get(json_object_get(er->outcome, "issue"), 0),
			                "details"),
			        "text"));
			int code = er->status == 409 || er->status == 412 ? TF_ECONFLICT
			                                                  : TF_EREJECTED;
			code = answer_code(s, er->status, code);
			tf_error_set(&ee, code, "%s%s entry %zu: HTTP %d%s%s%s",
			             code == TF_EAMBIGUOUS ? "ambiguous match: " : "",
			             s->tx ? "transaction" : "batch", i, er->status,
			             diag ? " (" : "", diag ? diag : "", diag ? ")" : "");
			report(s, br->items[i], ee.code, er->status, &ee, er->outcome);
		}
	}
	tf_bundle_result_clear(&res);
	return rc;
}

static int run_bundles(server_ctx *s, pending **items, size_t n, tf_error *err)
{
	size_t size = s->c->o.bundle_size, nb = (n + size - 1) / size;
	bundle_req *brs = calloc(nb, sizeof(*brs));
	tf_http_req **reqs = calloc(nb, sizeof(*reqs));
	int rc = brs && reqs ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t k = 0; rc == 0 && k < nb; k++) {
		brs[k].items = items + k * size;
		brs[k].n = k + 1 < nb ? size : n - k * size;
		rc = bundle_build(s, &brs[k], err);
		reqs[k] = brs[k].r;
	}
	if (rc == 0 && tf_http_run(s->c, reqs, nb) < 0)
		rc = tf_error_set(err, TF_ERROR, "HTTP engine failed");
	size_t transport = 0;
	for (size_t k = 0; rc == 0 && k < nb; k++) {
		if (brs[k].r->rc < 0 && !fatal_code(brs[k].r->rc))
			transport++;
		rc = bundle_report(s, &brs[k], err);
	}
	if (rc == 0 && nb && transport == nb)
		rc = tf_error_set(err, brs[0].r->rc, "server unreachable: %s",
		                  brs[0].r->err.message);
	for (size_t k = 0; brs && k < nb; k++)
		bundle_req_free(&brs[k]);
	free(brs);
	free(reqs);
	return rc;
}

static int flush(server_ctx *s, tf_error *err)
{
	if (!s->n)
		return 0;
	size_t rounds = assign_rounds(s, err);
	pending **round = calloc(s->n, sizeof(*round));
	int rc = rounds && round ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t r = 1; rc == 0 && r <= rounds; r++) {
		size_t m = 0;
		for (size_t i = 0; i < s->n; i++)
			if (s->items[i].round == r)
				round[m++] = &s->items[i];
		rc = s->bundles ? run_bundles(s, round, m, err) : run_puts(s, round, m, err);
	}
	free(round);
	clear_items(s);
	return rc;
}

/* Conditional mode: the query "identifier=system|value" of the
 * resource's first identifier, FHIR-escaped and form-encoded; *key gets
 * the token. TF_EINVALID when there is none to match on. */
static int identifier_query(const json_t *resource, char **query, char **key, tf_error *err)
{
	json_t *ident = json_array_get(json_object_get(resource, "identifier"), 0);
	const char *sys = json_string_value(json_object_get(ident, "system"));
	const char *val = json_string_value(json_object_get(ident, "value"));
	if (!val || !*val)
		return tf_error_set(err, TF_EINVALID,
		                    "no identifier value to match on (--match identifier)");
	if (!tf_header_value_ok(val) || (sys && !tf_header_value_ok(sys)))
		return tf_error_set(err, TF_EINVALID, "identifier contains control characters");
	if (tf_search_token(sys, val, key) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	const char *pairs[] = {"identifier", *key, NULL};
	return tf_form_encode(pairs, query, err);
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
	int rc;
	if (s->match) {
		rc = identifier_query(resource, &p->query, &p->key, err);
		/* The server chooses the id of what it creates (a client id
		 * with a conditional update is refused by some servers). */
		json_t *copy = rc == 0 ? json_copy((json_t *)resource) : NULL;
		if (rc == 0 && !copy)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		if (copy) {
			json_object_del(copy, "id");
			rc = tf_json_dump(copy, TF_JSON_COMPACT, &p->body, &p->len, err);
			json_decref(copy);
		}
	} else {
		p->key = strdup(p->id);
		rc = p->key ? tf_json_dump(resource, TF_JSON_COMPACT, &p->body, &p->len, err)
		            : tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (rc < 0) {
		free(p->key);
		free(p->query);
		free(p->body);
		return rc;
	}
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

int tf_sink_open_server_ex(tf_sink **out, tf_client *c, const tf_sink_options *opts,
                           const tf_server_sink_options *sopts, tf_error *err)
{
	tf_sink_options defaults = TF_SINK_OPTIONS_INIT;
	tf_server_sink_options sdefaults = TF_SERVER_SINK_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (!sopts)
		sopts = &sdefaults;
	if (!c || opts->version != TF_SINK_OPTIONS_VERSION ||
	    sopts->version != TF_SERVER_SINK_OPTIONS_VERSION)
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
	s->match = sopts->match_identifier;
	/* Enough queued to keep every slot busy across a flush: a Bundle per
	 * slot, or eight PUTs per slot. */
	s->flush_at = s->bundles ? c->o.bundle_size * (size_t)c->o.max_in_flight
	                         : (size_t)c->o.max_in_flight * 8;
	return tf_sink_open_custom(out, &server_ops, s, err);
}

int tf_sink_open_server(tf_sink **out, tf_client *c, const tf_sink_options *opts, tf_error *err)
{
	return tf_sink_open_server_ex(out, c, opts, NULL, err);
}
