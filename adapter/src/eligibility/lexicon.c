/*
 * lexicon.c - the terminology the criteria parser reads with, built from
 * the criteria-* tables of mappings/ (mappings/README.md documents them):
 *
 *   criteria-analyte    lab tests, vitals and scores -> LOINC, canonical
 *                       UCUM unit, accepted unit dimensions, scale bounds
 *   criteria-condition  diagnoses -> SNOMED CT and ICD-10-CM codes
 *   criteria-drug       drugs and drug classes -> RxNorm ingredients
 *   criteria-procedure  procedures -> SNOMED CT
 *   criteria-synonym    phrase as written -> concept key of the tables above
 *   criteria-unit       unit as written -> UCUM code and dimension
 *   criteria-text       phrase -> category of a non-computable criterion
 *
 * Phrases are folded exactly as criteria text is (norm.c), then looked up
 * in two hash maps: phrases written with a capital letter match only in
 * that case ("ALL", "ANC"), the others match in any case. Keeping the
 * words in tables lets a site add its own spellings without recompiling.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"

#define LX_MAX_WORDS 12 /* longest phrase, in tokens */
#define LX_MAX_UNIT  48 /* longest unit spelling, compacted */

typedef struct entry {
	const char *key;           /* folded phrase */
	const el_concept *concept; /* concept phrases */
	const el_unit *unit;       /* unit spellings */
	const char *category;      /* criteria-text phrases */
} entry;

typedef struct map {
	entry *slots;
	size_t cap, n;
} map;

struct el_lexicon {
	tf_arena *arena; /* everything below */
	map ci;          /* case-insensitive phrases (lower-cased keys) */
	map cs;          /* case-sensitive phrases */
	map units;       /* compacted lower-case unit spellings */
	map concepts;    /* concept key -> concept */
	map first;       /* lower-cased first word of every phrase */
	size_t maxwords; /* longest phrase seen */
};

static uint32_t hash_str(const char *s)
{
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static entry *map_slot(const map *m, const char *key)
{
	if (!m->cap)
		return NULL;
	size_t mask = m->cap - 1;
	for (size_t i = hash_str(key) & mask;; i = (i + 1) & mask) {
		entry *e = &m->slots[i];
		if (!e->key || strcmp(e->key, key) == 0)
			return e;
	}
}

static int map_grow(map *m)
{
	if ((m->n + 1) * 2 <= m->cap)
		return 0;
	size_t ncap = m->cap ? m->cap * 2 : 256;
	entry *ns = calloc(ncap, sizeof(*ns));
	if (!ns)
		return TF_ENOMEM;
	map nm = {ns, ncap, 0};
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key) {
			*map_slot(&nm, m->slots[i].key) = m->slots[i];
			nm.n++;
		}
	free(m->slots);
	*m = nm;
	return 0;
}

/* Adds key (copied) unless present; returns its entry or NULL on OOM. A
 * key already present keeps its first meaning. */
static entry *map_put(tf_arena *a, map *m, const char *key)
{
	if (map_grow(m) < 0)
		return NULL;
	entry *e = map_slot(m, key);
	if (!e->key) {
		e->key = tf_arena_strndup(a, key, strlen(key));
		if (!e->key)
			return NULL;
		m->n++;
	}
	return e;
}

static const entry *map_get(const map *m, const char *key)
{
	entry *e = map_slot(m, key);
	return e && e->key ? e : NULL;
}

/* ---- folding phrases ---------------------------------------------------- */

/* Appends the text of token i to b, lower-cased when lower. */
static void put_tok(tf_buf *b, const el_text *t, size_t i, int lower)
{
	const char *p = t->s + t->toks[i].s;
	size_t n = el_tok_len(t, i);
	for (size_t k = 0; k < n; k++)
		tf_buf_putc(b, lower ? (char)tolower((unsigned char)p[k]) : p[k]);
}

static int is_dash(const el_text *t, size_t i)
{
	return t->toks[i].type == EL_TOK_PUNCT && t->s[t->toks[i].s] == '-';
}

/* The phrase key of tokens [i, j): token texts joined by one space, dashes
 * read as spaces. */
static void phrase_key(tf_buf *b, const el_text *t, size_t i, size_t j, int lower)
{
	tf_buf_clear(b);
	for (size_t k = i; k < j; k++) {
		if (is_dash(t, k))
			continue;
		if (b->len)
			tf_buf_putc(b, ' ');
		put_tok(b, t, k, lower);
	}
	if (!b->ptr)
		tf_buf_puts(b, "");
}

static int has_upper(const char *s)
{
	for (; *s; s++)
		if (isupper((unsigned char)*s))
			return 1;
	return 0;
}

/* True when s starts with a capital followed by a lower-case letter, in a
 * word of at least three letters: "Estimated" (not "ALL", "Na", "PT"). */
static int title_case(const char *s)
{
	if (!isupper((unsigned char)s[0]) || !islower((unsigned char)s[1]))
		return 0;
	size_t n = 0;
	while (isalpha((unsigned char)s[n]))
		n++;
	for (size_t k = 1; k < n; k++)
		if (!islower((unsigned char)s[k]))
			return 0;
	return n >= 3;
}

/* Registers phrase for concept or category. */
static int add_phrase(el_lexicon *lx, const char *phrase, const el_concept *concept,
                      const char *category)
{
	el_text t;
	if (el_text_init(&t, phrase, strlen(phrase)) < 0)
		return TF_ENOMEM;
	int cs = has_upper(phrase);
	tf_buf b = TF_BUF_INIT;
	phrase_key(&b, &t, 0, t.ntoks, !cs);
	size_t words = 0;
	for (size_t k = 0; k < t.ntoks; k++)
		words += !is_dash(&t, k);
	int rc = 0;
	if (b.oom) {
		rc = TF_ENOMEM;
	} else if (b.len && words <= LX_MAX_WORDS) {
		entry *e = map_put(lx->arena, cs ? &lx->cs : &lx->ci, b.ptr);
		if (!e) {
			rc = TF_ENOMEM;
		} else if (!e->concept && !e->category) {
			e->concept = concept;
			e->category = category;
			if (words > lx->maxwords)
				lx->maxwords = words;
		}
		/* Most words of a criterion start no phrase at all: match()
		 * asks this set first and skips the longest-phrase search. */
		size_t k0 = 0;
		while (k0 < t.ntoks && is_dash(&t, k0))
			k0++;
		if (!rc && k0 < t.ntoks) {
			phrase_key(&b, &t, k0, k0 + 1, 1);
			if (b.oom || !map_put(lx->arena, &lx->first, b.ptr))
				rc = TF_ENOMEM;
		}
	}
	tf_buf_free(&b);
	el_text_free(&t);
	return rc;
}

/* The compact form of a unit spelling: folded, lower-cased, no spaces. */
static void unit_key(tf_buf *b, const char *s, size_t n)
{
	tf_buf_clear(b);
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ')
			tf_buf_putc(b, (char)tolower((unsigned char)s[i]));
	if (!b->ptr)
		tf_buf_puts(b, "");
}

/* ---- loading the tables ------------------------------------------------- */

static const char *dup(tf_arena *a, const char *s)
{
	return s && *s ? tf_arena_strndup(a, s, strlen(s)) : NULL;
}

static const char *col(const tf_mappings *maps, const tf_map_row *r, const char *name)
{
	const char *v = tf_map_row_get(maps, r, name);
	return v && *v ? v : NULL;
}

/* Splits a space-separated code list into codes of system (the primary
 * code first, never twice). */
static int add_codes(tf_arena *a, el_concept *c, const char *system, const char *primary,
                     const char *list, const char *display)
{
	size_t max = 1;
	for (const char *p = list ? list : ""; *p; p++)
		max += *p == ' ';
	max += 1;
	tf_criterion_code *nc = tf_arena_alloc(a, (c->ncodes + max) * sizeof(*nc));
	if (!nc)
		return TF_ENOMEM;
	if (c->ncodes)
		memcpy(nc, c->codes, c->ncodes * sizeof(*nc));
	c->codes = nc;
	const char *items[2] = {primary, list};
	for (size_t k = 0; k < 2; k++) {
		const char *p = items[k];
		while (p && *p) {
			while (*p == ' ')
				p++;
			const char *e = p;
			while (*e && *e != ' ')
				e++;
			if (e > p) {
				int seen = 0;
				for (size_t j = 0; j < c->ncodes; j++)
					if (strncmp(c->codes[j].code, p, (size_t)(e - p)) == 0 &&
					    c->codes[j].code[e - p] == '\0' &&
					    strcmp(c->codes[j].system, system) == 0)
						seen = 1;
				if (!seen) {
					tf_criterion_code *cc = &c->codes[c->ncodes++];
					cc->system = system;
					cc->code = tf_arena_strndup(a, p, (size_t)(e - p));
					cc->display = c->ncodes == 1 ? display : NULL;
					if (!cc->code)
						return TF_ENOMEM;
				}
			}
			p = e;
		}
	}
	return 0;
}

/* The observation and values columns of a condition row: LOINC codes of
 * the Observation, and its value codes (LOINC answers "LA...", else SNOMED
 * CT). add_codes fills a scratch concept, whose codes are then moved. */
static int add_finding(tf_arena *a, el_concept *c, const char *obs, const char *values)
{
	el_concept tmp;
	memset(&tmp, 0, sizeof(tmp));
	if (add_codes(a, &tmp, EL_SYS_LOINC, NULL, obs, NULL) < 0)
		return TF_ENOMEM;
	c->obs_codes = tmp.codes;
	c->nobs = tmp.ncodes;
	memset(&tmp, 0, sizeof(tmp));
	if (add_codes(a, &tmp, EL_SYS_SNOMED, NULL, values, NULL) < 0)
		return TF_ENOMEM;
	for (size_t i = 0; i < tmp.ncodes; i++)
		if (strncmp(tmp.codes[i].code, "LA", 2) == 0)
			tmp.codes[i].system = EL_SYS_LOINC;
	c->value_codes = tmp.codes;
	c->nvalues = tmp.ncodes;
	return 0;
}

static int kind_of(const char *s, int dflt)
{
	static const struct {
		const char *name;
		int kind;
	} kinds[] = {{"measurement", EL_K_MEASUREMENT},     {"score", EL_K_SCORE},
	             {"condition", EL_K_CONDITION},         {"pregnancy", EL_K_PREGNANCY},
	             {"breastfeeding", EL_K_BREASTFEEDING}, {"medication", EL_K_MEDICATION},
	             {"procedure", EL_K_PROCEDURE},         {NULL, 0}};
	for (size_t i = 0; s && kinds[i].name; i++)
		if (strcmp(s, kinds[i].name) == 0)
			return kinds[i].kind;
	return dflt;
}

/* Loads the concepts of one table. */
static int load_concepts(el_lexicon *lx, const tf_mappings *maps, const char *table, int kind,
                         const char *resource, const char *list_col, const char *extra_col,
                         const char *extra_system)
{
	size_t cur = 0;
	const tf_map_row *r;
	tf_arena *a = lx->arena;
	while ((r = tf_mappings_next(maps, table, &cur)) != NULL) {
		el_concept *c = tf_arena_alloc(a, sizeof(*c));
		if (!c)
			return TF_ENOMEM;
		c->kind = kind_of(col(maps, r, "kind"), kind);
		c->key = dup(a, r->source);
		c->display = dup(a, *r->display ? r->display : r->source);
		c->resource =
		        col(maps, r, "resource") ? dup(a, col(maps, r, "resource")) : resource;
		const char *sys = *r->system ? dup(a, r->system) : NULL;
		if (sys && *r->code &&
		    add_codes(a, c, sys, r->code, col(maps, r, list_col), c->display) < 0)
			return TF_ENOMEM;
		if (extra_col && col(maps, r, extra_col) &&
		    add_codes(a, c, extra_system, NULL, col(maps, r, extra_col), NULL) < 0)
			return TF_ENOMEM;
		if (col(maps, r, "observation") && col(maps, r, "values") &&
		    add_finding(a, c, col(maps, r, "observation"), col(maps, r, "values")) < 0)
			return TF_ENOMEM;
		c->unit = dup(a, col(maps, r, "unit"));
		c->dims = dup(a, col(maps, r, "dims"));
		c->bare = dup(a, col(maps, r, "bare"));
		c->lo = dup(a, col(maps, r, "low"));
		c->hi = dup(a, col(maps, r, "high"));
		c->variant = dup(a, col(maps, r, "variant"));
		c->members = dup(a, col(maps, r, "members"));
		const char *br = col(maps, r, "bare_range");
		if (br) {
			/* "4 19.9": both bounds, else the range is ignored and
			 * every bare number takes the bare unit */
			char *e1, *e2;
			double lo = strtod(br, &e1), hi = strtod(e1, &e2);
			if (e1 != br && e2 != e1 && lo <= hi) {
				c->bare_range = 1;
				c->bare_lo = lo;
				c->bare_hi = hi;
			}
		}
		entry *e = map_put(a, &lx->concepts, c->key);
		if (!e || !c->key)
			return TF_ENOMEM;
		if (!e->concept)
		e->concept = c;
		/* the key and the display are phrases too */
		if (add_phrase(lx, c->key, e->concept, NULL) < 0)
			return TF_ENOMEM;
	}
	return 0;
}

int el_lexicon_new(el_lexicon **out, const tf_mappings *maps, tf_error *err)
{
	el_lexicon *lx = calloc(1, sizeof(*lx));
	if (!lx || !(lx->arena = tf_arena_new())) {
		free(lx);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	int rc = 0;
	rc = rc ? rc
	        : load_concepts(lx, maps, "criteria-analyte", EL_K_MEASUREMENT, "Observation",
	                        "codes", NULL, NULL);
	rc = rc ? rc
	        : load_concepts(lx, maps, "criteria-condition", EL_K_CONDITION, "Condition",
	                        "snomed", "icd10", EL_SYS_ICD10);
	rc = rc ? rc
	        : load_concepts(lx, maps, "criteria-drug", EL_K_MEDICATION, "MedicationStatement",
	                        "rxnorm", NULL, NULL);
	rc = rc ? rc
	        : load_concepts(lx, maps, "criteria-procedure", EL_K_PROCEDURE, "Procedure",
	                        "snomed", NULL, NULL);
	size_t cur = 0;
	const tf_map_row *r;
	while (!rc && (r = tf_mappings_next(maps, "criteria-synonym", &cur)) != NULL) {
		const entry *e = map_get(&lx->concepts, r->code);
		if (e)
			rc = add_phrase(lx, r->source, e->concept, NULL);
	}
	cur = 0;
	while (!rc && (r = tf_mappings_next(maps, "criteria-text", &cur)) != NULL) {
		const char *cat = dup(lx->arena, r->code);
		rc = cat ? add_phrase(lx, r->source, NULL, cat) : TF_ENOMEM;
	}
	cur = 0;
	tf_buf b = TF_BUF_INIT;
	while (!rc && (r = tf_mappings_next(maps, "criteria-unit", &cur)) != NULL) {
		el_text t;
		if (el_text_init(&t, r->source, strlen(r->source)) < 0) {
			rc = TF_ENOMEM;
			break;
		}
		unit_key(&b, t.s, t.len);
		el_text_free(&t);
		el_unit *u = tf_arena_alloc(lx->arena, sizeof(*u));
		entry *e = b.oom || !u ? NULL : map_put(lx->arena, &lx->units, b.ptr);
		if (!e) {
			rc = TF_ENOMEM;
			break;
		}
		u->ucum = dup(lx->arena, r->code);
		u->dim = dup(lx->arena, col(maps, r, "dim"));
		u->scale = dup(lx->arena, col(maps, r, "scale"));
		if (!e->unit)
			e->unit = u;
	}
	tf_buf_free(&b);
	if (rc < 0) {
		el_lexicon_free(lx);
		return tf_error_set(err, rc, "criteria lexicon: out of memory");
	}
	*out = lx;
	return 0;
}

void el_lexicon_free(el_lexicon *lx)
{
	if (!lx)
		return;
	free(lx->ci.slots);
	free(lx->cs.slots);
	free(lx->units.slots);
	free(lx->concepts.slots);
	free(lx->first.slots);
	tf_arena_free(lx->arena);
	free(lx);
}

/* ---- lookups ------------------------------------------------------------ */

/* Longest phrase entry at token i (concept or category per want). */
static const entry *match(const el_lexicon *lx, const el_text *t, size_t i, size_t *ntok,
                          int want_category)
{
	*ntok = 0;
	if (i >= t->ntoks || t->toks[i].type != EL_TOK_WORD)
		return NULL;
	const entry *best = NULL;
	tf_buf b = TF_BUF_INIT;
	phrase_key(&b, t, i, i + 1, 1);
	if (b.oom || !map_get(&lx->first, b.ptr)) {
		tf_buf_free(&b);
		return NULL;
	}
	size_t words = 0;
	for (size_t j = i; j < t->ntoks && words < lx->maxwords; j++) {
		if (is_dash(t, j))
			continue;
		words++;
		for (int lower = 0; lower <= 1; lower++) {
			phrase_key(&b, t, i, j + 1, lower);
			if (b.oom)
				break;
			const entry *e = map_get(lower ? &lx->ci : &lx->cs, b.ptr);
			if (!lower &&
			    !(e && (want_category ? e->category != NULL : e->concept != NULL)) &&
			    title_case(b.ptr)) {
				/* "Estimated GFR" at the start of a sentence is the
				 * phrase "estimated GFR" */
				b.ptr[0] = (char)tolower((unsigned char)b.ptr[0]);
				e = map_get(&lx->cs, b.ptr);
			}
			if (e && (want_category ? e->category != NULL : e->concept != NULL)) {
				/* the phrase must end at a word boundary: "ALT" is
				 * not the start of "ALTERNATIVE" (tokens guarantee it) */
				best = e;
				*ntok = j + 1 - i;
				break;
			}
		}
	}
	tf_buf_free(&b);
	return best;
}

const el_concept *el_lexicon_match(const el_lexicon *lx, const el_text *t, size_t i, size_t *ntok)
{
	const entry *e = match(lx, t, i, ntok, 0);
	return e ? e->concept : NULL;
}

const char *el_lexicon_category(const el_lexicon *lx, const el_text *t, size_t i, size_t *ntok)
{
	const entry *e = match(lx, t, i, ntok, 1);
	return e ? e->category : NULL;
}

const el_concept *el_lexicon_concept(const el_lexicon *lx, const char *key)
{
	const entry *e = map_get(&lx->concepts, key);
	return e ? e->concept : NULL;
}

const char *el_lexicon_unit_dim(const el_lexicon *lx, const char *ucum)
{
	if (!ucum)
		return NULL;
	for (size_t i = 0; i < lx->units.cap; i++) {
		const entry *e = &lx->units.slots[i];
		if (e->key && e->unit && e->unit->ucum && strcmp(e->unit->ucum, ucum) == 0)
			return e->unit->dim;
	}
	return NULL;
}

const el_unit *el_lexicon_unit(const el_lexicon *lx, const el_text *t, size_t pos, size_t *end)
{
	char key[LX_MAX_UNIT + 1];
	size_t at[LX_MAX_UNIT + 1];
	size_t n = 0;
	for (size_t i = pos; i < t->len && n < LX_MAX_UNIT; i++) {
		char c = t->s[i];
		if (c == ' ')
			continue;
		if (c == ';' || c == ',' || c == '(' || c == ')')
			break;
		key[n] = (char)tolower((unsigned char)c);
		at[n] = i;
		n++;
	}
	/* "G/L" (giga per litre, French and Belgian reports: "PNN >= 1,5
	 * G/L") is 10^9/L; matched as written, since "g/L" is grams */
	if (n >= 3 && t->s[at[0]] == 'G' && key[1] == '/' && key[2] == 'l' &&
	    (at[2] + 1 == t->len || !isalnum((unsigned char)t->s[at[2] + 1]))) {
		const entry *e = map_get(&lx->units, "10^9/l");
		if (e && e->unit) {
			*end = at[2] + 1;
			return e->unit;
		}
	}
	for (size_t k = n; k > 0; k--) {
		key[k] = '\0';
		const entry *e = map_get(&lx->units, key);
		if (!e || !e->unit)
			continue;
		size_t stop = at[k - 1] + 1;
		/* a unit ending in a letter or digit must end the word */
		if (isalnum((unsigned char)key[k - 1]) && stop < t->len &&
		    isalnum((unsigned char)t->s[stop]))
			continue;
		*end = stop;
		return e->unit;
	}
	return NULL;
}

const char *el_kind_name(int kind)
{
	static const char *const names[] = {
	        "text",        "age",           "sex",
	        "pregnancy",   "breastfeeding", "childbearing-potential",
	        "measurement", "score",         "life-expectancy",
	        "condition",   "medication",    "procedure",
	        "allergy"};
	if (kind < 0 || (size_t)kind >= sizeof(names) / sizeof(names[0]))
		return "text";
	return names[kind];
}
