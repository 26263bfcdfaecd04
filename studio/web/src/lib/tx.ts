// Sending transactions through the wallet with visible progress: simulate
// first (a revert is explained before the wallet opens), ask the wallet to
// sign and send, wait for the block, and decode what happened.
import { parseEventLogs, type Abi, type Hash, type Log, type TransactionReceipt } from 'viem';
import { contracts, pub } from './chain';
import { explain, type ContractKind } from './errors';
import { walletClient } from './wallet';

export type TxStage =
  | { stage: 'idle' }
  | { stage: 'checking'; label: string }
  | { stage: 'wallet'; label: string }
  | { stage: 'pending'; label: string; hash: Hash }
  | { stage: 'confirmed'; label: string; hash: Hash; block: bigint }
  | { stage: 'failed'; label: string; error: string; hash?: Hash };

export interface TxRequest {
  /** The precompile called (its errors are worded for it). */
  kind: ContractKind;
  functionName: string;
  args: readonly unknown[];
  value?: bigint;
  /** What the transaction does, for the progress line ("Create Datanet"). */
  label: string;
}

export interface TxResult {
  hash: Hash;
  receipt: TransactionReceipt;
  /** The precompile's events in the receipt, decoded. */
  events: (Log & { eventName: string; args: Record<string, unknown> })[];
}

/** Sends one transaction; onStage hears every step. Throws an Error whose message is a sentence. */
export async function sendTx(req: TxRequest, onStage: (s: TxStage) => void = () => {}): Promise<TxResult> {
  const { label, kind } = req;
  const c = contracts[kind] as { address: `0x${string}`; abi: Abi };
  let hash: Hash | undefined;
  try {
    onStage({ stage: 'checking', label });
    const wc = await walletClient();
    const account = wc.account.address;
    const sim = await pub().simulateContract({
      address: c.address,
      abi: c.abi,
      functionName: req.functionName,
      args: req.args,
      value: req.value,
      account,
    } as never);
    onStage({ stage: 'wallet', label });
    const { request } = sim as { request: Record<string, unknown> };
    hash = await wc.writeContract({ ...request, account, chain: wc.chain } as never);
    onStage({ stage: 'pending', label, hash });
    const receipt = await pub().waitForTransactionReceipt({ hash, pollingInterval: 500, timeout: 180_000 });
    if (receipt.status === 'reverted') {
      // Replay the call on the state it ran on, to say why.
      let reason = 'The transaction was reverted.';
      try {
        await pub().simulateContract({
          address: c.address, abi: c.abi, functionName: req.functionName, args: req.args, value: req.value, account,
          blockNumber: receipt.blockNumber - 1n,
        } as never);
      } catch (e) {
        reason = explain(e, kind);
      }
      throw Object.assign(new Error(reason), { explained: true });
    }
    onStage({ stage: 'confirmed', label, hash, block: receipt.blockNumber });
    const events = parseEventLogs({ abi: c.abi, logs: receipt.logs.filter((l) => l.address.toLowerCase() === c.address.toLowerCase()) }) as TxResult['events'];
    return { hash, receipt, events };
  } catch (e) {
    const error = (e as { explained?: boolean }).explained ? (e as Error).message : explain(e, kind);
    onStage({ stage: 'failed', label, error, hash });
    throw Object.assign(new Error(error), { explained: true, cause: e });
  }
}
