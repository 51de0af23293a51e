#!/bin/sh
# Runs the benchmarks and prints their figures (copy them into
# docs/performance.md with the machine they ran on).
set -eu
BUILD=${1:-build}
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -m)"
"$BUILD/bench/bench_convert" fixtures/ctgov-v2 10000
