package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
)

// TestPlaceHitsLinear places the 20,000 hits of one paragraph: the lines
// looked at must be about the lines plus the hits, where looking at every
// line of the paragraph for each hit (as placing first did) is their
// product. A count, not a timing, so it cannot be flaky.
func TestPlaceHitsLinear(t *testing.T) {
	const n = 20_000
	for _, split := range []bool{false, true} {
		r := oneParagraph(n, split)
		a := sized([]*model.Report{r}, Options{}, 80, 24)
		hits := expectHits(t, "单行单", r)
		if len(hits) != n {
			t.Fatalf("%d hits", len(hits))
		}
		var steps int
		marks, first, err := place(context.Background(), a.rd().reader.snapshot(), hits, &steps)
		if err != nil {
			t.Fatal(err)
		}
		if limit := 2*a.rd().reader.Lines() + 3*n; steps > limit {
			t.Errorf("split %v: %d hits on %d lines looked at %d lines, want at most %d", split, n, a.rd().reader.Lines(), steps, limit)
		}
		if len(marks) < n || first[n-1] < 0 {
			t.Errorf("split %v: %d marks, last hit on line %d", split, len(marks), first[n-1])
		}
	}
}

// TestSearchNotInUpdate checks that Enter only starts a search: Update
// answers at once with a command, the reader waits for it (搜索中…), q
// still quits, and Esc or a newer search cancel it and drop its answer.
func TestSearchNotInUpdate(t *testing.T) {
	a := sized([]*model.Report{oneParagraph(30_000, false)}, Options{}, 80, 24)
	a = send(keys(a, "/"), textKey("单行单"))
	a, cmd := sendCmd(a, press("enter"))
	if cmd == nil || a.rd().reader.Searching() || a.rd().find.running == nil {
		t.Fatalf("enter: command %v, reader searching %v: the search ran in Update", cmd != nil, a.rd().reader.Searching())
	}
	if status, _ := lastLines(a); !strings.Contains(status, "搜索中") {
		t.Errorf("status while searching: %q", status)
	}
	if _, quit := sendCmd(a, press("q")); quit == nil {
		t.Error("q does not quit while a search runs")
	} else if _, ok := quit().(tea.QuitMsg); !ok {
		t.Error("q does not quit while a search runs")
	}

	// Esc cancels it; its answer is dropped.
	a, _ = sendCmd(a, press("esc"))
	for _, msg := range runCmd(cmd) {
		if f, ok := msg.(foundMsg); ok && !errors.Is(f.err, context.Canceled) {
			t.Errorf("esc did not cancel the search: %v", f.err)
		}
		a, _ = sendCmd(a, msg)
	}
	if a.rd().reader.Searching() || a.rd().find.running != nil {
		t.Error("the cancelled search's answer was shown")
	}

	// A newer search cancels the older; only the newer's answer shows.
	a = send(keys(a, "/"), textKey("单行"))
	a, older := sendCmd(a, press("enter"))
	a = send(keys(a, "/", "ctrl+u"), textKey("行单"))
	a, newer := sendCmd(a, press("enter"))
	oldMsgs := runCmd(older)
	a = settle(a, newer)
	for _, msg := range oldMsgs {
		a, _ = sendCmd(a, msg)
	}
	if _, shown, _ := a.rd().reader.MatchCount(); shown == 0 || a.rd().reader.Hits()[0].ParaStart != 1 {
		t.Errorf("after a newer search: %d hits, the first at %d (行单 is at 1)", shown, a.rd().reader.Hits()[0].ParaStart)
	}
}

// TestSearchBound searches a paragraph with more hits than are shown: the
// first maxShownHits are placed and stepped through, the status line and
// the outline count all of them.
func TestSearchBound(t *testing.T) {
	n := maxShownHits + 5000
	a := sized([]*model.Report{oneParagraph(n, false)}, Options{}, 80, 24)
	a = send(keys(a, "/"), textKey("单行单"))
	a = keys(a, "enter")
	sel, shown, total := a.rd().reader.MatchCount()
	if sel != 0 || shown != maxShownHits || total != n {
		t.Fatalf("match %d of %d shown, %d in all; want 0 of %d, %d", sel, shown, total, maxShownHits, n)
	}
	status, _ := lastLines(a)
	if want := fmt.Sprintf("1/%d（共 %d 处）", maxShownHits, n); !strings.Contains(status, want) {
		t.Errorf("status %q lacks %q", status, want)
	}
	if a.rd().outline.counts[0] != n {
		t.Errorf("outline count %v, want %d", a.rd().outline.counts, n)
	}
	a = keys(a, "N")
	if sel, _, _ := a.rd().reader.MatchCount(); sel != maxShownHits-1 || !a.rd().reader.inView(sel) {
		t.Errorf("N from the first: match %d, want the last shown, %d, in view", sel, maxShownHits-1)
	}
	checkScreen(t, a, 80, 24)

	// F: the results list the first ones and say so.
	a = keys(a, "esc", "F")
	a = typeRun(t, a, textKey("单行单"))
	res := a.sa().results.Results()
	if res.Total != n || a.sa().results.Located() != maxShownHits || res.Reports[0].Count != n {
		t.Errorf("F: %d hits, %d located, report count %d", res.Total, a.sa().results.Located(), res.Reports[0].Count)
	}
	if s := plain(a); !strings.Contains(s, fmt.Sprintf("列出前 %d 处", maxShownHits)) || !strings.Contains(s, fmt.Sprintf("%d 处", n)) {
		t.Errorf("F does not say that only the first are listed:\n%s", s)
	}
	a = keys(a, "enter", "G")
	checkScreen(t, a, 80, 24)
}

// TestSearchResize checks that a resize places the hits again in a
// command, keeping the current hit, and that a resize while a search runs
// restarts it for the new lines.
func TestSearchResize(t *testing.T) {
	a := sized(seedReports(t), Options{}, 80, 24)
	a = send(keys(a, "/"), textKey("法治"))
	a = keys(a, "enter", "n", "n")
	sel, shown, _ := a.rd().reader.MatchCount()
	a, cmd := sendCmd(a, tea.WindowSizeMsg{Width: 120, Height: 30})
	if cmd == nil || len(a.rd().reader.search.marks) != 0 {
		t.Fatalf("resize: command %v, %d marks left for the old lines", cmd != nil, len(a.rd().reader.search.marks))
	}
	a = settle(a, cmd)
	want := a.rd().reader.search.marks
	a.rd().reader.SetMatches(a.rd().reader.Hits())
	if s, n, _ := a.rd().reader.MatchCount(); n != shown || fmt.Sprint(want) != fmt.Sprint(a.rd().reader.search.marks) {
		t.Errorf("after the resize: match %d of %d (was %d of %d); marks differ from placing afresh: %v", s, n, sel, shown, fmt.Sprint(want) != fmt.Sprint(a.rd().reader.search.marks))
	}

	a = send(keys(a, "/", "ctrl+u"), textKey("依法"))
	a, first := sendCmd(a, press("enter"))
	a, second := sendCmd(a, tea.WindowSizeMsg{Width: 90, Height: 30})
	if second == nil {
		t.Fatal("a resize during a search did not restart it")
	}
	for _, msg := range runCmd(first) {
		if f, ok := msg.(foundMsg); ok && !errors.Is(f.err, context.Canceled) {
			t.Error("the search for the old lines was not cancelled")
		}
	}
	a = settle(a, second)
	if sel, shown, _ := a.rd().reader.MatchCount(); shown == 0 || sel != 0 || a.rd().reader.search.layout != a.rd().reader.layout {
		t.Errorf("restarted search: match %d of %d, placed for wrapping %d of %d", sel, shown, a.rd().reader.search.layout, a.rd().reader.layout)
	}
}
