package ui

import (
	"testing"

	"baogao/model"
)

// BenchmarkFrameSearch is BenchmarkFrame with a search applied: every 法 of
// the 400,000-character report highlighted (tens of thousands of hits),
// scrolled to the middle, the current match on screen. A frame looks up
// only the marks of the lines in view, so it should cost what a frame
// without a search does.
func BenchmarkFrameSearch(b *testing.B) {
	big := bigReport(b, 400_000)
	a := sized([]*model.Report{big}, Options{}, 160, 48)
	q, err := model.ParseInput("法")
	if err != nil {
		b.Fatal(err)
	}
	a.applySearch(q)
	a.reader.ScrollBy(a.reader.Lines() / 2)
	a.reader.StepMatch(1)
	a.outline.Follow(a.reader.Current())
	_, total := a.reader.MatchCount()
	if total < 10_000 {
		b.Fatalf("only %d hits", total)
	}
	for b.Loop() {
		_ = a.View()
	}
	b.ReportMetric(float64(total), "hits")
}

// BenchmarkSearchApply is Enter in the prompt on the same report: the
// search, the mapping of every hit to wrapped lines and the outline counts.
func BenchmarkSearchApply(b *testing.B) {
	a := sized([]*model.Report{bigReport(b, 400_000)}, Options{}, 160, 48)
	q, err := model.ParseInput("法")
	if err != nil {
		b.Fatal(err)
	}
	a.search.ready = true
	for b.Loop() {
		a.applySearch(q)
	}
}
