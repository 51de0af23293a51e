/*
 * client_opts.c - the connection options that `trialfhir push` and
 * `trialfhir pull` share (server, authentication, TLS, retries) and the
 * opening of a client from them. Secrets are read from files or the
 * environment only: no option takes one on the command line.
 */
#include <stdlib.h>
#include <string.h>
#include "cli.h"
enum {
	OPT_SERVER = 1000,
	OPT_AUTH,
	OPT_TOKEN_FILE,
	OPT_TOKEN_ENV,
	OPT_CLIENT_ID,
	OPT_KEY_FILE,
	OPT_KID,
	OPT_ALG,
	OPT_SCOPE,
	OPT_CERT,
	OPT_KEY,
	OPT_CACERT,
	OPT_LOOPBACK,
	OPT_TIMEOUT,
	OPT_RETRIES,
	OPT_PARALLEL,
	OPT_MAX_WAIT,
	OPT_VERBOSE
};

static const struct option client_longopts[] = {
        {"server", required_argument, NULL, OPT_SERVER},
        {"auth", required_argument, NULL, OPT_AUTH},
        {"token-file", required_argument, NULL, OPT_TOKEN_FILE},
        {"token-env", required_argument, NULL, OPT_TOKEN_ENV},
        {"client-id", required_argument, NULL, OPT_CLIENT_ID},
        {"key-file", required_argument, NULL, OPT_KEY_FILE},
        {"kid", required_argument, NULL, OPT_KID},
        {"alg", required_argument, NULL, OPT_ALG},
        {"scope", required_argument, NULL, OPT_SCOPE},
        {"cert", required_argument, NULL, OPT_CERT},
        {"key", required_argument, NULL, OPT_KEY},
        {"cacert", required_argument, NULL, OPT_CACERT},
        {"insecure-loopback-http", no_argument, NULL, OPT_LOOPBACK},
        {"timeout", required_argument, NULL, OPT_TIMEOUT},
        {"retries", required_argument, NULL, OPT_RETRIES},
        {"parallel", required_argument, NULL, OPT_PARALLEL},
        {"max-wait", required_argument, NULL, OPT_MAX_WAIT},
        {"verbose", no_argument, NULL, OPT_VERBOSE},
};

const struct option *tf_cli_client_longopts(size_t *n)
{
	*n = sizeof(client_longopts) / sizeof(client_longopts[0]);
	return client_longopts;
}

int tf_cli_client_longopts_merge(const struct option *own, size_t n_own, struct option *out,
                                 size_t cap)
{
	size_t nc;
	const struct option *shared = tf_cli_client_longopts(&nc);
	if (n_own + nc + 1 > cap)
		return -1;
	memcpy(out, own, n_own * sizeof(*own));
	memcpy(out + n_own, shared, nc * sizeof(*shared));
	memset(&out[n_own + nc], 0, sizeof(*out));
	return 0;
}

void tf_cli_client_usage(FILE *fp)
{
	fputs("Connection:\n"
	      "  --server URL        FHIR base URL (https)\n"
	      "  --auth METHOD       none (default), bearer, basic, smart, cert\n"
	      "  --token-file FILE   bearer token, or user:password for basic, read from FILE\n"
	      "  --token-env VAR     ... or from the environment variable VAR\n"
	      "  --client-id ID      SMART Backend Services client id\n"
	      "  --key-file FILE     SMART private key (PEM)\n"
	      "  --kid KID           SMART key id\n"
	      "  --alg ALG           SMART signing algorithm: RS384 (default) or ES384\n"
	      "  --scope SCOPE       SMART scope (default system/*.read system/*.write)\n"
	      "  --cert FILE         client certificate (PEM) for mutual TLS\n"
	      "  --key FILE          its private key (PEM)\n"
	      "  --cacert FILE       CA bundle (PEM) to verify the server with\n"
	      "  --insecure-loopback-http  allow plain http to 127.0.0.1/localhost (tests)\n"
	      "  --timeout SECONDS   per request (default 60)\n"
	      "  --retries N         retries of a failed idempotent request (default 5)\n"
	      "  --max-wait SECONDS  longest Retry-After honoured (default 300)\n"
	      "  --parallel N        requests in flight (default 4)\n"
	      "  -v, --verbose       log requests; twice: redacted HTTP headers too\n"
	      "Secrets are never taken on the command line.\n",
	      fp);
}

static int positive(const char *arg, double *out)
{
	char *end;
	double v = strtod(arg, &end);
	if (*end || end == arg || v < 0 || v > 1e7)
		return -1;
	*out = v;
	return 0;
}

int tf_cli_client_opt(tf_cli_client *o, int opt, const char *arg)
{
	double v;
	switch (opt) {
	case OPT_SERVER:
		o->server = arg;
		return 1;
	case OPT_AUTH:
		if (strcmp(arg, "none") && strcmp(arg, "bearer") && strcmp(arg, "basic") &&
		    strcmp(arg, "smart") && strcmp(arg, "cert")) {
			tf_cli_errorf("unknown --auth '%s' (none, bearer, basic, smart, cert)",
			              arg);
			return -1;
		}
		o->auth = arg;
		return 1;
	case OPT_TOKEN_FILE:
		o->token_file = arg;
		return 1;
	case OPT_TOKEN_ENV:
		o->token_env = arg;
		return 1;
	case OPT_CLIENT_ID:
		o->client_id = arg;
		return 1;
	case OPT_KEY_FILE:
		o->key_file = arg;
		return 1;
	case OPT_KID:
		o->kid = arg;
		return 1;
	case OPT_ALG:
		if (strcmp(arg, "RS384") && strcmp(arg, "ES384")) {
			tf_cli_errorf("--alg must be RS384 or ES384");
			return -1;
		}
		o->alg = arg;
		return 1;
	case OPT_SCOPE:
		o->scope = arg;
		return 1;
	case OPT_CERT:
		o->cert = arg;
		return 1;
	case OPT_KEY:
		o->key = arg;
		return 1;
	case OPT_CACERT:
		o->cacert = arg;
		return 1;
	case OPT_LOOPBACK:
		o->loopback_http = 1;
		return 1;
	case OPT_VERBOSE:
	case 'v':
		o->verbose++;
		return 1;
	case OPT_TIMEOUT:
		if (positive(arg, &v) < 0 || v <= 0) {
			tf_cli_errorf("--timeout wants seconds");
			return -1;
		}
		o->timeout_ms = (long)(v * 1000);
		return 1;
	case OPT_RETRIES:
		if (positive(arg, &v) < 0 || v > 20) {
			tf_cli_errorf("--retries wants 0..20");
			return -1;
		}
		o->retries = (int)v;
		return 1;
	case OPT_PARALLEL:
		if (positive(arg, &v) < 0 || v < 1 || v > 64) {
			tf_cli_errorf("--parallel wants 1..64");
			return -1;
		}
		o->parallel = (int)v;
		return 1;
	case OPT_MAX_WAIT:
		if (positive(arg, &v) < 0 || v <= 0) {
			tf_cli_errorf("--max-wait wants seconds");
			return -1;
		}
		o->max_wait = v;
		return 1;
	default:
		return 0;
	}
}

/* Builds the client; returns a TF_EXIT_* code. copts may carry extra
 * settings (report callback, bundle size) and gets the rest here. */
int tf_cli_client_open(const tf_cli_client *o, tf_client_options *copts, tf_client **out)
{
	if (!o->server) {
		tf_cli_errorf("--server URL is required");
		return TF_EXIT_USAGE;
	}
	const char *auth = o->auth ? o->auth : "none";
	tf_error err;
	tf_error_clear(&err);
	tf_auth *a = NULL;
	int rc;
	if (strcmp(auth, "bearer") == 0 || strcmp(auth, "basic") == 0) {
		if (!o->token_file == !o->token_env) {
			tf_cli_errorf("--auth %s needs --token-file or --token-env (exactly one)",
			              auth);
			return TF_EXIT_USAGE;
		}
		rc = auth[1] == 'e' ? tf_auth_new_bearer(&a, o->token_file, o->token_env, &err)
		                    : tf_auth_new_basic(&a, o->token_file, o->token_env, &err);
	} else if (strcmp(auth, "smart") == 0) {
		if (!o->client_id || !o->key_file || !o->kid) {
			tf_cli_errorf("--auth smart needs --client-id, --key-file and --kid");
			return TF_EXIT_USAGE;
		}
		tf_smart_options so = TF_SMART_OPTIONS_INIT;
		so.client_id = o->client_id;
		so.key_file = o->key_file;
		so.kid = o->kid;
		so.alg = o->alg && strcmp(o->alg, "ES384") == 0 ? TF_JWT_ES384 : TF_JWT_RS384;
		so.scope = o->scope;
		rc = tf_auth_new_smart(&a, &so, &err);
	} else {
		if (strcmp(auth, "cert") == 0 && (!o->cert || !o->key)) {
			tf_cli_errorf("--auth cert needs --cert and --key");
			return TF_EXIT_USAGE;
		}
		rc = tf_auth_new_none(&a, &err);
	}
	if (rc < 0) {
		tf_cli_errorf("authentication: %s", err.message);
		return TF_EXIT_FATAL;
	}
	copts->base_url = o->server;
	copts->allow_loopback_http = o->loopback_http;
	copts->ca_file = o->cacert;
	copts->client_cert = o->cert;
	copts->client_key = o->key;
	copts->verbose = o->verbose;
	if (o->timeout_ms)
		copts->timeout_ms = o->timeout_ms;
	if (o->retries >= 0)
		copts->max_retries = o->retries;
	if (o->parallel)
		copts->max_in_flight = o->parallel;
	if (o->max_wait > 0)
		copts->max_wait_s = o->max_wait;
	if (tf_client_new(out, copts, a, &err) < 0) {
		tf_cli_errorf("%s", err.message);
		return err.code == TF_EINVAL ? TF_EXIT_USAGE : TF_EXIT_FATAL;
	}
	return TF_EXIT_OK;
}

/* --- push --- */
