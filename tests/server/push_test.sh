#!/usr/bin/env bash
# trialfhir push against the loopback test server, RELIABILITY.md scenarios
# 7 and 25, the "unchanged" count, and convert --push:
#  1. scenario 7: --match identifier where two resources already carry the
#     identifier: 412, the record is rejected as "ambiguous match" after one
#     request (no retry, no fallback create, 0 new resources), exit 1; a
#     server that cannot be reached, or a record given up after retries,
#     exits 3 (distinct); a transaction refused for one entry journals
#     that entry as failed and the others as not yet done;
#  2. scenario 25: a push of 400 Patients plus one record the server always
#     refuses (422) is killed with SIGKILL at 5 random points and resumed
#     from its journal each time (RELIABILITY.md: 10,000 records and 100
#     kill points, scaled down to run in seconds; the assertions are the
#     scenario's): committed + failed = total, server count = committed, 0
#     duplicate ids or identifiers, the poison in the reject file with its
#     OperationOutcome, sent at most once per run and never again once
#     journaled, never blocking the others; a run after completion sends
#     nothing and counts everything unchanged;
#  3. convert --push: all converted fixture studies pushed in one stream,
#     twice (once by id, once more by id with a journal): exactly one of
#     each on the server; a third run with the journal counts all unchanged.
# Usage: push_test.sh TRIALFHIR OUTDIR   (TF_SERVER_PORT_FILE set)
set -u
tf=$1
out=$2
node=${NODE:-node}
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../../fixtures/ctgov-v2
port=$(head -1 "$TF_SERVER_PORT_FILE")
base="http://127.0.0.1:$port"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ctl() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$base$2"; }
field() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }
count() { ctl GET "/\$count?type=$1" | field count; }
push() { "$tf" push --server "$base" --insecure-loopback-http "$@"; }

rm -rf "$out"
mkdir -p "$out"
ctl POST /\$reset >/dev/null

# 1. scenario 7: ambiguous conditional update
for i in 1 2; do
	curl -s -X PUT -H 'Content-Type: application/fhir+json' "$base/Patient/dup$i" \
		-d "{\"resourceType\":\"Patient\",\"id\":\"dup$i\",\"identifier\":[{\"system\":\"urn:dup\",\"value\":\"same\"}]}" >/dev/null
done
{
	echo '{"resourceType":"Patient","id":"amb","identifier":[{"system":"urn:dup","value":"same"}],"gender":"male"}'
	echo '{"resourceType":"Patient","id":"fresh","identifier":[{"system":"urn:ok","value":"1"}]}'
} >"$out/amb.ndjson"
ctl DELETE /\$requests >/dev/null
push --match identifier --rejects "$out/amb-rejects.ndjson" "$out/amb.ndjson" 2>"$out/amb.err"
rc=$?
[ $rc = 1 ] || fail "ambiguous match exited $rc, want 1"
grep -q '"id":"Patient/amb"' "$out/amb-rejects.ndjson" || fail "ambiguous record not rejected"
grep '"Patient/amb"' "$out/amb-rejects.ndjson" | grep -q '"error":"ambiguous conditional match"' ||
	fail "reject does not say ambiguous match"
grep -q 'ambiguous match' "$out/amb.err" || fail "stderr does not say ambiguous match"
[ "$(count Patient)" = 3 ] || fail "want 3 Patients (2 + fresh), have $(count Patient)"
reqs=$(ctl GET /\$requests)
n=$(printf '%s' "$reqs" | grep -o '"url":"/Patient?identifier=urn%3Adup[^"]*"' | wc -l)
[ "$n" = 1 ] || fail "ambiguous update sent $n times, want 1 (no retry)"
printf '%s' "$reqs" | grep -q '"method":"POST"' && fail "a create was sent after the 412"
# transport failures exit 3, not 1: a port nobody listens on, and one
# record whose requests get 503 until the retries run out (that one is in
# the reject file too, the other is pushed)
"$tf" push --server "http://127.0.0.1:1" --insecure-loopback-http --retries 0 -q \
	"$out/amb.ndjson" 2>/dev/null
[ $? = 3 ] || fail "unreachable server should exit 3"
ctl POST /\$fault '{"mode":"503","match":"identifier=urn%3Aok"}' >/dev/null
push --match identifier --retries 1 -q --rejects "$out/503-rejects.ndjson" "$out/amb.ndjson" \
	2>"$out/503.err"
rc=$?
[ $rc = 3 ] || fail "a record given up after retries exited $rc, want 3"
grep -q '"id":"Patient/fresh"' "$out/503-rejects.ndjson" || fail "503 record not in the reject file"
grep -q 'not delivered' "$out/503.err" || fail "no 'not delivered' message"
ctl POST /\$fault '[]' >/dev/null

# a transaction refused for one entry: that entry is journaled as failed,
# the rest only rolled back; the re-run leaves the poison out and commits
# the rest
ctl POST /\$reset >/dev/null
{
	for i in 1 2 3 4 5; do echo "{\"resourceType\":\"Patient\",\"id\":\"t$i\"}"; done
	echo '{"resourceType":"Patient","id":"tpoison","foo":1}'
} >"$out/tx.ndjson"
push --mode transaction --journal "$out/tx-journal" --rejects "$out/tx-rejects.ndjson" \
	"$out/tx.ndjson" 2>"$out/tx1.err"
rc=$?
[ $rc = 1 ] || fail "refused transaction exited $rc, want 1"
[ "$(count Patient)" = 0 ] || fail "a refused transaction left $(count Patient) Patients"
grep '"Patient/tpoison"' "$out/tx-rejects.ndjson" | grep -q '"error":"rejected by the server"' ||
	fail "the blamed entry is not rejected"
[ "$(grep -c '"error":"not committed' "$out/tx-rejects.ndjson")" = 5 ] ||
	fail "want 5 rolled-back entries in the reject file"
push --mode transaction --journal "$out/tx-journal" --rejects "$out/tx-rejects.ndjson" \
	"$out/tx.ndjson" 2>"$out/tx2.err"
rc=$?
[ $rc = 1 ] || fail "transaction re-run exited $rc, want 1 (the poison)"
[ "$(count Patient)" = 5 ] || fail "transaction re-run: $(count Patient) Patients, want 5"
grep -q '^trialfhir: sent 5, created 5, updated 0, unchanged 0, rejected 1 ' "$out/tx2.err" ||
	{ fail "transaction re-run summary wrong"; cat "$out/tx2.err"; }

# 2. scenario 25: kill -9 and resume from the journal
ctl POST /\$reset >/dev/null
total=400
{
	for i in $(seq 1 $total); do
		echo "{\"resourceType\":\"Patient\",\"id\":\"k$i\",\"identifier\":[{\"system\":\"urn:k\",\"value\":\"$i\"}]}"
		[ "$i" = 137 ] && echo '{"resourceType":"Patient","id":"poison","foo":1}'
	done
} >"$out/many.ndjson"
# slow Bundles so a run lasts a few seconds and the kills land mid-push
ctl POST /\$fault '{"mode":"slow","delayMs":60,"match":"^POST /$"}' >/dev/null
args=(--mode batch --bundle-size 10 --parallel 2 --journal "$out/journal" --rejects "$out/kill-rejects.ndjson")
poison_sends() {
	ctl GET /\$requests | grep -o '"id\\":\\"poison\\"' | wc -l
}
runs=0
for k in 1 2 3 4 5; do
	ctl DELETE /\$requests >/dev/null
	push -q "${args[@]}" "$out/many.ndjson" 2>>"$out/kill.err" &
	pid=$!
	ms=$((100 + RANDOM % 700))
	sleep "0.$(printf '%03d' $ms)"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	sleep 0.5 # requests the killed run had sent reach the log before it is read
	runs=$((runs + 1))
	ps=$(poison_sends)
	echo "kill $k after ${ms} ms: poison sent $ps time(s) in this run"
	[ "$ps" -le 1 ] || fail "poison sent $ps times in run $k"
done
ctl DELETE /\$requests >/dev/null
push -q "${args[@]}" "$out/many.ndjson" 2>>"$out/kill.err"
rc=$?
[ $rc = 1 ] || fail "final resumed run exited $rc, want 1 (the poison)"
[ "$(poison_sends)" -le 1 ] || fail "poison sent more than once in the final run"
ctl POST /\$fault '[]' >/dev/null
states=$("$node" -e '
const fs = require("fs");
const last = new Map();
const lines = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
for (const l of lines.slice(1)) { const e = JSON.parse(l); last.set(e.key, e.state); }
let c = 0, f = 0;
for (const s of last.values()) { if (s === "committed") c++; else f++; }
console.log(`${c} ${f}`);' "$out/journal")
committed=${states% *}
failed=${states#* }
echo "journal: committed $committed, failed $failed"
[ $((committed + failed)) = $((total + 1)) ] || fail "committed + failed = $((committed + failed)), want $((total + 1))"
[ "$failed" = 1 ] || fail "want 1 failed record (the poison), have $failed"
c=$(ctl GET "/\$count?type=Patient")
[ "$(printf '%s' "$c" | field count)" = "$committed" ] || fail "server count $c != committed $committed"
[ "$(printf '%s' "$c" | field ids)" = "$committed" ] || fail "duplicate ids: $c"
[ "$(printf '%s' "$c" | field identifiers)" = "$committed" ] || fail "duplicate identifiers: $c"
[ "$(wc -l <"$out/kill-rejects.ndjson")" = 1 ] || fail "want exactly 1 reject line"
grep '"Patient/poison"' "$out/kill-rejects.ndjson" | grep -q '"resourceType":"OperationOutcome"' ||
	fail "poison reject lacks its OperationOutcome"
[ -e "$out/kill-rejects.ndjson.tmp" ] && fail "temporary reject file left behind"
# once journaled, nothing is sent again: all unchanged, the poison rejected
ctl DELETE /\$requests >/dev/null
push "${args[@]}" "$out/many.ndjson" 2>"$out/again.err"
grep -q "^trialfhir: sent 0, created 0, updated 0, unchanged $total, rejected 1 " "$out/again.err" ||
	{ fail "re-run after completion summary wrong"; cat "$out/again.err"; }
[ "$(poison_sends)" = 0 ] || fail "journaled poison sent again"

# 3. convert --push: all fixture studies, twice, one of each
ctl POST /\$reset >/dev/null
"$tf" convert -q -o "$out/store" "$fixtures"/*.json || fail "convert exited $?"
want_rs=$(wc -l <"$out/store/ResearchStudy.ndjson")
want_pd=$(wc -l <"$out/store/PlanDefinition.ndjson")
"$tf" convert -q --push "$base" --insecure-loopback-http --mode transaction --bundle-size 20 \
	--rejects "$out/conv-rejects.ndjson" "$fixtures"/*.json
rc=$?
[ $rc = 0 ] || { fail "convert --push exited $rc"; head -c 2000 "$out/conv-rejects.ndjson"; }
[ "$(count ResearchStudy)" = "$want_rs" ] || fail "ResearchStudy: $(count ResearchStudy) on the server, $want_rs converted"
[ "$(count PlanDefinition)" = "$want_pd" ] || fail "PlanDefinition: $(count PlanDefinition) on the server, $want_pd converted"
"$tf" convert --push "$base" --insecure-loopback-http --journal "$out/conv-journal" \
	"$fixtures"/*.json 2>"$out/conv2.err" || fail "second convert --push exited $?"
grep -q "^trialfhir: sent $((want_rs + want_pd)), created 0, updated $((want_rs + want_pd)), unchanged 0, rejected 0 " \
	"$out/conv2.err" || { fail "second convert --push summary wrong"; tail -2 "$out/conv2.err"; }
[ "$(count ResearchStudy)" = "$want_rs" ] || fail "second push changed the ResearchStudy count"
[ "$(count PlanDefinition)" = "$want_pd" ] || fail "second push changed the PlanDefinition count"
"$tf" convert --push "$base" --insecure-loopback-http --journal "$out/conv-journal" \
	"$fixtures"/*.json 2>"$out/conv3.err" || fail "third convert --push exited $?"
grep -q "^trialfhir: sent 0, created 0, updated 0, unchanged $((want_rs + want_pd)), rejected 0 " \
	"$out/conv3.err" || { fail "unchanged re-push summary wrong"; tail -2 "$out/conv3.err"; }

# a record convert refuses: convert --push writes it to its reject file in
# the shape of convert's own --rejects (line, column, pointer kept)
printf '{"protocolSection": {"identificationModule": {"nctId": "NCT00000001",\n  "briefTitle": tru}}}\n' >"$out/bad-study.json"
"$tf" convert -q -o "$out/bad-store" --rejects "$out/conv-own.ndjson" "$out/bad-study.json"
"$tf" convert -q --push "$base" --insecure-loopback-http --rejects "$out/conv-push.ndjson" \
	"$out/bad-study.json"
rc=$?
[ $rc = 1 ] || fail "convert --push of a bad record exited $rc, want 1"
"$node" - "$out/conv-own.ndjson" "$out/conv-push.ndjson" <<'JS' || fail "convert --push reject line differs from convert's own"
const fs = require('fs');
const [own, pushed] = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8').trim().split('\n').map(JSON.parse));
if (own.length !== 1 || pushed.length !== 1) { console.log(`lines: ${own.length} vs ${pushed.length}`); process.exit(1); }
const [a, b] = [own[0], pushed[0]];
const keys = (o) => Object.keys(o).sort().join(',');
console.log(`convert: ${JSON.stringify(a)}\npush:    ${JSON.stringify(b)}`);
if (keys(a) !== keys(b) || !(a.line > 0 && a.column > 0)) process.exit(1);
for (const k of ['source', 'record', 'line', 'column', 'stage', 'error', 'message', 'pointer', 'id'])
  if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) { console.log(`field ${k} differs`); process.exit(1); }
if (JSON.stringify(a.outcome) !== JSON.stringify(b.outcome)) process.exit(1);
JS

echo "push_test: $fails failure(s)"
[ $fails = 0 ]
