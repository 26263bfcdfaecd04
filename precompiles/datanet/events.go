package datanet

import "github.com/openledger/openledger/precompiles"

// Events of IDatanetRegistry, logged at Address.
var (
	eventDatanetCreated        = precompiles.MustEvent(ABI, "DatanetCreated")
	eventOwnershipTransferred  = precompiles.MustEvent(ABI, "OwnershipTransferred")
	eventCuratorAdded          = precompiles.MustEvent(ABI, "CuratorAdded")
	eventCuratorRemoved        = precompiles.MustEvent(ABI, "CuratorRemoved")
	eventContributionSubmitted = precompiles.MustEvent(ABI, "ContributionSubmitted")
	eventContributionReviewed  = precompiles.MustEvent(ABI, "ContributionReviewed")
	eventVersionPublished      = precompiles.MustEvent(ABI, "VersionPublished")
	eventIndexPublished        = precompiles.MustEvent(ABI, "IndexPublished")
)
