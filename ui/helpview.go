package ui

import (
	"strings"

	"baogao/ui/text"
)

// helpScreenHelp is the help line while the full help is open.
func (k keyMap) helpScreenHelp() []helpItem {
	return []helpItem{pair(k.Help, k.Back, "关闭帮助"), item(k.Quit, "退出")}
}

// renderHelp draws the full help over the pane area: every binding of the
// key map, grouped, flowed into as many columns as fit.
func (a App) renderHelp() []string {
	p := a.lay.panes
	inner := max(p.w-2, 0)
	var items []string // plain text, one cell column each
	for gi, g := range a.keys.fullHelp() {
		if gi > 0 {
			items = append(items, "")
		}
		items = append(items, "\x00"+g.title) // marked as a group title
		for _, b := range g.bindings {
			items = append(items, "  "+a.m.Fit(b.Help().Key, 10)+" "+b.Help().Desc)
		}
	}
	colw := 30
	cols := clamp(inner/colw, 1, 4)
	if (len(items)+cols-1)/cols > p.h-2 { // too tall: drop the blank lines between groups
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
	return a.st.frame(a.m, content, p.w, p.h, "帮助", true)
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
