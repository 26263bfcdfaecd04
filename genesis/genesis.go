package genesis

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/core/open"
	"github.com/openledger/openledger/precompiles"
	_ "github.com/openledger/openledger/precompiles/all" // the genesis stubs every linked precompile
	"github.com/openledger/openledger/precompiles/governance"
)

// Chain defaults.
const (
	// DevChainID is the chain id of the OpenLedger devnet.
	DevChainID uint64 = 1_612
	// DefaultGasLimit is the L2 block gas limit: 60M, above the 21M an OP
	// Stack system config requires (deposits + system tx).
	DefaultGasLimit uint64 = 60_000_000
	// EIP-1559 parameters (OP Stack defaults after Canyon).
	EIP1559Elasticity  uint64 = 6
	EIP1559Denominator uint64 = 250
)

// PrecompileCode is the code every precompile account holds: INVALID (0xFE).
var PrecompileCode = []byte{0xFE}

var (
	// ErrBadAllocation is returned when the allocation accounts are missing or repeated.
	ErrBadAllocation = errors.New("bad genesis allocation")
	// ErrDevFunding is returned when dev accounts need more than the Ecosystem share.
	ErrDevFunding = errors.New("dev accounts exceed the ecosystem allocation")
	// ErrAllocCollision is returned when extra genesis accounts collide with built-in ones.
	ErrAllocCollision = errors.New("extra genesis account collides with a built-in one")
)

// DevAccount is a devnet account funded at genesis.
type DevAccount struct {
	Address common.Address `json:"address"`
	Balance *big.Int       `json:"balance"`
}

// Config describes an L2 genesis.
type Config struct {
	// ChainID is the L2 chain id.
	ChainID uint64 `json:"chainId"`
	// Timestamp is the genesis block time.
	Timestamp uint64 `json:"timestamp"`
	// GasLimit is the block gas limit.
	GasLimit uint64 `json:"gasLimit"`
	// Allocations maps each share name of open.Shares to its account.
	Allocations map[string]common.Address `json:"allocations"`
	// DevAccounts are funded out of the "ecosystem" share.
	DevAccounts []DevAccount `json:"devAccounts,omitempty"`
	// Treasury is the OPEN (wei) governance spends by proposal: it moves from
	// the "ecosystem" share to the governance precompile's balance, so the
	// supply is unchanged. Nil means none.
	Treasury *big.Int `json:"treasury,omitempty"`
	// PrecompileStorage is the initial storage of precompile accounts (their
	// genesis parameters: settlers, slashers, fee split …), keyed by address.
	PrecompileStorage map[common.Address]map[common.Hash]common.Hash `json:"-"`
	// ExtraAlloc adds accounts (the rollup's predeploys); it must not fund
	// accounts with value nor touch built-in accounts.
	ExtraAlloc types.GenesisAlloc `json:"-"`
}

// DefaultAllocations are the allocation accounts of the devnet: addresses
// derived from the share names, whose keys nobody holds. A production genesis
// names its own.
func DefaultAllocations() map[string]common.Address {
	out := make(map[string]common.Address, len(open.Shares))
	for _, s := range open.Shares {
		out[s.Name] = common.BytesToAddress(crypto.Keccak256([]byte("openledger.allocation." + s.Name))[12:])
	}
	return out
}

// DevKey returns devnet key i: keccak256("openledger devnet key <i>"). These
// keys are public; never use them outside a devnet.
func DevKey(i int) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("openledger devnet key " + strconv.Itoa(i))))
	if err != nil {
		panic(err) // a keccak output is a valid key with overwhelming probability; checked by tests
	}
	return key
}

// DevConfig returns the devnet genesis config with n dev accounts of 1,000,000
// OPEN each, a governance treasury of governance.DefaultTreasuryOPEN, and
// their keys. Dev account 0 slashes agents and dev account 1
// (0 when n is 1) settles inference receipts (see devPrecompileStorage).
func DevConfig(n int) (Config, []*ecdsa.PrivateKey) {
	cfg := Config{
		ChainID:     DevChainID,
		GasLimit:    DefaultGasLimit,
		Allocations: DefaultAllocations(),
		Treasury:    open.Wei(governance.DefaultTreasuryOPEN),
	}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = DevKey(i)
		cfg.DevAccounts = append(cfg.DevAccounts, DevAccount{
			Address: crypto.PubkeyToAddress(keys[i].PublicKey),
			Balance: open.Wei(1_000_000),
		})
	}
	if n > 0 {
		operator := cfg.DevAccounts[min(1, n-1)].Address
		storage, err := devPrecompileStorage(cfg.DevAccounts[0].Address, operator)
		if err != nil {
			panic(err) // the defaults are constants; checked by tests
		}
		cfg.PrecompileStorage = storage
	}
	return cfg, keys
}

// Verify checks the config: every share has a distinct, non-zero account, and
// the dev accounts fit in the ecosystem share.
func (c *Config) Verify() error {
	if c.ChainID == 0 {
		return fmt.Errorf("%w: chain id is zero", ErrBadAllocation)
	}
	seen := make(map[common.Address]string)
	for _, s := range open.Shares {
		a, ok := c.Allocations[s.Name]
		if !ok || a == (common.Address{}) {
			return fmt.Errorf("%w: no account for the %s share", ErrBadAllocation, s.Name)
		}
		if other, dup := seen[a]; dup {
			return fmt.Errorf("%w: %s and %s share account %s", ErrBadAllocation, other, s.Name, a)
		}
		seen[a] = s.Name
	}
	if len(c.Allocations) != len(open.Shares) {
		return fmt.Errorf("%w: %d allocation accounts for %d shares", ErrBadAllocation, len(c.Allocations), len(open.Shares))
	}
	dev := new(big.Int)
	for _, d := range c.DevAccounts {
		if d.Balance == nil || d.Balance.Sign() < 0 {
			return fmt.Errorf("%w: dev account %s has no balance", ErrBadAllocation, d.Address)
		}
		if _, dup := seen[d.Address]; dup {
			return fmt.Errorf("%w: dev account %s repeats an allocation account", ErrBadAllocation, d.Address)
		}
		seen[d.Address] = "dev"
		dev.Add(dev, d.Balance)
	}
	if c.Treasury != nil {
		if c.Treasury.Sign() < 0 {
			return fmt.Errorf("%w: negative treasury", ErrBadAllocation)
		}
		dev.Add(dev, c.Treasury)
	}
	if dev.Cmp(ecosystemShare()) > 0 {
		return fmt.Errorf("%w: dev accounts and treasury %s wei > %s wei", ErrDevFunding, dev, ecosystemShare())
	}
	return nil
}

func ecosystemShare() *big.Int {
	for _, s := range open.Shares {
		if s.Name == "ecosystem" {
			return open.ShareOf(s.Bps)
		}
	}
	panic("open.Shares has no ecosystem share")
}

// ChainConfig returns the OP Stack chain config: every Ethereum fork through
// Prague and every OP fork through Jovian active at genesis, later ones unset.
func ChainConfig(chainID uint64) *params.ChainConfig {
	zero := uint64(0)
	denomCanyon := EIP1559Denominator
	return &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(chainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		MergeNetsplitBlock:      big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		BedrockBlock:            big.NewInt(0),
		RegolithTime:            &zero,
		CanyonTime:              &zero,
		EcotoneTime:             &zero,
		FjordTime:               &zero,
		GraniteTime:             &zero,
		HoloceneTime:            &zero,
		IsthmusTime:             &zero,
		JovianTime:              &zero,
		Optimism: &params.OptimismConfig{
			EIP1559Elasticity:        EIP1559Elasticity,
			EIP1559Denominator:       50,
			EIP1559DenominatorCanyon: &denomCanyon,
		},
	}
}

// Build returns the genesis the config describes.
func Build(c Config) (*core.Genesis, error) {
	if err := c.Verify(); err != nil {
		return nil, err
	}
	gasLimit := c.GasLimit
	if gasLimit == 0 {
		gasLimit = DefaultGasLimit
	}
	alloc := make(types.GenesisAlloc)
	for _, s := range open.Shares {
		balance := open.ShareOf(s.Bps)
		alloc[c.Allocations[s.Name]] = types.Account{Balance: balance}
	}
	eco := c.Allocations["ecosystem"]
	ecoBalance := new(big.Int).Set(alloc[eco].Balance)
	for _, d := range c.DevAccounts {
		ecoBalance.Sub(ecoBalance, d.Balance)
		alloc[d.Address] = types.Account{Balance: new(big.Int).Set(d.Balance)}
	}
	treasury := new(big.Int)
	if c.Treasury != nil {
		treasury.Set(c.Treasury)
		ecoBalance.Sub(ecoBalance, treasury)
	}
	alloc[eco] = types.Account{Balance: ecoBalance}
	for _, addr := range precompiles.Registered() {
		balance := new(big.Int)
		if addr == addresses.Governance {
			balance = treasury
		}
		alloc[addr] = types.Account{Nonce: 1, Code: PrecompileCode, Balance: balance, Storage: c.PrecompileStorage[addr]}
	}
	for addr := range c.PrecompileStorage {
		if _, ok := alloc[addr]; !ok {
			return nil, fmt.Errorf("%w: storage for %s, which is no registered precompile", ErrAllocCollision, addr)
		}
	}
	// EIP-2935 block-hash history, required from Isthmus (Prague) on.
	alloc[params.HistoryStorageAddress] = types.Account{Nonce: 1, Code: params.HistoryStorageCode, Balance: new(big.Int)}
	for addr, acc := range c.ExtraAlloc {
		if acc.Balance != nil && acc.Balance.Sign() != 0 {
			return nil, fmt.Errorf("%w: %s would add %s wei to the fixed supply", ErrAllocCollision, addr, acc.Balance)
		}
		if _, taken := alloc[addr]; taken {
			return nil, fmt.Errorf("%w: %s", ErrAllocCollision, addr)
		}
		acc.Balance = new(big.Int)
		alloc[addr] = acc
	}
	zero := uint64(0)
	return &core.Genesis{
		Config:        ChainConfig(c.ChainID),
		Timestamp:     c.Timestamp,
		GasLimit:      gasLimit,
		Difficulty:    new(big.Int),
		BaseFee:       big.NewInt(params.InitialBaseFee),
		ExtraData:     eip1559.EncodeJovianExtraData(EIP1559Denominator, EIP1559Elasticity, 0),
		Coinbase:      SequencerFeeVault,
		BlobGasUsed:   &zero,
		ExcessBlobGas: &zero,
		Alloc:         alloc,
	}, nil
}

// TotalBalance sums every balance in a genesis allocation.
func TotalBalance(alloc types.GenesisAlloc) *big.Int {
	sum := new(big.Int)
	for _, acc := range alloc {
		if acc.Balance != nil {
			sum.Add(sum, acc.Balance)
		}
	}
	return sum
}

// SequencerFeeVault receives priority fees: it is the coinbase of every L2
// block the OP Stack builds.
var SequencerFeeVault = common.HexToAddress("0x4200000000000000000000000000000000000011")
