/*
 * convert.c (bench) - conversion throughput and memory.
 *
 * Builds an NDJSON corpus by replicating the fixture records (compacted to
 * one line each) to N records, then measures, each in a fresh child
 * process so peak RSS is its own:
 *   1. the floor: json_loadb of every line, nothing else;
 *   2. the full conversion: reader -> model -> FHIR writer -> file store.
 * Prints records/s, MB/s of input and peak RSS for each, at two corpus
 * sizes, so a reader can see RSS does not grow with the record count.
 *   bench_convert [FIXTURE_DIR] [N]
 */
#define _DEFAULT_SOURCE /* wait4 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "json/jsonx.h"
#include "trialfhir.h"
#include "util/util.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Writes N records to path, cycling through the fixtures. */
static size_t build_corpus(const char *dir, long n, const char *path)
{
	struct dirent **names;
	int k = scandir(dir, &names, NULL, alphasort);
	if (k < 0) {
		perror(dir);
		exit(3);
	}
	char **lines = NULL;
	size_t *lens = NULL, nl = 0;
	for (int i = 0; i < k; i++) {
		const char *nm = names[i]->d_name;
		size_t L = strlen(nm);
		if (L > 5 && strcmp(nm + L - 5, ".json") == 0) {
			char p[4096], *text;
			size_t len;
			snprintf(p, sizeof(p), "%s/%s", dir, nm);
			json_t *j;
			if (tf_read_file(p, 1 << 28, &text, &len, NULL) == 0 &&
			    tf_json_load_record(text, len, &j, NULL) == 0) {
				lines = realloc(lines, (nl + 1) * sizeof(*lines));
				lens = realloc(lens, (nl + 1) * sizeof(*lens));
				tf_json_dump(j, TF_JSON_COMPACT, &lines[nl], &lens[nl], NULL);
				nl++;
				json_decref(j);
			}
			free(text);
		}
		free(names[i]);
	}
	free(names);
	if (!nl) {
		fprintf(stderr, "no fixture records in %s\n", dir);
		exit(3);
	}
	FILE *fp = fopen(path, "wb");
	size_t bytes = 0;
	for (long i = 0; i < n; i++) {
		fwrite(lines[i % (long)nl], 1, lens[i % (long)nl], fp);
		fputc('\n', fp);
		bytes += lens[i % (long)nl] + 1;
	}
	fclose(fp);
	for (size_t i = 0; i < nl; i++)
		free(lines[i]);
	free(lines);
	free(lens);
	return bytes;
}

static long floor_pass(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long n = 0;
	while ((len = getline(&line, &cap, fp)) > 0) {
		json_error_t e;
		json_t *j = json_loadb(line, (size_t)len, 0, &e);
		if (j)
			n++;
		json_decref(j);
	}
	free(line);
	fclose(fp);
	return n;
}

static long convert_pass(const char *path, const char *outdir)
{
	tf_reader *r;
	tf_sink *s;
	tf_mappings *maps;
	tf_error err;
	tf_error_clear(&err);
	if (tf_mappings_load(&maps, NULL, &err) < 0) {
		fprintf(stderr, "bench_convert: mappings: %s (set TRIALFHIR_MAPPINGS)\n",
		        err.message);
		return -1;
	}
	if (tf_reader_open_file(&r, path, NULL, &err) < 0 ||
	    tf_sink_open_dir(&s, outdir, NULL, &err) < 0) {
		fprintf(stderr, "bench_convert: %s\n", err.message);
		return -1;
	}
	tf_fhir_options fo = TF_FHIR_OPTIONS_INIT;
	fo.mappings = maps;
	tf_trial *t;
	long n = 0;
	int rc;
	while ((rc = tf_reader_next(r, &t, NULL)) != TF_ITEROVER) {
		if (rc < 0)
			continue;
		json_t *res;
		if (tf_fhir_from_trial(t, &fo, &res, NULL) == 0) {
			size_t i;
			json_t *v;
			json_array_foreach(res, i, v) tf_sink_write(s, v, NULL);
			json_decref(res);
			n++;
		}
		tf_trial_free(t);
	}
	tf_sink_close(s, NULL);
	tf_sink_free(s);
	tf_reader_free(r);
	tf_mappings_free(maps);
	return n;
}

/* Runs one pass in a child; reports records, seconds and peak RSS (KiB). */
static void measure(const char *label, int which, const char *path, const char *outdir,
                    size_t bytes)
{
	int fds[2];
	if (pipe(fds) != 0)
		exit(3);
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		long n = which == 0 ? floor_pass(path) : convert_pass(path, outdir);
		if (write(fds[1], &n, sizeof(n)) != sizeof(n))
			_exit(1);
		_exit(0);
	}
	close(fds[1]);
	long n = 0;
	if (read(fds[0], &n, sizeof(n)) != sizeof(n))
		n = -1;
	close(fds[0]);
	int st;
	struct rusage ru;
	wait4(pid, &st, 0, &ru);
	double secs = now() - t0;
	if (n < 0) {
		printf("%-34s failed (see the message above)\n", label);
		fflush(stdout);
		return;
	}
	printf("%-34s %8ld records %9.0f records/s %8.1f MB/s %8ld KiB peak RSS\n", label, n,
	       (double)n / secs, (double)bytes / 1e6 / secs, ru.ru_maxrss);
	fflush(stdout);
}

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "fixtures/ctgov-v2";
	long n = argc > 2 ? strtol(argv[2], NULL, 10) : 10000;
	if (n < 1)
		n = 10000;
	char tmpl[] = "/tmp/tf-bench-XXXXXX";
	if (!mkdtemp(tmpl))
		return 3;
	char corpus[64], out[64];
	snprintf(corpus, sizeof(corpus), "%s/corpus.ndjson", tmpl);
	snprintf(out, sizeof(out), "%s/store", tmpl);
	for (int scale = 1; scale <= 4; scale *= 4) {
		size_t bytes = build_corpus(dir, n * scale, corpus);
		printf("corpus: %ld records, %.1f MB (%s replicated)\n", n * scale,
		       (double)bytes / 1e6, dir);
		measure("json_loadb only (floor)", 0, corpus, out, bytes);
		measure("trialfhir convert (to file store)", 1, corpus, out, bytes);
	}
	char cmd[160];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", tmpl);
	return system(cmd) == 0 ? 0 : 1;
}
