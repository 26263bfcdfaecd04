package precompiletest

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// Cost is what running some code cost the calling goroutine.
type Cost struct {
	// CPU is the CPU time of the OS thread that ran it: unlike wall time, it
	// does not grow when other processes load the machine.
	CPU time.Duration
	// Bytes is the heap memory it allocated.
	Bytes uint64
	// Runs is how many times it ran.
	Runs int
}

// PerRun returns the CPU time and bytes of one run.
func (c Cost) PerRun() (time.Duration, float64) {
	if c.Runs == 0 {
		return 0, 0
	}
	return c.CPU / time.Duration(c.Runs), float64(c.Bytes) / float64(c.Runs)
}

// ThreadCPU returns the CPU time the calling OS thread has used; call it
// between runtime.LockOSThread and UnlockOSThread.
func ThreadCPU() time.Duration { return threadCPU() }

// HeapAllocated returns the bytes allocated on the heap so far, exactly (it
// stops the world to flush the allocators' caches).
func HeapAllocated() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// Measure runs f n times on one locked OS thread and returns the thread's CPU
// time and the bytes allocated meanwhile.
func Measure(n int, f func()) Cost {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := threadCPU()
	for i := 0; i < n; i++ {
		f()
	}
	cpu := threadCPU() - start
	runtime.ReadMemStats(&after)
	return Cost{CPU: cpu, Bytes: after.TotalAlloc - before.TotalAlloc, Runs: n}
}

// AllocatedBytes returns the heap bytes one run of f allocates.
func AllocatedBytes(f func()) uint64 {
	return Measure(1, f).Bytes
}
