/*
 * runner.c - runs the official HL7 FHIRPath test suite (tests-fhir-r4.xml,
 * tests-fhir-r5.xml from FHIR/fhir-test-cases) against the built-in engine.
 *
 *   fhirpath_runner [-v] [--only NAME] [--suite LABEL] SUITE.xml SKIP.txt
 *
 * The suite is read with the project's hardened XML parser; each test's
 * input file (FHIR XML or JSON, resolved next to the suite file, as the
 * reference Java harness does) is loaded with tf_fhirpath_load. A test
 * passes when:
 *  - <expression invalid="syntax|semantic|execution"> fails to compile or
 *    to evaluate (any of the three; a different class than the suite names
 *    is reported with -v, not counted as a failure);
 *  - otherwise its outputs match in number, type and value, in order unless
 *    ordered="false"; predicate="true" turns the result into a boolean
 *    first; mode="strict" and checkOrderedFunctions="true" set the engine's
 *    matching flags.
 * Tests named in SKIP.txt ("name<TAB>reason", or "r5:name<TAB>reason" for
 * one suite only) are run but not counted; a skipped test that passes is
 * reported so the skip can go. Prints a line per failure, a line per group,
 * and the totals with the number of skips; exits 1 if any test that is not
 * skipped fails.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "trialfhir/fhirpath.h"
#include "util/util.h"
#include "xml/xml.h"

typedef struct {
	char *name;   /* test name */
	char *reason; /* why it is skipped */
	int used;     /* matched a test */
} skip_entry;

typedef struct {
	skip_entry *v;
	size_t n;
} skip_list;

typedef struct {
	char *file;   /* input file name */
	json_t *json; /* loaded resource, NULL if it failed */
	char err[1024];
} input;

typedef struct {
	const char *dir;   /* suite directory */
	const char *label; /* r4 / r5 */
	int verbose;
	const char *only;
	input *inputs;
	size_t ninputs;
	skip_list skips;
	int passed, failed, skipped, skip_passed, class_mismatch;
} runner;

static char *xstrdup(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p) {
		perror("fhirpath_runner");
		exit(3);
	}
	return p;
}

static int load_skips(runner *r, const char *path)
{
	char *text;
	size_t len;
	tf_error err;
	tf_error_clear(&err);
	if (tf_read_file(path, 1 << 20, &text, &len, &err) < 0) {
		fprintf(stderr, "%s: %s\n", path, err.message);
		return -1;
	}
	size_t cap = 0;
	size_t plen = strlen(r->label);
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#' || line[0] == '\0')
			continue;
		char *tab = strchr(line, '\t');
		if (!tab) {
			fprintf(stderr, "%s: line without a reason: %s\n", path, line);
			free(text);
			return -1;
		}
		*tab = '\0';
		char *name = line;
		char *colon = strchr(name, ':');
		if (colon) {
			/* scoped to one suite */
			if ((size_t)(colon - name) != plen || strncmp(name, r->label, plen) != 0)
				continue;
			name = colon + 1;
		}
		if (r->skips.n == cap) {
			cap = cap ? cap * 2 : 64;
			skip_entry *nv = realloc(r->skips.v, cap * sizeof(*nv));
			if (!nv) {
				free(text);
				return -1;
			}
			r->skips.v = nv;
		}
		r->skips.v[r->skips.n].name = xstrdup(name);
		r->skips.v[r->skips.n].reason = xstrdup(tab + 1);
		r->skips.v[r->skips.n].used = 0;
		r->skips.n++;
	}
	free(text);
	return 0;
}

static skip_entry *find_skip(runner *r, const char *name)
{
	for (size_t i = 0; i < r->skips.n; i++)
		if (strcmp(r->skips.v[i].name, name) == 0)
			return &r->skips.v[i];
	return NULL;
}

static input *get_input(runner *r, const char *file)
{
	for (size_t i = 0; i < r->ninputs; i++)
		if (strcmp(r->inputs[i].file, file) == 0)
			return &r->inputs[i];
	input *nv = realloc(r->inputs, (r->ninputs + 1) * sizeof(*nv));
	if (!nv)
		exit(3);
	r->inputs = nv;
	input *in = &r->inputs[r->ninputs++];
	memset(in, 0, sizeof(*in));
	in->file = xstrdup(file);
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", r->dir, file);
	tf_error err;
	tf_error_clear(&err);
	if (tf_fhirpath_load(path, &in->json, &err) < 0)
		snprintf(in->err, sizeof(in->err), "cannot load %.200s: %.400s", file, err.message);
	return in;
}

static char *attr_dup(const xmlNode *n, const char *name)
{
	tf_buf b = TF_BUF_INIT;
	const char *v = tf_xml_attr(n, name, &b, NULL);
	char *s = v ? xstrdup(v) : NULL;
	tf_buf_free(&b);
	return s;
}

static char *text_dup(const xmlNode *n)
{
	tf_buf b = TF_BUF_INIT;
	const char *v = tf_xml_text_raw(n, &b, NULL);
	char *s = xstrdup(v ? v : "");
	tf_buf_free(&b);
	return s;
}

static int parse_number(const char *s, double *out)
{
	char *end;
	if (!*s)
		return -1;
	*out = strtod(s, &end);
	return *end == '\0' ? 0 : -1;
}

/* "1.5 'cm'" / "7 days" -> number and unit. */
static int split_quantity(const char *s, double *v, char *unit, size_t usize)
{
	char num[64];
	const char *sp = strchr(s, ' ');
	if (!sp || (size_t)(sp - s) >= sizeof(num))
		return -1;
	memcpy(num, s, (size_t)(sp - s));
	num[sp - s] = '\0';
	if (parse_number(num, v) < 0)
		return -1;
	const char *u = sp + 1;
	size_t ul = strlen(u);
	if (ul >= 2 && u[0] == '\'' && u[ul - 1] == '\'') {
		u++;
		ul -= 2;
	}
	if (ul >= usize)
		return -1;
	memcpy(unit, u, ul);
	unit[ul] = '\0';
	return 0;
}

/* One expected output against result item i. */
static int output_matches(const tf_fhirpath_result *res, size_t i, const char *type,
                          const char *expected)
{
	const char *our_type = tf_fhirpath_result_type(res, i);
	if (type && strcmp(type, our_type) != 0)
		return 0;
	char *text;
	if (tf_fhirpath_result_text(res, i, &text, NULL) < 0)
		return 0;
	const char *exp = expected;
	int ok = 0;
	int is_dt = strcmp(our_type, "date") == 0 || strcmp(our_type, "dateTime") == 0 ||
	            strcmp(our_type, "time") == 0 || strcmp(our_type, "instant") == 0;
	if (is_dt && exp[0] == '@') {
		exp++;
		if (strcmp(our_type, "time") == 0 && exp[0] == 'T')
			exp++;
	}
	double a, b;
	char ua[128], ub[128];
	if (strcmp(exp, text) == 0) {
		ok = 1;
	} else if ((strcmp(our_type, "decimal") == 0 || strcmp(our_type, "integer") == 0) &&
	           parse_number(exp, &a) == 0 && parse_number(text, &b) == 0) {
		ok = a == b || fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
	} else if (strcmp(our_type, "Quantity") == 0 &&
	           split_quantity(exp, &a, ua, sizeof(ua)) == 0 &&
	           split_quantity(text, &b, ub, sizeof(ub)) == 0) {
		ok = a == b && strcmp(ua, ub) == 0;
	}
	free(text);
	return ok;
}

typedef struct {
	char *type;
	char *text;
} expected_out;

/* Outcome of one test: 1 pass, 0 fail (why in msg). */
static int run_test(runner *r, const xmlNode *test, const char *name, char *msg, size_t msize,
                    int *class_mismatch)
{
	*class_mismatch = 0;
	xmlNodePtr ex = tf_xml_child(test, "expression");
	if (!ex) {
		snprintf(msg, msize, "no expression");
		return 0;
	}
	char *expr = text_dup(ex);
	char *invalid = attr_dup(ex, "invalid");
	char *mode = attr_dup(test, "mode");
	char *emode = attr_dup(ex, "mode");
	char *predicate = attr_dup(test, "predicate");
	char *ordered = attr_dup(test, "ordered");
	char *check_ordered = attr_dup(test, "checkOrderedFunctions");
	char *file = attr_dup(test, "inputfile");
	size_t nout = tf_xml_count(test, "output"), k = 0;
	expected_out *outs = calloc(nout ? nout : 1, sizeof(*outs));
	TF_XML_FOREACH(o, test, "output")
	{
		outs[k].type = attr_dup(o, "type");
		outs[k].text = text_dup(o);
		k++;
	}
	int pass = 0;
	tf_fhirpath *fp = NULL;
	tf_fhirpath_result *res = NULL;
	tf_error err;
	tf_error_clear(&err);
	const json_t *resource = NULL;
	if (file) {
		input *in = get_input(r, file);
		if (!in->json) {
			snprintf(msg, msize, "%s", in->err);
			goto done;
		}
		resource = in->json;
	}
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	if ((mode && strcmp(mode, "strict") == 0) || (emode && strcmp(emode, "strict") == 0))
		env.flags |= TF_FHIRPATH_STRICT;
	if (check_ordered && strcmp(check_ordered, "true") == 0)
		env.flags |= TF_FHIRPATH_CHECK_ORDERED;
	if (mode && strcmp(mode, "lenient/polymorphics") == 0)
		env.flags |= TF_FHIRPATH_LENIENT_CHOICE;
	int stage = 0; /* 1: compile failed, 2: evaluation failed */
	if (tf_fhirpath_compile(&fp, expr, &err) < 0)
		stage = 1;
	else if (tf_fhirpath_eval(fp, resource, &env, &res, &err) < 0)
		stage = 2;
	if (invalid) {
		if (!stage) {
			snprintf(msg, msize, "expected a %s error, got %zu item(s)", invalid,
			         tf_fhirpath_result_count(res));
			goto done;
		}
		/* syntax errors come from compiling; semantic and execution
		 * errors from either stage here */
		int syntax = err.code == TF_EPARSE;
		if ((strcmp(invalid, "syntax") == 0) != syntax)
			*class_mismatch = 1;
		pass = 1;
		goto done;
	}
	if (stage) {
		snprintf(msg, msize, "%s error %ld:%ld: %s", stage == 1 ? "compile" : "evaluation",
		         err.line, err.column, err.message);
		goto done;
	}
	size_t n = tf_fhirpath_result_count(res);
	if (predicate && strcmp(predicate, "true") == 0) {
		int b = 0, v;
		int brc = tf_fhirpath_result_boolean(res, &v);
		b = brc == 0 ? v : n > 0;
		if (nout != 1 || !outs[0].text || strcmp(outs[0].text, b ? "true" : "false") != 0) {
			snprintf(msg, msize, "predicate gave %s", b ? "true" : "false");
			goto done;
		}
		pass = 1;
		goto done;
	}
	if (n != nout) {
		tf_buf b = TF_BUF_INIT;
		for (size_t i = 0; i < n && i < 6; i++) {
			char *t = NULL;
			tf_fhirpath_result_text(res, i, &t, NULL);
			tf_buf_printf(&b, "%s%s %s", i ? ", " : "", tf_fhirpath_result_type(res, i),
			              t ? t : "?");
			free(t);
		}
		snprintf(msg, msize, "expected %zu item(s), got %zu: [%s]", nout, n,
		         b.ptr ? b.ptr : "");
		tf_buf_free(&b);
		goto done;
	}
	int unordered = ordered && strcmp(ordered, "false") == 0;
	char *used = calloc(n ? n : 1, 1);
	pass = 1;
	for (size_t e = 0; e < nout && pass; e++) {
		int hit = 0;
		if (unordered) {
			for (size_t i = 0; i < n && !hit; i++)
				if (!used[i] &&
				    output_matches(res, i, outs[e].type, outs[e].text)) {
					used[i] = 1;
					hit = 1;
				}
		} else {
			hit = output_matches(res, e, outs[e].type, outs[e].text);
		}
		if (!hit) {
			char *t = NULL;
			size_t i = unordered ? 0 : e;
			tf_fhirpath_result_text(res, i, &t, NULL);
			snprintf(msg, msize, "output %zu: expected %s %s, got %s %s", e + 1,
			         outs[e].type ? outs[e].type : "(untyped)", outs[e].text,
			         tf_fhirpath_result_type(res, i), t ? t : "?");
			free(t);
			pass = 0;
		}
	}
	free(used);
done:
	(void)name;
	tf_fhirpath_result_free(res);
	tf_fhirpath_free(fp);
	for (size_t i = 0; i < nout; i++) {
		free(outs[i].type);
		free(outs[i].text);
	}
	free(outs);
	free(expr);
	free(invalid);
	free(mode);
	free(emode);
	free(predicate);
	free(ordered);
	free(check_ordered);
	free(file);
	return pass;
}

int main(int argc, char **argv)
{
	runner r;
	memset(&r, 0, sizeof(r));
	r.label = "r4";
	const char *suite = NULL, *skipfile = NULL;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-v") == 0)
			r.verbose = 1;
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
			r.only = argv[++i];
		else if (strcmp(argv[i], "--suite") == 0 && i + 1 < argc)
			r.label = argv[++i];
		else if (!suite)
			suite = argv[i];
		else if (!skipfile)
			skipfile = argv[i];
	}
	if (!suite || !skipfile) {
		fprintf(stderr,
		        "usage: fhirpath_runner [-v] [--only NAME] [--suite r4|r5] SUITE.xml "
		        "SKIP.txt\n");
		return 2;
	}
	char *dir = xstrdup(suite);
	char *slash = strrchr(dir, '/');
	if (slash) {
		*slash = '\0';
	} else {
		free(dir);
		dir = xstrdup(".");
	}
	r.dir = dir;
	if (load_skips(&r, skipfile) < 0)
		return 3;
	char *buf;
	size_t len;
	tf_error err;
	tf_error_clear(&err);
	xmlDocPtr doc = NULL;
	if (tf_read_file(suite, 16 << 20, &buf, &len, &err) < 0 ||
	    tf_xml_parse(buf, len, suite, &doc, &err) < 0) {
		fprintf(stderr, "%s: %s\n", suite, err.message);
		return 3;
	}
	free(buf);
	xmlNodePtr root = xmlDocGetRootElement(doc);
	int total = 0;
	TF_XML_FOREACH(group, root, "group")
	{
		char *gname = attr_dup(group, "name");
		int gp = 0, gf = 0, gs = 0;
		TF_XML_FOREACH(test, group, "test")
		{
			char *name = attr_dup(test, "name");
			if (!name)
				name = xstrdup("(unnamed)");
			if (r.only && strcmp(r.only, name) != 0) {
				free(name);
				continue;
			}
			total++;
			char msg[1024] = "";
			int mismatch;
			int ok = run_test(&r, test, name, msg, sizeof(msg), &mismatch);
			skip_entry *sk = find_skip(&r, name);
			if (sk) {
				sk->used = 1;
				r.skipped++;
				gs++;
				if (ok) {
					r.skip_passed++;
					printf("note  %s/%s: skipped but passes (%s)\n", gname,
					       name, sk->reason);
				} else if (r.verbose) {
					printf("skip  %s/%s: %s [%s]\n", gname, name, sk->reason,
					       msg);
				}
			} else if (ok) {
				r.passed++;
				gp++;
				if (mismatch)
					r.class_mismatch++;
				if (r.verbose)
					printf("pass  %s/%s%s\n", gname, name,
					       mismatch ? " (error class differs)" : "");
			} else {
				r.failed++;
				gf++;
				printf("FAIL  %s/%s: %s\n", gname, name, msg);
			}
			free(name);
		}
		if (gp + gf + gs)
			printf("group %-32s %3d passed, %d failed, %d skipped\n", gname, gp, gf,
			       gs);
		free(gname);
	}
	for (size_t i = 0; i < r.skips.n; i++)
		if (!r.skips.v[i].used && !r.only)
			printf("note  skip entry '%s' names no test of this suite\n",
			       r.skips.v[i].name);
	printf("\n%s: %d tests: %d passed, %d failed, %d skipped (listed in %s)\n", r.label, total,
	       r.passed, r.failed, r.skipped, skipfile);
	if (r.class_mismatch)
		printf("%s: %d invalid-expression tests failed with another error class than the "
		       "suite names (syntax vs semantic/execution)\n",
		       r.label, r.class_mismatch);
	xmlFreeDoc(doc);
	for (size_t i = 0; i < r.ninputs; i++) {
		free(r.inputs[i].file);
		json_decref(r.inputs[i].json);
	}
	free(r.inputs);
	for (size_t i = 0; i < r.skips.n; i++) {
		free(r.skips.v[i].name);
		free(r.skips.v[i].reason);
	}
	free(r.skips.v);
	free(dir);
	return r.failed ? 1 : 0;
}
