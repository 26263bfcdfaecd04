package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/urfave/cli/v2"
)

var (
	probeRPCFlag = &cli.StringFlag{Name: "rpc-method",
		Usage: "call this JSON-RPC method (no parameters) and require a result, instead of a GET answered 200"}
	probePostFlag    = &cli.BoolFlag{Name: "post", Usage: "send an empty POST instead of a GET (Kubo's RPC API refuses GETs)"}
	probeTimeoutFlag = &cli.DurationFlag{Name: "timeout", Value: 5 * time.Second, Usage: "give up after this long"}
)

// probeCommand is the health check of docker-compose.yml: the images carry
// no shell or curl, so the devnet binary checks its siblings itself.
var probeCommand = &cli.Command{
	Name:      "probe",
	Usage:     "exit 0 when URL is healthy: a GET answered 200, or with --rpc-method a JSON-RPC call answered with a result",
	ArgsUsage: "URL",
	Flags:     []cli.Flag{probeRPCFlag, probePostFlag, probeTimeoutFlag},
	Action: func(c *cli.Context) error {
		if c.NArg() != 1 {
			return fmt.Errorf("probe takes one URL, got %d arguments", c.NArg())
		}
		ctx, cancel := context.WithTimeout(c.Context, c.Duration(probeTimeoutFlag.Name))
		defer cancel()
		return probe(ctx, c.Args().First(), c.String(probeRPCFlag.Name), c.Bool(probePostFlag.Name))
	},
}

// probe checks url: a GET (or an empty POST) answered 200, or, with
// method, a JSON-RPC call answered with a result and no error.
func probe(ctx context.Context, url, method string, post bool) error {
	var req *http.Request
	var err error
	switch {
	case method == "" && post:
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
	case method == "":
		req, err = http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	default:
		body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": []any{}})
		req, err = http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if req != nil {
			req.Header.Set("Content-Type", "application/json")
		}
	}
	if err != nil {
		return fmt.Errorf("probe %s: %w", url, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("probe %s: %w", url, err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("probe %s: status %d: %.200s", url, resp.StatusCode, data)
	}
	if method == "" {
		return nil
	}
	var answer struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(data, &answer); err != nil {
		return fmt.Errorf("probe %s: %s: not a JSON-RPC answer: %w", url, method, err)
	}
	if answer.Error != nil {
		return fmt.Errorf("probe %s: %s: error %d: %s", url, method, answer.Error.Code, answer.Error.Message)
	}
	if len(answer.Result) == 0 || string(answer.Result) == "null" {
		return fmt.Errorf("probe %s: %s: no result", url, method)
	}
	return nil
}
