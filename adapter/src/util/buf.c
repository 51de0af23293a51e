/*
 * buf.c - a growable byte buffer used for building text (JSON output,
 * messages, decoded strings). Appends report failure and also set a sticky
 * flag so a long chain of appends can be checked once at the end.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

int tf_buf_grow(tf_buf *b, size_t extra)
{
	if (b->oom)
		return TF_ENOMEM;
	if (extra >= SIZE_MAX - b->len) {
		b->oom = 1;
		return TF_ENOMEM;
	}
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	size_t ncap = b->cap ? b->cap : 64;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2) {
			ncap = need;
			break;
		}
		ncap *= 2;
	}
	char *p = realloc(b->ptr, ncap);
	if (!p) {
		b->oom = 1;
		return TF_ENOMEM;
	}
	b->ptr = p;
	b->cap = ncap;
	return 0;
}

int tf_buf_put(tf_buf *b, const void *data, size_t len)
{
	if (tf_buf_grow(b, len) < 0)
		return TF_ENOMEM;
	if (len)
		memcpy(b->ptr + b->len, data, len);
	b->len += len;
	b->ptr[b->len] = '\0';
	return 0;
}

int tf_buf_puts(tf_buf *b, const char *s)
{
	return tf_buf_put(b, s, strlen(s));
}

int tf_buf_putc(tf_buf *b, char c)
{
	return tf_buf_put(b, &c, 1);
}

int tf_buf_printf(tf_buf *b, const char *fmt, ...)
{
	va_list ap, ap2;
	va_start(ap, fmt);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || tf_buf_grow(b, (size_t)n) < 0) {
		va_end(ap2);
		b->oom = 1;
		return TF_ENOMEM;
	}
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	b->len += (size_t)n;
	return 0;
}

char *tf_buf_detach(tf_buf *b)
{
	char *p = b->ptr;
	if (!p && !b->oom)
		p = calloc(1, 1);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
	return p;
}

void tf_buf_clear(tf_buf *b)
{
	b->len = 0;
	b->oom = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

void tf_buf_free(tf_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

void tf_buf_drop_front(tf_buf *b, size_t n)
{
	if (!n)
		return;
	memmove(b->ptr, b->ptr + n, b->len - n);
	b->len -= n;
	b->ptr[b->len] = '\0';
}

int tf_buf_read_chunk(tf_buf *b, FILE *fp, size_t chunk, int *eof, tf_error *err)
{
	if (tf_buf_grow(b, chunk) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory reading input");
	size_t n = fread(b->ptr + b->len, 1, chunk, fp);
	b->len += n;
	b->ptr[b->len] = '\0';
	if (n < chunk) {
		if (ferror(fp))
			return tf_error_set(err, TF_EIO, "read error: %s", strerror(errno));
		*eof = 1;
	}
	return 0;
}
