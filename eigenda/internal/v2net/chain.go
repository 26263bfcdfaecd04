package v2net

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/deploy"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

// Chain is an L1 with EigenDA's certificate contracts deployed.
type Chain struct {
	Backend    *simulated.Backend
	Client     simulated.Client
	Owner      *ecdsa.PrivateKey
	ChainID    *big.Int
	Set        *issuer.OperatorSet
	Deployment *deploy.Deployment
	Config     deploy.Config

	mu sync.Mutex // serialises Commit
}

// ChainOptions configure NewChain.
type ChainOptions struct {
	Operators                 *issuer.OperatorSet // default: 4 devnet operators in quorums 0 and 1
	RequiredQuorums           []byte              // default: 0, 1
	Thresholds                certs.SecurityThresholds
	OffchainDerivationVersion uint16
	RelayURLs                 []string
	// Funded accounts get 1000 ETH in the genesis.
	Funded []common.Address
}

// NewChain starts a simulated L1 and deploys the contracts; it is closed when
// the test ends.
func NewChain(t testing.TB, o ChainOptions) *Chain {
	t.Helper()
	owner, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	if o.Operators == nil {
		if o.Operators, err = issuer.DevnetOperatorSet(4, 2); err != nil {
			t.Fatal(err)
		}
	}
	if o.RequiredQuorums == nil {
		o.RequiredQuorums = []byte{0, 1}
	}
	if o.Thresholds == (certs.SecurityThresholds{}) {
		o.Thresholds = issuer.DefaultThresholds
	}
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(owner.PublicKey): {Balance: eth}}
	for _, a := range o.Funded {
		alloc[a] = types.Account{Balance: eth}
	}
	backend := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = backend.Close() })
	c := &Chain{Backend: backend, Client: backend.Client(), Owner: owner, ChainID: big.NewInt(1337), Set: o.Operators}
	c.Config = deploy.Config{
		Owner: owner, ChainID: c.ChainID, Operators: o.Operators, Thresholds: o.Thresholds,
		RequiredQuorums: o.RequiredQuorums, OffchainDerivationVersion: o.OffchainDerivationVersion,
		RelayURLs: o.RelayURLs, Commit: c.Commit,
	}
	dep, err := deploy.Deploy(context.Background(), c.Client, c.Config)
	if err != nil {
		t.Fatal(err)
	}
	c.Deployment = dep
	c.Commit()
	return c
}

// Commit mines a block.
func (c *Chain) Commit() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.Backend.Commit()
}

// Head returns the current block number.
func (c *Chain) Head(t testing.TB) uint64 {
	t.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// Verifier returns a CertVerifier through the router.
func (c *Chain) Verifier() *verifier.CertVerifier {
	return verifier.New(c.Client, c.Deployment.Router)
}

// Admin returns the registry's administrator.
func (c *Chain) Admin() *deploy.Admin {
	return deploy.NewAdmin(context.Background(), c.Client, c.Config, c.Deployment)
}

// Certify signs a batch of blob certificates at reference block rbn with the
// operators for which signs(index) is true (all when nil) and returns a
// certificate of the given version (3 or 4) per blob, with index hints from
// the registry.
func (c *Chain) Certify(t testing.TB, blobCerts []certs.BlobCertificate, rbn uint32, quorums []byte,
	signs func(int) bool, version uint8) []*certs.Cert {
	t.Helper()
	header, inclusions, err := issuer.BuildBatch(blobCerts, rbn)
	if err != nil {
		t.Fatal(err)
	}
	att, err := c.Set.Sign(header, quorums, signs)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([][32]byte, len(att.NonSignerPubkeys))
	for i, pk := range att.NonSignerPubkeys {
		ids[i] = blsID(pk)
	}
	idx, err := verifier.Indices(context.Background(), c.Client, c.Deployment.Registry, c.Deployment.Registry, rbn, quorums, ids)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]*certs.Cert, len(inclusions))
	for i := range inclusions {
		out[i], err = certs.NewCert(version, header, inclusions[i], att, idx, c.Config.OffchainDerivationVersion)
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}
