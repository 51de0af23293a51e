/*
 * parser.c - FHIRPath text to an AST, once per expression. A Pratt parser
 * with the grammar's precedence (lowest first): implies; or xor; and;
 * in contains; = ~ != !~; < > <= >=; |; is as; + - &; * / div mod; unary
 * + -; then . and [] invocations. Function names are resolved here against
 * the function table, with their argument counts, so an unknown function is
 * a compile-time error pointing at its name; type specifiers (is, as,
 * ofType) are resolved against the FHIR type table. Recursion is capped
 * (FP_MAX_PARSE_DEPTH) so that "((((...))))" cannot exhaust the stack.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "fhirpath/fp_int.h"

typedef struct {
	fp_lexer lx;     /* tokens */
	tf_fhirpath *fp; /* expression being built */
	tf_error *err;   /* error out */
	int depth;       /* recursion depth */
} parser;

static int fail(parser *p, uint32_t pos, int code, const char *fmt, ...)
        __attribute__((format(printf, 4, 5)));

static int fail(parser *p, uint32_t pos, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(p->err, code, fmt, ap);
	va_end(ap);
	fp_error_at(p->err, p->fp->text, pos);
	return code;
}

static int advance(parser *p)
{
	return fp_lex_next(&p->lx, p->err);
}

static fp_node *new_node(parser *p, int kind, uint32_t pos)
{
	fp_node *n = fp_alloc(p->fp->mem, sizeof(*n));
	if (n) {
		n->kind = (uint8_t)kind;
		n->pos = pos;
		n->fn = -1;
	}
	return n;
}

static int oom(parser *p)
{
	return fail(p, p->lx.tok.pos, TF_ENOMEM, "out of memory");
}

static int tok_is(const parser *p, const char *word)
{
	const fp_token *t = &p->lx.tok;
	return t->kind == T_IDENT && t->n == strlen(word) && memcmp(t->p, word, t->n) == 0;
}

/* Token text as a NUL-terminated name (unescaped for `delimited`). */
static char *tok_name(parser *p)
{
	const fp_token *t = &p->lx.tok;
	if (t->kind == T_DELIM_IDENT ||
	    (t->kind == T_VAR && t->p > p->fp->text && (t->p[-1] == '`' || t->p[-1] == '\'')))
		return fp_unescape(p->fp->mem, t->p, t->n, NULL);
	return fp_strndup(p->fp->mem, t->p, t->n);
}

static int parse_expr(parser *p, int min_bp, fp_node **out);

/* Binding power and operator of the current token as an infix operator; 0
 * when it is none. */
static int infix_bp(const parser *p, int *op)
{
	switch (p->lx.tok.kind) {
	case T_DOT:
	case T_LBRACK:
		return 12;
	case T_STAR:
		*op = OP_MUL;
		return 10;
	case T_SLASH:
		*op = OP_DIV;
		return 10;
	case T_PLUS:
		*op = OP_PLUS;
		return 9;
	case T_MINUS:
		*op = OP_MINUS;
		return 9;
	case T_AMP:
		*op = OP_CONCAT;
		return 9;
	case T_PIPE:
		*op = OP_UNION;
		return 7;
	case T_LT:
		*op = OP_LT;
		return 6;
	case T_LE:
		*op = OP_LE;
		return 6;
	case T_GT:
		*op = OP_GT;
		return 6;
	case T_GE:
		*op = OP_GE;
		return 6;
	case T_EQ:
		*op = OP_EQ;
		return 5;
	case T_NE:
		*op = OP_NE;
		return 5;
	case T_EQUIV:
		*op = OP_EQUIV;
		return 5;
	case T_NEQUIV:
		*op = OP_NEQUIV;
		return 5;
	case T_IDENT:
		break;
	default:
		return 0;
	}
	static const struct {
		const char *word;
		int op, bp;
	} words[] = {{"div", OP_IDIV, 10}, {"mod", OP_MOD, 10},
	             {"is", 0, 8},         {"as", 0, 8},
	             {"in", OP_IN, 4},     {"contains", OP_CONTAINS, 4},
	             {"and", OP_AND, 3},   {"or", OP_OR, 2},
	             {"xor", OP_XOR, 2},   {"implies", OP_IMPLIES, 1}};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (tok_is(p, words[i].word)) {
			*op = words[i].op;
			return words[i].bp;
		}
	return 0;
}

static int set_tspec(parser *p, fp_node *n, const char *name, uint32_t pos)
{
	if (fp_tspec_resolve(name, &n->tspec) < 0)
		return fail(p, pos, TF_EINVALID, "unknown type '%s'", name);
	n->has_tspec = 1;
	return 0;
}

/* typeSpecifier after is/as: Name, or FHIR.Name / System.Name. */
static int parse_type_name(parser *p, char **out, uint32_t *pos)
{
	int k = p->lx.tok.kind;
	if (k != T_IDENT && k != T_DELIM_IDENT)
		return fail(p, p->lx.tok.pos, TF_EPARSE, "type name expected");
	*pos = p->lx.tok.pos;
	char *name = tok_name(p);
	if (!name)
		return oom(p);
	int rc = advance(p);
	if (rc < 0)
		return rc;
	if ((strcmp(name, "FHIR") == 0 || strcmp(name, "System") == 0) && p->lx.tok.kind == T_DOT) {
		if ((rc = advance(p)) < 0)
			return rc;
		k = p->lx.tok.kind;
		if (k != T_IDENT && k != T_DELIM_IDENT)
			return fail(p, p->lx.tok.pos, TF_EPARSE, "type name expected");
		char *second = tok_name(p);
		if (!second)
			return oom(p);
		size_t l1 = strlen(name), l2 = strlen(second);
		char *full = fp_alloc(p->fp->mem, l1 + l2 + 2);
		if (!full)
			return oom(p);
		memcpy(full, name, l1);
		full[l1] = '.';
		memcpy(full + l1 + 1, second, l2 + 1);
		name = full;
		if ((rc = advance(p)) < 0)
			return rc;
	}
	*out = name;
	return 0;
}

/* A member name as the type table's copy when an element has it (element
 * lookups then match it by address), else as written. */
static const char *canon(const char *name)
{
	const char *k = fp_name_canon(name);
	return k ? k : name;
}

/* An argument written as a type: Name or FHIR.Name as an expression. */
static const char *arg_type_name(parser *p, const fp_node *a)
{
	if (a->kind == N_IDENT)
		return a->name;
	if (a->kind == N_MEMBER && a->a && a->a->kind == N_IDENT &&
	    (strcmp(a->a->name, "FHIR") == 0 || strcmp(a->a->name, "System") == 0)) {
		size_t l1 = strlen(a->a->name), l2 = strlen(a->name);
		char *full = fp_alloc(p->fp->mem, l1 + l2 + 2);
		if (!full)
			return NULL;
		memcpy(full, a->a->name, l1);
		full[l1] = '.';
		memcpy(full + l1 + 1, a->name, l2 + 1);
		return full;
	}
	return NULL;
}

/* name '(' args ')' with the current token at '('. */
static int parse_call(parser *p, fp_node *target, const char *name, uint32_t pos, fp_node **out)
{
	int fn = fp_function_find(name, strlen(name));
	if (fn < 0)
		return fail(p, pos, TF_EINVALID, "unknown function '%s'", name);
	fp_node *n = new_node(p, N_FUNC, pos);
	fp_node *args[FP_MAX_ARGS];
	if (!n)
		return oom(p);
	n->a = target;
	n->name = name;
	n->fn = (int16_t)fn;
	int rc = advance(p);
	if (rc < 0)
		return rc;
	int nargs = 0;
	if (p->lx.tok.kind != T_RPAREN) {
		for (;;) {
			if (nargs == FP_MAX_ARGS)
				return fail(p, p->lx.tok.pos, TF_ELIMIT, "too many arguments");
			if ((rc = parse_expr(p, 0, &args[nargs])) < 0)
				return rc;
			nargs++;
			if (p->lx.tok.kind == T_COMMA) {
				if ((rc = advance(p)) < 0)
					return rc;
				continue;
			}
			break;
		}
	}
	if (p->lx.tok.kind != T_RPAREN)
		return fail(p, p->lx.tok.pos, TF_EPARSE, "')' expected");
	if ((rc = advance(p)) < 0)
		return rc;
	const fp_fn *f = &fp_functions[fn];
	if (nargs < f->min || nargs > f->max) {
		if (f->min == f->max)
			return fail(p, pos, TF_EINVALID,
			            "function '%s' takes %d argument%s, not %d", name, f->min,
			            f->min == 1 ? "" : "s", nargs);
		return fail(p, pos, TF_EINVALID, "function '%s' takes %d to %d arguments, not %d",
		            name, f->min, f->max, nargs);
	}
	n->nargs = (uint8_t)nargs;
	if (nargs) {
		n->args = fp_alloc(p->fp->mem, (size_t)nargs * sizeof(fp_node *));
		if (!n->args)
			return oom(p);
		memcpy(n->args, args, (size_t)nargs * sizeof(fp_node *));
	}
	if (f->argmode == FA_TYPE) {
		const char *tn = arg_type_name(p, args[0]);
		if (!tn)
			return fail(p, args[0]->pos, TF_EINVALID, "'%s' expects a type name", name);
		if ((rc = set_tspec(p, n, tn, args[0]->pos)) < 0)
			return rc;
	}
	*out = n;
	return 0;
}

static int parse_number(parser *p, fp_node **out)
{
	const fp_token *t = &p->lx.tok;
	fp_node *n = new_node(p, N_LIT, t->pos);
	if (!n)
		return oom(p);
	char buf[64];
	if (t->kind == T_DEC) {
		char *lex = fp_strndup(p->fp->mem, t->p, t->n);
		if (!lex)
			return oom(p);
		if (fp_dec_parse(t->p, t->n, &n->lit.v.d) < 0)
			return fail(p, t->pos, TF_EPARSE, "malformed number");
		n->lit.v.d.lex = lex;
		n->lit.kind = FP_DEC;
	} else {
		if (t->n >= sizeof(buf))
			return fail(p, t->pos, TF_EPARSE, "integer literal too large");
		memcpy(buf, t->p, t->n);
		buf[t->n] = '\0';
		errno = 0;
		char *end;
		long long v = strtoll(buf, &end, 10);
		if (errno || *end)
			return fail(p, t->pos, TF_EPARSE, "integer literal too large");
		n->lit.kind = FP_INT;
		n->lit.v.i = v;
	}
	int rc = advance(p);
	if (rc < 0)
		return rc;
	/* A unit makes it a Quantity: 4 'mg', 7 days. */
	const fp_token *u = &p->lx.tok;
	const char *cal = u->kind == T_IDENT ? fp_calendar_unit(u->p, u->n) : NULL;
	if (u->kind == T_STRING || cal) {
		fp_qty q;
		memset(&q, 0, sizeof(q));
		if (n->lit.kind == FP_INT)
			q.value = fp_dec_make((double)n->lit.v.i, 0);
		else
			q.value = n->lit.v.d;
		if (cal) {
			q.unit = fp_strndup(p->fp->mem, u->p, u->n);
			q.calendar = 1;
		} else {
			q.unit = fp_unescape(p->fp->mem, u->p, u->n, NULL);
			if (!q.unit)
				return fail(p, u->pos, TF_EPARSE, "malformed unit string");
			/* A quoted calendar word ('month') is a UCUM code in
			 * form; keep it quoted, quantity.c knows it. */
		}
		if (!q.unit)
			return oom(p);
		n->lit.kind = FP_QTY;
		n->lit.v.q = q;
		if ((rc = advance(p)) < 0)
			return rc;
	}
	*out = n;
	return 0;
}

static int parse_term(parser *p, fp_node **out)
{
	const fp_token *t = &p->lx.tok;
	uint32_t pos = t->pos;
	fp_node *n;
	int rc;
	switch (t->kind) {
	case T_INT:
	case T_DEC:
	case T_LONG:
		return parse_number(p, out);
	case T_STRING: {
		n = new_node(p, N_LIT, pos);
		if (!n)
			return oom(p);
		size_t len;
		char *s = fp_unescape(p->fp->mem, t->p, t->n, &len);
		if (!s)
			return fail(p, pos, TF_EPARSE, "malformed escape in string");
		if (!tf_utf8_valid(s, len))
			return fail(p, pos, TF_EPARSE, "string is not valid UTF-8");
		n->lit.kind = FP_STR;
		n->lit.v.s.p = s;
		n->lit.v.s.n = len;
		break;
	}
	case T_DATE:
	case T_DATETIME:
	case T_TIME: {
		n = new_node(p, N_LIT, pos);
		if (!n)
			return oom(p);
		int kind;
		if (fp_dt_parse_literal(t->p, t->n, &kind, &n->lit.v.dt) < 0)
			return fail(p, pos, TF_EPARSE, "invalid date/time literal '@%.*s'",
			            (int)t->n, t->p);
		n->lit.kind = (uint8_t)kind;
		break;
	}
	case T_VAR:
		n = new_node(p, N_VAR, pos);
		if (!n || !(n->name = tok_name(p)))
			return oom(p);
		break;
	case T_DOLLAR:
		if (t->n == 4 && memcmp(t->p, "this", 4) == 0)
			n = new_node(p, N_THIS, pos);
		else if (t->n == 5 && memcmp(t->p, "index", 5) == 0)
			n = new_node(p, N_INDEXV, pos);
		else if (t->n == 5 && memcmp(t->p, "total", 5) == 0)
			n = new_node(p, N_TOTAL, pos);
		else
			return fail(p, pos, TF_EPARSE, "unknown special variable '$%.*s'",
			            (int)t->n, t->p);
		if (!n)
			return oom(p);
		break;
	case T_LPAREN:
		if ((rc = advance(p)) < 0 || (rc = parse_expr(p, 0, out)) < 0)
			return rc;
		if (p->lx.tok.kind != T_RPAREN)
			return fail(p, p->lx.tok.pos, TF_EPARSE, "')' expected");
		return advance(p);
	case T_LBRACE:
		if ((rc = advance(p)) < 0)
			return rc;
		if (p->lx.tok.kind != T_RBRACE)
			return fail(p, p->lx.tok.pos, TF_EPARSE,
			            "'}' expected (only {} is allowed)");
		if (!(n = new_node(p, N_EMPTY, pos)))
			return oom(p);
		break;
	case T_MINUS:
	case T_PLUS: {
		int neg = t->kind == T_MINUS;
		if ((rc = advance(p)) < 0)
			return rc;
		fp_node *operand;
		/* Polarity binds tighter than * and looser than invocation:
		 * -1.convertsToInteger() negates the boolean (an error). */
		if ((rc = parse_expr(p, 10, &operand)) < 0)
			return rc;
		if (!(n = new_node(p, neg ? N_NEG : N_POS, pos)))
			return oom(p);
		n->a = operand;
		*out = n;
		return 0;
	}
	case T_IDENT:
	case T_DELIM_IDENT: {
		int delim = t->kind == T_DELIM_IDENT;
		if (!delim && (tok_is(p, "true") || tok_is(p, "false"))) {
			if (!(n = new_node(p, N_LIT, pos)))
				return oom(p);
			n->lit.kind = FP_BOOL;
			n->lit.v.b = tok_is(p, "true");
			break;
		}
		char *name = tok_name(p);
		if (!name)
			return oom(p);
		if ((rc = advance(p)) < 0)
			return rc;
		if (p->lx.tok.kind == T_LPAREN)
			return parse_call(p, NULL, name, pos, out);
		if (!(n = new_node(p, N_IDENT, pos)))
			return oom(p);
		n->name = canon(name);
		*out = n;
		return 0;
	}
	case T_EOF:
		return fail(p, pos, TF_EPARSE, "unexpected end of expression");
	default:
		return fail(p, pos, TF_EPARSE, "unexpected '%.*s'", (int)t->n, t->p);
	}
	*out = n;
	return advance(p);
}

static int parse_expr(parser *p, int min_bp, fp_node **out)
{
	if (++p->depth > FP_MAX_PARSE_DEPTH)
		return fail(p, p->lx.tok.pos, TF_ELIMIT, "expression nested too deeply");
	fp_node *left;
	int rc = parse_term(p, &left);
	while (rc == 0) {
		int op = 0;
		int bp = infix_bp(p, &op);
		if (bp == 0 || bp <= min_bp)
			break;
		uint32_t pos = p->lx.tok.pos;
		int kind = p->lx.tok.kind;
		int is_word = tok_is(p, "is"), as_word = tok_is(p, "as");
		if ((rc = advance(p)) < 0)
			break;
		if (kind == T_DOT) {
			int k = p->lx.tok.kind;
			uint32_t npos = p->lx.tok.pos;
			if (k != T_IDENT && k != T_DELIM_IDENT) {
				rc = fail(p, npos, TF_EPARSE, "name expected after '.'");
				break;
			}
			char *name = tok_name(p);
			if (!name) {
				rc = oom(p);
				break;
			}
			if ((rc = advance(p)) < 0)
				break;
			if (p->lx.tok.kind == T_LPAREN) {
				rc = parse_call(p, left, name, npos, &left);
				continue;
			}
			fp_node *m = new_node(p, N_MEMBER, npos);
			if (!m) {
				rc = oom(p);
				break;
			}
			m->a = left;
			m->name = canon(name);
			left = m;
		} else if (kind == T_LBRACK) {
			fp_node *idx;
			if ((rc = parse_expr(p, 0, &idx)) < 0)
				break;
			if (p->lx.tok.kind != T_RBRACK) {
				rc = fail(p, p->lx.tok.pos, TF_EPARSE, "']' expected");
				break;
			}
			if ((rc = advance(p)) < 0)
				break;
			fp_node *m = new_node(p, N_INDEX, pos);
			if (!m) {
				rc = oom(p);
				break;
			}
			m->a = left;
			m->b = idx;
			left = m;
		} else if (is_word || as_word) {
			char *tn = NULL;
			uint32_t tpos = 0;
			if ((rc = parse_type_name(p, &tn, &tpos)) < 0)
				break;
			fp_node *m = new_node(p, is_word ? N_IS : N_AS, pos);
			if (!m) {
				rc = oom(p);
				break;
			}
			m->a = left;
			m->name = tn;
			if ((rc = set_tspec(p, m, tn, tpos)) < 0)
				break;
			left = m;
		} else {
			fp_node *right;
			if ((rc = parse_expr(p, bp, &right)) < 0)
				break;
			fp_node *m = new_node(p, N_BIN, pos);
			if (!m) {
				rc = oom(p);
				break;
			}
			m->op = (uint8_t)op;
			m->a = left;
			m->b = right;
			left = m;
		}
	}
	p->depth--;
	if (rc == 0)
		*out = left;
	return rc;
}

int fp_parse(tf_fhirpath *fp, tf_error *err)
{
	parser p;
	memset(&p, 0, sizeof(p));
	p.fp = fp;
	p.err = err;
	p.lx.s = fp->text;
	p.lx.len = strlen(fp->text);
	int rc = advance(&p);
	if (rc < 0)
		return rc;
	if (p.lx.tok.kind == T_EOF)
		return fail(&p, 0, TF_EPARSE, "empty expression");
	if ((rc = parse_expr(&p, 0, &fp->root)) < 0)
		return rc;
	if (p.lx.tok.kind != T_EOF)
		return fail(&p, p.lx.tok.pos, TF_EPARSE, "unexpected '%.*s'", (int)p.lx.tok.n,
		            p.lx.tok.p);
	return 0;
}
