/*
 * bulk.c - Bulk Data Access $export (FHIR Bulk Data IG 2.0): kick-off with
 * Prefer: respond-async, polling the status URL no earlier than its
 * Retry-After, then downloading the manifest's NDJSON files and error
 * files. Credentials go to a file URL only when the manifest says
 * requiresAccessToken and the file's origin is one that may receive them;
 * a file that would need a token on another origin is refused, never sent
 * the token (RELIABILITY.md scenarios 11 and 12). Each NDJSON line goes
 * through the safe JSON loader; a line that does not parse, or whose
 * resourceType is not the file's, is reported and skipped while the other
 * lines are delivered.
 */
#include <stdlib.h>
#include <string.h>
#include "client_int.h"
#include "json/jsonx.h"

static void sleep_s(double s)
{
	if (s <= 0)
		return;
	struct timespec ts;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0)
		;
}

/* Delivers each line of an NDJSON body; returns lines that failed. */
static size_t ndjson_lines(tf_client *c, const char *body, size_t len, const char *type,
                           tf_resource_fn fn, void *ud, size_t *delivered, int *stop, tf_error *err)
{
	size_t bad = 0, i = 0, lineno = 0;
	while (i < len && !*stop) {
		size_t e = i;
		while (e < len && body[e] != '\n')
			e++;
		lineno++;
		size_t l = e - i;
		while (l && (body[i + l - 1] == '\r' || body[i + l - 1] == ' '))
			l--;
		if (l) {
			json_t *res = NULL;
			tf_error le;
			tf_error_clear(&le);
			if (tf_json_load_record(body + i, l, &res, &le) < 0) {
				tf_client_log(c, 1, "%s line %zu: %s", type, lineno, le.message);
				bad++;
			} else if (type && !tf_streq(json_string_value(
			                                     json_object_get(res, "resourceType")),
			                             type)) {
				tf_client_log(c, 1, "%s line %zu: resourceType is not %s", type,
				              lineno, type);
				bad++;
			} else {
				(*delivered)++;
				if (fn && fn(ud, res, err) < 0)
					*stop = 1;
			}
			json_decref(res);
		}
		i = e + 1;
	}
	return bad;
}

static int fetch_file(tf_client *c, const char *url, int requires_token, char **body, size_t *len,
                      tf_error *err)
{
	if (!tf_url_scheme_allowed(url, c->o.allow_loopback_http))
		return tf_error_set(err, TF_EREDIRECT, "export file URL has a refused scheme");
	if (requires_token && !tf_client_may_authorize(c, url)) {
		char *o = tf_url_origin(url);
		tf_error_set(err, TF_EAUTH,
		             "export file on %s needs our access token, and that origin may not "
		             "receive it",
		             o ? o : "?");
		free(o);
		return TF_EAUTH;
	}
	tf_http_req *r = tf_http_req_new("GET", url);
	if (!r)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	r->no_auth = !requires_token;
	r->headers = curl_slist_append(NULL, "Accept: application/fhir+ndjson");
	int rc = tf_http_run1(c, r, err);
	if (rc == 0 && r->status != 200)
		rc = tf_http_status_error(r, NULL, err);
	if (rc == 0) {
		*len = r->resp.len;
		*body = r->resp.ptr ? tf_buf_detach(&r->resp) : strdup("");
		if (!*body)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	tf_http_req_free(r);
	return rc;
}

int tf_client_export(tf_client *c, const tf_export_options *opts, tf_resource_fn fn,
                     tf_resource_fn on_error, void *ud, tf_export_result *res, tf_error *err)
{
	tf_export_options defaults = TF_EXPORT_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != TF_EXPORT_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "export options version not supported");
	tf_export_result local;
	if (!res)
		res = &local;
	memset(res, 0, sizeof(*res));
	const char *seg_sys[] = {"$export", NULL};
	const char *seg_pat[] = {"Patient", "$export", NULL};
	const char *seg_grp[] = {"Group", opts->group_id, "$export", NULL};
	const char *const *seg = seg_sys;
	if (tf_streq(opts->level, "patient"))
		seg = seg_pat;
	else if (tf_streq(opts->level, "group")) {
		if (!opts->group_id)
			return tf_error_set(err, TF_EINVAL, "group export without a group id");
		seg = seg_grp;
	} else if (opts->level && !tf_streq(opts->level, "system"))
		return tf_error_set(err, TF_EINVAL, "export level is system, patient or group");
	const char *q[5] = {NULL};
	size_t nq = 0;
	if (opts->types) {
		q[nq++] = "_type";
		q[nq++] = opts->types;
	}
	if (opts->since) {
		q[nq++] = "_since";
		q[nq++] = opts->since;
	}
	char *url;
	int rc = tf_url_build(c->base, seg, q, &url, err);
	if (rc < 0)
		return rc;
	tf_http_req *r = tf_http_req_new("GET", url);
	free(url);
	if (!r)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	rc = tf_header_add(&r->headers, "Prefer", "respond-async", err);
	if (rc == 0)
		rc = tf_http_run1(c, r, err);
	if (rc == 0 && r->status != 202)
		rc = tf_http_status_error(r, NULL, err);
	if (rc == 0 && !r->content_location)
		rc = tf_error_set(err, TF_EPROTOCOL, "$export kick-off without Content-Location");
	char *status_url = rc == 0 ? strdup(r->content_location) : NULL;
	tf_http_req_free(r);
	if (rc < 0)
		return rc;
	if (!status_url)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	/* Poll. The engine itself waits out 429/503 with their Retry-After;
	 * a 202 "still working" is waited out here. */
	double limit = tf_now() + (opts->max_total_wait_s > 0 ? opts->max_total_wait_s : 3600);
	json_t *manifest = NULL;
	int polls_202 = 0;
	while (rc == 0 && !manifest) {
		r = tf_http_req_new("GET", status_url);
		if (!r) {
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
			break;
		}
		rc = tf_http_run1(c, r, err);
		res->polls += (size_t)r->attempts;
		if (rc == 0 && r->status == 202) {
			double d;
			if (tf_retry_after_parse(r->retry_after, r->retry_after_count, time(NULL),
			                         &d) < 0)
				d = tf_backoff_delay(polls_202 < 5 ? polls_202 : 5,
				                     c->o.backoff_base_s, c->o.backoff_cap_s,
				                     tf_random_unit()) +
				    1.0;
			polls_202++;
			if (d > c->o.max_wait_s)
				rc = tf_error_set(err, TF_EWAIT, "$export asks to wait %.0f s", d);
			else if (tf_now() + d > limit)
				rc = tf_error_set(err, TF_ETIMEOUT, "$export not done in time");
			else {
				tf_client_log(c, 1, "$export in progress%s%s; next poll in %.1f s",
				              r->progress ? ": " : "",
				              r->progress ? r->progress : "", d);
				sleep_s(d);
			}
		} else if (rc == 0 && r->status == 200) {
			rc = tf_http_json(r, &manifest, err);
		} else if (rc == 0) {
			rc = tf_http_status_error(r, NULL, err);
		}
		tf_http_req_free(r);
	}
	if (rc < 0) {
		free(status_url);
		return rc;
	}
	int requires_token = json_is_true(json_object_get(manifest, "requiresAccessToken"));
	int stop = 0;
	size_t i;
	json_t *f;
	json_array_foreach(json_object_get(manifest, "output"), i, f)
	{
		const char *furl = json_string_value(json_object_get(f, "url"));
		const char *type = json_string_value(json_object_get(f, "type"));
		char *body = NULL;
		size_t len = 0;
		tf_error fe;
		tf_error_clear(&fe);
		if (!furl || fetch_file(c, furl, requires_token, &body, &len, &fe) < 0) {
			tf_client_log(c, 1, "export file %s: %s", type ? type : "?", fe.message);
			res->partial = 1;
			continue;
		}
		res->files++;
		size_t delivered = 0;
		if (ndjson_lines(c, body, len, type, fn, ud, &delivered, &stop, err))
			res->partial = 1;
		res->resources += delivered;
		json_t *cnt = json_object_get(f, "count");
		if (json_is_integer(cnt) && (size_t)json_integer_value(cnt) != delivered) {
			tf_client_log(c, 1, "export file %s: manifest count %lld, delivered %zu",
			              type ? type : "?", (long long)json_integer_value(cnt),
			              delivered);
			res->partial = 1;
		}
		free(body);
		if (stop)
			break;
	}
	json_array_foreach(json_object_get(manifest, "error"), i, f)
	{
		const char *furl = json_string_value(json_object_get(f, "url"));
		char *body = NULL;
		size_t len = 0;
		tf_error fe;
		tf_error_clear(&fe);
		if (stop || !furl || fetch_file(c, furl, requires_token, &body, &len, &fe) < 0) {
			res->partial = 1;
			continue;
		}
		res->error_files++;
		size_t delivered = 0;
		ndjson_lines(c, body, len, "OperationOutcome", on_error, ud, &delivered, &stop,
		             err);
		res->errors += delivered;
		free(body);
	}
	if (res->errors)
		res->partial = 1;
	json_decref(manifest);
	free(status_url);
	return stop ? TF_ERROR : 0;
}
