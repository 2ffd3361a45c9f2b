// Package diffrows turns a comparison's sentence operations into styled
// rows and wraps them by terminal cells, for both the `baogao diff` printout
// and the app's compare view. It knows no colours: a Style says what a piece
// of text is (removed, added, a character edit, a shared phrase) and each
// caller maps it to its own escape sequences or Lip Gloss styles.
//
// A row is one step of a pair: a run of unchanged sentences (a count), one
// changed sentence (A's text with its removed pieces and B's with its added
// pieces; unified, both edits in one line), or a run of removed and added
// sentences (A's on the left, B's on the right). Without colour the removed
// and added runs carry git's word-diff marks, [-…-] and {+…+}, so changes
// stay visible in a pipe or under NO_COLOR.
package diffrows

import (
	"math"
	"strings"
	"unicode/utf8"

	"baogao/model"
	"baogao/ui/text"
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

	KindMask Style = 0x0f
	Shared   Style = 0x10 // flag: a phrase a parallel pair shares with the other side
	Edit     Style = 0x20 // flag: a character edit inside a changed sentence
)

// Kind is the style without its flags.
func (s Style) Kind() Style { return s & KindMask }

// Piece is a run of text in one style.
type Piece struct {
	Text  string
	Style Style
}

// Row is what one step of a pair shows. Same > 0 is a count of unchanged
// sentences; otherwise Left and Right are A's and B's text, and Unified,
// when set, is a changed sentence as one line with both edits.
type Row struct {
	Same        int
	Left, Right []Piece
	Unified     []Piece
}

// Rows groups a pair's operations into rows: consecutive unchanged
// sentences into a count, consecutive removed and added sentences into one
// row with A's on the left and B's on the right.
func Rows(ops []model.Op) []Row {
	var rows []Row
	open := false // the last row is a run of removals and additions
	for _, op := range ops {
		switch op.Kind {
		case model.OpSame:
			open = false
			if n := len(rows); n > 0 && rows[n-1].Same > 0 {
				rows[n-1].Same++
			} else {
				rows = append(rows, Row{Same: 1})
			}
		case model.OpChange:
			open = false
			rows = append(rows, changeRow(op))
		case model.OpDel, model.OpAdd:
			if !open {
				rows = append(rows, Row{})
				open = true
			}
			cur := &rows[len(rows)-1]
			if op.Kind == model.OpDel {
				cur.Left = append(cur.Left, SentencePieces(op.A, op.Shared, Deleted)...)
			} else {
				cur.Right = append(cur.Right, SentencePieces(op.B, op.Shared, Inserted)...)
			}
		}
	}
	return rows
}

// changeRow is a changed sentence: A's pieces, B's pieces, and both edits
// in A's order for one column.
func changeRow(op model.Op) Row {
	var r Row
	for _, s := range op.Spans {
		if s.A0 < 0 || s.A1 > len(op.A) || s.A0 > s.A1 || s.B0 < 0 || s.B1 > len(op.B) || s.B0 > s.B1 {
			continue // defensive: spans are byte ranges of A and B
		}
		a, b := op.A[s.A0:s.A1], op.B[s.B0:s.B1]
		if s.Kind == model.OpSame {
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
func SentencePieces(s string, shared []model.Range, st Style) []Piece {
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

// Marked is pieces as text for an output without colour: removed text in
// [-…-], added in {+…+}, neighbours of one kind merged first so that a run
// of removed sentences is one mark.
func Marked(ps []Piece) string {
	var b strings.Builder
	for _, p := range withMarks(ps) {
		b.WriteString(p.Text)
	}
	return b.String()
}

// withMarks inserts the word-diff marks around each run of removed or added
// pieces; a mark takes its run's kind, without flags.
func withMarks(ps []Piece) []Piece {
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

// Seg is a run of one style inside a wrapped line.
type Seg struct {
	Text  string
	Style Style
}

// Line is one wrapped line: its styled runs and its width in cells.
type Line struct {
	Segs  []Seg
	Width int
}

// Text is the line without styles.
func (l Line) Text() string {
	if len(l.Segs) == 1 {
		return l.Segs[0].Text
	}
	var b strings.Builder
	for _, s := range l.Segs {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Wrap wraps styled text to width cells with m's kinsoku-aware wrapper and
// returns the lines with their styles. With marks, removed and added runs
// are enclosed in [-…-] and {+…+} before wrapping (for output without
// colour). A change is read as a whole: a run of removed and added text
// (with its marks) up to a third of the width is never split across lines,
// and a longer one is split only inside its text, never next to a mark — no
// line ends with [- or {+ or starts with -] or +}. Empty input gives no
// lines.
func Wrap(m *text.Measure, ps []Piece, width int, marks bool) []Line {
	if marks {
		ps = withMarks(ps)
	}
	n := 0
	for _, p := range ps {
		n += len(p.Text)
	}
	if n == 0 {
		return nil
	}
	var all strings.Builder
	all.Grow(n)
	styleAt := make([]Style, 0, n)
	for _, p := range ps {
		all.WriteString(p.Text)
		for range len(p.Text) {
			styleAt = append(styleAt, p.Style)
		}
	}
	s := all.String()
	wrapped := m.WrapKeep(s, width, 0, keeps(m, ps, width, marks))
	out := make([]Line, 0, len(wrapped))
	from := 0
	for _, l := range wrapped {
		start := strings.Index(s[from:], l.Text)
		if start < 0 || l.Text == "" { // wrapped lines are pieces of s; be safe anyway
			out = append(out, Line{Segs: []Seg{{l.Text, Plain}}, Width: l.Width})
			continue
		}
		start += from
		end := start + len(l.Text)
		out = append(out, Line{Segs: segments(s[start:end], styleAt[start:end]), Width: l.Width})
		from = end
	}
	return out
}

// keeps is the ranges of the concatenated pieces that Wrap must not break:
// each run of changes (removed and added pieces next to each other) no
// wider than a third of the width, else each of its marks that is, else
// the two ends of each mark, the opening mark with the character after it
// and the closing mark with the character before it.
func keeps(m *text.Measure, ps []Piece, width int, marks bool) []text.Range {
	limit := width / 3
	changed := func(p Piece) bool { k := p.Style.Kind(); return k == Deleted || k == Inserted }
	var out []text.Range
	at := 0
	for i := 0; i < len(ps); {
		if !changed(ps[i]) {
			at += len(ps[i].Text)
			i++
			continue
		}
		j, end, cells := i, at, 0
		for j < len(ps) && changed(ps[j]) {
			end += len(ps[j].Text)
			cells += m.String(ps[j].Text)
			j++
		}
		if cells <= limit {
			out = append(out, text.Range{Start: at, End: end})
			i, at = j, end
			continue
		}
		for i < j { // each mark: the pieces of one kind
			k, from, cells := ps[i].Style.Kind(), at, 0
			for i < j && ps[i].Style.Kind() == k {
				at += len(ps[i].Text)
				cells += m.String(ps[i].Text)
				i++
			}
			switch {
			case cells <= limit || at-from <= 5:
				out = append(out, text.Range{Start: from, End: at})
			case marks:
				body := all(ps, from, at)
				_, first := utf8.DecodeRuneInString(body[2:])
				_, last := utf8.DecodeLastRuneInString(body[:len(body)-2])
				out = append(out, text.Range{Start: from, End: from + 2 + first}, text.Range{Start: at - 2 - last, End: at})
			}
		}
	}
	return out
}

// all is the text of the pieces between byte offsets from and to of their
// concatenation.
func all(ps []Piece, from, to int) string {
	var b strings.Builder
	at := 0
	for _, p := range ps {
		lo, hi := max(from-at, 0), min(to-at, len(p.Text))
		if lo < hi {
			b.WriteString(p.Text[lo:hi])
		}
		at += len(p.Text)
	}
	return b.String()
}

// segments cuts s into runs of one style.
func segments(s string, styles []Style) []Seg {
	var segs []Seg
	at := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || styles[i] != styles[at] {
			segs = append(segs, Seg{s[at:i], styles[at]})
			at = i
		}
	}
	return segs
}

// TitlePieces is the change of the reports' titles as one run of pieces
// (A's removed and B's added text), or nil when the titles are the same.
func TitlePieces(c *model.Comparison) []Piece { return linePieces(c.Title) }

// SignaturePieces is TitlePieces for the reports' 落款 (issuer and date).
func SignaturePieces(c *model.Comparison) []Piece { return linePieces(c.Signature) }

// linePieces marks a one-line op for display, or nil when both sides agree.
func linePieces(op model.Op) []Piece {
	if op.Kind == model.OpSame {
		return nil
	}
	var out []Piece
	for _, r := range Rows([]model.Op{op}) {
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
func Title(p *model.Pair, preamble string) string {
	ha, hb := Heading(p.A, preamble), Heading(p.B, preamble)
	switch {
	case p.B == nil:
		return ha
	case p.A == nil:
		return hb
	case model.Fold(ha) == model.Fold(hb):
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
// is wholly the same shows 100%. The product is first rounded to a millionth
// of a percent: f*100 is inexact in binary (0.29*100 = 28.999…), and
// truncating it would show 28%.
func Percent(f float64) int {
	p := math.Floor(math.Round(f*100*1e6) / 1e6)
	switch {
	case !(p > 0): // NaN included
		return 0
	case p > 100:
		return 100
	}
	return int(p)
}
