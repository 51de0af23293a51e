#!/usr/bin/env bash
# Convert the fixture registry records with the trialfhir CLI and validate
# everything it wrote with the oracle (validate.mjs).
#
# Usage: bash tests/oracle/run-fixtures.sh TRIALFHIR OUTDIR [FIXTURE...]
#   TRIALFHIR  path to the CLI (e.g. build/trialfhir)
#   OUTDIR     output directory; its *.ndjson files are removed first
#   FIXTURE    input records (default: fixtures/ctgov-v2/*.json)
# Environment: NODE (default: node), TF_ORACLE_WARNINGS=1 to print warnings.
# Exit 0 when the CLI succeeded, wrote one ResearchStudy per fixture, and the
# oracle found no error; 1 otherwise.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
node=${NODE:-node}

if [ $# -lt 2 ]; then
  echo "usage: $0 TRIALFHIR OUTDIR [FIXTURE...]" >&2
  exit 2
fi
cli=$1
outdir=$2
shift 2
if [ $# -eq 0 ]; then
  set -- "$root"/fixtures/ctgov-v2/*.json
fi
[ -e "$1" ] || { echo "run-fixtures: no fixture files ($1)" >&2; exit 1; }

if ! command -v "$node" >/dev/null 2>&1 || [ ! -d "$here/node_modules" ]; then
  echo "run-fixtures: the validation oracle is not installed (node: $(command -v "$node" || echo missing)," \
       "node_modules: $([ -d "$here/node_modules" ] && echo present || echo missing))." >&2
  echo "run make test (it installs the oracle with npm ci), or: bash tests/oracle/install.sh" >&2
  exit 1
fi
[ -x "$cli" ] || { echo "run-fixtures: CLI not found or not executable: $cli" >&2; exit 1; }

mkdir -p "$outdir" || exit 1
rm -f "$outdir"/*.ndjson

echo "+ $cli convert -o $outdir <$# fixture files>"
"$cli" convert -o "$outdir" "$@"
rc=$?
if [ "$rc" -ne 0 ]; then
  echo "run-fixtures: trialfhir convert exited $rc" >&2
  exit 1
fi

shopt -s nullglob
outputs=("$outdir"/*.ndjson)
if [ ${#outputs[@]} -eq 0 ]; then
  echo "run-fixtures: the CLI wrote no NDJSON into $outdir" >&2
  exit 1
fi
for f in "${outputs[@]}"; do
  printf '  %-32s %6d resources\n' "$(basename "$f")" "$(grep -c . "$f")"
done

# One ResearchStudy per study record: an empty or short output must not pass.
studies=0
[ -f "$outdir/ResearchStudy.ndjson" ] && studies=$(grep -c . "$outdir/ResearchStudy.ndjson")
if [ "$studies" -ne $# ]; then
  echo "run-fixtures: $# fixtures but $studies ResearchStudy resources in $outdir/ResearchStudy.ndjson" >&2
  exit 1
fi

quiet=--quiet
[ "${TF_ORACLE_WARNINGS:-0}" = 1 ] && quiet=
"$node" "$here/validate.mjs" $quiet "${outputs[@]}"
rc=$?
[ "$rc" -eq 0 ] || exit 1
