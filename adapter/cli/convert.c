/*
 * convert.c - `trialfhir convert`: registry records -> FHIR resources.
 *
 * Streams every input record by record: read, build resources, write, so
 * memory does not grow with the batch. A record that fails at any stage
 * goes to the reject file (and stderr) and the run goes on; the exit code
 * says whether anything was rejected (DESIGN.md contract).
 */
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

#define DEFAULT_STORE "fhir-store"

static void usage(FILE *fp)
{
	fputs("usage: trialfhir convert [options] FILE|DIR|- ...\n"
	      "\n"
	      "Converts clinical-trial registry records into FHIR R4 resources.\n"
	      "\n"
	      "  --from FMT          input format: auto (default), ctgov-json, ctgov-xml,\n"
	      "                      markdown, page\n"
	      "  --format FMT        ndjson (default for a directory), json (default for -o -),\n"
	      "                      bundle\n"
	      "  --bundle-type T     transaction (default: PUT by id), batch, collection\n"
	      "  -o, --output DIR|-  output: a file store directory (default ./" DEFAULT_STORE ")\n"
	      "                      or - for stdout\n"
	      "  --rejects FILE      write rejected records as NDJSON to FILE\n"
	      "  --mappings PATH     extra mapping table file or directory (repeatable)\n"
	      "  --max-record-size N reject records larger than N bytes (default 64 MiB)\n"
	      "  --pretty, --compact force indented or compact JSON\n"
	      "  -q, --quiet         no warnings, no progress\n"
	      "  -h, --help          this help\n"
	      "  --push URL          push to the FHIR server at URL instead of writing files,\n"
	      "                      in one stream; takes trialfhir push's options\n"
	      "\n",
	      fp);
	tf_cli_push_usage(fp);
	tf_cli_client_usage(fp);
	fputs("\nExit status: 0 all converted, 1 some records rejected, 2 bad usage,\n"
	      "3 could not run.\n",
	      fp);
}

typedef struct {
	tf_reader_options ropts;
	tf_fhir_options fopts;
	tf_sink *sink;
	tf_rejects *rejects;
	tf_cli_pushjob *push; /* --push: the server session, or NULL */
	tf_progress *progress;
	int quiet;
	size_t records;
	size_t failed_inputs;
} run;

static void reject(run *r, const tf_error *err, const char *stage)
{
	char line[1024];
	tf_cli_format_error(err, line, sizeof(line));
	fprintf(stderr, "%strialfhir: %s\n", "", line);
	tf_rejects_add(r->rejects, err, stage);
	if (r->push)
		tf_cli_push_reject(r->push, err, stage);
}

/* Prints a writer remark about the trial being converted. */
static void warn_writer(void *data, const char *message)
{
	const tf_trial *t = data;
	fprintf(stderr, "trialfhir: %s:%ld: warning: %s\n", t->source.name ? t->source.name : "-",
	        t->source.line, message);
}

/* Converts one trial; returns < 0 only when the output itself failed. */
static int convert_trial(run *r, tf_trial *t, tf_error *err)
{
	if (!r->quiet)
		for (size_t i = 0; i < t->warnings.n; i++)
			fprintf(stderr, "trialfhir: %s:%ld: %s: warning: %s\n", t->source.name,
			        t->source.line, t->nct_id, t->warnings.v[i]);
	json_t *resources;
	tf_fhir_options fopts = r->fopts;
	if (!r->quiet) {
		fopts.warn = warn_writer;
		fopts.warn_data = t;
	}
	int rc = tf_fhir_from_trial(t, &fopts, &resources, err);
	if (rc < 0) {
		if (err) {
			snprintf(err->source, sizeof(err->source), "%s",
			         t->source.name ? t->source.name : "-");
			snprintf(err->record_id, sizeof(err->record_id), "%s",
			         t->nct_id ? t->nct_id : "");
			err->record = t->source.record;
			err->line = t->source.line;
		}
		reject(r, err, "fhir");
		return 0;
	}
	size_t i;
	json_t *res;
	json_array_foreach(resources, i, res)
	{
		rc = tf_sink_write(r->sink, res, err);
		if (rc < 0)
			break;
	}
	json_decref(resources);
	if (rc < 0) {
		tf_cli_errorf("cannot write output: %s", err->message);
		return rc;
	}
	r->records++;
	return 0;
}

/* Converts every record of one input; < 0 when the run must stop. */
static int convert_input(run *r, const char *path)
{
	tf_error err;
	tf_reader *rd;
	if (tf_reader_open_file(&rd, path, &r->ropts, &err) < 0) {
		reject(r, &err, "read");
		r->failed_inputs++;
		return 0;
	}
	int rc;
	tf_trial *t;
	while ((rc = tf_reader_next(rd, &t, &err)) != TF_ITEROVER) {
		if (rc < 0) {
			reject(r, &err, "read");
			if (tf_reader_failed(rd)) {
				r->failed_inputs++;
				break;
			}
			continue;
		}
		rc = convert_trial(r, t, &err);
		tf_trial_free(t);
		if (rc < 0) {
			tf_reader_free(rd);
			return rc;
		}
		size_t done, total;
		tf_reader_progress(rd, &done, &total);
		tf_progress_update(r->progress, path, done, total, r->records,
		                   tf_rejects_count(r->rejects));
	}
	tf_reader_free(rd);
	return 0;
}

static int convert_one(void *r, const char *path)
{
	return convert_input(r, path);
}

/* A directory input: its regular files, sorted, hidden ones skipped. */
static int convert_dir(run *r, const char *dir)
{
	int rc = tf_cli_each_file(dir, NULL, convert_one, r);
	if (rc == TF_EIO) {
		tf_error err;
		tf_error_clear(&err);
		snprintf(err.source, sizeof(err.source), "%s", dir);
		err.code = TF_EIO;
		snprintf(err.message, sizeof(err.message), "cannot read directory");
		reject(r, &err, "read");
		r->failed_inputs++;
		return 0;
	}
	return rc;
}

int tf_cli_convert(int argc, char **argv)
{
	enum {
		OPT_FROM = 256,
		OPT_FORMAT,
		OPT_BUNDLE_TYPE,
		OPT_REJECTS,
		OPT_MAPPINGS,
		OPT_MAXREC,
		OPT_PRETTY,
		OPT_COMPACT,
		OPT_PUSH
	};
	static const struct option own[] = {
	        {"from", required_argument, NULL, OPT_FROM},
	        {"format", required_argument, NULL, OPT_FORMAT},
	        {"bundle-type", required_argument, NULL, OPT_BUNDLE_TYPE},
	        {"output", required_argument, NULL, 'o'},
	        {"rejects", required_argument, NULL, OPT_REJECTS},
	        {"mappings", required_argument, NULL, OPT_MAPPINGS},
	        {"max-record-size", required_argument, NULL, OPT_MAXREC},
	        {"pretty", no_argument, NULL, OPT_PRETTY},
	        {"compact", no_argument, NULL, OPT_COMPACT},
	        {"quiet", no_argument, NULL, 'q'},
	        {"help", no_argument, NULL, 'h'},
	        {"push", required_argument, NULL, OPT_PUSH}};
	/* --push URL takes push's options too (push.c) */
	struct option longopts[64];
	if (tf_cli_push_longopts_merge(own, sizeof(own) / sizeof(own[0]), longopts, 64) < 0)
		return TF_EXIT_FATAL;
	tf_cli_push_args pa;
	tf_cli_push_args_init(&pa);
	run r;
	memset(&r, 0, sizeof(r));
	tf_reader_options ropts = TF_READER_OPTIONS_INIT;
	tf_fhir_options fopts = TF_FHIR_OPTIONS_INIT;
	tf_sink_options sopts = TF_SINK_OPTIONS_INIT;
	r.ropts = ropts;
	r.fopts = fopts;
	const char *output = DEFAULT_STORE, *rejects_path = NULL;
	const char *mappings[32];
	size_t n_mappings = 0;
	int format_set = 0, c;
	optind = 1;
	while ((c = getopt_long(argc, argv, "o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_FROM:
			if (tf_format_parse(optarg, &r.ropts.format) < 0) {
				tf_cli_errorf("convert: unknown --from '%s'", optarg);
				return TF_EXIT_USAGE;
			}
			break;
		case OPT_FORMAT:
			if (tf_output_format_parse(optarg, &sopts.format) < 0) {
				tf_cli_errorf(
				        "convert: unknown --format '%s' (ndjson, json, bundle)",
				        optarg);
				return TF_EXIT_USAGE;
			}
			format_set = 1;
			break;
		case OPT_BUNDLE_TYPE:
			if (tf_bundle_type_parse(optarg, &sopts.bundle_type) < 0) {
				tf_cli_errorf("convert: unknown --bundle-type '%s'", optarg);
				return TF_EXIT_USAGE;
			}
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_REJECTS:
			rejects_path = optarg;
			break;
		case OPT_MAPPINGS:
			if (n_mappings == sizeof(mappings) / sizeof(mappings[0])) {
				tf_cli_errorf("convert: too many --mappings");
				return TF_EXIT_USAGE;
			}
			mappings[n_mappings++] = optarg;
			break;
		case OPT_MAXREC: {
			char *end;
			unsigned long long v = strtoull(optarg, &end, 10);
			if (*end || v == 0 || optarg[0] == '-') {
				tf_cli_errorf(
				        "convert: --max-record-size wants a positive byte count");
				return TF_EXIT_USAGE;
			}
			r.ropts.max_record_bytes = (size_t)v;
			break;
		}
		case OPT_PRETTY:
			sopts.pretty = 1;
			break;
		case OPT_COMPACT:
			sopts.pretty = 0;
			break;
		case 'q':
			r.quiet = 1;
			break;
		case 'h':
			usage(stdout);
			return TF_EXIT_OK;
		case OPT_PUSH:
			pa.co.server = optarg;
			break;
		default: {
			int pr = tf_cli_push_opt(&pa, c, optarg);
			if (pr > 0)
				break;
			if (pr == 0)
				usage(stderr);
			return TF_EXIT_USAGE;
		}
		}
	}
	if (pa.co.server)
		output = pa.co.server;
	if (optind >= argc) {
		tf_cli_errorf("convert: no input (give FILE, DIR or - for stdin)");
		usage(stderr);
		return TF_EXIT_USAGE;
	}
	int to_stdout = strcmp(output, "-") == 0;
	if (!format_set)
		sopts.format = to_stdout ? TF_OUTPUT_JSON : TF_OUTPUT_NDJSON;

	tf_error err;
	tf_mappings *maps = NULL;
	int status = TF_EXIT_OK;
	if (tf_mappings_load(&maps, NULL, &err) < 0) {
		tf_cli_errorf("cannot load mapping tables: %s", err.message);
		return TF_EXIT_FATAL;
	}
	for (size_t i = 0; i < n_mappings; i++) {
		if (tf_mappings_add(maps, mappings[i], &err) < 0) {
			tf_cli_errorf("cannot load --mappings %s: %s", mappings[i], err.message);
			tf_mappings_free(maps);
			return TF_EXIT_FATAL;
		}
	}
	r.fopts.mappings = maps;
	if (tf_rejects_open(&r.rejects, pa.co.server ? NULL : rejects_path) < 0) {
		tf_cli_errorf("cannot open --rejects %s", rejects_path);
		tf_mappings_free(maps);
		return TF_EXIT_FATAL;
	}
	int rc = 0;
	if (pa.co.server) {
		/* convert and push in one stream; rejects of both go to --rejects */
		pa.rejects_path = rejects_path;
		pa.quiet = r.quiet;
		status = tf_cli_push_begin(&pa, &r.push);
		if (status != TF_EXIT_OK) {
			tf_rejects_close(r.rejects);
			tf_mappings_free(maps);
			return status;
		}
		r.sink = tf_cli_push_sink(r.push);
	} else {
		rc = to_stdout ? tf_sink_open_stream(&r.sink, stdout, &sopts, &err)
		               : tf_sink_open_dir(&r.sink, output, &sopts, &err);
	}
	if (rc < 0) {
		tf_cli_errorf("cannot open output: %s", err.message);
		tf_rejects_close(r.rejects);
		tf_mappings_free(maps);
		return TF_EXIT_FATAL;
	}
	r.progress = tf_progress_new(!r.quiet);
	for (int i = optind; i < argc && rc >= 0; i++) {
		struct stat st;
		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
			rc = convert_dir(&r, argv[i]);
		else
			rc = convert_input(&r, argv[i]);
	}
	tf_progress_end(r.progress);
	if (rc >= 0 && tf_sink_close(r.sink, &err) < 0) {
		tf_cli_errorf("cannot finish output: %s", err.message);
		rc = TF_EIO;
	}
	if (r.push)
		status = tf_cli_push_end(r.push, rc < 0 ? rc : 0);
	else
		tf_sink_free(r.sink);
	size_t rejected = tf_rejects_count(r.rejects);
	if (tf_rejects_close(r.rejects) < 0)
		tf_cli_errorf("cannot write --rejects %s", rejects_path);
	tf_mappings_free(maps);
	if (rc < 0)
		status = TF_EXIT_FATAL;
	else if (rejected && status == TF_EXIT_OK)
		status = TF_EXIT_REJECTS;
	if (!r.quiet)
		fprintf(stderr, "trialfhir: converted %zu record%s, rejected %zu%s%s\n", r.records,
		        r.records == 1 ? "" : "s", rejected, to_stdout ? "" : " -> ",
		        to_stdout ? "" : output);
	return status;
}
