/*
 * trialfhir/common.h - error codes, the caller-owned error struct, and the
 * export macro shared by every public header.
 */
#ifndef TRIALFHIR_COMMON_H
#define TRIALFHIR_COMMON_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(TF_BUILDING_LIBRARY)
#define TF_EXTERN __attribute__((visibility("default")))
#else
#define TF_EXTERN
#endif

#define TF_VERSION_STRING "0.1.0"

/*
 * Return codes. Functions return 0 on success and one of these negative
 * codes on failure; details go into an optional tf_error.
 * TF_ITEROVER (positive) ends an iteration.
 */
enum {
	TF_OK = 0,
	TF_ITEROVER = 1,     /* no more items: not an error */
	TF_ERROR = -1,       /* generic failure */
	TF_ENOMEM = -2,      /* allocation failed */
	TF_EINVAL = -3,      /* bad argument or option from the caller */
	TF_EPARSE = -4,      /* input is not well-formed (JSON, XML, ...) */
	TF_EINVALID = -5,    /* well-formed but not a valid record (e.g. no NCT id) */
	TF_EIO = -6,         /* reading or writing a file failed */
	TF_ENOTFOUND = -7,   /* a named file, mapping or entry does not exist */
	TF_ELIMIT = -8,      /* a size, depth or count limit was exceeded */
	TF_EUNSUPPORTED = -9 /* format or feature not supported */
};

/*
 * Caller-owned error details. Every field is optional to read; strings are
 * always NUL-terminated. Pass NULL wherever a tf_error * is accepted to
 * ignore details.
 */
typedef struct tf_error {
	int code;              /* one of the TF_E* codes, 0 when clear */
	char message[512];     /* human-readable, names the record and place */
	char source[256];      /* input name: file path or "-" for stdin */
	long record;           /* 1-based record index in the input, 0 if n/a */
	char record_id[64];    /* record id (e.g. NCT number) when known */
	long line;             /* 1-based line in the input, 0 if unknown */
	long column;           /* 1-based column, 0 if unknown */
	char pointer[256];     /* JSON Pointer / XPath / FHIRPath of the element */
} tf_error;

/* Resets every field of err; err may be NULL. */
TF_EXTERN void tf_error_clear(tf_error *err);

/* Static English name of a return code ("parse error", ...). */
TF_EXTERN const char *tf_strerror(int code);

/* Library version string, e.g. "0.1.0". */
TF_EXTERN const char *tf_version(void);

#ifdef __cplusplus
}
#endif
#endif
