package ui

import (
	"strings"
	"unicode/utf8"

	"baogao/ui/text"
)

// wrapPiece is how much of a paragraph the reader hands the wrapper at a
// time. The wrapper holds a token for every character it is given (tens
// of bytes each), so a one-line file of 60 MB wrapped whole took over a
// gigabyte, and the process that holds that much memory takes the better
// part of a second to end when the user quits.
const wrapPiece = 256 << 10

// wrapLong wraps s as m.Wrap does, a piece of at most piece bytes at a
// time. The wrapper breaks greedily, each line decided by the tokens up to
// the first that does not fit on it, so lines are the same whether the
// wrapper sees the whole text or starts again at the start of any line it
// gave. Each piece is wrapped, its last line (which holds the cut, and may
// end in a token the cut shortened) and, for a margin, the line before it
// are dropped, and the next piece starts where the first of them started
// (TestWrapLongMatchesWrap). One difference is left:
// the wrapper cuts a run of ASCII letters and digits longer than a line at
// width-indent cells, and the pieces after the first have no indent, so in
// them such a run (77 characters at 80 columns) is cut at width cells
// instead: lines that still fit, in a paragraph of over 256 KB.
func wrapLong(m *text.Measure, s string, width, indent, piece int) []text.Line {
	if indent*2 > max(width, 1) {
		indent = 0 // as Wrap does
	}
	var out []text.Line
	for len(s) > piece {
		end := piece
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		lines := m.Wrap(s[:end], width, indent)
		if len(lines) < 3 {
			break // a piece of fewer lines than that: wrap the rest whole
		}
		keep := lines[:len(lines)-2]
		pos := 0 // where, in s, the next line starts
		for i, l := range keep {
			content := l.Text
			if i == 0 {
				content = strings.TrimPrefix(content, strings.Repeat(" ", indent)) // the pad
			}
			pos += strings.Index(s[pos:], content) + len(content)
		}
		out = append(out, keep...)
		s, indent = s[pos:], 0
	}
	return append(out, m.Wrap(s, width, indent)...)
}
