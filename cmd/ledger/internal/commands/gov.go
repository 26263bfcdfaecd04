package commands

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/openledger/openledger/contracts/addresses"
	"github.com/openledger/openledger/contracts/bindings"
)

var govs = bindings.NewIGovernance()

// ErrBadChange is returned for a --change that does not parse.
var ErrBadChange = errors.New("bad --change")

func proposalFlag() cli.Flag {
	return &cli.Uint64Flag{Name: "proposal", Required: true, Usage: "proposal id"}
}

func govCommand() *cli.Command {
	kinds := strings.Join(bindings.GovernanceChangeKinds, ", ")
	return &cli.Command{
		Name:  "gov",
		Usage: "governance: lock OPEN, propose parameter changes, vote, queue, execute",
		Subcommands: []*cli.Command{
			{
				Name:  "propose",
				Usage: "open a proposal of one or more --change",
				Description: "Each --change is KIND=ARG. Kinds: " + kinds + ".\n" +
					"ARG is a number or amount (burnBps=3000, minAgentStake=500OPEN, withdrawDelay=7200), an address\n" +
					"(addSettler=0x…), ADDRESS:AMOUNT (treasurySpend=0x…:100OPEN), AGENT:AMOUNT (slashAgent=3:10OPEN)\n" +
					"or AGENT (suspendAgent=3).",
				Flags: []cli.Flag{
					&cli.StringSliceFlag{Name: "change", Required: true, Usage: "KIND=ARG (repeat for several)"},
					&cli.StringFlag{Name: "description", Usage: "what the proposal does"},
				},
				Action: govPropose,
			},
			{
				Name:  "vote",
				Usage: "vote on a proposal",
				Flags: []cli.Flag{proposalFlag(),
					&cli.StringFlag{Name: "support", Required: true, Usage: "for, against or abstain"}},
				Action: govVote,
			},
			{Name: "queue", Usage: "queue a proposal whose voting passed", Flags: []cli.Flag{proposalFlag()}, Action: govQueue},
			{Name: "execute", Usage: "execute a queued proposal once its timelock passed", Flags: []cli.Flag{proposalFlag()}, Action: govExecute},
			{Name: "cancel", Usage: "cancel your proposal before voting ends", Flags: []cli.Flag{proposalFlag()}, Action: govCancel},
			{Name: "show", Usage: "show a proposal and its changes", ArgsUsage: "ID", Action: govShow},
			{Name: "list", Usage: "list proposals, newest first", Flags: []cli.Flag{
				&cli.Uint64Flag{Name: "limit", Value: 20, Usage: "most proposals listed"}}, Action: govList},
			{Name: "lock", Usage: "lock OPEN for voting power", Flags: []cli.Flag{
				&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or e.g. 1000OPEN"}}, Action: govLock},
			{Name: "unlock", Usage: "start unlocking OPEN (it stops voting at once)", Flags: []cli.Flag{
				&cli.StringFlag{Name: "amount", Required: true, Usage: "wei, or e.g. 1000OPEN"}}, Action: govUnlock},
			{Name: "withdraw", Usage: "withdraw unlocked OPEN once the unlock delay passed", Action: govWithdraw},
			{Name: "status", Usage: "an account's locked OPEN, governance parameters and treasury", ArgsUsage: "[ADDRESS]", Action: govStatus},
		},
	}
}

// ParseChange parses one --change KIND=ARG into an IGovernance.Change.
func ParseChange(s string) (bindings.IGovernanceChange, error) {
	name, arg, ok := strings.Cut(s, "=")
	ch := bindings.IGovernanceChange{Id: new(big.Int), Value: new(big.Int)}
	if !ok || arg == "" {
		return ch, fmt.Errorf("%w %q: want KIND=ARG", ErrBadChange, s)
	}
	kind := -1
	for i, k := range bindings.GovernanceChangeKinds {
		if k == name {
			kind = i
		}
	}
	if kind < 0 {
		return ch, fmt.Errorf("%w %q: unknown kind %q (kinds: %s)", ErrBadChange, s, name, strings.Join(bindings.GovernanceChangeKinds, ", "))
	}
	ch.Kind = uint8(kind)
	address := func(a string) (common.Address, error) {
		if !common.IsHexAddress(a) {
			return common.Address{}, fmt.Errorf("%w %q: %q is not an address", ErrBadChange, s, a)
		}
		return common.HexToAddress(a), nil
	}
	agent := func(a string) (*big.Int, error) {
		v, ok := new(big.Int).SetString(a, 10)
		if !ok || v.Sign() <= 0 {
			return nil, fmt.Errorf("%w %q: %q is not an agent id", ErrBadChange, s, a)
		}
		return v, nil
	}
	var err error
	switch name {
	case "addSettler", "removeSettler", "addSlasher", "removeSlasher":
		ch.Account, err = address(arg)
	case "treasurySpend":
		a, amount, ok := strings.Cut(arg, ":")
		if !ok {
			return ch, fmt.Errorf("%w %q: want treasurySpend=ADDRESS:AMOUNT", ErrBadChange, s)
		}
		if ch.Account, err = address(a); err == nil {
			ch.Value, err = ParseAmount(amount)
		}
	case "slashAgent":
		a, amount, ok := strings.Cut(arg, ":")
		if !ok {
			return ch, fmt.Errorf("%w %q: want slashAgent=AGENT:AMOUNT", ErrBadChange, s)
		}
		if ch.Id, err = agent(a); err == nil {
			ch.Value, err = ParseAmount(amount)
		}
	case "suspendAgent", "unsuspendAgent":
		ch.Id, err = agent(arg)
	default:
		ch.Value, err = ParseAmount(arg)
	}
	return ch, err
}

// changeView is one change as printed.
type changeView struct {
	Kind    string          `json:"kind"`
	Account *common.Address `json:"account,omitempty"`
	Agent   string          `json:"agent,omitempty"`
	Value   string          `json:"value,omitempty"`
}

func viewChange(ch bindings.IGovernanceChange) changeView {
	v := changeView{Kind: fmt.Sprintf("kind(%d)", ch.Kind)}
	if int(ch.Kind) < len(bindings.GovernanceChangeKinds) {
		v.Kind = bindings.GovernanceChangeKinds[ch.Kind]
	}
	if ch.Account != (common.Address{}) {
		a := ch.Account
		v.Account = &a
	}
	if ch.Id != nil && ch.Id.Sign() != 0 {
		v.Agent = ch.Id.String()
	}
	if ch.Value != nil && ch.Value.Sign() != 0 {
		v.Value = ch.Value.String()
	}
	return v
}

func govPropose(c *cli.Context) error {
	var changes []bindings.IGovernanceChange
	for _, s := range c.StringSlice("change") {
		ch, err := ParseChange(s)
		if err != nil {
			return err
		}
		changes = append(changes, ch)
	}
	if len(changes) > bindings.GovernanceMaxChanges {
		return fmt.Errorf("%w: %d changes, at most %d", ErrBadChange, len(changes), bindings.GovernanceMaxChanges)
	}
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackPropose(changes, c.String("description"))},
		event(govs.UnpackProposalCreatedEvent, func(ev *bindings.IGovernanceProposalCreated) any {
			return struct {
				ProposalID uint64 `json:"proposalId"`
				Snapshot   uint64 `json:"snapshot"`
				VoteEnd    uint64 `json:"voteEnd"`
				Quorum     string `json:"quorum"`
			}{ev.ProposalId.Uint64(), ev.Snapshot, ev.VoteEnd, ev.Quorum.String()}
		}))
}

func govVote(c *cli.Context) error {
	support := map[string]uint8{"for": bindings.GovernanceFor, "against": bindings.GovernanceAgainst, "abstain": bindings.GovernanceAbstain}
	s, ok := support[c.String("support")]
	if !ok {
		return fmt.Errorf("--support %q: want for, against or abstain", c.String("support"))
	}
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackVote(u64Big(c.Uint64("proposal")), s)},
		event(govs.UnpackVoteCastEvent, func(ev *bindings.IGovernanceVoteCast) any {
			return struct {
				ProposalID uint64 `json:"proposalId"`
				Support    string `json:"support"`
				Weight     string `json:"weight"`
			}{ev.ProposalId.Uint64(), c.String("support"), ev.Weight.String()}
		}))
}

func govQueue(c *cli.Context) error {
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackQueue(u64Big(c.Uint64("proposal")))},
		event(govs.UnpackProposalQueuedEvent, func(ev *bindings.IGovernanceProposalQueued) any {
			return struct {
				ProposalID uint64 `json:"proposalId"`
				Eta        uint64 `json:"eta"`
			}{ev.ProposalId.Uint64(), ev.Eta}
		}))
}

func govCancel(c *cli.Context) error {
	id := c.Uint64("proposal")
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackCancel(u64Big(id))},
		echo(struct {
			ProposalID uint64 `json:"proposalId"`
			State      string `json:"state"`
		}{id, "canceled"}))
}

// proposalChanges finds a proposal's changes in its ProposalCreated log.
func proposalChanges(c *cli.Context, cl *Client, id *big.Int) ([]bindings.IGovernanceChange, string, error) {
	created, ok := revertABIs[addresses.Governance].Events["ProposalCreated"]
	if !ok {
		return nil, "", errors.New("IGovernance has no ProposalCreated event")
	}
	logs, err := cl.eth.FilterLogs(c.Context, ethereum.FilterQuery{
		FromBlock: new(big.Int), Addresses: []common.Address{addresses.Governance},
		Topics: [][]common.Hash{{created.ID}, {common.BigToHash(id)}},
	})
	if err != nil {
		return nil, "", fmt.Errorf("proposal %s: read ProposalCreated logs: %w", id, err)
	}
	for _, l := range logs {
		if pc, err := govs.UnpackProposalCreatedEvent(&l); err == nil {
			return pc.Changes, pc.Description, nil
		}
	}
	return nil, "", fmt.Errorf("proposal %s: no ProposalCreated log (is the node pruning logs?)", id)
}

func govExecute(c *cli.Context) error {
	id := u64Big(c.Uint64("proposal"))
	return sendWith(c, func(cl *Client) (Tx, error) {
		changes, _, err := proposalChanges(c, cl, id)
		if err != nil {
			return Tx{}, err
		}
		return nextBlockGas(c, cl, Tx{To: addresses.Governance, Data: govs.PackExecute(id, changes)})
	}, func(logs []*types.Log) (any, error) {
		var applied []changeView
		for _, l := range logs {
			if ev, err := govs.UnpackChangeAppliedEvent(l); err == nil {
				applied = append(applied, viewChange(bindings.IGovernanceChange{Kind: ev.Kind, Account: ev.Account, Id: ev.Id, Value: ev.Value}))
			}
		}
		return struct {
			ProposalID uint64       `json:"proposalId"`
			Applied    []changeView `json:"applied"`
		}{id.Uint64(), applied}, nil
	})
}

// proposalView is IGovernance.Proposal as printed; votes are decimal wei.
type proposalView struct {
	ID          uint64         `json:"id"`
	Proposer    common.Address `json:"proposer"`
	State       string         `json:"state"`
	Snapshot    uint64         `json:"snapshot"`
	VoteEnd     uint64         `json:"voteEnd"`
	Eta         uint64         `json:"eta,omitempty"`
	For         string         `json:"for"`
	Against     string         `json:"against"`
	Abstain     string         `json:"abstain"`
	Quorum      string         `json:"quorum"`
	Description string         `json:"description,omitempty"`
	Changes     []changeView   `json:"changes,omitempty"`
}

func readProposal(c *cli.Context, cl *Client, id *big.Int, withChanges bool) (proposalView, error) {
	p, err := query(cl, c.Context, addresses.Governance, govs.PackGetProposal(id), "getProposal", govs.UnpackGetProposal)
	if err != nil {
		return proposalView{}, err
	}
	state := fmt.Sprintf("state(%d)", p.State)
	if int(p.State) < len(bindings.GovernanceStates) {
		state = bindings.GovernanceStates[p.State]
	}
	v := proposalView{ID: p.Id.Uint64(), Proposer: p.Proposer, State: state, Snapshot: p.Snapshot, VoteEnd: p.VoteEnd, Eta: p.Eta,
		For: p.ForVotes.String(), Against: p.AgainstVotes.String(), Abstain: p.AbstainVotes.String(), Quorum: p.Quorum.String()}
	if withChanges {
		changes, desc, err := proposalChanges(c, cl, id)
		if err != nil {
			return proposalView{}, err
		}
		v.Description = desc
		for _, ch := range changes {
			v.Changes = append(v.Changes, viewChange(ch))
		}
	}
	return v, nil
}

func govShow(c *cli.Context) error {
	id, err := idArg(c, "proposal id")
	if err != nil {
		return err
	}
	return read(c, func(cl *Client) (any, error) { return readProposal(c, cl, id, true) })
}

func govList(c *cli.Context) error {
	return read(c, func(cl *Client) (any, error) {
		n, err := query(cl, c.Context, addresses.Governance, govs.PackProposalCount(), "proposalCount", govs.UnpackProposalCount)
		if err != nil {
			return nil, err
		}
		out := []proposalView{}
		for id := n.Uint64(); id >= 1 && uint64(len(out)) < c.Uint64("limit"); id-- {
			p, err := readProposal(c, cl, u64Big(id), false)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		return out, nil
	})
}

func govLock(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackLock(), Value: amount},
		event(govs.UnpackLockedEvent, func(ev *bindings.IGovernanceLocked) any {
			return struct {
				Amount string `json:"amount"`
				Locked string `json:"locked"`
			}{ev.Amount.String(), ev.Locked.String()}
		}))
}

func govUnlock(c *cli.Context) error {
	amount, err := ParseAmount(c.String("amount"))
	if err != nil {
		return err
	}
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackUnlock(amount)},
		event(govs.UnpackUnlockRequestedEvent, func(ev *bindings.IGovernanceUnlockRequested) any {
			return struct {
				Amount      string `json:"amount"`
				Locked      string `json:"locked"`
				ReleaseTime uint64 `json:"releaseTime"`
			}{ev.Amount.String(), ev.Locked.String(), ev.ReleaseTime}
		}))
}

func govWithdraw(c *cli.Context) error {
	return govSend(c, Tx{To: addresses.Governance, Data: govs.PackWithdraw()},
		event(govs.UnpackWithdrawnEvent, func(ev *bindings.IGovernanceWithdrawn) any {
			return struct {
				Amount string `json:"amount"`
			}{ev.Amount.String()}
		}))
}

func govStatus(c *cli.Context) error {
	return read(c, func(cl *Client) (any, error) {
		who := cl.From()
		if c.Args().Len() > 0 {
			if !common.IsHexAddress(c.Args().First()) {
				return nil, fmt.Errorf("%q is not an address", c.Args().First())
			}
			who = common.HexToAddress(c.Args().First())
		}
		l, err := query(cl, c.Context, addresses.Governance, govs.PackLockedOf(who), "lockedOf", govs.UnpackLockedOf)
		if err != nil {
			return nil, err
		}
		p, err := query(cl, c.Context, addresses.Governance, govs.PackParams(), "params", govs.UnpackParams)
		if err != nil {
			return nil, err
		}
		tr, err := query(cl, c.Context, addresses.Governance, govs.PackTreasury(), "treasury", govs.UnpackTreasury)
		if err != nil {
			return nil, err
		}
		return struct {
			Account           common.Address `json:"account"`
			Locked            string         `json:"locked"`
			Unlocking         string         `json:"unlocking"`
			ReleaseTime       uint64         `json:"releaseTime,omitempty"`
			VotingPeriod      uint64         `json:"votingPeriod"`
			TimelockDelay     uint64         `json:"timelockDelay"`
			UnlockDelay       uint64         `json:"unlockDelay"`
			QuorumBps         uint16         `json:"quorumBps"`
			ThresholdBps      uint16         `json:"thresholdBps"`
			ProposalThreshold string         `json:"proposalThreshold"`
			Treasury          string         `json:"treasury"`
		}{who, l.Locked.String(), l.Unlocking.String(), l.ReleaseTime, p.VotingPeriod, p.TimelockDelay, p.UnlockDelay,
			p.QuorumBps, p.ThresholdBps, p.ProposalThreshold.String(), tr.String()}, nil
	})
}

// govSend is send with the gas estimated as if in the next block: a queue,
// an execute or a withdrawal becomes valid at a block time, which the next
// block may reach when the head has not.
func govSend(c *cli.Context, tx Tx, rep report) error {
	return sendWith(c, func(cl *Client) (Tx, error) { return nextBlockGas(c, cl, tx) }, rep)
}

// nextBlockGas estimates tx's gas in a block one second after the head (the
// earliest the next block can be); a revert there is decoded.
func nextBlockGas(c *cli.Context, cl *Client, tx Tx) (Tx, error) {
	head, err := cl.Head(c.Context)
	if err != nil {
		return Tx{}, err
	}
	tx.Gas, err = cl.EstimateGasIn(c.Context, tx.To, tx.Data, tx.Value, NextBlock{Number: head.Number.Uint64() + 1, Time: head.Time + 1})
	return tx, err
}
