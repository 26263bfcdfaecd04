package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
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
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/loraserve/testmodel"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/rollup/devnet"
)

var (
	loraserveFlag = &cli.BoolFlag{Name: "loraserve", Value: true, Usage: "run loraserve (CPU) over a tiny model (with --story: the one trained on the story's corpus) and its adapters",
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
	// paidAdapters prices adapters registered by model-registry id while
	// loraserve runs (a ModelFactory adapter published from Studio), when
	// the story's settlement is on.
	paidAdapters io.Closer
	svc          *server.Service
}

// dir is loraserve's directory: the generated model and adapters.
func (l *loraserveComponent) dir(d *devnet.Devnet) string { return filepath.Join(d.Dir(), "loraserve") }

// useModel makes loraserve serve a model directory (copied) with the
// adapter at adapterDir and the --loraserve.adapters generated ones, on a
// devnet whose loraserve has no model yet; prepare then keeps them.
func (l *loraserveComponent) useModel(d *devnet.Devnet, modelDir, adapterDir string) error {
	dst := filepath.Join(l.dir(d), "model")
	if _, err := os.Stat(filepath.Join(dst, "config.json")); err == nil {
		return nil
	}
	if l.adapters < 1 || l.adapters > 10_000 {
		return errors.New("--loraserve.adapters must be between 1 and 10000")
	}
	cfg, err := model.ReadConfig(filepath.Join(modelDir, "config.json"))
	if err != nil {
		return err
	}
	adapters := filepath.Join(l.dir(d), "adapters")
	if err := os.RemoveAll(adapters); err != nil {
		return err
	}
	if _, err := testmodel.WriteAdapters(adapters, cfg, l.adapters, 1000); err != nil {
		return fmt.Errorf("loraserve: dev adapters: %w", err)
	}
	if err := copyDir(adapterDir, filepath.Join(adapters, filepath.Base(adapterDir))); err != nil {
		return err
	}
	// The model last: its config.json marks loraserve's directory complete.
	tmp := dst + ".tmp"
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := copyDir(modelDir, tmp); err != nil {
		return err
	}
	return os.Rename(tmp, dst)
}

// copyDir copies the regular files of directory src into a new directory dst.
func copyDir(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

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
	paidAdapters, err := server.WithPaidAdapters(&cfg)
	if err != nil {
		return errors.Join(err, l.stopSettlement(ctx))
	}
	l.paidAdapters = paidAdapters
	svc, err := server.NewService(cfg, logger)
	if err != nil {
		return errors.Join(err, l.stopSettlement(ctx))
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
	var err error
	if l.paidAdapters != nil {
		err = l.paidAdapters.Close()
		l.paidAdapters = nil
	}
	if l.pay == nil {
		return err
	}
	err = errors.Join(err, l.pay.Close())
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
