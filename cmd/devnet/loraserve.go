package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/adapterfetch"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/tokenizer"
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
	// story, when set, is the demo: its adapter is served paid, with
	// settlement on (settler: the devnet's settler dev account) and
	// attribution over the demo Datanet.
	story *storyState
	pay   *payments.Service
	svc   *server.Service
}

// dir is loraserve's directory: the generated model and adapters.
func (l *loraserveComponent) dir(d *devnet.Devnet) string { return filepath.Join(d.Dir(), "loraserve") }

// prepare writes the generated model and adapters on a new devnet and
// returns the serving configuration.
func (l *loraserveComponent) prepare(d *devnet.Devnet) (server.Config, error) {
	if l.adapters < 1 || l.adapters > 10_000 {
		return server.Config{}, errors.New("--loraserve.adapters must be between 1 and 10000")
	}
	return server.DevConfig(l.dir(d), l.adapters, net.JoinHostPort(l.host, strconv.Itoa(l.port)))
}

func (l *loraserveComponent) component() devnet.Component {
	return devnet.Component{Name: "loraserve", Start: l.start, Stop: l.stop}
}

func (l *loraserveComponent) start(ctx context.Context, d *devnet.Devnet) error {
	cfg, err := l.prepare(d)
	if err != nil {
		return err
	}
	logger, err := d.Logger("loraserve")
	if err != nil {
		return err
	}
	if l.story != nil {
		if err := l.startSettlement(ctx, d, &cfg); err != nil {
			return err
		}
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
		return errors.Join(err, l.stopSettlement(ctx))
	}
	l.svc = svc
	return nil
}

// startSettlement turns paid requests on for the story's adapter: vouchers
// are checked against the chain, answers carry their attribution over the
// demo Datanet, and receipts settle from the settler dev account.
func (l *loraserveComponent) startSettlement(ctx context.Context, d *devnet.Devnet, cfg *server.Config) error {
	tok, err := tokenizer.Load(filepath.Join(cfg.ModelDir, "tokenizer.json"))
	if err != nil {
		return err
	}
	logger, err := d.Logger("settlement")
	if err != nil {
		return err
	}
	pcfg := payments.CLIConfig{
		RPC:       d.SeqGeth.HTTPEndpoint(),
		KeyHex:    hexutil.Encode(crypto.FromECDSA(genesis.DevKey(storySettlerKey)))[2:],
		QueueDir:  filepath.Join(l.dir(d), "settlement-queue"),
		Adapters:  []payments.AdapterSpec{{Name: l.story.AdapterName, ModelID: l.story.AdapterModelID, IndexDir: l.story.IndexDir}},
		BatchSize: 16, Interval: time.Second, ConfirmTimeout: 30 * time.Second, Margin: payments.DefaultSettleMargin,
	}
	pay, err := payments.NewService(ctx, pcfg, attribution.FromIntEncoder(tok), logger, nil)
	if err != nil {
		return fmt.Errorf("loraserve settlement: %w", err)
	}
	pay.Gate.SetDecoder(tok)
	if err := pay.Start(ctx); err != nil {
		return errors.Join(fmt.Errorf("loraserve settlement: %w", err), pay.Close())
	}
	l.pay = pay
	cfg.Payments = pay.Payments()
	return nil
}

func (l *loraserveComponent) stopSettlement(ctx context.Context) error {
	if l.pay == nil {
		return nil
	}
	err := l.pay.Close()
	l.pay = nil
	return err
}

func (l *loraserveComponent) stop(ctx context.Context) error {
	var err error
	if l.svc != nil {
		err = l.svc.Stop(ctx)
	}
	return errors.Join(err, l.stopSettlement(ctx))
}

// url is loraserve's base URL, or "" when it does not run.
func (l *loraserveComponent) url() string {
	if l == nil || l.svc == nil {
		return ""
	}
	return l.svc.URL()
}
