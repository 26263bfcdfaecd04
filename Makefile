# OpenLedger L2. The two commands a new user runs are `make devnet` and
# `make test`; everything else here is what they are made of.

GO          ?= go
BIN         := bin
MODULES_DIR := .build/modules
KUBO_DIR    := .build/kubo
NPM_STAMP   := contracts/node_modules/.installed
LLAMACPP_DIR   := loraserve/internal/llamacpp
LLAMACPP_STAMP := $(LLAMACPP_DIR)/node_modules/.installed
HFJS_STAMP     := loraserve/internal/hfjs/node_modules/.installed
# Studio's web app: npm packages, and the bundle the studio package embeds.
STUDIO_WEB       := studio/web
STUDIO_NPM_STAMP := $(STUDIO_WEB)/node_modules/.installed
# The demo story's models, trained on the fortunes corpus (cached by content).
STORY_MODELS := .build/story-models
# Debian packages the build and the tests use, as command[:package]: patch and
# python3 for the module step, docker-compose to validate docker-compose.yml,
# protoc to check the generated EigenDA v2 protobuf code; podman and
# podman-compose to run docker-compose.yml's stack (rollup/docker), promtool
# (package prometheus, whose prometheus binary that stack also runs) to check
# its Prometheus config.
APT_PACKAGES := patch python3 docker-compose protoc:protobuf-compiler chromium g++ podman podman-compose promtool:prometheus
# Debian data packages (no command to look for): the fortunes files are the
# natural-text corpus the tokenizer is checked on against tokenizers.js.
APT_DATA_PACKAGES := fortunes-min fortunes-de fortunes-ru fortunes-zh
GO_TEST_FLAGS ?= -count=1 -timeout 25m

.PHONY: faults faults-podman all build modules ipfs tools deps test test-short vet fmt-check docs-check compose-check devnet story-models clean bench-llamacpp studio-tools studio-web studio-check

all: build

## modules: materialise the patched op-geth and the optimism module (idempotent)
modules:
	@bash build/materialize.sh $(MODULES_DIR)

## ipfs: build Kubo, the IPFS node, from its own Go module into .build/kubo/ipfs (once; stamped)
ipfs:
	@bash build/kubo.sh $(KUBO_DIR)

## tools: install the pinned JavaScript toolchain (solc, ethers, openai), llama.cpp
## (node-llama-cpp) and the Hugging Face reference implementations (tokenizers.js, jinja)
tools: $(NPM_STAMP) $(LLAMACPP_STAMP) $(HFJS_STAMP)

$(NPM_STAMP): contracts/package.json contracts/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 (apt-get install nodejs npm)"; exit 1; }
	cd contracts && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# node-llama-cpp lists its GPU prebuilts (CUDA, Vulkan: gigabytes) as optional
# dependencies; --omit=optional keeps only the CPU binaries, which the
# package.json names directly. (npm ci cannot omit them: its lock-file check
# wants the other platforms' packages, which npm does not record.)
$(LLAMACPP_STAMP): $(LLAMACPP_DIR)/package.json $(LLAMACPP_DIR)/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 (apt-get install nodejs npm)"; exit 1; }
	cd $(LLAMACPP_DIR) && NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm install --omit=optional --no-save --no-audit --no-fund --loglevel=error
	@touch $@

$(HFJS_STAMP): loraserve/internal/hfjs/package.json loraserve/internal/hfjs/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 (apt-get install nodejs npm)"; exit 1; }
	cd loraserve/internal/hfjs && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## studio-tools: install Studio's pinned npm packages (esbuild, viem, preact, playwright-core …)
studio-tools: $(STUDIO_NPM_STAMP)

$(STUDIO_NPM_STAMP): $(STUDIO_WEB)/package.json $(STUDIO_WEB)/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js 20 (apt-get install nodejs npm)"; exit 1; }
	cd $(STUDIO_WEB) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

## studio-web: bundle Studio's web app into studio/web/dist, which the studio
## Go package embeds (chromium is for its browser tests). Every Go build, vet
## and test below depends on it, so the embedded assets are always current
## (esbuild takes about a second).
studio-web: studio-tools
	cd $(STUDIO_WEB) && node build.mjs

## studio-check: type-check the web app and run its unit tests
studio-check: studio-tools
	cd $(STUDIO_WEB) && npm run --silent typecheck && npm test --silent

## deps: install the Debian packages the build and tests use, when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  command -v $${p%%:*} >/dev/null 2>&1 || missing="$$missing $${p#*:}"; done; \
	for p in $(APT_DATA_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

## build: build every binary into ./bin
build: modules ipfs studio-web
	$(GO) build -o $(BIN)/ ./cmd/...
	@ln -f $(KUBO_DIR)/ipfs $(BIN)/ipfs 2>/dev/null || cp -f $(KUBO_DIR)/ipfs $(BIN)/ipfs

## vet: go vet every package, and loraserve under the cuda build tag
vet: modules studio-web
	$(GO) vet ./...
	$(GO) vet -tags cuda ./loraserve/...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## docs-check: the repository stands alone; no file points at design notes
## outside it (what a reader needs lives in a doc.go, a README or docs/)
DOCS_OUTSIDE := \.\./shared|shared/design|(^|[^A-Za-z0-9_./-])design/[A-Za-z0-9_-]+\.md|(^|[^A-Za-z0-9_./-])(ai|architecture|opstack-facts|precompiles|rollup|settlement|style)\.md
docs-check:
	@if git grep -n -I -E '$(DOCS_OUTSIDE)' -- ':!Makefile'; then \
	  echo "docs-check: the lines above point outside the repository; bring what the reader needs into it"; exit 1; fi

## test: every test, installing what the tests need first
test: deps modules tools ipfs fmt-check docs-check vet compose-check studio-web studio-check
	$(GO) test $(GO_TEST_FLAGS) ./...

## compose-check: validate docker-compose.yml (no Docker engine needed)
compose-check: deps
	docker-compose -f docker-compose.yml config -q

## test-short: the tests without the slow end-to-end ones
test-short: modules tools ipfs studio-web
	$(GO) test -short $(GO_TEST_FLAGS) ./...

## faults: the fault suite at full size (rollup/faults: every component killed and restarted under load
## with paid inference, EigenDA down FAULTS_OUTAGE, an L1 reorg); make test runs it with a 5 s outage
FAULTS_OUTAGE ?= 60s
faults: modules
	$(GO) test ./rollup/faults -run TestFaults -count=1 -v -timeout 40m -args -faults.outage=$(FAULTS_OUTAGE)

## faults-podman: the fault suite against docker-compose.yml's containers under podman (rollup/docker:
## kill -9 of each container's main process, EigenDA stopped FAULTS_OUTAGE, an L1 reorg over dev_reorg);
## make test runs it with a 5 s outage where podman is installed
faults-podman: modules ipfs studio-web
	$(GO) test ./rollup/docker -run TestComposeUnderPodman -count=1 -v -timeout 40m -args -podman.outage=$(FAULTS_OUTAGE)

## bench-llamacpp: loraserve against llama.cpp on generated models (not part of test; takes long).
## BENCH_FLAGS passes flags, e.g. BENCH_FLAGS="-models d1024 -dtypes q8_0 -threads 1 -rounds 2"
bench-llamacpp: tools
	$(GO) run ./loraserve/internal/bench/vsllamacpp -out .build/bench/vsllamacpp.md $(BENCH_FLAGS)

## story-models: train the demo story's base model and adapter on the fortunes corpus into
## .build/story-models (about 20 CPU-seconds, once; cached by corpus and recipe)
story-models: build
	$(BIN)/devnet story-models --story.cache $(STORY_MODELS)

## devnet: build and run the whole chain until Ctrl-C
# (with DEVNET_FLAGS=--story=false the story's models are not trained)
devnet: build $(if $(findstring --story=false,$(DEVNET_FLAGS)),,story-models)
	@# Ctrl-C reaches bin/devnet too (same process group); make waits while it stops cleanly.
	$(BIN)/devnet --datadir .devnet --story.cache $(STORY_MODELS) $(DEVNET_FLAGS)

clean:
	rm -rf $(BIN) .build
