#!/bin/sh
# make demo: converts the bundled registry fixtures into the default file
# store and shows what came out.
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
TF="$BUILD/trialfhir"
export TRIALFHIR_MAPPINGS="$PWD/mappings"
STORE=fhir-store
echo "== trialfhir convert: fixtures/ctgov-v2 -> $STORE/"
"$TF" convert --quiet -o "$STORE" fixtures/ctgov-v2 || [ $? -eq 1 ]
for f in "$STORE"/*.ndjson; do
	printf '%8d  %s\n' "$(wc -l <"$f")" "$f"
done
echo
echo "== first converted study (trialfhir convert -o - fixtures/ctgov-v2/NCT00711542.json)"
"$TF" convert --quiet -o - fixtures/ctgov-v2/NCT00711542.json | head -n 60
echo "   ..."
echo
echo "== studies in the store"
"$TF" convert --quiet -o - --format ndjson fixtures/ctgov-v2 |
	sed -n 's/.*"resourceType":"ResearchStudy","id":"\([^"]*\)".*"title":"\([^"]*\)".*"status":"\([^"]*\)".*/\1  [\3]  \2/p' |
	cut -c1-110
