/*
 * feed.h - the buffered input that the record splitters (json/split.c for
 * JSON, registry/xsplit.c for XML) cut records from: the bytes read and not
 * yet dropped, the scan position with its line and column, and the record
 * count that their errors carry. The splitters' state machines differ; the
 * reading, the dropping of bytes no record needs and the shape of a
 * per-record error are this one piece of code.
 */
#ifndef TF_FEED_H
#define TF_FEED_H

#include <stddef.h>
#include <stdio.h>
#include "util/util.h"

typedef struct tf_feed {
	FILE *fp;        /* borrowed; NULL when only the head is read */
	int eof;         /* fp is exhausted */
	int failed;      /* reading failed (reported then): nothing more */
	tf_buf buf;      /* unprocessed input and the record being cut */
	size_t pos;      /* next byte of buf to scan */
	size_t consumed; /* bytes dropped from the front of buf */
	long line, col;  /* position of buf[pos], 1-based */
	long index;      /* records seen so far (cut or failed) */
} tf_feed;

/* Starts a feed on head[0..head_len) (bytes already read from fp, copied),
 * then fp (borrowed; may be NULL). TF_ENOMEM, else 0. */
int tf_feed_init(tf_feed *f, const char *head, size_t head_len, FILE *fp);
void tf_feed_free(tf_feed *f);

/* Drops the first keep bytes of buf (keep <= pos: the caller moves its own
 * offsets into buf back by keep), then appends the next chunk of fp unless
 * it is exhausted. 0, or a negative code with err filled and f->failed
 * set. */
int tf_feed_refill(tf_feed *f, size_t keep, tf_error *err);

/* Counts a record that failed and fills err with code, msg and the
 * record's number and place. Returns code. */
int tf_feed_record_error(tf_feed *f, tf_error *err, int code, long line, long col, const char *msg);

#endif
