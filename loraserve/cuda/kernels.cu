// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.
//
// loraserve CUDA kernels, compiled at start-up with NVRTC (no CUDA headers are
// needed: only built-in types and intrinsics are used). Matrices are row-major
// float32; a linear weight W is [out, in]; LoRA B is held transposed, [r, out].

extern "C" {

// rmsnorm: one block per row; blockDim.x is a power of two <= 1024.
__global__ void rmsnorm(float* out, const float* x, const float* w, int dim, float eps) {
    extern __shared__ float partial[];
    const float* row = x + (long)blockIdx.x * dim;
    float* o = out + (long)blockIdx.x * dim;
    float ss = 0.f;
    for (int i = threadIdx.x; i < dim; i += blockDim.x) ss += row[i] * row[i];
    partial[threadIdx.x] = ss;
    __syncthreads();
    for (int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) partial[threadIdx.x] += partial[threadIdx.x + s];
        __syncthreads();
    }
    float inv = rsqrtf(partial[0] / dim + eps);
    for (int i = threadIdx.x; i < dim; i += blockDim.x) o[i] = row[i] * inv * w[i];
}

// rope: rotate-half RoPE in place; one thread per (row, head, i < half).
__global__ void rope(float* x, int rows, int heads, int headDim, const int* positions,
                     const float* cosT, const float* sinT) {
    int half = headDim / 2;
    long idx = (long)blockIdx.x * blockDim.x + threadIdx.x;
    long total = (long)rows * heads * half;
    if (idx >= total) return;
    int i = idx % half;
    long rh = idx / half;
    int t = rh / heads;
    float* v = x + rh * headDim;
    int p = positions[t];
    float c = cosT[(long)p * half + i], s = sinT[(long)p * half + i];
    float x1 = v[i], x2 = v[i + half];
    v[i] = x1 * c - x2 * s;
    v[i + half] = x2 * c + x1 * s;
}

// attention: one block per (row, head). pageOffsets[t] indexes the row's page
// table inside pages; scores live in dynamic shared memory (maxPos+1 floats).
__global__ void attention(float* out, const float* q, const float* K, const float* V,
                          const int* pos, const int* pageOffsets, const int* pages,
                          int heads, int kvHeads, int headDim, int pageSize, int kvDim, float scale) {
    extern __shared__ float scores[];
    __shared__ float red[256];
    int t = blockIdx.x / heads, h = blockIdx.x % heads;
    int group = heads / kvHeads;
    int kvOff = (h / group) * headDim;
    const float* qh = q + ((long)t * heads + h) * headDim;
    const int* pt = pages + pageOffsets[t];
    int n = pos[t] + 1;
    for (int j = threadIdx.x; j < n; j += blockDim.x) {
        long r = (long)pt[j / pageSize] * pageSize + j % pageSize;
        const float* k = K + r * kvDim + kvOff;
        float s = 0.f;
        for (int i = 0; i < headDim; i++) s += qh[i] * k[i];
        scores[j] = s * scale;
    }
    __syncthreads();
    float m = -3.4e38f;
    for (int j = threadIdx.x; j < n; j += blockDim.x) m = fmaxf(m, scores[j]);
    red[threadIdx.x] = m;
    __syncthreads();
    for (int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) red[threadIdx.x] = fmaxf(red[threadIdx.x], red[threadIdx.x + s]);
        __syncthreads();
    }
    m = red[0];
    __syncthreads();
    float sum = 0.f;
    for (int j = threadIdx.x; j < n; j += blockDim.x) {
        float e = __expf(scores[j] - m);
        scores[j] = e;
        sum += e;
    }
    red[threadIdx.x] = sum;
    __syncthreads();
    for (int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) red[threadIdx.x] += red[threadIdx.x + s];
        __syncthreads();
    }
    float inv = 1.f / red[0];
    float* o = out + ((long)t * heads + h) * headDim;
    for (int i = threadIdx.x; i < headDim; i += blockDim.x) {
        float acc = 0.f;
        for (int j = 0; j < n; j++) {
            long r = (long)pt[j / pageSize] * pageSize + j % pageSize;
            acc += scores[j] * V[r * kvDim + kvOff + i];
        }
        o[i] = acc * inv;
    }
}

// kv_write: K[rows[t]] = k[t], V[rows[t]] = v[t]; one thread per element.
__global__ void kv_write(float* K, float* V, const float* k, const float* v, const int* rows, int n, int kvDim) {
    long idx = (long)blockIdx.x * blockDim.x + threadIdx.x;
    if (idx >= (long)n * kvDim) return;
    int t = idx / kvDim, i = idx % kvDim;
    long dst = (long)rows[t] * kvDim + i;
    K[dst] = k[idx];
    V[dst] = v[idx];
}

// silu_mul: gate = silu(gate) * up.
__global__ void silu_mul(float* gate, const float* up, long n) {
    long i = (long)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        float g = gate[i];
        gate[i] = g / (1.f + __expf(-g)) * up[i];
    }
}

// sgmv_shrink: tmp[tmpOff[s] + row*rank + r] = x[start+row] . A_s[r]; one
// block per segment, threads over (row, r).
__global__ void sgmv_shrink(float* tmp, const float* x, int in,
                            const int* segStart, const int* segRows, const int* segRank,
                            const int* tmpOff, const unsigned long long* segA) {
    int s = blockIdx.x;
    int rank = segRank[s], rows = segRows[s];
    const float* A = (const float*)segA[s];
    for (int k = threadIdx.x; k < rows * rank; k += blockDim.x) {
        int row = k / rank, r = k % rank;
        const float* xr = x + (long)(segStart[s] + row) * in;
        const float* ar = A + (long)r * in;
        float acc = 0.f;
        for (int i = 0; i < in; i++) acc += xr[i] * ar[i];
        tmp[tmpOff[s] + k] = acc;
    }
}

// sgmv_expand: out[row, n] += scale_s * sum_r tmp_s[row, r] * BT_s[r, n];
// rowSeg maps a batch row to its segment (-1: no adapter), rowIdx to its index
// inside the segment. One thread per (row, n).
__global__ void sgmv_expand(float* out, const float* tmp, int rows, int outDim,
                            const int* rowSeg, const int* rowIdx, const int* segRank,
                            const int* tmpOff, const float* segScale, const unsigned long long* segBT) {
    long idx = (long)blockIdx.x * blockDim.x + threadIdx.x;
    if (idx >= (long)rows * outDim) return;
    int t = idx / outDim, n = idx % outDim;
    int s = rowSeg[t];
    if (s < 0) return;
    int rank = segRank[s];
    const float* tr = tmp + tmpOff[s] + (long)rowIdx[t] * rank;
    const float* BT = (const float*)segBT[s];
    float acc = 0.f;
    for (int r = 0; r < rank; r++) acc += tr[r] * BT[(long)r * outDim + n];
    out[idx] += segScale[s] * acc;
}

}
