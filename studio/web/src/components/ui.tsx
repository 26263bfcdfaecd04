// Small building blocks shared by the pages: async loading, transaction
// progress, addresses, amounts, paging and messages.
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { config } from '../lib/config';
import { explain } from '../lib/errors';
import { formatOpen, shortAddress, shortHash } from '../lib/format';
import { sendTx, type TxRequest, type TxResult, type TxStage } from '../lib/tx';
import { wallet } from '../lib/wallet';
import { useStore } from '../lib/store';

export interface Async<T> {
  data?: T;
  error?: string;
  loading: boolean;
  reload: () => void;
}

/** Runs an async read when deps change; errors become sentences. */
export function useAsync<T>(fn: () => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const gen = useRef(0);
  useEffect(() => {
    const my = ++gen.current;
    setState((s) => ({ data: s.data, loading: true }));
    fn().then(
      (data) => my === gen.current && setState({ data, loading: false }),
      (e) => my === gen.current && setState({ error: explain(e), loading: false }),
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function Spinner({ label }: { label?: ComponentChildren }) {
  return (
    <span class="spinner" role="status">
      <span class="spin" aria-hidden="true" />
      {label ?? 'Loading…'}
    </span>
  );
}

export function ErrorBox({ children }: { children: ComponentChildren }) {
  return (
    <p class="error" role="alert">
      {children}
    </p>
  );
}

export function Note({ children }: { children: ComponentChildren }) {
  return <p class="note">{children}</p>;
}

/** Shows the state of an async read: a spinner, an error, or its content. */
export function Loaded<T>({ a, children }: { a: Async<T>; children: (d: T) => ComponentChildren }) {
  if (a.error)
    return (
      <ErrorBox>
        {a.error}{' '}
        <button class="link" onClick={a.reload}>
          Try again
        </button>
      </ErrorBox>
    );
  if (a.data === undefined) return <Spinner />;
  return <>{children(a.data)}</>;
}

export function Addr({ a, full }: { a: string; full?: boolean }) {
  const me = useStore(wallet).account;
  const mine = me && me.toLowerCase() === a.toLowerCase();
  return (
    <a class="addr mono" href={`/earnings?address=${a}`} title={a}>
      {full ? a : shortAddress(a)}
      {mine ? ' (you)' : ''}
    </a>
  );
}

export function Hash({ h }: { h: string }) {
  return (
    <code class="hash" title={h}>
      {shortHash(h)}
    </code>
  );
}

export function Open({ wei, digits }: { wei: bigint; digits?: number }) {
  return <span class="amount">{formatOpen(wei, digits, config().chain.currency.symbol)}</span>;
}

/** A transaction's progress as a line of text. */
export function TxLine({ s }: { s: TxStage }) {
  switch (s.stage) {
    case 'idle':
      return null;
    case 'checking':
      return <Spinner label={`${s.label}: checking…`} />;
    case 'wallet':
      return <Spinner label={`${s.label}: confirm in your wallet…`} />;
    case 'pending':
      return (
        <Spinner
          label={
            <>
              {s.label}: sent <Hash h={s.hash} />, waiting for a block…
            </>
          }
        />
      );
    case 'confirmed':
      return (
        <p class="ok" role="status">
          {s.label}: done in block {s.block.toString()} (<Hash h={s.hash} />).
        </p>
      );
    case 'failed':
      return <ErrorBox>{s.error}</ErrorBox>;
  }
}

/** A transaction runner with its progress line. */
export function useTx(): [TxStage, (r: TxRequest) => Promise<TxResult | undefined>] {
  const [stage, setStage] = useState<TxStage>({ stage: 'idle' });
  const run = useCallback(async (r: TxRequest) => {
    try {
      return await sendTx(r, setStage);
    } catch {
      return undefined; // the failure is in `stage`
    }
  }, []);
  return [stage, run];
}

export function busy(s: TxStage) {
  return s.stage === 'checking' || s.stage === 'wallet' || s.stage === 'pending';
}

/** Previous/next paging for lists read in pages from chain. */
export function Pager({ offset, limit, total, onChange }: { offset: number; limit: number; total: number; onChange: (o: number) => void }) {
  if (total <= limit) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label="pages">
      <button disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span>
        {offset + 1}–{last} of {total}
      </span>
      <button disabled={last >= total} onClick={() => onChange(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}

/** Shows children only with a connected wallet; otherwise a prompt to connect. */
export function NeedsWallet({ children, what }: { children: ComponentChildren; what: string }) {
  const w = useStore(wallet);
  if (w.status !== 'connected') return <Note>Connect a wallet to {what}.</Note>;
  return <>{children}</>;
}

export function Field({ label, help, children }: { label: string; help?: string; children: ComponentChildren }) {
  return (
    <label class="field">
      <span class="label">{label}</span>
      {children}
      {help && <small class="help">{help}</small>}
    </label>
  );
}

export function Progress({ value, max, label }: { value: number; max: number; label?: string }) {
  const pct = max > 0 ? Math.min(100, (100 * value) / max) : 0;
  return (
    <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-label={label}>
      <div class="bar" style={{ width: `${pct}%` }} />
      {label && <span>{label}</span>}
    </div>
  );
}

export function Badge({ kind, children }: { kind: string; children: ComponentChildren }) {
  return <span class={`badge ${kind}`}>{children}</span>;
}
