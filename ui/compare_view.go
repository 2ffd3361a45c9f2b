package ui

import (
	"context"
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

	cmpRows
	off int // first line in view
	cur int // the line the cursor is on: a header or a change

	size   int  // bytes of the two reports: long ones are built in a command
	goal   int  // the pair to show once the rows being built arrive; -1 for none
	queued bool // BuildCmd has rows to build
	build  job  // the rows being built
}

func newDiffView(m *text.Measure, marks bool) diffView { return diffView{m: m, marks: marks, goal: -1} }

// SetComparison shows c from pair 0.
func (d *diffView) SetComparison(c *compare.Comparison) {
	d.c, d.off, d.cur, d.goal = c, 0, 0, -1
	d.size = 0
	if c != nil {
		d.size = reportBytes(c.A) + reportBytes(c.B)
	}
	d.rebuild(true)
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
		if d.goal >= 0 {
			pair = d.goal
		}
		d.width, d.pad, d.side = tw, pad, side
		d.rebuild(false)
		d.GoTo(pair)
		return
	}
	d.scrollTo(d.off)
}

// Side reports whether the view is side by side.
func (d *diffView) Side() bool { return d.side }

// rebuild wraps the whole comparison for the current width and layout:
// at once for reports of up to asyncWrap bytes together, else in a command
// (BuildCmd), the rows of the old width staying in view meanwhile (none
// for a new comparison: its pairs are other pairs).
func (d *diffView) rebuild(fresh bool) {
	d.build.stop()
	d.queued = false
	if d.c != nil && d.width > 0 && d.size > asyncWrap {
		d.queued = true
		if fresh {
			d.cmpRows = cmpRows{}
		}
		return
	}
	rows, _ := buildRows(context.Background(), d.m, d.c, d.width, d.side, d.marks, d.years)
	d.setRows(rows)
}

// setRows shows rows, in new slices: App is a value, and a copy of it must
// not see this one's lines rewritten.
func (d *diffView) setRows(rows cmpRows) {
	d.cmpRows = rows
	d.cur = clamp(d.cur, 0, len(d.lines)-1)
	if d.goal >= 0 {
		d.GoTo(d.goal)
		d.goal = -1
	}
	d.scrollTo(d.off)
}

// builtMsg is a comparison's rows built in a command.
type builtMsg struct {
	gen  int
	rows cmpRows
	err  error
}

// BuildCmd is the command that builds the rows of a long comparison, when
// rebuild queued one; it cancels the one running.
func (d *diffView) BuildCmd() tea.Cmd {
	if !d.queued {
		return nil
	}
	d.queued = false
	ctx, gen := d.build.start()
	m, c, width, side, marks, years := d.m, d.c, d.width, d.side, d.marks, d.years
	return func() tea.Msg {
		rows, err := buildRows(ctx, m, c, width, side, marks, years)
		return builtMsg{gen, rows, err}
	}
}

// SetBuilt shows the rows of the latest BuildCmd and drops any other; it
// reports whether they were the latest.
func (d *diffView) SetBuilt(msg builtMsg) bool {
	if msg.err != nil || !d.build.done(msg.gen) {
		return false
	}
	d.setRows(msg.rows)
	return true
}

// Building reports whether the rows for the current width and layout are
// still being built.
func (d *diffView) Building() bool { return d.queued || d.build.running() }

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
	if d.Building() {
		d.goal = i // once the rows arrive
	}
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
		if i == 0 && len(d.lines) == 0 && d.Building() {
			out = append(out, d.m.Fit(right+"排版中…", full))
			continue
		}
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
