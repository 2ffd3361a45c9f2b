package ui

import (
	"context"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui/text"
)

// lineKind says how a wrapped line of the document is styled.
type lineKind uint8

const (
	kindText      lineKind = iota // paragraph text
	kindBlank                     // spacing before a heading
	kindTitle                     // the report's title, centred
	kindHeading1                  // 一、 parts
	kindHeading2                  // （一） sections
	kindHeading3                  // 1. and deeper
	kindSignature                 // the issuer and date that close a report, right-aligned
)

// docLine is one wrapped line of the document. block numbers the paragraph
// or heading it came from, so a resize can keep the same paragraph on top.
type docLine struct {
	text  string
	width int
	kind  lineKind
	block int32
}

// reader is the reading pane. The report is wrapped once per width into
// docLines; a frame styles only the lines in view, so its cost does not
// grow with the report.
type reader struct {
	m      *text.Measure
	rep    *model.Report
	secs   []*model.Section       // the outline, in document order
	secIdx map[*model.Section]int // index of each section in secs

	width, height int // text area in cells, inside the padding
	pad           int // blank cells left and right of the text

	lines  []docLine
	starts []int // first line of each section in secs
	layout int   // counts the wrappings: search marks are for one of them
	off    int   // first line in view
	cur    int   // index in secs of the section being read; -1 before the first

	search matches // search hits placed on the lines (highlight.go)

	size       int  // bytes of the report's text: a long one is wrapped in a command
	wrapQueued bool // WrapCmd has a wrapping to start
	wrap       job  // the wrapping running
}

func newReader(m *text.Measure) reader { return reader{m: m, cur: -1} }

// SetReport shows rep from its beginning.
func (r *reader) SetReport(rep *model.Report) {
	r.rep, r.off, r.cur = rep, 0, -1
	r.secs, r.secIdx = nil, nil
	r.ClearMatches()
	if rep != nil {
		r.secs = rep.Outline()
		r.secIdx = make(map[*model.Section]int, len(r.secs))
		for i, s := range r.secs {
			r.secIdx[s] = i
		}
	}
	r.lines, r.starts, r.size = nil, nil, 0
	if rep != nil {
		r.size = reportBytes(rep)
	}
	r.rewrap()
}

// SetSize fits the pane's inner area of w×h cells, re-wrapping only when
// the width changed and keeping the paragraph that was on top in view.
func (r *reader) SetSize(w, h int) {
	pad := 0
	if w >= 12 {
		pad = 1
	}
	r.height = max(h, 0)
	if tw := max(w-2*pad, 0); tw != r.width || pad != r.pad {
		r.width, r.pad = tw, pad
		r.rewrap()
	}
	r.settle()
}

// settle keeps the view within the lines and the section being read in
// step with it.
func (r *reader) settle() {
	r.scrollTo(r.off)
	if top := r.sectionAt(r.off); r.cur < top || r.cur >= len(r.starts) || r.cur >= 0 && r.starts[r.cur] >= r.off+r.height {
		r.cur = r.reading() // keep a section chosen with GoTo only while its heading shows
	}
}

// rewrap builds the document's lines for the current width: at once for a
// report of up to asyncWrap bytes, else in a command (WrapCmd), the lines
// of the old width staying in view meanwhile.
func (r *reader) rewrap() {
	r.wrap.stop()
	r.wrapQueued = false
	if r.rep != nil && r.width > 0 && r.size > asyncWrap {
		r.wrapQueued = true
		return
	}
	lines, starts, _ := buildLines(context.Background(), r.m, r.rep, r.secs, r.width)
	r.setLines(lines, starts)
}

// setLines shows a wrapping of the report, in new slices (a search
// command may still be reading the old ones), with the paragraph that was
// on top still on top.
func (r *reader) setLines(lines []docLine, starts []int) {
	var block int32
	if r.off < len(r.lines) {
		block = r.lines[r.off].block
	}
	r.lines, r.starts = lines, starts
	r.layout++
	if r.search.on {
		r.unplace() // the reader mode places the hits again, in a command
	}
	r.off = sort.Search(len(r.lines), func(i int) bool { return r.lines[i].block >= block })
}

// wrappedMsg is a wrapping of a long report done in a command.
type wrappedMsg struct {
	gen    int
	lines  []docLine
	starts []int
	err    error
}

// WrapCmd is the command that wraps a long report for the current width,
// when rewrap queued one; it cancels the one running.
func (r *reader) WrapCmd() tea.Cmd {
	if !r.wrapQueued {
		return nil
	}
	r.wrapQueued = false
	ctx, gen := r.wrap.start()
	m, rep, secs, width := r.m, r.rep, r.secs, r.width
	return func() tea.Msg {
		lines, starts, err := buildLines(ctx, m, rep, secs, width)
		return wrappedMsg{gen, lines, starts, err}
	}
}

// SetWrapped shows the wrapping of the latest WrapCmd, and drops any
// other; it reports whether it was the latest.
func (r *reader) SetWrapped(msg wrappedMsg) bool {
	if msg.err != nil || !r.wrap.done(msg.gen) {
		return false
	}
	r.setLines(msg.lines, msg.starts)
	r.settle()
	return true
}

// Wrapping reports whether the lines for the current width are still
// being built.
func (r *reader) Wrapping() bool { return r.wrapQueued || r.wrap.running() }

// Update scrolls on the movement keys.
func (r reader) Update(msg tea.Msg, k keyMap) (reader, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(msg, k.Down):
			r.ScrollBy(1)
		case key.Matches(msg, k.Up):
			r.ScrollBy(-1)
		case key.Matches(msg, k.PageDown):
			r.ScrollBy(max(r.height-1, 1))
		case key.Matches(msg, k.PageUp):
			r.ScrollBy(-max(r.height-1, 1))
		case key.Matches(msg, k.Top):
			r.ScrollBy(-len(r.lines))
		case key.Matches(msg, k.Bottom):
			r.ScrollBy(len(r.lines))
		}
	}
	return r, nil
}

// ScrollBy moves the view by d lines; the section being read becomes the
// one at the top line, or at the end of the report the last one on screen.
func (r *reader) ScrollBy(d int) {
	r.scrollTo(r.off + d)
	r.cur = r.reading()
}

// reading is the section a reader of the lines in view is reading: the one
// at the top line, but once the end of the report is reached (the view can
// go no further) the last one, which is then on screen.
func (r *reader) reading() int {
	if last := len(r.lines) - r.height; last > 0 && r.off >= last {
		return r.sectionAt(len(r.lines) - 1)
	}
	return r.sectionAt(r.off)
}

func (r *reader) scrollTo(off int) {
	r.off = clamp(off, 0, len(r.lines)-r.height)
}

// GoTo shows section i (an index into the outline) from its heading. Near
// the end of a report the heading may not reach the top; the section still
// becomes the one being read, so the outline and [ ] agree with the user.
func (r *reader) GoTo(i int) {
	if i < 0 || i >= len(r.starts) {
		return
	}
	r.scrollTo(r.starts[i])
	r.cur = i
}

// Current is the index in the outline of the section being read, or -1
// before the first heading.
func (r *reader) Current() int { return r.cur }

// Section is the section being read, or nil before the first heading.
func (r *reader) Section() *model.Section {
	if r.cur < 0 || r.cur >= len(r.secs) {
		return nil
	}
	return r.secs[r.cur]
}

// sectionAt is the section whose text contains line i.
func (r *reader) sectionAt(i int) int {
	return sort.Search(len(r.starts), func(j int) bool { return r.starts[j] > i }) - 1
}

// Percent is how far through the report the view is, 0–100.
func (r *reader) Percent() int {
	last := len(r.lines) - r.height
	if last <= 0 {
		return 100
	}
	return r.off * 100 / last
}

// Scroll moves the view by d lines (the mouse wheel).
func (r *reader) Scroll(d int) { r.ScrollBy(d) }

// NextSection moves to the heading after the section being read.
func (r *reader) NextSection() { r.GoTo(r.cur + 1) }

// PrevSection moves to the heading of the section being read when it is
// above the view (as less and vim do), otherwise to the heading before.
func (r *reader) PrevSection() {
	switch {
	case r.cur >= 0 && r.off > r.starts[r.cur]:
		r.GoTo(r.cur)
	case r.cur > 0:
		r.GoTo(r.cur - 1)
	default:
		r.ScrollBy(-len(r.lines))
	}
}

// NextPart moves to the next top-level part.
func (r *reader) NextPart() {
	for i := r.cur + 1; i < len(r.secs); i++ {
		if r.secs[i].Parent == nil {
			r.GoTo(i)
			return
		}
	}
}

// PrevPart moves to the heading of the part being read when it is above
// the view or a sub-section of it is being read, otherwise to the part
// before, or to the title before the first.
func (r *reader) PrevPart() {
	part := r.cur
	for part > 0 && r.secs[part].Parent != nil {
		part--
	}
	if part >= 0 && (r.off > r.starts[part] || part != r.cur) {
		r.GoTo(part)
		return
	}
	for i := part - 1; i >= 0; i-- {
		if r.secs[i].Parent == nil {
			r.GoTo(i)
			return
		}
	}
	r.ScrollBy(-len(r.lines))
}
