/*
 * ctgov_json.c - CT.gov API v2 study object -> trial model.
 *
 * The study object is walked through tables that say, for each member we
 * know, what JSON type it must have and where its value goes in tf_trial
 * (or in an item of one of its arrays). One generic walker reads every
 * table, so all fields get the same rules: JSON null and blank strings are
 * absent, unknown members are ignored, a known member of the wrong type
 * rejects the record with the JSON Pointer of that member, a malformed date
 * is dropped with a warning, and every string goes through tf_model_text.
 * Only protocolSection, derivedSection, documentSection and hasResults are
 * read; resultsSection is left to a results reader.
 */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "model/model_int.h"
#include "registry/registry_int.h"
#include "trialfhir/json.h"
#include "util/util.h"

/* No real study comes near this (the largest have a few thousand sites);
 * the cap keeps a hostile record of millions of "{}" from turning into
 * gigabytes of zeroed items. */
#define MAX_ITEMS 100000

typedef enum {
	K_STR,     /* string: enum value, id, name, short text (const char *) */
	K_MD,      /* markdown free text, CT.gov escapes undone (const char *) */
	K_AGE,     /* like K_STR, but "N/A" means no limit (const char *) */
	K_DATE,    /* YYYY[-MM[-DD]], malformed ones dropped (const char *) */
	K_DECIMAL, /* number kept as written (const char *) */
	K_COUNT,   /* non-negative integer (long, -1 when absent) */
	K_FLAG,    /* boolean (tf_flag) */
	K_TOKEN,   /* boolean; when true, token is appended (tf_strv) */
	K_STRV,    /* array of strings (tf_strv) */
	K_OBJ,     /* object whose members fill the struct at off */
	K_LIST     /* array of objects -> arena array of items */
} kind;

typedef struct field {
	const char *key;         /* member name; NULL ends a table */
	kind kind;               /* what the member holds */
	size_t off;              /* target offset in the enclosing struct */
	const struct field *sub; /* K_OBJ, K_LIST: member table */
	size_t item_size;        /* K_LIST: size of one item */
	size_t count_off;        /* K_LIST: offset of the size_t item count */
	const char *token;       /* K_TOKEN: value appended when true */
} field;

/* One-line initialisers read best as a table; keep clang-format from
 * unfolding them. */
/* clang-format off */
#define F(k, kd, T, m)  { .key = (k), .kind = (kd), .off = offsetof(T, m) }
#define OBJ(k, T, m, s) { .key = (k), .kind = K_OBJ, .off = offsetof(T, m), .sub = (s) }
/* A JSON object whose members land directly in the enclosing struct. */
#define FLAT(k, s)      { .key = (k), .kind = K_OBJ, .off = 0, .sub = (s) }
#define LIST(k, T, m, n, IT, s)                                                                    \
	{ .key = (k), .kind = K_LIST, .off = offsetof(T, m), .sub = (s),                           \
	  .item_size = sizeof(IT), .count_off = offsetof(T, n) }
#define TOKEN(k, T, m, tok)                                                                        \
	{ .key = (k), .kind = K_TOKEN, .off = offsetof(T, m), .token = (tok) }
#define END             { .key = NULL }
/* clang-format on */

/* --- item tables (shared by every array of the same item type) --- */

static const field date_fields[] = {
        F("date", K_DATE, tf_date, date),
        F("type", K_STR, tf_date, type),
        END,
};

static const field org_fields[] = {
        F("name", K_STR, tf_org, name),
        F("class", K_STR, tf_org, cls),
        END,
};

/* Central contacts, overall officials and site contacts share one shape. */
static const field person_fields[] = {
        F("name", K_STR, tf_person, name),
        F("role", K_STR, tf_person, role),
        F("affiliation", K_STR, tf_person, affiliation),
        F("phone", K_STR, tf_person, phone),
        F("phoneExt", K_STR, tf_person, phone_ext),
        F("email", K_STR, tf_person, email),
        END,
};

static const field secondary_id_fields[] = {
        F("id", K_STR, tf_secondary_id, id),
        F("type", K_STR, tf_secondary_id, type),
        F("domain", K_STR, tf_secondary_id, domain),
        F("link", K_STR, tf_secondary_id, link),
        END,
};

static const field arm_fields[] = {
        F("label", K_STR, tf_arm, label),
        F("type", K_STR, tf_arm, type),
        F("description", K_MD, tf_arm, description),
        F("interventionNames", K_STRV, tf_arm, interventions),
        END,
};

static const field intervention_fields[] = {
        F("type", K_STR, tf_intervention, type),
        F("name", K_STR, tf_intervention, name),
        F("description", K_MD, tf_intervention, description),
        F("armGroupLabels", K_STRV, tf_intervention, arm_labels),
        F("otherNames", K_STRV, tf_intervention, other_names),
        END,
};

static const field outcome_fields[] = {
        F("measure", K_STR, tf_outcome, measure),
        F("description", K_MD, tf_outcome, description),
        F("timeFrame", K_STR, tf_outcome, time_frame),
        END,
};

static const field geo_fields[] = {
        F("lat", K_DECIMAL, tf_site, lat),
        F("lon", K_DECIMAL, tf_site, lon),
        END,
};

static const field site_fields[] = {
        F("facility", K_STR, tf_site, facility),
        F("status", K_STR, tf_site, status),
        F("city", K_STR, tf_site, city),
        F("state", K_STR, tf_site, state),
        F("zip", K_STR, tf_site, zip),
        F("country", K_STR, tf_site, country),
        LIST("contacts", tf_site, contacts, n_contacts, tf_person, person_fields),
        FLAT("geoPoint", geo_fields),
        END,
};

static const field reference_fields[] = {
        F("pmid", K_STR, tf_reference, pmid),
        F("type", K_STR, tf_reference, type),
        F("citation", K_STR, tf_reference, citation),
        END,
};

static const field link_fields[] = {
        F("label", K_STR, tf_link, label),
        F("url", K_STR, tf_link, url),
        END,
};

static const field avail_ipd_fields[] = {
        F("id", K_STR, tf_avail_ipd, id),
        F("type", K_STR, tf_avail_ipd, type),
        F("url", K_STR, tf_avail_ipd, url),
        F("comment", K_STR, tf_avail_ipd, comment),
        END,
};

static const field large_doc_fields[] = {
        F("typeAbbrev", K_STR, tf_large_doc, type_abbrev),
        F("label", K_STR, tf_large_doc, label),
        F("date", K_DATE, tf_large_doc, date),
        F("uploadDate", K_STR, tf_large_doc, upload_date),
        F("filename", K_STR, tf_large_doc, filename),
        F("size", K_COUNT, tf_large_doc, size),
        END,
};

static const field mesh_fields[] = {
        F("id", K_STR, tf_mesh, id),
        F("term", K_STR, tf_mesh, term),
        END,
};

/* --- protocolSection modules (flattened into tf_trial) --- */

static const field org_study_id_fields[] = {
        F("id", K_STR, tf_trial, org_study_id),
        F("type", K_STR, tf_trial, org_study_id_type),
        F("link", K_STR, tf_trial, org_study_id_link),
        END,
};

static const field organization_fields[] = {
        F("fullName", K_STR, tf_trial, organization),
        F("class", K_STR, tf_trial, organization_class),
        END,
};

/* nctId is read (and required) before the tables are walked. */
static const field identification_fields[] = {
        F("nctIdAliases", K_STRV, tf_trial, nct_aliases),
        FLAT("orgStudyIdInfo", org_study_id_fields),
        LIST("secondaryIdInfos", tf_trial, secondary_ids, n_secondary_ids, tf_secondary_id,
             secondary_id_fields),
        FLAT("organization", organization_fields),
        F("briefTitle", K_STR, tf_trial, brief_title),
        F("officialTitle", K_STR, tf_trial, official_title),
        F("acronym", K_STR, tf_trial, acronym),
        END,
};

static const field expanded_access_fields[] = {
        F("hasExpandedAccess", K_FLAG, tf_trial, has_expanded_access),
        F("nctId", K_STR, tf_trial, expanded_access_nct_id),
        END,
};

static const field status_fields[] = {
        F("statusVerifiedDate", K_DATE, tf_trial, status_verified_date),
        F("overallStatus", K_STR, tf_trial, overall_status),
        F("lastKnownStatus", K_STR, tf_trial, last_known_status),
        F("whyStopped", K_STR, tf_trial, why_stopped),
        FLAT("expandedAccessInfo", expanded_access_fields),
        OBJ("startDateStruct", tf_trial, start_date, date_fields),
        OBJ("primaryCompletionDateStruct", tf_trial, primary_completion_date, date_fields),
        OBJ("completionDateStruct", tf_trial, completion_date, date_fields),
        F("studyFirstSubmitDate", K_DATE, tf_trial, first_submit_date),
        OBJ("studyFirstPostDateStruct", tf_trial, first_post_date, date_fields),
        F("lastUpdateSubmitDate", K_DATE, tf_trial, last_update_submit_date),
        OBJ("lastUpdatePostDateStruct", tf_trial, last_update_post_date, date_fields),
        F("resultsFirstSubmitDate", K_DATE, tf_trial, results_first_submit_date),
        OBJ("resultsFirstPostDateStruct", tf_trial, results_first_post_date, date_fields),
        END,
};

static const field responsible_party_fields[] = {
        F("type", K_STR, tf_responsible_party, type),
        F("investigatorFullName", K_STR, tf_responsible_party, name),
        F("investigatorTitle", K_STR, tf_responsible_party, title),
        F("investigatorAffiliation", K_STR, tf_responsible_party, affiliation),
        F("oldNameTitle", K_STR, tf_responsible_party, old_name),
        END,
};

static const field sponsor_fields[] = {
        OBJ("responsibleParty", tf_trial, responsible_party, responsible_party_fields),
        OBJ("leadSponsor", tf_trial, lead_sponsor, org_fields),
        LIST("collaborators", tf_trial, collaborators, n_collaborators, tf_org, org_fields),
        END,
};

static const field oversight_fields[] = {
        F("oversightHasDmc", K_FLAG, tf_trial, has_dmc),
        F("isFdaRegulatedDrug", K_FLAG, tf_trial, fda_regulated_drug),
        F("isFdaRegulatedDevice", K_FLAG, tf_trial, fda_regulated_device),
        F("isUnapprovedDevice", K_FLAG, tf_trial, unapproved_device),
        F("isUsExport", K_FLAG, tf_trial, is_us_export),
        END,
};

static const field description_fields[] = {
        F("briefSummary", K_MD, tf_trial, brief_summary),
        F("detailedDescription", K_MD, tf_trial, detailed_description),
        END,
};

static const field conditions_fields[] = {
        F("conditions", K_STRV, tf_trial, conditions),
        F("keywords", K_STRV, tf_trial, keywords),
        END,
};

static const field masking_fields[] = {
        F("masking", K_STR, tf_trial, masking),
        F("maskingDescription", K_MD, tf_trial, masking_description),
        F("whoMasked", K_STRV, tf_trial, who_masked),
        END,
};

static const field design_info_fields[] = {
        F("allocation", K_STR, tf_trial, allocation),
        F("interventionModel", K_STR, tf_trial, intervention_model),
        F("interventionModelDescription", K_MD, tf_trial, intervention_model_description),
        F("primaryPurpose", K_STR, tf_trial, primary_purpose),
        F("observationalModel", K_STR, tf_trial, observational_model),
        F("timePerspective", K_STR, tf_trial, time_perspective),
        FLAT("maskingInfo", masking_fields),
        END,
};

static const field biospec_fields[] = {
        F("retention", K_STR, tf_trial, biospec_retention),
        F("description", K_MD, tf_trial, biospec_description),
        END,
};

static const field enrollment_fields[] = {
        F("count", K_COUNT, tf_trial, enrollment),
        F("type", K_STR, tf_trial, enrollment_type),
        END,
};

static const field expanded_access_type_fields[] = {
        TOKEN("individual", tf_trial, expanded_access_types, "INDIVIDUAL"),
        TOKEN("intermediate", tf_trial, expanded_access_types, "INTERMEDIATE"),
        TOKEN("treatment", tf_trial, expanded_access_types, "TREATMENT"),
        END,
};

static const field design_fields[] = {
        F("studyType", K_STR, tf_trial, study_type),
        F("patientRegistry", K_FLAG, tf_trial, patient_registry),
        F("targetDuration", K_STR, tf_trial, target_duration),
        F("phases", K_STRV, tf_trial, phases),
        FLAT("designInfo", design_info_fields),
        FLAT("bioSpec", biospec_fields),
        FLAT("enrollmentInfo", enrollment_fields),
        FLAT("expandedAccessTypes", expanded_access_type_fields),
        END,
};

static const field arms_fields[] = {
        LIST("armGroups", tf_trial, arms, n_arms, tf_arm, arm_fields),
        LIST("interventions", tf_trial, interventions, n_interventions, tf_intervention,
             intervention_fields),
        END,
};

static const field outcomes_fields[] = {
        LIST("primaryOutcomes", tf_trial, primary_outcomes, n_primary_outcomes, tf_outcome,
             outcome_fields),
        LIST("secondaryOutcomes", tf_trial, secondary_outcomes, n_secondary_outcomes, tf_outcome,
             outcome_fields),
        LIST("otherOutcomes", tf_trial, other_outcomes, n_other_outcomes, tf_outcome,
             outcome_fields),
        END,
};

static const field eligibility_fields[] = {
        F("eligibilityCriteria", K_MD, tf_eligibility, criteria),
        F("healthyVolunteers", K_FLAG, tf_eligibility, healthy_volunteers),
        F("sex", K_STR, tf_eligibility, sex),
        F("genderBased", K_FLAG, tf_eligibility, gender_based),
        F("genderDescription", K_MD, tf_eligibility, gender_description),
        F("minimumAge", K_AGE, tf_eligibility, minimum_age),
        F("maximumAge", K_AGE, tf_eligibility, maximum_age),
        F("stdAges", K_STRV, tf_eligibility, std_ages),
        F("studyPopulation", K_MD, tf_eligibility, study_population),
        F("samplingMethod", K_STR, tf_eligibility, sampling_method),
        END,
};

static const field contacts_locations_fields[] = {
        LIST("centralContacts", tf_trial, central_contacts, n_central_contacts, tf_person,
             person_fields),
        LIST("overallOfficials", tf_trial, officials, n_officials, tf_person, person_fields),
        LIST("locations", tf_trial, sites, n_sites, tf_site, site_fields),
        END,
};

static const field references_fields[] = {
        LIST("references", tf_trial, references, n_references, tf_reference, reference_fields),
        LIST("seeAlsoLinks", tf_trial, links, n_links, tf_link, link_fields),
        LIST("availIpds", tf_trial, avail_ipds, n_avail_ipds, tf_avail_ipd, avail_ipd_fields),
        END,
};

static const field ipd_sharing_fields[] = {
        F("ipdSharing", K_STR, tf_ipd_sharing, sharing),
        F("description", K_MD, tf_ipd_sharing, description),
        F("infoTypes", K_STRV, tf_ipd_sharing, info_types),
        F("timeFrame", K_MD, tf_ipd_sharing, time_frame),
        F("accessCriteria", K_MD, tf_ipd_sharing, access_criteria),
        F("url", K_STR, tf_ipd_sharing, url),
        END,
};

static const field protocol_fields[] = {
        FLAT("identificationModule", identification_fields),
        FLAT("statusModule", status_fields),
        FLAT("sponsorCollaboratorsModule", sponsor_fields),
        FLAT("oversightModule", oversight_fields),
        FLAT("descriptionModule", description_fields),
        FLAT("conditionsModule", conditions_fields),
        FLAT("designModule", design_fields),
        FLAT("armsInterventionsModule", arms_fields),
        FLAT("outcomesModule", outcomes_fields),
        OBJ("eligibilityModule", tf_trial, eligibility, eligibility_fields),
        FLAT("contactsLocationsModule", contacts_locations_fields),
        FLAT("referencesModule", references_fields),
        OBJ("ipdSharingStatementModule", tf_trial, ipd_sharing, ipd_sharing_fields),
        END,
};

/* --- derivedSection, documentSection --- */

static const field misc_info_fields[] = {
        F("versionHolder", K_STR, tf_trial, source.version_holder),
        END,
};

static const field condition_browse_fields[] = {
        LIST("meshes", tf_trial, condition_meshes, n_condition_meshes, tf_mesh, mesh_fields),
        END,
};

static const field intervention_browse_fields[] = {
        LIST("meshes", tf_trial, intervention_meshes, n_intervention_meshes, tf_mesh, mesh_fields),
        END,
};

static const field derived_fields[] = {
        FLAT("miscInfoModule", misc_info_fields),
        FLAT("conditionBrowseModule", condition_browse_fields),
        FLAT("interventionBrowseModule", intervention_browse_fields),
        END,
};

static const field large_document_fields[] = {
        LIST("largeDocs", tf_trial, large_docs, n_large_docs, tf_large_doc, large_doc_fields),
        END,
};

static const field document_fields[] = {
        FLAT("largeDocumentModule", large_document_fields),
        END,
};

static const field study_fields[] = {
        FLAT("protocolSection", protocol_fields),
        FLAT("derivedSection", derived_fields),
        FLAT("documentSection", document_fields),
        F("hasResults", K_FLAG, tf_trial, has_results),
        END,
};

/* --- the walker --- */

typedef struct {
	tf_trial *t;
	tf_error *err;
	char ptr[256]; /* JSON Pointer of the member being read */
	size_t len;    /* strlen(ptr) */
} ctx;

/* Appends "/key" or "/index" to the pointer; returns the old length for pop.
 * Our keys are fixed names without '~' or '/', so nothing needs escaping. */
static size_t push(ctx *c, const char *key, size_t index)
{
	size_t old = c->len;
	size_t room = sizeof(c->ptr) - c->len;
	int n = key ? snprintf(c->ptr + c->len, room, "/%s", key)
	            : snprintf(c->ptr + c->len, room, "/%zu", index);
	c->len = n > 0 && (size_t)n < room ? c->len + (size_t)n : sizeof(c->ptr) - 1;
	return old;
}

static void pop(ctx *c, size_t old)
{
	c->len = old;
	c->ptr[old] = '\0';
}

/* Fails the record at the current pointer. */
static int fail(ctx *c, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(ctx *c, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tf_error_vset(c->err, code, fmt, ap);
	va_end(ap);
	if (c->err)
		tf_strlcpy(c->err->pointer, c->ptr, sizeof(c->err->pointer));
	return code;
}

static int nomem(ctx *c)
{
	return fail(c, TF_ENOMEM, "out of memory reading the study");
}

static const char *json_kind(const json_t *v)
{
	/* Decimal nodes are Jansson strings underneath: test them first. */
	if (tf_json_is_decimal(v) || json_is_real(v))
		return "a decimal number";
	switch (json_typeof(v)) {
	case JSON_OBJECT:
		return "an object";
	case JSON_ARRAY:
		return "an array";
	case JSON_STRING:
		return "a string";
	case JSON_INTEGER:
		return "an integer";
	case JSON_TRUE:
	case JSON_FALSE:
		return "a boolean";
	default:
		return "null";
	}
}

static int type_error(ctx *c, const char *expected, const json_t *v)
{
	return fail(c, TF_EINVALID, "expected %s, found %s", expected, json_kind(v));
}

static int is_text(const json_t *v)
{
	return json_is_string(v) && !tf_json_is_decimal(v);
}

/* Reads a string member into *out (NULL when blank). Returns 1 when a value
 * was stored, 0 when blank, or a negative code. */
static int read_string(ctx *c, const json_t *v, int flags, const char **out)
{
	if (!is_text(v))
		return type_error(c, "a string", v);
	int oom;
	*out = tf_model_text(c->t, json_string_value(v), json_string_length(v), flags, &oom);
	if (oom)
		return nomem(c);
	return *out != NULL;
}

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" naming a real month and day. */
static int valid_date(const char *s)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	size_t len = strlen(s);
	if (len != 4 && len != 7 && len != 10)
		return 0;
	int y = digits(s, 4);
	if (y < 0)
		return 0;
	if (len == 4)
		return 1;
	int m = digits(s + 5, 2);
	if (s[4] != '-' || m < 1 || m > 12)
		return 0;
	if (len == 7)
		return 1;
	int d = digits(s + 8, 2);
	int last = mdays[m - 1] + (m == 2 && is_leap(y));
	return s[7] == '-' && d >= 1 && d <= last;
}

static int read_object(ctx *c, const json_t *obj, const field *table, char *base);

static int read_strv(ctx *c, const json_t *v, tf_strv *out)
{
	if (!json_is_array(v))
		return type_error(c, "an array of strings", v);
	size_t n = json_array_size(v);
	if (n > MAX_ITEMS)
		return fail(c, TF_ELIMIT, "array of %zu items is longer than the %d accepted", n,
		            MAX_ITEMS);
	int stored = 0;
	for (size_t i = 0; i < n; i++) {
		const json_t *item = json_array_get(v, i);
		if (json_is_null(item))
			continue;
		size_t old = push(c, NULL, i);
		const char *s;
		int rc = read_string(c, item, 0, &s);
		if (rc < 0)
			return rc;
		pop(c, old);
		if (rc == 0)
			continue;
		if (tf_trial_strv_push(c->t, out, s) < 0)
			return nomem(c);
		stored = 1;
	}
	return stored;
}

static int read_list(ctx *c, const json_t *v, const field *f, char *base)
{
	if (!json_is_array(v))
		return type_error(c, "an array of objects", v);
	size_t n = json_array_size(v);
	if (n == 0)
		return 0;
	if (n > MAX_ITEMS)
		return fail(c, TF_ELIMIT, "array of %zu items is longer than the %d accepted", n,
		            MAX_ITEMS);
	char *items = tf_trial_alloc(c->t, n, f->item_size);
	if (!items)
		return nomem(c);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const json_t *item = json_array_get(v, i);
		if (json_is_null(item))
			continue;
		size_t old = push(c, NULL, i);
		if (!json_is_object(item))
			return type_error(c, "an object", item);
		int rc = read_object(c, item, f->sub, items + k * f->item_size);
		if (rc < 0)
			return rc;
		pop(c, old);
		/* An item with nothing in it ({} or all blank) says nothing:
		 * its slot is reused by the next one. */
		if (rc > 0)
			k++;
	}
	if (k == 0)
		return 0;
	memcpy(base + f->off, &items, sizeof(items));
	memcpy(base + f->count_off, &k, sizeof(k));
	return 1;
}

/* Reads one member; returns 1 when it stored something, 0 when not, or a
 * negative code. The pointer already names the member. */
static int read_member(ctx *c, const json_t *v, const field *f, char *base)
{
	void *dst = base + f->off;
	const char *s = NULL;
	int rc;

	switch (f->kind) {
	case K_STR:
	case K_MD:
	case K_AGE:
		rc = read_string(c, v, f->kind == K_MD ? TF_TEXT_MARKDOWN : 0, &s);
		/* Classic records write "N/A" for "no age limit". */
		if (rc > 0 && f->kind == K_AGE && tf_strcaseeq(s, "N/A"))
			rc = 0, s = NULL;
		if (rc > 0)
			*(const char **)dst = s;
		return rc;
	case K_DATE:
		rc = read_string(c, v, 0, &s);
		if (rc <= 0)
			return rc;
		if (!valid_date(s)) {
			if (tf_trial_warn(c->t,
			                  "%s: dropped malformed date \"%s\" (expected YYYY, "
			                  "YYYY-MM or YYYY-MM-DD)",
			                  c->ptr, s) < 0)
				return nomem(c);
			return 0;
		}
		*(const char **)dst = s;
		return 1;
	case K_DECIMAL: {
		char buf[32];
		const char *text = NULL;
		if (json_is_number(v) || tf_json_is_decimal(v))
			text = tf_json_number_text(v, buf, sizeof(buf));
		if (!text)
			return type_error(c, "a number", v);
		if (!(*(const char **)dst = tf_trial_strdup(c->t, text, (size_t)-1)))
			return nomem(c);
		return 1;
	}
	case K_COUNT: {
		if (!json_is_integer(v))
			return type_error(c, "a non-negative integer", v);
		json_int_t n = json_integer_value(v);
		if (n < 0 || (uintmax_t)n > (uintmax_t)LONG_MAX)
			return fail(c, TF_EINVALID,
			            "expected a non-negative integer, found %" JSON_INTEGER_FORMAT,
			            n);
		*(long *)dst = (long)n;
		return 1;
	}
	case K_FLAG:
		if (!json_is_boolean(v))
			return type_error(c, "a boolean", v);
		*(tf_flag *)dst = json_is_true(v) ? TF_YES : TF_NO;
		return 1;
	case K_TOKEN:
		if (!json_is_boolean(v))
			return type_error(c, "a boolean", v);
		if (json_is_false(v))
			return 0;
		if (tf_trial_strv_push(c->t, dst, f->token) < 0)
			return nomem(c);
		return 1;
	case K_STRV:
		return read_strv(c, v, dst);
	case K_OBJ:
		if (!json_is_object(v))
			return type_error(c, "an object", v);
		return read_object(c, v, f->sub, dst);
	case K_LIST:
		return read_list(c, v, f, base);
	}
	return 0;
}

/* Reads the members of obj named in table into base. Returns how many held
 * a value, or a negative code. */
static int read_object(ctx *c, const json_t *obj, const field *table, char *base)
{
	/* Item structs come zeroed from the arena; give them the model's
	 * "unstated" values before anything is read. */
	for (const field *f = table; f->key; f++) {
		if (f->kind == K_COUNT)
			*(long *)(void *)(base + f->off) = -1;
		else if (f->kind == K_FLAG)
			*(tf_flag *)(void *)(base + f->off) = TF_UNSET;
	}
	int stored = 0;
	for (const field *f = table; f->key; f++) {
		const json_t *v = json_object_get(obj, f->key);
		if (!v || json_is_null(v))
			continue;
		size_t old = push(c, f->key, 0);
		int rc = read_member(c, v, f, base);
		if (rc < 0)
			return rc;
		pop(c, old);
		stored += rc;
	}
	return stored;
}

/* The NCT id is the record's identity: without a valid one there is
 * nothing to convert. The modules on the way, when present, must be
 * objects; when absent, the pointer names the missing nctId itself. */
static int read_nct_id(ctx *c, const json_t *study)
{
	static const char *const path[] = {"protocolSection", "identificationModule", "nctId"};
	const json_t *v = study;
	for (size_t i = 0; i < sizeof(path) / sizeof(path[0]); i++) {
		push(c, path[i], 0);
		v = json_object_get(v, path[i]);
		if (!v || json_is_null(v)) {
			tf_strlcpy(c->ptr, "/protocolSection/identificationModule/nctId",
			           sizeof(c->ptr));
			return fail(c, TF_EINVALID, "missing NCT id");
		}
		if (i + 1 < sizeof(path) / sizeof(path[0]) && !json_is_object(v))
			return type_error(c, "an object", v);
	}
	const char *s;
	int rc = read_string(c, v, 0, &s);
	if (rc < 0)
		return rc;
	if (rc == 0)
		return fail(c, TF_EINVALID, "missing NCT id");
	if (!tf_model_is_nct(s))
		return fail(c, TF_EINVALID,
		            "malformed NCT id \"%.40s\" (expected NCT and 8 digits)", s);
	c->t->nct_id = s;
	pop(c, 0);
	return 0;
}

int tf_ctgov_json_study(const json_t *study, tf_trial *t, tf_error *err)
{
	ctx c = {.t = t, .err = err};
	int rc = read_nct_id(&c, study);
	if (rc < 0)
		return rc;
	rc = read_object(&c, study, study_fields, (char *)t);
	return rc < 0 ? rc : 0;
}
