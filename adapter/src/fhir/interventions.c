/*
 * interventions.c - codes for intervention names from the intervention-code
 * table (mappings/intervention-code.tsv): SNOMED CT procedures and RxNorm
 * ingredients, for the Codings of ResearchStudy.focus.
 *
 * Names and the table's variants (its "match" column, plus the row's
 * source key) are compared word by word after normalising: ASCII letters
 * case-folded, digits and non-ASCII bytes kept, every other byte a word
 * break. A variant matches as a whole phrase on word boundaries anywhere in
 * a name; where matches overlap the longest wins; the surviving matches'
 * rows each give a Coding, in the order they appear in the name. A row
 * without a code ("placebo") keeps the name uncoded. The other names of an
 * intervention are consulted only when its name matches nothing.
 *
 * The table is compiled once into an index of normalised variants, cached
 * for the mapping set it came from. The cache key is the set's pointer, and
 * every use checks the table's rows against the index's copies, so a set
 * freed and reallocated at the same address, or extended with
 * tf_mappings_add, never serves a stale index. The index is reference
 * counted under a mutex, so threads converting with different sets at once
 * each keep the index they took while the cache moves on.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "fhir/fhir_int.h"

/* One row of the table, copied. */
struct iv_row {
	const char *source;  /* the row's key */
	const char *system;  /* code system URL, "" when none */
	const char *code;    /* the code, "" for a row that keeps names uncoded */
	const char *display; /* display text, "" when none */
	const char *match;   /* the match column as written, "" when absent */
};

/* One normalised variant: " w1 w2 " with a space at either end. */
struct iv_variant {
	const char *text; /* normalised phrase */
	size_t len;       /* strlen(text) */
	size_t row;       /* index into rows */
};

struct fx_iv_index {
	const tf_mappings *maps; /* the set it was built from (compared only) */
	tf_arena *arena;         /* holds everything below */
	struct iv_row *rows;     /* the table's rows, in table order */
	size_t nrows;            /* their number */
	struct iv_variant *vars; /* every variant of every row */
	size_t nvars;            /* their number */
	size_t capvars;          /* vars allocated */
	unsigned refs;           /* users, plus one while cached */
};

/* A match of one variant in a normalised name. */
struct iv_hit {
	size_t start; /* first byte of its words in the name */
	size_t end;   /* one past its last word byte */
	size_t len;   /* variant length, the tie-break of overlaps */
	size_t row;   /* the variant's row */
};

/* ---- normalising ---------------------------------------------------------- */

/*
 * Writes to out the words of s, single spaces between them and one at
 * either end; out needs room for strlen(s) + 3 bytes. Returns the length
 * written (1 when s has no word).
 */
static size_t normalise(char *out, const char *s)
{
	size_t n = 0;
	out[n++] = ' ';
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned ch = *p;
		if (ch >= 'A' && ch <= 'Z')
			ch += 'a' - 'A';
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80)
			out[n++] = (char)ch;
		else if (out[n - 1] != ' ')
			out[n++] = ' ';
	}
	if (out[n - 1] != ' ')
		out[n++] = ' ';
	out[n] = '\0';
	return n;
}

/* ---- the index -------------------------------------------------------------- */

static void index_free(struct fx_iv_index *ix)
{
	if (!ix)
		return;
	tf_arena_free(ix->arena);
	free(ix);
}

static const char *copy(tf_arena *a, const char *s)
{
	if (!s)
		s = "";
	return tf_arena_strndup(a, s, strlen(s));
}

/* Adds the variant s[0..len) of row to the index; -1 on allocation failure. */
static int add_variant(struct fx_iv_index *ix, const char *s, size_t len, size_t row)
{
	/* the phrase (len + 1) and its normalised form (len + 3) */
	char stack[256];
	char *tmp = 2 * len + 4 <= sizeof(stack) ? stack : malloc(2 * len + 4);
	if (!tmp)
		return -1;
	char *norm = tmp + len + 1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	size_t n = normalise(norm, tmp);
	int rc = 0;
	if (n > 1) {
		struct iv_variant *v = tf_arena_grow(ix->arena, (void **)&ix->vars, &ix->nvars,
		                                     &ix->capvars, sizeof(*ix->vars));
		const char *text = v ? tf_arena_strndup(ix->arena, norm, n) : NULL;
		if (!text)
			rc = -1;
		else
			*v = (struct iv_variant){text, n, row};
	}
	if (tmp != stack)
		free(tmp);
	return rc;
}

/* The row's variants: its source key, then each |-separated match. */
static int add_row_variants(struct fx_iv_index *ix, size_t row)
{
	const struct iv_row *r = &ix->rows[row];
	if (add_variant(ix, r->source, strlen(r->source), row) < 0)
		return -1;
	for (const char *p = r->match;;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		if (add_variant(ix, p, len, row) < 0)
			return -1;
		if (!bar)
			return 0;
		p = bar + 1;
	}
}

static const char *row_match(const tf_mappings *maps, const tf_map_row *row)
{
	const char *m = tf_map_row_get(maps, row, "match");
	return m ? m : "";
}

/* A new index of the table in maps (refs 0), or NULL when out of memory. */
static struct fx_iv_index *index_build(const tf_mappings *maps)
{
	struct fx_iv_index *ix = calloc(1, sizeof(*ix));
	if (!ix || !(ix->arena = tf_arena_new())) {
		free(ix);
		return NULL;
	}
	ix->maps = maps;
	size_t cur = 0, n = 0;
	while (tf_mappings_next(maps, FX_T_INTERV_CODE, &cur))
		n++;
	if (n && !(ix->rows = tf_arena_alloc(ix->arena, n * sizeof(*ix->rows))))
		goto oom;
	cur = 0;
	const tf_map_row *r;
	while (ix->nrows < n && (r = tf_mappings_next(maps, FX_T_INTERV_CODE, &cur)) != NULL) {
		struct iv_row *o = &ix->rows[ix->nrows];
		o->source = copy(ix->arena, r->source);
		o->system = copy(ix->arena, r->system);
		o->code = copy(ix->arena, r->code);
		o->display = copy(ix->arena, r->display);
		o->match = copy(ix->arena, row_match(maps, r));
		if (!o->source || !o->system || !o->code || !o->display || !o->match)
			goto oom;
		/* a code without its system cannot be written: such a row
		 * matches nothing */
		size_t row = ix->nrows++;
		if ((!*o->code || *o->system) && add_row_variants(ix, row) < 0)
			goto oom;
	}
	return ix;
oom:
	index_free(ix);
	return NULL;
}

/* True when ix was built from maps as it is now: same set, same rows. */
static int index_current(const struct fx_iv_index *ix, const tf_mappings *maps)
{
	if (ix->maps != maps)
		return 0;
	size_t cur = 0, i = 0;
	const tf_map_row *r;
	while ((r = tf_mappings_next(maps, FX_T_INTERV_CODE, &cur)) != NULL) {
		if (i >= ix->nrows)
			return 0;
		const struct iv_row *o = &ix->rows[i++];
		if (strcmp(o->source, r->source) != 0 || strcmp(o->system, r->system) != 0 ||
		    strcmp(o->code, r->code) != 0 || strcmp(o->display, r->display) != 0 ||
		    strcmp(o->match, row_match(maps, r)) != 0)
			return 0;
	}
	return i == ix->nrows;
}

/* ---- the cache -------------------------------------------------------------- */

static pthread_mutex_t cache_lock = PTHREAD_MUTEX_INITIALIZER;
static struct fx_iv_index *cache; /* the index last built, holding one ref */
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

/* Drops one reference; the caller holds cache_lock. */
static void unref_locked(struct fx_iv_index *ix)
{
	if (--ix->refs == 0)
		index_free(ix);
}

static void cache_clear(void)
{
	pthread_mutex_lock(&cache_lock);
	if (cache)
		unref_locked(cache);
	cache = NULL;
	pthread_mutex_unlock(&cache_lock);
}

static void cache_init(void)
{
	atexit(cache_clear); /* so that valgrind sees no leak */
}

const fx_iv_index *fx_iv_index_get(fx_ctx *c)
{
	if (!c->maps)
		return NULL;
	pthread_once(&cache_once, cache_init);
	pthread_mutex_lock(&cache_lock);
	struct fx_iv_index *ix = cache;
	if (!ix || !index_current(ix, c->maps)) {
		ix = index_build(c->maps);
		if (!ix) {
			pthread_mutex_unlock(&cache_lock);
			fx_oom(c);
			return NULL;
		}
		ix->refs = 1;
		if (cache)
			unref_locked(cache);
		cache = ix;
	}
	ix->refs++;
	pthread_mutex_unlock(&cache_lock);
	return ix;
}

void fx_iv_index_put(const fx_iv_index *ix)
{
	if (!ix)
		return;
	pthread_mutex_lock(&cache_lock);
	unref_locked((struct fx_iv_index *)ix);
	pthread_mutex_unlock(&cache_lock);
}

/* ---- matching ----------------------------------------------------------------- */

/* Row indices, each once, in the order added. */
struct row_list {
	size_t *v;   /* items */
	size_t n;    /* used */
	size_t cap;  /* allocated */
	int blocked; /* a row without a code matched */
};

static int row_list_add(struct row_list *l, size_t row)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i] == row)
			return 0;
	if (l->n == l->cap) {
		size_t ncap = l->cap ? 2 * l->cap : 8;
		size_t *nv = realloc(l->v, ncap * sizeof(*nv));
		if (!nv)
			return -1;
		l->v = nv;
		l->cap = ncap;
	}
	l->v[l->n++] = row;
	return 0;
}

static int by_length(const void *a, const void *b)
{
	const struct iv_hit *x = a, *y = b;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

static int by_start(const void *a, const void *b)
{
	const struct iv_hit *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

/*
 * Adds to out the rows that name matches, and sets out->blocked when one
 * of them has no code. Returns the number of rows matched (0: none), or
 * -1 when out of memory.
 */
static int match_name(const struct fx_iv_index *ix, const char *name, struct row_list *out)
{
	if (tf_is_blank(name) || ix->nvars == 0)
		return 0;
	size_t len = strlen(name);
	char *norm = malloc(len + 3);
	if (!norm)
		return -1;
	normalise(norm, name);

	struct iv_hit *hits = NULL;
	size_t nhits = 0, cap = 0;
	int rc = 0;
	for (size_t i = 0; i < ix->nvars; i++) {
		const struct iv_variant *v = &ix->vars[i];
		/* a match's closing space may open the next one */
		for (const char *p = norm; (p = strstr(p, v->text)) != NULL; p += v->len - 1) {
			if (nhits == cap) {
				size_t ncap = cap ? 2 * cap : 8;
				struct iv_hit *nh = realloc(hits, ncap * sizeof(*nh));
				if (!nh) {
					rc = -1;
					goto out;
				}
				hits = nh;
				cap = ncap;
			}
			size_t start = (size_t)(p - norm) + 1;
			hits[nhits++] = (struct iv_hit){start, start + v->len - 2, v->len, v->row};
		}
	}
	/* longest first; a hit overlapping a longer kept one is dropped */
	if (nhits > 1) /* qsort must not see the NULL of an empty list */
		qsort(hits, nhits, sizeof(*hits), by_length);
	size_t kept = 0;
	for (size_t i = 0; i < nhits; i++) {
		int overlaps = 0;
		for (size_t k = 0; k < kept && !overlaps; k++)
			overlaps = hits[i].start < hits[k].end && hits[k].start < hits[i].end;
		if (!overlaps)
			hits[kept++] = hits[i];
	}
	if (kept > 1)
		qsort(hits, kept, sizeof(*hits), by_start);
	for (size_t i = 0; i < kept; i++) {
		if (!*ix->rows[hits[i].row].code)
			out->blocked = 1;
		if (row_list_add(out, hits[i].row) < 0) {
			rc = -1;
			goto out;
		}
	}
	rc = (int)(kept > 0);
out:
	free(hits);
	free(norm);
	return rc;
}

void fx_intervention_codings(fx_ctx *c, const fx_iv_index *ix, json_t *coding, const char *name,
                             const tf_strv *other_names)
{
	if (!ix || !coding)
		return;
	struct row_list rows = {NULL, 0, 0, 0};
	int rc = match_name(ix, name, &rows);
	/* the other names speak only when the name itself says nothing */
	for (size_t i = 0; rc == 0 && other_names && i < other_names->n; i++) {
		int r = match_name(ix, other_names->v[i], &rows);
		if (r < 0)
			rc = r;
	}
	if (rc < 0) {
		fx_oom(c);
	} else if (!rows.blocked) {
		for (size_t i = 0; i < rows.n; i++) {
			const struct iv_row *r = &ix->rows[rows.v[i]];
			fx_push(c, coding, fx_coding(c, r->system, r->code, r->display));
		}
	}
	free(rows.v);
}
