package figures

import (
	"baogao/model"
	"baogao/model/fold"
	"strings"
	"testing"
	"unicode/utf8"
)

// report20k is a report of about 20,000 characters made of the seeds'
// parts one after the other.
func report20k(b *testing.B) string {
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
	return sb.String()
}

// BenchmarkExtract: the figures of a 20,000-character report. cpu-ns/op is
// the process's CPU time per extraction, which a busy machine does not
// inflate as it does wall time.
func BenchmarkExtract(b *testing.B) {
	r := parse(b, "bench", report20k(b))
	n := len(Extract(r))
	b.ReportAllocs()
	c := cpuTime()
	for b.Loop() {
		Extract(r)
	}
	b.ReportMetric(float64(cpuTime()-c)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(r.Chars()), "chars")
	b.ReportMetric(float64(n), "figures")
}

// BenchmarkFoldBaseline folds every paragraph of the same report, the
// least any reading of its text costs: BenchmarkExtract is reported as a
// ratio to it, measured side by side.
func BenchmarkFoldBaseline(b *testing.B) {
	r := parse(b, "bench", report20k(b))
	b.ReportAllocs()
	c := cpuTime()
	for b.Loop() {
		r.Walk(func(s *model.Section) {
			for _, p := range s.Paras {
				fold.Map(p)
			}
		})
	}
	b.ReportMetric(float64(cpuTime()-c)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCompare: the correspondence of the figures of that report and
// its next year's.
func BenchmarkCompare(b *testing.B) {
	text := report20k(b)
	a, c := SetOf(parse(b, "a", text)), SetOf(parse(b, "b", strings.ReplaceAll(text, "2023", "2024")))
	b.ReportAllocs()
	for b.Loop() {
		Compare(a, c, SamePath)
	}
}
