package ui

// Sheets: text laid over the whole pane area — the full help (?) and the
// files that did not load (!). A sheet's lines are built for the pane's
// width when drawn; j k, space b and g G scroll them, and the bottom edge
// says how many lines are above and below the window.

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/ui/text"
)

// sheetKind is which sheet covers the panes, if any.
type sheetKind uint8

const (
	sheetNone     sheetKind = iota
	sheetHelp               // every key binding (?)
	sheetProblems           // the load problems in full (!)
)

// sheetHelp is the help line while a sheet is open; scrolls says whether
// the sheet is taller than the pane.
func (k keyMap) sheetHelp(kind sheetKind, scrolls bool) []helpItem {
	done := pair(k.Help, k.Back, "关闭帮助")
	if kind == sheetProblems {
		done = pair(k.Problems, k.Back, "关闭")
	}
	if !scrolls {
		return []helpItem{done, item(k.Quit, "退出")}
	}
	return []helpItem{pair(k.Down, k.Up, "滚动"), pair(k.PageDown, k.PageUp, "翻页"), done, item(k.Quit, "退出")}
}

// openSheet covers the panes with a sheet, from its top.
func (a *App) openSheet(kind sheetKind) {
	a.sheet, a.sheetOff = kind, 0
}

// sheetKey handles a key while a sheet is open: the sheet's own key or Esc
// closes it, ? switches to the help, the movement keys scroll.
func (a App) sheetKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := a.keys
	switch {
	case key.Matches(msg, k.Back),
		a.sheet == sheetHelp && key.Matches(msg, k.Help),
		a.sheet == sheetProblems && key.Matches(msg, k.Problems):
		a.sheet = sheetNone
		return a, nil
	case key.Matches(msg, k.Help):
		a.openSheet(sheetHelp)
		return a, nil
	}
	page := max(a.sheetRows()-1, 1)
	switch {
	case key.Matches(msg, k.Down):
		a.scrollSheet(1)
	case key.Matches(msg, k.Up):
		a.scrollSheet(-1)
	case key.Matches(msg, k.PageDown):
		a.scrollSheet(page)
	case key.Matches(msg, k.PageUp):
		a.scrollSheet(-page)
	case key.Matches(msg, k.Top):
		a.sheetOff = 0
	case key.Matches(msg, k.Bottom):
		a.scrollSheet(len(a.sheetLines()))
	}
	return a, nil
}

// scrollSheet moves the sheet's window by d lines, within its content.
func (a *App) scrollSheet(d int) {
	a.sheetOff = clamp(a.sheetOff+d, 0, len(a.sheetLines())-a.sheetRows())
}

// sheetRows is how many lines of a sheet show at once.
func (a App) sheetRows() int { return max(a.lay.panes.h-2, 0) }

// sheetLines is the open sheet's content, each line exactly the pane's
// inner width.
func (a App) sheetLines() []string {
	switch a.sheet {
	case sheetHelp:
		return a.helpLines()
	case sheetProblems:
		lines, _ := a.problemLines()
		return lines
	}
	return nil
}

// renderSheet draws the open sheet over the pane area.
func (a App) renderSheet() []string {
	p := a.lay.panes
	lines := a.sheetLines()
	rows := a.sheetRows()
	off := clamp(a.sheetOff, 0, len(lines)-rows)
	title := "帮助"
	if a.sheet == sheetProblems {
		title = a.opts.notesSummary(false)
	}
	var more []string
	if off > 0 {
		more = append(more, "↑ "+strconv.Itoa(off))
	}
	if below := len(lines) - off - rows; below > 0 {
		more = append(more, "↓ 还有 "+strconv.Itoa(below)+" 行 ("+first(a.keys.Down)+"/"+first(a.keys.PageDown)+")")
	}
	return a.st.frameFooter(a.m, lines[min(off, len(lines)):], p.w, p.h, title, strings.Join(more, " · "), true)
}

// problemLines is the problems sheet's content: each problem after "! ",
// wrapped by cells, and the first line of each problem.
func (a App) problemLines() (lines []string, starts []int) {
	inner := max(a.lay.panes.w-2, 0)
	for _, p := range a.opts.notes() {
		starts = append(starts, len(lines))
		for i, l := range a.m.Wrap(p, max(inner-4, 1), 0) {
			lead := "   "
			if i == 0 {
				lead = " ! "
			}
			s := lead + l.Text
			if i == 0 {
				s = a.st.Problem.Render(a.m.Fit(s, inner))
			} else {
				s = a.m.Fit(s, inner)
			}
			lines = append(lines, s)
		}
	}
	return lines, starts
}

// showProblem opens the problems sheet at problem i.
func (a *App) showProblem(i int) {
	a.openSheet(sheetProblems)
	if _, starts := a.problemLines(); i >= 0 && i < len(starts) {
		a.scrollSheet(starts[i])
	}
}

// helpLines is the full help: every binding of the key map, grouped,
// flowed into as many columns as fit, the columns as tall as needed (the
// sheet scrolls).
func (a App) helpLines() []string {
	inner := max(a.lay.panes.w-2, 0)
	var items []string // plain text, one cell column each
	for gi, g := range a.keys.fullHelp() {
		if gi > 0 {
			items = append(items, "")
		}
		items = append(items, "\x00"+g.title) // marked as a group title
		for _, b := range g.bindings {
			if b.Help().Key == a.keys.Problems.Help().Key && len(a.opts.notes()) == 0 {
				continue // nothing to show
			}
			items = append(items, "  "+a.m.Fit(b.Help().Key, 10)+" "+b.Help().Desc)
		}
	}
	colw := 30
	cols := clamp(inner/colw, 1, 4)
	if (len(items)+cols-1)/cols > a.sheetRows() { // too tall: drop the blank lines between groups
		items = dropBlank(items)
	}
	perCol := (len(items) + cols - 1) / cols
	content := make([]string, 0, perCol)
	for r := 0; r < perCol; r++ {
		var b strings.Builder
		used := 0
		for c := 0; c < cols; c++ {
			cw := min(colw, inner-used)
			s := ""
			if i := c*perCol + r; i < len(items) {
				s = items[i]
			}
			if t, ok := strings.CutPrefix(s, "\x00"); ok {
				b.WriteString(a.st.HelpKey.Render(a.m.Fit(" "+t, cw)))
			} else {
				b.WriteString(a.m.Fit(s, cw))
			}
			used += cw
		}
		content = append(content, text.Pad(b.String(), used, inner))
	}
	return content
}

// dropBlank removes the empty items (the spacing between help groups).
func dropBlank(items []string) []string {
	out := items[:0]
	for _, s := range items {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
