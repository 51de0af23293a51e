/*
 * check.c - the static model check: before an expression runs on a
 * resource of a known type, the possible FHIR types of every step are
 * worked out from the type table, and a step naming an element that none
 * of them has is a semantic error pointing at that name
 * (Observation.valueQuantity: the element is value[x];
 * (Observation.value as Period).unit: Period has no unit). Runtime alone
 * cannot catch these, since a wrong path just yields nothing.
 *
 * Wherever the type is not known (functions returning System values,
 * children(), resolve(), variables, abstract Resource), the check stops
 * following that branch rather than guess, so it never rejects a valid
 * expression. With TF_FHIRPATH_STRICT a first step naming another resource
 * type (Encounter.name on a Patient) is an error too, and with
 * TF_FHIRPATH_CHECK_ORDERED so is an order-dependent function applied to
 * the unordered result of children()/descendants().
 */
#include <string.h>
#include "fhirpath/fp_int.h"

#define TS_MAX 24

typedef struct {
	const fp_type *t[TS_MAX]; /* possible FHIR types */
	uint8_t n;                /* count */
	uint8_t any;              /* not known: no checking */
	uint8_t unordered;        /* from children()/descendants() */
} tset;

typedef struct {
	const fp_type *root;        /* type of the context */
	const tf_fhirpath_env *env; /* flags */
	const tf_fhirpath *fp;      /* for error positions */
	tf_error *err;              /* error out */
	int depth;                  /* recursion */
} checker;

static void ts_any(tset *s)
{
	memset(s, 0, sizeof(*s));
	s->any = 1;
}

static void ts_add(tset *s, const fp_type *t)
{
	if (s->any || !t)
		return;
	for (int i = 0; i < s->n; i++)
		if (s->t[i] == t)
			return;
	if (s->n == TS_MAX) {
		s->any = 1;
		return;
	}
	s->t[s->n++] = t;
}

static void ts_merge(tset *s, const tset *o)
{
	if (o->any) {
		s->any = 1;
		return;
	}
	for (int i = 0; i < o->n; i++)
		ts_add(s, o->t[i]);
	s->unordered |= o->unordered;
}

static int fail(checker *k, const fp_node *n, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));

static int fail(checker *k, const fp_node *n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(k->err, TF_EINVALID, fmt, ap);
	va_end(ap);
	fp_error_at(k->err, k->fp->text, n->pos);
	return TF_EINVALID;
}

static int strict(const checker *k, unsigned flag)
{
	if (flag == TF_FHIRPATH_CHECK_ORDERED)
		flag |= TF_FHIRPATH_STRICT;
	return k->env && (k->env->flags & flag);
}

/* valueQuantity as the Quantity choice of value[x] (lenient mode). */
static const fp_type *choice_by_json_name(const fp_type *t, const char *name)
{
	for (size_t i = 1; name[i]; i++) {
		if (name[i] < 'A' || name[i] > 'Z')
			continue;
		const fp_elem *e = fp_type_elemn(t, name, i);
		if (!e || !e->choice)
			continue;
		for (uint16_t k = 0; k < e->ntypes; k++) {
			const char *tn = e->types[k]->name;
			char first = tn[0] >= 'a' && tn[0] <= 'z' ? (char)(tn[0] - 32) : tn[0];
			if (first == name[i] && strcmp(tn + 1, name + i + 1) == 0)
				return e->types[k];
		}
	}
	return NULL;
}

/* Types of element name on every type of in. */
static int member(checker *k, const fp_node *n, const tset *in, const char *name, tset *out)
{
	memset(out, 0, sizeof(*out));
	if (in->any) {
		out->any = 1;
		return 0;
	}
	if (in->n == 0)
		return 0;
	int found = 0;
	for (int i = 0; i < in->n; i++) {
		const fp_type *t = in->t[i];
		if (t->kind == FP_T_PRIMITIVE) {
			if (strcmp(name, "extension") == 0) {
				ts_add(out, fp_t.Extension);
				found = 1;
			} else if (strcmp(name, "id") == 0) {
				ts_add(out, fp_t.string);
				found = 1;
			}
			continue;
		}
		if (t->abstract && (t == fp_t.Resource || fp_type_derives(t, fp_t.Resource)) &&
		    !fp_type_elem(t, name)) {
			/* some resource: its elements are not known here */
			out->any = 1;
			return 0;
		}
		const fp_elem *e = fp_type_elem(t, name);
		if (!e && strict(k, TF_FHIRPATH_LENIENT_CHOICE)) {
			const fp_type *ct = choice_by_json_name(t, name);
			if (ct) {
				ts_add(out, ct);
				found = 1;
			}
			continue;
		}
		if (!e)
			continue;
		found = 1;
		for (uint16_t j = 0; j < e->ntypes; j++)
			ts_add(out, e->types[j]);
		if (e->ntypes == 0)
			out->any = 1;
	}
	if (!found) {
		const char *tn = in->t[0]->kind == FP_T_BACKBONE ? in->t[0]->name : in->t[0]->tname;
		if (in->n == 1)
			return fail(k, n, "'%s' is not an element of %s", name, tn);
		return fail(k, n, "'%s' is not an element of %s (or the other possible types)",
		            name, tn);
	}
	out->unordered = in->unordered;
	return 0;
}

static int check(checker *k, const fp_node *n, const tset *focus, const tset *self, tset *out);

static int check_args(checker *k, const fp_node *n, int from, const tset *focus, const tset *self)
{
	for (int i = from; i < n->nargs; i++) {
		tset t;
		int rc = check(k, n->args[i], focus, self, &t);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int check_func(checker *k, const fp_node *n, const tset *focus, const tset *self, tset *out)
{
	tset in;
	int rc;
	if (n->a) {
		if ((rc = check(k, n->a, focus, self, &in)) < 0)
			return rc;
	} else {
		in = *focus;
	}
	const fp_fn *f = &fp_functions[n->fn];
	const char *name = f->name;
	if (f->ordered && in.unordered && strict(k, TF_FHIRPATH_CHECK_ORDERED))
		return fail(k, n,
		            "%s() needs an ordered collection; children() and descendants() "
		            "are unordered",
		            name);
	ts_any(out);
	switch (f->argmode) {
	case FA_TYPE:
		if (strcmp(name, "ofType") == 0 || strcmp(name, "as") == 0) {
			memset(out, 0, sizeof(*out));
			if (n->tspec.fhir)
				ts_add(out, n->tspec.fhir);
			else
				out->any = 1;
		}
		return 0;
	case FA_LAMBDA:
		if ((rc = check_args(k, n, 0, &in, &in)) < 0)
			return rc;
		break;
	case FA_VALUE:
		if ((rc = check_args(k, n, 0, self, self)) < 0)
			return rc;
		break;
	default:
		if (strcmp(name, "iif") == 0) {
			tset a, b;
			if ((rc = check(k, n->args[0], &in, &in, &a)) < 0 ||
			    (rc = check(k, n->args[1], &in, &in, &a)) < 0)
				return rc;
			if (n->nargs > 2 && (rc = check(k, n->args[2], &in, &in, &b)) < 0)
				return rc;
			memset(out, 0, sizeof(*out));
			ts_merge(out, &a);
			if (n->nargs > 2)
				ts_merge(out, &b);
			return 0;
		}
		if (strcmp(name, "trace") == 0 || strcmp(name, "defineVariable") == 0) {
			tset t;
			if ((rc = check(k, n->args[0], self, self, &t)) < 0)
				return rc;
			if (n->nargs > 1 && (rc = check(k, n->args[1], &in, &in, &t)) < 0)
				return rc;
			*out = in;
			return 0;
		}
		if (strcmp(name, "aggregate") == 0) {
			tset t;
			if ((rc = check(k, n->args[0], &in, &in, &t)) < 0)
				return rc;
			if (n->nargs > 1 && (rc = check(k, n->args[1], self, self, &t)) < 0)
				return rc;
			return 0;
		}
		if (strcmp(name, "sort") == 0) {
			for (int i = 0; i < n->nargs; i++) {
				tset t;
				const fp_node *a =
				        n->args[i]->kind == N_NEG ? n->args[i]->a : n->args[i];
				if ((rc = check(k, a, &in, &in, &t)) < 0)
					return rc;
			}
			*out = in;
			return 0;
		}
		return 0;
	}
	static const char *same[] = {"where", "first",  "last",     "tail",      "skip",
	                             "take",  "single", "distinct", "intersect", "exclude"};
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++)
		if (strcmp(name, same[i]) == 0) {
			*out = in;
			return 0;
		}
	if (strcmp(name, "select") == 0)
		return check(k, n->args[0], &in, &in, out);
	if (strcmp(name, "union") == 0 || strcmp(name, "combine") == 0) {
		tset o;
		if ((rc = check(k, n->args[0], self, self, &o)) < 0)
			return rc;
		*out = in;
		ts_merge(out, &o);
		return 0;
	}
	if (strcmp(name, "extension") == 0) {
		memset(out, 0, sizeof(*out));
		ts_add(out, fp_t.Extension);
		return 0;
	}
	if (strcmp(name, "children") == 0 || strcmp(name, "descendants") == 0) {
		ts_any(out);
		out->unordered = 1;
	}
	return 0;
}

static int check(checker *k, const fp_node *n, const tset *focus, const tset *self, tset *out)
{
	int rc = 0;
	tset a, b;
	if (++k->depth > FP_MAX_EVAL_DEPTH) {
		k->depth--;
		ts_any(out);
		return 0;
	}
	ts_any(out);
	switch (n->kind) {
	case N_THIS:
		*out = *self;
		break;
	case N_VAR:
		if (strcmp(n->name, "context") == 0 || strcmp(n->name, "resource") == 0 ||
		    strcmp(n->name, "rootResource") == 0) {
			const json_t *node = NULL;
			if (k->env && strcmp(n->name, "context") == 0)
				node = k->env->context;
			else if (k->env && strcmp(n->name, "rootResource") == 0)
				node = k->env->root_resource;
			if (!node) {
				memset(out, 0, sizeof(*out));
				ts_add(out, k->root);
			} else {
				const fp_type *t = fp_resource_type(node);
				if (t) {
					memset(out, 0, sizeof(*out));
					ts_add(out, t);
				}
			}
		}
		break;
	case N_IDENT:
	case N_MEMBER: {
		tset in;
		if (n->kind == N_MEMBER) {
			if ((rc = check(k, n->a, focus, self, &in)) < 0)
				break;
		} else {
			in = *focus;
		}
		if (n->kind == N_IDENT && !in.any && n->name[0] >= 'A' && n->name[0] <= 'Z') {
			const fp_type *t = fp_type_get(n->name);
			if (t && t->kind != FP_T_PRIMITIVE && t->kind != FP_T_BACKBONE) {
				int match = 0;
				for (int i = 0; i < in.n; i++)
					match |= fp_type_derives(in.t[i], t);
				if (match) {
					memset(out, 0, sizeof(*out));
					ts_add(out, t);
					break;
				}
				if (t->kind == FP_T_RESOURCE && in.n) {
					if (strict(k, TF_FHIRPATH_STRICT))
						rc = fail(
						        k, n,
						        "'%s' is not the type of the context (%s)",
						        n->name, in.t[0]->tname);
					else
						memset(out, 0, sizeof(*out));
					break;
				}
			}
		}
		rc = member(k, n, &in, n->name, out);
		break;
	}
	case N_INDEX:
		if ((rc = check(k, n->a, focus, self, out)) < 0 ||
		    (rc = check(k, n->b, self, self, &b)) < 0)
			break;
		if (out->unordered && strict(k, TF_FHIRPATH_CHECK_ORDERED))
			rc = fail(k, n, "indexing needs an ordered collection");
		break;
	case N_FUNC:
		rc = check_func(k, n, focus, self, out);
		break;
	case N_NEG:
	case N_POS:
		rc = check(k, n->a, focus, self, &a);
		break;
	case N_IS:
		rc = check(k, n->a, focus, self, &a);
		break;
	case N_AS:
		if ((rc = check(k, n->a, focus, self, &a)) < 0)
			break;
		memset(out, 0, sizeof(*out));
		if (n->tspec.fhir)
			ts_add(out, n->tspec.fhir);
		else
			out->any = 1;
		break;
	case N_BIN:
		if ((rc = check(k, n->a, focus, self, &a)) < 0 ||
		    (rc = check(k, n->b, focus, self, &b)) < 0)
			break;
		if (n->op == OP_UNION) {
			*out = a;
			ts_merge(out, &b);
		}
		break;
	default:
		break;
	}
	k->depth--;
	return rc;
}

int fp_check(const tf_fhirpath *fp, const fp_type *root_type, const tf_fhirpath_env *env,
             tf_error *err)
{
	if (!root_type || !fp->root)
		return 0;
	checker k;
	memset(&k, 0, sizeof(k));
	k.root = root_type;
	k.env = env;
	k.fp = fp;
	k.err = err;
	tset root, out;
	memset(&root, 0, sizeof(root));
	ts_add(&root, root_type);
	return check(&k, fp->root, &root, &root, &out);
}
