/*
 * resources.c - FHIR resources from files for the push side: the record
 * splitter and safe loader of the JSON layer (duplicate keys refused,
 * decimals kept as written) applied to a resource, an array, NDJSON or
 * concatenated documents, with a Bundle standing for its entries. A record
 * that cannot be read is reported to the caller, and reading goes on.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "client_int.h"
#include "json/jsonx.h"

static int deliver(json_t *doc, tf_read_fn fn, void *ud, tf_error *rec_err)
{
	const char *rt = json_string_value(json_object_get(doc, "resourceType"));
	if (!rt) {
		tf_error_set(rec_err, TF_EINVALID, "record has no resourceType");
		return fn(ud, NULL, rec_err);
	}
	if (strcmp(rt, "Bundle") != 0)
		return fn(ud, doc, rec_err);
	size_t i;
	json_t *e;
	json_array_foreach(json_object_get(doc, "entry"), i, e)
	{
		json_t *res = json_object_get(e, "resource");
		int rc;
		if (!json_is_object(res)) {
			tf_error_set(rec_err, TF_EINVALID, "Bundle entry %zu has no resource", i);
			snprintf(rec_err->pointer, sizeof(rec_err->pointer), "/entry/%zu", i);
			rc = fn(ud, NULL, rec_err);
		} else {
			rc = deliver(res, fn, ud, rec_err);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

int tf_resources_read_file(const char *path, size_t max_record, tf_read_fn fn, void *ud,
                           tf_error *err)
{
	if (!max_record)
		max_record = (size_t)64 << 20;
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!fp)
		return tf_error_set(err, errno == ENOENT ? TF_ENOTFOUND : TF_EIO,
		                    "%s: cannot open: %s", path, strerror(errno));
	tf_jsplit *s;
	if (tf_jsplit_new(&s, NULL, 0, fp, max_record) < 0) {
		if (fp != stdin)
			fclose(fp);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	int rc = 0;
	for (;;) {
		const char *rec;
		size_t len;
		long line = 0, col = 0, index = 0;
		tf_error rerr;
		tf_error_clear(&rerr);
		int r = tf_jsplit_next(s, &rec, &len, &line, &col, &index, &rerr);
		if (r == TF_ITEROVER)
			break;
		snprintf(rerr.source, sizeof(rerr.source), "%s", path);
		if (r < 0) {
			rc = fn(ud, NULL, &rerr);
			if (rc < 0 || tf_jsplit_failed(s))
				break;
			continue;
		}
		json_t *doc = NULL;
		if (tf_json_load_record(rec, len, &doc, &rerr) < 0) {
			rerr.line = line + (rerr.line > 1 ? rerr.line - 1 : 0);
			rerr.record = index;
			rc = fn(ud, NULL, &rerr);
		} else {
			rerr.record = index;
			rerr.line = line;
			rc = deliver(doc, fn, ud, &rerr);
			json_decref(doc);
		}
		if (rc < 0)
			break;
	}
	tf_jsplit_free(s);
	if (fp != stdin)
		fclose(fp);
	if (rc < 0 && err)
		tf_error_set(err, rc, "%s: reading stopped", path);
	return rc;
}
