#!/usr/bin/env bash
# `trialfhir conformance` against the loopback test server:
#  1. the server as it is: exit 0, a passing TestReport that our own
#     validator (`trialfhir validate`) and both FHIR oracles accept
#     (tests/oracle/validate.mjs, zero errors), valid JUnit
#     XML, and the probe resources deleted again; a read-back that differs
#     (decimal precision) fails, naming the element;
#  2. the server without transactions (POST /$config {"transactions":false}:
#     no `transaction` in its CapabilityStatement, 400 on transaction
#     Bundles): exit 1, a failing TestReport whose failed asserts say that
#     transactions are missing, and JUnit <failure> elements saying the same;
#  3. an unreachable server: exit 3 and still a failing TestReport saying
#     why;  4. bad usage: exit 2.
# Usage: conformance_test.sh TRIALFHIR OUTDIR   (TF_SERVER_PORT_FILE set)
set -u
tf=$1
out=$2
node=${NODE:-node}
here=$(cd "$(dirname "$0")" && pwd)
oracle=${TF_ORACLE:-$here/../oracle/validate.mjs}
port=$(head -1 "$TF_SERVER_PORT_FILE")
base="http://127.0.0.1:$port"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ctl() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$base$2"; }
count() { ctl GET "/\$count?type=$1" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'; }
xml_ok() {
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$1"
	else
		grep -q '^<?xml' "$1" && grep -q '</testsuites>' "$1"
	fi
}
# Both npm FHIR oracles (installed by make test, as for the fixtures).
oracle_ok() { "$node" "$oracle" "$1"; }
# The value of "result" at the top of a TestReport (the first one written).
report_result() { "$node" -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).result)' "$1"; }

rm -rf "$out"
mkdir -p "$out"
ctl POST /\$reset >/dev/null

# 1. a fit server: a passing, valid report
"$tf" conformance --server "$base" --insecure-loopback-http -o "$out/pass.json" \
	--junit "$out/pass.xml" 2>"$out/pass.err"
rc=$?
[ $rc = 0 ] || { fail "conformance exited $rc on a fit server"; cat "$out/pass.err" "$out/pass.json"; }
[ "$(report_result "$out/pass.json")" = pass ] || fail "TestReport.result is not pass"
"$tf" validate -q "$out/pass.json" || fail "trialfhir validate refuses the passing TestReport"
oracle_ok "$out/pass.json" || fail "the passing TestReport is not valid FHIR R4"
xml_ok "$out/pass.xml" || fail "JUnit XML of the passing run is not well formed"
grep -q '<testcase ' "$out/pass.xml" || fail "JUnit XML has no testcase"
! grep -q '<failure' "$out/pass.xml" || fail "JUnit XML of a passing run has failures"
n_tests=$(grep -o '"name": "[a-z]' "$out/pass.json" | wc -l)
n_cases=$(grep -o '<testcase ' "$out/pass.xml" | wc -l)
[ "$n_cases" -ge "$n_tests" ] || fail "JUnit has $n_cases testcases for $n_tests tests"
for check in fhir-version resource-ResearchStudy search-Observation-date system-transaction \
	roundtrip-put roundtrip-compare roundtrip-gone transaction-put; do
	grep -q "\"$check\"" "$out/pass.json" || fail "TestReport lacks the check $check"
done
left=$(count ResearchStudy)
[ "$left" = 0 ] || fail "the round trip left $left ResearchStudy behind"
# stdout is the default output; a given resource is round-tripped too
echo '{"resourceType":"Patient","id":"keep-me","gender":"female","birthDate":"1970-01-01"}' >"$out/patient.json"
ctl PUT /Patient/keep-me '{"resourceType":"Patient","id":"keep-me","gender":"male"}' >/dev/null
"$tf" conformance --server "$base" --insecure-loopback-http --resource "$out/patient.json" \
	>"$out/stdout.json" 2>/dev/null || fail "conformance --resource exited $?"
grep -q '"roundtrip-compare"' "$out/stdout.json" || fail "no TestReport on stdout"
grep -q 'Patient/trialfhir-conformance-' "$out/stdout.json" || fail "--resource was not round-tripped"
ctl GET /Patient/keep-me | grep -q '"male"' || fail "the probe touched the resource's own id"

# a read-back that differs is a failure naming the place: the Node server
# keeps decimals as JavaScript numbers, so 1.50 comes back as 1.5
echo '{"resourceType":"Observation","id":"q","status":"final","code":{"text":"x"},"valueQuantity":{"value":1.50,"unit":"mg"}}' >"$out/decimal.json"
"$tf" conformance --server "$base" --insecure-loopback-http --resource "$out/decimal.json" \
	-o "$out/decimal-report.json" 2>/dev/null
rc=$?
[ $rc = 1 ] || fail "a changed read-back should fail the report (exit $rc)"
grep -q 'differs at /valueQuantity/value: sent 1.50, read back 1.5' "$out/decimal-report.json" ||
	fail "the compare failure does not say where and how the read-back differs"

# 2. no transactions: a failing report that says why
ctl POST /\$config '{"transactions":false}' >/dev/null
"$tf" conformance --server "$base" --insecure-loopback-http -o "$out/fail.json" \
	--junit "$out/fail.xml" 2>"$out/fail.err"
rc=$?
ctl POST /\$config '{"transactions":true}' >/dev/null
[ $rc = 1 ] || { fail "conformance exited $rc on a server without transactions (want 1)"; cat "$out/fail.err"; }
[ "$(report_result "$out/fail.json")" = fail ] || fail "TestReport.result is not fail"
"$tf" validate -q "$out/fail.json" || fail "trialfhir validate refuses the failing TestReport"
oracle_ok "$out/fail.json" || fail "the failing TestReport is not valid FHIR R4"
"$node" - "$out/fail.json" <<'JS' || fail "the failing asserts do not say transactions are missing"
const tr = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const failed = tr.test.filter((t) => t.action.some((a) => a.assert.result === 'fail'));
const names = failed.map((t) => t.name).sort().join(',');
console.log(`failed: ${names}`);
const say = failed.every((t) => /transaction/.test(t.action[0].assert.message));
process.exit(names === 'system-transaction,transaction-put' && say ? 0 : 1);
JS
xml_ok "$out/fail.xml" || fail "JUnit XML of the failing run is not well formed"
[ "$(grep -c '<failure message="[^"]*transaction' "$out/fail.xml")" = 2 ] ||
	fail "JUnit XML lacks the two transaction failures"

# 3. an unreachable server: exit 3, still a failing report saying why
"$tf" conformance --server http://127.0.0.1:1 --insecure-loopback-http --retries 0 \
	-o "$out/down.json" --junit "$out/down.xml" 2>"$out/down.err"
rc=$?
[ $rc = 3 ] || fail "conformance exited $rc on an unreachable server (want 3)"
[ "$(report_result "$out/down.json")" = fail ] || fail "no failing TestReport for an unreachable server"
grep -q 'connect' "$out/down.json" || fail "the report does not say the server was unreachable"
"$tf" validate -q "$out/down.json" || fail "trialfhir validate refuses the unreachable TestReport"
oracle_ok "$out/down.json" || fail "the unreachable TestReport is not valid FHIR R4"
xml_ok "$out/down.xml" || fail "JUnit XML of the unreachable run is not well formed"

# 4. usage
"$tf" conformance --insecure-loopback-http >/dev/null 2>&1
[ $? = 2 ] || fail "no --server should exit 2"
"$tf" conformance --server "$base" --no-such-option >/dev/null 2>&1
[ $? = 2 ] || fail "an unknown option should exit 2"

echo "conformance_test: $fails failure(s)"
[ $fails = 0 ]
