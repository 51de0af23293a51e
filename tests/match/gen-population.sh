#!/bin/sh
# Writes N patients into DIR, one Bundle each, copies of the hand-made
# fixtures/patients/handmade/*.json under new ids (pop-<k>-<name>): a population of
# any size for measuring that `trialfhir match` streams patients in bounded
# memory (docs/matching.md) and for bench/match.sh.
#
# With RESOURCES, every Bundle is padded to exactly that many resources with
# a history of its Observations (copies 30, 60, ... days older, new ids), as
# a record with several visits has; the newest results stay those of the
# hand-made patient, so each copy decides the seed criteria as its original.
# Patients without Observations (hm-sparse) cannot be padded and are left
# out then. Padding needs node.
#   gen-population.sh PROJECT_DIR DIR N [RESOURCES]
set -eu
ROOT=$1
DIR=$2
N=$3
RESOURCES=${4:-}
mkdir -p "$DIR"
k=0
while [ $k -lt "$N" ]; do
	for f in "$ROOT"/fixtures/patients/handmade/*.json; do
		[ $k -lt "$N" ] || break
		[ -z "$RESOURCES" ] || grep -q '"Observation"' "$f" || continue
		name=$(basename "$f" .json)
		sed "s/\"$name/\"pop-$k-$name/g; s/Patient\\/$name/Patient\\/pop-$k-$name/g" "$f" \
			>"$DIR/pop-$k-$name.json"
		k=$((k + 1))
	done
done
[ -n "$RESOURCES" ] || exit 0
node - "$DIR" "$RESOURCES" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, want] = [process.argv[2], Number(process.argv[3])];
const day = 86400000;
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const file = path.join(dir, f), b = JSON.parse(fs.readFileSync(file, 'utf8'));
  const obs = b.entry.filter((e) => e.resource.resourceType === 'Observation');
  if (b.entry.length > want) throw new Error(`${file}: ${b.entry.length} resources, more than ${want}`);
  for (let i = 0; b.entry.length < want; i++) {
    const back = Math.floor(i / obs.length) + 1, o = structuredClone(obs[i % obs.length].resource);
    o.id += `-h${back}`;
    if (o.effectiveDateTime)
      o.effectiveDateTime = new Date(Date.parse(o.effectiveDateTime) - back * 30 * day)
        .toISOString().slice(0, 10);
    b.entry.push({ fullUrl: `Observation/${o.id}`, resource: o });
  }
  fs.writeFileSync(file, JSON.stringify(b) + '\n');
}
EOF
