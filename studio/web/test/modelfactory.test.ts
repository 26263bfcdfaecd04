// The ModelFactory client against an HTTP server that speaks the service's
// documented API (src/lib/modelfactory.ts): jobs as JSON, progress as
// server-sent events split at arbitrary byte boundaries, errors as
// {"error": "..."}, streams that break before the job finishes.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { config, setConfig } from '../src/lib/config';
import { defaultHyperparameters, factory, followJob, hyperparameterText, parseHyperparameters, watchJob, type Job, type Progress } from '../src/lib/modelfactory';

const owner = '0x00000000000000000000000000000000000000a1';

/** The service's state: jobs by id, and how each job's event streams go. */
const jobs = new Map<string, Job>();
const losses = new Map<string, { step: number; loss: number }[]>();
let streams = 0; // event-stream connections opened
/** What the next event streams of a job send: a list of raw chunks, then close. */
const scripts = new Map<string, string[][]>();
const requests: { method: string; url: string; body: string }[] = [];

function send(res: ServerResponse, code: number, body: unknown) {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  let body = '';
  for await (const c of req) body += c;
  requests.push({ method: req.method!, url: req.url!, body });
  const url = new URL(req.url!, 'http://x');
  const m = url.pathname.match(/^\/v1\/jobs(?:\/([^/]+))?(?:\/(events|loss|cancel))?$/);
  if (!m) return send(res, 404, { error: 'no such endpoint' });
  const [, id, sub] = m;
  if (!id && req.method === 'POST') {
    let r: Partial<Job>;
    try {
      r = JSON.parse(body);
    } catch {
      return send(res, 400, { error: 'request body is not JSON' });
    }
    if (!r.datanets?.length) return send(res, 400, { error: 'a job needs at least one Datanet version' });
    if (r.baseModelId === 404) return send(res, 422, { error: { message: 'base model 404 is not registered' } });
    const job: Job = { id: `job-${jobs.size + 1}`, owner: r.owner!, state: 'queued', baseModelId: r.baseModelId!, datanets: r.datanets, hyperparameters: r.hyperparameters!, step: 0, totalSteps: 4 };
    jobs.set(job.id, job);
    return send(res, 201, job);
  }
  if (!id && req.method === 'GET') {
    const who = url.searchParams.get('owner');
    return send(res, 200, { jobs: [...jobs.values()].filter((j) => !who || j.owner === who) });
  }
  const job = jobs.get(decodeURIComponent(id!));
  if (!job) return send(res, 404, { error: `no job ${id}` });
  if (!sub && req.method === 'GET') return send(res, 200, job);
  if (sub === 'loss') return send(res, 200, { points: losses.get(job.id) ?? [] });
  if (sub === 'cancel' && req.method === 'POST') {
    job.state = 'cancelled';
    return send(res, 200, job);
  }
  if (sub === 'events') {
    streams++;
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    const chunks = scripts.get(job.id)?.shift() ?? [];
    for (const c of chunks) {
      res.write(c);
      await new Promise((r) => setImmediate(r)); // separate writes, so the client sees separate chunks
    }
    return res.end();
  }
  send(res, 405, { error: 'method not allowed' });
}

const server = createServer((req, res) => {
  handle(req, res).catch((e) => send(res, 500, { error: String(e) }));
});

before(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  setConfig({
    chain: { id: 1612, name: 'test', rpcUrl: 'http://127.0.0.1:1', currency: { name: 'OPEN', symbol: 'OPEN', decimals: 18 } },
    rpc: '/rpc',
    contracts: { datanetRegistry: '0x0000000000000000000000000000000000000a01', modelRegistry: '0x0000000000000000000000000000000000000a02', settlement: '0x0000000000000000000000000000000000000a03' },
    services: { loraserve: '', modelfactory: `http://127.0.0.1:${port}/`, content: '' },
    version: 'test',
  });
});

after(() => {
  server.closeAllConnections();
  server.close();
});

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Cuts s into pieces of n characters (events split mid-line, mid-field). */
function pieces(s: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}

/** Matches an Error's message (not its String(), which starts "Error: "). */
function says(re: RegExp) {
  return (e: unknown) => {
    assert.match((e as Error).message, re);
    return true;
  };
}

/** The service's own copy of a job, to change its state. */
function served(id: string): Job {
  return jobs.get(id)!;
}

const request = { owner: owner as `0x${string}`, baseModelId: 1, datanets: [{ datanetId: 1, version: 1 }], hyperparameters: defaultHyperparameters };

test('create, read, list and cancel jobs', async () => {
  const job = await factory.createJob(request);
  assert.equal(job.state, 'queued');
  const sent = requests.at(-1)!;
  assert.deepEqual([sent.method, sent.url], ['POST', '/v1/jobs']);
  assert.deepEqual(JSON.parse(sent.body), request);
  assert.deepEqual(await factory.job(job.id), job);
  assert.deepEqual((await factory.jobs(owner as `0x${string}`)).map((j) => j.id), [job.id]);
  assert.deepEqual(await factory.jobs('0x00000000000000000000000000000000000000b2'), []);
  assert.equal((await factory.cancel(job.id)).state, 'cancelled');
});

test('service errors become sentences', async () => {
  const cases: [() => Promise<unknown>, RegExp][] = [
    [() => factory.createJob({ ...request, datanets: [] }), /^A job needs at least one Datanet version$/],
    [() => factory.createJob({ ...request, baseModelId: 404 }), /^Base model 404 is not registered$/],
    [() => factory.job('nope'), /^No job nope$/],
    [() => factory.job('a/../../x'), /^No job/], // the id is one path segment
  ];
  for (const [call, want] of cases) await assert.rejects(call, says(want));
});

test('an unreachable service reads as a sentence', async () => {
  const dead = createServer();
  dead.listen(0, '127.0.0.1');
  await once(dead, 'listening');
  const { port } = dead.address() as AddressInfo;
  dead.close();
  await once(dead, 'close');
  const saved = config().services.modelfactory;
  config().services.modelfactory = `http://127.0.0.1:${port}`;
  try {
    await assert.rejects(() => factory.job('x'), says(/^ModelFactory could not be reached/));
    await assert.rejects(() => followJob('x', { progress() {}, state() {} }, new AbortController().signal), says(/^ModelFactory could not be reached/));
  } finally {
    config().services.modelfactory = saved;
  }
});

test('progress events arrive whole however the stream is cut', async () => {
  const job = await factory.createJob(request);
  const progress: Progress[] = [1, 2, 3, 4].map((step) => ({ step, totalSteps: 4, loss: 3 - step / 2, tokensPerSecond: 100 * step, etaSeconds: 4 - step }));
  const done: Job = { ...job, state: 'succeeded', step: 4, loss: 1, result: { weightsHash: `0x${'ab'.repeat(32)}`, uri: 'ipfs://bafy', rank: 16, targetModules: ['q_proj', 'v_proj'], datanets: job.datanets } };
  const stream = ': a comment\n\n' + progress.map((p) => event('progress', p)).join('') + event('log', { ignored: true }) + event('state', done);
  for (const n of [1, 7, stream.length]) {
    scripts.set(job.id, [pieces(stream, n)]);
    const seen: Progress[] = [];
    const states: Job[] = [];
    const heard = await followJob(job.id, { progress: (p) => seen.push(p), state: (j) => states.push(j) }, new AbortController().signal);
    assert.deepEqual(seen, progress, `chunks of ${n}`);
    assert.deepEqual(states, [done]);
    assert.equal(heard, 5);
  }
});

test('an event that is not JSON is an error', async () => {
  const job = await factory.createJob(request);
  scripts.set(job.id, [[event('progress', { step: 1, totalSteps: 2, loss: 1 }), 'event: progress\ndata: {"step": 2,\n\n']]);
  const seen: Progress[] = [];
  await assert.rejects(() => followJob(job.id, { progress: (p) => seen.push(p), state() {} }, new AbortController().signal), says(/^ModelFactory sent a progress event that is not JSON\.$/));
  assert.equal(seen.length, 1);
});

test('watchJob reconnects until the job finishes', async () => {
  const job = await factory.createJob(request);
  served(job.id).state = 'running';
  // First stream: two steps, then the connection drops mid-event. Second: nothing at all.
  // Third: the rest and the final state (which the service also reports from then on).
  const done: Job = { ...served(job.id), state: 'succeeded', step: 4, totalSteps: 4 };
  scripts.set(job.id, [
    [event('progress', { step: 1, totalSteps: 4, loss: 2 }), event('progress', { step: 2, totalSteps: 4, loss: 1.5 }), 'event: progress\ndata: {"st'],
    [],
    [event('progress', { step: 3, totalSteps: 4, loss: 1.2 }), event('progress', { step: 4, totalSteps: 4, loss: 1 })],
  ]);
  const before = streams;
  const steps: number[] = [];
  const states: string[] = [];
  let third = false;
  const result = await watchJob(
    job.id,
    {
      progress: (p) => {
        steps.push(p.step);
        if (p.step === 4) {
          jobs.set(job.id, done); // the job finishes as the third stream ends
          third = true;
        }
      },
      state: (j) => states.push(j.state),
    },
    new AbortController().signal,
    { retryMs: 1 },
  );
  assert.ok(third);
  assert.deepEqual(steps, [1, 2, 3, 4]);
  assert.equal(result.state, 'succeeded');
  assert.deepEqual(states, ['running', 'running', 'running', 'succeeded']);
  assert.equal(streams - before, 3);
});

test('watchJob gives up after repeated silent streams, and stops on abort', async () => {
  const job = await factory.createJob(request);
  served(job.id).state = 'running';
  scripts.set(job.id, []);
  const before = streams;
  await assert.rejects(() => watchJob(job.id, { progress() {}, state() {} }, new AbortController().signal, { retryMs: 1, attempts: 3 }), says(/closed the job's event stream without news/));
  assert.equal(streams - before, 3);

  const ctl = new AbortController();
  const watching = watchJob(job.id, { progress() {}, state: () => ctl.abort() }, ctl.signal, { retryMs: 60_000 });
  await assert.rejects(watching, (e: Error) => e.name === 'AbortError');
});

test('a finished job is not followed', async () => {
  const job = await factory.createJob(request);
  Object.assign(served(job.id), { state: 'failed', error: 'out of memory' });
  const before = streams;
  const j = await watchJob(job.id, { progress() {}, state() {} }, new AbortController().signal);
  assert.equal(j.error, 'out of memory');
  assert.equal(streams, before);
});

test('hyperparameters from the form', () => {
  const ok = hyperparameterText();
  assert.deepEqual(parseHyperparameters(ok, ['q_proj', 'v_proj']), defaultHyperparameters);
  assert.equal(parseHyperparameters({ ...ok, learningRate: ' 3e-4 ' }, ['o_proj']).learningRate, 3e-4);
  assert.equal(parseHyperparameters({ ...ok, warmupSteps: '0', seed: '0' }, ['o_proj']).warmupSteps, 0);
  assert.equal(parseHyperparameters({ ...ok, alpha: '12.5' }, ['o_proj']).alpha, 12.5);
  const bad: [Partial<typeof ok>, string[], RegExp][] = [
    [{ rank: '' }, ['q_proj'], /^Rank \(r\) is empty\.$/],
    [{ rank: '0' }, ['q_proj'], /^Rank \(r\) must be a whole number of at least 1 \(got "0"\)\.$/],
    [{ rank: '8.5' }, ['q_proj'], /whole number/],
    [{ epochs: '-1' }, ['q_proj'], /^Epochs must be a whole number/],
    [{ batchSize: '1e3' }, ['q_proj'], /^Batch size must be a whole number/],
    [{ maxSeqLen: '1' }, ['q_proj'], /at least 2/],
    [{ rank: '512' }, ['q_proj'], /^Rank \(r\) can be at most 256 \(got "512"\)\.$/],
    [{ alpha: '0' }, ['q_proj'], /^Alpha must be a number above 0/],
    [{ alpha: 'x' }, ['q_proj'], /^Alpha must be a number above 0/],
    [{ seed: '99999999999999999999' }, ['q_proj'], /^Seed must be a whole number/],
    [{ learningRate: '0' }, ['q_proj'], /^Learning rate must be a number between 0 and 1, such as 0\.0002 \(got "0"\)\.$/],
    [{ learningRate: '1' }, ['q_proj'], /between 0 and 1/],
    [{ learningRate: 'fast' }, ['q_proj'], /between 0 and 1/],
    [{}, [], /^Choose at least one target module\.$/],
    [{}, ['q_proj', 'lm_head'], /^Unknown target module lm_head\.$/],
  ];
  for (const [change, targets, want] of bad) assert.throws(() => parseHyperparameters({ ...ok, ...change }, targets), says(want));
});
