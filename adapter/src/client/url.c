/*
 * url.c - URLs and header values, built so that user data can never change
 * their structure: every path segment and query value is percent-escaped
 * and the result goes through curl_url() (RELIABILITY.md scenario 23),
 * FHIR search escaping for literal ',' '|' '$' '\', and CR/LF refused in
 * anything that becomes a header. Also origins (scheme, host, port), which
 * decide where credentials may go, and the next link of a search page.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "client_int.h"

static int is_loopback_host(const char *host)
{
	return host && (strcmp(host, "127.0.0.1") == 0 || tf_strcaseeq(host, "localhost") ||
	                strcmp(host, "[::1]") == 0);
}

/* Parts of url; each out string is curl-allocated (curl_free) or NULL. */
static int url_parts(const char *url, char **scheme, char **host, char **port)
{
	CURLU *h = curl_url();
	if (!h)
		return TF_ENOMEM;
	int rc = 0;
	*scheme = *host = *port = NULL;
	if (curl_url_set(h, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_SCHEME, scheme, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_HOST, host, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_PORT, port, CURLU_DEFAULT_PORT) != CURLUE_OK)
		rc = TF_EINVAL;
	curl_url_cleanup(h);
	if (rc) {
		curl_free(*scheme);
		curl_free(*host);
		curl_free(*port);
		*scheme = *host = *port = NULL;
	}
	return rc;
}

char *tf_url_origin(const char *url)
{
	char *scheme, *host, *port;
	if (!url || url_parts(url, &scheme, &host, &port) < 0)
		return NULL;
	tf_buf b = TF_BUF_INIT;
	/* curl lower-cases the scheme; hosts compare case-insensitively. */
	for (char *p = host; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	tf_buf_printf(&b, "%s://%s:%s", scheme, host, port);
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	return tf_buf_detach(&b);
}

int tf_url_scheme_allowed(const char *url, int allow_http)
{
	char *scheme, *host, *port;
	if (!url || url_parts(url, &scheme, &host, &port) < 0)
		return 0;
	int ok = strcmp(scheme, "https") == 0 ||
	         (allow_http && strcmp(scheme, "http") == 0 && is_loopback_host(host));
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	return ok;
}

int tf_url_same_origin(const char *a, const char *b)
{
	char *oa = tf_url_origin(a), *ob = tf_url_origin(b);
	int same = oa && ob && strcmp(oa, ob) == 0;
	free(oa);
	free(ob);
	return same;
}

int tf_url_check_base(const char *url, int allow_loopback_http, char **out, tf_error *err)
{
	if (!url || !*url)
		return tf_error_set(err, TF_EINVAL, "no server URL");
	if (!tf_header_value_ok(url) || strchr(url, ' '))
		return tf_error_set(err, TF_EINVAL,
		                    "server URL contains spaces or control characters");
	CURLU *h = curl_url();
	if (!h)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	char *scheme = NULL, *host = NULL, *user = NULL, *query = NULL, *frag = NULL, *full = NULL;
	int rc = 0;
	if (curl_url_set(h, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
	    curl_url_get(h, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		rc = tf_error_set(err, TF_EINVAL, "server URL does not parse");
		goto done;
	}
	if (strcmp(scheme, "https") != 0 &&
	    !(strcmp(scheme, "http") == 0 && allow_loopback_http && is_loopback_host(host))) {
		rc = tf_error_set(
		        err, TF_EINVAL,
		        "server URL must be https (plain http only to 127.0.0.1/localhost "
		        "with the loopback test mode)");
		goto done;
	}
	/* Credentials in a URL end up in logs and histories: refuse them;
	 * a query or fragment has no place in a FHIR base. */
	if (curl_url_get(h, CURLUPART_USER, &user, 0) == CURLUE_OK ||
	    curl_url_get(h, CURLUPART_QUERY, &query, 0) == CURLUE_OK ||
	    curl_url_get(h, CURLUPART_FRAGMENT, &frag, 0) == CURLUE_OK) {
		rc = tf_error_set(err, TF_EINVAL,
		                  "server URL must not hold user info, a query or a fragment");
		goto done;
	}
	if (curl_url_get(h, CURLUPART_URL, &full, 0) != CURLUE_OK) {
		rc = tf_error_set(err, TF_EINVAL, "server URL does not parse");
		goto done;
	}
	size_t len = strlen(full);
	while (len && full[len - 1] == '/')
		len--;
	*out = strndup(full, len);
	if (!*out)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory");
done:
	curl_free(scheme);
	curl_free(host);
	curl_free(user);
	curl_free(query);
	curl_free(frag);
	curl_free(full);
	curl_url_cleanup(h);
	return rc;
}

static int put_escaped(tf_buf *b, const char *s)
{
	char *e = curl_easy_escape(NULL, s, 0);
	if (!e)
		return TF_ENOMEM;
	int rc = tf_buf_puts(b, e);
	curl_free(e);
	return rc;
}

int tf_form_encode(const char *const *pairs, char **out, tf_error *err)
{
	tf_buf b = TF_BUF_INIT;
	for (size_t i = 0; pairs && pairs[i]; i += 2) {
		if (!pairs[i + 1]) {
			tf_buf_free(&b);
			return tf_error_set(err, TF_EINVAL, "parameter '%s' has no value",
			                    pairs[i]);
		}
		if (i)
			tf_buf_putc(&b, '&');
		put_escaped(&b, pairs[i]);
		tf_buf_putc(&b, '=');
		put_escaped(&b, pairs[i + 1]);
	}
	if (b.oom || (!b.ptr && tf_buf_puts(&b, "") < 0)) {
		tf_buf_free(&b);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = tf_buf_detach(&b);
	return 0;
}

int tf_url_build(const char *base, const char *const *segments, const char *const *query,
                 char **out, tf_error *err)
{
	tf_buf b = TF_BUF_INIT;
	tf_buf_puts(&b, base);
	for (size_t i = 0; segments && segments[i]; i++) {
		if (!*segments[i] || strcmp(segments[i], ".") == 0 ||
		    strcmp(segments[i], "..") == 0) {
			tf_buf_free(&b);
			return tf_error_set(err, TF_EINVAL, "empty or dot path segment in URL");
		}
		tf_buf_putc(&b, '/');
		/* Unreserved characters and '$' (a sub-delim, legal in a path
		 * segment, and the mark of FHIR operations) stay; anything else
		 * is percent-escaped. */
		for (const unsigned char *p = (const unsigned char *)segments[i]; *p; p++) {
			if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~' ||
			    *p == '$')
				tf_buf_putc(&b, (char)*p);
			else
				tf_buf_printf(&b, "%%%02X", *p);
		}
	}
	if (query && query[0]) {
		char *q;
		int rc = tf_form_encode(query, &q, err);
		if (rc < 0) {
			tf_buf_free(&b);
			return rc;
		}
		tf_buf_putc(&b, '?');
		tf_buf_puts(&b, q);
		free(q);
	}
	if (b.oom) {
		tf_buf_free(&b);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	/* Round-trip through curl's parser: what we send is what it accepts. */
	CURLU *h = curl_url();
	char *full = NULL;
	int ok = h && curl_url_set(h, CURLUPART_URL, b.ptr, 0) == CURLUE_OK &&
	         curl_url_get(h, CURLUPART_URL, &full, 0) == CURLUE_OK;
	curl_url_cleanup(h);
	tf_buf_free(&b);
	if (!ok) {
		curl_free(full);
		return tf_error_set(err, TF_EINVAL, "cannot build a valid URL");
	}
	*out = strdup(full);
	curl_free(full);
	return *out ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
}

int tf_header_value_ok(const char *value)
{
	if (!value)
		return 0;
	for (const unsigned char *p = (const unsigned char *)value; *p; p++)
		if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
			return 0;
	return 1;
}

int tf_header_add(struct curl_slist **list, const char *name, const char *value, tf_error *err)
{
	if (!tf_header_value_ok(value))
		return tf_error_set(err, TF_EINVAL,
		                    "%s header value contains CR, LF or control characters", name);
	tf_buf b = TF_BUF_INIT;
	tf_buf_printf(&b, "%s: %s", name, value);
	if (b.oom)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	struct curl_slist *n = curl_slist_append(*list, b.ptr);
	tf_buf_free(&b);
	if (!n)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	*list = n;
	return 0;
}

const char *tf_bundle_next_link(const json_t *bundle)
{
	size_t i;
	json_t *l;
	json_array_foreach(json_object_get(bundle, "link"), i, l)
	{
		if (tf_streq(json_string_value(json_object_get(l, "relation")), "next")) {
			const char *u = json_string_value(json_object_get(l, "url"));
			return u && *u ? u : NULL;
		}
	}
	return NULL;
}

int tf_search_escape(const char *value, char **out)
{
	tf_buf b = TF_BUF_INIT;
	for (const char *p = value ? value : ""; *p; p++) {
		if (*p == '\\' || *p == ',' || *p == '|' || *p == '$')
			tf_buf_putc(&b, '\\');
		tf_buf_putc(&b, *p);
	}
	if (!b.ptr)
		tf_buf_puts(&b, "");
	if (b.oom) {
		tf_buf_free(&b);
		return TF_ENOMEM;
	}
	*out = tf_buf_detach(&b);
	return 0;
}

int tf_search_token(const char *system, const char *code, char **out)
{
	char *es = NULL, *ec = NULL;
	if ((system && tf_search_escape(system, &es) < 0) || tf_search_escape(code, &ec) < 0) {
		free(es);
		return TF_ENOMEM;
	}
	tf_buf b = TF_BUF_INIT;
	if (es)
		tf_buf_printf(&b, "%s|%s", es, ec);
	else
		tf_buf_puts(&b, ec);
	free(es);
	free(ec);
	if (b.oom) {
		tf_buf_free(&b);
		return TF_ENOMEM;
	}
	*out = tf_buf_detach(&b);
	return 0;
}
