#!/usr/bin/env bash
# materialize.sh copies a pinned Go module out of the module cache into a
# git-ignored directory, applies OpenLedger's build-time changes to it, and
# leaves a stamp so that a second run with the same inputs does nothing.
# go.mod `replace`s the module with that directory.
#
# Usage: materialize.sh <dest-root>
#
# The modules and what is done to each:
#   op-geth    github.com/ethereum-optimism/op-geth@v1.101702.3-rc.7
#              + build/patches/op-geth.patch (stateful precompiles; App() in
#                cmd/geth, which returns geth's command-line app)
#              + cmd/geth/gethapp: a copy of cmd/geth's non-test sources as an
#                importable package (cmd/geth is package main), from which
#                cmd/ledger-geth takes op-geth's whole CLI
#   optimism   github.com/ethereum-optimism/optimism@v1.19.6
#              + build/patches/optimism.patch (op-service/httputil: the serving
#                goroutine uses its own server and listener, so a Stop right
#                after Start cannot make it call Serve on nil — a panic seen
#                in loraserve/server's tests on a loaded machine; and in
#                packages/contracts-bedrock, L2ToL1MessagePasser.sol and
#                Burn.sol's exact `pragma solidity 0.8.15` becomes ^0.8.15, so
#                the one pinned solc of contracts/compile.js, which compiles
#                the Bedrock sources from here, accepts them)
#              + a generated op-core/superchain/superchain-configs.zip (the
#                module zip lacks it; its init() checks the pinned SHA-256,
#                so the pin is rewritten to match the generated bundle)
#
# To materialise another module, add a line to MODULES (its patch goes in
# build/patches) and, if it needs more than a patch, a post_<name> function.
#
# The stamp (.materialized in each output) records the module version, the
# SHA-256 of its patch and RECIPE; a copy whose stamp differs is made again.
set -euo pipefail

# RECIPE identifies what this script does to a module besides applying its
# patch (copying, the post_<name> steps). Change it whenever such a change
# alters the output, so that existing copies are made again; edits that do
# not (comments, messages, moving the script) leave it alone and thus keep
# every materialised copy valid. Its value is the SHA-256 the script had when
# the recipe last changed.
RECIPE=ef61d5b9dc6cddd23a86c35a4ef1521601b1f63f4d0d2580b7669ac81bac5326

here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
patches="$here/patches"
dest_root=${1:?usage: materialize.sh <dest-root>}
mkdir -p "$dest_root"
dest_root=$(cd "$dest_root" && pwd)

# name  module-path  version  patch-file (or -)
MODULES=(
  "op-geth  github.com/ethereum-optimism/op-geth   v1.101702.3-rc.7  op-geth.patch"
  "optimism github.com/ethereum-optimism/optimism  v1.19.6           optimism.patch"
)

log() { printf '[materialize] %s\n' "$*" >&2; }
die() { printf '[materialize] error: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null || die "go is not on PATH"
command -v patch >/dev/null || die "the 'patch' program is missing (apt-get install patch)"

# module_dir downloads mod@ver into the module cache (from a scratch module, so
# that our own go.mod, whose replace targets may not exist yet, is not read)
# and prints its directory.
module_dir() {
  local scratch dir
  scratch=$(mktemp -d)
  (cd "$scratch" && printf 'module scratch\n\ngo 1.26\n' >go.mod &&
    GOFLAGS=-mod=mod go mod download -json "$1@$2") >"$scratch/out.json" ||
    { cat "$scratch/out.json" >&2; rm -rf "$scratch"; die "cannot download $1@$2"; }
  dir=$(sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p' "$scratch/out.json")
  rm -rf "$scratch"
  [ -d "$dir" ] || die "module $1@$2 has no directory in the module cache"
  printf '%s\n' "$dir"
}

# post_optimism writes the superchain config bundle that op-core/superchain
# embeds: an empty chain list and dictionary, pinned by its own SHA-256. No
# OpenLedger binary looks chains up in the registry; rollup.json is explicit.
post_optimism() {
  local sc="$1/op-core/superchain"
  command -v python3 >/dev/null || die "python3 is needed to write superchain-configs.zip"
  python3 - "$sc/superchain-configs.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in (("chains.json", b"{}\n"), ("dictionary", b"")):
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        z.writestr(info, data)
EOF
  (cd "$sc" && sha256sum superchain-configs.zip >superchain-configs.zip.sha256)
}

# post_op_geth copies cmd/geth's sources (the patch added App) into
# cmd/geth/gethapp as package gethapp: the same code, importable. Tests stay
# out (they run the geth binary); so does testdata.
post_op_geth() {
  local src="$1/cmd/geth" dst="$1/cmd/geth/gethapp" f
  mkdir -p "$dst"
  for f in "$src"/*.go; do
    case "$f" in *_test.go) continue ;; esac
    sed '0,/^package main$/s//package gethapp/' "$f" >"$dst/$(basename "$f")"
    grep -q '^package gethapp$' "$dst/$(basename "$f")" || die "$f: no 'package main' clause to rename"
  done
}

for line in "${MODULES[@]}"; do
  read -r name path version patchfile <<<"$line"
  dest="$dest_root/$name"
  stamp_inputs="$path@$version"
  if [ "$patchfile" != "-" ]; then
    [ -f "$patches/$patchfile" ] || die "patch $patches/$patchfile is missing"
    stamp_inputs="$stamp_inputs $(sha256sum "$patches/$patchfile" | cut -d' ' -f1)"
  fi
  stamp_inputs="$stamp_inputs $RECIPE"
  if [ -f "$dest/.materialized" ] && [ "$(cat "$dest/.materialized")" = "$stamp_inputs" ]; then
    continue
  fi
  log "materialising $path@$version into $dest"
  src=$(module_dir "$path" "$version")
  tmp="$dest.tmp"
  rm -rf "$tmp"
  cp -r "$src" "$tmp"
  chmod -R u+w "$tmp"
  if [ "$patchfile" != "-" ]; then
    if ! patch -d "$tmp" -p1 --forward --batch --quiet <"$patches/$patchfile"; then
      rm -rf "$tmp"
      die "build/patches/$patchfile does not apply to $path@$version; update the patch for this version"
    fi
    find "$tmp" -name '*.orig' -delete
  fi
  if declare -F "post_${name//-/_}" >/dev/null; then
    "post_${name//-/_}" "$tmp"
  fi
  printf '%s\n' "$stamp_inputs" >"$tmp/.materialized"
  rm -rf "$dest"
  mv "$tmp" "$dest"
done
