// Package codegen turns contracts/src into the checked-in artifacts
// (contracts/artifacts/*.json) and Go bindings (contracts/bindings), so that
// `go generate ./contracts/...` and the drift test produce the same bytes.
package codegen

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"

	"github.com/openledger/openledger/contracts/toolchain"
)

// Generate compiles every contract under <root>/contracts/src and returns the
// files it implies, keyed by their path relative to root.
func Generate(ctx context.Context, root string) (map[string][]byte, error) {
	artifacts, err := toolchain.CompileDir(ctx, filepath.Join(root, "contracts", "src"))
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte)
	var types, abis, bytecodes []string
	for _, name := range toolchain.SortedNames(artifacts) {
		a := artifacts[name]
		var compactABI bytes.Buffer
		if err := json.Compact(&compactABI, a.ABI); err != nil {
			return nil, fmt.Errorf("%s: compact ABI: %w", name, err)
		}
		out := toolchain.Artifact{ABI: compactABI.Bytes()}
		if a.Bytecode != "0x" {
			out.Bytecode, out.DeployedBytecode = a.Bytecode, a.DeployedBytecode
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return nil, fmt.Errorf("%s: encode artifact: %w", name, err)
		}
		files[filepath.Join("contracts", "artifacts", name+".json")] = append(data, '\n')
		types = append(types, name)
		abis = append(abis, compactABI.String())
		bytecodes = append(bytecodes, strings.TrimPrefix(out.Bytecode, "0x"))
	}
	code, err := abigen.BindV2(types, abis, bytecodes, "bindings", nil, nil)
	if err != nil {
		return nil, fmt.Errorf("abigen: %w", err)
	}
	files[filepath.Join("contracts", "bindings", "gen_bindings.go")] = []byte(code)
	return files, nil
}
