package cert

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// batchMetadataHashSelector is the selector of
// EigenDAServiceManager.batchIdToBatchMetadataHash(uint32).
var batchMetadataHashSelector = crypto.Keccak256([]byte("batchIdToBatchMetadataHash(uint32)"))[:4]

// EthCaller is the part of an L1 client (ethclient.Client) the chain reader uses.
type EthCaller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// EthChainReader reads the EigenDA service manager through an L1 JSON-RPC client.
type EthChainReader struct {
	client         EthCaller
	serviceManager common.Address
}

// NewEthChainReader returns a ChainReader calling serviceManager through client.
func NewEthChainReader(client EthCaller, serviceManager common.Address) *EthChainReader {
	return &EthChainReader{client: client, serviceManager: serviceManager}
}

// BatchMetadataHash implements ChainReader with an eth_call at the latest block.
func (r *EthChainReader) BatchMetadataHash(ctx context.Context, batchID uint32) (common.Hash, error) {
	data := append(append([]byte{}, batchMetadataHashSelector...), word(uint64(batchID))...)
	out, err := r.client.CallContract(ctx, ethereum.CallMsg{To: &r.serviceManager, Data: data}, nil)
	if err != nil {
		return common.Hash{}, err
	}
	if len(out) != 32 {
		return common.Hash{}, fmt.Errorf("batchIdToBatchMetadataHash returned %d bytes, want 32", len(out))
	}
	return common.BytesToHash(out), nil
}

// BlockNumber implements ChainReader.
func (r *EthChainReader) BlockNumber(ctx context.Context) (uint64, error) {
	return r.client.BlockNumber(ctx)
}

var _ ChainReader = (*EthChainReader)(nil)
