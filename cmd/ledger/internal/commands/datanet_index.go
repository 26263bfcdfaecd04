package commands

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/index"
	"github.com/openledger/openledger/attribution/progress"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// datanetIndexCommand is `ledger datanet index`: the attribution index shards
// of Datanet versions, built from what the chain records, published on IPFS
// and recorded with publishIndex, so anyone can recompute a receipt's
// attribution from public data.
func datanetIndexCommand() *cli.Command {
	versionFlags := []cli.Flag{
		&cli.Uint64Flag{Name: "datanet", Required: true, Usage: "Datanet id"},
		&cli.Uint64Flag{Name: "version", Required: true, Usage: "Datanet version"},
	}
	indexFlag := &cli.StringFlag{Name: "index", Required: true, Usage: "attribution index directory (as ledger attribution query/verify read it)"}
	tokFlag := &cli.StringFlag{Name: "tokenizer", Required: true, Usage: "tokenizer.json of the model (or the model directory); its keccak256 is the shard's tokenizer id"}
	return &cli.Command{
		Name:  "index",
		Usage: "attribution index shards of Datanet versions: build from the chain, publish to IPFS and on chain, fetch, list",
		Subcommands: []*cli.Command{
			{
				Name: "build",
				Usage: "build the index shard of a Datanet version into --index from the contributions the version added " +
					"(read from the chain, fetched from IPFS, verified)",
				Flags:  append(append([]cli.Flag{}, versionFlags...), indexFlag, tokFlag, &cli.BoolFlag{Name: "quiet", Usage: "no progress output"}),
				Action: datanetIndexBuild,
			},
			{
				Name:   "publish",
				Usage:  "publish the shard of a Datanet version in --index to IPFS (pinned) and record it on chain (owner or curator)",
				Flags:  append(append([]cli.Flag{}, versionFlags...), indexFlag),
				Action: datanetIndexPublish,
			},
			{
				Name: "fetch",
				Usage: "fetch the published shards of versions 1..--version for --tokenizer from IPFS, verified against the chain, " +
					"into --index",
				Flags:  append(append([]cli.Flag{}, versionFlags...), indexFlag, tokFlag),
				Action: datanetIndexFetch,
			},
			{
				Name:   "show",
				Usage:  "list the index shards published for a Datanet version",
				Flags:  versionFlags,
				Action: datanetIndexShow,
			},
		},
	}
}

// indexShardView is an index shard as printed.
type indexShardView struct {
	DatanetID   uint64         `json:"datanetId"`
	Version     uint64         `json:"version"`
	TokenizerID string         `json:"tokenizerId"`
	ContentHash string         `json:"contentHash"`
	URI         string         `json:"uri"`
	Publisher   common.Address `json:"publisher"`
	PublishedAt uint64         `json:"publishedAt"`
}

func viewIndexShard(s onchain.IndexShard) indexShardView {
	return indexShardView{DatanetID: s.DatanetID, Version: s.Version, TokenizerID: s.TokenizerID.Hex(), ContentHash: s.Hash.Hex(),
		URI: s.URI, Publisher: s.Publisher, PublishedAt: s.PublishedAt}
}

// checkVersionFlags refuses a zero Datanet id or version before connecting.
func checkVersionFlags(c *cli.Context) error {
	if c.Uint64("datanet") == 0 || c.Uint64("version") == 0 {
		return fmt.Errorf("%w: --datanet and --version must be positive", ErrBadArgument)
	}
	return nil
}

func loadIndexTokenizer(c *cli.Context) (*tokenizer.Tokenizer, error) {
	tok, err := tokenizer.Load(c.String("tokenizer"))
	if err != nil {
		return nil, fmt.Errorf("%w: --tokenizer: %v", ErrBadArgument, err)
	}
	return tok, nil
}

func datanetIndexBuild(c *cli.Context) error {
	if err := checkVersionFlags(c); err != nil {
		return err
	}
	tok, err := loadIndexTokenizer(c)
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		r, err := resolver(c, cl)
		if err != nil {
			return nil, err
		}
		corpus, err := r.VersionCorpus(c.Context, c.Uint64("datanet"), c.Uint64("version"))
		if err != nil {
			return nil, err
		}
		opts := attribution.BuildOptions{TokenizerID: tok.Hash()}
		if !c.Bool("quiet") {
			opts.Progress = progress.Terminal(c.App.ErrWriter, 250*time.Millisecond)
		}
		entries, err := attribution.BuildIndex(c.String("index"), attribution.FromIntEncoder(tok), []attribution.DatanetVersion{corpus}, opts)
		if err != nil {
			return nil, err
		}
		e := entries[0]
		return struct {
			index.ShardEntry
			TokenizerID string `json:"tokenizerId"`
			Path        string `json:"path"`
		}{e, common.Hash(tok.Hash()).Hex(), filepath.Join(c.String("index"), e.File)}, nil
	})
}

// shardOf finds the shard of a Datanet version in an index directory.
func shardOf(dir string, datanetID, version uint64) (index.ShardEntry, common.Hash, error) {
	m, err := index.ReadManifest(dir)
	if err != nil {
		return index.ShardEntry{}, common.Hash{}, fmt.Errorf("%w: --index: %v", ErrBadArgument, err)
	}
	for _, e := range m.Shards {
		if e.DatanetID == datanetID && e.DatanetVersion == version {
			return e, m.TokenizerID, nil
		}
	}
	return index.ShardEntry{}, common.Hash{}, fmt.Errorf("%w: index %s has no shard of datanet %d version %d (ledger datanet index build)",
		ErrBadArgument, dir, datanetID, version)
}

func datanetIndexPublish(c *cli.Context) error {
	if err := checkVersionFlags(c); err != nil {
		return err
	}
	id, version := c.Uint64("datanet"), c.Uint64("version")
	entry, tokID, err := shardOf(c.String("index"), id, version)
	if err != nil {
		return err
	}
	path := filepath.Join(c.String("index"), entry.File)
	// The shard must open (checksums, document table) before it goes public.
	s, err := index.OpenShard(path)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadArgument, err)
	}
	s.Close()
	var ref ipfs.Ref
	return sendWith(c, func(*Client) (Tx, error) {
		var err error
		if ref, err = publish(c, path, "--index shard"); err != nil {
			return Tx{}, err
		}
		return Tx{To: addresses.DatanetRegistry, Data: datanets.PackPublishIndex(u64Big(id), u64Big(version), tokID, ref.Hash, ref.URI)}, nil
	}, event(datanets.UnpackIndexPublishedEvent, func(ev *bindings.IDatanetRegistryIndexPublished) any {
		return struct {
			DatanetID   uint64 `json:"datanetId"`
			Version     uint64 `json:"version"`
			TokenizerID string `json:"tokenizerId"`
			ContentHash string `json:"contentHash"`
			Size        uint64 `json:"size"`
			URI         string `json:"uri"`
		}{ev.DatanetId.Uint64(), ev.Version.Uint64(), hashHex(ev.TokenizerId), hashHex(ev.ContentHash), ref.Size, ev.Uri}
	}))
}

func datanetIndexFetch(c *cli.Context) error {
	if err := checkVersionFlags(c); err != nil {
		return err
	}
	tok, err := loadIndexTokenizer(c)
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		r, err := resolver(c, cl)
		if err != nil {
			return nil, err
		}
		id, last := c.Uint64("datanet"), c.Uint64("version")
		// The last version first: it exists before versions 1..last are listed.
		if _, err := r.IndexShards(c.Context, id, last); err != nil {
			return nil, err
		}
		var out []index.ShardEntry
		for _, v := range onchain.UpTo(id, last) {
			rec, err := r.IndexShard(c.Context, v.DatanetID, v.Version, tok.Hash())
			if err != nil {
				return nil, err
			}
			path, err := r.FetchIndexShard(c.Context, rec)
			if err != nil {
				return nil, err
			}
			s, err := index.OpenShard(path)
			if err != nil {
				return nil, fmt.Errorf("index shard of datanet %s (%s): %w", v, rec.URI, err)
			}
			m := s.Meta()
			s.Close()
			if m.DatanetID != v.DatanetID || m.DatanetVersion != v.Version || m.TokenizerID != rec.TokenizerID {
				return nil, fmt.Errorf("index shard of datanet %s (%s): %w: the file holds datanet %d version %d", v, rec.URI, index.ErrCorrupt,
					m.DatanetID, m.DatanetVersion)
			}
			e, err := index.ImportShard(c.String("index"), path)
			if err != nil {
				return nil, err
			}
			out = append(out, e)
		}
		return out, nil
	})
}

func datanetIndexShow(c *cli.Context) error {
	if err := checkVersionFlags(c); err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		r := onchain.NewResolver(cl.eth, nil)
		list, err := r.IndexShards(c.Context, c.Uint64("datanet"), c.Uint64("version"))
		return mapSlice(list, viewIndexShard), err
	})
}
