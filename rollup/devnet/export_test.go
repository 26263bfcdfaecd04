package devnet

// EigenDAContractsFile exposes eigenDAContractsFile to the external tests.
const EigenDAContractsFile = eigenDAContractsFile
