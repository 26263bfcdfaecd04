// Command devnet runs a whole OpenLedger rollup in one process tree: the dev
// L1, the EigenDA server, the sequencer, the batcher, the verifier, an IPFS
// node (Kubo), loraserve, ModelFactory and Studio, with data under ./.devnet. Ctrl-C stops it
// cleanly; running it again resumes the same chain. See package rollup/devnet.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/devnet"
)

// Version is set at link time.
var Version = "v0.1.0"

const envPrefix = "LEDGER_DEVNET"

var (
	dirFlag       = &cli.StringFlag{Name: "datadir", Value: ".devnet", Usage: "data directory (a second run resumes its chain)", EnvVars: flagenv.Vars(envPrefix, "DATADIR")}
	hostFlag      = &cli.StringFlag{Name: "host", Value: "127.0.0.1", Usage: "address every endpoint binds to", EnvVars: flagenv.Vars(envPrefix, "HOST")}
	accountsFlag  = &cli.IntFlag{Name: "accounts", Value: 10, Usage: "funded dev accounts on a new chain", EnvVars: flagenv.Vars(envPrefix, "ACCOUNTS")}
	l1PortFlag    = &cli.IntFlag{Name: "l1.port", Value: 8645, Usage: "L1 JSON-RPC port (the L2 sequencer has 8545)", EnvVars: flagenv.Vars(envPrefix, "L1_PORT")}
	l1DevRPCFlag  = &cli.BoolFlag{Name: "l1.dev-rpc", Value: true, Usage: "serve dev_reorg(depth) on the L1's JSON-RPC, so a fault suite can reorg this development L1 from outside (anyone reaching the port can; dev chains only)", EnvVars: flagenv.Vars(envPrefix, "L1_DEV_RPC")}
	randomPorts   = &cli.BoolFlag{Name: "random-ports", Usage: "bind every endpoint to a free port instead of the fixed ones (tests, parallel devnets)", EnvVars: flagenv.Vars(envPrefix, "RANDOM_PORTS")}
	metricsFlag   = &cli.StringFlag{Name: "metrics.addr", Value: "127.0.0.1:7300", Usage: "address of /healthz and /metrics (empty: off)", EnvVars: flagenv.Vars(envPrefix, "METRICS_ADDR")}
	daBackendFlag = &cli.StringFlag{Name: "da.backend", Value: "file", Usage: "EigenDA server store: file or memory", EnvVars: flagenv.Vars(envPrefix, "DA_BACKEND")}
)

func main() {
	if err := newApp().Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "devnet:", err)
		os.Exit(1)
	}
}

// newApp builds the command line: run (the default action), init, l1, ipfs, probe.
func newApp() *cli.App {
	app := cli.NewApp()
	app.Name = "devnet"
	app.Version = Version
	app.Usage = "run the OpenLedger rollup devnet (L1, EigenDA, sequencer, batcher, verifier) until Ctrl-C"
	app.Flags = []cli.Flag{dirFlag, hostFlag, accountsFlag, daBackendFlag, metricsFlag, randomPorts,
		loraserveFlag, loraservePortFlag, loraserveAdaptersFlag,
		ipfsFlag, ipfsAPIPortFlag, ipfsGatewayPortFlag, ipfsSwarmPortFlag, ipfsPeerFlag, modelFactoryFlag, modelFactoryPortFlag,
		studioFlag, studioPortFlag, storyFlag, storyCorpusFlag, storyCacheFlag}
	app.Action = run
	app.Commands = []*cli.Command{
		{
			Name:   "init",
			Usage:  "write the chain spec (deploy config, genesis files, rollup.json) into <datadir>/chain and exit; the other flags prepare docker-compose.yml's components",
			Flags:  []cli.Flag{dirFlag, accountsFlag, initJWTFlag, initGethFlag, initGethBinFlag, initGethSchemeFlag, initGethEngineFlag, initLoraserveFlag, loraserveAdaptersFlag},
			Action: initChain,
		},
		{
			Name:   "l1",
			Usage:  "run only the dev L1 of the chain in <datadir> (docker-compose runs each component apart)",
			Flags:  []cli.Flag{dirFlag, hostFlag, l1PortFlag, l1DevRPCFlag},
			Action: runL1,
		},
		{
			Name:   "ipfs",
			Usage:  "run only the IPFS node (Kubo) with its repository in <datadir>/ipfs (docker-compose runs each component apart)",
			Flags:  []cli.Flag{dirFlag, hostFlag, ipfsAPIPortFlag, ipfsGatewayPortFlag, ipfsSwarmPortFlag, ipfsPeerFlag},
			Action: runIPFS,
		},
		probeCommand,
		storyModelCommand,
	}
	return app
}

func run(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	dir := c.String(dirFlag.Name)
	ports := devnet.DefaultPorts()
	if c.Bool(randomPorts.Name) {
		ports = devnet.Ports{}
	}
	var lora *loraserveComponent
	var node *ipfsComponent
	var tale *storyComponent
	var extra []devnet.Component
	if c.Bool(ipfsFlag.Name) {
		node = newIPFSComponent(c, c.Bool(randomPorts.Name))
		extra = append(extra, node.component())
	}
	if c.Bool(loraserveFlag.Name) {
		lora = &loraserveComponent{host: c.String(hostFlag.Name), port: c.Int(loraservePortFlag.Name), adapters: c.Int(loraserveAdaptersFlag.Name), ipfs: node}
		if c.Bool(randomPorts.Name) {
			lora.port = 0
		}
		if c.Bool(storyFlag.Name) {
			if node == nil {
				return errors.New("the demo story (--story) keeps its Datanet on the devnet's IPFS node: run with --ipfs or --story=false")
			}
			tale = &storyComponent{corpus: c.String(storyCorpusFlag.Name), cache: c.String(storyCacheFlag.Name), ipfs: node, lora: lora}
			extra = append(extra, tale.component())
		}
		extra = append(extra, lora.component())
	}
	var factory *modelFactoryComponent
	if c.Bool(modelFactoryFlag.Name) {
		if node == nil {
			return errors.New("ModelFactory reads Datanet content from and publishes adapters to the devnet's IPFS node: run with --ipfs or --modelfactory=false")
		}
		factory = &modelFactoryComponent{host: c.String(hostFlag.Name), port: c.Int(modelFactoryPortFlag.Name), ipfs: node}
		if c.Bool(randomPorts.Name) {
			factory.port = 0
		}
		extra = append(extra, factory.component())
	}
	var web *studioComponent
	if c.Bool(studioFlag.Name) {
		web = &studioComponent{host: c.String(hostFlag.Name), port: c.Int(studioPortFlag.Name), ipfs: node, lora: lora, factory: factory}
		if c.Bool(randomPorts.Name) {
			web.port = 0
		}
		extra = append(extra, web.component())
	}
	d, err := devnet.New(devnet.Config{
		Extra:       extra,
		Dir:         dir,
		Host:        c.String(hostFlag.Name),
		Ports:       ports,
		DevAccounts: c.Int(accountsFlag.Name),
		DABackend:   c.String(daBackendFlag.Name),
		Progress:    func(event, component string) { fmt.Printf("  %s %s\n", event, component) },
	})
	if err != nil {
		return err
	}
	if d.NewChain() {
		fmt.Printf("created a new chain in %s\n", dir)
	} else {
		fmt.Printf("resuming the chain in %s\n", dir)
	}
	fmt.Println("starting L1, EigenDA server, sequencer, batcher, verifier, IPFS node, loraserve, ModelFactory and Studio (logs in " + dir + "/logs) ...")
	start := time.Now()
	if err := d.Start(ctx); err != nil {
		return err
	}
	var status *devnet.StatusServer
	if addr := c.String(metricsFlag.Name); addr != "" {
		if status, err = devnet.StartStatusServer(d, addr); err != nil {
			return errors.Join(err, d.Stop(context.Background()))
		}
	}
	statusAddr := ""
	if status != nil {
		statusAddr = status.Addr()
	}
	printSummary(d, time.Since(start), statusAddr, lora.url(), node, factory.url(), web.url())
	tale.printSummary(lora.url())
	<-ctx.Done()
	stop() // a second Ctrl-C kills the process
	fmt.Println("\nstopping ...")
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if status != nil {
		_ = status.Stop(stopCtx)
	}
	if err := d.Stop(stopCtx); err != nil {
		return fmt.Errorf("stop: %w", err)
	}
	fmt.Println("stopped; run again to resume the chain")
	return nil
}

func initChain(c *cli.Context) error {
	d, err := devnet.New(devnet.Config{Dir: c.String(dirFlag.Name), DevAccounts: c.Int(accountsFlag.Name)})
	if err != nil {
		return err
	}
	verb := "kept the existing"
	if d.NewChain() {
		verb = "wrote a new"
	}
	fmt.Printf("%s chain spec in %s/chain (L2 chain id %d, L1 chain id %d)\n", verb, d.Dir(), d.Spec.Deploy.L2ChainID, d.Spec.Deploy.L1ChainID)
	return initExtras(c, d.Dir())
}

func runL1(c *cli.Context) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ports := devnet.DefaultPorts()
	ports.L1 = c.Int(l1PortFlag.Name)
	d, err := devnet.New(devnet.Config{Dir: c.String(dirFlag.Name), Host: c.String(hostFlag.Name), Ports: ports, L1DevRPC: c.Bool(l1DevRPCFlag.Name)})
	if err != nil {
		return err
	}
	if err := d.StartL1(ctx); err != nil {
		return err
	}
	fmt.Printf("L1 (chain id %d) serving %s\n", d.Spec.Deploy.L1ChainID, d.L1.HTTPEndpoint())
	if c.Bool(l1DevRPCFlag.Name) {
		fmt.Printf("  dev_reorg(depth) on that endpoint replaces the newest blocks (--l1.dev-rpc=false turns it off)\n")
	}
	<-ctx.Done()
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	return d.Stop(stopCtx)
}

func printSummary(d *devnet.Devnet, took time.Duration, statusAddr, loraserveURL string, node *ipfsComponent, modelFactoryURL, studioURL string) {
	dc := d.Spec.Deploy
	fmt.Printf("\nOpenLedger devnet is up (%s)\n\n", took.Round(time.Millisecond))
	fmt.Printf("  L2 chain id          %d\n", dc.L2ChainID)
	fmt.Printf("  L1 chain id          %d\n", dc.L1ChainID)
	fmt.Printf("  L2 RPC (sequencer)   %s\n", d.SeqGeth.HTTPEndpoint())
	fmt.Printf("  L2 RPC (verifier)    %s\n", d.VerGeth.HTTPEndpoint())
	fmt.Printf("  L1 RPC               %s\n", d.L1.HTTPEndpoint())
	fmt.Printf("  op-node (sequencer)  %s\n", d.SeqNode.HTTPEndpoint())
	fmt.Printf("  op-node (verifier)   %s\n", d.VerNode.HTTPEndpoint())
	fmt.Printf("  EigenDA server       %s\n", d.DAEndpoint())
	if statusAddr != "" {
		fmt.Printf("  health, metrics      http://%s/healthz  http://%s/metrics\n", statusAddr, statusAddr)
	}
	if api := node.apiURL(); api != "" {
		fmt.Printf("  IPFS (Kubo) RPC API  %s  (ledger --ipfs.api)\n", api)
		fmt.Printf("  IPFS gateway         %s/ipfs/<CID>\n", node.gatewayURL())
	}
	if loraserveURL != "" {
		fmt.Printf("  loraserve (OpenAI)   %s/v1  (model \"openledger-dev\" or an adapter from %s/v1/models)\n", loraserveURL, loraserveURL)
	}
	if modelFactoryURL != "" {
		fmt.Printf("  ModelFactory         %s  (fine-tuning jobs: ledger train --modelfactory.url %s)\n", modelFactoryURL, modelFactoryURL)
	}
	if studioURL != "" {
		fmt.Printf("  Studio (web app)     %s  (connect a wallet: it adds chain %d with OPEN)\n", studioURL, dc.L2ChainID)
	}
	fmt.Printf("  DepositPortal (L1)   %s\n", dc.DepositPortalAddress)
	fmt.Printf("  SystemConfig (L1)    %s\n", dc.SystemConfigAddress)
	fmt.Printf("\n  dev accounts (1,000,000 OPEN on L2, 1,000,000 ETH on L1; public keys, devnet only):\n")
	for i := 0; i < dc.L2DevAccounts; i++ {
		key := genesis.DevKey(i)
		fmt.Printf("    %s  0x%s\n", crypto.PubkeyToAddress(key.PublicKey), devnet.DevKeyHex(i))
	}
	fmt.Printf("\n  batcher %s, system config owner %s\n", dc.BatcherAddress, dc.SystemConfigOwner)
	fmt.Printf("  chain spec (rollup.json, genesis files): %s/chain\n", d.Dir())
	fmt.Printf("  op-node settings: rollup config %s/chain/%s, L1 chain config %s/chain/%s\n",
		d.Dir(), chainspec.RollupConfigFile, d.Dir(), chainspec.L1GenesisFile)
	fmt.Println("\nCtrl-C stops the devnet.")
}
