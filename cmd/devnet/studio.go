package main

import (
	"context"
	"net"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/rollup/devnet"
	"github.com/openledger/openledger/studio"
)

var (
	studioFlag = &cli.BoolFlag{Name: "studio", Value: true, Usage: "run OpenLedger Studio, the web app, against the sequencer and loraserve",
		EnvVars: flagenv.Vars(envPrefix, "STUDIO")}
	studioPortFlag = &cli.IntFlag{Name: "studio.port", Value: 3000, Usage: "Studio HTTP port",
		EnvVars: flagenv.Vars(envPrefix, "STUDIO_PORT")}
)

// studioComponent runs the Studio server inside the devnet: the page reads
// the sequencer through Studio's RPC proxy, wallets are given the sequencer's
// RPC URL, OpenChat talks to the devnet's loraserve, the ModelFactory page
// to the devnet's ModelFactory, and contributions are stored on the devnet's
// IPFS node.
type studioComponent struct {
	host string
	port int
	ipfs *ipfsComponent
	lora *loraserveComponent
	// factory, when it runs, backs the page's ModelFactory tab.
	factory *modelFactoryComponent
	svc     *studio.Service
}

func (s *studioComponent) component() devnet.Component {
	return devnet.Component{Name: "studio", Start: s.start, Stop: s.stop}
}

func (s *studioComponent) start(ctx context.Context, d *devnet.Devnet) error {
	cfg := studio.DefaultConfig()
	cfg.ListenAddr = net.JoinHostPort(s.host, strconv.Itoa(s.port))
	cfg.ChainRPC = d.SeqGeth.HTTPEndpoint()
	cfg.ChainID = d.Spec.Deploy.L2ChainID
	cfg.LoraserveURL = s.lora.url()
	cfg.IPFSAPIURL = s.ipfs.apiURL()
	cfg.ModelFactoryURL = s.factory.url()
	cfg.Version = Version
	logger, err := d.Logger("studio")
	if err != nil {
		return err
	}
	svc, err := studio.New(cfg, logger)
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	s.svc = svc
	return nil
}

func (s *studioComponent) stop(ctx context.Context) error {
	if s.svc == nil {
		return nil
	}
	return s.svc.Stop(ctx)
}

// url is Studio's address, or "" when it does not run.
func (s *studioComponent) url() string {
	if s == nil || s.svc == nil {
		return ""
	}
	return s.svc.URL()
}
