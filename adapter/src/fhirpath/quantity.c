/*
 * quantity.c - FHIRPath Quantity and the part of UCUM that eligibility
 * criteria and the official suite use: unit expressions built from atoms
 * with metric prefixes, products (.), quotients (/), exponents (m2, s-1),
 * factors (10*9, 10^3), annotations ({cells}, {1.73_m2}) and parentheses.
 * Atoms: the SI base units, L, the UCUM time units (min, h, d, wk, mo, a),
 * %, mol/eq/osm, U, [IU], Pa/bar/atm/mm[Hg]/cm[H2O], Cel and [degF],
 * US/imperial [lb_av] [oz_av] [in_i] [ft_i] [yd_i] [mi_i], and others.
 *
 * A unit reduces to a factor and a vector of dimension exponents; two
 * quantities compare when their vectors are equal. Two deliberate
 * departures from UCUM, both to keep comparisons clinically honest:
 *  - mol is its own dimension (UCUM makes it a pure number, 6.022e23, which
 *    would let mmol/L compare with 10*9/L cell counts); mass <-> substance
 *    converts only through a molar mass the caller's hook supplies;
 *  - the calendar durations year and month (FHIRPath keywords) are their
 *    own dimension, so 1 year is not 1 'a' (the spec: not comparable),
 *    while week, day, hour ... are the UCUM wk, d, h ... exactly.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"
#include "trialfhir/json.h"

enum { D_M = 0, D_G, D_S, D_RAD, D_K, D_C, D_CD, D_MOL, D_CAL = 8, D_IU = 9, NDIM = 10 };

typedef struct {
	double factor;
	double offset;
	int8_t dim[NDIM];
	uint8_t special;
} unit_t;

typedef struct {
	const char *code;
	double factor;
	int8_t dim[NDIM];
	uint8_t metric;  /* takes prefixes */
	uint8_t special; /* offset unit: Cel, [degF] */
	double offset;
} atom_t;

/* dims: m g s rad K C cd mol cal IU */
#define DIMS(m, g, s, r, k, c, cd, mol)                                                            \
	{                                                                                          \
		m, g, s, r, k, c, cd, mol, 0, 0                                                    \
	}
static const atom_t atoms[] = {
        {"m", 1, DIMS(1, 0, 0, 0, 0, 0, 0, 0), 1, 0, 0},
        {"g", 1, DIMS(0, 1, 0, 0, 0, 0, 0, 0), 1, 0, 0},
        {"s", 1, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 1, 0, 0},
        {"rad", 1, DIMS(0, 0, 0, 1, 0, 0, 0, 0), 1, 0, 0},
        {"K", 1, DIMS(0, 0, 0, 0, 1, 0, 0, 0), 1, 0, 0},
        {"C", 1, DIMS(0, 0, 0, 0, 0, 1, 0, 0), 1, 0, 0},
        {"cd", 1, DIMS(0, 0, 0, 0, 0, 0, 1, 0), 1, 0, 0},
        {"mol", 1, DIMS(0, 0, 0, 0, 0, 0, 0, 1), 1, 0, 0},
        {"eq", 1, DIMS(0, 0, 0, 0, 0, 0, 0, 1), 1, 0, 0},
        {"osm", 1, DIMS(0, 0, 0, 0, 0, 0, 0, 1), 1, 0, 0},
        {"kat", 1, DIMS(0, 0, -1, 0, 0, 0, 0, 1), 1, 0, 0},
        {"U", 1e-6 / 60, DIMS(0, 0, -1, 0, 0, 0, 0, 1), 1, 0, 0},
        {"L", 1e-3, DIMS(3, 0, 0, 0, 0, 0, 0, 0), 1, 0, 0},
        {"l", 1e-3, DIMS(3, 0, 0, 0, 0, 0, 0, 0), 1, 0, 0},
        {"t", 1e6, DIMS(0, 1, 0, 0, 0, 0, 0, 0), 1, 0, 0},
        {"min", 60, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"h", 3600, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"d", 86400, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"wk", 604800, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"mo", 2629800, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"a", 31557600, DIMS(0, 0, 1, 0, 0, 0, 0, 0), 0, 0, 0},
        {"Hz", 1, DIMS(0, 0, -1, 0, 0, 0, 0, 0), 1, 0, 0},
        {"N", 1000, DIMS(1, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"Pa", 1000, DIMS(-1, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"bar", 1e8, DIMS(-1, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"atm", 101325000, DIMS(-1, 1, -2, 0, 0, 0, 0, 0), 0, 0, 0},
        {"m[Hg]", 133322000, DIMS(-1, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"m[H2O]", 9806650, DIMS(-1, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"J", 1000, DIMS(2, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"W", 1000, DIMS(2, 1, -3, 0, 0, 0, 0, 0), 1, 0, 0},
        {"cal", 4184, DIMS(2, 1, -2, 0, 0, 0, 0, 0), 1, 0, 0},
        {"[Cal]", 4184000, DIMS(2, 1, -2, 0, 0, 0, 0, 0), 0, 0, 0},
        {"A", 1, DIMS(0, 0, -1, 0, 0, 1, 0, 0), 1, 0, 0},
        {"V", 1000, DIMS(2, 1, -2, 0, 0, -1, 0, 0), 1, 0, 0},
        {"deg", 0.017453292519943295, DIMS(0, 0, 0, 1, 0, 0, 0, 0), 0, 0, 0},
        {"Cel", 1, DIMS(0, 0, 0, 0, 1, 0, 0, 0), 1, 1, 273.15},
        {"[degF]", 5.0 / 9.0, DIMS(0, 0, 0, 0, 1, 0, 0, 0), 0, 1, 459.67},
        {"%", 0.01, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[ppth]", 1e-3, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[ppm]", 1e-6, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[ppb]", 1e-9, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"10*", 10, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"10^", 10, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"cells", 1, DIMS(0, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[lb_av]", 453.59237, DIMS(0, 1, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[oz_av]", 28.349523125, DIMS(0, 1, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[in_i]", 0.0254, DIMS(1, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[ft_i]", 0.3048, DIMS(1, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[yd_i]", 0.9144, DIMS(1, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[mi_i]", 1609.344, DIMS(1, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[gal_us]", 3.785411784e-3, DIMS(3, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[foz_us]", 2.95735295625e-5, DIMS(3, 0, 0, 0, 0, 0, 0, 0), 0, 0, 0},
        {"[iU]", 1, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 1, 0, 0},
        {"[IU]", 1, {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 1, 0, 0},
};

static const struct {
	const char *p;
	double f;
} prefixes[] = {{"da", 1e1},  {"Y", 1e24},  {"Z", 1e21},  {"E", 1e18},  {"P", 1e15},
                {"T", 1e12},  {"G", 1e9},   {"M", 1e6},   {"k", 1e3},   {"h", 1e2},
                {"d", 1e-1},  {"c", 1e-2},  {"m", 1e-3},  {"u", 1e-6},  {"n", 1e-9},
                {"p", 1e-12}, {"f", 1e-15}, {"a", 1e-18}, {"z", 1e-21}, {"y", 1e-24}};

static const struct {
	const char *word, *singular, *ucum;
	double seconds; /* 0: calendar month dimension */
	double months;
} calendar[] = {
        {"year", "year", NULL, 0, 12},
        {"years", "year", NULL, 0, 12},
        {"month", "month", NULL, 0, 1},
        {"months", "month", NULL, 0, 1},
        {"week", "week", "wk", 604800, 0},
        {"weeks", "week", "wk", 604800, 0},
        {"day", "day", "d", 86400, 0},
        {"days", "day", "d", 86400, 0},
        {"hour", "hour", "h", 3600, 0},
        {"hours", "hour", "h", 3600, 0},
        {"minute", "minute", "min", 60, 0},
        {"minutes", "minute", "min", 60, 0},
        {"second", "second", "s", 1, 0},
        {"seconds", "second", "s", 1, 0},
        {"millisecond", "millisecond", "ms", 1e-3, 0},
        {"milliseconds", "millisecond", "ms", 1e-3, 0},
};

const char *fp_calendar_unit(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(calendar) / sizeof(calendar[0]); i++)
		if (strlen(calendar[i].word) == n && memcmp(calendar[i].word, s, n) == 0)
			return calendar[i].singular;
	return NULL;
}

const char *fp_calendar_ucum(const char *singular)
{
	for (size_t i = 0; i < sizeof(calendar) / sizeof(calendar[0]); i++)
		if (strcmp(calendar[i].word, singular) == 0)
			return calendar[i].ucum;
	return NULL;
}

static const atom_t *find_atom(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof(atoms) / sizeof(atoms[0]); i++)
		if (strlen(atoms[i].code) == n && memcmp(atoms[i].code, s, n) == 0)
			return &atoms[i];
	return NULL;
}

static void unit_one(unit_t *u)
{
	memset(u, 0, sizeof(*u));
	u->factor = 1;
}

static void unit_pow_mul(unit_t *acc, const unit_t *x, int exp)
{
	acc->factor *= pow(x->factor, exp);
	for (int i = 0; i < NDIM; i++)
		acc->dim[i] = (int8_t)(acc->dim[i] + x->dim[i] * exp);
}

typedef struct {
	const char *s;
	size_t i, n;
	int depth;
	int special; /* an offset unit was seen */
	double offset;
} uparser;

static int parse_term(uparser *p, unit_t *out);

/* simple unit with optional exponent, from the current position. */
static int parse_component(uparser *p, unit_t *out)
{
	unit_one(out);
	if (p->i >= p->n)
		return -1;
	char c = p->s[p->i];
	if (c == '(') {
		if (++p->depth > 16)
			return -1;
		p->i++;
		if (parse_term(p, out) < 0 || p->i >= p->n || p->s[p->i] != ')')
			return -1;
		p->i++;
		p->depth--;
		return 0;
	}
	if (c == '{') {
		while (p->i < p->n && p->s[p->i] != '}')
			p->i++;
		if (p->i >= p->n)
			return -1;
		p->i++;
		return 0;
	}
	/* The symbol runs to the next operator; brackets may hold anything. */
	size_t start = p->i;
	while (p->i < p->n) {
		char d = p->s[p->i];
		if (d == '[') {
			while (p->i < p->n && p->s[p->i] != ']')
				p->i++;
			if (p->i >= p->n)
				return -1;
			p->i++;
			continue;
		}
		if (d == '.' || d == '/' || d == '(' || d == ')' || d == '{')
			break;
		p->i++;
	}
	size_t end = p->i;
	/* An annotation may follow a unit: mL{total}. */
	if (p->i < p->n && p->s[p->i] == '{') {
		while (p->i < p->n && p->s[p->i] != '}')
			p->i++;
		if (p->i >= p->n)
			return -1;
		p->i++;
	}
	const char *sym = p->s + start;
	size_t len = end - start;
	if (len == 0)
		return -1;
	/* Trailing exponent: digits with an optional sign, unless the whole
	 * symbol is a number (a factor). */
	size_t e = len;
	while (e > 0 && sym[e - 1] >= '0' && sym[e - 1] <= '9')
		e--;
	if (e == 0) {
		if (len > 15)
			return -1;
		char buf[16];
		memcpy(buf, sym, len);
		buf[len] = '\0';
		out->factor = strtod(buf, NULL);
		return 0;
	}
	int exp = 1;
	if (e < len) {
		size_t es = e;
		if (es > 0 && (sym[es - 1] == '-' || sym[es - 1] == '+'))
			es--;
		if (len - es > 4)
			return -1;
		char buf[8];
		memcpy(buf, sym + es, len - es);
		buf[len - es] = '\0';
		exp = (int)strtol(buf, NULL, 10);
		e = es;
	}
	const atom_t *a = find_atom(sym, e);
	double pf = 1;
	if (!a) {
		for (size_t k = 0; k < sizeof(prefixes) / sizeof(prefixes[0]) && !a; k++) {
			size_t pl = strlen(prefixes[k].p);
			if (pl < e && memcmp(sym, prefixes[k].p, pl) == 0) {
				const atom_t *b = find_atom(sym + pl, e - pl);
				if (b && b->metric) {
					a = b;
					pf = prefixes[k].f;
				}
			}
		}
	}
	if (!a)
		return -1;
	unit_t x;
	unit_one(&x);
	x.factor = a->factor * pf;
	memcpy(x.dim, a->dim, sizeof(x.dim));
	if (a->special) {
		if (exp != 1 || p->special)
			return -1;
		p->special = 1;
		p->offset = a->offset;
	}
	unit_pow_mul(out, &x, exp);
	return 0;
}

static int parse_term(uparser *p, unit_t *out)
{
	unit_one(out);
	int divide = 0;
	if (p->i < p->n && p->s[p->i] == '/') {
		divide = 1;
		p->i++;
	}
	for (;;) {
		unit_t c;
		if (parse_component(p, &c) < 0)
			return -1;
		unit_pow_mul(out, &c, divide ? -1 : 1);
		if (p->i < p->n && (p->s[p->i] == '.' || p->s[p->i] == '/')) {
			divide = p->s[p->i] == '/';
			p->i++;
			continue;
		}
		return 0;
	}
}

static int ucum_parse_text(const char *code, unit_t *out)
{
	size_t n = strlen(code);
	/* Calendar words, quoted or not, are durations. */
	for (size_t i = 0; i < sizeof(calendar) / sizeof(calendar[0]); i++) {
		if (strcmp(calendar[i].word, code) == 0) {
			unit_one(out);
			if (calendar[i].seconds > 0) {
				out->factor = calendar[i].seconds;
				out->dim[D_S] = 1;
			} else {
				out->factor = calendar[i].months;
				out->dim[D_CAL] = 1;
			}
			return 0;
		}
	}
	if (n == 0 || n > 128)
		return -1;
	uparser p = {code, 0, n, 0, 0, 0};
	if (parse_term(&p, out) < 0 || p.i != n)
		return -1;
	if (p.special) {
		/* An offset unit stands alone (no Cel/h). */
		int k = 0;
		for (int i = 0; i < NDIM; i++)
			k += out->dim[i] != 0;
		if (k != 1 || out->dim[D_K] != 1)
			return -1;
		out->special = 1;
		out->offset = p.offset;
	}
	return isfinite(out->factor) && out->factor != 0 ? 0 : -1;
}

/* Parsed units by their text: comparisons parse the same few units
 * (a lab value's unit, the literal's) on every evaluation, and a unit's
 * meaning is a function of its text. A small per-thread direct-mapped
 * cache of short codes, failures included. */
#define UNIT_CACHE 64
#define UNIT_CODE  32
static _Thread_local struct {
	char code[UNIT_CODE]; /* "" when empty */
	int rc;
	unit_t u;
} unit_cache[UNIT_CACHE];

static int ucum_parse(const char *code, unit_t *out)
{
	size_t n = strlen(code);
	if (n == 0 || n >= UNIT_CODE)
		return ucum_parse_text(code, out);
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)code[i]) * 16777619u;
	size_t j = h & (UNIT_CACHE - 1);
	if (strcmp(unit_cache[j].code, code) == 0) {
		*out = unit_cache[j].u;
		return unit_cache[j].rc;
	}
	int rc = ucum_parse_text(code, out);
	memcpy(unit_cache[j].code, code, n + 1);
	unit_cache[j].rc = rc;
	if (rc == 0)
		unit_cache[j].u = *out;
	return rc;
}

int fp_ucum_parse(const char *code, fp_ucum *out)
{
	unit_t u;
	if (ucum_parse(code, &u) < 0)
		return -1;
	out->factor = u.factor;
	out->offset = u.offset;
	for (int i = 0; i < 8; i++)
		out->dim[i] = u.dim[i];
	out->special = u.special;
	return 0;
}

static int same_dims(const unit_t *a, const unit_t *b)
{
	return memcmp(a->dim, b->dim, sizeof(a->dim)) == 0;
}

/* The molar mass of what q came from, through the caller's hook. */
static double molar_mass(const fp_molar *m)
{
	if (!m || !m->env || !m->env->molar_mass)
		return 0;
	const json_t *res[2] = {m->res_a, m->res_b};
	for (int r = 0; r < 2; r++) {
		json_t *coding = json_object_get(json_object_get(res[r], "code"), "coding");
		for (size_t i = 0; i < json_array_size(coding); i++) {
			json_t *c = json_array_get(coding, i);
			const char *sys = json_string_value(json_object_get(c, "system"));
			const char *code = json_string_value(json_object_get(c, "code"));
			if (!code)
				continue;
			double mm = m->env->molar_mass(m->env->molar_mass_user, sys, code);
			if (mm > 0 && isfinite(mm))
				return mm;
		}
	}
	return 0;
}

/* Converts value v of unit from to unit to; 0 or 1 when impossible. */
static int convert_value(double v, const unit_t *from, const unit_t *to, const fp_molar *m,
                         double *out)
{
	double base = (v + from->offset) * from->factor;
	if (!same_dims(from, to)) {
		/* mass <-> substance through a molar mass (g/mol) */
		unit_t diff = *from;
		for (int i = 0; i < NDIM; i++)
			diff.dim[i] = (int8_t)(from->dim[i] - to->dim[i]);
		int others = 0;
		for (int i = 0; i < NDIM; i++)
			if (i != D_G && i != D_MOL)
				others |= diff.dim[i];
		if (others || diff.dim[D_G] != -diff.dim[D_MOL] || diff.dim[D_G] == 0 ||
		    diff.dim[D_G] > 1 || diff.dim[D_G] < -1)
			return 1;
		double mm = molar_mass(m);
		if (mm <= 0)
			return 1;
		/* from is substance-based (mol) when diff.dim[D_MOL] == 1 */
		base = diff.dim[D_MOL] == 1 ? base * mm : base / mm;
	}
	*out = base / to->factor - to->offset;
	return isfinite(*out) ? 0 : 1;
}

static const char *unit_code(const fp_qty *q)
{
	return q->unit ? q->unit : "1";
}

int fp_units_comparable(const char *a, int acal, const char *b, int bcal)
{
	(void)acal;
	(void)bcal;
	unit_t ua, ub;
	if (ucum_parse(a, &ua) < 0 || ucum_parse(b, &ub) < 0)
		return 0;
	return same_dims(&ua, &ub);
}

int fp_qty_compare(const fp_qty *a, const fp_qty *b, int equiv, const fp_molar *m, int *cmp)
{
	const char *ca = unit_code(a), *cb = unit_code(b);
	unit_t ua, ub;
	double bv;
	if (ucum_parse(ca, &ua) < 0 || ucum_parse(cb, &ub) < 0) {
		/* Not UCUM: only the same unit compares. */
		if (strcmp(ca, cb) != 0)
			return 1;
		unit_one(&ua);
		ub = ua;
	}
	if (convert_value(b->value.v, &ub, &ua, m, &bv) != 0)
		return 1;
	double av = a->value.v;
	if (equiv) {
		/* The precision of b in a's unit: its digits shift by the
		 * ratio of the units. */
		int shift = (int)lround(log10(ub.factor / ua.factor));
		int sb = b->value.scale - shift;
		int s = a->value.scale < sb ? a->value.scale : sb;
		av = fp_round_to(av, s);
		bv = fp_round_to(bv, s);
	}
	double tol = 1e-12 * fmax(fabs(av), fabs(bv));
	*cmp = fabs(av - bv) <= tol ? 0 : av < bv ? -1 : 1;
	return 0;
}

int fp_qty_convert(fp_region *r, const fp_qty *q, const char *unit, const fp_molar *m, fp_qty *out)
{
	unit_t from, to;
	if (ucum_parse(unit_code(q), &from) < 0 || ucum_parse(unit, &to) < 0)
		return strcmp(unit_code(q), unit) == 0 ? (*out = *q, 0) : 1;
	double v;
	if (convert_value(q->value.v, &from, &to, m, &v) != 0)
		return 1;
	/* Digits the converted value needs: a power-of-ten ratio shifts the
	 * point (mg -> g adds three); any other ratio (d -> wk, degF -> Cel)
	 * gets eight more, trailing zeros trimmed. */
	double lr = log10(from.factor / to.factor);
	int scale = q->value.scale < 0 ? 0 : q->value.scale;
	if (!from.special && !to.special && fabs(lr - round(lr)) < 1e-9) {
		scale -= (int)lround(lr);
	} else {
		int base = scale;
		scale += 8;
		while (scale > base && fp_round_to(v, scale - 1) == fp_round_to(v, scale))
			scale--;
	}
	if (scale < 0)
		scale = 0;
	memset(out, 0, sizeof(*out));
	out->value = fp_dec_make(v, scale);
	out->unit = fp_strndup(r, unit, strlen(unit));
	out->calendar = fp_calendar_unit(unit, strlen(unit)) != NULL && q->calendar;
	return out->unit ? 0 : 1;
}

/* The unit as a UCUM term for building products (calendar words mapped). */
static const char *as_ucum(const fp_qty *q)
{
	const char *u = unit_code(q);
	const char *cal = fp_calendar_unit(u, strlen(u));
	if (cal) {
		const char *uc = fp_calendar_ucum(cal);
		return uc ? uc : strcmp(cal, "year") == 0 ? "a" : "mo";
	}
	return u;
}

static int simple_term(const char *u)
{
	return strpbrk(u, "./") == NULL;
}

int fp_qty_mul(fp_region *r, const fp_qty *a, const fp_qty *b, int divide, fp_qty *out)
{
	const char *ua = as_ucum(a), *ub = as_ucum(b);
	tf_buf buf = TF_BUF_INIT;
	int a_one = strcmp(ua, "1") == 0, b_one = strcmp(ub, "1") == 0;
	if (b_one) {
		tf_buf_puts(&buf, ua);
	} else if (a_one && !divide) {
		tf_buf_puts(&buf, ub);
	} else {
		if (!a_one)
			tf_buf_printf(&buf, simple_term(ua) ? "%s" : "(%s)", ua);
		tf_buf_putc(&buf, divide ? '/' : '.');
		tf_buf_printf(&buf, simple_term(ub) ? "%s" : "(%s)", ub);
	}
	if (buf.oom || !buf.ptr) {
		tf_buf_free(&buf);
		return TF_ENOMEM;
	}
	memset(out, 0, sizeof(*out));
	out->unit = fp_strndup(r, buf.ptr, buf.len);
	tf_buf_free(&buf);
	if (!out->unit)
		return TF_ENOMEM;
	if (divide) {
		if (b->value.v == 0)
			return 1;
		int s = a->value.scale > b->value.scale ? a->value.scale : b->value.scale;
		out->value = fp_dec_make(a->value.v / b->value.v, s < 8 ? 8 : s);
	} else {
		out->value = fp_dec_make(a->value.v * b->value.v, a->value.scale + b->value.scale);
	}
	return 0;
}

int fp_qty_add(fp_region *r, const fp_qty *a, const fp_qty *b, int sub, fp_qty *out)
{
	fp_qty bc;
	if (strcmp(unit_code(a), unit_code(b)) == 0)
		bc = *b;
	else if (fp_qty_convert(r, b, unit_code(a), NULL, &bc) != 0)
		return 1;
	*out = *a;
	int s = a->value.scale > bc.value.scale ? a->value.scale : bc.value.scale;
	out->value = fp_dec_make(sub ? a->value.v - bc.value.v : a->value.v + bc.value.v, s);
	return 0;
}

int fp_qty_from_node(fp_region *r, const json_t *node, fp_qty *out)
{
	memset(out, 0, sizeof(*out));
	json_t *v = json_object_get(node, "value");
	if (tf_json_is_decimal(v)) {
		char nb[8];
		const char *lex = tf_json_number_text(v, nb, sizeof(nb));
		if (fp_dec_parse(lex, strlen(lex), &out->value) < 0)
			return -1;
		out->value.lex = lex;
	} else if (json_is_integer(v)) {
		out->value = fp_dec_make((double)json_integer_value(v), 0);
	} else if (json_is_real(v)) {
		out->value = fp_dec_make(json_real_value(v), 6);
	} else {
		return -1;
	}
	const char *sys = json_string_value(json_object_get(node, "system"));
	const char *code = json_string_value(json_object_get(node, "code"));
	const char *unit = json_string_value(json_object_get(node, "unit"));
	if (code && sys && strcmp(sys, "http://unitsofmeasure.org") == 0)
		out->unit = code;
	else if (unit)
		out->unit = unit;
	else if (code)
		out->unit = code;
	else
		out->unit = "1";
	(void)r;
	return 0;
}

int fp_qty_parse(fp_region *r, const char *s, size_t n, fp_qty *out)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t start = i;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'))
		i++;
	memset(out, 0, sizeof(*out));
	if (fp_dec_parse(s + start, i - start, &out->value) < 0)
		return -1;
	if (s[start] == '+') {
		/* fp_dec_parse took it; nothing else to do */
	}
	size_t sp = i;
	while (i < n && s[i] == ' ')
		i++;
	if (i == n) {
		out->unit = "1";
		return 0;
	}
	if (i == sp)
		return -1; /* unit must be separated by a space */
	if (s[i] == '\'') {
		size_t j = i + 1;
		while (j < n && s[j] != '\'')
			j++;
		if (j >= n)
			return -1;
		size_t k = j + 1;
		while (k < n && s[k] == ' ')
			k++;
		if (k != n)
			return -1;
		out->unit = fp_strndup(r, s + i + 1, j - i - 1);
		return out->unit ? 0 : -1;
	}
	size_t j = i;
	while (j < n && s[j] != ' ')
		j++;
	size_t k = j;
	while (k < n && s[k] == ' ')
		k++;
	if (k != n || !fp_calendar_unit(s + i, j - i))
		return -1;
	out->unit = fp_strndup(r, s + i, j - i);
	out->calendar = 1;
	return out->unit ? 0 : -1;
}
