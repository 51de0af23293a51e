/*
 * text_edit.h - building test input variants in memory, shared by the
 * registry text reader tests (test_markdown.c, test_page.c): load a seed
 * file, then replace, cut or move blocks of it. Every helper fails the
 * running cmocka test when its anchor text is not there, so a variant can
 * never silently equal its seed. read_text() runs one of the readers on
 * such a variant. Header-only (static inline): each unit
 * test is one source file. Include after <cmocka.h>.
 */
#ifndef TF_TEST_TEXT_EDIT_H
#define TF_TEST_TEXT_EDIT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/trial.h"

/* The whole file at path as a NUL-terminated string (free it). */
static inline char *load(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		fail_msg("cannot open %s", path);
	fseek(fp, 0, SEEK_END);
	long n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* A copy of s with the first `from` replaced by `to` (which must be
 * there). */
static inline char *replace(const char *s, const char *from, const char *to)
{
	const char *at = strstr(s, from);
	if (!at)
		fail_msg("\"%.60s\" not in the text", from);
	size_t a = (size_t)(at - s), fl = strlen(from), tl = strlen(to), sl = strlen(s);
	char *out = malloc(sl - fl + tl + 1);
	assert_non_null(out);
	memcpy(out, s, a);
	memcpy(out + a, to, tl);
	memcpy(out + a + tl, at + fl, sl - a - fl + 1);
	return out;
}

/* replace() that frees its input: for chains of edits. */
static inline char *edit(char *s, const char *from, const char *to)
{
	char *out = replace(s, from, to);
	free(s);
	return out;
}

/* The text from `start` (included) up to `end` (excluded, NULL: to the
 * end), as a new string. */
static inline char *slice(const char *s, const char *start, const char *end)
{
	const char *a = strstr(s, start);
	assert_non_null(a);
	const char *b = end ? strstr(a + 1, end) : a + strlen(a);
	assert_non_null(b);
	char *out = malloc((size_t)(b - a) + 1);
	assert_non_null(out);
	memcpy(out, a, (size_t)(b - a));
	out[b - a] = '\0';
	return out;
}

/* Removes the block [start, end) of s; s is freed. */
static inline char *cut(char *s, const char *start, const char *end)
{
	char *block = slice(s, start, end);
	char *out = edit(s, block, "");
	free(block);
	return out;
}

/* Moves the block [start, end) of s to just before `before`; with before
 * NULL the block is dropped (as cut). s is freed. */
static inline char *move(char *s, const char *start, const char *end, const char *before)
{
	if (!before)
		return cut(s, start, end);
	char *block = slice(s, start, end);
	char *without = edit(s, block, "");
	size_t bl = strlen(block), fl = strlen(before);
	char *with = malloc(bl + fl + 1);
	assert_non_null(with);
	memcpy(with, block, bl);
	memcpy(with + bl, before, fl + 1);
	char *out = edit(without, before, with);
	free(with);
	free(block);
	return out;
}

/* A text reader: tf_markdown_study, tf_page_study, tf_page_html_study. */
typedef int (*text_reader_fn)(const char *, size_t, const char *, tf_trial *, tf_error *);

/* Reads buf[0..len) with read into a new trial *out; on failure *out is
 * NULL and the reader's code is returned. */
static inline int read_text(text_reader_fn read, const char *buf, size_t len, tf_trial **out,
                            tf_error *err)
{
	assert_int_equal(tf_trial_new(out), 0);
	int rc = read(buf, len, "test", *out, err);
	if (rc < 0) {
		tf_trial_free(*out);
		*out = NULL;
	}
	return rc;
}

#endif
