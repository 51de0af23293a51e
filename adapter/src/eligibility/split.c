/*
 * split.c - splits a registry's eligibility text into section headings and
 * criteria, keeping each criterion's exact span in the input.
 *
 * Registries write criteria in many layouts: CT.gov v2 markdown ("* item",
 * "  * sub-item", "1. item"), classic XML text blocks (hard-wrapped lines
 * with deep indentation, "-  item"), web pages ("• 1. item"), PDQ-style
 * "PATIENT CHARACTERISTICS:" blocks with "Hepatic:" labels, and plain
 * paragraphs. The splitter works line by line: a line is blank, a section
 * heading ("Key Inclusion Criteria:", "[Exclusion Criteria]", or an intro
 * sentence such as "...the following criteria will be excluded:"), the
 * start of a criterion (a list marker, or a paragraph), or the continuation
 * of the criterion above (a wrapped line). Nesting comes from indentation,
 * from a change of marker style under an item ending in ':' and from
 * "Label:" lines; lettered sub-items written inline ("...: a) ...; b) ...")
 * become sub-criteria of their item. Nothing is dropped: every non-blank
 * byte ends up in exactly one block, so the criteria text can always be
 * rebuilt from the blocks (tests/unit/test_eligibility.c checks it).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"

enum { MK_NONE = 0, MK_BULLET, MK_DECIMAL, MK_LOWER, MK_UPPER, MK_ROMAN };

typedef struct line_info {
	size_t start, end;   /* content of the line without the newline, trimmed right */
	size_t text;         /* first byte after indentation and marker */
	size_t mstart, mend; /* marker span */
	int indent;          /* column of the first non-blank byte */
	int mclass;          /* MK_* of the (innermost) marker */
} line_info;

typedef struct splitter {
	const char *s;    /* the input */
	size_t len;       /* its length */
	el_block *b;      /* blocks so far */
	size_t n, cap;    /* used, allocated */
	int oom;          /* an allocation failed */
	int have_heading; /* a section heading has been seen */
	int section;      /* section in force */
	/* open items, innermost last */
	struct open {
		size_t block; /* block index */
		int indent;   /* marker column */
		int mclass;   /* marker class */
		int colon;    /* its text ends with ':' */
		int label;    /* 0, or 1 (ALL CAPS) / 2 (plain) label level */
	} stack[16];
	size_t depth; /* entries used in stack */
} splitter;

static el_block *push_block(splitter *sp)
{
	if (sp->n == sp->cap) {
		size_t ncap = sp->cap ? sp->cap * 2 : 32;
		el_block *nb = realloc(sp->b, ncap * sizeof(*nb));
		if (!nb) {
			sp->oom = 1;
			return NULL;
		}
		sp->b = nb;
		sp->cap = ncap;
	}
	el_block *b = &sp->b[sp->n++];
	memset(b, 0, sizeof(*b));
	b->parent = -1;
	return b;
}

static long line_of(const char *s, size_t pos)
{
	long line = 1;
	for (size_t i = 0; i < pos; i++)
		if (s[i] == '\n')
			line++;
	return line;
}

/* ---- markers ------------------------------------------------------------ */

/* Length of a bullet character at p (UTF-8 aware), 0 when none. A markdown
 * backslash before '-', '*' or '+' is part of the bullet. */
static size_t bullet_len(const char *p, const char *end)
{
	static const char *const bullets[] = {"\xE2\x80\xA2", /* • */
	                                      "\xC2\xB7",     /* · */
	                                      "\xE2\x97\x8B", /* ○ */
	                                      "\xE2\x97\xA6", /* ◦ */
	                                      "\xE2\x96\xAA", /* ▪ */
	                                      "\xE2\x96\xA0", /* ■ */
	                                      "\xE2\x96\xBA", /* ► */
	                                      "\xEF\x82\xB7", /*  (Symbol font bullet) */
	                                      "\xE2\x80\x93", /* – used as a bullet */
	                                      "\xE2\x9D\x96", /* ❖ */
	                                      "\xE2\x9E\xA2", /* ➢ */
	                                      "\xEF\x83\x98", /*  */
	                                      NULL};
	if (p < end && (*p == '*' || *p == '-' || *p == '+'))
		return 1;
	if (end - p >= 2 && p[0] == '\\' && (p[1] == '-' || p[1] == '*' || p[1] == '+'))
		return 2;
	for (size_t i = 0; bullets[i]; i++) {
		size_t n = strlen(bullets[i]);
		if ((size_t)(end - p) >= n && memcmp(p, bullets[i], n) == 0)
			return n;
	}
	return 0;
}

static int is_roman(const char *p, size_t n)
{
	static const char *const romans[] = {"ii",   "iii", "iv", "vi",  "vii",
	                                     "viii", "ix",  "xi", "xii", NULL};
	for (size_t i = 0; romans[i]; i++)
		if (strlen(romans[i]) == n) {
			size_t k = 0;
			while (k < n && tolower((unsigned char)p[k]) == romans[i][k])
				k++;
			if (k == n)
				return 1;
		}
	return 0;
}

/* An enumerator at p: "12.", "3)", "(4)", "a)", "B.", "(iv)", "1.2.", "1\.".
 * Returns its length (without the following space) and sets *cls; 0 when
 * p holds none. The enumerator must be followed by whitespace (or end). */
static size_t enum_len(const char *p, const char *end, int *cls)
{
	const char *q = p;
	int paren = 0;
	if (q < end && *q == '(') {
		paren = 1;
		q++;
	}
	const char *w = q;
	int c = MK_NONE;
	if (q < end && isdigit((unsigned char)*q)) {
		while (q < end && isdigit((unsigned char)*q) && q - w < 3)
			q++;
		/* "1.2." or "1.2" sub-numbering */
		while (q + 1 < end && *q == '.' && isdigit((unsigned char)q[1])) {
			q++;
			while (q < end && isdigit((unsigned char)*q))
				q++;
		}
		c = MK_DECIMAL;
	} else if (q < end && isalpha((unsigned char)*q)) {
		while (q < end && isalpha((unsigned char)*q) && q - w < 4)
			q++;
		size_t n = (size_t)(q - w);
		if (n == 1)
			c = isupper((unsigned char)*w) ? MK_UPPER : MK_LOWER;
		else if (is_roman(w, n))
			c = MK_ROMAN;
		else
			return 0;
	} else {
		return 0;
	}
	if (q < end && *q == '\\')
		q++; /* markdown "1\." */
	if (q >= end)
		return 0;
	if (paren) {
		if (*q != ')')
			return 0;
		q++;
	} else if (*q == '.' || *q == ')') {
		q++;
	} else {
		return 0;
	}
	if (q < end && !isspace((unsigned char)*q))
		return 0;
	*cls = c;
	return (size_t)(q - p);
}

/* Reads the indentation and list markers of the line [st, en). */
static void read_line(const char *s, size_t st, size_t en, line_info *li)
{
	size_t i = st;
	int col = 0;
	while (i < en && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) {
		col += s[i] == '\t' ? 4 : 1;
		i++;
	}
	/* non-breaking spaces some pages indent with */
	while (i + 1 < en && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
		col++;
		i += 2;
		while (i < en && s[i] == ' ') {
			col++;
			i++;
		}
	}
	while (en > i && isspace((unsigned char)s[en - 1]))
		en--;
	li->start = i;
	li->end = en;
	li->indent = col;
	li->mstart = li->mend = i;
	li->mclass = MK_NONE;
	const char *p = s + i, *e = s + en;
	size_t bl = bullet_len(p, e);
	if (bl && (p + bl == e || isspace((unsigned char)p[bl]) || (unsigned char)p[0] >= 0x80)) {
		/* "- 5 mg" is a bullet; "-5" (a negative number) is not */
		li->mclass = MK_BULLET;
		p += bl;
		li->mend = (size_t)(p - s);
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
	}
	int cls;
	size_t el = enum_len(p, e, &cls);
	if (el) {
		li->mclass = cls;
		p += el;
		li->mend = (size_t)(p - s);
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
	}
	if (li->mclass != MK_NONE && p == e && li->mclass != MK_BULLET) {
		/* a lone "1." line: keep it as the marker of an empty item */
	}
	li->text = (size_t)(p - s);
	if (li->mclass == MK_NONE)
		li->mstart = li->mend = li->text;
}

/* ---- headings ----------------------------------------------------------- */

static int ci_find(const char *s, size_t n, const char *w)
{
	size_t m = strlen(w);
	for (size_t i = 0; i + m <= n; i++) {
		size_t k = 0;
		while (k < m && tolower((unsigned char)s[i + k]) == w[k])
			k++;
		if (k == m)
			return (int)i;
	}
	return -1;
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		int sp = isspace((unsigned char)s[i]);
		if (!sp && !in)
			w++;
		in = !sp;
	}
	return w;
}

static int exclusion_cue(const char *s, size_t n)
{
	static const char *const cues[] = {"exclu",
	                                   "not eligible",
	                                   "ineligible",
	                                   "not be enrolled",
	                                   "not to be enrolled",
	                                   "non-inclusion",
	                                   "non inclusion",
	                                   "not be included",
	                                   "noninclusion",
	                                   NULL};
	for (size_t i = 0; cues[i]; i++)
		if (ci_find(s, n, cues[i]) >= 0)
			return 1;
	return 0;
}

/* Section named by the heading text [p, p+n) (marker already removed), or
 * -1 when the text is not a heading. */
static int heading_section(const char *p, size_t n)
{
	while (n && (p[n - 1] == ' ' || p[n - 1] == ']' || p[n - 1] == '*' || p[n - 1] == '#'))
		n--;
	int colon = n && p[n - 1] == ':';
	if (colon)
		n--;
	while (n && (*p == '[' || *p == '*' || *p == '#' || *p == ' ' || *p == '\\' || *p == '-')) {
		p++;
		n--;
	}
	while (n && (p[n - 1] == ' ' || p[n - 1] == ']' || p[n - 1] == '*'))
		n--;
	if (!n)
		return -1;
	size_t words = count_words(p, n);
	int incl = ci_find(p, n, "inclusion") >= 0;
	int excl = exclusion_cue(p, n);
	if (words <= 8 && (incl || excl)) {
		/* "Key Inclusion Criteria", "Transplant Exclusion", "Exclusion criteria
		 * (continued)"; not a criterion that merely mentions the words */
		int ends = 0;
		static const char *const tails[] = {"criteria",  "criterion",   "inclusion",
		                                    "exclusion", "(continued)", NULL};
		for (size_t i = 0; tails[i]; i++) {
			size_t m = strlen(tails[i]);
			if (n >= m && ci_find(p + n - m, m, tails[i]) == 0)
				ends = 1;
		}
		if (ends || colon) {
			/* "Inclusion and exclusion criteria" opens the inclusion part */
			if (incl && excl && ci_find(p, n, "non") < 0 &&
			    ci_find(p, n, "inclusion") < ci_find(p, n, "exclu"))
				return EL_SEC_INCLUSION;
			return excl ? EL_SEC_EXCLUSION : EL_SEC_INCLUSION;
		}
	}
	if (colon && words <= 30 &&
	    (ci_find(p, n, "criteria") >= 0 || ci_find(p, n, "eligible") >= 0 ||
	     ci_find(p, n, "excluded") >= 0)) {
		if (ci_find(p, n, "following") < 0 && ci_find(p, n, "criteria") < 0)
			return -1;
		return excl ? EL_SEC_EXCLUSION : EL_SEC_INCLUSION;
	}
	if (words <= 4 && ci_find(p, n, "eligibility criteria") >= 0)
		return EL_SEC_PREAMBLE;
	if (words <= 8 && ci_find(p, n, "eligibility criteria") == 0)
		return EL_SEC_PREAMBLE;
	return -1;
}

/* A heading glued to the end of a line ("...study.Inclusion Criteria:"):
 * the offset where it starts, or 0 when none. */
static size_t glued_heading(const char *s, size_t st, size_t en)
{
	static const char *const heads[] = {"inclusion criteria", "exclusion criteria", NULL};
	size_t n = en - st;
	for (size_t h = 0; heads[h]; h++) {
		size_t m = strlen(heads[h]);
		for (size_t i = 1; i + m <= n; i++) {
			if (ci_find(s + st + i, m, heads[h]) != 0)
				continue;
			size_t after = i + m;
			while (after < n && (s[st + after] == ':' || s[st + after] == ' '))
				after++;
			char prev = s[st + i - 1];
			if (after == n && (prev == '.' || prev == ')' || prev == ';'))
				return st + i;
		}
	}
	return 0;
}

/* ---- labels ------------------------------------------------------------- */

/* 1 for an ALL CAPS "DISEASE CHARACTERISTICS:" line, 2 for a short
 * "Hepatic:" / "Performance status" line (no digits, few words), else 0. */
static int label_level(const char *s, size_t st, size_t en, int marker)
{
	size_t n = en - st;
	if (marker || n == 0 || n > 60)
		return 0;
	int colon = s[en - 1] == ':';
	size_t words = count_words(s + st, n - (size_t)colon);
	int lower = 0, alpha = 0;
	for (size_t i = st; i < en; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isdigit(c) || c == '<' || c == '>' || c == '=' || c == ';' || c >= 0x80)
			return 0;
		if (c == '.' || c == ',')
			return 0;
		if (isalpha(c)) {
			alpha++;
			if (islower(c))
				lower++;
		}
	}
	if (!alpha)
		return 0;
	if (colon && lower == 0 && words <= 6)
		return 1;
	if (colon && words <= 4)
		return 2;
	return 0;
}

/* ---- building ----------------------------------------------------------- */

static void add_heading(splitter *sp, size_t st, size_t en, size_t mst, size_t men, int indent,
                        int section)
{
	el_block *b = push_block(sp);
	if (!b)
		return;
	b->heading = 1;
	b->start = st;
	b->end = en;
	b->mstart = mst;
	b->mend = men;
	b->indent = indent;
	b->line = line_of(sp->s, st);
	if (section >= 0) {
		if (!sp->have_heading && sp->n > 1) {
			/* text before the first heading is a preamble, not criteria */
			for (size_t i = 0; i + 1 < sp->n; i++)
				if (sp->b[i].section == EL_SEC_NONE)
					sp->b[i].section = EL_SEC_PREAMBLE;
		}
		sp->have_heading = 1;
		sp->section = section;
	}
	b->section = sp->section;
	sp->depth = 0;
}

static void add_item(splitter *sp, const line_info *li, size_t text_end)
{
	int label = label_level(sp->s, li->text, text_end, li->mclass != MK_NONE);
	/* find the parent among the open items */
	while (sp->depth) {
		struct open *top = &sp->stack[sp->depth - 1];
		if (top->indent > li->indent) {
			sp->depth--;
			continue;
		}
		if (top->indent < li->indent)
			break;
		/* same column */
		if (label) {
			if (top->label && top->label < label)
				break; /* "Hepatic:" under "PATIENT CHARACTERISTICS:" */
			sp->depth--;
			continue;
		}
		if (top->label && li->mclass == MK_NONE)
			break; /* a paragraph under its label */
		if (top->mclass == li->mclass && !top->label) {
			sp->depth--; /* sibling */
			break;
		}
		/* a sibling further up with the same style? */
		size_t k = sp->depth;
		while (k && !(sp->stack[k - 1].indent == li->indent &&
		              sp->stack[k - 1].mclass == li->mclass && !sp->stack[k - 1].label))
			k--;
		if (k) {
			sp->depth = k - 1;
			break;
		}
		if (top->colon && li->mclass != MK_NONE)
			break; /* "1. Adequate function:" then "a. ..." at the same column */
		sp->depth--;
	}
	el_block *b = push_block(sp);
	if (!b)
		return;
	b->section = sp->section;
	b->start = li->text;
	b->end = text_end;
	b->mstart = li->mstart;
	b->mend = li->mend;
	b->indent = li->indent;
	b->line = line_of(sp->s, li->text);
	b->label = label;
	if (sp->depth) {
		struct open *top = &sp->stack[sp->depth - 1];
		b->parent = (long)top->block;
		b->depth = sp->b[top->block].depth + 1;
	}
	if (sp->depth < sizeof(sp->stack) / sizeof(sp->stack[0])) {
		struct open *o = &sp->stack[sp->depth++];
		o->block = sp->n - 1;
		o->indent = li->indent;
		o->mclass = li->mclass;
		o->colon = text_end > li->text && sp->s[text_end - 1] == ':';
		o->label = label;
	}
}

/* ---- inline sub-items --------------------------------------------------- */

/* An inline enumerator for sequence position k (0 = first) at s[i]:
 * "a)", "a.", "(a)", "(1)", "1)". Returns its length or 0. style says
 * which form the sequence uses (0 = not yet known). */
static size_t inline_marker(const char *s, size_t i, size_t end, size_t k, int *style)
{
	static const char letters[] = "abcdefghijklmnop";
	if (k >= sizeof(letters) - 1)
		return 0;
	char want_l = letters[k];
	char num[4];
	size_t nl = (size_t)snprintf(num, sizeof(num), "%zu", k + 1);
	int forms[5] = {1, 2, 3, 4, 5}; /* a) a. (a) (1) 1) */
	for (size_t f = 0; f < 5; f++) {
		int form = forms[f];
		if (*style && *style != form)
			continue;
		size_t j = i;
		if (form == 3 || form == 4) {
			if (j >= end || s[j] != '(')
				continue;
			j++;
		}
		if (form <= 3) {
			if (j >= end || s[j] != want_l)
				continue;
			j++;
		} else {
			if (j + nl > end || memcmp(s + j, num, nl) != 0)
				continue;
			j += nl;
		}
		char close = form == 2 ? '.' : ')';
		if (j >= end || s[j] != close)
			continue;
		j++;
		if (j >= end || s[j] != ' ')
			continue;
		*style = form;
		return j - i;
	}
	return 0;
}

/* Splits block bi at inline sub-items "...: a) ...; b) ..." when the text
 * holds a sequence of at least two (a, b, ... in order). */
static void split_inline(splitter *sp, size_t bi)
{
	size_t st = sp->b[bi].start, en = sp->b[bi].end;
	const char *s = sp->s;
	size_t marks[16], mlen[16];
	size_t k = 0;
	int style = 0;
	for (size_t i = st + 1; i < en && k < 16; i++) {
		/* a marker follows a space after ':', ';', '.', ',' or starts
		 * after "following:" */
		if (s[i - 1] != ' ')
			continue;
		size_t j = i - 1;
		while (j > st && s[j] == ' ')
			j--;
		char prev = s[j];
		int ok = k == 0 ? (prev == ':')
		                : (prev == ';' || prev == '.' || prev == ',' || prev == ':');
		if (!ok)
			continue;
		int st_try = style;
		size_t ml = inline_marker(s, i, en, k, &st_try);
		if (!ml)
			continue;
		style = st_try;
		marks[k] = i;
		mlen[k] = ml;
		k++;
	}
	if (k < 2)
		return;
	el_block parent = sp->b[bi];
	/* the parent keeps the text before the first marker */
	size_t pend = marks[0];
	while (pend > st && isspace((unsigned char)s[pend - 1]))
		pend--;
	sp->b[bi].end = pend;
	/* insert the children right after bi, shifting later blocks */
	size_t later = sp->n - bi - 1;
	for (size_t c = 0; c < k; c++)
		if (!push_block(sp))
			return;
	memmove(&sp->b[bi + 1 + k], &sp->b[bi + 1], later * sizeof(el_block));
	for (size_t j = bi + 1 + k; j < sp->n; j++)
		if (sp->b[j].parent > (long)bi)
			sp->b[j].parent += (long)k;
	for (size_t c = 0; c < k; c++) {
		el_block *b = &sp->b[bi + 1 + c];
		memset(b, 0, sizeof(*b));
		b->section = parent.section;
		b->mstart = marks[c];
		b->mend = marks[c] + mlen[c];
		b->start = marks[c] + mlen[c] + 1; /* after the space */
		size_t e = c + 1 < k ? marks[c + 1] : en;
		while (e > b->start && isspace((unsigned char)s[e - 1]))
			e--;
		b->end = e;
		b->indent = parent.indent + 1;
		b->line = line_of(s, b->start);
		b->parent = (long)bi;
		b->depth = parent.depth + 1;
	}
}

int el_split(const char *text, size_t len, el_block **out, size_t *n)
{
	splitter sp;
	memset(&sp, 0, sizeof(sp));
	sp.s = text;
	sp.len = len;
	sp.section = EL_SEC_NONE;
	int prev_blank = 1;  /* a blank line came before this one */
	long last_item = -1; /* block a continuation line would extend */
	size_t pos = 0;
	while (pos < len && !sp.oom) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t lend = nl ? (size_t)(nl - text) : len;
		size_t next = nl ? lend + 1 : len;
		line_info li;
		read_line(text, pos, lend, &li);
		pos = next;
		if (li.start >= li.end) {
			prev_blank = 1;
			continue;
		}
		size_t glued = glued_heading(text, li.text, li.end);
		int sec = glued ? -1 : heading_section(text + li.text, li.end - li.text);
		if (sec >= 0) {
			add_heading(&sp, li.text, li.end, li.mstart, li.mend, li.indent, sec);
			last_item = -1;
			prev_blank = 0;
			continue;
		}
		size_t text_end = glued ? glued : li.end;
		if (glued)
			while (text_end > li.text && isspace((unsigned char)text[text_end - 1]))
				text_end--;
		/* a wrapped line continues the item above: no marker, and either
		 * no blank line before it or an indentation deeper than the
		 * item's marker */
		int cont = 0;
		if (last_item >= 0 && li.mclass == MK_NONE && !sp.b[last_item].label &&
		    label_level(text, li.text, text_end, 0) == 0) {
			const el_block *lb = &sp.b[last_item];
			int marked = lb->mend > lb->mstart;
			if (!prev_blank && (marked || li.indent >= lb->indent))
				cont = 1;
			else if (marked && li.indent > lb->indent)
				cont = 1;
		}
		if (cont) {
			sp.b[last_item].end = text_end;
		} else if (text_end > li.start) {
			add_item(&sp, &li, text_end);
			last_item = (long)sp.n - 1;
		}
		if (glued) {
			size_t hend = li.end;
			add_heading(&sp, glued, hend, glued, glued, li.indent,
			            heading_section(text + glued, hend - glued));
			last_item = -1;
		}
		prev_blank = 0;
	}
	/* inline sub-items, last block first so indices stay valid */
	for (size_t i = sp.n; i-- > 0 && !sp.oom;)
		if (!sp.b[i].heading)
			split_inline(&sp, i);
	if (sp.oom) {
		free(sp.b);
		return TF_ENOMEM;
	}
	*out = sp.b;
	*n = sp.n;
	return 0;
}
