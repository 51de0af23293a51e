#!/bin/sh
# make demo: converts the bundled registry fixtures (CT.gov API v2 JSON,
# classic XML and the four seed documents: a mirror page and three
# registry web pages) into the default file store and shows what came out.
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
TF="$BUILD/trialfhir"
export TRIALFHIR_MAPPINGS="$PWD/mappings"
STORE=fhir-store
INPUTS="fixtures/ctgov-v2 fixtures/ctgov-xml fixtures/registry"

echo "== trialfhir convert -o $STORE $INPUTS"
"$TF" convert --quiet --rejects "$STORE.rejects.ndjson" -o "$STORE" $INPUTS || [ $? -eq 1 ]
for f in "$STORE"/*.ndjson; do
	printf '%8d  %s\n' "$(wc -l <"$f")" "$f"
done
echo
echo "== a seed document (a ClinConnect web page saved as text) as FHIR:"
echo "   trialfhir convert -o - fixtures/registry/001_738c78966a8a98f7.txt"
"$TF" convert --quiet -o - fixtures/registry/001_738c78966a8a98f7.txt | head -n 40
echo "   ..."
echo
echo "== studies in the store: id, FHIR status, title"
# Our output keeps FHIR element order (id, ..., title, ..., status), so a
# line-oriented look at the NDJSON is enough for a listing.
sed -n 's/^{"resourceType":"ResearchStudy","id":"\([^"]*\)".*"title":"\(\([^"\\]\|\\.\)*\)".*"status":"\([a-z-]*\)".*/\1|\4|\2/p' \
	"$STORE/ResearchStudy.ndjson" | sed 's/\\"/"/g' |
	awk -F'|' '{ printf "%-12s %-26s %.70s\n", $1, $2, $3 }'

echo
echo "== trialfhir match --trials $STORE --patients fixtures/patients --format text --only eligible"
"$TF" match --quiet --trials "$STORE" --patients fixtures/patients --format text --only eligible || [ $? -eq 1 ]
