/*
 * eval.c - the FHIRPath evaluator: walks the AST over collections of items.
 * Navigation reads FHIR JSON with the type table: an element's declared
 * type types its values (Patient.birthDate is a date, not a string),
 * value[x] is reached by "value" whatever its suffix, a primitive's "_name"
 * shadow carries its id and extensions, and resources found in contained,
 * Bundle.entry.resource or Parameters are typed by their resourceType.
 *
 * Operators follow the spec: three-valued boolean logic, collection
 * equality (order matters) and equivalence (it does not), singleton rules
 * for arithmetic and comparison (more than one item is an error, an empty
 * operand gives empty), date/time comparison by precision, quantities
 * through UCUM. Every call counts against a work budget and a recursion
 * cap, and collections are capped, so no expression can hang or exhaust
 * memory.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "trialfhir/json.h"

int fp_fail(fp_ctx *c, const fp_node *n, int code, const char *fmt, ...)
{
	if (c->err && c->err->code == 0) {
		va_list ap;
		va_start(ap, fmt);
		tf_error_vset(c->err, code, fmt, ap);
		va_end(ap);
		if (n)
			fp_error_at(c->err, c->fp->text, n->pos);
	}
	return code;
}

int fp_coll_reserve(fp_ctx *c, const fp_node *n, fp_coll *out, size_t extra)
{
	if (out->cap - out->n >= extra)
		return 0;
	size_t ncap = out->n + extra;
	if (ncap < out->n || ncap > c->max_items)
		return 0; /* the limit is reported when the items are pushed */
	fp_item *nv = fp_alloc_raw(c->mem, ncap * sizeof(fp_item));
	if (!nv)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	if (out->n)
		memcpy(nv, out->v, out->n * sizeof(fp_item));
	out->v = nv;
	out->cap = ncap;
	return 0;
}

/* Room for one more item in out (not counted yet): *slot; 0 or TF_E*. */
static inline int coll_slot(fp_ctx *c, const fp_node *n, fp_coll *out, fp_item **slot)
{
	if (out->n == out->cap) {
		if (out->n >= c->max_items)
			return fp_fail(c, n, TF_ELIMIT, "collection larger than %zu items",
			               c->max_items);
		size_t ncap = out->cap ? out->cap * 2 : 8;
		if (ncap > c->max_items)
			ncap = c->max_items;
		fp_item *nv = fp_alloc_raw(c->mem, ncap * sizeof(fp_item));
		if (!nv)
			return fp_fail(c, n, TF_ENOMEM, "out of memory");
		if (out->n)
			memcpy(nv, out->v, out->n * sizeof(fp_item));
		out->v = nv;
		out->cap = ncap;
	}
	*slot = &out->v[out->n];
	return 0;
}

/* Counts the item coll_slot gave room for. */
static int coll_commit(fp_ctx *c, const fp_node *n, fp_coll *out)
{
	out->n++;
	if (++c->steps > c->max_steps)
		return fp_fail(c, n, TF_ELIMIT, "evaluation exceeded its work budget");
	return 0;
}

int fp_push(fp_ctx *c, const fp_node *n, fp_coll *out, const fp_item *it)
{
	fp_item *slot = NULL;
	int rc = coll_slot(c, n, out, &slot);
	if (rc < 0)
		return rc;
	*slot = *it;
	return coll_commit(c, n, out);
}

int fp_push_bool(fp_ctx *c, const fp_node *n, fp_coll *out, int b)
{
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_BOOL;
	it.v.b = b != 0;
	return fp_push(c, n, out, &it);
}

int fp_push_int(fp_ctx *c, const fp_node *n, fp_coll *out, int64_t i)
{
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_INT;
	it.v.i = i;
	return fp_push(c, n, out, &it);
}

int fp_push_str(fp_ctx *c, const fp_node *n, fp_coll *out, const char *s, size_t len)
{
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_STR;
	it.v.s.p = s;
	it.v.s.n = len;
	return fp_push(c, n, out, &it);
}

int fp_push_dec(fp_ctx *c, const fp_node *n, fp_coll *out, double v, int scale)
{
	if (!isfinite(v))
		return 0; /* overflow or domain error: empty */
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_DEC;
	it.v.d = fp_dec_make(v, scale);
	return fp_push(c, n, out, &it);
}

/* ------------------------------------------------------------- navigation */

/* Adds the items of a JSON member value (array or single) with its shadow. */
static int push_json(fp_ctx *c, const fp_node *n, json_t *value, json_t *shadow, const fp_type *t,
                     const json_t *res, fp_coll *out)
{
	/* Items are made in place, in the collection's next slot. */
	fp_item *it = NULL;
	if (json_is_array(value) || (!value && json_is_array(shadow))) {
		size_t nv = json_array_size(value), ns = json_array_size(shadow);
		size_t count = nv > ns ? nv : ns;
		int rc = fp_coll_reserve(c, n, out, count);
		if (rc < 0)
			return rc;
		if (t && !shadow && (t->kind == FP_T_COMPLEX || t->kind == FP_T_BACKBONE) &&
		    !t->abstract) {
			/* Elements of a complex type (Bundle.entry, coding): the
			 * objects are items of that type as they are (what
			 * fp_item_from_json makes of them, without its tests). */
			for (size_t i = 0; i < count; i++) {
				json_t *v = json_array_get(value, i);
				if ((rc = coll_slot(c, n, out, &it)) < 0)
					return rc;
				if (!json_is_object(v)) {
					if (fp_item_from_json(c->mem, v, NULL, t, res, it) < 0)
						continue;
				} else {
					memset(it, 0, sizeof(*it));
					it->kind = FP_NODE;
					it->type = t;
					it->node = v;
					it->res = res;
				}
				if (it->kind != FP_NONE && (rc = coll_commit(c, n, out)) < 0)
					return rc;
			}
			return 0;
		}
		for (size_t i = 0; i < count; i++) {
			json_t *v = i < nv ? json_array_get(value, i) : NULL;
			json_t *sh = json_is_array(shadow) ? json_array_get(shadow, i) : NULL;
			if ((rc = coll_slot(c, n, out, &it)) < 0)
				return rc;
			if (fp_item_from_json(c->mem, v, sh, t, res, it) < 0)
				continue;
			if (it->kind != FP_NONE && (rc = coll_commit(c, n, out)) < 0)
				return rc;
		}
		return 0;
	}
	int rc = coll_slot(c, n, out, &it);
	if (rc < 0)
		return rc;
	if (fp_item_from_json(c->mem, value, json_is_array(shadow) ? NULL : shadow, t, res, it) < 0)
		return 0;
	if (it->kind == FP_NONE)
		return 0;
	return coll_commit(c, n, out);
}

/* "_" + key into buf (a primitive's shadow member); 0, or -1 when too long. */
static int shadow_key(char *buf, size_t size, const char *key)
{
	size_t l = strlen(key);
	if (l + 2 > size)
		return -1;
	buf[0] = '_';
	memcpy(buf + 1, key, l + 1);
	return 0;
}

/* Type named by a choice suffix ("Quantity", "DateTime" -> dateTime). */
static const fp_type *choice_type(const fp_elem *e, const char *suffix)
{
	for (uint16_t i = 0; i < e->ntypes; i++) {
		const char *tn = e->types[i]->name;
		if ((tn[0] == suffix[0] ||
		     (tn[0] >= 'a' && tn[0] <= 'z' && tn[0] - 32 == suffix[0])) &&
		    strcmp(tn + 1, suffix + 1) == 0)
			return e->types[i];
	}
	return NULL;
}

static int is_upper(char ch)
{
	return ch >= 'A' && ch <= 'Z';
}

/* The element type of JSON key of an object of type t (choice keys
 * resolved), or NULL. */
static const fp_type *key_type(const fp_type *t, const char *key)
{
	if (!t)
		return NULL;
	const fp_elem *e = fp_type_elem(t, key);
	if (e && !e->choice)
		return e->ntypes == 1 ? e->types[0] : NULL;
	for (size_t i = 1; key[i]; i++) {
		if (!is_upper(key[i]))
			continue;
		e = fp_type_elemn(t, key, i);
		if (e && e->choice)
			return choice_type(e, key + i);
	}
	return NULL;
}

static int nav_choice(fp_ctx *c, const fp_node *n, const fp_item *it, const fp_elem *e,
                      const char *name, fp_coll *out)
{
	size_t nl = strlen(name);
	const char *key;
	json_t *value;
	json_object_foreach(it->node, key, value)
	{
		int shadow_only = 0;
		const char *k = key[0] == '_' ? key + 1 : key;
		if (strncmp(k, name, nl) != 0 || !is_upper(k[nl]))
			continue;
		if (k != key) {
			/* "_valueString" alone: a value-less primitive */
			if (json_object_get(it->node, k))
				continue;
			shadow_only = 1;
		}
		const fp_type *t = choice_type(e, k + nl);
		if (!t)
			continue;
		json_t *shadow = NULL;
		int rc;
		if (!shadow_only && t->kind == FP_T_PRIMITIVE && !json_is_array(value) &&
		    !json_is_object(value) && !json_is_null(value)) {
			/* A single primitive: its shadow is looked up when needed. */
			size_t before = out->n;
			rc = push_json(c, n, value, NULL, t, it->res, out);
			if (rc == 0 && out->n == before + 1) {
				out->v[before].shadow = it->node;
				out->v[before].skey = k;
			}
			if (rc < 0)
				return rc;
			continue;
		}
		if (!shadow_only && t->kind == FP_T_PRIMITIVE) {
			char sk[256];
			if (shadow_key(sk, sizeof(sk), k) == 0)
				shadow = json_object_get(it->node, sk);
		}
		rc = push_json(c, n, shadow_only ? NULL : value, shadow_only ? value : shadow, t,
		               it->res, out);
		if (rc < 0)
			return rc;
	}
	return 0;
}

json_t *fp_item_shadow(const fp_item *it)
{
	if (!it->skey)
		return it->shadow;
	char sk[256];
	if (shadow_key(sk, sizeof(sk), it->skey) < 0)
		return NULL;
	json_t *sh = json_object_get(it->shadow, sk);
	return json_is_object(sh) ? sh : NULL;
}

/* Member name (nl bytes) of one item, appended to out. */
static int navigate(fp_ctx *c, const fp_node *n, const fp_item *it, const char *name, size_t nl,
                    fp_coll *out)
{
	if (it->kind == FP_QTY && !it->node) {
		fp_item v;
		memset(&v, 0, sizeof(v));
		if (strcmp(name, "value") == 0) {
			v.kind = FP_DEC;
			v.v.d = it->v.q.value;
			return fp_push(c, n, out, &v);
		}
		if (strcmp(name, "unit") == 0 || strcmp(name, "code") == 0)
			return fp_push_str(c, n, out, it->v.q.unit, strlen(it->v.q.unit));
		return 0;
	}
	if (it->kind == FP_TYPEINFO) {
		if (strcmp(name, "namespace") == 0)
			return fp_push_str(c, n, out, it->v.ti.ns, strlen(it->v.ti.ns));
		if (strcmp(name, "name") == 0)
			return fp_push_str(c, n, out, it->v.ti.name, strlen(it->v.ti.name));
		return 0;
	}
	if (it->type && it->type->kind == FP_T_PRIMITIVE) {
		/* A primitive's id and extensions live in its shadow. */
		json_t *sh = fp_item_shadow(it);
		if (!sh)
			return 0;
		if (strcmp(name, "extension") == 0)
			return push_json(c, n, json_object_get(sh, name), NULL, fp_t.Extension,
			                 it->res, out);
		if (strcmp(name, "id") == 0)
			return push_json(c, n, json_object_get(sh, name), NULL, fp_t.string,
			                 it->res, out);
		return 0;
	}
	if (it->kind != FP_NODE || !json_is_object(it->node))
		return 0;
	const fp_elem *e = it->type ? fp_type_elem(it->type, name) : NULL;
	if (e && e->choice)
		return nav_choice(c, n, it, e, name, out);
	json_t *value = fp_obj_getn(it->node, name, nl);
	json_t *shadow = NULL;
	const fp_type *t = e && e->ntypes == 1 ? e->types[0] : NULL;
	if (!t && !e && it->type)
		t = key_type(it->type, name);
	if (value && !json_is_array(value) && !json_is_object(value) && !json_is_null(value) &&
	    (!t || t->kind == FP_T_PRIMITIVE)) {
		/* A single primitive value: its shadow is looked up only when
		 * something asks for it (fp_item_shadow). */
		size_t before = out->n;
		int rc = push_json(c, n, value, NULL, t, it->res, out);
		if (rc == 0 && out->n == before + 1) {
			out->v[before].shadow = it->node;
			out->v[before].skey = name;
		}
		return rc;
	}
	if (!t || t->kind == FP_T_PRIMITIVE) {
		char sk[256];
		if (shadow_key(sk, sizeof(sk), name) == 0)
			shadow = fp_obj_getn(it->node, sk, nl + 1);
	}
	if (!value && !shadow)
		return 0;
	return push_json(c, n, value, shadow, t, it->res, out);
}

int fp_navigate(fp_ctx *c, const fp_node *n, const fp_item *it, const char *name, fp_coll *out)
{
	return navigate(c, n, it, name, strlen(name), out);
}

int fp_children(fp_ctx *c, const fp_node *n, const fp_item *it, fp_coll *out)
{
	if (it->type && it->type->kind == FP_T_PRIMITIVE) {
		json_t *sh = fp_item_shadow(it);
		if (sh)
			return push_json(c, n, json_object_get(sh, "extension"), NULL,
			                 fp_t.Extension, it->res, out);
		return 0;
	}
	if (it->kind != FP_NODE || !json_is_object(it->node))
		return 0;
	const char *key;
	json_t *value;
	json_object_foreach(it->node, key, value)
	{
		if (strcmp(key, "resourceType") == 0)
			continue;
		json_t *shadow = NULL;
		const char *k = key;
		if (k[0] == '_') {
			if (json_object_get(it->node, k + 1))
				continue; /* taken with its value */
			k++;
			shadow = value;
			value = NULL;
		} else {
			char sk[256];
			if (shadow_key(sk, sizeof(sk), k) == 0)
				shadow = json_object_get(it->node, sk);
		}
		int rc = push_json(c, n, value, shadow, key_type(it->type, k), it->res, out);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* ---------------------------------------------------------------- values */

int fp_item_value(fp_ctx *c, const fp_item *in, fp_item *out)
{
	*out = *in;
	if (in->kind == FP_NODE && in->type && fp_t.Quantity &&
	    fp_type_derives(in->type, fp_t.Quantity)) {
		fp_qty q;
		if (fp_qty_from_node(c->mem, in->node, &q) == 0) {
			out->kind = FP_QTY;
			out->v.q = q;
		}
	}
	return 0;
}

static const fp_item *item_value(fp_ctx *c, const fp_item *in, fp_item *tmp)
{
	if (in->kind != FP_NODE)
		return in;
	fp_item_value(c, in, tmp);
	return tmp;
}

static int is_num(int k)
{
	return k == FP_INT || k == FP_DEC;
}

static double num_val(const fp_item *it)
{
	return it->kind == FP_INT ? (double)it->v.i : it->v.d.v;
}

static int num_scale(const fp_item *it)
{
	return it->kind == FP_INT ? 0 : it->v.d.scale;
}

static int is_dt(int k)
{
	return k == FP_DATE || k == FP_DATETIME || k == FP_TIME;
}

/* Deep equality of JSON element trees (decimals by value). */
static int json_deep_equal(const json_t *a, const json_t *b, int depth)
{
	if (depth > 200)
		return 0;
	if (tf_json_is_decimal(a) || tf_json_is_decimal(b)) {
		fp_dec x, y;
		char ba[8], bb[8];
		const char *sa = tf_json_number_text(a, ba, sizeof(ba));
		const char *sb = tf_json_number_text(b, bb, sizeof(bb));
		if (json_is_integer(a)) {
			x.v = (double)json_integer_value(a);
		} else if (!sa || fp_dec_parse(sa, strlen(sa), &x) < 0) {
			return 0;
		}
		if (json_is_integer(b)) {
			y.v = (double)json_integer_value(b);
		} else if (!sb || fp_dec_parse(sb, strlen(sb), &y) < 0) {
			return 0;
		}
		return x.v == y.v;
	}
	if (json_typeof(a) != json_typeof(b))
		return 0;
	if (json_is_object(a)) {
		if (json_object_size(a) != json_object_size(b))
			return 0;
		const char *key;
		json_t *v;
		json_object_foreach((json_t *)a, key, v)
		{
			json_t *w = json_object_get(b, key);
			if (!w || !json_deep_equal(v, w, depth + 1))
				return 0;
		}
		return 1;
	}
	if (json_is_array(a)) {
		if (json_array_size(a) != json_array_size(b))
			return 0;
		for (size_t i = 0; i < json_array_size(a); i++)
			if (!json_deep_equal(json_array_get(a, i), json_array_get(b, i), depth + 1))
				return 0;
		return 1;
	}
	return json_equal((json_t *)a, (json_t *)b);
}

static fp_molar molar_of(fp_ctx *c, const fp_item *a, const fp_item *b)
{
	fp_molar m;
	m.env = c->env;
	m.res_a = a->res;
	m.res_b = b->res;
	return m;
}

int fp_item_equal(fp_ctx *c, const fp_item *a0, const fp_item *b0)
{
	/* Only elements change as values (a FHIR Quantity becomes a System
	 * one): other items are used as they are, without copies. */
	fp_item av, bv;
	const fp_item *a = item_value(c, a0, &av), *b = item_value(c, b0, &bv);
	if (a->kind == FP_NULLPRIM || b->kind == FP_NULLPRIM)
		return -1;
	if (is_num(a->kind) && is_num(b->kind))
		return num_val(a) == num_val(b);
	if (is_dt(a->kind) && is_dt(b->kind)) {
		int r = fp_dt_compare(&a->v.dt, a->kind, &b->v.dt, b->kind);
		return r == 0 ? 1 : r == 2 ? -1 : 0;
	}
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case FP_BOOL:
		return a->v.b == b->v.b;
	case FP_STR:
		return a->v.s.n == b->v.s.n && memcmp(a->v.s.p, b->v.s.p, a->v.s.n) == 0;
	case FP_QTY: {
		int cmp;
		fp_molar m = molar_of(c, a, b);
		if (fp_qty_compare(&a->v.q, &b->v.q, 0, &m, &cmp) != 0)
			return -1;
		return cmp == 0;
	}
	case FP_NODE:
		if (a->node == b->node)
			return 1;
		return json_deep_equal(a->node, b->node, 0);
	case FP_TYPEINFO:
		return strcmp(a->v.ti.ns, b->v.ti.ns) == 0 &&
		       strcmp(a->v.ti.name, b->v.ti.name) == 0;
	default:
		return 0;
	}
}

/* Strings equivalent: case-insensitive, whitespace runs as one space,
 * trimmed. */
static int str_equiv(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;
	for (;;) {
		while (i < an && (a[i] == ' ' || a[i] == '\t' || a[i] == '\n' || a[i] == '\r') &&
		       (i == 0 || i + 1 >= an || a[i + 1] == ' ' || a[i + 1] == '\t' ||
		        a[i + 1] == '\n' || a[i + 1] == '\r'))
			i++;
		while (j < bn && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\r') &&
		       (j == 0 || j + 1 >= bn || b[j + 1] == ' ' || b[j + 1] == '\t' ||
		        b[j + 1] == '\n' || b[j + 1] == '\r'))
			j++;
		if (i >= an || j >= bn)
			break;
		char x = a[i], y = b[j];
		if (x == '\t' || x == '\n' || x == '\r')
			x = ' ';
		if (y == '\t' || y == '\n' || y == '\r')
			y = ' ';
		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (char)(y + 32);
		if (x != y)
			return 0;
		i++;
		j++;
	}
	return i >= an && j >= bn;
}

int fp_item_equiv(fp_ctx *c, const fp_item *a0, const fp_item *b0)
{
	/* Only elements change as values (a FHIR Quantity becomes a System
	 * one): other items are used as they are, without copies. */
	fp_item av, bv;
	const fp_item *a = item_value(c, a0, &av), *b = item_value(c, b0, &bv);
	if (a->kind == FP_NULLPRIM || b->kind == FP_NULLPRIM)
		return a->kind == b->kind;
	if (is_num(a->kind) && is_num(b->kind)) {
		int s = num_scale(a) < num_scale(b) ? num_scale(a) : num_scale(b);
		return fp_round_to(num_val(a), s) == fp_round_to(num_val(b), s);
	}
	if (is_dt(a->kind) && is_dt(b->kind))
		return fp_dt_compare(&a->v.dt, a->kind, &b->v.dt, b->kind) == 0;
	if (a->kind != b->kind)
		return 0;
	switch (a->kind) {
	case FP_BOOL:
		return a->v.b == b->v.b;
	case FP_STR:
		return str_equiv(a->v.s.p, a->v.s.n, b->v.s.p, b->v.s.n);
	case FP_QTY: {
		int cmp;
		fp_molar m = molar_of(c, a, b);
		if (fp_qty_compare(&a->v.q, &b->v.q, 1, &m, &cmp) != 0)
			return 0;
		return cmp == 0;
	}
	default:
		return fp_item_equal(c, a, b) == 1;
	}
}

static const char *kind_name(const fp_item *it)
{
	return fp_item_type_name(it);
}

int fp_item_compare(fp_ctx *c, const fp_node *n, const fp_item *a0, const fp_item *b0, int *cmp)
{
	/* Only elements change as values (a FHIR Quantity becomes a System
	 * one): other items are used as they are, without copies. */
	fp_item av, bv;
	const fp_item *a = item_value(c, a0, &av), *b = item_value(c, b0, &bv);
	if (a->kind == FP_NULLPRIM || b->kind == FP_NULLPRIM)
		return 1;
	if (is_num(a->kind) && is_num(b->kind)) {
		double x = num_val(a), y = num_val(b);
		*cmp = x < y ? -1 : x > y ? 1 : 0;
		return 0;
	}
	if (a->kind == FP_STR && b->kind == FP_STR) {
		size_t m = a->v.s.n < b->v.s.n ? a->v.s.n : b->v.s.n;
		int r = memcmp(a->v.s.p, b->v.s.p, m);
		if (r == 0)
			r = a->v.s.n < b->v.s.n ? -1 : a->v.s.n > b->v.s.n ? 1 : 0;
		*cmp = r < 0 ? -1 : r > 0 ? 1 : 0;
		return 0;
	}
	if (is_dt(a->kind) && is_dt(b->kind)) {
		int r = fp_dt_compare(&a->v.dt, a->kind, &b->v.dt, b->kind);
		if (r == 3)
			return fp_fail(c, n, TF_EINVALID, "cannot compare %s with %s", kind_name(a),
			               kind_name(b));
		if (r == 2)
			return 1;
		*cmp = r;
		return 0;
	}
	if (a->kind == FP_QTY && b->kind == FP_QTY) {
		fp_molar m = molar_of(c, a, b);
		return fp_qty_compare(&a->v.q, &b->v.q, 0, &m, cmp) != 0 ? 1 : 0;
	}
	return fp_fail(c, n, TF_EINVALID, "cannot compare %s with %s", kind_name(a), kind_name(b));
}

int fp_coll_bool(fp_ctx *c, const fp_node *n, const fp_coll *v, int *out)
{
	if (v->n == 0) {
		*out = -1;
		return 0;
	}
	if (v->n > 1)
		return fp_fail(c, n, TF_EINVALID,
		               "expected a single boolean, found a collection of %zu items", v->n);
	const fp_item *it = &v->v[0];
	if (it->kind == FP_BOOL)
		*out = it->v.b;
	else if (it->kind == FP_NULLPRIM)
		*out = -1;
	else
		*out = 1; /* singleton evaluation: one item counts as true */
	return 0;
}

/* ------------------------------------------------------------ type tests */

int fp_tspec_resolve(const char *name, fp_tspec *out)
{
	static const struct {
		const char *name;
		uint8_t kind;
	} sys[] = {{"Boolean", FP_BOOL}, {"Integer", FP_INT},  {"Decimal", FP_DEC},
	           {"String", FP_STR},   {"Date", FP_DATE},    {"DateTime", FP_DATETIME},
	           {"Time", FP_TIME},    {"Quantity", FP_QTY}, {"Long", FP_INT}};
	memset(out, 0, sizeof(*out));
	out->text = name;
	int ns_sys = strncmp(name, "System.", 7) == 0;
	int ns_fhir = strncmp(name, "FHIR.", 5) == 0;
	const char *bare = ns_sys ? name + 7 : ns_fhir ? name + 5 : name;
	if (!ns_sys) {
		out->fhir = fp_type_get(bare);
		if (out->fhir && out->fhir->kind == FP_T_BACKBONE)
			out->fhir = NULL;
		if (out->fhir) {
			out->quantity = !ns_fhir && strcmp(bare, "Quantity") == 0;
			return 0;
		}
		if (ns_fhir)
			return -1;
	}
	for (size_t i = 0; i < sizeof(sys) / sizeof(sys[0]); i++)
		if (strcmp(sys[i].name, bare) == 0) {
			out->sys = sys[i].kind;
			return 0;
		}
	if (ns_sys) {
		out->sys = 0xFF; /* a System type we do not have: nothing is one */
		return 0;
	}
	return -1;
}

int fp_type_matches(const fp_item *it, const fp_tspec *ts, int exact_primitive)
{
	if (ts->fhir && it->type) {
		if (exact_primitive && it->type->kind == FP_T_PRIMITIVE)
			return it->type == ts->fhir;
		return fp_type_derives(it->type, ts->fhir);
	}
	if (ts->quantity && !it->type && it->kind == FP_QTY)
		return 1;
	if (ts->sys && !it->type)
		return it->kind == ts->sys;
	return 0;
}

/* ---------------------------------------------------------------- helpers */

static int singleton(fp_ctx *c, const fp_node *n, const fp_coll *v, const char *what)
{
	if (v->n > 1)
		return fp_fail(c, n, TF_EINVALID, "%s: expected a single item, found %zu", what,
		               v->n);
	return 0;
}

int fp_push_coll(fp_ctx *c, const fp_node *n, fp_coll *out, const fp_coll *in)
{
	for (size_t i = 0; i < in->n; i++) {
		int rc = fp_push(c, n, out, &in->v[i]);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static const fp_coll *builtin_var(fp_ctx *c, const char *name, fp_coll *tmp, const fp_node *n)
{
	static const struct {
		const char *name, *value;
	} consts[] = {{"ucum", "http://unitsofmeasure.org"},
	              {"sct", "http://snomed.info/sct"},
	              {"loinc", "http://loinc.org"}};
	if (strcmp(name, "context") == 0)
		return &c->context;
	if (strcmp(name, "resource") == 0)
		return &c->resource;
	if (strcmp(name, "rootResource") == 0)
		return &c->root_resource;
	if (strcmp(name, "patient") == 0 && c->env && c->env->patient)
		return &c->patient;
	for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++)
		if (strcmp(name, consts[i].name) == 0) {
			memset(tmp, 0, sizeof(*tmp));
			if (fp_push_str(c, n, tmp, consts[i].value, strlen(consts[i].value)) < 0)
				return NULL;
			return tmp;
		}
	const char *prefix = NULL;
	if (strncmp(name, "vs-", 3) == 0)
		prefix = "http://hl7.org/fhir/ValueSet/";
	else if (strncmp(name, "ext-", 4) == 0)
		prefix = "http://hl7.org/fhir/StructureDefinition/";
	if (prefix) {
		const char *rest = strchr(name, '-') + 1;
		size_t pl = strlen(prefix), rl = strlen(rest);
		char *s = fp_alloc(c->mem, pl + rl + 1);
		if (!s)
			return NULL;
		memcpy(s, prefix, pl);
		memcpy(s + pl, rest, rl + 1);
		memset(tmp, 0, sizeof(*tmp));
		if (fp_push_str(c, n, tmp, s, pl + rl) < 0)
			return NULL;
		return tmp;
	}
	return NULL;
}

static int eval_var(fp_ctx *c, const fp_node *n, fp_vars *vars, fp_coll *out)
{
	for (fp_vars *v = vars; v; v = v->next)
		if (strcmp(v->name, n->name) == 0)
			return fp_push_coll(c, n, out, &v->val);
	fp_coll tmp;
	const fp_coll *b = builtin_var(c, n->name, &tmp, n);
	if (b)
		return fp_push_coll(c, n, out, b);
	if (c->err && c->err->code)
		return c->err->code;
	if (c->env) {
		for (size_t i = 0; i < c->env->nvars; i++) {
			const tf_fhirpath_var *uv = &c->env->vars[i];
			if (!uv->name || strcmp(uv->name, n->name) != 0)
				continue;
			const fp_type *t = uv->type ? fp_type_get(uv->type) : NULL;
			if (uv->type && !t)
				return fp_fail(c, n, TF_EINVALID,
				               "variable %%%s: unknown type '%s'", n->name,
				               uv->type);
			json_t *val = (json_t *)uv->value;
			const json_t *res = json_is_object(val) ? val : NULL;
			return push_json(c, n, val, NULL, t, res, out);
		}
	}
	return fp_fail(c, n, TF_EINVALID, "undefined variable %%%s", n->name);
}

/* -------------------------------------------------------------- operators */

static int eval_sub(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                    fp_vars *vars, fp_coll *out)
{
	fp_vars *local = vars;
	return fp_eval(c, n, focus, s, &local, out);
}

/* The value of n in *v: a literal or folded constant as it is in the
 * compiled expression (no copy; read only), anything else evaluated into
 * tmp. */
static int eval_view(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                     fp_vars *vars, fp_coll *tmp, const fp_coll **v)
{
	memset(tmp, 0, sizeof(*tmp));
	*v = tmp;
	switch (n->kind) {
	case N_LIT:
		tmp->v = (fp_item *)&n->lit;
		tmp->n = tmp->cap = 1;
		return 0;
	case N_CONST:
		*v = &n->cv;
		return 0;
	case N_EMPTY:
		return 0;
	default:
		return eval_sub(c, n, focus, s, vars, tmp);
	}
}

/* and, or, xor, implies: the three-valued result (1, 0, -1 empty) in *v. */
static int bool_value(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                      fp_vars *vars, int *v)
{
	int a = -1, b = -1, rc;
	fp_vars *local = vars;
	if ((rc = fp_eval_bool(c, n->a, n, focus, s, &local, &a)) < 0)
		return rc;
	/* Short-circuit where the left side decides. */
	if ((n->op == OP_AND && a == 0) || (n->op == OP_OR && a == 1)) {
		*v = a;
		return 0;
	}
	if (n->op == OP_IMPLIES && a == 0) {
		*v = 1;
		return 0;
	}
	local = vars;
	if ((rc = fp_eval_bool(c, n->b, n, focus, s, &local, &b)) < 0)
		return rc;
	switch (n->op) {
	case OP_AND:
		*v = (a == 0 || b == 0) ? 0 : (a == 1 && b == 1) ? 1 : -1;
		break;
	case OP_OR:
		*v = (a == 1 || b == 1) ? 1 : (a == 0 && b == 0) ? 0 : -1;
		break;
	case OP_XOR:
		*v = (a < 0 || b < 0) ? -1 : a != b;
		break;
	default: /* OP_IMPLIES */
		*v = a == 1 ? b : (b == 1 ? 1 : -1);
		break;
	}
	return 0;
}

static int bool_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                   fp_vars *vars, fp_coll *out)
{
	int v, rc = bool_value(c, n, focus, s, vars, &v);
	return rc < 0 || v < 0 ? rc : fp_push_bool(c, n, out, v);
}

static int coll_equal(fp_ctx *c, const fp_coll *l, const fp_coll *r)
{
	if (l->n != r->n)
		return 0;
	int result = 1;
	for (size_t i = 0; i < l->n; i++) {
		int e = fp_item_equal(c, &l->v[i], &r->v[i]);
		if (e == 0)
			return 0;
		if (e < 0)
			result = -1;
	}
	return result;
}

static int coll_equiv(fp_ctx *c, const fp_node *n, const fp_coll *l, const fp_coll *r)
{
	if (l->n != r->n)
		return 0;
	if (l->n == 0)
		return 1;
	char *used = fp_alloc(c->mem, r->n);
	if (!used)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	for (size_t i = 0; i < l->n; i++) {
		size_t j;
		for (j = 0; j < r->n; j++)
			if (!used[j] && fp_item_equiv(c, &l->v[i], &r->v[j]))
				break;
		if (j == r->n)
			return 0;
		used[j] = 1;
	}
	return 1;
}

/* = and != : 1, 0, or -1 for empty in *v. */
static int eq_value(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                    fp_vars *vars, int *v)
{
	fp_coll lt, rt;
	const fp_coll *l, *r;
	int rc;
	*v = -1;
	if ((rc = eval_view(c, n->a, focus, s, vars, &lt, &l)) < 0 ||
	    (rc = eval_view(c, n->b, focus, s, vars, &rt, &r)) < 0)
		return rc;
	if (l->n == 0 || r->n == 0)
		return 0;
	int e = coll_equal(c, l, r);
	if (e >= 0)
		*v = n->op == OP_EQ ? e : !e;
	return 0;
}

static int eq_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                 fp_vars *vars, fp_coll *out)
{
	int rc, v;
	if (n->op == OP_EQ || n->op == OP_NE) {
		rc = eq_value(c, n, focus, s, vars, &v);
		return rc < 0 || v < 0 ? rc : fp_push_bool(c, n, out, v);
	}
	fp_coll lt, rt;
	const fp_coll *l, *r;
	if ((rc = eval_view(c, n->a, focus, s, vars, &lt, &l)) < 0 ||
	    (rc = eval_view(c, n->b, focus, s, vars, &rt, &r)) < 0)
		return rc;
	int e = coll_equiv(c, n, l, r);
	if (e < 0)
		return e;
	return fp_push_bool(c, n, out, n->op == OP_EQUIV ? e : !e);
}

int fp_eval_bool(fp_ctx *c, const fp_node *n, const fp_node *errn, const fp_coll *focus,
                 const fp_scope *s, fp_vars **vars, int *b)
{
	int logic = n->kind == N_BIN &&
	            (n->op == OP_AND || n->op == OP_OR || n->op == OP_XOR || n->op == OP_IMPLIES);
	int eq = n->kind == N_BIN && (n->op == OP_EQ || n->op == OP_NE);
	if (logic || eq) {
		/* Boolean operators give their value here instead of a
		 * collection of one boolean made only to be read back. */
		if (++c->steps > c->max_steps)
			return fp_fail(c, n, TF_ELIMIT, "evaluation exceeded its work budget");
		if (++c->depth > FP_MAX_EVAL_DEPTH) {
			c->depth--;
			return fp_fail(c, n, TF_ELIMIT, "evaluation nested too deeply");
		}
		int rc = logic ? bool_value(c, n, focus, s, *vars, b)
		               : eq_value(c, n, focus, s, *vars, b);
		c->depth--;
		return rc;
	}
	fp_coll r = {0};
	int rc = fp_eval(c, n, focus, s, vars, &r);
	return rc < 0 ? rc : fp_coll_bool(c, errn, &r, b);
}

static int cmp_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                  fp_vars *vars, fp_coll *out)
{
	fp_coll lt, rt;
	const fp_coll *l, *r;
	int rc, cmp;
	if ((rc = eval_view(c, n->a, focus, s, vars, &lt, &l)) < 0 ||
	    (rc = eval_view(c, n->b, focus, s, vars, &rt, &r)) < 0)
		return rc;
	if ((rc = singleton(c, n, l, "comparison")) < 0 ||
	    (rc = singleton(c, n, r, "comparison")) < 0)
		return rc;
	if (l->n == 0 || r->n == 0)
		return 0;
	rc = fp_item_compare(c, n, &l->v[0], &r->v[0], &cmp);
	if (rc < 0)
		return rc;
	if (rc > 0)
		return 0;
	int v = n->op == OP_LT   ? cmp < 0
	        : n->op == OP_LE ? cmp <= 0
	        : n->op == OP_GT ? cmp > 0
	                         : cmp >= 0;
	return fp_push_bool(c, n, out, v);
}

/* Adds items of in not yet in out (union semantics). */
static int union_into(fp_ctx *c, const fp_node *n, fp_coll *out, const fp_coll *in)
{
	for (size_t i = 0; i < in->n; i++) {
		size_t j;
		for (j = 0; j < out->n; j++)
			if (fp_item_equal(c, &out->v[j], &in->v[i]) == 1)
				break;
		if (++c->steps > c->max_steps)
			return fp_fail(c, n, TF_ELIMIT, "evaluation exceeded its work budget");
		c->steps += out->n / 16;
		if (j == out->n) {
			int rc = fp_push(c, n, out, &in->v[i]);
			if (rc < 0)
				return rc;
		}
	}
	return 0;
}

int fp_union(fp_ctx *c, const fp_node *n, const fp_coll *a, const fp_coll *b, fp_coll *out)
{
	/* out may already hold items (select() appends): dedupe apart. */
	fp_coll u = {0};
	int rc = union_into(c, n, &u, a);
	if (rc == 0)
		rc = union_into(c, n, &u, b);
	return rc < 0 ? rc : fp_push_coll(c, n, out, &u);
}

static int member_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                     fp_vars *vars, fp_coll *out)
{
	fp_coll lt, rt;
	const fp_coll *l, *r;
	int rc;
	if ((rc = eval_view(c, n->a, focus, s, vars, &lt, &l)) < 0 ||
	    (rc = eval_view(c, n->b, focus, s, vars, &rt, &r)) < 0)
		return rc;
	const fp_coll *one = n->op == OP_IN ? l : r;
	const fp_coll *many = n->op == OP_IN ? r : l;
	if ((rc = singleton(c, n, one, n->op == OP_IN ? "in" : "contains")) < 0)
		return rc;
	if (one->n == 0)
		return 0;
	for (size_t i = 0; i < many->n; i++)
		if (fp_item_equal(c, &one->v[0], &many->v[i]) == 1)
			return fp_push_bool(c, n, out, 1);
	return fp_push_bool(c, n, out, 0);
}

/* Calendar unit of a quantity for date arithmetic, or NULL. */
static const char *date_unit(const fp_qty *q)
{
	const char *u = q->unit;
	const char *cal = fp_calendar_unit(u, strlen(u));
	if (cal)
		return cal;
	static const struct {
		const char *ucum, *cal;
	} map[] = {{"wk", "week"},    {"d", "day"},    {"h", "hour"},
	           {"min", "minute"}, {"s", "second"}, {"ms", "millisecond"}};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i].ucum, u) == 0)
			return map[i].cal;
	return NULL;
}

static int date_arith(fp_ctx *c, const fp_node *n, const fp_item *d, const fp_item *q, int sub,
                      fp_coll *out)
{
	const char *unit = date_unit(&q->v.q);
	if (!unit)
		return fp_fail(c, n, TF_EINVALID,
		               "cannot add '%s' to a date/time: use a calendar duration (year, "
		               "month, week, day, hour, minute, second, millisecond)",
		               q->v.q.unit);
	double v = trunc(q->v.q.value.v);
	if (fabs(v) > 1e8)
		return fp_fail(c, n, TF_EINVALID, "date arithmetic out of range");
	fp_item r = *d;
	r.type = NULL;
	r.node = NULL;
	r.shadow = NULL;
	r.skey = NULL;
	if (fp_dt_add(&r.v.dt, d->kind, unit, (int64_t)(sub ? -v : v)) < 0)
		return fp_fail(c, n, TF_EINVALID, "date arithmetic out of range");
	return fp_push(c, n, out, &r);
}

static int concat_text(fp_ctx *c, const fp_node *n, const fp_coll *v, const char **p, size_t *len)
{
	int rc = singleton(c, n, v, "&");
	if (rc < 0)
		return rc;
	if (v->n == 0) {
		*p = "";
		*len = 0;
		return 0;
	}
	*p = fp_item_text(c->mem, &v->v[0], len);
	if (!*p)
		return fp_fail(c, n, TF_EINVALID, "& needs strings, not %s",
		               fp_item_type_name(&v->v[0]));
	return 0;
}

static int push_joined(fp_ctx *c, const fp_node *n, fp_coll *out, const char *a, size_t an,
                       const char *b, size_t bn)
{
	if (an + bn > FP_MAX_STRING)
		return fp_fail(c, n, TF_ELIMIT, "string longer than %d bytes", FP_MAX_STRING);
	char *s = fp_alloc(c->mem, an + bn + 1);
	if (!s)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	memcpy(s, a, an);
	memcpy(s + an, b, bn);
	c->steps += (an + bn) / 64;
	return fp_push_str(c, n, out, s, an + bn);
}

/* Trims a division result's digits to what it needs (1/2 -> 0.5). */
static int div_scale(double v, int min_scale)
{
	return fp_dec_trim_scale(v, min_scale, 8);
}

static int arith_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                    fp_vars *vars, fp_coll *out)
{
	fp_coll l = {0}, r = {0};
	int rc;
	if ((rc = eval_sub(c, n->a, focus, s, vars, &l)) < 0 ||
	    (rc = eval_sub(c, n->b, focus, s, vars, &r)) < 0)
		return rc;
	if (n->op == OP_CONCAT) {
		const char *a, *b;
		size_t an, bn;
		if ((rc = concat_text(c, n, &l, &a, &an)) < 0 ||
		    (rc = concat_text(c, n, &r, &b, &bn)) < 0)
			return rc;
		return push_joined(c, n, out, a, an, b, bn);
	}
	if ((rc = singleton(c, n, &l, "arithmetic")) < 0 ||
	    (rc = singleton(c, n, &r, "arithmetic")) < 0)
		return rc;
	if (l.n == 0 || r.n == 0)
		return 0;
	fp_item a, b;
	fp_item_value(c, &l.v[0], &a);
	fp_item_value(c, &r.v[0], &b);
	if (a.kind == FP_NULLPRIM || b.kind == FP_NULLPRIM)
		return 0;
	int op = n->op;
	if (a.kind == FP_INT && b.kind == FP_INT) {
		int64_t x = a.v.i, y = b.v.i, z;
		switch (op) {
		case OP_PLUS:
			if (__builtin_add_overflow(x, y, &z))
				return fp_fail(c, n, TF_EINVALID, "integer overflow");
			return fp_push_int(c, n, out, z);
		case OP_MINUS:
			if (__builtin_sub_overflow(x, y, &z))
				return fp_fail(c, n, TF_EINVALID, "integer overflow");
			return fp_push_int(c, n, out, z);
		case OP_MUL:
			if (__builtin_mul_overflow(x, y, &z))
				return fp_fail(c, n, TF_EINVALID, "integer overflow");
			return fp_push_int(c, n, out, z);
		case OP_DIV:
			if (y == 0)
				return 0;
			return fp_push_dec(c, n, out, (double)x / (double)y,
			                   div_scale((double)x / (double)y, 0));
		case OP_IDIV:
			if (y == 0 || (x == INT64_MIN && y == -1))
				return 0;
			return fp_push_int(c, n, out, x / y);
		case OP_MOD:
			if (y == 0 || (x == INT64_MIN && y == -1))
				return 0;
			return fp_push_int(c, n, out, x % y);
		default:
			break;
		}
	}
	if (is_num(a.kind) && is_num(b.kind)) {
		double x = num_val(&a), y = num_val(&b);
		int sa = num_scale(&a), sb = num_scale(&b);
		int smax = sa > sb ? sa : sb;
		switch (op) {
		case OP_PLUS:
			return fp_push_dec(c, n, out, x + y, smax);
		case OP_MINUS:
			return fp_push_dec(c, n, out, x - y, smax);
		case OP_MUL:
			return fp_push_dec(c, n, out, x * y, sa + sb);
		case OP_DIV:
			if (y == 0)
				return 0;
			return fp_push_dec(c, n, out, x / y, div_scale(x / y, smax));
		case OP_IDIV:
			if (y == 0 || !isfinite(trunc(x / y)) || fabs(x / y) > 9e18)
				return 0;
			return fp_push_int(c, n, out, (int64_t)trunc(x / y));
		case OP_MOD:
			if (y == 0)
				return 0;
			return fp_push_dec(c, n, out, fmod(x, y), smax);
		default:
			break;
		}
	}
	if (a.kind == FP_STR && b.kind == FP_STR && op == OP_PLUS)
		return push_joined(c, n, out, a.v.s.p, a.v.s.n, b.v.s.p, b.v.s.n);
	if (is_dt(a.kind) && b.kind == FP_QTY && (op == OP_PLUS || op == OP_MINUS))
		return date_arith(c, n, &a, &b, op == OP_MINUS, out);
	if (a.kind == FP_QTY || b.kind == FP_QTY) {
		fp_item res;
		memset(&res, 0, sizeof(res));
		res.kind = FP_QTY;
		if (a.kind == FP_QTY && b.kind == FP_QTY) {
			if (op == OP_PLUS || op == OP_MINUS) {
				if (fp_qty_add(c->mem, &a.v.q, &b.v.q, op == OP_MINUS, &res.v.q) !=
				    0)
					return fp_fail(
					        c, n, TF_EINVALID,
					        "cannot add '%s' and '%s': units not compatible",
					        a.v.q.unit, b.v.q.unit);
				return fp_push(c, n, out, &res);
			}
			if (op == OP_MUL || op == OP_DIV) {
				rc = fp_qty_mul(c->mem, &a.v.q, &b.v.q, op == OP_DIV, &res.v.q);
				if (rc < 0)
					return fp_fail(c, n, rc, "out of memory");
				return rc > 0 ? 0 : fp_push(c, n, out, &res);
			}
		} else if ((op == OP_MUL || op == OP_DIV) && (is_num(a.kind) || is_num(b.kind))) {
			const fp_item *q = a.kind == FP_QTY ? &a : &b;
			const fp_item *k = a.kind == FP_QTY ? &b : &a;
			if (op == OP_DIV && q != &a)
				goto bad;
			res.v.q = q->v.q;
			double f = num_val(k);
			if (op == OP_DIV && f == 0)
				return 0;
			double v = op == OP_MUL ? q->v.q.value.v * f : q->v.q.value.v / f;
			int sc = op == OP_MUL ? q->v.q.value.scale + num_scale(k)
			                      : div_scale(v, q->v.q.value.scale);
			res.v.q.value = fp_dec_make(v, sc);
			return fp_push(c, n, out, &res);
		}
	}
bad:
	return fp_fail(c, n, TF_EINVALID, "operator not defined for %s and %s",
	               fp_item_type_name(&a), fp_item_type_name(&b));
}

static int unary_op(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                    fp_vars *vars, fp_coll *out)
{
	fp_coll v = {0};
	int rc;
	if ((rc = eval_sub(c, n->a, focus, s, vars, &v)) < 0 ||
	    (rc = singleton(c, n, &v, "unary sign")) < 0)
		return rc;
	if (v.n == 0)
		return 0;
	fp_item it;
	fp_item_value(c, &v.v[0], &it);
	it.type = NULL;
	it.node = NULL;
	it.shadow = NULL;
	it.skey = NULL;
	if (n->kind == N_POS) {
		if (!is_num(it.kind) && it.kind != FP_QTY)
			return fp_fail(c, n, TF_EINVALID, "unary + on %s",
			               fp_item_type_name(&v.v[0]));
		return fp_push(c, n, out, &it);
	}
	switch (it.kind) {
	case FP_INT:
		if (it.v.i == INT64_MIN)
			return fp_fail(c, n, TF_EINVALID, "integer overflow");
		it.v.i = -it.v.i;
		break;
	case FP_DEC:
		it.v.d.v = -it.v.d.v;
		it.v.d.lex = NULL;
		break;
	case FP_QTY:
		it.v.q.value.v = -it.v.q.value.v;
		it.v.q.value.lex = NULL;
		break;
	default:
		return fp_fail(c, n, TF_EINVALID, "unary - on %s", fp_item_type_name(&v.v[0]));
	}
	return fp_push(c, n, out, &it);
}

/* The focus item's type is the type named (Patient.name on a Patient). */
static int ident_type_filter(fp_ctx *c, const fp_node *n, const fp_item *it, const fp_type **t)
{
	*t = NULL;
	if (!is_upper(n->name[0]))
		return 0;
	*t = fp_type_get(n->name);
	if (!*t || (*t)->kind == FP_T_PRIMITIVE || (*t)->kind == FP_T_BACKBONE) {
		*t = NULL;
		return 0;
	}
	return it->type && fp_type_derives(it->type, *t);
}

static int eval_ident(fp_ctx *c, const fp_node *n, const fp_coll *focus, fp_coll *out)
{
	for (size_t i = 0; i < focus->n; i++) {
		const fp_type *t;
		int rc;
		if (ident_type_filter(c, n, &focus->v[i], &t)) {
			rc = fp_push(c, n, out, &focus->v[i]);
		} else {
			if (t && t->kind == FP_T_RESOURCE && c->env &&
			    (c->env->flags & TF_FHIRPATH_STRICT))
				return fp_fail(c, n, TF_EINVALID,
				               "'%s' is not the type of the context (%s)", n->name,
				               fp_item_type_name(&focus->v[i]));
			rc = navigate(c, n, &focus->v[i], n->name, n->nlen, out);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Resource objects in value (one or an array) whose resourceType is the
 * name of want, appended to out as items of that type. */
static int resources_named(fp_ctx *c, const fp_node *n, json_t *value, const fp_type *want,
                           fp_coll *out)
{
	size_t count = json_is_array(value) ? json_array_size(value) : value ? 1 : 0;
	c->steps += count;
	for (size_t i = 0; i < count; i++) {
		json_t *r = json_is_array(value) ? json_array_get(value, i) : value;
		const fp_type *known;
		if (!json_is_object(r))
			continue;
		if (fp_doc_resource_type(r, &known)) {
			if (known != want)
				continue;
		} else {
			json_t *rt = fp_obj_getn(r, "resourceType", 12);
			if (!json_is_string(rt) || json_string_length(rt) != want->nlen ||
			    memcmp(json_string_value(rt), want->name, want->nlen) != 0)
				continue;
		}
		fp_item it;
		memset(&it, 0, sizeof(it));
		it.kind = FP_NODE;
		it.type = want;
		it.node = r;
		it.res = r;
		int rc = fp_push(c, n, out, &it);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* An element that holds one resource (Bundle.entry.resource,
 * Parameters.parameter.resource). */
static int holds_resource(const fp_elem *e)
{
	return e && !e->choice && e->ntypes == 1 && e->types[0]->kind == FP_T_RESOURCE &&
	       e->types[0]->abstract;
}

/* Member m->name of the items t, those of n's type (ofType) kept. */
static int of_type_items(fp_ctx *c, const fp_node *n, const fp_coll *t, int by_name, fp_coll *out)
{
	const fp_node *m = n->a;
	const fp_type *last = NULL;
	const fp_elem *e = NULL;
	int rc;
	for (size_t i = 0; i < t->n; i++) {
		const fp_item *it = &t->v[i];
		if (!by_name || it->kind != FP_NODE || !it->type)
			e = NULL, last = NULL;
		else if (it->type != last) /* the items are mostly of one type */
			e = fp_type_elem(last = it->type, m->name);
		if (holds_resource(e) && json_is_object(it->node)) {
			/* entry.resource.ofType(Patient): a resource is of a
			 * concrete resource type exactly when its resourceType
			 * names it, so the others are passed over without being
			 * made items. */
			if ((rc = resources_named(c, n, fp_obj_getn(it->node, m->name, m->nlen),
			                          n->tspec.fhir, out)) < 0)
				return rc;
			continue;
		}
		/* Each item's members go straight into out; those not of the
		 * type are dropped again. */
		size_t kept = out->n;
		if ((rc = navigate(c, m, it, m->name, m->nlen, out)) < 0)
			return rc;
		for (size_t j = kept; j < out->n; j++)
			if (fp_type_matches(&out->v[j], &n->tspec, 1)) {
				if (j != kept)
					out->v[kept] = out->v[j];
				kept++;
			}
		out->n = kept;
	}
	return 0;
}

/* a.name.ofType(T): filtered as each item's member is reached, without the
 * collection of every member (entry.resource.ofType(Observation) on a
 * Bundle). With T a concrete resource type and a.name b.list.name where
 * list is a list of elements holding a resource (b.entry.resource), the
 * list's objects are walked in the JSON without being made items. */
static int member_of_type(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s,
                          fp_vars **vars, fp_coll *out)
{
	const fp_node *m = n->a, *list = m->a;
	fp_coll t = {0};
	int rc;
	if (++c->steps > c->max_steps)
		return fp_fail(c, m, TF_ELIMIT, "evaluation exceeded its work budget");
	const fp_type *want = n->tspec.fhir;
	int by_name = want && want->kind == FP_T_RESOURCE && !want->abstract;
	if (!by_name || list->kind != N_MEMBER) {
		if ((rc = fp_eval(c, list, focus, s, vars, &t)) < 0)
			return rc;
		return of_type_items(c, n, &t, by_name, out);
	}
	if (++c->steps > c->max_steps)
		return fp_fail(c, list, TF_ELIMIT, "evaluation exceeded its work budget");
	if ((rc = fp_eval(c, list->a, focus, s, vars, &t)) < 0)
		return rc;
	for (size_t i = 0; i < t.n; i++) {
		const fp_item *b = &t.v[i];
		const fp_elem *le = b->kind == FP_NODE && b->type && json_is_object(b->node)
		                            ? fp_type_elem(b->type, list->name)
		                            : NULL;
		const fp_type *lt = le && !le->choice && le->ntypes == 1 ? le->types[0] : NULL;
		if (lt && (lt->kind == FP_T_COMPLEX || lt->kind == FP_T_BACKBONE) &&
		    !lt->abstract && holds_resource(fp_type_elem(lt, m->name))) {
			json_t *v = fp_obj_getn(b->node, list->name, list->nlen);
			size_t count = json_is_array(v) ? json_array_size(v) : v ? 1 : 0;
			c->steps += count;
			for (size_t k = 0; k < count; k++) {
				json_t *el = json_is_array(v) ? json_array_get(v, k) : v;
				if (json_is_object(el) &&
				    (rc = resources_named(c, n, fp_obj_getn(el, m->name, m->nlen),
				                          want, out)) < 0)
					return rc;
			}
			continue;
		}
		fp_coll one = {0};
		if ((rc = navigate(c, list, b, list->name, list->nlen, &one)) < 0 ||
		    (rc = of_type_items(c, n, &one, by_name, out)) < 0)
			return rc;
	}
	return 0;
}

int fp_eval(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s, fp_vars **vars,
            fp_coll *out)
{
	if (++c->steps > c->max_steps)
		return fp_fail(c, n, TF_ELIMIT, "evaluation exceeded its work budget");
	if (++c->depth > FP_MAX_EVAL_DEPTH) {
		c->depth--;
		return fp_fail(c, n, TF_ELIMIT, "evaluation nested too deeply");
	}
	int rc = 0;
	fp_coll t = {0};
	switch (n->kind) {
	case N_LIT:
		rc = fp_push(c, n, out, &n->lit);
		break;
	case N_EMPTY:
		break;
	case N_CONST:
		rc = fp_push_coll(c, n, out, &n->cv);
		break;
	case N_THIS:
		rc = fp_push_coll(c, n, out, s->self);
		break;
	case N_INDEXV:
		if (!s->has_index)
			rc = fp_fail(c, n, TF_EINVALID, "$index is only defined inside a function");
		else
			rc = fp_push_int(c, n, out, s->index);
		break;
	case N_TOTAL:
		if (!s->total)
			rc = fp_fail(c, n, TF_EINVALID,
			             "$total is only defined inside aggregate()");
		else
			rc = fp_push_coll(c, n, out, s->total);
		break;
	case N_VAR:
		rc = eval_var(c, n, *vars, out);
		break;
	case N_IDENT:
		rc = eval_ident(c, n, focus, out);
		break;
	case N_MEMBER:
		if ((rc = fp_eval(c, n->a, focus, s, vars, &t)) < 0)
			break;
		for (size_t i = 0; i < t.n && rc == 0; i++)
			rc = navigate(c, n, &t.v[i], n->name, n->nlen, out);
		break;
	case N_INDEX: {
		fp_coll idx = {0};
		if ((rc = fp_eval(c, n->a, focus, s, vars, &t)) < 0 ||
		    (rc = eval_sub(c, n->b, s->self, s, *vars, &idx)) < 0)
			break;
		if (idx.n == 0)
			break;
		if (idx.n > 1 || idx.v[0].kind != FP_INT) {
			rc = fp_fail(c, n->b, TF_EINVALID, "index must be a single integer");
			break;
		}
		int64_t k = idx.v[0].v.i;
		if (k >= 0 && (uint64_t)k < t.n)
			rc = fp_push(c, n, out, &t.v[k]);
		break;
	}
	case N_NEG:
	case N_POS:
		rc = unary_op(c, n, focus, s, *vars, out);
		break;
	case N_IS:
	case N_AS:
		if ((rc = eval_sub(c, n->a, focus, s, *vars, &t)) < 0)
			break;
		if (t.n > 1) {
			rc = fp_fail(c, n, TF_EINVALID, "'%s' needs a single item, found %zu",
			             n->kind == N_IS ? "is" : "as", t.n);
			break;
		}
		if (t.n == 0)
			break;
		if (n->kind == N_IS)
			rc = fp_push_bool(c, n, out, fp_type_matches(&t.v[0], &n->tspec, 0));
		else if (fp_type_matches(&t.v[0], &n->tspec, 1))
			rc = fp_push(c, n, out, &t.v[0]);
		break;
	case N_BIN:
		switch (n->op) {
		case OP_AND:
		case OP_OR:
		case OP_XOR:
		case OP_IMPLIES:
			rc = bool_op(c, n, focus, s, *vars, out);
			break;
		case OP_EQ:
		case OP_NE:
		case OP_EQUIV:
		case OP_NEQUIV:
			rc = eq_op(c, n, focus, s, *vars, out);
			break;
		case OP_LT:
		case OP_LE:
		case OP_GT:
		case OP_GE:
			rc = cmp_op(c, n, focus, s, *vars, out);
			break;
		case OP_UNION: {
			fp_coll l = {0}, r = {0};
			if ((rc = eval_sub(c, n->a, focus, s, *vars, &l)) < 0 ||
			    (rc = eval_sub(c, n->b, focus, s, *vars, &r)) < 0)
				break;
			rc = fp_union(c, n, &l, &r, out);
			break;
		}
		case OP_IN:
		case OP_CONTAINS:
			rc = member_op(c, n, focus, s, *vars, out);
			break;
		default:
			rc = arith_op(c, n, focus, s, *vars, out);
			break;
		}
		break;
	case N_FUNC: {
		const fp_coll *in = focus;
		if (n->shortcut == FP_SC_OF_TYPE) {
			rc = member_of_type(c, n, focus, s, vars, out);
			break;
		}
		if (n->shortcut >= FP_SC_WHERE_FIRST) {
			/* x.where(c).first() / .last() / .exists(): the criterion is
			 * tried until an item meets it (from the end for last()), as
			 * and/or stop once their left side decides. */
			const fp_node *w = n->a;
			if (w->a) {
				if ((rc = fp_eval(c, w->a, focus, s, vars, &t)) < 0)
					break;
				in = &t;
			}
			if (n->shortcut != FP_SC_WHERE_EXISTS) {
				rc = fp_where_pick(c, w, in, s, vars,
				                   n->shortcut == FP_SC_WHERE_LAST, out);
				break;
			}
			fp_coll hit = {0};
			if ((rc = fp_where_pick(c, w, in, s, vars, 0, &hit)) == 0)
				rc = fp_push_bool(c, n, out, hit.n > 0);
			break;
		}
		if (n->a) {
			if ((rc = fp_eval(c, n->a, focus, s, vars, &t)) < 0)
				break;
			in = &t;
		}
		rc = fp_functions[n->fn].impl(c, n, in, s, vars, out);
		break;
	}
	default:
		rc = fp_fail(c, n, TF_ERROR, "internal error: unknown node");
		break;
	}
	c->depth--;
	return rc;
}

/* ---------------------------------------------------------------- folding */

static int is_const(const fp_node *n)
{
	return n && (n->kind == N_LIT || n->kind == N_EMPTY || n->kind == N_CONST);
}

/* The evaluator's shortcut for a function call node (FP_SC_*). */
static uint8_t shortcut_of(const fp_node *n)
{
	if (n->kind != N_FUNC)
		return FP_SC_NONE;
	const char *f = fp_functions[n->fn].name;
	if (n->a && n->a->kind == N_MEMBER && n->has_tspec && strcmp(f, "ofType") == 0)
		return FP_SC_OF_TYPE;
	if (n->nargs == 0 && n->a && n->a->kind == N_FUNC && n->a->nargs == 1 &&
	    strcmp(fp_functions[n->a->fn].name, "where") == 0) {
		if (strcmp(f, "first") == 0)
			return FP_SC_WHERE_FIRST;
		if (strcmp(f, "last") == 0)
			return FP_SC_WHERE_LAST;
		if (strcmp(f, "exists") == 0)
			return FP_SC_WHERE_EXISTS;
	}
	return FP_SC_NONE;
}

static void fold(fp_ctx *c, fp_node *n, int depth)
{
	if (!n || depth > FP_MAX_EVAL_DEPTH)
		return;
	if (n->name)
		n->nlen = strlen(n->name);
	n->shortcut = shortcut_of(n);
	fold(c, n->a, depth + 1);
	fold(c, n->b, depth + 1);
	for (int i = 0; i < n->nargs; i++)
		fold(c, n->args[i], depth + 1);
	/* A union of constants is the same collection on every evaluation
	 * (equality of literals needs no environment; quantities are left
	 * alone, their equality may ask the molar mass hook). */
	if (n->kind != N_BIN || n->op != OP_UNION || !is_const(n->a) || !is_const(n->b))
		return;
	const fp_node *side[2] = {n->a, n->b};
	for (int k = 0; k < 2; k++) {
		if (side[k]->kind == N_LIT && side[k]->lit.kind == FP_QTY)
			return;
		for (size_t i = 0; side[k]->kind == N_CONST && i < side[k]->cv.n; i++)
			if (side[k]->cv.v[i].kind == FP_QTY)
				return;
	}
	fp_coll none = {0}, v = {0};
	fp_scope s;
	memset(&s, 0, sizeof(s));
	s.self = &none;
	fp_vars *vars = NULL;
	c->depth = 0;
	if (fp_eval(c, n, &none, &s, &vars, &v) == 0) {
		n->kind = N_CONST;
		n->cv = v;
	}
	tf_error_clear(c->err);
}

int fp_fold(tf_fhirpath *fp)
{
	tf_error err;
	tf_error_clear(&err);
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.fp = fp;
	c.mem = fp->mem; /* folded collections live as long as the expression */
	c.err = &err;
	c.max_items = 1000000;
	c.max_steps = 100000000ULL;
	fold(&c, fp->root, 0);
	return 0;
}
