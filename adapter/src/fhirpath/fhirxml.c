/*
 * fhirxml.c - FHIR XML to the FHIR JSON representation, so that one
 * evaluator (and every other JSON consumer) serves both formats. The XML is
 * parsed only through tf_xml_parse (no DTD, no entities, no network, size
 * and depth caps). The conversion follows the FHIR JSON rules, driven by
 * the R4 type table:
 *  - the root element names the resource: {"resourceType": "Patient", ...};
 *  - a primitive's value attribute becomes a JSON value of its type
 *    (boolean true/false, integers as numbers, decimals as decimal nodes
 *    that keep their written precision, everything else strings);
 *  - its id attribute and extension children go to the "_name" shadow,
 *    in arrays aligned index by index with the values (null where absent);
 *  - elements whose max cardinality is above 1 become arrays;
 *  - xhtml (Narrative.div) stays XHTML, as one string;
 *  - resources inside contained, Bundle.entry.resource, Parameters and the
 *    like are unwrapped from their element and get their resourceType.
 * Elements the table does not know are kept: as strings when they carry a
 * value attribute, as objects otherwise, and as arrays when repeated.
 */
#include <string.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include "fhirpath/fp_int.h"
#include "trialfhir/json.h"
#include "xml/xml.h"

#define FHIR_NS  "http://hl7.org/fhir"
#define XHTML_NS "http://www.w3.org/1999/xhtml"

typedef struct {
	tf_error *err; /* error out */
	tf_buf tmp;    /* attribute values */
} conv;

static int fail(conv *cv, const xmlNode *n, int code, const char *msg)
{
	tf_error_set(cv->err, code, "%s", msg);
	if (cv->err && n)
		cv->err->line = tf_xml_line(n);
	return code;
}

static int in_ns(const xmlNode *n, const char *ns)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, ns) == 0;
}

static const char *attr(conv *cv, const xmlNode *n, const char *name)
{
	/* Values are taken untrimmed: FHIR strings may start with spaces. */
	xmlAttr *a = xmlHasProp((xmlNode *)n, (const xmlChar *)name);
	if (!a || a->ns)
		return NULL;
	tf_buf_clear(&cv->tmp);
	for (xmlNode *t = a->children; t; t = t->next)
		if (t->content)
			tf_buf_puts(&cv->tmp, (const char *)t->content);
	return cv->tmp.ptr ? cv->tmp.ptr : "";
}

/* A primitive's value attribute as JSON of its type. */
static json_t *primitive_value(const fp_type *t, const char *v)
{
	if (t && t->sys == FP_BOOL) {
		if (strcmp(v, "true") == 0)
			return json_true();
		if (strcmp(v, "false") == 0)
			return json_false();
	} else if (t && t->sys == FP_INT && strcmp(t->name, "integer64") != 0) {
		const char *digits = v[0] == '-' ? v + 1 : v;
		long n = strlen(digits) <= 18 ? tf_parse_long(digits) : -1;
		if (n >= 0 && digits[0])
			return json_integer(v[0] == '-' ? -n : n);
	} else if (t && t->sys == FP_DEC) {
		json_t *d = tf_json_decimal(v);
		if (d)
			return d;
	}
	return json_string(v);
}

/* The element's outer XML (Narrative.div). */
static json_t *xhtml_value(conv *cv, xmlNode *n)
{
	xmlBufferPtr b = xmlBufferCreate();
	if (!b)
		return NULL;
	int w = xmlNodeDump(b, n->doc, n, 0, 0);
	json_t *j =
	        w >= 0 ? json_stringn((const char *)xmlBufferContent(b), (size_t)xmlBufferLength(b))
	               : NULL;
	xmlBufferFree(b);
	(void)cv;
	return j;
}

static int convert_object(conv *cv, xmlNode *el, const fp_type *t, json_t *obj);

/* How an XML child maps: its JSON key, its type and cardinality. */
typedef struct {
	char key[256];
	const fp_type *type;
	int many;
	int known;
} slot;

static void find_slot(const fp_type *owner, const char *name, slot *s)
{
	memset(s, 0, sizeof(*s));
	tf_strlcpy(s->key, name, sizeof(s->key));
	if (!owner)
		return;
	const fp_elem *e = fp_type_elem(owner, name);
	if (e && !e->choice) {
		s->known = 1;
		s->many = e->many;
		s->type = e->ntypes == 1 ? e->types[0] : NULL;
		return;
	}
	for (size_t i = 1; name[i]; i++) {
		if (name[i] < 'A' || name[i] > 'Z')
			continue;
		e = fp_type_elemn(owner, name, i);
		if (!e || !e->choice)
			continue;
		for (uint16_t k = 0; k < e->ntypes; k++) {
			const char *tn = e->types[k]->name;
			char first = tn[0] >= 'a' && tn[0] <= 'z' ? (char)(tn[0] - 32) : tn[0];
			if (first == name[i] && strcmp(tn + 1, name + i + 1) == 0) {
				s->known = 1;
				s->many = e->many;
				s->type = e->types[k];
				return;
			}
		}
	}
}

static int is_resource_type(const fp_type *t)
{
	return t &&
	       (t->kind == FP_T_RESOURCE || (fp_t.Resource && fp_type_derives(t, fp_t.Resource)));
}

static xmlNode *first_element(xmlNode *n)
{
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			return c;
	return NULL;
}

/* Converts a resource element (<Patient>...) into a new object. */
static int convert_resource(conv *cv, xmlNode *el, json_t **out)
{
	const char *name = (const char *)el->name;
	const fp_type *t = fp_type_get(name);
	json_t *obj = json_object();
	if (!obj || json_object_set_new(obj, "resourceType", json_string(name)) < 0) {
		json_decref(obj);
		return fail(cv, el, TF_ENOMEM, "out of memory");
	}
	int rc = convert_object(cv, el, t && t->kind == FP_T_RESOURCE ? t : NULL, obj);
	if (rc < 0) {
		json_decref(obj);
		return rc;
	}
	*out = obj;
	return 0;
}

/* Appends value (stolen) to obj[key] as an array item or sets it. */
static int put(conv *cv, xmlNode *el, json_t *obj, const char *key, json_t *value, int many)
{
	if (!value)
		return fail(cv, el, TF_ENOMEM, "out of memory");
	if (!many) {
		if (json_object_get(obj, key)) {
			json_decref(value);
			return fail(cv, el, TF_EINVALID, "element repeats but may occur only once");
		}
		return json_object_set_new(obj, key, value) < 0
		               ? fail(cv, el, TF_ENOMEM, "out of memory")
		               : 0;
	}
	json_t *arr = json_object_get(obj, key);
	if (!arr) {
		arr = json_array();
		if (!arr || json_object_set_new(obj, key, arr) < 0) {
			json_decref(value);
			return fail(cv, el, TF_ENOMEM, "out of memory");
		}
	}
	return json_array_append_new(arr, value) < 0 ? fail(cv, el, TF_ENOMEM, "out of memory") : 0;
}

/* A primitive element: value into obj[key], id/extension into obj[_key]. */
static int convert_primitive(conv *cv, xmlNode *el, const fp_type *t, json_t *obj, const slot *s)
{
	char skey[260];
	snprintf(skey, sizeof(skey), "_%s", s->key);
	const char *v = attr(cv, el, "value");
	json_t *value = v ? primitive_value(t, v) : json_null();
	json_t *shadow = NULL;
	const char *id = attr(cv, el, "id");
	int has_ext = 0;
	for (xmlNode *c = el->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && in_ns(c, FHIR_NS) &&
		    strcmp((const char *)c->name, "extension") == 0)
			has_ext = 1;
	if (id || has_ext) {
		shadow = json_object();
		if (!shadow || (id && json_object_set_new(shadow, "id", json_string(id)) < 0)) {
			json_decref(shadow);
			json_decref(value);
			return fail(cv, el, TF_ENOMEM, "out of memory");
		}
		int rc = convert_object(cv, el, fp_t.Element, shadow);
		if (rc < 0) {
			json_decref(shadow);
			json_decref(value);
			return rc;
		}
	}
	if (!s->many) {
		int rc = put(cv, el, obj, s->key, value, 0);
		if (rc == 0 && shadow)
			rc = put(cv, el, obj, skey, shadow, 0);
		else
			json_decref(shadow);
		return rc;
	}
	/* Arrays: values and shadows stay aligned by index. */
	size_t before = json_array_size(json_object_get(obj, s->key));
	int rc = put(cv, el, obj, s->key, value, 1);
	if (rc < 0) {
		json_decref(shadow);
		return rc;
	}
	json_t *sarr = json_object_get(obj, skey);
	if (!sarr && shadow) {
		sarr = json_array();
		if (!sarr || json_object_set_new(obj, skey, sarr) < 0) {
			json_decref(shadow);
			return fail(cv, el, TF_ENOMEM, "out of memory");
		}
	}
	if (sarr) {
		while (json_array_size(sarr) < before)
			json_array_append_new(sarr, json_null());
		if (json_array_append_new(sarr, shadow ? shadow : json_null()) < 0)
			return fail(cv, el, TF_ENOMEM, "out of memory");
	}
	return 0;
}

static int convert_object(conv *cv, xmlNode *el, const fp_type *t, json_t *obj)
{
	/* Element.id and Extension.url are attributes in FHIR XML. */
	static const char *attrs[] = {"id", "url"};
	for (size_t i = 0; i < 2; i++) {
		const char *v = attr(cv, el, attrs[i]);
		if (v && !json_object_get(obj, attrs[i]) &&
		    json_object_set_new(obj, attrs[i], json_string(v)) < 0)
			return fail(cv, el, TF_ENOMEM, "out of memory");
	}
	for (xmlNode *c = el->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !in_ns(c, FHIR_NS))
			continue;
		const char *name = (const char *)c->name;
		slot s;
		find_slot(t, name, &s);
		if (!s.known) {
			/* Unknown element: repeated siblings make an array. */
			for (xmlNode *d = el->children; d; d = d->next)
				if (d != c && d->type == XML_ELEMENT_NODE &&
				    strcmp((const char *)d->name, name) == 0)
					s.many = 1;
		}
		int rc;
		if (is_resource_type(s.type)) {
			xmlNode *inner = first_element(c);
			json_t *r = NULL;
			if (!inner)
				continue;
			if ((rc = convert_resource(cv, inner, &r)) < 0 ||
			    (rc = put(cv, c, obj, s.key, r, s.many)) < 0)
				return rc;
			continue;
		}
		int primitive = s.type ? s.type->kind == FP_T_PRIMITIVE
		                       : xmlHasProp(c, (const xmlChar *)"value") != NULL;
		if (primitive) {
			if ((rc = convert_primitive(cv, c, s.type, obj, &s)) < 0)
				return rc;
			continue;
		}
		json_t *child = json_object();
		if (!child)
			return fail(cv, c, TF_ENOMEM, "out of memory");
		if ((rc = convert_object(cv, c, s.type, child)) < 0) {
			json_decref(child);
			return rc;
		}
		if ((rc = put(cv, c, obj, s.key, child, s.many)) < 0)
			return rc;
	}
	/* Narrative.div is in the XHTML namespace. */
	for (xmlNode *c = el->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !in_ns(c, XHTML_NS) ||
		    strcmp((const char *)c->name, "div") != 0)
			continue;
		json_t *x = xhtml_value(cv, c);
		if (!x || json_object_set_new(obj, "div", x) < 0)
			return fail(cv, c, TF_ENOMEM, "out of memory");
	}
	return 0;
}

int fp_xml_to_json(const char *buf, size_t len, json_t **out, tf_error *err)
{
	*out = NULL;
	int rc = fp_types_init(err);
	if (rc < 0)
		return rc;
	xmlDocPtr doc;
	if ((rc = tf_xml_parse(buf, len, NULL, &doc, err)) < 0)
		return rc;
	conv cv;
	memset(&cv, 0, sizeof(cv));
	cv.err = err;
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root || !in_ns(root, FHIR_NS)) {
		xmlFreeDoc(doc);
		return tf_error_set(err, TF_EINVALID,
		                    "not FHIR XML (the root element is not in the " FHIR_NS
		                    " namespace)");
	}
	json_t *obj = NULL;
	rc = convert_resource(&cv, root, &obj);
	tf_buf_free(&cv.tmp);
	xmlFreeDoc(doc);
	if (rc < 0)
		return rc;
	*out = obj;
	return 0;
}
