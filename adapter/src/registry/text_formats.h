/*
 * text_formats.h - the readers of registry records written for people:
 * registry mirror markdown with YAML front matter (markdown.c) and registry
 * web pages saved as text or HTML (page.c), their format sniffers, and the
 * normalisation of displayed values to the model's CT.gov API v2 enum
 * spelling (normalize.c), which the classic XML reader uses too.
 *
 * The readers fill a tf_trial the caller allocated (tf_trial_new), like
 * tf_ctgov_json_study: on failure the trial may hold part of the record and
 * the caller frees it. Every text value goes through tf_model_text. What a
 * record does not state stays absent; what it states that the model cannot
 * hold, or that could not be understood, becomes a warning on the trial.
 */
#ifndef TF_TEXT_FORMATS_H
#define TF_TEXT_FORMATS_H

#include <stddef.h>
#include "trialfhir/trial.h"
#include "util/util.h"

/* ---- sniffers: format detection from the first bytes of an input ---- */

/* Non-zero when head (the first len bytes of an input, a few KiB) starts
 * with YAML front matter ("---" on the first line, after an optional BOM
 * and blank lines) and either the front matter has an nct_id key or the
 * text has a "# " title line followed by an NCT number. */
int tf_markdown_sniff(const char *head, size_t len);

/* Non-zero when head looks like a registry web page: HTML (starts with
 * "<!DOCTYPE html" or "<html", case-insensitive) or text holding the
 * structure markers of one of the known layouts (ClinConnect trial page,
 * patient-facing trial page, trial summary page). Returns 2 when the text
 * also holds an NCT number, 1 when only the structure was seen (a
 * patient-facing page names its NCT number after the criteria, often past
 * the first 4 KiB); the reader then rejects a page without one. Markdown
 * that tf_markdown_sniff accepts is not a page (returns 0). */
int tf_page_sniff(const char *head, size_t len);

/* ---- readers ---- */

/* Fills t from one registry mirror markdown document (buf, len bytes; need
 * not be NUL-terminated). name labels errors and becomes t->source.name
 * when that is unset. Returns 0, or TF_EPARSE (not UTF-8 text), TF_EINVALID
 * (no NCT id), TF_ENOMEM; err gets the message and, where it applies, the
 * line. */
int tf_markdown_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err);

/* Fills t from one registry web page saved as text, recognising the layout
 * by its structure. HTML input (see tf_page_sniff) is passed on to
 * tf_page_html_study. Returns 0, or TF_EPARSE (not UTF-8 text),
 * TF_EINVALID (no NCT id found), TF_EUNSUPPORTED (no known layout),
 * TF_ENOMEM. */
int tf_page_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err);

/* Fills t from one registry web page in HTML: the HTML is parsed with
 * tf_html_parse, rendered to the text layout a browser saves (block
 * elements on their own lines, list items as "  • item", script, style,
 * nav, form and the like dropped) and read by tf_page_study's extraction.
 * Errors as tf_page_study, plus those of tf_html_parse (TF_ELIMIT ...). */
int tf_page_html_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err);

/* ---- normalisation of displayed values (normalize.c) ---- */

/* The v2 enum value (the row's source, borrowed from the default mapping
 * set) whose source, label or alias in mapping table `table` matches
 * display, compared case-insensitively on letters and digits only (so
 * "Not yet recruiting", "NOT_YET_RECRUITING" and "Not Yet Recruiting" are
 * one value). For "ctgov-phase" it also reads "Phase N/A", "Not
 * Applicable", "Phase 2/3", "Phase II" and joins two phases into the
 * combined row ("Phase 2/Phase 3" -> "PHASE2|PHASE3"). NULL when nothing
 * matches or the mapping set could not be loaded. */
const char *tf_normalize_enum(const char *table, const char *display);

/* Writes the ISO form of a displayed date ("Dec 24, 2024", "July 27,
 * 2025", "16 October 2025", "2026-03-01", "2026-05-12T07:31:59Z", "March
 * 2026", "2026") to out as "YYYY-MM-DD", "YYYY-MM" or "YYYY". Returns the
 * length written, 0 when s[0..len) is not one date naming a real day. */
size_t tf_normalize_date(const char *s, size_t len, char out[11]);

/* Reads an age range as pages display it ("18 years and older", "18 to 65
 * Years", "Up to 17 years", "18 Years - 65 Years", "18+ years") into
 * *min and *max in CT.gov spelling ("18 Years", "1 Year", "6 Months"),
 * each a buffer of cap bytes set to "" when that end is open. Every word of
 * the text must belong to an age phrase. Returns a bit set: 1 min found, 2
 * max found; 0 when the text is not an age phrase. A single bare age ("18
 * Years") counts as a minimum. */
int tf_normalize_age_range(const char *s, size_t len, char *min, char *max, size_t cap);

/* Yes/no as displayed ("Yes", "No", "Accepts Healthy Volunteers", "true")
 * -> TF_YES / TF_NO, TF_UNSET when not a yes or no. */
tf_flag tf_normalize_flag(const char *s, size_t len);

/* ---- shared machinery of the text readers (normalize.c) ---- */

/* A piece of the input: not NUL-terminated. */
typedef struct tf_span {
	const char *s; /* first byte */
	size_t len;    /* bytes */
} tf_span;

/* Next line of buf[0..len) from *pos (LF or CR LF ends a line, the ending
 * is not part of it); advances *pos. Returns 0 at the end. */
int tf_text_line(const char *buf, size_t len, size_t *pos, tf_span *line);

/* The span without leading and trailing blanks (ASCII white space and
 * U+00A0 no-break space). */
tf_span tf_text_trim(tf_span s);

/* True when the span holds only blanks. */
int tf_text_blank(tf_span s);

/* Leading blanks of a line, tabs counted as one. */
size_t tf_text_indent(tf_span s);

/* Comparison key of s: its ASCII letters and digits lower-cased, other
 * bytes >= 0x80 kept, everything else dropped; NUL-terminated in out.
 * Returns the key length, or 0 when it is empty or does not fit. */
size_t tf_text_key(const char *s, size_t len, char *out, size_t cap);

/* Finds the first NCT number ("NCT" and 8 digits, not inside a longer word
 * or number; "nct" accepted) in s[0..len); writes it upper-cased to out.
 * Returns 1 when found (with *at its offset when at is not NULL). */
int tf_text_find_nct(const char *s, size_t len, char out[12], size_t *at);

/* Rejects input that is not text: a NUL byte or invalid UTF-8 gives
 * TF_EPARSE with the line and column in err. Returns 0 for text. */
int tf_text_check(const char *buf, size_t len, tf_error *err);

/* What a text reader is filling, and its bookkeeping. Zero-initialise it
 * (TF_TEXT_CTX_INIT) and set t. */
typedef struct tf_text_ctx {
	tf_trial *t;        /* the trial being filled */
	int oom;            /* sticky: an allocation failed */
	int strict;         /* set while reading unlabelled lines: only facts
	                       whose value can be checked are accepted */
	unsigned warnings;  /* warnings recorded, against the cap */
	tf_person *contact; /* last central contact, completed by Phone/Email */
	size_t cap_sites;   /* capacities of the arrays grown in the arena */
	size_t cap_officials;
	size_t cap_contacts;
	size_t cap_collaborators;
	size_t cap_arms;
	size_t cap_interventions;
	size_t cap_outcomes[3]; /* primary, secondary, other */
	tf_strv countries;      /* countries named apart from the sites */
} tf_text_ctx;

#define TF_TEXT_CTX_INIT                                                                           \
	{                                                                                          \
		0                                                                                  \
	}

/* What a fact key sets. */
typedef enum tf_fact {
	TF_FACT_NONE = 0,
	TF_FACT_NCT,
	TF_FACT_BRIEF_TITLE,
	TF_FACT_OFFICIAL_TITLE,
	TF_FACT_ACRONYM,
	TF_FACT_STATUS,
	TF_FACT_PHASE,
	TF_FACT_STUDY_TYPE,
	TF_FACT_SPONSOR,
	TF_FACT_COLLABORATOR,
	TF_FACT_CONDITIONS,
	TF_FACT_KEYWORDS,
	TF_FACT_START,
	TF_FACT_PRIMARY_COMPLETION,
	TF_FACT_COMPLETION,
	TF_FACT_FIRST_SUBMIT,
	TF_FACT_FIRST_POST,
	TF_FACT_LAST_UPDATE,
	TF_FACT_VERSION, /* date the displayed data is current as of */
	TF_FACT_ENROLLMENT,
	TF_FACT_MIN_AGE,
	TF_FACT_MAX_AGE,
	TF_FACT_AGE_RANGE,
	TF_FACT_SEX,
	TF_FACT_HEALTHY,
	TF_FACT_CONTACT,
	TF_FACT_PHONE,
	TF_FACT_EMAIL,
	TF_FACT_ALLOCATION,
	TF_FACT_MODEL,
	TF_FACT_MASKING,
	TF_FACT_PURPOSE,
	TF_FACT_OBS_MODEL,
	TF_FACT_TIME_PERSPECTIVE,
	TF_FACT_COUNTRIES,
	TF_FACT_IGNORE /* known, and not trial data (provenance) */
} tf_fact;

/* A fact key (tf_text_key form) and what it sets; tables end with a NULL
 * key. Readers pass their own table for the keys whose meaning is theirs
 * (a page's "Source" is the sponsor, front matter's "source" is not). */
typedef struct tf_fact_key {
	const char *key;
	tf_fact fact;
} tf_fact_key;

/* Applies one labelled value (label as displayed, "Start Date" or
 * "start_date") to the trial. own is checked before the shared table and
 * may be NULL. Returns 1 when the value was understood and stored (a value
 * that says "not reported" counts, and stores nothing), 0 when the label
 * is unknown (not warned about here: the caller knows where it was), -1
 * when the value does not fit the label (warned about, except in strict
 * mode, where free-text labels - title, sponsor, contact - are refused
 * too). Lists (conditions, keywords, countries) are split at commas when
 * split is set. */
int tf_text_fact(tf_text_ctx *c, const char *label, size_t label_len, tf_span value,
                 const tf_fact_key *own, int split);

/* Reads "Label value" or "Label: value" (label of up to five words, the
 * longest known one) and applies it; with no known label, tries the line
 * as a bare value: a status, phase, study type, sex or age range. Returns 1
 * when the line was used. */
int tf_text_fact_line(tf_text_ctx *c, tf_span line, const tf_fact_key *own);

/* The known label at the start of line, if any: *label and *value are set
 * and the fact returned; TF_FACT_NONE otherwise. */
tf_fact tf_text_label(tf_span line, const tf_fact_key *own, tf_span *label, tf_span *value);

/* tf_normalize_enum of a span (trimmed); a parenthesised tail ("Double
 * (Participant, Investigator)") is tried without when the whole is no
 * value. */
const char *tf_text_enum(const char *table, tf_span value);

/* Stores text (cleaned by tf_model_text with flags) in *field; when *field
 * already holds a different value it is kept and a warning names what. */
void tf_text_set(tf_text_ctx *c, const char **field, tf_span text, int flags, const char *what);

/* Stores a displayed date into *field (ISO) or d (with type). Returns 1 on
 * success, 0 (with a warning unless quiet) when it is not a date. */
int tf_text_set_day(tf_text_ctx *c, const char **field, tf_span text, const char *what, int quiet);
int tf_text_set_date(tf_text_ctx *c, tf_date *d, tf_span text, const char *type, const char *what,
                     int quiet);

/* Appends an item to a string vector unless an equal one (ignoring case)
 * is there; bullets and blanks around it are dropped. */
void tf_text_push(tf_text_ctx *c, tf_strv *v, tf_span item);

/* Adds a site from "Facility, City, State, Country" as written; a trailing
 * "(Recruiting)" is its status, a part of digits its zip code. With
 * facility_first, three parts are facility, city, country (the mirror's
 * order); without, city, state, country (pages). Returns the site. */
tf_site *tf_text_site(tf_text_ctx *c, tf_span text, int facility_first);

/* Adds an overall official or a central contact (name as written, role in
 * enum spelling or NULL). Returns the person, NULL on allocation failure. */
tf_person *tf_text_official(tf_text_ctx *c, tf_span name, const char *role);
tf_person *tf_text_contact(tf_text_ctx *c, tf_span name);

/* Grows one of the trial's arrays by a zeroed item (arena-backed). */
void *tf_text_grow(tf_text_ctx *c, void **items, size_t *n, size_t *cap, size_t size);

/* Bytes of s[0..len) to show in a message: at most max, cut at a UTF-8
 * character boundary so that messages stay valid UTF-8. As an int, for
 * "%.*s". */
int tf_text_show(const char *s, size_t len, size_t max);

/* "%.*s" arguments showing a span (up to 60 bytes) in a message. */
#define TF_SHOW(sp) tf_text_show((sp).s, (sp).len, 60), (sp).s

/* Records a warning on the trial (at most a few dozen per record; the
 * rest are counted in a last one). */
void tf_text_warn(tf_text_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Free text: lines joined into paragraphs (a line break inside a paragraph
 * becomes a space unless the next line starts a list item), paragraphs
 * separated by one blank line. Appends to out. */
void tf_text_unwrap(const char *s, size_t len, tf_buf *out);

/* Text kept as written: leading and trailing blank lines dropped and the
 * indentation all lines share removed. Appends to out. */
void tf_text_verbatim(const char *s, size_t len, tf_buf *out);

/* The text readers read displayed values through the mapping tables;
 * without them a page would be misread (status lines taken for titles),
 * so the record is refused: returns 0 when the default set is loaded,
 * else its error (TF_ENOTFOUND, TF_EPARSE ...) with the loader's message. */
int tf_text_need_maps(tf_error *err);

/* The end of a reader: checks the countries named apart from the sites,
 * sets source format and name when unset, and turns a sticky allocation
 * failure into TF_ENOMEM. Returns 0 or TF_ENOMEM. */
int tf_text_finish(tf_text_ctx *c, const char *format, const char *name, tf_error *err);

#endif
