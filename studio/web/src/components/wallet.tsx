// The wallet button in the header and the wallet picker.
import { useState } from 'preact/hooks';
import { config } from '../lib/config';
import { explain } from '../lib/errors';
import { shortAddress } from '../lib/format';
import { useStore } from '../lib/store';
import { connect, disconnect, ensureChain, wallet } from '../lib/wallet';
import { ErrorBox } from './ui';

export function WalletButton() {
  const w = useStore(wallet);
  const [open, setOpen] = useState(false);
  if (w.status === 'connected' && w.account) {
    const wrong = w.chainId !== config().chain.id;
    return (
      <div class="wallet-btn">
        {wrong ? (
          <button class="warn" onClick={() => ensureChain().catch(() => {})}>
            Switch to {config().chain.name}
          </button>
        ) : (
          <a class="chip mono" href="/" title={w.account}>
            {w.selected?.info.icon && <img src={w.selected.info.icon} alt="" width={16} height={16} />}
            {shortAddress(w.account)}
          </a>
        )}
      </div>
    );
  }
  return (
    <div class="wallet-btn">
      <button class="primary" onClick={() => setOpen(!open)} aria-expanded={open}>
        {w.status === 'connecting' ? 'Connecting…' : 'Connect wallet'}
      </button>
      {open && (
        <div class="popover">
          <WalletPicker onDone={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

/** Lists the wallets found in the browser (EIP-6963) and connects to one. */
export function WalletPicker({ onDone }: { onDone?: () => void }) {
  const w = useStore(wallet);
  const [err, setErr] = useState<string>();
  if (!w.wallets.length)
    return (
      <p class="note">
        No wallet was found in this browser. Install a wallet extension such as MetaMask, Rabby or Coinbase Wallet, then
        reload this page.
      </p>
    );
  return (
    <div class="picker">
      <p>Choose a wallet:</p>
      <ul class="wallets">
        {w.wallets.map((d) => (
          <li key={d.info.uuid}>
            <button
              onClick={async () => {
                setErr(undefined);
                try {
                  await connect(d);
                  await ensureChain();
                  onDone?.();
                } catch (e) {
                  setErr(explain(e));
                }
              }}
            >
              {d.info.icon && <img src={d.info.icon} alt="" width={24} height={24} />}
              {d.info.name}
            </button>
          </li>
        ))}
      </ul>
      {err && <ErrorBox>{err}</ErrorBox>}
    </div>
  );
}

export function DisconnectButton() {
  return (
    <button class="link" onClick={disconnect}>
      Disconnect
    </button>
  );
}
