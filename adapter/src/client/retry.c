/*
 * retry.c - deciding when to try a request again: the server's Retry-After
 * (delay-seconds or HTTP-date, RFC 9110 10.2.3) when it gave a valid one,
 * otherwise exponential backoff with full jitter (base 1 s, cap 60 s), as
 * RELIABILITY.md scenario 2 specifies. Pure functions, so the scenario's
 * table is a unit test.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <openssl/rand.h>
#include "client_int.h"

int tf_retry_after_parse(const char *value, int count, time_t now, double *delay_s)
{
	/* Two Retry-After headers contradict each other: trust neither. */
	if (count != 1 || !value)
		return -1;
	while (*value == ' ' || *value == '\t')
		value++;
	size_t len = strlen(value);
	while (len && (value[len - 1] == ' ' || value[len - 1] == '\t'))
		len--;
	if (len == 0)
		return -1;
	size_t i = 0;
	while (i < len && isdigit((unsigned char)value[i]))
		i++;
	if (i == len) {
		/* delay-seconds = 1*DIGIT; cap the number before it overflows. */
		double d = 0;
		for (i = 0; i < len; i++) {
			d = d * 10 + (value[i] - '0');
			if (d > 1e9)
				d = 1e9;
		}
		*delay_s = d;
		return 0;
	}
	/* An HTTP-date always has a weekday/month name and a time of day;
	 * demanding both keeps curl_getdate's lenient parser from reading
	 * "1e3" or "abc" as a date. */
	int alpha = 0, colon = 0;
	for (i = 0; i < len; i++) {
		if (isalpha((unsigned char)value[i]))
			alpha = 1;
		else if (value[i] == ':')
			colon = 1;
	}
	if (!alpha || !colon || len > 64)
		return -1;
	char tmp[65];
	memcpy(tmp, value, len);
	tmp[len] = '\0';
	time_t t = curl_getdate(tmp, NULL);
	if (t == (time_t)-1)
		return -1;
	*delay_s = t > now ? (double)(t - now) : 0.0;
	return 0;
}

double tf_backoff_delay(int attempt, double base, double cap, double r)
{
	if (attempt < 0)
		attempt = 0;
	double ceiling = base * ldexp(1.0, attempt > 62 ? 62 : attempt);
	if (ceiling > cap)
		ceiling = cap;
	if (r < 0)
		r = 0;
	if (r >= 1)
		r = 0.999999;
	return ceiling * r;
}

double tf_random_unit(void)
{
	uint64_t v = 0;
	if (RAND_bytes((unsigned char *)&v, sizeof(v)) != 1)
		v = (uint64_t)time(NULL) * 6364136223846793005ULL;
	return (double)(v >> 11) / 9007199254740992.0; /* 53 bits */
}

int tf_status_retryable(long status)
{
	/* 408 timeout, 429 throttled, and the 5xx that mean "not now". 501
	 * (not implemented) and 505 will not change by waiting. */
	return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 ||
	       status == 504;
}
