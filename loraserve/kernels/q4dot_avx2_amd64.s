// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// Q4_0, Q4_K and Q6_K × quantized activations with AVX2 (no VNNI): the row
// kernels of q4dot_amd64.s with the 16 lanes in two 8-lane accumulators (Y8:
// lanes 0–7, Y9: lanes 8–15) and VPDPBUSD's int32 lanes from VPMADDUBSW
// (unsigned weights × signed activations, at most 2·63·127 per int16: no
// saturation) and VPMADDWD by ones. Same integers, same float operations.

DATA q4x2low<>+0(SB)/4, $0x0f0f0f0f
GLOBL q4x2low<>(SB), RODATA|NOPTR, $4
DATA q4x2ones<>+0(SB)/4, $0x00010001
GLOBL q4x2ones<>(SB), RODATA|NOPTR, $4
DATA q4x2bits45<>+0(SB)/4, $0x30303030
GLOBL q4x2bits45<>(SB), RODATA|NOPTR, $4

// HSUM2 reduces the two accumulators with HSUM512's additions into X8.
#define HSUM2 \
	VADDPS Y9, Y8, Y8; \
	VEXTRACTF128 $1, Y8, X9; \
	VADDPS X9, X8, X8; \
	VHADDPS X8, X8, X8; \
	VHADDPS X8, X8, X8

// DOT4 sets d to the int32 sums of four products of unsigned bytes u and
// signed bytes s (memory). Y14: int16 ones.
#define DOT4(s, u, d) \
	VPMADDUBSW s, u, d; \
	VPMADDWD Y14, d, d

// Q40BLK adds one Q4_0 block (at bp+off, activation offset qo) to acc.
#define Q40BLK(off, qo, acc) \
	VMOVDQU off+2(DX), X0; \
	VPSRLW $4, X0, X1; \
	VINSERTI128 $1, X1, Y0, Y0; \
	VPAND Y15, Y0, Y0; \
	DOT4(qo(SI), Y0, Y2); \
	VPADDD qo(DI), Y2, Y2; \
	VPBROADCASTW off(DX), X3; \
	VCVTPH2PS X3, Y3; \
	VMULPS qo(R15), Y3, Y3; \
	VCVTDQ2PS Y2, Y2; \
	VFMADD231PS Y3, Y2, acc

// func gemvRowsQ4_0AVX2(qs *int8, corr *int32, dxv *float32, w *byte, rb, blocks, rows int, out *float32)
TEXT ·gemvRowsQ4_0AVX2(SB), NOSPLIT, $0-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4x2low<>(SB), Y15
	VPBROADCASTD q4x2ones<>(SB), Y14

a40row:
	TESTQ BX, BX
	JZ    a40done
	MOVQ qs+0(FP), SI
	MOVQ corr+8(FP), DI
	MOVQ dxv+16(FP), R15
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9

a40pair:
	CMPQ CX, $2
	JL   a40single
	Q40BLK(0, 0, Y8)
	Q40BLK(18, 32, Y9)
	ADDQ $36, DX
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, R15
	SUBQ $2, CX
	JMP  a40pair

a40single:
	TESTQ CX, CX
	JZ    a40sum
	Q40BLK(0, 0, Y8)

a40sum:
	HSUM2
	VMOVSS X8, (R14)
	ADDQ   $4, R14
	ADDQ   rb+32(FP), R8
	DECQ   BX
	JMP    a40row

a40done:
	VZEROUPPER
	RET

// Q4KSCALES2 is q4dot_amd64.s's Q4KSCALES: scales of the super-block at bp
// as bytes of R10, mins of R11.
#define Q4KSCALES2(bp) \
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

// Q4KG2 adds group g of the super-block at DX: sub-block 2g to Y8, 2g+1 to
// Y9, with the scales d·scale·dx at (SP).
#define Q4KG2(g) \
	VMOVDQU 16+32*g(DX), Y0; \
	VPSRLW $4, Y0, Y1; \
	VPAND Y15, Y0, Y0; \
	VPAND Y15, Y1, Y1; \
	DOT4(64*g(SI), Y0, Y2); \
	DOT4(64*g+32(SI), Y1, Y4); \
	VCVTDQ2PS Y2, Y2; \
	VCVTDQ2PS Y4, Y4; \
	VBROADCASTSS 8*g(SP), Y3; \
	VBROADCASTSS 8*g+4(SP), Y5; \
	VFMADD231PS Y3, Y2, Y8; \
	VFMADD231PS Y5, Y4, Y9

// func gemvRowsQ4KAVX2(qs *int8, dx *float32, bsum *int16, w *byte, rb, blocks, rows int, out *float32)
TEXT ·gemvRowsQ4KAVX2(SB), NOSPLIT, $32-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4x2low<>(SB), Y15
	VPBROADCASTD q4x2ones<>(SB), Y14

akrow:
	TESTQ BX, BX
	JZ    akdone
	MOVQ qs+0(FP), SI
	MOVQ dx+8(FP), DI
	MOVQ bsum+16(FP), R9
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS X10, X10, X10

akblock:
	TESTQ CX, CX
	JZ    aksum
	Q4KSCALES2(DX)
	MOVQ R10, X1
	VPMOVZXBD X1, Y1
	VCVTDQ2PS Y1, Y1
	VPBROADCASTW (DX), X2
	VCVTPH2PS X2, Y2
	VMULPS Y2, Y1, Y1
	VBROADCASTSS (DI), Y11
	VMULPS Y11, Y1, Y1
	VMOVUPS Y1, (SP)
	Q4KG2(0)
	Q4KG2(1)
	Q4KG2(2)
	Q4KG2(3)
	MOVQ R11, X4
	VPMOVZXBW X4, X4
	VPMADDWD (R9), X4, X4
	VCVTDQ2PS X4, X4
	VPBROADCASTW 2(DX), X5
	VCVTPH2PS X5, X5
	VMULPS X11, X5, X5
	VFMADD231PS X5, X4, X10
	ADDQ $144, DX
	ADDQ $256, SI
	ADDQ $4, DI
	ADDQ $16, R9
	DECQ CX
	JMP  akblock

aksum:
	HSUM2
	VHADDPS X10, X10, X10
	VHADDPS X10, X10, X10
	VSUBSS  X10, X8, X8
	VMOVSS  X8, (R14)
	ADDQ    $4, R14
	ADDQ    rb+32(FP), R8
	DECQ    BX
	JMP     akrow

akdone:
	VZEROUPPER
	RET

// Q6C adds one chunk of 32 elements (q in yq, activations and corrections
// at offset o, lane scales of its two groups at s(SP) and s+4(SP)) to acc.
#define Q6C(yq, o, s, acc) \
	DOT4(o(SI), yq, Y2); \
	VPADDD o(R9), Y2, Y2; \
	VBROADCASTSS s(SP), X6; \
	VBROADCASTSS s+4(SP), X7; \
	VINSERTF128 $1, X7, Y6, Y6; \
	VCVTDQ2PS Y2, Y2; \
	VFMADD231PS Y6, Y2, acc

// Q6H adds half h of the super-block at DX (ql at 64h, qh at 128+32h,
// activations at o = 128h, scales of its chunks at s0…s3(SP)).
#define Q6H(ql, qh, o, s0, s1, s2, s3) \
	VMOVDQU ql(DX), Y10; \
	VMOVDQU ql+32(DX), Y11; \
	VMOVDQU qh(DX), Y12; \
	VPSLLW $4, Y12, Y0; \
	VPAND Y13, Y0, Y0; \
	VPAND Y15, Y10, Y1; \
	VPOR Y1, Y0, Y0; \
	Q6C(Y0, o, s0, Y8); \
	VPSLLW $2, Y12, Y0; \
	VPAND Y13, Y0, Y0; \
	VPAND Y15, Y11, Y1; \
	VPOR Y1, Y0, Y0; \
	Q6C(Y0, o+32, s1, Y9); \
	VPAND Y13, Y12, Y0; \
	VPSRLW $4, Y10, Y1; \
	VPAND Y15, Y1, Y1; \
	VPOR Y1, Y0, Y0; \
	Q6C(Y0, o+64, s2, Y8); \
	VPSRLW $2, Y12, Y0; \
	VPAND Y13, Y0, Y0; \
	VPSRLW $4, Y11, Y1; \
	VPAND Y15, Y1, Y1; \
	VPOR Y1, Y0, Y0; \
	Q6C(Y0, o+96, s3, Y9)

// func gemvRowsQ6KAVX2(qs *int8, dx *float32, corr *int32, w *byte, rb, blocks, rows int, out *float32)
TEXT ·gemvRowsQ6KAVX2(SB), NOSPLIT, $64-64
	MOVQ w+24(FP), R8
	MOVQ rows+48(FP), BX
	MOVQ out+56(FP), R14
	VPBROADCASTD q4x2low<>(SB), Y15
	VPBROADCASTD q4x2ones<>(SB), Y14
	VPBROADCASTD q4x2bits45<>(SB), Y13

a6row:
	TESTQ BX, BX
	JZ    a6done
	MOVQ qs+0(FP), SI
	MOVQ dx+8(FP), DI
	MOVQ corr+16(FP), R9
	MOVQ blocks+40(FP), CX
	MOVQ R8, DX
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9

a6block:
	TESTQ CX, CX
	JZ    a6sum
	VPMOVSXBD 192(DX), Y0
	VPMOVSXBD 200(DX), Y1
	VCVTDQ2PS Y0, Y0
	VCVTDQ2PS Y1, Y1
	VPBROADCASTW 208(DX), X2
	VCVTPH2PS X2, Y2
	VMULPS Y2, Y0, Y0
	VMULPS Y2, Y1, Y1
	VBROADCASTSS (DI), Y3
	VMULPS Y3, Y0, Y0
	VMULPS Y3, Y1, Y1
	VMOVUPS Y0, (SP)
	VMOVUPS Y1, 32(SP)
	Q6H(0, 128, 0, 0, 8, 16, 24)
	Q6H(64, 160, 128, 32, 40, 48, 56)
	ADDQ $210, DX
	ADDQ $256, SI
	ADDQ $4, DI
	ADDQ $256, R9
	DECQ CX
	JMP  a6block

a6sum:
	HSUM2
	VMOVSS X8, (R14)
	ADDQ   $4, R14
	ADDQ   rb+32(FP), R8
	DECQ   BX
	JMP    a6row

a6done:
	VZEROUPPER
	RET
