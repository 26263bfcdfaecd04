// One Datanet: description, tags, owner and curators, published versions with
// their Merkle roots, contributions with their review status; contributing
// text or files (stored in the content store, hash on chain); reviewing and
// publishing for its owner and curators.
import { useState } from 'preact/hooks';
import { keccak256, parseAbiItem, type Address, type Hex } from 'viem';
import { contracts, head, pub } from '../lib/chain';
import { contentStore, fetchable, fetchVerified } from '../lib/content';
import { explain } from '../lib/errors';
import { formatBytes, formatTime, isAddress, shortAddress } from '../lib/format';
import { useStore } from '../lib/store';
import { sendTx, type TxStage } from '../lib/tx';
import { wallet } from '../lib/wallet';
import { Addr, Badge, busy, ErrorBox, Field, Hash, Loaded, NeedsWallet, Note, Pager, Progress, Spinner, TxLine, useAsync, useTx } from '../components/ui';
import { readDatanet } from './datanets';

const STATUS = ['Pending', 'Accepted', 'Rejected'] as const;
const PAGE = 20;

/** The current curators, replayed from CuratorAdded/CuratorRemoved events. */
export async function readCurators(id: bigint): Promise<Address[]> {
  const [added, removed] = await Promise.all([
    pub().getLogs({ address: contracts.datanet.address, event: parseAbiItem('event CuratorAdded(uint256 indexed datanetId, address indexed curator)'), args: { datanetId: id }, fromBlock: 0n }),
    pub().getLogs({ address: contracts.datanet.address, event: parseAbiItem('event CuratorRemoved(uint256 indexed datanetId, address indexed curator)'), args: { datanetId: id }, fromBlock: 0n }),
  ]);
  const all = [...added.map((l) => ({ l, add: true })), ...removed.map((l) => ({ l, add: false }))].sort((a, b) =>
    a.l.blockNumber === b.l.blockNumber ? a.l.logIndex - b.l.logIndex : Number(a.l.blockNumber - b.l.blockNumber),
  );
  const set = new Map<string, Address>();
  for (const { l, add } of all) {
    const who = l.args.curator as Address;
    if (add) set.set(who.toLowerCase(), who);
    else set.delete(who.toLowerCase());
  }
  return [...set.values()];
}

export function DatanetPage({ id }: { id: bigint }) {
  const w = useStore(wallet);
  const [version, setVersion] = useState(0); // bumped after our own transactions
  const d = useAsync(async () => {
    const [info, curators] = await Promise.all([readDatanet(id), readCurators(id)]);
    return { info, curators };
  }, [id, version]);
  const refresh = () => setVersion((v) => v + 1);
  return (
    <Loaded a={d}>
      {({ info, curators }) => {
        const me = w.account?.toLowerCase();
        const isOwner = me === info.owner.toLowerCase();
        const isCurator = isOwner || curators.some((c) => c.toLowerCase() === me);
        return (
          <>
            <header class="page-head">
              <div>
                <p class="crumbs">
                  <a href="/datanets">Datanets</a> / #{id.toString()}
                </p>
                <h1>{info.name}</h1>
              </div>
              {isCurator && <Badge kind="role">{isOwner ? 'You own this Datanet' : 'You curate this Datanet'}</Badge>}
            </header>
            <p class="desc">{info.description || <em>No description.</em>}</p>
            <p class="tags">
              {info.tags.map((t) => (
                <a class="tag" href={`/datanets?q=${encodeURIComponent(t)}`} key={t}>
                  {t}
                </a>
              ))}
            </p>
            <dl class="facts">
              <dt>Owner</dt>
              <dd>
                <Addr a={info.owner} />
              </dd>
              <dt>Curators</dt>
              <dd data-testid="curators">{curators.length ? curators.map((c) => <Addr key={c} a={c} />).reduce((a, b) => <>{a}, {b}</>) : 'none besides the owner'}</dd>
              <dt>Created</dt>
              <dd>{formatTime(info.createdAt)}</dd>
              <dt>Contributions</dt>
              <dd>
                {info.acceptedCount.toString()} accepted of {info.contributionCount.toString()}
              </dd>
              {info.metadataURI && (
                <>
                  <dt>Metadata</dt>
                  <dd class="mono">{info.metadataURI}</dd>
                </>
              )}
            </dl>
            {isOwner && <CuratorAdmin id={id} curators={curators} onChange={refresh} />}
            <Versions id={id} info={info} canPublish={isCurator} onChange={refresh} />
            <Contribute id={id} onDone={refresh} />
            <Contributions id={id} total={Number(info.contributionCount)} canReview={isCurator} version={version} onChange={refresh} />
          </>
        );
      }}
    </Loaded>
  );
}

function CuratorAdmin({ id, curators, onChange }: { id: bigint; curators: Address[]; onChange: () => void }) {
  const [who, setWho] = useState('');
  const [stage, run] = useTx();
  const [problem, setProblem] = useState<string>();
  return (
    <section class="card" aria-labelledby="cur-h">
      <h2 id="cur-h">Curators</h2>
      <p class="help">Curators review contributions and publish versions with you.</p>
      <form
        class="inline"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!isAddress(who.trim())) return setProblem('Enter an address (0x followed by 40 hex digits).');
          setProblem(undefined);
          if (await run({ kind: 'datanet', functionName: 'addCurator', args: [id, who.trim()], label: 'Add curator' })) {
            setWho('');
            onChange();
          }
        }}
      >
        <input placeholder="0x… address" value={who} onInput={(e) => setWho(e.currentTarget.value)} aria-label="Curator address" />
        <button type="submit" disabled={busy(stage)}>
          Add curator
        </button>
      </form>
      {curators.length > 0 && (
        <ul class="plain">
          {curators.map((c) => (
            <li key={c}>
              <Addr a={c} />{' '}
              <button
                class="link"
                disabled={busy(stage)}
                onClick={async () => (await run({ kind: 'datanet', functionName: 'removeCurator', args: [id, c], label: `Remove ${shortAddress(c)}` })) && onChange()}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && <ErrorBox>{problem}</ErrorBox>}
      <TxLine s={stage} />
    </section>
  );
}

type Info = Awaited<ReturnType<typeof readDatanet>>;

function Versions({ id, info, canPublish, onChange }: { id: bigint; info: Info; canPublish: boolean; onChange: () => void }) {
  const [stage, run] = useTx();
  const versions = useAsync(async () => {
    const n = info.versionCount;
    const start = n > 16n ? n - 16n : 0n;
    const list = n > 0n ? await pub().readContract({ ...contracts.datanet, functionName: 'versionsOf', args: [id, start, n - start] }) : [];
    // The attribution index shards published for each version (what paid inference attributes with).
    const shards = await Promise.all(list.map((v) => pub().readContract({ ...contracts.datanet, functionName: 'indexesOf', args: [id, v.version] })));
    return list.map((v, i) => ({ ...v, shards: shards[i] })).reverse();
  }, [id, info.versionCount]);
  const latestCount = versions.data?.[0]?.contributionCount ?? 0n;
  const unpublished = info.acceptedCount - latestCount;
  return (
    <section class="card" aria-labelledby="ver-h">
      <h2 id="ver-h">Versions</h2>
      <p class="help">
        Each version commits to every contribution accepted so far with a Merkle root; models name the versions they were trained on. Its attribution index (one shard
        per tokenizer, on IPFS) lets anyone recompute which contributions a paid answer drew on.
      </p>
      <Loaded a={versions}>
        {(vs) =>
          vs.length === 0 ? (
            <Note>No version published yet.</Note>
          ) : (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th>Version</th>
                    <th>Merkle root</th>
                    <th>Contributions</th>
                    <th>Published</th>
                    <th>By</th>
                    <th>Attribution index</th>
                  </tr>
                </thead>
                <tbody>
                  {vs.map((v) => (
                    <tr key={v.version.toString()} data-testid={`version-${v.version}`}>
                      <td>v{v.version.toString()}</td>
                      <td>
                        <Hash h={v.root} />
                      </td>
                      <td>{v.contributionCount.toString()}</td>
                      <td>{formatTime(v.publishedAt)}</td>
                      <td>
                        <Addr a={v.publisher} />
                      </td>
                      <td data-testid={`version-${v.version}-index`}>
                        {v.shards.length === 0
                          ? 'none yet'
                          : v.shards.map((sh) => (
                              <span key={sh.tokenizerId} class="shard" title={`tokenizer ${sh.tokenizerId}, shard ${sh.contentHash}, published by ${sh.publisher} at ${formatTime(sh.publishedAt)}`}>
                                {sh.uri.length > 28 ? `${sh.uri.slice(0, 20)}…${sh.uri.slice(-6)}` : sh.uri}
                              </span>
                            ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {canPublish && (
        <p>
          <button
            class="primary"
            disabled={busy(stage) || unpublished <= 0n || versions.loading}
            onClick={async () => (await run({ kind: 'datanet', functionName: 'publishVersion', args: [id], label: `Publish version ${info.versionCount + 1n}` })) && onChange()}
          >
            Publish version {(info.versionCount + 1n).toString()}
          </button>{' '}
          <span class="help">
            {unpublished > 0n ? `${unpublished} accepted contribution(s) since the last version.` : 'Accept a contribution first: nothing new to publish.'}
          </span>
        </p>
      )}
      <TxLine s={stage} />
    </section>
  );
}

interface Item {
  name: string;
  data: Uint8Array;
  type: string;
}

function Contribute({ id, onDone }: { id: bigint; onDone: () => void }) {
  const store = contentStore();
  const [mode, setMode] = useState<'text' | 'files'>('text');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [fileInput, setFileInput] = useState(0); // bumped to clear the file picker
  const [progress, setProgress] = useState<{ item: number; of: number; what: string; sent?: number; total?: number }>();
  const [stage, setStage] = useState<TxStage>({ stage: 'idle' });
  const [done, setDone] = useState<string[]>([]);
  const [err, setErr] = useState<string>();
  if (!store)
    return (
      <section class="card">
        <h2>Contribute</h2>
        <Note>This Studio has no content store configured, so contributions cannot be uploaded here. The operator starts Studio with --content.ipfs-api.</Note>
      </section>
    );
  const submit = async () => {
    setErr(undefined);
    setDone([]);
    let items: Item[];
    if (mode === 'text') {
      if (!text.trim()) return setErr('Write something to contribute first.');
      items = [{ name: 'text', data: new TextEncoder().encode(text), type: 'text/plain; charset=utf-8' }];
    } else {
      if (!files.length) return setErr('Choose at least one file.');
      items = await Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()), type: f.type || 'application/octet-stream' })));
    }
    const ok: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const step = { item: i + 1, of: items.length, what: it.name };
      try {
        setProgress({ ...step, sent: 0, total: it.data.length });
        const stored = await store.put(it.data, it.name, (sent, total) => setProgress({ ...step, sent, total }));
        setProgress(step);
        const hash = keccak256(it.data);
        const metadata = JSON.stringify({ name: it.name, type: it.type });
        const r = await sendTx(
          { kind: 'datanet', functionName: 'contribute', args: [id, hash, BigInt(it.data.length), stored.uri, metadata], label: items.length > 1 ? `Contribute ${it.name} (${i + 1} of ${items.length})` : 'Contribute' },
          setStage,
        );
        const ev = r.events.find((x) => x.eventName === 'ContributionSubmitted');
        ok.push(`${it.name} → contribution #${ev?.args.contributionId}`);
        setDone([...ok]);
      } catch (e) {
        // A failed transaction already says why on its progress line.
        if (!(e as { explained?: boolean }).explained) setErr(explain(e));
        break;
      }
    }
    setProgress(undefined);
    if (ok.length) {
      // Only what went on chain leaves the form: files after a failed one stay, to retry.
      if (mode === 'text') setText('');
      else {
        setFiles(files.slice(ok.length));
        setFileInput((k) => k + 1);
      }
      onDone();
    }
  };
  const working = !!progress || busy(stage);
  return (
    <section class="card" aria-labelledby="con-h">
      <h2 id="con-h">Contribute</h2>
      <NeedsWallet what="contribute">
        <div class="tabs" role="tablist">
          <button role="tab" aria-selected={mode === 'text'} onClick={() => setMode('text')}>
            Text
          </button>
          <button role="tab" aria-selected={mode === 'files'} onClick={() => setMode('files')}>
            Files
          </button>
        </div>
        {mode === 'text' ? (
          <Field label="Text" help="Stored in the content store; its keccak256 hash and size go on chain.">
            <textarea rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} name="contribution" />
          </Field>
        ) : (
          <Field label="Files" help="Each file becomes one contribution.">
            <input key={fileInput} type="file" multiple onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))} name="files" />
          </Field>
        )}
        {mode === 'files' && files.length > 0 && (
          <p class="help" data-testid="files-to-contribute">
            To contribute: {files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')}
          </p>
        )}
        <button class="primary" disabled={working} onClick={submit}>
          Contribute
        </button>
        {progress && progress.total !== undefined && (
          <Progress value={progress.sent ?? 0} max={progress.total} label={`Uploading ${progress.what} (${progress.item} of ${progress.of}): ${formatBytes(progress.sent ?? 0)} of ${formatBytes(progress.total)}`} />
        )}
        <TxLine s={stage} />
        {done.length > 0 && (
          <ul class="plain ok">
            {done.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {err && <ErrorBox>{err}</ErrorBox>}
      </NeedsWallet>
    </section>
  );
}

function Contributions({ id, total, canReview, version, onChange }: { id: bigint; total: number; canReview: boolean; version: number; onChange: () => void }) {
  const [offset, setOffset] = useState(0);
  const block = useStore(head);
  const list = useAsync(async () => {
    const end = total - offset;
    const start = Math.max(0, end - PAGE);
    if (end <= 0) return [];
    const items = await pub().readContract({ ...contracts.datanet, functionName: 'contributionsOf', args: [id, BigInt(start), BigInt(end - start)] });
    return [...items].reverse();
  }, [id, total, offset, version, canReview ? block : 0n]);
  return (
    <section class="card" aria-labelledby="list-h">
      <h2 id="list-h">Contributions</h2>
      <Loaded a={list}>
        {(cs) =>
          cs.length === 0 ? (
            <Note>No contribution yet.</Note>
          ) : (
            <ul class="contributions">
              {cs.map((c) => (
                <ContributionRow key={c.id.toString()} c={c} canReview={canReview} onChange={onChange} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <Pager offset={offset} limit={PAGE} total={total} onChange={setOffset} />
    </section>
  );
}

type Contribution = Awaited<ReturnType<typeof readContribution>>;

export function readContribution(id: bigint) {
  return pub().readContract({ ...contracts.datanet, functionName: 'getContribution', args: [id] });
}

function metaName(metadata: string): string | undefined {
  try {
    return JSON.parse(metadata).name;
  } catch {
    return undefined;
  }
}

function ContributionRow({ c, canReview, onChange }: { c: Contribution; canReview: boolean; onChange: () => void }) {
  const [stage, run] = useTx();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const status = STATUS[c.status];
  return (
    <li class="contribution" id={`contribution-${c.id}`} data-testid={`contribution-${c.id}`}>
      <div class="row">
        <strong>#{c.id.toString()}</strong> <Badge kind={status.toLowerCase()}>{status}</Badge> {metaName(c.metadata) ?? ''} · {formatBytes(c.size)} · by <Addr a={c.contributor} /> ·{' '}
        {formatTime(c.submittedAt)}
      </div>
      <div class="row small">
        hash <Hash h={c.contentHash} /> · <span class="mono">{c.uri}</span>{' '}
        <button class="link" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'hide' : 'view'}
        </button>
      </div>
      {c.status !== 0 && (
        <div class="row small">
          {status.toLowerCase()} by <Addr a={c.reviewer} />
          {c.reviewReason && <> — “{c.reviewReason}”</>}
          {c.status === 1 && <> · leaf {c.acceptedIndex.toString()}</>}
        </div>
      )}
      {open && <Preview uri={c.uri} hash={c.contentHash} />}
      {canReview && c.status === 0 && (
        <div class="review">
          <input placeholder="Reason (optional)" value={reason} onInput={(e) => setReason(e.currentTarget.value)} aria-label={`Review reason for #${c.id}`} maxLength={512} />
          <button class="primary" disabled={busy(stage)} onClick={async () => (await run({ kind: 'datanet', functionName: 'review', args: [c.id, true, reason], label: `Accept #${c.id}` })) && onChange()}>
            Accept
          </button>
          <button class="danger" disabled={busy(stage)} onClick={async () => (await run({ kind: 'datanet', functionName: 'review', args: [c.id, false, reason], label: `Reject #${c.id}` })) && onChange()}>
            Reject
          </button>
        </div>
      )}
      <TxLine s={stage} />
    </li>
  );
}

function Preview({ uri, hash }: { uri: string; hash: Hex }) {
  const store = contentStore();
  const a = useAsync(async () => {
    if (!store) throw new Error('This Studio has no content store configured.');
    if (!fetchable(uri)) throw new Error(`This content is at ${uri}, which is not in a shared content store, so it cannot be shown here.`);
    return fetchVerified(store, uri, hash);
  }, [uri, hash]);
  if (a.loading && !a.data) return <Spinner label="Fetching from the content store…" />;
  if (a.error) return <ErrorBox>{a.error}</ErrorBox>;
  const data = a.data!;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data.slice(0, 4096));
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
  const binary = text.includes('\u0000') || controls > text.length / 10;
  return (
    <div class="preview">
      <p class="ok small">Content matches the hash on chain.</p>
      {binary ? <p>Binary content, {formatBytes(data.length)}.</p> : <pre>{text + (data.length > 4096 ? '\n…' : '')}</pre>}
    </div>
  );
}
