#!/bin/sh
# Units converted before comparing, molar masses included: the hand-made
# trial fixtures/match/units/trial.json (thresholds in mg/dL, g/dL, /mm3)
# against patients whose results are in umol/L, mmol/L, g/L and 10*3/uL.
# Each row of fixtures/match/units/expected.tsv names a patient, a
# criterion and the result it must get (with the arithmetic that says so).
#   run-units.sh TRIALFHIR PROJECT_DIR
set -u
TF=$1
ROOT=$2
DIR=$ROOT/fixtures/match/units
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$TF" match -q --trials "$DIR/trial.json" --patients "$DIR/patients" --as-of 2026-11-22 \
	>"$TMP/r.json" || fail "match exited $?"
n=0
while IFS='	' read -r pat crit want why; do
	case $pat in '#'*|'') continue ;; esac
	line=$(grep "\"patient\":\"Patient/$pat\"" "$TMP/r.json") || fail "no result for $pat"
	echo "$line" | grep -q "\"id\":\"$crit\",\"type\":\"[a-z]*\",\"text\":\"[^\"]*\",\"result\":\"$want\"" ||
		fail "$pat $crit: want $want ($why); got: $(echo "$line" | grep -o "\"id\":\"$crit\"[^}]*")"
	n=$((n + 1))
done <"$DIR/expected.tsv"
[ $n -ge 12 ] || fail "only $n expectations read"
echo "ok: $n criterion results as expected"
