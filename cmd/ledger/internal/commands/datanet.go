package commands

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/internal/atomicfile"
	"github.com/openledger/openledger/ipfs"
)

var datanets = bindings.NewIDatanetRegistry()

func datanetCommand() *cli.Command {
	return &cli.Command{
		Name:  "datanet",
		Usage: "community datasets: create, contribute, review, publish versions",
		Subcommands: []*cli.Command{
			{
				Name:  "create",
				Usage: "create a Datanet owned by the signer",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "name", Required: true},
					&cli.StringFlag{Name: "description"},
					&cli.StringSliceFlag{Name: "tag", Usage: "a tag (repeat or comma-separate)"},
					&cli.StringFlag{Name: "metadata-uri"},
				},
				Action: datanetCreate,
			},
			{
				Name:      "contribute",
				Usage:     "publish FILE to IPFS (added and pinned on --ipfs.api) and contribute it to a Datanet",
				ArgsUsage: "FILE",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "datanet", Required: true, Usage: "Datanet id"},
					&cli.StringFlag{Name: "metadata", Usage: "free-form metadata (e.g. JSON)"},
				},
				Action: datanetContribute,
			},
			{
				Name:  "fetch",
				Usage: "fetch a contribution's content from IPFS, verified against its on-chain hash and size (for review)",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "contribution", Required: true, Usage: "contribution id"},
					&cli.StringFlag{Name: "out", Usage: "copy the content to this file (default: print where the verified copy is)"},
				},
				Action: datanetFetch,
			},
			{
				Name:  "review",
				Usage: "accept or reject a pending contribution (owner or curator)",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "contribution", Required: true, Usage: "contribution id"},
					&cli.BoolFlag{Name: "accept"},
					&cli.BoolFlag{Name: "reject"},
					&cli.StringFlag{Name: "reason"},
					&cli.BoolFlag{Name: "pin", Value: true, Usage: "--accept: fetch the content (hash-checked) and pin it on --ipfs.api, " +
						"so it outlives the contributor's node; --reject: unpin it there"},
				},
				Action: datanetReview,
			},
			{
				Name:   "publish",
				Usage:  "publish the next version (Merkle root of the accepted contributions)",
				Flags:  []cli.Flag{&cli.Uint64Flag{Name: "datanet", Required: true, Usage: "Datanet id"}},
				Action: datanetPublish,
			},
			datanetIndexCommand(),
			{Name: "show", Usage: "show a Datanet and its versions", ArgsUsage: "ID", Action: datanetShow},
			{
				Name:      "contributions",
				Usage:     "list a Datanet's contributions with their review state",
				ArgsUsage: "ID",
				Flags:     pageFlags(),
				Action:    datanetContributions,
			},
			{Name: "list", Usage: "list Datanets", Flags: pageFlags(), Action: datanetList},
		},
	}
}

// Views of the registry's records, as printed.
type (
	datanetView struct {
		ID            uint64         `json:"id"`
		Owner         common.Address `json:"owner"`
		Name          string         `json:"name"`
		Description   string         `json:"description"`
		Tags          []string       `json:"tags"`
		MetadataURI   string         `json:"metadataURI"`
		CreatedAt     uint64         `json:"createdAt"`
		Contributions uint64         `json:"contributions"`
		Accepted      uint64         `json:"accepted"`
		VersionCount  uint64         `json:"versionCount"`
		Versions      []dnVersion    `json:"versions,omitempty"`
	}
	dnVersion struct {
		Version       uint64         `json:"version"`
		Root          string         `json:"root"`
		Contributions uint64         `json:"contributions"`
		PublishedAt   uint64         `json:"publishedAt"`
		Publisher     common.Address `json:"publisher"`
	}
)

func viewDatanet(d bindings.IDatanetRegistryDatanet) datanetView {
	tags := d.Tags
	if tags == nil {
		tags = []string{}
	}
	return datanetView{
		ID: d.Id.Uint64(), Owner: d.Owner, Name: d.Name, Description: d.Description, Tags: tags, MetadataURI: d.MetadataURI,
		CreatedAt: d.CreatedAt, Contributions: d.ContributionCount.Uint64(), Accepted: d.AcceptedCount.Uint64(),
		VersionCount: d.VersionCount.Uint64(),
	}
}

// contributionView is IDatanetRegistry.Contribution as printed.
type contributionView struct {
	ID           uint64         `json:"id"`
	DatanetID    uint64         `json:"datanetId"`
	Contributor  common.Address `json:"contributor"`
	ContentHash  string         `json:"contentHash"`
	Size         uint64         `json:"size"`
	URI          string         `json:"uri"`
	Metadata     string         `json:"metadata"`
	Status       string         `json:"status"`
	SubmittedAt  uint64         `json:"submittedAt"`
	Reviewer     common.Address `json:"reviewer"`
	ReviewReason string         `json:"reviewReason"`
}

// reviewStates names IDatanetRegistry.Status values.
var reviewStates = map[uint8]string{
	bindings.DatanetStatusPending: "pending", bindings.DatanetStatusAccepted: "accepted", bindings.DatanetStatusRejected: "rejected",
}

func hashHex(h [32]byte) string { return hexutil.Encode(h[:]) }

func u64Big(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func datanetCreate(c *cli.Context) error {
	return send(c, Tx{To: addresses.DatanetRegistry, Data: datanets.PackCreateDatanet(c.String("name"), c.String("description"),
		splitList(c.StringSlice("tag")), c.String("metadata-uri"))},
		event(datanets.UnpackDatanetCreatedEvent, func(ev *bindings.IDatanetRegistryDatanetCreated) any {
			return struct {
				DatanetID uint64 `json:"datanetId"`
			}{ev.DatanetId.Uint64()}
		}))
}

func datanetContribute(c *cli.Context) error {
	if c.NArg() != 1 {
		return fmt.Errorf("%w: datanet contribute takes one FILE (flags go before it)", ErrBadArgument)
	}
	if info, err := os.Stat(c.Args().First()); err != nil || !info.Mode().IsRegular() {
		return fmt.Errorf("%w: %s is not a readable file", ErrBadArgument, c.Args().First())
	}
	var ref ipfs.Ref
	return sendWith(c, func(*Client) (Tx, error) {
		// Published once the signing key has loaded and the node answered.
		var err error
		if ref, err = publish(c, c.Args().First(), "FILE"); err != nil {
			return Tx{}, err
		}
		return Tx{To: addresses.DatanetRegistry, Data: datanets.PackContribute(u64Big(c.Uint64("datanet")), ref.Hash, ref.Size, ref.URI, c.String("metadata"))}, nil
	}, event(datanets.UnpackContributionSubmittedEvent, func(ev *bindings.IDatanetRegistryContributionSubmitted) any {
		return struct {
			ContributionID uint64 `json:"contributionId"`
			DatanetID      uint64 `json:"datanetId"`
			ContentHash    string `json:"contentHash"`
			Size           uint64 `json:"size"`
			URI            string `json:"uri"`
		}{ev.ContributionId.Uint64(), ev.DatanetId.Uint64(), ref.Hash.Hex(), ref.Size, ref.URI}
	}))
}

func datanetFetch(c *cli.Context) error {
	return read(c, func(cl *Client) (any, error) {
		r, err := resolver(c, cl)
		if err != nil {
			return nil, err
		}
		ct, err := r.Contribution(c.Context, c.Uint64("contribution"))
		if err != nil {
			return nil, err
		}
		path, err := r.FetchContribution(c.Context, ct)
		if err != nil {
			return nil, err
		}
		if out := c.String("out"); out != "" {
			if err := copyFile(path, out); err != nil {
				return nil, err
			}
			path = out
		}
		return struct {
			ContributionID uint64         `json:"contributionId"`
			DatanetID      uint64         `json:"datanetId"`
			Contributor    common.Address `json:"contributor"`
			Status         string         `json:"status"`
			ContentHash    string         `json:"contentHash"`
			Size           uint64         `json:"size"`
			URI            string         `json:"uri"`
			Path           string         `json:"path"`
		}{ct.ID, ct.DatanetID, ct.Contributor, ct.Status.String(), ct.Hash.Hex(), ct.Size, ct.URI, path}, nil
	})
}

// copyFile copies src to dst (replacing it) through a temporary file.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := atomicfile.Create(filepath.Dir(dst), 0o644)
	if err != nil {
		return fmt.Errorf("%w: --out: %v", ErrBadArgument, err)
	}
	defer tmp.Discard()
	if _, err := io.Copy(tmp, in); err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return tmp.Commit(dst)
}

func datanetReview(c *cli.Context) error {
	accept, reject := c.Bool("accept"), c.Bool("reject")
	if accept == reject {
		return fmt.Errorf("%w: pass exactly one of --accept and --reject", ErrBadArgument)
	}
	id := c.Uint64("contribution")
	return sendWith(c, func(cl *Client) (Tx, error) {
		if c.Bool("pin") {
			if err := pinReviewed(c, cl, id, accept); err != nil {
				return Tx{}, err
			}
		}
		return Tx{To: addresses.DatanetRegistry, Data: datanets.PackReview(u64Big(id), accept, c.String("reason"))}, nil
	},
		echo(struct {
			ContributionID uint64 `json:"contributionId"`
			Accepted       bool   `json:"accepted"`
		}{id, accept}))
}

func datanetPublish(c *cli.Context) error {
	return send(c, Tx{To: addresses.DatanetRegistry, Data: datanets.PackPublishVersion(u64Big(c.Uint64("datanet")))},
		event(datanets.UnpackVersionPublishedEvent, func(ev *bindings.IDatanetRegistryVersionPublished) any {
			return struct {
				DatanetID     uint64 `json:"datanetId"`
				Version       uint64 `json:"version"`
				Root          string `json:"root"`
				Contributions uint64 `json:"contributions"`
			}{ev.DatanetId.Uint64(), ev.Version.Uint64(), hashHex(ev.Root), ev.ContributionCount.Uint64()}
		}))
}

// idArg parses the single positional ID of a show command.
func idArg(c *cli.Context, what string) (*big.Int, error) {
	if c.NArg() != 1 {
		return nil, fmt.Errorf("%w: %s takes one ID", ErrBadArgument, c.Command.FullName())
	}
	return ParseID(what, c.Args().First())
}

func datanetShow(c *cli.Context) error {
	id, err := idArg(c, "datanet id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		d, err := query(cl, c.Context, addresses.DatanetRegistry, datanets.PackGetDatanet(id), "getDatanet", datanets.UnpackGetDatanet)
		if err != nil {
			return nil, err
		}
		view := viewDatanet(d)
		versions, err := query(cl, c.Context, addresses.DatanetRegistry, datanets.PackVersionsOf(id, new(big.Int), big.NewInt(100)), "versionsOf", datanets.UnpackVersionsOf)
		if err != nil {
			return nil, err
		}
		for _, v := range versions {
			view.Versions = append(view.Versions, dnVersion{
				Version: v.Version.Uint64(), Root: hashHex(v.Root), Contributions: v.ContributionCount.Uint64(),
				PublishedAt: v.PublishedAt, Publisher: v.Publisher,
			})
		}
		return view, nil
	})
}

func datanetList(c *cli.Context) error {
	return read(c, func(cl *Client) (any, error) {
		list, err := query(cl, c.Context, addresses.DatanetRegistry, datanets.PackListDatanets(u64Big(c.Uint64("offset")), u64Big(c.Uint64("limit"))), "listDatanets", datanets.UnpackListDatanets)
		return mapSlice(list, viewDatanet), err
	})
}

func datanetContributions(c *cli.Context) error {
	id, err := idArg(c, "datanet id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		list, err := query(cl, c.Context, addresses.DatanetRegistry, datanets.PackContributionsOf(id, u64Big(c.Uint64("offset")), u64Big(c.Uint64("limit"))), "contributionsOf", datanets.UnpackContributionsOf)
		return mapSlice(list, viewContribution), err
	})
}

func viewContribution(ct bindings.IDatanetRegistryContribution) contributionView {
	return contributionView{
		ID: ct.Id.Uint64(), DatanetID: ct.DatanetId.Uint64(), Contributor: ct.Contributor, ContentHash: hashHex(ct.ContentHash),
		Size: ct.Size, URI: ct.Uri, Metadata: ct.Metadata, Status: reviewStates[ct.Status], SubmittedAt: ct.SubmittedAt,
		Reviewer: ct.Reviewer, ReviewReason: ct.ReviewReason,
	}
}
