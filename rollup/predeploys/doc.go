// Package predeploys builds the L2 genesis accounts the OP Stack's execution and
// rollup nodes rely on, written by OpenLedger from the OP Stack specifications:
//
//   - L1Block (0x4200…0015): receives the L1-attributes deposit that starts every
//     L2 block and holds what op-geth's L1-fee and operator-fee functions read.
//   - GasPriceOracle (0x4200…000F): the fee estimates wallets call, with the
//     Ecotone, Fjord, Isthmus and Jovian flags set at genesis (every fork is
//     active from the first block).
//   - L2ToL1MessagePasser (0x4200…0016): the OP Stack's own contract, compiled
//     from the optimism module's packages/contracts-bedrock where `make
//     modules` materialises it (contracts/src/L2/Bedrock.sol imports it;
//     contracts/compile.js resolves it). initiateWithdrawal records keccak256 of the
//     withdrawal in sentMessages (storage slot 0), whose storage root every
//     output root carries; L1's OptimismPortal proves against it. The value
//     sent stays in the passer until anyone calls burn(), which removes it
//     from L2 (the L1 OPEN it stands for is released on L1).
//   - The fee vaults (SequencerFeeVault, BaseFeeVault, L1FeeVault,
//     OperatorFeeVault): plain accounts op-geth credits; they need no code.
//
// The other contracts' sources are contracts/src/L2; all compiled code comes
// from contracts/artifacts.
package predeploys
