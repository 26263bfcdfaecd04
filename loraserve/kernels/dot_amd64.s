// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// func dotAVX2(a, b *float32, n int) float32
// n must be a multiple of 8.
TEXT ·dotAVX2(SB), NOSPLIT, $0-28
	MOVQ a+0(FP), SI
	MOVQ b+8(FP), DI
	MOVQ n+16(FP), CX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3

loop32:
	CMPQ CX, $32
	JL   loop8
	VMOVUPS (SI), Y4
	VMOVUPS 32(SI), Y5
	VMOVUPS 64(SI), Y6
	VMOVUPS 96(SI), Y7
	VFMADD231PS (DI), Y4, Y0
	VFMADD231PS 32(DI), Y5, Y1
	VFMADD231PS 64(DI), Y6, Y2
	VFMADD231PS 96(DI), Y7, Y3
	ADDQ $128, SI
	ADDQ $128, DI
	SUBQ $32, CX
	JMP  loop32

loop8:
	CMPQ CX, $8
	JL   done
	VMOVUPS (SI), Y4
	VFMADD231PS (DI), Y4, Y0
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  loop8

done:
	VADDPS Y1, Y0, Y0
	VADDPS Y3, Y2, Y2
	VADDPS Y2, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPS X1, X0, X0
	VHADDPS X0, X0, X0
	VHADDPS X0, X0, X0
	VZEROUPPER
	MOVSS X0, ret+24(FP)
	RET

// func dot4AVX2(x, w0, w1, w2, w3 *float32, n int, out *[4]float32)
// n must be a multiple of 8.
TEXT ·dot4AVX2(SB), NOSPLIT, $0-56
	MOVQ x+0(FP), SI
	MOVQ w0+8(FP), R8
	MOVQ w1+16(FP), R9
	MOVQ w2+24(FP), R10
	MOVQ w3+32(FP), R11
	MOVQ n+40(FP), CX
	MOVQ out+48(FP), DI
	XORQ AX, AX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8

loop16:
	CMPQ CX, $16
	JL   loop8
	VMOVUPS (SI)(AX*1), Y4
	VMOVUPS 32(SI)(AX*1), Y9
	VFMADD231PS (R8)(AX*1), Y4, Y0
	VFMADD231PS (R9)(AX*1), Y4, Y1
	VFMADD231PS (R10)(AX*1), Y4, Y2
	VFMADD231PS (R11)(AX*1), Y4, Y3
	VFMADD231PS 32(R8)(AX*1), Y9, Y5
	VFMADD231PS 32(R9)(AX*1), Y9, Y6
	VFMADD231PS 32(R10)(AX*1), Y9, Y7
	VFMADD231PS 32(R11)(AX*1), Y9, Y8
	ADDQ $64, AX
	SUBQ $16, CX
	JMP  loop16

loop8:
	CMPQ CX, $8
	JL   done
	VMOVUPS (SI)(AX*1), Y4
	VFMADD231PS (R8)(AX*1), Y4, Y0
	VFMADD231PS (R9)(AX*1), Y4, Y1
	VFMADD231PS (R10)(AX*1), Y4, Y2
	VFMADD231PS (R11)(AX*1), Y4, Y3
	ADDQ $32, AX
	SUBQ $8, CX
	JMP  loop8

done:
	VADDPS Y5, Y0, Y0
	VADDPS Y6, Y1, Y1
	VADDPS Y7, Y2, Y2
	VADDPS Y8, Y3, Y3
	VEXTRACTF128 $1, Y0, X4
	VADDPS X4, X0, X0
	VHADDPS X0, X0, X0
	VHADDPS X0, X0, X0
	MOVSS X0, (DI)
	VEXTRACTF128 $1, Y1, X4
	VADDPS X4, X1, X1
	VHADDPS X1, X1, X1
	VHADDPS X1, X1, X1
	MOVSS X1, 4(DI)
	VEXTRACTF128 $1, Y2, X4
	VADDPS X4, X2, X2
	VHADDPS X2, X2, X2
	VHADDPS X2, X2, X2
	MOVSS X2, 8(DI)
	VEXTRACTF128 $1, Y3, X4
	VADDPS X4, X3, X3
	VHADDPS X3, X3, X3
	VHADDPS X3, X3, X3
	MOVSS X3, 12(DI)
	VZEROUPPER
	RET

// func axpyAVX2(y, x *float32, a float32, n int)
// y[i] += a*x[i]; n must be a multiple of 8.
TEXT ·axpyAVX2(SB), NOSPLIT, $0-32
	MOVQ y+0(FP), DI
	MOVQ x+8(FP), SI
	VBROADCASTSS a+16(FP), Y0
	MOVQ n+24(FP), CX

loop32:
	CMPQ CX, $32
	JL   loop8
	VMOVUPS (DI), Y1
	VMOVUPS 32(DI), Y2
	VMOVUPS 64(DI), Y3
	VMOVUPS 96(DI), Y4
	VFMADD231PS (SI), Y0, Y1
	VFMADD231PS 32(SI), Y0, Y2
	VFMADD231PS 64(SI), Y0, Y3
	VFMADD231PS 96(SI), Y0, Y4
	VMOVUPS Y1, (DI)
	VMOVUPS Y2, 32(DI)
	VMOVUPS Y3, 64(DI)
	VMOVUPS Y4, 96(DI)
	ADDQ $128, DI
	ADDQ $128, SI
	SUBQ $32, CX
	JMP  loop32

loop8:
	CMPQ CX, $8
	JL   done
	VMOVUPS (DI), Y1
	VFMADD231PS (SI), Y0, Y1
	VMOVUPS Y1, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JMP  loop8

done:
	VZEROUPPER
	RET

// Horizontal sum of Z register zr into the float32 at mem, using scratch
// registers; the same sequence in every kernel keeps results bit-identical.
#define HSUM512(zr, yr, xr, ys, xs, mem) \
	VEXTRACTF64X4 $1, zr, ys; \
	VADDPS ys, yr, yr; \
	VEXTRACTF128 $1, yr, xs; \
	VADDPS xs, xr, xr; \
	VHADDPS xr, xr, xr; \
	VHADDPS xr, xr, xr; \
	MOVSS xr, mem

// func dot4AVX512(x, w0, w1, w2, w3 *float32, n int, out *[4]float32)
// One 16-lane accumulator per weight row; n must be a multiple of 16.
TEXT ·dot4AVX512(SB), NOSPLIT, $0-56
	MOVQ x+0(FP), SI
	MOVQ w0+8(FP), R8
	MOVQ w1+16(FP), R9
	MOVQ w2+24(FP), R10
	MOVQ w3+32(FP), R11
	MOVQ n+40(FP), CX
	MOVQ out+48(FP), DI
	XORQ AX, AX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3

loop1:
	CMPQ CX, $16
	JL   done1
	VMOVUPS (SI)(AX*1), Z4
	VFMADD231PS (R8)(AX*1), Z4, Z0
	VFMADD231PS (R9)(AX*1), Z4, Z1
	VFMADD231PS (R10)(AX*1), Z4, Z2
	VFMADD231PS (R11)(AX*1), Z4, Z3
	ADDQ $64, AX
	SUBQ $16, CX
	JMP  loop1

done1:
	HSUM512(Z0, Y0, X0, Y14, X14, (DI))
	HSUM512(Z1, Y1, X1, Y14, X14, 4(DI))
	HSUM512(Z2, Y2, X2, Y14, X14, 8(DI))
	HSUM512(Z3, Y3, X3, Y14, X14, 12(DI))
	VZEROUPPER
	RET

// func dot4x2AVX512(x0, x1, w0, w1, w2, w3 *float32, n int, out *[8]float32)
// Two input rows against four weight rows (8 accumulators, each weight load
// used twice); per output the arithmetic is exactly dot4AVX512's.
TEXT ·dot4x2AVX512(SB), NOSPLIT, $0-64
	MOVQ x0+0(FP), SI
	MOVQ x1+8(FP), DX
	MOVQ w0+16(FP), R8
	MOVQ w1+24(FP), R9
	MOVQ w2+32(FP), R10
	MOVQ w3+40(FP), R11
	MOVQ n+48(FP), CX
	MOVQ out+56(FP), DI
	XORQ AX, AX
	VXORPS Z0, Z0, Z0
	VXORPS Z1, Z1, Z1
	VXORPS Z2, Z2, Z2
	VXORPS Z3, Z3, Z3
	VXORPS Z5, Z5, Z5
	VXORPS Z6, Z6, Z6
	VXORPS Z7, Z7, Z7
	VXORPS Z8, Z8, Z8

loop2:
	CMPQ CX, $16
	JL   done2
	VMOVUPS (SI)(AX*1), Z4
	VMOVUPS (DX)(AX*1), Z9
	VMOVUPS (R8)(AX*1), Z10
	VMOVUPS (R9)(AX*1), Z11
	VMOVUPS (R10)(AX*1), Z12
	VMOVUPS (R11)(AX*1), Z13
	VFMADD231PS Z10, Z4, Z0
	VFMADD231PS Z11, Z4, Z1
	VFMADD231PS Z12, Z4, Z2
	VFMADD231PS Z13, Z4, Z3
	VFMADD231PS Z10, Z9, Z5
	VFMADD231PS Z11, Z9, Z6
	VFMADD231PS Z12, Z9, Z7
	VFMADD231PS Z13, Z9, Z8
	ADDQ $64, AX
	SUBQ $16, CX
	JMP  loop2

done2:
	HSUM512(Z0, Y0, X0, Y14, X14, (DI))
	HSUM512(Z1, Y1, X1, Y14, X14, 4(DI))
	HSUM512(Z2, Y2, X2, Y14, X14, 8(DI))
	HSUM512(Z3, Y3, X3, Y14, X14, 12(DI))
	HSUM512(Z5, Y5, X5, Y14, X14, 16(DI))
	HSUM512(Z6, Y6, X6, Y14, X14, 20(DI))
	HSUM512(Z7, Y7, X7, Y14, X14, 24(DI))
	HSUM512(Z8, Y8, X8, Y14, X14, 28(DI))
	VZEROUPPER
	RET

// func expandAVX512(y, bt, coef *float32, rank, stride, n int)
// y[j] += Σ_r coef[r]·bt[r*stride+j] for j < n (n a multiple of 16): the LoRA
// expand of one row, accumulated in registers (four 16-lane chunks at a time)
// with the same per-element FMA sequence whatever the chunking.
TEXT ·expandAVX512(SB), NOSPLIT, $0-48
	MOVQ y+0(FP), DI
	MOVQ bt+8(FP), SI
	MOVQ coef+16(FP), DX
	MOVQ rank+24(FP), R8
	MOVQ stride+32(FP), R9
	SHLQ $2, R9
	MOVQ n+40(FP), CX

outer4:
	CMPQ CX, $64
	JL   outer1
	VMOVUPS (DI), Z0
	VMOVUPS 64(DI), Z1
	VMOVUPS 128(DI), Z2
	VMOVUPS 192(DI), Z3
	MOVQ SI, R10
	MOVQ DX, R11
	MOVQ R8, R12

inner4:
	TESTQ R12, R12
	JZ    store4
	VBROADCASTSS (R11), Z4
	VFMADD231PS (R10), Z4, Z0
	VFMADD231PS 64(R10), Z4, Z1
	VFMADD231PS 128(R10), Z4, Z2
	VFMADD231PS 192(R10), Z4, Z3
	ADDQ R9, R10
	ADDQ $4, R11
	DECQ R12
	JMP  inner4

store4:
	VMOVUPS Z0, (DI)
	VMOVUPS Z1, 64(DI)
	VMOVUPS Z2, 128(DI)
	VMOVUPS Z3, 192(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $64, CX
	JMP  outer4

outer1:
	CMPQ CX, $16
	JL   done
	VMOVUPS (DI), Z0
	MOVQ SI, R10
	MOVQ DX, R11
	MOVQ R8, R12

inner1:
	TESTQ R12, R12
	JZ    store1
	VBROADCASTSS (R11), Z4
	VFMADD231PS (R10), Z4, Z0
	ADDQ R9, R10
	ADDQ $4, R11
	DECQ R12
	JMP  inner1

store1:
	VMOVUPS Z0, (DI)
	ADDQ $64, DI
	ADDQ $64, SI
	SUBQ $16, CX
	JMP  outer1

done:
	VZEROUPPER
	RET
