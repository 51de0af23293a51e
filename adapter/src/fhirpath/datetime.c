/*
 * datetime.c - FHIRPath Date, DateTime and Time values with partial
 * precision (@2014, @2014-03, @2014-03-01T10:30 ...): parsing from
 * literals and FHIR strings, printing, comparison by the spec's rules
 * (component by component down to the lesser precision; equal so far but
 * different precision means "cannot tell": empty), time-zone handling, and
 * calendar arithmetic (adding a month to Jan 31 gives the last day of
 * February). Seconds and milliseconds are one precision for comparison, as
 * the spec says (@T10:30:00 = @T10:30:00.0).
 *
 * When only one of two times has an offset, the other's offset is unknown
 * (any of -12:00..+14:00): the answer is given only when it is the same for
 * every possible offset, otherwise empty.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "fhirpath/fp_int.h"

int fp_days_in_month(int year, int month)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (month < 1 || month > 12)
		return 31;
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		return 29;
	return dm[month - 1];
}

static int num(const char *s, size_t n, size_t i, int width, int *out)
{
	if (i + (size_t)width > n)
		return -1;
	int v = 0;
	for (int k = 0; k < width; k++) {
		char c = s[i + (size_t)k];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*out = v;
	return 0;
}

/* hh[:mm[:ss[.f+]]] at *i. */
static int parse_time_part(const char *s, size_t n, size_t *i, fp_dt *d)
{
	int v;
	if (num(s, n, *i, 2, &v) < 0 || v > 23)
		return -1;
	d->hour = (uint8_t)v;
	d->prec = FP_P_HOUR;
	*i += 2;
	if (*i < n && s[*i] == ':') {
		if (num(s, n, *i + 1, 2, &v) < 0 || v > 59)
			return -1;
		d->minute = (uint8_t)v;
		d->prec = FP_P_MINUTE;
		*i += 3;
		if (*i < n && s[*i] == ':') {
			if (num(s, n, *i + 1, 2, &v) < 0 || v > 60)
				return -1;
			d->second = (uint8_t)(v == 60 ? 59 : v); /* leap second */
			d->prec = FP_P_SECOND;
			*i += 3;
			if (*i < n && s[*i] == '.') {
				size_t k = *i + 1, nd = 0;
				int ms = 0;
				while (k < n && s[k] >= '0' && s[k] <= '9') {
					if (nd < 3)
						ms = ms * 10 + (s[k] - '0');
					nd++;
					k++;
				}
				if (nd == 0)
					return -1;
				for (size_t z = nd; z < 3; z++)
					ms *= 10;
				d->ms = (uint16_t)ms;
				d->frac = (uint8_t)(nd > 9 ? 9 : nd);
				d->prec = FP_P_MS;
				*i = k;
			}
		}
	}
	return 0;
}

static int parse_tz(const char *s, size_t n, size_t *i, fp_dt *d)
{
	if (*i >= n)
		return 0;
	if (s[*i] == 'Z') {
		d->has_tz = 1;
		d->tz_z = 1;
		d->tz_min = 0;
		(*i)++;
		return 0;
	}
	if (s[*i] == '+' || s[*i] == '-') {
		int hh, mm;
		if (num(s, n, *i + 1, 2, &hh) < 0 || *i + 3 >= n || s[*i + 3] != ':' ||
		    num(s, n, *i + 4, 2, &mm) < 0 || hh > 14 || mm > 59)
			return -1;
		d->has_tz = 1;
		d->tz_min = (int16_t)((hh * 60 + mm) * (s[*i] == '-' ? -1 : 1));
		*i += 6;
	}
	return 0;
}

/* YYYY[-MM[-DD]] at *i. */
static int parse_date_part(const char *s, size_t n, size_t *i, fp_dt *d)
{
	int v;
	if (num(s, n, *i, 4, &v) < 0 || v < 1)
		return -1;
	d->year = (int16_t)v;
	d->prec = FP_P_YEAR;
	*i += 4;
	if (*i < n && s[*i] == '-') {
		if (num(s, n, *i + 1, 2, &v) < 0 || v < 1 || v > 12)
			return -1;
		d->month = (uint8_t)v;
		d->prec = FP_P_MONTH;
		*i += 3;
		if (*i < n && s[*i] == '-') {
			if (num(s, n, *i + 1, 2, &v) < 0 || v < 1 ||
			    v > fp_days_in_month(d->year, d->month))
				return -1;
			d->day = (uint8_t)v;
			d->prec = FP_P_DAY;
			*i += 3;
		}
	}
	return 0;
}

int fp_dt_parse(const char *s, size_t n, int kind, fp_dt *out)
{
	memset(out, 0, sizeof(*out));
	size_t i = 0;
	if (kind == FP_TIME) {
		if (parse_time_part(s, n, &i, out) < 0)
			return -1;
		return i == n ? 0 : -1;
	}
	if (parse_date_part(s, n, &i, out) < 0)
		return -1;
	if (kind == FP_DATE)
		return i == n ? 0 : -1;
	if (i < n && s[i] == 'T') {
		i++;
		if (i == n) {
			out->date_only_t = 1;
			return 0;
		}
		if (out->prec != FP_P_DAY)
			return -1; /* time needs a full date */
		if (parse_time_part(s, n, &i, out) < 0 || parse_tz(s, n, &i, out) < 0)
			return -1;
	}
	return i == n ? 0 : -1;
}

int fp_dt_parse_literal(const char *s, size_t n, int *kind, fp_dt *out)
{
	if (n && s[0] == 'T') {
		*kind = FP_TIME;
		return fp_dt_parse(s + 1, n - 1, FP_TIME, out);
	}
	*kind = memchr(s, 'T', n) ? FP_DATETIME : FP_DATE;
	return fp_dt_parse(s, n, *kind, out);
}

int fp_dt_format(const fp_dt *d, int kind, char *buf, size_t size)
{
	tf_buf b = TF_BUF_INIT;
	if (kind != FP_TIME) {
		tf_buf_printf(&b, "%04d", d->year);
		if (d->prec >= FP_P_MONTH)
			tf_buf_printf(&b, "-%02d", d->month);
		if (d->prec >= FP_P_DAY)
			tf_buf_printf(&b, "-%02d", d->day);
		if (kind == FP_DATETIME && (d->prec >= FP_P_HOUR || d->date_only_t))
			tf_buf_putc(&b, 'T');
	}
	if (d->prec >= FP_P_HOUR && (kind != FP_DATE)) {
		tf_buf_printf(&b, "%02d", d->hour);
		if (d->prec >= FP_P_MINUTE)
			tf_buf_printf(&b, ":%02d", d->minute);
		if (d->prec >= FP_P_SECOND)
			tf_buf_printf(&b, ":%02d", d->second);
		if (d->prec >= FP_P_MS) {
			int nd = d->frac ? d->frac : 3;
			if (nd > 3)
				nd = 3;
			int v = d->ms;
			for (int k = nd; k < 3; k++)
				v /= 10;
			tf_buf_printf(&b, ".%0*d", nd, v);
		}
		if (kind == FP_DATETIME && d->has_tz) {
			if (d->tz_z && d->tz_min == 0) {
				tf_buf_putc(&b, 'Z');
			} else {
				int m = d->tz_min < 0 ? -d->tz_min : d->tz_min;
				tf_buf_printf(&b, "%c%02d:%02d", d->tz_min < 0 ? '-' : '+', m / 60,
				              m % 60);
			}
		}
	}
	int w = b.ptr ? snprintf(buf, size, "%s", b.ptr) : -1;
	tf_buf_free(&b);
	return w;
}

/* Milliseconds since the epoch of the start of a value's precision window
 * (local fields, no offset applied). */
static int64_t to_ms(const fp_dt *d, int kind)
{
	int64_t days = 0;
	if (kind != FP_TIME)
		days = tf_days_from_civil(d->year, d->prec >= FP_P_MONTH ? d->month : 1,
		                          d->prec >= FP_P_DAY ? d->day : 1);
	int64_t ms = 0;
	if (d->prec >= FP_P_HOUR)
		ms += (int64_t)d->hour * 3600000;
	if (d->prec >= FP_P_MINUTE)
		ms += (int64_t)d->minute * 60000;
	if (d->prec >= FP_P_SECOND)
		ms += (int64_t)d->second * 1000;
	if (d->prec >= FP_P_MS)
		ms += d->ms;
	return days * 86400000 + ms;
}

/* Length of the precision window in ms. */
static int64_t window_ms(const fp_dt *d)
{
	switch (d->prec) {
	case FP_P_YEAR:
		return 366LL * 86400000;
	case FP_P_MONTH:
		return (int64_t)fp_days_in_month(d->year, d->month) * 86400000;
	case FP_P_DAY:
		return 86400000;
	case FP_P_HOUR:
		return 3600000;
	case FP_P_MINUTE:
		return 60000;
	case FP_P_SECOND:
		return 1000;
	default:
		return 1;
	}
}

static void from_ms(int64_t t, int kind, fp_dt *d)
{
	int64_t days = t / 86400000, ms = t % 86400000;
	if (ms < 0) {
		ms += 86400000;
		days--;
	}
	if (kind != FP_TIME) {
		int64_t y;
		int m, dd;
		tf_civil_from_days(days, &y, &m, &dd);
		d->year = (int16_t)y;
		d->month = (uint8_t)m;
		d->day = (uint8_t)dd;
	}
	d->hour = (uint8_t)(ms / 3600000);
	d->minute = (uint8_t)(ms / 60000 % 60);
	d->second = (uint8_t)(ms / 1000 % 60);
	d->ms = (uint16_t)(ms % 1000);
}

/* Precision for comparing: seconds and milliseconds are one level. */
static int cmp_prec(int p)
{
	return p == FP_P_MS ? FP_P_SECOND : p;
}

int fp_dt_compare(const fp_dt *a, int akind, const fp_dt *b, int bkind)
{
	if ((akind == FP_TIME) != (bkind == FP_TIME))
		return 3;
	int kind = akind == FP_TIME ? FP_TIME : FP_DATETIME;
	int pa = cmp_prec(a->prec), pb = cmp_prec(b->prec);
	int pmin = pa < pb ? pa : pb;
	fp_dt x = *a, y = *b;
	if (pmin >= FP_P_HOUR && kind != FP_TIME) {
		if (a->has_tz != b->has_tz) {
			/* One offset unknown: answer only what holds for all. */
			int64_t alo = to_ms(a, kind), ahi = alo + window_ms(a);
			int64_t blo = to_ms(b, kind), bhi = blo + window_ms(b);
			const int64_t early = 14LL * 3600000, late = 12LL * 3600000;
			if (a->has_tz) {
				alo -= (int64_t)a->tz_min * 60000;
				ahi -= (int64_t)a->tz_min * 60000;
				blo -= early;
				bhi += late;
			} else {
				blo -= (int64_t)b->tz_min * 60000;
				bhi -= (int64_t)b->tz_min * 60000;
				alo -= early;
				ahi += late;
			}
			if (ahi <= blo)
				return -1;
			if (alo >= bhi)
				return 1;
			return 2;
		}
		if (a->has_tz) {
			from_ms(to_ms(a, kind) - (int64_t)a->tz_min * 60000, kind, &x);
			from_ms(to_ms(b, kind) - (int64_t)b->tz_min * 60000, kind, &y);
		}
	}
	int av[6], bv[6];
	av[0] = x.year, av[1] = x.month, av[2] = x.day, av[3] = x.hour, av[4] = x.minute;
	av[5] = x.second * 1000 + x.ms;
	bv[0] = y.year, bv[1] = y.month, bv[2] = y.day, bv[3] = y.hour, bv[4] = y.minute;
	bv[5] = y.second * 1000 + y.ms;
	int first = kind == FP_TIME ? FP_P_HOUR : FP_P_YEAR;
	for (int p = first; p <= pmin; p++) {
		int k = p - 1;
		if (av[k] != bv[k])
			return av[k] < bv[k] ? -1 : 1;
	}
	return pa == pb ? 0 : 2;
}

int fp_dt_add(fp_dt *d, int kind, const char *unit, int64_t n)
{
	int64_t months = 0, ms = 0;
	if (strcmp(unit, "year") == 0)
		months = n * 12;
	else if (strcmp(unit, "month") == 0)
		months = n;
	else if (strcmp(unit, "week") == 0)
		ms = n * 7 * 86400000LL;
	else if (strcmp(unit, "day") == 0)
		ms = n * 86400000LL;
	else if (strcmp(unit, "hour") == 0)
		ms = n * 3600000LL;
	else if (strcmp(unit, "minute") == 0)
		ms = n * 60000LL;
	else if (strcmp(unit, "second") == 0)
		ms = n * 1000LL;
	else if (strcmp(unit, "millisecond") == 0)
		ms = n;
	else
		return -1;
	if (n > 100000000 || n < -100000000)
		return -1;
	if (kind == FP_TIME) {
		if (months)
			return -1;
		int64_t t = to_ms(d, FP_TIME) + ms;
		t %= 86400000;
		if (t < 0)
			t += 86400000;
		from_ms(t, FP_TIME, d);
		return 0;
	}
	if (months) {
		if (d->prec == FP_P_YEAR)
			months = months / 12 * 12;
		int64_t total =
		        (int64_t)d->year * 12 + (d->prec >= FP_P_MONTH ? d->month - 1 : 0) + months;
		int64_t y = total / 12;
		if (y < 1 || y > 9999)
			return -1;
		d->year = (int16_t)y;
		if (d->prec >= FP_P_MONTH)
			d->month = (uint8_t)(total % 12 + 1);
		if (d->prec >= FP_P_DAY && d->day > fp_days_in_month(d->year, d->month))
			d->day = (uint8_t)fp_days_in_month(d->year, d->month);
	}
	if (ms) {
		/* Below the value's precision an amount counts in whole units
		 * of that precision (a Date gains whole days). */
		int64_t unit_ms = d->prec >= FP_P_MS       ? 1
		                  : d->prec == FP_P_SECOND ? 1000
		                  : d->prec == FP_P_MINUTE ? 60000
		                  : d->prec == FP_P_HOUR   ? 3600000
		                                           : 86400000;
		if (kind == FP_DATE)
			unit_ms = 86400000;
		ms = ms / unit_ms * unit_ms;
		if (d->prec < FP_P_DAY) {
			/* year or month precision: whole months/years only */
			int64_t days = ms / 86400000;
			int64_t add_m = d->prec == FP_P_MONTH ? days / 30 : days / 365 * 12;
			return add_m ? fp_dt_add(d, kind, "month", add_m) : 0;
		}
		int64_t t = to_ms(d, kind) + ms;
		fp_dt x = *d;
		from_ms(t, kind, &x);
		if (x.year < 1 || x.year > 9999)
			return -1;
		d->year = x.year;
		d->month = x.month;
		d->day = x.day;
		if (d->prec >= FP_P_HOUR) {
			d->hour = x.hour;
			d->minute = x.minute;
			d->second = x.second;
			d->ms = x.ms;
		}
	}
	return 0;
}

static int parse_now_text(const char *s, fp_dt *out)
{
	if (*s == '@')
		s++;
	int kind;
	size_t n = strlen(s);
	if (fp_dt_parse_literal(s, n, &kind, out) < 0 || kind == FP_TIME)
		return -1;
	if (out->prec < FP_P_DAY)
		return -1;
	if (out->prec < FP_P_MS) {
		/* A date (or coarser time) means the start of it. */
		if (out->prec < FP_P_HOUR)
			out->hour = 0;
		if (out->prec < FP_P_MINUTE)
			out->minute = 0;
		if (out->prec < FP_P_SECOND)
			out->second = 0;
		out->ms = 0;
		out->prec = FP_P_MS;
		out->frac = 3;
	}
	out->date_only_t = 0;
	return 0;
}

static void from_unix(int64_t unix_ms, int offset_min, fp_dt *out)
{
	memset(out, 0, sizeof(*out));
	from_ms(unix_ms + (int64_t)offset_min * 60000, FP_DATETIME, out);
	out->prec = FP_P_MS;
	out->frac = 3;
	out->has_tz = 1;
	out->tz_min = (int16_t)offset_min;
}

int fp_dt_now(const tf_fhirpath_env *env, fp_dt *out, tf_error *err)
{
	if (env && env->now) {
		if (parse_now_text(env->now, out) < 0)
			return tf_error_set(err, TF_EINVAL,
			                    "clock: '%s' is not a FHIRPath date or dateTime",
			                    env->now);
		return 0;
	}
	if (env && env->clock) {
		int64_t ms = 0;
		int off = 0;
		if (env->clock(env->clock_user, &ms, &off) != 0)
			return tf_error_set(err, TF_ERROR, "clock callback failed");
		if (off < -14 * 60 || off > 14 * 60)
			return tf_error_set(err, TF_EINVAL, "clock: offset out of range");
		from_unix(ms, off, out);
		return 0;
	}
	struct timespec ts;
	if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
		return tf_error_set(err, TF_ERROR, "no system clock");
	time_t t = ts.tv_sec;
	struct tm l, g;
	if (!localtime_r(&t, &l) || !gmtime_r(&t, &g))
		return tf_error_set(err, TF_ERROR, "no system clock");
	/* The local offset, from the two broken-down times. */
	int64_t dl = tf_days_from_civil(l.tm_year + 1900, l.tm_mon + 1, l.tm_mday);
	int64_t dg = tf_days_from_civil(g.tm_year + 1900, g.tm_mon + 1, g.tm_mday);
	int64_t off =
	        ((dl - dg) * 86400 + (l.tm_hour - g.tm_hour) * 3600 + (l.tm_min - g.tm_min) * 60) /
	        60;
	from_unix((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000, (int)off, out);
	return 0;
}
