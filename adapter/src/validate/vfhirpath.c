/*
 * vfhirpath.c - evaluates an invariant on one element of a resource. The
 * public tf_fhirpath_eval() types its root from resourceType, which an
 * element (a Period, a Bundle.entry) does not have; invariants are written
 * against the element's declared type, so this evaluates with the engine's
 * internals and a typed focus: $this and the context are the element,
 * %resource the resource holding it, %rootResource the outermost one.
 */
#include <string.h>
#include "fhirpath/fp_int.h"
#include "validate/vint.h"

/* The engine compiles the regex of matches() once per evaluation, and
 * glibc's regcomp of "[A-Z]([A-Za-z0-9_]){0,254}" (the name rule of every
 * canonical resource) costs more than the rest of a PlanDefinition's
 * validation. The engine's per-evaluation cache is kept here, per thread,
 * across evaluations: the patterns are the definitions' constants, a few
 * dozen at most. Freed by v_eval_release (tf_validator_free). */
static __thread void *tl_regex_cache;

void v_eval_release(void)
{
	fp_ctx c;
	memset(&c, 0, sizeof(c));
	c.regex_cache = tl_regex_cache;
	fp_functions_cleanup(&c);
	tl_regex_cache = NULL;
}

/* The engine's type for a validator type name; profiled types
 * (SimpleQuantity) the engine does not know fall back to their base. */
static const fp_type *engine_type(const char *name)
{
	if (strcmp(name, "SimpleQuantity") == 0 || strcmp(name, "MoneyQuantity") == 0)
		name = "Quantity";
	return fp_type_get(name);
}

int v_check_cons(v_cons *c)
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
	c.mem = fp_region_new();
	if (!c.mem)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	c.resource_node = resource;
	c.regex_cache = tl_regex_cache;
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
	tl_regex_cache = c.regex_cache;
	fp_region_free(c.mem);
	if (rc < 0 && err && !err->code)
		tf_error_set(err, rc, "%s", tf_strerror(rc));
	return rc;
}
