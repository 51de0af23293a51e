/*
 * sink.c - where resources go: the file store (NDJSON per resource type,
 * the Bulk Data layout), one JSON file per resource, a Bundle file, or a
 * stream such as stdout.
 *
 * Crash safety: every file is written under a temporary name created with
 * O_CREAT|O_EXCL|O_NOFOLLOW inside the output directory (opened once, so a
 * planted symlink or a renamed path cannot redirect us) and renamed into
 * place only when it is complete. Names come from resourceType and id,
 * which are checked against FHIR's id grammar first, so a hostile id can
 * never name a path outside the store.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <openssl/evp.h>
#include "trialfhir/json.h"
#include "trialfhir/sys/sink.h"
#include "util/util.h"

struct tf_sink {
	const tf_sink_ops *ops;
	void *ctx;
	size_t count;
	int closed;
};

int tf_output_format_parse(const char *name, tf_output_format *out)
{
	static const char *names[] = { "ndjson", "json", "bundle" };
	for (size_t i = 0; i < 3; i++)
		if (name && strcmp(name, names[i]) == 0)
			return *out = (tf_output_format)i, 0;
	return TF_EINVAL;
}

int tf_bundle_type_parse(const char *name, tf_bundle_type *out)
{
	static const char *names[] = { "transaction", "batch", "collection" };
	for (size_t i = 0; i < 3; i++)
		if (name && strcmp(name, names[i]) == 0)
			return *out = (tf_bundle_type)i, 0;
	return TF_EINVAL;
}

static const char *bundle_type_name(tf_bundle_type t)
{
	return t == TF_BUNDLE_BATCH ? "batch" : t == TF_BUNDLE_COLLECTION ? "collection" : "transaction";
}

/* --- the generic sink --- */

int tf_sink_open_custom(tf_sink **out, const tf_sink_ops *ops, void *ctx, tf_error *err)
{
	if (!ops || ops->version != TF_SINK_OPS_VERSION) {
		if (ops && ops->free)
			ops->free(ctx);
		return tf_error_set(err, TF_EINVAL, "sink function table version not supported");
	}
	tf_sink *s = calloc(1, sizeof(*s));
	if (!s) {
		ops->free(ctx);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	s->ops = ops;
	s->ctx = ctx;
	*out = s;
	return 0;
}

/* FHIR id grammar, which also makes a safe file name. */
static int safe_id(const char *s)
{
	size_t n = 0;
	if (!s || strcmp(s, ".") == 0 || strcmp(s, "..") == 0)
		return 0;
	for (; s[n]; n++) {
		char c = s[n];
		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '.'))
			return 0;
	}
	return n >= 1 && n <= 64;
}

static int safe_type(const char *s)
{
	if (!s || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	size_t n = 1;
	for (; s[n]; n++)
		if (!((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= 'a' && s[n] <= 'z')))
			return 0;
	return n <= 64;
}

/* Checks and returns resourceType and id of a resource to be written. */
static int resource_names(const json_t *res, const char **type, const char **id, tf_error *err)
{
	*type = json_string_value(json_object_get(res, "resourceType"));
	*id = json_string_value(json_object_get(res, "id"));
	if (!safe_type(*type))
		return tf_error_set(err, TF_EINVALID, "resource has no valid resourceType");
	if (!safe_id(*id))
		return tf_error_set(err, TF_EINVALID, "%s has no valid id (FHIR ids are [A-Za-z0-9-.]{1,64})",
				    *type);
	return 0;
}

int tf_sink_write(tf_sink *s, const json_t *resource, tf_error *err)
{
	if (s->closed)
		return tf_error_set(err, TF_EINVAL, "sink already closed");
	const char *type, *id;
	int rc = resource_names(resource, &type, &id, err);
	if (rc < 0)
		return rc;
	rc = s->ops->write(s->ctx, resource, err);
	if (rc == 0)
		s->count++;
	return rc;
}

size_t tf_sink_count(const tf_sink *s)
{
	return s->count;
}

int tf_sink_close(tf_sink *s, tf_error *err)
{
	if (s->closed)
		return 0;
	s->closed = 1;
	return s->ops->close ? s->ops->close(s->ctx, err) : 0;
}

void tf_sink_free(tf_sink *s)
{
	if (!s)
		return;
	s->ops->free(s->ctx);
	free(s);
}

/* --- Bundle entries --- */

/* Name-based (version 5, SHA-1) UUID of "Type/id", so that a Bundle's
 * fullUrls are the same on every run. */
static int entry_uuid(const char *type, const char *id, char out[46])
{
	static const unsigned char ns[16] = { 0x2d, 0x9a, 0x75, 0x2e, 0x4f, 0x3b, 0x45, 0x0e,
					      0x9e, 0x7c, 0x0b, 0x61, 0x95, 0x5d, 0x8a, 0x31 };
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *c = EVP_MD_CTX_new();
	if (!c)
		return TF_ENOMEM;
	int ok = EVP_DigestInit_ex(c, EVP_sha1(), NULL) && EVP_DigestUpdate(c, ns, sizeof(ns)) &&
		 EVP_DigestUpdate(c, type, strlen(type)) && EVP_DigestUpdate(c, "/", 1) &&
		 EVP_DigestUpdate(c, id, strlen(id)) && EVP_DigestFinal_ex(c, md, &mdlen);
	EVP_MD_CTX_free(c);
	if (!ok)
		return TF_ERROR;
	md[6] = (unsigned char)((md[6] & 0x0F) | 0x50);
	md[8] = (unsigned char)((md[8] & 0x3F) | 0x80);
	static const char hex[] = "0123456789abcdef";
	char *p = out + snprintf(out, 46, "urn:uuid:");
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			*p++ = '-';
		*p++ = hex[md[i] >> 4];
		*p++ = hex[md[i] & 15];
	}
	*p = '\0';
	return 0;
}

/* The Bundle.entry for resource (borrowed): fullUrl, resource and, for
 * transaction and batch, a PUT by logical id so re-runs update. */
static int bundle_entry(const json_t *res, tf_bundle_type bt, json_t **out, tf_error *err)
{
	const char *type, *id;
	int rc = resource_names(res, &type, &id, err);
	if (rc < 0)
		return rc;
	char uuid[46];
	if (entry_uuid(type, id, uuid) < 0)
		return tf_error_set(err, TF_ERROR, "cannot compute entry fullUrl");
	json_t *e = json_object();
	int bad = !e || json_object_set_new(e, "fullUrl", json_string(uuid)) ||
		  json_object_set(e, "resource", (json_t *)res);
	if (!bad && bt != TF_BUNDLE_COLLECTION) {
		char url[140];
		snprintf(url, sizeof(url), "%s/%s", type, id);
		json_t *req = json_pack("{s:s, s:s}", "method", "PUT", "url", url);
		bad = !req || json_object_set_new(e, "request", req);
	}
	if (bad) {
		json_decref(e);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	*out = e;
	return 0;
}

/* --- stream sink --- */

typedef struct {
	FILE *fp;
	tf_sink_options opts;
	int pretty;
	int started;     /* bundle header written */
	size_t entries;
	int owned;       /* fp is ours to fclose (bundle file of a dir sink) */
} stream_ctx;

static int put(FILE *fp, const char *s, size_t len, tf_error *err)
{
	if (fwrite(s, 1, len, fp) != len)
		return tf_error_set(err, TF_EIO, "write failed: %s", strerror(errno));
	return 0;
}

/* Writes s indenting every line after the first by `by` spaces, so a
 * pretty entry sits at the right depth inside the Bundle. */
static int put_indented(FILE *fp, const char *s, size_t len, int by, tf_error *err)
{
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '\n')
			continue;
		if (put(fp, s + run, i + 1 - run, err) < 0)
			return TF_EIO;
		for (int k = 0; k < by; k++)
			if (fputc(' ', fp) == EOF)
				return tf_error_set(err, TF_EIO, "write failed");
		run = i + 1;
	}
	return put(fp, s + run, len - run, err);
}

static int stream_write(void *vctx, const json_t *res, tf_error *err)
{
	stream_ctx *c = vctx;
	char *text;
	size_t len;
	int flags = c->pretty ? TF_JSON_PRETTY : TF_JSON_COMPACT;
	int rc;
	if (c->opts.format != TF_OUTPUT_BUNDLE) {
		rc = tf_json_dump(res, flags, &text, &len, err);
		if (rc < 0)
			return rc;
		rc = put(c->fp, text, len, err);
		if (rc == 0)
			rc = put(c->fp, "\n", 1, err);
		free(text);
		return rc;
	}
	json_t *entry;
	rc = bundle_entry(res, c->opts.bundle_type, &entry, err);
	if (rc < 0)
		return rc;
	rc = tf_json_dump(entry, flags, &text, &len, err);
	json_decref(entry);
	if (rc < 0)
		return rc;
	if (!c->started) {
		char head[160];
		int n = snprintf(head, sizeof(head),
				 c->pretty ? "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"%s\",\n  \"entry\": ["
					   : "{\"resourceType\":\"Bundle\",\"type\":\"%s\",\"entry\":[",
				 bundle_type_name(c->opts.bundle_type));
		rc = put(c->fp, head, (size_t)n, err);
		c->started = 1;
	}
	if (rc == 0 && c->entries)
		rc = put(c->fp, ",", 1, err);
	if (rc == 0 && c->pretty)
		rc = put(c->fp, "\n    ", 5, err);
	if (rc == 0)
		rc = c->pretty ? put_indented(c->fp, text, len, 4, err) : put(c->fp, text, len, err);
	free(text);
	if (rc == 0)
		c->entries++;
	return rc;
}

static int stream_close(void *vctx, tf_error *err)
{
	stream_ctx *c = vctx;
	int rc = 0;
	if (c->opts.format == TF_OUTPUT_BUNDLE) {
		if (!c->started) {
			/* An empty Bundle: "entry" is left out (no empty arrays). */
			char head[128];
			int n = snprintf(head, sizeof(head),
					 c->pretty ? "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"%s\"\n}\n"
						   : "{\"resourceType\":\"Bundle\",\"type\":\"%s\"}\n",
					 bundle_type_name(c->opts.bundle_type));
			rc = put(c->fp, head, (size_t)n, err);
		} else {
			rc = c->pretty ? put(c->fp, "\n  ]\n}\n", 7, err) : put(c->fp, "]}\n", 3, err);
		}
	}
	if (rc == 0 && fflush(c->fp) != 0)
		rc = tf_error_set(err, TF_EIO, "write failed: %s", strerror(errno));
	return rc;
}

static void stream_free(void *vctx)
{
	stream_ctx *c = vctx;
	if (c && c->owned && c->fp)
		fclose(c->fp);
	free(c);
}

static const tf_sink_ops stream_ops = { TF_SINK_OPS_VERSION, "stream", stream_write, stream_close,
					stream_free };

static int check_opts(const tf_sink_options *opts, tf_sink_options *o, tf_error *err)
{
	tf_sink_options def = TF_SINK_OPTIONS_INIT;
	if (opts && opts->version != TF_SINK_OPTIONS_VERSION)
		return tf_error_set(err, TF_EINVAL, "tf_sink_options version %u not supported",
				    opts->version);
	*o = opts ? *opts : def;
	return 0;
}

int tf_sink_open_stream(tf_sink **out, FILE *fp, const tf_sink_options *opts, tf_error *err)
{
	tf_sink_options o;
	int rc = check_opts(opts, &o, err);
	if (rc < 0)
		return rc;
	stream_ctx *c = calloc(1, sizeof(*c));
	if (!c)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	c->fp = fp;
	c->opts = o;
	c->pretty = o.pretty >= 0 ? o.pretty : o.format != TF_OUTPUT_NDJSON;
	return tf_sink_open_custom(out, &stream_ops, c, err);
}

/* --- directory sink (the file store) --- */

typedef struct {
	char type[65];
	char tmp[128];
	char final[80];
	FILE *fp;
} dir_file;

typedef struct {
	char *path;
	int dirfd;
	tf_sink_options opts;
	dir_file *files;   /* NDJSON per type, or the one bundle file */
	size_t n_files;
	stream_ctx *bundle;
	unsigned long seq;
} dir_ctx;

/* Creates a temporary file in the store; it becomes `final` on commit. */
static int create_tmp(dir_ctx *c, const char *final, char *tmp, size_t tmpsize, FILE **fp,
		      tf_error *err)
{
	snprintf(tmp, tmpsize, ".%s.tmp-%ld-%lu", final, (long)getpid(), c->seq++);
	int fd = openat(c->dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		return tf_error_set(err, TF_EIO, "%s/%s: cannot create: %s", c->path, tmp,
				    strerror(errno));
	*fp = fdopen(fd, "wb");
	if (!*fp) {
		close(fd);
		unlinkat(c->dirfd, tmp, 0);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	return 0;
}

/* Flushes, syncs and renames a finished temporary file into place. */
static int commit_file(dir_ctx *c, FILE *fp, const char *tmp, const char *final, tf_error *err)
{
	int rc = 0;
	if (fflush(fp) != 0 || fsync(fileno(fp)) != 0)
		rc = tf_error_set(err, TF_EIO, "%s/%s: write failed: %s", c->path, final,
				  strerror(errno));
	if (fclose(fp) != 0 && rc == 0)
		rc = tf_error_set(err, TF_EIO, "%s/%s: write failed: %s", c->path, final,
				  strerror(errno));
	if (rc == 0 && renameat(c->dirfd, tmp, c->dirfd, final) != 0)
		rc = tf_error_set(err, TF_EIO, "%s/%s: cannot rename into place: %s", c->path,
				  final, strerror(errno));
	if (rc < 0)
		unlinkat(c->dirfd, tmp, 0);
	return rc;
}

static int dir_write(void *vctx, const json_t *res, tf_error *err)
{
	dir_ctx *c = vctx;
	const char *type, *id;
	int rc = resource_names(res, &type, &id, err);
	if (rc < 0)
		return rc;
	if (c->opts.format == TF_OUTPUT_BUNDLE)
		return stream_write(c->bundle, res, err);
	if (c->opts.format == TF_OUTPUT_JSON) {
		char final[140], tmp[200];
		FILE *fp;
		snprintf(final, sizeof(final), "%s-%s.json", type, id);
		rc = create_tmp(c, final, tmp, sizeof(tmp), &fp, err);
		if (rc < 0)
			return rc;
		rc = tf_json_dumpf(res, c->opts.pretty != 0 ? TF_JSON_PRETTY : TF_JSON_COMPACT, fp,
				   err);
		if (rc == 0 && fputc('\n', fp) == EOF)
			rc = tf_error_set(err, TF_EIO, "write failed");
		if (rc < 0) {
			fclose(fp);
			unlinkat(c->dirfd, tmp, 0);
			return rc;
		}
		return commit_file(c, fp, tmp, final, err);
	}
	dir_file *f = NULL;
	for (size_t i = 0; i < c->n_files; i++)
		if (strcmp(c->files[i].type, type) == 0)
			f = &c->files[i];
	if (!f) {
		dir_file *nf = realloc(c->files, (c->n_files + 1) * sizeof(*nf));
		if (!nf)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		c->files = nf;
		f = &nf[c->n_files];
		memset(f, 0, sizeof(*f));
		tf_strlcpy(f->type, type, sizeof(f->type));
		snprintf(f->final, sizeof(f->final), "%s.ndjson", type);
		rc = create_tmp(c, f->final, f->tmp, sizeof(f->tmp), &f->fp, err);
		if (rc < 0)
			return rc;
		c->n_files++;
	}
	char *text;
	size_t len;
	rc = tf_json_dump(res, TF_JSON_COMPACT, &text, &len, err);
	if (rc < 0)
		return rc;
	if (fwrite(text, 1, len, f->fp) != len || fputc('\n', f->fp) == EOF)
		rc = tf_error_set(err, TF_EIO, "%s/%s: write failed: %s", c->path, f->final,
				  strerror(errno));
	free(text);
	return rc;
}

static int dir_close(void *vctx, tf_error *err)
{
	dir_ctx *c = vctx;
	int rc = 0;
	if (c->bundle) {
		rc = stream_close(c->bundle, err);
		FILE *fp = c->bundle->fp;
		c->bundle->fp = NULL;
		if (rc == 0)
			rc = commit_file(c, fp, c->files[0].tmp, c->files[0].final, err);
		else {
			fclose(fp);
			unlinkat(c->dirfd, c->files[0].tmp, 0);
		}
		c->files[0].fp = NULL;
		return rc;
	}
	for (size_t i = 0; i < c->n_files; i++) {
		dir_file *f = &c->files[i];
		int r = commit_file(c, f->fp, f->tmp, f->final, err);
		f->fp = NULL;
		if (r < 0 && rc == 0)
			rc = r;
	}
	return rc;
}

static void dir_free(void *vctx)
{
	dir_ctx *c = vctx;
	if (!c)
		return;
	if (c->bundle) {
		if (c->bundle->fp) {
			fclose(c->bundle->fp);
			unlinkat(c->dirfd, c->files[0].tmp, 0);
		}
		c->bundle->owned = 0;
		stream_free(c->bundle);
	} else {
		/* Files still open were never committed: discard them. */
		for (size_t i = 0; i < c->n_files; i++) {
			if (c->files[i].fp) {
				fclose(c->files[i].fp);
				unlinkat(c->dirfd, c->files[i].tmp, 0);
			}
		}
	}
	if (c->dirfd >= 0)
		close(c->dirfd);
	free(c->files);
	free(c->path);
	free(c);
}

static const tf_sink_ops dir_ops = { TF_SINK_OPS_VERSION, "file", dir_write, dir_close, dir_free };

/* mkdir -p */
static int make_dirs(const char *path, tf_error *err)
{
	char *p = strdup(path);
	if (!p)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	for (char *s = p + 1;; s++) {
		if (*s == '/' || *s == '\0') {
			char saved = *s;
			*s = '\0';
			if (mkdir(p, 0755) != 0 && errno != EEXIST) {
				int e = errno;
				free(p);
				return tf_error_set(err, TF_EIO, "%s: cannot create directory: %s", path,
						    strerror(e));
			}
			*s = saved;
			if (!saved)
				break;
		}
	}
	free(p);
	return 0;
}

int tf_sink_open_dir(tf_sink **out, const char *dir, const tf_sink_options *opts, tf_error *err)
{
	tf_sink_options o;
	int rc = check_opts(opts, &o, err);
	if (rc < 0)
		return rc;
	if (!dir || !*dir)
		return tf_error_set(err, TF_EINVAL, "no output directory given");
	rc = make_dirs(dir, err);
	if (rc < 0)
		return rc;
	dir_ctx *c = calloc(1, sizeof(*c));
	if (!c || !(c->path = strdup(dir))) {
		free(c);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	c->opts = o;
	c->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (c->dirfd < 0) {
		rc = tf_error_set(err, TF_EIO, "%s: cannot open directory: %s", dir, strerror(errno));
		dir_free(c);
		return rc;
	}
	if (o.format == TF_OUTPUT_BUNDLE) {
		c->files = calloc(1, sizeof(*c->files));
		c->bundle = calloc(1, sizeof(*c->bundle));
		if (!c->files || !c->bundle) {
			dir_free(c);
			return tf_error_set(err, TF_ENOMEM, "out of memory");
		}
		c->n_files = 1;
		tf_strlcpy(c->files[0].final, "bundle.json", sizeof(c->files[0].final));
		rc = create_tmp(c, "bundle.json", c->files[0].tmp, sizeof(c->files[0].tmp),
				&c->bundle->fp, err);
		if (rc < 0) {
			dir_free(c);
			return rc;
		}
		c->files[0].fp = c->bundle->fp;
		c->bundle->opts = o;
		c->bundle->pretty = o.pretty != 0;
		c->bundle->owned = 1;
	}
	return tf_sink_open_custom(out, &dir_ops, c, err);
}
