package docker

import (
	"strings"

	opbatcher "github.com/ethereum-optimism/optimism/op-batcher/metrics"
	opnode "github.com/ethereum-optimism/optimism/op-node/metrics"
	opproposer "github.com/ethereum-optimism/optimism/op-proposer/metrics"
	"github.com/prometheus/client_golang/prometheus"

	eigenda "github.com/openledger/openledger/eigenda/server/metrics"
	loraserve "github.com/openledger/openledger/loraserve/metrics"
	"github.com/openledger/openledger/loraserve/payments"
	"github.com/openledger/openledger/modelfactory/service"
	studio "github.com/openledger/openledger/studio/metrics"
)

// jobRegistries returns, per Prometheus job of prometheus.yml, the metrics
// registry the service it scrapes serves, built by the service's own code
// (op-node, op-batcher and op-proposer as ledger-node, ledger-batcher and
// ledger-proposer run them, with process name "default"; loraserve with its
// payment metrics, which paid serving adds).
func jobRegistries() map[string]*prometheus.Registry {
	lora := loraserve.New()
	payments.NewMetrics(lora.Registry())
	return map[string]*prometheus.Registry{
		"op-node":      opnode.NewMetrics("default", nil).Registry(),
		"op-batcher":   opbatcher.NewMetrics("default").Registry(),
		"op-proposer":  opproposer.NewMetrics("default").Registry(),
		"eigenda":      eigenda.NewMetrics().Registry(),
		"loraserve":    lora.Registry(),
		"modelfactory": service.NewMetrics().Registry(),
		"studio":       studio.New().Registry(),
	}
}

// exports reports whether reg has a collector of the metric name (a
// histogram's or summary's _bucket, _sum and _count series count as its own),
// whether or not it has produced a series yet: registering a probe of the
// same name with another help text fails exactly when the name is taken.
func exports(reg *prometheus.Registry, name string) bool {
	for _, n := range []string{name, strings.TrimSuffix(name, "_bucket"), strings.TrimSuffix(name, "_sum"), strings.TrimSuffix(name, "_count")} {
		if n == "" {
			continue
		}
		probe := prometheus.NewGauge(prometheus.GaugeOpts{Name: n, Help: "dashboard check probe for " + n})
		if err := reg.Register(probe); err != nil {
			return true
		}
		reg.Unregister(probe)
	}
	return false
}
