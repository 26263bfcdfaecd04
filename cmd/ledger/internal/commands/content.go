package commands

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/ipfs/ipfsflags"
	"github.com/openledger/openledger/ipfs/onchain"
)

// contentStore is the IPFS node of --ipfs.api; retries while it does not
// answer are reported on stderr.
func contentStore(c *cli.Context) (*ipfs.Store, error) {
	cfg := ipfsflags.ReadCLIConfig(c)
	return cfg.Store(cfg.PrintRetries(c.App.ErrWriter))
}

// contentCache is the verified content cache of --ipfs.cache.
func contentCache(c *cli.Context) (*ipfs.Cache, error) {
	cfg := ipfsflags.ReadCLIConfig(c)
	return cfg.OpenCache(cfg.PrintRetries(c.App.ErrWriter))
}

// resolver reads content records from the chain cl is connected to and
// fetches their content into the cache of --ipfs.cache, verified.
func resolver(c *cli.Context, cl *Client) (*onchain.Resolver, error) {
	cache, err := contentCache(c)
	if err != nil {
		return nil, err
	}
	return onchain.NewResolver(cl.eth, cache), nil
}

// pinReviewed applies the pinning policy of a review on the reviewer's IPFS
// node (--ipfs.api): accepted content is fetched, checked against its
// on-chain hash and size, and pinned, so the Datanet's content outlives the
// contributor's node; rejected content is unpinned there (no one can delete
// content from other nodes: whoever still pins it keeps it). Content that is
// not on IPFS is reported and left alone.
func pinReviewed(c *cli.Context, cl *Client, id uint64, accept bool) error {
	r, err := resolver(c, cl)
	if err != nil {
		return err
	}
	ct, err := r.Contribution(c.Context, id)
	if err != nil {
		return err
	}
	if !ipfs.IsURI(ct.URI) {
		fmt.Fprintf(c.App.ErrWriter, "contribution %d is not on IPFS (%q): nothing pinned\n", id, ct.URI)
		return nil
	}
	root, _, err := ipfs.ParseURI(ct.URI)
	if err != nil {
		return err
	}
	cfg := ipfsflags.ReadCLIConfig(c)
	node, err := cfg.Client(cfg.PrintRetries(c.App.ErrWriter))
	if err != nil {
		return err
	}
	if !accept {
		if err := node.Unpin(c.Context, root); err != nil {
			return fmt.Errorf("contribution %d: unpin %s: %w", id, root, err)
		}
		fmt.Fprintf(c.App.ErrWriter, "unpinned %s on %s (rejected)\n", ct.URI, cfg.API)
		return nil
	}
	if _, err := r.FetchContribution(c.Context, ct); err != nil {
		return fmt.Errorf("accept (--pin=false to accept without pinning): %w", err)
	}
	if err := node.Pin(c.Context, root); err != nil {
		return fmt.Errorf("contribution %d: pin %s: %w", id, root, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "pinned %s on %s (accepted, content verified)\n", ct.URI, cfg.API)
	return nil
}

// publish adds a file or directory to IPFS and pins it, telling the user
// where it went.
func publish(c *cli.Context, path, what string) (ipfs.Ref, error) {
	if _, err := os.Stat(path); err != nil {
		return ipfs.Ref{}, fmt.Errorf("%w: %s: %v", ErrBadArgument, what, err)
	}
	s, err := contentStore(c)
	if err != nil {
		return ipfs.Ref{}, err
	}
	ref, err := s.Publish(c.Context, path)
	if err != nil {
		return ipfs.Ref{}, err
	}
	fmt.Fprintf(c.App.ErrWriter, "published %s to %s as %s (%d bytes, pinned)\n", path, s.Node(), ref.URI, ref.Size)
	return ref, nil
}

// weightsFlags are the flags of a command that records a model version.
func weightsFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "weights", Usage: "weights file or directory (e.g. an adapter's PEFT files) to publish to IPFS and record"},
		&cli.StringFlag{Name: "weights-hash", Usage: "0x-prefixed content hash of weights published elsewhere (with --uri)"},
		&cli.StringFlag{Name: "uri", Usage: "where weights published elsewhere are (with --weights-hash)"},
	}
}

// weightsRef returns the content hash and URI a model version records:
// --weights publishes to IPFS; --weights-hash and --uri name content that is
// already published.
func weightsRef(c *cli.Context) ([32]byte, string, error) {
	path, hash, uri := c.String("weights"), c.String("weights-hash"), c.String("uri")
	switch {
	case path != "" && (hash != "" || uri != ""):
		return [32]byte{}, "", fmt.Errorf("%w: --weights publishes to IPFS and sets the hash and URI; pass either --weights or --weights-hash with --uri", ErrBadArgument)
	case path != "":
		ref, err := publish(c, path, "--weights")
		if err != nil {
			return [32]byte{}, "", err
		}
		return ref.Hash, ref.URI, nil
	case hash != "":
		h, err := ParseHash("--weights-hash", hash)
		if err != nil {
			return [32]byte{}, "", err
		}
		if ipfs.IsURI(uri) {
			if _, _, err := ipfs.ParseURI(uri); err != nil {
				return [32]byte{}, "", fmt.Errorf("%w: --uri: %v", ErrBadArgument, err)
			}
		}
		return h, uri, nil
	default:
		return [32]byte{}, "", fmt.Errorf("%w: pass --weights, or --weights-hash with --uri", ErrBadArgument)
	}
}

func modelFetch(c *cli.Context) error {
	id, err := idArg(c, "model id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		r, err := resolver(c, cl)
		if err != nil {
			return nil, err
		}
		w, err := r.Weights(c.Context, id.Uint64(), c.Uint64("version"))
		if err != nil {
			return nil, err
		}
		path, err := r.FetchWeights(c.Context, w)
		if err != nil {
			return nil, err
		}
		if out := c.String("out"); out != "" {
			if err := copyTree(path, out); err != nil {
				return nil, err
			}
			path = out
		}
		return struct {
			ModelID     uint64 `json:"modelId"`
			Version     uint64 `json:"version"`
			WeightsHash string `json:"weightsHash"`
			URI         string `json:"uri"`
			Path        string `json:"path"`
		}{w.ModelID, w.Version, w.Hash.Hex(), w.URI, path}, nil
	})
}

// copyTree copies a file or a directory to dst, which must not exist.
func copyTree(src, dst string) error {
	if _, err := os.Lstat(dst); err == nil {
		return fmt.Errorf("%w: --out %s already exists", ErrBadArgument, dst)
	}
	info, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return copyFile(src, dst)
	}
	return os.CopyFS(dst, os.DirFS(src))
}
