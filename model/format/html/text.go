package html

import (
	"unicode/utf8"
	"unsafe"

	"baogao/model/format"
)

// para is one paragraph of the page as the walk found it: where its text
// lies in the walk's text buffer, and the counts the scoring needs.
type para struct {
	start, end int32 // byte offsets in walker.text
	level      int8  // 1–6 inside h1–h6, else 0
	chrome     bool  // opened inside an element named or tagged as chrome
	runes      int32 // characters, blanks not counted
	han        int32 // Han characters
	punct      int32 // sentence punctuation: ，。；、！？ , ;
	link       int32 // characters inside <a href>
}

// pending blank space between two runs of text.
const (
	noSpace    = iota
	space      // a blank: written as one space
	lineBreak  // a line break in a text: none between two CJK characters
	titleBreak // a <br> in a heading: a space only between two ASCII characters
)

// builder collects paragraphs. HTML blank space collapses to one space,
// except that a line break between two CJK characters of one text (a
// source line wrapped inside Chinese text) disappears, as the characters
// join without spaces, and a <br> inside a heading joins the title's lines
// as the parser joins title lines (a space only between ASCII letters or
// digits). Between two elements a line break is a space, as browsers show
// it: <span>来源：某局</span>⏎<span>发布日期：…</span>. Leading and trailing blanks, no-break
// spaces (&nbsp; indentation) and em spaces (&emsp;) are dropped, and so are
// control characters, whether raw or from entities such as &#x1B;.
type builder struct {
	text      []byte
	all       string // text as a string, once the walk is over
	paras     []para
	cur       para
	open      bool // cur has text
	blank     uint8
	cellSep   bool // a table cell began: write CellSep before more text
	lastWide  bool // the last rune written joins CJK text without spaces
	lastASCII bool // the last rune written is an ASCII letter or digit
	full      bool // the text passed format.MaxText or maxParas
}

// maxParas bounds how many paragraphs one page may have. Reports have a
// few hundred; a million empty-ish paragraphs is a page built to exhaust
// memory. A variable, and maxText with it, for the tests.
var maxParas = 1 << 20

// maxText is format.MaxText.
var maxText = format.MaxText

// write adds text to the current paragraph. link says the text is inside
// a link; level and chrome describe where a new paragraph opens; pre keeps
// blanks and makes line breaks paragraph breaks.
func (b *builder) write(s []byte, link bool, level int8, chrome, pre bool) {
	if b.blank == lineBreak {
		b.blank = space // the line break ended the text before an element
	}
	for i := 0; i < len(s); {
		if j, st := plainRun(s, i); j > i {
			b.appendRun(s[i:j], st, link, level, chrome)
			i = j
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		i += n
		switch {
		case r == '\n' && pre:
			b.breakPara()
		case isBlank(r) && pre:
			if b.open { // kept inside <pre>, except at the start (breakPara drops them at the end)
				b.appendRun([]byte{' '}, runStats{}, link, level, chrome)
			}
		case (r == '\n' || r == '\r') && b.blank != titleBreak:
			b.blank = lineBreak
		case isBlank(r) && b.blank == noSpace:
			b.blank = space
		}
		// anything else is a control or zero-width character: dropped
	}
}

// isBlank reports whether r is blank space: ASCII, no-break, the fixed
// widths of U+2000–U+200A (&ensp; &emsp; &thinsp;), and the ideographic
// space U+3000 that indents Chinese paragraphs.
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == 0xA0 ||
		r >= 0x2000 && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// runStats counts a run of ordinary characters.
type runStats struct {
	runes, han, punct     int32
	firstWide, lastWide   bool
	firstASCII, lastASCII bool
}

// plainRun returns the end of the run of ordinary characters at s[i:]
// (anything but blanks, control and zero-width characters) and its counts.
// It is the walk's inner loop: the three-byte sequences of CJK text are
// decoded in place, and only the run's first and last characters are
// asked whether they join without spaces.
func plainRun(s []byte, i int) (int, runStats) {
	var st runStats
	start, last := i, i
	for i < len(s) {
		c := s[i]
		var r rune
		n := 1
		switch {
		case c < utf8.RuneSelf:
			if c <= ' ' || c == 0x7F {
				return finishRun(s, start, last, i, st)
			}
			if c == ',' || c == ';' {
				st.punct++
			}
			st.runes++
			last, i = i, i+1
			continue
		case c >= 0xE5 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			// U+5000–U+9FFF, most of Chinese text: Han, never special
			st.runes++
			st.han++
			last, i = i, i+3
			continue
		case c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, n = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				r, n = utf8.DecodeRune(s[i:])
			}
		default:
			r, n = utf8.DecodeRune(s[i:])
		}
		if special(r) || r == utf8.RuneError && n == 1 { // an invalid byte is dropped
			return finishRun(s, start, last, i, st)
		}
		st.runes++
		switch {
		case r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x3FFFF || r >= 0xF900 && r <= 0xFAFF:
			st.han++
		case r == '，' || r == '。' || r == '；' || r == '、' || r == '！' || r == '？':
			st.punct++
		}
		last, i = i, i+n
	}
	return finishRun(s, start, last, i, st)
}

// finishRun fills in how the run [start, end) begins and ends; last is
// where its last character starts.
func finishRun(s []byte, start, last, end int, st runStats) (int, runStats) {
	if end == start {
		return end, st
	}
	st.firstWide, st.firstASCII = runeClass(s[start:])
	st.lastWide, st.lastASCII = runeClass(s[last:end])
	return end, st
}

// runeClass tells whether the first character of s joins Chinese text
// without spaces, or is an ASCII letter or digit.
func runeClass(s []byte) (wide, ascii bool) {
	if s[0] < utf8.RuneSelf {
		return false, isASCIIAlnum(s[0])
	}
	r, _ := utf8.DecodeRune(s)
	return joinsWithoutSpace(r), false
}

// special reports whether a non-ASCII r is not an ordinary character:
// blank, a C1 control or a zero-width space. U+FFFD stays: it marks text
// the page's encoding could not give.
func special(r rune) bool {
	return r < 0xA1 || r >= 0x2000 && r <= 0x200B || r == 0x202F || r == 0x205F ||
		r == 0x3000 || r == 0xFEFF
}

// appendRun adds a run of ordinary characters to the current paragraph.
func (b *builder) appendRun(run []byte, st runStats, link bool, level int8, chrome bool) {
	if !b.open || b.blank != noSpace || b.cellSep {
		b.before(st.firstWide, st.firstASCII, level, chrome)
	}
	b.text = append(b.text, run...)
	b.cur.runes += st.runes
	b.cur.han += st.han
	b.cur.punct += st.punct
	if link {
		b.cur.link += st.runes
	}
	b.lastWide, b.lastASCII = st.lastWide, st.lastASCII
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// before opens a paragraph or writes the blank or cell separator pending
// before the next character.
func (b *builder) before(wide, ascii bool, level int8, chrome bool) {
	if !b.open {
		b.open = true
		b.cur = para{start: int32(len(b.text)), level: level, chrome: chrome}
		b.blank, b.cellSep = noSpace, false
		return
	}
	switch {
	case b.cellSep:
		b.text = append(b.text, format.CellSep...)
	case b.blank == space, b.blank == lineBreak && !(wide && b.lastWide),
		b.blank == titleBreak && ascii && b.lastASCII:
		b.text = append(b.text, ' ')
	}
	b.blank, b.cellSep = noSpace, false
}

// breakPara ends the current paragraph, if it has text.
func (b *builder) breakPara() {
	b.blank, b.cellSep = noSpace, false
	if !b.open {
		return
	}
	b.open = false
	for len(b.text) > int(b.cur.start) && b.text[len(b.text)-1] == ' ' { // <pre> blanks
		b.text = b.text[:len(b.text)-1]
	}
	b.cur.end = int32(len(b.text))
	b.paras = append(b.paras, b.cur)
	if len(b.text) > maxText || len(b.paras) > maxParas {
		b.full = true
	}
}

// joinsWithoutSpace reports whether r is written without spaces around it
// in Chinese text: Han, kana, Hangul, CJK and full-width punctuation, and
// the dashes, quotes and ellipsis Chinese text uses.
func joinsWithoutSpace(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFFEF, r >= 0x20000 && r <= 0x3FFFF:
		return true
	case r == 0x2014 || r == 0x2026 || r >= 0x2018 && r <= 0x201D || r == 0x00B7:
		return true
	}
	return false
}

// textOf is the text of paragraph p. After the walk (freeze), it is a
// substring of one copy of all the text, not a copy of its own.
func (b *builder) textOf(p para) string {
	if len(b.all) != len(b.text) {
		b.freeze()
	}
	return b.all[p.start:p.end]
}

// freeze makes the string that textOf slices. It shares the bytes of
// text, which nothing changes after the walk.
func (b *builder) freeze() {
	if len(b.text) > 0 {
		b.all = unsafe.String(&b.text[0], len(b.text))
	}
}
