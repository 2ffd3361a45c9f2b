package ui

import tea "charm.land/bubbletea/v2"

// paneAt is the reader's pane drawn at cell (x, y), if any: in narrow
// layouts an open overlay hides the reader beneath it.
func (r *readMode) paneAt(l layout, x, y int) (focus, bool) {
	if !l.wide && r.focus != focusReader && l.reports.contains(x, y) {
		return r.focus, true
	}
	switch {
	case l.wide && l.reports.contains(x, y):
		return focusReports, true
	case l.wide && l.outline.contains(x, y):
		return focusOutline, true
	case l.reader.contains(x, y):
		return focusReader, true
	}
	return 0, false
}

// wheel scrolls the pane under the pointer without moving focus.
func (r *readMode) wheel(e *env, m tea.Mouse) {
	d, ok := wheelDelta(m)
	if !ok {
		return
	}
	p, ok := r.paneAt(e.lay, m.X, m.Y)
	if !ok {
		return
	}
	switch p {
	case focusReports:
		r.list.Scroll(d)
	case focusOutline:
		r.outline.Scroll(d)
	case focusReader:
		r.reader.ScrollBy(d)
		r.outline.Follow(r.reader.Current())
	}
}

// click focuses the pane under the pointer and selects the row clicked: a
// report opens, an outline entry moves the reader to it. In narrow layouts
// a choice in an overlay closes it.
func (r *readMode) click(e *env, m tea.Mouse) {
	if m.Button != tea.MouseLeft {
		return
	}
	l := e.lay
	p, ok := r.paneAt(l, m.X, m.Y)
	if !ok {
		return
	}
	r.focus = p
	switch p {
	case focusReports:
		if !r.list.Click(m.Y - l.reports.y - 1) {
			return
		}
		if i := r.list.Problem(); i >= 0 {
			e.push(newProblemSheet(e, i))
			return
		}
		r.open(e, r.list.Selected())
		r.closeOverlay(l)
	case focusOutline:
		if r.outline.Click(m.Y - l.outline.y - 1) {
			r.reader.GoTo(r.outline.Selected())
			r.closeOverlay(l)
		}
	}
}

// closeOverlay returns the focus to the reader in narrow layouts, where
// the lists are overlays over it.
func (r *readMode) closeOverlay(l layout) {
	if !l.wide {
		r.focus = focusReader
	}
}
