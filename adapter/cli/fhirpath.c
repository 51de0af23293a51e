/*
 * fhirpath.c - `trialfhir fhirpath EXPR [FILE|-]`: evaluates one FHIRPath
 * expression on a FHIR resource (JSON or XML, told apart by content) or on
 * an empty context, and prints the result collection, one item a line as
 * "type value" ("boolean true", "Quantity 4.0 'g'", "date 2024-03"), or as
 * a JSON array with --format json. A syntax or semantic error in the
 * expression exits 2 with its line:column on stderr; an input that cannot
 * be read or parsed exits 3. Built only on the public API.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "trialfhir/fhirpath.h"

int tf_cli_fhirpath(int argc, char **argv);

#define MAX_VARS 64

static void usage(FILE *fp)
{
	fputs("usage: trialfhir fhirpath [options] EXPR [FILE|-]\n"
	      "\n"
	      "Evaluates the FHIRPath expression EXPR on the FHIR resource in FILE\n"
	      "(JSON or XML; - for stdin), or on an empty context without FILE, and\n"
	      "prints the resulting items, one a line: TYPE VALUE.\n"
	      "\n"
	      "Options:\n"
	      "  --format text|json   output format (default text); json prints\n"
	      "                       [{\"type\":\"boolean\",\"value\":true}, ...]\n"
	      "  --var NAME=VALUE     defines %NAME as a string; VALUE @2024-01-01 is a\n"
	      "                       date (@...T... a dateTime, @T... a time)\n"
	      "  --as-of DATE         the date (or dateTime) today() and now() return\n"
	      "  --strict             strict mode (semantic errors for suspicious paths)\n"
	      "  -h, --help           this help\n"
	      "\n"
	      "Exit status: 0 evaluated, 2 bad usage or an invalid expression, 3 the\n"
	      "input could not be read.\n",
	      fp);
}

/* "1:7: message" with the place in the expression when known. */
static void report(const char *what, const tf_error *err)
{
	if (err->line > 0)
		tf_cli_errorf("fhirpath: %ld:%ld: %s", err->line, err->column, err->message);
	else
		tf_cli_errorf("fhirpath: %s%s%s", what, what[0] ? ": " : "", err->message);
}

static int print_text(const tf_fhirpath_result *r)
{
	tf_error err;
	for (size_t i = 0; i < tf_fhirpath_result_count(r); i++) {
		char *text;
		tf_error_clear(&err);
		if (tf_fhirpath_result_text(r, i, &text, &err) < 0) {
			report("output", &err);
			return TF_EXIT_FATAL;
		}
		printf("%s %s\n", tf_fhirpath_result_type(r, i), text);
		free(text);
	}
	return TF_EXIT_OK;
}

static int print_json(const tf_fhirpath_result *r)
{
	tf_error err;
	tf_error_clear(&err);
	json_t *arr = json_array();
	if (!arr)
		return TF_EXIT_FATAL;
	for (size_t i = 0; i < tf_fhirpath_result_count(r); i++) {
		json_t *v;
		if (tf_fhirpath_result_json(r, i, &v, &err) < 0) {
			json_decref(arr);
			report("output", &err);
			return TF_EXIT_FATAL;
		}
		json_t *o = json_object();
		if (!o ||
		    json_object_set_new(o, "type", json_string(tf_fhirpath_result_type(r, i))) <
		            0 ||
		    json_object_set_new(o, "value", v) < 0 || json_array_append_new(arr, o) < 0) {
			json_decref(o);
			json_decref(arr);
			return TF_EXIT_FATAL;
		}
	}
	int rc = tf_json_dumpf(arr, TF_JSON_COMPACT, stdout, &err);
	json_decref(arr);
	if (rc < 0) {
		report("output", &err);
		return TF_EXIT_FATAL;
	}
	fputc('\n', stdout);
	return TF_EXIT_OK;
}

/* --var NAME=VALUE into a variable whose JSON value the caller frees. */
static int parse_var(const char *arg, tf_fhirpath_var *v)
{
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg)
		return -1;
	char *name = strndup(arg, (size_t)(eq - arg));
	if (!name)
		return -1;
	const char *val = eq + 1;
	v->name = name;
	if (val[0] == '@') {
		val++;
		v->type = val[0] == 'T' ? "time" : strchr(val, 'T') ? "dateTime" : "date";
		if (val[0] == 'T')
			val++;
	} else {
		v->type = "string";
	}
	v->value = json_string(val);
	return v->value ? 0 : -1;
}

int tf_cli_fhirpath(int argc, char **argv)
{
	const char *format = "text", *expr = NULL, *file = NULL, *as_of = NULL;
	tf_fhirpath_var vars[MAX_VARS];
	size_t nvars = 0;
	unsigned flags = 0;
	int rc = TF_EXIT_USAGE;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			rc = TF_EXIT_OK;
			goto out;
		} else if (strcmp(a, "--format") == 0 && i + 1 < argc) {
			format = argv[++i];
		} else if (strncmp(a, "--format=", 9) == 0) {
			format = a + 9;
		} else if (strcmp(a, "--as-of") == 0 && i + 1 < argc) {
			as_of = argv[++i];
		} else if (strncmp(a, "--as-of=", 8) == 0) {
			as_of = a + 8;
		} else if (strcmp(a, "--strict") == 0) {
			flags |= TF_FHIRPATH_STRICT;
		} else if ((strcmp(a, "--var") == 0 && i + 1 < argc) ||
		           strncmp(a, "--var=", 6) == 0) {
			const char *spec = a[5] == '=' ? a + 6 : argv[++i];
			if (nvars == MAX_VARS || parse_var(spec, &vars[nvars]) < 0) {
				tf_cli_errorf("fhirpath: --var expects NAME=VALUE (at most %d)",
				              MAX_VARS);
				goto out;
			}
			nvars++;
		} else if (a[0] == '-' && a[1] == '-' && a[2]) {
			tf_cli_errorf("fhirpath: unknown option '%s'", a);
			usage(stderr);
			goto out;
		} else if (!expr) {
			expr = a;
		} else if (!file) {
			file = a;
		} else {
			tf_cli_errorf("fhirpath: too many arguments");
			usage(stderr);
			goto out;
		}
	}
	if (!expr) {
		usage(stderr);
		goto out;
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
		tf_cli_errorf("fhirpath: --format must be text or json");
		goto out;
	}
	if (as_of && as_of[0] == '@')
		as_of++;

	tf_error err;
	tf_error_clear(&err);
	tf_fhirpath *fp = NULL;
	if (tf_fhirpath_compile(&fp, expr, &err) < 0) {
		report("", &err);
		rc = err.code == TF_ENOTFOUND || err.code == TF_ENOMEM ? TF_EXIT_FATAL
		                                                       : TF_EXIT_USAGE;
		goto out;
	}
	json_t *resource = NULL;
	if (file) {
		tf_error_clear(&err);
		if (tf_fhirpath_load(file, &resource, &err) < 0) {
			if (err.line > 0)
				tf_cli_errorf("fhirpath: %s:%ld:%ld: %s", file, err.line,
				              err.column, err.message);
			else if (strstr(err.message, file))
				tf_cli_errorf("fhirpath: %s", err.message);
			else
				tf_cli_errorf("fhirpath: %s: %s", file, err.message);
			tf_fhirpath_free(fp);
			rc = TF_EXIT_FATAL;
			goto out;
		}
	}
	tf_fhirpath_env env = TF_FHIRPATH_ENV_INIT;
	env.flags = flags;
	env.vars = vars;
	env.nvars = nvars;
	env.now = as_of;
	tf_fhirpath_result *res = NULL;
	tf_error_clear(&err);
	if (tf_fhirpath_eval(fp, resource, &env, &res, &err) < 0) {
		report("", &err);
		rc = err.code == TF_EINVAL && err.line == 0 ? TF_EXIT_USAGE
		     : err.code == TF_ENOMEM                ? TF_EXIT_FATAL
		                                            : TF_EXIT_USAGE;
	} else {
		rc = strcmp(format, "json") == 0 ? print_json(res) : print_text(res);
		if (fflush(stdout) != 0 || ferror(stdout)) {
			tf_cli_errorf("fhirpath: cannot write the output");
			rc = TF_EXIT_FATAL;
		}
	}
	tf_fhirpath_result_free(res);
	json_decref(resource);
	tf_fhirpath_free(fp);
out:
	for (size_t i = 0; i < nvars; i++) {
		free((char *)vars[i].name);
		json_decref((json_t *)vars[i].value);
	}
	return rc;
}
