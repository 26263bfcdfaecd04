package settlement_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/toolchain"
	precompile "github.com/openledger/openledger/precompiles/settlement"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// layoutSource declares the precompile's storage as Solidity would, in the
// slot order of storage.go, and writes one value of each.
const layoutSource = `
pragma solidity ^0.8.24;
contract Layout {
    struct Pending { uint256 amount; uint64 releaseTime; }
    struct Stored { uint128 fee; uint64 modelId; uint64 settledAt; }
    mapping(address => uint256) escrow;                          // slot 0
    mapping(address => Pending) pending;                         // slot 1
    mapping(address => uint256) claimable;                       // slot 2
    mapping(address => mapping(uint256 => bytes32)) nonces;      // slot 3
    mapping(bytes32 => Stored) receipts;                         // slot 4
    uint256 totalBurned;                                         // slot 5
    mapping(uint256 => mapping(address => bool)) settlers;       // slot 6
    uint256 platformFee;                                         // slot 7
    uint256 burnBps;                                             // slot 8
    uint256 ownerBps;                                            // slot 9
    uint256 operatorBps;                                         // slot 10
    uint256 withdrawDelay;                                       // slot 11
    function set(address a, uint256 nonce, bytes32 id) external {
        escrow[a] = 11;
        pending[a] = Pending(12, 13);
        claimable[a] = 14;
        nonces[a][nonce] = id;
        receipts[id] = Stored(15, 16, 17);
        totalBurned = 18;
        settlers[0][a] = true;
        platformFee = 19; burnBps = 20; ownerBps = 21; operatorBps = 22; withdrawDelay = 23;
    }
}`

// contractState reads the Layout contract's storage at the precompile's keys.
type contractState struct {
	t    *testing.T
	c    *devchaintest.Chain
	addr common.Address
}

func (s contractState) GetState(_ common.Address, key common.Hash) common.Hash {
	v, err := s.c.Client.StorageAt(context.Background(), s.addr, key, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	return common.BytesToHash(v)
}

// TestStorageMatchesSolidity: every slot and packing of storage.go is where
// solc puts the same declarations.
func TestStorageMatchesSolidity(t *testing.T) {
	c := devchaintest.NewChain(t, devchaintest.Options{})
	arts, err := toolchain.Compile(context.Background(), map[string]string{"Layout.sol": layoutSource})
	if err != nil {
		t.Fatal(err)
	}
	parsed, _ := abi.JSON(strings.NewReader(string(arts["Layout"].ABI)))
	addr := c.Deploy(c.Keys[0], hexutil.MustDecode(arts["Layout"].Bytecode))
	who, id := common.HexToAddress("0xabc"), common.Hash{0xee, 1}
	data, _ := parsed.Pack("set", who, big.NewInt(99), [32]byte(id))
	c.MustSend(c.Keys[0], addr, data, nil)
	st := contractState{t: t, c: c, addr: addr}
	p := precompile.FeeParams(st)
	amount, release := precompile.PendingOf(st, who)
	fee, modelID, settledAt := precompile.StoredReceipt(st, id)
	got := []uint64{
		precompile.Escrow(st, who).Uint64(), amount.Uint64(), release, precompile.Claimable(st, who).Uint64(),
		fee.Uint64(), modelID, settledAt, precompile.TotalBurned(st).Uint64(),
		p.PlatformFee.Uint64(), p.BurnBps, p.OwnerBps, p.OperatorBps, precompile.WithdrawDelay(st),
	}
	for i, v := range got {
		if v != uint64(11+i) {
			t.Fatalf("value %d read as %d: %v", i, v, got)
		}
	}
	if precompile.ReceiptOfNonce(st, who, uint256.NewInt(99)) != id || !precompile.IsSettler(st, who) {
		t.Fatal("nonce index or settler role not where solc puts them")
	}
}
