/*
 * error.c - the caller-owned tf_error and the names of return codes.
 * There is no global error state: every failing call writes into the
 * tf_error its caller passed, if any.
 */
#include <stdio.h>
#include <string.h>
#include "trialfhir/client.h"
#include "util.h"

void tf_error_clear(tf_error *err)
{
	if (err)
		memset(err, 0, sizeof(*err));
}

const char *tf_strerror(int code)
{
	switch (code) {
	case TF_OK: return "success";
	case TF_ITEROVER: return "end of iteration";
	case TF_ENOMEM: return "out of memory";
	case TF_EINVAL: return "invalid argument";
	case TF_EPARSE: return "parse error";
	case TF_EINVALID: return "invalid record";
	case TF_EIO: return "input/output error";
	case TF_ENOTFOUND: return "not found";
	case TF_ELIMIT: return "limit exceeded";
	case TF_EUNSUPPORTED: return "unsupported";
	default:
		/* The client's codes (trialfhir/client.h) start at -20. */
		return code <= -20 ? tf_client_strerror(code) : "error";
	}
}

const char *tf_version(void)
{
	return TF_VERSION_STRING;
}

int tf_error_vset(tf_error *err, int code, const char *fmt, va_list ap)
{
	if (err) {
		err->code = code;
		vsnprintf(err->message, sizeof(err->message), fmt, ap);
	}
	return code;
}

int tf_error_set(tf_error *err, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(err, code, fmt, ap);
	va_end(ap);
	return code;
}

void tf_error_prefix(tf_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	char prefix[256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	/* Shift the message right by the prefix; what no longer fits is cut. */
	size_t plen = strlen(prefix), cap = sizeof(err->message);
	if (plen >= cap)
		plen = cap - 1;
	size_t mlen = strnlen(err->message, cap - 1);
	if (plen + mlen >= cap)
		mlen = cap - 1 - plen;
	memmove(err->message + plen, err->message, mlen);
	memcpy(err->message, prefix, plen);
	err->message[plen + mlen] = '\0';
}
