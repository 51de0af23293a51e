#!/usr/bin/env node
// bench/push-load.mjs - the plain load tool of bench/push.sh: what the test
// server can take without trialfhir in the way. It builds the same
// transaction Bundles trialfhir push sends (PUT by id, 100 entries,
// fullUrl + resource + request) from an NDJSON file, resets the server, and
// POSTs them with N requests in flight using Node's fetch. Prints
// "load N records seconds".
// Usage: node push-load.mjs BASE FILE.ndjson BUNDLE_SIZE N
import fs from 'node:fs';

const [base, file, sizeArg, nArg] = process.argv.slice(2);
const size = Number(sizeArg), n = Number(nArg);
const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
const bundles = [];
for (let i = 0; i < lines.length; i += size) {
  const entry = lines.slice(i, i + size).map((l) => {
    const r = JSON.parse(l);
    const url = `${r.resourceType}/${r.id}`;
    return { fullUrl: `${base}/${url}`, resource: r, request: { method: 'PUT', url } };
  });
  bundles.push(JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry }));
}
await fetch(`${base}/$reset`, { method: 'POST' });
let next = 0, failed = 0, resent = 0;
const t0 = performance.now();
// A kept-alive connection the server closes just as a request goes out
// fails with ECONNRESET (Node's fetch does not resend on its own, libcurl
// does); these Bundles are PUT-only, so sending once more is safe.
async function post(body) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(base, { method: 'POST', body,
        headers: { 'Content-Type': 'application/fhir+json', Prefer: 'return=minimal' } });
    } catch (e) {
      if (attempt >= 2) throw e;
      resent++;
    }
  }
}
async function worker() {
  while (next < bundles.length) {
    const res = await post(bundles[next++]);
    await res.arrayBuffer();
    if (res.status !== 200) failed++;
  }
}
await Promise.all(Array.from({ length: n }, worker));
const s = (performance.now() - t0) / 1000;
if (failed) { console.error(`push-load: ${failed} Bundles failed`); process.exit(1); }
if (resent) console.error(`push-load: ${resent} Bundles sent again after a connection reset`);
console.log(`load ${n} ${lines.length} ${s.toFixed(3)}`);
