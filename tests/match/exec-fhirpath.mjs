#!/usr/bin/env node
// exec-fhirpath.mjs - an example `exec:` evaluator for `trialfhir match`:
// decides each criterion with fhirpath.js (HL7's reference JavaScript
// FHIRPath engine) instead of trialfhir's built-in engine.
//
// Protocol (adapter/src/match/exec.c): one JSON request per line on stdin,
//   {"asOf":"2026-11-22","patient":"Patient/p1","action":{...},"context":{...Bundle...}}
// and one JSON response per line on stdout,
//   {"result":"met"|"not-met"|"unknown"|"not-computable","evidence":[...],"reason":"..."}
// today()/now() are the as-of date: fhirpath.js reads the clock through
// Date, so Date is pinned to asOf (UTC) for each request.
//
// Usage: trialfhir match --evaluator 'exec:node tests/match/exec-fhirpath.mjs' ...
// It needs tests/oracle/node_modules (tests/oracle/install.sh); set
// FHIRPATH_MODULES to another node_modules directory if it lives elsewhere.
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.TZ = 'UTC';
const here = dirname(fileURLToPath(import.meta.url));
const modules = process.env.FHIRPATH_MODULES || join(here, '..', 'oracle', 'node_modules');
const require = createRequire(join(modules, 'noop.js'));
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const RealDate = Date;
let fixed = RealDate.now();
class PinnedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(fixed);
    else super(...args);
  }
  static now() {
    return fixed;
  }
}
globalThis.Date = PinnedDate;

function condition(action) {
  for (const c of action.condition || []) {
    const e = c.expression || {};
    if (c.kind === 'applicability' && e.expression &&
        (!e.language || e.language === 'text/fhirpath'))
      return e.expression;
  }
  return null;
}

function decide(req) {
  const expr = condition(req.action || {});
  if (!expr) return { result: 'not-computable', evidence: [], reason: 'no FHIRPath condition' };
  const bundle = req.context;
  const patient = ((bundle.entry || []).find(
    (e) => e.resource && e.resource.resourceType === 'Patient') || {}).resource;
  fixed = RealDate.parse(`${req.asOf}T00:00:00Z`);
  let out;
  try {
    out = fhirpath.evaluate(bundle, expr, { context: bundle, patient }, r4);
  } catch (err) {
    return { result: 'unknown', evidence: [], reason: `fhirpath.js: ${err.message}` };
  }
  if (out.length === 0) return { result: 'unknown', evidence: [], reason: 'no data' };
  if (out.length === 1 && typeof out[0] === 'boolean')
    return { result: out[0] ? 'met' : 'not-met', evidence: patient && patient.id ?
      [`Patient/${patient.id}`] : [] };
  return { result: 'unknown', evidence: [], reason: 'condition did not give one boolean' };
}

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  if (!line.trim()) return;
  let resp;
  try {
    resp = decide(JSON.parse(line));
  } catch (err) {
    resp = { result: 'unknown', evidence: [], reason: `bad request: ${err.message}` };
  }
  process.stdout.write(JSON.stringify(resp) + '\n');
});
