// Copyright 2026 The OpenLedger Authors. Licensed under the Apache License, Version 2.0.

//go:build cuda

package cuda

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"unsafe"

	"github.com/ebitengine/purego"

	"github.com/openledger/openledger/loraserve/kernels"
)

//go:embed kernels.cu
var kernelSource string

// ErrUnavailable is returned when no CUDA driver, NVRTC, cuBLAS or GPU is found.
var ErrUnavailable = errors.New("cuda: unavailable")

// api holds the dynamically loaded entry points.
type api struct {
	cuInit                   func(flags uint32) int32
	cuDeviceGet              func(dev *int32, ordinal int32) int32
	cuDeviceGetAttribute     func(v *int32, attrib int32, dev int32) int32
	cuDevicePrimaryCtxRetain func(ctx *uintptr, dev int32) int32
	cuCtxSetCurrent          func(ctx uintptr) int32
	cuModuleLoadData         func(mod *uintptr, image unsafe.Pointer) int32
	cuModuleGetFunction      func(fn *uintptr, mod uintptr, name string) int32
	cuMemAlloc               func(ptr *uint64, size uint64) int32
	cuMemFree                func(ptr uint64) int32
	cuMemcpyHtoD             func(dst uint64, src unsafe.Pointer, size uint64) int32
	cuMemcpyDtoH             func(dst unsafe.Pointer, src uint64, size uint64) int32
	cuLaunchKernel           func(f uintptr, gx, gy, gz, bx, by, bz, shared uint32, stream uintptr, params unsafe.Pointer, extra unsafe.Pointer) int32
	cuCtxSynchronize         func() int32
	cuGetErrorString         func(res int32, str **byte) int32
	nvrtcCreateProgram       func(prog *uintptr, src string, name string, numHeaders int32, headers unsafe.Pointer, includeNames unsafe.Pointer) int32
	nvrtcCompileProgram      func(prog uintptr, numOptions int32, options unsafe.Pointer) int32
	nvrtcGetProgramLogSize   func(prog uintptr, size *uint64) int32
	nvrtcGetProgramLog       func(prog uintptr, log unsafe.Pointer) int32
	nvrtcGetPTXSize          func(prog uintptr, size *uint64) int32
	nvrtcGetPTX              func(prog uintptr, ptx unsafe.Pointer) int32
	nvrtcDestroyProgram      func(prog *uintptr) int32
	cublasCreate             func(handle *uintptr) int32
	cublasSgemm              func(handle uintptr, transa, transb int32, m, n, k int32, alpha *float32, a uint64, lda int32, b uint64, ldb int32, beta *float32, c uint64, ldc int32) int32
	cublasDestroy            func(handle uintptr) int32
	cuMemGetInfo             func(free, total *uint64) int32
	cuMemcpyDtoD             func(dst, src uint64, size uint64) int32
}

const (
	cuDeviceAttributeComputeCapabilityMajor = 75
	cuDeviceAttributeComputeCapabilityMinor = 76
	cublasOpN                               = 0
	cublasOpT                               = 1
)

func open(names ...string) (uintptr, error) {
	var errs []error
	for _, n := range names {
		h, err := purego.Dlopen(n, purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err == nil {
			return h, nil
		}
		errs = append(errs, err)
	}
	return 0, fmt.Errorf("%w: %w", ErrUnavailable, errors.Join(errs...))
}

func loadAPI() (*api, error) {
	cuda, err := open("libcuda.so.1", "libcuda.so")
	if err != nil {
		return nil, err
	}
	nvrtc, err := open("libnvrtc.so", "libnvrtc.so.12", "libnvrtc.so.13", "libnvrtc.so.11.2")
	if err != nil {
		return nil, err
	}
	cublas, err := open("libcublas.so", "libcublas.so.12", "libcublas.so.13", "libcublas.so.11")
	if err != nil {
		return nil, err
	}
	a := &api{}
	reg := func(lib uintptr, fn any, name string) {
		if err != nil {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("%w: symbol %s: %v", ErrUnavailable, name, r)
			}
		}()
		purego.RegisterLibFunc(fn, lib, name)
	}
	reg(cuda, &a.cuInit, "cuInit")
	reg(cuda, &a.cuDeviceGet, "cuDeviceGet")
	reg(cuda, &a.cuDeviceGetAttribute, "cuDeviceGetAttribute")
	reg(cuda, &a.cuDevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain")
	reg(cuda, &a.cuCtxSetCurrent, "cuCtxSetCurrent")
	reg(cuda, &a.cuModuleLoadData, "cuModuleLoadData")
	reg(cuda, &a.cuModuleGetFunction, "cuModuleGetFunction")
	reg(cuda, &a.cuMemAlloc, "cuMemAlloc_v2")
	reg(cuda, &a.cuMemFree, "cuMemFree_v2")
	reg(cuda, &a.cuMemcpyHtoD, "cuMemcpyHtoD_v2")
	reg(cuda, &a.cuMemcpyDtoH, "cuMemcpyDtoH_v2")
	reg(cuda, &a.cuLaunchKernel, "cuLaunchKernel")
	reg(cuda, &a.cuCtxSynchronize, "cuCtxSynchronize")
	reg(cuda, &a.cuGetErrorString, "cuGetErrorString")
	reg(cuda, &a.cuMemGetInfo, "cuMemGetInfo_v2")
	reg(cuda, &a.cuMemcpyDtoD, "cuMemcpyDtoD_v2")
	reg(nvrtc, &a.nvrtcCreateProgram, "nvrtcCreateProgram")
	reg(nvrtc, &a.nvrtcCompileProgram, "nvrtcCompileProgram")
	reg(nvrtc, &a.nvrtcGetProgramLogSize, "nvrtcGetProgramLogSize")
	reg(nvrtc, &a.nvrtcGetProgramLog, "nvrtcGetProgramLog")
	reg(nvrtc, &a.nvrtcGetPTXSize, "nvrtcGetPTXSize")
	reg(nvrtc, &a.nvrtcGetPTX, "nvrtcGetPTX")
	reg(nvrtc, &a.nvrtcDestroyProgram, "nvrtcDestroyProgram")
	reg(cublas, &a.cublasCreate, "cublasCreate_v2")
	reg(cublas, &a.cublasSgemm, "cublasSgemm_v2")
	reg(cublas, &a.cublasDestroy, "cublasDestroy_v2")
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Backend runs the loraserve kernels on one GPU.
type Backend struct {
	api    *api
	ctx    uintptr
	cublas uintptr
	fn     map[string]uintptr
	arch   string

	mu          sync.Mutex
	weights     map[uintptr]*devBuf // host address -> resident copy
	scratch     map[string]devBuf   // named per-call buffers, grown as needed
	kvCache     map[uintptr]devBuf  // host KV slab address -> device slab (the cache lives on the device)
	tick        uint64              // calls so far, for LRU
	weightBytes uint64
	budget      uint64 // device bytes for resident weights (80% of free memory at start)
}

// devBuf is a device allocation. For resident weights, host (or raw, for a
// decoded non-f32 matrix) keeps the host storage reachable so its address
// cannot be reused while it is a key.
type devBuf struct {
	ptr   uint64
	bytes uint64
	host  []float32
	raw   []byte
	used  uint64
}

var _ kernels.Backend = (*Backend)(nil)

// New initialises device 0, compiles kernels.cu with NVRTC and creates a cuBLAS handle.
func New() (*Backend, error) {
	a, err := loadAPI()
	if err != nil {
		return nil, err
	}
	b := &Backend{api: a, fn: map[string]uintptr{}, weights: map[uintptr]*devBuf{}, scratch: map[string]devBuf{},
		kvCache: map[uintptr]devBuf{}}
	runtime.LockOSThread() // the context is made current on this thread below
	defer runtime.UnlockOSThread()
	if err := b.check("cuInit", a.cuInit(0)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	var dev int32
	if err := b.check("cuDeviceGet", a.cuDeviceGet(&dev, 0)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	var major, minor int32
	a.cuDeviceGetAttribute(&major, cuDeviceAttributeComputeCapabilityMajor, dev)
	a.cuDeviceGetAttribute(&minor, cuDeviceAttributeComputeCapabilityMinor, dev)
	b.arch = fmt.Sprintf("compute_%d%d", major, minor)
	if err := b.check("cuDevicePrimaryCtxRetain", a.cuDevicePrimaryCtxRetain(&b.ctx, dev)); err != nil {
		return nil, err
	}
	if err := b.check("cuCtxSetCurrent", a.cuCtxSetCurrent(b.ctx)); err != nil {
		return nil, err
	}
	var free, total uint64
	if err := b.check("cuMemGetInfo", a.cuMemGetInfo(&free, &total)); err != nil {
		return nil, err
	}
	b.budget = free / 10 * 8
	ptx, err := b.compile()
	if err != nil {
		return nil, err
	}
	var mod uintptr
	if err := b.check("cuModuleLoadData", a.cuModuleLoadData(&mod, unsafe.Pointer(&ptx[0]))); err != nil {
		return nil, err
	}
	for _, name := range []string{"rmsnorm", "rope", "attention", "kv_write", "silu_mul", "sgmv_shrink", "sgmv_expand"} {
		var f uintptr
		if err := b.check("cuModuleGetFunction "+name, a.cuModuleGetFunction(&f, mod, name)); err != nil {
			return nil, err
		}
		b.fn[name] = f
	}
	if st := a.cublasCreate(&b.cublas); st != 0 {
		return nil, fmt.Errorf("cuda: cublasCreate: status %d", st)
	}
	return b, nil
}

// compile runs NVRTC over kernels.cu and returns NUL-terminated PTX.
func (b *Backend) compile() ([]byte, error) {
	a := b.api
	var prog uintptr
	if st := a.nvrtcCreateProgram(&prog, kernelSource, "kernels.cu", 0, nil, nil); st != 0 {
		return nil, fmt.Errorf("cuda: nvrtcCreateProgram: status %d", st)
	}
	defer a.nvrtcDestroyProgram(&prog)
	opts := []string{"--gpu-architecture=" + b.arch, "--use_fast_math", "-default-device"}
	cstrs := make([][]byte, len(opts))
	ptrs := make([]*byte, len(opts))
	for i, o := range opts {
		cstrs[i] = append([]byte(o), 0)
		ptrs[i] = &cstrs[i][0]
	}
	if st := a.nvrtcCompileProgram(prog, int32(len(ptrs)), unsafe.Pointer(&ptrs[0])); st != 0 {
		var n uint64
		a.nvrtcGetProgramLogSize(prog, &n)
		log := make([]byte, n+1)
		a.nvrtcGetProgramLog(prog, unsafe.Pointer(&log[0]))
		return nil, fmt.Errorf("cuda: nvrtc compile (%s): status %d: %s", b.arch, st, log)
	}
	var n uint64
	a.nvrtcGetPTXSize(prog, &n)
	ptx := make([]byte, n+1)
	if st := a.nvrtcGetPTX(prog, unsafe.Pointer(&ptx[0])); st != 0 {
		return nil, fmt.Errorf("cuda: nvrtcGetPTX: status %d", st)
	}
	return ptx, nil
}

func (b *Backend) check(what string, res int32) error {
	if res == 0 {
		return nil
	}
	var s *byte
	msg := "unknown error"
	if b.api.cuGetErrorString(res, &s) == 0 && s != nil {
		msg = cString(s)
	}
	return fmt.Errorf("cuda: %s: %s (%d)", what, msg, res)
}

func cString(p *byte) string {
	var out []byte
	for q := unsafe.Pointer(p); *(*byte)(q) != 0; q = unsafe.Add(q, 1) {
		out = append(out, *(*byte)(q))
	}
	return string(out)
}

// must panics on a device error inside a kernel call: Backend methods have no
// error result, and a failing GPU cannot produce a correct answer.
func (b *Backend) must(what string, res int32) {
	if err := b.check(what, res); err != nil {
		panic(err)
	}
}

// Name implements kernels.Backend.
func (b *Backend) Name() string { return "cuda" }

// resident returns the device copy of an immutable host slice (model or
// adapter weights), uploading it on first use. When resident weights exceed the
// budget the least recently used copies are freed (evicted adapters age out;
// base weights are used every step and stay).
func (b *Backend) resident(host []float32) uint64 {
	key := uintptr(unsafe.Pointer(unsafe.SliceData(host)))
	if d, ok := b.weights[key]; ok && d.bytes == uint64(4*len(host)) {
		d.used = b.tick
		return d.ptr
	}
	bytes := uint64(4 * len(host))
	for b.weightBytes+bytes > b.budget && b.evictOldest() {
	}
	nd := b.alloc(bytes)
	d := &nd
	d.host, d.used = host, b.tick
	b.must("upload weights", b.api.cuMemcpyHtoD(d.ptr, unsafe.Pointer(unsafe.SliceData(host)), d.bytes))
	b.weights[key] = d
	b.weightBytes += bytes
	return d.ptr
}

// evictOldest frees the least recently used resident copy not used by the
// current call (each kernel call advances tick through begin).
// Release implements kernels.Releaser: the adapter cache calls it for the
// weights of an evicted adapter.
func (b *Backend) Release(host []float32) {
	b.begin()
	defer b.end()
	key := uintptr(unsafe.Pointer(unsafe.SliceData(host)))
	if d, ok := b.weights[key]; ok {
		b.api.cuMemFree(d.ptr)
		b.weightBytes -= d.bytes
		delete(b.weights, key)
	}
}

var _ kernels.Releaser = (*Backend)(nil)

func (b *Backend) evictOldest() bool {
	var oldest uintptr
	var od *devBuf
	for k, d := range b.weights {
		if d.used < b.tick && (od == nil || d.used < od.used) {
			oldest, od = k, d
		}
	}
	if od == nil {
		return false
	}
	b.api.cuMemFree(od.ptr)
	b.weightBytes -= od.bytes
	delete(b.weights, oldest)
	return true
}

// begin locks the backend for one kernel call, pins the goroutine to its OS
// thread and makes the context current there (CUDA contexts are per thread
// and goroutines move between threads), and advances the LRU clock. end undoes it.
func (b *Backend) begin() {
	b.mu.Lock()
	runtime.LockOSThread()
	b.must("cuCtxSetCurrent", b.api.cuCtxSetCurrent(b.ctx))
	b.tick++
}

func (b *Backend) end() {
	runtime.UnlockOSThread()
	b.mu.Unlock()
}

func (b *Backend) alloc(bytes uint64) devBuf {
	var p uint64
	b.must("cuMemAlloc", b.api.cuMemAlloc(&p, max(bytes, 4)))
	return devBuf{ptr: p, bytes: bytes}
}

// buf returns the named scratch buffer with room for bytes.
func (b *Backend) buf(name string, bytes uint64) uint64 {
	d, ok := b.scratch[name]
	if !ok || d.bytes < bytes {
		if ok {
			b.api.cuMemFree(d.ptr)
		}
		d = b.alloc(bytes)
		b.scratch[name] = d
	}
	return d.ptr
}

func upload[T any](b *Backend, name string, host []T) uint64 {
	var zero T
	n := uint64(len(host)) * uint64(unsafe.Sizeof(zero))
	p := b.buf(name, n)
	if n > 0 {
		b.must("upload "+name, b.api.cuMemcpyHtoD(p, unsafe.Pointer(unsafe.SliceData(host)), n))
	}
	return p
}

func (b *Backend) download(host []float32, dev uint64) {
	if len(host) == 0 {
		return
	}
	b.must("download", b.api.cuMemcpyDtoH(unsafe.Pointer(unsafe.SliceData(host)), dev, uint64(4*len(host))))
}

// launch runs a kernel; args are pointers to each argument value.
func (b *Backend) launch(name string, grid, block, shared uint32, args ...unsafe.Pointer) {
	b.must("launch "+name, b.api.cuLaunchKernel(b.fn[name], grid, 1, 1, block, 1, 1, shared, 0, unsafe.Pointer(&args[0]), nil))
}

// residentMatrix returns the device copy of a weight matrix as float32: an
// f32 matrix is uploaded as it is; any other dtype is decoded on the host
// once and the float32 copy kept on the device (keyed by its raw storage).
// Q8_0 weights are therefore multiplied in float32 here, where the CPU
// backends quantize the activations too (within about 1% of each other).
func (b *Backend) residentMatrix(w *kernels.Matrix) uint64 {
	if w.DType == kernels.F32 {
		return b.resident(w.F32)
	}
	key := uintptr(unsafe.Pointer(unsafe.SliceData(w.Raw)))
	bytes := uint64(4 * w.Rows * w.Cols)
	if d, ok := b.weights[key]; ok && d.bytes == bytes {
		d.used = b.tick
		return d.ptr
	}
	for b.weightBytes+bytes > b.budget && b.evictOldest() {
	}
	nd := b.alloc(bytes)
	d := &nd
	d.raw, d.used = w.Raw, b.tick
	host := w.Float32()
	b.must("upload weights", b.api.cuMemcpyHtoD(d.ptr, unsafe.Pointer(unsafe.SliceData(host)), d.bytes))
	b.weights[key] = d
	b.weightBytes += bytes
	return d.ptr
}

// sgemm runs cublasSgemm in column-major terms and panics on failure.
func (b *Backend) sgemm(transA, transB int32, m, n, k int, a uint64, lda int, x uint64, ldb int, beta float32, c uint64, ldc int) {
	alpha := float32(1)
	if st := b.api.cublasSgemm(b.cublas, transA, transB, int32(m), int32(n), int32(k),
		&alpha, a, int32(lda), x, int32(ldb), &beta, c, int32(ldc)); st != 0 {
		panic(fmt.Errorf("cuda: cublasSgemm: status %d", st))
	}
}

// MatMul implements kernels.Backend with cublasSgemm: in column-major terms
// outᵀ[outDim, rows] = W_cmᵀ · x_cm.
func (b *Backend) MatMul(out, x []float32, w *kernels.Matrix, rows int) {
	b.begin()
	defer b.end()
	in, outDim := w.Cols, w.Rows
	dw := b.residentMatrix(w)
	dx := upload(b, "mm.x", x[:rows*in])
	do := b.buf("mm.out", uint64(4*rows*outDim))
	b.sgemm(cublasOpT, cublasOpN, outDim, rows, in, dw, in, dx, in, 0, do, outDim)
	b.download(out[:rows*outDim], do)
}

// MatMulT implements kernels.Backend: in column-major terms
// outᵀ[in, rows] = W_cm[in, outDim] · dyᵀ[outDim, rows].
func (b *Backend) MatMulT(out, dy []float32, w *kernels.Matrix, rows int) {
	b.begin()
	defer b.end()
	in, outDim := w.Cols, w.Rows
	dw := b.residentMatrix(w)
	ddy := upload(b, "mmt.dy", dy[:rows*outDim])
	do := b.buf("mmt.out", uint64(4*rows*in))
	b.sgemm(cublasOpN, cublasOpN, in, rows, outDim, dw, in, ddy, outDim, 0, do, in)
	b.download(out[:rows*in], do)
}

// AccumulateGrad implements kernels.Backend: in column-major terms
// dwᵀ[in, outDim] += xᵀ[in, rows] · dy[rows, outDim].
func (b *Backend) AccumulateGrad(dw, dy, x []float32, rows, outDim, in int) {
	b.begin()
	defer b.end()
	ddw := upload(b, "grad.dw", dw[:outDim*in])
	ddy := upload(b, "grad.dy", dy[:rows*outDim])
	dx := upload(b, "grad.x", x[:rows*in])
	b.sgemm(cublasOpN, cublasOpT, in, outDim, rows, dx, in, ddy, outDim, 1, ddw, in)
	b.download(dw[:outDim*in], ddw)
}

// SGMV implements kernels.Backend with the shrink and expand kernels.
func (b *Backend) SGMV(out, x []float32, in, outDim int, segs []kernels.Segment) {
	if len(segs) == 0 {
		return
	}
	b.begin()
	defer b.end()
	rows := 0
	for _, s := range segs {
		rows = max(rows, s.Start+s.Rows)
	}
	n := len(segs)
	start, nrows, rank, tmpOff := make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n)
	scale := make([]float32, n)
	aPtr, btPtr := make([]uint64, n), make([]uint64, n)
	rowSeg, rowIdx := make([]int32, rows), make([]int32, rows)
	for i := range rowSeg {
		rowSeg[i] = -1
	}
	off := int32(0)
	for i, s := range segs {
		start[i], nrows[i], rank[i], tmpOff[i], scale[i] = int32(s.Start), int32(s.Rows), int32(s.Rank), off, s.Scale
		aPtr[i], btPtr[i] = b.resident(s.A), b.resident(s.BT)
		for r := 0; r < s.Rows; r++ {
			rowSeg[s.Start+r], rowIdx[s.Start+r] = int32(i), int32(r)
		}
		off += int32(s.Rows * s.Rank)
	}
	dx := upload(b, "sg.x", x[:rows*in])
	dOut := upload(b, "sg.out", out[:rows*outDim])
	dTmp := b.buf("sg.tmp", uint64(4*max(off, 1)))
	dStart, dRows, dRank, dOff := upload(b, "sg.start", start), upload(b, "sg.rows", nrows), upload(b, "sg.rank", rank), upload(b, "sg.off", tmpOff)
	dScale, dA, dBT := upload(b, "sg.scale", scale), upload(b, "sg.a", aPtr), upload(b, "sg.bt", btPtr)
	dRowSeg, dRowIdx := upload(b, "sg.rowseg", rowSeg), upload(b, "sg.rowidx", rowIdx)
	inI, outI, rowsI := int32(in), int32(outDim), int32(rows)
	b.launch("sgmv_shrink", uint32(n), 128, 0,
		unsafe.Pointer(&dTmp), unsafe.Pointer(&dx), unsafe.Pointer(&inI), unsafe.Pointer(&dStart), unsafe.Pointer(&dRows),
		unsafe.Pointer(&dRank), unsafe.Pointer(&dOff), unsafe.Pointer(&dA))
	total := rows * outDim
	b.launch("sgmv_expand", uint32((total+255)/256), 256, 0,
		unsafe.Pointer(&dOut), unsafe.Pointer(&dTmp), unsafe.Pointer(&rowsI), unsafe.Pointer(&outI), unsafe.Pointer(&dRowSeg),
		unsafe.Pointer(&dRowIdx), unsafe.Pointer(&dRank), unsafe.Pointer(&dOff), unsafe.Pointer(&dScale), unsafe.Pointer(&dBT))
	b.download(out[:rows*outDim], dOut)
}

// RMSNorm implements kernels.Backend.
func (b *Backend) RMSNorm(out, x, weight []float32, rows, dim int, eps float32) {
	b.begin()
	defer b.end()
	dx := upload(b, "rms.x", x[:rows*dim])
	dw := b.resident(weight)
	do := b.buf("rms.out", uint64(4*rows*dim))
	dimI := int32(dim)
	const threads = 256
	b.launch("rmsnorm", uint32(rows), threads, threads*4,
		unsafe.Pointer(&do), unsafe.Pointer(&dx), unsafe.Pointer(&dw), unsafe.Pointer(&dimI), unsafe.Pointer(&eps))
	b.download(out[:rows*dim], do)
}

// RoPE implements kernels.Backend.
func (b *Backend) RoPE(x []float32, rows, heads, headDim int, positions []int, cos, sin []float32) {
	b.begin()
	defer b.end()
	pos := make([]int32, rows)
	for i := range pos {
		pos[i] = int32(positions[i])
	}
	dx := upload(b, "rope.x", x[:rows*heads*headDim])
	dp := upload(b, "rope.pos", pos)
	dc, ds := b.resident(cos), b.resident(sin)
	rowsI, headsI, hdI := int32(rows), int32(heads), int32(headDim)
	total := rows * heads * headDim / 2
	b.launch("rope", uint32((total+255)/256), 256, 0,
		unsafe.Pointer(&dx), unsafe.Pointer(&rowsI), unsafe.Pointer(&headsI), unsafe.Pointer(&hdI), unsafe.Pointer(&dp),
		unsafe.Pointer(&dc), unsafe.Pointer(&ds))
	b.download(x[:rows*heads*headDim], dx)
}

// kvSlab returns the device slab mirroring a host KV slab (allocated, zeroed
// by use, on first sight; the model's cache pages are addressed identically).
func (b *Backend) kvSlab(host []float32) uint64 {
	key := uintptr(unsafe.Pointer(unsafe.SliceData(host)))
	if d, ok := b.kvCache[key]; ok {
		return d.ptr
	}
	d := b.alloc(uint64(4 * len(host)))
	d.host = host // keep the key's address alive
	b.kvCache[key] = d
	return d.ptr
}

// WriteKV implements kernels.Backend: new keys and values go straight into the
// device-resident cache.
func (b *Backend) WriteKV(kv kernels.PagedKV, cacheRows []int, k, v []float32) {
	b.begin()
	defer b.end()
	n := len(cacheRows)
	rows := make([]int32, n)
	for i, r := range cacheRows {
		rows[i] = int32(r)
	}
	dK, dV := b.kvSlab(kv.K), b.kvSlab(kv.V)
	dk, dv := upload(b, "kv.k", k[:n*kv.KVDim]), upload(b, "kv.v", v[:n*kv.KVDim])
	dr := upload(b, "kv.rows", rows)
	nI, kvdI := int32(n), int32(kv.KVDim)
	total := n * kv.KVDim
	b.launch("kv_write", uint32((total+255)/256), 256, 0,
		unsafe.Pointer(&dK), unsafe.Pointer(&dV), unsafe.Pointer(&dk), unsafe.Pointer(&dv), unsafe.Pointer(&dr),
		unsafe.Pointer(&nI), unsafe.Pointer(&kvdI))
}

// Attention implements kernels.Backend over the device-resident paged cache;
// only the page tables travel.
func (b *Backend) Attention(out, q []float32, rows []kernels.AttnRow, kv kernels.PagedKV, heads, kvHeads, headDim int) {
	b.begin()
	defer b.end()
	var pages []int32
	offsets := make([]int32, len(rows))
	pos := make([]int32, len(rows))
	maxPos := 0
	for t, r := range rows {
		offsets[t] = int32(len(pages))
		pos[t] = int32(r.Pos)
		maxPos = max(maxPos, r.Pos)
		pages = append(pages, r.Pages[:(r.Pos/kv.PageSize)+1]...)
	}
	n := len(rows)
	dK, dV := b.kvSlab(kv.K), b.kvSlab(kv.V)
	dq := upload(b, "att.q", q[:n*heads*headDim])
	dpos, doff, dpages := upload(b, "att.pos", pos), upload(b, "att.off", offsets), upload(b, "att.pages", pages)
	do := b.buf("att.out", uint64(4*n*heads*headDim))
	headsI, kvhI, hdI, psI, kvdI := int32(heads), int32(kvHeads), int32(headDim), int32(kv.PageSize), int32(kv.KVDim)
	scale := float32(1 / math.Sqrt(float64(headDim)))
	b.launch("attention", uint32(n*heads), 128, uint32(4*(maxPos+1)),
		unsafe.Pointer(&do), unsafe.Pointer(&dq), unsafe.Pointer(&dK), unsafe.Pointer(&dV), unsafe.Pointer(&dpos),
		unsafe.Pointer(&doff), unsafe.Pointer(&dpages), unsafe.Pointer(&headsI), unsafe.Pointer(&kvhI), unsafe.Pointer(&hdI),
		unsafe.Pointer(&psI), unsafe.Pointer(&kvdI), unsafe.Pointer(&scale))
	b.download(out[:n*heads*headDim], do)
}

// SiLUMul implements kernels.Backend.
func (b *Backend) SiLUMul(gate, up []float32) {
	b.begin()
	defer b.end()
	dg, du := upload(b, "silu.g", gate), upload(b, "silu.u", up)
	n := int64(len(gate))
	b.launch("silu_mul", uint32((n+255)/256), 256, 0, unsafe.Pointer(&dg), unsafe.Pointer(&du), unsafe.Pointer(&n))
	b.download(gate, dg)
}

// Close frees device memory and the cuBLAS handle.
func (b *Backend) Close() error {
	b.begin()
	defer b.end()
	for _, d := range b.weights {
		b.api.cuMemFree(d.ptr)
	}
	for _, d := range b.scratch {
		b.api.cuMemFree(d.ptr)
	}
	for _, d := range b.kvCache {
		b.api.cuMemFree(d.ptr)
	}
	b.kvCache = map[uintptr]devBuf{}
	b.weights, b.scratch, b.weightBytes = map[uintptr]*devBuf{}, map[string]devBuf{}, 0
	if b.cublas != 0 {
		b.api.cublasDestroy(b.cublas)
		b.cublas = 0
	}
	return nil
}
