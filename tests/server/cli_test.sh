#!/usr/bin/env bash
# trialfhir push and pull end to end against the loopback test server:
#  1. a converted study set (tests/data/ctgov-v2 through `trialfhir convert`)
#     is pushed, read back and compared with what was sent (meta aside);
#  2. pushing it again adds nothing (PUT by id: no duplicates), and the
#     summary line "sent N, created C, updated U, unchanged X, rejected R"
#     counts them all as updated (created vs updated from 201 vs 200);
#     with the first push's --journal they are unchanged and not sent;
#  3. a poison resource goes to the reject file with the server's
#     OperationOutcome, exit 1, and every other resource still lands;
#  4. at maximum verbosity with a bearer token, stderr never shows the
#     token (Authorization appears as "Bearer [REDACTED]"), nor do the
#     journal, the reject file or anything left in TMPDIR (scenario 24);
#  5. pull fetches a patient record into a file store; a record whose
#     paging leaves the origin is marked incomplete (exit 1).
# Usage: cli_test.sh CLIENT_CLI TRIALFHIR OUTDIR   (TF_SERVER_PORT_FILE set)
set -u
cli=$1
convert=$2
out=$3
node=${NODE:-node}
port=$(head -1 "$TF_SERVER_PORT_FILE")
base="http://127.0.0.1:$port"
data=${TF_TEST_DATA:-$(dirname "$0")/../data}
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ctl() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$base$2"; }
count() { ctl GET "/\$count?type=$1" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'; }

rm -rf "$out"
mkdir -p "$out"
ctl POST /\$reset >/dev/null

# 1. push a converted study set and read it back unchanged
"$convert" convert -q -o "$out/store" "$data"/ctgov-v2/*.json || fail "convert exited $?"
"$cli" push --server "$base" --insecure-loopback-http --mode batch --bundle-size 7 -q \
	--journal "$out/journal" --rejects "$out/rejects1.ndjson" "$out/store"
rc=$?
[ $rc = 0 ] || { fail "push exited $rc"; cat "$out/rejects1.ndjson"; }
sent=$(cat "$out"/store/*.ndjson | wc -l)
[ "$sent" -ge 3 ] || fail "convert produced only $sent resources"
"$node" --input-type=module - "$base" "$out"/store/*.ndjson <<'JS' || fail "read-back differs"
import fs from 'node:fs';
const [base, ...files] = process.argv.slice(2);
const strip = (r) => { const c = structuredClone(r); delete c.meta; return c; };
const canon = (v) => Array.isArray(v) ? v.map(canon) : (v && typeof v === 'object')
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
let n = 0, bad = 0;
for (const f of files) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
    const want = JSON.parse(line);
    const got = await (await fetch(`${base}/${want.resourceType}/${want.id}`)).json();
    n++;
    if (JSON.stringify(canon(strip(got))) !== JSON.stringify(canon(strip(want)))) {
      bad++;
      console.error(`differs: ${want.resourceType}/${want.id}`);
    }
  }
}
console.log(`read back ${n} resources, ${bad} differ`);
process.exit(bad ? 1 : 0);
JS

# 2. re-push: no duplicates
before=$(ctl GET /\$requests | grep -o '"method"' | wc -l)
total1=0
for t in $(ls "$out/store" | sed 's/\.ndjson$//'); do total1=$((total1 + $(count "$t"))); done
"$cli" push --server "$base" --insecure-loopback-http "$out/store" 2>"$out/repush.err" ||
	fail "re-push exited $?"
# the summary line: without a journal push cannot know the content is the
# same, so all are sent; everything was already there, so all updated (200)
grep -q "^trialfhir: sent $sent, created 0, updated $sent, unchanged 0, rejected 0 " \
	"$out/repush.err" || { fail "re-push summary line wrong"; cat "$out/repush.err"; }
# with the first push's journal: identical content is unchanged, not sent
"$cli" push --server "$base" --insecure-loopback-http --journal "$out/journal" "$out/store" \
	2>"$out/repush2.err" || fail "journal re-push exited $?"
grep -q "^trialfhir: sent 0, created 0, updated 0, unchanged $sent, rejected 0 " \
	"$out/repush2.err" || { fail "journal re-push summary line wrong"; cat "$out/repush2.err"; }
total2=0
for t in $(ls "$out/store" | sed 's/\.ndjson$//'); do total2=$((total2 + $(count "$t"))); done
[ "$total1" = "$sent" ] || fail "server holds $total1 resources, $sent sent"
[ "$total2" = "$total1" ] || fail "re-push changed the count: $total1 -> $total2"

# 3. a poison record: rejected with its OperationOutcome, the others land
{
	echo '{"resourceType":"Patient","id":"ok1","gender":"male"}'
	echo '{"resourceType":"Patient","id":"poison","gender":"robot","foo":1}'
	echo '{"resourceType":"Patient","id":"ok2"}'
	echo '{"resourceType":"Patient","gender":"female"}'
	echo '{"resourceType":"Patient","id":"dup","id":"dup2"}'
} >"$out/poison.ndjson"
"$cli" push --server "$base" --insecure-loopback-http --rejects "$out/rejects.ndjson" \
	"$out/poison.ndjson" 2>"$out/poison.err"
rc=$?
# sent: the three with an id and one key each; created: ok1 and ok2 (201);
# rejected: the poison (server) and the two the reader refused
grep -q '^trialfhir: sent 3, created 2, updated 0, unchanged 0, rejected 3 ' "$out/poison.err" ||
	{ fail "poison push summary line wrong"; cat "$out/poison.err"; }
[ $rc = 1 ] || fail "push with a poison record exited $rc, want 1"
grep -q '"id":"Patient/poison"' "$out/rejects.ndjson" || fail "poison not in the reject file"
grep '"Patient/poison"' "$out/rejects.ndjson" | grep -q '"resourceType":"OperationOutcome"' ||
	fail "reject line lacks the OperationOutcome"
grep '"Patient/poison"' "$out/rejects.ndjson" | grep -q 'foo' ||
	fail "reject line lacks the server's diagnostics"
[ "$(wc -l <"$out/rejects.ndjson")" = 3 ] || fail "want 3 rejects (poison, no id, duplicate key)"
curl -sf "$base/Patient/ok1" >/dev/null || fail "ok1 missing"
curl -sf "$base/Patient/ok2" >/dev/null || fail "ok2 missing"

# 4. secrets never in stderr at max verbosity
ctl POST /\$auth '{"mode":"bearer","tokens":["CANARY-SECRET-91ab"]}' >/dev/null
printf 'CANARY-SECRET-91ab\n' >"$out/token"
chmod 600 "$out/token"
mkdir -p "$out/tmp"
TMPDIR="$out/tmp" "$cli" push --server "$base" --insecure-loopback-http --auth bearer \
	--token-file "$out/token" --journal "$out/canary-journal" --rejects "$out/canary-rejects.ndjson" \
	-v -v "$out/poison.ndjson" 2>"$out/verbose.err" >/dev/null
grep -q 'CANARY-SECRET' "$out/verbose.err" && fail "token in verbose stderr"
# nor in any file the run wrote: journal, reject file, temporary files
[ -s "$out/canary-journal" ] || fail "the canary run wrote no journal"
grep -rlq 'CANARY-SECRET' "$out/tmp" "$out/canary-journal" "$out/canary-rejects.ndjson" &&
	fail "token in a file the push wrote"
grep -q 'Bearer \[REDACTED\]' "$out/verbose.err" || fail "no redacted Authorization in verbose output"
"$cli" push --server "$base" --insecure-loopback-http --auth bearer --token-env TF_NO_SUCH_VAR \
	-q "$out/poison.ndjson" 2>/dev/null
[ $? = 3 ] || fail "missing token variable should exit 3"
"$cli" push --server "http://example.org" -q "$out/poison.ndjson" 2>/dev/null
[ $? = 2 ] || fail "plain http to a non-loopback host should be bad usage"
ctl POST /\$auth '{"mode":"none"}' >/dev/null

# 5. pull a patient record
{
	echo '{"resourceType":"Patient","id":"pp1","birthDate":"1960-05-01"}'
	for i in $(seq 1 25); do
		echo "{\"resourceType\":\"Observation\",\"id\":\"o$i\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"777-3\"}]},\"subject\":{\"reference\":\"Patient/pp1\"},\"valueQuantity\":{\"value\":$((100 + i)),\"unit\":\"10*9/L\"}}"
	done
	echo '{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/pp1"},"code":{"text":"x"}}'
} >"$out/record.ndjson"
"$cli" push --server "$base" --insecure-loopback-http -q "$out/record.ndjson" || fail "push record"
"$cli" pull --server "$base" --insecure-loopback-http -q --count 10 --patient pp1 -o "$out/pulled"
rc=$?
[ $rc = 0 ] || fail "pull exited $rc"
[ "$(wc -l <"$out/pulled/Observation.ndjson")" = 25 ] || fail "pulled Observations != 25"
[ "$(wc -l <"$out/pulled/Patient.ndjson")" = 1 ] || fail "pulled Patient != 1"
[ "$(wc -l <"$out/pulled/Condition.ndjson")" = 1 ] || fail "pulled Condition != 1"
ctl POST /\$fault "{\"nextHost\":{\"page\":2,\"origin\":\"http://localhost:$port\"}}" >/dev/null
"$cli" pull --server "$base" --insecure-loopback-http -q --count 10 --patient pp1 -o "$out/pulled2" \
	2>"$out/pull2.err"
rc=$?
[ $rc = 1 ] || fail "incomplete pull exited $rc, want 1"
grep -q '"code":"incomplete"' "$out/pulled2/OperationOutcome.ndjson" 2>/dev/null ||
	fail "incomplete pull not marked"
"$cli" pull --server "$base" --insecure-loopback-http -q --all -o "$out/pulled3" 2>/dev/null
[ -s "$out/pulled3/Patient.ndjson" ] || fail "pull --all wrote no patients"
"$cli" pull --server "$base" --patient x --all 2>/dev/null
[ $? = 2 ] || fail "--patient with --all should be bad usage"

echo "cli_test: $fails failure(s)"
[ $fails = 0 ]
