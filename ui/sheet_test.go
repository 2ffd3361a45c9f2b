package ui

import (
	"strings"
	"testing"
)

// longProblem is a load error too long for any pane row.
const longProblem = "/tmp/trial/mine/binary.txt: not a text file (binary data: NUL bytes at offset 12) — 最后的说明 TAILEND"

// joined is the screen's text with spaces and border glyphs removed, so that
// a wrapped line reads as one.
func joined(a App) string {
	r := strings.NewReplacer(" ", "", "│", "", "|", "", "\n", "")
	return r.Replace(plain(a))
}

// TestProblemsReachable checks that with more reports than rows, the cursor
// reaches the problem rows in the report list, and that Enter on one (or !
// anywhere) shows every problem whole, wrapped by cells.
func TestProblemsReachable(t *testing.T) {
	probs := []string{"a.txt: not found", longProblem, "notes.pdf: skipped (not .txt or .md)"}
	for _, size := range [][2]int{{100, 20}, {80, 24}, {40, 12}} {
		w, h := size[0], size[1]
		a := sized(seedReports(t), Options{Problems: probs}, w, h)
		a = keys(a, "r", "G")
		if s := plain(a); !strings.Contains(s, "! notes.pdf") {
			t.Errorf("%dx%d: G in the report list does not reach the last problem:\n%s", w, h, s)
		}
		checkScreen(t, a, w, h)
		a = keys(a, "k", "enter")
		if s := joined(a); !strings.Contains(s, strings.ReplaceAll(longProblem, " ", "")) {
			t.Errorf("%dx%d: Enter on a problem does not show it whole:\n%s", w, h, plain(a))
		}
		checkScreen(t, a, w, h)
		a = keys(a, "esc")
		if s := plain(a); strings.Contains(s, "TAILEND") {
			t.Errorf("%dx%d: esc does not close the problems", w, h)
		}
		a = keys(a, "esc", "!", "G")
		if s := joined(a); !strings.Contains(s, "TAILEND") || !strings.Contains(s, "notes.pdf") {
			t.Errorf("%dx%d: ! G does not show the last problem:\n%s", w, h, plain(a))
		}
		checkScreen(t, a, w, h)
	}
}

// TestProblemsHint checks that the status line names the key that shows the
// problems.
func TestProblemsHint(t *testing.T) {
	a := sized(seedReports(t), Options{Problems: []string{"a.txt: not found"}}, 100, 30)
	if s := plain(a); !strings.Contains(s, "1 个文件未载入 (!)") {
		t.Errorf("status line lacks the ! hint:\n%s", s)
	}
	a = sized(seedReports(t), Options{Problems: []string{"a.txt: not found"}}, 40, 12)
	if s := statusOf(a); !strings.Contains(s, "1 未载入 (!)") {
		t.Errorf("40 columns: status line %q lacks the short ! hint", s)
	}
}

// TestHelpScrolls checks that the full help scrolls with j, space and G to
// its last rows, and says that there is more when it is cut.
func TestHelpScrolls(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 20}} {
		w, h := size[0], size[1]
		a := keys(sized(seedReports(t), Options{}, w, h), "?")
		top := paneText(a)
		if strings.Contains(top, "q/ctrl+c") {
			t.Fatalf("%dx%d: the whole help fits; the test cannot tell scrolling", w, h)
		}
		if !strings.Contains(top, "↓") {
			t.Errorf("%dx%d: a cut help does not say there is more:\n%s", w, h, top)
		}
		if a2 := keys(a, "j"); paneText(a2) == top {
			t.Errorf("%dx%d: j does not scroll the help", w, h)
		}
		if a2 := keys(a, "space"); paneText(a2) == top {
			t.Errorf("%dx%d: space does not scroll the help", w, h)
		}
		a = keys(a, "G")
		end := paneText(a)
		for _, want := range []string{"q/ctrl+c", "帮助"} {
			if !strings.Contains(end, want) {
				t.Errorf("%dx%d: G does not reach %q:\n%s", w, h, want, end)
			}
		}
		if strings.Contains(end, "↓") {
			t.Errorf("%dx%d: at the end the help still says there is more below", w, h)
		}
		checkScreen(t, a, w, h)
		if a = keys(a, "g"); paneText(a) != top {
			t.Errorf("%dx%d: g does not go back to the top", w, h)
		}
		if a = keys(a, "esc"); a.sheetNow() != sheetNone {
			t.Errorf("%dx%d: esc does not close the help", w, h)
		}
	}
}

// paneText is the screen above the status and help lines.
func paneText(a App) string {
	lines := strings.Split(plain(a), "\n")
	return strings.Join(lines[:max(len(lines)-2, 0)], "\n")
}
