package export

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"baogao/model"
	"baogao/model/compare"
)

// Options adjusts what Build and BuildReport put in a Doc.
type Options struct {
	Version      string    // baogao's version, for the footer
	Date         time.Time // the revisions' date; zero means now
	Full         bool      // unchanged sentences in full (docx-table, HTML, Markdown)
	HashA, HashB string    // the inputs' hashes; "" hashes the report's text
	NoFigures    bool      // leave the figures table out
}

// Build makes the Doc of a comparison: what the compare view shows, and
// B's text with A's deletions and B's insertions.
func Build(c *compare.Comparison, opt Options) *Doc {
	d := &Doc{Kind: KindComparison, Version: opt.Version, Date: dateOf(opt), Full: opt.Full,
		A: sideOf(c.A, opt.HashA), B: sideOf(c.B, opt.HashB)}
	d.Title = lineMarks(c.Title)
	d.Signature = lineMarks(c.Signature)
	d.Summary = summaryOf(c.Summary)
	d.Pairs = make([]Pair, len(c.Pairs))
	for i := range c.Pairs {
		d.Pairs[i] = pairOf(&c.Pairs[i], i)
	}
	if !opt.NoFigures {
		d.Figures = figuresOf(c)
	}
	d.Text = trackedText(c)
	return d
}

func dateOf(opt Options) time.Time {
	if opt.Date.IsZero() {
		return time.Now().UTC().Truncate(time.Second)
	}
	return opt.Date.UTC()
}

func sideOf(r *model.Report, hash string) Side {
	unit := r.District
	if unit == "" {
		unit = r.City
	}
	if hash == "" {
		sum := sha256.Sum256([]byte(r.Text()))
		hash = "sha256:" + hex.EncodeToString(sum[:]) + " (text)"
	}
	return Side{ID: r.ID, Label: r.Label(), Unit: unit, Year: r.Year, Title: r.Title, File: r.Source, Hash: hash}
}

func summaryOf(s compare.Summary) Summary {
	return Summary{Same: s.Same, Changed: s.Changed, Parallel: s.Parallel, OnlyA: s.OnlyA, OnlyB: s.OnlyB,
		Unchanged: s.Unchanged, Edited: s.Edited, Added: s.Added, Removed: s.Removed, Moved: s.Moved,
		Similarity: percent(s.Similarity)}
}

// percent is a similarity as the view shows it (rounded down: only what
// is wholly the same shows 100%).
func percent(f float64) int { return compare.Percent(f) }

// preambleName names the text before the first heading.
const preambleName = "（导语）"

func pairOf(p *compare.Pair, i int) Pair {
	out := Pair{Index: i, Parent: p.Parent, Depth: p.Depth, Status: string(p.Status),
		Similarity: percent(p.Similarity), Moved: p.Moved, Pinned: p.Pinned}
	if p.A != nil {
		out.PathA, out.HeadingA = p.A.Path, compare.Heading(p.A, preambleName)
	}
	if p.B != nil {
		out.PathB, out.HeadingB = p.B.Path, compare.Heading(p.B, preambleName)
	}
	out.Title = compare.Title(p, preambleName)
	if p.A != nil && p.B != nil {
		out.Heading = lineMarks(p.Heading)
	}
	out.Rows = rowsOf(p.Ops, p.Status == compare.StatusParallel)
	return out
}

// lineMarks is a one-line op (a title, a heading, the 落款) as pieces: A's
// removed and B's added text, or nil when both agree.
func lineMarks(op compare.Op) []Piece {
	switch op.Kind {
	case compare.OpSame:
		return nil
	case compare.OpChange:
		var out []Piece
		for _, s := range op.Spans {
			a, b, ok := spanText(op, s)
			if !ok {
				continue
			}
			if s.Kind == compare.OpSame {
				out = append(out, Piece{Text: a})
				continue
			}
			out = appendPiece(out, Piece{Text: a, Mark: Del})
			out = appendPiece(out, Piece{Text: b, Mark: Ins})
		}
		return out
	}
	return appendPiece(appendPiece(nil, Piece{Text: op.A, Mark: Del}), Piece{Text: op.B, Mark: Ins})
}

// spanText is the text of a span in A and in B, or !ok when the span does
// not fit the sentences (defensive: spans are byte ranges of A and B).
func spanText(op compare.Op, s compare.Span) (a, b string, ok bool) {
	if s.A0 < 0 || s.A1 > len(op.A) || s.A0 > s.A1 || s.B0 < 0 || s.B1 > len(op.B) || s.B0 > s.B1 {
		return "", "", false
	}
	return op.A[s.A0:s.A1], op.B[s.B0:s.B1], true
}

// appendPiece appends p unless it is empty, merging it into the last
// piece when they look the same.
func appendPiece(ps []Piece, p Piece) []Piece {
	if p.Text == "" {
		return ps
	}
	if n := len(ps); n > 0 && ps[n-1].Mark == p.Mark && ps[n-1].Shared == p.Shared {
		ps[n-1].Text += p.Text
		return ps
	}
	return append(ps, p)
}

// rowsOf groups a pair's operations into the view's rows: unchanged runs
// counted, each changed sentence a row, removed and added sentences that
// follow each other one row. In a parallel pair removed and added
// sentences are read side by side, not as deletions: they stay plain,
// their shared phrases flagged.
func rowsOf(ops []compare.Op, parallel bool) []Row {
	var rows []Row
	for _, op := range ops {
		last := len(rows) - 1
		switch op.Kind {
		case compare.OpSame:
			if last < 0 || rows[last].Kind != RowSame {
				rows = append(rows, Row{Kind: RowSame})
				last = len(rows) - 1
			}
			r := &rows[last]
			r.Same++
			r.SameA, r.SameB = append(r.SameA, op.A), append(r.SameB, op.B)
		case compare.OpChange:
			rows = append(rows, changeRow(op))
		case compare.OpDel, compare.OpAdd:
			if last < 0 || rows[last].Kind != RowApart {
				rows = append(rows, Row{Kind: RowApart})
				last = len(rows) - 1
			}
			r := &rows[last]
			r.Moved = r.Moved || op.Moved
			if op.Kind == compare.OpDel {
				r.Left = appendSentence(r.Left, op.A, op.Shared, markOf(Del, parallel))
			} else {
				r.Right = appendSentence(r.Right, op.B, op.Shared, markOf(Ins, parallel))
			}
		}
	}
	return rows
}

func markOf(m Mark, parallel bool) Mark {
	if parallel {
		return Plain
	}
	return m
}

func changeRow(op compare.Op) Row {
	r := Row{Kind: RowChange}
	for _, s := range op.Spans {
		a, b, ok := spanText(op, s)
		if !ok {
			continue
		}
		if s.Kind == compare.OpSame {
			r.Left = appendPiece(r.Left, Piece{Text: a})
			r.Right = appendPiece(r.Right, Piece{Text: b})
			continue
		}
		r.Left = appendPiece(r.Left, Piece{Text: a, Mark: Del})
		r.Right = appendPiece(r.Right, Piece{Text: b, Mark: Ins})
	}
	return r
}

// appendSentence appends a removed or added sentence with mark m, its
// shared phrases flagged.
func appendSentence(ps []Piece, s string, shared []compare.Range, m Mark) []Piece {
	at := 0
	for _, r := range shared {
		if r.Start < at || r.End > len(s) || r.Start >= r.End {
			continue
		}
		ps = appendPiece(ps, Piece{Text: s[at:r.Start], Mark: m})
		ps = appendPiece(ps, Piece{Text: s[r.Start:r.End], Mark: m, Shared: true})
		at = r.End
	}
	return appendPiece(ps, Piece{Text: s[at:], Mark: m})
}

// plainText is the pieces' text without marks.
func plainText(ps []Piece) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	return b.String()
}
