package settlement

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

// SignatureLen is the length of a voucher signature: r ‖ s ‖ v.
const SignatureLen = 65

// Domain name and version of every OpenLedger EIP-712 signature.
const (
	DomainName    = "OpenLedger"
	DomainVersion = "1"
)

// VoucherType is the EIP-712 encodeType of InferenceVoucher.
const VoucherType = "InferenceVoucher(address payer,address operator,uint256 modelId,uint64 modelVersion," +
	"uint256 rateIn,uint256 rateOut,uint256 maxFee,uint256 nonce,uint64 deadline,bytes32 requestHash)"

var (
	// ErrBadSignature is returned for a signature that is not 65 bytes, has
	// an invalid v, r or s, or does not recover.
	ErrBadSignature = errors.New("bad voucher signature")
	// ErrWrongSigner is returned when a voucher's signature recovers to an
	// address other than its payer.
	ErrWrongSigner = errors.New("voucher signed by someone other than its payer")
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	voucherTypeHash = crypto.Keccak256Hash([]byte(VoucherType))
	nameHash        = crypto.Keccak256Hash([]byte(DomainName))
	versionHash     = crypto.Keccak256Hash([]byte(DomainVersion))
)

// DomainSeparator is hashStruct(EIP712Domain) for the given chain and
// verifying contract.
func DomainSeparator(chainID *big.Int, verifyingContract common.Address) common.Hash {
	id, _ := uint256.FromBig(chainID)
	if id == nil {
		id = new(uint256.Int)
	}
	cid := id.Bytes32()
	return crypto.Keccak256Hash(domainTypeHash[:], nameHash[:], versionHash[:], cid[:],
		common.LeftPadBytes(verifyingContract[:], 32))
}

// Voucher is an InferenceVoucher: the payer's permission for Operator to
// charge up to MaxFee of its escrow for one inference of version
// ModelVersion of model ModelID, priced at RateIn and RateOut (wei per 1,000
// tokens, plus the platform fee), on the request whose canonical body hashes
// to RequestHash, before block time Deadline. Everything the fee and the
// payout depend on is in what the payer signed: the model's owner changing
// its rates, status or latest version does not change what a voucher pays,
// and only Operator can settle it.
type Voucher struct {
	Payer common.Address
	// Operator is the settler that serves the request, settles its receipt
	// and receives the operator share.
	Operator common.Address
	ModelID  *uint256.Int
	// ModelVersion is the version of the model the answer is served from;
	// contributions are checked against its provenance.
	ModelVersion uint64
	// RateIn and RateOut are the agreed prices in wei per 1,000 input and
	// output tokens.
	RateIn, RateOut *uint256.Int
	MaxFee          *uint256.Int
	Nonce           *uint256.Int
	Deadline        uint64
	RequestHash     common.Hash
}

// word returns v as a 32-byte word (a nil v is zero).
func word(v *uint256.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	b := v.Bytes32()
	return b[:]
}

func word64(v uint64) []byte {
	b := uint256.NewInt(v).Bytes32()
	return b[:]
}

// StructHash is hashStruct(voucher).
func (v *Voucher) StructHash() common.Hash {
	return crypto.Keccak256Hash(voucherTypeHash[:], common.LeftPadBytes(v.Payer[:], 32),
		common.LeftPadBytes(v.Operator[:], 32), word(v.ModelID), word64(v.ModelVersion), word(v.RateIn), word(v.RateOut),
		word(v.MaxFee), word(v.Nonce), word64(v.Deadline), v.RequestHash[:])
}

// Hash is the EIP-712 digest the payer signs under domainSeparator.
func (v *Voucher) Hash(domainSeparator common.Hash) common.Hash {
	sh := v.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator[:], sh[:])
}

// Sign signs the voucher with key under domainSeparator; v is 27 or 28.
func (v *Voucher) Sign(key *ecdsa.PrivateKey, domainSeparator common.Hash) ([]byte, error) {
	h := v.Hash(domainSeparator)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign voucher: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address that signed digest with sig.
func Recover(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLen {
		return common.Address{}, fmt.Errorf("%w: %d bytes", ErrBadSignature, len(sig))
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: invalid v, r or s", ErrBadSignature)
	}
	norm := make([]byte, SignatureLen)
	copy(norm, sig[:64])
	norm[64] = v
	pub, err := crypto.SigToPub(digest[:], norm)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// Verify checks that sig is the payer's signature of the voucher under
// domainSeparator and returns the voucher's hash.
func (v *Voucher) Verify(domainSeparator common.Hash, sig []byte) (common.Hash, error) {
	h := v.Hash(domainSeparator)
	signer, err := Recover(h, sig)
	if err != nil {
		return h, err
	}
	if signer != v.Payer {
		return h, fmt.Errorf("%w: recovered %s, payer %s", ErrWrongSigner, signer, v.Payer)
	}
	return h, nil
}

// TypedData is the voucher as EIP-712 typed data in the domain of chainID
// and verifyingContract: the JSON a wallet signs with eth_signTypedData_v4.
// Integers are decimal strings, so that no JSON number loses precision.
func (v *Voucher) TypedData(chainID *big.Int, verifyingContract common.Address) apitypes.TypedData {
	dec := func(x *uint256.Int) string {
		if x == nil {
			return "0"
		}
		return x.Dec()
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"InferenceVoucher": {{Name: "payer", Type: "address"}, {Name: "operator", Type: "address"},
				{Name: "modelId", Type: "uint256"}, {Name: "modelVersion", Type: "uint64"},
				{Name: "rateIn", Type: "uint256"}, {Name: "rateOut", Type: "uint256"},
				{Name: "maxFee", Type: "uint256"}, {Name: "nonce", Type: "uint256"},
				{Name: "deadline", Type: "uint64"}, {Name: "requestHash", Type: "bytes32"}},
		},
		PrimaryType: "InferenceVoucher",
		Domain: apitypes.TypedDataDomain{Name: DomainName, Version: DomainVersion,
			ChainId: (*math.HexOrDecimal256)(new(big.Int).Set(chainID)), VerifyingContract: verifyingContract.Hex()},
		Message: apitypes.TypedDataMessage{
			"payer": v.Payer.Hex(), "operator": v.Operator.Hex(), "modelId": dec(v.ModelID),
			"modelVersion": new(big.Int).SetUint64(v.ModelVersion).String(), "rateIn": dec(v.RateIn), "rateOut": dec(v.RateOut),
			"maxFee": dec(v.MaxFee), "nonce": dec(v.Nonce), "deadline": new(big.Int).SetUint64(v.Deadline).String(),
			"requestHash": v.RequestHash.Hex(),
		},
	}
}

// MarshalTypedData is the JSON of typed data as wallets and dApp libraries
// take it for eth_signTypedData_v4: the domain holds only the fields its
// EIP712Domain type names. (go-ethereum's TypedDataDomain always writes a
// "salt", empty when unused, which ethers' signTypedData refuses.)
func MarshalTypedData(td apitypes.TypedData) ([]byte, error) {
	type domain struct {
		Name              string                `json:"name"`
		Version           string                `json:"version"`
		ChainID           *math.HexOrDecimal256 `json:"chainId"`
		VerifyingContract string                `json:"verifyingContract"`
	}
	if td.Domain.Salt != "" {
		return nil, errors.New("typed data: a domain with a salt is not an OpenLedger domain")
	}
	out, err := json.Marshal(struct {
		Types       apitypes.Types            `json:"types"`
		PrimaryType string                    `json:"primaryType"`
		Domain      domain                    `json:"domain"`
		Message     apitypes.TypedDataMessage `json:"message"`
	}{td.Types, td.PrimaryType, domain{td.Domain.Name, td.Domain.Version, td.Domain.ChainId, td.Domain.VerifyingContract}, td.Message})
	if err != nil {
		return nil, fmt.Errorf("typed data: %w", err)
	}
	return out, nil
}
