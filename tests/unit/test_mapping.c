/*
 * test_mapping.c - the value-map loader and the shipped tables.
 *
 * Two halves. The loader tests write small tables into a mkdtemp directory
 * and check parsing (extra columns, CRLF, comments), overrides by a later
 * file, errors that name file and line, and deterministic loading. The
 * table tests hold the tables of mappings/ to tests/data/ctgov-enums.tsv:
 * every row's source must be a value of the CT.gov enum its table maps (no
 * dead rows), every enum value must have a row (nothing left unmapped),
 * every code must belong to the code system the table targets, and every
 * table mappings/README.md lists must exist. Table failures are all reported before the test fails,
 * so one run shows every broken row.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "trialfhir/mapping.h"
#include "mapping/mapping_int.h"
#include "util/util.h"

#define OURS "http://trialfhir.org/fhir/CodeSystem/"

/* ------------------------------------------------------------------ helpers */

/* snprintf that fails the test instead of truncating. */
static void fmt_path(char *out, size_t size, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
static void fmt_path(char *out, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(out, size, fmt, ap);
	va_end(ap);
	assert_true(n >= 0 && (size_t)n < size);
}

/* A NUL-separated list of lines split into tab fields, owning its text. */
struct tsv {
	char *text;    /* file contents, split in place */
	char ***rows;  /* rows[i][k]: field k of row i */
	size_t *ncols; /* fields per row */
	size_t n;      /* rows (comments and blank lines dropped) */
};

static void tsv_read(struct tsv *t, const char *path)
{
	size_t len = 0;
	tf_error err;
	tf_error_clear(&err);
	memset(t, 0, sizeof(*t));
	if (tf_read_file(path, 1 << 24, &t->text, &len, &err) != 0)
		fail_msg("%s", err.message);
	size_t cap = 0;
	for (char *p = t->text; *p;) {
		char *nl = strchr(p, '\n');
		char *next = nl ? nl + 1 : p + strlen(p);
		if (nl)
			*nl = '\0';
		size_t l = strlen(p);
		if (l && p[l - 1] == '\r')
			p[--l] = '\0';
		if (l && p[0] != '#') {
			size_t nf = 1;
			for (char *q = p; *q; q++)
				nf += *q == '\t';
			char **fields = calloc(nf, sizeof(*fields));
			assert_non_null(fields);
			size_t k = 0;
			for (char *q = p;; q++) {
				if (k == 0 || q[-1] == '\0')
					fields[k++] = q;
				if (!*q)
					break;
				if (*q == '\t')
					*q = '\0';
			}
			if (t->n == cap) {
				cap = cap ? cap * 2 : 64;
				t->rows = realloc(t->rows, cap * sizeof(*t->rows));
				t->ncols = realloc(t->ncols, cap * sizeof(*t->ncols));
				assert_non_null(t->rows);
				assert_non_null(t->ncols);
			}
			t->rows[t->n] = fields;
			t->ncols[t->n++] = nf;
		}
		p = next;
	}
}

static void tsv_free(struct tsv *t)
{
	for (size_t i = 0; i < t->n; i++)
		free(t->rows[i]);
	free(t->rows);
	free(t->ncols);
	free(t->text);
}

static void write_file(const char *dir, const char *name, const char *content)
{
	char path[4096];
	fmt_path(path, sizeof(path), "%s/%s", dir, name);
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(content, 1, strlen(content), fp), strlen(content));
	assert_int_equal(fclose(fp), 0);
}

static void make_dir(const char *dir, const char *name, char *out, size_t outsize)
{
	fmt_path(out, outsize, "%s/%s", dir, name);
	assert_int_equal(mkdir(out, 0700), 0);
}

/* Removes dir and what is in it (one level of subdirectories is enough). */
static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		char path[4096];
		fmt_path(path, sizeof(path), "%s/%s", dir, de->d_name);
		struct stat st;
		if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
			remove_tree(path);
		else
			unlink(path);
	}
	closedir(d);
	rmdir(dir);
}

static int setup_tmpdir(void **state)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = malloc(4096);
	if (!dir)
		return -1;
	fmt_path(dir, 4096, "%s/tf-mapping-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		free(dir);
		return -1;
	}
	*state = dir;
	return 0;
}

static int teardown_tmpdir(void **state)
{
	remove_tree(*state);
	free(*state);
	return 0;
}

static size_t count_rows(const tf_mappings *m, const char *table)
{
	size_t cur = 0, n = 0;
	while (tf_mappings_next(m, table, &cur))
		n++;
	return n;
}

/* ----------------------------------------------------------- loader tests */

static const char T_BASE[] = "# base table\n"
                             "source\tsystem\tcode\tdisplay\tlabel\n"
                             "A\thttp://x\ta\tAlpha\tlabel a\n"
                             "B\thttp://x\tb\tBeta\tlabel b\n";

static void test_load_basic_and_extra_columns(void **state)
{
	const char *dir = *state;
	write_file(dir, "t.tsv", T_BASE);
	write_file(dir, "ignored.txt", "not a table\n");
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, dir, &err), 0);
	assert_non_null(m);

	const tf_map_row *r = tf_mappings_lookup(m, "t", "B");
	assert_non_null(r);
	assert_string_equal(r->table, "t");
	assert_string_equal(r->source, "B");
	assert_string_equal(r->system, "http://x");
	assert_string_equal(r->code, "b");
	assert_string_equal(r->display, "Beta");
	assert_int_equal(r->line, 4);
	assert_non_null(strstr(r->file, "t.tsv"));
	assert_string_equal(tf_map_row_get(m, r, "label"), "label b");
	assert_null(tf_map_row_get(m, r, "nosuchcolumn"));
	assert_null(tf_map_row_get(m, NULL, "label"));
	assert_int_equal(count_rows(m, "t"), 2);
	assert_int_equal(count_rows(m, NULL), 2);
	assert_null(tf_mappings_lookup(m, "ignored", "not a table"));
	tf_mappings_free(m);
}

static void test_optional_columns_missing(void **state)
{
	const char *dir = *state;
	write_file(dir, "min.tsv", "code\tsource\nx\tX\n\n   \n#c\n\tY\n");
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, dir, NULL), 0);
	const tf_map_row *r = tf_mappings_lookup(m, "min", "X");
	assert_non_null(r);
	assert_string_equal(r->code, "x");
	assert_string_equal(r->system, "");
	assert_string_equal(r->display, "");
	r = tf_mappings_lookup(m, "min", "Y"); /* empty code: text only */
	assert_non_null(r);
	assert_string_equal(r->code, "");
	tf_mappings_free(m);
}

static void test_crlf(void **state)
{
	const char *dir = *state;
	write_file(dir, "crlf.tsv",
	           "# "
	           "windows\r\nsource\tcode\tdisplay\tlabel\r\n\r\nA\ta\tAlpha\tL\r\nB\tb\tBeta\t\r"
	           "\n");
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, dir, &err), 0);
	const tf_map_row *r = tf_mappings_lookup(m, "crlf", "A");
	assert_non_null(r);
	assert_string_equal(r->display, "Alpha");
	assert_string_equal(tf_map_row_get(m, r, "label"), "L");
	r = tf_mappings_lookup(m, "crlf", "B");
	assert_non_null(r);
	assert_string_equal(tf_map_row_get(m, r, "label"), "");
	assert_int_equal(r->line, 5);
	tf_mappings_free(m);
}

static void test_override_by_later_file(void **state)
{
	const char *dir = *state;
	char base[4096], user[4096];
	make_dir(dir, "base", base, sizeof(base));
	make_dir(dir, "user", user, sizeof(user));
	write_file(base, "t.tsv", T_BASE);
	write_file(base, "u.tsv", "source\tcode\nQ\tq\n");
	write_file(user, "t.tsv",
	           "source\tcode\tdisplay\tnote\n"
	           "A\tA2\tAlpha two\tmine\n"
	           "C\tc\tGamma\tnew\n");
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, base, &err), 0);
	char file[4096];
	fmt_path(file, sizeof(file), "%s/t.tsv", user);
	assert_int_equal(tf_mappings_add(m, file, &err), 0);

	const tf_map_row *a = tf_mappings_lookup(m, "t", "A");
	assert_non_null(a);
	assert_string_equal(a->code, "A2");
	assert_string_equal(a->system, ""); /* the whole row is replaced */
	assert_string_equal(tf_map_row_get(m, a, "note"), "mine");
	assert_null(tf_map_row_get(m, a, "label"));
	assert_non_null(strstr(a->file, "user"));
	const tf_map_row *b = tf_mappings_lookup(m, "t", "B"); /* kept */
	assert_non_null(b);
	assert_string_equal(b->code, "b");
	assert_string_equal(tf_map_row_get(m, b, "label"), "label b");
	assert_non_null(tf_mappings_lookup(m, "t", "C"));
	assert_non_null(tf_mappings_lookup(m, "u", "Q"));

	/* Order: keys in first-seen order, an override keeps its place. */
	size_t cur = 0;
	const char *want[] = {"A", "B", "C"};
	for (size_t i = 0; i < 3; i++) {
		const tf_map_row *r = tf_mappings_next(m, "t", &cur);
		assert_non_null(r);
		assert_string_equal(r->source, want[i]);
	}
	assert_null(tf_mappings_next(m, "t", &cur));
	assert_null(tf_mappings_next(m, "t", &cur));
	assert_int_equal(count_rows(m, NULL), 4);
	tf_mappings_free(m);
}

static char sentinel; /* a non-NULL *out that a failing load must reset */

/* Loads content as file name in a fresh subdirectory; expects failure. */
static void expect_parse_error(const char *dir, const char *sub, const char *name,
                               const char *content, int code, long line, const char *what)
{
	char d[4096], want[4400];
	make_dir(dir, sub, d, sizeof(d));
	write_file(d, name, content);
	tf_mappings *m = (tf_mappings *)&sentinel; /* must be reset to NULL */
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, d, &err), code);
	assert_null(m);
	assert_int_equal(err.code, code);
	assert_int_equal(err.line, line);
	fmt_path(want, sizeof(want), "%s/%s:%ld: ", d, name, line);
	if (strncmp(err.message, want, strlen(want)) != 0 || !strstr(err.message, what))
		fail_msg("message \"%s\" does not start with \"%s\" or lacks \"%s\"", err.message,
		         want, what);
}

static void test_parse_errors_name_file_and_line(void **state)
{
	const char *dir = *state;
	expect_parse_error(dir, "e1", "ctgov-phase.tsv",
	                   "# c\nsource\tsystem\tcode\tdisplay\nA\ts\ta\n", TF_EPARSE, 3,
	                   "expected 4 columns, found 3");
	expect_parse_error(dir, "e2", "t.tsv", "source\tcode\nA\ta\tx\n", TF_EPARSE, 2,
	                   "expected 2 columns, found 3");
	expect_parse_error(dir, "e3", "t.tsv", "source\tcode\nA\ta\n\tb\n", TF_EPARSE, 3,
	                   "empty source");
	expect_parse_error(dir, "e4", "t.tsv", "\n# only\nsource\tsystem\tdisplay\nA\ts\td\n",
	                   TF_EPARSE, 3, "no 'code' column");
	expect_parse_error(dir, "e5", "t.tsv", "code\tdisplay\n", TF_EPARSE, 1,
	                   "no 'source' column");
	expect_parse_error(dir, "e6", "t.tsv", "source\tcode\nA\ta\nB\tb\nA\tc\n", TF_EPARSE, 4,
	                   "duplicate source 'A'");
	expect_parse_error(dir, "e7", "t.tsv", "source\tcode\nA\ta\nB\t\xff\n", TF_EPARSE, 3,
	                   "UTF-8");
	expect_parse_error(dir, "e8", "t.tsv", "source\tcode\tsource\nA\ta\tb\n", TF_EPARSE, 1,
	                   "twice");
	expect_parse_error(dir, "e9", "t.tsv", "source\tcode\r\nA\ta\r\nB\r\n", TF_EPARSE, 3,
	                   "expected 2 columns, found 1");

	/* A file with no header at all: no line to name, but the file. */
	char d[4096];
	make_dir(dir, "e10", d, sizeof(d));
	write_file(d, "t.tsv", "# nothing here\n\n");
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, d, &err), TF_EPARSE);
	assert_non_null(strstr(err.message, "t.tsv: no header line"));
}

static void test_failed_add_changes_nothing(void **state)
{
	const char *dir = *state;
	char good[4096], bad[4096];
	make_dir(dir, "good", good, sizeof(good));
	make_dir(dir, "bad", bad, sizeof(bad));
	write_file(good, "t.tsv", T_BASE);
	/* a.tsv is fine, t.tsv (read after it) is broken: nothing of the
	 * directory may land, not even the good file. */
	write_file(bad, "a.tsv", "source\tcode\nN\tn\n");
	write_file(bad, "t.tsv", "source\tcode\nA\tzzz\nB\n");
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, good, &err), 0);
	assert_int_equal(tf_mappings_add(m, bad, &err), TF_EPARSE);
	assert_non_null(strstr(err.message, "t.tsv:3:"));
	assert_null(tf_mappings_lookup(m, "a", "N"));
	assert_string_equal(tf_mappings_lookup(m, "t", "A")->code, "a");
	assert_int_equal(count_rows(m, NULL), 2);
	tf_mappings_free(m);
}

static void test_missing_path_not_found(void **state)
{
	const char *dir = *state;
	char path[4096];
	fmt_path(path, sizeof(path), "%s/no-such-dir", dir);
	tf_mappings *m = (tf_mappings *)&sentinel;
	tf_error err;
	tf_error_clear(&err);
	assert_int_equal(tf_mappings_load(&m, path, &err), TF_ENOTFOUND);
	assert_null(m);
	assert_int_equal(err.code, TF_ENOTFOUND);
	assert_non_null(strstr(err.message, "no-such-dir"));

	assert_int_equal(tf_mappings_load(&m, dir, NULL), 0); /* empty dir: empty set */
	fmt_path(path, sizeof(path), "%s/missing.tsv", dir);
	assert_int_equal(tf_mappings_add(m, path, NULL), TF_ENOTFOUND);
	assert_int_equal(tf_mappings_add(m, NULL, NULL), TF_EINVAL);
	assert_int_equal(tf_mappings_add(NULL, dir, NULL), TF_EINVAL);
	assert_int_equal(tf_mappings_load(NULL, dir, NULL), TF_EINVAL);
	tf_mappings_free(m);
	tf_mappings_free(NULL);
}

static void test_lookup_unknown_is_null(void **state)
{
	const char *dir = *state;
	write_file(dir, "t.tsv", T_BASE);
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, dir, NULL), 0);
	assert_null(tf_mappings_lookup(m, "t", "Z"));
	assert_null(tf_mappings_lookup(m, "nosuchtable", "A"));
	assert_null(tf_mappings_lookup(m, "", "A"));
	assert_null(tf_mappings_lookup(m, "t", ""));
	assert_null(tf_mappings_lookup(m, "t", "a")); /* case matters */
	assert_null(tf_mappings_lookup(m, NULL, "A"));
	assert_null(tf_mappings_lookup(m, "t", NULL));
	assert_null(tf_mappings_lookup(NULL, "t", "A"));
	size_t cur = 0;
	assert_null(tf_mappings_next(m, "nosuchtable", &cur));
	assert_null(tf_mappings_next(NULL, NULL, &cur));
	tf_mappings_free(m);
}

static void test_single_file_and_table_name(void **state)
{
	const char *dir = *state;
	write_file(dir, "my.table.tsv", "source\tcode\nA\ta\n");
	char path[4096];
	fmt_path(path, sizeof(path), "%s/my.table.tsv", dir);
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, path, NULL), 0);
	assert_non_null(tf_mappings_lookup(m, "my.table", "A"));
	tf_mappings_free(m);
}

static void test_default_dir_from_env(void **state)
{
	const char *dir = *state;
	write_file(dir, "envtable.tsv", "source\tcode\nE\te\n");
	const char *old = getenv("TRIALFHIR_MAPPINGS");
	char *saved = old ? strdup(old) : NULL;
	assert_int_equal(setenv("TRIALFHIR_MAPPINGS", dir, 1), 0);
	tf_mappings *m = NULL;
	int rc = tf_mappings_load(&m, NULL, NULL);
	if (saved)
		setenv("TRIALFHIR_MAPPINGS", saved, 1);
	else
		unsetenv("TRIALFHIR_MAPPINGS");
	free(saved);
	assert_int_equal(rc, 0);
	assert_non_null(tf_mappings_lookup(m, "envtable", "E"));
	tf_mappings_free(m);
}

static void test_default_set(void **state)
{
	(void)state;
	tf_error err;
	tf_error_clear(&err);
	const tf_mappings *a = tf_mappings_default(&err);
	if (!a)
		fail_msg("default mappings: %s", err.message);
	assert_ptr_equal(a, tf_mappings_default(NULL));
	const tf_map_row *r = tf_mappings_lookup(a, "ctgov-phase", "PHASE1|PHASE2");
	assert_non_null(r);
	assert_string_equal(r->code, "phase-1-phase-2");
}

static void test_shipped_tables_load_deterministically(void **state)
{
	(void)state;
	tf_mappings *a = NULL, *b = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_mappings_load(&a, TF_TEST_MAPPINGS, &err) != 0)
		fail_msg("%s", err.message);
	assert_int_equal(tf_mappings_load(&b, TF_TEST_MAPPINGS, &err), 0);
	size_t ca = 0, cb = 0, n = 0;
	const tf_map_row *ra, *rb;
	while ((ra = tf_mappings_next(a, NULL, &ca)) != NULL) {
		rb = tf_mappings_next(b, NULL, &cb);
		assert_non_null(rb);
		assert_string_equal(ra->table, rb->table);
		assert_string_equal(ra->source, rb->source);
		assert_string_equal(ra->code, rb->code);
		assert_string_equal(ra->file, rb->file);
		assert_int_equal(ra->line, rb->line);
		n++;
	}
	assert_null(tf_mappings_next(b, NULL, &cb));
	assert_true(n > 100);
	/* Files are read in sorted file-name order. */
	cb = 0;
	const char *prev = "";
	while ((rb = tf_mappings_next(b, NULL, &cb)) != NULL) {
		assert_true(strcmp(prev, rb->file) <= 0);
		prev = rb->file;
	}
	tf_mappings_free(a);
	tf_mappings_free(b);
}

/* ------------------------------------------------------------ table tests */

/* The registry value maps (ctgov-*) are checked against the CT.gov enums;
 * terminology tables (criteria-*, intervention-code) map free text, not
 * enums, and are tested with the code that reads them. */
static int is_value_map(const char *table)
{
	return strncmp(table, "ctgov-", 6) == 0;
}

/* The reference lists of tests/data/ctgov-enums.tsv. */
struct refs {
	struct tsv tsv;
};

static void refs_load(struct refs *r)
{
	tsv_read(&r->tsv, TF_TEST_DATA "/ctgov-enums.tsv");
}

/* Field k of the first row whose field 0 is key and field 1 is v1 (v1 NULL:
 * any), or NULL. */
static const char *ref_find(const struct refs *r, const char *key, const char *v1, size_t k)
{
	for (size_t i = 0; i < r->tsv.n; i++) {
		char **f = r->tsv.rows[i];
		if (strcmp(f[0], key) == 0 && (!v1 || (r->tsv.ncols[i] > 1 && !strcmp(f[1], v1))))
			return k < r->tsv.ncols[i] ? f[k] : "";
	}
	return NULL;
}

/* True when value belongs to one of the enums bound to table. */
static int table_enum_has(const struct refs *r, const char *table, const char *value)
{
	char key[256];
	fmt_path(key, sizeof(key), "table:%s", table);
	for (size_t i = 0; i < r->tsv.n; i++) {
		char **f = r->tsv.rows[i];
		if (r->tsv.ncols[i] == 2 && strcmp(f[0], key) == 0 && ref_find(r, f[1], value, 0))
			return 1;
	}
	return 0;
}

/* Table names listed in mappings/README.md ("| `name` |" rows). */
static size_t readme_tables(char *text, const char **names, size_t max)
{
	size_t n = 0;
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (strncmp(line, "| `", 3) == 0) {
			char *end = strchr(line + 3, '`');
			if (end && n < max) {
				*end = '\0';
				names[n++] = line + 3;
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	return n;
}

static int failures;

static void report(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void report(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	print_error("%s\n", msg);
	failures++;
}

static void test_readme_tables_exist(void **state)
{
	(void)state;
	char *text = NULL;
	size_t len = 0;
	assert_int_equal(tf_read_file(TF_TEST_MAPPINGS "/README.md", 1 << 20, &text, &len, NULL),
	                 0);
	const char *names[128];
	size_t n = readme_tables(text, names, 128);
	assert_true(n >= 27);
	struct refs refs;
	refs_load(&refs);
	tf_mappings *m = NULL;
	tf_error err;
	tf_error_clear(&err);
	if (tf_mappings_load(&m, TF_TEST_MAPPINGS, &err) != 0)
		fail_msg("%s", err.message);
	failures = 0;
	for (size_t i = 0; i < n; i++) {
		char path[4096], key[256];
		fmt_path(path, sizeof(path), "%s/%s.tsv", TF_TEST_MAPPINGS, names[i]);
		struct stat st;
		if (stat(path, &st) != 0)
			report("mappings/README.md lists table %s but %s is missing", names[i],
			       path);
		else if (count_rows(m, names[i]) == 0)
			report("%s: table has no rows", path);
		if (!is_value_map(names[i]))
			continue;
		fmt_path(key, sizeof(key), "table:%s", names[i]);
		if (!ref_find(&refs, key, NULL, 0))
			report("tests/data/ctgov-enums.tsv: no %s line (which enum it maps)", key);
		fmt_path(key, sizeof(key), "target:%s", names[i]);
		if (!ref_find(&refs, key, NULL, 0))
			report("tests/data/ctgov-enums.tsv: no %s line (its code system)", key);
	}
	/* And no table outside the list: README is the index of the tables. */
	size_t cur = 0;
	const char *last = "";
	const tf_map_row *r;
	while ((r = tf_mappings_next(m, NULL, &cur)) != NULL) {
		if (strcmp(r->table, last) == 0)
			continue;
		last = r->table;
		int listed = 0;
		for (size_t i = 0; i < n && !listed; i++)
			listed = strcmp(names[i], r->table) == 0;
		if (!listed)
			report("%s: table %s is not listed in mappings/README.md", r->file,
			       r->table);
	}
	tf_mappings_free(m);
	tsv_free(&refs.tsv);
	free(text);
	assert_int_equal(failures, 0);
}

static void test_sources_are_exactly_the_enums(void **state)
{
	(void)state;
	struct refs refs;
	refs_load(&refs);
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, TF_TEST_MAPPINGS, NULL), 0);
	failures = 0;

	/* Every row maps a value of its table's enum(s): no dead rows. */
	size_t cur = 0;
	const tf_map_row *r;
	while ((r = tf_mappings_next(m, NULL, &cur)) != NULL)
		if (is_value_map(r->table) && !table_enum_has(&refs, r->table, r->source))
			report("%s:%ld: source %s is not a value of the enum table %s maps "
			       "(dead row)",
			       r->file, r->line, r->source, r->table);

	/* Every value of those enums has a row: nothing unmapped. */
	for (size_t i = 0; i < refs.tsv.n; i++) {
		char **f = refs.tsv.rows[i];
		if (strncmp(f[0], "table:", 6) != 0 || refs.tsv.ncols[i] != 2)
			continue;
		const char *table = f[0] + 6;
		size_t nvalues = 0;
		for (size_t k = 0; k < refs.tsv.n; k++) {
			char **g = refs.tsv.rows[k];
			if (refs.tsv.ncols[k] != 2 || strcmp(g[0], f[1]) != 0)
				continue;
			nvalues++;
			if (!tf_mappings_lookup(m, table, g[1]))
				report("mappings/%s.tsv: no row for %s value %s", table, f[1],
				       g[1]);
		}
		if (nvalues == 0)
			report("tests/data/ctgov-enums.tsv: enum %s (of table %s) has no values",
			       f[1], table);
	}
	tf_mappings_free(m);
	tsv_free(&refs.tsv);
	assert_int_equal(failures, 0);
}

static void test_codes_are_valid(void **state)
{
	(void)state;
	struct refs refs;
	refs_load(&refs);
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, TF_TEST_MAPPINGS, NULL), 0);
	failures = 0;
	size_t cur = 0;
	const tf_map_row *r;
	while ((r = tf_mappings_next(m, NULL, &cur)) != NULL) {
		if (!is_value_map(r->table))
			continue;
		char key[256];
		fmt_path(key, sizeof(key), "target:%s", r->table);
		const char *target = ref_find(&refs, key, NULL, 1);
		const char *required = ref_find(&refs, key, NULL, 2);
		if (!target) {
			report("%s:%ld: table %s has no target line in ctgov-enums.tsv", r->file,
			       r->line, r->table);
			continue;
		}
		if (!*r->code != !*r->system) {
			report("%s:%ld: %s: system and code must be both set or both empty",
			       r->file, r->line, r->source);
			continue;
		}
		if (!*r->code) {
			if (required && strcmp(required, "required") == 0)
				report("%s:%ld: %s: table %s needs a code on every row (required "
				       "binding)",
				       r->file, r->line, r->source, r->table);
			if (!*r->display)
				report("%s:%ld: %s: a text-only row needs a display", r->file,
				       r->line, r->source);
			continue;
		}
		if (strcmp(target, "ours") == 0) {
			char want[512];
			fmt_path(want, sizeof(want), OURS "%s", r->table);
			if (strcmp(r->system, want) != 0)
				report("%s:%ld: %s: system %s, expected our %s", r->file, r->line,
				       r->source, r->system, want);
			if (strcmp(r->code, r->source) != 0)
				report("%s:%ld: %s: in our code system the code is the CT.gov "
				       "value "
				       "verbatim, not %s",
				       r->file, r->line, r->source, r->code);
			if (!*r->display)
				report("%s:%ld: %s: no display", r->file, r->line, r->source);
			continue;
		}
		fmt_path(key, sizeof(key), "system:%s", target);
		const char *url = ref_find(&refs, key, NULL, 1);
		if (!url) {
			report("ctgov-enums.tsv: no system:%s line", target);
			continue;
		}
		if (strcmp(r->system, url) != 0) {
			report("%s:%ld: %s: system %s, table %s targets %s", r->file, r->line,
			       r->source, r->system, r->table, url);
			continue;
		}
		fmt_path(key, sizeof(key), "fhir:%s", target);
		const char *display = ref_find(&refs, key, r->code, 2);
		if (!display)
			report("%s:%ld: %s: code %s is not in %s", r->file, r->line, r->source,
			       r->code, url);
		else if (strcmp(display, r->display) != 0)
			report("%s:%ld: %s: display \"%s\", %s says \"%s\" for %s", r->file,
			       r->line, r->source, r->display, url, display, r->code);
	}
	tf_mappings_free(m);
	tsv_free(&refs.tsv);
	assert_int_equal(failures, 0);
}

/* label and aliases normalise registry text to the enum: within a table no
 * spelling may name two values. */
static void test_labels_are_unambiguous(void **state)
{
	(void)state;
	tf_mappings *m = NULL;
	assert_int_equal(tf_mappings_load(&m, TF_TEST_MAPPINGS, NULL), 0);
	failures = 0;
	size_t ca = 0;
	const tf_map_row *a;
	while ((a = tf_mappings_next(m, NULL, &ca)) != NULL) {
		const char *la = tf_map_row_get(m, a, "label");
		if (!la || !*la)
			continue;
		size_t cb = ca;
		const tf_map_row *b;
		while ((b = tf_mappings_next(m, a->table, &cb)) != NULL) {
			const char *lb = tf_map_row_get(m, b, "label");
			const char *al = tf_map_row_get(m, b, "aliases");
			if (lb && tf_strcaseeq(la, lb))
				report("%s:%ld: label \"%s\" also names %s (line %ld)", a->file,
				       a->line, la, b->source, b->line);
			if (al && *al) {
				char buf[512];
				tf_strlcpy(buf, al, sizeof(buf));
				for (char *p = buf, *bar; p; p = bar ? bar + 1 : NULL) {
					bar = strchr(p, '|');
					if (bar)
						*bar = '\0';
					if (tf_strcaseeq(la, p))
						report("%s:%ld: label \"%s\" is an alias of %s",
						       a->file, a->line, la, b->source);
				}
			}
		}
	}
	tf_mappings_free(m);
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(test_default_set),
	        cmocka_unit_test_setup_teardown(test_load_basic_and_extra_columns, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_optional_columns_missing, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_crlf, setup_tmpdir, teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_override_by_later_file, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_parse_errors_name_file_and_line, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_failed_add_changes_nothing, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_missing_path_not_found, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_lookup_unknown_is_null, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_single_file_and_table_name, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test_setup_teardown(test_default_dir_from_env, setup_tmpdir,
	                                        teardown_tmpdir),
	        cmocka_unit_test(test_shipped_tables_load_deterministically),
	        cmocka_unit_test(test_readme_tables_exist),
	        cmocka_unit_test(test_sources_are_exactly_the_enums),
	        cmocka_unit_test(test_codes_are_valid),
	        cmocka_unit_test(test_labels_are_unambiguous),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
