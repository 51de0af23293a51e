#!/bin/sh
# Runs one criteria case: `trialfhir criteria --format json input.txt` in
# the case directory, compared with expected.json.
#   run-case.sh CASE_DIR TOOL [SUBCOMMAND] [--update]
# With --update (as the last argument) it writes expected.json instead.
set -u
CASE=$1
TOOL=$2
shift 2
SUB=""
MODE=""
for a in "$@"; do
	if [ "$a" = "--update" ]; then MODE=update; else SUB=$a; fi
done
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
# shellcheck disable=SC2086
(cd "$CASE" && "$TOOL" $SUB --format json input.txt) >"$OUT"
rc=$?
if [ $rc -ne 0 ]; then
	echo "$CASE: exit code $rc"
	exit 1
fi
if [ "$MODE" = update ]; then
	cp "$OUT" "$CASE/expected.json"
	exit 0
fi
if ! cmp -s "$CASE/expected.json" "$OUT"; then
	echo "$CASE: output differs from expected.json:"
	diff -u "$CASE/expected.json" "$OUT" | head -n 80
	exit 1
fi
exit 0
