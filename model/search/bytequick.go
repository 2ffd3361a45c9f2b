// The quick byte count: the common file (plain UTF-8, no control
// characters but newline and tab) counted by looking only at the places of
// one rune of the term, walking outwards from each as folding would see the
// text (see fastCounter.quick). plainUTF8 checks a file is such a file eight
// bytes at a time.

package search

import (
	"baogao/model"
	"baogao/model/fold"
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

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
