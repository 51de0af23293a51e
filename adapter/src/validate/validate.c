/*
 * validate.c - the FHIR R4 validator's walk. One pass over a resource's
 * JSON, with the definition index (defs.c) giving each member its element
 * definition through per-type member tables: unknown members, JSON types,
 * primitive formats, arrays vs single values, empty values and nulls,
 * cardinality, choice types, bindings by strength, reference format; then
 * the invariants of each element's path and type, evaluated with the
 * FHIRPath engine (vfhirpath.c) or, for four of them, in C (said where).
 * Contained resources and Bundle entries are walked as resources of their
 * own type, with locations relative to the outermost one
 * ("Bundle.entry[2].resource.status"). After each resource's walk come its
 * profiles (profile.c) and, for SearchParameter and CapabilityStatement,
 * the search parameter checks (search.c). Issues go into an
 * OperationOutcome.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "trialfhir/json.h"
#include "validate/vint.h"

void v_issue(vstate *st, const char *severity, const char *code, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	json_t *is = json_object();
	if (!is || json_object_set_new(is, "severity", json_string(severity)) < 0 ||
	    json_object_set_new(is, "code", json_string(code)) < 0 ||
	    json_object_set_new(is, "diagnostics", json_string(msg)) < 0 ||
	    (st->loc.len &&
	     json_object_set_new(is, "expression", json_pack("[s]", st->loc.ptr)) < 0) ||
	    json_array_append_new(st->issues, is) < 0) {
		st->oom = 1;
		return;
	}
	if (strcmp(severity, "error") == 0 || strcmp(severity, "fatal") == 0)
		st->counts.errors++;
	else if (strcmp(severity, "warning") == 0)
		st->counts.warnings++;
	else
		st->counts.information++;
}

/* Location helpers: push a step, then cut back to the saved length. */
size_t v_loc_push(vstate *st, const char *name, size_t len)
{
	/* once per member: one room check, then the bytes */
	size_t mark = st->loc.len;
	if (tf_buf_grow(&st->loc, len + 1) < 0)
		return mark;
	char *o = st->loc.ptr + st->loc.len;
	if (st->loc.len)
		*o++ = '.';
	memcpy(o, name, len);
	o[len] = '\0';
	st->loc.len = (size_t)(o + len - st->loc.ptr);
	return mark;
}

void v_loc_index(vstate *st, size_t i)
{
	/* by hand: printf per array item showed in profiles */
	char d[24];
	size_t n = sizeof(d);
	d[--n] = ']';
	do {
		d[--n] = (char)('0' + i % 10);
		i /= 10;
	} while (i);
	d[--n] = '[';
	tf_buf_put(&st->loc, d + n, sizeof(d) - n);
}

/* "_" + key into buf (size bytes); NULL when it does not fit. */
static const char *shadow_key(char *buf, size_t size, const char *key)
{
	size_t l = strlen(key);
	if (l + 2 > size)
		return NULL;
	buf[0] = '_';
	memcpy(buf + 1, key, l + 1);
	return buf;
}

void v_loc_cut(vstate *st, size_t mark)
{
	st->loc.len = mark;
	if (st->loc.ptr)
		st->loc.ptr[mark] = '\0';
}

/* json_object_get for the small objects the checks look into (a
 * Reference, a Coding, an Extension): their members were just walked and
 * are in cache, so comparing keys in order beats hashing the name. */
static json_t *member(const json_t *obj, const char *key)
{
	if (json_object_size(obj) > 4)
		return json_object_get(obj, key);
	for (void *it = json_object_iter((json_t *)obj); it;
	     it = json_object_iter_next((json_t *)obj, it)) {
		const char *k = json_object_iter_key(it);
		if (k[0] == key[0] && strcmp(k, key) == 0)
			return json_object_iter_value(it);
	}
	return NULL;
}

/* A resource's member that is by custom written among its first ones (id
 * after resourceType): looked for there in order before hashing the name,
 * which would read the resource's bucket table only for this. */
static json_t *lead_member(const json_t *obj, const char *key)
{
	void *it = json_object_iter((json_t *)obj);
	for (int i = 0; it && i < 3; i++, it = json_object_iter_next((json_t *)obj, it)) {
		const char *k = json_object_iter_key(it);
		if (k[0] == key[0] && strcmp(k, key) == 0)
			return json_object_iter_value(it);
	}
	return it ? json_object_get(obj, key) : NULL;
}

/* ------------------------------------------------------- definitions */

/* Where an object's members are defined: a backbone element's own path
 * node (with its declared type behind it) or a type node. */
typedef struct vctx {
	const v_node *own;  /* backbone element path node, or NULL */
	const v_node *type; /* type node (base chain followed) */
} vctx;

static int type_suffix_is(const char *suffix, const char *type)
{
	/* profiled types keep their base type's JSON name: doseQuantity */
	if (strcmp(type, "SimpleQuantity") == 0 || strcmp(type, "MoneyQuantity") == 0)
		type = "Quantity";
	return suffix[0] && toupper((unsigned char)type[0]) == suffix[0] &&
	       strcmp(suffix + 1, type + 1) == 0;
}

const char *v_choice_type(const v_node *def, const char *suffix)
{
	for (size_t t = 0; def && t < def->ntypes; t++)
		if (type_suffix_is(suffix, def->types[t]))
			return def->types[t];
	return NULL;
}

/* The definition of JSON member key, and for a choice the type its suffix
 * names. NULL when the key is not an element here. One lookup in the
 * member table of the backbone path, then of the type (defs.c). */
static const v_node *resolve_key(const tf_validator *v, const vctx *cx, const char *key, size_t len,
                                 const char **type, const v_node **tnode)
{
	(void)v;
	const v_member *m = cx->own ? v_member_get(cx->own, key, len) : NULL;
	if (!m && cx->type)
		m = v_member_get(cx->type, key, len);
	if (!m)
		return NULL;
	*type = m->type;
	*tnode = m->tnode;
	return m->def;
}

/* The context an element of declared type tname (its node t, when the
 * caller has it: one lookup less per element) opens for its members. */
static vctx ctx_for(const tf_validator *v, const v_node *def, const char *tname, const v_node *t)
{
	vctx cx = {NULL, NULL};
	if (def && def->cref) {
		cx.own = v_lookup(v, def->cref, strlen(def->cref));
		cx.type = v->backbone;
		return cx;
	}
	if (def && def->nkids)
		cx.own = def;
	cx.type = t ? t : tname ? v_lookup(v, tname, strlen(tname)) : NULL;
	return cx;
}

/* ---------------------------------------------------------- invariants */

/* ref-1, "a local reference points to a contained resource", checked
 * directly: through the engine it walks %rootResource.contained once per
 * reference, which is quadratic in a study with hundreds of contained
 * sites (seconds per study). The test is the expression's: a reference
 * not starting with '#' passes; "#id" passes when a contained resource of
 * the root has that id. */
/* Sets of strings (borrowed from the tree) for ref-1 and dom-3: open
 * addressing over FNV-1a, a power-of-2 number of slots kept at most half
 * full. (Sorting and binary search showed at a tenth of the validation
 * time on studies with hundreds of contained sites.) */
static size_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)(h ^ (h >> 29));
}

static int set_has(const char *const *slots, size_t cap, const char *k)
{
	if (!cap)
		return 0;
	for (size_t j = str_hash(k) & (cap - 1);; j = (j + 1) & (cap - 1)) {
		if (!slots[j])
			return 0;
		if (slots[j][0] == k[0] && strcmp(slots[j], k) == 0)
			return 1;
	}
}

/* Adds k to the set (*slots, *cap, *n); -1 when out of memory. */
static int set_add(const char ***slots, size_t *cap, size_t *n, const char *k)
{
	if (2 * (*n + 1) > *cap) {
		size_t ncap = *cap ? *cap * 2 : 64;
		const char **ns = calloc(ncap, sizeof(*ns));
		if (!ns)
			return -1;
		for (size_t i = 0; i < *cap; i++) {
			const char *e = (*slots)[i];
			if (!e)
				continue;
			size_t j = str_hash(e) & (ncap - 1);
			while (ns[j])
				j = (j + 1) & (ncap - 1);
			ns[j] = e;
		}
		free((void *)*slots);
		*slots = ns;
		*cap = ncap;
	}
	size_t j = str_hash(k) & (*cap - 1);
	for (; (*slots)[j]; j = (j + 1) & (*cap - 1))
		if (strcmp((*slots)[j], k) == 0)
			return 0;
	(*slots)[j] = k;
	(*n)++;
	return 0;
}

static int ref1_holds(vstate *st, const json_t *node)
{
	const char *ref = json_string_value(member(node, "reference"));
	if (!ref || ref[0] != '#')
		return 1;
	if (st->ids_root != st->root) {
		/* the root's contained ids, collected once per root */
		const json_t *list = json_object_get(st->root, "contained");
		size_t i, n = 0;
		const json_t *r;
		if (st->ids)
			memset(st->ids, 0, st->idcap * sizeof(*st->ids));
		json_array_foreach(list, i, r)
		{
			const char *id = json_string_value(lead_member(r, "id"));
			if (id && set_add(&st->ids, &st->idcap, &n, id) < 0) {
				st->oom = 1;
				return 1;
			}
		}
		st->ids_root = st->root;
	}
	return set_has(st->ids, st->idcap, ref + 1);
}

/* dom-3, "every contained resource is referenced from the resource, or
 * references it", checked directly: the engine cannot evaluate it (as() on
 * many items is an error in FHIRPath 2.0) and its expression re-walks the
 * whole resource once per contained resource. The walk itself collects
 * every "#..." string of the resource as it checks primitives (references,
 * canonicals, uris, and those of its contained resources, which may
 * reference each other), and notes the contained resources holding a bare
 * "#" (a reference to their container); dom-3 then looks each contained id
 * up. Lenient in one way: a "#id" string in any element counts, not only in
 * reference, canonical, uri and url ones. */
struct v_refset {
	const char **v; /* "#..." strings without the '#': a string set */
	size_t n, cap;
	const json_t **selfs; /* contained resources with a bare "#" */
	size_t nself, capself;
	struct v_refset *up; /* the enclosing root's (a Bundle's) */
};

static int grow_ptrs(const void ***items, size_t *n, size_t *cap)
{
	if (*n < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 32;
	const void **nv = realloc((void *)*items, ncap * sizeof(*nv));
	if (!nv)
		return -1;
	*items = nv;
	*cap = ncap;
	return 0;
}

static void note_local_ref(vstate *st, const char *s)
{
	if (!st->refs)
		return;
	if (!s[1]) {
		v_refset *rs = st->refs;
		if (!st->cur_contained)
			return;
		if (grow_ptrs((const void ***)&rs->selfs, &rs->nself, &rs->capself) < 0) {
			st->oom = 1;
			return;
		}
		rs->selfs[rs->nself++] = st->cur_contained;
		return;
	}
	/* %resource.descendants() of every enclosing root sees it */
	for (v_refset *rs = st->refs; rs; rs = rs->up) {
		if (set_add(&rs->v, &rs->cap, &rs->n, s + 1) < 0) {
			st->oom = 1;
			return;
		}
	}
}

static int dom3_holds(vstate *st, const json_t *res)
{
	const json_t *list = json_object_get(res, "contained");
	v_refset *rs = st->refs;
	if (!json_array_size(list) || !rs)
		return 1;
	int ok = 1;
	size_t i;
	const json_t *r;
	json_array_foreach(list, i, r)
	{
		const char *id = json_string_value(lead_member(r, "id"));
		if (id && set_has(rs->v, rs->cap, id))
			continue;
		/* not referenced: it passes only when it references its container ("#") */
		int self = 0;
		for (size_t k = 0; k < rs->nself && !self; k++)
			self = rs->selfs[k] == r;
		if (!self)
			ok = 0;
	}
	return ok;
}

/* ext-1, extension.exists() != value.exists(): "must have either
 * extensions or value[x], not both". Checked directly: it applies to every
 * extension, the most frequent complex element of converted studies. */
static int ext1_holds(const json_t *node)
{
	int ext = member(node, "extension") != NULL;
	int value = 0;
	const char *key;
	json_t *val;
	json_object_foreach((json_t *)node, key, val)
	{
		const char *k = key[0] == '_' ? key + 1 : key; /* a value with only a shadow */
		if (strncmp(k, "value", 5) == 0 && isupper((unsigned char)k[5])) {
			value = 1;
			break;
		}
	}
	return ext != value;
}

/* ele-1, hasValue() or (children().count() > id.count()), on a complex
 * element: it has no value of its own, and its children are its members
 * (a "_name" shadow stands for a child too), so it holds when a member
 * other than id is present. Checked directly because it applies to every
 * element, and an engine evaluation per element costs more than the rest
 * of the element's checks together. */
static int ele1_holds(const json_t *node)
{
	/* two members: one is not id; one: it is not id (no hash lookup) */
	size_t n = json_object_size(node);
	if (n != 1)
		return n > 1;
	return strcmp(json_object_iter_key(json_object_iter((json_t *)node)), "id") != 0;
}

/* The prepared document to evaluate res's invariants through, or NULL.
 * Made for the resource being walked once it has had DOC_AFTER engine
 * evaluations: indexing a tree costs about as much as walking it again,
 * which the one or two evaluations most resources need (org-1 on a
 * contained Organization) do not win back; a resource with many (a
 * Questionnaire's items, a PlanDefinition's actions) does. */
enum { DOC_AFTER = 8 };
static const tf_fhirpath_doc *doc_for(vstate *st, const json_t *res)
{
	if (res != st->doc_res)
		return NULL;
	if (!st->doc && ++st->doc_evals >= DOC_AFTER) {
		tf_error err;
		tf_error_clear(&err);
		if (tf_fhirpath_doc_new(res, &st->doc, &err) < 0) {
			st->doc = NULL;
			st->doc_evals = 0; /* out of memory: plain lookups, try later */
		}
	}
	return st->doc;
}

void v_run_cons(vstate *st, v_cons *const *cons, size_t n, json_t *node, json_t *shadow,
                const char *tname, const json_t *res)
{
	if (st->v->flags & TF_VALIDATE_NO_INVARIANTS)
		return;
	for (size_t i = 0; i < n; i++) {
		v_cons *c = cons[i];
		if (c->native) {
			int holds = c->native == V_NATIVE_ELE1   ? ele1_holds(node)
			            : c->native == V_NATIVE_REF1 ? ref1_holds(st, node)
			            : c->native == V_NATIVE_EXT1 ? ext1_holds(node)
			                                         : dom3_holds(st, node);
			if (!holds)
				v_issue(st, "error", "invariant",
				        "Constraint failed: %s: '%s' (%s)", c->key, c->human,
				        c->expr);
			continue;
		}
		if (c->root_only && node == st->cur_contained)
			continue;
		int ok = 1;
		/* a presence-only invariant: its verdict for these members, once
		 * evaluated on any element, is the verdict (vfhirpath.c) */
		unsigned mask = 0;
		int memo = c->npw && !shadow && json_is_object(node) &&
		           v_cons_presence(c, node, &mask);
		if (memo) {
			unsigned char known = __atomic_load_n(&c->memo[mask], __ATOMIC_RELAXED);
			if (known) {
				if (known == 1)
					v_issue(st,
					        strcmp(c->severity, "error") == 0 ? "error"
					                                          : "warning",
					        "invariant", "Constraint failed: %s: '%s' (%s)",
					        c->key, c->human, c->expr);
				continue;
			}
		}
		if (c->has_blank_verdict && !shadow && json_is_object(node) &&
		    !v_cons_touches(c, node)) {
			/* none of the names it mentions: its verdict is known */
			if (!c->blank_verdict)
				v_issue(st, strcmp(c->severity, "error") == 0 ? "error" : "warning",
				        "invariant", "Constraint failed: %s: '%s' (%s)", c->key,
				        c->human, c->expr);
			continue;
		}
		tf_error err;
		tf_error_clear(&err);
		int rc = c->cerr[0] ? TF_EINVALID
		                    : v_eval_cons(c, doc_for(st, res), node, shadow, tname, res,
		                                  st->root, &ok, &err);
		if (rc == TF_ENOMEM) {
			st->oom = 1;
			return;
		}
		if (rc < 0) {
			/* a profile's constraints are not numbered: said once by key */
			int first = c->index < st->v->ncons ? !st->reported[c->index]
			                                    : v_say_once(st, c->key);
			if (first) {
				if (c->index < st->v->ncons)
					st->reported[c->index] = 1;
				v_issue(st, "information", "not-supported",
				        "Constraint %s (%s) could not be evaluated: %s", c->key,
				        c->expr, c->cerr[0] ? c->cerr : err.message);
			}
			continue;
		}
		if (memo)
			__atomic_store_n(&c->memo[mask], (unsigned char)(ok ? 2 : 1),
			                 __ATOMIC_RELAXED);
		if (!ok)
			v_issue(st, strcmp(c->severity, "error") == 0 ? "error" : "warning",
			        "invariant", "Constraint failed: %s: '%s' (%s)", c->key, c->human,
			        c->expr);
	}
}

static void run_type_cons(vstate *st, const v_node *t, json_t *node, json_t *shadow,
                          const char *tname, const json_t *res)
{
	for (; t; t = t->base)
		v_run_cons(st, t->cons, t->ncons, node, shadow, tname, res);
}

/* ---------------------------------------------------------- primitives */

static int days_in_month(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

static int impossible_date(const char *s)
{
	if (strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return 0;
	int y = (int)strtol(s, NULL, 10), m = (int)strtol(s + 5, NULL, 10);
	int d = (int)strtol(s + 8, NULL, 10);
	return m >= 1 && m <= 12 && d > days_in_month(y, m);
}

static const char *json_kind_name(const json_t *j)
{
	if (tf_json_is_decimal(j))
		return "a number";
	switch (json_typeof(j)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
	case JSON_REAL:
		return "a number";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

static void check_binding(vstate *st, const v_node *def, const char *tname, const json_t *val);

/* tf_json_is_decimal with the tag byte tested inline first: strings are
 * checked far more often than decimals are met. */
static inline int is_decimal(const json_t *v)
{
	return json_string_value(v)[0] == TF_DECIMAL_TAG_BYTE && tf_json_is_decimal(v);
}

/* The spec's regexes of the most frequent primitives, by hand: POSIX
 * regexec took a sixth of the validation time. 1 matches, 0 does not, -1
 * no hand-written form (use the regex).
 *   string, markdown  [ \r\n\t\S]+        any non-empty string
 *   uri, url, canonical  \S*              no whitespace
 *   code    [^\s]+(\s[^\s]+)*             no leading, trailing or double whitespace
 *   id      [A-Za-z0-9\-\.]{1,64} */
static int fast_format(int fmt, const char *text)
{
	if (!text)
		return -1;
	switch (fmt) {
	case V_FMT_TEXT:
		return *text != '\0';
	case V_FMT_URI:
		/* the C library's scan: urls are long, a byte loop showed */
		return text[strcspn(text, " \t\n\v\f\r")] == '\0';
	case V_FMT_CODE:
		if (!*text || isspace((unsigned char)text[0]))
			return 0;
		for (const char *p = text; *p; p++)
			if (isspace((unsigned char)*p) && (!p[1] || isspace((unsigned char)p[1])))
				return 0;
		return 1;
	case V_FMT_ID: {
		size_t n = 0;
		for (const char *p = text; *p; p++, n++)
			if (!isalnum((unsigned char)*p) && *p != '-' && *p != '.')
				return 0;
		return n >= 1 && n <= 64;
	}
	default:
		return -1;
	}
}

static void check_primitive(vstate *st, const v_node *def, const v_node *t, const json_t *val)
{
	char nb[64];
	const char *text = NULL;
	switch (t->json) {
	case V_JBOOL:
		if (!json_is_boolean(val)) {
			v_issue(st, "error", "structure", "Expected a boolean for %s, found %s",
			        t->key, json_kind_name(val));
			return;
		}
		return;
	case V_JINT:
		if (!json_is_integer(val)) {
			v_issue(st, "error", "structure", "Expected an integer for %s, found %s",
			        t->key, json_kind_name(val));
			return;
		}
		{
			json_int_t i = json_integer_value(val);
			if (i < -2147483648LL || i > 2147483647LL)
				v_issue(st, "error", "value", "Integer %lld out of range",
				        (long long)i);
			else if (t->fmt == V_FMT_POSINT && i < 1)
				v_issue(st, "error", "value",
				        "positiveInt must be at least 1, not %lld", (long long)i);
			else if (t->fmt == V_FMT_UINT && i < 0)
				v_issue(st, "error", "value",
				        "unsignedInt must not be negative (%lld)", (long long)i);
		}
		return;
	case V_JDEC:
		if (!json_is_number(val) && !tf_json_is_decimal(val)) {
			v_issue(st, "error", "structure", "Expected a number for %s, found %s",
			        t->key, json_kind_name(val));
			return;
		}
		text = tf_json_number_text(val, nb, sizeof(nb));
		break;
	default:
		if (!json_is_string(val) || is_decimal(val)) {
			v_issue(st, "error", "structure", "Expected a string for %s, found %s",
			        t->key, json_kind_name(val));
			return;
		}
		text = json_string_value(val);
		if (text[0] == '#')
			note_local_ref(st, text);
		if (!*text) {
			v_issue(st, "error", "value", "Empty string: strings must have a value");
			return;
		}
		if (tf_is_blank(text))
			v_issue(st, "warning", "value", "String is only whitespace");
		break;
	}
	/* string and markdown's regex, [ \r\n\t\S]+, holds for every non-empty
	 * string (checked above); POSIX regexec would spend most of the
	 * validation time proving it on long descriptions */
	int fast = fast_format(t->fmt, text);
	if (text && t->has_re &&
	    (fast == 0 || (fast < 0 && regexec(&t->re, text, 0, NULL, 0) != 0)))
		v_issue(st, "error", "value", "The value '%.200s' is not a valid %s", text, t->key);
	else if (text && t->fmt == V_FMT_DATE && impossible_date(text))
		v_issue(st, "error", "value", "The value '%.200s' is not a valid %s (no such day)",
		        text, t->key);
	else if (text && t->fmt == V_FMT_XHTML && strncmp(text, "<div", 4) != 0)
		v_issue(st, "error", "value", "Narrative div must be an XHTML <div> element");
	if (t->json != V_JDEC && json_is_string(val))
		check_binding(st, def, t->key, val);
}

/* ------------------------------------------------------------- bindings */

/* Severity of a code outside its value set, by binding strength
 * (terminologies.html#strength): required is an error; extensible a
 * warning (another code is allowed only when none of the set fits, which
 * a validator cannot know); preferred information (a recommendation). */
static void binding_issue(vstate *st, int strength, const char *vs_url, const char *what,
                          int plural)
{
	const char *verb = plural ? "is in" : "is not in";
	if (strength == V_BIND_REQUIRED)
		v_issue(st, "error", "code-invalid", "%s %s the required value set %s", what, verb,
		        vs_url);
	else if (strength == V_BIND_EXTENSIBLE)
		v_issue(st, "warning", "code-invalid", "%s %s the extensible value set %s", what,
		        verb, vs_url);
	else if (strength == V_BIND_PREFERRED)
		v_issue(st, "information", "code-invalid", "%s %s the preferred value set %s", what,
		        verb, vs_url);
}

static int coding_in(const v_vs *vs, const json_t *coding)
{
	const char *sys = json_string_value(member(coding, "system"));
	const char *code = json_string_value(member(coding, "code"));
	if (!code)
		return -1;
	return v_vs_has(vs, sys, code);
}

void v_check_binding(vstate *st, int strength, const v_vs *vs, const char *vs_url,
                     const char *tname, const json_t *val)
{
	if (!vs || strength == V_BIND_NONE)
		return;
	char what[300];
	if (strcmp(tname, "code") == 0) {
		/* a code has no room for another system: an extensible binding
		 * of a code is as closed as a required one in practice, but the
		 * severity stays the binding's */
		if (json_is_string(val) && v_vs_has(vs, NULL, json_string_value(val)) == 0) {
			snprintf(what, sizeof(what), "The code '%.200s'", json_string_value(val));
			binding_issue(st, strength, vs_url, what, 0);
		}
	} else if (strcmp(tname, "Coding") == 0 || strcmp(tname, "Quantity") == 0 ||
	           strcmp(tname, "SimpleQuantity") == 0) {
		/* a Quantity's unit is bound through system + code, as a Coding */
		if (coding_in(vs, val) == 0) {
			snprintf(what, sizeof(what), "The %s %.120s#%.120s",
			         tname[0] == 'C' ? "coding" : "unit",
			         json_string_value(member(val, "system")) ?: "",
			         json_string_value(member(val, "code")));
			binding_issue(st, strength, vs_url, what, 0);
		}
	} else if (strcmp(tname, "CodeableConcept") == 0) {
		const json_t *codings = member(val, "coding");
		size_t i, n = json_array_size(codings);
		int any = 0, known = 0;
		for (i = 0; i < n; i++) {
			int r = coding_in(vs, json_array_get(codings, i));
			if (r == 1)
				any = 1;
			if (r >= 0)
				known++;
		}
		if (n && !any && known == (int)n) {
			snprintf(what, sizeof(what), "None of the %zu codings", n);
			binding_issue(st, strength, vs_url, what, 1);
		}
	}
}

static void check_binding(vstate *st, const v_node *def, const char *tname, const json_t *val)
{
	if (def)
		v_check_binding(st, def->strength, def->vs, def->vs_url, tname, val);
}

int v_say_once(vstate *st, const char *key)
{
	for (size_t i = 0; i < st->nsaid; i++)
		if (strcmp(st->said[i], key) == 0)
			return 0;
	if (st->nsaid == st->capsaid) {
		size_t ncap = st->capsaid ? st->capsaid * 2 : 8;
		const char **n = realloc(st->said, ncap * sizeof(*n));
		if (!n) {
			st->oom = 1;
			return 0;
		}
		st->said = n;
		st->capsaid = ncap;
	}
	st->said[st->nsaid++] = key;
	return 1;
}

/* ------------------------------------------------------------ references */

static void check_reference(vstate *st, const json_t *obj)
{
	const char *ref = json_string_value(member(obj, "reference"));
	if (!ref || !*ref || ref[0] == '#' || strstr(ref, "://") || strncmp(ref, "urn:", 4) == 0)
		return;
	/* relative: Type/id or Type/id/_history/vid */
	const char *slash = strchr(ref, '/');
	char type[128];
	size_t tl = slash ? (size_t)(slash - ref) : 0;
	const v_node *t = NULL;
	if (tl && tl < sizeof(type)) {
		memcpy(type, ref, tl);
		type[tl] = '\0';
		t = v_lookup(st->v, type, tl);
	}
	const char *id = slash ? slash + 1 : NULL;
	const char *hist = id ? strstr(id, "/_history/") : NULL;
	size_t idl = id ? (hist ? (size_t)(hist - id) : strlen(id)) : 0;
	int idok = idl >= 1 && idl <= 64;
	for (size_t i = 0; idok && i < idl; i++)
		idok = isalnum((unsigned char)id[i]) || id[i] == '-' || id[i] == '.';
	size_t mark = v_loc_push(st, "reference", 9);
	if (!t || !t->is_type || t->kind != V_RESOURCE || t->abstract)
		v_issue(st, "error", "value",
		        "Invalid reference '%.200s': a relative reference is ResourceType/id", ref);
	else if (!idok)
		v_issue(st, "error", "value", "Invalid reference '%.200s': bad id", ref);
	v_loc_cut(st, mark);
}

/* ---------------------------------------------------------------- walk */

static void walk_resource(vstate *st, json_t *res, int contained);
static void walk_object(vstate *st, json_t *obj, const vctx *cx, const json_t *res, int is_res);

/* One value (not an array) of element def with the type tname. */
static void walk_item(vstate *st, const v_node *def, const char *tname, const v_node *tnode,
                      json_t *val, json_t *shadow, const json_t *res)
{
	const tf_validator *v = st->v;
	const v_node *t = tnode ? tnode : tname ? v_lookup(v, tname, strlen(tname)) : NULL;
	if (def && def->cref)
		t = v->backbone;
	if (!t && !(def && def->nkids)) {
		v_issue(st, "information", "not-supported", "No definition for type %s",
		        tname ?: "?");
		return;
	}
	if (t && t->kind == V_PRIMITIVE) {
		if (shadow && !json_is_null(shadow)) {
			if (!json_is_object(shadow) || json_object_size(shadow) == 0)
				v_issue(st, "error", "structure",
				        "The _ element of a primitive must be a "
				        "non-empty object");
			else {
				vctx ecx = {NULL, v->element};
				walk_object(st, shadow, &ecx, res, 0);
			}
		}
		if (json_is_null(val) || !val) {
			if (!shadow || json_is_null(shadow))
				v_issue(st, "error", "structure",
				        "Null value with no id or extension");
			return;
		}
		check_primitive(st, def, t, val);
		return;
	}
	if (t && (t->kind == V_RESOURCE || t->fmt == V_FMT_RESOURCE)) {
		if (!json_is_object(val)) {
			v_issue(st, "error", "structure", "Expected a resource, found %s",
			        json_kind_name(val));
			return;
		}
		/* a contained resource shares its container's %rootResource; a
		 * Bundle entry (or Parameters resource) is a root of its own */
		walk_resource(st, val, def && strcmp(def->name, "contained") == 0);
		return;
	}
	if (!json_is_object(val)) {
		v_issue(st, "error", "structure", "Expected an object (%s), found %s", tname ?: "?",
		        json_kind_name(val));
		return;
	}
	if (json_object_size(val) == 0) {
		v_issue(st, "error", "structure",
		        "Empty object: elements must have a value or children");
		return;
	}
	vctx cx = ctx_for(v, def, tname, t);
	walk_object(st, val, &cx, res, 0);
	if (t && t->fmt == V_FMT_REFERENCE)
		check_reference(st, val);
	check_binding(st, def, tname ?: "", val);
	/* invariants: the element's own (by path), then its type's chain */
	const char *ename = cx.own ? cx.own->key : tname;
	if (cx.own)
		v_run_cons(st, cx.own->cons, cx.own->ncons, val, NULL, ename, res);
	run_type_cons(st, cx.type, val, NULL, cx.own ? ename : tname, res);
}

/* Member key (with its shadow) of element def, type tname. */
static void walk_member(vstate *st, const v_node *def, const char *tname, const v_node *tnode,
                        const char *key, size_t klen, json_t *val, json_t *shadow,
                        const json_t *res)
{
	size_t mark = v_loc_push(st, key, klen);
	if (def->max == 0) {
		v_issue(st, "error", "structure", "Element %s is not allowed here", key);
		v_loc_cut(st, mark);
		return;
	}
	int repeats = def->max != 1;
	if (val && json_is_array(val)) {
		size_t n = json_array_size(val);
		if (!repeats)
			v_issue(st, "error", "structure",
			        "Element %s must be a single value, not an array", key);
		else if (n == 0)
			v_issue(st, "error", "structure", "Empty array: arrays must have items");
		else if (def->max > 0 && n > (size_t)def->max)
			v_issue(st, "error", "structure",
			        "Element %s has %zu items; at most %d allowed", key, n, def->max);
		else if (n < (size_t)def->min)
			v_issue(st, "error", "required",
			        "Element %s has %zu items; at least %d required", key, n, def->min);
		if (shadow && (!json_is_array(shadow) || json_array_size(shadow) != n))
			v_issue(st, "error", "structure",
			        "The _%s array must match %s item by item", key, key);
		for (size_t i = 0; i < n; i++) {
			size_t m2 = st->loc.len;
			/* a few items ahead (walk_object says why) */
			if (i + 2 < n)
				__builtin_prefetch(json_array_get(val, i + 2));
			if (i + 1 < n && json_is_object(json_array_get(val, i + 1)))
				__builtin_prefetch(json_object_iter(json_array_get(val, i + 1)));
			v_loc_index(st, i);
			json_t *sh = json_is_array(shadow) ? json_array_get(shadow, i) : NULL;
			json_t *item = json_array_get(val, i);
			if (json_is_null(item) && !(sh && !json_is_null(sh)))
				v_issue(st, "error", "structure", "Null in an array");
			else
				walk_item(st, def, tname, tnode, item, sh, res);
			v_loc_cut(st, m2);
		}
	} else if (val && json_is_null(val) && !shadow) {
		v_issue(st, "error", "structure", "Null value: absent elements are left out");
	} else {
		if (repeats && val)
			v_issue(st, "error", "structure", "Element %s must be an array", key);
		if (!val && shadow && json_is_array(shadow) && repeats) {
			for (size_t i = 0; i < json_array_size(shadow); i++) {
				size_t m2 = st->loc.len;
				v_loc_index(st, i);
				walk_item(st, def, tname, tnode, NULL, json_array_get(shadow, i),
				          res);
				v_loc_cut(st, m2);
			}
		} else
			walk_item(st, def, tname, tnode, val, shadow, res);
	}
	v_loc_cut(st, mark);
}

static int member_present(const json_t *obj, const v_node *e)
{
	if (!e->choice) {
		char sk[256];
		const char *k = shadow_key(sk, sizeof(sk), e->name);
		return member(obj, e->name) || (k && member(obj, k));
	}
	const char *key;
	json_t *val;
	size_t nl = strlen(e->name);
	json_object_foreach((json_t *)obj, key, val)
	{
		const char *k = key[0] == '_' ? key + 1 : key;
		if (strncmp(k, e->name, nl) == 0 && isupper((unsigned char)k[nl]))
			return 1;
	}
	return 0;
}

static void check_required(vstate *st, const json_t *obj, const v_node *ctx)
{
	for (size_t i = 0; ctx && i < ctx->nkids; i++) {
		const v_node *e = ctx->kids[i];
		if (e->min > 0 && !member_present(obj, e))
			v_issue(st, "error", "required", "Missing required element %s%s (min %d)",
			        e->name, e->choice ? "[x]" : "", e->min);
	}
}

static void walk_object(vstate *st, json_t *obj, const vctx *cx, const json_t *res, int is_res)
{
	const tf_validator *v = st->v;
	const char *key;
	json_t *val;
	/* most objects have no "_name" shadows: one look at the keys saves a
	 * hash lookup per member */
	int shadows = 0;
	json_object_foreach(obj, key, val)
	{
		/* the walk is bound by memory: ask for every member's node now,
		 * so that their cache misses overlap instead of coming one by one */
		__builtin_prefetch(val);
		if (key[0] == '_')
			shadows = 1;
	}
	const v_node *choices[32];
	const char *choice_keys[32];
	size_t nchoices = 0;
	json_object_foreach(obj, key, val)
	{
		if (is_res && key[0] == 'r' && strcmp(key, "resourceType") == 0)
			continue;
		size_t klen = strlen(key);
		const char *tname = NULL;
		if (key[0] == '_') {
			const v_node *t = NULL;
			const v_node *def = resolve_key(v, cx, key + 1, klen - 1, &tname, &t);
			if (!def || !t || t->kind != V_PRIMITIVE) {
				size_t mark = v_loc_push(st, key, klen);
				v_issue(st, "error", "structure", "Unknown element '%s'", key);
				v_loc_cut(st, mark);
			} else if (!member(obj, key + 1)) /* a shadow alone */
				walk_member(st, def, tname, t, key + 1, klen - 1, NULL, val, res);
			continue;
		}
		const v_node *tnode = NULL;
		const v_node *def = resolve_key(v, cx, key, klen, &tname, &tnode);
		if (!def) {
			size_t mark = v_loc_push(st, key, klen);
			v_issue(st, "error", "structure", "Unknown element '%s'", key);
			v_loc_cut(st, mark);
			continue;
		}
		if (def->choice) {
			for (size_t i = 0; i < nchoices; i++)
				if (choices[i] == def) {
					size_t mark = v_loc_push(st, key, klen);
					v_issue(st, "error", "structure",
					        "Choice element %s[x] has more than one value (%s "
					        "and %s)",
					        def->name, choice_keys[i], key);
					v_loc_cut(st, mark);
				}
			if (nchoices < 32) {
				choice_keys[nchoices] = key;
				choices[nchoices++] = def;
			}
		}
		char sk[256];
		const char *k = shadows ? shadow_key(sk, sizeof(sk), key) : NULL;
		walk_member(st, def, tname, tnode, key, klen, val, k ? member(obj, k) : NULL, res);
	}
	check_required(st, obj, cx->own);
	for (const v_node *t = cx->type; t; t = t->base)
		check_required(st, obj, t);
}

static void walk_resource(vstate *st, json_t *res, int contained)
{
	const tf_validator *v = st->v;
	const char *rt = json_string_value(json_object_get(res, "resourceType"));
	const v_node *t = rt ? v_lookup(v, rt, strlen(rt)) : NULL;
	if (!rt) {
		v_issue(st, "error", "structure", "Missing resourceType");
		return;
	}
	if (!t || !t->is_type || t->kind != V_RESOURCE || t->abstract) {
		v_issue(st, "error", "structure", "Unknown resource type '%.100s'", rt);
		return;
	}
	size_t mark = st->loc.len;
	if (!st->loc.len)
		tf_buf_puts(&st->loc, rt);
	const json_t *saved_root = st->root;
	const json_t *saved_contained = st->cur_contained;
	v_refset refs, *saved_refs = st->refs;
	if (!contained) {
		st->root = res;
		memset(&refs, 0, sizeof(refs));
		refs.up = st->refs;
		st->refs = &refs;
		st->cur_contained = NULL;
	} else
		st->cur_contained = res;
	const json_t *saved_doc_res = st->doc_res;
	tf_fhirpath_doc *saved_doc = st->doc;
	unsigned saved_doc_evals = st->doc_evals;
	st->doc_res = res;
	st->doc = NULL;
	st->doc_evals = 0;
	vctx cx = {NULL, t};
	walk_object(st, res, &cx, res, 1);
	run_type_cons(st, t, res, NULL, rt, res);
	p_check_resource(st, res, contained);
	v_check_search(st, res, rt);
	tf_fhirpath_doc_free(st->doc);
	st->doc_res = saved_doc_res;
	st->doc = saved_doc;
	st->doc_evals = saved_doc_evals;
	if (!contained) {
		free(refs.v);
		free(refs.selfs);
	}
	st->refs = saved_refs;
	st->cur_contained = saved_contained;
	st->root = saved_root;
	v_loc_cut(st, mark);
}

/* ------------------------------------------------------------- API */

int tf_validator_new(tf_validator **out, const tf_validate_options *opts, tf_error *err)
{
	if (!out)
		return tf_error_set(err, TF_EINVAL, "validator: no output");
	*out = NULL;
	if (opts && opts->version != TF_VALIDATE_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "validator: unknown options version %u",
		                    opts->version);
	tf_validator *v = calloc(1, sizeof(*v));
	if (!v || !(v->arena = tf_arena_new())) {
		free(v);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	v->flags = opts ? opts->flags : 0;
	int rc = v_defs_load(v, opts ? opts->definitions_dir : NULL, err);
	/* each invariant is checked against its type once, here, so that one
	 * the engine cannot handle is known before any resource is seen */
	for (size_t i = 0; rc == 0 && i < v->ncons; i++) {
		if (!(v->flags & TF_VALIDATE_NO_INVARIANTS))
			(void)v_check_cons(v, v->allcons[i]);
		/* dom-6, "a resource should have narrative", is for resources that
		 * are not contained: R4's DomainResource.text says "Contained
		 * resources do not have narrative. Resources that are not
		 * contained SHOULD have a narrative", and the HL7 validator
		 * evaluates dom-6 as (%rootResource != $this) or text.`div`.exists()
		 * (FHIRPathExpressionFixer). A Bundle entry is a root of its own. */
		if (strcmp(v->allcons[i]->key, "dom-6") == 0)
			v->allcons[i]->root_only = 1;
	}
	if (rc < 0) {
		tf_validator_free(v);
		return rc;
	}
	*out = v;
	return 0;
}

void tf_validator_free(tf_validator *v)
{
	if (!v)
		return;
	v_defs_free(v);
	p_free_all(v);
	v_eval_release();
	tf_arena_free(v->arena);
	free(v);
}

int tf_validator_add_definitions(tf_validator *v, const char *path, tf_error *err)
{
	if (!v || !path)
		return tf_error_set(err, TF_EINVAL, "validator: no validator or path");
	return p_load_path(v, path, err);
}

int tf_validator_has_profile(const tf_validator *v, const char *url, tf_error *err)
{
	const p_prof *p = v ? p_find(v, url) : NULL;
	if (!p)
		return tf_error_set(err, TF_ENOTFOUND,
		                    "profile %s is not among the loaded definitions",
		                    url ? url : "?");
	if (p->err[0])
		return tf_error_set(err, TF_EINVALID, "profile %s (%s) cannot be used: %s", url,
		                    p->source, p->err);
	return 0;
}

int tf_validator_validate(const tf_validator *v, const json_t *resource, json_t **outcome,
                          tf_validate_counts *counts, tf_error *err)
{
	return tf_validator_validate_profiles(v, resource, NULL, 0, outcome, counts, err);
}

int tf_validator_validate_profiles(const tf_validator *v, const json_t *resource,
                                   const char *const *profiles, size_t nprofiles, json_t **outcome,
                                   tf_validate_counts *counts, tf_error *err)
{
	if (outcome)
		*outcome = NULL;
	if (!v || !resource)
		return tf_error_set(err, TF_EINVAL, "validator: no validator or resource");
	vstate st;
	memset(&st, 0, sizeof(st));
	st.v = v;
	st.root = resource;
	st.profiles = profiles;
	st.nprofiles = nprofiles;
	st.issues = json_array();
	st.reported = calloc(v->ncons + 1, 1);
	if (!st.issues || !st.reported) {
		json_decref(st.issues);
		free(st.reported);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (!json_is_object(resource))
		v_issue(&st, "error", "structure", "A resource must be a JSON object, not %s",
		        json_kind_name(resource));
	else
		walk_resource(&st, (json_t *)resource, 0);
	const char *rt = json_string_value(json_object_get(resource, "resourceType"));
	if (nprofiles && rt)
		tf_buf_puts(&st.loc, rt);
	for (size_t i = 0; i < nprofiles; i++) {
		const p_prof *p = p_find(v, profiles[i]);
		if (!p)
			v_issue(&st, "error", "not-found", "Profile %s is not loaded", profiles[i]);
		else if (!st.profiles_applied && json_is_object(resource))
			v_issue(&st, "error", "structure",
			        "Profile %s is for %s; the input holds no such resource", p->url,
			        p->type);
	}
	free(st.said);
	free(st.reported);
	free(st.ids);
	tf_buf_free(&st.loc);
	if (st.oom || st.loc.oom) {
		json_decref(st.issues);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (counts)
		*counts = st.counts;
	if (outcome) {
		if (json_array_size(st.issues) == 0)
			json_array_append_new(st.issues,
			                      json_pack("{s:s, s:s, s:s}", "severity",
			                                "information", "code", "informational",
			                                "diagnostics", "All OK"));
		*outcome = json_pack("{s:s, s:o}", "resourceType", "OperationOutcome", "issue",
		                     st.issues);
		if (!*outcome)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
	} else
		json_decref(st.issues);
	return 0;
}
