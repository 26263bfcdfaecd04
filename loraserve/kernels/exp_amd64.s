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
