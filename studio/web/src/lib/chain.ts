// The chain as the page reads it: a viem public client over the Studio
// server's RPC proxy, the OpenLedger chain definition handed to wallets, and
// the precompiles' addresses and ABIs (exported from contracts/artifacts by
// the build).
import { createClient, defineChain, http, type Chain, type PublicClient } from 'viem';
import {
  getBalance, getBlock, getBlockNumber, getLogs, getTransaction, readContract, simulateContract, waitForTransactionReceipt, watchBlockNumber,
} from 'viem/actions';
import { config } from './config';
import { datanetRegistryAbi, modelRegistryAbi, settlementAbi } from '../gen/abis';
import { createStore } from './store';

export { datanetRegistryAbi, modelRegistryAbi, settlementAbi };

let chainDef: Chain | undefined;
/** The reads the page makes (viem's public actions, imported one by one so the bundle holds only these). */
export type Reader = Pick<
  PublicClient,
  'readContract' | 'getLogs' | 'getBalance' | 'getBlock' | 'getBlockNumber' | 'getTransaction' | 'simulateContract' | 'waitForTransactionReceipt' | 'watchBlockNumber'
>;

let client: Reader | undefined;

/** The OpenLedger chain as viem and wallets know it. */
export function chain(): Chain {
  if (!chainDef) {
    const c = config().chain;
    chainDef = defineChain({
      id: c.id,
      name: c.name,
      nativeCurrency: c.currency,
      rpcUrls: { default: { http: [c.rpcUrl] } },
      blockExplorers: c.explorerUrl ? { default: { name: 'Explorer', url: c.explorerUrl } } : undefined,
    });
  }
  return chainDef;
}

/** The public client every read goes through (JSON-RPC calls are batched). */
export function pub(): Reader {
  if (!client) {
    const rpc = new URL(config().rpc, location.href).toString();
    const c = createClient({ chain: chain(), transport: http(rpc, { batch: { wait: 8 }, retryCount: 2 }), pollingInterval: 1000 });
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const r: Record<keyof Reader, (a: any) => any> = {
      readContract: (a) => readContract(c, a),
      getLogs: (a) => getLogs(c, a),
      getBalance: (a) => getBalance(c, a),
      getBlock: (a) => getBlock(c, a),
      getBlockNumber: (a) => getBlockNumber(c, a),
      getTransaction: (a) => getTransaction(c, a),
      simulateContract: (a) => simulateContract(c, a),
      waitForTransactionReceipt: (a) => waitForTransactionReceipt(c, a),
      watchBlockNumber: (a) => watchBlockNumber(c, a),
    };
    client = r as unknown as Reader;
  }
  return client;
}

export const contracts = {
  get datanet() {
    return { address: config().contracts.datanetRegistry, abi: datanetRegistryAbi } as const;
  },
  get model() {
    return { address: config().contracts.modelRegistry, abi: modelRegistryAbi } as const;
  },
  get settlement() {
    return { address: config().contracts.settlement, abi: settlementAbi } as const;
  },
};

/** The latest block number, refreshed while any page watches it. */
export const head = createStore<bigint | undefined>(undefined);
let unwatch: (() => void) | undefined;

export function watchHead() {
  if (unwatch) return;
  unwatch = pub().watchBlockNumber({
    emitOnBegin: true,
    onBlockNumber: (n) => head.set(n),
    onError: () => {},
    poll: true,
  });
}

/** Reads `count` items in pages of at most `page` with a paged view function. */
export async function readAllPaged<T>(read: (offset: bigint, limit: bigint) => Promise<readonly T[]>, count: bigint, page = 100n): Promise<T[]> {
  const out: T[] = [];
  for (let off = 0n; off < count; off += page) out.push(...(await read(off, page)));
  return out;
}
