package search

import (
	"baogao/model"
	"unicode/utf8"
)

// Snippets cuts the snippets of hits: each hit with up to Context runes of
// its paragraph on either side, "…" where the paragraph is cut.
//
// It keeps its place in the paragraph of the last hit, so each snippet
// costs its own length plus the distance from the hit before, in either
// direction: the snippets of every hit of a long paragraph, in order, cost
// one pass over it, where cutting each from the paragraph's start (as a
// Hit.Snippet once did) cost a pass per hit, quadratic in a paragraph of
// millions of hits. There is no snippet of a hit alone for that reason.
type Snippets struct {
	Context int // runes of the paragraph shown on either side of the match

	ok   bool // the fields below hold a paragraph
	rep  *model.Report
	sec  *model.Section
	para int
	text string
	ri   int // a rune index in text
	b    int // the byte offset of rune ri

	steps int // runes stepped over by seek, for the test that it is linear
}

// Of returns h's snippet: the text before the match (starting with "…"
// when the paragraph goes on before it), the match, and the text after it
// (ending with "…" when the paragraph goes on).
func (s *Snippets) Of(h Hit) (before, match, after string) {
	if !s.ok || h.Report != s.rep || h.Section != s.sec || h.Para != s.para {
		s.ok, s.rep, s.sec, s.para = true, h.Report, h.Section, h.Para
		s.text, s.ri, s.b = h.Text(), 0, 0
	}
	lo := max(h.ParaStart-s.Context, 0)
	s.seek(lo)
	text := s.text
	b0 := s.b
	b1 := skipRunes(text, b0, h.ParaStart-lo)
	b2 := skipRunes(text, b1, h.ParaEnd-h.ParaStart)
	b3 := skipRunes(text, b2, s.Context)
	before, match, after = text[b0:b1], text[b1:b2], text[b2:b3]
	if b0 > 0 {
		before = "…" + before
	}
	if b3 < len(text) {
		after += "…"
	}
	return before, match, after
}

// seek moves the place to rune index ri (or the end of the text), forward
// or back from where it is.
func (s *Snippets) seek(ri int) {
	if ri >= s.ri {
		for ; s.ri < ri && s.b < len(s.text); s.ri++ {
			s.steps++
			if s.text[s.b] < utf8.RuneSelf {
				s.b++
				continue
			}
			_, size := utf8.DecodeRuneInString(s.text[s.b:])
			s.b += size
		}
		return
	}
	if ri <= s.ri-ri {
		s.ri, s.b = 0, 0 // nearer the start
		s.seek(ri)
		return
	}
	for ; s.ri > ri && s.b > 0; s.ri-- {
		s.steps++
		_, size := utf8.DecodeLastRuneInString(s.text[:s.b])
		s.b -= size
	}
}

// skipRunes returns the byte offset n runes after byte b of s, or len(s).
// Runes are counted as a range loop (and []rune) counts them: each byte of
// an invalid sequence is one.
func skipRunes(s string, b, n int) int {
	for ; n > 0 && b < len(s); n-- {
		if s[b] < utf8.RuneSelf {
			b++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[b:])
		b += size
	}
	return b
}
