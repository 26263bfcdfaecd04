// One model: details, rates, versions, and an adapter's provenance drawn as a
// picture (adapter → base model and Datanet versions → contributions); its
// owner sets rates, publishes versions, deprecates or reactivates it.
import { useState } from 'preact/hooks';
import type { Address, Hex } from 'viem';
import { contracts, pub } from '../lib/chain';
import { formatRate, formatTime, parseOpen, shortAddress } from '../lib/format';
import { useStore } from '../lib/store';
import { wallet } from '../lib/wallet';
import { Addr, Badge, busy, ErrorBox, Field, Hash, Loaded, Note, TxLine, useAsync, useTx } from '../components/ui';
import { readContribution } from './datanet';
import { DatanetRefs, parseRefs, readModel, WeightsInput, type DatanetRefInput, type ModelInfo } from './models';

export function ModelPage({ id }: { id: bigint }) {
  const w = useStore(wallet);
  const [ver, setVer] = useState(0);
  const m = useAsync(() => readModel(id), [id, ver]);
  return (
    <Loaded a={m}>
      {(info) => {
        const isOwner = w.account?.toLowerCase() === info.owner.toLowerCase();
        const adapter = info.kind === 1;
        return (
          <>
            <header class="page-head">
              <div>
                <p class="crumbs">
                  <a href="/models">Models</a> / #{id.toString()}
                </p>
                <h1>{info.name}</h1>
              </div>
              <span>
                <Badge kind={adapter ? 'adapter' : 'base'}>{adapter ? 'LoRA adapter' : 'base model'}</Badge>{' '}
                {info.status === 1 ? <Badge kind="rejected">deprecated</Badge> : <Badge kind="accepted">active</Badge>}
              </span>
            </header>
            <dl class="facts">
              <dt>Owner</dt>
              <dd>
                <Addr a={info.owner} />
              </dd>
              {adapter ? (
                <>
                  <dt>Base model</dt>
                  <dd>
                    <a href={`/models/${info.baseModelId}`}>#{info.baseModelId.toString()}</a>
                  </dd>
                  <dt>LoRA</dt>
                  <dd>
                    rank {info.rank} on {info.targetModules.join(', ')}
                  </dd>
                  <dt>Rates</dt>
                  <dd data-testid="rates">
                    input {formatRate(info.rateIn)} · output {formatRate(info.rateOut)}
                  </dd>
                </>
              ) : (
                <>
                  <dt>Architecture</dt>
                  <dd>{info.architecture}</dd>
                  <dt>License</dt>
                  <dd>{info.license || '—'}</dd>
                  <dt>Adapters</dt>
                  <dd>{info.adapterCount.toString()}</dd>
                </>
              )}
              <dt>Registered</dt>
              <dd>{formatTime(info.createdAt)}</dd>
            </dl>
            {adapter && <ProvenancePicture id={id} info={info} />}
            <VersionList id={id} count={info.versionCount} />
            {adapter && (
              <p>
                <a class="button" href={`/chat?model=${id}`}>
                  Chat with this adapter
                </a>
              </p>
            )}
            {isOwner && <OwnerActions id={id} info={info} onChange={() => setVer((v) => v + 1)} />}
          </>
        );
      }}
    </Loaded>
  );
}

function VersionList({ id, count }: { id: bigint; count: bigint }) {
  const vs = useAsync(async () => {
    const start = count > 16n ? count - 16n : 0n;
    const list = await pub().readContract({ ...contracts.model, functionName: 'versionsOf', args: [id, start, count - start] });
    return [...list].reverse();
  }, [id, count]);
  return (
    <section class="card" aria-labelledby="mv-h">
      <h2 id="mv-h">Versions</h2>
      <Loaded a={vs}>
        {(list) => (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Version</th>
                  <th>Weights hash</th>
                  <th>URI</th>
                  <th>Trained on</th>
                  <th>Published</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.version.toString()}>
                    <td>v{v.version.toString()}</td>
                    <td>
                      <Hash h={v.weightsHash} />
                    </td>
                    <td class="mono small">{v.uri || '—'}</td>
                    <td>
                      {v.datanets.length
                        ? v.datanets.map((d) => (
                            <a key={`${d.datanetId}-${d.version}`} href={`/datanets/${d.datanetId}`}>
                              Datanet #{d.datanetId.toString()} v{d.version.toString()}{' '}
                            </a>
                          ))
                        : '—'}
                    </td>
                    <td>{formatTime(v.publishedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </section>
  );
}

const SHOWN = 8; // contributions drawn per Datanet version

interface ProvNode {
  datanetId: bigint;
  version: bigint;
  root: Hex;
  count: bigint;
  name: string;
  contributions: { id: bigint; contributor: Address }[];
}

/** Reads an adapter's provenance with the contributions of each Datanet version. */
export async function readProvenance(id: bigint) {
  const p = await pub().readContract({ ...contracts.model, functionName: 'provenance', args: [id, 0n] });
  const base = await readModel(p.baseModelId);
  const nodes: ProvNode[] = await Promise.all(
    p.datanets.map(async (d) => {
      const [dn, ids] = await Promise.all([
        pub().readContract({ ...contracts.datanet, functionName: 'getDatanet', args: [d.datanetId] }),
        pub().readContract({ ...contracts.datanet, functionName: 'acceptedContributions', args: [d.datanetId, 0n, d.contributionCount < BigInt(SHOWN) ? d.contributionCount : BigInt(SHOWN)] }),
      ]);
      const cs = await Promise.all(ids.map(readContribution));
      return { datanetId: d.datanetId, version: d.version, root: d.root, count: d.contributionCount, name: dn.name, contributions: cs.map((c) => ({ id: c.id, contributor: c.contributor })) };
    }),
  );
  return { p, base, nodes };
}

function ProvenancePicture({ id, info }: { id: bigint; info: ModelInfo }) {
  const a = useAsync(() => readProvenance(id), [id, info.versionCount]);
  return (
    <section class="card" aria-labelledby="prov-h">
      <h2 id="prov-h">Provenance</h2>
      <p class="help">Where this adapter's latest version came from: its base model, the Datanet versions it was trained on (with the Merkle roots they published) and their contributions — the people paid when it answers.</p>
      <Loaded a={a}>{(d) => <ProvSvg adapter={info} {...d} />}</Loaded>
    </section>
  );
}

function ProvSvg({ adapter, p, base, nodes }: { adapter: ModelInfo } & Awaited<ReturnType<typeof readProvenance>>) {
  const colW = 230;
  const boxH = 54;
  const gap = 14;
  const rowsC = nodes.map((n) => Math.max(1, n.contributions.length + (n.count > BigInt(n.contributions.length) ? 1 : 0)));
  const totalRows = rowsC.reduce((a, b) => a + b, 0);
  const height = Math.max(2, totalRows) * (boxH + gap) + gap;
  const width = colW * 3 + 120;
  const x0 = 10;
  const x1 = x0 + colW + 60;
  const x2 = x1 + colW + 60;
  const midY = height / 2 - boxH / 2;
  const parts: preact.JSX.Element[] = [];
  // Adapter and base model in the first column.
  const adapterY = Math.max(gap, midY - boxH / 2 - gap / 2);
  const baseY = adapterY + boxH + gap;
  parts.push(
    <a href={`/models/${adapter.id}`} key="adapter">
      <rect x={x0} y={adapterY} width={colW} height={boxH} rx={8} class="n-adapter" />
      <text x={x0 + 10} y={adapterY + 22} class="t-title">
        {clip(adapter.name, 26)}
      </text>
      <text x={x0 + 10} y={adapterY + 42} class="t-sub">
        adapter #{adapter.id.toString()} v{p.version.toString()}
      </text>
    </a>,
    <a href={`/models/${base.id}`} key="base">
      <rect x={x0} y={baseY} width={colW} height={boxH} rx={8} class="n-base" />
      <text x={x0 + 10} y={baseY + 22} class="t-title">
        {clip(base.name, 26)}
      </text>
      <text x={x0 + 10} y={baseY + 42} class="t-sub">
        base #{base.id.toString()} v{p.baseVersion.toString()}
      </text>
    </a>,
  );
  let row = 0;
  nodes.forEach((n, i) => {
    const span = rowsC[i] * (boxH + gap) - gap;
    const top = gap + row * (boxH + gap);
    const y = top + span / 2 - boxH / 2;
    parts.push(
      <path key={`e-a-${i}`} d={curve(x0 + colW, adapterY + boxH / 2, x1, y + boxH / 2)} class="edge" />,
      <a href={`/datanets/${n.datanetId}`} key={`d-${i}`}>
        <rect x={x1} y={y} width={colW} height={boxH} rx={8} class="n-datanet" />
        <text x={x1 + 10} y={y + 22} class="t-title">
          {clip(n.name, 18)} v{n.version.toString()}
        </text>
        <text x={x1 + 10} y={y + 42} class="t-sub">
          root {n.root.slice(0, 10)}… · {n.count.toString()} items
        </text>
      </a>,
    );
    n.contributions.forEach((c, j) => {
      const cy = top + j * (boxH + gap);
      parts.push(
        <path key={`e-${i}-${j}`} d={curve(x1 + colW, y + boxH / 2, x2, cy + boxH / 2)} class="edge" />,
        <a href={`/datanets/${n.datanetId}#contribution-${c.id}`} key={`c-${i}-${j}`}>
          <rect x={x2} y={cy} width={colW} height={boxH} rx={8} class="n-contribution" />
          <text x={x2 + 10} y={cy + 22} class="t-title">
            contribution #{c.id.toString()}
          </text>
          <text x={x2 + 10} y={cy + 42} class="t-sub">
            by {shortAddress(c.contributor)}
          </text>
        </a>,
      );
    });
    if (n.count > BigInt(n.contributions.length)) {
      const cy = top + n.contributions.length * (boxH + gap);
      parts.push(
        <a href={`/datanets/${n.datanetId}`} key={`more-${i}`}>
          <text x={x2 + 10} y={cy + 30} class="t-sub">
            and {(n.count - BigInt(n.contributions.length)).toString()} more…
          </text>
        </a>,
      );
    }
    row += rowsC[i];
  });
  if (!nodes.length) return <Note>This version names no Datanet.</Note>;
  return (
    <div class="prov">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Provenance: adapter, Datanet versions and contributions" data-testid="provenance">
        {parts}
      </svg>
    </div>
  );
}

function curve(xa: number, ya: number, xb: number, yb: number) {
  const mx = (xa + xb) / 2;
  return `M${xa},${ya} C${mx},${ya} ${mx},${yb} ${xb},${yb}`;
}

function clip(s: string, n: number) {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function OwnerActions({ id, info, onChange }: { id: bigint; info: ModelInfo; onChange: () => void }) {
  const [stage, run] = useTx();
  const [problem, setProblem] = useState<string>();
  const [rates, setRates] = useState({ in: '', out: '' });
  const [hash, setHash] = useState('');
  const [uri, setUri] = useState('');
  const [refs, setRefs] = useState<DatanetRefInput[]>([{ datanetId: '', version: '' }]);
  const adapter = info.kind === 1;
  const guard = async (f: () => Promise<unknown>) => {
    setProblem(undefined);
    try {
      if (await f()) onChange();
    } catch (e) {
      setProblem((e as Error).message);
    }
  };
  return (
    <section class="card" aria-labelledby="own-h">
      <h2 id="own-h">Manage (you own this model)</h2>
      {adapter && (
        <form
          class="inline"
          onSubmit={(e) => {
            e.preventDefault();
            guard(() => run({ kind: 'model', functionName: 'setRates', args: [id, parseOpen(rates.in), parseOpen(rates.out)], label: 'Set rates' }));
          }}
        >
          <input placeholder="OPEN per 1k input tokens" value={rates.in} onInput={(e) => setRates({ ...rates, in: e.currentTarget.value })} aria-label="New input rate" />
          <input placeholder="OPEN per 1k output tokens" value={rates.out} onInput={(e) => setRates({ ...rates, out: e.currentTarget.value })} aria-label="New output rate" />
          <button type="submit" disabled={busy(stage)}>
            Set rates
          </button>
        </form>
      )}
      <details>
        <summary>Publish a new version</summary>
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            guard(async () => {
              if (!/^0x[0-9a-fA-F]{64}$/.test(hash.trim())) throw new Error('The weights hash must be 0x followed by 64 hex digits.');
              return run({ kind: 'model', functionName: 'publishVersion', args: [id, hash.trim(), uri.trim(), adapter ? parseRefs(refs) : []], label: 'Publish version' });
            });
          }}
        >
          <WeightsInput value={hash} onChange={setHash} />
          <Field label="Weights URI">
            <input value={uri} onInput={(e) => setUri(e.currentTarget.value)} />
          </Field>
          {adapter && <DatanetRefs refs={refs} onChange={setRefs} />}
          <button type="submit" class="primary" disabled={busy(stage)}>
            Publish version {(info.versionCount + 1n).toString()}
          </button>
        </form>
      </details>
      <p>
        {info.status === 0 ? (
          <button class="danger" disabled={busy(stage)} onClick={() => guard(() => run({ kind: 'model', functionName: 'deprecate', args: [id], label: 'Deprecate' }))}>
            Deprecate
          </button>
        ) : (
          <button disabled={busy(stage)} onClick={() => guard(() => run({ kind: 'model', functionName: 'reactivate', args: [id], label: 'Reactivate' }))}>
            Reactivate
          </button>
        )}{' '}
        <span class="help">Settlement refuses receipts of a deprecated model.</span>
      </p>
      {problem && <ErrorBox>{problem}</ErrorBox>}
      <TxLine s={stage} />
    </section>
  );
}
