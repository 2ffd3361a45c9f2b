package export

import (
	"time"

	"baogao/model/figures"
)

// Kind says what a Doc holds.
type Kind int

// The kinds of Doc.
const (
	KindComparison Kind = iota // two reports compared (diff --export)
	KindReport                 // one report or section (show --export)
)

// Mark is what happened to a piece of text.
type Mark uint8

// The marks.
const (
	Plain Mark = iota // in both (or, in a report, just text)
	Del               // only in A: struck through
	Ins               // only in B: underlined and bold
)

// Piece is a run of text with one mark.
type Piece struct {
	Text   string
	Mark   Mark
	Shared bool // a phrase a parallel pair shares with the other side
}

// Side names one report of the export.
type Side struct {
	ID    string
	Label string // district and year, as the app lists it
	Unit  string // the district or body reporting
	Year  int    // 0 when unknown
	Title string
	File  string // where it was loaded from
	Hash  string // "sha256:…" of the file as read, or of its text when the file is gone
}

// Summary counts a comparison's pairs and sentences, as the compare view's
// summary line does.
type Summary struct {
	Same, Changed, Parallel, OnlyA, OnlyB    int // section pairs by status
	Unchanged, Edited, Added, Removed, Moved int // sentences
	Similarity                               int // per cent, rounded down
}

// RowKind is what a row of a pair shows.
type RowKind int

// The kinds of row.
const (
	RowSame   RowKind = iota // a run of unchanged sentences
	RowChange                // one changed sentence: A's with its removals, B's with its insertions
	RowApart                 // removed sentences (left) and added ones (right)
)

// Row is one step of a pair, as the compare view shows it.
type Row struct {
	Kind         RowKind
	Same         int      // RowSame: how many sentences
	SameA, SameB []string // RowSame: their text in A and in B, for --full
	Left, Right  []Piece  // A's text and B's
	Moved        bool     // RowApart: a sentence here is added or removed elsewhere too
}

// Pair is one pair of sections (or one section without a counterpart).
type Pair struct {
	Index, Parent, Depth int    // Parent -1 at the top; Index in Doc.Pairs
	PathA, PathB         string // dotted paths; "" on a side that lacks the section (or for the preamble)
	HeadingA, HeadingB   string // headings as shown ("" on a missing side)
	Title                string // "A's heading ↔ B's heading", or one of them
	Heading              []Piece
	Status               string // compare.Status: same, changed, parallel, only-A, only-B
	Similarity           int    // per cent, rounded down
	Moved, Pinned        bool   // out of the siblings' order; paired by hand
	Rows                 []Row
}

// Style is the paragraph style of a Para.
type Style int

// The paragraph styles: body text, the document title, headings of levels
// 1, 2 and 3 (and below).
const (
	Body Style = iota
	Title
	H1
	H2
	H3
)

// Para is one paragraph of the running text: B's text with A's deletions
// and B's insertions (a comparison), or the text (a report). Mark is the
// paragraph mark's: Del when only A ends a paragraph here, Ins when only B
// does.
type Para struct {
	Style  Style
	Pieces []Piece
	Mark   Mark
	Anchor string // headings: the id the contents list links to
}

// Figures is the figures table of a comparison: one row per figure found
// in either report.
type Figures struct {
	Rows  []FigureRow
	Table *figures.Table // what they come from, for WriteFiguresCSV
}

// FigureRow is one figure followed from A to B. A and B are the figure as
// written ("" where the report lacks it); Change and Percent are
// formatted, "" when there is no change to give.
type FigureRow struct {
	Subject, Unit      string
	A, B               string
	ValueA, ValueB     *float64
	Change, Percent    string   // formatted: +12件, -3.5%
	ChangeValue        *float64 // B less A, in Unit
	PercentValue       *float64 // the change in per cent of A
	SectionA, SectionB string
}

// Doc is everything an export writes.
type Doc struct {
	Kind    Kind
	Version string    // baogao's version
	Date    time.Time // when it was made (the revisions' date)
	Full    bool      // show unchanged sentences instead of counting them

	A, B      Side    // B is unset for a report
	Title     []Piece // the change of the reports' titles; nil when the same
	Signature []Piece // the change of their 落款; nil when the same
	Summary   Summary
	Pairs     []Pair
	Figures   *Figures // nil when neither report has figures

	// Text is the running text: for a comparison, B's text with A's
	// deletions and B's insertions as revisions (accept all gives B, reject
	// all gives A); for a report, its title, headings and paragraphs.
	Text []Para
}
