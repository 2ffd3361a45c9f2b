package timeline

import (
	"fmt"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model"
)

// reports500 are 100 units × 5 years made from the four seed reports:
// each unit a seed with its district renamed, each year a seed with its
// years shifted.
func reports500(b *testing.B) []*model.Report {
	seeds := []struct{ file, district string }{
		{"jinan-changqing-2023.txt", "长清区"}, {"jinan-lixia-2024.txt", "历下区"},
		{"zibo-zhoucun-2023.txt", "周村区"}, {"jining-jingkai-2024.txt", "济宁经济开发区"},
	}
	first, second := []rune("东西南北中上下左右前"), []rune("山水林田湖海河江城园")
	var out []*model.Report
	for k := 0; k < 100; k++ {
		s := seeds[k%len(seeds)]
		name := string(first[k/10]) + string(second[k%10]) + "区"
		text := strings.ReplaceAll(seedText(b, s.file), s.district, name)
		for y := 0; y < 5; y++ {
			t := strings.NewReplacer("2023", fmt.Sprint(2019+y), "2024", fmt.Sprint(2020+y), "2025", fmt.Sprint(2021+y)).Replace(text)
			r, err := model.LoadBytes(fmt.Sprintf("%s-%d", name, y), "-", []byte(t))
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, r)
		}
	}
	return out
}

// BenchmarkTimeline500: the timeline of 500 reports (100 units of five
// years), parts compared year on year; cpu-ns/op is the process's CPU time.
func BenchmarkTimeline500(b *testing.B) {
	reports := reports500(b)
	b.ReportAllocs()
	c := fixture.CPUTime()
	var units int
	for b.Loop() {
		units = len(Build(reports).Units)
	}
	b.ReportMetric(float64(fixture.CPUTime()-c)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(units), "units")
}

// BenchmarkParse500: parsing the same 500 reports, the anchor (what
// loading them costs before any timeline).
func BenchmarkParse500(b *testing.B) {
	reports := reports500(b)
	texts := make([]string, len(reports))
	for i, r := range reports {
		texts[i] = r.Text()
	}
	b.ReportAllocs()
	c := fixture.CPUTime()
	for b.Loop() {
		for i, t := range texts {
			model.Parse(reports[i].ID, t)
		}
	}
	b.ReportMetric(float64(fixture.CPUTime()-c)/float64(b.N), "cpu-ns/op")
}
