// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/internal/atomicfile"
)

// Requests that create or cancel a job are signed by the job's owner: the
// AuthHeader carries an Auth, whose signature is the owner's EIP-712
// signature (eth_signTypedData_v4) of
//
//	domain  EIP712Domain(string name,string version) = ("OpenLedger ModelFactory", "1")
//	message ModelFactoryRequest(address owner,string method,string path,bytes32 bodyHash,uint256 nonce,uint256 expiry)
//
// where method and path are the request's (path without the query), and
// bodyHash is keccak256 of the exact body bytes (of no bytes for cancel).
// The service refuses a request whose signer is not the job's owner (the
// body's owner for create), whose expiry has passed or lies more than
// MaxAuthLifetime ahead, or whose nonce that owner already used.
const (
	AuthHeader      = "X-Ledger-Auth"
	AuthDomainName  = "OpenLedger ModelFactory"
	AuthVersion     = "1"
	MaxAuthLifetime = 15 * time.Minute
)

var (
	authDomainType  = crypto.Keccak256([]byte("EIP712Domain(string name,string version)"))
	authRequestType = crypto.Keccak256([]byte("ModelFactoryRequest(address owner,string method,string path,bytes32 bodyHash,uint256 nonce,uint256 expiry)"))
	authDomain      = crypto.Keccak256(authDomainType, crypto.Keccak256([]byte(AuthDomainName)), crypto.Keccak256([]byte(AuthVersion)))
)

// Errors of request authentication.
var (
	// ErrUnauthenticated: no or malformed signature, or expired (HTTP 401).
	ErrUnauthenticated = errors.New("unauthenticated request")
	// ErrForbidden: signed by someone other than the job's owner (HTTP 403).
	ErrForbidden = errors.New("forbidden")
	// ErrReplayed: the nonce was used before (HTTP 409).
	ErrReplayed = errors.New("replayed request")
)

// Auth is the JSON of the AuthHeader.
type Auth struct {
	Owner common.Address `json:"owner"`
	// Nonce and Expiry (unix seconds) are decimal strings.
	Nonce     string        `json:"nonce"`
	Expiry    string        `json:"expiry"`
	Signature hexutil.Bytes `json:"signature"`
}

// AuthHash is the EIP-712 digest the owner signs.
func AuthHash(owner common.Address, method, path string, body []byte, nonce, expiry uint64) common.Hash {
	word := func(v uint64) []byte { return common.LeftPadBytes(binary.BigEndian.AppendUint64(nil, v), 32) }
	st := crypto.Keccak256(authRequestType, common.LeftPadBytes(owner[:], 32), crypto.Keccak256([]byte(method)),
		crypto.Keccak256([]byte(path)), crypto.Keccak256(body), word(nonce), word(expiry))
	return crypto.Keccak256Hash([]byte("\x19\x01"), authDomain, st)
}

// Sign sets req's AuthHeader: key signs method, path and body with a random
// nonce, valid for lifetime (at most MaxAuthLifetime).
func Sign(req *http.Request, body []byte, key *ecdsa.PrivateKey, lifetime time.Duration) error {
	var nb [8]byte
	if _, err := rand.Read(nb[:]); err != nil {
		return err
	}
	nonce := binary.BigEndian.Uint64(nb[:]) >> 1
	expiry := uint64(time.Now().Add(min(lifetime, MaxAuthLifetime)).Unix())
	owner := crypto.PubkeyToAddress(key.PublicKey)
	sig, err := crypto.Sign(AuthHash(owner, req.Method, req.URL.Path, body, nonce, expiry).Bytes(), key)
	if err != nil {
		return err
	}
	sig[64] += 27
	b, err := json.Marshal(Auth{Owner: owner, Nonce: strconv.FormatUint(nonce, 10), Expiry: strconv.FormatUint(expiry, 10), Signature: sig})
	if err != nil {
		return err
	}
	req.Header.Set(AuthHeader, string(b))
	return nil
}

// nonces remembers the nonces each owner used until they expire, on disk so
// a restart does not reopen them.
type nonces struct {
	path string
	mu   sync.Mutex
	used map[string]int64 // "owner/nonce" → expiry
}

func openNonces(dir string) (*nonces, error) {
	n := &nonces{path: filepath.Join(dir, "nonces.json"), used: map[string]int64{}}
	b, err := os.ReadFile(n.path)
	if errors.Is(err, os.ErrNotExist) {
		return n, nil
	}
	if err != nil {
		return nil, fmt.Errorf("modelfactory: %w", err)
	}
	if err := json.Unmarshal(b, &n.used); err != nil {
		return nil, fmt.Errorf("modelfactory: %s: %w", n.path, err)
	}
	return n, nil
}

// use records owner's nonce until expiry, or fails when it was used.
func (n *nonces) use(owner common.Address, nonce uint64, expiry int64, now time.Time) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	k := owner.Hex() + "/" + strconv.FormatUint(nonce, 10)
	if _, ok := n.used[k]; ok {
		return fmt.Errorf("%w: nonce %d of %s was used", ErrReplayed, nonce, owner)
	}
	for key, exp := range n.used {
		if exp < now.Unix() {
			delete(n.used, key)
		}
	}
	n.used[k] = expiry
	b, err := json.Marshal(n.used)
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(n.path, b, 0o644)
}

// authenticate checks r's AuthHeader: signed by owner over r's method,
// path and body, unexpired, and with an unused nonce (which it then uses).
func (s *Service) authenticate(r *http.Request, body []byte, owner common.Address) error {
	h := r.Header.Get(AuthHeader)
	if h == "" {
		return fmt.Errorf("%w: no %s header (sign the request with the owner's key)", ErrUnauthenticated, AuthHeader)
	}
	if len(h) > 1024 {
		return fmt.Errorf("%w: %s header too long", ErrUnauthenticated, AuthHeader)
	}
	var a Auth
	if err := json.Unmarshal([]byte(h), &a); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrUnauthenticated, AuthHeader, err)
	}
	nonce, err1 := strconv.ParseUint(a.Nonce, 10, 64)
	expiry, err2 := strconv.ParseUint(a.Expiry, 10, 63)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("%w: nonce and expiry must be decimal integers", ErrUnauthenticated)
	}
	now := time.Now()
	if int64(expiry) <= now.Unix() {
		return fmt.Errorf("%w: the signature expired at %d", ErrUnauthenticated, expiry)
	}
	if int64(expiry) > now.Add(MaxAuthLifetime).Unix() {
		return fmt.Errorf("%w: expiry %d is more than %s ahead", ErrUnauthenticated, expiry, MaxAuthLifetime)
	}
	if len(a.Signature) != 65 {
		return fmt.Errorf("%w: signature of %d bytes, want 65", ErrUnauthenticated, len(a.Signature))
	}
	sig := append([]byte(nil), a.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	pub, err := crypto.SigToPub(AuthHash(a.Owner, r.Method, r.URL.Path, body, nonce, expiry).Bytes(), sig)
	if err != nil {
		return fmt.Errorf("%w: signature: %v", ErrUnauthenticated, err)
	}
	if signer := crypto.PubkeyToAddress(*pub); signer != a.Owner {
		return fmt.Errorf("%w: the signature is by %s, not %s", ErrUnauthenticated, signer, a.Owner)
	}
	if a.Owner != owner {
		return fmt.Errorf("%w: signed by %s; only the job's owner %s may", ErrForbidden, a.Owner, owner)
	}
	return s.nonces.use(a.Owner, nonce, int64(expiry), now)
}

// authStatus maps an authentication error to its HTTP status.
func authStatus(err error) int {
	switch {
	case errors.Is(err, ErrForbidden):
		return http.StatusForbidden
	case errors.Is(err, ErrReplayed):
		return http.StatusConflict
	case errors.Is(err, ErrUnauthenticated):
		return http.StatusUnauthorized
	}
	return http.StatusInternalServerError
}
