/*
 * model_int.h - internal helpers for readers that fill the trial model.
 */
#ifndef TF_MODEL_INT_H
#define TF_MODEL_INT_H

#include "trialfhir/trial.h"

enum {
	TF_TEXT_MARKDOWN = 1 << 0 /* undo CT.gov markdown escapes (\> \< \^ \* ...) */
};

/* Copies registry text into the trial, cleaned for FHIR: leading and
 * trailing white space trimmed, C0 control characters other than tab, CR
 * and LF removed (FHIR strings may not hold them), CR LF folded to LF, HTML
 * character references (&amp; &#39; &#x2265; ...) decoded, and with
 * TF_TEXT_MARKDOWN a backslash before ASCII punctuation dropped.
 * Returns NULL when nothing is left (FHIR has no empty strings) or on
 * allocation failure; *oom tells which when oom is not NULL. The input must
 * be valid UTF-8 (the caller checks). */
const char *tf_model_text(tf_trial *t, const char *s, size_t len, int flags, int *oom);

/* True when s is "NCT" followed by exactly 8 digits. */
int tf_model_is_nct(const char *s);

#endif
