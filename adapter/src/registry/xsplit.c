/*
 * xsplit.c - cuts an XML input stream into documents without parsing them:
 * the XML counterpart of the JSON splitter (json/split.c).
 *
 * Classic CT.gov XML comes one study per file, but files get concatenated
 * (`cat NCT*.xml`), so an input is a sequence of documents, each an
 * optional XML declaration, comments or processing instructions, and one
 * root element. A byte-level state machine knows just enough XML to find
 * where each root element ends: tags (with quoted attribute values, which
 * may hold '>'), end tags, empty-element tags, comments, CDATA sections,
 * processing instructions and DOCTYPEs (with an internal subset). Only the
 * record being cut is buffered, so memory is bounded by the record cap
 * whatever the input size, and an error inside one record (truncation,
 * size, stray text) costs only that record. An XML declaration where a
 * record should still be open marks the record before it as truncated and
 * starts the next one, so one cut-off study in a concatenation does not
 * swallow the rest. Whether a record is well-formed (and safe) XML is
 * decided later by tf_xml_parse.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "registry/ctgov_xml.h"
#include "util/feed.h"
#include "util/util.h"
#include "xml/xml.h"

#define NONE SIZE_MAX

enum state {
	S_TEXT,    /* character data, or between documents */
	S_STRAY,   /* skipping text outside any element, up to the next '<' */
	S_LT,      /* just after '<' */
	S_PI,      /* <? ... ?> */
	S_BANG,    /* just after "<!": deciding what follows */
	S_COMMENT, /* <!-- ... --> */
	S_CDATA,   /* <![CDATA[ ... ]]> */
	S_DOCTYPE, /* <!DOCTYPE ... [ ... ]> */
	S_DECL,    /* any other <! ... > */
	S_STAG,    /* start or empty-element tag */
	S_ETAG     /* end tag */
};

struct tf_xsplit {
	tf_feed in;        /* the input, the scan position and the record count */
	size_t max_record; /* record cap in bytes */

	enum state st;    /* where the scanner is */
	long depth;       /* open elements of the current record */
	char quote;       /* the quote of the attribute value being read, or 0 */
	int bracket;      /* open '[' in a DOCTYPE */
	char prev, prev2; /* the last two bytes of the markup being read */
	char head[8];     /* first bytes after "<!" or "<?" */
	size_t head_len;  /* how many of them */

	int in_record;    /* a record (prolog or root) is being cut */
	int root_seen;    /* its root element has started */
	int has_decl;     /* its prolog has an XML declaration */
	int oversize;     /* it outgrew a cap: no longer buffered */
	int long_run;     /* ...the text run or markup cap (else the record cap) */
	size_t text_run;  /* bytes of the character data being read (CDATA included) */
	size_t token_run; /* bytes of the markup being read (tag, comment, PI, DOCTYPE) */
	size_t max_run;   /* cap on both: tf_xml_parse's text node cap */
	size_t rec_start; /* offset in buf where it starts, NONE when not buffered */
	long rec_line, rec_col;
	size_t mark; /* offset of the '<' of the markup being read, while needed */
	long mark_line, mark_col;

	int start_checked; /* the encoding sniff is done */
};

int tf_xsplit_new(tf_xsplit **out, const char *head, size_t head_len, FILE *fp, size_t max_record)
{
	tf_xsplit *s = calloc(1, sizeof(*s));
	if (!s)
		return TF_ENOMEM;
	if (tf_feed_init(&s->in, head, head_len, fp) < 0) {
		free(s);
		return TF_ENOMEM;
	}
	s->max_record = max_record ? max_record : SIZE_MAX;
	/* tf_xml_parse would refuse the record anyway; refusing it here
	 * saves buffering (and copying) up to the whole record cap. */
	s->max_run = TF_XML_DEFAULT_MAX_TEXT;
	s->rec_start = s->mark = NONE;
	*out = s;
	return 0;
}

void tf_xsplit_free(tf_xsplit *s)
{
	if (!s)
		return;
	tf_feed_free(&s->in);
	free(s);
}

int tf_xsplit_failed(const tf_xsplit *s)
{
	return s->in.failed;
}

size_t tf_xsplit_offset(const tf_xsplit *s)
{
	return s->in.consumed + s->in.pos;
}

/* Drops scanned bytes that no record needs, then reads more input. */
static int refill(tf_xsplit *s, tf_error *err)
{
	size_t keep = s->in.pos;
	if (s->rec_start != NONE && s->rec_start < keep)
		keep = s->rec_start;
	if (s->mark != NONE && s->mark < keep)
		keep = s->mark;
	if (s->rec_start != NONE)
		s->rec_start -= keep;
	if (s->mark != NONE)
		s->mark -= keep;
	return tf_feed_refill(&s->in, keep, err);
}

static void start_record(tf_xsplit *s, size_t at, long line, long col)
{
	s->in_record = 1;
	s->root_seen = 0;
	s->has_decl = 0;
	s->oversize = 0;
	s->long_run = 0;
	s->text_run = s->token_run = 0;
	s->depth = 0;
	s->rec_start = at;
	s->rec_line = line;
	s->rec_col = col;
}

static void end_record(tf_xsplit *s)
{
	s->in_record = 0;
	s->root_seen = 0;
	s->has_decl = 0;
	s->oversize = 0;
	s->long_run = 0;
	s->text_run = s->token_run = 0;
	s->depth = 0;
	s->rec_start = NONE;
}

/* Only UTF-8 is read: a UTF-16 or UTF-32 input would look like stray bytes
 * throughout, so it is refused as a whole. */
static int check_start(tf_xsplit *s, tf_error *err)
{
	const unsigned char *b = (const unsigned char *)s->in.buf.ptr;
	size_t n = s->in.buf.len;
	s->start_checked = 1;
	int wide = (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)));
	for (size_t i = 0; i < n && i < 4; i++)
		wide |= b[i] == 0;
	if (wide) {
		s->in.failed = 1;
		return tf_feed_record_error(
		        &s->in, err, TF_EPARSE, 1, 1,
		        "input is UTF-16 or UTF-32, not UTF-8: only UTF-8 XML is read");
	}
	if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
		s->in.pos = 3;
	return 0;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Returns 1 when the record is complete at byte p (its root just closed):
 * *rec etc. are set, or an oversize error is returned instead. */
static int finish_record(tf_xsplit *s, size_t p, const char **rec, size_t *len, long *line,
                         long *column, long *index, tf_error *err)
{
	if (s->oversize) {
		long l = s->rec_line, c = s->rec_col;
		int long_run = s->long_run;
		end_record(s);
		char msg[128];
		if (long_run)
			snprintf(msg, sizeof(msg),
			         "record has a text node, attribute value or comment longer than "
			         "the %zu-byte limit",
			         s->max_run);
		else
			snprintf(msg, sizeof(msg), "record larger than the %zu-byte limit",
			         s->max_record);
		return tf_feed_record_error(&s->in, err, TF_ELIMIT, l, c, msg);
	}
	*rec = s->in.buf.ptr + s->rec_start;
	*len = p + 1 - s->rec_start;
	*line = s->rec_line;
	*column = s->rec_col;
	*index = ++s->in.index;
	end_record(s);
	return 1;
}

/* An XML declaration: a document starts here. If the current record's
 * root is still open, that record was cut off. */
static int on_declaration(tf_xsplit *s, tf_error *err)
{
	if (s->in_record && (s->root_seen || s->depth > 0)) {
		long l = s->rec_line, c = s->rec_col;
		start_record(s, s->mark, s->mark_line, s->mark_col);
		s->has_decl = 1;
		return tf_feed_record_error(
		        &s->in, err, TF_EPARSE, l, c,
		        "truncated XML: a new document (<?xml ...?>) starts before "
		        "this record's root element ends");
	}
	/* Comments or PIs before a declaration belong to no document (the
	 * declaration must come first): the record starts here. */
	start_record(s, s->mark, s->mark_line, s->mark_col);
	s->has_decl = 1;
	return 0;
}

int tf_xsplit_next(tf_xsplit *s, const char **rec, size_t *len, long *line, long *column,
                   long *index, tf_error *err)
{
	for (;;) {
		/* The failure was reported when it happened. */
		if (s->in.failed)
			return TF_ITEROVER;
		if (!s->start_checked) {
			if (s->in.buf.len < 4 && !s->in.eof) {
				int rc = refill(s, err);
				if (rc < 0)
					return rc;
				continue;
			}
			int rc = check_start(s, err);
			if (rc < 0)
				return rc;
		}
		if (s->in.pos >= s->in.buf.len) {
			if (s->in.eof) {
				int open = s->depth > 0 || s->root_seen ||
				           (s->st != S_TEXT && s->st != S_STRAY);
				if (s->in_record && open) {
					long l = s->rec_line, c = s->rec_col;
					end_record(s);
					s->st = S_TEXT;
					return tf_feed_record_error(
					        &s->in, err, TF_EPARSE, l, c,
					        "truncated XML: the input ends inside "
					        "this record");
				}
				if (s->in_record && s->has_decl) {
					long l = s->rec_line, c = s->rec_col;
					end_record(s);
					return tf_feed_record_error(
					        &s->in, err, TF_EPARSE, l, c,
					        "XML declaration with no root element "
					        "after it");
				}
				/* Comments or PIs after the last document carry
				 * nothing: dropped. */
				end_record(s);
				return TF_ITEROVER;
			}
			int rc = refill(s, err);
			if (rc < 0)
				return rc;
			continue;
		}

		size_t p = s->in.pos++;
		unsigned char c = (unsigned char)s->in.buf.ptr[p];
		long cl = s->in.line, cc = s->in.col;
		if (c == '\n') {
			s->in.line++;
			s->in.col = 1;
		} else {
			s->in.col++;
		}

		if (s->in_record && s->rec_start != NONE && p - s->rec_start >= s->max_record) {
			/* Stop buffering; keep tracking structure to find the end. */
			s->rec_start = NONE;
			s->oversize = 1;
		}

		/* Runs: character data (CDATA sections included, as the
		 * parser merges them) and the inside of one piece of markup. */
		if (s->st == S_CDATA || ((s->st == S_TEXT || s->st == S_STRAY) && c != '<'))
			s->text_run++;
		else if (s->st != S_TEXT && s->st != S_STRAY)
			s->token_run++;
		if (s->in_record && !s->long_run &&
		    (s->text_run > s->max_run || s->token_run > s->max_run)) {
			s->long_run = 1;
			s->oversize = 1;
			s->rec_start = NONE;
		}

		switch (s->st) {
		case S_STRAY:
		case S_TEXT:
			if (c == '<') {
				s->token_run = 0;
				s->st = S_LT;
				s->mark = p;
				s->mark_line = cl;
				s->mark_col = cc;
				continue;
			}
			if (s->depth > 0 || s->st == S_STRAY)
				continue;
			/* Between documents: white space, and the byte order
			 * marks that concatenated files bring along. */
			if (is_space(c) || c == 0xEF || c == 0xBB || c == 0xBF)
				continue;
			{
				long l = cl, col = cc;
				if (s->in_record) {
					l = s->rec_line;
					col = s->rec_col;
				}
				end_record(s);
				s->st = S_STRAY;
				return tf_feed_record_error(
				        &s->in, err, TF_EPARSE, l, col,
				        "text outside any element: not an XML document");
			}
		case S_LT:
			if (!s->in_record)
				start_record(s, s->mark, s->mark_line, s->mark_col);
			s->head_len = 0;
			s->prev = s->prev2 = 0;
			s->quote = 0;
			if (c != '!')
				s->text_run = 0; /* a tag or PI ends the text node */
			if (c == '?') {
				s->st = S_PI;
				continue; /* keep the mark: it may be a declaration */
			}
			s->mark = NONE;
			if (c == '!') {
				s->st = S_BANG;
			} else if (c == '/') {
				s->st = S_ETAG;
			} else {
				s->st = S_STAG;
				s->prev = (char)c;
				if (c == '>') /* "<>": let the parser say what is wrong */
					goto start_tag_end;
			}
			continue;
		case S_PI:
			if (s->head_len < 4) {
				/* The target: "xml" then white space is a
				 * declaration. */
				if (is_space(c) || c == '?') {
					int decl =
					        s->head_len == 3 && memcmp(s->head, "xml", 3) == 0;
					s->head_len = 4;
					if (decl) {
						int rc = on_declaration(s, err);
						s->mark = NONE;
						if (rc < 0) {
							s->prev = (char)c;
							return rc;
						}
					}
					s->mark = NONE;
				} else {
					s->head[s->head_len++] = (char)c;
					if (s->head_len == 4)
						s->mark = NONE;
				}
			}
			if (c == '>' && s->prev == '?')
				s->st = S_TEXT;
			s->prev = (char)c;
			continue;
		case S_BANG:
			s->head[s->head_len++] = (char)c;
			if (s->head[0] == '-') {
				if (s->head_len == 2)
					s->st = c == '-' ? S_COMMENT : S_DECL;
			} else if (s->head[0] == '[') {
				if (s->head_len == 7)
					s->st = memcmp(s->head, "[CDATA[", 7) == 0 ? S_CDATA
					                                           : S_DECL;
			} else if (c == 'D' || c == 'd') {
				s->st = S_DOCTYPE;
				s->bracket = 0;
			} else {
				s->st = c == '>' ? S_TEXT : S_DECL;
			}
			if (s->st != S_BANG && s->st != S_CDATA)
				s->text_run = 0; /* a comment or declaration ends it */
			s->prev = s->prev2 = 0;
			continue;
		case S_COMMENT:
			if (c == '>' && s->prev == '-' && s->prev2 == '-')
				s->st = S_TEXT;
			s->prev2 = s->prev;
			s->prev = (char)c;
			continue;
		case S_CDATA:
			if (c == '>' && s->prev == ']' && s->prev2 == ']')
				s->st = S_TEXT;
			s->prev2 = s->prev;
			s->prev = (char)c;
			continue;
		case S_DOCTYPE:
		case S_DECL:
			if (s->quote) {
				if (c == (unsigned char)s->quote)
					s->quote = 0;
			} else if (c == '"' || c == '\'') {
				s->quote = (char)c;
			} else if (c == '[' && s->st == S_DOCTYPE) {
				s->bracket++;
			} else if (c == ']' && s->st == S_DOCTYPE) {
				s->bracket--;
			} else if (c == '>' && s->bracket <= 0) {
				s->st = S_TEXT;
			}
			continue;
		case S_STAG:
			if (s->quote) {
				if (c == (unsigned char)s->quote)
					s->quote = 0;
				continue;
			}
			if (c == '"' || c == '\'') {
				s->quote = (char)c;
				s->prev = (char)c;
				continue;
			}
			if (c != '>') {
				if (!is_space(c))
					s->prev = (char)c;
				continue;
			}
		start_tag_end:
			s->st = S_TEXT;
			s->root_seen = 1;
			if (s->prev != '/') {
				s->depth++;
				continue;
			}
			if (s->depth > 0)
				continue;
			/* An empty root element: the whole document. */
			{
				int rc = finish_record(s, p, rec, len, line, column, index, err);
				return rc > 0 ? 0 : rc;
			}
		case S_ETAG:
			if (c != '>')
				continue;
			s->st = S_TEXT;
			if (s->depth == 0) {
				long l = s->in_record ? s->rec_line : cl;
				long col = s->in_record ? s->rec_col : cc;
				end_record(s);
				return tf_feed_record_error(
				        &s->in, err, TF_EPARSE, l, col,
				        "end tag outside any element: not an XML document");
			}
			if (--s->depth > 0)
				continue;
			{
				int rc = finish_record(s, p, rec, len, line, column, index, err);
				return rc > 0 ? 0 : rc;
			}
		}
	}
}
