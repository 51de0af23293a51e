/*
 * validate.c (bench_validate) - throughput of the FHIR validator on what
 * trialfhir emits: every fixture record (fixtures/ctgov-v2, ctgov-xml,
 * registry) is converted once, and the resulting resources are validated
 * over and over until as many studies as asked (default 10,000) have gone
 * through, invariants included. Prints resources/s and studies/s; the
 * figures go in docs/performance.md.
 *
 *   bench_validate [STUDIES] [FIXTURES_DIR]
 */
#include <dirent.h>
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
	if (studies <= 0) {
		fprintf(stderr, "usage: bench_validate [STUDIES] [FIXTURES_DIR]\n");
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
	long done_studies = 0, done_res = 0, errors = 0;
	while (done_studies < studies) {
		for (size_t i = 0; i < nres && done_studies < studies; i++) {
			const json_t *res = json_array_get(all, i);
			tf_validate_counts c;
			if (tf_validator_validate(v, res, NULL, &c, &err) != 0) {
				fprintf(stderr, "bench_validate: %s\n", err.message);
				return 3;
			}
			errors += (long)c.errors;
			done_res++;
			if (strcmp(json_string_value(json_object_get(res, "resourceType")),
			           "ResearchStudy") == 0)
				done_studies++;
		}
	}
	double t2 = now_s();
	printf("validator load: %.3f s (definitions, %s)\n", t1 - t0, "invariants compiled");
	printf("validated %ld studies, %ld resources (%zu distinct from %zu fixture studies) in "
	       "%.3f s: %.0f resources/s, %.0f studies/s, %ld errors\n",
	       done_studies, done_res, nres, nstudy, t2 - t1, (double)done_res / (t2 - t1),
	       (double)done_studies / (t2 - t1), errors);
	tf_validator_free(v);
	json_decref(all);
	return 0;
}
