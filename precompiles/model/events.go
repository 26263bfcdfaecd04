package model

import "github.com/openledger/openledger/precompiles"

// Events of IModelRegistry, logged at Address.
var (
	eventModelRegistered      = precompiles.MustEvent(ABI, "ModelRegistered")
	eventVersionPublished     = precompiles.MustEvent(ABI, "VersionPublished")
	eventRatesSet             = precompiles.MustEvent(ABI, "RatesSet")
	eventModelDeprecated      = precompiles.MustEvent(ABI, "ModelDeprecated")
	eventModelReactivated     = precompiles.MustEvent(ABI, "ModelReactivated")
	eventOwnershipTransferred = precompiles.MustEvent(ABI, "OwnershipTransferred")
)
