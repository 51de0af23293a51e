/*
 * fhirpath.c - writes the FHIRPath condition of a criterion from its tests.
 *
 * The expression is evaluated on the patient context of DESIGN.md: %context
 * is a collection Bundle holding the Patient and the resources the
 * criteria ask for, %patient is the Patient. It is true when the
 * criterion's statement holds, false when it does not, and empty when the
 * data is missing, so that evaluators can say met / not-met / unknown:
 *
 * - Measurements and scores look at the newest Observation with one of the
 *   codes whose status is final, amended or corrected. "Newest" is
 *   .first(): the context lists resources newest first (DESIGN.md; R4's
 *   FHIRPath has no sort). No such Observation gives empty.
 * - A threshold in UCUM units is a Quantity comparison, which UCUM-aware
 *   engines convert (10*9/L against /mm3); a multiple of the upper limit
 *   of normal compares against the Observation's own referenceRange.high;
 *   scores compare the bare number (valueInteger, or a Quantity's value).
 * - Per-sex thresholds choose by %patient.gender with iif(); a gender that
 *   is neither male nor female gives empty.
 * - Age compares %patient.birthDate with today() minus whole years (or
 *   months...), so "age 18-65" holds from the 18th birthday up to the day
 *   before the 66th; the evaluator fixes today() to its as-of date.
 * - Diagnoses, drugs, procedures and allergies are looked up in the
 *   context: a match gives true, no match false -- but only when the
 *   context holds at least one resource of that type, since a record with
 *   no Condition at all says nothing about conditions (empty then).
 * - Negation is .not(), which keeps empty empty; tests combine with FHIRPath
 *   "and"/"or", whose three-valued logic does the rest.
 */
#include <stdlib.h>
#include <string.h>
#include "eligibility/eligibility.h"

static const char *duration_word(const char *ucum)
{
	if (!ucum)
		return NULL;
	if (strcmp(ucum, "a") == 0)
		return "years";
	if (strcmp(ucum, "mo") == 0)
		return "months";
	if (strcmp(ucum, "wk") == 0)
		return "weeks";
	if (strcmp(ucum, "d") == 0)
		return "days";
	if (strcmp(ucum, "h") == 0)
		return "hours";
	if (strcmp(ucum, "min") == 0)
		return "minutes";
	return NULL;
}

static const char *op_of(int cmp)
{
	switch (cmp) {
	case EL_CMP_GT:
		return ">";
	case EL_CMP_LT:
		return "<";
	case EL_CMP_GE:
		return ">=";
	case EL_CMP_LE:
		return "<=";
	default:
		return "=";
	}
}

/* A FHIRPath string literal (escapes ' and \). */
static void put_lit(tf_buf *b, const char *s)
{
	tf_buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			tf_buf_putc(b, '\\');
		tf_buf_putc(b, *s);
	}
	tf_buf_putc(b, '\'');
}

/* code.coding.where(...).exists() over the concept's codes, grouped by
 * system; ICD-10-CM codes ending in '*' match by prefix. */
static void put_codes(tf_buf *b, const char *path, const el_concept *c)
{
	tf_buf_printf(b, "%s.coding.where(", path);
	int first_sys = 1;
	for (size_t i = 0; i < c->ncodes; i++) {
		const char *sys = c->codes[i].system;
		int seen = 0;
		for (size_t k = 0; k < i; k++)
			if (strcmp(c->codes[k].system, sys) == 0)
				seen = 1;
		if (seen)
			continue;
		if (!first_sys)
			tf_buf_puts(b, " or ");
		first_sys = 0;
		tf_buf_puts(b, "(system = ");
		put_lit(b, sys);
		tf_buf_puts(b, " and (");
		int first = 1;
		for (size_t k = i; k < c->ncodes; k++) {
			if (strcmp(c->codes[k].system, sys) != 0)
				continue;
			if (!first)
				tf_buf_puts(b, " or ");
			first = 0;
			const char *code = c->codes[k].code;
			size_t n = strlen(code);
			if (n > 1 && code[n - 1] == '*') {
				char pre[32];
				tf_strlcpy(pre, code, n < sizeof(pre) ? n : sizeof(pre));
				tf_buf_puts(b, "code.startsWith(");
				put_lit(b, pre);
				tf_buf_putc(b, ')');
			} else {
				tf_buf_puts(b, "code = ");
				put_lit(b, code);
			}
		}
		tf_buf_puts(b, "))");
	}
	tf_buf_puts(b, ").exists()");
}

/* "<date> >= today() - N unit" for the window of t. */
static void put_since(tf_buf *b, const el_test *t, const char *date_expr)
{
	const char *w = duration_word(t->window_unit);
	tf_buf_printf(b, "%s >= today() - %s %s", date_expr, t->window, w ? w : "days");
}

/* " and " + put_since when t has a window. */
static void put_window(tf_buf *b, const el_test *t, const char *date_expr)
{
	if (!t->window[0])
		return;
	tf_buf_puts(b, " and ");
	put_since(b, t, date_expr);
}

/* One threshold on the Observation in focus. */
static void put_filter(tf_buf *b, const el_test *t, const el_filter *f)
{
	const char *op = op_of(f->cmp);
	if (t->kind == EL_K_SCORE || !f->unit) {
		tf_buf_printf(b,
		              "(value.ofType(Quantity).value | value.ofType(integer) | "
		              "value.ofType(decimal)).first() %s %s",
		              op, f->value);
	} else if (strcmp(f->unit, "{ULN}") == 0 || strcmp(f->unit, "{LLN}") == 0) {
		const char *lim = strcmp(f->unit, "{ULN}") == 0 ? "high" : "low";
		tf_buf_printf(b,
		              "value.ofType(Quantity) %s "
		              "referenceRange.where(%s.exists()).first().%s * %s",
		              op, lim, lim, f->value);
	} else {
		tf_buf_printf(b, "value.ofType(Quantity) %s %s ", op, f->value);
		put_lit(b, f->unit);
	}
}

/* The filters of t with sex scope `sex` joined by "and". */
static int put_filters_for(tf_buf *b, const el_test *t, int sex)
{
	int n = 0;
	for (size_t k = 0; k < t->nf; k++) {
		if (t->f[k].sex != sex)
			continue;
		if (n++)
			tf_buf_puts(b, " and ");
		put_filter(b, t, &t->f[k]);
	}
	return n;
}

static void put_observation(tf_buf *b, const el_test *t)
{
	tf_buf_puts(b, "%context.entry.resource.ofType(Observation).where(");
	put_codes(b, "code", t->concept);
	tf_buf_puts(b, " and status in ('final' | 'amended' | 'corrected')");
	put_window(b, t, "effective.ofType(dateTime)");
	tf_buf_puts(b, ").first()");
	int sexed = 0;
	for (size_t k = 0; k < t->nf; k++)
		sexed |= t->f[k].sex != 0;
	if (!sexed && t->nf == 1 && t->kind == EL_K_MEASUREMENT && t->f[0].unit &&
	    t->f[0].unit[0] != '{') {
		/* the plain shape of DESIGN.md: ...first().value < 50 '10*9/L' */
		tf_buf_puts(b, ".");
		put_filter(b, t, &t->f[0]);
		return;
	}
	tf_buf_puts(b, ".select(");
	int n = 0;
	for (size_t k = 0; k < t->nf; k++)
		if (!t->f[k].sex)
			n = 1;
	if (n)
		put_filters_for(b, t, 0);
	if (sexed) {
		if (n)
			tf_buf_puts(b, " and ");
		tf_buf_puts(b, "iif(%patient.gender = 'male', ");
		if (!put_filters_for(b, t, 1))
			tf_buf_puts(b, "{}");
		tf_buf_puts(b, ", iif(%patient.gender = 'female', ");
		if (!put_filters_for(b, t, 2))
			tf_buf_puts(b, "{}");
		tf_buf_puts(b, ", {}))");
	}
	tf_buf_puts(b, ")");
}

/* Age from birthDate: whole units completed by today(). */
static void put_age(tf_buf *b, const el_test *t)
{
	for (size_t k = 0; k < t->nf; k++) {
		const el_filter *f = &t->f[k];
		const char *w = duration_word(f->unit);
		long v = strtol(f->value, NULL, 10);
		if (k)
			tf_buf_puts(b, " and ");
		switch (f->cmp) {
		case EL_CMP_GE:
			tf_buf_printf(b, "%%patient.birthDate <= today() - %ld %s", v, w);
			break;
		case EL_CMP_GT:
			tf_buf_printf(b, "%%patient.birthDate <= today() - %ld %s", v + 1, w);
			break;
		case EL_CMP_LE:
			tf_buf_printf(b, "%%patient.birthDate > today() - %ld %s", v + 1, w);
			break;
		case EL_CMP_LT:
			tf_buf_printf(b, "%%patient.birthDate > today() - %ld %s", v, w);
			break;
		default:
			tf_buf_printf(b,
			              "%%patient.birthDate <= today() - %ld %s and "
			              "%%patient.birthDate > today() - %ld %s",
			              v, w, v + 1, w);
		}
	}
}

/* exists() over resources of a type, empty when the context has none. */
static void put_exists(tf_buf *b, const char *source, const char *where)
{
	tf_buf_printf(b, "iif(%s.exists(), %s.where(%s).exists(), {})", source, source, where);
}

/* A finding recorded as a Condition or as the coded value of the newest
 * Observation with one of its observation codes: true when either says
 * so, false when the record has Conditions or such an Observation and
 * neither says so, empty when it has neither. where is the Condition
 * filter. */
static void put_finding(tf_buf *b, const el_test *t, const char *where)
{
	const el_concept *c = t->concept;
	el_concept oc;
	memset(&oc, 0, sizeof(oc));
	oc.codes = c->obs_codes;
	oc.ncodes = c->nobs;
	tf_buf obs = TF_BUF_INIT;
	tf_buf_puts(&obs, "%context.entry.resource.ofType(Observation).where(");
	put_codes(&obs, "code", &oc);
	tf_buf_puts(&obs, " and status in ('final' | 'amended' | 'corrected')");
	put_window(&obs, t, "effective.ofType(dateTime)");
	tf_buf_puts(&obs, ")");
	const char *cond = "%context.entry.resource.ofType(Condition)";
	const char *o = obs.ptr ? obs.ptr : "{}";
	tf_buf_puts(b, "iif(");
	if (c->ncodes)
		tf_buf_printf(b, "%s.exists() or ", cond);
	tf_buf_printf(b, "%s.exists(), ", o);
	if (c->ncodes)
		tf_buf_printf(b, "%s.where(%s).exists() or ", cond, where);
	tf_buf_printf(b, "%s.first().where(", o);
	oc.codes = c->value_codes;
	oc.ncodes = c->nvalues;
	put_codes(b, "value.ofType(CodeableConcept)", &oc);
	tf_buf_puts(b, ").exists(), {})");
	if (obs.oom)
		b->oom = 1;
	tf_buf_free(&obs);
}

static void put_event(tf_buf *b, const el_test *t)
{
	tf_buf w = TF_BUF_INIT;
	const el_concept *c = t->concept;
	switch (t->kind) {
	case EL_K_CONDITION:
	case EL_K_PREGNANCY:
	case EL_K_BREASTFEEDING:
		put_codes(&w, "code", c);
		tf_buf_puts(&w, " and verificationStatus.coding.where(code = 'refuted' or code = "
		                "'entered-in-error').exists().not()");
		if (t->status == 1)
			tf_buf_puts(&w,
			            " and clinicalStatus.coding.where(code = 'active' or code = "
			            "'recurrence' or code = 'relapse').exists()");
		else if (t->status == 0)
			tf_buf_puts(&w,
			            " and clinicalStatus.coding.where(code = 'inactive' or code = "
			            "'remission' or code = 'resolved').exists().not()");
		put_window(&w, t, "(onset.ofType(dateTime) | recordedDate).first()");
		/* pregnancy and breastfeeding are for women only: false for a man
		 * whatever the record holds */
		if (t->kind != EL_K_CONDITION)
			tf_buf_puts(b, "iif(%patient.gender = 'male', false, ");
		if (c->nobs && c->nvalues)
			put_finding(b, t, w.ptr);
		else
			put_exists(b, "%context.entry.resource.ofType(Condition)", w.ptr);
		if (t->kind != EL_K_CONDITION)
			tf_buf_putc(b, ')');
		break;
	case EL_K_MEDICATION:
		put_codes(&w, "medication.ofType(CodeableConcept)", c);
		if (t->status == 1 && !t->window[0]) {
			tf_buf_puts(&w, " and status = 'active'");
		} else {
			tf_buf_puts(&w, " and status in ('active' | 'completed' | 'on-hold' | "
			                "'stopped' | 'intended')");
			if (t->window[0]) {
				/* still taken, or taken within the window */
				tf_buf_puts(&w, " and (status = 'active' or ");
				put_since(&w, t,
				          "(effective.ofType(dateTime) | "
				          "effective.ofType(Period).end | "
				          "authoredOn).first()");
				tf_buf_puts(&w, ")");
			}
		}
		put_exists(b,
		           "(%context.entry.resource.ofType(MedicationStatement) | "
		           "%context.entry.resource.ofType(MedicationRequest))",
		           w.ptr);
		break;
	case EL_K_PROCEDURE:
		put_codes(&w, "code", c);
		/* "concurrent radiotherapy" is one under way, not one ever done */
		tf_buf_puts(&w, t->status == 1 ? " and status = 'in-progress'"
		                               : " and status in ('completed' | 'in-progress')");
		put_window(&w, t,
		           "(performed.ofType(dateTime) | performed.ofType(Period).end | "
		           "performed.ofType(Period).start).first()");
		put_exists(b, "%context.entry.resource.ofType(Procedure)", w.ptr);
		break;
	case EL_K_ALLERGY:
		put_codes(&w, "code", c);
		tf_buf_puts(&w,
		            " and verificationStatus.coding.where(code = 'refuted' or code = "
		            "'entered-in-error').exists().not() and clinicalStatus.coding.where("
		            "code = 'inactive' or code = 'resolved').exists().not()");
		put_exists(b, "%context.entry.resource.ofType(AllergyIntolerance)", w.ptr);
		break;
	default:
		tf_buf_puts(b, "{}");
	}
	if (w.oom)
		b->oom = 1;
	tf_buf_free(&w);
}

int el_fhirpath_test(const el_test *t, tf_buf *b)
{
	if (t->negated)
		tf_buf_putc(b, '(');
	switch (t->kind) {
	case EL_K_MEASUREMENT:
	case EL_K_SCORE:
		put_observation(b, t);
		break;
	case EL_K_AGE:
		put_age(b, t);
		break;
	case EL_K_SEX:
		if (t->sex_code == 3)
			tf_buf_puts(b, "(%patient.gender = 'male' or %patient.gender = 'female')");
		else
			tf_buf_printf(b, "%%patient.gender = '%s'",
			              t->sex_code == 1 ? "male" : "female");
		break;
	default:
		put_event(b, t);
	}
	if (t->negated)
		tf_buf_puts(b, ").not()");
	return b->oom ? TF_ENOMEM : 0;
}

int el_fhirpath(const el_result *r, tf_buf *b)
{
	if (r->requirement[0]) {
		/* "A with <something not read>": false when A does not hold,
		 * else unknown, whichever the section */
		tf_buf_putc(b, '(');
		el_result inner = *r;
		inner.requirement[0] = '\0';
		el_fhirpath(&inner, b);
		tf_buf_puts(b, ") and {}");
		return b->oom ? TF_ENOMEM : 0;
	}
	if (r->exception[0]) {
		/* "A, unless <something not read>" in an exclusion: A and not
		 * E, with E unknown -- false when A does not hold, else
		 * unknown; in an inclusion the exception lets more patients
		 * in: A or E */
		tf_buf_putc(b, '(');
		el_result inner = *r;
		inner.exception[0] = '\0';
		el_fhirpath(&inner, b);
		tf_buf_puts(b, r->exception_narrows ? ") and {}" : ") or {}");
		return b->oom ? TF_ENOMEM : 0;
	}
	if (r->unknown[0]) {
		/* "A or <something not read>": true when A holds, else unknown */
		tf_buf_putc(b, '(');
		el_result inner = *r;
		inner.unknown[0] = '\0';
		el_fhirpath(&inner, b);
		tf_buf_puts(b, ") or {}");
		return b->oom ? TF_ENOMEM : 0;
	}
	int maxg = 0;
	for (size_t k = 0; k < r->ntests; k++)
		if (r->tests[k].group > maxg)
			maxg = r->tests[k].group;
	int ngroups = 0;
	for (int g = 1; g <= maxg; g++) {
		size_t n = 0;
		for (size_t k = 0; k < r->ntests; k++)
			n += r->tests[k].group == g;
		if (!n)
			continue;
		if (ngroups++)
			tf_buf_puts(b, " and ");
		int paren = n > 1 || r->ntests > 1;
		if (paren)
			tf_buf_putc(b, '(');
		size_t m = 0;
		for (size_t k = 0; k < r->ntests; k++) {
			if (r->tests[k].group != g)
				continue;
			if (m++)
				tf_buf_puts(b, ") or (");
			else if (n > 1)
				tf_buf_putc(b, '(');
			el_fhirpath_test(&r->tests[k], b);
		}
		if (n > 1)
			tf_buf_putc(b, ')');
		if (paren)
			tf_buf_putc(b, ')');
	}
	return b->oom ? TF_ENOMEM : 0;
}
