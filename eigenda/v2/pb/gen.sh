#!/usr/bin/env bash
# gen.sh regenerates the Go code of the EigenDA v2 protobuf definitions under
# proto/ with protoc (Debian package protobuf-compiler) and the pinned Go
# plugins. Usage: gen.sh [output-dir] (default: this directory).
set -euo pipefail

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here}
module=github.com/openledger/openledger/eigenda/v2/pb

command -v protoc >/dev/null || { echo "protoc is missing: apt-get install protobuf-compiler" >&2; exit 1; }
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
# The protobuf plugin matches the runtime version in go.mod.
GOBIN=$bin go install google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.11
GOBIN=$bin go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.6.0

cd "$here/proto"
protoc -I . \
  --plugin=protoc-gen-go="$bin/protoc-gen-go" --go_out="$out" --go_opt=module=$module \
  --plugin=protoc-gen-go-grpc="$bin/protoc-gen-go-grpc" --go-grpc_out="$out" --go-grpc_opt=module=$module \
  $(find . -name '*.proto' | sort)
