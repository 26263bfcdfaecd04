// The model registry: base models and LoRA adapters with their rates, and the
// forms to register one (weights hashed in the browser, provenance to Datanet
// versions).
import { useState } from 'preact/hooks';
import { keccak256, type Hex } from 'viem';
import { contracts, pub, readAllPaged } from '../lib/chain';
import { formatRate, parseOpen, timeAgo } from '../lib/format';
import { allTargetModules } from '../lib/modelfactory';
import { navigate, useLocation } from '../lib/router';
import { Addr, Badge, busy, ErrorBox, Field, Loaded, NeedsWallet, Pager, TxLine, useAsync, useTx } from '../components/ui';

const PAGE = 12;

export type ModelInfo = Awaited<ReturnType<typeof readModel>>;

export function readModel(id: bigint) {
  return pub().readContract({ ...contracts.model, functionName: 'getModel', args: [id] });
}

export function Models() {
  const { query } = useLocation();
  const kind = query.get('kind') ?? 'all';
  const [offset, setOffset] = useState(0);
  const list = useAsync(async () => {
    const count = await pub().readContract({ ...contracts.model, functionName: 'modelCount' });
    const all = await readAllPaged((o, l) => pub().readContract({ ...contracts.model, functionName: 'listModels', args: [o, l] }), count);
    const filtered = all.filter((m) => kind === 'all' || (kind === 'base' ? m.kind === 0 : m.kind === 1)).reverse();
    return { total: filtered.length, items: filtered.slice(offset, offset + PAGE) };
  }, [kind, offset]);
  const tab = (k: string, label: string) => (
    <a role="tab" aria-selected={kind === k} href={k === 'all' ? '/models' : `/models?kind=${k}`} onClick={() => setOffset(0)}>
      {label}
    </a>
  );
  return (
    <>
      <header class="page-head">
        <h1>Models</h1>
        <span>
          <a class="button" href="/models/new?kind=base">
            Register a base model
          </a>{' '}
          <a class="button primary" href="/models/new?kind=adapter">
            Register an adapter
          </a>
        </span>
      </header>
      <div class="tabs" role="tablist">
        {tab('all', 'All')}
        {tab('base', 'Base models')}
        {tab('adapter', 'Adapters')}
      </div>
      <Loaded a={list}>
        {(l) =>
          l.items.length === 0 ? (
            <p class="note">No model registered yet.</p>
          ) : (
            <>
              <ul class="cards">
                {l.items.map((m) => (
                  <li key={m.id.toString()} class="card">
                    <a href={`/models/${m.id}`}>
                      <h3>{m.name}</h3>
                    </a>
                    <p>
                      <Badge kind={m.kind === 0 ? 'base' : 'adapter'}>{m.kind === 0 ? `base · ${m.architecture}` : `adapter · rank ${m.rank}`}</Badge>{' '}
                      {m.status === 1 && <Badge kind="rejected">deprecated</Badge>}
                    </p>
                    {m.kind === 1 && (
                      <p class="meta">
                        on <a href={`/models/${m.baseModelId}`}>model #{m.baseModelId.toString()}</a> · in {formatRate(m.rateIn)} · out {formatRate(m.rateOut)}
                      </p>
                    )}
                    <p class="meta">
                      #{m.id.toString()} · {m.versionCount.toString()} versions{m.kind === 0 ? ` · ${m.adapterCount} adapters` : ''} · owner <Addr a={m.owner} /> ·{' '}
                      {timeAgo(m.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
              <Pager offset={offset} limit={PAGE} total={l.total} onChange={setOffset} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

/** Reads a weights file and returns its keccak256 (the registry's weights hash). */
export async function hashFile(f: File): Promise<Hex> {
  return keccak256(new Uint8Array(await f.arrayBuffer()));
}

export function WeightsInput({ value, onChange }: { value: string; onChange: (h: string) => void }) {
  const [hashing, setHashing] = useState(false);
  return (
    <Field label="Weights hash" help="keccak256 of the weights file: pick the file to hash it here (it is not uploaded), or paste the hash.">
      <input class="mono" placeholder="0x…" value={value} onInput={(e) => onChange(e.currentTarget.value)} name="weightsHash" />
      <input
        type="file"
        aria-label="Weights file to hash"
        onChange={async (e) => {
          const f = e.currentTarget.files?.[0];
          if (!f) return;
          setHashing(true);
          onChange(await hashFile(f));
          setHashing(false);
        }}
      />
      {hashing && <small>Hashing…</small>}
    </Field>
  );
}

export interface DatanetRefInput {
  datanetId: string;
  version: string;
}

export function DatanetRefs({ refs, onChange }: { refs: DatanetRefInput[]; onChange: (r: DatanetRefInput[]) => void }) {
  return (
    <fieldset class="field">
      <legend class="label">Trained on (Datanet versions)</legend>
      {refs.map((r, i) => (
        <div class="inline" key={i}>
          <input inputMode="numeric" placeholder="Datanet id" value={r.datanetId} aria-label={`Datanet id ${i + 1}`} onInput={(e) => onChange(refs.map((x, j) => (j === i ? { ...x, datanetId: e.currentTarget.value } : x)))} />
          <input inputMode="numeric" placeholder="version" value={r.version} aria-label={`Datanet version ${i + 1}`} onInput={(e) => onChange(refs.map((x, j) => (j === i ? { ...x, version: e.currentTarget.value } : x)))} />
          {refs.length > 1 && (
            <button type="button" class="link" onClick={() => onChange(refs.filter((_, j) => j !== i))}>
              remove
            </button>
          )}
        </div>
      ))}
      <button type="button" class="link" onClick={() => onChange([...refs, { datanetId: '', version: '' }])}>
        + another Datanet version
      </button>
      <small class="help">Published versions only: the registry records each version's Merkle root as the adapter's provenance.</small>
    </fieldset>
  );
}

export function parseRefs(refs: DatanetRefInput[]) {
  return refs.map((r, i) => {
    if (!/^\d+$/.test(r.datanetId.trim()) || !/^\d+$/.test(r.version.trim()) || r.version.trim() === '0')
      throw new Error(`Datanet version ${i + 1}: give a Datanet id and a published version number (1 or more).`);
    return { datanetId: BigInt(r.datanetId.trim()), version: BigInt(r.version.trim()) };
  });
}

function checkHash(h: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(h.trim())) throw new Error('The weights hash must be 0x followed by 64 hex digits (pick the weights file to compute it).');
  return h.trim() as Hex;
}

export function NewModel() {
  const { query } = useLocation();
  const kind = query.get('kind') === 'base' ? 'base' : 'adapter';
  const [stage, run] = useTx();
  const [problem, setProblem] = useState<string>();
  const [f, setF] = useState({ name: '', arch: 'llama', license: '', uri: '', hash: '', base: query.get('base') ?? '', rank: '16', rateIn: '0.000002', rateOut: '0.000006' });
  const [targets, setTargets] = useState<string[]>(['q_proj', 'v_proj']);
  const [refs, setRefs] = useState<DatanetRefInput[]>([{ datanetId: query.get('datanet') ?? '', version: query.get('version') ?? '' }]);
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const bases = useAsync(async () => {
    const count = await pub().readContract({ ...contracts.model, functionName: 'modelCount' });
    const all = await readAllPaged((o, l) => pub().readContract({ ...contracts.model, functionName: 'listModels', args: [o, l] }), count);
    return all.filter((m) => m.kind === 0 && m.status === 0);
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    try {
      const hash = checkHash(f.hash);
      if (!f.name.trim()) throw new Error('Give the model a name.');
      let r;
      if (kind === 'base') {
        r = await run({ kind: 'model', functionName: 'registerBaseModel', args: [f.name.trim(), f.arch.trim(), hash, f.uri.trim(), f.license.trim()], label: 'Register base model' });
      } else {
        if (!/^\d+$/.test(f.base)) throw new Error('Choose the base model the adapter was trained on.');
        const rank = Number(f.rank);
        if (!Number.isInteger(rank) || rank < 1 || rank > 65535) throw new Error('The rank must be a whole number from 1 to 65535.');
        if (!targets.length) throw new Error('Choose at least one target module.');
        const spec = {
          baseModelId: BigInt(f.base),
          name: f.name.trim(),
          weightsHash: hash,
          uri: f.uri.trim(),
          rank,
          targetModules: targets,
          rateIn: parseOpen(f.rateIn),
          rateOut: parseOpen(f.rateOut),
          datanets: parseRefs(refs),
        };
        r = await run({ kind: 'model', functionName: 'registerAdapter', args: [spec], label: 'Register adapter' });
      }
      const ev = r?.events.find((x) => x.eventName === 'ModelRegistered');
      if (ev) navigate(`/models/${ev.args.modelId}`);
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <>
      <h1>{kind === 'base' ? 'Register a base model' : 'Register an adapter'}</h1>
      <p class="lead">
        {kind === 'base'
          ? 'A base model is the foundation adapters are trained on. The registry records its weights hash and where the weights are.'
          : 'An adapter is a LoRA fine-tune of a base model. Its rates set what each answer costs, and its provenance names the Datanet versions it learned from, so their contributors are paid when it is used. (ModelFactory fills this in for adapters it trains.)'}
      </p>
      <NeedsWallet what="register a model">
        <form class="form" onSubmit={submit}>
          <Field label="Name" help="1–64 characters.">
            <input required maxLength={64} value={f.name} onInput={set('name')} name="name" />
          </Field>
          {kind === 'base' ? (
            <>
              <Field label="Architecture" help="For example llama.">
                <input value={f.arch} onInput={set('arch')} name="architecture" />
              </Field>
              <Field label="License">
                <input value={f.license} onInput={set('license')} name="license" />
              </Field>
            </>
          ) : (
            <>
              <Field label="Base model">
                <select value={f.base} onChange={set('base')} name="base">
                  <option value="">Choose…</option>
                  {bases.data?.map((m) => (
                    <option key={m.id.toString()} value={m.id.toString()}>
                      #{m.id.toString()} {m.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Rank" help="The LoRA rank r the adapter was trained with.">
                <input inputMode="numeric" value={f.rank} onInput={set('rank')} name="rank" />
              </Field>
              <fieldset class="field">
                <legend class="label">Target modules</legend>
                <div class="checks">
                  {allTargetModules.map((m) => (
                    <label key={m}>
                      <input type="checkbox" checked={targets.includes(m)} onChange={(e) => setTargets(e.currentTarget.checked ? [...targets, m] : targets.filter((t) => t !== m))} /> {m}
                    </label>
                  ))}
                </div>
              </fieldset>
              <Field label="Rate per 1,000 input tokens (OPEN)" help="What a payer is charged per 1,000 prompt tokens.">
                <input value={f.rateIn} onInput={set('rateIn')} name="rateIn" />
              </Field>
              <Field label="Rate per 1,000 output tokens (OPEN)">
                <input value={f.rateOut} onInput={set('rateOut')} name="rateOut" />
              </Field>
              <DatanetRefs refs={refs} onChange={setRefs} />
            </>
          )}
          <WeightsInput value={f.hash} onChange={(h) => setF({ ...f, hash: h })} />
          <Field label="Weights URI" help="Where the weights can be fetched (ipfs://… or https://…).">
            <input value={f.uri} onInput={set('uri')} name="uri" />
          </Field>
          {problem && <ErrorBox>{problem}</ErrorBox>}
          <button class="primary" type="submit" disabled={busy(stage)}>
            Register
          </button>
          <TxLine s={stage} />
        </form>
      </NeedsWallet>
    </>
  );
}
