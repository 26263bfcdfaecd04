package model

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Calldata of each method, decoded by the precompiles framework into these
// types (field names and types follow IModelRegistry's parameters; the
// framework checks the fit when the contract is built).

// RegisterBaseModelInput is registerBaseModel's calldata.
type RegisterBaseModelInput struct {
	Name         string
	Architecture string
	WeightsHash  [32]byte
	Uri          string
	License      string
}

// RegisterAdapterInput is registerAdapter's calldata.
type RegisterAdapterInput struct {
	Spec AdapterSpec
}

// PublishVersionInput is publishVersion's calldata.
type PublishVersionInput struct {
	ModelId     *big.Int
	WeightsHash [32]byte
	Uri         string
	Datanets    []DatanetRefArg
}

// SetRatesInput is setRates' calldata.
type SetRatesInput struct {
	ModelId *big.Int
	RateIn  *big.Int
	RateOut *big.Int
}

// ModelInput is the calldata of deprecate, reactivate and getModel.
type ModelInput struct {
	ModelId *big.Int
}

// TransferOwnershipInput is transferOwnership's calldata.
type TransferOwnershipInput struct {
	ModelId  *big.Int
	NewOwner common.Address
}

// ModelVersionInput is the calldata of getVersion and provenance.
type ModelVersionInput struct {
	ModelId *big.Int
	Version *big.Int
}

// ModelPageInput is versionsOf's calldata.
type ModelPageInput struct {
	ModelId *big.Int
	Offset  *big.Int
	Limit   *big.Int
}

// PageInput is listModels' calldata.
type PageInput struct {
	Offset *big.Int
	Limit  *big.Int
}

// ModelsOfInput is modelsOf's calldata.
type ModelsOfInput struct {
	Owner  common.Address
	Offset *big.Int
	Limit  *big.Int
}

// AdaptersOfInput is adaptersOf's calldata.
type AdaptersOfInput struct {
	BaseModelId *big.Int
	Offset      *big.Int
	Limit       *big.Int
}
