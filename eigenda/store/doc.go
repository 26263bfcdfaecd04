// Package store holds the EigenDA server's blob backends behind one interface:
//
//   - [Memory]: blobs in a map, with optional expiry; certificates issued locally.
//   - [File]: one file per blob, written to a temporary name, fsync'd, renamed
//     and the directory fsync'd before a put is acknowledged, so a crash at any
//     point loses nothing acknowledged and never exposes a partial blob;
//     certificates issued locally.
//   - [Disperser]: blobs dispersed to an EigenDA disperser over gRPC; its
//     certificates come from the disperser.
//
// Locally issued certificates (memory, file) are self-consistent EigenDA v1
// certificates for a batch of one blob (see cert.BuildBatch); they are not signed
// by EigenDA operators. Backends return blob bytes unverified: the server
// verifies them against the certificate.
package store
