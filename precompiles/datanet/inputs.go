package datanet

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Calldata of each method, decoded by the precompiles framework into these
// types (field names and types follow IDatanetRegistry's parameters; the
// framework checks the fit when the contract is built).

// CreateDatanetInput is createDatanet's calldata.
type CreateDatanetInput struct {
	Name        string
	Description string
	Tags        []string
	MetadataURI string
}

// TransferOwnershipInput is transferOwnership's calldata.
type TransferOwnershipInput struct {
	DatanetId *big.Int
	NewOwner  common.Address
}

// CuratorInput is the calldata of addCurator and removeCurator.
type CuratorInput struct {
	DatanetId *big.Int
	Curator   common.Address
}

// ContributeInput is contribute's calldata.
type ContributeInput struct {
	DatanetId   *big.Int
	ContentHash [32]byte
	Size        uint64
	Uri         string
	Metadata    string
}

// ReviewInput is review's calldata.
type ReviewInput struct {
	ContributionId *big.Int
	Accept         bool
	Reason         string
}

// DatanetInput is the calldata of publishVersion and getDatanet.
type DatanetInput struct {
	DatanetId *big.Int
}

// PageInput is listDatanets' calldata.
type PageInput struct {
	Offset *big.Int
	Limit  *big.Int
}

// IsCuratorInput is isCurator's calldata.
type IsCuratorInput struct {
	DatanetId *big.Int
	Account   common.Address
}

// ContributionInput is getContribution's calldata.
type ContributionInput struct {
	ContributionId *big.Int
}

// DatanetPageInput is the calldata of contributionsOf, acceptedContributions
// and versionsOf.
type DatanetPageInput struct {
	DatanetId *big.Int
	Offset    *big.Int
	Limit     *big.Int
}

// ContributionsByInput is contributionsBy's calldata.
type ContributionsByInput struct {
	Contributor common.Address
	Offset      *big.Int
	Limit       *big.Int
}

// VersionInput is the calldata of getVersion and indexesOf.
type VersionInput struct {
	DatanetId *big.Int
	Version   *big.Int
}

// VerifyMembershipInput is verifyMembership's calldata.
type VerifyMembershipInput struct {
	DatanetId      *big.Int
	Version        *big.Int
	ContributionId *big.Int
	Index          *big.Int
	Proof          [][32]byte
}

// PublishIndexInput is publishIndex's calldata.
type PublishIndexInput struct {
	DatanetId   *big.Int
	Version     *big.Int
	TokenizerId [32]byte
	ContentHash [32]byte
	Uri         string
}

// IndexInput is getIndex's calldata.
type IndexInput struct {
	DatanetId   *big.Int
	Version     *big.Int
	TokenizerId [32]byte
}
