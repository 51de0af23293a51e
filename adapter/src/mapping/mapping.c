/*
 * mapping.c - loads the value maps of mappings/ (one tab-separated table
 * per file, the table named by the file's stem) and answers lookups by
 * (table, source). Each tf_mappings_add() parses all its files first and
 * commits them only when every file is well-formed, so a failed add leaves
 * the set as it was. Rows live in per-add arenas; a hash index keyed by
 * table and source points at the live row of each key, and a later row for
 * a key replaces the earlier one in place, so iteration order is the order
 * in which keys were first seen (deterministic: directories are read in
 * sorted file-name order).
 *
 * Thread safety: a set is only written by tf_mappings_load/add. Once
 * loaded it is read-only, so any number of threads may call
 * tf_mappings_lookup, tf_mappings_next and tf_map_row_get on it at once
 * without locking, as long as nobody adds to it meanwhile.
 */
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "util/util.h"
#include "mapping/mapping_int.h"

#ifndef TF_MAPPINGS_DIR
#define TF_MAPPINGS_DIR "/usr/local/share/trialfhir/mappings"
#endif

#define TF_MAP_MAX_FILE (16u * 1024u * 1024u) /* a table larger than this is a mistake */

/* One row; the public part comes first so a tf_map_row * can be cast back. */
struct map_row {
	tf_map_row pub;           /* what callers see */
	size_t nextra;            /* number of extra columns */
	const char *const *names; /* extra column names (shared by the file's rows) */
	const char **values;      /* extra column values, nextra of them */
	uint32_t hash;            /* hash of (table, source) */
	size_t pos;               /* index in tf_mappings.rows once committed */
};

/* Open-addressing hash index of rows by (table, source). */
struct index {
	struct map_row **slots; /* cap entries, NULL = empty */
	size_t cap;             /* a power of two, or 0 */
	size_t n;               /* used slots */
};

struct tf_mappings {
	struct map_row **rows; /* live rows, in first-seen key order */
	size_t nrows;          /* rows used */
	size_t caprows;        /* rows allocated */
	struct index idx;      /* (table, source) -> live row */
	tf_arena **arenas;     /* one arena per successful add */
	size_t narenas;        /* arenas used (and allocated) */
	unsigned long serial;  /* changes with every successful add (caches key on it) */
};

/* Serials are unique in the process, so a cache keyed on one never
 * mistakes a new set that happens to reuse a freed set's address. */
static unsigned long next_serial(void)
{
	static unsigned long counter;
	return __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED);
}

unsigned long tf_mappings_serial(const tf_mappings *maps)
{
	return maps ? maps->serial : 0;
}

/* Rows parsed by one tf_mappings_add, not yet committed. */
struct pending {
	tf_arena *arena;       /* holds their strings */
	struct map_row **rows; /* parsed rows, in file order */
	size_t n;              /* rows used */
	size_t cap;            /* rows allocated */
};

/* ---- hashing and the index ---- */

static uint32_t fnv1a(uint32_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static uint32_t key_hash(const char *table, const char *source)
{
	uint32_t h = fnv1a(2166136261u, table);
	h = (h ^ 0xffu) * 16777619u; /* separator: ("a","bc") != ("ab","c") */
	return fnv1a(h, source);
}

static struct map_row **index_slot(const struct index *ix, uint32_t hash, const char *table,
                                   const char *source)
{
	size_t mask = ix->cap - 1;
	for (size_t i = hash & mask;; i = (i + 1) & mask) {
		struct map_row *r = ix->slots[i];
		if (!r || (r->hash == hash && strcmp(r->pub.table, table) == 0 &&
		           strcmp(r->pub.source, source) == 0))
			return &ix->slots[i];
	}
}

/* Makes room for `more` further keys at a load factor of at most 1/2. */
static int index_reserve(struct index *ix, size_t more)
{
	if (more > SIZE_MAX / 4 - ix->n)
		return TF_ENOMEM;
	size_t need = (ix->n + more) * 2;
	if (need <= ix->cap)
		return 0;
	size_t ncap = ix->cap ? ix->cap : 64;
	while (ncap < need)
		ncap *= 2;
	struct map_row **slots = calloc(ncap, sizeof(*slots));
	if (!slots)
		return TF_ENOMEM;
	struct index nix = {slots, ncap, 0};
	for (size_t i = 0; i < ix->cap; i++) {
		struct map_row *r = ix->slots[i];
		if (r) {
			*index_slot(&nix, r->hash, r->pub.table, r->pub.source) = r;
			nix.n++;
		}
	}
	free(ix->slots);
	*ix = nix;
	return 0;
}

/* ---- parsing one file ---- */

static int parse_error(tf_error *err, const char *file, long line, int code, const char *fmt, ...)
        __attribute__((format(printf, 5, 6)));

static int parse_error(tf_error *err, const char *file, long line, int code, const char *fmt, ...)
{
	if (!err)
		return code;
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (line > 0)
		tf_error_set(err, code, "%s:%ld: %s", file, line, msg);
	else
		tf_error_set(err, code, "%s: %s", file, msg);
	tf_strlcpy(err->source, file, sizeof(err->source));
	err->line = line;
	return code;
}

/* Splits line (NUL-terminated, modified in place) at tabs into at most max
 * fields; returns the number of fields found (which may exceed max). */
static size_t split_tabs(char *line, char **fields, size_t max)
{
	size_t n = 0;
	for (char *p = line;;) {
		char *tab = strchr(p, '\t');
		if (tab)
			*tab = '\0';
		if (n < max)
			fields[n] = p;
		n++;
		if (!tab)
			return n;
		p = tab + 1;
	}
}

static int is_blank_line(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\v' && *s != '\f')
			return 0;
	return 1;
}

/* The table name of path: its base name without the last extension. */
static char *table_name(tf_arena *a, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	return tf_arena_strndup(a, base, len);
}

#define TF_MAP_MAX_COLUMNS 64

static int parse_file(struct pending *pd, const char *path, tf_error *err)
{
	char *text = NULL;
	size_t len = 0;
	int rc = tf_read_file(path, TF_MAP_MAX_FILE, &text, &len, err);
	if (rc < 0)
		return rc;
	if (memchr(text, '\0', len)) {
		free(text);
		return parse_error(err, path, 0, TF_EPARSE, "contains a NUL byte");
	}

	const char *table = table_name(pd->arena, path);
	const char *file = tf_arena_strndup(pd->arena, path, strlen(path));
	struct index seen = {NULL, 0, 0}; /* this file's sources, for duplicates */
	if (!table || !file) {
		rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
		goto out;
	}
	if (!*table) {
		rc = parse_error(err, path, 0, TF_EINVAL, "file name gives an empty table name");
		goto out;
	}

	int have_header = 0;
	size_t ncols = 0, nextra = 0;
	int col_source = -1, col_code = -1, col_system = -1, col_display = -1;
	const char **extra_names = NULL;
	int *extra_cols = NULL;
	char *fields[TF_MAP_MAX_COLUMNS];

	char *p = text;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3; /* a byte order mark some editors write */
	long lineno = 0;
	while (*p) {
		lineno++;
		char *nl = strchr(p, '\n');
		char *next = nl ? nl + 1 : p + strlen(p);
		char *end = nl ? nl : next;
		if (end > p && end[-1] == '\r')
			end--;
		*end = '\0';
		char *line = p;
		p = next;

		if (!tf_utf8_valid(line, strlen(line))) {
			rc = parse_error(err, path, lineno, TF_EPARSE, "not valid UTF-8");
			goto out;
		}
		if (line[0] == '#' || is_blank_line(line))
			continue;

		size_t n = split_tabs(line, fields, TF_MAP_MAX_COLUMNS);
		if (n > TF_MAP_MAX_COLUMNS) {
			rc = parse_error(err, path, lineno, TF_ELIMIT, "more than %d columns",
			                 TF_MAP_MAX_COLUMNS);
			goto out;
		}

		if (!have_header) {
			have_header = 1;
			ncols = n;
			extra_names = tf_arena_alloc(pd->arena, n * sizeof(*extra_names));
			extra_cols = tf_arena_alloc(pd->arena, n * sizeof(*extra_cols));
			if (!extra_names || !extra_cols) {
				rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
				goto out;
			}
			for (size_t i = 0; i < n; i++) {
				const char *name = fields[i];
				if (!*name) {
					rc = parse_error(err, path, lineno, TF_EPARSE,
					                 "header column %zu has no name", i + 1);
					goto out;
				}
				for (size_t k = 0; k < i; k++)
					if (strcmp(fields[k], name) == 0) {
						rc = parse_error(err, path, lineno, TF_EPARSE,
						                 "header names column '%s' twice",
						                 name);
						goto out;
					}
				if (strcmp(name, "source") == 0) {
					col_source = (int)i;
				} else if (strcmp(name, "code") == 0) {
					col_code = (int)i;
				} else if (strcmp(name, "system") == 0) {
					col_system = (int)i;
				} else if (strcmp(name, "display") == 0) {
					col_display = (int)i;
				} else {
					extra_names[nextra] =
					        tf_arena_strndup(pd->arena, name, strlen(name));
					if (!extra_names[nextra]) {
						rc = tf_error_set(err, TF_ENOMEM,
						                  "%s: out of memory", path);
						goto out;
					}
					extra_cols[nextra++] = (int)i;
				}
			}
			if (col_source < 0 || col_code < 0) {
				rc = parse_error(err, path, lineno, TF_EPARSE,
				                 "header has no '%s' column",
				                 col_source < 0 ? "source" : "code");
				goto out;
			}
			continue;
		}

		if (n != ncols) {
			rc = parse_error(err, path, lineno, TF_EPARSE,
			                 "expected %zu columns, found %zu", ncols, n);
			goto out;
		}
		const char *src = fields[col_source];
		if (!*src) {
			rc = parse_error(err, path, lineno, TF_EPARSE, "empty source");
			goto out;
		}

		struct map_row *r = tf_arena_alloc(pd->arena, sizeof(*r));
		struct map_row **slot = tf_arena_grow(pd->arena, (void **)&pd->rows, &pd->n,
		                                      &pd->cap, sizeof(*pd->rows));
		if (!r || !slot || index_reserve(&seen, 1) < 0) {
			rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
			goto out;
		}
#define TF_COPY(dst, col)                                                                          \
	do {                                                                                       \
		const char *v_ = (col) >= 0 ? fields[(col)] : "";                                  \
		if (!((dst) = tf_arena_strndup(pd->arena, v_, strlen(v_))))                        \
			goto oom;                                                                  \
	} while (0)
		TF_COPY(r->pub.source, col_source);
		TF_COPY(r->pub.code, col_code);
		TF_COPY(r->pub.system, col_system);
		TF_COPY(r->pub.display, col_display);
		r->values = nextra ? tf_arena_alloc(pd->arena, nextra * sizeof(*r->values)) : NULL;
		if (nextra && !r->values)
			goto oom;
		for (size_t i = 0; i < nextra; i++)
			TF_COPY(r->values[i], extra_cols[i]);
#undef TF_COPY
		r->pub.table = table;
		r->pub.file = file;
		r->pub.line = lineno;
		r->nextra = nextra;
		r->names = extra_names;
		r->hash = key_hash(table, r->pub.source);

		struct map_row **dup = index_slot(&seen, r->hash, table, r->pub.source);
		if (*dup) {
			rc = parse_error(err, path, lineno, TF_EPARSE,
			                 "duplicate source '%s' (first on line %ld)", r->pub.source,
			                 (*dup)->pub.line);
			goto out;
		}
		*dup = r;
		seen.n++;
		*slot = r;
	}
	if (!have_header)
		rc = parse_error(err, path, 0, TF_EPARSE, "no header line");
	goto out;
oom:
	rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
out:
	free(seen.slots);
	free(text);
	return rc;
}

/* ---- files and directories ---- */

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_tsv_suffix(const char *name)
{
	size_t n = strlen(name);
	return n > 4 && strcmp(name + n - 4, ".tsv") == 0;
}

static int parse_dir(struct pending *pd, const char *dir, tf_error *err)
{
	DIR *d = opendir(dir);
	if (!d)
		return tf_error_set(err, errno == ENOENT ? TF_ENOTFOUND : TF_EIO,
		                    "%s: cannot open directory: %s", dir, strerror(errno));
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || !has_tsv_suffix(de->d_name))
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 32;
			char **nn = realloc(names, ncap * sizeof(*nn));
			if (!nn) {
				rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", dir);
				goto out;
			}
			names = nn;
			cap = ncap;
		}
		tf_buf b = TF_BUF_INIT;
		tf_buf_printf(&b, "%s%s%s", dir, *dir && dir[strlen(dir) - 1] == '/' ? "" : "/",
		              de->d_name);
		if (b.oom) {
			tf_buf_free(&b);
			rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", dir);
			goto out;
		}
		names[n++] = tf_buf_detach(&b);
	}
	if (n)
		qsort(names, n, sizeof(*names), cmp_names);
	for (size_t i = 0; i < n && !rc; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && !S_ISREG(st.st_mode))
			continue; /* a directory called x.tsv */
		rc = parse_file(pd, names[i], err);
	}
out:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	closedir(d);
	return rc;
}

/* Moves the parsed rows into maps; cannot fail once room is reserved. */
static int commit(tf_mappings *maps, struct pending *pd)
{
	if (pd->n > SIZE_MAX / sizeof(*maps->rows) - maps->nrows)
		return TF_ENOMEM;
	if (maps->nrows + pd->n > maps->caprows) {
		size_t ncap = maps->caprows ? maps->caprows : 256;
		while (ncap < maps->nrows + pd->n)
			ncap *= 2;
		struct map_row **rows = realloc(maps->rows, ncap * sizeof(*rows));
		if (!rows)
			return TF_ENOMEM;
		maps->rows = rows;
		maps->caprows = ncap;
	}
	tf_arena **arenas = realloc(maps->arenas, (maps->narenas + 1) * sizeof(*arenas));
	if (!arenas)
		return TF_ENOMEM;
	maps->arenas = arenas;
	if (index_reserve(&maps->idx, pd->n) < 0)
		return TF_ENOMEM;

	for (size_t i = 0; i < pd->n; i++) {
		struct map_row *r = pd->rows[i];
		struct map_row **slot =
		        index_slot(&maps->idx, r->hash, r->pub.table, r->pub.source);
		if (*slot) {
			r->pos = (*slot)->pos; /* override: takes the old row's place */
		} else {
			r->pos = maps->nrows++;
			maps->idx.n++;
		}
		maps->rows[r->pos] = r;
		*slot = r;
	}
	maps->arenas[maps->narenas++] = pd->arena;
	pd->arena = NULL;
	return 0;
}

int tf_mappings_add(tf_mappings *maps, const char *path, tf_error *err)
{
	if (!maps || !path || !*path)
		return tf_error_set(err, TF_EINVAL, "tf_mappings_add: no mapping set or path");
	struct stat st;
	if (stat(path, &st) != 0)
		return tf_error_set(err,
		                    errno == ENOENT || errno == ENOTDIR ? TF_ENOTFOUND : TF_EIO,
		                    "%s: %s", path, strerror(errno));
	struct pending pd = {tf_arena_new(), NULL, 0, 0};
	if (!pd.arena)
		return tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
	int rc = S_ISDIR(st.st_mode) ? parse_dir(&pd, path, err) : parse_file(&pd, path, err);
	if (!rc && commit(maps, &pd) < 0)
		rc = tf_error_set(err, TF_ENOMEM, "%s: out of memory", path);
	if (!rc)
		maps->serial = next_serial();
	tf_arena_free(pd.arena); /* NULL after a commit */
	return rc;
}

/* The directory tf_mappings_load(NULL) reads; see mapping.h. */
static const char *default_dir(void)
{
	const char *env = getenv("TRIALFHIR_MAPPINGS");
	if (env && *env)
		return env;
	/* An installed library reads its installed tables; a build tree that
	 * was never installed reads the source tree's (tests and make demo
	 * name theirs with TRIALFHIR_MAPPINGS, so a stale install never
	 * leaks into them). */
	struct stat st;
	if (stat(TF_MAPPINGS_DIR, &st) == 0 && S_ISDIR(st.st_mode))
		return TF_MAPPINGS_DIR;
#ifdef TF_SOURCE_MAPPINGS_DIR
	if (stat(TF_SOURCE_MAPPINGS_DIR, &st) == 0 && S_ISDIR(st.st_mode))
		return TF_SOURCE_MAPPINGS_DIR;
#endif
	return TF_MAPPINGS_DIR;
}

int tf_mappings_load(tf_mappings **out, const char *dir, tf_error *err)
{
	if (!out)
		return tf_error_set(err, TF_EINVAL, "tf_mappings_load: out is NULL");
	*out = NULL;
	tf_mappings *maps = calloc(1, sizeof(*maps));
	if (!maps)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = tf_mappings_add(maps, dir ? dir : default_dir(), err);
	if (rc < 0) {
		tf_mappings_free(maps);
		return rc;
	}
	*out = maps;
	return 0;
}

const tf_map_row *tf_mappings_lookup(const tf_mappings *maps, const char *table, const char *source)
{
	if (!maps || !table || !source || !maps->idx.cap)
		return NULL;
	const struct map_row *r = *index_slot(&maps->idx, key_hash(table, source), table, source);
	return r ? &r->pub : NULL;
}

const char *tf_map_row_get(const tf_mappings *maps, const tf_map_row *row, const char *column)
{
	(void)maps;
	if (!row || !column)
		return NULL;
	const struct map_row *r = (const struct map_row *)row;
	for (size_t i = 0; i < r->nextra; i++)
		if (strcmp(r->names[i], column) == 0)
			return r->values[i];
	return NULL;
}

const tf_map_row *tf_mappings_next(const tf_mappings *maps, const char *table, size_t *cursor)
{
	if (!maps || !cursor)
		return NULL;
	for (size_t i = *cursor; i < maps->nrows; i++) {
		if (!table || strcmp(maps->rows[i]->pub.table, table) == 0) {
			*cursor = i + 1;
			return &maps->rows[i]->pub;
		}
	}
	*cursor = maps->nrows;
	return NULL;
}

void tf_mappings_free(tf_mappings *maps)
{
	if (!maps)
		return;
	for (size_t i = 0; i < maps->narenas; i++)
		tf_arena_free(maps->arenas[i]);
	free(maps->arenas);
	free(maps->rows);
	free(maps->idx.slots);
	free(maps);
}

/* ---- the process-wide default set ---- */

static pthread_once_t default_once = PTHREAD_ONCE_INIT;
static tf_mappings *default_maps; /* written once under default_once */
static tf_error default_err;      /* why loading failed, if it did */

static void default_free(void)
{
	tf_mappings_free(default_maps);
	default_maps = NULL;
}

static void default_init(void)
{
	if (tf_mappings_load(&default_maps, NULL, &default_err) == 0)
		atexit(default_free);
}

const tf_mappings *tf_mappings_default(tf_error *err)
{
	pthread_once(&default_once, default_init);
	if (!default_maps && err)
		*err = default_err;
	return default_maps;
}
