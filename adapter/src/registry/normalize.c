/*
 * normalize.c - turning what a registry shows people into the model's
 * values. Web pages, mirror markdown and the classic XML display values
 * ("Not yet recruiting", "Phase 2/Phase 3", "18 years and older", "Dec 24,
 * 2024"); the model holds CT.gov API v2 enum spelling, ISO dates and CT.gov
 * age strings. Enum spellings come from the `label` and `aliases` columns
 * of the mapping tables, so a new spelling is a data change, not a code
 * change.
 *
 * The second half is the machinery the two text readers (markdown.c,
 * page.c) share: lines and blanks, NCT numbers, the input check, and
 * "facts" - a label as displayed ("Start Date", "start_date", "NCT number")
 * with its value - applied to the trial in one place, so that a fact reads
 * the same whichever layout shows it.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "mapping/mapping_int.h"
#include "model/model_int.h"
#include "registry/text_formats.h"
#include "util/util.h"

/* At most this many items per list and warnings per record: a hostile
 * page of a million location lines must not become a million sites, nor
 * the reject file a million warnings. No real record comes near. */
#define MAX_LIST     10000
#define MAX_WARNINGS 50

/* ================= displayed values -> model values ================= */

size_t tf_text_key(const char *s, size_t len, char *out, size_t cap)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x80 && !isalnum(ch))
			continue;
		if (n + 1 >= cap)
			return 0;
		out[n++] = ch < 0x80 ? (char)tolower(ch) : (char)ch;
	}
	if (cap)
		out[n] = '\0';
	return n;
}

static int key_is(const char *s, const char *want)
{
	char k[128];
	return s && tf_text_key(s, strlen(s), k, sizeof(k)) && strcmp(k, want) == 0;
}

/* True when want equals the key of the row's source, label or one of its
 * "|"-separated aliases. */
static int row_matches(const tf_mappings *m, const tf_map_row *row, const char *want)
{
	if (key_is(row->source, want) || key_is(tf_map_row_get(m, row, "label"), want))
		return 1;
	const char *al = tf_map_row_get(m, row, "aliases");
	while (al && *al) {
		const char *bar = strchr(al, '|');
		size_t n = bar ? (size_t)(bar - al) : strlen(al);
		char k[128];
		if (tf_text_key(al, n, k, sizeof(k)) && strcmp(k, want) == 0)
			return 1;
		al = bar ? bar + 1 : NULL;
	}
	return 0;
}

static const tf_map_row *find_row(const tf_mappings *m, const char *table, const char *want)
{
	size_t cur = 0;
	const tf_map_row *row;
	while ((row = tf_mappings_next(m, table, &cur)))
		if (row_matches(m, row, want))
			return row;
	return NULL;
}

/* Key of one displayed phase ("Phase II", "2", "N/A") as a row key. */
static int phase_part_key(const char *s, size_t len, char *out, size_t cap)
{
	static const char *const roman[] = {"i", "ii", "iii", "iv"};
	char k[64];
	if (!tf_text_key(s, len, k, sizeof(k)))
		return 0;
	const char *p = strncmp(k, "phase", 5) == 0 ? k + 5 : k;
	if (strcmp(p, "na") == 0 || strcmp(p, "notapplicable") == 0)
		return snprintf(out, cap, "na") > 0;
	if (strncmp(p, "early", 5) == 0)
		return snprintf(out, cap, "%s", p) > 0;
	for (int i = 0; i < 4; i++)
		if (strcmp(p, roman[i]) == 0)
			return snprintf(out, cap, "phase%d", i + 1) > 0;
	return *p && (size_t)snprintf(out, cap, "phase%s", p) < cap;
}

/* Phases the way pages write them: "Phase N/A", "Phase 1/2", "Phase II/III",
 * "Phase 2 and Phase 3". Each part is looked up alone and the parts are
 * joined into the combined row ("PHASE1|PHASE2"), so only combinations the
 * table knows come out. */
static const char *phase_fallback(const tf_mappings *m, const char *display)
{
	char k[64];
	if (phase_part_key(display, strlen(display), k, sizeof(k))) {
		const tf_map_row *row = find_row(m, "ctgov-phase", k);
		if (row)
			return row->source;
	}
	char joined[64] = "";
	size_t jn = 0;
	int parts = 0;
	const char *p = display;
	while (*p) {
		size_t n = strcspn(p, "/,|&+;");
		const char *and = NULL;
		for (size_t i = 0; i + 5 <= n; i++)
			if (strncmp(p + i, " and ", 5) == 0) {
				and = p + i;
				break;
			}
		if (and)
			n = (size_t)(and-p);
		char pk[64];
		if (phase_part_key(p, n, pk, sizeof(pk))) {
			const tf_map_row *row = find_row(m, "ctgov-phase", pk);
			if (!row || strchr(row->source, '|') || ++parts > 2)
				return NULL;
			int w = snprintf(joined + jn, sizeof(joined) - jn, "%s%s", jn ? "|" : "",
			                 row->source);
			if (w < 0 || (size_t)w >= sizeof(joined) - jn)
				return NULL;
			jn += (size_t)w;
		}
		p += n;
		p += and? 5 : (*p != '\0');
	}
	if (parts < 2 || !tf_text_key(joined, jn, k, sizeof(k)))
		return NULL;
	const tf_map_row *row = find_row(m, "ctgov-phase", k);
	return row ? row->source : NULL;
}

const char *tf_normalize_enum(const char *table, const char *display)
{
	const tf_mappings *m = tf_mappings_default(NULL);
	char want[128];
	if (!m || !table || !display || !tf_text_key(display, strlen(display), want, sizeof(want)))
		return NULL;
	const tf_map_row *row = find_row(m, table, want);
	if (row)
		return row->source;
	if (strcmp(table, "ctgov-phase") == 0)
		return phase_fallback(m, display);
	return NULL;
}

/* ---- dates ---- */

static int month_of(const char *w, size_t n)
{
	static const char *const names[] = {"january",   "february", "march",    "april",
	                                    "may",       "june",     "july",     "august",
	                                    "september", "october",  "november", "december"};
	if (n < 3 || n > 9)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(names[m]);
		if (n > full)
			continue;
		size_t i = 0;
		while (i < n && tolower((unsigned char)w[i]) == names[m][i])
			i++;
		if (i == n)
			return m + 1;
	}
	return 0;
}

static int days_in(int y, int m)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return mdays[m - 1] + (m == 2 && leap);
}

/* Writes y[-m[-d]] to out after checking it names a real day. */
static size_t put_date(int y, int m, int d, char out[11])
{
	if (y < 1800 || y > 2200 || m < 0 || m > 12 || (m == 0 && d) || d < 0 ||
	    (d && d > days_in(y, m)))
		return 0;
	int n = d   ? snprintf(out, 11, "%04d-%02d-%02d", y, m, d)
	        : m ? snprintf(out, 11, "%04d-%02d", y, m)
	            : snprintf(out, 11, "%04d", y);
	return n > 0 && n < 11 ? (size_t)n : 0;
}

static int num_at(const char *s, size_t len, size_t i, size_t ndig)
{
	int v = 0;
	if (i + ndig > len)
		return -1;
	for (size_t k = 0; k < ndig; k++) {
		if (!isdigit((unsigned char)s[i + k]))
			return -1;
		v = v * 10 + (s[i + k] - '0');
	}
	return v;
}

/* "YYYY", "YYYY-MM", "YYYY-MM-DD" (or with '/'), optionally followed by a
 * time ("T07:31:59.085Z"). */
static size_t iso_date(const char *s, size_t len, char out[11])
{
	int y = num_at(s, len, 0, 4), m = 0, d = 0;
	size_t i = 4;
	if (y < 0 || (len > 4 && isdigit((unsigned char)s[4])))
		return 0;
	if (i < len && (s[i] == '-' || s[i] == '/')) {
		char sep = s[i];
		if ((m = num_at(s, len, i + 1, 2)) < 1)
			return 0;
		i += 3;
		if (i < len && s[i] == sep) {
			if ((d = num_at(s, len, i + 1, 2)) < 1)
				return 0;
			i += 3;
		}
	}
	if (i < len && (s[i] != 'T' && s[i] != ' '))
		return 0;
	if (i < len && (!d || i + 1 >= len || !isdigit((unsigned char)s[i + 1])))
		return 0;
	return put_date(y, m, d, out);
}

size_t tf_normalize_date(const char *s, size_t len, char out[11])
{
	tf_span t = tf_text_trim((tf_span){s, len});
	if (!t.len)
		return 0;
	if (isdigit((unsigned char)t.s[0]) && t.len >= 4 && isdigit((unsigned char)t.s[3])) {
		size_t n = iso_date(t.s, t.len, out);
		if (n)
			return n;
	}
	/* Words and numbers, in one of: month day year, day month year,
	 * month year, year. Commas, dots and blanks separate them. */
	int nums[3], nn = 0, month = 0, month_pos = -1;
	for (size_t i = 0; i < t.len;) {
		unsigned char ch = (unsigned char)t.s[i];
		if (ch == ' ' || ch == ',' || ch == '.' || ch == '\t') {
			i++;
			continue;
		}
		size_t j = i;
		if (isdigit(ch)) {
			long v = 0;
			while (j < t.len && isdigit((unsigned char)t.s[j]) && j - i < 5)
				v = v * 10 + (t.s[j++] - '0');
			if ((j < t.len && isdigit((unsigned char)t.s[j])) || nn == 3)
				return 0;
			/* "24th", "1st" */
			if (j + 2 <= t.len && isalpha((unsigned char)t.s[j]) &&
			    isalpha((unsigned char)t.s[j + 1]) &&
			    (j + 2 == t.len || !isalpha((unsigned char)t.s[j + 2])))
				j += 2;
			nums[nn++] = (int)v;
		} else if (isalpha(ch)) {
			while (j < t.len && isalpha((unsigned char)t.s[j]))
				j++;
			if (month || !(month = month_of(t.s + i, j - i)))
				return 0;
			month_pos = nn;
		} else {
			return 0;
		}
		i = j;
	}
	if (month && nn == 2 && month_pos == 0) /* Dec 24, 2024 */
		return nums[0] <= 31 ? put_date(nums[1], month, nums[0] ? nums[0] : -1, out) : 0;
	if (month && nn == 2 && month_pos == 1) /* 16 October 2025 */
		return put_date(nums[1], month, nums[0] ? nums[0] : -1, out);
	if (month && nn == 1 && month_pos == 0) /* March 2026 */
		return nums[0] >= 1000 ? put_date(nums[0], month, 0, out) : 0;
	return 0;
}

/* ---- ages ---- */

typedef struct age_word {
	const char *w;
	int kind; /* AW_* */
} age_word;

enum { AW_NEUTRAL, AW_MIN, AW_MAX, AW_UP, AW_UNIT };

static const char *const unit_names[] = {"Year", "Month", "Week", "Day", "Hour", "Minute"};

static int unit_of(const char *w)
{
	static const char *const forms[][5] = {
	        {"year", "years", "yr", "yrs", "y"},  {"month", "months", "mo", "mos", NULL},
	        {"week", "weeks", "wk", "wks", NULL}, {"day", "days", "d", NULL, NULL},
	        {"hour", "hours", "hr", "hrs", NULL}, {"minute", "minutes", "mins", NULL, NULL}};
	for (int u = 0; u < 6; u++)
		for (int f = 0; f < 5 && forms[u][f]; f++)
			if (strcmp(w, forms[u][f]) == 0)
				return u;
	return -1;
}

static int age_word_kind(const char *w)
{
	static const age_word words[] = {
	        {"and", AW_NEUTRAL},     {"or", AW_NEUTRAL},      {"to", AW_NEUTRAL},
	        {"between", AW_NEUTRAL}, {"age", AW_NEUTRAL},     {"ages", AW_NEUTRAL},
	        {"aged", AW_NEUTRAL},    {"old", AW_NEUTRAL},     {"from", AW_MIN},
	        {"of", AW_NEUTRAL},      {"through", AW_NEUTRAL}, {"older", AW_MIN},
	        {"over", AW_MIN},        {"above", AW_MIN},       {"least", AW_MIN},
	        {"at", AW_NEUTRAL},      {"minimum", AW_MIN},     {"plus", AW_MIN},
	        {"younger", AW_MAX},     {"under", AW_MAX},       {"below", AW_MAX},
	        {"less", AW_MAX},        {"than", AW_NEUTRAL},    {"maximum", AW_MAX},
	        {"max", AW_MAX},         {"up", AW_UP},
	};
	if (unit_of(w) >= 0)
		return AW_UNIT;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(w, words[i].w) == 0)
			return words[i].kind;
	return -1;
}

static int put_age(long n, int unit, char *out, size_t cap)
{
	int w = snprintf(out, cap, "%ld %s%s", n, unit_names[unit < 0 ? 0 : unit],
	                 n == 1 ? "" : "s");
	return w > 0 && (size_t)w < cap;
}

/* The age phrase grammar of tf_normalize_age_range. need_unit: the text
 * alone must show it is an age (a unit or an age word); a labelled value
 * ("Minimum age: 18") need not. */
static int age_range(const char *s, size_t len, int need_unit, char *min, char *max, size_t cap)
{
	long num[2];
	int unit[2] = {-1, -1}, nn = 0, dir = 0, ageish = 0, last_up = 0;
	if (cap)
		min[0] = max[0] = '\0';
	for (size_t i = 0; i < len;) {
		unsigned char ch = (unsigned char)s[i];
		size_t j = i + 1;
		if (isdigit(ch)) {
			long v = 0;
			j = i;
			while (j < len && isdigit((unsigned char)s[j]) && j - i < 4)
				v = v * 10 + (s[j++] - '0');
			if (nn == 2 || (j < len && (isdigit((unsigned char)s[j]) || s[j] == '.')))
				return 0;
			num[nn++] = v;
		} else if (isalpha(ch)) {
			char w[16];
			size_t n = 0;
			j = i;
			while (j < len && isalpha((unsigned char)s[j])) {
				if (n + 1 < sizeof(w))
					w[n] = (char)tolower((unsigned char)s[j]);
				n++, j++;
			}
			if (n >= sizeof(w))
				return 0;
			w[n] = '\0';
			int k = age_word_kind(w);
			if (k < 0)
				return 0;
			if (k == AW_UNIT) {
				if (!nn || unit[nn - 1] >= 0)
					return 0;
				unit[nn - 1] = unit_of(w);
				ageish = 1;
			} else if (k == AW_UP) {
				last_up = 1;
				dir = dir ? dir : AW_MIN; /* "and up"; "up to" fixes it below */
			} else {
				if (last_up && strcmp(w, "to") == 0)
					dir = AW_MAX;
				else if (k == AW_MIN || k == AW_MAX)
					dir = k;
				if (strcmp(w, "age") == 0 || strcmp(w, "ages") == 0 ||
				    strcmp(w, "aged") == 0 || strcmp(w, "old") == 0 ||
				    strcmp(w, "older") == 0 || strcmp(w, "younger") == 0)
					ageish = 1;
			}
			if (k != AW_UP)
				last_up = 0;
		} else if (ch == '+' || ch == '>') {
			dir = AW_MIN;
		} else if (ch == '<') {
			dir = AW_MAX;
		} else if (ch == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x89 &&
		           ((unsigned char)s[i + 2] == 0xA5 || (unsigned char)s[i + 2] == 0xA4)) {
			/* U+2265 >=, U+2264 <= */
			dir = (unsigned char)s[i + 2] == 0xA5 ? AW_MIN : AW_MAX;
			j = i + 3;
		} else if (ch == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		           ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94)) {
			j = i + 3; /* en and em dash between two ages */
		} else if (ch == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) {
			j = i + 2;
		} else if (!strchr(" \t-,:=()", ch)) {
			return 0;
		}
		i = j;
	}
	if (!nn || (need_unit && !ageish))
		return 0;
	if (nn == 2) {
		int u0 = unit[0] >= 0 ? unit[0] : unit[1], u1 = unit[1] >= 0 ? unit[1] : unit[0];
		if (!put_age(num[0], u0, min, cap) || !put_age(num[1], u1, max, cap))
			return 0;
		return 3;
	}
	if (dir == AW_MAX)
		return put_age(num[0], unit[0], max, cap) ? 2 : 0;
	return put_age(num[0], unit[0], min, cap) ? 1 : 0;
}

int tf_normalize_age_range(const char *s, size_t len, char *min, char *max, size_t cap)
{
	return age_range(s, len, 1, min, max, cap);
}

tf_flag tf_normalize_flag(const char *s, size_t len)
{
	char k[64];
	if (!tf_text_key(s, len, k, sizeof(k)))
		return TF_UNSET;
	size_t n = strlen(k);
	/* "Accepts Healthy Volunteers", "Healthy volunteers accepted", and
	 * their negations. */
	int neg = strncmp(k, "doesnotaccept", 13) == 0 || strncmp(k, "notaccept", 9) == 0 ||
	          strncmp(k, "noaccept", 8) == 0 || strncmp(k, "nohealthy", 9) == 0 ||
	          (n > 11 && strcmp(k + n - 11, "notaccepted") == 0);
	if (strcmp(k, "yes") == 0 || strcmp(k, "true") == 0 || strcmp(k, "y") == 0)
		return TF_YES;
	if (strcmp(k, "no") == 0 || strcmp(k, "false") == 0 || strcmp(k, "n") == 0)
		return TF_NO;
	if (strstr(k, "accept"))
		return neg ? TF_NO : TF_YES;
	return TF_UNSET;
}

/* ======================= text machinery ======================= */

int tf_text_line(const char *buf, size_t len, size_t *pos, tf_span *line)
{
	if (*pos >= len)
		return 0;
	const char *start = buf + *pos;
	const char *nl = memchr(start, '\n', len - *pos);
	size_t n = nl ? (size_t)(nl - start) : len - *pos;
	*pos += n + (nl != NULL);
	if (n && start[n - 1] == '\r')
		n--;
	line->s = start;
	line->len = n;
	return 1;
}

static size_t blank_at(const char *s, size_t len, size_t i)
{
	unsigned char ch = (unsigned char)s[i];
	if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '\f' || ch == '\v')
		return 1;
	if (ch == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

tf_span tf_text_trim(tf_span t)
{
	size_t n;
	while (t.len && (n = blank_at(t.s, t.len, 0)))
		t.s += n, t.len -= n;
	while (t.len) {
		if (blank_at(t.s, t.len, t.len - 1) == 1) {
			t.len--;
		} else if (t.len >= 2 && (unsigned char)t.s[t.len - 2] == 0xC2 &&
		           (unsigned char)t.s[t.len - 1] == 0xA0) {
			t.len -= 2;
		} else {
			break;
		}
	}
	return t;
}

int tf_text_blank(tf_span s)
{
	return tf_text_trim(s).len == 0;
}

size_t tf_text_indent(tf_span s)
{
	size_t i = 0;
	while (i < s.len && (s.s[i] == ' ' || s.s[i] == '\t'))
		i++;
	return i;
}

int tf_text_find_nct(const char *s, size_t len, char out[12], size_t *at)
{
	for (size_t i = 0; i + 11 <= len; i++) {
		if (toupper((unsigned char)s[i]) != 'N' ||
		    toupper((unsigned char)s[i + 1]) != 'C' ||
		    toupper((unsigned char)s[i + 2]) != 'T')
			continue;
		if (i && isalnum((unsigned char)s[i - 1]))
			continue;
		size_t k = 3;
		while (k < 11 && isdigit((unsigned char)s[i + k]))
			k++;
		if (k < 11 || (i + 11 < len && isalnum((unsigned char)s[i + 11])))
			continue;
		memcpy(out, "NCT", 3);
		memcpy(out + 3, s + i + 3, 8);
		out[11] = '\0';
		if (at)
			*at = i;
		return 1;
	}
	return 0;
}

int tf_text_check(const char *buf, size_t len, tf_error *err)
{
	if (!memchr(buf, '\0', len) && tf_utf8_valid(buf, len))
		return 0;
	/* Find the place, line by line, to name it. */
	size_t pos = 0;
	long line = 0;
	tf_span l;
	while (tf_text_line(buf, len, &pos, &l)) {
		line++;
		const char *nul = memchr(l.s, '\0', l.len);
		size_t bad = nul ? (size_t)(nul - l.s) : l.len;
		if (!nul && tf_utf8_valid(l.s, l.len))
			continue;
		if (!nul) {
			/* Longest valid prefix: the column of the first bad byte. */
			size_t lo = 0, hi = l.len;
			while (lo < hi) {
				size_t mid = lo + (hi - lo + 1) / 2;
				if (tf_utf8_valid(l.s, mid))
					lo = mid;
				else
					hi = mid - 1;
			}
			bad = lo;
		}
		tf_error_set(err, TF_EPARSE, "%s at line %ld, column %zu: not a text page",
		             nul ? "NUL byte" : "invalid UTF-8", line, bad + 1);
		if (err)
			err->line = line, err->column = (long)bad + 1;
		return TF_EPARSE;
	}
	return tf_error_set(err, TF_EPARSE, "not UTF-8 text");
}

/* ---- warnings and storage ---- */

int tf_text_show(const char *s, size_t len, size_t max)
{
	if (!s)
		return 0;
	if (len <= max)
		return (int)len;
	while (max && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return (int)max;
}

/* "%.*s" arguments for a span shown in a message. */
#define SHOW(sp)   tf_text_show((sp).s, (sp).len, 80), (sp).s
#define SHOWS(str) tf_text_show((str), strlen(str), 80), (str)

void tf_text_warn(tf_text_ctx *c, const char *fmt, ...)
{
	if (c->warnings > MAX_WARNINGS)
		return;
	char msg[512];
	if (c->warnings++ == MAX_WARNINGS) {
		tf_strlcpy(msg, "further warnings about this record were left out", sizeof(msg));
	} else {
		va_list ap;
		va_start(ap, fmt);
		int n = vsnprintf(msg, sizeof(msg), fmt, ap);
		va_end(ap);
		if (n >= (int)sizeof(msg))
			msg[tf_text_show(msg, sizeof(msg) - 1, sizeof(msg) - 2)] = '\0';
	}
	if (tf_trial_strv_push(c->t, &c->t->warnings, msg) < 0)
		c->oom = 1;
}

static const char *clean(tf_text_ctx *c, tf_span s, int flags)
{
	int oom;
	const char *v = tf_model_text(c->t, s.s, s.len, flags, &oom);
	if (oom)
		c->oom = 1;
	return v;
}

void tf_text_set(tf_text_ctx *c, const char **field, tf_span text, int flags, const char *what)
{
	const char *v = clean(c, text, flags);
	if (!v)
		return;
	if (!*field)
		*field = v;
	else if (!tf_strcaseeq(*field, v))
		tf_text_warn(c, "%s: kept \"%.*s\", the record also says \"%.*s\"", what,
		             SHOWS(*field), SHOWS(v));
}

/* Values that say "nothing": no warning, nothing stored. */
static int unstated(tf_span v)
{
	static const char *const words[] = {"notreported", "na",           "none",
	                                    "unknown",     "notavailable", "notprovided",
	                                    "tbd",         "notspecified", "notstated"};
	char k[32];
	if (tf_text_blank(v))
		return 1;
	if (!tf_text_key(v.s, v.len, k, sizeof(k)))
		return 0;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(k, words[i]) == 0)
			return 1;
	return 0;
}

static int set_iso(tf_text_ctx *c, const char **field, tf_span text, const char *what, int quiet)
{
	char iso[11];
	text = tf_text_trim(text);
	size_t n = tf_normalize_date(text.s, text.len, iso);
	if (!n) {
		if (!quiet)
			tf_text_warn(c, "%s: \"%.*s\" is not a date", what, SHOW(text));
		return 0;
	}
	tf_text_set(c, field, (tf_span){iso, n}, 0, what);
	return 1;
}

int tf_text_set_day(tf_text_ctx *c, const char **field, tf_span text, const char *what, int quiet)
{
	return set_iso(c, field, text, what, quiet);
}

int tf_text_set_date(tf_text_ctx *c, tf_date *d, tf_span text, const char *type, const char *what,
                     int quiet)
{
	int had = d->date != NULL;
	if (!set_iso(c, &d->date, text, what, quiet))
		return 0;
	if (!had && type)
		d->type = type;
	return 1;
}

/* Bullets a list item may start with: "-", "*", "+", "•" (U+2022), "◦". */
static tf_span strip_bullet(tf_span s)
{
	s = tf_text_trim(s);
	if (s.len >= 2 && strchr("-*+", s.s[0]) && (s.s[1] == ' ' || s.s[1] == '\t'))
		return tf_text_trim((tf_span){s.s + 2, s.len - 2});
	if (s.len >= 3 &&
	    (memcmp(s.s, "\xE2\x80\xA2", 3) == 0 || memcmp(s.s, "\xE2\x97\xA6", 3) == 0))
		return tf_text_trim((tf_span){s.s + 3, s.len - 3});
	return s;
}

void tf_text_push(tf_text_ctx *c, tf_strv *v, tf_span item)
{
	const char *s = clean(c, strip_bullet(item), 0);
	if (!s)
		return;
	for (size_t i = 0; i < v->n; i++)
		if (tf_strcaseeq(v->v[i], s))
			return;
	if (v->n >= MAX_LIST) {
		if (v->n == MAX_LIST)
			tf_text_warn(c, "list longer than %d items: the rest was left out",
			             MAX_LIST);
		return;
	}
	if (tf_trial_strv_push(c->t, v, s) < 0)
		c->oom = 1;
}

void *tf_text_grow(tf_text_ctx *c, void **items, size_t *n, size_t *cap, size_t size)
{
	if (*n >= MAX_LIST) {
		if (*n == MAX_LIST)
			tf_text_warn(c, "list longer than %d items: the rest was left out",
			             MAX_LIST);
		return NULL;
	}
	void *slot = tf_arena_grow(c->t->arena, items, n, cap, size);
	if (!slot)
		c->oom = 1;
	return slot;
}

/* Pushes the pieces of a list written on one line ("A, B, C"). */
static void push_split(tf_text_ctx *c, tf_strv *v, tf_span text, int split)
{
	while (split && text.len) {
		const char *comma = memchr(text.s, ',', text.len);
		if (!comma)
			break;
		tf_text_push(c, v, (tf_span){text.s, (size_t)(comma - text.s)});
		text.len -= (size_t)(comma - text.s) + 1;
		text.s = comma + 1;
	}
	tf_text_push(c, v, text);
}

tf_person *tf_text_official(tf_text_ctx *c, tf_span name, const char *role)
{
	tf_trial *t = c->t;
	void *items = t->officials;
	tf_person *p = tf_text_grow(c, &items, &t->n_officials, &c->cap_officials, sizeof(*p));
	t->officials = items;
	if (p) {
		p->name = clean(c, name, 0);
		p->role = role;
	}
	return p;
}

tf_person *tf_text_contact(tf_text_ctx *c, tf_span name)
{
	tf_trial *t = c->t;
	void *items = t->central_contacts;
	tf_person *p =
	        tf_text_grow(c, &items, &t->n_central_contacts, &c->cap_contacts, sizeof(*p));
	t->central_contacts = items;
	if (p) {
		p->name = clean(c, name, 0);
		p->role = "CONTACT";
	}
	c->contact = p;
	return p;
}

/* Copies a span to a NUL-terminated buffer; 0 when it does not fit. */
static int span_str(tf_span s, char *buf, size_t cap)
{
	if (s.len >= cap)
		return 0;
	memcpy(buf, s.s, s.len);
	buf[s.len] = '\0';
	return 1;
}

const char *tf_text_enum(const char *table, tf_span value)
{
	char buf[128];
	value = tf_text_trim(value);
	if (!span_str(value, buf, sizeof(buf)))
		return NULL;
	const char *v = tf_normalize_enum(table, buf);
	char *paren = strchr(buf, '(');
	if (!v && paren && paren > buf) {
		*paren = '\0';
		v = tf_normalize_enum(table, buf);
	}
	return v;
}

/* Next comma-separated part of *rest, trimmed; 0 when none is left. */
static int next_part(tf_span *rest, tf_span *part)
{
	if (!rest->s)
		return 0;
	const char *comma = memchr(rest->s, ',', rest->len);
	size_t n = comma ? (size_t)(comma - rest->s) : rest->len;
	*part = tf_text_trim((tf_span){rest->s, n});
	if (comma) {
		rest->s = comma + 1;
		rest->len -= n + 1;
	} else {
		rest->s = NULL;
	}
	return 1;
}

static int is_zip(tf_span p)
{
	size_t digits = 0;
	for (size_t i = 0; i < p.len; i++) {
		if (isdigit((unsigned char)p.s[i]))
			digits++;
		else if (!strchr(" -", p.s[i]) && !isupper((unsigned char)p.s[i]))
			return 0;
	}
	return digits >= 3 && digits * 2 >= p.len;
}

tf_site *tf_text_site(tf_text_ctx *c, tf_span text, int facility_first)
{
	enum { MAX_PARTS = 64 };
	tf_span parts[MAX_PARTS], zip = {NULL, 0}, status = {NULL, 0};
	size_t n = 0;
	text = strip_bullet(text);
	/* "(Recruiting)" at the end is the site's status when it reads as one. */
	if (text.len > 2 && text.s[text.len - 1] == ')') {
		size_t open = text.len - 1;
		while (open > 0 && text.s[open] != '(')
			open--;
		tf_span in = {text.s + open + 1, text.len - open - 2};
		if (text.s[open] == '(' && tf_text_enum("ctgov-site-status", in)) {
			status = in;
			text = tf_text_trim((tf_span){text.s, open});
		}
	}
	tf_span rest = text, part;
	while (next_part(&rest, &part)) {
		if (!part.len)
			continue;
		if (is_zip(part) && !zip.s) {
			zip = part;
			continue;
		}
		/* Past MAX_PARTS it is no address: keep the line as a name. */
		if (n == MAX_PARTS) {
			parts[0] = text;
			n = 1;
			zip = (tf_span){NULL, 0};
			break;
		}
		parts[n++] = part;
	}
	if (!n)
		return NULL;
	/* Facility names hold commas; the last parts are the place. */
	tf_span facility = {NULL, 0}, city = {NULL, 0}, state = {NULL, 0}, country = parts[n - 1];
	if (n == 1) {
		facility = parts[0], country = (tf_span){NULL, 0};
	} else if (n == 2) {
		city = parts[0];
	} else if (n == 3 && facility_first) {
		facility = parts[0], city = parts[1];
	} else if (n == 3) {
		city = parts[0], state = parts[1];
	} else {
		facility = parts[0];
		facility.len = (size_t)(parts[n - 4].s + parts[n - 4].len - parts[0].s);
		city = parts[n - 3], state = parts[n - 2];
	}
	tf_trial *t = c->t;
	void *items = t->sites;
	tf_site *site = tf_text_grow(c, &items, &t->n_sites, &c->cap_sites, sizeof(*site));
	t->sites = items;
	if (!site)
		return NULL;
	site->facility = facility.s ? clean(c, facility, 0) : NULL;
	site->city = city.s ? clean(c, city, 0) : NULL;
	site->state = state.s ? clean(c, state, 0) : NULL;
	site->country = country.s ? clean(c, country, 0) : NULL;
	site->zip = zip.s ? clean(c, zip, 0) : NULL;
	if (status.s)
		site->status = tf_text_enum("ctgov-site-status", status);
	return site;
}

/* ---- facts ---- */

static const tf_fact_key shared_keys[] = {
        {"nct", TF_FACT_NCT},
        {"nctid", TF_FACT_NCT},
        {"nctnumber", TF_FACT_NCT},
        {"nctno", TF_FACT_NCT},
        {"clinicaltrialsgovid", TF_FACT_NCT},
        {"clinicaltrialsgovidentifier", TF_FACT_NCT},
        {"title", TF_FACT_BRIEF_TITLE},
        {"brieftitle", TF_FACT_BRIEF_TITLE},
        {"officialtitle", TF_FACT_OFFICIAL_TITLE},
        {"acronym", TF_FACT_ACRONYM},
        {"status", TF_FACT_STATUS},
        {"overallstatus", TF_FACT_STATUS},
        {"recruitmentstatus", TF_FACT_STATUS},
        {"phase", TF_FACT_PHASE},
        {"phases", TF_FACT_PHASE},
        {"studyphase", TF_FACT_PHASE},
        {"studytype", TF_FACT_STUDY_TYPE},
        {"sponsor", TF_FACT_SPONSOR},
        {"leadsponsor", TF_FACT_SPONSOR},
        {"collaborator", TF_FACT_COLLABORATOR},
        {"collaborators", TF_FACT_COLLABORATOR},
        {"condition", TF_FACT_CONDITIONS},
        {"conditions", TF_FACT_CONDITIONS},
        {"primarycondition", TF_FACT_CONDITIONS},
        {"keyword", TF_FACT_KEYWORDS},
        {"keywords", TF_FACT_KEYWORDS},
        {"startdate", TF_FACT_START},
        {"studystart", TF_FACT_START},
        {"studystartdate", TF_FACT_START},
        {"actualstartdate", TF_FACT_START},
        {"estimatedstartdate", TF_FACT_START},
        {"primarycompletiondate", TF_FACT_PRIMARY_COMPLETION},
        {"primarycompletion", TF_FACT_PRIMARY_COMPLETION},
        {"estimatedprimarycompletiondate", TF_FACT_PRIMARY_COMPLETION},
        {"actualprimarycompletiondate", TF_FACT_PRIMARY_COMPLETION},
        {"completiondate", TF_FACT_COMPLETION},
        {"studycompletion", TF_FACT_COMPLETION},
        {"studycompletiondate", TF_FACT_COMPLETION},
        {"estimatedcompletion", TF_FACT_COMPLETION},
        {"estimatedcompletiondate", TF_FACT_COMPLETION},
        {"actualcompletion", TF_FACT_COMPLETION},
        {"actualcompletiondate", TF_FACT_COMPLETION},
        {"firstsubmit", TF_FACT_FIRST_SUBMIT},
        {"firstsubmitted", TF_FACT_FIRST_SUBMIT},
        {"firstsubmitdate", TF_FACT_FIRST_SUBMIT},
        {"studyfirstsubmitted", TF_FACT_FIRST_SUBMIT},
        {"firstposted", TF_FACT_FIRST_POST},
        {"firstpostdate", TF_FACT_FIRST_POST},
        {"studyfirstposted", TF_FACT_FIRST_POST},
        {"lastupdate", TF_FACT_LAST_UPDATE},
        {"lastupdated", TF_FACT_LAST_UPDATE},
        {"lastupdateposted", TF_FACT_LAST_UPDATE},
        {"lastupdatepostdate", TF_FACT_LAST_UPDATE},
        {"ctlastupdatepostdate", TF_FACT_LAST_UPDATE},
        {"ctgovlastupdate", TF_FACT_LAST_UPDATE},
        {"currentasof", TF_FACT_VERSION},
        {"enrollment", TF_FACT_ENROLLMENT},
        {"targetenrollment", TF_FACT_ENROLLMENT},
        {"estimatedenrollment", TF_FACT_ENROLLMENT},
        {"anticipatedenrollment", TF_FACT_ENROLLMENT},
        {"actualenrollment", TF_FACT_ENROLLMENT},
        {"minimumage", TF_FACT_MIN_AGE},
        {"minage", TF_FACT_MIN_AGE},
        {"maximumage", TF_FACT_MAX_AGE},
        {"maxage", TF_FACT_MAX_AGE},
        {"age", TF_FACT_AGE_RANGE},
        {"ages", TF_FACT_AGE_RANGE},
        {"agerange", TF_FACT_AGE_RANGE},
        {"eligibleages", TF_FACT_AGE_RANGE},
        {"ageseligibleforstudy", TF_FACT_AGE_RANGE},
        {"sex", TF_FACT_SEX},
        {"gender", TF_FACT_SEX},
        {"sexeseligibleforstudy", TF_FACT_SEX},
        {"healthyvolunteers", TF_FACT_HEALTHY},
        {"acceptshealthyvolunteers", TF_FACT_HEALTHY},
        {"contact", TF_FACT_CONTACT},
        {"centralcontact", TF_FACT_CONTACT},
        {"phone", TF_FACT_PHONE},
        {"telephone", TF_FACT_PHONE},
        {"email", TF_FACT_EMAIL},
        {"allocation", TF_FACT_ALLOCATION},
        {"interventionmodel", TF_FACT_MODEL},
        {"masking", TF_FACT_MASKING},
        {"primarypurpose", TF_FACT_PURPOSE},
        {"observationalmodel", TF_FACT_OBS_MODEL},
        {"timeperspective", TF_FACT_TIME_PERSPECTIVE},
        {"country", TF_FACT_COUNTRIES},
        {"countries", TF_FACT_COUNTRIES},
        {NULL, TF_FACT_NONE},
};

static tf_fact lookup(const tf_fact_key *table, const char *key)
{
	for (; table && table->key; table++)
		if (strcmp(table->key, key) == 0)
			return table->fact;
	return TF_FACT_NONE;
}

/* The model's date type a label implies: "Estimated completion" and
 * "Target enrollment" are CT.gov's ESTIMATED, "Actual ..." ACTUAL. */
static const char *label_type(const char *key, tf_span value)
{
	char vk[64] = "";
	tf_text_key(value.s, value.len, vk, sizeof(vk));
	if (strstr(key, "estimated") || strstr(key, "anticipated") || strstr(key, "target") ||
	    strstr(vk, "estimated") || strstr(vk, "anticipated"))
		return "ESTIMATED";
	if (strstr(key, "actual") || strstr(vk, "actual"))
		return "ACTUAL";
	return NULL;
}

static int set_enum(tf_text_ctx *c, const char **field, const char *table, tf_span value,
                    const char *what)
{
	const char *v = tf_text_enum(table, value);
	if (!v) {
		if (!c->strict)
			tf_text_warn(c, "%s: \"%.*s\" is not a value we know", what, SHOW(value));
		return -1;
	}
	if (!*field)
		*field = v;
	else if (strcmp(*field, v) != 0)
		tf_text_warn(c, "%s: kept %s, the record also says %s", what, *field, v);
	return 1;
}

static int set_phases(tf_text_ctx *c, tf_span value)
{
	const char *v = tf_text_enum("ctgov-phase", value);
	if (!v) {
		if (!c->strict)
			tf_text_warn(c, "phase: \"%.*s\" is not a phase we know", SHOW(value));
		return -1;
	}
	if (c->t->phases.n) {
		/* Already read elsewhere in the record: compare, do not add. */
		char have[64] = "";
		size_t hn = 0;
		for (size_t i = 0; i < c->t->phases.n; i++) {
			int w = snprintf(have + hn, sizeof(have) - hn, "%s%s", i ? "|" : "",
			                 c->t->phases.v[i]);
			if (w > 0 && (size_t)w < sizeof(have) - hn)
				hn += (size_t)w;
		}
		if (strcmp(have, v) != 0)
			tf_text_warn(c, "phase: kept %s, the record also says %s", have, v);
		return 1;
	}
	while (*v) {
		size_t n = strcspn(v, "|");
		tf_text_push(c, &c->t->phases, (tf_span){v, n});
		v += n + (v[n] == '|');
	}
	return 1;
}

static int set_ages(tf_text_ctx *c, tf_fact f, tf_span value)
{
	char min[32], max[32];
	if (unstated(value))
		return 1;
	int got = age_range(value.s, value.len, c->strict, min, max, sizeof(min));
	if (!got) {
		if (!c->strict)
			tf_text_warn(c, "age: \"%.*s\" is not an age we can read", SHOW(value));
		return -1;
	}
	tf_eligibility *e = &c->t->eligibility;
	/* A single age under a "Maximum age" label is the maximum. */
	if (f == TF_FACT_MAX_AGE && got == 1)
		tf_text_set(c, &e->maximum_age, (tf_span){min, strlen(min)}, 0, "maximum age");
	if (f != TF_FACT_MAX_AGE && (got & 1))
		tf_text_set(c, &e->minimum_age, (tf_span){min, strlen(min)}, 0, "minimum age");
	if (f != TF_FACT_MIN_AGE && (got & 2))
		tf_text_set(c, &e->maximum_age, (tf_span){max, strlen(max)}, 0, "maximum age");
	return 1;
}

static int set_enrollment(tf_text_ctx *c, const char *key, tf_span value)
{
	value = tf_text_trim(value);
	char digits[24];
	size_t n = 0, i = 0;
	while (i < value.len && (isdigit((unsigned char)value.s[i]) ||
	                         (value.s[i] == ',' && n && i + 1 < value.len &&
	                          isdigit((unsigned char)value.s[i + 1])))) {
		if (value.s[i] != ',') {
			if (n + 1 >= sizeof(digits))
				return -1;
			digits[n++] = value.s[i];
		}
		i++;
	}
	digits[n] = '\0';
	long v = n ? tf_parse_long(digits) : -1;
	if (v < 0) {
		if (!c->strict)
			tf_text_warn(c, "enrollment: \"%.*s\" is not a count", SHOW(value));
		return -1;
	}
	if (c->t->enrollment >= 0 && c->t->enrollment != v)
		tf_text_warn(c, "enrollment: kept %ld, the record also says %ld", c->t->enrollment,
		             v);
	if (c->t->enrollment < 0) {
		c->t->enrollment = v;
		c->t->enrollment_type = label_type(key, value);
	}
	return 1;
}

/* Phone and e-mail complete the contact named last, or a new nameless one. */
static tf_person *current_contact(tf_text_ctx *c)
{
	return c->contact ? c->contact : tf_text_contact(c, (tf_span){"", 0});
}

int tf_text_fact(tf_text_ctx *c, const char *label, size_t label_len, tf_span value,
                 const tf_fact_key *own, int split)
{
	char key[64];
	if (!tf_text_key(label, label_len, key, sizeof(key)))
		return 0;
	tf_fact f = lookup(own, key);
	if (f == TF_FACT_NONE)
		f = lookup(shared_keys, key);
	if (f == TF_FACT_NONE)
		return 0;
	value = tf_text_trim(value);
	if (tf_text_blank(value))
		return c->strict ? -1 : 1;
	tf_trial *t = c->t;
	const char *type = label_type(key, value);
	char nct[12];
	switch (f) {
	case TF_FACT_NONE:
	case TF_FACT_IGNORE:
		return 1;
	case TF_FACT_NCT:
		if (!tf_text_find_nct(value.s, value.len, nct, NULL)) {
			if (!c->strict)
				tf_text_warn(c, "%.*s: no NCT number in \"%.*s\"",
				             tf_text_show(label, label_len, 40), label,
				             SHOW(value));
			return -1;
		}
		tf_text_set(c, &t->nct_id, (tf_span){nct, 11}, 0, "NCT id");
		return 1;
	case TF_FACT_STATUS:
		return set_enum(c, &t->overall_status, "ctgov-overall-status", value, "status");
	case TF_FACT_PHASE:
		return set_phases(c, value);
	case TF_FACT_STUDY_TYPE: {
		char k[64];
		int rc = set_enum(c, &t->study_type, "ctgov-study-type", value, "study type");
		if (rc > 0 && tf_text_key(value.s, value.len, k, sizeof(k)) &&
		    strstr(k, "patientregistry"))
			t->patient_registry = TF_YES;
		return rc;
	}
	case TF_FACT_ALLOCATION:
		return set_enum(c, &t->allocation, "ctgov-allocation", value, "allocation");
	case TF_FACT_MODEL:
		return set_enum(c, &t->intervention_model, "ctgov-intervention-model", value,
		                "intervention model");
	case TF_FACT_MASKING: {
		int rc = set_enum(c, &t->masking, "ctgov-masking", value, "masking");
		const char *open = memchr(value.s, '(', value.len);
		if (rc > 0 && open) {
			tf_span rest = {open + 1, value.len - (size_t)(open + 1 - value.s)}, part;
			while (next_part(&rest, &part)) {
				while (part.len && part.s[part.len - 1] == ')')
					part.len--;
				const char *who = tf_text_enum("ctgov-who-masked", part);
				if (who)
					tf_text_push(c, &t->who_masked,
					             (tf_span){who, strlen(who)});
			}
		}
		return rc;
	}
	case TF_FACT_PURPOSE:
		return set_enum(c, &t->primary_purpose, "ctgov-primary-purpose", value,
		                "primary purpose");
	case TF_FACT_OBS_MODEL:
		return set_enum(c, &t->observational_model, "ctgov-observational-model", value,
		                "observational model");
	case TF_FACT_TIME_PERSPECTIVE:
		return set_enum(c, &t->time_perspective, "ctgov-time-perspective", value,
		                "time perspective");
	case TF_FACT_SEX:
		return set_enum(c, &t->eligibility.sex, "ctgov-sex", value, "sex");
	case TF_FACT_HEALTHY: {
		tf_flag fl = tf_normalize_flag(value.s, value.len);
		if (fl == TF_UNSET) {
			if (!c->strict)
				tf_text_warn(c, "healthy volunteers: \"%.*s\" is not yes or no",
				             SHOW(value));
			return -1;
		}
		t->eligibility.healthy_volunteers = fl;
		return 1;
	}
	case TF_FACT_MIN_AGE:
	case TF_FACT_MAX_AGE:
	case TF_FACT_AGE_RANGE:
		return set_ages(c, f, value);
	case TF_FACT_ENROLLMENT:
		return set_enrollment(c, key, value);
	case TF_FACT_START:
	case TF_FACT_PRIMARY_COMPLETION:
	case TF_FACT_COMPLETION:
	case TF_FACT_FIRST_POST:
	case TF_FACT_LAST_UPDATE: {
		tf_date *d = f == TF_FACT_START                ? &t->start_date
		             : f == TF_FACT_PRIMARY_COMPLETION ? &t->primary_completion_date
		             : f == TF_FACT_COMPLETION         ? &t->completion_date
		             : f == TF_FACT_FIRST_POST         ? &t->first_post_date
		                                               : &t->last_update_post_date;
		if (unstated(value))
			return 1;
		char what[64];
		snprintf(what, sizeof(what), "%.*s", tf_text_show(label, label_len, 40), label);
		return tf_text_set_date(c, d, value, type, what, c->strict) ? 1 : -1;
	}
	case TF_FACT_FIRST_SUBMIT:
		if (unstated(value))
			return 1;
		return tf_text_set_day(c, &t->first_submit_date, value, "first submitted",
		                       c->strict)
		               ? 1
		               : -1;
	case TF_FACT_VERSION: {
		/* The newest "data as of" date wins: it says how fresh the
		 * copy is. */
		char iso[11];
		size_t n = tf_normalize_date(value.s, value.len, iso);
		if (!n) {
			if (!c->strict)
				tf_text_warn(c, "\"%.*s\" is not a date", SHOW(value));
			return -1;
		}
		if (!t->source.version_holder || strcmp(iso, t->source.version_holder) > 0)
			t->source.version_holder = clean(c, (tf_span){iso, n}, 0);
		return 1;
	}
	case TF_FACT_COUNTRIES:
		if (c->strict)
			return -1;
		push_split(c, &c->countries, value, split);
		return 1;
	default:
		break;
	}
	/* Free-text facts: their value cannot be checked, so an unlabelled
	 * line is never taken for one. */
	if (c->strict)
		return -1;
	switch (f) {
	case TF_FACT_BRIEF_TITLE:
		tf_text_set(c, &t->brief_title, value, 0, "title");
		break;
	case TF_FACT_OFFICIAL_TITLE:
		tf_text_set(c, &t->official_title, value, 0, "official title");
		break;
	case TF_FACT_ACRONYM:
		tf_text_set(c, &t->acronym, value, 0, "acronym");
		break;
	case TF_FACT_SPONSOR:
		tf_text_set(c, &t->lead_sponsor.name, value, 0, "sponsor");
		break;
	case TF_FACT_COLLABORATOR: {
		void *items = t->collaborators;
		tf_org *o = tf_text_grow(c, &items, &t->n_collaborators, &c->cap_collaborators,
		                         sizeof(*o));
		t->collaborators = items;
		if (o)
			o->name = clean(c, value, 0);
		break;
	}
	case TF_FACT_CONDITIONS:
		push_split(c, &t->conditions, value, split);
		break;
	case TF_FACT_KEYWORDS:
		push_split(c, &t->keywords, value, split);
		break;
	case TF_FACT_CONTACT:
		tf_text_contact(c, value);
		break;
	case TF_FACT_PHONE: {
		tf_person *p = current_contact(c);
		if (p)
			tf_text_set(c, &p->phone, value, 0, "contact phone");
		break;
	}
	case TF_FACT_EMAIL: {
		if (!memchr(value.s, '@', value.len)) {
			tf_text_warn(c, "e-mail: \"%.*s\" is not an address", SHOW(value));
			return -1;
		}
		tf_person *p = current_contact(c);
		if (p)
			tf_text_set(c, &p->email, value, 0, "contact e-mail");
		break;
	}
	default:
		break;
	}
	return 1;
}

tf_fact tf_text_label(tf_span line, const tf_fact_key *own, tf_span *label, tf_span *value)
{
	line = strip_bullet(line);
	tf_fact best = TF_FACT_NONE;
	size_t i = 0;
	for (int words = 0; words < 5 && i < line.len; words++) {
		while (i < line.len && line.s[i] != ' ' && line.s[i] != '\t' && line.s[i] != ':')
			i++;
		char key[64];
		tf_fact f = TF_FACT_NONE;
		if (tf_text_key(line.s, i, key, sizeof(key)))
			f = lookup(own, key) ? lookup(own, key) : lookup(shared_keys, key);
		if (f != TF_FACT_NONE) {
			best = f;
			*label = (tf_span){line.s, i};
			size_t v = i;
			while (v < line.len &&
			       (line.s[v] == ':' || line.s[v] == ' ' || line.s[v] == '\t'))
				v++;
			*value = (tf_span){line.s + v, line.len - v};
		}
		if (i < line.len && line.s[i] == ':')
			break; /* "Label:" ends the label */
		while (i < line.len && (line.s[i] == ' ' || line.s[i] == '\t'))
			i++;
	}
	return best;
}

int tf_text_fact_line(tf_text_ctx *c, tf_span line, const tf_fact_key *own)
{
	int strict = c->strict, used = 0;
	c->strict = 1;
	line = tf_text_trim(line);
	tf_span label, value;
	if (tf_text_label(line, own, &label, &value) != TF_FACT_NONE &&
	    tf_text_fact(c, label.s, label.len, value, own, 0) > 0) {
		used = 1;
	} else if (line.len && line.len < 64) {
		/* A bare value shows what it is by being one. */
		static const char *const tries[] = {
		        "status", "phase", "study type", "sex", "healthy volunteers", "age"};
		/* A bare phase must say "phase" (a lone "N/A" is no phase), a
		 * bare healthy-volunteer line "healthy" (a lone "Yes" is not). */
		static const char *const needs[] = {NULL, "phase", NULL, NULL, "healthy", NULL};
		char k[64];
		if (!tf_text_key(line.s, line.len, k, sizeof(k)))
			k[0] = '\0';
		for (size_t i = 0; i < sizeof(tries) / sizeof(tries[0]) && !used; i++) {
			if (needs[i] && !strstr(k, needs[i]))
				continue;
			used = tf_text_fact(c, tries[i], strlen(tries[i]), line, NULL, 0) > 0;
		}
	}
	c->strict = strict;
	return used;
}

/* ---- free text ---- */

static int starts_item(tf_span l)
{
	l = tf_text_trim(l);
	if (strip_bullet(l).s != l.s)
		return 1;
	size_t i = 0;
	while (i < l.len && i < 3 &&
	       (isdigit((unsigned char)l.s[i]) || isalpha((unsigned char)l.s[i])))
		i++;
	return i && i < l.len && (l.s[i] == '.' || l.s[i] == ')') &&
	       (i + 1 == l.len || l.s[i + 1] == ' ') && isdigit((unsigned char)l.s[0]);
}

void tf_text_unwrap(const char *s, size_t len, tf_buf *out)
{
	size_t pos = 0;
	tf_span l;
	int in_para = 0, gap = 0;
	while (tf_text_line(s, len, &pos, &l)) {
		if (tf_text_blank(l)) {
			gap = in_para;
			in_para = 0;
			continue;
		}
		tf_span tl = tf_text_trim(l);
		if (gap && out->len)
			tf_buf_puts(out, "\n\n");
		else if (in_para)
			tf_buf_putc(out, starts_item(l) ? '\n' : ' ');
		tf_buf_put(out, tl.s, tl.len);
		in_para = 1;
		gap = 0;
	}
}

void tf_text_verbatim(const char *s, size_t len, tf_buf *out)
{
	size_t pos = 0, indent = (size_t)-1, first = (size_t)-1, end = 0;
	tf_span l;
	while (tf_text_line(s, len, &pos, &l)) {
		if (tf_text_blank(l))
			continue;
		size_t in = tf_text_indent(l);
		if (in < indent)
			indent = in;
		if (first == (size_t)-1)
			first = (size_t)(l.s - s);
		end = pos;
	}
	if (first == (size_t)-1)
		return;
	pos = first;
	int n = 0;
	while (pos < end && tf_text_line(s, end, &pos, &l)) {
		if (n++)
			tf_buf_putc(out, '\n');
		size_t skip = tf_text_indent(l) < indent ? tf_text_indent(l) : indent;
		tf_buf_put(out, l.s + skip, l.len - skip);
	}
}

int tf_text_need_maps(tf_error *err)
{
	tf_error e;
	tf_error_clear(&e);
	if (tf_mappings_default(&e))
		return 0;
	return tf_error_set(err, e.code < 0 ? e.code : TF_ENOTFOUND,
	                    "mapping tables not loaded, displayed values cannot be read: %s",
	                    e.message);
}

int tf_text_finish(tf_text_ctx *c, const char *format, const char *name, tf_error *err)
{
	tf_trial *t = c->t;
	/* Countries named apart from the sites (front matter "countries")
	 * are held only through sites: say so for those no site is in. */
	for (size_t i = 0; i < c->countries.n; i++) {
		int found = 0;
		for (size_t k = 0; k < t->n_sites && !found; k++)
			found = tf_strcaseeq(t->sites[k].country, c->countries.v[i]);
		if (!found)
			tf_text_warn(c,
			             "country \"%.*s\" is named without a site; the model "
			             "holds countries only on sites",
			             SHOWS(c->countries.v[i]));
	}
	if (!t->source.format)
		t->source.format = format;
	if (!t->source.name && name)
		t->source.name = tf_trial_strdup(t, name, (size_t)-1);
	if (t->source.record <= 0)
		t->source.record = 1;
	if (t->source.line <= 0)
		t->source.line = 1;
	if (c->oom)
		return tf_error_set(err, TF_ENOMEM, "out of memory reading the record");
	return 0;
}
