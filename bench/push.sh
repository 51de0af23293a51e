#!/bin/sh
# bench/push.sh - trialfhir push against the loopback test server
# (tests/server/server.mjs, Medplum's engine in memory): 10,000 converted
# studies (the fixture studies converted once, then copied under distinct
# ids and identifiers until there are 10,000 ResearchStudy resources) as
# transactions of 100, with 1, 2, 4 and 8 requests in flight: records/s.
# Then the same Bundles sent by a plain load tool (bench/push-load.mjs,
# Node fetch) with 1, 2, 4 and 8 in flight: the server's own ceiling, so
# push's figure reads as a fraction of what the server can take. The
# server is reset before every run, so every run creates all 10,000.
# Usage: bench/push.sh BUILD_DIR [RECORDS]
set -eu
BUILD=${1:-build}
N=${2:-10000}
cd "$(dirname "$0")/.."
TF=$BUILD/trialfhir
[ -x "$TF" ] || TF=$BUILD/adapter/trialfhir
work=$(mktemp -d)
trap 'kill $(cat "$work/pid" 2>/dev/null) 2>/dev/null; rm -rf "$work"' EXIT
TRIALFHIR_MAPPINGS=${TRIALFHIR_MAPPINGS:-mappings} "$TF" convert -q -o "$work/store" fixtures/ctgov-v2
node -e '
const fs = require("fs");
const [src, dst, n] = [process.argv[1], process.argv[2], Number(process.argv[3])];
const base = fs.readFileSync(src, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const out = [];
for (let i = 0; out.length < n; i++) {
  const r = structuredClone(base[i % base.length]);
  const copy = Math.floor(i / base.length);
  r.id = `${r.id}-c${copy}`;
  for (const id of r.identifier || []) id.value = `${id.value}-c${copy}`;
  delete r.protocol; /* the copies have no PlanDefinition */
  out.push(JSON.stringify(r));
}
fs.writeFileSync(dst, out.join("\n") + "\n");' "$work/store/ResearchStudy.ndjson" "$work/studies.ndjson" "$N"
node tests/server/server.mjs --port-file "$work/port" --max-seconds 1800 --max-requests 10000000 \
	>"$work/server.log" 2>&1 &
echo $! >"$work/pid"
i=0
while [ ! -s "$work/port" ]; do
	sleep 0.1
	i=$((i + 1))
	[ $i -lt 600 ] || { echo "server did not start" >&2; exit 1; }
done
base="http://127.0.0.1:$(cat "$work/port")"
echo "push: $N ResearchStudy resources, $(wc -c <"$work/studies.ndjson") bytes, transactions of 100"
for p in 1 2 4 8; do
	curl -s -X POST "$base/\$reset" >/dev/null
	t0=$(date +%s.%N)
	"$TF" push --server "$base" --insecure-loopback-http --mode transaction --bundle-size 100 \
		--parallel $p -q "$work/studies.ndjson"
	t1=$(date +%s.%N)
	n=$(curl -s "$base/\$count?type=ResearchStudy" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
	[ "$n" = "$N" ] || { echo "server holds $n of $N" >&2; exit 1; }
	echo "trialfhir $p $N $t0 $t1" | awk '{ s = $5 - $4; printf "trialfhir push, %d in flight: %.2f s, %.0f records/s\n", $2, s, $3 / s }'
done
for p in 1 2 4 8; do
	node bench/push-load.mjs "$base" "$work/studies.ndjson" 100 $p |
		awk '{ printf "plain load tool, %d in flight: %.2f s, %.0f records/s\n", $2, $4, $3 / $4 }'
done
