package commands

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
)

var models = bindings.NewIModelRegistry()

func datanetFlag() cli.Flag {
	return &cli.StringSliceFlag{Name: "datanet", Usage: "Datanet version trained on, id:version (repeat)"}
}

func modelCommand() *cli.Command {
	return &cli.Command{
		Name:  "model",
		Usage: "base models and LoRA adapters: register, version, provenance",
		Subcommands: []*cli.Command{
			{
				Name:  "register",
				Usage: "register a base model owned by the signer",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "name", Required: true},
					&cli.StringFlag{Name: "arch", Usage: "architecture, e.g. llama"},
					&cli.StringFlag{Name: "license"},
				}, weightsFlags()...),
				Action: modelRegister,
			},
			{
				Name:  "adapter",
				Usage: "register a LoRA adapter on a base model",
				Flags: append([]cli.Flag{
					&cli.Uint64Flag{Name: "base", Required: true, Usage: "base model id"},
					&cli.StringFlag{Name: "name", Required: true},
					&cli.UintFlag{Name: "rank", Required: true, Usage: "LoRA rank"},
					&cli.StringSliceFlag{Name: "target", Required: true, Usage: "target module, e.g. q_proj (repeat or comma-separate)"},
					&cli.StringFlag{Name: "rate-in", Value: "0", Usage: "price per 1,000 input tokens (wei, or e.g. 0.001OPEN)"},
					&cli.StringFlag{Name: "rate-out", Value: "0", Usage: "price per 1,000 output tokens"},
					datanetFlag(),
				}, weightsFlags()...),
				Action: modelAdapter,
			},
			{
				Name:   "version",
				Usage:  "publish a new version of a model (adapters name their Datanet versions)",
				Flags:  append([]cli.Flag{&cli.Uint64Flag{Name: "model", Required: true}, datanetFlag()}, weightsFlags()...),
				Action: modelVersion,
			},
			{
				Name:  "rates",
				Usage: "set a model's rates",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "model", Required: true},
					&cli.StringFlag{Name: "rate-in", Required: true},
					&cli.StringFlag{Name: "rate-out", Required: true},
				},
				Action: modelRates,
			},
			{Name: "deprecate", Usage: "deprecate a model", ArgsUsage: "ID", Action: modelStatus(true)},
			{Name: "reactivate", Usage: "reactivate a deprecated model", ArgsUsage: "ID", Action: modelStatus(false)},
			{
				Name:  "transfer",
				Usage: "hand a model to a new owner",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "model", Required: true},
					&cli.StringFlag{Name: "to", Required: true, Usage: "new owner"},
				},
				Action: modelTransfer,
			},
			{Name: "show", Usage: "show a model and its versions", ArgsUsage: "ID", Action: modelShow},
			{
				Name:      "fetch",
				Usage:     "fetch a model version's weights from IPFS, verified against the weights hash on chain",
				ArgsUsage: "ID",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "version", Usage: "model version (default: the latest)"},
					&cli.StringFlag{Name: "out", Usage: "copy the weights (file or directory) here (default: print where the verified copy is)"},
				},
				Action: modelFetch,
			},
			{
				Name:      "provenance",
				Usage:     "show where a model version came from: base model and Datanet versions with their Merkle roots",
				ArgsUsage: "ID",
				Flags:     []cli.Flag{&cli.Uint64Flag{Name: "version", Usage: "model version (default: the latest)"}},
				Action:    modelProvenance,
			},
			{
				Name:  "list",
				Usage: "list models (all, of an owner, or the adapters of a base model)",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "owner"},
					&cli.Uint64Flag{Name: "base", Usage: "list the adapters of this base model"},
				}, pageFlags()...),
				Action: modelList,
			},
		},
	}
}

// Views of the registry's records, as printed. Amounts are decimal wei strings.
type (
	modelView struct {
		ID            uint64         `json:"id"`
		Kind          string         `json:"kind"`
		Owner         common.Address `json:"owner"`
		Name          string         `json:"name"`
		Architecture  string         `json:"architecture,omitempty"`
		License       string         `json:"license,omitempty"`
		BaseModelID   uint64         `json:"baseModelId,omitempty"`
		Rank          uint16         `json:"rank,omitempty"`
		TargetModules []string       `json:"targetModules,omitempty"`
		RateIn        string         `json:"rateIn"`
		RateOut       string         `json:"rateOut"`
		Status        string         `json:"status"`
		CreatedAt     uint64         `json:"createdAt"`
		VersionCount  uint64         `json:"versionCount"`
		AdapterCount  uint64         `json:"adapterCount,omitempty"`
		Versions      []versionView  `json:"versions,omitempty"`
	}
	versionView struct {
		Version     uint64       `json:"version"`
		WeightsHash string       `json:"weightsHash"`
		URI         string       `json:"uri"`
		BaseVersion uint64       `json:"baseVersion,omitempty"`
		Datanets    []datanetRef `json:"datanets,omitempty"`
		PublishedAt uint64       `json:"publishedAt"`
	}
	datanetRef struct {
		DatanetID uint64 `json:"datanetId"`
		Version   uint64 `json:"version"`
	}
	provenanceView struct {
		ModelID         uint64           `json:"modelId"`
		Version         uint64           `json:"version"`
		WeightsHash     string           `json:"weightsHash"`
		BaseModelID     uint64           `json:"baseModelId,omitempty"`
		BaseVersion     uint64           `json:"baseVersion,omitempty"`
		BaseWeightsHash string           `json:"baseWeightsHash,omitempty"`
		Datanets        []datanetSnippet `json:"datanets"`
	}
	datanetSnippet struct {
		DatanetID     uint64 `json:"datanetId"`
		Version       uint64 `json:"version"`
		Root          string `json:"root"`
		Contributions uint64 `json:"contributions"`
	}
)

func kindName(k uint8) string {
	if k == bindings.ModelKindAdapter {
		return "adapter"
	}
	return "base"
}

func statusName(s uint8) string {
	if s == bindings.ModelStatusDeprecated {
		return "deprecated"
	}
	return "active"
}

func viewModel(m bindings.IModelRegistryModel) modelView {
	return modelView{
		ID: m.Id.Uint64(), Kind: kindName(m.Kind), Owner: m.Owner, Name: m.Name, Architecture: m.Architecture,
		License: m.License, BaseModelID: m.BaseModelId.Uint64(), Rank: m.Rank, TargetModules: m.TargetModules,
		RateIn: m.RateIn.String(), RateOut: m.RateOut.String(), Status: statusName(m.Status), CreatedAt: m.CreatedAt,
		VersionCount: m.VersionCount.Uint64(), AdapterCount: m.AdapterCount.Uint64(),
	}
}

func viewVersion(v bindings.IModelRegistryModelVersion) versionView {
	out := versionView{
		Version: v.Version.Uint64(), WeightsHash: hashHex(v.WeightsHash), URI: v.Uri,
		BaseVersion: v.BaseVersion.Uint64(), PublishedAt: v.PublishedAt,
	}
	for _, d := range v.Datanets {
		out.Datanets = append(out.Datanets, datanetRef{DatanetID: d.DatanetId.Uint64(), Version: d.Version.Uint64()})
	}
	return out
}

func datanetRefs(c *cli.Context) ([]bindings.IModelRegistryDatanetRef, error) {
	var out []bindings.IModelRegistryDatanetRef
	for _, s := range splitList(c.StringSlice("datanet")) {
		r, err := ParseDatanetRef(s)
		if err != nil {
			return nil, err
		}
		out = append(out, bindings.IModelRegistryDatanetRef{DatanetId: r.ID, Version: r.Version})
	}
	return out, nil
}

// sendVersioned sends a model registry transaction that publishes a model
// version and reports the version from its VersionPublished event.
func sendVersioned(c *cli.Context, data []byte) error {
	return send(c, Tx{To: addresses.ModelRegistry, Data: data},
		event(models.UnpackVersionPublishedEvent, func(ev *bindings.IModelRegistryVersionPublished) any {
			return struct {
				ModelID     uint64 `json:"modelId"`
				Version     uint64 `json:"version"`
				WeightsHash string `json:"weightsHash"`
				URI         string `json:"uri"`
			}{ev.ModelId.Uint64(), ev.Version.Uint64(), hashHex(ev.WeightsHash), ev.Uri}
		}))
}

func modelRegister(c *cli.Context) error {
	h, uri, err := weightsRef(c)
	if err != nil {
		return err
	}
	return sendVersioned(c, models.PackRegisterBaseModel(c.String("name"), c.String("arch"), h, uri, c.String("license")))
}

func modelAdapter(c *cli.Context) error {
	rateIn, rateOut, err := rateFlags(c)
	if err != nil {
		return err
	}
	refs, err := datanetRefs(c)
	if err != nil {
		return err
	}
	rank := c.Uint("rank")
	if rank == 0 || rank > 65535 {
		return fmt.Errorf("%w: --rank %d out of range 1..65535", ErrBadArgument, rank)
	}
	h, uri, err := weightsRef(c)
	if err != nil {
		return err
	}
	return sendVersioned(c, models.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: u64Big(c.Uint64("base")), Name: c.String("name"), WeightsHash: h, Uri: uri,
		Rank: uint16(rank), TargetModules: splitList(c.StringSlice("target")), RateIn: rateIn, RateOut: rateOut, Datanets: refs,
	}))
}

func modelVersion(c *cli.Context) error {
	refs, err := datanetRefs(c)
	if err != nil {
		return err
	}
	h, uri, err := weightsRef(c)
	if err != nil {
		return err
	}
	return sendVersioned(c, models.PackPublishVersion(u64Big(c.Uint64("model")), h, uri, refs))
}

// rateFlags parses --rate-in and --rate-out.
func rateFlags(c *cli.Context) (rateIn, rateOut *big.Int, err error) {
	if rateIn, err = ParseAmount(c.String("rate-in")); err != nil {
		return nil, nil, err
	}
	if rateOut, err = ParseAmount(c.String("rate-out")); err != nil {
		return nil, nil, err
	}
	return rateIn, rateOut, nil
}

func modelRates(c *cli.Context) error {
	rateIn, rateOut, err := rateFlags(c)
	if err != nil {
		return err
	}
	id := c.Uint64("model")
	return send(c, Tx{To: addresses.ModelRegistry, Data: models.PackSetRates(u64Big(id), rateIn, rateOut)},
		event(models.UnpackRatesSetEvent, func(ev *bindings.IModelRegistryRatesSet) any {
			return struct {
				ModelID uint64 `json:"modelId"`
				RateIn  string `json:"rateIn"`
				RateOut string `json:"rateOut"`
			}{ev.ModelId.Uint64(), ev.RateIn.String(), ev.RateOut.String()}
		}))
}

// statusResult is what deprecate and reactivate print.
type statusResult struct {
	ModelID uint64 `json:"modelId"`
	Status  string `json:"status"`
}

func modelStatus(deprecate bool) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, err := idArg(c, "model id")
		if err != nil {
			return err
		}
		tx := Tx{To: addresses.ModelRegistry, Data: models.PackReactivate(id)}
		rep := event(models.UnpackModelReactivatedEvent, func(ev *bindings.IModelRegistryModelReactivated) any {
			return statusResult{ev.ModelId.Uint64(), "active"}
		})
		if deprecate {
			tx.Data = models.PackDeprecate(id)
			rep = event(models.UnpackModelDeprecatedEvent, func(ev *bindings.IModelRegistryModelDeprecated) any {
				return statusResult{ev.ModelId.Uint64(), "deprecated"}
			})
		}
		return send(c, tx, rep)
	}
}

func modelTransfer(c *cli.Context) error {
	to, err := ParseAddress("--to", c.String("to"))
	if err != nil {
		return err
	}
	return send(c, Tx{To: addresses.ModelRegistry, Data: models.PackTransferOwnership(u64Big(c.Uint64("model")), to)},
		event(models.UnpackOwnershipTransferredEvent, func(ev *bindings.IModelRegistryOwnershipTransferred) any {
			return struct {
				ModelID       uint64         `json:"modelId"`
				PreviousOwner common.Address `json:"previousOwner"`
				Owner         common.Address `json:"owner"`
			}{ev.ModelId.Uint64(), ev.PreviousOwner, ev.NewOwner}
		}))
}

func modelShow(c *cli.Context) error {
	id, err := idArg(c, "model id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		m, err := query(cl, c.Context, addresses.ModelRegistry, models.PackGetModel(id), "getModel", models.UnpackGetModel)
		if err != nil {
			return nil, err
		}
		view := viewModel(m)
		for offset := uint64(0); offset < view.VersionCount; offset += bindings.ModelMaxVersionPage {
			versions, err := query(cl, c.Context, addresses.ModelRegistry, models.PackVersionsOf(id, u64Big(offset), u64Big(bindings.ModelMaxVersionPage)), "versionsOf", models.UnpackVersionsOf)
			if err != nil {
				return nil, err
			}
			view.Versions = append(view.Versions, mapSlice(versions, viewVersion)...)
		}
		return view, nil
	})
}

func modelProvenance(c *cli.Context) error {
	id, err := idArg(c, "model id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		p, err := query(cl, c.Context, addresses.ModelRegistry, models.PackProvenance(id, u64Big(c.Uint64("version"))), "provenance", models.UnpackProvenance)
		if err != nil {
			return nil, err
		}
		view := provenanceView{
			ModelID: p.ModelId.Uint64(), Version: p.Version.Uint64(), WeightsHash: hashHex(p.WeightsHash),
			BaseModelID: p.BaseModelId.Uint64(), BaseVersion: p.BaseVersion.Uint64(), Datanets: []datanetSnippet{},
		}
		if view.BaseModelID != 0 {
			view.BaseWeightsHash = hashHex(p.BaseWeightsHash)
		}
		for _, d := range p.Datanets {
			view.Datanets = append(view.Datanets, datanetSnippet{
				DatanetID: d.DatanetId.Uint64(), Version: d.Version.Uint64(), Root: hashHex(d.Root), Contributions: d.ContributionCount.Uint64(),
			})
		}
		return view, nil
	})
}

func modelList(c *cli.Context) error {
	offset, limit := u64Big(c.Uint64("offset")), u64Big(c.Uint64("limit"))
	var data []byte
	switch {
	case c.String("owner") != "" && c.Uint64("base") != 0:
		return fmt.Errorf("%w: pass --owner or --base, not both", ErrBadArgument)
	case c.String("owner") != "":
		owner, err := ParseAddress("--owner", c.String("owner"))
		if err != nil {
			return err
		}
		data = models.PackModelsOf(owner, offset, limit)
	case c.Uint64("base") != 0:
		data = models.PackAdaptersOf(u64Big(c.Uint64("base")), offset, limit)
	default:
		data = models.PackListModels(offset, limit)
	}
	return read(c, func(cl *Client) (any, error) {
		// listModels, modelsOf and adaptersOf all return Model[].
		list, err := query(cl, c.Context, addresses.ModelRegistry, data, "model list", models.UnpackListModels)
		return mapSlice(list, viewModel), err
	})
}
