package pdf

import (
	"bytes"
	"errors"
	"strconv"
)

// maxDepth bounds how deeply arrays and dictionaries nest. Real files nest
// a handful of levels; a file nesting thousands is an attack on the stack.
const maxDepth = 64

var (
	errEOF      = errors.New("unexpected end of data")
	errTooDeep  = errors.New("objects nested too deeply")
	errNotFound = errors.New("object not found")
)

// scanner reads PDF objects from bytes: the file, an object stream or a
// content stream. refs says whether "n g R" is read as a reference (never in
// content streams).
type scanner struct {
	b    []byte
	pos  int
	refs bool
}

// class of each byte: white space, delimiter or regular.
const (
	regular = iota
	white
	delim
)

var class = func() (c [256]uint8) {
	for _, b := range []byte("\x00\t\n\f\r ") {
		c[b] = white
	}
	for _, b := range []byte("()<>[]{}/%") {
		c[b] = delim
	}
	return c
}()

// skip skips white space and comments.
func (s *scanner) skip() {
	for s.pos < len(s.b) {
		switch c := s.b[s.pos]; {
		case class[c] == white:
			s.pos++
		case c == '%':
			for s.pos < len(s.b) && s.b[s.pos] != '\n' && s.b[s.pos] != '\r' {
				s.pos++
			}
		default:
			return
		}
	}
}

// word returns the run of regular characters at pos.
func (s *scanner) word() []byte {
	start := s.pos
	for s.pos < len(s.b) && class[s.b[s.pos]] == regular {
		s.pos++
	}
	return s.b[start:s.pos]
}

// object reads the next object. A bare word comes back as a keyword, a
// stray delimiter as a one-character keyword.
func (s *scanner) object(depth int) (object, error) {
	s.skip()
	if s.pos >= len(s.b) {
		return nil, errEOF
	}
	switch c := s.b[s.pos]; c {
	case '/':
		s.pos++
		return s.name(), nil
	case '(':
		s.pos++
		return s.literal(), nil
	case '<':
		if s.pos+1 < len(s.b) && s.b[s.pos+1] == '<' {
			s.pos += 2
			return s.dict(depth + 1)
		}
		s.pos++
		return s.hex(), nil
	case '[':
		s.pos++
		return s.array(depth + 1)
	case ')', '>', ']', '{', '}':
		s.pos++
		if c == '>' && s.pos < len(s.b) && s.b[s.pos] == '>' {
			s.pos++
			return keyword(">>"), nil
		}
		return keyword(c), nil
	}
	w := s.word()
	if len(w) == 0 { // cannot happen: every byte is white, delimiter or regular
		s.pos++
		return keyword("?"), nil
	}
	if c := w[0]; c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' {
		return s.number(w), nil
	}
	switch string(w) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	case "null":
		return nil, nil
	}
	return keyword(w), nil
}

// number reads an integer or real, leniently ("--5", "1.2.3" read as far as
// they make sense); an integer followed by "g R" becomes a reference.
func (s *scanner) number(w []byte) object {
	if isInt(w) {
		if i, err := parseInt(w); err == nil {
			if s.refs && i >= 0 && i <= maxObjNum {
				if r, ok := s.refAfter(i); ok {
					return r
				}
			}
			if i >= 0 && i < int64(len(boxedInts)) {
				return boxedInts[i]
			}
			return i
		}
	}
	neg, i := false, 0
	for i < len(w) && (w[i] == '-' || w[i] == '+') {
		neg = neg || w[i] == '-'
		i++
	}
	start, dot := i, false
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || w[i] == '.' && !dot) {
		dot = dot || w[i] == '.'
		i++
	}
	f, _ := strconv.ParseFloat(string(w[start:i]), 64)
	if neg {
		f = -f
	}
	return f
}

// boxedInts are the small integers as objects, made once: font widths
// arrays are hundreds of numbers each, and boxing each would allocate.
var boxedInts = func() (t [4096]object) {
	for i := range t {
		t[i] = int64(i)
	}
	return t
}()

// parseInt is strconv.ParseInt(w, 10, 64) for a word isInt accepts,
// without its string: short integers, the most common, are read here.
func parseInt(w []byte) (int64, error) {
	digits := w
	if len(w) > 0 && (w[0] == '-' || w[0] == '+') {
		digits = w[1:]
	}
	if len(digits) == 0 || len(digits) > 18 { // 18 digits cannot overflow
		return strconv.ParseInt(string(w), 10, 64)
	}
	var v int64
	for _, c := range digits {
		v = v*10 + int64(c-'0')
	}
	if w[0] == '-' {
		v = -v
	}
	return v, nil
}

func isInt(w []byte) bool {
	for i, c := range w {
		if !(c >= '0' && c <= '9' || i == 0 && (c == '-' || c == '+') && len(w) > 1) {
			return false
		}
	}
	return true
}

// refAfter looks past the integer num for "gen R".
func (s *scanner) refAfter(num int64) (ref, bool) {
	save := s.pos
	s.skip()
	gen := s.word()
	if len(gen) == 0 || len(gen) > 5 || !isDigits(gen) {
		s.pos = save
		return ref{}, false
	}
	s.skip()
	if s.pos < len(s.b) && s.b[s.pos] == 'R' && (s.pos+1 == len(s.b) || class[s.b[s.pos+1]] != regular) {
		s.pos++
		g, _ := strconv.Atoi(string(gen))
		return ref{uint32(num), uint16(g)}, true
	}
	s.pos = save
	return ref{}, false
}

func isDigits(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w) > 0
}

// name reads a name after its slash, decoding #xx escapes.
func (s *scanner) name() name {
	w := s.word()
	if bytes.IndexByte(w, '#') < 0 {
		return name(w)
	}
	return s.decodeName(w)
}

// decodeName decodes the #xx escapes of a name.
func (s *scanner) decodeName(w []byte) name {
	out := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if w[i] == '#' && i+2 < len(w) && isHex(w[i+1]) && isHex(w[i+2]) {
			out = append(out, unhex(w[i+1])<<4|unhex(w[i+2]))
			i += 2
			continue
		}
		out = append(out, w[i])
	}
	return name(out)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// literal reads a (string) after its opening parenthesis.
func (s *scanner) literal() string {
	var out []byte
	depth := 1
	for s.pos < len(s.b) {
		c := s.b[s.pos]
		s.pos++
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(out)
			}
		case '\\':
			out = s.escape(out)
			continue
		case '\r': // an end of line in a string is a line feed
			if s.pos < len(s.b) && s.b[s.pos] == '\n' {
				s.pos++
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return string(out)
}

// escape reads the escape after a backslash in a literal string.
func (s *scanner) escape(out []byte) []byte {
	if s.pos >= len(s.b) {
		return out
	}
	c := s.b[s.pos]
	s.pos++
	switch c {
	case 'n':
		return append(out, '\n')
	case 'r':
		return append(out, '\r')
	case 't':
		return append(out, '\t')
	case 'b':
		return append(out, '\b')
	case 'f':
		return append(out, '\f')
	case '\r': // a line continuation
		if s.pos < len(s.b) && s.b[s.pos] == '\n' {
			s.pos++
		}
		return out
	case '\n':
		return out
	}
	if c >= '0' && c <= '7' {
		v := c - '0'
		for i := 0; i < 2 && s.pos < len(s.b) && s.b[s.pos] >= '0' && s.b[s.pos] <= '7'; i++ {
			v = v<<3 | (s.b[s.pos] - '0')
			s.pos++
		}
		return append(out, v)
	}
	return append(out, c)
}

// hex reads a <hex string> after its opening angle bracket.
func (s *scanner) hex() string {
	out := make([]byte, 0, 16)
	var hi byte
	odd := false
	for s.pos < len(s.b) {
		c := s.b[s.pos]
		s.pos++
		if c == '>' {
			break
		}
		if !isHex(c) {
			continue
		}
		if odd {
			out = append(out, hi<<4|unhex(c))
		} else {
			hi = unhex(c)
		}
		odd = !odd
	}
	if odd {
		out = append(out, hi<<4)
	}
	return string(out)
}

// array reads the elements of an array after its opening bracket.
func (s *scanner) array(depth int) (object, error) {
	if depth > maxDepth {
		return nil, errTooDeep
	}
	var a array
	for {
		o, err := s.object(depth)
		if err != nil {
			return a, err
		}
		if k, ok := o.(keyword); ok && (k == "]" || k == "endobj" || k == ">>") {
			if k != "]" {
				s.pos -= len(k) // not ours: a broken array ends here
			}
			return a, nil
		}
		a = append(a, o)
	}
}

// dict reads the entries of a dictionary after its opening brackets.
func (s *scanner) dict(depth int) (object, error) {
	if depth > maxDepth {
		return nil, errTooDeep
	}
	d := dict{}
	for {
		k, err := s.object(depth)
		if err != nil {
			return d, err
		}
		switch k := k.(type) {
		case keyword:
			if k == ">>" {
				return d, nil
			}
			if k == "endobj" || k == "stream" {
				s.pos -= len(k)
				return d, nil
			}
			continue // junk between entries
		case name:
			v, err := s.object(depth)
			if err != nil {
				return d, err
			}
			if kw, ok := v.(keyword); ok && kw == ">>" {
				return d, nil // a key without a value ends the dictionary
			}
			d[k] = v
		}
	}
}
