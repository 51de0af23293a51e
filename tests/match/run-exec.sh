#!/bin/sh
# The exec: evaluator end to end: the same match run with the built-in
# FHIRPath engine and with tests/match/exec-fhirpath.mjs (fhirpath.js in a
# child process) must give the same verdicts and criterion results, for the
# Synthea patients and the hand-made ones: every PlanDefinition condition
# evaluated by fhirpath.js agrees with ours on every pair.
#   run-exec.sh TRIALFHIR PROJECT_DIR NODE
set -u
TF=$1
ROOT=$2
NODE=${3:-node}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$TF" match --help >/dev/null 2>&1 ||
	fail "'trialfhir match' is not available (dispatch in adapter/cli/main.c?)"
[ -d "$ROOT/tests/oracle/node_modules/fhirpath" ] || { echo "fhirpath.js missing: skipped"; exit 77; }
"$TF" convert --quiet -o "$TMP/store" "$ROOT/fixtures/registry" "$ROOT/fixtures/ctgov-v2" ||
	fail "convert failed"
for set in patients patients/handmade; do
	"$TF" match -q --trials "$TMP/store" --patients "$ROOT/fixtures/$set" --as-of 2026-11-22 \
		>"$TMP/builtin.json" || fail "builtin match exited $?"
	"$TF" match -q -j 2 --trials "$TMP/store" --patients "$ROOT/fixtures/$set" \
		--as-of 2026-11-22 --evaluator "exec:$NODE $ROOT/tests/match/exec-fhirpath.mjs" \
		>"$TMP/exec.json" || fail "exec match exited $?"
	"$NODE" -e '
const fs = require("fs");
const strip = (f) => JSON.parse(fs.readFileSync(f, "utf8")).results.map((r) =>
  [r.patient, r.study, r.verdict, r.criteria.map((c) => [c.id, c.result])]);
const a = strip(process.argv[1]), b = strip(process.argv[2]);
let bad = a.length !== b.length ? 1 : 0;
a.forEach((x, i) => {
  if (JSON.stringify(x) === JSON.stringify(b[i])) return;
  bad++;
  const y = b[i] || [];
  const crit = x[3].filter((c, k) => JSON.stringify(c) !== JSON.stringify((y[3] || [])[k]));
  if (bad <= 10) console.error(`differs: ${x[0]} x ${x[1]}: builtin ${x[2]}, fhirpath.js ${y[2]}; ` +
    crit.map((c) => c.join(" ")).join(", "));
});
if (bad) { console.error("builtin and fhirpath.js disagree on " + bad + " pairs"); process.exit(1); }
console.log("ok: " + JSON.parse(fs.readFileSync(process.argv[1])).results.length + " pairs agree");
	' "$TMP/builtin.json" "$TMP/exec.json" || fail "verdicts differ on fixtures/$set"
done
