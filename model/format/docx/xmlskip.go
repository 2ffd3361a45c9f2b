package docx

import (
	"bytes"
)

// Markup the reader passes over: comments, processing instructions, a
// DOCTYPE (never expanded), CDATA nobody asked for, and whole elements.

// skipPast drops input up to and including delim, holding no more than
// len(delim) bytes of it at a time.
func (s *scanner) skipPast(delim string) {
	d := []byte(delim)
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], d); i >= 0 {
			s.pos += i + len(d)
			return
		}
		if keep := s.end - len(d) + 1; keep > s.pos {
			s.pos = keep
		}
		if !s.fill() {
			if s.err == nil {
				s.err = cmpErr(s.err, errMalformed)
			}
			return
		}
	}
}

func (s *scanner) scanBang() (tokenKind, bool) {
	switch {
	case s.hasPrefix("<!--"):
		s.pos += 4
		s.skipPast("-->")
		return tokEOF, false
	case s.hasPrefix("<![CDATA["):
		s.pos += 9
		if !s.wantText || s.depth == 0 {
			s.skipPast("]]>")
			return tokEOF, false
		}
		for {
			if i := bytes.Index(s.buf[s.pos:s.end], []byte("]]>")); i >= 0 {
				s.text, s.cdata = s.buf[s.pos:s.pos+i], true
				s.pos += i + 3
				s.kind = tokText
				return tokText, true
			}
			if !s.fill() {
				if s.err == nil {
					s.err = cmpErr(s.err, errMalformed)
				}
				return tokEOF, false
			}
		}
	}
	s.skipDeclaration()
	return tokEOF, false
}

func (s *scanner) hasPrefix(p string) bool {
	return s.need(len(p)) && string(s.buf[s.pos:s.pos+len(p)]) == p
}

// skipDeclaration skips <!DOCTYPE …> with its internal subset, or any other
// <!…>, without reading what it declares: no entity is ever expanded.
func (s *scanner) skipDeclaration() {
	var quote byte
	brackets := 0
	for i := s.pos + 2; ; i++ {
		if i >= s.end {
			off := i - s.pos
			if !s.fill() {
				if s.err == nil {
					s.err = cmpErr(s.err, errMalformed)
				}
				return
			}
			i = s.pos + off
		}
		c := s.buf[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[':
			brackets++
		case c == ']':
			brackets--
		case c == '>' && brackets <= 0:
			s.pos = i + 1
			return
		}
	}
}

// skip consumes the rest of the element whose start tag was just read,
// without parsing the tags inside: only their nesting is followed.
func (s *scanner) skip() {
	if s.pendingEnd {
		s.pendingEnd = false
		s.endElement()
		return
	}
	want := s.wantText
	s.wantText = false
	defer func() { s.wantText = want }()
	d := s.depth
	for s.depth >= d && s.err == nil {
		s.count++
		if s.count%ctxEvery == 0 && s.ctx != nil && s.ctx.Err() != nil {
			s.err = s.ctx.Err()
			return
		}
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			if !s.fill() {
				s.err = cmpErr(s.err, errMalformed)
				return
			}
			continue
		}
		s.pos += i
		s.skipTag()
	}
}

// skipTag passes the markup at pos, keeping the depth.
func (s *scanner) skipTag() {
	if !s.need(2) {
		s.err = cmpErr(s.err, errMalformed)
		return
	}
	switch s.buf[s.pos+1] {
	case '/':
		for {
			if i := bytes.IndexByte(s.buf[s.pos:s.end], '>'); i >= 0 {
				s.pos += i + 1
				s.endElement()
				return
			}
			if !s.fill() {
				s.err = cmpErr(s.err, errMalformed)
				return
			}
		}
	case '?', '!':
		s.scanMarkup()
		return
	}
	for {
		if n := tagEnd(s.buf[s.pos:s.end]); n > 0 {
			self := s.buf[s.pos+n-2] == '/'
			s.pos += n
			if !self {
				if s.depth >= maxDepth {
					s.err = errTooDeep
					return
				}
				s.depth++
			}
			return
		}
		if !s.fill() {
			s.err = cmpErr(s.err, errMalformed)
			return
		}
	}
}

// cmpErr keeps the first error.
func cmpErr(err, next error) error {
	if err != nil {
		return err
	}
	return next
}
