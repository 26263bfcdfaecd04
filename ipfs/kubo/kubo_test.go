// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kubo_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openledger/openledger/ipfs/kubo"
	"github.com/openledger/openledger/ipfs/rpc"
)

func TestConfigCheck(t *testing.T) {
	good := kubo.Config{Repo: "r", APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:8080", SwarmAddr: "[::1]:4001",
		Peers: []string{"/ip4/10.0.0.1/tcp/4001/p2p/12D3KooWKkJDxttgGQJq8pcrCaAQfNyjdAHQbfwnvVkGw3DMbfuP"}}
	tests := []struct {
		name   string
		modify func(*kubo.Config)
		want   string
	}{
		{"good", func(*kubo.Config) {}, ""},
		{"no-repo", func(c *kubo.Config) { c.Repo = "" }, "repository"},
		{"hostname", func(c *kubo.Config) { c.APIAddr = "localhost:5001" }, "IP address"},
		{"no-port", func(c *kubo.Config) { c.GatewayAddr = "127.0.0.1" }, "gateway"},
		{"bad-port", func(c *kubo.Config) { c.SwarmAddr = "127.0.0.1:99999" }, "bad port"},
		{"peer-without-id", func(c *kubo.Config) { c.Peers = []string{"/ip4/10.0.0.1/tcp/4001"} }, "/p2p/"},
		{"peer-not-multiaddr", func(c *kubo.Config) { c.Peers = []string{"10.0.0.1:4001/p2p/x"} }, "/p2p/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.modify(&c)
			err := c.Check()
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want mention of %q", err, tc.want)
			}
		})
	}
}

// A node starts, serves its API, stops on request and resumes its repository
// (identity and content) on the next start.
func TestStartStopResume(t *testing.T) {
	repo := t.TempDir()
	cfg := kubo.Config{Repo: repo, APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", SwarmAddr: "127.0.0.1:0"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := kubo.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := rpc.New(d.APIURL())
	if err != nil {
		t.Fatal(err)
	}
	id1, err := c.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.GatewayURL(), "http://127.0.0.1:") {
		t.Fatalf("gateway %q", d.GatewayURL())
	}
	if err := d.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	<-d.Exited()
	if _, err := os.Stat(filepath.Join(repo, "api")); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("api file left after a clean stop: %v", err)
	}
	if err := d.Stop(ctx); err != nil {
		t.Fatalf("second stop: %v", err)
	}

	d2, err := kubo.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Stop(ctx)
	c2, _ := rpc.New(d2.APIURL())
	id2, err := c2.ID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id1.ID != id2.ID {
		t.Fatalf("peer id changed across restarts: %s → %s", id1.ID, id2.ID)
	}
}

// Two daemons cannot share a repository: the second start fails with the
// daemon's own message once its context ends, instead of hanging.
func TestSecondDaemonOnSameRepoFails(t *testing.T) {
	repo := t.TempDir()
	cfg := kubo.Config{Repo: repo, APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", SwarmAddr: "127.0.0.1:0"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, err := kubo.Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop(ctx)
	// Start waits for a lock a dying daemon still holds; a live one keeps it.
	short, cancelShort := context.WithTimeout(ctx, 2*time.Second)
	defer cancelShort()
	_, err = kubo.Start(short, cfg)
	if !errors.Is(err, kubo.ErrExited) || !strings.Contains(err.Error(), "someone else has the lock") {
		t.Fatalf("err = %v, want ErrExited about the lock", err)
	}
}

func TestFindBinaryEnv(t *testing.T) {
	t.Setenv(kubo.BinaryEnv, filepath.Join(t.TempDir(), "missing"))
	if _, err := kubo.FindBinary(); !errors.Is(err, kubo.ErrNoBinary) {
		t.Fatalf("err = %v", err)
	}
}

// parentEnv makes the test binary act as a parent that starts a daemon and
// then waits to be killed.
const parentEnv = "KUBO_TEST_PARENT_REPO"

func TestMain(m *testing.M) {
	if repo := os.Getenv(parentEnv); repo != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		d, err := kubo.Start(ctx, kubo.Config{Repo: repo, APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", SwarmAddr: "127.0.0.1:0"})
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("api:", d.APIURL())
		select {} // until killed
	}
	os.Exit(m.Run())
}

// A daemon does not outlive a parent that is killed (SIGKILL, a crash): the
// kernel stops it, so the repository can be used again at once.
func TestDaemonStopsWithItsParent(t *testing.T) {
	repo := t.TempDir()
	parent := exec.Command(os.Args[0], "-test.run=^$")
	parent.Env = append(os.Environ(), parentEnv+"="+repo)
	out, err := parent.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "api: http://") {
		parent.Process.Kill()
		t.Fatalf("parent: %q %v", line, err)
	}
	api := strings.TrimSpace(strings.TrimPrefix(line, "api: "))
	if err := parent.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	parent.Wait()
	// The orphan, had it survived, would keep answering and keep the lock.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := kubo.Start(ctx, kubo.Config{Repo: repo, APIAddr: "127.0.0.1:0", GatewayAddr: "127.0.0.1:0", SwarmAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("the repository is still held after its parent died: %v", err)
	}
	defer d.Stop(ctx)
	c, _ := rpc.New(api, rpc.WithRetry(1, 0))
	if _, err := c.ID(ctx); err == nil && api != d.APIURL() {
		t.Fatalf("the old daemon at %s still answers", api)
	}
}
