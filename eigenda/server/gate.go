package server

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// gate decides who may put and how much: the auth tokens, each client's byte
// rate, and how many puts and gets run at once.
type gate struct {
	tokens [][]byte
	rate   float64 // bytes per second per client; 0: unlimited
	burst  float64
	puts   chan struct{} // nil: unlimited
	gets   chan struct{}
	now    func() time.Time

	mu      sync.Mutex
	buckets map[string]*byteBucket
}

// maxTrackedClients bounds the rate limiter's memory: beyond it, the idle
// buckets (full again) are forgotten.
const maxTrackedClients = 100_000

type byteBucket struct {
	tokens float64
	last   time.Time
}

func newGate(a AuthConfig, q QuotaConfig) *gate {
	g := &gate{rate: float64(q.PutBytesPerSecond), burst: float64(q.PutBurstBytes), now: time.Now,
		buckets: map[string]*byteBucket{}}
	for _, t := range a.Tokens {
		g.tokens = append(g.tokens, []byte(t))
	}
	if q.MaxConcurrentPuts > 0 {
		g.puts = make(chan struct{}, q.MaxConcurrentPuts)
	}
	if q.MaxConcurrentGets > 0 {
		g.gets = make(chan struct{}, q.MaxConcurrentGets)
	}
	return g
}

// authRequired reports whether puts need a token.
func (g *gate) authRequired() bool { return len(g.tokens) > 0 }

// client identifies the requester: the index of the token it presented, or its
// IP address when no tokens are configured. ok is false when tokens are
// configured and the request has none of them.
func (g *gate) client(r *http.Request) (id string, ok bool) {
	if len(g.tokens) == 0 {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		return "ip:" + host, true
	}
	presented := ""
	if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
		presented = strings.TrimPrefix(h, "Bearer ")
	} else if _, pw, ok := r.BasicAuth(); ok {
		presented = pw
	}
	if presented == "" {
		return "", false
	}
	match := -1
	for i, t := range g.tokens { // compare with every token, in constant time each
		if subtle.ConstantTimeCompare(t, []byte(presented)) == 1 {
			match = i
		}
	}
	if match < 0 {
		return "", false
	}
	return "token:" + strconv.Itoa(match), true
}

// charge takes n bytes from the client's bucket, or reports how long until
// they would be available.
func (g *gate) charge(id string, n int) (time.Duration, bool) {
	if g.rate <= 0 {
		return 0, true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	b, ok := g.buckets[id]
	if !ok {
		if len(g.buckets) >= maxTrackedClients {
			g.forgetFull(now)
		}
		b = &byteBucket{tokens: g.burst, last: now}
		g.buckets[id] = b
	}
	b.tokens = min(g.burst, b.tokens+now.Sub(b.last).Seconds()*g.rate)
	b.last = now
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return 0, true
	}
	wait := time.Duration((float64(n) - b.tokens) / g.rate * float64(time.Second))
	return max(wait, time.Second), false
}

// forgetFull drops the buckets that have refilled: they hold no state a new
// bucket would not.
func (g *gate) forgetFull(now time.Time) {
	for id, b := range g.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*g.rate >= g.burst {
			delete(g.buckets, id)
		}
	}
}

// acquire takes a slot of sem without waiting; release gives it back.
func acquire(sem chan struct{}) bool {
	if sem == nil {
		return true
	}
	select {
	case sem <- struct{}{}:
		return true
	default:
		return false
	}
}

func release(sem chan struct{}) {
	if sem != nil {
		<-sem
	}
}
