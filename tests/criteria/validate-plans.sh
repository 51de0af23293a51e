#!/bin/sh
# Writes the PlanDefinition of every criteria case (and of the whole
# criteria of each seed case) and validates them with the FHIR oracle.
#   validate-plans.sh CRITERIA_PLANS OUTDIR VALIDATE_MJS CASES_DIR
set -u
PLANS=$1
OUT=$2
VALIDATE=$3
CASES=$4
NODE=${NODE:-node}
rm -rf "$OUT"
mkdir -p "$OUT"
# shellcheck disable=SC2046
"$PLANS" "$OUT" $(ls "$CASES"/*/input.txt) || exit 1
"$NODE" "$VALIDATE" --quiet "$OUT"
