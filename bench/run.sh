#!/bin/sh
# Runs the benchmarks and prints their figures (copy them into
# docs/performance.md with the machine they ran on).
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m)"
"$BUILD/bench/bench_convert" fixtures/ctgov-v2 10000
# FHIRPath: 10 eligibility expressions on the Synthea bundles, then the same
# with fhirpath.js (the npm package the oracle tests install).
if [ -d tests/oracle/node_modules/fhirpath ]; then
	"$BUILD/bench/bench_fhirpath" --js tests/oracle/node_modules
else
	echo "fhirpath.js not installed (make test installs it): our engine alone"
	"$BUILD/bench/bench_fhirpath"
fi
# validation of a 10,000-study conversion, one thread then two
"$BUILD/bench/bench_validate" 10000 fixtures 1
"$BUILD/bench/bench_validate" 10000 fixtures 2
# match: generated patients (60 resources each) x 50 converted trials, -j 1
# and -j 2, then fhirpath.js on the same conditions and data (MATCH_PATIENTS
# scales it down; fhirpath.js takes minutes for the full 1,000).
sh bench/match.sh "$BUILD" "${MATCH_PATIENTS:-1000}" 50
# push to the loopback test server: 10,000 converted studies as transactions
# of 100, 1/2/4/8 in flight, and the server's own ceiling (PUSH_RECORDS
# scales it down; the server takes about 25 of these studies a second).
sh bench/push.sh "$BUILD" "${PUSH_RECORDS:-10000}"
