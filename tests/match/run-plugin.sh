#!/bin/sh
# The plugin: evaluator end to end: the example plug-in (FHIRPath through
# the public API) gives the same results as `builtin` on every pair of the
# Synthea, hand-made and units fixtures, and a plug-in of another interface
# version is refused with a message that says so (exit 3).
#   run-plugin.sh TRIALFHIR PROJECT_DIR PLUGIN.so WRONG_VERSION_PLUGIN.so
set -u
TF=$1
ROOT=$2
GOOD=$3
BAD=$4
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$TF" match --help >/dev/null 2>&1 ||
	fail "'trialfhir match' is not available (dispatch in adapter/cli/main.c?)"
"$TF" convert --quiet -o "$TMP/store" "$ROOT/fixtures/registry" "$ROOT/fixtures/ctgov-v2" ||
	fail "convert failed"
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" --as-of 2026-11-22 \
	--evaluator "plugin:$GOOD" >"$TMP/p.json" || fail "plugin match exited $?"
grep -q '"id":"inclusion-sex","type":"inclusion","text":"Sex: [a-z]*","result":"\(met\|not-met\)"' \
	"$TMP/p.json" || fail "the plug-in did not decide inclusion-sex"
# results without evidence (the example gives the Patient only)
strip() { sed 's/"evidence":\[[^]]*\]//g' "$1"; }
for set in patients patients/handmade match/units/patients; do
	trials=$TMP/store
	[ $set = match/units/patients ] && trials=$ROOT/fixtures/match/units/trial.json
	"$TF" match -q --trials "$trials" --patients "$ROOT/fixtures/$set" --as-of 2026-11-22 \
		>"$TMP/b.json" || fail "builtin match exited $?"
	"$TF" match -q -j 2 --trials "$trials" --patients "$ROOT/fixtures/$set" \
		--as-of 2026-11-22 --evaluator "plugin:$GOOD" >"$TMP/p2.json" ||
		fail "plugin match exited $?"
	strip "$TMP/b.json" >"$TMP/b.s"
	strip "$TMP/p2.json" >"$TMP/p.s"
	cmp -s "$TMP/b.s" "$TMP/p.s" || {
		diff "$TMP/b.s" "$TMP/p.s" | cut -c1-300 | head -6
		fail "plugin and builtin results differ on fixtures/$set"
	}
done
"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/patients" \
	--evaluator "plugin:$BAD" >/dev/null 2>"$TMP/err"
rc=$?
[ $rc = 3 ] || fail "wrong-version plug-in: exit $rc, want 3"
grep -q "interface version 42" "$TMP/err" || { cat "$TMP/err"; fail "no clear version message"; }
echo "ok"
