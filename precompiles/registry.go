package precompiles

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
)

// Reserved address range for OpenLedger precompiles: 0x…0A00 to 0x…0AFF.
var (
	// RangeStart is the first address OpenLedger precompiles may use.
	RangeStart = common.HexToAddress("0x0000000000000000000000000000000000000A00")
	// RangeEnd is the last address OpenLedger precompiles may use.
	RangeEnd = common.HexToAddress("0x0000000000000000000000000000000000000AFF")
)

// registered lists the addresses passed to Register, sorted.
var registered []common.Address

// forkMaps are op-geth's per-fork precompile sets, each with its address list.
// A chain starting at any of these forks sees every OpenLedger precompile.
func forkMaps() []struct {
	set   vm.PrecompiledContracts
	addrs *[]common.Address
} {
	return []struct {
		set   vm.PrecompiledContracts
		addrs *[]common.Address
	}{
		{vm.PrecompiledContractsHomestead, &vm.PrecompiledAddressesHomestead},
		{vm.PrecompiledContractsByzantium, &vm.PrecompiledAddressesByzantium},
		{vm.PrecompiledContractsIstanbul, &vm.PrecompiledAddressesIstanbul},
		{vm.PrecompiledContractsBerlin, &vm.PrecompiledAddressesBerlin},
		{vm.PrecompiledContractsCancun, &vm.PrecompiledAddressesCancun},
		{vm.PrecompiledContractsPrague, &vm.PrecompiledAddressesPrague},
		{vm.PrecompiledContractsOsaka, &vm.PrecompiledAddressesOsaka},
		{vm.PrecompiledContractsFjord, &vm.PrecompiledAddressesFjord},
		{vm.PrecompiledContractsGranite, &vm.PrecompiledAddressesGranite},
		{vm.PrecompiledContractsIsthmus, &vm.PrecompiledAddressesIsthmus},
		{vm.PrecompiledContractsJovian, &vm.PrecompiledAddressesJovian},
	}
}

// Register adds p at addr to every op-geth fork map and address list. It must
// only be called from an init function: it panics when addr is outside the
// reserved range or already taken, which is a programming error.
func Register(addr common.Address, p vm.PrecompiledContract) {
	if addr.Cmp(RangeStart) < 0 || addr.Cmp(RangeEnd) > 0 {
		panic(fmt.Sprintf("precompiles: %s is outside the reserved range %s-%s", addr, RangeStart, RangeEnd))
	}
	if _, dup := slices.BinarySearchFunc(registered, addr, compareAddr); dup {
		panic(fmt.Sprintf("precompiles: %s registered twice", addr))
	}
	for _, fm := range forkMaps() {
		if _, taken := fm.set[addr]; taken {
			panic(fmt.Sprintf("precompiles: %s is already an op-geth precompile", addr))
		}
		fm.set[addr] = p
		if !slices.Contains(*fm.addrs, addr) {
			*fm.addrs = append(*fm.addrs, addr)
		}
	}
	i, _ := slices.BinarySearchFunc(registered, addr, compareAddr)
	registered = slices.Insert(registered, i, addr)
}

// Registered returns the addresses of every registered precompile, sorted.
func Registered() []common.Address {
	return slices.Clone(registered)
}

func compareAddr(a, b common.Address) int { return a.Cmp(b) }
