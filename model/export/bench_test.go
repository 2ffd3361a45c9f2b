package export

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/compare"
	"baogao/model/figures"
)

// The exports of the largest comparisons that can be built from the seeds
// (the embedded ones and ../shared/seeds when it is there): every ordered
// pair of two reports, and every report against an edited copy of itself,
// the 100 largest by characters; and one comparison of 100+ section pairs,
// all the seeds joined into one report against an edited copy of it.
//
//	go test ./model/export -run '^$' -bench . -benchmem

// seedCorpus is the seed texts: the embedded seeds and ../shared/seeds.
func seedCorpus(b *testing.B) []string {
	texts := fixture.SeedTexts(b)
	// ../shared/seeds beside the main checkout, or beside the worktrees.
	shared, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(shared) == 0 {
		shared, _ = filepath.Glob("../../../../shared/seeds/*.txt")
	}
	for _, p := range shared {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data))
		}
	}
	return texts
}

var digits = regexp.MustCompile(`[0-9]+`)

// edited is a text as next year's report edits it: every third number
// changed, every seventh line's first sentence dropped.
func edited(text string) string {
	n := 0
	text = digits.ReplaceAllStringFunc(text, func(s string) string {
		n++
		if n%3 != 0 {
			return s
		}
		v, _ := strconv.Atoi(s)
		return strconv.Itoa(v + 1)
	})
	lines := strings.Split(text, "\n")
	for i := 3; i < len(lines); i += 7 {
		if _, rest, ok := strings.Cut(lines[i], "。"); ok && rest != "" {
			lines[i] = rest
		}
	}
	return strings.Join(lines, "\n")
}

func load(b *testing.B, texts ...string) []*model.Report {
	m := fstest.MapFS{}
	for i, t := range texts {
		m[strconv.Itoa(i)+".txt"] = &fstest.MapFile{Data: []byte(t)}
	}
	l := model.LoadFS(m, "bench")
	sort.Slice(l.Reports, func(i, j int) bool {
		a, _ := strconv.Atoi(l.Reports[i].ID)
		c, _ := strconv.Atoi(l.Reports[j].ID)
		return a < c
	})
	return l.Reports
}

// largestPairs is the 100 largest comparisons of the seeds.
func largestPairs(b *testing.B) []*compare.Comparison {
	texts := seedCorpus(b)
	n := len(texts)
	for _, t := range texts[:n] {
		texts = append(texts, edited(t))
	}
	rs := load(b, texts...)
	type pair struct{ a, b *model.Report }
	var pairs []pair
	for i := range n {
		for j := range n {
			if i != j {
				pairs = append(pairs, pair{rs[i], rs[j]})
			}
		}
		pairs = append(pairs, pair{rs[i], rs[n+i]})
	}
	sort.Slice(pairs, func(i, j int) bool {
		return pairs[i].a.Chars()+pairs[i].b.Chars() > pairs[j].a.Chars()+pairs[j].b.Chars()
	})
	var out []*compare.Comparison
	for _, p := range pairs[:min(100, len(pairs))] {
		out = append(out, compare.Reports(p.a, p.b))
	}
	return out
}

// writers are the exports, by name.
var writers = []struct {
	name  string
	write func(io.Writer, *Doc) error
}{
	{"html", WriteHTML},
	{"docx", WriteDocx},
	{"docx-table", WriteDocxTable},
	{"md", WriteMarkdown},
	{"csv", func(w io.Writer, d *Doc) error { return WriteFiguresCSV(w, figuresTable(d)) }},
}

// BenchmarkExportLargest: one op is one export (Build and the writer) of
// one of the 100 largest comparisons, in turn.
func BenchmarkExportLargest(b *testing.B) {
	cs := largestPairs(b)
	b.Logf("%d comparisons, the largest %d characters", len(cs), cs[0].A.Chars()+cs[0].B.Chars())
	for _, w := range writers {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				c := cs[i%len(cs)]
				i++
				if err := w.write(io.Discard, Build(c, Options{})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkExportManyPairs: all the seeds joined into one report, against
// an edited copy: a comparison of 100 and more section pairs.
func BenchmarkExportManyPairs(b *testing.B) {
	texts := seedCorpus(b)
	joined := strings.Join(append(texts, texts...), "\n")
	rs := load(b, joined, edited(joined))
	c := compare.Reports(rs[0], rs[1])
	if len(c.Pairs) < 100 {
		b.Fatalf("only %d pairs", len(c.Pairs))
	}
	b.Logf("%d section pairs, %d characters", len(c.Pairs), rs[0].Chars()+rs[1].Chars())
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Build(c, Options{})
		}
	})
	for _, w := range writers {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := w.write(io.Discard, Build(c, Options{})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	// The anchor: the comparison itself, which every export starts from.
	b.Run("compare-anchor", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compare.Reports(rs[0], rs[1])
		}
	})
}

func figuresTable(d *Doc) *figures.Table {
	if d.Figures == nil {
		return nil
	}
	return d.Figures.Table
}
