package main

import (
	"context"
	"errors"
	"net"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/rollup/devnet"
)

var (
	loraserveFlag = &cli.BoolFlag{Name: "loraserve", Value: true, Usage: "run loraserve (CPU) over a generated tiny model and its adapters",
		EnvVars: flagenv.Vars(envPrefix, "LORASERVE")}
	loraservePortFlag = &cli.IntFlag{Name: "loraserve.port", Value: 8090, Usage: "loraserve HTTP port",
		EnvVars: flagenv.Vars(envPrefix, "LORASERVE_PORT")}
	loraserveAdaptersFlag = &cli.IntFlag{Name: "loraserve.adapters", Value: 8, Usage: "generated adapters on a new devnet",
		EnvVars: flagenv.Vars(envPrefix, "LORASERVE_ADAPTERS")}
)

// loraserveComponent runs loraserve inside the devnet: the model and adapters
// are generated once under <datadir>/loraserve (deterministic, real
// Hugging Face/PEFT file formats) and reused on later runs. With the devnet's
// IPFS node running, it also serves adapters published on the devnet by their
// model-registry id (POST /v1/adapters {"id", "model_id"}), fetched through
// that node into <datadir>/loraserve/ipfs-cache. Paid inference (vouchers,
// settlement) needs loraserve's --settlement.* flags.
type loraserveComponent struct {
	host     string
	port     int
	adapters int
	ipfs     *ipfsComponent
	svc      *server.Service
}

func (l *loraserveComponent) component() devnet.Component {
	return devnet.Component{Name: "loraserve", Start: l.start, Stop: l.stop}
}

func (l *loraserveComponent) start(ctx context.Context, d *devnet.Devnet) error {
	if l.adapters < 1 || l.adapters > 10_000 {
		return errors.New("--loraserve.adapters must be between 1 and 10000")
	}
	cfg, err := server.DevConfig(filepath.Join(d.Dir(), "loraserve"), l.adapters, net.JoinHostPort(l.host, strconv.Itoa(l.port)))
	if err != nil {
		return err
	}
	logger, err := d.Logger("loraserve")
	if err != nil {
		return err
	}
	if l.ipfs.apiURL() != "" {
		store, err := l.ipfs.store()
		if err != nil {
			return err
		}
		cache, err := ipfs.NewCache(filepath.Join(d.Dir(), "loraserve", "ipfs-cache"), store)
		if err != nil {
			return err
		}
		cfg.Registry = adapterfetch.New(onchain.NewResolver(d.SeqGeth.Client(), cache), 0)
	}
	svc, err := server.NewService(cfg, logger)
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	l.svc = svc
	return nil
}

func (l *loraserveComponent) stop(ctx context.Context) error {
	if l.svc == nil {
		return nil
	}
	return l.svc.Stop(ctx)
}

// url is loraserve's base URL, or "" when it does not run.
func (l *loraserveComponent) url() string {
	if l == nil || l.svc == nil {
		return ""
	}
	return l.svc.URL()
}
