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

// BN254G1Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G1Point struct {
	X *big.Int
	Y *big.Int
}

// BN254G2Point is an auto generated low-level Go binding around an user-defined struct.
type BN254G2Point struct {
	X [2]*big.Int
	Y [2]*big.Int
}

// EigenDATypesBatchHeaderV2 is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesBatchHeaderV2 struct {
	BatchRoot            [32]byte
	ReferenceBlockNumber uint32
}

// EigenDATypesBlobCertificate is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesBlobCertificate struct {
	BlobHeader EigenDATypesBlobHeaderV2
	Signature  []byte
	RelayKeys  []uint32
}

// EigenDATypesBlobCommitment is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesBlobCommitment struct {
	Commitment       BN254G1Point
	LengthCommitment BN254G2Point
	LengthProof      BN254G2Point
	Length           uint32
}

// EigenDATypesBlobHeaderV2 is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesBlobHeaderV2 struct {
	Version           uint16
	QuorumNumbers     []byte
	Commitment        EigenDATypesBlobCommitment
	PaymentHeaderHash [32]byte
}

// EigenDATypesBlobInclusionInfo is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesBlobInclusionInfo struct {
	BlobCertificate EigenDATypesBlobCertificate
	BlobIndex       uint32
	InclusionProof  []byte
}

// EigenDATypesCheckSignaturesIndices is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesCheckSignaturesIndices struct {
	NonSignerQuorumBitmapIndices []uint32
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// EigenDATypesEigenDACertV3 is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesEigenDACertV3 struct {
	BatchHeader                 EigenDATypesBatchHeaderV2
	BlobInclusionInfo           EigenDATypesBlobInclusionInfo
	NonSignerStakesAndSignature EigenDATypesNonSignerStakesAndSignature
	SignedQuorumNumbers         []byte
}

// EigenDATypesEigenDACertV4 is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesEigenDACertV4 struct {
	BatchHeader                 EigenDATypesBatchHeaderV2
	BlobInclusionInfo           EigenDATypesBlobInclusionInfo
	NonSignerStakesAndSignature EigenDATypesNonSignerStakesAndSignature
	SignedQuorumNumbers         []byte
	OffchainDerivationVersion   uint16
}

// EigenDATypesNonSignerStakesAndSignature is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesNonSignerStakesAndSignature struct {
	NonSignerQuorumBitmapIndices []uint32
	NonSignerPubkeys             []BN254G1Point
	QuorumApks                   []BN254G1Point
	ApkG2                        BN254G2Point
	Sigma                        BN254G1Point
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// EigenDATypesQuorumStakeTotals is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesQuorumStakeTotals struct {
	SignedStakeForQuorum []*big.Int
	TotalStakeForQuorum  []*big.Int
}

// EigenDATypesSecurityThresholds is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesSecurityThresholds struct {
	ConfirmationThreshold uint8
	AdversaryThreshold    uint8
}

// EigenDATypesVersionedBlobParams is an auto generated low-level Go binding around an user-defined struct.
type EigenDATypesVersionedBlobParams struct {
	MaxNumOperators uint32
	NumChunks       uint32
	CodingRate      uint8
}

// IAgentRegistryAgent is an auto generated low-level Go binding around an user-defined struct.
type IAgentRegistryAgent struct {
	Id                    *big.Int
	Owner                 common.Address
	MetadataURI           string
	ModelId               *big.Int
	Stake                 *big.Int
	Unbonding             *big.Int
	UnbondingReleaseBlock uint64
	Slashed               *big.Int
	Active                bool
	RegisteredAt          uint64
}

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

// IDatanetRegistryIndexShard is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryIndexShard struct {
	TokenizerId [32]byte
	ContentHash [32]byte
	Uri         string
	Publisher   common.Address
	PublishedAt uint64
}

// IDatanetRegistryVersion is an auto generated low-level Go binding around an user-defined struct.
type IDatanetRegistryVersion struct {
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
	PublishedAt       uint64
	Publisher         common.Address
}

// IGovernanceBound is an auto generated low-level Go binding around an user-defined struct.
type IGovernanceBound struct {
	Min *big.Int
	Max *big.Int
}

// IGovernanceChange is an auto generated low-level Go binding around an user-defined struct.
type IGovernanceChange struct {
	Kind    uint8
	Account common.Address
	Id      *big.Int
	Value   *big.Int
}

// IGovernanceParams is an auto generated low-level Go binding around an user-defined struct.
type IGovernanceParams struct {
	VotingPeriod      uint64
	TimelockDelay     uint64
	UnlockDelay       uint64
	QuorumBps         uint16
	ThresholdBps      uint16
	ProposalThreshold *big.Int
}

// IGovernanceProposal is an auto generated low-level Go binding around an user-defined struct.
type IGovernanceProposal struct {
	Id           *big.Int
	Proposer     common.Address
	ChangesHash  [32]byte
	Snapshot     uint64
	VoteEnd      uint64
	Eta          uint64
	ForVotes     *big.Int
	AgainstVotes *big.Int
	AbstainVotes *big.Int
	Quorum       *big.Int
	State        uint8
}

// IModelRegistryAdapterSpec is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryAdapterSpec struct {
	BaseModelId   *big.Int
	Name          string
	WeightsHash   [32]byte
	Uri           string
	Rank          uint16
	TargetModules []string
	RateIn        *big.Int
	RateOut       *big.Int
	Datanets      []IModelRegistryDatanetRef
}

// IModelRegistryDatanetProvenance is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryDatanetProvenance struct {
	DatanetId         *big.Int
	Version           *big.Int
	Root              [32]byte
	ContributionCount *big.Int
}

// IModelRegistryDatanetRef is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryDatanetRef struct {
	DatanetId *big.Int
	Version   *big.Int
}

// IModelRegistryModel is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModel struct {
	Id            *big.Int
	Kind          uint8
	Owner         common.Address
	Name          string
	Architecture  string
	License       string
	BaseModelId   *big.Int
	Rank          uint16
	TargetModules []string
	RateIn        *big.Int
	RateOut       *big.Int
	Status        uint8
	CreatedAt     uint64
	VersionCount  *big.Int
	AdapterCount  *big.Int
}

// IModelRegistryModelVersion is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryModelVersion struct {
	Version     *big.Int
	WeightsHash [32]byte
	Uri         string
	BaseVersion *big.Int
	Datanets    []IModelRegistryDatanetRef
	PublishedAt uint64
}

// IModelRegistryProvenance is an auto generated low-level Go binding around an user-defined struct.
type IModelRegistryProvenance struct {
	ModelId         *big.Int
	Version         *big.Int
	WeightsHash     [32]byte
	BaseModelId     *big.Int
	BaseVersion     *big.Int
	BaseWeightsHash [32]byte
	Datanets        []IModelRegistryDatanetProvenance
}

// ISettlementContribution is an auto generated low-level Go binding around an user-defined struct.
type ISettlementContribution struct {
	ContributionId *big.Int
	Weight         *big.Int
}

// ISettlementReceipt is an auto generated low-level Go binding around an user-defined struct.
type ISettlementReceipt struct {
	VoucherHash   [32]byte
	ModelId       *big.Int
	TokensIn      uint64
	TokensOut     uint64
	Fee           *big.Int
	OutputHash    [32]byte
	Contributions []ISettlementContribution
	ProofRoot     [32]byte
}

// ISettlementSettledReceipt is an auto generated low-level Go binding around an user-defined struct.
type ISettlementSettledReceipt struct {
	ModelId   *big.Int
	Fee       *big.Int
	SettledAt uint64
}

// ISettlementVoucher is an auto generated low-level Go binding around an user-defined struct.
type ISettlementVoucher struct {
	Payer       common.Address
	ModelId     *big.Int
	MaxFee      *big.Int
	Nonce       *big.Int
	Deadline    uint64
	RequestHash [32]byte
}

// AgentRegistryBenchMetaData contains all meta data concerning the AgentRegistryBench contract.
var AgentRegistryBenchMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"slashers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseBlock\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"AgentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"AgentSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseBlock\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSlasher\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSlashed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AgentRegistryBench",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161106138038061106183398101604081905261002e916100df565b5f838155600180546001600160401b0319166001600160401b0385161790555b81518110156100a757600160055f84848151811061006e5761006e6101d3565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff191691151591909117905560010161004e565b505050506101e7565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b03811681146100da575f5ffd5b919050565b5f5f5f606084860312156100f1575f5ffd5b835160208501519093506001600160401b038116811461010f575f5ffd5b60408501519092506001600160401b0381111561012a575f5ffd5b8401601f8101861361013a575f5ffd5b80516001600160401b03811115610153576101536100b0565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610181576101816100b0565b60405291825260208184018101929081018984111561019e575f5ffd5b6020850194505b838510156101c4576101b6856100c4565b8152602094850194016101a5565b50809450505050509250925092565b634e487b7160e01b5f52603260045260245ffd5b610e6d806101f45f395ff3fe60806040526004361061009a575f3560e01c8063a201bbdd11610062578063a201bbdd14610158578063b759e8371461016d578063b7dc12841461018c578063db7dd35a146101a1578063ea87152b146101da578063eb4f16b5146101ed575f5ffd5b80632e1a7d4d1461009e578063375b3c0a146100d057806357601c5d146100e457806368d4341f14610122578063817b1cd214610143575b5f5ffd5b3480156100a9575f5ffd5b506100bd6100b8366004610ae7565b610200565b6040519081526020015b60405180910390f35b3480156100db575f5ffd5b506100bd5f5481565b3480156100ef575f5ffd5b506101126100fe366004610afe565b60056020525f908152604090205460ff1681565b60405190151581526020016100c7565b34801561012d575f5ffd5b5061014161013c366004610b2b565b610369565b005b34801561014e575f5ffd5b506100bd60035481565b348015610163575f5ffd5b506100bd60045481565b348015610178575f5ffd5b506100bd610187366004610b90565b610531565b348015610197575f5ffd5b506100bd60025481565b3480156101ac575f5ffd5b506001546101c19067ffffffffffffffff1681565b60405167ffffffffffffffff90911681526020016100c7565b6100bd6101e8366004610bdf565b610753565b6101416101fb366004610ae7565b610952565b5f5f61020b83610a61565b905080600401549150815f0361023c57604051630aaf769b60e11b8152600481018490526024015b60405180910390fd5b600581015467ffffffffffffffff1643101561028457600581015460405163a6a4b5c160e01b81526004810185905267ffffffffffffffff9091166024820152604401610233565b5f81600401819055508160035f82825461029e9190610c3b565b9091555050604051828152339084907f459d5aef2c549903c1eeb1736f5728845d5ccf82537ddd5bf8035795eee892639060200160405180910390a36040515f90339084908381818185875af1925050503d805f8114610319576040519150601f19603f3d011682016040523d82523d5f602084013e61031e565b606091505b505090508061036257604051631fff1b3b60e21b815260206004820152600f60248201526e1d1c985b9cd9995c8819985a5b1959608a1b6044820152606401610233565b5050919050565b5f61037383610a61565b9050815f036103b657604051631fff1b3b60e21b815260206004820152600e60248201526d616d6f756e74206973207a65726f60901b6044820152606401610233565b80600301548211156103f2576003810154604051635ac0ebdd60e01b815260048101859052602481018490526044810191909152606401610233565b5f8282600301546104039190610c3b565b9050801580159061041457505f5481105b1561043f575f546040516378e030db60e01b8152610233918391600401918252602082015260400190565b5f8054600384018054908490556004850180549290911015928692610465908490610c54565b90915550506001546104819067ffffffffffffffff1643610c67565b60058401805467ffffffffffffffff191667ffffffffffffffff929092169182179055600484015460408051878152602081019290925281019190915285907f974ba8a0639ff4af8cc191c20e27be469a495cc2fd99a40de18e3a47a6827b8d9060600160405180910390a28080156104fa57505f5482105b1561052a5760405185907fc2fb7f8575ac3990e70361684edfc4d283931ea9a03dfa28766bf376a3934aa2905f90a25b5050505050565b335f9081526005602052604081205460ff16610562576040516325e066bb60e11b8152336004820152602401610233565b5f61056c86610aa6565b9050845f036105af57604051631fff1b3b60e21b815260206004820152600e60248201526d616d6f756e74206973207a65726f60901b6044820152606401610233565b6102008311156105f457604051631fff1b3b60e21b815260206004820152600f60248201526e726561736f6e20746f6f206c6f6e6760881b6044820152606401610233565b5f805460038301549081101591908710610612578260030154610614565b865b90505f6106218289610c3b565b90505f8460040154821061063957846004015461063b565b815b90506106478184610c54565b955082856003015f82825461065c9190610c3b565b9250508190555080856004015f8282546106769190610c3b565b9250508190555085856006015f8282546106909190610c54565b925050819055508560035f8282546106a89190610c3b565b925050819055508560045f8282546106c09190610c54565b909155505060405133908b907fac95987a33b2d65c53785009e5765f9c4f4fe53c7e70ee83ebba54c3740f69fb906106fd908a908d908d90610caf565b60405180910390a383801561071657505f548560030154105b15610746576040518a907fc2fb7f8575ac3990e70361684edfc4d283931ea9a03dfa28766bf376a3934aa2905f90a25b5050505050949350505050565b5f61020083111561079e57604051631fff1b3b60e21b81526020600482015260146024820152736d6574616461746155524920746f6f206c6f6e6760601b6044820152606401610233565b81158061080b5750610a026001600160a01b031663c6a645fe6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107e4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108089190610cd1565b82115b1561082c57604051631b5c438560e21b815260048101839052602401610233565b5f5434101561085a575f546040516378e030db60e01b81523460048201526024810191909152604401610233565b60025f815461086890610ce8565b91829055505f81815260066020526040902080546001600160a01b031916331781559091506001810161089c858783610d90565b50600281018390553460038083018290556007808401805467ffffffffffffffff19164367ffffffffffffffff16179055335f908152602091825260408120805460018101825590825291812090910185905581546108fc908490610c54565b9250508190555082336001600160a01b0316837f30ef9b5c906dd643c8707e720da6b7f195edfc1b4926441ae03e776a4ae7be1788883460405161094293929190610e4a565b60405180910390a4509392505050565b5f61095c82610aa6565b9050345f0361099e57604051631fff1b3b60e21b815260206004820152600d60248201526c1b9bc81d985b1d59481cd95b9d609a1b6044820152606401610233565b5f8054600383018054918210159234926109b9908490610c54565b925050819055503460035f8282546109d19190610c54565b90915550506003820154604080513481526020810192909252339185917f7329ebc4051de8d1fe90d55a57a2945417b7e202f9ff443f3437c336c630611b910160405180910390a380158015610a2c57505f54826003015410155b15610a5c5760405183907fc35f0e749480e262cd9a97d85fbdb391fb8b6f4549fc9e39ca11df61768d280c905f90a25b505050565b5f610a6b82610aa6565b80549091506001600160a01b03163314610aa1576040516304ffad3160e21b815260048101839052336024820152604401610233565b919050565b5f811580610ab5575060025482115b15610ad657604051630ede975960e01b815260048101839052602401610233565b505f90815260066020526040902090565b5f60208284031215610af7575f5ffd5b5035919050565b5f60208284031215610b0e575f5ffd5b81356001600160a01b0381168114610b24575f5ffd5b9392505050565b5f5f60408385031215610b3c575f5ffd5b50508035926020909101359150565b5f5f83601f840112610b5b575f5ffd5b50813567ffffffffffffffff811115610b72575f5ffd5b602083019150836020828501011115610b89575f5ffd5b9250929050565b5f5f5f5f60608587031215610ba3575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115610bc7575f5ffd5b610bd387828801610b4b565b95989497509550505050565b5f5f5f60408486031215610bf1575f5ffd5b833567ffffffffffffffff811115610c07575f5ffd5b610c1386828701610b4b565b909790965060209590950135949350505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c4e57610c4e610c27565b92915050565b80820180821115610c4e57610c4e610c27565b67ffffffffffffffff8181168382160190811115610c4e57610c4e610c27565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b838152604060208201525f610cc8604083018486610c87565b95945050505050565b5f60208284031215610ce1575f5ffd5b5051919050565b5f60018201610cf957610cf9610c27565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c90821680610d2857607f821691505b602082108103610d4657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610a5c57805f5260205f20601f840160051c81016020851015610d715750805b601f840160051c820191505b8181101561052a575f8155600101610d7d565b67ffffffffffffffff831115610da857610da8610d00565b610dbc83610db68354610d14565b83610d4c565b5f601f841160018114610ded575f8515610dd65750838201355b5f19600387901b1c1916600186901b17835561052a565b5f83815260208120601f198716915b82811015610e1c5786850135825560209485019460019092019101610dfc565b5086821015610e38575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b604081525f610e5d604083018587610c87565b905082602083015294935050505056",
}

// AgentRegistryBench is an auto generated Go binding around an Ethereum contract.
type AgentRegistryBench struct {
	abi abi.ABI
}

// NewAgentRegistryBench creates a new instance of AgentRegistryBench.
func NewAgentRegistryBench() *AgentRegistryBench {
	parsed, err := AgentRegistryBenchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AgentRegistryBench{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AgentRegistryBench) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint64 unbondingDelay_, address[] slashers) returns()
func (agentRegistryBench *AgentRegistryBench) PackConstructor(minStake_ *big.Int, unbondingDelay_ uint64, slashers []common.Address) []byte {
	enc, err := agentRegistryBench.abi.Pack("", minStake_, unbondingDelay_, slashers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(uint256 id) payable returns()
func (agentRegistryBench *AgentRegistryBench) PackAddStake(id *big.Int) []byte {
	enc, err := agentRegistryBench.abi.Pack("addStake", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(uint256 id) payable returns()
func (agentRegistryBench *AgentRegistryBench) TryPackAddStake(id *big.Int) ([]byte, error) {
	return agentRegistryBench.abi.Pack("addStake", id)
}

// PackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentCount() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) PackAgentCount() []byte {
	enc, err := agentRegistryBench.abi.Pack("agentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentCount() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) TryPackAgentCount() ([]byte, error) {
	return agentRegistryBench.abi.Pack("agentCount")
}

// UnpackAgentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7dc1284.
//
// Solidity: function agentCount() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentCount(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("agentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57601c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlasher(address ) view returns(bool)
func (agentRegistryBench *AgentRegistryBench) PackIsSlasher(arg0 common.Address) []byte {
	enc, err := agentRegistryBench.abi.Pack("isSlasher", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57601c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlasher(address ) view returns(bool)
func (agentRegistryBench *AgentRegistryBench) TryPackIsSlasher(arg0 common.Address) ([]byte, error) {
	return agentRegistryBench.abi.Pack("isSlasher", arg0)
}

// UnpackIsSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57601c5d.
//
// Solidity: function isSlasher(address ) view returns(bool)
func (agentRegistryBench *AgentRegistryBench) UnpackIsSlasher(data []byte) (bool, error) {
	out, err := agentRegistryBench.abi.Unpack("isSlasher", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) PackMinStake() []byte {
	enc, err := agentRegistryBench.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) TryPackMinStake() ([]byte, error) {
	return agentRegistryBench.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea87152b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 id)
func (agentRegistryBench *AgentRegistryBench) PackRegister(metadataURI string, modelId *big.Int) []byte {
	enc, err := agentRegistryBench.abi.Pack("register", metadataURI, modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea87152b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 id)
func (agentRegistryBench *AgentRegistryBench) TryPackRegister(metadataURI string, modelId *big.Int) ([]byte, error) {
	return agentRegistryBench.abi.Pack("register", metadataURI, modelId)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea87152b.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 id)
func (agentRegistryBench *AgentRegistryBench) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d4341f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 id, uint256 amount) returns()
func (agentRegistryBench *AgentRegistryBench) PackRequestUnstake(id *big.Int, amount *big.Int) []byte {
	enc, err := agentRegistryBench.abi.Pack("requestUnstake", id, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d4341f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 id, uint256 amount) returns()
func (agentRegistryBench *AgentRegistryBench) TryPackRequestUnstake(id *big.Int, amount *big.Int) ([]byte, error) {
	return agentRegistryBench.abi.Pack("requestUnstake", id, amount)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb759e837.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 id, uint256 amount, string reason) returns(uint256 burned)
func (agentRegistryBench *AgentRegistryBench) PackSlash(id *big.Int, amount *big.Int, reason string) []byte {
	enc, err := agentRegistryBench.abi.Pack("slash", id, amount, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb759e837.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 id, uint256 amount, string reason) returns(uint256 burned)
func (agentRegistryBench *AgentRegistryBench) TryPackSlash(id *big.Int, amount *big.Int, reason string) ([]byte, error) {
	return agentRegistryBench.abi.Pack("slash", id, amount, reason)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb759e837.
//
// Solidity: function slash(uint256 id, uint256 amount, string reason) returns(uint256 burned)
func (agentRegistryBench *AgentRegistryBench) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201bbdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSlashed() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) PackTotalSlashed() []byte {
	enc, err := agentRegistryBench.abi.Pack("totalSlashed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201bbdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSlashed() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) TryPackTotalSlashed() ([]byte, error) {
	return agentRegistryBench.abi.Pack("totalSlashed")
}

// UnpackTotalSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa201bbdd.
//
// Solidity: function totalSlashed() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) UnpackTotalSlashed(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("totalSlashed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) PackTotalStaked() []byte {
	enc, err := agentRegistryBench.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) TryPackTotalStaked() ([]byte, error) {
	return agentRegistryBench.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (agentRegistryBench *AgentRegistryBench) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("totalStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (agentRegistryBench *AgentRegistryBench) PackUnbondingDelay() []byte {
	enc, err := agentRegistryBench.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (agentRegistryBench *AgentRegistryBench) TryPackUnbondingDelay() ([]byte, error) {
	return agentRegistryBench.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (agentRegistryBench *AgentRegistryBench) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := agentRegistryBench.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 id) returns(uint256 amount)
func (agentRegistryBench *AgentRegistryBench) PackWithdraw(id *big.Int) []byte {
	enc, err := agentRegistryBench.abi.Pack("withdraw", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 id) returns(uint256 amount)
func (agentRegistryBench *AgentRegistryBench) TryPackWithdraw(id *big.Int) ([]byte, error) {
	return agentRegistryBench.abi.Pack("withdraw", id)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 id) returns(uint256 amount)
func (agentRegistryBench *AgentRegistryBench) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := agentRegistryBench.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AgentRegistryBenchAgentActivated represents a AgentActivated event raised by the AgentRegistryBench contract.
type AgentRegistryBenchAgentActivated struct {
	AgentId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchAgentActivatedEventName = "AgentActivated"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchAgentActivated) ContractEventName() string {
	return AgentRegistryBenchAgentActivatedEventName
}

// UnpackAgentActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentActivated(uint256 indexed agentId)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentActivatedEvent(log *types.Log) (*AgentRegistryBenchAgentActivated, error) {
	event := "AgentActivated"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchAgentActivated)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchAgentDeactivated represents a AgentDeactivated event raised by the AgentRegistryBench contract.
type AgentRegistryBenchAgentDeactivated struct {
	AgentId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchAgentDeactivatedEventName = "AgentDeactivated"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchAgentDeactivated) ContractEventName() string {
	return AgentRegistryBenchAgentDeactivatedEventName
}

// UnpackAgentDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentDeactivated(uint256 indexed agentId)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentDeactivatedEvent(log *types.Log) (*AgentRegistryBenchAgentDeactivated, error) {
	event := "AgentDeactivated"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchAgentDeactivated)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchAgentRegistered represents a AgentRegistered event raised by the AgentRegistryBench contract.
type AgentRegistryBenchAgentRegistered struct {
	AgentId     *big.Int
	Owner       common.Address
	ModelId     *big.Int
	MetadataURI string
	Stake       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchAgentRegisteredEventName = "AgentRegistered"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchAgentRegistered) ContractEventName() string {
	return AgentRegistryBenchAgentRegisteredEventName
}

// UnpackAgentRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRegistered(uint256 indexed agentId, address indexed owner, uint256 indexed modelId, string metadataURI, uint256 stake)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentRegisteredEvent(log *types.Log) (*AgentRegistryBenchAgentRegistered, error) {
	event := "AgentRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchAgentRegistered)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchAgentSlashed represents a AgentSlashed event raised by the AgentRegistryBench contract.
type AgentRegistryBenchAgentSlashed struct {
	AgentId *big.Int
	Slasher common.Address
	Amount  *big.Int
	Reason  string
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchAgentSlashedEventName = "AgentSlashed"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchAgentSlashed) ContractEventName() string {
	return AgentRegistryBenchAgentSlashedEventName
}

// UnpackAgentSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentSlashed(uint256 indexed agentId, address indexed slasher, uint256 amount, string reason)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentSlashedEvent(log *types.Log) (*AgentRegistryBenchAgentSlashed, error) {
	event := "AgentSlashed"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchAgentSlashed)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchStakeAdded represents a StakeAdded event raised by the AgentRegistryBench contract.
type AgentRegistryBenchStakeAdded struct {
	AgentId *big.Int
	From    common.Address
	Amount  *big.Int
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchStakeAdded) ContractEventName() string {
	return AgentRegistryBenchStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(uint256 indexed agentId, address indexed from, uint256 amount, uint256 stake)
func (agentRegistryBench *AgentRegistryBench) UnpackStakeAddedEvent(log *types.Log) (*AgentRegistryBenchStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchStakeAdded)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchStakeWithdrawn represents a StakeWithdrawn event raised by the AgentRegistryBench contract.
type AgentRegistryBenchStakeWithdrawn struct {
	AgentId *big.Int
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchStakeWithdrawn) ContractEventName() string {
	return AgentRegistryBenchStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(uint256 indexed agentId, address indexed to, uint256 amount)
func (agentRegistryBench *AgentRegistryBench) UnpackStakeWithdrawnEvent(log *types.Log) (*AgentRegistryBenchStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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

// AgentRegistryBenchUnstakeRequested represents a UnstakeRequested event raised by the AgentRegistryBench contract.
type AgentRegistryBenchUnstakeRequested struct {
	AgentId      *big.Int
	Amount       *big.Int
	Unbonding    *big.Int
	ReleaseBlock uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const AgentRegistryBenchUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (AgentRegistryBenchUnstakeRequested) ContractEventName() string {
	return AgentRegistryBenchUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(uint256 indexed agentId, uint256 amount, uint256 unbonding, uint64 releaseBlock)
func (agentRegistryBench *AgentRegistryBench) UnpackUnstakeRequestedEvent(log *types.Log) (*AgentRegistryBenchUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 || log.Topics[0] != agentRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(AgentRegistryBenchUnstakeRequested)
	if len(log.Data) > 0 {
		if err := agentRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistryBench.abi.Events[event].Inputs {
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
func (agentRegistryBench *AgentRegistryBench) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["AgentNotFound"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackAgentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["NotSlasher"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistryBench.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return agentRegistryBench.UnpackStillUnbondingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AgentRegistryBenchAgentNotFound represents a AgentNotFound error raised by the AgentRegistryBench contract.
type AgentRegistryBenchAgentNotFound struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentNotFound(uint256 agentId)
func AgentRegistryBenchAgentNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0ede97598720f5054091b213f6f8c5dcea86b34dd9683145ae8e86cd1c3446ea")
}

// UnpackAgentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentNotFound(uint256 agentId)
func (agentRegistryBench *AgentRegistryBench) UnpackAgentNotFoundError(raw []byte) (*AgentRegistryBenchAgentNotFound, error) {
	out := new(AgentRegistryBenchAgentNotFound)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "AgentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchInsufficientStake represents a InsufficientStake error raised by the AgentRegistryBench contract.
type AgentRegistryBenchInsufficientStake struct {
	AgentId   *big.Int
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 agentId, uint256 requested, uint256 available)
func AgentRegistryBenchInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x5ac0ebdd0d212a49a276fe4f29878e3bee69aa7f9afa0704bc0a3e17eae086ae")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 agentId, uint256 requested, uint256 available)
func (agentRegistryBench *AgentRegistryBench) UnpackInsufficientStakeError(raw []byte) (*AgentRegistryBenchInsufficientStake, error) {
	out := new(AgentRegistryBenchInsufficientStake)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchInvalidArgument represents a InvalidArgument error raised by the AgentRegistryBench contract.
type AgentRegistryBenchInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func AgentRegistryBenchInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (agentRegistryBench *AgentRegistryBench) UnpackInvalidArgumentError(raw []byte) (*AgentRegistryBenchInvalidArgument, error) {
	out := new(AgentRegistryBenchInvalidArgument)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchModelNotFound represents a ModelNotFound error raised by the AgentRegistryBench contract.
type AgentRegistryBenchModelNotFound struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 modelId)
func AgentRegistryBenchModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 modelId)
func (agentRegistryBench *AgentRegistryBench) UnpackModelNotFoundError(raw []byte) (*AgentRegistryBenchModelNotFound, error) {
	out := new(AgentRegistryBenchModelNotFound)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchNotAgentOwner represents a NotAgentOwner error raised by the AgentRegistryBench contract.
type AgentRegistryBenchNotAgentOwner struct {
	AgentId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func AgentRegistryBenchNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0x13feb4c48010e8e7ee763db5589a07bfab8e7bcc2e5bb97710bc1464c360d9fc")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func (agentRegistryBench *AgentRegistryBench) UnpackNotAgentOwnerError(raw []byte) (*AgentRegistryBenchNotAgentOwner, error) {
	out := new(AgentRegistryBenchNotAgentOwner)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchNotSlasher represents a NotSlasher error raised by the AgentRegistryBench contract.
type AgentRegistryBenchNotSlasher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlasher(address caller)
func AgentRegistryBenchNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x4bc0cd76e5ae33e138f3b6102c7a4d91ece10c34862bde6e59a763ba1571b395")
}

// UnpackNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlasher(address caller)
func (agentRegistryBench *AgentRegistryBench) UnpackNotSlasherError(raw []byte) (*AgentRegistryBenchNotSlasher, error) {
	out := new(AgentRegistryBenchNotSlasher)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchNothingToWithdraw represents a NothingToWithdraw error raised by the AgentRegistryBench contract.
type AgentRegistryBenchNothingToWithdraw struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(uint256 agentId)
func AgentRegistryBenchNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x155eed365e054981e62f67ae78164808bf9c7189d8ec98aa7a678be96efee140")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(uint256 agentId)
func (agentRegistryBench *AgentRegistryBench) UnpackNothingToWithdrawError(raw []byte) (*AgentRegistryBenchNothingToWithdraw, error) {
	out := new(AgentRegistryBenchNothingToWithdraw)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchStakeBelowMinimum represents a StakeBelowMinimum error raised by the AgentRegistryBench contract.
type AgentRegistryBenchStakeBelowMinimum struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func AgentRegistryBenchStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func (agentRegistryBench *AgentRegistryBench) UnpackStakeBelowMinimumError(raw []byte) (*AgentRegistryBenchStakeBelowMinimum, error) {
	out := new(AgentRegistryBenchStakeBelowMinimum)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryBenchStillUnbonding represents a StillUnbonding error raised by the AgentRegistryBench contract.
type AgentRegistryBenchStillUnbonding struct {
	AgentId      *big.Int
	ReleaseBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint256 agentId, uint64 releaseBlock)
func AgentRegistryBenchStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xa6a4b5c10a9e8675394f5a55755a620d3b6f71c82500cc626023e1c90003d8b6")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint256 agentId, uint64 releaseBlock)
func (agentRegistryBench *AgentRegistryBench) UnpackStillUnbondingError(raw []byte) (*AgentRegistryBenchStillUnbonding, error) {
	out := new(AgentRegistryBenchStillUnbonding)
	if err := agentRegistryBench.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BN254MetaData contains all meta data concerning the BN254 contract.
var BN254MetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"}]",
	ID:  "BN254",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// BN254 is an auto generated Go binding around an Ethereum contract.
type BN254 struct {
	abi abi.ABI
}

// NewBN254 creates a new instance of BN254.
func NewBN254() *BN254 {
	parsed, err := BN254MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BN254{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BN254) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bN254 *BN254) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bN254.abi.Errors["PrecompileFailed"].ID.Bytes()[:4]) {
		return bN254.UnpackPrecompileFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BN254PrecompileFailed represents a PrecompileFailed error raised by the BN254 contract.
type BN254PrecompileFailed struct {
	Precompile *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func BN254PrecompileFailedErrorID() common.Hash {
	return common.HexToHash("0x00a48593f9c209d4d7e3b1ee4f754577225379f193a95f3a1400534a74238e14")
}

// UnpackPrecompileFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func (bN254 *BN254) UnpackPrecompileFailedError(raw []byte) (*BN254PrecompileFailed, error) {
	out := new(BN254PrecompileFailed)
	if err := bN254.abi.UnpackIntoInterface(out, "PrecompileFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositPortalMetaData contains all meta data concerning the DepositPortal contract.
var DepositPortalMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"_maxDepositGasPerBlock\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CreationWithRecipient\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"DataTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"requested\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"remaining\",\"type\":\"uint64\"}],\"name\":\"DepositGasExhausted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"GasLimitTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroDepositGasCap\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"opaqueData\",\"type\":\"bytes\"}],\"name\":\"TransactionDeposited\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ALIAS_OFFSET\",\"outputs\":[{\"internalType\":\"uint160\",\"name\":\"\",\"type\":\"uint160\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GAS_PER_DATA_BYTE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DATA_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_GAS_LIMIT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositGasInBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_value\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"_gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"_isCreation\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"depositTransaction\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastDepositBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDepositGasPerBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"_dataLength\",\"type\":\"uint64\"}],\"name\":\"minimumGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"remainingDepositGas\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DepositPortal",
	Bin: "0x6080604052348015600e575f5ffd5b506040516107dd3803806107dd833981016040819052602b916075565b806001600160401b03165f03605257604051628cfe5160e51b815260040160405180910390fd5b5f80546001600160401b0319166001600160401b039290921691909117905560a0565b5f602082840312156084575f5ffd5b81516001600160401b03811681146099575f5ffd5b9392505050565b610730806100ad5f395ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c80637ce1ffeb1161006e5780637ce1ffeb1461012a5780639a3f2c7e14610133578063a35d99df1461013b578063a79246d91461014e578063d7d0850014610156578063e9e05c421461017e575f5ffd5b806313cdd8b7146100aa5780631ba91741146100c45780631e20ad09146100ee57806322fce66f146101075780632a3d7c8114610111575b5f5ffd5b6100b15f81565b6040519081526020015b60405180910390f35b5f546100d6906001600160401b031681565b6040516001600160401b0390911681526020016100bb565b5f546100d690600160801b90046001600160401b031681565b6100b16201d4c081565b5f546100d690600160401b90046001600160401b031681565b6100d661520881565b6100d6610193565b6100d661014936600461054b565b6101e2565b6100d6602881565b61016661111161111160901b0181565b6040516001600160a01b0390911681526020016100bb565b61019161018c36600461056b565b610200565b005b5f8054436001600160401b03908116600160401b90920416146101bf57505f546001600160401b031690565b5f546101dd906001600160401b03600160801b82048116911661063e565b905090565b5f6101ee82602861065d565b6101fa90615208610686565b92915050565b82801561021557506001600160a01b03861615155b1561023357604051631d28c44d60e01b815260040160405180910390fd5b6201d4c081111561025f5760405163091ed16360e21b8152600481018290526024015b60405180910390fd5b5f610269826101e2565b9050806001600160401b0316856001600160401b031610156102b15760405163194f3bf960e31b81526001600160401b03808716600483015282166024820152604401610256565b5f54436001600160401b03908116600160401b909204161461030d575f805477ffffffffffffffffffffffffffffffff00000000000000001916600160401b436001600160401b03160267ffffffffffffffff60801b19161790555b5f805461032c906001600160401b03600160801b82048116911661063e565b9050806001600160401b0316866001600160401b031611156103745760405163c0f6589d60e01b81526001600160401b03808816600483015282166024820152604401610256565b855f60108282829054906101000a90046001600160401b03166103979190610686565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505f3390506103c761045e565b6103d957503361111161111160901b01015b5f5f89898989896040516020016103f5969594939291906106a5565b60405160208183030381529060405290505f8a6001600160a01b0316836001600160a01b03167fb3813568d9991fc951961fcb4c784893574240a28925604d09fc577c55bb7c328460405161044a91906106e7565b60405180910390a450505050505050505050565b5f32330361046c5750600190565b33803b601703610529575f816001600160a01b0316803b806020016040519081016040528181525f908060200190933c9050805f815181106104b0576104b061071c565b6020910101516001600160f81b03191660ef60f81b1480156104f75750806001815181106104e0576104e061071c565b6020910101516001600160f81b031916600160f81b145b80156105225750806002815181106105115761051161071c565b01602001516001600160f81b031916155b9250505090565b5f91505090565b80356001600160401b0381168114610546575f5ffd5b919050565b5f6020828403121561055b575f5ffd5b61056482610530565b9392505050565b5f5f5f5f5f5f60a08789031215610580575f5ffd5b86356001600160a01b0381168114610596575f5ffd5b9550602087013594506105ab60408801610530565b9350606087013580151581146105bf575f5ffd5b925060808701356001600160401b038111156105d9575f5ffd5b87015f80601f83018b136105eb575f5ffd5b5081356001600160401b03811115610601575f5ffd5b6020830191508a6020828501011115610618575f5ffd5b979a9699509497509295939492505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0382811682821603908111156101fa576101fa61062a565b6001600160401b03818116838216029081169081811461067f5761067f61062a565b5092915050565b6001600160401b0381811683821601908111156101fa576101fa61062a565b8681528560208201526001600160401b0360c01b8560c01b16604082015283151560f81b6048820152818360498301375f910160490190815295945050505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52603260045260245ffd",
}

// DepositPortal is an auto generated Go binding around an Ethereum contract.
type DepositPortal struct {
	abi abi.ABI
}

// NewDepositPortal creates a new instance of DepositPortal.
func NewDepositPortal() *DepositPortal {
	parsed, err := DepositPortalMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DepositPortal{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DepositPortal) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint64 _maxDepositGasPerBlock) returns()
func (depositPortal *DepositPortal) PackConstructor(_maxDepositGasPerBlock uint64) []byte {
	enc, err := depositPortal.abi.Pack("", _maxDepositGasPerBlock)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackALIASOFFSET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d08500.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ALIAS_OFFSET() view returns(uint160)
func (depositPortal *DepositPortal) PackALIASOFFSET() []byte {
	enc, err := depositPortal.abi.Pack("ALIAS_OFFSET")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackALIASOFFSET is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7d08500.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ALIAS_OFFSET() view returns(uint160)
func (depositPortal *DepositPortal) TryPackALIASOFFSET() ([]byte, error) {
	return depositPortal.abi.Pack("ALIAS_OFFSET")
}

// UnpackALIASOFFSET is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7d08500.
//
// Solidity: function ALIAS_OFFSET() view returns(uint160)
func (depositPortal *DepositPortal) UnpackALIASOFFSET(data []byte) (*big.Int, error) {
	out, err := depositPortal.abi.Unpack("ALIAS_OFFSET", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEPOSITVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13cdd8b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSIT_VERSION() view returns(uint256)
func (depositPortal *DepositPortal) PackDEPOSITVERSION() []byte {
	enc, err := depositPortal.abi.Pack("DEPOSIT_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13cdd8b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSIT_VERSION() view returns(uint256)
func (depositPortal *DepositPortal) TryPackDEPOSITVERSION() ([]byte, error) {
	return depositPortal.abi.Pack("DEPOSIT_VERSION")
}

// UnpackDEPOSITVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13cdd8b7.
//
// Solidity: function DEPOSIT_VERSION() view returns(uint256)
func (depositPortal *DepositPortal) UnpackDEPOSITVERSION(data []byte) (*big.Int, error) {
	out, err := depositPortal.abi.Unpack("DEPOSIT_VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGASPERDATABYTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa79246d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GAS_PER_DATA_BYTE() view returns(uint64)
func (depositPortal *DepositPortal) PackGASPERDATABYTE() []byte {
	enc, err := depositPortal.abi.Pack("GAS_PER_DATA_BYTE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGASPERDATABYTE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa79246d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GAS_PER_DATA_BYTE() view returns(uint64)
func (depositPortal *DepositPortal) TryPackGASPERDATABYTE() ([]byte, error) {
	return depositPortal.abi.Pack("GAS_PER_DATA_BYTE")
}

// UnpackGASPERDATABYTE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa79246d9.
//
// Solidity: function GAS_PER_DATA_BYTE() view returns(uint64)
func (depositPortal *DepositPortal) UnpackGASPERDATABYTE(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("GAS_PER_DATA_BYTE", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (depositPortal *DepositPortal) PackMAXDATASIZE() []byte {
	enc, err := depositPortal.abi.Pack("MAX_DATA_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDATASIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22fce66f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (depositPortal *DepositPortal) TryPackMAXDATASIZE() ([]byte, error) {
	return depositPortal.abi.Pack("MAX_DATA_SIZE")
}

// UnpackMAXDATASIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22fce66f.
//
// Solidity: function MAX_DATA_SIZE() view returns(uint256)
func (depositPortal *DepositPortal) UnpackMAXDATASIZE(data []byte) (*big.Int, error) {
	out, err := depositPortal.abi.Unpack("MAX_DATA_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ce1ffeb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_GAS_LIMIT() view returns(uint64)
func (depositPortal *DepositPortal) PackMINGASLIMIT() []byte {
	enc, err := depositPortal.abi.Pack("MIN_GAS_LIMIT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINGASLIMIT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ce1ffeb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_GAS_LIMIT() view returns(uint64)
func (depositPortal *DepositPortal) TryPackMINGASLIMIT() ([]byte, error) {
	return depositPortal.abi.Pack("MIN_GAS_LIMIT")
}

// UnpackMINGASLIMIT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ce1ffeb.
//
// Solidity: function MIN_GAS_LIMIT() view returns(uint64)
func (depositPortal *DepositPortal) UnpackMINGASLIMIT(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("MIN_GAS_LIMIT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositGasInBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e20ad09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositGasInBlock() view returns(uint64)
func (depositPortal *DepositPortal) PackDepositGasInBlock() []byte {
	enc, err := depositPortal.abi.Pack("depositGasInBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositGasInBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e20ad09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositGasInBlock() view returns(uint64)
func (depositPortal *DepositPortal) TryPackDepositGasInBlock() ([]byte, error) {
	return depositPortal.abi.Pack("depositGasInBlock")
}

// UnpackDepositGasInBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e20ad09.
//
// Solidity: function depositGasInBlock() view returns(uint64)
func (depositPortal *DepositPortal) UnpackDepositGasInBlock(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("depositGasInBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9e05c42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes _data) returns()
func (depositPortal *DepositPortal) PackDepositTransaction(to common.Address, value *big.Int, gasLimit uint64, isCreation bool, data []byte) []byte {
	enc, err := depositPortal.abi.Pack("depositTransaction", to, value, gasLimit, isCreation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTransaction is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9e05c42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTransaction(address _to, uint256 _value, uint64 _gasLimit, bool _isCreation, bytes _data) returns()
func (depositPortal *DepositPortal) TryPackDepositTransaction(to common.Address, value *big.Int, gasLimit uint64, isCreation bool, data []byte) ([]byte, error) {
	return depositPortal.abi.Pack("depositTransaction", to, value, gasLimit, isCreation, data)
}

// PackLastDepositBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a3d7c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastDepositBlock() view returns(uint64)
func (depositPortal *DepositPortal) PackLastDepositBlock() []byte {
	enc, err := depositPortal.abi.Pack("lastDepositBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastDepositBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2a3d7c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastDepositBlock() view returns(uint64)
func (depositPortal *DepositPortal) TryPackLastDepositBlock() ([]byte, error) {
	return depositPortal.abi.Pack("lastDepositBlock")
}

// UnpackLastDepositBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2a3d7c81.
//
// Solidity: function lastDepositBlock() view returns(uint64)
func (depositPortal *DepositPortal) UnpackLastDepositBlock(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("lastDepositBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxDepositGasPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba91741.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (depositPortal *DepositPortal) PackMaxDepositGasPerBlock() []byte {
	enc, err := depositPortal.abi.Pack("maxDepositGasPerBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDepositGasPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba91741.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (depositPortal *DepositPortal) TryPackMaxDepositGasPerBlock() ([]byte, error) {
	return depositPortal.abi.Pack("maxDepositGasPerBlock")
}

// UnpackMaxDepositGasPerBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ba91741.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (depositPortal *DepositPortal) UnpackMaxDepositGasPerBlock(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("maxDepositGasPerBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinimumGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa35d99df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumGasLimit(uint64 _dataLength) pure returns(uint64)
func (depositPortal *DepositPortal) PackMinimumGasLimit(dataLength uint64) []byte {
	enc, err := depositPortal.abi.Pack("minimumGasLimit", dataLength)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa35d99df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumGasLimit(uint64 _dataLength) pure returns(uint64)
func (depositPortal *DepositPortal) TryPackMinimumGasLimit(dataLength uint64) ([]byte, error) {
	return depositPortal.abi.Pack("minimumGasLimit", dataLength)
}

// UnpackMinimumGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa35d99df.
//
// Solidity: function minimumGasLimit(uint64 _dataLength) pure returns(uint64)
func (depositPortal *DepositPortal) UnpackMinimumGasLimit(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("minimumGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRemainingDepositGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a3f2c7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remainingDepositGas() view returns(uint64)
func (depositPortal *DepositPortal) PackRemainingDepositGas() []byte {
	enc, err := depositPortal.abi.Pack("remainingDepositGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemainingDepositGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a3f2c7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remainingDepositGas() view returns(uint64)
func (depositPortal *DepositPortal) TryPackRemainingDepositGas() ([]byte, error) {
	return depositPortal.abi.Pack("remainingDepositGas")
}

// UnpackRemainingDepositGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a3f2c7e.
//
// Solidity: function remainingDepositGas() view returns(uint64)
func (depositPortal *DepositPortal) UnpackRemainingDepositGas(data []byte) (uint64, error) {
	out, err := depositPortal.abi.Unpack("remainingDepositGas", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// DepositPortalTransactionDeposited represents a TransactionDeposited event raised by the DepositPortal contract.
type DepositPortalTransactionDeposited struct {
	From       common.Address
	To         common.Address
	Version    *big.Int
	OpaqueData []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DepositPortalTransactionDepositedEventName = "TransactionDeposited"

// ContractEventName returns the user-defined event name.
func (DepositPortalTransactionDeposited) ContractEventName() string {
	return DepositPortalTransactionDepositedEventName
}

// UnpackTransactionDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransactionDeposited(address indexed from, address indexed to, uint256 indexed version, bytes opaqueData)
func (depositPortal *DepositPortal) UnpackTransactionDepositedEvent(log *types.Log) (*DepositPortalTransactionDeposited, error) {
	event := "TransactionDeposited"
	if len(log.Topics) == 0 || log.Topics[0] != depositPortal.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DepositPortalTransactionDeposited)
	if len(log.Data) > 0 {
		if err := depositPortal.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range depositPortal.abi.Events[event].Inputs {
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
func (depositPortal *DepositPortal) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], depositPortal.abi.Errors["CreationWithRecipient"].ID.Bytes()[:4]) {
		return depositPortal.UnpackCreationWithRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositPortal.abi.Errors["DataTooLarge"].ID.Bytes()[:4]) {
		return depositPortal.UnpackDataTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositPortal.abi.Errors["DepositGasExhausted"].ID.Bytes()[:4]) {
		return depositPortal.UnpackDepositGasExhaustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositPortal.abi.Errors["GasLimitTooLow"].ID.Bytes()[:4]) {
		return depositPortal.UnpackGasLimitTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], depositPortal.abi.Errors["ZeroDepositGasCap"].ID.Bytes()[:4]) {
		return depositPortal.UnpackZeroDepositGasCapError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DepositPortalCreationWithRecipient represents a CreationWithRecipient error raised by the DepositPortal contract.
type DepositPortalCreationWithRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CreationWithRecipient()
func DepositPortalCreationWithRecipientErrorID() common.Hash {
	return common.HexToHash("0x1d28c44d2953386df64f7e64252a4be0ef3fc8b944928555f0fc8be0490ac587")
}

// UnpackCreationWithRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CreationWithRecipient()
func (depositPortal *DepositPortal) UnpackCreationWithRecipientError(raw []byte) (*DepositPortalCreationWithRecipient, error) {
	out := new(DepositPortalCreationWithRecipient)
	if err := depositPortal.abi.UnpackIntoInterface(out, "CreationWithRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositPortalDataTooLarge represents a DataTooLarge error raised by the DepositPortal contract.
type DepositPortalDataTooLarge struct {
	Size *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataTooLarge(uint256 size)
func DepositPortalDataTooLargeErrorID() common.Hash {
	return common.HexToHash("0x247b458ca6a4bacae0387cded57803aca76951367e7091f69f6809db0a1493e2")
}

// UnpackDataTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataTooLarge(uint256 size)
func (depositPortal *DepositPortal) UnpackDataTooLargeError(raw []byte) (*DepositPortalDataTooLarge, error) {
	out := new(DepositPortalDataTooLarge)
	if err := depositPortal.abi.UnpackIntoInterface(out, "DataTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositPortalDepositGasExhausted represents a DepositGasExhausted error raised by the DepositPortal contract.
type DepositPortalDepositGasExhausted struct {
	Requested uint64
	Remaining uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositGasExhausted(uint64 requested, uint64 remaining)
func DepositPortalDepositGasExhaustedErrorID() common.Hash {
	return common.HexToHash("0xc0f6589dcc0c6e426cbfd64d8500418159680268f16c32291821de210e296d0d")
}

// UnpackDepositGasExhaustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositGasExhausted(uint64 requested, uint64 remaining)
func (depositPortal *DepositPortal) UnpackDepositGasExhaustedError(raw []byte) (*DepositPortalDepositGasExhausted, error) {
	out := new(DepositPortalDepositGasExhausted)
	if err := depositPortal.abi.UnpackIntoInterface(out, "DepositGasExhausted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositPortalGasLimitTooLow represents a GasLimitTooLow error raised by the DepositPortal contract.
type DepositPortalGasLimitTooLow struct {
	GasLimit uint64
	Minimum  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitTooLow(uint64 gasLimit, uint64 minimum)
func DepositPortalGasLimitTooLowErrorID() common.Hash {
	return common.HexToHash("0xca79dfc88c7d1a1a3d33abf7ada31af1667679219055732e4f0b174830181b6d")
}

// UnpackGasLimitTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitTooLow(uint64 gasLimit, uint64 minimum)
func (depositPortal *DepositPortal) UnpackGasLimitTooLowError(raw []byte) (*DepositPortalGasLimitTooLow, error) {
	out := new(DepositPortalGasLimitTooLow)
	if err := depositPortal.abi.UnpackIntoInterface(out, "GasLimitTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DepositPortalZeroDepositGasCap represents a ZeroDepositGasCap error raised by the DepositPortal contract.
type DepositPortalZeroDepositGasCap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDepositGasCap()
func DepositPortalZeroDepositGasCapErrorID() common.Hash {
	return common.HexToHash("0x119fca20d5c91e0fc41ad0f78e04d10305e5a263dd4d944b4720acd705b36000")
}

// UnpackZeroDepositGasCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDepositGasCap()
func (depositPortal *DepositPortal) UnpackZeroDepositGasCapError(raw []byte) (*DepositPortalZeroDepositGasCap, error) {
	out := new(DepositPortalZeroDepositGasCap)
	if err := depositPortal.abi.UnpackIntoInterface(out, "ZeroDepositGasCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierMetaData contains all meta data concerning the EigenDACertVerifier contract.
var EigenDACertVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractEigenDARegistry\",\"name\":\"thresholdRegistry\",\"type\":\"address\"},{\"internalType\":\"contractEigenDARegistry\",\"name\":\"signatureVerifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"confirmationThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"adversaryThreshold\",\"type\":\"uint8\"}],\"internalType\":\"structEigenDATypes.SecurityThresholds\",\"name\":\"securityThresholds_\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbersRequired_\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"offchainDerivationVersion_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blobQuorumsBitmap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"confirmedQuorumsBitmap\",\"type\":\"uint256\"}],\"name\":\"BlobQuorumsNotSubset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"blobVersion\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nextBlobVersion\",\"type\":\"uint16\"}],\"name\":\"InvalidBlobVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"blobIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"blobHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"rootHash\",\"type\":\"bytes32\"}],\"name\":\"InvalidInclusionProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"certDerivationVer\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"requiredDerivationVer\",\"type\":\"uint16\"}],\"name\":\"InvalidOffchainDerivationVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"InvalidQuorumNumbersRequired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSecurityThresholds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maximum\",\"type\":\"uint256\"}],\"name\":\"NonSignerCountExceedsMaximum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maximum\",\"type\":\"uint256\"}],\"name\":\"QuorumCountExceedsMaximum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requiredQuorumsBitmap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blobQuorumsBitmap\",\"type\":\"uint256\"}],\"name\":\"RequiredQuorumsNotSubset\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"confirmationThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"adversaryThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"codingRate\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"numChunks\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"maxNumOperators\",\"type\":\"uint32\"}],\"name\":\"SecurityAssumptionsNotMet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnorderedQuorumNumbers\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"_decodeCert\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BatchHeaderV2\",\"name\":\"batchHeader\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"relayKeys\",\"type\":\"uint32[]\"}],\"internalType\":\"structEigenDATypes.BlobCertificate\",\"name\":\"blobCertificate\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"blobIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"inclusionProof\",\"type\":\"bytes\"}],\"internalType\":\"structEigenDATypes.BlobInclusionInfo\",\"name\":\"blobInclusionInfo\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.NonSignerStakesAndSignature\",\"name\":\"nonSignerStakesAndSignature\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signedQuorumNumbers\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"offchainDerivationVersion\",\"type\":\"uint16\"}],\"internalType\":\"structEigenDATypes.EigenDACertV4\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"certVersion\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"abiEncodedCert\",\"type\":\"bytes\"}],\"name\":\"checkDACert\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BatchHeaderV2\",\"name\":\"batchHeader\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"relayKeys\",\"type\":\"uint32[]\"}],\"internalType\":\"structEigenDATypes.BlobCertificate\",\"name\":\"blobCertificate\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"blobIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"inclusionProof\",\"type\":\"bytes\"}],\"internalType\":\"structEigenDATypes.BlobInclusionInfo\",\"name\":\"blobInclusionInfo\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.NonSignerStakesAndSignature\",\"name\":\"nonSignerStakesAndSignature\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signedQuorumNumbers\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"offchainDerivationVersion\",\"type\":\"uint16\"}],\"internalType\":\"structEigenDATypes.EigenDACertV4\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"checkDACertReverts\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eigenDASignatureVerifier\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eigenDAThresholdRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BatchHeaderV2\",\"name\":\"batchHeader\",\"type\":\"tuple\"}],\"name\":\"hashBatchHeaderV2\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"relayKeys\",\"type\":\"uint32[]\"}],\"internalType\":\"structEigenDATypes.BlobCertificate\",\"name\":\"blobCertificate\",\"type\":\"tuple\"}],\"name\":\"hashBlobCertificate\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"}],\"name\":\"hashBlobHeaderV2\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"offchainDerivationVersion\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumbersRequired\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"securityThresholds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"confirmationThreshold\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"adversaryThreshold\",\"type\":\"uint8\"}],\"internalType\":\"structEigenDATypes.SecurityThresholds\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"semver\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"major\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"minor\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"patch\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "EigenDACertVerifier",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161309238038061309283398101604081905261002e916101a4565b826020015160ff16835f015160ff161161005b576040516308a6997560e01b815260040160405180910390fd5b8151158061006b57506101008251115b1561009657815160405162045c4760e11b815260040161008d91815260200190565b60405180910390fd5b6001600160a01b03808616608052841660a05282515f8054602086015160ff9081166101000261ffff1990921693169290921791909117905560016100db838261032a565b506002805461ffff191661ffff92909216919091179055506103e492505050565b80516001600160a01b0381168114610112575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b038111828210171561014d5761014d610117565b60405290565b604051601f8201601f191681016001600160401b038111828210171561017b5761017b610117565b604052919050565b805160ff81168114610112575f5ffd5b805161ffff81168114610112575f5ffd5b5f5f5f5f5f85870360c08112156101b9575f5ffd5b6101c2876100fc565b95506101d0602088016100fc565b94506040603f19820112156101e3575f5ffd5b506101ec61012b565b6101f860408801610183565b815261020660608801610183565b602082015260808701519093506001600160401b03811115610226575f5ffd5b8601601f81018813610236575f5ffd5b80516001600160401b0381111561024f5761024f610117565b610262601f8201601f1916602001610153565b818152896020838501011115610276575f5ffd5b8160208401602083015e5f6020838301015280945050505061029a60a08701610193565b90509295509295909350565b600181811c908216806102ba57607f821691505b6020821081036102d857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561032557805f5260205f20601f840160051c810160208510156103035750805b601f840160051c820191505b81811015610322575f815560010161030f565b50505b505050565b81516001600160401b0381111561034357610343610117565b6103578161035184546102a6565b846102de565b6020601f821160018114610389575f83156103725750848201515b5f19600385901b1c1916600184901b178455610322565b5f84815260208120601f198516915b828110156103b85787850151825560209485019460019092019101610398565b50848210156103d557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a051612c7861041a5f395f818161020f0152610cf201525f8181610249015281816109470152610a180152612c785ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80639077193b11610088578063cda493c811610063578063cda493c8146101d9578063e15234ff146101f8578063efd4532b1461020d578063f8c6681414610247575f5ffd5b80639077193b1461019b578063b31cd5e6146101ae578063b326e37f146101c3575f5ffd5b806321b9b2fb146100cf5780632ead0b961461011f57806332c00a6314610134578063693194fa1461015557806376f2525e146101755780637be0e78714610188575b5f5ffd5b6040805180820182525f808252602091820181905282518084018452905460ff80821680845261010090920481169284019283528451918252915190911691810191909152015b60405180910390f35b60045b60405160ff9091168152602001610116565b6101476101423660046113db565b61026d565b604051908152602001610116565b610168610163366004611414565b6102d6565b60405161011691906116ec565b610147610183366004611882565b6102f3565b6101476101963660046119d6565b610305565b6101226101a9366004611414565b61032b565b6101c16101bc366004611a07565b6104ab565b005b60025460405161ffff9091168152602001610116565b60408051600481525f6020820181905291810191909152606001610116565b6102006106c3565b6040516101169190611a44565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610116565b7f000000000000000000000000000000000000000000000000000000000000000061022f565b5f815f01518260200151836040015160405160200161028e93929190611a56565b60408051601f1981840301815282825280516020918201206060808701519285019190915291830152015b604051602081830303815290604052805190602001209050919050565b6102de610f13565b6102ea82840184611d36565b90505b92915050565b5f816040516020016102b99190611e17565b5f610312825f015161026d565b60208084015160408086015190516102b9949301611e34565b5f6204000082111561033f575060066102ed565b610347610f13565b604051633498ca7d60e11b8152309063693194fa9062200000906103719088908890600401611e90565b5f604051808303818786fa935050505080156103ae57506040513d5f823e601f3d908101601f191682016040526103ab919081019061245f565b60015b6103bd5760065b9150506102ed565b905060405163598e6af360e11b8152309063b31cd5e6906103e29084906004016116ec565b5f6040518083038186803b1580156103f8575f5ffd5b505afa925050508015610409575060015b6104a457610415612533565b806308c379a003610440575061042961254b565b806104345750610464565b60065b925050506102ed565b634e487b7103610464576104526125c5565b9061045d5750610464565b6007610437565b3d80801561048d576040519150601f19603f3d011682016040523d82523d5f602084013e610492565b606091505b50600481511015610434576007610437565b60016103b5565b60025461ffff166104c260c0830160a084016125e2565b61ffff161461050a576104db60c0820160a083016125e2565b6002546040516322a8c1ab60e21b815261ffff9283166004820152911660248201526044015b60405180910390fd5b6105208161051b60408201826125fd565b610753565b61055761053060408301836125fd565b61053a90806125fd565b610544908061261b565b6105529060208101906125e2565b610944565b5f61056182610bfc565b90505f6105cf61057460408501856125fd565b61057e90806125fd565b610588908061261b565b610596906020810190612630565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610e6292505050565b905080828216146105fd57604051634a47030360e11b81526004810182905260248101839052604401610501565b5f61068f6001805461060e90612679565b80601f016020809104026020016040519081016040528092919081815260200182805461063a90612679565b80156106855780601f1061065c57610100808354040283529160200191610685565b820191905f5260205f20905b81548152906001019060200180831161066857829003601f168201915b5050505050610e62565b905080828216146106bd5760405163114b085b60e21b81526004810182905260248101839052604401610501565b50505050565b6060600180546106d290612679565b80601f01602080910402602001604051908101604052809291908181526020018280546106fe90612679565b80156107495780601f1061072057610100808354040283529160200191610749565b820191905f5260205f20905b81548152906001019060200180831161072c57829003601f168201915b5050505050905090565b5f61076a61076183806125fd565b610196906126ab565b60405160200161077c91815260200190565b604051602081830303815290604052805190602001209050365f8380604001906107a69190612630565b90925090506107b66020826126ca565b1561081a5760405162461bcd60e51b815260206004820152602e60248201527f696e636c7573696f6e2070726f6f66206c656e677468206973206e6f7420612060448201526d36bab63a34b836329037b310199960911b6064820152608401610501565b825f61082c60408701602088016126dd565b63ffffffff1690505f5b838110156108f2575f85828661084d82602061270c565b9261085a9392919061271f565b61086391612746565b90506108706002846126ca565b156108a4576040805160208101839052908101859052606001604051602081830303815290604052805190602001206108cf565b6040805160208101869052908101829052606001604051602081830303815290604052805190602001205b93506108dc600284612763565b92506108eb905060208261270c565b9050610836565b508635821461093b5761090b60408701602088016126dd565b604051630b951d0960e21b815263ffffffff90911660048201526024810186905287356044820152606401610501565b50505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166332430f146040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109c59190612776565b90508061ffff168261ffff16106109fd5760405163d6531e7f60e01b815261ffff808416600483015282166024820152604401610501565b604051632ecfe72b60e01b815261ffff831660048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690632ecfe72b90602401606060405180830381865afa158015610a65573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a899190612791565b604080518082019091525f5460ff8082168352610100909104166020808301919091528201518251929350909163ffffffff91821691161180610ad85750806020015160ff16815f015160ff16105b15610b34578051602080830151604085810151928601518651915163f6a4499360e01b815260ff9586166004820152928516602484015293909216604482015263ffffffff92831660648201529116608482015260a401610501565b602081015181515f91610b46916127ee565b60ff16835f01518460200151610b5c9190612807565b63ffffffff16846040015160ff16610b749190612823565b610b7e9190612823565b9050826020015163ffffffff166064610b979190612823565b811015610bf5578151602080840151604086810151928701518751915163f6a4499360e01b815260ff9586166004820152928516602484015293909216604482015263ffffffff92831660648201529116608482015260a401610501565b5050505050565b5f3681610c0c6080850185612630565b90925090506005811115610c3d5760405163017607a360e01b81526004810182905260056024820152604401610501565b5f805b610c4d606087018761283a565b610c5c9061016081019061284f565b9050811015610cb857610c72606087018761283a565b610c819061016081019061284f565b82818110610c9157610c91612894565b9050602002810190610ca3919061284f565b610cae91508361270c565b9150600101610c40565b5061019f811115610ce75760405163a4f331a360e01b81526004810182905261019f6024820152604401610501565b5f6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016636efb4636610d29610183368a90038a018a611882565b8686610d3b60408c0160208d016126dd565b610d4860608d018d61283a565b6040518663ffffffff1660e01b8152600401610d68959493929190612a08565b5f60405180830381865afa158015610d82573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052610da99190810190612bc0565b505f805491925060ff909116905b84811015610e57578160ff1683602001518281518110610dd957610dd9612894565b60200260200101516001600160601b0316610df49190612823565b8351805183908110610e0857610e08612894565b60200260200101516001600160601b03166064610e259190612823565b10610e4f57858582818110610e3c57610e3c612894565b600192013560f81c9190911b9790971796505b600101610db7565b505050505050919050565b5f805b8251811015610f0d578015801590610ec2575082610e84600183612c65565b81518110610e9457610e94612894565b602001015160f81c60f81b60f81c60ff16838281518110610eb757610eb7612894565b016020015160f81c11155b15610ee0576040516376a9749760e11b815260040160405180910390fd5b828181518110610ef257610ef2612894565b0160200151600160f89190911c81901b929092179101610e65565b50919050565b6040805160e081019091525f60a0820181815260c0830191909152815260208101610f3c610f5c565b8152602001610f49610f82565b8152606060208201525f60409091015290565b6040518060600160405280610f6f610fe6565b81525f6020820152606060409091015290565b604051806101000160405280606081526020016060815260200160608152602001610fab61100d565b8152602001610fcb60405180604001604052805f81526020015f81525090565b81526020016060815260200160608152602001606081525090565b6040518060600160405280610ff9611032565b815260200160608152602001606081525090565b604051806040016040528061102061105d565b815260200161102d61105d565b905290565b604080516080810182525f81526060602082015290810161105161107b565b81526020015f81525090565b60405180604001604052806002906020820280368337509192915050565b6040805160c081019091525f6080820181815260a08301919091528152602081016110a461100d565b81526020016110b161100d565b81525f60209091015290565b634e487b7160e01b5f52604160045260245ffd5b604081018181106001600160401b03821117156110f0576110f06110bd565b60405250565b608081018181106001600160401b03821117156110f0576110f06110bd565b606081018181106001600160401b03821117156110f0576110f06110bd565b601f8201601f191681016001600160401b0381118282101715611159576111596110bd565b6040525050565b60405161116f61010082611134565b90565b60405161116f60a082611134565b61ffff8116811461118f575f5ffd5b50565b803561119d81611180565b919050565b5f6001600160401b038211156111ba576111ba6110bd565b50601f01601f191660200190565b5f82601f8301126111d7575f5ffd5b81356111e2816111a2565b6040516111ef8282611134565b828152856020848701011115611203575f5ffd5b826020860160208301375f92810160200192909252509392505050565b5f60408284031215611230575f5ffd5b60405161123c816110d1565b823581526020928301359281019290925250919050565b5f82601f830112611262575f5ffd5b60408051906112719082611134565b806040840185811115611282575f5ffd5b845b8181101561129c578035835260209283019201611284565b509195945050505050565b5f608082840312156112b7575f5ffd5b6040516112c3816110d1565b8091506112d08484611253565b81526112df8460408501611253565b60208201525092915050565b63ffffffff8116811461118f575f5ffd5b5f8183036101c081121561130e575f5ffd5b60405161131a816110f6565b809250833561132881611180565b815260208401356001600160401b03811115611342575f5ffd5b61134e868287016111c8565b602083015250610160603f1983011215611366575f5ffd5b6040519150611374826110f6565b6113818560408601611220565b825261139085608086016112a7565b60208301526113a38561010086016112a7565b60408301526101808401356113b7816112eb565b60608381019190915260408201929092526101a09390930135920191909152919050565b5f602082840312156113eb575f5ffd5b81356001600160401b03811115611400575f5ffd5b61140c848285016112fc565b949350505050565b5f5f60208385031215611425575f5ffd5b82356001600160401b0381111561143a575f5ffd5b8301601f8101851361144a575f5ffd5b80356001600160401b0381111561145f575f5ffd5b856020828401011115611470575f5ffd5b6020919091019590945092505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b805f5b60028110156106bd5781518452602093840193909101906001016114b1565b6114db8282516114ae565b60208101516114ed60408401826114ae565b505050565b61150782825180518252602090810151910152565b602081015161151960408401826114d0565b50604081015161152c60c08401826114d0565b506060015163ffffffff166101409190910152565b5f8151808452602084019350602083015f5b8281101561157757815163ffffffff16865260209586019590910190600101611553565b5093949350505050565b5f8151808452602084019350602083015f5b82811015611577576115b086835180518252602090810151910152565b6040959095019460209190910190600101611593565b5f82825180855260208501945060208160051b830101602085015f5b8381101561161457601f198584030188526115fe838351611541565b60209889019890935091909101906001016115e2565b50909695505050505050565b5f81516101808452611636610180850182611541565b90506020830151848203602086015261164f8282611581565b915050604083015184820360408601526116698282611581565b915050606083015161167e60608601826114d0565b506080830151805160e08601526020015161010085015260a08301518482036101208601526116ad8282611541565b91505060c08301518482036101408601526116c88282611541565b91505060e08301518482036101608601526116e382826115c6565b95945050505050565b60208082528251805183830152015163ffffffff1660408201525f602083015160c060608401528051606060e08501528051606061014086015261ffff8151166101a086015260208101516101c08087015261174c610360870182611480565b905060408201516117616101e08801826114f2565b5060608201516103408701526020830151915061013f198682030161016087015261178c8183611480565b9150506040820151915061013f19858203016101808601526117ae8183611541565b91505060208201516117c961010086018263ffffffff169052565b506040820151915060df19848203016101208501526117e88183611480565b9150506040840151601f198483030160808501526118068282611620565b9150506060840151601f198483030160a08501526118248282611480565b915050608084015161183c60c085018261ffff169052565b509392505050565b5f60408284031215611854575f5ffd5b604051611860816110d1565b823581529050806020830135611875816112eb565b6020919091015292915050565b5f60408284031215611892575f5ffd5b6102ea8383611844565b5f6001600160401b038211156118b4576118b46110bd565b5060051b60200190565b5f82601f8301126118cd575f5ffd5b81356118d88161189c565b6040516118e58282611134565b80915082815260208101915060208360051b860101925085831115611908575f5ffd5b602085015b8381101561192e578035611920816112eb565b83526020928301920161190d565b5095945050505050565b5f60608284031215611948575f5ffd5b60405161195481611115565b80915082356001600160401b0381111561196c575f5ffd5b611978858286016112fc565b82525060208301356001600160401b03811115611993575f5ffd5b61199f858286016111c8565b60208301525060408301356001600160401b038111156119bd575f5ffd5b6119c9858286016118be565b6040830152505092915050565b5f602082840312156119e6575f5ffd5b81356001600160401b038111156119fb575f5ffd5b61140c84828501611938565b5f60208284031215611a17575f5ffd5b81356001600160401b03811115611a2c575f5ffd5b820160c08185031215611a3d575f5ffd5b9392505050565b602081525f6102ea6020830184611480565b61ffff841681526101a060208201525f611a746101a0830185611480565b905061140c60408301846114f2565b5f60608284031215611a93575f5ffd5b604051611a9f81611115565b80915082356001600160401b03811115611ab7575f5ffd5b611ac385828601611938565b8252506020830135611ad4816112eb565b602082015260408301356001600160401b03811115611af1575f5ffd5b6119c9858286016111c8565b5f82601f830112611b0c575f5ffd5b8135611b178161189c565b604051611b248282611134565b80915082815260208101915060208360061b860101925085831115611b47575f5ffd5b602085015b8381101561192e57611b5e8782611220565b8352602090920191604001611b4c565b5f82601f830112611b7d575f5ffd5b8135611b888161189c565b604051611b958282611134565b80915082815260208101915060208360051b860101925085831115611bb8575f5ffd5b602085015b8381101561192e5780356001600160401b03811115611bda575f5ffd5b611be9886020838a01016118be565b84525060209283019201611bbd565b5f6101808284031215611c09575f5ffd5b611c11611160565b905081356001600160401b03811115611c28575f5ffd5b611c34848285016118be565b82525060208201356001600160401b03811115611c4f575f5ffd5b611c5b84828501611afd565b60208301525060408201356001600160401b03811115611c79575f5ffd5b611c8584828501611afd565b604083015250611c9883606084016112a7565b6060820152611caa8360e08401611220565b60808201526101208201356001600160401b03811115611cc8575f5ffd5b611cd4848285016118be565b60a0830152506101408201356001600160401b03811115611cf3575f5ffd5b611cff848285016118be565b60c0830152506101608201356001600160401b03811115611d1e575f5ffd5b611d2a84828501611b6e565b60e08301525092915050565b5f60208284031215611d46575f5ffd5b81356001600160401b03811115611d5b575f5ffd5b820160c08185031215611d6c575f5ffd5b611d74611172565b611d7e8583611844565b815260408201356001600160401b03811115611d98575f5ffd5b611da486828501611a83565b60208301525060608201356001600160401b03811115611dc2575f5ffd5b611dce86828501611bf8565b60408301525060808201356001600160401b03811115611dec575f5ffd5b611df8868285016111c8565b606083015250611e0a60a08301611192565b6080820152949350505050565b8151815260208083015163ffffffff1690820152604081016102ed565b838152606060208201525f611e4c6060830185611480565b8281036040840152611e5e8185611541565b9695505050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61140c602083018486611e68565b805161119d816112eb565b5f60408284031215611ebe575f5ffd5b604051611eca816110d1565b8251815260208301519091508190611875816112eb565b805161119d81611180565b5f82601f830112611efb575f5ffd5b8151611f06816111a2565b604051611f138282611134565b828152856020848701011115611f27575f5ffd5b8260208601602083015e5f92810160200192909252509392505050565b5f60408284031215611f54575f5ffd5b604051611f60816110d1565b825181526020928301519281019290925250919050565b5f82601f830112611f86575f5ffd5b6040805190611f959082611134565b806040840185811115611fa6575f5ffd5b845b8181101561129c578051835260209283019201611fa8565b5f60808284031215611fd0575f5ffd5b604051611fdc816110d1565b809150611fe98484611f77565b81526112df8460408501611f77565b5f82601f830112612007575f5ffd5b81516120128161189c565b60405161201f8282611134565b80915082815260208101915060208360051b860101925085831115612042575f5ffd5b602085015b8381101561192e57805161205a816112eb565b835260209283019201612047565b5f60608284031215612078575f5ffd5b60405161208481611115565b80915082516001600160401b0381111561209c575f5ffd5b8301606081860312156120ad575f5ffd5b6040516120b981611115565b81516001600160401b038111156120ce575f5ffd5b82018087036101c08112156120e1575f5ffd5b6040516120ed816110f6565b82516120f881611180565b815260208301516001600160401b03811115612112575f5ffd5b61211e8a828601611eec565b602083015250610160603f1983011215612136575f5ffd5b6040519150612144826110f6565b6121518960408501611f44565b82526121608960808501611fc0565b6020830152612173896101008501611fc0565b6040830152610180830151612187816112eb565b60608381019190915260408201929092526101a0929092015190820152815260208201516001600160401b038111156121be575f5ffd5b6121ca87828501611eec565b60208301525060408201516001600160401b038111156121e8575f5ffd5b6121f487828501611ff8565b60408301525082525061220960208401611ea3565b602082015260408301516001600160401b03811115612226575f5ffd5b6119c985828601611eec565b5f82601f830112612241575f5ffd5b815161224c8161189c565b6040516122598282611134565b80915082815260208101915060208360061b86010192508583111561227c575f5ffd5b602085015b8381101561192e576122938782611f44565b8352602090920191604001612281565b5f82601f8301126122b2575f5ffd5b81516122bd8161189c565b6040516122ca8282611134565b80915082815260208101915060208360051b8601019250858311156122ed575f5ffd5b602085015b8381101561192e5780516001600160401b0381111561230f575f5ffd5b61231e886020838a0101611ff8565b845250602092830192016122f2565b5f610180828403121561233e575f5ffd5b612346611160565b905081516001600160401b0381111561235d575f5ffd5b61236984828501611ff8565b82525060208201516001600160401b03811115612384575f5ffd5b61239084828501612232565b60208301525060408201516001600160401b038111156123ae575f5ffd5b6123ba84828501612232565b6040830152506123cd8360608401611fc0565b60608201526123df8360e08401611f44565b60808201526101208201516001600160401b038111156123fd575f5ffd5b61240984828501611ff8565b60a0830152506101408201516001600160401b03811115612428575f5ffd5b61243484828501611ff8565b60c0830152506101608201516001600160401b03811115612453575f5ffd5b611d2a848285016122a3565b5f6020828403121561246f575f5ffd5b81516001600160401b03811115612484575f5ffd5b820160c08185031215612495575f5ffd5b61249d611172565b6124a78583611eae565b815260408201516001600160401b038111156124c1575f5ffd5b6124cd86828501612068565b60208301525060608201516001600160401b038111156124eb575f5ffd5b6124f78682850161232d565b60408301525060808201516001600160401b03811115612515575f5ffd5b61252186828501611eec565b606083015250611e0a60a08301611ee1565b5f60033d111561116f5760045f5f3e505f5160e01c90565b5f60443d10156125585790565b6040513d600319016004823e80513d60248201116001600160401b038211171561258157505090565b80820180516001600160401b0381111561259c575050505090565b3d84016003190182820160200111156125b6575050505090565b61183c60208285010185611134565b5f5f60233d11156125de57602060045f3e50505f516001905b9091565b5f602082840312156125f2575f5ffd5b8135611a3d81611180565b5f8235605e19833603018112612611575f5ffd5b9190910192915050565b5f82356101be19833603018112612611575f5ffd5b5f5f8335601e19843603018112612645575f5ffd5b8301803591506001600160401b0382111561265e575f5ffd5b602001915036819003821315612672575f5ffd5b9250929050565b600181811c9082168061268d57607f821691505b602082108103610f0d57634e487b7160e01b5f52602260045260245ffd5b5f6102ed3683611938565b634e487b7160e01b5f52601260045260245ffd5b5f826126d8576126d86126b6565b500690565b5f602082840312156126ed575f5ffd5b8135611a3d816112eb565b634e487b7160e01b5f52601160045260245ffd5b808201808211156102ed576102ed6126f8565b5f5f8585111561272d575f5ffd5b83861115612739575f5ffd5b5050820193919092039150565b803560208310156102ed575f19602084900360031b1b1692915050565b5f82612771576127716126b6565b500490565b5f60208284031215612786575f5ffd5b8151611a3d81611180565b5f60608284031280156127a2575f5ffd5b506040516127af81611115565b82516127ba816112eb565b815260208301516127ca816112eb565b6020820152604083015160ff811681146127e2575f5ffd5b60408201529392505050565b60ff82811682821603908111156102ed576102ed6126f8565b63ffffffff82811682821603908111156102ed576102ed6126f8565b80820281158282048414176102ed576102ed6126f8565b5f823561017e19833603018112612611575f5ffd5b5f5f8335601e19843603018112612864575f5ffd5b8301803591506001600160401b0382111561287d575f5ffd5b6020019150600581901b3603821315612672575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126128bd575f5ffd5b83016020810192503590506001600160401b038111156128db575f5ffd5b8060051b3603821315612672575f5ffd5b8183526020830192505f815f5b8481101561157757813561290c816112eb565b63ffffffff16865260209586019591909101906001016128f9565b5f5f8335601e1984360301811261293c575f5ffd5b83016020810192503590506001600160401b0381111561295a575f5ffd5b8060061b3603821315612672575f5ffd5b8183526020830192505f815f5b8481101561157757813586526020808301359087015260409586019590910190600101612978565b6040818337604080820160408401375050565b5f8383855260208501945060208460051b820101835f5b8681101561161457838303601f190188526129e582876128a8565b6129f08582846128ec565b60209a8b019a909550939093019250506001016129ca565b858152608060208201525f612a21608083018688611e68565b63ffffffff851660408401528281036060840152612a3f84856128a8565b6101808352612a53610180840182846128ec565b915050612a636020860186612927565b8383036020850152612a7683828461296b565b92505050612a876040860186612927565b8383036040850152612a9a83828461296b565b92505050612aae60608301606087016129a0565b612ac860e0830160e0870180358252602090810135910152565b612ad66101208601866128a8565b838303610120850152612aea8382846128ec565b92505050612afc6101408601866128a8565b838303610140850152612b108382846128ec565b92505050612b226101608601866128a8565b838303610160850152612b368382846129b3565b9b9a5050505050505050505050565b5f82601f830112612b54575f5ffd5b8151612b5f8161189c565b604051612b6c8282611134565b80915082815260208101915060208360051b860101925085831115612b8f575f5ffd5b602085015b8381101561192e5780516001600160601b0381168114612bb2575f5ffd5b835260209283019201612b94565b5f5f60408385031215612bd1575f5ffd5b82516001600160401b03811115612be6575f5ffd5b830160408186031215612bf7575f5ffd5b604051612c03816110d1565b81516001600160401b03811115612c18575f5ffd5b612c2487828501612b45565b82525060208201516001600160401b03811115612c3f575f5ffd5b612c4b87828501612b45565b602083810191909152959095015190969095509350505050565b818103818111156102ed576102ed6126f856",
}

// EigenDACertVerifier is an auto generated Go binding around an Ethereum contract.
type EigenDACertVerifier struct {
	abi abi.ABI
}

// NewEigenDACertVerifier creates a new instance of EigenDACertVerifier.
func NewEigenDACertVerifier() *EigenDACertVerifier {
	parsed, err := EigenDACertVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EigenDACertVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EigenDACertVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address thresholdRegistry, address signatureVerifier, (uint8,uint8) securityThresholds_, bytes quorumNumbersRequired_, uint16 offchainDerivationVersion_) returns()
func (eigenDACertVerifier *EigenDACertVerifier) PackConstructor(thresholdRegistry common.Address, signatureVerifier common.Address, securityThresholds_ EigenDATypesSecurityThresholds, quorumNumbersRequired_ []byte, offchainDerivationVersion_ uint16) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("", thresholdRegistry, signatureVerifier, securityThresholds_, quorumNumbersRequired_, offchainDerivationVersion_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecodeCert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693194fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function _decodeCert(bytes data) pure returns(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16))
func (eigenDACertVerifier *EigenDACertVerifier) PackDecodeCert(data []byte) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("_decodeCert", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodeCert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x693194fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function _decodeCert(bytes data) pure returns(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16))
func (eigenDACertVerifier *EigenDACertVerifier) TryPackDecodeCert(data []byte) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("_decodeCert", data)
}

// UnpackDecodeCert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x693194fa.
//
// Solidity: function _decodeCert(bytes data) pure returns(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16))
func (eigenDACertVerifier *EigenDACertVerifier) UnpackDecodeCert(data []byte) (EigenDATypesEigenDACertV4, error) {
	out, err := eigenDACertVerifier.abi.Unpack("_decodeCert", data)
	if err != nil {
		return *new(EigenDATypesEigenDACertV4), err
	}
	out0 := *abi.ConvertType(out[0], new(EigenDATypesEigenDACertV4)).(*EigenDATypesEigenDACertV4)
	return out0, nil
}

// PackCertVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ead0b96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certVersion() pure returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) PackCertVersion() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("certVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ead0b96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certVersion() pure returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackCertVersion() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("certVersion")
}

// UnpackCertVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ead0b96.
//
// Solidity: function certVersion() pure returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackCertVersion(data []byte) (uint8, error) {
	out, err := eigenDACertVerifier.abi.Unpack("certVersion", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) PackCheckDACert(abiEncodedCert []byte) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("checkDACert", abiEncodedCert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackCheckDACert(abiEncodedCert []byte) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("checkDACert", abiEncodedCert)
}

// UnpackCheckDACert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9077193b.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackCheckDACert(data []byte) (uint8, error) {
	out, err := eigenDACertVerifier.abi.Unpack("checkDACert", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackCheckDACertReverts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb31cd5e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDACertReverts(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16) cert) view returns()
func (eigenDACertVerifier *EigenDACertVerifier) PackCheckDACertReverts(cert EigenDATypesEigenDACertV4) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("checkDACertReverts", cert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDACertReverts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb31cd5e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDACertReverts(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16) cert) view returns()
func (eigenDACertVerifier *EigenDACertVerifier) TryPackCheckDACertReverts(cert EigenDATypesEigenDACertV4) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("checkDACertReverts", cert)
}

// PackEigenDASignatureVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefd4532b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eigenDASignatureVerifier() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) PackEigenDASignatureVerifier() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("eigenDASignatureVerifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEigenDASignatureVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefd4532b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eigenDASignatureVerifier() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackEigenDASignatureVerifier() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("eigenDASignatureVerifier")
}

// UnpackEigenDASignatureVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefd4532b.
//
// Solidity: function eigenDASignatureVerifier() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackEigenDASignatureVerifier(data []byte) (common.Address, error) {
	out, err := eigenDACertVerifier.abi.Unpack("eigenDASignatureVerifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEigenDAThresholdRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c66814.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eigenDAThresholdRegistry() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) PackEigenDAThresholdRegistry() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("eigenDAThresholdRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEigenDAThresholdRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8c66814.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eigenDAThresholdRegistry() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackEigenDAThresholdRegistry() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("eigenDAThresholdRegistry")
}

// UnpackEigenDAThresholdRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8c66814.
//
// Solidity: function eigenDAThresholdRegistry() view returns(address)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackEigenDAThresholdRegistry(data []byte) (common.Address, error) {
	out, err := eigenDACertVerifier.abi.Unpack("eigenDAThresholdRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashBatchHeaderV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76f2525e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBatchHeaderV2((bytes32,uint32) batchHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) PackHashBatchHeaderV2(batchHeader EigenDATypesBatchHeaderV2) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("hashBatchHeaderV2", batchHeader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBatchHeaderV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76f2525e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBatchHeaderV2((bytes32,uint32) batchHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackHashBatchHeaderV2(batchHeader EigenDATypesBatchHeaderV2) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("hashBatchHeaderV2", batchHeader)
}

// UnpackHashBatchHeaderV2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76f2525e.
//
// Solidity: function hashBatchHeaderV2((bytes32,uint32) batchHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackHashBatchHeaderV2(data []byte) ([32]byte, error) {
	out, err := eigenDACertVerifier.abi.Unpack("hashBatchHeaderV2", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashBlobCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be0e787.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBlobCertificate(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]) blobCertificate) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) PackHashBlobCertificate(blobCertificate EigenDATypesBlobCertificate) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("hashBlobCertificate", blobCertificate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBlobCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7be0e787.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBlobCertificate(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]) blobCertificate) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackHashBlobCertificate(blobCertificate EigenDATypesBlobCertificate) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("hashBlobCertificate", blobCertificate)
}

// UnpackHashBlobCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7be0e787.
//
// Solidity: function hashBlobCertificate(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]) blobCertificate) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackHashBlobCertificate(data []byte) ([32]byte, error) {
	out, err := eigenDACertVerifier.abi.Unpack("hashBlobCertificate", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashBlobHeaderV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32c00a63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBlobHeaderV2((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32) blobHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) PackHashBlobHeaderV2(blobHeader EigenDATypesBlobHeaderV2) []byte {
	enc, err := eigenDACertVerifier.abi.Pack("hashBlobHeaderV2", blobHeader)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBlobHeaderV2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32c00a63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBlobHeaderV2((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32) blobHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackHashBlobHeaderV2(blobHeader EigenDATypesBlobHeaderV2) ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("hashBlobHeaderV2", blobHeader)
}

// UnpackHashBlobHeaderV2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32c00a63.
//
// Solidity: function hashBlobHeaderV2((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32) blobHeader) pure returns(bytes32)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackHashBlobHeaderV2(data []byte) ([32]byte, error) {
	out, err := eigenDACertVerifier.abi.Unpack("hashBlobHeaderV2", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOffchainDerivationVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb326e37f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function offchainDerivationVersion() view returns(uint16)
func (eigenDACertVerifier *EigenDACertVerifier) PackOffchainDerivationVersion() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("offchainDerivationVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOffchainDerivationVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb326e37f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function offchainDerivationVersion() view returns(uint16)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackOffchainDerivationVersion() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("offchainDerivationVersion")
}

// UnpackOffchainDerivationVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb326e37f.
//
// Solidity: function offchainDerivationVersion() view returns(uint16)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackOffchainDerivationVersion(data []byte) (uint16, error) {
	out, err := eigenDACertVerifier.abi.Unpack("offchainDerivationVersion", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackQuorumNumbersRequired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe15234ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumbersRequired() view returns(bytes)
func (eigenDACertVerifier *EigenDACertVerifier) PackQuorumNumbersRequired() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("quorumNumbersRequired")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumbersRequired is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe15234ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumbersRequired() view returns(bytes)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackQuorumNumbersRequired() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("quorumNumbersRequired")
}

// UnpackQuorumNumbersRequired is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe15234ff.
//
// Solidity: function quorumNumbersRequired() view returns(bytes)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackQuorumNumbersRequired(data []byte) ([]byte, error) {
	out, err := eigenDACertVerifier.abi.Unpack("quorumNumbersRequired", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackSecurityThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21b9b2fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function securityThresholds() view returns((uint8,uint8))
func (eigenDACertVerifier *EigenDACertVerifier) PackSecurityThresholds() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("securityThresholds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSecurityThresholds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21b9b2fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function securityThresholds() view returns((uint8,uint8))
func (eigenDACertVerifier *EigenDACertVerifier) TryPackSecurityThresholds() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("securityThresholds")
}

// UnpackSecurityThresholds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21b9b2fb.
//
// Solidity: function securityThresholds() view returns((uint8,uint8))
func (eigenDACertVerifier *EigenDACertVerifier) UnpackSecurityThresholds(data []byte) (EigenDATypesSecurityThresholds, error) {
	out, err := eigenDACertVerifier.abi.Unpack("securityThresholds", data)
	if err != nil {
		return *new(EigenDATypesSecurityThresholds), err
	}
	out0 := *abi.ConvertType(out[0], new(EigenDATypesSecurityThresholds)).(*EigenDATypesSecurityThresholds)
	return out0, nil
}

// PackSemver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcda493c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function semver() pure returns(uint8 major, uint8 minor, uint8 patch)
func (eigenDACertVerifier *EigenDACertVerifier) PackSemver() []byte {
	enc, err := eigenDACertVerifier.abi.Pack("semver")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSemver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcda493c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function semver() pure returns(uint8 major, uint8 minor, uint8 patch)
func (eigenDACertVerifier *EigenDACertVerifier) TryPackSemver() ([]byte, error) {
	return eigenDACertVerifier.abi.Pack("semver")
}

// SemverOutput serves as a container for the return parameters of contract
// method Semver.
type SemverOutput struct {
	Major uint8
	Minor uint8
	Patch uint8
}

// UnpackSemver is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcda493c8.
//
// Solidity: function semver() pure returns(uint8 major, uint8 minor, uint8 patch)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackSemver(data []byte) (SemverOutput, error) {
	out, err := eigenDACertVerifier.abi.Unpack("semver", data)
	outstruct := new(SemverOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Major = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Minor = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Patch = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (eigenDACertVerifier *EigenDACertVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["BlobQuorumsNotSubset"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackBlobQuorumsNotSubsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["InvalidBlobVersion"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackInvalidBlobVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["InvalidInclusionProof"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackInvalidInclusionProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["InvalidOffchainDerivationVersion"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackInvalidOffchainDerivationVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["InvalidQuorumNumbersRequired"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackInvalidQuorumNumbersRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["InvalidSecurityThresholds"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackInvalidSecurityThresholdsError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["NonSignerCountExceedsMaximum"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackNonSignerCountExceedsMaximumError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["QuorumCountExceedsMaximum"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackQuorumCountExceedsMaximumError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["RequiredQuorumsNotSubset"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackRequiredQuorumsNotSubsetError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["SecurityAssumptionsNotMet"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackSecurityAssumptionsNotMetError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifier.abi.Errors["UnorderedQuorumNumbers"].ID.Bytes()[:4]) {
		return eigenDACertVerifier.UnpackUnorderedQuorumNumbersError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EigenDACertVerifierBlobQuorumsNotSubset represents a BlobQuorumsNotSubset error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierBlobQuorumsNotSubset struct {
	BlobQuorumsBitmap      *big.Int
	ConfirmedQuorumsBitmap *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BlobQuorumsNotSubset(uint256 blobQuorumsBitmap, uint256 confirmedQuorumsBitmap)
func EigenDACertVerifierBlobQuorumsNotSubsetErrorID() common.Hash {
	return common.HexToHash("0x948e0606890e7792a2da364dbeff7a3f50d7c3f2cf3f5e874bfb0d7276e9b328")
}

// UnpackBlobQuorumsNotSubsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BlobQuorumsNotSubset(uint256 blobQuorumsBitmap, uint256 confirmedQuorumsBitmap)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackBlobQuorumsNotSubsetError(raw []byte) (*EigenDACertVerifierBlobQuorumsNotSubset, error) {
	out := new(EigenDACertVerifierBlobQuorumsNotSubset)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "BlobQuorumsNotSubset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierInvalidBlobVersion represents a InvalidBlobVersion error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierInvalidBlobVersion struct {
	BlobVersion     uint16
	NextBlobVersion uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlobVersion(uint16 blobVersion, uint16 nextBlobVersion)
func EigenDACertVerifierInvalidBlobVersionErrorID() common.Hash {
	return common.HexToHash("0xd6531e7f8a6d92d8e0a5809fddb3accf2cd3b01e5aa4b96867e98835d2185ce2")
}

// UnpackInvalidBlobVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlobVersion(uint16 blobVersion, uint16 nextBlobVersion)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackInvalidBlobVersionError(raw []byte) (*EigenDACertVerifierInvalidBlobVersion, error) {
	out := new(EigenDACertVerifierInvalidBlobVersion)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "InvalidBlobVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierInvalidInclusionProof represents a InvalidInclusionProof error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierInvalidInclusionProof struct {
	BlobIndex uint32
	BlobHash  [32]byte
	RootHash  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInclusionProof(uint32 blobIndex, bytes32 blobHash, bytes32 rootHash)
func EigenDACertVerifierInvalidInclusionProofErrorID() common.Hash {
	return common.HexToHash("0x2e547424af90adc34cfc67b4edba519a979d7fc073924797703294a133b1ce11")
}

// UnpackInvalidInclusionProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInclusionProof(uint32 blobIndex, bytes32 blobHash, bytes32 rootHash)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackInvalidInclusionProofError(raw []byte) (*EigenDACertVerifierInvalidInclusionProof, error) {
	out := new(EigenDACertVerifierInvalidInclusionProof)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "InvalidInclusionProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierInvalidOffchainDerivationVersion represents a InvalidOffchainDerivationVersion error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierInvalidOffchainDerivationVersion struct {
	CertDerivationVer     uint16
	RequiredDerivationVer uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOffchainDerivationVersion(uint16 certDerivationVer, uint16 requiredDerivationVer)
func EigenDACertVerifierInvalidOffchainDerivationVersionErrorID() common.Hash {
	return common.HexToHash("0x8aa306ac581412fcf5e4d1fac56add7eac4edecafebe6effda87540b2523459c")
}

// UnpackInvalidOffchainDerivationVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOffchainDerivationVersion(uint16 certDerivationVer, uint16 requiredDerivationVer)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackInvalidOffchainDerivationVersionError(raw []byte) (*EigenDACertVerifierInvalidOffchainDerivationVersion, error) {
	out := new(EigenDACertVerifierInvalidOffchainDerivationVersion)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "InvalidOffchainDerivationVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierInvalidQuorumNumbersRequired represents a InvalidQuorumNumbersRequired error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierInvalidQuorumNumbersRequired struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidQuorumNumbersRequired(uint256 length)
func EigenDACertVerifierInvalidQuorumNumbersRequiredErrorID() common.Hash {
	return common.HexToHash("0x0008b88edf63cb97efb816fa31f6075f3b46147cf438761a53a85665ce52113a")
}

// UnpackInvalidQuorumNumbersRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidQuorumNumbersRequired(uint256 length)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackInvalidQuorumNumbersRequiredError(raw []byte) (*EigenDACertVerifierInvalidQuorumNumbersRequired, error) {
	out := new(EigenDACertVerifierInvalidQuorumNumbersRequired)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "InvalidQuorumNumbersRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierInvalidSecurityThresholds represents a InvalidSecurityThresholds error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierInvalidSecurityThresholds struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSecurityThresholds()
func EigenDACertVerifierInvalidSecurityThresholdsErrorID() common.Hash {
	return common.HexToHash("0x08a69975c4c065dd20db258fd793a9eb4231cd659928ecfc755e5cc8047fe11b")
}

// UnpackInvalidSecurityThresholdsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSecurityThresholds()
func (eigenDACertVerifier *EigenDACertVerifier) UnpackInvalidSecurityThresholdsError(raw []byte) (*EigenDACertVerifierInvalidSecurityThresholds, error) {
	out := new(EigenDACertVerifierInvalidSecurityThresholds)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "InvalidSecurityThresholds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierNonSignerCountExceedsMaximum represents a NonSignerCountExceedsMaximum error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierNonSignerCountExceedsMaximum struct {
	Count   *big.Int
	Maximum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonSignerCountExceedsMaximum(uint256 count, uint256 maximum)
func EigenDACertVerifierNonSignerCountExceedsMaximumErrorID() common.Hash {
	return common.HexToHash("0xa4f331a32bac6e6d2c94627b66c6bd5f1be8f8c6f3cc0132b3c934b167e37e34")
}

// UnpackNonSignerCountExceedsMaximumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonSignerCountExceedsMaximum(uint256 count, uint256 maximum)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackNonSignerCountExceedsMaximumError(raw []byte) (*EigenDACertVerifierNonSignerCountExceedsMaximum, error) {
	out := new(EigenDACertVerifierNonSignerCountExceedsMaximum)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "NonSignerCountExceedsMaximum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierQuorumCountExceedsMaximum represents a QuorumCountExceedsMaximum error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierQuorumCountExceedsMaximum struct {
	Count   *big.Int
	Maximum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumCountExceedsMaximum(uint256 count, uint256 maximum)
func EigenDACertVerifierQuorumCountExceedsMaximumErrorID() common.Hash {
	return common.HexToHash("0x017607a3adba6d55f45c83c070e3173b6a929ea95f3f1561d990684961dfda18")
}

// UnpackQuorumCountExceedsMaximumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumCountExceedsMaximum(uint256 count, uint256 maximum)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackQuorumCountExceedsMaximumError(raw []byte) (*EigenDACertVerifierQuorumCountExceedsMaximum, error) {
	out := new(EigenDACertVerifierQuorumCountExceedsMaximum)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "QuorumCountExceedsMaximum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRequiredQuorumsNotSubset represents a RequiredQuorumsNotSubset error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierRequiredQuorumsNotSubset struct {
	RequiredQuorumsBitmap *big.Int
	BlobQuorumsBitmap     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequiredQuorumsNotSubset(uint256 requiredQuorumsBitmap, uint256 blobQuorumsBitmap)
func EigenDACertVerifierRequiredQuorumsNotSubsetErrorID() common.Hash {
	return common.HexToHash("0x452c216cac89a98c729d0974371a87b40868dd87073b3418ab1bf6e938db3f16")
}

// UnpackRequiredQuorumsNotSubsetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequiredQuorumsNotSubset(uint256 requiredQuorumsBitmap, uint256 blobQuorumsBitmap)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackRequiredQuorumsNotSubsetError(raw []byte) (*EigenDACertVerifierRequiredQuorumsNotSubset, error) {
	out := new(EigenDACertVerifierRequiredQuorumsNotSubset)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "RequiredQuorumsNotSubset", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierSecurityAssumptionsNotMet represents a SecurityAssumptionsNotMet error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierSecurityAssumptionsNotMet struct {
	ConfirmationThreshold uint8
	AdversaryThreshold    uint8
	CodingRate            uint8
	NumChunks             uint32
	MaxNumOperators       uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SecurityAssumptionsNotMet(uint8 confirmationThreshold, uint8 adversaryThreshold, uint8 codingRate, uint32 numChunks, uint32 maxNumOperators)
func EigenDACertVerifierSecurityAssumptionsNotMetErrorID() common.Hash {
	return common.HexToHash("0xf6a44993484a4a6b12403f546a5fe315b0c0c33758393492fac6fbb2a437bd9a")
}

// UnpackSecurityAssumptionsNotMetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SecurityAssumptionsNotMet(uint8 confirmationThreshold, uint8 adversaryThreshold, uint8 codingRate, uint32 numChunks, uint32 maxNumOperators)
func (eigenDACertVerifier *EigenDACertVerifier) UnpackSecurityAssumptionsNotMetError(raw []byte) (*EigenDACertVerifierSecurityAssumptionsNotMet, error) {
	out := new(EigenDACertVerifierSecurityAssumptionsNotMet)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "SecurityAssumptionsNotMet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierUnorderedQuorumNumbers represents a UnorderedQuorumNumbers error raised by the EigenDACertVerifier contract.
type EigenDACertVerifierUnorderedQuorumNumbers struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnorderedQuorumNumbers()
func EigenDACertVerifierUnorderedQuorumNumbersErrorID() common.Hash {
	return common.HexToHash("0xed52e92e105a127cddcdbd9a646452992ccc9fdb9fcf383b8e99d2cf9fc2511e")
}

// UnpackUnorderedQuorumNumbersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnorderedQuorumNumbers()
func (eigenDACertVerifier *EigenDACertVerifier) UnpackUnorderedQuorumNumbersError(raw []byte) (*EigenDACertVerifierUnorderedQuorumNumbers, error) {
	out := new(EigenDACertVerifierUnorderedQuorumNumbers)
	if err := eigenDACertVerifier.abi.UnpackIntoInterface(out, "UnorderedQuorumNumbers", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterMetaData contains all meta data concerning the EigenDACertVerifierRouter contract.
var EigenDACertVerifierRouterMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"initABNs\",\"type\":\"uint32[]\"},{\"internalType\":\"address[]\",\"name\":\"initCertVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"activationBlockNumber\",\"type\":\"uint32\"}],\"name\":\"ABNNotGreaterThanLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"activationBlockNumber\",\"type\":\"uint32\"}],\"name\":\"ABNNotInFuture\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidCertLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"name\":\"RBNInFuture\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"activationBlockNumber\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"certVerifier\",\"type\":\"address\"}],\"name\":\"CertVerifierAdded\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"activationBlockNumber\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"certVerifier\",\"type\":\"address\"}],\"name\":\"addCertVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"certVerifierABNs\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"certVerifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"abiEncodedCert\",\"type\":\"bytes\"}],\"name\":\"checkDACert\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"name\":\"getCertVerifierAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EigenDACertVerifierRouter",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610ac6380380610ac683398101604081905261002e91610372565b8051825114158061003e57508151155b1561005f576040516001621398b960e31b0319815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b0385161781555b8251811015610277575f811180156100da57508261009960018361044f565b815181106100a9576100a9610474565b602002602001015163ffffffff168382815181106100c9576100c9610474565b602002602001015163ffffffff1611155b15610128578281815181106100f1576100f1610474565b602002602001015160405163faf9cb6960e01b815260040161011f919063ffffffff91909116815260200190565b60405180910390fd5b81818151811061013a5761013a610474565b602002602001015160015f85848151811061015757610157610474565b602002602001015163ffffffff1663ffffffff1681526020019081526020015f205f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060028382815181106101af576101af610474565b6020026020010151908060018154018082558091505060019003905f5260205f2090600891828204019190066004029091909190916101000a81548163ffffffff021916908363ffffffff16021790555081818151811061021257610212610474565b60200260200101516001600160a01b031683828151811061023557610235610474565b602002602001015163ffffffff167f3c87ded09f10478b3e4c40df4329a85dc74ce5f77d000d69a438e6af6096b0e260405160405180910390a360010161007a565b50505050610488565b80516001600160a01b0381168114610296575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102d7576102d761029b565b604052919050565b5f6001600160401b038211156102f7576102f761029b565b5060051b60200190565b5f82601f830112610310575f5ffd5b815161032361031e826102df565b6102af565b8082825260208201915060208360051b860101925085831115610344575f5ffd5b602085015b838110156103685761035a81610280565b835260209283019201610349565b5095945050505050565b5f5f5f60608486031215610384575f5ffd5b61038d84610280565b60208501519093506001600160401b038111156103a8575f5ffd5b8401601f810186136103b8575f5ffd5b80516103c661031e826102df565b8082825260208201915060208360051b8501019250888311156103e7575f5ffd5b6020840193505b8284101561041a57835163ffffffff81168114610409575f5ffd5b8252602093840193909101906103ee565b6040880151909550925050506001600160401b03811115610439575f5ffd5b61044586828701610301565b9150509250925092565b8181038181111561046e57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b610631806104955f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c80634a4ae0e2146100645780634c046566146100945780638da5cb5b146100bc5780639077193b146100ce578063bfda00de146100f3578063f0df66df14610108575b5f5ffd5b610077610072366004610487565b610130565b6040516001600160a01b0390911681526020015b60405180910390f35b6100776100a2366004610487565b60016020525f90815260409020546001600160a01b031681565b5f54610077906001600160a01b031681565b6100e16100dc3660046104a0565b6101fb565b60405160ff909116815260200161008b565b61010661010136600461050e565b61027e565b005b61011b61011636600461054e565b6103fa565b60405163ffffffff909116815260200161008b565b5f438263ffffffff161115610165576040516311fea51560e21b815263ffffffff831660048201526024015b60405180910390fd5b6002545b80156101f3575f600261017d600184610579565b8154811061018d5761018d61058c565b5f918252602090912060088204015460079091166004026101000a900463ffffffff9081169150841681116101e05763ffffffff165f908152600160205260409020546001600160a01b03169392505050565b50806101eb816105a0565b915050610169565b505f92915050565b5f6102096100728484610431565b6001600160a01b0316639077193b84846040518363ffffffff1660e01b81526004016102369291906105b5565b602060405180830381865afa158015610251573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061027591906105e3565b90505b92915050565b5f546001600160a01b031633146102a8576040516330cd747160e01b815260040160405180910390fd5b438263ffffffff16116102d657604051631549aaf560e21b815263ffffffff8316600482015260240161015c565b600280546102e690600190610579565b815481106102f6576102f661058c565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1663ffffffff168263ffffffff161161034d5760405163faf9cb6960e01b815263ffffffff8316600482015260240161015c565b63ffffffff8281165f81815260016020819052604080832080546001600160a01b0319166001600160a01b03881690811790915560028054938401815584527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace6008840401805460079094166004026101000a9687021990931695850295909517909155517f3c87ded09f10478b3e4c40df4329a85dc74ce5f77d000d69a438e6af6096b0e29190a35050565b60028181548110610409575f80fd5b905f5260205f209060089182820401919006600402915054906101000a900463ffffffff1681565b5f6060821015610454576040516303af3ba560e51b815260040160405180910390fd5b61046260606040848661060a565b8101906102759190610487565b803563ffffffff81168114610482575f5ffd5b919050565b5f60208284031215610497575f5ffd5b6102758261046f565b5f5f602083850312156104b1575f5ffd5b823567ffffffffffffffff8111156104c7575f5ffd5b8301601f810185136104d7575f5ffd5b803567ffffffffffffffff8111156104ed575f5ffd5b8560208284010111156104fe575f5ffd5b6020919091019590945092505050565b5f5f6040838503121561051f575f5ffd5b6105288361046f565b915060208301356001600160a01b0381168114610543575f5ffd5b809150509250929050565b5f6020828403121561055e575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561027857610278610565565b634e487b7160e01b5f52603260045260245ffd5b5f816105ae576105ae610565565b505f190190565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b5f602082840312156105f3575f5ffd5b815160ff81168114610603575f5ffd5b9392505050565b5f5f85851115610618575f5ffd5b83861115610624575f5ffd5b505082019391909203915056",
}

// EigenDACertVerifierRouter is an auto generated Go binding around an Ethereum contract.
type EigenDACertVerifierRouter struct {
	abi abi.ABI
}

// NewEigenDACertVerifierRouter creates a new instance of EigenDACertVerifierRouter.
func NewEigenDACertVerifierRouter() *EigenDACertVerifierRouter {
	parsed, err := EigenDACertVerifierRouterMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EigenDACertVerifierRouter{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EigenDACertVerifierRouter) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, uint32[] initABNs, address[] initCertVerifiers) returns()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackConstructor(initialOwner common.Address, initABNs []uint32, initCertVerifiers []common.Address) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("", initialOwner, initABNs, initCertVerifiers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddCertVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfda00de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addCertVerifier(uint32 activationBlockNumber, address certVerifier) returns()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackAddCertVerifier(activationBlockNumber uint32, certVerifier common.Address) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("addCertVerifier", activationBlockNumber, certVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddCertVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfda00de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addCertVerifier(uint32 activationBlockNumber, address certVerifier) returns()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackAddCertVerifier(activationBlockNumber uint32, certVerifier common.Address) ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("addCertVerifier", activationBlockNumber, certVerifier)
}

// PackCertVerifierABNs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0df66df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certVerifierABNs(uint256 ) view returns(uint32)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackCertVerifierABNs(arg0 *big.Int) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("certVerifierABNs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertVerifierABNs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0df66df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certVerifierABNs(uint256 ) view returns(uint32)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackCertVerifierABNs(arg0 *big.Int) ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("certVerifierABNs", arg0)
}

// UnpackCertVerifierABNs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0df66df.
//
// Solidity: function certVerifierABNs(uint256 ) view returns(uint32)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackCertVerifierABNs(data []byte) (uint32, error) {
	out, err := eigenDACertVerifierRouter.abi.Unpack("certVerifierABNs", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCertVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c046566.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function certVerifiers(uint32 ) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackCertVerifiers(arg0 uint32) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("certVerifiers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCertVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c046566.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function certVerifiers(uint32 ) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackCertVerifiers(arg0 uint32) ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("certVerifiers", arg0)
}

// UnpackCertVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c046566.
//
// Solidity: function certVerifiers(uint32 ) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackCertVerifiers(data []byte) (common.Address, error) {
	out, err := eigenDACertVerifierRouter.abi.Unpack("certVerifiers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackCheckDACert(abiEncodedCert []byte) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("checkDACert", abiEncodedCert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackCheckDACert(abiEncodedCert []byte) ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("checkDACert", abiEncodedCert)
}

// UnpackCheckDACert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9077193b.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackCheckDACert(data []byte) (uint8, error) {
	out, err := eigenDACertVerifierRouter.abi.Unpack("checkDACert", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetCertVerifierAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a4ae0e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCertVerifierAt(uint32 referenceBlockNumber) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackGetCertVerifierAt(referenceBlockNumber uint32) []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("getCertVerifierAt", referenceBlockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCertVerifierAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a4ae0e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCertVerifierAt(uint32 referenceBlockNumber) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackGetCertVerifierAt(referenceBlockNumber uint32) ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("getCertVerifierAt", referenceBlockNumber)
}

// UnpackGetCertVerifierAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a4ae0e2.
//
// Solidity: function getCertVerifierAt(uint32 referenceBlockNumber) view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackGetCertVerifierAt(data []byte) (common.Address, error) {
	out, err := eigenDACertVerifierRouter.abi.Unpack("getCertVerifierAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) PackOwner() []byte {
	enc, err := eigenDACertVerifierRouter.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) TryPackOwner() ([]byte, error) {
	return eigenDACertVerifierRouter.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackOwner(data []byte) (common.Address, error) {
	out, err := eigenDACertVerifierRouter.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// EigenDACertVerifierRouterCertVerifierAdded represents a CertVerifierAdded event raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterCertVerifierAdded struct {
	ActivationBlockNumber uint32
	CertVerifier          common.Address
	Raw                   *types.Log // Blockchain specific contextual infos
}

const EigenDACertVerifierRouterCertVerifierAddedEventName = "CertVerifierAdded"

// ContractEventName returns the user-defined event name.
func (EigenDACertVerifierRouterCertVerifierAdded) ContractEventName() string {
	return EigenDACertVerifierRouterCertVerifierAddedEventName
}

// UnpackCertVerifierAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CertVerifierAdded(uint32 indexed activationBlockNumber, address indexed certVerifier)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackCertVerifierAddedEvent(log *types.Log) (*EigenDACertVerifierRouterCertVerifierAdded, error) {
	event := "CertVerifierAdded"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDACertVerifierRouter.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDACertVerifierRouterCertVerifierAdded)
	if len(log.Data) > 0 {
		if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDACertVerifierRouter.abi.Events[event].Inputs {
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
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["ABNNotGreaterThanLast"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackABNNotGreaterThanLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["ABNNotInFuture"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackABNNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["InvalidCertLength"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackInvalidCertLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDACertVerifierRouter.abi.Errors["RBNInFuture"].ID.Bytes()[:4]) {
		return eigenDACertVerifierRouter.UnpackRBNInFutureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EigenDACertVerifierRouterABNNotGreaterThanLast represents a ABNNotGreaterThanLast error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterABNNotGreaterThanLast struct {
	ActivationBlockNumber uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ABNNotGreaterThanLast(uint32 activationBlockNumber)
func EigenDACertVerifierRouterABNNotGreaterThanLastErrorID() common.Hash {
	return common.HexToHash("0xfaf9cb693ddee49e99a1d7129f71d5d21abc4f92bccc0e02edfaca70adb8351b")
}

// UnpackABNNotGreaterThanLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ABNNotGreaterThanLast(uint32 activationBlockNumber)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackABNNotGreaterThanLastError(raw []byte) (*EigenDACertVerifierRouterABNNotGreaterThanLast, error) {
	out := new(EigenDACertVerifierRouterABNNotGreaterThanLast)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "ABNNotGreaterThanLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterABNNotInFuture represents a ABNNotInFuture error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterABNNotInFuture struct {
	ActivationBlockNumber uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ABNNotInFuture(uint32 activationBlockNumber)
func EigenDACertVerifierRouterABNNotInFutureErrorID() common.Hash {
	return common.HexToHash("0x5526abd48e9c714865dd2e2cb86e9955904725ef8b1e57b388bcdadfeb05c690")
}

// UnpackABNNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ABNNotInFuture(uint32 activationBlockNumber)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackABNNotInFutureError(raw []byte) (*EigenDACertVerifierRouterABNNotInFuture, error) {
	out := new(EigenDACertVerifierRouterABNNotInFuture)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "ABNNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterInvalidCertLength represents a InvalidCertLength error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterInvalidCertLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidCertLength()
func EigenDACertVerifierRouterInvalidCertLengthErrorID() common.Hash {
	return common.HexToHash("0x75e774a059dc5d2eea2bbef60bb7b5348cdc66fef7e76ba7a4349c17420374ed")
}

// UnpackInvalidCertLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidCertLength()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackInvalidCertLengthError(raw []byte) (*EigenDACertVerifierRouterInvalidCertLength, error) {
	out := new(EigenDACertVerifierRouterInvalidCertLength)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "InvalidCertLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterLengthMismatch represents a LengthMismatch error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func EigenDACertVerifierRouterLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackLengthMismatchError(raw []byte) (*EigenDACertVerifierRouterLengthMismatch, error) {
	out := new(EigenDACertVerifierRouterLengthMismatch)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterNotOwner represents a NotOwner error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func EigenDACertVerifierRouterNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackNotOwnerError(raw []byte) (*EigenDACertVerifierRouterNotOwner, error) {
	out := new(EigenDACertVerifierRouterNotOwner)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDACertVerifierRouterRBNInFuture represents a RBNInFuture error raised by the EigenDACertVerifierRouter contract.
type EigenDACertVerifierRouterRBNInFuture struct {
	ReferenceBlockNumber uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RBNInFuture(uint32 referenceBlockNumber)
func EigenDACertVerifierRouterRBNInFutureErrorID() common.Hash {
	return common.HexToHash("0x47fa9454ab3064f0cfe43e8ac7575ad819689ba71a0b4335ab64868763f2bdbb")
}

// UnpackRBNInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RBNInFuture(uint32 referenceBlockNumber)
func (eigenDACertVerifierRouter *EigenDACertVerifierRouter) UnpackRBNInFutureError(raw []byte) (*EigenDACertVerifierRouterRBNInFuture, error) {
	out := new(EigenDACertVerifierRouterRBNInFuture)
	if err := eigenDACertVerifierRouter.abi.UnpackIntoInterface(out, "RBNInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryMetaData contains all meta data concerning the EigenDARegistry contract.
var EigenDARegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"initialQuorumCount\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"}],\"name\":\"InvalidBlobVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPubkey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"}],\"name\":\"NoHistoryAt\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"precompile\",\"type\":\"uint256\"}],\"name\":\"PrecompileFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"UnknownQuorum\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxNumOperators\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numChunks\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"codingRate\",\"type\":\"uint8\"}],\"indexed\":false,\"internalType\":\"structEigenDATypes.VersionedBlobParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"BlobParamsAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"OperatorDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quorumBitmap\",\"type\":\"uint256\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"OperatorStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"key\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"RelayAdded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_QUORUMS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"url\",\"type\":\"string\"}],\"name\":\"addRelayInfo\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"key\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxNumOperators\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numChunks\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"codingRate\",\"type\":\"uint8\"}],\"internalType\":\"structEigenDATypes.VersionedBlobParams\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"addVersionedBlobParams\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"msgHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.NonSignerStakesAndSignature\",\"name\":\"params\",\"type\":\"tuple\"}],\"name\":\"checkSignatures\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96[]\",\"name\":\"signedStakeForQuorum\",\"type\":\"uint96[]\"},{\"internalType\":\"uint96[]\",\"name\":\"totalStakeForQuorum\",\"type\":\"uint96[]\"}],\"internalType\":\"structEigenDATypes.QuorumStakeTotals\",\"name\":\"totals\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"signatoryRecordHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"}],\"name\":\"currentApk\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"}],\"name\":\"deregisterOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getApkHashAtBlockNumberAndIndex\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"\",\"type\":\"bytes24\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"}],\"name\":\"getBlobParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"maxNumOperators\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"numChunks\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"codingRate\",\"type\":\"uint8\"}],\"internalType\":\"structEigenDATypes.VersionedBlobParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"nonSignerOperatorIds\",\"type\":\"bytes32[]\"}],\"name\":\"getCheckSignaturesIndices\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.CheckSignaturesIndices\",\"name\":\"out\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getQuorumBitmapAtBlockNumberByIndex\",\"outputs\":[{\"internalType\":\"uint192\",\"name\":\"\",\"type\":\"uint192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getStakeAtBlockNumberAndIndex\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"blockNumber\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"getTotalStakeAtBlockNumberFromIndex\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextBlobVersion\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextRelayKey\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumCount\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"quorums\",\"type\":\"bytes\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes\",\"type\":\"uint96[]\"}],\"name\":\"registerOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"relayKeyToUrl\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operatorId\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"quorum\",\"type\":\"uint8\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"setOperatorStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "EigenDARegistry",
	Bin: "0x608060405234801561000f575f5ffd5b50604051613af8380380613af883398101604081905261002e916101b6565b60ff81161580610041575060c060ff8216115b15610068576040516381b72d7d60e01b815260ff8216600482015260240160405180910390fd5b5f805460ff8316600160a01b026001600160a81b03199091166001600160a01b038516171781555b8160ff168160ff1610156101ae5760ff81165f81815260046020908152604080832081516060808201845285825263ffffffff438116838701818152848701898152865460018181018955978b52898b20965196018054925191518516600160e01b026001600160e01b03928616600160c01b026001600160e01b0319909416978a1c9790971792909217169490941790935596865260058552838620845191820185529181528085018681529381018681528254808501845592875294909520945194018054925193516001600160601b03166801000000000000000002600160401b600160a01b0319948716640100000000026001600160401b0319949094169590961694909417919091179190911692909217905501610090565b5050506101fe565b5f5f604083850312156101c7575f5ffd5b82516001600160a01b03811681146101dd575f5ffd5b602084015190925060ff811681146101f3575f5ffd5b809150509250929050565b6138ed8061020b5f395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c80636dd2de88116100a95780639dd1ec531161006e5780639dd1ec5314610300578063a3db80e214610308578063c8294c5614610370578063d585ac151461039b578063f2be94ae146103ae575f5ffd5b80636dd2de881461026a5780636efb46361461027d5780638a4769821461029e5780638da5cb5b146102b15780639aa1653d146102db575f5ffd5b80632ecfe72b116100ef5780632ecfe72b146101a357806332430f14146101e65780634f739f74146101fd578063631eabb81461021d57806368bccaac1461023d575f5ffd5b806304ec635114610120578063072bfc451461015057806315ddaa5d1461017857806328abc8ee1461018e575b5f5ffd5b61013361012e366004612b92565b6103c1565b6040516001600160c01b0390911681526020015b60405180910390f35b61016361015e366004612c0b565b6104ce565b60405163ffffffff9091168152602001610147565b5f5461016390600160a81b900463ffffffff1681565b6101a161019c366004612c49565b610596565b005b6101b66101b1366004612c60565b610724565b60408051825163ffffffff9081168252602080850151909116908201529181015160ff1690820152606001610147565b6002545b60405161ffff9091168152602001610147565b61021061020b366004612cc1565b6107ce565b6040516101479190612d9e565b61023061022b366004612e60565b610ca8565b6040516101479190612e7b565b61025061024b366004612ebe565b610d3f565b60405167ffffffffffffffff199091168152602001610147565b6101a1610278366004612eeb565b610e4c565b61029061028b366004613231565b6110ec565b60405161014792919061341a565b6101ea6102ac366004613462565b61156a565b5f546102c3906001600160a01b031681565b6040516001600160a01b039091168152602001610147565b5f546102ee90600160a01b900460ff1681565b60405160ff9091168152602001610147565b6102ee60c081565b61035561031636600461347b565b604080518082019091525f80825260208201525060ff165f90815260036020908152604091829020825180840190935280548352600101549082015290565b60408051825181526020928301519281019290925201610147565b61038361037e366004612ebe565b611616565b6040516001600160601b039091168152602001610147565b6101a16103a93660046134ac565b61163a565b6103836103bc3660046134e7565b611761565b5f8381526007602052604081205482106103fb5760405163081866a760e31b815263ffffffff841660048201526024015b60405180910390fd5b5f84815260076020526040812080548490811061041a5761041a61352a565b5f91825260209182902060408051606081018252929091015463ffffffff8082168085526401000000008304821695850195909552600160401b9091046001600160c01b0316918301919091529092508516108061049c5750602081015163ffffffff161580159061049c57508363ffffffff16816020015163ffffffff1611155b156104c25760405163081866a760e31b815263ffffffff851660048201526024016103f2565b60400151949350505050565b5f80546001600160a01b031633146104f9576040516330cd747160e01b815260040160405180910390fd5b5f8054600160a81b900463ffffffff1690601561051583613552565b82546101009290920a63ffffffff81810219909316918316021790915581165f90815260016020526040902090915061054f8385836135f7565b508063ffffffff167f69e9a06e27806ab763f8372b74d95df8b6a4a953db694a611ce74302a6f1852184846040516105889291906136b0565b60405180910390a292915050565b5f546001600160a01b031633146105c0576040516330cd747160e01b815260040160405180910390fd5b5f6105ca82611791565b9050806001600160c01b03165f036105f857604051634660068b60e11b8152600481018390526024016103f2565b5f8281526008602090815260408083208151808301909252805482526001015491810191909152610628906117ee565b90505f5b5f5460ff600160a01b909104811690821610156106ea57600160ff82161b83166001600160c01b0316156106e257610664818361187f565b60ff81165f908152600660209081526040808320878452909152812061068990611a40565b60ff83165f90815260066020908152604080832089845290915281209192506106b29190611a91565b60ff82165f9081526005602052604090206106e090826106d182611a40565b6106db91906136de565b611a91565b505b60010161062c565b506106f5835f611c14565b60405183907f0ae16cc08d6dfa8b9084cce6adf6965ba86decb714b6a9fd429a96263fd97ba8905f90a2505050565b604080516060810182525f808252602082018190529181019190915260025461ffff83161061076c5760405163e5bf4fdf60e01b815261ffff831660048201526024016103f2565b60028261ffff16815481106107835761078361352a565b5f91825260209182902060408051606081018252919092015463ffffffff80821683526401000000008204169382019390935260ff600160401b909304929092169082015292915050565b6107f96040518060800160405280606081526020016060815260200160608152602001606081525090565b816001600160401b0381111561081157610811612f70565b60405190808252806020026020018201604052801561083a578160200160208202803683370190505b5081525f826001600160401b0381111561085657610856612f70565b60405190808252806020026020018201604052801561087f578160200160208202803683370190505b5090505f5b83811015610959575f60075f8787858181106108a2576108a261352a565b9050602002013581526020019081526020015f2090505f6108c3828b611d95565b905080855f015184815181106108db576108db61352a565b602002602001019063ffffffff16908163ffffffff16815250508181815481106109075761090761352a565b905f5260205f20015f0160089054906101000a90046001600160c01b03168484815181106109375761093761352a565b6001600160c01b03909216602092830291909101909101525050600101610884565b50846001600160401b0381111561097257610972612f70565b60405190808252806020026020018201604052801561099b578160200160208202803683370190505b506020830152846001600160401b038111156109b9576109b9612f70565b6040519080825280602002602001820160405280156109e2578160200160208202803683370190505b506040830152846001600160401b03811115610a0057610a00612f70565b604051908082528060200260200182016040528015610a3357816020015b6060815260200190600190039081610a1e5790505b5060608301525f5b85811015610c9c575f878783818110610a5657610a5661352a565b919091013560f81c5f818152600460205260409020909250610a7991508a611e20565b84602001518381518110610a8f57610a8f61352a565b63ffffffff90921660209283029190910182015260ff82165f908152600590915260409020610abe908a611e88565b84604001518381518110610ad457610ad461352a565b63ffffffff909216602092830291909101909101525f805b8451811015610b46578260ff1660016001600160c01b0316901b858281518110610b1857610b1861352a565b6020026020010151166001600160c01b03165f14610b3e5781610b3a816136fd565b9250505b600101610aec565b50806001600160401b03811115610b5f57610b5f612f70565b604051908082528060200260200182016040528015610b88578160200160208202803683370190505b5085606001518481518110610b9f57610b9f61352a565b6020908102919091010152505f805b8451811015610c91578260ff1660016001600160c01b0316901b858281518110610bda57610bda61352a565b6020026020010151166001600160c01b03165f14610c895760ff83165f908152600660205260408120610c33918a8a85818110610c1957610c1961352a565b9050602002013581526020019081526020015f208c611e88565b86606001518581518110610c4957610c4961352a565b60200260200101518380610c5c906136fd565b945081518110610c6e57610c6e61352a565b602002602001019063ffffffff16908163ffffffff16815250505b600101610bae565b505050600101610a3b565b50509695505050505050565b60016020525f908152604090208054610cc090613576565b80601f0160208091040260200160405190810160405280929190818152602001828054610cec90613576565b8015610d375780601f10610d0e57610100808354040283529160200191610d37565b820191905f5260205f20905b815481529060010190602001808311610d1a57829003601f168201915b505050505081565b60ff83165f908152600460205260408120548210610d785760405163081866a760e31b815263ffffffff841660048201526024016103f2565b60ff84165f908152600460205260408120805484908110610d9b57610d9b61352a565b5f91825260209182902060408051606081018252919092015467ffffffffffffffff1981841b16825263ffffffff600160c01b82048116948301859052600160e01b909104811692820192909252925085161080610e1d5750604081015163ffffffff1615801590610e1d57508363ffffffff16816040015163ffffffff1611155b15610e435760405163081866a760e31b815263ffffffff851660048201526024016103f2565b51949350505050565b5f546001600160a01b03163314610e76576040516330cd747160e01b815260040160405180910390fd5b8281141580610e83575082155b15610ea4576040516001621398b960e31b0319815260040160405180910390fd5b8435158015610eb557506020850135155b15610ed35760405163422cc3b760e01b815260040160405180910390fd5b5f610eeb610ee636889003880188613715565b611ee9565b9050610ef681611791565b6001600160c01b031615610f2057604051633be57b3960e11b8152600481018290526024016103f2565b5f81815260086020908152604082208835815590880135600190910155805b8581101561109a575f878783818110610f5a57610f5a61352a565b5f5492013560f81c925050600160a01b900460ff168110610f93576040516381b72d7d60e01b815260ff821660048201526024016103f2565b600160ff82161b83166001600160c01b031615610fc657604051633be57b3960e11b8152600481018590526024016103f2565b600160ff82161b9290921791610fea81610fe5368c90038c018c613715565b61187f565b60ff81165f90815260066020908152604080832087845290915290206110319087878581811061101c5761101c61352a565b90506020020160208101906106db919061372f565b60ff81165f908152600560205260409020611091908787858181106110585761105861352a565b905060200201602081019061106d919061372f565b60ff84165f90815260056020526040902061108790611a40565b6106db9190613748565b50600101610f3f565b506110a58282611c14565b6040516001600160c01b038216815282907f9e56edde7e625dfb86588477d350dcd9e4cdbd27a3d146c3dc23ce5c24b7b42b9060200160405180910390a250505050505050565b60408051808201909152606080825260208201525f84810361115c5760405162461bcd60e51b815260206004820152602360248201527f636865636b5369676e6174757265733a20656d7074792071756f72756d20696e6044820152621c1d5d60ea1b60648201526084016103f2565b60408301515185148015611174575060a08301515185145b8015611184575060c08301515185145b8015611194575060e08301515185145b6111f65760405162461bcd60e51b815260206004820152602d60248201527f636865636b5369676e6174757265733a20696e7075742071756f72756d206c6560448201526c0dccee8d040dad2e6dac2e8c6d609b1b60648201526084016103f2565b825151602084015151146112655760405162461bcd60e51b815260206004820152603060248201527f636865636b5369676e6174757265733a20696e707574206e6f6e7369676e657260448201526f040d8cadccee8d040dad2e6dac2e8c6d60831b60648201526084016103f2565b4363ffffffff168463ffffffff16106112d15760405162461bcd60e51b815260206004820152602860248201527f636865636b5369676e6174757265733a20696e76616c6964207265666572656e604482015267636520626c6f636b60c01b60648201526084016103f2565b604080518082019091525f808252602082018190525b86811015611489575f8888838181106113025761130261352a565b5f5492013560f81c925050600160a01b900460ff1681106113655760405162461bcd60e51b815260206004820152601f60248201527f636865636b5369676e6174757265733a20756e6b6e6f776e2071756f72756d0060448201526064016103f2565b61139381888860a0015185815181106113805761138061352a565b602002602001015163ffffffff16610d3f565b6001600160401b0319166113c3876040015184815181106113b6576113b661352a565b6020026020010151611ee9565b67ffffffffffffffff1916146114575760405162461bcd60e51b815260206004820152604d60248201527f636865636b5369676e6174757265733a2071756f72756d41706b20686173682060448201527f696e2073746f7261676520646f6573206e6f74206d617463682070726f76696460648201526c65642071756f72756d2061706b60981b608482015260a4016103f2565b61147e83876040015184815181106114715761147161352a565b6020026020010151611f2a565b9250506001016112e7565b505f5f5f6114998a8a8a8a611f99565b9250925092506114b1846114ac836117ee565b611f2a565b93506114c18a8a8a8a878761224d565b95506114d78b8589606001518a6080015161251a565b6115315760405162461bcd60e51b815260206004820152602560248201527f636865636b5369676e6174757265733a207369676e617475726520697320696e6044820152641d985b1a5960da1b60648201526084016103f2565b8783604051602001611544929190613767565b604051602081830303815290604052805190602001209450505050509550959350505050565b5f80546001600160a01b03163314611595576040516330cd747160e01b815260040160405180910390fd5b50600280546001810182555f91909152817f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace82016115d382826137ad565b50508061ffff167f517ff21dc90a22db8eba9cee8f43fec18d501d5b9ca5fc125b52afd128feeb46836040516116099190613837565b60405180910390a2919050565b60ff83165f908152600560205260408120611632908484612632565b949350505050565b5f546001600160a01b03163314611664576040516330cd747160e01b815260040160405180910390fd5b600160ff83161b61167484611791565b166001600160c01b03165f036116a057604051634660068b60e11b8152600481018490526024016103f2565b60ff82165f90815260066020908152604080832086845290915281206116c590611a40565b60ff84165f90815260066020908152604080832088845290915290209091506116ee9083611a91565b60ff83165f90815260056020526040902061171890838361170e83611a40565b61108791906136de565b6040516001600160601b038316815260ff84169085907fe7ac1b272c2a4a94ab5295f4565069a7657dc420e3210a5142cb49ef2abd78139060200160405180910390a350505050565b60ff84165f9081526006602090815260408083208584529091528120611788908584612632565b95945050505050565b5f8181526007602052604081208054156117e557805481906117b590600190613885565b815481106117c5576117c561352a565b5f91825260209091200154600160401b90046001600160c01b03166117e7565b5f5b9392505050565b604080518082019091525f8082526020820152815115801561181257506020820151155b1561182f575050604080518082019091525f808252602082015290565b6040518060400160405280835f015181526020015f5160206138cd5f395f51905f5284602001516118609190613898565b611877905f5160206138cd5f395f51905f52613885565b905292915050565b60ff82165f90815260036020908152604080832081518083019092528054825260010154918101919091526118b49083611f2a565b60ff84165f9081526003602090815260408083208451815582850151600190910155600490915281209192506118e983611ee9565b90504363ffffffff1682600184805490506119049190613885565b815481106119145761191461352a565b5f91825260209091200154600160c01b900463ffffffff160361197a5781548190839061194390600190613885565b815481106119535761195361352a565b5f91825260209091200180546001600160c01b03191660409290921c919091179055611a39565b81544390839061198c90600190613885565b8154811061199c5761199c61352a565b5f9182526020808320909101805463ffffffff948516600160e01b9081026001600160e01b03928316179092556040805160608101825267ffffffffffffffff19881681524387168186019081528183018781528a54600181018c558b895296909720915191909501805495519651881690940295909616600160c01b026001600160e01b03199490941695901c94909417919091179092161790555b5050505050565b80545f9015611a895781548290611a5990600190613885565b81548110611a6957611a6961352a565b5f91825260209091200154600160401b90046001600160601b0316611a8b565b5f5b92915050565b815415801590611ad75750815463ffffffff4316908390611ab490600190613885565b81548110611ac457611ac461352a565b5f9182526020909120015463ffffffff16145b15611b3057815481908390611aee90600190613885565b81548110611afe57611afe61352a565b905f5260205f20015f0160086101000a8154816001600160601b0302191690836001600160601b031602179055505050565b815415611b8257815443908390611b4990600190613885565b81548110611b5957611b5961352a565b905f5260205f20015f0160046101000a81548163ffffffff021916908363ffffffff1602179055505b6040805160608101825263ffffffff43811682525f60208084018281526001600160601b0396871695850195865287546001810189559783529120925192909501805495519351909416600160401b0273ffffffffffffffffffffffff0000000000000000199382166401000000000267ffffffffffffffff1990961692909116919091179390931716919091179055565b5f828152600760205260409020805415801590611c675750805463ffffffff4316908290611c4490600190613885565b81548110611c5457611c5461352a565b5f9182526020909120015463ffffffff16145b15611cc157805482908290611c7e90600190613885565b81548110611c8e57611c8e61352a565b905f5260205f20015f0160086101000a8154816001600160c01b0302191690836001600160c01b03160217905550505050565b805415611d1357805443908290611cda90600190613885565b81548110611cea57611cea61352a565b905f5260205f20015f0160046101000a81548163ffffffff021916908363ffffffff1602179055505b6040805160608101825263ffffffff43811682525f60208084018281526001600160c01b0397881695850195865286546001810188559683529120925192909401805494519351909516600160401b026001600160401b039382166401000000000267ffffffffffffffff199095169290911691909117929092171617905550565b81545f905b8015611dfe5763ffffffff831684611db3600184613885565b81548110611dc357611dc361352a565b5f9182526020909120015463ffffffff1611611dec57611de4600182613885565b915050611a8b565b80611df6816138b7565b915050611d9a565b5060405163081866a760e31b815263ffffffff831660048201526024016103f2565b81545f905b8015611dfe5763ffffffff831684611e3e600184613885565b81548110611e4e57611e4e61352a565b5f91825260209091200154600160c01b900463ffffffff1611611e7657611de4600182613885565b80611e80816138b7565b915050611e25565b81545f905b8015611dfe5763ffffffff831684611ea6600184613885565b81548110611eb657611eb661352a565b5f9182526020909120015463ffffffff1611611ed757611de4600182613885565b80611ee1816138b7565b915050611e8d565b5f815f01518260200151604051602001611f0d929190918252602082015260400190565b604051602081830303815290604052805190602001209050919050565b604080518082019091525f808252602082015260408051608080820183528551825260208087015181840152855183850152850151606083015290915f9184908460065afa905080611f915760405162a4859360e01b8152600660048201526024016103f2565b505092915050565b606080611fb760405180604001604052805f81526020015f81525090565b5f611fc28888612715565b90508460200151516001600160401b03811115611fe157611fe1612f70565b60405190808252806020026020018201604052801561200a578160200160208202803683370190505b5093508460200151516001600160401b0381111561202a5761202a612f70565b604051908082528060200260200182016040528015612053578160200160208202803683370190505b50604080518082019091525f8082526020820181905291945092505b85602001515181101561224157612095866020015182815181106113b6576113b661352a565b8582815181106120a7576120a761352a565b6020908102919091010152801561215c57846120c4600183613885565b815181106120d4576120d461352a565b60200260200101515f1c8582815181106120f0576120f061352a565b60200260200101515f1c1161215c5760405162461bcd60e51b815260206004820152602c60248201527f636865636b5369676e6174757265733a206e6f6e5369676e65725075626b657960448201526b1cc81b9bdd081cdbdc9d195960a21b60648201526084016103f2565b6121a28582815181106121715761217161352a565b602002602001015188885f0151848151811061218f5761218f61352a565b602002602001015163ffffffff166103c1565b8482815181106121b4576121b461352a565b60200260200101906001600160c01b031690816001600160c01b0316815250505f612202838684815181106121eb576121eb61352a565b60200260200101516001600160c01b0316166127b0565b9050801561223857612235846114ac896020015185815181106122275761222761352a565b6020026020010151846127de565b93505b5060010161206f565b50509450945094915050565b6040805180820190915260608082526020820152856001600160401b0381111561227957612279612f70565b6040519080825280602002602001820160405280156122a2578160200160208202803683370190505b506020820152856001600160401b038111156122c0576122c0612f70565b6040519080825280602002602001820160405280156122e9578160200160208202803683370190505b5081525f5b8681101561250f575f8888838181106123095761230961352a565b9050013560f81c60f81b60f81c90505f61234782898960c0015186815181106123345761233461352a565b602002602001015163ffffffff16611616565b9050805f805b8851811015612499578460ff1660016001600160c01b0316901b8882815181106123795761237961352a565b6020026020010151166001600160c01b03165f0315612491578960e0015186815181106123a8576123a861352a565b60200260200101515182106124175760405162461bcd60e51b815260206004820152602f60248201527f636865636b5369676e6174757265733a206d697373696e67206e6f6e2d73696760448201526e0dccae440e6e8c2d6ca40d2dcc8caf608b1b60648201526084016103f2565b612484858c8b848151811061242e5761242e61352a565b60200260200101518d60e001518a8151811061244c5761244c61352a565b6020026020010151868061245f906136fd565b9750815181106124715761247161352a565b602002602001015163ffffffff16611761565b61248e90846136de565b92505b60010161234d565b5082866020015186815181106124b1576124b161352a565b60200260200101906001600160601b031690816001600160601b03168152505081865f015186815181106124e7576124e761352a565b6001600160601b03909216602092830291909101909101525050600190920191506122ee9050565b509695505050505050565b8251602080850151845180519083015186840151805190850151875188870151604080519889018e90528801989098526060870195909552608086019390935260a085019190915260c084015260e08301526101008201526101208101919091525f9081907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000019061014001604051602081830303815290604052805190602001205f1c6125c79190613898565b90506126286125da846114ac88856127de565b6125e261283d565b6126226125ee8a6128fd565b6114ac61261c6040805180820182525f80825260209182015281518083019092526001825260029082015290565b876127de565b876129e6565b9695505050505050565b82545f90821061265d5760405163081866a760e31b815263ffffffff841660048201526024016103f2565b5f8483815481106126705761267061352a565b5f91825260209182902060408051606081018252929091015463ffffffff8082168085526401000000008304821695850195909552600160401b9091046001600160601b0316918301919091529092508516108061049c5750602081015163ffffffff161580159061049c57508363ffffffff16816020015163ffffffff16116104c25760405163081866a760e31b815263ffffffff851660048201526024016103f2565b5f805b828110156127a9575f8484838181106127335761273361352a565b600192013560f81c9190911b9150508281161561279c5760405162461bcd60e51b815260206004820152602160248201527f636865636b5369676e6174757265733a206475706c69636174652071756f72756044820152606d60f81b60648201526084016103f2565b9190911790600101612718565b5092915050565b5f5b81156127d9576127c3600183613885565b90911690806127d1816136fd565b9150506127b2565b919050565b604080518082019091525f80825260208201526040805160608082018352855182526020808701519083015281830185905290915f9184908460075afa905080611f915760405162a4859360e01b8152600760048201526024016103f2565b612845612b1d565b50604080516080810182527f198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c28183019081527f1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed6060830152815281518083019092527f275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec82527f1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d60208381019190915281019190915290565b604080518082019091525f80825260208201525f6129285f5160206138cd5f395f51905f5284613898565b90505b5f5f5160206138cd5f395f51905f5260035f5160206138cd5f395f51905f52845f5160206138cd5f395f51905f52868709090890505f612999827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f525f5160206138cd5f395f51905f52612aa9565b9050815f5160206138cd5f395f51905f52828309036129cb576040805180820190915292835260208301525092915050565b5f5160206138cd5f395f51905f52600184089250505061292b565b60408051610180810182528551815260208087015181830152855151928201929092528451820151606082015284820180515160808301525182015160a0820152835160c08201528382015160e0820152825151610100820152825182015161012082015282820180515161014083015251909101516101608201525f90612a6c612b42565b5f6020826101808560085afa905080612a9a5760405162a4859360e01b8152600860048201526024016103f2565b50516001149695505050505050565b5f5f6040518060c00160405280602081526020016020815260200160208152602001868152602001858152602001848152509050612ae5612b42565b5f60208260c08560055afa905080612b125760405162a4859360e01b8152600560048201526024016103f2565b505195945050505050565b6040518060400160405280612b30612b60565b8152602001612b3d612b60565b905290565b60405180602001604052806001906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b63ffffffff81168114612b8f575f5ffd5b50565b5f5f5f60608486031215612ba4575f5ffd5b833592506020840135612bb681612b7e565b929592945050506040919091013590565b5f5f83601f840112612bd7575f5ffd5b5081356001600160401b03811115612bed575f5ffd5b602083019150836020828501011115612c04575f5ffd5b9250929050565b5f5f60208385031215612c1c575f5ffd5b82356001600160401b03811115612c31575f5ffd5b612c3d85828601612bc7565b90969095509350505050565b5f60208284031215612c59575f5ffd5b5035919050565b5f60208284031215612c70575f5ffd5b813561ffff811681146117e7575f5ffd5b5f5f83601f840112612c91575f5ffd5b5081356001600160401b03811115612ca7575f5ffd5b6020830191508360208260051b8501011115612c04575f5ffd5b5f5f5f5f5f5f60808789031215612cd6575f5ffd5b86356001600160a01b0381168114612cec575f5ffd5b95506020870135612cfc81612b7e565b945060408701356001600160401b03811115612d16575f5ffd5b612d2289828a01612bc7565b90955093505060608701356001600160401b03811115612d40575f5ffd5b612d4c89828a01612c81565b979a9699509497509295939492505050565b5f8151808452602084019350602083015f5b82811015612d9457815163ffffffff16865260209586019590910190600101612d70565b5093949350505050565b602081525f825160806020840152612db960a0840182612d5e565b90506020840151601f19848303016040850152612dd68282612d5e565b9150506040840151601f19848303016060850152612df48282612d5e565b6060860151858203601f190160808701528051808352919350602090810192508084019190600582901b8501015f5b82811015612e5457601f19868303018452612e3f828651612d5e565b60209586019594909401939150600101612e23565b50979650505050505050565b5f60208284031215612e70575f5ffd5b81356117e781612b7e565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b60ff81168114612b8f575f5ffd5b5f5f5f60608486031215612ed0575f5ffd5b8335612edb81612eb0565b92506020840135612bb681612b7e565b5f5f5f5f5f8587036080811215612f00575f5ffd5b6040811215612f0d575f5ffd5b5085945060408601356001600160401b03811115612f29575f5ffd5b612f3588828901612bc7565b90955093505060608601356001600160401b03811115612f53575f5ffd5b612f5f88828901612c81565b969995985093965092949392505050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612fa657612fa6612f70565b60405290565b60405161010081016001600160401b0381118282101715612fa657612fa6612f70565b604051601f8201601f191681016001600160401b0381118282101715612ff757612ff7612f70565b604052919050565b5f6001600160401b0382111561301757613017612f70565b5060051b60200190565b5f82601f830112613030575f5ffd5b813561304361303e82612fff565b612fcf565b8082825260208201915060208360051b860101925085831115613064575f5ffd5b602085015b8381101561308a57803561307c81612b7e565b835260209283019201613069565b5095945050505050565b5f604082840312156130a4575f5ffd5b6130ac612f84565b823581526020928301359281019290925250919050565b5f82601f8301126130d2575f5ffd5b81356130e061303e82612fff565b8082825260208201915060208360061b860101925085831115613101575f5ffd5b602085015b8381101561308a576131188782613094565b8352602090920191604001613106565b5f82601f830112613137575f5ffd5b61313f612f84565b806040840185811115613150575f5ffd5b845b8181101561316a578035845260209384019301613152565b509095945050505050565b5f60808284031215613185575f5ffd5b61318d612f84565b90506131998383613128565b81526131a88360408401613128565b602082015292915050565b5f82601f8301126131c2575f5ffd5b81356131d061303e82612fff565b8082825260208201915060208360051b8601019250858311156131f1575f5ffd5b602085015b8381101561308a5780356001600160401b03811115613213575f5ffd5b613222886020838a0101613021565b845250602092830192016131f6565b5f5f5f5f5f60808688031215613245575f5ffd5b8535945060208601356001600160401b03811115613261575f5ffd5b61326d88828901612bc7565b909550935050604086013561328181612b7e565b915060608601356001600160401b0381111561329b575f5ffd5b860161018081890312156132ad575f5ffd5b6132b5612fac565b81356001600160401b038111156132ca575f5ffd5b6132d68a828501613021565b82525060208201356001600160401b038111156132f1575f5ffd5b6132fd8a8285016130c3565b60208301525060408201356001600160401b0381111561331b575f5ffd5b6133278a8285016130c3565b60408301525061333a8960608401613175565b606082015261334c8960e08401613094565b60808201526101208201356001600160401b0381111561336a575f5ffd5b6133768a828501613021565b60a0830152506101408201356001600160401b03811115613395575f5ffd5b6133a18a828501613021565b60c0830152506101608201356001600160401b038111156133c0575f5ffd5b6133cc8a8285016131b3565b60e08301525080925050509295509295909350565b5f8151808452602084019350602083015f5b82811015612d945781516001600160601b03168652602095860195909101906001016133f3565b604081525f835160408084015261343460808401826133e1565b90506020850151603f1984830301606085015261345182826133e1565b925050508260208301529392505050565b5f6060828403128015613473575f5ffd5b509092915050565b5f6020828403121561348b575f5ffd5b81356117e781612eb0565b80356001600160601b03811681146127d9575f5ffd5b5f5f5f606084860312156134be575f5ffd5b8335925060208401356134d081612eb0565b91506134de60408501613496565b90509250925092565b5f5f5f5f608085870312156134fa575f5ffd5b843561350581612eb0565b9350602085013561351581612b7e565b93969395505050506040820135916060013590565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f63ffffffff821663ffffffff810361356d5761356d61353e565b60010192915050565b600181811c9082168061358a57607f821691505b6020821081036135a857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156135f257805f5260205f20601f840160051c810160208510156135d35750805b601f840160051c820191505b81811015611a39575f81556001016135df565b505050565b6001600160401b0383111561360e5761360e612f70565b6136228361361c8354613576565b836135ae565b5f601f841160018114613653575f851561363c5750838201355b5f19600387901b1c1916600186901b178355611a39565b5f83815260208120601f198716915b828110156136825786850135825560209485019460019092019101613662565b508682101561369e575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b6001600160601b038281168282160390811115611a8b57611a8b61353e565b5f6001820161370e5761370e61353e565b5060010190565b5f60408284031215613725575f5ffd5b6117e78383613094565b5f6020828403121561373f575f5ffd5b6117e782613496565b6001600160601b038181168382160190811115611a8b57611a8b61353e565b63ffffffff60e01b8360e01b1681525f600482018351602085015f5b828110156137a1578151845260209384019390910190600101613783565b50919695505050505050565b81356137b881612b7e565b63ffffffff8116905081548163ffffffff19821617835560208401356137dd81612b7e565b67ffffffff000000008160201b16905080836001600160401b0319841617178455604085013561380c81612eb0565b68ff00000000000000008160401b168468ffffffffffffffffff198516178317178555505050505050565b60608101823561384681612b7e565b63ffffffff168252602083013561385c81612b7e565b63ffffffff166020830152604083013561387581612eb0565b60ff811660408401525092915050565b81810381811115611a8b57611a8b61353e565b5f826138b257634e487b7160e01b5f52601260045260245ffd5b500690565b5f816138c5576138c561353e565b505f19019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// EigenDARegistry is an auto generated Go binding around an Ethereum contract.
type EigenDARegistry struct {
	abi abi.ABI
}

// NewEigenDARegistry creates a new instance of EigenDARegistry.
func NewEigenDARegistry() *EigenDARegistry {
	parsed, err := EigenDARegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EigenDARegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EigenDARegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, uint8 initialQuorumCount) returns()
func (eigenDARegistry *EigenDARegistry) PackConstructor(initialOwner common.Address, initialQuorumCount uint8) []byte {
	enc, err := eigenDARegistry.abi.Pack("", initialOwner, initialQuorumCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXQUORUMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dd1ec53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_QUORUMS() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) PackMAXQUORUMS() []byte {
	enc, err := eigenDARegistry.abi.Pack("MAX_QUORUMS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXQUORUMS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dd1ec53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_QUORUMS() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) TryPackMAXQUORUMS() ([]byte, error) {
	return eigenDARegistry.abi.Pack("MAX_QUORUMS")
}

// UnpackMAXQUORUMS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9dd1ec53.
//
// Solidity: function MAX_QUORUMS() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) UnpackMAXQUORUMS(data []byte) (uint8, error) {
	out, err := eigenDARegistry.abi.Unpack("MAX_QUORUMS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAddRelayInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x072bfc45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addRelayInfo(string url) returns(uint32 key)
func (eigenDARegistry *EigenDARegistry) PackAddRelayInfo(url string) []byte {
	enc, err := eigenDARegistry.abi.Pack("addRelayInfo", url)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddRelayInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x072bfc45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addRelayInfo(string url) returns(uint32 key)
func (eigenDARegistry *EigenDARegistry) TryPackAddRelayInfo(url string) ([]byte, error) {
	return eigenDARegistry.abi.Pack("addRelayInfo", url)
}

// UnpackAddRelayInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x072bfc45.
//
// Solidity: function addRelayInfo(string url) returns(uint32 key)
func (eigenDARegistry *EigenDARegistry) UnpackAddRelayInfo(data []byte) (uint32, error) {
	out, err := eigenDARegistry.abi.Unpack("addRelayInfo", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAddVersionedBlobParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a476982.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addVersionedBlobParams((uint32,uint32,uint8) params) returns(uint16 version)
func (eigenDARegistry *EigenDARegistry) PackAddVersionedBlobParams(params EigenDATypesVersionedBlobParams) []byte {
	enc, err := eigenDARegistry.abi.Pack("addVersionedBlobParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddVersionedBlobParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a476982.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addVersionedBlobParams((uint32,uint32,uint8) params) returns(uint16 version)
func (eigenDARegistry *EigenDARegistry) TryPackAddVersionedBlobParams(params EigenDATypesVersionedBlobParams) ([]byte, error) {
	return eigenDARegistry.abi.Pack("addVersionedBlobParams", params)
}

// UnpackAddVersionedBlobParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a476982.
//
// Solidity: function addVersionedBlobParams((uint32,uint32,uint8) params) returns(uint16 version)
func (eigenDARegistry *EigenDARegistry) UnpackAddVersionedBlobParams(data []byte) (uint16, error) {
	out, err := eigenDARegistry.abi.Unpack("addVersionedBlobParams", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCheckSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6efb4636.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (eigenDARegistry *EigenDARegistry) PackCheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params EigenDATypesNonSignerStakesAndSignature) []byte {
	enc, err := eigenDARegistry.abi.Pack("checkSignatures", msgHash, quorumNumbers, referenceBlockNumber, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckSignatures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6efb4636.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (eigenDARegistry *EigenDARegistry) TryPackCheckSignatures(msgHash [32]byte, quorumNumbers []byte, referenceBlockNumber uint32, params EigenDATypesNonSignerStakesAndSignature) ([]byte, error) {
	return eigenDARegistry.abi.Pack("checkSignatures", msgHash, quorumNumbers, referenceBlockNumber, params)
}

// CheckSignaturesOutput serves as a container for the return parameters of contract
// method CheckSignatures.
type CheckSignaturesOutput struct {
	Totals              EigenDATypesQuorumStakeTotals
	SignatoryRecordHash [32]byte
}

// UnpackCheckSignatures is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6efb4636.
//
// Solidity: function checkSignatures(bytes32 msgHash, bytes quorumNumbers, uint32 referenceBlockNumber, (uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]) params) view returns((uint96[],uint96[]) totals, bytes32 signatoryRecordHash)
func (eigenDARegistry *EigenDARegistry) UnpackCheckSignatures(data []byte) (CheckSignaturesOutput, error) {
	out, err := eigenDARegistry.abi.Unpack("checkSignatures", data)
	outstruct := new(CheckSignaturesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Totals = *abi.ConvertType(out[0], new(EigenDATypesQuorumStakeTotals)).(*EigenDATypesQuorumStakeTotals)
	outstruct.SignatoryRecordHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackCurrentApk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3db80e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentApk(uint8 quorum) view returns((uint256,uint256))
func (eigenDARegistry *EigenDARegistry) PackCurrentApk(quorum uint8) []byte {
	enc, err := eigenDARegistry.abi.Pack("currentApk", quorum)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentApk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3db80e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentApk(uint8 quorum) view returns((uint256,uint256))
func (eigenDARegistry *EigenDARegistry) TryPackCurrentApk(quorum uint8) ([]byte, error) {
	return eigenDARegistry.abi.Pack("currentApk", quorum)
}

// UnpackCurrentApk is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3db80e2.
//
// Solidity: function currentApk(uint8 quorum) view returns((uint256,uint256))
func (eigenDARegistry *EigenDARegistry) UnpackCurrentApk(data []byte) (BN254G1Point, error) {
	out, err := eigenDARegistry.abi.Unpack("currentApk", data)
	if err != nil {
		return *new(BN254G1Point), err
	}
	out0 := *abi.ConvertType(out[0], new(BN254G1Point)).(*BN254G1Point)
	return out0, nil
}

// PackDeregisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28abc8ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregisterOperator(bytes32 operatorId) returns()
func (eigenDARegistry *EigenDARegistry) PackDeregisterOperator(operatorId [32]byte) []byte {
	enc, err := eigenDARegistry.abi.Pack("deregisterOperator", operatorId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28abc8ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregisterOperator(bytes32 operatorId) returns()
func (eigenDARegistry *EigenDARegistry) TryPackDeregisterOperator(operatorId [32]byte) ([]byte, error) {
	return eigenDARegistry.abi.Pack("deregisterOperator", operatorId)
}

// PackGetApkHashAtBlockNumberAndIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68bccaac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApkHashAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(bytes24)
func (eigenDARegistry *EigenDARegistry) PackGetApkHashAtBlockNumberAndIndex(quorum uint8, blockNumber uint32, index *big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("getApkHashAtBlockNumberAndIndex", quorum, blockNumber, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApkHashAtBlockNumberAndIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68bccaac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApkHashAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(bytes24)
func (eigenDARegistry *EigenDARegistry) TryPackGetApkHashAtBlockNumberAndIndex(quorum uint8, blockNumber uint32, index *big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getApkHashAtBlockNumberAndIndex", quorum, blockNumber, index)
}

// UnpackGetApkHashAtBlockNumberAndIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68bccaac.
//
// Solidity: function getApkHashAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(bytes24)
func (eigenDARegistry *EigenDARegistry) UnpackGetApkHashAtBlockNumberAndIndex(data []byte) ([24]byte, error) {
	out, err := eigenDARegistry.abi.Unpack("getApkHashAtBlockNumberAndIndex", data)
	if err != nil {
		return *new([24]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([24]byte)).(*[24]byte)
	return out0, nil
}

// PackGetBlobParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ecfe72b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBlobParams(uint16 version) view returns((uint32,uint32,uint8))
func (eigenDARegistry *EigenDARegistry) PackGetBlobParams(version uint16) []byte {
	enc, err := eigenDARegistry.abi.Pack("getBlobParams", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBlobParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ecfe72b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBlobParams(uint16 version) view returns((uint32,uint32,uint8))
func (eigenDARegistry *EigenDARegistry) TryPackGetBlobParams(version uint16) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getBlobParams", version)
}

// UnpackGetBlobParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ecfe72b.
//
// Solidity: function getBlobParams(uint16 version) view returns((uint32,uint32,uint8))
func (eigenDARegistry *EigenDARegistry) UnpackGetBlobParams(data []byte) (EigenDATypesVersionedBlobParams, error) {
	out, err := eigenDARegistry.abi.Unpack("getBlobParams", data)
	if err != nil {
		return *new(EigenDATypesVersionedBlobParams), err
	}
	out0 := *abi.ConvertType(out[0], new(EigenDATypesVersionedBlobParams)).(*EigenDATypesVersionedBlobParams)
	return out0, nil
}

// PackGetCheckSignaturesIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f739f74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCheckSignaturesIndices(address , uint32 referenceBlockNumber, bytes quorumNumbers, bytes32[] nonSignerOperatorIds) view returns((uint32[],uint32[],uint32[],uint32[][]) out)
func (eigenDARegistry *EigenDARegistry) PackGetCheckSignaturesIndices(arg0 common.Address, referenceBlockNumber uint32, quorumNumbers []byte, nonSignerOperatorIds [][32]byte) []byte {
	enc, err := eigenDARegistry.abi.Pack("getCheckSignaturesIndices", arg0, referenceBlockNumber, quorumNumbers, nonSignerOperatorIds)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCheckSignaturesIndices is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f739f74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCheckSignaturesIndices(address , uint32 referenceBlockNumber, bytes quorumNumbers, bytes32[] nonSignerOperatorIds) view returns((uint32[],uint32[],uint32[],uint32[][]) out)
func (eigenDARegistry *EigenDARegistry) TryPackGetCheckSignaturesIndices(arg0 common.Address, referenceBlockNumber uint32, quorumNumbers []byte, nonSignerOperatorIds [][32]byte) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getCheckSignaturesIndices", arg0, referenceBlockNumber, quorumNumbers, nonSignerOperatorIds)
}

// UnpackGetCheckSignaturesIndices is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f739f74.
//
// Solidity: function getCheckSignaturesIndices(address , uint32 referenceBlockNumber, bytes quorumNumbers, bytes32[] nonSignerOperatorIds) view returns((uint32[],uint32[],uint32[],uint32[][]) out)
func (eigenDARegistry *EigenDARegistry) UnpackGetCheckSignaturesIndices(data []byte) (EigenDATypesCheckSignaturesIndices, error) {
	out, err := eigenDARegistry.abi.Unpack("getCheckSignaturesIndices", data)
	if err != nil {
		return *new(EigenDATypesCheckSignaturesIndices), err
	}
	out0 := *abi.ConvertType(out[0], new(EigenDATypesCheckSignaturesIndices)).(*EigenDATypesCheckSignaturesIndices)
	return out0, nil
}

// PackGetQuorumBitmapAtBlockNumberByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04ec6351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index) view returns(uint192)
func (eigenDARegistry *EigenDARegistry) PackGetQuorumBitmapAtBlockNumberByIndex(operatorId [32]byte, blockNumber uint32, index *big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("getQuorumBitmapAtBlockNumberByIndex", operatorId, blockNumber, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetQuorumBitmapAtBlockNumberByIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04ec6351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index) view returns(uint192)
func (eigenDARegistry *EigenDARegistry) TryPackGetQuorumBitmapAtBlockNumberByIndex(operatorId [32]byte, blockNumber uint32, index *big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getQuorumBitmapAtBlockNumberByIndex", operatorId, blockNumber, index)
}

// UnpackGetQuorumBitmapAtBlockNumberByIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04ec6351.
//
// Solidity: function getQuorumBitmapAtBlockNumberByIndex(bytes32 operatorId, uint32 blockNumber, uint256 index) view returns(uint192)
func (eigenDARegistry *EigenDARegistry) UnpackGetQuorumBitmapAtBlockNumberByIndex(data []byte) (*big.Int, error) {
	out, err := eigenDARegistry.abi.Unpack("getQuorumBitmapAtBlockNumberByIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetStakeAtBlockNumberAndIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2be94ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStakeAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, bytes32 operatorId, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) PackGetStakeAtBlockNumberAndIndex(quorum uint8, blockNumber uint32, operatorId [32]byte, index *big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("getStakeAtBlockNumberAndIndex", quorum, blockNumber, operatorId, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStakeAtBlockNumberAndIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2be94ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStakeAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, bytes32 operatorId, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) TryPackGetStakeAtBlockNumberAndIndex(quorum uint8, blockNumber uint32, operatorId [32]byte, index *big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getStakeAtBlockNumberAndIndex", quorum, blockNumber, operatorId, index)
}

// UnpackGetStakeAtBlockNumberAndIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2be94ae.
//
// Solidity: function getStakeAtBlockNumberAndIndex(uint8 quorum, uint32 blockNumber, bytes32 operatorId, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) UnpackGetStakeAtBlockNumberAndIndex(data []byte) (*big.Int, error) {
	out, err := eigenDARegistry.abi.Unpack("getStakeAtBlockNumberAndIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTotalStakeAtBlockNumberFromIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8294c56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalStakeAtBlockNumberFromIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) PackGetTotalStakeAtBlockNumberFromIndex(quorum uint8, blockNumber uint32, index *big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("getTotalStakeAtBlockNumberFromIndex", quorum, blockNumber, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalStakeAtBlockNumberFromIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8294c56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalStakeAtBlockNumberFromIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) TryPackGetTotalStakeAtBlockNumberFromIndex(quorum uint8, blockNumber uint32, index *big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("getTotalStakeAtBlockNumberFromIndex", quorum, blockNumber, index)
}

// UnpackGetTotalStakeAtBlockNumberFromIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8294c56.
//
// Solidity: function getTotalStakeAtBlockNumberFromIndex(uint8 quorum, uint32 blockNumber, uint256 index) view returns(uint96)
func (eigenDARegistry *EigenDARegistry) UnpackGetTotalStakeAtBlockNumberFromIndex(data []byte) (*big.Int, error) {
	out, err := eigenDARegistry.abi.Unpack("getTotalStakeAtBlockNumberFromIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextBlobVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32430f14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextBlobVersion() view returns(uint16)
func (eigenDARegistry *EigenDARegistry) PackNextBlobVersion() []byte {
	enc, err := eigenDARegistry.abi.Pack("nextBlobVersion")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextBlobVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x32430f14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextBlobVersion() view returns(uint16)
func (eigenDARegistry *EigenDARegistry) TryPackNextBlobVersion() ([]byte, error) {
	return eigenDARegistry.abi.Pack("nextBlobVersion")
}

// UnpackNextBlobVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x32430f14.
//
// Solidity: function nextBlobVersion() view returns(uint16)
func (eigenDARegistry *EigenDARegistry) UnpackNextBlobVersion(data []byte) (uint16, error) {
	out, err := eigenDARegistry.abi.Unpack("nextBlobVersion", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNextRelayKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ddaa5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextRelayKey() view returns(uint32)
func (eigenDARegistry *EigenDARegistry) PackNextRelayKey() []byte {
	enc, err := eigenDARegistry.abi.Pack("nextRelayKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextRelayKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ddaa5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextRelayKey() view returns(uint32)
func (eigenDARegistry *EigenDARegistry) TryPackNextRelayKey() ([]byte, error) {
	return eigenDARegistry.abi.Pack("nextRelayKey")
}

// UnpackNextRelayKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15ddaa5d.
//
// Solidity: function nextRelayKey() view returns(uint32)
func (eigenDARegistry *EigenDARegistry) UnpackNextRelayKey(data []byte) (uint32, error) {
	out, err := eigenDARegistry.abi.Unpack("nextRelayKey", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (eigenDARegistry *EigenDARegistry) PackOwner() []byte {
	enc, err := eigenDARegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (eigenDARegistry *EigenDARegistry) TryPackOwner() ([]byte, error) {
	return eigenDARegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (eigenDARegistry *EigenDARegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := eigenDARegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuorumCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa1653d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumCount() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) PackQuorumCount() []byte {
	enc, err := eigenDARegistry.abi.Pack("quorumCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9aa1653d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumCount() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) TryPackQuorumCount() ([]byte, error) {
	return eigenDARegistry.abi.Pack("quorumCount")
}

// UnpackQuorumCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9aa1653d.
//
// Solidity: function quorumCount() view returns(uint8)
func (eigenDARegistry *EigenDARegistry) UnpackQuorumCount(data []byte) (uint8, error) {
	out, err := eigenDARegistry.abi.Unpack("quorumCount", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd2de88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOperator((uint256,uint256) pubkey, bytes quorums, uint96[] stakes) returns()
func (eigenDARegistry *EigenDARegistry) PackRegisterOperator(pubkey BN254G1Point, quorums []byte, stakes []*big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("registerOperator", pubkey, quorums, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6dd2de88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerOperator((uint256,uint256) pubkey, bytes quorums, uint96[] stakes) returns()
func (eigenDARegistry *EigenDARegistry) TryPackRegisterOperator(pubkey BN254G1Point, quorums []byte, stakes []*big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("registerOperator", pubkey, quorums, stakes)
}

// PackRelayKeyToUrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631eabb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relayKeyToUrl(uint32 ) view returns(string)
func (eigenDARegistry *EigenDARegistry) PackRelayKeyToUrl(arg0 uint32) []byte {
	enc, err := eigenDARegistry.abi.Pack("relayKeyToUrl", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelayKeyToUrl is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x631eabb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relayKeyToUrl(uint32 ) view returns(string)
func (eigenDARegistry *EigenDARegistry) TryPackRelayKeyToUrl(arg0 uint32) ([]byte, error) {
	return eigenDARegistry.abi.Pack("relayKeyToUrl", arg0)
}

// UnpackRelayKeyToUrl is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x631eabb8.
//
// Solidity: function relayKeyToUrl(uint32 ) view returns(string)
func (eigenDARegistry *EigenDARegistry) UnpackRelayKeyToUrl(data []byte) (string, error) {
	out, err := eigenDARegistry.abi.Unpack("relayKeyToUrl", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSetOperatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd585ac15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperatorStake(bytes32 operatorId, uint8 quorum, uint96 stake) returns()
func (eigenDARegistry *EigenDARegistry) PackSetOperatorStake(operatorId [32]byte, quorum uint8, stake *big.Int) []byte {
	enc, err := eigenDARegistry.abi.Pack("setOperatorStake", operatorId, quorum, stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperatorStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd585ac15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperatorStake(bytes32 operatorId, uint8 quorum, uint96 stake) returns()
func (eigenDARegistry *EigenDARegistry) TryPackSetOperatorStake(operatorId [32]byte, quorum uint8, stake *big.Int) ([]byte, error) {
	return eigenDARegistry.abi.Pack("setOperatorStake", operatorId, quorum, stake)
}

// EigenDARegistryBlobParamsAdded represents a BlobParamsAdded event raised by the EigenDARegistry contract.
type EigenDARegistryBlobParamsAdded struct {
	Version uint16
	Params  EigenDATypesVersionedBlobParams
	Raw     *types.Log // Blockchain specific contextual infos
}

const EigenDARegistryBlobParamsAddedEventName = "BlobParamsAdded"

// ContractEventName returns the user-defined event name.
func (EigenDARegistryBlobParamsAdded) ContractEventName() string {
	return EigenDARegistryBlobParamsAddedEventName
}

// UnpackBlobParamsAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlobParamsAdded(uint16 indexed version, (uint32,uint32,uint8) params)
func (eigenDARegistry *EigenDARegistry) UnpackBlobParamsAddedEvent(log *types.Log) (*EigenDARegistryBlobParamsAdded, error) {
	event := "BlobParamsAdded"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDARegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDARegistryBlobParamsAdded)
	if len(log.Data) > 0 {
		if err := eigenDARegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDARegistry.abi.Events[event].Inputs {
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

// EigenDARegistryOperatorDeregistered represents a OperatorDeregistered event raised by the EigenDARegistry contract.
type EigenDARegistryOperatorDeregistered struct {
	OperatorId [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const EigenDARegistryOperatorDeregisteredEventName = "OperatorDeregistered"

// ContractEventName returns the user-defined event name.
func (EigenDARegistryOperatorDeregistered) ContractEventName() string {
	return EigenDARegistryOperatorDeregisteredEventName
}

// UnpackOperatorDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorDeregistered(bytes32 indexed operatorId)
func (eigenDARegistry *EigenDARegistry) UnpackOperatorDeregisteredEvent(log *types.Log) (*EigenDARegistryOperatorDeregistered, error) {
	event := "OperatorDeregistered"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDARegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDARegistryOperatorDeregistered)
	if len(log.Data) > 0 {
		if err := eigenDARegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDARegistry.abi.Events[event].Inputs {
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

// EigenDARegistryOperatorRegistered represents a OperatorRegistered event raised by the EigenDARegistry contract.
type EigenDARegistryOperatorRegistered struct {
	OperatorId   [32]byte
	QuorumBitmap *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const EigenDARegistryOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (EigenDARegistryOperatorRegistered) ContractEventName() string {
	return EigenDARegistryOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(bytes32 indexed operatorId, uint256 quorumBitmap)
func (eigenDARegistry *EigenDARegistry) UnpackOperatorRegisteredEvent(log *types.Log) (*EigenDARegistryOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDARegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDARegistryOperatorRegistered)
	if len(log.Data) > 0 {
		if err := eigenDARegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDARegistry.abi.Events[event].Inputs {
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

// EigenDARegistryOperatorStakeUpdated represents a OperatorStakeUpdated event raised by the EigenDARegistry contract.
type EigenDARegistryOperatorStakeUpdated struct {
	OperatorId [32]byte
	Quorum     uint8
	Stake      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const EigenDARegistryOperatorStakeUpdatedEventName = "OperatorStakeUpdated"

// ContractEventName returns the user-defined event name.
func (EigenDARegistryOperatorStakeUpdated) ContractEventName() string {
	return EigenDARegistryOperatorStakeUpdatedEventName
}

// UnpackOperatorStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorStakeUpdated(bytes32 indexed operatorId, uint8 indexed quorum, uint96 stake)
func (eigenDARegistry *EigenDARegistry) UnpackOperatorStakeUpdatedEvent(log *types.Log) (*EigenDARegistryOperatorStakeUpdated, error) {
	event := "OperatorStakeUpdated"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDARegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDARegistryOperatorStakeUpdated)
	if len(log.Data) > 0 {
		if err := eigenDARegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDARegistry.abi.Events[event].Inputs {
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

// EigenDARegistryRelayAdded represents a RelayAdded event raised by the EigenDARegistry contract.
type EigenDARegistryRelayAdded struct {
	Key uint32
	Url string
	Raw *types.Log // Blockchain specific contextual infos
}

const EigenDARegistryRelayAddedEventName = "RelayAdded"

// ContractEventName returns the user-defined event name.
func (EigenDARegistryRelayAdded) ContractEventName() string {
	return EigenDARegistryRelayAddedEventName
}

// UnpackRelayAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayAdded(uint32 indexed key, string url)
func (eigenDARegistry *EigenDARegistry) UnpackRelayAddedEvent(log *types.Log) (*EigenDARegistryRelayAdded, error) {
	event := "RelayAdded"
	if len(log.Topics) == 0 || log.Topics[0] != eigenDARegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(EigenDARegistryRelayAdded)
	if len(log.Data) > 0 {
		if err := eigenDARegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eigenDARegistry.abi.Events[event].Inputs {
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
func (eigenDARegistry *EigenDARegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["InvalidBlobVersion"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackInvalidBlobVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["InvalidPubkey"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackInvalidPubkeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["NoHistoryAt"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackNoHistoryAtError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["PrecompileFailed"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackPrecompileFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], eigenDARegistry.abi.Errors["UnknownQuorum"].ID.Bytes()[:4]) {
		return eigenDARegistry.UnpackUnknownQuorumError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EigenDARegistryAlreadyRegistered represents a AlreadyRegistered error raised by the EigenDARegistry contract.
type EigenDARegistryAlreadyRegistered struct {
	OperatorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(bytes32 operatorId)
func EigenDARegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x77caf672214035207a45708060aa1e2e66841e1b2dbaefae83058807272a7a8a")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(bytes32 operatorId)
func (eigenDARegistry *EigenDARegistry) UnpackAlreadyRegisteredError(raw []byte) (*EigenDARegistryAlreadyRegistered, error) {
	out := new(EigenDARegistryAlreadyRegistered)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryInvalidBlobVersion represents a InvalidBlobVersion error raised by the EigenDARegistry contract.
type EigenDARegistryInvalidBlobVersion struct {
	Version uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBlobVersion(uint16 version)
func EigenDARegistryInvalidBlobVersionErrorID() common.Hash {
	return common.HexToHash("0xe5bf4fdf64d0393b18487f0edb0b19a7be04f8558609753a3716674ff1855396")
}

// UnpackInvalidBlobVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBlobVersion(uint16 version)
func (eigenDARegistry *EigenDARegistry) UnpackInvalidBlobVersionError(raw []byte) (*EigenDARegistryInvalidBlobVersion, error) {
	out := new(EigenDARegistryInvalidBlobVersion)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "InvalidBlobVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryInvalidPubkey represents a InvalidPubkey error raised by the EigenDARegistry contract.
type EigenDARegistryInvalidPubkey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPubkey()
func EigenDARegistryInvalidPubkeyErrorID() common.Hash {
	return common.HexToHash("0x422cc3b728e9d2e85fcf8eb860f666fb30de4eaf9347126d1efaea29e5e968c1")
}

// UnpackInvalidPubkeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPubkey()
func (eigenDARegistry *EigenDARegistry) UnpackInvalidPubkeyError(raw []byte) (*EigenDARegistryInvalidPubkey, error) {
	out := new(EigenDARegistryInvalidPubkey)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "InvalidPubkey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryLengthMismatch represents a LengthMismatch error raised by the EigenDARegistry contract.
type EigenDARegistryLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func EigenDARegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (eigenDARegistry *EigenDARegistry) UnpackLengthMismatchError(raw []byte) (*EigenDARegistryLengthMismatch, error) {
	out := new(EigenDARegistryLengthMismatch)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryNoHistoryAt represents a NoHistoryAt error raised by the EigenDARegistry contract.
type EigenDARegistryNoHistoryAt struct {
	BlockNumber uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHistoryAt(uint32 blockNumber)
func EigenDARegistryNoHistoryAtErrorID() common.Hash {
	return common.HexToHash("0x40c335384e7662bcd34d7a63e25502a639681b0a7e58c690ef38434e8ccf1c80")
}

// UnpackNoHistoryAtError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHistoryAt(uint32 blockNumber)
func (eigenDARegistry *EigenDARegistry) UnpackNoHistoryAtError(raw []byte) (*EigenDARegistryNoHistoryAt, error) {
	out := new(EigenDARegistryNoHistoryAt)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "NoHistoryAt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryNotOwner represents a NotOwner error raised by the EigenDARegistry contract.
type EigenDARegistryNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func EigenDARegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (eigenDARegistry *EigenDARegistry) UnpackNotOwnerError(raw []byte) (*EigenDARegistryNotOwner, error) {
	out := new(EigenDARegistryNotOwner)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryNotRegistered represents a NotRegistered error raised by the EigenDARegistry contract.
type EigenDARegistryNotRegistered struct {
	OperatorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered(bytes32 operatorId)
func EigenDARegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x8cc00d16d993ecf8307809fb88fda776e550116fa44f080c604d0c3d12d1a849")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered(bytes32 operatorId)
func (eigenDARegistry *EigenDARegistry) UnpackNotRegisteredError(raw []byte) (*EigenDARegistryNotRegistered, error) {
	out := new(EigenDARegistryNotRegistered)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryPrecompileFailed represents a PrecompileFailed error raised by the EigenDARegistry contract.
type EigenDARegistryPrecompileFailed struct {
	Precompile *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func EigenDARegistryPrecompileFailedErrorID() common.Hash {
	return common.HexToHash("0x00a48593f9c209d4d7e3b1ee4f754577225379f193a95f3a1400534a74238e14")
}

// UnpackPrecompileFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PrecompileFailed(uint256 precompile)
func (eigenDARegistry *EigenDARegistry) UnpackPrecompileFailedError(raw []byte) (*EigenDARegistryPrecompileFailed, error) {
	out := new(EigenDARegistryPrecompileFailed)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "PrecompileFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDARegistryUnknownQuorum represents a UnknownQuorum error raised by the EigenDARegistry contract.
type EigenDARegistryUnknownQuorum struct {
	Quorum uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownQuorum(uint8 quorum)
func EigenDARegistryUnknownQuorumErrorID() common.Hash {
	return common.HexToHash("0x81b72d7dda6c2a8f0a7d1496aa75a308be743aa95e682fc59996d86cd81f212f")
}

// UnpackUnknownQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownQuorum(uint8 quorum)
func (eigenDARegistry *EigenDARegistry) UnpackUnknownQuorumError(raw []byte) (*EigenDARegistryUnknownQuorum, error) {
	out := new(EigenDARegistryUnknownQuorum)
	if err := eigenDARegistry.abi.UnpackIntoInterface(out, "UnknownQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EigenDATypesMetaData contains all meta data concerning the EigenDATypes contract.
var EigenDATypesMetaData = bind.MetaData{
	ABI: "[]",
	ID:  "EigenDATypes",
	Bin: "0x601f6032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffd",
}

// EigenDATypes is an auto generated Go binding around an Ethereum contract.
type EigenDATypes struct {
	abi abi.ABI
}

// NewEigenDATypes creates a new instance of EigenDATypes.
func NewEigenDATypes() *EigenDATypes {
	parsed, err := EigenDATypesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EigenDATypes{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EigenDATypes) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// GasPriceOracleMetaData contains all meta data concerning the GasPriceOracle contract.
var GasPriceOracleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"what\",\"type\":\"string\"}],\"name\":\"Deprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"fork\",\"type\":\"string\"}],\"name\":\"ForkOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDepositor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DECIMALS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSITOR_ACCOUNT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L1_BLOCK\",\"outputs\":[{\"internalType\":\"contractIL1BlockValues\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"flzCompressLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasPrice\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"getL1Fee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_unsignedTxSize\",\"type\":\"uint256\"}],\"name\":\"getL1FeeUpperBound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"_data\",\"type\":\"bytes\"}],\"name\":\"getL1GasUsed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_gasUsed\",\"type\":\"uint256\"}],\"name\":\"getOperatorFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isEcotone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isFjord\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isIsthmus\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isJovian\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1BaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"overhead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scalar\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setEcotone\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setFjord\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setIsthmus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setJovian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "GasPriceOracle",
	Bin: "0x6080604052348015600e575f5ffd5b5061125c8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c806368d5dca6116100d9578063c598591811610093578063f1c7a58b1161006e578063f1c7a58b1461031b578063f45e65d81461032e578063f820614014610336578063fe173b97146102ac575f5ffd5b8063c5985918146102e5578063de26c4a1146102ed578063e591b28214610300575f5ffd5b806368d5dca61461028f5780636ef25c3a146102ac5780638e98b106146102b2578063960e3a23146102ba578063b3d72079146102cb578063b54501bc146102d3575f5ffd5b80632e0f26251161014457806349948e0e1161011f57806349948e0e146102365780634ef6e22414610249578063519b4bd31461025557806354fd4d501461025d575f5ffd5b80632e0f262514610201578063313ce567146102095780634771859014610210575f5ffd5b806303ef893a1461018b5780630c18c162146101b1578063105d0b81146101b957806322b90ab3146101dc578063275aedd2146101e6578063291b0383146101f9575b5f5ffd5b61019e610199366004610fbb565b61033e565b6040519081526020015b60405180910390f35b61019e6105ac565b5f546101cc906301000000900460ff1681565b60405190151581526020016101a8565b6101e461065f565b005b61019e6101f4366004611029565b6106b2565b6101e46107fa565b61019e600681565b600661019e565b61021e6015602160991b0181565b6040516001600160a01b0390911681526020016101a8565b61019e610244366004610fbb565b610869565b5f546101cc9060ff1681565b61019e610a69565b604080518082018252601081526f189718171816b7b832b73632b233b2b960811b602082015290516101a89190611040565b610297610aad565b60405163ffffffff90911681526020016101a8565b4861019e565b6101e4610b15565b5f546101cc90610100900460ff1681565b6101e4610b7a565b5f546101cc9062010000900460ff1681565b610297610bec565b61019e6102fb366004610fbb565b610c30565b61021e73deaddeaddeaddeaddeaddeaddeaddeaddead000181565b61019e610329366004611029565b610d12565b61019e610d8c565b61019e610e0f565b5f6103f0565b601f81169060209004602102811561035c5781016001015b919050565b5f190161010680820460030290600690830610600181146103875760038201915061038e565b6002820191505b50919050565b82840393505f5b8460208201116103be57808401820135818401830135036103be5760200161039b565b5b848110156103e8578084018201355f1a8184018301355f1a146103e0575f94505b6001016103bf565b949350505050565b82826040516180203682375f600c83111561040c5750600c1982015b5f60025b82811015610592575f5b61043b828801355f81901a600182901a60081b1760029190911a60101b1790565b611fff639e3779b9820260131c1660021b860180518060e01c93508460e01b6001600160e01b038216178252505081830385841061047a5750506104b6565b60019384019389840135600281901a60101b9181901a60081b5f9190911a17178214611fff82111516156104af5750506104b6565b505061041a565b8382106104c35750610592565b600182039150828211156104e1576104dc838303610344565b880197505b6104f66009850160038401600384018a610394565b905061050181610361565b909701960161055c8161053e61052e828a01355f81901a600182901a60081b1760029190911a60101b1790565b639e3779b90260131c611fff1690565b60021b860180516001600160e01b031660e09290921b919091179052565b6001016105878161053e61052e828a01355f81901a600182901a60081b1760029190911a60101b1790565b600101905080610410565b5061059e818503610344565b909501979650505050505050565b5f805460ff16156105f357604051600162b2da6d60e01b031981526020600482015260086024820152671bdd995c9a19585960c21b60448201526064015b60405180910390fd5b6015602160991b016001600160a01b0316638b239f736040518163ffffffff1660e01b8152600401602060405180830381865afa158015610636573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061065a9190611075565b905090565b610667610e53565b5f5460ff16156106a4576040516307dca61760e51b815260206004820152600760248201526645636f746f6e6560c81b60448201526064016105ea565b5f805460ff19166001179055565b5f805462010000900460ff166106c957505f919050565b5f6015602160991b016001600160a01b0316634d5d9a2a6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561070d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610731919061108c565b63ffffffff1690505f6015602160991b016001600160a01b03166316d3bc7f6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561077d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a191906110af565b67ffffffffffffffff1690505f60039054906101000a900460ff16156107e157806107cc83866110ea565b6107d79060646110ea565b6103e89190611101565b80620f42406107f084876110ea565b6107d79190611114565b610802610e53565b5f54610100900460ff16158061081f57505f5462010000900460ff165b15610857576040516307dca61760e51b8152602060048201526007602482015266497374686d757360c81b60448201526064016105ea565b5f805462ff0000191662010000179055565b5f8054610100900460ff161561089d57610896610886848461033e565b610891906044611101565b610e89565b9050610a63565b5f6108a88484610f1e565b6108b490610440611101565b5f5490915060ff1615610951575f6108ca610a69565b6108d2610bec565b6108e39063ffffffff1660106110ea565b6108ed91906110ea565b90505f6108f8610e0f565b610900610aad565b63ffffffff1661091091906110ea565b905061091e6006600a611216565b6109299060106110ea565b6109338284611101565b61093d90856110ea565b6109479190611114565b9350505050610a63565b5f6015602160991b016001600160a01b0316639e8c49666040518163ffffffff1660e01b8152600401602060405180830381865afa158015610995573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109b99190611075565b6109c1610a69565b6015602160991b016001600160a01b0316638b239f736040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a04573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a289190611075565b610a329085611101565b610a3c91906110ea565b610a4691906110ea565b9050610a546006600a611216565b610a5e9082611114565b925050505b92915050565b5f6015602160991b016001600160a01b0316635cf249696040518163ffffffff1660e01b8152600401602060405180830381865afa158015610636573d5f5f3e3d5ffd5b5f6015602160991b016001600160a01b03166368d5dca66040518163ffffffff1660e01b8152600401602060405180830381865afa158015610af1573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061065a919061108c565b610b1d610e53565b5f5460ff161580610b3457505f54610100900460ff165b15610b6a576040516307dca61760e51b8152602060048201526005602482015264119a9bdc9960da1b60448201526064016105ea565b5f805461ff001916610100179055565b610b82610e53565b5f5462010000900460ff161580610ba157505f546301000000900460ff165b15610bd8576040516307dca61760e51b81526020600482015260066024820152652537bb34b0b760d11b60448201526064016105ea565b5f805463ff00000019166301000000179055565b5f6015602160991b016001600160a01b031663c59859186040518163ffffffff1660e01b8152600401602060405180830381865afa158015610af1573d5f5f3e3d5ffd5b5f8054610100900460ff1615610c7657620f4240610c61610c51858561033e565b610c5c906044611101565b610f78565b610c6c9060106110ea565b6108969190611114565b5f610c818484610f1e565b610c8d90610440611101565b5f5490915060ff1615610ca1579050610a63565b6015602160991b016001600160a01b0316638b239f736040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ce4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d089190611075565b6103e89082611101565b5f8054610100900460ff16610d52576040516307dca61760e51b8152602060048201526005602482015264119a9bdc9960da1b60448201526064016105ea565b5f610d5e836044611101565b90505f610d6c60ff83611114565b610d769083611101565b610d81906010611101565b90506103e881610e89565b5f805460ff1615610dcc57604051600162b2da6d60e01b0319815260206004820152600660248201526539b1b0b630b960d11b60448201526064016105ea565b6015602160991b016001600160a01b0316639e8c49666040518163ffffffff1660e01b8152600401602060405180830381865afa158015610636573d5f5f3e3d5ffd5b5f6015602160991b016001600160a01b031663f82061406040518163ffffffff1660e01b8152600401602060405180830381865afa158015610636573d5f5f3e3d5ffd5b3373deaddeaddeaddeaddeaddeaddeaddeaddead000114610e8757604051633cc50b4560e01b815260040160405180910390fd5b565b5f5f610e93610e0f565b610e9b610aad565b63ffffffff16610eab91906110ea565b610eb3610a69565b610ebb610bec565b610ecc9063ffffffff1660106110ea565b610ed691906110ea565b610ee09190611101565b9050610eee600660026110ea565b610ef990600a611216565b81610f0385610f78565b610f0d91906110ea565b610f179190611114565b9392505050565b5f805b82811015610f7157838382818110610f3b57610f3b611221565b909101356001600160f81b031916159050610f57576010610f5a565b60045b610f679060ff1683611101565b9150600101610f21565b5092915050565b5f80610f8783620cc3946110ea565b610f9690630289cdff19611235565b9050610fa66064620f42406110ea565b811215610a6357610f176064620f42406110ea565b5f5f60208385031215610fcc575f5ffd5b823567ffffffffffffffff811115610fe2575f5ffd5b8301601f81018513610ff2575f5ffd5b803567ffffffffffffffff811115611008575f5ffd5b856020828401011115611019575f5ffd5b6020919091019590945092505050565b5f60208284031215611039575f5ffd5b5035919050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215611085575f5ffd5b5051919050565b5f6020828403121561109c575f5ffd5b815163ffffffff81168114610f17575f5ffd5b5f602082840312156110bf575f5ffd5b815167ffffffffffffffff81168114610f17575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610a6357610a636110d6565b80820180821115610a6357610a636110d6565b5f8261112e57634e487b7160e01b5f52601260045260245ffd5b500490565b6001815b600184111561116e57808504811115611152576111526110d6565b600184161561116057908102905b60019390931c928002611137565b935093915050565b5f8261118457506001610a63565b8161119057505f610a63565b81600181146111a657600281146111b0576111cc565b6001915050610a63565b60ff8411156111c1576111c16110d6565b50506001821b610a63565b5060208310610133831016604e8410600b84101617156111ef575081810a610a63565b6111fb5f198484611133565b805f190482111561120e5761120e6110d6565b029392505050565b5f610f178383611176565b634e487b7160e01b5f52603260045260245ffd5b8082018281125f831280158216821582161715611254576112546110d6565b50509291505056",
}

// GasPriceOracle is an auto generated Go binding around an Ethereum contract.
type GasPriceOracle struct {
	abi abi.ABI
}

// NewGasPriceOracle creates a new instance of GasPriceOracle.
func NewGasPriceOracle() *GasPriceOracle {
	parsed, err := GasPriceOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GasPriceOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GasPriceOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DECIMALS() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackDECIMALS() []byte {
	enc, err := gasPriceOracle.abi.Pack("DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e0f2625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DECIMALS() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackDECIMALS() ([]byte, error) {
	return gasPriceOracle.abi.Pack("DECIMALS")
}

// UnpackDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e0f2625.
//
// Solidity: function DECIMALS() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackDECIMALS(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("DECIMALS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (gasPriceOracle *GasPriceOracle) PackDEPOSITORACCOUNT() []byte {
	enc, err := gasPriceOracle.abi.Pack("DEPOSITOR_ACCOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (gasPriceOracle *GasPriceOracle) TryPackDEPOSITORACCOUNT() ([]byte, error) {
	return gasPriceOracle.abi.Pack("DEPOSITOR_ACCOUNT")
}

// UnpackDEPOSITORACCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe591b282.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (gasPriceOracle *GasPriceOracle) UnpackDEPOSITORACCOUNT(data []byte) (common.Address, error) {
	out, err := gasPriceOracle.abi.Unpack("DEPOSITOR_ACCOUNT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackL1BLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47718590.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L1_BLOCK() view returns(address)
func (gasPriceOracle *GasPriceOracle) PackL1BLOCK() []byte {
	enc, err := gasPriceOracle.abi.Pack("L1_BLOCK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1BLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47718590.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L1_BLOCK() view returns(address)
func (gasPriceOracle *GasPriceOracle) TryPackL1BLOCK() ([]byte, error) {
	return gasPriceOracle.abi.Pack("L1_BLOCK")
}

// UnpackL1BLOCK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x47718590.
//
// Solidity: function L1_BLOCK() view returns(address)
func (gasPriceOracle *GasPriceOracle) UnpackL1BLOCK(data []byte) (common.Address, error) {
	out, err := gasPriceOracle.abi.Unpack("L1_BLOCK", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackBaseFee() []byte {
	enc, err := gasPriceOracle.abi.Pack("baseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ef25c3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackBaseFee() ([]byte, error) {
	return gasPriceOracle.abi.Pack("baseFee")
}

// UnpackBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ef25c3a.
//
// Solidity: function baseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackBaseFee(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("baseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) PackBaseFeeScalar() []byte {
	enc, err := gasPriceOracle.abi.Pack("baseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) TryPackBaseFeeScalar() ([]byte, error) {
	return gasPriceOracle.abi.Pack("baseFeeScalar")
}

// UnpackBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5985918.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) UnpackBaseFeeScalar(data []byte) (uint32, error) {
	out, err := gasPriceOracle.abi.Unpack("baseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackBlobBaseFee() []byte {
	enc, err := gasPriceOracle.abi.Pack("blobBaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackBlobBaseFee() ([]byte, error) {
	return gasPriceOracle.abi.Pack("blobBaseFee")
}

// UnpackBlobBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8206140.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackBlobBaseFee(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("blobBaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) PackBlobBaseFeeScalar() []byte {
	enc, err := gasPriceOracle.abi.Pack("blobBaseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) TryPackBlobBaseFeeScalar() ([]byte, error) {
	return gasPriceOracle.abi.Pack("blobBaseFeeScalar")
}

// UnpackBlobBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68d5dca6.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (gasPriceOracle *GasPriceOracle) UnpackBlobBaseFeeScalar(data []byte) (uint32, error) {
	out, err := gasPriceOracle.abi.Unpack("blobBaseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackDecimals() []byte {
	enc, err := gasPriceOracle.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackDecimals() ([]byte, error) {
	return gasPriceOracle.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackDecimals(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("decimals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFlzCompressLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ef893a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flzCompressLength(bytes _data) pure returns(uint256 n)
func (gasPriceOracle *GasPriceOracle) PackFlzCompressLength(data []byte) []byte {
	enc, err := gasPriceOracle.abi.Pack("flzCompressLength", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlzCompressLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ef893a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flzCompressLength(bytes _data) pure returns(uint256 n)
func (gasPriceOracle *GasPriceOracle) TryPackFlzCompressLength(data []byte) ([]byte, error) {
	return gasPriceOracle.abi.Pack("flzCompressLength", data)
}

// UnpackFlzCompressLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03ef893a.
//
// Solidity: function flzCompressLength(bytes _data) pure returns(uint256 n)
func (gasPriceOracle *GasPriceOracle) UnpackFlzCompressLength(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("flzCompressLength", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe173b97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasPrice() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackGasPrice() []byte {
	enc, err := gasPriceOracle.abi.Pack("gasPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe173b97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasPrice() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackGasPrice() ([]byte, error) {
	return gasPriceOracle.abi.Pack("gasPrice")
}

// UnpackGasPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe173b97.
//
// Solidity: function gasPrice() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackGasPrice(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("gasPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetL1Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49948e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getL1Fee(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackGetL1Fee(data []byte) []byte {
	enc, err := gasPriceOracle.abi.Pack("getL1Fee", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetL1Fee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49948e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getL1Fee(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackGetL1Fee(data []byte) ([]byte, error) {
	return gasPriceOracle.abi.Pack("getL1Fee", data)
}

// UnpackGetL1Fee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49948e0e.
//
// Solidity: function getL1Fee(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackGetL1Fee(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("getL1Fee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetL1FeeUpperBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1c7a58b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getL1FeeUpperBound(uint256 _unsignedTxSize) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackGetL1FeeUpperBound(unsignedTxSize *big.Int) []byte {
	enc, err := gasPriceOracle.abi.Pack("getL1FeeUpperBound", unsignedTxSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetL1FeeUpperBound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1c7a58b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getL1FeeUpperBound(uint256 _unsignedTxSize) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackGetL1FeeUpperBound(unsignedTxSize *big.Int) ([]byte, error) {
	return gasPriceOracle.abi.Pack("getL1FeeUpperBound", unsignedTxSize)
}

// UnpackGetL1FeeUpperBound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1c7a58b.
//
// Solidity: function getL1FeeUpperBound(uint256 _unsignedTxSize) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackGetL1FeeUpperBound(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("getL1FeeUpperBound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetL1GasUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde26c4a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getL1GasUsed(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackGetL1GasUsed(data []byte) []byte {
	enc, err := gasPriceOracle.abi.Pack("getL1GasUsed", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetL1GasUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde26c4a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getL1GasUsed(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackGetL1GasUsed(data []byte) ([]byte, error) {
	return gasPriceOracle.abi.Pack("getL1GasUsed", data)
}

// UnpackGetL1GasUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde26c4a1.
//
// Solidity: function getL1GasUsed(bytes _data) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackGetL1GasUsed(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("getL1GasUsed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperatorFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x275aedd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperatorFee(uint256 _gasUsed) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackGetOperatorFee(gasUsed *big.Int) []byte {
	enc, err := gasPriceOracle.abi.Pack("getOperatorFee", gasUsed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperatorFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x275aedd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperatorFee(uint256 _gasUsed) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackGetOperatorFee(gasUsed *big.Int) ([]byte, error) {
	return gasPriceOracle.abi.Pack("getOperatorFee", gasUsed)
}

// UnpackGetOperatorFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x275aedd2.
//
// Solidity: function getOperatorFee(uint256 _gasUsed) view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackGetOperatorFee(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("getOperatorFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef6e224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEcotone() view returns(bool)
func (gasPriceOracle *GasPriceOracle) PackIsEcotone() []byte {
	enc, err := gasPriceOracle.abi.Pack("isEcotone")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ef6e224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEcotone() view returns(bool)
func (gasPriceOracle *GasPriceOracle) TryPackIsEcotone() ([]byte, error) {
	return gasPriceOracle.abi.Pack("isEcotone")
}

// UnpackIsEcotone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ef6e224.
//
// Solidity: function isEcotone() view returns(bool)
func (gasPriceOracle *GasPriceOracle) UnpackIsEcotone(data []byte) (bool, error) {
	out, err := gasPriceOracle.abi.Unpack("isEcotone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFjord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x960e3a23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFjord() view returns(bool)
func (gasPriceOracle *GasPriceOracle) PackIsFjord() []byte {
	enc, err := gasPriceOracle.abi.Pack("isFjord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFjord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x960e3a23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFjord() view returns(bool)
func (gasPriceOracle *GasPriceOracle) TryPackIsFjord() ([]byte, error) {
	return gasPriceOracle.abi.Pack("isFjord")
}

// UnpackIsFjord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x960e3a23.
//
// Solidity: function isFjord() view returns(bool)
func (gasPriceOracle *GasPriceOracle) UnpackIsFjord(data []byte) (bool, error) {
	out, err := gasPriceOracle.abi.Unpack("isFjord", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb54501bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isIsthmus() view returns(bool)
func (gasPriceOracle *GasPriceOracle) PackIsIsthmus() []byte {
	enc, err := gasPriceOracle.abi.Pack("isIsthmus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb54501bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isIsthmus() view returns(bool)
func (gasPriceOracle *GasPriceOracle) TryPackIsIsthmus() ([]byte, error) {
	return gasPriceOracle.abi.Pack("isIsthmus")
}

// UnpackIsIsthmus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb54501bc.
//
// Solidity: function isIsthmus() view returns(bool)
func (gasPriceOracle *GasPriceOracle) UnpackIsIsthmus(data []byte) (bool, error) {
	out, err := gasPriceOracle.abi.Unpack("isIsthmus", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x105d0b81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isJovian() view returns(bool)
func (gasPriceOracle *GasPriceOracle) PackIsJovian() []byte {
	enc, err := gasPriceOracle.abi.Pack("isJovian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x105d0b81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isJovian() view returns(bool)
func (gasPriceOracle *GasPriceOracle) TryPackIsJovian() ([]byte, error) {
	return gasPriceOracle.abi.Pack("isJovian")
}

// UnpackIsJovian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x105d0b81.
//
// Solidity: function isJovian() view returns(bool)
func (gasPriceOracle *GasPriceOracle) UnpackIsJovian(data []byte) (bool, error) {
	out, err := gasPriceOracle.abi.Unpack("isJovian", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL1BaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519b4bd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1BaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackL1BaseFee() []byte {
	enc, err := gasPriceOracle.abi.Pack("l1BaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1BaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519b4bd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1BaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackL1BaseFee() ([]byte, error) {
	return gasPriceOracle.abi.Pack("l1BaseFee")
}

// UnpackL1BaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x519b4bd3.
//
// Solidity: function l1BaseFee() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackL1BaseFee(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("l1BaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c18c162.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function overhead() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackOverhead() []byte {
	enc, err := gasPriceOracle.abi.Pack("overhead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c18c162.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function overhead() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackOverhead() ([]byte, error) {
	return gasPriceOracle.abi.Pack("overhead")
}

// UnpackOverhead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c18c162.
//
// Solidity: function overhead() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackOverhead(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("overhead", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf45e65d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scalar() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) PackScalar() []byte {
	enc, err := gasPriceOracle.abi.Pack("scalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf45e65d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scalar() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) TryPackScalar() ([]byte, error) {
	return gasPriceOracle.abi.Pack("scalar")
}

// UnpackScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf45e65d8.
//
// Solidity: function scalar() view returns(uint256)
func (gasPriceOracle *GasPriceOracle) UnpackScalar(data []byte) (*big.Int, error) {
	out, err := gasPriceOracle.abi.Unpack("scalar", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b90ab3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setEcotone() returns()
func (gasPriceOracle *GasPriceOracle) PackSetEcotone() []byte {
	enc, err := gasPriceOracle.abi.Pack("setEcotone")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22b90ab3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setEcotone() returns()
func (gasPriceOracle *GasPriceOracle) TryPackSetEcotone() ([]byte, error) {
	return gasPriceOracle.abi.Pack("setEcotone")
}

// PackSetFjord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e98b106.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFjord() returns()
func (gasPriceOracle *GasPriceOracle) PackSetFjord() []byte {
	enc, err := gasPriceOracle.abi.Pack("setFjord")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFjord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e98b106.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFjord() returns()
func (gasPriceOracle *GasPriceOracle) TryPackSetFjord() ([]byte, error) {
	return gasPriceOracle.abi.Pack("setFjord")
}

// PackSetIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291b0383.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIsthmus() returns()
func (gasPriceOracle *GasPriceOracle) PackSetIsthmus() []byte {
	enc, err := gasPriceOracle.abi.Pack("setIsthmus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x291b0383.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIsthmus() returns()
func (gasPriceOracle *GasPriceOracle) TryPackSetIsthmus() ([]byte, error) {
	return gasPriceOracle.abi.Pack("setIsthmus")
}

// PackSetJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d72079.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJovian() returns()
func (gasPriceOracle *GasPriceOracle) PackSetJovian() []byte {
	enc, err := gasPriceOracle.abi.Pack("setJovian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3d72079.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJovian() returns()
func (gasPriceOracle *GasPriceOracle) TryPackSetJovian() ([]byte, error) {
	return gasPriceOracle.abi.Pack("setJovian")
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (gasPriceOracle *GasPriceOracle) PackVersion() []byte {
	enc, err := gasPriceOracle.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(string)
func (gasPriceOracle *GasPriceOracle) TryPackVersion() ([]byte, error) {
	return gasPriceOracle.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (gasPriceOracle *GasPriceOracle) UnpackVersion(data []byte) (string, error) {
	out, err := gasPriceOracle.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gasPriceOracle *GasPriceOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gasPriceOracle.abi.Errors["Deprecated"].ID.Bytes()[:4]) {
		return gasPriceOracle.UnpackDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gasPriceOracle.abi.Errors["ForkOrder"].ID.Bytes()[:4]) {
		return gasPriceOracle.UnpackForkOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], gasPriceOracle.abi.Errors["NotDepositor"].ID.Bytes()[:4]) {
		return gasPriceOracle.UnpackNotDepositorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GasPriceOracleDeprecated represents a Deprecated error raised by the GasPriceOracle contract.
type GasPriceOracleDeprecated struct {
	What string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Deprecated(string what)
func GasPriceOracleDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xff4d2593a1a34477425c09f3a40720a42f95fe0823f0532ceca38251b09b56db")
}

// UnpackDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Deprecated(string what)
func (gasPriceOracle *GasPriceOracle) UnpackDeprecatedError(raw []byte) (*GasPriceOracleDeprecated, error) {
	out := new(GasPriceOracleDeprecated)
	if err := gasPriceOracle.abi.UnpackIntoInterface(out, "Deprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GasPriceOracleForkOrder represents a ForkOrder error raised by the GasPriceOracle contract.
type GasPriceOracleForkOrder struct {
	Fork string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForkOrder(string fork)
func GasPriceOracleForkOrderErrorID() common.Hash {
	return common.HexToHash("0xfb94c2e0082e78efcf51f7e780e4721b8c1ed3c20a10ed93b14ba8bec6bb923a")
}

// UnpackForkOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForkOrder(string fork)
func (gasPriceOracle *GasPriceOracle) UnpackForkOrderError(raw []byte) (*GasPriceOracleForkOrder, error) {
	out := new(GasPriceOracleForkOrder)
	if err := gasPriceOracle.abi.UnpackIntoInterface(out, "ForkOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GasPriceOracleNotDepositor represents a NotDepositor error raised by the GasPriceOracle contract.
type GasPriceOracleNotDepositor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDepositor()
func GasPriceOracleNotDepositorErrorID() common.Hash {
	return common.HexToHash("0x3cc50b455ec82761e893d2b6d1b95ca6f80ff2ed2c5fe2c3acbca74c0895b284")
}

// UnpackNotDepositorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDepositor()
func (gasPriceOracle *GasPriceOracle) UnpackNotDepositorError(raw []byte) (*GasPriceOracleNotDepositor, error) {
	out := new(GasPriceOracleNotDepositor)
	if err := gasPriceOracle.abi.UnpackIntoInterface(out, "NotDepositor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryMetaData contains all meta data concerning the IAgentRegistry contract.
var IAgentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentIsSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSlasher\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeBelowMinimum\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseBlock\",\"type\":\"uint64\"}],\"name\":\"StillUnbonding\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentDeactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"AgentRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"slasher\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"AgentSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"}],\"name\":\"SuspensionChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseBlock\",\"type\":\"uint64\"}],\"name\":\"UnstakeRequested\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"agentCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"agentsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReleaseBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"internalType\":\"structIAgentRegistry.Agent[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"getAgent\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingReleaseBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"}],\"internalType\":\"structIAgentRegistry.Agent\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isSlasher\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"isSuspended\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnstake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSlashed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStaked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IAgentRegistry",
}

// IAgentRegistry is an auto generated Go binding around an Ethereum contract.
type IAgentRegistry struct {
	abi abi.ABI
}

// NewIAgentRegistry creates a new instance of IAgentRegistry.
func NewIAgentRegistry() *IAgentRegistry {
	parsed, err := IAgentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IAgentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IAgentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake(uint256 agentId) payable returns()
func (iAgentRegistry *IAgentRegistry) PackAddStake(agentId *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("addStake", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb4f16b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake(uint256 agentId) payable returns()
func (iAgentRegistry *IAgentRegistry) TryPackAddStake(agentId *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("addStake", agentId)
}

// PackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentCount() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) PackAgentCount() []byte {
	enc, err := iAgentRegistry.abi.Pack("agentCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7dc1284.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentCount() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) TryPackAgentCount() ([]byte, error) {
	return iAgentRegistry.abi.Pack("agentCount")
}

// UnpackAgentCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7dc1284.
//
// Solidity: function agentCount() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) UnpackAgentCount(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("agentCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAgentsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cfa95a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64)[])
func (iAgentRegistry *IAgentRegistry) PackAgentsOf(owner common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("agentsOf", owner, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43cfa95a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64)[])
func (iAgentRegistry *IAgentRegistry) TryPackAgentsOf(owner common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("agentsOf", owner, offset, limit)
}

// UnpackAgentsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43cfa95a.
//
// Solidity: function agentsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64)[])
func (iAgentRegistry *IAgentRegistry) UnpackAgentsOf(data []byte) ([]IAgentRegistryAgent, error) {
	out, err := iAgentRegistry.abi.Unpack("agentsOf", data)
	if err != nil {
		return *new([]IAgentRegistryAgent), err
	}
	out0 := *abi.ConvertType(out[0], new([]IAgentRegistryAgent)).(*[]IAgentRegistryAgent)
	return out0, nil
}

// PackGetAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2de5aaf7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAgent(uint256 agentId) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64))
func (iAgentRegistry *IAgentRegistry) PackGetAgent(agentId *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("getAgent", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2de5aaf7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAgent(uint256 agentId) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64))
func (iAgentRegistry *IAgentRegistry) TryPackGetAgent(agentId *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("getAgent", agentId)
}

// UnpackGetAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2de5aaf7.
//
// Solidity: function getAgent(uint256 agentId) view returns((uint256,address,string,uint256,uint256,uint256,uint64,uint256,bool,uint64))
func (iAgentRegistry *IAgentRegistry) UnpackGetAgent(data []byte) (IAgentRegistryAgent, error) {
	out, err := iAgentRegistry.abi.Unpack("getAgent", data)
	if err != nil {
		return *new(IAgentRegistryAgent), err
	}
	out0 := *abi.ConvertType(out[0], new(IAgentRegistryAgent)).(*IAgentRegistryAgent)
	return out0, nil
}

// PackIsSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57601c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSlasher(address account) view returns(bool)
func (iAgentRegistry *IAgentRegistry) PackIsSlasher(account common.Address) []byte {
	enc, err := iAgentRegistry.abi.Pack("isSlasher", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57601c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSlasher(address account) view returns(bool)
func (iAgentRegistry *IAgentRegistry) TryPackIsSlasher(account common.Address) ([]byte, error) {
	return iAgentRegistry.abi.Pack("isSlasher", account)
}

// UnpackIsSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57601c5d.
//
// Solidity: function isSlasher(address account) view returns(bool)
func (iAgentRegistry *IAgentRegistry) UnpackIsSlasher(data []byte) (bool, error) {
	out, err := iAgentRegistry.abi.Unpack("isSlasher", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsSuspended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bae1bd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSuspended(uint256 agentId) view returns(bool)
func (iAgentRegistry *IAgentRegistry) PackIsSuspended(agentId *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("isSuspended", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSuspended is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bae1bd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSuspended(uint256 agentId) view returns(bool)
func (iAgentRegistry *IAgentRegistry) TryPackIsSuspended(agentId *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("isSuspended", agentId)
}

// UnpackIsSuspended is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0bae1bd0.
//
// Solidity: function isSuspended(uint256 agentId) view returns(bool)
func (iAgentRegistry *IAgentRegistry) UnpackIsSuspended(data []byte) (bool, error) {
	out, err := iAgentRegistry.abi.Unpack("isSuspended", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) PackMinStake() []byte {
	enc, err := iAgentRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) TryPackMinStake() ([]byte, error) {
	return iAgentRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea87152b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) PackRegister(metadataURI string, modelId *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("register", metadataURI, modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea87152b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) TryPackRegister(metadataURI string, modelId *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("register", metadataURI, modelId)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea87152b.
//
// Solidity: function register(string metadataURI, uint256 modelId) payable returns(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d4341f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnstake(uint256 agentId, uint256 amount) returns()
func (iAgentRegistry *IAgentRegistry) PackRequestUnstake(agentId *big.Int, amount *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("requestUnstake", agentId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnstake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d4341f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnstake(uint256 agentId, uint256 amount) returns()
func (iAgentRegistry *IAgentRegistry) TryPackRequestUnstake(agentId *big.Int, amount *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("requestUnstake", agentId, amount)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb759e837.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(uint256 agentId, uint256 amount, string reason) returns(uint256 slashed)
func (iAgentRegistry *IAgentRegistry) PackSlash(agentId *big.Int, amount *big.Int, reason string) []byte {
	enc, err := iAgentRegistry.abi.Pack("slash", agentId, amount, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb759e837.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(uint256 agentId, uint256 amount, string reason) returns(uint256 slashed)
func (iAgentRegistry *IAgentRegistry) TryPackSlash(agentId *big.Int, amount *big.Int, reason string) ([]byte, error) {
	return iAgentRegistry.abi.Pack("slash", agentId, amount, reason)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb759e837.
//
// Solidity: function slash(uint256 agentId, uint256 amount, string reason) returns(uint256 slashed)
func (iAgentRegistry *IAgentRegistry) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201bbdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSlashed() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) PackTotalSlashed() []byte {
	enc, err := iAgentRegistry.abi.Pack("totalSlashed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201bbdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSlashed() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) TryPackTotalSlashed() ([]byte, error) {
	return iAgentRegistry.abi.Pack("totalSlashed")
}

// UnpackTotalSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa201bbdd.
//
// Solidity: function totalSlashed() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) UnpackTotalSlashed(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("totalSlashed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStaked() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) PackTotalStaked() []byte {
	enc, err := iAgentRegistry.abi.Pack("totalStaked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStaked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x817b1cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStaked() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) TryPackTotalStaked() ([]byte, error) {
	return iAgentRegistry.abi.Pack("totalStaked")
}

// UnpackTotalStaked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x817b1cd2.
//
// Solidity: function totalStaked() view returns(uint256)
func (iAgentRegistry *IAgentRegistry) UnpackTotalStaked(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("totalStaked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (iAgentRegistry *IAgentRegistry) PackUnbondingDelay() []byte {
	enc, err := iAgentRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (iAgentRegistry *IAgentRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return iAgentRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (iAgentRegistry *IAgentRegistry) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := iAgentRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 agentId) returns(uint256 amount)
func (iAgentRegistry *IAgentRegistry) PackWithdraw(agentId *big.Int) []byte {
	enc, err := iAgentRegistry.abi.Pack("withdraw", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 agentId) returns(uint256 amount)
func (iAgentRegistry *IAgentRegistry) TryPackWithdraw(agentId *big.Int) ([]byte, error) {
	return iAgentRegistry.abi.Pack("withdraw", agentId)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 agentId) returns(uint256 amount)
func (iAgentRegistry *IAgentRegistry) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := iAgentRegistry.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IAgentRegistryAgentActivated represents a AgentActivated event raised by the IAgentRegistry contract.
type IAgentRegistryAgentActivated struct {
	AgentId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryAgentActivatedEventName = "AgentActivated"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryAgentActivated) ContractEventName() string {
	return IAgentRegistryAgentActivatedEventName
}

// UnpackAgentActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentActivated(uint256 indexed agentId)
func (iAgentRegistry *IAgentRegistry) UnpackAgentActivatedEvent(log *types.Log) (*IAgentRegistryAgentActivated, error) {
	event := "AgentActivated"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryAgentActivated)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryAgentDeactivated represents a AgentDeactivated event raised by the IAgentRegistry contract.
type IAgentRegistryAgentDeactivated struct {
	AgentId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryAgentDeactivatedEventName = "AgentDeactivated"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryAgentDeactivated) ContractEventName() string {
	return IAgentRegistryAgentDeactivatedEventName
}

// UnpackAgentDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentDeactivated(uint256 indexed agentId)
func (iAgentRegistry *IAgentRegistry) UnpackAgentDeactivatedEvent(log *types.Log) (*IAgentRegistryAgentDeactivated, error) {
	event := "AgentDeactivated"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryAgentDeactivated)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryAgentRegistered represents a AgentRegistered event raised by the IAgentRegistry contract.
type IAgentRegistryAgentRegistered struct {
	AgentId     *big.Int
	Owner       common.Address
	ModelId     *big.Int
	MetadataURI string
	Stake       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryAgentRegisteredEventName = "AgentRegistered"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryAgentRegistered) ContractEventName() string {
	return IAgentRegistryAgentRegisteredEventName
}

// UnpackAgentRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRegistered(uint256 indexed agentId, address indexed owner, uint256 indexed modelId, string metadataURI, uint256 stake)
func (iAgentRegistry *IAgentRegistry) UnpackAgentRegisteredEvent(log *types.Log) (*IAgentRegistryAgentRegistered, error) {
	event := "AgentRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryAgentRegistered)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryAgentSlashed represents a AgentSlashed event raised by the IAgentRegistry contract.
type IAgentRegistryAgentSlashed struct {
	AgentId *big.Int
	Slasher common.Address
	Amount  *big.Int
	Reason  string
	Raw     *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryAgentSlashedEventName = "AgentSlashed"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryAgentSlashed) ContractEventName() string {
	return IAgentRegistryAgentSlashedEventName
}

// UnpackAgentSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentSlashed(uint256 indexed agentId, address indexed slasher, uint256 amount, string reason)
func (iAgentRegistry *IAgentRegistry) UnpackAgentSlashedEvent(log *types.Log) (*IAgentRegistryAgentSlashed, error) {
	event := "AgentSlashed"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryAgentSlashed)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryStakeAdded represents a StakeAdded event raised by the IAgentRegistry contract.
type IAgentRegistryStakeAdded struct {
	AgentId *big.Int
	From    common.Address
	Amount  *big.Int
	Stake   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryStakeAdded) ContractEventName() string {
	return IAgentRegistryStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(uint256 indexed agentId, address indexed from, uint256 amount, uint256 stake)
func (iAgentRegistry *IAgentRegistry) UnpackStakeAddedEvent(log *types.Log) (*IAgentRegistryStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryStakeAdded)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the IAgentRegistry contract.
type IAgentRegistryStakeWithdrawn struct {
	AgentId *big.Int
	To      common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryStakeWithdrawn) ContractEventName() string {
	return IAgentRegistryStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(uint256 indexed agentId, address indexed to, uint256 amount)
func (iAgentRegistry *IAgentRegistry) UnpackStakeWithdrawnEvent(log *types.Log) (*IAgentRegistryStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistrySuspensionChanged represents a SuspensionChanged event raised by the IAgentRegistry contract.
type IAgentRegistrySuspensionChanged struct {
	AgentId   *big.Int
	Suspended bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const IAgentRegistrySuspensionChangedEventName = "SuspensionChanged"

// ContractEventName returns the user-defined event name.
func (IAgentRegistrySuspensionChanged) ContractEventName() string {
	return IAgentRegistrySuspensionChangedEventName
}

// UnpackSuspensionChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SuspensionChanged(uint256 indexed agentId, bool suspended)
func (iAgentRegistry *IAgentRegistry) UnpackSuspensionChangedEvent(log *types.Log) (*IAgentRegistrySuspensionChanged, error) {
	event := "SuspensionChanged"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistrySuspensionChanged)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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

// IAgentRegistryUnstakeRequested represents a UnstakeRequested event raised by the IAgentRegistry contract.
type IAgentRegistryUnstakeRequested struct {
	AgentId      *big.Int
	Amount       *big.Int
	Unbonding    *big.Int
	ReleaseBlock uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const IAgentRegistryUnstakeRequestedEventName = "UnstakeRequested"

// ContractEventName returns the user-defined event name.
func (IAgentRegistryUnstakeRequested) ContractEventName() string {
	return IAgentRegistryUnstakeRequestedEventName
}

// UnpackUnstakeRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnstakeRequested(uint256 indexed agentId, uint256 amount, uint256 unbonding, uint64 releaseBlock)
func (iAgentRegistry *IAgentRegistry) UnpackUnstakeRequestedEvent(log *types.Log) (*IAgentRegistryUnstakeRequested, error) {
	event := "UnstakeRequested"
	if len(log.Topics) == 0 || log.Topics[0] != iAgentRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IAgentRegistryUnstakeRequested)
	if len(log.Data) > 0 {
		if err := iAgentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iAgentRegistry.abi.Events[event].Inputs {
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
func (iAgentRegistry *IAgentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["AgentIsSuspended"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackAgentIsSuspendedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["AgentNotFound"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackAgentNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["InsufficientStake"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["NotSlasher"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["StakeBelowMinimum"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackStakeBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], iAgentRegistry.abi.Errors["StillUnbonding"].ID.Bytes()[:4]) {
		return iAgentRegistry.UnpackStillUnbondingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IAgentRegistryAgentIsSuspended represents a AgentIsSuspended error raised by the IAgentRegistry contract.
type IAgentRegistryAgentIsSuspended struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentIsSuspended(uint256 agentId)
func IAgentRegistryAgentIsSuspendedErrorID() common.Hash {
	return common.HexToHash("0x644c0dc232e611dd500ee9e6f1310d99b58d29bc49b019472c974026abba06b0")
}

// UnpackAgentIsSuspendedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentIsSuspended(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) UnpackAgentIsSuspendedError(raw []byte) (*IAgentRegistryAgentIsSuspended, error) {
	out := new(IAgentRegistryAgentIsSuspended)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "AgentIsSuspended", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryAgentNotFound represents a AgentNotFound error raised by the IAgentRegistry contract.
type IAgentRegistryAgentNotFound struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentNotFound(uint256 agentId)
func IAgentRegistryAgentNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0ede97598720f5054091b213f6f8c5dcea86b34dd9683145ae8e86cd1c3446ea")
}

// UnpackAgentNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentNotFound(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) UnpackAgentNotFoundError(raw []byte) (*IAgentRegistryAgentNotFound, error) {
	out := new(IAgentRegistryAgentNotFound)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "AgentNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryInsufficientStake represents a InsufficientStake error raised by the IAgentRegistry contract.
type IAgentRegistryInsufficientStake struct {
	AgentId   *big.Int
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientStake(uint256 agentId, uint256 requested, uint256 available)
func IAgentRegistryInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x5ac0ebdd0d212a49a276fe4f29878e3bee69aa7f9afa0704bc0a3e17eae086ae")
}

// UnpackInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientStake(uint256 agentId, uint256 requested, uint256 available)
func (iAgentRegistry *IAgentRegistry) UnpackInsufficientStakeError(raw []byte) (*IAgentRegistryInsufficientStake, error) {
	out := new(IAgentRegistryInsufficientStake)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryInvalidArgument represents a InvalidArgument error raised by the IAgentRegistry contract.
type IAgentRegistryInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func IAgentRegistryInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (iAgentRegistry *IAgentRegistry) UnpackInvalidArgumentError(raw []byte) (*IAgentRegistryInvalidArgument, error) {
	out := new(IAgentRegistryInvalidArgument)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryModelNotFound represents a ModelNotFound error raised by the IAgentRegistry contract.
type IAgentRegistryModelNotFound struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 modelId)
func IAgentRegistryModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 modelId)
func (iAgentRegistry *IAgentRegistry) UnpackModelNotFoundError(raw []byte) (*IAgentRegistryModelNotFound, error) {
	out := new(IAgentRegistryModelNotFound)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryNotAgentOwner represents a NotAgentOwner error raised by the IAgentRegistry contract.
type IAgentRegistryNotAgentOwner struct {
	AgentId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func IAgentRegistryNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0x13feb4c48010e8e7ee763db5589a07bfab8e7bcc2e5bb97710bc1464c360d9fc")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(uint256 agentId, address caller)
func (iAgentRegistry *IAgentRegistry) UnpackNotAgentOwnerError(raw []byte) (*IAgentRegistryNotAgentOwner, error) {
	out := new(IAgentRegistryNotAgentOwner)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryNotSlasher represents a NotSlasher error raised by the IAgentRegistry contract.
type IAgentRegistryNotSlasher struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSlasher(address caller)
func IAgentRegistryNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x4bc0cd76e5ae33e138f3b6102c7a4d91ece10c34862bde6e59a763ba1571b395")
}

// UnpackNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSlasher(address caller)
func (iAgentRegistry *IAgentRegistry) UnpackNotSlasherError(raw []byte) (*IAgentRegistryNotSlasher, error) {
	out := new(IAgentRegistryNotSlasher)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the IAgentRegistry contract.
type IAgentRegistryNothingToWithdraw struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(uint256 agentId)
func IAgentRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0x155eed365e054981e62f67ae78164808bf9c7189d8ec98aa7a678be96efee140")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(uint256 agentId)
func (iAgentRegistry *IAgentRegistry) UnpackNothingToWithdrawError(raw []byte) (*IAgentRegistryNothingToWithdraw, error) {
	out := new(IAgentRegistryNothingToWithdraw)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryStakeBelowMinimum represents a StakeBelowMinimum error raised by the IAgentRegistry contract.
type IAgentRegistryStakeBelowMinimum struct {
	Stake   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func IAgentRegistryStakeBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x78e030db6dab79f2b1f675555d46c1e1b9504d86f8ec1f9c65f3cd21b236deed")
}

// UnpackStakeBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeBelowMinimum(uint256 stake, uint256 minimum)
func (iAgentRegistry *IAgentRegistry) UnpackStakeBelowMinimumError(raw []byte) (*IAgentRegistryStakeBelowMinimum, error) {
	out := new(IAgentRegistryStakeBelowMinimum)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "StakeBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IAgentRegistryStillUnbonding represents a StillUnbonding error raised by the IAgentRegistry contract.
type IAgentRegistryStillUnbonding struct {
	AgentId      *big.Int
	ReleaseBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillUnbonding(uint256 agentId, uint64 releaseBlock)
func IAgentRegistryStillUnbondingErrorID() common.Hash {
	return common.HexToHash("0xa6a4b5c10a9e8675394f5a55755a620d3b6f71c82500cc626023e1c90003d8b6")
}

// UnpackStillUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillUnbonding(uint256 agentId, uint64 releaseBlock)
func (iAgentRegistry *IAgentRegistry) UnpackStillUnbondingError(raw []byte) (*IAgentRegistryStillUnbonding, error) {
	out := new(IAgentRegistryStillUnbonding)
	if err := iAgentRegistry.abi.UnpackIntoInterface(out, "StillUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryMetaData contains all meta data concerning the IDatanetRegistry contract.
var IDatanetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"AlreadyCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"AlreadyReviewed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"ContributionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"DatanetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"}],\"name\":\"IndexExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"}],\"name\":\"IndexNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"NoSuchCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotCurator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"NothingToPublish\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"VersionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ContributionReviewed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"ContributionSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"CuratorAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"CuratorRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"DatanetCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"IndexPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"acceptedContributions\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"addCurator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"contribute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"contributionsBy\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"contributionsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"createDatanet\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datanetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"}],\"name\":\"getContribution\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"},{\"internalType\":\"enumIDatanetRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"submittedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"reviewer\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"reviewReason\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"acceptedIndex\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Contribution\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"getDatanet\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"acceptedCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Datanet\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"}],\"name\":\"getIndex\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIDatanetRegistry.IndexShard\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"getVersion\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"}],\"internalType\":\"structIDatanetRegistry.Version\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"indexesOf\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIDatanetRegistry.IndexShard[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isCurator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"listDatanets\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"acceptedCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"}],\"internalType\":\"structIDatanetRegistry.Datanet[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tokenizerId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"publishIndex\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"curator\",\"type\":\"address\"}],\"name\":\"removeCurator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"accept\",\"type\":\"bool\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"review\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyMembership\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"versionsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"publisher\",\"type\":\"address\"}],\"internalType\":\"structIDatanetRegistry.Version[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
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

// PackGetIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf659d8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId) view returns((bytes32,bytes32,string,address,uint64))
func (iDatanetRegistry *IDatanetRegistry) PackGetIndex(datanetId *big.Int, version *big.Int, tokenizerId [32]byte) []byte {
	enc, err := iDatanetRegistry.abi.Pack("getIndex", datanetId, version, tokenizerId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf659d8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId) view returns((bytes32,bytes32,string,address,uint64))
func (iDatanetRegistry *IDatanetRegistry) TryPackGetIndex(datanetId *big.Int, version *big.Int, tokenizerId [32]byte) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("getIndex", datanetId, version, tokenizerId)
}

// UnpackGetIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf659d8d.
//
// Solidity: function getIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId) view returns((bytes32,bytes32,string,address,uint64))
func (iDatanetRegistry *IDatanetRegistry) UnpackGetIndex(data []byte) (IDatanetRegistryIndexShard, error) {
	out, err := iDatanetRegistry.abi.Unpack("getIndex", data)
	if err != nil {
		return *new(IDatanetRegistryIndexShard), err
	}
	out0 := *abi.ConvertType(out[0], new(IDatanetRegistryIndexShard)).(*IDatanetRegistryIndexShard)
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

// PackIndexesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fc88f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function indexesOf(uint256 datanetId, uint256 version) view returns((bytes32,bytes32,string,address,uint64)[])
func (iDatanetRegistry *IDatanetRegistry) PackIndexesOf(datanetId *big.Int, version *big.Int) []byte {
	enc, err := iDatanetRegistry.abi.Pack("indexesOf", datanetId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIndexesOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fc88f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function indexesOf(uint256 datanetId, uint256 version) view returns((bytes32,bytes32,string,address,uint64)[])
func (iDatanetRegistry *IDatanetRegistry) TryPackIndexesOf(datanetId *big.Int, version *big.Int) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("indexesOf", datanetId, version)
}

// UnpackIndexesOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5fc88f6.
//
// Solidity: function indexesOf(uint256 datanetId, uint256 version) view returns((bytes32,bytes32,string,address,uint64)[])
func (iDatanetRegistry *IDatanetRegistry) UnpackIndexesOf(data []byte) ([]IDatanetRegistryIndexShard, error) {
	out, err := iDatanetRegistry.abi.Unpack("indexesOf", data)
	if err != nil {
		return *new([]IDatanetRegistryIndexShard), err
	}
	out0 := *abi.ConvertType(out[0], new([]IDatanetRegistryIndexShard)).(*[]IDatanetRegistryIndexShard)
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

// PackPublishIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39216f36.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId, bytes32 contentHash, string uri) returns()
func (iDatanetRegistry *IDatanetRegistry) PackPublishIndex(datanetId *big.Int, version *big.Int, tokenizerId [32]byte, contentHash [32]byte, uri string) []byte {
	enc, err := iDatanetRegistry.abi.Pack("publishIndex", datanetId, version, tokenizerId, contentHash, uri)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39216f36.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishIndex(uint256 datanetId, uint256 version, bytes32 tokenizerId, bytes32 contentHash, string uri) returns()
func (iDatanetRegistry *IDatanetRegistry) TryPackPublishIndex(datanetId *big.Int, version *big.Int, tokenizerId [32]byte, contentHash [32]byte, uri string) ([]byte, error) {
	return iDatanetRegistry.abi.Pack("publishIndex", datanetId, version, tokenizerId, contentHash, uri)
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

// IDatanetRegistryIndexPublished represents a IndexPublished event raised by the IDatanetRegistry contract.
type IDatanetRegistryIndexPublished struct {
	DatanetId   *big.Int
	Version     *big.Int
	TokenizerId [32]byte
	ContentHash [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const IDatanetRegistryIndexPublishedEventName = "IndexPublished"

// ContractEventName returns the user-defined event name.
func (IDatanetRegistryIndexPublished) ContractEventName() string {
	return IDatanetRegistryIndexPublishedEventName
}

// UnpackIndexPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IndexPublished(uint256 indexed datanetId, uint256 indexed version, bytes32 indexed tokenizerId, bytes32 contentHash, string uri)
func (iDatanetRegistry *IDatanetRegistry) UnpackIndexPublishedEvent(log *types.Log) (*IDatanetRegistryIndexPublished, error) {
	event := "IndexPublished"
	if len(log.Topics) == 0 || log.Topics[0] != iDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IDatanetRegistryIndexPublished)
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
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["IndexExists"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackIndexExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iDatanetRegistry.abi.Errors["IndexNotFound"].ID.Bytes()[:4]) {
		return iDatanetRegistry.UnpackIndexNotFoundError(raw[4:])
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

// IDatanetRegistryIndexExists represents a IndexExists error raised by the IDatanetRegistry contract.
type IDatanetRegistryIndexExists struct {
	DatanetId   *big.Int
	Version     *big.Int
	TokenizerId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexExists(uint256 datanetId, uint256 version, bytes32 tokenizerId)
func IDatanetRegistryIndexExistsErrorID() common.Hash {
	return common.HexToHash("0xb5f7bd8cd5a5df673cc62944a1c03a183837802d927e43548473778afdee7801")
}

// UnpackIndexExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexExists(uint256 datanetId, uint256 version, bytes32 tokenizerId)
func (iDatanetRegistry *IDatanetRegistry) UnpackIndexExistsError(raw []byte) (*IDatanetRegistryIndexExists, error) {
	out := new(IDatanetRegistryIndexExists)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "IndexExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IDatanetRegistryIndexNotFound represents a IndexNotFound error raised by the IDatanetRegistry contract.
type IDatanetRegistryIndexNotFound struct {
	DatanetId   *big.Int
	Version     *big.Int
	TokenizerId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexNotFound(uint256 datanetId, uint256 version, bytes32 tokenizerId)
func IDatanetRegistryIndexNotFoundErrorID() common.Hash {
	return common.HexToHash("0x1a17dcf8a5250bbc02486b89a823be9a36accb385c06362a18bde34a71cc6060")
}

// UnpackIndexNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexNotFound(uint256 datanetId, uint256 version, bytes32 tokenizerId)
func (iDatanetRegistry *IDatanetRegistry) UnpackIndexNotFoundError(raw []byte) (*IDatanetRegistryIndexNotFound, error) {
	out := new(IDatanetRegistryIndexNotFound)
	if err := iDatanetRegistry.abi.UnpackIntoInterface(out, "IndexNotFound", raw); err != nil {
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

// IEigenDACertTypeBindingsMetaData contains all meta data concerning the IEigenDACertTypeBindings contract.
var IEigenDACertTypeBindingsMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BatchHeaderV2\",\"name\":\"batchHeader\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"relayKeys\",\"type\":\"uint32[]\"}],\"internalType\":\"structEigenDATypes.BlobCertificate\",\"name\":\"blobCertificate\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"blobIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"inclusionProof\",\"type\":\"bytes\"}],\"internalType\":\"structEigenDATypes.BlobInclusionInfo\",\"name\":\"blobInclusionInfo\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.NonSignerStakesAndSignature\",\"name\":\"nonSignerStakesAndSignature\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signedQuorumNumbers\",\"type\":\"bytes\"}],\"internalType\":\"structEigenDATypes.EigenDACertV3\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"dummyVerifyDACertV3\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"referenceBlockNumber\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BatchHeaderV2\",\"name\":\"batchHeader\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"version\",\"type\":\"uint16\"},{\"internalType\":\"bytes\",\"name\":\"quorumNumbers\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthCommitment\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"lengthProof\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"length\",\"type\":\"uint32\"}],\"internalType\":\"structEigenDATypes.BlobCommitment\",\"name\":\"commitment\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"paymentHeaderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structEigenDATypes.BlobHeaderV2\",\"name\":\"blobHeader\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"relayKeys\",\"type\":\"uint32[]\"}],\"internalType\":\"structEigenDATypes.BlobCertificate\",\"name\":\"blobCertificate\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"blobIndex\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"inclusionProof\",\"type\":\"bytes\"}],\"internalType\":\"structEigenDATypes.BlobInclusionInfo\",\"name\":\"blobInclusionInfo\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32[]\",\"name\":\"nonSignerQuorumBitmapIndices\",\"type\":\"uint32[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"nonSignerPubkeys\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point[]\",\"name\":\"quorumApks\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"uint256[2]\",\"name\":\"X\",\"type\":\"uint256[2]\"},{\"internalType\":\"uint256[2]\",\"name\":\"Y\",\"type\":\"uint256[2]\"}],\"internalType\":\"structBN254.G2Point\",\"name\":\"apkG2\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structBN254.G1Point\",\"name\":\"sigma\",\"type\":\"tuple\"},{\"internalType\":\"uint32[]\",\"name\":\"quorumApkIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"totalStakeIndices\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[][]\",\"name\":\"nonSignerStakeIndices\",\"type\":\"uint32[][]\"}],\"internalType\":\"structEigenDATypes.NonSignerStakesAndSignature\",\"name\":\"nonSignerStakesAndSignature\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signedQuorumNumbers\",\"type\":\"bytes\"},{\"internalType\":\"uint16\",\"name\":\"offchainDerivationVersion\",\"type\":\"uint16\"}],\"internalType\":\"structEigenDATypes.EigenDACertV4\",\"name\":\"cert\",\"type\":\"tuple\"}],\"name\":\"dummyVerifyDACertV4\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IEigenDACertTypeBindings",
}

// IEigenDACertTypeBindings is an auto generated Go binding around an Ethereum contract.
type IEigenDACertTypeBindings struct {
	abi abi.ABI
}

// NewIEigenDACertTypeBindings creates a new instance of IEigenDACertTypeBindings.
func NewIEigenDACertTypeBindings() *IEigenDACertTypeBindings {
	parsed, err := IEigenDACertTypeBindingsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IEigenDACertTypeBindings{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IEigenDACertTypeBindings) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDummyVerifyDACertV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88cecf6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dummyVerifyDACertV3(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes) cert) view returns()
func (iEigenDACertTypeBindings *IEigenDACertTypeBindings) PackDummyVerifyDACertV3(cert EigenDATypesEigenDACertV3) []byte {
	enc, err := iEigenDACertTypeBindings.abi.Pack("dummyVerifyDACertV3", cert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDummyVerifyDACertV3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88cecf6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dummyVerifyDACertV3(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes) cert) view returns()
func (iEigenDACertTypeBindings *IEigenDACertTypeBindings) TryPackDummyVerifyDACertV3(cert EigenDATypesEigenDACertV3) ([]byte, error) {
	return iEigenDACertTypeBindings.abi.Pack("dummyVerifyDACertV3", cert)
}

// PackDummyVerifyDACertV4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e9fc369.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function dummyVerifyDACertV4(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16) cert) view returns()
func (iEigenDACertTypeBindings *IEigenDACertTypeBindings) PackDummyVerifyDACertV4(cert EigenDATypesEigenDACertV4) []byte {
	enc, err := iEigenDACertTypeBindings.abi.Pack("dummyVerifyDACertV4", cert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDummyVerifyDACertV4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e9fc369.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function dummyVerifyDACertV4(((bytes32,uint32),(((uint16,bytes,((uint256,uint256),(uint256[2],uint256[2]),(uint256[2],uint256[2]),uint32),bytes32),bytes,uint32[]),uint32,bytes),(uint32[],(uint256,uint256)[],(uint256,uint256)[],(uint256[2],uint256[2]),(uint256,uint256),uint32[],uint32[],uint32[][]),bytes,uint16) cert) view returns()
func (iEigenDACertTypeBindings *IEigenDACertTypeBindings) TryPackDummyVerifyDACertV4(cert EigenDATypesEigenDACertV4) ([]byte, error) {
	return iEigenDACertTypeBindings.abi.Pack("dummyVerifyDACertV4", cert)
}

// IEigenDACertVerifierBaseMetaData contains all meta data concerning the IEigenDACertVerifierBase contract.
var IEigenDACertVerifierBaseMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"abiEncodedCert\",\"type\":\"bytes\"}],\"name\":\"checkDACert\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IEigenDACertVerifierBase",
}

// IEigenDACertVerifierBase is an auto generated Go binding around an Ethereum contract.
type IEigenDACertVerifierBase struct {
	abi abi.ABI
}

// NewIEigenDACertVerifierBase creates a new instance of IEigenDACertVerifierBase.
func NewIEigenDACertVerifierBase() *IEigenDACertVerifierBase {
	parsed, err := IEigenDACertVerifierBaseMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IEigenDACertVerifierBase{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IEigenDACertVerifierBase) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (iEigenDACertVerifierBase *IEigenDACertVerifierBase) PackCheckDACert(abiEncodedCert []byte) []byte {
	enc, err := iEigenDACertVerifierBase.abi.Pack("checkDACert", abiEncodedCert)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDACert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9077193b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (iEigenDACertVerifierBase *IEigenDACertVerifierBase) TryPackCheckDACert(abiEncodedCert []byte) ([]byte, error) {
	return iEigenDACertVerifierBase.abi.Pack("checkDACert", abiEncodedCert)
}

// UnpackCheckDACert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9077193b.
//
// Solidity: function checkDACert(bytes abiEncodedCert) view returns(uint8)
func (iEigenDACertVerifierBase *IEigenDACertVerifierBase) UnpackCheckDACert(data []byte) (uint8, error) {
	out, err := iEigenDACertVerifierBase.abi.Unpack("checkDACert", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// IGovernanceMetaData contains all meta data concerning the IGovernance contract.
var IGovernanceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"power\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"BelowProposalThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ChangesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"changeIndex\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ExecutionFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"InsufficientLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"NoVotingPower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"OutOfBounds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"name\":\"StillLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"TimelockNotElapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"voteEnd\",\"type\":\"uint64\"}],\"name\":\"VotingNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernance.ProposalState\",\"name\":\"state\",\"type\":\"uint8\"}],\"name\":\"WrongState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structIGovernance.Change[]\",\"name\":\"changes\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshot\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"voteEnd\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"}],\"name\":\"ProposalCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"ProposalExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"name\":\"ProposalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"name\":\"UnlockRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"voter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"name\":\"VoteCast\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bounds\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"internalType\":\"structIGovernance.Bound[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structIGovernance.Change[]\",\"name\":\"changes\",\"type\":\"tuple[]\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"getProposal\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"changesHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"snapshot\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"voteEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"forVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"againstVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"abstainVotes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"quorum\",\"type\":\"uint256\"},{\"internalType\":\"enumIGovernance.ProposalState\",\"name\":\"state\",\"type\":\"uint8\"}],\"internalType\":\"structIGovernance.Proposal\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasVoted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structIGovernance.Change[]\",\"name\":\"changes\",\"type\":\"tuple[]\"}],\"name\":\"hashChanges\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"lockedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"locked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unlocking\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"params\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"votingPeriod\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timelockDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"unlockDelay\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"quorumBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBps\",\"type\":\"uint16\"},{\"internalType\":\"uint256\",\"name\":\"proposalThreshold\",\"type\":\"uint256\"}],\"internalType\":\"structIGovernance.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"enumIGovernance.ChangeKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"internalType\":\"structIGovernance.Change[]\",\"name\":\"changes\",\"type\":\"tuple[]\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"eta\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treasury\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"unlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"support\",\"type\":\"uint8\"}],\"name\":\"vote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proposalId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"votingPower\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "IGovernance",
}

// IGovernance is an auto generated Go binding around an Ethereum contract.
type IGovernance struct {
	abi abi.ABI
}

// NewIGovernance creates a new instance of IGovernance.
func NewIGovernance() *IGovernance {
	parsed, err := IGovernanceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IGovernance{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IGovernance) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5843a5ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounds() view returns((uint256,uint256)[])
func (iGovernance *IGovernance) PackBounds() []byte {
	enc, err := iGovernance.abi.Pack("bounds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5843a5ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bounds() view returns((uint256,uint256)[])
func (iGovernance *IGovernance) TryPackBounds() ([]byte, error) {
	return iGovernance.abi.Pack("bounds")
}

// UnpackBounds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5843a5ad.
//
// Solidity: function bounds() view returns((uint256,uint256)[])
func (iGovernance *IGovernance) UnpackBounds(data []byte) ([]IGovernanceBound, error) {
	out, err := iGovernance.abi.Unpack("bounds", data)
	if err != nil {
		return *new([]IGovernanceBound), err
	}
	out0 := *abi.ConvertType(out[0], new([]IGovernanceBound)).(*[]IGovernanceBound)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 proposalId) returns()
func (iGovernance *IGovernance) PackCancel(proposalId *big.Int) []byte {
	enc, err := iGovernance.abi.Pack("cancel", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 proposalId) returns()
func (iGovernance *IGovernance) TryPackCancel(proposalId *big.Int) ([]byte, error) {
	return iGovernance.abi.Pack("cancel", proposalId)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c40286d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 proposalId, (uint8,address,uint256,uint256)[] changes) returns()
func (iGovernance *IGovernance) PackExecute(proposalId *big.Int, changes []IGovernanceChange) []byte {
	enc, err := iGovernance.abi.Pack("execute", proposalId, changes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c40286d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 proposalId, (uint8,address,uint256,uint256)[] changes) returns()
func (iGovernance *IGovernance) TryPackExecute(proposalId *big.Int, changes []IGovernanceChange) ([]byte, error) {
	return iGovernance.abi.Pack("execute", proposalId, changes)
}

// PackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposal(uint256 proposalId) view returns((uint256,address,bytes32,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint8))
func (iGovernance *IGovernance) PackGetProposal(proposalId *big.Int) []byte {
	enc, err := iGovernance.abi.Pack("getProposal", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposal(uint256 proposalId) view returns((uint256,address,bytes32,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint8))
func (iGovernance *IGovernance) TryPackGetProposal(proposalId *big.Int) ([]byte, error) {
	return iGovernance.abi.Pack("getProposal", proposalId)
}

// UnpackGetProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7f758a8.
//
// Solidity: function getProposal(uint256 proposalId) view returns((uint256,address,bytes32,uint64,uint64,uint64,uint256,uint256,uint256,uint256,uint8))
func (iGovernance *IGovernance) UnpackGetProposal(data []byte) (IGovernanceProposal, error) {
	out, err := iGovernance.abi.Unpack("getProposal", data)
	if err != nil {
		return *new(IGovernanceProposal), err
	}
	out0 := *abi.ConvertType(out[0], new(IGovernanceProposal)).(*IGovernanceProposal)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (iGovernance *IGovernance) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := iGovernance.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (iGovernance *IGovernance) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return iGovernance.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (iGovernance *IGovernance) UnpackHasVoted(data []byte) (bool, error) {
	out, err := iGovernance.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7bd3d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashChanges((uint8,address,uint256,uint256)[] changes) pure returns(bytes32)
func (iGovernance *IGovernance) PackHashChanges(changes []IGovernanceChange) []byte {
	enc, err := iGovernance.abi.Pack("hashChanges", changes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7bd3d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashChanges((uint8,address,uint256,uint256)[] changes) pure returns(bytes32)
func (iGovernance *IGovernance) TryPackHashChanges(changes []IGovernanceChange) ([]byte, error) {
	return iGovernance.abi.Pack("hashChanges", changes)
}

// UnpackHashChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7bd3d50.
//
// Solidity: function hashChanges((uint8,address,uint256,uint256)[] changes) pure returns(bytes32)
func (iGovernance *IGovernance) UnpackHashChanges(data []byte) ([32]byte, error) {
	out, err := iGovernance.abi.Unpack("hashChanges", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83d08ba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock() payable returns()
func (iGovernance *IGovernance) PackLock() []byte {
	enc, err := iGovernance.abi.Pack("lock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf83d08ba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock() payable returns()
func (iGovernance *IGovernance) TryPackLock() ([]byte, error) {
	return iGovernance.abi.Pack("lock")
}

// PackLockedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f1e282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lockedOf(address account) view returns(uint256 locked, uint256 unlocking, uint64 releaseTime)
func (iGovernance *IGovernance) PackLockedOf(account common.Address) []byte {
	enc, err := iGovernance.abi.Pack("lockedOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLockedOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5f1e282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lockedOf(address account) view returns(uint256 locked, uint256 unlocking, uint64 releaseTime)
func (iGovernance *IGovernance) TryPackLockedOf(account common.Address) ([]byte, error) {
	return iGovernance.abi.Pack("lockedOf", account)
}

// LockedOfOutput serves as a container for the return parameters of contract
// method LockedOf.
type LockedOfOutput struct {
	Locked      *big.Int
	Unlocking   *big.Int
	ReleaseTime uint64
}

// UnpackLockedOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5f1e282.
//
// Solidity: function lockedOf(address account) view returns(uint256 locked, uint256 unlocking, uint64 releaseTime)
func (iGovernance *IGovernance) UnpackLockedOf(data []byte) (LockedOfOutput, error) {
	out, err := iGovernance.abi.Unpack("lockedOf", data)
	outstruct := new(LockedOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Locked = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Unlocking = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ReleaseTime = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function params() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (iGovernance *IGovernance) PackParams() []byte {
	enc, err := iGovernance.abi.Pack("params")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcff0ab96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function params() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (iGovernance *IGovernance) TryPackParams() ([]byte, error) {
	return iGovernance.abi.Pack("params")
}

// UnpackParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcff0ab96.
//
// Solidity: function params() view returns((uint64,uint64,uint64,uint16,uint16,uint256))
func (iGovernance *IGovernance) UnpackParams(data []byte) (IGovernanceParams, error) {
	out, err := iGovernance.abi.Unpack("params", data)
	if err != nil {
		return *new(IGovernanceParams), err
	}
	out0 := *abi.ConvertType(out[0], new(IGovernanceParams)).(*IGovernanceParams)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (iGovernance *IGovernance) PackProposalCount() []byte {
	enc, err := iGovernance.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (iGovernance *IGovernance) TryPackProposalCount() ([]byte, error) {
	return iGovernance.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (iGovernance *IGovernance) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7b266a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose((uint8,address,uint256,uint256)[] changes, string description) returns(uint256 proposalId)
func (iGovernance *IGovernance) PackPropose(changes []IGovernanceChange, description string) []byte {
	enc, err := iGovernance.abi.Pack("propose", changes, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f7b266a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose((uint8,address,uint256,uint256)[] changes, string description) returns(uint256 proposalId)
func (iGovernance *IGovernance) TryPackPropose(changes []IGovernanceChange, description string) ([]byte, error) {
	return iGovernance.abi.Pack("propose", changes, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f7b266a.
//
// Solidity: function propose((uint8,address,uint256,uint256)[] changes, string description) returns(uint256 proposalId)
func (iGovernance *IGovernance) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(uint256 proposalId) returns(uint64 eta)
func (iGovernance *IGovernance) PackQueue(proposalId *big.Int) []byte {
	enc, err := iGovernance.abi.Pack("queue", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(uint256 proposalId) returns(uint64 eta)
func (iGovernance *IGovernance) TryPackQueue(proposalId *big.Int) ([]byte, error) {
	return iGovernance.abi.Pack("queue", proposalId)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddf0b009.
//
// Solidity: function queue(uint256 proposalId) returns(uint64 eta)
func (iGovernance *IGovernance) UnpackQueue(data []byte) (uint64, error) {
	out, err := iGovernance.abi.Unpack("queue", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalLocked() view returns(uint256)
func (iGovernance *IGovernance) PackTotalLocked() []byte {
	enc, err := iGovernance.abi.Pack("totalLocked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56891412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalLocked() view returns(uint256)
func (iGovernance *IGovernance) TryPackTotalLocked() ([]byte, error) {
	return iGovernance.abi.Pack("totalLocked")
}

// UnpackTotalLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (iGovernance *IGovernance) UnpackTotalLocked(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("totalLocked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treasury() view returns(uint256)
func (iGovernance *IGovernance) PackTreasury() []byte {
	enc, err := iGovernance.abi.Pack("treasury")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreasury is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61d027b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treasury() view returns(uint256)
func (iGovernance *IGovernance) TryPackTreasury() ([]byte, error) {
	return iGovernance.abi.Pack("treasury")
}

// UnpackTreasury is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61d027b3.
//
// Solidity: function treasury() view returns(uint256)
func (iGovernance *IGovernance) UnpackTreasury(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("treasury", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6198e339.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unlock(uint256 amount) returns()
func (iGovernance *IGovernance) PackUnlock(amount *big.Int) []byte {
	enc, err := iGovernance.abi.Pack("unlock", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6198e339.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unlock(uint256 amount) returns()
func (iGovernance *IGovernance) TryPackUnlock(amount *big.Int) ([]byte, error) {
	return iGovernance.abi.Pack("unlock", amount)
}

// PackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x943e8216.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vote(uint256 proposalId, uint8 support) returns(uint256 weight)
func (iGovernance *IGovernance) PackVote(proposalId *big.Int, support uint8) []byte {
	enc, err := iGovernance.abi.Pack("vote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x943e8216.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vote(uint256 proposalId, uint8 support) returns(uint256 weight)
func (iGovernance *IGovernance) TryPackVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return iGovernance.abi.Pack("vote", proposalId, support)
}

// UnpackVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x943e8216.
//
// Solidity: function vote(uint256 proposalId, uint8 support) returns(uint256 weight)
func (iGovernance *IGovernance) UnpackVote(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("vote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90125a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPower(uint256 proposalId, address account) view returns(uint256)
func (iGovernance *IGovernance) PackVotingPower(proposalId *big.Int, account common.Address) []byte {
	enc, err := iGovernance.abi.Pack("votingPower", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPower is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90125a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPower(uint256 proposalId, address account) view returns(uint256)
func (iGovernance *IGovernance) TryPackVotingPower(proposalId *big.Int, account common.Address) ([]byte, error) {
	return iGovernance.abi.Pack("votingPower", proposalId, account)
}

// UnpackVotingPower is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd90125a5.
//
// Solidity: function votingPower(uint256 proposalId, address account) view returns(uint256)
func (iGovernance *IGovernance) UnpackVotingPower(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("votingPower", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iGovernance *IGovernance) PackWithdraw() []byte {
	enc, err := iGovernance.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iGovernance *IGovernance) TryPackWithdraw() ([]byte, error) {
	return iGovernance.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iGovernance *IGovernance) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := iGovernance.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IGovernanceChangeApplied represents a ChangeApplied event raised by the IGovernance contract.
type IGovernanceChangeApplied struct {
	ProposalId *big.Int
	Kind       uint8
	Account    common.Address
	Id         *big.Int
	Value      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IGovernanceChangeAppliedEventName = "ChangeApplied"

// ContractEventName returns the user-defined event name.
func (IGovernanceChangeApplied) ContractEventName() string {
	return IGovernanceChangeAppliedEventName
}

// UnpackChangeAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeApplied(uint256 indexed proposalId, uint8 indexed kind, address account, uint256 id, uint256 value)
func (iGovernance *IGovernance) UnpackChangeAppliedEvent(log *types.Log) (*IGovernanceChangeApplied, error) {
	event := "ChangeApplied"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceChangeApplied)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceLocked represents a Locked event raised by the IGovernance contract.
type IGovernanceLocked struct {
	Account common.Address
	Amount  *big.Int
	Locked  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IGovernanceLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (IGovernanceLocked) ContractEventName() string {
	return IGovernanceLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(address indexed account, uint256 amount, uint256 locked)
func (iGovernance *IGovernance) UnpackLockedEvent(log *types.Log) (*IGovernanceLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceLocked)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceProposalCanceled represents a ProposalCanceled event raised by the IGovernance contract.
type IGovernanceProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IGovernanceProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (IGovernanceProposalCanceled) ContractEventName() string {
	return IGovernanceProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 indexed proposalId)
func (iGovernance *IGovernance) UnpackProposalCanceledEvent(log *types.Log) (*IGovernanceProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceProposalCanceled)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceProposalCreated represents a ProposalCreated event raised by the IGovernance contract.
type IGovernanceProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Changes     []IGovernanceChange
	Description string
	Snapshot    uint64
	VoteEnd     uint64
	Quorum      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const IGovernanceProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (IGovernanceProposalCreated) ContractEventName() string {
	return IGovernanceProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 indexed proposalId, address indexed proposer, (uint8,address,uint256,uint256)[] changes, string description, uint64 snapshot, uint64 voteEnd, uint256 quorum)
func (iGovernance *IGovernance) UnpackProposalCreatedEvent(log *types.Log) (*IGovernanceProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceProposalCreated)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceProposalExecuted represents a ProposalExecuted event raised by the IGovernance contract.
type IGovernanceProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IGovernanceProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (IGovernanceProposalExecuted) ContractEventName() string {
	return IGovernanceProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 indexed proposalId)
func (iGovernance *IGovernance) UnpackProposalExecutedEvent(log *types.Log) (*IGovernanceProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceProposalExecuted)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceProposalQueued represents a ProposalQueued event raised by the IGovernance contract.
type IGovernanceProposalQueued struct {
	ProposalId *big.Int
	Eta        uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const IGovernanceProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (IGovernanceProposalQueued) ContractEventName() string {
	return IGovernanceProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 indexed proposalId, uint64 eta)
func (iGovernance *IGovernance) UnpackProposalQueuedEvent(log *types.Log) (*IGovernanceProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceProposalQueued)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceUnlockRequested represents a UnlockRequested event raised by the IGovernance contract.
type IGovernanceUnlockRequested struct {
	Account     common.Address
	Amount      *big.Int
	Locked      *big.Int
	ReleaseTime uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const IGovernanceUnlockRequestedEventName = "UnlockRequested"

// ContractEventName returns the user-defined event name.
func (IGovernanceUnlockRequested) ContractEventName() string {
	return IGovernanceUnlockRequestedEventName
}

// UnpackUnlockRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnlockRequested(address indexed account, uint256 amount, uint256 locked, uint64 releaseTime)
func (iGovernance *IGovernance) UnpackUnlockRequestedEvent(log *types.Log) (*IGovernanceUnlockRequested, error) {
	event := "UnlockRequested"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceUnlockRequested)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceVoteCast represents a VoteCast event raised by the IGovernance contract.
type IGovernanceVoteCast struct {
	ProposalId *big.Int
	Voter      common.Address
	Support    uint8
	Weight     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const IGovernanceVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (IGovernanceVoteCast) ContractEventName() string {
	return IGovernanceVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(uint256 indexed proposalId, address indexed voter, uint8 support, uint256 weight)
func (iGovernance *IGovernance) UnpackVoteCastEvent(log *types.Log) (*IGovernanceVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceVoteCast)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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

// IGovernanceWithdrawn represents a Withdrawn event raised by the IGovernance contract.
type IGovernanceWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IGovernanceWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (IGovernanceWithdrawn) ContractEventName() string {
	return IGovernanceWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (iGovernance *IGovernance) UnpackWithdrawnEvent(log *types.Log) (*IGovernanceWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != iGovernance.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IGovernanceWithdrawn)
	if len(log.Data) > 0 {
		if err := iGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iGovernance.abi.Events[event].Inputs {
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
func (iGovernance *IGovernance) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["AlreadyVoted"].ID.Bytes()[:4]) {
		return iGovernance.UnpackAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["BelowProposalThreshold"].ID.Bytes()[:4]) {
		return iGovernance.UnpackBelowProposalThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["ChangesMismatch"].ID.Bytes()[:4]) {
		return iGovernance.UnpackChangesMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["ExecutionFailed"].ID.Bytes()[:4]) {
		return iGovernance.UnpackExecutionFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["InsufficientLocked"].ID.Bytes()[:4]) {
		return iGovernance.UnpackInsufficientLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return iGovernance.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["NoVotingPower"].ID.Bytes()[:4]) {
		return iGovernance.UnpackNoVotingPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["NotProposer"].ID.Bytes()[:4]) {
		return iGovernance.UnpackNotProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return iGovernance.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["OutOfBounds"].ID.Bytes()[:4]) {
		return iGovernance.UnpackOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["ProposalNotFound"].ID.Bytes()[:4]) {
		return iGovernance.UnpackProposalNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["StillLocked"].ID.Bytes()[:4]) {
		return iGovernance.UnpackStillLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["TimelockNotElapsed"].ID.Bytes()[:4]) {
		return iGovernance.UnpackTimelockNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["VotingNotEnded"].ID.Bytes()[:4]) {
		return iGovernance.UnpackVotingNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iGovernance.abi.Errors["WrongState"].ID.Bytes()[:4]) {
		return iGovernance.UnpackWrongStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IGovernanceAlreadyVoted represents a AlreadyVoted error raised by the IGovernance contract.
type IGovernanceAlreadyVoted struct {
	ProposalId *big.Int
	Voter      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyVoted(uint256 proposalId, address voter)
func IGovernanceAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0x04f9da634a3ce855cf7785808a673a41608288999dcd1d08e55bb33c69118f4a")
}

// UnpackAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyVoted(uint256 proposalId, address voter)
func (iGovernance *IGovernance) UnpackAlreadyVotedError(raw []byte) (*IGovernanceAlreadyVoted, error) {
	out := new(IGovernanceAlreadyVoted)
	if err := iGovernance.abi.UnpackIntoInterface(out, "AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceBelowProposalThreshold represents a BelowProposalThreshold error raised by the IGovernance contract.
type IGovernanceBelowProposalThreshold struct {
	Power     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowProposalThreshold(uint256 power, uint256 threshold)
func IGovernanceBelowProposalThresholdErrorID() common.Hash {
	return common.HexToHash("0xcd2c13e139243f9fc69f26a9d48e64a750fd785bc66d5ba83149214fa70f2dfd")
}

// UnpackBelowProposalThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowProposalThreshold(uint256 power, uint256 threshold)
func (iGovernance *IGovernance) UnpackBelowProposalThresholdError(raw []byte) (*IGovernanceBelowProposalThreshold, error) {
	out := new(IGovernanceBelowProposalThreshold)
	if err := iGovernance.abi.UnpackIntoInterface(out, "BelowProposalThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceChangesMismatch represents a ChangesMismatch error raised by the IGovernance contract.
type IGovernanceChangesMismatch struct {
	ProposalId *big.Int
	Expected   [32]byte
	Given      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangesMismatch(uint256 proposalId, bytes32 expected, bytes32 given)
func IGovernanceChangesMismatchErrorID() common.Hash {
	return common.HexToHash("0xb533898fb4c22f9f51885648fc50a6fd3e93f4939a538991a7ee8785e9b47c43")
}

// UnpackChangesMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangesMismatch(uint256 proposalId, bytes32 expected, bytes32 given)
func (iGovernance *IGovernance) UnpackChangesMismatchError(raw []byte) (*IGovernanceChangesMismatch, error) {
	out := new(IGovernanceChangesMismatch)
	if err := iGovernance.abi.UnpackIntoInterface(out, "ChangesMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceExecutionFailed represents a ExecutionFailed error raised by the IGovernance contract.
type IGovernanceExecutionFailed struct {
	ProposalId  *big.Int
	ChangeIndex *big.Int
	Reason      string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExecutionFailed(uint256 proposalId, uint256 changeIndex, string reason)
func IGovernanceExecutionFailedErrorID() common.Hash {
	return common.HexToHash("0xe3bd4c1296544a27fa47a190a50b00b92d849976db96913a28a434739aadb4cb")
}

// UnpackExecutionFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExecutionFailed(uint256 proposalId, uint256 changeIndex, string reason)
func (iGovernance *IGovernance) UnpackExecutionFailedError(raw []byte) (*IGovernanceExecutionFailed, error) {
	out := new(IGovernanceExecutionFailed)
	if err := iGovernance.abi.UnpackIntoInterface(out, "ExecutionFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceInsufficientLocked represents a InsufficientLocked error raised by the IGovernance contract.
type IGovernanceInsufficientLocked struct {
	Requested *big.Int
	Locked    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLocked(uint256 requested, uint256 locked)
func IGovernanceInsufficientLockedErrorID() common.Hash {
	return common.HexToHash("0x6ccf73e94105091fcf5fa5b42e5a622fc5ce15ea5b9895336c0265a0fff84588")
}

// UnpackInsufficientLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLocked(uint256 requested, uint256 locked)
func (iGovernance *IGovernance) UnpackInsufficientLockedError(raw []byte) (*IGovernanceInsufficientLocked, error) {
	out := new(IGovernanceInsufficientLocked)
	if err := iGovernance.abi.UnpackIntoInterface(out, "InsufficientLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceInvalidArgument represents a InvalidArgument error raised by the IGovernance contract.
type IGovernanceInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func IGovernanceInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (iGovernance *IGovernance) UnpackInvalidArgumentError(raw []byte) (*IGovernanceInvalidArgument, error) {
	out := new(IGovernanceInvalidArgument)
	if err := iGovernance.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceNoVotingPower represents a NoVotingPower error raised by the IGovernance contract.
type IGovernanceNoVotingPower struct {
	Account    common.Address
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoVotingPower(address account, uint256 proposalId)
func IGovernanceNoVotingPowerErrorID() common.Hash {
	return common.HexToHash("0x8102b749a6b8ee8b754021d8f3e2f0cfe4d5607d9cb3064b010806e65e143f99")
}

// UnpackNoVotingPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoVotingPower(address account, uint256 proposalId)
func (iGovernance *IGovernance) UnpackNoVotingPowerError(raw []byte) (*IGovernanceNoVotingPower, error) {
	out := new(IGovernanceNoVotingPower)
	if err := iGovernance.abi.UnpackIntoInterface(out, "NoVotingPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceNotProposer represents a NotProposer error raised by the IGovernance contract.
type IGovernanceNotProposer struct {
	ProposalId *big.Int
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProposer(uint256 proposalId, address caller)
func IGovernanceNotProposerErrorID() common.Hash {
	return common.HexToHash("0xda1c10769a54eae120715166046234525f7f70f2792de090ceee55ed43d2c8df")
}

// UnpackNotProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProposer(uint256 proposalId, address caller)
func (iGovernance *IGovernance) UnpackNotProposerError(raw []byte) (*IGovernanceNotProposer, error) {
	out := new(IGovernanceNotProposer)
	if err := iGovernance.abi.UnpackIntoInterface(out, "NotProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceNothingToWithdraw represents a NothingToWithdraw error raised by the IGovernance contract.
type IGovernanceNothingToWithdraw struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address account)
func IGovernanceNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address account)
func (iGovernance *IGovernance) UnpackNothingToWithdrawError(raw []byte) (*IGovernanceNothingToWithdraw, error) {
	out := new(IGovernanceNothingToWithdraw)
	if err := iGovernance.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceOutOfBounds represents a OutOfBounds error raised by the IGovernance contract.
type IGovernanceOutOfBounds struct {
	Kind  uint8
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutOfBounds(uint8 kind, uint256 value, uint256 min, uint256 max)
func IGovernanceOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0xc8b0be03b3368462c77d10d50df1f4382499077b38100521f34c803da3e30cee")
}

// UnpackOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutOfBounds(uint8 kind, uint256 value, uint256 min, uint256 max)
func (iGovernance *IGovernance) UnpackOutOfBoundsError(raw []byte) (*IGovernanceOutOfBounds, error) {
	out := new(IGovernanceOutOfBounds)
	if err := iGovernance.abi.UnpackIntoInterface(out, "OutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceProposalNotFound represents a ProposalNotFound error raised by the IGovernance contract.
type IGovernanceProposalNotFound struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProposalNotFound(uint256 proposalId)
func IGovernanceProposalNotFoundErrorID() common.Hash {
	return common.HexToHash("0x428d06a90cf91895119e53d72c95fc5c8258ee322f9b59cb5e0128bf5518c35b")
}

// UnpackProposalNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProposalNotFound(uint256 proposalId)
func (iGovernance *IGovernance) UnpackProposalNotFoundError(raw []byte) (*IGovernanceProposalNotFound, error) {
	out := new(IGovernanceProposalNotFound)
	if err := iGovernance.abi.UnpackIntoInterface(out, "ProposalNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceStillLocked represents a StillLocked error raised by the IGovernance contract.
type IGovernanceStillLocked struct {
	Account     common.Address
	ReleaseTime uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillLocked(address account, uint64 releaseTime)
func IGovernanceStillLockedErrorID() common.Hash {
	return common.HexToHash("0x21c9d04836f4ecaec33abe81d1d89b82b13da9eabdeeb79c074e70b78a4eeee8")
}

// UnpackStillLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillLocked(address account, uint64 releaseTime)
func (iGovernance *IGovernance) UnpackStillLockedError(raw []byte) (*IGovernanceStillLocked, error) {
	out := new(IGovernanceStillLocked)
	if err := iGovernance.abi.UnpackIntoInterface(out, "StillLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceTimelockNotElapsed represents a TimelockNotElapsed error raised by the IGovernance contract.
type IGovernanceTimelockNotElapsed struct {
	ProposalId *big.Int
	Eta        uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockNotElapsed(uint256 proposalId, uint64 eta)
func IGovernanceTimelockNotElapsedErrorID() common.Hash {
	return common.HexToHash("0x19fdf15d4c0eb13474e175a66a9ee9976bb676fca0bb5885063297bbee68d3df")
}

// UnpackTimelockNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockNotElapsed(uint256 proposalId, uint64 eta)
func (iGovernance *IGovernance) UnpackTimelockNotElapsedError(raw []byte) (*IGovernanceTimelockNotElapsed, error) {
	out := new(IGovernanceTimelockNotElapsed)
	if err := iGovernance.abi.UnpackIntoInterface(out, "TimelockNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceVotingNotEnded represents a VotingNotEnded error raised by the IGovernance contract.
type IGovernanceVotingNotEnded struct {
	ProposalId *big.Int
	VoteEnd    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotingNotEnded(uint256 proposalId, uint64 voteEnd)
func IGovernanceVotingNotEndedErrorID() common.Hash {
	return common.HexToHash("0x396eb02aca0287f180a7d5c066ee9771f04cc0f3f65a5e81c76e9bb28ddc0a04")
}

// UnpackVotingNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotingNotEnded(uint256 proposalId, uint64 voteEnd)
func (iGovernance *IGovernance) UnpackVotingNotEndedError(raw []byte) (*IGovernanceVotingNotEnded, error) {
	out := new(IGovernanceVotingNotEnded)
	if err := iGovernance.abi.UnpackIntoInterface(out, "VotingNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IGovernanceWrongState represents a WrongState error raised by the IGovernance contract.
type IGovernanceWrongState struct {
	ProposalId *big.Int
	State      uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongState(uint256 proposalId, uint8 state)
func IGovernanceWrongStateErrorID() common.Hash {
	return common.HexToHash("0x800b061518cbf2095c1b1778c2e3202c0e88a5711a68b4d0ca85bbcbf3523260")
}

// UnpackWrongStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongState(uint256 proposalId, uint8 state)
func (iGovernance *IGovernance) UnpackWrongStateError(raw []byte) (*IGovernanceWrongState, error) {
	out := new(IGovernanceWrongState)
	if err := iGovernance.abi.UnpackIntoInterface(out, "WrongState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IL1BlockValuesMetaData contains all meta data concerning the IL1BlockValues contract.
var IL1BlockValuesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"baseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basefee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeOverhead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeScalar\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeConstant\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IL1BlockValues",
}

// IL1BlockValues is an auto generated Go binding around an Ethereum contract.
type IL1BlockValues struct {
	abi abi.ABI
}

// NewIL1BlockValues creates a new instance of IL1BlockValues.
func NewIL1BlockValues() *IL1BlockValues {
	parsed, err := IL1BlockValuesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IL1BlockValues{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IL1BlockValues) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) PackBaseFeeScalar() []byte {
	enc, err := iL1BlockValues.abi.Pack("baseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) TryPackBaseFeeScalar() ([]byte, error) {
	return iL1BlockValues.abi.Pack("baseFeeScalar")
}

// UnpackBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5985918.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) UnpackBaseFeeScalar(data []byte) (uint32, error) {
	out, err := iL1BlockValues.abi.Unpack("baseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basefee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) PackBasefee() []byte {
	enc, err := iL1BlockValues.abi.Pack("basefee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basefee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) TryPackBasefee() ([]byte, error) {
	return iL1BlockValues.abi.Pack("basefee")
}

// UnpackBasefee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cf24969.
//
// Solidity: function basefee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) UnpackBasefee(data []byte) (*big.Int, error) {
	out, err := iL1BlockValues.abi.Unpack("basefee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) PackBlobBaseFee() []byte {
	enc, err := iL1BlockValues.abi.Pack("blobBaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) TryPackBlobBaseFee() ([]byte, error) {
	return iL1BlockValues.abi.Pack("blobBaseFee")
}

// UnpackBlobBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8206140.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) UnpackBlobBaseFee(data []byte) (*big.Int, error) {
	out, err := iL1BlockValues.abi.Unpack("blobBaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) PackBlobBaseFeeScalar() []byte {
	enc, err := iL1BlockValues.abi.Pack("blobBaseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) TryPackBlobBaseFeeScalar() ([]byte, error) {
	return iL1BlockValues.abi.Pack("blobBaseFeeScalar")
}

// UnpackBlobBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68d5dca6.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) UnpackBlobBaseFeeScalar(data []byte) (uint32, error) {
	out, err := iL1BlockValues.abi.Unpack("blobBaseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) PackL1FeeOverhead() []byte {
	enc, err := iL1BlockValues.abi.Pack("l1FeeOverhead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) TryPackL1FeeOverhead() ([]byte, error) {
	return iL1BlockValues.abi.Pack("l1FeeOverhead")
}

// UnpackL1FeeOverhead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b239f73.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) UnpackL1FeeOverhead(data []byte) (*big.Int, error) {
	out, err := iL1BlockValues.abi.Unpack("l1FeeOverhead", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) PackL1FeeScalar() []byte {
	enc, err := iL1BlockValues.abi.Pack("l1FeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) TryPackL1FeeScalar() ([]byte, error) {
	return iL1BlockValues.abi.Pack("l1FeeScalar")
}

// UnpackL1FeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e8c4966.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (iL1BlockValues *IL1BlockValues) UnpackL1FeeScalar(data []byte) (*big.Int, error) {
	out, err := iL1BlockValues.abi.Unpack("l1FeeScalar", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (iL1BlockValues *IL1BlockValues) PackOperatorFeeConstant() []byte {
	enc, err := iL1BlockValues.abi.Pack("operatorFeeConstant")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (iL1BlockValues *IL1BlockValues) TryPackOperatorFeeConstant() ([]byte, error) {
	return iL1BlockValues.abi.Pack("operatorFeeConstant")
}

// UnpackOperatorFeeConstant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16d3bc7f.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (iL1BlockValues *IL1BlockValues) UnpackOperatorFeeConstant(data []byte) (uint64, error) {
	out, err := iL1BlockValues.abi.Unpack("operatorFeeConstant", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) PackOperatorFeeScalar() []byte {
	enc, err := iL1BlockValues.abi.Pack("operatorFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) TryPackOperatorFeeScalar() ([]byte, error) {
	return iL1BlockValues.abi.Pack("operatorFeeScalar")
}

// UnpackOperatorFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d5d9a2a.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (iL1BlockValues *IL1BlockValues) UnpackOperatorFeeScalar(data []byte) (uint32, error) {
	out, err := iL1BlockValues.abi.Unpack("operatorFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// IModelRegistryMetaData contains all meta data concerning the IModelRegistry contract.
var IModelRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"DatanetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"DatanetVersionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotABaseModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"StatusUnchanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"VersionNotFound\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelReactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"}],\"name\":\"RatesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"adaptersOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCount\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.Model[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCount\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"getVersion\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseVersion\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIModelRegistry.ModelVersion\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"listModels\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCount\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.Model[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"modelsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"versionCount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"adapterCount\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.Model[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"provenance\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"baseVersion\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"baseWeightsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"contributionCount\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetProvenance[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"}],\"internalType\":\"structIModelRegistry.Provenance\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"reactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"}],\"internalType\":\"structIModelRegistry.AdapterSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"registerAdapter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"}],\"name\":\"registerBaseModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"}],\"name\":\"setRates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"versionsOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"baseVersion\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64\",\"name\":\"publishedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIModelRegistry.ModelVersion[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "IModelRegistry",
}

// IModelRegistry is an auto generated Go binding around an Ethereum contract.
type IModelRegistry struct {
	abi abi.ABI
}

// NewIModelRegistry creates a new instance of IModelRegistry.
func NewIModelRegistry() *IModelRegistry {
	parsed, err := IModelRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IModelRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IModelRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAdaptersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5853c85d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function adaptersOf(uint256 baseModelId, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) PackAdaptersOf(baseModelId *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("adaptersOf", baseModelId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdaptersOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5853c85d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function adaptersOf(uint256 baseModelId, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) TryPackAdaptersOf(baseModelId *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("adaptersOf", baseModelId, offset, limit)
}

// UnpackAdaptersOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5853c85d.
//
// Solidity: function adaptersOf(uint256 baseModelId, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) UnpackAdaptersOf(data []byte) ([]IModelRegistryModel, error) {
	out, err := iModelRegistry.abi.Unpack("adaptersOf", data)
	if err != nil {
		return *new([]IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new([]IModelRegistryModel)).(*[]IModelRegistryModel)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (iModelRegistry *IModelRegistry) PackDeprecate(modelId *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("deprecate", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 modelId) returns()
func (iModelRegistry *IModelRegistry) TryPackDeprecate(modelId *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("deprecate", modelId)
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(uint256 modelId) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256))
func (iModelRegistry *IModelRegistry) PackGetModel(modelId *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d361694.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(uint256 modelId) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256))
func (iModelRegistry *IModelRegistry) TryPackGetModel(modelId *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d361694.
//
// Solidity: function getModel(uint256 modelId) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256))
func (iModelRegistry *IModelRegistry) UnpackGetModel(data []byte) (IModelRegistryModel, error) {
	out, err := iModelRegistry.abi.Unpack("getModel", data)
	if err != nil {
		return *new(IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModel)).(*IModelRegistryModel)
	return out0, nil
}

// PackGetVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6987b075.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVersion(uint256 modelId, uint256 version) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64))
func (iModelRegistry *IModelRegistry) PackGetVersion(modelId *big.Int, version *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("getVersion", modelId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6987b075.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVersion(uint256 modelId, uint256 version) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64))
func (iModelRegistry *IModelRegistry) TryPackGetVersion(modelId *big.Int, version *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("getVersion", modelId, version)
}

// UnpackGetVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6987b075.
//
// Solidity: function getVersion(uint256 modelId, uint256 version) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64))
func (iModelRegistry *IModelRegistry) UnpackGetVersion(data []byte) (IModelRegistryModelVersion, error) {
	out, err := iModelRegistry.abi.Unpack("getVersion", data)
	if err != nil {
		return *new(IModelRegistryModelVersion), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryModelVersion)).(*IModelRegistryModelVersion)
	return out0, nil
}

// PackListModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2358c4b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function listModels(uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) PackListModels(offset *big.Int, limit *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("listModels", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackListModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2358c4b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function listModels(uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) TryPackListModels(offset *big.Int, limit *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("listModels", offset, limit)
}

// UnpackListModels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2358c4b1.
//
// Solidity: function listModels(uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) UnpackListModels(data []byte) ([]IModelRegistryModel, error) {
	out, err := iModelRegistry.abi.Unpack("listModels", data)
	if err != nil {
		return *new([]IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new([]IModelRegistryModel)).(*[]IModelRegistryModel)
	return out0, nil
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (iModelRegistry *IModelRegistry) PackModelCount() []byte {
	enc, err := iModelRegistry.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (iModelRegistry *IModelRegistry) TryPackModelCount() ([]byte, error) {
	return iModelRegistry.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (iModelRegistry *IModelRegistry) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := iModelRegistry.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackModelsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65183105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) PackModelsOf(owner common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("modelsOf", owner, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65183105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) TryPackModelsOf(owner common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("modelsOf", owner, offset, limit)
}

// UnpackModelsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65183105.
//
// Solidity: function modelsOf(address owner, uint256 offset, uint256 limit) view returns((uint256,uint8,address,string,string,string,uint256,uint16,string[],uint256,uint256,uint8,uint64,uint256,uint256)[])
func (iModelRegistry *IModelRegistry) UnpackModelsOf(data []byte) ([]IModelRegistryModel, error) {
	out, err := iModelRegistry.abi.Unpack("modelsOf", data)
	if err != nil {
		return *new([]IModelRegistryModel), err
	}
	out0 := *abi.ConvertType(out[0], new([]IModelRegistryModel)).(*[]IModelRegistryModel)
	return out0, nil
}

// PackProvenance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1092f9ee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function provenance(uint256 modelId, uint256 version) view returns((uint256,uint256,bytes32,uint256,uint256,bytes32,(uint256,uint256,bytes32,uint256)[]))
func (iModelRegistry *IModelRegistry) PackProvenance(modelId *big.Int, version *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("provenance", modelId, version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProvenance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1092f9ee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function provenance(uint256 modelId, uint256 version) view returns((uint256,uint256,bytes32,uint256,uint256,bytes32,(uint256,uint256,bytes32,uint256)[]))
func (iModelRegistry *IModelRegistry) TryPackProvenance(modelId *big.Int, version *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("provenance", modelId, version)
}

// UnpackProvenance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1092f9ee.
//
// Solidity: function provenance(uint256 modelId, uint256 version) view returns((uint256,uint256,bytes32,uint256,uint256,bytes32,(uint256,uint256,bytes32,uint256)[]))
func (iModelRegistry *IModelRegistry) UnpackProvenance(data []byte) (IModelRegistryProvenance, error) {
	out, err := iModelRegistry.abi.Unpack("provenance", data)
	if err != nil {
		return *new(IModelRegistryProvenance), err
	}
	out0 := *abi.ConvertType(out[0], new(IModelRegistryProvenance)).(*IModelRegistryProvenance)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729af282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 modelId, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256 version)
func (iModelRegistry *IModelRegistry) PackPublishVersion(modelId *big.Int, weightsHash [32]byte, uri string, datanets []IModelRegistryDatanetRef) []byte {
	enc, err := iModelRegistry.abi.Pack("publishVersion", modelId, weightsHash, uri, datanets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729af282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 modelId, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256 version)
func (iModelRegistry *IModelRegistry) TryPackPublishVersion(modelId *big.Int, weightsHash [32]byte, uri string, datanets []IModelRegistryDatanetRef) ([]byte, error) {
	return iModelRegistry.abi.Pack("publishVersion", modelId, weightsHash, uri, datanets)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x729af282.
//
// Solidity: function publishVersion(uint256 modelId, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256 version)
func (iModelRegistry *IModelRegistry) UnpackPublishVersion(data []byte) (*big.Int, error) {
	out, err := iModelRegistry.abi.Unpack("publishVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09df30ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reactivate(uint256 modelId) returns()
func (iModelRegistry *IModelRegistry) PackReactivate(modelId *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("reactivate", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09df30ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reactivate(uint256 modelId) returns()
func (iModelRegistry *IModelRegistry) TryPackReactivate(modelId *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("reactivate", modelId)
}

// PackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ffe042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) PackRegisterAdapter(spec IModelRegistryAdapterSpec) []byte {
	enc, err := iModelRegistry.abi.Pack("registerAdapter", spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ffe042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) TryPackRegisterAdapter(spec IModelRegistryAdapterSpec) ([]byte, error) {
	return iModelRegistry.abi.Pack("registerAdapter", spec)
}

// UnpackRegisterAdapter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03ffe042.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) UnpackRegisterAdapter(data []byte) (*big.Int, error) {
	out, err := iModelRegistry.abi.Unpack("registerAdapter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterBaseModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab4b1ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) PackRegisterBaseModel(name string, architecture string, weightsHash [32]byte, uri string, license string) []byte {
	enc, err := iModelRegistry.abi.Pack("registerBaseModel", name, architecture, weightsHash, uri, license)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBaseModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab4b1ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) TryPackRegisterBaseModel(name string, architecture string, weightsHash [32]byte, uri string, license string) ([]byte, error) {
	return iModelRegistry.abi.Pack("registerBaseModel", name, architecture, weightsHash, uri, license)
}

// UnpackRegisterBaseModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ab4b1ad.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 modelId)
func (iModelRegistry *IModelRegistry) UnpackRegisterBaseModel(data []byte) (*big.Int, error) {
	out, err := iModelRegistry.abi.Unpack("registerBaseModel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd004f38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRates(uint256 modelId, uint256 rateIn, uint256 rateOut) returns()
func (iModelRegistry *IModelRegistry) PackSetRates(modelId *big.Int, rateIn *big.Int, rateOut *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("setRates", modelId, rateIn, rateOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd004f38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRates(uint256 modelId, uint256 rateIn, uint256 rateOut) returns()
func (iModelRegistry *IModelRegistry) TryPackSetRates(modelId *big.Int, rateIn *big.Int, rateOut *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("setRates", modelId, rateIn, rateOut)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(uint256 modelId, address newOwner) returns()
func (iModelRegistry *IModelRegistry) PackTransferOwnership(modelId *big.Int, newOwner common.Address) []byte {
	enc, err := iModelRegistry.abi.Pack("transferOwnership", modelId, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(uint256 modelId, address newOwner) returns()
func (iModelRegistry *IModelRegistry) TryPackTransferOwnership(modelId *big.Int, newOwner common.Address) ([]byte, error) {
	return iModelRegistry.abi.Pack("transferOwnership", modelId, newOwner)
}

// PackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7ed012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionsOf(uint256 modelId, uint256 offset, uint256 limit) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64)[])
func (iModelRegistry *IModelRegistry) PackVersionsOf(modelId *big.Int, offset *big.Int, limit *big.Int) []byte {
	enc, err := iModelRegistry.abi.Pack("versionsOf", modelId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d7ed012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionsOf(uint256 modelId, uint256 offset, uint256 limit) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64)[])
func (iModelRegistry *IModelRegistry) TryPackVersionsOf(modelId *big.Int, offset *big.Int, limit *big.Int) ([]byte, error) {
	return iModelRegistry.abi.Pack("versionsOf", modelId, offset, limit)
}

// UnpackVersionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d7ed012.
//
// Solidity: function versionsOf(uint256 modelId, uint256 offset, uint256 limit) view returns((uint256,bytes32,string,uint256,(uint256,uint256)[],uint64)[])
func (iModelRegistry *IModelRegistry) UnpackVersionsOf(data []byte) ([]IModelRegistryModelVersion, error) {
	out, err := iModelRegistry.abi.Unpack("versionsOf", data)
	if err != nil {
		return *new([]IModelRegistryModelVersion), err
	}
	out0 := *abi.ConvertType(out[0], new([]IModelRegistryModelVersion)).(*[]IModelRegistryModelVersion)
	return out0, nil
}

// IModelRegistryModelDeprecated represents a ModelDeprecated event raised by the IModelRegistry contract.
type IModelRegistryModelDeprecated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IModelRegistryModelDeprecatedEventName = "ModelDeprecated"

// ContractEventName returns the user-defined event name.
func (IModelRegistryModelDeprecated) ContractEventName() string {
	return IModelRegistryModelDeprecatedEventName
}

// UnpackModelDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecated(uint256 indexed modelId)
func (iModelRegistry *IModelRegistry) UnpackModelDeprecatedEvent(log *types.Log) (*IModelRegistryModelDeprecated, error) {
	event := "ModelDeprecated"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryModelDeprecated)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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

// IModelRegistryModelReactivated represents a ModelReactivated event raised by the IModelRegistry contract.
type IModelRegistryModelReactivated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IModelRegistryModelReactivatedEventName = "ModelReactivated"

// ContractEventName returns the user-defined event name.
func (IModelRegistryModelReactivated) ContractEventName() string {
	return IModelRegistryModelReactivatedEventName
}

// UnpackModelReactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelReactivated(uint256 indexed modelId)
func (iModelRegistry *IModelRegistry) UnpackModelReactivatedEvent(log *types.Log) (*IModelRegistryModelReactivated, error) {
	event := "ModelReactivated"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryModelReactivated)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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

// IModelRegistryModelRegistered represents a ModelRegistered event raised by the IModelRegistry contract.
type IModelRegistryModelRegistered struct {
	ModelId     *big.Int
	Owner       common.Address
	BaseModelId *big.Int
	Kind        uint8
	Name        string
	Raw         *types.Log // Blockchain specific contextual infos
}

const IModelRegistryModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (IModelRegistryModelRegistered) ContractEventName() string {
	return IModelRegistryModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, uint256 indexed baseModelId, uint8 kind, string name)
func (iModelRegistry *IModelRegistry) UnpackModelRegisteredEvent(log *types.Log) (*IModelRegistryModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryModelRegistered)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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

// IModelRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the IModelRegistry contract.
type IModelRegistryOwnershipTransferred struct {
	ModelId       *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const IModelRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (IModelRegistryOwnershipTransferred) ContractEventName() string {
	return IModelRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner)
func (iModelRegistry *IModelRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*IModelRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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

// IModelRegistryRatesSet represents a RatesSet event raised by the IModelRegistry contract.
type IModelRegistryRatesSet struct {
	ModelId *big.Int
	RateIn  *big.Int
	RateOut *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IModelRegistryRatesSetEventName = "RatesSet"

// ContractEventName returns the user-defined event name.
func (IModelRegistryRatesSet) ContractEventName() string {
	return IModelRegistryRatesSetEventName
}

// UnpackRatesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RatesSet(uint256 indexed modelId, uint256 rateIn, uint256 rateOut)
func (iModelRegistry *IModelRegistry) UnpackRatesSetEvent(log *types.Log) (*IModelRegistryRatesSet, error) {
	event := "RatesSet"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryRatesSet)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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

// IModelRegistryVersionPublished represents a VersionPublished event raised by the IModelRegistry contract.
type IModelRegistryVersionPublished struct {
	ModelId     *big.Int
	Version     *big.Int
	WeightsHash [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const IModelRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (IModelRegistryVersionPublished) ContractEventName() string {
	return IModelRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(uint256 indexed modelId, uint256 indexed version, bytes32 weightsHash, string uri)
func (iModelRegistry *IModelRegistry) UnpackVersionPublishedEvent(log *types.Log) (*IModelRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 || log.Topics[0] != iModelRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(IModelRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := iModelRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iModelRegistry.abi.Events[event].Inputs {
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
func (iModelRegistry *IModelRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["DatanetNotFound"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackDatanetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["DatanetVersionNotFound"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackDatanetVersionNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["ModelInactive"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["NotABaseModel"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackNotABaseModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["StatusUnchanged"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackStatusUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], iModelRegistry.abi.Errors["VersionNotFound"].ID.Bytes()[:4]) {
		return iModelRegistry.UnpackVersionNotFoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IModelRegistryDatanetNotFound represents a DatanetNotFound error raised by the IModelRegistry contract.
type IModelRegistryDatanetNotFound struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func IModelRegistryDatanetNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa913989f552dc143fb41a6df230f64480982e634951e922ce5d38210d8b0215f")
}

// UnpackDatanetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func (iModelRegistry *IModelRegistry) UnpackDatanetNotFoundError(raw []byte) (*IModelRegistryDatanetNotFound, error) {
	out := new(IModelRegistryDatanetNotFound)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "DatanetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryDatanetVersionNotFound represents a DatanetVersionNotFound error raised by the IModelRegistry contract.
type IModelRegistryDatanetVersionNotFound struct {
	DatanetId *big.Int
	Version   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetVersionNotFound(uint256 datanetId, uint256 version)
func IModelRegistryDatanetVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0f81287bd7a4979620876c1f28afe70d9eca69feb21c050cc6744ba82ec41c94")
}

// UnpackDatanetVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetVersionNotFound(uint256 datanetId, uint256 version)
func (iModelRegistry *IModelRegistry) UnpackDatanetVersionNotFoundError(raw []byte) (*IModelRegistryDatanetVersionNotFound, error) {
	out := new(IModelRegistryDatanetVersionNotFound)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "DatanetVersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryInvalidArgument represents a InvalidArgument error raised by the IModelRegistry contract.
type IModelRegistryInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func IModelRegistryInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (iModelRegistry *IModelRegistry) UnpackInvalidArgumentError(raw []byte) (*IModelRegistryInvalidArgument, error) {
	out := new(IModelRegistryInvalidArgument)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryModelInactive represents a ModelInactive error raised by the IModelRegistry contract.
type IModelRegistryModelInactive struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelInactive(uint256 modelId)
func IModelRegistryModelInactiveErrorID() common.Hash {
	return common.HexToHash("0x2e910a624e5962e8448c9ece639b625ec6a27b10accc1313c4348ff7e61f42a3")
}

// UnpackModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelInactive(uint256 modelId)
func (iModelRegistry *IModelRegistry) UnpackModelInactiveError(raw []byte) (*IModelRegistryModelInactive, error) {
	out := new(IModelRegistryModelInactive)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "ModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryModelNotFound represents a ModelNotFound error raised by the IModelRegistry contract.
type IModelRegistryModelNotFound struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 modelId)
func IModelRegistryModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 modelId)
func (iModelRegistry *IModelRegistry) UnpackModelNotFoundError(raw []byte) (*IModelRegistryModelNotFound, error) {
	out := new(IModelRegistryModelNotFound)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryNotABaseModel represents a NotABaseModel error raised by the IModelRegistry contract.
type IModelRegistryNotABaseModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotABaseModel(uint256 modelId)
func IModelRegistryNotABaseModelErrorID() common.Hash {
	return common.HexToHash("0x3a0d176a42a2be1a57754965e009895027145bfc5d823af523185f2c9c30af73")
}

// UnpackNotABaseModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotABaseModel(uint256 modelId)
func (iModelRegistry *IModelRegistry) UnpackNotABaseModelError(raw []byte) (*IModelRegistryNotABaseModel, error) {
	out := new(IModelRegistryNotABaseModel)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "NotABaseModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryNotOwner represents a NotOwner error raised by the IModelRegistry contract.
type IModelRegistryNotOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func IModelRegistryNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func (iModelRegistry *IModelRegistry) UnpackNotOwnerError(raw []byte) (*IModelRegistryNotOwner, error) {
	out := new(IModelRegistryNotOwner)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryStatusUnchanged represents a StatusUnchanged error raised by the IModelRegistry contract.
type IModelRegistryStatusUnchanged struct {
	ModelId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StatusUnchanged(uint256 modelId, uint8 status)
func IModelRegistryStatusUnchangedErrorID() common.Hash {
	return common.HexToHash("0x170f1c97841002df0567e3a545f6d1ccdcd71eb109efc43ec8e6b39a6450be17")
}

// UnpackStatusUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StatusUnchanged(uint256 modelId, uint8 status)
func (iModelRegistry *IModelRegistry) UnpackStatusUnchangedError(raw []byte) (*IModelRegistryStatusUnchanged, error) {
	out := new(IModelRegistryStatusUnchanged)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "StatusUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IModelRegistryVersionNotFound represents a VersionNotFound error raised by the IModelRegistry contract.
type IModelRegistryVersionNotFound struct {
	ModelId *big.Int
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VersionNotFound(uint256 modelId, uint256 version)
func IModelRegistryVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x691f53ccf9f9462ad2976f2d166e7b1aa2910823a5423535c1539e3d51d74bb0")
}

// UnpackVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VersionNotFound(uint256 modelId, uint256 version)
func (iModelRegistry *IModelRegistry) UnpackVersionNotFoundError(raw []byte) (*IModelRegistryVersionNotFound, error) {
	out := new(IModelRegistryVersionNotFound)
	if err := iModelRegistry.abi.UnpackIntoInterface(out, "VersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementMetaData contains all meta data concerning the ISettlement contract.
var ISettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSettler\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLocked\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ReceiptRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReceiptSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"name\":\"WithdrawRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeParams\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"platformFee\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"burnBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"ownerBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorBps\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"}],\"name\":\"getReceipt\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"settledAt\",\"type\":\"uint64\"}],\"internalType\":\"structISettlement.SettledReceipt\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Voucher\",\"name\":\"voucher\",\"type\":\"tuple\"}],\"name\":\"hashVoucher\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isSettler\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"pendingWithdrawal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"releaseTime\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"receiptOfNonce\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"tokensIn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tokensOut\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"internalType\":\"structISettlement.Contribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Voucher[]\",\"name\":\"vouchers\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ISettlement",
}

// ISettlement is an auto generated Go binding around an Ethereum contract.
type ISettlement struct {
	abi abi.ABI
}

// NewISettlement creates a new instance of ISettlement.
func NewISettlement() *ISettlement {
	parsed, err := ISettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ISettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ISettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns(uint256 amount)
func (iSettlement *ISettlement) PackClaim() []byte {
	enc, err := iSettlement.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns(uint256 amount)
func (iSettlement *ISettlement) TryPackClaim() ([]byte, error) {
	return iSettlement.abi.Pack("claim")
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e71d92d.
//
// Solidity: function claim() returns(uint256 amount)
func (iSettlement *ISettlement) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address account) view returns(uint256)
func (iSettlement *ISettlement) PackClaimable(account common.Address) []byte {
	enc, err := iSettlement.abi.Pack("claimable", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address account) view returns(uint256)
func (iSettlement *ISettlement) TryPackClaimable(account common.Address) ([]byte, error) {
	return iSettlement.abi.Pack("claimable", account)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address account) view returns(uint256)
func (iSettlement *ISettlement) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (iSettlement *ISettlement) PackDeposit() []byte {
	enc, err := iSettlement.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (iSettlement *ISettlement) TryPackDeposit() ([]byte, error) {
	return iSettlement.abi.Pack("deposit")
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iSettlement *ISettlement) PackDomainSeparator() []byte {
	enc, err := iSettlement.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iSettlement *ISettlement) TryPackDomainSeparator() ([]byte, error) {
	return iSettlement.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (iSettlement *ISettlement) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := iSettlement.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(address payer) view returns(uint256)
func (iSettlement *ISettlement) PackEscrowOf(payer common.Address) []byte {
	enc, err := iSettlement.abi.Pack("escrowOf", payer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(address payer) view returns(uint256)
func (iSettlement *ISettlement) TryPackEscrowOf(payer common.Address) ([]byte, error) {
	return iSettlement.abi.Pack("escrowOf", payer)
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe038c3da.
//
// Solidity: function escrowOf(address payer) view returns(uint256)
func (iSettlement *ISettlement) UnpackEscrowOf(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("escrowOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFeeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9242164f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeParams() view returns(uint256 platformFee, uint16 burnBps, uint16 ownerBps, uint16 operatorBps, uint64 withdrawDelay)
func (iSettlement *ISettlement) PackFeeParams() []byte {
	enc, err := iSettlement.abi.Pack("feeParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9242164f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeParams() view returns(uint256 platformFee, uint16 burnBps, uint16 ownerBps, uint16 operatorBps, uint64 withdrawDelay)
func (iSettlement *ISettlement) TryPackFeeParams() ([]byte, error) {
	return iSettlement.abi.Pack("feeParams")
}

// FeeParamsOutput serves as a container for the return parameters of contract
// method FeeParams.
type FeeParamsOutput struct {
	PlatformFee   *big.Int
	BurnBps       uint16
	OwnerBps      uint16
	OperatorBps   uint16
	WithdrawDelay uint64
}

// UnpackFeeParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9242164f.
//
// Solidity: function feeParams() view returns(uint256 platformFee, uint16 burnBps, uint16 ownerBps, uint16 operatorBps, uint64 withdrawDelay)
func (iSettlement *ISettlement) UnpackFeeParams(data []byte) (FeeParamsOutput, error) {
	out, err := iSettlement.abi.Unpack("feeParams", data)
	outstruct := new(FeeParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PlatformFee = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BurnBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.OwnerBps = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.OperatorBps = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	outstruct.WithdrawDelay = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGetReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcecbb61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((uint256,uint256,uint64))
func (iSettlement *ISettlement) PackGetReceipt(receiptId [32]byte) []byte {
	enc, err := iSettlement.abi.Pack("getReceipt", receiptId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfcecbb61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((uint256,uint256,uint64))
func (iSettlement *ISettlement) TryPackGetReceipt(receiptId [32]byte) ([]byte, error) {
	return iSettlement.abi.Pack("getReceipt", receiptId)
}

// UnpackGetReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfcecbb61.
//
// Solidity: function getReceipt(bytes32 receiptId) view returns((uint256,uint256,uint64))
func (iSettlement *ISettlement) UnpackGetReceipt(data []byte) (ISettlementSettledReceipt, error) {
	out, err := iSettlement.abi.Unpack("getReceipt", data)
	if err != nil {
		return *new(ISettlementSettledReceipt), err
	}
	out0 := *abi.ConvertType(out[0], new(ISettlementSettledReceipt)).(*ISettlementSettledReceipt)
	return out0, nil
}

// PackHashVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379ae999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) voucher) view returns(bytes32)
func (iSettlement *ISettlement) PackHashVoucher(voucher ISettlementVoucher) []byte {
	enc, err := iSettlement.abi.Pack("hashVoucher", voucher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379ae999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) voucher) view returns(bytes32)
func (iSettlement *ISettlement) TryPackHashVoucher(voucher ISettlementVoucher) ([]byte, error) {
	return iSettlement.abi.Pack("hashVoucher", voucher)
}

// UnpackHashVoucher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x379ae999.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) voucher) view returns(bytes32)
func (iSettlement *ISettlement) UnpackHashVoucher(data []byte) ([32]byte, error) {
	out, err := iSettlement.abi.Unpack("hashVoucher", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSettler(address account) view returns(bool)
func (iSettlement *ISettlement) PackIsSettler(account common.Address) []byte {
	enc, err := iSettlement.abi.Pack("isSettler", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSettler(address account) view returns(bool)
func (iSettlement *ISettlement) TryPackIsSettler(account common.Address) ([]byte, error) {
	return iSettlement.abi.Pack("isSettler", account)
}

// UnpackIsSettler is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1fcd03.
//
// Solidity: function isSettler(address account) view returns(bool)
func (iSettlement *ISettlement) UnpackIsSettler(data []byte) (bool, error) {
	out, err := iSettlement.abi.Unpack("isSettler", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0964c95b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawal(address payer) view returns(uint256 amount, uint64 releaseTime)
func (iSettlement *ISettlement) PackPendingWithdrawal(payer common.Address) []byte {
	enc, err := iSettlement.abi.Pack("pendingWithdrawal", payer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0964c95b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawal(address payer) view returns(uint256 amount, uint64 releaseTime)
func (iSettlement *ISettlement) TryPackPendingWithdrawal(payer common.Address) ([]byte, error) {
	return iSettlement.abi.Pack("pendingWithdrawal", payer)
}

// PendingWithdrawalOutput serves as a container for the return parameters of contract
// method PendingWithdrawal.
type PendingWithdrawalOutput struct {
	Amount      *big.Int
	ReleaseTime uint64
}

// UnpackPendingWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0964c95b.
//
// Solidity: function pendingWithdrawal(address payer) view returns(uint256 amount, uint64 releaseTime)
func (iSettlement *ISettlement) UnpackPendingWithdrawal(data []byte) (PendingWithdrawalOutput, error) {
	out, err := iSettlement.abi.Unpack("pendingWithdrawal", data)
	outstruct := new(PendingWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReleaseTime = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackReceiptOfNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849e7aff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptOfNonce(address payer, uint256 nonce) view returns(bytes32)
func (iSettlement *ISettlement) PackReceiptOfNonce(payer common.Address, nonce *big.Int) []byte {
	enc, err := iSettlement.abi.Pack("receiptOfNonce", payer, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptOfNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849e7aff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptOfNonce(address payer, uint256 nonce) view returns(bytes32)
func (iSettlement *ISettlement) TryPackReceiptOfNonce(payer common.Address, nonce *big.Int) ([]byte, error) {
	return iSettlement.abi.Pack("receiptOfNonce", payer, nonce)
}

// UnpackReceiptOfNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x849e7aff.
//
// Solidity: function receiptOfNonce(address payer, uint256 nonce) view returns(bytes32)
func (iSettlement *ISettlement) UnpackReceiptOfNonce(data []byte) ([32]byte, error) {
	out, err := iSettlement.abi.Unpack("receiptOfNonce", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (iSettlement *ISettlement) PackRequestWithdraw(amount *big.Int) []byte {
	enc, err := iSettlement.abi.Pack("requestWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (iSettlement *ISettlement) TryPackRequestWithdraw(amount *big.Int) ([]byte, error) {
	return iSettlement.abi.Pack("requestWithdraw", amount)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25bccb56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (iSettlement *ISettlement) PackSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) []byte {
	enc, err := iSettlement.abi.Pack("settle", receipts, vouchers, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25bccb56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (iSettlement *ISettlement) TryPackSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) ([]byte, error) {
	return iSettlement.abi.Pack("settle", receipts, vouchers, signatures)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25bccb56.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (iSettlement *ISettlement) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (iSettlement *ISettlement) PackTotalBurned() []byte {
	enc, err := iSettlement.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (iSettlement *ISettlement) TryPackTotalBurned() ([]byte, error) {
	return iSettlement.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (iSettlement *ISettlement) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iSettlement *ISettlement) PackWithdraw() []byte {
	enc, err := iSettlement.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iSettlement *ISettlement) TryPackWithdraw() ([]byte, error) {
	return iSettlement.abi.Pack("withdraw")
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3ccfd60b.
//
// Solidity: function withdraw() returns(uint256 amount)
func (iSettlement *ISettlement) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := iSettlement.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ISettlementClaimed represents a Claimed event raised by the ISettlement contract.
type ISettlementClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ISettlementClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (ISettlementClaimed) ContractEventName() string {
	return ISettlementClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (iSettlement *ISettlement) UnpackClaimedEvent(log *types.Log) (*ISettlementClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementClaimed)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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

// ISettlementDeposited represents a Deposited event raised by the ISettlement contract.
type ISettlementDeposited struct {
	Payer  common.Address
	Amount *big.Int
	Escrow *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ISettlementDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (ISettlementDeposited) ContractEventName() string {
	return ISettlementDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payer, uint256 amount, uint256 escrow)
func (iSettlement *ISettlement) UnpackDepositedEvent(log *types.Log) (*ISettlementDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementDeposited)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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

// ISettlementReceiptRejected represents a ReceiptRejected event raised by the ISettlement contract.
type ISettlementReceiptRejected struct {
	VoucherHash [32]byte
	Reason      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ISettlementReceiptRejectedEventName = "ReceiptRejected"

// ContractEventName returns the user-defined event name.
func (ISettlementReceiptRejected) ContractEventName() string {
	return ISettlementReceiptRejectedEventName
}

// UnpackReceiptRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptRejected(bytes32 indexed voucherHash, string reason)
func (iSettlement *ISettlement) UnpackReceiptRejectedEvent(log *types.Log) (*ISettlementReceiptRejected, error) {
	event := "ReceiptRejected"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementReceiptRejected)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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

// ISettlementReceiptSettled represents a ReceiptSettled event raised by the ISettlement contract.
type ISettlementReceiptSettled struct {
	ReceiptId   [32]byte
	VoucherHash [32]byte
	Payer       common.Address
	ModelId     *big.Int
	Fee         *big.Int
	Burned      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const ISettlementReceiptSettledEventName = "ReceiptSettled"

// ContractEventName returns the user-defined event name.
func (ISettlementReceiptSettled) ContractEventName() string {
	return ISettlementReceiptSettledEventName
}

// UnpackReceiptSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned)
func (iSettlement *ISettlement) UnpackReceiptSettledEvent(log *types.Log) (*ISettlementReceiptSettled, error) {
	event := "ReceiptSettled"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementReceiptSettled)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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

// ISettlementWithdrawRequested represents a WithdrawRequested event raised by the ISettlement contract.
type ISettlementWithdrawRequested struct {
	Payer       common.Address
	Amount      *big.Int
	ReleaseTime uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const ISettlementWithdrawRequestedEventName = "WithdrawRequested"

// ContractEventName returns the user-defined event name.
func (ISettlementWithdrawRequested) ContractEventName() string {
	return ISettlementWithdrawRequestedEventName
}

// UnpackWithdrawRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawRequested(address indexed payer, uint256 amount, uint64 releaseTime)
func (iSettlement *ISettlement) UnpackWithdrawRequestedEvent(log *types.Log) (*ISettlementWithdrawRequested, error) {
	event := "WithdrawRequested"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementWithdrawRequested)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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

// ISettlementWithdrawn represents a Withdrawn event raised by the ISettlement contract.
type ISettlementWithdrawn struct {
	Payer  common.Address
	Amount *big.Int
	Escrow *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const ISettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (ISettlementWithdrawn) ContractEventName() string {
	return ISettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payer, uint256 amount, uint256 escrow)
func (iSettlement *ISettlement) UnpackWithdrawnEvent(log *types.Log) (*ISettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != iSettlement.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ISettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := iSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iSettlement.abi.Events[event].Inputs {
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
func (iSettlement *ISettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return iSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return iSettlement.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["NotSettler"].ID.Bytes()[:4]) {
		return iSettlement.UnpackNotSettlerError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return iSettlement.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return iSettlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], iSettlement.abi.Errors["WithdrawalLocked"].ID.Bytes()[:4]) {
		return iSettlement.UnpackWithdrawalLockedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ISettlementInsufficientEscrow represents a InsufficientEscrow error raised by the ISettlement contract.
type ISettlementInsufficientEscrow struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(uint256 requested, uint256 available)
func ISettlementInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xc0710ec85093bc42a85790b3e7960a058f1e6b21003b2de03ec7502e28018cd1")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(uint256 requested, uint256 available)
func (iSettlement *ISettlement) UnpackInsufficientEscrowError(raw []byte) (*ISettlementInsufficientEscrow, error) {
	out := new(ISettlementInsufficientEscrow)
	if err := iSettlement.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementInvalidArgument represents a InvalidArgument error raised by the ISettlement contract.
type ISettlementInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func ISettlementInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (iSettlement *ISettlement) UnpackInvalidArgumentError(raw []byte) (*ISettlementInvalidArgument, error) {
	out := new(ISettlementInvalidArgument)
	if err := iSettlement.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementNotSettler represents a NotSettler error raised by the ISettlement contract.
type ISettlementNotSettler struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettler(address caller)
func ISettlementNotSettlerErrorID() common.Hash {
	return common.HexToHash("0xf604cfe7a5171a648fadf25f867cc63d3ac83d49b8d919efa4be56118e871dcc")
}

// UnpackNotSettlerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettler(address caller)
func (iSettlement *ISettlement) UnpackNotSettlerError(raw []byte) (*ISettlementNotSettler, error) {
	out := new(ISettlementNotSettler)
	if err := iSettlement.abi.UnpackIntoInterface(out, "NotSettler", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementNothingToClaim represents a NothingToClaim error raised by the ISettlement contract.
type ISettlementNothingToClaim struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(address account)
func ISettlementNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x64ab34663471cdf42e0c6b384f4d5a5ab07a23c81e7ddc69a6fbb3a660346f9a")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(address account)
func (iSettlement *ISettlement) UnpackNothingToClaimError(raw []byte) (*ISettlementNothingToClaim, error) {
	out := new(ISettlementNothingToClaim)
	if err := iSettlement.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementNothingToWithdraw represents a NothingToWithdraw error raised by the ISettlement contract.
type ISettlementNothingToWithdraw struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw(address payer)
func ISettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xdc69dc16e4a8405b44139edda9a06ee66b303337358b6f4633533d65de15b7f4")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw(address payer)
func (iSettlement *ISettlement) UnpackNothingToWithdrawError(raw []byte) (*ISettlementNothingToWithdraw, error) {
	out := new(ISettlementNothingToWithdraw)
	if err := iSettlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ISettlementWithdrawalLocked represents a WithdrawalLocked error raised by the ISettlement contract.
type ISettlementWithdrawalLocked struct {
	ReleaseTime uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalLocked(uint64 releaseTime)
func ISettlementWithdrawalLockedErrorID() common.Hash {
	return common.HexToHash("0xaaf940113ec32bd58552620a4b6758f6d6011de4d8175fbe7086e0d755753273")
}

// UnpackWithdrawalLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalLocked(uint64 releaseTime)
func (iSettlement *ISettlement) UnpackWithdrawalLockedError(raw []byte) (*ISettlementWithdrawalLocked, error) {
	out := new(ISettlementWithdrawalLocked)
	if err := iSettlement.abi.UnpackIntoInterface(out, "WithdrawalLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// L1BlockMetaData contains all meta data concerning the L1Block contract.
var L1BlockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"NotDepositor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DEPOSITOR_ACCOUNT\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basefee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batcherHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobBaseFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daFootprintGasScalar\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeOverhead\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l1FeeScalar\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"number\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeConstant\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"sequenceNumber\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setL1BlockValuesEcotone\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setL1BlockValuesIsthmus\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"setL1BlockValuesJovian\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"timestamp\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "L1Block",
	Bin: "0x6080604052348015600e575f5ffd5b5061039e8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806368d5dca6116100a9578063c59859181161006e578063c598591814610254578063e591b2821461026b578063e81b2c6d1461029e578063f8206140146102a7578063fe3d5710146102b0575f5ffd5b806368d5dca6146101fe5780638381f58a146102155780638b239f73146102285780639e8c496614610231578063b80777ea1461023a575f5ffd5b8063440a5e20116100ef578063440a5e201461017b5780634d5d9a2a1461018357806354fd4d50146101af5780635cf24969146101e157806364ca23ef146101ea575f5ffd5b8063098999be1461012057806309bd5a601461012a57806316d3bc7f146101465780633db6be2b14610173575b5f5ffd5b6101286102d8565b005b61013360025481565b6040519081526020015b60405180910390f35b60085461015a9067ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161013d565b6101286102eb565b61012861030c565b60085461019a90600160401b900463ffffffff1681565b60405163ffffffff909116815260200161013d565b604080518082018252601081526f189718171816b7b832b73632b233b2b960811b6020820152905161013d9190610369565b61013360015481565b60035461015a9067ffffffffffffffff1681565b60035461019a90600160401b900463ffffffff1681565b5f5461015a9067ffffffffffffffff1681565b61013360055481565b61013360065481565b5f5461015a90600160401b900467ffffffffffffffff1681565b60035461019a90600160601b900463ffffffff1681565b61028673deaddeaddeaddeaddeaddeaddeaddeaddead000181565b6040516001600160a01b03909116815260200161013d565b61013360045481565b61013360075481565b6008546102c590600160601b900461ffff1681565b60405161ffff909116815260200161013d565b6102e0610316565b60a43560a01c600855565b6102f3610316565b60a43560a01c60b03560901c61ffff60601b1617600855565b610314610316565b565b3373deaddeaddeaddeaddeaddeaddeaddeaddead00011461033e57633cc50b455f526004601cfd5b60043560801c60035560143560801c5f55602435600155604435600755606435600255608435600455565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f8301168401019150509291505056",
}

// L1Block is an auto generated Go binding around an Ethereum contract.
type L1Block struct {
	abi abi.ABI
}

// NewL1Block creates a new instance of L1Block.
func NewL1Block() *L1Block {
	parsed, err := L1BlockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &L1Block{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *L1Block) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (l1Block *L1Block) PackDEPOSITORACCOUNT() []byte {
	enc, err := l1Block.abi.Pack("DEPOSITOR_ACCOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITORACCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe591b282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (l1Block *L1Block) TryPackDEPOSITORACCOUNT() ([]byte, error) {
	return l1Block.abi.Pack("DEPOSITOR_ACCOUNT")
}

// UnpackDEPOSITORACCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe591b282.
//
// Solidity: function DEPOSITOR_ACCOUNT() view returns(address)
func (l1Block *L1Block) UnpackDEPOSITORACCOUNT(data []byte) (common.Address, error) {
	out, err := l1Block.abi.Unpack("DEPOSITOR_ACCOUNT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) PackBaseFeeScalar() []byte {
	enc, err := l1Block.abi.Pack("baseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5985918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) TryPackBaseFeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("baseFeeScalar")
}

// UnpackBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5985918.
//
// Solidity: function baseFeeScalar() view returns(uint32)
func (l1Block *L1Block) UnpackBaseFeeScalar(data []byte) (uint32, error) {
	out, err := l1Block.abi.Unpack("baseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) PackBasefee() []byte {
	enc, err := l1Block.abi.Pack("basefee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cf24969.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) TryPackBasefee() ([]byte, error) {
	return l1Block.abi.Pack("basefee")
}

// UnpackBasefee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cf24969.
//
// Solidity: function basefee() view returns(uint256)
func (l1Block *L1Block) UnpackBasefee(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("basefee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) PackBatcherHash() []byte {
	enc, err := l1Block.abi.Pack("batcherHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) TryPackBatcherHash() ([]byte, error) {
	return l1Block.abi.Pack("batcherHash")
}

// UnpackBatcherHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe81b2c6d.
//
// Solidity: function batcherHash() view returns(bytes32)
func (l1Block *L1Block) UnpackBatcherHash(data []byte) ([32]byte, error) {
	out, err := l1Block.abi.Unpack("batcherHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) PackBlobBaseFee() []byte {
	enc, err := l1Block.abi.Pack("blobBaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8206140.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) TryPackBlobBaseFee() ([]byte, error) {
	return l1Block.abi.Pack("blobBaseFee")
}

// UnpackBlobBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8206140.
//
// Solidity: function blobBaseFee() view returns(uint256)
func (l1Block *L1Block) UnpackBlobBaseFee(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("blobBaseFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) PackBlobBaseFeeScalar() []byte {
	enc, err := l1Block.abi.Pack("blobBaseFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobBaseFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68d5dca6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) TryPackBlobBaseFeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("blobBaseFeeScalar")
}

// UnpackBlobBaseFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68d5dca6.
//
// Solidity: function blobBaseFeeScalar() view returns(uint32)
func (l1Block *L1Block) UnpackBlobBaseFeeScalar(data []byte) (uint32, error) {
	out, err := l1Block.abi.Unpack("blobBaseFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDaFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe3d5710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (l1Block *L1Block) PackDaFootprintGasScalar() []byte {
	enc, err := l1Block.abi.Pack("daFootprintGasScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe3d5710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (l1Block *L1Block) TryPackDaFootprintGasScalar() ([]byte, error) {
	return l1Block.abi.Pack("daFootprintGasScalar")
}

// UnpackDaFootprintGasScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe3d5710.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (l1Block *L1Block) UnpackDaFootprintGasScalar(data []byte) (uint16, error) {
	out, err := l1Block.abi.Unpack("daFootprintGasScalar", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09bd5a60.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) PackHash() []byte {
	enc, err := l1Block.abi.Pack("hash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09bd5a60.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) TryPackHash() ([]byte, error) {
	return l1Block.abi.Pack("hash")
}

// UnpackHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09bd5a60.
//
// Solidity: function hash() view returns(bytes32)
func (l1Block *L1Block) UnpackHash(data []byte) ([32]byte, error) {
	out, err := l1Block.abi.Unpack("hash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) PackL1FeeOverhead() []byte {
	enc, err := l1Block.abi.Pack("l1FeeOverhead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeOverhead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b239f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) TryPackL1FeeOverhead() ([]byte, error) {
	return l1Block.abi.Pack("l1FeeOverhead")
}

// UnpackL1FeeOverhead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b239f73.
//
// Solidity: function l1FeeOverhead() view returns(uint256)
func (l1Block *L1Block) UnpackL1FeeOverhead(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("l1FeeOverhead", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) PackL1FeeScalar() []byte {
	enc, err := l1Block.abi.Pack("l1FeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL1FeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9e8c4966.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) TryPackL1FeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("l1FeeScalar")
}

// UnpackL1FeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9e8c4966.
//
// Solidity: function l1FeeScalar() view returns(uint256)
func (l1Block *L1Block) UnpackL1FeeScalar(data []byte) (*big.Int, error) {
	out, err := l1Block.abi.Unpack("l1FeeScalar", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8381f58a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) PackNumber() []byte {
	enc, err := l1Block.abi.Pack("number")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8381f58a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) TryPackNumber() ([]byte, error) {
	return l1Block.abi.Pack("number")
}

// UnpackNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8381f58a.
//
// Solidity: function number() view returns(uint64)
func (l1Block *L1Block) UnpackNumber(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("number", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (l1Block *L1Block) PackOperatorFeeConstant() []byte {
	enc, err := l1Block.abi.Pack("operatorFeeConstant")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (l1Block *L1Block) TryPackOperatorFeeConstant() ([]byte, error) {
	return l1Block.abi.Pack("operatorFeeConstant")
}

// UnpackOperatorFeeConstant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16d3bc7f.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (l1Block *L1Block) UnpackOperatorFeeConstant(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("operatorFeeConstant", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (l1Block *L1Block) PackOperatorFeeScalar() []byte {
	enc, err := l1Block.abi.Pack("operatorFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (l1Block *L1Block) TryPackOperatorFeeScalar() ([]byte, error) {
	return l1Block.abi.Pack("operatorFeeScalar")
}

// UnpackOperatorFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d5d9a2a.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (l1Block *L1Block) UnpackOperatorFeeScalar(data []byte) (uint32, error) {
	out, err := l1Block.abi.Unpack("operatorFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackSequenceNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64ca23ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) PackSequenceNumber() []byte {
	enc, err := l1Block.abi.Pack("sequenceNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSequenceNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64ca23ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) TryPackSequenceNumber() ([]byte, error) {
	return l1Block.abi.Pack("sequenceNumber")
}

// UnpackSequenceNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64ca23ef.
//
// Solidity: function sequenceNumber() view returns(uint64)
func (l1Block *L1Block) UnpackSequenceNumber(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("sequenceNumber", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackSetL1BlockValuesEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440a5e20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setL1BlockValuesEcotone() returns()
func (l1Block *L1Block) PackSetL1BlockValuesEcotone() []byte {
	enc, err := l1Block.abi.Pack("setL1BlockValuesEcotone")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetL1BlockValuesEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x440a5e20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setL1BlockValuesEcotone() returns()
func (l1Block *L1Block) TryPackSetL1BlockValuesEcotone() ([]byte, error) {
	return l1Block.abi.Pack("setL1BlockValuesEcotone")
}

// PackSetL1BlockValuesIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x098999be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setL1BlockValuesIsthmus() returns()
func (l1Block *L1Block) PackSetL1BlockValuesIsthmus() []byte {
	enc, err := l1Block.abi.Pack("setL1BlockValuesIsthmus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetL1BlockValuesIsthmus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x098999be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setL1BlockValuesIsthmus() returns()
func (l1Block *L1Block) TryPackSetL1BlockValuesIsthmus() ([]byte, error) {
	return l1Block.abi.Pack("setL1BlockValuesIsthmus")
}

// PackSetL1BlockValuesJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db6be2b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setL1BlockValuesJovian() returns()
func (l1Block *L1Block) PackSetL1BlockValuesJovian() []byte {
	enc, err := l1Block.abi.Pack("setL1BlockValuesJovian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetL1BlockValuesJovian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3db6be2b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setL1BlockValuesJovian() returns()
func (l1Block *L1Block) TryPackSetL1BlockValuesJovian() ([]byte, error) {
	return l1Block.abi.Pack("setL1BlockValuesJovian")
}

// PackTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80777ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) PackTimestamp() []byte {
	enc, err := l1Block.abi.Pack("timestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb80777ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) TryPackTimestamp() ([]byte, error) {
	return l1Block.abi.Pack("timestamp")
}

// UnpackTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb80777ea.
//
// Solidity: function timestamp() view returns(uint64)
func (l1Block *L1Block) UnpackTimestamp(data []byte) (uint64, error) {
	out, err := l1Block.abi.Unpack("timestamp", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) PackVersion() []byte {
	enc, err := l1Block.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) TryPackVersion() ([]byte, error) {
	return l1Block.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(string)
func (l1Block *L1Block) UnpackVersion(data []byte) (string, error) {
	out, err := l1Block.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (l1Block *L1Block) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], l1Block.abi.Errors["NotDepositor"].ID.Bytes()[:4]) {
		return l1Block.UnpackNotDepositorError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// L1BlockNotDepositor represents a NotDepositor error raised by the L1Block contract.
type L1BlockNotDepositor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDepositor()
func L1BlockNotDepositorErrorID() common.Hash {
	return common.HexToHash("0x3cc50b455ec82761e893d2b6d1b95ca6f80ff2ed2c5fe2c3acbca74c0895b284")
}

// UnpackNotDepositorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDepositor()
func (l1Block *L1Block) UnpackNotDepositorError(raw []byte) (*L1BlockNotDepositor, error) {
	out := new(L1BlockNotDepositor)
	if err := l1Block.abi.UnpackIntoInterface(out, "NotDepositor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchMetaData contains all meta data concerning the ModelRegistryBench contract.
var ModelRegistryBenchMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"name\":\"DatanetVersionNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelInactive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"NotABaseModel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"enumIModelRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"StatusUnchanged\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"}],\"name\":\"ModelReactivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumIModelRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"ModelRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"}],\"name\":\"RatesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"modelCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reactivate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"baseModelId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"uint16\",\"name\":\"rank\",\"type\":\"uint16\"},{\"internalType\":\"string[]\",\"name\":\"targetModules\",\"type\":\"string[]\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"}],\"internalType\":\"structIModelRegistry.DatanetRef[]\",\"name\":\"datanets\",\"type\":\"tuple[]\"}],\"internalType\":\"structIModelRegistry.AdapterSpec\",\"name\":\"spec\",\"type\":\"tuple\"}],\"name\":\"registerAdapter\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"architecture\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"weightsHash\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"license\",\"type\":\"string\"}],\"name\":\"registerBaseModel\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"}],\"name\":\"setRates\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ModelRegistryBench",
	Bin: "0x6080604052348015600e575f5ffd5b506115048061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063729af28211610058578063729af282146100e9578063c6a645fe146100fc578063d004f38b14610104578063fd554cdf14610117575f5ffd5b806303ffe0421461008957806309df30ec146100ae57806329507f73146100c35780635ab4b1ad146100d6575b5f5ffd5b61009c610097366004610ea5565b61012a565b60405190815260200160405180910390f35b6100c16100bc366004610ee3565b610408565b005b6100c16100d1366004610efa565b610493565b61009c6100e4366004610f77565b610614565b61009c6100f736600461104c565b610727565b61009c5f5481565b6100c16101123660046110fc565b610847565b6100c1610125366004610ee3565b6108a3565b5f6101386020830183611125565b15905080610154575060406101506020840184611125565b9050115b156101a257604051631fff1b3b60e21b81526020600482015260186024820152776e616d65206c656e677468206f7574206f662072616e676560401b60448201526064015b60405180910390fd5b60408201356101c457604051631fff1b3b60e21b815260040161019990611167565b6101d460a0830160808401611195565b61ffff165f0361021657604051631fff1b3b60e21b815260206004820152600c60248201526b72616e6b206973207a65726f60a01b6044820152606401610199565b6102208235610932565b6102366102316101008401846111b6565b6109e4565b61024f60016102486020850185611125565b8535610c10565b5f81815260016020526040902090915061026f60a0840160808501611195565b60058201805461ffff191661ffff929092169190911790555f5b61029660a08501856111fb565b90508110156102fa57600682016102b060a08601866111fb565b838181106102c0576102c0611240565b90506020028101906102d29190611125565b82546001810184555f9384526020909320909201916102f191836112eb565b50600101610289565b5060c0830135600782015560e0830135600882015582355f908152600160208181526040808420600b018054938401815584529220018390556103bf9083908501356103496060870187611125565b87355f908152600160205260409020600a015461036a6101008a018a6111b6565b808060200260200160405190810160405280939291908181526020015f905b828210156103b5576103a6604083028601368190038101906113a4565b81526020019060010190610389565b5050505050610d1a565b506040805160c0850135815260e0850135602082015283917f927af67a34eebaf7d2f3f0faee39c9420faef49a311d0e64579625b12ec665d8910160405180910390a250919050565b5f61041282610e2b565b90505f600982015460ff16600181111561042e5761042e6113f2565b0361045957600981015460405163170f1c9760e01b815261019991849160ff90911690600401611425565b60098101805460ff1916905560405182907f088fd6740eb02bff9ac0532dada632936014250ba8ffbfd1a1e090cbde1b074e905f90a25050565b5f61049d83610e2b565b90506001600160a01b0382166104f657604051631fff1b3b60e21b815260206004820152601d60248201527f6e6577206f776e657220697320746865207a65726f20616464726573730000006044820152606401610199565b335f9081526002602052604081208054909190829061051790600190611456565b8154811061052757610527611240565b905f5260205f2001549050808284600c01548154811061054957610549611240565b5f918252602080832090910192909255600c80860154848352600190935260409091200155815482908061057f5761057f61146f565b5f82815260208082205f1990840181018390559092019092558454610100600160a81b0319166101006001600160a01b0388169081029190911786558083526002825260408084208054600c890181905560018101825590855292842090920188905590519091339188917f16b85f49bf01212961345d3016c9a531894accf62eb7680f2045d79185cc0ec091a45050505050565b5f8815806106225750604089115b1561066b57604051631fff1b3b60e21b81526020600482015260186024820152776e616d65206c656e677468206f7574206f662072616e676560401b6044820152606401610199565b8561068957604051631fff1b3b60e21b815260040161019990611167565b6106955f8b8b5f610c10565b5f818152600160205260409020909150600281016106b4898b836112eb565b50600381016106c48486836112eb565b50610718828888885f8060405190808252806020026020018201604052801561071257816020015b604080518082019091525f80825260208201528152602001906001900390816106ec5790505b50610d1a565b50509998505050505050505050565b5f5f61073288610e2b565b90508661075257604051631fff1b3b60e21b815260040161019990611167565b5f6001825460ff16600181111561076b5761076b6113f2565b036107965761077a85856109e4565b5060048101545f908152600160205260409020600a01546107e5565b83156107e557604051631fff1b3b60e21b815260206004820152601c60248201527f612062617365206d6f64656c20686173206e6f20646174616e657473000000006044820152606401610199565b61083a89898989858a8a808060200260200160405190810160405280939291908181526020015f905b828210156103b55761082b604083028601368190038101906113a4565b8152602001906001019061080e565b9998505050505050505050565b5f61085184610e2b565b6007810184905560088101839055604080518581526020810185905291925085917f927af67a34eebaf7d2f3f0faee39c9420faef49a311d0e64579625b12ec665d8910160405180910390a250505050565b5f6108ad82610e2b565b90506001600982015460ff1660018111156108ca576108ca6113f2565b036108f557600981015460405163170f1c9760e01b815261019991849160ff90911690600401611425565b60098101805460ff1916600117905560405182907ff5201226a8a9c25d2b88221fb737afa13bed245e01ec515454bf815db7374f7a905f90a25050565b80158061093f57505f5481115b1561096057604051631b5c438560e21b815260048101829052602401610199565b5f81815260016020526040812090815460ff166001811115610984576109846113f2565b146109a557604051631d068bb560e11b815260048101839052602401610199565b5f600982015460ff1660018111156109bf576109bf6113f2565b146109e057604051631748853160e11b815260048101839052602401610199565b5050565b8015806109f15750604081115b15610a3f57604051631fff1b3b60e21b815260206004820152601a60248201527f646174616e657420636f756e74206f7574206f662072616e67650000000000006044820152606401610199565b5f5b81811015610c0b575f5b81811015610ad657838383818110610a6557610a65611240565b9050604002015f0135848483818110610a8057610a80611240565b9050604002015f013503610ace57604051631fff1b3b60e21b8152602060048201526014602482015273646174616e6574206c697374656420747769636560601b6044820152606401610199565b600101610a4b565b505f610a01848484818110610aed57610aed611240565b9050604002015f0135858585818110610b0857610b08611240565b90506040020160200135604051602401610b2c929190918252602082015260400190565b60408051601f198184030181529181526020820180516001600160e01b0316636987b07560e01b17905251610b619190611483565b5f60405180830381855afa9150503d805f8114610b99576040519150601f19603f3d011682016040523d82523d5f602084013e610b9e565b606091505b5050905080610c0257838383818110610bb957610bb9611240565b9050604002015f0135848484818110610bd457610bd4611240565b90506040020160200135604051630f81287b60e01b8152600401610199929190918252602082015260400190565b50600101610a41565b505050565b5f5f5f8154610c1e90611499565b91829055505f8181526001602081905260409091208054929350918791839160ff1916908381811115610c5357610c536113f2565b02179055508054610100600160a81b031916336101000217815560018101610c7c8587836112eb565b506004810183905560098101805468ffffffffffffffff001916610100426001600160401b031602179055335f8181526002602090815260408083208054600c870181905560018101825590845291909220018490555184919084907fb57756e554033a64abe078e9b8c95860597be3641450f094101fa08cb87263ef90610d09908b908b908b906114d9565b60405180910390a450949350505050565b5f8681526001602081815260408320600a0180548084018255908452908320600590910201878155908101610d508688836112eb565b506002810184905560048101805467ffffffffffffffff1916426001600160401b03161790555f5b8351811015610dcc5781600301848281518110610d9757610d97611240565b6020908102919091018101518254600181810185555f9485529383902082516002909202019081559101519082015501610d78565b505f8881526001602052604090819020600a0154905181908a907f3b1458af2cb55284bd091fd980c6f64ef31a33db89cf80fcb46f26675bfa0b3390610e17908c908c908c906114e2565b60405180910390a398975050505050505050565b5f811580610e3957505f5482115b15610e5a57604051631b5c438560e21b815260048101839052602401610199565b505f818152600160205260409020805461010090046001600160a01b03163314610ea05760405163b9c0876160e01b815260048101839052336024820152604401610199565b919050565b5f60208284031215610eb5575f5ffd5b81356001600160401b03811115610eca575f5ffd5b82016101208185031215610edc575f5ffd5b9392505050565b5f60208284031215610ef3575f5ffd5b5035919050565b5f5f60408385031215610f0b575f5ffd5b8235915060208301356001600160a01b0381168114610f28575f5ffd5b809150509250929050565b5f5f83601f840112610f43575f5ffd5b5081356001600160401b03811115610f59575f5ffd5b602083019150836020828501011115610f70575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60a08a8c031215610f8f575f5ffd5b89356001600160401b03811115610fa4575f5ffd5b610fb08c828d01610f33565b909a5098505060208a01356001600160401b03811115610fce575f5ffd5b610fda8c828d01610f33565b90985096505060408a0135945060608a01356001600160401b03811115610fff575f5ffd5b61100b8c828d01610f33565b90955093505060808a01356001600160401b03811115611029575f5ffd5b6110358c828d01610f33565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f60808789031215611061575f5ffd5b863595506020870135945060408701356001600160401b03811115611084575f5ffd5b61109089828a01610f33565b90955093505060608701356001600160401b038111156110ae575f5ffd5b8701601f810189136110be575f5ffd5b80356001600160401b038111156110d3575f5ffd5b8960208260061b84010111156110e7575f5ffd5b60208201935080925050509295509295509295565b5f5f5f6060848603121561110e575f5ffd5b505081359360208301359350604090920135919050565b5f5f8335601e1984360301811261113a575f5ffd5b8301803591506001600160401b03821115611153575f5ffd5b602001915036819003821315610f70575f5ffd5b602080825260149082015273776569676874732068617368206973207a65726f60601b604082015260600190565b5f602082840312156111a5575f5ffd5b813561ffff81168114610edc575f5ffd5b5f5f8335601e198436030181126111cb575f5ffd5b8301803591506001600160401b038211156111e4575f5ffd5b6020019150600681901b3603821315610f70575f5ffd5b5f5f8335601e19843603018112611210575f5ffd5b8301803591506001600160401b03821115611229575f5ffd5b6020019150600581901b3603821315610f70575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061127c57607f821691505b60208210810361129a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610c0b57805f5260205f20601f840160051c810160208510156112c55750805b601f840160051c820191505b818110156112e4575f81556001016112d1565b5050505050565b6001600160401b0383111561130257611302611254565b611316836113108354611268565b836112a0565b5f601f841160018114611347575f85156113305750838201355b5f19600387901b1c1916600186901b1783556112e4565b5f83815260208120601f198716915b828110156113765786850135825560209485019460019092019101611356565b5086821015611392575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f60408284031280156113b5575f5ffd5b50604080519081016001600160401b03811182821017156113d8576113d8611254565b604052823581526020928301359281019290925250919050565b634e487b7160e01b5f52602160045260245ffd5b6002811061142257634e487b7160e01b5f52602160045260245ffd5b50565b8281526040810161143583611406565b8260208301529392505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561146957611469611442565b92915050565b634e487b7160e01b5f52603160045260245ffd5b5f82518060208501845e5f920191825250919050565b5f600182016114aa576114aa611442565b5060010190565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6114e284611406565b838152604060208201525f6114fb6040830184866114b1565b9594505050505056",
}

// ModelRegistryBench is an auto generated Go binding around an Ethereum contract.
type ModelRegistryBench struct {
	abi abi.ABI
}

// NewModelRegistryBench creates a new instance of ModelRegistryBench.
func NewModelRegistryBench() *ModelRegistryBench {
	parsed, err := ModelRegistryBenchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ModelRegistryBench{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ModelRegistryBench) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 id) returns()
func (modelRegistryBench *ModelRegistryBench) PackDeprecate(id *big.Int) []byte {
	enc, err := modelRegistryBench.abi.Pack("deprecate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 id) returns()
func (modelRegistryBench *ModelRegistryBench) TryPackDeprecate(id *big.Int) ([]byte, error) {
	return modelRegistryBench.abi.Pack("deprecate", id)
}

// PackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistryBench *ModelRegistryBench) PackModelCount() []byte {
	enc, err := modelRegistryBench.abi.Pack("modelCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc6a645fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistryBench *ModelRegistryBench) TryPackModelCount() ([]byte, error) {
	return modelRegistryBench.abi.Pack("modelCount")
}

// UnpackModelCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc6a645fe.
//
// Solidity: function modelCount() view returns(uint256)
func (modelRegistryBench *ModelRegistryBench) UnpackModelCount(data []byte) (*big.Int, error) {
	out, err := modelRegistryBench.abi.Unpack("modelCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729af282.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(uint256 id, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256)
func (modelRegistryBench *ModelRegistryBench) PackPublishVersion(id *big.Int, weightsHash [32]byte, uri string, datanets []IModelRegistryDatanetRef) []byte {
	enc, err := modelRegistryBench.abi.Pack("publishVersion", id, weightsHash, uri, datanets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x729af282.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(uint256 id, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256)
func (modelRegistryBench *ModelRegistryBench) TryPackPublishVersion(id *big.Int, weightsHash [32]byte, uri string, datanets []IModelRegistryDatanetRef) ([]byte, error) {
	return modelRegistryBench.abi.Pack("publishVersion", id, weightsHash, uri, datanets)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x729af282.
//
// Solidity: function publishVersion(uint256 id, bytes32 weightsHash, string uri, (uint256,uint256)[] datanets) returns(uint256)
func (modelRegistryBench *ModelRegistryBench) UnpackPublishVersion(data []byte) (*big.Int, error) {
	out, err := modelRegistryBench.abi.Unpack("publishVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09df30ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reactivate(uint256 id) returns()
func (modelRegistryBench *ModelRegistryBench) PackReactivate(id *big.Int) []byte {
	enc, err := modelRegistryBench.abi.Pack("reactivate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09df30ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reactivate(uint256 id) returns()
func (modelRegistryBench *ModelRegistryBench) TryPackReactivate(id *big.Int) ([]byte, error) {
	return modelRegistryBench.abi.Pack("reactivate", id)
}

// PackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ffe042.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) PackRegisterAdapter(spec IModelRegistryAdapterSpec) []byte {
	enc, err := modelRegistryBench.abi.Pack("registerAdapter", spec)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterAdapter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03ffe042.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) TryPackRegisterAdapter(spec IModelRegistryAdapterSpec) ([]byte, error) {
	return modelRegistryBench.abi.Pack("registerAdapter", spec)
}

// UnpackRegisterAdapter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03ffe042.
//
// Solidity: function registerAdapter((uint256,string,bytes32,string,uint16,string[],uint256,uint256,(uint256,uint256)[]) spec) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) UnpackRegisterAdapter(data []byte) (*big.Int, error) {
	out, err := modelRegistryBench.abi.Unpack("registerAdapter", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegisterBaseModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab4b1ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) PackRegisterBaseModel(name string, architecture string, weightsHash [32]byte, uri string, license string) []byte {
	enc, err := modelRegistryBench.abi.Pack("registerBaseModel", name, architecture, weightsHash, uri, license)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterBaseModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab4b1ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) TryPackRegisterBaseModel(name string, architecture string, weightsHash [32]byte, uri string, license string) ([]byte, error) {
	return modelRegistryBench.abi.Pack("registerBaseModel", name, architecture, weightsHash, uri, license)
}

// UnpackRegisterBaseModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ab4b1ad.
//
// Solidity: function registerBaseModel(string name, string architecture, bytes32 weightsHash, string uri, string license) returns(uint256 id)
func (modelRegistryBench *ModelRegistryBench) UnpackRegisterBaseModel(data []byte) (*big.Int, error) {
	out, err := modelRegistryBench.abi.Unpack("registerBaseModel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd004f38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRates(uint256 id, uint256 rateIn, uint256 rateOut) returns()
func (modelRegistryBench *ModelRegistryBench) PackSetRates(id *big.Int, rateIn *big.Int, rateOut *big.Int) []byte {
	enc, err := modelRegistryBench.abi.Pack("setRates", id, rateIn, rateOut)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd004f38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRates(uint256 id, uint256 rateIn, uint256 rateOut) returns()
func (modelRegistryBench *ModelRegistryBench) TryPackSetRates(id *big.Int, rateIn *big.Int, rateOut *big.Int) ([]byte, error) {
	return modelRegistryBench.abi.Pack("setRates", id, rateIn, rateOut)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(uint256 id, address newOwner) returns()
func (modelRegistryBench *ModelRegistryBench) PackTransferOwnership(id *big.Int, newOwner common.Address) []byte {
	enc, err := modelRegistryBench.abi.Pack("transferOwnership", id, newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29507f73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(uint256 id, address newOwner) returns()
func (modelRegistryBench *ModelRegistryBench) TryPackTransferOwnership(id *big.Int, newOwner common.Address) ([]byte, error) {
	return modelRegistryBench.abi.Pack("transferOwnership", id, newOwner)
}

// ModelRegistryBenchModelDeprecated represents a ModelDeprecated event raised by the ModelRegistryBench contract.
type ModelRegistryBenchModelDeprecated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchModelDeprecatedEventName = "ModelDeprecated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchModelDeprecated) ContractEventName() string {
	return ModelRegistryBenchModelDeprecatedEventName
}

// UnpackModelDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeprecated(uint256 indexed modelId)
func (modelRegistryBench *ModelRegistryBench) UnpackModelDeprecatedEvent(log *types.Log) (*ModelRegistryBenchModelDeprecated, error) {
	event := "ModelDeprecated"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchModelDeprecated)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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

// ModelRegistryBenchModelReactivated represents a ModelReactivated event raised by the ModelRegistryBench contract.
type ModelRegistryBenchModelReactivated struct {
	ModelId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchModelReactivatedEventName = "ModelReactivated"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchModelReactivated) ContractEventName() string {
	return ModelRegistryBenchModelReactivatedEventName
}

// UnpackModelReactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelReactivated(uint256 indexed modelId)
func (modelRegistryBench *ModelRegistryBench) UnpackModelReactivatedEvent(log *types.Log) (*ModelRegistryBenchModelReactivated, error) {
	event := "ModelReactivated"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchModelReactivated)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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

// ModelRegistryBenchModelRegistered represents a ModelRegistered event raised by the ModelRegistryBench contract.
type ModelRegistryBenchModelRegistered struct {
	ModelId     *big.Int
	Owner       common.Address
	BaseModelId *big.Int
	Kind        uint8
	Name        string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchModelRegisteredEventName = "ModelRegistered"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchModelRegistered) ContractEventName() string {
	return ModelRegistryBenchModelRegisteredEventName
}

// UnpackModelRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegistered(uint256 indexed modelId, address indexed owner, uint256 indexed baseModelId, uint8 kind, string name)
func (modelRegistryBench *ModelRegistryBench) UnpackModelRegisteredEvent(log *types.Log) (*ModelRegistryBenchModelRegistered, error) {
	event := "ModelRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchModelRegistered)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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

// ModelRegistryBenchOwnershipTransferred represents a OwnershipTransferred event raised by the ModelRegistryBench contract.
type ModelRegistryBenchOwnershipTransferred struct {
	ModelId       *big.Int
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchOwnershipTransferred) ContractEventName() string {
	return ModelRegistryBenchOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(uint256 indexed modelId, address indexed previousOwner, address indexed newOwner)
func (modelRegistryBench *ModelRegistryBench) UnpackOwnershipTransferredEvent(log *types.Log) (*ModelRegistryBenchOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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

// ModelRegistryBenchRatesSet represents a RatesSet event raised by the ModelRegistryBench contract.
type ModelRegistryBenchRatesSet struct {
	ModelId *big.Int
	RateIn  *big.Int
	RateOut *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchRatesSetEventName = "RatesSet"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchRatesSet) ContractEventName() string {
	return ModelRegistryBenchRatesSetEventName
}

// UnpackRatesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RatesSet(uint256 indexed modelId, uint256 rateIn, uint256 rateOut)
func (modelRegistryBench *ModelRegistryBench) UnpackRatesSetEvent(log *types.Log) (*ModelRegistryBenchRatesSet, error) {
	event := "RatesSet"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchRatesSet)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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

// ModelRegistryBenchVersionPublished represents a VersionPublished event raised by the ModelRegistryBench contract.
type ModelRegistryBenchVersionPublished struct {
	ModelId     *big.Int
	Version     *big.Int
	WeightsHash [32]byte
	Uri         string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ModelRegistryBenchVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (ModelRegistryBenchVersionPublished) ContractEventName() string {
	return ModelRegistryBenchVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(uint256 indexed modelId, uint256 indexed version, bytes32 weightsHash, string uri)
func (modelRegistryBench *ModelRegistryBench) UnpackVersionPublishedEvent(log *types.Log) (*ModelRegistryBenchVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 || log.Topics[0] != modelRegistryBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ModelRegistryBenchVersionPublished)
	if len(log.Data) > 0 {
		if err := modelRegistryBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range modelRegistryBench.abi.Events[event].Inputs {
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
func (modelRegistryBench *ModelRegistryBench) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["DatanetVersionNotFound"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackDatanetVersionNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackInvalidArgumentError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["ModelInactive"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackModelInactiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["ModelNotFound"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["NotABaseModel"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackNotABaseModelError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], modelRegistryBench.abi.Errors["StatusUnchanged"].ID.Bytes()[:4]) {
		return modelRegistryBench.UnpackStatusUnchangedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ModelRegistryBenchDatanetVersionNotFound represents a DatanetVersionNotFound error raised by the ModelRegistryBench contract.
type ModelRegistryBenchDatanetVersionNotFound struct {
	DatanetId *big.Int
	Version   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetVersionNotFound(uint256 datanetId, uint256 version)
func ModelRegistryBenchDatanetVersionNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0f81287bd7a4979620876c1f28afe70d9eca69feb21c050cc6744ba82ec41c94")
}

// UnpackDatanetVersionNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetVersionNotFound(uint256 datanetId, uint256 version)
func (modelRegistryBench *ModelRegistryBench) UnpackDatanetVersionNotFoundError(raw []byte) (*ModelRegistryBenchDatanetVersionNotFound, error) {
	out := new(ModelRegistryBenchDatanetVersionNotFound)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "DatanetVersionNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchInvalidArgument represents a InvalidArgument error raised by the ModelRegistryBench contract.
type ModelRegistryBenchInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func ModelRegistryBenchInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (modelRegistryBench *ModelRegistryBench) UnpackInvalidArgumentError(raw []byte) (*ModelRegistryBenchInvalidArgument, error) {
	out := new(ModelRegistryBenchInvalidArgument)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchModelInactive represents a ModelInactive error raised by the ModelRegistryBench contract.
type ModelRegistryBenchModelInactive struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelInactive(uint256 modelId)
func ModelRegistryBenchModelInactiveErrorID() common.Hash {
	return common.HexToHash("0x2e910a624e5962e8448c9ece639b625ec6a27b10accc1313c4348ff7e61f42a3")
}

// UnpackModelInactiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelInactive(uint256 modelId)
func (modelRegistryBench *ModelRegistryBench) UnpackModelInactiveError(raw []byte) (*ModelRegistryBenchModelInactive, error) {
	out := new(ModelRegistryBenchModelInactive)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "ModelInactive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchModelNotFound represents a ModelNotFound error raised by the ModelRegistryBench contract.
type ModelRegistryBenchModelNotFound struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelNotFound(uint256 modelId)
func ModelRegistryBenchModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x6d710e146008a5f622bb595e6a691f7ce9ecb13fc2c7df968e9afe7db4c010c5")
}

// UnpackModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelNotFound(uint256 modelId)
func (modelRegistryBench *ModelRegistryBench) UnpackModelNotFoundError(raw []byte) (*ModelRegistryBenchModelNotFound, error) {
	out := new(ModelRegistryBenchModelNotFound)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "ModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchNotABaseModel represents a NotABaseModel error raised by the ModelRegistryBench contract.
type ModelRegistryBenchNotABaseModel struct {
	ModelId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotABaseModel(uint256 modelId)
func ModelRegistryBenchNotABaseModelErrorID() common.Hash {
	return common.HexToHash("0x3a0d176a42a2be1a57754965e009895027145bfc5d823af523185f2c9c30af73")
}

// UnpackNotABaseModelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotABaseModel(uint256 modelId)
func (modelRegistryBench *ModelRegistryBench) UnpackNotABaseModelError(raw []byte) (*ModelRegistryBenchNotABaseModel, error) {
	out := new(ModelRegistryBenchNotABaseModel)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "NotABaseModel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchNotOwner represents a NotOwner error raised by the ModelRegistryBench contract.
type ModelRegistryBenchNotOwner struct {
	ModelId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func ModelRegistryBenchNotOwnerErrorID() common.Hash {
	return common.HexToHash("0xb9c08761b39290edeb2eaccc82f97335f55e0538265165b6a27841798afb244b")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(uint256 modelId, address caller)
func (modelRegistryBench *ModelRegistryBench) UnpackNotOwnerError(raw []byte) (*ModelRegistryBenchNotOwner, error) {
	out := new(ModelRegistryBenchNotOwner)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ModelRegistryBenchStatusUnchanged represents a StatusUnchanged error raised by the ModelRegistryBench contract.
type ModelRegistryBenchStatusUnchanged struct {
	ModelId *big.Int
	Status  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StatusUnchanged(uint256 modelId, uint8 status)
func ModelRegistryBenchStatusUnchangedErrorID() common.Hash {
	return common.HexToHash("0x170f1c97841002df0567e3a545f6d1ccdcd71eb109efc43ec8e6b39a6450be17")
}

// UnpackStatusUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StatusUnchanged(uint256 modelId, uint8 status)
func (modelRegistryBench *ModelRegistryBench) UnpackStatusUnchangedError(raw []byte) (*ModelRegistryBenchStatusUnchanged, error) {
	out := new(ModelRegistryBenchStatusUnchanged)
	if err := modelRegistryBench.abi.UnpackIntoInterface(out, "StatusUnchanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SettlementBenchMetaData contains all meta data concerning the SettlementBench contract.
var SettlementBenchMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"platformFee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"burnBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ownerBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"operatorBps_\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"settlers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"ReceiptRejected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"receiptId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"burned\",\"type\":\"uint256\"}],\"name\":\"ReceiptSettled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"burnBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"contributions\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"datanetId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptedIndex\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"declaredCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"escrowOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Voucher\",\"name\":\"v\",\"type\":\"tuple\"}],\"name\":\"hashVoucher\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSettler\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"models\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ownerBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"platformFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"receiptOfNonce\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"datanetId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"acceptedIndex\",\"type\":\"uint64\"}],\"name\":\"setContribution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"rateIn\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rateOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256[]\",\"name\":\"datanets\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"counts\",\"type\":\"uint256[]\"}],\"name\":\"setModel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"tokensIn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tokensOut\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"internalType\":\"structISettlement.Contribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Voucher[]\",\"name\":\"vouchers\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"settled\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SettlementBench",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611e2d380380611e2d83398101604081905261002e916101c8565b6127108261003c85876102bb565b61004691906102bb565b111561007e5760405162461bcd60e51b815260206004820152600360248201526262707360e81b604482015260640160405180910390fd5b5f8581556001859055600284905560038390555b81518110156100eb57600160055f8484815181106100b2576100b26102e0565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff1916911515919091179055600101610092565b50604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f460e14ffdb301d768a478a9fb14f483717968947aa61a3dc238ac6c764bf5143918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260c00160408051601f198184030181529190528051602090910120608052506102f49350505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b03811681146101c3575f5ffd5b919050565b5f5f5f5f5f60a086880312156101dc575f5ffd5b855160208701516040880151606089015160808a0151939850919650945092506001600160401b0381111561020f575f5ffd5b8601601f8101881361021f575f5ffd5b80516001600160401b0381111561023857610238610199565b604051600582901b90603f8201601f191681016001600160401b038111828210171561026657610266610199565b60405291825260208184018101929081018b841115610283575f5ffd5b6020850194505b838510156102a95761029b856101ad565b81526020948501940161028a565b50809450505050509295509295909350565b808201808211156102da57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b608051611b1a6103135f395f818161048f0152610ad10152611b1a5ff3fe608060405260043610610105575f3560e01c80636a030ca911610092578063d89135cd11610062578063d89135cd14610385578063e038c3da1461039a578063e25cb5bf146103c5578063f698da251461047e578063fbb4da38146104b1575f5ffd5b80636a030ca9146102b9578063849e7aff14610332578063c410925314610368578063d0e30db01461037d575f5ffd5b8063379ae999116100d8578063379ae99914610207578063402914f5146102265780634d1fcd031461025157806353deb3d61461028f57806354b9c343146102a4575f5ffd5b80630c5005d1146101095780631cee07001461012a57806325bccb56146101c657806326232a2e146101f3575b5f5ffd5b348015610114575f5ffd5b50610128610123366004611555565b6104e7565b005b348015610135575f5ffd5b50610188610144366004611606565b600c6020525f9081526040902080546001909101546001600160a01b03821691600160a01b90046001600160401b039081169190811690600160401b900460ff1684565b604080516001600160a01b039590951685526001600160401b0393841660208601529190921690830152151560608201526080015b60405180910390f35b3480156101d1575f5ffd5b506101e56101e036600461161d565b6105fb565b6040519081526020016101bd565b3480156101fe575f5ffd5b506101e55f5481565b348015610212575f5ffd5b506101e56102213660046116ea565b610a0a565b348015610231575f5ffd5b506101e5610240366004611703565b60076020525f908152604090205481565b34801561025c575f5ffd5b5061027f61026b366004611703565b60056020525f908152604090205460ff1681565b60405190151581526020016101bd565b34801561029a575f5ffd5b506101e560015481565b3480156102af575f5ffd5b506101e560025481565b3480156102c4575f5ffd5b506103086102d3366004611606565b600a6020525f90815260409020805460018201546002909201546001600160a01b03821692600160a01b90920460ff16919084565b604080516001600160a01b03909516855292151560208501529183015260608201526080016101bd565b34801561033d575f5ffd5b506101e561034c36600461171c565b600860209081525f928352604080842090915290825290205481565b348015610373575f5ffd5b506101e560035481565b610128610b1f565b348015610390575f5ffd5b506101e560045481565b3480156103a5575f5ffd5b506101e56103b4366004611703565b60066020525f908152604090205481565b3480156103d0575f5ffd5b506101286103df36600461175a565b604080516080810182526001600160a01b0394851681526001600160401b0393841660208083019182529385168284019081526001606084018181525f998a52600c909652939097209151825491518616600160a01b026001600160e01b0319909216961695909517949094178455935192909301805493511515600160401b0268ffffffffffffffffff199094169290911691909117919091179055565b348015610489575f5ffd5b506101e57f000000000000000000000000000000000000000000000000000000000000000081565b3480156104bc575f5ffd5b506101e56104cb3660046117a4565b600b60209081525f928352604080842090915290825290205481565b6040518060800160405280896001600160a01b03168152602001881515815260200187815260200186815250600a5f8b81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a81548160ff02191690831515021790555060408201518160010155606082015181600201559050505f5f90505b838110156105ef578282828181106105a3576105a36117c4565b90506020020135600b5f8c81526020019081526020015f205f8787858181106105ce576105ce6117c4565b602090810292909201358352508101919091526040015f2055600101610589565b50505050505050505050565b335f9081526005602052604081205460ff1661064b5760405162461bcd60e51b815260206004820152600a6024820152692737ba29b2ba3a3632b960b11b60448201526064015b60405180910390fd5b858414801561065957508582145b61068f5760405162461bcd60e51b81526020600482015260076024820152666c656e6774687360c81b6044820152606401610642565b5f80805b8881101561095757368a8a838181106106ae576106ae6117c4565b90506020028101906106c091906117d8565b9050368989848181106106d5576106d56117c4565b905060c0020190505f6106e782610a0a565b90505f836040516020016106fb9190611879565b6040516020818303038152906040528051906020012090505f5f5f61074687878f8f8c81811061072d5761072d6117c4565b905060200281019061073f9190611922565b8989610b44565b92509250925082515f1461079857847fdaabc162f9bb6acb6b7a349acacae8af0dfcf4a395de6ba70726d74231861217846040516107849190611964565b60405180910390a25050505050505061094f565b8360085f6107a960208a018a611703565b6001600160a01b0316815260208082019290925260409081015f90812060608b810135835290845282822094909455815193840182526fffffffffffffffffffffffffffffffff86811685528b8401356001600160401b039081168686019081524382168786019081528b855260098752948420965187549151955193166001600160c01b031990911617600160801b94821694909402939093176001600160c01b0316600160c01b919093160291909117909255839160069161086f908a018a611703565b6001600160a01b03166001600160a01b031681526020019081526020015f205f82825461089c91906119ad565b925050819055505f5f6108b38985855f015161117b565b90925090506108c2828d6119c0565b9b506108ce818c6119c0565b9a506108dd6020890189611703565b6001600160a01b031687877f0b1444df3d8d4d7c5c514a297256a9e43008be49ede3d5d1938f14fef88026b08c602001358886604051610930939291909283526020830191909152604082015260600190565b60405180910390a48c610942816119d3565b9d50505050505050505050505b600101610693565b508060045f82825461096991906119c0565b909155505081156109fe576040515f90339084908381818185875af1925050503d805f81146109b3576040519150601f19603f3d011682016040523d82523d5f602084013e6109b8565b606091505b50509050806109fc5760405162461bcd60e51b815260206004820152601060248201526f1bdc195c985d1bdc881c185e5b595b9d60821b6044820152606401610642565b505b50509695505050505050565b5f807fd9ae42af9fc9bd36e594d73b5870aa73afad0c4dcb412b4e38c7cb995a3e0840610a3a6020850185611703565b602085013560408601356060870135610a5960a0890160808a016119eb565b6040805160208101979097526001600160a01b03909516948601949094526060850192909252608084015260a0838101919091526001600160401b0390911660c083015284013560e08201526101000160408051601f1981840301815290829052805160209182012061190160f01b918301919091527f0000000000000000000000000000000000000000000000000000000000000000602283015260428201819052915060620160405160208183030381529060405280519060200120915050919050565b335f9081526006602052604081208054349290610b3d9084906119c0565b9091555050565b604080516080810182525f808252602082018190529181018290526060818101839052919088358514610ba7576040805180820190915260158152740ecdeeac6d0cae440d0c2e6d040dad2e6dac2e8c6d605b1b602082015292505f915061116f565b8760200135896020013514610be55760408051808201909152600e81526d0dadec8cad840dad2e6dac2e8c6d60931b602082015292505f915061116f565b5f610bf186898961126c565b90506001600160a01b038116610c30575060408051808201909152600d81526c626164207369676e617475726560981b602082015292505f915061116f565b610c3d60208a018a611703565b6001600160a01b0316816001600160a01b031614610c83575060408051808201909152600c81526b3bb937b7339039b4b3b732b960a11b602082015292505f915061116f565b5f600881610c9460208d018d611703565b6001600160a01b0316815260208082019290925260409081015f90812060608e0135825290925290205490508015610d2a57858114610cf5576040518060400160405280600a8152602001691b9bdb98d9481d5cd95960b21b815250610d1e565b6040518060400160405280600f81526020016e185b1c9958591e481cd95d1d1b1959608a1b8152505b5f94509450505061116f565b42610d3b60a08c0160808d016119eb565b6001600160401b03161015610d74575050604080518082019091526007815266195e1c1a5c995960ca1b602082015292505f915061116f565b60208b8101355f908152600a8252604090819020815160808101835281546001600160a01b038116808352600160a01b90910460ff161515948201949094526001820154928101929092526002015460608201529350610dfe57505060408051808201909152600d81526c1d5b9adb9bdddb881b5bd9195b609a1b602082015292505f915061116f565b8260200151610e3857505060408051808201909152600e81526d6d6f64656c20696e61637469766560901b602082015292505f915061116f565b5f54610e6d84606001518d6060016020810190610e5591906119eb565b6001600160401b0316610e689190611a04565b61139d565b610e8885604001518e6040016020810190610e5591906119eb565b610e9291906119c0565b610e9c91906119c0565b93508a608001358414610ed857505060408051808201909152600c81526b0cccaca40dad2e6dac2e8c6d60a31b602082015292505f915061116f565b8960400135841115610f1757505060408051808201909152601081526f6665652061626f7665206d617846656560801b602082015292505f915061116f565b60065f610f2760208d018d611703565b6001600160a01b03166001600160a01b031681526020019081526020015f2054841115610f84575050604080518082019091526013815272696e73756666696369656e7420657363726f7760681b602082015292505f915061116f565b5f5b610f9360c08d018d611a1b565b905081101561115b575f610faa60c08e018e611a1b565b83818110610fba57610fba6117c4565b9050604002015f013590505f82118015611003575080610fdd60c08f018f611a1b565b610fe86001866119ad565b818110610ff757610ff76117c4565b9050604002015f013510155b1561104b57505060408051808201909152601b81527f636f6e747269627574696f6e73206e6f7420617363656e64696e670000000000602082015294505f935061116f915050565b5f818152600c6020908152604091829020825160808101845281546001600160a01b0381168252600160a01b90046001600160401b039081169382019390935260019091015491821692810192909252600160401b900460ff161515606082018190526110ed5750506040805180820190915260148152733ab735b737bbb71031b7b73a3934b13aba34b7b760611b602082015295505f945061116f92505050565b6020808f01355f908152600b82526040808220848401516001600160401b039081168452935290819020549083015190911610611151575f86604051806060016040528060228152602001611af8602291399190975097509750505050505061116f565b5050600101610f86565b505060408051602081019091525f81529350505b96509650969350505050565b5f5f5f6127106002548661118f9190611a04565b6111999190611a74565b6001600160a01b0385165f908152600760205260408120805492935083929091906111c59084906119c0565b9091555050600354612710906111db9087611a04565b6111e59190611a74565b92505f61271060035460025460015461271061120191906119ad565b61120b91906119ad565b61121591906119ad565b61121f9088611a04565b6112299190611a74565b905061124161123b60c0890189611a1b565b836113d7565b8461124c84896119ad565b61125691906119ad565b61126091906119ad565b92505050935093915050565b5f6041821461127c57505f611396565b5f61128a6020828587611a87565b61129391611aae565b90505f6112a4604060208688611a87565b6112ad91611aae565b90505f858560408181106112c3576112c36117c4565b919091013560f81c915050601b8110156112e5576112e2601b82611acb565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082118061132657508060ff16601b1415801561132657508060ff16601c14155b15611336575f9350505050611396565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611386573d5f5f3e3d5ffd5b5050506020604051035193505050505b9392505050565b5f6113aa6103e883611ae4565b156113b65760016113b8565b5f5b60ff166113c76103e884611a74565b6113d191906119c0565b92915050565b5f80805b84811015611414578585828181106113f5576113f56117c4565b905060400201602001358261140a91906119c0565b91506001016113db565b50805f03611425575f915050611396565b5f5b848110156114ea575f82878784818110611443576114436117c4565b90506040020160200135866114589190611a04565b6114629190611a74565b9050805f0361147157506114e2565b8060075f600c5f8b8b8881811061148a5761148a6117c4565b604090810292909201358352506020808301939093529081015f908120546001600160a01b03168452918301939093529101812080549091906114ce9084906119c0565b909155506114de905081856119c0565b9350505b600101611427565b50509392505050565b80356001600160a01b0381168114611509575f5ffd5b919050565b5f5f83601f84011261151e575f5ffd5b5081356001600160401b03811115611534575f5ffd5b6020830191508360208260051b850101111561154e575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f60e08a8c03121561156d575f5ffd5b8935985061157d60208b016114f3565b975060408a01358015158114611591575f5ffd5b965060608a0135955060808a0135945060a08a01356001600160401b038111156115b9575f5ffd5b6115c58c828d0161150e565b90955093505060c08a01356001600160401b038111156115e3575f5ffd5b6115ef8c828d0161150e565b915080935050809150509295985092959850929598565b5f60208284031215611616575f5ffd5b5035919050565b5f5f5f5f5f5f60608789031215611632575f5ffd5b86356001600160401b03811115611647575f5ffd5b61165389828a0161150e565b90975095505060208701356001600160401b03811115611671575f5ffd5b8701601f81018913611681575f5ffd5b80356001600160401b03811115611696575f5ffd5b89602060c0830284010111156116aa575f5ffd5b6020919091019450925060408701356001600160401b038111156116cc575f5ffd5b6116d889828a0161150e565b979a9699509497509295939492505050565b5f60c08284031280156116fb575f5ffd5b509092915050565b5f60208284031215611713575f5ffd5b611396826114f3565b5f5f6040838503121561172d575f5ffd5b611736836114f3565b946020939093013593505050565b80356001600160401b0381168114611509575f5ffd5b5f5f5f5f6080858703121561176d575f5ffd5b8435935061177d602086016114f3565b925061178b60408601611744565b915061179960608601611744565b905092959194509250565b5f5f604083850312156117b5575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52603260045260245ffd5b5f823560fe198336030181126117ec575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261180b575f5ffd5b83016020810192503590506001600160401b03811115611829575f5ffd5b8060061b360382131561154e575f5ffd5b8183526020830192505f815f5b8481101561186f57813586526020808301359087015260409586019590910190600101611847565b5093949350505050565b60208082528235828201528201356040808301919091525f906001600160401b03906118a6908501611744565b1660608301526001600160401b036118c060608501611744565b1660808301525f608084013590508060a0840152505f60a084013590508060c0840152506118f160c08401846117f6565b61010060e08501526119086101208501828461183a565b60e095909501356101009490940193909352509192915050565b5f5f8335601e19843603018112611937575f5ffd5b8301803591506001600160401b03821115611950575f5ffd5b60200191503681900382131561154e575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156113d1576113d1611999565b808201808211156113d1576113d1611999565b5f600182016119e4576119e4611999565b5060010190565b5f602082840312156119fb575f5ffd5b61139682611744565b80820281158282048414176113d1576113d1611999565b5f5f8335601e19843603018112611a30575f5ffd5b8301803591506001600160401b03821115611a49575f5ffd5b6020019150600681901b360382131561154e575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f82611a8257611a82611a60565b500490565b5f5f85851115611a95575f5ffd5b83861115611aa1575f5ffd5b5050820193919092039150565b803560208310156113d1575f19602084900360031b1b1692915050565b60ff81811683821601908111156113d1576113d1611999565b5f82611af257611af2611a60565b50069056fe636f6e747269627574696f6e206e6f7420696e206d6f64656c20646174616e657473",
}

// SettlementBench is an auto generated Go binding around an Ethereum contract.
type SettlementBench struct {
	abi abi.ABI
}

// NewSettlementBench creates a new instance of SettlementBench.
func NewSettlementBench() *SettlementBench {
	parsed, err := SettlementBenchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementBench{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementBench) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 platformFee_, uint256 burnBps_, uint256 ownerBps_, uint256 operatorBps_, address[] settlers) returns()
func (settlementBench *SettlementBench) PackConstructor(platformFee_ *big.Int, burnBps_ *big.Int, ownerBps_ *big.Int, operatorBps_ *big.Int, settlers []common.Address) []byte {
	enc, err := settlementBench.abi.Pack("", platformFee_, burnBps_, ownerBps_, operatorBps_, settlers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBurnBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53deb3d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burnBps() view returns(uint256)
func (settlementBench *SettlementBench) PackBurnBps() []byte {
	enc, err := settlementBench.abi.Pack("burnBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurnBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53deb3d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burnBps() view returns(uint256)
func (settlementBench *SettlementBench) TryPackBurnBps() ([]byte, error) {
	return settlementBench.abi.Pack("burnBps")
}

// UnpackBurnBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53deb3d6.
//
// Solidity: function burnBps() view returns(uint256)
func (settlementBench *SettlementBench) UnpackBurnBps(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("burnBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address ) view returns(uint256)
func (settlementBench *SettlementBench) PackClaimable(arg0 common.Address) []byte {
	enc, err := settlementBench.abi.Pack("claimable", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address ) view returns(uint256)
func (settlementBench *SettlementBench) TryPackClaimable(arg0 common.Address) ([]byte, error) {
	return settlementBench.abi.Pack("claimable", arg0)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (settlementBench *SettlementBench) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cee0700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contributions(uint256 ) view returns(address contributor, uint64 datanetId, uint64 acceptedIndex, bool accepted)
func (settlementBench *SettlementBench) PackContributions(arg0 *big.Int) []byte {
	enc, err := settlementBench.abi.Pack("contributions", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContributions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cee0700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contributions(uint256 ) view returns(address contributor, uint64 datanetId, uint64 acceptedIndex, bool accepted)
func (settlementBench *SettlementBench) TryPackContributions(arg0 *big.Int) ([]byte, error) {
	return settlementBench.abi.Pack("contributions", arg0)
}

// ContributionsOutput serves as a container for the return parameters of contract
// method Contributions.
type ContributionsOutput struct {
	Contributor   common.Address
	DatanetId     uint64
	AcceptedIndex uint64
	Accepted      bool
}

// UnpackContributions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cee0700.
//
// Solidity: function contributions(uint256 ) view returns(address contributor, uint64 datanetId, uint64 acceptedIndex, bool accepted)
func (settlementBench *SettlementBench) UnpackContributions(data []byte) (ContributionsOutput, error) {
	out, err := settlementBench.abi.Unpack("contributions", data)
	outstruct := new(ContributionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Contributor = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.DatanetId = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.AcceptedIndex = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Accepted = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackDeclaredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbb4da38.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function declaredCount(uint256 , uint256 ) view returns(uint256)
func (settlementBench *SettlementBench) PackDeclaredCount(arg0 *big.Int, arg1 *big.Int) []byte {
	enc, err := settlementBench.abi.Pack("declaredCount", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeclaredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbb4da38.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function declaredCount(uint256 , uint256 ) view returns(uint256)
func (settlementBench *SettlementBench) TryPackDeclaredCount(arg0 *big.Int, arg1 *big.Int) ([]byte, error) {
	return settlementBench.abi.Pack("declaredCount", arg0, arg1)
}

// UnpackDeclaredCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbb4da38.
//
// Solidity: function declaredCount(uint256 , uint256 ) view returns(uint256)
func (settlementBench *SettlementBench) UnpackDeclaredCount(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("declaredCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit() payable returns()
func (settlementBench *SettlementBench) PackDeposit() []byte {
	enc, err := settlementBench.abi.Pack("deposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0e30db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit() payable returns()
func (settlementBench *SettlementBench) TryPackDeposit() ([]byte, error) {
	return settlementBench.abi.Pack("deposit")
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlementBench *SettlementBench) PackDomainSeparator() []byte {
	enc, err := settlementBench.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlementBench *SettlementBench) TryPackDomainSeparator() ([]byte, error) {
	return settlementBench.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (settlementBench *SettlementBench) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := settlementBench.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrowOf(address ) view returns(uint256)
func (settlementBench *SettlementBench) PackEscrowOf(arg0 common.Address) []byte {
	enc, err := settlementBench.abi.Pack("escrowOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrowOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe038c3da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrowOf(address ) view returns(uint256)
func (settlementBench *SettlementBench) TryPackEscrowOf(arg0 common.Address) ([]byte, error) {
	return settlementBench.abi.Pack("escrowOf", arg0)
}

// UnpackEscrowOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe038c3da.
//
// Solidity: function escrowOf(address ) view returns(uint256)
func (settlementBench *SettlementBench) UnpackEscrowOf(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("escrowOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHashVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379ae999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) v) view returns(bytes32)
func (settlementBench *SettlementBench) PackHashVoucher(v ISettlementVoucher) []byte {
	enc, err := settlementBench.abi.Pack("hashVoucher", v)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashVoucher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x379ae999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) v) view returns(bytes32)
func (settlementBench *SettlementBench) TryPackHashVoucher(v ISettlementVoucher) ([]byte, error) {
	return settlementBench.abi.Pack("hashVoucher", v)
}

// UnpackHashVoucher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x379ae999.
//
// Solidity: function hashVoucher((address,uint256,uint256,uint256,uint64,bytes32) v) view returns(bytes32)
func (settlementBench *SettlementBench) UnpackHashVoucher(data []byte) ([32]byte, error) {
	out, err := settlementBench.abi.Unpack("hashVoucher", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSettler(address ) view returns(bool)
func (settlementBench *SettlementBench) PackIsSettler(arg0 common.Address) []byte {
	enc, err := settlementBench.abi.Pack("isSettler", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSettler is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1fcd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSettler(address ) view returns(bool)
func (settlementBench *SettlementBench) TryPackIsSettler(arg0 common.Address) ([]byte, error) {
	return settlementBench.abi.Pack("isSettler", arg0)
}

// UnpackIsSettler is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1fcd03.
//
// Solidity: function isSettler(address ) view returns(bool)
func (settlementBench *SettlementBench) UnpackIsSettler(data []byte) (bool, error) {
	out, err := settlementBench.abi.Unpack("isSettler", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a030ca9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function models(uint256 ) view returns(address owner, bool active, uint256 rateIn, uint256 rateOut)
func (settlementBench *SettlementBench) PackModels(arg0 *big.Int) []byte {
	enc, err := settlementBench.abi.Pack("models", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModels is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a030ca9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function models(uint256 ) view returns(address owner, bool active, uint256 rateIn, uint256 rateOut)
func (settlementBench *SettlementBench) TryPackModels(arg0 *big.Int) ([]byte, error) {
	return settlementBench.abi.Pack("models", arg0)
}

// ModelsOutput serves as a container for the return parameters of contract
// method Models.
type ModelsOutput struct {
	Owner   common.Address
	Active  bool
	RateIn  *big.Int
	RateOut *big.Int
}

// UnpackModels is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a030ca9.
//
// Solidity: function models(uint256 ) view returns(address owner, bool active, uint256 rateIn, uint256 rateOut)
func (settlementBench *SettlementBench) UnpackModels(data []byte) (ModelsOutput, error) {
	out, err := settlementBench.abi.Unpack("models", data)
	outstruct := new(ModelsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Active = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.RateIn = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.RateOut = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorBps() view returns(uint256)
func (settlementBench *SettlementBench) PackOperatorBps() []byte {
	enc, err := settlementBench.abi.Pack("operatorBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorBps() view returns(uint256)
func (settlementBench *SettlementBench) TryPackOperatorBps() ([]byte, error) {
	return settlementBench.abi.Pack("operatorBps")
}

// UnpackOperatorBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4109253.
//
// Solidity: function operatorBps() view returns(uint256)
func (settlementBench *SettlementBench) UnpackOperatorBps(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("operatorBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b9c343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerBps() view returns(uint256)
func (settlementBench *SettlementBench) PackOwnerBps() []byte {
	enc, err := settlementBench.abi.Pack("ownerBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54b9c343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerBps() view returns(uint256)
func (settlementBench *SettlementBench) TryPackOwnerBps() ([]byte, error) {
	return settlementBench.abi.Pack("ownerBps")
}

// UnpackOwnerBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54b9c343.
//
// Solidity: function ownerBps() view returns(uint256)
func (settlementBench *SettlementBench) UnpackOwnerBps(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("ownerBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPlatformFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26232a2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function platformFee() view returns(uint256)
func (settlementBench *SettlementBench) PackPlatformFee() []byte {
	enc, err := settlementBench.abi.Pack("platformFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPlatformFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26232a2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function platformFee() view returns(uint256)
func (settlementBench *SettlementBench) TryPackPlatformFee() ([]byte, error) {
	return settlementBench.abi.Pack("platformFee")
}

// UnpackPlatformFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26232a2e.
//
// Solidity: function platformFee() view returns(uint256)
func (settlementBench *SettlementBench) UnpackPlatformFee(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("platformFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceiptOfNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849e7aff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptOfNonce(address , uint256 ) view returns(bytes32)
func (settlementBench *SettlementBench) PackReceiptOfNonce(arg0 common.Address, arg1 *big.Int) []byte {
	enc, err := settlementBench.abi.Pack("receiptOfNonce", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptOfNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849e7aff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptOfNonce(address , uint256 ) view returns(bytes32)
func (settlementBench *SettlementBench) TryPackReceiptOfNonce(arg0 common.Address, arg1 *big.Int) ([]byte, error) {
	return settlementBench.abi.Pack("receiptOfNonce", arg0, arg1)
}

// UnpackReceiptOfNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x849e7aff.
//
// Solidity: function receiptOfNonce(address , uint256 ) view returns(bytes32)
func (settlementBench *SettlementBench) UnpackReceiptOfNonce(data []byte) ([32]byte, error) {
	out, err := settlementBench.abi.Unpack("receiptOfNonce", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25cb5bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setContribution(uint256 id, address contributor, uint64 datanetId, uint64 acceptedIndex) returns()
func (settlementBench *SettlementBench) PackSetContribution(id *big.Int, contributor common.Address, datanetId uint64, acceptedIndex uint64) []byte {
	enc, err := settlementBench.abi.Pack("setContribution", id, contributor, datanetId, acceptedIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetContribution is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25cb5bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setContribution(uint256 id, address contributor, uint64 datanetId, uint64 acceptedIndex) returns()
func (settlementBench *SettlementBench) TryPackSetContribution(id *big.Int, contributor common.Address, datanetId uint64, acceptedIndex uint64) ([]byte, error) {
	return settlementBench.abi.Pack("setContribution", id, contributor, datanetId, acceptedIndex)
}

// PackSetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c5005d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setModel(uint256 id, address owner, bool active, uint256 rateIn, uint256 rateOut, uint256[] datanets, uint256[] counts) returns()
func (settlementBench *SettlementBench) PackSetModel(id *big.Int, owner common.Address, active bool, rateIn *big.Int, rateOut *big.Int, datanets []*big.Int, counts []*big.Int) []byte {
	enc, err := settlementBench.abi.Pack("setModel", id, owner, active, rateIn, rateOut, datanets, counts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c5005d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setModel(uint256 id, address owner, bool active, uint256 rateIn, uint256 rateOut, uint256[] datanets, uint256[] counts) returns()
func (settlementBench *SettlementBench) TryPackSetModel(id *big.Int, owner common.Address, active bool, rateIn *big.Int, rateOut *big.Int, datanets []*big.Int, counts []*big.Int) ([]byte, error) {
	return settlementBench.abi.Pack("setModel", id, owner, active, rateIn, rateOut, datanets, counts)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25bccb56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (settlementBench *SettlementBench) PackSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) []byte {
	enc, err := settlementBench.abi.Pack("settle", receipts, vouchers, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25bccb56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (settlementBench *SettlementBench) TryPackSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) ([]byte, error) {
	return settlementBench.abi.Pack("settle", receipts, vouchers, signatures)
}

// UnpackSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25bccb56.
//
// Solidity: function settle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256 settled)
func (settlementBench *SettlementBench) UnpackSettle(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("settle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (settlementBench *SettlementBench) PackTotalBurned() []byte {
	enc, err := settlementBench.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (settlementBench *SettlementBench) TryPackTotalBurned() ([]byte, error) {
	return settlementBench.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (settlementBench *SettlementBench) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := settlementBench.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SettlementBenchReceiptRejected represents a ReceiptRejected event raised by the SettlementBench contract.
type SettlementBenchReceiptRejected struct {
	VoucherHash [32]byte
	Reason      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const SettlementBenchReceiptRejectedEventName = "ReceiptRejected"

// ContractEventName returns the user-defined event name.
func (SettlementBenchReceiptRejected) ContractEventName() string {
	return SettlementBenchReceiptRejectedEventName
}

// UnpackReceiptRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptRejected(bytes32 indexed voucherHash, string reason)
func (settlementBench *SettlementBench) UnpackReceiptRejectedEvent(log *types.Log) (*SettlementBenchReceiptRejected, error) {
	event := "ReceiptRejected"
	if len(log.Topics) == 0 || log.Topics[0] != settlementBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SettlementBenchReceiptRejected)
	if len(log.Data) > 0 {
		if err := settlementBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBench.abi.Events[event].Inputs {
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

// SettlementBenchReceiptSettled represents a ReceiptSettled event raised by the SettlementBench contract.
type SettlementBenchReceiptSettled struct {
	ReceiptId   [32]byte
	VoucherHash [32]byte
	Payer       common.Address
	ModelId     *big.Int
	Fee         *big.Int
	Burned      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SettlementBenchReceiptSettledEventName = "ReceiptSettled"

// ContractEventName returns the user-defined event name.
func (SettlementBenchReceiptSettled) ContractEventName() string {
	return SettlementBenchReceiptSettledEventName
}

// UnpackReceiptSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSettled(bytes32 indexed receiptId, bytes32 indexed voucherHash, address indexed payer, uint256 modelId, uint256 fee, uint256 burned)
func (settlementBench *SettlementBench) UnpackReceiptSettledEvent(log *types.Log) (*SettlementBenchReceiptSettled, error) {
	event := "ReceiptSettled"
	if len(log.Topics) == 0 || log.Topics[0] != settlementBench.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SettlementBenchReceiptSettled)
	if len(log.Data) > 0 {
		if err := settlementBench.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range settlementBench.abi.Events[event].Inputs {
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

// SettlementCallerMetaData contains all meta data concerning the SettlementCaller contract.
var SettlementCallerMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"depositFor\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"voucherHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"tokensIn\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tokensOut\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"outputHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weight\",\"type\":\"uint256\"}],\"internalType\":\"structISettlement.Contribution[]\",\"name\":\"contributions\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"modelId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"requestHash\",\"type\":\"bytes32\"}],\"internalType\":\"structISettlement.Voucher[]\",\"name\":\"vouchers\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"forwardSettle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"myEscrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SettlementCaller",
	Bin: "0x6080604052348015600e575f5ffd5b506106128061001c5f395ff3fe608060405260043610610033575f3560e01c8063594318831461003757806369ae202a1461005d57806374b38fc414610065575b5f5ffd5b348015610042575f5ffd5b5061004b610084565b60405190815260200160405180910390f35b61004b6100eb565b348015610070575f5ffd5b5061004b61007f366004610228565b610164565b60405163701c61ed60e11b81523060048201525f90610a039063e038c3da906024015b602060405180830381865afa1580156100c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100e691906102f9565b905090565b5f610a036001600160a01b031663d0e30db0346040518263ffffffff1660e01b81526004015f604051808303818588803b158015610127575f5ffd5b505af1158015610139573d5f5f3e3d5ffd5b505060405163701c61ed60e11b8152306004820152610a03935063e038c3da925060240190506100a7565b6040516312de65ab60e11b81525f90610a03906325bccb5690610195908a908a908a908a908a908a906004016104f1565b6020604051808303815f875af11580156101b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101d591906102f9565b979650505050505050565b5f5f83601f8401126101f0575f5ffd5b50813567ffffffffffffffff811115610207575f5ffd5b6020830191508360208260051b8501011115610221575f5ffd5b9250929050565b5f5f5f5f5f5f6060878903121561023d575f5ffd5b863567ffffffffffffffff811115610253575f5ffd5b61025f89828a016101e0565b909750955050602087013567ffffffffffffffff81111561027e575f5ffd5b8701601f8101891361028e575f5ffd5b803567ffffffffffffffff8111156102a4575f5ffd5b89602060c0830284010111156102b8575f5ffd5b60209190910194509250604087013567ffffffffffffffff8111156102db575f5ffd5b6102e789828a016101e0565b979a9699509497509295939492505050565b5f60208284031215610309575f5ffd5b5051919050565b803567ffffffffffffffff81168114610327575f5ffd5b919050565b5f5f8335601e19843603018112610341575f5ffd5b830160208101925035905067ffffffffffffffff811115610360575f5ffd5b8060061b3603821315610221575f5ffd5b8183526020830192505f815f5b848110156103a65781358652602080830135908701526040958601959091019060010161037e565b5093949350505050565b8183526020830192505f815f5b848110156103a65781356001600160a01b0381168082146103dc575f5ffd5b87525060208281013590870152604080830135908701526060808301359087015267ffffffffffffffff61041260808401610310565b16608087015260a0828101359087015260c095860195909101906001016103bd565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f8383855260208501945060208460051b820101835f5b868110156104e557838303601f19018852813536879003601e19018112610498575f5ffd5b860160208101903567ffffffffffffffff8111156104b4575f5ffd5b8036038213156104c2575f5ffd5b6104cd858284610434565b60209a8b019a90955093909301925050600101610473565b50909695505050505050565b606080825281018690525f6080600588901b83018101908301898360fe1936839003015b8b8210156105d957868503607f190184528235818112610533575f5ffd5b8d01803586526020808201359087015267ffffffffffffffff61055860408301610310565b16604087015267ffffffffffffffff61057360608301610310565b1660608701526080818101359087015260a0808201359087015261059a60c082018261032c565b61010060c08901526105b161010089018284610371565b60e0938401359890930197909752509450602093840193929092019160019190910190610515565b5050505082810360208401526105f08187896103b0565b9050828103604084015261060581858761045c565b999850505050505050505056",
}

// SettlementCaller is an auto generated Go binding around an Ethereum contract.
type SettlementCaller struct {
	abi abi.ABI
}

// NewSettlementCaller creates a new instance of SettlementCaller.
func NewSettlementCaller() *SettlementCaller {
	parsed, err := SettlementCallerMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SettlementCaller{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SettlementCaller) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69ae202a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor() payable returns(uint256)
func (settlementCaller *SettlementCaller) PackDepositFor() []byte {
	enc, err := settlementCaller.abi.Pack("depositFor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69ae202a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor() payable returns(uint256)
func (settlementCaller *SettlementCaller) TryPackDepositFor() ([]byte, error) {
	return settlementCaller.abi.Pack("depositFor")
}

// UnpackDepositFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69ae202a.
//
// Solidity: function depositFor() payable returns(uint256)
func (settlementCaller *SettlementCaller) UnpackDepositFor(data []byte) (*big.Int, error) {
	out, err := settlementCaller.abi.Unpack("depositFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForwardSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74b38fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forwardSettle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256)
func (settlementCaller *SettlementCaller) PackForwardSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) []byte {
	enc, err := settlementCaller.abi.Pack("forwardSettle", receipts, vouchers, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForwardSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74b38fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forwardSettle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256)
func (settlementCaller *SettlementCaller) TryPackForwardSettle(receipts []ISettlementReceipt, vouchers []ISettlementVoucher, signatures [][]byte) ([]byte, error) {
	return settlementCaller.abi.Pack("forwardSettle", receipts, vouchers, signatures)
}

// UnpackForwardSettle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x74b38fc4.
//
// Solidity: function forwardSettle((bytes32,uint256,uint64,uint64,uint256,bytes32,(uint256,uint256)[],bytes32)[] receipts, (address,uint256,uint256,uint256,uint64,bytes32)[] vouchers, bytes[] signatures) returns(uint256)
func (settlementCaller *SettlementCaller) UnpackForwardSettle(data []byte) (*big.Int, error) {
	out, err := settlementCaller.abi.Unpack("forwardSettle", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMyEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59431883.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function myEscrow() view returns(uint256)
func (settlementCaller *SettlementCaller) PackMyEscrow() []byte {
	enc, err := settlementCaller.abi.Pack("myEscrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMyEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59431883.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function myEscrow() view returns(uint256)
func (settlementCaller *SettlementCaller) TryPackMyEscrow() ([]byte, error) {
	return settlementCaller.abi.Pack("myEscrow")
}

// UnpackMyEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59431883.
//
// Solidity: function myEscrow() view returns(uint256)
func (settlementCaller *SettlementCaller) UnpackMyEscrow(data []byte) (*big.Int, error) {
	out, err := settlementCaller.abi.Unpack("myEscrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SolidityDatanetRegistryMetaData contains all meta data concerning the SolidityDatanetRegistry contract.
var SolidityDatanetRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"}],\"name\":\"DatanetNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"}],\"name\":\"DuplicateContribution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"InvalidArgument\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"contributionId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"}],\"name\":\"ContributionSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"DatanetCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"datanetId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"contentHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uri\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"metadata\",\"type\":\"string\"}],\"name\":\"contribute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contributionCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"description\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"string\",\"name\":\"metadataURI\",\"type\":\"string\"}],\"name\":\"createDatanet\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"datanetCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SolidityDatanetRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506109308061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806349f62af41461004e5780635101a294146100685780635b18056b1461007b5780637d418dc114610084575b5f5ffd5b6100565f5481565b60405190815260200160405180910390f35b61005661007636600461059f565b610097565b61005660015481565b61005661009236600461063c565b610391565b5f8715806100a557505f5488115b156100cb5760405163a913989f60e01b8152600481018990526024015b60405180910390fd5b8661011057604051631fff1b3b60e21b8152602060048201526014602482015273636f6e74656e742068617368206973207a65726f60601b60448201526064016100c2565b856001600160401b03165f0361015857604051631fff1b3b60e21b815260206004820152600c60248201526b73697a65206973207a65726f60a01b60448201526064016100c2565b6102008411156101ab57604051631fff1b3b60e21b815260206004820152601760248201527f757269206c656e677468206f7574206f662072616e676500000000000000000060448201526064016100c2565b6108008211156101fe57604051631fff1b3b60e21b815260206004820152601c60248201527f6d65746164617461206c656e677468206f7574206f662072616e67650000000060448201526064016100c2565b5f8881526002602090815260408083208a84526007810190925290912054156102445760405163867516af60e01b8152600481018a9052602481018990526044016100c2565b60015f815461025290610737565b91829055505f89815260078301602090815260408083208490558383526003918290529091208b81556001810180546001600160a01b03191633179055600281018b905590810180546001600160401b038b1667ffffffffffffffff19909116179055909250600481016102c78789836107f3565b50600581016102d78587836107f3565b50600680820180546001600160401b0342166101000268ffffffffffffffff001990911617905582018054600181810183555f92835260208084209092018690553380845260048352604080852080549384018155855292909320018590555184908c907f9252b8151436a3b20470644d4bf894963f9b1804ccc609ba33223e0216616f4f9061037c908e908e909182526001600160401b0316602082015260400190565b60405180910390a45050979650505050505050565b5f87158061039f5750604088115b156103ed57604051631fff1b3b60e21b815260206004820152601860248201527f6e616d65206c656e677468206f7574206f662072616e6765000000000000000060448201526064016100c2565b601084111561042f57604051631fff1b3b60e21b815260206004820152600d60248201526c746f6f206d616e79207461677360981b60448201526064016100c2565b5f5f815461043c90610737565b91829055505f81815260026020526040902080546001600160a01b03191633178155909150600181016104708a8c836107f3565b5060028101610480888a836107f3565b50600481016104908486836107f3565b5060058101805467ffffffffffffffff1916426001600160401b03161790555f5b8581101561050957816003018787838181106104cf576104cf6108ac565b90506020028101906104e191906108c0565b82546001810184555f93845260209093209092019161050091836107f3565b506001016104b1565b50336001600160a01b0316827f72ddc5f7e6046dc07f21df491212d3b1757c4934b24e1a093c211e13476f5c338c8c604051610546929190610902565b60405180910390a35098975050505050505050565b5f5f83601f84011261056b575f5ffd5b5081356001600160401b03811115610581575f5ffd5b602083019150836020828501011115610598575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a0312156105b5575f5ffd5b873596506020880135955060408801356001600160401b03811681146105d9575f5ffd5b945060608801356001600160401b038111156105f3575f5ffd5b6105ff8a828b0161055b565b90955093505060808801356001600160401b0381111561061d575f5ffd5b6106298a828b0161055b565b989b979a50959850939692959293505050565b5f5f5f5f5f5f5f5f6080898b031215610653575f5ffd5b88356001600160401b03811115610668575f5ffd5b6106748b828c0161055b565b90995097505060208901356001600160401b03811115610692575f5ffd5b61069e8b828c0161055b565b90975095505060408901356001600160401b038111156106bc575f5ffd5b8901601f81018b136106cc575f5ffd5b80356001600160401b038111156106e1575f5ffd5b8b60208260051b84010111156106f5575f5ffd5b6020919091019450925060608901356001600160401b03811115610717575f5ffd5b6107238b828c0161055b565b999c989b5096995094979396929594505050565b5f6001820161075457634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061078357607f821691505b6020821081036107a157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156107ee57805f5260205f20601f840160051c810160208510156107cc5750805b601f840160051c820191505b818110156107eb575f81556001016107d8565b50505b505050565b6001600160401b0383111561080a5761080a61075b565b61081e83610818835461076f565b836107a7565b5f601f84116001811461084f575f85156108385750838201355b5f19600387901b1c1916600186901b1783556107eb565b5f83815260208120601f198716915b8281101561087e578685013582556020948501946001909201910161085e565b508682101561089a575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126108d5575f5ffd5b8301803591506001600160401b038211156108ee575f5ffd5b602001915036819003821315610598575f5ffd5b60208152816020820152818360408301375f818301604090810191909152601f909201601f1916010191905056",
}

// SolidityDatanetRegistry is an auto generated Go binding around an Ethereum contract.
type SolidityDatanetRegistry struct {
	abi abi.ABI
}

// NewSolidityDatanetRegistry creates a new instance of SolidityDatanetRegistry.
func NewSolidityDatanetRegistry() *SolidityDatanetRegistry {
	parsed, err := SolidityDatanetRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SolidityDatanetRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SolidityDatanetRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5101a294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) PackContribute(datanetId *big.Int, contentHash [32]byte, size uint64, uri string, metadata string) []byte {
	enc, err := solidityDatanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackContribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5101a294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) TryPackContribute(datanetId *big.Int, contentHash [32]byte, size uint64, uri string, metadata string) ([]byte, error) {
	return solidityDatanetRegistry.abi.Pack("contribute", datanetId, contentHash, size, uri, metadata)
}

// UnpackContribute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5101a294.
//
// Solidity: function contribute(uint256 datanetId, bytes32 contentHash, uint64 size, string uri, string metadata) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackContribute(data []byte) (*big.Int, error) {
	out, err := solidityDatanetRegistry.abi.Unpack("contribute", data)
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
func (solidityDatanetRegistry *SolidityDatanetRegistry) PackContributionCount() []byte {
	enc, err := solidityDatanetRegistry.abi.Pack("contributionCount")
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
func (solidityDatanetRegistry *SolidityDatanetRegistry) TryPackContributionCount() ([]byte, error) {
	return solidityDatanetRegistry.abi.Pack("contributionCount")
}

// UnpackContributionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b18056b.
//
// Solidity: function contributionCount() view returns(uint256)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackContributionCount(data []byte) (*big.Int, error) {
	out, err := solidityDatanetRegistry.abi.Unpack("contributionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418dc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) PackCreateDatanet(name string, description string, tags []string, metadataURI string) []byte {
	enc, err := solidityDatanetRegistry.abi.Pack("createDatanet", name, description, tags, metadataURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateDatanet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d418dc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) TryPackCreateDatanet(name string, description string, tags []string, metadataURI string) ([]byte, error) {
	return solidityDatanetRegistry.abi.Pack("createDatanet", name, description, tags, metadataURI)
}

// UnpackCreateDatanet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d418dc1.
//
// Solidity: function createDatanet(string name, string description, string[] tags, string metadataURI) returns(uint256 id)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackCreateDatanet(data []byte) (*big.Int, error) {
	out, err := solidityDatanetRegistry.abi.Unpack("createDatanet", data)
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
func (solidityDatanetRegistry *SolidityDatanetRegistry) PackDatanetCount() []byte {
	enc, err := solidityDatanetRegistry.abi.Pack("datanetCount")
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
func (solidityDatanetRegistry *SolidityDatanetRegistry) TryPackDatanetCount() ([]byte, error) {
	return solidityDatanetRegistry.abi.Pack("datanetCount")
}

// UnpackDatanetCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49f62af4.
//
// Solidity: function datanetCount() view returns(uint256)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackDatanetCount(data []byte) (*big.Int, error) {
	out, err := solidityDatanetRegistry.abi.Unpack("datanetCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// SolidityDatanetRegistryContributionSubmitted represents a ContributionSubmitted event raised by the SolidityDatanetRegistry contract.
type SolidityDatanetRegistryContributionSubmitted struct {
	DatanetId      *big.Int
	ContributionId *big.Int
	Contributor    common.Address
	ContentHash    [32]byte
	Size           uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const SolidityDatanetRegistryContributionSubmittedEventName = "ContributionSubmitted"

// ContractEventName returns the user-defined event name.
func (SolidityDatanetRegistryContributionSubmitted) ContractEventName() string {
	return SolidityDatanetRegistryContributionSubmittedEventName
}

// UnpackContributionSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ContributionSubmitted(uint256 indexed datanetId, uint256 indexed contributionId, address indexed contributor, bytes32 contentHash, uint64 size)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackContributionSubmittedEvent(log *types.Log) (*SolidityDatanetRegistryContributionSubmitted, error) {
	event := "ContributionSubmitted"
	if len(log.Topics) == 0 || log.Topics[0] != solidityDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SolidityDatanetRegistryContributionSubmitted)
	if len(log.Data) > 0 {
		if err := solidityDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solidityDatanetRegistry.abi.Events[event].Inputs {
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

// SolidityDatanetRegistryDatanetCreated represents a DatanetCreated event raised by the SolidityDatanetRegistry contract.
type SolidityDatanetRegistryDatanetCreated struct {
	DatanetId *big.Int
	Owner     common.Address
	Name      string
	Raw       *types.Log // Blockchain specific contextual infos
}

const SolidityDatanetRegistryDatanetCreatedEventName = "DatanetCreated"

// ContractEventName returns the user-defined event name.
func (SolidityDatanetRegistryDatanetCreated) ContractEventName() string {
	return SolidityDatanetRegistryDatanetCreatedEventName
}

// UnpackDatanetCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DatanetCreated(uint256 indexed datanetId, address indexed owner, string name)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackDatanetCreatedEvent(log *types.Log) (*SolidityDatanetRegistryDatanetCreated, error) {
	event := "DatanetCreated"
	if len(log.Topics) == 0 || log.Topics[0] != solidityDatanetRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SolidityDatanetRegistryDatanetCreated)
	if len(log.Data) > 0 {
		if err := solidityDatanetRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solidityDatanetRegistry.abi.Events[event].Inputs {
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
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], solidityDatanetRegistry.abi.Errors["DatanetNotFound"].ID.Bytes()[:4]) {
		return solidityDatanetRegistry.UnpackDatanetNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], solidityDatanetRegistry.abi.Errors["DuplicateContribution"].ID.Bytes()[:4]) {
		return solidityDatanetRegistry.UnpackDuplicateContributionError(raw[4:])
	}
	if bytes.Equal(raw[:4], solidityDatanetRegistry.abi.Errors["InvalidArgument"].ID.Bytes()[:4]) {
		return solidityDatanetRegistry.UnpackInvalidArgumentError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SolidityDatanetRegistryDatanetNotFound represents a DatanetNotFound error raised by the SolidityDatanetRegistry contract.
type SolidityDatanetRegistryDatanetNotFound struct {
	DatanetId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func SolidityDatanetRegistryDatanetNotFoundErrorID() common.Hash {
	return common.HexToHash("0xa913989f552dc143fb41a6df230f64480982e634951e922ce5d38210d8b0215f")
}

// UnpackDatanetNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DatanetNotFound(uint256 datanetId)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackDatanetNotFoundError(raw []byte) (*SolidityDatanetRegistryDatanetNotFound, error) {
	out := new(SolidityDatanetRegistryDatanetNotFound)
	if err := solidityDatanetRegistry.abi.UnpackIntoInterface(out, "DatanetNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolidityDatanetRegistryDuplicateContribution represents a DuplicateContribution error raised by the SolidityDatanetRegistry contract.
type SolidityDatanetRegistryDuplicateContribution struct {
	DatanetId   *big.Int
	ContentHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateContribution(uint256 datanetId, bytes32 contentHash)
func SolidityDatanetRegistryDuplicateContributionErrorID() common.Hash {
	return common.HexToHash("0x867516afc9ed175baddb2da3c1cbdeddc58194a3e29c4e1c95257189a9867f84")
}

// UnpackDuplicateContributionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateContribution(uint256 datanetId, bytes32 contentHash)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackDuplicateContributionError(raw []byte) (*SolidityDatanetRegistryDuplicateContribution, error) {
	out := new(SolidityDatanetRegistryDuplicateContribution)
	if err := solidityDatanetRegistry.abi.UnpackIntoInterface(out, "DuplicateContribution", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolidityDatanetRegistryInvalidArgument represents a InvalidArgument error raised by the SolidityDatanetRegistry contract.
type SolidityDatanetRegistryInvalidArgument struct {
	Reason string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidArgument(string reason)
func SolidityDatanetRegistryInvalidArgumentErrorID() common.Hash {
	return common.HexToHash("0x7ffc6ceca5b2fbb1fad9bc74dbe1afabbb9002b9113a7d1c52f4e2830c38a0dd")
}

// UnpackInvalidArgumentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidArgument(string reason)
func (solidityDatanetRegistry *SolidityDatanetRegistry) UnpackInvalidArgumentError(raw []byte) (*SolidityDatanetRegistryInvalidArgument, error) {
	out := new(SolidityDatanetRegistryInvalidArgument)
	if err := solidityDatanetRegistry.abi.UnpackIntoInterface(out, "InvalidArgument", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemConfigMetaData contains all meta data concerning the SystemConfig contract.
var SystemConfigMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_batcher\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"_gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"_maxDepositGasPerBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"_basefeeScalar\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"_blobbasefeeScalar\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"_unsafeBlockSigner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gasLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"minimum\",\"type\":\"uint64\"}],\"name\":\"GasLimitTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"enumSystemConfig.UpdateType\",\"name\":\"updateType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"ConfigUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"SYSTEM_TX_MAX_GAS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"UNSAFE_BLOCK_SIGNER_SLOT\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"basefeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batcherHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blobbasefeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"daFootprintGasScalar\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxDepositGasPerBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minBaseFee\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumGasLimit\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeConstant\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorFeeScalar\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"scalar\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_batcher\",\"type\":\"address\"}],\"name\":\"setBatcherHash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"_scalar\",\"type\":\"uint16\"}],\"name\":\"setDAFootprintGasScalar\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_basefeeScalar\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"_blobbasefeeScalar\",\"type\":\"uint32\"}],\"name\":\"setGasConfigEcotone\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"_gasLimit\",\"type\":\"uint64\"}],\"name\":\"setGasLimit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"_minBaseFee\",\"type\":\"uint64\"}],\"name\":\"setMinBaseFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"_scalar\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"_constant\",\"type\":\"uint64\"}],\"name\":\"setOperatorFeeScalars\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_signer\",\"type\":\"address\"}],\"name\":\"setUnsafeBlockSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unsafeBlockSigner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SystemConfig",
	Bin: "0x608060405234801561000f575f5ffd5b50604051610ca3380380610ca383398101604081905261002e9161020e565b6001600160a01b03871661005557604051639905827b60e01b815260040160405180910390fd5b5f80546001600160a01b0319166001600160a01b0389811691909117909155861660015560028054600160401b600160801b031916680100000000000000006001600160401b038716021790556100aa61019d565b6001600160401b0316856001600160401b031610156100fc57846100cc61019d565b60405163194f3bf960e31b81526001600160401b0392831660048201529116602482015260440160405180910390fd5b600280546001600160401b0319166001600160401b038716179055600160f81b63ffffffff8416602084901b67ffffffff000000001617176003557f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c088181556040516001600160a01b038916905f907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a350505050505050506102c0565b6002545f906101c590620f4240906801000000000000000090046001600160401b031661028f565b905090565b80516001600160a01b03811681146101e0575f5ffd5b919050565b80516001600160401b03811681146101e0575f5ffd5b805163ffffffff811681146101e0575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610224575f5ffd5b61022d886101ca565b965061023b602089016101ca565b9550610249604089016101e5565b9450610257606089016101e5565b9350610265608089016101fb565b925061027360a089016101fb565b915061028160c089016101ca565b905092959891949750929550565b6001600160401b0381811683821601908111156102ba57634e487b7160e01b5f52601160045260245ffd5b92915050565b6109d6806102cd5f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806387655e71116100bf578063ec70751711610079578063ec70751714610314578063f2fde38b1461031f578063f45e65d814610332578063f68016b71461033b578063fe3d57101461034e578063ffa1ad7414610376575f5ffd5b806387655e71146102ba5780638da5cb5b146102c4578063a62611a2146102d6578063b40a817c146102f0578063bfb14fb714610303578063e81b2c6d1461030b575f5ffd5b806320f06fdc1161011057806320f06fdc1461021f57806321d7fde5146102325780634add321d146102455780634d5d9a2a1461024d5780634f16540b146102725780637616f0e8146102a7575f5ffd5b80630a2ca2a914610157578063155b6c6f1461016c57806316d3bc7f1461017f57806318d13918146101b75780631ba91741146101ca5780631fd19ee1146101e4575b5f5ffd5b61016a610165366004610861565b61037d565b005b61016a61017a3660046108bc565b610406565b60045461019a9064010000000090046001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b61016a6101c5366004610861565b6104a1565b60025461019a90600160401b90046001600160401b031681565b7f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c08545b6040516001600160a01b0390911681526020016101ae565b61016a61022d3660046108ed565b61051d565b61016a61024036600461090e565b6105b0565b61019a61064b565b60045461025d9063ffffffff1681565b60405163ffffffff90911681526020016101ae565b6102997f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c0881565b6040519081526020016101ae565b61016a6102b5366004610936565b610673565b61019a620f424081565b5f54610207906001600160a01b031681565b60045461019a90600160601b90046001600160401b031681565b61016a6102fe366004610936565b6106f1565b60035461025d565b61029960015481565b60035460201c61025d565b61016a61032d366004610861565b6107b5565b61029960035481565b60025461019a906001600160401b031681565b60045461036390600160a01b900461ffff1681565b60405161ffff90911681526020016101ae565b6102995f81565b5f546001600160a01b031633146103ae5760405163245aecd360e01b81523360048201526024015b60405180910390fd5b6001600160a01b03811660018190555f5f5f5160206109b65f395f51905f52836040516020016103e091815260200190565b60408051601f19818403018152908290526103fa9161094f565b60405180910390a35050565b5f546001600160a01b031633146104325760405163245aecd360e01b81523360048201526024016103a5565b600480546001600160401b038316640100000000026bffffffffffffffffffffffff1990911663ffffffff8516171790556005604080516bffffffff000000000000000085831b166001600160401b0385161760208201525f915f5160206109b65f395f51905f5291016103e0565b5f546001600160a01b031633146104cd5760405163245aecd360e01b81523360048201526024016103a5565b7f65a7ed542fb37fe237fdfbdd70b31598523fe5b32879e307bae27a0bd9581c088181556003604080516001600160a01b03851660208201525f915f5160206109b65f395f51905f5291016103e0565b5f546001600160a01b031633146105495760405163245aecd360e01b81523360048201526024016103a5565b6004805461ffff60a01b1916600160a01b61ffff84160217905560075f5f5160206109b65f395f51905f528361ffff1660405160200161058b91815260200190565b60408051601f19818403018152908290526105a59161094f565b60405180910390a350565b5f546001600160a01b031633146105dc5760405163245aecd360e01b81523360048201526024016103a5565b67ffffffff00000000602082901b1663ffffffff831617600160f81b1760038190556001604080515f602082018190529181018490525f5160206109b65f395f51905f529060600160408051601f198184030181529082905261063e9161094f565b60405180910390a3505050565b6002545f9061066e90620f424090600160401b90046001600160401b0316610984565b905090565b5f546001600160a01b0316331461069f5760405163245aecd360e01b81523360048201526024016103a5565b6004805467ffffffffffffffff60601b1916600160601b6001600160401b0384160217905560065f5f5160206109b65f395f51905f52836001600160401b031660405160200161058b91815260200190565b5f546001600160a01b0316331461071d5760405163245aecd360e01b81523360048201526024016103a5565b5f61072661064b565b9050806001600160401b0316826001600160401b0316101561076e5760405163194f3bf960e31b81526001600160401b038084166004830152821660248201526044016103a5565b6002805467ffffffffffffffff19166001600160401b0384161781555f5f5160206109b65f395f51905f52846001600160401b03166040516020016103e091815260200190565b5f546001600160a01b031633146107e15760405163245aecd360e01b81523360048201526024016103a5565b6001600160a01b03811661080857604051639905827b60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f60208284031215610871575f5ffd5b81356001600160a01b0381168114610887575f5ffd5b9392505050565b803563ffffffff811681146108a1575f5ffd5b919050565b80356001600160401b03811681146108a1575f5ffd5b5f5f604083850312156108cd575f5ffd5b6108d68361088e565b91506108e4602084016108a6565b90509250929050565b5f602082840312156108fd575f5ffd5b813561ffff81168114610887575f5ffd5b5f5f6040838503121561091f575f5ffd5b6109288361088e565b91506108e46020840161088e565b5f60208284031215610946575f5ffd5b610887826108a6565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160401b0381811683821601908111156109af57634e487b7160e01b5f52601160045260245ffd5b9291505056fe1d2b0bda21d56b8bd12d4f94ebacffdfb35f5e226f84b461103bb8beab6353be",
}

// SystemConfig is an auto generated Go binding around an Ethereum contract.
type SystemConfig struct {
	abi abi.ABI
}

// NewSystemConfig creates a new instance of SystemConfig.
func NewSystemConfig() *SystemConfig {
	parsed, err := SystemConfigMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SystemConfig{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SystemConfig) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _owner, address _batcher, uint64 _gasLimit, uint64 _maxDepositGasPerBlock, uint32 _basefeeScalar, uint32 _blobbasefeeScalar, address _unsafeBlockSigner) returns()
func (systemConfig *SystemConfig) PackConstructor(_owner common.Address, _batcher common.Address, _gasLimit uint64, _maxDepositGasPerBlock uint64, _basefeeScalar uint32, _blobbasefeeScalar uint32, _unsafeBlockSigner common.Address) []byte {
	enc, err := systemConfig.abi.Pack("", _owner, _batcher, _gasLimit, _maxDepositGasPerBlock, _basefeeScalar, _blobbasefeeScalar, _unsafeBlockSigner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSYSTEMTXMAXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87655e71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SYSTEM_TX_MAX_GAS() view returns(uint64)
func (systemConfig *SystemConfig) PackSYSTEMTXMAXGAS() []byte {
	enc, err := systemConfig.abi.Pack("SYSTEM_TX_MAX_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSYSTEMTXMAXGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87655e71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SYSTEM_TX_MAX_GAS() view returns(uint64)
func (systemConfig *SystemConfig) TryPackSYSTEMTXMAXGAS() ([]byte, error) {
	return systemConfig.abi.Pack("SYSTEM_TX_MAX_GAS")
}

// UnpackSYSTEMTXMAXGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87655e71.
//
// Solidity: function SYSTEM_TX_MAX_GAS() view returns(uint64)
func (systemConfig *SystemConfig) UnpackSYSTEMTXMAXGAS(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("SYSTEM_TX_MAX_GAS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackUNSAFEBLOCKSIGNERSLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16540b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (systemConfig *SystemConfig) PackUNSAFEBLOCKSIGNERSLOT() []byte {
	enc, err := systemConfig.abi.Pack("UNSAFE_BLOCK_SIGNER_SLOT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUNSAFEBLOCKSIGNERSLOT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f16540b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (systemConfig *SystemConfig) TryPackUNSAFEBLOCKSIGNERSLOT() ([]byte, error) {
	return systemConfig.abi.Pack("UNSAFE_BLOCK_SIGNER_SLOT")
}

// UnpackUNSAFEBLOCKSIGNERSLOT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f16540b.
//
// Solidity: function UNSAFE_BLOCK_SIGNER_SLOT() view returns(bytes32)
func (systemConfig *SystemConfig) UnpackUNSAFEBLOCKSIGNERSLOT(data []byte) ([32]byte, error) {
	out, err := systemConfig.abi.Unpack("UNSAFE_BLOCK_SIGNER_SLOT", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VERSION() view returns(uint256)
func (systemConfig *SystemConfig) PackVERSION() []byte {
	enc, err := systemConfig.abi.Pack("VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xffa1ad74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VERSION() view returns(uint256)
func (systemConfig *SystemConfig) TryPackVERSION() ([]byte, error) {
	return systemConfig.abi.Pack("VERSION")
}

// UnpackVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (systemConfig *SystemConfig) UnpackVERSION(data []byte) (*big.Int, error) {
	out, err := systemConfig.abi.Unpack("VERSION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBasefeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfb14fb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function basefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) PackBasefeeScalar() []byte {
	enc, err := systemConfig.abi.Pack("basefeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBasefeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbfb14fb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function basefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) TryPackBasefeeScalar() ([]byte, error) {
	return systemConfig.abi.Pack("basefeeScalar")
}

// UnpackBasefeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbfb14fb7.
//
// Solidity: function basefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) UnpackBasefeeScalar(data []byte) (uint32, error) {
	out, err := systemConfig.abi.Unpack("basefeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batcherHash() view returns(bytes32)
func (systemConfig *SystemConfig) PackBatcherHash() []byte {
	enc, err := systemConfig.abi.Pack("batcherHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe81b2c6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batcherHash() view returns(bytes32)
func (systemConfig *SystemConfig) TryPackBatcherHash() ([]byte, error) {
	return systemConfig.abi.Pack("batcherHash")
}

// UnpackBatcherHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe81b2c6d.
//
// Solidity: function batcherHash() view returns(bytes32)
func (systemConfig *SystemConfig) UnpackBatcherHash(data []byte) ([32]byte, error) {
	out, err := systemConfig.abi.Unpack("batcherHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBlobbasefeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec707517.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function blobbasefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) PackBlobbasefeeScalar() []byte {
	enc, err := systemConfig.abi.Pack("blobbasefeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBlobbasefeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec707517.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function blobbasefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) TryPackBlobbasefeeScalar() ([]byte, error) {
	return systemConfig.abi.Pack("blobbasefeeScalar")
}

// UnpackBlobbasefeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec707517.
//
// Solidity: function blobbasefeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) UnpackBlobbasefeeScalar(data []byte) (uint32, error) {
	out, err := systemConfig.abi.Unpack("blobbasefeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDaFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe3d5710.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (systemConfig *SystemConfig) PackDaFootprintGasScalar() []byte {
	enc, err := systemConfig.abi.Pack("daFootprintGasScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDaFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe3d5710.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (systemConfig *SystemConfig) TryPackDaFootprintGasScalar() ([]byte, error) {
	return systemConfig.abi.Pack("daFootprintGasScalar")
}

// UnpackDaFootprintGasScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe3d5710.
//
// Solidity: function daFootprintGasScalar() view returns(uint16)
func (systemConfig *SystemConfig) UnpackDaFootprintGasScalar(data []byte) (uint16, error) {
	out, err := systemConfig.abi.Unpack("daFootprintGasScalar", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68016b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gasLimit() view returns(uint64)
func (systemConfig *SystemConfig) PackGasLimit() []byte {
	enc, err := systemConfig.abi.Pack("gasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf68016b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gasLimit() view returns(uint64)
func (systemConfig *SystemConfig) TryPackGasLimit() ([]byte, error) {
	return systemConfig.abi.Pack("gasLimit")
}

// UnpackGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf68016b7.
//
// Solidity: function gasLimit() view returns(uint64)
func (systemConfig *SystemConfig) UnpackGasLimit(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("gasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMaxDepositGasPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba91741.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (systemConfig *SystemConfig) PackMaxDepositGasPerBlock() []byte {
	enc, err := systemConfig.abi.Pack("maxDepositGasPerBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxDepositGasPerBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ba91741.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (systemConfig *SystemConfig) TryPackMaxDepositGasPerBlock() ([]byte, error) {
	return systemConfig.abi.Pack("maxDepositGasPerBlock")
}

// UnpackMaxDepositGasPerBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ba91741.
//
// Solidity: function maxDepositGasPerBlock() view returns(uint64)
func (systemConfig *SystemConfig) UnpackMaxDepositGasPerBlock(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("maxDepositGasPerBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62611a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minBaseFee() view returns(uint64)
func (systemConfig *SystemConfig) PackMinBaseFee() []byte {
	enc, err := systemConfig.abi.Pack("minBaseFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa62611a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minBaseFee() view returns(uint64)
func (systemConfig *SystemConfig) TryPackMinBaseFee() ([]byte, error) {
	return systemConfig.abi.Pack("minBaseFee")
}

// UnpackMinBaseFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa62611a2.
//
// Solidity: function minBaseFee() view returns(uint64)
func (systemConfig *SystemConfig) UnpackMinBaseFee(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("minBaseFee", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMinimumGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4add321d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumGasLimit() view returns(uint64)
func (systemConfig *SystemConfig) PackMinimumGasLimit() []byte {
	enc, err := systemConfig.abi.Pack("minimumGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4add321d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumGasLimit() view returns(uint64)
func (systemConfig *SystemConfig) TryPackMinimumGasLimit() ([]byte, error) {
	return systemConfig.abi.Pack("minimumGasLimit")
}

// UnpackMinimumGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4add321d.
//
// Solidity: function minimumGasLimit() view returns(uint64)
func (systemConfig *SystemConfig) UnpackMinimumGasLimit(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("minimumGasLimit", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (systemConfig *SystemConfig) PackOperatorFeeConstant() []byte {
	enc, err := systemConfig.abi.Pack("operatorFeeConstant")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeConstant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16d3bc7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (systemConfig *SystemConfig) TryPackOperatorFeeConstant() ([]byte, error) {
	return systemConfig.abi.Pack("operatorFeeConstant")
}

// UnpackOperatorFeeConstant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16d3bc7f.
//
// Solidity: function operatorFeeConstant() view returns(uint64)
func (systemConfig *SystemConfig) UnpackOperatorFeeConstant(data []byte) (uint64, error) {
	out, err := systemConfig.abi.Unpack("operatorFeeConstant", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) PackOperatorFeeScalar() []byte {
	enc, err := systemConfig.abi.Pack("operatorFeeScalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorFeeScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d5d9a2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) TryPackOperatorFeeScalar() ([]byte, error) {
	return systemConfig.abi.Pack("operatorFeeScalar")
}

// UnpackOperatorFeeScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d5d9a2a.
//
// Solidity: function operatorFeeScalar() view returns(uint32)
func (systemConfig *SystemConfig) UnpackOperatorFeeScalar(data []byte) (uint32, error) {
	out, err := systemConfig.abi.Unpack("operatorFeeScalar", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (systemConfig *SystemConfig) PackOwner() []byte {
	enc, err := systemConfig.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (systemConfig *SystemConfig) TryPackOwner() ([]byte, error) {
	return systemConfig.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (systemConfig *SystemConfig) UnpackOwner(data []byte) (common.Address, error) {
	out, err := systemConfig.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf45e65d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scalar() view returns(uint256)
func (systemConfig *SystemConfig) PackScalar() []byte {
	enc, err := systemConfig.abi.Pack("scalar")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf45e65d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scalar() view returns(uint256)
func (systemConfig *SystemConfig) TryPackScalar() ([]byte, error) {
	return systemConfig.abi.Pack("scalar")
}

// UnpackScalar is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf45e65d8.
//
// Solidity: function scalar() view returns(uint256)
func (systemConfig *SystemConfig) UnpackScalar(data []byte) (*big.Int, error) {
	out, err := systemConfig.abi.Unpack("scalar", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a2ca2a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBatcherHash(address _batcher) returns()
func (systemConfig *SystemConfig) PackSetBatcherHash(batcher common.Address) []byte {
	enc, err := systemConfig.abi.Pack("setBatcherHash", batcher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBatcherHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a2ca2a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBatcherHash(address _batcher) returns()
func (systemConfig *SystemConfig) TryPackSetBatcherHash(batcher common.Address) ([]byte, error) {
	return systemConfig.abi.Pack("setBatcherHash", batcher)
}

// PackSetDAFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f06fdc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDAFootprintGasScalar(uint16 _scalar) returns()
func (systemConfig *SystemConfig) PackSetDAFootprintGasScalar(scalar uint16) []byte {
	enc, err := systemConfig.abi.Pack("setDAFootprintGasScalar", scalar)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDAFootprintGasScalar is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20f06fdc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDAFootprintGasScalar(uint16 _scalar) returns()
func (systemConfig *SystemConfig) TryPackSetDAFootprintGasScalar(scalar uint16) ([]byte, error) {
	return systemConfig.abi.Pack("setDAFootprintGasScalar", scalar)
}

// PackSetGasConfigEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21d7fde5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGasConfigEcotone(uint32 _basefeeScalar, uint32 _blobbasefeeScalar) returns()
func (systemConfig *SystemConfig) PackSetGasConfigEcotone(basefeeScalar uint32, blobbasefeeScalar uint32) []byte {
	enc, err := systemConfig.abi.Pack("setGasConfigEcotone", basefeeScalar, blobbasefeeScalar)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGasConfigEcotone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21d7fde5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGasConfigEcotone(uint32 _basefeeScalar, uint32 _blobbasefeeScalar) returns()
func (systemConfig *SystemConfig) TryPackSetGasConfigEcotone(basefeeScalar uint32, blobbasefeeScalar uint32) ([]byte, error) {
	return systemConfig.abi.Pack("setGasConfigEcotone", basefeeScalar, blobbasefeeScalar)
}

// PackSetGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb40a817c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGasLimit(uint64 _gasLimit) returns()
func (systemConfig *SystemConfig) PackSetGasLimit(gasLimit uint64) []byte {
	enc, err := systemConfig.abi.Pack("setGasLimit", gasLimit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb40a817c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGasLimit(uint64 _gasLimit) returns()
func (systemConfig *SystemConfig) TryPackSetGasLimit(gasLimit uint64) ([]byte, error) {
	return systemConfig.abi.Pack("setGasLimit", gasLimit)
}

// PackSetMinBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7616f0e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinBaseFee(uint64 _minBaseFee) returns()
func (systemConfig *SystemConfig) PackSetMinBaseFee(minBaseFee uint64) []byte {
	enc, err := systemConfig.abi.Pack("setMinBaseFee", minBaseFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinBaseFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7616f0e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinBaseFee(uint64 _minBaseFee) returns()
func (systemConfig *SystemConfig) TryPackSetMinBaseFee(minBaseFee uint64) ([]byte, error) {
	return systemConfig.abi.Pack("setMinBaseFee", minBaseFee)
}

// PackSetOperatorFeeScalars is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155b6c6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperatorFeeScalars(uint32 _scalar, uint64 _constant) returns()
func (systemConfig *SystemConfig) PackSetOperatorFeeScalars(scalar uint32, constant uint64) []byte {
	enc, err := systemConfig.abi.Pack("setOperatorFeeScalars", scalar, constant)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperatorFeeScalars is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155b6c6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperatorFeeScalars(uint32 _scalar, uint64 _constant) returns()
func (systemConfig *SystemConfig) TryPackSetOperatorFeeScalars(scalar uint32, constant uint64) ([]byte, error) {
	return systemConfig.abi.Pack("setOperatorFeeScalars", scalar, constant)
}

// PackSetUnsafeBlockSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18d13918.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setUnsafeBlockSigner(address _signer) returns()
func (systemConfig *SystemConfig) PackSetUnsafeBlockSigner(signer common.Address) []byte {
	enc, err := systemConfig.abi.Pack("setUnsafeBlockSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetUnsafeBlockSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18d13918.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setUnsafeBlockSigner(address _signer) returns()
func (systemConfig *SystemConfig) TryPackSetUnsafeBlockSigner(signer common.Address) ([]byte, error) {
	return systemConfig.abi.Pack("setUnsafeBlockSigner", signer)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address _newOwner) returns()
func (systemConfig *SystemConfig) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := systemConfig.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address _newOwner) returns()
func (systemConfig *SystemConfig) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return systemConfig.abi.Pack("transferOwnership", newOwner)
}

// PackUnsafeBlockSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fd19ee1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (systemConfig *SystemConfig) PackUnsafeBlockSigner() []byte {
	enc, err := systemConfig.abi.Pack("unsafeBlockSigner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnsafeBlockSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fd19ee1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (systemConfig *SystemConfig) TryPackUnsafeBlockSigner() ([]byte, error) {
	return systemConfig.abi.Pack("unsafeBlockSigner")
}

// UnpackUnsafeBlockSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1fd19ee1.
//
// Solidity: function unsafeBlockSigner() view returns(address signer)
func (systemConfig *SystemConfig) UnpackUnsafeBlockSigner(data []byte) (common.Address, error) {
	out, err := systemConfig.abi.Unpack("unsafeBlockSigner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SystemConfigConfigUpdate represents a ConfigUpdate event raised by the SystemConfig contract.
type SystemConfigConfigUpdate struct {
	Version    *big.Int
	UpdateType uint8
	Data       []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const SystemConfigConfigUpdateEventName = "ConfigUpdate"

// ContractEventName returns the user-defined event name.
func (SystemConfigConfigUpdate) ContractEventName() string {
	return SystemConfigConfigUpdateEventName
}

// UnpackConfigUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigUpdate(uint256 indexed version, uint8 indexed updateType, bytes data)
func (systemConfig *SystemConfig) UnpackConfigUpdateEvent(log *types.Log) (*SystemConfigConfigUpdate, error) {
	event := "ConfigUpdate"
	if len(log.Topics) == 0 || log.Topics[0] != systemConfig.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SystemConfigConfigUpdate)
	if len(log.Data) > 0 {
		if err := systemConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemConfig.abi.Events[event].Inputs {
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

// SystemConfigOwnershipTransferred represents a OwnershipTransferred event raised by the SystemConfig contract.
type SystemConfigOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SystemConfigOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SystemConfigOwnershipTransferred) ContractEventName() string {
	return SystemConfigOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (systemConfig *SystemConfig) UnpackOwnershipTransferredEvent(log *types.Log) (*SystemConfigOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != systemConfig.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(SystemConfigOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := systemConfig.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range systemConfig.abi.Events[event].Inputs {
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
func (systemConfig *SystemConfig) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], systemConfig.abi.Errors["GasLimitTooLow"].ID.Bytes()[:4]) {
		return systemConfig.UnpackGasLimitTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemConfig.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return systemConfig.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], systemConfig.abi.Errors["ZeroOwner"].ID.Bytes()[:4]) {
		return systemConfig.UnpackZeroOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SystemConfigGasLimitTooLow represents a GasLimitTooLow error raised by the SystemConfig contract.
type SystemConfigGasLimitTooLow struct {
	GasLimit uint64
	Minimum  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GasLimitTooLow(uint64 gasLimit, uint64 minimum)
func SystemConfigGasLimitTooLowErrorID() common.Hash {
	return common.HexToHash("0xca79dfc88c7d1a1a3d33abf7ada31af1667679219055732e4f0b174830181b6d")
}

// UnpackGasLimitTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GasLimitTooLow(uint64 gasLimit, uint64 minimum)
func (systemConfig *SystemConfig) UnpackGasLimitTooLowError(raw []byte) (*SystemConfigGasLimitTooLow, error) {
	out := new(SystemConfigGasLimitTooLow)
	if err := systemConfig.abi.UnpackIntoInterface(out, "GasLimitTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemConfigNotOwner represents a NotOwner error raised by the SystemConfig contract.
type SystemConfigNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func SystemConfigNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (systemConfig *SystemConfig) UnpackNotOwnerError(raw []byte) (*SystemConfigNotOwner, error) {
	out := new(SystemConfigNotOwner)
	if err := systemConfig.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SystemConfigZeroOwner represents a ZeroOwner error raised by the SystemConfig contract.
type SystemConfigZeroOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroOwner()
func SystemConfigZeroOwnerErrorID() common.Hash {
	return common.HexToHash("0x9905827b514da707a2fe590832730f62a8d762cc0f2ba71de8065112256c3068")
}

// UnpackZeroOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroOwner()
func (systemConfig *SystemConfig) UnpackZeroOwnerError(raw []byte) (*SystemConfigZeroOwner, error) {
	out := new(SystemConfigZeroOwner)
	if err := systemConfig.abi.UnpackIntoInterface(out, "ZeroOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
