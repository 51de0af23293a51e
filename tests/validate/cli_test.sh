#!/usr/bin/env bash
# cli_test.sh - `trialfhir validate` end to end: formats, stdin, NDJSON,
# broken input, profiles (--definitions, --profile), threads (-j: the same
# report, in the same order) and the exit codes (0 valid, 1 errors, 2
# usage, 3 could not run).
#   cli_test.sh VALIDATE_COMMAND EXAMPLES_DIR WORKDIR [PROFILES_DIR]
set -u
V=$1 EX=$2 W=$3 P=${4:-$(dirname "$0")/profiles}
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
BP=http://hl7.org/fhir/StructureDefinition/bp
expect 0 "profile by url" -- "$V" validate -q --definitions "$P" --profile "$BP" "$EX/observation-example-bloodpressure.json"
sed 's/"85354-9"/"8867-4"/' "$EX/observation-example-bloodpressure.json" >"$W/notbp.json"
expect 1 "profile slice missing" -- "$V" validate -q --definitions "$P" --profile "$BP" "$W/notbp.json"
grep -q 'Observation.code.coding: .*slice BPCode' "$W/out" || { echo "FAIL: slice location"; fail=1; }
expect 1 "profile for another type" -- "$V" validate -q --definitions "$P" --profile "$BP" "$EX/patient-example.json"
expect 3 "unknown profile" -- "$V" validate --definitions "$P" --profile http://example.org/none "$EX/patient-example.json"
expect 3 "missing definitions" -- "$V" validate --definitions "$W/nowhere" "$EX/patient-example.json"
expect 2 "bad -j" -- "$V" validate -j 0 "$EX/patient-example.json"
# threads: the same report, byte for byte, in input order
{ sep='['; for f in "$EX"/*.json "$W/bad.json"; do printf '%s' "$sep"; cat "$f"; sep=','; done; echo ']'; } >"$W/all.json"
"$V" validate --format json "$W/all.json" >"$W/j1.out" 2>/dev/null
"$V" validate --format json -j 3 "$W/all.json" >"$W/j3.out" 2>/dev/null
if [ "$(wc -l <"$W/j1.out")" -lt 30 ] || ! cmp -s "$W/j1.out" "$W/j3.out"; then
	echo "FAIL: -j 3 output differs from -j 1 (or too few records)"; fail=1
else
	echo "ok: -j 3 output identical"
fi
exit $fail
