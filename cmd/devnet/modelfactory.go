package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/rollup/devnet"
)

var (
	modelFactoryFlag = &cli.BoolFlag{Name: "modelfactory", Value: true,
		Usage:   "run ModelFactory, the fine-tuning service, against the sequencer and the IPFS node (Studio's ModelFactory page uses it)",
		EnvVars: flagenv.Vars(envPrefix, "MODELFACTORY")}
	modelFactoryPortFlag = &cli.IntFlag{Name: "modelfactory.port", Value: 8095, Usage: "ModelFactory HTTP API port (ledger train --modelfactory.url)",
		EnvVars: flagenv.Vars(envPrefix, "MODELFACTORY_PORT")}
)

// modelFactoryComponent runs the ModelFactory service inside the devnet: jobs
// read Datanet versions and base models through the sequencer's JSON-RPC,
// fetch content through the devnet's IPFS node (verified copies cached in
// <datadir>/modelfactory/ipfs-cache) and publish trained adapters there. Jobs
// live in <datadir>/modelfactory/jobs, so a second run resumes them.
type modelFactoryComponent struct {
	host  string
	port  int
	ipfs  *ipfsComponent
	chain *ethclient.Client
	svc   *service.Service
}

func (m *modelFactoryComponent) component() devnet.Component {
	return devnet.Component{Name: "modelfactory", Start: m.start, Stop: m.stop}
}

// dir is the service's data directory.
func (m *modelFactoryComponent) dir(d *devnet.Devnet) string {
	return filepath.Join(d.Dir(), "modelfactory")
}

func (m *modelFactoryComponent) start(ctx context.Context, d *devnet.Devnet) error {
	if m.ipfs.apiURL() == "" {
		return errors.New("modelfactory: the devnet's IPFS node does not run")
	}
	store, err := m.ipfs.store()
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	cache, err := ipfs.NewCache(filepath.Join(m.dir(d), "ipfs-cache"), store)
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	// Through the sequencer's HTTP endpoint, as the standalone service.
	chain, err := ethclient.DialContext(ctx, d.SeqGeth.HTTPEndpoint())
	if err != nil {
		return fmt.Errorf("modelfactory: chain %s: %w", d.SeqGeth.HTTPEndpoint(), err)
	}
	logger, err := d.Logger("modelfactory")
	if err != nil {
		chain.Close()
		return err
	}
	svc, err := service.New(service.Config{
		ListenAddr: net.JoinHostPort(m.host, strconv.Itoa(m.port)),
		DataDir:    m.dir(d),
	}, onchain.NewResolver(chain, cache), store, logger)
	if err == nil {
		err = svc.Start(ctx)
	}
	if err != nil {
		chain.Close()
		return err
	}
	m.chain, m.svc = chain, svc
	return nil
}

func (m *modelFactoryComponent) stop(ctx context.Context) error {
	if m.svc == nil {
		return nil
	}
	err := m.svc.Stop(ctx)
	m.chain.Close()
	return err
}

// url is the service's base URL, or "" when it does not run.
func (m *modelFactoryComponent) url() string {
	if m == nil || m.svc == nil {
		return ""
	}
	return "http://" + m.svc.Addr()
}
