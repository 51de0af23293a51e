/*
 * extract.c - reads one criterion into tests: what is measured or looked
 * for (an analyte, a score, a diagnosis, a drug, a procedure, an allergy,
 * age, sex, pregnancy), the threshold (comparator, value, UCUM unit, a
 * multiple of the upper limit of normal, per-sex values), the time window,
 * negation, and how the tests combine.
 *
 * Precision comes before recall: a criterion is computable only when every
 * word of it is accounted for -- read into a test, a connector ("and",
 * "or", ";"), or a word that adds nothing ("patients with", "known",
 * "serum", "count"). Any other word ("severe", "uncontrolled", "unless",
 * "planned") leaves the criterion as text for manual review, with the words
 * that stopped it as the reason; the tests read so far are still reported,
 * since they help people who tune the tables. A number with no unit (unless
 * the analyte has one unit for that magnitude), a unit that does not fit
 * the analyte, a score outside its scale, a comma or dot that could be a
 * thousands separator: each is refused rather than guessed.
 *
 * The reader walks the tokens once. At each token it tries, in order: a
 * phrase of criteria-text.tsv (categories such as consent, or phrases to
 * ignore), age, sex, life expectancy, a concept of the tables (analyte,
 * score, condition, drug, procedure) with what follows it, an allergy.
 * Connectors between tests then give a conjunction of disjunctions: ";"
 * and sentence ends separate clauses (all must hold); inside a clause "or"
 * makes the tests alternatives, "and" or "," makes them all required, and
 * both at once is ambiguous (not computable). A "no"/"without" before a
 * list negates each item and turns its "or" into "and" (De Morgan).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"

/* Connectors recorded between consecutive tests. */
enum { CN_NONE = 0, CN_STRONG, CN_AND, CN_COMMA, CN_OR, CN_IN_AND, CN_IN_OR, CN_IN_SLASH };

typedef struct ex {
	const el_lexicon *lx;     /* terminology */
	el_text t;                /* the normalised criterion */
	unsigned char *used;      /* per token: read into something */
	el_result *r;             /* what we fill */
	int section;              /* EL_SEC_* */
	int conn[EL_MAX_TESTS];   /* connector before test k (internal ones) */
	int negcue[EL_MAX_TESTS]; /* test k has its own negation word */
	int fail;                 /* a test could not be completed: not computable */
	char why[120];            /* first reason of a failure */
} ex;

static void failf(ex *x, const char *why)
{
	if (!x->fail) {
		x->fail = 1;
		tf_strlcpy(x->why, why, sizeof(x->why));
	}
}

/* ---- token helpers ------------------------------------------------------ */

static size_t ntok(const ex *x)
{
	return x->t.ntoks;
}

static int is_w(const ex *x, size_t i, const char *w)
{
	return el_tok_is(&x->t, i, w);
}

static int is_type(const ex *x, size_t i, int type)
{
	return i < ntok(x) && x->t.toks[i].type == type;
}

static int is_p(const ex *x, size_t i, char c)
{
	return is_type(x, i, EL_TOK_PUNCT) && x->t.s[x->t.toks[i].s] == c;
}

/* Matches a space-separated word sequence at i; returns tokens spanned
 * (dashes between words are skipped), 0 when no match. */
static size_t seq(const ex *x, size_t i, const char *words)
{
	size_t j = i;
	const char *p = words;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		char w[32];
		size_t n = (size_t)(e - p);
		if (n >= sizeof(w))
			return 0;
		memcpy(w, p, n);
		w[n] = '\0';
		while (j < ntok(x) && is_p(x, j, '-') && strcmp(w, "-") != 0)
			j++;
		if (n == 1 && !isalnum((unsigned char)w[0])) {
			if (!is_p(x, j, w[0]))
				return 0;
		} else if (!is_w(x, j, w)) {
			return 0;
		}
		j++;
		p = e;
		while (*p == ' ')
			p++;
	}
	return j - i;
}

/* First matching sequence of a NULL-terminated list; its length or 0. */
static size_t seq_any(const ex *x, size_t i, const char *const *list, size_t *which)
{
	for (size_t k = 0; list[k]; k++) {
		size_t n = seq(x, i, list[k]);
		if (n) {
			if (which)
				*which = k;
			return n;
		}
	}
	return 0;
}

static void use(ex *x, size_t i, size_t n)
{
	for (size_t k = i; k < i + n && k < ntok(x); k++)
		x->used[k] = 1;
}

/* Words that add nothing to a statement: skipped when between parts of a
 * test, and not counted as unread words anywhere. */
static const char *const fillers[] = {"a",
                                      "an",
                                      "the",
                                      "of",
                                      "is",
                                      "are",
                                      "be",
                                      "been",
                                      "being",
                                      "was",
                                      "were",
                                      "must",
                                      "should",
                                      "shall",
                                      "will",
                                      "to",
                                      "have",
                                      "has",
                                      "had",
                                      "having",
                                      "with",
                                      "who",
                                      "that",
                                      "which",
                                      "patient",
                                      "patients",
                                      "subject",
                                      "subjects",
                                      "participant",
                                      "participants",
                                      "person",
                                      "persons",
                                      "people",
                                      "individual",
                                      "individuals",
                                      "volunteers",
                                      "known",
                                      "documented",
                                      "diagnosed",
                                      "diagnosis",
                                      "confirmed",
                                      "presence",
                                      "evidence",
                                      "level",
                                      "levels",
                                      "value",
                                      "values",
                                      "count",
                                      "counts",
                                      "serum",
                                      "plasma",
                                      "blood",
                                      "concentration",
                                      "result",
                                      "results",
                                      "test",
                                      "score",
                                      "status",
                                      "at",
                                      "screening",
                                      "baseline",
                                      "by",
                                      "as",
                                      "measured",
                                      "for",
                                      "in",
                                      "and",
                                      "or",
                                      "also",
                                      "any",
                                      "their",
                                      "his",
                                      "her",
                                      "he",
                                      "she",
                                      "they",
                                      "been",
                                      "any",
                                      "defined",
                                      "following",
                                      "criteria",
                                      "current",
                                      "currently",
                                      "either",
                                      "on",
                                      "interval",
                                      "rate",
                                      "within",
                                      "range",
                                      "e",
                                      "g",
                                      "i",
                                      "eg",
                                      "ie",
                                      "following",
                                      "total",
                                      "absolute",
                                      "screen",
                                      "visit",
                                      "initial",
                                      "inclusive",
                                      NULL};

static int is_filler(const ex *x, size_t i)
{
	if (i >= ntok(x))
		return 0;
	const el_tok *k = &x->t.toks[i];
	if (k->type == EL_TOK_PUNCT) {
		char c = x->t.s[k->s];
		return strchr(".,;:()[]/'\"*#!?&-", c) != NULL;
	}
	if (k->type != EL_TOK_WORD)
		return 0;
	for (size_t f = 0; fillers[f]; f++)
		if (is_w(x, i, fillers[f]))
			return 1;
	return 0;
}

/* Words allowed between a concept and its threshold. */
static int is_gap_word(const ex *x, size_t i)
{
	static const char *const gap[] = {"count",
	                                  "counts",
	                                  "level",
	                                  "levels",
	                                  "value",
	                                  "values",
	                                  "of",
	                                  "is",
	                                  "must",
	                                  "be",
	                                  "should",
	                                  "serum",
	                                  "plasma",
	                                  "blood",
	                                  "concentration",
	                                  "result",
	                                  "at",
	                                  "screening",
	                                  "baseline",
	                                  "interval",
	                                  "score",
	                                  "status",
	                                  "performance",
	                                  "ps",
	                                  "scale",
	                                  "grade",
	                                  "class",
	                                  "classification",
	                                  "functional",
	                                  "fraction",
	                                  "rate",
	                                  "measured",
	                                  "test",
	                                  "a",
	                                  "an",
	                                  "the",
	                                  "total",
	                                  "intensity",
	                                  "rating",
	                                  "numeric",
	                                  "numerical",
	                                  "visual",
	                                  "analog",
	                                  "analogue",
	                                  "numerical",
	                                  "pain",
	                                  "on",
	                                  "with",
	                                  "has",
	                                  "have",
	                                  "ratio",
	                                  "index",
	                                  "activity",
	                                  "time",
	                                  "assessment",
	                                  "equal",
	                                  "scored",
	                                  "where",
	                                  "level's",
	                                  "fasting",
	                                  "qtc",
	                                  NULL};
	if (is_type(x, i, EL_TOK_PUNCT)) {
		char c = x->t.s[x->t.toks[i].s];
		return c == ':' || c == ',' || c == '-' || c == ')';
	}
	for (size_t g = 0; gap[g]; g++)
		if (is_w(x, i, gap[g]))
			return 1;
	return 0;
}

/* ---- numbers ------------------------------------------------------------ */

static const char *const number_words[] = {"zero", "one",    "two",    "three", "four",
                                           "five", "six",    "seven",  "eight", "nine",
                                           "ten",  "eleven", "twelve", NULL};

/* read_number flags: number words ("two") are read; a decimal comma is
 * read (measurement values only: in "ECOG 0,1" the comma lists values). */
enum { RN_WORDS = 1, RN_COMMA = 2 };

/* True when the number text p[0, n) has one comma followed by one or two
 * digits that end it, and no dot: "9,5", "1,25" -- a decimal comma. Three
 * digits after a comma ("1,500") are a thousands group; "1,5,0" or "1.2,5"
 * are refused by the caller. */
static int decimal_comma(const char *p, size_t n)
{
	size_t commas = 0, at = 0;
	for (size_t j = 0; j < n; j++) {
		if (p[j] == '.' || p[j] == ' ')
			return 0;
		if (p[j] == ',') {
			commas++;
			at = j;
		}
	}
	return commas == 1 && at > 0 && (n - at - 1 == 1 || n - at - 1 == 2);
}

/* Reads a number at token i into val (a decimal lexeme without thousands
 * separators). Returns tokens used, 0 when none or refused (a comma that
 * is neither a thousands separator nor, with RN_COMMA, a decimal one). */
static size_t read_number(ex *x, size_t i, char *val, size_t size, int flags)
{
	int words_ok = flags & RN_WORDS;
	if (i >= ntok(x))
		return 0;
	const el_tok *k = &x->t.toks[i];
	if (k->type == EL_TOK_WORD && words_ok) {
		for (size_t w = 0; number_words[w]; w++)
			if (is_w(x, i, number_words[w])) {
				snprintf(val, size, "%zu", w);
				return 1;
			}
		return 0;
	}
	if (k->type != EL_TOK_NUM)
		return 0;
	const char *p = x->t.s + k->s;
	size_t n = k->e - k->s;
	size_t o = 0;
	int dot = 0;
	int dcomma = (flags & RN_COMMA) && decimal_comma(p, n);
	for (size_t j = 0; j < n; j++) {
		char c = p[j];
		if (c == ',' && dcomma)
			c = '.';
		else if (c == ',' || c == ' ') {
			/* a thousands separator is followed by exactly three digits */
			size_t d = 0;
			while (j + 1 + d < n && isdigit((unsigned char)p[j + 1 + d]))
				d++;
			if (d != 3 || dot)
				return 0;
			continue;
		}
		if (c == '.') {
			if (dot)
				return 0; /* "1.2.3" */
			dot = 1;
		}
		if (o + 1 >= size)
			return 0;
		val[o++] = c;
	}
	val[o] = '\0';
	/* no leading zeros beyond "0.x" */
	if (o > 1 && val[0] == '0' && val[1] != '.')
		return 0;
	return 1;
}

/* ---- comparators -------------------------------------------------------- */

typedef struct cmp_word {
	const char *words;
	int cmp;
} cmp_word;

/* Prefix comparators in words, longest first. */
static const cmp_word prefix_cmps[] = {{"greater than or equal to", EL_CMP_GE},
                                       {"more than or equal to", EL_CMP_GE},
                                       {"higher than or equal to", EL_CMP_GE},
                                       {"equal to or greater than", EL_CMP_GE},
                                       {"equal to or more than", EL_CMP_GE},
                                       {"equal or greater than", EL_CMP_GE},
                                       {"equal to or higher than", EL_CMP_GE},
                                       {"greater or equal to", EL_CMP_GE},
                                       {"greater than or equal", EL_CMP_GE},
                                       {"less than or equal to", EL_CMP_LE},
                                       {"lower than or equal to", EL_CMP_LE},
                                       {"equal to or less than", EL_CMP_LE},
                                       {"equal to or lower than", EL_CMP_LE},
                                       {"equal or less than", EL_CMP_LE},
                                       {"less or equal to", EL_CMP_LE},
                                       {"less than or equal", EL_CMP_LE},
                                       {"at least", EL_CMP_GE},
                                       {"no less than", EL_CMP_GE},
                                       {"not less than", EL_CMP_GE},
                                       {"a minimum of", EL_CMP_GE},
                                       {"minimum of", EL_CMP_GE},
                                       {"minimum", EL_CMP_GE},
                                       {"no more than", EL_CMP_LE},
                                       {"not more than", EL_CMP_LE},
                                       {"not greater than", EL_CMP_LE},
                                       {"not exceeding", EL_CMP_LE},
                                       {"not to exceed", EL_CMP_LE},
                                       {"no greater than", EL_CMP_LE},
                                       {"not higher than", EL_CMP_LE},
                                       {"no higher than", EL_CMP_LE},
                                       {"up to", EL_CMP_LE},
                                       {"at most", EL_CMP_LE},
                                       {"a maximum of", EL_CMP_LE},
                                       {"maximum of", EL_CMP_LE},
                                       {"maximum", EL_CMP_LE},
                                       {"greater than", EL_CMP_GT},
                                       {"more than", EL_CMP_GT},
                                       {"higher than", EL_CMP_GT},
                                       {"in excess of", EL_CMP_GT},
                                       {"exceeding", EL_CMP_GT},
                                       {"exceeds", EL_CMP_GT},
                                       {"above", EL_CMP_GT},
                                       {"over", EL_CMP_GT},
                                       {"older than", EL_CMP_GT},
                                       {"less than", EL_CMP_LT},
                                       {"lower than", EL_CMP_LT},
                                       {"fewer than", EL_CMP_LT},
                                       {"below", EL_CMP_LT},
                                       {"under", EL_CMP_LT},
                                       {"younger than", EL_CMP_LT},
                                       {"equal to", EL_CMP_EQ},
                                       {"equals", EL_CMP_EQ},
                                       {NULL, 0}};

/* Postfix comparators: "18 years or older", "70% or more". */
static const cmp_word postfix_cmps[] = {
        {"or older", EL_CMP_GE},   {"and older", EL_CMP_GE},  {"or more", EL_CMP_GE},
        {"or greater", EL_CMP_GE}, {"or higher", EL_CMP_GE},  {"or above", EL_CMP_GE},
        {"and above", EL_CMP_GE},  {"or over", EL_CMP_GE},    {"and over", EL_CMP_GE},
        {"and up", EL_CMP_GE},     {"or less", EL_CMP_LE},    {"or lower", EL_CMP_LE},
        {"or below", EL_CMP_LE},   {"or younger", EL_CMP_LE}, {"and younger", EL_CMP_LE},
        {"and under", EL_CMP_LE},  {"or fewer", EL_CMP_LE},   {NULL, 0}};

static int cmp_of_symbol(const char *s)
{
	if (strcmp(s, ">=") == 0)
		return EL_CMP_GE;
	if (strcmp(s, "<=") == 0)
		return EL_CMP_LE;
	if (strcmp(s, ">") == 0)
		return EL_CMP_GT;
	if (strcmp(s, "<") == 0)
		return EL_CMP_LT;
	if (strcmp(s, "=") == 0)
		return EL_CMP_EQ;
	return 0;
}

/* A comparator at i (symbol or words); returns tokens used, *cmp set. */
static size_t read_cmp(ex *x, size_t i, int *cmp)
{
	if (is_type(x, i, EL_TOK_CMP)) {
		*cmp = cmp_of_symbol(x->t.toks[i].cmp);
		/* "> or = 5" was folded by the tokenizer; "=" after "<" too */
		return *cmp ? 1 : 0;
	}
	for (size_t k = 0; prefix_cmps[k].words; k++) {
		size_t n = seq(x, i, prefix_cmps[k].words);
		if (n) {
			*cmp = prefix_cmps[k].cmp;
			/* "greater than 5" may write "greater than > 5" or "of" */
			if (is_type(x, i + n, EL_TOK_CMP))
				return 0;
			if (is_w(x, i + n, "of") && prefix_cmps[k].cmp != EL_CMP_GE)
				n++;
			return n;
		}
	}
	return 0;
}

static size_t read_postfix(ex *x, size_t i, int *cmp)
{
	for (size_t k = 0; postfix_cmps[k].words; k++) {
		size_t n = seq(x, i, postfix_cmps[k].words);
		if (n) {
			*cmp = postfix_cmps[k].cmp;
			return n;
		}
	}
	return 0;
}

const char *el_cmp_code(int cmp)
{
	switch (cmp) {
	case EL_CMP_EQ:
		return "eq";
	case EL_CMP_GT:
		return "gt";
	case EL_CMP_LT:
		return "lt";
	case EL_CMP_GE:
		return "ge";
	case EL_CMP_LE:
		return "le";
	default:
		return "eq";
	}
}

/* ---- units -------------------------------------------------------------- */

/* The unit after token i (the value), or NULL. *next = first token after. */
static const el_unit *read_unit(ex *x, size_t i, size_t *next)
{
	if (i >= ntok(x)) {
		*next = i;
		return NULL;
	}
	size_t end;
	const el_unit *u = el_lexicon_unit(x->lx, &x->t, x->t.toks[i].s, &end);
	if (!u) {
		*next = i;
		return NULL;
	}
	size_t j = i;
	while (j < ntok(x) && x->t.toks[j].s < end)
		j++;
	/* "x ULN (upper limit of normal)" or "(ULN)" restated */
	*next = j;
	return u;
}

/* True when dim is one of the space-separated dims. */
static int dim_ok(const char *dims, const char *dim)
{
	if (!dims || !dim)
		return 0;
	size_t n = strlen(dim);
	for (const char *p = dims; *p;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if ((size_t)(e - p) == n && strncmp(p, dim, n) == 0)
			return 1;
		p = e;
	}
	return 0;
}

/* True when a unit of dimension dim fits concept c or c's variant
 * (criteria-analyte "variant": HbA1c in mmol/mol). */
static int fits(const ex *x, const el_concept *c, const char *dim)
{
	if (!c)
		return 0;
	if (dim_ok(c->dims, dim))
		return 1;
	const el_concept *v = c->variant ? el_lexicon_concept(x->lx, c->variant) : NULL;
	return v && v != c && dim_ok(v->dims, dim);
}

/* Skips a parenthesis restating what was just read: "(ULN)", "(ECOG)",
 * "(upper limit of normal)", or an equivalent value "(133 umol/L)" of an
 * accepted dimension. Returns tokens skipped. */
static size_t skip_restatement(ex *x, size_t i, const el_concept *c)
{
	if (!is_p(x, i, '('))
		return 0;
	size_t j = i + 1;
	size_t close = 0;
	for (size_t k = j; k < ntok(x) && k < j + 12; k++)
		if (is_p(x, k, ')')) {
			close = k;
			break;
		}
	if (!close)
		return 0;
	static const char *const abbrevs[] = {"uln",
	                                      "upper limit of normal",
	                                      "upper limits of normal",
	                                      "lln",
	                                      "lower limit of normal",
	                                      "institutional uln",
	                                      "iuln",
	                                      NULL};
	for (size_t k = 0; abbrevs[k]; k++)
		if (seq(x, j, abbrevs[k]) == close - j)
			return close + 1 - i;
	if (c) {
		size_t n;
		const el_concept *d = el_lexicon_match(x->lx, &x->t, j, &n);
		/* "(PS)" after a named scale restates it as the generic
		 * performance status */
		int same = d == c || (d && d->kind == EL_K_SCORE && !d->ncodes &&
		                      c->kind == EL_K_SCORE && c->ncodes);
		if (same && j + n == close)
			return close + 1 - i;
		/* "(AST or SGOT)": two names of the same concept */
		size_t n2;
		if (same && (is_w(x, j + n, "or") || is_p(x, j + n, '/')) &&
		    el_lexicon_match(x->lx, &x->t, j + n + 1, &n2) == c && j + n + 1 + n2 == close)
			return close + 1 - i;
	}
	/* the unit restated: "35 kilogram/square meter (kg/m2)" */
	size_t after_u;
	const el_unit *ru = read_unit(x, j, &after_u);
	if (ru && after_u == close && c && fits(x, c, ru->dim))
		return close + 1 - i;
	/* an equivalent in another unit */
	char val[32];
	size_t n = read_number(x, j, val, sizeof(val), RN_COMMA);
	if (n && c) {
		size_t after;
		const el_unit *u = read_unit(x, j + n, &after);
		if (u && after == close && fits(x, c, u->dim))
			return close + 1 - i;
		/* an equivalent range, "(5.4 to 9.5%)", "(100-150 g/L)" */
		size_t k = u ? after : j + n;
		if (is_w(x, k, "to") || is_p(x, k, '-')) {
			size_t n2 = read_number(x, k + 1, val, sizeof(val), RN_COMMA);
			const el_unit *u2 = n2 ? read_unit(x, k + 1 + n2, &after) : NULL;
			if (u2 && after == close && fits(x, c, u2->dim) && (!u || u == u2))
				return close + 1 - i;
		}
	}
	return 0;
}

/* ---- thresholds --------------------------------------------------------- */

/* Sex scope after a threshold: "for males", "in women", "(female)". */
static size_t read_sex_scope(ex *x, size_t i, int *sex)
{
	static const char *const male[] = {
	        "for males", "for male", "for men", "in males", "in men", "in male", "( male )",
	        "( males )", "( men )",  "( m )",   "male",     "males",  "men",     NULL};
	static const char *const female[] = {
	        "for females", "for female", "for women",   "in females", "in women",
	        "in female",   "( female )", "( females )", "( women )",  "( f )",
	        "female",      "females",    "women",       NULL};
	size_t n = seq_any(x, i, male, NULL);
	if (n) {
		*sex = 1;
		if (is_w(x, i + n, "patients") || is_w(x, i + n, "subjects"))
			n++;
		return n;
	}
	n = seq_any(x, i, female, NULL);
	if (n) {
		*sex = 2;
		if (is_w(x, i + n, "patients") || is_w(x, i + n, "subjects"))
			n++;
		return n;
	}
	return 0;
}

/* Reads one value with its unit at i for concept c: fills f->value and
 * f->unit. Returns tokens used (0: no value). A value whose unit does not
 * fit c fails the criterion. */
static size_t read_value_unit(ex *x, size_t i, const el_concept *c, int kind, el_filter *f,
                              int *unit_found)
{
	size_t n = read_number(x, i, f->value, sizeof(f->value),
	                       kind == EL_K_MEASUREMENT ? RN_COMMA : 0);
	if (!n)
		return 0;
	size_t j = i + n;
	/* "BMI >= 95th percentile" is a rank, not a value of the analyte */
	static const char *const rank[] = {"th", "st", "nd", "rd", "percentile", "centile", NULL};
	if (seq_any(x, j, rank, NULL))
		return 0;
	size_t after;
	const el_unit *u = read_unit(x, j, &after);
	*unit_found = 0;
	if (u) {
		if (kind == EL_K_AGE || kind == EL_K_LIFE_EXPECTANCY) {
			if (!dim_ok("time", u->dim))
				return 0;
		} else if (c && !fits(x, c, u->dim)) {
			failf(x, "a unit that does not fit the analyte");
			return 0;
		}
		/* "100.000/ul" is 100,000 written with a dot as the
		 * thousands separator; a count per microlitre is never a
		 * decimal, so such a value is refused, not read as 100 */
		const char *dot = strchr(f->value, '.');
		if (dot && u->ucum && u->ucum[0] == '/' && dim_ok("count/vol", u->dim)) {
			failf(x, "a dot that may be a thousands separator");
			return 0;
		}
		f->unit = u->ucum;
		*unit_found = 1;
		j = after;
		j += skip_restatement(x, j, c);
	}
	return j - i;
}

/* Reads the threshold after a concept at i: "< 50 x 10^9/L", "between 1
 * and 2 g/dL", "0-2", "0 or 1", "III-IV", "for males ... for females".
 * Fills t->f. Returns tokens used; 0 when no threshold. */
static size_t read_roman(ex *x, size_t i, char *val, size_t size)
{
	static const char *const romans[] = {"i", "ii", "iii", "iv", NULL};
	if (!is_type(x, i, EL_TOK_WORD))
		return 0;
	for (size_t k = 0; romans[k]; k++)
		if (is_w(x, i, romans[k])) {
			/* only in capitals: "i" is also a word */
			const char *p = x->t.s + x->t.toks[i].s;
			if (!isupper((unsigned char)p[0]))
				return 0;
			snprintf(val, size, "%zu", k + 1);
			return 1;
		}
	return 0;
}

/* A bare value for a scale (number or, for NYHA-like classes, a roman
 * numeral). */
static size_t read_scale_value(ex *x, size_t i, char *val, size_t size)
{
	size_t n = read_number(x, i, val, size, 0);
	if (n)
		return n;
	return read_roman(x, i, val, size);
}

/* "/30" after a score of a scale whose maximum is 30 ("MoCA > 26/30"):
 * tokens to skip, 0 when there is none. */
static size_t out_of_scale_max(ex *x, size_t i, const el_concept *c)
{
	char v[32];
	if (!c || !c->hi || !is_p(x, i, '/'))
		return 0;
	size_t n = read_number(x, i + 1, v, sizeof(v), 0);
	return n && strtod(v, NULL) == strtod(c->hi, NULL) ? 1 + n : 0;
}

static int in_scale(const el_concept *c, const char *val)
{
	if (!c || !c->lo || !c->hi)
		return 1;
	double v = strtod(val, NULL), lo = strtod(c->lo, NULL), hi = strtod(c->hi, NULL);
	return v >= lo && v <= hi;
}

/* A range written high to low ("75 to 18 years", "5.0-0.5 mg/dL") means
 * the same as low to high: the values are put in order (the units go
 * with their values). */
static void order_range(el_filter *lo, el_filter *hi)
{
	if (strtod(lo->value, NULL) <= strtod(hi->value, NULL))
		return;
	char v[sizeof(lo->value)];
	memcpy(v, lo->value, sizeof(v));
	memcpy(lo->value, hi->value, sizeof(v));
	memcpy(hi->value, v, sizeof(v));
	const char *u = lo->unit;
	lo->unit = hi->unit;
	hi->unit = u;
}

static size_t read_threshold(ex *x, size_t i, el_test *t)
{
	const el_concept *c = t->concept;
	int kind = t->kind;
	size_t j = i;
	int cmp = 0;
	size_t n;
	int unit_found = 0;
	el_filter f;
	memset(&f, 0, sizeof(f));

	/* "between X and Y" */
	if (is_w(x, j, "between") || is_w(x, j, "from")) {
		size_t k = j + 1;
		int ca = 0, cb = 0;
		/* "between >= 7.0% and <= 12%": the comparators say the same */
		size_t cn = read_cmp(x, k, &ca);
		if (cn && (ca == EL_CMP_GE || ca == EL_CMP_GT))
			k += cn;
		else
			ca = 0;
		el_filter a, b;
		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		int ua = 0, ub = 0;
		size_t na = kind == EL_K_SCORE ? read_scale_value(x, k, a.value, sizeof(a.value))
		                               : read_value_unit(x, k, c, kind, &a, &ua);
		if (na &&
		    (is_w(x, k + na, "and") || is_w(x, k + na, "to") || is_p(x, k + na, '-'))) {
			size_t k2 = k + na + 1;
			size_t cn2 = ca ? read_cmp(x, k2, &cb) : 0;
			if (cn2 && (cb == EL_CMP_LE || cb == EL_CMP_LT))
				k2 += cn2;
			else
				cb = 0;
			size_t nb = kind == EL_K_SCORE
			                    ? read_scale_value(x, k2, b.value, sizeof(b.value))
			                    : read_value_unit(x, k2, c, kind, &b, &ub);
			if (nb) {
				if (!ub && ua)
					b.unit = a.unit;
				if (!ua && ub)
					a.unit = b.unit;
				a.cmp = ca ? ca : EL_CMP_GE;
				b.cmp = cb ? cb : EL_CMP_LE;
				if (!ca)
					order_range(&a, &b);
				t->f[t->nf++] = a;
				t->f[t->nf++] = b;
				return k2 + nb - i;
			}
		}
		return 0;
	}

	n = read_cmp(x, j, &cmp);
	if (n) {
		j += n;
		size_t m;
		if (kind == EL_K_SCORE) {
			m = read_scale_value(x, j, f.value, sizeof(f.value));
			if (m && is_p(x, j + m, '%'))
				m++;
			if (m)
				m += out_of_scale_max(x, j + m, c);
		} else {
			m = read_value_unit(x, j, c, kind, &f, &unit_found);
		}
		if (!m)
			return 0;
		f.cmp = cmp;
		j += m;
		/* "BMI = 24-40 kg/m2": "=" before a range; "HbA1c >= 5.5 -
		 * 6.4%" means the range too, its lower end included */
		if ((cmp == EL_CMP_EQ || cmp == EL_CMP_GE) && kind != EL_K_SCORE &&
		    (is_p(x, j, '-') || is_w(x, j, "to"))) {
			el_filter hi;
			memset(&hi, 0, sizeof(hi));
			int uh = 0;
			size_t mh = read_value_unit(x, j + 1, c, kind, &hi, &uh);
			if (!mh && cmp == EL_CMP_EQ)
				return 0;
			/* after ">=" only a range going up counts ("> 18 - must
			 * be" is a dash, not a range) */
			if (mh &&
			    (cmp == EL_CMP_EQ || strtod(hi.value, NULL) > strtod(f.value, NULL))) {
				if (!uh && unit_found)
					hi.unit = f.unit;
				if (uh && !unit_found)
					f.unit = hi.unit;
				f.cmp = EL_CMP_GE;
				hi.cmp = EL_CMP_LE;
				order_range(&f, &hi);
				t->f[t->nf++] = f;
				t->f[t->nf++] = hi;
				return j + 1 + mh - i;
			}
		}
		/* "≥ 50 x 10^9/L or above" doubled */
		size_t pf = read_postfix(x, j, &cmp);
		if (pf && cmp == f.cmp)
			j += pf;
	} else {
		size_t m;
		if (kind == EL_K_SCORE)
			m = read_scale_value(x, j, f.value, sizeof(f.value));
		else
			m = read_value_unit(x, j, c, kind, &f, &unit_found);
		if (!m)
			return 0;
		j += m;
		if (kind == EL_K_SCORE && is_p(x, j, '%'))
			j++;
		/* a range "0-2", "0 to 2", "18-65 years", "0 or 1", "0, 1 or 2" */
		el_filter hi;
		memset(&hi, 0, sizeof(hi));
		int uh = 0;
		size_t sep = 0;
		if (is_p(x, j, '-') || is_w(x, j, "to") || is_p(x, j, '~'))
			sep = 1;
		else if (kind == EL_K_SCORE && (is_w(x, j, "or") || is_p(x, j, ',')))
			sep = 1;
		size_t mh = 0;
		if (sep) {
			size_t k = j + 1;
			if (kind == EL_K_SCORE && is_p(x, j, ',') && is_w(x, k, "or"))
				k++; /* "0, or 1, or 2" */
			if (kind == EL_K_SCORE) {
				/* "0, 1, or 2": consecutive values only */
				mh = read_scale_value(x, k, hi.value, sizeof(hi.value));
				/* "1 or 3", "0, 2" are not ranges: the value after
				 * "or" or "," must follow the first */
				if (mh && (is_w(x, j, "or") || is_p(x, j, ',')) &&
				    strtol(hi.value, NULL, 10) != strtol(f.value, NULL, 10) + 1)
					mh = 0;
				while (mh && (is_p(x, k + mh, ',') || is_w(x, k + mh, "or"))) {
					size_t k2 = k + mh + 1;
					if (is_w(x, k2, "or"))
						k2++;
					char v2[32];
					size_t m2 = read_scale_value(x, k2, v2, sizeof(v2));
					if (!m2)
						break;
					if (strtol(v2, NULL, 10) != strtol(hi.value, NULL, 10) + 1)
						break;
					tf_strlcpy(hi.value, v2, sizeof(hi.value));
					k = k2;
					mh = m2;
				}
				if (mh && is_p(x, k + mh, '%'))
					mh++;
			} else {
				mh = read_value_unit(x, k, c, kind, &hi, &uh);
			}
			if (mh) {
				if (!uh && unit_found)
					hi.unit = f.unit;
				if (uh && !unit_found)
					f.unit = hi.unit;
				unit_found = unit_found || uh;
				f.cmp = EL_CMP_GE;
				hi.cmp = EL_CMP_LE;
				order_range(&f, &hi);
				t->f[t->nf++] = f;
				t->f[t->nf++] = hi;
				return k + mh - i;
			}
		}
		size_t pf = read_postfix(x, j, &cmp);
		if (pf) {
			f.cmp = cmp;
			j += pf;
		} else if (kind == EL_K_SCORE) {
			f.cmp = EL_CMP_EQ;
		} else {
			return 0; /* a bare value after an analyte is not a threshold */
		}
	}
	/* unit after a postfix: "18 or older years" is rare; "70% or more" done */
	if (t->nf < EL_MAX_FILTERS)
		t->f[t->nf++] = f;
	/* a second bound: ">= 20 and <= 65 years", "> 1.5 and < 3 g/dL" */
	if ((f.cmp == EL_CMP_GE || f.cmp == EL_CMP_GT) &&
	    (is_w(x, j, "and") || is_w(x, j, "but"))) {
		int cmp2;
		size_t cn = read_cmp(x, j + 1, &cmp2);
		el_filter g;
		memset(&g, 0, sizeof(g));
		int ug = 0;
		size_t vn = cn && (cmp2 == EL_CMP_LE || cmp2 == EL_CMP_LT)
		                    ? (kind == EL_K_SCORE
		                               ? read_scale_value(x, j + 1 + cn, g.value,
		                                                  sizeof(g.value))
		                               : read_value_unit(x, j + 1 + cn, c, kind, &g, &ug))
		                    : 0;
		if (vn && t->nf < EL_MAX_FILTERS) {
			g.cmp = cmp2;
			if (!ug && unit_found)
				g.unit = f.unit;
			if (ug && !unit_found)
				t->f[t->nf - 1].unit = g.unit;
			t->f[t->nf++] = g;
			j += 1 + cn + vn;
		}
	}
	/* per-sex values: "<= 450 ms for males and <= 470 ms for females" */
	int sex;
	size_t sn = read_sex_scope(x, j, &sex);
	if (sn && (kind == EL_K_MEASUREMENT)) {
		t->f[t->nf - 1].sex = sex;
		j += sn;
		size_t k = j;
		if (is_p(x, k, ',') || is_p(x, k, ';'))
			k++;
		if (is_w(x, k, "and") || is_w(x, k, "or"))
			k++;
		el_filter g;
		memset(&g, 0, sizeof(g));
		int cmp2;
		size_t cn = read_cmp(x, k, &cmp2);
		int ug = 0;
		size_t vn = cn ? read_value_unit(x, k + cn, c, kind, &g, &ug) : 0;
		int sex2;
		size_t sn2 = vn ? read_sex_scope(x, k + cn + vn, &sex2) : 0;
		if (sn2 && sex2 != sex && t->nf < EL_MAX_FILTERS) {
			g.cmp = cmp2;
			g.sex = sex2;
			if (!ug)
				g.unit = t->f[t->nf - 1].unit;
			t->f[t->nf++] = g;
			j = k + cn + vn + sn2;
		} else {
			failf(x, "a threshold for one sex only");
		}
	}
	return j - i;
}

/* The unit of a number written with none for concept c: c's bare unit
 * when the value is in c's bare range (or c has no range), else the bare
 * unit of c's variant when the value is in its range. HbA1c with no unit
 * is % from 4 to 19.9 and mmol/mol (IFCC) from 21 to 200: the two scales
 * do not overlap in any value a person can have (4% is 20 mmol/mol, 20%
 * about 195), so the magnitude decides; values in between or outside
 * both are refused. NULL when no unit can be given. */
static const char *bare_unit(const ex *x, const el_concept *c, const char *value)
{
	if (!c)
		return NULL;
	double v = strtod(value, NULL);
	const el_concept *cands[2] = {c, c->variant ? el_lexicon_concept(x->lx, c->variant) : NULL};
	for (size_t k = 0; k < 2; k++) {
		const el_concept *d = cands[k];
		if (!d || !d->bare)
			continue;
		if (!d->bare_range) {
			if (k == 0)
				return d->bare;
			continue;
		}
		if (v >= d->bare_lo && v <= d->bare_hi)
			return d->bare;
	}
	return NULL;
}

/* A test whose thresholds are all in units of its concept's variant (HbA1c
 * in mmol/mol) becomes a test of the variant, which has its own codes; a
 * mix of both ("between 35 and 9.5%") is refused. 0, or -1 when refused. */
static int settle_variant(ex *x, el_test *t)
{
	const el_concept *c = t->concept;
	const el_concept *v = c && c->variant ? el_lexicon_concept(x->lx, c->variant) : NULL;
	if (!v || v == c)
		return 0;
	size_t in_c = 0, in_v = 0;
	for (size_t k = 0; k < t->nf; k++) {
		const char *u = t->f[k].unit ? t->f[k].unit : "1";
		const char *dim = el_lexicon_unit_dim(x->lx, u);
		const el_concept *owner = NULL;
		if (!t->f[k].unit && c->bare && strcmp(c->bare, "1") == 0)
			owner = c;
		else if (dim && dim_ok(c->dims, dim))
			owner = c;
		else if (dim && dim_ok(v->dims, dim))
			owner = v;
		if (!owner)
			continue;
		/* the two scales are easy to confuse, and a unit may have come
		 * from the other bound ("between 35 and 9.5%"): a value in a
		 * scale's own unit must lie in that scale's range */
		double val = strtod(t->f[k].value, NULL);
		if (owner->bare_range && owner->bare && t->f[k].unit &&
		    strcmp(t->f[k].unit, owner->bare) == 0 &&
		    (val < owner->bare_lo || val > owner->bare_hi)) {
			failf(x, "a value outside the range of its unit");
			return -1;
		}
		if (owner == c)
			in_c++;
		else
			in_v++;
	}
	if (in_v == 0 && in_c == t->nf)
		return 0;
	if (in_v == t->nf) {
		t->concept = v;
		return 0;
	}
	failf(x, "a unit that does not fit the analyte");
	return -1;
}

/* Checks units and scales once a test's thresholds are read. */
static int check_filters(ex *x, el_test *t)
{
	const el_concept *c = t->concept;
	for (size_t k = 0; k < t->nf; k++) {
		el_filter *f = &t->f[k];
		if (t->kind == EL_K_SCORE) {
			if (!in_scale(c, f->value)) {
				failf(x, "a value outside the scale");
				return -1;
			}
			f->unit = c && c->bare && strcmp(c->bare, "1") != 0 ? c->bare : NULL;
		} else if (t->kind == EL_K_MEASUREMENT && !f->unit) {
			const char *bare = bare_unit(x, c, f->value);
			if (bare) {
				f->unit = strcmp(bare, "1") == 0 ? NULL : bare;
			} else {
				failf(x, "a value with no unit");
				return -1;
			}
		}
	}
	return t->kind == EL_K_MEASUREMENT ? settle_variant(x, t) : 0;
}

/* ---- time windows ------------------------------------------------------- */

/* "within (the past|last|previous) N days|weeks|months|years [prior to|before
 * <reference>]", "in the past N months", "during the last year". Fills the
 * window of t. Returns tokens used. */
static size_t read_window(ex *x, size_t i, el_test *t)
{
	static const char *const starts[] = {"within past",
	                                     "within last",
	                                     "within the past",
	                                     "within the last",
	                                     "within the previous",
	                                     "within the prior",
	                                     "within the preceding",
	                                     "in the past",
	                                     "in the last",
	                                     "in the previous",
	                                     "during the past",
	                                     "during the last",
	                                     "during the previous",
	                                     "within",
	                                     NULL};
	size_t j = i;
	size_t n = seq_any(x, j, starts, NULL);
	if (!n)
		return 0;
	j += n;
	char val[16] = "1";
	size_t m = read_number(x, j, val, sizeof(val), 1);
	j += m;
	size_t after;
	const el_unit *u = read_unit(x, j, &after);
	if (!u || !dim_ok("time", u->dim))
		return 0;
	if (strchr(val, '.'))
		return 0;
	j = after;
	/* the reference point: "prior to the first dose", "before enrollment",
	 * "of randomization", "prior to screening" */
	static const char *const refs[] = {"prior to", "before", "of", "preceding", "from", NULL};
	size_t r = seq_any(x, j, refs, NULL);
	if (r) {
		static const char *const anchors[] = {"dose",
		                                      "doses",
		                                      "treatment",
		                                      "therapy",
		                                      "enrollment",
		                                      "enrolment",
		                                      "randomization",
		                                      "randomisation",
		                                      "screening",
		                                      "registration",
		                                      "entry",
		                                      "inclusion",
		                                      "day",
		                                      "start",
		                                      "visit",
		                                      "baseline",
		                                      "initiation",
		                                      "consent",
		                                      "icf",
		                                      "study",
		                                      "administration",
		                                      "dosing",
		                                      "drug",
		                                      "signing",
		                                      "informed",
		                                      "first",
		                                      "the",
		                                      "of",
		                                      "initial",
		                                      "cellular",
		                                      "investigational",
		                                      "product",
		                                      "intervention",
		                                      "trial",
		                                      "this",
		                                      "1",
		                                      "participation",
		                                      "medication",
		                                      "cycle",
		                                      "receiving",
		                                      NULL};
		size_t k = j + r, anchored = 0;
		while (k < ntok(x) && k < j + r + 8) {
			size_t a;
			int hit = 0;
			for (a = 0; anchors[a]; a++)
				if (is_w(x, k, anchors[a]) ||
				    (is_type(x, k, EL_TOK_NUM) && strcmp(anchors[a], "1") == 0)) {
					hit = 1;
					break;
				}
			if (!hit)
				break;
			k++;
			anchored = 1;
		}
		if (anchored)
			j = k;
	}
	tf_strlcpy(t->window, val, sizeof(t->window));
	t->window_unit = u->ucum;
	return j - i;
}

/* ---- the readers -------------------------------------------------------- */

static el_test *new_test(ex *x, int kind, const el_concept *c, size_t s)
{
	if (x->r->ntests >= EL_MAX_TESTS) {
		failf(x, "too many statements");
		return NULL;
	}
	el_test *t = &x->r->tests[x->r->ntests++];
	memset(t, 0, sizeof(*t));
	t->kind = kind;
	t->concept = c;
	t->s = s;
	return t;
}

/* Age: "aged 18-65", "age >= 18 years", "18 years or older", "between 18
 * and 75 years of age", "older than 18", "Age: 18 and over". */
static size_t read_age(ex *x, size_t i)
{
	static const char *const anchors[] = {"age", "aged", "ages", "age of", NULL};
	/* "gestational age", "bone age", "menstrual age" are not the
	 * patient's age: nothing is read (the words stay unread) */
	static const char *const other_ages[] = {"gestational", "gestation", "bone",
	                                         "menstrual",   "corrected", "postmenstrual",
	                                         "mental",      "reading",   NULL};
	if (i > 0 && seq_any(x, i - 1, other_ages, NULL) == 1)
		return 0;
	size_t j = i;
	size_t an = seq_any(x, j, anchors, NULL);
	int anchored = an > 0;
	j += an;
	while (j < ntok(x) && (is_p(x, j, ':') || is_w(x, j, "is") || is_w(x, j, "of") ||
	                       is_w(x, j, "must") || is_w(x, j, "be") || is_p(x, j, '(')))
		j++;
	el_test tmp;
	memset(&tmp, 0, sizeof(tmp));
	tmp.kind = EL_K_AGE;
	size_t start = j;
	size_t n = read_threshold(x, j, &tmp);
	int cmp;
	if (!n) {
		/* "18 years of age or older": the postfix comes after the tail */
		el_filter f;
		memset(&f, 0, sizeof(f));
		int uf = 0;
		size_t m = read_value_unit(x, j, NULL, EL_K_AGE, &f, &uf);
		if (!m || !uf)
			return 0;
		size_t k = j + m;
		size_t tn = seq(x, k, "of age");
		size_t pn = tn ? read_postfix(x, k + tn, &cmp) : 0;
		if (!pn)
			return 0;
		f.cmp = cmp;
		tmp.f[0] = f;
		tmp.nf = 1;
		n = m + tn + pn;
	}
	j += n;
	/* "24 weeks gestation", "32 weeks of gestational age" */
	if (seq(x, j, "gestation") || seq(x, j, "of gestation") || seq(x, j, "gestational") ||
	    seq(x, j, "of gestational"))
		return 0;
	/* the unit: explicit (years, months) or implied years when anchored */
	int unit_ok = 1;
	for (size_t k = 0; k < tmp.nf; k++) {
		if (!tmp.f[k].unit) {
			if (!anchored)
				unit_ok = 0;
			tmp.f[k].unit = "a";
		}
		if (strchr(tmp.f[k].value, '.'))
			unit_ok = 0;
		if (strcmp(tmp.f[k].unit, "a") == 0 && strtol(tmp.f[k].value, NULL, 10) > 120)
			unit_ok = 0;
	}
	if (!unit_ok)
		return 0;
	/* trailing "years of age", "years old", "of age", "(inclusive)" */
	static const char *const tails[] = {"years of age",  "year of age", "of age", "years old",
	                                    "year old",      "old",         "years",  "yrs",
	                                    "( inclusive )", "inclusive",   NULL};
	size_t tn;
	while ((tn = seq_any(x, j, tails, NULL)) > 0)
		j += tn;
	if (read_postfix(x, j, &cmp) && tmp.nf == 1 && tmp.f[0].cmp == EL_CMP_EQ) {
		tmp.f[0].cmp = cmp;
		j += read_postfix(x, j, &cmp);
	}
	while ((tn = seq_any(x, j, tails, NULL)) > 0)
		j += tn;
	if (is_p(x, j, ')') && is_p(x, start - 1, '('))
		j++;
	if (!anchored) {
		/* without "age", the words after must say it, in years: "18 years
		 * of age", "65 years or older" ("3 months old" is often a scan's) */
		for (size_t k = 0; k < tmp.nf; k++)
			if (strcmp(tmp.f[k].unit, "a") != 0)
				return 0;
		int said = 0;
		for (size_t k = start; k < j; k++)
			if (is_w(x, k, "age") || is_w(x, k, "old") || is_w(x, k, "older") ||
			    is_w(x, k, "younger"))
				said = 1;
		if (!said)
			return 0;
	}
	el_test *t = new_test(x, EL_K_AGE, NULL, x->t.toks[i].s);
	if (!t)
		return 0;
	memcpy(t->f, tmp.f, sizeof(tmp.f));
	t->nf = tmp.nf;
	t->e = x->t.toks[j - 1].e;
	use(x, i, j - i);
	return j - i;
}

/* An age group named by a word ("pediatric patient", "adult patients"):
 * criteria-text.tsv gives the phrase an age code, "age<18", "age>=18"
 * (comparator and whole years), so that what a word means stays data a
 * user can change. The n tokens at i are the phrase; returns n when read,
 * 0 when cat is not such a code. */
static size_t read_age_phrase(ex *x, size_t i, size_t n, const char *cat)
{
	if (strncmp(cat, "age", 3) != 0)
		return 0;
	const char *p = cat + 3;
	char sym[3] = {0};
	size_t k = 0;
	while (k < 2 && (p[k] == '<' || p[k] == '>' || p[k] == '='))
		sym[k] = p[k], k++;
	int cmp = cmp_of_symbol(sym);
	const char *v = p + k;
	size_t nd = strspn(v, "0123456789");
	if (!cmp || !nd || v[nd] || nd >= sizeof(((el_filter *)0)->value) || nd > 3)
		return 0;
	el_test *t = new_test(x, EL_K_AGE, NULL, x->t.toks[i].s);
	if (!t)
		return 0;
	t->f[0].cmp = cmp;
	memcpy(t->f[0].value, v, nd + 1);
	t->f[0].unit = "a";
	t->nf = 1;
	t->e = x->t.toks[i + n - 1].e;
	use(x, i, n);
	return n;
}

/* Sex: "male", "females", "men and women", "Male or female". */
static size_t read_sex(ex *x, size_t i)
{
	static const char *const both[] = {
	        "male or female",     "males or females", "female or male",
	        "females or males",   "male and female",  "males and females",
	        "female and male",    "men and women",    "women and men",
	        "men or women",       "women or men",     "both sexes",
	        "either sex",         "both genders",     "all genders",
	        "male and/or female", "male / female",    NULL};
	static const char *const none[] = {"no gender restrictions",
	                                   "no gender restriction",
	                                   "no sex restrictions",
	                                   "no sex restriction",
	                                   "regardless of gender",
	                                   "regardless of sex",
	                                   NULL};
	static const char *const male[] = {"males", "male", "men", "man", NULL};
	static const char *const female[] = {"females", "female", "women", "woman", NULL};
	size_t n = seq_any(x, i, none, NULL);
	if (n) {
		use(x, i, n);
		return n;
	}
	int code = 0;
	if ((n = seq_any(x, i, both, NULL)) > 0)
		code = 3;
	else if ((n = seq_any(x, i, male, NULL)) > 0)
		code = 1;
	else if ((n = seq_any(x, i, female, NULL)) > 0)
		code = 2;
	if (!code)
		return 0;
	/* "women of childbearing potential" is another statement */
	if (seq(x, i + n, "of childbearing") || seq(x, i + n, "of child bearing") ||
	    seq(x, i + n, "of reproductive") || seq(x, i + n, "who are") ||
	    seq(x, i + n, "partners"))
		return 0;
	el_test *t = new_test(x, EL_K_SEX, NULL, x->t.toks[i].s);
	if (!t)
		return 0;
	t->sex_code = code;
	t->e = x->t.toks[i + n - 1].e;
	use(x, i, n);
	return n;
}

/* Life expectancy: "life expectancy >= 3 months", "expected survival is
 * greater than three months", "Life expectancy: At least 8 weeks". */
static size_t read_life(ex *x, size_t i)
{
	static const char *const anchors[] = {"life expectancy",
	                                      "expected survival",
	                                      "estimated survival",
	                                      "survival expectancy",
	                                      "estimated life expectancy",
	                                      "expected life expectancy",
	                                      "prognosis",
	                                      NULL};
	size_t n = seq_any(x, i, anchors, NULL);
	if (!n)
		return 0;
	size_t j = i + n;
	while (j < ntok(x) && (is_p(x, j, ':') || is_w(x, j, "is") || is_w(x, j, "of") ||
	                       is_w(x, j, "must") || is_w(x, j, "be") || is_w(x, j, "should")))
		j++;
	el_test tmp;
	memset(&tmp, 0, sizeof(tmp));
	tmp.kind = EL_K_LIFE_EXPECTANCY;
	/* "three months": number words are fine here */
	int cmp = 0;
	size_t cn = read_cmp(x, j, &cmp);
	el_filter f;
	memset(&f, 0, sizeof(f));
	size_t vn = read_number(x, j + cn, f.value, sizeof(f.value), 1);
	if (!vn)
		return 0;
	size_t k;
	const el_unit *u = read_unit(x, j + cn + vn, &k);
	if (!u || !dim_ok("time", u->dim))
		return 0;
	if (!cn) {
		size_t pn = read_postfix(x, k, &cmp);
		if (!pn)
			return 0;
		k += pn;
	}
	f.cmp = cmp;
	f.unit = u->ucum;
	el_test *t = new_test(x, EL_K_LIFE_EXPECTANCY, NULL, x->t.toks[i].s);
	if (!t)
		return 0;
	t->f[0] = f;
	t->nf = 1;
	t->e = x->t.toks[k - 1].e;
	use(x, i, k - i);
	return k - i;
}

/* Appends the members of group g to cs (links between them resolved
 * against the comparator, as "AST/ALT"); -1 when a member is unknown, not
 * a measurement, or there is no room. */
static int add_members(ex *x, const el_concept *g, const el_concept **cs, int *links, size_t *nc,
                       size_t max)
{
	size_t n = *nc;
	for (const char *p = g->members; *p;) {
		while (*p == ' ')
			p++;
		const char *e = p;
		while (*e && *e != ' ')
			e++;
		if (e == p)
			break;
		char key[64];
		if ((size_t)(e - p) >= sizeof(key) || n >= max)
			return -1;
		memcpy(key, p, (size_t)(e - p));
		key[e - p] = '\0';
		const el_concept *m = el_lexicon_concept(x->lx, key);
		if (!m || m->kind != EL_K_MEASUREMENT || m->members)
			return -1;
		if (n > *nc)
			links[n] = CN_IN_SLASH;
		cs[n++] = m;
		p = e;
	}
	if (n == *nc)
		return -1;
	*nc = n;
	return 0;
}

/* The concepts listed at i: "AST and ALT", "AST/ALT", "AST (SGOT) or ALT
 * (SGPT)". Fills cs and the internal connectors; returns tokens used. */
static size_t read_concept_list(ex *x, size_t i, const el_concept **cs, int *links, size_t *nc,
                                size_t max)
{
	size_t j = i, n;
	*nc = 0;
	for (;;) {
		const el_concept *c = el_lexicon_match(x->lx, &x->t, j, &n);
		if (!c || *nc >= max)
			break;
		if (c->members) {
			/* a group name, "transaminases", "LFTs": each member is
			 * tested with the threshold, joined as "AST/ALT" is */
			size_t first = *nc;
			if (add_members(x, c, cs, links, nc, max) < 0) {
				*nc = first;
				break;
			}
			c = cs[*nc - 1];
		} else {
			cs[*nc] = c;
			(*nc)++;
		}
		j += n;
		/* "(SGOT)", "(ANC)" restating the same concept */
		size_t r = skip_restatement(x, j, c);
		j += r;
		/* another concept of the same kind after a list connector? */
		size_t k = j;
		int link = 0;
		if (is_w(x, k, "and") && is_p(x, k + 1, '/') && is_w(x, k + 2, "or")) {
			link = CN_IN_OR;
			k += 3;
		} else if (is_w(x, k, "and") || is_p(x, k, '&')) {
			link = CN_IN_AND;
			k++;
		} else if (is_w(x, k, "or")) {
			link = CN_IN_OR;
			k++;
		} else if (is_p(x, k, '/')) {
			link = CN_IN_SLASH; /* resolved against the comparator */
			k++;
		} else if (is_p(x, k, ',')) {
			link = CN_IN_AND;
			k++;
			/* "AST, ALT, and alkaline phosphatase", "ALT, or AST" */
			if (is_w(x, k, "and")) {
				k++;
			} else if (is_w(x, k, "or")) {
				link = CN_IN_OR;
				k++;
			}
		}
		if (!link)
			break;
		size_t n2;
		const el_concept *d = el_lexicon_match(x->lx, &x->t, k, &n2);
		if (!d || d->kind != c->kind || d->kind != EL_K_MEASUREMENT)
			break;
		links[*nc] = link;
		j = k;
	}
	return j - i;
}

/* True when the concept read at [i, j) is only part of the name of another
 * quantity: "change in body weight", "weight loss", "birth weight",
 * "ionized calcium", "BMI percentile". Its threshold is not one of the
 * analyte itself, so nothing is read (the words stay unread). */
static int other_quantity(const ex *x, size_t i, size_t j)
{
	static const char *const before2[] = {
	        "change in",    "changes in",   "change of",    "loss of",
	        "gain of",      "increase in",  "increase of",  "decrease in",
	        "decrease of",  "reduction in", "reduction of", "variation in",
	        "variation of", "drop in",      "rise in",      NULL};
	static const char *const before1[] = {"ionized", "ionised", "birth", "free",
	                                      "urine",   "urinary", NULL};
	static const char *const after[] = {
	        "loss",      "gain",       "change", "changes", "reduction", "increase", "decrease",
	        "variation", "percentile", "z",      "sds",     "ratio",     NULL};
	for (size_t k = 0; i >= 2 && before2[k]; k++)
		if (seq(x, i - 2, before2[k]) == 2)
			return 1;
	for (size_t k = 0; i >= 1 && before1[k]; k++)
		if (is_w(x, i - 1, before1[k]))
			return 1;
	for (size_t k = 0; after[k]; k++)
		if (is_w(x, j, after[k]))
			return 1;
	return 0;
}

/* A bound written before the analyte, "7.0% <= HbA1c <= 10.5%", "100
 * mg/dL <= LDL-C": when t's one threshold is an upper one and the
 * analyte at i follows "<value> [unit] <= " (or "<"), the lower bound is
 * added to t. Returns the token where the statement starts (i when
 * none). */
static size_t read_lower_bound(ex *x, size_t i, el_test *t)
{
	int cmp;
	if (i < 2 || (t->f[0].cmp != EL_CMP_LE && t->f[0].cmp != EL_CMP_LT) ||
	    !is_type(x, i - 1, EL_TOK_CMP) || !read_cmp(x, i - 1, &cmp) ||
	    (cmp != EL_CMP_LE && cmp != EL_CMP_LT) || x->used[i - 1])
		return i;
	for (size_t k = i >= 6 ? i - 6 : 0; k + 1 < i; k++) {
		el_filter f;
		memset(&f, 0, sizeof(f));
		size_t n = read_number(x, k, f.value, sizeof(f.value), RN_COMMA);
		if (!n || x->used[k])
			continue;
		size_t after = k + n;
		const el_unit *u = read_unit(x, k + n, &after);
		if (after != i - 1)
			continue;
		if (u && !fits(x, t->concept, u->dim))
			return i;
		f.unit = u ? u->ucum : t->f[0].unit;
		f.cmp = cmp == EL_CMP_LE ? EL_CMP_GE : EL_CMP_GT;
		if (t->nf >= EL_MAX_FILTERS)
			return i;
		t->f[1] = t->f[0];
		t->f[0] = f;
		t->nf = 2;
		return k;
	}
	return i;
}

/* The other bound of an alternative, "< 90 mmHg or >= 150 mmHg", "> 6
 * mIU/L or < 0.4 mIU/L", at j after t's one threshold: fills *alt (the
 * unit of the first when it has none) and returns the tokens read, 0 when
 * there is none. Only a bound on the other side counts: "> 5 or > 10" is
 * not a range. */
static size_t read_other_bound(ex *x, size_t j, const el_test *t, el_filter *alt)
{
	size_t k = j;
	if (is_p(x, k, ','))
		k++;
	if (!is_w(x, k, "or"))
		return 0;
	k++;
	int cmp;
	size_t cn = read_cmp(x, k, &cmp);
	if (!cn)
		return 0;
	int up = t->f[0].cmp == EL_CMP_LE || t->f[0].cmp == EL_CMP_LT;
	int up2 = cmp == EL_CMP_LE || cmp == EL_CMP_LT;
	if (cmp == EL_CMP_EQ || up == up2)
		return 0;
	memset(alt, 0, sizeof(*alt));
	char v[32];
	size_t n = read_number(x, k + cn, v, sizeof(v), RN_COMMA);
	if (!n)
		return 0;
	size_t after;
	const el_unit *u = read_unit(x, k + cn + n, &after);
	if (u && !fits(x, t->concept, u->dim))
		return 0;
	if (!u && !t->f[0].unit)
		return 0;
	int unit_found = 0;
	size_t m = read_value_unit(x, k + cn, t->concept, t->kind, alt, &unit_found);
	if (!m)
		return 0;
	if (!unit_found)
		alt->unit = t->f[0].unit;
	alt->cmp = cmp;
	return k + cn + m - j;
}

/* Blood pressure as a pair, "blood pressure >= 160/100 mmHg", "BP <
 * 140/90": a systolic and a diastolic test. Above a pair (">= 160/100")
 * either value is enough, which is how hypertension thresholds read; below
 * ("< 160/100", controlled) both must hold. A pair needs no unit: it is
 * only ever mm Hg. */
static size_t read_bp(ex *x, size_t i)
{
	static const char *const names[] = {"blood pressure", "BP",
	                                    "systolic / diastolic blood pressure",
	                                    "systolic / diastolic pressure", NULL};
	size_t j = i + seq_any(x, i, names, NULL);
	if (j == i)
		return 0;
	for (size_t gap = 0; gap < 4 && is_gap_word(x, j) && !is_p(x, j, ','); gap++) {
		int c0;
		if (read_cmp(x, j, &c0))
			break;
		j++;
	}
	int cmp;
	size_t cn = read_cmp(x, j, &cmp);
	if (!cn || cmp == EL_CMP_EQ)
		return 0;
	el_filter a, b;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	size_t k = j + cn;
	size_t na = read_number(x, k, a.value, sizeof(a.value), 0);
	if (!na || !is_p(x, k + na, '/'))
		return 0;
	size_t nb = read_number(x, k + na + 1, b.value, sizeof(b.value), 0);
	if (!nb)
		return 0;
	k += na + 1 + nb;
	size_t after;
	const el_unit *u = read_unit(x, k, &after);
	if (u && !dim_ok("pressure", u->dim))
		return 0;
	if (u)
		k = after;
	const el_concept *sys = el_lexicon_concept(x->lx, "systolic-bp");
	const el_concept *dia = el_lexicon_concept(x->lx, "diastolic-bp");
	if (!sys || !dia || !sys->unit || !dia->unit)
		return 0;
	a.cmp = b.cmp = cmp;
	a.unit = u ? u->ucum : sys->unit;
	b.unit = u ? u->ucum : dia->unit;
	el_test *t = new_test(x, EL_K_MEASUREMENT, sys, x->t.toks[i].s);
	if (!t)
		return 0;
	t->f[0] = a;
	t->nf = 1;
	t->e = x->t.toks[k - 1].e;
	el_test *d = new_test(x, EL_K_MEASUREMENT, dia, x->t.toks[i].s);
	if (!d)
		return 0;
	d->f[0] = b;
	d->nf = 1;
	d->e = t->e;
	x->conn[x->r->ntests - 1] = cmp == EL_CMP_GT || cmp == EL_CMP_GE ? CN_IN_OR : CN_IN_AND;
	x->r->measured = 1;
	use(x, i, k - i);
	return k - i;
}

/* A measurement or score at i with its threshold. */
static size_t read_measure(ex *x, size_t i)
{
	const el_concept *cs[6];
	int links[6] = {0};
	size_t nc;
	size_t n = read_concept_list(x, i, cs, links, &nc, 6);
	if (!nc || (cs[0]->kind != EL_K_MEASUREMENT && cs[0]->kind != EL_K_SCORE))
		return 0;
	size_t j = i + n;
	for (size_t k = j; k < ntok(x) && k < j + 10; k++)
		if (is_type(x, k, EL_TOK_CMP) || is_type(x, k, EL_TOK_NUM))
			x->r->measured = 1;
	if (other_quantity(x, i, j))
		return j - i; /* skipped, left unread: "body weight" is not re-read
		               * as "weight" */
	/* words between the concept and its threshold */
	size_t gap = 0;
	const el_concept *scale = cs[0];
	while (j < ntok(x) && gap < 8) {
		size_t m;
		int cmp_here;
		if (read_cmp(x, j, &cmp_here))
			break; /* "at least" is a comparator, not the gap word "at" */
		if (is_gap_word(x, j)) {
			j++;
			gap++;
			continue;
		}
		size_t r = skip_restatement(x, j, scale);
		if (r) {
			j += r;
			continue;
		}
		/* "performance status (ECOG)": a named scale after a generic one */
		const el_concept *d = el_lexicon_match(x->lx, &x->t, j, &m);
		if (d && d->kind == EL_K_SCORE && scale->ncodes == 0 && nc == 1) {
			scale = d;
			j += m;
			continue;
		}
		if (d && d == scale) {
			j += m;
			continue;
		}
		break;
	}
	el_test proto;
	memset(&proto, 0, sizeof(proto));
	proto.kind = scale->kind;
	proto.concept = scale;
	size_t tn = read_threshold(x, j, &proto);
	if (!tn)
		return 0;
	j += tn;
	/* a generic "performance status <= 3 according to the ECOG" names
	 * its scale after the value */
	if (scale->kind == EL_K_SCORE && scale->ncodes == 0) {
		static const char *const by[] = {
		        "according to the", "according to", "by the", "by", "on the", "on", "per",
		        "using the",        "using",        "(",      NULL};
		size_t bn = seq_any(x, j, by, NULL);
		size_t m;
		const el_concept *d = bn ? el_lexicon_match(x->lx, &x->t, j + bn, &m) : NULL;
		if (d && d->kind == EL_K_SCORE && d->ncodes) {
			scale = d;
			j += bn + m;
			j += skip_restatement(x, j, d);
			while (is_gap_word(x, j) && !is_p(x, j, ',') && j < ntok(x))
				j++;
			if (is_p(x, j, ')') && is_p(x, j - m - bn, '('))
				j++;
			proto.concept = d;
		} else {
			failf(x, "a performance status with no scale named");
		}
	}
	if (nc == 1 && proto.nf == 1 && proto.kind == EL_K_MEASUREMENT && !proto.f[0].sex &&
	    !proto.f[0].unit) {
		/* "Na > 155 or < 120 mmol/L": the unit after the other bound
		 * is the first one's too */
		el_filter peek;
		if (read_other_bound(x, j, &proto, &peek) && peek.unit)
			proto.f[0].unit = peek.unit;
	}
	if (check_filters(x, &proto) < 0)
		return 0;
	size_t start = i;
	if (nc == 1 && proto.nf == 1 && proto.kind == EL_K_MEASUREMENT && !proto.f[0].sex)
		start = read_lower_bound(x, i, &proto);
	el_filter alt;
	size_t an = nc == 1 && proto.nf == 1 && proto.kind == EL_K_MEASUREMENT && !proto.f[0].sex
	                    ? read_other_bound(x, j, &proto, &alt)
	                    : 0;
	j += an;
	/* one test per concept of the list, same thresholds */
	size_t first = x->r->ntests;
	int cmp = proto.f[0].cmp;
	for (size_t k = 0; k < nc; k++) {
		el_test *t = new_test(x, proto.kind, nc == 1 ? proto.concept : cs[k],
		                      x->t.toks[start].s);
		if (!t)
			return 0;
		memcpy(t->f, proto.f, sizeof(proto.f));
		t->nf = proto.nf;
		t->e = x->t.toks[j - 1].e;
		if (k) {
			/* "AST/ALT <= 2.5 x ULN": both; "AST/ALT > 3 x ULN": either */
			int l = links[k];
			if (l == CN_IN_SLASH)
				l = cmp == EL_CMP_GT || cmp == EL_CMP_GE ? CN_IN_OR : CN_IN_AND;
			x->conn[first + k] = l;
		}
	}
	if (an) {
		/* "SBP < 90 or >= 150 mmHg": the other bound is an alternative */
		el_test *t = new_test(x, proto.kind, proto.concept, x->t.toks[i].s);
		if (!t)
			return 0;
		t->f[0] = alt;
		t->nf = 1;
		t->e = x->t.toks[j - 1].e;
		x->conn[x->r->ntests - 1] = CN_IN_OR;
	}
	/* a window for the measurement: "within 14 days prior to enrollment" */
	el_test *last = &x->r->tests[x->r->ntests - 1];
	size_t w = read_window(x, j, last);
	if (w) {
		for (size_t k = first; k < x->r->ntests; k++) {
			tf_strlcpy(x->r->tests[k].window, last->window, sizeof(last->window));
			x->r->tests[k].window_unit = last->window_unit;
		}
		j += w;
	}
	use(x, start, j - start);
	return j - i;
}

/* Negation and history words before an event concept. */
static const char *const neg_words[] = {"no",           "not",   "without", "absence of",
                                        "free of",      "never", "non",     "negative results for",
                                        "negative for", NULL};

/* A condition, drug, procedure (or pregnancy) at i, with status words and
 * a window after it. pre_status/pre_neg come from words before it. */
static size_t read_event(ex *x, size_t i, int status)
{
	size_t n;
	const el_concept *c = el_lexicon_match(x->lx, &x->t, i, &n);
	if (!c || c->kind == EL_K_MEASUREMENT || c->kind == EL_K_SCORE)
		return 0;
	size_t j = i + n;
	j += skip_restatement(x, j, c);
	el_test *t = new_test(x, c->kind, c, x->t.toks[i].s);
	if (!t)
		return 0;
	t->status = status;
	/* "infection", "disease", "positive", "test" after a condition name */
	static const char *const tails[] = {
	        "infection",    "positive", "positive test", "seropositivity",
	        "seropositive", "disease",  "reactive",      NULL};
	size_t tn = seq_any(x, j, tails, NULL);
	if (tn && c->kind == EL_K_CONDITION)
		j += tn;
	size_t w = read_window(x, j, t);
	j += w;
	t->e = x->t.toks[j - 1].e;
	/* "use of X" says nothing of when: now, or ever? */
	if (c->kind == EL_K_MEDICATION && !status && !t->window[0])
		failf(x, "when the medication is taken is not said");
	if (c->kind == EL_K_PREGNANCY)
		t->status = 1; /* a pregnancy is always the current one */
	use(x, i, j - i);
	return j - i;
}

/* Status words before an event: "history of", "prior", "current". */
static size_t read_status(ex *x, size_t i, int *status)
{
	static const char *const ever[] = {
	        "current or past",       "past or current",     "current or prior",
	        "prior or current",      "current or previous", "previous or current",
	        "current or history of", "history or current",  NULL};
	static const char *const hist[] = {"history of",
	                                   "prior",
	                                   "previous",
	                                   "previously",
	                                   "past",
	                                   "past history of",
	                                   "ever",
	                                   "personal history of",
	                                   "received",
	                                   "previously treated with",
	                                   "prior treatment with",
	                                   "previous treatment with",
	                                   NULL};
	static const char *const cur[] = {"current use of",
	                                  "currently taking",
	                                  "currently receiving",
	                                  "current treatment with",
	                                  "currently treated with",
	                                  "active",
	                                  "current",
	                                  "currently",
	                                  "ongoing",
	                                  "concurrent",
	                                  "concomitant",
	                                  "taking",
	                                  "receiving",
	                                  "using",
	                                  "treated with",
	                                  "on treatment with",
	                                  NULL};
	size_t n = seq_any(x, i, ever, NULL);
	if (n) {
		*status = 2;
		return n;
	}
	n = seq_any(x, i, cur, NULL);
	if (n) {
		*status = 1;
		return n;
	}
	n = seq_any(x, i, hist, NULL);
	if (n) {
		*status = 2;
		return n;
	}
	return 0;
}

/* Allergy: "allergy to X", "known hypersensitivity to X", "allergic to X". */
static size_t read_allergy(ex *x, size_t i)
{
	static const char *const anchors[] = {"allergy to",
	                                      "allergies to",
	                                      "allergic to",
	                                      "hypersensitivity to",
	                                      "allergy or hypersensitivity to",
	                                      "hypersensitivity or allergy to",
	                                      "known allergy to",
	                                      "allergy against",
	                                      "allergic reaction to",
	                                      NULL};
	size_t n = seq_any(x, i, anchors, NULL);
	if (!n)
		return 0;
	size_t j = i + n;
	if (is_w(x, j, "any"))
		j++;
	size_t m;
	const el_concept *c = el_lexicon_match(x->lx, &x->t, j, &m);
	if (!c || c->kind != EL_K_MEDICATION)
		return 0;
	el_test *t = new_test(x, EL_K_ALLERGY, c, x->t.toks[i].s);
	if (!t)
		return 0;
	j += m;
	t->e = x->t.toks[j - 1].e;
	use(x, i, j - i);
	return j - i;
}

/* ---- logic -------------------------------------------------------------- */

/* Connector between tests a and b read from the unread tokens between
 * their spans: CN_STRONG for ';' or a sentence end, else CN_OR / CN_AND /
 * CN_COMMA, CN_NONE when nothing. Sets *neg when a negation word lies
 * between them. */
static int connector(ex *x, const el_test *a, const el_test *b, int *neg)
{
	int c = CN_NONE;
	*neg = 0;
	for (size_t k = 0; k < ntok(x); k++) {
		const el_tok *tk = &x->t.toks[k];
		if (tk->s < a->e || tk->e > b->s)
			continue;
		if (is_p(x, k, ';'))
			return CN_STRONG;
		if (is_p(x, k, '.'))
			return CN_STRONG;
		if (is_w(x, k, "or") || (is_w(x, k, "and") && is_p(x, k + 1, '/')))
			c = CN_OR;
		else if (is_w(x, k, "and") && c != CN_OR)
			c = CN_AND;
		else if (is_p(x, k, ',') && c == CN_NONE)
			c = CN_COMMA;
		size_t nn = seq_any(x, k, neg_words, NULL);
		if (nn)
			*neg = 1;
	}
	return c;
}

/* Negation before test t (within its clause): a "no" word before its span
 * and after the previous strong separator. */
static int negated_before(ex *x, size_t from_tok, const el_test *t)
{
	for (size_t k = from_tok; k < ntok(x) && x->t.toks[k].e <= t->s; k++)
		if (seq_any(x, k, neg_words, NULL))
			return 1;
	return 0;
}

static void assign_groups(ex *x)
{
	el_result *r = x->r;
	if (!r->ntests)
		return;
	int group = 0;
	size_t clause_start = 0; /* first test of the clause */
	size_t clause_tok = 0;   /* first token of the clause */
	for (size_t k = 0; k <= r->ntests; k++) {
		int cn = CN_STRONG, neg = 0;
		if (k > 0 && k < r->ntests) {
			cn = x->conn[k] ? x->conn[k]
			                : connector(x, &r->tests[k - 1], &r->tests[k], &neg);
			x->negcue[k] = neg;
		}
		if (k > 0 && cn != CN_STRONG)
			continue;
		/* close the clause [clause_start, k) */
		if (k > clause_start) {
			int scope_neg = negated_before(x, clause_tok, &r->tests[clause_start]);
			int has_or = 0, has_and = 0;
			for (size_t m = clause_start + 1; m < k; m++) {
				int c2 = x->conn[m];
				if (!c2) {
					int ng;
					c2 = connector(x, &r->tests[m - 1], &r->tests[m], &ng);
				}
				/* "no A or B" is "no A and no B" */
				if (scope_neg && !x->negcue[m])
					c2 = c2 == CN_OR || c2 == CN_IN_OR     ? CN_AND
					     : c2 == CN_AND || c2 == CN_IN_AND ? CN_OR
					                                       : c2;
				if (c2 == CN_OR || c2 == CN_IN_OR)
					has_or = 1;
				if (c2 == CN_AND || c2 == CN_IN_AND)
					has_and = 1;
			}
			if (has_or && has_and)
				failf(x, "\"and\" and \"or\" mixed in one clause");
			for (size_t m = clause_start; m < k; m++) {
				el_test *t = &r->tests[m];
				/* its own "no", or the clause's "no" over a list */
				int tneg =
				        m == clause_start ? scope_neg : (x->negcue[m] || scope_neg);
				if (tneg && t->kind != EL_K_AGE && t->kind != EL_K_SEX &&
				    t->kind != EL_K_MEASUREMENT && t->kind != EL_K_SCORE)
					t->negated = 1;
				else if (tneg)
					failf(x, "a negated threshold");
				t->group = has_or ? group + 1 : group + 1 + (int)(m - clause_start);
			}
			group = has_or ? group + 1 : group + (int)(k - clause_start);
		}
		clause_start = k;
		if (k > 0 && k < r->ntests) {
			/* the clause starts after the separator */
			size_t tk = 0;
			while (tk < ntok(x) && x->t.toks[tk].e <= r->tests[k - 1].e)
				tk++;
			clause_tok = tk;
		}
	}
}

/* Inside a clause, "history of A or B" says history of both, and "A or B
 * within 6 months" puts both in the window: a status word flows forward
 * to the events after it, a window backward to the events before it. */
static int is_event(int kind)
{
	return kind == EL_K_CONDITION || kind == EL_K_PROCEDURE || kind == EL_K_MEDICATION;
}

static void propagate(ex *x)
{
	el_result *r = x->r;
	for (size_t k = 1; k < r->ntests; k++) {
		el_test *a = &r->tests[k - 1], *b = &r->tests[k];
		int ng;
		int cn = x->conn[k] ? x->conn[k] : connector(x, a, b, &ng);
		if (cn == CN_STRONG || !is_event(a->kind) || !is_event(b->kind))
			continue;
		if (a->status && !b->status)
			b->status = a->status;
	}
	for (size_t k = r->ntests; k-- > 1;) {
		el_test *a = &r->tests[k - 1], *b = &r->tests[k];
		int ng;
		int cn = x->conn[k] ? x->conn[k] : connector(x, a, b, &ng);
		if (cn == CN_STRONG || !is_event(a->kind) || !is_event(b->kind))
			continue;
		if (b->window[0] && !a->window[0]) {
			memcpy(a->window, b->window, sizeof(a->window));
			a->window_unit = b->window_unit;
		}
	}
}

/* "Known brain metastasis and/or clinically suspected brain metastasis"
 * names one event twice: after groups and windows are settled, a test
 * that repeats an earlier one of the same group says nothing more, and
 * would only make the condition and the report longer. */
static void drop_repeats(el_result *r)
{
	size_t n = 0;
	for (size_t k = 0; k < r->ntests; k++) {
		const el_test *b = &r->tests[k];
		int seen = 0;
		for (size_t j = 0; j < n && !seen; j++) {
			const el_test *a = &r->tests[j];
			seen = is_event(a->kind) && a->kind == b->kind &&
			       a->concept == b->concept && a->nf == 0 && b->nf == 0 &&
			       a->group == b->group && a->status == b->status &&
			       a->negated == b->negated && a->window_unit == b->window_unit &&
			       strcmp(a->window, b->window) == 0;
		}
		if (!seen)
			r->tests[n++] = *b;
	}
	r->ntests = n;
}

/* ---- the walk ----------------------------------------------------------- */

/* True when token i ends a clause: ';', or a '.' that ends a sentence
 * (the last token, or before a capital) and not an abbreviation's ("e.g.,
 * Wolff-Parkinson-White", "i.e. the"). */
static int clause_end(const ex *x, size_t i)
{
	if (is_p(x, i, ';'))
		return 1;
	if (!is_p(x, i, '.'))
		return 0;
	if (i + 1 >= ntok(x))
		return 1;
	if (i > 0 && is_type(x, i - 1, EL_TOK_WORD) && el_tok_len(&x->t, i - 1) == 1)
		return 0; /* "e.g." "i.e." */
	return is_type(x, i + 1, EL_TOK_WORD) && isupper((unsigned char)x->t.s[x->t.toks[i + 1].s]);
}

/* Keeps the first span [from, to) of tokens as the result's exception. */
static void set_exception(ex *x, el_result *out, size_t from, size_t to)
{
	if (out->exception[0] || from >= to)
		return;
	size_t a = x->t.toks[from].s, z = x->t.toks[to - 1].e;
	size_t len = z - a < sizeof(out->exception) - 1 ? z - a : sizeof(out->exception) - 1;
	memcpy(out->exception, x->t.s + a, len);
	out->exception[len] = '\0';
	out->exception_narrows = x->section == EL_SEC_EXCLUSION;
	use(x, from, to - from);
}

/* An exception the criterion grants, which patient data cannot decide:
 * a parenthesis whose words end by letting patients in ("(subjects with
 * asymptomatic brain metastasis ... can be included)"), and in an
 * exclusion a clause from "unless", "except" or "with the exception of"
 * to its end. Its tokens are taken here, before the tests are read, so
 * that a concept it names ("brain metastasis") is not read as one more
 * test; the condition then becomes "(tests) and {}" for an exclusion (it
 * holds only outside the exception) and "(tests) or {}" for an
 * inclusion. Inclusions' "unless" clauses stay unread: there they often
 * carry a second threshold ("unless Gilbert's syndrome, then <= 3 x
 * ULN") that deserves reading, not dropping. */
static void read_exception(ex *x, el_result *out)
{
	static const char *const permits[] = {"can be included",
	                                      "may be included",
	                                      "can be enrolled",
	                                      "may be enrolled",
	                                      "are eligible",
	                                      "is eligible",
	                                      "will be eligible",
	                                      "are allowed",
	                                      "is allowed",
	                                      "are permitted",
	                                      "is permitted",
	                                      "may participate",
	                                      "can participate",
	                                      "will be allowed",
	                                      "will be permitted",
	                                      "are not excluded",
	                                      "is not excluded",
	                                      "may be eligible",
	                                      NULL};
	static const char *const unless[] = {"unless",     "except",    "with the exception of",
	                                     "except for", "excluding", NULL};
	for (size_t k = 0; k < ntok(x); k++) {
		if (is_p(x, k, '(')) {
			size_t depth = 1, m = k + 1;
			for (; m < ntok(x); m++) {
				if (is_p(x, m, '('))
					depth++;
				else if (is_p(x, m, ')') && --depth == 0)
					break;
			}
			if (m >= ntok(x))
				return; /* unbalanced: leave it to the readers */
			size_t end = m; /* words end before ')', or before a '.' */
			if (end > k + 1 && is_p(x, end - 1, '.'))
				end--;
			for (size_t j = k + 1; j < end; j++)
				if (seq_any(x, j, permits, NULL) == end - j) {
					set_exception(x, out, k + 1, end);
					use(x, k, 1);
					use(x, m, 1);
					break;
				}
			k = m;
			continue;
		}
		if (x->section == EL_SEC_EXCLUSION && seq_any(x, k, unless, NULL)) {
			size_t e = k;
			while (e < ntok(x) && !clause_end(x, e) && !is_p(x, e, ')'))
				e++;
			set_exception(x, out, k, e);
			return;
		}
	}
}

/* Words that, before a concept, are part of reading it. */
static size_t lead_in(ex *x, size_t i)
{
	static const char *const lead[] = {"diagnosis of",
	                                   "diagnosed with",
	                                   "clinically suspected",
	                                   "suspected",
	                                   "history of",
	                                   "presence of",
	                                   "evidence of",
	                                   "known",
	                                   "documented",
	                                   "confirmed",
	                                   "use of",
	                                   "a",
	                                   "an",
	                                   "the",
	                                   NULL};
	return seq_any(x, i, lead, NULL);
}

void el_extract(const el_lexicon *lx, const char *text, size_t len, int section,
                const char *context, el_result *out)
{
	memset(out, 0, sizeof(*out));
	ex x;
	memset(&x, 0, sizeof(x));
	x.lx = lx;
	x.r = out;
	x.section = section;
	tf_buf b = TF_BUF_INIT;
	if (context) {
		/* "Age:" / "Performance status" labels read with their items */
		tf_buf_puts(&b, context);
		if (b.len && b.ptr[b.len - 1] != ':')
			tf_buf_putc(&b, ':');
		tf_buf_putc(&b, ' ');
	}
	out->shift = b.len;
	tf_buf_put(&b, text, len);
	if (b.oom || el_text_init(&x.t, b.ptr ? b.ptr : "", b.len) < 0) {
		tf_buf_free(&b);
		tf_strlcpy(out->reason, "out of memory", sizeof(out->reason));
		return;
	}
	tf_buf_free(&b);
	x.used = calloc(x.t.ntoks + 1, 1);
	if (!x.used) {
		el_text_free(&x.t);
		tf_strlcpy(out->reason, "out of memory", sizeof(out->reason));
		return;
	}

	/* A leading "Label:" with no number in it names what follows
	 * ("Adequate bone marrow function: ANC >= ..."); it is read as a
	 * heading when the rest holds tests. */
	size_t label_end = 0;
	for (size_t k = 0; k < x.t.ntoks && k < 12; k++) {
		if (is_type(&x, k, EL_TOK_NUM) || is_type(&x, k, EL_TOK_CMP))
			break;
		if (is_p(&x, k, ':')) {
			label_end = k + 1;
			break;
		}
	}

	read_exception(&x, out);

	for (size_t i = 0; i < x.t.ntoks;) {
		size_t n;
		int status = 0;
		if (x.used[i]) { /* inside the exception read above */
			i++;
			continue;
		}
		const char *cat = el_lexicon_category(lx, &x.t, i, &n);
		int alt = cat && (strcmp(cat, "alternative") == 0 ||
		                  strcmp(cat, "alternative-clause") == 0);
		int req = cat && (strcmp(cat, "requirement") == 0 ||
		                  strcmp(cat, "requirement-clause") == 0);
		if (alt || req) {
			/* an alternative the tables say cannot be read from data
			 * ("active infections or ...", "or risk factors for ..."):
			 * the condition becomes "(tests) or {}"; a required part
			 * ("advanced-stage"), "(tests) and {}"; a clause one runs
			 * to the end of its clause (';' or '.'). */
			size_t e = i + n;
			if (strcmp(cat, "alternative-clause") == 0 ||
			    strcmp(cat, "requirement-clause") == 0)
				while (e < x.t.ntoks && !clause_end(&x, e))
					e++;
			char *into = alt ? out->unknown : out->requirement;
			size_t cap = alt ? sizeof(out->unknown) : sizeof(out->requirement);
			if (!into[0]) {
				size_t from = x.t.toks[i].s, to = x.t.toks[e - 1].e;
				size_t len2 = to - from < cap - 1 ? to - from : cap - 1;
				memcpy(into, x.t.s + from, len2);
				into[len2] = '\0';
			}
			use(&x, i, e - i);
			i = e;
			continue;
		}
		if (cat && read_age_phrase(&x, i, n, cat)) {
			i += n;
			continue;
		}
		if (cat) {
			use(&x, i, n);
			if (strcmp(cat, "ignore") != 0 && !out->category)
				out->category = cat;
			i += n;
			continue;
		}
		if ((n = read_allergy(&x, i)) || (n = read_life(&x, i)) || (n = read_age(&x, i)) ||
		    (n = read_bp(&x, i)) || (n = read_measure(&x, i))) {
			i += n;
			continue;
		}
		/* status words, then an event concept */
		size_t sn = read_status(&x, i, &status);
		size_t ln = lead_in(&x, i + sn);
		if ((n = read_event(&x, i + sn + ln, status)) > 0) {
			use(&x, i, sn + ln);
			i += sn + ln + n;
			continue;
		}
		if ((n = read_sex(&x, i))) {
			i += n;
			continue;
		}
		/* a window after an event already read: "MI within 6 months" is
		 * handled by read_event; a window alone refers to the last test */
		if (out->ntests) {
			el_test *last = &out->tests[out->ntests - 1];
			if (!last->window[0] && last->kind != EL_K_AGE && last->kind != EL_K_SEX &&
			    (n = read_window(&x, i, last)) > 0) {
				use(&x, i, n);
				i += n;
				continue;
			}
		}
		i++;
	}

	/* "... or CrCl >= 60 mL/min for patients with creatinine > 1.5 x
	 * ULN", "in patients with liver metastases, AST <= 5 x ULN": what
	 * follows "for/in patients with" says to whom the statement applies,
	 * it is not one more test; the criterion stays manual. */
	for (size_t k = 0; k + 2 < x.t.ntoks && !x.fail; k++) {
		static const char *const who[] = {
		        "patients", "participants", "subjects", "individuals", "those",
		        "people",   "persons",      "children", "adults",      "men",
		        "women",    "males",        "females",  NULL};
		if (!is_w(&x, k, "for") && !is_w(&x, k, "in"))
			continue;
		size_t j = k + 1;
		if (is_w(&x, j, "all") || is_w(&x, j, "the"))
			j++;
		if (!seq_any(&x, j, who, NULL) ||
		    !(is_w(&x, j + 1, "with") || is_w(&x, j + 1, "who")))
			continue;
		for (size_t m = 0; m < out->ntests; m++)
			if (out->tests[m].s >= x.t.toks[j + 1].e) {
				failf(&x, "a statement for some patients only");
				break;
			}
	}

	/* After the last test: a rationale (", allowing placement of a port")
	 * says nothing more; "or other contraindications to X" is an
	 * alternative we cannot read, kept as an unknown (FHIRPath "or {}"). */
	size_t last_end = 0;
	for (size_t k = 0; k < out->ntests; k++)
		if (out->tests[k].e > last_end)
			last_end = out->tests[k].e;
	for (size_t k = 0; out->ntests && k < x.t.ntoks; k++) {
		if (x.t.toks[k].s < last_end || x.used[k])
			continue;
		static const char *const why[] = {", allowing",    ", to allow", ", so as to",
		                                  ", in order to", ", so that",  NULL};
		static const char *const other[] = {"or other", "or any other", "and/or other",
		                                    "or another", NULL};
		size_t n = seq_any(&x, k, why, NULL);
		if (n) {
			size_t e = k;
			while (e < x.t.ntoks && !is_p(&x, e, ';') && !is_p(&x, e, '.'))
				e++;
			use(&x, k, e - k);
			continue;
		}
		n = seq_any(&x, k, other, NULL);
		if (n && !out->unknown[0]) {
			size_t e = k + n;
			while (e < x.t.ntoks && !is_p(&x, e, ';') && !is_p(&x, e, '.'))
				e++;
			size_t from = x.t.toks[k].s, to = x.t.toks[e - 1].e;
			size_t len2 = to - from < sizeof(out->unknown) - 1
			                      ? to - from
			                      : sizeof(out->unknown) - 1;
			memcpy(out->unknown, x.t.s + from, len2);
			out->unknown[len2] = '\0';
			use(&x, k, e - k);
		}
	}

	/* "Anemia (hemoglobin < 13 g/dL ...)": a short name whose definition
	 * is the parenthesis closing the text reads like a label too */
	if (!label_end && x.t.ntoks > 3 && is_p(&x, x.t.ntoks - 1, ')')) {
		size_t k = 0;
		while (k < x.t.ntoks && k < 5 && is_type(&x, k, EL_TOK_WORD) && !x.used[k])
			k++;
		int defining = out->ntests > 0;
		for (size_t m = 0; m < out->ntests; m++)
			if ((out->tests[m].kind != EL_K_MEASUREMENT &&
			     out->tests[m].kind != EL_K_SCORE) ||
			    !out->tests[m].nf)
				defining = 0;
		if (k > 0 && is_p(&x, k, '(') && defining)
			label_end = k + 1;
	}
	/* the label counts as read when the tests all come after it */
	int label_ok = label_end && out->ntests;
	for (size_t k = 0; k < out->ntests && label_end; k++)
		if (out->tests[k].s < x.t.toks[label_end - 1].e)
			label_ok = 0;

	/* unread words */
	tf_buf un = TF_BUF_INIT;
	size_t nun = 0;
	for (size_t k = 0; k < x.t.ntoks; k++) {
		if (x.used[k] || is_filler(&x, k))
			continue;
		if (k < label_end && label_ok)
			continue;
		if (seq_any(&x, k, neg_words, NULL) || is_w(&x, k, "and") || is_w(&x, k, "or"))
			continue; /* read by the logic */
		if (nun < 6) {
			if (un.len)
				tf_buf_putc(&un, ' ');
			tf_buf_put(&un, x.t.s + x.t.toks[k].s, el_tok_len(&x.t, k));
		}
		nun++;
	}
	/* negation words that no test took are unread too */
	for (size_t k = 0; k < x.t.ntoks; k++) {
		if (x.used[k] || !seq_any(&x, k, neg_words, NULL))
			continue;
		int taken = 0;
		for (size_t m = 0; m < out->ntests; m++)
			if (out->tests[m].s >= x.t.toks[k].e && out->tests[m].kind != EL_K_AGE &&
			    out->tests[m].kind != EL_K_SEX &&
			    out->tests[m].kind != EL_K_MEASUREMENT &&
			    out->tests[m].kind != EL_K_SCORE)
				taken = 1;
		if (!taken) {
			if (nun < 6) {
				if (un.len)
					tf_buf_putc(&un, ' ');
				tf_buf_put(&un, x.t.s + x.t.toks[k].s, el_tok_len(&x.t, k));
			}
			nun++;
		}
	}
	assign_groups(&x);
	propagate(&x);
	drop_repeats(out);

	/* computable? */
	if (out->category) {
		snprintf(out->reason, sizeof(out->reason), "about %s", out->category);
	} else if (x.fail) {
		snprintf(out->reason, sizeof(out->reason), "%s", x.why);
	} else if (!out->ntests) {
		snprintf(out->reason, sizeof(out->reason), "no statement recognised");
	} else if (nun) {
		snprintf(out->reason, sizeof(out->reason), "unread words: %s%s",
		         un.ptr ? un.ptr : "", nun > 6 ? " ..." : "");
	} else if (section == EL_SEC_PREAMBLE) {
		snprintf(out->reason, sizeof(out->reason), "text outside the criteria sections");
	} else {
		out->computable = 1;
		for (size_t k = 0; k < out->ntests; k++) {
			const el_test *t = &out->tests[k];
			if (t->kind == EL_K_LIFE_EXPECTANCY || t->kind == EL_K_CHILDBEARING) {
				out->computable = 0;
				snprintf(out->reason, sizeof(out->reason),
				         "%s has no data element in the patient record",
				         el_kind_name(t->kind));
				break;
			}
			if (t->concept && !t->concept->ncodes && !t->concept->nobs) {
				out->computable = 0;
				snprintf(out->reason, sizeof(out->reason), "no codes for %s",
				         t->concept->display);
				break;
			}
		}
	}
	/* spans back to input offsets */
	for (size_t k = 0; k < out->ntests; k++) {
		el_test *t = &out->tests[k];
		size_t s = t->s < x.t.len ? x.t.map[t->s] : x.t.map[x.t.len];
		size_t e = t->e > 0 && t->e <= x.t.len ? x.t.map[t->e - 1] + 1 : s;
		t->s = s;
		t->e = e > s ? e : s;
	}
	tf_buf_free(&un);
	free(x.used);
	el_text_free(&x.t);
}

/* A heading that is only a time window ("History within past 2 years
 * of:", "Within 6 months prior to enrollment:"): its window and whether it
 * says "history", for the sub-items under it. 1 when the whole text is
 * such a heading, else 0. */
int el_window_heading(const el_lexicon *lx, const char *text, size_t len, char *window,
                      size_t wsize, const char **unit)
{
	ex x;
	memset(&x, 0, sizeof(x));
	x.lx = lx;
	if (el_text_init(&x.t, text, len) < 0)
		return 0;
	el_result r;
	memset(&r, 0, sizeof(r));
	x.r = &r;
	el_test t;
	memset(&t, 0, sizeof(t));
	size_t i = 0;
	static const char *const lead[] = {"any history", "history", "a history", NULL};
	i += seq_any(&x, i, lead, NULL);
	size_t n = read_window(&x, i, &t);
	int ok = 0;
	if (n) {
		i += n;
		if (is_w(&x, i, "of"))
			i++;
		if (is_p(&x, i, ':'))
			i++;
		ok = i == x.t.ntoks;
	}
	if (ok) {
		tf_strlcpy(window, t.window, wsize);
		*unit = t.window_unit;
	}
	el_text_free(&x.t);
	return ok;
}

/* Gives the events of r with no window of their own the window of the
 * heading above them (el_window_heading), as history. */
void el_inherit_window(el_result *r, const char *window, const char *unit)
{
	for (size_t k = 0; k < r->ntests; k++) {
		el_test *t = &r->tests[k];
		if (!is_event(t->kind) || t->window[0])
			continue;
		tf_strlcpy(t->window, window, sizeof(t->window));
		t->window_unit = unit;
		if (!t->status)
			t->status = 2;
	}
}
