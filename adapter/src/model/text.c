/*
 * text.c - cleaning registry text on its way into the model, shared by all
 * readers so that the same words give the same FHIR whatever the format.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "model/model_int.h"
#include "util/util.h"

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Decodes an HTML character reference at s (which starts with '&') into
 * out; returns the bytes consumed from s, or 0 when s holds none. Registry
 * exports carry such references as artefacts of their web forms
 * ("Obesity &amp; Overweight", "&#39;"), so every reader decodes them. */
static size_t decode_reference(const char *s, size_t len, char *out, size_t *outlen)
{
	static const struct {
		const char *name;
		unsigned int cp;
	} names[] = { { "amp", '&' },  { "lt", '<' },    { "gt", '>' },
		      { "quot", '"' }, { "apos", '\'' }, { "nbsp", ' ' } };
	size_t end = 1;
	while (end < len && end < 12 && s[end] != ';')
		end++;
	if (end >= len || s[end] != ';' || end < 2)
		return 0;
	unsigned long cp = 0;
	if (s[1] == '#') {
		int hex = end > 2 && (s[2] == 'x' || s[2] == 'X');
		size_t i = hex ? 3 : 2;
		if (i >= end)
			return 0;
		for (; i < end; i++) {
			int d = isdigit((unsigned char)s[i]) ? s[i] - '0'
				: hex && isxdigit((unsigned char)s[i]) ? tolower((unsigned char)s[i]) - 'a' + 10
				: -1;
			if (d < 0 || cp > 0x10FFFF)
				return 0;
			cp = cp * (hex ? 16 : 10) + (unsigned long)d;
		}
	} else {
		size_t k = 0, n = sizeof(names) / sizeof(names[0]);
		for (; k < n; k++)
			if (strlen(names[k].name) == end - 1 &&
			    strncasecmp(s + 1, names[k].name, end - 1) == 0)
				break;
		if (k == n)
			return 0;
		cp = names[k].cp;
	}
	/* Controls, surrogates and out-of-range code points stay literal. */
	if ((cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp < 0xA0) ||
	    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	size_t o = 0;
	if (cp < 0x80) {
		out[o++] = (char)cp;
	} else if (cp < 0x800) {
		out[o++] = (char)(0xC0 | (cp >> 6));
		out[o++] = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		out[o++] = (char)(0xE0 | (cp >> 12));
		out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[o++] = (char)(0x80 | (cp & 0x3F));
	} else {
		out[o++] = (char)(0xF0 | (cp >> 18));
		out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[o++] = (char)(0x80 | (cp & 0x3F));
	}
	*outlen = o;
	return end + 1;
}

const char *tf_model_text(tf_trial *t, const char *s, size_t len, int flags, int *oom)
{
	if (oom)
		*oom = 0;
	if (!s)
		return NULL;
	while (len && is_space((unsigned char)*s))
		s++, len--;
	while (len && is_space((unsigned char)s[len - 1]))
		len--;
	if (!len)
		return NULL;
	char *out = tf_trial_alloc(t, len + 1, 1);
	if (!out) {
		if (oom)
			*oom = 1;
		return NULL;
	}
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\r') {
			if (i + 1 < len && s[i + 1] == '\n')
				continue;
			out[o++] = '\n';
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n')
			continue;
		if (c == 0x7f)
			continue;
		if (c == '&') {
			size_t n, used = decode_reference(s + i, len - i, out + o, &n);
			if (used) {
				/* A reference is never shorter than its UTF-8. */
				o += n;
				i += used - 1;
				continue;
			}
		}
		if (c == '\\' && (flags & TF_TEXT_MARKDOWN) && i + 1 < len &&
		    ispunct((unsigned char)s[i + 1]) && (unsigned char)s[i + 1] < 0x80) {
			out[o++] = s[++i];
			continue;
		}
		out[o++] = (char)c;
	}
	out[o] = '\0';
	/* Removing controls may have exposed white space at the ends. */
	size_t start = 0;
	while (start < o && is_space((unsigned char)out[start]))
		start++;
	while (o > start && is_space((unsigned char)out[o - 1]))
		out[--o] = '\0';
	if (start == o)
		return NULL;
	return out + start;
}

int tf_model_is_nct(const char *s)
{
	if (!s || strncmp(s, "NCT", 3) != 0)
		return 0;
	for (int i = 3; i < 11; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return s[11] == '\0';
}
