package bindings

// Constants of the precompile interfaces that clients need and the ABI does
// not carry: the values of the interfaces' enums, the reasons settle gives in
// ReceiptRejected, and the input limits past which a call reverts. The
// precompile packages (precompiles/...) define and enforce these values;
// each has a test that its constants equal the ones here, so off-chain code
// (loraserve, the ledger CLI, Studio) can use them without linking consensus
// code.

// IDatanetRegistry.Status.
const (
	DatanetStatusPending  uint8 = 0
	DatanetStatusAccepted uint8 = 1
	DatanetStatusRejected uint8 = 2
)

// IDatanetRegistry limits.
const (
	// DatanetMaxPage is the most entries one paged Datanet query returns.
	DatanetMaxPage = 100
)

// IModelRegistry.Kind.
const (
	ModelKindBase    uint8 = 0
	ModelKindAdapter uint8 = 1
)

// IModelRegistry.Status.
const (
	ModelStatusActive     uint8 = 0
	ModelStatusDeprecated uint8 = 1
)

// IModelRegistry limits.
const (
	// ModelMaxPage is the most models one paged query returns.
	ModelMaxPage = 100
	// ModelMaxVersionPage is the most versions versionsOf returns.
	ModelMaxVersionPage = 16
	// ModelMaxDatanets is the most Datanet versions one model version names.
	ModelMaxDatanets = 64
	// ModelMaxTargetModules is the most target modules of an adapter.
	ModelMaxTargetModules = 16
)

// IAgentRegistry limits.
const (
	// AgentMaxPage is the most agents agentsOf returns.
	AgentMaxPage = 100
)

// ISettlement limits.
const (
	// SettlementMaxBatch is the most receipts one settle call carries.
	SettlementMaxBatch = 4_096
	// SettlementMaxContributions is the most contributions one receipt carries.
	SettlementMaxContributions = 256
)

// Reasons of ISettlement.ReceiptRejected, one per check of settle in the
// order the checks run.
const (
	RejectVoucherHash     = "voucher hash mismatch"
	RejectModelMismatch   = "model mismatch"
	RejectBadSignature    = "bad signature"
	RejectWrongSigner     = "wrong signer"
	RejectWrongOperator   = "wrong operator"
	RejectAlreadySettled  = "already settled"
	RejectNonceUsed       = "nonce used"
	RejectExpired         = "expired"
	RejectUnknownModel    = "unknown model"
	RejectUnknownVersion  = "unknown model version"
	RejectFeeOverflow     = "fee overflow"
	RejectFeeMismatch     = "fee mismatch"
	RejectFeeAboveMax     = "fee above maxFee"
	RejectNoEscrow        = "insufficient escrow"
	RejectNotAscending    = "contributions not ascending"
	RejectUnknownContrib  = "unknown contribution"
	RejectNotInProvenance = "contribution not in model datanets"
	RejectWeightsOverflow = "weights overflow"
)

// IGovernance.ChangeKind names, indexed by the kind's value, as the ledger
// CLI spells them.
var GovernanceChangeKinds = []string{
	"burnBps", "ownerBps", "operatorBps", "platformFee", "addSettler", "removeSettler", "addSlasher",
	"removeSlasher", "minAgentStake", "unbondingDelay", "withdrawDelay", "treasurySpend", "slashAgent",
	"suspendAgent", "unsuspendAgent", "votingPeriod", "timelockDelay", "unlockDelay", "quorumBps",
	"thresholdBps", "proposalThreshold",
}

// IGovernance.ProposalState names, indexed by the state's value.
var GovernanceStates = []string{"active", "canceled", "defeated", "succeeded", "queued", "executed"}

// IGovernance vote support values and limits.
const (
	GovernanceAgainst uint8 = 0
	GovernanceFor     uint8 = 1
	GovernanceAbstain uint8 = 2
	// GovernanceMaxChanges is the most changes one proposal carries.
	GovernanceMaxChanges = 16
)
