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
