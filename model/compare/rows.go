// Rows: a comparison's sentence operations as styled rows.
//
// A row is one step of a pair: a run of unchanged sentences (a count), one
// changed sentence (A's text with its removed pieces and B's with its added
// pieces; unified, both edits in one line), or a run of removed and added
// sentences (A's on the left, B's on the right). Nothing here knows colours
// or widths: a Style says what a piece of text is (removed, added, a
// character edit, a shared phrase) and each caller maps it to its own
// escape sequences or Lip Gloss styles; ui/diffrows wraps pieces by
// terminal cells. Without colour the removed and added runs carry git's
// word-diff marks, [-…-] and {+…+}, so changes stay visible in a pipe or
// under NO_COLOR.

package compare

import (
	"math"
	"strings"

	"baogao/model"
	"baogao/model/fold"
)

// Style is how a piece of text is shown: a kind in the low bits, flags above.
type Style uint8

// Kinds and flags.
const (
	Plain    Style = iota // unchanged text
	Deleted               // only in A
	Inserted              // only in B
	Faint                 // counts of unchanged sentences
	Strong                // pair headers
	Break                 // an empty piece that ends a line: a new paragraph or —— item in a run

	KindMask Style = 0x0f
	Shared   Style = 0x10 // flag: a phrase a parallel pair shares with the other side
	Edit     Style = 0x20 // flag: a character edit inside a changed sentence
	Year     Style = 0x40 // flag: a year bump (Faint), expected in next year's report
)

// Kind is the style without its flags.
func (s Style) Kind() Style { return s & KindMask }

// Piece is a run of text in one style.
type Piece struct {
	Text  string
	Style Style
}

// Row is what one step of a pair shows. Same > 0 is a count of unchanged
// sentences, Years of them differing only by year bumps; otherwise Left and Right are A's and B's text, and Unified,
// when set, is a changed sentence as one line with both edits.
type Row struct {
	Same, Years int
	Left, Right []Piece
	Unified     []Piece

	paraA, paraB int // the paragraph of the last sentence in Left and Right
}

// Rows groups a pair's operations into rows: consecutive unchanged
// sentences into a count, consecutive removed and added sentences into one
// row with A's on the left and B's on the right. Sentences that differ only
// by year bumps count as unchanged.
func Rows(ops []Op) []Row { return RowsWith(ops, false) }

// RowsWith is Rows; with years, a sentence that differs only by year bumps
// is a row of its own, shown as a change whose bumps are Faint|Year.
func RowsWith(ops []Op, years bool) []Row {
	var rows []Row
	open := false // the last row is a run of removals and additions
	for _, op := range ops {
		switch {
		case op.Kind == OpSame && !(years && op.Years):
			open = false
			n := len(rows)
			if n == 0 || rows[n-1].Same == 0 {
				rows = append(rows, Row{})
				n++
			}
			rows[n-1].Same++
			if op.Years {
				rows[n-1].Years++
			}
		case op.Kind == OpSame, op.Kind == OpChange:
			open = false
			rows = append(rows, changeRow(op))
		default:
			if !open {
				rows = append(rows, Row{})
				open = true
			}
			cur := &rows[len(rows)-1]
			if op.Kind == OpDel {
				cur.Left = appendSentence(cur.Left, &cur.paraA, op.A, op.AAt.Para, op.Shared, Deleted)
			} else {
				cur.Right = appendSentence(cur.Right, &cur.paraB, op.B, op.BAt.Para, op.Shared, Inserted)
			}
		}
	}
	return rows
}

// appendSentence appends a removed or added sentence to a run, after a
// Break when it starts another paragraph (para is its paragraph, *last
// that of the sentence before) or a —— list item, so that a run keeps the
// report's paragraphs and items apart.
func appendSentence(ps []Piece, last *int, s string, para int, shared []Range, st Style) []Piece {
	if len(ps) > 0 && (para != *last || strings.HasPrefix(strings.TrimLeft(s, " \u3000"), "——")) {
		ps = append(ps, Piece{Style: Break})
	}
	*last = para
	return append(ps, SentencePieces(s, shared, st)...)
}

// changeRow is a changed sentence: A's pieces, B's pieces, and both edits
// in A's order for one column.
func changeRow(op Op) Row {
	var r Row
	for _, s := range op.Spans {
		if s.A0 < 0 || s.A1 > len(op.A) || s.A0 > s.A1 || s.B0 < 0 || s.B1 > len(op.B) || s.B0 > s.B1 {
			continue // defensive: spans are byte ranges of A and B
		}
		a, b := op.A[s.A0:s.A1], op.B[s.B0:s.B1]
		if s.Kind == OpYear { // dim, in one column as the move from A's year to B's
			r.Left = append(r.Left, Piece{a, Faint | Year})
			r.Right = append(r.Right, Piece{b, Faint | Year})
			r.Unified = append(r.Unified, Piece{a + "→" + b, Faint | Year})
			continue
		}
		if s.Kind == OpSame {
			r.Left = append(r.Left, Piece{a, Plain})
			r.Right = append(r.Right, Piece{b, Plain})
			r.Unified = append(r.Unified, Piece{a, Plain})
			continue
		}
		if a != "" {
			r.Left = append(r.Left, Piece{a, Deleted | Edit})
			r.Unified = append(r.Unified, Piece{a, Deleted | Edit})
		}
		if b != "" {
			r.Right = append(r.Right, Piece{b, Inserted | Edit})
			r.Unified = append(r.Unified, Piece{b, Inserted | Edit})
		}
	}
	return r
}

// SentencePieces is a removed or added sentence in style st, its shared
// phrases flagged.
func SentencePieces(s string, shared []Range, st Style) []Piece {
	var out []Piece
	at := 0
	for _, r := range shared {
		if r.Start < at || r.End > len(s) || r.Start >= r.End {
			continue
		}
		if r.Start > at {
			out = append(out, Piece{s[at:r.Start], st})
		}
		out = append(out, Piece{s[r.Start:r.End], st | Shared})
		at = r.End
	}
	if at < len(s) {
		out = append(out, Piece{s[at:], st})
	}
	return out
}

// WithMarks inserts the word-diff marks around each run of removed or added
// pieces; a mark takes its run's kind, without flags.
func WithMarks(ps []Piece) []Piece {
	out := make([]Piece, 0, len(ps)+4)
	for i := 0; i < len(ps); {
		k := ps[i].Style.Kind()
		j := i
		for j < len(ps) && ps[j].Style.Kind() == k {
			j++
		}
		open, closeMark := "", ""
		switch k {
		case Deleted:
			open, closeMark = "[-", "-]"
		case Inserted:
			open, closeMark = "{+", "+}"
		}
		if open != "" {
			out = append(out, Piece{open, k})
		}
		out = append(out, ps[i:j]...)
		if closeMark != "" {
			out = append(out, Piece{closeMark, k})
		}
		i = j
	}
	return out
}

// Restyle maps every piece's style through f (for example to show a
// parallel pair's sentences plainly, keeping only the shared phrases).
func Restyle(ps []Piece, f func(Style) Style) []Piece {
	out := make([]Piece, len(ps))
	for i, p := range ps {
		out[i] = Piece{p.Text, f(p.Style)}
	}
	return out
}

// TitlePieces is the change of the reports' titles as one run of pieces
// (A's removed and B's added text), or nil when the titles are the same
// or the reports are of different units (see OtherUnit).
func TitlePieces(c *Comparison) []Piece {
	if OtherUnit(c) {
		return nil
	}
	return linePieces(c.Title)
}

// OtherUnit reports whether the two reports come from different units
// (districts, cities or departments): their titles then differ in the
// name, and a character diff of them (济南市历下区2024 against 中共周村区委…)
// reads as nonsense. Callers show A's title and B's on lines of their own.
func OtherUnit(c *Comparison) bool {
	a, b := c.A, c.B
	switch {
	case a == nil || b == nil || c.Title.Kind == OpSame:
		return false
	case a.District != "" && b.District != "":
		return a.District != b.District
	case a.City != "" && b.City != "":
		return a.City != b.City
	}
	return false
}

// SignaturePieces is TitlePieces for the reports' 落款 (issuer and date).
func SignaturePieces(c *Comparison) []Piece { return linePieces(c.Signature) }

// linePieces marks a one-line op for display, or nil when both sides agree.
func linePieces(op Op) []Piece {
	if op.Kind == OpSame {
		return nil
	}
	var out []Piece
	for _, r := range Rows([]Op{op}) {
		if r.Unified != nil {
			out = append(out, r.Unified...)
			continue
		}
		out = append(append(out, r.Left...), r.Right...)
	}
	return out
}

// Title is "A's heading ↔ B's heading" for a pair's header, or one heading
// when the other side is missing or both are equal after folding. preamble
// names the text before the first heading.
func Title(p *Pair, preamble string) string {
	ha, hb := Heading(p.A, preamble), Heading(p.B, preamble)
	switch {
	case p.B == nil:
		return ha
	case p.A == nil:
		return hb
	case fold.String(ha) == fold.String(hb):
		return ha
	}
	return ha + " ↔ " + hb
}

// Heading is a section's heading as a pair shows it: preamble for the text
// before the first heading, the path when the section has no heading.
func Heading(s *model.Section, preamble string) string {
	switch {
	case s == nil:
		return ""
	case s.Path == "":
		return preamble
	case s.Heading() == "":
		return s.Path
	}
	return s.Heading()
}

// Percent rounds a similarity down to a whole percentage, so that only what
// is wholly the same shows 100%, and up below 1%, so that only what shares
// nothing shows 0%. The product is first rounded to a millionth
// of a percent: f*100 is inexact in binary (0.29*100 = 28.999…), and
// truncating it would show 28%.
func Percent(f float64) int {
	p := math.Floor(math.Round(f*100*1e6) / 1e6)
	switch {
	case !(f > 0): // NaN included
		return 0
	case p < 1:
		return 1
	case p > 100:
		return 100
	}
	return int(p)
}
