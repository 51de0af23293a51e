/*
 * convert.c - the one-shot calls of trialfhir/convert.h: read the first
 * record of an input and return its FHIR resources. Batch jobs drive the
 * reader, writer and sink steps themselves (see the CLI's convert).
 */
#include "trialfhir/convert.h"
#include "trialfhir/fhir.h"
#include "util/util.h"

static int first_record(tf_reader *r, json_t **out, tf_error *err)
{
	tf_trial *t;
	int rc = tf_reader_next(r, &t, err);
	if (rc == TF_ITEROVER)
		rc = tf_error_set(err, TF_EINVALID, "the input holds no record");
	if (rc < 0)
		return rc;
	rc = tf_fhir_from_trial(t, NULL, out, err);
	tf_trial_free(t);
	return rc;
}

int tf_convert_file(const char *path, json_t **out, tf_error *err)
{
	tf_reader *r;
	int rc = tf_reader_open_file(&r, path, NULL, err);
	if (rc < 0)
		return rc;
	rc = first_record(r, out, err);
	tf_reader_free(r);
	return rc;
}

int tf_convert_memory(const void *buf, size_t len, tf_format format, json_t **out, tf_error *err)
{
	tf_reader_options opts = TF_READER_OPTIONS_INIT;
	opts.format = format;
	tf_reader *r;
	int rc = tf_reader_open_memory(&r, buf, len, "<memory>", &opts, err);
	if (rc < 0)
		return rc;
	rc = first_record(r, out, err);
	tf_reader_free(r);
	return rc;
}
