package docker

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/openledger/openledger/rollup/faults"
	"github.com/openledger/openledger/rollup/l1chain"
)

// Stack is a compose project brought up by Podman.Up as the fault suite's
// Target (faults.Target): the components are the compose services of the
// same names, and
//
//   - Kill (kill -9): SIGKILL, sent from the host, of the main process of
//     the service's container (podman inspect's .State.Pid) — a real crash,
//     not `podman stop` or `podman kill`, which podman records as a stop by
//     the user. The services' restart policy (unless-stopped) then restarts
//     the container: podman's cleanup process, which conmon runs when the
//     process dies, applies it (no systemd needed; seen with podman 4.3).
//   - Start: wait until podman has restarted the container (its restart
//     count went up) and its health check passes inside it. A container
//     that was stopped (Stop) is started with `podman start`, since the
//     restart policy leaves stopped containers alone.
//   - Stop (an outage): `podman stop`, which the restart policy respects.
//   - ReorgL1: dev_reorg on the `devnet l1` service (l1chain.DevAPI).
//
// With a loraserve service it is also a faults.PaidTarget: LoraserveURL is
// that container's HTTP API (compose runs it with settlement on), and
// Loraserve is killed and restarted like the others.
//
// Podman keeps a container's address across restarts, so the endpoints stay
// valid.
type Stack struct {
	// P runs podman for the project.
	P *Podman
	// C is the compose document the project was brought up from.
	C  *Compose
	ep faults.Endpoints
	// loraserve is the loraserve service's base URL ("" without one).
	loraserve string

	// restarts holds each crashed service's restart count at the crash;
	// stopped the services stopped by Stop.
	restarts map[string]int
	stopped  map[string]bool
}

// Ports are where docker-compose.yml's services serve JSON-RPC inside their
// containers.
var Ports = map[string]int{
	"l1":             8645,
	"sequencer-geth": 8545,
	"sequencer-node": 7545,
	"verifier-geth":  9546,
	"verifier-node":  7546,
}

// LoraservePort is where docker-compose.yml's loraserve serves HTTP (the
// OpenAI API, /v1/adapters, /healthz) inside its container.
const LoraservePort = 8090

// NewStack returns the Stack of a project that is up; its endpoints are the
// containers' addresses on the project's network (reachable from the host
// that runs podman as root), with Ports. Services missing from c have no
// endpoint.
func NewStack(ctx context.Context, p *Podman, c *Compose) (*Stack, error) {
	s := &Stack{P: p, C: c, restarts: map[string]int{}, stopped: map[string]bool{}}
	urls := map[string]string{}
	for svc, port := range Ports {
		if _, ok := c.Services[svc]; !ok {
			continue
		}
		addr, err := p.Address(ctx, svc)
		if err != nil {
			return nil, err
		}
		urls[svc] = fmt.Sprintf("http://%s:%d", addr, port)
	}
	s.ep = faults.Endpoints{
		L1RPC:            urls["l1"],
		SequencerRPC:     urls["sequencer-geth"],
		SequencerNodeRPC: urls["sequencer-node"],
		VerifierRPC:      urls["verifier-geth"],
		VerifierNodeRPC:  urls["verifier-node"],
	}
	if _, ok := c.Services[string(faults.Loraserve)]; ok {
		addr, err := p.Address(ctx, string(faults.Loraserve))
		if err != nil {
			return nil, err
		}
		s.loraserve = fmt.Sprintf("http://%s:%d", addr, LoraservePort)
	}
	return s, nil
}

var _ faults.PaidTarget = (*Stack)(nil)

// LoraserveURL returns the loraserve container's base URL ("" when the
// project has no loraserve service).
func (s *Stack) LoraserveURL() string { return s.loraserve }

// Endpoints returns the JSON-RPC URLs of the project's containers.
func (s *Stack) Endpoints() faults.Endpoints { return s.ep }

// containerState is what the fault operations read of podman inspect.
type containerState struct {
	Status   string
	Pid      int
	Restarts int
}

func (s *Stack) state(ctx context.Context, service string) (containerState, error) {
	out, err := s.P.Run(ctx, "podman", "inspect", "-f", "{{.State.Status}} {{.State.Pid}} {{.RestartCount}}", s.P.Container(service))
	if err != nil {
		return containerState{}, err
	}
	f := strings.Fields(out)
	if len(f) != 3 {
		return containerState{}, fmt.Errorf("podman inspect %s: unexpected %q", service, out)
	}
	pid, err1 := strconv.Atoi(f[1])
	restarts, err2 := strconv.Atoi(f[2])
	if err := errors.Join(err1, err2); err != nil {
		return containerState{}, fmt.Errorf("podman inspect %s: %q: %w", service, out, err)
	}
	return containerState{Status: f[0], Pid: pid, Restarts: restarts}, nil
}

// Kill sends SIGKILL to the main process of c's container from the host.
// The restart policy brings the container back; Start waits for that.
func (s *Stack) Kill(ctx context.Context, c faults.Component) error {
	service := string(c)
	st, err := s.state(ctx, service)
	if err != nil {
		return err
	}
	if st.Status != "running" || st.Pid <= 0 {
		return fmt.Errorf("kill -9 %s: container is %s (pid %d), not running", service, st.Status, st.Pid)
	}
	s.restarts[service] = st.Restarts
	fmt.Fprintf(s.P.Log, "$ kill -KILL %d   # %s's main process\n", st.Pid, service)
	if err := syscall.Kill(st.Pid, syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill -9 %s (pid %d): %w", service, st.Pid, err)
	}
	return nil
}

// Stop stops c's container (SIGTERM, then SIGKILL after 5 s); it stays
// down, restart policy or not, until Start.
func (s *Stack) Stop(ctx context.Context, c faults.Component) error {
	service := string(c)
	if _, err := s.P.Run(ctx, "podman", "stop", "-t", "5", s.P.Container(service)); err != nil {
		return err
	}
	s.stopped[service] = true
	return nil
}

// Start returns once c is back and healthy: after Kill, once the restart
// policy restarted its container (started here if no policy applies); after
// Stop, once `podman start` started it.
func (s *Stack) Start(ctx context.Context, c faults.Component) error {
	service := string(c)
	if s.stopped[service] {
		if _, err := s.P.Run(ctx, "podman", "start", s.P.Container(service)); err != nil {
			return err
		}
		delete(s.stopped, service)
	}
	before, crashed := s.restarts[service]
	delete(s.restarts, service)
	poll := s.P.Poll
	if poll == 0 {
		poll = time.Second
	}
	for {
		st, err := s.state(ctx, service)
		if err != nil {
			return err
		}
		switch {
		case crashed && st.Restarts <= before && st.Status != "running" && s.policy(service) == "no":
			// No restart policy applies: start it as an operator would.
			if _, err := s.P.Run(ctx, "podman", "start", s.P.Container(service)); err != nil {
				return err
			}
			crashed = false
		case crashed && st.Restarts <= before:
			// The restart policy has not acted yet.
		case crashed:
			fmt.Fprintf(s.P.Log, "%s: restarted by its restart policy (restart count %d → %d, pid %d)\n", service, before, st.Restarts, st.Pid)
			crashed = false
			continue
		case st.Status == "running" && (s.C.Services[service].Healthcheck == nil || s.P.Healthy(ctx, s.C, service)):
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s did not come back: %w\n%s", service, ctx.Err(), s.P.Logs(context.Background(), service, 30))
		case <-time.After(poll):
		}
	}
}

// policy is the service's restart policy in compose ("no" when unset).
func (s *Stack) policy(service string) string {
	svc, _ := s.C.Raw["services"].(map[string]any)[service].(map[string]any)
	if p, ok := svc["restart"].(string); ok && p != "" {
		return p
	}
	return "no"
}

// ReorgL1 replaces the newest depth blocks of the dev L1 with a longer
// branch (dev_reorg), and logs what the L1 answered.
func (s *Stack) ReorgL1(ctx context.Context, depth uint64) error {
	res, err := s.reorgL1(ctx, depth)
	if err != nil {
		return err
	}
	fmt.Fprintf(s.P.Log, "dev_reorg %d: head %d %s replaced by %d %s\n", depth, res.OldNumber, res.OldHash, res.Number, res.Hash)
	return nil
}

func (s *Stack) reorgL1(ctx context.Context, depth uint64) (*l1chain.ReorgResult, error) {
	if s.ep.L1RPC == "" {
		return nil, errors.New("L1 reorg: the stack has no l1 service")
	}
	c, err := rpc.DialContext(ctx, s.ep.L1RPC)
	if err != nil {
		return nil, fmt.Errorf("L1 reorg: %w", err)
	}
	defer c.Close()
	var res l1chain.ReorgResult
	if err := c.CallContext(ctx, &res, "dev_reorg", hexutil.Uint64(depth)); err != nil {
		return nil, fmt.Errorf("L1 reorg of %d blocks: %w", depth, err)
	}
	return &res, nil
}
