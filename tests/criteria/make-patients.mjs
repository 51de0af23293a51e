#!/usr/bin/env node
// Builds the small patient Bundles of a criteria case (fixtures/criteria/
// <case>/patients/), on which check-fhirpath.mjs runs the case's FHIRPath
// with fhirpath.js. Run it after adding or changing a case:
//
//   node tests/criteria/make-patients.mjs fixtures/criteria/<case>...
//
// For every computable criterion of expected.json it writes, from the
// criterion's *structure* (its tests, thresholds, groups) and not from its
// FHIRPath:
//   <id>.met.json      data that makes every test hold, at the boundary
//                      value (">= 1.5" gets exactly 1.5)
//   <id>.flip-N.json   the same with test N made to fail, just past the
//                      boundary (">= 1.5" gets 1.4)
//   <id>.male.json / <id>.female.json for thresholds that differ by sex
//   <id>.<variant>.obs.json  for findings also recorded on an Observation
//                      (NYHA class, pregnancy status): the same with the
//                      Observation in place of the Condition
//   <id>.<variant>.male.json for pregnancy and breastfeeding: a man
//   <id>.test-N.in.json / .out.json  when the criterion tests one analyte
//                      twice ("< 90 or >= 150"): one Observation whose value
//                      is just inside / outside test N's bound
// plus one missing.json for the case (a Patient with no gender, no birth
// date, nothing else), and patients/expected.json: the result each
// criterion must give on each Bundle (true, false, or null for empty),
// worked out here from the structure. So the check compares two
// independent readings of the criterion: the expression the C code wrote
// and the structure the same code reported.
//
// Dates are written relative to the day the check runs ("$today-18y+1d"),
// so the Bundles do not go stale; check-fhirpath.mjs resolves them.
import fs from 'node:fs';
import path from 'node:path';

const UCUM = 'http://unitsofmeasure.org';
const durationLetter = { a: 'y', mo: 'm', wk: 'w', d: 'd', h: 'd' };

function step(value) {
  // one unit of the last written digit: 1.5 -> 0.1, 50 -> 1, 2.50 -> 0.01
  const dot = value.indexOf('.');
  return dot < 0 ? 1 : Math.pow(10, -(value.length - dot - 1));
}

function round(x, value) {
  const dot = value.indexOf('.');
  const digits = dot < 0 ? 0 : value.length - dot - 1;
  return Number(x.toFixed(digits));
}

// A number that satisfies (ok) or fails (!ok) all filters of one sex.
function pickValue(filters, ok) {
  const lo = filters.find((f) => f.comparator === 'ge' || f.comparator === 'gt');
  const hi = filters.find((f) => f.comparator === 'le' || f.comparator === 'lt');
  const eq = filters.find((f) => f.comparator === 'eq');
  if (eq) {
    const v = Number(eq.value);
    return ok ? v : round(v + step(eq.value), eq.value);
  }
  if (ok) {
    if (lo) return lo.comparator === 'ge' ? Number(lo.value) : round(Number(lo.value) + step(lo.value), lo.value);
    return hi.comparator === 'le' ? Number(hi.value) : round(Number(hi.value) - step(hi.value), hi.value);
  }
  if (lo) return lo.comparator === 'gt' ? Number(lo.value) : round(Number(lo.value) - step(lo.value), lo.value);
  return hi.comparator === 'lt' ? Number(hi.value) : round(Number(hi.value) + step(hi.value), hi.value);
}

function holds(filters, v) {
  return filters.every((f) => {
    const t = Number(f.value);
    switch (f.comparator) {
      case 'ge': return v >= t;
      case 'gt': return v > t;
      case 'le': return v <= t;
      case 'lt': return v < t;
      default: return v === t;
    }
  });
}

function coding(test) {
  const c = test.codes[0];
  let code = c.code;
  if (code.endsWith('*')) code = code.slice(0, -1) + (code.length > 4 ? '' : '.9');
  return { system: c.system, code };
}

const unrelated = { system: 'http://example.org/unrelated', code: 'x' };

// The Observation of a measurement or score test with value v in unit.
function observationFor(test, v, unit, id) {
  const obs = {
    resourceType: 'Observation', id, status: 'final',
    code: { coding: [{ system: test.codes[0].system, code: test.codes[0].code }] },
    effectiveDateTime: '$today-1d',
  };
  if (test.kind === 'score' || !unit) {
    if (Number.isInteger(v) && test.kind === 'score') obs.valueInteger = v;
    else obs.valueQuantity = { value: v };
  } else if (unit === '{ULN}' || unit === '{LLN}') {
    const limit = 40;
    obs.valueQuantity = { value: Number((v * limit).toFixed(4)), unit: 'U/L', system: UCUM, code: 'U/L' };
    const key = unit === '{ULN}' ? 'high' : 'low';
    obs.referenceRange = [{ [key]: { value: limit, unit: 'U/L', system: UCUM, code: 'U/L' } }];
  } else {
    obs.valueQuantity = { value: v, unit, system: UCUM, code: unit };
  }
  return obs;
}

// Criteria that test one analyte more than once ("SBP < 90 or >= 150
// mmHg"): one Observation per analyte, whose value is set just inside or
// just outside each test's bound in turn; every test's truth is then
// worked out from that value. Only for thresholds in one unit and not by
// sex, which is what the parser writes for such alternatives.
function sameAnalyteBundles(c, files, expected) {
  const tests = c.tests;
  const simple = tests.every((t) => (t.kind === 'measurement' || t.kind === 'score') &&
    t.filters.every((f) => !f.sex && f.unit === t.filters[0].unit));
  if (!simple) return;
  const concepts = [...new Set(tests.map((t) => t.concept))];
  tests.forEach((driver, d) => {
    for (const ok of [true, false]) {
      const value = {};
      for (const k of concepts) {
        const first = tests.find((t) => t.concept === k);
        value[k] = k === driver.concept ? pickValue(driver.filters, ok) : pickValue(first.filters, true);
      }
      const truth = tests.map((t) => holds(t.filters, value[t.concept]));
      const resources = concepts.map((k, i) => {
        const t = tests.find((x) => x.concept === k);
        return observationFor(t, value[k], t.filters[0].unit, `r${i}`);
      });
      const patient = { resourceType: 'Patient', id: 'p', gender: 'female', birthDate: '$today-40y' };
      const file = `${c.id}.test-${d + 1}.${ok ? 'in' : 'out'}.json`;
      files[file] = bundle([patient, ...resources]);
      expected[file] = { [c.id]: combine(c, truth) };
    }
  });
}

// The resource(s) for one test: ok says whether the test's own statement
// (before any negation) must hold.
function resourcesFor(test, ok, sex, idx) {
  const id = `r${idx}`;
  switch (test.kind) {
    case 'measurement':
    case 'score': {
      const own = test.filters.filter((f) => !f.sex || f.sex === sex);
      return [observationFor(test, pickValue(own, ok), own[0].unit, id)];
    }
    case 'condition':
    case 'pregnancy':
    case 'breastfeeding':
      if (!(test.codes || []).length && test.observation) {
        // a finding recorded only on an Observation (HBsAg positive)
        return [{
          resourceType: 'Observation', id, status: 'final',
          code: { coding: [test.observation.codes[0]] },
          valueCodeableConcept: { coding: [ok ? test.observation.values[0] : unrelated] },
          effectiveDateTime: '$today-1d',
        }];
      }
      return [{
        resourceType: 'Condition', id,
        clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
        verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
        code: { coding: [ok ? coding(test) : unrelated] },
        onsetDateTime: '$today-1d',
      }];
    case 'medication':
      return [{
        resourceType: 'MedicationStatement', id, status: 'active',
        medicationCodeableConcept: { coding: [ok ? coding(test) : unrelated] },
        effectiveDateTime: '$today-1d',
      }];
    case 'procedure':
      return [{
        resourceType: 'Procedure', id, status: test.status === 'current' ? 'in-progress' : 'completed',
        code: { coding: [ok ? coding(test) : unrelated] },
        performedDateTime: '$today-1d',
      }];
    case 'allergy':
      return [{
        resourceType: 'AllergyIntolerance', id,
        clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical', code: 'active' }] },
        verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification', code: 'confirmed' }] },
        code: { coding: [ok ? coding(test) : unrelated] },
        patient: { reference: 'Patient/p' },
      }];
    default:
      return [];
  }
}

// The birth date that makes an age test hold (ok) or fail.
function birthDate(test, ok) {
  const f = test.filters;
  const lo = f.find((x) => x.comparator === 'ge' || x.comparator === 'gt' || x.comparator === 'eq');
  const hi = f.find((x) => x.comparator === 'le' || x.comparator === 'lt');
  const L = (x) => durationLetter[x.unit] || 'y';
  const n = (x) => Number(x.value);
  if (ok) {
    if (lo) { // exactly at the lower bound
      const years = lo.comparator === 'gt' ? n(lo) + 1 : n(lo);
      return `$today-${years}${L(lo)}`;
    }
    const years = hi.comparator === 'le' ? n(hi) + 1 : n(hi);
    return `$today-${years}${L(hi)}+1d`; // a day short of the first age out
  }
  if (lo) {
    const years = lo.comparator === 'gt' ? n(lo) + 1 : n(lo);
    return `$today-${years}${L(lo)}+1d`;
  }
  const years = hi.comparator === 'le' ? n(hi) + 1 : n(hi);
  return `$today-${years}${L(hi)}`;
}

// The truth of a criterion from the truth of its tests, negation included
// (null = unknown).
function combine(crit, truth) {
  const groups = new Map();
  crit.tests.forEach((t, i) => {
    const v = truth[i];
    if (!groups.has(t.group)) groups.set(t.group, []);
    groups.get(t.group).push(v);
  });
  let all = true;
  for (const vals of groups.values()) {
    let any = vals.some((v) => v === true) ? true : vals.every((v) => v === false) ? false : null;
    if (any === false) { all = false; break; }
    if (any === null) all = all === false ? false : null;
  }
  if (crit.unknown) all = all === true ? true : null;
  // a required part data cannot decide: false stays false, true is unknown
  if (crit.requirement) all = all === false ? false : null;
  // an exception patient data cannot decide: an exclusion's holds only
  // outside it (false stays false, true becomes unknown); an inclusion's
  // lets more in (true stays true, false becomes unknown)
  if (crit.exception) {
    if (crit.type === 'exclusion') return all === false ? false : null;
    return all === true ? true : null;
  }
  return all;
}

function bundle(resources) {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((r) => ({ resource: r })) };
}

function buildCase(dir) {
  const crits = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const out = path.join(dir, 'patients');
  fs.rmSync(out, { recursive: true, force: true });
  const expected = {};
  const files = {};
  const computable = crits.filter((c) => c.computable);
  if (!computable.length) return 0;
  files['missing.json'] = bundle([{ resourceType: 'Patient', id: 'p' }]);
  expected['missing.json'] = Object.fromEntries(computable.map((c) => [c.id, null]));
  for (const c of computable) {
    const concepts = c.tests.map((t) => t.concept).filter(Boolean);
    if (new Set(concepts).size !== concepts.length) {
      sameAnalyteBundles(c, files, expected); // one Observation per code
      continue;
    }
    const sexed = c.tests.some((t) => (t.filters || []).some((f) => f.sex));
    const ages = c.tests.filter((t) => t.kind === 'age' && !t.negated);
    const sexes = sexed ? ['male', 'female'] : [null];
    const variants = [['met', -1]];
    c.tests.forEach((_, i) => variants.push([`flip-${i + 1}`, i]));
    for (const sex of sexes) {
      for (const [name, flip] of variants) {
        const truth = c.tests.map((t, i) => (i === flip ? false : true));
        const patient = { resourceType: 'Patient', id: 'p', gender: sex || 'female', birthDate: '$today-40y' };
        const resources = [];
        c.tests.forEach((t, i) => {
          // the data makes the test's statement hold or fail; a negated
          // test holds when its statement fails
          const own = t.negated ? !truth[i] : truth[i];
          if (t.kind === 'age' && ages.length > 1) {
            // several age tests ("adult patient and <= 65 years old"): one
            // birth date for all, failing only the flipped one (its own
            // bound, which the others' bounds leave alone), else holding
            // for all of them at once (at the lower bound)
            if (flip >= 0 && c.tests[flip].kind === 'age')
              patient.birthDate = birthDate(c.tests[flip], !!c.tests[flip].negated);
            else patient.birthDate = birthDate({ filters: ages.flatMap((a) => a.filters) }, true);
          } else if (t.kind === 'age') patient.birthDate = birthDate(t, own);
          else if (t.kind === 'sex') {
            const want = t.display === 'male' ? 'male' : t.display === 'female' ? 'female' : null;
            if (want) patient.gender = own ? want : (want === 'male' ? 'female' : 'male');
            else patient.gender = own ? (sex || 'female') : 'other';
          } else resources.push(...resourcesFor(t, own, patient.gender, i));
        });
        // a sex test and a per-sex threshold pull the gender both ways
        if (sexed && c.tests.some((t) => t.kind === 'sex')) continue;
        const file = `${c.id}.${name}${sex ? '.' + sex : ''}.json`;
        files[file] = bundle([patient, ...resources]);
        expected[file] = { [c.id]: combine(c, truth) };
        // a finding also recorded on an Observation: the same with each
        // such Condition replaced by that Observation (newest first)
        // pregnancy and breastfeeding hold for no man, whatever the data
        const female = (t) => t.kind === 'pregnancy' || t.kind === 'breastfeeding';
        if (name === 'met' && !sexed && c.tests.some(female) && !c.tests.some((t) => t.kind === 'sex')) {
          const male = { ...patient, gender: 'male' };
          const mtruth = c.tests.map((t, i) => (female(t) ? !!t.negated : truth[i]));
          const mfile = `${c.id}.met.male.json`;
          files[mfile] = bundle([male, ...resources]);
          expected[mfile] = { [c.id]: combine(c, mtruth) };
        }
        if (c.tests.some((t) => t.observation && (t.codes || []).length)) {
          const obsFile = `${c.id}.${name}${sex ? '.' + sex : ''}.obs.json`;
          const swapped = resources.map((r) => {
            const i = Number(r.id.slice(1));
            const t = c.tests[i];
            if (r.resourceType !== 'Condition' || !t || !t.observation) return r;
            const own = t.negated ? !truth[i] : truth[i];
            return {
              resourceType: 'Observation', id: r.id, status: 'final',
              code: { coding: [t.observation.codes[0]] },
              valueCodeableConcept: { coding: [own ? t.observation.values[0] : unrelated] },
              effectiveDateTime: '$today-1d',
            };
          });
          files[obsFile] = bundle([patient, ...swapped]);
          expected[obsFile] = { [c.id]: combine(c, truth) };
        }
      }
    }
  }
  fs.mkdirSync(out, { recursive: true });
  for (const [f, b] of Object.entries(files)) fs.writeFileSync(path.join(out, f), JSON.stringify(b, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
  return Object.keys(files).length;
}

let n = 0;
for (const dir of process.argv.slice(2)) n += buildCase(dir);
console.log(`make-patients: ${n} bundles`);
