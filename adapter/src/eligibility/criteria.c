/*
 * criteria.c - the public criteria API (trialfhir/eligibility.h): runs the
 * splitter over the text, the extractor over each criterion, writes the
 * FHIRPath of computable ones, and keeps the results in one arena behind
 * the opaque tf_criteria handle. Also the JSON form of parsed criteria
 * that `trialfhir criteria --format json` prints and the case suite
 * (fixtures/criteria/) compares.
 *
 * The lexicon built from the default mapping tables is built once per
 * process and shared (read-only) by every parse, since a batch converts
 * hundreds of thousands of records with the same tables; a parse with the
 * caller's own tables builds its own and frees it with the criteria.
 */
#include <ctype.h>
#include <pthread.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"
#include "mapping/mapping_int.h"

#define TF_CRITERIA_MAX_TEXT ((size_t)1 << 20)

struct tf_criteria {
	tf_arena *arena;      /* every string and array below */
	tf_criterion *items;  /* criteria in source order */
	size_t n;             /* their count */
	el_lexicon *own;      /* a lexicon of the caller's tables, or NULL */
	const el_lexicon *lx; /* the lexicon used */
};

/* ---- the shared default lexicon ----------------------------------------- */

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static el_lexicon *default_lx;
static tf_error default_err;

static void free_default(void)
{
	el_lexicon_free(default_lx);
	default_lx = NULL;
}

static void load_default(void)
{
	const tf_mappings *maps = tf_mappings_default(&default_err);
	if (maps && el_lexicon_new(&default_lx, maps, &default_err) == 0)
		atexit(free_default);
}

/* Lexicons of callers' mapping sets, built once per set content (keyed on
 * tf_mappings_serial) and kept to the end of the process: a batch that
 * converts 10,000 studies with its own set must not rebuild the lexicon
 * for every record. Entries are never evicted, since another thread may be
 * using one; past the cap a caller gets a lexicon of its own. */
#define LEXICON_CACHE 8
static struct {
	unsigned long serial;
	el_lexicon *lx;
} lx_cache[LEXICON_CACHE];
static size_t lx_cached;
static pthread_mutex_t lx_lock = PTHREAD_MUTEX_INITIALIZER;

static void free_cache(void)
{
	for (size_t i = 0; i < lx_cached; i++)
		el_lexicon_free(lx_cache[i].lx);
	lx_cached = 0;
}

static const el_lexicon *cached_lexicon(const tf_mappings *maps, el_lexicon **own, tf_error *err)
{
	unsigned long serial = tf_mappings_serial(maps);
	const el_lexicon *found = NULL;
	int rc = 0;
	pthread_mutex_lock(&lx_lock);
	for (size_t i = 0; i < lx_cached && !found; i++)
		if (lx_cache[i].serial == serial)
			found = lx_cache[i].lx;
	if (!found && lx_cached < LEXICON_CACHE) {
		el_lexicon *lx;
		rc = el_lexicon_new(&lx, maps, err);
		if (rc == 0) {
			if (lx_cached == 0)
				atexit(free_cache);
			lx_cache[lx_cached].serial = serial;
			lx_cache[lx_cached++].lx = lx;
			found = lx;
		}
	}
	pthread_mutex_unlock(&lx_lock);
	if (found || rc < 0)
		return found;
	if (el_lexicon_new(own, maps, err) < 0)
		return NULL;
	return *own;
}

static const el_lexicon *lexicon_for(const tf_mappings *maps, el_lexicon **own, tf_error *err)
{
	*own = NULL;
	if (maps && maps != tf_mappings_default(NULL))
		return cached_lexicon(maps, own, err);
	pthread_once(&default_once, load_default);
	if (!default_lx && err) {
		*err = default_err;
		if (!err->code)
			tf_error_set(err, TF_ENOTFOUND,
			             "criteria tables: cannot load the mappings");
	}
	return default_lx;
}

const el_lexicon *el_criteria_lexicon(const tf_criteria *c)
{
	return c ? c->lx : NULL;
}

/* ---- building one criterion --------------------------------------------- */

static const char *adup(tf_arena *a, const char *s, size_t n)
{
	return tf_arena_strndup(a, s, n);
}

static const char *adupz(tf_arena *a, const char *s)
{
	return s ? tf_arena_strndup(a, s, strlen(s)) : NULL;
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

/* The tests of r as public structs in the arena. */
static int copy_tests(tf_arena *a, const char *src, size_t tstart, size_t tlen, const el_result *r,
                      tf_criterion *k)
{
	if (!r->ntests)
		return 0;
	tf_criterion_test *tests = tf_arena_alloc(a, r->ntests * sizeof(*tests));
	if (!tests)
		return TF_ENOMEM;
	for (size_t i = 0; i < r->ntests; i++) {
		const el_test *t = &r->tests[i];
		tf_criterion_test *p = &tests[i];
		p->kind = el_kind_name(t->kind);
		if (t->concept) {
			p->concept = t->concept->key;
			p->display = t->concept->display;
			p->codes = t->concept->codes;
			p->n_codes = t->concept->ncodes;
			p->observation_codes = t->concept->obs_codes;
			p->n_observation_codes = t->concept->nobs;
			p->value_codes = t->concept->value_codes;
			p->n_value_codes = t->concept->nvalues;
		}
		switch (t->kind) {
		case EL_K_AGE:
		case EL_K_SEX:
			p->resource = "Patient";
			break;
		case EL_K_LIFE_EXPECTANCY:
		case EL_K_CHILDBEARING:
			p->resource = NULL;
			break;
		case EL_K_ALLERGY:
			p->resource = "AllergyIntolerance";
			break;
		case EL_K_PREGNANCY:
		case EL_K_BREASTFEEDING:
			p->resource = "Condition";
			break;
		default:
			p->resource = t->concept
			? t->concept->resource : NULL;
			/* a finding with no Condition code (HBsAg positive) is
			 * only ever an Observation */
			if (t->concept && !t->concept->ncodes && t->concept->nobs)
				p->resource = "Observation";
		}
		if (t->kind == EL_K_SEX) {
			p->display = t->sex_code == 1   ? "male"
			             : t->sex_code == 2 ? "female"
			                                : "male or female";
		}
		if (t->nf) {
			tf_criterion_filter *f = tf_arena_alloc(a, t->nf * sizeof(*f));
			if (!f)
				return TF_ENOMEM;
			for (size_t j = 0; j < t->nf; j++) {
				f[j].comparator = el_cmp_code(t->f[j].cmp);
				f[j].value = adupz(a, t->f[j].value);
				f[j].unit = t->f[j].unit;
				f[j].sex = t->f[j].sex == 1   ? "male"
				           : t->f[j].sex == 2 ? "female"
				                              : NULL;
				if (!f[j].value)
					return TF_ENOMEM;
			}
			p->filters = f;
			p->n_filters = t->nf;
		}
		if (t->window[0]) {
			p->window_value = adupz(a, t->window);
			p->window_unit = t->window_unit;
		}
		p->status = t->status == 1 ? "current" : t->status == 2 ? "history" : NULL;
		p->negated = t->negated;
		p->group = t->group;
		/* the test's words in the source (spans may start in a label
		 * read as context: clamp them to the criterion's own text) */
		size_t s = t->s >= r->shift ? t->s - r->shift : 0;
		size_t e = t->e >= r->shift ? t->e - r->shift : 0;
		if (s > tlen)
			s = tlen;
		if (e > tlen)
			e = tlen;
		while (e < tlen && ((unsigned char)src[tstart + e] & 0xC0) == 0x80)
			e++;
		if (e > s)
			p->text = adup(a, src + tstart + s, e - s);
	}
	k->tests = tests;
	k->n_tests = r->ntests;
	return 0;
}

static const char *common_kind(const el_result *r)
{
	if (!r->ntests)
		return "text";
	for (size_t i = 1; i < r->ntests; i++)
		if (r->tests[i].kind != r->tests[0].kind)
			return "mixed";
	return el_kind_name(r->tests[0].kind);
}

/* Builds the id of block i into buf. */
static void make_id(const el_block *b, size_t i, const tf_criterion *items, char *buf, size_t size,
                    size_t *counters, size_t *child_no)
{
	const el_block *bl = &b[i];
	if (bl->parent >= 0) {
		size_t p = (size_t)bl->parent;
		child_no[p]++;
		snprintf(buf, size, "%s.%zu", items[p].id ? items[p].id : "criterion", child_no[p]);
	} else {
		int excl = bl->section == EL_SEC_EXCLUSION;
		counters[excl]++;
		snprintf(buf, size, "%s-%zu", excl ? "exclusion" : "inclusion", counters[excl]);
	}
}

/* ---- what nesting says ---------------------------------------------------- */

static int ci_contains(const char *s, const char *w)
{
	size_t m = strlen(w);
	for (; *s; s++)
		if (strncasecmp(s, w, m) == 0)
			return 1;
	return 0;
}

/* w occurs in s as a whole word (ASCII letters around it do not count). */
static int has_word(const char *s, const char *w)
{
	size_t m = strlen(w);
	for (const char *p = s; *p; p++)
		if (strncasecmp(p, w, m) == 0 && (p == s || !isalpha((unsigned char)p[-1])) &&
		    !isalpha((unsigned char)p[m]))
			return 1;
	return 0;
}

static int has_any_word(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (has_word(s, list[i]))
			return 1;
	return 0;
}

static int contains_any(const char *s, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (ci_contains(s, list[i]))
			return 1;
	return 0;
}

static void not_computable(tf_criterion *k, const char *reason)
{
	k->computable = 0;
	k->fhirpath = NULL;
	k->reason = reason;
}

/* Ends with "or" / "OR" / "and/or": the statement goes on in the next item. */
static int ends_with_or(const char *t)
{
	size_t n = strlen(t);
	while (n && (t[n - 1] == ' ' || t[n - 1] == ';' || t[n - 1] == ',' || t[n - 1] == '\n'))
		n--;
	return n >= 3 && (t[n - 3] == ' ' || t[n - 3] == '/') &&
	       strncasecmp(t + n - 2, "or", 2) == 0;
}

/* What the structure says about each criterion, once all are read:
 * - an item with sub-items whose own text is a heading ("Hepatic:",
 *   "PERSONS WITH DIABETES", "Females must meet one of the following:")
 *   is a group: its content is in the sub-items;
 * - sub-items stand as criteria of their own only when the parent means
 *   "all of these" (inclusion) or "any of these" (exclusion); under "one
 *   of the following", "such as", "for patients with ...", "only for ..."
 *   they are alternatives or conditional, and not computable alone;
 * - an item ending in "OR" and the item after it are one statement. */
static void refine(tf_criteria *c, const el_block *blocks, const size_t *item_of,
                   const unsigned char *win, size_t nb)
{
	static const char *const alternatives[] = {"one of the following",
	                                           "any one of",
	                                           "at least one of",
	                                           "either of",
	                                           "including",
	                                           "such as",
	                                           "for example",
	                                           "e.g.",
	                                           "any of the following",
	                                           "one or more of",
	                                           NULL};
	static const char *const all_of[] = {
	        "all of the following", "both of",  "two of the", "2 of the",
	        "three of the",         "3 of the", NULL};
	static const char *const conditional[] = {"only for",
	                                          "for subjects",
	                                          "for patients",
	                                          "for participants",
	                                          "for women",
	                                          "for men",
	                                          "for females",
	                                          "for males",
	                                          "if ",
	                                          "in patients",
	                                          "in subjects",
	                                          "substudy",
	                                          "sub-study",
	                                          "cohort",
	                                          "group",
	                                          "arm ",
	                                          "part ",
	                                          "stage ",
	                                          "phase ",
	                                          "visit",
	                                          "controls",
	                                          "unless",
	                                          "except",
	                                          "aim ",
	                                          "within",
	                                          "in the past",
	                                          "in the last",
	                                          "prior to",
	                                          "before",
	                                          "during",
	                                          NULL};
	/* a short parent naming a population: its items are for it alone */
	static const char *const population[] = {
	        "patients", "controls",     "healthy",  "volunteers",
	        "cases",    "children",     "adults",   "women",
	        "men",      "participants", "subjects", "group",
	        "cohort",   "persons",      "people",   NULL};
	for (size_t i = 0; i < c->n; i++) {
		tf_criterion *k = &c->items[i];
		if (!k->n_children)
			continue;
		size_t n = strlen(k->text);
		int colon = n && k->text[n - 1] == ':';
		size_t words = count_words(k->text, n);
		int digits = strcspn(k->text, "0123456789") < n;
		if (!k->n_tests || colon || (words <= 8 && !digits)) {
			k->kind = "group";
			not_computable(k, "the content is in the sub-criteria");
		}
	}
	for (size_t b = 0; b < nb; b++) {
		if (blocks[b].heading || blocks[b].parent < 0)
			continue;
		tf_criterion *k = &c->items[item_of[b]];
		const tf_criterion *p = &c->items[item_of[blocks[b].parent]];
		int excl = p->type == TF_CRITERION_EXCLUSION;
		/* a parent that is only a window ("History within past 2 years
		 * of:") gave its window to each item: they stand alone */
		if (win[blocks[b].parent])
			continue;
		if (contains_any(p->text, conditional) ||
		    (count_words(p->text, strlen(p->text)) <= 4 &&
		     has_any_word(p->text, population)) ||
		    (!excl && contains_any(p->text, alternatives)) ||
		    (excl && contains_any(p->text, all_of)))
			not_computable(k,
			               excl ? "its parent does not make each sub-item exclude"
			                    : "one of alternatives, or conditional, by its parent");
	}
	for (size_t i = 0; i < c->n; i++) {
		tf_criterion *k = &c->items[i];
		if (!ends_with_or(k->text))
			continue;
		not_computable(k, "the statement goes on in the next item (\"or\")");
		for (size_t j = i + 1; j < c->n; j++)
			if (c->items[j].depth == k->depth) {
				not_computable(&c->items[j],
				               "the statement begins in the item before (\"or\")");
				break;
			} else if (c->items[j].depth < k->depth) {
				break;
			}
	}
}

int tf_criteria_parse(tf_criteria **out, const char *text, const tf_mappings *maps, tf_error *err)
{
	if (!out || !text)
		return tf_error_set(err, TF_EINVAL, "criteria: NULL argument");
	*out = NULL;
	size_t len = strlen(text);
	if (len > TF_CRITERIA_MAX_TEXT)
		return tf_error_set(err, TF_ELIMIT, "criteria text larger than %zu bytes",
		                    TF_CRITERIA_MAX_TEXT);
	if (!tf_utf8_valid(text, len))
		return tf_error_set(err, TF_EINVAL, "criteria text is not valid UTF-8");
	tf_criteria *c = calloc(1, sizeof(*c));
	if (!c || !(c->arena = tf_arena_new())) {
		free(c);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	c->lx = lexicon_for(maps, &c->own, err);
	if (!c->lx) {
		tf_criteria_free(c);
		return err && err->code ? err->code : TF_ERROR;
	}
	el_block *blocks = NULL;
	size_t nb = 0;
	int rc = el_split(text, len, &blocks, &nb);
	if (rc < 0) {
		tf_criteria_free(c);
		return tf_error_set(err, rc, "out of memory");
	}
	/* criteria are the non-heading blocks; index map block -> item */
	size_t nitems = 0;
	for (size_t i = 0; i < nb; i++)
		nitems += !blocks[i].heading;
	size_t *item_of = calloc(nb + 1, sizeof(*item_of));
	size_t *child_no = calloc(nb + 1, sizeof(*child_no));
	unsigned char *win = calloc(nb + 1, 1); /* block is a window heading */
	el_result *r = malloc(sizeof(*r));
	tf_buf fp = TF_BUF_INIT;
	c->items = nitems ? tf_arena_alloc(c->arena, nitems * sizeof(*c->items)) : NULL;
	if (!item_of || !child_no || !win || !r || (nitems && !c->items)) {
		rc = TF_ENOMEM;
		goto done;
	}
	size_t counters[2] = {0, 0};
	/* parents' ids are built before their children (source order) */
	tf_criterion *by_block = calloc(nb + 1, sizeof(*by_block));
	if (!by_block) {
		rc = TF_ENOMEM;
		goto done;
	}
	for (size_t i = 0; i < nb && rc == 0; i++) {
		const el_block *b = &blocks[i];
		if (b->heading)
			continue;
		tf_criterion *k = &c->items[c->n];
		item_of[i] = c->n;
		c->n++;
		char id[64];
		make_id(blocks, i, by_block, id, sizeof(id), counters, child_no);
		k->id = adupz(c->arena, id);
		by_block[i].id = k->id;
		k->type = b->section == EL_SEC_EXCLUSION ? TF_CRITERION_EXCLUSION
		                                         : TF_CRITERION_INCLUSION;
		k->prefix = b->mend > b->mstart
		                    ? adup(c->arena, text + b->mstart, b->mend - b->mstart)
		                    : NULL;
		k->text = adup(c->arena, text + b->start, b->end - b->start);
		k->offset = b->start;
		k->line = b->line;
		k->depth = (size_t)b->depth;
		if (b->parent >= 0) {
			k->parent = by_block[b->parent].id;
			c->items[item_of[b->parent]].n_children++;
		}
		if (!k->id || !k->text) {
			rc = TF_ENOMEM;
			break;
		}
		/* a short label above ("Age:", "Performance status") is read
		 * with an item that says nothing alone ("18 and over") */
		const char *context = NULL;
		if (b->parent >= 0) {
			const el_block *pb = &blocks[b->parent];
			size_t pl = pb->end - pb->start;
			if (count_words(text + pb->start, pl) <= 4 &&
			    strcspn(text + pb->start, "0123456789") >= pl)
				context = by_block[b->parent].text;
		}
		el_extract(c->lx, text + b->start, b->end - b->start, b->section, NULL, r);
		if (context && !r->ntests)
			el_extract(c->lx, text + b->start, b->end - b->start, b->section, context,
			           r);
		/* "History within past 2 years of:" above: the items' events are
		 * within that window */
		if (b->parent >= 0) {
			const el_block *pb = &blocks[b->parent];
			char wv[16];
			const char *wu = NULL;
			if (el_window_heading(c->lx, text + pb->start, pb->end - pb->start, wv,
			                      sizeof(wv), &wu)) {
				win[b->parent] = 1;
				el_inherit_window(r, wv, wu);
			}
		}
		rc = copy_tests(c->arena, text, b->start, b->end - b->start, r, k);
		k->kind = common_kind(r);
		k->measured = r->measured;
		k->category = r->category;
		if (r->unknown[0])
			k->unknown = adupz(c->arena, r->unknown);
		if (r->exception[0])
			k->exception = adupz(c->arena, r->exception);
		if (r->requirement[0])
			k->requirement = adupz(c->arena, r->requirement);
		if (r->computable) {
			tf_buf_clear(&fp);
			if (el_fhirpath(r, &fp) < 0 || fp.oom) {
				rc = TF_ENOMEM;
				break;
			}
			k->computable = 1;
			k->fhirpath = adup(c->arena, fp.ptr, fp.len);
		} else {
			k->reason = adupz(c->arena, r->reason);
		}
		by_block[i].text = k->text;
	}
	refine(c, blocks, item_of, win, nb);
	free(by_block);
done:
	tf_buf_free(&fp);
	free(r);
	free(win);
	free(item_of);
	free(child_no);
	free(blocks);
	if (rc < 0) {
		tf_criteria_free(c);
		return tf_error_set(err, rc, "out of memory");
	}
	*out = c;
	return 0;
}

size_t tf_criteria_count(const tf_criteria *c)
{
	return c ? c->n : 0;
}

const tf_criterion *tf_criteria_get(const tf_criteria *c, size_t i)
{
	return c && i < c->n ? &c->items[i] : NULL;
}

void tf_criteria_free(tf_criteria *c)
{
	if (!c)
		return;
	el_lexicon_free(c->own);
	tf_arena_free(c->arena);
	free(c);
}

/* ---- JSON --------------------------------------------------------------- */

/* obj[key] = string s when s is not NULL; sets *oom on failure. */
static void set_str(json_t *obj, const char *key, const char *s, int *oom)
{
	if (s && json_object_set_new(obj, key, json_string(s)) < 0)
		*oom = 1;
}

static void set_new(json_t *obj, const char *key, json_t *v, int *oom)
{
	if (!v || json_object_set_new(obj, key, v) < 0)
		*oom = 1;
}

static json_t *test_json(const tf_criterion_test *t, int *oom)
{
	json_t *o = json_object();
	if (!o) {
		*oom = 1;
		return NULL;
	}
	set_str(o, "kind", t->kind, oom);
	set_str(o, "concept", t->concept, oom);
	set_str(o, "display", t->display, oom);
	set_str(o, "resource", t->resource, oom);
	if (t->n_codes) {
		json_t *a = json_array();
		for (size_t i = 0; a && i < t->n_codes; i++) {
			json_t *cd = json_object();
			set_str(cd, "system", t->codes[i].system, oom);
			set_str(cd, "code", t->codes[i].code, oom);
			if (!cd || json_array_append_new(a, cd) < 0)
				*oom = 1;
		}
		set_new(o, "codes", a, oom);
	}
	if (t->n_observation_codes && t->n_value_codes) {
		/* the Observation that also records the finding, and its values */
		json_t *ob = json_object();
		const tf_criterion_code *lists[2] = {t->observation_codes, t->value_codes};
		size_t counts[2] = {t->n_observation_codes, t->n_value_codes};
		const char *names[2] = {"codes", "values"};
		for (int l = 0; ob && l < 2; l++) {
			json_t *a = json_array();
			for (size_t i = 0; a && i < counts[l]; i++) {
				json_t *cd = json_object();
				set_str(cd, "system", lists[l][i].system, oom);
				set_str(cd, "code", lists[l][i].code, oom);
				if (!cd || json_array_append_new(a, cd) < 0)
					*oom = 1;
			}
			set_new(ob, names[l], a, oom);
		}
		set_new(o, "observation", ob, oom);
	}
	if (t->n_filters) {
		json_t *a = json_array();
		for (size_t i = 0; a && i < t->n_filters; i++) {
			json_t *f = json_object();
			set_str(f, "comparator", t->filters[i].comparator, oom);
			set_str(f, "value", t->filters[i].value, oom);
			set_str(f, "unit", t->filters[i].unit, oom);
			set_str(f, "sex", t->filters[i].sex, oom);
			if (!f || json_array_append_new(a, f) < 0)
				*oom = 1;
		}
		set_new(o, "filters", a, oom);
	}
	if (t->window_value) {
		json_t *w = json_object();
		set_str(w, "value", t->window_value, oom);
		set_str(w, "unit", t->window_unit, oom);
		set_new(o, "window", w, oom);
	}
	set_str(o, "status", t->status, oom);
	if (t->negated)
		set_new(o, "negated", json_true(), oom);
	set_new(o, "group", json_integer(t->group), oom);
	set_str(o, "text", t->text, oom);
	return o;
}

int tf_criteria_to_json(const tf_criteria *c, json_t **out, tf_error *err)
{
	if (!c || !out)
		return tf_error_set(err, TF_EINVAL, "criteria: NULL argument");
	json_t *arr = json_array();
	int oom = !arr;
	for (size_t i = 0; !oom && i < c->n; i++) {
		const tf_criterion *k = &c->items[i];
		json_t *o = json_object();
		if (!o || json_array_append_new(arr, o) < 0) {
			oom = 1;
			break;
		}
		set_str(o, "id", k->id, &oom);
		set_str(o, "type", k->type == TF_CRITERION_EXCLUSION ? "exclusion" : "inclusion",
		        &oom);
		set_str(o, "prefix", k->prefix, &oom);
		set_str(o, "text", k->text, &oom);
		set_new(o, "line", json_integer(k->line), &oom);
		set_str(o, "parent", k->parent, &oom);
		set_str(o, "kind", k->kind, &oom);
		set_new(o, "computable", json_boolean(k->computable), &oom);
		set_str(o, "reason", k->reason, &oom);
		set_str(o, "category", k->category, &oom);
		set_str(o, "unknown", k->unknown, &oom);
		set_str(o, "exception", k->exception, &oom);
		set_str(o, "requirement", k->requirement, &oom);
		if (k->n_tests) {
			json_t *a = json_array();
			for (size_t t = 0; a && t < k->n_tests; t++)
				if (json_array_append_new(a, test_json(&k->tests[t], &oom)) < 0)
					oom = 1;
			set_new(o, "tests", a, &oom);
		}
		set_str(o, "fhirpath", k->fhirpath, &oom);
	}
	if (oom) {
		json_decref(arr);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = arr;
	return 0;
}
