// Search matches in the reader: where each hit falls in the wrapped lines,
// how a line with matches is drawn, and n/N.
//
// Hits come from model search as rune offsets in the original paragraph (or
// heading, or title). The reader wraps each of those texts into lines that
// are exact substrings of it, with only the spaces at a break dropped and
// an indent or centring added in front. So a hit is mapped by walking its
// paragraph's lines: each line's content is found at the running position
// in the source, and the hit's byte range is cut into one piece per line it
// covers. A match across a line break becomes two marks, one on each line,
// and since a mark is a byte range of the very string on screen, the
// highlight cannot drift from the text whatever the characters' widths.
// Mapping costs one pass over the paragraphs that have hits, once per
// search and per width; a frame looks up only the lines in view.
package ui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"baogao/model"
)

// mark is the part of one hit on one wrapped line: bytes [b0, b1) of the
// line's text.
type mark struct {
	line, b0, b1, hit int32
}

// matches is the reader's search state: the hits in the open report, their
// marks for the current width (sorted by line), each hit's first line, and
// the current hit (-1 for none).
type matches struct {
	on    bool // a search is applied, even one without hits
	hits  []model.Hit
	marks []mark
	first []int32 // first wrapped line of each hit; -1 when it is not shown
	sel   int
	secs  map[*model.Section]int // index of each section in the outline
}

// SetMatches shows hits (the results of a search in the open report, in
// document order) with no current hit.
func (r *reader) SetMatches(hits []model.Hit) {
	r.search = matches{on: true, hits: hits, sel: -1, secs: make(map[*model.Section]int, len(r.secs))}
	for i, s := range r.secs {
		r.search.secs[s] = i
	}
	r.mapMatches()
}

// ClearMatches removes the search from the reader.
func (r *reader) ClearMatches() { r.search = matches{} }

// Searching reports whether a search is applied to the reader.
func (r *reader) Searching() bool { return r.search.on }

// MatchCount is the current hit (0-based, -1 for none) and the number of
// hits.
func (r *reader) MatchCount() (sel, total int) { return r.search.sel, len(r.search.hits) }

// Hits are the hits shown in the reader.
func (r *reader) Hits() []model.Hit { return r.search.hits }

// mapMatches places every hit on the wrapped lines of the current width.
func (r *reader) mapMatches() {
	s := &r.search
	s.marks = s.marks[:0]
	s.first = s.first[:0]
	for range s.hits {
		s.first = append(s.first, -1)
	}
	if len(s.hits) == 0 || len(r.lines) == 0 {
		return
	}
	var (
		cur   = -1       // block whose lines are in spans
		spans []lineSpan // that block's lines
		src   string     // that block's text
		ri, b int        // a rune index in src and its byte offset
	)
	for h, hit := range s.hits {
		blk := r.blockOf(hit)
		if blk < 0 {
			continue
		}
		if blk != cur {
			cur, src = blk, hit.Text()
			spans = r.blockLines(blk, src, spans[:0])
			ri, b = 0, 0
		}
		var b0, b1 int
		ri, b, b0 = runeToByte(src, ri, b, hit.ParaStart)
		ri, b, b1 = runeToByte(src, ri, b, hit.ParaEnd)
		for _, sp := range spans {
			lo, hi := max(b0, sp.src0), min(b1, sp.src1)
			if lo >= hi {
				continue
			}
			if s.first[h] < 0 {
				s.first[h] = int32(sp.line)
			}
			s.marks = append(s.marks, mark{int32(sp.line), int32(sp.text + lo - sp.src0), int32(sp.text + hi - sp.src0), int32(h)})
		}
	}
}

// runeToByte returns the byte offset of rune index want in s, continuing
// from a known rune index ri at byte b when want is not before it. It also
// returns the position reached, to continue from.
func runeToByte(s string, ri, b, want int) (int, int, int) {
	if want < ri {
		ri, b = 0, 0
	}
	for ri < want && b < len(s) {
		_, n := utf8.DecodeRuneInString(s[b:])
		b += n
		ri++
	}
	return ri, b, b
}

// lineSpan says which bytes of a block's text a wrapped line shows: source
// bytes [src0, src1) are line.text[text:].
type lineSpan struct {
	line, src0, src1, text int
}

// blockLines lists the wrapped lines of block blk, whose text is src. A
// line's text is a pad (indent or centring) and then the next piece of src
// after any spaces the wrapper dropped at the break; when a line does not
// match (it cannot happen unless the wrapper changes), the rest of the
// block gets no marks rather than wrong ones.
func (r *reader) blockLines(blk int, src string, out []lineSpan) []lineSpan {
	i := sort.Search(len(r.lines), func(i int) bool { return int(r.lines[i].block) >= blk })
	pos := 0
	for ; i < len(r.lines) && int(r.lines[i].block) == blk; i++ {
		l := r.lines[i]
		if l.kind == kindBlank {
			continue
		}
		content := strings.TrimLeft(l.text, " \u3000")
		skip := strings.TrimLeft(src[pos:], " \u3000")
		if !strings.HasPrefix(skip, content) {
			break
		}
		pos = len(src) - len(skip)
		out = append(out, lineSpan{i, pos, pos + len(content), len(l.text) - len(content)})
		pos += len(content)
	}
	return out
}

// blockOf is the block (paragraph, heading or title of the wrapped
// document) that hit is in, or -1. Blocks are numbered in the order
// rewrap adds them: the title, the preamble, then each section's heading
// and paragraphs.
func (r *reader) blockOf(hit model.Hit) int {
	if hit.Section == nil {
		title := 0
		if r.rep.Title != "" {
			title = 1
		}
		if hit.Para < 0 {
			if title == 0 {
				return -1
			}
			return 0
		}
		return title + hit.Para
	}
	i, ok := r.search.secs[hit.Section]
	if !ok || i >= len(r.starts) || r.starts[i] >= len(r.lines) {
		return -1
	}
	return int(r.lines[r.starts[i]].block) + 1 + hit.Para
}

// marksOn returns the marks on wrapped line i.
func (r *reader) marksOn(i int) []mark {
	ms := r.search.marks
	lo := sort.Search(len(ms), func(k int) bool { return int(ms[k].line) >= i })
	hi := lo
	for hi < len(ms) && int(ms[hi].line) == i {
		hi++
	}
	return ms[lo:hi]
}

// markLine styles line l with its marks: the line's own style around them,
// the match style on them (the current match stands out).
func (r *reader) markLine(st *styles, l docLine, ms []mark) string {
	base, styled := st.lineStyle(l.kind)
	var b strings.Builder
	at := 0
	put := func(s string, style lipgloss.Style, ok bool) {
		if s == "" {
			return
		}
		if ok {
			s = style.Render(s)
		}
		b.WriteString(s)
	}
	for _, m := range ms {
		b0, b1 := clamp(int(m.b0), at, len(l.text)), clamp(int(m.b1), at, len(l.text))
		put(l.text[at:b0], base, styled)
		style := st.Match
		if int(m.hit) == r.search.sel {
			style = st.MatchCurrent
		}
		put(l.text[b0:b1], style, true)
		at = b1
	}
	put(l.text[at:], base, styled)
	return b.String()
}

// lineStyle is the style of a kind of line, and whether it has one.
func (st *styles) lineStyle(k lineKind) (lipgloss.Style, bool) {
	switch k {
	case kindTitle:
		return st.DocTitle, true
	case kindHeading1:
		return st.Heading[0], true
	case kindHeading2:
		return st.Heading[1], true
	case kindHeading3:
		return st.Heading[2], true
	}
	return lipgloss.Style{}, false
}

// StepMatch makes the next (d > 0) or previous hit current, wrapping
// around, and scrolls it into view. From a current hit on screen it moves
// one; otherwise it starts from the view: n takes the first hit from the
// top line down, N the last one above the bottom line.
func (r *reader) StepMatch(d int) {
	s := &r.search
	n := len(s.hits)
	if n == 0 {
		return
	}
	if s.sel >= 0 && s.sel < n && r.inView(s.sel) {
		r.SelectMatch(((s.sel+d)%n + n) % n)
		return
	}
	if d > 0 {
		i := sort.Search(n, func(i int) bool { return int(s.first[i]) >= r.off })
		r.SelectMatch(i % n)
		return
	}
	i := sort.Search(n, func(i int) bool { return int(s.first[i]) >= r.off+r.height }) - 1
	r.SelectMatch((i + n) % n)
}

// FirstMatch makes the first hit at or below the top line current (the
// first in the report when none is) and scrolls it into view.
func (r *reader) FirstMatch() {
	r.search.sel = -1
	r.StepMatch(1)
}

// inView reports whether hit h's first line is on screen.
func (r *reader) inView(h int) bool {
	l := int(r.search.first[h])
	return l >= r.off && l < r.off+r.height
}

// SelectMatch makes hit h current and scrolls it into view: when it is
// off screen it lands a third of the way down. The section being read
// becomes the hit's.
func (r *reader) SelectMatch(h int) {
	s := &r.search
	if h < 0 || h >= len(s.hits) {
		return
	}
	s.sel = h
	l := int(s.first[h])
	if l < 0 {
		return
	}
	if !r.inView(h) {
		r.scrollTo(l - r.height/3)
	}
	r.cur = r.sectionAt(l)
}

// countBySection counts the hits in each section of the outline secs (a
// section's own heading and paragraphs, not its children's).
func countBySection(secs []*model.Section, hits []model.Hit) []int {
	idx := make(map[*model.Section]int, len(secs))
	for i, s := range secs {
		idx[s] = i
	}
	counts := make([]int, len(secs))
	for _, h := range hits {
		if i, ok := idx[h.Section]; ok {
			counts[i]++
		}
	}
	return counts
}
