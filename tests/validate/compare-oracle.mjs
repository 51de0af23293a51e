#!/usr/bin/env node
// compare-oracle.mjs - runs trialfhir's validator and the npm oracles
// (tests/oracle/validate.mjs: @medplum/core and the `fhir` package) over the
// same files -- the official R4 examples and every mutant test_validate
// generates -- and compares, file by file, the locations each side reports
// errors at. A disagreement fails the test unless
// tests/validate/known-disagreements.tsv lists it (docs/conformance.md
// says why ours is right per the spec).
//
//   node compare-oracle.mjs TEST_VALIDATE_BINARY WORKDIR
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const [bin, work] = process.argv.slice(2);
if (!bin || !work) {
  console.error('usage: compare-oracle.mjs TEST_VALIDATE WORKDIR');
  process.exit(2);
}
if (!readdirSync(join(root, 'tests/oracle')).includes('node_modules')) {
  console.error('FAIL: tests/oracle/node_modules missing: run make test (it installs the oracle with npm ci)');
  process.exit(1);
}
const mdir = join(work, 'mutants');
rmSync(mdir, { recursive: true, force: true });
mkdirSync(mdir, { recursive: true });
execFileSync(bin, ['--write-mutants', mdir], { stdio: 'inherit' });
const exdir = join(root, 'conformance/examples-r4');
const files = [
  ...readdirSync(exdir).filter((f) => f.endsWith('.json')).map((f) => join(exdir, f)),
  ...readdirSync(mdir).filter((f) => f.endsWith('.json')).sort().map((f) => join(mdir, f)),
];

// oracle: FILE:WHERE: Type/id: [who] LOCATION: message
const oracle = new Map(files.map((f) => [f, new Set()]));
const o = spawnSync(process.execPath, [join(root, 'tests/oracle/validate.mjs'), '--quiet', exdir, mdir],
  { encoding: 'utf8', maxBuffer: 1 << 28 });
for (const line of o.stdout.split('\n')) {
  const m = line.match(/^(.+?\.json):[^:]*: .*?: \[(\w+)\] (\S+?): (.*)$/);
  if (!m) continue;
  let [, file, , loc, msg] = m;
  if (/^Missing (required )?property/.test(msg)) loc += ' (missing)';
  oracle.get(file)?.add(loc);
}

// ours: FILE<TAB>N<TAB>LOC: message...
const ours = new Map(files.map((f) => [f, new Set()]));
const c = spawnSync(bin, ['--check', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
for (const line of c.stdout.split('\n')) {
  const [file, , ...issues] = line.split('\t');
  for (const is of issues) {
    const i = is.indexOf(': ');
    let loc = is.slice(0, i);
    const msg = is.slice(i + 2);
    const req = msg.match(/^Missing required element (\w+)/);
    if (req) loc = `${loc}.${req[1]} (missing)`;
    ours.get(file)?.add(loc);
  }
}

// known disagreements: SIDE<TAB>MUTATION-or-*<TAB>LOCATION-suffix<TAB>reason
const known = readFileSync(join(here, 'known-disagreements.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const isKnown = (side, file, loc) => known.some(([s, mut, suffix]) =>
  s === side && (mut === '*' || basename(file).includes(`--${mut}.json`)) && loc.endsWith(suffix));

let agree = 0, listed = 0;
const nloc = (m) => [...m.values()].reduce((n, s) => n + s.size, 0);
console.log(`error locations: ours ${nloc(ours)}, oracle ${nloc(oracle)}`);
const unlisted = [];
for (const f of files) {
  const a = ours.get(f), b = oracle.get(f);
  let same = true;
  for (const loc of a) if (!b.has(loc)) {
    same = false;
    if (isKnown('ours-only', f, loc)) listed++; else unlisted.push(`ours only:   ${basename(f)} ${loc}`);
  }
  for (const loc of b) if (!a.has(loc)) {
    same = false;
    if (isKnown('oracle-only', f, loc)) listed++; else unlisted.push(`oracle only: ${basename(f)} ${loc}`);
  }
  if (same) agree++;
}
console.log(`compare: ${files.length} files, ${agree} with identical error locations, ` +
  `${listed} known disagreements, ${unlisted.length} unlisted`);
for (const u of unlisted) console.log(u);
process.exit(unlisted.length ? 1 : 0);
