// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package studio

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
)

// dist is the built web bundle (studio/web/dist). dist/.keep is committed so
// that a clean clone compiles before the bundle is built.
//
//go:embed all:web/dist
var dist embed.FS

// ErrNoBundle is returned when the binary was built without the web bundle.
var ErrNoBundle = errors.New("studio: the web bundle was not built into this binary: run `make studio-web` (or `make build`) and rebuild")

// configPlaceholder is replaced in index.html by the page's configuration.
const configPlaceholder = "%STUDIO_CONFIG%"

// Manifest is dist/manifest.json: what the bundle holds.
type Manifest struct {
	// SourceHash is a SHA-256 over the bundle's inputs (studio/web/build.mjs).
	SourceHash string `json:"sourceHash"`
	// Entry and CSS are the hashed names of the app's script and style sheet.
	Entry string `json:"entry"`
	CSS   string `json:"css"`
	// Files maps each file to its size and gzipped size.
	Files map[string]struct {
		Bytes int `json:"bytes"`
		Gzip  int `json:"gzip"`
	} `json:"files"`
}

// EmbeddedManifest returns the manifest of the bundle in this binary.
func EmbeddedManifest() (*Manifest, error) {
	return readManifest(dist)
}

func readManifest(fsys fs.FS) (*Manifest, error) {
	data, err := fs.ReadFile(fsys, "web/dist/manifest.json")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoBundle
	}
	if err != nil {
		return nil, fmt.Errorf("studio: read bundle manifest: %w", err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("studio: bundle manifest: %w", err)
	}
	if m.Entry == "" {
		return nil, fmt.Errorf("studio: bundle manifest names no entry script")
	}
	return &m, nil
}

// asset is one file served from memory, with its gzipped form when smaller.
type asset struct {
	name  string
	body  []byte
	gz    []byte
	ctype string
	etag  string
}

// bundle is the web app held in memory.
type bundle struct {
	manifest *Manifest
	assets   map[string]*asset
	index    *asset
}

func newAsset(name string, body []byte) *asset {
	sum := sha256.Sum256(body)
	a := &asset{name: name, body: body, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	a.ctype = mime.TypeByExtension(path.Ext(name))
	if a.ctype == "" {
		a.ctype = http.DetectContentType(body)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(body)
	zw.Close()
	if buf.Len() < len(body) {
		a.gz = buf.Bytes()
	}
	return a
}

// loadBundle reads the embedded bundle and writes the page configuration into index.html.
func loadBundle(fsys fs.FS, page pageConfig) (*bundle, error) {
	m, err := readManifest(fsys)
	if err != nil {
		return nil, err
	}
	b := &bundle{manifest: m, assets: map[string]*asset{}}
	err = fs.WalkDir(fsys, "web/dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "web/dist/")
		if strings.HasPrefix(name, ".") || name == "manifest.json" {
			return nil
		}
		body, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if name == "index.html" {
			cfg, err := json.Marshal(page) // escapes <, > and &: safe inside <script>
			if err != nil {
				return err
			}
			if !bytes.Contains(body, []byte(configPlaceholder)) {
				return fmt.Errorf("index.html has no %s placeholder", configPlaceholder)
			}
			b.index = newAsset(name, bytes.Replace(body, []byte(configPlaceholder), cfg, 1))
			return nil
		}
		b.assets[name] = newAsset(name, body)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("studio: load bundle: %w", err)
	}
	if b.index == nil {
		return nil, fmt.Errorf("studio: the bundle has no index.html")
	}
	if _, ok := b.assets[m.Entry]; !ok {
		return nil, fmt.Errorf("studio: the bundle lacks its entry script %s", m.Entry)
	}
	return b, nil
}

// serve writes an asset; hashed assets are cached for a year, index.html never.
func (a *asset) serve(w http.ResponseWriter, r *http.Request, immutable bool) {
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("ETag", a.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	if immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "no-cache")
	}
	h.Add("Vary", "Accept-Encoding")
	if match := r.Header.Get("If-None-Match"); match != "" && match == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	h.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(enc) == "gzip" && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}
