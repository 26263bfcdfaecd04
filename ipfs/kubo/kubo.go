// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kubo

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/ipfs/rpc"
)

// BinaryEnv names the environment variable that points at the ipfs binary.
const BinaryEnv = "LEDGER_IPFS_BIN"

var (
	// ErrNoBinary is returned when no Kubo binary can be found.
	ErrNoBinary = errors.New("kubo (ipfs) binary not found: run `make ipfs` (builds .build/kubo/ipfs), put ipfs on PATH, or set " + BinaryEnv)
	// ErrExited is returned when the daemon exits before it is ready, or is
	// stopped twice.
	ErrExited = errors.New("kubo daemon exited")
)

// FindBinary returns the Kubo executable to run: $LEDGER_IPFS_BIN, an ipfs
// beside the running executable (bin/ipfs next to bin/devnet), .build/kubo/ipfs
// of the OpenLedger checkout containing the working directory (for go test),
// or ipfs on PATH.
func FindBinary() (string, error) {
	if p := os.Getenv(BinaryEnv); p != "" {
		if isExecutable(p) {
			return p, nil
		}
		return "", fmt.Errorf("%w: %s=%s is not an executable file", ErrNoBinary, BinaryEnv, p)
	}
	if exe, err := os.Executable(); err == nil {
		if p := filepath.Join(filepath.Dir(exe), "ipfs"); isExecutable(p) {
			return p, nil
		}
	}
	if root, ok := checkoutRoot(); ok {
		if p := filepath.Join(root, ".build", "kubo", "ipfs"); isExecutable(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath("ipfs"); err == nil {
		return p, nil
	}
	return "", ErrNoBinary
}

func isExecutable(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular() && info.Mode()&0o111 != 0
}

// checkoutRoot walks up from the working directory to the OpenLedger module.
func checkoutRoot() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module github.com/openledger/openledger\n") {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Config describes a Kubo node.
type Config struct {
	// Binary is the ipfs executable (FindBinary when empty).
	Binary string
	// Repo is the node's repository (IPFS_PATH); it is initialised when it
	// holds no config.
	Repo string
	// APIAddr, GatewayAddr and SwarmAddr are host:port listen addresses of
	// the RPC API, the HTTP gateway and libp2p over TCP; port 0 picks a free
	// port. The host must be an IP address.
	APIAddr, GatewayAddr, SwarmAddr string
	// Peers are multiaddrs ending in /p2p/<peer id> that the node connects to
	// and keeps connected to (Kubo's Peering.Peers).
	Peers []string
	// Output receives the daemon's standard output and error (discarded when nil).
	Output io.Writer
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.Repo == "" {
		return errors.New("kubo: the repository directory is required")
	}
	for name, a := range map[string]string{"API": c.APIAddr, "gateway": c.GatewayAddr, "swarm": c.SwarmAddr} {
		if _, err := listenMultiaddr(a); err != nil {
			return fmt.Errorf("kubo %s address: %w", name, err)
		}
	}
	for _, p := range c.Peers {
		if _, _, err := splitPeer(p); err != nil {
			return err
		}
	}
	return nil
}

// listenMultiaddr turns host:port into /ip4|ip6/<host>/tcp/<port>.
func listenMultiaddr(hostport string) (string, error) {
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		return "", fmt.Errorf("%q: %w", hostport, err)
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return "", fmt.Errorf("%q: bad port", hostport)
	}
	ip := net.ParseIP(host)
	switch {
	case ip == nil:
		return "", fmt.Errorf("%q: the host must be an IP address", hostport)
	case ip.To4() != nil:
		return "/ip4/" + ip.String() + "/tcp/" + port, nil
	default:
		return "/ip6/" + ip.String() + "/tcp/" + port, nil
	}
}

// splitPeer splits /…/p2p/<id> into the address and the peer id.
func splitPeer(ma string) (addr, id string, err error) {
	i := strings.LastIndex(ma, "/p2p/")
	if i <= 0 || !strings.HasPrefix(ma, "/") || strings.Contains(ma[i+5:], "/") || ma[i+5:] == "" {
		return "", "", fmt.Errorf("kubo peer %q: want a multiaddr ending in /p2p/<peer id>", ma)
	}
	return ma[:i], ma[i+5:], nil
}

// Init creates the repository if it holds no config yet.
func Init(ctx context.Context, cfg Config) error {
	if _, err := os.Stat(filepath.Join(cfg.Repo, "config")); err == nil {
		return nil
	}
	if err := os.MkdirAll(cfg.Repo, 0o700); err != nil {
		return fmt.Errorf("kubo repo: %w", err)
	}
	out, err := command(ctx, cfg, "init", "--profile=test", "--empty-repo").CombinedOutput()
	if err != nil {
		return fmt.Errorf("kubo init %s: %w: %s", cfg.Repo, err, strings.TrimSpace(string(out)))
	}
	return nil
}

func command(ctx context.Context, cfg Config, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, cfg.Binary, args...)
	// No usage data leaves a devnet or a test.
	cmd.Env = append(os.Environ(), "IPFS_PATH="+cfg.Repo, "IPFS_TELEMETRY=off")
	return cmd
}

// configure writes the listen addresses and peers into the repo's config.
func configure(cfg Config) error {
	path := filepath.Join(cfg.Repo, "config")
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("kubo config: %w", err)
	}
	var conf map[string]any
	if err := json.Unmarshal(b, &conf); err != nil {
		return fmt.Errorf("kubo config %s: %w", path, err)
	}
	api, _ := listenMultiaddr(cfg.APIAddr)
	gw, _ := listenMultiaddr(cfg.GatewayAddr)
	swarm, _ := listenMultiaddr(cfg.SwarmAddr)
	addrs := section(conf, "Addresses")
	addrs["API"] = []string{api}
	addrs["Gateway"] = []string{gw}
	addrs["Swarm"] = []string{swarm}
	peers := []map[string]any{}
	for _, p := range cfg.Peers {
		addr, id, _ := splitPeer(p)
		peers = append(peers, map[string]any{"ID": id, "Addrs": []string{addr}})
	}
	section(conf, "Peering")["Peers"] = peers
	out, err := json.MarshalIndent(conf, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(path, out, 0o600); err != nil {
		return fmt.Errorf("kubo config: %w", err)
	}
	return nil
}

func section(conf map[string]any, name string) map[string]any {
	if m, ok := conf[name].(map[string]any); ok {
		return m
	}
	m := map[string]any{}
	conf[name] = m
	return m
}

// Daemon is a running Kubo node.
type Daemon struct {
	cmd        *exec.Cmd
	apiURL     string
	gatewayURL string
	exited     chan struct{} // closed when the process has exited
	waitErr    error
	stopped    atomic.Bool

	mu   sync.Mutex
	tail []string // the last lines of output, for errors
}

// Start initialises the repository if needed, configures it and starts the
// daemon, returning once it serves its RPC API (or ctx ends, or it exits).
func Start(ctx context.Context, cfg Config) (*Daemon, error) {
	if cfg.Binary == "" {
		bin, err := FindBinary()
		if err != nil {
			return nil, err
		}
		cfg.Binary = bin
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := Init(ctx, cfg); err != nil {
		return nil, err
	}
	if err := configure(cfg); err != nil {
		return nil, err
	}
	var lockErr error
	for {
		d, err := start(ctx, cfg)
		if err != nil && lockErr != nil && ctx.Err() != nil {
			return nil, fmt.Errorf("%w (still locked when the start gave up: %v)", lockErr, ctx.Err())
		}
		// A daemon of this repository that is still shutting down (its parent
		// was killed) holds the repo lock for a moment: try again until ctx ends.
		if err != nil && errors.Is(err, ErrExited) && strings.Contains(err.Error(), "someone else has the lock") {
			lockErr = err
			select {
			case <-ctx.Done():
				return nil, err
			case <-time.After(lockPoll):
				continue
			}
		}
		return d, err
	}
}

// lockPoll is how often Start looks again at a repository another daemon holds.
const lockPoll = 250 * time.Millisecond

func start(ctx context.Context, cfg Config) (*Daemon, error) {
	// The process outlives ctx, which bounds only the start.
	cmd := command(context.Background(), cfg, "daemon", "--enable-gc", "--migrate=false")
	cmd.SysProcAttr = procAttr()
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	d := &Daemon{cmd: cmd, exited: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		// The parent-death signal follows the thread that started the
		// process: keep this goroutine on it until the daemon exits.
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			pw.Close()
			return
		}
		started <- nil
		d.waitErr = cmd.Wait()
		pw.Close()
		close(d.exited)
	}()
	if err := <-started; err != nil {
		return nil, fmt.Errorf("start kubo: %w", err)
	}
	ready := make(chan struct{})
	go d.scan(pr, cfg.Output, ready)
	select {
	case <-ready:
		return d, nil
	case <-d.exited:
		return nil, fmt.Errorf("%w before it was ready (%v): %s", ErrExited, d.waitErr, d.lastLines())
	case <-ctx.Done():
		d.kill()
		return nil, fmt.Errorf("kubo did not get ready: %w: %s", ctx.Err(), d.lastLines())
	}
}

// scan copies the daemon's output and picks the bound addresses from it.
func (d *Daemon) scan(r io.Reader, out io.Writer, ready chan struct{}) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	signalled := false
	for sc.Scan() {
		line := sc.Text()
		if out != nil {
			fmt.Fprintln(out, line)
		}
		d.mu.Lock()
		d.tail = append(d.tail, line)
		if len(d.tail) > 20 {
			d.tail = d.tail[1:]
		}
		if ma, ok := strings.CutPrefix(line, "RPC API server listening on "); ok {
			d.apiURL = maURL(ma)
		}
		if ma, ok := strings.CutPrefix(line, "Gateway server listening on "); ok {
			d.gatewayURL = maURL(ma)
		}
		isReady := line == "Daemon is ready" && d.apiURL != ""
		d.mu.Unlock()
		if isReady && !signalled {
			signalled = true
			close(ready)
		}
	}
	io.Copy(io.Discard, r)
}

// maURL converts a listen multiaddr Kubo prints to an http URL; a wildcard
// host becomes loopback.
func maURL(ma string) string {
	u, _, err := rpc.ParseAddress(strings.TrimSpace(ma))
	if err != nil {
		return ""
	}
	host, port, _ := net.SplitHostPort(u.Host)
	switch host {
	case "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	u.Host = net.JoinHostPort(host, port)
	return u.String()
}

func (d *Daemon) lastLines() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.tail, "\n")
}

// APIURL is the RPC API's base URL, e.g. http://127.0.0.1:5001.
func (d *Daemon) APIURL() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.apiURL
}

// GatewayURL is the gateway's base URL.
func (d *Daemon) GatewayURL() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.gatewayURL
}

// Exited is closed when the daemon process has exited.
func (d *Daemon) Exited() <-chan struct{} { return d.exited }

func (d *Daemon) kill() {
	if d.cmd.Process != nil {
		syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
	}
	<-d.exited
}

// Stop asks the daemon to shut down (SIGINT, as Ctrl-C does) and waits for it;
// when ctx ends first, it kills the daemon.
func (d *Daemon) Stop(ctx context.Context) error {
	if d.stopped.Swap(true) {
		return nil
	}
	select {
	case <-d.exited:
		return fmt.Errorf("%w: %v: %s", ErrExited, d.waitErr, d.lastLines())
	default:
	}
	if err := d.cmd.Process.Signal(os.Interrupt); err != nil {
		d.kill()
		return nil
	}
	select {
	case <-d.exited:
		return nil
	case <-ctx.Done():
		d.kill()
		return fmt.Errorf("kubo did not stop in time, killed: %w", ctx.Err())
	}
}

// Stopped reports whether Stop was called.
func (d *Daemon) Stopped() bool { return d.stopped.Load() }
