package fakedisperser

import (
	"context"
	"encoding/binary"
	"fmt"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/cert"
	"github.com/openledger/openledger/eigenda/codec"
	"github.com/openledger/openledger/eigenda/disperser"
	"github.com/openledger/openledger/eigenda/kzg"
)

type request struct {
	data   []byte
	header cert.BlobHeader
	polls  int
	status disperser.BlobStatus
	info   *cert.BlobInfo
}

// Disperser is the fake. Configure it with its Set methods, also while serving.
type Disperser struct {
	mu sync.Mutex
	// confirmAfterPolls is how many PROCESSING status replies precede confirmation.
	confirmAfterPolls int
	// failAll makes every new dispersal end in FAILED.
	failAll bool
	// unavailable makes every RPC return codes.Unavailable.
	unavailable bool
	// tamperRetrievals flips one byte of every retrieved blob.
	tamperRetrievals bool
	// statusFailures is how many of the next GetBlobStatus calls fail with
	// codes.Unavailable (a disperser restarting behind its load balancer).
	statusFailures int

	srs      *kzg.SRS
	requests map[string]*request
	blobs    map[string][]byte // batch header hash ‖ blob index -> data
	batches  uint32
	onChain  map[uint32]common.Hash // batch id -> metadata hash, as the service manager stores it
	head     uint64                 // the fake L1 head
	calls    map[string]int

	grpcServer *grpc.Server
	listener   net.Listener
}

// New returns a fake disperser committing with srs.
func New(srs *kzg.SRS) *Disperser {
	return &Disperser{
		confirmAfterPolls: 1,
		srs:               srs,
		requests:          map[string]*request{},
		blobs:             map[string][]byte{},
		calls:             map[string]int{},
		onChain:           map[uint32]common.Hash{},
	}
}

// Start serves the disperser API on a 127.0.0.1 port and returns its address.
func (d *Disperser) Start() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	d.listener = l
	d.grpcServer = disperser.NewGRPCServer(d)
	go func() { _ = d.grpcServer.Serve(l) }()
	return l.Addr().String(), nil
}

// Stop stops serving.
func (d *Disperser) Stop() {
	if d.grpcServer != nil {
		d.grpcServer.Stop()
	}
}

// SetConfirmAfterPolls sets how many PROCESSING replies precede confirmation.
func (d *Disperser) SetConfirmAfterPolls(n int) { d.mu.Lock(); d.confirmAfterPolls = n; d.mu.Unlock() }

// SetFailAll makes every new dispersal end in FAILED.
func (d *Disperser) SetFailAll(v bool) { d.mu.Lock(); d.failAll = v; d.mu.Unlock() }

// SetUnavailable makes every RPC fail with codes.Unavailable.
func (d *Disperser) SetUnavailable(v bool) { d.mu.Lock(); d.unavailable = v; d.mu.Unlock() }

// SetTamperRetrievals makes every retrieval return the blob with one byte flipped.
func (d *Disperser) SetTamperRetrievals(v bool) { d.mu.Lock(); d.tamperRetrievals = v; d.mu.Unlock() }

// SetStatusFailures makes the next n GetBlobStatus calls fail with
// codes.Unavailable.
func (d *Disperser) SetStatusFailures(n int) { d.mu.Lock(); d.statusFailures = n; d.mu.Unlock() }

// Calls returns how often an RPC was called.
func (d *Disperser) Calls(method string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.calls[method]
}

func (d *Disperser) enter(method string) error {
	d.calls[method]++
	if d.unavailable {
		return status.Error(codes.Unavailable, "fake disperser is unavailable")
	}
	return nil
}

// DisperseBlob implements disperser.Server.
func (d *Disperser) DisperseBlob(_ context.Context, req *disperser.DisperseBlobRequest) (*disperser.DisperseBlobReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.enter("DisperseBlob"); err != nil {
		return nil, err
	}
	if len(req.Data) == 0 {
		return nil, status.Error(codes.InvalidArgument, "data is empty")
	}
	c, err := d.srs.CommitBlob(req.Data)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "invalid blob: %v", err)
	}
	id := crypto.Keccak256(req.Data, binary.BigEndian.AppendUint32(nil, uint32(len(d.requests))))
	r := &request{
		data:   append([]byte(nil), req.Data...),
		header: cert.NewBlobHeader(c, uint32((len(req.Data)+codec.BytesPerSymbol-1)/codec.BytesPerSymbol), cert.DefaultQuorumParams()),
		status: disperser.StatusProcessing,
	}
	if d.failAll {
		r.status = disperser.StatusFailed
	}
	d.requests[string(id)] = r
	return &disperser.DisperseBlobReply{Result: disperser.StatusProcessing, RequestID: id}, nil
}

// GetBlobStatus implements disperser.Server. Every poll of a pending request
// counts; once one is due, all due requests are confirmed together in one batch.
func (d *Disperser) GetBlobStatus(_ context.Context, req *disperser.BlobStatusRequest) (*disperser.BlobStatusReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.enter("GetBlobStatus"); err != nil {
		return nil, err
	}
	if d.statusFailures > 0 {
		d.statusFailures--
		return nil, status.Error(codes.Unavailable, "fake disperser: status temporarily unavailable")
	}
	r, ok := d.requests[string(req.RequestID)]
	if !ok {
		return nil, status.Error(codes.NotFound, "unknown request id")
	}
	if r.status == disperser.StatusProcessing {
		r.polls++
		if r.polls > d.confirmAfterPolls {
			if err := d.confirmDue(); err != nil {
				return nil, status.Error(codes.Internal, err.Error())
			}
		}
	}
	return &disperser.BlobStatusReply{Status: r.status, Info: r.info}, nil
}

func (d *Disperser) confirmDue() error {
	var due []*request
	var headers []cert.BlobHeader
	for _, r := range d.requests {
		if r.status == disperser.StatusProcessing && r.polls > d.confirmAfterPolls {
			due = append(due, r)
			headers = append(headers, r.header)
		}
	}
	d.batches++
	infos, err := cert.BuildBatch(headers, cert.BatchParams{
		BatchID: d.batches, ReferenceBlockNumber: 1000 + d.batches, ConfirmationBlockNumber: 1010 + d.batches, SignedPercentage: 80,
	})
	if err != nil {
		return fmt.Errorf("build batch: %w", err)
	}
	mdHash, err := cert.HashBatchMetadata(&infos[0].BlobVerificationProof.BatchMetadata)
	if err != nil {
		return err
	}
	d.onChain[d.batches] = mdHash
	for i, r := range due {
		r.status, r.info = disperser.StatusConfirmed, infos[i]
		d.blobs[blobKey(infos[i].BlobVerificationProof.BatchMetadata.BatchHeaderHash, uint32(i))] = r.data
	}
	return nil
}

func blobKey(batchHeaderHash []byte, index uint32) string {
	return string(binary.BigEndian.AppendUint32(append([]byte(nil), batchHeaderHash...), index))
}

// RetrieveBlob implements disperser.Server.
func (d *Disperser) RetrieveBlob(_ context.Context, req *disperser.RetrieveBlobRequest) (*disperser.RetrieveBlobReply, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if err := d.enter("RetrieveBlob"); err != nil {
		return nil, err
	}
	data, ok := d.blobs[blobKey(req.BatchHeaderHash, req.BlobIndex)]
	if !ok {
		return nil, status.Error(codes.NotFound, "no such blob")
	}
	out := append([]byte(nil), data...)
	if d.tamperRetrievals {
		out[len(out)/2] ^= 0x01
	}
	return &disperser.RetrieveBlobReply{Data: out}, nil
}

// BatchMetadataHash implements cert.ChainReader: the fake disperser is also the
// fake L1 its batches are confirmed on.
func (d *Disperser) BatchMetadataHash(_ context.Context, batchID uint32) (common.Hash, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.onChain[batchID], nil
}

// BlockNumber implements cert.ChainReader.
func (d *Disperser) BlockNumber(context.Context) (uint64, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.head, nil
}

// Batches returns how many batches were confirmed.
func (d *Disperser) Batches() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return int(d.batches)
}

// SetHead sets the fake L1 head block number.
func (d *Disperser) SetHead(n uint64) { d.mu.Lock(); d.head = n; d.mu.Unlock() }

var (
	_ disperser.Server = (*Disperser)(nil)
	_ cert.ChainReader = (*Disperser)(nil)
)
