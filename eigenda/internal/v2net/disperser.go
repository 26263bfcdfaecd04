package v2net

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/kzg"
	"github.com/openledger/openledger/eigenda/v2/blobs"
	"github.com/openledger/openledger/eigenda/v2/certs"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/eigenda/v2/payments"
	"github.com/openledger/openledger/eigenda/v2/pb/commonv2pb"
	"github.com/openledger/openledger/eigenda/v2/pb/disperserpb"
)

type blobEntry struct {
	status    disperserpb.BlobStatus
	header    *commonv2pb.BlobHeader
	cert      certs.BlobCertificate
	blob      []byte
	reply     *disperserpb.BlobStatusReply
	charge    uint64 // reservation symbols
	payer     common.Address
	completed bool
}

// Disperser serves the disperser.v2 API: it checks requests as EigenDA's
// disperser does, batches the blobs polled for, has the chain's operators sign
// the batch, places the blobs with its relays and keeps payment accounts.
type Disperser struct {
	disperserpb.UnimplementedDisperserServer

	chain       *Chain
	srs         *kzg.SRS
	relays      []*Relay
	relayKeys   []uint32
	disperserID uint32
	maxBlob     int

	mu           sync.Mutex
	params       payments.Params
	reservations map[common.Address]*payments.Reservation
	buckets      map[common.Address]*payments.Bucket
	deposits     map[common.Address]*big.Int
	paid         map[common.Address]*big.Int
	seen         map[[32]byte]bool // payment state request hashes
	blobs        map[[32]byte]*blobEntry
	calls        map[string]int
	now          func() time.Time

	// Misbehaviour knobs.
	signs          func(operator int) bool
	failDisperse   int
	statusFailures int
	failAll        bool
	stall          bool
	rbnLag         uint64

	addr string
}

// DisperserOptions configure NewDisperser.
type DisperserOptions struct {
	DisperserID uint32
	// MaxBlobBytes refuses larger blobs (default 16 MiB).
	MaxBlobBytes int
	// Params are the payment vault's global parameters.
	Params payments.Params
}

// NewDisperser starts a disperser on a loopback port with the relays (relay
// key i is relays[i]); it stops when the test ends.
func NewDisperser(t testing.TB, chain *Chain, srs *kzg.SRS, relays []*Relay, o DisperserOptions) *Disperser {
	t.Helper()
	if o.MaxBlobBytes == 0 {
		o.MaxBlobBytes = 16 << 20
	}
	if o.Params == (payments.Params{}) {
		o.Params = payments.Params{MinNumSymbols: 4096, PricePerSymbol: 447_000_000, ReservationWindow: 300 * time.Second}
	}
	d := &Disperser{chain: chain, srs: srs, relays: relays, disperserID: o.DisperserID, maxBlob: o.MaxBlobBytes,
		params: o.Params, reservations: map[common.Address]*payments.Reservation{}, buckets: map[common.Address]*payments.Bucket{},
		deposits: map[common.Address]*big.Int{}, paid: map[common.Address]*big.Int{}, seen: map[[32]byte]bool{},
		blobs: map[[32]byte]*blobEntry{}, calls: map[string]int{}, now: time.Now, rbnLag: 1}
	for i := range relays {
		d.relayKeys = append(d.relayKeys, uint32(i))
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := grpc.NewServer(grpc.MaxRecvMsgSize(64 << 20))
	disperserpb.RegisterDisperserServer(s, d)
	go func() { _ = s.Serve(l) }()
	t.Cleanup(s.Stop)
	d.addr = l.Addr().String()
	return d
}

// Addr returns the disperser's gRPC address.
func (d *Disperser) Addr() string { return d.addr }

// SetReservation gives an account a reservation.
func (d *Disperser) SetReservation(account common.Address, r payments.Reservation) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.reservations[account] = &r
	d.buckets[account] = payments.NewBucket(r.SymbolsPerSecond, d.params.ReservationWindow, d.now())
}

// SetDeposit sets an account's on-chain on-demand deposit.
func (d *Disperser) SetDeposit(account common.Address, wei *big.Int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.deposits[account] = new(big.Int).Set(wei)
}

// Paid returns the on-demand cumulative payment accepted from an account.
func (d *Disperser) Paid(account common.Address) *big.Int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if p, ok := d.paid[account]; ok {
		return new(big.Int).Set(p)
	}
	return new(big.Int)
}

// SetSigners sets which operators sign batches (nil: all).
func (d *Disperser) SetSigners(signs func(operator int) bool) {
	d.mu.Lock()
	d.signs = signs
	d.mu.Unlock()
}

// FailNextDispersals makes the next n DisperseBlob calls fail with
// codes.Unavailable.
func (d *Disperser) FailNextDispersals(n int) { d.mu.Lock(); d.failDisperse = n; d.mu.Unlock() }

// FailNextStatusPolls makes the next n GetBlobStatus calls fail with
// codes.Unavailable.
func (d *Disperser) FailNextStatusPolls(n int) { d.mu.Lock(); d.statusFailures = n; d.mu.Unlock() }

// SetFailAll makes new blobs end in FAILED.
func (d *Disperser) SetFailAll(v bool) { d.mu.Lock(); d.failAll = v; d.mu.Unlock() }

// SetStall keeps blobs QUEUED forever.
func (d *Disperser) SetStall(v bool) { d.mu.Lock(); d.stall = v; d.mu.Unlock() }

// Calls returns how many times an RPC was called.
func (d *Disperser) Calls(method string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.calls[method]
}

// DisperseBlob implements disperserpb.DisperserServer.
func (d *Disperser) DisperseBlob(_ context.Context, req *disperserpb.DisperseBlobRequest) (*disperserpb.DisperseBlobReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls["DisperseBlob"]++
	if d.failDisperse > 0 {
		d.failDisperse--
		return nil, status.Error(codes.Unavailable, "disperser temporarily unavailable")
	}
	blob := req.GetBlob()
	if len(blob) == 0 || len(blob)%32 != 0 || len(blob) > d.maxBlob {
		return nil, status.Errorf(codes.InvalidArgument, "blob of %d bytes (whole symbols, at most %d)", len(blob), d.maxBlob)
	}
	header, payment, err := certs.HeaderFromProto(req.GetBlobHeader())
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "blob header: %v", err)
	}
	if int(header.Version) >= len(d.chain.Set.BlobParams) {
		return nil, status.Errorf(codes.InvalidArgument, "blob version %d not registered", header.Version)
	}
	if len(header.QuorumNumbers) == 0 || !slices.IsSorted(header.QuorumNumbers) || len(slices.Compact(slices.Clone(header.QuorumNumbers))) != len(header.QuorumNumbers) {
		return nil, status.Error(codes.InvalidArgument, "quorum numbers must be non-empty, ascending and unique")
	}
	for _, q := range header.QuorumNumbers {
		if q >= d.chain.Set.QuorumCount {
			return nil, status.Errorf(codes.InvalidArgument, "quorum %d does not exist", q)
		}
	}
	key, err := header.BlobKey()
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "blob key: %v", err)
	}
	if err := checkSigner(key, req.GetSignature(), payment.AccountID); err != nil {
		return nil, status.Errorf(codes.Unauthenticated, "blob key signature: %v", err)
	}
	if len(req.GetAnchorSignature()) > 0 {
		chain := make([]byte, 32)
		d.chain.ChainID.FillBytes(chain)
		if !bytes.Equal(req.GetChainId(), chain) || req.GetDisperserId() != d.disperserID {
			return nil, status.Error(codes.InvalidArgument, "request anchored to another chain or disperser")
		}
		anchor := payments.AnchorHash(d.chain.ChainID, d.disperserID, key)
		if err := checkSigner(anchor, req.GetAnchorSignature(), payment.AccountID); err != nil {
			return nil, status.Errorf(codes.Unauthenticated, "anchor signature: %v", err)
		}
	}
	if err := blobs.CheckCommitment(d.srs, blob, header.Commitment); err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "commitment: %v", err)
	}
	if _, dup := d.blobs[key]; dup {
		return nil, status.Error(codes.AlreadyExists, "blob key already dispersed")
	}
	charge, err := d.pay(payment, header.Commitment.Length, header.QuorumNumbers)
	if err != nil {
		return nil, err
	}
	e := &blobEntry{status: disperserpb.BlobStatus_QUEUED, header: req.GetBlobHeader(), blob: append([]byte(nil), blob...),
		cert:   certs.BlobCertificate{BlobHeader: header, Signature: req.GetSignature(), RelayKeys: slices.Clone(d.relayKeys)},
		charge: charge, payer: payment.AccountID}
	if d.failAll {
		e.status = disperserpb.BlobStatus_FAILED
	}
	d.blobs[key] = e
	return &disperserpb.DisperseBlobReply{Result: disperserpb.BlobStatus_QUEUED, BlobKey: key[:]}, nil
}

func checkSigner(hash [32]byte, sig []byte, account common.Address) error {
	if len(sig) != 65 {
		return fmt.Errorf("signature of %d bytes", len(sig))
	}
	pub, err := crypto.SigToPub(hash[:], sig)
	if err != nil {
		return err
	}
	if crypto.PubkeyToAddress(*pub) != account {
		return fmt.Errorf("signed by %s, not the account %s", crypto.PubkeyToAddress(*pub), account)
	}
	return nil
}

// pay applies the payment header: on demand when it carries a cumulative
// payment, by reservation otherwise.
func (d *Disperser) pay(p certs.PaymentHeader, symbols uint32, quorums []byte) (uint64, error) {
	if p.IsOnDemand() {
		for _, q := range quorums {
			if !slices.Contains(payments.OnDemandQuorums, q) {
				return 0, status.Errorf(codes.InvalidArgument, "on-demand payments cover quorums 0 and 1, not %d", q)
			}
		}
		prev := d.paid[p.AccountID]
		if prev == nil {
			prev = new(big.Int)
		}
		cost := d.params.Cost(symbols)
		deposit := d.deposits[p.AccountID]
		switch {
		case deposit == nil || p.CumulativePayment.Cmp(deposit) > 0:
			return 0, status.Errorf(codes.ResourceExhausted, "cumulative payment %v exceeds the deposit %v", p.CumulativePayment, deposit)
		case new(big.Int).Sub(p.CumulativePayment, prev).Cmp(cost) < 0:
			return 0, status.Errorf(codes.PermissionDenied, "cumulative payment %v pays less than %v over %v", p.CumulativePayment, cost, prev)
		}
		d.paid[p.AccountID] = new(big.Int).Set(p.CumulativePayment)
		return 0, nil
	}
	res, ok := d.reservations[p.AccountID]
	ts := time.Unix(0, p.Timestamp)
	if !ok || !res.Active(ts) || !res.Active(d.now()) {
		return 0, status.Error(codes.PermissionDenied, "no active reservation for the account")
	}
	if !res.Covers(quorums) {
		return 0, status.Errorf(codes.PermissionDenied, "reservation does not cover quorums %v", quorums)
	}
	billable := payments.BillableSymbols(symbols, d.params.MinNumSymbols)
	if !d.buckets[p.AccountID].Fill(d.now(), billable) {
		return 0, status.Error(codes.ResourceExhausted, "reservation bandwidth exhausted")
	}
	return billable, nil
}

// GetBlobStatus implements disperserpb.DisperserServer. Each poll moves a blob
// one step: QUEUED, ENCODED, GATHERING_SIGNATURES (its batch signed), COMPLETE.
func (d *Disperser) GetBlobStatus(_ context.Context, req *disperserpb.BlobStatusRequest) (*disperserpb.BlobStatusReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls["GetBlobStatus"]++
	if d.statusFailures > 0 {
		d.statusFailures--
		return nil, status.Error(codes.Unavailable, "status temporarily unavailable")
	}
	if len(req.GetBlobKey()) != 32 {
		return nil, status.Error(codes.InvalidArgument, "blob key must be 32 bytes")
	}
	e, ok := d.blobs[[32]byte(req.GetBlobKey())]
	if !ok {
		return nil, status.Error(codes.NotFound, "unknown blob key")
	}
	switch {
	case d.stall || e.status == disperserpb.BlobStatus_FAILED:
	case e.status == disperserpb.BlobStatus_QUEUED:
		e.status = disperserpb.BlobStatus_ENCODED
	case e.status == disperserpb.BlobStatus_ENCODED:
		if err := d.batch(); err != nil {
			return nil, status.Errorf(codes.Internal, "batch: %v", err)
		}
	case e.status == disperserpb.BlobStatus_GATHERING_SIGNATURES:
		e.status = disperserpb.BlobStatus_COMPLETE
	}
	out := &disperserpb.BlobStatusReply{Status: e.status}
	if e.reply != nil {
		out.SignedBatch, out.BlobInclusionInfo = e.reply.SignedBatch, e.reply.BlobInclusionInfo
	}
	return out, nil
}

// batch signs every ENCODED blob in one batch at the head less rbnLag.
func (d *Disperser) batch() error {
	var keys [][32]byte
	var bcs []certs.BlobCertificate
	var quorums []byte
	for k, e := range d.blobs {
		if e.status == disperserpb.BlobStatus_ENCODED {
			keys, bcs = append(keys, k), append(bcs, e.cert)
			for _, q := range e.cert.BlobHeader.QuorumNumbers {
				if !slices.Contains(quorums, q) {
					quorums = append(quorums, q)
				}
			}
		}
	}
	slices.Sort(quorums)
	head, err := d.chain.Client.BlockNumber(context.Background())
	if err != nil {
		return err
	}
	rbn := uint32(head - min(head, d.rbnLag))
	header, inclusions, err := issuer.BuildBatch(bcs, rbn)
	if err != nil {
		return err
	}
	att, err := d.chain.Set.Sign(header, quorums, d.signs)
	if err != nil {
		return err
	}
	pa, err := certs.AttestationToProto(att)
	if err != nil {
		return err
	}
	signed := &disperserpb.SignedBatch{Header: &commonv2pb.BatchHeader{BatchRoot: header.BatchRoot[:],
		ReferenceBlockNumber: uint64(header.ReferenceBlockNumber)}, Attestation: pa}
	for i, k := range keys {
		e := d.blobs[k]
		e.status = disperserpb.BlobStatus_GATHERING_SIGNATURES
		e.reply = &disperserpb.BlobStatusReply{SignedBatch: signed, BlobInclusionInfo: &disperserpb.BlobInclusionInfo{
			BlobCertificate: &commonv2pb.BlobCertificate{BlobHeader: e.header, Signature: e.cert.Signature, RelayKeys: e.cert.RelayKeys},
			BlobIndex:       inclusions[i].BlobIndex, InclusionProof: inclusions[i].InclusionProof,
		}}
		for _, r := range d.relays {
			r.Put(k, e.blob)
		}
	}
	return nil
}

// GetBlobCommitment implements disperserpb.DisperserServer.
func (d *Disperser) GetBlobCommitment(_ context.Context, req *disperserpb.BlobCommitmentRequest) (*disperserpb.BlobCommitmentReply, error) {
	c, err := blobs.Commit(d.srs, req.GetBlob())
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "%v", err)
	}
	pc, err := certs.CommitmentToProto(c)
	if err != nil {
		return nil, status.Errorf(codes.Internal, "%v", err)
	}
	return &disperserpb.BlobCommitmentReply{BlobCommitment: pc}, nil
}

// GetPaymentState implements disperserpb.DisperserServer: the request must be
// signed by the account within five minutes of now, and not replayed.
func (d *Disperser) GetPaymentState(_ context.Context, req *disperserpb.GetPaymentStateRequest) (*disperserpb.GetPaymentStateReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls["GetPaymentState"]++
	if !common.IsHexAddress(req.GetAccountId()) {
		return nil, status.Error(codes.InvalidArgument, "account id is not an address")
	}
	account := common.HexToAddress(req.GetAccountId())
	ts := time.Unix(0, int64(req.GetTimestamp()))
	if d.now().Sub(ts).Abs() > 5*time.Minute {
		return nil, status.Error(codes.InvalidArgument, "timestamp too far from the disperser's clock")
	}
	h := payments.PaymentStateRequestHash(account, req.GetTimestamp())
	if err := checkSigner(h, req.GetSignature(), account); err != nil {
		return nil, status.Errorf(codes.Unauthenticated, "signature: %v", err)
	}
	if d.seen[h] {
		return nil, status.Error(codes.InvalidArgument, "replayed request")
	}
	d.seen[h] = true
	st := &payments.State{Params: d.params, Reservation: d.reservations[account], CumulativePayment: new(big.Int), Deposits: new(big.Int)}
	if p, ok := d.paid[account]; ok {
		st.CumulativePayment.Set(p)
	}
	if dep, ok := d.deposits[account]; ok {
		st.Deposits.Set(dep)
	}
	return st.ToProto(), nil
}

// NewAccount returns a fresh payer key with a reservation covering quorums 0
// and 1 for an hour.
func (d *Disperser) NewAccount(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	d.SetReservation(crypto.PubkeyToAddress(k.PublicKey), payments.Reservation{
		SymbolsPerSecond: 1 << 20, Start: time.Now().Add(-time.Minute), End: time.Now().Add(time.Hour), Quorums: []byte{0, 1, 2},
	})
	return k
}
