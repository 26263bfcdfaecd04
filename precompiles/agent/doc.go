// Package agent implements the AI agent registry precompile at
// 0x0000000000000000000000000000000000000A04 (IAgentRegistry in
// contracts/src).
//
// An agent registers with a metadata URI, the id of the model it runs (which
// must exist in the model registry) and a stake in OPEN sent as msg.value,
// at least the minimum stake. Anyone can add stake; the owner moves stake to
// unbonding and withdraws it once the unbonding delay (in blocks) has passed.
// Accounts in the slasher set burn stake: the burned OPEN leaves the
// registry's balance and is credited nowhere, and totalSlashed counts it. An
// agent is active while its bonded stake is at least the minimum.
//
// # Balances
//
// Stake is real value: the EVM credits msg.value to the registry, withdraw
// moves value from the registry to the owner, slash subtracts it from the
// registry. The registry's balance always equals totalStaked, the sum of every
// agent's bonded and unbonding stake.
//
// # Parameters
//
// The minimum stake, the unbonding delay and the slasher set live in the
// registry's storage. Config writes them at genesis (genesis.Config's
// PrecompileStorage); params.go exports setters for governance.
package agent
