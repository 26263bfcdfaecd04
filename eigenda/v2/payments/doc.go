// Package payments keeps the accounts of EigenDA v2 dispersals, on the client
// and on a disperser: a reservation is a leaky bucket of symbols (it fills by
// the symbols dispersed, leaks at the reserved symbols per second, holds the
// reservation window's worth, and may overflow once when empty), valid between
// its start and end and for its quorums; on-demand payment is a cumulative
// amount of wei that grows by max(symbols, minNumSymbols)·pricePerSymbol per
// dispersal, may not exceed the on-chain deposits, and only pays for quorums 0
// and 1. A dispersal pays by reservation when its payment header carries no
// cumulative payment, on demand otherwise.
//
// It also holds the hashes the payment-related requests are signed over.
package payments
