/*
 * norm.c - prepares one criterion's text for matching: a normalised copy
 * in which the many spellings of the same thing look alike, and its tokens.
 *
 * Registries write "≥", ">=", "\>=" (CT.gov markdown escapes), ">/=",
 * "=>" for the same comparator, "×10⁹/L", "x 10^9/L", "x10\^9/L" for the
 * same unit, "µ" and "μ" for micro, "–" and "-" for a range. Matching
 * against one ASCII spelling is simpler and safer than matching every
 * variant everywhere, so the text is folded once, keeping for every
 * normalised byte the offset of the input byte it came from (so spans can
 * be reported in the source). Case is kept: some abbreviations are only
 * recognised in capitals ("ALL" is a leukaemia, "all" is not).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"

typedef struct fold {
	const char *from; /* UTF-8 sequence */
	const char *to;   /* ASCII replacement */
} fold;

/* Multi-byte spellings folded to ASCII. Superscript digits are handled in
 * el_text_init (they become "^9" after a digit, "2" after a letter). */
static const fold folds[] = {{"\xE2\x89\xA5", ">="},   /* ≥ */
                             {"\xE2\xA9\xBE", ">="},   /* ⩾ */
                             {"\xE2\x89\xA7", ">="},   /* ≧ */
                             {"\xE2\x89\xA4", "<="},   /* ≤ */
                             {"\xE2\xA9\xBD", "<="},   /* ⩽ */
                             {"\xE2\x89\xA6", "<="},   /* ≦ */
                             {"\xEF\xBC\x9E", ">"},    /* fullwidth > */
                             {"\xEF\xBC\x9C", "<"},    /* fullwidth < */
                             {"\xC3\x97", "x"},        /* × */
                             {"\xE2\x9C\x95", "x"},    /* ✕ */
                             {"\xE2\xA8\xAF", "x"},    /* ⨯ */
                             {"\xE2\x80\x93", "-"},    /* – */
                             {"\xE2\x80\x94", "-"},    /* — */
                             {"\xE2\x80\x91", "-"},    /* non-breaking hyphen */
                             {"\xE2\x80\x90", "-"},    /* hyphen */
                             {"\xE2\x88\x92", "-"},    /* − minus */
                             {"\xC2\xB5", "u"},        /* µ micro sign */
                             {"\xCE\xBC", "u"},        /* μ Greek mu */
                             {"\xE2\x84\x83", "degC"}, /* ℃ */
                             {"\xE2\x84\x89", "degF"}, /* ℉ */
                             {"\xC2\xB0", "deg"},      /* ° */
                             {"\xC2\xBA", "deg"},      /* º written for a degree */
                             {"\xC2\xA0", " "},        /* no-break space */
                             {"\xE2\x80\xAF", " "},    /* narrow no-break space */
                             {"\xE2\x80\x89", " "},    /* thin space */
                             {"\xE2\x80\x8A", " "},    /* hair space */
                             {"\xE2\x80\x98", "'"},    /* ‘ */
                             {"\xE2\x80\x99", "'"},    /* ’ */
                             {"\xE2\x80\x9C", "\""},   /* “ */
                             {"\xE2\x80\x9D", "\""},   /* ” */
                             {"\xEF\xBC\x9A", ":"},    /* fullwidth colon */
                             {"\xEF\xBC\x9B", ";"},    /* fullwidth semicolon */
                             {"\xEF\xBC\x8C", ","},    /* fullwidth comma */
                             {"\xEF\xBC\x88", "("},    /* fullwidth ( */
                             {"\xEF\xBC\x89", ")"},    /* fullwidth ) */
                             {NULL, NULL}};

/* Superscript digit at p: its value, and *n its byte length; -1 if none. */
static int superscript(const unsigned char *p, size_t avail, size_t *n)
{
	if (avail >= 2 && p[0] == 0xC2) {
		*n = 2;
		if (p[1] == 0xB9)
			return 1;
		if (p[1] == 0xB2)
			return 2;
		if (p[1] == 0xB3)
			return 3;
	}
	if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x81) {
		*n = 3;
		if (p[2] == 0xB0)
			return 0;
		if (p[2] >= 0xB4 && p[2] <= 0xB9)
			return p[2] - 0xB0;
	}
	return -1;
}

typedef struct out {
	char *s;
	size_t *map;
	size_t len, cap;
	int oom;
} out;

static void put(out *o, char c, size_t src)
{
	if (o->oom)
		return;
	if (o->len + 2 > o->cap) {
		size_t ncap = o->cap ? o->cap * 2 : 64;
		char *ns = realloc(o->s, ncap);
		if (!ns) {
			o->oom = 1;
			return;
		}
		o->s = ns;
		size_t *nm = realloc(o->map, ncap * sizeof(*nm));
		if (!nm) {
			o->oom = 1;
			return;
		}
		o->map = nm;
		o->cap = ncap;
	}
	o->s[o->len] = c;
	o->map[o->len] = src;
	o->len++;
}

static void put_str(out *o, const char *s, size_t src)
{
	for (; *s; s++)
		put(o, *s, src);
}

static int is_word_byte(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* ---- tokens ------------------------------------------------------------- */

static int push_tok(el_text *t, size_t *cap, int type, size_t s, size_t e)
{
	if (t->ntoks == *cap) {
		size_t ncap = *cap ? *cap * 2 : 32;
		el_tok *nt = realloc(t->toks, ncap * sizeof(*nt));
		if (!nt)
			return TF_ENOMEM;
		t->toks = nt;
		*cap = ncap;
	}
	el_tok *k = &t->toks[t->ntoks++];
	memset(k, 0, sizeof(*k));
	k->type = type;
	k->s = s;
	k->e = e;
	return 0;
}

/* Length of a comparator at s[i], writing its ASCII form to cmp. Handles
 * ">=", "=>", ">/=", "> =", "> or =", and the mirrored forms. */
static size_t comparator_at(const char *s, size_t len, size_t i, char cmp[3])
{
	char c = s[i];
	if (c == '=') {
		if (i + 1 < len && (s[i + 1] == '>' || s[i + 1] == '<')) {
			cmp[0] = s[i + 1];
			cmp[1] = '=';
			cmp[2] = 0;
			return 2;
		}
		cmp[0] = '=';
		cmp[1] = 0;
		return 1;
	}
	if (c != '>' && c != '<')
		return 0;
	static const char *const eqs[] = {"=", "/=", " =", " or =", "or=", NULL};
	for (size_t k = 0; eqs[k]; k++) {
		size_t n = strlen(eqs[k]);
		if (i + 1 + n <= len && memcmp(s + i + 1, eqs[k], n) == 0) {
			cmp[0] = c;
			cmp[1] = '=';
			cmp[2] = 0;
			return 1 + n;
		}
	}
	cmp[0] = c;
	cmp[1] = 0;
	return 1;
}

static int tokenize(el_text *t)
{
	size_t cap = 0;
	const char *s = t->s;
	size_t len = t->len;
	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ') {
			i++;
			continue;
		}
		size_t st = i;
		int type;
		char cmp[3] = {0};
		if (isdigit(c)) {
			while (i < len && isdigit((unsigned char)s[i]))
				i++;
			/* thousands groups "100,000" / "100 000/uL", and a decimal
			 * part; a comma before 1-2 digits stays in the token so the
			 * reader can refuse it ("1,5" is ambiguous) */
			for (;;) {
				if (i + 1 < len && (s[i] == ',' || s[i] == '.') &&
				    isdigit((unsigned char)s[i + 1])) {
					i++;
					while (i < len && isdigit((unsigned char)s[i]))
						i++;
					continue;
				}
				if (i + 4 <= len && s[i] == ' ' && i - st <= 3 &&
				    isdigit((unsigned char)s[i + 1]) &&
				    isdigit((unsigned char)s[i + 2]) &&
				    isdigit((unsigned char)s[i + 3]) &&
				    (i + 4 == len || !isdigit((unsigned char)s[i + 4])) &&
				    i + 4 < len &&
				    (s[i + 4] == '/' || (i + 5 < len && s[i + 4] == ' ' &&
				                         (s[i + 5] == '/' || s[i + 5] == 'c')))) {
					i += 4;
					continue;
				}
				break;
			}
			type = EL_TOK_NUM;
		} else if (is_word_byte(c)) {
			while (i < len) {
				unsigned char d = (unsigned char)s[i];
				if (is_word_byte(d) || isdigit(d)) {
					i++;
				} else if (d == '\'' && i + 1 < len &&
				           is_word_byte((unsigned char)s[i + 1])) {
					i++;
				} else if (d == '+' &&
				           (i + 1 == len || !isalnum((unsigned char)s[i + 1]))) {
					i++; /* "CD4+", "HER2+" */
					break;
				} else {
					break;
				}
			}
			type = EL_TOK_WORD;
		} else {
			size_t n = comparator_at(s, len, i, cmp);
			if (n) {
				i += n;
				type = EL_TOK_CMP;
			} else {
				i++;
				type = EL_TOK_PUNCT;
			}
		}
		if (push_tok(t, &cap, type, st, i) < 0)
			return TF_ENOMEM;
		if (type == EL_TOK_CMP)
			memcpy(t->toks[t->ntoks - 1].cmp, cmp, sizeof(cmp));
	}
	return 0;
}

int el_text_init(el_text *t, const char *src, size_t len)
{
	memset(t, 0, sizeof(*t));
	out o = {NULL, NULL, 0, 0, 0};
	int space = 1; /* drop leading and repeated spaces */
	for (size_t i = 0; i < len;) {
		unsigned char c = (unsigned char)src[i];
		if (c == '\\' && i + 1 < len && strchr("><^*-_[]()#+.!=~|", src[i + 1])) {
			i++; /* markdown escape */
			continue;
		}
		if (isspace(c) || c < 0x20) {
			if (!space)
				put(&o, ' ', i);
			space = 1;
			i++;
			continue;
		}
		size_t sn;
		int sup = superscript((const unsigned char *)src + i, len - i, &sn);
		if (sup >= 0) {
			/* "10⁹" -> "10^9", "m²" -> "m2" */
			if (o.len && isdigit((unsigned char)o.s[o.len - 1]))
				put(&o, '^', i);
			while (sup >= 0) {
				put(&o, (char)('0' + sup), i);
				i += sn;
				sup = superscript((const unsigned char *)src + i, len - i, &sn);
			}
			space = 0;
			continue;
		}
		const fold *f = NULL;
		if (c >= 0x80)
			for (size_t k = 0; folds[k].from; k++) {
				size_t n = strlen(folds[k].from);
				if (len - i >= n && memcmp(src + i, folds[k].from, n) == 0) {
					f = &folds[k];
					break;
				}
			}
		if (f) {
			if (f->to[0] == ' ') {
				if (!space)
					put(&o, ' ', i);
				space = 1;
			} else {
				put_str(&o, f->to, i);
				space = 0;
			}
			i += strlen(f->from);
			continue;
		}
		put(&o, (char)c, i);
		space = 0;
		i++;
	}
	while (o.len && o.s[o.len - 1] == ' ')
		o.len--;
	put(&o, '\0', len);
	if (o.oom) {
		free(o.s);
		free(o.map);
		return TF_ENOMEM;
	}
	o.len--;
	o.map[o.len] = len;
	t->s = o.s;
	t->map = o.map;
	t->len = o.len;
	if (tokenize(t) < 0) {
		el_text_free(t);
		return TF_ENOMEM;
	}
	return 0;
}

void el_text_free(el_text *t)
{
	free(t->s);
	free(t->map);
	free(t->toks);
	memset(t, 0, sizeof(*t));
}

size_t el_tok_len(const el_text *t, size_t i)
{
	return t->toks[i].e - t->toks[i].s;
}

int el_tok_is(const el_text *t, size_t i, const char *w)
{
	if (i >= t->ntoks)
		return 0;
	size_t n = el_tok_len(t, i);
	if (strlen(w) != n)
		return 0;
	const char *p = t->s + t->toks[i].s;
	for (size_t k = 0; k < n; k++)
		if (tolower((unsigned char)p[k]) != (unsigned char)w[k])
			return 0;
	return 1;
}
