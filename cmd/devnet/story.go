package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/cmd/devnet/internal/storymodel"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/loraserve/tokenizer"
	"github.com/openledger/openledger/rollup/devnet"
)

var (
	storyFlag = &cli.BoolFlag{Name: "story", Value: true,
		Usage:   "on a new chain, seed the demo: a Datanet of Debian's fortunes from three contributors on IPFS, the base model and an adapter registered with provenance, loraserve paid with settlement on",
		EnvVars: flagenv.Vars(envPrefix, "STORY")}
	storyCorpusFlag = &cli.StringFlag{Name: "story.corpus", Value: "/usr/share/games/fortunes/fortunes",
		Usage:   "the demo's corpus: a fortune(6) file, entries separated by % lines (Debian's fortunes-min); the first entries make the Datanet, the others pre-train the base model",
		EnvVars: flagenv.Vars(envPrefix, "STORY_CORPUS")}
	storyCacheFlag = &cli.StringFlag{Name: "story.cache",
		Usage:   "directory caching the story's models trained on the corpus (built once, about 20 CPU-seconds; default <datadir>/story-models; make devnet uses .build/story-models)",
		EnvVars: flagenv.Vars(envPrefix, "STORY_CACHE")}
)

// storyModelCommand builds the story's models ahead of a devnet run (make
// story-models), so that a new devnet starts without training them.
var storyModelCommand = &cli.Command{
	Name:  "story-models",
	Usage: "train the demo story's base model and adapter on the corpus into --story.cache (cached) and exit",
	Flags: []cli.Flag{storyCorpusFlag, storyCacheFlag},
	Action: func(c *cli.Context) error {
		cache := c.String(storyCacheFlag.Name)
		if cache == "" {
			return errors.New("--story.cache is required")
		}
		texts, err := storyTexts(c.String(storyCorpusFlag.Name))
		if err != nil {
			return err
		}
		r, err := storymodel.Build(c.Context, cache, texts, func(msg string, kv ...any) {
			fmt.Fprintln(os.Stderr, append([]any{msg}, kv...)...)
		})
		if err != nil {
			return err
		}
		fmt.Printf("story models in %s: the adapter quotes %d of the Datanet's %d entries (built in %s)\n",
			filepath.Dir(r.ModelDir), r.Report.Reproduced, r.Report.Entries, r.Report.Elapsed)
		return nil
	},
}

// Dev accounts the story uses (genesis.DevKey(i)): the Datanet owner, who
// also registers the models; the settler loraserve settles from (the devnet
// genesis makes dev account 1 the one settler); three contributors.
const (
	storyOwnerKey      = 0
	storySettlerKey    = 1
	storyFirstContrib  = 2
	storyContributors  = 3
	storyPerContrib    = 2 // contributions each
	storyEntriesPer    = 3 // fortunes per contribution
	storyAdapter       = storymodel.AdapterName
	storyStateFile     = "story.json"
	storyTxWait        = 2 * time.Minute
	storyMinAccounts   = storyFirstContrib + storyContributors
	storyRateInPerTok  = 1_000_000_000 // wei per prompt token
	storyRateOutPerTok = 2_000_000_000 // wei per generated token
)

// storyState is what the story left on chain, saved in <datadir>/story/story.json.
type storyState struct {
	DatanetID      uint64           `json:"datanetId"`
	DatanetVersion uint64           `json:"datanetVersion"`
	Contributions  []uint64         `json:"contributions"`
	Contributors   []common.Address `json:"contributors"`
	BaseModelID    uint64           `json:"baseModelId"`
	AdapterModelID uint64           `json:"adapterModelId"`
	AdapterName    string           `json:"adapterName"`
	IndexDir       string           `json:"indexDir"`
}

// storyComponent seeds the devnet's demo once and tells loraserve which
// adapter is paid and where its attribution index is.
type storyComponent struct {
	corpus string
	cache  string // storymodel's cache ("": <datadir>/story-models)
	ipfs   *ipfsComponent
	lora   *loraserveComponent
	state  *storyState
}

func (s *storyComponent) component() devnet.Component {
	return devnet.Component{Name: "story", Start: s.start, Stop: func(context.Context) error { return nil }}
}

func (s *storyComponent) start(ctx context.Context, d *devnet.Devnet) error {
	dir := filepath.Join(d.Dir(), "story")
	if b, err := os.ReadFile(filepath.Join(dir, storyStateFile)); err == nil {
		var st storyState
		if err := json.Unmarshal(b, &st); err != nil {
			return fmt.Errorf("story: %s: %w", storyStateFile, err)
		}
		s.state = &st
		s.lora.story = &st
		return nil
	}
	if d.Spec.Deploy.L2DevAccounts < storyMinAccounts {
		return fmt.Errorf("story: needs at least %d dev accounts (--accounts), the chain has %d; or run with --story=false",
			storyMinAccounts, d.Spec.Deploy.L2DevAccounts)
	}
	if s.ipfs.apiURL() == "" {
		return errors.New("story: the demo Datanet lives on the devnet's IPFS node: run with --ipfs, or --story=false")
	}
	texts, err := storyTexts(s.corpus)
	if err != nil {
		return fmt.Errorf("story: %w (install Debian's fortunes-min, or point --story.corpus at a fortune file, or run with --story=false)", err)
	}
	logger, err := d.Logger("story")
	if err != nil {
		return err
	}
	cache := s.cache
	if cache == "" {
		cache = filepath.Join(d.Dir(), "story-models")
	}
	models, err := storymodel.Build(ctx, cache, texts, func(msg string, kv ...any) { logger.Info(msg, kv...) })
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if err := s.lora.useModel(d, models.ModelDir, models.AdapterDir); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	if _, err := s.lora.prepare(d); err != nil {
		return err
	}
	store, err := s.ipfs.store()
	if err != nil {
		return err
	}
	ch, err := newStoryChain(ctx, d.SeqGeth.Client())
	if err != nil {
		return err
	}
	st, err := seedStory(ctx, ch, store, texts.Datanet, s.lora.dir(d), dir, func(msg string, kv ...any) { logger.Info(msg, kv...) })
	if err != nil {
		return fmt.Errorf("story: %w", err)
	}
	b, _ := json.MarshalIndent(st, "", "  ")
	if err := atomicfile.WriteFile(filepath.Join(dir, storyStateFile), b, 0o644); err != nil {
		return fmt.Errorf("story: %w", err)
	}
	s.state = st
	s.lora.story = st
	return nil
}

// storyTexts splits the corpus: its first usable entries make the demo
// Datanet, the others pre-train the base model.
func storyTexts(corpus string) (storymodel.Texts, error) {
	entries, err := storymodel.ReadFortunes(corpus)
	if err != nil {
		return storymodel.Texts{}, err
	}
	n := storyContributors * storyPerContrib * storyEntriesPer
	if len(entries) < 2*n {
		return storymodel.Texts{}, fmt.Errorf("corpus %s: %d usable entries, want at least %d", corpus, len(entries), 2*n)
	}
	return storymodel.Texts{Datanet: entries[:n], General: entries[n:]}, nil
}

// seedStory runs the demo's transactions and builds the adapter's attribution
// index under dir.
func seedStory(ctx context.Context, ch *storyChain, store *ipfs.Store, texts []string, loraDir, dir string, say func(string, ...any)) (*storyState, error) {
	dreg, mreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry()
	owner := genesis.DevKey(storyOwnerKey)
	st := &storyState{AdapterName: storyAdapter, IndexDir: filepath.Join(dir, "index")}

	rc, err := ch.send(ctx, owner, addresses.DatanetRegistry, dreg.PackCreateDatanet("fortunes-demo",
		"Debian's fortunes-min sayings, contributed by three devnet accounts", []string{"demo", "fortunes"}, ""))
	if err != nil {
		return nil, fmt.Errorf("create Datanet: %w", err)
	}
	ev, err := findEvent(rc, dreg.UnpackDatanetCreatedEvent)
	if err != nil {
		return nil, err
	}
	st.DatanetID = ev.DatanetId.Uint64()
	say("created the demo Datanet", "id", st.DatanetID)

	contentDir := filepath.Join(dir, "contributions")
	if err := os.MkdirAll(contentDir, 0o755); err != nil {
		return nil, err
	}
	version := attribution.DatanetVersion{DatanetID: st.DatanetID, Version: 1}
	for c := 0; c < storyContributors; c++ {
		key := genesis.DevKey(storyFirstContrib + c)
		who := crypto.PubkeyToAddress(key.PublicKey)
		st.Contributors = append(st.Contributors, who)
		for k := 0; k < storyPerContrib; k++ {
			first := (c*storyPerContrib + k) * storyEntriesPer
			text := strings.Join(texts[first:first+storyEntriesPer], "\n\n") + "\n"
			path := filepath.Join(contentDir, fmt.Sprintf("contribution-%d-%d.txt", c, k))
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				return nil, err
			}
			ref, err := store.Publish(ctx, path)
			if err != nil {
				return nil, fmt.Errorf("publish a contribution to IPFS: %w", err)
			}
			rc, err := ch.send(ctx, key, addresses.DatanetRegistry,
				dreg.PackContribute(new(big.Int).SetUint64(st.DatanetID), ref.Hash, uint64(len(text)), ref.URI, "text/plain"))
			if err != nil {
				return nil, fmt.Errorf("contribute: %w", err)
			}
			ev, err := findEvent(rc, dreg.UnpackContributionSubmittedEvent)
			if err != nil {
				return nil, err
			}
			id := ev.ContributionId.Uint64()
			st.Contributions = append(st.Contributions, id)
			version.Contributions = append(version.Contributions, attribution.Contribution{ID: id, Contributor: who, Text: text})
			say("contribution on IPFS and on chain", "id", id, "contributor", who, "uri", ref.URI)
		}
	}
	for _, id := range st.Contributions {
		if _, err := ch.send(ctx, owner, addresses.DatanetRegistry,
			dreg.PackReview(new(big.Int).SetUint64(id), true, "demo")); err != nil {
			return nil, fmt.Errorf("accept contribution %d: %w", id, err)
		}
	}
	rc, err = ch.send(ctx, owner, addresses.DatanetRegistry, dreg.PackPublishVersion(new(big.Int).SetUint64(st.DatanetID)))
	if err != nil {
		return nil, fmt.Errorf("publish the Datanet version: %w", err)
	}
	vev, err := findEvent(rc, dreg.UnpackVersionPublishedEvent)
	if err != nil {
		return nil, err
	}
	st.DatanetVersion = vev.Version.Uint64()
	version.Version = st.DatanetVersion
	say("published the Datanet version", "version", st.DatanetVersion, "contributions", len(st.Contributions))

	// The base model and the adapter, their files on IPFS and their hashes on chain.
	base, err := store.Publish(ctx, filepath.Join(loraDir, "model"))
	if err != nil {
		return nil, fmt.Errorf("publish the base model to IPFS: %w", err)
	}
	rc, err = ch.send(ctx, owner, addresses.ModelRegistry,
		mreg.PackRegisterBaseModel("openledger-dev", "llama", base.Hash, base.URI, "Apache-2.0"))
	if err != nil {
		return nil, fmt.Errorf("register the base model: %w", err)
	}
	mev, err := findEvent(rc, mreg.UnpackModelRegisteredEvent)
	if err != nil {
		return nil, err
	}
	st.BaseModelID = mev.ModelId.Uint64()
	adapterDir := filepath.Join(loraDir, "adapters", storyAdapter)
	rank, targets, err := readAdapterConfig(adapterDir)
	if err != nil {
		return nil, err
	}
	adapter, err := store.Publish(ctx, adapterDir)
	if err != nil {
		return nil, fmt.Errorf("publish the adapter to IPFS: %w", err)
	}
	rc, err = ch.send(ctx, owner, addresses.ModelRegistry, mreg.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: new(big.Int).SetUint64(st.BaseModelID), Name: "fortunes-demo-lora", WeightsHash: adapter.Hash, Uri: adapter.URI,
		Rank: rank, TargetModules: targets, RateIn: big.NewInt(storyRateInPerTok), RateOut: big.NewInt(storyRateOutPerTok),
		Datanets: []bindings.IModelRegistryDatanetRef{{DatanetId: new(big.Int).SetUint64(st.DatanetID), Version: new(big.Int).SetUint64(st.DatanetVersion)}},
	}))
	if err != nil {
		return nil, fmt.Errorf("register the adapter: %w", err)
	}
	if mev, err = findEvent(rc, mreg.UnpackModelRegisteredEvent); err != nil {
		return nil, err
	}
	st.AdapterModelID = mev.ModelId.Uint64()
	say("registered the base model and the adapter with provenance", "base", st.BaseModelID, "adapter", st.AdapterModelID)

	// The adapter's attribution index over the Datanet version, with the model's tokenizer.
	tok, err := tokenizer.Load(filepath.Join(loraDir, "model", "tokenizer.json"))
	if err != nil {
		return nil, err
	}
	entries, err := attribution.BuildIndex(st.IndexDir, attribution.FromIntEncoder(tok), []attribution.DatanetVersion{version},
		attribution.BuildOptions{TokenizerID: tok.Hash()})
	if err != nil {
		return nil, fmt.Errorf("build the attribution index: %w", err)
	}
	// Its shard goes public, recorded by the Datanet registry: anyone can
	// check the story's receipts against it (ledger receipt verify
	// --datanet), and an operator can serve the adapter paid by registry
	// id alone (loraserve's POST /v1/adapters with model_id).
	shard, err := store.Publish(ctx, filepath.Join(st.IndexDir, entries[0].File))
	if err != nil {
		return nil, fmt.Errorf("publish the attribution index shard to IPFS: %w", err)
	}
	if _, err := ch.send(ctx, owner, addresses.DatanetRegistry, dreg.PackPublishIndex(new(big.Int).SetUint64(st.DatanetID),
		new(big.Int).SetUint64(st.DatanetVersion), tok.Hash(), shard.Hash, shard.URI)); err != nil {
		return nil, fmt.Errorf("record the attribution index shard: %w", err)
	}
	say("published the attribution index shard", "uri", shard.URI)
	return st, nil
}

// readAdapterConfig reads the rank and target modules of a PEFT adapter.
func readAdapterConfig(dir string) (uint16, []string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "adapter_config.json"))
	if err != nil {
		return 0, nil, fmt.Errorf("adapter config: %w", err)
	}
	var c struct {
		R       int      `json:"r"`
		Targets []string `json:"target_modules"`
	}
	if err := json.Unmarshal(b, &c); err != nil || c.R <= 0 || c.R > 65535 || len(c.Targets) == 0 {
		return 0, nil, fmt.Errorf("adapter config %s: rank %d, targets %v, %v", dir, c.R, c.Targets, err)
	}
	return uint16(c.R), c.Targets, nil
}

// findEvent returns the first log of rc that unpack accepts.
func findEvent[E any](rc *types.Receipt, unpack func(*types.Log) (*E, error)) (*E, error) {
	for _, l := range rc.Logs {
		if e, err := unpack(l); err == nil {
			return e, nil
		}
	}
	return nil, fmt.Errorf("transaction %s emitted no %T", rc.TxHash, *new(E))
}

// storyChain sends the story's transactions to the sequencer.
type storyChain struct {
	eth     *ethclient.Client
	chainID *big.Int
}

func newStoryChain(ctx context.Context, eth *ethclient.Client) (*storyChain, error) {
	id, err := eth.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("story: chain id: %w", err)
	}
	return &storyChain{eth: eth, chainID: id}, nil
}

// send signs and sends a call and waits for its successful receipt.
func (c *storyChain) send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte) (*types.Receipt, error) {
	return c.sendValue(ctx, key, to, data, nil)
}

// sendValue is send with value wei attached.
func (c *storyChain) sendValue(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, storyTxWait)
	defer cancel()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.eth.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	gas, err := c.eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, Value: value})
	if err != nil {
		return nil, fmt.Errorf("estimate gas: %w", err)
	}
	tip, err := c.eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/5, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	if err := c.eth.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	for {
		rc, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if rc.Status != types.ReceiptStatusSuccessful {
				return nil, fmt.Errorf("transaction %s failed", tx.Hash())
			}
			return rc, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("transaction %s: no receipt: %w", tx.Hash(), ctx.Err())
		case <-time.After(100 * time.Millisecond): // receipt polling interval
		}
	}
}

// printSummary tells the story's part of the devnet summary.
func (s *storyComponent) printSummary(loraserveURL string) {
	if s == nil || s.state == nil {
		return
	}
	st := s.state
	fmt.Printf("\n  demo story: Datanet %d version %d (%d contributions on IPFS from %d contributors, Debian fortunes),\n",
		st.DatanetID, st.DatanetVersion, len(st.Contributions), len(st.Contributors))
	fmt.Printf("    base model %d, adapter %d %q registered with provenance Datanet %d:%d;\n",
		st.BaseModelID, st.AdapterModelID, st.AdapterName, st.DatanetID, st.DatanetVersion)
	fmt.Printf("    loraserve %s serves %q paid (a voucher per request; receipts settle from dev account %d)\n",
		loraserveURL, st.AdapterName, storySettlerKey)
}
