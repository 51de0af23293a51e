// fhirpath.mjs - the fhirpath.js side of bench/fhirpath.c: evaluates the
// same expressions (fhirpath-expressions.tsv) on the same patient bundles,
// each compiled once, with the same variables, and prints evaluations per
// second and the results in the same format, so the two can be compared
// line by line. fhirpath.js is not a dependency of the project: install it
// anywhere (npm install fhirpath) and pass that node_modules directory.
//   node bench/fhirpath.mjs NODE_MODULES_DIR [PATIENT_DIR] [ITERATIONS]
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = resolve(process.argv[2] ?? '');
const dir = resolve(process.argv[3] ?? join(here, '..', 'fixtures', 'patients'));
const iterations = Number(process.argv[4] ?? 200);
const require = createRequire(join(modules, 'noop.js'));
const fhirpath = require('fhirpath');
const model = require('fhirpath/fhir-context/r4');

const exprs = readFileSync(join(here, 'fhirpath-expressions.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t'));
const bundles = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

// fhirpath.js has no clock option: its today() is the real date. The
// timing does not depend on it; results of today()-based expressions may.
let total = 0, secs = 0;
console.log(`fhirpath.js ${fhirpath.version}, ${bundles.length} bundles, ${iterations} iterations`);
for (const [name, expr] of exprs) {
  const fn = fhirpath.compile(expr, model);
  const envs = bundles.map((b) => ({ context: b, patient: b.entry.find((e) => e.resource.resourceType === 'Patient').resource }));
  const results = bundles.map((b, i) => JSON.stringify(fn(b, envs[i])));
  const t0 = performance.now();
  for (let k = 0; k < iterations; k++) for (let i = 0; i < bundles.length; i++) fn(bundles[i], envs[i]);
  const dt = (performance.now() - t0) / 1000;
  const n = iterations * bundles.length;
  total += n;
  secs += dt;
  console.log(`${name.padEnd(14)} ${(n / dt).toFixed(0).padStart(9)} evals/s   ${results.join(' ')}`);
}
console.log(`${'all'.padEnd(14)} ${(total / secs).toFixed(0).padStart(9)} evals/s`);
