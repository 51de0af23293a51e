#!/bin/sh
# The reject file: a page with two bad studies among good ones converts the
# good ones, exits 1, and writes one NDJSON line per bad study with its
# position, id, error, JSON Pointer and OperationOutcome.
#   rejects.sh TRIALFHIR
set -u
TF=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
IN=$ROOT/fixtures/cases/bad-input/page-one-bad/input.json
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "rejects.sh: $*"; exit 1; }

"$TF" convert --quiet --rejects "$T/rejects.ndjson" -o "$T/store" "$IN" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] || fail "exit code $rc, expected 1"
[ "$(grep -c '"resourceType":"ResearchStudy"' "$T/store/ResearchStudy.ndjson")" = 2 ] ||
	fail "expected the 2 good studies in the store"
grep -q '"id":"nct90000010"' "$T/store/ResearchStudy.ndjson" || fail "nct90000010 missing"
grep -q '"id":"nct90000012"' "$T/store/ResearchStudy.ndjson" || fail "nct90000012 missing"
[ "$(wc -l <"$T/rejects.ndjson")" = 2 ] || fail "expected 2 reject lines"
line1=$(sed -n 1p "$T/rejects.ndjson")
line2=$(sed -n 2p "$T/rejects.ndjson")
for want in '"record":2' '"id":"NCT90000011"' '"error":"invalid record"' \
	'"pointer":"/protocolSection/statusModule/overallStatus"' \
	'"outcome":{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"'; do
	case $line1 in *"$want"*) ;; *) fail "line 1 lacks $want: $line1" ;; esac
done
for want in '"record":4' '"pointer":"/protocolSection/identificationModule/nctId"'; do
	case $line2 in *"$want"*) ;; *) fail "line 2 lacks $want: $line2" ;; esac
done
# Every line is a JSON object of its own (the reader accepts NDJSON).
"$TF" convert --quiet -o - "$T/rejects.ndjson" >/dev/null 2>"$T/err2"
grep -q "not a CT.gov study: no protocolSection" "$T/err2" || fail "reject lines are not JSON objects"
echo "rejects.sh: ok"
