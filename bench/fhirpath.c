/*
 * fhirpath.c (bench) - FHIRPath evaluation throughput on eligibility-style
 * expressions (bench/fhirpath-expressions.tsv: age, sex, lab thresholds
 * with UCUM conversion, conditions, medications, time windows) over the
 * Synthea patient bundles in fixtures/patients/. Each expression is
 * compiled once and evaluated ITERATIONS times on every bundle, with the
 * bundle as %context, its Patient as %patient and a fixed as-of date.
 * Each bundle is loaded and prepared once (tf_fhirpath_doc_new: the index
 * of its JSON tree), as fhirpath.mjs parses each bundle once. Each figure
 * runs whole rounds of ITERATIONS x every bundle for at least a quarter of
 * a second.
 * Prints evaluations per second per expression and overall, with each
 * bundle's result (t/f/-, empty) so the run doubles as a cross-check;
 * then the overall figures on the plain JSON trees (tf_fhirpath_eval, no
 * index; the results must be the same) and with the parse included (each
 * evaluation compiles the expression, evaluates it and frees it).
 *
 * With --js DIR (a node_modules holding the npm package fhirpath) it then
 * runs bench/fhirpath.mjs, the same measurement with fhirpath.js, prints
 * its figures too and the ratios of the two overall figures; fhirpath.js
 * is not a project dependency. --only NAME measures one expression (for
 * profiling).
 *   bench_fhirpath [--js NODE_MODULES] [--only NAME] [PATIENT_DIR] [ITERATIONS]
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

/* What is measured: evaluations on prepared documents, on the plain JSON
 * trees, or compile + evaluate (on the documents). */
enum { MODE_DOC, MODE_PLAIN, MODE_PARSE };

typedef struct bench_set {
	tf_fhirpath_doc **docs;
	json_t **bundles;
	const tf_fhirpath_env *envs;
	char **names;
	size_t nb;
	long iterations;
} bench_set;

/* Evaluations per second of one expression: rounds of ITERATIONS x every
 * bundle until MIN_SECONDS have passed (short figures are mostly noise on
 * a shared machine; fhirpath.mjs does the same). MODE_DOC writes each
 * bundle's result to results on the first round; the other modes check
 * theirs against it. -1 on an error (printed). */
#define MIN_SECONDS 0.25
static double rate(const bench_set *b, int mode, const tf_fhirpath *fp, const char *text,
                   char *results)
{
	tf_error err;
	long n = 0;
	double t0 = seconds(), dt;
	do {
		for (long k = 0; k < b->iterations; k++) {
			for (size_t i = 0; i < b->nb; i++) {
				tf_fhirpath *own = NULL;
				tf_fhirpath_result *r = NULL;
				int rc;
				if (mode == MODE_PARSE) {
					rc = tf_fhirpath_compile(&own, text, &err);
					if (rc == 0)
						rc = tf_fhirpath_eval_doc(own, b->docs[i],
						                          &b->envs[i], &r, &err);
				} else if (mode == MODE_PLAIN) {
					rc = tf_fhirpath_eval(fp, b->bundles[i], &b->envs[i], &r,
					                      &err);
				} else {
					rc = tf_fhirpath_eval_doc(fp, b->docs[i], &b->envs[i], &r,
					                          &err);
				}
				if (rc < 0) {
					fprintf(stderr, "%s: %s\n", text, err.message);
					return -1;
				}
				if (n == 0 && k == 0) {
					char ch = result_char(r);
					if (mode == MODE_DOC) {
						results[2 * i] = ch;
						results[2 * i + 1] = i + 1 < b->nb ? ' ' : '\0';
					} else if (results[2 * i] != ch) {
						fprintf(stderr,
						        "%s: %s: another result than on the "
						        "prepared document\n",
						        text, b->names[i]);
						return -1;
					}
				}
				tf_fhirpath_result_free(r);
				tf_fhirpath_free(own);
			}
		}
		n += b->iterations * (long)b->nb;
		dt = seconds() - t0;
	} while (dt < MIN_SECONDS);
	if (b->nb == 0)
		results[0] = '\0';
	return (double)n / dt;
}

int main(int argc, char **argv)
{
	char dir[2048], patients[4096], tsv[4096];
	here(dir, sizeof(dir));
	snprintf(patients, sizeof(patients), "%s/../fixtures/patients", dir);
	snprintf(tsv, sizeof(tsv), "%s/fhirpath-expressions.tsv", dir);
	const char *js = NULL, *only = NULL;
	long iterations = 200;
	int positional = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--js") == 0 && i + 1 < argc) {
			js = argv[++i];
		} else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc) {
			only = argv[++i];
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
	char *ename[MAX_EXPRS], *etext[MAX_EXPRS];
	tf_fhirpath *fps[MAX_EXPRS];
	size_t ne = 0;
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line && ne < MAX_EXPRS;
	     line = strtok_r(NULL, "\n", &save)) {
		char *tab = strchr(line, '\t');
		if (line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		if (only && strcmp(line, only) != 0)
			continue;
		if (tf_fhirpath_compile(&fps[ne], tab + 1, &err) < 0) {
			fprintf(stderr, "%s: %ld:%ld: %s\n", line, err.line, err.column,
			        err.message);
			return 3;
		}
		etext[ne] = tab + 1;
		ename[ne++] = line;
	}
	tf_fhirpath_doc *docs[MAX_BUNDLES];
	for (size_t i = 0; i < nb; i++)
		if (tf_fhirpath_doc_new(bundles[i], &docs[i], &err) < 0) {
			fprintf(stderr, "%s: %s\n", names[i], err.message);
			return 3;
		}
	/* The environments, made before the clock starts (as fhirpath.mjs
	 * does). */
	tf_fhirpath_env envs[MAX_BUNDLES];
	for (size_t i = 0; i < nb; i++) {
		tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
		env.now = AS_OF;
		env.patient = find_patient(bundles[i]);
		envs[i] = env;
	}
	printf("trialfhir FHIRPath: %zu bundles (%.1f MB), %zu expressions, %ld iterations, "
	       "as of %s\n",
	       nb, (double)bytes / 1e6, ne, iterations, AS_OF);
	/* Each figure is the rate over equal numbers of evaluations of every
	 * expression (the harmonic mean of the rates), as fhirpath.mjs
	 * computes its own. */
	double inv_doc = 0, inv_plain = 0, inv_parse = 0;
	static char results[MAX_EXPRS][MAX_BUNDLES * 2 + 1];
	bench_set set = {docs, bundles, envs, names, nb, iterations};
	for (size_t e = 0; e < ne; e++) {
		double r = rate(&set, MODE_DOC, fps[e], etext[e], results[e]);
		if (r < 0)
			return 1;
		inv_doc += 1 / r;
		printf("%-14s %9.0f evals/s   %s\n", ename[e], r, results[e]);
	}
	double c_all = (double)ne / inv_doc;
	printf("%-14s %9.0f evals/s\n", "all", c_all);
	/* The same on the plain JSON trees, without the prepared index, and
	 * with the parse included: every evaluation compiles the expression
	 * first (and frees it after), as a caller without a compiled form
	 * would. */
	for (size_t e = 0; e < ne; e++) {
		double rp = rate(&set, MODE_PLAIN, fps[e], etext[e], results[e]);
		double rc = rate(&set, MODE_PARSE, fps[e], etext[e], results[e]);
		if (rp < 0 || rc < 0)
			return 1;
		inv_plain += 1 / rp;
		inv_parse += 1 / rc;
	}
	double c_plain = (double)ne / inv_plain, c_parse = (double)ne / inv_parse;
	printf("%-14s %9.0f evals/s\n", "all-plain", c_plain);
	printf("%-14s %9.0f evals/s\n", "all+parse", c_parse);
	for (size_t e = 0; e < ne; e++)
		tf_fhirpath_free(fps[e]);
	for (size_t i = 0; i < nb; i++) {
		tf_fhirpath_doc_free(docs[i]);
		json_decref(bundles[i]);
		free(names[i]);
	}
	free(text);
	if (js) {
		/* The same measurement with fhirpath.js, for comparison; its
		 * output is copied through and its overall figures kept. */
		char cmd[16384];
		if (strchr(js, '\'') || strchr(patients, '\'') || (only && strchr(only, '\''))) {
			fprintf(stderr, "bench_fhirpath: quote in an argument\n");
			return 2;
		}
		printf("\n");
		fflush(stdout);
		snprintf(cmd, sizeof(cmd), "node '%s/fhirpath.mjs' '%s' '%s' %ld '%s'", dir, js,
		         patients, iterations, only ? only : "");
		FILE *p = popen(cmd, "r");
		if (!p) {
			perror("bench_fhirpath: node");
			return 1;
		}
		char line[4096];
		double js_all = 0, js_parse = 0;
		while (fgets(line, sizeof(line), p)) {
			fputs(line, stdout);
			if (strncmp(line, "all+parse ", 10) == 0)
				js_parse = strtod(line + 10, NULL);
			else if (strncmp(line, "all ", 4) == 0)
				js_all = strtod(line + 4, NULL);
		}
		int rc = pclose(p);
		if (rc != 0 || js_all <= 0 || js_parse <= 0) {
			fprintf(stderr, "bench_fhirpath: fhirpath.js run failed (%d)\n", rc);
			return 1;
		}
		printf("\nratio (trialfhir / fhirpath.js): %.1fx parse excluded (%.1fx on plain "
		       "JSON trees), %.1fx parse included\n",
		       c_all / js_all, c_plain / js_all, c_parse / js_parse);
	}
	return 0;
}
