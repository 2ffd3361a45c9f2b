package ui

// Screen sizes. Below minWidth×minHeight only a one-line notice is drawn;
// from wideWidth columns the panes stand side by side.
const (
	minWidth  = 20
	minHeight = 6
	wideWidth = 100
)

// rect is a screen rectangle in cells.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes for one terminal size. It is computed
// once per resize; rendering and mouse hit-testing both read it.
type layout struct {
	width, height int
	tooSmall      bool // draw only the notice
	wide          bool // panes side by side; otherwise lists are overlays

	// Pane rectangles including their borders. In narrow layouts the
	// reader fills the pane area and reports and outline share the overlay
	// rectangle over its left part.
	reports, outline, reader rect
	panes                    rect // the whole area above the status line
}

// newLayout places the panes for a w×h terminal; reportRows is how many
// rows the report list would like.
func newLayout(w, h, reportRows int) layout {
	l := layout{width: w, height: h}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	ph := h - 2 // status line and help line
	l.panes = rect{0, 0, w, ph}
	if w < wideWidth {
		ow := clamp(w*2/3, min(w, 44), w)
		l.reader = l.panes
		l.reports = rect{0, 0, ow, ph}
		l.outline = l.reports
		return l
	}
	l.wide = true
	lw := clamp(w*3/10, 30, 48)
	rh := min(reportRows+2, max(3, ph/3))
	if ph-rh < 3 {
		rh = ph / 2
	}
	l.reports = rect{0, 0, lw, rh}
	l.outline = rect{0, rh, lw, ph - rh}
	l.reader = rect{lw, 0, w - lw, ph}
	return l
}

// usable reports whether the panes can be laid out: the terminal is known
// and not too small.
func (l layout) usable() bool { return l.width > 0 && !l.tooSmall }
