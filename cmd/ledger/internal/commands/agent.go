package commands

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
)

var agents = bindings.NewIAgentRegistry()

func agentFlag() cli.Flag { return &cli.Uint64Flag{Name: "agent", Required: true, Usage: "agent id"} }

func agentCommand() *cli.Command {
	return &cli.Command{
		Name:  "agent",
		Usage: "AI agents: register with stake, add stake, unstake, withdraw",
		Subcommands: []*cli.Command{
			{
				Name:  "register",
				Usage: "register an agent owned by the signer, staking --stake",
				Flags: []cli.Flag{
					&cli.StringFlag{Name: "metadata-uri", Required: true},
					&cli.Uint64Flag{Name: "model", Required: true, Usage: "id of the model the agent runs"},
					&cli.StringFlag{Name: "stake", Required: true, Usage: "stake (wei, or e.g. 1000OPEN)"},
				},
				Action: agentRegister,
			},
			{
				Name:   "stake",
				Usage:  "add stake to an agent",
				Flags:  []cli.Flag{agentFlag(), &cli.StringFlag{Name: "amount", Required: true}},
				Action: agentStake,
			},
			{
				Name:   "unstake",
				Usage:  "start unbonding part of an agent's stake",
				Flags:  []cli.Flag{agentFlag(), &cli.StringFlag{Name: "amount", Required: true}},
				Action: agentUnstake,
			},
			{
				Name:   "withdraw",
				Usage:  "withdraw unbonded stake once the unbonding delay has passed",
				Flags:  []cli.Flag{agentFlag()},
				Action: agentWithdraw,
			},
			{
				Name:  "slash",
				Usage: "burn part of an agent's stake (slashers only)",
				Flags: []cli.Flag{
					agentFlag(),
					&cli.StringFlag{Name: "amount", Required: true},
					&cli.StringFlag{Name: "reason"},
				},
				Action: agentSlash,
			},
			{Name: "show", Usage: "show an agent", ArgsUsage: "ID", Action: agentShow},
		},
	}
}

// agentView is IAgentRegistry.Agent as printed; amounts are decimal wei.
type agentView struct {
	ID                    uint64         `json:"id"`
	Owner                 common.Address `json:"owner"`
	MetadataURI           string         `json:"metadataURI"`
	ModelID               uint64         `json:"modelId"`
	Stake                 string         `json:"stake"`
	Unbonding             string         `json:"unbonding"`
	UnbondingReleaseBlock uint64         `json:"unbondingReleaseBlock"`
	Slashed               string         `json:"slashed"`
	Active                bool           `json:"active"`
	RegisteredAt          uint64         `json:"registeredAt"`
}

// sendAgent sends an agent registry transaction with value and returns its receipt.
func sendAgent(c *cli.Context, data []byte, value string) (*types.Receipt, error) {
	amount, err := ParseAmount(value)
	if err != nil {
		return nil, err
	}
	cl, err := connectSigner(c)
	if err != nil {
		return nil, err
	}
	defer cl.Close()
	return cl.Transact(c.Context, addresses.AgentRegistry, data, amount)
}

func agentRegister(c *cli.Context) error {
	r, err := sendAgent(c, agents.PackRegister(c.String("metadata-uri"), u64Big(c.Uint64("model"))), c.String("stake"))
	if err != nil {
		return err
	}
	ev, err := findLog(r, addresses.AgentRegistry, agents.UnpackAgentRegisteredEvent)
	if err != nil {
		return err
	}
	return print(c, struct {
		TxResult
		AgentID uint64 `json:"agentId"`
		ModelID uint64 `json:"modelId"`
		Stake   string `json:"stake"`
	}{txResult(r), ev.AgentId.Uint64(), ev.ModelId.Uint64(), ev.Stake.String()})
}

func agentStake(c *cli.Context) error {
	r, err := sendAgent(c, agents.PackAddStake(u64Big(c.Uint64("agent"))), c.String("amount"))
	if err != nil {
		return err
	}
	ev, err := findLog(r, addresses.AgentRegistry, agents.UnpackStakeAddedEvent)
	if err != nil {
		return err
	}
	return print(c, struct {
		TxResult
		AgentID uint64 `json:"agentId"`
		Added   string `json:"added"`
		Stake   string `json:"stake"`
	}{txResult(r), ev.AgentId.Uint64(), ev.Amount.String(), ev.Stake.String()})
}

func agentUnstake(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	r, err := sendAgent(c, agents.PackRequestUnstake(u64Big(c.Uint64("agent")), amount), "0")
	if err != nil {
		return err
	}
	ev, err := findLog(r, addresses.AgentRegistry, agents.UnpackUnstakeRequestedEvent)
	if err != nil {
		return err
	}
	return print(c, struct {
		TxResult
		AgentID      uint64 `json:"agentId"`
		Amount       string `json:"amount"`
		Unbonding    string `json:"unbonding"`
		ReleaseBlock uint64 `json:"releaseBlock"`
	}{txResult(r), ev.AgentId.Uint64(), ev.Amount.String(), ev.Unbonding.String(), ev.ReleaseBlock})
}

// ErrStillUnbonding is returned when a withdrawal cannot be mined yet.
var ErrStillUnbonding = errors.New("still unbonding")

// agentWithdraw checks the agent first: the next block, not the head, must
// have reached the release block, so the transaction is sent with the
// precompile's exact gas instead of an estimate at the head.
func agentWithdraw(c *cli.Context) error {
	cl, err := connectSigner(c)
	if err != nil {
		return err
	}
	defer cl.Close()
	id := u64Big(c.Uint64("agent"))
	a, err := query(cl, c.Context, addresses.AgentRegistry, agents.PackGetAgent(id), "getAgent", agents.UnpackGetAgent)
	if err != nil {
		return err
	}
	head, err := cl.Head(c.Context)
	if err != nil {
		return err
	}
	if a.Unbonding.Sign() > 0 && head+1 < a.UnbondingReleaseBlock {
		return fmt.Errorf("%w: agent %d can withdraw %s from block %d; the head is block %d",
			ErrStillUnbonding, id, FormatOPEN(a.Unbonding), a.UnbondingReleaseBlock, head)
	}
	data := agents.PackWithdraw(id)
	gas := uint64(0) // nothing unbonding: let the estimate report NothingToWithdraw or NotAgentOwner
	if a.Unbonding.Sign() > 0 && a.Owner == cl.From() {
		if gas, err = cl.EstimateGasIn(c.Context, addresses.AgentRegistry, data, nil, NextBlock{Number: max(a.UnbondingReleaseBlock, head+1)}); err != nil {
			return err
		}
	}
	r, err := cl.TransactWithGas(c.Context, addresses.AgentRegistry, data, nil, gas)
	if err != nil {
		return err
	}
	ev, err := findLog(r, addresses.AgentRegistry, agents.UnpackStakeWithdrawnEvent)
	if err != nil {
		return err
	}
	return print(c, struct {
		TxResult
		AgentID uint64         `json:"agentId"`
		Amount  string         `json:"amount"`
		To      common.Address `json:"to"`
	}{txResult(r), ev.AgentId.Uint64(), ev.Amount.String(), ev.To})
}

func agentSlash(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	r, err := sendAgent(c, agents.PackSlash(u64Big(c.Uint64("agent")), amount, c.String("reason")), "0")
	if err != nil {
		return err
	}
	ev, err := findLog(r, addresses.AgentRegistry, agents.UnpackAgentSlashedEvent)
	if err != nil {
		return err
	}
	return print(c, struct {
		TxResult
		AgentID uint64 `json:"agentId"`
		Burned  string `json:"burned"`
	}{txResult(r), ev.AgentId.Uint64(), ev.Amount.String()})
}

func agentShow(c *cli.Context) error {
	id, err := idArg(c, "agent id")
	if err != nil {
		return err
	}
	cl, err := connect(c)
	if err != nil {
		return err
	}
	defer cl.Close()
	a, err := query(cl, c.Context, addresses.AgentRegistry, agents.PackGetAgent(id), "getAgent", agents.UnpackGetAgent)
	if err != nil {
		return err
	}
	return print(c, agentView{
		ID: a.Id.Uint64(), Owner: a.Owner, MetadataURI: a.MetadataURI, ModelID: a.ModelId.Uint64(),
		Stake: a.Stake.String(), Unbonding: a.Unbonding.String(), UnbondingReleaseBlock: a.UnbondingReleaseBlock,
		Slashed: a.Slashed.String(), Active: a.Active, RegisteredAt: a.RegisteredAt,
	})
}
