package ui

import (
	"strings"
	"unicode/utf8"

	"baogao/ui/text"
)

// frame draws a pane of w×h cells: a border with the title set into its top
// edge around content, whose lines must already be exactly w-2 cells wide
// (missing lines are drawn blank). It returns exactly h lines of exactly w
// cells, whatever the size, so the layout never has to re-measure.
func (st *styles) frame(m *text.Measure, content []string, w, h int, title string, focused bool) []string {
	return st.frameFooter(m, content, w, h, title, "", focused)
}

// frameFooter is frame with a note set into the bottom edge as the title
// is into the top (cut to fit, dropped when there is no room).
func (st *styles) frameFooter(m *text.Measure, content []string, w, h int, title, footer string, focused bool) []string {
	if h <= 0 {
		return nil
	}
	out := make([]string, 0, h)
	if w < 2 {
		for range h {
			out = append(out, strings.Repeat(" ", max(w, 0)))
		}
		return out
	}
	border, vbar, titleStyle := st.Border, st.vbar, st.Title
	if focused {
		border, vbar, titleStyle = st.BorderFocused, st.vbarFocused, st.TitleFocused
	}
	g := st.glyphs
	inner := w - 2

	// Top edge: ╭─ title ───╮, the title cut to fit.
	top := border.Render(g.topLeft)
	used := 0
	if title != "" && inner >= 4 {
		t := " " + m.Truncate(title, inner-3, "…") + " "
		top += border.Render(g.horizontal) + titleStyle.Render(t)
		used = 1 + m.String(t)
	}
	top += border.Render(hline(m, g.horizontal, inner-used)) + border.Render(g.topRight)
	out = append(out, top)

	blank := strings.Repeat(" ", inner)
	for i := 0; i < h-2; i++ {
		line := blank
		if i < len(content) {
			line = content[i]
		}
		out = append(out, vbar+line+vbar)
	}
	if h >= 2 {
		bottom := border.Render(g.bottomLeft + hline(m, g.horizontal, inner) + g.bottomRight)
		if footer != "" && inner >= 8 {
			t := " " + m.Truncate(footer, inner-3, "…") + " "
			tw := m.String(t)
			bottom = border.Render(g.bottomLeft+g.horizontal) + titleStyle.Render(t) +
				border.Render(hline(m, g.horizontal, inner-1-tw)+g.bottomRight)
		}
		out = append(out, bottom)
	}
	return out
}

// hline repeats glyph to fill exactly w cells, padding with a space if the
// glyph is two cells and w is odd.
func hline(m *text.Measure, glyph string, w int) string {
	gw := max(m.String(glyph), 1)
	return text.Pad(strings.Repeat(glyph, w/gw), w/gw*gw, w)
}

// skipCells drops the first k cells of a styled line, keeping every escape
// sequence so the styles in force at the cut still apply. A wide character
// cut in half becomes a space. It is how an overlay is laid over the left
// part of a pane.
func skipCells(m *text.Measure, s string, k int) string {
	var b strings.Builder
	skipped := 0
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			j := escapeEnd(s, i)
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if skipped >= k {
			b.WriteString(s[i:])
			return b.String()
		}
		skipped += m.Rune(r)
		if skipped > k {
			b.WriteString(strings.Repeat(" ", skipped-k))
		}
		i += n
	}
	return b.String()
}

// escapeEnd returns the index just past the escape sequence starting at
// s[i]: a CSI (ESC [ … final byte), an OSC (ESC ] … BEL or ESC \), or a
// two-byte escape.
func escapeEnd(s string, i int) int {
	if i+1 >= len(s) {
		return len(s)
	}
	switch s[i+1] {
	case '[':
		for j := i + 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
	case ']':
		for j := i + 2; j < len(s); j++ {
			if s[j] == 0x07 {
				return j + 1
			}
			if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
				return j + 2
			}
		}
	default:
		return i + 2
	}
	return len(s)
}
