// Package contentstore is the ledger CLI's local content-addressed store: a
// directory holding each file under the hex keccak256 of its bytes, so that
// the file a Datanet contribution names can be found, and checked, by its
// on-chain content hash.
//
// Put streams a file into the store (hashing while it copies, then renaming
// into place, so a crash never leaves a partial entry under a valid name);
// Open and Verify read an entry back and check its hash.
package contentstore
