// Package docker holds what runs the OpenLedger devnet as containers, one
// per component, and the code that checks it:
//
//   - Dockerfile: one image for every component, FROM scratch — the
//     project's binaries built with CGO_ENABLED=0 (statically linked), Kubo
//     built the same way (build/kubo.sh), Prometheus, and no shell. A
//     conventional multi-stage build for Docker users; with
//     --build-arg ROOTFS=prebuilt the same file packs a root file system the
//     host built (BuildRootfs), for machines that cannot pull base images.
//   - ../../docker-compose.yml: the topology of `make devnet` (L1, EigenDA,
//     sequencer geth + op-node, batcher, proposer, verifier geth + op-node, Kubo,
//     loraserve, ModelFactory, Studio) plus Prometheus, with health checks
//     (`devnet probe`) and depends_on conditions. The one-shot init service
//     (`devnet init` with flags) writes the chain spec, the JWT secret, both
//     execution nodes' genesis and loraserve's dev model.
//   - containers.conf: podman here must not set default ulimits
//     (CONTAINERS_CONF=rollup/docker/containers.conf).
//   - prometheus.yml: a scrape job per service that exports metrics.
//
// Stack is the fault suite's Target (rollup/faults) for a compose project
// under podman: kill -9 of a component is a SIGKILL, sent from the host, of
// its container's main process, and the services' restart policy
// (unless-stopped; podman applies it without systemd) restarts it; the DA
// outage stops the eigenda container (`podman stop`, which the policy
// respects) and starts it again; the L1 reorg is dev_reorg on the `devnet
// l1` service. With the loraserve service (settlement on) it is also a
// faults.PaidTarget, and loraserve is killed like the others: its receipt
// queue is on the volume, so the restarted one settles what it answered. The
// sequencer's and verifier's ledger-geth run as archive
// nodes (hash scheme) on LevelDB, which hands each write to the OS at once,
// so a killed one resumes from its last block (TestComposeUnderPodman checks
// both do); with pebble, geth's default, whose log is written
// asynchronously, a SIGKILL loses the newest blocks (seen here: 2 to 5).
//
// podman-compose 1.0.x (Debian's) starts services in dependency order but
// neither waits for depends_on conditions nor runs health checks without
// systemd, and it wraps health check commands in /bin/sh, which the images
// lack. Up therefore brings a compose project up the way Docker Compose does:
// service by service in dependency order, each started only once the
// conditions it depends on hold, checking health by running each service's
// health check command in its container (podman exec).
package docker
