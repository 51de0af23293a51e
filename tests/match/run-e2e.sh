#!/bin/sh
# End-to-end test of `trialfhir match`: converts the seed registry fixtures
# into a file store, matches fixtures/patients against them at a fixed date,
# and compares the JSON report byte for byte with fixtures/match/expected.json;
# the same for the hand-made patients fixtures/patients/handmade/
# (expected-handmade.json) and the Bulk-layout store fixtures/match/bulk/
# (expected-bulk.json).
# Also checks the verdicts and deciding criteria fixtures/match/handmade.tsv
# names for the hand-made patients, that -j does not change the output, and
# that the text and fhir formats run.
#   run-e2e.sh TRIALFHIR PROJECT_DIR [--update]
set -u
TF=$1
ROOT=$2
MODE=${3:-}
EXPECTED=$ROOT/fixtures/match/expected.json
EXPECTED_BULK=$ROOT/fixtures/match/expected-bulk.json
EXPECTED_HM=$ROOT/fixtures/match/expected-handmade.json
AS_OF=2026-11-22
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$TF" match --help >/dev/null 2>&1 ||
	fail "'trialfhir match' is not available (dispatch in adapter/cli/main.c?)"
"$TF" convert --quiet -o "$TMP/store" "$ROOT/fixtures/registry" "$ROOT/fixtures/ctgov-v2" ||
	fail "convert failed"
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of $AS_OF \
	--format json >"$TMP/j1.json" || fail "match exited $?"
# the hand-made patients, each designed to meet or fail a seed criterion
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients/handmade" \
	--as-of $AS_OF >"$TMP/hm.json" || fail "match on the hand-made patients exited $?"
# the Bulk layout `trialfhir pull` writes, with one patient marked incomplete
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/match/bulk" --as-of $AS_OF \
	>"$TMP/bulk.json" || fail "match on the Bulk layout exited $?"
# the hand-made patients: the verdict and deciding criterion of each row
n=0
while IFS='	' read -r pat study verdict crit result why; do
	case $pat in '#'*|'') continue ;; esac
	line=$(grep "\"patient\":\"Patient/$pat\",\"study\":\"ResearchStudy/$study\"" "$TMP/hm.json") ||
		fail "no result for $pat x $study"
	echo "$line" | grep -q "\"verdict\":\"$verdict\"" ||
		fail "$pat x $study: want $verdict ($why), got $(echo "$line" | grep -o '"verdict":"[a-z-]*"')"
	# criterion "-": the trial has no criteria at all (a record without an
	# eligibility section), so the report must list none
	if [ "$crit" = "-" ]; then
		echo "$line" | grep -q '"criteria":\[\]' || fail "$pat x $study: want no criteria ($why)"
	else
		echo "$line" | grep -q "\"id\":\"$crit\",\"type\":\"[a-z]*\",\"text\":\"\([^\"\\]\|\\.\)*\",\"result\":\"$result\"" ||
			fail "$pat x $study: want $crit $result ($why)"
	fi
	n=$((n + 1))
done <"$ROOT/fixtures/match/handmade.tsv"
[ $n -ge 45 ] || fail "only $n rows read from handmade.tsv"
if [ "$MODE" = "--update" ]; then
	cp "$TMP/j1.json" "$EXPECTED"
	cp "$TMP/bulk.json" "$EXPECTED_BULK"
	cp "$TMP/hm.json" "$EXPECTED_HM"
	echo "updated $EXPECTED $EXPECTED_BULK $EXPECTED_HM"
	exit 0
fi
cmp -s "$EXPECTED" "$TMP/j1.json" || {
	diff -u "$EXPECTED" "$TMP/j1.json" | cut -c1-300 | head -40
	fail "JSON report differs from $EXPECTED (run with --update after checking)"
}
cmp -s "$EXPECTED_HM" "$TMP/hm.json" || {
	diff -u "$EXPECTED_HM" "$TMP/hm.json" | cut -c1-300 | head -40
	fail "JSON report differs from $EXPECTED_HM (run with --update after checking)"
}
cmp -s "$EXPECTED_BULK" "$TMP/bulk.json" || {
	diff -u "$EXPECTED_BULK" "$TMP/bulk.json" | cut -c1-300 | head -40
	fail "JSON report differs from $EXPECTED_BULK (run with --update after checking)"
}
"$TF" match -q -j 3 --trials "$TMP/store" --patients "$ROOT/fixtures/patients" \
	--as-of $AS_OF >"$TMP/j3.json" || fail "match -j 3 exited $?"
cmp -s "$TMP/j1.json" "$TMP/j3.json" || fail "-j 3 changed the output"
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of $AS_OF \
	--format text >"$TMP/t.txt" || fail "--format text exited $?"
grep -q "patient \\\\ trial" "$TMP/t.txt" || fail "--format text has no table"
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of $AS_OF \
	--format fhir --only possible >"$TMP/f.json" || fail "--format fhir exited $?"
grep -q '"searchset"' "$TMP/f.json" || fail "--format fhir is no searchset Bundle"
grep -q '"candidate"' "$TMP/f.json" || fail "--format fhir has no ResearchSubject"
# one patient only, and bad usage
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of $AS_OF \
	--patient 1ae0605d-e5b8-4d6d-a96d-c93dcbd57e06 >"$TMP/one.json" || fail "--patient"
[ "$(grep -c '"patient":"Patient/1ae0605d' "$TMP/one.json")" -gt 0 ] || fail "--patient lost it"
[ "$(grep -c '"patient":"Patient/' "$TMP/one.json")" = \
  "$(grep -c '"patient":"Patient/1ae0605d' "$TMP/one.json")" ] || fail "--patient kept others"
"$TF" match --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of 22.11.2026 \
	>/dev/null 2>&1
[ $? = 2 ] || fail "a bad --as-of is not a usage error"
echo "ok"
