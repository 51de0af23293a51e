/*
 * split.c - cuts a JSON input stream into records without parsing it.
 *
 * A byte-level state machine tracks nesting depth and strings. It knows
 * just enough JSON to find where each record starts and ends: a top-level
 * object is one record unless it turns out to be a CT.gov page (its
 * "studies" member is an array), in which case the array's elements are the
 * records; a top-level array's elements are records. Only the record being
 * cut is buffered, so memory is bounded by the record cap whatever the size
 * of the input, and an error inside one record (truncation, size, stray
 * text) costs only that record. Whether a record is valid JSON is decided
 * later by Jansson.
 */
#include <stdlib.h>
#include <string.h>
#include "json/jsonx.h"
#include "util/feed.h"
#include "util/util.h"

struct tf_jsplit {
	tf_feed in; /* the input, the scan position and the record count */
	size_t max_record;

	int depth; /* open containers */
	int in_string, escape;
	int top_is_object; /* the depth-1 container is an object */
	int expect_key;    /* at depth 1 of an object, next string is a key */
	char key[16];      /* the depth-1 key being read (first 15 bytes) */
	size_t key_len;
	int key_is_studies; /* the last depth-1 key was "studies" and ':' seen */
	int elem_depth;     /* depth whose direct children are records, 0 none */

	long rec_start; /* offset in buf of the record being cut, -1 none */
	int rec_base;   /* depth before the record's opening bracket */
	long rec_line, rec_col;
	int oversize;  /* the current record exceeded max_record */
	int skip_line; /* resynchronising after stray text */

	int ndjson; /* the last top-level record fit on one line */
	int bom_checked;
};

int tf_jsplit_new(tf_jsplit **out, const char *head, size_t head_len, FILE *fp, size_t max_record)
{
	tf_jsplit *s = calloc(1, sizeof(*s));
	if (!s)
		return TF_ENOMEM;
	if (tf_feed_init(&s->in, head, head_len, fp) < 0) {
		free(s);
		return TF_ENOMEM;
	}
	s->max_record = max_record;
	s->rec_start = -1;
	*out = s;
	return 0;
}

void tf_jsplit_free(tf_jsplit *s)
{
	if (!s)
		return;
	tf_feed_free(&s->in);
	free(s);
}

int tf_jsplit_failed(const tf_jsplit *s)
{
	return s->in.failed;
}

size_t tf_jsplit_offset(const tf_jsplit *s)
{
	return s->in.consumed + s->in.pos;
}

/* Drops scanned bytes that no record needs, then reads more input. */
static int refill(tf_jsplit *s, tf_error *err)
{
	size_t keep = s->rec_start >= 0 ? (size_t)s->rec_start : s->in.pos;
	if (s->rec_start >= 0)
		s->rec_start = 0;
	return tf_feed_refill(&s->in, keep, err);
}

/* Forgets any open value: back at the top level between records. */
static void reset_structure(tf_jsplit *s)
{
	s->depth = 0;
	s->in_string = 0;
	s->escape = 0;
	s->rec_start = -1;
	s->oversize = 0;
	s->elem_depth = 0;
	s->expect_key = 0;
	s->key_is_studies = 0;
}

int tf_jsplit_next(tf_jsplit *s, const char **rec, size_t *len, long *line, long *column,
                   long *index, tf_error *err)
{
	for (;;) {
		if (s->in.pos >= s->in.buf.len) {
			if (s->in.failed)
				return TF_EIO;
			if (s->in.eof) {
				/* End of input inside a value: the open record (or
				 * page) is truncated. Report once, then end. */
				if (s->depth > 0 || s->in_string) {
					int in_rec = s->rec_start >= 0 || s->oversize;
					long l = s->rec_line, c = s->rec_col;
					reset_structure(s);
					if (in_rec)
						return tf_feed_record_error(
						        &s->in, err, TF_EPARSE, l, c,
						        "truncated JSON: the input ends inside "
						        "this record");
					return tf_feed_record_error(
					        &s->in, err, TF_EPARSE, s->in.line, s->in.col,
					        "truncated JSON: the input ends inside a page, "
					        "after its last complete study");
				}
				return TF_ITEROVER;
			}
			int rc = refill(s, err);
			if (rc < 0)
				return rc;
			if (!s->bom_checked && (s->in.buf.len >= 3 || s->in.eof)) {
				s->bom_checked = 1;
				if (s->in.consumed == 0 && s->in.buf.len >= 3 &&
				    memcmp(s->in.buf.ptr, "\xEF\xBB\xBF", 3) == 0)
					s->in.pos = 3;
			}
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

		if (s->rec_start >= 0 && p - (size_t)s->rec_start >= s->max_record) {
			/* Stop buffering; keep tracking structure to find the end. */
			s->rec_start = -1;
			s->oversize = 1;
		}

		if (s->skip_line) {
			if (c == '\n')
				s->skip_line = 0;
			continue;
		}

		/* A line break inside a string is never valid JSON, and in
		 * NDJSON (records so far each on one line) a record still open
		 * at the end of its line is broken: either way the record ends
		 * here as an error and the next line starts afresh, so one
		 * truncated line cannot swallow the records after it. */
		if (c == '\n' && (s->in_string || (s->ndjson && s->depth > 0))) {
			int in_rec = s->rec_start >= 0 || s->oversize;
			long l = s->rec_line, rc0 = s->rec_col;
			reset_structure(s);
			if (in_rec)
				return tf_feed_record_error(
				        &s->in, err, TF_EPARSE, l, rc0,
				        s->ndjson ? "invalid JSON: the record ends with its line "
				                    "before it is complete (NDJSON)"
				                  : "invalid JSON: line break inside a string");
			return tf_feed_record_error(&s->in, err, TF_EPARSE, cl, cc,
			                            "invalid JSON: line break inside a string");
		}

		if (s->in_string && !s->escape && c != '\\' && c != '"' &&
		    !(s->depth == 1 && s->top_is_object && s->expect_key == 2)) {
			/* Fast path: most bytes are string content; skip to the
			 * next byte that matters (quote, backslash, line break). */
			size_t q = s->in.pos;
			while (q < s->in.buf.len) {
				char d = s->in.buf.ptr[q];
				if (d == '"' || d == '\\' || d == '\n')
					break;
				q++;
			}
			s->in.col += (long)(q - s->in.pos);
			s->in.pos = q;
			continue;
		}

		if (s->in_string) {
			if (s->escape) {
				s->escape = 0;
			} else if (c == '\\') {
				s->escape = 1;
			} else if (c == '"') {
				s->in_string = 0;
				continue;
			}
			if (s->key_len != (size_t)-1 && s->depth == 1 && s->top_is_object &&
			    s->expect_key == 2) {
				if (s->key_len < sizeof(s->key) - 1)
					s->key[s->key_len++] = (char)c;
				else
					s->key_len = sizeof(s->key) - 1, s->key[0] = '\0';
			}
			continue;
		}

		switch (c) {
		case ' ':
		case '\t':
		case '\r':
		case '\n':
			continue;
		case '"':
			s->in_string = 1;
			if (s->depth == 0)
				goto stray;
			if (s->depth == 1 && s->top_is_object && s->expect_key == 1) {
				s->expect_key = 2; /* reading the key */
				s->key_len = 0;
			} else if (s->depth == s->elem_depth && s->rec_start < 0 && !s->oversize) {
				s->in_string = 0;
				s->skip_line = 0;
				goto scalar_element;
			}
			continue;
		case ':':
			if (s->depth == 1 && s->top_is_object && s->expect_key == 2) {
				s->key[s->key_len] = '\0';
				s->key_is_studies = strcmp(s->key, "studies") == 0;
				s->expect_key = 0;
			}
			continue;
		case ',':
			if (s->depth == 1 && s->top_is_object) {
				s->expect_key = 1;
				s->key_is_studies = 0;
			}
			continue;
		case '{':
		case '[':
			if (s->depth == 0) {
				s->top_is_object = c == '{';
				s->expect_key = c == '{';
				s->key_is_studies = 0;
				if (c == '{') {
					s->rec_start = (long)p;
					s->rec_base = 0;
					s->rec_line = cl;
					s->rec_col = cc;
					s->elem_depth = 0;
				} else {
					s->elem_depth = 1;
				}
			} else if (s->depth == 1 && s->top_is_object && s->key_is_studies &&
			           c == '[') {
				/* A CT.gov page: drop the page object, cut its studies. */
				s->rec_start = -1;
				s->oversize = 0;
				s->elem_depth = 2;
				s->key_is_studies = 0;
			} else if (s->depth == s->elem_depth && s->rec_start < 0 && !s->oversize) {
				s->rec_start = (long)p;
				s->rec_base = s->depth;
				s->rec_line = cl;
				s->rec_col = cc;
			} else if (s->depth == 1 && s->top_is_object) {
				s->key_is_studies = 0;
			}
			/* No recursion here, so depth costs nothing; Jansson
			 * rejects records nested deeper than 2048. The cap only
			 * keeps the counter far from overflow. */
			if (s->depth < (1 << 30))
				s->depth++;
			continue;
		case '}':
		case ']':
			if (s->depth == 0)
				goto stray;
			s->depth--;
			if (s->depth == 1 && s->top_is_object)
				s->key_is_studies = 0;
			if ((s->rec_start >= 0 || s->oversize) && s->depth == s->rec_base) {
				if (s->oversize) {
					s->oversize = 0;
					char msg[80];
					snprintf(msg, sizeof(msg),
					         "record larger than the %zu-byte limit",
					         s->max_record);
					return tf_feed_record_error(&s->in, err, TF_ELIMIT,
					                            s->rec_line, s->rec_col, msg);
				}
				if (s->rec_base == 0)
					s->ndjson = cl == s->rec_line;
				*rec = s->in.buf.ptr + s->rec_start;
				*len = p + 1 - (size_t)s->rec_start;
				*line = s->rec_line;
				*column = s->rec_col;
				*index = ++s->in.index;
				s->rec_start = -1;
				if (s->depth == 0)
					s->elem_depth = 0;
				return 0;
			}
			if (s->elem_depth && s->depth < s->elem_depth)
				s->elem_depth = 0;
			continue;
		default:
			if (s->depth == 0)
				goto stray;
			if (s->depth == s->elem_depth && s->rec_start < 0 && !s->oversize)
				goto scalar_element;
			if (s->depth == 1 && s->top_is_object)
				s->key_is_studies = 0;
			continue;
		}
	stray:
		/* Text outside any JSON value: report it and resynchronise at
		 * the next line, which is where NDJSON's next record starts. */
		s->in_string = 0;
		s->skip_line = c != '\n';
		{
			char msg[96];
			if (c >= 0x20 && c < 0x7f)
				snprintf(msg, sizeof(msg),
				         "unexpected '%c' outside any JSON object: not CT.gov JSON",
				         c);
			else
				snprintf(msg, sizeof(msg),
				         "unexpected byte 0x%02x outside any JSON object: not "
				         "CT.gov JSON",
				         c);
			return tf_feed_record_error(&s->in, err, TF_EPARSE, cl, cc, msg);
		}
	scalar_element:
		/* A page or array element that is not an object: skip it up to
		 * the next ',' or closing bracket at this depth. */
		{
			long l = cl, col = cc;
			int in_str = c == '"', esc = 0;
			while (1) {
				if (s->in.pos >= s->in.buf.len) {
					if (s->in.eof)
						break;
					int rc = refill(s, err);
					if (rc < 0)
						return rc;
					continue;
				}
				char d = s->in.buf.ptr[s->in.pos];
				if (in_str) {
					s->in.pos++;
					if (esc)
						esc = 0;
					else if (d == '\\')
						esc = 1;
					else if (d == '"')
						in_str = 0;
					continue;
				}
				if (d == ',' || d == ']' || d == '}')
					break;
				if (d == '\n')
					s->in.line++, s->in.col = 0;
				s->in.pos++;
				s->in.col++;
			}
			return tf_feed_record_error(&s->in, err, TF_EINVALID, l, col,
			                            "array element is not a JSON object");
		}
	}
}
