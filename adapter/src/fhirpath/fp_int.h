/*
 * fp_int.h - internals of the FHIRPath engine shared by its files:
 *   types.c     the FHIR R4 type table (loaded once from the TSV)
 *   lexer.c     tokens of the expression text
 *   parser.c    tokens -> AST (compiled once)
 *   values.c    items, decimals, the evaluation memory region, conversions,
 *               prepared documents (tf_fhirpath_doc)
 *   datetime.c  partial dates/times: parse, print, compare, arithmetic
 *   quantity.c  Quantity and the UCUM subset (conversion, comparison)
 *   eval.c      the evaluator: navigation, operators, equality
 *   functions.c the function library
 *   check.c     the static model check (element names against FHIR types)
 *   api.c       the public API (fhirpath.h)
 *   fhirxml.c   FHIR XML -> FHIR JSON
 */
#ifndef TF_FP_INT_H
#define TF_FP_INT_H

#include <jansson.h>
#include <pthread.h>
#include <stdint.h>
#include "trialfhir/fhirpath.h"
#include "util/util.h"

/* Limits that keep hostile expressions and inputs from crashing or hanging
 * the engine. */
enum {
	FP_MAX_EXPR_LEN = 65536,  /* bytes of expression text */
	FP_MAX_PARSE_DEPTH = 128, /* nesting of the parser's recursion */
	FP_MAX_EVAL_DEPTH = 400,  /* nesting of the evaluator's recursion */
	FP_MAX_ARGS = 16,         /* arguments of one function call */
	FP_MAX_STRING = 16 << 20, /* longest string an expression may build */
	FP_MAX_DEC_SCALE = 28     /* digits after the point a decimal keeps */
};

/* ---------------------------------------------------------------- types */

enum fp_tkind {
	FP_T_PRIMITIVE = 1, /* boolean, string, date ... */
	FP_T_COMPLEX,       /* HumanName, Quantity ... */
	FP_T_RESOURCE,      /* Patient, Bundle ... */
	FP_T_BACKBONE       /* an anonymous element type: Patient.contact */
};

typedef struct fp_type fp_type;

typedef struct fp_elem {
	const char *name;      /* element name; "value" for value[x] */
	const fp_type **types; /* possible types (several for a choice) */
	uint16_t ntypes;       /* number of types */
	uint8_t choice;        /* name[x] */
	uint8_t many;          /* max cardinality above 1 */
} fp_elem;

struct fp_type {
	const char *name;    /* "Patient", "string", "Patient.contact" */
	size_t nlen;         /* strlen(name) */
	const char *tname;   /* name type() reports: "BackboneElement" for backbone paths */
	const fp_type *base; /* base type, NULL for Element/Resource */
	fp_elem *elems;      /* own elements, sorted by name */
	size_t nelems;       /* number of elems */
	uint8_t kind;        /* enum fp_tkind */
	uint8_t abstract;    /* abstract type (Resource, DomainResource, Element) */
	uint8_t sys;         /* primitives: the System kind of their value (FP_STR ...) */
};

/* Loads the table once per process (thread-safe); 0 or TF_E* with err.
 * Looks in $TRIALFHIR_DEFINITIONS, the source tree, and the installed data
 * directory for fhir-r4-elements.tsv. */
int fp_types_init(tf_error *err);
/* A type or backbone path by name, or NULL. */
const fp_type *fp_type_get(const char *name);
const fp_type *fp_type_getn(const char *name, size_t len);
/* Element name of type t or its bases, or NULL. */
const fp_elem *fp_type_elem(const fp_type *t, const char *name);
const fp_elem *fp_type_elemn(const fp_type *t, const char *name, size_t len);
/* The type table's own copy of an element name (process lifetime, one per
 * name), or NULL when no element has that name. */
const char *fp_name_canon(const char *name);
/* True when t is base or derives from it. */
int fp_type_derives(const fp_type *t, const fp_type *base);
/* True when the table loaded (types are known). */
int fp_types_loaded(void);
/* Well-known types, NULL when the table is not loaded. */
typedef struct fp_known {
	const fp_type *boolean, *integer, *decimal, *string, *date, *dateTime, *time, *code,
	        *Quantity, *Resource, *Element, *BackboneElement, *Extension, *Reference, *Coding,
	        *CodeableConcept, *xhtml, *uri, *instant;
} fp_known;
extern fp_known fp_t;

/* ---------------------------------------------------------------- items */

enum fp_kind {
	FP_NONE = 0,
	FP_BOOL,     /* System.Boolean */
	FP_INT,      /* System.Integer */
	FP_DEC,      /* System.Decimal */
	FP_STR,      /* System.String */
	FP_DATE,     /* System.Date */
	FP_DATETIME, /* System.DateTime */
	FP_TIME,     /* System.Time */
	FP_QTY,      /* System.Quantity */
	FP_NODE,     /* FHIR element or resource (a JSON object) */
	FP_NULLPRIM, /* FHIR primitive with no value, only id/extensions */
	FP_TYPEINFO  /* result of type() */
};

/* A decimal: the value as a double plus the number of digits after the
 * point it carries (FHIR decimals keep their precision: 1.50 is not 1.5),
 * and when it came from text unchanged, that text. */
typedef struct fp_dec {
	double v;        /* value */
	int16_t scale;   /* digits after the point (may be negative after conversions) */
	const char *lex; /* written form when known ("1.50"), else NULL */
} fp_dec;

/* Date, DateTime and Time with partial precision. */
enum fp_prec { FP_P_YEAR = 1, FP_P_MONTH, FP_P_DAY, FP_P_HOUR, FP_P_MINUTE, FP_P_SECOND, FP_P_MS };

typedef struct fp_dt {
	int16_t year;       /* 1..9999 */
	uint8_t month, day; /* 1-based */
	uint8_t hour, minute, second;
	uint16_t ms;         /* milliseconds */
	uint8_t prec;        /* enum fp_prec: last component present */
	uint8_t frac;        /* digits written after the seconds' point (0: none) */
	uint8_t has_tz;      /* offset present */
	uint8_t tz_z;        /* written as Z */
	int16_t tz_min;      /* offset in minutes east of UTC */
	uint8_t date_only_t; /* DateTime written with a bare T (@2015T) */
} fp_dt;

typedef struct fp_qty {
	fp_dec value;     /* the number */
	const char *unit; /* UCUM code or calendar keyword; "1" when none */
	uint8_t calendar; /* unit is a calendar keyword (year, weeks ...) written unquoted */
} fp_qty;

typedef struct fp_item {
	uint8_t kind;        /* enum fp_kind */
	const fp_type *type; /* FHIR type; NULL for System values */
	json_t *node;        /* the FHIR element in the tree (borrowed), or NULL */
	json_t *shadow;      /* a primitive's "_name" object (id, extension), or NULL;
	                      * with skey set, the object holding the primitive:
	                      * read it with fp_item_shadow() */
	const char *skey;    /* lazy shadow: the member name whose "_name" sibling in
	                      * shadow is looked up when needed (most primitives have
	                      * none, so navigation does not look for it) */
	const json_t *res;   /* nearest resource holding node, or NULL */
	union {
		int b;     /* FP_BOOL */
		int64_t i; /* FP_INT */
		fp_dec d;  /* FP_DEC */
		struct {
			const char *p;
			size_t n;
		} s;      /* FP_STR (not NUL-terminated) */
		fp_dt dt; /* FP_DATE, FP_DATETIME, FP_TIME */
		fp_qty q; /* FP_QTY */
		struct {
			const char *ns, *name;
		} ti; /* FP_TYPEINFO */
	} v;
} fp_item;

typedef struct fp_coll {
	fp_item *v; /* items */
	size_t n;   /* count */
	size_t cap; /* allocated */
} fp_coll;

/* --------------------------------------------------------- memory region */

/* Bump allocator for one compilation or evaluation, with marks so that the
 * temporaries of a where() criterion are released item by item. */
typedef struct fp_region fp_region;
typedef struct fp_mark {
	void *chunk;
	size_t used;
} fp_mark;
fp_region *fp_region_new(void);
fp_region *fp_region_new_small(void); /* starts with a small chunk (results) */
void fp_region_free(fp_region *r);
/* A region for one evaluation: the thread's reused one when it has it;
 * fp_region_give empties it and keeps it for the thread's next one. */
fp_region *fp_region_take(void);
void fp_region_give(fp_region *r);
void *fp_alloc(fp_region *r, size_t size);     /* zeroed, 16-aligned; NULL on OOM */
void *fp_alloc_raw(fp_region *r, size_t size); /* the same, not zeroed */
char *fp_strndup(fp_region *r, const char *s, size_t n);
fp_mark fp_region_mark(fp_region *r);
void fp_region_release(fp_region *r, fp_mark m);

/* ------------------------------------------------------------------ AST */

enum fp_nkind {
	N_LIT = 1, /* literal: lit */
	N_EMPTY,   /* {} */
	N_IDENT,   /* name on the focus (or a type name matching it) */
	N_MEMBER,  /* a.name */
	N_FUNC,    /* [a.]name(args) */
	N_INDEX,   /* a[b] */
	N_NEG,     /* -a */
	N_POS,     /* +a */
	N_BIN,     /* a op b */
	N_IS,      /* a is type */
	N_AS,      /* a as type */
	N_VAR,     /* %name */
	N_THIS,    /* $this */
	N_INDEXV,  /* $index */
	N_TOTAL,   /* $total */
	N_CONST    /* a constant collection folded at compile time: cv */
};

enum fp_op {
	OP_IMPLIES = 1,
	OP_OR,
	OP_XOR,
	OP_AND,
	OP_IN,
	OP_CONTAINS,
	OP_EQ,
	OP_EQUIV,
	OP_NE,
	OP_NEQUIV,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_UNION,
	OP_PLUS,
	OP_MINUS,
	OP_CONCAT,
	OP_MUL,
	OP_DIV,
	OP_IDIV,
	OP_MOD
};

/* A type specifier (is, as, ofType): a FHIR type or a System type. */
typedef struct fp_tspec {
	const fp_type *fhir; /* FHIR type, or NULL */
	uint8_t sys;         /* System kind (enum fp_kind), or 0 */
	uint8_t quantity;    /* unqualified Quantity: FHIR or System */
	const char *text;    /* as written, for messages */
} fp_tspec;

/* Function calls the evaluator takes a shorter way for (fp_fold marks
 * them): a.name.ofType(T), x.where(c).first() / .last() / .exists(). */
enum fp_shortcut {
	FP_SC_NONE = 0,
	FP_SC_OF_TYPE,
	FP_SC_WHERE_FIRST,
	FP_SC_WHERE_LAST,
	FP_SC_WHERE_EXISTS
};

typedef struct fp_node {
	uint8_t kind;          /* enum fp_nkind */
	uint8_t op;            /* enum fp_op for N_BIN */
	uint8_t nargs;         /* arguments of N_FUNC */
	uint8_t has_tspec;     /* tspec is set (is/as/ofType) */
	int16_t fn;            /* function index for N_FUNC */
	uint32_t pos;          /* byte offset of the node's token in the text */
	struct fp_node *a, *b; /* target / left, right / index */
	struct fp_node **args; /* arguments of N_FUNC */
	const char *name;      /* N_IDENT, N_MEMBER, N_FUNC, N_VAR */
	size_t nlen;           /* strlen(name), set by fp_fold */
	uint8_t shortcut;      /* enum fp_shortcut, set by fp_fold */
	fp_item lit;           /* N_LIT */
	fp_coll cv;            /* N_CONST */
	fp_tspec tspec;        /* is/as/ofType */
} fp_node;

/* The inputs the static model check depends on: the context's type, the
 * types of %context and %rootResource, and the flags. A passed check is
 * remembered so that evaluations with the same inputs skip it. */
typedef struct fp_check_key {
	const void *root, *context, *root_resource;
	unsigned flags;
} fp_check_key;

struct tf_fhirpath {
	fp_region *mem;          /* AST and strings */
	fp_node *root;           /* compiled expression */
	char *text;              /* expression text (in mem) */
	pthread_mutex_t lock;    /* guards checked */
	int nchecked;            /* passed checks remembered */
	fp_check_key checked[4]; /* ... their inputs */
};

/* Tokens (lexer.c). */
enum fp_tok {
	T_EOF = 0,
	T_IDENT,
	T_DELIM_IDENT,
	T_STRING,
	T_INT,
	T_DEC,
	T_LONG,
	T_DATE,
	T_DATETIME,
	T_TIME,
	T_VAR,
	T_DOLLAR,
	T_LPAREN,
	T_RPAREN,
	T_LBRACK,
	T_RBRACK,
	T_LBRACE,
	T_RBRACE,
	T_DOT,
	T_COMMA,
	T_PLUS,
	T_MINUS,
	T_STAR,
	T_SLASH,
	T_AMP,
	T_PIPE,
	T_EQ,
	T_NE,
	T_EQUIV,
	T_NEQUIV,
	T_LT,
	T_LE,
	T_GT,
	T_GE
};

typedef struct fp_token {
	int kind;      /* enum fp_tok */
	uint32_t pos;  /* byte offset */
	const char *p; /* text start (for T_STRING/T_DELIM_IDENT/T_VAR: inside quotes) */
	size_t n;      /* text length */
} fp_token;

typedef struct fp_lexer {
	const char *s; /* expression */
	size_t len;    /* its length */
	size_t i;      /* next byte */
	fp_token tok;  /* current token */
} fp_lexer;

/* Reads the next token into lx->tok; TF_EPARSE with err at the place. */
int fp_lex_next(fp_lexer *lx, tf_error *err);
/* Sets err->line/column for byte offset pos of expr. */
void fp_error_at(tf_error *err, const char *expr, size_t pos);
/* Writes code point cp as UTF-8 at o (room for 4 bytes); its length. */
size_t fp_put_utf8(char *o, unsigned long cp);
/* Decodes a quoted string body (escapes); NULL on a bad escape. */
char *fp_unescape(fp_region *r, const char *p, size_t n, size_t *outlen);

/* Parser (parser.c): fills fp->root. */
int fp_parse(tf_fhirpath *fp, tf_error *err);

/* -------------------------------------------------------------- values */

/* Items from JSON: value (borrowed) of FHIR type t (NULL: inferred), with
 * its shadow "_name" object. Returns 0 and kind FP_NONE for null values
 * without a shadow (nothing to add). */
int fp_item_from_json(fp_region *r, json_t *value, json_t *shadow, const fp_type *t,
                      const json_t *res, fp_item *out);
/* json_object_get, faster on small objects and first members. */
json_t *fp_obj_get(const json_t *obj, const char *key);
/* The same with strlen(key) known (key is still NUL-terminated). */
json_t *fp_obj_getn(const json_t *obj, const char *key, size_t len);
/* Prepared documents (values.c): the index of a tree, made once; the one
 * the thread's evaluation uses (fp_doc_use returns the one before, to be
 * set back). fp_doc_resource_type: 1 with *t (NULL: not a resource) when
 * obj is in the document in use, else 0. */
int fp_doc_new(const json_t *root, tf_fhirpath_doc **out);
void fp_doc_free(tf_fhirpath_doc *d);
const tf_fhirpath_doc *fp_doc_use(const tf_fhirpath_doc *d);
const json_t *fp_doc_root(const tf_fhirpath_doc *d);
int fp_doc_in_use(void); /* an evaluation on this thread uses a document */
int fp_doc_resource_type(const json_t *obj, const fp_type **t);
/* The FHIR type of a resource object (its resourceType), or NULL. */
const fp_type *fp_resource_type(const json_t *obj);

/* Decimal helpers. */
int fp_dec_parse(const char *s, size_t n, fp_dec *out); /* 0 or -1 */
fp_dec fp_dec_make(double v, int scale);                /* rounds v to scale */
int fp_dec_format(const fp_dec *d, char *buf, size_t size);
int fp_dec_scale_of(const char *s, size_t n);
double fp_round_to(double v, int scale);
/* Fewest digits after the point (between min and max) that keep v as it
 * is at max digits: 0.5 for 1/2, 0.66666667 for 2/3. */
int fp_dec_trim_scale(double v, int min_scale, int max_scale);

/* Text of an item for toString() and for output; NULL when it has none
 * (elements). Allocated in r. */
const char *fp_item_text(fp_region *r, const fp_item *it, size_t *len);
/* Type name as the result API reports it ("code", "boolean", "Quantity"). */
const char *fp_item_type_name(const fp_item *it);
/* FHIRPath namespace and name of the item's type for type(). */
void fp_item_type_info(const fp_item *it, const char **ns, const char **name);

/* --------------------------------------------------------- date / time */

/* Parses a date, dateTime or time (without '@'; time without 'T').
 * kind: FP_DATE, FP_DATETIME or FP_TIME; DateTime text may also be a date
 * (then has precision up to day). Returns 0 or -1. */
int fp_dt_parse(const char *s, size_t n, int kind, fp_dt *out);
/* Parses a FHIRPath literal body after '@': sets *kind. */
int fp_dt_parse_literal(const char *s, size_t n, int *kind, fp_dt *out);
/* Prints without '@'. Returns length. */
int fp_dt_format(const fp_dt *d, int kind, char *buf, size_t size);
/* Compares: -1, 0, 1, or 2 when not comparable (precision/timezone). */
int fp_dt_compare(const fp_dt *a, int akind, const fp_dt *b, int bkind);
/* a + n units ("year", "month", "week", "day", "hour", "minute", "second",
 * "millisecond"); 0 or -1 when the unit does not apply to kind. */
int fp_dt_add(fp_dt *d, int kind, const char *unit, int64_t n);
/* Now from the environment's clock. */
int fp_dt_now(const tf_fhirpath_env *env, fp_dt *out, tf_error *err);
/* Days in a month. */
int fp_days_in_month(int year, int month);

/* ------------------------------------------------------------ quantity */

/* Canonical form of a UCUM unit: value_in_base = (v + offset) * factor. */
typedef struct fp_ucum {
	double factor;   /* to base units */
	double offset;   /* for Cel and [degF] (absolute temperatures) */
	int8_t dim[8];   /* exponents: m, g, s, rad, K, C, cd, mol */
	uint8_t special; /* 1: has offset (temperature) */
} fp_ucum;

/* Parses a UCUM code; 0 or -1 when not understood. */
int fp_ucum_parse(const char *code, fp_ucum *out);
/* Calendar keyword (year, years, month, ... millisecond(s)): its singular
 * name, or NULL. */
const char *fp_calendar_unit(const char *s, size_t n);
/* UCUM time unit for a calendar keyword where they are the same quantity
 * (week = wk, day = d ...; not year/month): NULL when none. */
const char *fp_calendar_ucum(const char *singular);
/* Compares quantities: sets *cmp to -1/0/1; returns 0, or 1 when the units
 * cannot be compared. equiv: equivalence rounding (least precision). */
typedef struct fp_molar {
	const tf_fhirpath_env *env; /* hook holder */
	const json_t *res_a;        /* resources the quantities came from */
	const json_t *res_b;
} fp_molar;
int fp_qty_compare(const fp_qty *a, const fp_qty *b, int equiv, const fp_molar *m, int *cmp);
/* Converts q to unit; 0 or 1 when not convertible. */
int fp_qty_convert(fp_region *r, const fp_qty *q, const char *unit, const fp_molar *m, fp_qty *out);
/* Product / quotient of two quantities (units combined). */
int fp_qty_mul(fp_region *r, const fp_qty *a, const fp_qty *b, int divide, fp_qty *out);
/* Sum / difference; 1 when units are not compatible. */
int fp_qty_add(fp_region *r, const fp_qty *a, const fp_qty *b, int sub, fp_qty *out);
/* A FHIR Quantity element as a System Quantity (code when UCUM, else unit). */
int fp_qty_from_node(fp_region *r, const json_t *node, fp_qty *out);
/* Parses "4.5 'mg'" / "4 days" / "4"; 0 or -1. */
int fp_qty_parse(fp_region *r, const char *s, size_t n, fp_qty *out);
/* Two units are comparable (same dimension). */
int fp_units_comparable(const char *a, int acal, const char *b, int bcal);

/* ------------------------------------------------------------ evaluation */

typedef struct fp_vars {
	const char *name;     /* variable name (no %) */
	fp_coll val;          /* its value */
	struct fp_vars *next; /* outer scope */
} fp_vars;

typedef struct fp_ctx fp_ctx;

typedef struct fp_scope {
	const fp_coll *self;  /* $this */
	int64_t index;        /* $index */
	const fp_coll *total; /* $total, NULL outside aggregate() */
	int has_index;        /* $index defined */
} fp_scope;

struct fp_ctx {
	const tf_fhirpath_env *env;  /* options */
	const tf_fhirpath *fp;       /* expression */
	fp_region *mem;              /* evaluation memory */
	tf_error *err;               /* error out */
	uint64_t steps;              /* work done */
	uint64_t max_steps;          /* budget */
	size_t max_items;            /* largest collection */
	int depth;                   /* recursion depth */
	fp_coll resource;            /* %resource */
	fp_coll root_resource;       /* %rootResource */
	fp_coll context;             /* %context */
	fp_coll patient;             /* %patient */
	const json_t *resource_node; /* the evaluated resource */
	int have_now;                /* now cached */
	fp_dt now;                   /* now() for this evaluation */
	void *resolve_index;         /* Bundle index for resolve(), built on first use */
	void *regex_cache;           /* compiled regexes of this evaluation */
};

/* Sets err (code, message, line/column of node) and returns code. */
int fp_fail(fp_ctx *c, const fp_node *n, int code, const char *fmt, ...)
        __attribute__((format(printf, 4, 5)));
/* Appends an item; TF_ELIMIT / TF_ENOMEM via c. */
int fp_push(fp_ctx *c, const fp_node *n, fp_coll *out, const fp_item *it);
/* Room for extra more items in out at once (one allocation). */
int fp_coll_reserve(fp_ctx *c, const fp_node *n, fp_coll *out, size_t extra);
int fp_push_bool(fp_ctx *c, const fp_node *n, fp_coll *out, int b);
int fp_push_int(fp_ctx *c, const fp_node *n, fp_coll *out, int64_t i);
int fp_push_str(fp_ctx *c, const fp_node *n, fp_coll *out, const char *s, size_t len);
int fp_push_dec(fp_ctx *c, const fp_node *n, fp_coll *out, double v, int scale);
int fp_push_coll(fp_ctx *c, const fp_node *n, fp_coll *out, const fp_coll *in);
/* Union: items of a then b without duplicates (equality). */
int fp_union(fp_ctx *c, const fp_node *n, const fp_coll *a, const fp_coll *b, fp_coll *out);
/* trace(): hands items to the environment's trace callback. */
void fp_trace_emit(fp_ctx *c, const char *name, const fp_coll *items);
/* x.where(c).first() / .last(): the first (last) item of in that meets
 * where-node w's criterion, tried in that order and no further. */
int fp_where_pick(fp_ctx *c, const fp_node *w, const fp_coll *in, const fp_scope *s, fp_vars **vars,
                  int last, fp_coll *out);
/* Frees what functions cached for one evaluation (compiled regexes). */
void fp_functions_cleanup(fp_ctx *c);

/* After parsing: folds constant subexpressions (a union of literals, as
 * in status in ('final' | 'amended')) into N_CONST nodes and sets name
 * lengths. Folding that fails leaves the node to fail at evaluation. */
int fp_fold(tf_fhirpath *fp);

/* Evaluates n with focus and scope; appends to out. vars: in/out scope of
 * defineVariable (may be NULL when the caller does not chain). */
int fp_eval(fp_ctx *c, const fp_node *n, const fp_coll *focus, const fp_scope *s, fp_vars **vars,
            fp_coll *out);

/* n as a singleton boolean (fp_coll_bool, errors placed at errn): 1, 0,
 * or -1 when empty; and/or/xor/implies and =/!= without collections. */
int fp_eval_bool(fp_ctx *c, const fp_node *n, const fp_node *errn, const fp_coll *focus,
                 const fp_scope *s, fp_vars **vars, int *b);

/* A primitive's "_name" shadow object (id, extension), or NULL. */
json_t *fp_item_shadow(const fp_item *it);

/* Children of an item in document order (all elements), appended to out. */
int fp_children(fp_ctx *c, const fp_node *n, const fp_item *it, fp_coll *out);
/* Member access name on one item. */
int fp_navigate(fp_ctx *c, const fp_node *n, const fp_item *it, const char *name, fp_coll *out);

/* Equality: 1 true, 0 false, -1 empty (not comparable). */
int fp_item_equal(fp_ctx *c, const fp_item *a, const fp_item *b);
int fp_item_equiv(fp_ctx *c, const fp_item *a, const fp_item *b);
/* Ordering for comparisons and sort(): sets *cmp; 0 ok, 1 not comparable,
 * TF_EINVALID for incompatible types (error set via n). */
int fp_item_compare(fp_ctx *c, const fp_node *n, const fp_item *a, const fp_item *b, int *cmp);
/* The item as a System value: FHIR Quantity nodes become FP_QTY. */
int fp_item_value(fp_ctx *c, const fp_item *in, fp_item *out);
/* Singleton boolean of a collection (singleton evaluation): 1/0, -1 empty,
 * or TF_EINVALID error for several items. */
int fp_coll_bool(fp_ctx *c, const fp_node *n, const fp_coll *v, int *out);
/* Type test of the is operator (with inheritance) / as and ofType (exact for
 * primitives). */
int fp_type_matches(const fp_item *it, const fp_tspec *ts, int exact_primitive);
/* Resolves a type specifier name ("Patient", "FHIR.boolean", "System.String"). */
int fp_tspec_resolve(const char *name, fp_tspec *out);

/* Functions (functions.c). */
typedef int (*fp_fn_impl)(fp_ctx *c, const fp_node *n, const fp_coll *in, const fp_scope *s,
                          fp_vars **vars, fp_coll *out);
enum fp_argmode {
	FA_VALUE = 0, /* arguments evaluated once on the outer $this */
	FA_LAMBDA,    /* evaluated per input item ($this, $index) */
	FA_TYPE,      /* argument is a type specifier */
	FA_SPECIAL    /* the function evaluates its arguments itself */
};
typedef struct fp_fn {
	const char *name; /* function name */
	uint8_t min, max; /* argument count */
	uint8_t argmode;  /* enum fp_argmode */
	uint8_t ordered;  /* needs an ordered input (checkOrderedFunctions) */
	fp_fn_impl impl;  /* implementation */
} fp_fn;
extern const fp_fn fp_functions[];
int fp_function_find(const char *name, size_t len);

/* Static model check (check.c): 0, or TF_EINVALID with err. root_type may
 * be NULL (unknown: nothing to check). */
int fp_check(const tf_fhirpath *fp, const fp_type *root_type, const tf_fhirpath_env *env,
             tf_error *err);

/* resolve(): the resource a reference string points to, or NULL. */
json_t *fp_resolve_ref(fp_ctx *c, const fp_item *from, const char *ref, size_t len);

/* FHIR XML loader (fhirxml.c). */
int fp_xml_to_json(const char *buf, size_t len, json_t **out, tf_error *err);

#endif
