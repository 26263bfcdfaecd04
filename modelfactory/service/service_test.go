// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package service_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/ipfs"
	"github.com/openledger/openledger/loraserve/lora"
	"github.com/openledger/openledger/loraserve/model"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/modelfactory/service"
	"github.com/openledger/openledger/modelfactory/service/servicetest"
	"github.com/openledger/openledger/modelfactory/trainer"
)

var models = bindings.NewIModelRegistry()

func post(t *testing.T, url, body string) (int, []byte) {
	return signedPost(t, url, body, nil)
}

// signedPost posts body signed by key (unsigned when key is nil).
func signedPost(t *testing.T, url, body string, key *ecdsa.PrivateKey) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if key != nil {
		require.NoError(t, service.Sign(req, []byte(body), key, time.Minute))
	}
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, b
}

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	require.NoError(t, err)
	defer res.Body.Close()
	require.NoError(t, json.NewDecoder(res.Body).Decode(v))
	return res.StatusCode
}

// follow reads a job's event stream until a state event with a final state
// and returns the progress events seen and the final job.
func follow(t *testing.T, url string) ([]service.ProgressEvent, service.Job) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	require.NoError(t, err)
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	require.Equal(t, "text/event-stream", res.Header.Get("Content-Type"))
	var (
		progress []service.ProgressEvent
		name     string
	)
	sc := bufio.NewScanner(res.Body)
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
				require.NoError(t, json.Unmarshal(data, &p))
				progress = append(progress, p)
			case "state":
				var j service.Job
				require.NoError(t, json.Unmarshal(data, &j))
				if j.State.Final() {
					return progress, j
				}
			}
		}
	}
	t.Fatalf("event stream ended without a final state: %v", sc.Err())
	return nil, service.Job{}
}

func jobRequest(owner string, epochs int) string {
	return fmt.Sprintf(`{"owner":%q,"baseModelId":1,"datanets":[{"datanetId":1,"version":1},{"datanetId":2,"version":1}],`+
		`"hyperparameters":{"rank":4,"alpha":8,"targetModules":["q_proj","v_proj","down_proj"],"learningRate":0.005,`+
		`"epochs":%d,"batchSize":2,"maxSeqLen":128,"warmupSteps":1,"seed":7}}`, owner, epochs)
}

// A user trains an adapter on a Datanet version through the HTTP API: the
// service reads the contributions from the chain and IPFS, streams progress,
// keeps the loss curve, publishes the PEFT adapter on IPFS; the owner
// registers it on chain from their own key, and loraserve's loader serves
// it from the registry by id. A restart keeps the jobs.
func TestTrainPublishServe(t *testing.T) {
	e := servicetest.NewEnv(t)
	dataDir := t.TempDir()
	s, base := e.Start(t, dataDir)
	owner := e.Chain.Addr(2).Hex()

	bad := []struct {
		name, body string
	}{
		{"not-json", `{`},
		{"unknown-field", `{"owner":"` + owner + `","bogus":1}`},
		{"owner-not-address", strings.Replace(jobRequest(owner, 1), owner, "alice", 1)},
		{"no-datanets", strings.Replace(jobRequest(owner, 1), `[{"datanetId":1,"version":1},{"datanetId":2,"version":1}]`, `[]`, 1)},
		{"version-zero", strings.Replace(jobRequest(owner, 1), `"version":1`, `"version":0`, 1)},
		{"rank-too-large", strings.Replace(jobRequest(owner, 1), `"rank":4`, `"rank":100000`, 1)},
		{"bad-module", strings.Replace(jobRequest(owner, 1), `"q_proj"`, `"Q PROJ"`, 1)},
		{"zero-epochs", jobRequest(owner, 0)},
	}
	for _, tc := range bad {
		t.Run("refuses-"+tc.name, func(t *testing.T) {
			code, body := post(t, base+"/v1/jobs", tc.body)
			require.Equal(t, http.StatusBadRequest, code, string(body))
			require.Contains(t, string(body), `"error"`)
		})
	}

	key := e.Chain.Keys[2]
	checkAuthentication(t, base, jobRequest(owner, 3), key, e.Chain.Keys[3])
	code, body := signedPost(t, base+"/v1/jobs", jobRequest(owner, 3), key)
	require.Equal(t, http.StatusCreated, code, string(body))
	var job service.Job
	require.NoError(t, json.Unmarshal(body, &job))
	progress, final := follow(t, base+"/v1/jobs/"+job.ID+"/events")
	require.Equal(t, service.StateSucceeded, final.State, final.Error)
	require.NotEmpty(t, progress)
	last := progress[len(progress)-1]
	require.Equal(t, last.TotalSteps, last.Step)
	require.Equal(t, final.TotalSteps, final.Step)

	var curve struct {
		Points []service.LossPoint `json:"points"`
	}
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/jobs/"+job.ID+"/loss", &curve))
	require.Len(t, curve.Points, final.TotalSteps)
	require.Less(t, curve.Points[len(curve.Points)-1].Loss, curve.Points[0].Loss, "the loss falls")

	// Provenance: the copy in Datanet 2 (contribution 3) is used once.
	r := final.Result
	require.NotNil(t, r)
	require.Len(t, r.Datanets, 2)
	require.Equal(t, []uint64{1, 2}, r.Datanets[0].Contributions)
	require.Empty(t, r.Datanets[1].Contributions)
	require.Equal(t, 4, r.Rank)
	require.Len(t, r.StepLogSHA256, 64)

	var list struct {
		Jobs []service.Job `json:"jobs"`
	}
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/jobs?owner="+strings.ToLower(owner), &list))
	require.Len(t, list.Jobs, 2) // and the one cancelled by checkAuthentication
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/jobs?owner="+e.Chain.Addr(3).Hex(), &list))
	require.Empty(t, list.Jobs)

	// The owner registers the adapter from their own key.
	var refs []bindings.IModelRegistryDatanetRef
	for _, d := range r.Datanets {
		refs = append(refs, bindings.IModelRegistryDatanetRef{DatanetId: new(big.Int).SetUint64(d.DatanetID), Version: new(big.Int).SetUint64(d.Version)})
	}
	e.Chain.MustSend(e.Chain.Keys[2], addresses.ModelRegistry, models.PackRegisterAdapter(bindings.IModelRegistryAdapterSpec{
		BaseModelId: big.NewInt(1), Name: "fox-lora", WeightsHash: r.WeightsHash, Uri: r.URI, Rank: uint16(r.Rank),
		TargetModules: r.TargetModules, RateIn: new(big.Int), RateOut: new(big.Int), Datanets: refs,
	}), nil)

	checkCatalog(t, base)

	// loraserve's path: the adapter by registry id, fetched and verified, loads
	// over the base model and changes its logits.
	ctx := context.Background()
	w, err := e.Resolver.Weights(ctx, 2, 0)
	require.NoError(t, err)
	require.True(t, w.Adapter)
	dir, err := e.Resolver.FetchWeights(ctx, w)
	require.NoError(t, err)
	m, err := model.Load(e.BaseDir, model.Options{})
	require.NoError(t, err)
	defer m.Close()
	a, err := lora.Load("fox-lora", dir, m.Config)
	require.NoError(t, err)
	tokens := m.Tokenizer.EncodeWithSpecialTokens("the fox reads")
	logits := func(a *lora.Adapter) []float32 {
		seq := m.KV.NewSequence()
		defer seq.Release()
		out, err := m.Forward([]model.Entry{{Seq: seq, Tokens: tokens, Adapter: a}})
		require.NoError(t, err)
		return out[0]
	}
	plain, tuned := logits(nil), logits(a)
	var diff float64
	for i := range plain {
		diff = math.Max(diff, math.Abs(float64(plain[i]-tuned[i])))
	}
	require.Greater(t, diff, 1e-3, "the trained adapter changes the logits")
	prov, err := os.ReadFile(filepath.Join(dir, "provenance.json"))
	require.NoError(t, err)
	require.Contains(t, string(prov), r.StepLogSHA256)
	checkTrainingAttribution(t, e, dir, r, curve.Points, m)

	// A queued job can be cancelled; a finished one cannot.
	code, body = signedPost(t, base+"/v1/jobs/"+job.ID+"/cancel", "", key)
	require.Equal(t, http.StatusConflict, code, string(body))
	code, body = signedPost(t, base+"/v1/jobs/nope/cancel", "", key)
	require.Equal(t, http.StatusNotFound, code, string(body))

	// A long job is stopped by a restart mid-run and resumes from its checkpoint.
	code, body = signedPost(t, base+"/v1/jobs", jobRequest(owner, 60), key)
	require.Equal(t, http.StatusCreated, code, string(body))
	var long service.Job
	require.NoError(t, json.Unmarshal(body, &long))
	deadline := time.Now().Add(2 * time.Minute)
	for {
		j, ok := s.Get(long.ID)
		require.True(t, ok)
		if j.Step >= 4 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the long job makes no progress")
		require.False(t, j.State.Final(), j.Error)
		time.Sleep(10 * time.Millisecond) // polling a condition, with a deadline
	}
	stopCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, s.Stop(stopCtx))
	s2, base2 := e.Start(t, dataDir)
	require.Equal(t, http.StatusOK, getJSON(t, base2+"/v1/jobs/"+job.ID, &job))
	require.Equal(t, service.StateSucceeded, job.State)
	// The long job was queued again and resumes from its last checkpoint:
	// its step moves past where it stopped without starting over.
	stoppedAt, ok := s2.Get(long.ID)
	require.True(t, ok)
	require.GreaterOrEqual(t, stoppedAt.Step, 2, "a checkpoint was saved before the stop")
	for {
		j, _ := s2.Get(long.ID)
		if j.Step > stoppedAt.Step || j.State.Final() {
			require.NotEqual(t, service.StateFailed, j.State, j.Error)
			break
		}
		require.True(t, time.Now().Before(deadline.Add(time.Minute)), "the long job does not resume")
		time.Sleep(10 * time.Millisecond) // polling a condition, with a deadline
	}
	points, ok := s2.Losses(long.ID)
	require.True(t, ok)
	for i := 1; i < len(points); i++ {
		require.Equal(t, points[i-1].Step+1, points[i].Step, "one loss point per step, none repeated")
	}
	code, body = signedPost(t, base2+"/v1/jobs/"+long.ID+"/cancel", "", e.Chain.Keys[3])
	require.Equal(t, http.StatusForbidden, code, "only the owner cancels: %s", body)
	code, body = signedPost(t, base2+"/v1/jobs/"+long.ID+"/cancel", "", key)
	if code == http.StatusConflict { // it may have finished already on a fast machine
		require.Contains(t, string(body), "succeeded")
	} else {
		require.Equal(t, http.StatusOK, code, string(body))
		var j service.Job
		require.Equal(t, http.StatusOK, getJSON(t, base2+"/v1/jobs/"+long.ID, &j))
		require.Equal(t, service.StateCancelled, j.State)
	}

	// /healthz and /metrics.
	var health map[string]any
	require.Equal(t, http.StatusOK, getJSON(t, base2+"/healthz", &health))
	res, err := http.Get(base2 + "/metrics")
	require.NoError(t, err)
	defer res.Body.Close()
	metrics, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	require.True(t, bytes.Contains(metrics, []byte(`modelfactory_jobs{state="succeeded"} 1`)), string(metrics))
}

// checkTrainingAttribution checks what a job publishes for Proof of
// Attribution at training time, from the adapter directory the registry
// points at: the step log (its hash in provenance, its schedule the
// trainer's), the held-out evaluation, the influence document, and the span
// index of the Datanet versions; then the settlement rule over those real
// artefacts: contribution 3, a copy of contribution 1 that training skipped,
// earns nothing from an answer that spells the text they share.
func checkTrainingAttribution(t *testing.T, e *servicetest.Env, dir string, r *service.Result, curve []service.LossPoint, m *model.Model) {
	t.Helper()
	steps, err := os.ReadFile(filepath.Join(dir, trainer.StepLogFile))
	require.NoError(t, err)
	sum := sha256.Sum256(steps)
	require.Equal(t, r.StepLogSHA256, hex.EncodeToString(sum[:]), "the published step log is the one committed")
	// Three examples (one of plain text, two instructions); one
	// instruction is held out, so the trainer saw contribution 1 then 2.
	require.Equal(t, 2, r.Examples)
	require.Equal(t, 1, r.EvalExamples)
	require.NoError(t, trainer.VerifyStepLog(steps, []uint64{1, 2}, 7, 2))
	require.Error(t, trainer.VerifyStepLog(steps, []uint64{2, 1}, 7, 2), "a step log checks against one schedule only")

	require.NotNil(t, r.EvalLossBefore)
	require.NotNil(t, r.EvalLossAfter)
	require.Less(t, *r.EvalLossAfter, *r.EvalLossBefore, "training on the Datanet lowers the held-out loss")
	measured := 0
	for _, p := range curve {
		if p.EvalLoss != nil {
			measured++
		}
	}
	require.Positive(t, measured, "the loss curve carries held-out losses")

	doc, err := os.ReadFile(filepath.Join(dir, attribution.TrainingInfluenceFile))
	require.NoError(t, err)
	infl, h, err := attribution.ParseTrainingInfluence(doc)
	require.NoError(t, err)
	require.Equal(t, r.InfluenceHash, h)
	require.Equal(t, []uint64{1, 2}, infl.Trained, "the copy (3) was never trained on")
	require.Equal(t, service.EvalHeldOut, infl.EvalSet)
	require.Len(t, infl.Values, 2)

	require.NotNil(t, r.SpanIndex)
	indexDir := filepath.Join(t.TempDir(), "index")
	_, err = e.Store.Fetch(context.Background(), r.SpanIndex.URI, r.SpanIndex.Hash, indexDir, ipfs.FetchOptions{})
	require.NoError(t, err)
	at, err := attribution.Open(indexDir, attribution.FromIntEncoder(m.Tokenizer), span.DefaultConfig())
	require.NoError(t, err)
	defer at.Close()
	answer := "the fox reads the data in the forest. a dog writes some code at home."
	sp, _, err := at.AttributeText(answer)
	require.NoError(t, err)
	spanWeight := map[uint64]uint64{}
	for _, w := range sp.Weights {
		spanWeight[w.ContributionID] = w.Weight
	}
	require.Positive(t, spanWeight[1])
	require.Equal(t, spanWeight[1], spanWeight[3], "spans alone split the text between the original and its copy")

	for _, share := range []uint64{weights.One, weights.One / 2, 0} {
		tr, err := payments.LoadTraining(dir, share)
		require.NoError(t, err)
		ws, root, err := tr.Mix(sp)
		require.NoError(t, err)
		require.NotEqual(t, common.Hash{}, root)
		got := map[uint64]uint64{}
		for _, w := range ws {
			got[w.ContributionID] = w.Weight
		}
		require.Zero(t, got[3], "share %d: the copy never trained on earns nothing", share)
		if share == weights.One {
			require.Equal(t, weights.One, got[1], "spans of trained text go to the original whole")
		}
	}
}

// checkAuthentication: creating a job needs the owner's signature over the
// exact request, once, unexpired.
func checkAuthentication(t *testing.T, base, body string, owner, other *ecdsa.PrivateKey) {
	t.Helper()
	code, msg := post(t, base+"/v1/jobs", body)
	require.Equal(t, http.StatusUnauthorized, code, string(msg))
	code, msg = signedPost(t, base+"/v1/jobs", body, other)
	require.Equal(t, http.StatusForbidden, code, string(msg))

	send := func(h string, body string) (int, []byte) {
		req, err := http.NewRequest(http.MethodPost, base+"/v1/jobs", strings.NewReader(body))
		require.NoError(t, err)
		req.Header.Set(service.AuthHeader, h)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		return res.StatusCode, b
	}
	signed := func(body string, lifetime time.Duration) string {
		req, err := http.NewRequest(http.MethodPost, base+"/v1/jobs", nil)
		require.NoError(t, err)
		require.NoError(t, service.Sign(req, []byte(body), owner, lifetime))
		return req.Header.Get(service.AuthHeader)
	}
	// A signature of another body (other hyperparameters) does not carry over.
	code, msg = send(signed(strings.Replace(body, `"rank":4`, `"rank":8`, 1), time.Minute), body)
	require.Equal(t, http.StatusUnauthorized, code, string(msg))
	code, msg = send(signed(body, -time.Minute), body)
	require.Equal(t, http.StatusUnauthorized, code, string(msg))
	require.Contains(t, string(msg), "expired")
	// Expiry too far ahead.
	var a service.Auth
	require.NoError(t, json.Unmarshal([]byte(signed(body, time.Minute)), &a))
	a.Expiry = fmt.Sprint(time.Now().Add(time.Hour).Unix())
	far, err := json.Marshal(a)
	require.NoError(t, err)
	code, msg = send(string(far), body)
	require.Equal(t, http.StatusUnauthorized, code, string(msg))

	// A valid signature works once; the job is then cancelled by its owner.
	h := signed(body, time.Minute)
	code, msg = send(h, body)
	require.Equal(t, http.StatusCreated, code, string(msg))
	var j service.Job
	require.NoError(t, json.Unmarshal(msg, &j))
	code, msg = send(h, body)
	require.Equal(t, http.StatusConflict, code, "replayed: %s", msg)
	code, msg = post(t, base+"/v1/jobs/"+j.ID+"/cancel", "")
	require.Equal(t, http.StatusUnauthorized, code, string(msg))
	code, msg = signedPost(t, base+"/v1/jobs/"+j.ID+"/cancel", "", other)
	require.Equal(t, http.StatusForbidden, code, string(msg))
	code, msg = signedPost(t, base+"/v1/jobs/"+j.ID+"/cancel", "", owner)
	require.Equal(t, http.StatusOK, code, string(msg))
}

// checkCatalog: the listings Studio's picker reads, from the registries:
// the base model (not the adapter registered from the job) and both
// Datanets with their published version.
func checkCatalog(t *testing.T, base string) {
	t.Helper()
	var models service.Page[service.BaseModel]
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/base-models", &models))
	require.Equal(t, uint64(2), models.Total, "the base model and the adapter are registered")
	require.Len(t, models.Items, 1)
	require.Equal(t, service.BaseModel{ID: 1, Name: "tiny", Architecture: "llama", License: "apache-2.0", Owner: models.Items[0].Owner, Versions: 1},
		models.Items[0])
	var dns service.Page[service.Datanet]
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/datanets", &dns))
	require.Equal(t, uint64(2), dns.Total)
	require.Len(t, dns.Items, 2)
	require.Equal(t, "fox-facts", dns.Items[0].Name)
	require.Len(t, dns.Items[0].Versions, 1)
	require.Equal(t, uint64(2), dns.Items[0].Versions[0].Contributions)
	require.NotEqual(t, common.Hash{}, dns.Items[0].Versions[0].Root)
	require.Equal(t, uint64(1), dns.Items[1].Versions[0].Contributions)
	// Paging: one at a time.
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/datanets?limit=1", &dns))
	require.Len(t, dns.Items, 1)
	require.Equal(t, uint64(1), dns.Next)
	require.Equal(t, http.StatusOK, getJSON(t, base+"/v1/datanets?limit=1&offset=1", &dns))
	require.Equal(t, "fox-copies", dns.Items[0].Name)
	require.Zero(t, dns.Next)
	for _, bad := range []string{"?limit=0", "?limit=101", "?offset=x"} {
		var e map[string]any
		require.Equal(t, http.StatusBadRequest, getJSON(t, base+"/v1/datanets"+bad, &e), bad)
	}
}
