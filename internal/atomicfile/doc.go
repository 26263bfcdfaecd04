// Package atomicfile installs files so that a reader, a crash or a power cut
// sees either the old content of a path or the whole new content, never a
// torn or empty file, and so that an installed file survives a crash.
//
// The sequence, in one place for every save in the project: write a temporary
// file in the target's directory (so the rename stays on one file system),
// fsync it, close it, rename it over the target (atomic on POSIX), fsync the
// directory (so the rename itself is durable). On failure the temporary file is
// removed; after a successful rename it is never touched again (another writer
// may already own the name).
//
// WriteFile saves a byte slice. Create returns a *File to stream into (it is
// an *os.File, so a writer may also seek back to patch a header) and Commit
// installs it under a path chosen at the end, as a content-addressed store
// does once it knows the hash. Temporary files end in TempSuffix, so a
// directory scan can skip them and a restart can remove the ones a crash
// left behind.
//
// google/renameio does the atomic part but leaves durability (the directory
// fsync) to the caller, which is the step hand-written saves forget.
package atomicfile
