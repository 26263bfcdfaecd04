// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/weights"
	"github.com/openledger/openledger/core/settlement"
)

// ErrUnpricedModel is returned for a paid request to an adapter the gate has
// no on-chain model id for.
var ErrUnpricedModel = errors.New("adapter has no on-chain model id")

// Attributor is the attribution engine of one adapter (attribution.Attributor
// over the index of the adapter's Datanet versions).
type Attributor interface {
	AttributeText(text string) (*attribution.Attribution, []uint32, error)
}

// Adapter is what the gate knows of one served adapter.
type Adapter struct {
	// ModelID is the adapter's id in the model registry.
	ModelID uint64
	// ModelVersion is the registry version whose weights are served (and
	// whose provenance the attribution index covers): vouchers must name it.
	ModelVersion uint64
	// Attributor attributes its outputs; nil pays nobody (the contributor
	// share is burned).
	Attributor Attributor
	// Training, when set, mixes the adapter's training-time attribution
	// into its receipts (influence.go).
	Training *Training
}

// TokenDecoder turns token ids into text (loraserve's tokenizer): with it, a
// Summary locates its attributed segments in the answer text.
type TokenDecoder interface {
	Decode(ids []int, skipSpecial bool) string
}

// Gate is what an inference server calls around a paid request: Admit
// before running it, then Paid.Price with the delivered output and
// Paid.Commit once the client has it (or Paid.Abort).
type Gate struct {
	verifier *Verifier
	settler  *Settler
	mu       sync.RWMutex // guards adapters (AddAdapter/RemoveAdapter while serving)
	adapters map[string]Adapter
	decoder  TokenDecoder
	// spanShare is --settlement.span-share, for the training-time
	// attribution of adapters priced while serving (RuntimeAdapters).
	spanShare uint64
}

// SetDecoder makes summaries carry their segments' byte offsets (call before serving).
func (g *Gate) SetDecoder(d TokenDecoder) { g.decoder = d }

// ModelID returns the registry id of a paid adapter.
func (g *Gate) ModelID(adapter string) (uint64, bool) {
	a, ok := g.adapter(adapter)
	return a.ModelID, ok
}

// adapter returns what the gate knows of a paid adapter.
func (g *Gate) adapter(name string) (Adapter, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	a, ok := g.adapters[name]
	return a, ok
}

// Terms returns what a voucher for a paid adapter must name besides the
// model id and the rates: the operator (this settler) and the model version
// served.
func (g *Gate) Terms(adapter string) (operator common.Address, modelVersion uint64, ok bool) {
	a, ok := g.adapter(adapter)
	if !ok {
		return common.Address{}, 0, false
	}
	return g.verifier.Operator(), a.ModelVersion, true
}

// NewGate admits with v, attributes with adapters' engines, and kicks s
// (nil for none) when a receipt is queued.
func NewGate(v *Verifier, s *Settler, adapters map[string]Adapter) *Gate {
	if adapters == nil {
		adapters = map[string]Adapter{}
	}
	return &Gate{verifier: v, settler: s, adapters: adapters, spanShare: weights.One}
}

// SetSpanShare sets the share of contributors' weights that span
// attribution keeps when an adapter priced while serving mixes in its
// training-time attribution (--settlement.span-share; call before serving).
func (g *Gate) SetSpanShare(share uint64) { g.spanShare = share }

// Paid is an admitted request.
type Paid struct {
	g       *Gate
	adm     *Admission
	adapter Adapter
	receipt *settlement.Receipt // set by Price
}

// Summary is what a paid response carries: the queued receipt and the
// attribution behind it.
type Summary struct {
	Receipt ReceiptJSON `json:"receipt"`
	// Spans is how many output spans the attribution found in the corpus.
	Spans int `json:"spans"`
	// Segments locate the attributed stretches of the answer (when the gate
	// has a TokenDecoder), so a client can highlight them.
	Segments []Segment `json:"segments,omitempty"`
	// Payer and Nonce identify the voucher.
	Payer common.Address `json:"payer"`
	Nonce string         `json:"nonce"`
}

// Segment is an attributed stretch of an answer: bytes [Start, End) of its
// UTF-8 text, reproduced from the listed contributions.
type Segment struct {
	Start         int      `json:"start"`
	End           int      `json:"end"`
	Contributions []uint64 `json:"contributions"`
}

// segments maps the attribution's token segments to byte offsets of output
// (tokens are its encoding): the offset of token i is the length of the
// first i tokens decoded. nil when the tokens do not decode to output.
func segments(att *attribution.Attribution, tokens []uint32, output string, d TokenDecoder) []Segment {
	ids := make([]int, len(tokens))
	for i, t := range tokens {
		ids[i] = int(t)
	}
	if d.Decode(ids, false) != output {
		return nil
	}
	offsets := map[int]int{}
	offset := func(i int) int {
		if o, ok := offsets[i]; ok {
			return o
		}
		offsets[i] = len(d.Decode(ids[:i], false))
		return offsets[i]
	}
	out := make([]Segment, 0, len(att.Segments))
	for _, seg := range att.Segments {
		if seg.Start < 0 || seg.End > len(tokens) || seg.Start >= seg.End {
			continue
		}
		ids := map[uint64]bool{}
		var list []uint64
		for _, s := range att.Evidence.Spans {
			if s.Start < seg.End && s.End() > seg.Start {
				for _, doc := range s.Docs {
					if !ids[doc.ContributionID] {
						ids[doc.ContributionID] = true
						list = append(list, doc.ContributionID)
					}
				}
			}
		}
		slices.Sort(list)
		out = append(out, Segment{Start: offset(seg.Start), End: offset(seg.End), Contributions: list})
	}
	return out
}

// Admit checks voucherJSON for body (the raw request body) on adapter with
// promptTokens of prompt and up to maxTokens of output.
func (g *Gate) Admit(ctx context.Context, voucherJSON, body []byte, adapter string, promptTokens, maxTokens int) (*Paid, error) {
	a, ok := g.adapter(adapter)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnpricedModel, adapter)
	}
	sv, err := ParseVoucher(voucherJSON)
	if err != nil {
		return nil, err
	}
	if v := uint64(sv.ModelVersion); v != a.ModelVersion {
		return nil, fmt.Errorf("%w: voucher names version %d, %s is served from version %d of model %d",
			ErrModelVersion, v, adapter, a.ModelVersion, a.ModelID)
	}
	adm, err := g.verifier.Admit(ctx, sv, body, a.ModelID, promptTokens, maxTokens)
	if err != nil {
		return nil, err
	}
	return &Paid{g: g, adm: adm, adapter: a}, nil
}

// Finish prices the output and queues its receipt (Price, then Commit).
func (p *Paid) Finish(promptTokens, completionTokens int, output string) (*Summary, error) {
	sum, err := p.Price(promptTokens, completionTokens, output)
	if err != nil {
		return nil, err
	}
	if err := p.Commit(); err != nil {
		return nil, err
	}
	return sum, nil
}

// Price attributes the output and builds the receipt from the token counts
// (outputHash = keccak256 of the output text; the attribution's proof root
// commits to the output tokens too), and returns its summary. Nothing is
// charged until Commit; Abort releases it instead. On error the admission
// is released.
func (p *Paid) Price(promptTokens, completionTokens int, output string) (*Summary, error) {
	var (
		outputHash = crypto.Keccak256Hash([]byte(output))
		proofRoot  common.Hash
		att        *attribution.Attribution
		tokens     []uint32
	)
	if p.adapter.Attributor != nil {
		a, toks, err := p.adapter.Attributor.AttributeText(output)
		if err != nil {
			p.adm.Release()
			return nil, fmt.Errorf("attribute output: %w", err)
		}
		att, proofRoot, tokens = a, a.ProofRoot, toks
	}
	sum := &Summary{Payer: p.adm.Voucher.Payer, Nonce: p.adm.Voucher.Nonce.Dec()}
	var ws []weights.Weight
	if att != nil {
		ws, sum.Spans = att.Weights, len(att.Evidence.Spans)
		if p.g.decoder != nil {
			sum.Segments = segments(att, tokens, output, p.g.decoder)
		}
	}
	if p.adapter.Training != nil {
		mixed, root, err := p.adapter.Training.Mix(att)
		if err != nil {
			p.adm.Release()
			return nil, err
		}
		ws, proofRoot = mixed, root
	}
	receipt, err := p.adm.Receipt(promptTokens, completionTokens, outputHash, ws, proofRoot)
	if err != nil {
		p.adm.Release()
		return nil, err
	}
	p.receipt = receipt
	sum.Receipt = ToJSON(receipt)
	return sum, nil
}

// Commit queues the priced receipt durably (the payer is charged once it
// settles); on error the admission is released.
func (p *Paid) Commit() error {
	if p.receipt == nil {
		p.adm.Release()
		return errors.New("payments: commit before price")
	}
	if err := p.adm.Commit(p.receipt); err != nil {
		p.adm.Release()
		return err
	}
	if p.g.settler != nil {
		p.g.settler.Kick()
	}
	return nil
}

// Abort releases the admission of a request that produced no answer.
func (p *Paid) Abort() { p.adm.Release() }

// HTTPStatus maps an admission error to its HTTP status: 402 when paying
// more would help (fee cap, escrow), 400 for a malformed or mismatched
// voucher, 403 for a bad signature, 409 for a used nonce, 404 for an
// unpriced adapter, 502 when the chain could not be read.
func HTTPStatus(err error) int {
	switch {
	case errors.Is(err, ErrFeeCap), errors.Is(err, ErrEscrow):
		return http.StatusPaymentRequired
	case errors.Is(err, ErrMalformedVoucher), errors.Is(err, ErrRequestHash), errors.Is(err, ErrModelMismatch),
		errors.Is(err, ErrExpired), errors.Is(err, ErrModelInactive), errors.Is(err, ErrWrongOperator),
		errors.Is(err, ErrModelVersion), errors.Is(err, ErrRates):
		return http.StatusBadRequest
	case errors.Is(err, ErrBadSignature):
		return http.StatusForbidden
	case errors.Is(err, ErrNonceUsed):
		return http.StatusConflict
	case errors.Is(err, ErrUnpricedModel):
		return http.StatusNotFound
	default:
		return http.StatusBadGateway
	}
}
