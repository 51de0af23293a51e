/*
 * profile.c - profiles for the validator: StructureDefinitions (constraints
 * on a resource or on Extension) and ValueSets loaded from the user's files
 * or directories (FHIR JSON or XML, single resources or Bundles), and the
 * check of a resource against the profiles it claims in meta.profile or the
 * caller names.
 *
 * A profile's element list is its snapshot, or, when it has none, one
 * generated here from its differential over its base profile's list (a base
 * that is a core type contributes nothing: the base walk in validate.c
 * checks the core definitions already). The list becomes a tree by element
 * id (children by name, slices under the sliced element), and each node
 * keeps only what is stricter than the core: narrower cardinality, fixed
 * and pattern values, bindings other than the core's, narrowed choice
 * types, constraints with keys the core does not have. mustSupport is not a
 * validation rule and is ignored. Slicing is resolved by value and pattern
 * discriminators (and by url for extensions); other discriminator kinds
 * are reported as not checked, never silently passed. Every extension
 * whose url names a loaded extension definition is checked against it,
 * claimed by a profile or not.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "trialfhir/json.h"
#include "validate/vint.h"

static const char *adup(tf_validator *v, const char *s)
{
	return s ? tf_arena_strndup(v->arena, s, strlen(s)) : NULL;
}

/* A canonical without its "|version". */
static const char *canon(tf_validator *v, const char *url)
{
	if (!url)
		return NULL;
	const char *bar = strchr(url, '|');
	return tf_arena_strndup(v->arena, url, bar ? (size_t)(bar - url) : strlen(url));
}

static int canon_eq(const char *a, const char *b)
{
	size_t la = strcspn(a, "|"), lb = strcspn(b, "|");
	return la == lb && strncmp(a, b, la) == 0;
}

const p_prof *p_find(const tf_validator *v, const char *url)
{
	for (size_t i = 0; url && i < v->nprofs; i++)
		if (canon_eq(v->profs[i]->url, url))
			return v->profs[i];
	return NULL;
}

/* ------------------------------------------------------------ value sets */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static v_vsys *vs_system(tf_validator *v, v_vs *vs, const char *system)
{
	for (size_t i = 0; i < vs->nsys; i++)
		if (strcmp(vs->sys[i].system, system) == 0)
			return &vs->sys[i];
	v_vsys *s = tf_arena_grow(v->arena, (void **)&vs->sys, &vs->nsys, &vs->capsys, sizeof(*s));
	if (!s || !(s->system = adup(v, system)))
		return NULL;
	s->codes = NULL;
	s->ncodes = 0;
	return s;
}

/* Adds code (NULL: any code) of system; codes are sorted at the end. */
static int vs_add(tf_validator *v, v_vs *vs, const char *system, const char *code, size_t *caps,
                  size_t ncaps)
{
	v_vsys *s = vs_system(v, vs, system);
	if (!s)
		return TF_ENOMEM;
	size_t idx = (size_t)(s - vs->sys);
	if (!code) {
		s->codes = NULL;
		s->ncodes = (size_t)-1; /* any: stays so */
		return 0;
	}
	if (s->ncodes == (size_t)-1)
		return 0;
	if (idx >= ncaps)
		return TF_ELIMIT;
	const char **slot =
	        tf_arena_grow(v->arena, (void **)&s->codes, &s->ncodes, &caps[idx], sizeof(*slot));
	if (!slot || !(*slot = adup(v, code)))
		return TF_ENOMEM;
	return 0;
}

static int add_contains(tf_validator *v, v_vs *vs, const json_t *list, size_t *caps, size_t ncaps,
                        int depth)
{
	size_t i;
	const json_t *c;
	json_array_foreach(list, i, c)
	{
		const char *sys = json_string_value(json_object_get(c, "system"));
		const char *code = json_string_value(json_object_get(c, "code"));
		int rc = sys && code ? vs_add(v, vs, sys, code, caps, ncaps) : 0;
		if (rc == 0 && depth < 20)
			rc = add_contains(v, vs, json_object_get(c, "contains"), caps, ncaps,
			                  depth + 1);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int v_vs_add_resource(tf_validator *v, const json_t *res)
{
	const char *url = json_string_value(json_object_get(res, "url"));
	if (!url || v_vs_get(v, url))
		return 0; /* the core's expansion wins; a second copy adds nothing */
	if ((v->vsn + 1) * 2 > v->vscap)
		return TF_ELIMIT;
	v_vs *vs = tf_arena_alloc(v->arena, sizeof(*vs));
	if (!vs || !(vs->url = canon(v, url)))
		return TF_ENOMEM;
	size_t caps[64] = {0};
	int rc = 0;
	const json_t *exp = json_object_get(json_object_get(res, "expansion"), "contains");
	if (exp)
		rc = add_contains(v, vs, exp, caps, 64, 0);
	else {
		size_t i;
		const json_t *inc;
		json_array_foreach(json_object_get(json_object_get(res, "compose"), "include"), i,
		                   inc)
		{
			const char *sys = json_string_value(json_object_get(inc, "system"));
			const json_t *concepts = json_object_get(inc, "concept");
			/* a filter, a whole code system or a nested value set cannot be
			 * expanded here: any code of the system is accepted */
			if (!sys)
				sys = "*";
			if (!json_array_size(concepts) || json_object_get(inc, "filter") ||
			    json_object_get(inc, "valueSet"))
				rc = vs_add(v, vs, sys, NULL, caps, 64);
			else {
				size_t k;
				const json_t *c;
				json_array_foreach(concepts, k, c)
				{
					const char *code =
					        json_string_value(json_object_get(c, "code"));
					if (code && (rc = vs_add(v, vs, sys, code, caps, 64)) < 0)
						break;
				}
			}
			if (rc < 0)
				break;
		}
	}
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < vs->nsys; i++) {
		if (vs->sys[i].ncodes == (size_t)-1)
			vs->sys[i].ncodes = 0;
		else if (vs->sys[i].ncodes)
			qsort(vs->sys[i].codes, vs->sys[i].ncodes, sizeof(char *), cmp_str);
	}
	size_t h = 1469598103934665603ULL;
	for (const char *p = vs->url; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	size_t i = h & (v->vscap - 1);
	while (v->vsslots[i])
		i = (i + 1) & (v->vscap - 1);
	v->vsslots[i] = vs;
	v->vsn++;
	return 0;
}

/* --------------------------------------------------------------- loading */

static int add_prof(tf_validator *v, json_t *sd, const char *source, tf_error *err)
{
	const char *url = json_string_value(json_object_get(sd, "url"));
	const char *type = json_string_value(json_object_get(sd, "type"));
	if (!url || !type)
		return tf_error_set(err, TF_EPARSE, "%s: a StructureDefinition without url or type",
		                    source);
	if (!json_is_object(json_object_get(sd, "snapshot")) &&
	    !json_is_object(json_object_get(sd, "differential")))
		return tf_error_set(err, TF_EPARSE,
		                    "%s: StructureDefinition %s has neither snapshot nor "
		                    "differential",
		                    source, url);
	if (p_find(v, url))
		return 0; /* the first one loaded wins */
	p_prof *p = tf_arena_alloc(v->arena, sizeof(*p));
	if (!p || !(p->url = canon(v, url)) || !(p->type = adup(v, type)) ||
	    !(p->source = adup(v, source)))
		return TF_ENOMEM;
	const char *base = json_string_value(json_object_get(sd, "baseDefinition"));
	p->base = base ? canon(v, base) : NULL;
	p->sd = json_incref(sd);
	void **slot = tf_arena_grow(v->arena, (void **)&v->profs, &v->nprofs, &v->capprofs,
	                            sizeof(void *));
	if (!slot) {
		json_decref(sd);
		return TF_ENOMEM;
	}
	*slot = p;
	return 0;
}

static int load_resource(tf_validator *v, json_t *res, const char *source, tf_error *err, int depth)
{
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	if (!rt)
		return 0;
	if (strcmp(rt, "Bundle") == 0 && depth < 4) {
		size_t i;
		const json_t *e;
		json_array_foreach(json_object_get(res, "entry"), i, e)
		{
			json_t *r = json_object_get(e, "resource");
			int rc = r ? load_resource(v, r, source, err, depth + 1) : 0;
			if (rc < 0)
				return rc;
		}
		return 0;
	}
	if (strcmp(rt, "StructureDefinition") == 0) {
		const char *der = json_string_value(json_object_get(res, "derivation"));
		/* a new type (specialization) is not a profile: the base
		 * definitions hold the R4 ones */
		if (der && strcmp(der, "constraint") == 0)
			return add_prof(v, res, source, err);
		return 0;
	}
	if (strcmp(rt, "ValueSet") == 0) {
		int rc = v_vs_add_resource(v, res);
		if (rc == TF_ELIMIT)
			return tf_error_set(err, rc, "%s: too many value sets", source);
		return rc;
	}
	return 0;
}

static int load_file(tf_validator *v, const char *path, tf_error *err)
{
	json_t *res = NULL;
	int rc = tf_fhirpath_load(path, &res, err);
	if (rc < 0) {
		tf_error_prefix(err, "definitions %s", path);
		return rc;
	}
	rc = load_resource(v, res, path, err, 0);
	json_decref(res);
	if (rc == TF_ENOMEM)
		return tf_error_set(err, rc, "out of memory");
	return rc;
}

static int has_suffix(const char *s, const char *suf)
{
	size_t ls = strlen(s), lf = strlen(suf);
	return ls >= lf && strcmp(s + ls - lf, suf) == 0;
}

/* ------------------------------------------------------ element lists */

/* The id of an element: its id, or its path (with ":sliceName"). */
static const char *elem_id(const json_t *e, char *buf, size_t size)
{
	const char *id = json_string_value(json_object_get(e, "id"));
	if (id)
		return id;
	const char *path = json_string_value(json_object_get(e, "path"));
	const char *slice = json_string_value(json_object_get(e, "sliceName"));
	if (!path)
		return NULL;
	if (slice)
		snprintf(buf, size, "%s:%s", path, slice);
	else
		snprintf(buf, size, "%s", path);
	return buf;
}

static int build_prof(tf_validator *v, p_prof *p, tf_error *err);

/* The snapshot, or the base's list with the differential laid over it by
 * element id (members the differential states replace the base's;
 * constraints add up). */
static int element_list(tf_validator *v, p_prof *p, tf_error *err)
{
	const json_t *snap = json_object_get(json_object_get(p->sd, "snapshot"), "element");
	if (json_array_size(snap)) {
		p->elems = json_incref((json_t *)snap);
		return 0;
	}
	json_t *list = json_array();
	if (!list)
		return TF_ENOMEM;
	const p_prof *base = p->base ? p_find(v, p->base) : NULL;
	if (base) {
		int rc = build_prof(v, (p_prof *)base, err);
		if (rc < 0 || base->err[0]) {
			json_decref(list);
			snprintf(p->err, sizeof(p->err), "its base %.100s cannot be used (%.150s)",
			         base->url, base->err[0] ? base->err : err->message);
			return rc == TF_ENOMEM ? rc : 0;
		}
		json_t *copy = json_deep_copy(base->elems);
		if (!copy || json_array_extend(list, copy) < 0) {
			json_decref(copy);
			json_decref(list);
			return TF_ENOMEM;
		}
		json_decref(copy);
	} else if (p->base &&
	           strncmp(p->base, "http://hl7.org/fhir/StructureDefinition/", 40) != 0) {
		json_decref(list);
		snprintf(p->err, sizeof(p->err),
		         "its base %s is not loaded (no snapshot to generate one from)", p->base);
		return 0;
	}
	size_t i;
	const json_t *d;
	json_array_foreach(json_object_get(json_object_get(p->sd, "differential"), "element"), i, d)
	{
		char b1[512], b2[512];
		const char *id = elem_id(d, b1, sizeof(b1));
		if (!id)
			continue;
		json_t *match = NULL;
		size_t k;
		json_t *e;
		json_array_foreach(list, k, e)
		{
			const char *eid = elem_id(e, b2, sizeof(b2));
			if (eid && strcmp(eid, id) == 0) {
				match = e;
				break;
			}
		}
		if (!match) {
			json_array_append_new(list, json_deep_copy(d));
			continue;
		}
		json_t *cons = json_deep_copy(json_object_get(match, "constraint"));
		const char *key;
		json_t *val;
		json_object_foreach((json_t *)d, key, val)
		        json_object_set_new(match, key, json_deep_copy(val));
		if (cons && json_object_get(d, "constraint")) {
			json_array_extend(cons, json_object_get(d, "constraint"));
			json_object_set(match, "constraint", cons);
		}
		json_decref(cons);
	}
	p->elems = list;
	return 0;
}

/* ------------------------------------------------------------- the tree */

static p_elem *new_elem(tf_validator *v, const char *name, size_t nlen)
{
	p_elem *e = tf_arena_alloc(v->arena, sizeof(*e));
	if (!e || !(e->name = tf_arena_strndup(v->arena, name, nlen)))
		return NULL;
	e->min = e->max = -2;
	return e;
}

static p_elem *kid_named(tf_validator *v, p_elem *parent, const char *name, size_t nlen)
{
	for (size_t i = 0; i < parent->nkids; i++)
		if (strlen(parent->kids[i]->name) == nlen &&
		    strncmp(parent->kids[i]->name, name, nlen) == 0)
			return parent->kids[i];
	p_elem *e = new_elem(v, name, nlen);
	void **slot = e ? tf_arena_grow(v->arena, (void **)&parent->kids, &parent->nkids,
	                                &parent->capkids, sizeof(void *))
	                : NULL;
	if (!slot)
		return NULL;
	*slot = e;
	return e;
}

static p_elem *slice_named(tf_validator *v, p_elem *sliced, const char *name, size_t nlen)
{
	for (size_t i = 0; i < sliced->nslices; i++)
		if (strlen(sliced->slices[i]->slice) == nlen &&
		    strncmp(sliced->slices[i]->slice, name, nlen) == 0)
			return sliced->slices[i];
	p_elem *e = new_elem(v, sliced->name, strlen(sliced->name));
	void **slot = e ? tf_arena_grow(v->arena, (void **)&sliced->slices, &sliced->nslices,
	                                &sliced->capslices, sizeof(void *))
	                : NULL;
	if (!slot || !(e->slice = tf_arena_strndup(v->arena, name, nlen)))
		return NULL;
	*slot = e;
	return e;
}

/* The node of id ("A.b:s.c"), made with its parents as needed. */
static p_elem *node_for(tf_validator *v, p_elem *root, const char *id)
{
	const char *p = strchr(id, '.');
	p_elem *cur = root;
	while (p && cur) {
		p++;
		size_t n = strcspn(p, ".");
		size_t nn = strcspn(p, ":.");
		cur = kid_named(v, cur, p, nn);
		if (cur && nn < n)
			cur = slice_named(v, cur, p + nn + 1, n - nn - 1);
		p = p[n] ? p + n : NULL;
	}
	return cur;
}

/* The core element (and type) of a path like "Observation.code.coding",
 * following types; NULL when the path leaves the core definitions. */
typedef struct corepos {
	const v_node *own;  /* backbone path node */
	const v_node *type; /* type node */
	const v_node *elem; /* element at the last step */
	const char *tname;  /* its type name */
} corepos;

static const v_node *core_member(const tf_validator *v, const corepos *c, const char *name,
                                 size_t len, const char **tname)
{
	const v_node *e = NULL;
	char buf[256];
	*tname = NULL;
	if (len + 4 > sizeof(buf))
		return NULL;
	memcpy(buf, name, len);
	buf[len] = '\0';
	for (int pass = 0; pass < 2 && !e; pass++) {
		const v_node *ctx = pass ? c->type : c->own;
		if (ctx)
			e = v_child(v, ctx, buf, len);
	}
	if (e) {
		*tname = e->choice ? NULL : (e->ntypes ? e->types[0] : NULL);
		return e;
	}
	/* a choice named by its type: valueQuantity */
	for (size_t i = 1; i < len; i++) {
		if (!isupper((unsigned char)buf[i]))
			continue;
		char ch[256];
		memcpy(ch, buf, i);
		memcpy(ch + i, "[x]", 4);
		for (int pass = 0; pass < 2 && !e; pass++) {
			const v_node *ctx = pass ? c->type : c->own;
			if (ctx)
				e = v_child(v, ctx, ch, i + 3);
		}
		if (e) {
			*tname = v_choice_type(e, buf + i);
			return e;
		}
	}
	return NULL;
}

static void core_step(const tf_validator *v, corepos *c, const char *name, size_t len)
{
	const char *tname = NULL;
	const v_node *e = (c->own || c->type) ? core_member(v, c, name, len, &tname) : NULL;
	c->elem = e;
	c->tname = tname;
	c->own = NULL;
	c->type = NULL;
	if (!e)
		return;
	if (e->cref) {
		c->own = v_lookup(v, e->cref, strlen(e->cref));
		c->type = v->backbone;
		c->tname = c->own ? c->own->key : NULL;
		return;
	}
	if (e->nkids) {
		c->own = e;
		c->tname = e->key;
	}
	if (tname)
		c->type = v_lookup(v, tname, strlen(tname));
	if (e->nkids)
		c->type = tname ? c->type : v->backbone;
}

static int core_has_key(const tf_validator *v, const char *key)
{
	for (size_t i = 0; i < v->ncons; i++)
		if (strcmp(v->allcons[i]->key, key) == 0 && v->allcons[i]->ctx_type)
			return 1;
	return 0;
}

static int parse_max(const json_t *m)
{
	const char *s = json_string_value(m);
	if (!s)
		return -2;
	return strcmp(s, "*") == 0 ? -1 : (int)strtol(s, NULL, 10);
}

/* Fills node from ElementDefinition e; cp is the core position of its path. */
static int fill_elem(tf_validator *v, p_prof *p, p_elem *n, const json_t *e, const corepos *cp)
{
	const v_node *core = cp->elem;
	n->core = core;
	n->core_type = cp->tname;
	const json_t *jmin = json_object_get(e, "min");
	if (json_is_integer(jmin))
		n->min = (int)json_integer_value(jmin);
	n->max = parse_max(json_object_get(e, "max"));
	/* only what is narrower than the core: the base walk checks the rest */
	int cmin = core ? core->min : 0, cmax = core ? core->max : -1;
	if (!core && !n->slice && json_object_get(e, "base")) {
		const json_t *b = json_object_get(e, "base");
		cmin = (int)json_integer_value(json_object_get(b, "min"));
		cmax = parse_max(json_object_get(b, "max"));
	}
	n->check_min = n->min > (n->slice ? 0 : cmin);
	n->check_max = n->max >= 0 && (n->slice || cmax < 0 || n->max < cmax);
	const char *key;
	json_t *val;
	json_object_foreach((json_t *)e, key, val)
	{
		if (strncmp(key, "fixed", 5) == 0 && isupper((unsigned char)key[5]))
			n->fixed = val;
		else if (strncmp(key, "pattern", 7) == 0 && isupper((unsigned char)key[7]))
			n->pattern = val;
	}
	const json_t *b = json_object_get(e, "binding");
	const char *vs = json_string_value(json_object_get(b, "valueSet"));
	const char *str = json_string_value(json_object_get(b, "strength"));
	if (vs && str) {
		int s = strcmp(str, "required") == 0     ? V_BIND_REQUIRED
		        : strcmp(str, "extensible") == 0 ? V_BIND_EXTENSIBLE
		        : strcmp(str, "preferred") == 0  ? V_BIND_PREFERRED
		                                         : V_BIND_NONE;
		if (s != V_BIND_NONE &&
		    !(core && core->strength == s && core->vs_url && canon_eq(core->vs_url, vs))) {
			n->strength = s;
			n->vs_url = canon(v, vs);
		}
	}
	size_t i;
	const json_t *t;
	size_t nt = json_array_size(json_object_get(e, "type"));
	if (nt) {
		n->types = tf_arena_alloc(v->arena, nt * sizeof(*n->types));
		if (!n->types)
			return TF_ENOMEM;
		n->narrow = core && core->choice && nt < core->ntypes;
	}
	json_array_foreach(json_object_get(e, "type"), i, t)
	{
		const char *code = json_string_value(json_object_get(t, "code"));
		if (n->types && code)
			n->types[n->ntypes++] = adup(v, code);
		const char *prof =
		        json_string_value(json_array_get(json_object_get(t, "profile"), 0));
		if (i == 0 && prof)
			n->type_profile = canon(v, prof);
		if (i == 0 && nt == 1 && code && !n->core_type && !core)
			n->core_type = adup(v, code);
	}
	const json_t *sl = json_object_get(e, "slicing");
	if (sl) {
		n->sliced = 1;
		const char *rules = json_string_value(json_object_get(sl, "rules"));
		n->closed = rules && strcmp(rules, "closed") == 0;
		const json_t *ds = json_object_get(sl, "discriminator");
		n->disc = tf_arena_alloc(v->arena, (json_array_size(ds) + 1) * sizeof(*n->disc));
		if (!n->disc)
			return TF_ENOMEM;
		json_array_foreach(ds, i, t)
		{
			const char *dt = json_string_value(json_object_get(t, "type"));
			const char *dp = json_string_value(json_object_get(t, "path"));
			if (!dt || !dp)
				continue;
			p_disc *d = &n->disc[n->ndisc++];
			d->type = strcmp(dt, "value") == 0     ? P_DISC_VALUE
			          : strcmp(dt, "pattern") == 0 ? P_DISC_PATTERN
			          : strcmp(dt, "exists") == 0  ? P_DISC_EXISTS
			          : strcmp(dt, "type") == 0    ? P_DISC_TYPE
			          : strcmp(dt, "profile") == 0 ? P_DISC_PROFILE
			                                       : P_DISC_OTHER;
			d->path = adup(v, dp);
		}
	}
	json_array_foreach(json_object_get(e, "constraint"), i, t)
	{
		const char *ck = json_string_value(json_object_get(t, "key"));
		const char *expr = json_string_value(json_object_get(t, "expression"));
		if (!ck || !expr || core_has_key(v, ck))
			continue;
		v_cons *c = tf_arena_alloc(v->arena, sizeof(*c));
		if (!c)
			return TF_ENOMEM;
		const char *sev = json_string_value(json_object_get(t, "severity"));
		c->key = adup(v, ck);
		c->severity = sev && strcmp(sev, "error") == 0 ? "error" : "warning";
		c->expr = adup(v, expr);
		c->human = adup(v, json_string_value(json_object_get(t, "human")) ?: "");
		c->ctx_type = NULL; /* typed at run time, by the element's value */
		c->index = (size_t)-1;
		if (!(v->flags & TF_VALIDATE_NO_INVARIANTS)) {
			tf_error ce;
			tf_error_clear(&ce);
			if (tf_fhirpath_compile(&c->fp, c->expr, &ce) < 0) {
				c->fp = NULL;
				snprintf(c->cerr, sizeof(c->cerr), "%.120s (profile %.60s)",
				         ce.message, p->url);
			}
		}
		void **slot = tf_arena_grow(v->arena, (void **)&n->cons, &n->ncons, &n->capcons,
		                            sizeof(void *));
		void **all = tf_arena_grow(v->arena, (void **)&v->pcons, &v->npcons, &v->cappcons,
		                           sizeof(void *));
		if (!slot || !all)
			return TF_ENOMEM;
		*slot = c;
		*all = c;
	}
	return 0;
}

/* The core position of an element path ("Observation.component.code"). */
static corepos core_pos(const tf_validator *v, const char *path)
{
	corepos c = {NULL, NULL, NULL, NULL};
	size_t n = strcspn(path, ".");
	c.type = v_lookup(v, path, n);
	c.tname = c.type ? c.type->key : NULL;
	const char *p = path + n;
	while (*p == '.') {
		p++;
		size_t l = strcspn(p, ".");
		core_step(v, &c, p, l);
		p += l;
	}
	return c;
}

static int build_prof(tf_validator *v, p_prof *p, tf_error *err)
{
	if (p->root || p->err[0])
		return 0;
	if (p->building) {
		snprintf(p->err, sizeof(p->err), "its base chain loops");
		return 0;
	}
	p->building = 1;
	int rc = element_list(v, p, err);
	p->building = 0;
	if (rc < 0 || p->err[0])
		return rc;
	p_elem *root = new_elem(v, p->type, strlen(p->type));
	if (!root)
		return TF_ENOMEM;
	size_t i;
	const json_t *e;
	json_array_foreach(p->elems, i, e)
	{
		char buf[512];
		const char *id = elem_id(e, buf, sizeof(buf));
		const char *path = json_string_value(json_object_get(e, "path"));
		if (!id || !path)
			continue;
		size_t rl = strcspn(id, ".:");
		if (strlen(p->type) != rl || strncmp(id, p->type, rl) != 0) {
			snprintf(p->err, sizeof(p->err), "element %.200s is not under %s", id,
			         p->type);
			return 0;
		}
		p_elem *n = node_for(v, root, id);
		if (!n)
			return TF_ENOMEM;
		corepos cp = core_pos(v, path);
		if ((rc = fill_elem(v, p, n, e, &cp)) < 0)
			return rc;
	}
	p->root = root;
	return 0;
}

int p_load_path(tf_validator *v, const char *path, tf_error *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0)
		return tf_error_set(err, TF_ENOTFOUND, "definitions: %s not found", path);
	int rc = 0;
	if (S_ISDIR(sb.st_mode)) {
		DIR *d = opendir(path);
		if (!d)
			return tf_error_set(err, TF_EIO, "definitions: cannot read %s", path);
		/* sorted, so that which of two same-url definitions wins is stable */
		char **names = NULL;
		size_t n = 0, cap = 0;
		struct dirent *de;
		while ((de = readdir(d))) {
			if (de->d_name[0] == '.' ||
			    !(has_suffix(de->d_name, ".json") || has_suffix(de->d_name, ".xml")))
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 32;
				char **nn = realloc(names, cap * sizeof(*nn));
				if (!nn) {
					rc = TF_ENOMEM;
					break;
				}
				names = nn;
			}
			if (!(names[n] = strdup(de->d_name))) {
				rc = TF_ENOMEM;
				break;
			}
			n++;
		}
		closedir(d);
		if (n)
			qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++) {
			if (rc == 0) {
				char full[4096];
				snprintf(full, sizeof(full), "%s/%s", path, names[i]);
				rc = load_file(v, full, err);
			}
			free(names[i]);
		}
		free(names);
		if (rc == TF_ENOMEM)
			return tf_error_set(err, rc, "out of memory");
	} else
		rc = load_file(v, path, err);
	if (rc < 0)
		return rc;
	for (size_t i = 0; i < v->nprofs; i++)
		if ((rc = build_prof(v, v->profs[i], err)) < 0)
			return tf_error_set(err, rc, "out of memory");
	return 0;
}

void p_free_all(tf_validator *v)
{
	for (size_t i = 0; i < v->nprofs; i++) {
		json_decref(v->profs[i]->sd);
		json_decref(v->profs[i]->elems);
	}
	for (size_t i = 0; i < v->npcons; i++)
		tf_fhirpath_free(v->pcons[i]->fp);
}

/* ------------------------------------------------------------- checking */

static int num_eq(const json_t *a, const json_t *b)
{
	char x[64], y[64];
	const char *ta = tf_json_number_text(a, x, sizeof(x));
	const char *tb = tf_json_number_text(b, y, sizeof(y));
	return ta && tb && strcmp(ta, tb) == 0;
}

static int is_num(const json_t *j)
{
	return json_is_number(j) || tf_json_is_decimal(j);
}

/* fixed: exactly equal; pattern (sub = 1): every member of want is in got
 * with a matching value, and every item of a wanted array matches an item
 * of the actual one. */
static int json_match(const json_t *want, const json_t *got, int sub)
{
	if (is_num(want) || is_num(got))
		return is_num(want) && is_num(got) && num_eq(want, got);
	if (json_is_object(want)) {
		if (!json_is_object(got) ||
		    (!sub && json_object_size(got) != json_object_size(want)))
			return 0;
		const char *k;
		json_t *w;
		json_object_foreach((json_t *)want, k, w)
		{
			if (!json_match(w, json_object_get(got, k), sub))
				return 0;
		}
		return 1;
	}
	if (json_is_array(want)) {
		if (!json_is_array(got) || (!sub && json_array_size(got) != json_array_size(want)))
			return 0;
		for (size_t i = 0; i < json_array_size(want); i++) {
			int found = 0;
			if (!sub)
				found = json_match(json_array_get(want, i), json_array_get(got, i),
				                   0);
			for (size_t k = 0; sub && !found && k < json_array_size(got); k++)
				found = json_match(json_array_get(want, i), json_array_get(got, k),
				                   1);
			if (!found)
				return 0;
		}
		return 1;
	}
	return json_equal((json_t *)want, (json_t *)got);
}

/* Does JSON key name element step (name, or name[x] with a type suffix)? */
static int key_matches(const char *key, const char *name)
{
	size_t n = strlen(name);
	if (n > 3 && strcmp(name + n - 3, "[x]") == 0)
		return strncmp(key, name, n - 3) == 0 && isupper((unsigned char)key[n - 3]);
	return strcmp(key, name) == 0;
}

/* Values at a dotted path below node (arrays flattened) into out. */
static void values_at(const json_t *node, const char *path, json_t *out)
{
	if (!*path || strcmp(path, "$this") == 0) {
		if (json_is_array(node))
			json_array_extend(out, (json_t *)node);
		else if (node)
			json_array_append(out, (json_t *)node);
		return;
	}
	size_t l = strcspn(path, ".");
	const char *rest = path[l] ? path + l + 1 : "";
	char step[256];
	if (l >= sizeof(step))
		return;
	memcpy(step, path, l);
	step[l] = '\0';
	if (json_is_array(node)) {
		size_t i;
		const json_t *it;
		json_array_foreach(node, i, it) values_at(it, path, out);
		return;
	}
	if (!json_is_object(node))
		return;
	const char *k;
	json_t *val;
	json_object_foreach((json_t *)node, k, val)
	{
		if (key_matches(k, step))
			values_at(val, rest, out);
	}
}

/* The value element e fixes at dotted path below it: the fixed or pattern
 * of the element at the path, or of one above it read down the rest of
 * the path; the slices of elements on the way are looked in too (bp's
 * component slices fix code.coding.code in the slices of coding). NULL when
 * nothing is fixed there. */
static const json_t *fixed_at(const p_elem *e, const char *p, int *is_pattern, json_t **owned,
                              int depth)
{
	if (!e || depth > 16)
		return NULL;
	const json_t *fv = e->fixed ? e->fixed : e->pattern;
	if (fv) {
		*is_pattern = e->fixed == NULL;
		if (!*p)
			return fv;
		json_t *vals = json_array();
		values_at(fv, p, vals);
		if (json_array_size(vals) == 1)
			*owned = json_incref(json_array_get(vals, 0));
		json_decref(vals);
		return *owned;
	}
	if (!*p)
		return NULL;
	size_t l = strcspn(p, ".");
	const char *rest = p[l] ? p + l + 1 : "";
	for (size_t i = 0; i < e->nkids; i++) {
		const p_elem *k = e->kids[i];
		if (strlen(k->name) != l || strncmp(k->name, p, l) != 0)
			continue;
		const json_t *r = fixed_at(k, rest, is_pattern, owned, depth + 1);
		for (size_t s = 0; !r && s < k->nslices; s++)
			r = fixed_at(k->slices[s], rest, is_pattern, owned, depth + 1);
		return r;
	}
	return NULL;
}

/* The value slice s fixes at a discriminator path; for "url" of an
 * extension slice, its profile's url. *is_pattern tells which kind. */
static const json_t *slice_value(const p_elem *s, const char *path, int *is_pattern, json_t **owned)
{
	*owned = NULL;
	const json_t *r = fixed_at(s, strcmp(path, "$this") == 0 ? "" : path, is_pattern, owned, 0);
	if (r)
		return r;
	if (strcmp(path, "url") == 0 && s->type_profile) {
		*is_pattern = 0;
		*owned = json_string(s->type_profile);
		return *owned;
	}
	return NULL;
}

/* A choice value's type (the JSON key's suffix) is one of s's types. */
static int type_is(const p_elem *s, const char *key)
{
	size_t n = strlen(s->name);
	if (n < 3 || strcmp(s->name + n - 3, "[x]") != 0 || strlen(key) < n - 3)
		return -1;
	const char *suffix = key + n - 3;
	for (size_t i = 0; i < s->ntypes; i++)
		if (tf_strcaseeq(suffix, s->types[i]))
			return 1;
	return s->ntypes ? 0 : -1;
}

/* 1 when item (under JSON key) belongs to slice s of sliced, 0 when not,
 * -1 when the discriminators cannot tell (kinds not supported, or nothing
 * fixed). */
static int in_slice(const p_elem *sliced, const p_elem *s, const char *key, const json_t *item)
{
	if (!sliced->ndisc)
		return -1;
	for (size_t d = 0; d < sliced->ndisc; d++) {
		const p_disc *dc = &sliced->disc[d];
		if (dc->type == P_DISC_TYPE && strcmp(dc->path, "$this") == 0) {
			int r = type_is(s, key);
			if (r <= 0)
				return r;
			continue;
		}
		if (dc->type != P_DISC_VALUE && dc->type != P_DISC_PATTERN)
			return -1;
		int pat = 0;
		json_t *owned = NULL;
		const json_t *want = slice_value(s, dc->path, &pat, &owned);
		if (!want)
			return -1;
		json_t *got = json_array();
		values_at(item, dc->path, got);
		int ok = 0;
		for (size_t i = 0; i < json_array_size(got) && !ok; i++)
			ok = json_match(want, json_array_get(got, i),
			                pat || dc->type == P_DISC_PATTERN);
		json_decref(got);
		json_decref(owned);
		if (!ok)
			return 0;
	}
	return 1;
}

static void check_elem(vstate *st, const p_prof *p, const p_elem *pe, json_t *node,
                       const char *tname, const json_t *res);

static const char *short_url(const p_prof *p)
{
	const char *s = strrchr(p->url, '/');
	return s ? s + 1 : p->url;
}

/* The type of value under element e reached by JSON key. */
static const char *item_type(const p_elem *e, const char *key)
{
	if (e->core && e->core->choice) {
		size_t n = strlen(e->core->name);
		return v_choice_type(e->core, key + n);
	}
	return e->core_type;
}

/* Rules of e on one value (fixed, pattern, binding, types, constraints,
 * its own children). */
static void check_value(vstate *st, const p_prof *p, const p_elem *e, const char *key, json_t *val,
                        const json_t *res)
{
	const char *tname = item_type(e, key);
	if (e->narrow) {
		const char *suffix = key + strlen(e->core->name);
		int ok = 0;
		for (size_t i = 0; i < e->ntypes && !ok; i++)
			ok = tf_strcaseeq(suffix, e->types[i]) ||
			     (strcmp(suffix, "Quantity") == 0 && strstr(e->types[i], "Quantity"));
		if (!ok)
			v_issue(st, "error", "structure",
			        "Profile %s: type %s is not allowed here (%zu allowed)",
			        short_url(p), suffix, e->ntypes);
	}
	if (e->fixed && !json_match(e->fixed, val, 0))
		v_issue(st, "error", "value",
		        "Profile %s: the value must be exactly as fixed by %s", short_url(p),
		        e->slice ? e->slice : e->name);
	if (e->pattern && !json_match(e->pattern, val, 1))
		v_issue(st, "error", "value",
		        "Profile %s: the value does not match the pattern of %s", short_url(p),
		        e->slice ? e->slice : e->name);
	if (e->strength && tname) {
		const v_vs *vs = v_vs_get(st->v, e->vs_url);
		if (vs)
			v_check_binding(st, e->strength, vs, e->vs_url, tname, val);
		else if (v_say_once(st, e->vs_url))
			v_issue(st, "information", "not-supported",
			        "Profile %s: value set %s is not loaded; its codes are not checked",
			        short_url(p), e->vs_url);
	}
	if (e->ncons && tname)
		v_run_cons(st, e->cons, e->ncons, val, NULL, tname, res);
	else if (e->ncons && v_say_once(st, e->id ? e->id : e->name))
		v_issue(st, "information", "not-supported",
		        "Profile %s: the type of %s is not known; its constraints are not checked",
		        short_url(p), e->name);
	if (json_is_object(val) && (e->nkids || e->nslices))
		check_elem(st, p, e, val, tname, res);
}

typedef struct pitem {
	const char *key;
	json_t *val;
	long index; /* -1: not in an array */
} pitem;

static void loc_item(vstate *st, const pitem *it)
{
	v_loc_push(st, it->key, strlen(it->key));
	if (it->index >= 0)
		v_loc_index(st, (size_t)it->index);
}

/* Slices of element k over its values. */
static void check_slices(vstate *st, const p_prof *p, const p_elem *k, const pitem *items, size_t n,
                         const json_t *res)
{
	size_t counts[64] = {0};
	size_t ns = k->nslices < 64 ? k->nslices : 64;
	int unknown[64] = {0};
	for (size_t i = 0; i < n; i++) {
		int found = 0, untold = 0;
		for (size_t s = 0; s < ns && !found; s++) {
			int r = in_slice(k, k->slices[s], items[i].key, items[i].val);
			if (r < 0) {
				unknown[s] = untold = 1;
				continue;
			}
			if (r == 1) {
				found = 1;
				counts[s]++;
				size_t mark = st->loc.len;
				loc_item(st, &items[i]);
				check_value(st, p, k->slices[s], items[i].key, items[i].val, res);
				v_loc_cut(st, mark);
			}
		}
		if (!found && !untold && k->closed) {
			size_t mark = st->loc.len;
			loc_item(st, &items[i]);
			v_issue(st, "error", "structure",
			        "Profile %s: this %s matches none of the slices, and the slicing "
			        "is "
			        "closed",
			        short_url(p), k->name);
			v_loc_cut(st, mark);
		}
	}
	for (size_t s = 0; s < ns; s++) {
		const p_elem *sl = k->slices[s];
		if (unknown[s]) {
			if (v_say_once(st, sl->slice))
				v_issue(st, "information", "not-supported",
				        "Profile %s: slice %s of %s cannot be told by its "
				        "discriminators here; not checked",
				        short_url(p), sl->slice, k->name);
			continue;
		}
		size_t mark = n ? v_loc_push(st, items[0].key, strlen(items[0].key)) : st->loc.len;
		if (sl->min > 0 && counts[s] < (size_t)sl->min)
			v_issue(st, "error", "required",
			        "Profile %s: slice %s of %s has %zu items; at least %d required",
			        short_url(p), sl->slice, k->name, counts[s], sl->min);
		if (sl->max >= 0 && counts[s] > (size_t)sl->max)
			v_issue(st, "error", "structure",
			        "Profile %s: slice %s of %s has %zu items; at most %d allowed",
			        short_url(p), sl->slice, k->name, counts[s], sl->max);
		v_loc_cut(st, mark);
	}
}

/* The children of pe on object node. */
static void check_elem(vstate *st, const p_prof *p, const p_elem *pe, json_t *node,
                       const char *tname, const json_t *res)
{
	(void)tname;
	for (size_t ki = 0; ki < pe->nkids; ki++) {
		const p_elem *k = pe->kids[ki];
		pitem items[256];
		size_t n = 0, shadows = 0;
		const char *key;
		json_t *val;
		json_object_foreach(node, key, val)
		{
			if (key[0] == '_' && key_matches(key + 1, k->name) &&
			    !json_object_get(node, key + 1)) {
				shadows += json_is_array(val) ? json_array_size(val) : 1;
				continue;
			}
			if (!key_matches(key, k->name))
				continue;
			if (json_is_array(val)) {
				for (size_t i = 0; i < json_array_size(val) && n < 256; i++)
					items[n++] = (pitem){key, json_array_get(val, i), (long)i};
			} else if (n < 256)
				items[n++] = (pitem){key, val, -1};
		}
		size_t count = n + shadows;
		if (k->check_min && count < (size_t)k->min)
			v_issue(st, "error", "required",
			        "Profile %s: element %s has %zu items; at least %d required",
			        short_url(p), k->name, count, k->min);
		if (k->check_max && count > (size_t)k->max) {
			size_t mark = n ? (v_loc_push(st, items[0].key, strlen(items[0].key))) : 0;
			v_issue(st, "error", "structure",
			        "Profile %s: element %s has %zu items; at most %d allowed",
			        short_url(p), k->name, count, k->max);
			if (n)
				v_loc_cut(st, mark);
		}
		for (size_t i = 0; i < n; i++) {
			size_t mark = st->loc.len;
			loc_item(st, &items[i]);
			check_value(st, p, k, items[i].key, items[i].val, res);
			v_loc_cut(st, mark);
		}
		if (k->nslices)
			check_slices(st, p, k, items, n, res);
	}
}

/* Extensions anywhere below node whose url is a loaded extension
 * definition are checked against it. */
static void check_extensions(vstate *st, json_t *node, const json_t *res, int depth)
{
	if (depth > 64 || !json_is_object(node))
		return;
	const char *key;
	json_t *val;
	json_object_foreach(node, key, val)
	{
		if (strcmp(key, "contained") == 0 ||
		    (strcmp(key, "resource") == 0 && json_object_get(val, "resourceType")))
			continue; /* resources of their own: walked by p_check_resource */
		int ext = strcmp(key, "extension") == 0 || strcmp(key, "modifierExtension") == 0;
		size_t mark = v_loc_push(st, key, strlen(key));
		if (json_is_array(val)) {
			size_t i;
			json_t *it;
			json_array_foreach(val, i, it)
			{
				size_t m2 = st->loc.len;
				v_loc_index(st, i);
				const p_prof *p =
				        ext ? p_find(st->v,
				                     json_string_value(json_object_get(it, "url")))
				            : NULL;
				if (p && p->root && strcmp(p->type, "Extension") == 0)
					check_value(st, p, p->root, "extension", it, res);
				check_extensions(st, it, res, depth + 1);
				v_loc_cut(st, m2);
			}
		} else
			check_extensions(st, val, res, depth + 1);
		v_loc_cut(st, mark);
	}
}

static void apply(vstate *st, const p_prof *p, json_t *res, const char *rt)
{
	if (p->err[0]) {
		v_issue(st, "error", "not-supported", "Profile %s cannot be used: %s", p->url,
		        p->err);
		return;
	}
	if (strcmp(p->type, rt) != 0) {
		v_issue(st, "error", "structure", "Profile %s is for %s, not %s", p->url, p->type,
		        rt);
		return;
	}
	const p_elem *r = p->root;
	if (r->fixed && !json_match(r->fixed, res, 0))
		v_issue(st, "error", "value", "Profile %s: the resource must be exactly as fixed",
		        short_url(p));
	if (r->ncons)
		v_run_cons(st, r->cons, r->ncons, res, NULL, rt, res);
	check_elem(st, p, r, res, rt, res);
}

/* 1 when a is b or one of b's bases. */
static int is_base_of(const tf_validator *v, const p_prof *a, const p_prof *b)
{
	for (int depth = 0; b && depth < 32; depth++) {
		if (a == b)
			return 1;
		b = b->base ? p_find(v, b->base) : NULL;
	}
	return 0;
}

void p_check_resource(vstate *st, json_t *res, int contained)
{
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	if (!rt)
		return;
	/* the profiles that apply: claimed, and asked for (same type, not
	 * contained); one that is the base of another is checked through it */
	const p_prof *todo[64];
	size_t n = 0;
	size_t i;
	const json_t *u;
	json_array_foreach(json_object_get(json_object_get(res, "meta"), "profile"), i, u)
	{
		const char *url = json_string_value(u);
		if (!url)
			continue;
		const p_prof *p = p_find(st->v, url);
		if (p) {
			if (n < 64)
				todo[n++] = p;
			continue;
		}
		/* the core definition of the type itself is what the base walk checks */
		static const char core[] = "http://hl7.org/fhir/StructureDefinition/";
		if (strncmp(url, core, sizeof(core) - 1) == 0) {
			const char *t = url + sizeof(core) - 1;
			size_t tl = strcspn(t, "|");
			const v_node *nd = v_lookup(st->v, t, tl);
			if (nd && nd->is_type)
				continue;
		}
		size_t mark = v_loc_push(st, "meta.profile", 12);
		v_loc_index(st, i);
		v_issue(st, "warning", "not-found",
		        "Profile %.300s is not loaded (--definitions); the resource is not checked "
		        "against it",
		        url);
		v_loc_cut(st, mark);
	}
	for (size_t k = 0; !contained && k < st->nprofiles; k++) {
		const p_prof *p = p_find(st->v, st->profiles[k]);
		if (p && strcmp(p->type, rt) == 0) {
			st->profiles_applied++;
			if (n < 64)
				todo[n++] = p;
		}
	}
	for (size_t a = 0; a < n; a++) {
		int covered = 0;
		for (size_t b = 0; b < n && !covered; b++)
			if (b != a && is_base_of(st->v, todo[a], todo[b]) &&
			    (todo[a] != todo[b] || b < a))
				covered = 1;
		if (!covered)
			apply(st, todo[a], res, rt);
	}
	if (st->v->nprofs)
		check_extensions(st, res, res, 0);
}
