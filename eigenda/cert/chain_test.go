package cert

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// TestHashBatchHeaderMatchesABI checks the hand-written encoding against
// go-ethereum's abi package encoding the Solidity BatchHeader struct.
func TestHashBatchHeaderMatchesABI(t *testing.T) {
	typ, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "blobHeadersRoot", Type: "bytes32"},
		{Name: "quorumNumbers", Type: "bytes"},
		{Name: "signedStakeForQuorums", Type: "bytes"},
		{Name: "referenceBlockNumber", Type: "uint32"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 2, 31, 32, 33, 70} {
		h := BatchHeader{
			BatchRoot:               crypto.Keccak256([]byte{byte(n)}),
			QuorumNumbers:           bytes.Repeat([]byte{3}, n),
			QuorumSignedPercentages: bytes.Repeat([]byte{90}, n/2+1),
			ReferenceBlockNumber:    uint32(1000 + n),
		}
		packed, err := abi.Arguments{{Type: typ}}.Pack(struct {
			BlobHeadersRoot       [32]byte
			QuorumNumbers         []byte
			SignedStakeForQuorums []byte
			ReferenceBlockNumber  uint32
		}{[32]byte(h.BatchRoot), h.QuorumNumbers, h.QuorumSignedPercentages, h.ReferenceBlockNumber})
		if err != nil {
			t.Fatal(err)
		}
		got, err := HashBatchHeader(&h)
		if err != nil {
			t.Fatal(err)
		}
		if got != crypto.Keccak256Hash(packed) {
			t.Fatalf("%d quorums: hash differs from abi.encode", n)
		}
	}
}

// fakeL1 is a JSON-RPC server answering eth_call to the service manager's
// batchIdToBatchMetadataHash and eth_blockNumber, for the real ethclient.
type fakeL1 struct {
	mu             sync.Mutex
	serviceManager common.Address
	hashes         map[uint32]common.Hash
	head           uint64
}

func (f *fakeL1) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var result any
	var rpcErr string
	switch req.Method {
	case "eth_blockNumber":
		result = hexutil.Uint64(f.head)
	case "eth_call":
		var call struct {
			To    common.Address `json:"to"`
			Data  hexutil.Bytes  `json:"data"`
			Input hexutil.Bytes  `json:"input"`
		}
		_ = json.Unmarshal(req.Params[0], &call)
		data := call.Input
		if len(data) == 0 {
			data = call.Data
		}
		switch {
		case call.To != f.serviceManager:
			result = hexutil.Bytes{} // no code there
		case len(data) != 36 || !bytes.Equal(data[:4], crypto.Keccak256([]byte("batchIdToBatchMetadataHash(uint32)"))[:4]):
			rpcErr = "execution reverted"
		default:
			h := f.hashes[binary.BigEndian.Uint32(data[32:36])]
			result = hexutil.Bytes(h[:])
		}
	default:
		rpcErr = "method not found: " + req.Method
	}
	resp := map[string]any{"jsonrpc": "2.0", "id": req.ID}
	if rpcErr != "" {
		resp["error"] = map[string]any{"code": -32000, "message": rpcErr}
	} else {
		resp["result"] = result
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(resp)
}

func TestVerifyOnChainThroughEthclient(t *testing.T) {
	info := issue(t, testBlob(t, "on chain"))[0]
	md := &info.BlobVerificationProof.BatchMetadata
	good, err := HashBatchMetadata(md)
	if err != nil {
		t.Fatal(err)
	}
	// The metadata hash is keccak256(abi.encodePacked(bytes32, bytes32, uint32)).
	bh, _ := HashBatchHeader(&md.BatchHeader)
	packed := append(append(bh.Bytes(), md.SignatoryRecordHash...), byte(md.ConfirmationBlockNumber>>24),
		byte(md.ConfirmationBlockNumber>>16), byte(md.ConfirmationBlockNumber>>8), byte(md.ConfirmationBlockNumber))
	if len(packed) != 68 || crypto.Keccak256Hash(packed) != good {
		t.Fatal("metadata hash is not keccak256 of the 68 packed bytes")
	}

	manager := common.HexToAddress("0x870679E138bCdf293b7Ff14dD44b70FC97e12fc0")
	l1 := &fakeL1{serviceManager: manager, hashes: map[uint32]common.Hash{}}
	srv := httptest.NewServer(l1)
	defer srv.Close()
	client, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	reader := NewEthChainReader(client, manager)
	batch := info.BlobVerificationProof.BatchID

	tests := []struct {
		name  string
		setup func()
		depth uint64
		want  error
	}{
		{"unknown-batch", func() {}, 0, ErrInvalid},
		{"other-hash", func() { l1.hashes[batch] = crypto.Keccak256Hash([]byte("other")) }, 0, ErrInvalid},
		{"confirmed", func() { l1.hashes[batch] = good; l1.head = uint64(md.ConfirmationBlockNumber) + 5 }, 0, nil},
		{"deep-enough", func() {}, 5, nil},
		{"not-deep-enough", func() {}, 6, ErrNotConfirmed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l1.mu.Lock()
			tc.setup()
			l1.mu.Unlock()
			err := VerifyOnChain(context.Background(), info, reader, tc.depth)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("wrong-contract", func(t *testing.T) {
		r := NewEthChainReader(client, common.Address{1})
		err := VerifyOnChain(context.Background(), info, r, 0)
		if err == nil || !strings.Contains(err.Error(), "returned 0 bytes") {
			t.Fatalf("got %v", err)
		}
	})
}
