package chainspec

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/core/open"
)

// L1 contract names in contracts/artifacts.
const (
	DepositPortalContract  = "DepositPortal"
	SystemConfigContract   = "SystemConfig"
	OptimismPortalContract = "OptimismPortal"
	OutputOracleContract   = "OutputOracle"
	OpenTokenContract      = "OpenToken"
)

// l1GasLimit is the devnet L1's block gas limit.
const l1GasLimit = 60_000_000

// L1FundedBalance is what each L1 funded account holds at genesis: 1,000,000 ETH.
var L1FundedBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// L1ChainConfig returns the L1's chain config: every Ethereum fork through
// Prague at genesis, with the Cancun and Prague blob schedules op-node needs to
// price blobs.
func L1ChainConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	cfg.OsakaTime = nil
	cfg.BlobScheduleConfig = &params.BlobScheduleConfig{
		Cancun: params.DefaultCancunBlobConfig,
		Prague: params.DefaultPragueBlobConfig,
	}
	return &cfg
}

// L1Genesis returns the L1 genesis: the Ethereum system contracts, the funded
// accounts, and the DepositPortal and SystemConfig at their configured
// addresses, initialised by their constructors. With withdrawals, the portal is
// an OptimismPortal holding the whole L1 OPEN supply, next to the OpenToken and
// the OutputOracle.
func (c *DeployConfig) L1Genesis() (*core.Genesis, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	g := core.DeveloperGenesisBlock(l1GasLimit, nil)
	g.Config = L1ChainConfig(c.L1ChainID)
	g.Timestamp = c.L1GenesisTime
	g.ExtraData = []byte("openledger devnet L1")
	for _, a := range c.L1FundedAccounts {
		g.Alloc[a] = types.Account{Balance: new(big.Int).Set(L1FundedBalance)}
	}
	accounts := make(map[common.Address]types.Account)
	var portal types.Account
	var err error
	if c.Withdrawals() {
		portal, err = deploy(g.Config, OptimismPortalContract, c.MaxDepositGasPerBlock, c.OutputOracleAddress,
			c.OpenTokenAddress, new(big.Int).SetUint64(c.FinalizationPeriodSeconds), c.SystemConfigOwner)
		if err != nil {
			return nil, err
		}
		if accounts[c.OpenTokenAddress], err = deploy(g.Config, OpenTokenContract, c.DepositPortalAddress, open.TotalSupply()); err != nil {
			return nil, err
		}
		if accounts[c.OutputOracleAddress], err = deploy(g.Config, OutputOracleContract, c.ProposerAddress); err != nil {
			return nil, err
		}
	} else if portal, err = deploy(g.Config, DepositPortalContract, c.MaxDepositGasPerBlock); err != nil {
		return nil, err
	}
	sysCfg, err := deploy(g.Config, SystemConfigContract,
		c.SystemConfigOwner, c.BatcherAddress, c.L2GasLimit, c.MaxDepositGasPerBlock,
		c.BaseFeeScalar, c.BlobBaseFeeScalar, c.UnsafeBlockSigner)
	if err != nil {
		return nil, err
	}
	accounts[c.DepositPortalAddress], accounts[c.SystemConfigAddress] = portal, sysCfg
	for addr, acc := range accounts {
		if _, taken := g.Alloc[addr]; taken {
			return nil, fmt.Errorf("%w: L1 contract address %s is already in the genesis", ErrDeployConfig, addr)
		}
		g.Alloc[addr] = acc
	}
	return g, nil
}

// deploy runs a contract's constructor with args in an in-memory EVM and
// returns the account it creates: runtime code and every storage slot the
// constructor wrote.
func deploy(chainCfg *params.ChainConfig, name string, args ...any) (types.Account, error) {
	creation, _, err := artifacts.Code(name)
	if err != nil {
		return types.Account{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	parsed, err := artifacts.ParsedABI(name)
	if err != nil {
		return types.Account{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	packed, err := packConstructor(parsed, args...)
	if err != nil {
		return types.Account{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	written := make(map[common.Hash]struct{})
	// Every slot an SSTORE touches (the top of the stack is its key).
	hooks := &tracing.Hooks{
		OnOpcode: func(_ uint64, op byte, _, _ uint64, scope tracing.OpContext, _ []byte, _ int, _ error) {
			if vm.OpCode(op) == vm.SSTORE {
				if stack := scope.StackData(); len(stack) > 0 {
					written[common.Hash(stack[len(stack)-1].Bytes32())] = struct{}{}
				}
			}
		},
	}
	cfg := &runtime.Config{
		ChainConfig: chainCfg,
		Origin:      common.HexToAddress("0x4f50454e00000000000000000000000000de9107"),
		GasLimit:    30_000_000,
		BlockNumber: big.NewInt(0),
		BaseFee:     big.NewInt(0),
		EVMConfig:   vm.Config{Tracer: hooks},
	}
	code, addr, _, err := runtime.Create(append(creation, packed...), cfg)
	if err != nil {
		return types.Account{}, fmt.Errorf("deploy %s: constructor: %w", name, err)
	}
	storage := make(map[common.Hash]common.Hash, len(written))
	for slot := range written {
		if v := cfg.State.GetState(addr, slot); v != (common.Hash{}) {
			storage[slot] = v
		}
	}
	return types.Account{Code: code, Storage: storage, Nonce: 1, Balance: new(big.Int)}, nil
}

func packConstructor(parsed abi.ABI, args ...any) ([]byte, error) {
	packed, err := parsed.Pack("", args...)
	if err != nil {
		return nil, fmt.Errorf("pack constructor arguments: %w", err)
	}
	return packed, nil
}
