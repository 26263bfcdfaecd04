// The ModelFactory service: LoRA fine-tuning jobs on Datanet versions. The
// page launches a job, follows its progress (server-sent events) and loss
// curve, and publishes the finished adapter to the model registry through the
// user's wallet. API (under the configured base URL):
//
//   POST /v1/jobs                 {owner, baseModelId, datanets, hyperparameters} -> Job
//   GET  /v1/jobs?owner=0x…       -> {"jobs": [Job]}
//   GET  /v1/jobs/{id}            -> Job
//   GET  /v1/jobs/{id}/events     server-sent events: "progress" (Progress) and "state" (Job)
//   GET  /v1/jobs/{id}/loss       -> {"points": [{"step", "loss", "evalLoss"?}]}
//   GET  /v1/base-models, /v1/datanets  -> {"items": [...], "total", "next"} (what a job can train on)
//   POST /v1/jobs/{id}/cancel     -> Job
//
// Creating and cancelling are signed by the job's owner (X-Ledger-Auth: an
// EIP-712 signature over method, path, body hash, nonce and expiry).
import { createParser } from 'eventsource-parser';
import { keccak256, stringToBytes, type Address, type Hex } from 'viem';
import { config } from './config';
import { wallet, walletClient } from './wallet';

export interface DatanetRef {
  datanetId: number;
  version: number;
}

/** LoRA training parameters. */
export interface Hyperparameters {
  rank: number;
  alpha: number;
  targetModules: string[];
  learningRate: number;
  epochs: number;
  batchSize: number;
  maxSeqLen: number;
  warmupSteps: number;
  seed: number;
}

/** One parameter's default and what it does, for the form. */
export const hyperparameterHelp: Record<keyof Hyperparameters, { label: string; help: string }> = {
  rank: { label: 'Rank (r)', help: 'Size of the low-rank update. Higher learns more but makes a bigger adapter; 8–32 suits most tasks.' },
  alpha: { label: 'Alpha', help: 'Scales the update (effective scale alpha/r). Twice the rank is a common choice.' },
  targetModules: { label: 'Target modules', help: 'Which projections of each layer get an adapter. q_proj and v_proj is the usual minimum; adding the MLP (gate/up/down) learns more.' },
  learningRate: { label: 'Learning rate', help: 'Step size of AdamW. 1e-4 to 3e-4 is typical for LoRA; lower it if the loss jumps around.' },
  epochs: { label: 'Epochs', help: 'Passes over the training data. More passes fit the data closer and risk memorising it.' },
  batchSize: { label: 'Batch size', help: 'Sequences per optimiser step. Larger batches give smoother loss curves and use more memory.' },
  maxSeqLen: { label: 'Max sequence length', help: 'Longer examples are cut to this many tokens.' },
  warmupSteps: { label: 'Warm-up steps', help: 'Steps over which the learning rate ramps up from zero before cosine decay.' },
  seed: { label: 'Seed', help: 'Fixes shuffling and initialisation, so the same job gives the same adapter.' },
};

export const defaultHyperparameters: Hyperparameters = {
  rank: 16,
  alpha: 32,
  targetModules: ['q_proj', 'v_proj'],
  learningRate: 2e-4,
  epochs: 3,
  batchSize: 8,
  maxSeqLen: 512,
  warmupSteps: 10,
  seed: 1,
};

/** The numeric parameters, as the form holds them (text, so nothing typed is lost). */
export type NumericField = Exclude<keyof Hyperparameters, 'targetModules'>;
export const numericFields: NumericField[] = ['rank', 'alpha', 'learningRate', 'epochs', 'batchSize', 'maxSeqLen', 'warmupSteps', 'seed'];

/** The defaults as form text. */
export function hyperparameterText(h: Hyperparameters = defaultHyperparameters): Record<NumericField, string> {
  return Object.fromEntries(numericFields.map((k) => [k, String(h[k])])) as Record<NumericField, string>;
}

/** Bounds of each whole-number parameter (the service's limits). */
const minimum: Partial<Record<NumericField, number>> = { rank: 1, epochs: 1, batchSize: 1, maxSeqLen: 2, warmupSteps: 0, seed: 0 };
const maximum: Partial<Record<NumericField, number>> = { rank: 256, epochs: 100, batchSize: 1024, maxSeqLen: 65536, warmupSteps: 1_000_000 };

/**
 * Reads the form's text into hyperparameters, or throws an Error whose message
 * is a sentence naming the field and what it takes.
 */
export function parseHyperparameters(text: Record<NumericField, string>, targetModules: string[]): Hyperparameters {
  const out = { targetModules: [...targetModules] } as Hyperparameters;
  for (const k of numericFields) {
    const raw = (text[k] ?? '').trim();
    const label = hyperparameterHelp[k].label;
    if (raw === '') throw new Error(`${label} is empty.`);
    const v = Number(raw);
    if (k === 'learningRate') {
      if (!Number.isFinite(v) || v <= 0 || v >= 1) throw new Error(`${label} must be a number between 0 and 1, such as 0.0002 (got "${raw}").`);
    } else if (k === 'alpha') {
      if (!Number.isFinite(v) || v <= 0 || v > 10_000) throw new Error(`${label} must be a number above 0 and at most 10000, such as twice the rank (got "${raw}").`);
    } else {
      const min = minimum[k] ?? 0;
      const max = maximum[k];
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < min) throw new Error(`${label} must be a whole number of at least ${min} (got "${raw}").`);
      if (max !== undefined && v > max) throw new Error(`${label} can be at most ${max} (got "${raw}").`);
    }
    out[k] = v;
  }
  if (out.targetModules.length === 0) throw new Error('Choose at least one target module.');
  const unknown = out.targetModules.filter((m) => !allTargetModules.includes(m));
  if (unknown.length) throw new Error(`Unknown target module ${unknown.join(', ')}.`);
  return out;
}

export const allTargetModules = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface Job {
  id: string;
  owner: Address;
  state: JobState;
  baseModelId: number;
  datanets: DatanetRef[];
  hyperparameters: Hyperparameters;
  step: number;
  totalSteps: number;
  loss?: number;
  error?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Set when the job succeeded: what registerAdapter needs, and the training's commitments. */
  result?: JobResult;
}

/** A Datanet version a job trained on, with the contributions it used. */
export interface TrainedOn extends DatanetRef {
  contributions?: number[];
  hashes?: Hex[];
}

/** A succeeded job's adapter (published on IPFS) and provenance. */
export interface JobResult {
  weightsHash: Hex;
  uri: string;
  rank: number;
  alpha?: number;
  targetModules: string[];
  datanets: TrainedOn[];
  /** sha256 of the per-step log of which contributions each step used. */
  stepLogSha256?: string;
  dataSha256?: string;
  adapterSha256?: string;
  examples?: number;
  finalLoss?: number;
  /** Held-out examples and their mean loss under the base model and the adapter. */
  evalExamples?: number;
  evalLossBefore?: number;
  evalLossAfter?: number;
  /** Training-time attribution published with the adapter (influence.json) and its keccak256. */
  influence?: { trained: number[]; evalSet: string; values: { contributionId: number; value: number }[] };
  influenceHash?: Hex;
  /** Span index of the job's Datanet versions, on IPFS. */
  spanIndex?: { uri: string; hash: Hex };
}

export interface Progress {
  step: number;
  totalSteps: number;
  loss: number;
  tokensPerSecond?: number;
  etaSeconds?: number;
  /** Held-out loss, on the steps it was measured. */
  evalLoss?: number;
}

export function configured(): boolean {
  return !!config().services.modelfactory;
}

function base(): string {
  const b = config().services.modelfactory;
  if (!b) throw new Error('No ModelFactory service is configured on this Studio (start it with --modelfactory.url).');
  return b.replace(/\/$/, '');
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(base() + path, init);
  } catch {
    throw new Error('ModelFactory could not be reached. Check that the service is running and try again.');
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    const e = body as { error?: string | { message?: string } } | undefined;
    const msg = typeof e?.error === 'string' ? e.error : e?.error?.message;
    throw new Error(msg ? msg[0].toUpperCase() + msg.slice(1) : `ModelFactory answered HTTP ${res.status}.`);
  }
  return body as T;
}

/** EIP-712 type of a signed ModelFactory request (the service's modelfactory/service/auth.go). */
const authTypes = {
  ModelFactoryRequest: [
    { name: 'owner', type: 'address' },
    { name: 'method', type: 'string' },
    { name: 'path', type: 'string' },
    { name: 'bodyHash', type: 'bytes32' },
    { name: 'nonce', type: 'uint256' },
    { name: 'expiry', type: 'uint256' },
  ],
} as const;

/**
 * Signs a request that creates or cancels a job with the connected wallet
 * (eth_signTypedData_v4): the owner's signature over the method, the path as
 * the service sees it and keccak256 of the exact body, with a random nonce,
 * valid ten minutes. Returns the X-Ledger-Auth header — none when no wallet
 * is connected (the service then refuses the request, saying it needs the
 * owner's signature).
 */
async function signRequest(method: string, path: string, body: string): Promise<Record<string, string>> {
  if (!wallet.get().account) return {};
  const wc = await walletClient();
  const owner = wc.account.address;
  const rnd = crypto.getRandomValues(new Uint32Array(2));
  const nonce = (BigInt(rnd[0] & 0x7fffffff) << 32n) | BigInt(rnd[1]);
  const expiry = BigInt(Math.floor(Date.now() / 1000) + 600);
  const signature = await wc.signTypedData({
    account: owner,
    domain: { name: 'OpenLedger ModelFactory', version: '1' },
    types: authTypes,
    primaryType: 'ModelFactoryRequest',
    message: { owner, method, path, bodyHash: keccak256(stringToBytes(body)), nonce, expiry },
  });
  return { 'X-Ledger-Auth': JSON.stringify({ owner, nonce: nonce.toString(), expiry: expiry.toString(), signature }) };
}

export const factory = {
  /** Creates a job owned by the connected wallet, which signs the request. */
  createJob: async (req: { owner: Address; baseModelId: number; datanets: DatanetRef[]; hyperparameters: Hyperparameters }) => {
    const body = JSON.stringify(req);
    const auth = await signRequest('POST', '/v1/jobs', body);
    return call<Job>('/v1/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body });
  },
  jobs: async (owner?: Address) => (await call<{ jobs: Job[] }>('/v1/jobs' + (owner ? `?owner=${owner}` : ''))).jobs,
  job: (id: string) => call<Job>(`/v1/jobs/${encodeURIComponent(id)}`),
  loss: async (id: string) => (await call<{ points: { step: number; loss: number; evalLoss?: number }[] }>(`/v1/jobs/${encodeURIComponent(id)}/loss`)).points,
  /** Cancels a job; the connected wallet (its owner) signs the request. */
  cancel: async (id: string) => {
    const path = `/v1/jobs/${encodeURIComponent(id)}/cancel`;
    return call<Job>(path, { method: 'POST', headers: await signRequest('POST', path, ''), body: '' });
  },
};

/** A job that will not change any more. */
export function finished(j: Job): boolean {
  return j.state === 'succeeded' || j.state === 'failed' || j.state === 'cancelled';
}

export interface JobListener {
  progress: (p: Progress) => void;
  state: (j: Job) => void;
}

/**
 * Follows one connection to a job's event stream until the server ends it or
 * `signal` aborts. Events other than "progress" and "state" are ignored; an
 * event whose data is not JSON is an error. Returns how many events it heard.
 */
export async function followJob(id: string, on: JobListener, signal: AbortSignal): Promise<number> {
  let res: Response;
  try {
    res = await fetch(`${base()}/v1/jobs/${encodeURIComponent(id)}/events`, { headers: { Accept: 'text/event-stream' }, signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new Error('ModelFactory could not be reached for the job\'s progress. Check that the service is running.');
  }
  if (!res.ok || !res.body) throw new Error(`ModelFactory answered HTTP ${res.status} for the job's events.`);
  let bad: Error | undefined;
  let heard = 0;
  const parser = createParser({
    onEvent(ev) {
      if (ev.event !== 'progress' && ev.event !== 'state') return;
      let data: unknown;
      try {
        data = JSON.parse(ev.data);
      } catch {
        bad ??= new Error(`ModelFactory sent a ${ev.event} event that is not JSON.`);
        return;
      }
      heard++;
      if (ev.event === 'progress') on.progress(data as Progress);
      else on.state(data as Job);
    },
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.feed(value);
      if (bad) throw bad;
    }
  } finally {
    reader.releaseLock();
  }
  return heard;
}

/**
 * Watches a job until it has finished: follows its event stream, and when the
 * stream ends or breaks before the job finished (a restarted service, a proxy
 * timeout), reads the job and follows again, waiting `retryMs` after an error.
 * Gives up after `attempts` consecutive failures. Returns the finished job.
 */
export async function watchJob(id: string, on: JobListener, signal: AbortSignal, opts: { retryMs?: number; attempts?: number } = {}): Promise<Job> {
  const retryMs = opts.retryMs ?? 2000;
  const attempts = opts.attempts ?? 5;
  let failures = 0;
  for (;;) {
    let lastError: unknown;
    try {
      const j = await factory.job(id);
      on.state(j);
      if (finished(j)) return j;
      // A stream that closes without a word while the job runs counts as a failure, so it is not re-opened in a tight loop.
      if ((await followJob(id, on, signal)) > 0) failures = 0;
      else lastError = new Error('ModelFactory closed the job\'s event stream without news.');
    } catch (e) {
      if (signal.aborted) throw e;
      lastError = e;
    }
    if (lastError !== undefined) {
      if (++failures >= attempts) throw lastError;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, retryMs);
        signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
      });
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    }
  }
}
