// The ModelFactory service: LoRA fine-tuning jobs on Datanet versions. The
// page launches a job, follows its progress (server-sent events) and loss
// curve, and publishes the finished adapter to the model registry through the
// user's wallet. API (under the configured base URL):
//
//   POST /v1/jobs                 {owner, baseModelId, datanets, hyperparameters} -> Job
//   GET  /v1/jobs?owner=0x…       -> {"jobs": [Job]}
//   GET  /v1/jobs/{id}            -> Job
//   GET  /v1/jobs/{id}/events     server-sent events: "progress" (Progress) and "state" (Job)
//   GET  /v1/jobs/{id}/loss       -> {"points": [{"step", "loss"}]}
//   POST /v1/jobs/{id}/cancel     -> Job
import { createParser } from 'eventsource-parser';
import type { Address, Hex } from 'viem';
import { config } from './config';

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
  createdAt?: number;
  /** Set when the job succeeded: what registerAdapter needs. */
  result?: { weightsHash: Hex; uri: string; rank: number; targetModules: string[]; datanets: DatanetRef[] };
}

export interface Progress {
  step: number;
  totalSteps: number;
  loss: number;
  tokensPerSecond?: number;
  etaSeconds?: number;
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

export const factory = {
  createJob: (req: { owner: Address; baseModelId: number; datanets: DatanetRef[]; hyperparameters: Hyperparameters }) =>
    call<Job>('/v1/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(req) }),
  jobs: async (owner?: Address) => (await call<{ jobs: Job[] }>('/v1/jobs' + (owner ? `?owner=${owner}` : ''))).jobs,
  job: (id: string) => call<Job>(`/v1/jobs/${encodeURIComponent(id)}`),
  loss: async (id: string) => (await call<{ points: { step: number; loss: number }[] }>(`/v1/jobs/${encodeURIComponent(id)}/loss`)).points,
  cancel: (id: string) => call<Job>(`/v1/jobs/${encodeURIComponent(id)}/cancel`, { method: 'POST' }),
};

/** Follows a job's events until it ends or `signal` aborts. */
export async function followJob(id: string, on: { progress: (p: Progress) => void; state: (j: Job) => void }, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${base()}/v1/jobs/${encodeURIComponent(id)}/events`, { headers: { Accept: 'text/event-stream' }, signal });
  if (!res.ok || !res.body) throw new Error(`ModelFactory answered HTTP ${res.status} for the job's events.`);
  const parser = createParser({
    onEvent(ev) {
      const data = JSON.parse(ev.data);
      if (ev.event === 'progress') on.progress(data as Progress);
      else if (ev.event === 'state') on.state(data as Job);
    },
  });
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    parser.feed(value);
  }
}
