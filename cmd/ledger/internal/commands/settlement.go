package commands

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/attribution"
	"github.com/openledger/openledger/attribution/span"
	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/artifacts"
	"github.com/openledger/openledger/contracts/bindings"
	"github.com/openledger/openledger/core/settlement"
	"github.com/openledger/openledger/internal/flagenv"
	"github.com/openledger/openledger/ipfs/onchain"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/loraserve/tokenizer"
)

// The escrow, receipt and claim groups talk to the settlement precompile.

var settlements = bindings.NewISettlement()

// ErrReceiptMismatch is returned by `receipt verify` when a receipt does not
// match what its output, the attribution index or the chain say.
var ErrReceiptMismatch = errors.New("receipt does not verify")

// ErrNotSettled is returned for a receipt id the chain has not settled.
var ErrNotSettled = errors.New("receipt not settled")

// ErrWithdrawalLocked is returned when a pending withdrawal's release time
// has not passed.
var ErrWithdrawalLocked = errors.New("withdrawal still locked")

// settlementABI is the settlement precompile's interface (its events).
var settlementABI = artifacts.MustABI("ISettlement")

func escrowCommand() *cli.Command {
	return &cli.Command{
		Name:  "escrow",
		Usage: "OPEN escrowed for paid inference: deposit, withdraw, show",
		Subcommands: []*cli.Command{
			{
				Name:   "deposit",
				Usage:  "add --amount to the signer's escrow",
				Flags:  []cli.Flag{&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or e.g. 10OPEN"}},
				Action: escrowDeposit,
			},
			{
				Name: "withdraw",
				Usage: "with --amount: request a withdrawal (it waits the withdrawal delay, and settlement may " +
					"still charge the escrow meanwhile); without: complete the pending withdrawal",
				Flags:  []cli.Flag{&cli.StringFlag{Name: "amount", Usage: "amount to request (wei, or e.g. 10OPEN)"}},
				Action: escrowWithdraw,
			},
			{Name: "show", Usage: "show an account's escrow, pending withdrawal and claimable balance (default: the signer)", ArgsUsage: "[ADDRESS]", Action: escrowShow},
			{
				Name: "voucher",
				Usage: "sign an InferenceVoucher that lets one loraserve operator charge the signer's escrow for one request, " +
					"at the model's current rates, served from one model version (print the JSON for the request's \"voucher\" " +
					"field or the X-Ledger-Voucher header); with --typed-data, print the EIP-712 typed data a wallet signs instead",
				Flags: []cli.Flag{
					&cli.Uint64Flag{Name: "model", Required: true, Usage: "model (adapter) id in the registry"},
					&cli.StringFlag{Name: "operator", Required: true, Usage: "the serving operator's settler address (loraserve's GET /v1/models lists it): only it can settle the voucher"},
					&cli.Uint64Flag{Name: "model-version", Usage: "model version the operator serves (GET /v1/models lists it; default: the latest)"},
					&cli.StringFlag{Name: "max-fee", Required: true, Usage: "most the request may cost (wei, or e.g. 0.01OPEN)"},
					&cli.Uint64Flag{Name: "nonce", Usage: "voucher nonce (default: the current time in nanoseconds)"},
					&cli.DurationFlag{Name: "valid-for", Value: time.Hour, Usage: "deadline, counted from the head block's time"},
					&cli.StringFlag{Name: "request", Required: true, Usage: "file holding the JSON request body to pay for"},
					&cli.BoolFlag{Name: "typed-data", Usage: "print the voucher as EIP-712 typed data (eth_signTypedData_v4) instead of signing it; " +
						"the payer is --payer, or the signer when a key is given"},
					&cli.StringFlag{Name: "payer", Usage: "with --typed-data: the payer's address (default: the signer's)"},
				},
				Action: escrowVoucher,
			},
		},
	}
}

func claimCommand() *cli.Command {
	return &cli.Command{
		Name:   "claim",
		Usage:  "send the signer's claimable contributor earnings to it",
		Action: claim,
	}
}

func receiptCommand() *cli.Command {
	return &cli.Command{
		Name:  "receipt",
		Usage: "settled inference receipts: show, verify",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "show a settled receipt by id", ArgsUsage: "RECEIPT_ID", Action: receiptShow},
			{
				Name: "verify",
				Usage: "check a receipt (JSON as loraserve returned it) against its output text: recompute the " +
					"attribution weights and proof root from the index, the receipt id, and that the chain settled it",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "receipt", Required: true, Usage: "receipt JSON file"},
					&cli.StringFlag{Name: "index", Usage: "attribution index directory (or --datanet)", EnvVars: flagenv.Vars(EnvVarPrefix, "ATTRIBUTION_INDEX")},
					&cli.StringSliceFlag{Name: "datanet", Usage: "instead of --index: the index shards the chain records for Datanet ID@VERSION " +
						"(versions 1..VERSION, this tokenizer), fetched from IPFS and hash-checked (repeatable, in the order the index was built)"},
					&cli.StringFlag{Name: "tokenizer", Required: true, Usage: "tokenizer.json of the model (or the model directory)", EnvVars: flagenv.Vars(EnvVarPrefix, "ATTRIBUTION_TOKENIZER")},
					&cli.StringFlag{Name: "text", Usage: "the output text"},
					&cli.StringFlag{Name: "text-file", Usage: "file holding the output text"},
					&cli.IntFlag{Name: "min-length", Value: span.DefaultMinLength, Usage: "shortest span in tokens"},
					&cli.Uint64Flag{Name: "max-occurrences", Value: span.DefaultMaxOccurrences, Usage: "ignore spans occurring more often"},
				},
				Action: receiptVerify,
			},
		},
	}
}

// escrowView is an account's standing with the settlement precompile.
type escrowView struct {
	Account           common.Address `json:"account"`
	Escrow            string         `json:"escrow"`
	PendingWithdrawal string         `json:"pendingWithdrawal"`
	WithdrawableAt    uint64         `json:"withdrawableAt"`
	Claimable         string         `json:"claimable"`
}

func readEscrow(c *cli.Context, cl *Client, who common.Address) (escrowView, error) {
	v := escrowView{Account: who}
	e, err := query(cl, c.Context, addresses.Settlement, settlements.PackEscrowOf(who), "escrowOf", settlements.UnpackEscrowOf)
	if err != nil {
		return v, err
	}
	p, err := query(cl, c.Context, addresses.Settlement, settlements.PackPendingWithdrawal(who), "pendingWithdrawal", settlements.UnpackPendingWithdrawal)
	if err != nil {
		return v, err
	}
	cb, err := query(cl, c.Context, addresses.Settlement, settlements.PackClaimable(who), "claimable", settlements.UnpackClaimable)
	if err != nil {
		return v, err
	}
	v.Escrow, v.PendingWithdrawal, v.WithdrawableAt, v.Claimable = e.String(), p.Amount.String(), p.ReleaseTime, cb.String()
	return v, nil
}

func escrowDeposit(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	return send(c, Tx{To: addresses.Settlement, Data: settlements.PackDeposit(), Value: amount},
		event(settlements.UnpackDepositedEvent, func(ev *bindings.ISettlementDeposited) any {
			return struct {
				Deposited string `json:"deposited"`
				Escrow    string `json:"escrow"`
			}{ev.Amount.String(), ev.Escrow.String()}
		}))
}

func escrowWithdraw(c *cli.Context) error {
	if c.IsSet("amount") {
		amount, err := ParseAmount(c.String("amount"))
		if err != nil {
			return err
		}
		return send(c, Tx{To: addresses.Settlement, Data: settlements.PackRequestWithdraw(amount)},
			event(settlements.UnpackWithdrawRequestedEvent, func(ev *bindings.ISettlementWithdrawRequested) any {
				return struct {
					Requested      string `json:"requested"`
					WithdrawableAt uint64 `json:"withdrawableAt"`
				}{ev.Amount.String(), ev.ReleaseTime}
			}))
	}
	// The next block, not the head, must have reached the release time, so
	// check it here and estimate the gas as of that time.
	return sendWith(c, func(cl *Client) (Tx, error) {
		view, err := readEscrow(c, cl, cl.From())
		if err != nil {
			return Tx{}, err
		}
		tx := Tx{To: addresses.Settlement, Data: settlements.PackWithdraw()}
		if view.PendingWithdrawal == "0" {
			return tx, nil // nothing pending: the estimate reports NothingToWithdraw
		}
		head, err := cl.Head(c.Context)
		if err != nil {
			return Tx{}, err
		}
		if head.Time+1 < view.WithdrawableAt {
			return Tx{}, fmt.Errorf("%w: %s can be withdrawn at %s; the head block is at %s", ErrWithdrawalLocked,
				view.PendingWithdrawal, time.Unix(int64(view.WithdrawableAt), 0).UTC().Format(time.RFC3339),
				time.Unix(int64(head.Time), 0).UTC().Format(time.RFC3339))
		}
		tx.Gas, err = cl.EstimateGasIn(c.Context, tx.To, tx.Data, nil, NextBlock{Time: max(view.WithdrawableAt, head.Time+1)})
		return tx, err
	}, event(settlements.UnpackWithdrawnEvent, func(ev *bindings.ISettlementWithdrawn) any {
		return struct {
			Withdrawn string `json:"withdrawn"`
			Escrow    string `json:"escrow"`
		}{ev.Amount.String(), ev.Escrow.String()}
	}))
}

func escrowVoucher(c *cli.Context) error {
	maxFee, err := ParseAmount(c.String("max-fee"))
	if err != nil {
		return err
	}
	operator, err := ParseAddress("--operator", c.String("operator"))
	if err != nil {
		return err
	}
	body, err := os.ReadFile(c.String("request"))
	if err != nil {
		return fmt.Errorf("read request: %w", err)
	}
	requestHash, err := payments.RequestHash(body)
	if err != nil {
		return err
	}
	typed := c.Bool("typed-data")
	var cl *Client
	switch {
	case typed && c.String(flagKey) == "" && c.String(flagKeystore) == "":
		cl, err = connect(c)
	default:
		cl, err = connectSigner(c)
	}
	if err != nil {
		return err
	}
	defer cl.Close()
	payer := cl.From()
	if c.IsSet("payer") {
		if !typed {
			return errors.New("--payer is for --typed-data: a signed voucher's payer is the signer")
		}
		if payer, err = ParseAddress("--payer", c.String("payer")); err != nil {
			return err
		}
	}
	if payer == (common.Address{}) {
		return errors.New("--typed-data needs the payer: pass --payer, --key or --keystore")
	}
	modelID := uint256.NewInt(c.Uint64("model"))
	m, err := query(cl, c.Context, addresses.ModelRegistry, models.PackGetModel(modelID.ToBig()), "getModel", models.UnpackGetModel)
	if err != nil {
		return err
	}
	if m.Status != bindings.ModelStatusActive {
		return fmt.Errorf("model %s is deprecated: operators take no new vouchers for it", modelID)
	}
	version := c.Uint64("model-version")
	latest := m.VersionCount.Uint64()
	if version == 0 {
		version = latest
	}
	if version == 0 || version > latest {
		return fmt.Errorf("model %s has versions 1..%d, not %d", modelID, latest, version)
	}
	head, err := cl.Head(c.Context)
	if err != nil {
		return err
	}
	nonce := c.Uint64("nonce")
	if !c.IsSet("nonce") {
		nonce = uint64(time.Now().UnixNano())
	}
	fee, _ := uint256.FromBig(maxFee)
	rateIn, _ := uint256.FromBig(m.RateIn)
	rateOut, _ := uint256.FromBig(m.RateOut)
	v := &settlement.Voucher{Payer: payer, Operator: operator, ModelID: modelID, ModelVersion: version, RateIn: rateIn, RateOut: rateOut,
		MaxFee: fee, Nonce: uint256.NewInt(nonce), Deadline: head.Time + uint64(c.Duration("valid-for").Seconds()), RequestHash: requestHash}
	var out []byte
	if typed {
		out, err = settlement.MarshalTypedData(v.TypedData(cl.chainID, addresses.Settlement))
	} else {
		var sig []byte
		if sig, err = v.Sign(cl.key, settlement.DomainSeparator(cl.chainID, addresses.Settlement)); err != nil {
			return err
		}
		out, err = json.Marshal(payments.NewSignedVoucher(v, sig))
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(c.App.Writer, string(out))
	return err
}

func escrowShow(c *cli.Context) error {
	var who common.Address
	switch c.Args().Len() {
	case 0:
		key, err := loadKey(c)
		if errors.Is(err, ErrNoKey) {
			return fmt.Errorf("%w: give an ADDRESS or a signer key", ErrNoKey)
		}
		if err != nil {
			return err
		}
		who = crypto.PubkeyToAddress(key.PublicKey)
	case 1:
		var err error
		if who, err = ParseAddress("address", c.Args().First()); err != nil {
			return err
		}
	default:
		return fmt.Errorf("%w: escrow show takes at most one ADDRESS", ErrBadArgument)
	}
	return read(c, func(cl *Client) (any, error) { return readEscrow(c, cl, who) })
}

func claim(c *cli.Context) error {
	return send(c, Tx{To: addresses.Settlement, Data: settlements.PackClaim()},
		event(settlements.UnpackClaimedEvent, func(ev *bindings.ISettlementClaimed) any {
			return struct {
				Account common.Address `json:"account"`
				Claimed string         `json:"claimed"`
			}{ev.Account, ev.Amount.String()}
		}))
}

// settledView is a settled receipt as `receipt show` prints it.
type settledView struct {
	ReceiptID   common.Hash    `json:"receiptId"`
	VoucherHash common.Hash    `json:"voucherHash"`
	Payer       common.Address `json:"payer"`
	ModelID     uint64         `json:"modelId"`
	Fee         string         `json:"fee"`
	Burned      string         `json:"burned"`
	SettledAt   uint64         `json:"settledAt"`
	Tx          common.Hash    `json:"tx"`
}

// settledReceipt reads the stored record of id and its ReceiptSettled log.
func settledReceipt(c *cli.Context, cl *Client, id common.Hash) (*settledView, error) {
	rec, err := query(cl, c.Context, addresses.Settlement, settlements.PackGetReceipt(id), "getReceipt", settlements.UnpackGetReceipt)
	if err != nil {
		return nil, err
	}
	if rec.SettledAt == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNotSettled, common.Hash(id))
	}
	view := &settledView{ReceiptID: id, ModelID: rec.ModelId.Uint64(), Fee: rec.Fee.String(), SettledAt: rec.SettledAt}
	ctx, cancel := cl.ctx(c.Context)
	defer cancel()
	block := new(big.Int).SetUint64(rec.SettledAt)
	logs, err := cl.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: block, ToBlock: block, Addresses: []common.Address{addresses.Settlement},
		Topics: [][]common.Hash{{settlementABI.Events["ReceiptSettled"].ID}, {id}}})
	if err != nil {
		return nil, fmt.Errorf("ReceiptSettled log: %w", err)
	}
	for i := range logs {
		if ev, err := settlements.UnpackReceiptSettledEvent(&logs[i]); err == nil {
			view.VoucherHash, view.Payer, view.Burned, view.Tx = ev.VoucherHash, ev.Payer, ev.Burned.String(), logs[i].TxHash
		}
	}
	return view, nil
}

func receiptShow(c *cli.Context) error {
	if c.Args().Len() != 1 {
		return fmt.Errorf("%w: receipt show takes one RECEIPT_ID", ErrBadArgument)
	}
	id, err := ParseHash("receipt id", c.Args().First())
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) { return settledReceipt(c, cl, id) })
}

func receiptVerify(c *cli.Context) error {
	raw, err := os.ReadFile(c.String("receipt"))
	if err != nil {
		return fmt.Errorf("read receipt: %w", err)
	}
	var rj payments.ReceiptJSON
	if err := json.Unmarshal(raw, &rj); err != nil {
		return fmt.Errorf("decode receipt: %w", err)
	}
	r, err := rj.Receipt() // checks the id against the fields
	if err != nil {
		return fmt.Errorf("%w: %v", ErrReceiptMismatch, err)
	}
	text := c.String("text")
	if path := c.String("text-file"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read text: %w", err)
		}
		text = string(b)
	}
	tok, err := tokenizer.Load(c.String("tokenizer"))
	if err != nil {
		return err
	}
	cfg := span.Config{MinLength: c.Int("min-length"), MaxOccurrences: c.Uint64("max-occurrences")}
	var a *attribution.Attributor
	switch dir, specs := c.String("index"), c.StringSlice("datanet"); {
	case (dir == "") == (len(specs) == 0):
		return fmt.Errorf("%w: pass either --index or --datanet", ErrBadArgument)
	case dir != "":
		if a, err = attribution.Open(dir, attribution.FromIntEncoder(tok), cfg); err != nil {
			return err
		}
	default:
		if a, err = chainAttributor(c, tok, specs, cfg); err != nil {
			return err
		}
	}
	defer a.Close()
	att, _, err := a.AttributeText(text)
	if err != nil {
		return err
	}
	if got := crypto.Keccak256Hash([]byte(text)); got != r.OutputHash {
		return fmt.Errorf("%w: the text hashes to %s, the receipt's outputHash is %s", ErrReceiptMismatch, got, r.OutputHash)
	}
	if att.ProofRoot != r.ProofRoot {
		return fmt.Errorf("%w: recomputed proofRoot %s, receipt %s", ErrReceiptMismatch, att.ProofRoot, r.ProofRoot)
	}
	if !sameContributions(payments.Contributions(att.Weights), r.Contributions) {
		return fmt.Errorf("%w: recomputed weights differ from the receipt's", ErrReceiptMismatch)
	}
	cl, err := connect(c)
	if err != nil {
		return err
	}
	defer cl.Close()
	view, err := settledReceipt(c, cl, r.ID())
	if err != nil {
		return fmt.Errorf("%w: %v", ErrReceiptMismatch, err)
	}
	if view.ModelID != r.ModelID.Uint64() || view.Fee != r.Fee.Dec() || view.VoucherHash != r.VoucherHash {
		return fmt.Errorf("%w: the chain settled model %d fee %s voucher %s", ErrReceiptMismatch, view.ModelID, view.Fee, view.VoucherHash)
	}
	return print(c, struct {
		Verified      bool        `json:"verified"`
		ReceiptID     common.Hash `json:"receiptId"`
		ProofRoot     common.Hash `json:"proofRoot"`
		Contributions int         `json:"contributions"`
		SettledAt     uint64      `json:"settledAt"`
		Fee           string      `json:"fee"`
	}{true, r.ID(), r.ProofRoot, len(r.Contributions), view.SettledAt, view.Fee})
}

// chainAttributor opens the attribution index of Datanet versions specs
// (ID@VERSION each) from the shards the chain records for tok, fetched from
// IPFS and checked against their on-chain hashes.
func chainAttributor(c *cli.Context, tok *tokenizer.Tokenizer, specs []string, cfg span.Config) (*attribution.Attributor, error) {
	var versions []onchain.DatanetVersion
	for _, s := range specs {
		v, err := onchain.ParseDatanetVersion(s)
		if err != nil {
			return nil, fmt.Errorf("%w: --datanet: %v", ErrBadArgument, err)
		}
		versions = append(versions, v)
	}
	cl, err := connect(c)
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	r, err := resolver(c, cl)
	if err != nil {
		return nil, err
	}
	ix, err := r.OpenIndexUpTo(c.Context, tok.Hash(), versions)
	if err != nil {
		return nil, err
	}
	a, err := attribution.NewAttributor(ix, attribution.FromIntEncoder(tok), cfg)
	if err != nil {
		ix.Close()
		return nil, err
	}
	return a, nil
}

func sameContributions(a, b []settlement.Contribution) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].ID.Eq(b[i].ID) || !a[i].Weight.Eq(b[i].Weight) {
			return false
		}
	}
	return true
}
