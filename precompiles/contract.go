package precompiles

import (
	"errors"
	"fmt"
	"math"
	"reflect"
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

// Handler is a method's implementation together with the Go type its
// calldata decodes into. Build one with Bind.
type Handler struct {
	in  reflect.Type
	run func(c *Call, dec *codec, args []byte) ([]any, error)
}

// NoInput is the input type of a method without arguments.
type NoInput struct{}

// Bind returns the Handler of a method whose calldata decodes into In: a
// struct with one exported field per ABI input, in order, named as abigen
// names it (the input's name in CamelCase; Arg0, Arg1, … when unnamed), each
// of a Go type that holds the input exactly (see checkShape: uint64 for
// uint64, *big.Int or *uint256.Int for uint256, string, []byte, [32]byte for
// bytes32, common.Address, slices, and structs named the same way for
// tuples). NewContract refuses a Handler whose In does not fit its method, so
// a mismatch fails when the contract is built, never inside the EVM.
//
// fn returns the method's outputs in ABI order (ABI-encoded by the contract).
// A returned *RevertError reverts with its data and keeps the caller's
// remaining gas; any other error reverts and burns it.
func Bind[In any](fn func(c *Call, in In) ([]any, error)) Handler {
	return Handler{
		in: reflect.TypeFor[In](),
		run: func(c *Call, dec *codec, args []byte) ([]any, error) {
			var in In
			decodeTuple(dec, args, 0, reflect.ValueOf(&in).Elem())
			return fn(c, in)
		},
	}
}

// Method binds one ABI method to its implementation.
type Method struct {
	// Writes marks a state-changing method: refused when the call is read-only.
	Writes bool
	// Payable lets the method receive value; others revert when value is sent.
	Payable bool
	// Gas prices a call from its calldata after the selector. The contract
	// calls it only for calldata that is the canonical encoding of the
	// method's inputs (see checkCanonical), so every offset and length it
	// reads is in range and names each element once. It must not read state,
	// must take time linear in len(args) at most, and never returns less than
	// InputGas(args) (the contract raises it to that).
	Gas func(args []byte) uint64
	// Run is the implementation (see Bind).
	Run Handler
}

// boundMethod is a Method with its ABI description and input codec.
type boundMethod struct {
	Method
	abi   *abi.Method
	input *codec
}

// Contract is a stateful precompile dispatched through the ABI of its Solidity
// interface. It implements vm.StatefulPrecompiledContract and
// vm.GasLimitedPrecompiledContract.
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
// ABI method, whose input type fits the method's inputs; otherwise it returns
// an error naming the mismatch.
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
		if impl.Run.run == nil || impl.Gas == nil {
			return nil, fmt.Errorf("%s: method %s lacks Run or Gas", name, abiName)
		}
		if impl.Payable != (m.StateMutability == "payable") {
			return nil, fmt.Errorf("%s: method %s payable=%v disagrees with the ABI (%s)", name, abiName, impl.Payable, m.StateMutability)
		}
		if impl.Writes == m.IsConstant() {
			return nil, fmt.Errorf("%s: method %s writes=%v disagrees with the ABI (%s)", name, abiName, impl.Writes, m.StateMutability)
		}
		input, err := compileArguments(m.Inputs)
		if err != nil {
			return nil, fmt.Errorf("%s: method %s: %w", name, abiName, err)
		}
		if err := checkShape(input, impl.Run.in, abiName); err != nil {
			return nil, fmt.Errorf("%s: method %s input type: %w", name, abiName, err)
		}
		var sel [SelectorLen]byte
		copy(sel[:], m.ID)
		if _, dup := c.selectors[sel]; dup {
			return nil, fmt.Errorf("%s: duplicate selector %x", name, sel)
		}
		method := m
		c.selectors[sel] = &boundMethod{Method: impl, abi: &method, input: input}
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
	return c.RequiredGasWithin(input, math.MaxUint64)
}

// RequiredGasWithin implements vm.GasLimitedPrecompiledContract (patched
// op-geth prefers it to RequiredGas): the price when it is at most limit, else
// a value above limit. Its work is constant until the input's own price
// (InputGas) fits in limit, and linear in the input after that, so a call
// that cannot pay for its input, such as a CALL with zero gas in a loop,
// costs a node no more than a few comparisons.
//
// Calldata that is not the canonical encoding of the method's inputs is priced
// at InputGas: RunStateful refuses it, burning the gas the caller gave.
func (c *Contract) RequiredGasWithin(input []byte, limit uint64) uint64 {
	work.priced.Add(1)
	m := c.lookup(input)
	if m == nil {
		return c.unknownGas
	}
	args := input[SelectorLen:]
	base := InputGas(args)
	if base > limit {
		return base
	}
	if checkCanonicalCounted(m.input, args) != nil {
		return base
	}
	return max(m.Gas(args), base)
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
	args := input[SelectorLen:]
	if err := checkCanonicalCounted(m.input, args); err != nil {
		return nil, fmt.Errorf("%w for %s: %v", ErrInvalidInput, m.abi.Name, err)
	}
	call := &Call{EVM: evm, State: evm.StateDB, Self: c.address, Caller: caller, Value: value, ReadOnly: readOnly}
	outs, err := m.Run.run(call, m.input, args)
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
