/*
 * str.c - small string routines: bounded copy, NULL-safe comparisons,
 * UTF-8 validation and checked integer parsing (no atoi on untrusted input).
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

size_t tf_strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src);
	if (size) {
		size_t c = n < size - 1 ? n : size - 1;
		memcpy(dst, src, c);
		dst[c] = '\0';
	}
	return n;
}

int tf_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

int tf_strcaseeq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return 0;
	return *a == *b;
}

int tf_is_blank(const char *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

int tf_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < len) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t n;
		unsigned int cp;
		if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if (len - i <= n)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n + 1;
	}
	return 1;
}

long tf_parse_long(const char *s)
{
	if (!s || !isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	char *end;
	long v = strtol(s, &end, 10);
	if (errno || *end)
		return -1;
	return v;
}

int tf_read_file(const char *path, size_t max, char **out, size_t *len, tf_error *err)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!fp)
		return tf_error_set(err, errno == ENOENT ? TF_ENOTFOUND : TF_EIO,
				    "%s: cannot open: %s", path, strerror(errno));
	tf_buf b = TF_BUF_INIT;
	char chunk[65536];
	size_t n;
	int rc = 0;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		if (b.len + n > max) {
			rc = tf_error_set(err, TF_ELIMIT, "%s: larger than %zu bytes", path, max);
			break;
		}
		if (tf_buf_put(&b, chunk, n) < 0) {
			rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
			break;
		}
	}
	if (!rc && ferror(fp))
		rc = tf_error_set(err, TF_EIO, "%s: read error: %s", path, strerror(errno));
	if (fp != stdin)
		fclose(fp);
	if (rc) {
		tf_buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = tf_buf_detach(&b);
	return *out ? 0 : tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
}
