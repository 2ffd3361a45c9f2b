package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestCommandGoTo: :2.3 and :二/三 go to the section, :50% halfway, each a
// jump Ctrl-O returns from; a bad command keeps the prompt with the reason.
func TestCommandGoTo(t *testing.T) {
	reports := seedReports(t)
	lixia := seedIndex(t, reports, "jinan-lixia-2024")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		base := sized(reports, Options{}, size[0], size[1])
		base.open(lixia)
		rep := reports[lixia]
		s23 := rep.FindPath("2.3")
		if s23 == nil {
			t.Fatal("the seed has no 2.3")
		}
		for _, typed := range []string{"2.3", s23.Parent.Label + "/" + s23.Label, s23.Parent.Label + "/（" + s23.Label + "）"} {
			a := keys(base, ":")
			a = send(a, tea.PasteMsg{Content: typed})
			if s := plain(a); !strings.Contains(s, ":"+typed) {
				t.Errorf("%v: the prompt does not show %q", size, typed)
			}
			a = keys(a, "enter")
			if got := a.rd().reader.Section(); got != s23 || a.typing() {
				t.Errorf("%v: :%s: at %v, typing %v; want 2.3", size, typed, got, a.typing())
			}
			if a.rd().outline.Selected() != a.rd().reader.Current() {
				t.Errorf("%v: :%s: the outline does not follow", size, typed)
			}
			if b := send(a, ctrl('o')); b.rd().reader.off != 0 {
				t.Errorf("%v: ctrl+o after :%s: at %d, want the top", size, typed, b.rd().reader.off)
			}
		}
		a := keys(base, ":", "5", "0", "%", "enter")
		r := a.rd().reader
		if want := (len(r.lines) - r.height) / 2; r.off != want {
			t.Errorf("%v: :50%%: at line %d, want %d", size, r.off, want)
		}
		for _, bad := range []string{"9.9", "120%", "frobnicate"} {
			b := keys(base, ":")
			b = send(b, tea.PasteMsg{Content: bad})
			b = keys(b, "enter")
			if !b.typing() || b.rd().cmd.input.err == "" || b.rd().reader.off != 0 {
				t.Errorf("%v: :%s: typing %v, err %q, at %d; want the prompt with a reason", size, bad, b.typing(), b.rd().cmd.input.err, b.rd().reader.off)
			}
			checkScreen(t, b, size[0], size[1])
			if c := keys(b, "esc"); c.typing() {
				t.Errorf("%v: esc does not close the command line", size)
			}
		}
	}
}

// TestCommandViews: :check, :figures and :diff open what their keys do;
// :diff takes a year of the same unit or words naming one report.
func TestCommandViews(t *testing.T) {
	reports := seedReports(t)
	lixia := seedIndex(t, reports, "jinan-lixia-2024")
	old := seedIndex(t, reports, "jinan-lixia-2020")
	zhoucun := seedIndex(t, reports, "zibo-zhoucun-2023")
	base := sized(reports, Options{}, 160, 48)
	base.open(lixia)
	run := func(line string) App {
		a := send(keys(base, ":"), tea.PasteMsg{Content: line})
		return keys(a, "enter")
	}
	if _, ok := find[*checkView](run("check")); !ok {
		t.Error(":check opens no check")
	}
	if _, ok := find[*figuresView](run("figures")); !ok {
		t.Error(":figures opens no figures")
	}
	if a := run("diff 2020"); !a.comparing() || a.cm().b != old {
		t.Errorf(":diff 2020: comparing %v", a.comparing())
	}
	if a := run("diff 周村"); !a.comparing() || a.cm().b != zhoucun {
		t.Errorf(":diff 周村: comparing %v", a.comparing())
	}
	if a := run("diff 2023"); a.comparing() || !a.typing() { // 2023 is another unit's: words match 2 reports
		t.Errorf(":diff 2023 for 历下区: comparing %v, want a reason", a.comparing())
	}
}

// TestCommandComplete: Tab completes a command's name when one name starts
// with what is typed, and is not a pane key in the prompt.
func TestCommandComplete(t *testing.T) {
	tests := []struct{ typed, want string }{
		{"d", "diff "}, {"ch", "check"}, {"fi", "figures"}, {"", ""}, {"x", "x"}, {"diff 20", "diff 20"},
	}
	a := sized(seedReports(t), Options{}, 80, 24)
	for _, tc := range tests {
		if got := completeCommand(tc.typed); got != tc.want {
			t.Errorf("complete %q = %q, want %q", tc.typed, got, tc.want)
		}
		b := send(keys(a, ":"), tea.PasteMsg{Content: tc.typed})
		b = keys(b, "tab")
		if b.rd().cmd.input.value != tc.want || b.focusNow() != focusReader || !b.typing() {
			t.Errorf("%q tab: %q, focus %d", tc.typed, b.rd().cmd.input.value, b.focusNow())
		}
	}
}
