package ui

// The check view (c): the completeness check (体检, model/check) of the
// open report laid over the pane area: each criterion's verdict, name and
// message, its evidence below, wrapped to the pane; j k, space b and g G
// scroll it. The check runs in a command off the Update loop.

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"baogao/model"
	"baogao/model/check"
)

// checkView is the mode of a report's check over the panes.
type checkView struct {
	overlay
	r     *model.Report
	job   job
	res   *check.Check // nil until the command answers
	off   int
	width int      // the width lines were built for
	lines []string // built for width
}

// checkedMsg carries a check done in the background.
type checkedMsg struct {
	gen int
	res *check.Check
}

// newCheckView checks report i, with the same unit's report of the year
// before when one is loaded.
func newCheckView(e *env, i int) (*checkView, tea.Cmd) {
	r := e.reports[i]
	v := &checkView{r: r}
	ctx, gen := v.job.start()
	prev := check.Previous(r, e.reports)
	return v, func() tea.Msg {
		res := check.Run(check.Input{Report: r, Previous: prev})
		if ctx.Err() != nil {
			return nil
		}
		return checkedMsg{gen, res}
	}
}

func (v *checkView) clone() mode { c := *v; return &c }

func (v *checkView) SetSize(*env) tea.Cmd { return nil }

// Update takes the check when it arrives and handles the keys.
func (v *checkView) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case checkedMsg:
		if v.job.done(msg.gen) {
			v.res, v.width = msg.res, -1
		}
	case tea.MouseWheelMsg:
		if d, ok := wheelDelta(msg.Mouse()); ok {
			v.scroll(e, d)
		}
	case tea.KeyPressMsg:
		if cmd, ok := e.globalKey(msg); ok {
			return cmd
		}
		v.key(e, msg)
	}
	return nil
}

func (v *checkView) key(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	page := max(v.rows(e)-1, 1)
	switch {
	case key.Matches(msg, k.Back, k.Check):
		v.job.stop()
		e.pop()
	case key.Matches(msg, k.Down):
		v.scroll(e, 1)
	case key.Matches(msg, k.Up):
		v.scroll(e, -1)
	case key.Matches(msg, k.PageDown):
		v.scroll(e, page)
	case key.Matches(msg, k.PageUp):
		v.scroll(e, -page)
	case key.Matches(msg, k.Top):
		v.off = 0
	case key.Matches(msg, k.Bottom):
		v.scroll(e, len(v.content(e)))
	}
}

func (v *checkView) rows(e *env) int { return max(e.lay.panes.h-2, 0) }

func (v *checkView) scroll(e *env, d int) {
	v.off = clamp(v.off+d, 0, len(v.content(e))-v.rows(e))
}

// content is the check as lines of exactly the pane's inner width, built
// once per width: a verdict line per criterion, its evidence indented.
func (v *checkView) content(e *env) []string {
	inner := max(e.lay.panes.w-2, 0)
	if v.res == nil {
		return []string{e.m.Fit(" 正在体检…", inner)}
	}
	if v.width == inner {
		return v.lines
	}
	v.width, v.lines = inner, nil
	nameW := 0
	for _, c := range v.res.Criteria {
		nameW = max(nameW, e.m.String(check.Name(c.ID, check.Chinese)))
	}
	for _, c := range v.res.Criteria {
		word := c.Status.Word(check.Chinese)
		head := word + "  " + e.m.Fit(check.Name(c.ID, check.Chinese), nameW) + "  " + c.Msg.In(check.Chinese)
		for i, l := range e.m.Wrap(head, max(inner-2, 1), 0) {
			s := e.m.Fit(" "+l.Text, inner)
			if i == 0 {
				s = v.verdictStyle(e, c.Status).Render(s)
			}
			v.lines = append(v.lines, s)
		}
		for _, ev := range c.Evidence {
			for _, l := range e.m.Wrap(ev, max(inner-8, 1), 0) {
				v.lines = append(v.lines, e.st.Tag.Render(e.m.Fit("       "+l.Text, inner)))
			}
		}
	}
	return v.lines
}

// verdictStyle colours a verdict line: failures as problems, warnings as
// changes, information muted.
func (v *checkView) verdictStyle(e *env, s check.Status) lipgloss.Style {
	switch s {
	case check.Fail:
		return e.st.Problem
	case check.Warn:
		return e.st.PairStatus[1]
	case check.Info:
		return e.st.Tag
	}
	return e.st.PairStatus[0].Bold(true)
}

// View draws the check in a frame over the pane area.
func (v *checkView) View(e *env, _ func() []string) []string {
	p := e.lay.panes
	lines := v.content(e)
	off := clamp(v.off, 0, len(lines)-v.rows(e))
	title := "体检 · " + v.r.Label()
	footer := ""
	if v.res != nil {
		footer = "通过 " + strconv.Itoa(v.res.Count(check.Pass)) + " · 注意 " + strconv.Itoa(v.res.Count(check.Warn)) +
			" · 不符 " + strconv.Itoa(v.res.Count(check.Fail))
	}
	return e.st.frameFooter(e.m, lines[min(off, len(lines)):], p.w, p.h, title, footer, true)
}

// Help is the help line of the view.
func (v *checkView) Help(e *env) footer {
	k := e.keys
	return footer{keys: []helpItem{pair(k.Down, k.Up, "滚动"), pair(k.PageDown, k.PageUp, "翻页"), pair(k.Check, k.Back, "关闭"), item(k.Quit, "退出")}}
}
