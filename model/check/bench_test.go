package check

import (
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/figures"
)

// report20k is a report of about 20,000 characters: the seeds' parts one
// after the other under one title.
func report20k(b *testing.B) *model.Report {
	var sb strings.Builder
	sb.WriteString("某区2024年度法治政府建设情况报告\n")
	names := []string{"jinan-changqing-2023.txt", "zibo-zhoucun-2023.txt", "jining-jingkai-2024.txt", "jinan-lixia-2024.txt"}
	for i := 0; utf8.RuneCountInString(sb.String()) < 20000; i++ {
		text := seedText(b, names[i%len(names)])
		if j := strings.Index(text, "一、"); j > 0 {
			text = text[j:]
		}
		sb.WriteString(text)
		sb.WriteString("\n")
	}
	return model.Parse("bench", model.Sanitize(sb.String()))
}

// BenchmarkCheck: every criterion of a 20,000-character report, with a
// previous report to compare the 不足 with (the costliest case).
// cpu-ns/op is the process's CPU time per check, which a busy machine does
// not inflate as it does wall time.
func BenchmarkCheck(b *testing.B) {
	r := report20k(b)
	prev := report20k(b)
	b.ReportAllocs()
	c := fixture.CPUTime()
	for b.Loop() {
		Run(Input{Report: r, Previous: prev})
	}
	b.ReportMetric(float64(fixture.CPUTime()-c)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(r.Chars()), "chars")
}

// BenchmarkExtractAnchor: figure extraction alone on the same report, the
// anchor the check is read against (the check extracts once, then reads
// the text a few times).
func BenchmarkExtractAnchor(b *testing.B) {
	r := report20k(b)
	b.ReportAllocs()
	c := fixture.CPUTime()
	for b.Loop() {
		figures.Extract(r)
	}
	b.ReportMetric(float64(fixture.CPUTime()-c)/float64(b.N), "cpu-ns/op")
}
