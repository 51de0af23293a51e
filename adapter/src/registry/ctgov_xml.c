/*
 * ctgov_xml.c - classic ClinicalTrials.gov XML (<clinical_study>, public.xsd)
 * -> trial model.
 *
 * The document is parsed by tf_xml_parse (xml/xml.c: no DTD, no entities,
 * size and node caps) and walked element by element. The rule for every
 * field is that a study read from classic XML and from API v2 JSON gives the
 * same model wherever both formats carry the same fact, so this file
 * mirrors ctgov_json.c: the same fields, the same cleaning (tf_model_text),
 * the same enum spelling. What differs is only what the formats differ in:
 *   - enum-like values are display text ("Active, not recruiting"); they
 *     are normalised to the v2 enum by tf_normalize_enum (normalize.c, the
 *     label and aliases columns of mappings/, shared with the page and
 *     markdown readers), then a short list of pre-2017 spellings below,
 *     then a rule (upper-case, every run of other characters to one "_")
 *     with a warning;
 *   - dates are "March 2004" / "March 15, 2004": normalised to ISO by
 *     tf_normalize_date (normalize.c);
 *   - textblocks are re-indented by CT.gov: the common indentation is
 *     removed and line ends trimmed (markdown readers then see the same
 *     paragraphs and lists);
 *   - people come as name parts: joined "First Middle Last, Degrees", the
 *     way v2 writes the same names;
 *   - facts v2 derives are derived the same way: eligibility.std_ages from
 *     the ages (CT.gov's rule, checked against every v2 record we have),
 *     each arm's intervention names ("Drug: X", in intervention order),
 *     has_results from the presence of clinical_results, patient_registry
 *     from the study type;
 *   - records before 2017 have a free-text study_design instead of
 *     study_design_info, and firstreceived_date / lastchanged_date /
 *     firstreceived_results_date instead of the *_submitted dates: read as
 *     their replacements.
 * Not carried (the model has no field, or the fact is derived elsewhere):
 * location_countries and removed_countries, number_of_arms/groups, is_ppsd,
 * the retired is_fda_regulated, is_section_801 and oversight authority,
 * responsible_party/organization, the *_qc and disposition dates,
 * pending_results, the content of clinical_results, safety_issue, and the
 * required_header's link text and URL. Unknown elements are ignored.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <libxml/tree.h>
#include "mapping/mapping_int.h"
#include "model/model_int.h"
#include "registry/ctgov_xml.h"
#include "registry/text_formats.h"
#include "util/util.h"
#include "xml/xml.h"

/* As in ctgov_json.c: no real study comes near it, and it keeps a hostile
 * record of many empty items from turning into a large zeroed array. */
#define MAX_ITEMS 100000

typedef struct ctx {
	tf_trial *t;
	tf_error *err;
	const tf_mappings *maps; /* default tables; NULL when they failed to load */
	tf_buf text;             /* scratch: text of the element being read */
	tf_buf scratch;          /* scratch: names and other built strings */
	char path[256];          /* XPath of the element being read */
	size_t len;              /* strlen(path) */
	long line;               /* its line, for warnings */
} ctx;

/* --- path, errors, warnings --- */

/* Where the path stood before a push, to go back to. */
typedef struct mark {
	size_t len; /* strlen(path) */
	long line;  /* line */
} mark;

/* Appends "/name" or "/name[i]" (index > 0) to the path; n gives the
 * line. */
static mark push(ctx *c, const char *name, size_t index, const xmlNode *n)
{
	mark old = {c->len, c->line};
	size_t room = sizeof(c->path) - c->len;
	int k = index ? snprintf(c->path + c->len, room, "/%s[%zu]", name, index)
	              : snprintf(c->path + c->len, room, "/%s", name);
	c->len = k > 0 && (size_t)k < room ? c->len + (size_t)k : sizeof(c->path) - 1;
	if (n)
		c->line = tf_xml_line(n);
	return old;
}

static void pop(ctx *c, mark old)
{
	c->len = old.len;
	c->path[old.len] = '\0';
	c->line = old.line;
}

static int fail(ctx *c, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(ctx *c, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(c->err, code, fmt, ap);
	va_end(ap);
	if (c->err) {
		tf_strlcpy(c->err->pointer, c->path, sizeof(c->err->pointer));
		c->err->line = c->line;
		c->err->column = 0;
	}
	return code;
}

static int nomem(ctx *c)
{
	return fail(c, TF_ENOMEM, "out of memory reading the study");
}

/* Records a warning naming the element and its line. */
static int warn(ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int warn(ctx *c, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* Lines in the input, not in the record, when the caller said where
	 * the record starts (the reader does, in t->source.line). */
	long line = c->line + (c->t->source.line > 1 ? c->t->source.line - 1 : 0);
	int rc = c->line > 0 ? tf_trial_warn(c->t, "%s (line %ld): %s", c->path, line, msg)
	                     : tf_trial_warn(c->t, "%s: %s", c->path, msg);
	return rc < 0 ? nomem(c) : 0;
}

/* --- text --- */

static int is_blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r", s[i]))
			return 0;
	return 1;
}

/* Removes the indentation common to all non-blank lines and the white
 * space at each line's end, in place. CT.gov indents textblocks by six
 * spaces and list items by two more; without this, markdown would read the
 * paragraphs as code blocks. */
static void dedent(tf_buf *b)
{
	size_t common = (size_t)-1;
	for (size_t i = 0; i < b->len;) {
		const char *nl = memchr(b->ptr + i, '\n', b->len - i);
		size_t end = nl ? (size_t)(nl - b->ptr) : b->len;
		if (!is_blank_line(b->ptr + i, end - i)) {
			size_t k = 0;
			while (i + k < end && (b->ptr[i + k] == ' ' || b->ptr[i + k] == '\t'))
				k++;
			if (k < common)
				common = k;
		}
		i = end + 1;
	}
	if (common == (size_t)-1)
		common = 0;
	size_t o = 0;
	for (size_t i = 0; i < b->len;) {
		const char *nl = memchr(b->ptr + i, '\n', b->len - i);
		size_t end = nl ? (size_t)(nl - b->ptr) : b->len;
		size_t s = i, e = end;
		if (is_blank_line(b->ptr + i, end - i)) {
			e = s;
		} else {
			s += common;
			while (e > s && strchr(" \t\r", b->ptr[e - 1]))
				e--;
		}
		memmove(b->ptr + o, b->ptr + s, e - s);
		o += e - s;
		if (nl)
			b->ptr[o++] = '\n';
		i = end + 1;
	}
	b->len = o;
	if (b->ptr)
		b->ptr[o] = '\0';
}

/* Reads the text of n into *out, cleaned for the model. Returns 1 when a
 * value was stored, 0 when there is none, or a negative code. */
static int get_text(ctx *c, const xmlNode *n, const char **out)
{
	*out = NULL;
	if (!tf_xml_text_raw(n, &c->text, NULL))
		return c->text.oom ? nomem(c) : 0;
	dedent(&c->text);
	int oom;
	*out = tf_model_text(c->t, c->text.ptr, c->text.len, 0, &oom);
	if (oom)
		return nomem(c);
	return *out != NULL;
}

/* The first child element called name; a second one is reported, since the
 * schema allows one and the model holds one. Returns 1 with *out set, 0
 * when there is none, or a negative code. */
static int one(ctx *c, const xmlNode *parent, const char *name, xmlNodePtr *out)
{
	*out = tf_xml_child(parent, name);
	if (!*out)
		return 0;
	xmlNodePtr again = tf_xml_next(*out, name);
	if (again) {
		mark old = push(c, name, 0, again);
		int rc = warn(c, "element repeated; the first one is used");
		pop(c, old);
		if (rc < 0)
			return rc;
	}
	return 1;
}

static int str_field(ctx *c, const xmlNode *parent, const char *name, const char **dst)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	rc = get_text(c, n, dst);
	pop(c, old);
	return rc;
}

/* The text of <name><textblock>...</textblock></name>. */
static int textblock_field(ctx *c, const xmlNode *parent, const char *name, const char **dst)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	rc = str_field(c, n, "textblock", dst);
	pop(c, old);
	return rc;
}

/* How many <name> children parent has; TF_ELIMIT (the record is refused)
 * when more than MAX_ITEMS. */
static long count_items(ctx *c, const xmlNode *parent, const char *name)
{
	size_t n = tf_xml_count(parent, name);
	if (n > MAX_ITEMS) {
		push(c, name, 0, tf_xml_child(parent, name));
		return fail(c, TF_ELIMIT, "%zu <%s> elements: more than the %d accepted", n, name,
		            MAX_ITEMS);
	}
	return (long)n;
}

static int strv_field(ctx *c, const xmlNode *parent, const char *name, tf_strv *dst)
{
	int stored = 0;
	size_t i = 0;
	long count = count_items(c, parent, name);
	if (count < 0)
		return (int)count;
	TF_XML_FOREACH(n, parent, name)
	{
		mark old = push(c, name, ++i, n);
		const char *s;
		int rc = get_text(c, n, &s);
		pop(c, old);
		if (rc < 0)
			return rc;
		if (rc == 0)
			continue;
		if (tf_trial_strv_push(c->t, dst, s) < 0)
			return nomem(c);
		stored = 1;
	}
	return stored;
}

/* --- enums --- */

/* n bytes of a and b equal, ignoring ASCII case. */
static int ieq_mem(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return 0;
	}
	return 1;
}

/* a[0..n) equals the string b, ignoring ASCII case. */
static int ieq_n(const char *a, size_t n, const char *b)
{
	return strlen(b) == n && ieq_mem(a, b, n);
}

/* Spellings of classic records from before the 2017 data model, which the
 * v2 tables do not list (v2 serves those records in the new spelling).
 * They belong in the tables' aliases column; until they are there, here. */
static const struct {
	const char *table, *text, *value;
} legacy[] = {
        {"ctgov-masking", "Open Label", "NONE"},
        {"ctgov-who-masked", "Subject", "PARTICIPANT"},
        {"ctgov-who-masked", "Caregiver", "CARE_PROVIDER"},
        {"ctgov-observational-model", "Case Control", "CASE_CONTROL"},
        {"ctgov-observational-model", "Case Only", "CASE_ONLY"},
        {"ctgov-observational-model", "Case Crossover", "CASE_CROSSOVER"},
        {"ctgov-observational-model", "Ecologic or Community Studies", "ECOLOGIC_OR_COMMUNITY"},
        {"ctgov-observational-model", "Family-Based Studies", "FAMILY_BASED"},
};

static const char *legacy_value(const char *table, const char *text)
{
	for (size_t i = 0; i < sizeof(legacy) / sizeof(legacy[0]); i++)
		if (strcmp(legacy[i].table, table) == 0 && tf_strcaseeq(legacy[i].text, text))
			return legacy[i].value;
	return NULL;
}

/* The documented fallback: ASCII letters upper-cased, digits kept, every
 * run of anything else one "_", none at the ends ("Foo, bar/baz" ->
 * "FOO_BAR_BAZ"). */
static void rule_spelling(const char *text, char *out, size_t size)
{
	size_t o = 0;
	int gap = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p && o + 2 < size; p++) {
		unsigned char ch = *p;
		if (ch >= 'a' && ch <= 'z')
			ch = (unsigned char)(ch - 'a' + 'A');
		if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
			if (gap && o)
				out[o++] = '_';
			gap = 0;
			out[o++] = (char)ch;
		} else {
			gap = 1;
		}
	}
	out[o] = '\0';
}

/* Normalises text to the v2 enum of table. Returns 1 with *dst set (a
 * string in the trial), 0 when text is NULL or has no letter or digit, or
 * a negative code. *row, when not NULL, gets the table row (NULL when the
 * value came from the legacy list or the rule). */
static int to_enum(ctx *c, const char *table, const char *text, const char **dst,
                   const tf_map_row **row)
{
	if (row)
		*row = NULL;
	if (!text)
		return 0;
	const char *v = tf_normalize_enum(table, text);
	const tf_map_row *r = v && c->maps ? tf_mappings_lookup(c->maps, table, v) : NULL;
	if (!v)
		v = legacy_value(table, text);
	char rule[96];
	if (!v) {
		rule_spelling(text, rule, sizeof(rule));
		if (!rule[0]) {
			int rc = warn(c, "dropped value \"%.60s\": not a %s value", text, table);
			return rc < 0 ? rc : 0;
		}
		int rc = warn(c, "value \"%.60s\" is not in mapping table %s; kept as %s", text,
		              table, rule);
		if (rc < 0)
			return rc;
		v = rule;
	}
	if (row)
		*row = r;
	*dst = tf_trial_strdup(c->t, v, (size_t)-1);
	return *dst ? 1 : nomem(c);
}

static int enum_field(ctx *c, const xmlNode *parent, const char *name, const char *table,
                      const char **dst)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	const char *s;
	rc = get_text(c, n, &s);
	if (rc > 0)
		rc = to_enum(c, table, s, dst, NULL);
	pop(c, old);
	return rc;
}

static int enumv_field(ctx *c, const xmlNode *parent, const char *name, const char *table,
                       tf_strv *dst)
{
	int stored = 0;
	size_t i = 0;
	long count = count_items(c, parent, name);
	if (count < 0)
		return (int)count;
	TF_XML_FOREACH(n, parent, name)
	{
		mark old = push(c, name, ++i, n);
		const char *s, *v = NULL;
		int rc = get_text(c, n, &s);
		if (rc > 0)
			rc = to_enum(c, table, s, &v, NULL);
		pop(c, old);
		if (rc < 0)
			return rc;
		if (rc == 0)
			continue;
		if (tf_trial_strv_push(c->t, dst, v) < 0)
			return nomem(c);
		stored = 1;
	}
	return stored;
}

/* Yes/No elements. healthy_volunteers writes its yes as "Accepts Healthy
 * Volunteers". */
static int flag_field(ctx *c, const xmlNode *parent, const char *name, tf_flag *dst)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	const char *s;
	rc = get_text(c, n, &s);
	if (rc > 0) {
		tf_flag f = tf_normalize_flag(s, strlen(s));
		if (f == TF_UNSET)
			rc = warn(c, "dropped value \"%.60s\" (expected Yes or No)", s);
		else
			*dst = f;
	}
	pop(c, old);
	return rc;
}

/* --- dates --- */

/* Reads a date element into *date and, when type is not NULL, its type
 * attribute ("Actual", "Anticipated", "Estimate") into *type. */
static int date_field(ctx *c, const xmlNode *parent, const char *name, const char **date,
                      const char **type)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	const char *s;
	rc = get_text(c, n, &s);
	char iso[11];
	if (rc > 0 && tf_strcaseeq(s, "Unknown")) {
		rc = 0; /* the schema's way of saying "no date" */
	} else if (rc > 0 && tf_normalize_date(s, strlen(s), iso) == 0) {
		rc = warn(c,
		          "dropped malformed date \"%.40s\" (expected \"Month YYYY\", \"Month D, "
		          "YYYY\" or YYYY-MM-DD)",
		          s);
	} else if (rc > 0) {
		*date = tf_trial_strdup(c->t, iso, (size_t)-1);
		if (!*date)
			rc = nomem(c);
	}
	if (rc > 0 && type) {
		size_t tlen;
		const char *ts = tf_xml_attr(n, "type", &c->text, &tlen);
		if (!ts && c->text.oom)
			rc = nomem(c);
		else if (ts) {
			int oom;
			const char *clean = tf_model_text(c->t, ts, tlen, 0, &oom);
			if (oom)
				rc = nomem(c);
			else if (clean) {
				int trc = to_enum(c, "ctgov-actual-estimated", clean, type, NULL);
				if (trc < 0)
					rc = trc;
			}
		}
	}
	pop(c, old);
	return rc;
}

/* --- ages --- */

/* "N Unit" -> years; -1 when not an age. NULL and "N/A" are no limit and
 * give *none = 1. */
static double age_years(const char *s, int *none)
{
	*none = 0;
	if (!s || tf_strcaseeq(s, "N/A")) {
		*none = 1;
		return 0;
	}
	const char *sp = strchr(s, ' ');
	if (!sp)
		return -1;
	long n = 0;
	for (const char *p = s; p < sp; p++) {
		if (*p < '0' || *p > '9' || n > 1000000000L)
			return -1;
		n = n * 10 + (*p - '0');
	}
	if (sp == s)
		return -1;
	static const struct {
		const char *unit;
		double per_year;
	} units[] = {{"Year", 1},     {"Month", 12},         {"Week", 365.25 / 7},
	             {"Day", 365.25}, {"Hour", 365.25 * 24}, {"Minute", 365.25 * 1440}};
	const char *u = sp + 1;
	size_t ul = strlen(u);
	if (ul > 1 && (u[ul - 1] == 's' || u[ul - 1] == 'S'))
		ul--;
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (ieq_n(u, ul, units[i].unit))
			return (double)n / units[i].per_year;
	return -1;
}

int tf_ctgov_std_ages(tf_trial *t, const char *minimum_age, const char *maximum_age, tf_strv *out)
{
	int no_min, no_max;
	double lo = age_years(minimum_age, &no_min);
	double hi = age_years(maximum_age, &no_max);
	if (lo < 0 || hi < 0)
		return TF_EINVAL;
	if (no_min)
		lo = 0;
	/* A group is in when the range meets it: CHILD [0, 18), ADULT [18, 65),
	 * OLDER_ADULT [65, ...). */
	int child = lo < 18;
	int adult = lo < 65 && (no_max || hi >= 18);
	int older = no_max || hi >= 65;
	if ((child && tf_trial_strv_push(t, out, "CHILD") < 0) ||
	    (adult && tf_trial_strv_push(t, out, "ADULT") < 0) ||
	    (older && tf_trial_strv_push(t, out, "OLDER_ADULT") < 0))
		return TF_ENOMEM;
	return 0;
}

/* --- fields read by table --- */

/* How the text of one element becomes a model field. */
enum kind {
	K_SELF,      /* the text of the element being read; const char * */
	K_STR,       /* the text of <name>; const char * */
	K_TEXTBLOCK, /* the text of <name><textblock>; const char * */
	K_ENUM,      /* <name> as a value of mapping table arg; const char * */
	K_ENUMV,     /* every <name>, each as a value of table arg; tf_strv */
	K_STRV,      /* the text of every <name>; tf_strv */
	K_FLAG,      /* Yes/No; tf_flag */
	K_DATE,      /* an ISO date; const char * */
	K_TDATE,     /* an ISO date and its type attribute; tf_date */
	K_DATE_OR,   /* K_DATE, else under the pre-2018 name arg */
	K_SECTION,   /* the one <name>, its fields sub read into the struct at off */
	K_LIST       /* every <name>, its fields sub read into one arena array */
};

typedef struct field field;

typedef struct fields {
	const field *v; /* read in this order: warnings come in document-schema order */
	size_t n;
} fields;

struct field {
	const char *name; /* element; NULL for K_SELF */
	enum kind kind;
	size_t off;        /* of the model field in the struct read into */
	size_t count_off;  /* K_LIST: of the item count (the array is at off) */
	size_t size;       /* K_LIST: of one item */
	const char *arg;   /* K_ENUM, K_ENUMV: the table; K_DATE_OR: the old name */
	const fields *sub; /* K_SECTION, K_LIST: what is read inside */
};

#define FIELDS(a)                                                                                  \
	{                                                                                          \
		a, sizeof(a) / sizeof((a)[0])                                                      \
	}
#define SELF(T, m)                                                                                 \
	{                                                                                          \
		.kind = K_SELF, .off = offsetof(T, m)                                              \
	}
#define STR(n, T, m)                                                                               \
	{                                                                                          \
		.name = n, .kind = K_STR, .off = offsetof(T, m)                                    \
	}
#define TEXTBLOCK(n, T, m)                                                                         \
	{                                                                                          \
		.name = n, .kind = K_TEXTBLOCK, .off = offsetof(T, m)                              \
	}
#define ENUM(n, T, m, table)                                                                       \
	{                                                                                          \
		.name = n, .kind = K_ENUM, .off = offsetof(T, m), .arg = table                     \
	}
#define ENUMV(n, T, m, table)                                                                      \
	{                                                                                          \
		.name = n, .kind = K_ENUMV, .off = offsetof(T, m), .arg = table                    \
	}
#define STRV(n, T, m)                                                                              \
	{                                                                                          \
		.name = n, .kind = K_STRV, .off = offsetof(T, m)                                   \
	}
#define FLAG(n, T, m)                                                                              \
	{                                                                                          \
		.name = n, .kind = K_FLAG, .off = offsetof(T, m)                                   \
	}
#define DATE(n, T, m)                                                                              \
	{                                                                                          \
		.name = n, .kind = K_DATE, .off = offsetof(T, m)                                   \
	}
#define TDATE(n, T, m)                                                                             \
	{                                                                                          \
		.name = n, .kind = K_TDATE, .off = offsetof(T, m)                                  \
	}
#define DATE_OR(n, old, T, m)                                                                      \
	{                                                                                          \
		.name = n, .kind = K_DATE_OR, .off = offsetof(T, m), .arg = old                    \
	}
#define SECTION(n, off_, sub_)                                                                     \
	{                                                                                          \
		.name = n, .kind = K_SECTION, .off = off_, .sub = &sub_                            \
	}
#define LIST(n, T, m, count, item, sub_)                                                           \
	{                                                                                          \
		.name = n, .kind = K_LIST, .off = offsetof(T, m), .count_off = offsetof(T, count), \
		.size = sizeof(item), .sub = &sub_                                                 \
	}

/* Reads a date under its current name, else under the pre-2018 name it
 * replaced. */
static int date_either(ctx *c, const xmlNode *root, const char *name, const char *old_name,
                       const char **dst)
{
	if (tf_xml_child(root, name))
		return date_field(c, root, name, dst, NULL);
	return date_field(c, root, old_name, dst, NULL);
}

/* Allocates room for the <name> children of parent. Returns the count (0:
 * none, *items untouched) or a negative code. */
static long list_alloc(ctx *c, const xmlNode *parent, const char *name, size_t size, void **items)
{
	long n = count_items(c, parent, name);
	if (n <= 0)
		return n;
	*items = tf_trial_alloc(c->t, (size_t)n, size);
	return *items ? n : nomem(c);
}

static int read_field(ctx *c, const xmlNode *parent, const field *f, void *base);

/* Reads fs from the children of parent into the struct at base. Returns
 * how many fields stored a value, or a negative code. */
static int read_fields(ctx *c, const xmlNode *parent, const fields *fs, void *base)
{
	int stored = 0;
	for (size_t i = 0; i < fs->n; i++) {
		int rc = read_field(c, parent, &fs->v[i], base);
		if (rc < 0)
			return rc;
		stored += rc > 0;
	}
	return stored;
}

/* The one <name> child of parent (a repeat is warned about), its fields
 * read into base. Returns 1 when it stored anything, 0, or a negative
 * code. */
static int read_section(ctx *c, const xmlNode *parent, const char *name, const fields *fs,
                        void *base)
{
	xmlNodePtr n;
	int rc = one(c, parent, name, &n);
	if (rc <= 0)
		return rc;
	mark old = push(c, name, 0, n);
	rc = read_fields(c, n, fs, base);
	pop(c, old);
	return rc < 0 ? rc : rc > 0;
}

/* Reads the <name> children of parent, from the first, into items[*k...]:
 * an item that stores nothing is not kept (the next one is read over
 * it). */
static int read_items(ctx *c, const xmlNode *parent, const char *name, const fields *fs,
                      size_t size, char *items, size_t *k)
{
	size_t i = 0;
	TF_XML_FOREACH(e, parent, name)
	{
		mark old = push(c, name, ++i, e);
		int rc = read_fields(c, e, fs, items + *k * size);
		pop(c, old);
		if (rc < 0)
			return rc;
		*k += rc > 0;
	}
	return 0;
}

/* A K_LIST field: every <name> child of parent into an arena array, set
 * with its count in base only when an item was kept. */
static int read_list(ctx *c, const xmlNode *parent, const field *f, void *base)
{
	void *mem = NULL;
	long n = list_alloc(c, parent, f->name, f->size, &mem);
	if (n <= 0)
		return (int)n;
	size_t k = 0;
	int rc = read_items(c, parent, f->name, f->sub, f->size, mem, &k);
	if (rc < 0)
		return rc;
	if (k) {
		/* The array's type is the field's: copied as bytes, not
		 * written through a void ** that aliases it. */
		memcpy((char *)base + f->off, &mem, sizeof(mem));
		memcpy((char *)base + f->count_off, &k, sizeof(k));
	}
	return k > 0;
}

/* Reads one field of the struct at base. Returns 1 when a value was
 * stored, 0 when none, or a negative code. */
static int read_field(ctx *c, const xmlNode *parent, const field *f, void *base)
{
	void *dst = (char *)base + f->off;
	switch (f->kind) {
	case K_SELF:
		return get_text(c, parent, dst);
	case K_STR:
		return str_field(c, parent, f->name, dst);
	case K_TEXTBLOCK:
		return textblock_field(c, parent, f->name, dst);
	case K_ENUM:
		return enum_field(c, parent, f->name, f->arg, dst);
	case K_ENUMV:
		return enumv_field(c, parent, f->name, f->arg, dst);
	case K_STRV:
		return strv_field(c, parent, f->name, dst);
	case K_FLAG:
		return flag_field(c, parent, f->name, dst);
	case K_DATE:
		return date_field(c, parent, f->name, dst, NULL);
	case K_TDATE: {
		tf_date *d = dst;
		return date_field(c, parent, f->name, &d->date, &d->type);
	}
	case K_DATE_OR:
		return date_either(c, parent, f->name, f->arg, dst);
	case K_SECTION:
		return read_section(c, parent, f->name, f->sub, dst);
	case K_LIST:
		return read_list(c, parent, f, base);
	}
	return 0;
}

/* --- the tables: classic element -> model field, in public.xsd order --- */

static const field org_v[] = {
        STR("agency", tf_org, name),
        ENUM("agency_class", tf_org, cls, "ctgov-agency-class"),
};
static const fields org_f = FIELDS(org_v);

static const field secondary_id_v[] = {SELF(tf_secondary_id, id)};
static const fields secondary_id_f = FIELDS(secondary_id_v);

static const field id_info_v[] = {
        STR("org_study_id", tf_trial, org_study_id),
        LIST("secondary_id", tf_trial, secondary_ids, n_secondary_ids, tf_secondary_id,
             secondary_id_f),
        STRV("nct_alias", tf_trial, nct_aliases),
};
static const fields id_info_f = FIELDS(id_info_v);

static const field sponsors_v[] = {
        SECTION("lead_sponsor", offsetof(tf_trial, lead_sponsor), org_f),
        LIST("collaborator", tf_trial, collaborators, n_collaborators, tf_org, org_f),
};
static const fields sponsors_f = FIELDS(sponsors_v);

static const field oversight_v[] = {
        FLAG("has_dmc", tf_trial, has_dmc),
        FLAG("is_fda_regulated_drug", tf_trial, fda_regulated_drug),
        FLAG("is_fda_regulated_device", tf_trial, fda_regulated_device),
        FLAG("is_unapproved_device", tf_trial, unapproved_device),
        FLAG("is_us_export", tf_trial, is_us_export),
};
static const fields oversight_f = FIELDS(oversight_v);

static const field status_v[] = {
        ENUM("overall_status", tf_trial, overall_status, "ctgov-overall-status"),
        ENUM("last_known_status", tf_trial, last_known_status, "ctgov-overall-status"),
        STR("why_stopped", tf_trial, why_stopped),
        TDATE("start_date", tf_trial, start_date),
        TDATE("completion_date", tf_trial, completion_date),
        TDATE("primary_completion_date", tf_trial, primary_completion_date),
        DATE("verification_date", tf_trial, status_verified_date),
        DATE_OR("study_first_submitted", "firstreceived_date", tf_trial, first_submit_date),
        TDATE("study_first_posted", tf_trial, first_post_date),
        DATE_OR("last_update_submitted", "lastchanged_date", tf_trial, last_update_submit_date),
        TDATE("last_update_posted", tf_trial, last_update_post_date),
        DATE_OR("results_first_submitted", "firstreceived_results_date", tf_trial,
                results_first_submit_date),
        TDATE("results_first_posted", tf_trial, results_first_post_date),
};
static const fields status_f = FIELDS(status_v);

/* study_design_info, but its masking, which read_masking takes apart. */
static const field design_info_v[] = {
        ENUM("allocation", tf_trial, allocation, "ctgov-allocation"),
        ENUM("intervention_model", tf_trial, intervention_model, "ctgov-intervention-model"),
        STR("intervention_model_description", tf_trial, intervention_model_description),
        ENUM("primary_purpose", tf_trial, primary_purpose, "ctgov-primary-purpose"),
        ENUM("observational_model", tf_trial, observational_model, "ctgov-observational-model"),
        ENUM("time_perspective", tf_trial, time_perspective, "ctgov-time-perspective"),
        STR("masking_description", tf_trial, masking_description),
};
static const fields design_info_f = FIELDS(design_info_v);

static const field biospec_v[] = {
        ENUM("biospec_retention", tf_trial, biospec_retention, "ctgov-bio-spec-retention"),
        TEXTBLOCK("biospec_descr", tf_trial, biospec_description),
};
static const fields biospec_f = FIELDS(biospec_v);

static const field outcome_v[] = {
        STR("measure", tf_outcome, measure),
        STR("time_frame", tf_outcome, time_frame),
        STR("description", tf_outcome, description),
};
static const fields outcome_f = FIELDS(outcome_v);

static const field arm_v[] = {
        STR("arm_group_label", tf_arm, label),
        ENUM("arm_group_type", tf_arm, type, "ctgov-arm-type"),
        STR("description", tf_arm, description),
};
static const fields arm_f = FIELDS(arm_v);
static const field arms = LIST("arm_group", tf_trial, arms, n_arms, tf_arm, arm_f);

/* intervention, after its intervention_type (read_arms_interventions). */
static const field intervention_v[] = {
        STR("intervention_name", tf_intervention, name),
        STR("description", tf_intervention, description),
        STRV("arm_group_label", tf_intervention, arm_labels),
        STRV("other_name", tf_intervention, other_names),
};
static const fields intervention_f = FIELDS(intervention_v);

static const field eligibility_v[] = {
        TEXTBLOCK("study_pop", tf_eligibility, study_population),
        ENUM("sampling_method", tf_eligibility, sampling_method, "ctgov-sampling-method"),
        TEXTBLOCK("criteria", tf_eligibility, criteria),
        ENUM("gender", tf_eligibility, sex, "ctgov-sex"),
        FLAG("gender_based", tf_eligibility, gender_based),
        STR("gender_description", tf_eligibility, gender_description),
        STR("minimum_age", tf_eligibility, minimum_age),
        STR("maximum_age", tf_eligibility, maximum_age),
        FLAG("healthy_volunteers", tf_eligibility, healthy_volunteers),
};
static const fields eligibility_f = FIELDS(eligibility_v);

/* contact_struct and investigator_struct, after the name parts and
 * before the role (read_person). */
static const field person_v[] = {
        STR("phone", tf_person, phone),
        STR("phone_ext", tf_person, phone_ext),
        STR("email", tf_person, email),
        STR("affiliation", tf_person, affiliation),
};
static const fields person_f = FIELDS(person_v);

static const field address_v[] = {
        STR("city", tf_site, city),
        STR("state", tf_site, state),
        STR("zip", tf_site, zip),
        STR("country", tf_site, country),
};
static const fields address_f = FIELDS(address_v);

static const field facility_v[] = {
        STR("name", tf_site, facility),
        SECTION("address", 0, address_f),
};
static const fields facility_f = FIELDS(facility_v);

/* location, but its contacts (read_site_contacts). */
static const field location_v[] = {
        SECTION("facility", 0, facility_f),
        ENUM("status", tf_site, status, "ctgov-site-status"),
};
static const fields location_f = FIELDS(location_v);

static const field reference_v[] = {
        STR("citation", tf_reference, citation),
        STR("PMID", tf_reference, pmid),
};
static const fields reference_f = FIELDS(reference_v);

static const field link_v[] = {
        STR("url", tf_link, url),
        STR("description", tf_link, label),
};
static const fields link_f = FIELDS(link_v);

static const field responsible_party_v[] = {
        ENUM("responsible_party_type", tf_responsible_party, type, "ctgov-responsible-party-type"),
        STR("investigator_full_name", tf_responsible_party, name),
        STR("investigator_title", tf_responsible_party, title),
        STR("investigator_affiliation", tf_responsible_party, affiliation),
        STR("name_title", tf_responsible_party, old_name),
};
static const fields responsible_party_f = FIELDS(responsible_party_v);

/* condition_browse / intervention_browse: terms only (XML has no MeSH ids,
 * so id stays NULL). */
static const field mesh_term_v[] = {SELF(tf_mesh, term)};
static const fields mesh_term_f = FIELDS(mesh_term_v);
static const field condition_mesh_v[] = {
        LIST("mesh_term", tf_trial, condition_meshes, n_condition_meshes, tf_mesh, mesh_term_f)};
static const fields condition_mesh_f = FIELDS(condition_mesh_v);
static const field intervention_mesh_v[] = {LIST("mesh_term", tf_trial, intervention_meshes,
                                                 n_intervention_meshes, tf_mesh, mesh_term_f)};
static const fields intervention_mesh_f = FIELDS(intervention_mesh_v);

static const field ipd_v[] = {
        ENUM("sharing_ipd", tf_ipd_sharing, sharing, "ctgov-ipd-sharing"),
        STR("ipd_description", tf_ipd_sharing, description),
        ENUMV("ipd_info_type", tf_ipd_sharing, info_types, "ctgov-ipd-info-type"),
        STR("ipd_time_frame", tf_ipd_sharing, time_frame),
        STR("ipd_access_criteria", tf_ipd_sharing, access_criteria),
        STR("ipd_url", tf_ipd_sharing, url),
};
static const fields ipd_f = FIELDS(ipd_v);

/* study_docs/study_doc -> v2 availIpds. */
static const field study_doc_v[] = {
        STR("doc_id", tf_avail_ipd, id),
        STR("doc_type", tf_avail_ipd, type),
        STR("doc_url", tf_avail_ipd, url),
        STR("doc_comment", tf_avail_ipd, comment),
};
static const fields study_doc_f = FIELDS(study_doc_v);
static const field study_docs_v[] = {
        LIST("study_doc", tf_trial, avail_ipds, n_avail_ipds, tf_avail_ipd, study_doc_f)};
static const fields study_docs_f = FIELDS(study_docs_v);

/* provided_document, before its document_has_* flags and URL
 * (read_provided_docs). */
static const field provided_doc_v[] = {
        STR("document_type", tf_large_doc, label),
        DATE("document_date", tf_large_doc, date),
};
static const fields provided_doc_f = FIELDS(provided_doc_v);

/* --- people --- */

/* "First Middle Last, Degrees", the way v2 writes the same person. Most
 * records put the whole name in last_name. */
static int person_name(ctx *c, const xmlNode *n, const char **dst)
{
	static const char *const parts[] = {"first_name", "middle_name", "last_name", "degrees"};
	tf_buf *b = &c->scratch;
	tf_buf_clear(b);
	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		xmlNodePtr part;
		int rc = one(c, n, parts[i], &part);
		if (rc < 0)
			return rc;
		size_t len;
		const char *s = rc ? tf_xml_text(part, &c->text, &len) : NULL;
		if (!s) {
			if (c->text.oom)
				return nomem(c);
			continue;
		}
		if (b->len)
			tf_buf_puts(b, i == 3 ? ", " : " ");
		tf_buf_put(b, s, len);
	}
	if (b->oom)
		return nomem(c);
	int oom;
	*dst = tf_model_text(c->t, b->ptr, b->len, 0, &oom);
	if (oom)
		return nomem(c);
	return *dst != NULL;
}

/* Fills p from a contact_struct or investigator_struct. role_table names
 * the table for a <role> element; fixed_role is used when there is none. */
static int read_person(ctx *c, const xmlNode *n, const char *fixed_role, tf_person *p)
{
	int stored, rc;
	if ((stored = person_name(c, n, &p->name)) < 0)
		return stored;
	if ((rc = read_fields(c, n, &person_f, p)) < 0)
		return rc;
	stored += rc;
	if ((rc = enum_field(c, n, "role", "ctgov-official-role", &p->role)) < 0)
		return rc;
	if (!stored)
		return 0; /* a role alone names nobody */
	if (!p->role && fixed_role)
		p->role = fixed_role;
	return 1;
}

/* Reads every <name> child of parent as a person into an arena array. */
static int person_list(ctx *c, const xmlNode *parent, const char *name, const char *fixed_role,
                       tf_person **items, size_t *count)
{
	void *mem = NULL;
	long n = list_alloc(c, parent, name, sizeof(tf_person), &mem);
	if (n <= 0)
		return (int)n;
	tf_person *v = mem;
	size_t k = 0, i = 0;
	TF_XML_FOREACH(e, parent, name)
	{
		mark old = push(c, name, ++i, e);
		int rc = read_person(c, e, fixed_role, &v[k]);
		pop(c, old);
		if (rc < 0)
			return rc;
		k += rc > 0;
	}
	if (k) {
		*items = v;
		*count = k;
	}
	return k > 0;
}

/* --- sections --- */

/* The NCT id is the record's identity: without a valid one there is
 * nothing to convert. */
static int read_nct_id(ctx *c, const xmlNode *root)
{
	xmlNodePtr id = tf_xml_child(root, "id_info");
	xmlNodePtr n = tf_xml_child(id, "nct_id");
	mark old = push(c, "id_info", 0, id ? id : root);
	push(c, "nct_id", 0, n ? n : id);
	const char *s = NULL;
	int rc = n ? get_text(c, n, &s) : 0;
	if (rc < 0)
		return rc;
	if (rc == 0)
		return fail(c, TF_EINVALID, "missing NCT id");
	if (!tf_model_is_nct(s))
		return fail(c, TF_EINVALID,
		            "malformed NCT id \"%.40s\" (expected NCT and 8 digits)", s);
	if (c->err)
		tf_strlcpy(c->err->record_id, s, sizeof(c->err->record_id));
	c->t->nct_id = s;
	pop(c, old);
	return 0;
}

/* "Double (Participant, Investigator)" -> masking DOUBLE, who_masked
 * PARTICIPANT, INVESTIGATOR. Also the pre-2017 "Double Blind (Subject,
 * Caregiver)", "Double-Blind" and "Open Label". */
static int read_masking(ctx *c, const char *text)
{
	tf_trial *t = c->t;
	/* The whole text first: "None (Open Label)" is one label. */
	if (tf_normalize_enum("ctgov-masking", text))
		return to_enum(c, "ctgov-masking", text, &t->masking, NULL);
	tf_buf *b = &c->scratch;
	tf_buf_clear(b);
	tf_buf_puts(b, text);
	if (b->oom)
		return nomem(c);
	char *level = b->ptr;
	char *open = strchr(level, '(');
	char *who = NULL;
	if (open) {
		char *close = strrchr(open, ')');
		if (close)
			*close = '\0';
		*open = '\0';
		who = open + 1;
	}
	size_t n = strlen(level);
	while (n && level[n - 1] == ' ')
		level[--n] = '\0';
	/* "Double Blind", "Double-Blind": the level is the first word. */
	if (n > 6 && ieq_n(level + n - 5, 5, "Blind") && strchr(" -", level[n - 6]))
		level[n - 6] = '\0';
	int rc = to_enum(c, "ctgov-masking", level, &t->masking, NULL);
	if (rc < 0)
		return rc;
	for (char *p = who; p && *p;) {
		char *comma = strchr(p, ',');
		if (comma)
			*comma = '\0';
		while (*p == ' ')
			p++;
		size_t k = strlen(p);
		while (k && p[k - 1] == ' ')
			p[--k] = '\0';
		const char *v;
		if (k) {
			int r2 = to_enum(c, "ctgov-who-masked", p, &v, NULL);
			if (r2 < 0)
				return r2;
			if (r2 > 0 && tf_trial_strv_push(t, &t->who_masked, v) < 0)
				return nomem(c);
		}
		p = comma ? comma + 1 : NULL;
	}
	return rc;
}

/* Pre-2017 records: "Allocation: Randomized, Endpoint Classification:
 * Safety Study, Intervention Model: Parallel Assignment, Masking: Double
 * Blind (Subject, Investigator), Primary Purpose: Treatment". Values may
 * hold commas, so the text is cut at the known keys. */
static int read_legacy_design(ctx *c, const char *text)
{
	static const struct {
		const char *key;   /* as written, colon included */
		const char *table; /* NULL: masking; "" not carried */
		size_t off;        /* field of tf_trial */
	} keys[] = {
	        {"Allocation:", "ctgov-allocation", offsetof(tf_trial, allocation)},
	        {"Endpoint Classification:", "", 0},
	        {"Intervention Model:", "ctgov-intervention-model",
	         offsetof(tf_trial, intervention_model)},
	        {"Masking:", NULL, 0},
	        {"Primary Purpose:", "ctgov-primary-purpose", offsetof(tf_trial, primary_purpose)},
	        {"Observational Model:", "ctgov-observational-model",
	         offsetof(tf_trial, observational_model)},
	        {"Time Perspective:", "ctgov-time-perspective",
	         offsetof(tf_trial, time_perspective)},
	};
	enum { NKEYS = sizeof(keys) / sizeof(keys[0]) };
	/* Where each key starts (at the text's start or after ", "). */
	const char *at[NKEYS];
	for (size_t k = 0; k < NKEYS; k++) {
		at[k] = NULL;
		for (const char *p = strstr(text, keys[k].key); p; p = strstr(p + 1, keys[k].key))
			if (p == text || (p >= text + 2 && p[-2] == ',' && p[-1] == ' ')) {
				at[k] = p;
				break;
			}
	}
	int found = 0;
	for (size_t k = 0; k < NKEYS; k++) {
		if (!at[k])
			continue;
		found = 1;
		const char *v = at[k] + strlen(keys[k].key);
		const char *end = text + strlen(text);
		for (size_t j = 0; j < NKEYS; j++)
			if (at[j] && at[j] > at[k] && at[j] < end)
				end = at[j] - 2;
		while (v < end && *v == ' ')
			v++;
		char val[128];
		size_t n =
		        (size_t)(end - v) < sizeof(val) - 1 ? (size_t)(end - v) : sizeof(val) - 1;
		memcpy(val, v, n);
		val[n] = '\0';
		while (n && (val[n - 1] == ' ' || val[n - 1] == ','))
			val[--n] = '\0';
		if (!n || (keys[k].table && !keys[k].table[0]))
			continue;
		int rc;
		if (!keys[k].table)
			rc = read_masking(c, val);
		else
			rc = to_enum(c, keys[k].table, val,
			             (const char **)(void *)((char *)c->t + keys[k].off), NULL);
		if (rc < 0)
			return rc;
	}
	if (!found && !tf_strcaseeq(text, "N/A"))
		return warn(c, "could not read the study design \"%.80s\"", text);
	return 0;
}

static int read_design(ctx *c, const xmlNode *root)
{
	tf_trial *t = c->t;
	int rc;
	/* study type; "Observational [Patient Registry]" is how XML says
	 * patientRegistry, which v2 states (false) for every other
	 * observational study. */
	xmlNodePtr st;
	if ((rc = one(c, root, "study_type", &st)) < 0)
		return rc;
	if (rc) {
		mark old = push(c, "study_type", 0, st);
		const char *s;
		if ((rc = get_text(c, st, &s)) > 0)
			rc = to_enum(c, "ctgov-study-type", s, &t->study_type, NULL);
		pop(c, old);
		if (rc < 0)
			return rc;
		if (rc > 0 && strcmp(t->study_type, "OBSERVATIONAL") == 0)
			t->patient_registry = strstr(s, "Registry") ? TF_YES : TF_NO;
	}
	/* phase: one element, possibly a combination ("Phase 1/Phase 2",
	 * table source "PHASE1|PHASE2"). */
	xmlNodePtr ph;
	if ((rc = one(c, root, "phase", &ph)) < 0)
		return rc;
	if (rc) {
		mark old = push(c, "phase", 0, ph);
		const char *s = NULL, *v = NULL;
		if ((rc = get_text(c, ph, &s)) > 0)
			rc = to_enum(c, "ctgov-phase", s, &v, NULL);
		if (rc > 0 && t->study_type && strcmp(t->study_type, "INTERVENTIONAL") != 0) {
			/* CT.gov removed the phase of every non-interventional
			 * study in 2018 (public.xsd change log, 03/29/2018), so v2
			 * has none; older XML still says "N/A" or, rarely, a
			 * phase. */
			if (strcmp(v, "NA") != 0)
				rc = warn(
				        c,
				        "phase \"%.40s\" of a non-interventional study dropped, as "
				        "CT.gov did in 2018",
				        s);
			else
				rc = 0;
		}
		pop(c, old);
		if (rc < 0)
			return rc;
		for (const char *p = rc > 0 ? v : NULL; p && *p;) {
			const char *bar = strchr(p, '|');
			size_t n = bar ? (size_t)(bar - p) : strlen(p);
			char one_phase[32];
			if (n && n < sizeof(one_phase)) {
				memcpy(one_phase, p, n);
				one_phase[n] = '\0';
				if (tf_trial_strv_push(t, &t->phases, one_phase) < 0)
					return nomem(c);
			}
			p = bar ? bar + 1 : NULL;
		}
	}
	if ((rc = str_field(c, root, "target_duration", &t->target_duration)) < 0)
		return rc;
	xmlNodePtr di;
	if ((rc = one(c, root, "study_design_info", &di)) < 0)
		return rc;
	if (rc) {
		mark old = push(c, "study_design_info", 0, di);
		if ((rc = read_fields(c, di, &design_info_f, t)) < 0)
			return rc;
		xmlNodePtr m;
		if ((rc = one(c, di, "masking", &m)) < 0)
			return rc;
		if (rc) {
			mark o = push(c, "masking", 0, m);
			const char *s;
			if ((rc = get_text(c, m, &s)) > 0)
				rc = read_masking(c, s);
			pop(c, o);
			if (rc < 0)
				return rc;
		}
		pop(c, old);
	} else {
		xmlNodePtr sd;
		if ((rc = one(c, root, "study_design", &sd)) < 0)
			return rc;
		if (rc) {
			mark old = push(c, "study_design", 0, sd);
			const char *s;
			if ((rc = get_text(c, sd, &s)) > 0)
				rc = read_legacy_design(c, s);
			pop(c, old);
			if (rc < 0)
				return rc;
		}
	}
	if ((rc = read_fields(c, root, &biospec_f, t)) < 0)
		return rc;
	/* enrollment: count and type */
	xmlNodePtr en;
	if ((rc = one(c, root, "enrollment", &en)) < 0)
		return rc;
	if (rc) {
		mark old = push(c, "enrollment", 0, en);
		const char *s;
		if ((rc = get_text(c, en, &s)) > 0) {
			long v = tf_parse_long(s);
			if (v < 0)
				rc = warn(c, "dropped enrollment \"%.40s\" (expected a count)", s);
			else
				t->enrollment = v;
		}
		const char *ty;
		if (rc >= 0 && t->enrollment >= 0 && (ty = tf_xml_attr(en, "type", &c->text, NULL)))
			rc = to_enum(c, "ctgov-actual-estimated", ty, &t->enrollment_type, NULL);
		else if (c->text.oom)
			rc = nomem(c);
		pop(c, old);
		if (rc < 0)
			return rc;
	}
	/* expanded access */
	if ((rc = flag_field(c, root, "has_expanded_access", &t->has_expanded_access)) < 0)
		return rc;
	xmlNodePtr ea;
	if ((rc = one(c, root, "expanded_access_info", &ea)) < 0)
		return rc;
	if (rc) {
		static const struct {
			const char *name, *token;
		} types[] = {{"expanded_access_type_individual", "INDIVIDUAL"},
		             {"expanded_access_type_intermediate", "INTERMEDIATE"},
		             {"expanded_access_type_treatment", "TREATMENT"}};
		mark old = push(c, "expanded_access_info", 0, ea);
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
			tf_flag f = TF_UNSET;
			if ((rc = flag_field(c, ea, types[i].name, &f)) < 0)
				return rc;
			if (f == TF_YES &&
			    tf_trial_strv_push(t, &t->expanded_access_types, types[i].token) < 0)
				return nomem(c);
		}
		pop(c, old);
	}
	return 0;
}

/* v2 lists, for each arm, "<Type>: <name>" of the interventions given in
 * it, in intervention order; XML only has the arm labels on the
 * interventions, so the list is rebuilt from them. */
static int link_arms(ctx *c, const char *const *type_labels)
{
	tf_trial *t = c->t;
	for (size_t a = 0; a < t->n_arms; a++) {
		tf_arm *arm = &t->arms[a];
		if (!arm->label)
			continue;
		for (size_t i = 0; i < t->n_interventions; i++) {
			const tf_intervention *iv = &t->interventions[i];
			int in_arm = 0;
			for (size_t k = 0; k < iv->arm_labels.n && !in_arm; k++)
				in_arm = strcmp(iv->arm_labels.v[k], arm->label) == 0;
			if (!in_arm || !iv->name)
				continue;
			tf_buf *b = &c->scratch;
			tf_buf_clear(b);
			if (type_labels[i])
				tf_buf_printf(b, "%s: ", type_labels[i]);
			tf_buf_puts(b, iv->name);
			if (b->oom || tf_trial_strv_push(t, &arm->interventions, b->ptr) < 0)
				return nomem(c);
		}
	}
	return 0;
}

static int read_arms_interventions(ctx *c, const xmlNode *root)
{
	tf_trial *t = c->t;
	int rc = read_list(c, root, &arms, t);
	if (rc < 0)
		return rc;
	void *mem = NULL;
	long n = list_alloc(c, root, "intervention", sizeof(tf_intervention), &mem);
	if (n < 0)
		return (int)n;
	tf_intervention *ivs = mem;
	/* The type as v2 writes it in arm intervention names: the table's
	 * label, else the XML text as written. */
	const char **type_labels = n ? tf_trial_alloc(t, (size_t)n, sizeof(char *)) : NULL;
	if (n && !type_labels)
		return nomem(c);
	size_t k = 0, i = 0;
	TF_XML_FOREACH(e, root, "intervention")
	{
		mark old = push(c, "intervention", ++i, e);
		int stored = 0;
		xmlNodePtr ty;
		if ((rc = one(c, e, "intervention_type", &ty)) < 0)
			return rc;
		if (rc) {
			mark o = push(c, "intervention_type", 0, ty);
			const char *s;
			const tf_map_row *row = NULL;
			if ((rc = get_text(c, ty, &s)) > 0)
				rc = to_enum(c, "ctgov-intervention-type", s, &ivs[k].type, &row);
			pop(c, o);
			if (rc < 0)
				return rc;
			const char *label =
			        row && c->maps ? tf_map_row_get(c->maps, row, "label") : NULL;
			type_labels[k] = label && *label ? label : rc > 0 ? s : NULL;
			stored += rc;
		}
		if ((rc = read_fields(c, e, &intervention_f, &ivs[k])) < 0)
			return rc;
		stored += rc;
		pop(c, old);
		if (stored)
			k++;
		else
			type_labels[k] = NULL;
	}
	if (k) {
		t->interventions = ivs;
		t->n_interventions = k;
	}
	return link_arms(c, type_labels);
}

static int read_eligibility(ctx *c, const xmlNode *root)
{
	xmlNodePtr el;
	int rc = one(c, root, "eligibility", &el);
	if (rc <= 0)
		return rc;
	mark old = push(c, "eligibility", 0, el);
	tf_eligibility *e = &c->t->eligibility;
	if ((rc = read_fields(c, el, &eligibility_f, e)) < 0)
		return rc;
	/* "N/A" is "no limit", which the model says with NULL (as v2). */
	if (tf_strcaseeq(e->minimum_age, "N/A"))
		e->minimum_age = NULL;
	if (tf_strcaseeq(e->maximum_age, "N/A"))
		e->maximum_age = NULL;
	/* v2 derives stdAges from the ages; XML does not carry them. */
	rc = tf_ctgov_std_ages(c->t, e->minimum_age, e->maximum_age, &e->std_ages);
	if (rc == TF_ENOMEM)
		return nomem(c);
	if (rc < 0 && (rc = warn(c,
	                         "no standard age groups: cannot read the ages \"%.30s\" / "
	                         "\"%.30s\"",
	                         e->minimum_age ? e->minimum_age : "N/A",
	                         e->maximum_age ? e->maximum_age : "N/A")) < 0)
		return rc;
	pop(c, old);
	return 0;
}

/* Site contacts as v2 lists them: contact, backup contact, then the
 * investigators with their roles. */
static int read_site_contacts(ctx *c, const xmlNode *loc, tf_site *site)
{
	size_t n = tf_xml_count(loc, "contact") + tf_xml_count(loc, "contact_backup") +
	           tf_xml_count(loc, "investigator");
	if (n == 0)
		return 0;
	if (n > MAX_ITEMS)
		return fail(c, TF_ELIMIT, "%zu site contacts: more than the %d accepted", n,
		            MAX_ITEMS);
	tf_person *v = tf_trial_alloc(c->t, n, sizeof(tf_person));
	if (!v)
		return nomem(c);
	static const struct {
		const char *name, *role;
	} kinds[] = {{"contact", "CONTACT"}, {"contact_backup", "CONTACT"}, {"investigator", NULL}};
	size_t k = 0;
	for (size_t j = 0; j < sizeof(kinds) / sizeof(kinds[0]); j++) {
		size_t i = 0;
		TF_XML_FOREACH(e, loc, kinds[j].name)
		{
			mark old = push(c, kinds[j].name, ++i, e);
			int rc = read_person(c, e, kinds[j].role, &v[k]);
			pop(c, old);
			if (rc < 0)
				return rc;
			k += rc > 0;
		}
	}
	if (k) {
		site->contacts = v;
		site->n_contacts = k;
	}
	return k > 0;
}

static int read_locations(ctx *c, const xmlNode *root)
{
	void *mem = NULL;
	long n = list_alloc(c, root, "location", sizeof(tf_site), &mem);
	if (n <= 0)
		return (int)n;
	tf_site *v = mem;
	size_t k = 0, i = 0;
	TF_XML_FOREACH(e, root, "location")
	{
		mark old = push(c, "location", ++i, e);
		tf_site *s = &v[k];
		int rc, stored;
		if ((stored = read_fields(c, e, &location_f, s)) < 0)
			return stored;
		if ((rc = read_site_contacts(c, e, s)) < 0)
			return rc;
		stored += rc;
		pop(c, old);
		k += stored > 0;
	}
	if (k) {
		c->t->sites = v;
		c->t->n_sites = k;
	}
	return 0;
}

static int read_references(ctx *c, const xmlNode *root)
{
	/* reference = background, results_reference = result; v2's
	 * DERIVED (PubMed-linked) references have no XML element of their
	 * own. */
	size_t n = tf_xml_count(root, "reference") + tf_xml_count(root, "results_reference");
	if (n == 0)
		return 0;
	if (n > MAX_ITEMS)
		return fail(c, TF_ELIMIT, "%zu references: more than the %d accepted", n,
		            MAX_ITEMS);
	tf_reference *v = tf_trial_alloc(c->t, n, sizeof(tf_reference));
	if (!v)
		return nomem(c);
	static const struct {
		const char *name, *type;
	} kinds[] = {{"reference", "BACKGROUND"}, {"results_reference", "RESULT"}};
	size_t k = 0;
	for (size_t j = 0; j < 2; j++) {
		size_t i = 0;
		TF_XML_FOREACH(e, root, kinds[j].name)
		{
			mark old = push(c, kinds[j].name, ++i, e);
			int stored = read_fields(c, e, &reference_f, &v[k]);
			if (stored < 0)
				return stored;
			pop(c, old);
			if (stored)
				v[k++].type = kinds[j].type;
		}
	}
	if (k) {
		c->t->references = v;
		c->t->n_references = k;
	}
	return 0;
}

/* provided_document_section -> v2 largeDocs. v2's typeAbbrev is the
 * document's contents in the order Prot, SAP, ICF ("Prot_SAP"), and the
 * file name is the last part of the document URL. */
static int read_provided_docs(ctx *c, const xmlNode *root)
{
	xmlNodePtr sec;
	int rc = one(c, root, "provided_document_section", &sec);
	if (rc <= 0)
		return rc;
	mark old = push(c, "provided_document_section", 0, sec);
	void *mem = NULL;
	long n = list_alloc(c, sec, "provided_document", sizeof(tf_large_doc), &mem);
	if (n < 0)
		return (int)n;
	tf_large_doc *v = mem;
	size_t k = 0, i = 0;
	TF_XML_FOREACH(e, sec, "provided_document")
	{
		mark o = push(c, "provided_document", ++i, e);
		tf_large_doc *d = &v[k];
		d->size = -1;
		int stored = read_fields(c, e, &provided_doc_f, d);
		if (stored < 0)
			return stored;
		static const struct {
			const char *name, *abbrev;
		} has[] = {{"document_has_protocol", "Prot"},
		           {"document_has_sap", "SAP"},
		           {"document_has_icf", "ICF"}};
		char abbrev[16] = "";
		for (size_t j = 0; j < sizeof(has) / sizeof(has[0]); j++) {
			tf_flag f = TF_UNSET;
			if ((rc = flag_field(c, e, has[j].name, &f)) < 0)
				return rc;
			if (f == TF_YES) {
				if (abbrev[0])
					tf_strlcpy(abbrev + strlen(abbrev), "_",
					           sizeof(abbrev) - strlen(abbrev));
				tf_strlcpy(abbrev + strlen(abbrev), has[j].abbrev,
				           sizeof(abbrev) - strlen(abbrev));
			}
		}
		if (abbrev[0] && !(d->type_abbrev = tf_trial_strdup(c->t, abbrev, (size_t)-1)))
			return nomem(c);
		const char *url;
		if ((rc = str_field(c, e, "document_url", &url)) < 0)
			return rc;
		if (rc > 0) {
			const char *slash = strrchr(url, '/');
			const char *file = slash ? slash + 1 : url;
			if (*file && !(d->filename = tf_trial_strdup(c->t, file, (size_t)-1)))
				return nomem(c);
			stored++;
		}
		pop(c, o);
		if (stored || d->type_abbrev)
			k++;
		else
			memset(d, 0, sizeof(*d));
	}
	if (k) {
		c->t->large_docs = v;
		c->t->n_large_docs = k;
	}
	pop(c, old);
	return 0;
}

/* required_header/download_date: "ClinicalTrials.gov processed this data
 * on August 18, 2020" -> "2020-08-18", the data version like v2's
 * versionHolder. */
static int read_download_date(ctx *c, const xmlNode *root)
{
	xmlNodePtr h = tf_xml_child(root, "required_header");
	xmlNodePtr d = tf_xml_child(h, "download_date");
	if (!d)
		return 0;
	mark old = push(c, "required_header", 0, h);
	push(c, "download_date", 0, d);
	const char *s;
	int rc = get_text(c, d, &s);
	if (rc > 0) {
		const char *on = strstr(s, " on ");
		const char *date = on ? on + 4 : s;
		char iso[11];
		if (tf_normalize_date(date, strlen(date), iso) > 0) {
			if (!(c->t->source.version_holder = tf_trial_strdup(c->t, iso, (size_t)-1)))
				rc = nomem(c);
		} else {
			rc = warn(c, "no data version: cannot read a date in \"%.80s\"", s);
		}
	}
	pop(c, old);
	return rc < 0 ? rc : 0;
}

/* Everything read_study reads under clinical_study, in order, beside the
 * sections with readers of their own. */
static const field study_head_v[] = {
        SECTION("id_info", 0, id_info_f),
        STR("brief_title", tf_trial, brief_title),
        STR("acronym", tf_trial, acronym),
        STR("official_title", tf_trial, official_title),
        SECTION("sponsors", 0, sponsors_f),
        /* source is the organisation that submitted the record (v2
         * organization.fullName); XML does not give its class. */
        STR("source", tf_trial, organization),
        SECTION("oversight_info", 0, oversight_f),
        TEXTBLOCK("brief_summary", tf_trial, brief_summary),
        TEXTBLOCK("detailed_description", tf_trial, detailed_description),
};
static const fields study_head_f = FIELDS(study_head_v);

static const field study_outcomes_v[] = {
        LIST("primary_outcome", tf_trial, primary_outcomes, n_primary_outcomes, tf_outcome,
             outcome_f),
        LIST("secondary_outcome", tf_trial, secondary_outcomes, n_secondary_outcomes, tf_outcome,
             outcome_f),
        LIST("other_outcome", tf_trial, other_outcomes, n_other_outcomes, tf_outcome, outcome_f),
        STRV("condition", tf_trial, conditions),
};
static const fields study_outcomes_f = FIELDS(study_outcomes_v);

static const field study_links_v[] = {
        LIST("link", tf_trial, links, n_links, tf_link, link_f),
};
static const fields study_links_f = FIELDS(study_links_v);

static const field study_tail_v[] = {
        SECTION("responsible_party", offsetof(tf_trial, responsible_party), responsible_party_f),
        STRV("keyword", tf_trial, keywords),
        SECTION("condition_browse", 0, condition_mesh_f),
        SECTION("intervention_browse", 0, intervention_mesh_f),
        SECTION("patient_data", offsetof(tf_trial, ipd_sharing), ipd_f),
        SECTION("study_docs", 0, study_docs_f),
};
static const fields study_tail_f = FIELDS(study_tail_v);

static int read_study(ctx *c, const xmlNode *root)
{
	tf_trial *t = c->t;
	int rc;
	if ((rc = read_fields(c, root, &study_head_f, t)) < 0 ||
	    (rc = read_fields(c, root, &status_f, t)) < 0 || (rc = read_design(c, root)) < 0 ||
	    (rc = read_fields(c, root, &study_outcomes_f, t)) < 0 ||
	    (rc = read_arms_interventions(c, root)) < 0 || (rc = read_eligibility(c, root)) < 0 ||
	    (rc = person_list(c, root, "overall_official", NULL, &t->officials, &t->n_officials)) <
	            0 ||
	    (rc = person_list(c, root, "overall_contact", "CONTACT", &t->central_contacts,
	                      &t->n_central_contacts)) < 0)
		return rc;
	/* The backup central contact follows the main one, as in v2. */
	if (tf_xml_child(root, "overall_contact_backup")) {
		tf_person *backup = NULL;
		size_t nb = 0;
		if ((rc = person_list(c, root, "overall_contact_backup", "CONTACT", &backup, &nb)) <
		    0)
			return rc;
		if (nb) {
			size_t na = t->n_central_contacts;
			tf_person *all = tf_trial_alloc(t, na + nb, sizeof(tf_person));
			if (!all)
				return nomem(c);
			if (na)
				memcpy(all, t->central_contacts, na * sizeof(tf_person));
			memcpy(all + na, backup, nb * sizeof(tf_person));
			t->central_contacts = all;
			t->n_central_contacts = na + nb;
		}
	}
	if ((rc = read_locations(c, root)) < 0 ||
	    (rc = read_fields(c, root, &study_links_f, t)) < 0 ||
	    (rc = read_references(c, root)) < 0 ||
	    (rc = read_fields(c, root, &study_tail_f, t)) < 0 ||
	    (rc = read_provided_docs(c, root)) < 0 || (rc = read_download_date(c, root)) < 0)
		return rc;
	/* v2's hasResults says whether results are posted: in XML, whether
	 * the clinical_results section is there. */
	t->has_results = tf_xml_child(root, "clinical_results") ? TF_YES : TF_NO;
	return 0;
}

int tf_ctgov_xml_study(const char *buf, size_t len, const char *name, tf_trial *t, tf_error *err)
{
	xmlDocPtr doc;
	int rc = tf_xml_parse(buf, len, name, &doc, err);
	if (rc < 0)
		return rc;
	ctx c;
	memset(&c, 0, sizeof(c));
	c.t = t;
	c.err = err;
	tf_error merr;
	tf_error_clear(&merr);
	c.maps = tf_mappings_default(&merr);
	const xmlNode *root = xmlDocGetRootElement(doc);
	if (!c.maps)
		rc = tf_trial_warn(t,
		                   "mapping tables not loaded (%s): values normalised by rule only",
		                   merr.message[0] ? merr.message : "unknown error");
	if (rc < 0) {
		rc = nomem(&c);
	} else if (!root || root->ns || strcmp((const char *)root->name, "clinical_study") != 0) {
		push(&c, root ? (const char *)root->name : "", 0, root);
		rc = fail(&c, TF_EINVALID,
		          "not a CT.gov study: the root element is <%.40s>, not <clinical_study>",
		          root ? (const char *)root->name : "");
	} else {
		push(&c, "clinical_study", 0, root);
		rc = read_nct_id(&c, root);
		if (rc == 0)
			rc = read_study(&c, root);
	}
	if (rc < 0 && err && name)
		tf_strlcpy(err->source, name, sizeof(err->source));
	tf_buf_free(&c.text);
	tf_buf_free(&c.scratch);
	xmlFreeDoc(doc);
	return rc < 0 ? rc : 0;
}
