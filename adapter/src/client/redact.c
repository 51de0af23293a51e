/*
 * redact.c - what may appear in diagnostics. Verbose output shows HTTP
 * header lines, but never credentials (Authorization becomes
 * "Bearer [REDACTED]", cookies "[REDACTED]") and never search values,
 * which may name a patient: a request line's query is shown only as a
 * short hash (RELIABILITY.md scenario 24). Bodies are never logged.
 */
#include <ctype.h>
#include <string.h>
#include <openssl/evp.h>
#include "client_int.h"

void tf_short_hash(const char *s, size_t len, char out[9])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	static const char hex[] = "0123456789abcdef";
	if (EVP_Digest(s, len, md, &mdlen, EVP_sha256(), NULL) != 1 || mdlen < 4) {
		memcpy(out, "????????", 9);
		return;
	}
	for (int i = 0; i < 4; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[8] = '\0';
}

static int name_is(const char *line, size_t len, const char *name)
{
	size_t n = strlen(name);
	if (len <= n || line[n] != ':')
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)line[i]) != tolower((unsigned char)name[i]))
			return 0;
	return 1;
}

/* Appends s[0..len) with control characters shown as '?', so a hostile
 * header cannot forge log lines. */
static void put_printable(tf_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		tf_buf_putc(out, (c < 0x20 && c != '\t') || c == 0x7f ? '?' : (char)c);
	}
}

int tf_redact_header_line(const char *line, size_t len, tf_buf *out)
{
	while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
		len--;
	if (name_is(line, len, "Authorization") || name_is(line, len, "Proxy-Authorization")) {
		size_t colon = (size_t)((const char *)memchr(line, ':', len) - line);
		size_t i = colon + 1;
		while (i < len && line[i] == ' ')
			i++;
		size_t s = i;
		while (i < len && line[i] != ' ')
			i++;
		put_printable(out, line, colon + 1);
		tf_buf_putc(out, ' ');
		/* Keep the scheme (Bearer, Basic) only when it looks like one. */
		int scheme_ok = i > s && i - s <= 16 && i < len;
		for (size_t k = s; scheme_ok && k < i; k++)
			if (!isalpha((unsigned char)line[k]))
				scheme_ok = 0;
		if (scheme_ok) {
			tf_buf_put(out, line + s, i - s);
			tf_buf_putc(out, ' ');
		}
		tf_buf_puts(out, "[REDACTED]");
		return out->oom ? TF_ENOMEM : 0;
	}
	if (name_is(line, len, "Cookie") || name_is(line, len, "Set-Cookie")) {
		size_t colon = (size_t)((const char *)memchr(line, ':', len) - line);
		put_printable(out, line, colon + 1);
		tf_buf_puts(out, " [REDACTED]");
		return out->oom ? TF_ENOMEM : 0;
	}
	/* A request line: METHOD SP target SP HTTP/x. Hash the query. */
	const char *sp1 = memchr(line, ' ', len), *sp2 = NULL;
	for (size_t i = len; i > 0; i--)
		if (line[i - 1] == ' ') {
			sp2 = line + i - 1;
			break;
		}
	if (sp1 && sp2 && sp2 > sp1 && (size_t)(line + len - sp2) > 5 &&
	    memcmp(sp2 + 1, "HTTP/", 5) == 0) {
		const char *q = memchr(sp1, '?', (size_t)(sp2 - sp1));
		if (q) {
			char h[9];
			tf_short_hash(q + 1, (size_t)(sp2 - q - 1), h);
			put_printable(out, line, (size_t)(q - line));
			tf_buf_printf(out, "?[sha256:%s]", h);
			put_printable(out, sp2, (size_t)(line + len - sp2));
			return out->oom ? TF_ENOMEM : 0;
		}
	}
	put_printable(out, line, len);
	return out->oom ? TF_ENOMEM : 0;
}
