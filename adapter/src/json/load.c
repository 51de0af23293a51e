/*
 * load.c - loads one JSON record the way trialfhir wants it: Jansson with
 * duplicate keys rejected (the last-wins default would let a second
 * "resourceType" or "nctId" silently override the first), and every real
 * number replaced by a decimal node carrying its written lexeme, so "1.50"
 * and -88.04305 reach the FHIR output exactly as the source wrote them.
 *
 * Jansson keeps object members in insertion order, and with duplicates
 * rejected that is document order; so a scan of the text that lists real
 * lexemes in order lines up one-to-one with an in-order walk of the tree.
 */
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/json.h"
#include "util/util.h"

typedef struct {
	const char **start;
	size_t *len;
	size_t n, cap, next;
} lexemes;

static int push_lexeme(lexemes *lx, const char *s, size_t len)
{
	if (lx->n == lx->cap) {
		size_t ncap = lx->cap ? lx->cap * 2 : 16;
		const char **ns = realloc(lx->start, ncap * sizeof(*ns));
		if (!ns)
			return TF_ENOMEM;
		lx->start = ns;
		size_t *nl = realloc(lx->len, ncap * sizeof(*nl));
		if (!nl)
			return TF_ENOMEM;
		lx->len = nl;
		lx->cap = ncap;
	}
	lx->start[lx->n] = s;
	lx->len[lx->n++] = len;
	return 0;
}

static int scan_reals(const char *buf, size_t len, lexemes *lx)
{
	size_t i = 0;
	while (i < len) {
		char c = buf[i];
		if (c == '"') {
			for (i++; i < len && buf[i] != '"'; i++)
				if (buf[i] == '\\')
					i++;
			i++;
		} else if (c == '-' || (c >= '0' && c <= '9')) {
			size_t s = i;
			int real = 0;
			while (i < len && (buf[i] == '-' || buf[i] == '+' || buf[i] == '.' ||
					   buf[i] == 'e' || buf[i] == 'E' ||
					   (buf[i] >= '0' && buf[i] <= '9'))) {
				if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E')
					real = 1;
				i++;
			}
			if (real && push_lexeme(lx, buf + s, i - s) < 0)
				return TF_ENOMEM;
		} else {
			i++;
		}
	}
	return 0;
}

/* Returns the decimal node for the next real, or NULL when out of step. */
static json_t *next_decimal(lexemes *lx)
{
	if (lx->next >= lx->n || lx->len[lx->next] > 64)
		return NULL;
	char tmp[72];
	memcpy(tmp, lx->start[lx->next], lx->len[lx->next]);
	tmp[lx->len[lx->next]] = '\0';
	lx->next++;
	return tf_json_decimal(tmp);
}

/* True for input strings that start like a decimal node's private tag:
 * such a string could pass for a number later, so the record is refused. */
static int forged_decimal(const json_t *v)
{
	return json_is_string(v) && json_string_value(v)[0] == TF_DECIMAL_TAG_BYTE;
}

static int replace_reals(json_t *node, lexemes *lx)
{
	if (json_is_object(node)) {
		void *it = json_object_iter(node);
		while (it) {
			json_t *v = json_object_iter_value(it);
			if (json_is_real(v)) {
				json_t *d = next_decimal(lx);
				if (!d)
					return TF_ERROR;
				json_object_iter_set_new(node, it, d);
			} else if (forged_decimal(v) || replace_reals(v, lx) < 0) {
				return TF_ERROR;
			}
			it = json_object_iter_next(node, it);
		}
	} else if (json_is_array(node)) {
		for (size_t i = 0; i < json_array_size(node); i++) {
			json_t *v = json_array_get(node, i);
			if (json_is_real(v)) {
				json_t *d = next_decimal(lx);
				if (!d)
					return TF_ERROR;
				json_array_set_new(node, i, d);
			} else if (forged_decimal(v) || replace_reals(v, lx) < 0) {
				return TF_ERROR;
			}
		}
	}
	return 0;
}

int tf_json_load_record(const char *buf, size_t len, json_t **out, tf_error *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root) {
		tf_error_set(err, TF_EPARSE, "invalid JSON: %s", jerr.text);
		if (err) {
			err->line = jerr.line > 0 ? jerr.line : 0;
			err->column = jerr.column > 0 ? jerr.column : 0;
		}
		return TF_EPARSE;
	}
	lexemes lx = { 0 };
	int rc = scan_reals(buf, len, &lx);
	if (rc == 0 && replace_reals(root, &lx) < 0) {
		/* Lexemes out of step cannot happen for text Jansson accepted;
		 * fail loudly rather than write a wrong number. */
		rc = tf_error_set(err, TF_EPARSE,
				  "a string starts with control character U+0001, or number "
				  "lexemes are out of step");
	} else if (rc < 0) {
		tf_error_set(err, rc, "out of memory");
	}
	free(lx.start);
	free(lx.len);
	if (rc < 0) {
		json_decref(root);
		return rc;
	}
	*out = root;
	return 0;
}
