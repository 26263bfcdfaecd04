package disperser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

// PayloadConfig configures a PayloadDisperser.
type PayloadConfig struct {
	// BlobVersion is the blob version (chunking parameters) to disperse with.
	BlobVersion uint16
	// Quorums are dispersed to beyond the cert verifier's required ones.
	Quorums []byte
	// Form is how payloads become blobs.
	Form codec.PolynomialForm
	// ConfirmationDepth is how many L1 blocks past the reference block the
	// head must be before a certificate is returned (a reorg deeper than that
	// can change the operator state the certificate was signed against).
	ConfirmationDepth uint64
	// OperatorStateRetriever and RegistryCoordinator answer the signature
	// checker's index hints (getCheckSignaturesIndices).
	OperatorStateRetriever, RegistryCoordinator common.Address
	// HeadPollInterval is the wait between L1 head polls.
	HeadPollInterval time.Duration
}

// PayloadDisperser turns payloads into checked certificates.
type PayloadDisperser struct {
	client *Client
	srs    *kzg.SRS
	l1     verifier.Caller
	cv     *verifier.CertVerifier
	cfg    PayloadConfig
	log    log.Logger
}

// NewPayloadDisperser returns a PayloadDisperser dispersing through client,
// committing with srs (it needs G₂ powers unless it is the devnet SRS) and
// checking certificates on l1 through cv.
func NewPayloadDisperser(client *Client, srs *kzg.SRS, l1 verifier.Caller, cv *verifier.CertVerifier, cfg PayloadConfig,
	logger log.Logger) *PayloadDisperser {
	if cfg.HeadPollInterval <= 0 {
		cfg.HeadPollInterval = time.Second
	}
	return &PayloadDisperser{client: client, srs: srs, l1: l1, cv: cv, cfg: cfg, log: logger}
}

// Put disperses a payload and returns its checked certificate and the blob.
func (p *PayloadDisperser) Put(ctx context.Context, payload []byte) (*certs.Cert, []byte, error) {
	blob, err := blobs.Encode(payload, p.cfg.Form)
	if err != nil {
		return nil, nil, fmt.Errorf("encode payload: %w", err)
	}
	commitment, err := blobs.Commit(p.srs, blob)
	if err != nil {
		return nil, nil, fmt.Errorf("blob commitment: %w", err)
	}
	head, err := p.l1.BlockNumber(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("l1 head: %w", err)
	}
	info, err := p.cv.InfoAt(ctx, head)
	if err != nil {
		return nil, nil, fmt.Errorf("cert verifier: %w", err)
	}
	quorums := unionSorted(info.RequiredQuorums, p.cfg.Quorums)
	key, header, err := p.client.Disperse(ctx, p.cfg.BlobVersion, blob, commitment, quorums)
	if err != nil {
		return nil, nil, err
	}
	p.log.Debug("blob dispersed", "blob_key", common.Hash(key), "symbols", commitment.Length)
	reply, err := p.client.WaitSigned(ctx, key, quorums, info.Thresholds.ConfirmationThreshold)
	if err != nil {
		return nil, nil, err
	}
	bh, err := certs.BatchHeaderFromProto(reply.GetSignedBatch().GetHeader())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadReply, err)
	}
	inclusion, err := certs.InclusionFromProto(reply.GetBlobInclusionInfo())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadReply, err)
	}
	got, err := inclusion.BlobCertificate.BlobHeader.BlobKey()
	if err != nil || got != key {
		return nil, nil, fmt.Errorf("%w: the signed batch holds blob %x, not %x", ErrBadReply, got, key)
	}
	if !sameHeader(inclusion.BlobCertificate.BlobHeader, header) {
		return nil, nil, fmt.Errorf("%w: the signed batch changed the blob header", ErrBadReply)
	}
	att, err := certs.AttestationFromProto(reply.GetSignedBatch().GetAttestation())
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrBadReply, err)
	}
	rbn := uint64(bh.ReferenceBlockNumber)
	if err := p.waitForBlock(ctx, rbn+p.cfg.ConfirmationDepth); err != nil {
		return nil, nil, err
	}
	if info, err = p.cv.InfoAt(ctx, rbn); err != nil {
		return nil, nil, fmt.Errorf("cert verifier at reference block %d: %w", rbn, err)
	}
	ids := make([][32]byte, len(att.NonSignerPubkeys))
	for i, pk := range att.NonSignerPubkeys {
		ids[i] = bls.OperatorID(pk)
	}
	idx, err := verifier.Indices(ctx, p.l1, p.cfg.OperatorStateRetriever, p.cfg.RegistryCoordinator, bh.ReferenceBlockNumber,
		att.QuorumNumbers, ids)
	if err != nil {
		return nil, nil, err
	}
	cert, err := certs.NewCert(info.CertVersion, bh, inclusion, att, idx, info.OffchainDerivationVersion)
	if err != nil {
		return nil, nil, err
	}
	if err := p.cv.Check(ctx, cert); err != nil {
		return nil, nil, fmt.Errorf("certificate of blob %x: %w", key, err)
	}
	return cert, blob, nil
}

// waitForBlock waits until the L1 head reaches block n.
func (p *PayloadDisperser) waitForBlock(ctx context.Context, n uint64) error {
	for {
		head, err := p.l1.BlockNumber(ctx)
		if err == nil && head >= n {
			return nil
		}
		if err != nil {
			p.log.Debug("l1 head", "err", err)
		}
		t := time.NewTimer(p.cfg.HeadPollInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("waiting for l1 block %d (head %d): %w", n, head, errors.Join(context.Cause(ctx), err))
		case <-t.C:
		}
	}
}

func unionSorted(a, b []byte) []byte {
	out := slices.Clone(a)
	for _, q := range b {
		if !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	slices.Sort(out)
	return out
}

func sameHeader(a, b certs.BlobHeader) bool {
	ka, err1 := a.BlobKey()
	kb, err2 := b.BlobKey()
	return err1 == nil && err2 == nil && ka == kb && a.Version == b.Version && bytes.Equal(a.QuorumNumbers, b.QuorumNumbers)
}
