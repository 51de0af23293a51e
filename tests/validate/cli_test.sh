#!/usr/bin/env bash
# cli_test.sh - `trialfhir validate` end to end: formats, stdin, NDJSON,
# broken input and the exit codes (0 valid, 1 errors, 2 usage, 3 could not
# run).   cli_test.sh VALIDATE_COMMAND EXAMPLES_DIR WORKDIR
set -u
V=$1 EX=$2 W=$3
rm -rf "$W" && mkdir -p "$W"
fail=0
expect() { # expect RC DESCRIPTION -- COMMAND...
	local want=$1 what=$2; shift 3
	"$@" >"$W/out" 2>"$W/err"; local rc=$?
	if [ "$rc" != "$want" ]; then
		echo "FAIL: $what: exit $rc, expected $want"; cat "$W/out" "$W/err" | head -20; fail=1
	else
		echo "ok: $what"
	fi
}
expect 0 "official examples valid" -- "$V" validate -q "$EX"/*.json "$EX"/*.xml
sed 's/"status": *"[a-z-]*"/"status": "RECRUITING"/' "$EX/researchstudy-example.json" >"$W/bad.json"
expect 1 "bad code is an error" -- "$V" validate "$W/bad.json"
grep -q 'ResearchStudy.status' "$W/out" || { echo "FAIL: location missing"; fail=1; }
expect 1 "json format" -- "$V" validate --format json "$W/bad.json"
grep -q '"resourceType":"OperationOutcome"' "$W/out" || { echo "FAIL: no OperationOutcome"; fail=1; }
expect 1 "junit format" -- "$V" validate --format junit "$W/bad.json" "$EX/group-example.json"
grep -q '<testsuite name="trialfhir validate" tests="2" failures="1">' "$W/out" || { echo "FAIL: junit"; fail=1; }
expect 1 "stdin" -- bash -c "\"$V\" validate - < \"$W/bad.json\""
for f in "$EX"/patient-example.json "$EX"/group-example.json; do tr -d '\n' <"$f"; echo; done >"$W/two.ndjson"
expect 0 "ndjson" -- "$V" validate "$W/two.ndjson"
printf '{\n "resourceType": "Patient",\n' >"$W/broken.json"
expect 1 "broken JSON is reported, not fatal" -- "$V" validate "$W/broken.json"
expect 2 "unknown format" -- "$V" validate --format yaml "$W/bad.json"
expect 2 "no file" -- "$V" validate
expect 3 "unreadable file" -- "$V" validate "$W/does-not-exist.json"
exit $fail
