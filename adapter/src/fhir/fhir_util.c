/*
 * fhir_util.c - the small builders every FHIR writer file uses: JSON nodes
 * that record failures in the build context instead of returning codes,
 * setters that drop absent and empty values (FHIR ele-1), Codings and
 * CodeableConcepts from the mapping tables, extensions and ContactPoints.
 * Keeping these in one place is what lets the resource files read as a
 * list of "element <- model field" lines.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "fhir/fhir_int.h"
#include "trialfhir/json.h"

void fx_oom(fx_ctx *c)
{
	if (c->rc == 0) {
		c->rc = TF_ENOMEM;
		tf_error_set(c->err, TF_ENOMEM, "out of memory writing FHIR");
	}
}

void fx_fail(fx_ctx *c, int code, const char *pointer, const char *fmt, ...)
{
	if (c->rc != 0)
		return;
	c->rc = code;
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(c->err, code, fmt, ap);
	va_end(ap);
	if (c->err && pointer)
		tf_strlcpy(c->err->pointer, pointer, sizeof(c->err->pointer));
}

void fx_warn(fx_ctx *c, const char *fmt, ...)
{
	if (!c->warn)
		return;
	/* Fixed buffers: a remark must get out even when memory is short. */
	char msg[768], full[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	snprintf(full, sizeof(full), "%s: %s", c->t->nct_id, msg);
	c->warn(c->warn_data, full);
}

/* ---- JSON nodes ---------------------------------------------------------- */

/* Turns a NULL from Jansson into a recorded allocation failure. */
static json_t *checked(fx_ctx *c, json_t *node)
{
	if (!node)
		fx_oom(c);
	return node;
}

json_t *fx_obj(fx_ctx *c)
{
	return checked(c, json_object());
}

json_t *fx_arr(fx_ctx *c)
{
	return checked(c, json_array());
}

json_t *fx_str(fx_ctx *c, const char *s)
{
	if (tf_is_blank(s))
		return NULL;
	size_t len = strlen(s);
	if (!tf_utf8_valid(s, len)) {
		fx_fail(c, TF_EINVALID, NULL, "%s: text is not valid UTF-8", c->t->nct_id);
		return NULL;
	}
	return checked(c, json_stringn_nocheck(s, len));
}

json_t *fx_strf(fx_ctx *c, const char *fmt, ...)
{
	tf_buf b = TF_BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	json_t *s = NULL;
	if (n >= 0 && tf_buf_grow(&b, (size_t)n) == 0) {
		va_start(ap, fmt);
		vsnprintf(b.ptr, (size_t)n + 1, fmt, ap);
		va_end(ap);
		s = fx_str(c, b.ptr);
	} else {
		fx_oom(c);
	}
	tf_buf_free(&b);
	return s;
}

json_t *fx_bool(fx_ctx *c, int v)
{
	return checked(c, json_boolean(v));
}

json_t *fx_int(fx_ctx *c, long v)
{
	return checked(c, json_integer((json_int_t)v));
}

/* FHIR decimal grammar (the same as JSON's number grammar). Checked here
 * so that a NULL from tf_json_decimal() can only mean out of memory. */
static int is_decimal(const char *s)
{
	const char *p = s;
	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (*p >= '0' && *p <= '9')
			p++;
	else
		return 0;
	if (*p == '.') {
		if (!(*++p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0' && p - s <= 64;
}

json_t *fx_decimal(fx_ctx *c, const char *lexeme, const char *what)
{
	if (!lexeme)
		return NULL;
	if (!is_decimal(lexeme)) {
		fx_warn(c, "%s \"%s\" is not a decimal number; left out", what, lexeme);
		return NULL;
	}
	return checked(c, tf_json_decimal(lexeme));
}

static int is_empty(const json_t *v)
{
	return (json_is_object(v) && json_object_size(v) == 0) ||
	       (json_is_array(v) && json_array_size(v) == 0);
}

void fx_set(fx_ctx *c, json_t *obj, const char *key, json_t *val)
{
	if (!val)
		return;
	if (!obj || is_empty(val)) {
		json_decref(val);
		return;
	}
	/* Jansson releases val itself when the insertion fails. */
	if (json_object_set_new_nocheck(obj, key, val) != 0)
		fx_oom(c);
}

void fx_set_str(fx_ctx *c, json_t *obj, const char *key, const char *s)
{
	fx_set(c, obj, key, fx_str(c, s));
}

void fx_push(fx_ctx *c, json_t *arr, json_t *val)
{
	if (!val)
		return;
	if (!arr || is_empty(val)) {
		json_decref(val);
		return;
	}
	if (json_array_append_new(arr, val) != 0)
		fx_oom(c);
}

void fx_set1(fx_ctx *c, json_t *obj, const char *key, json_t *val)
{
	if (!val)
		return;
	json_t *a = fx_arr(c);
	fx_push(c, a, val);
	fx_set(c, obj, key, a);
}

static int digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int fx_is_date(const char *s)
{
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n != 4 && n != 7 && n != 10)
		return 0;
	if (!digits(s, 4))
		return 0;
	if (n >= 7) {
		int m = (s[5] - '0') * 10 + (s[6] - '0');
		if (s[4] != '-' || !digits(s + 5, 2) || m < 1 || m > 12)
			return 0;
	}
	if (n == 10) {
		int d = (s[8] - '0') * 10 + (s[9] - '0');
		if (s[7] != '-' || !digits(s + 8, 2) || d < 1 || d > 31)
			return 0;
	}
	return 1;
}

void fx_set_date(fx_ctx *c, json_t *obj, const char *key, const tf_date *d)
{
	if (!d->date)
		return;
	if (!fx_is_date(d->date)) {
		fx_warn(c, "%s date \"%s\" is not a FHIR date; left out", key, d->date);
		return;
	}
	fx_set_str(c, obj, key, d->date);
	json_t *type = fx_ext(c, FX_EXT_DATE_TYPE, "valueCoding",
	                      fx_coding_map(c, FX_T_ACTUAL_EST, d->type));
	if (!type)
		return;
	char ukey[64];
	snprintf(ukey, sizeof(ukey), "_%s", key);
	json_t *prim = fx_obj(c);
	fx_set1(c, prim, "extension", type);
	fx_set(c, obj, ukey, prim);
}

/* ---- datatypes ------------------------------------------------------------ */

json_t *fx_coding(fx_ctx *c, const char *system, const char *code, const char *display)
{
	if (tf_is_blank(code))
		return NULL;
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "system", system);
	fx_set_str(c, o, "code", code);
	fx_set_str(c, o, "display", display);
	return o;
}

json_t *fx_cc(fx_ctx *c, json_t *coding, const char *text)
{
	json_t *o = fx_obj(c);
	fx_set1(c, o, "coding", coding);
	fx_set_str(c, o, "text", text);
	return o;
}

json_t *fx_cc_text(fx_ctx *c, const char *text)
{
	return fx_cc(c, NULL, text);
}

static const struct age_unit {
	const char *word; /* CT.gov unit, singular */
	const char *ucum; /* UCUM code */
	const char *one;  /* English name, singular */
	const char *many; /* and plural */
} age_units[] = {
        {"Year", "a", "year", "years"},  {"Month", "mo", "month", "months"},
        {"Week", "wk", "week", "weeks"}, {"Day", "d", "day", "days"},
        {"Hour", "h", "hour", "hours"},  {"Minute", "min", "minute", "minutes"},
};

/* True when word[0..len) is unit or unit + "s", case aside. */
static int unit_matches(const char *word, size_t len, const char *unit)
{
	size_t n = strlen(unit);
	if (len != n && !(len == n + 1 && (word[n] == 's' || word[n] == 'S')))
		return 0;
	for (size_t i = 0; i < n; i++) {
		char a = word[i], b = unit[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return 1;
}

int fx_parse_age(const char *text, long *value, const char **ucum, const char **unit)
{
	if (!text)
		return -1;
	const char *p = text;
	while (*p == ' ')
		p++;
	const char *num = p;
	while (*p >= '0' && *p <= '9')
		p++;
	size_t nlen = (size_t)(p - num);
	if (nlen == 0 || nlen > 9 || *p != ' ')
		return -1;
	char digits[10];
	memcpy(digits, num, nlen);
	digits[nlen] = '\0';
	while (*p == ' ')
		p++;
	const char *word = p;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
		p++;
	size_t wlen = (size_t)(p - word);
	while (*p == ' ')
		p++;
	if (*p != '\0' || wlen == 0)
		return -1;
	for (size_t i = 0; i < sizeof(age_units) / sizeof(age_units[0]); i++) {
		if (unit_matches(word, wlen, age_units[i].word)) {
			long v = tf_parse_long(digits);
			if (v < 0)
				return -1;
			*value = v;
			*ucum = age_units[i].ucum;
			*unit = v == 1 ? age_units[i].one : age_units[i].many;
			return 0;
		}
	}
	return -1;
}

json_t *fx_duration(fx_ctx *c, const char *text)
{
	long v;
	const char *ucum, *unit;
	if (fx_parse_age(text, &v, &ucum, &unit) < 0)
		return NULL;
	json_t *q = fx_obj(c);
	fx_set(c, q, "value", fx_int(c, v));
	fx_set_str(c, q, "unit", unit);
	fx_set_str(c, q, "system", FX_SYS_UCUM);
	fx_set_str(c, q, "code", ucum);
	return q;
}

json_t *fx_ref_local(fx_ctx *c, const char *id)
{
	json_t *o = fx_obj(c);
	fx_set(c, o, "reference", fx_strf(c, "#%s", id));
	return o;
}

json_t *fx_ref_display(fx_ctx *c, const char *display)
{
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "display", display);
	return o;
}

/* ---- mapping tables --------------------------------------------------------- */

const tf_map_row *fx_lookup(fx_ctx *c, const char *table, const char *source)
{
	if (!source)
		return NULL;
	const tf_map_row *row = tf_mappings_lookup(c->maps, table, source);
	if (!row)
		fx_warn(c, "value \"%s\" has no row in mapping table %s", source, table);
	return row;
}

json_t *fx_row_coding(fx_ctx *c, const tf_map_row *row)
{
	if (!row || !*row->code)
		return NULL;
	return fx_coding(c, *row->system ? row->system : NULL, row->code,
	                 *row->display ? row->display : NULL);
}

const char *fx_display(fx_ctx *c, const char *table, const char *source)
{
	const tf_map_row *row = tf_mappings_lookup(c->maps, table, source);
	return row && *row->display ? row->display : source;
}

const char *fx_label(fx_ctx *c, const char *table, const char *source)
{
	const tf_map_row *row = tf_mappings_lookup(c->maps, table, source);
	if (!row)
		return source;
	const char *label = tf_map_row_get(c->maps, row, "label");
	if (!tf_is_blank(label))
		return label;
	return *row->display ? row->display : source;
}

/* A FHIR code: no leading, trailing or doubled white space. */
static int is_code(const char *s)
{
	if (!s || !*s || *s == ' ')
		return 0;
	for (const char *p = s; *p; p++) {
		if (*p == '\t' || *p == '\r' || *p == '\n')
			return 0;
		if (*p == ' ' && (p[1] == ' ' || p[1] == '\0'))
			return 0;
	}
	return 1;
}

json_t *fx_coding_map(fx_ctx *c, const char *table, const char *source)
{
	if (!source)
		return NULL;
	const tf_map_row *row = fx_lookup(c, table, source);
	if (row)
		return fx_row_coding(c, row);
	if (!is_code(source))
		return NULL;
	/* Our code systems hold the CT.gov enum verbatim (mappings/README.md),
	 * so an unmapped value is still exact in the table's own system. */
	json_t *system = fx_strf(c, FX_CS("%s"), table);
	json_t *o = fx_obj(c);
	fx_set(c, o, "system", system);
	fx_set_str(c, o, "code", source);
	return o;
}

json_t *fx_cc_map(fx_ctx *c, const char *table, const char *source, const char *prefix)
{
	if (!source)
		return NULL;
	const tf_map_row *row = fx_lookup(c, table, source);
	const char *display = row && *row->display ? row->display : source;
	json_t *cc = fx_obj(c);
	fx_set1(c, cc, "coding", fx_row_coding(c, row));
	if (prefix)
		fx_set(c, cc, "text", fx_strf(c, "%s: %s", prefix, display));
	else
		fx_set_str(c, cc, "text", display);
	return cc;
}

/* ---- extensions --------------------------------------------------------------- */

json_t *fx_ext(fx_ctx *c, const char *url, const char *value_key, json_t *value)
{
	if (!value)
		return NULL;
	if (is_empty(value)) {
		json_decref(value);
		return NULL;
	}
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "url", url);
	fx_set(c, o, value_key, value);
	return o;
}

json_t *fx_ext_str(fx_ctx *c, const char *url, const char *s)
{
	return fx_ext(c, url, "valueString", fx_str(c, s));
}

json_t *fx_ext_markdown(fx_ctx *c, const char *url, const char *s)
{
	return fx_ext(c, url, "valueMarkdown", fx_str(c, s));
}

json_t *fx_ext_flag(fx_ctx *c, const char *url, tf_flag f)
{
	if (f == TF_UNSET)
		return NULL;
	return fx_ext(c, url, "valueBoolean", fx_bool(c, f == TF_YES));
}

json_t *fx_ext_complex(fx_ctx *c, const char *url, json_t *sub)
{
	if (!sub)
		return NULL;
	if (is_empty(sub)) {
		json_decref(sub);
		return NULL;
	}
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "url", url);
	fx_set(c, o, "extension", sub);
	return o;
}

void fx_push_strv(fx_ctx *c, json_t *sub, const char *url, const tf_strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		fx_push(c, sub, fx_ext_str(c, url, v->v[i]));
}

static json_t *contact_point(fx_ctx *c, const char *system, json_t *value)
{
	if (!value)
		return NULL;
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "system", system);
	fx_set(c, o, "value", value);
	fx_set_str(c, o, "use", "work");
	return o;
}

json_t *fx_telecom(fx_ctx *c, const tf_person *p)
{
	json_t *a = fx_arr(c);
	json_t *phone = NULL;
	if (!tf_is_blank(p->phone))
		phone = tf_is_blank(p->phone_ext)
		                ? fx_str(c, p->phone)
		                : fx_strf(c, "%s ext. %s", p->phone, p->phone_ext);
	fx_push(c, a, contact_point(c, "phone", phone));
	fx_push(c, a, contact_point(c, "email", fx_str(c, p->email)));
	return a;
}
