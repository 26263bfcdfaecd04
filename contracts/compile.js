// compile.js compiles Solidity with the pinned npm solc (solc-js).
// stdin:  {"sources": {"<path>": "<source>", ...}}
// stdout: {"contracts": {"<Name>": {"abi": [...], "bytecode": "0x...", "deployedBytecode": "0x..."}}}
// Compilation errors are printed to stderr and the exit status is 1.
// Imports of npm packages ("@openzeppelin/contracts/...") resolve from
// contracts/node_modules (the pinned versions in package.json).
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

function findImports(importPath) {
  if (importPath.startsWith('@')) {
    try {
      return { contents: fs.readFileSync(path.join(__dirname, 'node_modules', importPath), 'utf8') };
    } catch (e) {
      return { error: `import ${importPath}: ${e.message}` };
    }
  }
  return { error: `import ${importPath}: only npm packages (@scope/...) can be imported` };
}

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const sources = {};
for (const [path, content] of Object.entries(input.sources || {})) sources[path] = { content };

const request = {
  language: 'Solidity',
  sources,
  settings: {
    // The OP Stack's own sources (contracts/src/bedrock, copied from the optimism module) import
    // each other by their paths in packages/contracts-bedrock.
    remappings: ['src/=bedrock/src/', 'interfaces/=bedrock/interfaces/'],
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    // No metadata hash: the bytecode then depends only on the source, not on paths or comments' IPFS hash.
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const out = JSON.parse(solc.compile(JSON.stringify(request), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === 'error');
if (errors.length > 0) {
  for (const e of errors) process.stderr.write(e.formattedMessage + '\n');
  process.exit(1);
}
const contracts = {};
for (const file of Object.keys(out.contracts || {}).sort()) {
  for (const name of Object.keys(out.contracts[file]).sort()) {
    if (contracts[name]) {
      process.stderr.write(`contract name ${name} is defined twice (${file})\n`);
      process.exit(1);
    }
    const c = out.contracts[file][name];
    contracts[name] = {
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
  }
}
process.stdout.write(JSON.stringify({ version: solc.version(), contracts }));
