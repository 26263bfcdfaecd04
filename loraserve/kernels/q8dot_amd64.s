// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// Q8_0 × quantized activations with AVX-512 VNNI: the arithmetic of
// q8dot.go, step for step.

#define HSUM512(zr, yr, xr, ys, xs, mem) \
	VEXTRACTF64X4 $1, zr, ys; \
	VADDPS ys, yr, yr; \
	VEXTRACTF128 $1, yr, xs; \
	VADDPS xs, xr, xr; \
	VHADDPS xr, xr, xr; \
	VHADDPS xr, xr, xr; \
	MOVSS xr, mem

// func quantizeActQ8AVX512(x *float32, qs *int8, abs *byte, dxv *float32, blocks int)
// Step 1 for every block: qs and abs get 32 bytes per block, dxv 8 floats per
// block (the pair layout: block b at 16·(b/2) + 8·(b mod 2)).
TEXT ·quantizeActQ8AVX512(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	MOVQ qs+8(FP), DI
	MOVQ abs+16(FP), R8
	MOVQ dxv+24(FP), R9
	MOVQ blocks+32(FP), CX
	MOVL $0x7fffffff, AX
	VPBROADCASTD AX, Z31
	MOVL $0x42fe0000, AX // 127.0
	VMOVD AX, X30
	MOVL $0x3f800000, AX // 1.0
	VMOVD AX, X29

qloop:
	TESTQ CX, CX
	JZ    qdone
	VMOVUPS (SI), Z0
	VMOVUPS 64(SI), Z1
	VPANDD Z31, Z0, Z2
	VPANDD Z31, Z1, Z3
	VMAXPS Z3, Z2, Z2
	VEXTRACTF64X4 $1, Z2, Y3
	VMAXPS Y3, Y2, Y2
	VEXTRACTF128 $1, Y2, X3
	VMAXPS X3, X2, X2
	VPERMILPS $0x4e, X2, X3
	VMAXPS X3, X2, X2
	VPERMILPS $0xb1, X2, X3
	VMAXPS X3, X2, X2      // amax in lane 0
	VDIVSS X30, X2, X4     // d = amax / 127
	VXORPS X5, X5, X5      // id = 0 when d == 0
	VMOVD X4, AX
	TESTL AX, AX
	JZ    qzero
	VDIVSS X4, X29, X5     // id = 1 / d

qzero:
	VBROADCASTSS X5, Z5
	VMULPS Z5, Z0, Z0
	VMULPS Z5, Z1, Z1
	VRNDSCALEPS $0, Z0, Z0
	VRNDSCALEPS $0, Z1, Z1
	VCVTPS2DQ Z0, Z0
	VCVTPS2DQ Z1, Z1
	VPMOVSDB Z0, X6
	VPMOVSDB Z1, X7
	VMOVDQU X6, (DI)
	VMOVDQU X7, 16(DI)
	VPABSB X6, X6
	VPABSB X7, X7
	VMOVDQU X6, (R8)
	VMOVDQU X7, 16(R8)
	VCVTPS2PH $0, X4, X8
	VCVTPH2PS X8, X8
	VBROADCASTSS X8, Y8
	VMOVUPS Y8, (R9)
	ADDQ $128, SI
	ADDQ $32, DI
	ADDQ $32, R8
	// dxv: block b at 16·(b/2) + 8·(b mod 2), i.e. advance 8 floats (32 bytes)
	// after each block.
	ADDQ $32, R9
	DECQ CX
	JMP  qloop

qdone:
	VZEROUPPER
	RET

// ROWQ multiplies one pair of Q8_0 blocks of row pointer rp (offset DX) into
// acc. Z8: |q| of the activations, K1: their signs, Z9: dx per lane, Z31: 0.
#define ROWQ(rp, acc) \
	VMOVDQU8 2(rp)(DX*1), Y10; \
	VINSERTI64X4 $1, 36(rp)(DX*1), Z10, Z10; \
	VPSUBB Z10, Z31, K1, Z10; \
	VPXORD Z11, Z11, Z11; \
	VPDPBUSD Z10, Z8, Z11; \
	VPBROADCASTW (rp)(DX*1), X12; \
	VPBROADCASTW 34(rp)(DX*1), X13; \
	VINSERTI128 $1, X13, Y12, Y12; \
	VCVTPH2PS Y12, Z12; \
	VMULPS Z9, Z12, Z12; \
	VCVTDQ2PS Z11, Z11; \
	VFMADD231PS Z12, Z11, acc

// ROWQ1 is ROWQ for a last, unpaired block: the upper lanes see zero
// activations and a zero dx.
#define ROWQ1(rp, acc) \
	VMOVDQU8 2(rp)(DX*1), Y10; \
	VPSUBB Z10, Z31, K1, Z10; \
	VPXORD Z11, Z11, Z11; \
	VPDPBUSD Z10, Z8, Z11; \
	VPBROADCASTW (rp)(DX*1), X12; \
	VINSERTI128 $1, X12, Y12, Y12; \
	VCVTPH2PS Y12, Z12; \
	VMULPS Z9, Z12, Z12; \
	VCVTDQ2PS Z11, Z11; \
	VFMADD231PS Z12, Z11, acc

// func gemv8Q8AVX512(abs, qs *byte, dxv *float32, w *byte, rb, blocks int, out *[8]float32)
// Eight Q8_0 rows (row r at w + r·rb) against one quantized activation row.
TEXT ·gemv8Q8AVX512(SB), NOSPLIT, $0-56
	MOVQ abs+0(FP), SI
	MOVQ qs+8(FP), DI
	MOVQ dxv+16(FP), R15
	MOVQ w+24(FP), R8
	MOVQ rb+32(FP), AX
	LEAQ (R8)(AX*1), R9
	LEAQ (R9)(AX*1), R10
	LEAQ (R10)(AX*1), R11
	LEAQ (R11)(AX*1), R12
	LEAQ (R12)(AX*1), R13
	LEAQ (R13)(AX*1), R14
	LEAQ (R14)(AX*1), BX
	MOVQ blocks+40(FP), CX
	XORQ DX, DX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3
	VXORPS Z4, Z4, Z4
	VXORPS Z5, Z5, Z5
	VXORPS Z6, Z6, Z6
	VXORPS Z7, Z7, Z7
	VPXORD Z31, Z31, Z31

pairloop:
	CMPQ CX, $2
	JL   single
	VMOVDQU8 (SI), Z8
	VMOVDQU8 (DI), Z9
	VPMOVB2M Z9, K1
	VMOVUPS (R15), Z9
	ROWQ(R8, Z0)
	ROWQ(R9, Z1)
	ROWQ(R10, Z2)
	ROWQ(R11, Z3)
	ROWQ(R12, Z4)
	ROWQ(R13, Z5)
	ROWQ(R14, Z6)
	ROWQ(BX, Z7)
	ADDQ $68, DX
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, R15
	SUBQ $2, CX
	JMP  pairloop

single:
	TESTQ CX, CX
	JZ    gdone
	VMOVDQU8 (SI), Y8
	VMOVDQU8 (DI), Y9
	VPMOVB2M Z9, K1
	VMOVUPS (R15), Y9
	ROWQ1(R8, Z0)
	ROWQ1(R9, Z1)
	ROWQ1(R10, Z2)
	ROWQ1(R11, Z3)
	ROWQ1(R12, Z4)
	ROWQ1(R13, Z5)
	ROWQ1(R14, Z6)
	ROWQ1(BX, Z7)

gdone:
	MOVQ out+48(FP), DI
	HSUM512(Z0, Y0, X0, Y14, X14, (DI))
	HSUM512(Z1, Y1, X1, Y14, X14, 4(DI))
	HSUM512(Z2, Y2, X2, Y14, X14, 8(DI))
	HSUM512(Z3, Y3, X3, Y14, X14, 12(DI))
	HSUM512(Z4, Y4, X4, Y14, X14, 16(DI))
	HSUM512(Z5, Y5, X5, Y14, X14, 20(DI))
	HSUM512(Z6, Y6, X6, Y14, X14, 24(DI))
	HSUM512(Z7, Y7, X7, Y14, X14, 28(DI))
	VZEROUPPER
	RET

// func gemvRowsQ8AVX512(abs, qs *byte, dxv *float32, w *byte, rb, blocks, rows int, out *float32)
// Rows one after the other (row r at w + r·rb), each with ROWQ/ROWQ1's
// arithmetic into one accumulator, reduced into out[r].
TEXT ·gemvRowsQ8AVX512(SB), NOSPLIT, $0-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPXORD Z31, Z31, Z31

rqrow:
	TESTQ BX, BX
	JZ    rqdone
	MOVQ abs+0(FP), SI
	MOVQ qs+8(FP), DI
	MOVQ dxv+16(FP), R15
	MOVQ blocks+40(FP), CX
	XORQ DX, DX
	VXORPS Z0, Z0, Z0

rqpair:
	CMPQ CX, $2
	JL   rqsingle
	VMOVDQU8 (SI), Z8
	VMOVDQU8 (DI), Z9
	VPMOVB2M Z9, K1
	VMOVUPS (R15), Z9
	ROWQ(R8, Z0)
	ADDQ $68, DX
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, R15
	SUBQ $2, CX
	JMP  rqpair

rqsingle:
	TESTQ CX, CX
	JZ    rqsum
	VMOVDQU8 (SI), Y8
	VMOVDQU8 (DI), Y9
	VPMOVB2M Z9, K1
	VMOVUPS (R15), Y9
	ROWQ1(R8, Z0)

rqsum:
	HSUM512(Z0, Y0, X0, Y14, X14, (R14))
	ADDQ $4, R14
	ADDQ rb+32(FP), R8
	DECQ BX
	JMP  rqrow

rqdone:
	VZEROUPPER
	RET

DATA q8ones<>+0(SB)/4, $0x01010101
GLOBL q8ones<>(SB), RODATA|NOPTR, $4
DATA q8bias<>+0(SB)/4, $0x80808080
GLOBL q8bias<>(SB), RODATA|NOPTR, $4

// WSIDE loads the weight side of one pair of row rp: qw into q, −128·Σqw
// per lane into c, dw per lane into d (Z28-Z31 scratch).
#define WSIDE(rp, q, c, d) \
	VMOVDQU8 2(rp), Y28; \
	VINSERTI64X4 $1, 36(rp), Z28, q; \
	VPBROADCASTD q8ones<>(SB), Z29; \
	VPXORD c, c, c; \
	VPDPBUSD q, Z29, c; \
	VPSLLD $7, c, c; \
	VPXORD Z29, Z29, Z29; \
	VPSUBD c, Z29, c; \
	VPBROADCASTW (rp), X30; \
	VPBROADCASTW 34(rp), X31; \
	VINSERTI32X4 $1, X31, Y30, Y30; \
	VCVTPH2PS Y30, d

// OUTQ adds one output's pair: lanes = −128·Σqw + (q+128)·qw (= Σ q·qw),
// times dw·dx, fused into acc. Z28: q+128, Z29: dx.
#define OUTQ(q, c, d, acc) \
	VMOVDQA32 c, Z30; \
	VPDPBUSD q, Z28, Z30; \
	VMULPS Z29, d, Z31; \
	VCVTDQ2PS Z30, Z30; \
	VFMADD231PS Z31, Z30, acc

// XROW runs one activation row (quantized values at qp, dx at dp, offset
// AX) against the four weight rows.
#define XROW(qp, dp, a0, a1, a2, a3) \
	VPBROADCASTD q8bias<>(SB), Z28; \
	VPXORD (qp)(AX*1), Z28, Z28; \
	VMOVUPS (dp)(AX*1), Z29; \
	OUTQ(Z16, Z20, Z24, a0); \
	OUTQ(Z17, Z21, Z25, a1); \
	OUTQ(Z18, Z22, Z26, a2); \
	OUTQ(Z19, Z23, Z27, a3)

// func tileQ8AVX512(qs *[4]*byte, dxv *[4]*float32, w *byte, rb, pairs int, acc *[16][16]float32, out *[16]float32)
// Four activation rows (quantized: qs, dxv) against four Q8_0 weight rows
// (row k at w + k·rb), full pairs only: out[4·t+k]. Per output this is
// ROWQ's arithmetic: the same int32 lanes of each pair (here as
// (q+128)·qw − 128·Σqw), times dw·dx, fused into one accumulator, HSUM512 at
// the end (through acc).
TEXT ·tileQ8AVX512(SB), NOSPLIT, $0-56
	MOVQ qs+0(FP), AX
	MOVQ 0(AX), SI
	MOVQ 8(AX), DI
	MOVQ 16(AX), R12
	MOVQ 24(AX), R13
	MOVQ dxv+8(FP), AX
	MOVQ 0(AX), R14
	MOVQ 8(AX), R15
	MOVQ 16(AX), BX
	MOVQ 24(AX), DX
	MOVQ w+16(FP), R8
	MOVQ rb+24(FP), AX
	LEAQ (R8)(AX*1), R9
	LEAQ (R9)(AX*1), R10
	LEAQ (R10)(AX*1), R11
	MOVQ pairs+32(FP), CX
	XORQ AX, AX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3
	VXORPS Z4, Z4, Z4
	VXORPS Z5, Z5, Z5
	VXORPS Z6, Z6, Z6
	VXORPS Z7, Z7, Z7
	VXORPS Z8, Z8, Z8
	VXORPS Z9, Z9, Z9
	VXORPS Z10, Z10, Z10
	VXORPS Z11, Z11, Z11
	VXORPS Z12, Z12, Z12
	VXORPS Z13, Z13, Z13
	VXORPS Z14, Z14, Z14
	VXORPS Z15, Z15, Z15

tpair:
	TESTQ CX, CX
	JZ    tdone
	WSIDE(R8, Z16, Z20, Z24)
	WSIDE(R9, Z17, Z21, Z25)
	WSIDE(R10, Z18, Z22, Z26)
	WSIDE(R11, Z19, Z23, Z27)
	XROW(SI, R14, Z0, Z1, Z2, Z3)
	XROW(DI, R15, Z4, Z5, Z6, Z7)
	XROW(R12, BX, Z8, Z9, Z10, Z11)
	XROW(R13, DX, Z12, Z13, Z14, Z15)
	ADDQ $68, R8
	ADDQ $68, R9
	ADDQ $68, R10
	ADDQ $68, R11
	ADDQ $64, AX
	DECQ CX
	JMP  tpair

tdone:
	MOVQ acc+40(FP), DI
	VMOVUPS Z0, 0(DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	VMOVUPS Z4, 256(DI)
	VMOVUPS Z5, 320(DI)
	VMOVUPS Z6, 384(DI)
	VMOVUPS Z7, 448(DI)
	VMOVUPS Z8, 512(DI)
	VMOVUPS Z9, 576(DI)
	VMOVUPS Z10, 640(DI)
	VMOVUPS Z11, 704(DI)
	VMOVUPS Z12, 768(DI)
	VMOVUPS Z13, 832(DI)
	VMOVUPS Z14, 896(DI)
	VMOVUPS Z15, 960(DI)
	MOVQ out+48(FP), R8
	MOVQ $16, CX

thsum:
	VMOVUPS (DI), Z0
	HSUM512(Z0, Y0, X0, Y14, X14, (R8))
	ADDQ $64, DI
	ADDQ $4, R8
	DECQ CX
	JNZ  thsum
	VZEROUPPER
	RET

// func q8PrepAVX512(w *byte, rb, rows, pairs int, side *byte)
// For each weight row and pair: −128·Σqw per lane (16 int32), then dw per
// lane (16 float32) — 128 bytes, rows one after another.
TEXT ·q8PrepAVX512(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), R8
	MOVQ rows+16(FP), BX
	MOVQ side+32(FP), DI
	VPBROADCASTD q8ones<>(SB), Z29
	VPXORD Z31, Z31, Z31

pprow:
	TESTQ BX, BX
	JZ    ppdone
	MOVQ R8, R9
	MOVQ pairs+24(FP), CX

pppair:
	TESTQ CX, CX
	JZ    ppnext
	VMOVDQU8 2(R9), Y28
	VINSERTI64X4 $1, 36(R9), Z28, Z28
	VPXORD Z20, Z20, Z20
	VPDPBUSD Z28, Z29, Z20
	VPSLLD $7, Z20, Z20
	VPSUBD Z20, Z31, Z20
	VPBROADCASTW (R9), X30
	VPBROADCASTW 34(R9), X27
	VINSERTI32X4 $1, X27, Y30, Y30
	VCVTPH2PS Y30, Z24
	VMOVDQU32 Z20, (DI)
	VMOVUPS Z24, 64(DI)
	ADDQ $68, R9
	ADDQ $128, DI
	DECQ CX
	JMP  pppair

ppnext:
	ADDQ rb+8(FP), R8
	DECQ BX
	JMP  pprow

ppdone:
	VZEROUPPER
	RET

// OUT6 adds one output's pair with the weight side from memory (side row
// pointer sp, offset DX: corrections at 0, dw at 64).
#define OUT6(q, sp, acc) \
	VMOVDQU32 (sp)(DX*1), Z30; \
	VPDPBUSD q, Z28, Z30; \
	VMULPS 64(sp)(DX*1), Z29, Z31; \
	VCVTDQ2PS Z30, Z30; \
	VFMADD231PS Z31, Z30, acc

// X6ROW runs activation row t (pointers in the qs/dxv arrays at R12/R13,
// slot off) against the four weight rows.
#define X6ROW(off, a0, a1, a2, a3) \
	MOVQ off(R12), SI; \
	MOVQ off(R13), DI; \
	VPBROADCASTD q8bias<>(SB), Z28; \
	VPXORD (SI)(AX*1), Z28, Z28; \
	VMOVUPS (DI)(AX*1), Z29; \
	OUT6(Z24, R8, a0); \
	OUT6(Z25, R9, a1); \
	OUT6(Z26, R10, a2); \
	OUT6(Z27, R11, a3)

// func tileQ8x6AVX512(qs *[6]*byte, dxv *[6]*float32, w *byte, rb int, side *byte, pairs int, acc *[24][16]float32, out *[24]float32)
// Six activation rows against four Q8_0 weight rows (row k at w + k·rb) whose
// weight side q8PrepAVX512 wrote at side (row k at side + k·pairs·128):
// out[4·t+k], with ROWQ's arithmetic per output.
TEXT ·tileQ8x6AVX512(SB), NOSPLIT, $0-64
	MOVQ qs+0(FP), R12
	MOVQ dxv+8(FP), R13
	MOVQ w+16(FP), R14
	MOVQ rb+24(FP), R15
	MOVQ side+32(FP), R8
	MOVQ pairs+40(FP), CX
	MOVQ CX, BX
	SHLQ $7, BX
	LEAQ (R8)(BX*1), R9
	LEAQ (R9)(BX*1), R10
	LEAQ (R10)(BX*1), R11
	XORQ AX, AX
	XORQ DX, DX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3
	VXORPS Z4, Z4, Z4
	VXORPS Z5, Z5, Z5
	VXORPS Z6, Z6, Z6
	VXORPS Z7, Z7, Z7
	VXORPS Z8, Z8, Z8
	VXORPS Z9, Z9, Z9
	VXORPS Z10, Z10, Z10
	VXORPS Z11, Z11, Z11
	VXORPS Z12, Z12, Z12
	VXORPS Z13, Z13, Z13
	VXORPS Z14, Z14, Z14
	VXORPS Z15, Z15, Z15
	VXORPS Z16, Z16, Z16
	VXORPS Z17, Z17, Z17
	VXORPS Z18, Z18, Z18
	VXORPS Z19, Z19, Z19
	VXORPS Z20, Z20, Z20
	VXORPS Z21, Z21, Z21
	VXORPS Z22, Z22, Z22
	VXORPS Z23, Z23, Z23

t6pair:
	TESTQ CX, CX
	JZ    t6done
	// qw of the four rows: Z24-Z27.
	MOVQ R14, SI
	VMOVDQU8 2(SI), Y24
	VINSERTI64X4 $1, 36(SI), Z24, Z24
	ADDQ R15, SI
	VMOVDQU8 2(SI), Y25
	VINSERTI64X4 $1, 36(SI), Z25, Z25
	ADDQ R15, SI
	VMOVDQU8 2(SI), Y26
	VINSERTI64X4 $1, 36(SI), Z26, Z26
	ADDQ R15, SI
	VMOVDQU8 2(SI), Y27
	VINSERTI64X4 $1, 36(SI), Z27, Z27
	X6ROW(0, Z0, Z1, Z2, Z3)
	X6ROW(8, Z4, Z5, Z6, Z7)
	X6ROW(16, Z8, Z9, Z10, Z11)
	X6ROW(24, Z12, Z13, Z14, Z15)
	X6ROW(32, Z16, Z17, Z18, Z19)
	X6ROW(40, Z20, Z21, Z22, Z23)
	ADDQ $68, R14
	ADDQ $64, AX
	ADDQ $128, DX
	DECQ CX
	JMP  t6pair

t6done:
	MOVQ acc+48(FP), DI
	VMOVUPS Z0, 0(DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	VMOVUPS Z4, 256(DI)
	VMOVUPS Z5, 320(DI)
	VMOVUPS Z6, 384(DI)
	VMOVUPS Z7, 448(DI)
	VMOVUPS Z8, 512(DI)
	VMOVUPS Z9, 576(DI)
	VMOVUPS Z10, 640(DI)
	VMOVUPS Z11, 704(DI)
	VMOVUPS Z12, 768(DI)
	VMOVUPS Z13, 832(DI)
	VMOVUPS Z14, 896(DI)
	VMOVUPS Z15, 960(DI)
	VMOVUPS Z16, 1024(DI)
	VMOVUPS Z17, 1088(DI)
	VMOVUPS Z18, 1152(DI)
	VMOVUPS Z19, 1216(DI)
	VMOVUPS Z20, 1280(DI)
	VMOVUPS Z21, 1344(DI)
	VMOVUPS Z22, 1408(DI)
	VMOVUPS Z23, 1472(DI)
	MOVQ out+56(FP), R8
	MOVQ $24, CX

t6hsum:
	VMOVUPS (DI), Z0
	HSUM512(Z0, Y0, X0, Y14, X14, (R8))
	ADDQ $64, DI
	ADDQ $4, R8
	DECQ CX
	JNZ  t6hsum
	VZEROUPPER
	RET
