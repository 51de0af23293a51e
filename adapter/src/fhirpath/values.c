/*
 * values.c - the engine's values: the memory region evaluations allocate
 * from (with marks, so a where() criterion's temporaries are given back
 * item by item; each thread keeps one for its next evaluation), decimals
 * that keep their written precision, prepared documents (an index of a
 * JSON tree made once for many evaluations), items built from FHIR JSON
 * nodes by their FHIR type, and the text and type names of items for
 * toString() and the result API.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "json/jsonx.h"
#include "trialfhir/json.h"

/* ---------------------------------------------------------------- region */

#define FP_CHUNK 32768

struct rchunk {
	struct rchunk *prev;
	size_t size, used;
	_Alignas(16) unsigned char data[];
};

struct fp_region {
	struct rchunk *cur;   /* newest chunk */
	struct rchunk *spare; /* one released standard chunk kept for reuse */
	size_t first;         /* size of the first chunk (results are small) */
};

fp_region *fp_region_new(void)
{
	fp_region *r = calloc(1, sizeof(fp_region));
	if (r)
		r->first = FP_CHUNK;
	return r;
}

fp_region *fp_region_new_small(void)
{
	fp_region *r = calloc(1, sizeof(fp_region));
	if (r)
		r->first = 1024;
	return r;
}

/* Evaluations reuse their thread's last region (the chunk it kept) rather
 * than allocating and freeing one every time: a region per thread, freed
 * when the thread ends. */
static pthread_key_t g_region_key;
static int g_region_key_ok;
static pthread_once_t g_region_once = PTHREAD_ONCE_INIT;

static void region_dtor(void *p)
{
	fp_region_free(p);
}

static void region_key_init(void)
{
	g_region_key_ok = pthread_key_create(&g_region_key, region_dtor) == 0;
}

fp_region *fp_region_take(void)
{
	pthread_once(&g_region_once, region_key_init);
	if (g_region_key_ok) {
		fp_region *r = pthread_getspecific(g_region_key);
		if (r) {
			pthread_setspecific(g_region_key, NULL);
			return r;
		}
	}
	return fp_region_new();
}

void fp_region_give(fp_region *r)
{
	if (!r)
		return;
	fp_mark none = {NULL, 0};
	fp_region_release(r, none); /* keeps one chunk as the spare */
	if (g_region_key_ok && !pthread_getspecific(g_region_key) &&
	    pthread_setspecific(g_region_key, r) == 0)
		return;
	fp_region_free(r);
}

void fp_region_free(fp_region *r)
{
	if (!r)
		return;
	struct rchunk *c = r->cur;
	while (c) {
		struct rchunk *p = c->prev;
		free(c);
		c = p;
	}
	free(r->spare);
	free(r);
}

void *fp_alloc(fp_region *r, size_t size)
{
	void *p = fp_alloc_raw(r, size);
	if (p)
		memset(p, 0, size);
	return p;
}

void *fp_alloc_raw(fp_region *r, size_t size)
{
	size_t need = (size + 15) & ~(size_t)15;
	if (need < size || need > ((size_t)1 << 40))
		return NULL;
	struct rchunk *c = r->cur;
	if (!c || c->size - c->used < need) {
		size_t base = c ? FP_CHUNK : r->first;
		size_t csize = need > base ? need : base;
		if (csize == FP_CHUNK && r->spare) {
			c = r->spare;
			r->spare = NULL;
		} else {
			c = malloc(sizeof(struct rchunk) + csize);
			if (!c)
				return NULL;
			c->size = csize;
		}
		c->used = 0;
		c->prev = r->cur;
		r->cur = c;
	}
	void *p = c->data + c->used;
	c->used += need;
	return p;
}

char *fp_strndup(fp_region *r, const char *s, size_t n)
{
	char *p = fp_alloc(r, n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

fp_mark fp_region_mark(fp_region *r)
{
	fp_mark m;
	m.chunk = r->cur;
	m.used = r->cur ? r->cur->used : 0;
	return m;
}

void fp_region_release(fp_region *r, fp_mark m)
{
	while (r->cur && r->cur != m.chunk) {
		struct rchunk *c = r->cur;
		r->cur = c->prev;
		if (c->size == FP_CHUNK && !r->spare)
			r->spare = c;
		else
			free(c);
	}
	if (r->cur)
		r->cur->used = m.used;
}

/* --------------------------------------------------------------- decimals */

static const double pow10_tab[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double fp_round_to(double v, int scale)
{
	if (!isfinite(v))
		return v;
	if (scale > 22 || scale < -22)
		return v;
	double f = pow10_tab[scale < 0 ? -scale : scale];
	if (scale >= 0) {
		double x = v * f;
		if (fabs(x) >= 9007199254740992.0)
			return v; /* already exact at this scale */
		return round(x) / f;
	}
	return round(v / f) * f;
}

int fp_dec_trim_scale(double v, int min_scale, int max_scale)
{
	int s = max_scale > min_scale ? max_scale : min_scale;
	double at_max = fp_round_to(v, s);
	while (s > min_scale && fp_round_to(v, s - 1) == at_max)
		s--;
	return s;
}

fp_dec fp_dec_make(double v, int scale)
{
	fp_dec d;
	if (scale > FP_MAX_DEC_SCALE)
		scale = FP_MAX_DEC_SCALE;
	if (scale < -FP_MAX_DEC_SCALE)
		scale = -FP_MAX_DEC_SCALE;
	d.v = fp_round_to(v, scale);
	if (d.v == 0)
		d.v = 0; /* no -0 from rounding */
	d.scale = (int16_t)scale;
	d.lex = NULL;
	return d;
}

int fp_dec_scale_of(const char *s, size_t n)
{
	int scale = 0, seen_point = 0;
	size_t i = 0;
	for (; i < n && s[i] != 'e' && s[i] != 'E'; i++) {
		if (s[i] == '.')
			seen_point = 1;
		else if (seen_point && s[i] >= '0' && s[i] <= '9')
			scale++;
	}
	if (i < n) {
		long e = strtol(s + i + 1, NULL, 10);
		if (e > 400)
			e = 400;
		if (e < -400)
			e = -400;
		scale -= (int)e;
	}
	if (scale < 0)
		scale = 0;
	return scale;
}

int fp_dec_parse(const char *s, size_t n, fp_dec *out)
{
	char buf[128];
	if (n == 0 || n >= sizeof(buf))
		return -1;
	/* FHIRPath / JSON number syntax: -?digits(.digits)?(e[+-]?digits)? */
	size_t i = 0;
	if (s[i] == '-' || s[i] == '+')
		i++;
	size_t d0 = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d0)
		return -1;
	if (i < n && s[i] == '.') {
		size_t f0 = ++i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == f0)
			return -1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		size_t e0 = i;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == e0)
			return -1;
	}
	if (i != n)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	double v = strtod(buf, NULL);
	if (!isfinite(v))
		return -1;
	out->v = v;
	out->scale = (int16_t)fp_dec_scale_of(s, n);
	if (out->scale > FP_MAX_DEC_SCALE + 10)
		out->scale = FP_MAX_DEC_SCALE + 10;
	out->lex = NULL;
	return 0;
}

/* Shortest text that reads back as v, in plain (non-exponent) notation. */
static int shortest(double v, char *buf, size_t size)
{
	char tmp[64];
	int p;
	for (p = 1; p <= 17; p++) {
		snprintf(tmp, sizeof(tmp), "%.*g", p, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	/* Back to positional notation. */
	char *e = strchr(tmp, 'e');
	if (!e)
		return snprintf(buf, size, "%s", tmp);
	int exp = (int)strtol(e + 1, NULL, 10); /* our own %g text: bounded */
	*e = '\0';
	char digs[40];
	size_t nd = 0;
	int neg = tmp[0] == '-', point = -1;
	for (char *q = tmp + neg; *q; q++) {
		if (*q == '.')
			point = (int)nd;
		else if (nd < sizeof(digs) - 1)
			digs[nd++] = *q;
	}
	if (point < 0)
		point = (int)nd;
	int dp = point + exp; /* digits before the decimal point */
	tf_buf b = TF_BUF_INIT;
	if (neg)
		tf_buf_putc(&b, '-');
	if (dp <= 0) {
		tf_buf_puts(&b, "0.");
		for (int k = 0; k < -dp; k++)
			tf_buf_putc(&b, '0');
		tf_buf_put(&b, digs, nd);
	} else {
		for (int k = 0; k < dp; k++)
			tf_buf_putc(&b, k < (int)nd ? digs[k] : '0');
		if ((int)nd > dp) {
			tf_buf_putc(&b, '.');
			tf_buf_put(&b, digs + dp, nd - (size_t)dp);
		}
	}
	int w = b.ptr ? snprintf(buf, size, "%s", b.ptr) : -1;
	tf_buf_free(&b);
	return w;
}

int fp_dec_format(const fp_dec *d, char *buf, size_t size)
{
	if (d->lex)
		return snprintf(buf, size, "%s", d->lex);
	int scale = d->scale < 0 ? 0 : d->scale;
	double v = d->v;
	if (scale <= 15 && fabs(v) < 1e15)
		return snprintf(buf, size, "%.*f", scale, v);
	/* Beyond double's exact digits: the shortest form, zero-padded to
	 * the scale so that precision still shows. */
	char tmp[400];
	int w = shortest(v, tmp, sizeof(tmp));
	if (w < 0 || (size_t)w >= sizeof(tmp))
		return snprintf(buf, size, "%.17g", v);
	char *pt = strchr(tmp, '.');
	int have = pt ? (int)strlen(pt + 1) : 0;
	if (have < scale) {
		size_t len = strlen(tmp);
		if (!pt && len + 1 < sizeof(tmp))
			tmp[len++] = '.';
		while (have < scale && len + 1 < sizeof(tmp)) {
			tmp[len++] = '0';
			have++;
		}
		tmp[len] = '\0';
	}
	return snprintf(buf, size, "%s", tmp);
}

/* ------------------------------------------------------------------ items */

/* ------------------------------------------------------ prepared documents */

/* A prepared document (tf_fhirpath_doc) indexes every object of a JSON
 * tree once: its members in order with the type table's copy of each key
 * (so a member named by the parser's interned name is found by address,
 * without hashing the key or calling into Jansson), and the resource type
 * of resources. Objects are found by their address in an open-addressing
 * table. An evaluation on a prepared document sets it for its thread
 * (fp_doc_use); lookups of objects outside it go to Jansson as always. */
typedef struct doc_member {
	const char *key;   /* the JSON key */
	const char *canon; /* the type table's copy of key, or NULL */
	json_t *value;     /* the member's value */
} doc_member;

typedef struct doc_obj {
	const json_t *obj;    /* the object */
	const fp_type *rtype; /* its resource type, or NULL */
	size_t n;             /* members */
	doc_member m[];       /* in JSON order */
} doc_obj;

struct tf_fhirpath_doc {
	json_t *root;    /* a reference: the tree outlives the index */
	doc_obj **slots; /* open addressing by object address */
	size_t cap;      /* power of two */
	fp_region *mem;  /* the doc_obj records */
};

static _Thread_local const tf_fhirpath_doc *tl_doc;

static size_t doc_hash(const json_t *obj, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ULL;
	return (size_t)(h >> 32) & (cap - 1);
}

static const doc_obj *doc_find(const tf_fhirpath_doc *d, const json_t *obj)
{
	for (size_t j = doc_hash(obj, d->cap);; j = (j + 1) & (d->cap - 1)) {
		const doc_obj *o = d->slots[j];
		if (!o || o->obj == obj)
			return o;
	}
}

static size_t doc_count(const json_t *v, int depth)
{
	if (depth > 256)
		return 0;
	size_t n = 0;
	if (json_is_object(v)) {
		const char *k;
		json_t *m;
		n++;
		json_object_foreach((json_t *)v, k, m) n += doc_count(m, depth + 1);
	} else if (json_is_array(v)) {
		for (size_t i = 0; i < json_array_size(v); i++)
			n += doc_count(json_array_get(v, i), depth + 1);
	}
	return n;
}

/* Indexes v and what it holds; objects deeper than the counting went are
 * left to Jansson. */
static int doc_add(tf_fhirpath_doc *d, json_t *v, int depth)
{
	if (depth > 256)
		return 0;
	if (json_is_array(v)) {
		for (size_t i = 0; i < json_array_size(v); i++)
			if (doc_add(d, json_array_get(v, i), depth + 1) < 0)
				return TF_ENOMEM;
		return 0;
	}
	if (!json_is_object(v))
		return 0;
	size_t n = json_object_size(v);
	doc_obj *o = fp_alloc(d->mem, sizeof(doc_obj) + n * sizeof(doc_member));
	if (!o)
		return TF_ENOMEM;
	o->obj = v;
	o->rtype = fp_resource_type(v);
	const char *k;
	json_t *m;
	json_object_foreach(v, k, m)
	{
		if (o->n == n)
			break;
		o->m[o->n].key = k;
		o->m[o->n].canon = fp_name_canon(k);
		o->m[o->n].value = m;
		o->n++;
	}
	size_t j = doc_hash(v, d->cap);
	while (d->slots[j] && d->slots[j]->obj != v)
		j = (j + 1) & (d->cap - 1);
	d->slots[j] = o;
	json_object_foreach(v, k, m)
	{
		if (doc_add(d, m, depth + 1) < 0)
			return TF_ENOMEM;
	}
	return 0;
}

int fp_doc_new(const json_t *root, tf_fhirpath_doc **out)
{
	*out = NULL;
	tf_fhirpath_doc *d = calloc(1, sizeof(*d));
	if (!d)
		return TF_ENOMEM;
	size_t n = doc_count(root, 0), cap = 16;
	while (cap < 2 * n + 2)
		cap *= 2;
	d->cap = cap;
	d->slots = calloc(cap, sizeof(*d->slots));
	d->mem = fp_region_new();
	d->root = root ? json_incref((json_t *)root) : NULL;
	const tf_fhirpath_doc *prev = tl_doc;
	tl_doc = NULL; /* the index is built with the plain lookups */
	int rc = d->slots && d->mem ? doc_add(d, (json_t *)root, 0) : TF_ENOMEM;
	tl_doc = prev;
	if (rc < 0) {
		fp_doc_free(d);
		return rc;
	}
	*out = d;
	return 0;
}

void fp_doc_free(tf_fhirpath_doc *d)
{
	if (!d)
		return;
	free(d->slots);
	fp_region_free(d->mem);
	json_decref(d->root);
	free(d);
}

const tf_fhirpath_doc *fp_doc_use(const tf_fhirpath_doc *d)
{
	const tf_fhirpath_doc *prev = tl_doc;
	tl_doc = d;
	return prev;
}

int fp_doc_in_use(void)
{
	return tl_doc != NULL;
}

const json_t *fp_doc_root(const tf_fhirpath_doc *d)
{
	return d->root;
}

/* Key k is key (both NUL-terminated): most keys differ in their first
 * byte, which is tested before the library call. */
static inline int key_is(const char *k, const char *key)
{
	return k[0] == key[0] && strcmp(k, key) == 0;
}

json_t *fp_obj_getn(const json_t *obj, const char *key, size_t len)
{
	if (tl_doc) {
		const doc_obj *o = doc_find(tl_doc, obj);
		if (o) {
			for (size_t i = 0; i < o->n; i++) {
				const doc_member *m = &o->m[i];
				if (m->canon == key || key_is(m->key, key))
					return m->value;
			}
			return NULL;
		}
	}
	/* Small objects (a Coding, a Bundle entry) and keys written first (a
	 * resource's resourceType) are found faster by walking the members in
	 * order than by hashing the key. */
	size_t size = json_object_size(obj);
	void *iter = json_object_iter((json_t *)obj);
	if (size > 4) {
		if (iter && key_is(json_object_iter_key(iter), key))
			return json_object_iter_value(iter);
		return json_object_getn(obj, key, len);
	}
	for (; iter; iter = json_object_iter_next((json_t *)obj, iter))
		if (key_is(json_object_iter_key(iter), key))
			return json_object_iter_value(iter);
	return NULL;
}

json_t *fp_obj_get(const json_t *obj, const char *key)
{
	return fp_obj_getn(obj, key, strlen(key));
}

int fp_doc_resource_type(const json_t *obj, const fp_type **t)
{
	const doc_obj *o = tl_doc ? doc_find(tl_doc, obj) : NULL;
	if (!o)
		return 0;
	*t = o->rtype;
	return 1;
}

const fp_type *fp_resource_type(const json_t *obj)
{
	const fp_type *known;
	if (fp_doc_resource_type(obj, &known))
		return known;
	json_t *rt = fp_obj_getn(obj, "resourceType", 12);
	if (!json_is_string(rt))
		return NULL;
	const char *name = json_string_value(rt);
	/* A decimal's tagged text starts with a control byte: only names that do
	 * not start with a capital need the test. */
	if (!(name[0] >= 'A' && name[0] <= 'Z') && tf_json_is_decimal(rt))
		return NULL;
	const fp_type *t = fp_type_getn(name, json_string_length(rt));
	return t && t->kind == FP_T_RESOURCE ? t : NULL;
}

/* tf_json_is_decimal, with the tag's first byte tested inline first:
 * strings are read far more often than decimals. */
static inline int is_decimal(const json_t *v)
{
	return json_is_string(v) && json_string_value(v)[0] == TF_DECIMAL_TAG_BYTE &&
	       tf_json_is_decimal(v);
}

/* Item from a JSON value whose FHIR type is not known. */
static int infer(fp_region *r, json_t *value, fp_item *out)
{
	if (json_is_object(value)) {
		out->kind = FP_NODE;
		out->type = fp_resource_type(value);
		return 0;
	}
	if (is_decimal(value)) {
		out->kind = FP_DEC;
		out->type = fp_t.decimal;
		char nb[8];
		const char *lex = tf_json_number_text(value, nb, sizeof(nb));
		if (fp_dec_parse(lex, strlen(lex), &out->v.d) < 0)
			return TF_EINVALID;
		out->v.d.lex = lex;
		return 0;
	}
	if (json_is_string(value)) {
		out->kind = FP_STR;
		out->type = fp_t.string;
		out->v.s.p = json_string_value(value);
		out->v.s.n = json_string_length(value);
		return 0;
	}
	if (json_is_integer(value)) {
		out->kind = FP_INT;
		out->type = fp_t.integer;
		out->v.i = json_integer_value(value);
		return 0;
	}
	if (json_is_real(value)) {
		out->kind = FP_DEC;
		out->type = fp_t.decimal;
		char tmp[64];
		snprintf(tmp, sizeof(tmp), "%.17g", json_real_value(value));
		out->v.d = fp_dec_make(json_real_value(value), fp_dec_scale_of(tmp, strlen(tmp)));
		return 0;
	}
	if (json_is_boolean(value)) {
		out->kind = FP_BOOL;
		out->type = fp_t.boolean;
		out->v.b = json_is_true(value);
		return 0;
	}
	(void)r;
	return TF_EINVALID;
}

int fp_item_from_json(fp_region *r, json_t *value, json_t *shadow, const fp_type *t,
                      const json_t *res, fp_item *out)
{
	memset(out, 0, sizeof(*out));
	out->node = value;
	out->shadow = json_is_object(shadow) ? shadow : NULL;
	out->res = res;
	if (!value || json_is_null(value)) {
		if (!out->shadow)
			return 0; /* FP_NONE: nothing there */
		out->kind = FP_NULLPRIM;
		out->type = t && t->kind == FP_T_PRIMITIVE ? t : fp_t.string;
		out->node = NULL;
		return 0;
	}
	if (!t) {
		if (infer(r, value, out) < 0)
			return TF_EINVALID;
		if (out->kind == FP_NODE && out->type)
			out->res = value;
		return 0;
	}
	if (t->kind != FP_T_PRIMITIVE) {
		if (!json_is_object(value))
			return infer(r, value, out) < 0 ? TF_EINVALID : 0;
		out->kind = FP_NODE;
		out->type = t;
		if (t->kind == FP_T_RESOURCE || t->abstract) {
			const fp_type *rt = fp_resource_type(value);
			if (rt) {
				out->type = rt;
				out->res = value;
			}
		}
		return 0;
	}
	out->type = t;
	switch (t->sys) {
	case FP_BOOL:
		if (json_is_boolean(value)) {
			out->kind = FP_BOOL;
			out->v.b = json_is_true(value);
			return 0;
		}
		break;
	case FP_INT:
		if (json_is_integer(value)) {
			out->kind = FP_INT;
			out->v.i = json_integer_value(value);
			return 0;
		}
		if (json_is_string(value) && !is_decimal(value)) {
			/* integer64 is a JSON string */
			long v = tf_parse_long(json_string_value(value));
			if (v >= 0) {
				out->kind = FP_INT;
				out->v.i = v;
				return 0;
			}
		}
		break;
	case FP_DEC:
		if (is_decimal(value)) {
			char nb[8];
			const char *lex = tf_json_number_text(value, nb, sizeof(nb));
			if (fp_dec_parse(lex, strlen(lex), &out->v.d) == 0) {
				out->kind = FP_DEC;
				out->v.d.lex = lex;
				return 0;
			}
		} else if (json_is_integer(value)) {
			out->kind = FP_DEC;
			out->v.d = fp_dec_make((double)json_integer_value(value), 0);
			return 0;
		}
		break;
	case FP_DATE:
	case FP_DATETIME:
	case FP_TIME:
		if (json_is_string(value) && !is_decimal(value) &&
		    fp_dt_parse(json_string_value(value), json_string_length(value), t->sys,
		                &out->v.dt) == 0) {
			out->kind = t->sys;
			return 0;
		}
		break;
	default:
		if (json_is_string(value)) {
			out->kind = FP_STR;
			if (json_string_value(value)[0] == TF_DECIMAL_TAG_BYTE &&
			    tf_json_is_decimal(value)) {
				/* a JSON number where FHIR has a string: its text */
				char nb[8];
				out->v.s.p = tf_json_number_text(value, nb, sizeof(nb));
				out->v.s.n = strlen(out->v.s.p);
				return 0;
			}
			out->v.s.p = json_string_value(value);
			out->v.s.n = json_string_length(value);
			return 0;
		}
		break;
	}
	/* The JSON does not hold what the type says: keep what it holds. */
	if (infer(r, value, out) < 0)
		return TF_EINVALID;
	out->type = t;
	return 0;
}

static const char *sys_name(int kind, int lower)
{
	switch (kind) {
	case FP_BOOL:
		return lower ? "boolean" : "Boolean";
	case FP_INT:
		return lower ? "integer" : "Integer";
	case FP_DEC:
		return lower ? "decimal" : "Decimal";
	case FP_STR:
		return lower ? "string" : "String";
	case FP_DATE:
		return lower ? "date" : "Date";
	case FP_DATETIME:
		return lower ? "dateTime" : "DateTime";
	case FP_TIME:
		return lower ? "time" : "Time";
	case FP_QTY:
		return "Quantity";
	case FP_TYPEINFO:
		return "TypeInfo";
	default:
		return lower ? "element" : "Any";
	}
}

const char *fp_item_type_name(const fp_item *it)
{
	if (it->type)
		return it->type->tname;
	return sys_name(it->kind, 1);
}

void fp_item_type_info(const fp_item *it, const char **ns, const char **name)
{
	if (it->type) {
		*ns = "FHIR";
		*name = it->type->tname;
	} else {
		*ns = "System";
		*name = sys_name(it->kind, 0);
	}
}

const char *fp_item_text(fp_region *r, const fp_item *it, size_t *len)
{
	char buf[512];
	int w;
	switch (it->kind) {
	case FP_STR:
		*len = it->v.s.n;
		return it->v.s.p;
	case FP_BOOL:
		w = snprintf(buf, sizeof(buf), "%s", it->v.b ? "true" : "false");
		break;
	case FP_INT:
		w = snprintf(buf, sizeof(buf), "%lld", (long long)it->v.i);
		break;
	case FP_DEC:
		w = fp_dec_format(&it->v.d, buf, sizeof(buf));
		break;
	case FP_DATE:
	case FP_DATETIME:
	case FP_TIME:
		w = fp_dt_format(&it->v.dt, it->kind, buf, sizeof(buf));
		break;
	case FP_QTY: {
		char num[400];
		fp_dec_format(&it->v.q.value, num, sizeof(num));
		if (it->v.q.calendar)
			w = snprintf(buf, sizeof(buf), "%s %s", num, it->v.q.unit);
		else
			w = snprintf(buf, sizeof(buf), "%s '%s'", num, it->v.q.unit);
		break;
	}
	default:
		return NULL;
	}
	if (w < 0)
		return NULL;
	if ((size_t)w >= sizeof(buf))
		w = (int)sizeof(buf) - 1;
	*len = (size_t)w;
	return fp_strndup(r, buf, (size_t)w);
}
