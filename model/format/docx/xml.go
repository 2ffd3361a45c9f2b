package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
)

// The XML of a Word package is read by a small pull scanner instead of
// encoding/xml: it is several times faster (the text benchmark needs it),
// it never expands an entity other than the five predefined ones and
// character references (so a DTD's entities, billion laughs included, are
// skipped, not expanded), and it bounds what it holds: one token at a time
// of at most maxToken bytes, at most maxDepth open elements.

// nsID names the namespaces the reader cares about.
type nsID uint8

const (
	nsNone  nsID = iota // no prefix and no default namespace
	nsOther             // a namespace the reader does not know
	nsW                 // WordprocessingML (transitional or strict)
	nsMC                // markup compatibility (AlternateContent)
	nsM                 // Office math
	nsXML               // the xml: prefix
)

var knownNS = map[string]nsID{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main": nsW,
	"http://purl.oclc.org/ooxml/wordprocessingml/main":             nsW,
	"http://schemas.openxmlformats.org/markup-compatibility/2006":  nsMC,
	"http://schemas.openxmlformats.org/officeDocument/2006/math":   nsM,
	"http://purl.oclc.org/ooxml/officeDocument/math":               nsM,
}

const (
	maxToken = 16 << 20 // one tag or text run; larger is not a report
	maxDepth = 4096     // open elements; Word nests a few dozen deep
	// ctxEvery is how many tokens pass between checks of the context.
	ctxEvery = 1 << 12
)

var (
	errTokenTooLong = fmt.Errorf("XML token over %d MB", maxToken>>20)
	errTooDeep      = fmt.Errorf("XML nested deeper than %d elements", maxDepth)
	errMalformed    = errors.New("malformed XML")
)

type tokenKind uint8

const (
	tokEOF tokenKind = iota
	tokStart
	tokEnd
	tokText
)

// attr is one attribute of the current start tag; value is still escaped.
type attr struct {
	ns                   nsID
	prefix, local, value []byte
}

type binding struct {
	prefix string
	ns     nsID
	depth  int
}

// scanner yields the tokens of one XML part. The slices it returns (local,
// attrs, text) are valid until the next call to next.
type scanner struct {
	ctx      context.Context
	r        io.Reader
	buf      []byte
	pos, end int
	eof      bool
	err      error

	kind  tokenKind
	ns    nsID
	local []byte
	attrs []attr
	// rawAttrs is the current start tag after its name; attrs holds it
	// parsed once attrsRead.
	rawAttrs  []byte
	attrsRead bool
	text      []byte
	cdata     bool // text is CDATA: not escaped

	// wantText says the caller reads text tokens now; otherwise text is
	// skipped without being held.
	wantText   bool
	pendingEnd bool // the start tag just returned closed itself
	depth      int
	binds      []binding
	count      int

	cachePrefix [16]byte
	cacheLen    int
	cacheNS     nsID
	cacheOK     bool
}

// newScanner reads r, with a buffer from the pool; release returns it.
func newScanner(ctx context.Context, r io.Reader) *scanner {
	return &scanner{ctx: ctx, r: r, buf: *bufPool.Get().(*[]byte)}
}

// bufSize is the scanner's buffer, which grows for a longer token. Buffers
// are pooled: the loader reads many files, and fresh buffers for the
// seven parts of a package are most of what a small report costs to read.
const bufSize = 64 << 10

var bufPool = sync.Pool{New: func() any { b := make([]byte, bufSize); return &b }}

// release gives the scanner's buffer back for reuse; the scanner and the
// slices it returned must not be used after.
func (s *scanner) release() {
	if len(s.buf) == bufSize {
		b := s.buf
		bufPool.Put(&b)
	}
	s.buf, s.text, s.local, s.rawAttrs, s.attrs = nil, nil, nil, nil, nil
}

// fill reads more input, keeping buf[pos:end]. It grows the buffer when the
// unread part fills it. It returns false at the end of input or on error.
func (s *scanner) fill() bool {
	if s.eof || s.err != nil {
		return false
	}
	if s.pos > 0 {
		s.end = copy(s.buf, s.buf[s.pos:s.end])
		s.pos = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= maxToken {
			s.err = errTokenTooLong
			return false
		}
		nb := make([]byte, min(2*len(s.buf), maxToken))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err == io.EOF {
			s.eof = true
		} else if err != nil {
			s.err = err
		}
		if n > 0 || s.eof || s.err != nil {
			return n > 0
		}
	}
}

// next moves to the next token. At the end of input, or on an error (see
// s.err), it returns tokEOF.
func (s *scanner) next() tokenKind {
	if s.err != nil {
		return s.stop()
	}
	if s.pendingEnd {
		s.pendingEnd = false
		return s.endElement()
	}
	s.count++
	if s.count%ctxEvery == 0 && s.ctx != nil {
		if err := s.ctx.Err(); err != nil {
			s.err = err
			return s.stop()
		}
	}
	for {
		if s.pos == s.end && !s.fill() {
			return s.stop()
		}
		if s.buf[s.pos] != '<' {
			if s.scanText() {
				return s.kind
			}
			if s.err != nil {
				return s.stop()
			}
			continue
		}
		k, ok := s.scanMarkup()
		if s.err != nil {
			return s.stop()
		}
		if ok {
			return k
		}
	}
}

func (s *scanner) stop() tokenKind {
	s.kind = tokEOF
	return tokEOF
}

// scanText reads character data up to the next '<'. When the caller does
// not want text it is dropped as it goes and no token is returned.
func (s *scanner) scanText() bool {
	for {
		if i := bytes.IndexByte(s.buf[s.pos:s.end], '<'); i >= 0 {
			return s.textToken(i)
		}
		if !s.wantText {
			s.pos = s.end
			if !s.fill() {
				return false
			}
			continue
		}
		if !s.fill() {
			if s.err == nil && s.end > s.pos { // text at the very end
				return s.textToken(s.end - s.pos)
			}
			return false
		}
	}
}

func (s *scanner) textToken(n int) bool {
	s.text = s.buf[s.pos : s.pos+n]
	s.pos += n
	s.cdata = false
	if !s.wantText || s.depth == 0 {
		return false
	}
	s.kind = tokText
	return true
}

// scanMarkup reads what starts at '<'. It reports false for markup that is
// no token (comments, processing instructions, a DOCTYPE, skipped CDATA).
func (s *scanner) scanMarkup() (tokenKind, bool) {
	if !s.need(2) {
		s.err = cmpErr(s.err, errMalformed)
		return tokEOF, false
	}
	switch s.buf[s.pos+1] {
	case '/':
		return s.scanEndTag()
	case '?':
		s.skipPast("?>")
		return tokEOF, false
	case '!':
		return s.scanBang()
	}
	return s.scanStartTag()
}

// need makes n bytes available at pos, reading more if it must.
func (s *scanner) need(n int) bool {
	for s.end-s.pos < n {
		if !s.fill() {
			return false
		}
	}
	return true
}

func (s *scanner) scanEndTag() (tokenKind, bool) {
	for {
		if i := bytes.IndexByte(s.buf[s.pos:s.end], '>'); i >= 0 {
			s.pos += i + 1
			break
		}
		if !s.fill() {
			s.err = cmpErr(s.err, errMalformed)
			return tokEOF, false
		}
	}
	if s.depth == 0 { // a stray end tag closes nothing
		return tokEOF, false
	}
	return s.endElement(), true
}

func (s *scanner) endElement() tokenKind {
	for len(s.binds) > 0 && s.binds[len(s.binds)-1].depth == s.depth {
		s.binds = s.binds[:len(s.binds)-1]
		s.cacheOK = false
	}
	s.depth--
	s.kind = tokEnd
	return tokEnd
}

// scanStartTag reads a whole start tag (reading more input until its '>'
// outside quotes is in the buffer) and then its name and attributes.
func (s *scanner) scanStartTag() (tokenKind, bool) {
	n := 0
	for {
		n = tagEnd(s.buf[s.pos:s.end])
		if n > 0 {
			break
		}
		if !s.fill() {
			s.err = cmpErr(s.err, errMalformed)
			return tokEOF, false
		}
	}
	tag := s.buf[s.pos+1 : s.pos+n-1] // between '<' and '>'
	s.pos += n
	self := len(tag) > 0 && tag[len(tag)-1] == '/'
	if self {
		tag = tag[:len(tag)-1]
	}
	if s.depth >= maxDepth {
		s.err = errTooDeep
		return tokEOF, false
	}
	s.depth++
	if err := s.parseTag(tag); err != nil {
		s.err = err
		return tokEOF, false
	}
	s.pendingEnd = self
	s.kind = tokStart
	return tokStart, true
}

// tagEnd returns the length of the tag at the start of b up to and
// including its closing '>', or 0 when b holds no complete tag. Quoted
// attribute values are jumped over: they may hold a '>'.
func tagEnd(b []byte) int {
	for i := 1; i < len(b); i++ {
		switch c := b[i]; c {
		case '"', '\'':
			j := bytes.IndexByte(b[i+1:], c)
			if j < 0 {
				return 0
			}
			i += j + 1
		case '>':
			return i + 1
		}
	}
	return 0
}
