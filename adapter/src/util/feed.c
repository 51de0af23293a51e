/*
 * feed.c - the buffered input of the record splitters (see feed.h). Input
 * is read in 64 KiB chunks and bytes are dropped from the front as soon as
 * no record needs them, so a splitter holds at most the record it is
 * cutting plus one chunk, whatever the size of the input.
 */
#include <string.h>
#include "util/feed.h"

#define CHUNK 65536

int tf_feed_init(tf_feed *f, const char *head, size_t head_len, FILE *fp)
{
	memset(f, 0, sizeof(*f));
	f->fp = fp;
	f->eof = fp == NULL;
	f->line = f->col = 1;
	if (head_len && tf_buf_put(&f->buf, head, head_len) < 0) {
		tf_buf_free(&f->buf);
		return TF_ENOMEM;
	}
	return 0;
}

void tf_feed_free(tf_feed *f)
{
	tf_buf_free(&f->buf);
}

int tf_feed_refill(tf_feed *f, size_t keep, tf_error *err)
{
	tf_buf_drop_front(&f->buf, keep);
	f->pos -= keep;
	f->consumed += keep;
	if (f->eof)
		return 0;
	int rc = tf_buf_read_chunk(&f->buf, f->fp, CHUNK, &f->eof, err);
	if (rc < 0)
		f->failed = 1;
	return rc;
}

int tf_feed_record_error(tf_feed *f, tf_error *err, int code, long line, long col, const char *msg)
{
	f->index++;
	tf_error_set(err, code, "%s", msg);
	if (err) {
		err->record = f->index;
		err->line = line;
		err->column = col;
	}
	return code;
}
