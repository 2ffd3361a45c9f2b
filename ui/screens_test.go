package ui

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/model"
	"baogao/ui/text"
)

// TestGolden pins whole plain-text screens for two seeds at 80×24 (reader
// with overlays) and 160×48 (side by side). Reviewing a golden diff is
// reviewing a layout or wrapping change; go test ./ui -update rewrites them.
func TestGolden(t *testing.T) {
	reports := seedReports(t)
	states := []struct {
		name string
		keys []string
	}{
		{"open", nil},
		{"outline", []string{"2", "j", "j", "j"}},
		{"paged", []string{"3", "space", "space", "]"}},
		{"help", []string{"?"}},
	}
	for _, id := range []string{"jinan-lixia-2024", "zibo-zhoucun-2023"} {
		for _, size := range [][2]int{{80, 24}, {160, 48}} {
			t.Run(fmt.Sprintf("%s/%dx%d", id, size[0], size[1]), func(t *testing.T) {
				base := sized(reports, Options{}, size[0], size[1])
				base.open(seedIndex(t, reports, id))
				for _, s := range states {
					a := keys(base, s.keys...)
					checkScreen(t, a, size[0], size[1])
					golden(t, s.name, plain(a)+"\n")
				}
			})
		}
	}
}

// TestEverySeedEveryWidth renders every seed at every width from 40 to 160,
// once at 24 rows and once tall enough to show the whole report, in narrow
// and wide ambiguous mode. Every line must be exactly the width, and no
// line of report text may start with closing or end with opening
// punctuation.
func TestEverySeedEveryWidth(t *testing.T) {
	reports := seedReports(t)
	for _, wide := range []bool{false, true} {
		for _, r := range reports {
			one := []*model.Report{r}
			for w := 40; w <= 160; w++ {
				a := keys(sized(one, Options{Wide: wide}, w, 24), "space", "o")
				checkScreen(t, a, w, 24)
				tall := a.rd().reader.Lines() + 2 + 2
				a = sized(one, Options{Wide: wide}, w, tall)
				lines := checkScreen(t, a, w, tall)
				checkKinsoku(t, a, lines[1:len(lines)-3], fmt.Sprintf("%s wide=%v w=%d", r.ID, wide, w))
			}
		}
	}
}

// checkKinsoku looks at the reader's text area in screen lines and fails on
// a line that breaks a kinsoku rule.
func checkKinsoku(t *testing.T, a App, lines []string, where string) {
	t.Helper()
	left := a.e.lay.reader.x + 1 + a.rd().reader.pad
	shown := 0
	for i, l := range lines {
		body := strings.TrimRight(skipCells(a.e.m, l, left), " │|")
		indented := strings.HasPrefix(body, "    ")
		body = strings.TrimLeft(body, " ")
		if body == "" {
			continue
		}
		shown++
		first, _ := utf8.DecodeRuneInString(body)
		last, _ := utf8.DecodeLastRuneInString(body)
		if !indented && text.IsClosing(first) {
			t.Errorf("%s: line %d starts with %q: %q", where, i, first, body)
		}
		next := ""
		if i+1 < len(lines) {
			next = strings.TrimSpace(skipCells(a.e.m, lines[i+1], left))
		}
		if text.IsOpening(last) && next != "" && next != "│" && next != "|" {
			t.Errorf("%s: line %d ends with %q: %q", where, i, last, body)
		}
	}
	if shown < 10 {
		t.Errorf("%s: only %d lines of text checked", where, shown)
	}
}
