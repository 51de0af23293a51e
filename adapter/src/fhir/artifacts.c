/*
 * artifacts.c - ResearchStudy.relatedArtifact: the record's literature
 * references, "see also" links, available study data sets, the large
 * documents (protocol, SAP, consent form) on CT.gov's document host, links
 * given for the sponsor's and secondary ids, and one derived-from artifact
 * naming the registry record this resource was made from (provenance a
 * consumer can follow without any extension).
 */
#include <limits.h>
#include <string.h>
#include "fhir/fhir_int.h"

/* R4 related-artifact-type (required binding of RelatedArtifact.type). */
static const char *const r4_types[] = {
        "documentation", "justification", "citation",   "predecessor",
        "successor",     "derived-from",  "depends-on", "composed-of",
};

static int is_r4_type(const char *code)
{
	for (size_t i = 0; i < sizeof(r4_types) / sizeof(r4_types[0]); i++)
		if (strcmp(code, r4_types[i]) == 0)
			return 1;
	return 0;
}

/* RelatedArtifact with its members in element order; NULL arguments are
 * left out. Takes url and document. */
static json_t *artifact(fx_ctx *c, const char *type, const char *label, json_t *display,
                        const char *citation, json_t *url, json_t *document)
{
	json_t *o = fx_obj(c);
	fx_set_str(c, o, "type", type);
	fx_set_str(c, o, "label", label);
	fx_set(c, o, "display", display);
	fx_set_str(c, o, "citation", citation);
	fx_set(c, o, "url", url);
	fx_set(c, o, "document", document);
	return o;
}

/* Characters that may stand in a URL path segment without escaping; a
 * name with anything else is not turned into a URL at all (it comes from
 * the record and could otherwise point anywhere). */
static int is_safe_segment(const char *s)
{
	if (tf_is_blank(s) || strcmp(s, ".") == 0 || strcmp(s, "..") == 0)
		return 0;
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		      (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-'))
			return 0;
	}
	return 1;
}

static void references(fx_ctx *c, json_t *arr)
{
	const tf_trial *t = c->t;
	for (size_t i = 0; i < t->n_references; i++) {
		const tf_reference *r = &t->references[i];
		const tf_map_row *row = fx_lookup(c, FX_T_REFERENCE_TYPE, r->type);
		const char *type = row && is_r4_type(row->code) ? row->code : "citation";
		json_t *url = NULL;
		if (r->pmid) {
			if (tf_parse_long(r->pmid) > 0)
				url = fx_strf(c, FX_URL_PUBMED "%s/", r->pmid);
			else
				fx_warn(c, "PMID \"%s\" is not a number; no PubMed link", r->pmid);
		}
		/* The table's label says what CT.gov calls the reference
		 * (Background, Result, Derived). */
		json_t *display =
		        r->type ? fx_str(c, fx_label(c, FX_T_REFERENCE_TYPE, r->type)) : NULL;
		fx_push(c, arr, artifact(c, type, NULL, display, r->citation, url, NULL));
	}
}

static void links(fx_ctx *c, json_t *arr)
{
	const tf_trial *t = c->t;
	for (size_t i = 0; i < t->n_links; i++) {
		const tf_link *l = &t->links[i];
		if (tf_is_blank(l->url) && tf_is_blank(l->label))
			continue;
		fx_push(c, arr,
		        artifact(c, "documentation", NULL, fx_str(c, l->label), NULL,
		                 fx_str(c, l->url), NULL));
	}
}

/* "<type> (ID <id>): <comment>", from whichever parts are given. */
static json_t *ipd_display(fx_ctx *c, const tf_avail_ipd *d)
{
	tf_buf b = TF_BUF_INIT;
	if (!tf_is_blank(d->type))
		tf_buf_puts(&b, d->type);
	if (!tf_is_blank(d->id))
		tf_buf_printf(&b, b.len ? " (ID %s)" : "ID %s", d->id);
	if (!tf_is_blank(d->comment))
		tf_buf_printf(&b, b.len ? ": %s" : "%s", d->comment);
	json_t *s = NULL;
	if (b.oom)
		fx_oom(c);
	else if (b.len)
		s = fx_str(c, b.ptr);
	tf_buf_free(&b);
	return s;
}

static void avail_ipds(fx_ctx *c, json_t *arr)
{
	const tf_trial *t = c->t;
	for (size_t i = 0; i < t->n_avail_ipds; i++) {
		const tf_avail_ipd *d = &t->avail_ipds[i];
		fx_push(c, arr,
		        artifact(c, "documentation", NULL, ipd_display(c, d), NULL,
		                 fx_str(c, d->url), NULL));
	}
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && tf_strcaseeq(s + n - m, suffix);
}

/* CT.gov serves a study's documents at
 * https://cdn.clinicaltrials.gov/large-docs/<last two digits of the NCT
 * number>/<NCT>/<file name>. */
static void large_docs(fx_ctx *c, json_t *arr)
{
	const tf_trial *t = c->t;
	const char *nct = t->nct_id;
	const char *last2 = nct + strlen(nct) - 2;
	for (size_t i = 0; i < t->n_large_docs; i++) {
		const tf_large_doc *d = &t->large_docs[i];
		json_t *url = NULL;
		if (d->filename) {
			if (is_safe_segment(d->filename))
				url = fx_strf(c, FX_URL_LARGE_DOC "%s/%s/%s", last2, nct,
				              d->filename);
			else
				fx_warn(c, "document file name \"%s\" is not URL-safe; no link",
				        d->filename);
		}
		json_t *doc = fx_obj(c);
		if (d->filename && has_suffix(d->filename, ".pdf"))
			fx_set_str(c, doc, "contentType", "application/pdf");
		fx_set(c, doc, "url", fx_str(c, json_string_value(url)));
		if (d->size >= 0 && d->size <= INT_MAX)
			fx_set(c, doc, "size", fx_int(c, d->size));
		fx_set_str(c, doc, "title", d->filename);
		if (fx_is_date(d->date))
			fx_set_str(c, doc, "creation", d->date);
		json_t *display = fx_str(c, d->label ? d->label : d->type_abbrev);
		fx_push(c, arr,
		        artifact(c, "documentation", d->type_abbrev, display, NULL, url, doc));
	}
}

/* An id's link (an NIH RePORTER search, a register entry): documentation
 * labelled with the id, since R4 Identifier has no place for a URL. */
static void id_link(fx_ctx *c, json_t *arr, const char *id, const char *issuer, const char *link)
{
	if (tf_is_blank(link))
		return;
	fx_push(c, arr,
	        artifact(c, "documentation", id, fx_str(c, issuer ? issuer : id), NULL,
	                 fx_str(c, link), NULL));
}

void fx_related_artifacts(fx_ctx *c, json_t *rs)
{
	const tf_trial *t = c->t;
	json_t *arr = fx_arr(c);
	references(c, arr);
	links(c, arr);
	avail_ipds(c, arr);
	large_docs(c, arr);
	id_link(c, arr, t->org_study_id, t->organization, t->org_study_id_link);
	for (size_t i = 0; i < t->n_secondary_ids; i++)
		id_link(c, arr, t->secondary_ids[i].id, t->secondary_ids[i].domain,
		        t->secondary_ids[i].link);
	fx_push(c, arr,
	        artifact(c, "derived-from", NULL,
	                 fx_strf(c, "ClinicalTrials.gov record %s", t->nct_id), NULL,
	                 fx_strf(c, FX_URL_STUDY "%s", t->nct_id), NULL));
	fx_set(c, rs, "relatedArtifact", arr);
}
