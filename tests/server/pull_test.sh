#!/usr/bin/env bash
# trialfhir pull end to end against the loopback test server, each way of
# choosing patients and what of them to fetch:
#  1. --search 'Patient?gender=female': the two female patients' records;
#  2. --group: the Group's Patient members; a member that is not a Patient
#     marks the selection incomplete (exit 1);
#  3. --plans: only the types and codes the PlanDefinition's
#     DataRequirements ask for; --everything: Patient/ID/$everything (paged
#     by link[next]) where the CapabilityStatement offers it, else a search
#     of every patient-searchable type it declares, same store both ways;
#     --rejects: a search that fails for good and the server's export
#     error file each give a reject line with an OperationOutcome;
#  4. --export (system and group level): everything via Bulk Data, the
#     server's error file makes it incomplete (marker naming every exported
#     patient, exit 1); a decompression bomb stopped at --max-file-bytes
#     with nothing of it left in the store;
#  5. RELIABILITY.md scenario 10 at CLI level, scaled from 2,500 resources
#     in pages of 100 to 150 in pages of 6 (still 25 pages): page 13
#     answers 503 twice (retried), page 20's next link points to another
#     host (not followed): 120 Observations, each once, and the store marks
#     the patient INCOMPLETE in OperationOutcome.ndjson (exit 1);
#  6. bad usage exits 2.
# Usage: pull_test.sh TRIALFHIR OUTDIR   (TF_SERVER_PORT_FILE set)
set -u
cli=$1
out=$2
port=$(head -1 "$TF_SERVER_PORT_FILE")
base="http://127.0.0.1:$port"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ctl() { curl -s -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} "$base$2"; }
lines() { if [ -f "$1" ]; then wc -l <"$1"; else echo 0; fi; }
pull() { "$cli" pull --server "$base" --insecure-loopback-http -q "$@"; }

rm -rf "$out"
mkdir -p "$out"
ctl POST /\$reset >/dev/null

obs() { # id patient loinc value
	echo "{\"resourceType\":\"Observation\",\"id\":\"$1\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"$3\"}]},\"subject\":{\"reference\":\"Patient/$2\"},\"valueQuantity\":{\"value\":$4,\"unit\":\"g/dL\"}}"
}
{
	echo '{"resourceType":"Patient","id":"pa1","gender":"female","birthDate":"1960-05-01"}'
	echo '{"resourceType":"Patient","id":"pa2","gender":"male","birthDate":"1970-05-01"}'
	echo '{"resourceType":"Patient","id":"pa3","gender":"female","birthDate":"1980-05-01"}'
	for i in $(seq 1 150); do obs "s$i" pa1 777-3 $((100 + i)); done
	obs h1 pa3 718-7 13.1
	obs h2 pa3 718-7 12.9
	obs w1 pa3 777-3 250
	obs w2 pa2 777-3 250
	echo '{"resourceType":"Condition","id":"c2","subject":{"reference":"Patient/pa2"},"code":{"text":"x"}}'
	echo '{"resourceType":"Condition","id":"c3","subject":{"reference":"Patient/pa3"},"code":{"text":"x"}}'
	echo '{"resourceType":"AllergyIntolerance","id":"a3","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"active"}]},"patient":{"reference":"Patient/pa3"},"code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"6387"}]}}'
	echo '{"resourceType":"Procedure","id":"pr3","status":"completed","subject":{"reference":"Patient/pa3"},"code":{"text":"x"}}'
	echo '{"resourceType":"Group","id":"g1","type":"person","actual":true,"member":[{"entity":{"reference":"Patient/pa2"}},{"entity":{"reference":"Patient/pa3"}}]}'
	echo '{"resourceType":"Group","id":"g2","type":"person","actual":true,"member":[{"entity":{"reference":"Patient/pa2"}},{"entity":{"reference":"Practitioner/dr1"}}]}'
} >"$out/data.ndjson"
"$cli" push --server "$base" --insecure-loopback-http -q "$out/data.ndjson" || fail "push test data"

# 1. by a search
pull --search 'Patient?gender=female' -o "$out/search"
rc=$?
[ $rc = 0 ] || fail "pull --search exited $rc"
[ "$(lines "$out/search/Patient.ndjson")" = 2 ] || fail "--search: want 2 patients"
grep -q '"pa2"' "$out/search/Patient.ndjson" && fail "--search pulled the male patient"
[ "$(lines "$out/search/Observation.ndjson")" = 153 ] || fail "--search: want 153 Observations"

# 2. by Group
pull --group g1 -o "$out/group"
rc=$?
[ $rc = 0 ] || fail "pull --group exited $rc"
[ "$(lines "$out/group/Patient.ndjson")" = 2 ] || fail "--group: want 2 patients"
grep -q '"pa1"' "$out/group/Patient.ndjson" && fail "--group pulled a non-member"
pull --group g2 -o "$out/group2" 2>"$out/group2.err"
rc=$?
[ $rc = 1 ] || fail "pull --group with a non-Patient member exited $rc, want 1"
grep -q '"incomplete-selection"' "$out/group2/OperationOutcome.ndjson" 2>/dev/null ||
	fail "--group: short member list not marked"
grep -q 'Practitioner/dr1' "$out/group2.err" || fail "--group: the odd member not named"

# 3. what a set of PlanDefinitions asks for; the whole compartment
cat >"$out/plan.json" <<'JSON'
{"resourceType":"PlanDefinition","id":"pd1","status":"active","action":[
 {"input":[{"type":"Patient","mustSupport":["birthDate"]}]},
 {"action":[{"input":[{"type":"Observation","codeFilter":[{"path":"code","code":[{"system":"http://loinc.org","code":"718-7"}]}]}]}]},
 {"input":[{"type":"AllergyIntolerance","codeFilter":[{"path":"code","code":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"6387"}]}]}]}]}
JSON
ctl DELETE /\$requests >/dev/null
pull --patient pa3 --plans "$out/plan.json" -o "$out/plans"
rc=$?
[ $rc = 0 ] || fail "pull --plans exited $rc"
[ "$(lines "$out/plans/Observation.ndjson")" = 2 ] || fail "--plans: want the 2 hemoglobin Observations"
[ "$(lines "$out/plans/AllergyIntolerance.ndjson")" = 1 ] || fail "--plans: want the allergy"
[ -e "$out/plans/Condition.ndjson" ] && fail "--plans fetched Conditions nobody asked for"
ctl GET /\$requests | grep -q 'code=http%3A%2F%2Floinc.org%7C718-7' ||
	fail "--plans: the Observation search did not carry the code"
# --everything where the server has $everything: one operation, paged
ctl DELETE /\$requests >/dev/null
pull --patient pa3 --everything --count 2 -o "$out/every"
rc=$?
[ $rc = 0 ] || fail "pull --everything exited $rc"
for t in Patient Observation Condition AllergyIntolerance Procedure; do
	[ -s "$out/every/$t.ndjson" ] || fail "--everything: no $t"
done
reqs=$(ctl GET /\$requests)
# 1 Patient + 3 Observations + Condition + allergy + procedure = 7 in pages of 2
[ "$(echo "$reqs" | grep -o '"url":"/Patient/pa3/\$everything[^"]*"' | wc -l)" = 4 ] ||
	fail "--everything: want 4 pages of Patient/pa3/\$everything"
echo "$reqs" | grep -q '"url":"/Observation?' && fail "--everything searched per type though \$everything is offered"
# a server without it: the per-type searches, the same store
ctl POST /\$config '{"everything":false}' >/dev/null
ctl DELETE /\$requests >/dev/null
pull --patient pa3 --everything -o "$out/every2"
rc=$?
ctl POST /\$config '{"everything":true}' >/dev/null
[ $rc = 0 ] || fail "pull --everything (fallback) exited $rc"
reqs=$(ctl GET /\$requests)
echo "$reqs" | grep -q 'everything' && fail "--everything fallback asked for \$everything"
echo "$reqs" | grep -q '"url":"/Observation?patient=pa3' || fail "--everything fallback: no Observation search"
for t in Patient Observation Condition AllergyIntolerance Procedure; do
	cmp -s <(sort "$out/every/$t.ndjson") <(sort "$out/every2/$t.ndjson") ||
		fail "--everything: $t differs between \$everything and per-type searches"
done

# --rejects: a search that fails for good is a reject line naming the
# request and the patient, with an OperationOutcome
ctl POST /\$fault '{"mode":"503","match":"GET /Condition\\?"}' >/dev/null
pull --patient pa3 --retries 0 --rejects "$out/rejects.ndjson" -o "$out/rej" 2>/dev/null
rc=$?
ctl POST /\$fault '{}' >/dev/null
[ $rc = 1 ] || fail "pull with a failing search exited $rc, want 1"
[ "$(lines "$out/rejects.ndjson")" = 1 ] || fail "--rejects: want 1 line for the failed search"
grep '"stage":"fetch"' "$out/rejects.ndjson" | grep '"id":"Patient/pa3"' |
	grep '"source":"Condition?patient=pa3"' | grep -q '"resourceType":"OperationOutcome"' ||
	fail "--rejects: the failed search line lacks stage, id, source or its OperationOutcome"
[ -s "$out/rej/Observation.ndjson" ] || fail "--rejects: the other types were not pulled"

# 4. Bulk Data $export
ctl DELETE /\$requests >/dev/null
pull --export system -o "$out/export" --rejects "$out/export-rejects.ndjson" 2>"$out/export.err"
rc=$?
[ $rc = 1 ] || fail "pull --export (server error file) exited $rc, want 1"
[ "$(lines "$out/export/Patient.ndjson")" = 3 ] || fail "--export: want 3 patients"
[ "$(lines "$out/export/Observation.ndjson")" = 154 ] || fail "--export: want 154 Observations"
grep -q '"incomplete-export"' "$out/export/OperationOutcome.ndjson" 2>/dev/null ||
	fail "--export: partial export not marked"
for p in pa1 pa2 pa3; do
	grep '"incomplete-export"' "$out/export/OperationOutcome.ndjson" 2>/dev/null |
		grep -q "\"Patient/$p\"" || fail "--export: marker does not name $p"
done
grep -q 'could not be exported' "$out/export.err" || fail "--export: error file not surfaced"
grep '"stage":"export-error"' "$out/export-rejects.ndjson" 2>/dev/null |
	grep '"resourceType":"OperationOutcome"' | grep -q 'could not be exported' ||
	fail "--export: the error file's OperationOutcome is not in --rejects"
ls -A "$out/export" | grep -q '^\.export' && fail "--export left its download directory"
pull --export group --group g1 -o "$out/export-g" 2>/dev/null
ctl GET /\$requests | grep -q '/Group/g1/\$export' || fail "--export group: no group kick-off"
"$cli" pull --server "$base/bulk/s14" --insecure-loopback-http -q --export system \
	--max-file-bytes 1048576 -o "$out/bomb" 2>"$out/bomb.err"
rc=$?
[ $rc = 1 ] || fail "pull --export of a bomb exited $rc, want 1"
grep -q 'larger than 1048576 bytes' "$out/bomb.err" || fail "bomb: cap not named"
[ "$(lines "$out/bomb/Condition.ndjson")" = 1 ] || fail "bomb: the other file was not delivered"
[ -e "$out/bomb/Patient.ndjson" ] && fail "bomb: a Patient file was left"
ls -A "$out/bomb" | grep -q '^\.export' && fail "bomb: download directory left"
"$cli" pull --help | grep -q 'default 2147483648 = 2 GiB' || fail "no 2 GiB default in --help"

# 5. scenario 10: paged search with a 503 twice and a cross-host next link
ctl POST /\$fault "{\"mode\":\"503\",\"count\":2,\"match\":\"GET /Observation\\\\?.*_offset=72\",\"nextHost\":{\"page\":20,\"origin\":\"http://localhost:$port\"}}" >/dev/null
ctl DELETE /\$requests >/dev/null
"$cli" pull --server "$base" --insecure-loopback-http -q --retries 3 --count 6 --patient pa1 \
	-o "$out/s10" 2>"$out/s10.err"
rc=$?
[ $rc = 1 ] || fail "scenario 10: exit $rc, want 1"
[ "$(lines "$out/s10/Observation.ndjson")" = 120 ] || fail "scenario 10: want 120 Observations (20 pages)"
[ "$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$out/s10/Observation.ndjson" | sort -u | wc -l)" = 120 ] ||
	fail "scenario 10: duplicates in the store"
reqs=$(ctl GET /\$requests)
[ "$(echo "$reqs" | grep -o '_offset=72' | wc -l)" -ge 3 ] || fail "scenario 10: page 13 not retried"
echo "$reqs" | grep -q '"host":"localhost' && fail "scenario 10: the cross-host link was followed"
grep '"incomplete-pa1"' "$out/s10/OperationOutcome.ndjson" 2>/dev/null | grep -q '"Patient/pa1"' ||
	fail "scenario 10: store not marked incomplete for Patient/pa1"
grep '"incomplete-pa1"' "$out/s10/OperationOutcome.ndjson" 2>/dev/null | grep -q 'another origin' ||
	fail "scenario 10: the marker does not say why"
ctl POST /\$fault '{"nextHost":null}' >/dev/null

# 6. bad usage
pull --patient pa1 --group g1 -o "$out/x" 2>/dev/null
[ $? = 2 ] || fail "two selections should exit 2"
pull --export group -o "$out/x" 2>/dev/null
[ $? = 2 ] || fail "--export group without --group should exit 2"
pull --search 'Observation?code=1' -o "$out/x" 2>/dev/null
[ $? = 2 ] || fail "a non-Patient --search should exit 2"

[ $fails = 0 ] && echo "pull_test: all passed"
exit $((fails > 0))
