/*
 * exec.c - the `exec:COMMAND` evaluator: a long-lived child process
 * (`/bin/sh -c COMMAND`) that decides criteria, so that a CQL engine, another
 * FHIRPath engine or a language model can be plugged in without linking it.
 *
 * Protocol, one JSON object per line each way:
 *   request  {"asOf":"2026-11-22","patient":"Patient/p1",
 *             "action":{...PlanDefinition.action...},"context":{...Bundle...}}
 *   response {"result":"met"|"not-met"|"unknown"|"not-computable",
 *             "evidence":["Observation/o1",...],"reason":"..."}
 * Each request has a deadline (TRIALFHIR_EXEC_TIMEOUT_MS, default 30000).
 * A child that crashes, closes its output, answers late or answers
 * something that is not a valid response gives `unknown` with the reason,
 * never a verdict it did not state; it is then killed and a fresh one is
 * started for the next request, since its state can no longer be trusted
 * to line up with our requests. One child serves the run, so requests are
 * serialised by a mutex.
 *
 * SIGPIPE is set to be ignored while an exec evaluator is open (a write to
 * a dead child must fail with EPIPE, not kill us); that is process-wide.
 */
/* pipe2() and O_CLOEXEC on both ends at once: no descriptor leaks into a
 * child another thread spawns meanwhile */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "match/match_int.h"
#include "trialfhir/fhirpath.h"
#include "trialfhir/json.h"
#include "util/util.h"

extern char **environ;

typedef struct exec_ev {
	char *command;        /* the shell command */
	pid_t pid;            /* the child, 0 when none runs */
	int to_child;         /* its stdin */
	int from_child;       /* its stdout */
	tf_buf in;            /* bytes read but not yet consumed */
	long timeout_ms;      /* per request */
	pthread_mutex_t lock; /* one request at a time */
} exec_ev;

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void stop_child(exec_ev *x)
{
	if (x->to_child >= 0)
		close(x->to_child);
	if (x->from_child >= 0)
		close(x->from_child);
	x->to_child = x->from_child = -1;
	if (x->pid > 0) {
		kill(x->pid, SIGKILL);
		while (waitpid(x->pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	x->pid = 0;
	tf_buf_clear(&x->in);
}

static int start_child(exec_ev *x, char *reason, size_t size)
{
	int in[2], out[2];
	if (pipe2(in, O_CLOEXEC) < 0) {
		snprintf(reason, size, "pipe: %s", strerror(errno));
		return -1;
	}
	if (pipe2(out, O_CLOEXEC) < 0) {
		snprintf(reason, size, "pipe: %s", strerror(errno));
		close(in[0]);
		close(in[1]);
		return -1;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, out[1], 1);
	char *argv[] = {"/bin/sh", "-c", x->command, NULL};
	pid_t pid;
	int rc = posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(out[1]);
	if (rc != 0) {
		snprintf(reason, size, "cannot start evaluator: %s", strerror(rc));
		close(in[1]);
		close(out[0]);
		return -1;
	}
	x->pid = pid;
	x->to_child = in[1];
	x->from_child = out[0];
	fcntl(x->to_child, F_SETFL, fcntl(x->to_child, F_GETFL) | O_NONBLOCK);
	fcntl(x->from_child, F_SETFL, fcntl(x->from_child, F_GETFL) | O_NONBLOCK);
	return 0;
}

/* Writes all of buf before the deadline; -1 with reason on failure. */
static int write_all(exec_ev *x, const char *buf, size_t len, long deadline, char *reason,
                     size_t size)
{
	while (len) {
		long left = deadline - now_ms();
		if (left <= 0) {
			snprintf(reason, size, "evaluator timed out reading the request");
			return -1;
		}
		struct pollfd p = {x->to_child, POLLOUT, 0};
		int n = poll(&p, 1, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			continue;
		ssize_t w = write(x->to_child, buf, len);
		if (w < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(reason, size, "evaluator exited (%s)", strerror(errno));
			return -1;
		}
		buf += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Reads one line (without the newline) into *line (malloc'd). */
static int read_line(exec_ev *x, long deadline, char **line, char *reason, size_t size)
{
	for (;;) {
		char *nl = x->in.ptr ? memchr(x->in.ptr, '\n', x->in.len) : NULL;
		if (nl) {
			size_t n = (size_t)(nl - x->in.ptr);
			*line = malloc(n + 1);
			if (!*line) {
				snprintf(reason, size, "out of memory");
				return -1;
			}
			memcpy(*line, x->in.ptr, n);
			(*line)[n] = '\0';
			memmove(x->in.ptr, nl + 1, x->in.len - n - 1);
			x->in.len -= n + 1;
			x->in.ptr[x->in.len] = '\0';
			return 0;
		}
		if (x->in.len > 64u << 20) {
			snprintf(reason, size, "evaluator response longer than 64 MiB");
			return -1;
		}
		long left = deadline - now_ms();
		if (left <= 0) {
			snprintf(reason, size, "evaluator did not answer within %ld ms",
			         x->timeout_ms);
			return -1;
		}
		struct pollfd p = {x->from_child, POLLIN, 0};
		int n = poll(&p, 1, (int)left);
		if (n <= 0)
			continue;
		char buf[65536];
		ssize_t r = read(x->from_child, buf, sizeof(buf));
		if (r == 0) {
			int status = 0;
			pid_t w = waitpid(x->pid, &status, WNOHANG);
			if (w == x->pid) {
				x->pid = 0;
				if (WIFSIGNALED(status))
					snprintf(reason, size, "evaluator crashed (signal %d)",
					         WTERMSIG(status));
				else
					snprintf(reason, size, "evaluator exited with status %d",
					         WEXITSTATUS(status));
			} else {
				snprintf(reason, size, "evaluator closed its output");
			}
			return -1;
		}
		if (r < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			snprintf(reason, size, "reading from evaluator: %s", strerror(errno));
			return -1;
		}
		if (tf_buf_put(&x->in, buf, (size_t)r) < 0) {
			snprintf(reason, size, "out of memory");
			return -1;
		}
	}
}

static int parse_result(const char *s, tf_match_result *r)
{
	static const char *const names[] = {"met", "not-met", "unknown", "not-computable"};
	for (int i = 0; i < 4; i++)
		if (tf_streq(s, names[i])) {
			*r = (tf_match_result)i;
			return 0;
		}
	return -1;
}

/* Reads the child's answer into out; -1 with out->reason when it is not a
 * valid response. */
static int take_response(const char *line, tf_eval_outcome *out)
{
	json_error_t je;
	json_t *resp = json_loads(line, JSON_REJECT_DUPLICATES, &je);
	if (!json_is_object(resp)) {
		snprintf(out->reason, sizeof(out->reason),
		         "evaluator answered invalid JSON: %.120s", line);
		json_decref(resp);
		return -1;
	}
	tf_match_result r;
	if (parse_result(json_string_value(json_object_get(resp, "result")), &r) < 0) {
		snprintf(out->reason, sizeof(out->reason), "evaluator answered no valid result");
		json_decref(resp);
		return -1;
	}
	json_t *ev = json_array();
	const json_t *e;
	size_t i;
	json_array_foreach(json_object_get(resp, "evidence"), i, e)
	{
		const char *s = json_string_value(e);
		/* evidence must look like a reference; anything else is dropped */
		if (s && strchr(s, '/') && strlen(s) < 200)
			json_array_append_new(ev, json_string(s));
	}
	const char *reason = json_string_value(json_object_get(resp, "reason"));
	out->result = r;
	out->evidence = ev;
	tf_strlcpy(out->reason, reason ? reason : "", sizeof(out->reason));
	json_decref(resp);
	return 0;
}

static int exec_open(void **ctx, const char *arg, tf_error *err)
{
	if (!arg || tf_is_blank(arg))
		return tf_error_set(err, TF_EINVAL,
		                    "exec evaluator: no command given (exec:COMMAND)");
	exec_ev *x = calloc(1, sizeof(*x));
	if (!x || !(x->command = strdup(arg))) {
		free(x);
		return tf_error_set(err, TF_ENOMEM, "out of memory");
	}
	x->to_child = x->from_child = -1;
	x->timeout_ms = 30000;
	const char *t = getenv("TRIALFHIR_EXEC_TIMEOUT_MS");
	if (t) {
		long v = tf_parse_long(t);
		if (v > 0)
			x->timeout_ms = v;
	}
	pthread_mutex_init(&x->lock, NULL);
	struct sigaction sa;
	if (sigaction(SIGPIPE, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL) {
		sa.sa_handler = SIG_IGN;
		sigaction(SIGPIPE, &sa, NULL);
	}
	char reason[256];
	if (start_child(x, reason, sizeof(reason)) < 0) {
		pthread_mutex_destroy(&x->lock);
		free(x->command);
		free(x);
		return tf_error_set(err, TF_EIO, "exec evaluator: %s", reason);
	}
	*ctx = x;
	return 0;
}

static int exec_evaluate(void *ctx, const json_t *action, const tf_patient_context *pc,
                         const char *as_of, tf_eval_outcome *out, tf_error *err)
{
	exec_ev *x = ctx;
	(void)err;
	char ref[160];
	snprintf(ref, sizeof(ref), "Patient/%s", pc->id);
	json_t *req = json_pack("{s:s, s:s, s:O, s:O}", "asOf", as_of, "patient", ref, "action",
	                        action, "context", pc->bundle);
	char *text = NULL;
	size_t len = 0;
	int rc = req ? tf_json_dump(req, TF_JSON_COMPACT, &text, &len, NULL) : TF_ENOMEM;
	json_decref(req);
	out->result = TF_MATCH_UNKNOWN;
	if (rc < 0) {
		snprintf(out->reason, sizeof(out->reason), "cannot write the request: %s",
		         tf_strerror(rc));
		free(text);
		return 0;
	}
	pthread_mutex_lock(&x->lock);
	char *line = NULL;
	int ok = x->pid > 0 || start_child(x, out->reason, sizeof(out->reason)) == 0;
	long deadline = now_ms() + x->timeout_ms;
	ok = ok && write_all(x, text, len, deadline, out->reason, sizeof(out->reason)) == 0 &&
	     write_all(x, "\n", 1, deadline, out->reason, sizeof(out->reason)) == 0 &&
	     read_line(x, deadline, &line, out->reason, sizeof(out->reason)) == 0 &&
	     take_response(line, out) == 0;
	if (!ok) {
		/* out of step with us, dead or hung: start afresh next time */
		out->result = TF_MATCH_UNKNOWN;
		json_decref(out->evidence);
		out->evidence = NULL;
		stop_child(x);
	}
	pthread_mutex_unlock(&x->lock);
	free(line);
	free(text);
	return 0;
}

static void exec_close(void *ctx)
{
	exec_ev *x = ctx;
	if (!x)
		return;
	/* closing its stdin lets a well-behaved child end by itself */
	if (x->to_child >= 0) {
		close(x->to_child);
		x->to_child = -1;
	}
	if (x->pid > 0) {
		for (int i = 0; i < 50; i++) {
			if (waitpid(x->pid, NULL, WNOHANG) == x->pid) {
				x->pid = 0;
				break;
			}
			struct timespec ts = {0, 20 * 1000000L};
			nanosleep(&ts, NULL);
		}
	}
	stop_child(x);
	tf_buf_free(&x->in);
	pthread_mutex_destroy(&x->lock);
	free(x->command);
	free(x);
}

const tf_evaluator_ops tf_match_exec_ops = {TF_EVALUATOR_OPS_VERSION, "exec", exec_open,
                                            exec_evaluate, exec_close};
