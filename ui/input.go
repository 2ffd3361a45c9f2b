package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// wheelStep is how many lines one wheel notch scrolls.
const wheelStep = 3

// handleKey applies the global bindings and hands every other key to the
// focused pane only.
func (a App) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := a.keys
	if a.search.typing && !a.lay.tooSmall && a.sheet == sheetNone {
		return a.promptKey(msg)
	}
	if key.Matches(msg, k.Quit) {
		return a, tea.Quit
	}
	if a.lay.tooSmall {
		return a, nil
	}
	if a.sheet != sheetNone {
		return a.sheetKey(msg)
	}
	if key.Matches(msg, k.Problems) && len(a.opts.notes()) > 0 {
		a.openSheet(sheetProblems)
		return a, nil
	}
	if a.pick.kind != pickNone {
		return a.pickerKey(msg)
	}
	if a.cmp.on {
		return a.compareKey(msg)
	}
	if a.search.showResults {
		return a.resultsKey(msg)
	}
	switch {
	case key.Matches(msg, k.Help):
		a.openSheet(sheetHelp)
	case key.Matches(msg, k.Back) && a.focus == focusReader && a.searchShown():
		a.clearSearch()
	case key.Matches(msg, k.Back):
		a.focus = focusReader
	case key.Matches(msg, k.NextPane):
		a.focus = (a.focus + 1) % numPanes
	case key.Matches(msg, k.PrevPane):
		a.focus = (a.focus + numPanes - 1) % numPanes
	case key.Matches(msg, k.FocusReports):
		a.focus = focusReports
	case key.Matches(msg, k.FocusOutline):
		a.focus = focusOutline
	case key.Matches(msg, k.FocusReader):
		a.focus = focusReader
	case key.Matches(msg, k.ShowReports):
		a.toggle(focusReports)
	case key.Matches(msg, k.ShowOutline):
		a.toggle(focusOutline)
	case key.Matches(msg, k.Compare):
		a.openReportPicker()
	case key.Matches(msg, k.Search):
		a.startPrompt(false)
	case key.Matches(msg, k.SearchAll):
		a.startPrompt(true)
	case key.Matches(msg, k.NextMatch, k.PrevMatch) && a.reader.Searching():
		a.stepMatch(msg)
	case a.focus != focusReports && key.Matches(msg, k.PrevSection, k.NextSection, k.PrevPart, k.NextPart):
		a.moveSection(msg)
	default:
		a.forward(msg)
	}
	return a, nil
}

// toggle focuses pane f, or the reader when f already has the focus: o and
// r open and close their overlays in narrow layouts.
func (a *App) toggle(f focus) {
	if a.focus == f {
		a.focus = focusReader
		return
	}
	a.focus = f
}

// moveSection applies [ ] { } to the reader; the outline follows.
func (a *App) moveSection(msg tea.KeyPressMsg) {
	k := a.keys
	switch {
	case key.Matches(msg, k.PrevSection):
		a.reader.PrevSection()
	case key.Matches(msg, k.NextSection):
		a.reader.NextSection()
	case key.Matches(msg, k.PrevPart):
		a.reader.PrevPart()
	case key.Matches(msg, k.NextPart):
		a.reader.NextPart()
	}
	a.outline.Follow(a.reader.Current())
}

// forward gives a key to the focused pane and keeps the others in step.
func (a *App) forward(msg tea.KeyPressMsg) {
	k := a.keys
	switch a.focus {
	case focusReports:
		if key.Matches(msg, k.Open) && a.list.Problem() >= 0 {
			a.showProblem(a.list.Problem())
			return
		}
		if key.Matches(msg, k.Open) {
			a.open(a.list.Selected())
			a.focus = focusReader
			return
		}
		a.list, _ = a.list.Update(msg, k)
	case focusOutline:
		if key.Matches(msg, k.Open) {
			a.reader.GoTo(a.outline.Selected())
			a.focus = focusReader
			return
		}
		before := a.outline.Selected()
		a.outline, _ = a.outline.Update(msg, k)
		if sel := a.outline.Selected(); sel != before {
			a.reader.GoTo(sel)
		}
	case focusReader:
		a.reader, _ = a.reader.Update(msg, k)
		a.outline.Follow(a.reader.Current())
	}
}

// paneAt is the pane drawn at cell (x, y), if any: in narrow layouts an
// open overlay hides the reader beneath it.
func (a *App) paneAt(x, y int) (focus, bool) {
	l := a.lay
	if l.tooSmall || a.sheet != sheetNone || a.search.showResults {
		return 0, false
	}
	if !l.wide && a.focus != focusReader && l.reports.contains(x, y) {
		return a.focus, true
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

// handleWheel scrolls the pane under the pointer without moving focus.
func (a *App) handleWheel(m tea.Mouse) {
	if a.sheet != sheetNone {
		switch m.Button {
		case tea.MouseWheelUp:
			a.scrollSheet(-wheelStep)
		case tea.MouseWheelDown:
			a.scrollSheet(wheelStep)
		}
		return
	}
	if a.cmp.on || a.pick.kind != pickNone {
		a.compareMouse(m, false)
		return
	}
	d := wheelStep
	switch m.Button {
	case tea.MouseWheelUp:
		d = -wheelStep
	case tea.MouseWheelDown:
	default:
		return
	}
	p, ok := a.paneAt(m.X, m.Y)
	if !ok {
		return
	}
	switch p {
	case focusReports:
		a.list.list.Scroll(d)
	case focusOutline:
		a.outline.list.Scroll(d)
	case focusReader:
		a.reader.ScrollBy(d)
		a.outline.Follow(a.reader.Current())
	}
}

// handleClick focuses the pane under the pointer and selects the row
// clicked: a report opens, an outline entry moves the reader to it. In
// narrow layouts a choice in an overlay closes it.
func (a *App) handleClick(m tea.Mouse) {
	if a.cmp.on || a.pick.kind != pickNone {
		a.compareMouse(m, true)
		return
	}
	if m.Button != tea.MouseLeft {
		return
	}
	p, ok := a.paneAt(m.X, m.Y)
	if !ok {
		return
	}
	a.focus = p
	switch p {
	case focusReports:
		if !a.list.Click(m.Y - a.lay.reports.y - 1) {
			return
		}
		if i := a.list.Problem(); i >= 0 {
			a.showProblem(i)
			return
		}
		a.open(a.list.Selected())
		a.closeOverlay()
	case focusOutline:
		if a.outline.Click(m.Y - a.lay.outline.y - 1) {
			a.reader.GoTo(a.outline.Selected())
			a.closeOverlay()
		}
	}
}

// closeOverlay returns the focus to the reader in narrow layouts, where
// the lists are overlays over it.
func (a *App) closeOverlay() {
	if !a.lay.wide {
		a.focus = focusReader
	}
}
