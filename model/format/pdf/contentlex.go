package pdf

import (
	"bytes"
	"math"
)

// The lexer of content streams. A page runs tens of thousands of operators,
// so operands are not boxed as objects: numbers are read straight into
// floats, names and strings stay slices of the stream (or of a scratch
// buffer when they had escapes), and the elements of an array (TJ) go to a
// pool shared by the operator's operands.

type operandKind uint8

const (
	numOperand operandKind = iota
	nameOperand
	stringOperand
	arrayOperand
	otherOperand // a dictionary, boolean or null
)

// operand is one operand of a content stream operator. It holds no
// pointers, so that the lexer's slices of them cost the collector nothing.
type operand struct {
	kind      operandKind
	inScratch bool // a name or string: its bytes are in the scratch buffer, else in the stream
	num       float64
	from, to  int32 // a name or string: its bytes [from:to]; an array: elems[from:to]
}

// bytes returns the bytes of a name or string operand.
func (lx *lexer) bytes(o operand) []byte {
	if o.kind != nameOperand && o.kind != stringOperand {
		return nil
	}
	if o.inScratch {
		return lx.scratch[o.from:o.to]
	}
	return lx.s.b[o.from:o.to]
}

// items returns the elements of an array operand.
func (lx *lexer) items(o operand) []operand {
	if o.kind != arrayOperand {
		return nil
	}
	return lx.elems[o.from:o.to]
}

// lexer reads the tokens of one content stream.
type lexer struct {
	s       scanner
	limit   int // operands kept before an operator; 0 for maxOperands
	args    []operand
	elems   []operand
	scratch []byte
}

// next reads operands until an operator and returns the operator; ok is
// false at the end of the stream.
func (lx *lexer) next() (op []byte, ok bool) {
	lx.args, lx.elems, lx.scratch = lx.args[:0], lx.elems[:0], lx.scratch[:0]
	s := &lx.s
	for {
		s.skip()
		if s.pos >= len(s.b) {
			return nil, false
		}
		c := s.b[s.pos]
		if isNumStart[c] { // the most common operand, read here
			if n := len(lx.args); n < cap(lx.args) && (n < maxOperands || n < lx.limit) {
				lx.args = lx.args[:n+1] // no append: it would store the slice back for nothing
				lx.args[n] = operand{kind: numOperand, num: s.num()}
			} else {
				lx.push(operand{kind: numOperand, num: s.num()})
			}
			continue
		}
		if class[c] == regular {
			w := s.word()
			switch string(w) {
			case "true", "false", "null":
				lx.push(operand{kind: otherOperand})
				continue
			}
			return w, true
		}
		o, ok := lx.operand(0)
		if ok {
			lx.push(o)
		}
	}
}

func (lx *lexer) push(o operand) {
	if len(lx.args) < maxOperands || len(lx.args) < lx.limit {
		lx.args = append(lx.args, o)
	}
}

// operand reads one operand at the scanner's position; ok is false for a
// stray delimiter, which is skipped.
func (lx *lexer) operand(depth int) (operand, bool) {
	s := &lx.s
	c := s.b[s.pos]
	switch {
	case c == '/':
		s.pos++
		start := s.pos
		w := s.word()
		if bytes.IndexByte(w, '#') >= 0 {
			return lx.inScratch(nameOperand, []byte(s.decodeName(w))), true
		}
		return operand{kind: nameOperand, from: int32(start), to: int32(s.pos)}, true
	case c == '(':
		s.pos++
		return lx.literal(), true
	case c == '<' && s.pos+1 < len(s.b) && s.b[s.pos+1] == '<':
		s.object(maxDepth - 8) // a dictionary (marked-content properties): read and dropped
		return operand{kind: otherOperand}, true
	case c == '<':
		s.pos++
		start := len(lx.scratch)
		lx.scratch = appendHex(lx.scratch, s)
		return operand{kind: stringOperand, inScratch: true, from: int32(start), to: int32(len(lx.scratch))}, true
	case c == '[':
		s.pos++
		return lx.array(depth), true
	case class[c] == delim:
		s.pos++
		return operand{}, false
	}
	return operand{kind: numOperand, num: s.num()}, true
}

// isNumStart tells the bytes a number starts with.
var isNumStart = func() (t [256]bool) {
	for _, c := range []byte("0123456789+-.") {
		t[c] = true
	}
	return t
}()

// hexValue is the value of each hex digit, -1 for other bytes.
var hexValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
		if isHex(byte(i)) {
			t[i] = int8(unhex(byte(i)))
		}
	}
	return t
}()

// array reads the elements of an array into the pool. Arrays nested in
// arrays carry no meaning in content streams and are dropped.
func (lx *lexer) array(depth int) operand {
	s := &lx.s
	start := len(lx.elems)
	for {
		s.skip()
		if s.pos >= len(s.b) {
			break
		}
		c := s.b[s.pos]
		if c == ']' {
			s.pos++
			break
		}
		if isNumStart[c] {
			lx.elems = append(lx.elems, operand{kind: numOperand, num: s.num()})
			continue
		}
		if class[c] == regular {
			s.word() // an operator inside an array: a broken stream
			break
		}
		if c == '[' {
			s.pos++
			if depth < maxDepth {
				mark := len(lx.elems)
				lx.array(depth + 1)
				lx.elems = lx.elems[:mark]
			}
			continue
		}
		if o, ok := lx.operand(depth + 1); ok {
			lx.elems = append(lx.elems, o)
		}
	}
	return operand{kind: arrayOperand, from: int32(start), to: int32(len(lx.elems))}
}

// literal reads a (string): the stream's own bytes when it has no escapes,
// else the decoded bytes in the scratch buffer.
func (lx *lexer) literal() operand {
	s := &lx.s
	start, depth := s.pos, 1
	for i := start; i < len(s.b); i++ {
		switch s.b[i] {
		case '\\', '\r':
			return lx.inScratch(stringOperand, []byte(s.literal()))
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				s.pos = i + 1
				return operand{kind: stringOperand, from: int32(start), to: int32(i)}
			}
		}
	}
	return lx.inScratch(stringOperand, []byte(s.literal()))
}

// inScratch keeps decoded bytes in the scratch buffer.
func (lx *lexer) inScratch(kind operandKind, b []byte) operand {
	from := len(lx.scratch)
	lx.scratch = append(lx.scratch, b...)
	return operand{kind: kind, inScratch: true, from: int32(from), to: int32(len(lx.scratch))}
}

// appendHex decodes a <hex string> after its opening bracket.
func appendHex(out []byte, s *scanner) []byte {
	var hi byte
	odd := false
	for s.pos < len(s.b) {
		c := s.b[s.pos]
		s.pos++
		v := hexValue[c]
		if v < 0 {
			if c == '>' {
				break
			}
			continue
		}
		if odd {
			out = append(out, hi<<4|byte(v))
		} else {
			hi = byte(v)
		}
		odd = !odd
	}
	if odd {
		out = append(out, hi<<4)
	}
	return out
}

// num reads the PDF number at pos (no exponents in PDF) leniently, to the
// end of its word: "--5" is -5, "1.2.3" is 1.2, junk is 0.
func (s *scanner) num() float64 {
	b, i := s.b, s.pos
	neg := false
	for i < len(b) && (b[i] == '-' || b[i] == '+') {
		neg = neg || b[i] == '-'
		i++
	}
	var v float64
	for ; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		v = v*10 + float64(b[i]-'0')
	}
	if i < len(b) && b[i] == '.' {
		scale := 0.1
		for i++; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
			v += float64(b[i]-'0') * scale
			scale /= 10
		}
	}
	for i < len(b) && class[b[i]] == regular {
		i++
	}
	s.pos = i
	if math.IsInf(v, 0) {
		v = 0
	}
	if neg {
		return -v
	}
	return v
}
