package figures

import (
	"baogao/model/fold"
	"slices"
	"unicode/utf8"
)

// para is one paragraph made ready for scanning. The recognisers read the
// folded key (fold.Map: full-width digits and punctuation made
// half-width, Traditional made Simplified, spaces next to CJK dropped), so
// that "１２３", "123" and "1 2 3" need no cases of their own; every key rune
// remembers the original rune it came from, so that figures, subjects and
// spans are cut from the text as written.
type para struct {
	text  string  // the paragraph as written
	key   []rune  // folded runes
	src   []rune  // the original rune behind each key rune
	at    []int32 // byte offset in text of each key rune's original rune
	atEnd []int32 // byte offset in text just after it
	ri    []int32 // rune index in text of each key rune's original rune

	straightQuotes bool // the text has '"': quotes must be counted
}

// reset makes p the paragraph text, reusing p's buffers.
func (p *para) reset(text string) {
	key, orig := fold.Map(text)
	p.text, p.straightQuotes = text, false
	p.key, p.src, p.at, p.atEnd, p.ri = p.key[:0], p.src[:0], p.at[:0], p.atEnd[:0], p.ri[:0]
	// A cursor over the original text: ob is the byte offset of rune ri,
	// which is cur, size bytes long.
	ob, ri := 0, int32(0)
	cur, size := utf8.DecodeRuneInString(text)
	for kb, r := range key {
		for o := int(orig[kb]); ob < o; {
			ob += size
			ri++
			cur, size = utf8.DecodeRuneInString(text[ob:])
		}
		p.key = append(p.key, r)
		p.src = append(p.src, cur)
		p.at = append(p.at, int32(ob))
		p.atEnd = append(p.atEnd, int32(ob+size))
		p.ri = append(p.ri, ri)
		p.straightQuotes = p.straightQuotes || cur == '"'
	}
}

// orig returns the text as written behind key runes [s, e).
func (p *para) orig(s, e int) string {
	if s >= e {
		return ""
	}
	return p.text[p.at[s]:p.atEnd[e-1]]
}

// runeSpan returns the rune span in the original paragraph of key runes [s, e).
func (p *para) runeSpan(s, e int) (int, int) {
	if s >= e {
		return 0, 0
	}
	return int(p.ri[s]), int(p.ri[e-1]) + 1
}

// rune returns key rune i, or 0 outside the paragraph.
func (p *para) rune(i int) rune {
	if i < 0 || i >= len(p.key) {
		return 0
	}
	return p.key[i]
}

// hasAt reports whether the key runes from i spell w.
func (p *para) hasAt(i int, w string) bool {
	for _, r := range w {
		if i < 0 || i >= len(p.key) || p.key[i] != r {
			return false
		}
		i++
	}
	return true
}

// hasRunes reports whether the key runes from i are w.
func (p *para) hasRunes(i int, w []rune) bool {
	return i >= 0 && i+len(w) <= len(p.key) && slices.Equal(p.key[i:i+len(w)], w)
}

// endsAt reports whether the key runes just before i spell w.
func (p *para) endsAt(i int, w string) bool {
	return p.hasAt(i-utf8.RuneCountInString(w), w)
}

// isDigit reports whether key rune i is a digit written as one: an ASCII or
// full-width digit, not the "1" that NFKC makes of ① or ¹.
func (p *para) isDigit(i int) bool {
	if i < 0 || i >= len(p.key) || p.key[i] < '0' || p.key[i] > '9' {
		return false
	}
	s := p.src[i]
	return '0' <= s && s <= '9' || '０' <= s && s <= '９'
}

// isHan reports whether r is a CJK ideograph (the basic and extension A
// blocks, and 〇).
func isHan(r rune) bool {
	return 0x4E00 <= r && r <= 0x9FFF || 0x3400 <= r && r <= 0x4DBF || r == '〇'
}

func isLatin(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' }

// isClauseMark reports whether key rune r ends a clause: the subject of a
// figure never reaches back over one.
func isClauseMark(r rune) bool {
	switch r {
	case ',', ';', ':', '。', '!', '?', '\n', '．', '﹐', '，':
		return true
	}
	return false
}

// isSentenceMark reports whether key rune r ends a sentence.
func isSentenceMark(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\n':
		return true
	}
	return false
}

// opener and closer pairs as written (src runes): the fold turns both
// curly quotes into '"', so quotes are told apart on the original.
func isOpenQuote(r rune) bool {
	switch r {
	case '“', '‘', '「', '『', '《', '〈', '«':
		return true
	}
	return false
}

func isCloseQuote(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '》', '〉', '»':
		return true
	}
	return false
}
