// The start page: the wallet (account, chain, balance, escrow, claimable) and
// where to go next.
import { config } from '../lib/config';
import { contracts, head, pub } from '../lib/chain';
import { useStore } from '../lib/store';
import { wallet } from '../lib/wallet';
import { DisconnectButton, WalletPicker } from '../components/wallet';
import { Addr, Loaded, Open, useAsync } from '../components/ui';
import type { Address } from 'viem';

export function Home() {
  const w = useStore(wallet);
  const block = useStore(head);
  const c = config();
  return (
    <>
      <section class="hero">
        <h1>OpenLedger Studio</h1>
        <p>
          Build datasets with a community, train and publish models on them, chat with those models and pay per answer — and
          see every contributor paid for the part their data played.
        </p>
      </section>
      <div class="grid2">
        <section class="card" aria-labelledby="wallet-h">
          <h2 id="wallet-h">Wallet</h2>
          {w.status === 'connected' && w.account ? (
            <>
              <dl class="facts">
                <dt>Account</dt>
                <dd>
                  <Addr a={w.account} full />
                </dd>
                <dt>Wallet</dt>
                <dd>
                  {w.selected?.info.name} · <DisconnectButton />
                </dd>
                <dt>Network</dt>
                <dd>{w.chainId === c.chain.id ? `${c.chain.name} (${c.chain.id})` : `chain ${w.chainId} — not ${c.chain.name}`}</dd>
              </dl>
              <Balances account={w.account} block={block} />
            </>
          ) : (
            <WalletPicker />
          )}
        </section>
        <section class="card" aria-labelledby="chain-h">
          <h2 id="chain-h">Network</h2>
          <dl class="facts">
            <dt>Chain</dt>
            <dd>
              {c.chain.name} · id {c.chain.id}
            </dd>
            <dt>Latest block</dt>
            <dd data-testid="head">{block === undefined ? '…' : block.toString()}</dd>
            <dt>Currency</dt>
            <dd>{c.chain.currency.symbol}</dd>
            <dt>Services</dt>
            <dd>
              inference {c.services.loraserve ? 'on' : 'off'} · content store {c.services.content ? 'on' : 'off'} · ModelFactory{' '}
              {c.services.modelfactory ? 'on' : 'off'}
            </dd>
          </dl>
        </section>
      </div>
      <section class="steps">
        <a class="step" href="/datanets">
          <h3>Datanets</h3>
          <p>Browse community datasets, contribute text or files, curate and publish versions.</p>
        </a>
        <a class="step" href="/factory">
          <h3>ModelFactory</h3>
          <p>Fine-tune a LoRA adapter on Datanet versions, watch it learn, publish it.</p>
        </a>
        <a class="step" href="/models">
          <h3>Models</h3>
          <p>Base models and adapters, their rates, and where each adapter's knowledge came from.</p>
        </a>
        <a class="step" href="/chat">
          <h3>OpenChat</h3>
          <p>Chat with any served adapter; paid answers show who they are attributed to.</p>
        </a>
        <a class="step" href="/earnings">
          <h3>Earnings</h3>
          <p>What you earned as contributor, model owner or operator, and claim it.</p>
        </a>
      </section>
    </>
  );
}

function Balances({ account, block }: { account: Address; block?: bigint }) {
  const a = useAsync(async () => {
    const s = contracts.settlement;
    const [balance, escrow, claimable] = await Promise.all([
      pub().getBalance({ address: account }),
      pub().readContract({ ...s, functionName: 'escrowOf', args: [account] }),
      pub().readContract({ ...s, functionName: 'claimable', args: [account] }),
    ]);
    return { balance, escrow, claimable };
  }, [account, block]);
  return (
    <Loaded a={a}>
      {(b) => (
        <dl class="facts balances">
          <dt>Balance</dt>
          <dd data-testid="balance">
            <Open wei={b.balance} />
          </dd>
          <dt>Inference escrow</dt>
          <dd>
            <Open wei={b.escrow} /> · <a href="/chat">deposit</a>
          </dd>
          <dt>Claimable</dt>
          <dd>
            <Open wei={b.claimable} /> · <a href="/earnings">earnings</a>
          </dd>
        </dl>
      )}
    </Loaded>
  );
}
