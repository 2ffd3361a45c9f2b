package diffrows

import (
	"sort"
	"strings"
	"unicode/utf8"

	"baogao/model/compare"
	"baogao/ui/text"
)

// Seg is a run of one style inside a wrapped line.
type Seg struct {
	Text  string
	Style compare.Style
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
// returns the lines with their styles. A Break piece ends a line (the
// next paragraph of a run starts on a line of its own). With marks, removed and added runs
// are enclosed in [-…-] and {+…+} before wrapping (for output without
// colour). A change is read as a whole: a run of removed and added text
// (with its marks) up to a third of the width is never split across lines,
// and a longer one is split only inside its text, never next to a mark — no
// line ends with [- or {+ or starts with -] or +}. Empty input gives no
// lines.
func Wrap(m *text.Measure, ps []compare.Piece, width int, marks bool) []Line {
	var out []Line
	for from := 0; from < len(ps); {
		to := from
		for to < len(ps) && ps[to].Style.Kind() != compare.Break {
			to++
		}
		out = append(out, wrapLine(m, ps[from:to], width, marks)...)
		from = to + 1
	}
	return out
}

// wrapLine is Wrap for pieces without a Break.
func wrapLine(m *text.Measure, ps []compare.Piece, width int, marks bool) []Line {
	if marks {
		ps = compare.WithMarks(ps)
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
	styleAt := make([]compare.Style, 0, n)
	for _, p := range ps {
		all.WriteString(p.Text)
		for range len(p.Text) {
			styleAt = append(styleAt, p.Style)
		}
	}
	s := all.String()
	wrapped := m.WrapKeep(s, width, 0, merge(append(keeps(m, ps, width, marks), unbroken(m, s, ps, width)...)))
	out := make([]Line, 0, len(wrapped))
	from := 0
	for _, l := range wrapped {
		start := strings.Index(s[from:], l.Text)
		if start < 0 || l.Text == "" { // wrapped lines are pieces of s; be safe anyway
			out = append(out, Line{Segs: []Seg{{l.Text, compare.Plain}}, Width: l.Width})
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
func keeps(m *text.Measure, ps []compare.Piece, width int, marks bool) []text.Range {
	limit := width / 3
	changed := func(p compare.Piece) bool { k := p.Style.Kind(); return k == compare.Deleted || k == compare.Inserted }
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

// unbroken is the ranges of s that read as one mark and never break: the
// two-character dashes and ellipses (——, ……) and each Faint piece (a
// pair's status, [改动 93%，移位]) that fits in a third of the width.
func unbroken(m *text.Measure, s string, ps []compare.Piece, width int) []text.Range {
	var out []text.Range
	for _, pair := range []string{"——", "……"} {
		for at := 0; ; {
			i := strings.Index(s[at:], pair)
			if i < 0 {
				break
			}
			out = append(out, text.Range{Start: at + i, End: at + i + len(pair)})
			at += i + len(pair)
		}
	}
	at := 0
	for _, p := range ps {
		if p.Style.Kind() == compare.Faint && m.String(p.Text) <= width/3 {
			out = append(out, text.Range{Start: at, End: at + len(p.Text)})
		}
		at += len(p.Text)
	}
	return out
}

// merge sorts ranges and joins those that overlap, as WrapKeep wants them.
func merge(rs []text.Range) []text.Range {
	sort.Slice(rs, func(i, j int) bool { return rs[i].Start < rs[j].Start })
	var out []text.Range
	for _, r := range rs {
		if n := len(out); n > 0 && r.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}

// all is the text of the pieces between byte offsets from and to of their
// concatenation.
func all(ps []compare.Piece, from, to int) string {
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
func segments(s string, styles []compare.Style) []Seg {
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
