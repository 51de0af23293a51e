/*
 * api.c - the public face of the FHIRPath engine (trialfhir/fhirpath.h):
 * compiling, evaluating with an environment (variables, clock, hooks,
 * limits), evaluating at a typed element inside a resource (invariants),
 * the result collection and its JSON/text views, resolve() over
 * the evaluation's Bundle and contained resources, and loading FHIR JSON or
 * XML resources for evaluation.
 *
 * A result owns copies of every string it shows (so it outlives the
 * compiled expression) but borrows the JSON elements it returns from the
 * evaluated resource; it holds a reference to that resource for safety.
 */
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "json/jsonx.h"
#include "trialfhir/json.h"

struct tf_fhirpath_result {
	fp_region *mem; /* copies of strings */
	fp_item *v;     /* items */
	size_t n;       /* count */
	json_t *hold;   /* the evaluated resource (a reference) */
};

int tf_fhirpath_compile(tf_fhirpath **out, const char *expr, tf_error *err)
{
	if (!out || !expr)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no expression");
	*out = NULL;
	size_t len = strlen(expr);
	if (len > FP_MAX_EXPR_LEN)
		return tf_error_set(err, TF_ELIMIT, "expression longer than %d bytes",
		                    FP_MAX_EXPR_LEN);
	if (!tf_utf8_valid(expr, len))
		return tf_error_set(err, TF_EPARSE, "expression is not valid UTF-8");
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	tf_fhirpath *fp = calloc(1, sizeof(*fp));
	if (!fp || !(fp->mem = fp_region_new())) {
		free(fp);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	pthread_mutex_init(&fp->lock, NULL);
	fp->text = fp_strndup(fp->mem, expr, len);
	if (!fp->text) {
		tf_fhirpath_free(fp);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if ((rc = fp_parse(fp, err)) < 0 || (rc = fp_fold(fp)) < 0) {
		tf_fhirpath_free(fp);
		return rc;
	}
	*out = fp;
	return 0;
}

void tf_fhirpath_free(tf_fhirpath *fp)
{
	if (!fp)
		return;
	fp_region_free(fp->mem);
	pthread_mutex_destroy(&fp->lock);
	free(fp);
}

const char *tf_fhirpath_text(const tf_fhirpath *fp)
{
	return fp ? fp->text : NULL;
}

/* ------------------------------------------------------------- resolve() */

static int str_eq(const json_t *j, const char *s, size_t n)
{
	return json_is_string(j) && !tf_json_is_decimal(j) && json_string_length(j) == n &&
	       memcmp(json_string_value(j), s, n) == 0;
}

/* Resource whose "Type/id" is ref[0..n) (a relative reference). */
static int matches_relative(const json_t *res, const char *ref, size_t n)
{
	const char *slash = memchr(ref, '/', n);
	if (!slash)
		return 0;
	size_t tl = (size_t)(slash - ref);
	const char *id = slash + 1;
	size_t il = n - tl - 1;
	const char *hist = memchr(id, '/', il);
	if (hist)
		il = (size_t)(hist - id); /* Type/id/_history/n */
	return str_eq(json_object_get(res, "resourceType"), ref, tl) &&
	       str_eq(json_object_get(res, "id"), id, il);
}

static json_t *find_contained(const json_t *res, const char *id, size_t n)
{
	json_t *cont = json_object_get(res, "contained");
	for (size_t i = 0; i < json_array_size(cont); i++) {
		json_t *r = json_array_get(cont, i);
		if (str_eq(json_object_get(r, "id"), id, n))
			return r;
	}
	return NULL;
}

static json_t *search_bundle(const json_t *bundle, const char *ref, size_t n)
{
	if (!str_eq(json_object_get(bundle, "resourceType"), "Bundle", 6))
		return NULL;
	json_t *entries = json_object_get(bundle, "entry");
	size_t ne = json_array_size(entries);
	/* Full URL first, then Type/id (the tail of an absolute URL too). */
	for (size_t i = 0; i < ne; i++) {
		json_t *e = json_array_get(entries, i);
		if (str_eq(json_object_get(e, "fullUrl"), ref, n))
			return json_object_get(e, "resource");
	}
	const char *rel = ref;
	size_t rn = n;
	if (memchr(ref, ':', n)) {
		/* http://server/fhir/Patient/1 -> Patient/1 */
		int slashes = 0;
		size_t k = n;
		while (k > 0) {
			if (ref[k - 1] == '/' && ++slashes == 2)
				break;
			k--;
		}
		if (slashes == 2 && memcmp(ref + k, "_history", n - k < 8 ? n - k : 8) != 0) {
			rel = ref + k;
			rn = n - k;
		}
	}
	for (size_t i = 0; i < ne; i++) {
		json_t *r = json_object_get(json_array_get(entries, i), "resource");
		if (r && matches_relative(r, rel, rn))
			return r;
	}
	return NULL;
}

json_t *fp_resolve_ref(fp_ctx *c, const fp_item *from, const char *ref, size_t n)
{
	if (n == 0)
		return NULL;
	const json_t *roots[4] = {from->res, c->resource_node,
	                          c->root_resource.n ? c->root_resource.v[0].node : NULL,
	                          c->context.n ? c->context.v[0].node : NULL};
	if (ref[0] == '#') {
		for (int i = 0; i < 4; i++) {
			if (!roots[i])
				continue;
			if (n == 1)
				return (json_t *)roots[i];
			json_t *r = find_contained(roots[i], ref + 1, n - 1);
			if (r)
				return r;
		}
		return NULL;
	}
	for (int i = 1; i < 4; i++) {
		if (!roots[i])
			continue;
		json_t *r = search_bundle(roots[i], ref, n);
		if (r)
			return r;
		if (matches_relative(roots[i], ref, n))
			return (json_t *)roots[i];
	}
	return NULL;
}

/* -------------------------------------------------------------- results */

static int copy_item(fp_region *r, fp_item *it)
{
	switch (it->kind) {
	case FP_STR: {
		char *p = fp_strndup(r, it->v.s.p, it->v.s.n);
		if (!p)
			return TF_ENOMEM;
		it->v.s.p = p;
		break;
	}
	case FP_DEC:
		if (it->v.d.lex && !(it->v.d.lex = fp_strndup(r, it->v.d.lex, strlen(it->v.d.lex))))
			return TF_ENOMEM;
		break;
	case FP_QTY:
		if (it->v.q.unit &&
		    !(it->v.q.unit = fp_strndup(r, it->v.q.unit, strlen(it->v.q.unit))))
			return TF_ENOMEM;
		if (it->v.q.value.lex &&
		    !(it->v.q.value.lex =
		              fp_strndup(r, it->v.q.value.lex, strlen(it->v.q.value.lex))))
			return TF_ENOMEM;
		break;
	default:
		break;
	}
	return 0;
}

static int make_result(const fp_coll *v, const json_t *hold, tf_fhirpath_result **out)
{
	tf_fhirpath_result *r = calloc(1, sizeof(*r));
	if (!r || !(r->mem = fp_region_new_small())) {
		free(r);
		return TF_ENOMEM;
	}
	if (v->n) {
		r->v = fp_alloc(r->mem, v->n * sizeof(fp_item));
		if (!r->v) {
			tf_fhirpath_result_free(r);
			return TF_ENOMEM;
		}
		memcpy(r->v, v->v, v->n * sizeof(fp_item));
		r->n = v->n;
		for (size_t i = 0; i < r->n; i++) {
			/* Results outlive the expression a lazy shadow's name is in. */
			if (r->v[i].skey) {
				r->v[i].shadow = fp_item_shadow(&r->v[i]);
				r->v[i].skey = NULL;
			}
		}
		for (size_t i = 0; i < r->n; i++)
			if (copy_item(r->mem, &r->v[i]) < 0) {
				tf_fhirpath_result_free(r);
				return TF_ENOMEM;
			}
	}
	r->hold = hold ? json_incref((json_t *)hold) : NULL;
	*out = r;
	return 0;
}

void fp_trace_emit(fp_ctx *c, const char *name, const fp_coll *items)
{
	if (!c->env || !c->env->trace)
		return;
	tf_fhirpath_result *r;
	if (make_result(items, NULL, &r) == 0) {
		c->env->trace(c->env->trace_user, name, r);
		tf_fhirpath_result_free(r);
	}
}

static int coll_of(fp_ctx *c, const json_t *node, fp_coll *out)
{
	memset(out, 0, sizeof(*out));
	if (!node)
		return 0;
	fp_item it;
	const json_t *res = json_is_object(node) ? node : NULL;
	if (fp_item_from_json(c->mem, (json_t *)node, NULL, NULL, res, &it) < 0 ||
	    it.kind == FP_NONE)
		return 0;
	return fp_push(c, NULL, out, &it);
}

/* What the model check sees of a %context / %rootResource node: nothing
 * (NULL), its resource type, or a marker for a node that is not a known
 * resource. */
static const void *check_node_key(const json_t *node)
{
	static const char unknown;
	if (!node)
		return NULL;
	const fp_type *t = fp_resource_type(node);
	return t ? (const void *)t : (const void *)&unknown;
}

/* The static model check, skipped when it already passed with the same
 * inputs (it depends only on them and the expression). */
static int checked(const tf_fhirpath *cfp, const fp_type *root, const tf_fhirpath_env *env,
                   tf_error *err)
{
	tf_fhirpath *fp = (tf_fhirpath *)cfp; /* the cache only */
	fp_check_key key;
	memset(&key, 0, sizeof(key));
	key.root = root;
	if (env) {
		key.context = check_node_key(env->context);
		key.root_resource = check_node_key(env->root_resource);
		key.flags = env->flags;
	}
	pthread_mutex_lock(&fp->lock);
	for (int i = 0; i < fp->nchecked; i++) {
		const fp_check_key *k = &fp->checked[i];
		if (k->root == key.root && k->context == key.context &&
		    k->root_resource == key.root_resource && k->flags == key.flags) {
			pthread_mutex_unlock(&fp->lock);
			return 0;
		}
	}
	pthread_mutex_unlock(&fp->lock);
	int rc = fp_check(cfp, root, env, err);
	if (rc < 0)
		return rc;
	pthread_mutex_lock(&fp->lock);
	size_t cap = sizeof(fp->checked) / sizeof(fp->checked[0]);
	if ((size_t)fp->nchecked < cap)
		fp->checked[fp->nchecked++] = key;
	else
		fp->checked[cap - 1] = key;
	pthread_mutex_unlock(&fp->lock);
	return 0;
}

/* TRIALFHIR_FHIRPATH_INDEX=1 makes every plain evaluation go through a
 * prepared document made for it, so that the conformance suites check the
 * index too (tests/fhirpath.cmake); it is slower, for testing only. */
static int g_index_all;
static pthread_once_t g_index_once = PTHREAD_ONCE_INIT;

static void index_env(void)
{
	const char *v = getenv("TRIALFHIR_FHIRPATH_INDEX");
	g_index_all = v && strcmp(v, "1") == 0;
}

static int eval_indexed(const tf_fhirpath *fp, const json_t *resource, const tf_fhirpath_env *env,
                        tf_fhirpath_result **out, tf_error *err)
{
	tf_fhirpath_doc *doc = NULL;
	int rc = tf_fhirpath_doc_new(resource, &doc, err);
	if (rc < 0) {
		if (out)
			*out = NULL;
		return rc;
	}
	rc = tf_fhirpath_eval_doc(fp, doc, env, out, err);
	tf_fhirpath_doc_free(doc);
	return rc;
}

int tf_fhirpath_eval(const tf_fhirpath *fp, const json_t *resource, const tf_fhirpath_env *env,
                     tf_fhirpath_result **out, tf_error *err)
{
	pthread_once(&g_index_once, index_env);
	if (g_index_all && resource && !fp_doc_in_use())
		return eval_indexed(fp, resource, env, out, err);
	if (out)
		*out = NULL;
	if (!fp || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no expression or output");
	if (env && env->version != TF_FHIRPATH_ENV_VERSION)
		return tf_error_set(err, TF_EINVAL, "fhirpath: unknown environment version %u",
		                    env->version);
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	tf_error local;
	tf_error_clear(&local);
	if (!err)
		err = &local;
	tf_error_clear(err);
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.env = env;
	c.fp = fp;
	c.err = err;
	c.max_items = env && env->max_items ? env->max_items : 1000000;
	c.max_steps = env && env->max_steps ? env->max_steps : 100000000ULL;
	c.mem = fp_region_take();
	if (!c.mem)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	c.resource_node = resource;
	if ((rc = coll_of(&c, resource, &c.resource)) < 0 ||
	    (rc = coll_of(&c, env && env->context ? env->context : resource, &c.context)) < 0 ||
	    (rc = coll_of(&c, env && env->root_resource ? env->root_resource : resource,
	                  &c.root_resource)) < 0 ||
	    (rc = coll_of(&c, env ? env->patient : NULL, &c.patient)) < 0)
		goto done;
	if (!(env && (env->flags & TF_FHIRPATH_NO_MODEL_CHECK)) && c.resource.n &&
	    c.resource.v[0].type) {
		if ((rc = checked(fp, c.resource.v[0].type, env, err)) < 0)
			goto done;
	}
	fp_scope s;
	memset(&s, 0, sizeof(s));
	s.self = &c.resource;
	fp_vars *vars = NULL;
	fp_coll result = {0};
	if ((rc = fp_eval(&c, fp->root, &c.resource, &s, &vars, &result)) < 0)
		goto done;
	if ((rc = make_result(&result, resource, out)) < 0)
		tf_error_set(err, rc, "out of memory");
done:
	fp_functions_cleanup(&c);
	fp_region_give(c.mem);
	if (rc < 0 && err->code == 0)
		tf_error_set(err, rc, "%s", tf_strerror(rc));
	return rc;
}

int tf_fhirpath_doc_new(const json_t *resource, tf_fhirpath_doc **out, tf_error *err)
{
	if (!out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no output");
	*out = NULL;
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	if ((rc = fp_doc_new(resource, out)) < 0)
		return tf_error_set(err, rc, "out of memory indexing the resource");
	return 0;
}

void tf_fhirpath_doc_free(tf_fhirpath_doc *doc)
{
	fp_doc_free(doc);
}

int tf_fhirpath_eval_doc(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                         const tf_fhirpath_env *env, tf_fhirpath_result **out, tf_error *err)
{
	if (!doc) {
		if (out)
			*out = NULL;
		return tf_error_set(err, TF_EINVAL, "fhirpath: no document");
	}
	const tf_fhirpath_doc *prev = fp_doc_use(doc);
	int rc = tf_fhirpath_eval(fp, fp_doc_root(doc), env, out, err);
	fp_doc_use(prev);
	return rc;
}

/* ------------------------------------------------ evaluation at a focus */

/* The matches() patterns tf_fhirpath_eval_at compiled, kept per thread:
 * the engine compiles a pattern once per evaluation, and glibc's regcomp of
 * "[A-Z]([A-Za-z0-9_]){0,254}" (the name rule of every canonical resource)
 * costs more than the rest of a PlanDefinition's validation. */
static pthread_key_t g_at_key;
static int g_at_key_ok;
static pthread_once_t g_at_once = PTHREAD_ONCE_INIT;

static void at_cache_free(void *cache)
{
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.regex_cache = cache;
	fp_functions_cleanup(&c);
}

static void at_key_init(void)
{
	g_at_key_ok = pthread_key_create(&g_at_key, at_cache_free) == 0;
}

void tf_fhirpath_thread_cleanup(void)
{
	pthread_once(&g_at_once, at_key_init);
	if (!g_at_key_ok)
		return;
	void *cache = pthread_getspecific(g_at_key);
	pthread_setspecific(g_at_key, NULL);
	at_cache_free(cache);
}

static int focus_coll(fp_ctx *c, const json_t *node, const json_t *shadow, const fp_type *t,
                      const json_t *res, fp_coll *out)
{
	memset(out, 0, sizeof(*out));
	if (!node && !shadow)
		return 0;
	fp_item it;
	int rc = fp_item_from_json(c->mem, (json_t *)node, (json_t *)shadow, t, res, &it);
	if (rc < 0 || it.kind == FP_NONE)
		return rc < 0 ? rc : 0;
	return fp_push(c, NULL, out, &it);
}

/* One evaluation at f; the result goes to *out, or as a boolean to *value
 * when out is NULL. A kept pattern cache that makes the evaluation hit the
 * engine's limit of distinct patterns is dropped and the evaluation run
 * once more without it (an evaluation alone gets the whole limit). */
static int eval_at(const tf_fhirpath *fp, const tf_fhirpath_doc *doc, const tf_fhirpath_focus *f,
                   const tf_fhirpath_env *env, tf_fhirpath_result **out, int *value, tf_error *err)
{
	if (out)
		*out = NULL;
	if (!fp || !f || (!out && !value))
		return tf_error_set(err, TF_EINVAL, "fhirpath: no expression, focus or output");
	if (env && env->version != TF_FHIRPATH_ENV_VERSION)
		return tf_error_set(err, TF_EINVAL, "fhirpath: unknown environment version %u",
		                    env->version);
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	const fp_type *t = NULL;
	if (f->type && !(t = fp_type_get(f->type)))
		return tf_error_set(err, TF_EINVALID, "fhirpath: unknown FHIR type '%s'", f->type);
	tf_error local;
	tf_error_clear(&local);
	if (!err)
		err = &local;
	tf_error_clear(err);
	pthread_once(&g_at_once, at_key_init);
	const json_t *root = f->root_resource ? f->root_resource : f->resource;
	/* %resource and %rootResource are items only for an expression that
	 * can read them (a variable, resolve()): typing them costs two
	 * resourceType lookups, as much as a short invariant's evaluation */
	int roots = strchr(fp->text, '%') || strstr(fp->text, "resolve");
	for (int attempt = 0;; attempt++) {
		fp_ctx c;
		memset(&c, 0, sizeof(c));
		c.env = env;
		c.fp = fp;
		c.err = err;
		c.max_items = env && env->max_items ? env->max_items : 1000000;
		c.max_steps = env && env->max_steps ? env->max_steps : 100000000ULL;
		c.regex_cache = g_at_key_ok ? pthread_getspecific(g_at_key) : NULL;
		int kept = c.regex_cache != NULL;
		if (!(c.mem = fp_region_take()))
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		const tf_fhirpath_doc *prev = fp_doc_use(doc);
		c.resource_node = f->resource;
		fp_coll focus = {0}, result = {0};
		fp_vars *vars = NULL;
		if ((rc = focus_coll(&c, f->node, f->shadow, t, f->resource, &focus)) < 0 ||
		    (roots && (rc = focus_coll(&c, f->resource, NULL, NULL, f->resource,
		                               &c.resource)) < 0) ||
		    (roots &&
		     (rc = focus_coll(&c, root, NULL, NULL, root, &c.root_resource)) < 0) ||
		    (rc = focus_coll(&c, env ? env->patient : NULL, NULL, NULL, NULL, &c.patient)) <
		            0)
			goto done;
		c.context = focus;
		fp_scope s;
		memset(&s, 0, sizeof(s));
		s.self = &focus;
		if ((rc = fp_eval(&c, fp->root, &focus, &s, &vars, &result)) < 0)
			goto done;
		if (out) {
			if ((rc = make_result(&result, f->resource, out)) < 0)
				tf_error_set(err, rc, "out of memory");
		} else if (result.n == 0) {
			rc = TF_ITEROVER;
		} else if (result.n == 1 && result.v[0].kind == FP_BOOL) {
			*value = result.v[0].v.b ? 1 : 0;
		} else if (result.n > 1) {
			rc = tf_error_set(err, TF_EINVALID, "gave %zu items, not one boolean",
			                  result.n);
		} else {
			rc = tf_error_set(err, TF_EINVALID, "gave a %s, not a boolean",
			                  fp_item_type_name(&result.v[0]));
		}
	done:
		fp_doc_use(prev);
		fp_region_give(c.mem);
		if (rc == TF_ELIMIT && kept && attempt == 0) {
			fp_functions_cleanup(&c);
			if (g_at_key_ok)
				pthread_setspecific(g_at_key, NULL);
			tf_error_clear(err);
			continue;
		}
		if (!g_at_key_ok || pthread_setspecific(g_at_key, c.regex_cache) != 0)
			fp_functions_cleanup(&c);
		break;
	}
	if (rc < 0 && err->code == 0)
		tf_error_set(err, rc, "%s", tf_strerror(rc));
	return rc;
}

int tf_fhirpath_eval_at(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                        const tf_fhirpath_focus *focus, const tf_fhirpath_env *env,
                        tf_fhirpath_result **out, tf_error *err)
{
	if (!out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no output");
	return eval_at(fp, doc, focus, env, out, NULL, err);
}

int tf_fhirpath_eval_at_boolean(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                                const tf_fhirpath_focus *focus, const tf_fhirpath_env *env,
                                int *value, tf_error *err)
{
	if (!value)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no output");
	return eval_at(fp, doc, focus, env, NULL, value, err);
}

int tf_fhirpath_check_type(const tf_fhirpath *fp, const char *type, const tf_fhirpath_env *env,
                           tf_error *err)
{
	if (!fp || !type)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no expression or type");
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	const fp_type *t = fp_type_get(type);
	if (!t)
		return tf_error_set(err, TF_ENOTFOUND, "fhirpath: unknown FHIR type '%s'", type);
	/* %context and %rootResource typed as the focus: not the caller's */
	tf_fhirpath_env flags_only = TF_FHIRPATH_ENV_INIT;
	flags_only.flags = env ? env->flags : 0;
	return fp_check(fp, t, &flags_only, err);
}

int tf_fhirpath_evaluate(const char *expr, const json_t *resource, const tf_fhirpath_env *env,
                         tf_fhirpath_result **out, tf_error *err)
{
	tf_fhirpath *fp;
	int rc = tf_fhirpath_compile(&fp, expr, err);
	if (rc < 0)
		return rc;
	rc = tf_fhirpath_eval(fp, resource, env, out, err);
	tf_fhirpath_free(fp);
	return rc;
}

size_t tf_fhirpath_result_count(const tf_fhirpath_result *r)
{
	return r ? r->n : 0;
}

const char *tf_fhirpath_result_type(const tf_fhirpath_result *r, size_t i)
{
	if (!r || i >= r->n)
		return NULL;
	return fp_item_type_name(&r->v[i]);
}

int tf_fhirpath_result_is_fhir(const tf_fhirpath_result *r, size_t i)
{
	return r && i < r->n && r->v[i].type != NULL;
}

int tf_fhirpath_result_json(const tf_fhirpath_result *r, size_t i, json_t **out, tf_error *err)
{
	if (!r || i >= r->n || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no item %zu", i);
	const fp_item *it = &r->v[i];
	json_t *j = NULL;
	char buf[512];
	switch (it->kind) {
	case FP_NODE:
		j = json_incref(it->node);
		break;
	case FP_BOOL:
		j = json_boolean(it->v.b);
		break;
	case FP_INT:
		j = json_integer(it->v.i);
		break;
	case FP_DEC:
		if (it->node && tf_json_is_decimal(it->node)) {
			j = json_incref(it->node);
		} else {
			fp_dec_format(&it->v.d, buf, sizeof(buf));
			j = tf_json_decimal(buf);
		}
		break;
	case FP_STR:
		j = json_stringn(it->v.s.p, it->v.s.n);
		break;
	case FP_DATE:
	case FP_DATETIME:
	case FP_TIME:
		fp_dt_format(&it->v.dt, it->kind, buf, sizeof(buf));
		j = json_string(buf);
		break;
	case FP_QTY:
		fp_dec_format(&it->v.q.value, buf, sizeof(buf));
		j = json_object();
		if (j && (json_object_set_new(j, "value", tf_json_decimal(buf)) < 0 ||
		          json_object_set_new(j, "unit", json_string(it->v.q.unit)) < 0)) {
			json_decref(j);
			j = NULL;
		}
		break;
	case FP_NULLPRIM:
		j = it->shadow ? json_incref(it->shadow) : json_null();
		break;
	case FP_TYPEINFO:
		j = json_pack("{ssss}", "namespace", it->v.ti.ns, "name", it->v.ti.name);
		break;
	default:
		j = json_null();
		break;
	}
	if (!j)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	*out = j;
	return 0;
}

int tf_fhirpath_result_text(const tf_fhirpath_result *r, size_t i, char **out, tf_error *err)
{
	if (!r || i >= r->n || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no item %zu", i);
	const fp_item *it = &r->v[i];
	size_t len;
	const char *t = fp_item_text(r->mem, it, &len);
	if (t) {
		*out = strndup(t, len);
		return *out ? 0 : tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	json_t *j;
	int rc = tf_fhirpath_result_json(r, i, &j, err);
	if (rc < 0)
		return rc;
	if (it->kind == FP_TYPEINFO) {
		tf_buf b = TF_BUF_INIT;
		tf_buf_printf(&b, "%s.%s", it->v.ti.ns, it->v.ti.name);
		json_decref(j);
		if (b.oom)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		*out = tf_buf_detach(&b);
		return 0;
	}
	rc = tf_json_dump(j, TF_JSON_COMPACT, out, NULL, err);
	json_decref(j);
	return rc;
}

int tf_fhirpath_result_boolean(const tf_fhirpath_result *r, int *value)
{
	if (!r || r->n == 0)
		return TF_ITEROVER;
	if (r->n != 1 || r->v[0].kind != FP_BOOL)
		return TF_EINVALID;
	if (value)
		*value = r->v[0].v.b;
	return 0;
}

void tf_fhirpath_result_free(tf_fhirpath_result *r)
{
	if (!r)
		return;
	fp_region_free(r->mem);
	json_decref(r->hold);
	free(r);
}

/* ------------------------------------------------------------- loading */

int tf_fhirpath_parse(const char *buf, size_t len, json_t **out, tf_error *err)
{
	if (!buf || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no input");
	*out = NULL;
	size_t i = 0;
	if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
	    (unsigned char)buf[2] == 0xBF)
		i = 3; /* UTF-8 byte order mark */
	while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
		i++;
	if (i < len && buf[i] == '<')
		return fp_xml_to_json(buf, len, out, err);
	json_t *j;
	int rc = tf_json_load_record(buf + i, len - i, &j, err);
	if (rc < 0)
		return rc;
	if (!json_is_object(j)) {
		json_decref(j);
		return tf_error_set(err, TF_EINVALID, "not a FHIR resource (a JSON object)");
	}
	*out = j;
	return 0;
}

int tf_fhirpath_load(const char *path, json_t **out, tf_error *err)
{
	if (!path || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no file");
	char *buf;
	size_t len;
	int rc = tf_read_file(path, 64u << 20, &buf, &len, err);
	if (rc < 0)
		return rc;
	rc = tf_fhirpath_parse(buf, len, out, err);
	free(buf);
	if (rc < 0 && err && !err->source[0])
		tf_strlcpy(err->source, path, sizeof(err->source));
	return rc;
}

int tf_fhirpath_parse_xml(const char *buf, size_t len, json_t **out, tf_error *err)
{
	if (!buf || !out)
		return tf_error_set(err, TF_EINVAL, "fhirpath: no input");
	return fp_xml_to_json(buf, len, out, err);
}
