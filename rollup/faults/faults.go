package faults

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/openledger/openledger/rollup/devnet"
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
	// DefaultFaults).
	Faults []string
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
	// SequencerReorgs counts sequencer blocks replaced after they were
	// checked (a restart that lost unsafe blocks).
	SequencerReorgs int
}

// Run injects the faults into a running devnet under load and checks the
// invariants all along; it returns at the first broken invariant or failed
// recovery, with what was measured until then.
func Run(ctx context.Context, d *devnet.Devnet, cfg Config) (*Report, error) {
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
	if cfg.Faults == nil {
		cfg.Faults = DefaultFaults
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	if len(cfg.Senders) == 0 {
		return nil, errors.New("faults: no senders for the load")
	}
	r := &run{d: d, cfg: cfg, report: &Report{}}
	var err error
	if r.check, err = newChecker(d); err != nil {
		return nil, err
	}
	r.load = &load{url: d.SeqGeth.HTTPEndpoint(), keys: cfg.Senders, burst: cfg.Burst}
	began := time.Now()
	if err := r.load.start(ctx); err != nil {
		return nil, err
	}
	err = r.inject(ctx)
	r.load.stop()
	r.report.Duration = time.Since(began)
	if err == nil {
		err = r.final(ctx)
	}
	sent, dropped, inc, loadErr := r.load.snapshot()
	r.report.Sent, r.report.Dropped, r.report.Included = sent, dropped, len(inc)
	r.report.TxPerSecond = float64(len(inc)) / r.report.Duration.Seconds()
	r.report.SafeBlocks, r.report.SequencerReorgs = r.check.safe, r.check.reorgs
	return r.report, errors.Join(err, loadErr)
}

type run struct {
	d      *devnet.Devnet
	cfg    Config
	check  *checker
	load   *load
	report *Report
}

// step runs the checks once.
func (r *run) step() error {
	n, err := r.check.supply()
	r.report.SupplyBlocks += n
	if err != nil {
		return err
	}
	_, err = r.check.verifier()
	return err
}

// poll runs the checks every 500 ms until cond holds, or fails after timeout.
func (r *run) poll(ctx context.Context, timeout time.Duration, what string, cond func() bool) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		if err := r.step(); err != nil {
			return err
		}
		if cond() {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("faults: %s: %w", what, ctx.Err())
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func (r *run) seqHead() uint64 {
	return r.d.SeqGeth.Backend().BlockChain().CurrentBlock().Number.Uint64()
}

func (r *run) inject(ctx context.Context) error {
	// Some load first, so the first fault hits a chain under load.
	start := r.seqHead()
	if err := r.poll(ctx, r.cfg.Recovery, "load before the faults", func() bool { return r.seqHead() >= start+3 }); err != nil {
		return err
	}
	for _, f := range r.cfg.Faults {
		down, err := r.fault(ctx, f)
		if err != nil {
			return fmt.Errorf("faults: %s: %w", f, err)
		}
		restarted := time.Now()
		mark := r.seqHead()
		if err := r.poll(ctx, r.cfg.Recovery, "recover from "+f, func() bool {
			safe, err := r.check.verifier()
			return err == nil && r.seqHead() > mark && safe >= mark
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
	restart := func(names ...string) (time.Duration, error) {
		began := time.Now()
		for _, n := range names {
			if err := r.d.StopComponent(ctx, n); err != nil {
				return 0, err
			}
		}
		for i := len(names) - 1; i >= 0; i-- {
			if err := r.d.StartComponent(ctx, names[i]); err != nil {
				return 0, err
			}
		}
		return time.Since(began), nil
	}
	switch f {
	case FaultSequencerGeth:
		return restart(devnet.CompSequencerEL)
	case FaultSequencerNode:
		return restart(devnet.CompSequencerCL)
	case FaultBatcher:
		return restart(devnet.CompBatcher)
	case FaultDA:
		return restart(devnet.CompDA)
	case FaultVerifier:
		return restart(devnet.CompVerifierCL, devnet.CompVerifierEL)
	case FaultDAOutage:
		began := time.Now()
		if err := r.d.StopComponent(ctx, devnet.CompDA); err != nil {
			return 0, err
		}
		// The checks go on while the DA server is down.
		if err := r.poll(ctx, r.cfg.DAOutage+time.Minute, "outage", func() bool { return time.Since(began) >= r.cfg.DAOutage }); err != nil {
			return 0, err
		}
		return time.Since(began), r.d.StartComponent(ctx, devnet.CompDA)
	case FaultL1Reorg:
		old := r.d.L1.Backend().BlockChain().CurrentBlock()
		head, err := r.d.L1.Reorg(ctx, r.cfg.ReorgDepth)
		if err != nil {
			return 0, err
		}
		r.cfg.Logf("L1 reorg: head %d %s replaced by %d %s (%d blocks dropped)", old.Number, old.Hash(), head.Number(), head.Hash(), r.cfg.ReorgDepth)
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
	if err := r.poll(ctx, r.cfg.Recovery, "verifier safe past the load", func() bool {
		safe, err := r.check.verifier()
		return err == nil && safe >= last
	}); err != nil {
		return err
	}
	var errs []error
	for _, url := range []string{r.d.SeqGeth.HTTPEndpoint(), r.d.VerGeth.HTTPEndpoint()} {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			return err
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
		c.Close()
		if lost > 0 {
			errs = append(errs, fmt.Errorf("faults: %d of %d included transactions lost at %s", lost, len(inc), url))
		}
	}
	return errors.Join(errs...)
}
