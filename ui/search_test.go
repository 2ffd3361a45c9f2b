package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"baogao/model"
	"baogao/model/search"
	"baogao/ui/text"
)

// sendCmd runs one message through Update and returns the command it gave.
func sendCmd(a App, msg tea.Msg) (App, tea.Cmd) {
	m, cmd := a.Update(msg)
	return m.(App), cmd
}

// typeRun sends a message and, when Update answers with a search (of
// every report, or of the open one), runs it and hands its result back, as
// the program loop would.
func typeRun(t *testing.T, a App, msg tea.Msg) App {
	t.Helper()
	a, cmd := sendCmd(a, msg)
	for cmd != nil {
		var next tea.Cmd
		searched := false
		for _, m := range runCmd(cmd) {
			switch m.(type) {
			case resultsMsg, foundMsg:
				var c tea.Cmd
				a, c = sendCmd(a, m)
				next, searched = tea.Batch(next, c), true
			}
		}
		if !searched {
			t.Fatalf("%v: the command is not a search", msg)
		}
		cmd = next
	}
	return a
}

// text is a key press carrying text, as an input method commits it: one
// message for several characters.
func textKey(s string) tea.KeyPressMsg {
	r := []rune(s)
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// lastLines returns the status and help lines of the screen.
func lastLines(a App) (status, help string) {
	l := strings.Split(plain(a), "\n")
	return l[len(l)-2], l[len(l)-1]
}

// expectHits is what model search finds for query in r, computed without
// the app.
func expectHits(t *testing.T, query string, r *model.Report) []search.Hit {
	t.Helper()
	q, err := search.ParseInput(query)
	if err != nil {
		t.Fatal(err)
	}
	var hits []search.Hit
	for _, rh := range search.Reports(q, r) {
		hits = append(hits, rh.Hits...)
	}
	return hits
}

// TestSearchFlow drives / in the reader: Chinese typed as one several-rune
// key press and pasted, backspace, Enter, n, N with wrap-around, Esc.
func TestSearchFlow(t *testing.T) {
	reports := seedReports(t)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			w, h := size[0], size[1]
			a := sized(reports, Options{}, w, h)
			a.open(seedIndex(t, reports, "jinan-lixia-2024"))
			want := expectHits(t, "法治政府", a.e.reports[a.rd().current])
			if len(want) < 3 {
				t.Fatalf("the seed has %d hits of 法治政府; the test needs 3", len(want))
			}
			n := len(want)

			a = keys(a, "/")
			if !a.typing() {
				t.Fatal("/ does not open the prompt")
			}
			a = send(a, textKey("法治"), tea.PasteMsg{Content: "政府x"})
			if _, help := lastLines(a); !strings.HasPrefix(help, "/法治政府x") {
				t.Errorf("prompt line %q", help)
			}
			a = keys(a, "backspace")
			if got := a.input().value; got != "法治政府" {
				t.Errorf("typed %q, want 法治政府 (backspace removes one character)", got)
			}
			checkScreen(t, a, w, h)

			a = keys(a, "enter")
			sel, _, total := a.rd().reader.MatchCount()
			if a.typing() || total != n || sel != 0 {
				t.Fatalf("enter: typing %v, match %d of %d; want 0 of %d", a.typing(), sel, total, n)
			}
			expect := func(step string, wantSel int) {
				t.Helper()
				sel, _, _ := a.rd().reader.MatchCount()
				if sel != wantSel {
					t.Errorf("%s: match %d, want %d", step, sel, wantSel)
				}
				status, _ := lastLines(a)
				if c := fmt.Sprintf("%d/%d", wantSel+1, n); !strings.Contains(status, c) {
					t.Errorf("%s: status %q lacks %s", step, status, c)
				}
				line := int(a.rd().reader.search.first[wantSel])
				if line < a.rd().reader.off || line >= a.rd().reader.off+a.rd().reader.height {
					t.Errorf("%s: match on line %d, view %d..%d", step, line, a.rd().reader.off, a.rd().reader.off+a.rd().reader.height)
				}
				if cur := a.rd().reader.Current(); cur != a.rd().reader.sectionAt(line) || a.rd().outline.Selected() != max(cur, 0) {
					t.Errorf("%s: section %d, outline %d; the match is in %d", step, cur, a.rd().outline.Selected(), a.rd().reader.sectionAt(line))
				}
				checkScreen(t, a, w, h)
			}
			expect("enter", 0)
			a = keys(a, "n")
			expect("n", 1)
			a = keys(a, "N")
			expect("N", 0)
			a = keys(a, "N")
			expect("N wraps", n-1)
			if a.rd().reader.off == 0 {
				t.Error("N to the last match did not scroll")
			}
			a = keys(a, "n")
			expect("n wraps", 0)

			a = keys(a, "esc")
			status, help := lastLines(a)
			if a.rd().reader.Searching() || a.rd().outline.counts != nil || strings.Contains(status, "/") {
				t.Errorf("esc: searching %v, status %q", a.rd().reader.Searching(), status)
			}
			if !strings.Contains(help, "搜索") {
				t.Errorf("esc: help line %q", help)
			}
			if a.focusNow() != focusReader {
				t.Errorf("esc: focus %d", a.focusNow())
			}
		})
	}
}

// TestSearchKeysInPrompt checks that keys bound elsewhere are typed in the
// prompt (q does not quit, j does not scroll) and that Esc leaves it.
func TestSearchKeysInPrompt(t *testing.T) {
	a := sized(seedReports(t), Options{}, 80, 24)
	a = keys(a, "/", "q", "j", "space", "G", "n")
	if a.input().value != "qj Gn" || a.rd().reader.off != 0 {
		t.Errorf("typed %q, top line %d", a.input().value, a.rd().reader.off)
	}
	_, cmd := sendCmd(a, press("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c in the prompt does not quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c in the prompt does not quit")
	}
	a = keys(a, "ctrl+u", "esc")
	if a.typing() || a.input().value != "" || a.rd().reader.Searching() {
		t.Errorf("ctrl+u esc: typing %v, value %q", a.typing(), a.input().value)
	}
	// Enter on an empty query clears a search.
	a = send(keys(a, "/"), textKey("法治"))
	a = keys(a, "enter", "/", "enter")
	if a.rd().reader.Searching() {
		t.Error("an empty query left the search applied")
	}
}

func TestSearchInvalidRegex(t *testing.T) {
	reports := seedReports(t)
	for _, size := range [][2]int{{80, 24}, {20, 6}} {
		a := sized(reports, Options{}, size[0], size[1])
		a = send(keys(a, "/"), textKey("re:[法"))
		a = keys(a, "enter")
		if !a.typing() || !strings.Contains(a.input().err, "invalid regular expression") {
			t.Errorf("%v: typing %v, error %q", size, a.typing(), a.input().err)
		}
		if _, help := lastLines(a); size[0] >= 80 && !strings.Contains(help, "invalid") {
			t.Errorf("%v: the prompt line does not show the error: %q", size, help)
		}
		checkScreen(t, a, size[0], size[1])

		a = keys(a, "esc", "F")
		a, cmd := sendCmd(a, textKey("re:(a"))
		if cmd != nil || a.input().err == "" {
			t.Errorf("%v: F with a bad regex started a search (err %q)", size, a.input().err)
		}
		if size[0] >= 80 && !strings.Contains(plain(a), "missing closing )") {
			t.Errorf("%v: the results pane does not say what is wrong", size)
		}
		checkScreen(t, a, size[0], size[1])
	}
}

// TestSearchHighlightExact places every hit of a few queries on the wrapped
// lines of every seed at many widths, and checks that the rendered screen
// brackets exactly the matched text, including matches cut by a line break
// (which the test requires to occur, so it cannot pass vacuously).
func TestSearchHighlightExact(t *testing.T) {
	reports := seedReports(t)
	st := newStyles(true, false, false)
	open, shut := "⟦", "⟧"
	st.Match = lipgloss.NewStyle().Transform(func(s string) string { return open + s + shut })
	st.MatchCurrent = st.Match
	crossing := 0
	for _, wide := range []bool{false, true} {
		for _, r := range reports {
			for _, query := range []string{"法治", "依法行政", `re:\d+件`, "一、"} {
				hits := expectHits(t, query, r)
				for w := 14; w <= 120; w += 9 {
					rd := newReader(text.NewMeasure(wide))
					rd.SetReport(r)
					rd.SetSize(w, 10)
					rd.SetMatches(hits)
					rd.SetSize(w, rd.Lines()) // the whole report on screen
					var got []string
					for _, l := range rd.View(st) {
						for rest := l; ; {
							i := strings.Index(rest, open)
							if i < 0 {
								break
							}
							j := strings.Index(rest[i:], shut)
							got = append(got, rest[i+len(open):i+j])
							rest = rest[i+j:]
						}
					}
					var want []string
					for hi, hit := range hits {
						var lines []int32
						text := []rune(hit.Text())
						joined := ""
						for _, m := range rd.search.marks {
							if int(m.hit) == hi {
								want = append(want, rd.lines[m.line].text[m.b0:m.b1])
								joined += rd.lines[m.line].text[m.b0:m.b1]
								lines = append(lines, m.line)
							}
						}
						if len(lines) > 1 {
							crossing++
						}
						if exp := strings.ReplaceAll(string(text[hit.ParaStart:hit.ParaEnd]), " ", ""); strings.ReplaceAll(joined, " ", "") != exp {
							t.Errorf("%s %q w=%d: hit %d marks %q, want %q", r.ID, query, w, hi, joined, exp)
						}
					}
					if strings.Join(got, "|") != strings.Join(want, "|") {
						t.Errorf("%s %q w=%d: highlighted %q, want %q", r.ID, query, w, got, want)
					}
				}
			}
		}
	}
	if crossing == 0 {
		t.Error("no match crossed a line break: the test checks nothing about breaks")
	}
}

// TestSearchOutlineCounts checks the hit count after each section heading.
func TestSearchOutlineCounts(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 160, 48)
	a = send(keys(a, "/"), textKey("法治"))
	a = keys(a, "enter")
	want := expectHits(t, "法治", a.e.reports[a.rd().current])
	sum := 0
	for i, n := range a.rd().outline.counts {
		sum += n
		if n > 0 && !strings.Contains(a.rd().outline.row(a.e.st, i, false), fmt.Sprintf(" %d", n)) {
			t.Errorf("outline row %d lacks its count %d", i, n)
		}
	}
	inSections := 0
	for _, h := range want {
		if h.Section != nil {
			inSections++
		}
	}
	if sum != inSections || sum == 0 {
		t.Errorf("outline counts add up to %d, want %d", sum, inSections)
	}
}

// TestSearchIndexReady checks that the search in the open report finds the
// same before the index is built (folding the report alone) and after.
func TestSearchIndexReady(t *testing.T) {
	a := sized(seedReports(t), Options{}, 80, 24)
	cmd := buildIndex(a.e.ix)
	if cmd == nil {
		t.Fatal("no index build at start-up")
	}
	a = send(keys(send(keys(a, "/"), textKey("依法")), "enter"))
	before := a.rd().reader.Hits()
	a = send(a, cmd())
	if !a.e.ixReady {
		t.Fatal("the index build did not report")
	}
	a = send(keys(send(keys(a, "/"), textKey("依法")), "enter"))
	after := a.rd().reader.Hits()
	if len(before) == 0 || fmt.Sprint(before) != fmt.Sprint(after) {
		t.Errorf("%d hits before the index, %d after", len(before), len(after))
	}
}

// TestSearchAll drives F: type, results as you type, stale results dropped,
// j/k, Enter to open the report at the hit.
func TestSearchAll(t *testing.T) {
	reports := seedReports(t)
	a := sized(reports, Options{}, 80, 24)
	a = keys(a, "F")
	if !a.showingResults() || !a.typing() {
		t.Fatal("F does not open the results and the prompt")
	}
	// Two edits; the first search answers last and must be dropped.
	a, first := sendCmd(a, press("法"))
	a, second := sendCmd(a, press("治"))
	if first == nil || second == nil {
		t.Fatal("typing does not search")
	}
	a = send(a, second())
	stale := first().(resultsMsg)
	if !errors.Is(stale.err, context.Canceled) {
		t.Errorf("the first search was not cancelled: %v", stale.err)
	}
	a = send(a, stale, resultsMsg{gen: a.sa().gen - 1, res: &search.Results{Query: &search.Query{Text: "法"}}})
	res := a.sa().results.Results()
	if res == nil || res.Query.Text != "法治" || res.Total == 0 || len(res.Reports) != len(reports) {
		t.Fatalf("results %+v", res)
	}
	if s := plain(a); !strings.Contains(s, fmt.Sprintf("%d 处", len(res.Reports[0].Hits))) {
		t.Errorf("no count per report:\n%s", s)
	}
	checkScreen(t, a, 80, 24)

	a = keys(a, "down") // arrows move while typing
	a = keys(a, "enter")
	if a.typing() {
		t.Fatal("enter in the prompt should move to the list")
	}
	// Move to the second report's first hit: past the first report's last.
	for range len(res.Reports[0].Hits) - 1 {
		a = keys(a, "j")
	}
	a = keys(a, "k", "j")
	hit, ok := a.sa().results.Selected()
	if !ok || hit.Report != res.Reports[1].Report {
		t.Fatalf("j past the first report's hits: on %v", hit.Report.ID)
	}
	a = keys(a, "j", "j")
	hit, _ = a.sa().results.Selected()
	a = keys(a, "enter")
	if a.showingResults() || a.focusNow() != focusReader || a.e.reports[a.rd().current] != hit.Report {
		t.Fatalf("enter: results %v, report %s, want %s", a.showingResults(), a.e.reports[a.rd().current].ID, hit.Report.ID)
	}
	sel, _, total := a.rd().reader.MatchCount()
	if sel != 2 || total != len(res.Reports[1].Hits) {
		t.Errorf("opened at match %d of %d, want 2 of %d", sel, total, len(res.Reports[1].Hits))
	}
	if got := a.rd().reader.Hits()[sel]; got.Section != hit.Section || got.ParaStart != hit.ParaStart {
		t.Error("the current match is not the hit chosen")
	}
	if !a.rd().reader.inView(sel) {
		t.Error("the hit is not in view")
	}
	if status, _ := lastLines(a); !strings.Contains(status, fmt.Sprintf("3/%d", total)) {
		t.Errorf("status %q", status)
	}
	checkScreen(t, a, 80, 24)
}

// TestSearchResultsGolden pins the results pane at 80×24 and 160×48.
func TestSearchResultsGolden(t *testing.T) {
	reports := seedReports(t)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			a := sized(reports, Options{}, size[0], size[1])
			a = keys(a, "F")
			a = typeRun(t, a, textKey("法治政府"))
			checkScreen(t, a, size[0], size[1])
			golden(t, "typing", plain(a)+"\n")
			a = keys(a, "enter", "j", "j")
			checkScreen(t, a, size[0], size[1])
			golden(t, "list", plain(a)+"\n")
		})
	}
}

// TestSearchSmallSizes drives both searches at every size from 20×6 to
// 34×12: no panic, every line exactly the width.
func TestSearchSmallSizes(t *testing.T) {
	reports := seedReports(t)
	for w := 16; w <= 34; w++ {
		for h := 4; h <= 12; h++ {
			a := sized(reports, Options{}, w, h)
			steps := []tea.Msg{press("/"), textKey("法治"), tea.PasteMsg{Content: "建设"}, press("enter"),
				press("n"), press("N"), press("F"), textKey("依法"), press("down"), press("enter"), press("j"), press("G")}
			for i, msg := range steps {
				a = typeRun(t, a, msg)
				if w >= minWidth && h >= minHeight {
					checkScreen(t, a, w, h)
				} else if s := plain(a); strings.Contains(s, "\n") {
					t.Fatalf("%dx%d step %d: more than the notice", w, h, i)
				}
			}
			a = keys(a, "enter", "n")
			if w >= minWidth && h >= minHeight {
				checkScreen(t, a, w, h)
			}
		}
	}
}
