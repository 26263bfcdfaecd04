package verifier

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/eigenda/v2/certs"
)

// Caller makes eth_calls and reads the head; go-ethereum's ethclient is one.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

var (
	routerABI   = bindings.NewEigenDACertVerifierRouter()
	verifierABI = bindings.NewEigenDACertVerifier()
	registryABI = bindings.NewEigenDARegistry()
)

// Info is what a cert verifier requires of certificates.
type Info struct {
	Address                   common.Address
	CertVersion               uint8
	RequiredQuorums           []byte
	Thresholds                certs.SecurityThresholds
	OffchainDerivationVersion uint16 // version 4 and later
}

// CertVerifier checks certificates through a cert verifier router (or one
// immutable cert verifier) on L1.
type CertVerifier struct {
	caller Caller
	// address is the router, or the cert verifier itself.
	address common.Address

	mu       sync.Mutex
	isRouter *bool
	infos    map[common.Address]*Info
}

// New returns a CertVerifier for the router (or immutable verifier) at address.
func New(caller Caller, address common.Address) *CertVerifier {
	return &CertVerifier{caller: caller, address: address, infos: map[common.Address]*Info{}}
}

// Address returns the router (or verifier) address.
func (v *CertVerifier) Address() common.Address { return v.address }

func (v *CertVerifier) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	out, err := v.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("eth_call %s: %w", to, err)
	}
	return out, nil
}

// VerifierAt returns the cert verifier active at a reference block: the
// router's choice, or the immutable verifier.
func (v *CertVerifier) VerifierAt(ctx context.Context, rbn uint64) (common.Address, error) {
	v.mu.Lock()
	known := v.isRouter
	v.mu.Unlock()
	if known != nil && !*known {
		return v.address, nil
	}
	out, err := v.caller.CallContract(ctx, ethereum.CallMsg{To: &v.address, Data: routerABI.PackGetCertVerifierAt(uint32(rbn))}, nil)
	if err == nil && len(out) == 32 {
		addr, uerr := routerABI.UnpackGetCertVerifierAt(out)
		if uerr == nil {
			yes := true
			v.mu.Lock()
			v.isRouter = &yes
			v.mu.Unlock()
			return addr, nil
		}
	}
	if known != nil && *known {
		return common.Address{}, fmt.Errorf("router getCertVerifierAt(%d): %w", rbn, err)
	}
	// Not a router: certVersion() answers on a verifier.
	if _, cerr := v.call(ctx, v.address, verifierABI.PackCertVersion()); cerr != nil {
		return common.Address{}, fmt.Errorf("%s is neither a cert verifier router nor a cert verifier: %w", v.address, cerr)
	}
	no := false
	v.mu.Lock()
	v.isRouter = &no
	v.mu.Unlock()
	return v.address, nil
}

// InfoAt returns the requirements of the cert verifier active at rbn (cached
// per verifier address: a deployed verifier's settings are immutable).
func (v *CertVerifier) InfoAt(ctx context.Context, rbn uint64) (*Info, error) {
	addr, err := v.VerifierAt(ctx, rbn)
	if err != nil {
		return nil, err
	}
	v.mu.Lock()
	info, ok := v.infos[addr]
	v.mu.Unlock()
	if ok {
		return info, nil
	}
	info = &Info{Address: addr}
	out, err := v.call(ctx, addr, verifierABI.PackCertVersion())
	if err != nil {
		return nil, err
	}
	if info.CertVersion, err = verifierABI.UnpackCertVersion(out); err != nil {
		return nil, fmt.Errorf("certVersion: %w", err)
	}
	if out, err = v.call(ctx, addr, verifierABI.PackQuorumNumbersRequired()); err != nil {
		return nil, err
	}
	if info.RequiredQuorums, err = verifierABI.UnpackQuorumNumbersRequired(out); err != nil {
		return nil, fmt.Errorf("quorumNumbersRequired: %w", err)
	}
	if out, err = v.call(ctx, addr, verifierABI.PackSecurityThresholds()); err != nil {
		return nil, err
	}
	t, err := verifierABI.UnpackSecurityThresholds(out)
	if err != nil {
		return nil, fmt.Errorf("securityThresholds: %w", err)
	}
	info.Thresholds = certs.SecurityThresholds{ConfirmationThreshold: t.ConfirmationThreshold, AdversaryThreshold: t.AdversaryThreshold}
	if info.CertVersion >= certs.CertVersion4 {
		if out, err = v.call(ctx, addr, verifierABI.PackOffchainDerivationVersion()); err != nil {
			return nil, err
		}
		if info.OffchainDerivationVersion, err = verifierABI.UnpackOffchainDerivationVersion(out); err != nil {
			return nil, fmt.Errorf("offchainDerivationVersion: %w", err)
		}
	}
	v.mu.Lock()
	v.infos[addr] = info
	v.mu.Unlock()
	return info, nil
}

// Check calls checkDACert with the certificate's ABI encoding at the L1 head.
// It returns nil for SUCCESS, a *DerivationError (StatusInvalidCert) for a
// rejected certificate, and another error when the call could not answer
// (L1 unreachable, a verifier internal error): then the certificate must not
// be dropped.
func (v *CertVerifier) Check(ctx context.Context, c *certs.Cert) error {
	abiCert, err := c.EncodeABI()
	if err != nil {
		return Drop(StatusInvalidCert, "certificate does not abi-encode: %v", err)
	}
	out, err := v.call(ctx, v.address, verifierABI.PackCheckDACert(abiCert))
	if err != nil {
		return err
	}
	status, err := verifierABI.UnpackCheckDACert(out)
	if err != nil {
		return fmt.Errorf("checkDACert answered %x: %w", out, err)
	}
	switch status {
	case statusSuccess:
		return nil
	case statusNullError, statusInternalError:
		return fmt.Errorf("%w: checkDACert status %d", ErrVerifierInternal, status)
	}
	return Drop(StatusInvalidCert, "cert verifier %s rejected the certificate: checkDACert status %d", v.address, status)
}

// CheckRecency applies the recency window of off-chain derivation version 0:
// a certificate included on L1 at block l1InclusionBlock is dropped when
// l1InclusionBlock > referenceBlock + window. A zero inclusion block or window
// skips the check (eigenda-proxy's rule).
func CheckRecency(referenceBlock, l1InclusionBlock, window uint64) error {
	if l1InclusionBlock == 0 || window == 0 {
		return nil
	}
	if l1InclusionBlock > referenceBlock+window {
		return &DerivationError{StatusCode: StatusRecencyCheckFailed, Msg: fmt.Sprintf(
			"%v: certificate included at L1 block %d, reference block %d, window %d", ErrRecency,
			l1InclusionBlock, referenceBlock, window)}
	}
	return nil
}

// RecencyWindowV0 is the recency window (in L1 blocks) of off-chain
// derivation version 0: about two days of L1 blocks.
const RecencyWindowV0 = 14400

// Indices asks the operator state retriever (or a registry answering its
// function) for the index hints of a signed batch's certificate.
func Indices(ctx context.Context, caller Caller, retriever, coordinator common.Address, rbn uint32,
	quorums []byte, nonSigners [][32]byte) (certs.CheckSignaturesIndices, error) {
	if nonSigners == nil {
		nonSigners = [][32]byte{}
	}
	data := registryABI.PackGetCheckSignaturesIndices(coordinator, rbn, quorums, nonSigners)
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &retriever, Data: data}, nil)
	if err != nil {
		return certs.CheckSignaturesIndices{}, fmt.Errorf("getCheckSignaturesIndices at %s: %w", retriever, err)
	}
	r, err := registryABI.UnpackGetCheckSignaturesIndices(out)
	if err != nil {
		return certs.CheckSignaturesIndices{}, fmt.Errorf("getCheckSignaturesIndices answer: %w", err)
	}
	return certs.CheckSignaturesIndices{
		NonSignerQuorumBitmapIndices: r.NonSignerQuorumBitmapIndices,
		QuorumApkIndices:             r.QuorumApkIndices,
		TotalStakeIndices:            r.TotalStakeIndices,
		NonSignerStakeIndices:        r.NonSignerStakeIndices,
	}, nil
}

// RelayURL reads a relay's URL from the relay registry.
func RelayURL(ctx context.Context, caller Caller, registry common.Address, key uint32) (string, error) {
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: registryABI.PackRelayKeyToUrl(key)}, nil)
	if err != nil {
		return "", fmt.Errorf("relayKeyToUrl(%d) at %s: %w", key, registry, err)
	}
	url, err := registryABI.UnpackRelayKeyToUrl(out)
	if err != nil {
		return "", fmt.Errorf("relayKeyToUrl answer: %w", err)
	}
	if url == "" {
		return "", fmt.Errorf("relay key %d has no url in the relay registry", key)
	}
	return url, nil
}
