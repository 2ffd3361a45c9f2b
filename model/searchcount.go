// Counting a term in a file's raw bytes, without decoding or parsing it:
// `baogao search --count` over a folder where the term is in most files.
//
// The count of a term in a report is the number of its occurrences in the
// folded keys of the title, headings and paragraphs. For most files that is
// the number of times the term's bytes occur in the file, and checking that
// this is so costs one pass over the bytes, far less than decoding,
// sanitizing, cleaning, parsing and folding them. fastCounter makes that
// pass and gives up (the caller then loads the file) whenever it cannot be
// sure:
//
//   - the bytes are not plain UTF-8 text: invalid UTF-8, NUL, a UTF-16 byte
//     order mark, control characters Sanitize would remove, a lone CR,
//     U+FFFD, C1 controls, or no text at all;
//   - a line could be glued to the next by parsing (a page-break join, a
//     title on two lines, a marker alone on its line) in a way that makes
//     the term span the join: the last character of the line could start
//     the term and the first of the next line could continue it;
//   - a line holding a match is short enough to be page chrome, and is.
//
// Lines holding a character that folding changes into one of the term's
// (楓 for 枫, Ａ for a), whitespace or an invisible character between two of
// the term's characters (the key drops it, so the term may span it), or
// Markdown "**" (cleaning removes it), are cleaned and folded and counted
// exactly; the rest are counted as bytes. Terms holding characters that parsing treats
// specially (a space, 。！？；：, # or *) are never counted this way.
package model

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// fastCounter counts one term in raw bytes, or says it cannot.
type fastCounter struct {
	term    string
	find    finder
	runes   []rune        // the term's runes
	special *[1024]uint64 // BMP runes that make their line special: gaps and term variants
	astral  map[rune]bool // the same above U+FFFF
}

// newFastCounter returns a counter for q, or nil when q cannot be counted
// from bytes: a regular expression, several terms, or a term with a
// character that parsing splits at or removes.
func newFastCounter(q *Query, freq *[256]uint32) *fastCounter {
	if q.Regex != nil || len(q.Terms) != 1 || strings.ContainsAny(q.Terms[0], " 。!?;:#*\uFFFD") {
		return nil
	}
	t := q.Terms[0]
	c := &fastCounter{term: t, find: newFinder(t, freq), runes: []rune(t), special: new([1024]uint64), astral: map[rune]bool{}}
	mark := func(r rune) {
		if r <= 0xFFFF {
			c.special[r>>6] |= 1 << (r & 63)
		} else {
			c.astral[r] = true
		}
	}
	for _, p := range foldPairs {
		if p[1] < 0 || isFoldSpace(p[1]) {
			mark(p[0]) // whitespace and invisible runes: the key drops them
		}
	}
	for _, r := range " \t\u0085\u1680\u2028\u2029" {
		mark(r)
	}
	for _, r := range c.runes {
		for _, v := range unfold(r) {
			if v != r {
				mark(v) // a form that folds to a rune of the term
			}
		}
	}
	return c
}

func (c *fastCounter) isSpecial(r rune) bool {
	if r <= 0xFFFF {
		return c.special[r>>6]&(1<<(r&63)) != 0
	}
	return c.astral[r]
}

// count returns the number of hits of the term in the report that b would
// load as, and ok=false when it cannot tell from the bytes.
func (c *fastCounter) count(b []byte) (n int, ok bool) {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:] // Decode drops a UTF-8 byte order mark
	}
	var (
		specials    []int // [start, end) byte ranges of special lines
		lineStart   int
		lineSpecial bool
		text        bool
		prev        rune = -1 // the last rune of the line that the key keeps
		gap         bool      // whitespace or invisible runes since prev
	)
	// A gap matters only between a rune that may start the term and one
	// that may continue it; indentation and word spaces elsewhere do not.
	gapEnds := func(r rune) {
		if gap && prev >= 0 && c.inHead(prev) && c.inTail(r) {
			lineSpecial = true
		}
		prev, gap = r, false
	}
	for i := 0; i < len(b); {
		ch := b[i]
		if ch < utf8.RuneSelf {
			switch {
			case ch == '\n':
				if lineSpecial {
					specials = append(specials, lineStart, i)
				}
				lineStart, lineSpecial, prev, gap = i+1, false, -1, false
			case ch == '\r':
				if i+1 == len(b) || b[i+1] != '\n' {
					return 0, false // a lone CR is a line break to Decode
				}
			case ch == ' ' || ch == '\t':
				gap = true
			case ch < ' ' || ch == 0x7F:
				return 0, false // Sanitize removes it
			case ch == '*' && i+1 < len(b) && b[i+1] == '*':
				// Markdown bold: cleaning removes every "**" of the line,
				// joining what was on either side.
				lineSpecial = true
				gap = true
				i += 2
				continue
			default:
				text = true
				if ch >= 'A' && ch <= 'Z' && c.isSpecial(rune(ch)) {
					lineSpecial = true
				}
				gapEnds(rune(ch))
			}
			i++
			continue
		}
		var r rune
		size := 3
		if ch&0xF0 == 0xE0 && i+2 < len(b) && (uint16(b[i+1])<<8|uint16(b[i+2]))&0xC0C0 == 0x8080 {
			// Three bytes, nearly every rune of Chinese text: the fast path.
			r = rune(ch&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F)
			if r < 0x800 || 0xD800 <= r && r <= 0xDFFF || r == utf8.RuneError {
				return 0, false // invalid, or U+FFFD (Decode's binary check)
			}
			if c.special[r>>6]&(1<<(r&63)) == 0 {
				i += 3
				text = true
				if gap {
					gapEnds(r)
				}
				prev = r
				continue
			}
		} else {
			r, size = utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return 0, false // not UTF-8: leave it to Decode
			}
		}
		i += size
		if !c.isSpecial(r) {
			if r == utf8.RuneError || r <= 0x9F || sanitizeRemoved(r) {
				return 0, false // U+FFFD (binary?), C1 controls
			}
			text = true
			gapEnds(r)
			continue
		}
		if k := foldRune(r); k < 0 || isFoldSpace(k) {
			gap = true
			continue
		}
		lineSpecial = true // a form of one of the term's runes
		text = true
		gapEnds(r)
	}
	if !text {
		return 0, false // blank: Decode reports it
	}
	if lineSpecial {
		specials = append(specials, lineStart, len(b))
	}

	// Count the bytes, then redo the special lines by folding them.
	s := &c.find
	for at := s.indexBytes(b, 0); at >= 0; at = s.indexBytes(b, at+len(c.term)) {
		n++
	}
	for k := 0; k < len(specials); k += 2 {
		line := b[specials[k]:specials[k+1]]
		for at := s.indexBytes(line, 0); at >= 0; at = s.indexBytes(line, at+len(c.term)) {
			n--
		}
		l := string(line)
		if strings.Contains(l, "**") {
			l = strings.ReplaceAll(l, "**", "")
		}
		m := strings.Count(Fold(l), c.term)
		if m > 0 && isChromeLine(line) {
			return 0, false
		}
		n += m
	}
	if n > 0 && !c.chromeFree(b) {
		return 0, false
	}
	if len(c.runes) > 1 && !c.joinFree(b) {
		return 0, false
	}
	return n, true
}

// inHead reports whether r is one of the term's runes but its last; inTail,
// one of its runes but its first.
func (c *fastCounter) inHead(r rune) bool { return containsRune(c.runes[:len(c.runes)-1], r) }
func (c *fastCounter) inTail(r rune) bool { return containsRune(c.runes[1:], r) }

// chromeFree reports whether no line holding the term's bytes is page
// chrome, which cleaning drops. (Special lines are checked as they are
// folded.)
func (c *fastCounter) chromeFree(b []byte) bool {
	for len(b) > 0 {
		end := bytes.IndexByte(b, '\n')
		if end < 0 {
			end = len(b)
		}
		line := b[:end]
		if len(line) <= maxChromeRunes*4 && c.find.indexBytes(line, 0) >= 0 && isChromeLine(line) {
			return false
		}
		b = b[min(end+1, len(b)):]
	}
	return true
}

// isChromeLine reports whether cleaning drops a raw line as page chrome.
func isChromeLine(line []byte) bool {
	if len(line) > maxChromeRunes*4+1 {
		return false
	}
	l := stripMarkdown(trimBlank(strings.TrimRight(string(line), "\r")))
	return l != "" && isChrome(l)
}

// joinFree reports whether no two consecutive non-blank lines could be
// joined by parsing into a match that spans them: the last non-blank rune of
// the first line (folded) must not be one of the term's runes but its last,
// or the first rune of the next must not be one of its runes but its first.
// When the next line is short it might be chrome that cleaning removes,
// which would bring the line after it next: then the answer is no as well.
func (c *fastCounter) joinFree(b []byte) bool {
	head := c.runes[:len(c.runes)-1]
	tail := c.runes[1:]
	for len(b) > 0 {
		end := bytes.IndexByte(b, '\n')
		if end < 0 {
			return true
		}
		if last := lastKeyRune(b[:end]); last >= 0 && containsRune(head, last) {
			rest := b[end+1:]
			for len(rest) > 0 {
				e := bytes.IndexByte(rest, '\n')
				if e < 0 {
					e = len(rest)
				}
				if first := firstKeyRune(rest[:e]); first >= 0 {
					if containsRune(tail, first) || utf8.RuneCount(rest[:e]) <= maxChromeRunes+2 {
						return false
					}
					break
				}
				rest = rest[min(e+1, len(rest)):]
			}
		}
		b = b[end+1:]
	}
	return true
}

// firstKeyRune and lastKeyRune return the first and last rune of a line's
// key, or -1 for a blank line. Markdown marks ('*', '#'), which cleaning may
// remove, are skipped too.
func firstKeyRune(line []byte) rune {
	for len(line) > 0 {
		r, size := utf8.DecodeRune(line)
		if k := foldRune(r); k >= 0 && !isFoldSpace(k) && r != '*' && r != '#' {
			return k
		}
		line = line[size:]
	}
	return -1
}

func lastKeyRune(line []byte) rune {
	for len(line) > 0 {
		r, size := utf8.DecodeLastRune(line)
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if k := foldRune(r); k >= 0 && !isFoldSpace(k) && r != '*' && r != '#' {
			return k
		}
		line = line[:len(line)-size]
	}
	return -1
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// indexBytes is index on a byte slice.
func (f *finder) indexBytes(s []byte, from int) int {
	n := len(f.term)
	for from+n <= len(s) {
		i := bytes.IndexByte(s[from+f.off:len(s)-n+f.off+1], f.b)
		if i < 0 {
			return -1
		}
		at := from + i
		if string(s[at:at+n]) == f.term {
			return at
		}
		from = at + 1
	}
	return -1
}
