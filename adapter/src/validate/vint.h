/*
 * vint.h - internal structures of the validator: the definition index
 * (defs.c), the typed FHIRPath evaluation of invariants (vfhirpath.c) and
 * the walk (validate.c).
 */
#ifndef TF_VINT_H
#define TF_VINT_H

#include <regex.h>
#include "trialfhir/fhirpath.h"
#include "trialfhir/validate.h"
#include "util/util.h"

enum { V_PRIMITIVE, V_COMPLEX, V_RESOURCE };
enum { V_JSTRING, V_JBOOL, V_JINT, V_JDEC }; /* JSON form of a primitive */
enum {
	V_FMT_REGEX, /* the regex only */
	V_FMT_TEXT,  /* string, markdown */
	V_FMT_URI,   /* uri, url, canonical */
	V_FMT_CODE,
	V_FMT_ID,
	V_FMT_DATE, /* date, dateTime, instant: also no impossible days */
	V_FMT_XHTML,
	V_FMT_POSINT,
	V_FMT_UINT,
	V_FMT_REFERENCE, /* not a primitive: Reference, whose format is checked */
	V_FMT_RESOURCE   /* not a primitive: the abstract Resource */
};
enum { V_BIND_NONE, V_BIND_REQUIRED, V_BIND_EXTENSIBLE, V_BIND_PREFERRED };

typedef struct v_cons {
	const char *key;      /* "ele-1" */
	const char *severity; /* "error" | "warning" */
	const char *expr;     /* FHIRPath */
	const char *human;    /* message */
	const char *ctx_type; /* type the engine checks it against */
	tf_fhirpath *fp;      /* compiled, NULL when it does not compile */
	char cerr[200];       /* why it cannot be evaluated */
	size_t index;         /* 0..ncons-1, for per-call "reported once" */
	int native;           /* V_NATIVE_*: checked in C (validate.c says why) */
} v_cons;

enum { V_NATIVE_NONE, V_NATIVE_ELE1, V_NATIVE_REF1, V_NATIVE_DOM3 };

typedef struct v_vsys {
	const char *system; /* "*" = any */
	const char **codes; /* sorted; NULL = any code of system */
	size_t ncodes;
} v_vsys;

typedef struct v_vs {
	const char *url;
	v_vsys *sys;
	size_t nsys, capsys;
} v_vs;

/* One entry of the index: a type (by name) or an element (by path); both
 * may carry constraints. */
typedef struct v_node {
	const char *key; /* "Period", "Bundle.entry", "Patient.name" */
	/* as a type */
	int is_type;
	struct v_node *base; /* base type, NULL for Element/Resource */
	int kind;            /* V_PRIMITIVE ... */
	int abstract;
	int json;   /* primitives: V_J* */
	regex_t re; /* primitives: value format, anchored */
	int has_re;
	int fmt; /* V_FMT_*: a hand-written format check */
	/* as an element */
	int is_elem;
	const char *name;   /* last step, without [x] */
	int choice;         /* name[x] */
	const char **types; /* its types */
	size_t ntypes;
	const char *cref; /* content reference path, or NULL */
	int min, max;     /* max -1 = * */
	int strength;     /* V_BIND_* */
	const v_vs *vs;   /* bound value set when expanded, else NULL */
	const char *vs_url;
	/* children (for types and backbone paths): element nodes */
	struct v_node **kids;
	size_t nkids, capkids;
	v_cons **cons;
	size_t ncons, capcons;
} v_node;

struct tf_validator {
	tf_arena *arena;
	v_node **slots; /* open addressing by key */
	size_t cap, n;
	v_vs **vsslots;
	size_t vscap, vsn;
	v_cons **allcons;
	size_t ncons, capcons;
	unsigned int flags;
	v_node *element, *resource, *backbone; /* well-known types */
};

int v_defs_load(tf_validator *v, const char *dir, tf_error *err);
void v_defs_free(tf_validator *v);
v_node *v_lookup(const tf_validator *v, const char *key, size_t len);
/* child element name of a type or backbone path node, through the base chain */
v_node *v_child(const tf_validator *v, const v_node *ctx, const char *name, size_t len);
const v_vs *v_vs_get(const tf_validator *v, const char *url);
/* 1 when (system, code) is in vs (system NULL: any system), 0 when not,
 * -1 when the value set cannot tell (not expanded for that system) */
int v_vs_has(const v_vs *vs, const char *system, const char *code);

/* Evaluates c on node (with its "_name" shadow) typed type_name, inside
 * resource and root. *verdict: 1 true or empty, 0 false; returns a negative
 * TF_E* with err when the engine cannot evaluate it. */
int v_eval_cons(const v_cons *c, json_t *node, json_t *shadow, const char *type_name,
                const json_t *resource, const json_t *root, int *verdict, tf_error *err);
/* Frees the calling thread's cache of compiled matches() patterns. */
void v_eval_release(void);
/* Checks c against its context type once (compile-time model check). */
int v_check_cons(v_cons *c);

#endif
