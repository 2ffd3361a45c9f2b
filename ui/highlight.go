package ui

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
//
// Hits come in document order, so the walk only goes forward: placing
// every hit costs one pass over the lines up to the last hit plus the
// hits, however many hits share a paragraph (a one-line file of a repeated
// word has millions in one). Placing runs in the search's command, on a
// snapshot of the wrapped lines (read_search.go), never in Update; a frame
// looks up only the lines in view.

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"

	"baogao/model"
	"baogao/model/search"
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
	on     bool // a search is applied, even one without hits
	hits   []search.Hit
	total  int // hits in the report: more than len(hits) when only the first are shown
	marks  []mark
	first  []int32 // first wrapped line of each hit; -1 when it is not shown
	sel    int
	layout int // the reader's wrapping the marks are for
}

// wrapped is the part of a reader that placing hits reads: one report
// wrapped at one width. The reader makes new slices when it wraps again,
// so a command can keep reading a snapshot while the user resizes.
type wrapped struct {
	rep    *model.Report
	lines  []docLine
	starts []int                  // first line of each outline section
	secIdx map[*model.Section]int // index of each section in the outline
	layout int                    // which wrapping of the reader this is
}

// snapshot is the reader's current wrapping, for placing hits on it.
func (r *reader) snapshot() wrapped {
	return wrapped{rep: r.rep, lines: r.lines, starts: r.starts, secIdx: r.secIdx, layout: r.layout}
}

// placed is a search of the open report placed on a wrapping: what the
// reader shows once the search's command answers.
type placed struct {
	hits   []search.Hit
	total  int
	marks  []mark
	first  []int32
	layout int // the wrapping the marks are for
}

// setPlaced shows a search whose hits are placed; sel is the current hit
// (-1 for none). It costs nothing that grows with the hits.
func (r *reader) setPlaced(p placed, sel int) {
	r.search = matches{on: true, hits: p.hits, total: p.total, marks: p.marks, first: p.first, sel: -1, layout: p.layout}
	if p.layout != r.layout {
		r.unplace()
	}
	if sel >= 0 && sel < len(p.hits) {
		r.search.sel = sel
	}
}

// unplace drops the marks, which are for another wrapping, keeping the
// hits until they are placed again.
func (r *reader) unplace() {
	s := &r.search
	s.marks = nil
	s.first = make([]int32, len(s.hits))
	for i := range s.first {
		s.first[i] = -1
	}
}

// ClearMatches removes the search from the reader.
func (r *reader) ClearMatches() { r.search = matches{} }

// Searching reports whether a search is applied to the reader.
func (r *reader) Searching() bool { return r.search.on }

// MatchCount is the current hit (0-based, -1 for none), the number of
// hits shown, and the number in the report.
func (r *reader) MatchCount() (sel, shown, total int) {
	return r.search.sel, len(r.search.hits), max(r.search.total, len(r.search.hits))
}

// Hits are the hits shown in the reader.
func (r *reader) Hits() []search.Hit { return r.search.hits }

// placeHits places hits (in document order) on the wrapping w. It stops
// with ctx's error when ctx is cancelled.
func placeHits(ctx context.Context, w wrapped, hits []search.Hit) (marks []mark, first []int32, err error) {
	var steps int
	return place(ctx, w, hits, &steps)
}

// place is placeHits, counting in *steps the lines it looks at, for the
// test that this is linear.
func place(ctx context.Context, w wrapped, hits []search.Hit, steps *int) (marks []mark, first []int32, err error) {
	first = make([]int32, len(hits))
	for i := range first {
		first[i] = -1
	}
	if len(hits) == 0 || len(w.lines) == 0 {
		return nil, first, nil
	}
	var (
		cur   = -1 // block being walked
		walk  blockWalk
		ri, b int // a rune index in the block's text and its byte offset
	)
	for h, hit := range hits {
		if h%4096 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		blk := w.blockOf(hit)
		if blk < 0 {
			continue
		}
		if blk != cur || hit.ParaStart < ri {
			// A new block (or, which search never gives, a hit before
			// the last one in its block).
			*steps += walk.steps
			cur = blk
			walk = w.walkBlock(blk, hit.Text())
			ri, b = 0, 0
		}
		var b0, b1 int
		ri, b, b0 = runeToByte(walk.src, ri, b, hit.ParaStart)
		ri, b, b1 = runeToByte(walk.src, ri, b, hit.ParaEnd)
		for _, sp := range walk.covering(b0, b1) {
			*steps++
			lo, hi := max(b0, sp.src0), min(b1, sp.src1)
			if lo >= hi {
				continue
			}
			if first[h] < 0 {
				first[h] = int32(sp.line)
			}
			marks = append(marks, mark{int32(sp.line), int32(sp.text + lo - sp.src0), int32(sp.text + hi - sp.src0), int32(h)})
		}
	}
	*steps += walk.steps
	return marks, first, nil
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

// blockWalk reads the wrapped lines of one block as the hits in it need
// them, forward only. A line's text is a pad (indent or centring) and then
// the next piece of src after any spaces the wrapper dropped at the break;
// when a line does not match (it cannot happen unless the wrapper
// changes), the rest of the block gets no marks rather than wrong ones.
type blockWalk struct {
	lines []docLine
	blk   int
	src   string     // the block's text
	next  int        // the next line to read
	pos   int        // the byte of src after the lines read
	done  bool       // no more lines of the block
	spans []lineSpan // lines read that a later hit may still cover
	steps int        // lines read, for the test
}

func (w wrapped) walkBlock(blk int, src string) blockWalk {
	i := sort.Search(len(w.lines), func(i int) bool { return int(w.lines[i].block) >= blk })
	return blockWalk{lines: w.lines, blk: blk, src: src, next: i}
}

// covering returns the lines of the block that may hold bytes [b0, b1)
// (the caller cuts the hit to each): every line that ends after b0 and
// starts before b1, and maybe one more. Lines that end before b0 are
// dropped, for the hits come with b0 not decreasing.
func (w *blockWalk) covering(b0, b1 int) []lineSpan {
	k := 0
	for k < len(w.spans) && w.spans[k].src1 <= b0 {
		k++
	}
	w.spans = w.spans[k:]
	for !w.done && (len(w.spans) == 0 || w.spans[len(w.spans)-1].src1 < b1) {
		w.read()
		if n := len(w.spans); n > 0 && w.spans[n-1].src1 <= b0 {
			w.spans = w.spans[:n-1] // between the last hit and this one
		}
	}
	return w.spans
}

// read reads the block's next line.
func (w *blockWalk) read() {
	for w.next < len(w.lines) && int(w.lines[w.next].block) == w.blk {
		w.steps++
		i, l := w.next, w.lines[w.next]
		w.next++
		if l.kind == kindBlank {
			continue
		}
		content := strings.TrimLeft(l.text, " \u3000")
		skip := strings.TrimLeft(w.src[w.pos:], " \u3000")
		if !strings.HasPrefix(skip, content) {
			break
		}
		w.pos = len(w.src) - len(skip)
		w.spans = append(w.spans, lineSpan{i, w.pos, w.pos + len(content), len(l.text) - len(content)})
		w.pos += len(content)
		return
	}
	w.done = true
}

// blockOf is the block (paragraph, heading or title of the wrapped
// document) that hit is in, or -1. Blocks are numbered in the order
// rewrap adds them: the title, the preamble, then each section's heading
// and paragraphs.
func (w wrapped) blockOf(hit search.Hit) int {
	if hit.Section == nil {
		title := 0
		if w.rep.Title != "" {
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
	i, ok := w.secIdx[hit.Section]
	if !ok || i >= len(w.starts) || w.starts[i] >= len(w.lines) {
		return -1
	}
	return int(w.lines[w.starts[i]].block) + 1 + hit.Para
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
// around, and scrolls it into view. From a current hit on screen, or not
// yet placed on the lines (they are being wrapped, or the hits placed
// again), it moves one; otherwise it starts from the view: n takes the
// first hit from the top line down, N the last one above the bottom line.
func (r *reader) StepMatch(d int) {
	s := &r.search
	n := len(s.hits)
	if n == 0 {
		return
	}
	if s.sel >= 0 && s.sel < n && (s.first[s.sel] < 0 || r.inView(s.sel)) {
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

// sectionCounts lists the hits of each section of the outline secs (a
// section's own heading and paragraphs, not its children's) from a
// search's counts per section.
func sectionCounts(secs []*model.Section, per map[*model.Section]int) []int {
	counts := make([]int, len(secs))
	for i, s := range secs {
		counts[i] = per[s]
	}
	return counts
}

// Layout numbers the reader's current wrapping: hits are placed on one.
func (r *reader) Layout() int { return r.layout }

// Unplaced reports whether the hits shown were placed on another wrapping
// than the current one, and must be placed again.
func (r *reader) Unplaced() bool { return r.search.on && r.search.layout != r.layout }

// Sections are the open report's sections in document order, the outline.
func (r *reader) Sections() []*model.Section { return r.secs }

// TotalMatches is the number of hits in the report, shown or not.
func (r *reader) TotalMatches() int { return r.search.total }

// SelectedMatch is the current hit, or -1.
func (r *reader) SelectedMatch() int { return r.search.sel }
