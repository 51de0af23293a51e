/*
 * vfhirpath.c - evaluates an invariant on one element of a resource. The
 * public tf_fhirpath_eval() types its root from resourceType, which an
 * element (a Period, a Bundle.entry) does not have; invariants are written
 * against the element's declared type, so this evaluates with the engine's
 * internals and a typed focus: $this and the context are the element,
 * %resource the resource holding it, %rootResource the outermost one.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "validate/vint.h"

/* Per thread, across evaluations:
 *  - the engine's matches() regex cache: the engine compiles a pattern once
 *    per evaluation, and glibc's regcomp of "[A-Z]([A-Za-z0-9_]){0,254}"
 *    (the name rule of every canonical resource) costs more than the rest
 *    of a PlanDefinition's validation; the patterns are the definitions'
 *    constants, a few dozen at most;
 *  - the evaluation memory region, released to its start after each
 *    evaluation instead of freed: a region per evaluation showed as malloc
 *    and free in the profile (a dozen evaluations per contained resource).
 * Freed when the thread ends (a key destructor) or, for the thread that
 * frees the validator, by v_eval_release. */
typedef struct tl_state {
	void *regex_cache;
	fp_region *mem;
} tl_state;

static pthread_key_t tl_key;
static pthread_once_t tl_once = PTHREAD_ONCE_INIT;

static void tl_free(void *p)
{
	tl_state *t = p;
	if (!t)
		return;
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.regex_cache = t->regex_cache;
	fp_functions_cleanup(&c);
	if (t->mem)
		fp_region_free(t->mem);
	free(t);
}

static void tl_init(void)
{
	(void)pthread_key_create(&tl_key, tl_free);
}

static tl_state *tl_get(void)
{
	pthread_once(&tl_once, tl_init);
	tl_state *t = pthread_getspecific(tl_key);
	if (!t && (t = calloc(1, sizeof(*t))) != NULL) {
		if (!(t->mem = fp_region_new()) || pthread_setspecific(tl_key, t) != 0) {
			tl_free(t);
			return NULL;
		}
	}
	return t;
}

void v_eval_release(void)
{
	pthread_once(&tl_once, tl_init);
	tl_state *t = pthread_getspecific(tl_key);
	if (t) {
		pthread_setspecific(tl_key, NULL);
		tl_free(t);
	}
}

/* The engine's type for a validator type name; profiled types
 * (SimpleQuantity) the engine does not know fall back to their base. */
static const fp_type *engine_type(const char *name)
{
	if (strcmp(name, "SimpleQuantity") == 0 || strcmp(name, "MoneyQuantity") == 0)
		name = "Quantity";
	return fp_type_get(name);
}

/* An expression whose value on an element depends only on the members it
 * names: no variables, no $this, nothing that looks at every child or at
 * the type, no hasValue() of the focus itself. */
static int names_only(const char *e)
{
	static const char *const bad[] = {"%",      "$this",      "children", "descendants",
	                                  "repeat", "resolve",    "ofType",   " is ",
	                                  "is(",    " as ",       "as(",      "type()",
	                                  "trace",  "conformsTo", "memberOf"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (strstr(e, bad[i]))
			return 0;
	for (const char *p = e; (p = strstr(p, "hasValue")) != NULL; p++)
		if (p == e || p[-1] != '.')
			return 0;
	/* a function called on the focus itself (exists(), count() ...) */
	for (const char *p = e; *p; p++)
		if ((p == e || strchr("( ", p[-1])) && isalpha((unsigned char)*p)) {
			const char *q = p;
			while (isalnum((unsigned char)*q) || *q == '_')
				q++;
			if (*q == '(' && strncmp(p, "iif", 3) != 0 && strncmp(p, "not", 3) != 0)
				return 0;
			p = q - 1;
		}
	return 1;
}

int v_cons_touches(const v_cons *c, const json_t *node)
{
	const char *key;
	json_t *val;
	json_object_foreach((json_t *)node, key, val)
	{
		const char *k = key[0] == '_' ? key + 1 : key;
		for (size_t i = 0; i < c->nwords; i++) {
			size_t l = strlen(c->words[i]);
			if (strncmp(k, c->words[i], l) == 0 &&
			    (!k[l] || isupper((unsigned char)k[l])))
				return 1;
		}
	}
	return 0;
}

/* Every identifier of c's expression (in string literals too: more words
 * only mean fewer shortcuts), and the verdict on an element of c's type
 * holding a member none of them names: the same on every such element. */
static void blank_verdict(tf_validator *v, v_cons *c)
{
	if (c->native || !names_only(c->expr))
		return;
	for (const char *p = c->expr; *p;) {
		if (!isalpha((unsigned char)*p) && *p != '_') {
			p++;
			continue;
		}
		const char *q = p;
		while (isalnum((unsigned char)*q) || *q == '_')
			q++;
		const char *w = tf_arena_strndup(v->arena, p, (size_t)(q - p));
		const char **nw = tf_arena_alloc(v->arena, (c->nwords + 1) * sizeof(*nw));
		if (!w || !nw)
			return;
		if (c->nwords)
			memcpy(nw, c->words, c->nwords * sizeof(*nw));
		nw[c->nwords] = w;
		c->words = nw;
		c->nwords++;
		p = q;
	}
	/* an element that exists, with one member the expression does not name */
	json_t *blank = NULL;
	int id_named = 0, ext_named = 0;
	for (size_t i = 0; i < c->nwords; i++) {
		id_named |= strcmp(c->words[i], "id") == 0;
		ext_named |= strcmp(c->words[i], "extension") == 0;
	}
	if (!id_named)
		blank = json_pack("{s:s}", "id", "x");
	else if (!ext_named)
		blank = json_pack("{s:[{s:s, s:s}]}", "extension", "url", "http://x", "valueString",
		                  "x");
	if (!blank)
		return;
	const v_node *t = v_lookup(v, c->ctx_type, strlen(c->ctx_type));
	if (t && t->is_type && t->kind == V_RESOURCE)
		json_object_set_new(blank, "resourceType", json_string(c->ctx_type));
	tf_error err;
	tf_error_clear(&err);
	int verdict = 1;
	if (v_eval_cons(c, blank, NULL, c->ctx_type, blank, blank, &verdict, &err) == 0) {
		c->has_blank_verdict = 1;
		c->blank_verdict = verdict;
	}
	json_decref(blank);
}

int v_check_cons(tf_validator *v, v_cons *c)
{
	if (!c->fp)
		return TF_EINVALID;
	tf_error err;
	tf_error_clear(&err);
	int rc = fp_types_init(&err);
	/* the static check types %resource and %rootResource as the context
	 * type, which an element's invariant never is: leave those to run time */
	if (rc == 0 && !strstr(c->expr, "%resource") && !strstr(c->expr, "%rootResource"))
		rc = fp_check(c->fp, engine_type(c->ctx_type), NULL, &err);
	if (rc < 0)
		tf_strlcpy(c->cerr, err.message, sizeof(c->cerr));
	else
		blank_verdict(v, c);
	return rc;
}

static int push_json(fp_ctx *c, json_t *node, json_t *shadow, const fp_type *t, const json_t *res,
                     fp_coll *out)
{
	memset(out, 0, sizeof(*out));
	if (!node && !shadow)
		return 0;
	fp_item it;
	int rc = fp_item_from_json(c->mem, node, shadow, t, res, &it);
	if (rc < 0 || it.kind == FP_NONE)
		return rc < 0 ? rc : 0;
	return fp_push(c, NULL, out, &it);
}

int v_eval_cons(const v_cons *vc, json_t *node, json_t *shadow, const char *type_name,
                const json_t *resource, const json_t *root, int *verdict, tf_error *err)
{
	*verdict = 1;
	if (!vc->fp)
		return tf_error_set(err, TF_EINVALID, "%s", vc->cerr);
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.max_steps = 10000000ULL; /* an invariant is small; a runaway one is reported */
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.env = &env;
	c.fp = vc->fp;
	c.err = err;
	c.max_items = 1000000;
	c.max_steps = env.max_steps;
	tl_state *tl = tl_get();
	if (!tl)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	c.mem = tl->mem;
	fp_mark start = fp_region_mark(tl->mem);
	c.resource_node = resource;
	c.regex_cache = tl->regex_cache;
	fp_coll focus, result = {0};
	fp_vars *vars = NULL;
	if ((rc = push_json(&c, node, shadow, engine_type(type_name), resource, &focus)) < 0 ||
	    (rc = push_json(&c, (json_t *)resource, NULL, NULL, resource, &c.resource)) < 0 ||
	    (rc = push_json(&c, (json_t *)root, NULL, NULL, root, &c.root_resource)) < 0)
		goto done;
	c.context = focus;
	fp_scope s;
	memset(&s, 0, sizeof(s));
	s.self = &focus;
	if ((rc = fp_eval(&c, vc->fp->root, &focus, &s, &vars, &result)) < 0)
		goto done;
	/* FHIR: an invariant holds unless it evaluates to false; an empty
	 * result is not a violation (the validators of the spec agree). */
	if (result.n == 1 && result.v[0].kind == FP_BOOL)
		*verdict = result.v[0].v.b ? 1 : 0;
	else if (result.n > 1)
		rc = tf_error_set(err, TF_EINVALID, "invariant gave %zu items, not one boolean",
		                  result.n);
	else if (result.n == 1)
		rc = tf_error_set(err, TF_EINVALID, "invariant gave a non-boolean");
done:
	tl->regex_cache = c.regex_cache;
	fp_region_release(tl->mem, start);
	if (rc < 0 && err && !err->code)
		tf_error_set(err, rc, "%s", tf_strerror(rc));
	return rc;
}
