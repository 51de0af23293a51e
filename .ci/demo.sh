#!/bin/sh
# make demo: converts the bundled registry fixtures (CT.gov API v2 JSON,
# classic XML and the four seed documents: a mirror page and three
# registry web pages) into the default file store, shows what came out,
# then matches the bundled patients against those trials: the Synthea
# patients (fixtures/patients) and the hand-made ones designed to meet or
# fail specific criteria of the seed trials (fixtures/patients/handmade,
# fixtures/match/handmade.tsv says which), and prints the tables.
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

AS_OF=2026-11-22
echo
echo "== trialfhir match --trials $STORE --patients fixtures/patients/handmade --as-of $AS_OF --format text"
echo "   (hand-made patients; each differs from hm-fit in one thing that a seed trial checks)"
"$TF" match --quiet --trials "$STORE" --patients fixtures/patients/handmade --as-of $AS_OF \
	--format text >"$STORE/match-handmade.txt" || [ $? -eq 1 ]
# the trials and the table, then why the seed trial NCT06756087 says what it
# says for two of them
sed -n '/^Patient\//q;p' "$STORE/match-handmade.txt"
for p in hm-fit hm-male-qtc; do
	awk -v want="Patient/$p × NCT06756087" 'index($0, want) == 1 { on = 1 } on && /^$/ { exit } on' \
		"$STORE/match-handmade.txt"
	echo
done
echo "   (all pairs with their criteria: $STORE/match-handmade.txt)"
echo
echo "== trialfhir match --trials $STORE --patients fixtures/patients --as-of $AS_OF --format text --only eligible"
echo "   (Synthea patients; the table, then the criteria of the eligible pairs)"
"$TF" match --quiet --trials "$STORE" --patients fixtures/patients --as-of $AS_OF --format text \
	--only eligible | sed -n '/^patient \\ trial/,$p' || [ $? -eq 1 ]
