// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package rpc

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/openledger/openledger/ipfs"
)

// Defaults of the retry policy.
const (
	DefaultAttempts = 4
	DefaultBackoff  = 500 * time.Millisecond
	maxBackoff      = 8 * time.Second
)

// streamErrorTrailer is the trailer Kubo sets when a stream fails after its
// headers were sent.
const streamErrorTrailer = "X-Stream-Error"

// Client talks to a Kubo node's RPC API. It is safe for concurrent use.
type Client struct {
	base     *url.URL // scheme://host[:port], no path
	name     string   // base as shown in messages (no credentials)
	auth     string   // Authorization header, if any
	http     *http.Client
	attempts int
	backoff  time.Duration
	onRetry  func(attempt int, err error, wait time.Duration)
}

// Option configures a Client or a Gateway.
type Option func(*options)

type options struct {
	auth     string
	http     *http.Client
	attempts int
	backoff  time.Duration
	onRetry  func(attempt int, err error, wait time.Duration)
}

// WithAuthorization sends header as the Authorization of every request (e.g.
// "Bearer <token>").
func WithAuthorization(header string) Option { return func(o *options) { o.auth = header } }

// WithHTTPClient uses c instead of a client with a 10 s dial timeout.
func WithHTTPClient(c *http.Client) Option { return func(o *options) { o.http = c } }

// WithRetry sets how many times a request is tried when the node cannot be
// reached (at least 1) and the first wait between tries (doubling, at most 8 s).
func WithRetry(attempts int, backoff time.Duration) Option {
	return func(o *options) { o.attempts, o.backoff = attempts, backoff }
}

// OnRetry calls f before each retry with the failed attempt's number (from 1),
// its error and the wait before the next one; use it to tell a user that the
// node is down and the client is retrying.
func OnRetry(f func(attempt int, err error, wait time.Duration)) Option {
	return func(o *options) { o.onRetry = f }
}

func newOptions(opts []Option) options {
	o := options{attempts: DefaultAttempts, backoff: DefaultBackoff}
	for _, f := range opts {
		f(&o)
	}
	if o.attempts < 1 {
		o.attempts = 1
	}
	if o.http == nil {
		o.http = &http.Client{Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			DialContext:         (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConnsPerHost: 8,
			IdleConnTimeout:     90 * time.Second,
		}}
	}
	return o
}

// ParseAddress turns an API address, a URL or a multiaddr, into a base URL
// and the Authorization its user information implies.
func ParseAddress(addr string) (*url.URL, string, error) {
	if strings.HasPrefix(addr, "/") {
		u, err := multiaddrURL(addr)
		return u, "", err
	}
	u, err := url.Parse(addr)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, "", fmt.Errorf("ipfs address %q: want http(s)://host:port or a multiaddr like /ip4/127.0.0.1/tcp/5001", addr)
	}
	if u.Path != "" && u.Path != "/" || u.RawQuery != "" {
		return nil, "", fmt.Errorf("ipfs address %q: no path or query expected", addr)
	}
	var auth string
	if u.User != nil {
		pw, _ := u.User.Password()
		auth = "Basic " + basicAuth(u.User.Username(), pw)
		u.User = nil
	}
	u.Path = ""
	return u, auth, nil
}

// multiaddrURL converts /ip4|ip6|dns|dns4|dns6/<host>/tcp/<port>[/http|/https].
func multiaddrURL(ma string) (*url.URL, error) {
	parts := strings.Split(strings.TrimPrefix(ma, "/"), "/")
	bad := fmt.Errorf("ipfs address %q: want a multiaddr like /ip4/127.0.0.1/tcp/5001", ma)
	if len(parts) < 4 || parts[2] != "tcp" {
		return nil, bad
	}
	host := parts[1]
	switch parts[0] {
	case "ip4", "dns", "dns4", "dns6":
	case "ip6":
		host = "[" + host + "]"
	default:
		return nil, bad
	}
	if p, err := strconv.ParseUint(parts[3], 10, 16); err != nil || p == 0 {
		return nil, bad
	}
	scheme := "http"
	switch {
	case len(parts) == 4:
	case len(parts) == 5 && parts[4] == "http":
	case len(parts) == 5 && parts[4] == "https":
		scheme = "https"
	default:
		return nil, bad
	}
	return &url.URL{Scheme: scheme, Host: host + ":" + parts[3]}, nil
}

func basicAuth(user, pw string) string {
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
}

// New returns a client of the node whose RPC API listens at addr.
func New(addr string, opts ...Option) (*Client, error) {
	u, auth, err := ParseAddress(addr)
	if err != nil {
		return nil, err
	}
	o := newOptions(opts)
	if o.auth != "" {
		auth = o.auth
	}
	return &Client{base: u, name: u.String(), auth: auth, http: o.http, attempts: o.attempts, backoff: o.backoff, onRetry: o.onRetry}, nil
}

// String returns the API's base URL.
func (c *Client) String() string { return "ipfs node " + c.name }

// apiError is Kubo's JSON error body.
type apiError struct {
	Message string
	Code    int
	Type    string
}

// call POSTs to /api/v0/<cmd> with the query args, retrying while the node
// cannot be reached, and returns a response with status 200. body, when not
// nil, makes the request body and its content type afresh for each try.
func (c *Client) call(ctx context.Context, cmd string, args url.Values, body func() (io.ReadCloser, string, error)) (*http.Response, error) {
	u := *c.base
	u.Path = "/api/v0/" + cmd
	u.RawQuery = args.Encode()
	return doWithRetry(ctx, c.http, c.attempts, c.backoff, c.onRetry, c.name, func() (*http.Request, error) {
		var (
			rd          io.ReadCloser
			contentType string
		)
		if body != nil {
			var err error
			if rd, contentType, err = body(); err != nil {
				return nil, err
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), rd)
		if err != nil {
			if rd != nil {
				rd.Close()
			}
			return nil, err
		}
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		if c.auth != "" {
			req.Header.Set("Authorization", c.auth)
		}
		return req, nil
	}, func(resp *http.Response) error {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		var e apiError
		if json.Unmarshal(b, &e) == nil && e.Message != "" {
			return fmt.Errorf("%s %s: %s", c.name, cmd, e.Message)
		}
		return fmt.Errorf("%s %s: HTTP %s: %s", c.name, cmd, resp.Status, strings.TrimSpace(string(b)))
	})
}

// retryableStatus reports statuses that mean "the node is not there right
// now" rather than "the request failed".
func retryableStatus(code int) bool {
	switch code {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// doWithRetry sends the request newReq builds until it gets a response that
// is not a retryable failure, or the attempts run out. A non-200 final
// response is turned into an error by fail.
func doWithRetry(ctx context.Context, hc *http.Client, attempts int, backoff time.Duration,
	onRetry func(int, error, time.Duration), name string,
	newReq func() (*http.Request, error), fail func(*http.Response) error) (*http.Response, error) {
	wait := backoff
	var lastErr error
	for attempt := 1; ; attempt++ {
		req, err := newReq()
		if err != nil {
			return nil, err
		}
		resp, err := hc.Do(req)
		switch {
		case err != nil && ctx.Err() != nil:
			return nil, fmt.Errorf("%s: %w", name, ctx.Err())
		case err != nil:
			lastErr = err
			if ue, ok := err.(*url.Error); ok { // the URL is in the message already
				lastErr = ue.Err
			}
		case retryableStatus(resp.StatusCode):
			lastErr = fail(resp)
			resp.Body.Close()
		case resp.StatusCode != http.StatusOK:
			defer resp.Body.Close()
			return nil, fail(resp)
		default:
			return resp, nil
		}
		if attempt >= attempts {
			return nil, fmt.Errorf("%w: %s did not answer after %d attempts: %v", ipfs.ErrUnavailable, name, attempt, lastErr)
		}
		if onRetry != nil {
			onRetry(attempt, lastErr, wait)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("%w: %s: %v (gave up: %v)", ipfs.ErrUnavailable, name, lastErr, ctx.Err())
		case <-t.C:
		}
		wait = min(2*wait, maxBackoff)
	}
}

// trailerChecked reads a streamed response and turns Kubo's X-Stream-Error
// trailer into an error at the end of the stream.
type trailerChecked struct {
	resp *http.Response
	name string
}

func (t *trailerChecked) Read(p []byte) (int, error) {
	n, err := t.resp.Body.Read(p)
	if errors.Is(err, io.EOF) {
		if msg := t.resp.Trailer.Get(streamErrorTrailer); msg != "" {
			return n, fmt.Errorf("%s: stream failed: %s", t.name, msg)
		}
	} else if err != nil {
		return n, fmt.Errorf("%s: stream broken: %w: %w", t.name, ipfs.ErrUnavailable, err)
	}
	return n, err
}

func (t *trailerChecked) Close() error { return t.resp.Body.Close() }

func ipfsPath(c cid.Cid, sub string) string {
	p := "/ipfs/" + c.String()
	if sub != "" {
		p += "/" + sub
	}
	return p
}

// Stat implements ipfs.Reader with files/stat.
func (c *Client) Stat(ctx context.Context, id cid.Cid, sub string) (ipfs.Stat, error) {
	resp, err := c.call(ctx, "files/stat", url.Values{"arg": {ipfsPath(id, sub)}}, nil)
	if err != nil {
		return ipfs.Stat{}, err
	}
	defer resp.Body.Close()
	var out struct {
		Type           string
		Size           uint64
		CumulativeSize uint64
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return ipfs.Stat{}, fmt.Errorf("%s files/stat: %w", c.name, err)
	}
	switch out.Type {
	case "file":
		return ipfs.Stat{Kind: ipfs.KindFile, Size: out.Size}, nil
	case "directory":
		return ipfs.Stat{Kind: ipfs.KindDirectory, Size: out.CumulativeSize}, nil
	}
	return ipfs.Stat{}, fmt.Errorf("%w: %s is a %q", ipfs.ErrUnsupported, ipfsPath(id, sub), out.Type)
}

// Cat implements ipfs.Reader.
func (c *Client) Cat(ctx context.Context, id cid.Cid, sub string) (io.ReadCloser, error) {
	resp, err := c.call(ctx, "cat", url.Values{"arg": {ipfsPath(id, sub)}}, nil)
	if err != nil {
		return nil, err
	}
	return &trailerChecked{resp: resp, name: c.name}, nil
}

// Get implements ipfs.Reader.
func (c *Client) Get(ctx context.Context, id cid.Cid, sub string) (io.ReadCloser, error) {
	resp, err := c.call(ctx, "get", url.Values{"arg": {ipfsPath(id, sub)}, "archive": {"true"}}, nil)
	if err != nil {
		return nil, err
	}
	return &trailerChecked{resp: resp, name: c.name}, nil
}

// Add implements ipfs.Adder: CIDv1 with raw leaves, pinned.
func (c *Client) Add(ctx context.Context, entries []ipfs.Entry) (cid.Cid, error) {
	if len(entries) == 0 {
		return cid.Undef, fmt.Errorf("%w: nothing to add", ipfs.ErrEmpty)
	}
	args := url.Values{
		"pin": {"true"}, "cid-version": {"1"}, "raw-leaves": {"true"},
		"quieter": {"true"}, "progress": {"false"}, "wrap-with-directory": {"false"},
	}
	resp, err := c.call(ctx, "add", args, func() (io.ReadCloser, string, error) {
		pr, pw := io.Pipe()
		mw := multipart.NewWriter(pw)
		go func() { pw.CloseWithError(writeEntries(mw, entries)) }()
		return pr, mw.FormDataContentType(), nil
	})
	if err != nil {
		return cid.Undef, err
	}
	defer resp.Body.Close()
	var last struct{ Name, Hash string }
	sc := bufio.NewScanner(&trailerChecked{resp: resp, name: c.name})
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var ev struct{ Name, Hash, Message string }
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			return cid.Undef, fmt.Errorf("%s add: bad answer %q: %w", c.name, sc.Text(), err)
		}
		if ev.Message != "" {
			return cid.Undef, fmt.Errorf("%s add: %s", c.name, ev.Message)
		}
		if ev.Hash != "" {
			last.Name, last.Hash = ev.Name, ev.Hash
		}
	}
	if err := sc.Err(); err != nil {
		return cid.Undef, fmt.Errorf("%s add: %w", c.name, err)
	}
	if last.Hash == "" {
		return cid.Undef, fmt.Errorf("%s add: the node returned no CID", c.name)
	}
	id, err := cid.Decode(last.Hash)
	if err != nil {
		return cid.Undef, fmt.Errorf("%s add: bad CID %q: %w", c.name, last.Hash, err)
	}
	return id, nil
}

// writeEntries writes the multipart body Kubo's add expects: one part per
// file or directory, named by its URL-escaped path.
func writeEntries(mw *multipart.Writer, entries []ipfs.Entry) error {
	for _, e := range entries {
		h := make(textproto.MIMEHeader)
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename="%s"`, url.QueryEscape(e.Path)))
		if e.Dir {
			h.Set("Content-Type", "application/x-directory")
			if _, err := mw.CreatePart(h); err != nil {
				return err
			}
			continue
		}
		h.Set("Content-Type", "application/octet-stream")
		w, err := mw.CreatePart(h)
		if err != nil {
			return err
		}
		r, err := e.Open()
		if err != nil {
			return fmt.Errorf("open %s: %w", e.Path, err)
		}
		_, err = io.Copy(w, r)
		r.Close()
		if err != nil {
			return fmt.Errorf("send %s: %w", e.Path, err)
		}
	}
	return mw.Close()
}

// Pin implements ipfs.Pinner: it fetches c completely and pins it.
func (c *Client) Pin(ctx context.Context, id cid.Cid) error {
	resp, err := c.call(ctx, "pin/add", url.Values{"arg": {id.String()}, "recursive": {"true"}, "progress": {"false"}}, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, &trailerChecked{resp: resp, name: c.name})
	return err
}

// Unpin implements ipfs.Pinner.
func (c *Client) Unpin(ctx context.Context, id cid.Cid) error {
	resp, err := c.call(ctx, "pin/rm", url.Values{"arg": {id.String()}, "recursive": {"true"}}, nil)
	if err != nil {
		if strings.Contains(err.Error(), "not pinned") {
			return nil
		}
		return err
	}
	resp.Body.Close()
	return nil
}

// Pinned reports whether c is pinned recursively on the node.
func (c *Client) Pinned(ctx context.Context, id cid.Cid) (bool, error) {
	resp, err := c.call(ctx, "pin/ls", url.Values{"arg": {id.String()}, "type": {"recursive"}}, nil)
	if err != nil {
		if strings.Contains(err.Error(), "not pinned") {
			return false, nil
		}
		return false, err
	}
	defer resp.Body.Close()
	var out struct {
		Keys map[string]struct{ Type string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return false, fmt.Errorf("%s pin/ls: %w", c.name, err)
	}
	_, ok := out.Keys[id.String()]
	return ok, nil
}

// GC runs the node's garbage collection: blocks no pin holds are removed.
func (c *Client) GC(ctx context.Context) error {
	resp, err := c.call(ctx, "repo/gc", url.Values{"quiet": {"true"}}, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(&trailerChecked{resp: resp, name: c.name})
	for {
		var ev struct{ Error string }
		if err := dec.Decode(&ev); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s repo/gc: %w", c.name, err)
		}
		if ev.Error != "" {
			return fmt.Errorf("%s repo/gc: %s", c.name, ev.Error)
		}
	}
}

// Identity is a node's peer id and listen addresses.
type Identity struct {
	ID        string
	Addresses []string
}

// ID returns the node's identity.
func (c *Client) ID(ctx context.Context) (Identity, error) {
	resp, err := c.call(ctx, "id", nil, nil)
	if err != nil {
		return Identity{}, err
	}
	defer resp.Body.Close()
	var out Identity
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return Identity{}, fmt.Errorf("%s id: %w", c.name, err)
	}
	return out, nil
}

// Connect opens a swarm connection to the peer at addr (a multiaddr ending in
// /p2p/<peer id>).
func (c *Client) Connect(ctx context.Context, addr string) error {
	resp, err := c.call(ctx, "swarm/connect", url.Values{"arg": {addr}}, nil)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// Version returns the node's version string (e.g. "0.42.0").
func (c *Client) Version(ctx context.Context) (string, error) {
	resp, err := c.call(ctx, "version", nil, nil)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ Version string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", fmt.Errorf("%s version: %w", c.name, err)
	}
	return out.Version, nil
}

var (
	_ ipfs.Node = (*Client)(nil)
)
