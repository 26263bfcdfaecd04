package devnet

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/chainspec"
	"github.com/openledger/openledger/rollup/proposer"
)

// ProposalInterval is how often the devnet's proposer posts an output root:
// a few L1 blocks, so a withdrawal becomes provable quickly.
const ProposalInterval = 6 * time.Second

// StartProposer starts op-proposer, posting the sequencer's safe output roots
// to the chain's OutputOracle (chains with withdrawals only).
func (d *Devnet) StartProposer(ctx context.Context) error {
	logger, err := d.logger(CompProposer)
	if err != nil {
		return err
	}
	key := genesis.DevKey(chainspec.ProposerKeyIndex)
	if got := crypto.PubkeyToAddress(key.PublicKey); got != d.Spec.Deploy.ProposerAddress {
		return fmt.Errorf("devnet: the chain's proposer is %s, but the devnet holds the key of %s", d.Spec.Deploy.ProposerAddress, got)
	}
	svc, err := proposer.New(ctx, proposer.Config{
		L1RPC:             d.L1.HTTPEndpoint(),
		RollupRPC:         d.SeqNode.HTTPEndpoint(),
		OutputOracle:      d.Spec.Deploy.OutputOracleAddress,
		Key:               key,
		ProposalInterval:  ProposalInterval,
		PollInterval:      d.cfg.L1PollInterval,
		AllowNonFinalized: true,
		Logger:            logger,
	})
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	d.setRunning(CompProposer, true, func() { d.Proposer = svc })
	return nil
}

// StopProposer stops op-proposer.
func (d *Devnet) StopProposer(ctx context.Context) error {
	if !d.isRunning(CompProposer) {
		return nil
	}
	d.setRunning(CompProposer, false)
	return d.Proposer.Stop(ctx)
}
