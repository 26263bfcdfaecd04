package commands

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"
)

// Every command is one of two shapes, and this file holds what each shape
// shares, so that a command only parses its input, says what to read or to
// send, and what to print:
//
//   - a reader checks its arguments, then calls read with a function that
//     queries the connected node and returns what to print;
//   - a sender checks its arguments, then calls send with the transaction
//     (or sendWith, when building it needs the chain) and a report that
//     turns the logs of the called contract into the fields printed after
//     the transaction's own (TxResult).
//
// Arguments are checked before connecting, so a bad argument is reported
// without a node.

// read connects to --rpc, asks fn for what to print and prints it.
func read(c *cli.Context, fn func(cl *Client) (any, error)) error {
	cl, err := connect(c)
	if err != nil {
		return err
	}
	defer cl.Close()
	v, err := fn(cl)
	if err != nil {
		return err
	}
	return print(c, v)
}

// Tx is a transaction a command sends.
type Tx struct {
	// To is the contract called.
	To common.Address
	// Data is the calldata.
	Data []byte
	// Value is the OPEN sent along (nil: none).
	Value *big.Int
	// Gas is the gas limit (0: estimated at the head block).
	Gas uint64
}

// report turns the logs that the called contract emitted in a successful
// transaction into the fields a command prints after the TxResult.
type report func(logs []*types.Log) (any, error)

// errNoEvent is returned by an event report that finds no event it expects.
var errNoEvent = errors.New("no expected event")

// event is the report of a command that prints what an event of the called
// contract says: fields of the first log unpack decodes.
func event[E any](unpack func(*types.Log) (*E, error), fields func(*E) any) report {
	return func(logs []*types.Log) (any, error) {
		for _, l := range logs {
			if ev, err := unpack(l); err == nil {
				return fields(ev), nil
			}
		}
		return nil, errNoEvent
	}
}

// echo is the report of a command whose event would only repeat its input:
// it prints v.
func echo(v any) report {
	return func([]*types.Log) (any, error) { return v, nil }
}

// send connects as the signer, sends tx, waits for its receipt and prints
// the TxResult followed by the fields of rep.
func send(c *cli.Context, tx Tx, rep report) error {
	return sendWith(c, func(*Client) (Tx, error) { return tx, nil }, rep)
}

// sendWith is send for a transaction that build makes with the connected
// signer, e.g. after checking the chain's state or estimating its gas for a
// later block than the head.
func sendWith(c *cli.Context, build func(cl *Client) (Tx, error), rep report) error {
	cl, err := connectSigner(c)
	if err != nil {
		return err
	}
	defer cl.Close()
	tx, err := build(cl)
	if err != nil {
		return err
	}
	r, err := cl.Transact(c.Context, tx)
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
		return fmt.Errorf("transaction %s to %s: %w", r.TxHash.Hex(), tx.To.Hex(), err)
	}
	return print(c, txOutput{txResult(r), fields})
}

// txOutput prints a transaction's TxResult fields followed by a command's
// own fields, as one flat object.
type txOutput struct {
	tx     TxResult
	fields any
}

// MarshalJSON joins the two objects.
func (o txOutput) MarshalJSON() ([]byte, error) {
	head, err := json.Marshal(o.tx)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(o.fields)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(body, []byte("{")) || !bytes.HasSuffix(body, []byte("}")) {
		return nil, fmt.Errorf("output fields %T are not an object", o.fields)
	}
	if string(body) == "{}" {
		return head, nil
	}
	out := append(head[:len(head)-1:len(head)-1], ',')
	return append(out, body[1:]...), nil
}

// mapSlice returns f of each element of list, as a list that prints as []
// (not null) when empty.
func mapSlice[In, Out any](list []In, f func(In) Out) []Out {
	out := make([]Out, len(list))
	for i, v := range list {
		out[i] = f(v)
	}
	return out
}
