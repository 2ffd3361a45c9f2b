package html

import (
	"golang.org/x/net/html/atom"
)

// Closing elements. The HTML standard's tree construction is followed only
// as far as text needs it: which open element an end tag closes, and which
// start tags close an open paragraph, list item, heading, cell or row.
// Everything else a browser does (reparenting, reopening formatting
// elements) changes styling, not the words or where paragraphs break.

// closeImplied closes what a start tag of a (kind k) ends implicitly.
func (w *walker) closeImplied(a atom.Atom, k kind) {
	switch {
	case a == atom.Li:
		w.closeWithin(isLi, isList)
	case a == atom.Dd || a == atom.Dt:
		w.closeWithin(isDdDt, isDl)
	case k == kCell:
		w.closeWithin(isCell, isTable)
	case k == kRow:
		w.closeWithin(isRowOrCell, isTable)
	case k == kSection:
		w.closeWithin(isSectionRowOrCell, isTable)
	case a == atom.A:
		w.closeWithin(isA, scopeBoundary)
	}
	switch k {
	case kBlock, kHeading, kPre, kTable:
		if a != atom.Body && a != atom.Html && a != atom.Head {
			w.closeWithin(isP, buttonScope)
		}
	}
	if k == kHeading && len(w.stack) > 0 && w.stack[len(w.stack)-1].kind == kHeading {
		w.popTo(len(w.stack) - 1) // <h2> in an open <h2>: the first ends
	}
}

// Element tests for closeImplied and endTag.
func isLi(a atom.Atom) bool   { return a == atom.Li }
func isDdDt(a atom.Atom) bool { return a == atom.Dd || a == atom.Dt }
func isDl(a atom.Atom) bool   { return a == atom.Dl || scopeBoundary(a) }
func isCell(a atom.Atom) bool { return a == atom.Td || a == atom.Th }
func isTable(a atom.Atom) bool {
	return a == atom.Table || a == atom.Html || a == atom.Template
}
func isRowOrCell(a atom.Atom) bool { return a == atom.Tr || isCell(a) }
func isSectionRowOrCell(a atom.Atom) bool {
	return a == atom.Tbody || a == atom.Thead || a == atom.Tfoot || isRowOrCell(a)
}
func isA(a atom.Atom) bool         { return a == atom.A }
func isP(a atom.Atom) bool         { return a == atom.P }
func isHtml(a atom.Atom) bool      { return a == atom.Html }
func isHeading(a atom.Atom) bool   { return kindOf(a) == kHeading }
func isList(a atom.Atom) bool      { return a == atom.Ul || a == atom.Ol || scopeBoundary(a) }
func buttonScope(a atom.Atom) bool { return a == atom.Button || scopeBoundary(a) }

// closeWithin pops the innermost open element that match accepts, with
// everything above it, unless an element that boundary accepts comes
// first.
func (w *walker) closeWithin(match, boundary func(atom.Atom) bool) {
	if i := w.find(0, match, boundary); i >= 0 {
		w.popTo(i)
	}
}

// find returns the index of the innermost open element that is tag (when
// tag is not 0) or that match accepts, or -1 when an element that
// boundary accepts comes first. The stack is at most maxDepth deep.
func (w *walker) find(tag atom.Atom, match, boundary func(atom.Atom) bool) int {
	for i := len(w.stack) - 1; i >= 0; i-- {
		t := w.stack[i].tag
		if t == tag || tag == 0 && match(t) {
			return i
		}
		if boundary(t) {
			return -1
		}
	}
	return -1
}

// endTag closes the element an end tag names.
func (w *walker) endTag() {
	name, _ := w.z.TagName()
	a := atom.Lookup(name)
	k := kindOf(a)
	switch k {
	case kIgnore, kVoid, kRule:
		return
	case kBreak: // </br> is a <br>
		w.lineBreak()
		return
	}
	tag, match, boundary := a, isHeading, scopeBoundary
	switch k {
	case kCell, kRow, kSection:
		boundary = isTable
	case kTable:
		boundary = isHtml
	case kHeading: // </h3> closes an open <h2>
		tag = 0
	}
	i := w.find(tag, match, boundary)
	switch {
	case i < 0 && a == atom.P:
		w.blockEdge() // a </p> without <p> is an empty paragraph
	case i < 0:
	case k == kInline:
		w.remove(i)
	default:
		w.popTo(i)
	}
}

// popTo pops the open elements down to index i, inclusive.
func (w *walker) popTo(i int) {
	for len(w.stack) > i {
		e := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		w.closed(e)
	}
}

// remove takes the inline element at index i off the stack, leaving the
// elements opened after it open: </font> closes the font, not the
// paragraph that began inside it.
func (w *walker) remove(i int) {
	e := w.stack[i]
	w.stack = append(w.stack[:i], w.stack[i+1:]...)
	w.closed(e)
}

// closed undoes what opening e did.
func (w *walker) closed(e elem) {
	switch e.kind {
	case kBlock, kHeading, kPre, kSection:
		w.blockEdge()
	case kTable:
		w.blockEdge()
		if len(w.tables) > 0 {
			w.tables = w.tables[:len(w.tables)-1]
		}
	case kRow:
		w.rowEnd()
	case kCell:
		w.cellEnd()
	case kTitle:
		w.inTitle = false
	}
	w.count(e, -1)
	if e.kind == kHeading {
		w.level = 0
		for _, o := range w.stack {
			if o.kind == kHeading {
				w.level = headingLevel(o.tag)
			}
		}
	}
	if e.node >= 0 {
		n := &w.nodes[e.node]
		n.last = int32(len(w.paras))
		if w.open {
			n.last++
		}
		if n.last == n.first && int(e.node) == len(w.nodes)-1 {
			w.nodes = w.nodes[:e.node] // empty: forget it
		}
	}
}

// blockEdge ends the paragraph at the start or end of a block. A block
// inside a table cell makes its row a layout row, whose cells are
// paragraphs of their own rather than one row of data.
func (w *walker) blockEdge() {
	if len(w.tables) > 0 {
		if t := &w.tables[len(w.tables)-1]; t.inCell {
			t.layout = true
		}
	}
	w.breakPara()
}

// lineBreak is a <br>: a paragraph break, except inside a heading, which
// stays one paragraph (a title set on two lines).
func (w *walker) lineBreak() {
	if w.level > 0 {
		w.blank = titleBreak
		return
	}
	w.blockEdge()
}

// table is the innermost open table; cells outside any table (a fragment)
// get one.
func (w *walker) table() *tableState {
	if len(w.tables) == 0 {
		w.tables = append(w.tables, tableState{})
	}
	return &w.tables[len(w.tables)-1]
}

func (w *walker) rowStart() {
	w.breakPara()
	*w.table() = tableState{rowOpen: true}
}

func (w *walker) rowEnd() {
	w.breakPara()
	if len(w.tables) > 0 {
		w.tables[len(w.tables)-1] = tableState{}
	}
}

func (w *walker) cellStart() {
	t := w.table()
	switch {
	case !t.rowOpen:
		w.breakPara()
		*t = tableState{rowOpen: true}
	case t.layout:
		w.breakPara()
	case w.open:
		w.cellSep = true
	}
	t.inCell = true
}

func (w *walker) cellEnd() {
	if len(w.tables) == 0 {
		return
	}
	t := &w.tables[len(w.tables)-1]
	if t.layout {
		w.breakPara()
	}
	t.inCell = false
}
