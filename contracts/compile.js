// compile.js compiles Solidity with the pinned npm solc (solc-js).
// stdin:  {"sources": {"<path>": "<source>", ...}}
// stdout: {"contracts": {"<Name>": {"abi": [...], "bytecode": "0x...", "deployedBytecode": "0x..."}}}
// Compilation errors are printed to stderr and the exit status is 1.
// Imports of npm packages ("@openzeppelin/contracts/...") resolve from
// contracts/node_modules (the pinned versions in package.json).
// The OP Stack's own contracts (the optimism module's packages/contracts-bedrock)
// are compiled where `make modules` materialises them, never copied: Bedrock's
// import paths "src/..." and "interfaces/..." are remapped to
// "contracts-bedrock/...", which resolves in .build/modules/optimism/packages.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const BEDROCK = 'contracts-bedrock/';
// The optimism module's packages directory, which holds contracts-bedrock.
const modulePackages = path.join(__dirname, '..', '.build', 'modules', 'optimism', 'packages');

// readImport reads the import importPath from rel below dir; when dir itself is missing, the
// error names the make target that creates it.
function readImport(importPath, dir, rel, target) {
  try {
    return { contents: fs.readFileSync(path.join(dir, rel), 'utf8') };
  } catch (e) {
    const hint = fs.existsSync(dir) ? '' : ` (${dir} is missing: run make ${target})`;
    return { error: `import ${importPath}: ${e.message}${hint}` };
  }
}

function findImports(importPath) {
  if (importPath.split('/').includes('..')) {
    return { error: `import ${importPath}: ".." is not allowed in an import path` };
  }
  if (importPath.startsWith('@')) {
    return readImport(importPath, path.join(__dirname, 'node_modules'), importPath, 'tools');
  }
  if (importPath.startsWith(BEDROCK)) {
    return readImport(importPath, modulePackages, importPath, 'modules');
  }
  return {
    error: `import ${importPath}: only npm packages (@scope/...) and the OP Stack's contracts-bedrock (src/..., interfaces/...) can be imported`,
  };
}

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const sources = {};
for (const [path, content] of Object.entries(input.sources || {})) sources[path] = { content };

const request = {
  language: 'Solidity',
  sources,
  settings: {
    // The OP Stack's sources import each other by their paths in packages/contracts-bedrock,
    // and ours import them the same way.
    remappings: [`src/=${BEDROCK}src/`, `interfaces/=${BEDROCK}interfaces/`],
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
  if (errors.some((e) => (e.sourceLocation?.file || '').startsWith(BEDROCK))) {
    process.stderr.write(
      'errors in the OP Stack sources: build/patches/optimism.patch widens the exact pragmas of the ' +
        'Bedrock files the project compiles (a new one needs a hunk there); after a patch change, run make modules\n',
    );
  }
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
