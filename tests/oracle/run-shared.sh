#!/usr/bin/env bash
# Converts every record of the shared development set (CT.gov API v2 JSON
# and classic XML) and validates the output with the oracle: all must
# convert (exit 0) and validate with zero errors. Exits 77 (skipped) when
# the set is not beside the checkout.
#   run-shared.sh TRIALFHIR OUTDIR REGISTRY_DATA_DIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
outdir=$2
data=$3
if [ ! -d "$data/ctgov-v2" ] || [ ! -d "$data/ctgov-xml" ]; then
  echo "run-shared: $data not present: skipped"
  exit 77
fi
set -- "$data"/ctgov-v2/*.json "$data"/ctgov-xml/*.xml
exec bash "$here/run-fixtures.sh" "$cli" "$outdir" "$@"
