package ui

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

func TestFocusKeys(t *testing.T) {
	reports := seedReports(t)
	tests := []struct {
		keys []string
		want focus
	}{
		{nil, focusReader},
		{[]string{"tab"}, focusReports},
		{[]string{"tab", "tab"}, focusOutline},
		{[]string{"tab", "tab", "tab"}, focusReader},
		{[]string{"shift+tab"}, focusOutline},
		{[]string{"1"}, focusReports},
		{[]string{"2"}, focusOutline},
		{[]string{"2", "3"}, focusReader},
		{[]string{"o"}, focusOutline},
		{[]string{"o", "o"}, focusReader},
		{[]string{"r"}, focusReports},
		{[]string{"r", "esc"}, focusReader},
		{[]string{"2", "esc"}, focusReader},
		{[]string{"?", "1"}, focusReader}, // help swallows keys
		{[]string{"?", "esc", "1"}, focusReports},
	}
	for _, size := range [][2]int{{160, 48}, {80, 24}} {
		for _, tt := range tests {
			a := keys(sized(reports, Options{}, size[0], size[1]), tt.keys...)
			if a.focusNow() != tt.want {
				t.Errorf("%dx%d %v: focus %d, want %d", size[0], size[1], tt.keys, a.focusNow(), tt.want)
			}
		}
	}
}

// TestOutlineAndReaderFollow checks both directions: moving in the outline
// moves the reader to that section, and moving the reader moves the
// outline's entry to the section being read.
func TestOutlineAndReaderFollow(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 160, 48)
	if a.rd().reader.Current() != -1 {
		t.Fatalf("a fresh report starts before its first section, got %d", a.rd().reader.Current())
	}
	a = keys(a, "2", "j", "j")
	if a.rd().outline.Selected() != 2 || a.rd().reader.Current() != 2 {
		t.Fatalf("outline j j: outline %d, reader %d, want 2, 2", a.rd().outline.Selected(), a.rd().reader.Current())
	}
	heading := a.rd().reader.secs[2].Heading()
	if top := strings.Split(plain(a), "\n")[1]; !strings.Contains(top, heading) {
		t.Errorf("reader's top line %q does not show %q", top, heading)
	}
	a = keys(a, "enter")
	if a.focusNow() != focusReader {
		t.Errorf("enter in the outline: focus %d, want the reader", a.focusNow())
	}
	secs := a.rd().reader.secs
	steps := []struct {
		key  string
		want func(i int) bool
	}{
		{"]", func(i int) bool { return i == 3 }},
		{"[", func(i int) bool { return i == 2 }},
		{"}", func(i int) bool { return i > 2 && secs[i].Parent == nil }},
		{"{", func(i int) bool { return secs[i].Parent == nil }},
		{"G", func(i int) bool { return i >= 0 }},
		{"g", func(i int) bool { return i == -1 }},
		{"space", func(i int) bool { return i >= -1 }},
	}
	for _, s := range steps {
		before := a.rd().reader.Current()
		a = keys(a, s.key)
		cur := a.rd().reader.Current()
		if !s.want(cur) {
			t.Errorf("%s from section %d: now %d", s.key, before, cur)
		}
		if want := max(cur, 0); a.rd().outline.Selected() != want {
			t.Errorf("%s: outline on %d, reader reads %d", s.key, a.rd().outline.Selected(), cur)
		}
	}
}

func TestScrollKeys(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 80, 24)
	page := a.rd().reader.height - 1
	tests := []struct {
		key  string
		want int
	}{
		{"j", 1}, {"down", 2}, {"k", 1}, {"up", 0}, {"up", 0},
		{"space", page}, {"pgdown", 2 * page}, {"f", 3 * page}, {"b", 2 * page}, {"pgup", page},
		{"g", 0}, {"G", a.rd().reader.Lines() - a.rd().reader.height},
	}
	for _, tt := range tests {
		a = keys(a, tt.key)
		if a.rd().reader.off != tt.want {
			t.Errorf("after %s: top line %d, want %d", tt.key, a.rd().reader.off, tt.want)
		}
	}
	if a.rd().reader.Percent() != 100 {
		t.Errorf("at the end: %d%%", a.rd().reader.Percent())
	}
}

func TestOpenReport(t *testing.T) {
	reports := seedReports(t)
	for _, size := range [][2]int{{160, 48}, {80, 24}} {
		a := sized(reports, Options{}, size[0], size[1])
		a = keys(a, "j", "j", "1", "j", "j", "enter")
		if a.rd().current != 2 || a.focusNow() != focusReader || a.rd().reader.off != 0 {
			t.Errorf("%v: open report %d, focus %d, top %d; want 2, reader, 0", size, a.rd().current, a.focusNow(), a.rd().reader.off)
		}
		if !strings.Contains(plain(a), reports[2].Label()) {
			t.Errorf("%v: the screen does not name %q", size, reports[2].Label())
		}
	}
}

func TestNarrowOverlays(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 80, 24)
	if s := plain(a); strings.Contains(s, "2 目录") || strings.Contains(s, "1 报告") {
		t.Fatal("below 100 columns the lists are hidden until asked for")
	}
	a = keys(a, "o")
	lines := checkScreen(t, a, 80, 24)
	if !strings.Contains(lines[0], "2 目录") || strings.Count(lines[0], "╮") != 2 || !strings.HasSuffix(lines[5], "│") {
		t.Errorf("o: want the outline over the left of the reader:\n%s", strings.Join(lines, "\n"))
	}
	a = keys(a, "j", "enter")
	if a.focusNow() != focusReader || a.rd().reader.Current() != 1 {
		t.Errorf("enter in the outline overlay: focus %d, section %d", a.focusNow(), a.rd().reader.Current())
	}
	a = keys(a, "r")
	if !strings.Contains(plain(a), "1 报告") {
		t.Error("r: want the report list")
	}
}

func TestQuit(t *testing.T) {
	reports := seedReports(t)
	for _, k := range []string{"q", "ctrl+c"} {
		for _, size := range [][2]int{{80, 24}, {10, 3}} {
			a := sized(reports, Options{}, size[0], size[1])
			_, cmd := a.Update(press(k))
			if cmd == nil {
				t.Fatalf("%s at %v: no command", k, size)
			}
			if _, ok := cmd().(tea.QuitMsg); !ok {
				t.Errorf("%s at %v: want tea.Quit", k, size)
			}
		}
	}
}

func TestHelpScreen(t *testing.T) {
	a := keys(sized(seedReports(t), Options{}, 80, 24), "?")
	s := plain(a)
	for _, want := range []string{"帮助", "下一页", "上一部分", "报告列表", "退出"} {
		if !strings.Contains(s, want) {
			t.Errorf("full help lacks %q", want)
		}
	}
	checkScreen(t, a, 80, 24)
	if a = keys(a, "?"); a.sheetNow() != sheetNone {
		t.Error("? again closes the help")
	}
}

// TestHelpLineFollowsFocus checks that the help line offers only keys that
// work in the focused pane.
func TestHelpLineFollowsFocus(t *testing.T) {
	a := sized(seedReports(t), Options{}, 160, 48)
	last := func(a App) string { l := strings.Split(plain(a), "\n"); return l[len(l)-1] }
	if h := last(a); !strings.Contains(h, "翻页") || strings.Contains(h, "enter") {
		t.Errorf("reader help: %q", h)
	}
	if h := last(keys(a, "1")); !strings.Contains(h, "enter") || strings.Contains(h, "[/]") || strings.Contains(h, "翻页") {
		t.Errorf("report list help: %q", h)
	}
	if h := last(keys(a, "2")); !strings.Contains(h, "enter") || !strings.Contains(h, "{/}") || strings.Contains(h, "[/]") {
		t.Errorf("outline help: %q", h)
	}
}

func TestMouse(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 160, 48)
	r := a.e.lay.reader
	a = send(a, tea.MouseWheelMsg{X: r.x + 5, Y: r.y + 5, Button: tea.MouseWheelDown})
	if a.rd().reader.off != wheelStep || a.focusNow() != focusReader {
		t.Errorf("wheel over the reader: top %d", a.rd().reader.off)
	}
	o := a.e.lay.outline
	a = send(a, tea.MouseWheelMsg{X: o.x + 2, Y: o.y + 2, Button: tea.MouseWheelDown})
	if a.rd().reader.off != wheelStep {
		t.Errorf("wheel over the outline moved the reader to %d", a.rd().reader.off)
	}
	a = send(a, tea.MouseClickMsg{X: o.x + 3, Y: o.y + 1 + 2, Button: tea.MouseLeft})
	if a.focusNow() != focusOutline || a.rd().reader.Current() != a.rd().outline.Selected() {
		t.Errorf("click in the outline: focus %d, reader %d, outline %d", a.focusNow(), a.rd().reader.Current(), a.rd().outline.Selected())
	}
	p := a.e.lay.reports
	a = send(a, tea.MouseClickMsg{X: p.x + 3, Y: p.y + 1 + 3, Button: tea.MouseLeft})
	if a.rd().current != 3 {
		t.Errorf("click on the fourth report opened %d", a.rd().current)
	}
}

// TestSmallSizes renders and drives every size from 1×1 to 30×12: no panic,
// exactly the terminal's width and height from 20×6, a one-line notice below.
func TestSmallSizes(t *testing.T) {
	reports := seedReports(t)
	for w := 0; w <= 30; w++ {
		for h := 0; h <= 12; h++ {
			a := sized(reports, Options{}, w, h)
			a = keys(a, "o", "j", "enter", "space", "]", "}", "r", "j", "enter", "?", "?", "G")
			a = send(a, tea.MouseWheelMsg{X: 1, Y: 1, Button: tea.MouseWheelDown}, tea.MouseClickMsg{X: 1, Y: 1})
			s := plain(a)
			switch {
			case w == 0 || h == 0:
				if s != "" {
					t.Errorf("%dx%d: %q", w, h, s)
				}
			case w < minWidth || h < minHeight:
				if strings.Contains(s, "\n") || a.e.m.String(s) != w {
					t.Errorf("%dx%d: want a one-line notice, got %q", w, h, s)
				}
			default:
				checkScreen(t, a, w, h)
			}
		}
	}
}

func TestNoReports(t *testing.T) {
	a := sized(nil, Options{Problems: []string{"a.txt: not found"}}, 100, 20)
	a = keys(a, "1", "j", "enter", "2", "j", "3", "]", "space")
	lines := checkScreen(t, a, 100, 20)
	if s := strings.Join(lines, "\n"); !strings.Contains(s, "a.txt: not found") || !strings.Contains(s, "1 个文件未载入") {
		t.Errorf("load problems not shown:\n%s", s)
	}
}

// TestLoadWarnings checks that files that loaded with a warning are listed
// with the problems, counted apart from the files that did not load, and
// shown whole on "!".
func TestLoadWarnings(t *testing.T) {
	reports := seedReports(t)
	opts := Options{Problems: []string{"a.txt: not found"}, Warnings: []string{"stray.txt: 41 invalid bytes replaced"}}
	a := sized(reports, opts, 160, 48)
	s := strings.Join(checkScreen(t, a, 160, 48), "\n")
	for _, want := range []string{"! a.txt: not found", "! stray.txt: 41 invalid bytes replaced", "1 个文件未载入 · 1 个文件有警告 (!)"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	a = keys(a, "!")
	s = strings.Join(checkScreen(t, a, 160, 48), "\n")
	if !strings.Contains(s, "stray.txt: 41 invalid bytes replaced") || !strings.Contains(s, "1 个文件未载入 · 1 个文件有警告") {
		t.Errorf("the sheet lacks the warning:\n%s", s)
	}
	only := sized(reports, Options{Warnings: opts.Warnings}, 80, 24)
	if s := strings.Join(checkScreen(t, only, 80, 24), "\n"); !strings.Contains(s, "1 个文件有警告 (!)") || strings.Contains(s, "未载入") {
		t.Errorf("a warning alone is not counted as a file that did not load:\n%s", s)
	}
}

var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*[34]8;`)

// TestNoColor checks that NO_COLOR leaves no colour escape, and that focus,
// headings and the selection are still drawn differently.
func TestNoColor(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{NoColor: true}, 160, 48)
	a = send(a, tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")})
	raw := a.render()
	if colourSGR.MatchString(raw) {
		t.Error("colour escapes with NO_COLOR")
	}
	if raw == keys(a, "2").render() {
		t.Error("moving the focus changed nothing on screen")
	}
	st := a.e.st
	for name, s := range map[string]lipgloss.Style{"heading": st.Heading[0], "cursor": st.Cursor, "focused title": st.TitleFocused} {
		if s.Render("x") == "x" {
			t.Errorf("%s has no attribute without colour", name)
		}
	}
	if colour := sized(reports, Options{}, 160, 48).render(); !colourSGR.MatchString(colour) {
		t.Error("colours missing when NO_COLOR is not set: the check above cannot fail")
	}
}

func TestBackgroundPicksStyles(t *testing.T) {
	a := sized(seedReports(t), Options{}, 100, 30)
	dark := send(a, tea.BackgroundColorMsg{Color: lipgloss.Color("#000000")}).render()
	light := send(a, tea.BackgroundColorMsg{Color: lipgloss.Color("#ffffff")}).render()
	if dark == light {
		t.Error("light and dark backgrounds render the same")
	}
}
