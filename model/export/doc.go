// Package export writes what baogao shows — a comparison of two reports,
// or one report or section — as files for people who do not use a
// terminal: a print-ready HTML 对照表, a Word document with tracked
// changes, a two-column Word 对照表, Markdown for wikis, and the figures
// for Excel as CSV (UTF-8 with a BOM, CRLF) or an .xlsx workbook.
//
// # How
//
// Build turns a comparison (compare.Comparison) into a Doc, the intermediate
// representation every writer reads: the two reports named with unit,
// year, title, file and hash, the summary counts, and one Pair per pair of
// the comparison in reading order (hand pairs flagged), each with its
// status and the rows the compare view shows — runs of unchanged sentences
// as a count (their text kept for --full), changed sentences with their
// character edit, removed and added sentences side by side, moved ones
// flagged — and, when the reports have figures, the figures table.
// BuildReport does the same for one report or section (`show --export`):
// its outline and text.
//
// A Pair also keeps its Body: every paragraph of both sections as a stream
// of pieces (kept, removed, inserted) and paragraph ends, so that text the
// comparison does not show (sentences whose folded text is empty) is still
// there. The tracked-changes writer needs it: accepting every revision of
// its output gives B's text exactly, rejecting every one gives A's. Pairs
// that moved are written as a deletion where A has them and an insertion
// where B has them, as Word writes a moved paragraph.
//
// Every writer escapes report text for its format (HTML and XML entities,
// Markdown's marks and table pipes, CSV quoting and formula prefixes) and
// drops the characters the format cannot carry (C0/C1 controls, U+FFFE),
// so a report holding <script>, ]]> or escape sequences stays text. The
// HTML has no scripts and no external resources, and says so in its
// Content-Security-Policy; the docx and xlsx files are written by hand
// (archive/zip and a few small XML parts), with no template file and no
// library: what they need of OOXML is small and fixed.
package export
