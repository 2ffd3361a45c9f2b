package export

import (
	"strings"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/compare"
)

// The running text of a comparison: B's text with A's deletions and B's
// insertions, every piece of both reports exactly once, so that accepting
// every revision gives B and rejecting every one gives A.
//
// A paragraph end that only one side has is a tracked paragraph mark: one
// that only A has is deleted (accepting joins the paragraph to the next),
// one that only B has is inserted (rejecting joins it). Sections are
// written in an order that is A's and B's at once (order.go).

// trackedText is the running text of c.
func trackedText(c *compare.Comparison) []Para {
	var out []Para
	if c.A.Title != "" || c.B.Title != "" {
		out = append(out, Para{Style: Title, Pieces: exactLine(c.A.Title, c.B.Title, c.Title), Mark: lineMark(c.A.Title, c.B.Title)})
	}
	for _, u := range unitOrder(c) {
		out = u.paras(out)
	}
	sa, sb := c.A.Signature, c.B.Signature
	ops := compare.Texts(strings.Join(sa, "\n"), strings.Join(sb, "\n"))
	return append(out, stream(sa, sb, ops, Body)...)
}

// lineMark is the paragraph mark of a line only one side has.
func lineMark(a, b string) Mark {
	switch {
	case b == "":
		return Del
	case a == "":
		return Ins
	}
	return Plain
}

// unit is a section pair, or one side of a pair, as the running text
// writes it.
type unit struct {
	a, b  *model.Section
	pair  *compare.Pair // the pair, when both sides are written together
	depth int
}

// paras appends the unit's heading and paragraphs.
func (u unit) paras(out []Para) []Para {
	style := headingStyle(u.depth)
	switch {
	case u.b == nil:
		out = appendWhole(out, u.a, style, Del)
	case u.a == nil:
		out = appendWhole(out, u.b, style, Ins)
	default:
		ha, hb := u.a.Heading(), u.b.Heading()
		if u.a.Path != "" && (ha != "" || hb != "") {
			out = append(out, Para{Style: style, Pieces: exactHeading(u.a, u.b, u.pair.Heading), Mark: lineMark(ha, hb)})
		}
		out = append(out, stream(u.a.Paras, u.b.Paras, u.pair.Ops, Body)...)
	}
	return out
}

func headingStyle(depth int) Style {
	switch depth {
	case 0:
		return H1
	case 1:
		return H2
	}
	return H3
}

// appendWhole appends a section that one side alone has: its heading and
// paragraphs all marked m, their marks too.
func appendWhole(out []Para, s *model.Section, style Style, m Mark) []Para {
	if h := s.Heading(); s.Path != "" && h != "" {
		out = append(out, Para{Style: style, Pieces: []Piece{{Text: h, Mark: m}}, Mark: m})
	}
	for _, p := range s.Paras {
		out = append(out, Para{Style: Body, Pieces: appendPiece(nil, Piece{Text: p, Mark: m}), Mark: m})
	}
	return out
}

// exactHeading is a heading's change, marker included: the comparison
// diffs titles only (renumbering is no edit), but the text must still
// turn into B's.
func exactHeading(a, b *model.Section, op compare.Op) []Piece {
	ha, hb := a.Heading(), b.Heading()
	if op.A != a.Title || op.B != b.Title || !strings.HasSuffix(ha, a.Title) || !strings.HasSuffix(hb, b.Title) {
		return exactLine(ha, hb, compare.Op{Kind: compare.OpChange})
	}
	ps := prefixSuffix(nil, ha[:len(ha)-len(a.Title)], hb[:len(hb)-len(b.Title)])
	return exactOp(ps, op)
}

// exactLine is a one-line op (the title) as exact pieces: op's edit when
// it is of a and b, else the common prefix and suffix kept.
func exactLine(a, b string, op compare.Op) []Piece {
	if op.A == a && op.B == b {
		return exactOp(nil, op)
	}
	return prefixSuffix(nil, a, b)
}

// exactOp appends an op as pieces that give exactly A when the insertions
// are dropped and exactly B when the deletions are: text that is equal
// only after folding (１ and 1) is a deletion and an insertion.
func exactOp(ps []Piece, op compare.Op) []Piece {
	switch op.Kind {
	case compare.OpDel:
		return appendPiece(ps, Piece{Text: op.A, Mark: Del})
	case compare.OpAdd:
		return appendPiece(ps, Piece{Text: op.B, Mark: Ins})
	case compare.OpSame:
		return prefixSuffix(ps, op.A, op.B)
	}
	at, bt := 0, 0
	for _, s := range op.Spans {
		a, b, ok := spanText(op, s)
		if !ok || s.A0 != at || s.B0 != bt {
			break
		}
		at, bt = s.A1, s.B1
		if s.Kind == compare.OpSame {
			ps = prefixSuffix(ps, a, b)
			continue
		}
		ps = appendPiece(ps, Piece{Text: a, Mark: Del})
		ps = appendPiece(ps, Piece{Text: b, Mark: Ins})
	}
	// Spans that stop short (or none): the rest as written.
	ps = appendPiece(ps, Piece{Text: op.A[at:], Mark: Del})
	return appendPiece(ps, Piece{Text: op.B[bt:], Mark: Ins})
}

// prefixSuffix appends a against b as their common prefix, A's middle
// deleted, B's middle inserted and their common suffix.
func prefixSuffix(ps []Piece, a, b string) []Piece {
	if a == b {
		return appendPiece(ps, Piece{Text: a})
	}
	p := 0
	for p < len(a) && p < len(b) {
		ra, n := utf8.DecodeRuneInString(a[p:])
		rb, _ := utf8.DecodeRuneInString(b[p:])
		if ra != rb {
			break
		}
		p += n
	}
	s := 0
	for s < len(a)-p && s < len(b)-p {
		ra, n := utf8.DecodeLastRuneInString(a[:len(a)-s])
		rb, _ := utf8.DecodeLastRuneInString(b[:len(b)-s])
		if ra != rb {
			break
		}
		s += n
	}
	ps = appendPiece(ps, Piece{Text: a[:p]})
	ps = appendPiece(ps, Piece{Text: a[p : len(a)-s], Mark: Del})
	ps = appendPiece(ps, Piece{Text: b[p : len(b)-s], Mark: Ins})
	return appendPiece(ps, Piece{Text: a[len(a)-s:]})
}
