/*
 * validate.c (bench_validate) - throughput of the FHIR validator on what
 * trialfhir emits: every fixture record (fixtures/ctgov-v2, ctgov-xml,
 * registry) is converted once, and the resulting resources are validated
 * over and over until as many studies as asked (default 10,000) have gone
 * through, invariants included. Prints resources/s and studies/s, by wall
 * clock and by CPU time (the development machine is shared: the CPU time is
 * the steadier figure); the figures go in docs/performance.md. With THREADS
 * > 1 the resources are shared out among that many threads (one validator,
 * as `trialfhir validate -j` does); without THREADS it runs with 1 thread,
 * then with 2 (the two rows of docs/performance.md).
 *
 *   bench_validate [STUDIES] [FIXTURES_DIR] [THREADS]
 */
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "trialfhir/convert.h"
#include "trialfhir/validate.h"

#ifndef TF_BENCH_FIXTURES
#define TF_BENCH_FIXTURES "fixtures"
#endif

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The work list: resource indexes in round-robin order, taken in turn. */
typedef struct bwork {
	const tf_validator *v;
	const json_t *all;
	const size_t *order;
	size_t n;
	size_t next;
	pthread_mutex_t lock;
	long errors;
	int failed;
} bwork;

static void *bench_worker(void *arg)
{
	bwork *w = arg;
	long errors = 0;
	for (;;) {
		pthread_mutex_lock(&w->lock);
		size_t i = w->next;
		w->next += 16; /* a few at a time: less locking */
		pthread_mutex_unlock(&w->lock);
		if (i >= w->n)
			break;
		for (size_t k = i; k < i + 16 && k < w->n; k++) {
			tf_validate_counts c;
			tf_error err;
			tf_error_clear(&err);
			if (tf_validator_validate(w->v, json_array_get(w->all, w->order[k]), NULL,
			                          &c, &err) != 0) {
				fprintf(stderr, "bench_validate: %s\n", err.message);
				w->failed = 1;
				return NULL;
			}
			errors += (long)c.errors;
		}
	}
	pthread_mutex_lock(&w->lock);
	w->errors += errors;
	pthread_mutex_unlock(&w->lock);
	return NULL;
}

/* Converts every file of dir into resources appended to all. */
static void convert_dir(const char *dir, json_t *all)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[8192];
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		json_t *out = NULL;
		if (tf_convert_file(path, &out, NULL) == 0)
			json_array_extend(all, out);
		json_decref(out);
	}
	closedir(d);
}

int main(int argc, char **argv)
{
	long studies = argc > 1 ? strtol(argv[1], NULL, 10) : 10000;
	const char *fix = argc > 2 ? argv[2] : TF_BENCH_FIXTURES;
	int threads = argc > 3 ? (int)strtol(argv[3], NULL, 10) : 1;
	int runs[2] = {threads, 2};
	int nruns = argc > 3 ? 1 : 2;
	if (studies <= 0 || threads < 1 || threads > 64) {
		fprintf(stderr, "usage: bench_validate [STUDIES] [FIXTURES_DIR] [THREADS]\n");
		return 2;
	}
	json_t *all = json_array();
	const char *subs[] = {"ctgov-v2", "ctgov-xml", "registry"};
	for (size_t i = 0; i < 3; i++) {
		char dir[4096];
		snprintf(dir, sizeof(dir), "%s/%s", fix, subs[i]);
		convert_dir(dir, all);
	}
	size_t nres = json_array_size(all), nstudy = 0;
	for (size_t i = 0; i < nres; i++)
		if (strcmp(json_string_value(
		                   json_object_get(json_array_get(all, i), "resourceType")),
		           "ResearchStudy") == 0)
			nstudy++;
	if (!nstudy) {
		fprintf(stderr, "bench_validate: no study converted from %s\n", fix);
		json_decref(all);
		return 3;
	}
	tf_validator *v = NULL;
	tf_error err;
	tf_error_clear(&err);
	double t0 = now_s();
	if (tf_validator_new(&v, NULL, &err) != 0) {
		fprintf(stderr, "bench_validate: %s\n", err.message);
		json_decref(all);
		return 3;
	}
	double t1 = now_s();
	/* the round-robin order, until as many studies as asked */
	size_t cap = 1024, n = 0;
	size_t *order = malloc(cap * sizeof(*order));
	long done_studies = 0;
	while (order && done_studies < studies) {
		for (size_t i = 0; i < nres && done_studies < studies; i++) {
			if (n == cap) {
				size_t *no = realloc(order, 2 * cap * sizeof(*order));
				if (!no) {
					free(order);
					order = NULL;
					break;
				}
				order = no;
				cap *= 2;
			}
			order[n++] = i;
			if (strcmp(json_string_value(
			                   json_object_get(json_array_get(all, i), "resourceType")),
			           "ResearchStudy") == 0)
				done_studies++;
		}
	}
	if (!order) {
		fprintf(stderr, "bench_validate: out of memory\n");
		return 3;
	}
	printf("validator load: %.3f s (definitions, %s)\n", t1 - t0, "invariants compiled");
	for (int r = 0; r < nruns; r++) {
		bwork w = {v, all, order, n, 0, PTHREAD_MUTEX_INITIALIZER, 0, 0};
		pthread_t tids[64];
		int nt = 0;
		double c1 = cpu_s();
		t1 = now_s();
		for (int t = 1; t < runs[r] && t < 64; t++)
			if (pthread_create(&tids[nt], NULL, bench_worker, &w) == 0)
				nt++;
		bench_worker(&w);
		for (int t = 0; t < nt; t++)
			pthread_join(tids[t], NULL);
		double t2 = now_s(), c2 = cpu_s();
		if (w.failed) {
			free(order);
			return 3;
		}
		long done_res = (long)n;
		printf("validated %ld studies, %ld resources (%zu distinct from %zu fixture "
		       "studies) with %d thread%s in %.3f s: %.0f resources/s, %.0f studies/s, "
		       "%ld errors\n",
		       done_studies, done_res, nres, nstudy, nt + 1, nt ? "s" : "", t2 - t1,
		       (double)done_res / (t2 - t1), (double)done_studies / (t2 - t1), w.errors);
		printf("CPU time %.3f s: %.0f resources per CPU second\n", c2 - c1,
		       (double)done_res / (c2 - c1));
	}
	free(order);
	tf_validator_free(v);
	json_decref(all);
	return 0;
}
