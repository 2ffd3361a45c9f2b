package ui

import (
	"strconv"
	"strings"

	"baogao/ui/text"
)

// statusLine shows where the reader is: district · year · section path on
// the left, load problems and the position on the right.
func (a App) statusLine() string {
	if a.cmp.on {
		return a.compareStatus()
	}
	w := a.lay.width
	var parts []string
	if a.current >= 0 {
		r := a.reports[a.current]
		switch {
		case r.District != "":
			parts = append(parts, r.District)
		case r.City != "":
			parts = append(parts, r.City)
		default:
			parts = append(parts, r.ID)
		}
		if r.Year != 0 {
			parts = append(parts, strconv.Itoa(r.Year))
		}
		if i := a.reader.Current(); i >= 0 && i < len(a.reader.secs) {
			parts = append(parts, strings.Join(a.reader.secs[i].HeadingPath(), " > "))
		}
	}
	right := strconv.Itoa(a.reader.Percent()) + "% "
	if s := a.searchStatus(); s != "" {
		right = s + " · " + right
		if a.m.String(right) > w/2 {
			right = s + " "
		}
	}
	if len(a.opts.notes()) > 0 {
		hint := " (" + first(a.keys.Problems) + ") · "
		long := a.opts.notesSummary(false) + hint + right
		right = a.opts.notesSummary(true) + hint + right // narrow terminals
		if a.m.String(long) <= w/2 {
			right = long
		}
	}
	if right != "" {
		right = " " + right // a cut section path must not run into the counter
	}
	rw := a.m.String(right)
	if rw > w/2 {
		right, rw = "", 0
	}
	return a.st.Status.Render(a.m.Fit(" "+strings.Join(parts, " · "), w-rw) + right)
}

// helpLine lists the keys that work in the focused pane, as many as fit.
func (a App) helpLine() string {
	w := a.lay.width
	if a.search.typing && a.sheet == sheetNone {
		return a.promptLine()
	}
	items := a.searchHelp(a.modeHelp(a.keys.shortHelp(a.focus, a.lay.wide)))
	if a.sheet != sheetNone {
		items = a.keys.sheetHelp(a.sheet, len(a.sheetLines()) > a.sheetRows())
	}
	// Esc, ? and q always show where offered: a narrow terminal drops other
	// keys first, so the ways back, to the full help and out stay visible.
	pinned := map[string]bool{first(a.keys.Back): true, first(a.keys.Help): true, first(a.keys.Quit): true}
	width := func(h helpItem) int { return a.m.String(" " + h.keys + " " + h.desc + " ") }
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
		b.WriteString(" " + a.st.HelpKey.Render(h.keys) + " " + a.st.HelpDesc.Render(h.desc) + " ")
		used += width(h)
	}
	return text.Pad(b.String(), used, w)
}
