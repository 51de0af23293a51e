/*
 * journal.c - the push job journal: what a push has done, kept on disk so
 * that a run killed at any point can be resumed without sending what is
 * already settled and without losing what is not (RELIABILITY.md scenario
 * 25). docs/push-journal.md describes the format.
 *
 * The file is append-only NDJSON: a header line, then one line per
 * resource that reached a terminal state (committed on the server, or
 * failed for good with its reject record). Lines are collected in memory
 * and appended with write(2) and fsync(2) by tf_journal_sync, which push
 * calls after every round of requests; so what the journal says happened
 * did happen. What it does not say yet (requests in flight when the run
 * was killed) is sent again on resume, which is safe because push only
 * sends idempotent requests (PUT by id, conditional update). Loading keeps
 * the last line per key; a torn last line (the machine died mid-write) is
 * cut off, and any other unreadable line is an error naming its line.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "client_int.h"
#include "trialfhir/json.h"

#define JOURNAL_MAGIC   "trialfhir-push"
#define JOURNAL_VERSION 1

struct tf_journal {
	int fd;
	char *path;
	json_t *state; /* key -> {"sha256", "state", "detail"} */
	tf_buf pending;
	size_t committed, failed;
};

static const char *state_name(int st)
{
	return st == TF_JOURNAL_COMMITTED ? "committed" : "failed";
}

/* Applies one entry to the in-memory state, keeping the counts right. */
static int apply(tf_journal *j, const char *key, const char *hash, int st, const json_t *detail)
{
	json_t *old = json_object_get(j->state, key);
	if (old) {
		if (tf_streq(json_string_value(json_object_get(old, "state")), "committed"))
			j->committed--;
		else
			j->failed--;
	}
	json_t *e = json_pack("{s:s, s:s}", "sha256", hash, "state", state_name(st));
	if (!e)
		return TF_ENOMEM;
	if (detail)
		json_object_set_new(e, "detail", json_deep_copy(detail));
	if (json_object_set_new(j->state, key, e) < 0)
		return TF_ENOMEM;
	if (st == TF_JOURNAL_COMMITTED)
		j->committed++;
	else
		j->failed++;
	return 0;
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Makes a newly created file's directory entry durable. */
static void sync_dir(const char *path)
{
	char *copy = strdup(path);
	if (!copy)
		return;
	int dfd = open(dirname(copy), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	free(copy);
}

static int load(tf_journal *j, tf_error *err)
{
	struct stat st;
	if (fstat(j->fd, &st) < 0)
		return tf_error_set(err, TF_EIO, "%s: %s", j->path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return tf_error_set(err, TF_EINVAL, "%s: journal is not a regular file", j->path);
	size_t size = (size_t)st.st_size;
	char *data = malloc(size + 1);
	if (!data)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	size_t got = 0;
	while (got < size) {
		ssize_t r = pread(j->fd, data + got, size - got, (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			free(data);
			return tf_error_set(err, TF_EIO, "%s: cannot read: %s", j->path,
			                    r < 0 ? strerror(errno) : "short read");
		}
		got += (size_t)r;
	}
	data[size] = '\0';
	int rc = 0;
	size_t pos = 0, complete = 0;
	long line = 0;
	while (rc == 0 && pos < size) {
		char *nl = memchr(data + pos, '\n', size - pos);
		if (!nl)
			break; /* torn last line: cut off below */
		line++;
		size_t len = (size_t)(nl - (data + pos));
		json_t *e = json_loadb(data + pos, len, JSON_REJECT_DUPLICATES, NULL);
		if (line == 1) {
			if (!tf_streq(json_string_value(json_object_get(e, "journal")),
			              JOURNAL_MAGIC) ||
			    json_integer_value(json_object_get(e, "version")) != JOURNAL_VERSION)
				rc = tf_error_set(err, TF_EPARSE,
				                  "%s:1: not a trialfhir push journal (version %d)",
				                  j->path, JOURNAL_VERSION);
		} else {
			const char *key = json_string_value(json_object_get(e, "key"));
			const char *hash = json_string_value(json_object_get(e, "sha256"));
			const char *s = json_string_value(json_object_get(e, "state"));
			int stv = tf_streq(s, "committed") ? TF_JOURNAL_COMMITTED
			          : tf_streq(s, "failed")  ? TF_JOURNAL_FAILED
			                                   : -1;
			if (!key || !hash || stv < 0)
				rc = tf_error_set(
				        err, TF_EPARSE,
				        "%s:%ld: unreadable journal line (want key, sha256, "
				        "state)",
				        j->path, line);
			else if (apply(j, key, hash, stv, json_object_get(e, "detail")) < 0)
				rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		}
		json_decref(e);
		pos = (size_t)(nl - data) + 1;
		complete = pos;
	}
	free(data);
	if (rc < 0)
		return rc;
	if (complete < size && ftruncate(j->fd, (off_t)complete) < 0)
		return tf_error_set(err, TF_EIO, "%s: cannot cut the torn last line: %s", j->path,
		                    strerror(errno));
	if (complete == 0) {
		/* New (or only a torn header): write the header. */
		tf_buf_printf(&j->pending, "{\"journal\":\"%s\",\"version\":%d}\n", JOURNAL_MAGIC,
		              JOURNAL_VERSION);
		rc = tf_journal_sync(j, err);
		if (rc == 0)
			sync_dir(j->path);
	}
	return rc;
}

int tf_journal_open(tf_journal **out, const char *path, tf_error *err)
{
	tf_journal *j = calloc(1, sizeof(*j));
	if (!j)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	j->fd = -1;
	j->path = strdup(path);
	j->state = json_object();
	if (!j->path || !j->state) {
		tf_journal_close(j, NULL);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	j->fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (j->fd < 0) {
		int e = errno;
		tf_journal_close(j, NULL);
		return tf_error_set(err, TF_EIO, "%s: cannot open journal: %s", path, strerror(e));
	}
	int rc = load(j, err);
	if (rc < 0) {
		tf_journal_close(j, NULL);
		return rc;
	}
	*out = j;
	return 0;
}

int tf_journal_lookup(tf_journal *j, const char *key, const char *hash, const json_t **detail)
{
	if (detail)
		*detail = NULL;
	json_t *e = json_object_get(j->state, key);
	if (!e || !tf_streq(json_string_value(json_object_get(e, "sha256")), hash))
		return TF_JOURNAL_NEW;
	if (detail)
		*detail = json_object_get(e, "detail");
	return tf_streq(json_string_value(json_object_get(e, "state")), "committed")
	               ? TF_JOURNAL_COMMITTED
	               : TF_JOURNAL_FAILED;
}

int tf_journal_record(tf_journal *j, const char *key, const char *hash, int state,
                      const json_t *detail, tf_error *err)
{
	if (state != TF_JOURNAL_COMMITTED && state != TF_JOURNAL_FAILED)
		return tf_error_set(err, TF_EINVAL, "journal: unknown state %d", state);
	json_t *line = json_pack("{s:s, s:s, s:s}", "key", key, "sha256", hash, "state",
	                         state_name(state));
	if (line && detail)
		json_object_set(line, "detail", (json_t *)detail);
	char *text = NULL;
	size_t len = 0;
	int rc = line ? tf_json_dump(line, TF_JSON_COMPACT, &text, &len, err)
	              : tf_error_set(err, TF_ENOMEM, "out of memory");
	json_decref(line);
	if (rc < 0)
		return rc;
	tf_buf_put(&j->pending, text, len);
	tf_buf_putc(&j->pending, '\n');
	free(text);
	if (j->pending.oom || apply(j, key, hash, state, detail) < 0)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	return 0;
}

int tf_journal_sync(tf_journal *j, tf_error *err)
{
	if (!j || j->fd < 0)
		return 0;
	if (j->pending.len && write_all(j->fd, j->pending.ptr, j->pending.len) < 0)
		return tf_error_set(err, TF_EIO, "%s: cannot write journal: %s", j->path,
		                    strerror(errno));
	size_t had = j->pending.len;
	tf_buf_clear(&j->pending);
	if (had && fsync(j->fd) < 0)
		return tf_error_set(err, TF_EIO, "%s: cannot sync journal: %s", j->path,
		                    strerror(errno));
	return 0;
}

void tf_journal_counts(const tf_journal *j, size_t *committed, size_t *failed)
{
	if (committed)
		*committed = j ? j->committed : 0;
	if (failed)
		*failed = j ? j->failed : 0;
}

int tf_journal_close(tf_journal *j, tf_error *err)
{
	if (!j)
		return 0;
	int rc = tf_journal_sync(j, err);
	if (j->fd >= 0 && close(j->fd) < 0 && rc == 0)
		rc = tf_error_set(err, TF_EIO, "%s: cannot close journal: %s", j->path,
		                  strerror(errno));
	json_decref(j->state);
	tf_buf_free(&j->pending);
	free(j->path);
	free(j);
	return rc;
}

int tf_resource_hash(const json_t *resource, char out[65], tf_error *err)
{
	json_t *copy = json_copy((json_t *)resource);
	if (!copy)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	json_object_del(copy, "meta");
	char *text = NULL;
	size_t len = 0;
	int rc = tf_json_dump(copy, TF_JSON_COMPACT, &text, &len, err);
	json_decref(copy);
	if (rc < 0)
		return rc;
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	int ok = EVP_Digest(text, len, md, &mdlen, EVP_sha256(), NULL);
	free(text);
	if (!ok || mdlen != 32)
		return tf_error_set(err, TF_ERROR, "SHA-256 failed");
	for (unsigned int i = 0; i < mdlen; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	return 0;
}
