package settlement

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/precompiles"
)

// Defaults of the devnet genesis: of each fee, 20% is burned, 30% goes to the
// model owner, 10% to the operator that served and settled it, and the
// remaining 40% to the contributors by Proof-of-Attribution weight; a payer
// waits a day between requesting and making a withdrawal, so it cannot pull
// its escrow ahead of the settlement of vouchers it signed.
const (
	DefaultBurnBps     = 2_000
	DefaultOwnerBps    = 3_000
	DefaultOperatorBps = 1_000
	// DefaultWithdrawDelay is the withdrawal delay in seconds (one day).
	DefaultWithdrawDelay uint64 = 86_400
)

// ErrBadConfig is returned by Config.Verify for unusable parameters.
var ErrBadConfig = errors.New("bad settlement config")

// Config is the settlement precompile's genesis parameters.
type Config struct {
	// PlatformFee is added to every inference fee, in wei.
	PlatformFee *big.Int `json:"platformFee"`
	// BurnBps, OwnerBps and OperatorBps are the burned, model-owner and
	// operator shares; contributors get the rest of 10,000.
	BurnBps     uint64 `json:"burnBps"`
	OwnerBps    uint64 `json:"ownerBps"`
	OperatorBps uint64 `json:"operatorBps"`
	// WithdrawDelay is how many seconds a requested withdrawal waits.
	WithdrawDelay uint64 `json:"withdrawDelay"`
	// Settlers may call settle. Governance changes the set later.
	Settlers []common.Address `json:"settlers"`
}

// DefaultConfig returns the devnet parameters (no platform fee, 20 % burn,
// 30 % owner, 10 % operator, 40 % contributors, one-day withdrawal delay)
// with the given settlers.
func DefaultConfig(settlers ...common.Address) Config {
	return Config{PlatformFee: new(big.Int), BurnBps: DefaultBurnBps, OwnerBps: DefaultOwnerBps,
		OperatorBps: DefaultOperatorBps, WithdrawDelay: DefaultWithdrawDelay, Settlers: settlers}
}

// FeeParams returns the split parameters of c.
func (c Config) FeeParams() (settlement.FeeParams, error) {
	if c.PlatformFee == nil || c.PlatformFee.Sign() < 0 || c.PlatformFee.BitLen() > 256 {
		return settlement.FeeParams{}, fmt.Errorf("%w: platform fee must be non-negative and fit 256 bits", ErrBadConfig)
	}
	pf, _ := uint256.FromBig(c.PlatformFee)
	p := settlement.FeeParams{PlatformFee: pf, BurnBps: c.BurnBps, OwnerBps: c.OwnerBps, OperatorBps: c.OperatorBps}
	if err := p.Verify(); err != nil {
		return settlement.FeeParams{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	return p, nil
}

// Verify checks the fee parameters (shares at most 10,000 bps in total), a
// positive withdrawal delay, and distinct non-zero settlers.
func (c Config) Verify() error {
	if _, err := c.FeeParams(); err != nil {
		return err
	}
	if c.WithdrawDelay == 0 {
		return fmt.Errorf("%w: withdrawal delay is zero", ErrBadConfig)
	}
	if err := precompiles.CheckAccounts("settler", c.Settlers); err != nil {
		return fmt.Errorf("%w: %v", ErrBadConfig, err)
	}
	return nil
}

// Storage returns the precompile's genesis storage for genesis.Config's
// PrecompileStorage[Address].
func (c Config) Storage() (map[common.Hash]common.Hash, error) {
	if err := c.Verify(); err != nil {
		return nil, err
	}
	p, _ := c.FeeParams()
	st := precompiles.MemoryState{}
	SetFeeParams(st, p)
	SetWithdrawDelay(st, c.WithdrawDelay)
	for _, a := range c.Settlers {
		GrantSettler(st, a)
	}
	return st, nil
}

// The setters below write the parameters; genesis and governance use them.

// SetFeeParams sets the platform fee and the split; p must satisfy Verify.
func SetFeeParams(st precompiles.StateWriter, p settlement.FeeParams) {
	root(slotPlatformFee).SetUint256(st, p.PlatformFee)
	root(slotBurnBps).SetUint64(st, p.BurnBps)
	root(slotOwnerBps).SetUint64(st, p.OwnerBps)
	root(slotOperatorBps).SetUint64(st, p.OperatorBps)
}

// FeeParams reads the platform fee and the split.
func FeeParams(st precompiles.StateReader) settlement.FeeParams {
	return settlement.FeeParams{
		PlatformFee: root(slotPlatformFee).Uint256(st),
		BurnBps:     root(slotBurnBps).Uint64(st),
		OwnerBps:    root(slotOwnerBps).Uint64(st),
		OperatorBps: root(slotOperatorBps).Uint64(st),
	}
}

// SetWithdrawDelay sets the withdrawal delay in seconds.
func SetWithdrawDelay(st precompiles.StateWriter, seconds uint64) {
	root(slotWithdrawDelay).SetUint64(st, seconds)
}

// WithdrawDelay returns the withdrawal delay in seconds.
func WithdrawDelay(st precompiles.StateReader) uint64 { return root(slotWithdrawDelay).Uint64(st) }

// GrantSettler adds a to the settler set; it reports false if a was in it.
func GrantSettler(st precompiles.StateWriter, a common.Address) bool {
	return settlers().Grant(st, 0, a)
}

// RevokeSettler removes a from the settler set; it reports false if a was not in it.
func RevokeSettler(st precompiles.StateWriter, a common.Address) bool {
	return settlers().Revoke(st, 0, a)
}
