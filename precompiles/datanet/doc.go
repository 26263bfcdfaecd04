// Package datanet implements the Datanet registry precompile at
// 0x0000000000000000000000000000000000000A01 (IDatanetRegistry in
// contracts/src).
//
// A Datanet is a community dataset with an owner and curators. Anyone (an EOA
// or a contract: msg.sender is recorded) contributes entries by content hash,
// size, URI and metadata; curators accept or reject them; accepted entries are
// appended, in acceptance order, as leaves of an incremental depth-32 Merkle
// tree, and publishing a version records the tree's current root. A membership
// proof shows that a contribution is in a version (Proof, VerifyProof, and the
// precompile's verifyMembership).
//
// The owner or a curator records, per version and tokenizer, the attribution
// index shard of the contributions the version added (publishIndex: the
// tokenizer's id, the shard file's keccak256 and its URI, normally
// ipfs://<CID>), so that anyone can rebuild a model's attribution index and
// recompute a receipt's weights from public data. A shard is never replaced,
// and a version holds at most MaxIndexesPerVersion of them, which bounds what
// publishIndex, getIndex and indexesOf read.
//
// Storage uses Solidity's layout rules (see storage.go for the slot index).
package datanet
