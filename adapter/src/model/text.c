/*
 * text.c - cleaning registry text on its way into the model, shared by all
 * readers so that the same words give the same FHIR whatever the format.
 */
#include <ctype.h>
#include <string.h>
#include "model/model_int.h"
#include "util/util.h"

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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
