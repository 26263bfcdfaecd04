package server_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/server"
)

// FuzzGet sends arbitrary commitment bytes (and arbitrary path text) to the get
// handler: it must answer 200 only for the one stored commitment; 400, 404 or
// 418 (a v2 certificate derivation must drop) with a body (or the mux's
// redirect to a clean path) otherwise, and never panic.
func FuzzGet(f *testing.F) {
	cfg := server.DefaultConfig()
	cfg.ListenAddr, cfg.MaxBlobSize = "127.0.0.1:0", testMaxBlob
	svc, err := server.New(context.Background(), cfg, log.NewLogger(log.DiscardHandler()), server.WithSRS(testSRS))
	if err != nil {
		f.Fatal(err)
	}
	h := svc.Handler()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/put", bytes.NewReader([]byte("stored frame"))))
	if rec.Code != http.StatusOK {
		f.Fatalf("put: %d %s", rec.Code, rec.Body)
	}
	stored := rec.Body.Bytes()
	f.Add(stored, "")
	f.Add(stored[:len(stored)/2], "")
	f.Add([]byte{1, 0, 0, 0xc0}, "")
	f.Add([]byte{}, "zz")
	f.Fuzz(func(t *testing.T, comm []byte, junk string) {
		path := "/get/0x" + hex.EncodeToString(comm) + junk
		req, err := http.NewRequest(http.MethodGet, "http://x"+path, nil)
		if err != nil {
			return // not a URL net/http would accept either
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		switch rec.Code {
		case http.StatusOK:
			if junk != "" || !bytes.Equal(comm, stored) || rec.Body.String() != "stored frame" {
				t.Fatalf("200 for %x%q", comm, junk)
			}
		case http.StatusMovedPermanently, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
			// net/http's mux redirects paths with "/./", "//" and the like to their clean form.
		case http.StatusBadRequest, http.StatusNotFound, http.StatusTeapot:
			if rec.Body.Len() == 0 {
				t.Fatalf("%d without an error body", rec.Code)
			}
		default:
			t.Fatalf("status %d for %x%q: %s", rec.Code, comm, junk, rec.Body)
		}
	})
}
