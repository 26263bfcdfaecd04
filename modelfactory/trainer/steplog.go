// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package trainer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// StepLogFile is the step log's name in a run directory.
const StepLogFile = "steps.log"

// stepLogMagic starts every step log.
const stepLogMagic = "OLSTEPS\x01"

// ErrStepLog is returned for a malformed step log or one that does not match
// the schedule it claims.
var ErrStepLog = errors.New("trainer: bad step log")

// StepRecord says which examples one optimizer step trained on.
type StepRecord struct {
	Step int      `json:"step"`
	IDs  []uint64 `json:"ids"` // Example.ID of each example, in the order the step used them
}

// The step log is the training-time record of Proof of Attribution: which
// contributions every optimizer step used. It is compact and hashable: the
// magic "OLSTEPS\x01", then per step uvarint(step), uvarint(count) and count
// uvarint IDs. Its SHA-256 is committed with the adapter; anyone holding the
// examples' IDs, the seed and the batch size can check it (VerifyStepLog).

// appendStepRecord appends r's encoding to b.
func appendStepRecord(b []byte, r StepRecord) []byte {
	b = binary.AppendUvarint(b, uint64(r.Step))
	b = binary.AppendUvarint(b, uint64(len(r.IDs)))
	for _, id := range r.IDs {
		b = binary.AppendUvarint(b, id)
	}
	return b
}

// ParseStepLog decodes a step log. Steps must run 1, 2, 3, … without gaps.
func ParseStepLog(b []byte) ([]StepRecord, error) {
	if !bytes.HasPrefix(b, []byte(stepLogMagic)) {
		return nil, fmt.Errorf("%w: missing header", ErrStepLog)
	}
	r := bytes.NewReader(b[len(stepLogMagic):])
	var out []StepRecord
	for r.Len() > 0 {
		step, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, fmt.Errorf("%w: record %d: %v", ErrStepLog, len(out)+1, err)
		}
		if step != uint64(len(out)+1) {
			return nil, fmt.Errorf("%w: record %d is step %d", ErrStepLog, len(out)+1, step)
		}
		n, err := binary.ReadUvarint(r)
		if err != nil || n > uint64(r.Len()) {
			return nil, fmt.Errorf("%w: step %d: bad count", ErrStepLog, step)
		}
		rec := StepRecord{Step: int(step), IDs: make([]uint64, n)}
		for i := range rec.IDs {
			if rec.IDs[i], err = binary.ReadUvarint(r); err != nil {
				return nil, fmt.Errorf("%w: step %d: %v", ErrStepLog, step, err)
			}
		}
		out = append(out, rec)
	}
	return out, nil
}

// VerifyStepLog checks that a step log is exactly what a run with this seed
// and batch size over examples with these IDs (in the order given to the
// trainer) records.
func VerifyStepLog(b []byte, ids []uint64, seed uint64, batchSize int) error {
	recs, err := ParseStepLog(b)
	if err != nil {
		return err
	}
	if len(ids) == 0 || batchSize <= 0 {
		return fmt.Errorf("%w: no examples or batch size", ErrStepLog)
	}
	s := NewSchedule(seed, len(ids), batchSize)
	for _, rec := range recs {
		idx := s.Step(rec.Step)
		if len(idx) != len(rec.IDs) {
			return fmt.Errorf("%w: step %d has %d examples, the schedule %d", ErrStepLog, rec.Step, len(rec.IDs), len(idx))
		}
		for i, j := range idx {
			if rec.IDs[i] != ids[j] {
				return fmt.Errorf("%w: step %d example %d is %d, the schedule says %d", ErrStepLog, rec.Step, i, rec.IDs[i], ids[j])
			}
		}
	}
	return nil
}

// stepLog appends records to a run's step log file.
type stepLog struct {
	f    *os.File
	size int64
}

// openStepLog opens path for appending after its first size bytes (the
// length a checkpoint recorded; anything after is from steps the checkpoint
// does not cover), or creates it when size is 0.
func openStepLog(path string, size int64) (*stepLog, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("trainer: %w", err)
	}
	l := &stepLog{f: f, size: size}
	if size == 0 {
		if err := f.Truncate(0); err != nil {
			f.Close()
			return nil, fmt.Errorf("trainer: %w", err)
		}
		if _, err := f.WriteAt([]byte(stepLogMagic), 0); err != nil {
			f.Close()
			return nil, fmt.Errorf("trainer: %w", err)
		}
		l.size = int64(len(stepLogMagic))
		return l, nil
	}
	head := make([]byte, len(stepLogMagic))
	if _, err := io.ReadFull(io.NewSectionReader(f, 0, size), head); err != nil || string(head) != stepLogMagic {
		f.Close()
		return nil, fmt.Errorf("%w: %s is shorter than its checkpoint says or has no header", ErrStepLog, path)
	}
	if err := f.Truncate(size); err != nil {
		f.Close()
		return nil, fmt.Errorf("trainer: %w", err)
	}
	return l, nil
}

func (l *stepLog) append(r StepRecord) error {
	b := appendStepRecord(nil, r)
	if _, err := l.f.WriteAt(b, l.size); err != nil {
		return fmt.Errorf("trainer: step log: %w", err)
	}
	l.size += int64(len(b))
	return nil
}

func (l *stepLog) sync() error {
	if err := l.f.Sync(); err != nil {
		return fmt.Errorf("trainer: step log: %w", err)
	}
	return nil
}

func (l *stepLog) close() error { return l.f.Close() }
