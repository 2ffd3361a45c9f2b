package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/timeline"
)

// withLixia2025 is the seeds and the follow-up fixture written from the
// plans of jinan-lixia-2024: the unit 历下区 has 2020, 2024 and 2025.
func withLixia2025(t *testing.T) []*model.Report {
	t.Helper()
	b, err := os.ReadFile("../model/followup/testdata/lixia-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes("lixia-2025", "lixia-2025", b)
	if err != nil {
		t.Fatal(err)
	}
	return append(seedReports(t), r)
}

// answerReview runs the command a follow-through or timeline view
// started and hands its messages back, as the program loop would.
func answerReview(a App, cmd tea.Cmd) App {
	for _, msg := range runCmd(cmd) {
		switch msg.(type) {
		case followedMsg, timelineMsg, unitFiguresMsg:
			a = send(a, msg)
		}
	}
	return a
}

// TestFollowupView: t in compare mode lists the earlier report's plan
// items with their status and evidence; Enter opens the later report at
// the evidence; t closes the view.
func TestFollowupView(t *testing.T) {
	reports := withLixia2025(t)
	ia, ib := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "lixia-2025")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		m, cmd := a.Update(openCompareMsg{ib, ia}) // the later first: the view follows the earlier's plans
		a = settle(m.(App), cmd)
		a, cmd = pressCmd(a, "t")
		if _, ok := find[*followupView](a); !ok {
			t.Fatal("t opened no follow-through view")
		}
		if !strings.Contains(plain(a), "正在比对") {
			t.Errorf("no progress note before the result:\n%s", plain(a))
		}
		a = answerReview(a, cmd)
		screen := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
		for _, want := range []string{"承诺兑现", ">落实 4.1", "部分 4.2", "未见 4.3", "→ 2.1", "落实 1 · 部分 1 · 未见 1"} {
			if !strings.Contains(screen, want) {
				t.Errorf("%v: follow-through lacks %q:\n%s", size, want, screen)
			}
		}
		golden(t, fmt.Sprintf("followup-%dx%d", size[0], size[1]), plain(a)+"\n")
		if b := keys(a, "t"); b.comparing() == false {
			t.Error("t left compare mode")
		} else if _, ok := find[*followupView](b); ok {
			t.Error("t did not close the view")
		}
		a = keys(a, "j") // the first passage of 4.1
		m, cmd = a.Update(press("enter"))
		a = settle(m.(App), cmd)
		if _, ok := find[*followupView](a); ok || a.comparing() {
			t.Fatal("enter left the view or compare mode open")
		}
		hits, sel := a.rd().reader.Hits(), a.rd().reader.SelectedMatch()
		if sel < 0 || sel >= len(hits) {
			t.Fatalf("no hit selected (%d of %d)", sel, len(hits))
		}
		if h := hits[sel]; h.Report.ID != "lixia-2025" || h.Path() != "2.1" {
			t.Errorf("selected hit in %s %s, want lixia-2025 2.1", h.Report.ID, h.Path())
		}
	}
}

// openLixia opens the timeline and the grid of 历下区.
func openLixia(t *testing.T, a App) App {
	t.Helper()
	a, cmd := pressCmd(a, "T")
	v, ok := find[*timelineView](a)
	if !ok {
		t.Fatal("T opened no timeline")
	}
	if !strings.Contains(plain(a), "正在整理") {
		t.Errorf("no progress note before the timeline:\n%s", plain(a))
	}
	a = answerReview(a, cmd)
	v, _ = find[*timelineView](a)
	at := -1
	for i, u := range v.tl.Units {
		if u.Name == "历下区" {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no 历下区 in the timeline")
	}
	for range at {
		a = keys(a, "j")
	}
	if !strings.Contains(plain(a), ">济南市 历下区") || !strings.Contains(plain(a), "2020 2024 2025") {
		t.Errorf("unit list:\n%s", plain(a))
	}
	a, cmd = pressCmd(a, "enter")
	return answerReview(a, cmd)
}

// TestTimelineView: T lists the units; Enter opens a unit's grid of parts
// and figures by year; h v l d compare two chosen years; esc goes back.
func TestTimelineView(t *testing.T) {
	reports := withLixia2025(t)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a = openLixia(t, a)
		screen := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
		for _, want := range []string{"历年对照 · 济南市 历下区", ">2025", "主要举措和成效", "合计", "关键数据", "d 对比 2024→2025"} {
			if !strings.Contains(screen, want) {
				t.Errorf("%v: grid lacks %q:\n%s", size, want, screen)
			}
		}
		golden(t, fmt.Sprintf("timeline-%dx%d", size[0], size[1]), plain(a)+"\n")
		b := keys(a, "h", "h", "v", "l", "l")
		if !strings.Contains(plain(b), "2020*") || !strings.Contains(plain(b), "d 对比 2020→2025") {
			t.Errorf("marked 2020, cursor on 2025:\n%s", plain(b))
		}
		m, cmd := b.Update(press("d"))
		b = settle(m.(App), cmd)
		if !b.comparing() {
			t.Fatal("d did not open compare mode")
		}
		if c := b.cm().c; c == nil || c.A.ID != "jinan-lixia-2020" || c.B.ID != "lixia-2025" {
			t.Errorf("compare of %v", c)
		}
		if _, ok := find[*timelineView](b); ok {
			t.Error("the timeline stayed open under compare")
		}
		a = keys(a, "esc")
		if v, ok := find[*timelineView](a); !ok || v.unit != nil {
			t.Error("esc did not go back to the unit list")
		}
		if a = keys(a, "esc"); a.stack[len(a.stack)-1] != a.stack[0] {
			t.Error("esc did not close the timeline")
		}
	}
}

// TestReviewViewsCancel: closing the follow-through or the timeline before
// its command answers cancels it; a late answer is dropped, and q quits
// while either works.
func TestReviewViewsCancel(t *testing.T) {
	reports := withLixia2025(t)
	a := sized(reports, Options{}, 80, 24)
	m, cmd := a.Update(openCompareMsg{seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "lixia-2025")})
	a = settle(m.(App), cmd)
	for _, open := range []string{"t", "T"} {
		b := a
		if open == "T" {
			b = keys(b, "esc")
		}
		b, cmd := pressCmd(b, open)
		if _, quit := pressCmd(b, "q"); quit == nil {
			t.Errorf("%s: q while working asked for nothing", open)
		}
		b = keys(b, "esc")
		for _, msg := range runCmd(cmd) {
			if msg != nil {
				t.Errorf("%s: closed view's command answered %T", open, msg)
			}
		}
		if _, ok := find[*followupView](b); ok {
			t.Errorf("%s: view still open", open)
		}
		if _, ok := find[*timelineView](b); ok {
			t.Errorf("%s: view still open", open)
		}
	}
}

// TestUnitLabel: a city's own report names the city once; a district
// its city first.
func TestUnitLabel(t *testing.T) {
	for _, c := range []struct{ city, name, want string }{
		{"济南市", "历下区", "济南市 历下区"}, {"深圳市", "深圳市", "深圳市"}, {"", "薛城区", "薛城区"},
	} {
		if got := unitLabel(&timeline.Unit{City: c.city, Name: c.name}); got != c.want {
			t.Errorf("%q %q: %q, want %q", c.city, c.name, got, c.want)
		}
	}
}
