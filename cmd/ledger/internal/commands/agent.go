package commands

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
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

// agentTx is a transaction to the agent registry carrying the amount of
// OPEN that value spells (see ParseAmount).
func agentTx(data []byte, value string) (Tx, error) {
	amount, err := ParseAmount(value)
	if err != nil {
		return Tx{}, err
	}
	return Tx{To: addresses.AgentRegistry, Data: data, Value: amount}, nil
}

func agentRegister(c *cli.Context) error {
	tx, err := agentTx(agents.PackRegister(c.String("metadata-uri"), u64Big(c.Uint64("model"))), c.String("stake"))
	if err != nil {
		return err
	}
	return send(c, tx, event(agents.UnpackAgentRegisteredEvent, func(ev *bindings.IAgentRegistryAgentRegistered) any {
		return struct {
			AgentID uint64 `json:"agentId"`
			ModelID uint64 `json:"modelId"`
			Stake   string `json:"stake"`
		}{ev.AgentId.Uint64(), ev.ModelId.Uint64(), ev.Stake.String()}
	}))
}

func agentStake(c *cli.Context) error {
	tx, err := agentTx(agents.PackAddStake(u64Big(c.Uint64("agent"))), c.String("amount"))
	if err != nil {
		return err
	}
	return send(c, tx, event(agents.UnpackStakeAddedEvent, func(ev *bindings.IAgentRegistryStakeAdded) any {
		return struct {
			AgentID uint64 `json:"agentId"`
			Added   string `json:"added"`
			Stake   string `json:"stake"`
		}{ev.AgentId.Uint64(), ev.Amount.String(), ev.Stake.String()}
	}))
}

func agentUnstake(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	return send(c, Tx{To: addresses.AgentRegistry, Data: agents.PackRequestUnstake(u64Big(c.Uint64("agent")), amount)},
		event(agents.UnpackUnstakeRequestedEvent, func(ev *bindings.IAgentRegistryUnstakeRequested) any {
			return struct {
				AgentID      uint64 `json:"agentId"`
				Amount       string `json:"amount"`
				Unbonding    string `json:"unbonding"`
				ReleaseBlock uint64 `json:"releaseBlock"`
			}{ev.AgentId.Uint64(), ev.Amount.String(), ev.Unbonding.String(), ev.ReleaseBlock}
		}))
}

// ErrStillUnbonding is returned when a withdrawal cannot be mined yet.
var ErrStillUnbonding = errors.New("still unbonding")

// agentWithdraw checks the agent first: the next block, not the head, must
// have reached the release block, so the transaction is sent with the
// precompile's exact gas instead of an estimate at the head.
func agentWithdraw(c *cli.Context) error {
	id := u64Big(c.Uint64("agent"))
	return sendWith(c, func(cl *Client) (Tx, error) {
		a, err := query(cl, c.Context, addresses.AgentRegistry, agents.PackGetAgent(id), "getAgent", agents.UnpackGetAgent)
		if err != nil {
			return Tx{}, err
		}
		head, err := cl.Head(c.Context)
		if err != nil {
			return Tx{}, err
		}
		next := head.Number.Uint64() + 1
		if a.Unbonding.Sign() > 0 && next < a.UnbondingReleaseBlock {
			return Tx{}, fmt.Errorf("%w: agent %d can withdraw %s from block %d; the head is block %d",
				ErrStillUnbonding, id, FormatOPEN(a.Unbonding), a.UnbondingReleaseBlock, next-1)
		}
		tx := Tx{To: addresses.AgentRegistry, Data: agents.PackWithdraw(id)}
		// Nothing unbonding, or not the owner: the estimate at the head reports
		// NothingToWithdraw or NotAgentOwner.
		if a.Unbonding.Sign() > 0 && a.Owner == cl.From() {
			tx.Gas, err = cl.EstimateGasIn(c.Context, tx.To, tx.Data, nil, NextBlock{Number: max(a.UnbondingReleaseBlock, next)})
		}
		return tx, err
	}, event(agents.UnpackStakeWithdrawnEvent, func(ev *bindings.IAgentRegistryStakeWithdrawn) any {
		return struct {
			AgentID uint64         `json:"agentId"`
			Amount  string         `json:"amount"`
			To      common.Address `json:"to"`
		}{ev.AgentId.Uint64(), ev.Amount.String(), ev.To}
	}))
}

func agentSlash(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	return send(c, Tx{To: addresses.AgentRegistry, Data: agents.PackSlash(u64Big(c.Uint64("agent")), amount, c.String("reason"))},
		event(agents.UnpackAgentSlashedEvent, func(ev *bindings.IAgentRegistryAgentSlashed) any {
			return struct {
				AgentID uint64 `json:"agentId"`
				Burned  string `json:"burned"`
			}{ev.AgentId.Uint64(), ev.Amount.String()}
		}))
}

func agentShow(c *cli.Context) error {
	id, err := idArg(c, "agent id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) {
		a, err := query(cl, c.Context, addresses.AgentRegistry, agents.PackGetAgent(id), "getAgent", agents.UnpackGetAgent)
		if err != nil {
			return nil, err
		}
		return agentView{
			ID: a.Id.Uint64(), Owner: a.Owner, MetadataURI: a.MetadataURI, ModelID: a.ModelId.Uint64(),
			Stake: a.Stake.String(), Unbonding: a.Unbonding.String(), UnbondingReleaseBlock: a.UnbondingReleaseBlock,
			Slashed: a.Slashed.String(), Active: a.Active, RegisteredAt: a.RegisteredAt,
		}, nil
	})
}
