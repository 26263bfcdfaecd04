// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// IDatanetRegistryContribution is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryContribution struct {
	Id            *big.Int
	DatanetId     *big.Int
	Contributor   common.Address
	ContentHash   [32]byte
	Size          uint64
	Uri           string
	Metadata      string
	Status        uint8
	SubmittedAt   uint64
	Reviewer      common.Address
	ReviewReason  string
	AcceptedIndex *big.Int
}

// IDatanetRegistryDatanet is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryDatanet struct {
	Id                *big.Int
	Owner             common.Address
	Name              string
	Description       string
	Tags              []string
	MetadataURI       string
	CreatedAt         uint64
	ContributionCount *big.Int
	AcceptedCount     *big.Int
	VersionCount      *big.Int
}

// IDatanetRegistryVersion is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryVersion struct {
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
	PublishedAt       uint64
	Publisher         common.Address
}

// IDatanetRegistryMetaData contains all meta data concerning the IDatanetRegistry contract.
var IDatanetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"AlreadyCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"AlreadyReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"ContributionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"DatanetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"NoSuchCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"NothingToPublish\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValueNotAccepted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"VersionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ContributionReviewed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"ContributionSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"CuratorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"CuratorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"DatanetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"acceptedContributions\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"addCurator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"contribute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"contributionsBy\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"contributionsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"createDatanet\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datanetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"getContribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"getDatanet\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"acceptedCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Datanet\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"getVersion\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"}],\"internalType\":\"structIDatanetRegistry.Version\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isCurator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"listDatanets\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"acceptedCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Datanet[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"removeCurator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"accept\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"review\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"versionsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"}],\"internalType\":\"structIDatanetRegistry.Version[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IDatanetRegistry",
}

// IDatanetRegistry is an auto generated Go binding around an Ethereum contract.
type IDatanetRegistry struct {
	abi abi.ABI
}

// NewIDatanetRegistry creates a new instance of IDatanetRegistry.
func NewIDatanetRegistry() *IDatanetRegistry {
	parsed, err := IDatanetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IDatanetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IDatanetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAcceptedContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69e3b52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptedContributions(uint256 datanetId, uint256 offset, uint256 limit) view returns(uint256[])
func (iDatanetRegistry *IDatanetRegistry) PackAcceptedContributions(datanetId *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("acceptedContributions", datanetId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptedContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69e3b52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptedContributions(uint256 datanetId, uint256 offset, uint256 limit) view returns(uint256[])
func (iDatanetRegistry *IDatanetRegistry) TryPackAcceptedContributions(datanetId *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("acceptedContributions", datanetId, offset, limit)
}

// UnpackAcceptedContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc69e3b52.
//
// Solidity: function acceptedContributions(uint256 datanetId, uint256 offset, uint256 limit) view returns(uint256[])
func (iDatanetRegistry *IDatanetRegistry) UnpackAcceptedContributions(data []byte) ([]*big.Int, error) {
	out, err := iDatanetRegistry.abi.Unpack("acceptedContributions", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackAddCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x302009ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addCurator(uint256 datanetId, address curator) returns()
func (iDatanetRegistry *IDatanetRegistry) PackAddCurator(datanetId *big.Int, curator common.Address) []byte {
	enc, err := iDatanetRegistry.abi.Pack("addCurator", datanetId, curator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x302009ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addCurator(uint256 datanetId, address curator) returns()
func (iDatanetRegistry *IDatanetRegistry) TryPackAddCurator(datanetId *big.Int, curator common.Address) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("addCurator", datanetId, curator)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5101a294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 contributionId)
func (iDatanetRegistry *IDatanetRegistry) PackContribute(datanetId *big.Int, contentHash [32]byte, size uint64, uri string, metadata string) []byte {
	enc, err := iDatanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5101a294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 contributionId)
func (iDatanetRegistry *IDatanetRegistry) TryPackContribute(datanetId *big.Int, contentHash [32]byte, size uint64, uri string, metadata string) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri, metadata)
}

// UnpackContribute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5101a294.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 contributionId)
func (iDatanetRegistry *IDatanetRegistry) UnpackContribute(data []byte) (*big.Int, error) {
	out, err := iDatanetRegistry.abi.Unpack("contribute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b18056b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) PackContributionCount() []byte {
	enc, err := iDatanetRegistry.abi.Pack("contributionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b18056b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) TryPackContributionCount() ([]byte, error) {
	return iDatanetRegistry.abi.Pack("contributionCount")
}

// UnpackContributionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b18056b.
//
// Solidity: function contributionCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionCount(data []byte) (*big.Int, error) {
	out, err := iDatanetRegistry.abi.Unpack("contributionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributionsBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44b1fcf1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionsBy(address contributor, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) PackContributionsBy(contributor common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("contributionsBy", contributor, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionsBy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x44b1fcf1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionsBy(address contributor, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) TryPackContributionsBy(contributor common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("contributionsBy", contributor, offset, limit)
}

// UnpackContributionsBy is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x44b1fcf1.
//
// Solidity: function contributionsBy(address contributor, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionsBy(data []byte) ([]IDatanetRegistryContribution, error) {
	out, err := iDatanetRegistry.abi.Unpack("contributionsBy", data)
	if err != nil {
		return *new([]IDatanetRegistryContribution), err
	}
	out0 := *abi.ConvertType(out[0], new([]IDatanetRegistryContribution)).(*[]IDatanetRegistryContribution)
	return out0, nil
}

// PackContributionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2fa77b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) PackContributionsOf(datanetId *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("contributionsOf", datanetId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2fa77b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) TryPackContributionsOf(datanetId *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("contributionsOf", datanetId, offset, limit)
}

// UnpackContributionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f2fa77b.
//
// Solidity: function contributionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionsOf(data []byte) ([]IDatanetRegistryContribution, error) {
	out, err := iDatanetRegistry.abi.Unpack("contributionsOf", data)
	if err != nil {
		return *new([]IDatanetRegistryContribution), err
	}
	out0 := *abi.ConvertType(out[0], new([]IDatanetRegistryContribution)).(*[]IDatanetRegistryContribution)
	return out0, nil
}

// PackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418dc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 datanetId)
func (iDatanetRegistry *IDatanetRegistry) PackCreateDatanet(name string, description string, tags []string, metadataURI string) []byte {
	enc, err := iDatanetRegistry.abi.Pack("createDatanet", name, description, tags, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418dc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 datanetId)
func (iDatanetRegistry *IDatanetRegistry) TryPackCreateDatanet(name string, description string, tags []string, metadataURI string) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("createDatanet", name, description, tags, metadataURI)
}

// UnpackCreateDatanet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d418dc1.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 datanetId)
func (iDatanetRegistry *IDatanetRegistry) UnpackCreateDatanet(data []byte) (*big.Int, error) {
	out, err := iDatanetRegistry.abi.Unpack("createDatanet", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDatanetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49f62af4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function datanetCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) PackDatanetCount() []byte {
	enc, err := iDatanetRegistry.abi.Pack("datanetCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDatanetCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49f62af4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function datanetCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) TryPackDatanetCount() ([]byte, error) {
	return iDatanetRegistry.abi.Pack("datanetCount")
}

// UnpackDatanetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49f62af4.
//
// Solidity: function datanetCount() view returns(uint256)
func (iDatanetRegistry *IDatanetRegistry) UnpackDatanetCount(data []byte) (*big.Int, error) {
	out, err := iDatanetRegistry.abi.Unpack("datanetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef42254.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getContribution(uint256 contributionId) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256))
func (iDatanetRegistry *IDatanetRegistry) PackGetContribution(contributionId *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("getContribution", contributionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcef42254.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getContribution(uint256 contributionId) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256))
func (iDatanetRegistry *IDatanetRegistry) TryPackGetContribution(contributionId *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("getContribution", contributionId)
}

// UnpackGetContribution is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcef42254.
//
// Solidity: function getContribution(uint256 contributionId) view returns((uint256,uint256,address,bytes32,uint64,string,string,uint8,uint64,address,string,uint256))
func (iDatanetRegistry *IDatanetRegistry) UnpackGetContribution(data []byte) (IDatanetRegistryContribution, error) {
	out, err := iDatanetRegistry.abi.Unpack("getContribution", data)
	if err != nil {
		return *new(IDatanetRegistryContribution), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryContribution)).(*IDatanetRegistryContribution)
	return out0, nil
}

// PackGetDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6add54ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDatanet(uint256 datanetId) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256))
func (iDatanetRegistry *IDatanetRegistry) PackGetDatanet(datanetId *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("getDatanet", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6add54ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDatanet(uint256 datanetId) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256))
func (iDatanetRegistry *IDatanetRegistry) TryPackGetDatanet(datanetId *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("getDatanet", datanetId)
}

// UnpackGetDatanet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6add54ee.
//
// Solidity: function getDatanet(uint256 datanetId) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256))
func (iDatanetRegistry *IDatanetRegistry) UnpackGetDatanet(data []byte) (IDatanetRegistryDatanet, error) {
	out, err := iDatanetRegistry.abi.Unpack("getDatanet", data)
	if err != nil {
		return *new(IDatanetRegistryDatanet), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryDatanet)).(*IDatanetRegistryDatanet)
	return out0, nil
}

// PackGetVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6987b075.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVersion(uint256 datanetId, uint256 version) view returns((uint256,bytes32,uint256,uint64,address))
func (iDatanetRegistry *IDatanetRegistry) PackGetVersion(datanetId *big.Int, version *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("getVersion", datanetId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6987b075.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVersion(uint256 datanetId, uint256 version) view returns((uint256,bytes32,uint256,uint64,address))
func (iDatanetRegistry *IDatanetRegistry) TryPackGetVersion(datanetId *big.Int, version *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("getVersion", datanetId, version)
}

// UnpackGetVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6987b075.
//
// Solidity: function getVersion(uint256 datanetId, uint256 version) view returns((uint256,bytes32,uint256,uint64,address))
func (iDatanetRegistry *IDatanetRegistry) UnpackGetVersion(data []byte) (IDatanetRegistryVersion, error) {
	out, err := iDatanetRegistry.abi.Unpack("getVersion", data)
	if err != nil {
		return *new(IDatanetRegistryVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryVersion)).(*IDatanetRegistryVersion)
	return out0, nil
}

// PackIsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e612bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCurator(uint256 datanetId, address account) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) PackIsCurator(datanetId *big.Int, account common.Address) []byte {
	enc, err := iDatanetRegistry.abi.Pack("isCurator", datanetId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4e612bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCurator(uint256 datanetId, address account) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) TryPackIsCurator(datanetId *big.Int, account common.Address) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("isCurator", datanetId, account)
}

// UnpackIsCurator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb4e612bd.
//
// Solidity: function isCurator(uint256 datanetId, address account) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) UnpackIsCurator(data []byte) (bool, error) {
	out, err := iDatanetRegistry.abi.Unpack("isCurator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackListDatanets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaec543be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listDatanets(uint256 offset, uint256 limit) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) PackListDatanets(offset *big.Int, limit *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("listDatanets", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListDatanets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaec543be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listDatanets(uint256 offset, uint256 limit) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) TryPackListDatanets(offset *big.Int, limit *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("listDatanets", offset, limit)
}

// UnpackListDatanets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaec543be.
//
// Solidity: function listDatanets(uint256 offset, uint256 limit) view returns((uint256,address,string,string,string[],string,uint64,uint256,uint256,uint256)[])
func (iDatanetRegistry *IDatanetRegistry) UnpackListDatanets(data []byte) ([]IDatanetRegistryDatanet, error) {
	out, err := iDatanetRegistry.abi.Unpack("listDatanets", data)
	if err != nil {
		return *new([]IDatanetRegistryDatanet), err
	}
	out0 := *abi.ConvertType(out[0], new([]IDatanetRegistryDatanet)).(*[]IDatanetRegistryDatanet)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x491bd77b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 datanetId) returns(uint256 version, bytes32 root, uint256 contributionCount)
func (iDatanetRegistry *IDatanetRegistry) PackPublishVersion(datanetId *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("publishVersion", datanetId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x491bd77b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 datanetId) returns(uint256 version, bytes32 root, uint256 contributionCount)
func (iDatanetRegistry *IDatanetRegistry) TryPackPublishVersion(datanetId *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("publishVersion", datanetId)
}

// PublishVersionOutput serves as a container for the return parameters of contract
// method PublishVersion.
type PublishVersionOutput struct {
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x491bd77b.
//
// Solidity: function publishVersion(uint256 datanetId) returns(uint256 version, bytes32 root, uint256 contributionCount)
func (iDatanetRegistry *IDatanetRegistry) UnpackPublishVersion(data []byte) (PublishVersionOutput, error) {
	out, err := iDatanetRegistry.abi.Unpack("publishVersion", data)
	outstruct := new(PublishVersionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Version = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Root = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.ContributionCount = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRemoveCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x486cd089.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeCurator(uint256 datanetId, address curator) returns()
func (iDatanetRegistry *IDatanetRegistry) PackRemoveCurator(datanetId *big.Int, curator common.Address) []byte {
	enc, err := iDatanetRegistry.abi.Pack("removeCurator", datanetId, curator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveCurator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x486cd089.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeCurator(uint256 datanetId, address curator) returns()
func (iDatanetRegistry *IDatanetRegistry) TryPackRemoveCurator(datanetId *big.Int, curator common.Address) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("removeCurator", datanetId, curator)
}

// PackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ce677bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function review(uint256 contributionId, bool accept, string reason) returns()
func (iDatanetRegistry *IDatanetRegistry) PackReview(contributionId *big.Int, accept bool, reason string) []byte {
	enc, err := iDatanetRegistry.abi.Pack("review", contributionId, accept, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReview is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ce677bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function review(uint256 contributionId, bool accept, string reason) returns()
func (iDatanetRegistry *IDatanetRegistry) TryPackReview(contributionId *big.Int, accept bool, reason string) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("review", contributionId, accept, reason)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(uint256 datanetId, address newOwner) returns()
func (iDatanetRegistry *IDatanetRegistry) PackTransferOwnership(datanetId *big.Int, newOwner common.Address) []byte {
	enc, err := iDatanetRegistry.abi.Pack("transferOwnership", datanetId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(uint256 datanetId, address newOwner) returns()
func (iDatanetRegistry *IDatanetRegistry) TryPackTransferOwnership(datanetId *big.Int, newOwner common.Address) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("transferOwnership", datanetId, newOwner)
}

// PackVerifyMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1791e8e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyMembership(uint256 datanetId, uint256 version, uint256 contributionId, uint256 index, bytes32[] proof) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) PackVerifyMembership(datanetId *big.Int, version *big.Int, contributionId *big.Int, index *big.Int, proof [][32]byte) []byte {
	enc, err := iDatanetRegistry.abi.Pack("verifyMembership", datanetId, version, contributionId, index, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1791e8e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyMembership(uint256 datanetId, uint256 version, uint256 contributionId, uint256 index, bytes32[] proof) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) TryPackVerifyMembership(datanetId *big.Int, version *big.Int, contributionId *big.Int, index *big.Int, proof [][32]byte) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("verifyMembership", datanetId, version, contributionId, index, proof)
}

// UnpackVerifyMembership is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1791e8e1.
//
// Solidity: function verifyMembership(uint256 datanetId, uint256 version, uint256 contributionId, uint256 index, bytes32[] proof) view returns(bool)
func (iDatanetRegistry *IDatanetRegistry) UnpackVerifyMembership(data []byte) (bool, error) {
	out, err := iDatanetRegistry.abi.Unpack("verifyMembership", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7ed012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,bytes32,uint256,uint64,address)[])
func (iDatanetRegistry *IDatanetRegistry) PackVersionsOf(datanetId *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("versionsOf", datanetId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7ed012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,bytes32,uint256,uint64,address)[])
func (iDatanetRegistry *IDatanetRegistry) TryPackVersionsOf(datanetId *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("versionsOf", datanetId, offset, limit)
}

// UnpackVersionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d7ed012.
//
// Solidity: function versionsOf(uint256 datanetId, uint256 offset, uint256 limit) view returns((uint256,bytes32,uint256,uint64,address)[])
func (iDatanetRegistry *IDatanetRegistry) UnpackVersionsOf(data []byte) ([]IDatanetRegistryVersion, error) {
	out, err := iDatanetRegistry.abi.Unpack("versionsOf", data)
	if err != nil {
		return *new([]IDatanetRegistryVersion), err
	}
	out0 := *abi.ConvertType(out[0], new([]IDatanetRegistryVersion)).(*[]IDatanetRegistryVersion)
	return out0, nil
}

// IDatanetRegistryContributionReviewed represents a ContributionReviewed event raised by the IDatanetRegistry contract.
type IDatanetRegistryContributionReviewed struct {
	DatanetId      *big.Int
	ContributionId *big.Int
	Reviewer       common.Address
	Accepted       bool
	Reason         string
	Raw            *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryContributionReviewedEventName = "ContributionReviewed"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryContributionReviewed) ContractEventName() string {
	return IDatanetRegistryContributionReviewedEventName
}

// UnpackContributionReviewedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionReviewed(uint256 indexed datanetId, uint256 indexed contributionId, address indexed reviewer, bool accepted, string reason)
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionReviewedEvent(log *types.Log) (*IDatanetRegistryContributionReviewed, error) {
	event := "ContributionReviewed"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryContributionReviewed)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryContributionSubmitted represents a ContributionSubmitted event raised by the IDatanetRegistry contract.
type IDatanetRegistryContributionSubmitted struct {
	DatanetId      *big.Int
	ContributionId *big.Int
	Contributor    common.Address
	ContentHash    [32]byte
	Size           uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryContributionSubmittedEventName = "ContributionSubmitted"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryContributionSubmitted) ContractEventName() string {
	return IDatanetRegistryContributionSubmittedEventName
}

// UnpackContributionSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionSubmitted(uint256 indexed datanetId, uint256 indexed contributionId, address indexed contributor, bytes32 contentHash, uint64 size)
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionSubmittedEvent(log *types.Log) (*IDatanetRegistryContributionSubmitted, error) {
	event := "ContributionSubmitted"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryContributionSubmitted)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryCuratorAdded represents a CuratorAdded event raised by the IDatanetRegistry contract.
type IDatanetRegistryCuratorAdded struct {
	DatanetId *big.Int
	Curator   common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryCuratorAddedEventName = "CuratorAdded"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryCuratorAdded) ContractEventName() string {
	return IDatanetRegistryCuratorAddedEventName
}

// UnpackCuratorAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CuratorAdded(uint256 indexed datanetId, address indexed curator)
func (iDatanetRegistry *IDatanetRegistry) UnpackCuratorAddedEvent(log *types.Log) (*IDatanetRegistryCuratorAdded, error) {
	event := "CuratorAdded"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryCuratorAdded)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryCuratorRemoved represents a CuratorRemoved event raised by the IDatanetRegistry contract.
type IDatanetRegistryCuratorRemoved struct {
	DatanetId *big.Int
	Curator   common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryCuratorRemovedEventName = "CuratorRemoved"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryCuratorRemoved) ContractEventName() string {
	return IDatanetRegistryCuratorRemovedEventName
}

// UnpackCuratorRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CuratorRemoved(uint256 indexed datanetId, address indexed curator)
func (iDatanetRegistry *IDatanetRegistry) UnpackCuratorRemovedEvent(log *types.Log) (*IDatanetRegistryCuratorRemoved, error) {
	event := "CuratorRemoved"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryCuratorRemoved)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryDatanetCreated represents a DatanetCreated event raised by the IDatanetRegistry contract.
type IDatanetRegistryDatanetCreated struct {
	DatanetId *big.Int
	Owner     common.Address
	Name      string
	Raw       *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryDatanetCreatedEventName = "DatanetCreated"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryDatanetCreated) ContractEventName() string {
	return IDatanetRegistryDatanetCreatedEventName
}

// UnpackDatanetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetCreated(uint256 indexed datanetId, address indexed owner, string name)
func (iDatanetRegistry *IDatanetRegistry) UnpackDatanetCreatedEvent(log *types.Log) (*IDatanetRegistryDatanetCreated, error) {
	event := "DatanetCreated"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryDatanetCreated)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the IDatanetRegistry contract.
type IDatanetRegistryOwnershipTransferred struct {
	DatanetId     *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryOwnershipTransferred) ContractEventName() string {
	return IDatanetRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(uint256 indexed datanetId, address indexed previousOwner, address indexed newOwner)
func (iDatanetRegistry *IDatanetRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*IDatanetRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IDatanetRegistryVersionPublished represents a VersionPublished event raised by the IDatanetRegistry contract.
type IDatanetRegistryVersionPublished struct {
	DatanetId         *big.Int
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryVersionPublished) ContractEventName() string {
	return IDatanetRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(uint256 indexed datanetId, uint256 indexed version, bytes32 root, uint256 contributionCount)
func (iDatanetRegistry *IDatanetRegistry) UnpackVersionPublishedEvent(log *types.Log) (*IDatanetRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := iDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iDatanetRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (iDatanetRegistry *IDatanetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["AlreadyCurator"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackAlreadyCuratorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["AlreadyReviewed"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackAlreadyReviewedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["ContributionNotFound"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackContributionNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["DatanetNotFound"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackDatanetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["DuplicateContribution"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackDuplicateContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["NoSuchCurator"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackNoSuchCuratorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["NotCurator"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackNotCuratorError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["NothingToPublish"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackNothingToPublishError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["ValueNotAccepted"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackValueNotAcceptedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["VersionNotFound"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackVersionNotFoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IDatanetRegistryAlreadyCurator represents a AlreadyCurator error raised by the IDatanetRegistry contract.
type IDatanetRegistryAlreadyCurator struct {
	DatanetId *big.Int
	Curator   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCurator(uint256 datanetId, address curator)
func IDatanetRegistryAlreadyCuratorErrorID() common.Hash {
	return common.HexToHash("0xc7ae73b84f83d7b526b8be2741d2d084c9a010d3713adc44b370bc2f6052428f")
}

// UnpackAlreadyCuratorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCurator(uint256 datanetId, address curator)
func (iDatanetRegistry *IDatanetRegistry) UnpackAlreadyCuratorError(raw []byte) (*IDatanetRegistryAlreadyCurator, error) {
	out := new(IDatanetRegistryAlreadyCurator)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "AlreadyCurator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryAlreadyReviewed represents a AlreadyReviewed error raised by the IDatanetRegistry contract.
type IDatanetRegistryAlreadyReviewed struct {
	ContributionId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReviewed(uint256 contributionId)
func IDatanetRegistryAlreadyReviewedErrorID() common.Hash {
	return common.HexToHash("0x27215955c246607a99e57627d1a74cf6fa46cf62bb9cae7a150f0a2000f96572")
}

// UnpackAlreadyReviewedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReviewed(uint256 contributionId)
func (iDatanetRegistry *IDatanetRegistry) UnpackAlreadyReviewedError(raw []byte) (*IDatanetRegistryAlreadyReviewed, error) {
	out := new(IDatanetRegistryAlreadyReviewed)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "AlreadyReviewed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryContributionNotFound represents a ContributionNotFound error raised by the IDatanetRegistry contract.
type IDatanetRegistryContributionNotFound struct {
	ContributionId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ContributionNotFound(uint256 contributionId)
func IDatanetRegistryContributionNotFoundErrorID() common.Hash {
	return common.HexToHash("0xe1d88a7586447923432750dc17b9c8d9d62e8f01f756493caf49f40e4b6178f8")
}

// UnpackContributionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ContributionNotFound(uint256 contributionId)
func (iDatanetRegistry *IDatanetRegistry) UnpackContributionNotFoundError(raw []byte) (*IDatanetRegistryContributionNotFound, error) {
	out := new(IDatanetRegistryContributionNotFound)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "ContributionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryDatanetNotFound represents a DatanetNotFound error raised by the IDatanetRegistry contract.
type IDatanetRegistryDatanetNotFound struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func IDatanetRegistryDatanetNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa913989f552dc143fb41a6df230f64480982e634951e922ce5d38210d8b0215f")
}

// UnpackDatanetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func (iDatanetRegistry *IDatanetRegistry) UnpackDatanetNotFoundError(raw []byte) (*IDatanetRegistryDatanetNotFound, error) {
	out := new(IDatanetRegistryDatanetNotFound)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "DatanetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryDuplicateContribution represents a DuplicateContribution error raised by the IDatanetRegistry contract.
type IDatanetRegistryDuplicateContribution struct {
	DatanetId   *big.Int
	ContentHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateContribution(uint256 datanetId, bytes32 contentHash)
func IDatanetRegistryDuplicateContributionErrorID() common.Hash {
	return common.HexToHash("0x867516afc9ed175baddb2da3c1cbdeddc58194a3e29c4e1c95257189a9867f84")
}

// UnpackDuplicateContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateContribution(uint256 datanetId, bytes32 contentHash)
func (iDatanetRegistry *IDatanetRegistry) UnpackDuplicateContributionError(raw []byte) (*IDatanetRegistryDuplicateContribution, error) {
	out := new(IDatanetRegistryDuplicateContribution)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "DuplicateContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryInvalidArgument represents a InvalidArgument error raised by the IDatanetRegistry contract.
type IDatanetRegistryInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func IDatanetRegistryInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (iDatanetRegistry *IDatanetRegistry) UnpackInvalidArgumentError(raw []byte) (*IDatanetRegistryInvalidArgument, error) {
	out := new(IDatanetRegistryInvalidArgument)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryNoSuchCurator represents a NoSuchCurator error raised by the IDatanetRegistry contract.
type IDatanetRegistryNoSuchCurator struct {
	DatanetId *big.Int
	Curator   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchCurator(uint256 datanetId, address curator)
func IDatanetRegistryNoSuchCuratorErrorID() common.Hash {
	return common.HexToHash("0x3c67c9e72c5d7524974994ac3a92bc6677891148f6221d9de97cb6a28e08983b")
}

// UnpackNoSuchCuratorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchCurator(uint256 datanetId, address curator)
func (iDatanetRegistry *IDatanetRegistry) UnpackNoSuchCuratorError(raw []byte) (*IDatanetRegistryNoSuchCurator, error) {
	out := new(IDatanetRegistryNoSuchCurator)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "NoSuchCurator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryNotCurator represents a NotCurator error raised by the IDatanetRegistry contract.
type IDatanetRegistryNotCurator struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotCurator(uint256 datanetId, address caller)
func IDatanetRegistryNotCuratorErrorID() common.Hash {
	return common.HexToHash("0x8331958e6182d5e28dbe32f090f17184e1498015c7811a8167e296bda53759f5")
}

// UnpackNotCuratorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotCurator(uint256 datanetId, address caller)
func (iDatanetRegistry *IDatanetRegistry) UnpackNotCuratorError(raw []byte) (*IDatanetRegistryNotCurator, error) {
	out := new(IDatanetRegistryNotCurator)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "NotCurator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryNotOwner represents a NotOwner error raised by the IDatanetRegistry contract.
type IDatanetRegistryNotOwner struct {
	DatanetId *big.Int
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 datanetId, address caller)
func IDatanetRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 datanetId, address caller)
func (iDatanetRegistry *IDatanetRegistry) UnpackNotOwnerError(raw []byte) (*IDatanetRegistryNotOwner, error) {
	out := new(IDatanetRegistryNotOwner)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryNothingToPublish represents a NothingToPublish error raised by the IDatanetRegistry contract.
type IDatanetRegistryNothingToPublish struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToPublish(uint256 datanetId)
func IDatanetRegistryNothingToPublishErrorID() common.Hash {
	return common.HexToHash("0x1b3d74ba1d2053310bb92b1ea614995a9af39299c927669080a689d6f968942b")
}

// UnpackNothingToPublishError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToPublish(uint256 datanetId)
func (iDatanetRegistry *IDatanetRegistry) UnpackNothingToPublishError(raw []byte) (*IDatanetRegistryNothingToPublish, error) {
	out := new(IDatanetRegistryNothingToPublish)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "NothingToPublish", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryValueNotAccepted represents a ValueNotAccepted error raised by the IDatanetRegistry contract.
type IDatanetRegistryValueNotAccepted struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueNotAccepted()
func IDatanetRegistryValueNotAcceptedErrorID() common.Hash {
	return common.HexToHash("0x0d7b65adf4ed309527dd0e1944e1acc38a28edd1e9b5db22ab8bf09d3c0a64b1")
}

// UnpackValueNotAcceptedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueNotAccepted()
func (iDatanetRegistry *IDatanetRegistry) UnpackValueNotAcceptedError(raw []byte) (*IDatanetRegistryValueNotAccepted, error) {
	out := new(IDatanetRegistryValueNotAccepted)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "ValueNotAccepted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryVersionNotFound represents a VersionNotFound error raised by the IDatanetRegistry contract.
type IDatanetRegistryVersionNotFound struct {
	DatanetId *big.Int
	Version   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionNotFound(uint256 datanetId, uint256 version)
func IDatanetRegistryVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x691f53ccf9f9462ad2976f2d166e7b1aa2910823a5423535c1539e3d51d74bb0")
}

// UnpackVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionNotFound(uint256 datanetId, uint256 version)
func (iDatanetRegistry *IDatanetRegistry) UnpackVersionNotFoundError(raw []byte) (*IDatanetRegistryVersionNotFound, error) {
	out := new(IDatanetRegistryVersionNotFound)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "VersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}
