package ui

import (
	"strconv"
	"strings"

	"baogao/ui/text"
)

// statusLine draws the status line the modes filled: where the reader is
// on the left (district · year · section path), the load problems, the
// search and the position on the right; or a mode's whole line.
func (a *App) statusLine() string {
	s := a.status(len(a.stack))
	e := &a.e
	if s.line != "" {
		return s.line
	}
	w := e.lay.width
	right := strconv.Itoa(s.percent) + "% "
	if s.search != "" {
		right = s.search + " · " + right
		if e.m.String(right) > w/2 {
			right = s.search + " "
		}
	}
	if len(e.opts.notes()) > 0 {
		hint := " (" + first(e.keys.Problems) + ") · "
		long := e.opts.notesSummary(false) + hint + right
		right = e.opts.notesSummary(true) + hint + right // narrow terminals
		if e.m.String(long) <= w/2 {
			right = long
		}
	}
	if right != "" {
		right = " " + right // a cut section path must not run into the counter
	}
	rw := e.m.String(right)
	if rw > w/2 {
		right, rw = "", 0
	}
	return e.st.Status.Render(e.m.Fit(" "+strings.Join(s.where, " · "), w-rw) + right)
}

// helpLine draws the help line of the mode on top: the prompt being typed
// in, or the keys that work, as many as fit.
func (a *App) helpLine() string {
	e := &a.e
	f := a.top().Help(e)
	if f.prompt != nil {
		line, _ := f.prompt.View(e.st, e.m, f.label, e.lay.width)
		return line
	}
	return fitHelp(e, f.keys)
}

// fitHelp lays out help items in the terminal's width. Esc, ? and q always
// show where offered: a narrow terminal drops other keys first, so the
// ways back, to the full help and out stay visible.
func fitHelp(e *env, items []helpItem) string {
	w := e.lay.width
	pinned := map[string]bool{first(e.keys.Back): true, first(e.keys.Help): true, first(e.keys.Quit): true}
	width := func(h helpItem) int { return e.m.String(" " + h.keys + " " + h.desc + " ") }
	room := w
	for _, h := range items {
		if pinned[h.keys] {
			room -= width(h)
		}
	}
	var shown []helpItem
	full := false // once one key does not fit, later ones (less useful) go too
	for _, h := range items {
		switch {
		case pinned[h.keys]:
		case full || width(h) > room:
			full = true
			continue
		default:
			room -= width(h)
		}
		shown = append(shown, h)
	}
	var b strings.Builder
	used := 0
	for _, h := range shown {
		if used+width(h) > w {
			break
		}
		b.WriteString(" " + e.st.HelpKey.Render(h.keys) + " " + e.st.HelpDesc.Render(h.desc) + " ")
		used += width(h)
	}
	return text.Pad(b.String(), used, w)
}
