// Sanitize strips terminal control sequences and invisible formatting
// characters from report text. Reports come from untrusted web pages and
// files, and the reader writes their text straight to a terminal, so an
// embedded escape sequence could recolour the screen, retitle the window,
// plant hyperlinks or write the clipboard, and bidi overrides could make
// text read differently from what it is; and a character the terminal draws
// wider or narrower than the reader measures it would push a pane's border
// out of line. Clean text, the common case, is returned as is without
// allocating.

package model

import (
	"strings"
	"unicode"
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
// UTF-8 bytes each become U+FFFD. Characters that terminals and our width
// tables measure differently are removed or replaced (sanitize_width.go:
// unassigned code points become 〓, conjoining jamo are composed, regional
// indicators become letters, other format characters, emoji presentation
// selectors, Hangul fillers and combining marks without a base are
// removed). The result is a fixed point: sanitizing it again returns it
// unchanged.
func Sanitize(s string) string {
	i := sanitizeScan(s, 0)
	if i == len(s) {
		return s
	}
	return sanitizeFrom(s, i)
}

// sanitizeScan returns the index of the first byte at or after i that
// Sanitize has to act on (a control, a rune it removes or replaces, or an
// invalid UTF-8 sequence), or len(s) if there is none. It validates UTF-8 as
// it goes, so one pass suffices; i must be at a rune boundary, and the
// returned index always is.
func sanitizeScan(s string, i int) int {
	for i < len(s) {
		c := s[i]
		var r rune
		n := 3
		switch {
		case c < utf8.RuneSelf:
			if asciiUnsafe[c] {
				return i
			}
			i++
			continue
		case c >= 0xE0 && c <= 0xEF:
			// Three-byte runes: all CJK ideographs and most punctuation.
			if i+2 >= len(s) {
				return i
			}
			c1, c2 := s[i+1], s[i+2]
			if (uint16(c1)<<8|uint16(c2))&0xC0C0 != 0x8080 {
				return i
			}
			if c >= 0xE4 && c <= 0xE9 {
				i += 3 // U+4000–U+9FFF, ideographs: nothing to act on
				continue
			}
			r = rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF { // overlong, surrogate
				return i
			}
		case c >= 0xC2 && c <= 0xDF:
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				return i
			}
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c >= 0xF0 && c <= 0xF4:
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			if size != 4 || !keptInPlace(s, i, r) {
				return i
			}
			i += 4
			continue
		default:
			return i
		}
		if needsAttention(r) && !keptInPlace(s, i, r) {
			return i
		}
		i += n
	}
	return len(s)
}

// keptInPlace reports whether the valid rune r at s[i] stays as it is where
// it stands: a rune Sanitize leaves alone, a combining mark after a base, an
// LV syllable with no trailing jamo after it. The base is judged by the
// input, which is what the output holds wherever the scan runs.
func keptInPlace(s string, i int, r rune) bool {
	switch runeAct(r) {
	case actKeep:
		return r != 0x2028 && r != 0x2029
	case actMark:
		return !markOrphan(s[:i])
	case actLV:
		return !trailingJamoAt(s, i+utf8.RuneLen(r))
	}
	return false
}

// markOrphan reports whether a combining mark written after text has no
// base: the text is empty, or ends in a newline or other whitespace.
func markOrphan(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(text)
	return text == "" || unicode.IsSpace(last)
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
			switch {
			case r == utf8.RuneError && size == 1:
				z.write("\uFFFD")
				i++
			case r == 0x9B: // 8-bit CSI
				i = skipCSIBody(s, i+size)
			case r == 0x9D || r == 0x90: // 8-bit OSC and DCS
				i = skipStringBody(s, i+size)
			case r == 0x2028 || r == 0x2029: // line and paragraph separators
				z.write("\n")
				i += size
			default:
				i = z.widthRune(s, i, r, size)
			}
		}
		// The scan judges a combining mark by the input before it, which
		// is not the output here: the marks that follow are judged now.
		i = z.marks(s, i)
		start = i
		i = sanitizeScan(s, i)
	}
	return z.b.String()
}

// widthRune writes what becomes of the rune r (size bytes at s[i]) that
// runeAct says to act on, and returns the index after what it took: Hangul
// composition can take the jamo after it too.
func (z *sanitizer) widthRune(s string, i int, r rune, size int) int {
	switch act := runeAct(r); act {
	case actDrop:
	case actSwap:
		z.b.WriteRune(widthSwap(r))
	case actJamo, actLV:
		if syl, n, ok := composeHangul(s[i:]); ok {
			z.b.WriteRune(syl)
			return i + n
		}
		if act == actJamo {
			r = widthSwap(r)
		}
		z.b.WriteRune(r)
	case actMark:
		if !markOrphan(z.b.String()) {
			z.b.WriteString(s[i : i+size])
		}
	default:
		z.b.WriteString(s[i : i+size]) // not reached while sanitizeScan is exact
	}
	return i + size
}

// marks writes the combining marks at s[i:] that have a base in the output
// and drops the others, and returns the index after them.
func (z *sanitizer) marks(s string, i int) int {
	for i < len(s) && s[i] >= 0xCC { // U+0300, the first mark, is CC 80
		r, size := utf8.DecodeRuneInString(s[i:])
		if runeAct(r) != actMark {
			break
		}
		if !markOrphan(z.b.String()) {
			z.b.WriteString(s[i : i+size])
		}
		i += size
	}
	return i
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
