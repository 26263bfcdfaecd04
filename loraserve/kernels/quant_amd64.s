// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// AVX-512 kernels that read weights in their stored type. Each widens a
// weight element to float32 exactly as decodeRow does (conversion, then
// int→float and the scale multiply for the block types), so a fused GEMV is
// bit-identical to decoding the rows and running dot4AVX512 on them: one
// 16-lane accumulator per weight row, k in order, HSUM512 at the end.

#define HSUM512(zr, yr, xr, ys, xs, mem) \
	VEXTRACTF64X4 $1, zr, ys; \
	VADDPS ys, yr, yr; \
	VEXTRACTF128 $1, yr, xs; \
	VADDPS xs, xr, xr; \
	VHADDPS xr, xr, xr; \
	VHADDPS xr, xr, xr; \
	MOVSS xr, mem

// SCALE16 broadcasts the binary16 at mem to every lane of zr (via xr, using GP register AX).
#define SCALE16(mem, xr, zr) \
	MOVWLZX mem, AX; \
	VMOVQ AX, xr; \
	VCVTPH2PS xr, xr; \
	VBROADCASTSS xr, zr

// ROWS4 loads the four row pointers w, w+rb, w+2rb, w+3rb into R8-R11.
#define ROWS4 \
	MOVQ w+8(FP), R8; \
	MOVQ rb+16(FP), R15; \
	LEAQ (R8)(R15*1), R9; \
	LEAQ (R9)(R15*1), R10; \
	LEAQ (R10)(R15*1), R11

#define STORE4 \
	MOVQ out+32(FP), DI; \
	HSUM512(Z0, Y0, X0, Y14, X14, (DI)); \
	HSUM512(Z1, Y1, X1, Y14, X14, 4(DI)); \
	HSUM512(Z2, Y2, X2, Y14, X14, 8(DI)); \
	HSUM512(Z3, Y3, X3, Y14, X14, 12(DI)); \
	VZEROUPPER

#define ZERO4 \
	VXORPS Z0, Z0, Z0; \
	VXORPS Z1, Z1, Z1; \
	VXORPS Z2, Z2, Z2; \
	VXORPS Z3, Z3, Z3

// func gemvF16(x *float32, w *byte, rb, n int, out *[4]float32)
// Four rows of binary16 (row r at w + r·rb); n a multiple of 16.
TEXT ·gemvF16(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS4
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO4

f16loop:
	CMPQ CX, $16
	JL   f16done
	VMOVUPS (SI), Z8
	VCVTPH2PS (R8)(DX*1), Z4
	VCVTPH2PS (R9)(DX*1), Z5
	VCVTPH2PS (R10)(DX*1), Z6
	VCVTPH2PS (R11)(DX*1), Z7
	VFMADD231PS Z4, Z8, Z0
	VFMADD231PS Z5, Z8, Z1
	VFMADD231PS Z6, Z8, Z2
	VFMADD231PS Z7, Z8, Z3
	ADDQ $64, SI
	ADDQ $32, DX
	SUBQ $16, CX
	JMP  f16loop

f16done:
	STORE4
	RET

// func gemvBF16(x *float32, w *byte, rb, n int, out *[4]float32)
TEXT ·gemvBF16(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS4
	MOVQ n+24(FP), CX
	XORQ DX, DX
	ZERO4

bf16loop:
	CMPQ CX, $16
	JL   bf16done
	VMOVUPS (SI), Z8
	VPMOVZXWD (R8)(DX*1), Z4
	VPMOVZXWD (R9)(DX*1), Z5
	VPMOVZXWD (R10)(DX*1), Z6
	VPMOVZXWD (R11)(DX*1), Z7
	VPSLLD $16, Z4, Z4
	VPSLLD $16, Z5, Z5
	VPSLLD $16, Z6, Z6
	VPSLLD $16, Z7, Z7
	VFMADD231PS Z4, Z8, Z0
	VFMADD231PS Z5, Z8, Z1
	VFMADD231PS Z6, Z8, Z2
	VFMADD231PS Z7, Z8, Z3
	ADDQ $64, SI
	ADDQ $32, DX
	SUBQ $16, CX
	JMP  bf16loop

bf16done:
	STORE4
	RET

// Q8ROW multiplies one Q8_0 block of row pointer rp (scale, then 32 int8)
// into accumulator acc, using x halves Z8 (elements 0-15) and Z9 (16-31).
#define Q8ROW(rp, acc) \
	SCALE16((rp), X10, Z10); \
	VPMOVSXBD 2(rp), Z11; \
	VPMOVSXBD 18(rp), Z12; \
	VCVTDQ2PS Z11, Z11; \
	VCVTDQ2PS Z12, Z12; \
	VMULPS Z10, Z11, Z11; \
	VMULPS Z10, Z12, Z12; \
	VFMADD231PS Z11, Z8, acc; \
	VFMADD231PS Z12, Z9, acc

// func gemvQ8_0(x *float32, w *byte, rb, blocks int, out *[4]float32)
TEXT ·gemvQ8_0(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS4
	MOVQ n+24(FP), CX
	ZERO4

q8loop:
	TESTQ CX, CX
	JZ    q8done
	VMOVUPS (SI), Z8
	VMOVUPS 64(SI), Z9
	Q8ROW(R8, Z0)
	Q8ROW(R9, Z1)
	Q8ROW(R10, Z2)
	Q8ROW(R11, Z3)
	ADDQ $34, R8
	ADDQ $34, R9
	ADDQ $34, R10
	ADDQ $34, R11
	ADDQ $128, SI
	DECQ CX
	JMP  q8loop

q8done:
	STORE4
	RET

// Q4ROW multiplies one Q4_0 block of row pointer rp (scale, then 16 bytes of
// nibbles: low = elements 0-15, high = 16-31) into acc. Z15 holds 15 and Z13
// holds 8 in every lane.
#define Q4ROW(rp, acc) \
	SCALE16((rp), X10, Z10); \
	VPMOVZXBD 2(rp), Z11; \
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

#define NIBBLECONSTS \
	MOVL $15, AX; \
	VPBROADCASTD AX, Z15; \
	MOVL $8, AX; \
	VPBROADCASTD AX, Z13

// func gemvQ4_0(x *float32, w *byte, rb, blocks int, out *[4]float32)
TEXT ·gemvQ4_0(SB), NOSPLIT, $0-40
	MOVQ x+0(FP), SI
	ROWS4
	MOVQ n+24(FP), CX
	ZERO4
	NIBBLECONSTS

q4loop:
	TESTQ CX, CX
	JZ    q4done
	VMOVUPS (SI), Z8
	VMOVUPS 64(SI), Z9
	Q4ROW(R8, Z0)
	Q4ROW(R9, Z1)
	Q4ROW(R10, Z2)
	Q4ROW(R11, Z3)
	ADDQ $18, R8
	ADDQ $18, R9
	ADDQ $18, R10
	ADDQ $18, R11
	ADDQ $128, SI
	DECQ CX
	JMP  q4loop

q4done:
	STORE4
	RET

// func decodeF16AVX512(dst *float32, src *byte, n int)
// n a multiple of 16.
TEXT ·decodeF16AVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

df16loop:
	CMPQ CX, $16
	JL   df16done
	VCVTPH2PS (SI), Z0
	VMOVUPS Z0, (DI)
	ADDQ $32, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  df16loop

df16done:
	VZEROUPPER
	RET

// func decodeBF16AVX512(dst *float32, src *byte, n int)
TEXT ·decodeBF16AVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

dbf16loop:
	CMPQ CX, $16
	JL   dbf16done
	VPMOVZXWD (SI), Z0
	VPSLLD $16, Z0, Z0
	VMOVUPS Z0, (DI)
	ADDQ $32, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  dbf16loop

dbf16done:
	VZEROUPPER
	RET

// func decodeQ8_0AVX512(dst *float32, src *byte, blocks int)
TEXT ·decodeQ8_0AVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX

dq8loop:
	TESTQ CX, CX
	JZ    dq8done
	SCALE16((SI), X10, Z10)
	VPMOVSXBD 2(SI), Z11
	VPMOVSXBD 18(SI), Z12
	VCVTDQ2PS Z11, Z11
	VCVTDQ2PS Z12, Z12
	VMULPS Z10, Z11, Z11
	VMULPS Z10, Z12, Z12
	VMOVUPS Z11, (DI)
	VMOVUPS Z12, 64(DI)
	ADDQ $34, SI
	ADDQ $128, DI
	DECQ CX
	JMP  dq8loop

dq8done:
	VZEROUPPER
	RET

// func decodeQ4_0AVX512(dst *float32, src *byte, blocks int)
TEXT ·decodeQ4_0AVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	NIBBLECONSTS

dq4loop:
	TESTQ CX, CX
	JZ    dq4done
	SCALE16((SI), X10, Z10)
	VPMOVZXBD 2(SI), Z11
	VPSRLD $4, Z11, Z12
	VPANDD Z15, Z11, Z11
	VPSUBD Z13, Z11, Z11
	VPSUBD Z13, Z12, Z12
	VCVTDQ2PS Z11, Z11
	VCVTDQ2PS Z12, Z12
	VMULPS Z10, Z11, Z11
	VMULPS Z10, Z12, Z12
	VMOVUPS Z11, (DI)
	VMOVUPS Z12, 64(DI)
	ADDQ $18, SI
	ADDQ $128, DI
	DECQ CX
	JMP  dq4loop

dq4done:
	VZEROUPPER
	RET
