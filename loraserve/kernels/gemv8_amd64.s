// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// Eight-row GEMV kernels for one input row (decoding): eight adjacent weight
// rows read in their stored type, one 16-lane accumulator per row, k in
// order, HSUM512 at the end — per output exactly dot4AVX512's arithmetic on
// the decoded rows. Eight interleaved rows keep more cache lines in flight
// than four, which is what a memory-bound GEMV needs.

#define HSUM512(zr, yr, xr, ys, xs, mem) \
	VEXTRACTF64X4 $1, zr, ys; \
	VADDPS ys, yr, yr; \
	VEXTRACTF128 $1, yr, xs; \
	VADDPS xs, xr, xr; \
	VHADDPS xr, xr, xr; \
	VHADDPS xr, xr, xr; \
	MOVSS xr, mem

// ROWS8 sets R8-R14 and BX to the eight row pointers w + r·rb.
#define ROWS8 \
	MOVQ w+8(FP), R8; \
	MOVQ rb+16(FP), R15; \
	LEAQ (R8)(R15*1), R9; \
	LEAQ (R9)(R15*1), R10; \
	LEAQ (R10)(R15*1), R11; \
	LEAQ (R11)(R15*1), R12; \
	LEAQ (R12)(R15*1), R13; \
	LEAQ (R13)(R15*1), R14; \
	LEAQ (R14)(R15*1), BX

#define ZERO8 \
	VXORPS Z0, Z0, Z0; \
	VXORPS Z1, Z1, Z1; \
	VXORPS Z2, Z2, Z2; \
	VXORPS Z3, Z3, Z3; \
	VXORPS Z4, Z4, Z4; \
	VXORPS Z5, Z5, Z5; \
	VXORPS Z6, Z6, Z6; \
	VXORPS Z7, Z7, Z7

#define STORE8 \
	MOVQ out+32(FP), DI; \
	HSUM512(Z0, Y0, X0, Y14, X14, (DI)); \
	HSUM512(Z1, Y1, X1, Y14, X14, 4(DI)); \
	HSUM512(Z2, Y2, X2, Y14, X14, 8(DI)); \
	HSUM512(Z3, Y3, X3, Y14, X14, 12(DI)); \
	HSUM512(Z4, Y4, X4, Y14, X14, 16(DI)); \
	HSUM512(Z5, Y5, X5, Y14, X14, 20(DI)); \
	HSUM512(Z6, Y6, X6, Y14, X14, 24(DI)); \
	HSUM512(Z7, Y7, X7, Y14, X14, 28(DI)); \
	VZEROUPPER

// func gemv8F32(x *float32, w *byte, rb, n int, out *[8]float32)
// n (elements) a multiple of 16.
TEXT ·gemv8F32(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS8
	MOVQ n+24(FP), CX
	XORQ AX, AX
	ZERO8

f32loop:
	CMPQ CX, $16
	JL   f32done
	VMOVUPS (SI)(AX*1), Z8
	VFMADD231PS (R8)(AX*1), Z8, Z0
	VFMADD231PS (R9)(AX*1), Z8, Z1
	VFMADD231PS (R10)(AX*1), Z8, Z2
	VFMADD231PS (R11)(AX*1), Z8, Z3
	VFMADD231PS (R12)(AX*1), Z8, Z4
	VFMADD231PS (R13)(AX*1), Z8, Z5
	VFMADD231PS (R14)(AX*1), Z8, Z6
	VFMADD231PS (BX)(AX*1), Z8, Z7
	ADDQ $64, AX
	SUBQ $16, CX
	JMP  f32loop

f32done:
	STORE8
	RET

// F16ROW8 converts 16 binary16 of each row at offset DX and multiplies them
// into the accumulators; cvt is VCVTPH2PS, or the bfloat16 widening.
#define HALF8(cvt) \
	VMOVUPS (SI), Z8; \
	cvt((R8)(DX*1), Z16); \
	cvt((R9)(DX*1), Z17); \
	cvt((R10)(DX*1), Z18); \
	cvt((R11)(DX*1), Z19); \
	cvt((R12)(DX*1), Z20); \
	cvt((R13)(DX*1), Z21); \
	cvt((R14)(DX*1), Z22); \
	cvt((BX)(DX*1), Z23); \
	VFMADD231PS Z16, Z8, Z0; \
	VFMADD231PS Z17, Z8, Z1; \
	VFMADD231PS Z18, Z8, Z2; \
	VFMADD231PS Z19, Z8, Z3; \
	VFMADD231PS Z20, Z8, Z4; \
	VFMADD231PS Z21, Z8, Z5; \
	VFMADD231PS Z22, Z8, Z6; \
	VFMADD231PS Z23, Z8, Z7

#define CVTF16(m, z) VCVTPH2PS m, z
#define CVTBF16(m, z) VPMOVZXWD m, z; VPSLLD $16, z, z

// func gemv8F16(x *float32, w *byte, rb, n int, out *[8]float32)
TEXT ·gemv8F16(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS8
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO8

h16loop:
	CMPQ CX, $16
	JL   h16done
	HALF8(CVTF16)
	ADDQ $64, SI
	ADDQ $32, DX
	SUBQ $16, CX
	JMP  h16loop

h16done:
	STORE8
	RET

// func gemv8BF16(x *float32, w *byte, rb, n int, out *[8]float32)
TEXT ·gemv8BF16(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS8
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO8

b16loop:
	CMPQ CX, $16
	JL   b16done
	HALF8(CVTBF16)
	ADDQ $64, SI
	ADDQ $32, DX
	SUBQ $16, CX
	JMP  b16loop

b16done:
	STORE8
	RET

// Q8R multiplies the Q8_0 block at rp into acc: the binary16 scale broadcast
// and widened (VPBROADCASTW, VCVTPH2PS), the int8 widened and converted,
// times the scale, then the two FMAs with the input halves Z8 and Z9.
#define Q8R(rp, acc) \
	VPBROADCASTW (rp), Y10; \
	VPMOVSXBD 2(rp), Z11; \
	VPMOVSXBD 18(rp), Z12; \
	VCVTPH2PS Y10, Z10; \
	VCVTDQ2PS Z11, Z11; \
	VCVTDQ2PS Z12, Z12; \
	VMULPS Z10, Z11, Z11; \
	VMULPS Z10, Z12, Z12; \
	VFMADD231PS Z11, Z8, acc; \
	VFMADD231PS Z12, Z9, acc

// func gemv8Q8_0(x *float32, w *byte, rb, n int, out *[8]float32)
// n is the number of 32-element blocks.
TEXT ·gemv8Q8_0(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS8
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO8

q8loop:
	TESTQ CX, CX
	JZ    q8done
	VMOVUPS (SI), Z8
	VMOVUPS 64(SI), Z9
	LEAQ (R8)(DX*1), AX
	Q8R(AX, Z0)
	LEAQ (R9)(DX*1), AX
	Q8R(AX, Z1)
	LEAQ (R10)(DX*1), AX
	Q8R(AX, Z2)
	LEAQ (R11)(DX*1), AX
	Q8R(AX, Z3)
	LEAQ (R12)(DX*1), AX
	Q8R(AX, Z4)
	LEAQ (R13)(DX*1), AX
	Q8R(AX, Z5)
	LEAQ (R14)(DX*1), AX
	Q8R(AX, Z6)
	LEAQ (BX)(DX*1), AX
	Q8R(AX, Z7)
	ADDQ $34, DX
	ADDQ $128, SI
	DECQ CX
	JMP  q8loop

q8done:
	STORE8
	RET

// Q4R is Q8R for a Q4_0 block: nibbles widened, low and high split, minus 8
// (Z15 holds 15, Z13 holds 8).
#define Q4R(rp, acc) \
	VPBROADCASTW (rp), Y10; \
	VPMOVZXBD 2(rp), Z11; \
	VCVTPH2PS Y10, Z10; \
	VPSRLD $4, Z11, Z12; \
	VPANDD Z15, Z11, Z11; \
	VPSUBD Z13, Z11, Z11; \
	VPSUBD Z13, Z12, Z12; \
	VCVTDQ2PS Z11, Z11; \
	VCVTDQ2PS Z12, Z12; \
	VMULPS Z10, Z11, Z11; \
	VMULPS Z10, Z12, Z12; \
	VFMADD231PS Z11, Z8, acc; \
	VFMADD231PS Z12, Z9, acc

// func gemv8Q4_0(x *float32, w *byte, rb, n int, out *[8]float32)
TEXT ·gemv8Q4_0(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS8
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO8
	MOVL $15, AX
	VPBROADCASTD AX, Z15
	MOVL $8, AX
	VPBROADCASTD AX, Z13

q4loop:
	TESTQ CX, CX
	JZ    q4done
	VMOVUPS (SI), Z8
	VMOVUPS 64(SI), Z9
	LEAQ (R8)(DX*1), AX
	Q4R(AX, Z0)
	LEAQ (R9)(DX*1), AX
	Q4R(AX, Z1)
	LEAQ (R10)(DX*1), AX
	Q4R(AX, Z2)
	LEAQ (R11)(DX*1), AX
	Q4R(AX, Z3)
	LEAQ (R12)(DX*1), AX
	Q4R(AX, Z4)
	LEAQ (R13)(DX*1), AX
	Q4R(AX, Z5)
	LEAQ (R14)(DX*1), AX
	Q4R(AX, Z6)
	LEAQ (BX)(DX*1), AX
	Q4R(AX, Z7)
	ADDQ $18, DX
	ADDQ $128, SI
	DECQ CX
	JMP  q4loop

q4done:
	STORE8
	RET

// ROWHALF is the body of gemvRowsF16/BF16 (registers loaded by the caller:
// R12 x, R8 w, R15 rb, R13 n, BX rows, DI out): for each row (row r at
// w + r·rb), one accumulator over the row in k order (unrolled by four
// 16-element chunks), reduced with HSUM512 into out[r]. Rows are read one
// after the other, so the matrix is one sequential stream.
#define ROWHALF(cvt) \
rowloop: \
	TESTQ BX, BX; \
	JZ    rowsdone; \
	MOVQ R12, SI; \
	MOVQ R8, R9; \
	MOVQ R13, CX; \
	VXORPS Z0, Z0, Z0; \
k64: \
	CMPQ CX, $64; \
	JL   k16; \
	cvt((R9), Z4); \
	cvt(32(R9), Z5); \
	cvt(64(R9), Z6); \
	cvt(96(R9), Z7); \
	VFMADD231PS (SI), Z4, Z0; \
	VFMADD231PS 64(SI), Z5, Z0; \
	VFMADD231PS 128(SI), Z6, Z0; \
	VFMADD231PS 192(SI), Z7, Z0; \
	ADDQ $256, SI; \
	ADDQ $128, R9; \
	SUBQ $64, CX; \
	JMP  k64; \
k16: \
	CMPQ CX, $16; \
	JL   rowsum; \
	cvt((R9), Z4); \
	VFMADD231PS (SI), Z4, Z0; \
	ADDQ $64, SI; \
	ADDQ $32, R9; \
	SUBQ $16, CX; \
	JMP  k16; \
rowsum: \
	HSUM512(Z0, Y0, X0, Y14, X14, (DI)); \
	ADDQ $4, DI; \
	ADDQ R15, R8; \
	DECQ BX; \
	JMP  rowloop; \
rowsdone: \
	VZEROUPPER

// func gemvRowsF16(x *float32, w *byte, rb, n, rows int, out *float32)
// n (elements per row) a multiple of 16.
TEXT ·gemvRowsF16(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), R12
	MOVQ w+8(FP), R8
	MOVQ rb+16(FP), R15
	MOVQ n+24(FP), R13
	MOVQ rows+32(FP), BX
	MOVQ out+40(FP), DI
	ROWHALF(CVTF16)
	RET

// func gemvRowsBF16(x *float32, w *byte, rb, n, rows int, out *float32)
TEXT ·gemvRowsBF16(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), R12
	MOVQ w+8(FP), R8
	MOVQ rb+16(FP), R15
	MOVQ n+24(FP), R13
	MOVQ rows+32(FP), BX
	MOVQ out+40(FP), DI
	ROWHALF(CVTBF16)
	RET
