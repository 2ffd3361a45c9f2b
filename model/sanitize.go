// Sanitize strips terminal control sequences and invisible formatting
// characters from report text. Reports come from untrusted web pages and
// files, and the reader writes their text straight to a terminal, so an
// embedded escape sequence could recolour the screen, retitle the window,
// plant hyperlinks or write the clipboard, and bidi overrides could make
// text read differently from what it is. Clean text, the common case, is
// returned as is without allocating.

package model

import (
	"strings"
	"unicode/utf8"
)

// sanitizeTabWidth is the tab stop interval Sanitize expands tabs to.
const sanitizeTabWidth = 4

// asciiUnsafe marks the single-byte characters Sanitize must act on: all C0
// controls except '\n', and DEL.
var asciiUnsafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\n'
	}
	t[0x7F] = true
	return t
}()

// Sanitize removes everything from s that could drive a terminal, keeping the text.
//
// It removes escape sequences with their bodies (CSI up to its final byte;
// OSC, DCS, SOS, PM and APC up to BEL, ST or the end of s; other two-byte
// and intermediate-byte forms), C1 controls (the 8-bit CSI, OSC and DCS with
// their bodies), C0 controls other than '\n', DEL, bidirectional formatting
// characters, zero-width characters and byte order marks. Tabs are expanded
// with spaces to the next multiple of four columns, counted in runes since
// the last newline; '\f' and '\v' become '\n'; '\r' is dropped. Invalid
// UTF-8 bytes each become U+FFFD. The result is a fixed point: sanitizing it
// again returns it unchanged.
func Sanitize(s string) string {
	i := sanitizeScan(s, 0)
	if i == len(s) {
		return s
	}
	return sanitizeFrom(s, i)
}

// sanitizeScan returns the index of the first byte at or after i that
// Sanitize has to act on (a control, a removed rune, or an invalid UTF-8
// sequence), or len(s) if there is none. It validates UTF-8 as it goes, so
// one pass suffices; i must be at a rune boundary, and the returned index
// always is.
func sanitizeScan(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if asciiUnsafe[c] {
				return i
			}
			i++
		case c >= 0xE0 && c <= 0xEF:
			// Three-byte runes: all CJK ideographs and most punctuation.
			if i+2 >= len(s) {
				return i
			}
			c1, c2 := s[i+1], s[i+2]
			if (uint16(c1)<<8|uint16(c2))&0xC0C0 != 0x8080 {
				return i
			}
			switch c {
			case 0xE0:
				if c1 < 0xA0 { // overlong
					return i
				}
			case 0xED:
				if c1 > 0x9F { // surrogate
					return i
				}
			case 0xE2:
				// U+200B–U+200F, U+2028–U+202E, U+2060, U+2066–U+2069.
				if c1 == 0x80 && ((c2 >= 0x8B && c2 <= 0x8F) || (c2 >= 0xA8 && c2 <= 0xAE)) ||
					c1 == 0x81 && (c2 == 0xA0 || (c2 >= 0xA6 && c2 <= 0xA9)) {
					return i
				}
			case 0xEF:
				if c1 == 0xBB && c2 == 0xBF { // U+FEFF
					return i
				}
			}
			i += 3
		case c >= 0xC2 && c <= 0xDF:
			if i+1 >= len(s) {
				return i
			}
			c1 := s[i+1]
			if c1&0xC0 != 0x80 ||
				c == 0xC2 && (c1 < 0xA0 || c1 == 0xAD) || // C1 controls U+0080–U+009F, soft hyphen
				c == 0xD8 && c1 == 0x9C { // U+061C ARABIC LETTER MARK
				return i
			}
			i += 2
		case c >= 0xF0 && c <= 0xF4:
			if i+3 >= len(s) {
				return i
			}
			c1 := s[i+1]
			lo, hi := byte(0x80), byte(0xBF)
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
			if c1 < lo || c1 > hi || s[i+2]&0xC0 != 0x80 || s[i+3]&0xC0 != 0x80 ||
				c == 0xF3 && c1 == 0xA0 && s[i+2] <= 0x81 { // tag characters U+E0000–U+E007F
				return i
			}
			i += 4
		default:
			return i
		}
	}
	return len(s)
}

// sanitizeRemoved reports whether Sanitize drops the valid, non-ASCII rune r.
func sanitizeRemoved(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9F: // C1 controls
		return true
	case r >= 0x200B && r <= 0x200F, // zero-width space, ZWNJ, ZWJ, LRM, RLM
		r >= 0x202A && r <= 0x202E,   // bidi embeddings and overrides
		r == 0x2060,                  // word joiner
		r >= 0x2066 && r <= 0x2069,   // bidi isolates
		r == 0x061C,                  // Arabic letter mark
		r == 0xFEFF,                  // byte order mark, zero-width no-break space
		r == 0x00AD,                  // soft hyphen: invisible, but some terminals draw it
		r >= 0xE0000 && r <= 0xE007F: // tag characters
		return true
	}
	return false
}

// sanitizer accumulates Sanitize's output and tracks the column for tab
// expansion lazily, so text without tabs pays nothing for it.
type sanitizer struct {
	b      strings.Builder
	colPos int // offset in b at which the column is known
	colAt  int // the column at colPos
}

// write appends clean text, noting where the last line in it starts.
func (z *sanitizer) write(seg string) {
	if seg == "" {
		return
	}
	if j := strings.LastIndexByte(seg, '\n'); j >= 0 {
		z.colPos = z.b.Len() + j + 1
		z.colAt = 0
	}
	z.b.WriteString(seg)
}

// tab appends the spaces that take the output to the next tab stop.
func (z *sanitizer) tab() {
	col := z.colAt + utf8.RuneCountInString(z.b.String()[z.colPos:])
	n := sanitizeTabWidth - col%sanitizeTabWidth
	z.b.WriteString("    "[:n])
	z.colPos = z.b.Len()
	z.colAt = col + n
}

// sanitizeFrom does the work of Sanitize when s[i] is the first byte that
// needs handling.
func sanitizeFrom(s string, i int) string {
	var z sanitizer
	z.b.Grow(len(s))
	start := 0
	for {
		z.write(s[start:i])
		if i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c == 0x1B:
			i = skipEscape(s, i)
		case c == '\t':
			z.tab()
			i++
		case c == '\f' || c == '\v':
			z.write("\n")
			i++
		case c < utf8.RuneSelf: // other C0 controls, '\r' and DEL
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == utf8.RuneError && size == 1:
				z.write("\uFFFD")
			case r == 0x9B: // 8-bit CSI
				i = skipCSIBody(s, i)
			case r == 0x9D || r == 0x90: // 8-bit OSC and DCS
				i = skipStringBody(s, i)
			case r == 0x2028 || r == 0x2029: // line and paragraph separators
				z.write("\n")
			case !sanitizeRemoved(r):
				z.write(s[i-size : i]) // not reached while sanitizeScan is exact
			}
		}
		start = i
		i = sanitizeScan(s, i)
	}
	return z.b.String()
}

// skipEscape returns the index just past the escape sequence that starts
// with the ESC at s[i]. A malformed sequence ends at the first byte that
// cannot belong to it, which is then processed as ordinary input.
func skipEscape(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return j
	}
	switch c := s[j]; {
	case c == '[':
		return skipCSIBody(s, j+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return skipStringBody(s, j+1)
	case c >= 0x20 && c <= 0x2F:
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2F {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7E {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7E:
		return j + 1
	}
	return j
}

// skipCSIBody returns the index just past the parameter, intermediate and
// final bytes of a control sequence whose introducer ends before s[j].
func skipCSIBody(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if c >= 0x40 && c <= 0x7E {
			return j + 1
		}
		if c < 0x20 || c > 0x3F {
			return j
		}
		j++
	}
	return j
}

// skipStringBody returns the index just past the terminator (BEL, ESC \ or
// the 8-bit ST U+009C) of a control string whose introducer ends before
// s[j], or len(s) if it is unterminated.
func skipStringBody(s string, j int) int {
	for ; j < len(s); j++ {
		switch s[j] {
		case '\n':
			// An unterminated string ends at the line: a stray ESC ] must
			// not swallow the rest of a report, and nothing after the
			// newline can belong to it once it is removed.
			return j
		case 0x07:
			return j + 1
		case 0x1B:
			if j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		case 0xC2:
			if j+1 < len(s) && s[j+1] == 0x9C {
				return j + 2
			}
		}
	}
	return j
}
