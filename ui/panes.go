package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/ui/text"
)

// focus is the pane of a mode that receives keys. The reader has three;
// compare uses focusOutline for its pair list and focusReader for the
// comparison.
type focus int

const (
	focusReports focus = iota // the report list (1)
	focusOutline              // the outline (2)
	focusReader               // the reading pane (3)
)

// paneKey applies the keys that move the focus among a mode's panes, ring
// in Tab order: Tab and Shift-Tab, 1 2 3 for the panes the mode has, and o
// r, which focus their pane or, when it has the focus already, the reader
// (they open and close the overlays of narrow layouts). ok is false for
// every other key.
func paneKey(k keyMap, msg tea.KeyPressMsg, ring []focus, f focus) (focus, bool) {
	at := 0
	for i, p := range ring {
		if p == f {
			at = i
		}
	}
	has := func(p focus) bool {
		for _, q := range ring {
			if q == p {
				return true
			}
		}
		return false
	}
	toggle := func(p focus) focus {
		if f == p {
			return focusReader
		}
		return p
	}
	switch {
	case key.Matches(msg, k.NextPane):
		return ring[(at+1)%len(ring)], true
	case key.Matches(msg, k.PrevPane):
		return ring[(at+len(ring)-1)%len(ring)], true
	case key.Matches(msg, k.FocusReports) && has(focusReports):
		return focusReports, true
	case key.Matches(msg, k.FocusOutline) && has(focusOutline):
		return focusOutline, true
	case key.Matches(msg, k.FocusReader) && has(focusReader):
		return focusReader, true
	case key.Matches(msg, k.ShowReports) && has(focusReports):
		return toggle(focusReports), true
	case key.Matches(msg, k.ShowOutline) && has(focusOutline):
		return toggle(focusOutline), true
	}
	return f, false
}

// besideOrOver puts the lines of a pane left of the main one: beside it
// (left is nil when there is none to show), or laid over its left w cells,
// the overlays of narrow layouts.
func besideOrOver(m *text.Measure, rows, left []string, beside bool, w int) []string {
	if left == nil {
		return rows
	}
	for y := range rows {
		if beside {
			rows[y] = left[y] + rows[y]
		} else {
			rows[y] = left[y] + skipCells(m, rows[y], w)
		}
	}
	return rows
}
