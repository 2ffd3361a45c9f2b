package ui

// The timeline (T in the reader, 历年对照): the reports grouped by unit
// (model/timeline), and for a unit of several years its grid: the
// mandated parts as rows, the years as columns, each cell the part's
// change against the year before (同 改 重写 新 缺), its size and its
// figures, then the key figures found in two years or more, one row each.
// h l move among the years, v marks one, and d compares the marked year
// with the year under the cursor (without a mark, the year before it).
// The timeline and a unit's figures are built in commands off the Update
// loop.

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/figures"
	"baogao/model/timeline"
)

// timelineView is the mode of the timeline over the panes.
type timelineView struct {
	overlay
	job   job
	tl    *timeline.Timeline // nil until the command answers
	units list

	unit      *timeline.Unit // the unit whose grid is open, nil for the list
	col, mark int            // the year under the cursor, the marked year (-1: none)
	off       int            // the grid's first line shown
	figJob    job
	figs      []*figures.Row // the unit's figures in two years or more; nil until read
}

// timelineMsg carries the timeline built in the background.
type timelineMsg struct {
	gen int
	tl  *timeline.Timeline
}

// unitFiguresMsg carries a unit's figures followed through its years.
type unitFiguresMsg struct {
	gen  int
	rows []*figures.Row
}

// newTimelineView opens the timeline of every report loaded.
func newTimelineView(e *env) (*timelineView, tea.Cmd) {
	v := &timelineView{mark: -1}
	ctx, gen := v.job.start()
	reports := e.reports
	return v, func() tea.Msg {
		tl := timeline.Build(reports)
		if ctx.Err() != nil {
			return nil
		}
		return timelineMsg{gen, tl}
	}
}

func (v *timelineView) clone() mode { c := *v; return &c }

func (v *timelineView) SetSize(e *env) tea.Cmd {
	v.units.SetHeight(v.rows(e))
	return nil
}

func (v *timelineView) rows(e *env) int { return max(e.lay.panes.h-2, 0) }

// Update takes the timeline and the figures when they arrive and handles
// the keys.
func (v *timelineView) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case timelineMsg:
		if v.job.done(msg.gen) {
			v.tl = msg.tl
			v.units.SetLen(len(v.tl.Units))
			v.units.SetHeight(v.rows(e))
		}
	case unitFiguresMsg:
		if v.figJob.done(msg.gen) {
			v.figs = msg.rows
		}
	case tea.MouseWheelMsg:
		if d, ok := wheelDelta(msg.Mouse()); ok {
			v.scroll(e, d)
		}
	case tea.KeyPressMsg:
		if cmd, ok := e.globalKey(msg); ok {
			return cmd
		}
		return v.key(e, msg)
	}
	return nil
}

func (v *timelineView) key(e *env, msg tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	switch {
	case key.Matches(msg, k.Timeline), key.Matches(msg, k.Back) && v.unit == nil:
		v.job.stop()
		v.figJob.stop()
		e.pop()
	case key.Matches(msg, k.Back):
		v.figJob.stop()
		v.unit, v.figs = nil, nil
	case v.unit == nil && key.Matches(msg, k.Open):
		return v.openUnit()
	case v.unit != nil:
		v.gridKey(e, msg)
	default:
		moveList(&v.units, msg, k)
	}
	return nil
}

// openUnit opens the grid of the unit under the cursor, when it has
// several years, and starts following its figures through them.
func (v *timelineView) openUnit() tea.Cmd {
	i := v.units.cursor
	if v.tl == nil || i < 0 || i >= len(v.tl.Units) || len(v.tl.Units[i].Reports) < 2 {
		return nil
	}
	v.unit, v.figs, v.off, v.mark = v.tl.Units[i], nil, 0, -1
	v.col = len(v.unit.Reports) - 1
	ctx, gen := v.figJob.start()
	reports := v.unit.ReportsOf()
	return func() tea.Msg {
		rows := unitFigures(reports)
		if ctx.Err() != nil {
			return nil
		}
		return unitFiguresMsg{gen, rows}
	}
}

// unitFigures follows the figures of a unit's reports (years ascending)
// and keeps those found in two years or more.
func unitFigures(reports []*model.Report) []*figures.Row {
	sets := make([]figures.Set, len(reports))
	for i, r := range reports {
		sets[i] = figures.SetOf(r)
	}
	rows := []*figures.Row{}
	for _, r := range figures.Correspond(sets, nil).Rows {
		if len(r.Present()) >= 2 {
			rows = append(rows, r)
		}
	}
	return rows
}

// gridKey moves in the open grid, marks a year and opens compare.
func (v *timelineView) gridKey(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	n := len(v.unit.Reports)
	switch {
	case key.Matches(msg, k.Left):
		v.col = max(v.col-1, 0)
	case key.Matches(msg, k.Right):
		v.col = min(v.col+1, n-1)
	case key.Matches(msg, k.MarkYear):
		if v.mark == v.col {
			v.mark = -1
		} else {
			v.mark = v.col
		}
	case key.Matches(msg, k.Compare):
		v.compare(e)
	case key.Matches(msg, k.Down):
		v.scroll(e, 1)
	case key.Matches(msg, k.Up):
		v.scroll(e, -1)
	case key.Matches(msg, k.PageDown):
		v.scroll(e, max(v.rows(e)-1, 1))
	case key.Matches(msg, k.PageUp):
		v.scroll(e, -max(v.rows(e)-1, 1))
	case key.Matches(msg, k.Top):
		v.off = 0
	case key.Matches(msg, k.Bottom):
		v.scroll(e, len(v.gridLines(e)))
	}
}

func (v *timelineView) scroll(e *env, d int) {
	if v.unit == nil {
		v.units.Scroll(d)
		return
	}
	v.off = clamp(v.off+d, 0, len(v.gridLines(e))-v.rows(e))
}

// compare closes the timeline and opens compare mode on the marked year
// and the year under the cursor (the year before it without a mark), the
// earlier as A.
func (v *timelineView) compare(e *env) {
	a, b := v.col-1, v.col
	if v.mark >= 0 && v.mark != v.col {
		a, b = min(v.mark, v.col), max(v.mark, v.col)
	}
	if a < 0 {
		return
	}
	reports := v.unit.ReportsOf()
	ia, ib := indexOf(e.reports, reports[a]), indexOf(e.reports, reports[b])
	if ia < 0 || ib < 0 {
		return
	}
	v.job.stop()
	v.figJob.stop()
	e.pop()
	e.post(openCompareMsg{a: ia, b: ib})
}

// unitLabel is the unit's city and name, the city once when the unit is
// the city itself.
func unitLabel(u *timeline.Unit) string {
	if u.City == "" || u.City == u.Name {
		return u.Name
	}
	return u.City + " " + u.Name
}

func indexOf(reports []*model.Report, r *model.Report) int {
	for i, x := range reports {
		if x == r {
			return i
		}
	}
	return -1
}

// View draws the unit list or the open grid in a frame over the panes.
func (v *timelineView) View(e *env, _ func() []string) []string {
	p := e.lay.panes
	inner := max(p.w-2, 0)
	var lines []string
	title, footer := "历年对照", ""
	switch {
	case v.tl == nil:
		lines = []string{e.m.Fit(" 正在整理…", inner)}
	case v.unit != nil:
		title = "历年对照 · " + unitLabel(v.unit)
		all := v.gridLines(e)
		lines = all[min(clamp(v.off, 0, len(all)-v.rows(e)), len(all)):]
		footer = "d 对比 " + v.pairLabel()
	case len(v.tl.Units) == 0:
		lines = []string{e.m.Fit(" （没有注明单位和年度的报告）", inner)}
	default:
		from, to := v.units.Visible()
		for i := from; i < to; i++ {
			lines = append(lines, v.unitLine(e, inner, i))
		}
		footer = strconv.Itoa(v.units.cursor+1) + "/" + strconv.Itoa(len(v.tl.Units)) + " 个单位"
	}
	return e.st.frameFooter(e.m, lines, p.w, p.h, title, footer, true)
}

// pairLabel names the two years d would compare.
func (v *timelineView) pairLabel() string {
	a, b := v.col-1, v.col
	if v.mark >= 0 && v.mark != v.col {
		a, b = min(v.mark, v.col), max(v.mark, v.col)
	}
	if a < 0 {
		return "（选另一年）"
	}
	return strconv.Itoa(v.unit.Reports[a].Year) + "→" + strconv.Itoa(v.unit.Reports[b].Year)
}

// unitLine is unit i of the list: its city and name, then its years.
func (v *timelineView) unitLine(e *env, width, i int) string {
	u := v.tl.Units[i]
	gutter := " "
	if i == v.units.cursor {
		gutter = ">"
	}
	years := ""
	for _, r := range u.Reports {
		years += " " + strconv.Itoa(r.Year)
	}
	nameW := min(24, max(width/2, 8))
	s := e.m.Fit(gutter+e.m.Fit(unitLabel(u), nameW)+years, width)
	if i == v.units.cursor {
		return e.st.Cursor.Render(s)
	}
	return s
}

// Help is the help line of the view.
func (v *timelineView) Help(e *env) footer {
	k := e.keys
	if v.unit == nil {
		return footer{keys: []helpItem{pair(k.Down, k.Up, "移动"), item(k.Open, "打开"), pair(k.Timeline, k.Back, "关闭"), item(k.Quit, "退出")}}
	}
	return footer{keys: []helpItem{pair(k.Left, k.Right, "年份"), item(k.MarkYear, "选定"), item(k.Compare, "对比"),
		pair(k.Down, k.Up, "滚动"), item(k.Back, "返回"), item(k.Timeline, "关闭"), item(k.Quit, "退出")}}
}
