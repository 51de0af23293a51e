// bulkfaults.mjs - scripted Bulk Data $export servers for the client's
// RELIABILITY.md scenarios 11, 13 and 14, mounted by server.mjs under
// /bulk/<scenario>, so a client whose FHIR base is
// http://127.0.0.1:PORT/bulk/<scenario> kicks off, polls and downloads from
// here while every request still goes through the front's request log.
//
//   s11   polling discipline: `polls` answers 202 + Retry-After + an
//         X-Progress of 150 characters with control characters in it, one
//         429 + a longer Retry-After, then a manifest with 3 output files
//         and 1 error file of 2 OperationOutcomes.
//   s11x  expired links: the first manifest carries an Expires in the past
//         and links that answer 410; fetching the manifest again gives
//         working links.
//   s13   NDJSON robustness: Patient.ndjson is sent gzip-encoded and its
//         first transfer is cut at 60 % of the bytes; Observation.ndjson
//         has a 5 MB line and a line whose resourceType is Condition;
//         Condition.ndjson (CRLF line ends, none after the last line) has
//         a manifest count 2 more than its lines.
//         GET /bulk/s13/source/<Type> gives a file's sha256 and lines.
//   s14   decompression bomb: Patient.ndjson is a gzip stream of zeros that
//         would inflate to 10 GiB (about 10 MB on the wire), generated on
//         the fly as the client reads, so only what the client takes is
//         ever produced; Condition.ndjson is an ordinary file.
//
// s11's timing is the scenario's scaled to run in seconds: five 202s with
// Retry-After 1 (scenario: 2) and a 429 with Retry-After 3 (scenario: 5).

import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

const jobs = new Map();

function ndjson(resources) {
  return resources.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function patients(n, prefix) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ resourceType: 'Patient', id: `${prefix}${i}`, gender: i % 2 ? 'female' : 'male',
      birthDate: '1970-01-01', name: [{ family: `Bulk${i}`, given: ['Test'] }] });
  }
  return out;
}

function observation(id, extra) {
  return { resourceType: 'Observation', id, status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '718-7' }] },
    subject: { reference: 'Patient/b0' }, valueQuantity: { value: 13.2, unit: 'g/dL' }, ...extra };
}

// The files of a scenario: {Type: {body, count}}.
function filesFor(scenario) {
  if (scenario === 's13') {
    const obs = [];
    for (let i = 0; i < 3; i++) obs.push(JSON.stringify(observation(`o${i}`)));
    // A 5 MB line: valid JSON, just too long to be a sane record.
    obs.push(JSON.stringify(observation('huge', { note: [{ text: 'x'.repeat(5 * 1024 * 1024) }] })));
    for (let i = 3; i < 5; i++) obs.push(JSON.stringify(observation(`o${i}`)));
    obs.push(JSON.stringify({ resourceType: 'Condition', id: 'stray', subject: { reference: 'Patient/b0' } }));
    obs.push(JSON.stringify(observation('o5')));
    const cond = [0, 1, 2].map((i) => ({ resourceType: 'Condition', id: `c${i}`,
      subject: { reference: 'Patient/b0' }, code: { text: 'x' } }));
    return {
      Patient: { body: ndjson(patients(400, 'b')), count: 400, gzip: true, dropAt: 0.6 },
      Observation: { body: obs.join('\n') + '\n', count: 8 },
      // CRLF line ends and no newline after the last line: still 3 lines
      Condition: { body: cond.map((r) => JSON.stringify(r)).join('\r\n'), count: 5 },
    };
  }
  if (scenario === 's14') {
    return {
      Patient: { bomb: 10 * 1024 * 1024 * 1024 },
      Condition: { body: ndjson([{ resourceType: 'Condition', id: 'c0',
        subject: { reference: 'Patient/b0' }, code: { text: 'x' } }]), count: 1 },
    };
  }
  return {
    Patient: { body: ndjson(patients(4, 'p')), count: 4 },
    Observation: { body: ndjson([observation('o1'), observation('o2')]), count: 2 },
    Condition: { body: ndjson([{ resourceType: 'Condition', id: 'c1',
      subject: { reference: 'Patient/p0' }, code: { text: 'x' } }]), count: 1 },
  };
}

const errorFile = ndjson([
  { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing',
    details: { text: 'Patient/p9 could not be exported' } }] },
  { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing',
    details: { text: 'Observation/o9 could not be exported' } }] },
]);

function sha256(s) {
  return crypto.createHash('sha256').update(s).digest('hex');
}

function kickoff(req, res, ctx, prefix, scenario) {
  if (!/respond-async/.test(req.headers.prefer || '')) {
    return ctx.send(req, res, 400, ctx.outcome('error', 'invalid', 'Prefer: respond-async required'));
  }
  const id = crypto.randomBytes(8).toString('hex');
  jobs.set(id, {
    scenario, polls: 0, throttled: 0, manifests: 0, files: filesFor(scenario), fetches: {},
    cfg: { polls: 5, retryAfter: 1, throttleRetryAfter: 3 },
  });
  ctx.send(req, res, 202, ctx.outcome('information', 'informational', 'accepted'),
    { 'Content-Location': `${prefix}/status/${id}` });
}

function status(req, res, ctx, prefix, job, id) {
  job.polls++;
  if (job.scenario === 's11') {
    if (job.polls <= job.cfg.polls) {
      // 150 characters with a tab and a C1 control (sent as a Latin-1 byte)
      // in them: the client must shorten and escape it before logging.
      const progress = `${job.polls}/${job.cfg.polls}\t\u009b31m` + 'p'.repeat(150);
      return ctx.send(req, res, 202, null, { 'Retry-After': String(job.cfg.retryAfter),
        'X-Progress': progress.slice(0, 150) });
    }
    if (job.throttled < 1) {
      job.throttled++;
      return ctx.send(req, res, 429, ctx.outcome('error', 'throttled', 'slow down'),
        { 'Retry-After': String(job.cfg.throttleRetryAfter) });
    }
  }
  job.manifests++;
  const gen = job.manifests;
  const headers = { 'Content-Type': 'application/json' };
  if (job.scenario === 's11x') {
    // the first manifest's links have expired by the time it is read
    headers.Expires = new Date(Date.now() + (gen === 1 ? -3600e3 : 3600e3)).toUTCString();
  }
  const output = Object.keys(job.files).map((t) => ({ type: t,
    url: `${prefix}/file/${id}/${t}.ndjson?gen=${gen}`,
    ...(job.files[t].count !== undefined ? { count: job.files[t].count } : {}) }));
  const error = job.scenario === 's11' || job.scenario === 's11x'
    ? [{ type: 'OperationOutcome', url: `${prefix}/file/${id}/errors.ndjson?gen=${gen}` }] : [];
  ctx.send(req, res, 200, { transactionTime: new Date().toISOString(),
    request: `${prefix}/$export`, requiresAccessToken: false, output, error }, headers);
}

function bomb(req, res, total) {
  // Zeros through gzip, produced only as fast as the client reads.
  const chunk = Buffer.alloc(1 << 20);
  let left = total;
  const src = new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
  const gz = zlib.createGzip({ level: 9 });
  res.writeHead(200, { 'Content-Type': 'application/fhir+ndjson', 'Content-Encoding': 'gzip' });
  const stop = () => { src.destroy(); gz.destroy(); };
  res.on('close', stop);
  req.socket.on('close', stop);
  src.pipe(gz).pipe(res);
}

function file(req, res, ctx, job, name, gen) {
  if (job.scenario === 's11x' && gen === 1) {
    return ctx.send(req, res, 410, ctx.outcome('error', 'expired', 'this link has expired'));
  }
  if (name === 'errors') {
    return ctx.send(req, res, 200, errorFile, { 'Content-Type': 'application/fhir+ndjson' });
  }
  const f = job.files[name];
  if (!f) return ctx.send(req, res, 404, ctx.outcome('error', 'not-found', 'no such file'));
  job.fetches[name] = (job.fetches[name] || 0) + 1;
  if (f.bomb) return bomb(req, res, f.bomb);
  let buf = Buffer.from(f.body);
  const h = { 'Content-Type': 'application/fhir+ndjson' };
  if (f.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    buf = zlib.gzipSync(buf);
    h['Content-Encoding'] = 'gzip';
  }
  h['Content-Length'] = buf.length;
  if (req.logEntry) req.logEntry.status = 200;
  res.writeHead(200, h);
  if (f.dropAt && job.fetches[name] === 1) {
    // The first transfer dies at dropAt of the bytes; the next is whole.
    res.write(buf.subarray(0, Math.floor(buf.length * f.dropAt)), () => {
      setTimeout(() => req.socket.destroy(), 50);
    });
    return;
  }
  res.end(buf);
}

// Handles /bulk/<scenario>/...; returns true when it answered.
export function handle(req, res, url, base, ctx) {
  const m = /^\/bulk\/(s11|s11x|s13|s14)(\/.*)$/.exec(url.pathname);
  if (!m) return false;
  const prefix = `${base}/bulk/${m[1]}`;
  const rest = m[2];
  let k;
  if (req.method === 'GET' && rest === '/metadata') {
    ctx.send(req, res, 200, ctx.capability(prefix));
  } else if (req.method === 'GET' && /^\/(Patient\/|Group\/[^/]+\/)?\$export$/.test(rest)) {
    kickoff(req, res, ctx, prefix, m[1]);
  } else if ((k = /^\/source\/([A-Za-z]+)$/.exec(rest))) {
    const f = filesFor(m[1])[k[1]];
    if (!f || !f.body) ctx.send(req, res, 404, ctx.outcome('error', 'not-found', 'no such file'));
    else ctx.send(req, res, 200, { sha256: sha256(f.body), lines: f.body.split('\n').filter(Boolean).length });
  } else if ((k = /^\/status\/([0-9a-f]+)$/.exec(rest)) && jobs.has(k[1])) {
    status(req, res, ctx, prefix, jobs.get(k[1]), k[1]);
  } else if ((k = /^\/file\/([0-9a-f]+)\/([A-Za-z]+)\.ndjson$/.exec(rest)) && jobs.has(k[1])) {
    file(req, res, ctx, jobs.get(k[1]), k[2], Number(url.searchParams.get('gen') || 0));
  } else {
    ctx.send(req, res, 404, ctx.outcome('error', 'not-found', 'no such bulk resource'));
  }
  return true;
}

export function reset() {
  jobs.clear();
}
