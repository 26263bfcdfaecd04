package precompiles

import (
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Event is one event declared in a precompile's Solidity interface.
type Event struct {
	abiEvent abi.Event
}

// MustEvent looks up the named event in an interface ABI; it panics when the
// ABI lacks it (package initialisation only).
func MustEvent(parsed abi.ABI, name string) Event {
	e, ok := parsed.Events[name]
	if !ok {
		panic(fmt.Sprintf("precompiles: ABI declares no event %s", name))
	}
	return Event{abiEvent: e}
}

// ID returns the event's topic 0.
func (e Event) ID() common.Hash { return e.abiEvent.ID }

// Emit logs the event at the precompile's address. args are all of the event's
// inputs in declaration order, indexed and not.
func (e Event) Emit(c *Call, args ...any) error {
	topics, data, err := e.Pack(args...)
	if err != nil {
		return err
	}
	c.State.AddLog(&types.Log{
		Address:     c.Self,
		Topics:      topics,
		Data:        data,
		BlockNumber: c.BlockNumber(),
	})
	return nil
}

// Pack returns the topics and data of the event with the given arguments.
func (e Event) Pack(args ...any) ([]common.Hash, []byte, error) {
	inputs := e.abiEvent.Inputs
	if len(args) != len(inputs) {
		return nil, nil, fmt.Errorf("event %s takes %d arguments, got %d", e.abiEvent.Name, len(inputs), len(args))
	}
	topics := []common.Hash{e.abiEvent.ID}
	var indexed [][]any
	var plain []any
	for i, in := range inputs {
		if in.Indexed {
			indexed = append(indexed, []any{args[i]})
		} else {
			plain = append(plain, args[i])
		}
	}
	if len(indexed) > 0 {
		t, err := abi.MakeTopics(indexed...)
		if err != nil {
			return nil, nil, fmt.Errorf("event %s topics: %w", e.abiEvent.Name, err)
		}
		for _, alternatives := range t {
			topics = append(topics, alternatives[0])
		}
	}
	data, err := inputs.NonIndexed().Pack(plain...)
	if err != nil {
		return nil, nil, fmt.Errorf("event %s data: %w", e.abiEvent.Name, err)
	}
	return topics, data, nil
}
