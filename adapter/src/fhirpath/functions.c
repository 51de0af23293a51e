/*
 * functions.c - the FHIRPath function library: existence, filtering and
 * projection, subsetting, combining, conversion, string, math, tree
 * navigation, utility (trace, today/now, defineVariable, boundaries),
 * aggregate and sort, type functions, and the FHIR additions (extension,
 * hasValue, getValue, resolve, conformsTo, htmlChecks).
 *
 * Arguments come in three kinds (the table says which): values, evaluated
 * once on the outer $this ('abc'.substring(1) , name.combine(name.family));
 * lambdas, evaluated per input item with $this and $index (where, select,
 * all, exists, repeat, sort keys); and type specifiers, resolved at compile
 * time (is, as, ofType). Regular expressions are POSIX extended ones after
 * translating the common Perl/Java escapes (\d \w \s); back-references are
 * refused, so no pattern can run for exponential time.
 */
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "trialfhir/json.h"

#define FN(name)                                                                                   \
	static int fn_##name(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s,    \
	                     fp_vars **vars, fp_coll *out)

/* ---------------------------------------------------------------- helpers */

static int arg_eval(fp_ctx *c, const fp_node *n, int i, const fp_scope *s, fp_vars **vars,
                    fp_coll *out)
{
	fp_vars *local = *vars;
	memset(out, 0, sizeof(*out));
	return fp_eval(c, n->args[i], s->self, s, &local, out);
}

/* The scope of an argument evaluated on item k of in: $this, $index. */
static void item_scope(const fp_coll *in, size_t k, const fp_scope *s, fp_coll *self, fp_scope *ls)
{
	self->v = (fp_item *)&in->v[k];
	self->n = self->cap = 1;
	*ls = *s;
	ls->self = self;
	ls->index = (int64_t)k;
	ls->has_index = 1;
}

/* Evaluates argument arg for input item k ($this = item, $index = k). */
static int lambda(fp_ctx *c, const fp_node *arg, const fp_coll *in, size_t k, const fp_scope *s,
                  fp_vars **vars, fp_coll *out)
{
	fp_coll self;
	fp_scope ls;
	item_scope(in, k, s, &self, &ls);
	fp_vars *local = *vars;
	return fp_eval(c, arg, &self, &ls, &local, out);
}

/* Criterion arg on item k of in as a singleton boolean in *b (1, 0, -1
 * empty), its temporaries released after; errors are placed at n. */
static int criterion(fp_ctx *c, const fp_node *n, const fp_node *arg, const fp_coll *in, size_t k,
                     const fp_scope *s, fp_vars **vars, int *b)
{
	fp_coll self;
	fp_scope ls;
	item_scope(in, k, s, &self, &ls);
	fp_vars *local = *vars;
	fp_mark m = fp_region_mark(c->mem);
	int rc = fp_eval_bool(c, arg, n, &self, &ls, &local, b);
	fp_region_release(c->mem, m);
	return rc;
}

static int only_one(fp_ctx *c, const fp_node *n, const fp_coll *v, const char *what)
{
	if (v->n > 1)
		return fp_fail(c, n, TF_EINVALID, "%s: expected a single item, found %zu", what,
		               v->n);
	return 0;
}

/* A singleton string: returns 1 with p and len set, 0 when empty, <0 on error. */
static int get_string(fp_ctx *c, const fp_node *n, const fp_coll *v, const char *what,
                      const char **p, size_t *len)
{
	int rc = only_one(c, n, v, what);
	if (rc < 0)
		return rc;
	if (v->n == 0 || v->v[0].kind == FP_NULLPRIM)
		return 0;
	if (v->v[0].kind != FP_STR)
		return fp_fail(c, n, TF_EINVALID, "%s expects a string, not %s", what,
		               fp_item_type_name(&v->v[0]));
	*p = v->v[0].v.s.p;
	*len = v->v[0].v.s.n;
	return 1;
}

static int arg_string(fp_ctx *c, const fp_node *n, int i, const fp_scope *s, fp_vars **vars,
                      const char **p, size_t *len)
{
	fp_coll v;
	int rc = arg_eval(c, n, i, s, vars, &v);
	if (rc < 0)
		return rc;
	return get_string(c, n->args[i], &v, n->name, p, len);
}

static int arg_int(fp_ctx *c, const fp_node *n, int i, const fp_scope *s, fp_vars **vars,
                   int64_t *out)
{
	fp_coll v;
	int rc = arg_eval(c, n, i, s, vars, &v);
	if (rc < 0 || (rc = only_one(c, n->args[i], &v, n->name)) < 0)
		return rc;
	if (v.n == 0)
		return 0;
	if (v.v[0].kind != FP_INT)
		return fp_fail(c, n->args[i], TF_EINVALID, "%s expects an integer argument",
		               n->name);
	*out = v.v[0].v.i;
	return 1;
}

/* The input as one string (empty input: 0). */
static int in_string(fp_ctx *c, const fp_node *n, const fp_coll *in, const char **p, size_t *len)
{
	return get_string(c, n, in, n->name, p, len);
}

static int push_owned_str(fp_ctx *c, const fp_node *n, fp_coll *out, tf_buf *b)
{
	if (b->oom)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	if (b->len > FP_MAX_STRING) {
		tf_buf_free(b);
		return fp_fail(c, n, TF_ELIMIT, "string longer than %d bytes", FP_MAX_STRING);
	}
	char *s = fp_strndup(c->mem, b->ptr ? b->ptr : "", b->len);
	size_t len = b->len;
	tf_buf_free(b);
	if (!s)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	return fp_push_str(c, n, out, s, len);
}

/* UTF-8 helpers: code point count, byte offset of code point k. */
static size_t u8_len(const char *p, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)p[i] & 0xC0) != 0x80;
	return k;
}

static size_t u8_offset(const char *p, size_t n, size_t k)
{
	size_t i = 0;
	while (i < n && k > 0) {
		i++;
		while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80)
			i++;
		k--;
	}
	return i;
}

static const char *find_bytes(const char *h, size_t hn, const char *nd, size_t nn)
{
	if (nn == 0)
		return h;
	if (nn > hn)
		return NULL;
	for (size_t i = 0; i + nn <= hn; i++)
		if (h[i] == nd[0] && memcmp(h + i, nd, nn) == 0)
			return h + i;
	return NULL;
}

/* ------------------------------------------------------------- existence */

FN(empty)
{
	return fp_push_bool(c, n, out, in->n == 0);
}

FN(exists)
{
	if (n->nargs == 0)
		return fp_push_bool(c, n, out, in->n > 0);
	for (size_t i = 0; i < in->n; i++) {
		int b, rc = criterion(c, n, n->args[0], in, i, s, vars, &b);
		if (rc < 0)
			return rc;
		if (b == 1)
			return fp_push_bool(c, n, out, 1);
	}
	return fp_push_bool(c, n, out, 0);
}

FN(all)
{
	for (size_t i = 0; i < in->n; i++) {
		int b, rc = criterion(c, n, n->args[0], in, i, s, vars, &b);
		if (rc < 0)
			return rc;
		if (b != 1)
			return fp_push_bool(c, n, out, 0);
	}
	return fp_push_bool(c, n, out, 1);
}

static int bools(fp_ctx *c, const fp_node *n, const fp_coll *in, int want, int any, fp_coll *out)
{
	for (size_t i = 0; i < in->n; i++) {
		if (in->v[i].kind != FP_BOOL)
			return fp_fail(c, n, TF_EINVALID, "%s expects booleans, found %s", n->name,
			               fp_item_type_name(&in->v[i]));
		int hit = in->v[i].v.b == want;
		if (any && hit)
			return fp_push_bool(c, n, out, 1);
		if (!any && !hit)
			return fp_push_bool(c, n, out, 0);
	}
	return fp_push_bool(c, n, out, !any);
}

FN(not )
{
	(void)s, (void)vars;
	int b, rc = fp_coll_bool(c, n, in, &b);
	if (rc < 0 || b < 0)
		return rc;
	return fp_push_bool(c, n, out, !b);
}

FN(allTrue)
{
	(void)s, (void)vars;
	return bools(c, n, in, 1, 0, out);
}

FN(anyTrue)
{
	(void)s, (void)vars;
	return bools(c, n, in, 1, 1, out);
}

FN(allFalse)
{
	(void)s, (void)vars;
	return bools(c, n, in, 0, 0, out);
}

FN(anyFalse)
{
	(void)s, (void)vars;
	return bools(c, n, in, 0, 1, out);
}

static int contains_item(fp_ctx *c, const fp_coll *v, const fp_item *it)
{
	for (size_t j = 0; j < v->n; j++)
		if (fp_item_equal(c, &v->v[j], it) == 1)
			return 1;
	return 0;
}

static int subset(fp_ctx *c, const fp_coll *a, const fp_coll *b)
{
	for (size_t i = 0; i < a->n; i++)
		if (!contains_item(c, b, &a->v[i]))
			return 0;
	return 1;
}

FN(subsetOf)
{
	fp_coll o;
	int rc = arg_eval(c, n, 0, s, vars, &o);
	return rc < 0 ? rc : fp_push_bool(c, n, out, subset(c, in, &o));
}

FN(supersetOf)
{
	fp_coll o;
	int rc = arg_eval(c, n, 0, s, vars, &o);
	return rc < 0 ? rc : fp_push_bool(c, n, out, subset(c, &o, in));
}

FN(count)
{
	return fp_push_int(c, n, out, (int64_t)in->n);
}

FN(distinct)
{
	fp_coll none = {0};
	return fp_union(c, n, in, &none, out);
}

FN(isDistinct)
{
	fp_coll d = {0}, none = {0};
	int rc = fp_union(c, n, in, &none, &d);
	return rc < 0 ? rc : fp_push_bool(c, n, out, d.n == in->n);
}

/* -------------------------------------------------------------- filtering */

FN(where)
{
	for (size_t i = 0; i < in->n; i++) {
		int b, rc = criterion(c, n, n->args[0], in, i, s, vars, &b);
		if (rc < 0)
			return rc;
		if (b == 1 && (rc = fp_push(c, n, out, &in->v[i])) < 0)
			return rc;
	}
	return 0;
}

int fp_where_pick(fp_ctx *c, const fp_node *w, const fp_coll *in, const fp_scope *s, fp_vars **vars,
                  int last, fp_coll *out)
{
	for (size_t j = 0; j < in->n; j++) {
		size_t i = last ? in->n - 1 - j : j;
		int b, rc = criterion(c, w, w->args[0], in, i, s, vars, &b);
		if (rc < 0)
			return rc;
		if (b == 1)
			return fp_push(c, w, out, &in->v[i]);
	}
	return 0;
}

FN(select)
{
	for (size_t i = 0; i < in->n; i++) {
		int rc = lambda(c, n->args[0], in, i, s, vars, out);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* Already seen: the same element (by identity) or an equal System value. */
static int seen(fp_ctx *c, const fp_coll *v, const fp_item *it)
{
	for (size_t j = 0; j < v->n; j++) {
		const fp_item *x = &v->v[j];
		if (it->node || x->node) {
			if (x->node == it->node && fp_item_shadow(x) == fp_item_shadow(it) &&
			    x->kind == it->kind)
				return 1;
			continue;
		}
		if (fp_item_equal(c, x, it) == 1)
			return 1;
	}
	return 0;
}

FN(repeat)
{
	fp_coll work = *in;
	while (work.n) {
		fp_coll next = {0};
		for (size_t i = 0; i < work.n; i++) {
			fp_coll r = {0};
			int rc = lambda(c, n->args[0], &work, i, s, vars, &r);
			if (rc < 0)
				return rc;
			for (size_t k = 0; k < r.n; k++) {
				c->steps += out->n / 8;
				if (seen(c, out, &r.v[k]))
					continue;
				if ((rc = fp_push(c, n, out, &r.v[k])) < 0 ||
				    (rc = fp_push(c, n, &next, &r.v[k])) < 0)
					return rc;
			}
		}
		work = next;
	}
	return 0;
}

FN(ofType)
{
	(void)s, (void)vars;
	for (size_t i = 0; i < in->n; i++) {
		if (!fp_type_matches(&in->v[i], &n->tspec, 1))
			continue;
		int rc = fp_push(c, n, out, &in->v[i]);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* ------------------------------------------------------------- subsetting */

FN(single)
{
	(void)s, (void)vars;
	if (in->n > 1)
		return fp_fail(c, n, TF_EINVALID, "single(): %zu items", in->n);
	return fp_push_coll(c, n, out, in);
}

FN(first)
{
	(void)s, (void)vars;
	return in->n ? fp_push(c, n, out, &in->v[0]) : 0;
}

FN(last)
{
	(void)s, (void)vars;
	return in->n ? fp_push(c, n, out, &in->v[in->n - 1]) : 0;
}

static int push_range(fp_ctx *c, const fp_node *n, const fp_coll *in, size_t from, size_t to,
                      fp_coll *out)
{
	for (size_t i = from; i < to && i < in->n; i++) {
		int rc = fp_push(c, n, out, &in->v[i]);
		if (rc < 0)
			return rc;
	}
	return 0;
}

FN(tail)
{
	(void)s, (void)vars;
	return push_range(c, n, in, 1, in->n, out);
}

FN(skip)
{
	int64_t k = 0;
	int rc = arg_int(c, n, 0, s, vars, &k);
	if (rc <= 0)
		return rc;
	if (k < 0)
		k = 0;
	return push_range(c, n, in, (uint64_t)k > in->n ? in->n : (size_t)k, in->n, out);
}

FN(take)
{
	int64_t k = 0;
	int rc = arg_int(c, n, 0, s, vars, &k);
	if (rc <= 0)
		return rc;
	if (k <= 0)
		return 0;
	return push_range(c, n, in, 0, (uint64_t)k > in->n ? in->n : (size_t)k, out);
}

FN(intersect)
{
	fp_coll o, tmp = {0};
	int rc = arg_eval(c, n, 0, s, vars, &o);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < in->n; i++)
		if (contains_item(c, &o, &in->v[i]) && (rc = fp_push(c, n, &tmp, &in->v[i])) < 0)
			return rc;
	fp_coll none = {0};
	return fp_union(c, n, &tmp, &none, out);
}

FN(exclude)
{
	fp_coll o;
	int rc = arg_eval(c, n, 0, s, vars, &o);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < in->n; i++)
		if (!contains_item(c, &o, &in->v[i]) && (rc = fp_push(c, n, out, &in->v[i])) < 0)
			return rc;
	return 0;
}

FN(union)
{
	fp_coll o;
	int rc = arg_eval(c, n, 0, s, vars, &o);
	return rc < 0 ? rc : fp_union(c, n, in, &o, out);
}

FN(combine)
{
	fp_coll o;
	int rc = arg_eval(c, n, 0, s, vars, &o);
	if (rc < 0 || (rc = fp_push_coll(c, n, out, in)) < 0)
		return rc;
	return fp_push_coll(c, n, out, &o);
}

/* ------------------------------------------------------------- conversion */

FN(iif)
{
	if (in->n > 1)
		return fp_fail(c, n, TF_EINVALID, "iif() on a collection of %zu items", in->n);
	/* The arguments see the input as $this. */
	fp_scope ls = *s;
	ls.self = in;
	fp_coll cond = {0};
	fp_vars *local = *vars;
	int b, rc = fp_eval(c, n->args[0], in, &ls, &local, &cond);
	if (rc < 0)
		return rc;
	if (cond.n == 1 && cond.v[0].kind != FP_BOOL && c->env &&
	    (c->env->flags & TF_FHIRPATH_STRICT))
		return fp_fail(c, n->args[0], TF_EINVALID, "iif() criterion is not a boolean");
	if ((rc = fp_coll_bool(c, n->args[0], &cond, &b)) < 0)
		return rc;
	const fp_node *pick = b == 1 ? n->args[1] : n->nargs > 2 ? n->args[2] : NULL;
	if (!pick)
		return 0;
	local = *vars;
	return fp_eval(c, pick, in, &ls, &local, out);
}

static int ascii_ieq(const char *p, size_t n, const char *w)
{
	size_t wl = strlen(w);
	if (n != wl)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char a = p[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a + 32);
		if (a != w[i])
			return 0;
	}
	return 1;
}

/* -1: not convertible. */
static int to_boolean(const fp_item *it)
{
	switch (it->kind) {
	case FP_BOOL:
		return it->v.b;
	case FP_INT:
		return it->v.i == 1 ? 1 : it->v.i == 0 ? 0 : -1;
	case FP_DEC:
		return it->v.d.v == 1 ? 1 : it->v.d.v == 0 ? 0 : -1;
	case FP_STR: {
		static const char *t[] = {"true", "t", "yes", "y", "1", "1.0"};
		static const char *f[] = {"false", "f", "no", "n", "0", "0.0"};
		for (size_t i = 0; i < 6; i++) {
			if (ascii_ieq(it->v.s.p, it->v.s.n, t[i]))
				return 1;
			if (ascii_ieq(it->v.s.p, it->v.s.n, f[i]))
				return 0;
		}
		return -1;
	}
	default:
		return -1;
	}
}

static int is_integer_text(const char *p, size_t n)
{
	size_t i = 0;
	if (i < n && (p[i] == '+' || p[i] == '-'))
		i++;
	if (i == n || n > 12)
		return 0;
	for (; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

static int is_decimal_text(const char *p, size_t n)
{
	size_t i = 0;
	if (i < n && (p[i] == '+' || p[i] == '-'))
		i++;
	size_t d = i;
	while (i < n && p[i] >= '0' && p[i] <= '9')
		i++;
	if (i == d)
		return 0;
	if (i < n && p[i] == '.') {
		size_t f = ++i;
		while (i < n && p[i] >= '0' && p[i] <= '9')
			i++;
		if (i == f)
			return 0;
	}
	return i == n;
}

/* Conversion of one item; kind = target System kind; 0 with it->kind =
 * FP_NONE when not convertible. */
static int convert(fp_ctx *c, const fp_node *n, const fp_item *src, int kind, const char *unit,
                   fp_item *o)
{
	fp_item it;
	fp_item_value(c, src, &it);
	memset(o, 0, sizeof(*o));
	switch (kind) {
	case FP_BOOL: {
		int b = to_boolean(&it);
		if (b >= 0) {
			o->kind = FP_BOOL;
			o->v.b = b;
		}
		return 0;
	}
	case FP_INT:
		if (it.kind == FP_INT) {
			o->kind = FP_INT;
			o->v.i = it.v.i;
		} else if (it.kind == FP_BOOL) {
			o->kind = FP_INT;
			o->v.i = it.v.b;
		} else if (it.kind == FP_STR && is_integer_text(it.v.s.p, it.v.s.n)) {
			char buf[16];
			memcpy(buf, it.v.s.p, it.v.s.n);
			buf[it.v.s.n] = '\0';
			long long v = strtoll(buf, NULL, 10);
			if (v >= -2147483648LL && v <= 2147483647LL) {
				o->kind = FP_INT;
				o->v.i = v;
			}
		}
		return 0;
	case FP_DEC:
		if (it.kind == FP_INT) {
			o->kind = FP_DEC;
			o->v.d = fp_dec_make((double)it.v.i, 0);
		} else if (it.kind == FP_DEC) {
			o->kind = FP_DEC;
			o->v.d = it.v.d;
		} else if (it.kind == FP_BOOL) {
			o->kind = FP_DEC;
			o->v.d = fp_dec_make(it.v.b, 1);
		} else if (it.kind == FP_STR && is_decimal_text(it.v.s.p, it.v.s.n) &&
		           fp_dec_parse(it.v.s.p, it.v.s.n, &o->v.d) == 0) {
			o->kind = FP_DEC;
			o->v.d.lex = fp_strndup(c->mem, it.v.s.p, it.v.s.n);
		}
		return 0;
	case FP_STR: {
		size_t len;
		const char *t = fp_item_text(c->mem, &it, &len);
		if (t) {
			o->kind = FP_STR;
			o->v.s.p = t;
			o->v.s.n = len;
		}
		return 0;
	}
	case FP_DATE:
	case FP_DATETIME:
	case FP_TIME:
		if (it.kind == FP_STR) {
			fp_dt d;
			if (fp_dt_parse(it.v.s.p, it.v.s.n, kind, &d) == 0) {
				o->kind = (uint8_t)kind;
				o->v.dt = d;
			}
		} else if (it.kind == kind) {
			*o = it;
			o->type = NULL;
			o->node = NULL;
		} else if (kind == FP_DATE && it.kind == FP_DATETIME) {
			o->kind = FP_DATE;
			o->v.dt = it.v.dt;
			if (o->v.dt.prec > FP_P_DAY)
				o->v.dt.prec = FP_P_DAY;
			o->v.dt.has_tz = 0;
		} else if (kind == FP_DATETIME && it.kind == FP_DATE) {
			o->kind = FP_DATETIME;
			o->v.dt = it.v.dt;
		}
		return 0;
	case FP_QTY: {
		fp_qty q;
		memset(&q, 0, sizeof(q));
		int ok = 1;
		if (it.kind == FP_QTY) {
			q = it.v.q;
		} else if (it.kind == FP_INT) {
			q.value = fp_dec_make((double)it.v.i, 0);
			q.unit = "1";
		} else if (it.kind == FP_DEC) {
			q.value = it.v.d;
			q.unit = "1";
		} else if (it.kind == FP_BOOL) {
			q.value = fp_dec_make(it.v.b, 1);
			q.unit = "1";
		} else if (it.kind == FP_STR) {
			ok = fp_qty_parse(c->mem, it.v.s.p, it.v.s.n, &q) == 0;
		} else {
			ok = 0;
		}
		if (ok && unit) {
			fp_qty conv;
			fp_molar m = {c->env, src->res, NULL};
			ok = fp_qty_convert(c->mem, &q, unit, &m, &conv) == 0;
			q = conv;
		}
		if (ok) {
			o->kind = FP_QTY;
			o->v.q = q;
		}
		return 0;
	}
	default:
		(void)n;
		return 0;
	}
}

static int conv_fn(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s,
                   fp_vars **vars, fp_coll *out, int kind, int test)
{
	int rc = only_one(c, n, in, n->name);
	if (rc < 0)
		return rc;
	if (in->n == 0)
		return 0;
	const char *unit = NULL;
	if (kind == FP_QTY && n->nargs == 1) {
		size_t ul;
		rc = arg_string(c, n, 0, s, vars, &unit, &ul);
		if (rc < 0)
			return rc;
		if (rc == 0)
			return 0;
		unit = fp_strndup(c->mem, unit, ul);
	}
	fp_item o;
	if ((rc = convert(c, n, &in->v[0], kind, unit, &o)) < 0)
		return rc;
	if (test)
		return fp_push_bool(c, n, out, o.kind != FP_NONE);
	return o.kind == FP_NONE ? 0 : fp_push(c, n, out, &o);
}

#define CONV(name, kind, test)                                                                     \
	FN(name)                                                                                   \
	{                                                                                          \
		return conv_fn(c, n, in, s, vars, out, kind, test);                                \
	}
CONV(toBoolean, FP_BOOL, 0)
CONV(convertsToBoolean, FP_BOOL, 1)
CONV(toInteger, FP_INT, 0)
CONV(convertsToInteger, FP_INT, 1)
CONV(toDecimal, FP_DEC, 0)
CONV(convertsToDecimal, FP_DEC, 1)
CONV(toString, FP_STR, 0)
CONV(convertsToString, FP_STR, 1)
CONV(toDate, FP_DATE, 0)
CONV(convertsToDate, FP_DATE, 1)
CONV(toDateTime, FP_DATETIME, 0)
CONV(convertsToDateTime, FP_DATETIME, 1)
CONV(toTime, FP_TIME, 0)
CONV(convertsToTime, FP_TIME, 1)
CONV(toQuantity, FP_QTY, 0)
CONV(convertsToQuantity, FP_QTY, 1)

/* ----------------------------------------------------------------- strings */

FN(indexOf)
{
	const char *p, *q;
	size_t n1, n2;
	int rc = in_string(c, n, in, &p, &n1);
	if (rc <= 0)
		return rc;
	if ((rc = arg_string(c, n, 0, s, vars, &q, &n2)) <= 0)
		return rc;
	const char *hit = find_bytes(p, n1, q, n2);
	return fp_push_int(c, n, out, hit ? (int64_t)u8_len(p, (size_t)(hit - p)) : -1);
}

FN(lastIndexOf)
{
	const char *p, *q;
	size_t n1, n2;
	int rc = in_string(c, n, in, &p, &n1);
	if (rc <= 0)
		return rc;
	if ((rc = arg_string(c, n, 0, s, vars, &q, &n2)) <= 0)
		return rc;
	const char *hit = NULL;
	for (size_t i = 0; i + n2 <= n1; i++)
		if (memcmp(p + i, q, n2) == 0)
			hit = p + i;
	return fp_push_int(c, n, out, hit ? (int64_t)u8_len(p, (size_t)(hit - p)) : -1);
}

FN(substring)
{
	const char *p;
	size_t len;
	int64_t start = 0, count = -1;
	int rc = in_string(c, n, in, &p, &len);
	if (rc <= 0)
		return rc;
	if ((rc = arg_int(c, n, 0, s, vars, &start)) <= 0)
		return rc;
	if (n->nargs > 1) {
		rc = arg_int(c, n, 1, s, vars, &count);
		if (rc < 0)
			return rc;
		if (rc == 0)
			count = -1;
	}
	size_t chars = u8_len(p, len);
	if (start < 0 || (uint64_t)start >= chars)
		return 0;
	size_t b = u8_offset(p, len, (size_t)start);
	size_t e = len;
	if (count >= 0) {
		if (count == 0)
			return fp_push_str(c, n, out, "", 0);
		e = b + u8_offset(p + b, len - b, (size_t)count);
	}
	return fp_push_str(c, n, out, p + b, e - b);
}

static int str2(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s, fp_vars **vars,
                const char **p, size_t *pn, const char **q, size_t *qn)
{
	int rc = in_string(c, n, in, p, pn);
	if (rc <= 0)
		return rc;
	return arg_string(c, n, 0, s, vars, q, qn);
}

FN(startsWith)
{
	const char *p, *q;
	size_t pn, qn;
	int rc = str2(c, n, in, s, vars, &p, &pn, &q, &qn);
	if (rc <= 0)
		return rc;
	return fp_push_bool(c, n, out, qn <= pn && memcmp(p, q, qn) == 0);
}

FN(endsWith)
{
	const char *p, *q;
	size_t pn, qn;
	int rc = str2(c, n, in, s, vars, &p, &pn, &q, &qn);
	if (rc <= 0)
		return rc;
	return fp_push_bool(c, n, out, qn <= pn && memcmp(p + pn - qn, q, qn) == 0);
}

FN(contains)
{
	const char *p, *q;
	size_t pn, qn;
	int rc = str2(c, n, in, s, vars, &p, &pn, &q, &qn);
	if (rc <= 0)
		return rc;
	return fp_push_bool(c, n, out, find_bytes(p, pn, q, qn) != NULL);
}

static int change_case(fp_ctx *c, const fp_node *n, const fp_coll *in, fp_coll *out, int up)
{
	const char *p;
	size_t len;
	int rc = in_string(c, n, in, &p, &len);
	if (rc <= 0)
		return rc;
	char *o = fp_strndup(c->mem, p, len);
	if (!o)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	for (size_t i = 0; i < len; i++) {
		if (up && o[i] >= 'a' && o[i] <= 'z')
			o[i] = (char)(o[i] - 32);
		else if (!up && o[i] >= 'A' && o[i] <= 'Z')
			o[i] = (char)(o[i] + 32);
	}
	return fp_push_str(c, n, out, o, len);
}

FN(upper)
{
	(void)s, (void)vars;
	return change_case(c, n, in, out, 1);
}

FN(lower)
{
	(void)s, (void)vars;
	return change_case(c, n, in, out, 0);
}

FN(replace)
{
	const char *p, *pat, *rep;
	size_t pn, patn, repn;
	int rc = in_string(c, n, in, &p, &pn);
	if (rc <= 0)
		return rc;
	if ((rc = arg_string(c, n, 0, s, vars, &pat, &patn)) <= 0 ||
	    (rc = arg_string(c, n, 1, s, vars, &rep, &repn)) <= 0)
		return rc;
	tf_buf b = TF_BUF_INIT;
	if (patn == 0) {
		/* '' matches between every character. */
		tf_buf_put(&b, rep, repn);
		for (size_t i = 0; i < pn;) {
			size_t k = u8_offset(p + i, pn - i, 1);
			tf_buf_put(&b, p + i, k);
			tf_buf_put(&b, rep, repn);
			i += k;
			if (b.len > FP_MAX_STRING)
				break;
		}
	} else {
		size_t i = 0;
		while (i < pn) {
			const char *hit = find_bytes(p + i, pn - i, pat, patn);
			if (!hit)
				break;
			tf_buf_put(&b, p + i, (size_t)(hit - (p + i)));
			tf_buf_put(&b, rep, repn);
			i = (size_t)(hit - p) + patn;
			if (b.len > FP_MAX_STRING)
				break;
		}
		tf_buf_put(&b, p + i, pn - i);
	}
	return push_owned_str(c, n, out, &b);
}

FN(length)
{
	const char *p;
	size_t len;
	(void)s, (void)vars;
	int rc = in_string(c, n, in, &p, &len);
	if (rc <= 0)
		return rc;
	return fp_push_int(c, n, out, (int64_t)u8_len(p, len));
}

FN(toChars)
{
	const char *p;
	size_t len;
	(void)s, (void)vars;
	int rc = in_string(c, n, in, &p, &len);
	if (rc <= 0)
		return rc;
	for (size_t i = 0; i < len;) {
		size_t k = u8_offset(p + i, len - i, 1);
		if ((rc = fp_push_str(c, n, out, p + i, k)) < 0)
			return rc;
		i += k;
	}
	return 0;
}

FN(trim)
{
	const char *p;
	size_t len;
	(void)s, (void)vars;
	int rc = in_string(c, n, in, &p, &len);
	if (rc <= 0)
		return rc;
	while (len && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++, len--;
	while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n' ||
	               p[len - 1] == '\r'))
		len--;
	return fp_push_str(c, n, out, p, len);
}

FN(split)
{
	const char *p, *sep;
	size_t len, sl;
	int rc = str2(c, n, in, s, vars, &p, &len, &sep, &sl);
	if (rc <= 0)
		return rc;
	if (sl == 0)
		return fn_toChars(c, n, in, s, vars, out);
	size_t i = 0;
	for (;;) {
		const char *hit = find_bytes(p + i, len - i, sep, sl);
		size_t end = hit ? (size_t)(hit - p) : len;
		if ((rc = fp_push_str(c, n, out, p + i, end - i)) < 0)
			return rc;
		if (!hit)
			return 0;
		i = end + sl;
	}
}

FN(join)
{
	const char *sep = "";
	size_t sl = 0;
	if (n->nargs) {
		int rc = arg_string(c, n, 0, s, vars, &sep, &sl);
		if (rc < 0)
			return rc;
	}
	tf_buf b = TF_BUF_INIT;
	for (size_t i = 0; i < in->n; i++) {
		size_t len;
		const char *t = fp_item_text(c->mem, &in->v[i], &len);
		if (!t) {
			tf_buf_free(&b);
			return fp_fail(c, n, TF_EINVALID, "join() expects strings");
		}
		if (i)
			tf_buf_put(&b, sep, sl);
		tf_buf_put(&b, t, len);
		if (b.len > FP_MAX_STRING)
			break;
	}
	return push_owned_str(c, n, out, &b);
}

/* ----------------------------------------------------------- regexes */

typedef struct regex_entry {
	char *pattern;
	int full;
	regex_t re;
	struct regex_entry *next;
} regex_entry;

/* FHIRPath (Perl/Java flavour) pattern to POSIX ERE. glibc expands
 * bounded repetitions and stacked quantifiers into automaton states, so
 * both are limited here: a pattern whose repetitions could multiply past
 * 10,000 states, or a quantifier on a quantifier, is refused. */
static int translate_regex(const char *p, size_t n, int full, tf_buf *o)
{
	int in_bracket = 0, after_quant = 0;
	double expansion = 1;
	if (full)
		tf_buf_puts(o, "^(");
	for (size_t i = 0; i < n; i++) {
		char ch = p[i];
		int quant = !in_bracket && (ch == '*' || ch == '+' || ch == '?' || ch == '{');
		if (quant && after_quant) {
			/* lazy (x*?) and possessive (x*+) forms: greedy is closest */
			if (after_quant == 1 && (ch == '?' || ch == '+')) {
				after_quant = 2;
				continue;
			}
			return -1;
		}
		after_quant = 0;
		if (quant) {
			after_quant = 1;
			if (ch == '{') {
				size_t j = i + 1;
				long lo = 0, hi = -1;
				while (j < n && p[j] >= '0' && p[j] <= '9' && lo < 100000)
					lo = lo * 10 + (p[j++] - '0');
				if (j < n && p[j] == ',') {
					j++;
					if (j < n && p[j] >= '0' && p[j] <= '9') {
						hi = 0;
						while (j < n && p[j] >= '0' && p[j] <= '9' &&
						       hi < 100000)
							hi = hi * 10 + (p[j++] - '0');
					}
				} else {
					hi = lo;
				}
				if (j >= n || p[j] != '}')
					return -1;
				expansion *= (hi >= 0 ? hi : lo) + 1;
				if (expansion > 10000)
					return -1;
				tf_buf_put(o, p + i, j - i + 1);
				i = j;
				continue;
			}
		}
		if (ch == '\\' && i + 1 < n) {
			char e = p[++i];
			const char *cls = NULL;
			switch (e) {
			case 'd':
				cls = in_bracket ? "0-9" : "[0-9]";
				break;
			case 'D':
				cls = in_bracket ? NULL : "[^0-9]";
				break;
			case 'w':
				cls = in_bracket ? "A-Za-z0-9_" : "[A-Za-z0-9_]";
				break;
			case 'W':
				cls = in_bracket ? NULL : "[^A-Za-z0-9_]";
				break;
			case 's':
				cls = in_bracket ? "[:space:]" : "[[:space:]]";
				break;
			case 'S':
				cls = in_bracket ? NULL : "[^[:space:]]";
				break;
			case 'n':
				cls = "\n";
				break;
			case 't':
				cls = "\t";
				break;
			case 'r':
				cls = "\r";
				break;
			default:
				break;
			}
			if (cls) {
				tf_buf_puts(o, cls);
				continue;
			}
			if ((e >= '1' && e <= '9') || e == 'b' || e == 'B' || e == 'p' || e == 'P')
				return -1; /* back-references, word boundaries, classes */
			if (in_bracket) {
				tf_buf_putc(o, e);
			} else if (strchr(".[]{}()*+?^$|\\/-", e)) {
				if (e != '/' && e != '-')
					tf_buf_putc(o, '\\');
				tf_buf_putc(o, e);
			} else {
				tf_buf_putc(o, e);
			}
			continue;
		}
		if (in_bracket) {
			if (ch == ']')
				in_bracket = 0;
			tf_buf_putc(o, ch);
			continue;
		}
		if (ch == '[') {
			in_bracket = 1;
			tf_buf_putc(o, ch);
			if (i + 1 < n && p[i + 1] == '^')
				tf_buf_putc(o, p[++i]);
			if (i + 1 < n && p[i + 1] == ']')
				tf_buf_putc(o, p[++i]);
			continue;
		}
		if (ch == '(' && i + 2 < n && p[i + 1] == '?') {
			if (p[i + 2] != ':')
				return -1; /* look-around, inline flags */
			tf_buf_putc(o, '(');
			i += 2;
			continue;
		}
		tf_buf_putc(o, ch);
	}
	if (full)
		tf_buf_puts(o, ")$");
	return o->oom ? -1 : 0;
}

static regex_t *get_regex(fp_ctx *c, const fp_node *n, const char *p, size_t len, int full)
{
	int count = 0;
	for (regex_entry *e = c->regex_cache; e; e = e->next, count++)
		if (e->full == full && strlen(e->pattern) == len && memcmp(e->pattern, p, len) == 0)
			return &e->re;
	if (len > 4096) {
		fp_fail(c, n, TF_ELIMIT, "regular expression longer than 4096 bytes");
		return NULL;
	}
	if (count > 64) {
		fp_fail(c, n, TF_ELIMIT, "too many distinct regular expressions");
		return NULL;
	}
	tf_buf b = TF_BUF_INIT;
	if (translate_regex(p, len, full, &b) < 0 || !b.ptr) {
		tf_buf_free(&b);
		fp_fail(c, n, TF_EINVALID, "unsupported regular expression '%.*s'", (int)len, p);
		return NULL;
	}
	regex_entry *e = calloc(1, sizeof(*e));
	if (!e || !(e->pattern = strndup(p, len))) {
		free(e);
		tf_buf_free(&b);
		fp_fail(c, n, TF_ENOMEM, "out of memory");
		return NULL;
	}
	int rc = regcomp(&e->re, b.ptr, REG_EXTENDED);
	tf_buf_free(&b);
	if (rc != 0) {
		free(e->pattern);
		free(e);
		fp_fail(c, n, TF_EINVALID, "invalid regular expression '%.*s'", (int)len, p);
		return NULL;
	}
	e->full = full;
	e->next = c->regex_cache;
	c->regex_cache = e;
	return &e->re;
}

void fp_functions_cleanup(fp_ctx *c)
{
	regex_entry *e = c->regex_cache;
	while (e) {
		regex_entry *next = e->next;
		regfree(&e->re);
		free(e->pattern);
		free(e);
		e = next;
	}
	c->regex_cache = NULL;
}

/* regexec needs NUL-terminated text. */
static char *cstr(fp_ctx *c, const char *p, size_t n)
{
	return fp_strndup(c->mem, p, n);
}

static int matches_impl(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s,
                        fp_vars **vars, fp_coll *out, int full)
{
	const char *p, *pat;
	size_t pn, patn;
	int rc = str2(c, n, in, s, vars, &p, &pn, &pat, &patn);
	if (rc <= 0)
		return rc;
	regex_t *re = get_regex(c, n, pat, patn, full);
	if (!re)
		return c->err ? c->err->code : TF_EINVALID;
	char *text = cstr(c, p, pn);
	if (!text)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	return fp_push_bool(c, n, out, regexec(re, text, 0, NULL, 0) == 0);
}

FN(matches)
{
	return matches_impl(c, n, in, s, vars, out, 0);
}

FN(matchesFull)
{
	return matches_impl(c, n, in, s, vars, out, 1);
}

FN(replaceMatches)
{
	const char *p, *pat, *rep;
	size_t pn, patn, repn;
	int rc = in_string(c, n, in, &p, &pn);
	if (rc <= 0)
		return rc;
	if ((rc = arg_string(c, n, 0, s, vars, &pat, &patn)) <= 0 ||
	    (rc = arg_string(c, n, 1, s, vars, &rep, &repn)) <= 0)
		return rc;
	if (patn == 0)
		return fp_push_str(c, n, out, p, pn);
	regex_t *re = get_regex(c, n, pat, patn, 0);
	if (!re)
		return c->err ? c->err->code : TF_EINVALID;
	char *text = cstr(c, p, pn);
	if (!text)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	tf_buf b = TF_BUF_INIT;
	size_t i = 0;
	regmatch_t m[10];
	while (i <= pn) {
		if (regexec(re, text + i, 10, m, i ? REG_NOTBOL : 0) != 0)
			break;
		size_t ms = i + (size_t)m[0].rm_so, me = i + (size_t)m[0].rm_eo;
		tf_buf_put(&b, text + i, ms - i);
		for (size_t k = 0; k < repn; k++) {
			if (rep[k] == '$' && k + 1 < repn && rep[k + 1] >= '0' &&
			    rep[k + 1] <= '9') {
				int g = rep[++k] - '0';
				if (m[g].rm_so >= 0)
					tf_buf_put(&b, text + i + m[g].rm_so,
					           (size_t)(m[g].rm_eo - m[g].rm_so));
			} else {
				tf_buf_putc(&b, rep[k]);
			}
		}
		if (me == ms) {
			/* empty match: keep one character and move on */
			if (ms >= pn)
				break;
			size_t k = u8_offset(text + ms, pn - ms, 1);
			tf_buf_put(&b, text + ms, k);
			i = ms + k;
		} else {
			i = me;
		}
		if (b.len > FP_MAX_STRING || ++c->steps > c->max_steps)
			break;
	}
	if (i < pn)
		tf_buf_put(&b, text + i, pn - i);
	return push_owned_str(c, n, out, &b);
}

/* ----------------------------------------------------- encode / escape */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(char ch, int url)
{
	const char *p = strchr(b64, ch);
	if (url && ch == '-')
		return 62;
	if (url && ch == '_')
		return 63;
	if (!p || !ch || (url && (ch == '+' || ch == '/')))
		return -1;
	return (int)(p - b64);
}

FN(encode)
{
	const char *p, *fmt;
	size_t len, fl;
	int rc = str2(c, n, in, s, vars, &p, &len, &fmt, &fl);
	if (rc <= 0)
		return rc;
	tf_buf b = TF_BUF_INIT;
	const unsigned char *u = (const unsigned char *)p;
	if (ascii_ieq(fmt, fl, "hex")) {
		for (size_t i = 0; i < len; i++)
			tf_buf_printf(&b, "%02x", u[i]);
	} else if (ascii_ieq(fmt, fl, "base64") || ascii_ieq(fmt, fl, "urlbase64")) {
		int url = fmt[0] == 'u' || fmt[0] == 'U';
		for (size_t i = 0; i < len; i += 3) {
			unsigned v = (unsigned)u[i] << 16;
			if (i + 1 < len)
				v |= (unsigned)u[i + 1] << 8;
			if (i + 2 < len)
				v |= u[i + 2];
			char q[4];
			for (int k = 0; k < 4; k++) {
				char ch = b64[(v >> (18 - 6 * k)) & 63];
				if (url && ch == '+')
					ch = '-';
				if (url && ch == '/')
					ch = '_';
				q[k] = ch;
			}
			if (i + 1 >= len)
				q[2] = '=';
			if (i + 2 >= len)
				q[3] = '=';
			tf_buf_put(&b, q, 4);
		}
	} else {
		return fp_fail(c, n, TF_EINVALID, "encode(): unknown format '%.*s'", (int)fl, fmt);
	}
	return push_owned_str(c, n, out, &b);
}

FN(decode)
{
	const char *p, *fmt;
	size_t len, fl;
	int rc = str2(c, n, in, s, vars, &p, &len, &fmt, &fl);
	if (rc <= 0)
		return rc;
	tf_buf b = TF_BUF_INIT;
	if (ascii_ieq(fmt, fl, "hex")) {
		if (len % 2) {
			tf_buf_free(&b);
			return 0;
		}
		for (size_t i = 0; i < len; i += 2) {
			char h[3] = {p[i], p[i + 1], 0};
			char *end;
			long v = strtol(h, &end, 16);
			if (*end) {
				tf_buf_free(&b);
				return 0;
			}
			tf_buf_putc(&b, (char)v);
		}
	} else if (ascii_ieq(fmt, fl, "base64") || ascii_ieq(fmt, fl, "urlbase64")) {
		int url = fmt[0] == 'u' || fmt[0] == 'U';
		unsigned acc = 0;
		int bits = 0;
		for (size_t i = 0; i < len; i++) {
			if (p[i] == '=')
				break;
			int v = b64val(p[i], url);
			if (v < 0) {
				tf_buf_free(&b);
				return 0;
			}
			acc = (acc << 6) | (unsigned)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				tf_buf_putc(&b, (char)((acc >> bits) & 0xFF));
			}
		}
	} else {
		return fp_fail(c, n, TF_EINVALID, "decode(): unknown format '%.*s'", (int)fl, fmt);
	}
	if (b.len && (memchr(b.ptr, '\0', b.len) || !tf_utf8_valid(b.ptr, b.len))) {
		tf_buf_free(&b);
		return 0; /* not text */
	}
	return push_owned_str(c, n, out, &b);
}

FN(escape)
{
	const char *p, *fmt;
	size_t len, fl;
	int rc = str2(c, n, in, s, vars, &p, &len, &fmt, &fl);
	if (rc <= 0)
		return rc;
	tf_buf b = TF_BUF_INIT;
	int html = ascii_ieq(fmt, fl, "html");
	if (!html && !ascii_ieq(fmt, fl, "json"))
		return fp_fail(c, n, TF_EINVALID, "escape(): unknown format '%.*s'", (int)fl, fmt);
	for (size_t i = 0; i < len; i++) {
		char ch = p[i];
		if (html) {
			switch (ch) {
			case '&':
				tf_buf_puts(&b, "&amp;");
				break;
			case '<':
				tf_buf_puts(&b, "&lt;");
				break;
			case '>':
				tf_buf_puts(&b, "&gt;");
				break;
			case '"':
				tf_buf_puts(&b, "&quot;");
				break;
			case '\'':
				tf_buf_puts(&b, "&#39;");
				break;
			default:
				tf_buf_putc(&b, ch);
			}
		} else {
			switch (ch) {
			case '"':
				tf_buf_puts(&b, "\\\"");
				break;
			case '\\':
				tf_buf_puts(&b, "\\\\");
				break;
			case '\n':
				tf_buf_puts(&b, "\\n");
				break;
			case '\r':
				tf_buf_puts(&b, "\\r");
				break;
			case '\t':
				tf_buf_puts(&b, "\\t");
				break;
			default:
				if ((unsigned char)ch < 0x20)
					tf_buf_printf(&b, "\\u%04x", (unsigned char)ch);
				else
					tf_buf_putc(&b, ch);
			}
		}
	}
	return push_owned_str(c, n, out, &b);
}

FN(unescape)
{
	const char *p, *fmt;
	size_t len, fl;
	int rc = str2(c, n, in, s, vars, &p, &len, &fmt, &fl);
	if (rc <= 0)
		return rc;
	int html = ascii_ieq(fmt, fl, "html");
	if (!html && !ascii_ieq(fmt, fl, "json"))
		return fp_fail(c, n, TF_EINVALID, "unescape(): unknown format '%.*s'", (int)fl,
		               fmt);
	tf_buf b = TF_BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		if (html && p[i] == '&') {
			static const struct {
				const char *ent, *ch;
			} ents[] = {{"&amp;", "&"},        {"&lt;", "<"},   {"&gt;", ">"},
			            {"&quot;", "\""},      {"&apos;", "'"}, {"&#39;", "'"},
			            {"&nbsp;", "\xC2\xA0"}};
			size_t k;
			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
				size_t el = strlen(ents[k].ent);
				if (i + el <= len && memcmp(p + i, ents[k].ent, el) == 0) {
					tf_buf_puts(&b, ents[k].ch);
					i += el - 1;
					break;
				}
			}
			if (k < sizeof(ents) / sizeof(ents[0]))
				continue;
			if (i + 2 < len && p[i + 1] == '#') {
				size_t j = i + 2;
				int hex = j < len && (p[j] == 'x' || p[j] == 'X');
				j += hex;
				unsigned long cp = 0;
				size_t d0 = j;
				while (j < len && j - d0 < 8 &&
				       ((p[j] >= '0' && p[j] <= '9') ||
				        (hex && ((p[j] >= 'a' && p[j] <= 'f') ||
				                 (p[j] >= 'A' && p[j] <= 'F'))))) {
					int v = p[j] <= '9' ? p[j] - '0' : (p[j] | 32) - 'a' + 10;
					cp = cp * (hex ? 16 : 10) + (unsigned long)v;
					j++;
				}
				if (j > d0 && j < len && p[j] == ';' && cp > 0 && cp < 0x110000 &&
				    !(cp >= 0xD800 && cp <= 0xDFFF)) {
					char o[4];
					tf_buf_put(&b, o, fp_put_utf8(o, cp));
					i = j;
					continue;
				}
			}
			tf_buf_putc(&b, '&');
		} else if (!html && p[i] == '\\' && i + 1 < len) {
			char e = p[++i];
			switch (e) {
			case 'n':
				tf_buf_putc(&b, '\n');
				break;
			case 't':
				tf_buf_putc(&b, '\t');
				break;
			case 'r':
				tf_buf_putc(&b, '\r');
				break;
			case 'b':
				tf_buf_putc(&b, '\b');
				break;
			case 'f':
				tf_buf_putc(&b, '\f');
				break;
			case 'u': {
				unsigned long cp = 0;
				size_t j;
				for (j = i + 1; j < len && j <= i + 4; j++) {
					char h = p[j];
					int v = (h >= '0' && h <= '9')   ? h - '0'
					        : (h >= 'a' && h <= 'f') ? h - 'a' + 10
					        : (h >= 'A' && h <= 'F') ? h - 'A' + 10
					                                 : -1;
					if (v < 0)
						break;
					cp = cp * 16 + (unsigned long)v;
				}
				if (j == i + 5 && cp > 0 && !(cp >= 0xD800 && cp <= 0xDFFF)) {
					char o[4];
					tf_buf_put(&b, o, fp_put_utf8(o, cp));
					i += 4;
				} else {
					tf_buf_putc(&b, 'u');
				}
				break;
			}
			default:
				tf_buf_putc(&b, e);
			}
		} else {
			tf_buf_putc(&b, p[i]);
		}
	}
	return push_owned_str(c, n, out, &b);
}

/* -------------------------------------------------------------------- math */

static int num_in(fp_ctx *c, const fp_node *n, const fp_coll *in, fp_item *it)
{
	int rc = only_one(c, n, in, n->name);
	if (rc < 0)
		return rc;
	if (in->n == 0)
		return 0;
	fp_item_value(c, &in->v[0], it);
	if (it->kind != FP_INT && it->kind != FP_DEC && it->kind != FP_QTY)
		return fp_fail(c, n, TF_EINVALID, "%s() expects a number, not %s", n->name,
		               fp_item_type_name(&in->v[0]));
	return 1;
}

static double numv(const fp_item *it)
{
	return it->kind == FP_INT   ? (double)it->v.i
	       : it->kind == FP_DEC ? it->v.d.v
	                            : it->v.q.value.v;
}

FN(abs)
{
	fp_item it;
	(void)s, (void)vars;
	int rc = num_in(c, n, in, &it);
	if (rc <= 0)
		return rc;
	it.type = NULL;
	it.node = NULL;
	if (it.kind == FP_INT) {
		if (it.v.i == INT64_MIN)
			return fp_fail(c, n, TF_EINVALID, "integer overflow");
		it.v.i = it.v.i < 0 ? -it.v.i : it.v.i;
	} else if (it.kind == FP_DEC) {
		it.v.d.v = fabs(it.v.d.v);
		it.v.d.lex = NULL;
	} else {
		it.v.q.value.v = fabs(it.v.q.value.v);
		it.v.q.value.lex = NULL;
	}
	return fp_push(c, n, out, &it);
}

static int int_result(fp_ctx *c, const fp_node *n, fp_coll *out, double v)
{
	if (!isfinite(v) || fabs(v) > 9.2e18)
		return 0;
	return fp_push_int(c, n, out, (int64_t)v);
}

#define ROUNDING(fname, f)                                                                         \
	FN(fname)                                                                                  \
	{                                                                                          \
		fp_item it;                                                                        \
		(void)s, (void)vars;                                                               \
		int rc = num_in(c, n, in, &it);                                                    \
		if (rc <= 0)                                                                       \
			return rc;                                                                 \
		if (it.kind == FP_QTY)                                                             \
			return fp_fail(c, n, TF_EINVALID, "%s() expects a number", n->name);       \
		return int_result(c, n, out, f(numv(&it)));                                        \
	}
ROUNDING(ceiling, ceil)
ROUNDING(floor, floor)
ROUNDING(truncate, trunc)

#define REALFN(name, expr)                                                                         \
	FN(name)                                                                                   \
	{                                                                                          \
		fp_item it;                                                                        \
		(void)s, (void)vars;                                                               \
		int rc = num_in(c, n, in, &it);                                                    \
		if (rc <= 0)                                                                       \
			return rc;                                                                 \
		double x = numv(&it);                                                              \
		double v = (expr);                                                                 \
		return fp_push_dec(c, n, out, v, fp_dec_trim_scale(v, 1, 8));                      \
	}
REALFN(exp, exp(x))
REALFN(ln, x > 0 ? log(x) : NAN)
REALFN(sqrt, x >= 0 ? sqrt(x) : NAN)

FN(log)
{
	fp_item it;
	int rc = num_in(c, n, in, &it);
	if (rc <= 0)
		return rc;
	fp_coll b;
	if ((rc = arg_eval(c, n, 0, s, vars, &b)) < 0 || (rc = only_one(c, n, &b, "log")) < 0)
		return rc;
	if (b.n == 0)
		return 0;
	fp_item bi;
	fp_item_value(c, &b.v[0], &bi);
	if (bi.kind != FP_INT && bi.kind != FP_DEC)
		return fp_fail(c, n, TF_EINVALID, "log() base must be a number");
	double x = numv(&it), base = numv(&bi);
	if (x <= 0 || base <= 0 || base == 1)
		return 0;
	double v = log(x) / log(base);
	return fp_push_dec(c, n, out, v, fp_dec_trim_scale(v, 1, 8));
}

FN(power)
{
	fp_item it;
	int rc = num_in(c, n, in, &it);
	if (rc <= 0)
		return rc;
	fp_coll e;
	if ((rc = arg_eval(c, n, 0, s, vars, &e)) < 0 || (rc = only_one(c, n, &e, "power")) < 0)
		return rc;
	if (e.n == 0)
		return 0;
	fp_item ei;
	fp_item_value(c, &e.v[0], &ei);
	if (ei.kind != FP_INT && ei.kind != FP_DEC)
		return fp_fail(c, n, TF_EINVALID, "power() exponent must be a number");
	double v = pow(numv(&it), numv(&ei));
	if (!isfinite(v))
		return 0;
	if (it.kind == FP_INT && ei.kind == FP_INT && ei.v.i >= 0 && fabs(v) < 9e15)
		return fp_push_int(c, n, out, (int64_t)v);
	return fp_push_dec(c, n, out, v, fp_dec_trim_scale(v, 1, 8));
}

FN(round)
{
	fp_item it;
	int rc = num_in(c, n, in, &it);
	if (rc <= 0)
		return rc;
	int64_t prec = 0;
	if (n->nargs && (rc = arg_int(c, n, 0, s, vars, &prec)) < 0)
		return rc;
	if (prec < 0 || prec > FP_MAX_DEC_SCALE)
		return fp_fail(c, n, TF_EINVALID, "round() precision must be 0..%d",
		               FP_MAX_DEC_SCALE);
	return fp_push_dec(c, n, out, fp_round_to(numv(&it), (int)prec), (int)prec);
}

/* ------------------------------------------------------------------- tree */

FN(children)
{
	(void)s, (void)vars;
	for (size_t i = 0; i < in->n; i++) {
		int rc = fp_children(c, n, &in->v[i], out);
		if (rc < 0)
			return rc;
	}
	return 0;
}

FN(descendants)
{
	(void)s, (void)vars;
	fp_coll work = *in;
	while (work.n) {
		fp_coll next = {0};
		for (size_t i = 0; i < work.n; i++) {
			int rc = fp_children(c, n, &work.v[i], &next);
			if (rc < 0)
				return rc;
		}
		int rc = fp_push_coll(c, n, out, &next);
		if (rc < 0)
			return rc;
		work = next;
	}
	return 0;
}

/* ---------------------------------------------------------------- utility */

FN(trace)
{
	const char *name;
	size_t nl;
	int rc = arg_string(c, n, 0, s, vars, &name, &nl);
	if (rc < 0)
		return rc;
	if (c->env && c->env->trace && rc > 0) {
		char *nm = fp_strndup(c->mem, name, nl);
		if (!nm)
			return fp_fail(c, n, TF_ENOMEM, "out of memory");
		if (n->nargs > 1) {
			fp_coll proj = {0};
			for (size_t i = 0; i < in->n; i++)
				if ((rc = lambda(c, n->args[1], in, i, s, vars, &proj)) < 0)
					return rc;
			fp_trace_emit(c, nm, &proj);
		} else {
			fp_trace_emit(c, nm, in);
		}
	}
	return fp_push_coll(c, n, out, in);
}

static int get_now(fp_ctx *c, const fp_node *n)
{
	if (c->have_now)
		return 0;
	if (fp_dt_now(c->env, &c->now, c->err) < 0) {
		fp_error_at(c->err, c->fp->text, n->pos);
		return c->err ? c->err->code : TF_ERROR;
	}
	c->have_now = 1;
	return 0;
}

FN(now)
{
	(void)in, (void)s, (void)vars;
	int rc = get_now(c, n);
	if (rc < 0)
		return rc;
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_DATETIME;
	it.v.dt = c->now;
	return fp_push(c, n, out, &it);
}

FN(today)
{
	(void)in, (void)s, (void)vars;
	int rc = get_now(c, n);
	if (rc < 0)
		return rc;
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_DATE;
	it.v.dt = c->now;
	it.v.dt.prec = FP_P_DAY;
	it.v.dt.has_tz = 0;
	it.v.dt.hour = it.v.dt.minute = it.v.dt.second = 0;
	it.v.dt.ms = 0;
	it.v.dt.frac = 0;
	return fp_push(c, n, out, &it);
}

FN(timeOfDay)
{
	(void)in, (void)s, (void)vars;
	int rc = get_now(c, n);
	if (rc < 0)
		return rc;
	fp_item it;
	memset(&it, 0, sizeof(it));
	it.kind = FP_TIME;
	it.v.dt = c->now;
	it.v.dt.has_tz = 0;
	return fp_push(c, n, out, &it);
}

static int reserved_var(const char *name)
{
	static const char *names[] = {"context", "resource", "rootResource",  "ucum",    "sct",
	                              "loinc",   "patient",  "terminologies", "factory", "server"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i], name) == 0)
			return 1;
	return strncmp(name, "vs-", 3) == 0 || strncmp(name, "ext-", 4) == 0;
}

FN(defineVariable)
{
	const char *name;
	size_t nl;
	int rc = arg_string(c, n, 0, s, vars, &name, &nl);
	if (rc < 0)
		return rc;
	if (rc == 0)
		return fp_fail(c, n, TF_EINVALID, "defineVariable() needs a name");
	char *nm = fp_strndup(c->mem, name, nl);
	if (!nm)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	if (reserved_var(nm))
		return fp_fail(c, n, TF_EINVALID, "%%%s is a system variable", nm);
	for (fp_vars *v = *vars; v; v = v->next)
		if (strcmp(v->name, nm) == 0)
			return fp_fail(c, n, TF_EINVALID, "variable %%%s already defined", nm);
	if (c->env)
		for (size_t i = 0; i < c->env->nvars; i++)
			if (c->env->vars[i].name && strcmp(c->env->vars[i].name, nm) == 0)
				return fp_fail(c, n, TF_EINVALID, "variable %%%s already defined",
				               nm);
	fp_vars *v = fp_alloc(c->mem, sizeof(*v));
	if (!v)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	v->name = nm;
	if (n->nargs > 1) {
		/* The value expression sees the input collection. */
		fp_scope ls = *s;
		ls.self = in;
		fp_vars *local = *vars;
		if ((rc = fp_eval(c, n->args[1], in, &ls, &local, &v->val)) < 0)
			return rc;
	} else {
		v->val = *in;
	}
	v->next = *vars;
	*vars = v;
	return fp_push_coll(c, n, out, in);
}

/* Boundaries of a decimal with `scale` digits, to `prec` digits. */
static double dec_boundary(double v, int scale, int prec, int high)
{
	double half = 0.5 * pow(10, -scale);
	if (v < 0)
		return -dec_boundary(-v, scale, prec, !high);
	if (high)
		return fp_round_to(v + half, prec);
	double f = pow(10, prec);
	double x = (v - half) * f;
	/* truncation, tolerant of binary noise just below a whole number */
	double t = floor(x + 1e-9);
	return t / f;
}

static void dt_fill(fp_dt *d, int kind, int prec, int high)
{
	if (kind != FP_TIME) {
		if (d->prec < FP_P_MONTH)
			d->month = high ? 12 : 1;
		if (d->prec < FP_P_DAY)
			d->day = high ? (uint8_t)fp_days_in_month(d->year, d->month) : 1;
	}
	if (d->prec < FP_P_HOUR)
		d->hour = high ? 23 : 0;
	if (d->prec < FP_P_MINUTE)
		d->minute = high ? 59 : 0;
	if (d->prec < FP_P_SECOND)
		d->second = high ? 59 : 0;
	if (d->prec < FP_P_MS)
		d->ms = high ? 999 : 0;
	d->prec = (uint8_t)prec;
	d->frac = prec == FP_P_MS ? 3 : 0;
}

static int boundary(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s,
                    fp_vars **vars, fp_coll *out, int high)
{
	int rc = only_one(c, n, in, n->name);
	if (rc < 0 || in->n == 0)
		return rc;
	int64_t prec = -1;
	if (n->nargs && (rc = arg_int(c, n, 0, s, vars, &prec)) < 0)
		return rc;
	fp_item it;
	fp_item_value(c, &in->v[0], &it);
	it.type = NULL;
	it.node = NULL;
	it.shadow = NULL;
	it.skey = NULL;
	if (it.kind == FP_INT || it.kind == FP_DEC || it.kind == FP_QTY) {
		if (prec == -1 && !n->nargs)
			prec = 8;
		if (prec < 0 || prec > FP_MAX_DEC_SCALE)
			return 0;
		double v = numv(&it);
		int scale = it.kind == FP_INT   ? 0
		            : it.kind == FP_DEC ? it.v.d.scale
		                                : it.v.q.value.scale;
		fp_dec d = fp_dec_make(dec_boundary(v, scale, (int)prec, high), (int)prec);
		if (it.kind == FP_QTY) {
			it.v.q.value = d;
			return fp_push(c, n, out, &it);
		}
		it.kind = FP_DEC;
		it.v.d = d;
		return fp_push(c, n, out, &it);
	}
	if (it.kind == FP_DATE || it.kind == FP_DATETIME || it.kind == FP_TIME) {
		static const int date_p[] = {4, FP_P_YEAR, 6, FP_P_MONTH, 8, FP_P_DAY};
		static const int dt_p[] = {4,  FP_P_YEAR, 6,  FP_P_MONTH,  8,  FP_P_DAY,
		                           10, FP_P_HOUR, 12, FP_P_MINUTE, 14, FP_P_SECOND,
		                           17, FP_P_MS};
		static const int t_p[] = {2, FP_P_HOUR, 4, FP_P_MINUTE, 6, FP_P_SECOND, 9, FP_P_MS};
		const int *tab = it.kind == FP_DATE ? date_p : it.kind == FP_TIME ? t_p : dt_p;
		int ntab = it.kind == FP_DATE ? 3 : it.kind == FP_TIME ? 4 : 7;
		if (!n->nargs)
			prec = tab[2 * (ntab - 1)];
		int target = 0;
		for (int k = 0; k < ntab; k++)
			if (tab[2 * k] == prec)
				target = tab[2 * k + 1];
		if (!target)
			return 0;
		fp_dt d = it.v.dt;
		/* An hour alone is not a FHIR time: it means hh:00. */
		if (it.kind == FP_DATETIME && d.prec == FP_P_HOUR) {
			d.minute = 0;
			d.prec = FP_P_MINUTE;
		}
		if (target > d.prec) {
			dt_fill(&d, it.kind, target, high);
		} else {
			d.prec = (uint8_t)target;
			if (target < FP_P_MS)
				d.frac = 0;
		}
		if (it.kind == FP_DATETIME) {
			if (target >= FP_P_HOUR && !d.has_tz) {
				d.has_tz = 1;
				d.tz_z = 0;
				d.tz_min = high ? -12 * 60 : 14 * 60;
			}
			if (target < FP_P_HOUR)
				d.has_tz = 0;
			d.date_only_t = 0;
		}
		it.v.dt = d;
		return fp_push(c, n, out, &it);
	}
	return fp_fail(c, n, TF_EINVALID, "%s() expects a number, quantity or date/time", n->name);
}

FN(lowBoundary)
{
	return boundary(c, n, in, s, vars, out, 0);
}

FN(highBoundary)
{
	return boundary(c, n, in, s, vars, out, 1);
}

FN(precision)
{
	(void)s, (void)vars;
	int rc = only_one(c, n, in, n->name);
	if (rc < 0 || in->n == 0)
		return rc;
	fp_item it;
	fp_item_value(c, &in->v[0], &it);
	switch (it.kind) {
	case FP_INT:
		return fp_push_int(c, n, out, 0);
	case FP_DEC:
		return fp_push_int(c, n, out, it.v.d.scale < 0 ? 0 : it.v.d.scale);
	case FP_DATE:
	case FP_DATETIME:
	case FP_TIME: {
		static const int dp[] = {0, 4, 6, 8, 10, 12, 14, 17};
		static const int tp[] = {0, 0, 0, 0, 2, 4, 6, 9};
		return fp_push_int(c, n, out,
		                   it.kind == FP_TIME ? tp[it.v.dt.prec] : dp[it.v.dt.prec]);
	}
	default:
		return fp_fail(c, n, TF_EINVALID, "precision() expects a number or date/time");
	}
}

FN(comparable)
{
	int rc = only_one(c, n, in, n->name);
	if (rc < 0 || in->n == 0)
		return rc;
	fp_coll o;
	if ((rc = arg_eval(c, n, 0, s, vars, &o)) < 0 || (rc = only_one(c, n, &o, n->name)) < 0)
		return rc;
	if (o.n == 0)
		return 0;
	fp_item a, b;
	fp_item_value(c, &in->v[0], &a);
	fp_item_value(c, &o.v[0], &b);
	if (a.kind != FP_QTY || b.kind != FP_QTY)
		return fp_fail(c, n, TF_EINVALID, "comparable() expects quantities");
	return fp_push_bool(
	        c, n, out,
	        fp_units_comparable(a.v.q.unit, a.v.q.calendar, b.v.q.unit, b.v.q.calendar));
}

/* -------------------------------------------------------------- aggregate */

FN(aggregate)
{
	fp_coll total = {0};
	int rc;
	if (n->nargs > 1 && (rc = arg_eval(c, n, 1, s, vars, &total)) < 0)
		return rc;
	for (size_t i = 0; i < in->n; i++) {
		fp_coll self = {(fp_item *)&in->v[i], 1, 1};
		fp_scope ls = *s;
		ls.self = &self;
		ls.index = (int64_t)i;
		ls.has_index = 1;
		fp_coll prev = total;
		ls.total = &prev;
		fp_coll next = {0};
		fp_vars *local = *vars;
		if ((rc = fp_eval(c, n->args[0], &self, &ls, &local, &next)) < 0)
			return rc;
		total = next;
	}
	return fp_push_coll(c, n, out, &total);
}

typedef struct {
	fp_item *keys; /* nargs keys per item (kind FP_NONE: empty) */
	size_t idx;    /* original position */
} sort_row;

static int sort_cmp(fp_ctx *c, const fp_node *n, const sort_row *a, const sort_row *b, int nkeys,
                    const int *desc, int *out)
{
	for (int k = 0; k < nkeys; k++) {
		const fp_item *x = &a->keys[k], *y = &b->keys[k];
		int cmp;
		if (x->kind == FP_NONE || y->kind == FP_NONE) {
			/* empty sorts first, whatever the direction */
			cmp = (x->kind == FP_NONE) - (y->kind == FP_NONE);
			if (cmp) {
				*out = -cmp;
				return 0;
			}
			continue;
		}
		int rc = fp_item_compare(c, n, x, y, &cmp);
		if (rc < 0)
			return rc;
		if (rc > 0)
			cmp = 0;
		if (cmp) {
			*out = desc[k] ? -cmp : cmp;
			return 0;
		}
	}
	*out = a->idx < b->idx ? -1 : a->idx > b->idx;
	return 0;
}

FN(sort)
{
	size_t m = in->n;
	int nkeys = n->nargs ? n->nargs : 1;
	int desc[FP_MAX_ARGS] = {0};
	sort_row *rows = fp_alloc(c->mem, (m ? m : 1) * 2 * sizeof(sort_row));
	fp_item *keys = fp_alloc(c->mem, (m ? m : 1) * (size_t)nkeys * sizeof(fp_item));
	if (!rows || !keys)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	int rc;
	for (size_t i = 0; i < m; i++) {
		rows[i].keys = keys + i * (size_t)nkeys;
		rows[i].idx = i;
		if (!n->nargs) {
			rows[i].keys[0] = in->v[i];
			continue;
		}
		for (int k = 0; k < nkeys; k++) {
			const fp_node *arg = n->args[k];
			if (arg->kind == N_NEG) {
				desc[k] = 1;
				arg = arg->a;
			}
			fp_coll r = {0};
			if ((rc = lambda(c, arg, in, i, s, vars, &r)) < 0)
				return rc;
			if (r.n > 1)
				return fp_fail(c, arg, TF_EINVALID, "sort key gives %zu items",
				               r.n);
			if (r.n == 1)
				rows[i].keys[k] = r.v[0];
		}
	}
	/* Merge sort: stable, and the comparison may fail. */
	sort_row *a = rows, *b = rows + m;
	for (size_t width = 1; width < m; width *= 2) {
		for (size_t lo = 0; lo < m; lo += 2 * width) {
			size_t mid = lo + width < m ? lo + width : m;
			size_t hi = lo + 2 * width < m ? lo + 2 * width : m;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi) {
				int cmp;
				if ((rc = sort_cmp(c, n, &a[i], &a[j], nkeys, desc, &cmp)) < 0)
					return rc;
				b[k++] = cmp <= 0 ? a[i++] : a[j++];
			}
			while (i < mid)
				b[k++] = a[i++];
			while (j < hi)
				b[k++] = a[j++];
		}
		sort_row *t = a;
		a = b;
		b = t;
	}
	for (size_t i = 0; i < m; i++)
		if ((rc = fp_push(c, n, out, &in->v[a[i].idx])) < 0)
			return rc;
	return 0;
}

/* ------------------------------------------------------------------- types */

FN(is)
{
	(void)s, (void)vars;
	int rc = only_one(c, n, in, "is()");
	if (rc < 0 || in->n == 0)
		return rc;
	return fp_push_bool(c, n, out, fp_type_matches(&in->v[0], &n->tspec, 0));
}

FN(as)
{
	(void)s, (void)vars;
	int rc = only_one(c, n, in, "as()");
	if (rc < 0 || in->n == 0)
		return rc;
	return fp_type_matches(&in->v[0], &n->tspec, 1) ? fp_push(c, n, out, &in->v[0]) : 0;
}

FN(type)
{
	(void)s, (void)vars;
	for (size_t i = 0; i < in->n; i++) {
		fp_item it;
		memset(&it, 0, sizeof(it));
		it.kind = FP_TYPEINFO;
		fp_item_type_info(&in->v[i], &it.v.ti.ns, &it.v.ti.name);
		int rc = fp_push(c, n, out, &it);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/* -------------------------------------------------------------------- FHIR */

FN(extension)
{
	const char *url;
	size_t ul;
	int rc = arg_string(c, n, 0, s, vars, &url, &ul);
	if (rc <= 0)
		return rc;
	for (size_t i = 0; i < in->n; i++) {
		fp_coll ext = {0};
		fp_mark m = fp_region_mark(c->mem);
		if ((rc = fp_navigate(c, n, &in->v[i], "extension", &ext)) < 0)
			return rc;
		size_t before = out->n;
		for (size_t k = 0; k < ext.n; k++) {
			json_t *u = json_object_get(ext.v[k].node, "url");
			if (json_is_string(u) && json_string_length(u) == ul &&
			    memcmp(json_string_value(u), url, ul) == 0 &&
			    (rc = fp_push(c, n, out, &ext.v[k])) < 0)
				return rc;
		}
		if (out->n == before)
			fp_region_release(c->mem, m);
	}
	return 0;
}

static int has_value(const fp_item *it)
{
	return it->type && it->type->kind == FP_T_PRIMITIVE && it->kind != FP_NULLPRIM && it->node;
}

FN(hasValue)
{
	(void)s, (void)vars;
	return fp_push_bool(c, n, out, in->n == 1 && has_value(&in->v[0]));
}

FN(getValue)
{
	(void)s, (void)vars;
	if (in->n != 1 || !has_value(&in->v[0]))
		return 0;
	fp_item it = in->v[0];
	it.type = NULL;
	it.node = NULL;
	it.shadow = NULL;
	it.skey = NULL;
	return fp_push(c, n, out, &it);
}

FN(resolve)
{
	(void)s, (void)vars;
	for (size_t i = 0; i < in->n; i++) {
		const fp_item *it = &in->v[i];
		const char *ref = NULL;
		size_t len = 0;
		if (it->kind == FP_STR) {
			ref = it->v.s.p;
			len = it->v.s.n;
		} else if (it->kind == FP_NODE) {
			json_t *r = json_object_get(it->node, "reference");
			if (json_is_string(r) && !tf_json_is_decimal(r)) {
				ref = json_string_value(r);
				len = json_string_length(r);
			}
		}
		if (!ref)
			continue;
		json_t *target = fp_resolve_ref(c, it, ref, len);
		if (!target)
			continue;
		fp_item r;
		if (fp_item_from_json(c->mem, target, NULL, NULL, target, &r) < 0 ||
		    r.kind == FP_NONE)
			continue;
		int rc = fp_push(c, n, out, &r);
		if (rc < 0)
			return rc;
	}
	return 0;
}

FN(conformsTo)
{
	const char *url;
	size_t ul;
	int rc = arg_string(c, n, 0, s, vars, &url, &ul);
	if (rc <= 0)
		return rc;
	/* A documented stub: only the core StructureDefinitions of the base
	 * types are known, and conformance means being of that type (no
	 * profile constraints are checked). */
	static const char base[] = "http://hl7.org/fhir/StructureDefinition/";
	const fp_type *t = NULL;
	if (ul > sizeof(base) - 1 && memcmp(url, base, sizeof(base) - 1) == 0)
		t = fp_type_getn(url + sizeof(base) - 1, ul - (sizeof(base) - 1));
	if (!t || t->kind == FP_T_BACKBONE)
		return fp_fail(c, n, TF_EINVALID, "conformsTo(): unknown profile '%.*s'", (int)ul,
		               url);
	for (size_t i = 0; i < in->n; i++)
		if ((rc = fp_push_bool(c, n, out,
		                       in->v[i].type && fp_type_derives(in->v[i].type, t))) < 0)
			return rc;
	return 0;
}

/* htmlChecks(): a sane approximation of the FHIR narrative rules: a <div>
 * is in the XHTML namespace, and the text holds no active content (script,
 * style, forms, frames, objects, event handler attributes, javascript:
 * links). The rules' full element/attribute whitelist is not enforced. */
FN(htmlChecks)
{
	(void)s, (void)vars;
	int rc = only_one(c, n, in, n->name);
	if (rc < 0 || in->n == 0 || in->v[0].kind != FP_STR)
		return rc;
	const char *p = in->v[0].v.s.p;
	size_t len = in->v[0].v.s.n;
	char *t = fp_alloc(c->mem, len + 1);
	if (!t)
		return fp_fail(c, n, TF_ENOMEM, "out of memory");
	for (size_t i = 0; i < len; i++)
		t[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
	size_t i = 0;
	while (i < len && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t'))
		i++;
	/* A narrative div must be XHTML; a fragment is checked as it is. */
	int ok = strncmp(t + i, "<div", 4) != 0 || strstr(t, "http://www.w3.org/1999/xhtml");
	static const char *bad[] = {"<script", "<style",  "<form",       "<input",    "<iframe",
	                            "<frame",  "<object", "<embed",      "<applet",   "<base",
	                            "<link",   "<meta",   "javascript:", "<textarea", "<button"};
	for (size_t k = 0; ok && k < sizeof(bad) / sizeof(bad[0]); k++)
		if (strstr(t, bad[k]))
			ok = 0;
	/* on...= attributes inside tags */
	for (size_t k = 0; ok && k + 3 < len; k++) {
		if ((t[k] == ' ' || t[k] == '\t' || t[k] == '\n') && t[k + 1] == 'o' &&
		    t[k + 2] == 'n') {
			size_t j = k + 3;
			while (j < len && t[j] >= 'a' && t[j] <= 'z')
				j++;
			while (j < len && t[j] == ' ')
				j++;
			if (j < len && t[j] == '=' && j > k + 3) {
				/* inside a tag? the last '<' is after the last '>' */
				const char *lt = NULL, *gt = NULL;
				for (size_t q = 0; q < k; q++) {
					if (t[q] == '<')
						lt = t + q;
					else if (t[q] == '>')
						gt = t + q;
				}
				if (lt && (!gt || lt > gt))
					ok = 0;
			}
		}
	}
	return fp_push_bool(c, n, out, ok);
}

FN(terminology)
{
	(void)in, (void)s, (void)vars, (void)out;
	return fp_fail(c, n, TF_EUNSUPPORTED, "%s(): no terminology service is available", n->name);
}

/* ------------------------------------------------------------------- table */

#define F(name, min, max, mode, ord)                                                               \
	{                                                                                          \
#name, min, max, mode, ord, fn_##name                                              \
	}
const fp_fn fp_functions[] = {
        F(empty, 0, 0, FA_VALUE, 0),
        F(exists, 0, 1, FA_LAMBDA, 0),
        F(all, 1, 1, FA_LAMBDA, 0),
        F(not, 0, 0, FA_VALUE, 0),
        F(allTrue, 0, 0, FA_VALUE, 0),
        F(anyTrue, 0, 0, FA_VALUE, 0),
        F(allFalse, 0, 0, FA_VALUE, 0),
        F(anyFalse, 0, 0, FA_VALUE, 0),
        F(subsetOf, 1, 1, FA_VALUE, 0),
        F(supersetOf, 1, 1, FA_VALUE, 0),
        F(count, 0, 0, FA_VALUE, 0),
        F(distinct, 0, 0, FA_VALUE, 0),
        F(isDistinct, 0, 0, FA_VALUE, 0),
        F(where, 1, 1, FA_LAMBDA, 0),
        F(select, 1, 1, FA_LAMBDA, 0),
        F(repeat, 1, 1, FA_LAMBDA, 0),
        F(ofType, 1, 1, FA_TYPE, 0),
        F(single, 0, 0, FA_VALUE, 1),
        F(first, 0, 0, FA_VALUE, 1),
        F(last, 0, 0, FA_VALUE, 1),
        F(tail, 0, 0, FA_VALUE, 1),
        F(skip, 1, 1, FA_VALUE, 1),
        F(take, 1, 1, FA_VALUE, 1),
        F(intersect, 1, 1, FA_VALUE, 0),
        F(exclude, 1, 1, FA_VALUE, 0),
        F(union, 1, 1, FA_VALUE, 0),
        F(combine, 1, 1, FA_VALUE, 0),
        F(iif, 2, 3, FA_SPECIAL, 0),
        F(toBoolean, 0, 0, FA_VALUE, 0),
        F(convertsToBoolean, 0, 0, FA_VALUE, 0),
        F(toInteger, 0, 0, FA_VALUE, 0),
        F(convertsToInteger, 0, 0, FA_VALUE, 0),
        F(toDecimal, 0, 0, FA_VALUE, 0),
        F(convertsToDecimal, 0, 0, FA_VALUE, 0),
        F(toString, 0, 0, FA_VALUE, 0),
        F(convertsToString, 0, 0, FA_VALUE, 0),
        F(toDate, 0, 0, FA_VALUE, 0),
        F(convertsToDate, 0, 0, FA_VALUE, 0),
        F(toDateTime, 0, 0, FA_VALUE, 0),
        F(convertsToDateTime, 0, 0, FA_VALUE, 0),
        F(toTime, 0, 0, FA_VALUE, 0),
        F(convertsToTime, 0, 0, FA_VALUE, 0),
        F(toQuantity, 0, 1, FA_VALUE, 0),
        F(convertsToQuantity, 0, 1, FA_VALUE, 0),
        F(indexOf, 1, 1, FA_VALUE, 0),
        F(lastIndexOf, 1, 1, FA_VALUE, 0),
        F(substring, 1, 2, FA_VALUE, 0),
        F(startsWith, 1, 1, FA_VALUE, 0),
        F(endsWith, 1, 1, FA_VALUE, 0),
        F(contains, 1, 1, FA_VALUE, 0),
        F(upper, 0, 0, FA_VALUE, 0),
        F(lower, 0, 0, FA_VALUE, 0),
        F(replace, 2, 2, FA_VALUE, 0),
        F(matches, 1, 1, FA_VALUE, 0),
        F(matchesFull, 1, 1, FA_VALUE, 0),
        F(replaceMatches, 2, 2, FA_VALUE, 0),
        F(length, 0, 0, FA_VALUE, 0),
        F(toChars, 0, 0, FA_VALUE, 0),
        F(trim, 0, 0, FA_VALUE, 0),
        F(split, 1, 1, FA_VALUE, 0),
        F(join, 0, 1, FA_VALUE, 0),
        F(encode, 1, 1, FA_VALUE, 0),
        F(decode, 1, 1, FA_VALUE, 0),
        F(escape, 1, 1, FA_VALUE, 0),
        F(unescape, 1, 1, FA_VALUE, 0),
        F(abs, 0, 0, FA_VALUE, 0),
        F(ceiling, 0, 0, FA_VALUE, 0),
        F(exp, 0, 0, FA_VALUE, 0),
        F(floor, 0, 0, FA_VALUE, 0),
        F(ln, 0, 0, FA_VALUE, 0),
        F(log, 1, 1, FA_VALUE, 0),
        F(power, 1, 1, FA_VALUE, 0),
        F(round, 0, 1, FA_VALUE, 0),
        F(sqrt, 0, 0, FA_VALUE, 0),
        F(truncate, 0, 0, FA_VALUE, 0),
        F(children, 0, 0, FA_VALUE, 0),
        F(descendants, 0, 0, FA_VALUE, 0),
        F(trace, 1, 2, FA_SPECIAL, 0),
        F(now, 0, 0, FA_VALUE, 0),
        F(today, 0, 0, FA_VALUE, 0),
        F(timeOfDay, 0, 0, FA_VALUE, 0),
        F(defineVariable, 1, 2, FA_SPECIAL, 0),
        F(lowBoundary, 0, 1, FA_VALUE, 0),
        F(highBoundary, 0, 1, FA_VALUE, 0),
        F(precision, 0, 0, FA_VALUE, 0),
        F(comparable, 1, 1, FA_VALUE, 0),
        F(aggregate, 1, 2, FA_SPECIAL, 0),
        F(sort, 0, FP_MAX_ARGS, FA_SPECIAL, 0),
        F(is, 1, 1, FA_TYPE, 0),
        F(as, 1, 1, FA_TYPE, 0),
        F(type, 0, 0, FA_VALUE, 0),
        F(extension, 1, 1, FA_VALUE, 0),
        F(hasValue, 0, 0, FA_VALUE, 0),
        F(getValue, 0, 0, FA_VALUE, 0),
        F(resolve, 0, 0, FA_VALUE, 0),
        F(conformsTo, 1, 1, FA_VALUE, 0),
        F(htmlChecks, 0, 0, FA_VALUE, 0),
        {"memberOf", 1, 1, FA_VALUE, 0, fn_terminology},
        {"subsumes", 1, 1, FA_VALUE, 0, fn_terminology},
        {"subsumedBy", 1, 1, FA_VALUE, 0, fn_terminology},
        {NULL, 0, 0, 0, 0, NULL},
};

int fp_function_find(const char *name, size_t len)
{
	for (int i = 0; fp_functions[i].name; i++)
		if (strlen(fp_functions[i].name) == len &&
		    memcmp(fp_functions[i].name, name, len) == 0)
			return i;
	return -1;
}
