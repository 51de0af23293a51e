/*
 * reader.c - the registry reader: opens an input, detects its format and
 * hands records to the format's backend one at a time. Errors are filled in
 * with the input name, record index, line and record id here, in one
 * place, so every backend's messages name the record and the place the
 * same way.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "json/jsonx.h"
#include "model/model_int.h"
#include "registry/ctgov_xml.h"
#include "registry/registry_int.h"
#include "registry/text_formats.h"
#include "util/util.h"

#define HEAD_BYTES 4096

struct tf_reader {
	char *name;
	FILE *fp;           /* owned unless stdin */
	tf_format format;
	size_t max_record;
	size_t total;       /* input size when known */
	char head[HEAD_BYTES];
	size_t head_len;
	int failed;
	int done;
	tf_jsplit *split;   /* TF_FORMAT_CTGOV_JSON */
	tf_xsplit *xsplit;  /* TF_FORMAT_CTGOV_XML */
	size_t offset;      /* bytes consumed, for whole-input formats */
};

static const char *format_names[] = { "auto", "ctgov-json", "ctgov-xml", "markdown", "page" };

int tf_format_parse(const char *name, tf_format *out)
{
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++) {
		if (name && strcmp(name, format_names[i]) == 0) {
			*out = (tf_format)i;
			return 0;
		}
	}
	return TF_EINVAL;
}

const char *tf_format_name(tf_format f)
{
	if ((size_t)f < sizeof(format_names) / sizeof(format_names[0]))
		return format_names[f];
	return "unknown";
}

static void name_error(const tf_reader *r, tf_error *err)
{
	if (err)
		tf_strlcpy(err->source, r->name, sizeof(err->source));
}

/* Picks the format from the first bytes: JSON by its first character,
 * markdown and web pages by their structure (sniffers in text_formats.h),
 * XML by its '<'. */
static int detect(tf_reader *r, tf_error *err)
{
	size_t i = 0;
	if (r->head_len >= 3 && memcmp(r->head, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < r->head_len && strchr(" \t\r\n", r->head[i]))
		i++;
	if (i == r->head_len) {
		name_error(r, err);
		return tf_error_set(err, TF_EINVALID, "empty input: no record found");
	}
	char c = r->head[i];
	if (c == '{' || c == '[') {
		r->format = TF_FORMAT_CTGOV_JSON;
	} else if (tf_markdown_sniff(r->head, r->head_len)) {
		r->format = TF_FORMAT_MARKDOWN;
	} else if (tf_page_sniff(r->head, r->head_len)) {
		r->format = TF_FORMAT_PAGE;
	} else if (c == '<' || (r->head_len >= 2 && ((unsigned char)r->head[0] == 0xFF ||
						     (unsigned char)r->head[0] == 0xFE))) {
		/* A UTF-16 byte order mark goes to the XML reader too, which
		 * says clearly why it refuses it. */
		r->format = TF_FORMAT_CTGOV_XML;
	} else {
		name_error(r, err);
		return tf_error_set(err, TF_EUNSUPPORTED,
				    "unrecognised input format (tried: ctgov-json, ctgov-xml, markdown, "
				    "page: not JSON, not XML, no front matter with an NCT id, no known "
				    "registry page layout)");
	}
	return 0;
}

static int start(tf_reader *r, tf_error *err)
{
	if (r->format == TF_FORMAT_AUTO) {
		int rc = detect(r, err);
		if (rc < 0)
			return rc;
	}
	int rc = 0;
	switch (r->format) {
	case TF_FORMAT_CTGOV_JSON:
		rc = tf_jsplit_new(&r->split, r->head, r->head_len, r->fp, r->max_record);
		break;
	case TF_FORMAT_CTGOV_XML:
		rc = tf_xsplit_new(&r->xsplit, r->head, r->head_len, r->fp, r->max_record);
		break;
	default:
		break;
	}
	if (rc < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return 0;
}

static int open_common(tf_reader *r, const tf_reader_options *opts, tf_error *err)
{
	if (opts && opts->version != TF_READER_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "tf_reader_options version %u not supported",
				    opts->version);
	r->format = opts ? opts->format : TF_FORMAT_AUTO;
	r->max_record = opts && opts->max_record_bytes ? opts->max_record_bytes
						       : TF_READER_DEFAULT_MAX_RECORD;
	if (r->fp) {
		r->head_len = fread(r->head, 1, sizeof(r->head), r->fp);
		if (ferror(r->fp)) {
			name_error(r, err);
			return tf_error_set(err, TF_EIO, "read error: %s", strerror(errno));
		}
	}
	return start(r, err);
}

int tf_reader_open_file(tf_reader **out, const char *path, const tf_reader_options *opts,
			tf_error *err)
{
	/* Callers may pass an uninitialised tf_error: every field a failure
	 * leaves unset must read as "not known", never as stack garbage. */
	tf_error_clear(err);
	tf_reader *r = calloc(1, sizeof(*r));
	if (!r || !(r->name = strdup(path))) {
		free(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	if (strcmp(path, "-") == 0) {
		r->fp = stdin;
	} else {
		struct stat st;
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			name_error(r, err);
			tf_reader_free(r);
			return tf_error_set(err, TF_EINVAL, "is a directory");
		}
		r->fp = fopen(path, "rb");
		if (!r->fp) {
			int e = errno;
			name_error(r, err);
			tf_reader_free(r);
			return tf_error_set(err, e == ENOENT ? TF_ENOTFOUND : TF_EIO,
					    "cannot open: %s", strerror(e));
		}
		if (fstat(fileno(r->fp), &st) == 0 && S_ISREG(st.st_mode))
			r->total = (size_t)st.st_size;
	}
	int rc = open_common(r, opts, err);
	if (rc < 0) {
		tf_reader_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

int tf_reader_open_memory(tf_reader **out, const void *buf, size_t len, const char *name,
			  const tf_reader_options *opts, tf_error *err)
{
	tf_error_clear(err); /* as in tf_reader_open_file */
	tf_reader *r = calloc(1, sizeof(*r));
	if (!r || !(r->name = strdup(name ? name : "<memory>"))) {
		free(r);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	/* The memory is read through a FILE so that one code path serves
	 * files, pipes and buffers alike. */
	if (len) {
		r->fp = fmemopen((void *)buf, len, "rb");
		if (!r->fp) {
			tf_reader_free(r);
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		}
	}
	r->total = len;
	int rc = open_common(r, opts, err);
	if (rc < 0) {
		tf_reader_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

void tf_reader_free(tf_reader *r)
{
	if (!r)
		return;
	tf_jsplit_free(r->split);
	tf_xsplit_free(r->xsplit);
	if (r->fp && r->fp != stdin)
		fclose(r->fp);
	free(r->name);
	free(r);
}

int tf_reader_failed(const tf_reader *r)
{
	return r->failed;
}

tf_format tf_reader_format(const tf_reader *r)
{
	return r->format;
}

void tf_reader_progress(const tf_reader *r, size_t *done, size_t *total)
{
	if (done)
		*done = r->split    ? tf_jsplit_offset(r->split)
			: r->xsplit ? tf_xsplit_offset(r->xsplit)
				    : r->offset;
	if (total)
		*total = r->total;
}

/* A new trial with its provenance filled in. */
static int new_trial(tf_reader *r, const char *format, long index, long line, tf_trial **out,
		     tf_error *err)
{
	tf_trial *t = NULL;
	if (tf_trial_new(&t) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	t->source.format = format;
	t->source.name = tf_trial_strdup(t, r->name, (size_t)-1);
	t->source.record = index;
	t->source.line = line;
	*out = t;
	return 0;
}

/* Turns a position inside a record into one in the input. */
static void place_error(tf_error *err, long line, long col, long index)
{
	if (!err)
		return;
	if (err->line <= 1)
		err->column = err->column ? err->column + col - 1 : col;
	err->line = err->line ? err->line + line - 1 : line;
	err->record = index;
}

/* Best-effort NCT id of a record that failed, for the reject file. */
static void guess_id(const json_t *root, tf_error *err)
{
	const json_t *v = json_object_get(
		json_object_get(json_object_get(root, "protocolSection"), "identificationModule"),
		"nctId");
	if (err && json_is_string(v) && tf_model_is_nct(json_string_value(v)))
		tf_strlcpy(err->record_id, json_string_value(v), sizeof(err->record_id));
}

static int next_json(tf_reader *r, tf_trial **out, tf_error *err)
{
	const char *rec;
	size_t len;
	long line, col, index;
	int rc = tf_jsplit_next(r->split, &rec, &len, &line, &col, &index, err);
	if (rc == TF_ITEROVER)
		return rc;
	if (rc < 0) {
		if (tf_jsplit_failed(r->split))
			r->failed = 1;
		return rc;
	}
	json_t *root;
	rc = tf_json_load_record(rec, len, &root, err);
	if (rc < 0) {
		place_error(err, line, col, index); /* Jansson counts from the record's start */
		return rc;
	}
	if (!json_is_object(root) || !json_object_get(root, "protocolSection")) {
		tf_error_set(err, TF_EINVALID,
			     json_is_object(root) ? "not a CT.gov study: no protocolSection"
						  : "not a CT.gov study: not a JSON object");
		json_decref(root);
		if (err)
			err->line = line, err->column = col, err->record = index;
		return TF_EINVALID;
	}
	tf_trial *t = NULL;
	if ((rc = new_trial(r, "ctgov-json", index, line, &t, err)) < 0) {
		json_decref(root);
		return rc;
	}
	rc = tf_ctgov_json_study(root, t, err);
	if (rc < 0) {
		guess_id(root, err);
		if (err)
			err->line = line, err->column = col, err->record = index;
		json_decref(root);
		tf_trial_free(t);
		return rc;
	}
	json_decref(root);
	*out = t;
	return 0;
}

static int next_xml(tf_reader *r, tf_trial **out, tf_error *err)
{
	const char *rec;
	size_t len;
	long line, col, index;
	int rc = tf_xsplit_next(r->xsplit, &rec, &len, &line, &col, &index, err);
	if (rc == TF_ITEROVER)
		return rc;
	if (rc < 0) {
		if (tf_xsplit_failed(r->xsplit))
			r->failed = 1;
		return rc;
	}
	tf_trial *t = NULL;
	if ((rc = new_trial(r, "ctgov-xml", index, line, &t, err)) < 0)
		return rc;
	rc = tf_ctgov_xml_study(rec, len, r->name, t, err);
	if (rc < 0) {
		place_error(err, line, col, index);
		tf_trial_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

/* Markdown and web pages hold one record per input: read it whole. */
static int next_whole(tf_reader *r, tf_trial **out, tf_error *err)
{
	if (r->offset > 0)
		return TF_ITEROVER;
	tf_buf b = TF_BUF_INIT;
	int rc = tf_buf_put(&b, r->head, r->head_len);
	char chunk[65536];
	size_t n;
	while (rc == 0 && r->fp && (n = fread(chunk, 1, sizeof(chunk), r->fp)) > 0) {
		if (b.len + n > r->max_record) {
			tf_buf_free(&b);
			r->offset = 1;
			tf_error_set(err, TF_ELIMIT, "record larger than the %zu-byte limit",
				     r->max_record);
			if (err)
				err->record = 1, err->line = 1;
			return TF_ELIMIT;
		}
		rc = tf_buf_put(&b, chunk, n);
	}
	if (rc == 0 && r->fp && ferror(r->fp)) {
		tf_buf_free(&b);
		r->failed = 1;
		return tf_error_set(err, TF_EIO, "read error: %s", strerror(errno));
	}
	if (rc < 0) {
		tf_buf_free(&b);
		r->failed = 1;
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	r->offset = b.len ? b.len : 1;
	tf_trial *t = NULL;
	int markdown = r->format == TF_FORMAT_MARKDOWN;
	if ((rc = new_trial(r, markdown ? "markdown" : "page", 1, 1, &t, err)) < 0) {
		tf_buf_free(&b);
		return rc;
	}
	const char *text = b.ptr ? b.ptr : "";
	rc = markdown ? tf_markdown_study(text, b.len, r->name, t, err)
		      : tf_page_study(text, b.len, r->name, t, err);
	tf_buf_free(&b);
	if (rc < 0) {
		if (err && !err->record)
			err->record = 1;
		if (err && t->nct_id && !err->record_id[0])
			tf_strlcpy(err->record_id, t->nct_id, sizeof(err->record_id));
		tf_trial_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

int tf_reader_next(tf_reader *r, tf_trial **out, tf_error *err)
{
	*out = NULL;
	if (r->failed || r->done)
		return TF_ITEROVER;
	tf_error_clear(err);
	int rc;
	switch (r->format) {
	case TF_FORMAT_CTGOV_JSON:
		rc = next_json(r, out, err);
		break;
	case TF_FORMAT_CTGOV_XML:
		rc = next_xml(r, out, err);
		break;
	case TF_FORMAT_MARKDOWN:
	case TF_FORMAT_PAGE:
		rc = next_whole(r, out, err);
		break;
	default:
		rc = TF_ITEROVER;
	}
	if (rc == TF_ITEROVER)
		r->done = 1;
	else if (rc < 0)
		name_error(r, err);
	return rc;
}
