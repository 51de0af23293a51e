// fhirpath.mjs - the fhirpath.js side of bench/fhirpath.c: evaluates the
// same expressions (fhirpath-expressions.tsv) on the same patient bundles,
// each compiled once, with the same variables, and prints evaluations per
// second and the results in the same format, so the two can be compared
// line by line, then the overall figure with the parse included (each
// evaluation compiles the expression first). fhirpath.js is not a
// dependency of the project: install it anywhere (npm install fhirpath) and
// pass that node_modules directory. ONLY, when given, names the one
// expression to measure.
//   node bench/fhirpath.mjs NODE_MODULES_DIR [PATIENT_DIR] [ITERATIONS] [ONLY]
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = resolve(process.argv[2] ?? '');
const dir = resolve(process.argv[3] ?? join(here, '..', 'fixtures', 'patients'));
const iterations = Number(process.argv[4] ?? 200);
const only = process.argv[5] ?? '';
const require = createRequire(join(modules, 'noop.js'));
const fhirpath = require('fhirpath');
const model = require('fhirpath/fhir-context/r4');

const exprs = readFileSync(join(here, 'fhirpath-expressions.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'))
  .filter(([name]) => !only || name === only);
const bundles = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

// fhirpath.js has no clock option: its today() is the real date. The
// timing does not depend on it; results of today()-based expressions may.
// Each figure runs whole rounds of ITERATIONS x every bundle for at least
// a quarter of a second (as bench/fhirpath.c does), and the overall ones
// are the rates over equal numbers of evaluations of every expression.
const minSeconds = 0.25;
function rate(run) {
  let n = 0, dt = 0;
  const t0 = performance.now();
  do {
    for (let k = 0; k < iterations; k++) for (let i = 0; i < bundles.length; i++) run(i);
    n += iterations * bundles.length;
    dt = (performance.now() - t0) / 1000;
  } while (dt < minSeconds);
  return n / dt;
}
const fmt = (name, r) => `${name.padEnd(14)} ${r.toFixed(0).padStart(9)} evals/s`;
console.log(`fhirpath.js ${fhirpath.version}, ${bundles.length} bundles, ${iterations} iterations`);
const envs = bundles.map((b) => ({ context: b, patient: b.entry.find((e) => e.resource.resourceType === 'Patient').resource }));
let inv = 0, invParse = 0;
for (const [name, expr] of exprs) {
  const fn = fhirpath.compile(expr, model);
  const results = bundles.map((b, i) => JSON.stringify(fn(b, envs[i])));
  const r = rate((i) => fn(bundles[i], envs[i]));
  inv += 1 / r;
  console.log(`${fmt(name, r)}   ${results.join(' ')}`);
}
console.log(fmt('all', exprs.length / inv));
// Parse included: compile, then evaluate, for every evaluation.
for (const [, expr] of exprs) invParse += 1 / rate((i) => fhirpath.compile(expr, model)(bundles[i], envs[i]));
console.log(fmt('all+parse', exprs.length / invParse));
