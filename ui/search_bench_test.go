package ui

import (
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/search"
)

// findNow runs the search of the open report for q as the program would:
// queued, started as a command, its answer handed back.
func findNow(tb testing.TB, a *App, q *search.Query, th then) {
	tb.Helper()
	a.rd().applySearch(q, th)
	cmd := a.rd().startFind(&a.e)
	if cmd == nil {
		tb.Fatal("no search started")
	}
	msg, ok := cmd().(foundMsg)
	if !ok || msg.err != nil {
		tb.Fatalf("the search answered %#v", msg)
	}
	a.rd().gotFound(msg)
}

// BenchmarkFrameSearch is BenchmarkFrame with a search applied: every 法 of
// the 400,000-character report highlighted (tens of thousands of hits),
// scrolled to the middle, the current match on screen. A frame looks up
// only the marks of the lines in view, so it should cost what a frame
// without a search does.
func BenchmarkFrameSearch(b *testing.B) {
	big := bigReport(b, 400_000)
	a := sized([]*model.Report{big}, Options{}, 160, 48)
	q, err := search.ParseInput("法")
	if err != nil {
		b.Fatal(err)
	}
	findNow(b, &a, q, thenNothing)
	a.rd().reader.ScrollBy(a.rd().reader.Lines() / 2)
	a.rd().reader.StepMatch(1)
	a.rd().outline.Follow(a.rd().reader.Current())
	_, _, total := a.rd().reader.MatchCount()
	if total < 10_000 {
		b.Fatalf("only %d hits", total)
	}
	for b.Loop() {
		_ = a.View()
	}
	b.ReportMetric(float64(total), "hits")
}

// BenchmarkSearchApply is Enter in the prompt on the same report: the
// search, the placing of every hit on the wrapped lines and the outline
// counts (the command), and showing its answer (Update).
func BenchmarkSearchApply(b *testing.B) {
	a := sized([]*model.Report{bigReport(b, 400_000)}, Options{}, 160, 48)
	q, err := search.ParseInput("法")
	if err != nil {
		b.Fatal(err)
	}
	a.e.ixReady = true
	for b.Loop() {
		findNow(b, &a, q, thenFirst)
	}
}

// oneParagraph is a report whose one paragraph is n repetitions of 单行单,
// or with split, the same text in paragraphs of 30.
func oneParagraph(n int, split bool) *model.Report {
	var b strings.Builder
	b.WriteString("标题\n一、部分\n")
	for i := range n {
		b.WriteString("单行单")
		if split && i%30 == 29 {
			b.WriteByte('\n')
		}
	}
	b.WriteByte('\n')
	return model.Parse("one", b.String())
}

// BenchmarkSearchOneParagraph places the hits of 单行单 on the wrapped
// lines of a 4 MB report that is one paragraph of it, and of the same text
// split into paragraphs of 30, at 160×48: the one paragraph must cost no
// more than twice the split text. The hits are located once, all of them
// (466,033, past the app's bound, to place the same number as the CLI
// prints); model and cmd/baogao have the benchmarks of locating and
// printing them.
func BenchmarkSearchOneParagraph(b *testing.B) {
	const reps = 4 << 20 / len("单行单")
	for _, split := range []bool{false, true} {
		name := "one-paragraph"
		if split {
			name = "split"
		}
		r := oneParagraph(reps, split)
		a := sized([]*model.Report{r}, Options{}, 160, 48)
		q, err := search.ParseInput("单行单")
		if err != nil {
			b.Fatal(err)
		}
		hits := search.Reports(q, r)[0].Hits
		w := a.rd().reader.snapshot()
		b.Run(name, func(b *testing.B) {
			marks := 0
			for b.Loop() {
				m, _, err := placeHits(b.Context(), w, hits)
				if err != nil {
					b.Fatal(err)
				}
				marks = len(m)
			}
			b.ReportMetric(float64(len(hits)), "hits")
			b.ReportMetric(float64(marks), "marks")
		})
	}
}
