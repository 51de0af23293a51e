/*
 * bulk.c - Bulk Data Access $export (FHIR Bulk Data IG 2.0): kick-off with
 * Prefer: respond-async, polling the status URL no earlier than its
 * Retry-After, then downloading the manifest's NDJSON files and error
 * files (RELIABILITY.md scenarios 11 to 14).
 *
 * Credentials go to a file URL only when the manifest says
 * requiresAccessToken and the file's origin is one that may receive them;
 * a file that would need a token on another origin is refused, never sent
 * the token.
 *
 * A file is streamed to a temporary file in the download directory, never
 * held in memory: the engine caps its decompressed size (a gzip bomb stops
 * at max_file_bytes), a transfer that breaks is fetched again from the
 * start (the temporary file is truncated first), and only a complete file
 * is renamed to its final name (when kept) and read. Reading goes line by
 * line with at most max_line_bytes of the line in memory: a longer line is
 * skipped to its end and rejected, a line that is not JSON or whose
 * resourceType is not the file's is rejected, and every other line is
 * delivered. A manifest count that differs from the lines served, a file
 * that could not be fetched, and any error-file entry make the result
 * partial, with the first reason kept.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
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

/* What a run needs besides the client. */
typedef struct {
	tf_client *c;
	const tf_export_options *o;
	size_t max_file, max_line;
	const char *dir;
	tf_resource_fn fn, on_error;
	void *ud;
	tf_export_result *res;
	int stop;
	tf_error *err; /* a callback's error, when it stopped the run */
} run;

static void partial(tf_export_result *res, const char *fmt, ...)
        __attribute__((format(printf, 2, 3)));

static void partial(tf_export_result *res, const char *fmt, ...)
{
	res->partial = 1;
	if (res->reason[0])
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(res->reason, sizeof(res->reason), fmt, ap);
	va_end(ap);
}

/* --- downloading one file --- */

typedef struct {
	int fd;
	int started;
	int restarts;
} dl_file;

static int dl_body(void *ud, const char *p, size_t n)
{
	dl_file *d = ud;
	while (n) {
		ssize_t w = write(d->fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return TF_EIO;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* A new attempt: whatever a broken one wrote is thrown away. */
static int dl_restart(void *ud)
{
	dl_file *d = ud;
	if (!d->started) {
		d->started = 1;
		return 0;
	}
	d->restarts++;
	if (ftruncate(d->fd, 0) < 0 || lseek(d->fd, 0, SEEK_SET) < 0)
		return TF_EIO;
	return 0;
}

/* Downloads url into a new temporary file in r->dir, named in *tmp
 * (caller frees, and unlinks when it is still there). *status gets the
 * HTTP status. */
static int fetch_file(run *r, const char *url, int requires_token, const char *name, char **tmp,
                      long *status, size_t *refetched, tf_error *err)
{
	tf_client *c = r->c;
	*tmp = NULL;
	*status = 0;
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
	tf_buf path = TF_BUF_INIT;
	tf_buf_printf(&path, "%s/.%s.XXXXXX", r->dir, name);
	if (path.oom)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	dl_file d = {-1, 0, 0};
	d.fd = mkstemp(path.ptr);
	if (d.fd < 0) {
		int e = errno;
		tf_buf_free(&path);
		return tf_error_set(err, TF_EIO, "cannot create a download file in %s: %s", r->dir,
		                    strerror(e));
	}
	*tmp = tf_buf_detach(&path);
	tf_http_req *q = tf_http_req_new("GET", url);
	if (!q) {
		close(d.fd);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	q->no_auth = !requires_token;
	q->headers = curl_slist_append(NULL, "Accept: application/fhir+ndjson");
	q->max_bytes = r->max_file;
	q->on_body = dl_body;
	q->on_restart = dl_restart;
	q->body_ud = &d;
	int rc = tf_http_run1(c, q, err);
	*status = q->status;
	if (rc == 0 && q->status != 200)
		rc = tf_http_status_error(q, NULL, err);
	if (rc == TF_ELIMIT)
		tf_error_set(err, TF_ELIMIT,
		             "export file %s is larger than %zu bytes (decompressed): abandoned",
		             name, r->max_file);
	*refetched += (size_t)d.restarts;
	tf_http_req_free(q);
	if (rc == 0 && fsync(d.fd) < 0)
		rc = tf_error_set(err, TF_EIO, "cannot write the download of %s: %s", name,
		                  strerror(errno));
	if (close(d.fd) < 0 && rc == 0)
		rc = tf_error_set(err, TF_EIO, "cannot write the download of %s", name);
	return rc;
}

/* --- reading a downloaded file --- */

static void reject(run *r, const char *label, size_t line, int code, const char *fmt, ...)
        __attribute__((format(printf, 5, 6)));

static void reject(run *r, const char *label, size_t line, int code, const char *fmt, ...)
{
	tf_error e;
	tf_error_clear(&e);
	va_list ap;
	va_start(ap, fmt);
	char msg[400];
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (line)
		tf_error_set(&e, code, "%s line %zu: %s", label, line, msg);
	else
		tf_error_set(&e, code, "%s: %s", label, msg);
	tf_strlcpy(e.source, label, sizeof(e.source));
	e.record = (long)line;
	e.line = (long)line;
	tf_client_log(r->c, 1, "%s", e.message);
	if (line)
		r->res->rejected_lines++;
	partial(r->res, "%s", e.message);
	if (r->o->version >= 2 && r->o->on_reject && r->o->on_reject(r->ud, NULL, &e) < 0)
		r->stop = 1;
}

/* One complete line (trailing CR and blanks already cut). */
static void one_line(run *r, const char *label, const char *type, tf_resource_fn fn, const char *s,
                     size_t len, size_t lineno, size_t *delivered)
{
	json_t *res = NULL;
	tf_error le;
	tf_error_clear(&le);
	if (tf_json_load_record(s, len, &res, &le) < 0) {
		reject(r, label, lineno, TF_EPARSE, "not a JSON resource: %s", le.message);
		return;
	}
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	if (type && !tf_streq(rt, type)) {
		r->res->type_mismatches++;
		reject(r, label, lineno, TF_EINVALID, "resourceType %.64s in a file of %s",
		       rt ? rt : "(none)", type);
	} else {
		(*delivered)++;
		if (fn && fn(r->ud, res, r->err) < 0)
			r->stop = 1;
	}
	json_decref(res);
}

/* The line reader's state. */
typedef struct {
	tf_buf line;       /* the line so far, while within the cap */
	size_t line_bytes; /* its length so far, kept or not */
	size_t lineno, lines, delivered;
} line_state;

static void end_line(run *r, line_state *ls, const char *label, const char *type, tf_resource_fn fn)
{
	ls->lineno++;
	if (ls->line_bytes > r->max_line) {
		ls->lines++;
		reject(r, label, ls->lineno, TF_ELIMIT,
		       "a line of %zu bytes, more than the %zu-byte limit", ls->line_bytes,
		       r->max_line);
	} else {
		size_t l = ls->line.len;
		while (l && (ls->line.ptr[l - 1] == '\r' || ls->line.ptr[l - 1] == ' ' ||
		             ls->line.ptr[l - 1] == '\t'))
			l--;
		if (l) {
			ls->lines++;
			one_line(r, label, type, fn, ls->line.ptr, l, ls->lineno, &ls->delivered);
		}
	}
	tf_buf_clear(&ls->line);
	ls->line_bytes = 0;
}

/* Reads path line by line; returns the number of non-empty lines, or a
 * negative code when the file cannot be read. */
static long read_lines(run *r, const char *path, const char *label, const char *type,
                       tf_resource_fn fn, size_t *delivered, tf_error *err)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return tf_error_set(err, TF_EIO, "cannot read the download of %s", label);
	/* On the heap: the client may run on a thread with a small stack. */
	enum { CHUNK = 65536 };
	char *chunk = malloc(CHUNK);
	if (!chunk) {
		fclose(fp);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	line_state ls;
	memset(&ls, 0, sizeof(ls));
	long rc = 0;
	while (!r->stop && rc == 0) {
		size_t n = fread(chunk, 1, CHUNK, fp);
		if (n == 0) {
			if (ferror(fp))
				rc = tf_error_set(err, TF_EIO, "cannot read the download of %s",
				                  label);
			break;
		}
		size_t i = 0;
		while (i < n && !r->stop) {
			const char *nl = memchr(chunk + i, '\n', n - i);
			size_t take = nl ? (size_t)(nl - (chunk + i)) : n - i;
			ls.line_bytes += take;
			/* Keep the line only while it is within the cap: a longer
			 * one is counted to its end, never stored. */
			if (ls.line_bytes <= r->max_line) {
				if (tf_buf_put(&ls.line, chunk + i, take) < 0) {
					rc = tf_error_set(err, TF_ENOMEM, "out of memory");
					break;
				}
			} else {
				tf_buf_clear(&ls.line);
			}
			i += take;
			if (!nl)
				break; /* the line goes on in the next chunk */
			i++;
			end_line(r, &ls, label, type, fn);
		}
	}
	if (rc == 0 && !r->stop && ls.line_bytes)
		end_line(r, &ls, label, type, fn); /* a last line without newline */
	tf_buf_free(&ls.line);
	free(chunk);
	fclose(fp);
	*delivered = ls.delivered;
	return rc < 0 ? rc : (long)ls.lines;
}

/* --- the manifest --- */

/* Polls status_url until the manifest arrives. *expires_at gets the
 * monotonic time its links expire, or -1 when it did not say. */
static int get_manifest(run *r, const char *status_url, double limit, json_t **manifest,
                        double *expires_at, tf_error *err)
{
	tf_client *c = r->c;
	int rc = 0, polls_202 = 0;
	*manifest = NULL;
	*expires_at = -1;
	while (rc == 0 && !*manifest) {
		tf_http_req *q = tf_http_req_new("GET", status_url);
		if (!q)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		/* The engine itself waits out 429/503 with their Retry-After; a
		 * 202 "still working" is waited out here. */
		rc = tf_http_run1(c, q, err);
		r->res->polls += (size_t)q->attempts;
		if (rc == 0 && q->status == 202) {
			double d;
			if (tf_retry_after_parse(q->retry_after, q->retry_after_count, time(NULL),
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
				              q->progress ? ": " : "",
				              q->progress ? q->progress : "", d);
				sleep_s(d);
			}
		} else if (rc == 0 && q->status == 200) {
			rc = tf_http_json(q, manifest, err);
			double d;
			if (rc == 0 && q->expires &&
			    tf_retry_after_parse(q->expires, 1, time(NULL), &d) == 0)
				*expires_at = tf_now() + d;
			if (rc == 0 && !json_is_array(json_object_get(*manifest, "output"))) {
				json_decref(*manifest);
				*manifest = NULL;
				rc = tf_error_set(err, TF_EPROTOCOL,
				                  "$export manifest without an output array");
			}
		} else if (rc == 0) {
			rc = tf_http_status_error(q, NULL, err);
		}
		tf_http_req_free(q);
	}
	return rc;
}

/* A resource type usable in a file name, or "file". */
static const char *name_type(const char *t)
{
	if (!t || !*t || strlen(t) > 64)
		return "file";
	for (const char *p = t; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')))
			return "file";
	return t;
}

typedef struct {
	const char *status_url;
	double limit;
	json_t *manifest;
	double expires_at;
	int refetched;
} manifest_state;

/* Fetches the manifest again, once per run, because its links expired. */
static int refetch_manifest(run *r, manifest_state *m, tf_error *err)
{
	if (m->refetched)
		return TF_ERROR;
	m->refetched = 1;
	r->res->manifest_refetches++;
	tf_client_log(r->c, 1, "export file links expired: fetching the manifest again");
	json_t *fresh = NULL;
	double exp;
	int rc = get_manifest(r, m->status_url, m->limit, &fresh, &exp, err);
	if (rc < 0)
		return rc;
	json_decref(m->manifest);
	m->manifest = fresh;
	m->expires_at = exp;
	return 0;
}

/* Downloads and reads entry i of the manifest's key ("output" or "error"). */
static void one_file(run *r, manifest_state *m, const char *key, size_t i)
{
	tf_export_result *res = r->res;
	int is_error = strcmp(key, "error") == 0;
	if (!m->refetched && m->expires_at >= 0 && tf_now() >= m->expires_at) {
		tf_error fe;
		tf_error_clear(&fe);
		if (refetch_manifest(r, m, &fe) < 0)
			tf_client_log(r->c, 1, "manifest re-fetch: %s", fe.message);
	}
	json_t *f = json_array_get(json_object_get(m->manifest, key), i);
	const char *type =
	        is_error ? "OperationOutcome" : json_string_value(json_object_get(f, "type"));
	char name[96], label[96];
	if (is_error) {
		snprintf(name, sizeof(name), "error-%zu.ndjson", i + 1);
		snprintf(label, sizeof(label), "error file %zu", i + 1);
	} else {
		snprintf(name, sizeof(name), "%zu-%s.ndjson", i + 1, name_type(type));
		snprintf(label, sizeof(label), "%s file %zu", name_type(type), i + 1);
	}
	tf_error fe;
	tf_error_clear(&fe);
	char *tmp = NULL;
	long status = 0;
	int rc;
	for (;;) {
		int requires_token =
		        json_is_true(json_object_get(m->manifest, "requiresAccessToken"));
		const char *url = json_string_value(json_object_get(f, "url"));
		if (!url) {
			rc = tf_error_set(&fe, TF_EPROTOCOL, "no url in the manifest");
			break;
		}
		rc = fetch_file(r, url, requires_token, name, &tmp, &status, &res->refetches, &fe);
		/* An expired link: the manifest knows a fresh one. */
		if (rc < 0 && (status == 403 || status == 404 || status == 410) && !m->refetched) {
			unlink(tmp);
			free(tmp);
			tmp = NULL;
			tf_error me;
			tf_error_clear(&me);
			if (refetch_manifest(r, m, &me) < 0) {
				tf_client_log(r->c, 1, "manifest re-fetch: %s", me.message);
				break;
			}
			f = json_array_get(json_object_get(m->manifest, key), i);
			continue;
		}
		break;
	}
	if (rc < 0) {
		tf_client_log(r->c, 1, "%s: %s", label, fe.message);
		res->failed_files++;
		partial(res, "%s: %s", label, fe.message);
		if (tmp)
			unlink(tmp);
		free(tmp);
		return;
	}
	const char *path = tmp;
	tf_buf final = TF_BUF_INIT;
	if (r->o->version >= 2 && r->o->keep_files && r->o->download_dir) {
		tf_buf_printf(&final, "%s/%s", r->dir, name);
		if (!final.oom && rename(tmp, final.ptr) == 0)
			path = final.ptr;
	}
	size_t delivered = 0;
	long lines =
	        read_lines(r, path, label, type, is_error ? r->on_error : r->fn, &delivered, &fe);
	if (path == tmp)
		unlink(tmp);
	free(tmp);
	tf_buf_free(&final);
	if (lines < 0) {
		res->failed_files++;
		partial(res, "%s: %s", label, fe.message);
		return;
	}
	if (is_error) {
		res->error_files++;
		res->errors += delivered;
		if (delivered)
			partial(res, "the server reported %zu error%s in its error files",
			        delivered, delivered == 1 ? "" : "s");
		return;
	}
	res->files++;
	res->resources += delivered;
	json_t *cnt = json_object_get(f, "count");
	if (json_is_integer(cnt) && json_integer_value(cnt) != (json_int_t)lines) {
		res->count_mismatches++;
		reject(r, label, 0, TF_EINVALID,
		       "the manifest counts %lld resources, the file has %ld",
		       (long long)json_integer_value(cnt), lines);
	}
}

int tf_client_export(tf_client *c, const tf_export_options *opts, tf_resource_fn fn,
                     tf_resource_fn on_error, void *ud, tf_export_result *out, tf_error *err)
{
	tf_export_options defaults = TF_EXPORT_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	if (opts->version != 1 && opts->version != TF_EXPORT_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "export options version not supported");
	/* A version-1 caller's result ends before the version-2 fields. */
	size_t res_size = opts->version >= 2 ? sizeof(tf_export_result)
	                                     : offsetof(tf_export_result, rejected_lines);
	tf_export_result local;
	memset(&local, 0, sizeof(local));
	if (out)
		memset(out, 0, res_size);
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
	run r = {c,
	         opts,
	         TF_EXPORT_MAX_FILE_BYTES,
	         TF_EXPORT_MAX_LINE_BYTES,
	         NULL,
	         fn,
	         on_error,
	         ud,
	         &local,
	         0,
	         err};
	if (opts->version >= 2) {
		if (opts->max_file_bytes)
			r.max_file = opts->max_file_bytes;
		if (opts->max_line_bytes)
			r.max_line = opts->max_line_bytes;
	}
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
	char *url, *status_url = NULL;
	manifest_state m = {NULL, 0, NULL, -1, 0};
	int rc = tf_url_build(c->base, seg, q, &url, err);
	if (rc < 0)
		return rc;
	/* Where files go: the caller's directory or a private one. */
	char privdir[512] = "";
	if (opts->version >= 2 && opts->download_dir) {
		r.dir = opts->download_dir;
	} else {
		const char *t = getenv("TMPDIR");
		snprintf(privdir, sizeof(privdir), "%s/trialfhir-export-XXXXXX",
		         t && *t ? t : "/tmp");
		if (!mkdtemp(privdir)) {
			free(url);
			return tf_error_set(err, TF_EIO, "cannot create a download directory: %s",
			                    strerror(errno));
		}
		r.dir = privdir;
	}
	tf_http_req *k = tf_http_req_new("GET", url);
	free(url);
	if (!k) {
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		goto done;
	}
	rc = tf_header_add(&k->headers, "Prefer", "respond-async", err);
	if (rc == 0)
		rc = tf_http_run1(c, k, err);
	if (rc == 0 && k->status != 202)
		rc = tf_http_status_error(k, NULL, err);
	if (rc == 0 && !k->content_location)
		rc = tf_error_set(err, TF_EPROTOCOL, "$export kick-off without Content-Location");
	status_url = rc == 0 ? strdup(k->content_location) : NULL;
	tf_http_req_free(k);
	if (rc == 0 && !status_url)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	if (rc < 0)
		goto done;
	m.status_url = status_url;
	m.limit = tf_now() + (opts->max_total_wait_s > 0 ? opts->max_total_wait_s : 3600);
	rc = get_manifest(&r, status_url, m.limit, &m.manifest, &m.expires_at, err);
	if (rc == 0) {
		size_t n = json_array_size(json_object_get(m.manifest, "output"));
		for (size_t i = 0; i < n && !r.stop; i++)
			one_file(&r, &m, "output", i);
		n = json_array_size(json_object_get(m.manifest, "error"));
		for (size_t i = 0; i < n && !r.stop; i++)
			one_file(&r, &m, "error", i);
		if (r.stop) {
			partial(&local, "stopped by the caller");
			rc = err && err->code < 0 ? err->code : TF_ERROR;
		}
	}
done:
	json_decref(m.manifest);
	free(status_url);
	if (privdir[0])
		rmdir(privdir);
	if (out)
		memcpy(out, &local, res_size);
	return rc;
}
