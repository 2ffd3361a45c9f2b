package ui

import (
	"context"
	"strings"
	"unicode/utf8"

	"baogao/model"
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
//
// It stops with ctx's error, between pieces, when ctx is cancelled.
func wrapLong(ctx context.Context, m *text.Measure, s string, width, indent, piece int) ([]text.Line, error) {
	if indent*2 > max(width, 1) {
		indent = 0 // as Wrap does
	}
	var out []text.Line
	for len(s) > piece {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
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
	return append(out, m.Wrap(s, width, indent)...), nil
}

// asyncWrap is the size of the longest report wrapped in Update: about a
// hundredth of a second of work. Longer ones are wrapped in a command.
const asyncWrap = 256 << 10

// reportBytes is the size of the text a reader wraps.
func reportBytes(rep *model.Report) int {
	n := len(rep.Title)
	for _, p := range rep.Preamble {
		n += len(p)
	}
	rep.Walk(func(s *model.Section) {
		n += len(s.Title) + len(s.Label) + len(s.Marker)
		for _, p := range s.Paras {
			n += len(p)
		}
	})
	for _, l := range rep.Signature {
		n += len(l)
	}
	return n
}

// buildLines wraps rep, whose outline is secs, at width cells, stopping
// with ctx's error when ctx is cancelled: the title centred, the
// paragraphs indented, a blank line before parts and sections, the
// signature right-aligned. Each paragraph or heading is a block, numbered
// in order, so that a new width can keep the same one on top.
func buildLines(ctx context.Context, m *text.Measure, rep *model.Report, secs []*model.Section, width int) ([]docLine, []int, error) {
	if rep == nil || width <= 0 {
		return nil, nil, nil
	}
	var (
		lines  []docLine
		starts []int
		block  int32
		err    error
	)
	add := func(s string, kind lineKind, indent int) {
		if err != nil {
			return
		}
		var wrapped []text.Line
		if wrapped, err = wrapLong(ctx, m, s, width, indent, wrapPiece); err != nil {
			return
		}
		for _, l := range wrapped {
			if left := width - l.Width; left > 0 && (kind == kindTitle || kind == kindSignature) {
				if kind == kindTitle {
					left /= 2
				}
				l.Text, l.Width = strings.Repeat(" ", left)+l.Text, l.Width+left
			}
			lines = append(lines, docLine{l.Text, l.Width, kind, block})
		}
		block++
		if block%1024 == 0 && ctx.Err() != nil {
			err = ctx.Err()
		}
	}
	blank := func() {
		if n := len(lines); n > 0 && lines[n-1].kind != kindBlank {
			lines = append(lines, docLine{kind: kindBlank, block: block})
		}
	}
	if rep.Title != "" {
		add(rep.Title, kindTitle, 0)
		blank()
	}
	for _, p := range rep.Preamble {
		add(p, kindText, 4)
	}
	for _, s := range secs {
		kind := kindHeading3
		switch s.Level {
		case 1:
			kind = kindHeading1
			blank()
		case 2:
			kind = kindHeading2
			blank()
		}
		starts = append(starts, len(lines))
		add(s.Heading(), kind, 0)
		for _, p := range s.Paras {
			add(p, kindText, 4)
		}
	}
	if len(rep.Signature) > 0 {
		blank()
		for _, l := range rep.Signature {
			add(l, kindSignature, 0)
		}
	}
	return lines, starts, err
}
