// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.15;

// The OP Stack contracts OpenLedger deploys on L2 as they are, compiled from the optimism
// module's packages/contracts-bedrock (github.com/ethereum-optimism/optimism v1.19.6, MIT
// licence), where `make modules` materialises it: contracts/compile.js remaps Bedrock's "src/..."
// and "interfaces/..." imports there. Importing them here puts their artifacts (and those of the
// libraries they use) in contracts/artifacts.
//
// - L2ToL1MessagePasser: the predeploy at 0x4200…0016 that records withdrawals.
import { L2ToL1MessagePasser } from "src/L2/L2ToL1MessagePasser.sol";
