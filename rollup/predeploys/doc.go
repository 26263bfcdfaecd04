// Package predeploys builds the L2 genesis accounts the OP Stack's execution and
// rollup nodes rely on, written by OpenLedger from the OP Stack specifications:
//
//   - L1Block (0x4200…0015): receives the L1-attributes deposit that starts every
//     L2 block and holds what op-geth's L1-fee and operator-fee functions read.
//   - GasPriceOracle (0x4200…000F): the fee estimates wallets call, with the
//     Ecotone, Fjord, Isthmus and Jovian flags set at genesis (every fork is
//     active from the first block).
//   - The fee vaults (SequencerFeeVault, BaseFeeVault, L1FeeVault,
//     OperatorFeeVault): plain accounts op-geth credits; they need no code.
//
// The contracts' sources are contracts/src/L2; their compiled code comes from
// contracts/artifacts.
package predeploys
