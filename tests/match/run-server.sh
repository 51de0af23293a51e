#!/bin/sh
# `trialfhir match` against a FHIR server (the loopback test server of
# tests/server.cmake, TF_SERVER_PORT_FILE set):
#  1. the converted trials and the hand-made patients (fixtures/patients/handmade,
#     plain Patient/<id> references) are pushed; matching by URL gives the
#     same JSON report, byte for byte, as matching the files; so does
#     --patient with trials from files and patients from the server;
#  2. a patient whose data paging leaves the origin (scenario 10: the server
#     rewrites a next link to another host) is incomplete: the criterion
#     whose data is missing is unknown and the pair is never ineligible
#     because of it;
#  3. --format fhir: the searchset Bundle with ResearchSubject candidates
#     loads into the server with `trialfhir push`.
#   run-server.sh TRIALFHIR PROJECT_DIR OUTDIR
set -u
TF=$1
ROOT=$2
OUT=$3
port=$(head -1 "$TF_SERVER_PORT_FILE")
base="http://127.0.0.1:$port"
AS_OF=2026-11-22
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ctl() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$base$2"; }
count() { ctl GET "/\$count?type=$1" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'; }
rm -rf "$OUT"
mkdir -p "$OUT/patients"
ctl POST /\$reset >/dev/null
cp "$ROOT"/fixtures/patients/handmade/*.json "$OUT/patients/"
"$TF" convert --quiet -o "$OUT/store" "$ROOT/fixtures/registry" "$ROOT/fixtures/ctgov-v2" ||
	{ echo "FAIL: convert exited $?"; exit 1; }
"$TF" push --server "$base" --insecure-loopback-http -q "$OUT/store" || fail "push trials exited $?"
"$TF" push --server "$base" --insecure-loopback-http -q "$OUT/patients" ||
	fail "push patients exited $?"

# 1. the same report from the server as from the files
"$TF" match -q --trials "$OUT/store" --patients "$OUT/patients" --as-of $AS_OF \
	>"$OUT/files.json" || fail "match on files exited $?"
"$TF" match -q --insecure-loopback-http --count 7 --trials "$base" --patients "$base" \
	--as-of $AS_OF >"$OUT/server.json" || fail "match on the server exited $?"
[ "$(grep -c '"patient"' "$OUT/server.json")" -gt 100 ] || fail "server report is short"
cmp -s "$OUT/files.json" "$OUT/server.json" || {
	diff "$OUT/files.json" "$OUT/server.json" | cut -c1-300 | head -6
	fail "the server report differs from the file report"
}
"$TF" match -q --insecure-loopback-http --trials "$OUT/store" --patients "$base" \
	--patient hm-fit --patient hm-allergy --as-of $AS_OF -j 2 >"$OUT/two.json" ||
	fail "match --patient on the server exited $?"
# (one result per line; the last of a report has no comma after it)
grep '"patient":"Patient/hm-\(fit\|allergy\)"' "$OUT/files.json" | sed 's/,$//' >"$OUT/two-files.json"
grep '"patient":"Patient/' "$OUT/two.json" | sed 's/,$//' >"$OUT/two-server.json"
[ -s "$OUT/two-server.json" ] && cmp -s "$OUT/two-files.json" "$OUT/two-server.json" ||
	fail "--patient from the server differs from the files"

# 2. paging leaves the origin after the first page: incomplete, never ineligible by it
verdict() { grep "\"patient\":\"Patient/hm-paged\",\"study\":\"ResearchStudy/$2\"" "$1" |
	sed 's/.*"verdict":"\([a-z-]*\)".*/\1/'; }
[ "$(verdict "$OUT/files.json" nct05973799)" != ineligible ] ||
	fail "hm-paged x NCT05973799 is ineligible with all data"
ctl POST /\$fault "{\"nextHost\":{\"page\":1,\"origin\":\"http://localhost:$port\"}}" >/dev/null
"$TF" match -q --insecure-loopback-http --count 2 --trials "$OUT/store" --patients "$base" \
	--patient hm-paged --as-of $AS_OF >"$OUT/paged.json" || fail "paged match exited $?"
"$TF" match -q --insecure-loopback-http --count 2 --trials "$OUT/store" --patients "$base" \
	--patient hm-paged --as-of $AS_OF --format text >"$OUT/paged.txt" || fail "paged text exited $?"
ctl POST /\$fault '{"nextHost":null}' >/dev/null
grep -q "record is incomplete" "$OUT/paged.txt" || fail "no criterion says the record is incomplete"
# every ineligible verdict of the incomplete record is one the full record
# has too (missing data never excludes)
grep -o '"study":"[^"]*","nct":[^,]*,"verdict":"ineligible"' "$OUT/paged.json" |
	sed 's/.*"study":"ResearchStudy\/\([^"]*\)".*/\1/' | while read -r s; do
	[ "$(verdict "$OUT/files.json" "$s")" = ineligible ] || echo "$s"
done >"$OUT/wrong.txt"
[ -s "$OUT/wrong.txt" ] && fail "incomplete data made hm-paged ineligible for: $(cat "$OUT/wrong.txt")"
[ "$(verdict "$OUT/paged.json" nct05973799)" != ineligible ] ||
	fail "hm-paged x NCT05973799 ineligible from incomplete data"

# 3. the fhir format loads into the server
"$TF" match -q --trials "$OUT/store" --patients "$OUT/patients" --as-of $AS_OF \
	--format fhir --only possible >"$OUT/match.fhir.json" || fail "--format fhir exited $?"
want=$(grep -c '"resourceType": *"ResearchSubject"' "$OUT/match.fhir.json")
[ "$want" -gt 0 ] || fail "no ResearchSubject in the fhir report"
"$TF" push --server "$base" --insecure-loopback-http -q "$OUT/match.fhir.json" ||
	fail "push of the fhir report exited $?"
[ "$(count ResearchSubject)" = "$want" ] ||
	fail "server holds $(count ResearchSubject) ResearchSubjects, want $want"
[ $fails = 0 ] || exit 1
echo "ok"
