package ui

// The follow-through view (t in compare mode, 承诺兑现): each item of the
// earlier report's plans part with its status (落实 / 部分 / 未见) and,
// indented below it, the passages of the later report that carry it out
// (model/followup). Enter on an item or a passage closes the view and
// compare mode and opens the later report at the passage, highlighted.
// The matching runs in a command off the Update loop.

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"baogao/model"
	"baogao/model/followup"
	"baogao/model/search"
)

// followupView is the mode of the follow-through over compare mode.
type followupView struct {
	overlay
	a, b *model.Report // a the plans' report (the earlier), b the one followed into
	job  job
	res  *followup.Result // nil until the command answers
	rows []followRow
	list list
}

// followRow is one line: an item (ev < 0) or one of its passages.
type followRow struct{ item, ev int }

// followedMsg carries a follow-through done in the background.
type followedMsg struct {
	gen int
	res *followup.Result
}

// newFollowupView follows the plans of the earlier of a and b into the
// later one.
func newFollowupView(a, b *model.Report) (*followupView, tea.Cmd) {
	if b.Year != 0 && a.Year > b.Year {
		a, b = b, a
	}
	v := &followupView{a: a, b: b}
	ctx, gen := v.job.start()
	return v, func() tea.Msg {
		res := followup.Follow(a, b)
		if ctx.Err() != nil {
			return nil
		}
		return followedMsg{gen, res}
	}
}

func (v *followupView) clone() mode { c := *v; return &c }

func (v *followupView) SetSize(e *env) tea.Cmd {
	v.list.SetHeight(v.listRows(e))
	return nil
}

// followDetail is how many lines under the list show the cursor row's
// text in full.
const followDetail = 3

func (v *followupView) listRows(e *env) int { return max(e.lay.panes.h-2-followDetail-1, 1) }

// Update takes the result when it arrives and handles the keys.
func (v *followupView) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case followedMsg:
		if v.job.done(msg.gen) {
			v.res, v.rows = msg.res, nil
			for i, it := range msg.res.Items {
				v.rows = append(v.rows, followRow{i, -1})
				for j := range it.Evidence {
					v.rows = append(v.rows, followRow{i, j})
				}
			}
			v.list.SetLen(len(v.rows))
			v.list.SetHeight(v.listRows(e))
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

func (v *followupView) key(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.Back, k.FollowUp):
		v.job.stop()
		e.pop()
	case key.Matches(msg, k.Open):
		v.open(e)
	default:
		moveList(&v.list, msg, k)
	}
}

// open closes the view and compare mode and has the reader open B at the
// passage of the row (an item's best passage), highlighted.
func (v *followupView) open(e *env) {
	i := v.list.cursor
	if v.res == nil || i < 0 || i >= len(v.rows) {
		return
	}
	row := v.rows[i]
	ev := v.res.Items[row.item].Evidence
	j := max(row.ev, 0)
	if j >= len(ev) {
		return
	}
	hit, ok := passageHit(v.b, ev[j])
	if !ok {
		return
	}
	q, err := search.ParseInput(`"` + strings.ReplaceAll(ev[j].Text, `"`, " ") + `"`)
	if err != nil {
		return
	}
	e.pop()
	e.pop()
	e.post(openHitMsg{q: q, hit: hit})
}

// passageHit finds a passage of b (a sentence of a paragraph, or a
// heading) where it stands.
func passageHit(b *model.Report, ev followup.Evidence) (search.Hit, bool) {
	hit := search.Hit{Report: b}
	paras := b.Preamble
	if ev.Section != "" {
		hit.Section = b.FindPath(ev.Section)
		if hit.Section == nil {
			return hit, false
		}
		paras = hit.Section.Paras
		if hit.Section.Title == ev.Text {
			hit.Para, hit.ParaEnd = -1, utf8.RuneCountInString(ev.Text)
			return hit, true
		}
	}
	for i, p := range paras {
		if at := strings.Index(p, ev.Text); at >= 0 {
			start := utf8.RuneCountInString(p[:at])
			hit.Para, hit.ParaStart, hit.ParaEnd = i, start, start+utf8.RuneCountInString(ev.Text)
			return hit, true
		}
	}
	return hit, false
}

// View draws the items in a frame over the pane area.
func (v *followupView) View(e *env, _ func() []string) []string {
	p := e.lay.panes
	inner := max(p.w-2, 0)
	title := "承诺兑现 · " + v.a.Label() + " 的安排 → " + v.b.Label()
	var lines []string
	switch {
	case v.res == nil:
		lines = []string{e.m.Fit(" 正在比对…", inner)}
	case len(v.rows) == 0:
		lines = []string{e.m.Fit(" （"+v.a.Label()+" 没有下一年度安排）", inner)}
	default:
		from, to := v.list.Visible()
		for i := from; i < to; i++ {
			lines = append(lines, v.line(e, inner, i))
		}
		lines = append(lines, v.detail(e, inner)...)
	}
	footer := ""
	if v.res != nil && len(v.res.Items) > 0 {
		n := map[followup.Status]int{}
		for _, it := range v.res.Items {
			n[it.Status]++
		}
		footer = "落实 " + strconv.Itoa(n[followup.Done]) + " · 部分 " + strconv.Itoa(n[followup.Partial]) +
			" · 未见 " + strconv.Itoa(n[followup.None])
	}
	return e.st.frameFooter(e.m, lines, p.w, p.h, title, footer, true)
}

// line is row i: "落实 4.1 text" for an item, "   2.1 0.82 text" for a
// passage, > and the cursor's colour on the cursor.
func (v *followupView) line(e *env, width, i int) string {
	row := v.rows[i]
	it := v.res.Items[row.item]
	gutter := " "
	if i == v.list.cursor { // marked > too, for terminals without colour
		gutter = ">"
	}
	var s string
	var st lipgloss.Style
	if row.ev < 0 {
		s = gutter + it.Status.Word(true) + " " + e.m.Fit(it.Section, 5) + " " + oneLine(it.Text)
		st = v.statusStyle(e, it.Status)
	} else {
		ev := it.Evidence[row.ev]
		s = gutter + "     → " + e.m.Fit(ev.Section, 5) + " " + strconv.FormatFloat(ev.Similarity, 'f', 2, 64) + " " + oneLine(ev.Text)
		st = e.st.Tag
	}
	s = e.m.Fit(s, width)
	if i == v.list.cursor {
		return e.st.Cursor.Render(s)
	}
	return st.Render(s)
}

// detail is the cursor row's text in full under a rule, wrapped, at the
// foot of the frame.
func (v *followupView) detail(e *env, width int) []string {
	i := v.list.cursor
	if i < 0 || i >= len(v.rows) {
		return nil
	}
	row := v.rows[i]
	it := v.res.Items[row.item]
	text := it.Section + " " + oneLine(it.Text)
	if row.ev >= 0 {
		text = "→ " + it.Evidence[row.ev].Section + " " + oneLine(it.Evidence[row.ev].Text)
	}
	from, to := v.list.Visible()
	out := make([]string, 0, v.listRows(e)-(to-from)+1+followDetail)
	for range v.listRows(e) - (to - from) {
		out = append(out, e.m.Fit("", width))
	}
	out = append(out, e.st.Tag.Render(e.m.Fit(" "+strings.Repeat("─", max(width-2, 0)), width)))
	wrapped := e.m.Wrap(text, max(width-2, 1), 0)
	for j := 0; j < len(wrapped) && j < followDetail; j++ {
		l := wrapped[j].Text
		if j == followDetail-1 && len(wrapped) > followDetail {
			l = e.m.Fit(l+"…", max(width-2, 1))
		}
		out = append(out, e.m.Fit(" "+l, width))
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// statusStyle colours an item: carried out as a pass, partly as a
// warning, not seen as a problem.
func (v *followupView) statusStyle(e *env, s followup.Status) lipgloss.Style {
	switch s {
	case followup.Done:
		return e.st.PairStatus[0].Bold(true)
	case followup.Partial:
		return e.st.PairStatus[1]
	}
	return e.st.Problem
}

// Help is the help line of the view.
func (v *followupView) Help(e *env) footer {
	k := e.keys
	return footer{keys: []helpItem{pair(k.Down, k.Up, "移动"), item(k.Open, "跳到原文"), pair(k.FollowUp, k.Back, "关闭"), item(k.Quit, "退出")}}
}
