// Package bintest runs a command's binary under test the way an operator
// does: it builds the main package, starts the binary with flags, waits for
// conditions while watching that it keeps running, and checks that an
// interrupt (Ctrl-C) stops it cleanly.
package bintest
