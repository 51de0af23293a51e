/*
 * markdown.c - registry mirror markdown -> trial model.
 *
 * A mirror page is YAML front matter (title, nct_id, overall_status,
 * phase, sponsor, ...) followed by markdown: a "# " title, bold
 * "**Label:** value" lines, and "## " sections (Key Facts, Brief Summary,
 * Detailed Description, Eligibility with the criteria in a code block,
 * Arms, Interventions, Outcomes, Locations, Recent Field Changes). The
 * reader finds sections by their heading text (case, order, a "(N)" count
 * and missing sections do not matter) and reads each with the handler for
 * its kind; labelled values go through the shared fact table
 * (normalize.c), so "Start Date" here and "Start date" on a web page land
 * in the same field. The front matter parser reads the YAML subset mirrors
 * write - `key: value`, quoted values, block and flow lists - and skips
 * anything else. Values stated twice (front matter and Key Facts) must
 * agree: the first is kept and a difference is a warning.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>
#include "model/model_int.h"
#include "registry/text_formats.h"
#include "util/util.h"

typedef enum {
	MS_PREAMBLE, /* before the first "## ": "# " title, bold facts */
	MS_FACTS,    /* bold "**Label:** value" items */
	MS_SUMMARY,
	MS_DESCRIPTION,
	MS_ELIGIBILITY, /* bold facts, then the criteria (code block) */
	MS_ARMS,
	MS_INTERVENTIONS,
	MS_PRIMARY, /* outcomes: primary, secondary, other */
	MS_SECONDARY,
	MS_OTHER,
	MS_LOCATIONS,
	MS_CHANGES, /* mirror change log */
	MS_CONDITIONS,
	MS_KEYWORDS,
	MS_FOOTER, /* after a thematic break: mirror provenance */
	MS_UNKNOWN
} msect;

static const struct {
	const char *key; /* tf_text_key of the heading, "(N)" tail removed */
	msect sect;
} headings[] = {
        {"keyfacts", MS_FACTS},
        {"facts", MS_FACTS},
        {"studyfacts", MS_FACTS},
        {"briefsummary", MS_SUMMARY},
        {"summary", MS_SUMMARY},
        {"detaileddescription", MS_DESCRIPTION},
        {"description", MS_DESCRIPTION},
        {"eligibility", MS_ELIGIBILITY},
        {"eligibilitycriteria", MS_ELIGIBILITY},
        {"arms", MS_ARMS},
        {"armgroups", MS_ARMS},
        {"studyarms", MS_ARMS},
        {"interventions", MS_INTERVENTIONS},
        {"primaryoutcomes", MS_PRIMARY},
        {"primaryoutcome", MS_PRIMARY},
        {"primaryoutcomemeasures", MS_PRIMARY},
        {"secondaryoutcomes", MS_SECONDARY},
        {"secondaryoutcome", MS_SECONDARY},
        {"secondaryoutcomemeasures", MS_SECONDARY},
        {"otheroutcomes", MS_OTHER},
        {"otheroutcomemeasures", MS_OTHER},
        {"locations", MS_LOCATIONS},
        {"studylocations", MS_LOCATIONS},
        {"sites", MS_LOCATIONS},
        {"recentfieldchanges", MS_CHANGES},
        {"fieldchanges", MS_CHANGES},
        {"conditions", MS_CONDITIONS},
        {"keywords", MS_KEYWORDS},
};

/* Keys whose meaning is the mirror's own. The front matter's source,
 * canonical_url, clinicaltrials_gov and urls describe the mirror copy, not
 * the trial (the CT.gov address follows from the NCT id); last_seen_at is
 * when the mirror last saw the record, the data's version date. */
static const tf_fact_key mirror_keys[] = {
        {"source", TF_FACT_IGNORE},     {"canonicalurl", TF_FACT_IGNORE},
        {"canonical", TF_FACT_IGNORE},  {"clinicaltrialsgov", TF_FACT_IGNORE},
        {"url", TF_FACT_IGNORE},        {"urls", TF_FACT_IGNORE},
        {"sourcedata", TF_FACT_IGNORE}, {"lastseenat", TF_FACT_VERSION},
        {"lastseen", TF_FACT_VERSION},  {NULL, TF_FACT_NONE},
};

typedef struct md {
	tf_text_ctx c;
	const char *buf;
	size_t len;
	char fallback_nct[12]; /* an NCT number seen in the title or front matter */
	tf_buf tmp;            /* scratch for assembled text */
	tf_buf val;            /* scratch for a decoded YAML value */
	int criteria_done;     /* the eligibility criteria were read */
} md;

static int is_fence(tf_span l)
{
	l = tf_text_trim(l);
	return l.len >= 3 && (memcmp(l.s, "```", 3) == 0 || memcmp(l.s, "~~~", 3) == 0);
}

/* "---", "***", "___" (three or more, alone on the line). */
static int is_break(tf_span l)
{
	l = tf_text_trim(l);
	if (l.len < 3 || !strchr("-*_", l.s[0]))
		return 0;
	for (size_t i = 0; i < l.len; i++)
		if (l.s[i] != l.s[0] && l.s[i] != ' ')
			return 0;
	return 1;
}

/* Level of an ATX heading ("## x" -> 2), 0 when the line is none. */
static int heading_level(tf_span l)
{
	size_t i = 0;
	while (i < l.len && i < 7 && l.s[i] == '#')
		i++;
	return i >= 1 && i <= 6 && i < l.len && (l.s[i] == ' ' || l.s[i] == '\t') ? (int)i : 0;
}

/* The heading's text: "#"s and a closing "#" run removed. */
static tf_span heading_text(tf_span l)
{
	size_t lvl = (size_t)heading_level(l);
	tf_span t = tf_text_trim((tf_span){l.s + lvl, l.len - lvl});
	while (t.len && t.s[t.len - 1] == '#')
		t.len--;
	return tf_text_trim(t);
}

static msect section_of(tf_span title, long *count)
{
	/* "Locations (1)", "Recent Field Changes (last 30 days)" */
	const char *open = memchr(title.s, '(', title.len);
	tf_span name = {title.s, open ? (size_t)(open - title.s) : title.len};
	*count = -1;
	if (open) {
		char digits[16];
		size_t n = 0;
		for (const char *p = open + 1;
		     p < title.s + title.len && isdigit((unsigned char)*p); p++)
			if (n + 1 < sizeof(digits))
				digits[n++] = *p;
		digits[n] = '\0';
		if (n && open + n + 1 < title.s + title.len && open[n + 1] == ')')
			*count = tf_parse_long(digits);
	}
	char key[64];
	if (!tf_text_key(name.s, name.len, key, sizeof(key)))
		return MS_UNKNOWN;
	for (size_t i = 0; i < sizeof(headings) / sizeof(headings[0]); i++)
		if (strcmp(headings[i].key, key) == 0)
			return headings[i].sect;
	return MS_UNKNOWN;
}

/* ---- list entries ----
 * An entry is a list item with its wrapped lines and the paragraphs that
 * follow it up to the next item: the mirror writes an outcome's second
 * paragraph of description unindented after the item. */

typedef struct entry {
	tf_span head; /* the item itself, lines joined */
	tf_span more; /* the paragraphs after it, "\n\n"-separated */
} entry;

static int is_item(tf_span l)
{
	if (tf_text_indent(l) >= 2)
		return 0;
	tf_span t = tf_text_trim(l);
	return t.len >= 2 && strchr("-*+", t.s[0]) && (t.s[1] == ' ' || t.s[1] == '\t');
}

/* Joins the entry text s[0..n) into m->tmp and splits it into head and
 * more. The spans point into m->tmp until the next call. */
static entry split_entry(md *m, const char *s, size_t n)
{
	tf_buf_clear(&m->tmp);
	tf_text_unwrap(s, n, &m->tmp);
	entry e = {{"", 0}, {"", 0}};
	if (!m->tmp.ptr)
		return e;
	const char *gap = strstr(m->tmp.ptr, "\n\n");
	size_t hn = gap ? (size_t)(gap - m->tmp.ptr) : m->tmp.len;
	e.head = (tf_span){m->tmp.ptr, hn};
	/* A wrapped item written as several lines comes back as one line
	 * unless a line starts like an item; then it stays a line break. */
	if (gap)
		e.more = (tf_span){gap + 2, m->tmp.len - hn - 2};
	return e;
}

/* Parts of "**Label** (TYPE) _(time frame: X)_ — description". */
typedef struct item_parts {
	tf_span label;
	tf_span paren;      /* (TYPE) */
	tf_span time_frame; /* _(time frame: X)_ */
	tf_span desc;
} item_parts;

/* Length of a dash separator at s: " — ", " – ", " - ", ": ". */
static size_t dash_at(tf_span s)
{
	if (s.len >= 3 &&
	    (memcmp(s.s, "\xE2\x80\x94", 3) == 0 || memcmp(s.s, "\xE2\x80\x93", 3) == 0))
		return 3;
	if (s.len >= 1 && (s.s[0] == '-' || s.s[0] == ':'))
		return 1;
	return 0;
}

static item_parts item_split(tf_span head)
{
	item_parts p = {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}};
	tf_span s = tf_text_trim(head);
	if (s.len >= 2 && strchr("-*+", s.s[0]) && s.s[1] == ' ')
		s = tf_text_trim((tf_span){s.s + 2, s.len - 2});
	if (s.len >= 4 && memcmp(s.s, "**", 2) == 0) {
		const char *close = NULL;
		for (size_t i = 2; i + 1 < s.len; i++)
			if (s.s[i] == '*' && s.s[i + 1] == '*') {
				close = s.s + i;
				break;
			}
		if (close) {
			p.label = tf_text_trim((tf_span){s.s + 2, (size_t)(close - s.s) - 2});
			s = tf_text_trim((tf_span){close + 2, s.len - (size_t)(close + 2 - s.s)});
		}
	}
	if (!p.label.s) {
		/* No bold label: the text up to a dash is the label. */
		size_t i = 0;
		while (i < s.len) {
			if (s.s[i] == ' ') {
				tf_span rest = {s.s + i + 1, s.len - i - 1};
				size_t d = dash_at(rest);
				if (d && (rest.len == d || rest.s[d] == ' '))
					break;
			}
			i++;
		}
		p.label = tf_text_trim((tf_span){s.s, i});
		s = tf_text_trim((tf_span){s.s + i, s.len - i});
	}
	for (;;) {
		if (s.len && s.s[0] == '(') {
			int depth = 0;
			size_t i = 0;
			for (; i < s.len; i++) {
				depth += s.s[i] == '(';
				depth -= s.s[i] == ')';
				if (!depth)
					break;
			}
			if (i == s.len)
				break;
			p.paren = tf_text_trim((tf_span){s.s + 1, i - 1});
			s = tf_text_trim((tf_span){s.s + i + 1, s.len - i - 1});
		} else if (s.len > 3 && memcmp(s.s, "_(", 2) == 0) {
			/* A time frame holds parentheses of its own ("(H2))_"):
			 * the end is the ")_" that closes the opening one, or the
			 * first ")_" when they do not balance. */
			const char *end = NULL, *first = NULL;
			int depth = 1;
			for (size_t i = 2; i + 1 < s.len && !end; i++) {
				depth += s.s[i] == '(';
				depth -= s.s[i] == ')';
				if (s.s[i] == ')' && s.s[i + 1] == '_') {
					if (!first)
						first = s.s + i;
					if (depth == 0)
						end = s.s + i;
				}
			}
			if (!end)
				end = first;
			if (!end)
				break;
			tf_span in = {s.s + 2, (size_t)(end - s.s) - 2};
			static const char tf_label[] = "time frame:";
			if (in.len >= sizeof(tf_label) - 1 &&
			    strncasecmp(in.s, tf_label, sizeof(tf_label) - 1) == 0)
				in = (tf_span){in.s + sizeof(tf_label) - 1,
				               in.len - (sizeof(tf_label) - 1)};
			p.time_frame = tf_text_trim(in);
			s = tf_text_trim((tf_span){end + 2, s.len - (size_t)(end + 2 - s.s)});
		} else {
			break;
		}
	}
	size_t d = dash_at(s);
	if (d)
		s = tf_text_trim((tf_span){s.s + d, s.len - d});
	p.desc = s;
	return p;
}

/* "**Label:** value" or "**Label**: value" (after an optional bullet):
 * sets label and value, returns 1; 0 when the text has no bold label. */
static int bold_fact(tf_span head, tf_span *label, tf_span *value)
{
	tf_span s = tf_text_trim(head);
	if (s.len >= 2 && strchr("-*+", s.s[0]) && s.s[1] == ' ')
		s = tf_text_trim((tf_span){s.s + 2, s.len - 2});
	if (s.len < 5 || memcmp(s.s, "**", 2) != 0)
		return 0;
	for (size_t i = 2; i + 1 < s.len; i++) {
		if (s.s[i] != '*' || s.s[i + 1] != '*')
			continue;
		*label = tf_text_trim((tf_span){s.s + 2, i - 2});
		while (label->len && label->s[label->len - 1] == ':')
			label->len--;
		tf_span v = tf_text_trim((tf_span){s.s + i + 2, s.len - i - 2});
		if (v.len && v.s[0] == ':')
			v = tf_text_trim((tf_span){v.s + 1, v.len - 1});
		*value = v;
		return label->len > 0;
	}
	return 0;
}

/* Applies a "**Label:** value" entry; says which labels were not read. */
static void fact_entry(md *m, tf_span head, const char *where)
{
	tf_span label, value;
	if (!bold_fact(head, &label, &value)) {
		if (!tf_text_blank(head))
			tf_text_warn(&m->c, "%s: text not read: \"%.*s\"", where, TF_SHOW(head));
		return;
	}
	/* An NCT id given as a link: "[NCT07396558](https://...)". */
	if (tf_text_fact(&m->c, label.s, label.len, value, mirror_keys, 1) == 0)
		tf_text_warn(&m->c, "%s: \"%.*s\" not read", where, TF_SHOW(label));
}

/* Calls fn for each entry of s[0..n): an entry starts at a list item, or
 * at a bold label or any text after a blank line when no item is open. */
typedef void (*entry_fn)(md *m, msect sect, tf_span text);

static void each_entry(md *m, msect sect, const char *s, size_t n, entry_fn fn)
{
	size_t pos = 0, start = (size_t)-1, lstart;
	int after_blank = 1;
	tf_span l;
	while (lstart = pos, tf_text_line(s, n, &pos, &l)) {
		if (tf_text_blank(l)) {
			after_blank = 1;
			continue;
		}
		tf_span t = tf_text_trim(l);
		int starts = is_item(l) ||
		             (after_blank && tf_text_indent(l) < 2 &&
		              (start == (size_t)-1 || (t.len > 2 && memcmp(t.s, "**", 2) == 0)));
		/* In lists that carry paragraphs (outcomes, arms), a paragraph
		 * after an item belongs to it; in fact lists it is its own. */
		if (starts && start != (size_t)-1) {
			fn(m, sect, (tf_span){s + start, lstart - start});
			start = (size_t)-1;
		}
		if (start == (size_t)-1)
			start = lstart;
		after_blank = 0;
	}
	if (start != (size_t)-1)
		fn(m, sect, (tf_span){s + start, n - start});
}

static void facts_fn(md *m, msect sect, tf_span text)
{
	entry e = split_entry(m, text.s, text.len);
	fact_entry(m, e.head, sect == MS_PREAMBLE ? "heading" : "Key Facts");
	if (e.more.len)
		fact_entry(m, e.more, sect == MS_PREAMBLE ? "heading" : "Key Facts");
}

/* Description = the item's own text, then its further paragraphs. */
static const char *entry_desc(md *m, const item_parts *p, entry e)
{
	tf_buf_clear(&m->val);
	tf_buf_put(&m->val, p->desc.s, p->desc.len);
	if (e.more.len) {
		if (m->val.len)
			tf_buf_puts(&m->val, "\n\n");
		tf_buf_put(&m->val, e.more.s, e.more.len);
	}
	if (m->val.oom)
		m->c.oom = 1;
	int oom;
	const char *d = tf_model_text(m->c.t, m->val.ptr, m->val.len, TF_TEXT_MARKDOWN, &oom);
	if (oom)
		m->c.oom = 1;
	return d;
}

/* The enum in "(TYPE)"; a warning when it is none of the table's. */
static const char *entry_type(md *m, tf_span paren, const char *table, const char *what)
{
	if (!paren.len)
		return NULL;
	const char *v = tf_text_enum(table, paren);
	if (!v)
		tf_text_warn(&m->c, "%s type \"%.*s\" is not one we know", what, TF_SHOW(paren));
	return v;
}

static const char *span_text(md *m, tf_span s, int flags)
{
	int oom;
	const char *v = tf_model_text(m->c.t, s.s, s.len, flags, &oom);
	if (oom)
		m->c.oom = 1;
	return v;
}

static void list_fn(md *m, msect sect, tf_span text)
{
	tf_text_ctx *c = &m->c;
	tf_trial *t = c->t;
	entry e = split_entry(m, text.s, text.len);
	if (tf_text_blank(e.head))
		return;
	item_parts p = item_split(e.head);
	void *items;
	switch (sect) {
	case MS_ARMS: {
		items = t->arms;
		tf_arm *a = tf_text_grow(c, &items, &t->n_arms, &c->cap_arms, sizeof(*a));
		t->arms = items;
		if (!a)
			return;
		a->label = span_text(m, p.label, 0);
		a->type = entry_type(m, p.paren, "ctgov-arm-type", "arm");
		a->description = entry_desc(m, &p, e);
		break;
	}
	case MS_INTERVENTIONS: {
		items = t->interventions;
		tf_intervention *iv = tf_text_grow(c, &items, &t->n_interventions,
		                                   &c->cap_interventions, sizeof(*iv));
		t->interventions = items;
		if (!iv)
			return;
		iv->name = span_text(m, p.label, 0);
		iv->type = entry_type(m, p.paren, "ctgov-intervention-type", "intervention");
		iv->description = entry_desc(m, &p, e);
		break;
	}
	case MS_PRIMARY:
	case MS_SECONDARY:
	case MS_OTHER: {
		int k = sect - MS_PRIMARY;
		tf_outcome **list[] = {&t->primary_outcomes, &t->secondary_outcomes,
		                       &t->other_outcomes};
		size_t *counts[] = {&t->n_primary_outcomes, &t->n_secondary_outcomes,
		                    &t->n_other_outcomes};
		items = *list[k];
		tf_outcome *o = tf_text_grow(c, &items, counts[k], &c->cap_outcomes[k], sizeof(*o));
		*list[k] = items;
		if (!o)
			return;
		o->measure = span_text(m, p.label, 0);
		o->time_frame = span_text(m, p.time_frame, 0);
		o->description = entry_desc(m, &p, e);
		break;
	}
	case MS_LOCATIONS:
		tf_text_site(c, e.head, 1);
		if (e.more.len)
			tf_text_warn(c, "Locations: text not read: \"%.*s\"", TF_SHOW(e.more));
		break;
	case MS_CONDITIONS:
		tf_text_push(c, &t->conditions, e.head);
		break;
	case MS_KEYWORDS:
		tf_text_push(c, &t->keywords, e.head);
		break;
	case MS_CHANGES: {
		/* The mirror's change log: "`field` — added _(2026-05-12)_".
		 * Nothing clinical; its dates say when the mirror last saw the
		 * record change, so the newest becomes the data's version date
		 * (source.version_holder) when newer than last_seen_at. It is
		 * not CT.gov's last update post date: the record states that
		 * one itself (ct_last_update_post_date), and the mirror's
		 * first sighting of a field is no registry update. */
		const char *open = NULL;
		for (size_t i = e.head.len; i-- > 1;)
			if (e.head.s[i - 1] == '_' && e.head.s[i] == '(') {
				open = e.head.s + i + 1;
				break;
			}
		if (open) {
			const char *close =
			        memchr(open, ')', (size_t)(e.head.s + e.head.len - open));
			if (close)
				tf_text_fact(c, "last seen at", 12,
				             (tf_span){open, (size_t)(close - open)}, mirror_keys,
				             0);
		}
		break;
	}
	default:
		break;
	}
}

/* The Eligibility section: bold facts (minimum age, sex, healthy
 * volunteers), and the criteria: the code block kept as written, or the
 * section's other text when there is no code block. */
static void eligibility(md *m, const char *s, size_t n)
{
	size_t pos = 0, lstart, fence_start = 0, free_start = (size_t)-1, free_end = 0;
	size_t fact_start = (size_t)-1;
	int fence = 0;
	tf_span l;
	tf_span crit = {NULL, 0};
	while (lstart = pos, tf_text_line(s, n, &pos, &l)) {
		if (fence) {
			if (is_fence(l)) {
				fence = 0;
				if (!crit.s)
					crit = (tf_span){s + fence_start, lstart - fence_start};
			}
			continue;
		}
		int item_or_bold = is_item(l) || (tf_text_trim(l).len > 2 &&
		                                  memcmp(tf_text_trim(l).s, "**", 2) == 0);
		tf_span lab, val;
		if (fact_start != (size_t)-1 && (tf_text_blank(l) || is_fence(l) || item_or_bold)) {
			facts_fn(m, MS_ELIGIBILITY, (tf_span){s + fact_start, lstart - fact_start});
			fact_start = (size_t)-1;
		}
		if (is_fence(l)) {
			fence = 1;
			fence_start = pos;
		} else if (item_or_bold && bold_fact(l, &lab, &val)) {
			fact_start = lstart;
		} else if (fact_start == (size_t)-1 && !tf_text_blank(l)) {
			if (free_start == (size_t)-1)
				free_start = lstart;
			free_end = pos;
		}
	}
	if (fact_start != (size_t)-1)
		facts_fn(m, MS_ELIGIBILITY, (tf_span){s + fact_start, n - fact_start});
	if (fence && !crit.s) {
		tf_text_warn(&m->c, "Eligibility: the criteria code block is not closed");
		crit = (tf_span){s + fence_start, n - fence_start};
	}
	if (!crit.s && free_start != (size_t)-1)
		crit = (tf_span){s + free_start, free_end - free_start};
	if (!crit.s)
		return;
	tf_buf_clear(&m->tmp);
	tf_text_verbatim(crit.s, crit.len, &m->tmp);
	tf_text_set(&m->c, &m->c.t->eligibility.criteria, (tf_span){m->tmp.ptr, m->tmp.len},
	            TF_TEXT_MARKDOWN, "eligibility criteria");
}

static void prose(md *m, const char **field, const char *s, size_t n, const char *what)
{
	tf_buf_clear(&m->tmp);
	tf_text_unwrap(s, n, &m->tmp);
	if (m->tmp.oom)
		m->c.oom = 1;
	tf_text_set(&m->c, field, (tf_span){m->tmp.ptr, m->tmp.len}, TF_TEXT_MARKDOWN, what);
}

/* Before the first section: the "# " title and bold facts. */
static void preamble(md *m, const char *s, size_t n)
{
	size_t pos = 0, lstart, start = (size_t)-1;
	tf_span l;
	while (lstart = pos, tf_text_line(s, n, &pos, &l)) {
		if (heading_level(l) != 1)
			continue;
		if (start != (size_t)-1)
			each_entry(m, MS_PREAMBLE, s + start, lstart - start, facts_fn);
		start = pos;
		tf_span title = heading_text(l);
		char nct[12];
		if (!m->fallback_nct[0] && tf_text_find_nct(title.s, title.len, nct, NULL))
			memcpy(m->fallback_nct, nct, sizeof(nct));
		tf_text_set(&m->c, &m->c.t->brief_title, title, 0, "title");
	}
	if (start == (size_t)-1)
		start = 0;
	each_entry(m, MS_PREAMBLE, s + start, n - start, facts_fn);
}

static void section(md *m, msect sect, tf_span title, long count, const char *s, size_t n)
{
	tf_trial *t = m->c.t;
	size_t sites = t->n_sites;
	switch (sect) {
	case MS_PREAMBLE:
		preamble(m, s, n);
		break;
	case MS_FACTS:
		each_entry(m, sect, s, n, facts_fn);
		break;
	case MS_SUMMARY:
		prose(m, &t->brief_summary, s, n, "brief summary");
		break;
	case MS_DESCRIPTION:
		prose(m, &t->detailed_description, s, n, "detailed description");
		break;
	case MS_ELIGIBILITY:
		eligibility(m, s, n);
		break;
	case MS_FOOTER:
		break;
	case MS_UNKNOWN: {
		tf_span body = {s, n};
		if (!tf_text_blank(body))
			tf_text_warn(&m->c, "section \"%.*s\" not read", TF_SHOW(title));
		break;
	}
	default:
		each_entry(m, sect, s, n, list_fn);
		break;
	}
	if (sect == MS_LOCATIONS && count >= 0 && (size_t)count != t->n_sites - sites)
		tf_text_warn(&m->c, "Locations: the heading counts %ld, the list has %zu", count,
		             t->n_sites - sites);
}

/* Walks the body from pos: sections start at "# " / "## " headings (the
 * first "# " is the title) outside code blocks; a thematic break starts
 * the footer. */
static void body(md *m, size_t pos)
{
	const char *buf = m->buf;
	msect sect = MS_PREAMBLE;
	tf_span title = {"", 0};
	long count = -1;
	size_t start = pos, lstart;
	int fence = 0, seen_title = 0;
	tf_span l;
	while (lstart = pos, tf_text_line(buf, m->len, &pos, &l)) {
		if (fence || is_fence(l)) {
			fence = fence ? !is_fence(l) : 1;
			continue;
		}
		int lvl = heading_level(l);
		if (lvl == 1 && sect == MS_PREAMBLE && !seen_title) {
			seen_title = 1;
			continue;
		}
		msect next;
		tf_span next_title = {"", 0};
		long next_count = -1;
		if (lvl == 1 || lvl == 2) {
			next_title = heading_text(l);
			next = section_of(next_title, &next_count);
		} else if (is_break(l) && sect != MS_PREAMBLE) {
			next = MS_FOOTER;
		} else {
			continue;
		}
		section(m, sect, title, count, buf + start, lstart - start);
		sect = next, title = next_title, count = next_count, start = pos;
	}
	section(m, sect, title, count, buf + start, m->len - start);
}

/* ---- YAML front matter ---- */

static int yaml_end(tf_span l)
{
	tf_span t = tf_text_trim(l);
	return (t.len == 3 && (memcmp(t.s, "---", 3) == 0 || memcmp(t.s, "...", 3) == 0));
}

/* A line no front matter holds, only a markdown body: a "## " heading,
 * a bold label, a code fence. Seeing one before the closing "---" means
 * the front matter was not closed. ("# x" is a YAML comment as well as a
 * title, so it does not count.) */
static int body_like(tf_span l)
{
	if (tf_text_indent(l) > 0)
		return 0;
	tf_span t = tf_text_trim(l);
	return (t.len >= 3 && (memcmp(t.s, "## ", 3) == 0 || memcmp(t.s, "```", 3) == 0)) ||
	       (t.len >= 2 && memcmp(t.s, "**", 2) == 0) ||
	       (t.len >= 4 && memcmp(t.s, "- **", 4) == 0);
}

static void put_utf8(tf_buf *b, unsigned long cp)
{
	char u[4];
	if (cp < 0x80) {
		tf_buf_putc(b, (char)cp);
		return;
	}
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		cp = 0xFFFD;
	if (cp < 0x800) {
		u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F));
		tf_buf_put(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		u[2] = (char)(0x80 | (cp & 0x3F));
		tf_buf_put(b, u, 3);
	} else {
		u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F));
		tf_buf_put(b, u, 4);
	}
}

/* Decodes one YAML scalar (double- or single-quoted, or plain with a
 * " #" comment removed) from s into out; returns the bytes consumed. */
static size_t yaml_scalar(tf_span s, tf_buf *out, const char *stops)
{
	tf_buf_clear(out);
	size_t i = 0;
	if (s.len && (s.s[0] == '"' || s.s[0] == '\'')) {
		char q = s.s[0];
		for (i = 1; i < s.len; i++) {
			char ch = s.s[i];
			if (ch == q) {
				if (q == '\'' && i + 1 < s.len && s.s[i + 1] == '\'') {
					tf_buf_putc(out, '\'');
					i++;
					continue;
				}
				return i + 1;
			}
			if (q == '"' && ch == '\\' && i + 1 < s.len) {
				char e = s.s[++i];
				const char *from = "nrt0\"\\/", *to = "\n\r\t\0\"\\/";
				const char *k = strchr(from, e);
				if (e == 'u' && i + 4 < s.len) {
					unsigned long cp = 0;
					int ok = 1;
					for (int d = 1; d <= 4; d++) {
						int ch2 = (unsigned char)s.s[i + (size_t)d];
						ok &= isxdigit(ch2) != 0;
						cp = cp * 16 +
						     (unsigned long)(isdigit(ch2) ? ch2 - '0'
						                                  : (tolower(ch2) -
						                                     'a' + 10));
					}
					if (ok) {
						put_utf8(out, cp);
						i += 4;
						continue;
					}
				}
				if (k && *k && e != '0') {
					tf_buf_putc(out, to[k - from]);
					continue;
				}
				tf_buf_putc(out, '\\');
				tf_buf_putc(out, e);
				continue;
			}
			tf_buf_putc(out, ch);
		}
		return s.len; /* unclosed: the rest of the line */
	}
	for (i = 0; i < s.len; i++) {
		if (stops && strchr(stops, s.s[i]))
			break;
		if (s.s[i] == '#' && i && (s.s[i - 1] == ' ' || s.s[i - 1] == '\t'))
			break;
	}
	tf_span v = tf_text_trim((tf_span){s.s, i});
	tf_buf_put(out, v.s, v.len);
	return i;
}

typedef struct yaml_state {
	tf_span key;    /* the key the next list items or block lines are for */
	int block;      /* 0 none, '|' literal or '>' folded block scalar */
	int nested;     /* the key's nested mapping was reported */
	tf_buf unknown; /* keys not read, for one warning */
} yaml_state;

/* Notes a key that is not read, for the warning (each key once). */
static void yaml_unknown(yaml_state *y, tf_span key)
{
	char k[64];
	if (!tf_text_key(key.s, key.len, k, sizeof(k)) ||
	    (y->unknown.ptr && strstr(y->unknown.ptr, k)))
		return;
	if (y->unknown.len)
		tf_buf_puts(&y->unknown, ", ");
	tf_buf_puts(&y->unknown, k);
}

/* split: a plain scalar may be a comma-separated list ("countries:
 * Vietnam, Laos"); a quoted scalar or a list item is one value. */
static void yaml_apply(md *m, yaml_state *y, tf_span key, tf_span value, int split)
{
	char nct[12];
	if (!m->fallback_nct[0] && tf_text_find_nct(value.s, value.len, nct, NULL))
		memcpy(m->fallback_nct, nct, sizeof(nct));
	if (tf_text_fact(&m->c, key.s, key.len, value, mirror_keys, split) == 0)
		yaml_unknown(y, key);
}

/* A key whose value is a nested mapping: read only when it is one of
 * ours (it never is; the blank value stores nothing). */
static void yaml_nested(md *m, yaml_state *y, tf_span key)
{
	if (tf_text_fact(&m->c, key.s, key.len, (tf_span){"", 0}, mirror_keys, 0) == 0)
		yaml_unknown(y, key);
	else
		tf_text_warn(&m->c, "front matter: \"%.*s\" holds a mapping, not read",
		             TF_SHOW(key));
}

static void yaml_value(md *m, yaml_state *y, tf_span key, tf_span v, int item)
{
	if (v.len && v.s[0] == '[') {
		/* Flow list: [a, "b, c", d] */
		size_t i = 1;
		while (i < v.len && v.s[i] != ']') {
			tf_span rest = tf_text_trim((tf_span){v.s + i, v.len - i});
			i = (size_t)(rest.s - v.s);
			if (!rest.len || rest.s[0] == ']')
				break;
			size_t used = yaml_scalar(rest, &m->val, ",]");
			if (m->val.len)
				yaml_apply(m, y, key, (tf_span){m->val.ptr, m->val.len}, 0);
			i += used ? used : 1;
			while (i < v.len && v.s[i] != ',' && v.s[i] != ']')
				i++;
			if (i < v.len && v.s[i] == ',')
				i++;
		}
		return;
	}
	if (v.len && v.s[0] == '{') {
		yaml_nested(m, y, key);
		return;
	}
	int quoted = v.len && (v.s[0] == '"' || v.s[0] == '\'');
	yaml_scalar(v, &m->val, NULL);
	if (m->val.len)
		yaml_apply(m, y, key, (tf_span){m->val.ptr, m->val.len}, !quoted && !item);
}

static void yaml_block_end(md *m, yaml_state *y)
{
	if (!y->block)
		return;
	if (m->tmp.len)
		yaml_apply(m, y, y->key, (tf_span){m->tmp.ptr, m->tmp.len}, 0);
	y->block = 0;
	tf_buf_clear(&m->tmp);
}

static void yaml_line(md *m, yaml_state *y, tf_span l)
{
	if (y->block) {
		if (tf_text_blank(l) || tf_text_indent(l) > 0) {
			tf_span t = tf_text_trim(l);
			if (m->tmp.len)
				tf_buf_putc(&m->tmp, y->block == '|' || !t.len ? '\n' : ' ');
			tf_buf_put(&m->tmp, t.s, t.len);
			return;
		}
		yaml_block_end(m, y);
	}
	tf_span t = tf_text_trim(l);
	if (!t.len || t.s[0] == '#')
		return;
	if (t.len >= 2 && t.s[0] == '-' && (t.s[1] == ' ' || t.s[1] == '\t')) {
		if (y->key.len)
			yaml_value(m, y, y->key, tf_text_trim((tf_span){t.s + 2, t.len - 2}), 1);
		return;
	}
	if (tf_text_indent(l) > 0) {
		/* A nested mapping's member: its key is not read. */
		if (y->key.len && !y->nested)
			yaml_nested(m, y, y->key);
		y->nested = 1;
		return;
	}
	const char *colon = memchr(t.s, ':', t.len);
	if (!colon || colon == t.s ||
	    (colon + 1 < t.s + t.len && colon[1] != ' ' && colon[1] != '\t')) {
		tf_text_warn(&m->c, "front matter: line not read: \"%.*s\"", TF_SHOW(t));
		return;
	}
	tf_span key = tf_text_trim((tf_span){t.s, (size_t)(colon - t.s)});
	if (key.len >= 2 && (key.s[0] == '"' || key.s[0] == '\'') && key.s[key.len - 1] == key.s[0])
		key = (tf_span){key.s + 1, key.len - 2};
	tf_span v = tf_text_trim((tf_span){colon + 1, (size_t)(t.s + t.len - colon - 1)});
	y->key = key;
	y->nested = 0;
	if (v.len && (v.s[0] == '|' || v.s[0] == '>')) {
		y->block = v.s[0];
		tf_buf_clear(&m->tmp);
		return;
	}
	if (v.len)
		yaml_value(m, y, key, v, 0);
}

/* Reads the front matter at the start of the text; returns where the body
 * starts (0 when there is no front matter). */
static size_t front_matter(md *m)
{
	size_t pos = 0, lstart;
	tf_span l;
	while (lstart = pos, tf_text_line(m->buf, m->len, &pos, &l))
		if (!tf_text_blank(l))
			break;
	if (lstart >= m->len || tf_text_trim(l).len != 3 || memcmp(tf_text_trim(l).s, "---", 3))
		return 0;
	size_t start = pos, end = m->len, body_at = m->len;
	size_t p2 = start;
	while (lstart = p2, tf_text_line(m->buf, m->len, &p2, &l)) {
		if (yaml_end(l)) {
			end = lstart, body_at = p2;
			break;
		}
		if (body_like(l)) {
			/* Not closed: the front matter ends where the body starts. */
			tf_text_warn(&m->c, "front matter is not closed by a \"---\" line");
			end = body_at = lstart;
			break;
		}
	}
	yaml_state y = {{"", 0}, 0, 0, TF_BUF_INIT};
	p2 = start;
	while (p2 < end && tf_text_line(m->buf, end, &p2, &l))
		yaml_line(m, &y, l);
	yaml_block_end(m, &y);
	if (y.unknown.len)
		tf_text_warn(&m->c, "front matter keys not read: %.*s",
		             (int)(y.unknown.len < 300 ? y.unknown.len : 300), y.unknown.ptr);
	if (y.unknown.oom)
		m->c.oom = 1;
	tf_buf_free(&y.unknown);
	return body_at;
}

int tf_markdown_sniff(const char *head, size_t len)
{
	if (!head)
		return 0;
	size_t pos = 0;
	if (len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	tf_span l = {"", 0};
	while (tf_text_line(head, len, &pos, &l) && tf_text_blank(l))
		;
	if (tf_text_trim(l).len != 3 || memcmp(tf_text_trim(l).s, "---", 3) != 0)
		return 0;
	int in_front = 1;
	while (tf_text_line(head, len, &pos, &l)) {
		tf_span t = tf_text_trim(l);
		if (in_front && t.len == 3 &&
		    (memcmp(t.s, "---", 3) == 0 || memcmp(t.s, "...", 3) == 0)) {
			in_front = 0;
			continue;
		}
		if (in_front && tf_text_indent(l) == 0 && t.len >= 7 &&
		    strncasecmp(t.s, "nct_id:", 7) == 0)
			return 1;
		char nct[12];
		/* A "# " title, and an NCT number after it. */
		if (!in_front && t.len > 2 && t.s[0] == '#' && t.s[1] == ' ' &&
		    tf_text_find_nct(t.s, (size_t)(head + len - t.s), nct, NULL))
			return 1;
	}
	return 0;
}

int tf_markdown_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err)
{
	if (!t || (!buf && len))
		return tf_error_set(err, TF_EINVAL, "tf_markdown_study: no input");
	int rc = tf_text_check(buf ? buf : "", len, err);
	if (rc < 0 || (rc = tf_text_need_maps(err)) < 0)
		return rc;
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		buf += 3, len -= 3;
	md m = {.c = TF_TEXT_CTX_INIT, .buf = buf ? buf : "", .len = len};
	m.c.t = t;
	m.tmp = (tf_buf)TF_BUF_INIT;
	m.val = (tf_buf)TF_BUF_INIT;
	body(&m, front_matter(&m));
	if (m.tmp.oom || m.val.oom)
		m.c.oom = 1;
	tf_buf_free(&m.tmp);
	tf_buf_free(&m.val);
	if (!t->nct_id && m.fallback_nct[0] && !m.c.oom)
		t->nct_id = tf_trial_strdup(t, m.fallback_nct, 11);
	rc = tf_text_finish(&m.c, "markdown", name, err);
	if (rc < 0)
		return rc;
	if (!t->nct_id)
		return tf_error_set(
		        err, TF_EINVALID,
		        "no NCT id found (no nct_id in the front matter, no NCT ID line)");
	if (err)
		tf_strlcpy(err->record_id, t->nct_id, sizeof(err->record_id));
	return 0;
}
