// The user's wallet: discovered with EIP-6963 (mipd), connected with
// eth_requestAccounts, moved to the OpenLedger chain with
// wallet_switchEthereumChain / wallet_addEthereumChain. Every transaction and
// signature goes through it: the page never holds a key.
import { createStore as createMipdStore, type EIP6963ProviderDetail, type EIP1193Provider } from 'mipd';
import { createClient, custom, getAddress, numberToHex, type Address, type WalletClient } from 'viem';
import { signTypedData, writeContract } from 'viem/actions';
import { chain } from './chain';
import { config } from './config';
import { createStore } from './store';

export interface WalletState {
  /** Wallets announced through EIP-6963 (plus a legacy window.ethereum). */
  wallets: readonly EIP6963ProviderDetail[];
  /** The wallet in use. */
  selected?: EIP6963ProviderDetail;
  account?: Address;
  chainId?: number;
  status: 'disconnected' | 'connecting' | 'connected';
  error?: string;
}

export const wallet = createStore<WalletState>({ wallets: [], status: 'disconnected' });

const REMEMBER = 'openledger.studio.wallet';
let discovery: ReturnType<typeof createMipdStore> | undefined;
let detach: (() => void) | undefined;

/** Starts listening for wallets and reconnects silently to the one used last. */
export function startDiscovery() {
  if (discovery) return;
  discovery = createMipdStore();
  const update = (list: readonly EIP6963ProviderDetail[]) => {
    const legacy = (window as { ethereum?: EIP1193Provider }).ethereum;
    const all = [...list];
    if (legacy && !list.some((d) => d.provider === legacy)) {
      all.push({ info: { uuid: 'legacy', name: 'Browser wallet', icon: '' as `data:image/${string}`, rdns: 'injected' }, provider: legacy });
    }
    wallet.set((s) => ({ ...s, wallets: all }));
    const remembered = localStorage.getItem(REMEMBER);
    const st = wallet.get();
    if (remembered && st.status === 'disconnected' && !st.error) {
      const d = all.find((w) => w.info.rdns === remembered);
      if (d) void connect(d, true);
    }
  };
  discovery.subscribe(update, { emitImmediately: true });
  // Legacy wallets inject window.ethereum without EIP-6963: look once more after load.
  window.addEventListener('load', () => update(discovery!.getProviders()));
}

/** Connects to a wallet; silent uses eth_accounts (no prompt) for reconnecting. */
export async function connect(d: EIP6963ProviderDetail, silent = false): Promise<void> {
  wallet.set((s) => ({ ...s, selected: d, status: 'connecting', error: undefined }));
  try {
    const accounts = (await d.provider.request({ method: silent ? 'eth_accounts' : 'eth_requestAccounts' })) as string[];
    if (!accounts.length) {
      wallet.set((s) => ({ ...s, status: 'disconnected', selected: undefined }));
      return;
    }
    const chainId = Number(await d.provider.request({ method: 'eth_chainId' }));
    attach(d);
    localStorage.setItem(REMEMBER, d.info.rdns);
    wallet.set((s) => ({ ...s, account: getAddress(accounts[0]), chainId, status: 'connected' }));
  } catch (e) {
    wallet.set((s) => ({ ...s, status: 'disconnected', selected: undefined, error: (e as Error).message }));
    throw e;
  }
}

/** Forgets the wallet (wallets keep their own permission; this page stops using it). */
export function disconnect() {
  detach?.();
  detach = undefined;
  localStorage.removeItem(REMEMBER);
  wallet.set((s) => ({ wallets: s.wallets, status: 'disconnected' }));
}

function attach(d: EIP6963ProviderDetail) {
  detach?.();
  const onAccounts = (accs: unknown) => {
    const list = accs as string[];
    if (!list.length) disconnect();
    else wallet.set((s) => ({ ...s, account: getAddress(list[0]) }));
  };
  const onChain = (id: unknown) => wallet.set((s) => ({ ...s, chainId: Number(id as string) }));
  d.provider.on('accountsChanged', onAccounts as never);
  d.provider.on('chainChanged', onChain as never);
  detach = () => {
    d.provider.removeListener('accountsChanged', onAccounts as never);
    d.provider.removeListener('chainChanged', onChain as never);
  };
}

/** The parameters of wallet_addEthereumChain for the configured chain. */
export function addChainParams() {
  const c = config().chain;
  return {
    chainId: numberToHex(c.id),
    chainName: c.name,
    nativeCurrency: c.currency,
    rpcUrls: [c.rpcUrl],
    ...(c.explorerUrl ? { blockExplorerUrls: [c.explorerUrl] } : {}),
  };
}

/** Moves the wallet to the OpenLedger chain, adding it first when the wallet does not know it. */
export async function ensureChain(): Promise<void> {
  const st = wallet.get();
  const p = st.selected?.provider;
  if (!p) throw new Error('Connect a wallet first.');
  const want = config().chain.id;
  if (st.chainId === want) return;
  try {
    await p.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: numberToHex(want) }] });
  } catch (e) {
    const code = (e as { code?: number; data?: { originalError?: { code?: number } } }).code;
    const inner = (e as { data?: { originalError?: { code?: number } } }).data?.originalError?.code;
    if (code !== 4902 && inner !== 4902) throw e;
    await p.request({ method: 'wallet_addEthereumChain', params: [addChainParams()] });
  }
  const chainId = Number(await p.request({ method: 'eth_chainId' }));
  wallet.set((s) => ({ ...s, chainId }));
  if (chainId !== want) throw new Error(`Your wallet stayed on chain ${chainId}; switch it to ${config().chain.name} (${want}).`);
}

/** What the page asks of the wallet (viem's wallet actions, imported one by one). */
export type Signer = Pick<WalletClient, 'writeContract' | 'signTypedData' | 'chain'> & { account: { address: Address } };

/** A viem client over the connected wallet, on the right chain. */
export async function walletClient(): Promise<Signer> {
  const st = wallet.get();
  if (!st.selected || !st.account) throw new Error('Connect a wallet first.');
  await ensureChain();
  const c = createClient({ account: st.account, chain: chain(), transport: custom(st.selected.provider) });
  /* eslint-disable @typescript-eslint/no-explicit-any */
  return {
    account: { address: st.account },
    chain: c.chain,
    writeContract: ((a: any) => writeContract(c, a)) as WalletClient['writeContract'],
    signTypedData: ((a: any) => signTypedData(c, a)) as WalletClient['signTypedData'],
  };
}
