package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestHelpLineKeepsWayOut checks that however narrow the terminal, the help
// line keeps ? and q (and Esc where it is offered) and drops other keys
// first.
func TestHelpLineKeepsWayOut(t *testing.T) {
	for _, w := range []int{30, 40, 60, 80, 100} {
		a := sized(seedReports(t)[:1], Options{}, w, 24)
		line := ansi.Strip(a.helpLine())
		if got := a.e.m.String(line); got != w {
			t.Errorf("width %d: help line is %d cells", w, got)
		}
		for _, want := range []string{"? 帮助", "q 退出"} {
			if !strings.Contains(line, want) {
				t.Errorf("width %d: help line %q lacks %q", w, line, want)
			}
		}
		a.rd().focus = focusOutline
		if line := ansi.Strip(a.helpLine()); !strings.Contains(line, "esc 返回") {
			t.Errorf("width %d, outline focused: help line %q lacks esc", w, line)
		}
	}
}

// TestReaderHelpLineDiscovery checks that at 80 columns the reader's help
// line offers the keys a new user cannot guess: the overlays, search,
// search everything and compare.
func TestReaderHelpLineDiscovery(t *testing.T) {
	a := sized(seedReports(t), Options{}, 80, 24)
	line := ansi.Strip(a.helpLine())
	for _, want := range []string{"o 目录", "r 报告", "/ 搜索", "F 全部", "d 对比", "? 帮助", "q 退出"} {
		if !strings.Contains(line, want) {
			t.Errorf("80 columns: reader help line %q lacks %q", line, want)
		}
	}
	a = sized(seedReports(t), Options{}, 100, 30)
	line = ansi.Strip(a.helpLine())
	for _, want := range []string{"tab 窗格", "/ 搜索", "F 全部", "d 对比", "? 帮助", "q 退出"} {
		if !strings.Contains(line, want) {
			t.Errorf("100 columns: reader help line %q lacks %q", line, want)
		}
	}
}

// TestStatusLineKeepsSpaceBeforeCounter checks that a section path cut to
// fit does not run into the position on its right.
func TestStatusLineKeepsSpaceBeforeCounter(t *testing.T) {
	a := sized(seedReports(t)[:1], Options{}, 50, 24)
	for range 6 {
		m, _ := a.Update(press("]"))
		a = m.(App)
	}
	line := ansi.Strip(a.statusLine())
	if !strings.Contains(line, "…") {
		t.Fatalf("status line %q is not cut; the test needs a longer path", line)
	}
	if !strings.Contains(line, "… ") {
		t.Errorf("status line %q runs the cut path into the counter", line)
	}
}
