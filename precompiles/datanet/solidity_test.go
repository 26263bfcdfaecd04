package datanet_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/contracts/toolchain"
	"github.com/openledger/openledger/precompiles/datanet"
	"github.com/openledger/openledger/rollup/devchain/devchaintest"
)

// clientSource is a contract that uses the registry the way dApps will:
// through the Solidity interface, and through raw STATICCALL/DELEGATECALL.
const clientSource = `
pragma solidity ^0.8.24;
import "IDatanetRegistry.sol";

contract DatanetClient {
    IDatanetRegistry constant REGISTRY = IDatanetRegistry(0x0000000000000000000000000000000000000a01);
    uint256 public lastContribution;

    function submit(uint256 datanetId, bytes32 contentHash) external returns (uint256 id) {
        id = REGISTRY.contribute(datanetId, contentHash, 42, "contract://", "");
        lastContribution = id;
    }

    function countThroughView() external view returns (uint256) {
        return REGISTRY.contributionCount();
    }

    function staticWrite(uint256 datanetId, bytes32 contentHash) external view returns (bool ok) {
        (ok, ) = address(REGISTRY).staticcall(
            abi.encodeCall(IDatanetRegistry.contribute, (datanetId, contentHash, 1, "", "")));
    }

    function delegateWrite(uint256 datanetId, bytes32 contentHash) external returns (bool ok) {
        (ok, ) = address(REGISTRY).delegatecall(
            abi.encodeCall(IDatanetRegistry.contribute, (datanetId, contentHash, 1, "", "")));
    }
}
`

func deployClient(t *testing.T, c *devchaintest.Chain) (common.Address, abi.ABI) {
	t.Helper()
	root, err := toolchain.RepoRoot()
	if err != nil {
		t.Fatal(err)
	}
	sources, err := toolchain.ReadSources(root + "/contracts/src")
	if err != nil {
		t.Fatal(err)
	}
	sources["DatanetClient.sol"] = clientSource
	arts, err := toolchain.Compile(context.Background(), sources)
	if err != nil {
		t.Fatalf("solc: %v", err)
	}
	art := arts["DatanetClient"]
	parsed, err := abi.JSON(strings.NewReader(string(art.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	return c.Deploy(c.Keys[0], hexutil.MustDecode(art.Bytecode)), parsed
}

func TestSolidityCaller(t *testing.T) {
	c := setup(t)
	client, clientABI := deployClient(t, c)
	pack := func(name string, args ...any) []byte {
		data, err := clientABI.Pack(name, args...)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}

	// A contract contributes: msg.sender recorded by the precompile is the contract.
	r := c.MustSend(c.Keys[2], client, pack("submit", big.NewInt(1), hash("via-contract")), nil)
	ev, err := reg.UnpackContributionSubmittedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Contributor != client {
		t.Fatalf("contributor %s, want the contract %s", ev.Contributor, client)
	}
	ct, _ := reg.UnpackGetContribution(c.MustCall(c.Addr(0), datanet.Address, reg.PackGetContribution(ev.ContributionId)))
	if ct.Contributor != client || ct.Uri != "contract://" || ct.Size != 42 {
		t.Fatalf("stored contribution %+v", ct)
	}
	// The return value reached the contract.
	out := c.MustCall(c.Addr(0), client, pack("lastContribution"))
	if new(big.Int).SetBytes(out).Cmp(ev.ContributionId) != 0 {
		t.Fatalf("contract saw id %x, want %s", out, ev.ContributionId)
	}
	// A view through the interface works (STATICCALL of a read).
	out = c.MustCall(c.Addr(0), client, pack("countThroughView"))
	if new(big.Int).SetBytes(out).Uint64() != 1 {
		t.Fatalf("count through view %x", out)
	}

	// A STATICCALL that tries to write fails, and writes nothing.
	out = c.MustCall(c.Addr(0), client, pack("staticWrite", big.NewInt(1), hash("static")))
	if new(big.Int).SetBytes(out).Sign() != 0 {
		t.Fatal("state-changing call succeeded inside STATICCALL")
	}
	// A DELEGATECALL fails (in a mined transaction too) and writes nothing.
	r = c.MustSend(c.Keys[2], client, pack("delegateWrite", big.NewInt(1), hash("delegate")), nil)
	if r.Status != types.ReceiptStatusSuccessful || len(r.Logs) != 0 {
		t.Fatalf("delegateWrite tx: status %d logs %d", r.Status, len(r.Logs))
	}
	out = c.MustCall(c.Addr(0), client, pack("delegateWrite", big.NewInt(1), hash("delegate")))
	if new(big.Int).SetBytes(out).Sign() != 0 {
		t.Fatal("DELEGATECALL into the precompile succeeded")
	}
	if n, _ := reg.UnpackContributionCount(c.MustCall(c.Addr(0), datanet.Address, reg.PackContributionCount())); n.Uint64() != 1 {
		t.Fatalf("contribution count %s after refused calls, want 1", n)
	}
}

func TestEstimateAndTrace(t *testing.T) {
	c := setup(t)
	ctx := context.Background()
	data := reg.PackContribute(big.NewInt(1), hash("traced"), 7, "ipfs://traced", `{"k":"v"}`)
	est, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: c.Addr(2), To: &datanet.Address, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	r := c.Send(c.Keys[2], datanet.Address, data, nil, est)
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("tx with the estimated gas failed")
	}
	if est < r.GasUsed {
		t.Fatalf("estimate %d < used %d", est, r.GasUsed)
	}
	// With one gas less than that, the same call (same calldata shape, another
	// Datanet) runs out of gas and changes nothing; with exactly that much it succeeds.
	c.MustSend(c.Keys[0], datanet.Address, reg.PackCreateDatanet("second", "", nil, ""), nil)
	same := reg.PackContribute(big.NewInt(2), hash("traced"), 7, "ipfs://traced", `{"k":"v"}`)
	if tx, err := c.SignTx(c.Keys[2], &datanet.Address, same, nil, r.GasUsed-1); err != nil {
		t.Fatal(err)
	} else if r2 := c.SendTx(tx); r2.Status != types.ReceiptStatusFailed || r2.GasUsed != r.GasUsed-1 {
		t.Fatalf("tx with gas below the requirement: status %d, used %d", r2.Status, r2.GasUsed)
	}
	if r3 := c.Send(c.Keys[2], datanet.Address, same, nil, r.GasUsed); r3.Status != types.ReceiptStatusSuccessful {
		t.Fatal("tx with exactly the required gas failed")
	}

	// debug_traceTransaction with the call tracer sees the precompile call, its caller and its log.
	var trace struct {
		From, To, Type, Output, Error string
		Logs                          []struct{ Address string }
	}
	err = c.Node.Stack.Attach().CallContext(ctx, &trace, "debug_traceTransaction", r.TxHash,
		map[string]any{"tracer": "callTracer", "tracerConfig": map[string]any{"withLog": true}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.EqualFold(trace.To, datanet.Address.Hex()) || !strings.EqualFold(trace.From, c.Addr(2).Hex()) || trace.Error != "" {
		t.Fatalf("trace %+v", trace)
	}
	if len(trace.Logs) != 1 || !strings.EqualFold(trace.Logs[0].Address, datanet.Address.Hex()) {
		t.Fatalf("trace logs %+v", trace.Logs)
	}
	id, err := reg.UnpackContribute(hexutil.MustDecode(trace.Output))
	if err != nil || id.Uint64() != 1 {
		t.Fatalf("traced output %s: %v", trace.Output, err)
	}
	// eth_getStorageAt sees the precompile's writes: the contribution counter (slot 1) is 2.
	v, err := c.Client.StorageAt(ctx, datanet.Address, common.BigToHash(big.NewInt(1)), nil)
	if err != nil || new(big.Int).SetBytes(v).Uint64() != 2 {
		t.Fatalf("storage slot 1 = %x, %v", v, err)
	}
}
