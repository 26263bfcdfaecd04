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
//     sequencer geth + op-node, batcher, verifier geth + op-node, Kubo,
//     loraserve, ModelFactory, Studio) plus Prometheus, with health checks
//     (`devnet probe`) and depends_on conditions. The one-shot init service
//     (`devnet init` with flags) writes the chain spec, the JWT secret, both
//     execution nodes' genesis and loraserve's dev model.
//   - containers.conf: podman here must not set default ulimits
//     (CONTAINERS_CONF=rollup/docker/containers.conf).
//   - prometheus.yml: a scrape job per service that exports metrics.
//
// podman-compose 1.0.x (Debian's) starts services in dependency order but
// neither waits for depends_on conditions nor runs health checks without
// systemd, and it wraps health check commands in /bin/sh, which the images
// lack. Up therefore brings a compose project up the way Docker Compose does:
// service by service in dependency order, each started only once the
// conditions it depends on hold, checking health by running each service's
// health check command in its container (podman exec).
package docker
