// Every code a criterion's condition looks for must also be declared in the
// action's input DataRequirements. The matcher gathers patient data from a
// server by those requirements (type + codeFilter): a code the FHIRPath
// tests but no requirement names is data the server search never returns,
// so the criterion would read "no such data" where the record has it.
//
// Reads the PlanDefinitions in the converted case expectations
// (fixtures/cases/*/*/expected, one or more JSON documents each) and, for
// every action with a text/fhirpath condition, collects the codes the
// expression selects resources by -- `ofType(T).where(code.coding.where(
// (system = 'S' and (code = 'C' or code.startsWith('P') ...)) ...` -- and
// checks each (T, S, C) is in an input of type T. Codes compared with a
// resource's value (`value.ofType(CodeableConcept).coding.where(...)`) are
// answers, not selectors, and are not required.
//   node check-inputs.mjs CASES_DIR
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
if (!root) {
  console.error('usage: check-inputs.mjs CASES_DIR');
  process.exit(2);
}

// Splits a file holding one or more concatenated JSON documents.
function documents(text) {
  const out = [];
  let depth = 0, start = -1, inStr = false, esc = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (esc) esc = false;
      else if (c === '\\') esc = true;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '{' || c === '[') { if (depth++ === 0) start = i; }
    else if (c === '}' || c === ']') { if (--depth === 0) out.push(JSON.parse(text.slice(start, i + 1))); }
  }
  return out;
}

function resources(doc) {
  if (Array.isArray(doc)) return doc.flatMap(resources);
  if (doc.resourceType === 'Bundle') return (doc.entry || []).map((e) => e.resource).filter(Boolean);
  return [doc];
}

// The selector clauses of an expression: "ofType(T).where(code.coding.where(" followed
// by the balanced argument of that inner where().
function selectors(expr) {
  const out = [];
  const re = /ofType\((\w+)\)\.where\(code\.coding\.where\(/g;
  let m;
  while ((m = re.exec(expr))) {
    let depth = 1, i = re.lastIndex;
    for (; i < expr.length && depth; i++) {
      if (expr[i] === '(') depth++;
      else if (expr[i] === ')') depth--;
    }
    const body = expr.slice(re.lastIndex, i - 1);
    // (system = 'S' and (code = 'A' or code.startsWith('B')))
    const sys = /system = '([^']*)' and \(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
    let s;
    while ((s = sys.exec(body))) {
      for (const c of s[2].matchAll(/code = '([^']*)'|code\.startsWith\('([^']*)'\)/g))
        out.push({ type: m[1], system: s[1], code: c[1] ?? c[2] });
    }
  }
  return out;
}

let actions = 0, checked = 0;
const missing = [];
function walk(plan, list) {
  for (const a of list || []) {
    const expr = (a.condition || []).find((c) => c.expression?.language === 'text/fhirpath')
      ?.expression?.expression;
    if (expr) {
      actions++;
      const declared = new Set();
      for (const dr of a.input || [])
        for (const cf of dr.codeFilter || [])
          for (const cd of cf.code || []) declared.add(`${dr.type}|${cd.system}|${cd.code}`);
      for (const s of selectors(expr)) {
        checked++;
        if (!declared.has(`${s.type}|${s.system}|${s.code}`))
          missing.push(`${plan.id} ${a.id}: ${s.type} ${s.system}|${s.code} tested but not in input`);
      }
    }
    walk(plan, a.action);
  }
}

let files = 0;
for (const suite of fs.readdirSync(root)) {
  const sdir = path.join(root, suite);
  if (!fs.statSync(sdir).isDirectory()) continue;
  for (const c of fs.readdirSync(sdir)) {
    const f = path.join(sdir, c, 'expected');
    if (!fs.existsSync(f)) continue;
    files++;
    for (const doc of documents(fs.readFileSync(f, 'utf8')))
      for (const r of resources(doc))
        if (r.resourceType === 'PlanDefinition') walk(r, r.action);
        else for (const cr of r.contained || []) if (cr.resourceType === 'PlanDefinition') walk(cr, cr.action);
  }
}
const unique = [...new Set(missing)];
for (const m of unique) console.log(`FAIL: ${m}`);
console.log(`${files} case files, ${actions} computable actions, ${checked} selector codes, ${unique.length} undeclared`);
if (!actions) {
  console.log('FAIL: no computable action found: the reader is out of step with the writer');
  process.exit(1);
}
process.exit(unique.length ? 1 : 0);
