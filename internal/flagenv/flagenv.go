package flagenv

import (
	"strings"

	opservice "github.com/ethereum-optimism/optimism/op-service"
)

var separators = strings.NewReplacer(".", "_", "-", "_")

// Vars returns the environment twin of flag name under prefix, as the
// EnvVars of a urfave/cli flag.
func Vars(prefix, name string) []string {
	return opservice.PrefixEnvVar(prefix, strings.ToUpper(separators.Replace(name)))
}
