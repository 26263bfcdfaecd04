// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package commands

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/modelfactory/service"
)

const flagModelFactory = "modelfactory.url"

func modelFactoryFlag() cli.Flag {
	return &cli.StringFlag{Name: flagModelFactory, Usage: "ModelFactory service URL", Value: "http://127.0.0.1:8095",
		EnvVars: flagenv.Vars(EnvVarPrefix, flagModelFactory)}
}

// trainCommand drives the ModelFactory service: start a job and follow it
// with a progress bar, show, list, cancel. The adapter it publishes on IPFS
// is then registered with `ledger model adapter --weights-hash … --uri …`.
func trainCommand() *cli.Command {
	return &cli.Command{
		Name:  "train",
		Usage: "fine-tune a LoRA adapter on Datanet versions with ModelFactory and follow its progress",
		Description: "Starts a job on the ModelFactory service (--modelfactory.url) owned by the address of --key/--keystore\n" +
			"(which signs the request; the service refuses unsigned ones), shows a progress bar until it ends, and prints the published adapter's\n" +
			"weights hash, URI and provenance, to register with `ledger model adapter`.",
		Flags: []cli.Flag{
			modelFactoryFlag(),
			&cli.StringFlag{Name: "owner", Usage: "address that will register the adapter: the signing key's (--key/--keystore), checked when given"},
			&cli.Uint64Flag{Name: "base", Usage: "base model id (required)"},
			datanetFlag(),
			&cli.IntFlag{Name: "rank", Value: 8, Usage: "LoRA rank"},
			&cli.Float64Flag{Name: "alpha", Value: 16, Usage: "LoRA alpha"},
			&cli.StringSliceFlag{Name: "target", Value: cli.NewStringSlice("q_proj", "v_proj"), Usage: "target module (repeat or comma-separate)"},
			&cli.Float64Flag{Name: "lr", Value: 2e-4, Usage: "peak learning rate"},
			&cli.IntFlag{Name: "epochs", Value: 3},
			&cli.IntFlag{Name: "batch", Value: 8, Usage: "examples per optimizer step"},
			&cli.IntFlag{Name: "max-seq-len", Value: 512, Usage: "longest example in tokens"},
			&cli.IntFlag{Name: "warmup", Value: 10, Usage: "warm-up steps"},
			&cli.Uint64Flag{Name: "seed", Value: 1},
			&cli.BoolFlag{Name: "detach", Usage: "print the job and return without following it"},
		},
		Action: trainStart,
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "show a job", ArgsUsage: "JOB", Flags: []cli.Flag{modelFactoryFlag()}, Action: trainShow},
			{Name: "follow", Usage: "follow a job's progress until it ends", ArgsUsage: "JOB", Flags: []cli.Flag{modelFactoryFlag()}, Action: trainFollow},
			{Name: "cancel", Usage: "cancel a job (signed by its owner's --key/--keystore)", ArgsUsage: "JOB", Flags: []cli.Flag{modelFactoryFlag()}, Action: trainCancel},
			{Name: "list", Usage: "list the jobs of an owner", Flags: []cli.Flag{modelFactoryFlag(), &cli.StringFlag{Name: "owner"}}, Action: trainList},
		},
	}
}

// trainKey is the job owner's key (--key/--keystore): it signs the requests
// that create and cancel jobs; --owner, when given, must be its address.
func trainKey(c *cli.Context) (*ecdsa.PrivateKey, string, error) {
	key, err := loadKey(c)
	if err != nil {
		return nil, "", fmt.Errorf("%w (the job owner's key signs the request)", err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if o := c.String("owner"); o != "" {
		if !common.IsHexAddress(o) {
			return nil, "", fmt.Errorf("%w: --owner %q is not an address", ErrBadArgument, o)
		}
		if common.HexToAddress(o) != addr {
			return nil, "", fmt.Errorf("%w: --owner %s is not the signing key's address %s", ErrBadArgument, o, addr)
		}
	}
	return key, addr.Hex(), nil
}

func trainStart(c *cli.Context) error {
	key, owner, err := trainKey(c)
	if err != nil {
		return err
	}
	req := service.Request{Owner: owner, BaseModelID: c.Uint64("base"), Hyperparameters: service.Hyperparameters{
		Rank: c.Int("rank"), Alpha: c.Float64("alpha"), TargetModules: splitList(c.StringSlice("target")),
		LearningRate: c.Float64("lr"), Epochs: c.Int("epochs"), BatchSize: c.Int("batch"), MaxSeqLen: c.Int("max-seq-len"),
		WarmupSteps: c.Int("warmup"), Seed: c.Uint64("seed"),
	}}
	for _, s := range splitList(c.StringSlice("datanet")) {
		r, err := ParseDatanetRef(s)
		if err != nil {
			return err
		}
		req.Datanets = append(req.Datanets, service.DatanetVersion{DatanetID: r.ID.Uint64(), Version: r.Version.Uint64()})
	}
	if err := req.Check(); err != nil { // the same checks as the service, before any request
		return fmt.Errorf("%w: %v", ErrBadArgument, err)
	}
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	var job service.Job
	if err := mfDo(c, http.MethodPost, "/v1/jobs", body, &job, key); err != nil {
		return err
	}
	if c.Bool("detach") {
		return print(c, job)
	}
	fmt.Fprintf(c.App.ErrWriter, "job %s queued\n", job.ID)
	return followJob(c, job.ID)
}

func jobArg(c *cli.Context) (string, error) {
	id := c.Args().First()
	if id == "" || c.Args().Len() != 1 || strings.ContainsAny(id, "/?#") {
		return "", fmt.Errorf("%w: want one job id", ErrBadArgument)
	}
	return id, nil
}

func trainShow(c *cli.Context) error {
	id, err := jobArg(c)
	if err != nil {
		return err
	}
	var job service.Job
	if err := mfDo(c, http.MethodGet, "/v1/jobs/"+id, nil, &job, nil); err != nil {
		return err
	}
	return print(c, job)
}

func trainFollow(c *cli.Context) error {
	id, err := jobArg(c)
	if err != nil {
		return err
	}
	return followJob(c, id)
}

func trainCancel(c *cli.Context) error {
	id, err := jobArg(c)
	if err != nil {
		return err
	}
	key, _, err := trainKey(c)
	if err != nil {
		return err
	}
	var job service.Job
	if err := mfDo(c, http.MethodPost, "/v1/jobs/"+id+"/cancel", nil, &job, key); err != nil {
		return err
	}
	return print(c, job)
}

func trainList(c *cli.Context) error {
	path := "/v1/jobs"
	if o := c.String("owner"); o != "" {
		if !common.IsHexAddress(o) {
			return fmt.Errorf("%w: --owner %q is not an address", ErrBadArgument, o)
		}
		path += "?owner=" + url.QueryEscape(o)
	}
	var out struct {
		Jobs []service.Job `json:"jobs"`
	}
	if err := mfDo(c, http.MethodGet, path, nil, &out, nil); err != nil {
		return err
	}
	return print(c, out.Jobs)
}

// mfDo makes one API request, signed by key unless nil, and decodes its JSON
// answer into out.
func mfDo(c *cli.Context, method, path string, body []byte, out any, key *ecdsa.PrivateKey) error {
	base := strings.TrimRight(c.String(flagModelFactory), "/")
	ctx, cancel := context.WithTimeout(c.Context, time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, base+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%w: --%s: %v", ErrBadArgument, flagModelFactory, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		if err := service.Sign(req, body, key, 5*time.Minute); err != nil {
			return fmt.Errorf("modelfactory: signing the request: %w", err)
		}
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, 16<<20))
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	if res.StatusCode/100 != 2 {
		var e struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(b, &e) == nil && e.Error != "" {
			return fmt.Errorf("modelfactory: %s", e.Error)
		}
		return fmt.Errorf("modelfactory: %s", res.Status)
	}
	return json.Unmarshal(b, out)
}

// followJob shows a job's progress bar from its event stream until it ends,
// then prints the job (with the adapter to register when it succeeded).
func followJob(c *cli.Context, id string) error {
	base := strings.TrimRight(c.String(flagModelFactory), "/")
	req, err := http.NewRequestWithContext(c.Context, http.MethodGet, base+"/v1/jobs/"+id+"/events", nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("modelfactory: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("modelfactory: job %s: %s", id, res.Status)
	}
	w := c.App.ErrWriter
	sc := bufio.NewScanner(res.Body)
	var name string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data := []byte(strings.TrimPrefix(line, "data: "))
			switch name {
			case "progress":
				var p service.ProgressEvent
				if err := json.Unmarshal(data, &p); err != nil {
					return fmt.Errorf("modelfactory: progress event: %w", err)
				}
				fmt.Fprintf(w, "\r%s", progressBar(p))
			case "state":
				var j service.Job
				if err := json.Unmarshal(data, &j); err != nil {
					return fmt.Errorf("modelfactory: state event: %w", err)
				}
				if !j.State.Final() {
					continue
				}
				fmt.Fprintln(w)
				if err := print(c, j); err != nil {
					return err
				}
				if j.State != service.StateSucceeded {
					return fmt.Errorf("job %s %s %s", j.ID, j.State, j.Error)
				}
				return nil
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("modelfactory: event stream: %w", err)
	}
	return fmt.Errorf("modelfactory: the event stream of job %s ended early (follow it again with `ledger train follow %s`)", id, id)
}

// progressBar renders one line: step/total, a 30-column bar, loss, tokens/s,
// ETA, and the held-out loss on the steps it was measured.
func progressBar(p service.ProgressEvent) string {
	const width = 30
	done := 0
	if p.TotalSteps > 0 {
		done = min(width, p.Step*width/p.TotalSteps)
	}
	eta := time.Duration(p.ETASeconds * float64(time.Second)).Round(time.Second)
	line := fmt.Sprintf("step %d/%d [%s%s] loss %.4f  %.0f tok/s  ETA %s", p.Step, p.TotalSteps,
		strings.Repeat("=", done), strings.Repeat(" ", width-done), p.Loss, p.TokensPerSecond, eta)
	if p.EvalLoss != nil {
		line += fmt.Sprintf("  held-out %.4f", *p.EvalLoss)
	}
	return line
}
