#!/usr/bin/env bash
# kubo.sh builds Kubo, the reference IPFS node, from its own Go module into
# <dest>/ipfs, once: a stamp records what was built, and a second run with the
# same inputs does nothing. The devnet runs this binary as its IPFS node and
# the content layer's tests (package ipfs) start it; `make ipfs` runs this
# script and `make build` copies the binary to bin/ipfs.
#
# Usage: kubo.sh <dest>
#
# Why a separate module build: Kubo's dependency graph (boxo, go-libp2p,
# quic-go at the versions Kubo pins) differs from the one op-node pins in our
# go.mod; built from its own go.mod it never moves the rollup's dependencies,
# and OpenLedger talks to it only over its HTTP RPC API. `go install
# pkg@version` refuses modules with exclude directives, which Kubo's go.mod
# has, so the module is copied out of the module cache and built there.
#
# Kubo v0.43.x cannot be built this way: it replaces go-libp2p with a fork
# that the Go module proxy does not serve.
set -euo pipefail

MODULE=github.com/ipfs/kubo
VERSION=v0.42.0
# The module's go.sum hash, checked after download (the checksum database
# checks it too; pinning it here makes a changed module a loud failure).
SUM="h1:mp40G/pAwckX54zJfIK3CTLK6S1Ae+Wa63g3I68W8cA="
# RECIPE names the build flags below; change it when they change so that
# existing binaries are rebuilt. CGO_ENABLED=0: a statically linked binary,
# which the FROM scratch container image (rollup/docker) can run.
RECIPE="cgo=0,trimpath,ldflags=-s -w"

log() { printf '[kubo] %s\n' "$*" >&2; }
die() { printf '[kubo] error: %s\n' "$*" >&2; exit 1; }

dest=${1:?usage: kubo.sh <dest>}
command -v go >/dev/null || die "go is not on PATH"
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
stamp="$dest/.built"
want="$MODULE@$VERSION $SUM $RECIPE $(go env GOVERSION) $(go env GOOS)/$(go env GOARCH)"
if [ -x "$dest/ipfs" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  exit 0
fi

log "building Kubo $VERSION into $dest/ipfs (once; a few CPU-minutes on a cold Go build cache)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Outside any module, so that our go.mod (whose replace targets may not exist
# yet) is not read.
(cd "$scratch" && GOFLAGS= go mod download -json "$MODULE@$VERSION") >"$scratch/dl.json" ||
  { cat "$scratch/dl.json" >&2; die "cannot download $MODULE@$VERSION"; }
dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' "$scratch/dl.json")
sum=$(sed -n 's/^[[:space:]]*"Sum": "\(.*\)",$/\1/p' "$scratch/dl.json")
[ -d "$dir" ] || die "$MODULE@$VERSION has no directory in the module cache"
[ "$sum" = "$SUM" ] || die "$MODULE@$VERSION has sum $sum, expected $SUM"

src="$scratch/kubo"
cp -r "$dir" "$src"
chmod -R u+w "$src"
total=$(cd "$src" && GOWORK=off GOFLAGS=-mod=readonly go list -deps ./cmd/ipfs | wc -l)
# go build -v names each package as it compiles it: count them as progress,
# and pass every other line (errors) through.
(cd "$src" && CGO_ENABLED=0 GOWORK=off GOFLAGS="-mod=readonly -buildvcs=false" \
  go build -v -trimpath -ldflags "-s -w" -o "$dest/ipfs.tmp" ./cmd/ipfs 2>&1) |
  awk -v total="$total" '
    /^[^ ]+$/ { n++; if (n % 100 == 0) { printf "[kubo] compiled %d of at most %d packages\n", n, total > "/dev/stderr" }; next }
    { print > "/dev/stderr" }'
[ -x "$dest/ipfs.tmp" ] || die "go build failed"
mv "$dest/ipfs.tmp" "$dest/ipfs"
printf '%s\n' "$want" >"$stamp"
log "built $("$dest/ipfs" version)"
