// Earnings of an address as contributor, model owner and operator: the
// claimable balance and the claim, and the settled receipts that paid it,
// read from chain (ReceiptSettled logs and the settle transactions' calldata).
import { useState } from 'preact/hooks';
import { decodeFunctionData, encodeAbiParameters, getAbiItem, keccak256, parseAbiItem, type Address, type Hash as Hex32 } from 'viem';
import { contracts, head, pub, settlementAbi } from '../lib/chain';
import { splitFee } from '../lib/fees';
import { formatTime } from '../lib/format';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import { wallet } from '../lib/wallet';
import { Addr, Badge, busy, Hash, Loaded, Note, Open, Pager, Progress, TxLine, useAsync, useTx } from '../components/ui';
import { readFeeParams } from './chat';
import { readModel } from './models';

const settledEvent = parseAbiItem(
  'event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned)',
);
const claimedEvent = parseAbiItem('event Claimed(address indexed account, uint256 amount)');
const receiptType = getAbiItem({ abi: settlementAbi, name: 'settle' }).inputs[0];

/** keccak256(abi.encode(receipt)): a receipt's id. */
function receiptId(r: unknown): Hex32 {
  const one = { ...receiptType, type: 'tuple' } as const;
  return keccak256(encodeAbiParameters([one], [r as never]));
}

interface Earned {
  receiptId: Hex32;
  block: bigint;
  modelId: bigint;
  role: 'contributor' | 'owner' | 'operator';
  amount: bigint;
}

const STEP = 5000n; // blocks per eth_getLogs request

/** Scans settled receipts and sums what `who` earned in each role. */
export async function scanEarnings(who: Address, onProgress: (done: bigint, total: bigint) => void) {
  const me = who.toLowerCase();
  const latest = await pub().getBlockNumber();
  const fees = await readFeeParams();
  const owners = new Map<bigint, string>();
  const contributors = new Map<bigint, string>();
  const earned: Earned[] = [];
  for (let from = 0n; from <= latest; from += STEP) {
    onProgress(from, latest);
    const to = from + STEP - 1n < latest ? from + STEP - 1n : latest;
    const logs = await pub().getLogs({ address: contracts.settlement.address, event: settledEvent, fromBlock: from, toBlock: to });
    const byTx = new Map<string, typeof logs>();
    for (const l of logs) byTx.set(l.transactionHash!, [...(byTx.get(l.transactionHash!) ?? []), l]);
    for (const [txHash, txLogs] of byTx) {
      const tx = await pub().getTransaction({ hash: txHash as Hex32 });
      const { args } = decodeFunctionData({ abi: settlementAbi, data: tx.input });
      const receipts = (args?.[0] ?? []) as readonly { modelId: bigint; fee: bigint; contributions: readonly { contributionId: bigint; weight: bigint }[] }[];
      const ids = new Map(receipts.map((r) => [receiptId(r), r]));
      for (const l of txLogs) {
        const r = ids.get(l.args.receiptId!);
        if (!r) continue;
        const split = splitFee(l.args.fee!, fees, r.contributions.map((c) => c.weight));
        if (!owners.has(r.modelId)) owners.set(r.modelId, (await readModel(r.modelId)).owner.toLowerCase());
        const base = { receiptId: l.args.receiptId!, block: l.blockNumber!, modelId: r.modelId };
        if (owners.get(r.modelId) === me) earned.push({ ...base, role: 'owner', amount: split.owner });
        if (tx.from.toLowerCase() === me) earned.push({ ...base, role: 'operator', amount: split.operator });
        let mine = 0n;
        for (let i = 0; i < r.contributions.length; i++) {
          const id = r.contributions[i].contributionId;
          if (!contributors.has(id)) {
            const c = await pub().readContract({ ...contracts.datanet, functionName: 'getContribution', args: [id] });
            contributors.set(id, c.contributor.toLowerCase());
          }
          if (contributors.get(id) === me) mine += split.contributors[i];
        }
        if (mine > 0n) earned.push({ ...base, role: 'contributor', amount: mine });
      }
    }
  }
  onProgress(latest, latest);
  const total = (role: Earned['role']) => earned.filter((e) => e.role === role).reduce((a, e) => a + e.amount, 0n);
  return { earned: earned.reverse(), contributor: total('contributor'), owner: total('owner'), operator: total('operator'), scannedTo: latest };
}

export function Earnings() {
  const { query } = useLocation();
  const w = useStore(wallet);
  const who = (query.get('address') ?? w.account) as Address | undefined;
  if (!who)
    return (
      <>
        <h1>Earnings</h1>
        <Note>Connect a wallet to see what you earned, or open this page with ?address=0x… for any account.</Note>
      </>
    );
  return <EarningsOf who={who} mine={w.account?.toLowerCase() === who.toLowerCase()} />;
}

function EarningsOf({ who, mine }: { who: Address; mine: boolean }) {
  const block = useStore(head);
  const [stage, run] = useTx();
  const [claimed, setClaimed] = useState<bigint>();
  const [scan, setScan] = useState<{ done: bigint; total: bigint }>();
  const [scanTick, setScanTick] = useState(0);
  const balances = useAsync(async () => {
    const [claimable, balance] = await Promise.all([pub().readContract({ ...contracts.settlement, functionName: 'claimable', args: [who] }), pub().getBalance({ address: who })]);
    return { claimable, balance };
  }, [who, block]);
  const history = useAsync(() => scanEarnings(who, (done, total) => setScan({ done, total })), [who, scanTick]);
  const claims = useAsync(() => pub().getLogs({ address: contracts.settlement.address, event: claimedEvent, args: { account: who }, fromBlock: 0n }), [who, scanTick]);
  return (
    <>
      <header class="page-head">
        <h1>Earnings</h1>
        <span>
          of <Addr a={who} full />
        </span>
      </header>
      <section class="card" aria-labelledby="claim-h">
        <h2 id="claim-h">Claimable</h2>
        <Loaded a={balances}>
          {(b) => (
            <>
              <p class="big" data-testid="claimable">
                <Open wei={b.claimable} digits={12} />
              </p>
              <p class="help">
                Contributors are credited when receipts that attribute to their contributions settle, and collect with a claim. Model owners and operators are paid
                directly at settlement. Balance now: <Open wei={b.balance} />.
              </p>
              {mine && (
                <button
                  class="primary"
                  disabled={busy(stage) || b.claimable === 0n}
                  onClick={async () => {
                    const r = await run({ kind: 'settlement', functionName: 'claim', args: [], label: 'Claim' });
                    const ev = r?.events.find((e) => e.eventName === 'Claimed');
                    if (ev) {
                      setClaimed(ev.args.amount as bigint);
                      balances.reload();
                      setScanTick((t) => t + 1);
                    }
                  }}
                >
                  Claim
                </button>
              )}
              {claimed !== undefined && (
                <p class="ok" data-testid="claimed">
                  Claimed <Open wei={claimed} digits={12} />.
                </p>
              )}
              <TxLine s={stage} />
            </>
          )}
        </Loaded>
      </section>
      <section class="card" aria-labelledby="earned-h">
        <h2 id="earned-h">Earned from settled receipts</h2>
        {history.loading && scan && <Progress value={Number(scan.done)} max={Number(scan.total) || 1} label={`Reading blocks ${scan.done} of ${scan.total}`} />}
        <Loaded a={history}>
          {(h) => (
            <>
              <dl class="facts">
                <dt>As contributor</dt>
                <dd data-testid="earned-contributor">
                  <Open wei={h.contributor} digits={12} />
                </dd>
                <dt>As model owner</dt>
                <dd data-testid="earned-owner">
                  <Open wei={h.owner} digits={12} />
                </dd>
                <dt>As operator</dt>
                <dd data-testid="earned-operator">
                  <Open wei={h.operator} digits={12} />
                </dd>
              </dl>
              <EarnedTable rows={h.earned} />
              <p class="help">Read up to block {h.scannedTo.toString()}.</p>
            </>
          )}
        </Loaded>
      </section>
      <section class="card" aria-labelledby="claims-h">
        <h2 id="claims-h">Claims</h2>
        <Loaded a={claims}>
          {(cl) =>
            cl.length === 0 ? (
              <Note>No claim yet.</Note>
            ) : (
              <ul class="plain">
                {[...cl].reverse().map((c) => (
                  <li key={c.transactionHash}>
                    Block {c.blockNumber?.toString()}: <Open wei={c.args.amount!} digits={12} /> (<Hash h={c.transactionHash!} />)
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      <MyContributions who={who} />
    </>
  );
}

function EarnedTable({ rows }: { rows: Earned[] }) {
  const [offset, setOffset] = useState(0);
  if (!rows.length) return <Note>No settled receipt paid this address yet.</Note>;
  return (
    <>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th>Block</th>
              <th>Receipt</th>
              <th>Model</th>
              <th>As</th>
              <th>Amount</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(offset, offset + 20).map((e) => (
              <tr key={e.receiptId + e.role}>
                <td>{e.block.toString()}</td>
                <td>
                  <Hash h={e.receiptId} />
                </td>
                <td>
                  <a href={`/models/${e.modelId}`}>#{e.modelId.toString()}</a>
                </td>
                <td>{e.role}</td>
                <td>
                  <Open wei={e.amount} digits={12} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} limit={20} total={rows.length} onChange={setOffset} />
    </>
  );
}

function MyContributions({ who }: { who: Address }) {
  const a = useAsync(async () => {
    const list = await pub().readContract({ ...contracts.datanet, functionName: 'contributionsBy', args: [who, 0n, 100n] });
    return [...list].reverse();
  }, [who]);
  return (
    <section class="card" aria-labelledby="mine-h">
      <h2 id="mine-h">Contributions</h2>
      <Loaded a={a}>
        {(cs) =>
          cs.length === 0 ? (
            <Note>No contribution from this address.</Note>
          ) : (
            <ul class="plain">
              {cs.map((c) => (
                <li key={c.id.toString()}>
                  <a href={`/datanets/${c.datanetId}#contribution-${c.id}`}>#{c.id.toString()}</a> to Datanet #{c.datanetId.toString()} ·{' '}
                  <Badge kind={['pending', 'accepted', 'rejected'][c.status]}>{['Pending', 'Accepted', 'Rejected'][c.status]}</Badge> · {formatTime(c.submittedAt)}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
