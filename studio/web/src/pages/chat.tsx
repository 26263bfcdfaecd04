// OpenChat: chat with any adapter loraserve serves, streamed. Paid adapters
// ask the wallet to sign an EIP-712 voucher per request (eth_signTypedData_v4)
// and show the escrow with deposit and withdrawal; each paid answer shows its
// attribution (highlighted spans linked to contributions and contributors,
// weights) and its receipt from queued to settled on chain, with the burn
// and every share.
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseAbiItem, type Address, type Hex } from 'viem';
import { config } from '../lib/config';
import { chain, contracts, head, pub } from '../lib/chain';
import { explain } from '../lib/errors';
import { splitFee, tokenFee, type FeeParams } from '../lib/fees';
import { formatOpen, formatTime, formatWeight, parseOpen } from '../lib/format';
import { byteToIndex, listServed, streamChat, type ChatMessage, type ReceiptSummary, type ServedModel } from '../lib/loraserve';
import { useLocation } from '../lib/router';
import { useStore } from '../lib/store';
import { randomNonce, requestHash, voucherDigest, voucherJSON, voucherTypedData, type Voucher } from '../lib/voucher';
import { wallet, walletClient } from '../lib/wallet';
import { Addr, busy, ErrorBox, Field, Hash, Loaded, Note, Open, Spinner, TxLine, useAsync, useTx } from '../components/ui';
import { readContribution } from './datanet';
import { readModel } from './models';

interface Turn {
  role: 'user' | 'assistant';
  content: string;
  receipt?: ReceiptSummary;
  streaming?: boolean;
  error?: string;
  stage?: string;
}

export async function readFeeParams(): Promise<FeeParams> {
  const [platformFee, burnBps, ownerBps, operatorBps] = await pub().readContract({ ...contracts.settlement, functionName: 'feeParams' });
  return { platformFee, burnBps: BigInt(burnBps), ownerBps: BigInt(ownerBps), operatorBps: BigInt(operatorBps) };
}

/** Upper bound of a chat prompt's tokens: byte-level BPE gives at most one token per byte, plus the chat template. */
export function promptTokenBound(messages: ChatMessage[]): bigint {
  const enc = new TextEncoder();
  return BigInt(messages.reduce((a, m) => a + enc.encode(m.content).length + enc.encode(m.role).length + 8, 16));
}

export function Chat() {
  const { query } = useLocation();
  const served = useAsync(async () => {
    const list = await listServed();
    return list.filter((m) => m.parent); // adapters
  }, []);
  const [adapter, setAdapter] = useState<string>('');
  useEffect(() => {
    if (!served.data || adapter) return;
    const want = query.get('model');
    const pick = served.data.find((m) => want && String(m.modelId) === want) ?? served.data.find((m) => m.modelId) ?? served.data[0];
    if (pick) setAdapter(pick.id);
  }, [served.data]);
  const current = served.data?.find((m) => m.id === adapter);
  return (
    <>
      <header class="page-head">
        <h1>OpenChat</h1>
      </header>
      {!config().services.loraserve ? (
        <Note>No inference server is configured on this Studio.</Note>
      ) : (
        <Loaded a={served}>
          {(list) =>
            list.length === 0 ? (
              <Note>The inference server serves no adapter yet.</Note>
            ) : (
              <>
                <Field label="Adapter">
                  <select value={adapter} onChange={(e) => setAdapter(e.currentTarget.value)} name="adapter">
                    {list.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.id}
                        {m.modelId ? ` — model #${m.modelId}, paid` : ' — free'}
                      </option>
                    ))}
                  </select>
                </Field>
                {current && <Conversation key={current.id} model={current} />}
              </>
            )
          }
        </Loaded>
      )}
    </>
  );
}

function Conversation({ model }: { model: ServedModel }) {
  const w = useStore(wallet);
  const paid = !!model.modelId;
  const [turns, setTurns] = useState<Turn[]>([]);
  const [input, setInput] = useState('');
  const [maxTokens, setMaxTokens] = useState('64');
  const [temperature, setTemperature] = useState('0.7');
  const [sending, setSending] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);
  const onchain = useAsync(async () => (paid ? { model: await readModel(BigInt(model.modelId!)), fees: await readFeeParams() } : undefined), [model.modelId]);

  const update = (i: number, t: Partial<Turn>) => setTurns((ts) => ts.map((x, j) => (j === i ? { ...x, ...t } : x)));

  const send = async (e: Event) => {
    e.preventDefault();
    const text = input.trim();
    if (!text || sending) return;
    const mt = Number(maxTokens);
    const temp = Number(temperature);
    const history: ChatMessage[] = [...turns.filter((t) => !t.error).map((t) => ({ role: t.role, content: t.content })), { role: 'user', content: text }];
    const idx = turns.length + 1;
    setTurns([...turns, { role: 'user', content: text }, { role: 'assistant', content: '', streaming: true, stage: paid ? 'Preparing the voucher…' : undefined }]);
    setInput('');
    setSending(true);
    try {
      if (!Number.isInteger(mt) || mt < 1 || mt > 4096) throw new Error('Max tokens must be a whole number from 1 to 4096.');
      if (!(temp >= 0 && temp <= 2)) throw new Error('Temperature must be between 0 and 2.');
      const body: Record<string, unknown> = { model: model.id, messages: history, max_tokens: mt, temperature: temp, stream: true, stream_options: { include_usage: true } };
      if (paid) {
        update(idx, { stage: 'Preparing the voucher…' });
        body.voucher = await signVoucher(body, model, promptTokenBound(history), BigInt(mt), (s) => update(idx, { stage: s }));
        update(idx, { stage: 'Waiting for the answer…' });
      }
      abort.current = new AbortController();
      const res = await streamChat(body, (t) => update(idx, { content: t, stage: undefined }), abort.current.signal);
      update(idx, { content: res.text, streaming: false, receipt: res.receipt, stage: undefined });
    } catch (err) {
      update(idx, { streaming: false, error: explain(err), stage: undefined });
    } finally {
      setSending(false);
    }
  };

  return (
    <div class="chat">
      {paid && (
        <section class="card pay" aria-labelledby="pay-h">
          <h2 id="pay-h">Paid adapter</h2>
          <Loaded a={onchain}>
            {(o) =>
              o && (
                <p class="help">
                  Model #{model.modelId} “{o.model.name}” costs {formatOpen(o.model.rateIn, 8)} per 1,000 prompt tokens and {formatOpen(o.model.rateOut, 8)} per 1,000 answer tokens
                  {o.fees.platformFee > 0n ? ` plus ${formatOpen(o.fees.platformFee, 8)} per request` : ''}. Each request is paid from your escrow with a voucher your wallet signs; you
                  pay for the tokens actually used.
                </p>
              )
            }
          </Loaded>
          {w.status === 'connected' && w.account ? <Escrow account={w.account} /> : <Note>Connect a wallet to pay for answers.</Note>}
        </section>
      )}
      <ol class="turns" aria-live="polite">
        {turns.map((t, i) => (
          <li key={i} class={`turn ${t.role}`} data-testid={`turn-${i}`}>
            <div class="who">{t.role === 'user' ? 'You' : model.id}</div>
            {t.role === 'assistant' && t.receipt?.segments?.length ? <Highlighted text={t.content} r={t.receipt} /> : <div class="text">{t.content}</div>}
            {t.stage && <Spinner label={t.stage} />}
            {t.streaming && !t.stage && <span class="cursor" aria-hidden="true" />}
            {t.error && <ErrorBox>{t.error}</ErrorBox>}
            {t.receipt && <Attribution r={t.receipt} />}
          </li>
        ))}
      </ol>
      <form class="composer" onSubmit={send}>
        <textarea
          rows={2}
          placeholder={paid && w.status !== 'connected' ? 'Connect a wallet to chat with this paid adapter' : 'Ask something…'}
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) send(e);
          }}
          aria-label="Message"
          name="message"
        />
        <div class="settings">
          <label>
            max tokens <input inputMode="numeric" value={maxTokens} onInput={(e) => setMaxTokens(e.currentTarget.value)} name="max_tokens" size={4} />
          </label>
          <label>
            temperature <input inputMode="decimal" value={temperature} onInput={(e) => setTemperature(e.currentTarget.value)} name="temperature" size={3} />
          </label>
          <button class="primary" type="submit" disabled={sending || (paid && w.status !== 'connected')}>
            {sending ? 'Answering…' : 'Send'}
          </button>
        </div>
      </form>
    </div>
  );
}

let digestChecked = false;

/** Builds, checks and has the wallet sign the voucher for one request body. */
async function signVoucher(body: Record<string, unknown>, served: ServedModel, promptBound: bigint, maxTokens: bigint, stage: (s: string) => void) {
  if (!served.operator || !served.modelVersion) throw new Error('loraserve does not say which operator and model version its vouchers name. Update loraserve.');
  const modelId = BigInt(served.modelId!);
  const wc = await walletClient();
  const payer = wc.account.address;
  const [m, fees, block, escrow] = await Promise.all([
    readModel(modelId),
    readFeeParams(),
    pub().getBlock(),
    pub().readContract({ ...contracts.settlement, functionName: 'escrowOf', args: [payer] }),
  ]);
  const maxFee = tokenFee(promptBound, m.rateIn) + tokenFee(maxTokens, m.rateOut) + fees.platformFee;
  if (escrow < maxFee) throw new Error(`Your escrow holds ${formatOpen(escrow, 8)}; this request may cost up to ${formatOpen(maxFee, 8)}. Deposit more first.`);
  // The voucher fixes the terms: this operator, the version it serves, the rates shown above.
  const voucher: Voucher = {
    payer,
    operator: served.operator,
    modelId,
    modelVersion: BigInt(served.modelVersion),
    rateIn: m.rateIn,
    rateOut: m.rateOut,
    maxFee,
    nonce: randomNonce(),
    deadline: block.timestamp + 3600n,
    requestHash: requestHash(body),
  };
  const settlement = config().contracts.settlement;
  const chainId = chain().id;
  if (!digestChecked) {
    // The chain hashes vouchers itself: refuse to sign a format it would not accept.
    const onChain = await pub().readContract({ ...contracts.settlement, functionName: 'hashVoucher', args: [voucher] });
    if (onChain !== voucherDigest(voucher, chainId, settlement)) throw new Error('This Studio builds vouchers the chain does not recognise (EIP-712 digests differ). Update Studio.');
    digestChecked = true;
  }
  stage('Sign the voucher in your wallet…');
  const signature = await wc.signTypedData({ account: payer, ...voucherTypedData(voucher, chainId, settlement) });
  return voucherJSON(voucher, signature);
}

/** The payer's escrow: its balance, a deposit, and a withdrawal (requested, then paid out after the chain's delay). */
function Escrow({ account }: { account: Address }) {
  const block = useStore(head);
  const [amount, setAmount] = useState('1');
  const [out, setOut] = useState('');
  const [problem, setProblem] = useState<string>();
  const [stage, run] = useTx();
  const a = useAsync(async () => {
    const [escrow, [pending, releaseTime], params, b] = await Promise.all([
      pub().readContract({ ...contracts.settlement, functionName: 'escrowOf', args: [account] }),
      pub().readContract({ ...contracts.settlement, functionName: 'pendingWithdrawal', args: [account] }),
      pub().readContract({ ...contracts.settlement, functionName: 'feeParams' }),
      pub().getBlock(),
    ]);
    return { escrow, pending, releaseTime, delay: params[4], now: b.timestamp };
  }, [account, block]);
  const amountOf = (text: string, what: string) => {
    const v = parseOpen(text);
    if (v === 0n) throw new Error(`${what} more than zero.`);
    return v;
  };
  const e = a.data;
  return (
    <div class="escrow">
      <p>
        Escrow: <strong data-testid="escrow">{e === undefined ? '…' : <Open wei={e.escrow} digits={8} />}</strong>
      </p>
      <form
        class="inline"
        onSubmit={async (ev) => {
          ev.preventDefault();
          setProblem(undefined);
          let v: bigint;
          try {
            v = amountOf(amount, 'Deposit');
          } catch (err) {
            return setProblem((err as Error).message);
          }
          if (await run({ kind: 'settlement', functionName: 'deposit', args: [], value: v, label: `Deposit ${amount} OPEN` })) a.reload();
        }}
      >
        <input value={amount} onInput={(ev) => setAmount(ev.currentTarget.value)} aria-label="Amount to deposit (OPEN)" name="deposit" size={8} />
        <button type="submit" disabled={busy(stage)}>
          Deposit
        </button>
      </form>
      {e !== undefined && e.escrow > 0n && (
        <form
          class="inline"
          onSubmit={async (ev) => {
            ev.preventDefault();
            setProblem(undefined);
            let v: bigint;
            try {
              v = amountOf(out, 'Withdraw');
              if (v > e.escrow) throw new Error(`Your escrow holds ${formatOpen(e.escrow, 8)}; you cannot withdraw ${formatOpen(v, 8)}.`);
            } catch (err) {
              return setProblem((err as Error).message);
            }
            if (await run({ kind: 'settlement', functionName: 'requestWithdraw', args: [v], label: `Request withdrawal of ${out} OPEN` })) a.reload();
          }}
        >
          <input value={out} placeholder="amount" onInput={(ev) => setOut(ev.currentTarget.value)} aria-label="Amount to withdraw (OPEN)" name="withdraw" size={8} />
          <button type="submit" disabled={busy(stage)}>
            Request withdrawal
          </button>
        </form>
      )}
      {e !== undefined && e.pending > 0n && (
        <p data-testid="pending-withdrawal">
          {e.now >= e.releaseTime ? (
            <>
              <Open wei={e.pending} digits={8} /> can be withdrawn now.{' '}
              <button
                disabled={busy(stage)}
                onClick={async () => {
                  setProblem(undefined);
                  if (await run({ kind: 'settlement', functionName: 'withdraw', args: [], label: `Withdraw ${formatOpen(e.pending, 8)}` })) a.reload();
                }}
              >
                Withdraw
              </button>
            </>
          ) : (
            <>
              Withdrawal of <Open wei={e.pending} digits={8} /> requested; it unlocks at {formatTime(e.releaseTime)}. Until then the escrow still pays for answers.
            </>
          )}
        </p>
      )}
      {e !== undefined && e.escrow > 0n && e.pending === 0n && (
        <p class="help">A withdrawal is paid out {Number(e.delay) >= 3600 ? `${Math.round(Number(e.delay) / 3600)} h` : `${e.delay} s`} after you request it, so settlements in flight can still be paid.</p>
      )}
      {problem && <ErrorBox>{problem}</ErrorBox>}
      <TxLine s={stage} />
    </div>
  );
}

const PALETTE = 6;

function Highlighted({ text, r }: { text: string; r: ReceiptSummary }) {
  const at = byteToIndex(text);
  const order = r.receipt.contributions.map((c) => c.contributionId);
  const segs = [...(r.segments ?? [])].sort((a, b) => a.start - b.start);
  const out: preact.JSX.Element[] = [];
  let pos = 0;
  segs.forEach((s, i) => {
    const a = Math.max(pos, at(s.start));
    const b = Math.max(a, at(s.end));
    if (a > pos) out.push(<span key={`t${i}`}>{text.slice(pos, a)}</span>);
    if (b > a) {
      const first = s.contributions[0];
      const color = Math.max(0, order.indexOf(first)) % PALETTE;
      out.push(
        <a key={`m${i}`} class={`mark c${color}`} href={`#att-${first}`} title={`From contribution${s.contributions.length > 1 ? 's' : ''} ${s.contributions.map((c) => '#' + c).join(', ')}`} data-testid="span">
          {text.slice(a, b)}
        </a>,
      );
    }
    pos = b;
  });
  if (pos < text.length) out.push(<span key="rest">{text.slice(pos)}</span>);
  return <div class="text">{out}</div>;
}

function Attribution({ r }: { r: ReceiptSummary }) {
  const total = r.receipt.contributions.reduce((a, c) => a + BigInt(c.weight), 0n);
  const who = useAsync(async () => {
    const cs = await Promise.all(r.receipt.contributions.map((c) => readContribution(BigInt(c.contributionId))));
    return new Map(cs.map((c) => [Number(c.id), c]));
  }, [r.receipt.id]);
  return (
    <div class="attribution" data-testid="attribution">
      <h3>Attribution</h3>
      {r.receipt.contributions.length === 0 ? (
        <p class="help">The answer reproduces no contribution of the adapter's Datanets, so the contributor share is burned.</p>
      ) : (
        <>
          <p class="help">
            {r.spans} span{r.spans === 1 ? '' : 's'} of the answer {r.spans === 1 ? 'was' : 'were'} found in these contributions; each is paid its weight of the contributors' share.
          </p>
          <ul class="plain">
            {r.receipt.contributions.map((c, i) => {
              const info = who.data?.get(c.contributionId);
              return (
                <li key={c.contributionId} id={`att-${c.contributionId}`}>
                  <span class={`swatch c${i % PALETTE}`} aria-hidden="true" />
                  <a href={info ? `/datanets/${info.datanetId}#contribution-${c.contributionId}` : '#'}>contribution #{c.contributionId}</a>
                  {info && (
                    <>
                      {' '}
                      by <Addr a={info.contributor} /> (Datanet #{info.datanetId.toString()})
                    </>
                  )}{' '}
                  — weight {formatWeight(BigInt(c.weight), total)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Settlement r={r} />
    </div>
  );
}

const settledEvent = parseAbiItem(
  'event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned)',
);

/** What happened to a receipt on chain: undefined while queued. */
export async function readSettlement(r: ReceiptSummary['receipt']) {
  const s = await pub().readContract({ ...contracts.settlement, functionName: 'getReceipt', args: [r.id as Hex] });
  if (s.settledAt === 0n) return undefined;
  const [logs, fees, model] = await Promise.all([
    pub().getLogs({ address: contracts.settlement.address, event: settledEvent, args: { receiptId: r.id as Hex }, fromBlock: s.settledAt, toBlock: s.settledAt }),
    readFeeParams(),
    readModel(BigInt(r.modelId)),
  ]);
  const log = logs[0];
  const tx = log ? await pub().getTransaction({ hash: log.transactionHash! }) : undefined;
  const split = splitFee(s.fee, fees, r.contributions.map((c) => BigInt(c.weight)));
  const contributors = await Promise.all(r.contributions.map((c) => readContribution(BigInt(c.contributionId))));
  return { block: s.settledAt, fee: s.fee, burned: log?.args.burned ?? split.burn, split, owner: model.owner, operator: tx?.from, tx: log?.transactionHash, contributors };
}

function Settlement({ r }: { r: ReceiptSummary }) {
  const block = useStore(head);
  const [settled, setSettled] = useState<Awaited<ReturnType<typeof readSettlement>>>();
  const [err, setErr] = useState<string>();
  useEffect(() => {
    if (settled) return;
    readSettlement(r.receipt).then(setSettled, (e) => setErr(explain(e)));
  }, [block, settled]);
  const fee = BigInt(r.receipt.fee);
  return (
    <div class="receipt" data-testid="receipt">
      <p>
        Receipt <Hash h={r.receipt.id} /> · {r.receipt.tokensIn} prompt + {r.receipt.tokensOut} answer tokens · fee <Open wei={fee} digits={8} />
      </p>
      {err && <ErrorBox>{err}</ErrorBox>}
      {!settled ? (
        <p data-testid="settlement-status">
          <Spinner label="Queued: the operator settles receipts on chain in batches…" />
        </p>
      ) : (
        <>
          <p class="ok" data-testid="settlement-status">
            Settled in block {settled.block.toString()}
            {settled.tx && (
              <>
                {' '}
                (<Hash h={settled.tx} />)
              </>
            )}
            .
          </p>
          <table class="split">
            <tbody>
              <tr>
                <td>Burned</td>
                <td>
                  <Open wei={settled.burned} digits={12} />
                </td>
              </tr>
              <tr>
                <td>
                  Model owner <Addr a={settled.owner} />
                </td>
                <td>
                  <Open wei={settled.split.owner} digits={12} />
                </td>
              </tr>
              <tr>
                <td>Operator {settled.operator ? <Addr a={settled.operator} /> : ''}</td>
                <td>
                  <Open wei={settled.split.operator} digits={12} />
                </td>
              </tr>
              {settled.contributors.map((c, i) => (
                <tr key={c.id.toString()}>
                  <td>
                    Contributor <Addr a={c.contributor} /> (#{c.id.toString()})
                  </td>
                  <td>
                    <Open wei={settled.split.contributors[i]} digits={12} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {settled.burned !== settled.split.burn && <p class="note">The burn on chain differs from this page's computation; the chain's parameters may have changed since.</p>}
        </>
      )}
    </div>
  );
}

