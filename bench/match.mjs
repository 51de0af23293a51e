// match.mjs - the fhirpath.js side of bench/match.sh: evaluates the FHIRPath
// conditions of the same PlanDefinitions (a `trialfhir convert` store) on the
// same patients (a directory of Bundles), the way `trialfhir match` does,
// and prints pairs/s, evaluations/s, wall and CPU time and peak RSS.
//
// Per patient, as adapter/src/match/context.c does: read and parse the
// Bundle, keep the Patient and the resource types the DataRequirements name,
// drop what was entered in error, sort newest first by the clinical date;
// then every condition of every PlanDefinition with %context = that Bundle,
// %patient = the Patient and today() = AS_OF. Each distinct condition is
// compiled once, inside the timed run, as the built-in engine's compile
// cache does: parse included on both sides. The verdict rule and the JSON
// report are not reproduced (they cost little next to the evaluations), so
// the comparison flatters fhirpath.js slightly.
// fhirpath.js is not a dependency of the project: tests/oracle/install.sh
// puts it in tests/oracle/node_modules.
//   node bench/match.mjs NODE_MODULES STORE_DIR PATIENT_DIR AS_OF
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [modules, store, dir, asOf] = process.argv.slice(2);
if (!asOf) {
  console.error('usage: node bench/match.mjs NODE_MODULES STORE_DIR PATIENT_DIR AS_OF');
  process.exit(2);
}
const require = createRequire(join(resolve(modules), 'noop.js'));
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

// today() is the as-of date: fhirpath.js reads the clock through Date.
const fixed = Date.parse(`${asOf}T00:00:00Z`);
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...a) {
    if (a.length === 0) super(fixed);
    else super(...a);
  }
  static now() {
    return fixed;
  }
};

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const ndjson = (f) => readFileSync(join(store, f), 'utf8').split('\n').filter((l) => l)
  .map((l) => JSON.parse(l));
const studies = ndjson('ResearchStudy.ndjson');
const plans = ndjson('PlanDefinition.ndjson');
const types = new Set();
const conditions = [];  // per PlanDefinition, its conditions (nested actions too)
for (const p of plans) {
  const list = [];
  const walk = (actions) => {
    for (const a of actions || []) {
      for (const dr of a.input || []) if (dr.type && dr.type !== 'Patient') types.add(dr.type);
      for (const c of a.condition || [])
        if (c.kind === 'applicability' && c.expression && c.expression.expression)
          list.push(c.expression.expression);
      walk(a.action);
    }
  };
  walk(p.action);
  conditions.push(list);
}
const compiled = new Map();
const compile = (e) => {
  let fn = compiled.get(e);
  if (!fn) compiled.set(e, (fn = fhirpath.compile(e, r4)));
  return fn;
};

const dateKeys = ['effectiveDateTime', 'effectiveInstant', 'onsetDateTime', 'authoredOn',
  'performedDateTime', 'recordedDate', 'issued', 'dateAsserted', 'assertedDate'];
const dateOf = (r) => {
  for (const k of dateKeys) if (typeof r[k] === 'string') return r[k];
  for (const k of ['effectivePeriod', 'onsetPeriod', 'performedPeriod'])
    if (r[k] && typeof r[k].start === 'string') return r[k].start;
  return '';
};
const inError = (r) => r.status === 'entered-in-error' ||
  ((r.verificationStatus || {}).coding || []).some((c) => c.code === 'entered-in-error');

let pairs = 0, evals = 0, evalMs = 0, patients = 0;
const tally = { true: 0, false: 0, empty: 0, other: 0, error: 0 };
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  const b = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const all = (b.entry || []).map((e) => e.resource).filter((r) => r);
  const patient = all.find((r) => r.resourceType === 'Patient');
  if (!patient) continue;
  const kept = all.map((r, pos) => ({ r, pos, d: dateOf(r) }))
    .filter(({ r }) => types.has(r.resourceType) && !inError(r))
    .sort((x, y) => (x.d < y.d ? 1 : x.d > y.d ? -1 : x.pos - y.pos));
  const ctx = { resourceType: 'Bundle', type: 'collection',
    entry: [patient, ...kept.map((x) => x.r)].map((r) => ({ resource: r })) };
  const env = { context: ctx, patient };
  patients++;
  pairs += studies.length;
  const e0 = performance.now();
  for (const list of conditions)
    for (const e of list) {
      evals++;
      let out;
      try {
        out = compile(e)(ctx, env);
      } catch {
        tally.error++;
        continue;
      }
      if (out.length === 0) tally.empty++;
      else if (out.length === 1 && typeof out[0] === 'boolean') tally[out[0]]++;
      else tally.other++;
    }
  evalMs += performance.now() - e0;
}
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const rssMB = process.resourceUsage().maxRSS / 1024;
console.log(`fhirpath.js ${fhirpath.version} (node ${process.version}): ${patients} patients x ` +
  `${studies.length} trials = ${pairs} pairs, ${evals} evaluations of ${compiled.size} ` +
  'distinct conditions');
console.log(`  wall ${wall.toFixed(2)} s, cpu ${cpuS.toFixed(2)} s ` +
  `(user ${(cpu.user / 1e6).toFixed(2)}, sys ${(cpu.system / 1e6).toFixed(2)}), ` +
  `peak RSS ${rssMB.toFixed(1)} MB`);
console.log(`  ${(pairs / wall).toFixed(0)} pairs/s, ${(evals / wall).toFixed(0)} evaluations/s wall; ` +
  `${(pairs / cpuS).toFixed(0)} pairs/s, ${(evals / cpuS).toFixed(0)} evaluations/s cpu`);
console.log(`  evaluation only: ${(evals / (evalMs / 1000)).toFixed(0)} evaluations/s ` +
  `(results: ${tally.true} true, ${tally.false} false, ${tally.empty} empty, ` +
  `${tally.other} other, ${tally.error} errors)`);
