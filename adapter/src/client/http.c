/*
 * http.c - the client's HTTP engine: libcurl easy handles driven by one
 * multi handle, so connections are reused and at most max_in_flight
 * requests run at once, each carried to its end through retries,
 * redirects and one credential refresh.
 *
 * Every handle gets the settings of RELIABILITY.md section 3, set
 * explicitly because curl 7.88.1's defaults are weaker than today's:
 * https only (http only to loopback in the test mode), no redirects
 * followed by curl (GETs are followed here, by hand, with the origin
 * checked so credentials never reach another host), TLS >= 1.2 with peer
 * and host verification, connect/total timeouts and a low-speed limit, a
 * response cap counted in the write callback (curl 7.88 enforces
 * MAXFILESIZE neither mid-transfer nor on decompressed bytes), NOSIGNAL, no
 * netrc, no cookie engine, and verbose output only through a debug callback
 * that redacts credentials.
 *
 * Retries follow the rules in client.h: only idempotent requests after they
 * may have reached the server; a request that never left (connect or DNS
 * failure) or was refused with 429 may always be sent again. A request that
 * may not be retried is sent on a fresh connection: curl silently resends
 * a request whose reused connection died, which for a POST could create a
 * duplicate.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <openssl/x509_vfy.h>
#include "client_int.h"
#include "json/jsonx.h"
#include "trialfhir/json.h"

double tf_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

tf_http_req *tf_http_req_new(const char *method, const char *url)
{
	tf_http_req *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->method = method;
	r->url = strdup(url);
	if (!r->url) {
		free(r);
		return NULL;
	}
	r->idempotent = strcmp(method, "POST") != 0;
	r->follow = strcmp(method, "GET") == 0;
	r->accept_gzip = 1;
	return r;
}

int tf_http_req_set_body(tf_http_req *r, const char *content_type, const char *body, size_t len)
{
	free(r->body);
	r->body = malloc(len + 1);
	if (!r->body)
		return TF_ENOMEM;
	memcpy(r->body, body, len);
	r->body[len] = '\0';
	r->body_len = len;
	r->content_type = content_type;
	return 0;
}

int tf_http_req_set_json(tf_http_req *r, const json_t *body, tf_error *err)
{
	char *s;
	size_t len;
	int rc = tf_json_dump(body, TF_JSON_COMPACT, &s, &len, err);
	if (rc < 0)
		return rc;
	free(r->body);
	r->body = s;
	r->body_len = len;
	r->content_type = "application/fhir+json";
	return 0;
}

static void reset_response(tf_http_req *r)
{
	r->status = 0;
	tf_buf_clear(&r->resp);
	r->resp.oom = 0;
	free(r->etag);
	free(r->location);
	free(r->content_location);
	free(r->last_modified);
	free(r->retry_after);
	free(r->content_type_in);
	free(r->progress);
	free(r->expires);
	r->etag = r->location = r->content_location = r->last_modified = NULL;
	r->retry_after = r->content_type_in = r->progress = r->expires = NULL;
	r->retry_after_count = 0;
	r->wire_status = 0;
	r->body_rc = 0;
	r->received = 0;
	r->too_big = 0;
	r->errbuf[0] = '\0';
}

void tf_http_req_free(tf_http_req *r)
{
	if (!r)
		return;
	reset_response(r);
	tf_buf_free(&r->resp);
	if (r->easy)
		curl_easy_cleanup(r->easy);
	curl_slist_free_all(r->headers);
	curl_slist_free_all(r->all_headers);
	free(r->url);
	free(r->body);
	free(r);
}

/* --- callbacks --- */

static size_t on_write(char *ptr, size_t size, size_t nmemb, void *ud)
{
	tf_http_req *r = ud;
	size_t n = size * nmemb;
	/* Bytes as delivered, i.e. after decompression: the cap holds for
	 * what we store, whatever the wire size. */
	if (n > r->max_bytes || r->received > r->max_bytes - n) {
		r->too_big = 1;
		return 0;
	}
	r->received += n;
	/* Only a success body is streamed: an error's OperationOutcome is
	 * kept in resp for the message, whatever the caller streams to. */
	if (r->on_body && r->wire_status >= 200 && r->wire_status < 300) {
		int rc = r->on_body(r->body_ud, ptr, n);
		if (rc < 0) {
			r->body_rc = rc;
			return 0;
		}
		return n;
	}
	if (tf_buf_put(&r->resp, ptr, n) < 0)
		return 0;
	return n;
}

static int header_is(const char *line, size_t len, const char *name, const char **value,
                     size_t *vlen)
{
	size_t n = strlen(name);
	if (len <= n || line[n] != ':' || strncasecmp(line, name, n) != 0)
		return 0;
	size_t i = n + 1;
	while (i < len && (line[i] == ' ' || line[i] == '\t'))
		i++;
	size_t e = len;
	while (e > i && (line[e - 1] == '\r' || line[e - 1] == '\n' || line[e - 1] == ' '))
		e--;
	*value = line + i;
	*vlen = e - i;
	return 1;
}

static void keep(char **dst, const char *v, size_t len)
{
	free(*dst);
	*dst = strndup(v, len);
}

static size_t on_header(char *buf, size_t size, size_t nitems, void *ud)
{
	tf_http_req *r = ud;
	size_t len = size * nitems;
	const char *v;
	size_t vl;
	if (len >= 5 && memcmp(buf, "HTTP/", 5) == 0) {
		/* A new response (after 100 Continue, say): forget the last. */
		long keep_received = (long)r->received;
		reset_response(r);
		r->received = (size_t)keep_received;
		const char *sp = memchr(buf, ' ', len);
		if (sp && (size_t)(sp - buf) + 4 <= len)
			r->wire_status = strtol(sp + 1, NULL, 10);
		return len;
	}
	if (header_is(buf, len, "ETag", &v, &vl))
		keep(&r->etag, v, vl);
	else if (header_is(buf, len, "Location", &v, &vl))
		keep(&r->location, v, vl);
	else if (header_is(buf, len, "Content-Location", &v, &vl))
		keep(&r->content_location, v, vl);
	else if (header_is(buf, len, "Last-Modified", &v, &vl))
		keep(&r->last_modified, v, vl);
	else if (header_is(buf, len, "Expires", &v, &vl))
		keep(&r->expires, v, vl);
	else if (header_is(buf, len, "Content-Type", &v, &vl))
		keep(&r->content_type_in, v, vl);
	else if (header_is(buf, len, "Retry-After", &v, &vl)) {
		if (r->retry_after_count++ == 0)
			keep(&r->retry_after, v, vl);
	} else if (header_is(buf, len, "X-Progress", &v, &vl)) {
		/* Shown to people and logs: at most 100 characters, printable
		 * ASCII only (control characters, C1 controls that arrive as
		 * Latin-1 bytes and broken UTF-8 become '?'). */
		if (vl > 100)
			vl = 100;
		keep(&r->progress, v, vl);
		for (char *p = r->progress; p && *p; p++)
			if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
				*p = '?';
	}
	return len;
}

static int on_debug(CURL *h, curl_infotype type, char *data, size_t size, void *ud)
{
	const tf_client *c = ud;
	(void)h;
	const char *prefix = type == CURLINFO_HEADER_OUT  ? "> "
	                     : type == CURLINFO_HEADER_IN ? "< "
	                     : type == CURLINFO_TEXT      ? "* "
	                                                  : NULL;
	if (!prefix)
		return 0; /* bodies are never logged: they hold PHI and secrets */
	size_t i = 0;
	while (i < size) {
		size_t e = i;
		while (e < size && data[e] != '\n')
			e++;
		if (e > i && !(e - i == 1 && data[i] == '\r')) {
			tf_buf b = TF_BUF_INIT;
			tf_buf_puts(&b, prefix);
			tf_redact_header_line(data + i, e - i, &b);
			if (!b.oom)
				tf_client_log(c, 2, "%s", b.ptr);
			tf_buf_free(&b);
		}
		i = e + 1;
	}
	return 0;
}

/* --- one attempt --- */

static int finish(tf_http_req *r, int rc)
{
	r->rc = rc;
	r->finished = 1;
	return rc;
}

static int add_auth(tf_client *c, tf_http_req *r, struct curl_slist **hl, int aux)
{
	r->sent_auth = 0;
	if (r->no_auth || aux || !c->auth || !tf_client_may_authorize(c, r->url))
		return 0;
	char *h = NULL;
	c->in_auth = 1;
	int rc = c->auth->ops->authorize(c->auth->ctx, c, r->url, &h, &r->err);
	c->in_auth = 0;
	if (rc < 0) {
		free(h);
		return rc;
	}
	if (!h)
		return 0;
	rc = tf_header_add(hl, "Authorization", h, &r->err);
	OPENSSL_cleanse(h, strlen(h));
	free(h);
	if (rc == 0)
		r->sent_auth = 1;
	return rc;
}

/* Builds the easy handle of the next attempt and adds it to multi. */
static int start(tf_client *c, CURLM *multi, tf_http_req *r, int aux)
{
	reset_response(r);
	tf_error_clear(&r->err);
	if (r->on_restart && r->on_restart(r->body_ud) < 0)
		return finish(
		        r, tf_error_set(&r->err, TF_EIO, "cannot restart an interrupted download"));
	if (!tf_url_scheme_allowed(r->url, c->o.allow_loopback_http))
		return finish(r, tf_error_set(&r->err, TF_EINVAL,
		                              "refusing URL: https only (http only to loopback "
		                              "in the test mode)"));
	r->max_bytes = r->max_bytes ? r->max_bytes : c->o.max_response_bytes;
	CURL *h = curl_easy_init();
	if (!h)
		return finish(r, tf_error_set(&r->err, TF_ENOMEM, "cannot create a curl handle"));
	struct curl_slist *hl = NULL;
	for (struct curl_slist *p = r->headers; p; p = p->next) {
		struct curl_slist *n = curl_slist_append(hl, p->data);
		if (!n)
			goto oom;
		hl = n;
	}
	if (!(hl = curl_slist_append(hl, "Accept: application/fhir+json, application/json;q=0.9")))
		goto oom;
	/* No "Expect: 100-continue" round trip for large bodies. */
	if (!(hl = curl_slist_append(hl, "Expect:")))
		goto oom;
	if (r->body && r->content_type) {
		tf_buf ct = TF_BUF_INIT;
		tf_buf_printf(&ct, "Content-Type: %s", r->content_type);
		struct curl_slist *n = ct.oom ? NULL : curl_slist_append(hl, ct.ptr);
		tf_buf_free(&ct);
		if (!n)
			goto oom;
		hl = n;
	}
	int rc = add_auth(c, r, &hl, aux);
	if (rc < 0) {
		curl_slist_free_all(hl);
		curl_easy_cleanup(h);
		return finish(r, rc);
	}
	const tf_client_options *o = &c->o;
	int bad = 0;
#define SET(opt, val) bad |= curl_easy_setopt(h, opt, val) != CURLE_OK
	SET(CURLOPT_URL, r->url);
	SET(CURLOPT_PROTOCOLS_STR, o->allow_loopback_http ? "https,http" : "https");
	SET(CURLOPT_REDIR_PROTOCOLS_STR, "https");
	SET(CURLOPT_FOLLOWLOCATION, 0L);
	SET(CURLOPT_MAXREDIRS, 5L);
	SET(CURLOPT_UNRESTRICTED_AUTH, 0L);
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	SET(CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
	SET(CURLOPT_CONNECTTIMEOUT_MS, o->connect_timeout_ms);
	SET(CURLOPT_TIMEOUT_MS, o->timeout_ms);
	SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
	SET(CURLOPT_LOW_SPEED_TIME, o->low_speed_time_s);
	SET(CURLOPT_NOSIGNAL, 1L);
	SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)r->max_bytes);
	SET(CURLOPT_NETRC, (long)CURL_NETRC_IGNORED);
	SET(CURLOPT_MAXLIFETIME_CONN, 3600L);
	SET(CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	SET(CURLOPT_USERAGENT, "trialfhir/" TF_VERSION_STRING);
	SET(CURLOPT_ERRORBUFFER, r->errbuf);
	SET(CURLOPT_WRITEFUNCTION, on_write);
	SET(CURLOPT_WRITEDATA, r);
	SET(CURLOPT_HEADERFUNCTION, on_header);
	SET(CURLOPT_HEADERDATA, r);
	SET(CURLOPT_PRIVATE, r);
	SET(CURLOPT_HTTPHEADER, hl);
	if (r->accept_gzip)
		SET(CURLOPT_ACCEPT_ENCODING, "gzip");
	if (c->ca_file)
		SET(CURLOPT_CAINFO, c->ca_file);
	if (c->client_cert) {
		SET(CURLOPT_SSLCERT, c->client_cert);
		SET(CURLOPT_SSLCERTTYPE, "PEM");
	}
	if (c->client_key) {
		SET(CURLOPT_SSLKEY, c->client_key);
		SET(CURLOPT_SSLKEYTYPE, "PEM");
	}
	if (o->verbose >= 2) {
		SET(CURLOPT_DEBUGFUNCTION, on_debug);
		SET(CURLOPT_DEBUGDATA, c);
		SET(CURLOPT_VERBOSE, 1L);
	}
	if (!r->idempotent)
		SET(CURLOPT_FRESH_CONNECT, 1L);
	if (strcmp(r->method, "GET") == 0) {
		SET(CURLOPT_HTTPGET, 1L);
	} else {
		if (strcmp(r->method, "POST") != 0)
			SET(CURLOPT_CUSTOMREQUEST, r->method);
		if (r->body || strcmp(r->method, "DELETE") != 0) {
			SET(CURLOPT_POST, 1L);
			SET(CURLOPT_POSTFIELDS, r->body ? r->body : "");
			SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body_len);
		}
	}
#undef SET
	if (bad || curl_multi_add_handle(multi, h) != CURLM_OK) {
		curl_slist_free_all(hl);
		curl_easy_cleanup(h);
		return finish(r, tf_error_set(&r->err, TF_ERROR, "cannot set up the request"));
	}
	r->easy = h;
	r->all_headers = hl;
	c->requests++;
	return 0;
oom:
	curl_slist_free_all(hl);
	curl_easy_cleanup(h);
	return finish(r, tf_error_set(&r->err, TF_ENOMEM, "out of memory"));
}

/* The path of url for log lines and messages, the query hashed. */
static void log_target(const char *url, char *out, size_t size)
{
	const char *p = strstr(url, "://");
	p = p ? strchr(p + 3, '/') : NULL;
	if (!p)
		p = "/";
	const char *q = strchr(p, '?');
	if (q) {
		char h[9];
		tf_short_hash(q + 1, strlen(q + 1), h);
		snprintf(out, size, "%.*s?[sha256:%s]", (int)(q - p), p, h);
	} else {
		snprintf(out, size, "%s", p);
	}
}

static void schedule_retry(tf_client *c, tf_http_req *r, double delay, const char *why)
{
	char t[300];
	log_target(r->url, t, sizeof(t));
	tf_client_log(c, 1, "retry %d of %s %s in %.2f s (%s)", r->attempts, r->method, t, delay,
	              why);
	r->ready_at = tf_now() + delay;
}

static int tls_code(CURL *h, CURLcode res, const char *errbuf)
{
	long vr = 0;
	curl_easy_getinfo(h, CURLINFO_SSL_VERIFYRESULT, &vr);
	if (res == CURLE_PEER_FAILED_VERIFICATION) {
		if (vr == X509_V_ERR_CERT_HAS_EXPIRED || vr == X509_V_ERR_CERT_NOT_YET_VALID)
			return TF_ETLS_EXPIRED;
		/* curl 7.88 checks the name itself once the chain verified, and
		 * then leaves the verify result at "unspecified" (1); its
		 * message names the host. */
		if (vr == X509_V_ERR_HOSTNAME_MISMATCH || vr == X509_V_ERR_IP_ADDRESS_MISMATCH ||
		    strstr(errbuf, "host name") || strstr(errbuf, "subject name"))
			return TF_ETLS_HOSTNAME;
		return TF_ETLS_UNTRUSTED;
	}
	return TF_ETLS;
}

/* A transfer ended: decide between done, retry, redirect and refresh. */
static void complete(tf_client *c, CURLM *multi, tf_http_req *r, CURLcode res)
{
	CURL *h = r->easy;
	r->attempts++;
	long status = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	int tls = 0;
	char *redirect = NULL;
	if (res != CURLE_OK) {
		switch (res) {
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CONNECT_ERROR:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_CIPHER:
		case CURLE_SSL_CACERT_BADFILE:
		case CURLE_SSL_ISSUER_ERROR:
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		case CURLE_SSL_CRL_BADFILE:
		case CURLE_SSL_ENGINE_NOTFOUND:
		case CURLE_SSL_ENGINE_SETFAILED:
		case CURLE_SSL_SHUTDOWN_FAILED:
		case CURLE_USE_SSL_FAILED:
			tls = tls_code(h, res, r->errbuf);
			break;
		default:
			break;
		}
	} else if (status >= 300 && status < 400) {
		char *u = NULL;
		curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &u);
		if (u)
			redirect = strdup(u);
	}
	curl_multi_remove_handle(multi, h);
	curl_easy_cleanup(h);
	r->easy = NULL;
	curl_slist_free_all(r->all_headers);
	r->all_headers = NULL;
	char t[300];
	log_target(r->url, t, sizeof(t));
	const tf_client_options *o = &c->o;
	int may_retry = r->attempts <= o->max_retries;

	if (res != CURLE_OK) {
		const char *what = r->errbuf[0] ? r->errbuf : curl_easy_strerror(res);
		tf_client_log(c, 1, "%s %s -> %s", r->method, t, what);
		if (tls) {
			finish(r, tf_error_set(&r->err, tls, "TLS: %s", what));
			return;
		}
		if (r->body_rc < 0) {
			finish(r, tf_error_set(&r->err, r->body_rc,
			                       "%s %s: the response body could not be stored",
			                       r->method, t));
			return;
		}
		if (r->too_big || res == CURLE_FILESIZE_EXCEEDED) {
			finish(r, tf_error_set(&r->err, TF_ELIMIT,
			                       "%s %s: response larger than %zu bytes", r->method,
			                       t, r->max_bytes));
			return;
		}
		if (res == CURLE_UNSUPPORTED_PROTOCOL || res == CURLE_URL_MALFORMAT) {
			finish(r,
			       tf_error_set(&r->err, TF_EINVAL, "%s %s: %s", r->method, t, what));
			return;
		}
		/* Nothing was sent when the connection never came up. */
		int never_sent = res == CURLE_COULDNT_CONNECT ||
		                 res == CURLE_COULDNT_RESOLVE_HOST ||
		                 res == CURLE_COULDNT_RESOLVE_PROXY;
		int code = res == CURLE_OPERATION_TIMEDOUT ? TF_ETIMEOUT : TF_ETRANSPORT;
		if ((r->idempotent || never_sent) && may_retry) {
			schedule_retry(c, r,
			               tf_backoff_delay(r->attempts - 1, o->backoff_base_s,
			                                o->backoff_cap_s, tf_random_unit()),
			               what);
			return;
		}
		if (!r->idempotent && !never_sent) {
			finish(r,
			       tf_error_set(&r->err, TF_EUNKNOWN_OUTCOME,
			                    "%s %s: %s after the request was sent: it may or may "
			                    "not have been carried out",
			                    r->method, t, what));
			return;
		}
		finish(r, tf_error_set(&r->err, code, "%s %s: %s (after %d attempt%s)", r->method,
		                       t, what, r->attempts, r->attempts == 1 ? "" : "s"));
		return;
	}
	r->status = status;
	tf_client_log(c, 1, "%s %s -> %ld", r->method, t, status);

	if (status >= 300 && status < 400 && status != 304) {
		if (!redirect || !r->follow) {
			free(redirect);
			finish(r,
			       tf_error_set(&r->err, TF_EREDIRECT,
			                    "%s %s: HTTP %ld redirect not followed%s", r->method, t,
			                    status, r->follow ? " (no Location)" : " for a write"));
			return;
		}
		int downgrade = strncmp(r->url, "https:", 6) == 0 && strncmp(redirect, "https:", 6);
		if (downgrade || !tf_url_scheme_allowed(redirect, o->allow_loopback_http)) {
			free(redirect);
			finish(r,
			       tf_error_set(&r->err, TF_EREDIRECT,
			                    "%s %s: redirect to a refused scheme", r->method, t));
			return;
		}
		if (++r->redirects > 5) {
			free(redirect);
			finish(r, tf_error_set(&r->err, TF_EREDIRECT,
			                       "%s %s: more than 5 redirects", r->method, t));
			return;
		}
		/* Credentials stay with their origin; once dropped for this
		 * request they stay dropped. */
		if (!tf_url_same_origin(r->url, redirect))
			r->no_auth = 1;
		free(r->url);
		r->url = redirect;
		r->attempts--; /* a redirect is not a retry */
		r->ready_at = tf_now();
		return;
	}
	free(redirect);
	if (status == 401 && r->sent_auth && !r->refreshed && c->auth && c->auth->ops->invalidate &&
	    c->auth->ops->invalidate(c->auth->ctx) == 1) {
		r->refreshed = 1;
		r->attempts--;
		r->ready_at = tf_now();
		tf_client_log(c, 1, "credentials refused: refreshing once");
		return;
	}
	if (tf_status_retryable(status) && (r->idempotent || status == 429)) {
		double d;
		int valid = tf_retry_after_parse(r->retry_after, r->retry_after_count, time(NULL),
		                                 &d) == 0;
		if (valid && d > o->max_wait_s) {
			finish(r,
			       tf_error_set(&r->err, TF_EWAIT,
			                    "%s %s: HTTP %ld asks to retry after %.0f s, more than "
			                    "the %.0f s we wait",
			                    r->method, t, status, d, o->max_wait_s));
			return;
		}
		if (may_retry) {
			if (!valid)
				d = tf_backoff_delay(r->attempts - 1, o->backoff_base_s,
				                     o->backoff_cap_s, tf_random_unit());
			schedule_retry(c, r, d, valid ? "Retry-After" : "backoff");
			return;
		}
	}
	finish(r, 0);
}

static int run_on(tf_client *c, CURLM *multi, tf_http_req **reqs, size_t n, int aux)
{
	int max = c->o.max_in_flight > 0 ? c->o.max_in_flight : 1;
	int active = 0;
	double now = tf_now();
	for (size_t i = 0; i < n; i++) {
		reqs[i]->finished = 0;
		reqs[i]->rc = 0;
		reqs[i]->attempts = 0;
		reqs[i]->redirects = 0;
		reqs[i]->refreshed = 0;
		reqs[i]->ready_at = now;
	}
	for (;;) {
		now = tf_now();
		size_t left = 0;
		double next = -1;
		for (size_t i = 0; i < n; i++) {
			tf_http_req *r = reqs[i];
			if (r->finished)
				continue;
			left++;
			if (r->easy)
				continue;
			if (r->ready_at <= now && active < max) {
				if (start(c, multi, r, aux) == 0)
					active++;
				else
					left--;
			} else if (next < 0 || r->ready_at < next) {
				next = r->ready_at;
			}
		}
		if (!left)
			break;
		int running = 0;
		if (curl_multi_perform(multi, &running) != CURLM_OK)
			return TF_ERROR;
		CURLMsg *m;
		int q;
		while ((m = curl_multi_info_read(multi, &q))) {
			if (m->msg != CURLMSG_DONE)
				continue;
			tf_http_req *r = NULL;
			curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&r);
			CURLcode res = m->data.result;
			if (!r)
				continue;
			active--;
			complete(c, multi, r, res);
		}
		size_t open = 0;
		for (size_t i = 0; i < n; i++)
			open += !reqs[i]->finished;
		if (!open)
			break; /* the last one just finished: no need to wait */
		int timeout = 1000;
		if (next >= 0) {
			double ms = (next - tf_now()) * 1000.0;
			if (ms < timeout)
				timeout = ms < 0 ? 0 : (int)ms + 1;
		}
		/* curl has timers of its own (connect phases, expiries): never
		 * sleep past the moment it wants to be called again. */
		long ct = -1;
		if (curl_multi_timeout(multi, &ct) == CURLM_OK && ct >= 0 && ct < timeout)
			timeout = (int)ct;
		int has_ready = 0;
		for (size_t i = 0; i < n && !has_ready; i++)
			if (!reqs[i]->finished && !reqs[i]->easy && reqs[i]->ready_at <= tf_now() &&
			    active < max)
				has_ready = 1;
		if (!has_ready && curl_multi_poll(multi, NULL, 0, timeout, NULL) != CURLM_OK)
			return TF_ERROR;
	}
	return 0;
}

int tf_http_run(tf_client *c, tf_http_req **reqs, size_t n)
{
	return run_on(c, c->multi, reqs, n, 0);
}

int tf_http_run1(tf_client *c, tf_http_req *r, tf_error *err)
{
	int rc = run_on(c, c->multi, &r, 1, 0);
	if (rc < 0)
		return tf_error_set(err, rc, "HTTP engine failed");
	if (r->rc < 0 && err)
		*err = r->err;
	return r->rc;
}

int tf_http_json(const tf_http_req *r, json_t **out, tf_error *err)
{
	if (!r->resp.len)
		return tf_error_set(err, TF_EPROTOCOL, "HTTP %ld: empty response body", r->status);
	tf_error e;
	tf_error_clear(&e);
	if (tf_json_load_record(r->resp.ptr, r->resp.len, out, &e) < 0)
		return tf_error_set(err, TF_EPROTOCOL, "HTTP %ld: response is not valid JSON: %s",
		                    r->status, e.message);
	return 0;
}

int tf_http_status_error(const tf_http_req *r, json_t **outcome, tf_error *err)
{
	json_t *body = NULL;
	const char *diag = NULL;
	if (outcome)
		*outcome = NULL;
	if (r->resp.len && tf_json_load_record(r->resp.ptr, r->resp.len, &body, NULL) == 0 &&
	    tf_streq(json_string_value(json_object_get(body, "resourceType")),
	             "OperationOutcome")) {
		json_t *issue = json_array_get(json_object_get(body, "issue"), 0);
		diag = json_string_value(
		        json_object_get(json_object_get(issue, "details"), "text"));
		if (!diag)
			diag = json_string_value(json_object_get(issue, "diagnostics"));
	}
	long s = r->status;
	int code = s == 400 || s == 422                          ? TF_EREJECTED
	           : s == 401 || s == 403                        ? TF_EAUTH
	           : s == 404 || s == 410                        ? TF_ENOTFOUND
	           : s == 409 || s == 412                        ? TF_ECONFLICT
	           : s >= 400 && s < 500 && s != 408 && s != 429 ? TF_EREJECTED
	           : s >= 300 && s < 400                         ? TF_EREDIRECT
	                                                         : TF_EHTTP;
	char t[300];
	log_target(r->url, t, sizeof(t));
	tf_error_set(err, code, "%s %s: HTTP %ld%s%s%s", r->method, t, s, diag ? " (" : "",
	             diag ? diag : "", diag ? ")" : "");
	if (outcome && body && json_object_get(body, "issue"))
		*outcome = json_incref(body);
	json_decref(body);
	return code;
}

int tf_client_raw_request(tf_client *c, const char *method, const char *url,
                          const char *content_type, const char *body, size_t body_len, long *status,
                          char **resp, size_t *resp_len, tf_error *err)
{
	tf_http_req *r = tf_http_req_new(method, url);
	if (!r)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	r->no_auth = 1;
	r->follow = 0;
	r->max_bytes = 1 << 20;
	if (body && tf_http_req_set_body(r, content_type, body, body_len) < 0) {
		tf_http_req_free(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	/* Own multi handle: a provider may call this while the main engine
	 * has transfers in flight, whose completions must not be consumed
	 * here. */
	CURLM *m = curl_multi_init();
	if (!m) {
		tf_http_req_free(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	int rc = run_on(c, m, &r, 1, 1);
	curl_multi_cleanup(m);
	if (rc == 0)
		rc = r->rc;
	if (rc < 0) {
		if (err)
			*err = r->err;
	} else {
		*status = r->status;
		if (resp_len)
			*resp_len = r->resp.len;
		*resp = r->resp.ptr ? tf_buf_detach(&r->resp) : strdup("");
		if (!*resp)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	tf_http_req_free(r);
	return rc;
}
