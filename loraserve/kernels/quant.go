// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

package kernels

import (
	"encoding/binary"
	"math"
)

// decodeRow converts one stored row of dtype dt (not F32) into dst. It is the
// definition of every dtype's element values: the fast kernels reproduce its
// float32 arithmetic exactly.
func decodeRow(dt DType, raw []byte, dst []float32) {
	switch dt {
	case F16:
		for i := range dst {
			dst[i] = F16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
	case BF16:
		for i := range dst {
			dst[i] = BF16ToF32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
	case Q8_0:
		for b := 0; b < len(dst)/32; b++ {
			blk := raw[b*34 : (b+1)*34]
			d := F16ToF32(binary.LittleEndian.Uint16(blk))
			out := dst[b*32 : (b+1)*32]
			for i := range out {
				out[i] = d * float32(int8(blk[2+i]))
			}
		}
	case Q4_0:
		for b := 0; b < len(dst)/32; b++ {
			blk := raw[b*18 : (b+1)*18]
			d := F16ToF32(binary.LittleEndian.Uint16(blk))
			out := dst[b*32 : (b+1)*32]
			for i := range 16 {
				out[i] = d * float32(int(blk[2+i]&0xf)-8)
				out[i+16] = d * float32(int(blk[2+i]>>4)-8)
			}
		}
	case Q4_K:
		for b := 0; b < len(dst)/256; b++ {
			blk := raw[b*144 : (b+1)*144]
			d := F16ToF32(binary.LittleEndian.Uint16(blk))
			dmin := F16ToF32(binary.LittleEndian.Uint16(blk[2:]))
			sc, mn := q4kScales(blk[4:16])
			qs := blk[16:144]
			out := dst[b*256 : (b+1)*256]
			for g := range 4 {
				d1, m1 := d*float32(sc[2*g]), dmin*float32(mn[2*g])
				d2, m2 := d*float32(sc[2*g+1]), dmin*float32(mn[2*g+1])
				q := qs[32*g : 32*g+32]
				for l := range 32 {
					out[64*g+l] = float32(d1*float32(q[l]&0xf)) - m1
					out[64*g+32+l] = float32(d2*float32(q[l]>>4)) - m2
				}
			}
		}
	case Q6_K:
		for b := 0; b < len(dst)/256; b++ {
			blk := raw[b*210 : (b+1)*210]
			d := F16ToF32(binary.LittleEndian.Uint16(blk[208:]))
			out := dst[b*256 : (b+1)*256]
			for h := range 2 { // two halves of 128 elements
				ql, qh, sc := blk[64*h:64*h+64], blk[128+32*h:128+32*h+32], blk[192+8*h:192+8*h+8]
				y := out[128*h : 128*h+128]
				for l := range 32 {
					is := l / 16
					q1 := int(ql[l]&0xf|(qh[l]&3)<<4) - 32
					q2 := int(ql[l+32]&0xf|(qh[l]>>2&3)<<4) - 32
					q3 := int(ql[l]>>4|(qh[l]>>4&3)<<4) - 32
					q4 := int(ql[l+32]>>4|(qh[l]>>6&3)<<4) - 32
					y[l] = float32(d*float32(int8(sc[is]))) * float32(q1)
					y[l+32] = float32(d*float32(int8(sc[is+2]))) * float32(q2)
					y[l+64] = float32(d*float32(int8(sc[is+4]))) * float32(q3)
					y[l+96] = float32(d*float32(int8(sc[is+6]))) * float32(q4)
				}
			}
		}
	default:
		panic("kernels: decodeRow of " + dt.String())
	}
}

// q4kScales unpacks the 6-bit scales and mins of a Q4_K super-block's 8
// sub-blocks: bytes 0–3 hold scales 0–3 (low 6 bits) and the top 2 bits of
// scales 4–7, bytes 4–7 the same for mins, bytes 8–11 the low 4 bits of scale
// (low nibble) and min (high nibble) 4–7.
func q4kScales(s []byte) (sc, mn [8]uint8) {
	for j := range 4 {
		sc[j] = s[j] & 63
		mn[j] = s[j+4] & 63
		sc[j+4] = s[j+8]&0xf | (s[j]>>6)<<4
		mn[j+4] = s[j+8]>>4 | (s[j+4]>>6)<<4
	}
	return sc, mn
}

// encodeRow quantizes or narrows one row of float32 into dtype dt (not F32).
func encodeRow(dt DType, src []float32, raw []byte) {
	switch dt {
	case F16:
		for i, v := range src {
			binary.LittleEndian.PutUint16(raw[2*i:], F32ToF16(v))
		}
	case BF16:
		for i, v := range src {
			binary.LittleEndian.PutUint16(raw[2*i:], F32ToBF16(v))
		}
	case Q8_0:
		for b := 0; b < len(src)/32; b++ {
			quantizeQ8_0(src[b*32:(b+1)*32], raw[b*34:(b+1)*34])
		}
	case Q4_0:
		for b := 0; b < len(src)/32; b++ {
			quantizeQ4_0(src[b*32:(b+1)*32], raw[b*18:(b+1)*18])
		}
	case Q4_K:
		for b := 0; b < len(src)/256; b++ {
			quantizeQ4_K(src[b*256:(b+1)*256], raw[b*144:(b+1)*144])
		}
	case Q6_K:
		for b := 0; b < len(src)/256; b++ {
			quantizeQ6_K(src[b*256:(b+1)*256], raw[b*210:(b+1)*210])
		}
	default:
		panic("kernels: encodeRow of " + dt.String())
	}
}

// quantizeQ8_0 encodes 32 values as ggml does: d = max|x|/127, q = round(x/d)
// (half away from zero) with the unrounded d.
func quantizeQ8_0(x []float32, blk []byte) {
	var amax float32
	for _, v := range x {
		amax = max(amax, float32(math.Abs(float64(v))))
	}
	d := amax / 127
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(blk, F32ToF16(d))
	for i, v := range x {
		blk[2+i] = byte(int8(math.Round(float64(v * id))))
	}
}

// quantizeQ4_0 encodes 32 values as ggml does: d = m/−8 for the value m of
// largest magnitude, nibble = min(15, trunc(x/d + 8.5)).
func quantizeQ4_0(x []float32, blk []byte) {
	var amax, m float32
	for _, v := range x {
		if a := float32(math.Abs(float64(v))); a > amax {
			amax, m = a, v
		}
	}
	d := m / -8
	var id float32
	if d != 0 {
		id = 1 / d
	}
	binary.LittleEndian.PutUint16(blk, F32ToF16(d))
	q := func(v float32) byte {
		return byte(min(15, max(0, int(float64(v)*float64(id)+8.5))))
	}
	for i := range 16 {
		blk[2+i] = q(x[i]) | q(x[i+16])<<4
	}
}

// quantizeQ4_K encodes 256 values: each sub-block of 32 gets an affine 4-bit
// grid from its minimum (clamped to ≤ 0) to its maximum; the sub-block
// scales and mins are then quantized to 6 bits against the super-block's d
// and dmin, and the nibbles are chosen against the quantized grid.
func quantizeQ4_K(x []float32, blk []byte) {
	var scales, mins [8]float32
	for j := range 8 {
		lo, hi := float32(0), float32(0)
		for _, v := range x[32*j : 32*j+32] {
			lo, hi = min(lo, v), max(hi, v)
		}
		scales[j] = (hi - lo) / 15
		mins[j] = -lo
	}
	var maxScale, maxMin float32
	for j := range 8 {
		maxScale, maxMin = max(maxScale, scales[j]), max(maxMin, mins[j])
	}
	dh, mh := F32ToF16(maxScale/63), F32ToF16(maxMin/63)
	d, dmin := F16ToF32(dh), F16ToF32(mh)
	var sc, mn [8]uint8
	for j := range 8 {
		if d > 0 {
			sc[j] = uint8(min(63, math.Round(float64(scales[j]/d))))
		}
		if dmin > 0 {
			mn[j] = uint8(min(63, math.Round(float64(mins[j]/dmin))))
		}
	}
	binary.LittleEndian.PutUint16(blk, dh)
	binary.LittleEndian.PutUint16(blk[2:], mh)
	s := blk[4:16]
	clear(s)
	for j := range 4 {
		s[j] = sc[j] | (sc[j+4]>>4)<<6
		s[j+4] = mn[j] | (mn[j+4]>>4)<<6
		s[j+8] = sc[j+4]&0xf | (mn[j+4]&0xf)<<4
	}
	qs := blk[16:144]
	clear(qs)
	for j := range 8 {
		step, off := d*float32(sc[j]), dmin*float32(mn[j])
		for l, v := range x[32*j : 32*j+32] {
			var q int
			if step > 0 {
				q = int(math.Round(float64((v + off) / step)))
				q = min(15, max(0, q))
			}
			g, hiNibble := j/2, j%2 == 1
			if hiNibble {
				qs[32*g+l] |= byte(q) << 4
			} else {
				qs[32*g+l] |= byte(q)
			}
		}
	}
}

// quantizeQ6_K encodes 256 values: each group of 16 gets a scale from its
// largest magnitude (6-bit signed q in [−32, 31]), the group scales are
// quantized to int8 against the super-block's d, and the q are chosen
// against the quantized scales.
func quantizeQ6_K(x []float32, blk []byte) {
	var scales [16]float32
	var maxScale float32
	for g := range 16 {
		var amax float32
		for _, v := range x[16*g : 16*g+16] {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		scales[g] = amax / 31
		maxScale = max(maxScale, scales[g])
	}
	dh := F32ToF16(maxScale / 127)
	d := F16ToF32(dh)
	var q [256]int
	var sc [16]int8
	for g := range 16 {
		if d > 0 {
			sc[g] = int8(min(127, math.Round(float64(scales[g]/d))))
		}
		step := d * float32(sc[g])
		for l := range 16 {
			if step > 0 {
				q[16*g+l] = min(31, max(-32, int(math.Round(float64(x[16*g+l]/step)))))
			}
		}
	}
	clear(blk)
	for h := range 2 {
		ql, qh := blk[64*h:64*h+64], blk[128+32*h:128+32*h+32]
		y := q[128*h : 128*h+128]
		for l := range 32 {
			q1, q2, q3, q4 := y[l]+32, y[l+32]+32, y[l+64]+32, y[l+96]+32
			ql[l] = byte(q1&0xf | (q3&0xf)<<4)
			ql[l+32] = byte(q2&0xf | (q4&0xf)<<4)
			qh[l] = byte(q1>>4 | (q2>>4)<<2 | (q3>>4)<<4 | (q4>>4)<<6)
		}
	}
	for g := range 16 {
		blk[192+g] = byte(sc[g])
	}
	binary.LittleEndian.PutUint16(blk[208:], dh)
}
