// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs/onchain"
)

// Caller reads the chain (an *ethclient.Client).
type Caller = onchain.Caller

// MaxCatalogPage is the most registry entries one listing request reads
// (the registries' own page size).
const MaxCatalogPage = 100

var (
	modelABI   = bindings.NewIModelRegistry()
	datanetABI = bindings.NewIDatanetRegistry()
)

// BaseModel is an active base model a job can train on.
type BaseModel struct {
	ID           uint64         `json:"id"`
	Name         string         `json:"name"`
	Architecture string         `json:"architecture"`
	License      string         `json:"license"`
	Owner        common.Address `json:"owner"`
	Versions     uint64         `json:"versions"`
}

// DatanetVersionInfo is one published version of a Datanet.
type DatanetVersionInfo struct {
	Version       uint64      `json:"version"`
	Root          common.Hash `json:"root"`
	Contributions uint64      `json:"contributions"`
	PublishedAt   uint64      `json:"publishedAt"`
}

// Datanet is a Datanet with published versions a job can train on.
type Datanet struct {
	ID          uint64               `json:"id"`
	Name        string               `json:"name"`
	Description string               `json:"description"`
	Owner       common.Address       `json:"owner"`
	Accepted    uint64               `json:"accepted"`
	Versions    []DatanetVersionInfo `json:"versions"`
}

// Page is one listing answer: the items of registry ids [offset+1,
// offset+limit] that qualify, the registry's total and the next offset
// (0 when this page was the last).
type Page[T any] struct {
	Items []T    `json:"items"`
	Total uint64 `json:"total"`
	Next  uint64 `json:"next"`
}

func u64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// BaseModels lists the active base models among registry entries
// offset+1 … offset+limit.
func BaseModels(ctx context.Context, c Caller, offset, limit uint64) (Page[BaseModel], error) {
	total, err := onchain.Call(ctx, c, addresses.ModelRegistry, modelABI.PackModelCount(), "modelCount", modelABI.UnpackModelCount)
	if err != nil {
		return Page[BaseModel]{}, err
	}
	page := Page[BaseModel]{Items: []BaseModel{}, Total: total.Uint64()}
	if offset >= page.Total {
		return page, nil
	}
	ms, err := onchain.Call(ctx, c, addresses.ModelRegistry, modelABI.PackListModels(u64(offset), u64(limit)), "listModels", modelABI.UnpackListModels)
	if err != nil {
		return page, err
	}
	for _, m := range ms {
		if m.Kind == 0 && m.Status == 0 {
			page.Items = append(page.Items, BaseModel{ID: m.Id.Uint64(), Name: m.Name, Architecture: m.Architecture, License: m.License,
				Owner: m.Owner, Versions: m.VersionCount.Uint64()})
		}
	}
	if next := offset + uint64(len(ms)); len(ms) > 0 && next < page.Total {
		page.Next = next
	}
	return page, nil
}

// Datanets lists the Datanets with at least one published version among
// registry entries offset+1 … offset+limit, each with its versions (the
// latest MaxCatalogPage).
func Datanets(ctx context.Context, c Caller, offset, limit uint64) (Page[Datanet], error) {
	total, err := onchain.Call(ctx, c, addresses.DatanetRegistry, datanetABI.PackDatanetCount(), "datanetCount", datanetABI.UnpackDatanetCount)
	if err != nil {
		return Page[Datanet]{}, err
	}
	page := Page[Datanet]{Items: []Datanet{}, Total: total.Uint64()}
	if offset >= page.Total {
		return page, nil
	}
	ds, err := onchain.Call(ctx, c, addresses.DatanetRegistry, datanetABI.PackListDatanets(u64(offset), u64(limit)), "listDatanets", datanetABI.UnpackListDatanets)
	if err != nil {
		return page, err
	}
	for _, d := range ds {
		n := d.VersionCount.Uint64()
		if n == 0 {
			continue
		}
		from := n - min(n, MaxCatalogPage)
		vs, err := onchain.Call(ctx, c, addresses.DatanetRegistry, datanetABI.PackVersionsOf(d.Id, u64(from), u64(MaxCatalogPage)),
			fmt.Sprintf("versionsOf(%d)", d.Id), datanetABI.UnpackVersionsOf)
		if err != nil {
			return page, err
		}
		item := Datanet{ID: d.Id.Uint64(), Name: d.Name, Description: d.Description, Owner: d.Owner, Accepted: d.AcceptedCount.Uint64(),
			Versions: make([]DatanetVersionInfo, len(vs))}
		for i, v := range vs {
			item.Versions[i] = DatanetVersionInfo{Version: v.Version.Uint64(), Root: v.Root, Contributions: v.ContributionCount.Uint64(),
				PublishedAt: v.PublishedAt}
		}
		page.Items = append(page.Items, item)
	}
	if next := offset + uint64(len(ds)); len(ds) > 0 && next < page.Total {
		page.Next = next
	}
	return page, nil
}

// pageParams reads ?offset= and ?limit= (default and most MaxCatalogPage).
func pageParams(r *http.Request) (offset, limit uint64, err error) {
	limit = MaxCatalogPage
	if s := r.URL.Query().Get("offset"); s != "" {
		if offset, err = strconv.ParseUint(s, 10, 64); err != nil {
			return 0, 0, fmt.Errorf("offset %q is not a whole number", s)
		}
	}
	if s := r.URL.Query().Get("limit"); s != "" {
		if limit, err = strconv.ParseUint(s, 10, 64); err != nil || limit == 0 || limit > MaxCatalogPage {
			return 0, 0, fmt.Errorf("limit %q outside [1, %d]", s, MaxCatalogPage)
		}
	}
	return offset, limit, nil
}

// handleCatalog serves one listing from the chain.
func handleCatalog[T any](s *Service, list func(context.Context, Caller, uint64, uint64) (Page[T], error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.Chain == nil {
			writeError(w, http.StatusServiceUnavailable, errors.New("this service reads no chain"))
			return
		}
		offset, limit, err := pageParams(r)
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		page, err := list(r.Context(), s.cfg.Chain, offset, limit)
		if err != nil {
			writeError(w, http.StatusBadGateway, err)
			return
		}
		writeJSON(w, http.StatusOK, page)
	}
}
