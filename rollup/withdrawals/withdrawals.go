package withdrawals

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/rollup/predeploys"
)

var (
	// ErrNoWithdrawal is returned when a receipt holds no MessagePassed event.
	ErrNoWithdrawal = errors.New("no withdrawal (MessagePassed event of the L2ToL1MessagePasser) in the receipt")
	// ErrBadProof is returned when a node's proof does not match its block.
	ErrBadProof = errors.New("inconsistent proof from the L2 node")
)

// OutputVersion is the only output root version (V0).
var OutputVersion = common.Hash{}

// Withdrawal is one L2→L1 message (the OP Stack's Types.WithdrawalTransaction).
type Withdrawal struct {
	Nonce    *big.Int       `json:"nonce"`
	Sender   common.Address `json:"sender"`
	Target   common.Address `json:"target"`
	Value    *big.Int       `json:"value"`
	GasLimit *big.Int       `json:"gasLimit"`
	Data     hexutil.Bytes  `json:"data"`
}

var withdrawalArgs = func() abi.Arguments {
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	b, _ := abi.NewType("bytes", "", nil)
	return abi.Arguments{{Type: u256}, {Type: addr}, {Type: addr}, {Type: u256}, {Type: u256}, {Type: b}}
}()

// Hash is keccak256(abi.encode(nonce, sender, target, value, gasLimit, data)),
// the key of the message passer's sentMessages and of the portal's records
// (Hashing.hashWithdrawal).
func (w *Withdrawal) Hash() (common.Hash, error) {
	enc, err := withdrawalArgs.Pack(w.Nonce, w.Sender, w.Target, w.Value, w.GasLimit, []byte(w.Data))
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode withdrawal: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// Binding returns the withdrawal as the contracts' struct.
func (w *Withdrawal) Binding() bindings.TypesWithdrawalTransaction {
	return bindings.TypesWithdrawalTransaction{Nonce: w.Nonce, Sender: w.Sender, Target: w.Target,
		Value: w.Value, GasLimit: w.GasLimit, Data: w.Data}
}

// StorageSlot is the message passer's storage slot that is 1 once hash was
// sent: sentMessages[hash], the mapping at slot 0.
func StorageSlot(hash common.Hash) common.Hash {
	return crypto.Keccak256Hash(hash[:], make([]byte, 32))
}

// FromReceipt reads the withdrawal an L2 transaction initiated (its first
// MessagePassed event) and checks the event's hash against the fields.
func FromReceipt(r *types.Receipt) (*Withdrawal, common.Hash, error) {
	passer := bindings.NewL2ToL1MessagePasser()
	for _, l := range r.Logs {
		if l.Address != predeploys.L2ToL1MessagePasserAddr {
			continue
		}
		ev, err := passer.UnpackMessagePassedEvent(l)
		if err != nil {
			continue // another event of the passer (WithdrawerBalanceBurnt)
		}
		w := &Withdrawal{Nonce: ev.Nonce, Sender: ev.Sender, Target: ev.Target, Value: ev.Value, GasLimit: ev.GasLimit, Data: ev.Data}
		h, err := w.Hash()
		if err != nil {
			return nil, common.Hash{}, err
		}
		if h != ev.WithdrawalHash {
			return nil, common.Hash{}, fmt.Errorf("MessagePassed hash %s does not match its fields (%s)", common.Hash(ev.WithdrawalHash), h)
		}
		return w, h, nil
	}
	return nil, common.Hash{}, ErrNoWithdrawal
}

// OutputRootProof is the preimage of an output root (Types.OutputRootProof).
type OutputRootProof struct {
	Version                  common.Hash `json:"version"`
	StateRoot                common.Hash `json:"stateRoot"`
	MessagePasserStorageRoot common.Hash `json:"messagePasserStorageRoot"`
	LatestBlockhash          common.Hash `json:"latestBlockhash"`
}

// Root is the output root: keccak256 of the four words.
func (p *OutputRootProof) Root() common.Hash {
	return crypto.Keccak256Hash(p.Version[:], p.StateRoot[:], p.MessagePasserStorageRoot[:], p.LatestBlockhash[:])
}

// Binding returns the proof as the contracts' struct.
func (p *OutputRootProof) Binding() bindings.TypesOutputRootProof {
	return bindings.TypesOutputRootProof{Version: p.Version, StateRoot: p.StateRoot,
		MessagePasserStorageRoot: p.MessagePasserStorageRoot, LatestBlockhash: p.LatestBlockhash}
}

// Proof is everything proveWithdrawalTransaction needs besides the game index.
type Proof struct {
	// L2Block is the block the output commits to.
	L2Block uint64 `json:"l2Block"`
	// Output is the output root's preimage.
	Output OutputRootProof `json:"output"`
	// StorageProof proves sentMessages[hash] = 1 under Output.MessagePasserStorageRoot.
	StorageProof []hexutil.Bytes `json:"storageProof"`
}

// accountResult is eth_getProof's answer.
type accountResult struct {
	StorageHash  common.Hash `json:"storageHash"`
	StorageProof []struct {
		Key   string          `json:"key"`
		Value *hexutil.Big    `json:"value"`
		Proof []hexutil.Bytes `json:"proof"`
	} `json:"storageProof"`
}

// headerResult is the part of a block the output root needs.
type headerResult struct {
	Hash   common.Hash `json:"hash"`
	Root   common.Hash `json:"stateRoot"`
	Number hexutil.Uint64
}

// OutputAt computes the output root of L2 block number from an L2 execution
// node, as op-node's optimism_outputAtBlock does.
func OutputAt(ctx context.Context, l2 *rpc.Client, number uint64) (*OutputRootProof, error) {
	p, err := ProveAt(ctx, l2, number, nil)
	if err != nil {
		return nil, err
	}
	return &p.Output, nil
}

// ProveAt builds the proof of the withdrawal with hash at L2 block number
// (nil hash: only the output root). It fails when the node's proof does not
// show the withdrawal sent by that block.
func ProveAt(ctx context.Context, l2 *rpc.Client, number uint64, hash *common.Hash) (*Proof, error) {
	tag := hexutil.EncodeUint64(number)
	var head headerResult
	if err := l2.CallContext(ctx, &head, "eth_getBlockByNumber", tag, false); err != nil {
		return nil, fmt.Errorf("L2 block %d: %w", number, err)
	}
	if head.Hash == (common.Hash{}) {
		return nil, fmt.Errorf("L2 block %d: not found", number)
	}
	keys := []string{}
	if hash != nil {
		keys = append(keys, StorageSlot(*hash).Hex())
	}
	var acc accountResult
	// Pin the block by hash, so the header and the proof are of one block.
	if err := l2.CallContext(ctx, &acc, "eth_getProof", predeploys.L2ToL1MessagePasserAddr, keys, head.Hash); err != nil {
		return nil, fmt.Errorf("eth_getProof of the message passer at L2 block %d: %w", number, err)
	}
	p := &Proof{L2Block: number, Output: OutputRootProof{
		Version: OutputVersion, StateRoot: head.Root, MessagePasserStorageRoot: acc.StorageHash, LatestBlockhash: head.Hash,
	}}
	if hash == nil {
		return p, nil
	}
	if len(acc.StorageProof) != 1 {
		return nil, fmt.Errorf("%w: %d storage proofs for one key", ErrBadProof, len(acc.StorageProof))
	}
	sp := acc.StorageProof[0]
	if sp.Value == nil || sp.Value.ToInt().Cmp(big.NewInt(1)) != 0 {
		return nil, fmt.Errorf("withdrawal %s is not in the message passer at L2 block %d", hash, number)
	}
	p.StorageProof = sp.Proof
	return p, nil
}
