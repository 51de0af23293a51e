#!/bin/sh
# Runs one directory-per-case test: the CLI on the case's input, its stdout
# compared byte for byte with `expected`, its exit code with `exit` (default
# 0), and, when the case has a `stderr` file, each of its lines must appear
# in what the CLI printed on stderr. CASE_WRAPPER, when set, is put in
# front of the CLI (the valgrind runs of the bad-input suite use it; its
# --error-exitcode then shows as a wrong exit code).
#   run-case.sh TRIALFHIR CASE_DIR [--update]
set -u
TF=$1
CASE=$2
MODE=${3:-}
INPUT=$(ls "$CASE" | grep '^input' | head -n 1)
[ -n "$INPUT" ] || { echo "$CASE: no input file"; exit 1; }
CMD=${CASE_COMMAND:-convert}
FLAGS=""
[ -f "$CASE/flags" ] && FLAGS=$(cat "$CASE/flags")
WANT_EXIT=0
[ -f "$CASE/exit" ] && WANT_EXIT=$(cat "$CASE/exit")
OUT=$(mktemp)
ERR=$(mktemp)
trap 'rm -f "$OUT" "$ERR"' EXIT
# shellcheck disable=SC2086
(cd "$CASE" && ${CASE_WRAPPER:-} "$TF" $CMD --quiet -o - $FLAGS "$INPUT") >"$OUT" 2>"$ERR"
GOT_EXIT=$?
if [ "$MODE" = "--update" ]; then
	cp "$OUT" "$CASE/expected"
	[ "$GOT_EXIT" = 0 ] || echo "$GOT_EXIT" >"$CASE/exit"
	exit 0
fi
status=0
if [ "$GOT_EXIT" != "$WANT_EXIT" ]; then
	echo "$CASE: exit code $GOT_EXIT, expected $WANT_EXIT"
	cat "$ERR"
	status=1
fi
if [ -f "$CASE/expected" ]; then
	if ! cmp -s "$CASE/expected" "$OUT"; then
		echo "$CASE: output differs from expected:"
		diff -u "$CASE/expected" "$OUT" | head -n 80
		status=1
	fi
fi
if [ -f "$CASE/stderr" ]; then
	while IFS= read -r want; do
		[ -z "$want" ] && continue
		if ! grep -qF -- "$want" "$ERR"; then
			echo "$CASE: stderr lacks: $want"
			echo "--- stderr was:"
			cat "$ERR"
			status=1
		fi
	done <"$CASE/stderr"
fi
exit $status
