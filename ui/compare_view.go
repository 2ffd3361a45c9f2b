package ui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"baogao/model/compare"
	"baogao/ui/diffrows"
	"baogao/ui/text"
)

// sideBySideFrom is the narrowest terminal on which the comparison is
// shown side by side unless u says otherwise (as baogao diff does).
const sideBySideFrom = 120

// minColumn is the narrowest column worth a side-by-side layout; a diff
// pane too narrow for two of them is drawn unified.
const minColumn = 8

// cmpKind says how a line of the diff view is drawn.
type cmpKind uint8

const (
	cmpBlank  cmpKind = iota // between pairs
	cmpHeader                // a pair's heading and status
	cmpText                  // sentences: one column, or A's and B's side by side
	cmpCount                 // "… n 句未变"
)

// cmpLine is one wrapped line of the comparison. Side-by-side lines carry
// A's column in left and B's in right; every other line only left.
type cmpLine struct {
	kind   cmpKind
	cols   bool
	depth  uint8
	indent uint16
	pair   int32
	lw, rw uint16 // widths in cells of left and right
	left   []diffrows.Seg
	right  []diffrows.Seg
}

// diffView is the right-hand pane of compare mode: every pair's header and
// sentences, wrapped once per (comparison, width, layout) into cmpLines. A
// frame styles only the lines in view. Side by side, a row of A's text
// and B's is built as lines that hold both columns, so one offset scrolls
// both sides together.
type diffView struct {
	m     *text.Measure
	c     *compare.Comparison
	marks bool // [-…-]{+…+} in the text: no colour to tell changes by
	years bool // sentences that differ only by year bumps are shown (and n stops on them)

	width, height int // text area inside the gutter and padding
	pad           int // 1: a gutter column left (the cursor mark) and a blank column right
	side          bool

	lines []cmpLine
	heads []int // first line of each pair
	stops []int // first line of each change, ascending
	off   int   // first line in view
	cur   int   // the line the cursor is on: a header or a change
}

func newDiffView(m *text.Measure, marks bool) diffView { return diffView{m: m, marks: marks} }

// SetComparison shows c from pair 0.
func (d *diffView) SetComparison(c *compare.Comparison) {
	d.c, d.off, d.cur = c, 0, 0
	d.rebuild()
}

// SetSize fits the pane's inner area; side asks for two columns. It
// re-wraps only when the width or the layout changed, keeping the pair
// under the cursor in view.
func (d *diffView) SetSize(w, h int, side bool) {
	pad := 0
	if w >= 12 {
		pad = 1
	}
	tw := max(w-2*pad, 0)
	side = side && (tw-3)/2 >= minColumn
	d.height = max(h, 0)
	if tw != d.width || pad != d.pad || side != d.side {
		pair := d.Pair()
		d.width, d.pad, d.side = tw, pad, side
		d.rebuild()
		d.GoTo(pair)
		return
	}
	d.scrollTo(d.off)
}

// Side reports whether the view is side by side.
func (d *diffView) Side() bool { return d.side }

// rebuild wraps the whole comparison for the current width and layout.
func (d *diffView) rebuild() {
	// Fresh slices, not [:0]: App is a value, and a copy of it must not see
	// this one's lines rewritten.
	d.lines, d.heads, d.stops = nil, nil, nil
	if d.c == nil || d.width <= 0 {
		return
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
		d.addPair(i)
	}
	if ps := compare.SignaturePieces(d.c); ps != nil && len(d.c.Pairs) > 0 {
		// The 落款 differ (a new date, another issuer): a line below the
		// pairs, and a stop for n.
		d.lines = append(d.lines, cmpLine{kind: cmpBlank})
		d.stops = append(d.stops, len(d.lines))
		d.add(cmpText, 0, 0, append([]compare.Piece{{Text: "落款：", Style: compare.Strong}}, ps...), d.marks)
	}
	d.cur = clamp(d.cur, 0, len(d.lines)-1)
}

// addPair appends a pair's header and rows.
func (d *diffView) addPair(i int) {
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
			count := fmt.Sprintf("… %d 句未变", r.Same)
			if r.Years > 0 {
				count += fmt.Sprintf("（%d 句仅年份顺延，y 显示）", r.Years)
			}
			d.add(cmpCount, i, body, []compare.Piece{{Text: count, Style: compare.Faint}}, false)
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
func (d *diffView) add(kind cmpKind, pair, indent int, ps []compare.Piece, marks bool) {
	depth := uint8(min(d.c.Pairs[pair].Depth, 255))
	for _, l := range diffrows.Wrap(d.m, ps, d.width-indent, marks) {
		d.lines = append(d.lines, cmpLine{kind: kind, depth: depth, indent: uint16(indent), pair: int32(pair),
			lw: uint16(min(l.Width, d.width)), left: l.Segs})
	}
}

// addColumns appends A's pieces and B's side by side. A parallel pair's
// sentences are two texts to read beside each other, not edits: they are
// drawn plainly with only the shared phrases marked.
func (d *diffView) addColumns(pair int, left, right []compare.Piece, parallel bool) {
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

// Update scrolls on the movement keys.
func (d diffView) Update(msg tea.Msg, k keyMap) (diffView, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		page := max(d.height-1, 1)
		switch {
		case key.Matches(msg, k.Down):
			d.ScrollBy(1)
		case key.Matches(msg, k.Up):
			d.ScrollBy(-1)
		case key.Matches(msg, k.PageDown):
			d.ScrollBy(page)
		case key.Matches(msg, k.PageUp):
			d.ScrollBy(-page)
		case key.Matches(msg, k.Top):
			d.show(0)
		case key.Matches(msg, k.Bottom):
			d.scrollTo(len(d.lines))
			d.cur = max(len(d.lines)-1, 0)
		}
	}
	return d, nil
}

// ScrollBy moves the view by n lines; a cursor scrolled out of view moves
// to the top line, so n and ] continue from what is shown.
func (d *diffView) ScrollBy(n int) {
	d.scrollTo(d.off + n)
	if d.cur < d.off || d.cur >= d.off+d.height {
		d.cur = clamp(d.off, 0, len(d.lines)-1)
	}
}

func (d *diffView) scrollTo(off int) { d.off = clamp(off, 0, len(d.lines)-d.height) }

// show puts the cursor on line i and scrolls it to the top, or as near as
// the end of the comparison allows.
func (d *diffView) show(i int) {
	if i < 0 || i >= len(d.lines) {
		return
	}
	d.cur = i
	d.scrollTo(i)
}

// showChange puts the cursor on the change at line i and scrolls so that
// its pair's heading shows above it when both fit in the top half of the
// view; otherwise the change is the second line, below one of context.
func (d *diffView) showChange(i int) {
	if i < 0 || i >= len(d.lines) {
		return
	}
	d.cur = i
	off := max(i-1, 0)
	if p := int(d.lines[i].pair); p < len(d.heads) && d.heads[p] <= i && i-d.heads[p] < max(d.height/2, 1) {
		off = d.heads[p]
	}
	d.scrollTo(off)
}

// Pair is the index of the pair under the cursor (0 when there is none).
func (d *diffView) Pair() int {
	if d.cur < 0 || d.cur >= len(d.lines) {
		return 0
	}
	return int(d.lines[d.cur].pair)
}

// GoTo shows pair i from its header; the first pair from the top, with
// the title line above it when there is one.
func (d *diffView) GoTo(i int) {
	switch {
	case i == 0 && len(d.heads) > 0:
		d.show(0)
	case i > 0 && i < len(d.heads):
		d.show(d.heads[i])
	}
}

// NextChange moves to the next change after the cursor, from the last
// change around to the first (as search's n does).
func (d *diffView) NextChange() {
	if len(d.stops) == 0 {
		return
	}
	j := sort.SearchInts(d.stops, d.cur+1)
	d.showChange(d.stops[j%len(d.stops)])
}

// PrevChange moves to the change before the cursor, from the first around
// to the last.
func (d *diffView) PrevChange() {
	if len(d.stops) == 0 {
		return
	}
	j := sort.SearchInts(d.stops, d.cur) - 1
	d.showChange(d.stops[(j+len(d.stops))%len(d.stops)])
}

// ChangeCount is "k/n": the change under the cursor (k is "-" when the
// cursor is on none) of the n changes; "" when there are none.
func (d *diffView) ChangeCount() string {
	if len(d.stops) == 0 {
		return ""
	}
	k := "-"
	if j := sort.SearchInts(d.stops, d.cur); j < len(d.stops) && d.stops[j] == d.cur {
		k = strconv.Itoa(j + 1)
	}
	return k + "/" + strconv.Itoa(len(d.stops))
}

// NextPair and PrevPair move between pairs; top restricts them to
// top-level pairs. PrevPair goes to the header of the pair under the
// cursor first when the cursor is below it.
func (d *diffView) NextPair(top bool) {
	for i := d.Pair() + 1; i < len(d.heads); i++ {
		if !top || d.c.Pairs[i].Depth == 0 {
			d.GoTo(i)
			return
		}
	}
}

func (d *diffView) PrevPair(top bool) {
	i := d.Pair()
	for i > 0 && top && d.c.Pairs[i].Depth > 0 {
		i--
	}
	if i < len(d.heads) && d.cur > d.heads[i] {
		d.GoTo(i)
		return
	}
	for i--; i >= 0; i-- {
		if !top || d.c.Pairs[i].Depth == 0 {
			d.GoTo(i)
			return
		}
	}
}

// Percent is how far through the comparison the view is, 0–100.
func (d *diffView) Percent() int {
	last := len(d.lines) - d.height
	if last <= 0 {
		return 100
	}
	return d.off * 100 / last
}

// View renders the lines in view, each exactly the pane's inner width.
func (d *diffView) View(st *styles) []string {
	out := make([]string, 0, d.height)
	full := d.width + 2*d.pad
	blank := strings.Repeat(" ", full)
	right := strings.Repeat(" ", d.pad)
	for i := d.off; i < d.off+d.height; i++ {
		if i >= len(d.lines) {
			out = append(out, blank)
			continue
		}
		gutter := right
		if d.pad > 0 && i == d.cur {
			gutter = st.HelpKey.Render(">")
		}
		out = append(out, gutter+d.line(st, &d.lines[i])+right)
	}
	return out
}

// line renders one line to exactly the text width.
func (d *diffView) line(st *styles, l *cmpLine) string {
	if !l.cols {
		ind := int(l.indent)
		return strings.Repeat(" ", ind) + d.segs(st, l, l.left, int(l.lw), d.width-ind)
	}
	lw := (d.width - 3) / 2
	rw := d.width - 3 - lw
	sep := " " + st.vbar + " "
	return d.segs(st, l, l.left, int(l.lw), lw) + sep + d.segs(st, l, l.right, int(l.rw), rw)
}

// segs renders styled runs that are sw cells wide, padded to w cells.
func (d *diffView) segs(st *styles, l *cmpLine, segs []diffrows.Seg, sw, w int) string {
	var b strings.Builder
	if w <= 0 {
		return ""
	}
	if sw > w { // only a character wider than a tiny column
		var t strings.Builder
		for _, s := range segs {
			t.WriteString(s.Text)
		}
		return d.m.Fit(t.String(), w)
	}
	for _, s := range segs {
		style, ok := d.segStyle(st, l, s.Style)
		if !ok {
			b.WriteString(s.Text)
			continue
		}
		b.WriteString(style.Render(s.Text))
	}
	return text.Pad(b.String(), sw, w)
}

// segStyle maps a run's style to the app's styles; ok is false for plain
// text.
func (d *diffView) segStyle(st *styles, l *cmpLine, s compare.Style) (lipgloss.Style, bool) {
	var style lipgloss.Style
	switch s.Kind() {
	case compare.Deleted:
		style = st.Del
		if s&compare.Edit != 0 {
			style = st.DelEdit
		}
	case compare.Inserted:
		style = st.Ins
		if s&compare.Edit != 0 {
			style = st.InsEdit
		}
	case compare.Strong:
		style = st.Heading[min(int(l.depth), 2)]
	case compare.Faint:
		style = st.Unchanged
	default:
		if s&compare.Shared == 0 {
			return style, false
		}
		return st.SharedPhrase, true
	}
	if s&compare.Shared != 0 {
		style = style.Underline(true)
	}
	return style, true
}
