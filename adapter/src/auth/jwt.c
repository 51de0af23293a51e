/*
 * jwt.c - JSON Web Tokens for SMART Backend Services: base64url, the
 * client assertion's claims, and JWS signing with OpenSSL for RS384
 * (RSASSA-PKCS1-v1_5 with SHA-384) and ES384 (ECDSA P-384 with SHA-384,
 * whose DER signature is turned into the fixed-size R||S form that
 * RFC 7518 section 3.4 requires).
 */
#include <stdlib.h>
#include <string.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include "client/client_int.h"
#include "trialfhir/json.h"

int tf_base64url(const unsigned char *data, size_t len, tf_buf *out)
{
	static const char tab[] =
	        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)data[i] << 16;
		if (i + 1 < len)
			v |= (unsigned)data[i + 1] << 8;
		if (i + 2 < len)
			v |= data[i + 2];
		tf_buf_putc(out, tab[(v >> 18) & 63]);
		tf_buf_putc(out, tab[(v >> 12) & 63]);
		if (i + 1 < len)
			tf_buf_putc(out, tab[(v >> 6) & 63]);
		if (i + 2 < len)
			tf_buf_putc(out, tab[v & 63]);
	}
	if (!out->ptr)
		tf_buf_puts(out, "");
	return out->oom ? TF_ENOMEM : 0;
}

static int b64val(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

int tf_base64url_decode(const char *s, size_t len, unsigned char **out, size_t *out_len)
{
	if (len % 4 == 1)
		return TF_EPARSE;
	unsigned char *o = malloc(len * 3 / 4 + 3);
	if (!o)
		return TF_ENOMEM;
	size_t n = 0;
	unsigned v = 0;
	int bits = 0;
	for (size_t i = 0; i < len; i++) {
		int d = b64val(s[i]);
		if (d < 0) {
			free(o);
			return TF_EPARSE;
		}
		v = (v << 6) | (unsigned)d;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			o[n++] = (unsigned char)((v >> bits) & 0xff);
		}
	}
	*out = o;
	*out_len = n;
	return 0;
}

int tf_jwt_load_key(const char *path, tf_jwt_alg alg, EVP_PKEY **out, tf_error *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp)
		return tf_error_set(err, TF_EIO, "cannot open key file %s", path);
	EVP_PKEY *k = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	fclose(fp);
	if (!k)
		return tf_error_set(err, TF_EPARSE, "%s is not a PEM private key (or is encrypted)",
		                    path);
	int ok;
	if (alg == TF_JWT_RS384) {
		ok = EVP_PKEY_is_a(k, "RSA") && EVP_PKEY_get_bits(k) >= 2048;
	} else {
		char group[64] = "";
		size_t gl = 0;
		ok = EVP_PKEY_is_a(k, "EC") &&
		     EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_GROUP_NAME, group,
		                                    sizeof(group), &gl) == 1 &&
		     (strcmp(group, "secp384r1") == 0 || strcmp(group, "P-384") == 0);
	}
	if (!ok) {
		EVP_PKEY_free(k);
		return tf_error_set(err, TF_EINVAL, "%s does not hold %s", path,
		                    alg == TF_JWT_RS384 ? "an RSA key of >= 2048 bits (RS384)"
		                                        : "a P-384 EC key (ES384)");
	}
	*out = k;
	return 0;
}

static int b64_json(const json_t *j, tf_buf *out, tf_error *err)
{
	char *s;
	size_t len;
	int rc = tf_json_dump(j, TF_JSON_COMPACT, &s, &len, err);
	if (rc < 0)
		return rc;
	rc = tf_base64url((const unsigned char *)s, len, out);
	free(s);
	return rc;
}

/* DER ECDSA-Sig-Value -> R||S, each left-padded to 48 bytes. */
static int ecdsa_raw(const unsigned char *der, size_t der_len, unsigned char raw[96])
{
	const unsigned char *p = der;
	ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)der_len);
	if (!sig)
		return TF_ERROR;
	const BIGNUM *r, *s;
	ECDSA_SIG_get0(sig, &r, &s);
	int ok = BN_bn2binpad(r, raw, 48) == 48 && BN_bn2binpad(s, raw + 48, 48) == 48;
	ECDSA_SIG_free(sig);
	return ok ? 0 : TF_ERROR;
}

int tf_jwt_sign(const json_t *header, const json_t *payload, EVP_PKEY *key, tf_jwt_alg alg,
                char **out, tf_error *err)
{
	tf_buf b = TF_BUF_INIT;
	int rc = b64_json(header, &b, err);
	if (rc == 0 && (rc = tf_buf_putc(&b, '.')) == 0)
		rc = b64_json(payload, &b, err);
	if (rc < 0) {
		tf_buf_free(&b);
		return rc;
	}
	unsigned char *sig = NULL;
	size_t siglen = 0;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	int ok = md && EVP_DigestSignInit(md, NULL, EVP_sha384(), NULL, key) == 1 &&
	         EVP_DigestSign(md, NULL, &siglen, (const unsigned char *)b.ptr, b.len) == 1 &&
	         (sig = malloc(siglen)) &&
	         EVP_DigestSign(md, sig, &siglen, (const unsigned char *)b.ptr, b.len) == 1;
	EVP_MD_CTX_free(md);
	if (ok && alg == TF_JWT_ES384) {
		unsigned char raw[96];
		ok = ecdsa_raw(sig, siglen, raw) == 0;
		if (ok) {
			memcpy(sig, raw, 96 <= siglen ? 96 : siglen);
			if (siglen < 96) {
				unsigned char *n = realloc(sig, 96);
				ok = n != NULL;
				if (ok) {
					sig = n;
					memcpy(sig, raw, 96);
				}
			}
			siglen = 96;
		}
	}
	if (!ok) {
		free(sig);
		tf_buf_free(&b);
		return tf_error_set(err, TF_ERROR, "cannot sign the JWT");
	}
	tf_buf_putc(&b, '.');
	rc = tf_base64url(sig, siglen, &b);
	free(sig);
	if (rc < 0 || b.oom) {
		tf_buf_free(&b);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = tf_buf_detach(&b);
	return 0;
}

int tf_jwt_client_assertion(EVP_PKEY *key, tf_jwt_alg alg, const char *kid, const char *client_id,
                            const char *token_url, time_t now, int lifetime_s, char **out,
                            tf_error *err)
{
	/* SMART: exp no more than five minutes ahead; we stay under 290 s
	 * to leave room for clock skew. */
	if (lifetime_s <= 0 || lifetime_s > 290)
		lifetime_s = 240;
	unsigned char rnd[16];
	if (RAND_bytes(rnd, sizeof(rnd)) != 1)
		return tf_error_set(err, TF_ERROR, "no randomness for the JWT id");
	char jti[33];
	static const char hex[] = "0123456789abcdef";
	for (int i = 0; i < 16; i++) {
		jti[2 * i] = hex[rnd[i] >> 4];
		jti[2 * i + 1] = hex[rnd[i] & 15];
	}
	jti[32] = '\0';
	json_t *h = json_pack("{s:s, s:s, s:s}", "alg", alg == TF_JWT_RS384 ? "RS384" : "ES384",
	                      "kid", kid ? kid : "", "typ", "JWT");
	json_t *p = json_pack("{s:s, s:s, s:s, s:I, s:s}", "iss", client_id, "sub", client_id,
	                      "aud", token_url, "exp", (json_int_t)(now + lifetime_s), "jti", jti);
	int rc = h && p ? tf_jwt_sign(h, p, key, alg, out, err)
	                : tf_error_set(err, TF_ENOMEM, "out of memory");
	json_decref(h);
	json_decref(p);
	return rc;
}
