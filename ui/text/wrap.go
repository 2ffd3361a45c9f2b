// Wrapping Chinese text.
//
// Chinese has no spaces to break at: a line may end between any two
// characters. Typesetting rules (kinsoku) forbid a line that starts with
// closing punctuation (，。、；：？！）》」】”’…％) or ends with opening
// punctuation (（《「【“‘). When the character at the break is closing, the
// character before it moves to the next line with it; when the last
// character is opening, it moves down too. Runs of ASCII letters and digits
// ("2023", "12.5", "GB18030") stay whole unless one is longer than a line.
// The result is a few lines one or two cells short of the width, which is
// how Chinese typesetting without justification looks.

package text

import (
	"strings"
	"unicode/utf8"
)

// closing are characters a line must not start with.
const closing = "，。、；：？！）》」】”’…％〕﹞』〉・,.;:?!)]}%"

// opening are characters a line must not end with.
const opening = "（《「【“‘〔﹝『〈([{"

// IsClosing reports whether r may not start a line.
func IsClosing(r rune) bool { return kinsoku[r] == closer }

// IsOpening reports whether r may not end a line.
func IsOpening(r rune) bool { return kinsoku[r] == opener }

// kinsoku classes the punctuation in closing and opening; it is built once
// and only read, and a map lookup is much cheaper than scanning the lists.
var kinsoku = func() map[rune]byte {
	m := map[rune]byte{}
	for _, r := range closing {
		m[r] = closer
	}
	for _, r := range opening {
		m[r] = opener
	}
	return m
}()

// Line is one wrapped line and its width in cells.
type Line struct {
	Text  string
	Width int
}

// token is an unbreakable piece of text: one character with any zero-width
// marks that follow it, or a run of ASCII letters and digits.
type token struct {
	start, end int // byte offsets into the source text
	w          int // cells
	class      byte
	glued      bool // no line break before this token (inside a kept range)
}

// Range is a span of text by byte offsets, End exclusive.
type Range struct{ Start, End int }

const (
	plain byte = iota
	closer
	opener
	space
)

// Wrap breaks s into lines of at most width cells. The first line starts
// with indent spaces (dropped when the width is too small for them). Spaces
// at the start of a continuation line and at the end of any line are
// dropped. Wrap never returns an empty slice: empty text is one empty line.
// Only a single character wider than the whole width can overflow it.
func (m *Measure) Wrap(s string, width, indent int) []Line {
	return m.WrapKeep(s, width, indent, nil)
}

// WrapKeep is Wrap that breaks no line inside the ranges of keep (byte
// offsets into s, ascending): a range moves to the next line whole. Only a
// range wider than a line is broken, where Wrap would break it.
func (m *Measure) WrapKeep(s string, width, indent int, keep []Range) []Line {
	if width < 1 {
		width = 1
	}
	if indent*2 > width {
		indent = 0
	}
	toks := m.tokens(s, width-indent)
	glue(toks, keep)
	var out []Line
	pad := strings.Repeat(" ", indent)
	start, cur := 0, indent
	emit := func(end int) {
		for end > start && toks[end-1].class == space {
			end--
		}
		line := pad
		if end > start {
			line += s[toks[start].start:toks[end-1].end]
		}
		out = append(out, Line{Text: line, Width: m.String(line)})
		pad, cur = "", 0
	}
	for i := 0; i < len(toks); {
		if i == start && cur == 0 && toks[i].class == space {
			start, i = i+1, i+1 // no leading space on a continuation line
			continue
		}
		if cur+toks[i].w <= width || i == start {
			cur += toks[i].w
			i++
			continue
		}
		b := breakAt(toks, start, i)
		emit(b)
		start, i = b, b
	}
	if start < len(toks) || len(out) == 0 {
		emit(len(toks))
	}
	return out
}

// breakAt picks where the next line starts when token i does not fit on the
// line that began at token start: as late as possible without starting the
// next line on closing punctuation or ending this one on opening
// punctuation. When no such place exists (a line of nothing but
// punctuation) it breaks at i.
func breakAt(toks []token, start, i int) int {
	for b := i; b > start; b-- {
		if toks[b].class != closer && toks[b-1].class != opener && !toks[b].glued {
			return b
		}
	}
	return i
}

// glue flags the tokens that start strictly inside a kept range.
func glue(toks []token, keep []Range) {
	k := 0
	for i := range toks {
		for k < len(keep) && keep[k].End <= toks[i].start {
			k++
		}
		if k < len(keep) && toks[i].start > keep[k].Start {
			toks[i].glued = true
		}
	}
}

// tokens splits s into unbreakable pieces. ASCII letter and digit runs
// (with inner '.' or ',' between digits, as in "12.5") are one token, cut
// into pieces of at most maxRun cells so that no token is wider than a line.
func (m *Measure) tokens(s string, maxRun int) []token {
	if maxRun < 1 {
		maxRun = 1
	}
	toks := make([]token, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isAlnum(s[i]) {
			j := i + 1
			for j < len(s) && j-i < maxRun && (isAlnum(s[j]) || isDecimalPoint(s, j)) {
				j++
			}
			toks = append(toks, token{start: i, end: j, w: j - i, class: plain})
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w := m.Rune(r)
		if w == 0 && len(toks) > 0 && r >= utf8.RuneSelf {
			toks[len(toks)-1].end = i + n // a combining mark stays with its base
			i += n
			continue
		}
		class := kinsoku[r] // plain when absent
		if r == ' ' || r == '\u3000' {
			class = space
		}
		toks = append(toks, token{start: i, end: i + n, w: w, class: class})
		i += n
	}
	return toks
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// isDecimalPoint reports whether s[j] is a '.' or ',' between two digits.
func isDecimalPoint(s string, j int) bool {
	return (s[j] == '.' || s[j] == ',') && j > 0 && j+1 < len(s) &&
		s[j-1] >= '0' && s[j-1] <= '9' && s[j+1] >= '0' && s[j+1] <= '9'
}
