/*
 * util.h - internal helpers shared by every module: the arena, a growable
 * byte buffer, error filling and small string routines. One place for each:
 * look here before writing a helper.
 */
#ifndef TF_UTIL_H
#define TF_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "trialfhir/common.h"

/* --- arena: many small allocations freed at once (one per trial) --- */
typedef struct tf_arena tf_arena;
tf_arena *tf_arena_new(void);
void tf_arena_free(tf_arena *a);
void *tf_arena_alloc(tf_arena *a, size_t size); /* zeroed, 16-aligned */
char *tf_arena_strndup(tf_arena *a, const char *s, size_t len);
/* Grows an arena array of *n items to hold one more; returns the new slot
 * (zeroed) or NULL. *cap tracks capacity. */
void *tf_arena_grow(tf_arena *a, void **items, size_t *n, size_t *cap, size_t size);

/* --- growable buffer --- */
typedef struct tf_buf {
	char *ptr;  /* NUL-terminated when non-NULL */
	size_t len; /* bytes used, excluding the NUL */
	size_t cap; /* bytes allocated */
	int oom;    /* sticky: an append failed */
} tf_buf;
#define TF_BUF_INIT                                                                                \
	{                                                                                          \
		NULL, 0, 0, 0                                                                      \
	}
int tf_buf_grow(tf_buf *b, size_t extra);
int tf_buf_put(tf_buf *b, const void *data, size_t len);
int tf_buf_puts(tf_buf *b, const char *s);
int tf_buf_putc(tf_buf *b, char c);
int tf_buf_printf(tf_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *tf_buf_detach(tf_buf *b); /* caller frees; buffer reset */
/* Removes the first n bytes (n <= len), keeping the rest. */
void tf_buf_drop_front(tf_buf *b, size_t n);
/* Appends up to chunk bytes read from fp; sets *eof at end of input.
 * TF_ENOMEM or TF_EIO (with err) on failure. For streaming readers. */
int tf_buf_read_chunk(tf_buf *b, FILE *fp, size_t chunk, int *eof, tf_error *err);
void tf_buf_clear(tf_buf *b); /* len = 0, keeps memory */
void tf_buf_free(tf_buf *b);

/* --- errors --- */
/* Sets err->code and a printf-style message; returns code so callers can
 * write `return tf_error_set(err, TF_EPARSE, "...")`. err may be NULL. */
int tf_error_set(tf_error *err, int code, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
int tf_error_vset(tf_error *err, int code, const char *fmt, va_list ap)
        __attribute__((format(printf, 3, 0)));
/* Prefixes the existing message with printf-style context. */
void tf_error_prefix(tf_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- strings --- */
size_t tf_strlcpy(char *dst, const char *src, size_t size);
int tf_streq(const char *a, const char *b);     /* NULL-safe */
int tf_strcaseeq(const char *a, const char *b); /* ASCII, NULL-safe */
int tf_is_blank(const char *s);                 /* NULL or only whitespace */
/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
int tf_utf8_valid(const char *s, size_t len);
/* Parses a non-negative decimal integer of the whole string; -1 on error. */
long tf_parse_long(const char *s);

/* --- calendar (civil.c) --- */
/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
int64_t tf_days_from_civil(int64_t y, int m, int d);
void tf_civil_from_days(int64_t days, int64_t *y, int *m, int *d);

/* --- files --- */
/* Reads a whole file ("-" = stdin) up to max bytes; caller frees *out. */
int tf_read_file(const char *path, size_t max, char **out, size_t *len, tf_error *err);

#endif
