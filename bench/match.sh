#!/bin/sh
# match.sh - the matching benchmark (issue 7; docs/performance.md, "match"):
# NP generated patients (tests/match/gen-population.sh, copies of the
# hand-made patients padded to 60 resources) x NT converted trials (the seed
# registry records, then fixtures/ctgov-v2, then fixtures/ctgov-xml, in name
# order), `trialfhir match` single-threaded and with -j 2: pairs/s, criteria
# evaluations/s (each FHIRPath condition of a PlanDefinition, nested ones
# included, once per patient), wall and CPU time, peak RSS. Then fhirpath.js
# on the same conditions and patients (bench/match.mjs), when node and
# fhirpath.js (tests/oracle/node_modules) are there. The machine may be
# shared: CPU time (user + sys) says more than wall time then.
#   sh bench/match.sh BUILD [NP] [NT]
set -eu
BUILD=${1:-build}
NP=${2:-1000}
NT=${3:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TF=$BUILD/trialfhir
AS_OF=2026-11-22
export TRIALFHIR_MAPPINGS="${TRIALFHIR_MAPPINGS:-$ROOT/mappings}"
[ -x /usr/bin/time ] || { echo "match bench: needs /usr/bin/time (GNU time)" >&2; exit 1; }
command -v node >/dev/null || { echo "match bench: needs node (gen-population.sh)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

mkdir "$TMP/in"
n=0
for f in "$ROOT"/fixtures/registry/*.txt "$ROOT"/fixtures/ctgov-v2/*.json \
	"$ROOT"/fixtures/ctgov-xml/*.xml; do
	[ $n -lt "$NT" ] || break
	cp "$f" "$TMP/in/"
	n=$((n + 1))
done
"$TF" convert --quiet -o "$TMP/store" "$TMP/in"
sh "$ROOT/tests/match/gen-population.sh" "$ROOT" "$TMP/pop" "$NP" 60
trials=$(grep -c . "$TMP/store/ResearchStudy.ndjson")
conds=$(grep -o '"kind":"applicability"' "$TMP/store/PlanDefinition.ndjson" | wc -l)
pairs=$((NP * trials))
evals=$((NP * conds))
echo "match: $NP patients x $trials trials = $pairs pairs, $conds conditions per patient," \
	"$evals evaluations"

for j in 1 2; do
	/usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$TF" match -q -j $j --trials "$TMP/store" \
		--patients "$TMP/pop" --as-of $AS_OF >"$TMP/out-$j.json"
	read -r wall user sys rss <"$TMP/time"
	awk -v j=$j -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v p=$pairs -v e=$evals 'BEGIN {
		c = u + s
		printf "trialfhir match -j %d: wall %.2f s, cpu %.2f s (user %.2f, sys %.2f), peak RSS %.1f MB\n",
			j, w, c, u, s, r / 1024
		printf "  %.0f pairs/s, %.0f evaluations/s wall; %.0f pairs/s, %.0f evaluations/s cpu\n",
			p / w, e / w, p / c, e / c
	}'
done
cmp -s "$TMP/out-1.json" "$TMP/out-2.json" || { echo "match bench: -j 2 changed the report" >&2; exit 1; }

MODULES=${FHIRPATH_MODULES:-$ROOT/tests/oracle/node_modules}
if [ -d "$MODULES/fhirpath" ]; then
	node "$ROOT/bench/match.mjs" "$MODULES" "$TMP/store" "$TMP/pop" $AS_OF
else
	echo "fhirpath.js not in $MODULES (tests/oracle/install.sh): comparison skipped"
fi
