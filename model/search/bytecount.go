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
	"encoding/binary"
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
			if r == utf8.RuneError || r <= 0x9F || model.SanitizeChanges(r) {
				return 0, false // U+FFFD (binary?), C1 controls, runes Sanitize changes
			}
			text = true
			gapEnds(r)
			continue
		}
		k := fold.Rune(r)
		if k < 0 || fold.IsSpace(k) {
			gap = true
			continue
		}
		if model.SanitizeChanges(r) {
			return 0, false // the line would have to be sanitized to be folded
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

// quick is count without the pass that classifies every rune, for the
// common file: plain UTF-8 (checked eight bytes at a time), no control
// characters but newline and tab. It looks only at the places of one rune
// of the term (the anchor), in each form that folds to it, and from each
// walks outwards through the file as folding would see it: across
// whitespace, invisible runes, "**" and line ends, and through forms that
// fold to the term's runes. A walk that spells the term with nothing of
// that kind is a hit as the bytes stand; one that needs any of it, or that
// crosses into a line short enough to be page chrome (which cleaning drops,
// gluing its neighbours), makes quick give up, as does a hit on a line that
// is chrome. Every hit of the loaded report holds a form of the anchor at
// the anchor's place, so none is missed.
func (c *fastCounter) quick(b []byte) (n int, ok bool) {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:] // Decode drops a UTF-8 byte order mark
	}
	if len(b) == 0 || !plainUTF8(b) {
		return 0, false
	}
	// Decode calls a file binary when a tenth of its first runes are
	// U+FFFD (EF BF BD) or controls (there are none): bound them by the
	// 0xBD bytes, and the runes from below by a third of the bytes (plain
	// text has no four-byte runes).
	head := b[:min(len(b), model.BinarySniffLen)]
	if 30*bytes.Count(head, []byte{0xBD}) > len(head) {
		return 0, false
	}
	k := c.anchor
	end := -1 // where the last counted hit ends
	for _, f := range c.anchorForms {
		for at := f.IndexBytes(b, 0); at >= 0; at = f.IndexBytes(b, at+1) {
			start, res := c.walk(b, at, len(f.Term), k)
			switch {
			case res == walkGiveUp:
				return 0, false
			case res == walkHit && start >= end:
				// Hits of the literal term come from its own form only, in
				// order; count them leftmost first, without overlaps.
				if onChromeLine(b, start) {
					return 0, false
				}
				n++
				end = start + len(c.term)
			}
		}
	}
	return n, true
}

const (
	walkNone   = iota // no hit passes through here
	walkHit           // the literal term starts at start
	walkGiveUp        // a hit may pass through here in a form quick does not count
)

// walk spells the term outwards from a form of its rune k at b[at:at+size].
func (c *fastCounter) walk(b []byte, at, size, k int) (start int, res int) {
	tr := c.runes
	odd := string(b[at:at+size]) != string(tr[k]) // a variant form
	p := at
	for j := k - 1; j >= 0; j-- {
		for {
			if p == 0 {
				return 0, walkNone
			}
			r, sz := utf8.DecodeLastRune(b[:p])
			if isGapRune(r) {
				odd = true
				if r == '\n' {
					// Blank lines between are all gap: go straight to the
					// non-blank line before, unless it may be chrome.
					short, end := shortLineBefore(b, p-1)
					if short {
						return 0, walkGiveUp
					}
					p = end
					continue
				}
				p -= sz
				continue
			}
			if fold.Rune(r) != tr[j] {
				return 0, walkNone
			}
			odd = odd || r != tr[j]
			p -= sz
			break
		}
	}
	start = p
	p = at + size
	for j := k + 1; j < len(tr); j++ {
		for {
			if p == len(b) {
				return 0, walkNone
			}
			r, sz := utf8.DecodeRune(b[p:])
			if isGapRune(r) {
				odd = true
				if r == '\n' {
					short, start := shortLineAfter(b, p+1)
					if short {
						return 0, walkGiveUp
					}
					p = start
					continue
				}
				p += sz
				continue
			}
			if fold.Rune(r) != tr[j] {
				return 0, walkNone
			}
			odd = odd || r != tr[j]
			p += sz
			break
		}
	}
	if odd {
		return 0, walkGiveUp
	}
	return start, walkHit
}

// isGapRune reports whether loading may drop r from between two runes of a
// term, or glue the runes on either side of it: whitespace, line ends,
// invisible and removed runes, and Markdown marks.
func isGapRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == '*' || r == '#' || r == 0x7F
	}
	k := fold.Rune(r)
	return k < 0 || fold.IsSpace(k) || model.SanitizeChanges(r) || r == utf8.RuneError
}

// shortLineBefore reports whether the first non-blank line ending before
// the newline at nl is short enough to be page chrome (or there is none),
// and where that line ends; shortLineAfter, the same for the first
// non-blank line starting after the newline before from, and where it
// starts.
func shortLineBefore(b []byte, nl int) (short bool, end int) {
	for end = nl; end > 0; {
		lo, ok := lineStartNear(b, end, maxShortLine)
		if !ok {
			return false, end // longer than any short line
		}
		if line := b[lo:end]; !isBlankBytes(line) {
			return utf8.RuneCount(line) <= model.MaxChromeRunes+2, end
		}
		end = lo - 1
	}
	return true, 0
}

func shortLineAfter(b []byte, from int) (short bool, start int) {
	for from < len(b) {
		hi := bytes.IndexByte(b[from:], '\n')
		if hi < 0 {
			hi = len(b) - from
		}
		if line := b[from : from+hi]; !isBlankBytes(line) {
			return utf8.RuneCount(line) <= model.MaxChromeRunes+2, from
		}
		from += hi + 1
	}
	return true, len(b)
}

// maxShortLine is the most bytes a line of MaxChromeRunes+2 runes takes.
const maxShortLine = (model.MaxChromeRunes + 2) * utf8.UTFMax

// lineStartNear returns where the line holding b[end-1] starts, looking
// back at most limit bytes; ok=false when it starts further back.
func lineStartNear(b []byte, end, limit int) (lo int, ok bool) {
	from := max(0, end-limit-1)
	if i := bytes.LastIndexByte(b[from:end], '\n'); i >= 0 {
		return from + i + 1, true
	}
	return 0, from == 0
}

func isBlankBytes(line []byte) bool {
	for _, r := range string(line) {
		if !isGapRune(r) {
			return false
		}
	}
	return true
}

// onChromeLine reports whether the line of b holding offset at is page
// chrome: only a short line can be.
func onChromeLine(b []byte, at int) bool {
	lo, ok := lineStartNear(b, at, model.MaxChromeRunes*4+1)
	if !ok {
		return false
	}
	n := bytes.IndexByte(b[at:min(len(b), lo+model.MaxChromeRunes*4+2)], '\n')
	if n < 0 {
		if lo+model.MaxChromeRunes*4+2 < len(b) {
			return false
		}
		n = len(b) - at
	}
	return model.IsChromeLine(b[lo : at+n])
}

// plainUTF8 reports whether b is valid UTF-8 without control characters
// other than newline and tab (C1 controls included: Sanitize reads 0x9B and
// 0x9D as the start of an escape sequence and drops what follows) and
// without four-byte runes. Eight bytes at a
// time: each byte's top bits say whether it leads a sequence of two, three
// or four bytes or continues one, and the continuation bytes must be
// exactly those the leads call for. That shape check misses overlong forms
// and surrogates, whose lead bytes (C0, C1, E0, ED) are rare in Chinese
// text: a word with a lead byte whose low nibble is 0, 1 or D, with a C2
// byte (which leads the C1 controls, and · ° ± §), or with a control
// character, sends the file to the rune-by-rune check.
func plainUTF8(b []byte) bool {
	const (
		hi = 0x8080808080808080
		lo = 0x7F7F7F7F7F7F7F7F
		l1 = 0x0101010101010101
	)
	var carry, suspect uint64 // carry: continuation bytes owed to the next word
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// ASCII bytes below 0x20 but newline, and 0x7F (a tab is fine, but
		// rare enough to be left to plainRunes).
		ctl := ^w & (^((w & lo) + 0x6060606060606060) | ((w & lo) + l1)) & hi
		nl := w ^ 0x0A0A0A0A0A0A0A0A
		b6 := w << 1
		lead := w & b6 & hi
		cont := w &^ b6 & hi
		lead3 := lead & (w << 2)
		lead4 := lead3 & (w << 3)
		x := w ^ 0x0D0D0D0D0D0D0D0D
		c2 := w ^ 0xC2C2C2C2C2C2C2C2 // a C2 byte may lead a C1 control (U+0080–U+009F)
		suspect |= lead&(^((w&0x0E0E0E0E0E0E0E0E)+lo)|^((x&0x0F0F0F0F0F0F0F0F)+lo)) | lead4 |
			ctl&((nl&lo)+lo|nl) | (c2-l1)&^c2&hi
		if lead<<8|lead3<<16|lead4<<24|carry != cont {
			return false
		}
		carry = lead>>56 | lead3>>48 | lead4>>40
	}
	if suspect != 0 {
		return plainRunes(b)
	}
	if carry != 0 {
		// The last word left a sequence open: check from its lead.
		for i > 0 && b[i-1]&0xC0 == 0x80 {
			i--
		}
		i--
	}
	return plainRunes(b[i:])
}

// plainRunes is plainUTF8 rune by rune.
func plainRunes(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || size == 4 || r <= 0x9F {
			return false // invalid, four bytes, or a C1 control
		}
		i += size
	}
	return true
}
