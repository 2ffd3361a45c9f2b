package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui/text"
)

// topicTags are the short names shown after top-level parts, so a reader
// sees at a glance which mandated part of the report each one is.
var topicTags = map[model.Topic]string{
	model.TopicMeasures:     "举措",
	model.TopicShortcomings: "不足",
	model.TopicDuties:       "职责",
	model.TopicPlans:        "安排",
	model.TopicOther:        "其他",
}

// outline is the section tree of the open report as an indented list. Its
// cursor is the section being read: it follows the reader, and moving it
// moves the reader.
type outline struct {
	m     *text.Measure
	secs  []*model.Section
	list  list
	width int

	counts []int // search hits per section, when a search is applied
}

func newOutline(m *text.Measure) outline { return outline{m: m} }

// SetReport lists rep's sections.
func (o *outline) SetReport(rep *model.Report) {
	o.secs, o.counts = nil, nil
	if rep != nil {
		o.secs = rep.Outline()
	}
	o.list = list{height: o.list.height}
	o.list.SetLen(len(o.secs))
}

// SetSize fits the pane's inner area.
func (o *outline) SetSize(w, h int) {
	o.width = max(w, 0)
	o.list.SetHeight(h)
}

// Follow puts the cursor on section i, the one being read.
func (o *outline) Follow(i int) { o.list.Select(i) }

// Selected is the index of the section under the cursor, or -1 when the
// report has no sections.
func (o *outline) Selected() int {
	if len(o.secs) == 0 {
		return -1
	}
	return o.list.cursor
}

// Update moves the cursor on the movement keys.
func (o outline) Update(msg tea.Msg, k keyMap) (outline, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		moveList(&o.list, msg, k)
	}
	return o, nil
}

// Click puts the cursor on the row at y inside the pane, if there is one.
func (o *outline) Click(y int) bool {
	i := o.list.off + y
	if y < 0 || i >= o.list.n {
		return false
	}
	o.list.Select(i)
	return true
}

// View renders the visible rows, each exactly the pane's inner width.
func (o *outline) View(st *styles, focused bool) []string {
	out := make([]string, 0, o.list.height)
	if len(o.secs) == 0 {
		out = append(out, o.m.Fit(" （无章节）", o.width))
	}
	from, to := o.list.Visible()
	for i := from; i < to; i++ {
		out = append(out, o.row(st, i, focused))
	}
	for len(out) < o.list.height {
		out = append(out, strings.Repeat(" ", o.width))
	}
	return out[:max(o.list.height, 0)]
}

// row renders one entry: cursor marker, indent by level, heading, and the
// topic tag of a top-level part.
func (o *outline) row(st *styles, i int, focused bool) string {
	s := o.secs[i]
	gutter := " "
	if i == o.list.cursor {
		gutter = ">"
	}
	indent := strings.Repeat(" ", min(2*(s.Level-1), o.width/4))
	tag := ""
	if t, ok := topicTags[s.Topic]; ok && s.Parent == nil && o.width >= 24 {
		tag = " " + t
	}
	count := o.count(i)
	tw := o.m.String(tag) + o.m.String(count)
	body := o.m.Fit(gutter+indent+s.Heading(), o.width-tw)
	switch {
	case i == o.list.cursor && focused:
		return st.Cursor.Render(body + count + tag)
	case i == o.list.cursor:
		return st.CursorBlur.Render(body) + st.HitCount.Render(count) + st.Tag.Render(tag)
	}
	return body + st.HitCount.Render(count) + st.Tag.Render(tag)
}

// moveList applies the movement keys to a list.
func moveList(l *list, msg tea.KeyPressMsg, k keyMap) {
	switch {
	case key.Matches(msg, k.Down):
		l.Move(1)
	case key.Matches(msg, k.Up):
		l.Move(-1)
	case key.Matches(msg, k.PageDown):
		l.Page(1)
	case key.Matches(msg, k.PageUp):
		l.Page(-1)
	case key.Matches(msg, k.Top):
		l.Select(0)
	case key.Matches(msg, k.Bottom):
		l.Select(l.n - 1)
	}
}

// SetCounts shows the number of search hits of each section (nil: none).
func (o *outline) SetCounts(counts []int) { o.counts = counts }

// count is section i's hit count as shown after its heading, or "" when it
// has none or the pane is too narrow to spare the cells.
func (o *outline) count(i int) string {
	if i >= len(o.counts) || o.counts[i] == 0 || o.width < 12 {
		return ""
	}
	return " " + strconv.Itoa(o.counts[i])
}

// Scroll moves the window by d rows without moving the cursor (the wheel).
func (o *outline) Scroll(d int) { o.list.Scroll(d) }
