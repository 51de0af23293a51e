/*
 * types.c - the FHIR R4 type table of the FHIRPath engine and the XML
 * loader. It is data, generated from the official StructureDefinitions by
 * conformance/tools/gen-fhir-types.mjs into
 * conformance/definitions/fhir-r4-elements.tsv, and loaded here once per
 * process: every type (primitive, complex, resource) with its base type, and
 * every element with its types and cardinality. Backbone elements
 * (Patient.contact) become anonymous types named by their path, so that
 * navigation is one lookup per step whatever the depth. Inherited elements
 * (id, extension, text ...) are found by walking the base chain.
 *
 * The table is looked up in $TRIALFHIR_DEFINITIONS, then the source tree
 * (builds run from it), then the installed data directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"

#define FP_TYPES_FILE "fhir-r4-elements.tsv"

fp_known fp_t;

typedef struct {
	fp_type **slots; /* open addressing by name */
	size_t cap;      /* power of two */
	size_t n;        /* entries */
} type_map;

static type_map g_map;
static tf_arena *g_arena;
static int g_rc = TF_ERROR;
static tf_error g_err;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

/* Hash of a type name: its length and 4 bytes at each end (type names
 * differ there; the table is probed linearly on collisions). */
static uint64_t hash_name(const char *s, size_t n)
{
	uint64_t h;
	if (n >= 4) {
		uint32_t a, b;
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		h = ((uint64_t)a << 32 | b) ^ ((uint64_t)n * 0x9E3779B97F4A7C15ULL);
	} else {
		h = n;
		for (size_t i = 0; i < n; i++)
			h = h << 8 | (unsigned char)s[i];
	}
	h *= 0xBF58476D1CE4E5B9ULL;
	h ^= h >> 31;
	h *= 0x94D049BB133111EBULL;
	return h ^ (h >> 29);
}

/* Element names, one copy of each: an element's name pointer is the same
 * for every element of that name, so that expressions whose member names
 * are replaced by these (fp_name_canon) are matched by address. */
static struct {
	const char **slots;
	size_t cap, n;
} g_names;

static const char *intern_name(const char *name, size_t len)
{
	if ((g_names.n + 1) * 2 > g_names.cap) {
		size_t ncap = g_names.cap ? g_names.cap * 2 : 4096;
		const char **ns = calloc(ncap, sizeof(*ns));
		if (!ns)
			return NULL;
		for (size_t i = 0; i < g_names.cap; i++) {
			if (!g_names.slots[i])
				continue;
			const char *k = g_names.slots[i];
			size_t j = hash_name(k, strlen(k)) & (ncap - 1);
			while (ns[j])
				j = (j + 1) & (ncap - 1);
			ns[j] = k;
		}
		free(g_names.slots);
		g_names.slots = ns;
		g_names.cap = ncap;
	}
	size_t j = hash_name(name, len) & (g_names.cap - 1);
	while (g_names.slots[j]) {
		const char *k = g_names.slots[j];
		if (strncmp(k, name, len) == 0 && k[len] == '\0')
			return k;
		j = (j + 1) & (g_names.cap - 1);
	}
	char *k = tf_arena_strndup(g_arena, name, len);
	if (!k)
		return NULL;
	g_names.slots[j] = k;
	g_names.n++;
	return k;
}

const char *fp_name_canon(const char *name)
{
	if (!name || !g_names.cap || g_rc != 0)
		return NULL;
	size_t len = strlen(name);
	size_t j = hash_name(name, len) & (g_names.cap - 1);
	while (g_names.slots[j]) {
		const char *k = g_names.slots[j];
		if (strcmp(k, name) == 0)
			return k;
		j = (j + 1) & (g_names.cap - 1);
	}
	return NULL;
}

static int map_put(type_map *m, fp_type *t)
{
	if ((m->n + 1) * 2 > m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 1024;
		fp_type **ns = calloc(ncap, sizeof(*ns));
		if (!ns)
			return TF_ENOMEM;
		for (size_t i = 0; i < m->cap; i++) {
			if (!m->slots[i])
				continue;
			size_t j = hash_name(m->slots[i]->name, strlen(m->slots[i]->name)) &
			           (ncap - 1);
			while (ns[j])
				j = (j + 1) & (ncap - 1);
			ns[j] = m->slots[i];
		}
		free(m->slots);
		m->slots = ns;
		m->cap = ncap;
	}
	size_t j = hash_name(t->name, strlen(t->name)) & (m->cap - 1);
	while (m->slots[j])
		j = (j + 1) & (m->cap - 1);
	m->slots[j] = t;
	m->n++;
	return 0;
}

const fp_type *fp_type_getn(const char *name, size_t len)
{
	if (!g_map.cap || !name)
		return NULL;
	size_t j = hash_name(name, len) & (g_map.cap - 1);
	while (g_map.slots[j]) {
		const fp_type *t = g_map.slots[j];
		if (t->nlen == len && memcmp(t->name, name, len) == 0)
			return t;
		j = (j + 1) & (g_map.cap - 1);
	}
	return NULL;
}

const fp_type *fp_type_get(const char *name)
{
	return name ? fp_type_getn(name, strlen(name)) : NULL;
}

static int elem_cmp(const void *a, const void *b)
{
	return strcmp(((const fp_elem *)a)->name, ((const fp_elem *)b)->name);
}

const fp_elem *fp_type_elemn(const fp_type *t, const char *name, size_t len)
{
	for (; t; t = t->base) {
		size_t lo = 0, hi = t->nelems;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			const char *en = t->elems[mid].name;
			int c = strncmp(en, name, len);
			if (c == 0 && en[len] != '\0')
				c = 1;
			if (c == 0)
				return &t->elems[mid];
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	return NULL;
}

/* Element lookups repeat the same (type, name) pairs over and over during
 * an evaluation (every item of a path step asks the same question), so a
 * small per-thread direct-mapped cache keyed by the type and the name's
 * address answers most of them without the binary search. Only names that
 * are the element's own (interned, process-lifetime) name pointer are
 * cached, which the parser gives member names (fp_name_canon), so an
 * address always means the same name; types live for the process too.
 * Misses (NULL) are not cached. */
#define ELEM_CACHE 256
static _Thread_local struct {
	const fp_type *t;
	const char *name;
	const fp_elem *e;
} elem_cache[ELEM_CACHE];

const fp_elem *fp_type_elem(const fp_type *t, const char *name)
{
	if (!t || !name)
		return t ? fp_type_elemn(t, name, name ? strlen(name) : 0) : NULL;
	uintptr_t h = ((uintptr_t)t >> 4) * 31u + ((uintptr_t)name >> 1);
	h ^= h >> 9;
	size_t j = h & (ELEM_CACHE - 1);
	if (elem_cache[j].t == t && elem_cache[j].name == name)
		return elem_cache[j].e;
	const fp_elem *e = fp_type_elemn(t, name, strlen(name));
	if (e && e->name == name) {
		elem_cache[j].t = t;
		elem_cache[j].name = name;
		elem_cache[j].e = e;
	}
	return e;
}

int fp_type_derives(const fp_type *t, const fp_type *base)
{
	for (int guard = 0; t && guard < 64; t = t->base, guard++)
		if (t == base)
			return 1;
	return 0;
}

int fp_types_loaded(void)
{
	return g_rc == 0;
}

/* System kind of a primitive's value. */
static uint8_t primitive_sys(const char *name)
{
	static const struct {
		const char *name;
		uint8_t kind;
	} map[] = {{"boolean", FP_BOOL},    {"integer", FP_INT},       {"positiveInt", FP_INT},
	           {"unsignedInt", FP_INT}, {"integer64", FP_INT},     {"decimal", FP_DEC},
	           {"date", FP_DATE},       {"dateTime", FP_DATETIME}, {"instant", FP_DATETIME},
	           {"time", FP_TIME}};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strcmp(map[i].name, name) == 0)
			return map[i].kind;
	return FP_STR;
}

/* One parsed row. */
typedef struct {
	char *path, *types, *max;
} row;

/* Pending elements per owner type, gathered before they are sorted in. */
typedef struct {
	fp_type *owner;
	fp_elem e;
	char *ref; /* content reference path, resolved at the end */
} pending;

static int split_rows(char *text, row **rows, size_t *nrows)
{
	size_t cap = 0, n = 0;
	row *v = NULL;
	char *line = text;
	while (line && *line) {
		char *next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (*line && *line != '#') {
			char *t1 = strchr(line, '\t');
			char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
			if (!t1 || !t2) {
				free(v);
				return TF_EPARSE;
			}
			*t1 = *t2 = '\0';
			if (n == cap) {
				size_t ncap = cap ? cap * 2 : 4096;
				row *nv = realloc(v, ncap * sizeof(*nv));
				if (!nv) {
					free(v);
					return TF_ENOMEM;
				}
				v = nv;
				cap = ncap;
			}
			v[n].path = line;
			v[n].types = t1 + 1;
			v[n].max = t2 + 1;
			n++;
		}
		line = next;
	}
	*rows = v;
	*nrows = n;
	return 0;
}

static fp_type *new_type(const char *name, const char *tname)
{
	fp_type *t = tf_arena_alloc(g_arena, sizeof(*t));
	if (!t)
		return NULL;
	t->name = tf_arena_strndup(g_arena, name, strlen(name));
	t->nlen = t->name ? strlen(t->name) : 0;
	t->tname = tname ? tname : t->name;
	if (!t->name || map_put(&g_map, t) < 0)
		return NULL;
	return t;
}

static int build(char *text, tf_error *err)
{
	row *rows = NULL;
	size_t nrows = 0;
	int rc = split_rows(text, &rows, &nrows);
	if (rc < 0)
		return tf_error_set(err, rc, "%s: malformed row", FP_TYPES_FILE);
	pending *pend = calloc(nrows ? nrows : 1, sizeof(*pend));
	if (!pend) {
		free(rows);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	size_t npend = 0;
	/* Pass 1: named types. */
	for (size_t i = 0; i < nrows && rc == 0; i++) {
		if (strchr(rows[i].path, '.'))
			continue;
		fp_type *t = new_type(rows[i].path, NULL);
		if (!t) {
			rc = TF_ENOMEM;
			break;
		}
		const char *kind = rows[i].max;
		t->abstract = strncmp(kind, "abstract-", 9) == 0;
		if (t->abstract)
			kind += 9;
		if (strcmp(kind, "primitive-type") == 0) {
			t->kind = FP_T_PRIMITIVE;
			t->sys = primitive_sys(t->name);
		} else if (strcmp(kind, "resource") == 0) {
			t->kind = FP_T_RESOURCE;
		} else {
			t->kind = FP_T_COMPLEX;
		}
	}
	/* Bases, once every type exists. */
	for (size_t i = 0; i < nrows && rc == 0; i++) {
		if (strchr(rows[i].path, '.') || !rows[i].types[0])
			continue;
		fp_type *t = (fp_type *)fp_type_get(rows[i].path);
		t->base = fp_type_get(rows[i].types);
	}
	/* Pass 2: elements, creating backbone types on the way. */
	for (size_t i = 0; i < nrows && rc == 0; i++) {
		char *path = rows[i].path;
		char *dot = strrchr(path, '.');
		if (!dot)
			continue;
		fp_type *owner = (fp_type *)fp_type_getn(path, (size_t)(dot - path));
		if (!owner)
			continue; /* child of an element we could not place */
		pending *p = &pend[npend++];
		p->owner = owner;
		char *name = dot + 1;
		size_t nlen = strlen(name);
		if (nlen > 3 && strcmp(name + nlen - 3, "[x]") == 0) {
			p->e.choice = 1;
			nlen -= 3;
		}
		p->e.name = intern_name(name, nlen);
		p->e.many = strcmp(rows[i].max, "1") != 0 && strcmp(rows[i].max, "0") != 0;
		if (rows[i].types[0] == '@') {
			p->ref = rows[i].types + 1;
			continue;
		}
		/* Count and resolve types. */
		size_t nt = 1;
		for (const char *q = rows[i].types; *q; q++)
			nt += *q == '|';
		const fp_type **tv = tf_arena_alloc(g_arena, nt * sizeof(*tv));
		if (!tv || !p->e.name) {
			rc = TF_ENOMEM;
			break;
		}
		char *tok = rows[i].types;
		while (tok && *tok) {
			char *bar = strchr(tok, '|');
			if (bar)
				*bar = '\0';
			const fp_type *tt = fp_type_get(tok);
			if (tt && nt == 1 &&
			    (strcmp(tok, "BackboneElement") == 0 || strcmp(tok, "Element") == 0)) {
				/* An anonymous element type, named by its path. */
				fp_type *bb = new_type(path, tt->name);
				if (!bb) {
					rc = TF_ENOMEM;
					break;
				}
				bb->kind = FP_T_BACKBONE;
				bb->base = tt;
				tt = bb;
			}
			if (tt)
				tv[p->e.ntypes++] = tt;
			tok = bar ? bar + 1 : NULL;
		}
		p->e.types = tv;
	}
	/* Content references, then each owner's elements sorted in. */
	for (size_t i = 0; i < npend && rc == 0; i++) {
		if (!pend[i].ref)
			continue;
		const fp_type *target = fp_type_get(pend[i].ref);
		const fp_type **tv = tf_arena_alloc(g_arena, sizeof(*tv));
		if (!tv) {
			rc = TF_ENOMEM;
			break;
		}
		if (target) {
			tv[0] = target;
			pend[i].e.ntypes = 1;
		}
		pend[i].e.types = tv;
	}
	for (size_t i = 0; i < npend && rc == 0; i++) {
		fp_type *o = pend[i].owner;
		if (o->elems)
			continue; /* already done */
		size_t n = 0;
		for (size_t j = i; j < npend; j++)
			n += pend[j].owner == o;
		o->elems = tf_arena_alloc(g_arena, n * sizeof(fp_elem));
		if (!o->elems) {
			rc = TF_ENOMEM;
			break;
		}
		for (size_t j = i; j < npend; j++)
			if (pend[j].owner == o)
				o->elems[o->nelems++] = pend[j].e;
		qsort(o->elems, o->nelems, sizeof(fp_elem), elem_cmp);
	}
	free(pend);
	free(rows);
	if (rc < 0)
		return tf_error_set(err, rc, "out of memory loading %s", FP_TYPES_FILE);
	fp_t.boolean = fp_type_get("boolean");
	fp_t.integer = fp_type_get("integer");
	fp_t.decimal = fp_type_get("decimal");
	fp_t.string = fp_type_get("string");
	fp_t.date = fp_type_get("date");
	fp_t.dateTime = fp_type_get("dateTime");
	fp_t.time = fp_type_get("time");
	fp_t.code = fp_type_get("code");
	fp_t.Quantity = fp_type_get("Quantity");
	fp_t.Resource = fp_type_get("Resource");
	fp_t.Element = fp_type_get("Element");
	fp_t.BackboneElement = fp_type_get("BackboneElement");
	fp_t.Extension = fp_type_get("Extension");
	fp_t.Reference = fp_type_get("Reference");
	fp_t.Coding = fp_type_get("Coding");
	fp_t.CodeableConcept = fp_type_get("CodeableConcept");
	fp_t.xhtml = fp_type_get("xhtml");
	fp_t.uri = fp_type_get("uri");
	fp_t.instant = fp_type_get("instant");
	if (!fp_t.boolean || !fp_t.string || !fp_t.Quantity || !fp_t.Resource || !fp_t.Element ||
	    !fp_t.Extension || !fp_t.decimal || !fp_t.integer || !fp_t.date || !fp_t.dateTime ||
	    !fp_t.time || !fp_t.code || !fp_t.BackboneElement || !fp_t.Reference || !fp_t.Coding ||
	    !fp_t.CodeableConcept || !fp_t.xhtml || !fp_t.uri || !fp_t.instant)
		return tf_error_set(err, TF_EINVALID, "%s lacks the base FHIR types",
		                    FP_TYPES_FILE);
	return 0;
}

static int try_load(const char *dir, size_t dirlen, char **text, tf_error *err)
{
	char path[4096];
	int w = snprintf(path, sizeof(path), "%.*s/%s", (int)dirlen, dir, FP_TYPES_FILE);
	if (w < 0 || (size_t)w >= sizeof(path))
		return TF_ENOTFOUND;
	size_t len;
	tf_error e;
	tf_error_clear(&e);
	int rc = tf_read_file(path, 16 << 20, text, &len, &e);
	if (rc == 0)
		return 0;
	if (err && rc != TF_EIO && rc != TF_ENOTFOUND)
		*err = e;
	return rc;
}

static void load_once(void)
{
	tf_error_clear(&g_err);
	char *text = NULL;
	int rc = TF_ENOTFOUND;
	const char *envdir = getenv("TRIALFHIR_DEFINITIONS");
	if (envdir && *envdir)
		rc = try_load(envdir, strlen(envdir), &text, &g_err);
#ifdef TF_SOURCE_MAPPINGS_DIR
	if (rc < 0) {
		static const char src[] = TF_SOURCE_MAPPINGS_DIR "/../conformance/definitions";
		rc = try_load(src, sizeof(src) - 1, &text, &g_err);
	}
#endif
#ifdef TF_MAPPINGS_DIR
	if (rc < 0) {
		static const char inst[] = TF_MAPPINGS_DIR "/../definitions";
		rc = try_load(inst, sizeof(inst) - 1, &text, &g_err);
	}
#endif
	if (rc < 0) {
		if (!g_err.code)
			tf_error_set(&g_err, TF_ENOTFOUND,
			             "FHIR type table %s not found (set TRIALFHIR_DEFINITIONS to "
			             "the directory holding it)",
			             FP_TYPES_FILE);
		g_rc = g_err.code;
		return;
	}
	g_arena = tf_arena_new();
	if (!g_arena) {
		free(text);
		g_rc = tf_error_set(&g_err, TF_ENOMEM, "out of memory");
		return;
	}
	g_rc = build(text, &g_err);
	free(text);
}

int fp_types_init(tf_error *err)
{
	pthread_once(&g_once, load_once);
	if (g_rc != 0 && err)
		*err = g_err;
	return g_rc;
}
