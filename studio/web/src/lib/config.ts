// Studio's runtime configuration: which chain and which services the page talks
// to. The Studio server writes it into index.html (<script id="studio-config">)
// so the first render needs no extra request; /config.json serves the same.
import type { Address } from 'viem';

/** The chain the page reads and the wallet is asked to add. */
export interface ChainConfig {
  id: number;
  name: string;
  /** The RPC URL handed to wallets in wallet_addEthereumChain (reachable from the user's browser). */
  rpcUrl: string;
  currency: { name: string; symbol: string; decimals: number };
  explorerUrl?: string;
}

export interface StudioConfig {
  chain: ChainConfig;
  /** JSON-RPC endpoint the page reads through (the Studio server's proxy to the node). */
  rpc: string;
  contracts: { datanetRegistry: Address; modelRegistry: Address; settlement: Address };
  /** Base URLs of the services, "" when the operator configured none. */
  services: { loraserve: string; modelfactory: string; content: string };
  version: string;
}

let current: StudioConfig | undefined;

/** Reads the configuration embedded in the page, or fetches /config.json. */
export async function loadConfig(): Promise<StudioConfig> {
  const el = document.getElementById('studio-config');
  const text = el?.textContent?.trim();
  if (text && !text.startsWith('%')) {
    current = JSON.parse(text) as StudioConfig;
  } else {
    const res = await fetch('/config.json');
    if (!res.ok) throw new Error(`The Studio server did not send its configuration (HTTP ${res.status}).`);
    current = (await res.json()) as StudioConfig;
  }
  return current;
}

/** The loaded configuration (after loadConfig). */
export function config(): StudioConfig {
  if (!current) throw new Error('configuration not loaded');
  return current;
}

/** Sets the configuration directly (tests). */
export function setConfig(c: StudioConfig) {
  current = c;
}
