/*
 * page.c - registry web pages, saved as text or HTML -> trial model.
 *
 * Three page layouts are known, each recognised by its structure (the
 * heading lines it has and a few marker strings), never by a file name:
 *   - ClinConnect trial page: breadcrumb with the NCT id, title, "Launched
 *     by SPONSOR · date", "Trial Information", "Keywords", "ClinConnect
 *     Summary", "Gender", "Eligibility criteria", "About SPONSOR",
 *     "Locations", "Trial Officials", "Timeline";
 *   - patient-facing trial page: titles and a block of bare facts (status,
 *     age range, sex, phase), "Overview", "Description", "Eligibility",
 *     "Study details" (conditions, NCT id, sponsor, a date), then a contact
 *     form and FAQ that are not trial data;
 *   - trial summary page: "Clinical Trial Summary", "Clinical Trial
 *     Description", "Study Design", "Related Conditions & MeSH terms", a
 *     block of "Label value" facts from "NCT number" on, then "See also"
 *     (other trials, not this one).
 * A page is cut into sections at its layout's heading lines, in any order
 * and with any of them missing; each section is read by the handler for
 * its kind, and sections that are page furniture (navigation, forms, FAQ,
 * sponsor blurbs, lists of other trials) are skipped whole, so their text
 * never reaches the model. Labelled values go through the shared fact
 * table (normalize.c). Wrapped lines are joined where the text is prose
 * or a labelled value; criteria are kept as written.
 *
 * HTML is rendered to the same text first (tf_page_html_study): block
 * elements become lines, list items "  • item", and script, style,
 * navigation and forms are dropped; libxml2 is reached only through
 * tf_html_parse.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <libxml/tree.h>
#include "model/model_int.h"
#include "registry/text_formats.h"
#include "util/util.h"
#include "xml/xml.h"

typedef enum {
	PS_HEADER, /* before the first heading: titles, facts, sponsor */
	PS_IGNORE, /* page furniture */
	PS_SUMMARY,
	PS_DESCRIPTION,
	PS_CRITERIA,
	PS_KEYWORDS,
	PS_CONDITIONS,
	PS_SEX,
	PS_AGE,
	PS_HEALTHY, /* "Healthy volunteers" heading, yes or no under it */
	PS_LOCATIONS,
	PS_OFFICIALS,
	PS_TIMELINE,
	PS_INFO,    /* unlabelled facts ("Trial Information") */
	PS_DETAILS, /* patient page "Study details" */
	PS_FACTS,   /* "Label value" lines */
	PS_ABOUT    /* "About SPONSOR": the name only */
} psect;

enum {
	H_PREFIX = 1, /* the line starts with the heading ("Step 1 Get in touch") */
	H_KEEP = 2,   /* the heading line is the section's first line ("NCT number X") */
	H_WEAK = 4    /* a generic heading: does not end criteria, does not identify */
};

typedef struct heading {
	const char *key; /* tf_text_key of the heading line */
	psect sect;
	unsigned flags;
} heading;

typedef struct layout {
	const char *name;           /* for messages */
	const heading *headings;    /* ends with a NULL key */
	const char *const *markers; /* strings only this site writes */
	const tf_fact_key *keys;    /* labels whose meaning is this site's */
} layout;

/* ---- the three layouts ---- */

static const heading clinconnect_headings[] = {
        {"trialinformation", PS_INFO, 0},
        {"keywords", PS_KEYWORDS, 0},
        {"clinconnectsummary", PS_SUMMARY, 0},
        {"gender", PS_SEX, 0},
        {"eligibilitycriteria", PS_CRITERIA, 0},
        {"locations", PS_LOCATIONS, 0},
        {"patientsapplied", PS_IGNORE, 0},
        {"trialofficials", PS_OFFICIALS, 0},
        {"timeline", PS_TIMELINE, 0},
        {"similartrials", PS_IGNORE, 0},
        {NULL, PS_IGNORE, 0},
};
static const char *const clinconnect_markers[] = {"ClinConnect", NULL};
/* ClinConnect's timeline labels. "Trial launched" (also the date after
 * "Launched by SPONSOR ·") is when the trial went public on the registry:
 * the first post date. */
static const tf_fact_key clinconnect_keys[] = {
        {"triallaunched", TF_FACT_FIRST_POST},
        {"launched", TF_FACT_FIRST_POST},
        {"trialupdated", TF_FACT_LAST_UPDATE},
        {"trialstart", TF_FACT_START},
        {NULL, TF_FACT_NONE},
};

static const heading patient_headings[] = {
        {"poweredbyai", PS_IGNORE, 0},
        {"overview", PS_SUMMARY, 0},
        {"description", PS_DESCRIPTION, 0},
        {"eligibility", PS_CRITERIA, 0},
        {"eligibilitycriteria", PS_CRITERIA, 0},
        {"studydetails", PS_DETAILS, 0},
        {"step1", PS_IGNORE, H_PREFIX},
        {"sendamessage", PS_IGNORE, 0},
        {"investigatoravatar", PS_IGNORE, 0},
        {"primarycontact", PS_IGNORE, 0},
        {"faqs", PS_IGNORE, 0},
        {"faq", PS_IGNORE, 0},
        {"learnmoreaboutclinicaltrials", PS_IGNORE, 0},
        {"addaprivatenote", PS_IGNORE, 0},
        {NULL, PS_IGNORE, 0},
};
static const char *const patient_markers[] = {"Powered by AI", "{{SITE_NAME}}",
                                              "Patient Notification Services", NULL};

static const heading summary_headings[] = {
        {"clinicaltrialsummary", PS_SUMMARY, 0},
        {"clinicaltrialdescription", PS_DESCRIPTION, 0},
        {"studydesign", PS_FACTS, 0},
        {"relatedconditionsmeshterms", PS_CONDITIONS, 0},
        {"relatedconditions", PS_CONDITIONS, 0},
        {"nctnumber", PS_FACTS, H_PREFIX | H_KEEP},
        {"eligibilitycriteria", PS_CRITERIA, 0},
        {"seealso", PS_IGNORE, 0},
        {NULL, PS_IGNORE, 0},
};
static const char *const summary_markers[] = {"Clinical Trial Summary", NULL};
/* On the summary page "Source" is the sponsor. */
static const tf_fact_key summary_keys[] = {
        {"source", TF_FACT_SPONSOR},
        {NULL, TF_FACT_NONE},
};

static const layout layouts[] = {
        {"ClinConnect trial page", clinconnect_headings, clinconnect_markers, clinconnect_keys},
        {"patient-facing trial page", patient_headings, patient_markers, NULL},
        {"trial summary page", summary_headings, summary_markers, summary_keys},
};
#define N_LAYOUTS (sizeof(layouts) / sizeof(layouts[0]))

/* Headings any page may have. */
static const heading common_headings[] = {
        {"locations", PS_LOCATIONS, H_WEAK},
        {"studylocations", PS_LOCATIONS, H_WEAK},
        {"conditions", PS_CONDITIONS, H_WEAK},
        {"keywords", PS_KEYWORDS, H_WEAK},
        {"age", PS_AGE, H_WEAK},
        {"ages", PS_AGE, H_WEAK},
        {"agerange", PS_AGE, H_WEAK},
        {"eligibleages", PS_AGE, H_WEAK},
        {"sex", PS_SEX, H_WEAK},
        {"healthyvolunteers", PS_HEALTHY, H_WEAK},
        {"gender", PS_SEX, H_WEAK},
        {NULL, PS_IGNORE, 0},
};

/* ---- heading lines ---- */

/* Key of a line for heading matching: up to 63 key characters; *whole
 * says whether that is all of the line. */
static size_t line_key(tf_span l, char *key, size_t cap, int *whole)
{
	size_t n = 0;
	*whole = 1;
	for (size_t i = 0; i < l.len; i++) {
		unsigned char ch = (unsigned char)l.s[i];
		if (ch < 0x80 && !isalnum(ch))
			continue;
		if (n + 1 >= cap) {
			*whole = 0;
			break;
		}
		key[n++] = ch < 0x80 ? (char)tolower(ch) : (char)ch;
	}
	key[n] = '\0';
	return n;
}

static const heading *match(const heading *h, const char *key, size_t n, int whole)
{
	for (; h->key; h++) {
		size_t hn = strlen(h->key);
		if ((h->flags & H_PREFIX) ? n >= hn && strncmp(key, h->key, hn) == 0
		                          : whole && strcmp(key, h->key) == 0)
			return h;
	}
	return NULL;
}

/* A heading is a short line of its own; headings never end with a full
 * stop (prose lines like "Description of the risks." are no heading). */
static int heading_shaped(tf_span t)
{
	return t.len && t.len <= 120 && t.s[t.len - 1] != '.' && t.s[t.len - 1] != ',';
}

static const heading *heading_of(const layout *lay, tf_span line, int weak_too)
{
	tf_span t = tf_text_trim(line);
	if (!heading_shaped(t))
		return NULL;
	char key[64];
	int whole;
	size_t n = line_key(t, key, sizeof(key), &whole);
	if (!n)
		return NULL;
	const heading *h = match(lay->headings, key, n, whole);
	if (!h && weak_too)
		h = match(common_headings, key, n, whole);
	return h;
}

static int has_sub(const char *s, size_t n, const char *needle)
{
	size_t nl = strlen(needle);
	for (size_t i = 0; nl && i + nl <= n; i++)
		if (s[i] == needle[0] && memcmp(s + i, needle, nl) == 0)
			return 1;
	return 0;
}

static int bits(unsigned v)
{
	int n = 0;
	for (; v; v &= v - 1)
		n++;
	return n;
}

/* How well the text fits each layout: distinct headings seen plus
 * markers found. */
static const layout *detect(const char *buf, size_t len, int *score_out)
{
	unsigned seen[N_LAYOUTS] = {0};
	unsigned marks[N_LAYOUTS] = {0};
	size_t pos = 0;
	tf_span l;
	while (tf_text_line(buf, len, &pos, &l)) {
		for (size_t k = 0; k < N_LAYOUTS; k++) {
			const layout *lay = &layouts[k];
			const heading *h = heading_of(lay, l, 0);
			if (h)
				seen[k] |= 1u << (unsigned)(h - lay->headings);
			for (size_t m = 0; lay->markers[m]; m++) {
				if (!(marks[k] & (1u << m)) && has_sub(l.s, l.len, lay->markers[m]))
					marks[k] |= 1u << m;
			}
		}
	}
	const layout *best = NULL;
	int best_score = 0;
	for (size_t k = 0; k < N_LAYOUTS; k++) {
		int score = bits(seen[k]) + bits(marks[k]);
		if (score > best_score)
			best = &layouts[k], best_score = score;
	}
	if (score_out)
		*score_out = best_score;
	return best_score >= 2 ? best : NULL;
}

/* ---- reading the sections ---- */

typedef struct pg {
	tf_text_ctx c;
	const layout *lay;
	tf_buf tmp;      /* scratch for assembled text */
	tf_buf val;      /* a labelled value being assembled */
	tf_buf title[2]; /* the header's title paragraphs */
	size_t ntitles;
	char fallback_nct[12]; /* first NCT number in an identification part */
} pg;

static int starts_with_ci(tf_span t, const char *prefix)
{
	size_t n = strlen(prefix);
	return t.len >= n && strncasecmp(t.s, prefix, n) == 0;
}

static int ends_with_ci(tf_span t, const char *suffix)
{
	size_t n = strlen(suffix);
	return t.len >= n && strncasecmp(t.s + t.len - n, suffix, n) == 0;
}

/* Site furniture in the header: logo and image placeholders, the
 * breadcrumb ("Search / Trial NCT..."). */
static int furniture(tf_span t)
{
	char k[16];
	int whole;
	line_key(t, k, sizeof(k), &whole);
	return (whole && (strcmp(k, "image") == 0 || strcmp(k, "logo") == 0)) ||
	       ends_with_ci(t, "logo") || starts_with_ci(t, "search /") ||
	       starts_with_ci(t, "home /");
}

/* A line naming the site itself ("ClinConnect"): its markers. */
static int site_name(const pg *p, tf_span t)
{
	for (size_t m = 0; p->lay->markers[m]; m++)
		if (has_sub(t.s, t.len, p->lay->markers[m]) &&
		    t.len < 2 * strlen(p->lay->markers[m]) + 8)
			return 1;
	return 0;
}

static void warn_line(pg *p, const char *where, tf_span t)
{
	t = tf_text_trim(t);
	tf_text_warn(&p->c, "%s: \"%.*s\" not read", where, TF_SHOW(t));
}

static void end_title(pg *p, tf_buf *chunk)
{
	if (!chunk->len)
		return;
	if (p->ntitles < 2) {
		tf_buf_put(&p->title[p->ntitles++], chunk->ptr, chunk->len);
	} else {
		warn_line(p, "page heading", (tf_span){chunk->ptr, chunk->len});
	}
	tf_buf_clear(chunk);
}

/* Length of a separator ending the span: "·", "|", "-", "–", "—", ",". */
static size_t trailing_sep(tf_span s)
{
	static const char *const seps[] = {"\xC2\xB7",     "|", "-", "\xE2\x80\x93",
	                                   "\xE2\x80\x94", ","};
	for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		size_t n = strlen(seps[i]);
		if (s.len >= n && memcmp(s.s + s.len - n, seps[i], n) == 0)
			return n;
	}
	return 0;
}

/* "Launched by SPONSOR · Dec 24, 2024" (wrapped lines joined): the longest
 * tail that is a date is the first post date, the rest the sponsor. Only
 * the last 40 bytes can hold the date, which keeps a hostile line linear. */
static void launched(pg *p, tf_span v)
{
	char iso[11];
	v = tf_text_trim(v);
	tf_span sponsor = v, date = {NULL, 0};
	for (size_t i = v.len > 40 ? v.len - 40 : 0; i < v.len; i++) {
		if (v.s[i] == ' ' || (i && v.s[i - 1] != ' '))
			continue;
		if (tf_normalize_date(v.s + i, v.len - i, iso)) {
			sponsor = (tf_span){v.s, i};
			date = (tf_span){v.s + i, v.len - i};
			break;
		}
	}
	size_t n;
	while ((sponsor = tf_text_trim(sponsor)).len && (n = trailing_sep(sponsor)))
		sponsor.len -= n;
	if (sponsor.len)
		tf_text_fact(&p->c, "sponsor", 7, sponsor, NULL, 0);
	if (date.len)
		tf_text_fact(&p->c, "launched", 8, date, clinconnect_keys, 0);
}

static void header(pg *p, const char *s, size_t n)
{
	tf_buf chunk = TF_BUF_INIT, launch = TF_BUF_INIT;
	int in_launch = 0;
	size_t pos = 0;
	tf_span l;
	char nct[12];
	while (tf_text_line(s, n, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (!t.len) {
			end_title(p, &chunk);
			if (in_launch)
				launched(p, (tf_span){launch.ptr ? launch.ptr : "", launch.len});
			in_launch = 0;
			tf_buf_clear(&launch);
			continue;
		}
		if (in_launch) {
			tf_buf_putc(&launch, ' ');
			tf_buf_put(&launch, t.s, t.len);
			continue;
		}
		if (starts_with_ci(t, "launched by ")) {
			end_title(p, &chunk);
			in_launch = 1;
			tf_buf_put(&launch, t.s + 12, t.len - 12);
			continue;
		}
		/* An identification line (breadcrumb, "NCT..." alone). */
		if (t.len <= 120 && tf_text_find_nct(t.s, t.len, nct, NULL)) {
			end_title(p, &chunk);
			tf_text_set(&p->c, &p->c.t->nct_id, (tf_span){nct, 11}, 0, "NCT id");
			continue;
		}
		if (furniture(t) || site_name(p, t) || tf_text_fact_line(&p->c, t, p->lay->keys)) {
			end_title(p, &chunk);
			continue;
		}
		if (chunk.len)
			tf_buf_putc(&chunk, ' ');
		tf_buf_put(&chunk, t.s, t.len);
	}
	end_title(p, &chunk);
	if (in_launch)
		launched(p, (tf_span){launch.ptr ? launch.ptr : "", launch.len});
	if (chunk.oom || launch.oom)
		p->c.oom = 1;
	tf_buf_free(&chunk);
	tf_buf_free(&launch);
	/* The first title is the page's headline; a second, different one
	 * under it is the official title (the patient page repeats the
	 * headline when the two are the same). */
	tf_trial *t = p->c.t;
	for (size_t i = 0; i < p->ntitles; i++) {
		tf_span ti = {p->title[i].ptr, p->title[i].len};
		if (i == 0)
			tf_text_set(&p->c, &t->brief_title, ti, 0, "title");
		else if (!t->brief_title || !tf_strcaseeq(t->brief_title, p->title[i].ptr))
			tf_text_set(&p->c, &t->official_title, ti, 0, "official title");
	}
}

/* Unlabelled fact lines ("Trial Information"). */
static void info(pg *p, const char *s, size_t n, const char *where)
{
	size_t pos = 0;
	tf_span l;
	while (tf_text_line(s, n, &pos, &l))
		if (!tf_text_blank(l) && !tf_text_fact_line(&p->c, l, p->lay->keys))
			warn_line(p, where, l);
}

/* "Label value" lines; a line without a label continues the value above
 * (a wrapped line). */
static void flush_fact(pg *p, tf_span *label)
{
	if (!label->s)
		return;
	tf_span v = {p->val.ptr ? p->val.ptr : "", p->val.len};
	if (tf_text_fact(&p->c, label->s, label->len, v, p->lay->keys, 0) == 0)
		warn_line(p, "facts", *label);
	label->s = NULL;
	tf_buf_clear(&p->val);
}

static void facts(pg *p, const char *s, size_t n)
{
	size_t pos = 0;
	tf_span l, label = {NULL, 0}, lab, val;
	while (tf_text_line(s, n, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (!t.len) {
			flush_fact(p, &label);
			continue;
		}
		if (tf_text_label(t, p->lay->keys, &lab, &val) != TF_FACT_NONE) {
			flush_fact(p, &label);
			label = lab;
			tf_buf_put(&p->val, val.s, val.len);
		} else if (label.s) {
			tf_buf_putc(&p->val, ' ');
			tf_buf_put(&p->val, t.s, t.len);
		} else {
			warn_line(p, "facts", t);
		}
	}
	flush_fact(p, &label);
}

/* A list, one item a line. */
static void items(pg *p, const char *s, size_t n, tf_strv *v, const char *what)
{
	size_t pos = 0, before = v->n;
	tf_span l;
	while (tf_text_line(s, n, &pos, &l))
		if (!tf_text_blank(l))
			tf_text_push(&p->c, v, l);
	/* ClinConnect runs its keyword chips together in saved text: one
	 * line of many words cannot be split back safely, so it stays one
	 * item, and the reader says so. */
	if (v->n == before + 1 && v == &p->c.t->keywords) {
		const char *k = v->v[before];
		int words = 1;
		for (const char *q = k; *q; q++)
			words += *q == ' ';
		if (words >= 4 && !strpbrk(k, ",;"))
			tf_text_warn(&p->c,
			             "%s: \"%.*s\" may be several keywords run together; "
			             "kept as one",
			             what, tf_text_show(k, strlen(k), 60), k);
	}
}

/* The first non-blank line as a value of label. */
static void single(pg *p, const char *s, size_t n, const char *label)
{
	size_t pos = 0;
	tf_span l;
	while (tf_text_line(s, n, &pos, &l)) {
		if (tf_text_blank(l))
			continue;
		tf_text_fact(&p->c, label, strlen(label), l, NULL, 0);
		return;
	}
}

static void locations(pg *p, const char *s, size_t n)
{
	size_t pos = 0;
	tf_span l;
	tf_site *last = NULL;
	while (tf_text_line(s, n, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (!t.len)
			continue;
		const char *st = tf_text_enum("ctgov-site-status", t);
		/* A status line under a site is that site's status. */
		if (st && last)
			last->status = st;
		else
			last = tf_text_site(&p->c, t, 0);
	}
}

static const char *role_of(tf_span l)
{
	return tf_text_enum("ctgov-official-role", l);
}

/* "Trial Officials": name, role, affiliation, one a line, per official. */
static void officials(pg *p, const char *s, size_t n)
{
	enum { MAX_LINES = 3000 };
	tf_span *lines = malloc(MAX_LINES * sizeof(*lines));
	if (!lines) {
		p->c.oom = 1;
		return;
	}
	size_t nl = 0, pos = 0;
	tf_span l;
	while (nl < MAX_LINES && tf_text_line(s, n, &pos, &l))
		if (!tf_text_blank(l))
			lines[nl++] = tf_text_trim(l);
	size_t next = 0; /* first line not yet used */
	for (size_t j = 0; j < nl; j++) {
		const char *role = role_of(lines[j]);
		if (!role)
			continue;
		if (!j || j - 1 < next) {
			warn_line(p, "Trial Officials", lines[j]);
			next = j + 1;
			continue;
		}
		for (size_t k = next; k + 1 < j; k++)
			warn_line(p, "Trial Officials", lines[k]);
		tf_person *o = tf_text_official(&p->c, lines[j - 1], role);
		next = j + 1;
		/* The line after the role is the affiliation unless it is the
		 * next official's name (followed by a role). */
		if (j + 1 < nl && !role_of(lines[j + 1]) &&
		    !(j + 2 < nl && role_of(lines[j + 2]))) {
			if (o)
				tf_text_set(&p->c, &o->affiliation, lines[j + 1], 0, "affiliation");
			next = j + 2;
		}
	}
	for (size_t k = next; k < nl; k++)
		warn_line(p, "Trial Officials", lines[k]);
	free(lines);
}

/* "Timeline": a label line ("First submit", "Estimated completion") with
 * its value on the same line or the next; "Not reported" says nothing. */
static void timeline(pg *p, const char *s, size_t n)
{
	size_t pos = 0;
	tf_span l, pending = {NULL, 0}, lab, val;
	while (tf_text_line(s, n, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (!t.len)
			continue;
		if (tf_text_label(t, p->lay->keys, &lab, &val) != TF_FACT_NONE) {
			pending = (tf_span){NULL, 0};
			if (tf_text_blank(val))
				pending = lab;
			else if (tf_text_fact(&p->c, lab.s, lab.len, val, p->lay->keys, 0) == 0)
				warn_line(p, "Timeline", t);
		} else if (pending.s) {
			tf_text_fact(&p->c, pending.s, pending.len, t, p->lay->keys, 0);
			pending = (tf_span){NULL, 0};
		} else {
			warn_line(p, "Timeline", t);
		}
	}
}

/* Patient page "Study details": the conditions (first paragraph), the NCT
 * id, the sponsor, and a date the page does not label. */
static void details(pg *p, const char *s, size_t n)
{
	size_t pos = 0;
	int stage = 0; /* 0 conditions, 1 after them */
	tf_span l;
	char nct[12], iso[11];
	while (tf_text_line(s, n, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (!t.len) {
			if (p->c.t->conditions.n)
				stage = 1;
			continue;
		}
		if (t.len <= 40 && tf_text_find_nct(t.s, t.len, nct, NULL)) {
			tf_text_set(&p->c, &p->c.t->nct_id, (tf_span){nct, 11}, 0, "NCT id");
			stage = 1;
		} else if (stage == 0) {
			tf_text_push(&p->c, &p->c.t->conditions, t);
		} else if (tf_normalize_date(t.s, t.len, iso)) {
			/* Which date this is (posted, updated, started) the page
			 * does not say: it is reported, not guessed. */
			tf_text_warn(&p->c,
			             "Study details: the date \"%.*s\" has no label; not "
			             "placed",
			             TF_SHOW(t));
		} else if (!p->c.t->lead_sponsor.name && t.len <= 200) {
			tf_text_fact(&p->c, "sponsor", 7, t, NULL, 0);
		} else {
			warn_line(p, "Study details", t);
		}
	}
}

/* "About SPONSOR": only the name is trial data (the blurb under it is the
 * site's). It gives the sponsor's spelling when "Launched by" shouted it
 * in capitals. */
static void about(pg *p, tf_span heading_line)
{
	tf_span name = tf_text_trim(heading_line);
	name = tf_text_trim((tf_span){name.s + 5, name.len - 5});
	const char **sp = &p->c.t->lead_sponsor.name;
	char a[256], b[256];
	if (!*sp) {
		tf_text_set(&p->c, sp, name, 0, "sponsor");
		return;
	}
	if (!tf_text_key(name.s, name.len, a, sizeof(a)) ||
	    !tf_text_key(*sp, strlen(*sp), b, sizeof(b)) || strcmp(a, b) != 0)
		return;
	for (const char *q = *sp; *q; q++)
		if (islower((unsigned char)*q))
			return;
	int oom;
	const char *v = tf_model_text(p->c.t, name.s, name.len, 0, &oom);
	if (v)
		*sp = v;
	if (oom)
		p->c.oom = 1;
}

/* "About X" heads the sponsor blurb: on ClinConnect any short line so
 * written, elsewhere only when X is the sponsor already read. */
static int about_heading(pg *p, tf_span l)
{
	tf_span t = tf_text_trim(l);
	if (!starts_with_ci(t, "about ") || !heading_shaped(t) || t.s[t.len - 1] == ':' ||
	    t.s[t.len - 1] == '?')
		return 0;
	if (p->lay == &layouts[0])
		return 1;
	const char *sp = p->c.t->lead_sponsor.name;
	char a[256], b[256];
	return sp && tf_text_key(t.s + 6, t.len - 6, a, sizeof(a)) &&
	       tf_text_key(sp, strlen(sp), b, sizeof(b)) && strcmp(a, b) == 0;
}

static void text_field(pg *p, const char **field, const char *s, size_t n, int verbatim,
                       const char *what)
{
	tf_buf_clear(&p->tmp);
	if (verbatim)
		tf_text_verbatim(s, n, &p->tmp);
	else
		tf_text_unwrap(s, n, &p->tmp);
	if (p->tmp.oom)
		p->c.oom = 1;
	tf_text_set(&p->c, field, (tf_span){p->tmp.ptr ? p->tmp.ptr : "", p->tmp.len},
	            TF_TEXT_MARKDOWN, what);
}

static void section(pg *p, psect sect, tf_span heading_line, const char *s, size_t n)
{
	tf_trial *t = p->c.t;
	char nct[12];
	/* Identification parts may carry the NCT id where the layout's usual
	 * place lacks it; prose and furniture (other trials) may not. */
	if (!p->fallback_nct[0] && sect != PS_IGNORE && sect != PS_SUMMARY &&
	    sect != PS_DESCRIPTION && sect != PS_CRITERIA && sect != PS_ABOUT &&
	    tf_text_find_nct(s, n, nct, NULL))
		memcpy(p->fallback_nct, nct, sizeof(nct));
	switch (sect) {
	case PS_HEADER:
		header(p, s, n);
		break;
	case PS_IGNORE:
		break;
	case PS_SUMMARY:
		text_field(p, &t->brief_summary, s, n, 0, "summary");
		break;
	case PS_DESCRIPTION:
		text_field(p, &t->detailed_description, s, n, 0, "description");
		break;
	case PS_CRITERIA:
		text_field(p, &t->eligibility.criteria, s, n, 1, "eligibility criteria");
		break;
	case PS_KEYWORDS:
		items(p, s, n, &t->keywords, "Keywords");
		break;
	case PS_CONDITIONS:
		items(p, s, n, &t->conditions, "Conditions");
		break;
	case PS_SEX:
		single(p, s, n, "sex");
		break;
	case PS_AGE:
		single(p, s, n, "age");
		break;
	case PS_HEALTHY:
		single(p, s, n, "healthy volunteers");
		break;
	case PS_LOCATIONS:
		locations(p, s, n);
		break;
	case PS_OFFICIALS:
		officials(p, s, n);
		break;
	case PS_TIMELINE:
		timeline(p, s, n);
		break;
	case PS_INFO:
		info(p, s, n, "Trial Information");
		break;
	case PS_DETAILS:
		details(p, s, n);
		break;
	case PS_FACTS:
		facts(p, s, n);
		break;
	case PS_ABOUT:
		about(p, heading_line);
		break;
	}
}

static void run(pg *p, const char *buf, size_t len)
{
	psect sect = PS_HEADER;
	tf_span head = {"", 0}, l;
	size_t start = 0, pos = 0, lstart;
	while (lstart = pos, tf_text_line(buf, len, &pos, &l)) {
		/* Criteria run to the layout's next own heading: a criterion
		 * may well be a line like "Age". */
		const heading *h = heading_of(p->lay, l, sect != PS_CRITERIA);
		psect next;
		if (h)
			next = h->sect;
		else if (about_heading(p, l))
			next = PS_ABOUT;
		else
			continue;
		section(p, sect, head, buf + start, lstart - start);
		sect = next, head = l;
		start = h && (h->flags & H_KEEP) ? lstart : pos;
	}
	section(p, sect, head, buf + start, len - start);
}

static int looks_html(const char *buf, size_t len)
{
	size_t i = 0;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\r\n", buf[i]))
		i++;
	tf_span t = {buf + i, len - i};
	return starts_with_ci(t, "<!doctype html") || starts_with_ci(t, "<html");
}

static int page_text(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err)
{
	int rc = tf_text_check(buf, len, err);
	if (rc < 0 || (rc = tf_text_need_maps(err)) < 0)
		return rc;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		buf += 3, len -= 3;
	char nct[12];
	const layout *lay = detect(buf, len, NULL);
	if (!lay) {
		if (!tf_text_find_nct(buf, len, nct, NULL))
			return tf_error_set(err, TF_EINVALID, "no NCT id found in the page");
		return tf_error_set(err, TF_EUNSUPPORTED,
		                    "page layout not recognised (tried: %s, %s, %s)",
		                    layouts[0].name, layouts[1].name, layouts[2].name);
	}
	pg p = {.c = TF_TEXT_CTX_INIT, .lay = lay};
	p.c.t = t;
	p.tmp = (tf_buf)TF_BUF_INIT;
	p.val = (tf_buf)TF_BUF_INIT;
	p.title[0] = p.title[1] = (tf_buf)TF_BUF_INIT;
	run(&p, buf, len);
	if (p.tmp.oom || p.val.oom || p.title[0].oom || p.title[1].oom)
		p.c.oom = 1;
	tf_buf_free(&p.tmp);
	tf_buf_free(&p.val);
	tf_buf_free(&p.title[0]);
	tf_buf_free(&p.title[1]);
	if (!t->nct_id && p.fallback_nct[0] && !p.c.oom)
		t->nct_id = tf_trial_strdup(t, p.fallback_nct, 11);
	rc = tf_text_finish(&p.c, "page", name, err);
	if (rc < 0)
		return rc;
	if (!t->nct_id)
		return tf_error_set(err, TF_EINVALID, "no NCT id found in the page (read as a %s)",
		                    lay->name);
	if (err)
		tf_strlcpy(err->record_id, t->nct_id, sizeof(err->record_id));
	return 0;
}

int tf_page_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err)
{
	if (!t || (!buf && len))
		return tf_error_set(err, TF_EINVAL, "tf_page_study: no input");
	if (!buf)
		buf = "";
	if (looks_html(buf, len))
		return tf_page_html_study(buf, len, name, t, err);
	return page_text(buf, len, name, t, err);
}

/* ---- HTML -> the text a browser saves ---- */

typedef struct render {
	tf_buf out;
	int need;  /* line breaks owed before the next text: 0, 1 or 2 */
	int space; /* a space is owed before the next text */
	int pre;   /* inside <pre>: white space kept */
} render;

static int tag_in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return 1;
	return 0;
}

/* Not page text: code, styling, navigation, forms, media, the site's
 * footer. */
static const char *const skipped_tags[] = {
        "script", "style",  "noscript", "template", "nav",    "svg",      "iframe", "object",
        "form",   "button", "input",    "select",   "option", "textarea", "head",   "canvas",
        "audio",  "video",  "map",      "dialog",   "footer", NULL};
/* Blocks set off by a blank line. */
static const char *const para_tags[] = {
        "p",       "h1",      "h2",    "h3",    "h4",     "h5", "h6",
        "section", "article", "table", "ul",    "ol",     "dl", "blockquote",
        "pre",     "header",  "main",  "aside", "figure", "hr", NULL};
/* Blocks on lines of their own. */
static const char *const line_tags[] = {"div",        "li",      "tr",       "dt",      "dd",
                                        "figcaption", "address", "fieldset", "caption", "summary",
                                        "details",    "br",      NULL};

static void owe(render *r, int lines)
{
	if (r->need < lines)
		r->need = lines;
	r->space = 0;
}

/* Pays the line breaks owed; then raw text follows. */
static void pay(render *r)
{
	if (r->need && r->out.len)
		tf_buf_put(&r->out, "\n\n", (size_t)r->need);
	r->need = 0;
}

static void text(render *r, const char *s)
{
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (r->pre) {
			if (ch == '\n') {
				tf_buf_putc(&r->out, '\n');
				continue;
			}
		} else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
			r->space = 1;
			continue;
		}
		int at_line_start = !r->out.len || r->out.ptr[r->out.len - 1] == '\n' || r->need;
		pay(r);
		if (r->space && !at_line_start)
			tf_buf_putc(&r->out, ' ');
		r->space = 0;
		tf_buf_putc(&r->out, (char)ch);
	}
}

static void walk(render *r, const xmlNode *n)
{
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				text(r, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || !n->name)
			continue;
		const char *name = (const char *)n->name;
		if (tag_in(name, skipped_tags))
			continue;
		int lines = tag_in(name, para_tags) ? 2 : tag_in(name, line_tags) ? 1 : 0;
		if (lines)
			owe(r, lines);
		if (strcmp(name, "li") == 0) {
			pay(r);
			tf_buf_puts(&r->out, "  \xE2\x80\xA2 ");
		}
		if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)
			r->space = 1;
		int pre = strcmp(name, "pre") == 0;
		r->pre += pre;
		walk(r, n->children);
		r->pre -= pre;
		if (lines)
			owe(r, lines);
	}
}

int tf_page_html_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err)
{
	if (!t || (!buf && len))
		return tf_error_set(err, TF_EINVAL, "tf_page_html_study: no input");
	xmlDocPtr doc = NULL;
	int rc = tf_html_parse(buf ? buf : "", len, name, &doc, err);
	if (rc < 0)
		return rc;
	render r = {TF_BUF_INIT, 0, 0, 0};
	walk(&r, xmlDocGetRootElement(doc));
	xmlFreeDoc(doc);
	if (r.out.oom) {
		tf_buf_free(&r.out);
		return tf_error_set(err, TF_ENOMEM, "out of memory rendering the page");
	}
	rc = page_text(r.out.ptr ? r.out.ptr : "", r.out.len, name, t, err);
	tf_buf_free(&r.out);
	return rc;
}

/* ---- sniffers ---- */

int tf_page_sniff(const char *head, size_t len)
{
	if (!head || !len || tf_markdown_sniff(head, len))
		return 0;
	char nct[12];
	int has_nct = tf_text_find_nct(head, len, nct, NULL);
	if (looks_html(head, len))
		return has_nct ? 2 : 1;
	/* The head may end inside a line or a character: harmless here. */
	if (!detect(head, len, NULL))
		return 0;
	return has_nct ? 2 : 1;
}
