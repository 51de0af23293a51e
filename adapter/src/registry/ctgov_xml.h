/*
 * ctgov_xml.h - the classic ClinicalTrials.gov XML backend of the reader:
 * cutting an input into <clinical_study> documents (xsplit.c) and reading
 * one document into the trial model (ctgov_xml.c).
 */
#ifndef TF_CTGOV_XML_H
#define TF_CTGOV_XML_H

#include <stdio.h>
#include "trialfhir/common.h"
#include "trialfhir/trial.h"

/*
 * Fills t from one classic CT.gov XML document (buf, len bytes: an optional
 * XML declaration and one <clinical_study> root; public.xsd 2019-02-14 and
 * the older elements it replaced). The document is parsed with tf_xml_parse
 * (no DTD, no entities, UTF-8 only, size and node caps). name labels errors.
 *
 * Every value lands where the CT.gov API v2 reader (ctgov_json.c) puts the
 * same fact, in the same spelling: enum-like text ("Active, not
 * recruiting", "Phase 1/Phase 2", "Double (Participant, Investigator)") is
 * normalised to v2 enums through the label/aliases columns of mappings/,
 * dates ("March 2004", "March 15, 2004") to ISO, names to "First Middle
 * Last, Degrees". Facts that v2 derives and XML lacks are derived the same
 * way (eligibility.std_ages from the ages, arm intervention names,
 * has_results); facts XML lacks are left unset (MeSH ids, geo points,
 * organization class). Values that cannot be read (bad date, unknown enum
 * spelling, repeated single element) are kept or dropped with a
 * tf_trial_warn, never silently; a warning names the element's XPath and
 * its line, counted in the input when the caller has set t->source.line to
 * the record's first line (else in buf). t->source is left to the caller
 * except version_holder (from required_header/download_date).
 *
 * Returns 0, or rejects the record (err->line and err->column count in
 * buf, as Jansson's do for JSON: the caller adds the record's position):
 * TF_EPARSE / TF_ELIMIT (not well-formed or unsafe XML), TF_EINVALID
 * (root is not clinical_study, missing or malformed NCT id; err->pointer
 * names the element as an XPath), TF_ELIMIT (a list longer than 100,000
 * items), TF_ENOMEM.
 */
int tf_ctgov_xml_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err);

/*
 * CT.gov's standard age groups for an eligibility age range, the way the
 * registry derives stdAges: CHILD (birth-17), ADULT (18-64), OLDER_ADULT
 * (65+), each included when the range [minimum_age, maximum_age] meets it.
 * Ages are "N Unit" (Years, Months, Weeks, Days, Hours, Minutes; NULL or
 * "N/A" = no limit). Appends the groups to *out in that order. Returns 0,
 * or TF_EINVAL when an age cannot be read (nothing appended), TF_ENOMEM.
 */
int tf_ctgov_std_ages(tf_trial *t, const char *minimum_age, const char *maximum_age, tf_strv *out);

/*
 * The XML record splitter: cuts an input that is one XML document or a
 * concatenation of many (each an optional <?xml ...?> declaration, comments
 * or processing instructions, and one root element) into documents,
 * without parsing them. It tracks tags, comments, CDATA sections,
 * processing instructions, DOCTYPEs and quoted attribute values just enough
 * to find where each root element ends, and holds at most one record in
 * memory, so an input of any size streams. A record it cannot cut (input
 * truncated inside it, larger than the cap, stray text or end tags outside
 * any element) is reported and skipped. UTF-16/32 input is refused as a
 * whole (only UTF-8 XML is read).
 */
typedef struct tf_xsplit tf_xsplit;

/* Reads head (head_len bytes, copied) and then fp (borrowed, may be NULL);
 * records larger than max_record bytes are reported as TF_ELIMIT. */
int tf_xsplit_new(tf_xsplit **out, const char *head, size_t head_len, FILE *fp, size_t max_record);

/* 0: *rec and *len are the next record (borrowed until the next call),
 * starting at its <?xml declaration when it has one (else at its first
 * markup), ending with the root's end tag; *line and *column give where it
 * starts in the input (1-based) and *index its 1-based number.
 * TF_ITEROVER: end of input. Negative: a record-level error (err filled,
 * with err->record, err->line and err->column set); call again to go on,
 * unless tf_xsplit_failed(). */
int tf_xsplit_next(tf_xsplit *s, const char **rec, size_t *len, long *line, long *column,
                   long *index, tf_error *err);

/* True when the input itself failed (read error, out of memory, not
 * UTF-8): no further record can be cut. */
int tf_xsplit_failed(const tf_xsplit *s);

/* Bytes of input consumed so far (for progress). */
size_t tf_xsplit_offset(const tf_xsplit *s);

/* Frees the splitter (not fp). NULL does nothing. */
void tf_xsplit_free(tf_xsplit *s);

#endif
