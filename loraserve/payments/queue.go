// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package payments

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/openledger/openledger/core/settlement"

	"github.com/openledger/openledger/internal/atomicfile"
)

// Queue directories under the queue's root.
const (
	pendingDir  = "pending"
	rejectedDir = "rejected"
	// quarantineDir holds receipts the chain refused to even estimate
	// alone (a settle call with them reverts): kept for the operator to
	// inspect, never sent again by the settler.
	quarantineDir = "quarantine"
)

var (
	// ErrDuplicate is returned by Put for a voucher already queued.
	ErrDuplicate = errors.New("voucher already queued")
	// ErrNotQueued is returned for a voucher hash the queue does not hold.
	ErrNotQueued = errors.New("voucher not queued")
)

// Item is one queued receipt with the voucher that pays it.
type Item struct {
	// Seq orders items by when they were queued.
	Seq     uint64         `json:"seq"`
	Receipt ReceiptJSON    `json:"receipt"`
	Voucher *SignedVoucher `json:"voucher"`
	// Reason is why settle rejected it (rejected/ only).
	Reason string `json:"reason,omitempty"`

	receipt *settlement.Receipt
	voucher *settlement.Voucher
}

// NewItem pairs a receipt with its voucher.
func NewItem(r *settlement.Receipt, sv *SignedVoucher) (*Item, error) {
	v, err := sv.Voucher()
	if err != nil {
		return nil, err
	}
	return &Item{Receipt: ToJSON(r), Voucher: sv, receipt: r, voucher: v}, nil
}

func (it *Item) decode() error {
	r, err := it.Receipt.Receipt()
	if err != nil {
		return err
	}
	if it.Voucher == nil {
		return fmt.Errorf("%w: missing", ErrMalformedVoucher)
	}
	v, err := it.Voucher.Voucher()
	if err != nil {
		return err
	}
	it.receipt, it.voucher = r, v
	return nil
}

// VoucherHash is the key of the item.
func (it *Item) VoucherHash() common.Hash { return it.Receipt.VoucherHash }

// Queue is a directory of receipts waiting for settlement; it survives
// restarts. It is safe for concurrent use.
type Queue struct {
	dir   string
	mu    sync.Mutex
	items map[common.Hash]*Item
	seq   uint64
}

// OpenQueue opens (creating) the queue in dir and loads what it holds. A
// leftover temporary file of an interrupted Put is removed: Put had not
// returned, so the response it guarded was never sent.
func OpenQueue(dir string) (*Queue, error) {
	for _, d := range []string{pendingDir, rejectedDir, quarantineDir} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return nil, fmt.Errorf("receipt queue: %w", err)
		}
	}
	q := &Queue{dir: dir, items: map[common.Hash]*Item{}}
	entries, err := os.ReadDir(filepath.Join(dir, pendingDir))
	if err != nil {
		return nil, fmt.Errorf("receipt queue: %w", err)
	}
	for _, e := range entries {
		path := filepath.Join(dir, pendingDir, e.Name())
		if atomicfile.IsTemp(e.Name()) {
			if err := os.Remove(path); err != nil {
				return nil, fmt.Errorf("receipt queue: %w", err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("receipt queue: %w", err)
		}
		var it Item
		if err := json.Unmarshal(data, &it); err != nil {
			return nil, fmt.Errorf("receipt queue: %s: %w", e.Name(), err)
		}
		if err := it.decode(); err != nil {
			return nil, fmt.Errorf("receipt queue: %s: %w", e.Name(), err)
		}
		q.items[it.VoucherHash()] = &it
		q.seq = max(q.seq, it.Seq)
	}
	return q, nil
}

func (q *Queue) path(sub string, vh common.Hash) string {
	return filepath.Join(q.dir, sub, vh.Hex()+".json")
}

// Put queues it durably; when it returns nil the receipt survives a crash.
func (q *Queue) Put(it *Item) error {
	if it.receipt == nil {
		if err := it.decode(); err != nil {
			return err
		}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	vh := it.VoucherHash()
	if _, ok := q.items[vh]; ok {
		return fmt.Errorf("%w: %s", ErrDuplicate, vh)
	}
	it.Seq = q.seq + 1
	data, err := json.MarshalIndent(it, "", " ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(q.path(pendingDir, vh), data, 0o644); err != nil {
		return fmt.Errorf("queue receipt %s: %w", vh, err)
	}
	q.seq = it.Seq
	q.items[vh] = it
	return nil
}

// Pending returns up to n queued items, oldest first.
func (q *Queue) Pending(n int) []*Item {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]*Item, 0, len(q.items))
	for _, it := range q.items {
		out = append(out, it)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Seq < out[b].Seq })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// Len is the number of queued items.
func (q *Queue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

// Done removes a settled item.
func (q *Queue) Done(vh common.Hash) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if _, ok := q.items[vh]; !ok {
		return fmt.Errorf("%w: %s", ErrNotQueued, vh)
	}
	if err := os.Remove(q.path(pendingDir, vh)); err != nil {
		return fmt.Errorf("dequeue %s: %w", vh, err)
	}
	if err := atomicfile.SyncDir(filepath.Join(q.dir, pendingDir)); err != nil {
		return err
	}
	delete(q.items, vh)
	return nil
}

// Reject moves an item to rejected/ with its reason.
func (q *Queue) Reject(vh common.Hash, reason string) error {
	return q.moveOut(rejectedDir, vh, reason)
}

// Quarantine moves an item to quarantine/ with its reason: a receipt whose
// settle call reverts on its own, which the settler must not send again.
func (q *Queue) Quarantine(vh common.Hash, reason string) error {
	return q.moveOut(quarantineDir, vh, reason)
}

// moveOut moves an item from pending/ to dir with its reason.
func (q *Queue) moveOut(dir string, vh common.Hash, reason string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	it, ok := q.items[vh]
	if !ok {
		return fmt.Errorf("%w: %s", ErrNotQueued, vh)
	}
	it.Reason = reason
	data, err := json.MarshalIndent(it, "", " ")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(q.path(dir, vh), data, 0o644); err != nil {
		return fmt.Errorf("move %s to %s: %w", vh, dir, err)
	}
	if err := os.Remove(q.path(pendingDir, vh)); err != nil {
		return fmt.Errorf("move %s to %s: %w", vh, dir, err)
	}
	delete(q.items, vh)
	return atomicfile.SyncDir(filepath.Join(q.dir, pendingDir))
}

// Rejected lists the items settlement rejected, with their reasons.
func (q *Queue) Rejected() ([]*Item, error) { return q.list(rejectedDir) }

// Quarantined lists the items the settler quarantined, with their reasons.
func (q *Queue) Quarantined() ([]*Item, error) { return q.list(quarantineDir) }

func (q *Queue) list(dir string) ([]*Item, error) {
	entries, err := os.ReadDir(filepath.Join(q.dir, dir))
	if err != nil {
		return nil, err
	}
	var out []*Item
	for _, e := range entries {
		if atomicfile.IsTemp(e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(q.dir, dir, e.Name()))
		if err != nil {
			return nil, err
		}
		var it Item
		if err := json.Unmarshal(data, &it); err != nil {
			return nil, err
		}
		out = append(out, &it)
	}
	return out, nil
}

// Reserved is the sum of the fees of payer's queued receipts, and whether
// payer's nonce is held by one of them.
func (q *Queue) Reserved(payer common.Address, nonce *uint256.Int) (*uint256.Int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	sum, held := new(uint256.Int), false
	for _, it := range q.items {
		if it.voucher.Payer != payer {
			continue
		}
		sum.Add(sum, it.receipt.Fee)
		if nonce != nil && it.voucher.Nonce.Eq(nonce) {
			held = true
		}
	}
	return sum, held
}
