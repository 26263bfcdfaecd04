package faults

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/contracts/bindings"
	coresettlement "github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/server"
	"github.com/openledger/openledger/precompiles/model"
	"github.com/openledger/openledger/precompiles/settlement"
)

// Loraserve is the component that serves paid inference (the docker-compose
// service name; in-process, a loraserve with its settler).
const Loraserve Component = "loraserve"

// FaultLoraserve kills and restarts loraserve with its settler mid-run: its
// receipt queue is on disk, so what it committed must still settle once.
const FaultLoraserve = "kill loraserve"

// PaidTarget is a Target that also runs loraserve with settlement on: Run
// then sends paid chat completions besides the transactions (with
// Config.Payer) and checks that no settlement receipt is lost or paid twice.
// Kill, Stop and Start accept Loraserve.
type PaidTarget interface {
	Target
	// LoraserveURL is loraserve's base URL (http://host:port); it stays the
	// same across a Kill and Start.
	LoraserveURL() string
}

// ErrReceipts is returned when a paid answer's receipt is not settled
// exactly once, or a request that was not answered was charged.
var ErrReceipts = errors.New("faults: settlement receipts wrong")

// PaidReport is what the paid load did and the chain settled.
type PaidReport struct {
	// Model is the paid adapter the requests went to, ModelID its registry
	// id.
	Model   string
	ModelID uint64
	// Sent requests; Answered with a receipt; Failed (a fault, an error
	// status: none of them may be charged).
	Sent, Answered, Failed int
	// Settled receipts of the payer on chain (each answered one, once).
	Settled int
	// Fees is what the settled receipts charged, EscrowSpent what left the
	// payer's escrow meanwhile (equal), Burned what they burned (equal to
	// the growth of settlement's totalBurned, which the supply invariant
	// counts).
	Fees, EscrowSpent, Burned *big.Int
	// From is the sequencer's head before the first paid request.
	From uint64
	// Receipts are the answered requests; FailedNonces the vouchers of the
	// others.
	Receipts     []PaidReceipt
	FailedNonces []uint64
}

// PaidReceipt is a paid request loraserve answered, with its receipt.
type PaidReceipt struct {
	// Nonce is the voucher's nonce, ID the receipt's id, Fee what the
	// receipt charges (as loraserve's answer reported them).
	Nonce uint64
	ID    common.Hash
	Fee   *big.Int
}

// paidLoad sends paid chat completions from several clients, each one
// request at a time, to the first paid adapter loraserve lists, each with a
// fresh voucher nonce.
type paidLoad struct {
	url      string
	payer    *ecdsa.PrivateKey
	clients  int // requests under way at once
	interval time.Duration
	eth      *ethclient.Client
	http     *http.Client

	// Read from loraserve and the chain at start.
	model    string
	modelID  uint64
	version  uint64
	operator common.Address
	rateIn   *uint256.Int
	rateOut  *uint256.Int
	domain   common.Hash

	mu       sync.Mutex
	headTime uint64 // the newest head's time seen
	nonce    uint64
	answered []PaidReceipt
	failed   []uint64          // nonces of requests not answered
	why      map[uint64]string // what the client saw of each
	errs     []error

	quit chan struct{} // closed by stop: the request under way finishes first
	done sync.WaitGroup
}

// paidMaxTokens bounds each answer (the tiny models answer in milliseconds).
const paidMaxTokens = 8

// paidMaxFee is each voucher's maxFee: far above what paidMaxTokens cost at
// any rate the tests register, far below a test escrow.
var paidMaxFee = uint256.NewInt(1e17)

func (p *paidLoad) init(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.url+"/v1/models", nil)
	if err != nil {
		return fmt.Errorf("faults: loraserve: %w", err)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return fmt.Errorf("faults: loraserve models: %w", err)
	}
	defer resp.Body.Close()
	var list server.ModelList
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil || resp.StatusCode != http.StatusOK {
		return fmt.Errorf("faults: loraserve models: status %d: %v", resp.StatusCode, err)
	}
	for _, c := range list.Data {
		if c.ModelID != 0 && common.IsHexAddress(c.Operator) {
			p.model, p.modelID, p.version, p.operator = c.ID, c.ModelID, c.ModelVersion, common.HexToAddress(c.Operator)
			break
		}
	}
	if p.modelID == 0 {
		return errors.New("faults: loraserve lists no paid adapter")
	}
	reg := bindings.NewIModelRegistry()
	out, err := p.eth.CallContract(ctx, ethereum.CallMsg{To: &model.Address, Data: reg.PackGetModel(new(big.Int).SetUint64(p.modelID))}, nil)
	if err != nil {
		return fmt.Errorf("faults: model %d: %w", p.modelID, err)
	}
	m, err := reg.UnpackGetModel(out)
	if err != nil {
		return fmt.Errorf("faults: model %d: %w", p.modelID, err)
	}
	p.rateIn, _ = uint256.FromBig(m.RateIn)
	p.rateOut, _ = uint256.FromBig(m.RateOut)
	chainID, err := p.eth.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("faults: chain id: %w", err)
	}
	p.domain = coresettlement.DomainSeparator(chainID, settlement.Address)
	// Fresh nonces on a chain a payer may have used before.
	p.nonce = uint64(time.Now().UnixNano())
	head, err := p.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("faults: sequencer head: %w", err)
	}
	p.headTime = head.Time
	return nil
}

func (p *paidLoad) start(ctx context.Context) error {
	if err := p.init(ctx); err != nil {
		return err
	}
	p.quit, p.why = make(chan struct{}), map[uint64]string{}
	for w := 0; w < p.clients; w++ {
		p.done.Add(1)
		go func() {
			defer p.done.Done()
			for i := 0; ; i++ {
				p.request(ctx, fmt.Sprintf("%d.%d", w, i))
				select {
				case <-ctx.Done():
					return
				case <-p.quit:
					return
				case <-time.After(p.interval):
				}
			}
		}()
	}
	return nil
}

// stop ends the load after the request under way: one cancelled while
// loraserve answered it could be charged without its client knowing (as a
// client that gave up would be).
func (p *paidLoad) stop() {
	close(p.quit)
	p.done.Wait()
}

// request sends paid request i and records what came of it.
func (p *paidLoad) request(ctx context.Context, i string) {
	// The deadline counts from the chain's time; while the sequencer is
	// down, from the last time seen (loraserve, which reads the same chain,
	// then refuses or fails the request: it must not charge it).
	head, err := p.eth.HeaderByNumber(ctx, nil)
	p.mu.Lock()
	if err == nil {
		p.headTime = max(p.headTime, head.Time)
	}
	headTime := p.headTime
	p.nonce++
	nonce := p.nonce
	p.mu.Unlock()
	m := map[string]any{"model": p.model, "max_tokens": paidMaxTokens, "temperature": 0, "seed": 1,
		"messages": []map[string]string{{"role": "user", "content": "fault load question " + i}}}
	body, _ := json.Marshal(m)
	rh, err := payments.RequestHash(body)
	if err != nil {
		p.fail(fmt.Errorf("faults: request hash: %w", err))
		return
	}
	v := &coresettlement.Voucher{Payer: crypto.PubkeyToAddress(p.payer.PublicKey), Operator: p.operator,
		ModelID: uint256.NewInt(p.modelID), ModelVersion: p.version, RateIn: p.rateIn, RateOut: p.rateOut,
		MaxFee: paidMaxFee, Nonce: uint256.NewInt(nonce), Deadline: headTime + 3600, RequestHash: rh}
	sig, err := v.Sign(p.payer, p.domain)
	if err != nil {
		p.fail(fmt.Errorf("faults: sign voucher: %w", err))
		return
	}
	m["voucher"] = payments.NewSignedVoucher(v, sig)
	body, _ = json.Marshal(m)
	var answer struct {
		Receipt *payments.Summary `json:"receipt"`
	}
	code, err := p.post(ctx, body, &answer)
	p.mu.Lock()
	defer p.mu.Unlock()
	if err != nil || code != http.StatusOK || answer.Receipt == nil || answer.Receipt.Receipt.Fee == nil {
		p.failed = append(p.failed, nonce)
		p.why[nonce] = fmt.Sprintf("at %s: status %d, error %v", time.Now().UTC().Format("15:04:05.000"), code, err)
		return
	}
	p.answered = append(p.answered, PaidReceipt{Nonce: nonce, ID: answer.Receipt.Receipt.ID, Fee: (*big.Int)(answer.Receipt.Receipt.Fee)})
}

func (p *paidLoad) post(ctx context.Context, body []byte, out any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode != http.StatusOK {
		return resp.StatusCode, nil
	}
	return resp.StatusCode, json.Unmarshal(raw, out)
}

func (p *paidLoad) fail(err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.errs = append(p.errs, err)
}

// reason is what the client saw of failed request nonce.
func (p *paidLoad) reason(nonce uint64) string {
	if p == nil {
		return "unknown"
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.why[nonce]
}

func (p *paidLoad) snapshot() (answered []PaidReceipt, failed []uint64, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]PaidReceipt(nil), p.answered...), append([]uint64(nil), p.failed...), errors.Join(p.errs...)
}

var (
	settlements = bindings.NewISettlement()
	// receiptSettledTopic is ReceiptSettled's event id.
	receiptSettledTopic = crypto.Keccak256Hash([]byte("ReceiptSettled(bytes32,bytes32,address,uint256,uint256,uint256)"))
)

// receiptOfNonce reads settlement's receiptOfNonce(payer, nonce) at block
// hash (nil: the head).
func receiptOfNonce(ctx context.Context, c *ethclient.Client, payer common.Address, nonce uint64, at *common.Hash) (common.Hash, error) {
	msg := ethereum.CallMsg{To: &settlement.Address, Data: settlements.PackReceiptOfNonce(payer, new(big.Int).SetUint64(nonce))}
	var out []byte
	var err error
	if at == nil {
		out, err = c.CallContract(ctx, msg, nil)
	} else {
		out, err = c.CallContractAtHash(ctx, msg, *at)
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("faults: receiptOfNonce(%s, %d): %w", payer, nonce, err)
	}
	if len(out) != 32 {
		return common.Hash{}, fmt.Errorf("faults: receiptOfNonce(%s, %d) returned %d bytes", payer, nonce, len(out))
	}
	return common.BytesToHash(out), nil
}

// callBig calls a uint256 view at block number n.
func callBig(ctx context.Context, c *ethclient.Client, data []byte, n uint64) (*big.Int, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &settlement.Address, Data: data}, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("faults: settlement call at %d: %w", n, err)
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("faults: settlement call at %d returned %d bytes", n, len(out))
	}
	return new(big.Int).SetBytes(out), nil
}

// finalPaid checks the paid load's receipts (checkReceipts) once it ended.
func (r *run) finalPaid(ctx context.Context) error {
	answered, failed, err := r.paid.snapshot()
	if err != nil {
		return err
	}
	return r.checkReceipts(ctx, crypto.PubkeyToAddress(r.paid.payer.PublicKey), answered, failed)
}

// checkReceipts waits until loraserve's settler landed every answered
// receipt and the verifier marked that block safe, then checks on the
// verifier's chain: each answered request's nonce names its receipt, no
// failed request's nonce names one, each receipt settled exactly once with
// the fee loraserve reported, the payer's escrow fell by the settled fees,
// and settlement's totalBurned grew by what the settled receipts burned,
// all since block r.report.Paid.From.
func (r *run) checkReceipts(ctx context.Context, payer common.Address, answered []PaidReceipt, failed []uint64) error {
	rep := r.report.Paid
	from := rep.From
	// The settler drains: every answered receipt lands (oldest first, so a
	// receipt queued before the last answered one lands before it too).
	pending := map[uint64]PaidReceipt{}
	for _, a := range answered {
		pending[a.Nonce] = a
	}
	seq, ver := r.check.c.seqEth, r.check.c.verEth
	if err := r.poll(ctx, r.cfg.Recovery, "settler drained", func(ctx context.Context) (bool, error) {
		for n, a := range pending {
			id, err := receiptOfNonce(ctx, seq, payer, n, nil)
			if err != nil {
				return false, err
			}
			if id == a.ID {
				delete(pending, n)
			} else if id != (common.Hash{}) {
				return false, fmt.Errorf("%w: nonce %d settled receipt %s, loraserve answered with %s", ErrReceipts, n, id, a.ID)
			}
		}
		return len(pending) == 0, nil
	}); err != nil {
		return errors.Join(err, fmt.Errorf("%w: %d of %d answered receipts never settled", ErrReceipts, len(pending), len(answered)))
	}
	to, err := r.check.seqHead(ctx)
	if err != nil {
		return err
	}
	if err := r.poll(ctx, r.cfg.Recovery, "verifier safe past the settlements", func(ctx context.Context) (bool, error) {
		return r.check.safe >= to, nil
	}); err != nil {
		return err
	}
	at, ok, err := blockHash(ctx, r.check.c.ver, to)
	if err != nil || !ok {
		return fmt.Errorf("faults: verifier block %d: %v", to, err)
	}
	var errs []error
	report := func(err error) {
		if len(errs) < 8 {
			errs = append(errs, err)
		}
	}
	for _, a := range answered {
		if id, err := receiptOfNonce(ctx, ver, payer, a.Nonce, &at); err != nil {
			return err
		} else if id != a.ID {
			report(fmt.Errorf("%w: answered nonce %d names receipt %s on the verifier, want %s", ErrReceipts, a.Nonce, id, a.ID))
		}
	}
	for _, n := range failed {
		if id, err := receiptOfNonce(ctx, ver, payer, n, &at); err != nil {
			return err
		} else if id != (common.Hash{}) {
			report(fmt.Errorf("%w: request with nonce %d was not answered (%s) but settled receipt %s", ErrReceipts, n, r.paid.reason(n), id))
		}
	}
	logs, err := ver.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from + 1), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{settlement.Address}, Topics: [][]common.Hash{{receiptSettledTopic}}})
	if err != nil {
		return fmt.Errorf("faults: settlement logs %d..%d: %w", from+1, to, err)
	}
	byID := map[common.Hash]PaidReceipt{}
	for _, a := range answered {
		byID[a.ID] = a
	}
	times := map[common.Hash]int{}
	rep.Fees, rep.Burned = new(big.Int), new(big.Int)
	burnedAll := new(big.Int)
	for i := range logs {
		ev, err := settlements.UnpackReceiptSettledEvent(&logs[i])
		if err != nil {
			return fmt.Errorf("faults: ReceiptSettled log: %w", err)
		}
		burnedAll.Add(burnedAll, ev.Burned)
		if ev.Payer != payer {
			continue // another payer's (a container target's demo)
		}
		id := common.Hash(ev.ReceiptId)
		times[id]++
		rep.Settled++
		rep.Fees.Add(rep.Fees, ev.Fee)
		rep.Burned.Add(rep.Burned, ev.Burned)
		a, ok := byID[id]
		switch {
		case !ok:
			report(fmt.Errorf("%w: receipt %s settled in block %d answers no request", ErrReceipts, id, logs[i].BlockNumber))
		case a.Fee.Cmp(ev.Fee) != 0:
			report(fmt.Errorf("%w: receipt %s charged %s, loraserve said %s", ErrReceipts, id, ev.Fee, a.Fee))
		}
	}
	for _, a := range answered {
		if n := times[a.ID]; n != 1 {
			report(fmt.Errorf("%w: receipt %s (nonce %d) settled %d times", ErrReceipts, a.ID, a.Nonce, n))
		}
	}
	escrowBefore, err := callBig(ctx, ver, settlements.PackEscrowOf(payer), from)
	if err != nil {
		return err
	}
	escrowAfter, err := callBig(ctx, ver, settlements.PackEscrowOf(payer), to)
	if err != nil {
		return err
	}
	rep.EscrowSpent = new(big.Int).Sub(escrowBefore, escrowAfter)
	if rep.EscrowSpent.Cmp(rep.Fees) != 0 {
		report(fmt.Errorf("%w: the payer's escrow fell by %s, the settled receipts charged %s", ErrReceipts, rep.EscrowSpent, rep.Fees))
	}
	burnedBefore, err := callBig(ctx, ver, settlements.PackTotalBurned(), from)
	if err != nil {
		return err
	}
	burnedAfter, err := callBig(ctx, ver, settlements.PackTotalBurned(), to)
	if err != nil {
		return err
	}
	if grew := new(big.Int).Sub(burnedAfter, burnedBefore); grew.Cmp(burnedAll) != 0 {
		report(fmt.Errorf("%w: totalBurned grew by %s, the settled receipts burned %s", ErrReceipts, grew, burnedAll))
	}
	return errors.Join(errs...)
}
