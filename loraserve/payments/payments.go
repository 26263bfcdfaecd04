// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// ErrNoVoucher is returned for a request to a paid server without a voucher.
var ErrNoVoucher = errors.New("paid request without a voucher (body field \"voucher\" or header " + VoucherHeader + ")")

// ServerPayments is loraserve's server.Payments hook over a Gate: set
// server.Config.Payments to it (this package does not import the server, so
// the server's command may import it; a test asserts the interface). Every generation request must then carry a
// voucher for a model the gate prices; the response's "receipt" is the
// request's Summary.
type ServerPayments struct {
	Gate *Gate
}

// VoucherOf returns the voucher JSON of a request: the body's "voucher"
// field, else the X-Ledger-Voucher header.
func VoucherOf(r *http.Request, body []byte) ([]byte, error) {
	var fields struct {
		Voucher json.RawMessage `json:"voucher"`
	}
	if err := json.Unmarshal(body, &fields); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformedVoucher, err)
	}
	if len(fields.Voucher) > 0 && string(fields.Voucher) != "null" {
		return fields.Voucher, nil
	}
	if h := r.Header.Get(VoucherHeader); h != "" {
		return []byte(h), nil
	}
	return nil, ErrNoVoucher
}

// Admit implements server.Payments.
func (p ServerPayments) Admit(r *http.Request, body []byte, model string, promptTokens, maxTokens int) (any, error) {
	voucher, err := VoucherOf(r, body)
	if err != nil {
		return nil, err
	}
	return p.Gate.Admit(r.Context(), voucher, body, model, promptTokens, maxTokens)
}

// Complete implements server.Payments: it attributes the output and prices
// its receipt, returning the Summary; Commit queues it.
func (p ServerPayments) Complete(ticket any, promptTokens, completionTokens int, output string) (any, error) {
	paid, ok := ticket.(*Paid)
	if !ok {
		return nil, fmt.Errorf("payments: ticket is %T, not *Paid", ticket)
	}
	return paid.Price(promptTokens, completionTokens, output)
}

// Commit implements server.Payments: it queues the completed request's
// receipt durably.
func (p ServerPayments) Commit(ticket any) error {
	paid, ok := ticket.(*Paid)
	if !ok {
		return fmt.Errorf("payments: ticket is %T, not *Paid", ticket)
	}
	return paid.Commit()
}

// ModelID returns a paid adapter's registry id (server.PricedModels).
func (p ServerPayments) ModelID(adapter string) (uint64, bool) { return p.Gate.ModelID(adapter) }

// VoucherTerms returns the operator and model version a paid adapter's
// vouchers must name (server.PricedTerms).
func (p ServerPayments) VoucherTerms(adapter string) (string, uint64, bool) {
	op, version, ok := p.Gate.Terms(adapter)
	if !ok {
		return "", 0, false
	}
	return op.Hex(), version, true
}

// Abort implements server.Payments.
func (p ServerPayments) Abort(ticket any) {
	if paid, ok := ticket.(*Paid); ok {
		paid.Abort()
	}
}
