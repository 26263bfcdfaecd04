package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/cmd/devnet/internal/storymodel"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/loraserve/payments"
)

// storyPayerKey is the dev account the test pays loraserve from (not one
// the story uses).
const storyPayerKey = storyMinAccounts

// checkStory checks the demo a new devnet seeds: the Datanet with its
// accepted contributions on IPFS, the adapter with its provenance, and a
// paid chat answer whose receipt settles on chain.
func checkStory(t *testing.T, dir, summary, rpcURL, loraURL string) {
	t.Helper()
	if !strings.Contains(summary, "demo story: Datanet 1 version 1 (6 contributions on IPFS from 3 contributors") {
		t.Fatalf("summary lacks the demo story:\n%s", summary)
	}
	b, err := os.ReadFile(filepath.Join(dir, "story", storyStateFile))
	if err != nil {
		t.Fatal(err)
	}
	var st storyState
	if err := json.Unmarshal(b, &st); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	eth, err := ethclient.Dial(rpcURL)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	call := func(to common.Address, data []byte) []byte {
		t.Helper()
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	dreg, mreg, sreg := bindings.NewIDatanetRegistry(), bindings.NewIModelRegistry(), bindings.NewISettlement()
	accepted, err := dreg.UnpackAcceptedContributions(call(addresses.DatanetRegistry,
		dreg.PackAcceptedContributions(big.NewInt(int64(st.DatanetID)), big.NewInt(0), big.NewInt(100))))
	if err != nil || len(accepted) != 6 {
		t.Fatalf("accepted contributions of Datanet %d: %v, %v", st.DatanetID, accepted, err)
	}
	prov, err := mreg.UnpackProvenance(call(addresses.ModelRegistry, mreg.PackProvenance(big.NewInt(int64(st.AdapterModelID)), big.NewInt(1))))
	if err != nil {
		t.Fatal(err)
	}
	if prov.BaseModelId.Uint64() != st.BaseModelID || len(prov.Datanets) != 1 || prov.Datanets[0].DatanetId.Uint64() != st.DatanetID ||
		prov.Datanets[0].ContributionCount.Uint64() != 6 {
		t.Fatalf("adapter %d provenance: %+v", st.AdapterModelID, prov)
	}

	// A paid chat request: escrow, a signed voucher, the answer's receipt,
	// and the receipt on chain within seconds.
	payer := genesis.DevKey(storyPayerKey)
	ch, err := newStoryChain(ctx, eth)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.sendValue(ctx, payer, addresses.Settlement, sreg.PackDeposit(), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	post := func(body []byte) (int, []byte) {
		t.Helper()
		resp, err := http.Post(loraURL+"/v1/chat/completions", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, out
	}
	// A prompt from the corpus: the first words of a Datanet entry, which the
	// adapter trained on the Datanet quotes in full.
	texts, err := storyTexts(storyCorpusFlag.Value)
	if err != nil {
		t.Fatal(err)
	}
	const quoted = 7 // an entry of the second contributor's first contribution
	entry := texts.Datanet[quoted]
	prompt := storymodel.Prompt(entry)
	body, _ := json.Marshal(map[string]any{"model": st.AdapterName, "max_tokens": 200, "temperature": 0,
		"messages": []map[string]string{{"role": "user", "content": prompt}}})
	if code, out := post(body); code != http.StatusPaymentRequired {
		t.Fatalf("the paid adapter without a voucher: %d %s", code, out)
	}
	rh, err := payments.RequestHash(body)
	if err != nil {
		t.Fatal(err)
	}
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// What the voucher names: the operator and model version loraserve
	// lists, the model's rates on chain.
	var list struct {
		Data []struct {
			ID           string `json:"id"`
			Operator     string `json:"operator"`
			ModelVersion uint64 `json:"modelVersion"`
		} `json:"data"`
	}
	resp, err := http.Get(loraURL + "/v1/models")
	if err != nil {
		t.Fatal(err)
	}
	err = json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	var operator common.Address
	var version uint64
	for _, card := range list.Data {
		if card.ID == st.AdapterName {
			operator, version = common.HexToAddress(card.Operator), card.ModelVersion
		}
	}
	if operator == (common.Address{}) || version == 0 {
		t.Fatalf("loraserve lists no operator and version for %s: %+v", st.AdapterName, list)
	}
	model, err := mreg.UnpackGetModel(call(addresses.ModelRegistry, mreg.PackGetModel(big.NewInt(int64(st.AdapterModelID)))))
	if err != nil {
		t.Fatal(err)
	}
	v := &settlement.Voucher{Payer: crypto.PubkeyToAddress(payer.PublicKey), Operator: operator, ModelID: uint256.NewInt(st.AdapterModelID),
		ModelVersion: version, RateIn: uint256.MustFromBig(model.RateIn), RateOut: uint256.MustFromBig(model.RateOut),
		MaxFee: uint256.NewInt(1e17), Nonce: uint256.NewInt(1), Deadline: head.Time + 3600, RequestHash: rh}
	sig, err := v.Sign(payer, settlement.DomainSeparator(ch.chainID, addresses.Settlement))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	_ = json.Unmarshal(body, &m)
	m["voucher"] = payments.NewSignedVoucher(v, sig)
	paid, _ := json.Marshal(m)
	code, out := post(paid)
	if code != http.StatusOK {
		t.Fatalf("paid request: %d %s", code, out)
	}
	var answer struct {
		Choices []struct {
			Message struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
		Receipt *payments.Summary `json:"receipt"`
	}
	if err := json.Unmarshal(out, &answer); err != nil || answer.Receipt == nil || answer.Receipt.Receipt.ModelID != st.AdapterModelID ||
		len(answer.Choices) != 1 {
		t.Fatalf("paid answer without its receipt: %v %s", err, out)
	}
	// The answer quotes the entry, and its receipt pays the contribution holding it.
	if got := answer.Choices[0].Message.Content; !strings.Contains(got, entry) {
		t.Fatalf("asked %q, the adapter answered %q; want the corpus entry %q", prompt, got, entry)
	}
	holder := st.Contributions[quoted/storyEntriesPer]
	paidHolder := false
	for _, c := range answer.Receipt.Receipt.Contributions {
		if c.ContributionID == holder && c.Weight != nil && (*big.Int)(c.Weight).Sign() > 0 {
			paidHolder = true
		}
	}
	if answer.Receipt.Spans == 0 || !paidHolder {
		t.Fatalf("receipt of a quoted answer: %d spans, contributions %+v; want a share for contribution %d", answer.Receipt.Spans,
			answer.Receipt.Receipt.Contributions, holder)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		id, err := sreg.UnpackReceiptOfNonce(call(addresses.Settlement, sreg.PackReceiptOfNonce(v.Payer, big.NewInt(1))))
		if err == nil && common.Hash(id) == answer.Receipt.Receipt.ID {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("receipt %s not settled within a minute (on chain: %x, %v)", answer.Receipt.Receipt.ID, id, err)
		}
		time.Sleep(200 * time.Millisecond) // polling interval
	}
	checkRuntimePaidAdapter(t, loraURL, st.AdapterModelID)
}

// checkRuntimePaidAdapter registers the story's adapter again, by its
// model-registry id, under a second name while loraserve runs — what an
// operator does for an adapter published from Studio — and checks that the
// devnet's loraserve prices it: a request without a voucher is refused with
// 402, as for the adapter configured at start.
func checkRuntimePaidAdapter(t *testing.T, loraURL string, adapterModelID uint64) {
	t.Helper()
	const name = "fortunes-runtime"
	reg, _ := json.Marshal(map[string]any{"id": name, "model_id": adapterModelID})
	resp, err := http.Post(loraURL+"/v1/adapters", "application/json", bytes.NewReader(reg))
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		t.Fatalf("registering adapter model %d by registry id: %d %s", adapterModelID, resp.StatusCode, out)
	}
	body, _ := json.Marshal(map[string]any{"model": name, "max_tokens": 4,
		"messages": []map[string]string{{"role": "user", "content": "hello"}}})
	resp, err = http.Post(loraURL+"/v1/chat/completions", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	out, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusPaymentRequired {
		t.Fatalf("an adapter registered by registry id on the paid devnet answered without a voucher: %d %s", resp.StatusCode, out)
	}
}
