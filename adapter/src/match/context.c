/*
 * context.c - patient contexts (DESIGN.md, "Patient context and
 * evaluation"): per patient, a collection Bundle holding the Patient and the
 * resources the trials ask for, newest first, read from a directory of
 * patient records one patient at a time.
 *
 * Two layouts: one Bundle per patient (*.json, as Synthea writes them), and
 * the Bulk Data layout `trialfhir pull` writes (Patient.ndjson,
 * Observation.ndjson, ..., OperationOutcome.ndjson). In the Bulk layout a
 * patient's resources are found by scanning each wanted type's file for
 * those whose subject/patient is that patient: a pass per patient costs
 * I/O, but memory holds one patient at a time whatever the store's size.
 * An OperationOutcome "incomplete-<id>" (issue.expression "Patient/<id>")
 * marks the patient incomplete, which the matcher needs so that missing
 * data never counts against the patient.
 *
 * "Newest first" sorts by the resource's clinical date (effective, onset,
 * authoredOn, performed, recordedDate, issued) as text: FHIR dates are ISO
 * 8601, so text order is time order except across time zone offsets, which
 * at day precision criteria do not care about. Undated resources go last.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "util/util.h"

static const char *const default_types[] = {
        "Observation",        "Condition", "MedicationStatement", "MedicationRequest", "Procedure",
        "AllergyIntolerance", NULL};

void tf_patient_context_clear(tf_patient_context *ctx)
{
	if (!ctx)
		return;
	tf_fhirpath_doc_free(ctx->fhirpath_doc);
	json_decref(ctx->bundle);
	memset(ctx, 0, sizeof(*ctx));
}

static int wanted(const char *type, const char *const *types)
{
	if (!type)
		return 0;
	for (size_t i = 0; types[i]; i++)
		if (strcmp(types[i], type) == 0)
			return 1;
	return 0;
}

/* A resource somebody marked as a mistake is no evidence of anything. */
static int entered_in_error(const json_t *r)
{
	if (tf_streq(json_string_value(json_object_get(r, "status")), "entered-in-error"))
		return 1;
	const json_t *vs = json_object_get(r, "verificationStatus");
	const json_t *codings = json_object_get(vs, "coding");
	size_t i;
	const json_t *c;
	json_array_foreach(codings, i, c)
	{
		if (tf_streq(json_string_value(json_object_get(c, "code")), "entered-in-error"))
			return 1;
	}
	return 0;
}

/* The clinical date of r as text, or "" when it has none. */
static const char *date_of(const json_t *r)
{
	static const char *const keys[] = {"effectiveDateTime",
	                                   "effectiveInstant",
	                                   "onsetDateTime",
	                                   "authoredOn",
	                                   "performedDateTime",
	                                   "recordedDate",
	                                   "issued",
	                                   "dateAsserted",
	                                   "assertedDate",
	                                   NULL};
	for (size_t i = 0; keys[i]; i++) {
		const char *s = json_string_value(json_object_get(r, keys[i]));
		if (s)
			return s;
	}
	static const char *const periods[] = {"effectivePeriod", "onsetPeriod", "performedPeriod",
	                                      NULL};
	for (size_t i = 0; periods[i]; i++) {
		const json_t *p = json_object_get(r, periods[i]);
		const char *s = json_string_value(json_object_get(p, "start"));
		if (s)
			return s;
	}
	return "";
}

typedef struct dated {
	json_t *r;        /* borrowed */
	const char *date; /* borrowed from r */
	size_t pos;       /* input order: keeps the sort stable */
} dated;

static int newest_first(const void *a, const void *b)
{
	const dated *x = a, *y = b;
	int c = strcmp(y->date, x->date);
	if (c)
		return c;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* The resources of `in`: the entries' resources of a Bundle, or an array. */
static json_t *resources_of(const json_t *in, size_t i)
{
	if (json_is_array(in))
		return json_array_get(in, i);
	return json_object_get(json_array_get(json_object_get(in, "entry"), i), "resource");
}

static size_t count_of(const json_t *in)
{
	if (json_is_array(in))
		return json_array_size(in);
	return json_array_size(json_object_get(in, "entry"));
}

int tf_patient_context_build(tf_patient_context *out, const json_t *resources,
                             const char *const *types, tf_error *err)
{
	if (!out || !resources)
		return tf_error_set(err, TF_EINVAL, "patient context: NULL argument");
	memset(out, 0, sizeof(*out));
	if (!types)
		types = default_types;
	size_t n = count_of(resources);
	json_t *patient = NULL;
	dated *v = calloc(n ? n : 1, sizeof(*v));
	if (!v)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	size_t nv = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *r = resources_of(resources, i);
		const char *type = json_string_value(json_object_get(r, "resourceType"));
		if (tf_streq(type, "Patient")) {
			if (!patient)
				patient = r;
			continue;
		}
		if (!wanted(type, types) || entered_in_error(r))
			continue;
		v[nv].r = r;
		v[nv].date = date_of(r);
		v[nv].pos = nv;
		nv++;
	}
	if (!patient) {
		free(v);
		return tf_error_set(err, TF_EINVALID, "patient record has no Patient resource");
	}
	qsort(v, nv, sizeof(*v), newest_first);
	json_t *entries = json_array();
	json_t *bundle = json_pack("{s:s, s:s}", "resourceType", "Bundle", "type", "collection");
	int oom = !entries || !bundle;
	json_t *e = json_pack("{s:O}", "resource", patient);
	oom |= !e || json_array_append_new(entries, e) < 0;
	for (size_t i = 0; i < nv && !oom; i++) {
		e = json_pack("{s:O}", "resource", v[i].r);
		oom |= !e || json_array_append_new(entries, e) < 0;
	}
	free(v);
	if (oom || json_object_set_new(bundle, "entry", entries) < 0) {
		json_decref(bundle);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	out->bundle = bundle;
	out->patient = json_object_get(json_array_get(entries, 0), "resource");
	const char *id = json_string_value(json_object_get(out->patient, "id"));
	tf_strlcpy(out->id, id ? id : "", sizeof(out->id));
	/* Every criterion of every trial reads this one bundle: index it once
	 * (about a third of the engine's work per evaluation, see
	 * docs/performance.md). Without the index the engine still works, so
	 * a failure here only costs speed. */
	if (tf_fhirpath_doc_new(bundle, &out->fhirpath_doc, NULL) < 0)
		out->fhirpath_doc = NULL;
	return 0;
}

/* --- the source ------------------------------------------------------- */

struct tf_patient_source {
	char *dir;                   /* the directory */
	char **types;                /* wanted types, NULL-terminated */
	int bulk;                    /* NDJSON per resource type */
	char **files;                /* Bundle layout: the *.json files, sorted */
	size_t nfiles;               /* number of files */
	size_t next;                 /* Bundle layout: next file */
	FILE *patients;              /* Bulk layout: Patient.ndjson */
	char *line;                  /* getline buffer */
	size_t line_cap;             /* its size */
	long line_no;                /* line number in Patient.ndjson */
	tf_match_server_src *server; /* a FHIR server instead (server.c), or NULL */
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *path_join(const char *dir, const char *name)
{
	tf_buf b = TF_BUF_INIT;
	tf_buf_printf(&b, "%s/%s", dir, name);
	if (b.oom) {
		tf_buf_free(&b);
		return NULL;
	}
	return tf_buf_detach(&b);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

void tf_patient_source_free(tf_patient_source *src)
{
	if (!src)
		return;
	tf_match_server_free(src->server);
	for (size_t i = 0; src->types && src->types[i]; i++)
		free(src->types[i]);
	free(src->types);
	for (size_t i = 0; i < src->nfiles; i++)
		free(src->files[i]);
	free(src->files);
	if (src->patients)
		fclose(src->patients);
	free(src->line);
	free(src->dir);
	free(src);
}

int tf_patient_source_open(tf_patient_source **out, const char *dir, const char *const *types,
                           tf_error *err)
{
	if (!out || !dir)
		return tf_error_set(err, TF_EINVAL, "patient source: NULL argument");
	*out = NULL;
	if (!types)
		types = default_types;
	tf_patient_source *s = calloc(1, sizeof(*s));
	if (!s || !(s->dir = strdup(dir)))
		goto oom;
	size_t nt = 0;
	while (types[nt])
		nt++;
	if (!(s->types = calloc(nt + 1, sizeof(char *))))
		goto oom;
	for (size_t i = 0; i < nt; i++)
		if (!(s->types[i] = strdup(types[i])))
			goto oom;
	char *pfile = path_join(dir, "Patient.ndjson");
	if (!pfile)
		goto oom;
	s->patients = fopen(pfile, "r");
	free(pfile);
	if (s->patients) {
		s->bulk = 1;
		*out = s;
		return 0;
	}
	DIR *d = opendir(dir);
	if (!d) {
		int e = errno;
		tf_patient_source_free(s);
		return tf_error_set(err, e == ENOENT ? TF_ENOTFOUND : TF_EIO, "%s: %s", dir,
		                    strerror(e));
	}
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".json"))
			continue;
		if (s->nfiles == cap) {
			size_t nc = cap ? cap * 2 : 16;
			char **f = realloc(s->files, nc * sizeof(*f));
			if (!f) {
				closedir(d);
				goto oom;
			}
			s->files = f;
			cap = nc;
		}
		if (!(s->files[s->nfiles] = path_join(dir, de->d_name))) {
			closedir(d);
			goto oom;
		}
		s->nfiles++;
	}
	closedir(d);
	if (s->nfiles)
		qsort(s->files, s->nfiles, sizeof(char *), cmp_str);
	*out = s;
	return 0;
oom:
	tf_patient_source_free(s);
	return tf_error_set(err, TF_ENOMEM, "out of memory");
}

int tf_patient_source_open_server(tf_patient_source **out, tf_client *c, const char *const *ids,
                                  const tf_trial_set *ts, const char *as_of, int count,
                                  tf_error *err)
{
	if (!out || !c || !ts || !as_of)
		return tf_error_set(err, TF_EINVAL, "patient source: NULL argument");
	*out = NULL;
	tf_patient_source *s = calloc(1, sizeof(*s));
	if (!s)
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	int rc = tf_match_server_open(&s->server, c, ids, ts, as_of, count, err);
	if (rc < 0) {
		free(s);
		return rc;
	}
	*out = s;
	return 0;
}

/* True when r belongs to patient pid (subject or patient reference). */
static int belongs_to(const json_t *r, const char *pid)
{
	static const char *const keys[] = {"subject", "patient", NULL};
	for (size_t i = 0; keys[i]; i++) {
		const char *ref = json_string_value(
		        json_object_get(json_object_get(r, keys[i]), "reference"));
		if (!ref)
			continue;
		const char *slash = strrchr(ref, '/');
		const char *id = slash ? slash + 1 : ref;
		if (strncmp(ref, "urn:uuid:", 9) == 0)
			id = ref + 9;
		if (strcmp(id, pid) == 0)
			return 1;
	}
	return 0;
}

/* Adds the lines of DIR/type.ndjson that belong to pid to arr. */
static int scan_type(tf_patient_source *s, const char *type, const char *pid, json_t *arr,
                     tf_error *err)
{
	tf_buf name = TF_BUF_INIT;
	tf_buf_printf(&name, "%s/%s.ndjson", s->dir, type);
	if (name.oom) {
		tf_buf_free(&name);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	FILE *fp = fopen(name.ptr, "r");
	tf_buf_free(&name);
	if (!fp)
		return 0; /* no such type in the store */
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = 0;
	while ((len = getline(&line, &cap, fp)) > 0) {
		/* cheap pre-filter: the id must appear in the line at all */
		if (!strstr(line, pid))
			continue;
		json_t *r = NULL;
		if (tf_fhirpath_parse(line, (size_t)len, &r, NULL) < 0)
			continue; /* a bad line is not this patient's problem */
		if (belongs_to(r, pid) && json_array_append(arr, r) < 0)
			rc = tf_error_set(err, TF_ENOMEM, "out of memory");
		json_decref(r);
		if (rc)
			break;
	}
	free(line);
	fclose(fp);
	return rc;
}

/* The store's note that pid's data is incomplete, if any. */
static void find_incomplete(tf_patient_source *s, tf_patient_context *pc)
{
	char ref[160];
	snprintf(ref, sizeof(ref), "Patient/%s", pc->id);
	tf_buf name = TF_BUF_INIT;
	tf_buf_printf(&name, "%s/OperationOutcome.ndjson", s->dir);
	FILE *fp = name.oom ? NULL : fopen(name.ptr, "r");
	tf_buf_free(&name);
	if (!fp)
		return;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, fp)) > 0 && !pc->incomplete) {
		if (!strstr(line, "incomplete"))
			continue;
		json_t *oo = NULL;
		if (tf_fhirpath_parse(line, (size_t)len, &oo, NULL) < 0)
			continue;
		const json_t *issue;
		size_t i;
		json_array_foreach(json_object_get(oo, "issue"), i, issue)
		{
			const json_t *ex;
			size_t k;
			json_array_foreach(json_object_get(issue, "expression"), k, ex)
			{
				if (tf_streq(json_string_value(ex), ref) && !pc->incomplete) {
					const char *d = json_string_value(
					        json_object_get(issue, "diagnostics"));
					pc->incomplete = 1;
					tf_strlcpy(pc->reason, d ? d : "incomplete",
					           sizeof(pc->reason));
				}
			}
		}
		json_decref(oo);
	}
	free(line);
	fclose(fp);
}

static int next_bulk(tf_patient_source *s, tf_patient_context *out, tf_error *err)
{
	ssize_t len;
	for (;;) {
		len = getline(&s->line, &s->line_cap, s->patients);
		if (len <= 0)
			return TF_ITEROVER;
		s->line_no++;
		if (!tf_is_blank(s->line))
			break;
	}
	json_t *patient = NULL;
	int rc = tf_fhirpath_parse(s->line, (size_t)len, &patient, err);
	if (rc < 0) {
		if (err) {
			err->line = s->line_no;
			tf_strlcpy(err->source, "Patient.ndjson", sizeof(err->source));
		}
		return rc;
	}
	const char *pid = json_string_value(json_object_get(patient, "id"));
	if (!pid || !*pid || strlen(pid) > 64) {
		json_decref(patient);
		return tf_error_set(err, TF_EINVALID,
		                    "Patient.ndjson:%ld: Patient without a valid id", s->line_no);
	}
	json_t *arr = json_array();
	if (!arr || json_array_append(arr, patient) < 0) {
		json_decref(arr);
		json_decref(patient);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	for (size_t i = 0; s->types[i] && rc == 0; i++)
		rc = scan_type(s, s->types[i], pid, arr, err);
	if (rc == 0)
		rc = tf_patient_context_build(out, arr, (const char *const *)s->types, err);
	json_decref(arr);
	json_decref(patient);
	if (rc == 0)
		find_incomplete(s, out);
	return rc;
}

int tf_patient_source_next(tf_patient_source *src, tf_patient_context *out, tf_error *err)
{
	if (!src || !out)
		return tf_error_set(err, TF_EINVAL, "patient source: NULL argument");
	memset(out, 0, sizeof(*out));
	if (src->server)
		return tf_match_server_next(src->server, out, err);
	if (src->bulk)
		return next_bulk(src, out, err);
	if (src->next >= src->nfiles)
		return TF_ITEROVER;
	const char *path = src->files[src->next++];
	json_t *b = NULL;
	int rc = tf_fhirpath_load(path, &b, err);
	if (rc == 0) {
		rc = tf_patient_context_build(out, b, (const char *const *)src->types, err);
		json_decref(b);
	}
	if (rc < 0 && err) {
		tf_strlcpy(err->source, path, sizeof(err->source));
		tf_error_prefix(err, "%s: ", path);
	}
	return rc;
}
