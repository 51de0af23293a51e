/*
 * arena.c - a bump allocator for the trial model. A trial is read once,
 * written once and freed whole, so its many small strings and arrays come
 * from chunks released together; this keeps readers free of per-field
 * cleanup paths and makes conversion allocation-light.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

#define TF_ARENA_CHUNK 16384

struct chunk {
	struct chunk *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct tf_arena {
	struct chunk *head;
	size_t next_size;   /* chunk sizes double: few large mallocs per record */
};

tf_arena *tf_arena_new(void)
{
	return calloc(1, sizeof(tf_arena));
}

void tf_arena_free(tf_arena *a)
{
	if (!a)
		return;
	struct chunk *c = a->head;
	while (c) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
	free(a);
}

void *tf_arena_alloc(tf_arena *a, size_t size)
{
	size_t need = (size + 15) & ~(size_t)15;
	if (need < size)
		return NULL;
	struct chunk *c = a->head;
	if (!c || c->size - c->used < need) {
		if (a->next_size < TF_ARENA_CHUNK)
			a->next_size = TF_ARENA_CHUNK;
		size_t csize = need > a->next_size ? need : a->next_size;
		if (a->next_size < ((size_t)1 << 20))
			a->next_size *= 2;
		if (csize > SIZE_MAX - sizeof(struct chunk))
			return NULL;
		c = malloc(sizeof(struct chunk) + csize);
		if (!c)
			return NULL;
		c->used = 0;
		c->size = csize;
		/* A big one-off allocation goes behind the current chunk so the
		 * remaining space of that chunk is not wasted. */
		if (a->head && need > csize / 2) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	void *p = c->data + c->used;
	c->used += need;
	memset(p, 0, size);
	return p;
}

char *tf_arena_strndup(tf_arena *a, const char *s, size_t len)
{
	if (len == SIZE_MAX)
		return NULL;
	char *p = tf_arena_alloc(a, len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void *tf_arena_grow(tf_arena *a, void **items, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		if (ncap > SIZE_MAX / size)
			return NULL;
		void *p = tf_arena_alloc(a, ncap * size);
		if (!p)
			return NULL;
		if (*n)
			memcpy(p, *items, *n * size);
		*items = p;
		*cap = ncap;
	}
	void *slot = (char *)*items + (*n)++ * size;
	memset(slot, 0, size);
	return slot;
}
