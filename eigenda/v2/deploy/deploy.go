package deploy

import (
	"context"
	"crypto/ecdsa"
	"errors"
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

// deployer sends the deployment's transactions.
type deployer struct {
	ctx     context.Context
	backend Backend
	opts    *bind.TransactOpts
	commit  func()
	nonce   uint64
	sent    []*types.Transaction
}

// Gas limits of the deployment's transactions: sent back to back, later ones
// cannot be estimated before the earlier ones are mined, so each gets a fixed
// limit well above what it uses (the registry's history updates cost more
// when they open a new block's entry).
const (
	gasDeployRegistry = 6_000_000
	gasDeployVerifier = 6_000_000
	gasDeployRouter   = 2_000_000
	gasAdmin          = 1_500_000
)

func (d *deployer) next(gas uint64) *bind.TransactOpts {
	opts := *d.opts
	opts.Nonce = new(big.Int).SetUint64(d.nonce)
	opts.GasLimit = gas
	d.nonce++
	return &opts
}

// deploy sends a contract creation and returns the address it will have.
func (d *deployer) deploy(name string, args []byte, gas uint64) (common.Address, error) {
	creation, _, err := artifacts.Code(name)
	if err != nil {
		return common.Address{}, err
	}
	addr, tx, err := bind.DeployContract(d.next(gas), creation, d.backend, args)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	d.sent = append(d.sent, tx)
	return addr, nil
}

func (d *deployer) send(to common.Address, data []byte) error {
	c := bind.NewBoundContract(to, artifacts.MustABI("EigenDARegistry"), d.backend, d.backend, d.backend)
	tx, err := c.RawTransact(d.next(gasAdmin), data)
	if err != nil {
		return err
	}
	d.sent = append(d.sent, tx)
	return nil
}

// wait mines (a simulated backend) and waits for every sent transaction.
// A simulated backend mines again while a transaction is missing: its miner
// stops filling a block after its recommit interval (2 s), so on a loaded
// machine one block may not hold every deployment.
func (d *deployer) wait() error {
	if d.commit != nil {
		d.commit()
	}
	ctx, cancel := context.WithTimeout(d.ctx, 2*time.Minute)
	defer cancel()
	for _, tx := range d.sent {
		r, err := d.mined(ctx, tx)
		if err != nil {
			return fmt.Errorf("wait for tx %s: %w", tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("tx %s reverted (gas used %d of %d)", tx.Hash(), r.GasUsed, tx.Gas())
		}
	}
	d.sent = nil
	return nil
}

// mined returns tx's receipt: on a real chain it waits for the block, on a
// simulated one it mines blocks until one holds tx.
func (d *deployer) mined(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if d.commit == nil {
		return bind.WaitMined(ctx, d.backend, tx.Hash())
	}
	for {
		r, err := d.backend.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		d.commit()
	}
}

func newDeployer(ctx context.Context, backend Backend, cfg Config) (*deployer, error) {
	opts := bind.NewKeyedTransactor(cfg.Owner, cfg.ChainID)
	opts.Context = ctx
	nonce, err := backend.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s: %w", opts.From, err)
	}
	return &deployer{ctx: ctx, backend: backend, opts: opts, commit: cfg.Commit, nonce: nonce}, nil
}

// Deploy deploys the registry (with the operator set, its blob versions and
// the relays), the cert verifier and the router. The transactions go out back
// to back (their addresses follow from the owner's nonces) and Deploy returns
// once all are mined.
func Deploy(ctx context.Context, backend Backend, cfg Config) (*Deployment, error) {
	d, err := newDeployer(ctx, backend, cfg)
	if err != nil {
		return nil, err
	}
	reg := bindings.NewEigenDARegistry()
	set := cfg.Operators
	var out Deployment
	if out.Registry, err = d.deploy("EigenDARegistry", reg.PackConstructor(d.opts.From, set.QuorumCount), gasDeployRegistry); err != nil {
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
		if err := registerOperator(d, out.Registry, &set.Operators[i], set.QuorumCount); err != nil {
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
		}, cfg.RequiredQuorums, cfg.OffchainDerivationVersion), gasDeployVerifier)
	if err != nil {
		return nil, err
	}
	router := bindings.NewEigenDACertVerifierRouter()
	out.Router, err = d.deploy("EigenDACertVerifierRouter",
		router.PackConstructor(d.opts.From, []uint32{0}, []common.Address{out.CertVerifier}), gasDeployRouter)
	if err != nil {
		return nil, err
	}
	if err := d.wait(); err != nil {
		return nil, err
	}
	return &out, nil
}

// registerOperator sends the registration of an operator in the quorums it
// has stake in.
func registerOperator(d *deployer, registry common.Address, op *issuer.Operator, quorums uint8) error {
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
	ctx      context.Context
	backend  Backend
	cfg      Config
	registry common.Address
}

// NewAdmin returns an administrator of a deployed registry.
func NewAdmin(ctx context.Context, backend Backend, cfg Config, dep *Deployment) *Admin {
	return &Admin{ctx: ctx, backend: backend, cfg: cfg, registry: dep.Registry}
}

func (a *Admin) do(f func(d *deployer) error) error {
	d, err := newDeployer(a.ctx, a.backend, a.cfg)
	if err != nil {
		return err
	}
	if err := f(d); err != nil {
		return err
	}
	return d.wait()
}

// Register registers an operator.
func (a *Admin) Register(op *issuer.Operator, quorums uint8) error {
	return a.do(func(d *deployer) error { return registerOperator(d, a.registry, op, quorums) })
}

// Deregister removes an operator from all its quorums.
func (a *Admin) Deregister(id [32]byte) error {
	return a.do(func(d *deployer) error {
		return d.send(a.registry, bindings.NewEigenDARegistry().PackDeregisterOperator(id))
	})
}

// SetStake sets an operator's stake in a quorum.
func (a *Admin) SetStake(id [32]byte, quorum uint8, stake *big.Int) error {
	return a.do(func(d *deployer) error {
		return d.send(a.registry, bindings.NewEigenDARegistry().PackSetOperatorStake(id, quorum, stake))
	})
}
