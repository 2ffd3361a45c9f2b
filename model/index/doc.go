// Package index keeps a persistent search index of a folder of reports in
// the user's cache directory (os.UserCacheDir()/baogao/index/<sha256 of the
// folder's absolute path, 32 hex digits>/), never beside the inputs.
//
// What it holds. For every file the folder's walk finds (model.ReportFiles)
// a files-table entry: path relative to the folder, size, modification time,
// CRC-64 of the bytes, the document number of its postings, why it did not
// load, its warnings, and what `baogao list` shows (title, district, city,
// year, kind, characters, sections), so that an unchanged folder is listed
// without reading a file. For every document, exact positions of its folded
// search text — the keys of its units (title, preamble paragraphs, section
// headings and paragraphs, model.Fold) joined by "\n", exactly the text
// model's search scans — in posting lists keyed by rune pairs for the most
// frequent runes (the 31 commonest non-ASCII runes of the first files, and
// ASCII) and by single runes otherwise. A term is found by intersecting the
// lists of the keys that cover each of its runes at the right offsets, so
// the positions found are exactly where the term is.
//
// Files. "meta" is the manifest (format and parser versions, a hash of the
// folding, the paired runes, the segment names) with the files table, one
// CRC-32C over it all. Segments ("*.seg", segment.go) hold sorted posting
// lists with a CRC-32C each and a dictionary; they are immutable, mapped
// into memory, and documents not in the files table (removed or replaced
// files) are dead: the files table is the tombstone list. Every file is
// written to a temporary name and renamed, so a crash leaves the old index.
//
// Building (Sync). Files are read, loaded (model.LoadBytes) and folded on
// every CPU; each worker gathers postings in memory until they pass
// Options.ChunkBytes and writes them as a segment, so memory is bounded by
// workers × chunk whatever the folder's size; the segments are then merged
// into one, streaming. Later Syncs stat every file and re-read only those
// whose size or time changed (the folder is walked again only when the
// time of one of its folders changed, as adding, removing or renaming a
// file does; on a file system with coarse times a file added in the same
// tick as the last check waits for the next change) (one whose bytes hash the same keeps its
// postings); their postings go to a new segment, and segments are merged
// again when there are more than eight or a quarter of the documents are
// dead. An index that is damaged (a checksum, a length or a number that
// does not hold) or from another version (format, parser or folding) is
// thrown away and rebuilt, and Stats.Rebuilt says why.
//
// Searching (Index.Search). Counts are answered from positions alone: a
// one-rune term from the number of positions its lists hold, a longer one
// non-overlapping as model counts, several words per unit (the separators
// '\n' have a list of their own, sepKey) with overlapping occurrences of
// different words merged, as model's search does. Hits to show are found by
// reading only the candidate files and searching their text with
// model.SearchReports, so every hit shown is verified on the text; results
// stream in folder order. Regular
// expressions are not answered (ErrRegex): the caller searches the files.
package index
