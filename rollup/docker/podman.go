package docker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Podman runs podman and podman-compose for one compose project.
type Podman struct {
	// Project is the compose project name (container names are
	// <Project>_<service>_1).
	Project string
	// File is the compose file.
	File string
	// ContainersConf is the containers.conf podman reads (CONTAINERS_CONF).
	ContainersConf string
	// Log receives every command line and its output.
	Log io.Writer
	// Poll is how often conditions are checked (default 1 s).
	Poll time.Duration
}

func (p *Podman) env() []string {
	env := os.Environ()
	if p.ContainersConf != "" {
		env = append(env, "CONTAINERS_CONF="+p.ContainersConf)
	}
	return env
}

// Run runs name (podman or podman-compose) with args and returns its
// standard output; its standard error goes to Log.
func (p *Podman) Run(ctx context.Context, name string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = p.env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	fmt.Fprintf(p.Log, "$ %s %s\n", name, strings.Join(args, " "))
	err := cmd.Run()
	if stderr.Len() > 0 {
		fmt.Fprintf(p.Log, "%s", stderr.Bytes())
	}
	if err != nil {
		return stdout.String(), fmt.Errorf("%s %s: %w: %s", name, strings.Join(args, " "), err, lastLines(stderr.String(), 5))
	}
	return stdout.String(), nil
}

func (p *Podman) compose(ctx context.Context, args ...string) (string, error) {
	return p.Run(ctx, "podman-compose", append([]string{"-p", p.Project, "-f", p.File}, args...)...)
}

// Container is the name podman-compose gives the service's container.
func (p *Podman) Container(service string) string { return p.Project + "_" + service + "_1" }

// Build builds image tag from the Dockerfile, with context dir and build args.
func (p *Podman) Build(ctx context.Context, tag, dockerfile, dir string, buildArgs ...string) error {
	args := []string{"build", "-q", "-t", tag, "-f", dockerfile}
	for _, a := range buildArgs {
		args = append(args, "--build-arg", a)
	}
	_, err := p.Run(ctx, "podman", append(args, dir)...)
	return err
}

// Up brings every service of c up in dependency order (Compose.Waves), as
// Docker Compose would: a service starts once each dependency meets its
// condition — started, healthy (its health check command succeeds inside its
// container) or completed successfully (exited 0). started is told each
// service's name as it starts.
//
// podman-compose creates every container (up --no-start); Up starts them
// itself (podman start), since podman-compose 1.0.x's `up --no-deps
// SERVICE` still starts SERVICE's dependencies, which would run a one-shot
// service such as init again at every wave.
func (p *Podman) Up(ctx context.Context, c *Compose, started func(service string)) error {
	waves, err := c.Waves()
	if err != nil {
		return err
	}
	if _, err := p.compose(ctx, "up", "--no-build", "--no-start"); err != nil {
		return err
	}
	for _, wave := range waves {
		for _, name := range wave {
			for dep, cond := range c.Services[name].DependsOn {
				if err := p.Await(ctx, c, dep, cond); err != nil {
					return fmt.Errorf("start %s: %w", name, err)
				}
			}
		}
		ctrs := make([]string, len(wave))
		for i, name := range wave {
			ctrs[i] = p.Container(name)
		}
		if _, err := p.Run(ctx, "podman", append([]string{"start"}, ctrs...)...); err != nil {
			return err
		}
		for _, name := range wave {
			if started != nil {
				started(name)
			}
		}
	}
	return nil
}

// ErrExited is returned when a service waited for exits (or, waited to
// complete, exits with a failure).
var ErrExited = errors.New("container exited")

// Await waits until service meets cond.
func (p *Podman) Await(ctx context.Context, c *Compose, service, cond string) error {
	poll := p.Poll
	if poll == 0 {
		poll = time.Second
	}
	ctr := p.Container(service)
	for {
		state, err := p.Run(ctx, "podman", "inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", ctr)
		if err != nil {
			return err
		}
		status, code, _ := strings.Cut(strings.TrimSpace(state), " ")
		switch {
		case cond == ConditionCompleted && status == "exited":
			if code != "0" {
				return fmt.Errorf("%s: %w with code %s", service, ErrExited, code)
			}
			return nil
		case cond == ConditionCompleted:
		case status == "exited":
			return fmt.Errorf("%s: %w with code %s", service, ErrExited, code)
		case cond == ConditionStarted && status == "running":
			return nil
		case cond == ConditionHealthy && status == "running":
			if p.Healthy(ctx, c, service) {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s did not become %s: %w", service, cond, ctx.Err())
		case <-time.After(poll):
		}
	}
}

// Healthy runs the service's health check command in its container and
// reports whether it succeeded.
func (p *Podman) Healthy(ctx context.Context, c *Compose, service string) bool {
	hc := c.Services[service].Healthcheck
	if hc == nil {
		return false
	}
	_, err := p.Run(ctx, "podman", append([]string{"exec", p.Container(service)}, hc...)...)
	return err == nil
}

// Address returns the container's IP address on the project's network.
func (p *Podman) Address(ctx context.Context, service string) (string, error) {
	out, err := p.Run(ctx, "podman", "inspect", "-f", "{{range .NetworkSettings.Networks}}{{.IPAddress}} {{end}}", p.Container(service))
	if err != nil {
		return "", err
	}
	fields := strings.Fields(out)
	if len(fields) == 0 {
		return "", fmt.Errorf("%s has no network address", service)
	}
	return fields[0], nil
}

// Logs returns the last lines of the service's output.
func (p *Podman) Logs(ctx context.Context, service string, lines int) string {
	cmd := exec.CommandContext(ctx, "podman", "logs", "--tail", fmt.Sprint(lines), p.Container(service))
	cmd.Env = p.env()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Sprintf("(podman logs: %v) %s", err, out)
	}
	return string(out)
}

// Down removes the project's containers, its network and its volumes.
func (p *Podman) Down(ctx context.Context) error {
	_, err := p.compose(ctx, "down", "-v", "-t", "5")
	// podman-compose 1.0.x removes containers and volumes; remove what a
	// failed run may have left by the project's label.
	var errs []error
	errs = append(errs, err)
	label := "label=io.podman.compose.project=" + p.Project
	if out, err := p.Run(ctx, "podman", "ps", "-aq", "--filter", label); err == nil && strings.TrimSpace(out) != "" {
		_, err := p.Run(ctx, "podman", append([]string{"rm", "-f", "-t", "5"}, strings.Fields(out)...)...)
		errs = append(errs, err)
	}
	for _, kind := range []string{"volume", "network"} {
		out, err := p.Run(ctx, "podman", kind, "ls", "-q", "--filter", label)
		if err != nil || strings.TrimSpace(out) == "" {
			continue
		}
		_, err = p.Run(ctx, "podman", append([]string{kind, "rm", "-f"}, strings.Fields(out)...)...)
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
