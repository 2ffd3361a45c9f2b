// Package compare compares two reports, section by section.
//
// A comparison is plain data for the UI and the CLI to lay out as they like:
// a list of section pairs in reading order (each top-level pair followed by
// its sub-pairs), each with a status, a similarity and the sentence
// operations of the two sections' own paragraphs. Nothing here knows about
// colour or width.
//
// Sections are paired first (align.go), then each pair's own paragraphs are
// diffed (diff.go). A sub-section is always its own pair, so a parent's
// operations cover only the text before its first sub-section, and its
// status and similarity cover its whole subtree.
//
// When two paired sections are too different for a character diff to mean
// anything (two districts writing on the same mandated topic), the pair is
// "parallel": its operations keep only sentences that are equal or nearly
// so, the rest are removed/added sentences to be shown side by side, with
// phrases of sharedRunes or more characters that also occur on the other
// side marked as Shared.
//
// Rows (rows.go) groups a pair's operations into rows of styled pieces for
// a printout or a pane; ui/diffrows wraps them by terminal cells. The JSON
// form of a comparison is in compare_json.go.
package compare
