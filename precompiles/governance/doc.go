// Package governance implements the governance precompile at
// 0x0000000000000000000000000000000000000A05 (IGovernance in contracts/src):
// OPEN holders lock OPEN for voting power and vote on proposals that change
// the chain's AI parameters.
//
// # What a proposal changes
//
// A proposal carries 1 to MaxChanges typed changes (ChangeKind): the
// settlement burn, owner and operator shares and the platform fee, the
// settler set, the escrow withdrawal delay (settlement); the slasher set, the
// minimum agent stake and the unbonding delay (agent registry); slashing or
// suspending an agent; a treasury spend; and governance's own parameters.
// The other precompiles keep their parameters in their own storage and read
// them on every call; execution writes them there through those packages'
// setters (settlement.SetFeeParams, agent.SetMinStake, …), so a change
// applies from the next call on and never before. Every numeric change is
// checked at proposal time against a [min, max] bound written at genesis and
// never changed (bounds()); the fee split is checked whole (at most 100 %)
// when it is executed.
//
// # Voting power
//
// lock() adds msg.value to the caller's locked OPEN; unlock(amount) moves it
// to unlocking at once (it stops counting) and withdraw() pays it
// unlockDelay seconds later. Each account's locked amount, and the total, are
// kept as a history of checkpoints (one per block time). A proposal records
// its snapshot, the block time it was created at; a voter's weight is what it
// had locked before the snapshot, and never more than what it has locked when
// it votes. OPEN locked in or after the proposal's block does not count, OPEN
// unlocked since does not vote, and OPEN moved to another account after the
// snapshot votes nowhere twice. A vote's lookup is a binary search over the
// voter's last MaxVotingPeriod+1 checkpoints (a proposal's snapshot is never
// older than that while it can be voted on), so it reads at most 25 slots
// however long the history.
//
// # Lifecycle
//
// propose (voting starts at once; the proposer's power before this block
// must reach proposalThreshold; the quorum is fixed from the total locked at
// the snapshot) → vote (against, for, abstain; once per account) until
// voteEnd → queue (anyone; the proposal must have reached quorum, for +
// abstain, and approval, for·10,000 > thresholdBps·(for + against)); eta is
// now + timelockDelay → execute (anyone, from eta on; the caller supplies the
// changes, checked against the keccak256(abi.encode(changes)) recorded at
// proposal time, as OpenZeppelin's Governor takes them). The proposer may
// cancel until voting ends. Events mark each step, and ChangeApplied each
// change.
//
// # Treasury
//
// Genesis moves Config.Treasury from the ecosystem share to this
// precompile's balance (nothing is minted). The treasury is the balance less
// the OPEN locked and unlocking; a TreasurySpend pays from it and never from
// locked OPEN.
//
// # Gas
//
// Every method is priced from its calldata: propose and execute per change
// (execute by each change's kind, read from the calldata), vote for the
// bounded search. Proposals store five slots whatever their size; the
// changes travel in calldata and in the ProposalCreated log.
package governance
