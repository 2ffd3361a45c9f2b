package export

import "baogao/model/compare"

// The paragraphs of a section pair as one stream: the pair's operations in
// order, with the text they leave out (sentences whose folded text is
// empty: a lone bracket, a row of dashes) put back where it stands, and a
// paragraph end wherever A's or B's paragraph ends.

// event is a piece of text or a paragraph end on one side.
type event struct {
	piece      Piece
	endA, endB bool
}

// cursor walks one side's paragraphs.
type cursor struct {
	paras     []string
	para, off int
	mark      Mark // Del for A, Ins for B
}

// advance moves the cursor to paragraph para, byte off, emitting the text
// passed over (marked) and the ends of the paragraphs it leaves.
func (c *cursor) advance(evs []event, para, off int) []event {
	for c.para < para && c.para < len(c.paras) {
		if rest := c.paras[c.para][min(c.off, len(c.paras[c.para])):]; rest != "" {
			evs = append(evs, event{piece: Piece{Text: rest, Mark: c.mark}})
		}
		evs = append(evs, event{endA: c.mark == Del, endB: c.mark == Ins})
		c.para, c.off = c.para+1, 0
	}
	if c.para < len(c.paras) && off > c.off && off <= len(c.paras[c.para]) {
		evs = append(evs, event{piece: Piece{Text: c.paras[c.para][c.off:off], Mark: c.mark}})
		c.off = off
	}
	return evs
}

// skip moves the cursor over n bytes of its paragraph: an op's own text.
func (c *cursor) skip(n int) { c.off += n }

// at reports whether the op's location is where the cursor can go: ahead
// of it and inside the paragraphs (defensive: ops come in order).
func (c *cursor) at(l compare.Loc, n int) bool {
	if l.Para < c.para || l.Para >= len(c.paras) || l.Para == c.para && l.Off < c.off {
		return false
	}
	return l.Off+n <= len(c.paras[l.Para])
}

// stream is the paragraphs of aParas against bParas given the ops that
// diff them, in style st.
func stream(aParas, bParas []string, ops []compare.Op, st Style) []Para {
	a := &cursor{paras: aParas, mark: Del}
	b := &cursor{paras: bParas, mark: Ins}
	var evs []event
	for _, op := range ops {
		hasA, hasB := op.Kind != compare.OpAdd, op.Kind != compare.OpDel
		if hasA && !a.at(op.AAt, len(op.A)) || hasB && !b.at(op.BAt, len(op.B)) {
			continue // the cursors' text covers it
		}
		if hasA {
			evs = a.advance(evs, op.AAt.Para, op.AAt.Off)
		}
		if hasB {
			evs = b.advance(evs, op.BAt.Para, op.BAt.Off)
		}
		for _, p := range exactOp(nil, op) {
			evs = append(evs, event{piece: p})
		}
		if hasA {
			a.skip(len(op.A))
		}
		if hasB {
			b.skip(len(op.B))
		}
	}
	evs = a.advance(evs, len(aParas), 0)
	evs = b.advance(evs, len(bParas), 0)
	return paragraphs(evs, st)
}

// paragraphs cuts the stream at its paragraph ends. Ends of both sides
// with no text between them are one paragraph mark of both; an end of one
// side alone is that side's tracked mark.
func paragraphs(evs []event, st Style) []Para {
	var out []Para
	var cur []Piece
	for i := 0; i < len(evs); {
		if !evs[i].endA && !evs[i].endB {
			cur = appendPiece(cur, evs[i].piece)
			i++
			continue
		}
		na, nb := 0, 0
		for ; i < len(evs) && (evs[i].endA || evs[i].endB); i++ {
			if evs[i].endA {
				na++
			} else {
				nb++
			}
		}
		for k := 0; k < max(na, nb); k++ {
			m := Plain
			switch {
			case k >= nb:
				m = Del
			case k >= na:
				m = Ins
			}
			out = append(out, Para{Style: st, Pieces: cur, Mark: m})
			cur = nil
		}
	}
	if len(cur) > 0 { // cannot happen: both sides end their last paragraph
		out = append(out, Para{Style: st, Pieces: cur})
	}
	return out
}
