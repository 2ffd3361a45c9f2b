package search

import (
	"baogao/model"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// refSnippet is a snippet as Hit.Snippet first cut it: the paragraph as runes.
func refSnippet(h Hit, context int) (before, match, after string) {
	rs := []rune(h.Text())
	lo, hi := max(h.ParaStart-context, 0), min(h.ParaEnd+context, len(rs))
	before, match, after = string(rs[lo:h.ParaStart]), string(rs[h.ParaStart:h.ParaEnd]), string(rs[h.ParaEnd:hi])
	if lo > 0 {
		before = "…" + before
	}
	if hi < len(rs) {
		after += "…"
	}
	return before, match, after
}

// checkSnippets cuts the snippets of hits with one Snippets in document
// order, backwards and in a random order, and checks each against
// refSnippet.
func checkSnippets(t *testing.T, hits []Hit, context int, rng *rand.Rand) {
	t.Helper()
	orders := [][]int{make([]int, len(hits)), make([]int, len(hits)), rng.Perm(len(hits))}
	for i := range hits {
		orders[0][i], orders[1][i] = i, len(hits)-1-i
	}
	for k, order := range orders {
		s := Snippets{Context: context}
		for _, i := range order {
			b, m, a := s.Of(hits[i])
			// Snippets cuts the text as it is; the reference turns bad bytes into U+FFFD.
			b, m, a = string([]rune(b)), string([]rune(m)), string([]rune(a))
			if wb, wm, wa := refSnippet(hits[i], context); b != wb || m != wm || a != wa {
				t.Fatalf("order %d, hit %d (%d..%d), context %d: %q %q %q, want %q %q %q",
					k, i, hits[i].ParaStart, hits[i].ParaEnd, context, b, m, a, wb, wm, wa)
			}
		}
	}
}

func TestSnippets(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	reports := loadSeeds(t)
	// Invalid UTF-8 counts one rune per bad byte, forwards and backwards.
	reports = append(reports, model.Parse("bad", "标题\n一、部分\n法\xe6\xb3法\xff治\xe6法治\x80\x80法治\xf0\x9f\x98法\n"))
	for _, r := range reports {
		for _, query := range []string{"法治", "法", "政府", "，"} {
			hits := NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, query, false), r)
			for _, context := range []int{0, 1, 3, 24, 200} {
				checkSnippets(t, hits, context, rng)
			}
		}
	}
}

// oneParagraph is a report whose one paragraph is n repetitions of 单行单
// (n hits of 单行单), or with split, the same text in paragraphs of 30.
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

// TestSnippetsLinear cuts the snippet of every hit of one long paragraph:
// the runes stepped over must be about the paragraph's length, not the
// paragraph once per hit (which a new Snippets for each costs).
func TestSnippetsLinear(t *testing.T) {
	const n = 20_000
	r := oneParagraph(n, false)
	hits := NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, "单行单", false), r)
	if len(hits) != n {
		t.Fatalf("%d hits, want %d", len(hits), n)
	}
	s := Snippets{Context: 24}
	for _, h := range hits {
		s.Of(h)
	}
	if limit := 3 * n; s.steps > limit {
		t.Errorf("%d snippets of a %d-rune paragraph stepped over %d runes, want at most %d", n, 3*n, s.steps, limit)
	}
	// Backwards costs the same.
	s = Snippets{Context: 24}
	for i := len(hits) - 1; i >= 0; i-- {
		s.Of(hits[i])
	}
	if limit := 3 * n; s.steps > 2*limit {
		t.Errorf("backwards: stepped over %d runes, want at most %d", s.steps, 2*limit)
	}
}

// TestFindReport checks FindReport, with and without an index, against
// SearchReport: the first limit hits, the total and the count per section.
func TestFindReport(t *testing.T) {
	reports := append(loadSeeds(t), oneParagraph(5000, false), oneParagraph(5000, true))
	ix := NewIndex(reports[:len(reports)-1]) // the last one is not indexed
	for _, r := range reports {
		for _, query := range []struct {
			text  string
			regex bool
		}{{"法治", false}, {"单行单", false}, {"依法 行政", false}, {`\d+件`, true}, {"单行 行单", false}} {
			q := mustQuery(t, query.text, query.regex)
			all := ix.SearchReport(q, r)
			sections := map[*model.Section]int{}
			for _, h := range all {
				sections[h.Section]++
			}
			for _, limit := range []int{0, 1, 7, 100, len(all), len(all) + 1} {
				for name, find := range map[string]func() (*Found, error){
					"index": func() (*Found, error) { return ix.FindReport(context.Background(), q, r, limit) },
					"alone": func() (*Found, error) { return FindReport(context.Background(), q, r, limit) },
				} {
					f, err := find()
					if err != nil {
						t.Fatal(err)
					}
					want := all
					if limit > 0 && limit < len(all) {
						want = all[:limit]
					}
					if fmt.Sprint(f.Hits) != fmt.Sprint(want) || f.Total != len(all) || f.Truncated() != (len(want) < len(all)) {
						t.Errorf("%s %s %q limit %d: %d hits of %d, want %d of %d", name, r.ID, query.text, limit, len(f.Hits), f.Total, len(want), len(all))
					}
					if fmt.Sprint(f.Sections) != fmt.Sprint(sections) {
						t.Errorf("%s %s %q: sections %v, want %v", name, r.ID, query.text, f.Sections, sections)
					}
				}
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	big := oneParagraph(50_000, false)
	if _, err := FindReport(ctx, mustQuery(t, "单行单", false), big, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if _, err := NewIndex([]*model.Report{big}).FindReport(ctx, mustQuery(t, "单行单", false), big, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled, with an index: %v", err)
	}
}

// TestSearchFirst checks SearchFirst against Search: every report and
// count, and exactly the first limit hits located, in index order.
func TestSearchFirst(t *testing.T) {
	reports := append(loadSeeds(t), oneParagraph(3000, false))
	ix := NewIndex(reports)
	for _, query := range []string{"法治", "单行单", "依法 行政", "无此词"} {
		q := mustQuery(t, query, false)
		all, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{1, 50, 2000, all.Total, all.Total + 5} {
			res, err := ix.SearchFirst(context.Background(), q, limit)
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != all.Total || len(res.Reports) != len(all.Reports) {
				t.Fatalf("%q limit %d: %d hits in %d reports, want %d in %d", query, limit, res.Total, len(res.Reports), all.Total, len(all.Reports))
			}
			left := limit
			for i, rh := range res.Reports {
				want := all.Reports[i].Hits[:min(max(left, 0), len(all.Reports[i].Hits))]
				left -= len(want)
				if rh.Report != all.Reports[i].Report || rh.Count != len(all.Reports[i].Hits) || fmt.Sprint(rh.Hits) != fmt.Sprint(want) {
					t.Errorf("%q limit %d, report %d: count %d, %d located; want %d, %d", query, limit, i, rh.Count, len(rh.Hits), len(all.Reports[i].Hits), len(want))
				}
			}
		}
	}
}

// oneParagraphReps is how many 单行单 make 4 MB.
const oneParagraphReps = 4 << 20 / len("单行单")

// BenchmarkSearchOneParagraph locates every hit of 单行单 in a 4 MB report
// that is one paragraph of it, and in the same text split into paragraphs
// of 30: the one paragraph must cost no more than twice the split text.
// The CLI's printing (cmd/baogao) and the reader's highlighting (ui) have
// their own BenchmarkSearchOneParagraph.
func BenchmarkSearchOneParagraph(b *testing.B) {
	for _, split := range []bool{false, true} {
		name := "one-paragraph"
		if split {
			name = "split"
		}
		r := oneParagraph(oneParagraphReps, split)
		q := mustQuery(b, "单行单", false)
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, rh := range Reports(q, r) {
					n = len(rh.Hits)
				}
			}
			b.ReportMetric(float64(n), "hits")
		})
	}
}
