#!/usr/bin/env node
// Runs the FHIRPath of every computable criterion of the criteria case
// suite with fhirpath.js (an independent FHIRPath engine, npm `fhirpath`,
// pinned in tests/oracle/package.json) on the case's patient Bundles, and
// compares each result with patients/expected.json (true, false, or null
// for an empty result). make-patients.mjs writes both.
//
//   node check-fhirpath.mjs CASES_DIR
//
// The context is the one DESIGN.md fixes: %context is the Bundle, %patient
// its Patient. Dates in the Bundles written as "$today-18y+1d" are
// resolved against today's date first, as the FHIRPath's today() is.
// Every computable criterion must be evaluated on at least one Bundle; an
// expression fhirpath.js cannot parse or evaluate fails the check.
// Last line: "fhirpath: N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let fhirpath, r4;
try {
  fhirpath = require('fhirpath');
  r4 = require('fhirpath/fhir-context/r4');
} catch (e) {
  console.error('check-fhirpath: fhirpath.js is not installed: run make test (npm ci in tests/oracle)');
  process.exit(1);
}

function isoDate(d) {
  return d.toISOString().slice(0, 10);
}

// "$today-18y+1d" -> a date relative to today (UTC, like the engine's today()).
function resolveDate(s) {
  const m = /^\$today((?:[+-]\d+[ymwd])*)$/.exec(s);
  if (!m) return s;
  const now = new Date();
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  for (const [, sign, n, u] of m[1].matchAll(/([+-])(\d+)([ymwd])/g)) {
    const k = (sign === '-' ? -1 : 1) * Number(n);
    if (u === 'y') d.setUTCFullYear(d.getUTCFullYear() + k);
    else if (u === 'm') d.setUTCMonth(d.getUTCMonth() + k);
    else if (u === 'w') d.setUTCDate(d.getUTCDate() + 7 * k);
    else d.setUTCDate(d.getUTCDate() + k);
  }
  return isoDate(d);
}

function resolve(v) {
  if (typeof v === 'string') return resolveDate(v);
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  return v;
}

function single(result) {
  if (result.length === 0) return null;
  if (result.length === 1 && typeof result[0] === 'boolean') return result[0];
  return { unexpected: result };
}

const root = process.argv[2];
if (!root) {
  console.error('usage: check-fhirpath.mjs CASES_DIR');
  process.exit(2);
}
let passed = 0, failed = 0;
for (const name of fs.readdirSync(root).sort()) {
  const dir = path.join(root, name);
  const expFile = path.join(dir, 'expected.json');
  if (!fs.existsSync(expFile)) continue;
  const crits = JSON.parse(fs.readFileSync(expFile, 'utf8')).filter((c) => c.computable);
  if (!crits.length) continue;
  const pdir = path.join(dir, 'patients');
  const pexp = path.join(pdir, 'expected.json');
  if (!fs.existsSync(pexp)) {
    console.log(`FAIL ${name}: computable criteria but no patients/expected.json (run make-patients.mjs)`);
    failed++;
    continue;
  }
  const want = JSON.parse(fs.readFileSync(pexp, 'utf8'));
  const seen = new Set();
  for (const [file, results] of Object.entries(want)) {
    const bundle = resolve(JSON.parse(fs.readFileSync(path.join(pdir, file), 'utf8')));
    const patient = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'Patient');
    for (const [id, expected] of Object.entries(results)) {
      const c = crits.find((x) => x.id === id);
      if (!c) {
        console.log(`FAIL ${name}/${file}: no computable criterion ${id}`);
        failed++;
        continue;
      }
      seen.add(id);
      let got;
      try {
        got = single(fhirpath.evaluate(bundle, c.fhirpath, { context: bundle, patient }, r4));
      } catch (e) {
        got = { error: e.message };
      }
      if (JSON.stringify(got) === JSON.stringify(expected)) {
        passed++;
      } else {
        failed++;
        console.log(`FAIL ${name}/${file} ${id}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
        console.log(`     ${c.fhirpath}`);
      }
    }
  }
  for (const c of crits)
    if (!seen.has(c.id)) {
      failed++;
      console.log(`FAIL ${name}: criterion ${c.id} is computable but evaluated on no Bundle`);
    }
}
console.log(`fhirpath: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
