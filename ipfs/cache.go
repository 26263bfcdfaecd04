// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package ipfs

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/singleflight"
)

// Cache keeps verified content on local disk, each file or directory under
// the hex of its content hash, and fetches what it lacks through a Store. It
// is safe for concurrent use, also by several processes sharing the
// directory: entries appear only by an atomic rename of verified content.
type Cache struct {
	dir    string
	store  *Store
	flight singleflight.Group
}

// NewCache opens (creating if needed) a cache in dir that fetches through s.
func NewCache(dir string, s *Store) (*Cache, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("content cache %s: %w", dir, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("content cache %s: %w", abs, err)
	}
	return &Cache{dir: abs, store: s}, nil
}

// Dir returns the cache's absolute directory.
func (c *Cache) Dir() string { return c.dir }

// PathOf returns where content with hash h lives once cached.
func (c *Cache) PathOf(h common.Hash) string { return filepath.Join(c.dir, h.Hex()[2:]) }

// Get returns the local path of the content uri names, which the chain
// records with content hash h, fetching and verifying it first if the cache
// lacks it.
func (c *Cache) Get(ctx context.Context, uri string, h common.Hash, opts FetchOptions) (string, error) {
	dst := c.PathOf(h)
	if _, err := os.Stat(dst); err == nil {
		return dst, nil
	}
	_, err, _ := c.flight.Do(h.Hex(), func() (any, error) {
		if _, err := os.Stat(dst); err == nil { // fetched meanwhile
			return nil, nil
		}
		if _, err := c.store.Fetch(ctx, uri, h, dst, opts); err != nil {
			if _, serr := os.Stat(dst); serr == nil { // another process installed it first
				return nil, nil
			}
			return nil, err
		}
		return nil, nil
	})
	if err != nil {
		return "", err
	}
	return dst, nil
}
