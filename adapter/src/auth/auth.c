/*
 * auth.c - the simple auth providers: none, bearer and basic, and the one
 * way secrets enter the process: from a file or an environment variable,
 * never from argv (visible to every user through /proc) or a URL (kept in
 * logs and histories). Secrets are wiped from memory when freed.
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "client/client_int.h"

int tf_secret_read(const char *file, const char *env, char **out, tf_error *err)
{
	if ((file == NULL) == (env == NULL))
		return tf_error_set(err, TF_EINVAL,
		                    "give the secret as a file or an environment "
		                    "variable (exactly one)");
	char *s = NULL;
	size_t len = 0;
	if (file) {
		tf_error e;
		if (tf_read_file(file, 64 * 1024, &s, &len, &e) < 0)
			return tf_error_set(err, e.code, "cannot read secret file: %s", e.message);
	} else {
		const char *v = getenv(env);
		if (!v)
			return tf_error_set(err, TF_ENOTFOUND, "environment variable %s is not set",
			                    env);
		s = strdup(v);
		if (!s)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		len = strlen(s);
	}
	size_t b = 0, e = len;
	while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n'))
		b++;
	while (e > b &&
	       (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n'))
		e--;
	int bad = e == b;
	for (size_t i = b; i < e && !bad; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] == 0x7f)
			bad = 1;
	if (bad) {
		OPENSSL_cleanse(s, len);
		free(s);
		/* Never echo the value itself. */
		return tf_error_set(err, TF_EINVAL,
		                    "secret is empty or contains control "
		                    "characters (one line expected)");
	}
	memmove(s, s + b, e - b);
	OPENSSL_cleanse(s + (e - b), len - (e - b));
	s[e - b] = '\0';
	*out = s;
	return 0;
}

static void free_secret(void *ctx)
{
	char *s = ctx;
	if (s) {
		OPENSSL_cleanse(s, strlen(s));
		free(s);
	}
}

/* --- none --- */

static int none_authorize(void *ctx, tf_client *c, const char *url, char **header, tf_error *err)
{
	(void)ctx;
	(void)c;
	(void)url;
	(void)err;
	*header = NULL;
	return 0;
}

static void none_free(void *ctx)
{
	(void)ctx;
}

static const tf_auth_ops none_ops = {TF_AUTH_OPS_VERSION, "none", none_authorize, NULL, none_free};

int tf_auth_new_none(tf_auth **out, tf_error *err)
{
	return tf_auth_new_custom(out, &none_ops, NULL, err);
}

/* --- bearer and basic: a fixed header value --- */

static int fixed_authorize(void *ctx, tf_client *c, const char *url, char **header, tf_error *err)
{
	(void)c;
	(void)url;
	*header = strdup(ctx);
	return *header ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
}

static const tf_auth_ops bearer_ops = {TF_AUTH_OPS_VERSION, "bearer", fixed_authorize, NULL,
                                       free_secret};
static const tf_auth_ops basic_ops = {TF_AUTH_OPS_VERSION, "basic", fixed_authorize, NULL,
                                      free_secret};

int tf_auth_new_bearer(tf_auth **out, const char *token_file, const char *token_env, tf_error *err)
{
	char *tok;
	int rc = tf_secret_read(token_file, token_env, &tok, err);
	if (rc < 0)
		return rc;
	for (const char *p = tok; *p; p++)
		if (*p == ' ') {
			free_secret(tok);
			return tf_error_set(err, TF_EINVAL, "bearer token contains spaces");
		}
	tf_buf b = TF_BUF_INIT;
	tf_buf_printf(&b, "Bearer %s", tok);
	free_secret(tok);
	if (b.oom)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return tf_auth_new_custom(out, &bearer_ops, tf_buf_detach(&b), err);
}

int tf_auth_new_basic(tf_auth **out, const char *cred_file, const char *cred_env, tf_error *err)
{
	char *cred;
	int rc = tf_secret_read(cred_file, cred_env, &cred, err);
	if (rc < 0)
		return rc;
	if (!strchr(cred, ':')) {
		free_secret(cred);
		return tf_error_set(err, TF_EINVAL, "basic credentials must be user:password");
	}
	size_t len = strlen(cred);
	size_t enc_len = 4 * ((len + 2) / 3);
	char *h = malloc(6 + enc_len + 1);
	if (!h) {
		free_secret(cred);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	memcpy(h, "Basic ", 6);
	EVP_EncodeBlock((unsigned char *)h + 6, (const unsigned char *)cred, (int)len);
	free_secret(cred);
	return tf_auth_new_custom(out, &basic_ops, h, err);
}
