/*
 * search.c - search parameters against the R4 ones
 * (conformance/definitions/fhir-r4-searchparams.tsv). A server's
 * CapabilityStatement says which search parameters it supports, and a
 * SearchParameter resource defines one; both can contradict the spec in
 * ways a client only finds out at query time (a "status" declared as a
 * string where R4 makes it a token changes how the server matches it).
 * Checked here:
 *   - SearchParameter.expression compiles with our FHIRPath engine (error);
 *   - a SearchParameter whose url is an R4 one has the R4 code and type;
 *   - CapabilityStatement.rest.resource.searchParam: a definition that is
 *     an R4 parameter must have its type (error); a name that R4 defines on
 *     the resource (or on Resource, DomainResource) with another type, and
 *     no definition saying it is the server's own, is a warning.
 */
#include <string.h>
#include "validate/vint.h"

#define R4_SP "http://hl7.org/fhir/SearchParameter/"

static const v_sp *by_url(const tf_validator *v, const char *url)
{
	if (!url || strncmp(url, R4_SP, sizeof(R4_SP) - 1) != 0)
		return NULL;
	char key[300];
	const char *id = url + sizeof(R4_SP) - 1;
	snprintf(key, sizeof(key), "U:%.*s", (int)strcspn(id, "|"), id);
	return v_sp_get(v, key);
}

static const v_sp *by_name(const tf_validator *v, const char *type, const char *code)
{
	static const char *const bases[] = {NULL, "DomainResource", "Resource"};
	for (size_t i = 0; i < 3; i++) {
		char key[300];
		snprintf(key, sizeof(key), "B:%s.%s", bases[i] ? bases[i] : type, code);
		const v_sp *sp = v_sp_get(v, key);
		if (sp)
			return sp;
	}
	return NULL;
}

static void check_searchparameter(vstate *st, const json_t *res)
{
	const char *expr = json_string_value(json_object_get(res, "expression"));
	const char *type = json_string_value(json_object_get(res, "type"));
	const char *code = json_string_value(json_object_get(res, "code"));
	if (expr) {
		tf_fhirpath *fp = NULL;
		tf_error err;
		tf_error_clear(&err);
		if (tf_fhirpath_compile(&fp, expr, &err) < 0) {
			size_t mark = v_loc_push(st, "expression", 10);
			v_issue(st, "error", "value",
			        "The expression does not compile as FHIRPath: %s", err.message);
			v_loc_cut(st, mark);
		}
		tf_fhirpath_free(fp);
	}
	const v_sp *sp = by_url(st->v, json_string_value(json_object_get(res, "url")));
	if (!sp)
		return;
	if (type && strcmp(type, sp->type) != 0) {
		size_t mark = v_loc_push(st, "type", 4);
		v_issue(st, "error", "value", "R4 search parameter %s is of type %s, not %s",
		        sp->id, sp->type, type);
		v_loc_cut(st, mark);
	}
	if (code && strcmp(code, sp->code) != 0) {
		size_t mark = v_loc_push(st, "code", 4);
		v_issue(st, "error", "value", "R4 search parameter %s has the code %s, not %s",
		        sp->id, sp->code, code);
		v_loc_cut(st, mark);
	}
}

static void check_capability(vstate *st, const json_t *res)
{
	size_t i, j, k;
	const json_t *rest, *r, *p;
	size_t m0 = v_loc_push(st, "rest", 4);
	json_array_foreach(json_object_get(res, "rest"), i, rest)
	{
		size_t m1 = st->loc.len;
		v_loc_index(st, i);
		v_loc_push(st, "resource", 8);
		json_array_foreach(json_object_get(rest, "resource"), j, r)
		{
			size_t m2 = st->loc.len;
			v_loc_index(st, j);
			v_loc_push(st, "searchParam", 11);
			const char *rtype = json_string_value(json_object_get(r, "type"));
			json_array_foreach(json_object_get(r, "searchParam"), k, p)
			{
				size_t m3 = st->loc.len;
				v_loc_index(st, k);
				const char *name = json_string_value(json_object_get(p, "name"));
				const char *type = json_string_value(json_object_get(p, "type"));
				const char *def =
				        json_string_value(json_object_get(p, "definition"));
				const v_sp *sp = by_url(st->v, def);
				if (sp && type && strcmp(type, sp->type) != 0)
					v_issue(st, "error", "value",
					        "Search parameter %s is defined as R4 %s, of type "
					        "%s, "
					        "not %s",
					        name ? name : "?", sp->id, sp->type, type);
				else if (!def && rtype && name && type &&
				         (sp = by_name(st->v, rtype, name)) != NULL &&
				         strcmp(type, sp->type) != 0)
					v_issue(st, "warning", "value",
					        "Search parameter %s of %s is of type %s in R4 "
					        "(%s), "
					        "not %s; give its definition if it is the server's "
					        "own",
					        name, rtype, sp->type, sp->id, type);
				v_loc_cut(st, m3);
			}
			v_loc_cut(st, m2);
		}
		v_loc_cut(st, m1);
	}
	v_loc_cut(st, m0);
}

void v_check_search(vstate *st, const json_t *res, const char *rt)
{
	int sp = strcmp(rt, "SearchParameter") == 0;
	if (!st->v->spcap && (sp || strcmp(rt, "CapabilityStatement") == 0))
		v_issue(st, "information", "not-supported",
		        "fhir-r4-searchparams.tsv is not installed: search parameters are not "
		        "compared with the R4 ones");
	if (sp)
		check_searchparameter(st, res);
	else if (strcmp(rt, "CapabilityStatement") == 0)
		check_capability(st, res);
}
