package faults

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Config sizes a fault run.
type Config struct {
	// Senders are the keys the load generator sends from (funded on L2).
	Senders []*ecdsa.PrivateKey
	// Burst is how many transactions each sender sends before waiting for
	// their receipts (default 5).
	Burst int
	// DAOutage is how long the EigenDA server stays down (default 60 s).
	DAOutage time.Duration
	// ReorgDepth is how many L1 blocks the reorg replaces (default 3).
	ReorgDepth uint64
	// Recovery bounds each recovery (default 3 minutes).
	Recovery time.Duration
	// Faults, when set, names the faults to inject, in order (default
	// DefaultFaults; DefaultPaidFaults with paid inference).
	Faults []string
	// Payer, when set and the target is a PaidTarget, sends paid chat
	// completions to loraserve's first paid adapter all along, from its
	// escrow (which must cover them), and Run checks their receipts.
	Payer *ecdsa.PrivateKey
	// PaidClients is how many paid requests are under way at once (default
	// 2), PaidInterval the pause between two of one client (default 200 ms).
	PaidClients  int
	PaidInterval time.Duration
	// Logf, when set, is told what happens.
	Logf func(format string, args ...any)
}

// Fault names.
const (
	FaultSequencerGeth = "kill sequencer geth"
	FaultSequencerNode = "kill sequencer op-node"
	FaultBatcher       = "kill batcher"
	FaultDA            = "kill EigenDA server"
	FaultVerifier      = "kill verifier"
	FaultDAOutage      = "EigenDA server down"
	FaultL1Reorg       = "L1 reorg"
)

// DefaultFaults is every fault, in the order Run injects them.
var DefaultFaults = []string{FaultSequencerGeth, FaultSequencerNode, FaultBatcher, FaultDA, FaultVerifier, FaultDAOutage, FaultL1Reorg}

// DefaultPaidFaults is every fault with paid inference on: DefaultFaults
// with FaultLoraserve after FaultBatcher.
var DefaultPaidFaults = []string{FaultSequencerGeth, FaultSequencerNode, FaultBatcher, FaultLoraserve, FaultDA, FaultVerifier, FaultDAOutage, FaultL1Reorg}

// Outcome is one injected fault.
type Outcome struct {
	Fault string
	// Down is how long the component was down (the outage, or the time a
	// stop and restart took).
	Down time.Duration
	// Recovery is the time from the restart until the verifier's safe head
	// passed the sequencer's head at the restart.
	Recovery time.Duration
}

// Report is what a run held and survived.
type Report struct {
	Duration time.Duration
	// Sent and Included count the load's transactions; Dropped were sent
	// but never included (the node was down or lost its pool), and were
	// given up by their sender, as a wallet would re-send.
	Sent, Included, Dropped int
	// TxPerSecond is Included over Duration.
	TxPerSecond float64
	// Outcomes are the faults survived, in order.
	Outcomes []Outcome
	// SupplyBlocks is how many sequencer blocks the supply invariant was
	// checked in; SafeBlocks how many verifier safe blocks were compared.
	SupplyBlocks int
	SafeBlocks   uint64
	// Accounts is how many accounts the supply check summed in the last
	// block (debug_accountRange pages of 256).
	Accounts int
	// SequencerReorgs counts sequencer blocks replaced after they were
	// checked (a restart that lost unsafe blocks).
	SequencerReorgs int
	// Paid is the paid inference load, when there was one.
	Paid *PaidReport
}

// Run injects the faults into a running rollup under load and checks the
// invariants all along, over t's JSON-RPC endpoints only; it returns at the
// first broken invariant or failed recovery, with what was measured until
// then.
func Run(ctx context.Context, t Target, cfg Config) (*Report, error) {
	if cfg.Burst == 0 {
		cfg.Burst = 5
	}
	if cfg.DAOutage == 0 {
		cfg.DAOutage = time.Minute
	}
	if cfg.ReorgDepth == 0 {
		cfg.ReorgDepth = 3
	}
	if cfg.Recovery == 0 {
		cfg.Recovery = 3 * time.Minute
	}
	pt, paid := t.(PaidTarget)
	paid = paid && cfg.Payer != nil
	if cfg.Faults == nil {
		cfg.Faults = DefaultFaults
		if paid {
			cfg.Faults = DefaultPaidFaults
		}
	}
	if cfg.PaidClients == 0 {
		cfg.PaidClients = 2
	}
	if cfg.PaidInterval == 0 {
		cfg.PaidInterval = 200 * time.Millisecond
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	if len(cfg.Senders) == 0 {
		return nil, errors.New("faults: no senders for the load")
	}
	ep := t.Endpoints()
	c, err := dialChain(ctx, ep)
	if err != nil {
		return nil, err
	}
	defer c.close()
	r := &run{t: t, ep: ep, cfg: cfg, report: &Report{}}
	if r.check, err = newChecker(ctx, c); err != nil {
		return nil, err
	}
	if paid {
		from, err := r.check.seqHead(ctx)
		if err != nil {
			return nil, err
		}
		r.paid = &paidLoad{url: pt.LoraserveURL(), payer: cfg.Payer, clients: cfg.PaidClients, interval: cfg.PaidInterval, eth: c.seqEth,
			http: &http.Client{Timeout: time.Minute}}
		if err := r.paid.start(ctx); err != nil {
			return nil, err
		}
		r.report.Paid = &PaidReport{Model: r.paid.model, ModelID: r.paid.modelID, From: from}
	}
	r.load = &load{url: ep.SequencerRPC, keys: cfg.Senders, burst: cfg.Burst}
	began := time.Now()
	if err := r.load.start(ctx); err != nil {
		if r.paid != nil {
			r.paid.stop()
		}
		return nil, err
	}
	err = r.inject(ctx)
	r.load.stop()
	if r.paid != nil {
		r.paid.stop()
	}
	r.report.Duration = time.Since(began)
	if err == nil {
		err = r.final(ctx)
	}
	if err == nil && r.paid != nil {
		err = r.finalPaid(ctx)
	}
	if r.paid != nil {
		p := r.report.Paid
		p.Receipts, p.FailedNonces, _ = r.paid.snapshot()
		p.Answered, p.Failed, p.Sent = len(p.Receipts), len(p.FailedNonces), len(p.Receipts)+len(p.FailedNonces)
	}
	sent, dropped, inc, loadErr := r.load.snapshot()
	r.report.Sent, r.report.Dropped, r.report.Included = sent, dropped, len(inc)
	r.report.TxPerSecond = float64(len(inc)) / r.report.Duration.Seconds()
	r.report.SafeBlocks, r.report.SequencerReorgs, r.report.Accounts = r.check.safe, r.check.reorgs, r.check.accounts
	return r.report, errors.Join(err, loadErr)
}

type run struct {
	t      Target
	ep     Endpoints
	cfg    Config
	check  *checker
	load   *load
	paid   *paidLoad // nil without paid inference
	report *Report
}

// step runs the checks once.
func (r *run) step(ctx context.Context) error {
	n, err := r.check.supply(ctx)
	r.report.SupplyBlocks += n
	if err != nil {
		return err
	}
	_, err = r.check.verifier(ctx)
	return err
}

// broken reports whether err is a broken invariant (rather than a node that
// does not answer yet, which a poll waits out).
func broken(err error) bool {
	return errors.Is(err, ErrDiverged) || errors.Is(err, ErrSupply)
}

// poll runs the checks every 500 ms until cond holds, or fails after timeout
// (with the last error of an unreachable node, if any).
func (r *run) poll(ctx context.Context, timeout time.Duration, what string, cond func(context.Context) (bool, error)) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var last error
	for {
		err := r.step(ctx)
		if err == nil {
			var ok bool
			ok, err = cond(ctx)
			if err == nil && ok {
				return nil
			}
		}
		if err != nil {
			if broken(err) {
				return err
			}
			last = err
		}
		select {
		case <-ctx.Done():
			return errors.Join(fmt.Errorf("faults: %s: %w", what, ctx.Err()), last)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (r *run) inject(ctx context.Context) error {
	// Some load first, so the first fault hits a chain under load.
	start, err := r.check.seqHead(ctx)
	if err != nil {
		return err
	}
	if err := r.poll(ctx, r.cfg.Recovery, "load before the faults", func(ctx context.Context) (bool, error) {
		head, err := r.check.seqHead(ctx)
		return head >= start+3, err
	}); err != nil {
		return err
	}
	for _, f := range r.cfg.Faults {
		down, err := r.fault(ctx, f)
		if err != nil {
			return fmt.Errorf("faults: %s: %w", f, err)
		}
		restarted := time.Now()
		var mark uint64
		if err := r.poll(ctx, r.cfg.Recovery, "sequencer serving after "+f, func(ctx context.Context) (bool, error) {
			var err error
			mark, err = r.check.seqHead(ctx)
			return err == nil, err
		}); err != nil {
			return err
		}
		if err := r.poll(ctx, r.cfg.Recovery, "recover from "+f, func(ctx context.Context) (bool, error) {
			head, err := r.check.seqHead(ctx)
			if err != nil {
				return false, err
			}
			safe, err := r.check.verifier(ctx)
			return head > mark && safe >= mark, err
		}); err != nil {
			return err
		}
		o := Outcome{Fault: f, Down: down, Recovery: time.Since(restarted)}
		r.report.Outcomes = append(r.report.Outcomes, o)
		r.cfg.Logf("survived %s (down %s): verifier safe past block %d after %s", f, o.Down.Round(time.Millisecond), mark, o.Recovery.Round(time.Millisecond))
	}
	return nil
}

// fault injects one fault and returns how long the component was down.
func (r *run) fault(ctx context.Context, f string) (time.Duration, error) {
	restart := func(cs ...Component) (time.Duration, error) {
		began := time.Now()
		for _, c := range cs {
			if err := r.t.Kill(ctx, c); err != nil {
				return 0, fmt.Errorf("kill %s: %w", c, err)
			}
		}
		for i := len(cs) - 1; i >= 0; i-- {
			if err := r.t.Start(ctx, cs[i]); err != nil {
				return 0, fmt.Errorf("start %s: %w", cs[i], err)
			}
		}
		return time.Since(began), nil
	}
	switch f {
	case FaultSequencerGeth:
		return restart(SequencerGeth)
	case FaultSequencerNode:
		return restart(SequencerNode)
	case FaultBatcher:
		return restart(Batcher)
	case FaultDA:
		return restart(EigenDA)
	case FaultVerifier:
		return restart(VerifierNode, VerifierGeth)
	case FaultLoraserve:
		if r.paid == nil {
			return 0, errors.New("the target runs no paid loraserve (not a PaidTarget, or no Config.Payer)")
		}
		return restart(Loraserve)
	case FaultDAOutage:
		began := time.Now()
		if err := r.t.Stop(ctx, EigenDA); err != nil {
			return 0, fmt.Errorf("stop %s: %w", EigenDA, err)
		}
		// The checks go on while the DA server is down.
		if err := r.poll(ctx, r.cfg.DAOutage+time.Minute, "outage", func(context.Context) (bool, error) {
			return time.Since(began) >= r.cfg.DAOutage, nil
		}); err != nil {
			return 0, err
		}
		if err := r.t.Start(ctx, EigenDA); err != nil {
			return 0, fmt.Errorf("start %s: %w", EigenDA, err)
		}
		return time.Since(began), nil
	case FaultL1Reorg:
		l1, err := rpc.DialContext(ctx, r.ep.L1RPC)
		if err != nil {
			return 0, fmt.Errorf("dial L1: %w", err)
		}
		defer l1.Close()
		var old *blockRef
		if err := l1.CallContext(ctx, &old, "eth_getBlockByNumber", "latest", false); err != nil || old == nil {
			return 0, fmt.Errorf("L1 head: %v", err)
		}
		if err := r.t.ReorgL1(ctx, r.cfg.ReorgDepth); err != nil {
			return 0, err
		}
		// The old head's height normally holds another block now (unless
		// the L1 grew by depth blocks between the two calls).
		now, _, err := blockHash(ctx, l1, uint64(old.Number))
		if err != nil {
			return 0, fmt.Errorf("L1: %w", err)
		}
		r.cfg.Logf("L1 reorg of %d blocks: block %d was %s, is %s", r.cfg.ReorgDepth, old.Number, old.Hash, now)
		return 0, nil
	}
	return 0, fmt.Errorf("faults: unknown fault %q", f)
}

// final waits for the verifier to mark safe every block the load's
// transactions went into, then checks each is still in both chains.
func (r *run) final(ctx context.Context) error {
	_, _, inc, _ := r.load.snapshot()
	var last uint64
	for _, tx := range inc {
		last = max(last, tx.block)
	}
	if err := r.poll(ctx, r.cfg.Recovery, "verifier safe past the load", func(ctx context.Context) (bool, error) {
		safe, err := r.check.verifier(ctx)
		return safe >= last, err
	}); err != nil {
		return err
	}
	var errs []error
	for _, c := range []*ethclient.Client{r.check.c.seqEth, r.check.c.verEth} {
		url := r.ep.SequencerRPC
		if c == r.check.c.verEth {
			url = r.ep.VerifierRPC
		}
		lost := 0
		for _, tx := range inc {
			if _, err := c.TransactionReceipt(ctx, tx.hash); err != nil {
				lost++
				if lost <= 5 {
					errs = append(errs, fmt.Errorf("faults: included tx %s (block %d) is not in the chain at %s: %w", tx.hash, tx.block, url, err))
				}
			}
		}
		if lost > 0 {
			errs = append(errs, fmt.Errorf("faults: %d of %d included transactions lost at %s", lost, len(inc), url))
		}
	}
	return errors.Join(errs...)
}
