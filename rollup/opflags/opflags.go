package opflags

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"
)

// Default is one flag default: the flag's primary name and its value.
type Default struct {
	Name  string
	Value string
}

// Apply returns args (args[0] is the program name) with a --name=value
// argument inserted for every default whose flag the user set neither on the
// command line nor through one of the flag's environment variables. Flags
// lists the application's flags, to find each default's environment
// variables; a default naming no flag is an error.
func Apply(args []string, flags []cli.Flag, defaults []Default) ([]string, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("opflags: no program name in args")
	}
	envs := make(map[string][]string)
	for _, f := range flags {
		names := f.Names()
		var vars []string
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok {
			vars = ev.GetEnvVars()
		}
		for _, n := range names {
			envs[n] = vars
		}
	}
	var extra []string
	for _, d := range defaults {
		vars, ok := envs[d.Name]
		if !ok {
			return nil, fmt.Errorf("opflags: default for unknown flag %q", d.Name)
		}
		if setOnCommandLine(args[1:], d.Name) || setInEnv(vars) {
			continue
		}
		extra = append(extra, "--"+d.Name+"="+d.Value)
	}
	out := append([]string{args[0]}, extra...)
	return append(out, args[1:]...), nil
}

// setOnCommandLine reports whether args set the flag (before any "--").
func setOnCommandLine(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		trimmed := strings.TrimLeft(a, "-")
		if len(trimmed) == len(a) {
			continue
		}
		if trimmed == name || strings.HasPrefix(trimmed, name+"=") {
			return true
		}
	}
	return false
}

func setInEnv(vars []string) bool {
	for _, v := range vars {
		if _, ok := os.LookupEnv(v); ok {
			return true
		}
	}
	return false
}

// Describe renders defaults for a command's help text.
func Describe(defaults []Default) string {
	lines := make([]string, 0, len(defaults))
	for _, d := range defaults {
		lines = append(lines, fmt.Sprintf("  --%s=%s", d.Name, d.Value))
	}
	sort.Strings(lines)
	return "OpenLedger defaults (used when neither the flag nor its environment variable is set):\n" + strings.Join(lines, "\n")
}

// IsSet reports whether the flag called name (any of its names) is set in
// args (args[0] is the program) or through one of its environment variables.
func IsSet(args []string, flags []cli.Flag, name string) bool {
	for _, f := range flags {
		names := f.Names()
		match := false
		for _, n := range names {
			match = match || n == name
		}
		if !match {
			continue
		}
		for _, n := range names {
			if len(args) > 1 && setOnCommandLine(args[1:], n) {
				return true
			}
		}
		if ev, ok := f.(interface{ GetEnvVars() []string }); ok && setInEnv(ev.GetEnvVars()) {
			return true
		}
	}
	return false
}

// Parse parses full (a command line with the program name first, as Apply
// returns it) with flags through a throw-away cli app that prints nothing,
// checks it with required, and returns what build makes of it: the way
// op-batcher and op-proposer turn a command line into their CLIConfig.
// Asking for help parses no configuration and is an error.
func Parse[T any](full []string, flags []cli.Flag, required func(*cli.Context) error, build func(*cli.Context) T) (T, error) {
	var (
		out    T
		parsed bool
	)
	app := cli.NewApp()
	app.Name = full[0]
	app.Flags = flags
	app.Writer, app.ErrWriter = io.Discard, io.Discard // errors are returned, not printed
	app.Action = func(ctx *cli.Context) error {
		if err := required(ctx); err != nil {
			return err
		}
		out, parsed = build(ctx), true
		return nil
	}
	if err := app.Run(full); err != nil {
		return out, err
	}
	if !parsed {
		return out, errors.New("no configuration parsed (help requested?)")
	}
	return out, nil
}

// ParseConfig turns an op-batcher or op-proposer command line (args, without
// the program name) into its checked CLIConfig: defaults applied as Apply
// does, parsed as Parse does, then the config's own Check. Parse and Check
// errors are wrapped in errConfig, the caller's sentinel.
func ParseConfig[T interface{ Check() error }](program string, args []string, flags []cli.Flag, defaults []Default,
	required func(*cli.Context) error, build func(*cli.Context) T, errConfig error) (T, error) {
	var zero T
	full, err := Apply(append([]string{program}, args...), flags, defaults)
	if err != nil {
		return zero, err
	}
	out, err := Parse(full, flags, required, build)
	if err != nil {
		return zero, fmt.Errorf("%w: %w", errConfig, err)
	}
	if err := out.Check(); err != nil {
		return zero, fmt.Errorf("%w: %w", errConfig, err)
	}
	return out, nil
}
