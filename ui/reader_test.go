package ui

import (
	"strings"
	"testing"
)

// short is the first runes of a heading, as a status line cut to 80
// columns still shows them.
func short(s string) string { return string([]rune(s)[:8]) }

// statusOf is the screen's status line, trimmed.
func statusOf(a App) string {
	lines := strings.Split(plain(a), "\n")
	return strings.TrimSpace(lines[len(lines)-2])
}

// markedHeading is the text of the reader line marked as the current
// section's heading ("│>" at the pane's left edge in the narrow layout),
// or "" when none is marked.
func markedHeading(a App) string {
	for _, l := range strings.Split(paneText(a), "\n") {
		if rest, ok := strings.CutPrefix(l, "│>"); ok {
			return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "│"))
		}
	}
	return ""
}

// TestCurrentSectionAtTheEnd checks that after G the section being read is
// the last one on screen, that its heading is marked, and that ] and [ at
// the end, where the text cannot move, move the mark with the status.
func TestCurrentSectionAtTheEnd(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 80, 24)
	a.open(seedIndex(t, reports, "jinan-lixia-2024"))
	a = keys(a, "G")
	last := "（三）在全面提升法治为民办实事成效上聚力见效"
	if s := statusOf(a); !strings.Contains(s, short(last)) {
		t.Errorf("after G the status names %q, want %q", s, last)
	}
	if h := markedHeading(a); h != last {
		t.Errorf("after G the marked heading is %q, want %q", h, last)
	}
	if sel := a.rd().outline.Selected(); sel != a.rd().reader.Current() {
		t.Errorf("outline on %d, reader on %d", sel, a.rd().reader.Current())
	}
	a = keys(a, "[")
	prev := "（二）在压紧压实法治建设工作责任上聚力见效"
	if s, h := statusOf(a), markedHeading(a); !strings.Contains(s, short(prev)) || h != prev {
		t.Errorf("[ at the end: status %q, marked %q, want %q", s, h, prev)
	}
	a = keys(a, "{")
	part := "四、2025年工作打算"
	if s, h := statusOf(a), markedHeading(a); !strings.Contains(s, part) || !strings.HasPrefix(h, part) {
		t.Errorf("{ at the end: status %q, marked %q, want %q", s, h, part)
	}
	a = keys(a, "]")
	first := "（一）在纵深推进法治领域改革上聚力见效"
	if s, h := statusOf(a), markedHeading(a); !strings.Contains(s, short(first)) || h != first {
		t.Errorf("] at the end: status %q, marked %q, want %q", s, h, first)
	}
	checkScreen(t, a, 80, 24)
}
