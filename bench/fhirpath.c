/*
 * fhirpath.c (bench) - FHIRPath evaluation throughput on eligibility-style
 * expressions (bench/fhirpath-expressions.tsv: age, sex, lab thresholds
 * with UCUM conversion, conditions, medications, time windows) over the
 * Synthea patient bundles in fixtures/patients/. Each expression is
 * compiled once and evaluated ITERATIONS times on every bundle, with the
 * bundle as %context, its Patient as %patient and a fixed as-of date.
 * Prints evaluations per second per expression and overall, with each
 * bundle's result (t/f/-, empty) so the run doubles as a cross-check.
 *
 * With --js DIR (a node_modules holding the npm package fhirpath) it then
 * runs bench/fhirpath.mjs, the same measurement with fhirpath.js, and
 * prints its figures too; fhirpath.js is not a project dependency.
 *   bench_fhirpath [--js NODE_MODULES] [PATIENT_DIR] [ITERATIONS]
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "trialfhir/fhirpath.h"
#include "util/util.h"

#define AS_OF       "2026-11-22"
#define MAX_BUNDLES 64
#define MAX_EXPRS   64

/* This file's directory, for the default inputs next to it. */
static void here(char *buf, size_t size)
{
	tf_strlcpy(buf, __FILE__, size);
	char *slash = strrchr(buf, '/');
	if (slash)
		*slash = '\0';
	else
		tf_strlcpy(buf, ".", size);
}

static double seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static const json_t *find_patient(const json_t *bundle)
{
	json_t *entries = json_object_get(bundle, "entry");
	for (size_t i = 0; i < json_array_size(entries); i++) {
		json_t *r = json_object_get(json_array_get(entries, i), "resource");
		const char *rt = json_string_value(json_object_get(r, "resourceType"));
		if (rt && strcmp(rt, "Patient") == 0)
			return r;
	}
	return NULL;
}

static char result_char(const tf_fhirpath_result *r)
{
	int b;
	int rc = tf_fhirpath_result_boolean(r, &b);
	return rc == TF_ITEROVER ? '-' : rc < 0 ? '?' : b ? 't' : 'f';
}

int main(int argc, char **argv)
{
	char dir[2048], patients[4096], tsv[4096];
	here(dir, sizeof(dir));
	snprintf(patients, sizeof(patients), "%s/../fixtures/patients", dir);
	snprintf(tsv, sizeof(tsv), "%s/fhirpath-expressions.tsv", dir);
	const char *js = NULL;
	long iterations = 200;
	int positional = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--js") == 0 && i + 1 < argc) {
			js = argv[++i];
		} else if (positional == 0) {
			tf_strlcpy(patients, argv[i], sizeof(patients));
			positional++;
		} else {
			iterations = tf_parse_long(argv[i]);
			if (iterations <= 0) {
				fprintf(stderr, "bench_fhirpath: bad iteration count\n");
				return 2;
			}
		}
	}
	/* Bundles, in name order. */
	DIR *d = opendir(patients);
	if (!d) {
		perror(patients);
		return 3;
	}
	char *names[MAX_BUNDLES];
	size_t nb = 0;
	struct dirent *de;
	while ((de = readdir(d)) && nb < MAX_BUNDLES) {
		size_t l = strlen(de->d_name);
		if (l > 5 && strcmp(de->d_name + l - 5, ".json") == 0)
			names[nb++] = strdup(de->d_name);
	}
	closedir(d);
	qsort(names, nb, sizeof(char *), cmp_str);
	json_t *bundles[MAX_BUNDLES];
	size_t bytes = 0;
	for (size_t i = 0; i < nb; i++) {
		char path[8192];
		snprintf(path, sizeof(path), "%s/%s", patients, names[i]);
		tf_error err;
		if (tf_fhirpath_load(path, &bundles[i], &err) < 0) {
			fprintf(stderr, "%s: %s\n", path, err.message);
			return 3;
		}
		char *dump = json_dumps(bundles[i], JSON_COMPACT);
		bytes += dump ? strlen(dump) : 0;
		free(dump);
	}
	/* Expressions. */
	char *text;
	size_t len;
	tf_error err;
	if (tf_read_file(tsv, 1 << 20, &text, &len, &err) < 0) {
		fprintf(stderr, "%s: %s\n", tsv, err.message);
		return 3;
	}
	char *ename[MAX_EXPRS];
	tf_fhirpath *fps[MAX_EXPRS];
	size_t ne = 0;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line && ne < MAX_EXPRS;
	     line = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(line, '\t');
		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		if (tf_fhirpath_compile(&fps[ne], tab + 1, &err) < 0) {
			fprintf(stderr, "%s: %ld:%ld: %s\n", line, err.line, err.column,
			        err.message);
			return 3;
		}
		ename[ne++] = line;
	}
	printf("trialfhir FHIRPath: %zu bundles (%.1f MB), %zu expressions, %ld iterations, "
	       "as of %s\n",
	       nb, (double)bytes / 1e6, ne, iterations, AS_OF);
	double total_secs = 0;
	long total = 0;
	for (size_t e = 0; e < ne; e++) {
		char results[MAX_BUNDLES * 2 + 1];
		size_t rl = 0;
		double t0 = seconds();
		for (long k = 0; k < iterations; k++) {
			for (size_t i = 0; i < nb; i++) {
				tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
				env.now = AS_OF;
				env.patient = find_patient(bundles[i]);
				tf_fhirpath_result *r = NULL;
				if (tf_fhirpath_eval(fps[e], bundles[i], &env, &r, &err) < 0) {
					fprintf(stderr, "%s: %s\n", ename[e], err.message);
					return 1;
				}
				if (k == 0) {
					results[rl++] = result_char(r);
					results[rl++] = ' ';
				}
				tf_fhirpath_result_free(r);
			}
		}
		double dt = seconds() - t0;
		results[rl ? rl - 1 : 0] = '\0';
		long n = iterations * (long)nb;
		total += n;
		total_secs += dt;
		printf("%-14s %9.0f evals/s   %s\n", ename[e], (double)n / dt, results);
	}
	printf("%-14s %9.0f evals/s\n", "all", (double)total / total_secs);
	for (size_t e = 0; e < ne; e++)
		tf_fhirpath_free(fps[e]);
	for (size_t i = 0; i < nb; i++) {
		json_decref(bundles[i]);
		free(names[i]);
	}
	free(text);
	if (js) {
		/* The same measurement with fhirpath.js, for comparison. */
		char cmd[16384];
		if (strchr(js, '\'') || strchr(patients, '\'')) {
			fprintf(stderr, "bench_fhirpath: quote in a path\n");
			return 2;
		}
		printf("\n");
		fflush(stdout);
		snprintf(cmd, sizeof(cmd), "node '%s/fhirpath.mjs' '%s' '%s' %ld", dir, js,
		         patients, iterations);
		int rc = system(cmd);
		if (rc != 0) {
			fprintf(stderr, "bench_fhirpath: fhirpath.js run failed (%d)\n", rc);
			return 1;
		}
	}
	return 0;
}
