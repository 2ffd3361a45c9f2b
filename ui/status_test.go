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
		if got := a.m.String(line); got != w {
			t.Errorf("width %d: help line is %d cells", w, got)
		}
		for _, want := range []string{"? 帮助", "q 退出"} {
			if !strings.Contains(line, want) {
				t.Errorf("width %d: help line %q lacks %q", w, line, want)
			}
		}
		a.focus = focusOutline
		if line := ansi.Strip(a.helpLine()); !strings.Contains(line, "esc 返回") {
			t.Errorf("width %d, outline focused: help line %q lacks esc", w, line)
		}
	}
}
