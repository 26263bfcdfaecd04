// Signs the EIP-712 typed data `ledger escrow voucher --typed-data` prints
// (read from stdin) with ethers' Wallet.signTypedData — what a dApp does with
// a wallet's eth_signTypedData_v4 — and prints the 65-byte signature.
// Usage: node ethers_sign_typed.js <private key hex> < typed-data.json
const { Wallet } = require('ethers');

let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', async () => {
  const td = JSON.parse(input);
  const types = { ...td.types };
  delete types.EIP712Domain; // ethers derives the domain type itself
  const wallet = new Wallet(process.argv[2]);
  process.stdout.write(await wallet.signTypedData(td.domain, types, td.message));
});
