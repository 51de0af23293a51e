/*
 * emit.c - the JSON emitter and decimal nodes (see trialfhir/json.h).
 *
 * Jansson's json_dumps would print source decimals through a double
 * ("1.50" -> 1.5, -88.04305 -> -88.043049999999994), so every FHIR output
 * goes through this emitter instead. A decimal node is a Jansson string
 * whose text is a private tag followed by the number's lexeme; the tag
 * starts with a C0 control byte that readers never let into model text, so
 * it cannot be forged from input, and the lexeme is re-checked against the
 * JSON number grammar before it is written raw.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/json.h"
#include "util/util.h"

#define DEC_TAG "\x01#" /* first byte is TF_DECIMAL_TAG_BYTE */
#define DEC_TAG_LEN 2

/* JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
static int is_json_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		while (*s >= '0' && *s <= '9')
			s++;
	else
		return 0;
	if (*s == '.') {
		s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

json_t *tf_json_decimal(const char *lexeme)
{
	if (!lexeme || !is_json_number(lexeme) || strlen(lexeme) > 64)
		return NULL;
	char buf[80];
	snprintf(buf, sizeof(buf), DEC_TAG "%s", lexeme);
	return json_string(buf);
}

int tf_json_is_decimal(const json_t *node)
{
	return json_is_string(node) &&
	       strncmp(json_string_value(node), DEC_TAG, DEC_TAG_LEN) == 0 &&
	       is_json_number(json_string_value(node) + DEC_TAG_LEN);
}

/* Shortest text that reads back as the same double. */
static void format_real(double v, char *buf, size_t size)
{
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}

const char *tf_json_number_text(const json_t *node, char *buf, size_t size)
{
	if (tf_json_is_decimal(node))
		return json_string_value(node) + DEC_TAG_LEN;
	if (json_is_integer(node)) {
		snprintf(buf, size, "%" JSON_INTEGER_FORMAT, json_integer_value(node));
		return buf;
	}
	if (json_is_real(node)) {
		double v = json_real_value(node);
		if (!isfinite(v))
			return NULL;
		format_real(v, buf, size);
		return buf;
	}
	return NULL;
}

static int emit_string(tf_buf *b, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	tf_buf_putc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		char u[7];
		if (c == '"')
			esc = "\\\"";
		else if (c == '\\')
			esc = "\\\\";
		else if (c == '\n')
			esc = "\\n";
		else if (c == '\r')
			esc = "\\r";
		else if (c == '\t')
			esc = "\\t";
		else if (c < 0x20) {
			u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0';
			u[4] = hex[c >> 4], u[5] = hex[c & 15], u[6] = '\0';
			esc = u;
		}
		if (esc) {
			tf_buf_put(b, s + run, i - run);
			tf_buf_puts(b, esc);
			run = i + 1;
		}
	}
	tf_buf_put(b, s + run, len - run);
	return tf_buf_putc(b, '"');
}

static void indent(tf_buf *b, int flags, int depth)
{
	if (!(flags & TF_JSON_PRETTY))
		return;
	tf_buf_putc(b, '\n');
	for (int i = 0; i < depth; i++)
		tf_buf_put(b, "  ", 2);
}

static int emit(tf_buf *b, const json_t *node, int flags, int depth, tf_error *err)
{
	if (depth > TF_JSON_MAX_DEPTH)
		return tf_error_set(err, TF_ELIMIT, "JSON nesting deeper than %d", TF_JSON_MAX_DEPTH);
	char num[40];
	switch (json_typeof(node)) {
	case JSON_OBJECT: {
		if (json_object_size(node) == 0)
			return tf_buf_puts(b, "{}");
		tf_buf_putc(b, '{');
		const char *key;
		json_t *val;
		int first = 1;
		json_object_foreach((json_t *)node, key, val) {
			if (!first)
				tf_buf_putc(b, ',');
			first = 0;
			indent(b, flags, depth + 1);
			size_t klen = strlen(key);
			if (!tf_utf8_valid(key, klen))
				return tf_error_set(err, TF_EINVAL, "object key is not valid UTF-8");
			emit_string(b, key, klen);
			tf_buf_puts(b, (flags & TF_JSON_PRETTY) ? ": " : ":");
			int rc = emit(b, val, flags, depth + 1, err);
			if (rc < 0)
				return rc;
		}
		indent(b, flags, depth);
		return tf_buf_putc(b, '}');
	}
	case JSON_ARRAY: {
		size_t n = json_array_size(node);
		if (n == 0)
			return tf_buf_puts(b, "[]");
		tf_buf_putc(b, '[');
		for (size_t i = 0; i < n; i++) {
			if (i)
				tf_buf_putc(b, ',');
			indent(b, flags, depth + 1);
			int rc = emit(b, json_array_get(node, i), flags, depth + 1, err);
			if (rc < 0)
				return rc;
		}
		indent(b, flags, depth);
		return tf_buf_putc(b, ']');
	}
	case JSON_STRING: {
		if (tf_json_is_decimal(node))
			return tf_buf_puts(b, json_string_value(node) + DEC_TAG_LEN);
		const char *s = json_string_value(node);
		size_t len = json_string_length(node);
		if (!tf_utf8_valid(s, len))
			return tf_error_set(err, TF_EINVAL, "string is not valid UTF-8");
		return emit_string(b, s, len);
	}
	case JSON_INTEGER:
	case JSON_REAL: {
		const char *t = tf_json_number_text(node, num, sizeof(num));
		if (!t)
			return tf_error_set(err, TF_EINVAL, "number is not finite");
		return tf_buf_puts(b, t);
	}
	case JSON_TRUE:
		return tf_buf_puts(b, "true");
	case JSON_FALSE:
		return tf_buf_puts(b, "false");
	case JSON_NULL:
		return tf_buf_puts(b, "null");
	}
	return tf_error_set(err, TF_EINVAL, "unknown JSON node type");
}

int tf_json_dump(const json_t *node, int flags, char **out, size_t *len, tf_error *err)
{
	tf_buf b = TF_BUF_INIT;
	if (!node)
		return tf_error_set(err, TF_EINVAL, "no JSON value to write");
	/* One early allocation of a typical resource's size instead of a
	 * dozen doublings: large reallocs are what malloc pays most for. */
	if (tf_buf_grow(&b, 16384) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory writing JSON");
	int rc = emit(&b, node, flags, 0, err);
	if (rc >= 0 && b.oom)
		rc = tf_error_set(err, TF_ENOMEM, "out of memory writing JSON");
	if (rc < 0) {
		tf_buf_free(&b);
		return rc;
	}
	if (len)
		*len = b.len;
	*out = tf_buf_detach(&b);
	return *out ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory writing JSON");
}

int tf_json_dumpf(const json_t *node, int flags, FILE *fp, tf_error *err)
{
	char *s;
	size_t len;
	int rc = tf_json_dump(node, flags, &s, &len, err);
	if (rc < 0)
		return rc;
	if (fwrite(s, 1, len, fp) != len)
		rc = tf_error_set(err, TF_EIO, "write failed");
	free(s);
	return rc;
}
