// Package search finds words, phrases and regular expressions in one report
// or in all of them, and in files without loading them all.
//
// What the user types is parsed into a Query: words separated by spaces must
// all occur in one paragraph; "double quotes" make a phrase of what they
// enclose; in regex mode the text is a Go regular expression. Words and
// phrases are folded (package fold) like the text, so width, case, script and
// spacing do not matter.
//
// An Index holds the reports and, built once on the first search, a folded
// key for each report: every search unit's key, joined with "\n" (a key never
// contains "\n", so no match can cross units). A search unit is a paragraph,
// a section heading, the report title or a preamble paragraph. Across the
// index, terms are found through the postings of their runes and hits are
// counted per report (Index.Count, keys.go), then located one report
// at a time. Within one report, the key is scanned with one memchr-style
// pass over the rarest byte of the term (rarest in this corpus), which on
// Chinese text skips far more than the first byte of a character, whose few
// lead bytes (0xE4–0xE9) are everywhere.
//
// Every hit is reported on the original text: the section (nil for the title
// and preamble), the paragraph, and rune offsets both in the paragraph and in
// the section's text as SectionText gives it, so a highlighter can mark it
// exactly wherever the line wraps.
//
// Paths (paths.go) searches files: it runs the load pipeline of
// package model (Inputs, ReadText, Text.Tree) on each, skipping files whose
// bytes cannot hold the query (prefilter.go) and, for --count, counting
// from the bytes when that provably gives what loading and searching would
// (bytecount.go); TestFastPathMatchesPipeline holds it to that.
package search
