/*
 * trialfhir/fhirpath.h - the built-in FHIRPath engine (FHIRPath N1 / 2.0 over
 * FHIR R4 JSON), and loading FHIR JSON or XML resources to evaluate it on.
 *
 * An expression is compiled once into an opaque tf_fhirpath and evaluated
 * any number of times, from any number of threads (a compiled expression is
 * never modified by evaluation). Evaluation walks Jansson trees as loaded by
 * tf_fhirpath_load() or any Jansson tree in FHIR JSON form; FHIR type
 * information (element types, choice types value[x], the type hierarchy)
 * comes from the R4 type table conformance/definitions/fhir-r4-elements.tsv.
 *
 * Errors carry the place in the expression: err->line and err->column
 * (1-based) point at the offending token; err->code is TF_EPARSE for a
 * syntax error, TF_EINVALID for a semantic or type error (unknown function,
 * element not in the model, operand of the wrong type, more than one item
 * where one is needed), TF_ELIMIT when a depth, size or work limit is hit,
 * TF_EUNSUPPORTED for what needs a terminology server (memberOf, subsumes).
 *
 * Deliberate limits: decimals are doubles that carry their written
 * precision (exact to about 15 significant digits; FHIR decimals read from
 * resources are returned with their original text); upper()/lower() change
 * ASCII letters only; regular expressions are POSIX extended ones with the
 * common Perl escapes (\d \w \s) translated, without back-references or
 * look-around; conformsTo() checks the base type only, not profiles.
 */
#ifndef TRIALFHIR_FHIRPATH_H
#define TRIALFHIR_FHIRPATH_H

#include <jansson.h>
#include <stdint.h>
#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A compiled expression. */
typedef struct tf_fhirpath tf_fhirpath;

/* The collection an evaluation returns. */
typedef struct tf_fhirpath_result tf_fhirpath_result;

/* Compiles expr (NUL-terminated UTF-8). *out belongs to the caller (free it
 * with tf_fhirpath_free). Fails with TF_EPARSE on a syntax error and
 * TF_EINVALID on an unknown function or a wrong number of arguments, with
 * err->line/column at the offending token. */
TF_EXTERN int tf_fhirpath_compile(tf_fhirpath **out, const char *expr, tf_error *err);

/* Frees a compiled expression; NULL does nothing. */
TF_EXTERN void tf_fhirpath_free(tf_fhirpath *fp);

/* The expression text fp was compiled from (borrowed from fp). */
TF_EXTERN const char *tf_fhirpath_text(const tf_fhirpath *fp);

/* A user variable, %name in expressions. */
typedef struct tf_fhirpath_var {
	const char *name;    /* without the '%' */
	const json_t *value; /* borrowed; a JSON array is a collection of items */
	const char *type;    /* FHIR type of value ("date", "Quantity", "code"), or NULL to
	                        infer it (objects: their resourceType; strings: string,
	                        numbers: integer/decimal, true/false: boolean) */
} tf_fhirpath_var;

/* Clock for today(), now() and timeOfDay(): fills *unix_ms (milliseconds since
 * 1970-01-01T00:00:00Z) and *utc_offset_min (the local offset to print
 * now() with); returns 0, or non-zero to fail the evaluation. */
typedef int (*tf_fhirpath_clock_fn)(void *user, int64_t *unix_ms, int *utc_offset_min);

/* Molar mass hook for quantity comparisons between mass and substance units
 * (mg/dL against umol/L). Called with the codings (system, code) of the
 * Observation the quantity came from, one coding at a time; returns the
 * molar mass in g/mol, or 0 when unknown (the comparison is then empty, as
 * for any two units that cannot be converted). */
typedef double (*tf_fhirpath_molar_mass_fn)(void *user, const char *system, const char *code);

/* Receives trace(name [, projection]) output: the name and the traced items
 * (borrowed for the duration of the call). */
typedef void (*tf_fhirpath_trace_fn)(void *user, const char *name, const tf_fhirpath_result *items);

enum {
	/* Semantic errors for what is only suspicious: an unknown resource type
	 * as first step (Encounter.name on a Patient), a non-boolean iif()
	 * criterion. The static model check (element names against the FHIR
	 * type of the context) runs without this flag. */
	TF_FHIRPATH_STRICT = 1 << 0,
	/* Order-dependent functions (first, skip, [n], ...) on the result of
	 * children() or descendants() are semantic errors (implied by
	 * TF_FHIRPATH_STRICT). */
	TF_FHIRPATH_CHECK_ORDERED = 1 << 1,
	/* No static model check: element names the type table does not know
	 * just give empty collections. */
	TF_FHIRPATH_NO_MODEL_CHECK = 1 << 2,
	/* Lenient choice types: Observation.valueQuantity is accepted as the
	 * Quantity choice of value[x] (the spec only allows
	 * Observation.value; many authors write the JSON name). */
	TF_FHIRPATH_LENIENT_CHOICE = 1 << 3
};

/* Evaluation environment (options). Zero-filled fields take the defaults. */
typedef struct tf_fhirpath_env {
	unsigned int version;                 /* TF_FHIRPATH_ENV_VERSION */
	unsigned int flags;                   /* TF_FHIRPATH_STRICT | ... */
	const json_t *context;                /* %context; NULL: the evaluated resource */
	const json_t *root_resource;          /* %rootResource; NULL: %resource */
	const json_t *patient;                /* %patient; NULL: not defined */
	const tf_fhirpath_var *vars;          /* user variables */
	size_t nvars;                         /* number of vars */
	const char *now;                      /* fixed clock: a FHIRPath date or dateTime
	                                         ("2024-03-01", "2024-03-01T10:00:00+01:00"); a
	                                         date means that day at 00:00:00.000 */
	tf_fhirpath_clock_fn clock;           /* used when now is NULL; NULL: system clock */
	void *clock_user;                     /* passed to clock */
	tf_fhirpath_molar_mass_fn molar_mass; /* NULL: no mass <-> substance conversion */
	void *molar_mass_user;                /* passed to molar_mass */
	tf_fhirpath_trace_fn trace;           /* NULL: trace() output is dropped */
	void *trace_user;                     /* passed to trace */
	size_t max_items;                     /* largest collection; 0: 1,000,000 */
	uint64_t max_steps;                   /* evaluation work budget; 0: 100,000,000 */
} tf_fhirpath_env;

#define TF_FHIRPATH_ENV_VERSION 1
/* clang-format off */
#define TF_FHIRPATH_ENV_INIT { TF_FHIRPATH_ENV_VERSION, 0, NULL, NULL, NULL, NULL, 0, NULL, \
			       NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 }
/* clang-format on */

/* Evaluates fp on resource (borrowed; any FHIR JSON tree, or NULL for an
 * empty context), with env (NULL: defaults). *out belongs to the caller
 * (tf_fhirpath_result_free); it references nodes of resource and of the
 * env's JSON values, so those must outlive it. On failure *out is NULL and
 * err says why and where in the expression. */
TF_EXTERN int tf_fhirpath_eval(const tf_fhirpath *fp, const json_t *resource,
                               const tf_fhirpath_env *env, tf_fhirpath_result **out, tf_error *err);

/* A resource prepared for many evaluations: an index of its JSON tree
 * (members of every object by name, resource types) made once, so that
 * evaluations on it do not look members up in Jansson's hash tables. It
 * holds a reference to resource; the tree must not be changed while the
 * document exists. Results are the same as tf_fhirpath_eval's on the
 * resource. */
typedef struct tf_fhirpath_doc tf_fhirpath_doc;

/* Indexes resource (a FHIR JSON tree). *out belongs to the caller. */
TF_EXTERN int tf_fhirpath_doc_new(const json_t *resource, tf_fhirpath_doc **out, tf_error *err);

/* Frees a prepared document (and its reference to the tree); NULL does
 * nothing. */
TF_EXTERN void tf_fhirpath_doc_free(tf_fhirpath_doc *doc);

/* tf_fhirpath_eval on the document's resource, through its index. env's
 * JSON values (%patient ...) use the index when they are inside the tree. */
TF_EXTERN int tf_fhirpath_eval_doc(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                                   const tf_fhirpath_env *env, tf_fhirpath_result **out,
                                   tf_error *err);

/* Where an evaluation starts when it is not a whole resource: an element
 * inside a tree (a Period, a Bundle.entry, a primitive), typed by the
 * caller because elements carry no resourceType. For evaluating an
 * element's invariants as FHIR defines them: $this and %context are the
 * element, %resource the resource holding it, %rootResource the outermost
 * one (a contained resource's container). */
typedef struct tf_fhirpath_focus {
	const json_t *node;          /* the element (borrowed); NULL with shadow: a primitive
	                                with only an id or extensions */
	const json_t *shadow;        /* a primitive's "_name" object, or NULL */
	const char *type;            /* its FHIR type: "Period", "ContactPoint", a backbone
	                                path ("Bundle.entry"), a primitive ("code"); NULL:
	                                inferred as for tf_fhirpath_eval's resource */
	const json_t *resource;      /* %resource (borrowed), NULL: no resource */
	const json_t *root_resource; /* %rootResource, NULL: %resource */
} tf_fhirpath_focus;

/* Evaluates fp at focus, inside doc (a prepared document whose tree holds
 * the focus, for its index; NULL: plain Jansson lookups). env as for
 * tf_fhirpath_eval, except that its context and root_resource are not used
 * (focus says them). No static model check is made here (an element's
 * expression is checked once with tf_fhirpath_check_type). Compiled
 * matches() patterns are kept per thread across these evaluations (the
 * definitions' patterns are few and costly to compile): see
 * tf_fhirpath_thread_cleanup. An unknown focus->type fails with
 * TF_EINVALID. *out as for tf_fhirpath_eval. */
TF_EXTERN int tf_fhirpath_eval_at(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                                  const tf_fhirpath_focus *focus, const tf_fhirpath_env *env,
                                  tf_fhirpath_result **out, tf_error *err);

/* The same, for an expression that must give one boolean or nothing (an
 * invariant), without building a result: 0 with *value 0 or 1 for one
 * boolean; TF_ITEROVER for an empty result; TF_EINVALID with err saying
 * what it gave otherwise. */
TF_EXTERN int tf_fhirpath_eval_at_boolean(const tf_fhirpath *fp, const tf_fhirpath_doc *doc,
                                          const tf_fhirpath_focus *focus,
                                          const tf_fhirpath_env *env, int *value, tf_error *err);

/* The static model check tf_fhirpath_eval makes against a resource's type,
 * against FHIR type `type` (a type or backbone path name as for
 * tf_fhirpath_focus) instead, with env's flags: element names the type
 * does not have are TF_EINVALID with err at the name. %context, %resource
 * and %rootResource are typed as `type` (an element's invariant naming
 * %resource is better left to evaluation). TF_ENOTFOUND when the type
 * table does not know `type`. */
TF_EXTERN int tf_fhirpath_check_type(const tf_fhirpath *fp, const char *type,
                                     const tf_fhirpath_env *env, tf_error *err);

/* Frees what tf_fhirpath_eval_at keeps for the calling thread (compiled
 * matches() patterns); done by itself when a thread ends, this is for the
 * thread that goes on (a leak checker at exit). */
TF_EXTERN void tf_fhirpath_thread_cleanup(void);

/* Number of items in the result collection. */
TF_EXTERN size_t tf_fhirpath_result_count(const tf_fhirpath_result *r);

/* Type name of item i (borrowed, static): FHIR types by their FHIR name
 * ("code", "HumanName", "Patient", "BackboneElement"), System types in
 * lower case as FHIR writes them ("boolean", "integer", "decimal", "string",
 * "date", "dateTime", "time", "Quantity"). NULL when i is out of range. */
TF_EXTERN const char *tf_fhirpath_result_type(const tf_fhirpath_result *r, size_t i);

/* True when item i is a FHIR element or resource (not a System value). */
TF_EXTERN int tf_fhirpath_result_is_fhir(const tf_fhirpath_result *r, size_t i);

/* Item i as JSON, a new reference in *out: elements and resources as they
 * are in the resource; booleans, integers and strings as JSON values;
 * decimals as decimal nodes keeping their precision (trialfhir/json.h);
 * date, dateTime and time as strings (their literal text without '@');
 * Quantity as {"value": decimal, "unit": "g"}. */
TF_EXTERN int tf_fhirpath_result_json(const tf_fhirpath_result *r, size_t i, json_t **out,
                                      tf_error *err);

/* Item i as text, newly allocated in *out (caller frees with free()):
 * strings as they are, "true"/"false", numbers as written ("1.50"), dates
 * and times without '@', Quantity as "4.0 'g'" (calendar units unquoted:
 * "1 week"), elements and resources as compact JSON. */
TF_EXTERN int tf_fhirpath_result_text(const tf_fhirpath_result *r, size_t i, char **out,
                                      tf_error *err);

/* Singleton boolean: *value = 0 or 1 and returns 0 when the result is one
 * boolean; TF_ITEROVER when the result is empty; TF_EINVALID otherwise. */
TF_EXTERN int tf_fhirpath_result_boolean(const tf_fhirpath_result *r, int *value);

/* Frees a result; NULL does nothing. */
TF_EXTERN void tf_fhirpath_result_free(tf_fhirpath_result *r);

/* One-shot: compiles expr, evaluates it and frees the compiled form. */
TF_EXTERN int tf_fhirpath_evaluate(const char *expr, const json_t *resource,
                                   const tf_fhirpath_env *env, tf_fhirpath_result **out,
                                   tf_error *err);

/* Loads a FHIR resource from a file ("-" = stdin) in FHIR JSON or FHIR XML
 * (told apart by the first non-blank byte), into FHIR JSON: decimals become
 * decimal nodes, XML is converted as tf_fhirpath_parse_xml() does. *out is a
 * new reference. Inputs above 64 MiB are refused (TF_ELIMIT). */
TF_EXTERN int tf_fhirpath_load(const char *path, json_t **out, tf_error *err);

/* Same for a buffer of len bytes. */
TF_EXTERN int tf_fhirpath_parse(const char *buf, size_t len, json_t **out, tf_error *err);

/* FHIR XML to the FHIR JSON representation: value attributes become JSON
 * values typed by the R4 type table (booleans, numbers as decimal nodes),
 * repeating elements arrays, a primitive's id and extensions a "_name"
 * object, xhtml div a string, resourceType from the element name, and
 * contained/resource wrappers unwrapped. XML goes through the hardened
 * parser (no entities, no network, depth and size limits). */
TF_EXTERN int tf_fhirpath_parse_xml(const char *buf, size_t len, json_t **out, tf_error *err);

#ifdef __cplusplus
}
#endif
#endif
