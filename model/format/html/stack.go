package html

import (
	"golang.org/x/net/html/atom"
)

// Closing elements. The HTML standard's tree construction is followed only
// as far as text needs it: which open element an end tag closes, and which
// start tags close an open paragraph, list item, heading, cell or row.
// Everything else a browser does (reparenting, reopening formatting
// elements) changes styling, not the words or where paragraphs break.

// roles are what an open element is to the searches that close elements:
// what they look for, and where they stop.
type roles uint16

const (
	rP roles = 1 << iota
	rLi
	rDdDt
	rCell
	rRow
	rSection
	rA
	rHeading
	numMatchRoles = iota // the roles above are counted while open

	rScope  roles = 1 << (iota - 1) // td th table caption html template: an end tag inside does not close what is outside
	rButton                         // button
	rList                           // ul ol
	rDl                             // dl
	rTable                          // table html template
	rHTML                           // html
)

// rolesOf gives the roles of an element.
func rolesOf(a atom.Atom, k kind) roles {
	var r roles
	switch a {
	case atom.P:
		r = rP
	case atom.Li:
		r = rLi
	case atom.Dd, atom.Dt:
		r = rDdDt
	case atom.Td, atom.Th:
		r = rCell | rScope
	case atom.Tr:
		r = rRow
	case atom.Tbody, atom.Thead, atom.Tfoot:
		r = rSection
	case atom.A:
		r = rA
	case atom.Table:
		r = rScope | rTable
	case atom.Caption:
		r = rScope
	case atom.Html:
		r = rScope | rTable | rHTML
	case atom.Template:
		r = rScope | rTable
	case atom.Button:
		r = rButton
	case atom.Ul, atom.Ol:
		r = rList
	case atom.Dl:
		r = rDl
	}
	if k == kHeading {
		r |= rHeading
	}
	return r
}

// closeImplied closes what a start tag of a (kind k) ends implicitly.
func (w *walker) closeImplied(a atom.Atom, k kind) {
	switch {
	case a == atom.Li:
		w.closeWithin(rLi, rList|rScope)
	case a == atom.Dd || a == atom.Dt:
		w.closeWithin(rDdDt, rDl|rScope)
	case k == kCell:
		w.closeWithin(rCell, rTable)
	case k == kRow:
		w.closeWithin(rRow|rCell, rTable)
	case k == kSection:
		w.closeWithin(rSection|rRow|rCell, rTable)
	case a == atom.A:
		w.closeWithin(rA, rScope)
	}
	switch k {
	case kBlock, kHeading, kPre, kTable:
		if a != atom.Body && a != atom.Html && a != atom.Head {
			w.closeWithin(rP, rButton|rScope)
		}
	}
	if k == kHeading && len(w.stack) > 0 && w.stack[len(w.stack)-1].kind == kHeading {
		w.popTo(len(w.stack) - 1) // <h2> in an open <h2>: the first ends
	}
}

// closeWithin pops the innermost open element with a role in match, with
// everything above it, unless an element with a role in bound comes first.
func (w *walker) closeWithin(match, bound roles) {
	if !w.anyOpen(match) {
		return
	}
	if i := w.find(0, match, bound); i >= 0 {
		w.popTo(i)
	}
}

// anyOpen reports whether an element with a role in match is open. Most
// searches end here: a page without an open <p> does not look for one at
// every block.
func (w *walker) anyOpen(match roles) bool {
	for i := range numMatchRoles {
		if match&(1<<i) != 0 && w.roleCount[i] > 0 {
			return true
		}
	}
	return false
}

// find returns the index of the innermost open element that is tag (when
// tag is not 0) or has a role in match, or -1 when an element with a role
// in bound comes first. The stack is at most maxDepth deep.
func (w *walker) find(tag atom.Atom, match, bound roles) int {
	for i := len(w.stack) - 1; i >= 0; i-- {
		e := &w.stack[i]
		if tag != 0 && e.tag == tag || e.roles&match != 0 {
			return i
		}
		if e.roles&bound != 0 {
			return -1
		}
	}
	return -1
}

// endTag closes the element an end tag names.
func (w *walker) endTag() {
	w.name, _ = rawTagName(w.z.Raw(), w.name[:0])
	a := atom.Lookup(w.name)
	k := kindOf(a)
	switch k {
	case kIgnore, kVoid, kRule:
		return
	case kBreak: // </br> is a <br>
		w.lineBreak()
		return
	}
	tag, match, bound := a, roles(0), rScope
	switch k {
	case kCell, kRow, kSection:
		bound = rTable
	case kTable:
		bound = rHTML
	case kHeading: // </h3> closes an open <h2>
		tag, match = 0, rHeading
	}
	i := -1
	if w.openTags[tagSlot(a)] > 0 || match != 0 && w.anyOpen(match) {
		i = w.find(tag, match, bound)
	}
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
