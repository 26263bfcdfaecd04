// Drives a running ledger-geth with ethers v6: the Datanet registry precompile
// through its generated ABI, events, and decoded revert reasons.
// Usage: node ethers_datanet.js <rpc-url> <private-key> <abi.json>
'use strict';
const fs = require('fs');
const { ethers } = require('ethers');

async function main() {
  const [url, key, abiPath] = process.argv.slice(2);
  const abi = JSON.parse(fs.readFileSync(abiPath, 'utf8')).abi;
  // cacheTimeout -1: ethers v6 shares identical requests made within 250 ms
  // (AbstractProvider's perform cache). With 200 ms blocks, `createDatanet`'s
  // receipt can arrive inside that window, and the next send then reuses the
  // cached eth_getTransactionCount("pending") answer — nonce 0 again — which
  // the node rightly refuses with "nonce too low". The node never saw a
  // transaction twice (its log shows one submission per nonce).
  const provider = new ethers.JsonRpcProvider(url, undefined, { polling: true, pollingInterval: 100, cacheTimeout: -1 });
  const wallet = new ethers.Wallet(key, provider);
  const registry = new ethers.Contract('0x0000000000000000000000000000000000000A01', abi, wallet);
  const out = {};

  out.chainId = (await provider.getNetwork()).chainId.toString();
  out.balance = (await provider.getBalance(wallet.address)).toString();

  let tx = await registry.createDatanet('ethers-net', 'made by ethers', ['js'], 'ipfs://x');
  let rc = await tx.wait();
  const created = rc.logs.map((l) => registry.interface.parseLog(l)).find((e) => e && e.name === 'DatanetCreated');
  out.datanetId = created.args.datanetId.toString();
  out.owner = created.args.owner;

  const contentHash = ethers.keccak256(ethers.toUtf8Bytes('hello world'));
  tx = await registry.contribute(out.datanetId, contentHash, 11, 'file://hello', '{}');
  rc = await tx.wait();
  const submitted = rc.logs.map((l) => registry.interface.parseLog(l)).find((e) => e && e.name === 'ContributionSubmitted');
  out.contributionId = submitted.args.contributionId.toString();
  out.contributor = submitted.args.contributor;

  const c = await registry.getContribution(out.contributionId);
  out.storedHash = c.contentHash;
  out.status = Number(c.status);

  // A duplicate contribution reverts; ethers decodes the custom error by name.
  try {
    await registry.contribute.staticCall(out.datanetId, contentHash, 11, '', '');
    out.duplicateError = 'none';
  } catch (e) {
    out.duplicateError = e.revert ? e.revert.name : String(e.shortMessage || e);
  }
  // A bad argument reverts with a decodable custom error carrying a reason string.
  try {
    await registry.createDatanet.staticCall('', '', [], '');
    out.badArgError = 'none';
  } catch (e) {
    out.badArgError = e.revert ? `${e.revert.name}:${e.revert.args[0]}` : String(e.shortMessage || e);
  }
  // Gas estimation works for a precompile call.
  // Gas estimation: a reverting estimate carries the revert data, which the
  // contract interface decodes.
  try {
    out.estimate = (await registry.publishVersion.estimateGas(out.datanetId)).toString();
  } catch (e) {
    const parsed = e.data ? registry.interface.parseError(e.data) : null;
    out.estimate = parsed ? parsed.name : 'error: ' + (e.shortMessage || e.message);
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
