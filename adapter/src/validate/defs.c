/*
 * defs.c - loads the validator's definitions (fhir-r4-validator.tsv and
 * fhir-r4-valuesets.tsv) into one hash index keyed by type name or element
 * path, so that every step of the walk is one lookup, and compiles each
 * primitive's format regex and each invariant once. The spec's regexes are
 * Perl-flavoured; they are translated to anchored POSIX extended ones here
 * (\s \S \d, backslash escapes inside brackets).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "validate/vint.h"

#define V_DEFS_FILE "fhir-r4-validator.tsv"
#define V_VS_FILE   "fhir-r4-valuesets.tsv"
#define V_SP_FILE   "fhir-r4-searchparams.tsv"

static uint64_t hash_key(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

v_node *v_lookup(const tf_validator *v, const char *key, size_t len)
{
	if (!v->cap)
		return NULL;
	size_t i = hash_key(key, len) & (v->cap - 1);
	while (v->slots[i]) {
		const char *k = v->slots[i]->key;
		if (strncmp(k, key, len) == 0 && k[len] == '\0')
			return v->slots[i];
		i = (i + 1) & (v->cap - 1);
	}
	return NULL;
}

static int grow_map(tf_validator *v)
{
	size_t ncap = v->cap ? v->cap * 2 : 8192;
	v_node **ns = calloc(ncap, sizeof(*ns));
	if (!ns)
		return TF_ENOMEM;
	for (size_t j = 0; j < v->cap; j++) {
		v_node *e = v->slots[j];
		if (!e)
			continue;
		size_t i = hash_key(e->key, strlen(e->key)) & (ncap - 1);
		while (ns[i])
			i = (i + 1) & (ncap - 1);
		ns[i] = e;
	}
	free(v->slots);
	v->slots = ns;
	v->cap = ncap;
	return 0;
}

/* Finds or adds the node for key. */
static v_node *intern(tf_validator *v, const char *key, size_t len)
{
	v_node *e = v_lookup(v, key, len);
	if (e)
		return e;
	if ((v->n + 1) * 2 > v->cap && grow_map(v) < 0)
		return NULL;
	e = tf_arena_alloc(v->arena, sizeof(*e));
	if (!e || !(e->key = tf_arena_strndup(v->arena, key, len)))
		return NULL;
	size_t i = hash_key(key, len) & (v->cap - 1);
	while (v->slots[i])
		i = (i + 1) & (v->cap - 1);
	v->slots[i] = e;
	v->n++;
	return e;
}

v_node *v_child(const tf_validator *v, const v_node *ctx, const char *name, size_t len)
{
	char key[512];
	for (; ctx; ctx = ctx->base) {
		size_t kl = strlen(ctx->key);
		if (kl + 1 + len >= sizeof(key))
			return NULL;
		memcpy(key, ctx->key, kl);
		key[kl] = '.';
		memcpy(key + kl + 1, name, len);
		v_node *e = v_lookup(v, key, kl + 1 + len);
		if (e && e->is_elem)
			return e;
	}
	return NULL;
}

/* ------------------------------------------------------- member tables */

const v_member *v_member_get(const v_node *ctx, const char *key, size_t len)
{
	if (!ctx || !ctx->mcap)
		return NULL;
	size_t i = hash_key(key, len) & (ctx->mcap - 1);
	while (ctx->mtab[i].key) {
		const char *k = ctx->mtab[i].key;
		if (strncmp(k, key, len) == 0 && k[len] == '\0')
			return &ctx->mtab[i];
		i = (i + 1) & (ctx->mcap - 1);
	}
	return NULL;
}

static int member_put(tf_validator *v, v_node *n, const char *key, const v_node *def,
                      const char *type)
{
	size_t len = strlen(key);
	if (v_member_get(n, key, len))
		return 0; /* the derived type's own element wins over its base's */
	size_t i = hash_key(key, len) & (n->mcap - 1);
	while (n->mtab[i].key)
		i = (i + 1) & (n->mcap - 1);
	n->mtab[i].key = tf_arena_strndup(v->arena, key, len);
	n->mtab[i].def = def;
	n->mtab[i].type = type;
	return n->mtab[i].key ? 0 : TF_ENOMEM;
}

/* The JSON name of choice element e with type t: "value" + "Quantity";
 * profiled types keep their base's name (doseQuantity for SimpleQuantity). */
static int choice_key(char *buf, size_t size, const v_node *e, const char *t)
{
	if (strcmp(t, "SimpleQuantity") == 0 || strcmp(t, "MoneyQuantity") == 0)
		t = "Quantity";
	int w = snprintf(buf, size, "%s%c%s", e->name, toupper((unsigned char)t[0]), t + 1);
	return w > 0 && (size_t)w < size ? 0 : -1;
}

/* Fills n's member table from its own kids and (types) its bases'. */
static int build_members(tf_validator *v, v_node *n)
{
	size_t count = 0;
	for (const v_node *t = n; t; t = n->is_type ? t->base : NULL)
		for (size_t i = 0; i < t->nkids; i++)
			count += t->kids[i]->choice ? t->kids[i]->ntypes : 1;
	if (!count)
		return 0;
	size_t cap = 8;
	while (cap < count * 2)
		cap *= 2;
	n->mtab = tf_arena_alloc(v->arena, cap * sizeof(*n->mtab));
	if (!n->mtab)
		return TF_ENOMEM;
	n->mcap = cap;
	for (const v_node *t = n; t; t = n->is_type ? t->base : NULL)
		for (size_t i = 0; i < t->nkids; i++) {
			const v_node *e = t->kids[i];
			int rc = 0;
			if (!e->choice)
				rc = member_put(v, n, e->name, e, e->ntypes ? e->types[0] : NULL);
			for (size_t k = 0; e->choice && k < e->ntypes && rc == 0; k++) {
				char key[256];
				if (choice_key(key, sizeof(key), e, e->types[k]) == 0)
					rc = member_put(v, n, key, e, e->types[k]);
			}
			if (rc < 0)
				return rc;
		}
	return 0;
}

/* ------------------------------------------------------------ regexes */

/* Perl-style class escape inside or outside brackets. */
static int put_class(tf_buf *b, char c, int in_bracket)
{
	switch (c) {
	case 's':
		return tf_buf_puts(b, in_bracket ? "[:space:]" : "[[:space:]]");
	case 'S':
		return tf_buf_puts(b, "[^[:space:]]");
	case 'd':
		return tf_buf_puts(b, in_bracket ? "0-9" : "[0-9]");
	case 'r':
		return tf_buf_putc(b, '\r');
	case 'n':
		return tf_buf_putc(b, '\n');
	case 't':
		return tf_buf_putc(b, '\t');
	default:
		return -1;
	}
}

static int translate_regex(const char *re, tf_buf *b)
{
	tf_buf_puts(b, "^(");
	for (const char *p = re; *p; p++) {
		if (*p == '\\' && p[1]) {
			p++;
			if (put_class(b, *p, 0) < 0) {
				tf_buf_putc(b, '\\');
				tf_buf_putc(b, *p);
			}
		} else if (*p == '[') {
			/* a bracket: collect its members; \S inside makes it "any" */
			const char *q = p + 1;
			int neg = 0, any = 0, dash = 0;
			tf_buf in = TF_BUF_INIT;
			if (*q == '^') {
				neg = 1;
				q++;
			}
			for (; *q && *q != ']'; q++) {
				if (*q == '\\' && q[1]) {
					q++;
					if (*q == 'S')
						any = 1;
					else if (*q == '-')
						dash = 1;
					else if (put_class(&in, *q, 1) < 0)
						tf_buf_putc(&in, *q);
				} else
					tf_buf_putc(&in, *q);
			}
			if (any && !neg)
				tf_buf_puts(b, "(.|\n)");
			else {
				tf_buf_putc(b, '[');
				if (neg)
					tf_buf_putc(b, '^');
				if (in.ptr)
					tf_buf_puts(b, in.ptr);
				if (dash)
					tf_buf_putc(b, '-');
				tf_buf_putc(b, ']');
			}
			tf_buf_free(&in);
			p = *q ? q : q - 1;
		} else
			tf_buf_putc(b, *p);
	}
	tf_buf_puts(b, ")$");
	return b->oom ? TF_ENOMEM : 0;
}

/* ------------------------------------------------------------ loading */

static int add_ptr(tf_validator *v, void ***items, size_t *n, size_t *cap, void *p)
{
	void **slot = tf_arena_grow(v->arena, (void **)items, n, cap, sizeof(void *));
	if (!slot)
		return TF_ENOMEM;
	*slot = p;
	return 0;
}

/* Splits line at tabs into at most max fields (NUL-terminating them). */
static size_t split_tabs(char *line, char **f, size_t max)
{
	size_t n = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

static const char *dup(tf_validator *v, const char *s)
{
	return tf_arena_strndup(v->arena, s, strlen(s));
}

static int json_kind_of(const char *name)
{
	if (strcmp(name, "boolean") == 0)
		return V_JBOOL;
	if (strcmp(name, "integer") == 0 || strcmp(name, "positiveInt") == 0 ||
	    strcmp(name, "unsignedInt") == 0)
		return V_JINT;
	if (strcmp(name, "decimal") == 0)
		return V_JDEC;
	return V_JSTRING;
}

static int load_type(tf_validator *v, char **f, size_t nf, tf_error *err)
{
	v_node *t = intern(v, f[1], strlen(f[1]));
	if (!t)
		return TF_ENOMEM;
	t->is_type = 1;
	if (*f[2] && !(t->base = intern(v, f[2], strlen(f[2]))))
		return TF_ENOMEM;
	const char *kind = f[3];
	if (strncmp(kind, "abstract-", 9) == 0) {
		t->abstract = 1;
		kind += 9;
	}
	t->kind = strcmp(kind, "primitive-type") == 0 ? V_PRIMITIVE
	          : strcmp(kind, "resource") == 0     ? V_RESOURCE
	                                              : V_COMPLEX;
	t->json = json_kind_of(f[1]);
	static const struct {
		const char *name;
		int fmt;
	} fmts[] = {{"string", V_FMT_TEXT},
	            {"markdown", V_FMT_TEXT},
	            {"uri", V_FMT_URI},
	            {"url", V_FMT_URI},
	            {"canonical", V_FMT_URI},
	            {"code", V_FMT_CODE},
	            {"id", V_FMT_ID},
	            {"date", V_FMT_DATE},
	            {"dateTime", V_FMT_DATE},
	            {"instant", V_FMT_DATE},
	            {"xhtml", V_FMT_XHTML},
	            {"positiveInt", V_FMT_POSINT},
	            {"unsignedInt", V_FMT_UINT},
	            {"Reference", V_FMT_REFERENCE},
	            {"Resource", V_FMT_RESOURCE}};
	for (size_t i = 0; i < sizeof(fmts) / sizeof(fmts[0]); i++)
		if (strcmp(f[1], fmts[i].name) == 0)
			t->fmt = fmts[i].fmt;
	if (nf > 4 && *f[4] && t->kind == V_PRIMITIVE) {
		tf_buf b = TF_BUF_INIT;
		int rc = translate_regex(f[4], &b);
		if (rc == 0 && regcomp(&t->re, b.ptr, REG_EXTENDED | REG_NOSUB) != 0)
			rc = tf_error_set(err, TF_EPARSE,
			                  "validator: cannot compile the %s regex %s", f[1], b.ptr);
		tf_buf_free(&b);
		if (rc < 0)
			return rc;
		t->has_re = 1;
	}
	return 0;
}

static int load_elem(tf_validator *v, char **f, size_t nf)
{
	v_node *e = intern(v, f[1], strlen(f[1]));
	if (!e)
		return TF_ENOMEM;
	e->is_elem = 1;
	const char *dot = strrchr(e->key, '.');
	size_t plen = (size_t)(dot - e->key);
	const char *name = dot + 1;
	size_t nlen = strlen(name);
	if (nlen > 3 && strcmp(name + nlen - 3, "[x]") == 0) {
		e->choice = 1;
		nlen -= 3;
	}
	e->name = tf_arena_strndup(v->arena, name, nlen);
	if (f[2][0] == '@')
		e->cref = dup(v, f[2] + 1);
	else if (f[2][0]) {
		for (char *p = f[2]; p;) {
			char *bar = strchr(p, '|');
			size_t l = bar ? (size_t)(bar - p) : strlen(p);
			const char *t = tf_arena_strndup(v->arena, p, l);
			size_t ncap = e->ntypes;
			if (!t || add_ptr(v, (void ***)&e->types, &e->ntypes, &ncap, (void *)t) < 0)
				return TF_ENOMEM;
			p = bar ? bar + 1 : NULL;
		}
	}
	e->min = (int)strtol(f[3], NULL, 10);
	e->max = strcmp(f[4], "*") == 0 ? -1 : (int)strtol(f[4], NULL, 10);
	if (nf > 6) {
		e->strength = strcmp(f[5], "required") == 0     ? V_BIND_REQUIRED
		              : strcmp(f[5], "extensible") == 0 ? V_BIND_EXTENSIBLE
		              : strcmp(f[5], "preferred") == 0  ? V_BIND_PREFERRED
		                                                : V_BIND_NONE;
		e->vs_url = dup(v, f[6]);
	}
	v_node *parent = intern(v, e->key, plen);
	if (!parent || !e->name)
		return TF_ENOMEM;
	return add_ptr(v, (void ***)&parent->kids, &parent->nkids, &parent->capkids, e);
}

static int load_cons(tf_validator *v, char **f, size_t nf)
{
	if (nf < 5)
		return 0;
	v_node *n = intern(v, f[1], strlen(f[1]));
	v_cons *c = tf_arena_alloc(v->arena, sizeof(*c));
	if (!n || !c)
		return TF_ENOMEM;
	c->key = dup(v, f[2]);
	c->severity = dup(v, f[3]);
	c->expr = dup(v, f[4]);
	c->human = dup(v, nf > 5 ? f[5] : "");
	c->ctx_type = n->key;
	c->index = v->ncons;
	if (strcmp(f[2], "ele-1") == 0 && strcmp(f[1], "Element") == 0)
		c->native = V_NATIVE_ELE1;
	else if (strcmp(f[2], "ref-1") == 0 && strcmp(f[1], "Reference") == 0)
		c->native = V_NATIVE_REF1;
	else if (strcmp(f[2], "dom-3") == 0 && strcmp(f[1], "DomainResource") == 0)
		c->native = V_NATIVE_DOM3;
	else if (strcmp(f[2], "ext-1") == 0 && strcmp(f[1], "Extension") == 0)
		c->native = V_NATIVE_EXT1;
	if (!c->key || !c->severity || !c->expr || !c->human)
		return TF_ENOMEM;
	if (!(v->flags & TF_VALIDATE_NO_INVARIANTS)) {
		tf_error e;
		tf_error_clear(&e);
		if (tf_fhirpath_compile(&c->fp, c->expr, &e) < 0) {
			c->fp = NULL;
			tf_strlcpy(c->cerr, e.message, sizeof(c->cerr));
		}
	}
	if (add_ptr(v, (void ***)&v->allcons, &v->ncons, &v->capcons, c) < 0)
		return TF_ENOMEM;
	return add_ptr(v, (void ***)&n->cons, &n->ncons, &n->capcons, c);
}

static int read_def_file(const char *dir, const char *file, char **text, tf_error *err)
{
	char path[4096];
	int w = snprintf(path, sizeof(path), "%s/%s", dir, file);
	if (w < 0 || (size_t)w >= sizeof(path))
		return TF_ENOTFOUND;
	size_t len;
	return tf_read_file(path, 32 << 20, text, &len, err);
}

static int find_dir(const char *dir, char **text, const char **used, tf_error *err)
{
	const char *cands[4];
	size_t n = 0;
	if (dir)
		cands[n++] = dir;
	else {
		const char *envdir = getenv("TRIALFHIR_DEFINITIONS");
		if (envdir && *envdir)
			cands[n++] = envdir;
#ifdef TF_SOURCE_MAPPINGS_DIR
		cands[n++] = TF_SOURCE_MAPPINGS_DIR "/../conformance/definitions";
#endif
#ifdef TF_MAPPINGS_DIR
		cands[n++] = TF_MAPPINGS_DIR "/../definitions";
#endif
	}
	for (size_t i = 0; i < n; i++) {
		tf_error e;
		tf_error_clear(&e);
		if (read_def_file(cands[i], V_DEFS_FILE, text, &e) == 0) {
			*used = cands[i];
			return 0;
		}
	}
	return tf_error_set(err, TF_ENOTFOUND,
	                    "validator: %s not found (set TRIALFHIR_DEFINITIONS to the directory "
	                    "holding it)",
	                    V_DEFS_FILE);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int load_valuesets(tf_validator *v, char *text)
{
	size_t cap = 4096; /* the R4 sets and room for the user's */
	v->vsslots = calloc(cap, sizeof(*v->vsslots));
	if (!v->vsslots)
		return TF_ENOMEM;
	v->vscap = cap;
	for (char *line = text; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		char *f[3];
		if (line[0] != '#' && split_tabs(line, f, 3) == 3) {
			size_t i = hash_key(f[0], strlen(f[0])) & (v->vscap - 1);
			while (v->vsslots[i] && strcmp(v->vsslots[i]->url, f[0]) != 0)
				i = (i + 1) & (v->vscap - 1);
			v_vs *vs = v->vsslots[i];
			if (!vs) {
				if ((v->vsn + 1) * 2 > v->vscap)
					return TF_ELIMIT;
				vs = tf_arena_alloc(v->arena, sizeof(*vs));
				if (!vs || !(vs->url = dup(v, f[0])))
					return TF_ENOMEM;
				v->vsslots[i] = vs;
				v->vsn++;
			}
			v_vsys *s = tf_arena_grow(v->arena, (void **)&vs->sys, &vs->nsys,
			                          &vs->capsys, sizeof(*s));
			if (!s || !(s->system = dup(v, f[1])))
				return TF_ENOMEM;
			if (strcmp(f[2], "*") != 0) {
				size_t capc = 0;
				for (char *p = f[2]; p && *p;) {
					char *sp = strchr(p, ' ');
					size_t l = sp ? (size_t)(sp - p) : strlen(p);
					const char *code = tf_arena_strndup(v->arena, p, l);
					if (!code || add_ptr(v, (void ***)&s->codes, &s->ncodes,
					                     &capc, (void *)code) < 0)
						return TF_ENOMEM;
					p = sp ? sp + 1 : NULL;
				}
				if (s->codes)
					qsort(s->codes, s->ncodes, sizeof(*s->codes), cmp_str);
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	return 0;
}

const v_vs *v_vs_get(const tf_validator *v, const char *url)
{
	if (!v->vscap || !url)
		return NULL;
	size_t i = hash_key(url, strlen(url)) & (v->vscap - 1);
	while (v->vsslots[i]) {
		if (strcmp(v->vsslots[i]->url, url) == 0)
			return v->vsslots[i];
		i = (i + 1) & (v->vscap - 1);
	}
	return NULL;
}

int v_vs_has(const v_vs *vs, const char *system, const char *code)
{
	int unknown = 0;
	for (size_t i = 0; i < vs->nsys; i++) {
		const v_vsys *s = &vs->sys[i];
		int sys_any = strcmp(s->system, "*") == 0;
		if (system && !sys_any && strcmp(system, s->system) != 0)
			continue;
		if (!s->codes) {
			unknown = 1;
			continue;
		}
		if (bsearch(&code, s->codes, s->ncodes, sizeof(*s->codes), cmp_str))
			return 1;
	}
	return unknown ? -1 : 0;
}

const v_sp *v_sp_get(const tf_validator *v, const char *key)
{
	if (!v->spcap)
		return NULL;
	size_t i = hash_key(key, strlen(key)) & (v->spcap - 1);
	while (v->sps[i]) {
		if (strcmp(v->sps[i]->key, key) == 0)
			return v->sps[i];
		i = (i + 1) & (v->spcap - 1);
	}
	return NULL;
}

static int sp_put(tf_validator *v, const char *key, const v_sp *proto)
{
	if (v_sp_get(v, key))
		return 0;
	if ((v->spn + 1) * 2 > v->spcap)
		return TF_ELIMIT;
	v_sp *sp = tf_arena_alloc(v->arena, sizeof(*sp));
	if (!sp || !(sp->key = dup(v, key)))
		return TF_ENOMEM;
	sp->code = proto->code;
	sp->type = proto->type;
	sp->id = proto->id;
	size_t i = hash_key(key, strlen(key)) & (v->spcap - 1);
	while (v->sps[i])
		i = (i + 1) & (v->spcap - 1);
	v->sps[i] = sp;
	v->spn++;
	return 0;
}

/* CODE TYPE BASES ID rows: one entry per base and one by id. */
static int load_searchparams(tf_validator *v, char *text)
{
	v->spcap = 8192;
	v->sps = calloc(v->spcap, sizeof(*v->sps));
	if (!v->sps)
		return TF_ENOMEM;
	int rc = 0;
	for (char *line = text; line && *line && rc == 0;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		char *f[4];
		if (line[0] != '#' && split_tabs(line, f, 4) == 4) {
			v_sp proto = {NULL, dup(v, f[0]), dup(v, f[1]), dup(v, f[3])};
			if (!proto.code || !proto.type || !proto.id)
				return TF_ENOMEM;
			char key[512];
			snprintf(key, sizeof(key), "U:%s", f[3]);
			rc = sp_put(v, key, &proto);
			for (char *b = f[2]; b && rc == 0;) {
				char *bar = strchr(b, '|');
				if (bar)
					*bar = '\0';
				snprintf(key, sizeof(key), "B:%s.%s", b, f[0]);
				rc = sp_put(v, key, &proto);
				b = bar ? bar + 1 : NULL;
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	return rc;
}

int v_defs_load(tf_validator *v, const char *dir, tf_error *err)
{
	char *text = NULL;
	const char *used = NULL;
	int rc = find_dir(dir, &text, &used, err);
	if (rc < 0)
		return rc;
	for (char *line = text; line && *line && rc == 0;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		char *f[8];
		size_t nf = line[0] == '#' ? 0 : split_tabs(line, f, 8);
		if (nf >= 4 && strcmp(f[0], "T") == 0)
			rc = load_type(v, f, nf, err);
		else if (nf >= 5 && strcmp(f[0], "E") == 0)
			rc = load_elem(v, f, nf);
		else if (nf >= 5 && strcmp(f[0], "C") == 0)
			rc = load_cons(v, f, nf);
		line = nl ? nl + 1 : NULL;
	}
	free(text);
	if (rc < 0)
		return rc == TF_ENOMEM ? tf_error_set(err, rc, "out of memory") : rc;
	text = NULL;
	tf_error e;
	tf_error_clear(&e);
	if (read_def_file(used, V_VS_FILE, &text, &e) < 0)
		return tf_error_set(err, TF_ENOTFOUND, "validator: %s/%s not found", used,
		                    V_VS_FILE);
	rc = load_valuesets(v, text);
	free(text);
	if (rc < 0)
		return tf_error_set(err, rc, "validator: cannot load %s", V_VS_FILE);
	/* the search parameter table is optional: without it (an installation
	 * from before it existed) the search checks say they did not run */
	text = NULL;
	tf_error_clear(&e);
	if (read_def_file(used, V_SP_FILE, &text, &e) == 0) {
		rc = load_searchparams(v, text);
		free(text);
		if (rc < 0)
			return tf_error_set(err, rc, "validator: cannot load %s", V_SP_FILE);
	}
	/* bind each element to its expanded value set */
	for (size_t i = 0; i < v->cap; i++)
		if (v->slots[i] && v->slots[i]->vs_url)
			v->slots[i]->vs = v_vs_get(v, v->slots[i]->vs_url);
	for (size_t i = 0; i < v->cap; i++)
		if (v->slots[i] && (v->slots[i]->is_type || v->slots[i]->nkids) &&
		    build_members(v, v->slots[i]) < 0)
			return tf_error_set(err, TF_ENOMEM, "out of memory");
	/* each member's type node, so that the walk looks no type up by name */
	for (size_t i = 0; i < v->cap; i++) {
		v_node *n = v->slots[i];
		for (size_t k = 0; n && k < n->mcap; k++)
			if (n->mtab[k].key && n->mtab[k].type)
				n->mtab[k].tnode =
				        v_lookup(v, n->mtab[k].type, strlen(n->mtab[k].type));
	}
	v->element = v_lookup(v, "Element", 7);
	v->resource = v_lookup(v, "Resource", 8);
	v->backbone = v_lookup(v, "BackboneElement", 15);
	if (!v->element || !v->resource || !v->backbone)
		return tf_error_set(err, TF_EPARSE, "validator: %s lacks the base types",
		                    V_DEFS_FILE);
	return 0;
}

void v_defs_free(tf_validator *v)
{
	for (size_t i = 0; i < v->cap; i++)
		if (v->slots[i] && v->slots[i]->has_re)
			regfree(&v->slots[i]->re);
	for (size_t i = 0; i < v->ncons; i++)
		tf_fhirpath_free(v->allcons[i]->fp);
	free(v->slots);
	free(v->vsslots);
	free(v->sps);
}
