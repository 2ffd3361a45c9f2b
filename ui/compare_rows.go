package ui

import (
	"context"
	"fmt"

	"baogao/model/compare"
	"baogao/ui/diffrows"
	"baogao/ui/text"
)

// cmpRows are a comparison wrapped for one width and layout: its lines,
// the first line of each pair and of each change.
type cmpRows struct {
	lines []cmpLine
	heads []int // first line of each pair
	stops []int // first line of each change, ascending
}

// rowBuilder wraps a comparison into cmpRows.
type rowBuilder struct {
	cmpRows
	m     *text.Measure
	c     *compare.Comparison
	width int
	side  bool
	marks bool
	years bool // year-only sentences shown (compare_years.go)
}

// buildRows wraps the whole comparison c for width cells, side by side or
// not, stopping with ctx's error when ctx is cancelled.
func buildRows(ctx context.Context, m *text.Measure, c *compare.Comparison, width int, side, marks, years bool) (cmpRows, error) {
	d := &rowBuilder{m: m, c: c, width: width, side: side, marks: marks, years: years}
	if d.c == nil || d.width <= 0 {
		return cmpRows{}, nil
	}
	if ps := compare.TitlePieces(d.c); ps != nil && len(d.c.Pairs) > 0 {
		// The reports' titles differ: a line of its own above the pairs,
		// and a stop for n.
		d.stops = append(d.stops, len(d.lines))
		d.add(cmpText, 0, 0, append([]compare.Piece{{Text: "标题：", Style: compare.Strong}}, ps...), d.marks)
		d.lines = append(d.lines, cmpLine{kind: cmpBlank})
	} else if compare.OtherUnit(d.c) && len(d.c.Pairs) > 0 {
		// Two units' titles: each on its own line, not diffed.
		d.add(cmpText, 0, 0, []compare.Piece{{Text: "A 标题：", Style: compare.Strong}, {Text: d.c.A.Title}}, false)
		d.add(cmpText, 0, 0, []compare.Piece{{Text: "B 标题：", Style: compare.Strong}, {Text: d.c.B.Title}}, false)
		d.lines = append(d.lines, cmpLine{kind: cmpBlank})
	}
	for i := range d.c.Pairs {
		if i%64 == 0 && ctx.Err() != nil {
			return cmpRows{}, ctx.Err()
		}
		d.addPair(i)
	}
	if ps := compare.SignaturePieces(d.c); ps != nil && len(d.c.Pairs) > 0 {
		// The 落款 differ (a new date, another issuer): a line below the
		// pairs, and a stop for n.
		d.lines = append(d.lines, cmpLine{kind: cmpBlank})
		d.stops = append(d.stops, len(d.lines))
		d.add(cmpText, 0, 0, append([]compare.Piece{{Text: "落款：", Style: compare.Strong}}, ps...), d.marks)
	}
	return d.cmpRows, nil
}

// addPair appends a pair's header and rows.
func (d *rowBuilder) addPair(i int) {
	p := &d.c.Pairs[i]
	if i > 0 {
		d.lines = append(d.lines, cmpLine{kind: cmpBlank, pair: int32(i)})
	}
	d.heads = append(d.heads, len(d.lines))
	indent := min(2*p.Depth, d.width/4)
	header := []compare.Piece{
		{Text: compare.Title(p, "（前言）"), Style: compare.Strong},
		{Text: "  [" + statusText(p) + "]", Style: compare.Faint},
	}
	d.add(cmpHeader, i, indent, header, false)
	rows := compare.RowsWith(p.Ops, d.years)
	if p.Status == compare.StatusSame && !(d.years && hasYears(rows)) {
		return
	}
	if len(rows) == 0 || p.Heading.Kind != compare.OpSame && p.A != nil && p.B != nil {
		d.stops = append(d.stops, d.heads[i]) // a heading-only change, or an empty section on one side
	}
	body := min(indent+2, d.width/4)
	parallel := p.Status == compare.StatusParallel
	for _, r := range rows {
		if r.Same > 0 {
			d.add(cmpCount, i, body, []compare.Piece{{Text: countText(r), Style: compare.Faint}}, false)
			continue
		}
		d.stops = append(d.stops, len(d.lines))
		switch {
		case d.side:
			// A changed sentence of a parallel pair (one that kept most of
			// its text) keeps its marks, as unified shows them.
			d.addColumns(i, r.Left, r.Right, parallel && r.Unified == nil)
		case r.Unified != nil:
			d.add(cmpText, i, body, r.Unified, d.marks)
		default:
			d.add(cmpText, i, body, r.Left, d.marks)
			d.add(cmpText, i, body, r.Right, d.marks)
		}
	}
}

// add appends pieces wrapped to the width after indent cells.
func (d *rowBuilder) add(kind cmpKind, pair, indent int, ps []compare.Piece, marks bool) {
	depth := uint8(min(d.c.Pairs[pair].Depth, 255))
	for _, l := range diffrows.Wrap(d.m, ps, d.width-indent, marks) {
		d.lines = append(d.lines, cmpLine{kind: kind, depth: depth, indent: uint16(indent), pair: int32(pair),
			lw: uint16(min(l.Width, d.width)), left: l.Segs})
	}
}

// addColumns appends A's pieces and B's side by side. A parallel pair's
// sentences are two texts to read beside each other, not edits: they are
// drawn plainly with only the shared phrases marked.
func (d *rowBuilder) addColumns(pair int, left, right []compare.Piece, parallel bool) {
	// Both columns wrap to the same width, so that text both sides share
	// breaks at the same places; an odd cell left over pads the right.
	lw := (d.width - 3) / 2
	rw := lw
	marks := d.marks
	if parallel {
		plainly := func(s compare.Style) compare.Style { return s & compare.Shared }
		left, right = compare.Restyle(left, plainly), compare.Restyle(right, plainly)
		marks = false
	}
	ll, rl := diffrows.Wrap(d.m, left, lw, marks), diffrows.Wrap(d.m, right, rw, marks)
	for k := range max(len(ll), len(rl)) {
		line := cmpLine{kind: cmpText, cols: true, pair: int32(pair)}
		if k < len(ll) {
			line.left, line.lw = ll[k].Segs, uint16(min(ll[k].Width, lw))
		}
		if k < len(rl) {
			line.right, line.rw = rl[k].Segs, uint16(min(rl[k].Width, rw))
		}
		d.lines = append(d.lines, line)
	}
}

// statusText is a pair's status as its header shows it.
func statusText(p *compare.Pair) string {
	var s string
	switch p.Status {
	case compare.StatusSame:
		s = "相同"
	case compare.StatusOnlyA:
		s = "仅 A"
	case compare.StatusOnlyB:
		s = "仅 B"
	case compare.StatusParallel:
		s = fmt.Sprintf("平行 %d%%", compare.Percent(p.Similarity))
	default:
		s = fmt.Sprintf("改动 %d%%", compare.Percent(p.Similarity))
	}
	if p.Moved {
		s += "，移位"
	}
	if p.Pinned {
		s += "，手动配对"
	}
	return s
}
