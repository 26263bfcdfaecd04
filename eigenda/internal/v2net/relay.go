package v2net

import (
	"context"
	"net"
	"sync"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/openledger/openledger/eigenda/v2/pb/relaypb"
)

// Relay serves the relay.Relay API from memory.
type Relay struct {
	relaypb.UnimplementedRelayServer

	mu     sync.Mutex
	blobs  map[[32]byte][]byte
	down   bool
	tamper bool
	calls  int
	addr   string
}

// NewRelay starts a relay on a loopback port; it stops when the test ends.
func NewRelay(t testing.TB) *Relay {
	t.Helper()
	r := &Relay{blobs: map[[32]byte][]byte{}}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := grpc.NewServer(grpc.MaxRecvMsgSize(64 << 20))
	relaypb.RegisterRelayServer(s, r)
	go func() { _ = s.Serve(l) }()
	t.Cleanup(s.Stop)
	r.addr = l.Addr().String()
	return r
}

// Addr returns the relay's gRPC address.
func (r *Relay) Addr() string { return r.addr }

// Put stores a blob.
func (r *Relay) Put(key [32]byte, blob []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.blobs[key] = append([]byte(nil), blob...)
}

// SetDown makes every call fail with codes.Unavailable.
func (r *Relay) SetDown(v bool) { r.mu.Lock(); r.down = v; r.mu.Unlock() }

// SetTamper makes the relay serve blobs with one byte changed.
func (r *Relay) SetTamper(v bool) { r.mu.Lock(); r.tamper = v; r.mu.Unlock() }

// Forget drops every blob.
func (r *Relay) Forget() { r.mu.Lock(); r.blobs = map[[32]byte][]byte{}; r.mu.Unlock() }

// Calls returns how many GetBlob calls the relay answered.
func (r *Relay) Calls() int { r.mu.Lock(); defer r.mu.Unlock(); return r.calls }

// GetBlob implements relaypb.RelayServer.
func (r *Relay) GetBlob(_ context.Context, req *relaypb.GetBlobRequest) (*relaypb.GetBlobReply, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls++
	if r.down {
		return nil, status.Error(codes.Unavailable, "relay down")
	}
	if len(req.GetBlobKey()) != 32 {
		return nil, status.Error(codes.InvalidArgument, "blob key must be 32 bytes")
	}
	b, ok := r.blobs[[32]byte(req.GetBlobKey())]
	if !ok {
		return nil, status.Error(codes.NotFound, "no such blob")
	}
	out := append([]byte(nil), b...)
	if r.tamper {
		out[len(out)-1] ^= 0x01
	}
	return &relaypb.GetBlobReply{Blob: out}, nil
}
