package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
	"baogao/ui/text"
)

// pairList is the left-hand pane of compare mode: the aligned outline, one
// row per pair (A's label ↔ B's label, a title, a status mark and the
// similarity), indented by depth. Its cursor follows the diff view, and
// moving it moves the diff view.
type pairList struct {
	m     *text.Measure
	c     *compare.Comparison
	list  list
	width int
}

func newPairList(m *text.Measure) pairList { return pairList{m: m} }

// SetComparison lists c's pairs.
func (p *pairList) SetComparison(c *compare.Comparison) {
	p.c = c
	p.list = list{height: p.list.height}
	p.list.SetLen(len(c.Pairs))
}

// SetSize fits the pane's inner area.
func (p *pairList) SetSize(w, h int) {
	p.width = max(w, 0)
	p.list.SetHeight(h)
}

// Follow puts the cursor on pair i.
func (p *pairList) Follow(i int) { p.list.Select(i) }

// Selected is the pair under the cursor.
func (p *pairList) Selected() int { return p.list.cursor }

// Update moves the cursor on the movement keys.
func (p pairList) Update(msg tea.Msg, k keyMap) (pairList, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		moveList(&p.list, msg, k)
	}
	return p, nil
}

// Scroll moves the window by d rows without moving the cursor (the wheel).
func (p *pairList) Scroll(d int) { p.list.Scroll(d) }

// Click puts the cursor on the row at y inside the pane, if there is one.
func (p *pairList) Click(y int) bool {
	i := p.list.off + y
	if y < 0 || i >= p.list.n {
		return false
	}
	p.list.Select(i)
	return true
}

// statusMarks are the one-cell marks of the pair statuses, ASCII so that
// they are one cell in every terminal and visible without colour.
var statusMarks = map[compare.Status]string{
	compare.StatusSame: "=", compare.StatusChanged: "~", compare.StatusParallel: "#",
	compare.StatusOnlyA: "-", compare.StatusOnlyB: "+",
}

// statusIndex orders the statuses as styles.PairStatus does.
func statusIndex(s compare.Status) int {
	switch s {
	case compare.StatusSame:
		return 0
	case compare.StatusChanged:
		return 1
	case compare.StatusParallel:
		return 2
	case compare.StatusOnlyA:
		return 3
	}
	return 4
}

// View renders the visible rows, each exactly the pane's inner width.
func (p *pairList) View(st *styles, focused bool) []string {
	out := make([]string, 0, p.list.height)
	from, to := p.list.Visible()
	for i := from; i < to; i++ {
		out = append(out, p.row(st, i, focused))
	}
	for len(out) < p.list.height {
		out = append(out, strings.Repeat(" ", p.width))
	}
	return out[:max(p.list.height, 0)]
}

// row renders one pair: cursor marker, indent by depth, "一 ↔ 二", A's
// title (B's when A has none), and at the right the status mark and the
// similarity.
func (p *pairList) row(st *styles, i int, focused bool) string {
	pr := &p.c.Pairs[i]
	gutter := " "
	if i == p.list.cursor {
		gutter = ">"
	}
	indent := strings.Repeat(" ", min(2*pr.Depth, p.width/4))
	var tail string
	switch pr.Status {
	case compare.StatusOnlyA:
		tail = "  仅A"
	case compare.StatusOnlyB:
		tail = "  仅B"
	default:
		tail = fmt.Sprintf("%4d%%", compare.Percent(pr.Similarity))
	}
	moved := " "
	if pr.Moved {
		moved = st.glyphs.moved
	}
	if pr.Pinned {
		moved += "p" // paired by hand
	} else {
		moved += " "
	}
	tail = moved + statusMarks[pr.Status] + tail
	if p.width < 16 {
		tail = moved + statusMarks[pr.Status]
	}
	tw := p.m.String(tail)
	title := pairListTitle(pr)
	body := p.m.Fit(gutter+indent+pairLabel(pr.A)+" ↔ "+pairLabel(pr.B)+" "+title, max(p.width-tw, 0))
	if tw > p.width {
		tail = p.m.Fit(tail, p.width)
	}
	switch {
	case i == p.list.cursor && focused:
		return st.Cursor.Render(body + tail)
	case i == p.list.cursor:
		return st.CursorBlur.Render(body) + st.PairStatus[statusIndex(pr.Status)].Render(tail)
	}
	return body + st.PairStatus[statusIndex(pr.Status)].Render(tail)
}

// pairListTitle is the title a pair's row shows: A's (B's when A has
// none), or "A's → B's" when the headings differ in words.
func pairListTitle(pr *compare.Pair) string {
	switch {
	case pr.A == nil:
		return sectionTitle(pr.B)
	case pr.B != nil && pr.Heading.Kind != compare.OpSame && sectionTitle(pr.B) != "":
		return sectionTitle(pr.A) + " → " + sectionTitle(pr.B)
	}
	return sectionTitle(pr.A)
}

// pairLabel is a section's numeral as the pair list shows it.
func pairLabel(s *model.Section) string {
	switch {
	case s == nil:
		return "-"
	case s.Path == "":
		return "前言"
	case s.Label != "":
		return s.Label
	}
	return s.Path
}

// sectionTitle is a section's title without its numeral (which the label
// shows), or nothing for the preamble.
func sectionTitle(s *model.Section) string {
	if s == nil || s.Path == "" {
		return ""
	}
	return s.Title
}
