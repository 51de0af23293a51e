/*
 * xml.h - internal XML input: the one hardened parse function that every
 * XML entry point of the project uses (classic CT.gov XML now, FHIR XML and
 * scraped HTML later), and the small DOM helpers the readers share.
 *
 * Safety rules (see shared/RELIABILITY.md, scenario 18): an input size cap
 * checked before libxml2 sees a byte; only UTF-8 input; any DOCTYPE
 * rejected, so no entity is ever declared and no DTD ever loaded; a deny-all
 * external entity loader; XInclude elements rejected; libxml2's depth limit
 * (256) kept on by never asking for XML_PARSE_HUGE, plus our own caps on
 * text node size and node count; errors captured per parse, never printed.
 */
#ifndef TF_XML_H
#define TF_XML_H

#include <stddef.h>
#include <libxml/tree.h>
#include "trialfhir/common.h"
#include "util/util.h"

/* Default input cap: larger inputs are rejected before parsing. libxml2's
 * limits are per node, not per document, so this one is ours. */
#define TF_XML_DEFAULT_MAX_BYTES ((size_t)64 << 20)

/* Most nodes (elements, attributes, namespace declarations, text runs,
 * comments, processing instructions) in one document: a 64 MB input of
 * "<a/>" would otherwise build a tree of gigabytes. Real CT.gov records
 * have under 20,000 elements (about 40 input bytes each). */
#define TF_XML_DEFAULT_MAX_NODES ((size_t)1000000)

/* Longest text node (bytes): libxml2's own XML_MAX_TEXT_LENGTH, which
 * 2.9.14 does not enforce on every path. */
#define TF_XML_DEFAULT_MAX_TEXT ((size_t)10000000)

typedef struct tf_xml_options {
	unsigned int version; /* TF_XML_OPTIONS_VERSION */
	size_t max_bytes;     /* input cap in bytes; 0 = TF_XML_DEFAULT_MAX_BYTES */
	size_t max_nodes;     /* node cap (XML only); 0 = TF_XML_DEFAULT_MAX_NODES */
	size_t max_text;      /* text node cap in bytes (XML only); 0 = TF_XML_DEFAULT_MAX_TEXT */
} tf_xml_options;

#define TF_XML_OPTIONS_VERSION 1
#define TF_XML_OPTIONS_INIT                                                                        \
	{                                                                                          \
		TF_XML_OPTIONS_VERSION, 0, 0, 0                                                    \
	}

/*
 * Parses one XML document of len bytes with the rules above. name labels
 * errors (err->source) and becomes the document URL; it may be NULL. On
 * success *out is a new document the caller frees with xmlFreeDoc. On
 * failure *out is NULL and err gets the code, a message, and the line and
 * column in buf where libxml2 stopped:
 *   TF_ELIMIT  input over the byte cap, nesting over 256, a text node over
 *              the text cap, more nodes than the node cap
 *   TF_EPARSE  not well-formed, DOCTYPE present, not UTF-8, XInclude
 *   TF_ENOMEM  allocation failure
 * Safe to call from several threads at once (one parser context each).
 */
int tf_xml_parse(const char *buf, size_t len, const char *name, xmlDocPtr *out, tf_error *err);
int tf_xml_parse_opts(const char *buf, size_t len, const char *name, const tf_xml_options *opts,
                      xmlDocPtr *out, tf_error *err);

/*
 * Parses scraped HTML the way browsers do (recovering from errors), with
 * the same byte cap, no network and no external entities. Only a size or
 * memory failure, or input libxml2 cannot turn into any tree, is an error;
 * the text it yields is untrusted. *out as for tf_xml_parse.
 */
int tf_html_parse(const char *buf, size_t len, const char *name, xmlDocPtr *out, tf_error *err);
int tf_html_parse_opts(const char *buf, size_t len, const char *name, const tf_xml_options *opts,
                       xmlDocPtr *out, tf_error *err);

/* --- DOM helpers (every node returned is borrowed from its document) --- */

/* First element child of parent whose local name is name (any namespace;
 * name NULL matches every element), or NULL. parent may be NULL. */
xmlNodePtr tf_xml_child(const xmlNode *parent, const char *name);

/* Next element sibling of node with the same rule, or NULL. */
xmlNodePtr tf_xml_next(const xmlNode *node, const char *name);

/* Number of element children of parent named name. */
size_t tf_xml_count(const xmlNode *parent, const char *name);

/* Iterates over the element children of parent named name. */
#define TF_XML_FOREACH(var, parent, name)                                                          \
	for (xmlNodePtr var = tf_xml_child((parent), (name)); var; var = tf_xml_next(var, (name)))

/* The text of node: its text and CDATA descendants in document order,
 * white space trimmed at both ends, in buf (which is cleared first).
 * Returns buf->ptr, with *len (when len is not NULL) its length; NULL when
 * node is NULL, the text is empty, or on allocation failure (then
 * buf->oom is set). */
const char *tf_xml_text(const xmlNode *node, tf_buf *buf, size_t *len);

/* The same text untrimmed (for readers that undo indentation themselves);
 * NULL only when there is no text at all or on allocation failure. */
const char *tf_xml_text_raw(const xmlNode *node, tf_buf *buf, size_t *len);

/* Value of attribute name (no namespace) of node, trimmed, in buf; NULL
 * when absent or empty, or on allocation failure (buf->oom). */
const char *tf_xml_attr(const xmlNode *node, const char *name, tf_buf *buf, size_t *len);

/* Line of node in its document, 1-based; 0 when unknown. libxml2 keeps at
 * most 65535 here (lines further down read as 65535). */
long tf_xml_line(const xmlNode *node);

#endif
