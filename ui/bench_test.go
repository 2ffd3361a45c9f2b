package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
)

// bigReport stitches the seeds' parts together, renumbered, until the
// report holds at least n characters: a stand-in for the largest reports
// baogao should read without lag.
func bigReport(b *testing.B, n int) *model.Report {
	b.Helper()
	seeds := seedReports(b)
	big := &model.Report{ID: "big", Title: "大报告", District: "测试区", Year: 2024, Kind: model.KindReport}
	for big.Chars() < n {
		for _, r := range seeds {
			for _, s := range r.Sections {
				c := *s
				c.Path = fmt.Sprint(len(big.Sections) + 1)
				big.Sections = append(big.Sections, &c)
			}
		}
	}
	return big
}

// BenchmarkFrame measures one full frame (View) at 160×48 for a report of
// 400,000 characters, scrolled to the middle: the target is 2 ms.
func BenchmarkFrame(b *testing.B) {
	big := bigReport(b, 400_000)
	a := sized([]*model.Report{big}, Options{}, 160, 48)
	a.rd().reader.ScrollBy(a.rd().reader.Lines() / 2)
	a.rd().outline.Follow(a.rd().reader.Current())
	for b.Loop() {
		_ = a.View()
	}
	b.ReportMetric(float64(big.Chars()), "chars")
}

// BenchmarkScrollFrame is a key press (j) and the frame after it.
func BenchmarkScrollFrame(b *testing.B) {
	a := sized([]*model.Report{bigReport(b, 400_000)}, Options{}, 160, 48)
	j := press("j")
	for b.Loop() {
		m, _ := a.Update(j)
		a = m.(App)
		_ = a.View()
	}
}

// BenchmarkResize is the cost paid once per width: re-wrapping the
// 400,000-character report.
func BenchmarkResize(b *testing.B) {
	a := sized([]*model.Report{bigReport(b, 400_000)}, Options{}, 160, 48)
	w := 160
	for b.Loop() {
		w = 300 - w // 160, 140, 160, …: each a different reader width
		a = send(a, tea.WindowSizeMsg{Width: w, Height: 48})
	}
}
