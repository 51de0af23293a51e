/*
 * common.c - what every trialfhir command shares: error lines, the reject
 * file and the progress display.
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

void tf_cli_errorf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("trialfhir: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void tf_cli_client_init(tf_cli_client *co)
{
	memset(co, 0, sizeof(*co));
	co->retries = -1;
}

int tf_cli_long_arg(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

void tf_cli_format_error(const tf_error *err, char *buf, size_t size)
{
	size_t n = 0;
#define ADD(...)                                                                                   \
	do {                                                                                       \
		if (n < size) {                                                                    \
			int w = snprintf(buf + n, size - n, __VA_ARGS__);                          \
			n += w > 0 ? (size_t)w : 0;                                                \
		}                                                                                  \
	} while (0)
	ADD("%s", err->source[0] ? err->source : "-");
	if (err->line)
		ADD(":%ld", err->line);
	if (err->line && err->column)
		ADD(":%ld", err->column);
	ADD(":");
	if (err->record)
		ADD(" record %ld", err->record);
	if (err->record_id[0])
		ADD(" [%s]", err->record_id);
	if (err->pointer[0])
		ADD(" at %s", err->pointer);
	ADD("%s %s", (err->record || err->record_id[0] || err->pointer[0]) ? ":" : "",
	    err->message[0] ? err->message : tf_strerror(err->code));
#undef ADD
}

static int wanted_name(const char *name, const char *const *suffixes)
{
	if (name[0] == '.')
		return 0;
	if (!suffixes)
		return 1;
	size_t len = strlen(name);
	for (; *suffixes; suffixes++) {
		size_t n = strlen(*suffixes);
		if (len > n && strcmp(name + len - n, *suffixes) == 0)
			return 1;
	}
	return 0;
}

int tf_cli_each_file(const char *dir, const char *const *suffixes,
                     int (*fn)(void *ctx, const char *path), void *ctx)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0)
		return TF_EIO;
	int rc = 0;
	for (int i = 0; i < n; i++) {
		if (rc >= 0 && wanted_name(names[i]->d_name, suffixes)) {
			size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
			char *path = malloc(len);
			if (!path) {
				rc = TF_ENOMEM;
			} else {
				snprintf(path, len, "%s/%s", dir, names[i]->d_name);
				struct stat st;
				if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
					rc = fn(ctx, path);
				free(path);
			}
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

int tf_cli_read_file(const char *path, size_t max, char **out, size_t *len)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!fp)
		return -1;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (n < cap)
			break;
		char *nb = cap < max ? realloc(buf, cap * 2 + 1) : NULL;
		if (!nb) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = nb;
		cap *= 2;
	}
	int bad = ferror(fp);
	if (fp != stdin)
		fclose(fp);
	if (!buf || bad) {
		free(buf);
		return -1;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

void tf_cli_xml_text(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&apos;", fp);
			break;
		default:
			if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
				fputc(c, fp);
		}
	}
}

struct tf_rejects {
	FILE *fp;
	size_t count;
};

int tf_rejects_open(tf_rejects **out, const char *path)
{
	tf_rejects *r = calloc(1, sizeof(*r));
	if (!r)
		return TF_ENOMEM;
	if (path) {
		r->fp = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
		if (!r->fp) {
			free(r);
			return TF_EIO;
		}
	}
	*out = r;
	return 0;
}

/* FHIR issue-type code for an error code. */
static const char *issue_code(int code)
{
	switch (code) {
	case TF_EPARSE:
		return "structure";
	case TF_ELIMIT:
		return "too-long";
	case TF_EIO:
		return "exception";
	case TF_ENOTFOUND:
		return "not-found";
	case TF_EUNSUPPORTED:
		return "not-supported";
	/* the client's: a request that failed rather than a record */
	case TF_ETRANSPORT:
	case TF_EHTTP:
	case TF_EUNKNOWN_OUTCOME:
		return "transient";
	case TF_ETIMEOUT:
		return "timeout";
	case TF_ETLS:
	case TF_ETLS_UNTRUSTED:
	case TF_ETLS_EXPIRED:
	case TF_ETLS_HOSTNAME:
	case TF_EAUTH:
	case TF_EREDIRECT:
		return "security";
	case TF_EWAIT:
		return "throttled";
	case TF_EREJECTED:
	case TF_EPROTOCOL:
		return "processing";
	case TF_ECONFLICT:
	case TF_EAMBIGUOUS:
		return "conflict";
	default:
		return "invalid";
	}
}

json_t *tf_reject_record(const tf_error *err, const char *stage, const json_t *outcome)
{
	char line[1024];
	tf_cli_format_error(err, line, sizeof(line));
	json_t *oo = NULL;
	if (outcome) {
		oo = json_incref((json_t *)outcome);
	} else {
		json_t *issue = json_pack("{s:s, s:s, s:s}", "severity", "error", "code",
		                          issue_code(err->code), "diagnostics", line);
		oo = json_pack("{s:s, s:[o]}", "resourceType", "OperationOutcome", "issue", issue);
	}
	json_t *rec =
	        json_pack("{s:s, s:I, s:I, s:I}", "source", err->source[0] ? err->source : "-",
	                  "record", (json_int_t)err->record, "line", (json_int_t)err->line,
	                  "column", (json_int_t)err->column);
	if (!oo || !rec) {
		json_decref(oo);
		json_decref(rec);
		return NULL;
	}
	if (err->record_id[0])
		json_object_set_new(rec, "id", json_string(err->record_id));
	json_object_set_new(rec, "stage", json_string(stage));
	/* the client's names cover the library's codes and its own */
	json_object_set_new(rec, "error", json_string(tf_client_strerror(err->code)));
	json_object_set_new(rec, "message", json_string(err->message));
	if (err->pointer[0])
		json_object_set_new(rec, "pointer", json_string(err->pointer));
	json_object_set_new(rec, "outcome", oo);
	return rec;
}

int tf_rejects_add_outcome(tf_rejects *r, const tf_error *err, const char *stage,
                           const json_t *outcome)
{
	r->count++;
	if (!r->fp)
		return 0;
	json_t *rec = tf_reject_record(err, stage, outcome);
	if (!rec)
		return TF_ENOMEM;
	int rc = tf_json_dumpf(rec, TF_JSON_COMPACT, r->fp, NULL);
	if (rc == 0 && (fputc('\n', r->fp) == EOF || fflush(r->fp) != 0))
		rc = TF_EIO;
	json_decref(rec);
	return rc;
}

int tf_rejects_add(tf_rejects *r, const tf_error *err, const char *stage)
{
	return tf_rejects_add_outcome(r, err, stage, NULL);
}

size_t tf_rejects_count(const tf_rejects *r)
{
	return r->count;
}

int tf_rejects_close(tf_rejects *r)
{
	if (!r)
		return 0;
	int rc = 0;
	if (r->fp && r->fp != stdout && fclose(r->fp) != 0)
		rc = TF_EIO;
	free(r);
	return rc;
}

struct tf_progress {
	int enabled;
	int shown;
	struct timespec last;
};

tf_progress *tf_progress_new(int enabled)
{
	tf_progress *p = calloc(1, sizeof(*p));
	if (p)
		p->enabled = enabled && isatty(STDERR_FILENO);
	return p;
}

void tf_progress_update(tf_progress *p, const char *what, size_t done, size_t total, size_t records,
                        size_t rejected)
{
	if (!p || !p->enabled)
		return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long ms = (now.tv_sec - p->last.tv_sec) * 1000 + (now.tv_nsec - p->last.tv_nsec) / 1000000;
	if (p->shown && ms < 100)
		return;
	p->last = now;
	p->shown = 1;
	const char *base = strrchr(what, '/');
	base = base ? base + 1 : what;
	if (total) {
		int pct = (int)(done * 100 / (total ? total : 1));
		int bar = pct / 5;
		fprintf(stderr, "\r%-24.24s [%.*s%*s] %3d%%  %zu records, %zu rejected ", base, bar,
		        "====================", 20 - bar, "", pct, records, rejected);
	} else {
		fprintf(stderr, "\r%-24.24s %zu records, %zu rejected ", base, records, rejected);
	}
}

void tf_progress_end(tf_progress *p)
{
	if (!p)
		return;
	if (p->enabled && p->shown)
		fputs("\r\033[K", stderr);
	free(p);
}
