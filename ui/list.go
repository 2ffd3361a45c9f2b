package ui

// list is the cursor and scroll window shared by the report list and the
// outline: n rows, height of them visible from off, the cursor on one.
// Keys move the cursor and drag the window along; the mouse wheel moves
// only the window, as in a pager.
type list struct {
	n, cursor, off, height int
}

// SetLen changes the number of rows, keeping cursor and window valid.
func (l *list) SetLen(n int) {
	l.n = n
	l.Select(l.cursor)
}

// SetHeight changes the number of visible rows.
func (l *list) SetHeight(h int) {
	l.height = max(h, 0)
	l.Select(l.cursor)
}

// Select puts the cursor on row i (clamped) and scrolls it into view.
func (l *list) Select(i int) {
	l.cursor = clamp(i, 0, l.n-1)
	if l.cursor < l.off {
		l.off = l.cursor
	}
	if l.height > 0 && l.cursor >= l.off+l.height {
		l.off = l.cursor - l.height + 1
	}
	l.off = clamp(l.off, 0, l.n-l.height)
}

// Move moves the cursor by d rows.
func (l *list) Move(d int) { l.Select(l.cursor + d) }

// Page moves the cursor by d pages.
func (l *list) Page(d int) { l.Select(l.cursor + d*max(l.height-1, 1)) }

// Scroll moves the window by d rows without moving the cursor.
func (l *list) Scroll(d int) { l.off = clamp(l.off+d, 0, l.n-l.height) }

// Visible returns the range of rows in the window.
func (l *list) Visible() (from, to int) {
	return l.off, min(l.off+l.height, l.n)
}

// clamp limits v to [lo, hi]; when hi < lo the result is lo.
func clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}
