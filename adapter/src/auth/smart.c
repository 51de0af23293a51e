/*
 * smart.c - the SMART Backend Services auth provider (client_credentials
 * grant with a private_key_jwt client assertion, SMART App Launch 2.x
 * "Backend Services"). The token endpoint comes from the options or from
 * [base]/.well-known/smart-configuration; each token request carries a new
 * assertion (fresh jti, exp <= now + 290 s, aud = the token URL). The
 * access token is cached until 80% of its expires_in has passed, and
 * dropped when the server answers 401 so the next request gets a new one
 * (the client retries such a request once). There are no refresh tokens in
 * this flow, and none are ever requested.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
#include "client/client_int.h"
#include "json/jsonx.h"

typedef struct {
	char *client_id;
	char *kid;
	char *scope;
	char *token_url; /* configured or discovered */
	tf_jwt_alg alg;
	EVP_PKEY *key;
	char *token;     /* cached access token, or NULL */
	double renew_at; /* monotonic time after which it is fetched again */
} smart_ctx;

static void smart_free(void *p)
{
	smart_ctx *s = p;
	if (!s)
		return;
	free(s->client_id);
	free(s->kid);
	free(s->scope);
	free(s->token_url);
	EVP_PKEY_free(s->key);
	if (s->token) {
		OPENSSL_cleanse(s->token, strlen(s->token));
		free(s->token);
	}
	free(s);
}

static int discover(smart_ctx *s, tf_client *c, tf_error *err)
{
	const char *seg[] = {".well-known", "smart-configuration", NULL};
	char *url, *body = NULL;
	size_t len = 0;
	long status = 0;
	int rc = tf_url_build(tf_client_base(c), seg, NULL, &url, err);
	if (rc < 0)
		return rc;
	rc = tf_client_raw_request(c, "GET", url, NULL, NULL, 0, &status, &body, &len, err);
	free(url);
	if (rc < 0)
		return rc;
	json_t *j = NULL;
	if (status != 200 || tf_json_load_record(body, len, &j, NULL) < 0) {
		free(body);
		return tf_error_set(err, TF_EAUTH,
		                    "no SMART configuration at the server (HTTP %ld)", status);
	}
	free(body);
	const char *te = json_string_value(json_object_get(j, "token_endpoint"));
	if (!te || !tf_url_scheme_allowed(te, c->o.allow_loopback_http)) {
		json_decref(j);
		return tf_error_set(err, TF_EAUTH,
		                    "SMART configuration has no usable https "
		                    "token_endpoint");
	}
	s->token_url = strdup(te);
	json_decref(j);
	return s->token_url ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
}

static int fetch_token(smart_ctx *s, tf_client *c, tf_error *err)
{
	int rc = 0;
	if (!s->token_url && (rc = discover(s, c, err)) < 0)
		return rc;
	char *assertion = NULL, *form = NULL, *body = NULL;
	size_t len = 0;
	long status = 0;
	rc = tf_jwt_client_assertion(s->key, s->alg, s->kid, s->client_id, s->token_url, time(NULL),
	                             240, &assertion, err);
	if (rc < 0)
		return rc;
	const char *pairs[] = {"grant_type",
	                       "client_credentials",
	                       "scope",
	                       s->scope,
	                       "client_assertion_type",
	                       "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
	                       "client_assertion",
	                       assertion,
	                       NULL};
	rc = tf_form_encode(pairs, &form, err);
	OPENSSL_cleanse(assertion, strlen(assertion));
	free(assertion);
	if (rc < 0)
		return rc;
	tf_client_log(c, 1, "requesting an access token from the token endpoint");
	rc = tf_client_raw_request(c, "POST", s->token_url, "application/x-www-form-urlencoded",
	                           form, strlen(form), &status, &body, &len, err);
	OPENSSL_cleanse(form, strlen(form));
	free(form);
	if (rc < 0)
		return rc == TF_EINVAL ? rc : (tf_error_prefix(err, "token endpoint: "), rc);
	json_t *j = NULL;
	int parsed = tf_json_load_record(body, len, &j, NULL) == 0;
	free(body);
	if (status != 200 || !parsed) {
		const char *e = parsed ? json_string_value(json_object_get(j, "error")) : NULL;
		const char *d =
		        parsed ? json_string_value(json_object_get(j, "error_description")) : NULL;
		tf_error_set(err, TF_EAUTH, "token endpoint refused the client (HTTP %ld%s%s%s%s)",
		             status, e ? ": " : "", e ? e : "", d ? ", " : "", d ? d : "");
		json_decref(j);
		return TF_EAUTH;
	}
	const char *tok = json_string_value(json_object_get(j, "access_token"));
	const char *tt = json_string_value(json_object_get(j, "token_type"));
	json_t *exp = json_object_get(j, "expires_in");
	double expires = json_is_integer(exp) ? (double)json_integer_value(exp) : 300.0;
	if (!tok || !*tok || strchr(tok, ' ') || !tf_header_value_ok(tok) ||
	    (tt && !tf_strcaseeq(tt, "bearer"))) {
		json_decref(j);
		return tf_error_set(err, TF_EAUTH,
		                    "token endpoint answered without a usable bearer "
		                    "access_token");
	}
	if (s->token) {
		OPENSSL_cleanse(s->token, strlen(s->token));
		free(s->token);
	}
	s->token = strdup(tok);
	json_decref(j);
	if (!s->token)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	if (expires < 1)
		expires = 1;
	s->renew_at = tf_now() + 0.8 * expires;
	return 0;
}

static int smart_authorize(void *ctx, tf_client *c, const char *url, char **header, tf_error *err)
{
	smart_ctx *s = ctx;
	(void)url;
	*header = NULL;
	if (!s->token || tf_now() >= s->renew_at) {
		int rc = fetch_token(s, c, err);
		if (rc < 0)
			return rc;
	}
	tf_buf b = TF_BUF_INIT;
	tf_buf_printf(&b, "Bearer %s", s->token);
	if (b.oom)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	*header = tf_buf_detach(&b);
	return 0;
}

static int smart_invalidate(void *ctx)
{
	smart_ctx *s = ctx;
	if (s->token) {
		OPENSSL_cleanse(s->token, strlen(s->token));
		free(s->token);
		s->token = NULL;
	}
	return 1;
}

static const tf_auth_ops smart_ops = {TF_AUTH_OPS_VERSION, "smart", smart_authorize,
                                      smart_invalidate, smart_free};

int tf_auth_new_smart(tf_auth **out, const tf_smart_options *o, tf_error *err)
{
	if (!o || o->version != TF_SMART_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "SMART options version not supported");
	if (!o->client_id || !*o->client_id || !o->key_file || !o->kid || !*o->kid)
		return tf_error_set(err, TF_EINVAL,
		                    "SMART needs a client id, a key file and a kid");
	if (!tf_header_value_ok(o->client_id) || !tf_header_value_ok(o->kid))
		return tf_error_set(err, TF_EINVAL, "client id or kid contains control characters");
	smart_ctx *s = calloc(1, sizeof(*s));
	if (!s)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	s->alg = o->alg;
	int rc = tf_jwt_load_key(o->key_file, o->alg, &s->key, err);
	if (rc < 0) {
		smart_free(s);
		return rc;
	}
	s->client_id = strdup(o->client_id);
	s->kid = strdup(o->kid);
	s->scope = strdup(o->scope ? o->scope : "system/*.read system/*.write");
	s->token_url = o->token_url ? strdup(o->token_url) : NULL;
	if (!s->client_id || !s->kid || !s->scope || (o->token_url && !s->token_url)) {
		smart_free(s);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	return tf_auth_new_custom(out, &smart_ops, s, err);
}
