/*
 * vint.h - internal structures of the validator: the definition index
 * (defs.c), the typed FHIRPath evaluation of invariants (vfhirpath.c), the
 * walk (validate.c), profiles (profile.c) and search parameters (search.c).
 */
#ifndef TF_VINT_H
#define TF_VINT_H

#include <regex.h>
#include <stdint.h>
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

enum { V_PRESENCE_MAX = 6 };

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
	/* the verdict on an element holding none of the names the expression
	 * mentions (vfhirpath.c: v_check_cons), when that is knowable */
	const char **words;
	size_t *wlens;       /* their lengths */
	uint64_t first_mask; /* bit (c & 63) of each word's first byte c */
	size_t nwords;
	int root_only; /* not on a contained resource (dom-6: validate.c says why) */
	/* presence-only invariants (vfhirpath.c: presence_words): the names
	 * whose presence alone decides the verdict, and the verdict for each
	 * combination once evaluated (0 not yet, 1 false, 2 true; shared by
	 * threads, read and written with atomic builtins) */
	const char *pw[V_PRESENCE_MAX];
	size_t pwlen[V_PRESENCE_MAX];
	unsigned char pchoice[V_PRESENCE_MAX]; /* a choice element: valueString is value */
	size_t npw;
	unsigned char memo[1u << V_PRESENCE_MAX];
	int has_blank_verdict, blank_verdict;
} v_cons;

enum { V_NATIVE_NONE, V_NATIVE_ELE1, V_NATIVE_REF1, V_NATIVE_DOM3, V_NATIVE_EXT1 };

/* 1 when object node has a member the expression of c names: when it has
 * none, c->blank_verdict is the verdict. */
int v_cons_touches(const v_cons *c, const json_t *node);
/* For a presence-only c (c->npw > 0): 1 with *mask (bit i: c->pw[i] is
 * present on object node), or 0 when a named member is null, {}, [] or an
 * array of nulls, which only the engine answers exactly. */
int v_cons_presence(const v_cons *c, const json_t *node, unsigned *mask);

typedef struct v_vsys {
	const char *system; /* "*" = any */
	const char **codes; /* sorted; NULL = any code of system */
	size_t ncodes;
} v_vsys;

/* An R4 search parameter (fhir-r4-searchparams.tsv). */
typedef struct v_sp {
	const char *key;  /* "B:Patient.name" or "U:Patient-name" */
	const char *code; /* "name" */
	const char *type; /* "string" */
	const char *id;   /* "Patient-name" */
} v_sp;

/* The search parameter of key (see v_sp), or NULL. */
const v_sp *v_sp_get(const tf_validator *v, const char *key);

typedef struct v_vs {
	const char *url;
	v_vsys *sys;
	size_t nsys, capsys;
} v_vs;

struct v_node;
/* A JSON member name an object may have, with its element and type: the
 * concrete names of choices ("valueQuantity") are members of their own. */
typedef struct v_member {
	const char *key;
	const struct v_node *def;
	const char *type;           /* NULL for a non-choice element with no type */
	const struct v_node *tnode; /* the type's node (resolved after loading) */
} v_member;

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
	/* members by JSON name, this node's and (for a type) its bases': one
	 * lookup per member in the walk (open addressing, power of 2) */
	v_member *mtab;
	size_t mcap;
} v_node;

/* The member of ctx's table named key (len bytes), or NULL. */
const v_member *v_member_get(const v_node *ctx, const char *key, size_t len);

/* ------------------------------------------------ profiles (profile.c) */

enum { P_DISC_VALUE, P_DISC_PATTERN, P_DISC_EXISTS, P_DISC_TYPE, P_DISC_PROFILE, P_DISC_OTHER };

typedef struct p_disc {
	int type;         /* P_DISC_* */
	const char *path; /* "coding.code", "url", "$this" */
} p_disc;

/* One element of a profile, as a tree: children by name, slices of the
 * element under it. Only what differs from the base definitions is checked
 * (the base walk checks the rest). */
typedef struct p_elem {
	const char *id;           /* "Observation.component:SystolicBP.code" */
	const char *name;         /* last step: "code", "value[x]", "valueQuantity" */
	const char *slice;        /* sliceName, or NULL */
	int min, max;             /* max -1 = *; both -2 when not stated */
	int check_min, check_max; /* narrower than the base */
	json_t *fixed, *pattern;  /* owned by the profile's element list */
	int strength;             /* V_BIND_* when the profile's binding is new */
	const char *vs_url;
	const char **types; /* its type codes */
	size_t ntypes;
	int narrow;               /* a choice narrowed to fewer types than the core's */
	const char *type_profile; /* first type's first profile (extension slices) */
	const char *core_type;    /* base type name for the engine, or NULL */
	const v_node *core;       /* the base element definition, or NULL */
	v_cons **cons;            /* constraints the base does not have */
	size_t ncons, capcons;
	p_disc *disc; /* slicing discriminators */
	size_t ndisc;
	int sliced, closed;
	struct p_elem **kids;
	size_t nkids, capkids;
	struct p_elem **slices;
	size_t nslices, capslices;
} p_elem;

typedef struct p_prof {
	const char *url;    /* canonical, without |version */
	const char *type;   /* constrained type: "Observation", "Extension" */
	const char *base;   /* baseDefinition, without |version */
	const char *source; /* file it came from */
	json_t *sd;         /* the StructureDefinition (owned) */
	json_t *elems;      /* snapshot, or generated from differential over base */
	p_elem *root;       /* NULL until built */
	int building;       /* cycle guard */
	char err[300];      /* why it cannot be used, or "" */
} p_prof;

struct tf_validator {
	tf_arena *arena;
	p_prof **profs; /* loaded profiles (StructureDefinitions, constraint) */
	size_t nprofs, capprofs;
	struct v_sp **sps; /* search parameters by "B:Base.code" and "U:id" */
	size_t spcap, spn;
	v_cons **pcons; /* the profiles' own constraints (compiled) */
	size_t npcons, cappcons;
	v_node **slots; /* open addressing by key */
	size_t cap, n;
	v_vs **vsslots;
	size_t vscap, vsn;
	v_cons **allcons;
	size_t ncons, capcons;
	unsigned int flags;
	v_node *element, *resource, *backbone; /* well-known types */
};

/* State of one validation (validate.c), shared with profile.c. */
typedef struct v_refset v_refset;
typedef struct vstate {
	const tf_validator *v;
	json_t *issues;              /* OperationOutcome.issue */
	tf_validate_counts counts;   /* by severity */
	unsigned char *reported;     /* per constraint: cannot-evaluate already said */
	tf_buf loc;                  /* FHIRPath location of the current element */
	const json_t *root;          /* %rootResource: the resource not contained */
	int oom;                     /* an allocation failed */
	const json_t *ids_root;      /* root the contained ids below are of */
	const char **ids;            /* its contained ids (ref-1): a string set */
	size_t idcap;                /* slots in ids (a power of 2), 0: none */
	v_refset *refs;              /* "#..." strings of the enclosing roots (dom-3) */
	const json_t *cur_contained; /* the contained resource being walked */
	const char *const *profiles; /* asked for by the caller */
	size_t nprofiles;
	size_t profiles_applied; /* resources the caller's profiles matched */
	const char **said;       /* "not loaded" / "not checked" already said */
	size_t nsaid, capsaid;
	/* the resource being walked, for the engine: its prepared document,
	 * made once it has had enough evaluations (validate.c: doc_for) */
	const json_t *doc_res;
	tf_fhirpath_doc *doc;
	unsigned doc_evals;
} vstate;

void v_issue(vstate *st, const char *severity, const char *code, const char *fmt, ...)
        __attribute__((format(printf, 4, 5)));
size_t v_loc_push(vstate *st, const char *name, size_t len);
void v_loc_index(vstate *st, size_t i);
void v_loc_cut(vstate *st, size_t mark);
/* Runs constraints on node typed tname, inside res. */
void v_run_cons(vstate *st, v_cons *const *cons, size_t n, json_t *node, json_t *shadow,
                const char *tname, const json_t *res);
/* Checks val (of type tname) against a binding. */
void v_check_binding(vstate *st, int strength, const v_vs *vs, const char *vs_url,
                     const char *tname, const json_t *val);
/* The type a choice key's suffix names among def's types, or NULL. */
const char *v_choice_type(const v_node *def, const char *suffix);
/* 1 once per validation for each distinct key, 0 after that. */
int v_say_once(vstate *st, const char *key);
/* Checks SearchParameter and CapabilityStatement search parameters
 * against the R4 ones (search.c). */
void v_check_search(vstate *st, const json_t *res, const char *rt);

/* Profiles: loading (tf_validator_add_definitions) and checking a resource
 * against the ones it claims or the caller asks for. */
int p_load_path(tf_validator *v, const char *path, tf_error *err);
void p_free_all(tf_validator *v);
const p_prof *p_find(const tf_validator *v, const char *url);
void p_check_resource(vstate *st, json_t *res, int contained);
/* Registers a ValueSet resource's codes (compose or expansion). */
int v_vs_add_resource(tf_validator *v, const json_t *vs);

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
 * resource and root, through doc (resource's prepared document, or NULL).
 * *verdict: 1 true or empty, 0 false; returns a negative TF_E* with err
 * when the engine cannot evaluate it. */
int v_eval_cons(const v_cons *c, const tf_fhirpath_doc *doc, json_t *node, json_t *shadow,
                const char *type_name, const json_t *resource, const json_t *root, int *verdict,
                tf_error *err);
/* Frees the calling thread's cache of compiled matches() patterns. */
void v_eval_release(void);
/* Checks c against its context type once (compile-time model check), and
 * works out its verdict on an element without the names it mentions. */
int v_check_cons(tf_validator *v, v_cons *c);

#endif
