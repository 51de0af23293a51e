/*
 * lexer.c - splits a FHIRPath expression into tokens: identifiers (plain
 * and `delimited`), 'strings', numbers, @date/@dateTime/@Ttime literals,
 * %variables, $this/$index/$total, operators and punctuation. Comments
 * (// and block) are skipped here; an unterminated block comment is a
 * syntax error. Keywords (and, is, div ...) are plain identifiers: the
 * parser decides by position, as the grammar does (a field may be called
 * "div").
 */
#include <string.h>
#include "fhirpath/fp_int.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_ident_start(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static int is_ident(char c)
{
	return is_ident_start(c) || is_digit(c);
}

void fp_error_at(tf_error *err, const char *expr, size_t pos)
{
	if (!err || !expr)
		return;
	long line = 1, col = 1;
	for (size_t i = 0; i < pos && expr[i]; i++) {
		if (expr[i] == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)expr[i] & 0xC0) != 0x80) {
			col++;
		}
	}
	err->line = line;
	err->column = col;
}

static int lex_error(fp_lexer *lx, size_t pos, const char *msg, tf_error *err)
{
	tf_error_set(err, TF_EPARSE, "%s", msg);
	fp_error_at(err, lx->s, pos);
	return TF_EPARSE;
}

static size_t digits(const char *s, size_t i, size_t len)
{
	size_t n = 0;
	while (i + n < len && is_digit(s[i + n]))
		n++;
	return n;
}

/* HH[:MM[:SS[.fff]]] at i; returns bytes consumed (0 if no hour). */
static size_t scan_time(const char *s, size_t i, size_t len)
{
	size_t j = i;
	if (digits(s, j, len) < 2)
		return 0;
	j += 2;
	if (j < len && s[j] == ':' && digits(s, j + 1, len) >= 2) {
		j += 3;
		if (j < len && s[j] == ':' && digits(s, j + 1, len) >= 2) {
			j += 3;
			if (j < len && s[j] == '.' && digits(s, j + 1, len) >= 1)
				j += 1 + digits(s, j + 1, len);
		}
	}
	return j - i;
}

/* Z or +HH:MM / -HH:MM at i. */
static size_t scan_tz(const char *s, size_t i, size_t len)
{
	if (i < len && s[i] == 'Z')
		return 1;
	if (i < len && (s[i] == '+' || s[i] == '-') && digits(s, i + 1, len) >= 2 && i + 3 < len &&
	    s[i + 3] == ':' && digits(s, i + 4, len) >= 2)
		return 6;
	return 0;
}

static int lex_date(fp_lexer *lx, size_t start, tf_error *err)
{
	const char *s = lx->s;
	size_t len = lx->len, j = start + 1;
	fp_token *t = &lx->tok;
	if (j < len && s[j] == 'T') {
		size_t n = scan_time(s, j + 1, len);
		if (!n)
			return lex_error(lx, start, "malformed time literal", err);
		t->kind = T_TIME;
		j += 1 + n;
	} else {
		if (digits(s, j, len) < 4)
			return lex_error(lx, start, "malformed date literal", err);
		j += 4;
		if (j < len && s[j] == '-' && digits(s, j + 1, len) >= 2) {
			j += 3;
			if (j < len && s[j] == '-' && digits(s, j + 1, len) >= 2)
				j += 3;
		}
		t->kind = T_DATE;
		if (j < len && s[j] == 'T') {
			t->kind = T_DATETIME;
			j++;
			j += scan_time(s, j, len);
			j += scan_tz(s, j, len);
		}
	}
	/* A literal runs into an identifier character: not a literal. */
	if (j < len && (is_digit(s[j]) || (s[j] >= 'A' && s[j] <= 'Z' && s[j] != 'T')))
		return lex_error(lx, start, "malformed date/time literal", err);
	t->p = s + start + 1;
	t->n = j - start - 1;
	lx->i = j;
	return 0;
}

/* Quoted body from i (after the opening quote q) to the closing quote. */
static int lex_quoted(fp_lexer *lx, size_t start, char q, tf_error *err)
{
	const char *s = lx->s;
	size_t j = start + 1;
	while (j < lx->len && s[j] != q) {
		if (s[j] == '\\')
			j++;
		j++;
	}
	if (j >= lx->len)
		return lex_error(lx, start,
		                 q == '\'' ? "unterminated string" : "unterminated identifier",
		                 err);
	lx->tok.p = s + start + 1;
	lx->tok.n = j - start - 1;
	lx->i = j + 1;
	return 0;
}

int fp_lex_next(fp_lexer *lx, tf_error *err)
{
	const char *s = lx->s;
	size_t len = lx->len;
	size_t i = lx->i;
	/* Whitespace and comments. */
	for (;;) {
		while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n' ||
		                   s[i] == '\f'))
			i++;
		if (i + 1 < len && s[i] == '/' && s[i + 1] == '/') {
			while (i < len && s[i] != '\n')
				i++;
			continue;
		}
		if (i + 1 < len && s[i] == '/' && s[i + 1] == '*') {
			size_t start = i;
			i += 2;
			while (i + 1 < len && !(s[i] == '*' && s[i + 1] == '/'))
				i++;
			if (i + 1 >= len)
				return lex_error(lx, start, "unterminated comment", err);
			i += 2;
			continue;
		}
		break;
	}
	fp_token *t = &lx->tok;
	memset(t, 0, sizeof(*t));
	t->pos = (uint32_t)i;
	lx->i = i;
	if (i >= len) {
		t->kind = T_EOF;
		return 0;
	}
	char c = s[i];
	t->p = s + i;
	if (is_ident_start(c)) {
		size_t j = i;
		while (j < len && is_ident(s[j]))
			j++;
		t->kind = T_IDENT;
		t->n = j - i;
		lx->i = j;
		return 0;
	}
	if (is_digit(c)) {
		size_t j = i + digits(s, i, len);
		t->kind = T_INT;
		if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
			j += 1 + digits(s, j + 1, len);
			t->kind = T_DEC;
		} else if (j < len && s[j] == 'L') {
			t->n = j - i;
			t->kind = T_LONG;
			lx->i = j + 1;
			return 0;
		}
		t->n = j - i;
		lx->i = j;
		return 0;
	}
	switch (c) {
	case '\'':
		t->kind = T_STRING;
		return lex_quoted(lx, i, '\'', err);
	case '`':
		t->kind = T_DELIM_IDENT;
		return lex_quoted(lx, i, '`', err);
	case '@':
		return lex_date(lx, i, err);
	case '%':
		t->kind = T_VAR;
		if (i + 1 < len && (s[i + 1] == '`' || s[i + 1] == '\''))
			return lex_quoted(lx, i + 1, s[i + 1], err);
		if (i + 1 < len && is_ident_start(s[i + 1])) {
			size_t j = i + 1;
			while (j < len && is_ident(s[j]))
				j++;
			t->p = s + i + 1;
			t->n = j - i - 1;
			lx->i = j;
			return 0;
		}
		return lex_error(lx, i, "'%' must be followed by a variable name", err);
	case '$':
		if (i + 1 < len && is_ident_start(s[i + 1])) {
			size_t j = i + 1;
			while (j < len && is_ident(s[j]))
				j++;
			t->kind = T_DOLLAR;
			t->p = s + i + 1;
			t->n = j - i - 1;
			lx->i = j;
			return 0;
		}
		return lex_error(lx, i, "'$' must be followed by this, index or total", err);
	default:
		break;
	}
	static const struct {
		const char *text;
		int kind;
	} ops[] = {{"!=", T_NE},    {"!~", T_NEQUIV}, {"<=", T_LE},    {">=", T_GE},
	           {"(", T_LPAREN}, {")", T_RPAREN},  {"[", T_LBRACK}, {"]", T_RBRACK},
	           {"{", T_LBRACE}, {"}", T_RBRACE},  {".", T_DOT},    {",", T_COMMA},
	           {"+", T_PLUS},   {"-", T_MINUS},   {"*", T_STAR},   {"/", T_SLASH},
	           {"&", T_AMP},    {"|", T_PIPE},    {"=", T_EQ},     {"~", T_EQUIV},
	           {"<", T_LT},     {">", T_GT}};
	/* The first byte picks the candidates (two-byte operators first). */
	for (size_t k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
		if (ops[k].text[0] != s[i])
			continue;
		size_t n = ops[k].text[1] ? 2 : 1;
		if (n == 1 || (i + 1 < len && s[i + 1] == ops[k].text[1])) {
			t->kind = ops[k].kind;
			t->n = n;
			lx->i = i + n;
			return 0;
		}
	}
	return lex_error(lx, i, "unexpected character", err);
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

size_t fp_put_utf8(char *o, unsigned long cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static long read_u4(const char *p, size_t n, size_t i)
{
	if (i + 4 > n)
		return -1;
	long v = 0;
	for (int k = 0; k < 4; k++) {
		int h = hexval(p[i + k]);
		if (h < 0)
			return -1;
		v = v * 16 + h;
	}
	return v;
}

char *fp_unescape(fp_region *r, const char *p, size_t n, size_t *outlen)
{
	/* Escapes never make text longer than its source. */
	char *o = fp_alloc(r, n + 1);
	if (!o)
		return NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] != '\\') {
			o[k++] = p[i];
			continue;
		}
		if (++i >= n)
			return NULL;
		switch (p[i]) {
		case '\'':
		case '"':
		case '`':
		case '\\':
		case '/':
			o[k++] = p[i];
			break;
		case 'f':
			o[k++] = '\f';
			break;
		case 'n':
			o[k++] = '\n';
			break;
		case 'r':
			o[k++] = '\r';
			break;
		case 't':
			o[k++] = '\t';
			break;
		case 'u': {
			long cp = read_u4(p, n, i + 1);
			if (cp < 0)
				return NULL;
			i += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				long lo = (i + 2 < n && p[i + 1] == '\\' && p[i + 2] == 'u')
				                  ? read_u4(p, n, i + 3)
				                  : -1;
				if (lo < 0xDC00 || lo > 0xDFFF)
					return NULL;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				return NULL;
			}
			if (cp == 0)
				return NULL; /* no NUL inside strings */
			k += fp_put_utf8(o + k, (unsigned long)cp);
			break;
		}
		default:
			return NULL;
		}
	}
	o[k] = '\0';
	if (outlen)
		*outlen = k;
	return o;
}
