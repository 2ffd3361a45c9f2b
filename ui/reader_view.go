package ui

import (
	"strings"

	"baogao/ui/text"
)

// View renders the lines in view, each exactly the pane's inner width
// (text width plus padding), and blank lines below the end of the report.
// The heading of the section being read is marked with ">" in the left
// padding, so that [ ] { } show where they went even when the text cannot
// move (at the end of the report).
func (r *reader) View(st *styles) []string {
	mark := -1
	if r.cur >= 0 && r.cur < len(r.starts) && r.pad > 0 {
		mark = r.starts[r.cur]
	}
	out := make([]string, 0, r.height)
	pad := strings.Repeat(" ", r.pad)
	blank := strings.Repeat(" ", r.width+2*r.pad)
	for i := r.off; i < r.off+r.height; i++ {
		if i == 0 && len(r.lines) == 0 && r.Wrapping() {
			out = append(out, r.m.Fit(pad+"排版中…", r.width+2*r.pad))
			continue
		}
		if i >= len(r.lines) {
			out = append(out, blank)
			continue
		}
		l := r.lines[i]
		s, w := l.text, l.width
		if w > r.width { // only a character wider than a tiny pane
			s, w = r.m.Fit(s, r.width), r.width
		}
		if ms := r.marksOn(i); len(ms) > 0 && w == l.width {
			s = r.markLine(st, l, ms)
		} else if style, ok := st.lineStyle(l.kind); ok {
			s = style.Render(s)
		}
		left := pad
		if i == mark {
			left = st.HelpKey.Render(">")
		}
		out = append(out, left+text.Pad(s, w, r.width)+pad)
	}
	return out
}

// Lines is the number of wrapped lines in the document.
func (r *reader) Lines() int { return len(r.lines) }
