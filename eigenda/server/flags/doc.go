// Package flags defines the eigenda-server command-line flags. Every flag has an
// environment variable twin with the LEDGER_EIGENDA_ prefix.
package flags
