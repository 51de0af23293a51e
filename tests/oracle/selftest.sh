#!/usr/bin/env bash
# Self-test of the validation oracle (validate.mjs), so that it cannot
# silently pass everything:
#  - every selftest/bad-* file must fail (exit 1), and each oracle named for
#    it below must report an error ([medplum], [fhir] or [json]);
#  - every selftest/good-* file must pass (exit 0, 0 errors);
#  - unreadable input, malformed NDJSON and a missing argument exit 2;
#  - the official FHIR R4 examples pass, when shared/conformance-data is
#    there (set TF_EXAMPLES_R4=DIR to point elsewhere, or to "" to skip).
# Usage: bash tests/oracle/selftest.sh        (NODE=/path/to/node to override)
set -u
here=$(cd "$(dirname "$0")" && pwd)
node=${NODE:-node}
v="$here/validate.mjs"
st="$here/selftest"
fails=0
checks=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# file  oracles that must each report at least one error
expectations='
bad-unknown-element.json            medplum fhir
bad-r5-element.json                 fhir
bad-missing-status.json             medplum fhir
bad-status-code.json                fhir
bad-wrong-type-array.json           medplum fhir
bad-wrong-type-boolean.json         medplum fhir
bad-wrong-type-string.json          medplum
bad-date-format.json                medplum
bad-empty-values.json               json
bad-extension-no-url.json           medplum fhir
bad-extension-value-and-children.json medplum
bad-two-choice-values.json          medplum
bad-group-missing-value.json        medplum fhir
bad-contained-unknown-element.json  medplum fhir
bad-unknown-resource-type.json      medplum fhir
bad-bundle-entry.json               medplum fhir
bad-lines.ndjson                    medplum fhir
'

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! command -v "$node" >/dev/null 2>&1 || [ ! -d "$here/node_modules" ]; then
  echo "oracle selftest: the validation oracle is not installed (node: $(command -v "$node" || echo missing)," \
       "node_modules: $([ -d "$here/node_modules" ] && echo present || echo missing))."
  echo "run make test (it installs the oracle with npm ci), or: bash tests/oracle/install.sh"
  exit 1
fi
if ! "$node" "$v" --quiet "$st/good-researchstudy.json" >"$out/probe" 2>&1; then
  echo "oracle selftest: validate.mjs does not run:"; cat "$out/probe"
  echo "run make test (it installs the oracle with npm ci), or: bash tests/oracle/install.sh"
  exit 1
fi

# every bad-* file must be listed, so a new case cannot go unchecked
for f in "$st"/bad-*; do
  name=$(basename "$f")
  grep -q "^$name " <<<"$expectations" || fail "$name has no expectation in selftest.sh"
done

while read -r name oracles; do
  [ -n "$name" ] || continue
  checks=$((checks + 1))
  f="$st/$name"
  [ -f "$f" ] || { fail "$name: missing"; continue; }
  "$node" "$v" --quiet "$f" >"$out/log" 2>&1
  rc=$?
  if [ "$rc" -ne 1 ]; then
    fail "$name: exit $rc, expected 1"; sed 's/^/    /' "$out/log"; continue
  fi
  for o in $oracles; do
    grep -qF "[$o] " "$out/log" || { fail "$name: no error from the $o oracle"; sed 's/^/    /' "$out/log"; }
  done
  echo "ok   $name fails ($(grep -c ': \[[a-z]*\] ' "$out/log") errors, from: $oracles)"
done <<<"$expectations"

# errors inside a Bundle entry / an NDJSON line are reported there
checks=$((checks + 1))
"$node" "$v" --quiet "$st/bad-bundle-entry.json" "$st/bad-lines.ndjson" >"$out/log" 2>&1
if grep -q 'bad-bundle-entry.json:entry\[2\]: Location/' "$out/log" &&
   ! grep -q 'bad-bundle-entry.json:1: Bundle/' "$out/log" &&
   grep -q 'bad-lines.ndjson:2: Location/bad-site' "$out/log" &&
   ! grep -q 'bad-lines.ndjson:1:' "$out/log"; then
  echo "ok   errors are attributed to the Bundle entry and the NDJSON line"
else
  fail "error attribution"; sed 's/^/    /' "$out/log"
fi

for f in "$st"/good-*; do
  checks=$((checks + 1))
  name=$(basename "$f")
  "$node" "$v" --quiet "$f" >"$out/log" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && grep -q '^oracle: [1-9][0-9]* resources, 0 errors' "$out/log"; then
    echo "ok   $name passes ($(tail -1 "$out/log"))"
  else
    fail "$name: exit $rc, expected 0"; sed 's/^/    /' "$out/log"
  fi
done

# input errors: exit 2
printf '%s\n' '{"resourceType":"Organization","id":"o1","name":"x"}' '{"resourceType": "Organization", "id": ' >"$out/broken.ndjson"
for args in "$out/broken.ndjson" "$out/does-not-exist.json" ""; do
  checks=$((checks + 1))
  # shellcheck disable=SC2086
  "$node" "$v" --quiet $args >"$out/log" 2>&1
  rc=$?
  if [ "$rc" -eq 2 ]; then echo "ok   exit 2 for input '${args##*/}'"; else fail "exit $rc for input '${args##*/}', expected 2"; fi
done

examples=${TF_EXAMPLES_R4-$here/../../../shared/conformance-data/examples-r4}
if [ -n "$examples" ] && [ -d "$examples" ]; then
  checks=$((checks + 1))
  "$node" "$v" --quiet "$examples"/*.json >"$out/log" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ]; then echo "ok   official R4 examples pass ($(tail -1 "$out/log"))"
  else fail "official R4 examples: exit $rc"; sed 's/^/    /' "$out/log"; fi
else
  echo "skip official R4 examples (no directory ${examples:-given})"
fi

if [ "$fails" -ne 0 ]; then
  echo "oracle selftest: $fails of $checks checks FAILED"
  exit 1
fi
echo "oracle selftest: all $checks checks passed"
