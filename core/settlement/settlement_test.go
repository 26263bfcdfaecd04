package settlement

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

var verifying = common.HexToAddress("0x0000000000000000000000000000000000000A03")

func testVoucher(payer common.Address) *Voucher {
	return &Voucher{Payer: payer, Operator: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		ModelID: uint256.NewInt(7), ModelVersion: 3, RateIn: uint256.NewInt(1_000_000), RateOut: uint256.NewInt(2_000_000),
		MaxFee: uint256.MustFromDecimal("1000000000000000000"), Nonce: uint256.NewInt(42), Deadline: 1_900_000_000,
		RequestHash: crypto.Keccak256Hash([]byte("req"))}
}

// gethTypes are the voucher's EIP-712 types written out by hand, for
// go-ethereum's typed-data hashing to check ours against.
var gethTypes = apitypes.Types{
	"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
	"InferenceVoucher": {{Name: "payer", Type: "address"}, {Name: "operator", Type: "address"},
		{Name: "modelId", Type: "uint256"}, {Name: "modelVersion", Type: "uint64"},
		{Name: "rateIn", Type: "uint256"}, {Name: "rateOut", Type: "uint256"},
		{Name: "maxFee", Type: "uint256"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint64"},
		{Name: "requestHash", Type: "bytes32"}},
}

// TestVoucherHashMatchesGeth checks our hand-rolled EIP-712 digest against
// go-ethereum's typed-data implementation (the one clef and wallets use).
func TestVoucherHashMatchesGeth(t *testing.T) {
	v := testVoucher(common.HexToAddress("0x1234567890abcdef1234567890abcdef12345678"))
	chainID := big.NewInt(1_612)
	td := apitypes.TypedData{
		Types:       gethTypes,
		PrimaryType: "InferenceVoucher",
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(chainID), VerifyingContract: verifying.Hex()},
		Message: apitypes.TypedDataMessage{
			"payer": v.Payer.Hex(), "operator": v.Operator.Hex(), "modelId": v.ModelID.Dec(), "modelVersion": "3",
			"rateIn": v.RateIn.Dec(), "rateOut": v.RateOut.Dec(), "maxFee": v.MaxFee.Dec(), "nonce": v.Nonce.Dec(),
			"deadline": "1900000000", "requestHash": v.RequestHash.Hex(),
		},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Hash(DomainSeparator(chainID, verifying)); got != common.BytesToHash(want) {
		t.Fatalf("digest %s, geth %x", got, want)
	}
	// TypedData, as JSON (what a wallet is sent), hashes to the same digest.
	js, err := json.Marshal(v.TypedData(chainID, verifying))
	if err != nil {
		t.Fatal(err)
	}
	var back apitypes.TypedData
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if got, _, err := apitypes.TypedDataAndHash(back); err != nil || common.BytesToHash(got) != common.BytesToHash(want) {
		t.Fatalf("TypedData hashes to %x, %v; want %x", got, err, want)
	}
}

func TestSignVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	ds := DomainSeparator(big.NewInt(1), verifying)
	v := testVoucher(crypto.PubkeyToAddress(key.PublicKey))
	sig, err := v.Sign(key, ds)
	if err != nil {
		t.Fatal(err)
	}
	otherSig, _ := v.Sign(other, ds)
	// The same signature with v as 0/1.
	raw := append([]byte{}, sig...)
	raw[64] -= 27
	// s → n − s: the malleable twin of a valid signature.
	high := append([]byte{}, sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(high[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, s).Bytes(), 32))
	high[64] ^= 1
	// Each field the payer agreed to is covered by the signature.
	tampered := map[string]func(*Voucher){
		"operator":     func(t *Voucher) { t.Operator[19]++ },
		"modelId":      func(t *Voucher) { t.ModelID = uint256.NewInt(8) },
		"modelVersion": func(t *Voucher) { t.ModelVersion++ },
		"rateIn":       func(t *Voucher) { t.RateIn = new(uint256.Int).AddUint64(t.RateIn, 1) },
		"rateOut":      func(t *Voucher) { t.RateOut = new(uint256.Int).AddUint64(t.RateOut, 1) },
		"maxFee":       func(t *Voucher) { t.MaxFee = uint256.NewInt(2) },
		"nonce":        func(t *Voucher) { t.Nonce = uint256.NewInt(43) },
		"deadline":     func(t *Voucher) { t.Deadline++ },
		"requestHash":  func(t *Voucher) { t.RequestHash[0]++ },
	}

	tests := []struct {
		name    string
		v       *Voucher
		ds      common.Hash
		sig     []byte
		wantErr error
	}{
		{"valid", v, ds, sig, nil},
		{"valid-v-0-1", v, ds, raw, nil},
		{"wrong-signer", v, ds, otherSig, ErrWrongSigner},
		{"other-chain", v, DomainSeparator(big.NewInt(2), verifying), sig, ErrWrongSigner},
		{"short", v, ds, sig[:64], ErrBadSignature},
		{"high-s", v, ds, high, ErrBadSignature},
		{"bad-v", v, ds, append(append([]byte{}, sig[:64]...), 29), ErrBadSignature},
		{"zero", v, ds, make([]byte, 65), ErrBadSignature},
	}
	for field, change := range tampered {
		tv := testVoucher(v.Payer)
		change(tv)
		tests = append(tests, struct {
			name    string
			v       *Voucher
			ds      common.Hash
			sig     []byte
			wantErr error
		}{"tampered-" + field, tv, ds, sig, ErrWrongSigner})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := tc.v.Verify(tc.ds, tc.sig)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err %v, want %v", err, tc.wantErr)
			}
			if h != tc.v.Hash(tc.ds) {
				t.Fatal("Verify returned a different hash")
			}
		})
	}
}

// TestReceiptEncodeMatchesABI checks the hand encoding against go-ethereum's
// ABI encoder for the Solidity struct.
func TestReceiptEncodeMatchesABI(t *testing.T) {
	typ, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "voucherHash", Type: "bytes32"}, {Name: "modelId", Type: "uint256"},
		{Name: "tokensIn", Type: "uint64"}, {Name: "tokensOut", Type: "uint64"}, {Name: "fee", Type: "uint256"},
		{Name: "outputHash", Type: "bytes32"},
		{Name: "contributions", Type: "tuple[]", Components: []abi.ArgumentMarshaling{
			{Name: "contributionId", Type: "uint256"}, {Name: "weight", Type: "uint256"}}},
		{Name: "proofRoot", Type: "bytes32"},
	})
	if err != nil {
		t.Fatal(err)
	}
	type contrib struct{ ContributionId, Weight *big.Int }
	type receipt struct {
		VoucherHash   [32]byte
		ModelId       *big.Int
		TokensIn      uint64
		TokensOut     uint64
		Fee           *big.Int
		OutputHash    [32]byte
		Contributions []contrib
		ProofRoot     [32]byte
	}
	for _, n := range []int{0, 1, 5} {
		r := &Receipt{VoucherHash: common.Hash{1}, ModelID: uint256.NewInt(3), TokensIn: 17, TokensOut: 1 << 40,
			Fee: uint256.MustFromDecimal("123456789012345678901234567890"), OutputHash: common.Hash{2}, ProofRoot: common.Hash{3}}
		want := receipt{VoucherHash: r.VoucherHash, ModelId: big.NewInt(3), TokensIn: 17, TokensOut: 1 << 40,
			Fee: r.Fee.ToBig(), OutputHash: r.OutputHash, ProofRoot: r.ProofRoot, Contributions: []contrib{}}
		for i := 0; i < n; i++ {
			r.Contributions = append(r.Contributions, Contribution{ID: uint256.NewInt(uint64(i + 1)), Weight: uint256.NewInt(uint64(1000 * i))})
			want.Contributions = append(want.Contributions, contrib{big.NewInt(int64(i + 1)), big.NewInt(int64(1000 * i))})
		}
		packed, err := abi.Arguments{{Type: typ}}.Pack(want)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Encode(); string(got) != string(packed) {
			t.Fatalf("%d contributions: encoding\n%x\nwant\n%x", n, got, packed)
		}
		if r.ID() != crypto.Keccak256Hash(packed) {
			t.Fatal("ID is not keccak256(abi.encode(receipt))")
		}
	}
}

func BenchmarkVoucherVerify(b *testing.B) {
	key, _ := crypto.GenerateKey()
	ds := DomainSeparator(big.NewInt(1), verifying)
	v := testVoucher(crypto.PubkeyToAddress(key.PublicKey))
	sig, _ := v.Sign(key, ds)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.Verify(ds, sig); err != nil {
			b.Fatal(err)
		}
	}
}
