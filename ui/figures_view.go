package ui

// The figures view (f): the key figures of the open report, or in compare
// mode the figures of the pair side by side with a bar for each change,
// laid over the pane area. Enter jumps to the figure's sentence in the
// reader. The figures are read (model/figures) in a command off the Update
// loop; until they arrive the view says so.

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/figures"
	"baogao/model/search"
)

// figuresView is the mode of the figures over the panes.
type figuresView struct {
	overlay
	a, b  *model.Report // b is nil for one report's figures
	pairs []compare.Pair
	list  list
	job   job
	rows  []figureRow // nil until the command answers
	over  int         // modes to close on Enter: 1, or 2 over compare mode
}

// figureRow is one line of the view: a report's figure, or a row of the
// pair's table.
type figureRow struct {
	subject, unit string
	values        [2]string // as written; the second only for a pair
	change        string    // "+13", "-42"; empty when not in both
	percent       float64   // signed; NaN when not computed
	section       string
	jump          *figures.Figure // the figure Enter opens (B's when in both)
	in            *model.Report
}

// figuresMsg carries the rows built in the background.
type figuresMsg struct {
	gen  int
	rows []figureRow
}

// newFiguresView opens the figures of a (and b with the comparison's
// pairs in compare mode) and starts reading them.
func newFiguresView(a, b *model.Report, c *compare.Comparison) (*figuresView, tea.Cmd) {
	v := &figuresView{a: a, b: b, over: 1}
	if b != nil && c != nil {
		v.pairs, v.over = c.Pairs, 2
	}
	ctx, gen := v.job.start()
	a, b, pairs := v.a, v.b, v.pairs
	return v, func() tea.Msg {
		rows := buildFigureRows(a, b, pairs)
		if ctx.Err() != nil {
			return nil
		}
		return figuresMsg{gen, rows}
	}
}

func (v *figuresView) clone() mode { c := *v; return &c }

// buildFigureRows reads the figures: one report's in document order, or
// the pair's table (rows in both first, then only in A, only in B).
func buildFigureRows(a, b *model.Report, pairs []compare.Pair) []figureRow {
	if b == nil {
		figs := figures.Extract(a)
		rows := make([]figureRow, len(figs))
		for i := range figs {
			f := &figs[i]
			rows[i] = figureRow{subject: f.Subject, unit: f.Unit, values: [2]string{f.Text}, section: f.Section,
				percent: math.NaN(), jump: f, in: a}
		}
		return rows
	}
	m := map[string]string{"": ""}
	for _, p := range pairs {
		if p.A != nil && p.B != nil {
			m[p.A.Path] = p.B.Path
		}
	}
	t := figures.Compare(figures.SetOf(a), figures.SetOf(b), figures.PairingOf(m))
	var both, only []figureRow
	for _, r := range t.Rows {
		row := figureRow{subject: r.Subject, unit: r.Unit, percent: math.NaN()}
		fa, fb := r.Figures[0], r.Figures[1]
		if fa != nil {
			row.values[0], row.jump, row.in, row.section = fa.Text, fa, a, fa.Section
		}
		if fb != nil {
			row.values[1], row.jump, row.in, row.section = fb.Text, fb, b, fb.Section
		}
		if r.Change != nil {
			row.change = signedValue(*r.Change)
		}
		if r.Percent != nil {
			row.percent = *r.Percent
		}
		if fa != nil && fb != nil {
			both = append(both, row)
		} else {
			only = append(only, row)
		}
	}
	return append(both, only...)
}

func signedValue(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v > 0 {
		return "+" + s
	}
	return s
}

// SetSize sizes the list to the pane area inside its border, less the
// column heads.
func (v *figuresView) SetSize(e *env) tea.Cmd {
	v.list.SetHeight(max(e.lay.panes.h-3, 0))
	return nil
}

// Update takes the rows when they arrive and handles the keys.
func (v *figuresView) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case figuresMsg:
		if v.job.done(msg.gen) {
			v.rows = msg.rows
			v.list.SetLen(len(v.rows))
			v.list.SetHeight(max(e.lay.panes.h-3, 0))
		}
	case tea.MouseWheelMsg:
		if d, ok := wheelDelta(msg.Mouse()); ok {
			v.list.Scroll(d)
		}
	case tea.KeyPressMsg:
		if cmd, ok := e.globalKey(msg); ok {
			return cmd
		}
		v.key(e, msg)
	}
	return nil
}

func (v *figuresView) key(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.Back, k.Figures):
		v.job.stop()
		e.pop()
	case key.Matches(msg, k.Open):
		v.open(e)
	default:
		moveList(&v.list, msg, k)
	}
}

// open closes the view (and compare mode under it) and has the reader
// open the figure's report at its sentence, the figure highlighted.
func (v *figuresView) open(e *env) {
	i := v.list.cursor
	if i < 0 || i >= len(v.rows) || v.rows[i].jump == nil {
		return
	}
	row := v.rows[i]
	q, err := search.ParseInput(`"` + row.jump.Text + `"`)
	if err != nil {
		return
	}
	var sec *model.Section
	if row.jump.Section != "" {
		sec = row.in.FindPath(row.jump.Section)
	}
	hit := search.Hit{Report: row.in, Section: sec, Para: row.jump.Para, ParaStart: row.jump.Start, ParaEnd: row.jump.End}
	for range v.over {
		e.pop()
	}
	e.post(openHitMsg{q: q, hit: hit})
}

// View draws the figures in a frame over the pane area.
func (v *figuresView) View(e *env, _ func() []string) []string {
	p := e.lay.panes
	inner := max(p.w-2, 0)
	title := "数据 · " + v.a.Label()
	if v.b != nil {
		title = "数据对比 · " + v.a.Label() + " → " + v.b.Label()
	}
	var lines []string
	switch {
	case v.rows == nil:
		lines = []string{e.m.Fit(" 正在提取数据…", inner)}
	case len(v.rows) == 0:
		lines = []string{e.m.Fit(" （没有数据）", inner)}
	default:
		lines = append(lines, e.st.Title.Render(v.line(e, inner, v.head(), " ")))
		from, to := v.list.Visible()
		for i := from; i < to; i++ {
			l := v.line(e, inner, v.rows[i], " ")
			if i == v.list.cursor { // marked > too, for terminals without colour
				l = e.st.Cursor.Render(v.line(e, inner, v.rows[i], ">"))
			}
			lines = append(lines, l)
		}
	}
	footer := ""
	if n := len(v.rows); n > 0 {
		footer = fmt.Sprintf("%d/%d", v.list.cursor+1, n)
	}
	return e.st.frameFooter(e.m, lines, p.w, p.h, title, footer, true)
}

// head is the row of column names.
func (v *figuresView) head() figureRow {
	r := figureRow{subject: "指标", section: "章节", percent: math.NaN()}
	r.values[0] = "数据"
	if v.b != nil {
		r.values = [2]string{v.a.Label(), v.b.Label()}
		r.change = "变化"
	}
	return r
}

// Column widths of a row, in cells.
const (
	figSectionW = 7
	figValueW   = 12
	figChangeW  = 9
	figBarW     = 10
)

// line lays a row out in width cells after the gutter: section, subject,
// value(s), change, and a bar as long as the percent change (capped at
// 100 %), ▲ up, ▼ down.
func (v *figuresView) line(e *env, width int, r figureRow, gutter string) string {
	m := e.m
	right := m.Fit(r.values[0], figValueW)
	if v.b != nil {
		right += " " + m.Fit(r.values[1], figValueW) + " " + m.Fit(r.change, figChangeW) + " " + changeBar(r.percent)
	}
	subjectW := max(width-figSectionW-m.String(right)-3, 4)
	return m.Fit(gutter+m.Fit(r.section, figSectionW-1)+" "+m.Fit(r.subject, subjectW)+" "+right, width)
}

// changeBar is a percent change as a bar of up to figBarW cells.
func changeBar(pct float64) string {
	if math.IsNaN(pct) {
		return strings.Repeat(" ", figBarW)
	}
	n := int(math.Round(math.Min(math.Abs(pct), 100) / 100 * float64(figBarW-1)))
	mark := "▲"
	if pct < 0 {
		mark = "▼"
	} else if pct == 0 {
		mark = "="
	}
	return mark + strings.Repeat("█", n) + strings.Repeat(" ", figBarW-1-n)
}

// Help is the help line of the view.
func (v *figuresView) Help(e *env) footer {
	k := e.keys
	return footer{keys: []helpItem{pair(k.Down, k.Up, "移动"), item(k.Open, "跳到原文"), pair(k.Figures, k.Back, "关闭"), item(k.Quit, "退出")}}
}
