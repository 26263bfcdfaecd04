// Package toolchain runs the project's pinned JavaScript toolchain: the npm solc
// compiler for contracts/src, and Node.js for the tests that drive the chain and
// the HTTP APIs with real client libraries (ethers, openai).
//
// The packages live in contracts/node_modules, installed by `make tools` from
// contracts/package.json and its lock file. Every function here finds them by
// walking up from the working directory to the repository's go.mod.
//
// Sources may import npm packages ("@openzeppelin/contracts/...", from
// contracts/node_modules) and the OP Stack's own contracts by their Bedrock
// paths ("src/libraries/Hashing.sol", "interfaces/..."): compile.js remaps those
// to the optimism module's packages/contracts-bedrock, which `make modules`
// materialises in .build/modules/optimism, so they are compiled where they are,
// never copied. build/patches/optimism.patch widens the exact `pragma solidity
// 0.8.15` of the Bedrock files the project compiles, the one change the pinned
// solc needs.
package toolchain
