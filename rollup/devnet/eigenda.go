package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"

	"github.com/openledger/openledger/eigenda/server"
	"github.com/openledger/openledger/eigenda/v2/deploy"
	"github.com/openledger/openledger/eigenda/v2/issuer"
	"github.com/openledger/openledger/genesis"
	"github.com/openledger/openledger/rollup/chainspec"
)

// eigenDAContractsFile records where the devnet's EigenDA contracts are on its L1.
const eigenDAContractsFile = "eigenda-contracts.json"

// eigenDAContracts returns the devnet L1's EigenDA registry, cert verifier and
// router, deploying them (with the devnet operator set the EigenDA server signs
// with) on first start. They let the server check its v2 certificates by
// eth_call to the router, as against a real network.
func (d *Devnet) eigenDAContracts(ctx context.Context, cfg server.Config, logger log.Logger) (*deploy.Deployment, error) {
	path := filepath.Join(d.cfg.Dir, eigenDAContractsFile)
	client, err := ethclient.DialContext(ctx, d.L1.HTTPEndpoint())
	if err != nil {
		return nil, fmt.Errorf("dial l1: %w", err)
	}
	defer client.Close()
	var dep deploy.Deployment
	raw, err := os.ReadFile(path)
	switch {
	case err == nil:
		if err := json.Unmarshal(raw, &dep); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		code, err := client.CodeAt(ctx, dep.Router, nil)
		if err != nil {
			return nil, fmt.Errorf("read router code: %w", err)
		}
		if len(code) > 0 {
			return &dep, nil
		}
		logger.Warn("eigenda contracts recorded but absent on L1: deploying again", "router", dep.Router)
	case !errors.Is(err, os.ErrNotExist):
		return nil, err
	}
	set, err := issuer.DevnetOperatorSet(cfg.V2.LocalOperators, 2)
	if err != nil {
		return nil, err
	}
	deployed, err := deploy.Deploy(ctx, client, deploy.Config{
		Owner:           genesis.DevKey(chainspec.SystemConfigOwnerKeyIndex),
		ChainID:         new(big.Int).SetUint64(d.Spec.Deploy.L1ChainID),
		Operators:       set,
		Thresholds:      issuer.DefaultThresholds,
		RequiredQuorums: []byte{0, 1},
	})
	if err != nil {
		return nil, fmt.Errorf("deploy eigenda contracts: %w", err)
	}
	out, _ := json.MarshalIndent(deployed, "", "  ")
	if err := os.WriteFile(path, append(out, '\n'), 0o644); err != nil {
		return nil, err
	}
	logger.Info("eigenda contracts deployed on L1", "registry", deployed.Registry, "cert_verifier", deployed.CertVerifier,
		"router", deployed.Router)
	return deployed, nil
}
