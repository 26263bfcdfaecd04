// Errors as sentences: wallet refusals, reverted transactions with the
// precompiles' decoded custom errors, and service failures.
import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError, type Hex } from 'viem';
import { formatOpen, shortAddress } from './format';

type Args = readonly unknown[];

// Custom errors of IDatanetRegistry, IModelRegistry and the settlement
// precompile, keyed by contract then error name.
const templates: Record<string, Record<string, (a: Args) => string>> = {
  datanet: {
    DatanetNotFound: (a) => `Datanet #${a[0]} does not exist.`,
    ContributionNotFound: (a) => `Contribution #${a[0]} does not exist.`,
    VersionNotFound: (a) => `Datanet #${a[0]} has no version ${a[1]}.`,
    NotOwner: (a) => `Only the owner of Datanet #${a[0]} can do this, and ${shortAddress(String(a[1]))} is not its owner.`,
    NotCurator: (a) => `Only the owner or a curator of Datanet #${a[0]} can do this, and ${shortAddress(String(a[1]))} is neither.`,
    AlreadyCurator: (a) => `${shortAddress(String(a[1]))} is already a curator of Datanet #${a[0]}.`,
    NoSuchCurator: (a) => `${shortAddress(String(a[1]))} is not a curator of Datanet #${a[0]}.`,
    AlreadyReviewed: (a) => `Contribution #${a[0]} has already been reviewed.`,
    DuplicateContribution: (a) => `Datanet #${a[0]} already holds this exact content (hash ${String(a[1]).slice(0, 10)}…).`,
    NothingToPublish: (a) => `Nothing to publish: no contribution to Datanet #${a[0]} was accepted since its last version.`,
    InvalidArgument: (a) => `The Datanet registry refused the request: ${a[0]}.`,
    IndexExists: (a) => `Version ${a[1]} of Datanet #${a[0]} already has an attribution index for tokenizer ${String(a[2]).slice(0, 10)}…; shards are immutable.`,
    IndexNotFound: (a) => `Version ${a[1]} of Datanet #${a[0]} has no attribution index for tokenizer ${String(a[2]).slice(0, 10)}….`,
  },
  model: {
    ModelNotFound: (a) => `Model #${a[0]} does not exist.`,
    VersionNotFound: (a) => `Model #${a[0]} has no version ${a[1]}.`,
    NotOwner: (a) => `Only the owner of model #${a[0]} can do this, and ${shortAddress(String(a[1]))} is not its owner.`,
    NotABaseModel: (a) => `Model #${a[0]} is an adapter; an adapter must be built on a base model.`,
    ModelInactive: (a) => `Model #${a[0]} is deprecated; reactivate it first.`,
    StatusUnchanged: (a) => `Model #${a[0]} already has that status.`,
    DatanetNotFound: (a) => `Datanet #${a[0]} does not exist.`,
    DatanetVersionNotFound: (a) => `Datanet #${a[0]} has no published version ${a[1]}.`,
    InvalidArgument: (a) => `The model registry refused the request: ${a[0]}.`,
  },
  settlement: {
    NotSettler: (a) => `${shortAddress(String(a[0]))} is not a settler.`,
    InvalidArgument: (a) => `The settlement precompile refused the request: ${a[0]}.`,
    InsufficientEscrow: (a) => `Your escrow holds ${formatOpen(a[1] as bigint)}, less than the ${formatOpen(a[0] as bigint)} requested.`,
    NothingToWithdraw: () => `You have no pending withdrawal.`,
    WithdrawalLocked: (a) => `Your withdrawal unlocks at ${new Date(Number(a[0]) * 1000).toLocaleString()}.`,
    NothingToClaim: (a) => `${shortAddress(String(a[0]))} has nothing to claim yet.`,
  },
};

/** Which contract a call went to, for the wording of its errors. */
export type ContractKind = 'datanet' | 'model' | 'settlement';

/** The decoded custom error of a revert, when there is one. */
export function revertOf(err: unknown): { name: string; args: Args } | undefined {
  if (!(err instanceof BaseError)) return undefined;
  const r = err.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
  if (r?.data?.errorName) return { name: r.data.errorName, args: (r.data.args ?? []) as Args };
  return undefined;
}

/** A sentence for a person: what went wrong and, when we know, what to do. */
export function explain(err: unknown, kind?: ContractKind): string {
  if (err == null) return 'Something went wrong.';
  const rev = revertOf(err);
  if (rev) {
    const t = (kind && templates[kind]?.[rev.name]) ?? Object.values(templates).find((m) => m[rev.name])?.[rev.name];
    if (t) return t(rev.args);
    return `The transaction was refused: ${rev.name}(${rev.args.map(String).join(', ')}).`;
  }
  const code = (err as { code?: number }).code;
  if (err instanceof BaseError) {
    if (err.walk((e) => e instanceof UserRejectedRequestError) || code === 4001) return 'You declined the request in your wallet.';
    const msg = err.shortMessage || err.message;
    if (/insufficient funds/i.test(msg)) return 'Your balance cannot pay for this transaction and its gas.';
    if (/reverted/i.test(msg)) {
      const r = err.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
      if (r?.reason) return `The transaction was refused: ${r.reason}.`;
    }
    if (/HTTP request failed|fetch failed|Failed to fetch/i.test(msg)) return 'The chain could not be reached. Check that the node is running and try again.';
    return sentence(msg);
  }
  if (code === 4001) return 'You declined the request in your wallet.';
  if (code === 4100) return 'Your wallet has not authorised this site: connect it first.';
  if (code === 4902) return 'Your wallet does not know the OpenLedger chain yet.';
  const msg = (err as { message?: string }).message ?? String(err);
  if (/Failed to fetch|NetworkError|Load failed/i.test(msg)) return 'The service could not be reached. Check your connection and try again.';
  return sentence(msg);
}

function sentence(s: string): string {
  const t = s.trim().split('\n')[0];
  if (!t) return 'Something went wrong.';
  const cap = t[0].toUpperCase() + t.slice(1);
  return /[.!?]$/.test(cap) ? cap : cap + '.';
}

/** Raw revert data (for tests and the details view). */
export function revertData(err: unknown): Hex | undefined {
  if (!(err instanceof BaseError)) return undefined;
  const r = err.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
  return r?.raw;
}
