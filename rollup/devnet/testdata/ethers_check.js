// Checks the sequencer's JSON-RPC with ethers v6: chain id, a balance, a
// Datanet precompile call, and a transaction whose receipt carries the OP
// Stack's L1 fee fields. Prints one JSON object.
// usage: node ethers_check.js <rpc-url> <hex-private-key> <datanet-address>
'use strict';
const { ethers } = require('ethers');

async function main() {
  const [url, key, datanetAddr] = process.argv.slice(2);
  // cacheTimeout -1: no reuse of identical requests made within 250 ms (ethers
  // v6's default), which can hand a second send a stale pending nonce.
  const provider = new ethers.JsonRpcProvider(url, undefined, { staticNetwork: true, cacheTimeout: -1 });
  const wallet = new ethers.Wallet(key, provider);
  const network = await provider.getNetwork();
  const balance = await provider.getBalance(wallet.address);
  const registry = new ethers.Contract(datanetAddr, [
    'function datanetCount() view returns (uint256)',
    'function createDatanet(string name, string description, string[] tags, string metadataURI) returns (uint256)',
  ], wallet);
  const tx = await registry.createDatanet('ethers', 'made with ethers', ['js'], '');
  const receipt = await tx.wait();
  const count = await registry.datanetCount();
  const raw = await provider.send('eth_getTransactionReceipt', [tx.hash]);
  process.stdout.write(JSON.stringify({
    chainId: network.chainId.toString(),
    address: wallet.address,
    balance: balance.toString(),
    datanetCount: count.toString(),
    status: receipt.status,
    blockNumber: receipt.blockNumber.toString(),
    l1Fee: raw.l1Fee,
    l1GasPrice: raw.l1GasPrice,
    l1GasUsed: raw.l1GasUsed,
  }));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
