package docker

import (
	"bufio"
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// RootfsDir is where BuildRootfs puts the image's root file system, relative
// to the repository root (the Dockerfile's prebuilt stage copies it).
const RootfsDir = ".build/image/rootfs"

// BinDir is where the binaries go inside the image.
const BinDir = "usr/local/bin"

// BuildRootfs builds the image's root file system under repo/RootfsDir: every
// command of ./cmd built with CGO_ENABLED=0, Kubo from kubo (build/kubo.sh
// builds it statically), and the prometheus binary found on PATH, each with
// the dynamic loader and libraries it links if it is not static (Debian
// builds prometheus with cgo). It refuses a binary of ours that is not
// statically linked. go build's output goes to log.
func BuildRootfs(ctx context.Context, repo, kubo string, log io.Writer) (string, error) {
	// The studio binary embeds Studio's web bundle; built without it, the
	// studio container would fail at every start.
	if _, err := os.Stat(filepath.Join(repo, "studio", "web", "dist", "manifest.json")); err != nil {
		return "", fmt.Errorf("rootfs: Studio's web bundle is not built (make studio-web): %w", err)
	}
	root := filepath.Join(repo, RootfsDir)
	if err := os.RemoveAll(root); err != nil {
		return "", fmt.Errorf("rootfs: %w", err)
	}
	bin := filepath.Join(root, BinDir)
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return "", fmt.Errorf("rootfs: %w", err)
	}
	build := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags", "-s -w", "-o", bin+"/", "./cmd/...")
	build.Dir, build.Stdout, build.Stderr = repo, log, log
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("rootfs: go build ./cmd/... with CGO_ENABLED=0: %w", err)
	}
	entries, err := os.ReadDir(bin)
	if err != nil {
		return "", fmt.Errorf("rootfs: %w", err)
	}
	for _, e := range entries {
		static, err := IsStatic(filepath.Join(bin, e.Name()))
		if err != nil {
			return "", fmt.Errorf("rootfs: %w", err)
		}
		if !static {
			return "", fmt.Errorf("rootfs: %s is dynamically linked; a FROM scratch image cannot run it (build it with CGO_ENABLED=0)", e.Name())
		}
	}
	prom, err := exec.LookPath("prometheus")
	if err != nil {
		return "", fmt.Errorf("rootfs: prometheus is not installed (make deps installs Debian's): %w", err)
	}
	// Kubo from build/kubo.sh is static; one built before it set
	// CGO_ENABLED=0 still runs, with its libraries beside it.
	for _, b := range []struct{ src, name string }{{kubo, "ipfs"}, {prom, "prometheus"}} {
		if err := copyFile(b.src, filepath.Join(bin, b.name)); err != nil {
			return "", fmt.Errorf("rootfs: %s: %w", b.name, err)
		}
		libs, err := SharedLibraries(ctx, b.src)
		if err != nil {
			return "", fmt.Errorf("rootfs: %w", err)
		}
		if len(libs) > 0 {
			fmt.Fprintf(log, "rootfs: %s is dynamically linked: adding %v\n", b.name, libs)
		}
		for _, lib := range libs {
			if err := copyFile(lib, filepath.Join(root, lib)); err != nil {
				return "", fmt.Errorf("rootfs: %w", err)
			}
		}
	}
	return root, nil
}

// IsStatic reports whether the ELF executable at path needs no dynamic
// loader and no shared library.
func IsStatic(path string) (bool, error) {
	f, err := elf.Open(path)
	if err != nil {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			return false, nil
		}
	}
	libs, err := f.ImportedLibraries()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return false, fmt.Errorf("%s: %w", path, err)
	}
	return len(libs) == 0, nil
}

// SharedLibraries lists the files the dynamic executable at path loads: its
// loader and every library, as ldd resolves them (none for a static one).
func SharedLibraries(ctx context.Context, path string) ([]string, error) {
	if static, err := IsStatic(path); err != nil || static {
		return nil, err
	}
	out, err := exec.CommandContext(ctx, "ldd", path).Output()
	if err != nil {
		return nil, fmt.Errorf("ldd %s: %w", path, err)
	}
	var libs []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		// "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)"
		fields := strings.Fields(sc.Text())
		for i, f := range fields {
			if strings.HasPrefix(f, "/") && (i == 0 || fields[i-1] == "=>") {
				libs = append(libs, f)
			}
		}
		if strings.Contains(sc.Text(), "not found") {
			return nil, fmt.Errorf("ldd %s: %s", path, strings.TrimSpace(sc.Text()))
		}
	}
	if len(libs) == 0 {
		return nil, fmt.Errorf("ldd %s: no libraries listed for a dynamic executable", path)
	}
	return libs, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, st.Mode().Perm())
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	return errors.Join(err, out.Close())
}
