// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

// Package kubotest starts real Kubo nodes for tests: each in its own
// repository under the test's temporary directory, listening on loopback
// ports the kernel picks, stopped when the test ends.
package kubotest

import (
	"bytes"
	"context"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/openledger/openledger/ipfs/kubo"
	"github.com/openledger/openledger/ipfs/rpc"
)

// startTimeout bounds a node's start on a loaded machine.
const startTimeout = 2 * time.Minute

// Node is a running test node.
type Node struct {
	// Daemon is the Kubo process.
	Daemon *kubo.Daemon
	// Client talks to its RPC API.
	Client *rpc.Client
	// Repo is its repository directory.
	Repo string
	// Config is what it was started with (Start again to restart it).
	Config kubo.Config

	log *syncBuffer
}

// Start starts a node in a fresh repository. The node is stopped at the end
// of the test; its output is logged when the test fails.
func Start(t testing.TB, opts ...rpc.Option) *Node {
	t.Helper()
	repo := t.TempDir()
	n := &Node{Repo: repo, log: new(syncBuffer), Config: kubo.Config{
		Repo: repo, APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", SwarmAddr: "127.0.0.1:0",
	}}
	n.Config.Output = n.log
	n.start(t, opts...)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("kubo %s output:\n%s", repo, n.log.String())
		}
	})
	return n
}

func (n *Node) start(t testing.TB, opts ...rpc.Option) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	d, err := kubo.Start(ctx, n.Config)
	if err != nil {
		t.Fatalf("start kubo: %v", err)
	}
	t.Cleanup(func() { n.stop(d) })
	c, err := rpc.New(d.APIURL(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	n.Daemon, n.Client = d, c
}

func (n *Node) stop(d *kubo.Daemon) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d.Stop(ctx)
}

// Stop stops the node (its repository stays).
func (n *Node) Stop(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := n.Daemon.Stop(ctx); err != nil {
		t.Fatalf("stop kubo: %v", err)
	}
}

// Restart starts the stopped node again on the same API port, so clients
// made for it keep working.
func (n *Node) Restart(t testing.TB, opts ...rpc.Option) {
	t.Helper()
	_, port, err := net.SplitHostPort(n.Daemon.APIURL()[len("http://"):])
	if err != nil {
		t.Fatal(err)
	}
	n.Config.APIAddr = net.JoinHostPort("127.0.0.1", port)
	n.start(t, opts...)
}

// APIPort is the port of the node's RPC API.
func (n *Node) APIPort(t testing.TB) int {
	_, port, err := net.SplitHostPort(n.Daemon.APIURL()[len("http://"):])
	if err != nil {
		t.Fatal(err)
	}
	p, _ := strconv.Atoi(port)
	return p
}

// SwarmAddr returns a loopback multiaddr of the node with its peer id.
func (n *Node) SwarmAddr(t testing.TB) string {
	t.Helper()
	id, err := n.Client.ID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range id.Addresses {
		if bytes.HasPrefix([]byte(a), []byte("/ip4/127.0.0.1/tcp/")) {
			return a
		}
	}
	t.Fatalf("kubo %s has no loopback TCP address: %v", id.ID, id.Addresses)
	return ""
}

// Pair starts two nodes in separate repositories and connects them.
func Pair(t testing.TB) (a, b *Node) {
	t.Helper()
	a, b = Start(t), Start(t)
	if err := b.Client.Connect(context.Background(), a.SwarmAddr(t)); err != nil {
		t.Fatalf("connect the nodes: %v", err)
	}
	return a, b
}

// syncBuffer is a bytes.Buffer safe for the daemon's writer and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
