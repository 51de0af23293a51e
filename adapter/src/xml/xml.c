/*
 * xml.c - the one place where trialfhir hands bytes to libxml2.
 *
 * Every XML entry point (classic CT.gov XML, later FHIR XML and scraped
 * HTML) parses through tf_xml_parse, so the defences against hostile XML
 * live here once (shared/RELIABILITY.md, scenario 18 and "Safe settings for
 * libxml2"). Debian 12 ships libxml2 2.9.14, which has no XML_PARSE_NO_XXE,
 * so we block external entities ourselves, in layers:
 *   1. a byte cap before parsing (libxml2's limits are per node only);
 *   2. UTF-8 only: a UTF-16/32 byte order mark or a declared encoding other
 *      than UTF-8 is refused, so no decoder is switched in behind our back
 *      (2.9.14 silently decodes a UTF-16 BOM document that declares UTF-8);
 *   3. any DOCTYPE stops the parser from the SAX internalSubset /
 *      externalSubset callbacks, before a single entity is declared, and the
 *      parsed tree is checked for a DTD again afterwards;
 *   4. a process-wide deny-all external entity loader (the stock
 *      "no network" loader still opens file:// URLs);
 *   5. parser options that never include NOENT, DTDLOAD, DTDATTR, DTDVALID,
 *      XINCLUDE, HUGE or RECOVER (checked at compile time below), so
 *      libxml2's depth (256) and text node (10 MB) limits stay on;
 *   6. elements in the XInclude namespace are refused, so no later stage
 *      can be talked into processing them.
 * Errors go to a structured handler on the parser context, never to
 * stderr, and come back in tf_error with line and column.
 */
#include <limits.h>
#include <stdio.h>
#include <pthread.h>
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include "xml/xml.h"

#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)
#if LIBXML_VERSION >= 21300
#define XML_SAFE_OPTIONS (XML_OPTIONS | XML_PARSE_NO_XXE)
#else
#define XML_SAFE_OPTIONS XML_OPTIONS
#endif
#define XML_FORBIDDEN                                                                              \
	(XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_DTDATTR | XML_PARSE_DTDVALID |            \
	 XML_PARSE_XINCLUDE | XML_PARSE_HUGE | XML_PARSE_RECOVER)
_Static_assert((XML_SAFE_OPTIONS & XML_FORBIDDEN) == 0, "unsafe libxml2 parser option");

#define HTML_OPTIONS                                                                               \
	(HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER)

#define XINCLUDE_NS     "http://www.w3.org/2001/XInclude"
#define XINCLUDE_OLD_NS "http://www.w3.org/2003/XInclude"

/* What the callbacks saw during one parse, and the limits they enforce. */
struct parse_state {
	int doctype;       /* a DOCTYPE was met and the parser stopped */
	long doctype_line; /* where */
	long doctype_col;
	int limit; /* a node limit stopped the parser: 1 first, 2 after an error */
	long limit_line, limit_col;
	char limit_msg[128];
	size_t max_text;  /* longest text run (one text node) accepted */
	size_t max_nodes; /* most nodes (elements, attributes, texts...) */
	size_t nodes;     /* nodes seen so far */
	size_t run;       /* length of the text run being read, 0 if none */
	/* the SAX2 tree builders our counting callbacks hand over to */
	startElementNsSAX2Func start_element;
	endElementNsSAX2Func end_element;
	charactersSAXFunc characters;
	ignorableWhitespaceSAXFunc whitespace;
	cdataBlockSAXFunc cdata;
	commentSAXFunc comment;
	processingInstructionSAXFunc pi;
	startElementSAXFunc html_start;
	endElementSAXFunc html_end;
	int refused;    /* external loads the deny-all loader refused */
	int errors;     /* errors and fatal errors reported */
	int first_code; /* libxml2 code of the first one */
	long line, col; /* its position */
	char msg[200];  /* its message, cleaned */
};

/* The parse running on this thread. libxml2 hands the structured handler
 * and the entity loader no pointer of ours that is reliable on every error
 * path of 2.9.14, so the state is found through this. */
static _Thread_local struct parse_state *current;

/* --- process-wide set-up --- */

static xmlParserInputPtr deny_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	if (current)
		current->refused++;
	return NULL;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

/* The loader is process-global in libxml2; installing it at first parse
 * (rather than in a constructor) keeps programs that link us but never
 * parse XML untouched. xmlInitParser is not reentrant, hence the once. */
static void init_libxml(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(deny_loader);
}

/* --- callbacks --- */

static void copy_message(char *dst, size_t size, const char *msg)
{
	size_t o = 0;
	for (const char *p = msg ? msg : ""; *p && o + 1 < size; p++) {
		unsigned char c = (unsigned char)*p;
		dst[o++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	}
	while (o > 0 && dst[o - 1] == ' ')
		o--;
	dst[o] = '\0';
}

static void on_error(void *data, xmlErrorPtr e)
{
	(void)data;
	struct parse_state *st = current;
	if (!st || !e || e->level < XML_ERR_ERROR)
		return;
	if (st->errors++ > 0)
		return;
	st->first_code = e->code;
	st->line = e->line;
	st->col = e->int2;
	copy_message(st->msg, sizeof(st->msg), e->message);
}

/* HTML is parsed in recovery mode: its errors are expected and dropped,
 * but they must not reach stderr either. */
static void on_html_error(void *data, xmlErrorPtr e)
{
	(void)data;
	(void)e;
}

static void stop_at_doctype(void *ctx)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct parse_state *st = current;
	if (st && !st->doctype) {
		st->doctype = 1;
		st->doctype_line = ctxt->input ? ctxt->input->line : 0;
		st->doctype_col = ctxt->input ? ctxt->input->col : 0;
	}
	/* xmlStopParser alone leaves wellFormed set, and xmlDoRead would
	 * then hand back the partial tree. */
	ctxt->wellFormed = 0;
	xmlStopParser(ctxt);
}

static void on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *ext_id,
                               const xmlChar *sys_id)
{
	(void)name;
	(void)ext_id;
	(void)sys_id;
	stop_at_doctype(ctx);
}

static void on_external_subset(void *ctx, const xmlChar *name, const xmlChar *ext_id,
                               const xmlChar *sys_id)
{
	(void)name;
	(void)ext_id;
	(void)sys_id;
	stop_at_doctype(ctx);
}

/* libxml2 2.9.14 enforces its 10 MB text node limit only on some append
 * paths (a 50 MB text node parsed whole in a probe), and has no limit on
 * the number of nodes, so a 64 MB input of "<a/>" would grow a DOM of
 * gigabytes. These callbacks count before the tree builder allocates and
 * stop the parse at the first excess. */
static void stop_at_limit(xmlParserCtxtPtr ctxt, struct parse_state *st, const char *what,
                          size_t limit, const char *unit)
{
	if (!st->limit) {
		/* After a libxml2 error the parser may go on and trip a limit;
		 * the error that came first is the one to report. */
		st->limit = st->errors ? 2 : 1;
		st->limit_line = ctxt->input ? ctxt->input->line : 0;
		st->limit_col = ctxt->input ? ctxt->input->col : 0;
		snprintf(st->limit_msg, sizeof(st->limit_msg), "%s the %zu%s limit", what, limit,
		         unit);
	}
	ctxt->wellFormed = 0;
	xmlStopParser(ctxt);
}

static int count_nodes(xmlParserCtxtPtr ctxt, struct parse_state *st, size_t n)
{
	if (n > st->max_nodes - st->nodes) {
		stop_at_limit(ctxt, st, "more nodes (elements, attributes, texts) than",
		              st->max_nodes, "-node");
		return -1;
	}
	st->nodes += n;
	return 0;
}

static int count_text(xmlParserCtxtPtr ctxt, struct parse_state *st, int len)
{
	if (st->run == 0 && count_nodes(ctxt, st, 1) < 0)
		return -1;
	size_t n = len > 0 ? (size_t)len : 0;
	if (n > st->max_text - st->run) {
		stop_at_limit(ctxt, st, "a text node longer than", st->max_text, "-byte");
		return -1;
	}
	st->run += n;
	return 0;
}

static void on_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	struct parse_state *st = current;
	st->run = 0;
	size_t n = 1 + (size_t)(nb_namespaces > 0 ? nb_namespaces : 0) +
	           (size_t)(nb_attributes > 0 ? nb_attributes : 0);
	if (count_nodes(ctx, st, n) < 0)
		return;
	st->start_element(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
	                  nb_defaulted, attributes);
}

static void on_end_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                           const xmlChar *uri)
{
	struct parse_state *st = current;
	st->run = 0;
	st->end_element(ctx, localname, prefix, uri);
}

static void on_characters(void *ctx, const xmlChar *ch, int len)
{
	struct parse_state *st = current;
	if (count_text(ctx, st, len) == 0)
		st->characters(ctx, ch, len);
}

static void on_whitespace(void *ctx, const xmlChar *ch, int len)
{
	struct parse_state *st = current;
	if (count_text(ctx, st, len) == 0)
		st->whitespace(ctx, ch, len);
}

static void on_cdata(void *ctx, const xmlChar *ch, int len)
{
	struct parse_state *st = current;
	if (count_text(ctx, st, len) == 0)
		st->cdata(ctx, ch, len);
}

static void on_comment(void *ctx, const xmlChar *value)
{
	struct parse_state *st = current;
	st->run = 0;
	if (count_nodes(ctx, st, 1) == 0)
		st->comment(ctx, value);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	struct parse_state *st = current;
	st->run = 0;
	if (count_nodes(ctx, st, 1) == 0)
		st->pi(ctx, target, data);
}

/* The HTML tree builder takes SAX1 element events: the same counting. */
static void on_html_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct parse_state *st = current;
	st->run = 0;
	size_t n = 1;
	for (const xmlChar **a = atts; a && a[0]; a += 2)
		n++;
	if (count_nodes(ctx, st, n) == 0)
		st->html_start(ctx, name, atts);
}

static void on_html_end(void *ctx, const xmlChar *name)
{
	struct parse_state *st = current;
	st->run = 0;
	st->html_end(ctx, name);
}

/* --- checks before and after parsing --- */

static int fail(tf_error *err, const char *name, int code, long line, long col, const char *fmt,
                ...) __attribute__((format(printf, 6, 7)));
static int fail(tf_error *err, const char *name, int code, long line, long col, const char *fmt,
                ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(err, code, fmt, ap);
	va_end(ap);
	if (err) {
		if (name)
			tf_strlcpy(err->source, name, sizeof(err->source));
		err->line = line;
		err->column = col;
	}
	return code;
}

static int ascii_prefix_ieq(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);
	if (len < n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		char a = s[i], b = word[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return 1;
}

/* Finds encoding="..." in an XML declaration held in decl[0..len) (ASCII
 * bytes only). Returns the value's length and sets *val, or 0 when the
 * declaration names no encoding. */
static size_t declared_encoding(const char *decl, size_t len, const char **val)
{
	for (size_t i = 0; i + 8 <= len; i++) {
		if (memcmp(decl + i, "encoding", 8) != 0)
			continue;
		size_t k = i + 8;
		while (k < len && strchr(" \t\r\n", decl[k]))
			k++;
		if (k >= len || decl[k] != '=')
			continue;
		k++;
		while (k < len && strchr(" \t\r\n", decl[k]))
			k++;
		if (k >= len || (decl[k] != '"' && decl[k] != '\''))
			continue;
		char q = decl[k++];
		size_t start = k;
		while (k < len && decl[k] != q)
			k++;
		*val = decl + start;
		return k - start;
	}
	return 0;
}

static int is_utf8_name(const char *v, size_t n)
{
	static const char *const ok[] = {"UTF-8", "UTF8", "US-ASCII", "ASCII"};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (n == strlen(ok[i]) && ascii_prefix_ieq(v, n, ok[i]))
			return 1;
	return 0;
}

/* Printable copy of an encoding name for a message. */
static void printable(char *dst, size_t size, const char *s, size_t n)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < size; i++)
		dst[o++] = s[i] > 0x20 && s[i] < 0x7f ? s[i] : '?';
	dst[o] = '\0';
}

/* Only UTF-8 documents are read: FHIR XML must be UTF-8, CT.gov's XML
 * always was, and refusing the rest keeps libxml2's decoders (and their
 * mismatches) out of the picture. */
static int check_encoding(const char *buf, size_t len, const char *name, tf_error *err)
{
	const unsigned char *b = (const unsigned char *)buf;
	if (len >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
	                 (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)))
		return fail(err, name, TF_EPARSE, 1, 1,
		            "input is UTF-32 (byte order mark); only UTF-8 XML is accepted");
	if (len >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE))) {
		/* Read the declaration's ASCII bytes to say what it claims. */
		char decl[256];
		size_t n = 0;
		for (size_t i = 2; i + 1 < len && n + 1 < sizeof(decl); i += 2) {
			unsigned char c = b[0] == 0xFE ? b[i + 1] : b[i];
			unsigned char z = b[0] == 0xFE ? b[i] : b[i + 1];
			if (z != 0 || c == 0)
				break;
			decl[n++] = (char)c;
			if (c == '>')
				break;
		}
		const char *v;
		size_t vn = declared_encoding(decl, n, &v);
		if (vn && is_utf8_name(v, vn))
			return fail(
			        err, name, TF_EPARSE, 1, 1,
			        "encoding mismatch: the byte order mark says UTF-16 but the XML "
			        "declaration says UTF-8; only UTF-8 XML is accepted");
		return fail(err, name, TF_EPARSE, 1, 1,
		            "input is UTF-16 (byte order mark); only UTF-8 XML is accepted");
	}
	if (len >= 4 && memcmp(b, "\x4C\x6F\xA7\x94", 4) == 0)
		return fail(err, name, TF_EPARSE, 1, 1,
		            "input is EBCDIC; only UTF-8 XML is accepted");
	for (size_t i = 0; i < len && i < 4; i++)
		if (b[i] == 0)
			return fail(err, name, TF_EPARSE, 1, 1,
			            "input starts with NUL bytes (UTF-16 or UTF-32 without a byte "
			            "order mark?); only UTF-8 XML is accepted");
	size_t off = len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (len - off >= 6 && memcmp(buf + off, "<?xml", 5) == 0 &&
	    strchr(" \t\r\n", buf[off + 5])) {
		size_t end = off;
		while (end < len && end - off < 512 && buf[end] != '>')
			end++;
		const char *v;
		size_t vn = declared_encoding(buf + off, end - off, &v);
		if (vn && !is_utf8_name(v, vn)) {
			char shown[48];
			printable(shown, sizeof(shown), v, vn);
			return fail(err, name, TF_EPARSE, 1, 1,
			            "the XML declaration names encoding \"%s\"; only UTF-8 XML is "
			            "accepted",
			            shown);
		}
	}
	return 0;
}

static int is_xinclude(const xmlNode *n)
{
	const char *href = n->ns && n->ns->href ? (const char *)n->ns->href : NULL;
	return href && (strcmp(href, XINCLUDE_NS) == 0 || strcmp(href, XINCLUDE_OLD_NS) == 0);
}

/* First element in the XInclude namespace, walking the tree without
 * recursion. */
static const xmlNode *find_xinclude(const xmlDoc *doc)
{
	const xmlNode *top = (const xmlNode *)doc;
	const xmlNode *n = doc->children;
	while (n && n != top) {
		if (n->type == XML_ELEMENT_NODE) {
			if (is_xinclude(n))
				return n;
			if (n->children) {
				n = n->children;
				continue;
			}
		}
		while (n && n != top && !n->next)
			n = n->parent;
		if (n && n != top)
			n = n->next;
	}
	return NULL;
}

/* Turns libxml2's first error into our code and a message that does not
 * advise turning the safety limits off. */
static int report(const struct parse_state *st, const char *name, tf_error *err)
{
	if (st->errors == 0)
		return fail(err, name, TF_EPARSE, 0, 0, "not well-formed XML");
	char msg[sizeof(st->msg)];
	tf_strlcpy(msg, st->msg, sizeof(msg));
	int code = TF_EPARSE;
	char *huge = strstr(msg, "use XML_PARSE_HUGE");
	if (huge) {
		while (huge > msg && (huge[-1] == ' ' || huge[-1] == ','))
			huge--;
		*huge = '\0';
		code = TF_ELIMIT;
	}
	if (st->first_code == XML_ERR_NO_MEMORY) {
		if (strstr(msg, "huge text node"))
			return fail(err, name, TF_ELIMIT, st->line, st->col,
			            "document has a text node longer than libxml2's %d limit",
			            XML_MAX_TEXT_LENGTH);
		return fail(err, name, TF_ENOMEM, st->line, st->col, "out of memory parsing XML");
	}
	if (st->first_code == XML_ERR_ENTITY_LOOP)
		code = TF_ELIMIT;
	if (strncmp(msg, "Excessive depth in document", 27) == 0)
		return fail(err, name, TF_ELIMIT, st->line, st->col,
		            "elements nested deeper than %u levels", xmlParserMaxDepth);
	return fail(err, name, code, st->line, st->col, "not well-formed XML: %s", msg);
}

/* Longest text node libxml2 may build, and the run the pre-scan allows. */
static size_t text_cap_of(const tf_xml_options *opts)
{
	return opts && opts->max_text ? opts->max_text : TF_XML_DEFAULT_MAX_TEXT;
}

/* Refuses an input holding a run of more than max bytes between the end
 * of one piece of markup ('>') and the next '<', before libxml2 sees it.
 * The counting callbacks above stop such a text node too, but only after
 * libxml2 2.9.14 has copied the whole input (xmlParserInputBufferCreateMem
 * duplicates it) and scanned the run: a 50 MB text node cost 50 MB of RSS.
 * Why the callbacks are needed at all: xmlParseCharData hands an all-ASCII
 * run of a memory buffer to the characters callback in one call, and
 * xmlSAX2Characters checks XML_MAX_TEXT_LENGTH only when it appends to a
 * text node, never when it creates one, so the stock tree builder takes
 * a text node of any size (a probe built one of 50 MB; UTF-8 text, read
 * in 300-byte pieces, does hit the check). XML_PARSE_HUGE, which we never
 * set, is not involved. The count is of raw bytes, so escapes that would
 * decode a run under the cap do not save it, and a '>' in an attribute
 * value makes the rest of its tag count as text. A run the scan cannot see
 * (a CDATA section holding '<') is still stopped by the callbacks.
 * Two memchr passes over the input: cheap next to the parse. */
static int prescan_text(const char *buf, size_t len, const char *name, size_t max, tf_error *err)
{
	if (len == 0)
		return 0;
	const char *end = buf + len;
	const char *text = buf; /* where the current run starts */
	const char *lt = memchr(buf, '<', len);
	for (;;) {
		const char *stop = lt ? lt : end;
		if (stop > text && (size_t)(stop - text) > max)
			break;
		if (!lt)
			return 0;
		const char *next = memchr(lt + 1, '<', (size_t)(end - lt - 1));
		const char *bound = next ? next : end;
		const char *gt = memchr(lt, '>', (size_t)(bound - lt));
		text = gt ? gt + 1 : bound;
		lt = next;
	}
	/* The place: line and column of the run's first byte. */
	long line = 1;
	const char *bol = buf;
	for (const char *p = buf; (p = memchr(p, '\n', (size_t)(text - p))) != NULL; bol = ++p)
		line++;
	return fail(err, name, TF_ELIMIT, line, (long)(text - bol) + 1,
	            "document has a text node longer than the %zu-byte limit (more than %zu bytes "
	            "without markup start here)",
	            max, max);
}

static size_t cap_of(const tf_xml_options *opts)
{
	size_t cap = opts && opts->max_bytes ? opts->max_bytes : TF_XML_DEFAULT_MAX_BYTES;
	/* libxml2 takes the size as an int. */
	return cap > (size_t)INT_MAX ? (size_t)INT_MAX : cap;
}

/* One parse's counters, with the limits opts asks for (defaults when NULL). */
static void init_state(struct parse_state *st, const tf_xml_options *opts)
{
	memset(st, 0, sizeof(*st));
	st->max_nodes = opts && opts->max_nodes ? opts->max_nodes : TF_XML_DEFAULT_MAX_NODES;
	st->max_text = text_cap_of(opts);
}

/* Puts the counting handlers for text, whitespace and comments, which the
 * XML and HTML parsers share, in front of the tree builder's own. */
static void hook_text(struct parse_state *st, xmlSAXHandler *sax)
{
	st->characters = sax->characters;
	st->whitespace = sax->ignorableWhitespace;
	st->comment = sax->comment;
	sax->characters = on_characters;
	sax->ignorableWhitespace = on_whitespace;
	sax->comment = on_comment;
}

static int check_call(const char *buf, size_t len, const char *name, const tf_xml_options *opts,
                      xmlDocPtr *out, tf_error *err)
{
	if (out)
		*out = NULL;
	if (!out || (!buf && len))
		return fail(err, name, TF_EINVAL, 0, 0, "tf_xml_parse: no buffer or no output");
	if (opts && opts->version != TF_XML_OPTIONS_VERSION)
		return fail(err, name, TF_EINVAL, 0, 0, "tf_xml_options version %u not supported",
		            opts->version);
	size_t cap = cap_of(opts);
	if (len > cap)
		return fail(err, name, TF_ELIMIT, 0, 0,
		            "input of %zu bytes is larger than the %zu-byte limit for one document",
		            len, cap);
	return prescan_text(buf, len, name, text_cap_of(opts), err);
}

int tf_xml_parse_opts(const char *buf, size_t len, const char *name, const tf_xml_options *opts,
                      xmlDocPtr *out, tf_error *err)
{
	int rc = check_call(buf, len, name, opts, out, err);
	if (rc < 0)
		return rc;
	if ((rc = check_encoding(buf, len, name, err)) < 0)
		return rc;
	pthread_once(&init_once, init_libxml);

	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return fail(err, name, TF_ENOMEM, 0, 0, "out of memory parsing XML");
	struct parse_state st;
	init_state(&st, opts);
	/* ctxt->sax is this context's own copy: changing it affects no other
	 * parse. The tree builders are kept and called after counting. */
	xmlSAXHandler *sax = ctxt->sax;
	sax->internalSubset = on_internal_subset;
	sax->externalSubset = on_external_subset;
	sax->serror = on_error;
	if (!sax->startElementNs || !sax->endElementNs || !sax->characters ||
	    !sax->ignorableWhitespace || !sax->cdataBlock || !sax->comment ||
	    !sax->processingInstruction) {
		/* Not the SAX2 tree builder we count in front of. */
		xmlFreeParserCtxt(ctxt);
		return fail(err, name, TF_ERROR, 0, 0, "libxml2 parser context not as expected");
	}
	st.start_element = sax->startElementNs;
	st.end_element = sax->endElementNs;
	st.cdata = sax->cdataBlock;
	st.pi = sax->processingInstruction;
	sax->startElementNs = on_start_element;
	sax->endElementNs = on_end_element;
	sax->cdataBlock = on_cdata;
	sax->processingInstruction = on_pi;
	hook_text(&st, sax);

	struct parse_state *outer = current;
	current = &st;
	xmlDocPtr doc =
	        xmlCtxtReadMemory(ctxt, buf ? buf : "", (int)len, NULL, NULL, XML_SAFE_OPTIONS);
	current = outer;
	int well_formed = ctxt->wellFormed;
	xmlFreeParserCtxt(ctxt);

	if (st.doctype) {
		xmlFreeDoc(doc);
		return fail(err, name, TF_EPARSE, st.doctype_line, st.doctype_col,
		            "DOCTYPE declarations are not accepted: trialfhir reads no DTD, so no "
		            "entity can be declared and no external file loaded");
	}
	if (st.limit == 1) {
		xmlFreeDoc(doc);
		return fail(err, name, TF_ELIMIT, st.limit_line, st.limit_col, "document has %s",
		            st.limit_msg);
	}
	if (!doc || !well_formed || st.errors) {
		xmlFreeDoc(doc);
		if (st.refused && !st.errors)
			return fail(err, name, TF_EPARSE, 0, 0,
			            "the document refers to an external resource, which is never "
			            "loaded");
		return report(&st, name, err);
	}
	if (doc->intSubset || doc->extSubset) {
		xmlFreeDoc(doc);
		return fail(err, name, TF_EPARSE, 0, 0, "DOCTYPE declarations are not accepted");
	}
	const xmlNode *xi = find_xinclude(doc);
	if (xi) {
		long line = tf_xml_line(xi);
		xmlFreeDoc(doc);
		return fail(err, name, TF_EPARSE, line, 0,
		            "XInclude elements are not accepted (nothing is ever included)");
	}
	*out = doc;
	return 0;
}

int tf_xml_parse(const char *buf, size_t len, const char *name, xmlDocPtr *out, tf_error *err)
{
	return tf_xml_parse_opts(buf, len, name, NULL, out, err);
}

int tf_html_parse_opts(const char *buf, size_t len, const char *name, const tf_xml_options *opts,
                       xmlDocPtr *out, tf_error *err)
{
	int rc = check_call(buf, len, name, opts, out, err);
	if (rc < 0)
		return rc;
	pthread_once(&init_once, init_libxml);
	/* A context of our own rather than htmlReadMemory, for the same
	 * options plus a handler that keeps libxml2 off stderr. */
	htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
	if (!ctxt)
		return fail(err, name, TF_ENOMEM, 0, 0, "out of memory parsing HTML");
	struct parse_state st;
	init_state(&st, opts);
	xmlSAXHandler *sax = ctxt->sax;
	sax->serror = on_html_error;
	if (!sax->startElement || !sax->endElement || !sax->characters ||
	    !sax->ignorableWhitespace || !sax->comment) {
		htmlFreeParserCtxt(ctxt);
		return fail(err, name, TF_ERROR, 0, 0,
		            "libxml2 HTML parser context not as expected");
	}
	st.html_start = sax->startElement;
	st.html_end = sax->endElement;
	sax->startElement = on_html_start;
	sax->endElement = on_html_end;
	hook_text(&st, sax);
	sax->cdataBlock = NULL;
	sax->processingInstruction = NULL;
	struct parse_state *outer = current;
	current = &st;
	htmlDocPtr doc =
	        htmlCtxtReadMemory(ctxt, buf ? buf : "", (int)len, NULL, NULL, HTML_OPTIONS);
	current = outer;
	htmlFreeParserCtxt(ctxt);
	if (st.limit) {
		xmlFreeDoc(doc);
		return fail(err, name, TF_ELIMIT, st.limit_line, st.limit_col, "document has %s",
		            st.limit_msg);
	}
	if (!doc)
		return fail(err, name, TF_EPARSE, 0, 0, "HTML input yields no document");
	*out = doc;
	return 0;
}

int tf_html_parse(const char *buf, size_t len, const char *name, xmlDocPtr *out, tf_error *err)
{
	return tf_html_parse_opts(buf, len, name, NULL, out, err);
}

/* --- DOM helpers --- */

static int name_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && (!name || strcmp((const char *)n->name, name) == 0);
}

xmlNodePtr tf_xml_child(const xmlNode *parent, const char *name)
{
	if (!parent)
		return NULL;
	for (xmlNodePtr n = parent->children; n; n = n->next)
		if (name_is(n, name))
			return n;
	return NULL;
}

xmlNodePtr tf_xml_next(const xmlNode *node, const char *name)
{
	if (!node)
		return NULL;
	for (xmlNodePtr n = node->next; n; n = n->next)
		if (name_is(n, name))
			return n;
	return NULL;
}

size_t tf_xml_count(const xmlNode *parent, const char *name)
{
	size_t k = 0;
	for (const xmlNode *n = tf_xml_child(parent, name); n; n = tf_xml_next(n, name))
		k++;
	return k;
}

static const char *trimmed(tf_buf *buf, size_t *len)
{
	if (buf->oom) {
		/* Keep the sticky flag: it is how the caller tells failure
		 * from empty text. */
		buf->len = 0;
		return NULL;
	}
	size_t s = 0, e = buf->len;
	while (s < e && strchr(" \t\r\n", buf->ptr[s]))
		s++;
	while (e > s && strchr(" \t\r\n", buf->ptr[e - 1]))
		e--;
	if (s == e) {
		tf_buf_clear(buf);
		return NULL;
	}
	memmove(buf->ptr, buf->ptr + s, e - s);
	buf->len = e - s;
	buf->ptr[buf->len] = '\0';
	if (len)
		*len = buf->len;
	return buf->ptr;
}

/* Appends the text of node and its descendants to buf. */
static void gather_text(const xmlNode *node, tf_buf *buf)
{
	if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
		if (node->content)
			tf_buf_puts(buf, (const char *)node->content);
		return;
	}
	/* Depth-first over the descendants, without recursion. */
	const xmlNode *n = node->children;
	while (n && n != node) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
			tf_buf_puts(buf, (const char *)n->content);
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n && n != node && !n->next)
			n = n->parent;
		if (n && n != node)
			n = n->next;
	}
}

const char *tf_xml_text(const xmlNode *node, tf_buf *buf, size_t *len)
{
	tf_buf_clear(buf);
	if (len)
		*len = 0;
	if (!node)
		return NULL;
	gather_text(node, buf);
	return trimmed(buf, len);
}

const char *tf_xml_text_raw(const xmlNode *node, tf_buf *buf, size_t *len)
{
	tf_buf_clear(buf);
	if (len)
		*len = 0;
	if (!node)
		return NULL;
	gather_text(node, buf);
	if (buf->oom || buf->len == 0) {
		buf->len = 0;
		return NULL;
	}
	if (len)
		*len = buf->len;
	return buf->ptr;
}

const char *tf_xml_attr(const xmlNode *node, const char *name, tf_buf *buf, size_t *len)
{
	tf_buf_clear(buf);
	if (len)
		*len = 0;
	if (!node || node->type != XML_ELEMENT_NODE)
		return NULL;
	for (const xmlAttr *a = node->properties; a; a = a->next) {
		if (a->ns || strcmp((const char *)a->name, name) != 0)
			continue;
		for (const xmlNode *c = a->children; c; c = c->next)
			if (c->content)
				tf_buf_puts(buf, (const char *)c->content);
		if (buf->len == 0 && !buf->oom)
			return NULL;
		return trimmed(buf, len);
	}
	return NULL;
}

long tf_xml_line(const xmlNode *node)
{
	if (!node)
		return 0;
	long l = xmlGetLineNo(node);
	return l > 0 ? l : 0;
}
