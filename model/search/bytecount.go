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
//     U+FFFD, C1 controls, runes Sanitize removes or replaces to keep widths
//     alike (SanitizeChanges), or no text at all;
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

package search

import (
	"baogao/model"
	"baogao/model/fold"
	"baogao/model/internal/scan"
	"bytes"
	"strings"
	"unicode/utf8"
)

// fastCounter counts one term in raw bytes, or says it cannot.
type fastCounter struct {
	term    string
	find    scan.Finder
	runes   []rune        // the term's runes
	special *[1024]uint64 // BMP runes that make their line special: gaps and term variants
	astral  map[rune]bool // the same above U+FFFF

	anchor      int           // quick: index of the rune looked for in c.runes
	anchorForms []scan.Finder // quick: the runes that fold to it, the rune itself first
}

// newFastCounter returns a counter for q, or nil when q cannot be counted
// from bytes: a regular expression, several terms, or a term with a
// character that parsing splits at or removes, or that Sanitize changes or
// may write in place of another (so the bytes do not show its hits).
func newFastCounter(q *Query, freq *[256]uint32) *fastCounter {
	if q.Regex != nil || len(q.Terms) != 1 || strings.ContainsAny(q.Terms[0], " 。!?;:#*\uFFFD") ||
		strings.ContainsFunc(q.Terms[0], model.SanitizeUncountable) {
		return nil
	}
	t := q.Terms[0]
	c := &fastCounter{term: t, find: scan.NewFinder(t, freq), runes: []rune(t), special: new([1024]uint64), astral: map[rune]bool{}}
	mark := func(r rune) {
		if r <= 0xFFFF {
			c.special[r>>6] |= 1 << (r & 63)
		} else {
			c.astral[r] = true
		}
	}
	for _, r := range fold.Blank() {
		mark(r) // whitespace and invisible runes: the key drops them
	}
	for _, r := range " \t\u0085\u1680\u2028\u2029" {
		mark(r)
	}
	for i, w := range model.SanitizeStops() {
		c.special[i] |= w // runes Sanitize changes but the key keeps: give up
	}
	for _, r := range c.runes {
		for _, v := range fold.Unfold(r) {
			if v != r {
				mark(v) // a form that folds to a rune of the term
			}
		}
	}
	// The anchor for quick: the rune with the fewest other forms, then the
	// rarest byte.
	best := -1
	var bestCost [2]int
	for k, r := range c.runes {
		forms := fold.Unfold(r)
		f := scan.NewFinder(string(r), freq)
		cost := [2]int{len(forms), int(f.Cost)}
		if best < 0 || cost[0] < bestCost[0] || cost[0] == bestCost[0] && cost[1] < bestCost[1] {
			best, bestCost = k, cost
		}
	}
	c.anchor = best
	r := c.runes[best]
	c.anchorForms = []scan.Finder{scan.NewFinder(string(r), freq)}
	for _, v := range fold.Unfold(r) {
		if v != r {
			c.anchorForms = append(c.anchorForms, scan.NewFinder(string(v), freq))
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
	specials, ok := c.specialLines(b)
	if !ok {
		return 0, false
	}
	// Count the bytes, then redo the special lines by folding them.
	s := &c.find
	for at := s.IndexBytes(b, 0); at >= 0; at = s.IndexBytes(b, at+len(c.term)) {
		n++
	}
	for k := 0; k < len(specials); k += 2 {
		line := b[specials[k]:specials[k+1]]
		for at := s.IndexBytes(line, 0); at >= 0; at = s.IndexBytes(line, at+len(c.term)) {
			n--
		}
		l := string(line)
		if strings.Contains(l, "**") {
			l = strings.ReplaceAll(l, "**", "")
		}
		m := strings.Count(fold.String(l), c.term)
		if m > 0 && model.IsChromeLine(line) {
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

// specialLines makes count's pass over b: the [start, end) byte ranges of
// the lines that must be folded to be counted (a gap between runes of the
// term, a variant form of one, Markdown bold), or ok=false when b is not
// plain UTF-8 text that the bytes can be counted in.
func (c *fastCounter) specialLines(b []byte) (specials []int, ok bool) {
	st := lineScan{c: c, prev: -1}
	for i := 0; i < len(b); {
		ch := b[i]
		if ch < utf8.RuneSelf {
			if i, ok = st.ascii(b, i); !ok {
				return nil, false
			}
			continue
		}
		var r rune
		size := 3
		if ch&0xF0 == 0xE0 && i+2 < len(b) && (uint16(b[i+1])<<8|uint16(b[i+2]))&0xC0C0 == 0x8080 {
			// Three bytes, nearly every rune of Chinese text: the fast path.
			r = rune(ch&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F)
			if r < 0x800 || 0xD800 <= r && r <= 0xDFFF || r == utf8.RuneError {
				return nil, false // invalid, or U+FFFD (Decode's binary check)
			}
			if c.special[r>>6]&(1<<(r&63)) == 0 {
				i += 3
				st.text = true
				if st.gap {
					st.gapEnds(r)
				}
				st.prev = r
				continue
			}
		} else {
			r, size = utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, false // not UTF-8: leave it to Decode
			}
		}
		i += size
		if !st.wide(r) {
			return nil, false
		}
	}
	if !st.text {
		return nil, false // blank: Decode reports it
	}
	if st.lineSpecial {
		st.specials = append(st.specials, st.lineStart, len(b))
	}
	return st.specials, true
}

// lineScan is the state of specialLines's pass.
type lineScan struct {
	c           *fastCounter
	specials    []int // [start, end) byte ranges of special lines
	lineStart   int
	lineSpecial bool
	text        bool
	prev        rune // the last rune of the line that the key keeps
	gap         bool // whitespace or invisible runes since prev
}

// gapEnds notes a rune the key keeps after a gap: a gap matters only
// between a rune that may start the term and one that may continue it;
// indentation and word spaces elsewhere do not.
func (st *lineScan) gapEnds(r rune) {
	if st.gap && st.prev >= 0 && st.c.inHead(st.prev) && st.c.inTail(r) {
		st.lineSpecial = true
	}
	st.prev, st.gap = r, false
}

// ascii takes the ASCII byte at b[i] and returns where the next rune
// starts, or ok=false when the file cannot be counted from its bytes.
func (st *lineScan) ascii(b []byte, i int) (next int, ok bool) {
	switch ch := b[i]; {
	case ch == '\n':
		if st.lineSpecial {
			st.specials = append(st.specials, st.lineStart, i)
		}
		st.lineStart, st.lineSpecial, st.prev, st.gap = i+1, false, -1, false
	case ch == '\r':
		if i+1 == len(b) || b[i+1] != '\n' {
			return 0, false // a lone CR is a line break to Decode
		}
	case ch == ' ' || ch == '\t':
		st.gap = true
	case ch < ' ' || ch == 0x7F:
		return 0, false // Sanitize removes it
	case ch == '*' && i+1 < len(b) && b[i+1] == '*':
		// Markdown bold: cleaning removes every "**" of the line, joining
		// what was on either side.
		st.lineSpecial = true
		st.gap = true
		return i + 2, true
	default:
		st.text = true
		if ch >= 'A' && ch <= 'Z' && st.c.isSpecial(rune(ch)) {
			st.lineSpecial = true
		}
		st.gapEnds(rune(ch))
	}
	return i + 1, true
}

// wide takes a rune that is not ASCII, and not a three-byte rune that
// leaves its line as it is, or says the file cannot be counted.
func (st *lineScan) wide(r rune) bool {
	if !st.c.isSpecial(r) {
		if r == utf8.RuneError || r <= 0x9F || model.SanitizeChanges(r) {
			return false // U+FFFD (binary?), C1 controls, runes Sanitize changes
		}
		st.text = true
		st.gapEnds(r)
		return true
	}
	k := fold.Rune(r)
	if k < 0 || fold.IsSpace(k) {
		st.gap = true
		return true
	}
	if model.SanitizeChanges(r) {
		return false // the line would have to be sanitized to be folded
	}
	st.lineSpecial = true // a form of one of the term's runes
	st.text = true
	st.gapEnds(r)
	return true
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
		if len(line) <= model.MaxChromeRunes*4 && c.find.IndexBytes(line, 0) >= 0 && model.IsChromeLine(line) {
			return false
		}
		b = b[min(end+1, len(b)):]
	}
	return true
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
					if containsRune(tail, first) || utf8.RuneCount(rest[:e]) <= model.MaxChromeRunes+2 {
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
		if k := fold.Rune(r); k >= 0 && !fold.IsSpace(k) && r != '*' && r != '#' {
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
		if k := fold.Rune(r); k >= 0 && !fold.IsSpace(k) && r != '*' && r != '#' {
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
