// A test EIP-1193 wallet injected into the page by the end-to-end tests (before
// any page script runs). It behaves as a browser wallet does: it announces
// itself with EIP-6963 (and as window.ethereum), asks nothing but records
// every request, starts on chain 1 and learns the OpenLedger chain only from
// wallet_addEthereumChain, then sends reads to that chain's RPC URL and signs
// transactions and EIP-712 data with its dev keys. Configuration comes from
// window.__testWalletConfig: {keys: ["0x…"], name, rdns}.
import { createPublicClient, http, numberToHex, type Hex, type PublicClient } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';

interface Config {
  keys: Hex[];
  name: string;
  rdns: string;
}

type Listener = (arg: unknown) => void;

const w = window as unknown as {
  __testWalletConfig: Config;
  __testWallet: unknown;
  __walletLog: { method: string; params?: unknown }[];
  ethereum?: unknown;
};
const cfg = w.__testWalletConfig;
const accounts = cfg.keys.map((k) => privateKeyToAccount(k));
const log: { method: string; params?: unknown }[] = (w.__walletLog = []);
const listeners = new Map<string, Set<Listener>>();
const chains = new Map<number, { rpcUrl: string; client: PublicClient }>();
let current = 0;
let authorized = false;
let chainId = 1; // a fresh wallet is on Ethereum mainnet and has never heard of OpenLedger

// Like a browser wallet, it remembers across page loads which sites it
// authorised, the chains it was given and the one it is on.
const STATE = '__testWalletState';
function save() {
  localStorage.setItem(STATE, JSON.stringify({ current, authorized, chainId, chains: [...chains].map(([id, c]) => [id, c.rpcUrl]) }));
}
try {
  const st = JSON.parse(localStorage.getItem(STATE) ?? 'null');
  if (st) {
    ({ current, authorized, chainId } = st);
    for (const [id, rpcUrl] of st.chains as [number, string][]) chains.set(id, { rpcUrl, client: createPublicClient({ transport: http(rpcUrl) }) });
  }
} catch {
  /* a fresh wallet */
}

function emit(event: string, arg: unknown) {
  for (const fn of listeners.get(event) ?? []) fn(arg);
}

function rpcError(code: number, message: string) {
  return Object.assign(new Error(message), { code });
}

function client(): PublicClient {
  const c = chains.get(chainId);
  if (!c) throw rpcError(4901, `the wallet has no RPC for chain ${chainId}`);
  return c.client;
}

async function request({ method, params }: { method: string; params?: unknown[] }): Promise<unknown> {
  log.push({ method, params });
  const p = (params ?? []) as any[];
  switch (method) {
    case 'eth_requestAccounts':
      authorized = true;
      save();
      return [accounts[current].address];
    case 'eth_accounts':
      return authorized ? [accounts[current].address] : [];
    case 'eth_chainId':
      return numberToHex(chainId);
    case 'wallet_switchEthereumChain': {
      const id = Number(p[0]?.chainId);
      if (!chains.has(id) && id !== 1) throw rpcError(4902, `Unrecognized chain ID ${p[0]?.chainId}. Try adding the chain using wallet_addEthereumChain first.`);
      if (id !== chainId) {
        chainId = id;
        save();
        emit('chainChanged', numberToHex(id));
      }
      return null;
    }
    case 'wallet_addEthereumChain': {
      const a = p[0];
      const id = Number(a?.chainId);
      if (!id || !a?.chainName || !a?.rpcUrls?.length || !a?.nativeCurrency?.symbol || a.nativeCurrency.decimals !== 18) throw rpcError(-32602, 'invalid wallet_addEthereumChain parameters');
      const rpcUrl = a.rpcUrls[0] as string;
      const c = createPublicClient({ transport: http(rpcUrl) });
      const real = await c.getChainId();
      if (real !== id) throw rpcError(-32603, `the RPC at ${rpcUrl} is chain ${real}, not ${id}`);
      chains.set(id, { rpcUrl, client: c });
      chainId = id;
      save();
      emit('chainChanged', numberToHex(id));
      return null;
    }
  }
  if (!authorized) throw rpcError(4100, 'the site is not connected to this wallet');
  const me = accounts[current];
  switch (method) {
    case 'eth_sendTransaction': {
      const tx = p[0];
      if (tx.from && tx.from.toLowerCase() !== me.address.toLowerCase()) throw rpcError(4100, `the wallet's account is ${me.address}, not ${tx.from}`);
      const c = client();
      const request = { account: me.address, to: tx.to, data: tx.data, value: tx.value ? BigInt(tx.value) : undefined };
      const [nonce, gas, fees] = await Promise.all([
        c.getTransactionCount({ address: me.address, blockTag: 'pending' }),
        tx.gas ? Promise.resolve(BigInt(tx.gas)) : c.estimateGas(request),
        c.estimateFeesPerGas(),
      ]);
      const raw = await me.signTransaction({
        type: 'eip1559',
        chainId,
        nonce,
        to: tx.to,
        data: tx.data,
        value: request.value ?? 0n,
        gas: (gas * 12n) / 10n,
        maxFeePerGas: fees.maxFeePerGas,
        maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
      });
      return c.request({ method: 'eth_sendRawTransaction', params: [raw] } as never);
    }
    case 'eth_signTypedData_v4': {
      if (String(p[0]).toLowerCase() !== me.address.toLowerCase()) throw rpcError(4100, `cannot sign for ${p[0]}`);
      const data = typeof p[1] === 'string' ? JSON.parse(p[1]) : p[1];
      const { EIP712Domain: _domain, ...types } = data.types;
      if (data.domain?.chainId !== undefined && Number(data.domain.chainId) !== chainId) throw rpcError(-32603, `typed data is for chain ${data.domain.chainId}, the wallet is on ${chainId}`);
      return me.signTypedData({ domain: data.domain, types, primaryType: data.primaryType, message: data.message });
    }
    case 'personal_sign':
      return me.signMessage({ message: { raw: p[0] } });
    case 'eth_sign':
    case 'eth_signTransaction':
      throw rpcError(4200, `${method} is not supported`);
  }
  return client().request({ method, params } as never);
}

const provider = {
  isTestWallet: true,
  request,
  on(event: string, fn: Listener) {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(fn);
    return provider;
  },
  removeListener(event: string, fn: Listener) {
    listeners.get(event)?.delete(fn);
    return provider;
  },
};

const info = Object.freeze({
  uuid: '6f0c1a56-6c1d-4f4e-9a53-5a6a0e9d1a61',
  name: cfg.name,
  rdns: cfg.rdns,
  icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"%3E%3Crect width="16" height="16" rx="4" fill="%23f59e0b"/%3E%3C/svg%3E',
});

function announce() {
  window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
}
window.addEventListener('eip6963:requestProvider', announce);
announce();
w.ethereum = provider;

// The test's handle, as a person's clicks in the wallet's own UI.
w.__testWallet = {
  accounts: accounts.map((a) => a.address),
  switchAccount(i: number) {
    current = i;
    save();
    if (authorized) emit('accountsChanged', [accounts[i].address]);
  },
  get chainId() {
    return chainId;
  },
};
