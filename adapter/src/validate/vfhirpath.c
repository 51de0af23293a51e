/*
 * vfhirpath.c - evaluates an invariant on one element of a resource,
 * through the FHIRPath engine's public API: tf_fhirpath_eval_at_boolean
 * with a typed focus (invariants are written against the element's
 * declared type, and an element has no resourceType to type it by): $this
 * and %context are the element, %resource the resource holding it,
 * %rootResource the outermost one; inside the resource's prepared document
 * when the walk made one (validate.c says when). Also works out, once per
 * invariant at load, the static model check, the verdict on an element
 * holding none of the names the invariant mentions, and whether the
 * invariant's verdict depends only on which members are present.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "validate/vint.h"

void v_eval_release(void)
{
	tf_fhirpath_thread_cleanup();
}

/* The engine's name for a validator type name: profiled types
 * (SimpleQuantity) the engine does not know are their base. */
static const char *engine_type(const char *name)
{
	if (strcmp(name, "SimpleQuantity") == 0 || strcmp(name, "MoneyQuantity") == 0)
		return "Quantity";
	return name;
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
		/* most members start with a letter no word starts with */
		if (!(c->first_mask & (1ULL << ((unsigned char)k[0] & 63))))
			continue;
		for (size_t i = 0; i < c->nwords; i++) {
			size_t l = c->wlens[i];
			if (k[0] == c->words[i][0] && strncmp(k, c->words[i], l) == 0 &&
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
		size_t *nl = tf_arena_alloc(v->arena, (c->nwords + 1) * sizeof(*nl));
		if (!w || !nw || !nl)
			return;
		if (c->nwords) {
			memcpy(nw, c->words, c->nwords * sizeof(*nw));
			memcpy(nl, c->wlens, c->nwords * sizeof(*nl));
		}
		nw[c->nwords] = w;
		nl[c->nwords] = (size_t)(q - p);
		c->words = nw;
		c->wlens = nl;
		c->first_mask |= 1ULL << ((unsigned char)w[0] & 63);
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
	if (v_eval_cons(c, NULL, blank, NULL, c->ctx_type, blank, blank, &verdict, &err) == 0) {
		c->has_blank_verdict = 1;
		c->blank_verdict = verdict;
	}
	json_decref(blank);
}

/* ------------------------------------------------ presence-only invariants
 *
 * Many invariants only ask which of the element's members are there:
 * cpt-2 "value.empty() or system.exists()", exp-1, drq-1, qty-3, per the
 * hundred on every contained site's telecom. An expression made only of
 * NAME.exists(), NAME.empty(), .not(), parentheses and and/or/xor/implies,
 * with every NAME a member of its context type, has the same verdict on
 * every element where the same names are present: it is evaluated by the
 * engine once per combination and remembered (validate.c: v_run_cons). */

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static int is_word_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* p starts with word w followed by a non-name character */
static int at_word(const char *p, const char *w)
{
	size_t l = strlen(w);
	return strncmp(p, w, l) == 0 && !is_word_char(p[l]);
}

typedef struct pctx {
	tf_validator *v;
	const v_node *type;
	v_cons *c;
	int depth;
} pctx;

static const char *p_expr(pctx *x, const char *p);

/* NAME.exists() | NAME.empty() | ( expr ), then any number of .not() */
static const char *p_term(pctx *x, const char *p)
{
	p = skip_ws(p);
	if (*p == '(') {
		if (++x->depth > 16 || !(p = p_expr(x, p + 1)))
			return NULL;
		x->depth--;
		p = skip_ws(p);
		if (*p != ')')
			return NULL;
		p++;
	} else {
		const char *q = p;
		if (!isalpha((unsigned char)*q))
			return NULL;
		while (is_word_char(*q))
			q++;
		size_t len = (size_t)(q - p);
		static const char *const kw[] = {"and",  "or",    "xor",    "implies", "not",
		                                 "true", "false", "exists", "empty"};
		for (size_t i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
			if (at_word(p, kw[i]))
				return NULL;
		if (strncmp(q, ".exists()", 9) == 0)
			q += 9;
		else if (strncmp(q, ".empty()", 8) == 0)
			q += 8;
		else
			return NULL;
		const v_node *e = x->type ? v_child(x->v, x->type, p, len) : NULL;
		if (!e)
			return NULL; /* not a member of the context type */
		v_cons *c = x->c;
		size_t i = 0;
		while (i < c->npw && !(c->pwlen[i] == len && strncmp(c->pw[i], p, len) == 0))
			i++;
		if (i == c->npw) {
			if (c->npw == V_PRESENCE_MAX)
				return NULL;
			const char *w = tf_arena_strndup(x->v->arena, p, len);
			if (!w)
				return NULL;
			c->pw[i] = w;
			c->pwlen[i] = len;
			c->pchoice[i] = (unsigned char)(e->choice != 0);
			c->npw++;
		}
		p = q;
	}
	while (strncmp(skip_ws(p), ".not()", 6) == 0)
		p = skip_ws(p) + 6;
	return p;
}

static const char *p_expr(pctx *x, const char *p)
{
	if (!(p = p_term(x, p)))
		return NULL;
	for (;;) {
		const char *q = skip_ws(p);
		static const char *const ops[] = {"and", "or", "xor", "implies"};
		size_t i = 0;
		while (i < 4 && !at_word(q, ops[i]))
			i++;
		if (i == 4)
			return p;
		if (!(p = p_term(x, q + strlen(ops[i]))))
			return NULL;
	}
}

static void presence_words(tf_validator *v, v_cons *c)
{
	if (c->native || !c->fp || c->cerr[0])
		return;
	pctx x = {v, v_lookup(v, c->ctx_type, strlen(c->ctx_type)), c, 0};
	const char *end = p_expr(&x, c->expr);
	if (!end || *skip_ws(end) != '\0')
		c->npw = 0; /* not of that form: evaluated each time */
}

/* A present member's value the engine sees as one or more items: not null,
 * not an empty object or array, not an array of nulls only. */
static int plainly_present(const json_t *val)
{
	if (json_is_array(val)) {
		size_t i;
		const json_t *it;
		json_array_foreach(val, i, it) if (!json_is_null(it)) return 1;
		return 0;
	}
	return !json_is_null(val) && !(json_is_object(val) && json_object_size(val) == 0);
}

int v_cons_presence(const v_cons *c, const json_t *node, unsigned *mask)
{
	unsigned m = 0;
	const char *key;
	json_t *val;
	json_object_foreach((json_t *)node, key, val)
	{
		const char *k = key[0] == '_' ? key + 1 : key;
		for (size_t i = 0; i < c->npw; i++) {
			size_t l = c->pwlen[i];
			if (k[0] != c->pw[i][0] || strncmp(k, c->pw[i], l) != 0)
				continue;
			if (k[l] && !(c->pchoice[i] && isupper((unsigned char)k[l])))
				continue;
			if (!plainly_present(val))
				return 0;
			m |= 1u << i;
		}
	}
	*mask = m;
	return 1;
}

int v_check_cons(tf_validator *v, v_cons *c)
{
	if (!c->fp)
		return TF_EINVALID;
	tf_error err;
	tf_error_clear(&err);
	int rc = 0;
	/* the static check types %resource and %rootResource as the context
	 * type, which an element's invariant never is: leave those to run
	 * time; a type the engine's table does not know is not checked */
	if (!strstr(c->expr, "%resource") && !strstr(c->expr, "%rootResource")) {
		rc = tf_fhirpath_check_type(c->fp, engine_type(c->ctx_type), NULL, &err);
		if (rc == TF_ENOTFOUND)
			rc = 0;
	}
	if (rc < 0) {
		tf_strlcpy(c->cerr, err.message, sizeof(c->cerr));
	} else {
		blank_verdict(v, c);
		presence_words(v, c);
	}
	return rc;
}

int v_eval_cons(const v_cons *vc, const tf_fhirpath_doc *doc, json_t *node, json_t *shadow,
                const char *type_name, const json_t *resource, const json_t *root, int *verdict,
                tf_error *err)
{
	*verdict = 1;
	if (!vc->fp)
		return tf_error_set(err, TF_EINVALID, "%s", vc->cerr);
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.max_steps = 10000000ULL; /* an invariant is small; a runaway one is reported */
	tf_fhirpath_focus f = {node, shadow, engine_type(type_name), resource, root};
	int value = 1;
	int rc = tf_fhirpath_eval_at_boolean(vc->fp, doc, &f, &env, &value, err);
	/* FHIR: an invariant holds unless it evaluates to false; an empty
	 * result is not a violation (the validators of the spec agree). */
	if (rc == TF_ITEROVER)
		return 0;
	if (rc < 0) {
		if (rc == TF_EINVALID && strncmp(err->message, "gave ", 5) == 0) {
			char m[sizeof(err->message)];
			tf_strlcpy(m, err->message, sizeof(m));
			tf_error_set(err, TF_EINVALID, "invariant %s", m);
		}
		return rc;
	}
	*verdict = value;
	return 0;
}
