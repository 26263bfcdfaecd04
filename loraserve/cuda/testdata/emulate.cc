// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.
//
// Runs the kernels of ../kernels.cu on the CPU, one thread per block
// (blockDim.x = 1, so __syncthreads is a no-op and every strided loop visits all
// elements), to check their indexing without a GPU. Built and driven by
// emulation_test.go: emulate <kernel> <dir> reads <dir>/<name>.bin inputs and
// <dir>/params (whitespace-separated numbers), and writes <dir>/out.bin.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#define __global__
#define __shared__
struct Dim3 { unsigned x, y, z; };
static Dim3 blockIdx, threadIdx, blockDim = {1, 1, 1};
static void __syncthreads() {}
#define rsqrtf(x) (1.0f / std::sqrt((float)(x)))
#define __expf(x) std::exp((float)(x))
using std::fmaxf;

extern "C" {
float partial[4096];
float scores[1 << 20];
}

#include "../kernels.cu"

static std::string dir;

template <typename T> static std::vector<T> load(const char* name) {
    std::string path = dir + "/" + name + ".bin";
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) { std::perror(path.c_str()); std::exit(2); }
    std::fseek(f, 0, SEEK_END);
    long n = std::ftell(f);
    std::fseek(f, 0, SEEK_SET);
    std::vector<T> v(n / sizeof(T));
    if (std::fread(v.data(), 1, n, f) != (size_t)n) { std::exit(2); }
    std::fclose(f);
    return v;
}

static void save(const std::vector<float>& v) {
    std::string path = dir + "/out.bin";
    FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(v.data(), sizeof(float), v.size(), f);
    std::fclose(f);
}

// grid runs body once per block index in [0, n).
template <typename F> static void grid(long n, F body) {
    for (long b = 0; b < n; b++) { blockIdx.x = (unsigned)b; threadIdx.x = 0; body(); }
}

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    std::string k = argv[1];
    dir = argv[2];
    std::vector<double> p;
    {
        std::string path = dir + "/params";
        FILE* f = std::fopen(path.c_str(), "r");
        double x;
        while (f && std::fscanf(f, "%lf", &x) == 1) p.push_back(x);
        if (f) std::fclose(f);
    }
    if (k == "rmsnorm") {  // rows dim eps
        auto x = load<float>("x"); auto w = load<float>("w");
        int rows = p[0], dim = p[1];
        std::vector<float> out(x.size());
        grid(rows, [&] { rmsnorm(out.data(), x.data(), w.data(), dim, (float)p[2]); });
        save(out);
    } else if (k == "rope") {  // rows heads headDim
        auto x = load<float>("x"); auto pos = load<int>("pos"); auto c = load<float>("cos"); auto s = load<float>("sin");
        int rows = p[0], heads = p[1], hd = p[2];
        grid((long)rows * heads * hd / 2, [&] { rope(x.data(), rows, heads, hd, pos.data(), c.data(), s.data()); });
        save(x);
    } else if (k == "attention") {  // rows heads kvHeads headDim pageSize kvDim
        auto q = load<float>("q"); auto K = load<float>("k"); auto V = load<float>("v");
        auto pos = load<int>("pos"); auto off = load<int>("off"); auto pages = load<int>("pages");
        int rows = p[0], heads = p[1], kvh = p[2], hd = p[3], ps = p[4], kvd = p[5];
        std::vector<float> out((size_t)rows * heads * hd);
        grid((long)rows * heads, [&] {
            attention(out.data(), q.data(), K.data(), V.data(), pos.data(), off.data(), pages.data(), heads, kvh, hd, ps, kvd,
                      1.0f / std::sqrt((float)hd));
        });
        save(out);
    } else if (k == "kv_write") {  // n kvDim slabFloats
        auto kk = load<float>("k"); auto vv = load<float>("v"); auto rows = load<int>("rows");
        int n = p[0], kvd = p[1];
        std::vector<float> K((size_t)p[2]), V((size_t)p[2]);
        grid((long)n * kvd, [&] { kv_write(K.data(), V.data(), kk.data(), vv.data(), rows.data(), n, kvd); });
        K.insert(K.end(), V.begin(), V.end());
        save(K);
    } else if (k == "silu_mul") {
        auto g = load<float>("g"); auto u = load<float>("u");
        grid((long)g.size(), [&] { silu_mul(g.data(), u.data(), (long)g.size()); });
        save(g);
    } else if (k == "sgmv") {  // rows in outDim nseg
        auto x = load<float>("x"); auto out = load<float>("out");
        auto start = load<int>("start"); auto nrows = load<int>("nrows"); auto rank = load<int>("rank"); auto toff = load<int>("toff");
        auto scale = load<float>("scale"); auto A = load<float>("a"); auto BT = load<float>("bt");
        auto aoff = load<int>("aoff"); auto btoff = load<int>("btoff"); auto rowSeg = load<int>("rowseg"); auto rowIdx = load<int>("rowidx");
        int rows = p[0], in = p[1], outDim = p[2], nseg = p[3];
        std::vector<unsigned long long> ap(nseg), bp(nseg);
        for (int s = 0; s < nseg; s++) {
            ap[s] = (unsigned long long)(A.data() + aoff[s]);
            bp[s] = (unsigned long long)(BT.data() + btoff[s]);
        }
        int total = 0;
        for (int s = 0; s < nseg; s++) total += nrows[s] * rank[s];
        std::vector<float> tmp(total + 1);
        grid(nseg, [&] { sgmv_shrink(tmp.data(), x.data(), in, start.data(), nrows.data(), rank.data(), toff.data(), ap.data()); });
        grid((long)rows * outDim, [&] {
            sgmv_expand(out.data(), tmp.data(), rows, outDim, rowSeg.data(), rowIdx.data(), rank.data(), toff.data(), scale.data(), bp.data());
        });
        save(out);
    } else {
        return 2;
    }
    return 0;
}
