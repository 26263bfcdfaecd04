// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// Q4_0, Q4_K and Q6_K × quantized activations with AVX-512 BW and VNNI: the
// arithmetic of q4dot.go, step for step.

// HSUMX reduces zr with HSUM512's additions into lane 0 of xr.
#define HSUMX(zr, yr, xr, ys, xs) \
	VEXTRACTF64X4 $1, zr, ys; \
	VADDPS ys, yr, yr; \
	VEXTRACTF128 $1, yr, xs; \
	VADDPS xs, xr, xr; \
	VHADDPS xr, xr, xr; \
	VHADDPS xr, xr, xr

DATA q4lowmask<>+0(SB)/4, $0x0f0f0f0f
GLOBL q4lowmask<>(SB), RODATA|NOPTR, $4
DATA q6himask<>+0(SB)/4, $0x33333333
GLOBL q6himask<>(SB), RODATA|NOPTR, $4

// Q40NIB unpacks the nibbles of a pair of Q4_0 blocks at bp into z (64
// unsigned bytes in element order). Z30: 0x0f bytes; y/x: z's halves, ys: scratch.
#define Q40NIB(bp, z, y, x, ys) \
	VMOVDQU 2(bp), x; \
	VINSERTI128 $1, 20(bp), y, y; \
	VPSRLW $4, y, ys; \
	VINSERTI64X4 $1, ys, z, z; \
	VSHUFI64X2 $0xd8, z, z, z; \
	VPANDD Z30, z, z

// Q40SCALE sets z to the dw of a pair of Q4_0 blocks at bp per lane.
#define Q40SCALE(bp, z, y, x, xs) \
	VPBROADCASTW (bp), x; \
	VPBROADCASTW 18(bp), xs; \
	VINSERTI128 $1, xs, y, y; \
	VCVTPH2PS y, z

// func gemvRowsQ4_0AVX512(qs *int8, corr *int32, dxv *float32, w *byte, rb, blocks, rows int, out *float32)
// Rows one after the other (row r at w + r·rb) against one activation row.
TEXT ·gemvRowsQ4_0AVX512(SB), NOSPLIT, $0-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4lowmask<>(SB), Z30

r40row:
	TESTQ BX, BX
	JZ    r40done
	MOVQ qs+0(FP), SI
	MOVQ corr+8(FP), DI
	MOVQ dxv+16(FP), R15
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Z0, Z0, Z0

r40pair:
	CMPQ CX, $2
	JL   r40single
	Q40NIB(DX, Z10, Y10, X10, Y11)
	VMOVDQU32 (DI), Z11
	VPDPBUSD (SI), Z10, Z11
	Q40SCALE(DX, Z12, Y12, X12, X13)
	VMULPS (R15), Z12, Z12
	VCVTDQ2PS Z11, Z11
	VFMADD231PS Z12, Z11, Z0
	ADDQ $36, DX
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, R15
	SUBQ $2, CX
	JMP  r40pair

r40single:
	TESTQ CX, CX
	JZ    r40sum
	// The last, unpaired block: lanes 8–15 see zeros.
	VMOVDQU 2(DX), X10
	VPSRLW $4, X10, X11
	VINSERTI128 $1, X11, Y10, Y10
	VPANDD Y30, Y10, Y10
	VMOVDQU32 (DI), Y11
	VPDPBUSD (SI), Y10, Y11
	VPBROADCASTW (DX), X12
	VCVTPH2PS X12, Y12
	VMULPS (R15), Y12, Y12
	VCVTDQ2PS Y11, Y11
	VFMADD231PS Z12, Z11, Z0

r40sum:
	HSUMX(Z0, Y0, X0, Y14, X14)
	VMOVSS X0, (R14)
	ADDQ  $4, R14
	ADDQ  rb+32(FP), R8
	DECQ  BX
	JMP   r40row

r40done:
	VZEROUPPER
	RET

// Q4KSCALES unpacks the 6-bit scales and mins of the Q4_K super-block at
// bp (ggml's utmp shuffle): scales 0–7 as bytes of R10, mins of R11.
#define Q4KSCALES(bp) \
	MOVL 4(bp), AX; \
	MOVL 8(bp), R10; \
	MOVL 12(bp), R11; \
	MOVL R11, R12; \
	SHRL $4, R12; \
	ANDL $0x0f0f0f0f, R12; \
	MOVL R10, R13; \
	SHRL $6, R13; \
	ANDL $0x03030303, R13; \
	SHLL $4, R13; \
	ORL  R13, R12; \
	MOVL R10, R13; \
	ANDL $0x3f3f3f3f, R13; \
	ANDL $0x0f0f0f0f, R11; \
	MOVL AX, R10; \
	SHRL $6, R10; \
	ANDL $0x03030303, R10; \
	SHLL $4, R10; \
	ORL  R11, R10; \
	ANDL $0x3f3f3f3f, AX; \
	SHLQ $32, R10; \
	ORQ  AX, R10; \
	SHLQ $32, R12; \
	MOVL R13, R11; \
	ORQ  R12, R11

// Q4KSC sets Y1 to d·scale of the 8 sub-blocks (scales in R10, block at bp).
#define Q4KSC(bp) \
	MOVQ R10, X1; \
	VPMOVZXBD X1, Y1; \
	VCVTDQ2PS Y1, Y1; \
	VPBROADCASTW (bp), X2; \
	VCVTPH2PS X2, Y2; \
	VMULPS Y2, Y1, Y1

// Q4KNIB unpacks group g's 32 bytes at off(bp) into z: sub-block 2g (low
// nibbles) then 2g+1 (high nibbles).
#define Q4KNIB(off, bp, z, y, ys) \
	VMOVDQU off(bp), y; \
	VPSRLW $4, y, ys; \
	VINSERTI64X4 $1, ys, z, z; \
	VPANDD Z30, z, z

// Q4KG adds group g of the super-block at DX (activations at SI) to Z0.
// Z1: d·scale·dx per sub-block.
#define Q4KG(g, idx) \
	Q4KNIB(16+32*g, DX, Z10, Y10, Y11); \
	VPXORD Z11, Z11, Z11; \
	VPDPBUSD 64*g(SI), Z10, Z11; \
	VPERMPS Z1, idx, Z12; \
	VCVTDQ2PS Z11, Z11; \
	VFMADD231PS Z12, Z11, Z0

// func gemvRowsQ4KAVX512(qs *int8, dx *float32, bsum *int16, w *byte, rb, blocks, rows int, out *float32)
// Rows one after the other against one Q8_K activation row (blocks: super-blocks).
TEXT ·gemvRowsQ4KAVX512(SB), NOSPLIT, $0-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4lowmask<>(SB), Z30
	VMOVDQU32 q4kidx<>+0(SB), Z20
	VMOVDQU32 q4kidx<>+64(SB), Z21
	VMOVDQU32 q4kidx<>+128(SB), Z22
	VMOVDQU32 q4kidx<>+192(SB), Z23

rkrow:
	TESTQ BX, BX
	JZ    rkdone
	MOVQ qs+0(FP), SI
	MOVQ dx+8(FP), DI
	MOVQ bsum+16(FP), R9
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Z0, Z0, Z0
	VXORPS X9, X9, X9

rkblock:
	TESTQ CX, CX
	JZ    rksum
	Q4KSCALES(DX)
	Q4KSC(DX)
	VBROADCASTSS (DI), Y3
	VMULPS Y3, Y1, Y1
	Q4KG(0, Z20)
	Q4KG(1, Z21)
	Q4KG(2, Z22)
	Q4KG(3, Z23)
	// Mins: lanes m₂ₖ·bsum₂ₖ + m₂ₖ₊₁·bsum₂ₖ₊₁, times dmin·dx, into X9.
	MOVQ R11, X4
	VPMOVZXBW X4, X4
	VPMADDWD (R9), X4, X4
	VCVTDQ2PS X4, X4
	VPBROADCASTW 2(DX), X5
	VCVTPH2PS X5, X5
	VMULPS X3, X5, X5
	VFMADD231PS X5, X4, X9
	ADDQ $144, DX
	ADDQ $256, SI
	ADDQ $4, DI
	ADDQ $16, R9
	DECQ CX
	JMP  rkblock

rksum:
	HSUMX(Z0, Y0, X0, Y14, X14)
	VHADDPS X9, X9, X9
	VHADDPS X9, X9, X9
	VSUBSS X9, X0, X0
	VMOVSS X0, (R14)
	ADDQ  $4, R14
	ADDQ  rb+32(FP), R8
	DECQ  BX
	JMP   rkrow

rkdone:
	VZEROUPPER
	RET

// Q6SC sets Z1 to d·scale of the 16 groups of the Q6_K super-block at bp.
#define Q6SC(bp) \
	VPMOVSXBD 192(bp), Z1; \
	VCVTDQ2PS Z1, Z1; \
	VPBROADCASTW 208(bp), Y2; \
	VCVTPH2PS Y2, Z2; \
	VMULPS Z2, Z1, Z1

// Q6Q unpacks half h of the Q6_K super-block at bp (ql at qloff, qh at
// qhoff): elements 0–63 into Z10, 64–127 into Z13 (q of 6 bits). Z30: 0x0f
// bytes, Z29: 0x33 bytes.
#define Q6Q(bp, qloff, qhoff) \
	VMOVDQU8 qloff(bp), Z10; \
	VMOVDQU qhoff(bp), Y11; \
	VPSRLW $2, Y11, Y12; \
	VINSERTI64X4 $1, Y12, Z11, Z11; \
	VPANDD Z29, Z11, Z11; \
	VPSLLW $4, Z11, Z12; \
	VPSRLW $4, Z10, Z13; \
	VPTERNLOGD $0xe4, Z30, Z12, Z10; \
	VPTERNLOGD $0xe4, Z30, Z11, Z13

// Q6P adds 64 elements (q in zq, activations at qoff(SI), corrections at
// coff(R9)) with scales permuted by idx to Z0.
#define Q6P(zq, qoff, coff, idx) \
	VMOVDQU32 coff(R9), Z14; \
	VPDPBUSD qoff(SI), zq, Z14; \
	VPERMPS Z1, idx, Z15; \
	VCVTDQ2PS Z14, Z14; \
	VFMADD231PS Z15, Z14, Z0

// func gemvRowsQ6KAVX512(qs *int8, dx *float32, corr *int32, w *byte, rb, blocks, rows int, out *float32)
// Rows one after the other against one Q8_K activation row (blocks: super-blocks).
TEXT ·gemvRowsQ6KAVX512(SB), NOSPLIT, $0-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4lowmask<>(SB), Z30
	VPBROADCASTD q6himask<>(SB), Z29
	VMOVDQU32 q6idx<>+0(SB), Z20
	VMOVDQU32 q6idx<>+64(SB), Z21
	VMOVDQU32 q6idx<>+128(SB), Z22
	VMOVDQU32 q6idx<>+192(SB), Z23

r6row:
	TESTQ BX, BX
	JZ    r6done
	MOVQ qs+0(FP), SI
	MOVQ dx+8(FP), DI
	MOVQ corr+16(FP), R9
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Z0, Z0, Z0

r6block:
	TESTQ CX, CX
	JZ    r6sum
	Q6SC(DX)
	VBROADCASTSS (DI), Z3
	VMULPS Z3, Z1, Z1
	Q6Q(DX, 0, 128)
	Q6P(Z10, 0, 0, Z20)
	Q6P(Z13, 64, 64, Z21)
	Q6Q(DX, 64, 160)
	Q6P(Z10, 128, 128, Z22)
	Q6P(Z13, 192, 192, Z23)
	ADDQ $210, DX
	ADDQ $256, SI
	ADDQ $4, DI
	ADDQ $256, R9
	DECQ CX
	JMP  r6block

r6sum:
	HSUMX(Z0, Y0, X0, Y14, X14)
	VMOVSS X0, (R14)
	ADDQ  $4, R14
	ADDQ  rb+32(FP), R8
	DECQ  BX
	JMP   r6row

r6done:
	VZEROUPPER
	RET

// The weight side of the tile kernels: per row and 64 elements, the 64
// unsigned small integers in element order, then the 16 lane scales s.

// func q4_0SideAVX512(w *byte, rb, rows, pairs int, side *byte)
TEXT ·q4_0SideAVX512(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), R8
	MOVQ rows+16(FP), BX
	MOVQ side+32(FP), DI
	VPBROADCASTD q4lowmask<>(SB), Z30

s40row:
	TESTQ BX, BX
	JZ    s40done
	MOVQ R8, DX
	MOVQ pairs+24(FP), CX

s40pair:
	TESTQ CX, CX
	JZ    s40next
	Q40NIB(DX, Z10, Y10, X10, Y11)
	Q40SCALE(DX, Z12, Y12, X12, X13)
	VMOVDQU8 Z10, (DI)
	VMOVUPS Z12, 64(DI)
	ADDQ $36, DX
	ADDQ $128, DI
	DECQ CX
	JMP  s40pair

s40next:
	ADDQ rb+8(FP), R8
	DECQ BX
	JMP  s40row

s40done:
	VZEROUPPER
	RET

// Q4KSIDE writes group g of the super-block at DX to the side at DI.
#define Q4KSIDE(g, idx) \
	Q4KNIB(16+32*g, DX, Z10, Y10, Y11); \
	VPERMPS Z1, idx, Z12; \
	VMOVDQU8 Z10, 128*g(DI); \
	VMOVUPS Z12, 128*g+64(DI)

// func q4KSideAVX512(w *byte, rb, rows, blocks int, side *byte, mins *byte)
// mins gets, per row and super-block, the 8 mins as int16 and dmin (32 bytes).
TEXT ·q4KSideAVX512(SB), NOSPLIT, $0-48
	MOVQ w+0(FP), R8
	MOVQ rows+16(FP), BX
	MOVQ side+32(FP), DI
	MOVQ mins+40(FP), R9
	VPBROADCASTD q4lowmask<>(SB), Z30
	VMOVDQU32 q4kidx<>+0(SB), Z20
	VMOVDQU32 q4kidx<>+64(SB), Z21
	VMOVDQU32 q4kidx<>+128(SB), Z22
	VMOVDQU32 q4kidx<>+192(SB), Z23

skrow:
	TESTQ BX, BX
	JZ    skdone
	MOVQ R8, DX
	MOVQ blocks+24(FP), CX

skblock:
	TESTQ CX, CX
	JZ    sknext
	Q4KSCALES(DX)
	Q4KSC(DX)
	Q4KSIDE(0, Z20)
	Q4KSIDE(1, Z21)
	Q4KSIDE(2, Z22)
	Q4KSIDE(3, Z23)
	MOVQ R11, X4
	VPMOVZXBW X4, X4
	VMOVDQU X4, (R9)
	VPBROADCASTW 2(DX), X5
	VCVTPH2PS X5, X5
	VMOVSS X5, 16(R9)
	ADDQ $144, DX
	ADDQ $512, DI
	ADDQ $32, R9
	DECQ CX
	JMP  skblock

sknext:
	ADDQ rb+8(FP), R8
	DECQ BX
	JMP  skrow

skdone:
	VZEROUPPER
	RET

// func q6KSideAVX512(w *byte, rb, rows, blocks int, side *byte)
TEXT ·q6KSideAVX512(SB), NOSPLIT, $0-40
	MOVQ w+0(FP), R8
	MOVQ rows+16(FP), BX
	MOVQ side+32(FP), DI
	VPBROADCASTD q4lowmask<>(SB), Z30
	VPBROADCASTD q6himask<>(SB), Z29
	VMOVDQU32 q6idx<>+0(SB), Z20
	VMOVDQU32 q6idx<>+64(SB), Z21
	VMOVDQU32 q6idx<>+128(SB), Z22
	VMOVDQU32 q6idx<>+192(SB), Z23

s6row:
	TESTQ BX, BX
	JZ    s6done
	MOVQ R8, DX
	MOVQ blocks+24(FP), CX

s6block:
	TESTQ CX, CX
	JZ    s6next
	Q6SC(DX)
	Q6Q(DX, 0, 128)
	VPERMPS Z1, Z20, Z14
	VPERMPS Z1, Z21, Z15
	VMOVDQU8 Z10, 0(DI)
	VMOVUPS Z14, 64(DI)
	VMOVDQU8 Z13, 128(DI)
	VMOVUPS Z15, 192(DI)
	Q6Q(DX, 64, 160)
	VPERMPS Z1, Z22, Z14
	VPERMPS Z1, Z23, Z15
	VMOVDQU8 Z10, 256(DI)
	VMOVUPS Z14, 320(DI)
	VMOVDQU8 Z13, 384(DI)
	VMOVUPS Z15, 448(DI)
	ADDQ $210, DX
	ADDQ $512, DI
	DECQ CX
	JMP  s6block

s6next:
	ADDQ rb+8(FP), R8
	DECQ BX
	JMP  s6row

s6done:
	VZEROUPPER
	RET

// TOUT adds one output's 64 elements: lanes = corr + q·qx, times s·dx, fused
// into acc. Z28: qx, Z29: dx, BX: the activation's corrections (offset AX).
#define TOUT(q, sp, acc) \
	VMOVDQU32 (BX)(AX*1), Z30; \
	VPDPBUSD Z28, q, Z30; \
	VMULPS 64(sp)(DX*1), Z29, Z31; \
	VCVTDQ2PS Z30, Z30; \
	VFMADD231PS Z31, Z30, acc

// TROW runs activation row t (pointer slot off of the arrays at R12, R13,
// R14) against the four side rows.
#define TROW(off, a0, a1, a2, a3) \
	MOVQ off(R12), SI; \
	MOVQ off(R13), DI; \
	MOVQ off(R14), BX; \
	VMOVDQU8 (SI)(AX*1), Z28; \
	VMOVUPS (DI)(AX*1), Z29; \
	TOUT(Z24, R8, a0); \
	TOUT(Z25, R9, a1); \
	TOUT(Z26, R10, a2); \
	TOUT(Z27, R11, a3)

// func tileQ4x6AVX512(qs *[6]*int8, dxv *[6]*float32, corr *[6]*int32, side *byte, pairs int, acc *[24][16]float32, out *[24]float32)
// Six activation rows against four weight rows given by their side (row k
// at side + k·pairs·128): out[4·t+k], with the row kernels' arithmetic.
TEXT ·tileQ4x6AVX512(SB), NOSPLIT, $0-56
	MOVQ qs+0(FP), R12
	MOVQ dxv+8(FP), R13
	MOVQ corr+16(FP), R14
	MOVQ side+24(FP), R8
	MOVQ pairs+32(FP), CX
	MOVQ CX, DX
	SHLQ $7, DX
	LEAQ (R8)(DX*1), R9
	LEAQ (R9)(DX*1), R10
	LEAQ (R10)(DX*1), R11
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

t4pair:
	TESTQ CX, CX
	JZ    t4done
	VMOVDQU8 (R8)(DX*1), Z24
	VMOVDQU8 (R9)(DX*1), Z25
	VMOVDQU8 (R10)(DX*1), Z26
	VMOVDQU8 (R11)(DX*1), Z27
	TROW(0, Z0, Z1, Z2, Z3)
	TROW(8, Z4, Z5, Z6, Z7)
	TROW(16, Z8, Z9, Z10, Z11)
	TROW(24, Z12, Z13, Z14, Z15)
	TROW(32, Z16, Z17, Z18, Z19)
	TROW(40, Z20, Z21, Z22, Z23)
	ADDQ $64, AX
	ADDQ $128, DX
	DECQ CX
	JMP  t4pair

t4done:
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
	VMOVUPS Z16, 1024(DI)
	VMOVUPS Z17, 1088(DI)
	VMOVUPS Z18, 1152(DI)
	VMOVUPS Z19, 1216(DI)
	VMOVUPS Z20, 1280(DI)
	VMOVUPS Z21, 1344(DI)
	VMOVUPS Z22, 1408(DI)
	VMOVUPS Z23, 1472(DI)
	MOVQ out+48(FP), R8
	MOVQ $24, CX

t4hsum:
	VMOVUPS (DI), Z0
	HSUMX(Z0, Y0, X0, Y14, X14)
	VMOVSS X0, (R8)
	ADDQ $64, DI
	ADDQ $4, R8
	DECQ CX
	JNZ  t4hsum
	VZEROUPPER
	RET

// KMIN adds super-block's mins of the row at rp (offset DX) to acc. X3:
// dx, R9: bsum.
#define KMIN(rp, acc) \
	VMOVDQU (rp)(DX*1), X4; \
	VPMADDWD (R9), X4, X4; \
	VCVTDQ2PS X4, X4; \
	VBROADCASTSS 16(rp)(DX*1), X5; \
	VMULPS X3, X5, X5; \
	VFMADD231PS X5, X4, acc

// KMSUB subtracts the reduced acc from the float at mem.
#define KMSUB(acc, mem) \
	VHADDPS acc, acc, acc; \
	VHADDPS acc, acc, acc; \
	VMOVSS mem, X0; \
	VSUBSS acc, X0, X0; \
	VMOVSS X0, mem

// func q4KMinsAVX512(bsum *int16, dx *float32, mins *byte, blocks, rows int, out *float32)
// Subtracts Q4_K's mins term of one activation row from out[r] for the rows
// whose mins side q4KSideAVX512 wrote (32 bytes a super-block), four rows
// at a time (four independent accumulations).
TEXT ·q4KMinsAVX512(SB), NOSPLIT, $0-48
	MOVQ mins+16(FP), R8
	MOVQ rows+32(FP), BX
	MOVQ out+40(FP), R14
	MOVQ blocks+24(FP), R13
	SHLQ $5, R13 // bytes of one row's mins

km4:
	CMPQ BX, $4
	JL   kmrow
	LEAQ (R8)(R13*1), R10
	LEAQ (R10)(R13*1), R11
	LEAQ (R11)(R13*1), R12
	MOVQ bsum+0(FP), R9
	MOVQ dx+8(FP), DI
	MOVQ blocks+24(FP), CX
	XORQ DX, DX
	VXORPS X9, X9, X9
	VXORPS X10, X10, X10
	VXORPS X11, X11, X11
	VXORPS X12, X12, X12

km4block:
	TESTQ CX, CX
	JZ    km4sum
	VBROADCASTSS (DI), X3
	KMIN(R8, X9)
	KMIN(R10, X10)
	KMIN(R11, X11)
	KMIN(R12, X12)
	ADDQ $32, DX
	ADDQ $16, R9
	ADDQ $4, DI
	DECQ CX
	JMP  km4block

km4sum:
	KMSUB(X9, (R14))
	KMSUB(X10, 4(R14))
	KMSUB(X11, 8(R14))
	KMSUB(X12, 12(R14))
	ADDQ $16, R14
	LEAQ (R12)(R13*1), R8
	SUBQ $4, BX
	JMP  km4

kmrow:
	TESTQ BX, BX
	JZ    kmdone
	MOVQ bsum+0(FP), R9
	MOVQ dx+8(FP), DI
	MOVQ blocks+24(FP), CX
	XORQ DX, DX
	VXORPS X9, X9, X9

kmblock:
	TESTQ CX, CX
	JZ    kmsum
	VBROADCASTSS (DI), X3
	KMIN(R8, X9)
	ADDQ $32, DX
	ADDQ $16, R9
	ADDQ $4, DI
	DECQ CX
	JMP  kmblock

kmsum:
	KMSUB(X9, (R14))
	ADDQ $4, R14
	ADDQ R13, R8
	DECQ BX
	JMP  kmrow

kmdone:
	RET

DATA q4kidx<>+0(SB)/4, $0
DATA q4kidx<>+4(SB)/4, $0
DATA q4kidx<>+8(SB)/4, $0
DATA q4kidx<>+12(SB)/4, $0
DATA q4kidx<>+16(SB)/4, $0
DATA q4kidx<>+20(SB)/4, $0
DATA q4kidx<>+24(SB)/4, $0
DATA q4kidx<>+28(SB)/4, $0
DATA q4kidx<>+32(SB)/4, $1
DATA q4kidx<>+36(SB)/4, $1
DATA q4kidx<>+40(SB)/4, $1
DATA q4kidx<>+44(SB)/4, $1
DATA q4kidx<>+48(SB)/4, $1
DATA q4kidx<>+52(SB)/4, $1
DATA q4kidx<>+56(SB)/4, $1
DATA q4kidx<>+60(SB)/4, $1
DATA q4kidx<>+64(SB)/4, $2
DATA q4kidx<>+68(SB)/4, $2
DATA q4kidx<>+72(SB)/4, $2
DATA q4kidx<>+76(SB)/4, $2
DATA q4kidx<>+80(SB)/4, $2
DATA q4kidx<>+84(SB)/4, $2
DATA q4kidx<>+88(SB)/4, $2
DATA q4kidx<>+92(SB)/4, $2
DATA q4kidx<>+96(SB)/4, $3
DATA q4kidx<>+100(SB)/4, $3
DATA q4kidx<>+104(SB)/4, $3
DATA q4kidx<>+108(SB)/4, $3
DATA q4kidx<>+112(SB)/4, $3
DATA q4kidx<>+116(SB)/4, $3
DATA q4kidx<>+120(SB)/4, $3
DATA q4kidx<>+124(SB)/4, $3
DATA q4kidx<>+128(SB)/4, $4
DATA q4kidx<>+132(SB)/4, $4
DATA q4kidx<>+136(SB)/4, $4
DATA q4kidx<>+140(SB)/4, $4
DATA q4kidx<>+144(SB)/4, $4
DATA q4kidx<>+148(SB)/4, $4
DATA q4kidx<>+152(SB)/4, $4
DATA q4kidx<>+156(SB)/4, $4
DATA q4kidx<>+160(SB)/4, $5
DATA q4kidx<>+164(SB)/4, $5
DATA q4kidx<>+168(SB)/4, $5
DATA q4kidx<>+172(SB)/4, $5
DATA q4kidx<>+176(SB)/4, $5
DATA q4kidx<>+180(SB)/4, $5
DATA q4kidx<>+184(SB)/4, $5
DATA q4kidx<>+188(SB)/4, $5
DATA q4kidx<>+192(SB)/4, $6
DATA q4kidx<>+196(SB)/4, $6
DATA q4kidx<>+200(SB)/4, $6
DATA q4kidx<>+204(SB)/4, $6
DATA q4kidx<>+208(SB)/4, $6
DATA q4kidx<>+212(SB)/4, $6
DATA q4kidx<>+216(SB)/4, $6
DATA q4kidx<>+220(SB)/4, $6
DATA q4kidx<>+224(SB)/4, $7
DATA q4kidx<>+228(SB)/4, $7
DATA q4kidx<>+232(SB)/4, $7
DATA q4kidx<>+236(SB)/4, $7
DATA q4kidx<>+240(SB)/4, $7
DATA q4kidx<>+244(SB)/4, $7
DATA q4kidx<>+248(SB)/4, $7
DATA q4kidx<>+252(SB)/4, $7
GLOBL q4kidx<>(SB), RODATA|NOPTR, $256
DATA q6idx<>+0(SB)/4, $0
DATA q6idx<>+4(SB)/4, $0
DATA q6idx<>+8(SB)/4, $0
DATA q6idx<>+12(SB)/4, $0
DATA q6idx<>+16(SB)/4, $1
DATA q6idx<>+20(SB)/4, $1
DATA q6idx<>+24(SB)/4, $1
DATA q6idx<>+28(SB)/4, $1
DATA q6idx<>+32(SB)/4, $2
DATA q6idx<>+36(SB)/4, $2
DATA q6idx<>+40(SB)/4, $2
DATA q6idx<>+44(SB)/4, $2
DATA q6idx<>+48(SB)/4, $3
DATA q6idx<>+52(SB)/4, $3
DATA q6idx<>+56(SB)/4, $3
DATA q6idx<>+60(SB)/4, $3
DATA q6idx<>+64(SB)/4, $4
DATA q6idx<>+68(SB)/4, $4
DATA q6idx<>+72(SB)/4, $4
DATA q6idx<>+76(SB)/4, $4
DATA q6idx<>+80(SB)/4, $5
DATA q6idx<>+84(SB)/4, $5
DATA q6idx<>+88(SB)/4, $5
DATA q6idx<>+92(SB)/4, $5
DATA q6idx<>+96(SB)/4, $6
DATA q6idx<>+100(SB)/4, $6
DATA q6idx<>+104(SB)/4, $6
DATA q6idx<>+108(SB)/4, $6
DATA q6idx<>+112(SB)/4, $7
DATA q6idx<>+116(SB)/4, $7
DATA q6idx<>+120(SB)/4, $7
DATA q6idx<>+124(SB)/4, $7
DATA q6idx<>+128(SB)/4, $8
DATA q6idx<>+132(SB)/4, $8
DATA q6idx<>+136(SB)/4, $8
DATA q6idx<>+140(SB)/4, $8
DATA q6idx<>+144(SB)/4, $9
DATA q6idx<>+148(SB)/4, $9
DATA q6idx<>+152(SB)/4, $9
DATA q6idx<>+156(SB)/4, $9
DATA q6idx<>+160(SB)/4, $10
DATA q6idx<>+164(SB)/4, $10
DATA q6idx<>+168(SB)/4, $10
DATA q6idx<>+172(SB)/4, $10
DATA q6idx<>+176(SB)/4, $11
DATA q6idx<>+180(SB)/4, $11
DATA q6idx<>+184(SB)/4, $11
DATA q6idx<>+188(SB)/4, $11
DATA q6idx<>+192(SB)/4, $12
DATA q6idx<>+196(SB)/4, $12
DATA q6idx<>+200(SB)/4, $12
DATA q6idx<>+204(SB)/4, $12
DATA q6idx<>+208(SB)/4, $13
DATA q6idx<>+212(SB)/4, $13
DATA q6idx<>+216(SB)/4, $13
DATA q6idx<>+220(SB)/4, $13
DATA q6idx<>+224(SB)/4, $14
DATA q6idx<>+228(SB)/4, $14
DATA q6idx<>+232(SB)/4, $14
DATA q6idx<>+236(SB)/4, $14
DATA q6idx<>+240(SB)/4, $15
DATA q6idx<>+244(SB)/4, $15
DATA q6idx<>+248(SB)/4, $15
DATA q6idx<>+252(SB)/4, $15
GLOBL q6idx<>(SB), RODATA|NOPTR, $256
