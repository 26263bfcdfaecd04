package datanet

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TreeDepth is the depth of every Datanet's Merkle tree: up to 2^32 accepted
// contributions per Datanet.
const TreeDepth = 32

// ErrTreeFull is returned when a Datanet already has 2^TreeDepth accepted contributions.
var ErrTreeFull = errors.New("datanet merkle tree is full")

// zeroHashes[h] is the root of an empty subtree of height h.
var zeroHashes = func() [TreeDepth + 1]common.Hash {
	var z [TreeDepth + 1]common.Hash
	for h := 1; h <= TreeDepth; h++ {
		z[h] = hashPair(z[h-1], z[h-1])
	}
	return z
}()

func hashPair(left, right common.Hash) common.Hash {
	return crypto.Keccak256Hash(left[:], right[:])
}

// Leaf is the Merkle leaf of an accepted contribution:
// keccak256(abi.encodePacked(uint256 contributionId, bytes32 contentHash, address contributor)).
func Leaf(contributionID uint64, contentHash common.Hash, contributor common.Address) common.Hash {
	id := common.BigToHash(new(big.Int).SetUint64(contributionID))
	return crypto.Keccak256Hash(id[:], contentHash[:], contributor[:])
}

// treeInsert appends leaf as leaf number index (= the count before insertion)
// to the incremental tree whose branch is read and written through get/set.
func treeInsert(index uint64, leaf common.Hash, get func(int) common.Hash, set func(int, common.Hash)) error {
	if index >= 1<<TreeDepth {
		return ErrTreeFull
	}
	node, size := leaf, index+1
	for h := 0; h < TreeDepth; h++ {
		if size&1 == 1 {
			set(h, node)
			return nil
		}
		node = hashPair(get(h), node)
		size >>= 1
	}
	return ErrTreeFull
}

// treeRoot returns the root of the incremental tree holding count leaves.
func treeRoot(count uint64, get func(int) common.Hash) common.Hash {
	var node common.Hash
	size := count
	for h := 0; h < TreeDepth; h++ {
		if size&1 == 1 {
			node = hashPair(get(h), node)
		} else {
			node = hashPair(node, zeroHashes[h])
		}
		size >>= 1
	}
	return node
}

// Root returns the Merkle root over leaves, as a published version records it.
func Root(leaves []common.Hash) common.Hash {
	root, _ := Proof(leaves, 0)
	return root
}

// Proof returns the root over leaves and the sibling path of leaf index (nil
// when index is out of range). Verify it with VerifyProof or the precompile's
// verifyMembership.
func Proof(leaves []common.Hash, index uint64) (common.Hash, []common.Hash) {
	level := append([]common.Hash{}, leaves...)
	var path []common.Hash
	inRange := index < uint64(len(leaves))
	for h := 0; h < TreeDepth; h++ {
		if inRange {
			sib := index ^ 1
			if sib < uint64(len(level)) {
				path = append(path, level[sib])
			} else {
				path = append(path, zeroHashes[h])
			}
		}
		next := make([]common.Hash, (len(level)+1)/2)
		for i := range next {
			right := zeroHashes[h]
			if 2*i+1 < len(level) {
				right = level[2*i+1]
			}
			next[i] = hashPair(level[2*i], right)
		}
		if len(level) == 0 {
			next = nil
		}
		level = next
		index >>= 1
	}
	if len(level) == 0 {
		return zeroHashes[TreeDepth], path
	}
	return level[0], path
}

// VerifyProof checks that leaf is leaf number index of the tree with root.
func VerifyProof(root, leaf common.Hash, index uint64, proof []common.Hash) bool {
	if len(proof) != TreeDepth || index >= 1<<TreeDepth {
		return false
	}
	node := leaf
	for h := 0; h < TreeDepth; h++ {
		if (index>>h)&1 == 1 {
			node = hashPair(proof[h], node)
		} else {
			node = hashPair(node, proof[h])
		}
	}
	return node == root
}
