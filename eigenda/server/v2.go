package server

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/store"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/bls"
	"github.com/openledger/openledger/eigenda/v2/certs"
	v2disperser "github.com/openledger/openledger/eigenda/v2/disperser"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/eigenda/v2/relay"
	"github.com/openledger/openledger/eigenda/v2/verifier"
)

// v2Backend puts payloads as EigenDA v2 certificates and serves them back.
type v2Backend interface {
	// put stores or disperses a payload and returns its certificate and blob.
	put(ctx context.Context, payload []byte) (*certs.Cert, []byte, error)
	// verify checks a certificate: nil, a *verifier.DerivationError (drop it),
	// or another error (cannot tell now).
	verify(ctx context.Context, c *certs.Cert) error
	// recencyWindow is the recency window to apply (0: none).
	recencyWindow() uint64
	// fetch returns the certified blob, checked against its commitment unless
	// local (the caller checks local blobs); errors wrap store.ErrNotFound when
	// no source has it.
	fetch(ctx context.Context, c *certs.Cert) (blob []byte, checked bool, err error)
	health(ctx context.Context) error
	close() error
}

// localV2 issues v2 certificates itself, signed by the devnet operator set,
// and keeps the blobs in the memory or file store. With an L1 and a cert
// verifier (the devnet's) its certificates reference L1 blocks and are checked
// on chain; without, they reference block 0 and are checked in Go against the
// operator set.
type localV2 struct {
	blobs      store.Blobs
	srs        *kzg.SRS
	form       codec.PolynomialForm
	set        *issuer.OperatorSet
	account    *ecdsa.PrivateKey
	quorums    []byte
	thresholds certs.SecurityThresholds
	l1         verifier.Caller // nil: no L1
	cv         *verifier.CertVerifier
	retriever  common.Address
	depth      uint64
	window     uint64
	log        log.Logger
}

func newLocalV2(cfg Config, form codec.PolynomialForm, blobsStore store.Blobs, srs *kzg.SRS, l1 verifier.Caller, logger log.Logger) (*localV2, error) {
	set, err := issuer.DevnetOperatorSet(cfg.V2.LocalOperators, 2)
	if err != nil {
		return nil, err
	}
	h := crypto.Keccak256([]byte(DevnetAccountSeed))
	account, err := crypto.ToECDSA(h)
	if err != nil {
		return nil, fmt.Errorf("devnet account key: %w", err)
	}
	l := &localV2{blobs: blobsStore, srs: srs, form: form, set: set, account: account,
		thresholds: issuer.DefaultThresholds, l1: l1, retriever: cfg.V2.OperatorStateRetriever,
		depth: cfg.ConfirmationDepth, window: cfg.V2.RecencyWindow, log: logger}
	for _, q := range cfg.RequiredQuorums {
		if q >= uint32(set.QuorumCount) {
			return nil, fmt.Errorf("%w: local operators serve quorums 0 and 1, not %d", ErrConfig, q)
		}
		l.quorums = append(l.quorums, byte(q))
	}
	if len(l.quorums) == 0 {
		l.quorums = []byte{0, 1}
	}
	if l1 != nil && cfg.V2.CertVerifier != (common.Address{}) {
		l.cv = verifier.New(l1, cfg.V2.CertVerifier)
	}
	if l1 == nil {
		// Without L1 certificates reference block 0: a recency window would
		// drop every one of them once L1 passed it.
		l.window = 0
	}
	logger.Warn("issuing eigenda v2 certificates locally, signed by the devnet operator set whose keys are public: they prove nothing outside this server",
		"operators", len(set.Operators), "seed", issuer.DevnetOperatorSeed, "onchain_checks", l.cv != nil)
	return l, nil
}

func (l *localV2) put(ctx context.Context, payload []byte) (*certs.Cert, []byte, error) {
	blob, err := blobs.Encode(payload, l.form)
	if err != nil {
		return nil, nil, fmt.Errorf("encode payload: %w", err)
	}
	commitment, err := blobs.Commit(l.srs, blob)
	if err != nil {
		return nil, nil, fmt.Errorf("blob commitment: %w", err)
	}
	payment := certs.PaymentHeader{AccountID: crypto.PubkeyToAddress(l.account.PublicKey), Timestamp: time.Now().UnixNano(), CumulativePayment: new(big.Int)}
	ph, err := payment.Hash()
	if err != nil {
		return nil, nil, err
	}
	header := certs.BlobHeader{Version: 0, QuorumNumbers: l.quorums, Commitment: commitment, PaymentHeaderHash: ph}
	key, err := header.BlobKey()
	if err != nil {
		return nil, nil, err
	}
	sig, err := crypto.Sign(key[:], l.account)
	if err != nil {
		return nil, nil, err
	}
	if err := l.blobs.PutBlob(ctx, store.V2Key(key), blob); err != nil {
		return nil, nil, err
	}
	var rbn uint32
	version, offchain := certs.CertVersion4, uint16(0)
	if l.l1 != nil {
		head, err := l.l1.BlockNumber(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: l1 head: %w", store.ErrUnavailable, err)
		}
		if head > 0 {
			rbn = uint32(head - 1)
		}
	}
	bc := certs.BlobCertificate{BlobHeader: header, Signature: sig, RelayKeys: []uint32{0}}
	bh, inclusions, err := issuer.BuildBatch([]certs.BlobCertificate{bc}, rbn)
	if err != nil {
		return nil, nil, err
	}
	att, err := l.set.Sign(bh, l.quorums, nil)
	if err != nil {
		return nil, nil, err
	}
	idx := issuer.StaticRegistry{Set: l.set}.Indices(att)
	if l.cv != nil {
		info, err := l.cv.InfoAt(ctx, uint64(rbn))
		if err != nil {
			return nil, nil, fmt.Errorf("%w: cert verifier: %w", store.ErrUnavailable, err)
		}
		version, offchain = info.CertVersion, info.OffchainDerivationVersion
		ids := make([][32]byte, len(att.NonSignerPubkeys))
		for i, pk := range att.NonSignerPubkeys {
			ids[i] = bls.OperatorID(pk)
		}
		if idx, err = verifier.Indices(ctx, l.l1, l.retriever, l.retriever, rbn, att.QuorumNumbers, ids); err != nil {
			return nil, nil, fmt.Errorf("%w: %w", store.ErrUnavailable, err)
		}
	}
	c, err := certs.NewCert(version, bh, inclusions[0], att, idx, offchain)
	if err != nil {
		return nil, nil, err
	}
	if l.cv != nil {
		if err := waitForHead(ctx, l.l1, uint64(rbn)+max(l.depth, 1)); err != nil {
			return nil, nil, err
		}
	}
	if err := l.verify(ctx, c); err != nil {
		return nil, nil, fmt.Errorf("locally issued certificate does not verify: %w", err)
	}
	return c, blob, nil
}

func (l *localV2) verify(ctx context.Context, c *certs.Cert) error {
	if l.cv != nil {
		return l.cv.Check(ctx, c)
	}
	err := certs.Verify(c, issuer.StaticRegistry{Set: l.set}, certs.VerifyParams{
		Thresholds: l.thresholds, RequiredQuorums: l.quorums, BlockNumber: c.ReferenceBlockNumber() + 1,
	})
	if errors.Is(err, certs.ErrInvalid) {
		return verifier.Drop(verifier.StatusInvalidCert, "%v", err)
	}
	return err
}

func (l *localV2) recencyWindow() uint64 { return l.window }

func (l *localV2) fetch(ctx context.Context, c *certs.Cert) ([]byte, bool, error) {
	key, err := c.BlobKey()
	if err != nil {
		return nil, false, err
	}
	b, err := l.blobs.GetBlob(ctx, store.V2Key(key))
	return b, false, err
}

func (l *localV2) health(ctx context.Context) error { return l.blobs.Health(ctx) }
func (l *localV2) close() error                     { return nil } // the blob store is closed by the service

// networkV2 disperses to an EigenDA v2 network and retrieves from its relays,
// with an optional secondary store.
type networkV2 struct {
	pd                 *v2disperser.PayloadDisperser
	client             *v2disperser.Client
	cv                 *verifier.CertVerifier
	relays             *relay.Client
	srs                *kzg.SRS
	secondary          store.Blobs
	window             uint64
	onSecondaryFailure func()
	log                log.Logger
}

func (n *networkV2) put(ctx context.Context, payload []byte) (*certs.Cert, []byte, error) {
	c, blob, err := n.pd.Put(ctx, payload)
	if err != nil {
		if v2disperser.IsUnavailable(err) {
			return nil, nil, fmt.Errorf("%w: %w", store.ErrUnavailable, err)
		}
		return nil, nil, err
	}
	if n.secondary != nil {
		key, _ := c.BlobKey()
		if err := n.secondary.PutBlob(ctx, store.V2Key(key), blob); err != nil {
			// The blob is on EigenDA; the secondary copy is a convenience.
			n.log.Error("secondary store failed to keep a blob", "blob_key", common.Hash(key), "err", err)
			n.onSecondaryFailure()
		}
	}
	return c, blob, nil
}

func (n *networkV2) verify(ctx context.Context, c *certs.Cert) error { return n.cv.Check(ctx, c) }

func (n *networkV2) recencyWindow() uint64 { return n.window }

func (n *networkV2) fetch(ctx context.Context, c *certs.Cert) ([]byte, bool, error) {
	blob, err := n.relays.GetBlob(ctx, c)
	if err == nil {
		return blob, true, nil
	}
	if n.secondary == nil {
		if errors.Is(err, relay.ErrNotFound) {
			return nil, false, fmt.Errorf("%w: %w", store.ErrNotFound, err)
		}
		return nil, false, fmt.Errorf("%w: %w", store.ErrUnavailable, err)
	}
	key, kerr := c.BlobKey()
	if kerr != nil {
		return nil, false, kerr
	}
	b, serr := n.secondary.GetBlob(ctx, store.V2Key(key))
	if serr != nil {
		if errors.Is(err, relay.ErrNotFound) && errors.Is(serr, store.ErrNotFound) {
			return nil, false, fmt.Errorf("%w: relays: %w; secondary: %w", store.ErrNotFound, err, serr)
		}
		return nil, false, fmt.Errorf("%w: relays: %w; secondary: %w", store.ErrUnavailable, err, serr)
	}
	n.log.Warn("relays failed, serving the blob from the secondary store", "blob_key", common.Hash(key), "err", err)
	return b, false, nil
}

func (n *networkV2) health(ctx context.Context) error {
	if n.secondary != nil {
		return n.secondary.Health(ctx)
	}
	return nil
}

func (n *networkV2) close() error {
	return errors.Join(n.client.Close(), n.relays.Close())
}

// waitForHead waits until the L1 head reaches block n.
func waitForHead(ctx context.Context, l1 verifier.Caller, n uint64) error {
	for {
		head, err := l1.BlockNumber(ctx)
		if err == nil && head >= n {
			return nil
		}
		t := time.NewTimer(500 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w: waiting for l1 block %d: %w", store.ErrUnavailable, n, context.Cause(ctx))
		case <-t.C:
		}
	}
}
