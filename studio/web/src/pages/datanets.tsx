// Datanets: browse (newest first, paged from chain), search (name, tag,
// description; scans the registry in pages and shows how far it got), and
// create one.
import { useState } from 'preact/hooks';
import { contracts, pub } from '../lib/chain';
import { navigate, useLocation } from '../lib/router';
import { timeAgo } from '../lib/format';
import { Addr, busy, ErrorBox, Field, Loaded, NeedsWallet, Pager, Progress, TxLine, useAsync, useTx } from '../components/ui';

const PAGE = 12;
const enc = new TextEncoder();

export type DatanetInfo = Awaited<ReturnType<typeof readDatanet>>;

export function readDatanet(id: bigint) {
  return pub().readContract({ ...contracts.datanet, functionName: 'getDatanet', args: [id] });
}

export function Datanets() {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState(q);
  const [scan, setScan] = useState<{ done: number; total: number }>();
  const list = useAsync(async () => {
    const count = Number(await pub().readContract({ ...contracts.datanet, functionName: 'datanetCount' }));
    if (!q) {
      // Newest first: page k shows ids count-offset … count-offset-PAGE+1.
      const end = count - offset;
      const start = Math.max(0, end - PAGE);
      const items = end > 0 ? await pub().readContract({ ...contracts.datanet, functionName: 'listDatanets', args: [BigInt(start), BigInt(end - start)] }) : [];
      return { count, items: [...items].reverse(), matched: count };
    }
    const needle = q.toLowerCase();
    const found = [];
    for (let off = 0; off < count; off += 100) {
      setScan({ done: off, total: count });
      const page = await pub().readContract({ ...contracts.datanet, functionName: 'listDatanets', args: [BigInt(off), 100n] });
      for (const d of page)
        if (d.name.toLowerCase().includes(needle) || d.description.toLowerCase().includes(needle) || d.tags.some((t) => t.toLowerCase() === needle || t.toLowerCase().includes(needle)))
          found.push(d);
    }
    setScan(undefined);
    found.reverse();
    return { count, items: found.slice(offset, offset + PAGE), matched: found.length };
  }, [q, offset]);

  return (
    <>
      <header class="page-head">
        <h1>Datanets</h1>
        <a class="button primary" href="/datanets/new">
          Create a Datanet
        </a>
      </header>
      <form
        class="search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          navigate(search ? `/datanets?q=${encodeURIComponent(search)}` : '/datanets');
        }}
      >
        <input type="search" placeholder="Search by name, tag or description" value={search} onInput={(e) => setSearch(e.currentTarget.value)} aria-label="Search Datanets" />
        <button type="submit">Search</button>
      </form>
      {scan && <Progress value={scan.done} max={scan.total} label={`Searched ${scan.done} of ${scan.total} Datanets`} />}
      <Loaded a={list}>
        {(l) =>
          l.items.length === 0 ? (
            <p class="note">{q ? `No Datanet matches “${q}”.` : 'No Datanet yet. Create the first one.'}</p>
          ) : (
            <>
              <ul class="cards">
                {l.items.map((d) => (
                  <li key={d.id.toString()} class="card datanet-card">
                    <a href={`/datanets/${d.id}`}>
                      <h3>{d.name}</h3>
                    </a>
                    <p class="desc">{d.description || <em>No description.</em>}</p>
                    <p class="tags">
                      {d.tags.map((t) => (
                        <a class="tag" href={`/datanets?q=${encodeURIComponent(t)}`} key={t}>
                          {t}
                        </a>
                      ))}
                    </p>
                    <p class="meta">
                      #{d.id.toString()} · {d.acceptedCount.toString()}/{d.contributionCount.toString()} accepted · {d.versionCount.toString()} versions ·
                      owner <Addr a={d.owner} /> · {timeAgo(d.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
              <Pager offset={offset} limit={PAGE} total={l.matched} onChange={setOffset} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

function byteLen(s: string) {
  return enc.encode(s).length;
}

/** Checks a new Datanet's fields against the registry's limits; returns a sentence or undefined. */
export function checkDatanetFields(name: string, description: string, tags: string[], uri: string): string | undefined {
  if (byteLen(name) < 1 || byteLen(name) > 64) return 'The name must be 1 to 64 bytes long.';
  if (byteLen(description) > 2048) return 'The description must be at most 2,048 bytes long.';
  if (tags.length > 16) return 'A Datanet has at most 16 tags.';
  const bad = tags.find((t) => byteLen(t) < 1 || byteLen(t) > 32);
  if (bad !== undefined) return `The tag “${bad}” must be 1 to 32 bytes long.`;
  if (byteLen(uri) > 512) return 'The metadata URI must be at most 512 bytes long.';
  return undefined;
}

export function NewDatanet() {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [tags, setTags] = useState('');
  const [uri, setUri] = useState('');
  const [problem, setProblem] = useState<string>();
  const [stage, run] = useTx();
  return (
    <>
      <h1>Create a Datanet</h1>
      <p class="lead">
        A Datanet is a dataset that a community builds: anyone contributes, you and the curators you name review, and each published
        version commits to the accepted contributions with a Merkle root so that models trained on it can prove where their data came from.
      </p>
      <NeedsWallet what="create a Datanet">
        <form
          class="form"
          onSubmit={async (e) => {
            e.preventDefault();
            const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
            const p = checkDatanetFields(name.trim(), description, tagList, uri.trim());
            setProblem(p);
            if (p) return;
            const r = await run({ kind: 'datanet', functionName: 'createDatanet', args: [name.trim(), description, tagList, uri.trim()], label: 'Create Datanet' });
            const ev = r?.events.find((x) => x.eventName === 'DatanetCreated');
            if (ev) navigate(`/datanets/${ev.args.datanetId}`);
          }}
        >
          <Field label="Name" help="1–64 characters, e.g. medical-qa.">
            <input required maxLength={64} value={name} onInput={(e) => setName(e.currentTarget.value)} name="name" />
          </Field>
          <Field label="Description" help="What belongs in it, what does not, and how contributions are judged.">
            <textarea rows={4} value={description} onInput={(e) => setDescription(e.currentTarget.value)} name="description" />
          </Field>
          <Field label="Tags" help="Comma-separated, at most 16 (e.g. medical, question-answering).">
            <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} name="tags" />
          </Field>
          <Field label="Metadata URI (optional)" help="A link to a longer description or license.">
            <input value={uri} onInput={(e) => setUri(e.currentTarget.value)} name="uri" />
          </Field>
          {problem && <ErrorBox>{problem}</ErrorBox>}
          <button class="primary" type="submit" disabled={busy(stage)}>
            Create Datanet
          </button>
          <TxLine s={stage} />
        </form>
      </NeedsWallet>
    </>
  );
}
