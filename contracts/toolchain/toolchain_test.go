package toolchain_test

import (
	"context"
	"strings"
	"testing"

	"github.com/openledger/openledger/contracts/toolchain"
)

// TestCompileImports checks how compile.js resolves imports: Bedrock paths from
// the materialised optimism module, npm packages from contracts/node_modules,
// and nothing else.
func TestCompileImports(t *testing.T) {
	tests := []struct {
		name   string
		source string
		// want are contracts the output must hold; wantErr a fragment of the error.
		want    []string
		wantErr string
	}{
		{
			name: "bedrock library",
			source: `import { Hashing } from "src/libraries/Hashing.sol";
import { Types } from "src/libraries/Types.sol";
contract T {
	function h(Types.OutputRootProof calldata p) external pure returns (bytes32) {
		return Hashing.hashOutputRootProof(p);
	}
}`,
			want: []string{"T", "Hashing", "Encoding", "Types"},
		},
		{
			// Exact pragma 0.8.15 upstream: compiles only with build/patches/optimism.patch applied.
			name:   "patched bedrock contract",
			source: `import { L2ToL1MessagePasser } from "src/L2/L2ToL1MessagePasser.sol"; contract T {}`,
			want:   []string{"T", "L2ToL1MessagePasser", "Burn", "ISemver"},
		},
		{
			name:   "npm package",
			source: `import { Strings } from "@openzeppelin/contracts/utils/Strings.sol"; contract T {}`,
			want:   []string{"T", "Strings"},
		},
		{
			name:    "missing bedrock file",
			source:  `import "src/NoSuchFile.sol"; contract T {}`,
			wantErr: "contracts-bedrock/src/NoSuchFile.sol",
		},
		{
			name:    "escape from the module",
			source:  `import "src/../../../../../go.mod"; contract T {}`,
			wantErr: `".." is not allowed`,
		},
		{
			name:    "other path",
			source:  `import "lib/forge-std/Test.sol"; contract T {}`,
			wantErr: "only npm packages",
		},
		{
			// An exact pragma no patch widens names the patch in the error.
			name:    "unpatched exact pragma",
			source:  `import "src/universal/ReinitializableBase.sol"; contract T {}`,
			wantErr: "build/patches/optimism.patch",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, err := toolchain.Compile(context.Background(), map[string]string{
				"T.sol": "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.15;\n" + tc.source,
			})
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range tc.want {
				if arts[name] == nil {
					t.Errorf("no artifact %s among %v", name, toolchain.SortedNames(arts))
				}
			}
		})
	}
}
