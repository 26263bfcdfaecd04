// Package toolchain runs the project's pinned JavaScript toolchain: the npm solc
// compiler for contracts/src, and Node.js for the tests that drive the chain and
// the HTTP APIs with real client libraries (ethers, openai).
//
// The packages live in contracts/node_modules, installed by `make tools` from
// contracts/package.json and its lock file. Every function here finds them by
// walking up from the working directory to the repository's go.mod.
package toolchain
