package faults_test

import (
	"context"
	"crypto/ecdsa"
	"flag"
	"testing"
	"time"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/devnet/devnettest"
	"github.com/openledger/openledger/rollup/faults"
)

// The CI size keeps the EigenDA outage short; `make faults` runs the full
// size (-faults.outage=60s).
var (
	outage  = flag.Duration("faults.outage", 5*time.Second, "how long the EigenDA server stays down")
	reorg   = flag.Uint64("faults.reorg", 3, "L1 reorg depth in blocks")
	senders = flag.Int("faults.senders", 4, "load generator accounts")
)

// TestFaults runs the fault suite on a devnet: every fault of
// faults.DefaultFaults in turn under load, with the invariants checked all
// along (see package faults), and reports the load held and the recoveries.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the fault suite runs the rollup for minutes")
	}
	d := devnettest.Start(t, devnettest.Options{Accounts: *senders})
	var keys []*ecdsa.PrivateKey
	for i := 0; i < *senders; i++ {
		keys = append(keys, genesis.DevKey(i))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	rep, err := faults.Run(ctx, d, faults.Config{Senders: keys, DAOutage: *outage, ReorgDepth: *reorg, Logf: t.Logf})
	if rep != nil {
		t.Logf("load: %d sent, %d included, %d dropped by a fault and re-sent; %.2f tx/s over %s",
			rep.Sent, rep.Included, rep.Dropped, rep.TxPerSecond, rep.Duration.Round(time.Second))
		t.Logf("checked: supply invariant in %d sequencer blocks, %d verifier safe blocks against the sequencer; %d sequencer blocks replaced after a check",
			rep.SupplyBlocks, rep.SafeBlocks, rep.SequencerReorgs)
		for _, o := range rep.Outcomes {
			t.Logf("survived %-24s down %6.1fs, recovered in %6.1fs", o.Fault, o.Down.Seconds(), o.Recovery.Seconds())
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Outcomes) != len(faults.DefaultFaults) {
		t.Fatalf("survived %d of %d faults", len(rep.Outcomes), len(faults.DefaultFaults))
	}
	if rep.Included == 0 || rep.SupplyBlocks == 0 || rep.SafeBlocks == 0 {
		t.Fatalf("the suite checked nothing: %+v", rep)
	}
}
