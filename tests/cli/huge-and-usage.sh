#!/bin/sh
# A 50 MB description converts (it is a valid record) or, under a smaller
# --max-record-size, is rejected on its own while the next record converts;
# and the exit codes for bad usage (2) and an output that cannot be written
# (3).
#   huge-and-usage.sh TRIALFHIR
set -u
TF=$1
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fail() { echo "huge-and-usage.sh: $*"; exit 1; }

study() { # NCT, description file
	printf '{"protocolSection":{"identificationModule":{"nctId":"%s","briefTitle":"Huge"},' "$1"
	printf '"statusModule":{"overallStatus":"RECRUITING"},"descriptionModule":{"briefSummary":"'
	cat "$2"
	printf '"}}}\n'
}
head -c 50000000 /dev/zero | tr '\0' 'a' >"$T/desc"
printf 'short' >"$T/short"
{ study NCT91000001 "$T/desc"; study NCT91000002 "$T/short"; } >"$T/in.ndjson"

"$TF" convert --quiet -o "$T/store" "$T/in.ndjson" 2>"$T/err" || fail "default limit: exit $?: $(cat "$T/err")"
[ "$(wc -l <"$T/store/ResearchStudy.ndjson")" = 2 ] || fail "both records expected"

"$TF" convert --quiet --max-record-size 10000000 -o "$T/store2" "$T/in.ndjson" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] || fail "small limit: exit $rc, expected 1"
grep -q "record 1: record larger than the 10000000-byte limit" "$T/err" || fail "no size message: $(cat "$T/err")"
grep -q '"id":"nct91000002"' "$T/store2/ResearchStudy.ndjson" || fail "the next record was lost"

"$TF" convert --format nope x 2>/dev/null; [ $? = 2 ] || fail "bad --format: expected exit 2"
"$TF" convert 2>/dev/null; [ $? = 2 ] || fail "no input: expected exit 2"
"$TF" frobnicate 2>/dev/null; [ $? = 2 ] || fail "unknown command: expected exit 2"
"$TF" convert --help >/dev/null || fail "--help: expected exit 0"

mkdir "$T/ro" && chmod a-w "$T/ro"
if [ "$(id -u)" != 0 ]; then # root writes anywhere
	"$TF" convert --quiet -o "$T/ro/store" "$T/in.ndjson" 2>/dev/null
	[ $? = 3 ] || fail "unwritable output: expected exit 3"
fi
: >"$T/file"
"$TF" convert --quiet -o "$T/file/sub" "$T/in.ndjson" 2>/dev/null
[ $? = 3 ] || fail "output under a regular file: expected exit 3"
echo "huge-and-usage.sh: ok"
