package main

import (
	"bytes"
	"io"
	"runtime"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/search"
	"baogao/seeds"
)

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

// locate finds query in reports as `baogao search` does.
func locate(t testing.TB, query string, reports ...*model.Report) (*search.Query, []search.FileHits, int) {
	t.Helper()
	q, err := search.ParseQuery(query, false)
	if err != nil {
		t.Fatal(err)
	}
	var files []search.FileHits
	total := 0
	for _, rh := range search.Reports(q, reports...) {
		files = append(files, search.FileHits{Report: rh.Report, Hits: rh.Hits, Count: len(rh.Hits)})
		total += len(rh.Hits)
	}
	return q, files, total
}

// allocated is how many bytes f allocates.
func allocated(f func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// TestSearchOneParagraphLinear prints the 20,000 hits of one paragraph as
// lines and as JSON. Cutting each snippet from the paragraph's start (as
// runes) allocated the paragraph once per hit, 4.8 GB here; one pass per
// paragraph allocates about the output. A byte count, not a timing, so it
// cannot be flaky.
func TestSearchOneParagraphLinear(t *testing.T) {
	q, files, total := locate(t, "单行单", oneParagraph(20_000, false))
	if total != 20_000 {
		t.Fatalf("%d hits", total)
	}
	for name, write := range map[string]func(io.Writer){
		"lines": func(w io.Writer) { writeHits(w, files, false) },
		"json":  func(w io.Writer) { writeSearchJSON(w, q, files, total) },
	} {
		var out bytes.Buffer
		write(&out) // grow the buffer first
		size := out.Len()
		n := allocated(func() { out.Reset(); write(&out) })
		if limit := uint64(8*size) + 1<<20; n > limit {
			t.Errorf("%s: %d bytes of output allocated %d bytes, want at most %d", name, size, n, limit)
		}
	}
}

// TestSearchJSONStreamed checks that writeSearchJSON writes exactly what
// encoding the whole value at once does: with hits, without, counted only,
// and with characters JSON escapes or HTML would.
func TestSearchJSONStreamed(t *testing.T) {
	loaded := model.LoadFS(seeds.FS, "seeds")
	odd := model.Parse(`a<b>&"c"`, "标题 <b>&\n一、部分 \"引\"\n正文<b>法治&amp;\\政府\n")
	reports := append(loaded.Reports, odd)
	for _, query := range []string{"法治", "法治 政府", "无此词", "<b>", `"引"`, "x\u202e\u009b法治"} {
		q, files, total := locate(t, query, reports...)
		counted := make([]search.FileHits, len(files))
		for i, f := range files {
			counted[i] = search.FileHits{Report: f.Report, Count: f.Count}
		}
		for name, fs := range map[string][]search.FileHits{"hits": files, "count": counted} {
			var want, got bytes.Buffer
			writeJSON(&want, searchJSON(q, fs, total))
			writeSearchJSON(&got, q, fs, total)
			if got.String() != want.String() {
				t.Errorf("%q %s: streamed JSON differs:\n%s\nwant\n%s", query, name, got.String()[:min(got.Len(), 2000)], want.String()[:min(want.Len(), 2000)])
			}
		}
	}
}

// BenchmarkSearchOneParagraph prints the hits of 单行单 in a 4 MB report
// that is one paragraph of it, and in the same text split into paragraphs
// of 30, as lines and as --json (the hits already located: model has the
// benchmark of locating them). The one paragraph must cost no more than
// twice the split text.
func BenchmarkSearchOneParagraph(b *testing.B) {
	const reps = 4 << 20 / len("单行单")
	for _, out := range []string{"print", "json"} {
		for _, split := range []bool{false, true} {
			name := out + "/one-paragraph"
			if split {
				name = out + "/split"
			}
			q, files, total := locate(b, "单行单", oneParagraph(reps, split))
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if out == "print" {
						writeHits(io.Discard, files, false)
					} else {
						writeSearchJSON(io.Discard, q, files, total)
					}
				}
				b.ReportMetric(float64(total), "hits")
			})
		}
	}
}
