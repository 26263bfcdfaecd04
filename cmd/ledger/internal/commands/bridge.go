package commands

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/rollup/predeploys"
	"github.com/openledger/openledger/rollup/withdrawals"
)

// DevPortal is the devnet's OptimismPortal on L1 (chainspec.DevDepositPortalAddr).
var DevPortal = common.HexToAddress("0x4f50454e000000000000000000000000000000d1")

// DevOpenToken is the devnet's L1 OPEN token (chainspec.DevOpenTokenAddr).
var DevOpenToken = common.HexToAddress("0x4f50454e0000000000000000000000000000e20e")

const (
	flagL1RPC  = "l1-rpc"
	flagPortal = "portal"
)

var (
	// ErrNotReady is returned when a withdrawal cannot take the asked step yet.
	ErrNotReady = errors.New("withdrawal not ready")

	passerABI = bindings.NewL2ToL1MessagePasser()
	portalABI = bindings.NewOptimismPortal()
	openABI   = bindings.NewOpenToken()
)

func bridgeFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: flagL1RPC, Usage: "JSON-RPC endpoint of the L1 (make devnet's L1 serves 8645)", Value: "http://127.0.0.1:8645", EnvVars: flagenv.Vars(EnvVarPrefix, "L1_RPC")},
		&cli.StringFlag{Name: flagPortal, Usage: "the rollup's OptimismPortal on L1", Value: DevPortal.Hex(), EnvVars: flagenv.Vars(EnvVarPrefix, "PORTAL")},
	}
}

func bridgeCommand() *cli.Command {
	txArg := "L2_TX_HASH"
	return &cli.Command{
		Name: "bridge",
		Usage: "move OPEN between L2 and L1: withdraw on L2, prove and finalize on L1 (L1 OPEN is released from the " +
			"portal), deposit L1 OPEN back, and follow a withdrawal's status",
		Flags: bridgeFlags(),
		Subcommands: []*cli.Command{
			{
				Name:  "withdraw",
				Usage: "start a withdrawal on L2: send --amount OPEN to the L2ToL1MessagePasser for --to on L1",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "amount", Required: true, Usage: "OPEN to withdraw (wei, or e.g. 10OPEN)"},
					&cli.StringFlag{Name: "to", Usage: "L1 recipient (default: the signer)"},
					&cli.Uint64Flag{Name: "gas-limit", Value: 100_000, Usage: "least L1 gas the finalizing call to --to gets"},
					&cli.StringFlag{Name: "data", Usage: "hex calldata for --to on L1 (default: none)"},
				},
				Action: bridgeWithdraw,
			},
			{Name: "status", Usage: "where a withdrawal stands: proposed, proven (by the signer, or --submitter), finalizable, finalized", ArgsUsage: txArg,
				Flags: []cli.Flag{&cli.StringFlag{Name: "submitter", Usage: "account whose proof to report (default: the signer, else the withdrawal's target)"}}, Action: bridgeStatus},
			{Name: "prove", Usage: "prove a withdrawal on L1 against the first output root that covers it", ArgsUsage: txArg, Action: bridgeProve},
			{Name: "finalize", Usage: "finalize a proven withdrawal on L1 once the finalization period has passed", ArgsUsage: txArg, Action: bridgeFinalize},
			{
				Name:  "deposit",
				Usage: "bridge L1 OPEN into L2: approve the portal and deposit, minting --amount OPEN to --to on L2",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "amount", Required: true, Usage: "L1 OPEN to lock and mint on L2 (wei, or e.g. 10OPEN)"},
					&cli.StringFlag{Name: "to", Usage: "L2 recipient (default: the signer)"},
				},
				Action: bridgeDeposit,
			},
		},
	}
}

// bridge holds both layers' connections for one command.
type bridge struct {
	l2, l1 *Client
	portal *withdrawals.Portal
}

func (b *bridge) Close() {
	b.l2.Close()
	b.l1.Close()
}

// connectBridge dials --rpc (L2, chain-id checked) and --l1-rpc, and reads the portal.
func connectBridge(c *cli.Context, sign bool) (*bridge, error) {
	portalAddr, err := ParseAddress("--portal", c.String(flagPortal))
	if err != nil {
		return nil, err
	}
	connectL2 := connect
	if sign {
		connectL2 = connectSigner
	}
	l2, err := connectL2(c)
	if err != nil {
		return nil, err
	}
	l1, err := dialL1(c)
	if err != nil {
		l2.Close()
		return nil, err
	}
	l1.key = l2.key
	b := &bridge{l2: l2, l1: l1}
	ctx, cancel := l1.ctx(c.Context)
	defer cancel()
	if b.portal, err = withdrawals.NewPortal(ctx, l1.eth, portalAddr); err != nil {
		b.Close()
		return nil, err
	}
	return b, nil
}

func dialL1(c *cli.Context) (*Client, error) {
	endpoint, timeout := c.String(flagL1RPC), c.Duration(flagTimeout)
	ctx, cancel := context.WithTimeout(c.Context, timeout)
	defer cancel()
	rc, err := rpc.DialContext(ctx, endpoint)
	if err != nil {
		return nil, fmt.Errorf("%w %s: %v", ErrUnreachable, endpoint, err)
	}
	eth := ethclient.NewClient(rc)
	chainID, err := eth.ChainID(ctx)
	if err != nil {
		rc.Close()
		return nil, fmt.Errorf("%w %s: %v", ErrUnreachable, endpoint, err)
	}
	return &Client{eth: eth, chainID: chainID, timeout: timeout}, nil
}

// txArg is the one argument of status, prove and finalize: the L2
// transaction that started the withdrawal.
func txArg(c *cli.Context) (common.Hash, error) {
	if c.NArg() != 1 {
		return common.Hash{}, fmt.Errorf("%s takes one L2_TX_HASH, the L2 transaction that started the withdrawal", c.Command.Name)
	}
	h, err := ParseHash("transaction hash", c.Args().First())
	return common.Hash(h), err
}

// withdrawalOf reads the withdrawal the L2 transaction h started.
func (b *bridge) withdrawalOf(c *cli.Context, h common.Hash) (*withdrawals.Withdrawal, common.Hash, *types.Receipt, error) {
	ctx, cancel := b.l2.ctx(c.Context)
	defer cancel()
	r, err := b.l2.eth.TransactionReceipt(ctx, h)
	if err != nil {
		return nil, common.Hash{}, nil, fmt.Errorf("L2 receipt of %s: %w", h, err)
	}
	w, hash, err := withdrawals.FromReceipt(r)
	if err != nil {
		return nil, common.Hash{}, nil, fmt.Errorf("L2 transaction %s: %w", h, err)
	}
	return w, hash, r, nil
}

func bridgeWithdraw(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	var to common.Address
	if c.IsSet("to") {
		if to, err = ParseAddress("--to", c.String("to")); err != nil {
			return err
		}
	}
	var data []byte
	if c.IsSet("data") {
		if data, err = hexutil.Decode(c.String("data")); err != nil {
			return fmt.Errorf("--data: %w", err)
		}
	}
	gasLimit := new(big.Int).SetUint64(c.Uint64("gas-limit"))
	return sendWith(c, func(cl *Client) (Tx, error) {
		if to == (common.Address{}) {
			to = cl.From()
		}
		return Tx{To: predeploys.L2ToL1MessagePasserAddr, Data: passerABI.PackInitiateWithdrawal(to, gasLimit, data), Value: amount}, nil
	}, event(passerABI.UnpackMessagePassedEvent, func(ev *bindings.L2ToL1MessagePasserMessagePassed) any {
		return struct {
			WithdrawalHash common.Hash    `json:"withdrawalHash"`
			Nonce          string         `json:"nonce"`
			Target         common.Address `json:"target"`
			Value          string         `json:"value"`
			Next           string         `json:"next"`
		}{ev.WithdrawalHash, ev.Nonce.String(), ev.Target, FormatOPEN(ev.Value),
			"wait for an output root covering this block, then: ledger bridge prove <tx>"}
	}))
}

// withdrawalView is what status prints.
type withdrawalView struct {
	WithdrawalHash common.Hash             `json:"withdrawalHash"`
	L2Block        uint64                  `json:"l2Block"`
	Withdrawal     *withdrawals.Withdrawal `json:"withdrawal"`
	State          string                  `json:"state"`
	Output         *withdrawals.Output     `json:"output,omitempty"`
	Submitter      common.Address          `json:"submitter"`
	ProvenAt       uint64                  `json:"provenAt,omitempty"`
	FinalizableAt  string                  `json:"finalizableAt,omitempty"`
	Finalized      bool                    `json:"finalized"`
}

// Withdrawal states status reports.
const (
	stateWaitingOutput = "waiting for an output root"
	stateOutputInHead  = "output root proposed in the L1 head block, provable from the next"
	stateReadyToProve  = "ready to prove"
	stateProven        = "proven, in the finalization period"
	stateReadyFinalize = "ready to finalize"
	stateFinalized     = "finalized"
)

func (b *bridge) view(c *cli.Context, tx common.Hash, submitter common.Address) (*withdrawalView, error) {
	w, hash, r, err := b.withdrawalOf(c, tx)
	if err != nil {
		return nil, err
	}
	if submitter == (common.Address{}) {
		submitter = b.l1.From()
	}
	if submitter == (common.Address{}) {
		submitter = w.Target
	}
	v := &withdrawalView{WithdrawalHash: hash, L2Block: r.BlockNumber.Uint64(), Withdrawal: w, Submitter: submitter}
	ctx, cancel := b.l1.ctx(c.Context)
	defer cancel()
	st, err := b.portal.StatusOf(ctx, hash, submitter)
	if err != nil {
		return nil, err
	}
	v.Finalized, v.ProvenAt = st.Finalized, st.ProvenAt
	head, err := b.l1.Head(c.Context)
	if err != nil {
		return nil, err
	}
	switch {
	case st.Finalized:
		v.State = stateFinalized
	case st.ProvenAt != 0:
		v.FinalizableAt = time.Unix(int64(st.FinalizableAt), 0).UTC().Format(time.RFC3339)
		v.State = stateProven
		if head.Time+1 >= st.FinalizableAt {
			v.State = stateReadyFinalize
		}
	default:
		out, err := b.portal.OutputFor(ctx, v.L2Block)
		switch {
		case errors.Is(err, withdrawals.ErrNotProposed):
			v.State = stateWaitingOutput
		case err != nil:
			return nil, err
		case head.Time <= out.CreatedAt:
			// The portal wants the proof in a later block than the output.
			v.Output, v.State = out, stateOutputInHead
		default:
			v.Output, v.State = out, stateReadyToProve
		}
	}
	return v, nil
}

func bridgeStatus(c *cli.Context) error {
	tx, err := txArg(c)
	if err != nil {
		return err
	}
	var submitter common.Address
	if c.IsSet("submitter") {
		if submitter, err = ParseAddress("--submitter", c.String("submitter")); err != nil {
			return err
		}
	}
	hasKey := c.String(flagKey) != "" || c.String(flagKeystore) != ""
	b, err := connectBridge(c, hasKey)
	if err != nil {
		return err
	}
	defer b.Close()
	v, err := b.view(c, tx, submitter)
	if err != nil {
		return err
	}
	return print(c, v)
}

// sendL1 sends tx on L1 from the signer and prints it with rep's fields.
func (b *bridge) sendL1(c *cli.Context, tx Tx, rep report) error {
	r, err := b.l1.Transact(c.Context, tx)
	if err != nil {
		return err
	}
	var logs []*types.Log
	for _, l := range r.Logs {
		if l.Address == tx.To {
			logs = append(logs, l)
		}
	}
	fields, err := rep(logs)
	if err != nil {
		return fmt.Errorf("L1 transaction %s to %s: %w", r.TxHash.Hex(), tx.To.Hex(), err)
	}
	return print(c, txOutput{txResult(r), fields})
}

func bridgeProve(c *cli.Context) error {
	tx, err := txArg(c)
	if err != nil {
		return err
	}
	b, err := connectBridge(c, true)
	if err != nil {
		return err
	}
	defer b.Close()
	w, hash, r, err := b.withdrawalOf(c, tx)
	if err != nil {
		return err
	}
	ctx, cancel := b.l1.ctx(c.Context)
	defer cancel()
	out, err := b.portal.OutputFor(ctx, r.BlockNumber.Uint64())
	if errors.Is(err, withdrawals.ErrNotProposed) {
		return fmt.Errorf("%w: %w", ErrNotReady, err)
	}
	if err != nil {
		return err
	}
	proof, err := withdrawals.ProveAt(ctx, b.l2.eth.Client(), out.L2Block, &hash)
	if err != nil {
		return err
	}
	if proof.Output.Root() != out.Root {
		return fmt.Errorf("the L2 node's output root %s at block %d differs from the one proposed on L1 (%s): "+
			"is --rpc a node of this rollup, and synced?", proof.Output.Root(), out.L2Block, out.Root)
	}
	head, err := b.l1.Head(c.Context)
	if err != nil {
		return err
	}
	// The proof must land in a later block than the output: estimate as of the next block.
	prove := Tx{To: b.portal.Address, Data: withdrawals.ProveCalldata(w, out, proof)}
	if prove.Gas, err = b.l1.EstimateGasIn(c.Context, prove.To, prove.Data, nil, NextBlock{Time: max(head.Time, out.CreatedAt) + 1}); err != nil {
		return err
	}
	return b.sendL1(c, prove,
		event(portalABI.UnpackWithdrawalProvenEvent, func(ev *bindings.OptimismPortalWithdrawalProven) any {
			return struct {
				WithdrawalHash common.Hash `json:"withdrawalHash"`
				Output         uint64      `json:"output"`
				OutputL2Block  uint64      `json:"outputL2Block"`
				Next           string      `json:"next"`
			}{ev.WithdrawalHash, out.Index, out.L2Block,
				fmt.Sprintf("after the finalization period (%ds): ledger bridge finalize <tx>", b.portal.FinalizationPeriod)}
		}))
}

func bridgeFinalize(c *cli.Context) error {
	l2tx, err := txArg(c)
	if err != nil {
		return err
	}
	b, err := connectBridge(c, true)
	if err != nil {
		return err
	}
	defer b.Close()
	w, hash, _, err := b.withdrawalOf(c, l2tx)
	if err != nil {
		return err
	}
	ctx, cancel := b.l1.ctx(c.Context)
	defer cancel()
	st, err := b.portal.StatusOf(ctx, hash, b.l1.From())
	if err != nil {
		return err
	}
	tx := Tx{To: b.portal.Address, Data: withdrawals.FinalizeCalldata(w)}
	switch {
	case st.Finalized:
		// The estimate reports OptimismPortal_AlreadyFinalized.
	case st.ProvenAt == 0:
		return fmt.Errorf("%w: %s is not proven by %s: run ledger bridge prove first", ErrNotReady, hash, b.l1.From())
	default:
		head, err := b.l1.Head(c.Context)
		if err != nil {
			return err
		}
		if head.Time+1 < st.FinalizableAt {
			return fmt.Errorf("%w: %s can be finalized at %s; the L1 head is at %s", ErrNotReady, hash,
				time.Unix(int64(st.FinalizableAt), 0).UTC().Format(time.RFC3339), time.Unix(int64(head.Time), 0).UTC().Format(time.RFC3339))
		}
		// The next block, not the head, must be past the period.
		if tx.Gas, err = b.l1.EstimateGasIn(c.Context, tx.To, tx.Data, nil, NextBlock{Time: max(st.FinalizableAt, head.Time+1)}); err != nil {
			return err
		}
	}
	return b.sendL1(c, tx, event(portalABI.UnpackWithdrawalFinalizedEvent, func(ev *bindings.OptimismPortalWithdrawalFinalized) any {
		return struct {
			WithdrawalHash common.Hash    `json:"withdrawalHash"`
			Success        bool           `json:"success"`
			Released       string         `json:"released"`
			To             common.Address `json:"to"`
		}{ev.WithdrawalHash, ev.Success, FormatOPEN(w.Value), w.Target}
	}))
}

func bridgeDeposit(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	var to common.Address
	if c.IsSet("to") {
		if to, err = ParseAddress("--to", c.String("to")); err != nil {
			return err
		}
	}
	b, err := connectBridge(c, true)
	if err != nil {
		return err
	}
	defer b.Close()
	if to == (common.Address{}) {
		to = b.l1.From()
	}
	if _, err := b.l1.Transact(c.Context, Tx{To: b.portal.Token, Data: openABI.PackApprove(b.portal.Address, amount)}); err != nil {
		return fmt.Errorf("approve the portal: %w", err)
	}
	return b.sendL1(c, Tx{To: b.portal.Address, Data: portalABI.PackDepositERC20Transaction(to, amount, new(big.Int), 100_000, false, nil)},
		event(portalABI.UnpackTransactionDepositedEvent, func(ev *bindings.OptimismPortalTransactionDeposited) any {
			return struct {
				Minted string         `json:"minted"`
				To     common.Address `json:"to"`
			}{FormatOPEN(amount), ev.To}
		}))
}
