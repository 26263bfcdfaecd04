// Package layers holds the test that enforces which parts of the project may
// import which (see TestLayers for the rules, docs/layers.md for the
// picture). It has no code: importing it gives nothing.
package layers
