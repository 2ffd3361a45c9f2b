package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// answer runs the command a review view started and hands its message
// back, as the program loop would.
func answer(a App, cmd tea.Cmd) App {
	for _, msg := range runCmd(cmd) {
		switch msg.(type) {
		case figuresMsg, checkedMsg:
			a = send(a, msg)
		}
	}
	return a
}

// pressCmd sends one key and returns the command Update asked for.
func pressCmd(a App, name string) (App, tea.Cmd) {
	m, cmd := a.Update(press(name))
	return m.(App), cmd
}

// TestFiguresView: f lists the open report's figures; Enter closes the
// view and opens the reader on the figure's sentence, highlighted.
func TestFiguresView(t *testing.T) {
	reports := seedReports(t)
	i := seedIndex(t, reports, "jinan-changqing-2023")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.rd().open(&a.e, i)
		a, cmd := pressCmd(a, "f")
		if _, ok := find[*figuresView](a); !ok {
			t.Fatal("f opened no figures view")
		}
		if !strings.Contains(plain(a), "正在提取数据") {
			t.Errorf("no progress note before the figures arrive:\n%s", plain(a))
		}
		a = answer(a, cmd)
		screen := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
		if !strings.Contains(screen, "法治建设工作") || !strings.Contains(screen, "1/96") {
			t.Fatalf("figures view:\n%s", screen)
		}
		a = keys(a, "j", "j")
		if !strings.Contains(plain(a), ">1.1    学习法律法规") {
			t.Errorf("the cursor row is not marked >:\n%s", plain(a))
		}
		m, cmd := a.Update(press("enter"))
		a = settle(m.(App), cmd)
		if _, ok := find[*figuresView](a); ok {
			t.Fatal("enter left the view open")
		}
		hits, sel := a.rd().reader.Hits(), a.rd().reader.SelectedMatch()
		if sel < 0 || sel >= len(hits) {
			t.Fatalf("no hit selected (%d of %d)", sel, len(hits))
		}
		if h := hits[sel]; h.Section == nil || h.Section.Path != "1.1" || !strings.HasPrefix(string([]rune(h.Text())[h.ParaStart:]), "8次") {
			t.Errorf("selected hit %s para %d at %d, want the figure 8次 in 1.1", h.Path(), h.Para, h.ParaStart)
		}
	}
}

// TestFiguresViewPair: in compare mode f shows the pair's figures with
// before, after, change and a bar.
func TestFiguresViewPair(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 160, 48)
	ia, ib := seedIndex(t, reports, "jinan-changqing-2023"), seedIndex(t, reports, "zibo-zhoucun-2023")
	m, cmd := a.Update(openCompareMsg{ia, ib})
	a = settle(m.(App), cmd)
	if !a.comparing() {
		t.Fatal("not comparing")
	}
	a, cmd = pressCmd(a, "f")
	a = answer(a, cmd)
	screen := strings.Join(checkScreen(t, a, 160, 48), "\n")
	for _, want := range []string{"数据对比", "行政复议案件", "96件", "54件", "-42", "▼"} {
		if !strings.Contains(screen, want) {
			t.Errorf("pair view lacks %q:\n%s", want, screen)
		}
	}
	a = keys(a, "esc")
	if _, ok := find[*figuresView](a); ok || !a.comparing() {
		t.Error("esc did not go back to the comparison")
	}
}

// TestCheckView: c shows the open report's check; c closes it.
func TestCheckView(t *testing.T) {
	reports := seedReports(t)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.rd().open(&a.e, seedIndex(t, reports, "zibo-zhoucun-2023"))
		a, cmd := pressCmd(a, "c")
		a = answer(a, cmd)
		screen := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
		for _, want := range []string{"体检", "不符  落款", "通过  不足的原因"} {
			if !strings.Contains(screen, want) {
				t.Errorf("%v: check view lacks %q:\n%s", size, want, screen)
			}
		}
		a = keys(a, "G", "g", "c")
		if _, ok := find[*checkView](a); ok {
			t.Error("c did not close the check view")
		}
	}
}

// TestCheckViewCompare: in compare mode c checks B, the report under
// review (help lists c there too); Esc goes back to the comparison.
func TestCheckViewCompare(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 160, 48)
	ia, ib := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	m, cmd := a.Update(openCompareMsg{ia, ib})
	a = settle(m.(App), cmd)
	a, cmd = pressCmd(a, "c")
	a = answer(a, cmd)
	screen := strings.Join(checkScreen(t, a, 160, 48), "\n")
	for _, want := range []string{"体检", "周村"} {
		if !strings.Contains(screen, want) {
			t.Errorf("check in compare mode lacks %q:\n%s", want, screen)
		}
	}
	a = keys(a, "esc")
	if _, ok := find[*checkView](a); ok || !a.comparing() {
		t.Error("esc did not go back to the comparison")
	}
}
