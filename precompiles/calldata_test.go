package precompiles

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"runtime/metrics"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// richABI declares one method over every ABI type the framework decodes,
// nested: static and dynamic tuples, arrays of both, arrays of arrays.
const richABI = `[{"type":"function","name":"rich","stateMutability":"nonpayable","outputs":[],"inputs":[
 {"name":"a","type":"uint8"},{"name":"b","type":"uint64"},{"name":"c","type":"uint256"},
 {"name":"d","type":"int64"},{"name":"e","type":"int256"},{"name":"f","type":"bool"},
 {"name":"g","type":"address"},{"name":"h","type":"bytes4"},{"name":"i","type":"bytes32"},
 {"name":"j","type":"bytes"},{"name":"k","type":"string"},{"name":"l","type":"string[]"},
 {"name":"m","type":"uint256[]"},
 {"name":"n","type":"tuple[]","components":[{"name":"x","type":"uint256"},{"name":"y","type":"string"},{"name":"z","type":"bytes32[]"}]},
 {"name":"o","type":"uint64[2]"},{"name":"p","type":"string[2]"},
 {"name":"s","type":"tuple","components":[{"name":"q","type":"bool"},{"name":"r","type":"address"}]},
 {"name":"t","type":"uint16[][]"}]}]`

type richTuple struct {
	X *big.Int
	Y string
	Z [][32]byte
}

type richStatic struct {
	Q bool
	R common.Address
}

type richInput struct {
	A uint8
	B uint64
	C *big.Int
	D int64
	E *big.Int
	F bool
	G common.Address
	H [4]byte
	I [32]byte
	J []byte
	K string
	L []string
	M []*big.Int
	N []richTuple
	O [2]uint64
	P [2]string
	S richStatic
	T [][]uint16
}

// richMethod returns the method, its compiled input codec and its inputs.
func richMethod(tb testing.TB) (*codec, abi.Arguments) {
	tb.Helper()
	parsed, err := abi.JSON(strings.NewReader(richABI))
	if err != nil {
		tb.Fatal(err)
	}
	args := parsed.Methods["rich"].Inputs
	c, err := compileArguments(args)
	if err != nil {
		tb.Fatal(err)
	}
	if err := checkShape(c, reflect.TypeFor[richInput](), "rich"); err != nil {
		tb.Fatal(err)
	}
	return c, args
}

func randBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func randString(r *rand.Rand) string { return string(randBytes(r, r.IntN(70))) }

func randBig(r *rand.Rand, bits int, signed bool) *big.Int {
	v := new(big.Int).SetBytes(randBytes(r, bits/8))
	if signed && r.IntN(2) == 0 {
		v.Rsh(v, 1)
		v.Neg(v)
	} else if signed {
		v.Rsh(v, 1)
	}
	return v
}

// randRich returns a random value of every field, with lists of random length.
func randRich(r *rand.Rand) richInput {
	in := richInput{
		A: uint8(r.Uint32()), B: r.Uint64(), C: randBig(r, 256, false), D: int64(r.Uint64()), E: randBig(r, 256, true),
		F: r.IntN(2) == 1, J: randBytes(r, r.IntN(100)), K: randString(r), O: [2]uint64{r.Uint64(), r.Uint64()},
		P: [2]string{randString(r), randString(r)}, S: richStatic{Q: r.IntN(2) == 1},
	}
	copy(in.G[:], randBytes(r, 20))
	copy(in.H[:], randBytes(r, 4))
	copy(in.I[:], randBytes(r, 32))
	copy(in.S.R[:], randBytes(r, 20))
	in.L = make([]string, r.IntN(4))
	for i := range in.L {
		in.L[i] = randString(r)
	}
	in.M = make([]*big.Int, r.IntN(4))
	for i := range in.M {
		in.M[i] = randBig(r, 256, false)
	}
	in.N = make([]richTuple, r.IntN(3))
	for i := range in.N {
		in.N[i] = richTuple{X: randBig(r, 256, false), Y: randString(r), Z: make([][32]byte, r.IntN(3))}
		for j := range in.N[i].Z {
			copy(in.N[i].Z[j][:], randBytes(r, 32))
		}
	}
	in.T = make([][]uint16, r.IntN(3))
	for i := range in.T {
		in.T[i] = make([]uint16, r.IntN(3))
		for j := range in.T[i] {
			in.T[i][j] = uint16(r.Uint32())
		}
	}
	return in
}

func packRich(tb testing.TB, args abi.Arguments, in richInput) []byte {
	tb.Helper()
	data, err := args.Pack(in.A, in.B, in.C, in.D, in.E, in.F, in.G, in.H, in.I, in.J, in.K, in.L, in.M, in.N, in.O, in.P, in.S, in.T)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// gethCanonical is the definition checkCanonical implements: go-ethereum
// decodes data and encodes the decoded values back to exactly data.
func gethCanonical(args abi.Arguments, data []byte) bool {
	values, err := args.Unpack(data)
	if err != nil {
		return false
	}
	repacked, err := args.Pack(values...)
	return err == nil && bytes.Equal(repacked, data)
}

func decodeRich(c *codec, data []byte) richInput {
	var in richInput
	decodeTuple(c, data, 0, reflect.ValueOf(&in).Elem())
	return in
}

// TestCanonicalRoundTrip: what go-ethereum encodes is accepted and decodes to
// the values encoded; one changed byte is accepted exactly when go-ethereum
// would re-encode the changed input to itself.
func TestCanonicalRoundTrip(t *testing.T) {
	c, args := richMethod(t)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		in := randRich(r)
		data := packRich(t, args, in)
		if err := checkCanonical(c, data); err != nil {
			t.Fatalf("case %d: canonical encoding refused: %v", i, err)
		}
		if got := decodeRich(c, data); !bytes.Equal(packRich(t, args, got), data) {
			t.Fatalf("case %d: decoded values re-encode differently", i)
		}
		mutated := bytes.Clone(data)
		pos := r.IntN(len(mutated))
		mutated[pos] ^= byte(1 + r.IntN(255))
		if got, want := checkCanonical(c, mutated) == nil, gethCanonical(args, mutated); got != want {
			t.Fatalf("case %d: byte %d changed: accepted=%v, go-ethereum round trip=%v", i, pos, got, want)
		}
	}
}

// word returns a 32-byte big-endian word.
func word(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// TestCanonicalRefuses: each case is a way calldata can decode (in
// go-ethereum's lenient decoder, or partly) without being the one canonical
// encoding.
func TestCanonicalRefuses(t *testing.T) {
	parse := func(sig string) *codec {
		t.Helper()
		parsed, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"f","stateMutability":"nonpayable","outputs":[],"inputs":[` + sig + `]}]`))
		if err != nil {
			t.Fatal(err)
		}
		c, err := compileArguments(parsed.Methods["f"].Inputs)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	str := parse(`{"name":"s","type":"string"}`)
	strs := parse(`{"name":"s","type":"string[]"}`)
	two := parse(`{"name":"a","type":"string"},{"name":"b","type":"string"}`)
	u8 := parse(`{"name":"a","type":"uint8"}`)
	i8 := parse(`{"name":"a","type":"int8"}`)
	flag := parse(`{"name":"a","type":"bool"}`)
	addr := parse(`{"name":"a","type":"address"}`)
	b4 := parse(`{"name":"a","type":"bytes4"}`)
	words := parse(`{"name":"a","type":"bytes32[]"}`)
	pad := func(s string) []byte { b := make([]byte, (len(s)+31)/32*32); copy(b, s); return b }
	tests := []struct {
		name string
		c    *codec
		data []byte
	}{
		{"empty for a string", str, nil},
		{"offset before the tail", str, cat(word(0), word(1))},
		{"offset past the tail (gap)", str, cat(word(64), word(0), word(0))},
		{"offset beyond the input", str, cat(word(1 << 40))},
		{"offset above 64 bits", str, cat(common.MaxHash[:], word(0))},
		{"length past the end", str, cat(word(32), word(5))},
		{"length above 64 bits", str, cat(word(32), common.MaxHash[:])},
		{"non-zero padding", str, cat(word(32), word(3), []byte("abcd"), make([]byte, 28))},
		{"trailing bytes", str, cat(word(32), word(0), []byte{0})},
		{"trailing word", str, cat(word(32), word(3), pad("abc"), word(0))},
		{"two heads, one tail", two, cat(word(64), word(64), word(3), pad("abc"))},
		{"second tail before the first", two, cat(word(128), word(64), word(0), word(0))},
		{"aliased list elements", strs, cat(word(32), word(3), word(96), word(96), word(96), word(3), pad("abc"))},
		{"list length beyond the input", strs, cat(word(32), word(1<<30))},
		{"list elements overlapping the heads", strs, cat(word(32), word(2), word(64), word(96), word(0))},
		{"static list beyond the input", words, cat(word(32), word(3), word(1), word(2))},
		{"uint8 above 255", u8, word(256)},
		{"int8 not sign-extended", i8, cat(make([]byte, 31), []byte{0x80})},
		{"bool 2", flag, word(2)},
		{"address with high bytes", addr, cat([]byte{1}, make([]byte, 31))},
		{"bytes4 with padding", b4, cat([]byte{1, 2, 3, 4, 5}, make([]byte, 27))},
		{"short static head", u8, make([]byte, 31)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkCanonical(tc.c, tc.data); !errors.Is(err, errNonCanonical) {
				t.Fatalf("err %v, want a refusal", err)
			}
		})
	}
	// The canonical forms of the same values pass.
	for _, ok := range []struct {
		c    *codec
		data []byte
	}{
		{str, cat(word(32), word(3), pad("abc"))},
		{two, cat(word(64), word(128), word(3), pad("abc"), word(0))},
		{strs, cat(word(32), word(3), word(96), word(160), word(192), word(3), pad("abc"), word(0), word(0))},
		{i8, common.MaxHash[:]},
	} {
		if err := checkCanonical(ok.c, ok.data); err != nil {
			t.Fatalf("canonical %x refused: %v", ok.data, err)
		}
	}
}

// TestDecodeUint256: uint256 inputs may decode into *uint256.Int.
func TestDecodeUint256(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"f","stateMutability":"view","outputs":[],"inputs":[{"name":"v","type":"uint256"},{"name":"w","type":"uint256[]"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	type in struct {
		V *uint256.Int
		W []*uint256.Int
	}
	args := parsed.Methods["f"].Inputs
	c, err := compileArguments(args)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkShape(c, reflect.TypeFor[in](), "f"); err != nil {
		t.Fatal(err)
	}
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	data, err := args.Pack(max, []*big.Int{big.NewInt(7)})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkCanonical(c, data); err != nil {
		t.Fatal(err)
	}
	var got in
	decodeTuple(c, data, 0, reflect.ValueOf(&got).Elem())
	if got.V.ToBig().Cmp(max) != 0 || len(got.W) != 1 || got.W[0].Uint64() != 7 {
		t.Fatalf("decoded %v %v", got.V, got.W)
	}
}

// TestCheckShapeRefuses: input types that do not fit their ABI are refused
// with the path of the mismatch.
func TestCheckShapeRefuses(t *testing.T) {
	c, _ := richMethod(t)
	type short struct{ A uint8 }
	type wrongWidth struct {
		A                                                 uint16
		B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, S, T any
	}
	tests := []struct {
		name string
		t    reflect.Type
		want string
	}{
		{"not a struct", reflect.TypeFor[int](), "must be a struct"},
		{"too few fields", reflect.TypeFor[short](), "must be a struct of 18 fields"},
		{"wrong width", reflect.TypeFor[wrongWidth](), "cannot hold ABI uint8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkShape(c, tc.t, "rich"); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err %v, want %q", err, tc.want)
			}
		})
	}
}

// heapAllocated reads the runtime's count of bytes allocated so far. Unlike
// runtime.ReadMemStats it does not stop the world (which takes long on a
// loaded machine, once per fuzz input); it counts at the granularity of the
// allocator's spans, hence the slack of the bounds it checks.
func heapAllocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// FuzzCanonical: on any input the check agrees with go-ethereum's round
// trip, and decoding an accepted input allocates at most a small constant
// times its size.
func FuzzCanonical(f *testing.F) {
	c, args := richMethod(f)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 8; i++ {
		f.Add(packRich(f, args, randRich(r)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<14 {
			return // go-ethereum's decoder, the reference, amplifies aliased input
		}
		accepted := checkCanonical(c, data) == nil
		if accepted != gethCanonical(args, data) {
			t.Fatalf("accepted=%v disagrees with go-ethereum's round trip", accepted)
		}
		if !accepted {
			return
		}
		before := heapAllocated()
		decodeRich(c, data)
		if n := heapAllocated() - before; n > 8*uint64(len(data))+64<<10 {
			t.Fatalf("decoding %d bytes allocated %d", len(data), n)
		}
	})
}
