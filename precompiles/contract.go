package precompiles

import (
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/holiman/uint256"
)

// SelectorLen is the length of an ABI function selector.
const SelectorLen = 4

var (
	// ErrDelegateCall is returned when a precompile is reached through
	// DELEGATECALL or CALLCODE, which would run it with another account's context.
	ErrDelegateCall = errors.New("precompile cannot be called through delegatecall or callcode")
	// ErrShortInput is returned when the calldata is shorter than a selector.
	ErrShortInput = errors.New("calldata shorter than a function selector")
	// ErrUnknownSelector is returned for a selector the precompile's ABI lacks.
	ErrUnknownSelector = errors.New("unknown function selector")
	// ErrInvalidInput is returned when the calldata does not decode against the method's ABI.
	ErrInvalidInput = errors.New("invalid calldata")
)

// Call is the context one precompile call runs in.
type Call struct {
	// EVM is the running EVM: block context, chain rules and the StateDB.
	EVM *vm.EVM
	// State is EVM.StateDB.
	State vm.StateDB
	// Self is the precompile's own address, where its storage and balance live.
	Self common.Address
	// Caller is msg.sender.
	Caller common.Address
	// Value is msg.value, already credited to Self by the EVM.
	Value *uint256.Int
	// ReadOnly is true inside STATICCALL (and eth_call of a view).
	ReadOnly bool
}

// BlockTime returns the current block's timestamp.
func (c *Call) BlockTime() uint64 { return c.EVM.Context.Time }

// BlockNumber returns the current block's number.
func (c *Call) BlockNumber() uint64 { return c.EVM.Context.BlockNumber.Uint64() }

// Handler runs one method. args are the ABI-decoded inputs; the returned values
// are ABI-encoded as the method's outputs. A returned *RevertError reverts with
// its data and keeps the caller's remaining gas; any other error reverts and
// burns it.
type Handler func(c *Call, args []any) ([]any, error)

// Method binds one ABI method to its implementation.
type Method struct {
	// Writes marks a state-changing method: refused when the call is read-only.
	Writes bool
	// Payable lets the method receive value; others revert when value is sent.
	Payable bool
	// Gas prices a call from its calldata after the selector. It must not read state.
	Gas func(args []byte) uint64
	// Run is the implementation.
	Run Handler
}

// boundMethod is a Method with its ABI description.
type boundMethod struct {
	Method
	abi *abi.Method
}

// Contract is a stateful precompile dispatched through the ABI of its Solidity
// interface. It implements vm.StatefulPrecompiledContract.
type Contract struct {
	name      string
	address   common.Address
	abi       abi.ABI
	selectors map[[SelectorLen]byte]*boundMethod
	// unknownGas is charged for calldata that matches no method.
	unknownGas uint64
}

var _ vm.StatefulPrecompiledContract = (*Contract)(nil)

// NewContract binds methods (by ABI method name) to the interface's ABI. Every
// ABI method must have exactly one implementation and every implementation an
// ABI method; otherwise it returns an error naming the mismatch.
func NewContract(name string, address common.Address, parsed abi.ABI, methods map[string]Method) (*Contract, error) {
	c := &Contract{
		name:       name,
		address:    address,
		abi:        parsed,
		selectors:  make(map[[SelectorLen]byte]*boundMethod, len(methods)),
		unknownGas: GasBase,
	}
	for abiName, m := range parsed.Methods {
		impl, ok := methods[abiName]
		if !ok {
			return nil, fmt.Errorf("%s: ABI method %s has no implementation", name, abiName)
		}
		if impl.Run == nil || impl.Gas == nil {
			return nil, fmt.Errorf("%s: method %s lacks Run or Gas", name, abiName)
		}
		if impl.Payable != (m.StateMutability == "payable") {
			return nil, fmt.Errorf("%s: method %s payable=%v disagrees with the ABI (%s)", name, abiName, impl.Payable, m.StateMutability)
		}
		if impl.Writes == m.IsConstant() {
			return nil, fmt.Errorf("%s: method %s writes=%v disagrees with the ABI (%s)", name, abiName, impl.Writes, m.StateMutability)
		}
		var sel [SelectorLen]byte
		copy(sel[:], m.ID)
		if _, dup := c.selectors[sel]; dup {
			return nil, fmt.Errorf("%s: duplicate selector %x", name, sel)
		}
		method := m
		c.selectors[sel] = &boundMethod{Method: impl, abi: &method}
	}
	for implName := range methods {
		if _, ok := parsed.Methods[implName]; !ok {
			return nil, fmt.Errorf("%s: implementation %s has no ABI method", name, implName)
		}
	}
	return c, nil
}

// MustNewContract is NewContract for package initialisation; it panics on error.
func MustNewContract(name string, address common.Address, parsed abi.ABI, methods map[string]Method) *Contract {
	c, err := NewContract(name, address, parsed, methods)
	if err != nil {
		panic(err)
	}
	return c
}

// Name implements vm.PrecompiledContract.
func (c *Contract) Name() string { return c.name }

// Address returns the precompile's address.
func (c *Contract) Address() common.Address { return c.address }

// ABI returns the interface ABI the contract dispatches on.
func (c *Contract) ABI() abi.ABI { return c.abi }

// MethodNames returns the names of the bound methods, sorted.
func (c *Contract) MethodNames() []string {
	names := make([]string, 0, len(c.selectors))
	for _, m := range c.selectors {
		names = append(names, m.abi.Name)
	}
	sort.Strings(names)
	return names
}

// RequiredGas implements vm.PrecompiledContract: the method's price for this
// input, or a base cost for input that matches no method.
func (c *Contract) RequiredGas(input []byte) uint64 {
	m := c.lookup(input)
	if m == nil {
		return c.unknownGas
	}
	return m.Gas(input[SelectorLen:])
}

// Run implements vm.PrecompiledContract. op-geth reaches it only through
// DELEGATECALL and CALLCODE, which are refused.
func (c *Contract) Run([]byte) ([]byte, error) {
	return nil, ErrDelegateCall
}

// RunStateful implements vm.StatefulPrecompiledContract.
func (c *Contract) RunStateful(evm *vm.EVM, caller common.Address, input []byte, value *uint256.Int, readOnly bool) ([]byte, error) {
	if len(input) < SelectorLen {
		return nil, ErrShortInput
	}
	m := c.lookup(input)
	if m == nil {
		return nil, fmt.Errorf("%w %x", ErrUnknownSelector, input[:SelectorLen])
	}
	if readOnly && m.Writes {
		return nil, vm.ErrWriteProtection
	}
	if value == nil {
		value = new(uint256.Int)
	}
	if !m.Payable && !value.IsZero() {
		return Revert(fmt.Errorf("%s does not accept value", m.abi.Name))
	}
	args, err := m.abi.Inputs.Unpack(input[SelectorLen:])
	if err != nil {
		return nil, fmt.Errorf("%w for %s: %v", ErrInvalidInput, m.abi.Name, err)
	}
	if err := checkCanonical(m.abi.Inputs, args, input[SelectorLen:]); err != nil {
		return nil, fmt.Errorf("%w for %s: %v", ErrInvalidInput, m.abi.Name, err)
	}
	call := &Call{EVM: evm, State: evm.StateDB, Self: c.address, Caller: caller, Value: value, ReadOnly: readOnly}
	outs, err := m.Run(call, args)
	if err != nil {
		var revert *RevertError
		if errors.As(err, &revert) {
			return Revert(revert)
		}
		return nil, err
	}
	packed, err := m.abi.Outputs.Pack(outs...)
	if err != nil {
		// A handler returned values that do not match its ABI: a bug, not user input.
		return nil, fmt.Errorf("%s: pack outputs: %w", m.abi.Name, err)
	}
	return packed, nil
}

func (c *Contract) lookup(input []byte) *boundMethod {
	if len(input) < SelectorLen {
		return nil
	}
	return c.selectors[[SelectorLen]byte(input[:SelectorLen])]
}

// checkCanonical rejects calldata that decodes but is not what the ABI encoder
// would produce for the decoded values, so that one call has one encoding.
func checkCanonical(args abi.Arguments, values []any, data []byte) error {
	repacked, err := args.Pack(values...)
	if err != nil {
		return err
	}
	if len(repacked) != len(data) {
		return fmt.Errorf("calldata is %d bytes, canonical encoding is %d", len(data), len(repacked))
	}
	for i := range data {
		if data[i] != repacked[i] {
			return fmt.Errorf("non-canonical encoding at byte %d", i)
		}
	}
	return nil
}
