package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/kubo"
	"github.com/openledger/openledger/ipfs/rpc"
	"github.com/openledger/openledger/rollup/devnet"
)

var (
	ipfsFlag = &cli.BoolFlag{Name: "ipfs", Value: true, Usage: "run an IPFS node (Kubo) for Datanet contributions, model weights and attribution indexes",
		EnvVars: flagenv.Vars(envPrefix, "IPFS")}
	ipfsAPIPortFlag = &cli.IntFlag{Name: "ipfs.api-port", Value: 5001, Usage: "IPFS node RPC API port (ledger --ipfs.api)",
		EnvVars: flagenv.Vars(envPrefix, "IPFS_API_PORT")}
	ipfsGatewayPortFlag = &cli.IntFlag{Name: "ipfs.gateway-port", Value: 8080, Usage: "IPFS node HTTP gateway port",
		EnvVars: flagenv.Vars(envPrefix, "IPFS_GATEWAY_PORT")}
	ipfsSwarmPortFlag = &cli.IntFlag{Name: "ipfs.swarm-port", Value: 4001, Usage: "IPFS node libp2p (swarm) TCP port",
		EnvVars: flagenv.Vars(envPrefix, "IPFS_SWARM_PORT")}
	ipfsPeerFlag = &cli.StringSliceFlag{Name: "ipfs.peer", Usage: "an IPFS peer to stay connected to, /ip4/…/tcp/…/p2p/<id> (repeatable)",
		EnvVars: flagenv.Vars(envPrefix, "IPFS_PEER")}
)

// ipfsStartTimeout bounds the node's start (a daemon of the previous run that
// is still shutting down holds the repository for a moment).
const ipfsStartTimeout = 2 * time.Minute

// ipfsComponent runs the devnet's IPFS node: Kubo (bin/ipfs, built by make
// ipfs) with its repository in <datadir>/ipfs and its output in
// <datadir>/logs/ipfs.log. It joins no public network: other machines reach
// it through --ipfs.peer or `ipfs swarm connect`.
type ipfsComponent struct {
	host                       string
	apiPort, gwPort, swarmPort int
	peers                      []string
	daemon                     *kubo.Daemon
	log                        *os.File
}

func newIPFSComponent(c *cli.Context, random bool) *ipfsComponent {
	ic := &ipfsComponent{host: c.String(hostFlag.Name), apiPort: c.Int(ipfsAPIPortFlag.Name), gwPort: c.Int(ipfsGatewayPortFlag.Name),
		swarmPort: c.Int(ipfsSwarmPortFlag.Name), peers: c.StringSlice(ipfsPeerFlag.Name)}
	if random {
		ic.apiPort, ic.gwPort, ic.swarmPort = 0, 0, 0
	}
	return ic
}

func (ic *ipfsComponent) component() devnet.Component {
	return devnet.Component{Name: "ipfs", Start: ic.start, Stop: ic.stop}
}

func (ic *ipfsComponent) start(ctx context.Context, d *devnet.Devnet) error {
	return ic.startIn(ctx, d.Dir())
}

// startIn starts the node with its repository in dir/ipfs.
func (ic *ipfsComponent) startIn(ctx context.Context, dir string) error {
	logs := filepath.Join(dir, "logs")
	if err := os.MkdirAll(logs, 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(logs, "ipfs.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	addr := func(port int) string { return net.JoinHostPort(ic.host, strconv.Itoa(port)) }
	ctx, cancel := context.WithTimeout(ctx, ipfsStartTimeout)
	defer cancel()
	daemon, err := kubo.Start(ctx, kubo.Config{
		Repo: filepath.Join(dir, "ipfs"), APIAddr: addr(ic.apiPort), GatewayAddr: addr(ic.gwPort), SwarmAddr: addr(ic.swarmPort),
		Peers: ic.peers, Output: f,
	})
	if err != nil {
		f.Close()
		return fmt.Errorf("ipfs node: %w (its output is in %s)", err, f.Name())
	}
	ic.daemon, ic.log = daemon, f
	return nil
}

func (ic *ipfsComponent) stop(ctx context.Context) error {
	if ic.daemon == nil {
		return nil
	}
	err := ic.daemon.Stop(ctx)
	return errors.Join(err, ic.log.Close())
}

// apiURL is the node's RPC API, or "" when it does not run.
func (ic *ipfsComponent) apiURL() string {
	if ic == nil || ic.daemon == nil {
		return ""
	}
	return ic.daemon.APIURL()
}

// gatewayURL is the node's HTTP gateway, or "".
func (ic *ipfsComponent) gatewayURL() string {
	if ic == nil || ic.daemon == nil {
		return ""
	}
	return ic.daemon.GatewayURL()
}

// store is a content store on the node, for components that fetch from it.
func (ic *ipfsComponent) store() (*ipfs.Store, error) {
	c, err := rpc.New(ic.apiURL())
	if err != nil {
		return nil, err
	}
	return ipfs.NewStore(c), nil
}

// runIPFS runs only the IPFS node of the devnet in <datadir> until Ctrl-C
// (docker-compose runs each component apart).
func runIPFS(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ic := newIPFSComponent(c, false)
	if err := ic.startIn(ctx, c.String(dirFlag.Name)); err != nil {
		return err
	}
	fmt.Printf("IPFS node (Kubo) RPC API %s, gateway %s (output in %s)\n", ic.apiURL(), ic.gatewayURL(), ic.log.Name())
	select {
	case <-ctx.Done():
	case <-ic.daemon.Exited():
		return errors.New("the IPFS node exited; see " + ic.log.Name())
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return ic.stop(stopCtx)
}
