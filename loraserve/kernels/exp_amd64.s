// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

#include "textflag.h"

// EXPCONSTS loads the constants of EXP16 into Z20-Z31.
#define EXPCONSTS \
	MOVL $0x3fb8aa3b, AX; VPBROADCASTD AX, Z20; \
	MOVL $0x3f318000, AX; VPBROADCASTD AX, Z21; \
	MOVL $0xb95e8083, AX; VPBROADCASTD AX, Z22; \
	MOVL $0x3ab60b61, AX; VPBROADCASTD AX, Z23; \
	MOVL $0x3c088889, AX; VPBROADCASTD AX, Z24; \
	MOVL $0x3d2aaaab, AX; VPBROADCASTD AX, Z25; \
	MOVL $0x3e2aaaab, AX; VPBROADCASTD AX, Z26; \
	MOVL $0x3f000000, AX; VPBROADCASTD AX, Z27; \
	MOVL $0x3f800000, AX; VPBROADCASTD AX, Z28; \
	MOVL $0x42b00000, AX; VPBROADCASTD AX, Z29; \
	MOVL $0xc2aeac50, AX; VPBROADCASTD AX, Z30

// EXP16 sets zd = e^zs for 16 lanes (zs clamped to [-87.3, 88]): n =
// round(zs·log2 e), r = zs − n·ln 2 (in two parts), a degree-6 polynomial for
// e^r, then VSCALEFPS multiplies by 2^n. Uses Z16-Z19.
#define EXP16(zs, zd) \
	VMINPS Z29, zs, Z16; \
	VMAXPS Z30, Z16, Z16; \
	VMULPS Z20, Z16, Z17; \
	VRNDSCALEPS $0, Z17, Z17; \
	VMOVAPS Z16, Z18; \
	VFNMADD231PS Z21, Z17, Z18; \
	VFNMADD231PS Z22, Z17, Z18; \
	VMOVAPS Z23, Z19; \
	VFMADD213PS Z24, Z18, Z19; \
	VFMADD213PS Z25, Z18, Z19; \
	VFMADD213PS Z26, Z18, Z19; \
	VFMADD213PS Z27, Z18, Z19; \
	VFMADD213PS Z28, Z18, Z19; \
	VFMADD213PS Z28, Z18, Z19; \
	VSCALEFPS Z17, Z19, zd

// func expAVX512(dst, src *float32, n int)
// dst[i] = e^src[i]; n a multiple of 16.
TEXT ·expAVX512(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	EXPCONSTS

exploop:
	CMPQ CX, $16
	JL   expdone
	VMOVUPS (SI), Z0
	EXP16(Z0, Z1)
	VMOVUPS Z1, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  exploop

expdone:
	VZEROUPPER
	RET

// func siluMulAVX512(gate, up *float32, n int)
// gate[i] = gate[i] / (1 + e^−gate[i]) · up[i]; n a multiple of 16.
TEXT ·siluMulAVX512(SB), NOSPLIT, $0-24
	MOVQ gate+0(FP), DI
	MOVQ up+8(FP), SI
	MOVQ n+16(FP), CX
	EXPCONSTS
	VXORPS Z15, Z15, Z15

siluloop:
	CMPQ CX, $16
	JL   siludone
	VMOVUPS (DI), Z0
	VSUBPS Z0, Z15, Z1
	EXP16(Z1, Z2)
	VADDPS Z28, Z2, Z2
	VDIVPS Z2, Z0, Z3
	VMULPS (SI), Z3, Z3
	VMOVUPS Z3, (DI)
	ADDQ $64, SI
	ADDQ $64, DI
	SUBQ $16, CX
	JMP  siluloop

siludone:
	VZEROUPPER
	RET

// func softmaxAVX512(x *float32, n int)
// x[i] = e^(x[i] − max) / Σ e^(x[j] − max) in place, n ≥ 1; the last partial
// vector is masked.
TEXT ·softmaxAVX512(SB), NOSPLIT, $0-16
	MOVQ x+0(FP), SI
	MOVQ n+8(FP), DX
	EXPCONSTS
	// K1: the lanes of the last (partial or full) vector.
	MOVQ DX, CX
	ANDQ $15, CX
	MOVQ $0xffff, AX
	TESTQ CX, CX
	JZ    fullmask
	MOVQ $1, AX
	SHLQ CX, AX
	DECQ AX

fullmask:
	KMOVW AX, K1
	MOVQ DX, BX
	DECQ BX
	SHRQ $4, BX        // BX: full vectors before the last one
	// Maximum.
	MOVL $0xff800000, AX // -inf
	VPBROADCASTD AX, Z1
	MOVQ SI, DI
	MOVQ BX, CX

smax:
	TESTQ CX, CX
	JZ    smaxlast
	VMAXPS (DI), Z1, Z1
	ADDQ $64, DI
	DECQ CX
	JMP  smax

smaxlast:
	VMOVAPS Z1, Z2
	VMOVUPS (DI), K1, Z2
	VMAXPS Z2, Z1, Z1
	VEXTRACTF64X4 $1, Z1, Y2
	VMAXPS Y2, Y1, Y1
	VEXTRACTF128 $1, Y1, X2
	VMAXPS X2, X1, X1
	VPERMILPS $0x4e, X1, X2
	VMAXPS X2, X1, X1
	VPERMILPS $0xb1, X1, X2
	VMAXPS X2, X1, X1
	VBROADCASTSS X1, Z3     // Z3: max
	// e^(x − max), summed.
	VXORPS Z4, Z4, Z4
	MOVQ SI, DI
	MOVQ BX, CX

sexp:
	TESTQ CX, CX
	JZ    sexplast
	VMOVUPS (DI), Z0
	VSUBPS Z3, Z0, Z0
	EXP16(Z0, Z1)
	VMOVUPS Z1, (DI)
	VADDPS Z1, Z4, Z4
	ADDQ $64, DI
	DECQ CX
	JMP  sexp

sexplast:
	VMOVUPS (DI), K1, Z0
	VSUBPS Z3, Z0, Z0
	EXP16(Z0, Z1)
	VMOVUPS Z1, K1, (DI)
	VXORPS Z2, Z2, Z2
	VMOVAPS Z1, K1, Z2
	VADDPS Z2, Z4, Z4
	VEXTRACTF64X4 $1, Z4, Y2
	VADDPS Y2, Y4, Y4
	VEXTRACTF128 $1, Y4, X2
	VADDPS X2, X4, X4
	VHADDPS X4, X4, X4
	VHADDPS X4, X4, X4
	VDIVSS X4, X28, X4     // 1 / sum (Z28 holds 1.0)
	VBROADCASTSS X4, Z4
	// Normalise.
	MOVQ SI, DI
	MOVQ BX, CX

snorm:
	TESTQ CX, CX
	JZ    snormlast
	VMULPS (DI), Z4, Z0
	VMOVUPS Z0, (DI)
	ADDQ $64, DI
	DECQ CX
	JMP  snorm

snormlast:
	VMOVUPS (DI), K1, Z0
	VMULPS Z4, Z0, Z0
	VMOVUPS Z0, K1, (DI)
	VZEROUPPER
	RET
