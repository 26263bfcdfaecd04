// ModelFactory: pick a base model and Datanet versions, set LoRA parameters
// (defaults and what each does), launch a training job on the ModelFactory
// service, follow its loss curve and progress live, and publish the trained
// adapter to the model registry through the wallet.
import { useEffect, useState } from 'preact/hooks';
import type { Address } from 'viem';
import { contracts, pub, readAllPaged } from '../lib/chain';
import { explain } from '../lib/errors';
import { parseOpen } from '../lib/format';
import { allTargetModules, configured, defaultHyperparameters, factory, finished, hyperparameterHelp, hyperparameterText, numericFields, parseHyperparameters, watchJob, type Hyperparameters, type NumericField, type Job, type Progress as JobProgress } from '../lib/modelfactory';
import { navigate } from '../lib/router';
import { useStore } from '../lib/store';
import { wallet } from '../lib/wallet';
import { LossChart } from '../components/losschart';
import { Badge, busy, ErrorBox, Field, Loaded, NeedsWallet, Note, Progress, Spinner, TxLine, useAsync, useTx } from '../components/ui';

function NotConfigured() {
  return (
    <Note>
      This Studio is not connected to a ModelFactory service, so training jobs cannot be launched here. The operator starts Studio with --modelfactory.url pointing at
      the service. Adapters trained elsewhere can still be registered on the <a href="/models/new?kind=adapter">Models</a> page.
    </Note>
  );
}

export function Factory() {
  const w = useStore(wallet);
  const jobs = useAsync(async () => (configured() && w.account ? factory.jobs(w.account) : []), [w.account]);
  return (
    <>
      <header class="page-head">
        <h1>ModelFactory</h1>
      </header>
      <p class="lead">Fine-tune a LoRA adapter on the data of Datanet versions, without writing code. The trained adapter records which versions it learned from, so their contributors are paid whenever it answers.</p>
      {!configured() ? <NotConfigured /> : <NewJob />}
      {configured() && w.account && (
        <section class="card" aria-labelledby="jobs-h">
          <h2 id="jobs-h">Your jobs</h2>
          <Loaded a={jobs}>
            {(list) =>
              list.length === 0 ? (
                <Note>No job yet.</Note>
              ) : (
                <ul class="plain">
                  {list.map((j) => (
                    <li key={j.id}>
                      <a href={`/factory/jobs/${j.id}`}>{j.id}</a> <StateBadge s={j.state} /> base #{j.baseModelId} on {j.datanets.map((d) => `#${d.datanetId} v${d.version}`).join(', ')}
                    </li>
                  ))}
                </ul>
              )
            }
          </Loaded>
        </section>
      )}
    </>
  );
}

function StateBadge({ s }: { s: Job['state'] }) {
  const kind = s === 'succeeded' ? 'accepted' : s === 'failed' || s === 'cancelled' ? 'rejected' : 'pending';
  return <Badge kind={kind}>{s}</Badge>;
}

function NewJob() {
  const w = useStore(wallet);
  const [base, setBase] = useState('');
  const [picked, setPicked] = useState<string[]>([]); // "datanetId:version"
  const [hp, setHp] = useState(hyperparameterText());
  const [targets, setTargets] = useState<string[]>(defaultHyperparameters.targetModules);
  const [err, setErr] = useState<string>();
  const [launching, setLaunching] = useState(false);
  const choices = useAsync(async () => {
    const [mc, dc] = await Promise.all([pub().readContract({ ...contracts.model, functionName: 'modelCount' }), pub().readContract({ ...contracts.datanet, functionName: 'datanetCount' })]);
    const [models, datanets] = await Promise.all([
      readAllPaged((o, l) => pub().readContract({ ...contracts.model, functionName: 'listModels', args: [o, l] }), mc),
      readAllPaged((o, l) => pub().readContract({ ...contracts.datanet, functionName: 'listDatanets', args: [o, l] }), dc),
    ]);
    return { bases: models.filter((m) => m.kind === 0 && m.status === 0), datanets: datanets.filter((d) => d.versionCount > 0n) };
  }, []);
  const text = (k: NumericField) => (e: { currentTarget: { value: string } }) => setHp({ ...hp, [k]: e.currentTarget.value });
  const launch = async (e: Event) => {
    e.preventDefault();
    setErr(undefined);
    if (!base) return setErr('Choose a base model.');
    if (!picked.length) return setErr('Choose at least one Datanet version to train on.');
    let hyperparameters: Hyperparameters;
    try {
      hyperparameters = parseHyperparameters(hp, targets);
    } catch (e2) {
      return setErr((e2 as Error).message);
    }
    setLaunching(true);
    try {
      const job = await factory.createJob({
        owner: w.account as Address,
        baseModelId: Number(base),
        datanets: picked.map((p) => ({ datanetId: Number(p.split(':')[0]), version: Number(p.split(':')[1]) })),
        hyperparameters,
      });
      navigate(`/factory/jobs/${job.id}`);
    } catch (e2) {
      setErr(explain(e2));
    } finally {
      setLaunching(false);
    }
  };
  return (
    <NeedsWallet what="launch a training job">
      <Loaded a={choices}>
        {(c) => (
          <form class="form card" onSubmit={launch}>
            <h2>New training job</h2>
            <Field label="Base model">
              <select value={base} onChange={(e) => setBase(e.currentTarget.value)} name="base">
                <option value="">Choose…</option>
                {c.bases.map((m) => (
                  <option key={m.id.toString()} value={m.id.toString()}>
                    #{m.id.toString()} {m.name} ({m.architecture})
                  </option>
                ))}
              </select>
            </Field>
            <fieldset class="field">
              <legend class="label">Datanet versions to train on</legend>
              {c.datanets.length === 0 && <Note>No Datanet has a published version yet.</Note>}
              <div class="checks">
                {c.datanets.flatMap((d) =>
                  Array.from({ length: Number(d.versionCount) }, (_, i) => {
                    const key = `${d.id}:${i + 1}`;
                    return (
                      <label key={key}>
                        <input type="checkbox" checked={picked.includes(key)} onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, key] : picked.filter((p) => p !== key))} /> {d.name} v{i + 1}
                      </label>
                    );
                  }),
                )}
              </div>
            </fieldset>
            <details open>
              <summary>LoRA parameters</summary>
              {numericFields.map((k) => (
                <Field key={k} label={hyperparameterHelp[k].label} help={hyperparameterHelp[k].help}>
                  <input inputMode={k === 'learningRate' || k === 'alpha' ? 'decimal' : 'numeric'} value={hp[k]} onInput={text(k)} name={k} />
                </Field>
              ))}
              <fieldset class="field">
                <legend class="label">{hyperparameterHelp.targetModules.label}</legend>
                <div class="checks">
                  {allTargetModules.map((m) => (
                    <label key={m}>
                      <input type="checkbox" name="targetModules" value={m} checked={targets.includes(m)} onChange={(e) => setTargets(e.currentTarget.checked ? [...targets, m] : targets.filter((t) => t !== m))} /> {m}
                    </label>
                  ))}
                </div>
                <small class="help">{hyperparameterHelp.targetModules.help}</small>
              </fieldset>
            </details>
            {err && <ErrorBox>{err}</ErrorBox>}
            <button class="primary" type="submit" disabled={launching}>
              {launching ? 'Launching…' : 'Launch training'}
            </button>
          </form>
        )}
      </Loaded>
    </NeedsWallet>
  );
}

export function JobPage({ id }: { id: string }) {
  const [job, setJob] = useState<Job>();
  const [points, setPoints] = useState<{ step: number; loss: number }[]>([]);
  const [live, setLive] = useState<JobProgress>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    if (!configured()) return;
    const ctl = new AbortController();
    (async () => {
      try {
        const [j, pts] = await Promise.all([factory.job(id), factory.loss(id)]);
        setJob(j);
        setPoints(pts);
        if (finished(j)) return;
        await watchJob(
          id,
          {
            progress: (p) => {
              setLive(p);
              setPoints((ps) => (ps.length && ps[ps.length - 1].step >= p.step ? ps : [...ps, { step: p.step, loss: p.loss }]));
            },
            state: setJob,
          },
          ctl.signal,
        );
        // The whole curve, as the service recorded it.
        setPoints(await factory.loss(id));
      } catch (e) {
        if (!ctl.signal.aborted) setErr(explain(e));
      }
    })();
    return () => ctl.abort();
  }, [id]);
  if (!configured()) return <NotConfigured />;
  if (err) return <ErrorBox>{err}</ErrorBox>;
  if (!job) return <Spinner />;
  const step = live?.step ?? job.step;
  const total = live?.totalSteps ?? job.totalSteps;
  return (
    <>
      <header class="page-head">
        <div>
          <p class="crumbs">
            <a href="/factory">ModelFactory</a> / job {job.id}
          </p>
          <h1>Training job</h1>
        </div>
        <StateBadge s={job.state} />
      </header>
      <section class="card">
        <Progress value={step} max={total || 1} label={`Step ${step} of ${total || '…'}`} />
        <p class="help">
          {live?.loss !== undefined && `loss ${live.loss.toFixed(4)} · `}
          {live?.tokensPerSecond !== undefined && `${Math.round(live.tokensPerSecond)} tokens/s · `}
          {live?.etaSeconds !== undefined && `about ${Math.ceil(live.etaSeconds / 60)} min left`}
        </p>
        {points.length > 0 ? <LossChart points={points} /> : <Note>The loss curve appears with the first steps.</Note>}
        {job.error && <ErrorBox>{job.error}</ErrorBox>}
        {(job.state === 'queued' || job.state === 'running') && (
          <button class="danger" onClick={() => factory.cancel(id).then(setJob, (e) => setErr(explain(e)))}>
            Cancel job
          </button>
        )}
      </section>
      {job.state === 'succeeded' && job.result && <Publish job={job} />}
    </>
  );
}

function Publish({ job }: { job: Job }) {
  const [name, setName] = useState(`adapter-${job.id}`);
  const [rateIn, setRateIn] = useState('0.000002');
  const [rateOut, setRateOut] = useState('0.000006');
  const [stage, run] = useTx();
  const [problem, setProblem] = useState<string>();
  const r = job.result!;
  return (
    <section class="card" aria-labelledby="pub-h">
      <h2 id="pub-h">Publish the adapter</h2>
      <p class="help">
        Registers the adapter in the model registry from your wallet: weights {r.weightsHash.slice(0, 10)}… at {r.uri}, rank {r.rank} on {r.targetModules.join(', ')}, trained on{' '}
        {r.datanets.map((d) => `Datanet #${d.datanetId} v${d.version}${d.contributions ? ` (${d.contributions.length} contributions)` : ''}`).join(', ')}.
      </p>
      {(r.stepLogSha256 || r.examples !== undefined) && (
        <dl class="facts" data-testid="training-record">
          {r.examples !== undefined && (
            <>
              <dt>Examples</dt>
              <dd>{r.examples}</dd>
            </>
          )}
          {r.finalLoss !== undefined && (
            <>
              <dt>Final loss</dt>
              <dd>{r.finalLoss.toFixed(4)}</dd>
            </>
          )}
          {r.stepLogSha256 && (
            <>
              <dt>Step log (sha256)</dt>
              <dd>
                <code class="hash" title="Which contributions each training step used; anyone can check it against the adapter on IPFS">
                  {r.stepLogSha256.slice(0, 16)}…
                </code>
              </dd>
            </>
          )}
        </dl>
      )}
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setProblem(undefined);
          try {
            const spec = {
              baseModelId: BigInt(job.baseModelId),
              name: name.trim(),
              weightsHash: r.weightsHash,
              uri: r.uri,
              rank: r.rank,
              targetModules: r.targetModules,
              rateIn: parseOpen(rateIn),
              rateOut: parseOpen(rateOut),
              datanets: r.datanets.map((d) => ({ datanetId: BigInt(d.datanetId), version: BigInt(d.version) })),
            };
            const res = await run({ kind: 'model', functionName: 'registerAdapter', args: [spec], label: 'Publish adapter' });
            const ev = res?.events.find((x) => x.eventName === 'ModelRegistered');
            if (ev) navigate(`/models/${ev.args.modelId}`);
          } catch (err) {
            setProblem((err as Error).message);
          }
        }}
      >
        <Field label="Name">
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={64} />
        </Field>
        <Field label="Rate per 1,000 input tokens (OPEN)">
          <input value={rateIn} onInput={(e) => setRateIn(e.currentTarget.value)} />
        </Field>
        <Field label="Rate per 1,000 output tokens (OPEN)">
          <input value={rateOut} onInput={(e) => setRateOut(e.currentTarget.value)} />
        </Field>
        {problem && <ErrorBox>{problem}</ErrorBox>}
        <button class="primary" type="submit" disabled={busy(stage)}>
          Publish
        </button>
        <TxLine s={stage} />
      </form>
    </section>
  );
}
