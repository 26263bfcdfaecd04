package deploy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/issuer"
)

// Backend is an L1 the contracts are deployed to.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Config says what to deploy.
type Config struct {
	// Owner deploys and administers the registry and the router.
	Owner *ecdsa.PrivateKey
	// ChainID is the L1 chain id.
	ChainID *big.Int
	// Operators are registered in the registry with their stakes.
	Operators *issuer.OperatorSet
	// Thresholds, RequiredQuorums and OffchainDerivationVersion configure the
	// cert verifier.
	Thresholds                certs.SecurityThresholds
	RequiredQuorums           []byte
	OffchainDerivationVersion uint16
	// RelayURLs are registered as relay keys 0, 1, ….
	RelayURLs []string
	// Commit, when set, mines a block after each transaction (a simulated
	// backend's Commit); a real chain mines on its own.
	Commit func()
}

// Deployment is where the contracts are.
type Deployment struct {
	Registry     common.Address
	CertVerifier common.Address
	Router       common.Address
}

// Deployer sends the deployment's transactions.
type deployer struct {
	ctx     context.Context
	backend Backend
	opts    *bind.TransactOpts
	commit  func()
}

func (d *deployer) wait(tx *types.Transaction) (*types.Receipt, error) {
	if d.commit != nil {
		d.commit()
	}
	ctx, cancel := context.WithTimeout(d.ctx, 2*time.Minute)
	defer cancel()
	r, err := bind.WaitMined(ctx, d.backend, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("tx %s reverted (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
	}
	return r, nil
}

// withGas returns the transactor with a gas limit well above the estimate:
// the registry's history updates cost more when they start a new block's
// entry than when they amend the current one, and a node may estimate against
// the latest block rather than the one the transaction lands in.
func (d *deployer) withGas(to *common.Address, data []byte) (*bind.TransactOpts, error) {
	est, err := d.backend.EstimateGas(d.ctx, ethereum.CallMsg{From: d.opts.From, To: to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	opts := *d.opts
	opts.GasLimit = 2*est + 200_000
	return &opts, nil
}

func (d *deployer) deploy(name string, args []byte) (common.Address, error) {
	creation, _, err := artifacts.Code(name)
	if err != nil {
		return common.Address{}, err
	}
	opts, err := d.withGas(nil, append(append([]byte(nil), creation...), args...))
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	addr, tx, err := bind.DeployContract(opts, creation, d.backend, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	if _, err := d.wait(tx); err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	return addr, nil
}

func (d *deployer) send(to common.Address, data []byte) error {
	c := bind.NewBoundContract(to, artifacts.MustABI("EigenDARegistry"), d.backend, d.backend, d.backend)
	opts, err := d.withGas(&to, data)
	if err != nil {
		return err
	}
	tx, err := c.RawTransact(opts, data)
	if err != nil {
		return err
	}
	_, err = d.wait(tx)
	return err
}

// Deploy deploys the registry (with the operator set, its blob versions and
// the relays), the cert verifier and the router, in that order.
func Deploy(ctx context.Context, backend Backend, cfg Config) (*Deployment, error) {
	opts := bind.NewKeyedTransactor(cfg.Owner, cfg.ChainID)
	opts.Context = ctx
	d := &deployer{ctx: ctx, backend: backend, opts: opts, commit: cfg.Commit}
	reg := bindings.NewEigenDARegistry()
	set := cfg.Operators
	var out Deployment
	var err error
	if out.Registry, err = d.deploy("EigenDARegistry", reg.PackConstructor(opts.From, set.QuorumCount)); err != nil {
		return nil, err
	}
	for _, bp := range set.BlobParams {
		data := reg.PackAddVersionedBlobParams(bindings.EigenDATypesVersionedBlobParams{
			MaxNumOperators: bp.MaxNumOperators, NumChunks: bp.NumChunks, CodingRate: bp.CodingRate,
		})
		if err := d.send(out.Registry, data); err != nil {
			return nil, fmt.Errorf("add blob params: %w", err)
		}
	}
	for i := range set.Operators {
		if err := RegisterOperator(d, out.Registry, &set.Operators[i], set.QuorumCount); err != nil {
			return nil, fmt.Errorf("register operator %d: %w", i, err)
		}
	}
	for _, url := range cfg.RelayURLs {
		if err := d.send(out.Registry, reg.PackAddRelayInfo(url)); err != nil {
			return nil, fmt.Errorf("add relay %s: %w", url, err)
		}
	}
	verifier := bindings.NewEigenDACertVerifier()
	out.CertVerifier, err = d.deploy("EigenDACertVerifier", verifier.PackConstructor(out.Registry, out.Registry,
		bindings.EigenDATypesSecurityThresholds{
			ConfirmationThreshold: cfg.Thresholds.ConfirmationThreshold, AdversaryThreshold: cfg.Thresholds.AdversaryThreshold,
		}, cfg.RequiredQuorums, cfg.OffchainDerivationVersion))
	if err != nil {
		return nil, err
	}
	router := bindings.NewEigenDACertVerifierRouter()
	out.Router, err = d.deploy("EigenDACertVerifierRouter",
		router.PackConstructor(opts.From, []uint32{0}, []common.Address{out.CertVerifier}))
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// RegisterOperator registers an operator in the quorums it has stake in.
func RegisterOperator(d *deployer, registry common.Address, op *issuer.Operator, quorums uint8) error {
	var qs []byte
	var stakes []*big.Int
	for q := range quorums {
		if op.InQuorum(q) {
			qs = append(qs, q)
			stakes = append(stakes, op.Stakes[q])
		}
	}
	pk := op.Key.G1
	data := bindings.NewEigenDARegistry().PackRegisterOperator(bindings.BN254G1Point{
		X: pk.X.BigInt(new(big.Int)), Y: pk.Y.BigInt(new(big.Int)),
	}, qs, stakes)
	return d.send(registry, data)
}

// Admin sends registry administration transactions after a deployment.
type Admin struct {
	d        *deployer
	registry common.Address
}

// NewAdmin returns an administrator of a deployed registry.
func NewAdmin(ctx context.Context, backend Backend, cfg Config, dep *Deployment) *Admin {
	opts := bind.NewKeyedTransactor(cfg.Owner, cfg.ChainID)
	opts.Context = ctx
	return &Admin{d: &deployer{ctx: ctx, backend: backend, opts: opts, commit: cfg.Commit}, registry: dep.Registry}
}

// Register registers an operator.
func (a *Admin) Register(op *issuer.Operator, quorums uint8) error {
	return RegisterOperator(a.d, a.registry, op, quorums)
}

// Deregister removes an operator from all its quorums.
func (a *Admin) Deregister(id [32]byte) error {
	return a.d.send(a.registry, bindings.NewEigenDARegistry().PackDeregisterOperator(id))
}

// SetStake sets an operator's stake in a quorum.
func (a *Admin) SetStake(id [32]byte, quorum uint8, stake *big.Int) error {
	return a.d.send(a.registry, bindings.NewEigenDARegistry().PackSetOperatorStake(id, quorum, stake))
}
