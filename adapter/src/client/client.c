/*
 * client.c - the FHIR client's handle and its REST operations: capability
 * fetch, read, vread, create (plain and conditional), update (by id, with
 * If-Match, conditional), delete, search with paging by Bundle.link[next]
 * only, and transaction/batch with the response checked against the
 * request (entry count, order, per-entry status).
 *
 * Each operation builds its URL from escaped parts (url.c), says whether it
 * is idempotent (which decides retries in http.c), and maps the HTTP
 * result to the distinct error codes of client.h, keeping the server's
 * OperationOutcome for the caller.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "client_int.h"

const char *tf_client_strerror(int code)
{
	switch (code) {
	case TF_ETRANSPORT:
		return "transport failure";
	case TF_ETIMEOUT:
		return "timeout";
	case TF_ETLS:
		return "TLS failure";
	case TF_ETLS_UNTRUSTED:
		return "TLS: certificate not trusted";
	case TF_ETLS_EXPIRED:
		return "TLS: certificate expired";
	case TF_ETLS_HOSTNAME:
		return "TLS: certificate does not match the host";
	case TF_EHTTP:
		return "unexpected HTTP status";
	case TF_EREJECTED:
		return "rejected by the server";
	case TF_ECONFLICT:
		return "version conflict";
	case TF_EAMBIGUOUS:
		return "ambiguous conditional match";
	case TF_EUNKNOWN_OUTCOME:
		return "unknown outcome";
	case TF_EAUTH:
		return "authentication failed";
	case TF_EWAIT:
		return "server asked to wait too long";
	case TF_EPROTOCOL:
		return "malformed server response";
	case TF_EREDIRECT:
		return "redirect refused";
	case TF_EROLLEDBACK:
		return "not committed: the transaction was refused for another entry";
	default:
		/* tf_strerror sends the client's range here: no call back. */
		return code > -20 ? tf_strerror(code) : "error";
	}
}

/* --- auth handles --- */

int tf_auth_new_custom(tf_auth **out, const tf_auth_ops *ops, void *ctx, tf_error *err)
{
	if (!ops || ops->version != TF_AUTH_OPS_VERSION || !ops->authorize || !ops->free) {
		if (ops && ops->free)
			ops->free(ctx);
		return tf_error_set(err, TF_EINVAL, "auth function table version not supported");
	}
	tf_auth *a = calloc(1, sizeof(*a));
	if (!a) {
		ops->free(ctx);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	a->ops = ops;
	a->ctx = ctx;
	*out = a;
	return 0;
}

const char *tf_auth_name(const tf_auth *a)
{
	return a ? a->ops->name : "none";
}

void tf_auth_free(tf_auth *a)
{
	if (!a)
		return;
	a->ops->free(a->ctx);
	free(a);
}

/* --- the handle --- */

void tf_client_log(const tf_client *c, int level, const char *fmt, ...)
{
	if (!c || c->o.verbose < level)
		return;
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (c->o.log)
		c->o.log(c->o.log_ud, line);
	else
		fprintf(stderr, "trialfhir: http: %s\n", line);
}

int tf_client_may_authorize(const tf_client *c, const char *url)
{
	char *o = tf_url_origin(url);
	if (!o)
		return 0;
	int ok = strcmp(o, c->base_origin) == 0;
	for (size_t i = 0; !ok && c->auth_origins && c->auth_origins[i]; i++)
		ok = strcmp(o, c->auth_origins[i]) == 0;
	free(o);
	return ok;
}

static char *dup_or_null(const char *s, int *oom)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = 1;
	return d;
}

int tf_client_new(tf_client **out, const tf_client_options *opts, tf_auth *auth, tf_error *err)
{
	if (!opts || opts->version != TF_CLIENT_OPTIONS_VERSION) {
		tf_auth_free(auth);
		return tf_error_set(err, TF_EINVAL, "client options version not supported");
	}
	tf_client *c = calloc(1, sizeof(*c));
	if (!c) {
		tf_auth_free(auth);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	c->auth = auth;
	c->o = *opts;
	tf_client_options *o = &c->o;
	if (!o->connect_timeout_ms)
		o->connect_timeout_ms = 10000;
	if (!o->timeout_ms)
		o->timeout_ms = 60000;
	if (!o->low_speed_time_s)
		o->low_speed_time_s = 30;
	if (o->max_retries < 0)
		o->max_retries = 5;
	if (o->backoff_base_s <= 0)
		o->backoff_base_s = 1.0;
	if (o->backoff_cap_s <= 0)
		o->backoff_cap_s = 60.0;
	if (o->max_wait_s <= 0)
		o->max_wait_s = 300.0;
	if (!o->max_response_bytes)
		o->max_response_bytes = (size_t)256 << 20;
	if (o->max_in_flight <= 0)
		o->max_in_flight = 4;
	if (!o->bundle_size)
		o->bundle_size = 100;
	int rc = tf_url_check_base(opts->base_url, opts->allow_loopback_http, &c->base, err);
	if (rc < 0) {
		tf_client_free(c);
		return rc;
	}
	o->base_url = c->base;
	c->base_origin = tf_url_origin(c->base);
	int oom = !c->base_origin;
	c->ca_file = dup_or_null(opts->ca_file, &oom);
	c->client_cert = dup_or_null(opts->client_cert, &oom);
	c->client_key = dup_or_null(opts->client_key, &oom);
	o->ca_file = o->client_cert = o->client_key = NULL;
	size_t n = 0;
	while (opts->auth_origins && opts->auth_origins[n])
		n++;
	c->auth_origins = calloc(n + 1, sizeof(char *));
	oom |= !c->auth_origins;
	for (size_t i = 0; !oom && i < n; i++) {
		/* Normalise ("https://h" and "https://h:443/" are one origin). */
		c->auth_origins[i] = tf_url_origin(opts->auth_origins[i]);
		if (!c->auth_origins[i]) {
			tf_client_free(c);
			return tf_error_set(err, TF_EINVAL, "auth origin '%s' is not a URL",
			                    opts->auth_origins[i]);
		}
	}
	o->auth_origins = NULL;
	c->multi = oom ? NULL : curl_multi_init();
	if (oom || !c->multi) {
		tf_client_free(c);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	/* HTTP/2 multiplexing where the server offers it; the connection
	 * cache is the multi handle's, so connections are reused. */
	curl_multi_setopt(c->multi, CURLMOPT_PIPELINING, (long)CURLPIPE_MULTIPLEX);
	curl_multi_setopt(c->multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long)o->max_in_flight);
	*out = c;
	return 0;
}

void tf_client_free(tf_client *c)
{
	if (!c)
		return;
	if (c->multi)
		curl_multi_cleanup(c->multi);
	tf_auth_free(c->auth);
	free(c->base);
	free(c->base_origin);
	for (size_t i = 0; c->auth_origins && c->auth_origins[i]; i++)
		free(c->auth_origins[i]);
	free(c->auth_origins);
	free(c->ca_file);
	free(c->client_cert);
	free(c->client_key);
	free(c);
}

const char *tf_client_base(const tf_client *c)
{
	return c->base;
}

size_t tf_client_request_count(const tf_client *c)
{
	return c->requests;
}

void tf_write_result_clear(tf_write_result *r)
{
	if (!r)
		return;
	json_decref(r->resource);
	json_decref(r->outcome);
	memset(r, 0, sizeof(*r));
}

/* --- helpers --- */

static int check_type_id(const char *type, const char *id, tf_error *err)
{
	if (!type || !*type || strlen(type) > 64)
		return tf_error_set(err, TF_EINVAL, "no resource type");
	for (const char *p = type; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
			return tf_error_set(err, TF_EINVAL, "'%s' is not a resource type", type);
	if (!id)
		return 0;
	size_t n = strlen(id);
	if (n < 1 || n > 64 || strcmp(id, ".") == 0 || strcmp(id, "..") == 0)
		return tf_error_set(err, TF_EINVAL, "'%s' is not a FHIR id", id);
	for (const char *p = id; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '.'))
			return tf_error_set(err, TF_EINVAL, "'%s' is not a FHIR id", id);
	return 0;
}

/* Criteria pairs checked: names and values present, no control
 * characters (they end up in a header or a URL). */
static int check_pairs(const char *const *pairs, tf_error *err)
{
	size_t n = 0;
	for (; pairs && pairs[n]; n += 2) {
		if (!pairs[n + 1] || !*pairs[n])
			return tf_error_set(err, TF_EINVAL, "criteria come in name/value pairs");
		if (!tf_header_value_ok(pairs[n]) || !tf_header_value_ok(pairs[n + 1]))
			return tf_error_set(err, TF_EINVAL,
			                    "criteria contain CR, LF or control characters");
	}
	return n ? 0 : tf_error_set(err, TF_EINVAL, "empty criteria");
}

/* A new request of method to [base]/seg[0]/seg[1]/... (no query): 0 with
 * *out set, or a negative code. */
static int new_req(tf_client *c, const char *method, const char *const *seg, tf_http_req **out,
                   tf_error *err)
{
	char *url;
	int rc = tf_url_build(c->base, seg, NULL, &url, err);
	if (rc < 0)
		return rc;
	*out = tf_http_req_new(method, url);
	free(url);
	if (!*out)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return 0;
}

/* Runs a GET of [base]/seg... and parses the JSON answer of status 200. */
static int get_json(tf_client *c, const char *const *seg, json_t **out, tf_error *err)
{
	tf_http_req *r;
	int rc = new_req(c, "GET", seg, &r, err);
	if (rc < 0)
		return rc;
	rc = tf_http_run1(c, r, err);
	if (rc == 0 && r->status != 200)
		rc = tf_http_status_error(r, NULL, err);
	if (rc == 0)
		rc = tf_http_json(r, out, err);
	tf_http_req_free(r);
	return rc;
}

int tf_client_capabilities(tf_client *c, json_t **out, tf_error *err)
{
	const char *seg[] = {"metadata", NULL};
	json_t *cs = NULL;
	int rc = get_json(c, seg, &cs, err);
	if (rc < 0)
		return rc;
	const char *rt = json_string_value(json_object_get(cs, "resourceType"));
	const char *fv = json_string_value(json_object_get(cs, "fhirVersion"));
	if (!tf_streq(rt, "CapabilityStatement")) {
		json_decref(cs);
		return tf_error_set(err, TF_EPROTOCOL,
		                    "/metadata did not return a CapabilityStatement");
	}
	if (!fv || strncmp(fv, "4.0", 3) != 0) {
		tf_error_set(err, TF_EPROTOCOL, "server speaks FHIR %s, not R4 (4.0.x)",
		             fv ? fv : "(unknown)");
		json_decref(cs);
		return TF_EPROTOCOL;
	}
	*out = cs;
	return 0;
}

static int read_common(tf_client *c, const char *const *seg, const char *type, json_t **out,
                       tf_error *err)
{
	json_t *res = NULL;
	int rc = get_json(c, seg, &res, err);
	if (rc < 0)
		return rc;
	if (!tf_streq(json_string_value(json_object_get(res, "resourceType")), type)) {
		json_decref(res);
		return tf_error_set(err, TF_EPROTOCOL,
		                    "server returned another resource type than %s", type);
	}
	*out = res;
	return 0;
}

int tf_client_read(tf_client *c, const char *type, const char *id, json_t **out, tf_error *err)
{
	int rc = check_type_id(type, id, err);
	if (rc < 0)
		return rc;
	const char *seg[] = {type, id, NULL};
	return read_common(c, seg, type, out, err);
}

int tf_client_vread(tf_client *c, const char *type, const char *id, const char *vid, json_t **out,
                    tf_error *err)
{
	int rc = check_type_id(type, id, err);
	if (rc < 0)
		return rc;
	if (check_type_id(type, vid, NULL) < 0)
		return tf_error_set(err, TF_EINVAL, "'%s' is not a version id", vid ? vid : "");
	const char *seg[] = {type, id, "_history", vid, NULL};
	return read_common(c, seg, type, out, err);
}

/* "W/\"3\"" -> "3" */
static void etag_version(const char *etag, char *out, size_t size)
{
	out[0] = '\0';
	if (!etag)
		return;
	const char *p = etag;
	if (strncmp(p, "W/", 2) == 0)
		p += 2;
	size_t len = strlen(p);
	if (len >= 2 && p[0] == '"' && p[len - 1] == '"') {
		p++;
		len -= 2;
	}
	if (len < size) {
		memcpy(out, p, len);
		out[len] = '\0';
	}
}

/* Type/id/_history/vid out of a Location. */
static void location_id(const char *loc, const char *type, char *id, size_t size)
{
	if (!loc || id[0])
		return;
	size_t tl = strlen(type);
	for (const char *p = loc; (p = strstr(p, type)); p++) {
		if ((p == loc || p[-1] == '/') && p[tl] == '/') {
			const char *s = p + tl + 1, *e = s;
			while (*e && *e != '/' && *e != '?')
				e++;
			if ((size_t)(e - s) < size && e > s) {
				memcpy(id, s, (size_t)(e - s));
				id[e - s] = '\0';
			}
			return;
		}
	}
}

enum { W_PLAIN = 0, W_IF_MATCH = 1, W_CONDITIONAL = 2 };

static int do_write(tf_client *c, tf_http_req *r, const json_t *resource, int kind,
                    tf_write_result *res, tf_error *err)
{
	const char *type = json_string_value(json_object_get(resource, "resourceType"));
	if (res)
		memset(res, 0, sizeof(*res));
	int rc = tf_http_req_set_json(r, resource, err);
	if (rc == 0)
		rc = tf_header_add(&r->headers, "Prefer", "return=representation", err);
	if (rc == 0)
		rc = tf_http_run1(c, r, err);
	if (rc < 0)
		return rc;
	if (res) {
		res->status = (int)r->status;
		res->created = r->status == 201;
		if (r->location)
			snprintf(res->location, sizeof(res->location), "%s", r->location);
		etag_version(r->etag, res->version, sizeof(res->version));
	}
	if (r->status < 200 || r->status >= 300) {
		json_t *oo = NULL;
		rc = tf_http_status_error(r, &oo, err);
		if (r->status == 412 && kind == W_CONDITIONAL) {
			rc = TF_EAMBIGUOUS;
			if (err)
				err->code = rc;
			tf_error_prefix(err, "several resources match: ");
		} else if (r->status == 409 && kind == W_CONDITIONAL) {
			rc = TF_EAMBIGUOUS;
			if (err)
				err->code = rc;
		}
		if (res)
			res->outcome = oo;
		else
			json_decref(oo);
		return rc;
	}
	if (res) {
		json_t *body = NULL;
		if (r->resp.len && tf_http_json(r, &body, NULL) == 0 &&
		    tf_streq(json_string_value(json_object_get(body, "resourceType")), type)) {
			res->resource = body;
			const char *id = json_string_value(json_object_get(body, "id"));
			if (id)
				snprintf(res->id, sizeof(res->id), "%s", id);
			const char *vid = json_string_value(
			        json_object_get(json_object_get(body, "meta"), "versionId"));
			if (vid && !res->version[0])
				snprintf(res->version, sizeof(res->version), "%s", vid);
		} else {
			json_decref(body);
		}
		location_id(r->location, type, res->id, sizeof(res->id));
	}
	return 0;
}

static int resource_type_id(const json_t *resource, int need_id, const char **type, const char **id,
                            tf_error *err)
{
	*type = json_string_value(json_object_get(resource, "resourceType"));
	*id = json_string_value(json_object_get(resource, "id"));
	if (need_id && !*id)
		return tf_error_set(err, TF_EINVAL, "resource has no id");
	return check_type_id(*type, need_id ? *id : NULL, err);
}

int tf_client_create(tf_client *c, const json_t *resource, const char *const *if_none_exist,
                     tf_write_result *res, tf_error *err)
{
	const char *type, *id;
	int rc = resource_type_id(resource, 0, &type, &id, err);
	if (rc < 0)
		return rc;
	const char *seg[] = {type, NULL};
	char *url = NULL, *hv = NULL;
	if (if_none_exist) {
		rc = check_pairs(if_none_exist, err);
		if (rc == 0)
			rc = tf_form_encode(if_none_exist, &hv, err);
		if (rc < 0)
			return rc;
	}
	rc = tf_url_build(c->base, seg, NULL, &url, err);
	tf_http_req *r = rc == 0 ? tf_http_req_new("POST", url) : NULL;
	free(url);
	if (rc == 0 && !r)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	if (rc == 0 && hv) {
		/* A conditional create does the same thing however often it is
		 * sent: it may be retried. */
		r->idempotent = 1;
		rc = tf_header_add(&r->headers, "If-None-Exist", hv, err);
	}
	free(hv);
	if (rc == 0)
		rc = do_write(c, r, resource, if_none_exist ? W_CONDITIONAL : W_PLAIN, res, err);
	tf_http_req_free(r);
	return rc;
}

int tf_client_update(tf_client *c, const json_t *resource, const char *if_match,
                     tf_write_result *res, tf_error *err)
{
	const char *type, *id;
	int rc = resource_type_id(resource, 1, &type, &id, err);
	if (rc < 0)
		return rc;
	if (if_match && !tf_header_value_ok(if_match))
		return tf_error_set(err, TF_EINVAL,
		                    "If-Match value contains CR, LF or control "
		                    "characters");
	const char *seg[] = {type, id, NULL};
	tf_http_req *r;
	if ((rc = new_req(c, "PUT", seg, &r, err)) < 0)
		return rc;
	if (if_match) {
		tf_buf b = TF_BUF_INIT;
		if (strncmp(if_match, "W/", 2) == 0 || if_match[0] == '"')
			tf_buf_puts(&b, if_match);
		else
			tf_buf_printf(&b, "W/\"%s\"", if_match);
		rc = b.oom ? tf_error_set(err, TF_ENOMEM, "out of memory")
		           : tf_header_add(&r->headers, "If-Match", b.ptr, err);
		tf_buf_free(&b);
	}
	if (rc == 0)
		rc = do_write(c, r, resource, if_match ? W_IF_MATCH : W_PLAIN, res, err);
	tf_http_req_free(r);
	return rc;
}

int tf_client_update_conditional(tf_client *c, const json_t *resource, const char *const *criteria,
                                 tf_write_result *res, tf_error *err)
{
	const char *type, *id;
	int rc = resource_type_id(resource, 0, &type, &id, err);
	if (rc < 0)
		return rc;
	rc = check_pairs(criteria, err);
	if (rc < 0)
		return rc;
	char *url;
	const char *seg[] = {type, NULL};
	rc = tf_url_build(c->base, seg, criteria, &url, err);
	if (rc < 0)
		return rc;
	tf_http_req *r = tf_http_req_new("PUT", url);
	free(url);
	if (!r)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	rc = do_write(c, r, resource, W_CONDITIONAL, res, err);
	tf_http_req_free(r);
	return rc;
}

/* GET [base]/type/id with the version it is at: the ETag's, else
 * meta.versionId ("" when the server gives neither). */
static int read_versioned(tf_client *c, const char *type, const char *id, json_t **out,
                          char *version, size_t vsize, tf_error *err)
{
	const char *seg[] = {type, id, NULL};
	tf_http_req *r;
	int rc = new_req(c, "GET", seg, &r, err);
	if (rc < 0)
		return rc;
	rc = tf_http_run1(c, r, err);
	if (rc == 0 && r->status != 200)
		rc = tf_http_status_error(r, NULL, err);
	json_t *res = NULL;
	if (rc == 0)
		rc = tf_http_json(r, &res, err);
	if (rc == 0 && !tf_streq(json_string_value(json_object_get(res, "resourceType")), type))
		rc = tf_error_set(err, TF_EPROTOCOL,
		                  "server returned another resource type than %s", type);
	if (rc == 0) {
		etag_version(r->etag, version, vsize);
		const char *vid = json_string_value(
		        json_object_get(json_object_get(res, "meta"), "versionId"));
		if (!version[0] && vid && strlen(vid) < vsize)
			snprintf(version, vsize, "%s", vid);
		*out = res;
	} else {
		json_decref(res);
	}
	tf_http_req_free(r);
	return rc;
}

int tf_client_update_with(tf_client *c, const char *type, const char *id, tf_modify_fn fn, void *ud,
                          int max_retries, tf_write_result *res, tf_error *err)
{
	int rc = check_type_id(type, id, err);
	if (rc < 0)
		return rc;
	if (!fn)
		return tf_error_set(err, TF_EINVAL, "no modify function");
	if (max_retries < 0)
		max_retries = 3;
	if (res)
		memset(res, 0, sizeof(*res));
	for (int attempt = 0;; attempt++) {
		json_t *cur = NULL;
		char version[65];
		version[0] = '\0';
		rc = read_versioned(c, type, id, &cur, version, sizeof(version), err);
		if (rc < 0)
			return rc;
		if (!version[0]) {
			/* Without a version there is no safe write: a PUT without
			 * If-Match could overwrite someone else's change. */
			json_decref(cur);
			return tf_error_set(
			        err, TF_EPROTOCOL,
			        "%s/%s: server gives no version (ETag or meta.versionId); "
			        "not updating without If-Match",
			        type, id);
		}
		rc = fn(ud, cur, err);
		if (rc != 0) {
			json_decref(cur);
			return rc < 0 ? rc : 0;
		}
		/* The resource must stay the one read: same type and id. */
		json_object_set_new(cur, "resourceType", json_string(type));
		json_object_set_new(cur, "id", json_string(id));
		if (res)
			tf_write_result_clear(res);
		rc = tf_client_update(c, cur, version, res, err);
		json_decref(cur);
		if (rc != TF_ECONFLICT)
			return rc;
		if (attempt >= max_retries) {
			tf_error_prefix(err, "%s/%s: still conflicting after %d retries: ", type,
			                id, max_retries);
			return TF_ECONFLICT;
		}
		tf_client_log(c, 1, "%s/%s: version conflict, reading again (retry %d of %d)", type,
		              id, attempt + 1, max_retries);
	}
}

int tf_client_delete(tf_client *c, const char *type, const char *id, tf_error *err)
{
	int rc = check_type_id(type, id, err);
	if (rc < 0)
		return rc;
	const char *seg[] = {type, id, NULL};
	tf_http_req *r;
	if ((rc = new_req(c, "DELETE", seg, &r, err)) < 0)
		return rc;
	rc = tf_http_run1(c, r, err);
	if (rc == 0 && (r->status < 200 || r->status >= 300) && r->status != 404 &&
	    r->status != 410)
		rc = tf_http_status_error(r, NULL, err);
	tf_http_req_free(r);
	return rc;
}

/* --- search --- */

/* Fetches the pages of a searchset starting with request r (taken over):
 * Bundle.link[next] only, never to another origin; each Type/id delivered
 * once. all_modes: deliver every entry but outcomes (an operation such as
 * $everything marks its includes "include"), else only "match". rc is the
 * result of building r (passed through when < 0). */
static int search_pages(tf_client *c, tf_http_req *r, int rc, const tf_search_options *opts,
                        int all_modes, tf_resource_fn fn, void *ud, tf_search_result *res,
                        tf_error *err)
{
	json_t *seen = json_object();
	if (!seen && rc == 0)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	size_t max_pages = opts->max_pages ? opts->max_pages : 10000;
	while (rc == 0) {
		rc = tf_http_run1(c, r, err);
		if (rc == 0 && r->status != 200)
			rc = tf_http_status_error(r, NULL, err);
		json_t *b = NULL;
		if (rc == 0)
			rc = tf_http_json(r, &b, err);
		if (rc == 0 &&
		    (!tf_streq(json_string_value(json_object_get(b, "resourceType")), "Bundle") ||
		     !tf_streq(json_string_value(json_object_get(b, "type")), "searchset")))
			rc = tf_error_set(err, TF_EPROTOCOL,
			                  "search did not return a searchset "
			                  "Bundle");
		if (rc < 0) {
			json_decref(b);
			if (res->pages) {
				res->incomplete = 1;
				snprintf(res->reason, sizeof(res->reason),
				         "page %zu failed: %.200s", res->pages + 1,
				         err ? err->message : "error");
			}
			break;
		}
		res->pages++;
		size_t i;
		json_t *e;
		json_array_foreach(json_object_get(b, "entry"), i, e)
		{
			const char *mode = json_string_value(
			        json_object_get(json_object_get(e, "search"), "mode"));
			if (mode &&
			    (all_modes ? strcmp(mode, "outcome") == 0 : strcmp(mode, "match") != 0))
				continue;
			json_t *resource = json_object_get(e, "resource");
			const char *rt =
			        json_string_value(json_object_get(resource, "resourceType"));
			const char *id = json_string_value(json_object_get(resource, "id"));
			if (!rt || !id)
				continue;
			char key[160];
			snprintf(key, sizeof(key), "%s/%s", rt, id);
			if (json_object_get(seen, key)) {
				res->duplicates++;
				continue;
			}
			json_object_set_new(seen, key, json_true());
			if (opts->max_resources && res->resources >= opts->max_resources) {
				res->incomplete = 1;
				snprintf(res->reason, sizeof(res->reason),
				         "stopped at the limit of %zu resources",
				         opts->max_resources);
				break;
			}
			res->resources++;
			if (fn && (rc = fn(ud, resource, err)) < 0)
				break;
		}
		const char *next = tf_bundle_next_link(b);
		if (rc < 0 || res->incomplete || !next) {
			json_decref(b);
			break;
		}
		if (!tf_url_same_origin(next, c->base)) {
			/* Following it would take our credentials, or our trust,
			 * to a server we were not pointed at. */
			res->incomplete = 1;
			char *o = tf_url_origin(next);
			snprintf(res->reason, sizeof(res->reason),
			         "next link on another origin (%s) not followed", o ? o : "?");
			free(o);
			json_decref(b);
			break;
		}
		if (res->pages >= max_pages) {
			res->incomplete = 1;
			snprintf(res->reason, sizeof(res->reason), "stopped after %zu pages",
			         max_pages);
			json_decref(b);
			break;
		}
		tf_http_req *nr = tf_http_req_new("GET", next);
		json_decref(b);
		if (!nr) {
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
			break;
		}
		tf_http_req_free(r);
		r = nr;
	}
	json_decref(seen);
	tf_http_req_free(r);
	return rc;
}

/* The start of every search: opts NULL means the defaults (kept in
 * *defaults), a wrong version is refused, and *res (local when the caller
 * passed none) is cleared. Returns 0 or TF_EINVAL. */
static int search_start(const tf_search_options **opts, tf_search_options *defaults,
                        tf_search_result **res, tf_search_result *local, tf_error *err)
{
	if (!*opts)
		*opts = defaults;
	if ((*opts)->version != TF_SEARCH_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "search options version not supported");
	if (!*res)
		*res = local;
	memset(*res, 0, sizeof(**res));
	return 0;
}

/* The caller's name/value pairs plus _count when opts asks for one, as a
 * new NULL-ended array in *out (the caller frees it; the strings are
 * borrowed, the _count value is written to count). what names the
 * parameters in the error for an odd count. */
static int search_query(const char *const *params, const tf_search_options *opts, const char *what,
                        char count[32], const char ***out, tf_error *err)
{
	size_t np = 0;
	while (params && params[np])
		np++;
	if (np % 2)
		return tf_error_set(err, TF_EINVAL, "%s parameters come in name/value pairs", what);
	const char **q = calloc(np + 3, sizeof(char *));
	if (!q)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t i = 0; i < np; i++)
		q[i] = params[i];
	if (opts->count > 0) {
		snprintf(count, 32, "%d", opts->count);
		q[np] = "_count";
		q[np + 1] = count;
	}
	*out = q;
	return 0;
}

int tf_client_search(tf_client *c, const char *type, const char *const *params,
                     const tf_search_options *opts, tf_resource_fn fn, void *ud,
                     tf_search_result *res, tf_error *err)
{
	tf_search_options defaults = TF_SEARCH_OPTIONS_INIT;
	tf_search_result local;
	if (search_start(&opts, &defaults, &res, &local, err) < 0)
		return TF_EINVAL;
	int rc = check_type_id(type, NULL, err);
	if (rc < 0)
		return rc;
	char count[32];
	const char **q;
	if ((rc = search_query(params, opts, "search", count, &q, err)) < 0)
		return rc;
	char *url = NULL;
	tf_http_req *r = NULL;
	if (opts->use_post) {
		const char *seg[] = {type, "_search", NULL};
		char *body = NULL;
		rc = tf_url_build(c->base, seg, NULL, &url, err);
		if (rc == 0)
			rc = tf_form_encode(q, &body, err);
		if (rc == 0 && !(r = tf_http_req_new("POST", url)))
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		if (rc == 0 && tf_http_req_set_body(r, "application/x-www-form-urlencoded", body,
		                                    strlen(body)) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		if (r)
			r->idempotent = 1; /* a search changes nothing */
		free(body);
	} else {
		const char *seg[] = {type, NULL};
		rc = tf_url_build(c->base, seg, q, &url, err);
		if (rc == 0 && !(r = tf_http_req_new("GET", url)))
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	free(q);
	free(url);
	return search_pages(c, r, rc, opts, 0, fn, ud, res, err);
}

int tf_client_operation_search(tf_client *c, const char *type, const char *id, const char *op,
                               const char *const *params, const tf_search_options *opts,
                               tf_resource_fn fn, void *ud, tf_search_result *res, tf_error *err)
{
	tf_search_options defaults = TF_SEARCH_OPTIONS_INIT;
	tf_search_result local;
	if (search_start(&opts, &defaults, &res, &local, err) < 0)
		return TF_EINVAL;
	int rc = check_type_id(type, id, err);
	if (rc < 0)
		return rc;
	/* The operation name is a path segment of our own choosing, never
	 * data: letters only after the '$'. */
	if (!op || op[0] != '$' || !op[1] || strlen(op) > 64)
		return tf_error_set(err, TF_EINVAL, "'%s' is not an operation name", op ? op : "");
	for (const char *p = op + 1; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || *p == '-'))
			return tf_error_set(err, TF_EINVAL, "'%s' is not an operation name", op);
	if (opts->use_post)
		return tf_error_set(err, TF_EINVAL, "operation searches are sent with GET");
	char count[32];
	const char **q;
	if ((rc = search_query(params, opts, "operation", count, &q, err)) < 0)
		return rc;
	const char *seg[] = {type, id, op, NULL};
	char *url = NULL;
	tf_http_req *r = NULL;
	rc = tf_url_build(c->base, seg, q, &url, err);
	if (rc == 0 && !(r = tf_http_req_new("GET", url)))
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	free(q);
	free(url);
	return search_pages(c, r, rc, opts, 1, fn, ud, res, err);
}

/* --- transaction and batch --- */

void tf_bundle_result_clear(tf_bundle_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n && r->entries; i++)
		json_decref(r->entries[i].outcome);
	free(r->entries);
	json_decref(r->outcome);
	memset(r, 0, sizeof(*r));
}

/* Whether sending the Bundle twice does no more than sending it once. */
static int bundle_idempotent(const json_t *bundle)
{
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(bundle, "entry"), i, e)
	{
		json_t *req = json_object_get(e, "request");
		const char *m = json_string_value(json_object_get(req, "method"));
		if (!m)
			return 0;
		if (strcmp(m, "POST") == 0 &&
		    !json_string_value(json_object_get(req, "ifNoneExist")))
			return 0;
		if (strcmp(m, "PATCH") == 0)
			return 0;
	}
	return 1;
}

/* The leading integer of "201 Created". */
static int parse_status(const char *s)
{
	int v = 0, n = 0;
	while (s && *s == ' ')
		s++;
	for (; s && *s >= '0' && *s <= '9' && n < 4; s++, n++)
		v = v * 10 + (*s - '0');
	return n == 3 ? v : 0;
}

/* Does response location loc name the request's "Type/id"? */
static int location_matches(const char *base, const char *req_url, const char *loc)
{
	if (!req_url || strchr(req_url, '?') || !loc)
		return 1; /* nothing to compare */
	size_t bl = strlen(base);
	if (strncmp(loc, base, bl) == 0 && loc[bl] == '/')
		loc += bl + 1;
	size_t ul = strlen(req_url);
	return strncmp(loc, req_url, ul) == 0 && (loc[ul] == '\0' || loc[ul] == '/');
}

int tf_bundle_exchange(tf_client *c, tf_http_req *r, int tx, size_t n, const char *const *methods,
                       const char *const *urls, tf_bundle_result *res, tf_error *err)
{
	int rc = tf_header_add(&r->headers, "Prefer", "return=minimal", err);
	if (rc == 0)
		rc = tf_http_run1(c, r, err);
	if (rc < 0 && !r->rc) { /* not sent: bad header, or the engine failed */
		res->n = n;
		res->failed = n;
		return rc;
	}
	return tf_bundle_check(c, r, tx, n, methods, urls, res, err);
}

int tf_bundle_check(tf_client *c, tf_http_req *r, int tx, size_t n, const char *const *methods,
                    const char *const *urls, tf_bundle_result *res, tf_error *err)
{
	const char *type = tx ? "transaction" : "batch";
	res->n = n;
	res->entries = calloc(n ? n : 1, sizeof(tf_entry_result));
	if (!res->entries)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = r->rc;
	if (rc < 0) {
		if (err)
			*err = r->err;
		res->failed = n;
		return rc;
	}
	if (r->status < 200 || r->status >= 300) {
		rc = tf_http_status_error(r, &res->outcome, err);
		res->failed = n;
		return rc;
	}
	json_t *b = NULL;
	rc = tf_http_json(r, &b, err);
	if (rc < 0) {
		res->failed = n;
		return rc;
	}
	char want[32];
	snprintf(want, sizeof(want), "%s-response", type);
	json_t *entries = json_object_get(b, "entry");
	if (!tf_streq(json_string_value(json_object_get(b, "type")), want)) {
		rc = tf_error_set(err, TF_EPROTOCOL, "%s answered with a Bundle of type %s", type,
		                  json_string_value(json_object_get(b, "type"))
		                          ? json_string_value(json_object_get(b, "type"))
		                          : "(none)");
	} else if (json_array_size(entries) != n) {
		rc = tf_error_set(err, TF_EPROTOCOL, "%s of %zu entries answered with %zu", type, n,
		                  json_array_size(entries));
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		json_t *resp = json_object_get(json_array_get(entries, i), "response");
		const char *st = json_string_value(json_object_get(resp, "status"));
		const char *loc = json_string_value(json_object_get(resp, "location"));
		tf_entry_result *er = &res->entries[i];
		er->status = parse_status(st);
		if (!er->status) {
			rc = tf_error_set(err, TF_EPROTOCOL, "%s response entry %zu has no status",
			                  type, i);
			break;
		}
		if (loc)
			snprintf(er->location, sizeof(er->location), "%s", loc);
		json_t *oo = json_object_get(resp, "outcome");
		if (oo && er->status >= 300)
			er->outcome = json_incref(oo);
		if (er->status < 300 && tf_streq(methods[i], "PUT") &&
		    !location_matches(c->base, urls[i], loc)) {
			rc = tf_error_set(err, TF_EPROTOCOL,
			                  "%s response entry %zu (%s) does not answer request %s: "
			                  "entries out of order",
			                  type, i, loc, urls[i]);
			break;
		}
		if (er->status >= 200 && er->status < 300)
			res->committed++;
		else
			res->failed++;
	}
	if (rc == 0 && tx && res->failed)
		rc = tf_error_set(err, TF_EPROTOCOL,
		                  "transaction answered 200 with failed entries");
	json_decref(b);
	if (rc < 0) {
		/* A response we cannot trust says nothing about what happened. */
		for (size_t i = 0; i < n; i++) {
			json_decref(res->entries[i].outcome);
			res->entries[i].outcome = NULL;
			res->entries[i].status = 0;
		}
		res->committed = 0;
		res->failed = n;
	}
	return rc;
}

int tf_client_bundle(tf_client *c, const json_t *bundle, tf_bundle_result *res, tf_error *err)
{
	memset(res, 0, sizeof(*res));
	const char *type = json_string_value(json_object_get(bundle, "type"));
	if (!tf_streq(json_string_value(json_object_get(bundle, "resourceType")), "Bundle") ||
	    (!tf_streq(type, "transaction") && !tf_streq(type, "batch")))
		return tf_error_set(err, TF_EINVAL, "not a transaction or batch Bundle");
	json_t *req_entries = json_object_get(bundle, "entry");
	size_t n = json_array_size(req_entries);
	const char **methods = calloc(n + 1, sizeof(char *));
	const char **urls = calloc(n + 1, sizeof(char *));
	tf_http_req *r = tf_http_req_new("POST", c->base);
	int rc = 0;
	if (!methods || !urls || !r)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	for (size_t i = 0; rc == 0 && i < n; i++) {
		json_t *rq = json_object_get(json_array_get(req_entries, i), "request");
		methods[i] = json_string_value(json_object_get(rq, "method"));
		urls[i] = json_string_value(json_object_get(rq, "url"));
		if (!methods[i] || !urls[i])
			rc = tf_error_set(err, TF_EINVAL,
			                  "Bundle entry %zu has no request method/url", i);
	}
	if (rc == 0) {
		r->idempotent = bundle_idempotent(bundle);
		rc = tf_http_req_set_json(r, bundle, err);
	}
	if (rc == 0)
		rc = tf_bundle_exchange(c, r, strcmp(type, "transaction") == 0, n, methods, urls,
		                        res, err);
	free(methods);
	free(urls);
	tf_http_req_free(r);
	return rc;
}
