package withdrawals

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/contracts/bindings"
)

// ErrNotProposed is returned when no output on L1 covers a withdrawal's L2
// block yet.
var ErrNotProposed = errors.New("no output root proposed on L1 covers the withdrawal's L2 block yet")

var (
	portalABI   = bindings.NewOptimismPortal()
	oracleABI   = bindings.NewOutputOracle()
	proposalABI = bindings.NewOutputProposal()
	tokenABI    = bindings.NewOpenToken()
)

// Portal reads L1's OptimismPortal and its OutputOracle.
type Portal struct {
	l1 *ethclient.Client
	// Address is the portal's.
	Address common.Address
	// Oracle is the OutputOracle the portal proves against.
	Oracle common.Address
	// Token is L1 OPEN.
	Token common.Address
	// FinalizationPeriod is the portal's proof maturity delay in seconds.
	FinalizationPeriod uint64
}

// NewPortal reads the portal's configuration from L1.
func NewPortal(ctx context.Context, l1 *ethclient.Client, portal common.Address) (*Portal, error) {
	p := &Portal{l1: l1, Address: portal}
	var err error
	if p.Oracle, err = call(ctx, l1, portal, portalABI.PackDisputeGameFactory(), portalABI.UnpackDisputeGameFactory); err != nil {
		return nil, fmt.Errorf("portal %s has no output oracle (a chain without withdrawals?): %w", portal, err)
	}
	if p.Token, err = call(ctx, l1, portal, portalABI.PackOpenToken(), portalABI.UnpackOpenToken); err != nil {
		return nil, fmt.Errorf("portal %s: L1 OPEN token: %w", portal, err)
	}
	period, err := call(ctx, l1, portal, portalABI.PackProofMaturityDelaySeconds(), portalABI.UnpackProofMaturityDelaySeconds)
	if err != nil {
		return nil, fmt.Errorf("portal %s: finalization period: %w", portal, err)
	}
	p.FinalizationPeriod = period.Uint64()
	return p, nil
}

// Output is one proposed output root on L1.
type Output struct {
	// Index is its position in the OutputOracle (the portal's game index).
	Index uint64 `json:"index"`
	// Proposal is its OutputProposal contract.
	Proposal common.Address `json:"proposal"`
	// L2Block is the L2 block it commits to.
	L2Block uint64 `json:"l2Block"`
	// Root is the output root.
	Root common.Hash `json:"root"`
	// CreatedAt is the L1 time it was proposed.
	CreatedAt uint64 `json:"createdAt"`
}

// OutputCount returns the number of proposed outputs.
func (p *Portal) OutputCount(ctx context.Context) (uint64, error) {
	n, err := call(ctx, p.l1, p.Oracle, oracleABI.PackGameCount(), oracleABI.UnpackGameCount)
	if err != nil {
		return 0, fmt.Errorf("output count: %w", err)
	}
	return n.Uint64(), nil
}

// OutputFor returns the first output at or after L2 block l2Block; ErrNotProposed
// when there is none yet.
func (p *Portal) OutputFor(ctx context.Context, l2Block uint64) (*Output, error) {
	latest, err := call(ctx, p.l1, p.Oracle, oracleABI.PackLatestL2BlockNumber(), oracleABI.UnpackLatestL2BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("latest output: %w", err)
	}
	n, err := p.OutputCount(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 || latest.Uint64() < l2Block {
		return nil, fmt.Errorf("%w (block %d, latest output at block %d)", ErrNotProposed, l2Block, latest)
	}
	idx, err := call(ctx, p.l1, p.Oracle, oracleABI.PackFindGameIndex(new(big.Int).SetUint64(l2Block)), oracleABI.UnpackFindGameIndex)
	if err != nil {
		return nil, fmt.Errorf("find output for L2 block %d: %w", l2Block, err)
	}
	return p.OutputAt(ctx, idx.Uint64())
}

// OutputAt returns the output at index.
func (p *Portal) OutputAt(ctx context.Context, index uint64) (*Output, error) {
	g, err := call(ctx, p.l1, p.Oracle, oracleABI.PackGameAtIndex(new(big.Int).SetUint64(index)), oracleABI.UnpackGameAtIndex)
	if err != nil {
		return nil, fmt.Errorf("output %d: %w", index, err)
	}
	o := &Output{Index: index, Proposal: g.Proxy, CreatedAt: g.Timestamp}
	block, err := call(ctx, p.l1, g.Proxy, proposalABI.PackL2BlockNumber(), proposalABI.UnpackL2BlockNumber)
	if err != nil {
		return nil, fmt.Errorf("output %d: L2 block: %w", index, err)
	}
	o.L2Block = block.Uint64()
	root, err := call(ctx, p.l1, g.Proxy, proposalABI.PackRootClaim(), proposalABI.UnpackRootClaim)
	if err != nil {
		return nil, fmt.Errorf("output %d: root: %w", index, err)
	}
	o.Root = root
	return o, nil
}

// ProveCalldata is proveWithdrawalTransaction's calldata.
func ProveCalldata(w *Withdrawal, out *Output, proof *Proof) []byte {
	nodes := make([][]byte, len(proof.StorageProof))
	for i, n := range proof.StorageProof {
		nodes[i] = n
	}
	return portalABI.PackProveWithdrawalTransaction(w.Binding(), new(big.Int).SetUint64(out.Index), proof.Output.Binding(), nodes)
}

// FinalizeCalldata is finalizeWithdrawalTransaction's calldata.
func FinalizeCalldata(w *Withdrawal) []byte {
	return portalABI.PackFinalizeWithdrawalTransaction(w.Binding())
}

// Status is where a withdrawal stands on L1.
type Status struct {
	// Finalized reports whether the portal has finalized it.
	Finalized bool `json:"finalized"`
	// ProvenAt is the L1 time of the submitter's proof (0: not proven by it).
	ProvenAt uint64 `json:"provenAt"`
	// Proposal is the output the proof used.
	Proposal common.Address `json:"proposal,omitempty"`
	// FinalizableAt is the first L1 time at which finalize can pass (0 when
	// not proven): the later of proof and output creation, plus the
	// finalization period, plus one second (the portal wants strictly more).
	FinalizableAt uint64 `json:"finalizableAt"`
}

// StatusOf returns the withdrawal's status with submitter's proof.
func (p *Portal) StatusOf(ctx context.Context, hash common.Hash, submitter common.Address) (*Status, error) {
	s := &Status{}
	var err error
	if s.Finalized, err = call(ctx, p.l1, p.Address, portalABI.PackFinalizedWithdrawals(hash), portalABI.UnpackFinalizedWithdrawals); err != nil {
		return nil, fmt.Errorf("finalized: %w", err)
	}
	proven, err := call(ctx, p.l1, p.Address, portalABI.PackProvenWithdrawals(hash, submitter), portalABI.UnpackProvenWithdrawals)
	if err != nil {
		return nil, fmt.Errorf("proven: %w", err)
	}
	if proven.Timestamp == 0 {
		return s, nil
	}
	s.ProvenAt, s.Proposal = proven.Timestamp, proven.DisputeGameProxy
	created, err := call(ctx, p.l1, proven.DisputeGameProxy, proposalABI.PackCreatedAt(), proposalABI.UnpackCreatedAt)
	if err != nil {
		return nil, fmt.Errorf("output creation time: %w", err)
	}
	s.FinalizableAt = max(s.ProvenAt, created) + p.FinalizationPeriod + 1
	return s, nil
}

// TokenBalance returns account's L1 OPEN balance.
func (p *Portal) TokenBalance(ctx context.Context, account common.Address) (*big.Int, error) {
	b, err := call(ctx, p.l1, p.Token, tokenABI.PackBalanceOf(account), tokenABI.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("L1 OPEN balance of %s: %w", account, err)
	}
	return b, nil
}

func call[T any](ctx context.Context, c *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	if len(out) == 0 {
		return zero, fmt.Errorf("no code answers at %s", to)
	}
	return unpack(out)
}
