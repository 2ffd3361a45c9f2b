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

// TestLongReportWrapsInCommand checks that a report longer than asyncWrap
// is wrapped off the Update loop: the resize answers at once with a
// command (q still quits meanwhile), a newer resize cancels the older
// wrapping and drops its answer, and the lines that arrive are those of
// wrapping in Update.
func TestLongReportWrapsInCommand(t *testing.T) {
	for _, split := range []bool{false, true} {
		rep := oneParagraph(asyncWrap/len("单行单")+1000, split)
		a, first := sendCmd(New([]*model.Report{rep}, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
		if first == nil || !a.rd().reader.Wrapping() || a.rd().reader.Lines() != 0 {
			t.Fatalf("split %v: first size: command %v, wrapping %v, %d lines", split, first != nil, a.rd().reader.Wrapping(), a.rd().reader.Lines())
		}
		if !strings.Contains(plain(a), "排版中…") {
			t.Errorf("split %v: nothing says the text is being laid out:\n%s", split, plain(a))
		}
		checkScreen(t, a, 80, 24)
		if _, quit := sendCmd(a, press("q")); quit == nil || quit() != tea.Quit() {
			t.Errorf("split %v: q while wrapping does not quit", split)
		}
		a, second := sendCmd(a, tea.WindowSizeMsg{Width: 100, Height: 30})
		if second == nil {
			t.Fatalf("split %v: a resize while wrapping did not wrap again", split)
		}
		for _, msg := range runCmd(first) {
			w, ok := msg.(wrappedMsg)
			if ok && !errors.Is(w.err, context.Canceled) {
				t.Errorf("split %v: the older wrapping was not cancelled", split)
			}
			a, _ = sendCmd(a, msg)
		}
		if a.rd().reader.Lines() != 0 {
			t.Errorf("split %v: the cancelled wrapping's lines were shown", split)
		}
		a = settle(a, second)
		want, _, _ := buildLines(context.Background(), a.e.m, rep, rep.Outline(), a.rd().reader.width)
		if a.rd().reader.Wrapping() || fmt.Sprint(a.rd().reader.lines) != fmt.Sprint(want) {
			t.Errorf("split %v: %d lines, want %d as wrapped in Update", split, a.rd().reader.Lines(), len(want))
		}
		checkScreen(t, a, 100, 30)
	}
}

// longPair is two reports of many parts, together longer than asyncWrap,
// that differ in every paragraph.
func longPair() []*model.Report {
	var a, b strings.Builder
	a.WriteString("标题\n")
	b.WriteString("标题\n")
	for range 40 {
		a.WriteString("一、部分\n")
		b.WriteString("一、部分\n")
		for range 25 {
			a.WriteString(strings.Repeat("法治政府建设取得新进展，依法行政水平不断提高。", 3) + "\n")
			b.WriteString(strings.Repeat("法治政府建设取得新成效，依法行政能力不断提高。", 3) + "\n")
		}
	}
	return []*model.Report{model.Parse("a", a.String()), model.Parse("b", b.String())}
}

// TestLongComparisonBuildsInCommand checks that the rows of a long
// comparison are built off the Update loop: when the comparison arrives,
// and again on a resize, which cancels the older building; the rows that
// arrive are those built in Update, and the pair in view stays in view.
func TestLongComparisonBuildsInCommand(t *testing.T) {
	reports := longPair()
	a := sized(reports, Options{}, 160, 48)
	compared := a.OpenCompare(0, 1)
	a, first := sendCmd(a, compared())
	if first == nil || !a.cm().diff.Building() || len(a.cm().diff.lines) != 0 {
		t.Fatalf("comparison arrived: command %v, building %v, %d lines", first != nil, a.cm().diff.Building(), len(a.cm().diff.lines))
	}
	if !strings.Contains(plain(a), "排版中…") {
		t.Errorf("nothing says the rows are being built:\n%s", plain(a))
	}
	checkScreen(t, a, 160, 48)
	a = settle(a, first)
	a = keys(a, "]", "]", "]")
	pair := a.cm().diff.Pair()
	a, second := sendCmd(a, tea.WindowSizeMsg{Width: 100, Height: 30})
	a, third := sendCmd(a, tea.WindowSizeMsg{Width: 90, Height: 30})
	if second == nil || third == nil {
		t.Fatal("a resize did not build the rows again")
	}
	for _, msg := range runCmd(second) {
		if b, ok := msg.(builtMsg); ok && !errors.Is(b.err, context.Canceled) {
			t.Error("the older building was not cancelled")
		}
		a, _ = sendCmd(a, msg)
	}
	a = settle(a, third)
	d := &a.cm().diff
	want, _ := buildRows(context.Background(), a.e.m, d.c, d.width, d.side, d.marks, d.years)
	if d.Building() || fmt.Sprint(d.lines) != fmt.Sprint(want.lines) || d.Pair() != pair {
		t.Errorf("%d lines, want %d as built in Update; on pair %d, want %d", len(d.lines), len(want.lines), d.Pair(), pair)
	}
	checkScreen(t, a, 90, 30)
}

// TestSearchWhileWrapping checks that a search answered before a long
// report's lines are built can be stepped through at once, and that its
// hits are placed on the lines when they arrive, the current one kept.
func TestSearchWhileWrapping(t *testing.T) {
	rep := oneParagraph(asyncWrap/len("单行单")+1000, false)
	a, wrap := sendCmd(New([]*model.Report{rep}, Options{}), tea.WindowSizeMsg{Width: 80, Height: 24})
	a = send(keys(a, "/"), textKey("单行单"))
	a, find := sendCmd(a, press("enter"))
	for _, msg := range runCmd(find) {
		if _, ok := msg.(foundMsg); ok {
			a, _ = sendCmd(a, msg)
		}
	}
	if !a.rd().reader.Wrapping() {
		t.Fatal("the lines were built before the search answered; the test needs a longer report")
	}
	a, _ = sendCmd(a, press("n"))
	if sel, _, _ := a.rd().reader.MatchCount(); sel != 1 {
		t.Errorf("n before the lines are built: match %d, want 1", sel)
	}
	a = settle(a, wrap)
	if sel, _, _ := a.rd().reader.MatchCount(); sel != 1 || len(a.rd().reader.search.marks) == 0 || a.rd().reader.Unplaced() {
		t.Errorf("once the lines are built: match %d, %d marks, unplaced %v", sel, len(a.rd().reader.search.marks), a.rd().reader.Unplaced())
	}
	if status, _ := lastLines(a); !strings.Contains(status, "2/") {
		t.Errorf("status %q", status)
	}
}
