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

// sheetKind is which sheet it is.
type sheetKind uint8

const (
	sheetHelp     sheetKind = iota + 1 // every key binding (?)
	sheetProblems                      // the load problems in full (!)
)

// sheet is the mode of a sheet over the panes.
type sheet struct {
	overlay
	kind sheetKind
	off  int // the first line in view
}

func newSheet(kind sheetKind) *sheet { return &sheet{kind: kind} }

// newProblemSheet is the problems sheet scrolled to problem i.
func newProblemSheet(e *env, i int) *sheet {
	s := newSheet(sheetProblems)
	if _, starts := problemLines(e); i >= 0 && i < len(starts) {
		s.scroll(e, starts[i])
	}
	return s
}

func (s *sheet) clone() mode { c := *s; return &c }

func (s *sheet) SetSize(*env) tea.Cmd { return nil }

// Update handles a key: the sheet's own key or Esc closes it, ? switches
// to the help, the movement keys and the wheel scroll.
func (s *sheet) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if d, ok := wheelDelta(msg.Mouse()); ok {
			s.scroll(e, d)
		}
	case tea.KeyPressMsg:
		if key.Matches(msg, e.keys.Quit) {
			return tea.Quit
		}
		s.key(e, msg)
	}
	return nil
}

func (s *sheet) key(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.Back),
		s.kind == sheetHelp && key.Matches(msg, k.Help),
		s.kind == sheetProblems && key.Matches(msg, k.Problems):
		e.pop()
		return
	case key.Matches(msg, k.Help):
		s.kind, s.off = sheetHelp, 0
		return
	}
	page := max(s.rows(e)-1, 1)
	switch {
	case key.Matches(msg, k.Down):
		s.scroll(e, 1)
	case key.Matches(msg, k.Up):
		s.scroll(e, -1)
	case key.Matches(msg, k.PageDown):
		s.scroll(e, page)
	case key.Matches(msg, k.PageUp):
		s.scroll(e, -page)
	case key.Matches(msg, k.Top):
		s.off = 0
	case key.Matches(msg, k.Bottom):
		s.scroll(e, len(s.lines(e)))
	}
}

// scroll moves the sheet's window by d lines, within its content.
func (s *sheet) scroll(e *env, d int) {
	s.off = clamp(s.off+d, 0, len(s.lines(e))-s.rows(e))
}

// rows is how many lines of a sheet show at once.
func (s *sheet) rows(e *env) int { return max(e.lay.panes.h-2, 0) }

// lines is the sheet's content, each line exactly the pane's inner width.
func (s *sheet) lines(e *env) []string {
	if s.kind == sheetProblems {
		lines, _ := problemLines(e)
		return lines
	}
	return helpLines(e, s.rows(e))
}

// Help is the help line while a sheet is open.
func (s *sheet) Help(e *env) footer {
	k := e.keys
	done := pair(k.Help, k.Back, "关闭帮助")
	if s.kind == sheetProblems {
		done = pair(k.Problems, k.Back, "关闭")
	}
	if len(s.lines(e)) <= s.rows(e) {
		return footer{keys: []helpItem{done, item(k.Quit, "退出")}}
	}
	return footer{keys: []helpItem{pair(k.Down, k.Up, "滚动"), pair(k.PageDown, k.PageUp, "翻页"), done, item(k.Quit, "退出")}}
}

// View draws the sheet over the pane area.
func (s *sheet) View(e *env, _ func() []string) []string {
	p := e.lay.panes
	lines := s.lines(e)
	rows := s.rows(e)
	off := clamp(s.off, 0, len(lines)-rows)
	title := "帮助"
	if s.kind == sheetProblems {
		title = e.opts.notesSummary(false)
	}
	var more []string
	if off > 0 {
		more = append(more, "↑ "+strconv.Itoa(off))
	}
	if below := len(lines) - off - rows; below > 0 {
		more = append(more, "↓ 还有 "+strconv.Itoa(below)+" 行 ("+first(e.keys.Down)+"/"+first(e.keys.PageDown)+")")
	}
	return e.st.frameFooter(e.m, lines[min(off, len(lines)):], p.w, p.h, title, strings.Join(more, " · "), true)
}

// problemLines is the problems sheet's content: each problem after "! ",
// wrapped by cells, and the first line of each problem.
func problemLines(e *env) (lines []string, starts []int) {
	inner := max(e.lay.panes.w-2, 0)
	for _, p := range e.opts.notes() {
		starts = append(starts, len(lines))
		for i, l := range e.m.Wrap(p, max(inner-4, 1), 0) {
			lead := "   "
			if i == 0 {
				lead = " ! "
			}
			s := lead + l.Text
			if i == 0 {
				s = e.st.Problem.Render(e.m.Fit(s, inner))
			} else {
				s = e.m.Fit(s, inner)
			}
			lines = append(lines, s)
		}
	}
	return lines, starts
}

// helpLines is the full help: every binding of the key map, grouped,
// flowed into as many columns as fit, the columns as tall as needed (the
// sheet scrolls); rows is the sheet's height.
func helpLines(e *env, rows int) []string {
	inner := max(e.lay.panes.w-2, 0)
	var items []string // plain text, one cell column each
	for gi, g := range e.keys.fullHelp() {
		if gi > 0 {
			items = append(items, "")
		}
		items = append(items, "\x00"+g.title) // marked as a group title
		for _, b := range g.bindings {
			if b.Help().Key == e.keys.Problems.Help().Key && len(e.opts.notes()) == 0 {
				continue // nothing to show
			}
			items = append(items, "  "+e.m.Fit(b.Help().Key, 10)+" "+b.Help().Desc)
		}
	}
	colw := 30
	cols := clamp(inner/colw, 1, 4)
	if (len(items)+cols-1)/cols > rows { // too tall: drop the blank lines between groups
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
				b.WriteString(e.st.HelpKey.Render(e.m.Fit(" "+t, cw)))
			} else {
				b.WriteString(e.m.Fit(s, cw))
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
