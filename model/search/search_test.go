package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/internal/corpus"
	"baogao/seeds"
)

func loadSeeds(t testing.TB) []*model.Report {
	t.Helper()
	l := model.LoadFS(seeds.FS, "seeds")
	if len(l.Errors) > 0 || len(l.Reports) == 0 {
		t.Fatalf("loading seeds: %v", l.Errors)
	}
	return l.Reports
}

func seedReport(t testing.TB, id string) *model.Report {
	t.Helper()
	for _, r := range loadSeeds(t) {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no seed %s", id)
	return nil
}

func mustQuery(t testing.TB, text string, regex bool) *Query {
	t.Helper()
	q, err := ParseQuery(text, regex)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", text, err)
	}
	return q
}

// runeSlice returns runes [lo, hi) of s.
func runeSlice(s string, lo, hi int) string {
	rs := []rune(s)
	if lo < 0 || hi > len(rs) || lo > hi {
		return "<out of range>"
	}
	return string(rs[lo:hi])
}

// checkHit checks that a hit's two pairs of offsets name the same original
// text, and returns it.
func checkHit(t *testing.T, h Hit) string {
	t.Helper()
	inPara := runeSlice(h.Text(), h.ParaStart, h.ParaEnd)
	inSection := runeSlice(SectionText(h.Report, h.Section), h.Start, h.End)
	if inPara != inSection {
		t.Fatalf("hit in %s §%s: paragraph offsets give %q, section offsets %q", h.Report.ID, h.Path(), inPara, inSection)
	}
	return inSection
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in    string
		terms []string
	}{
		{"枫桥经验", []string{"枫桥经验"}},
		{"枫桥经验 出庭应诉率", []string{"枫桥经验", "出庭应诉率"}},
		{"枫桥经验\u3000出庭应诉率", []string{"枫桥经验", "出庭应诉率"}},
		{`"2023 年度"`, []string{"2023年度"}},
		{`"rule of law" 法治`, []string{"rule of law", "法治"}},
		{`行政"复议`, []string{"行政", "复议"}},
		{"（一） (一)", []string{"(一)"}},
		{"楓橋經驗", []string{"枫桥经验"}},
		{"“平安守护”反诈", []string{`"平安守护"反诈`}},
	}
	for _, tt := range tests {
		q := mustQuery(t, tt.in, false)
		if strings.Join(q.Terms, "|") != strings.Join(tt.terms, "|") {
			t.Errorf("ParseQuery(%q) terms = %q, want %q", tt.in, q.Terms, tt.terms)
		}
	}
	for _, in := range []string{"", "   ", `""`, "\u200b", "\u3000"} {
		if _, err := ParseQuery(in, false); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("ParseQuery(%q) error = %v, want ErrEmptyQuery", in, err)
		}
	}
	for _, in := range []string{"(", "[a-", `\p{Nope}`, "a**", "x{2,1}"} {
		_, err := ParseQuery(in, true)
		if err == nil || !strings.Contains(err.Error(), "invalid regular expression") {
			t.Errorf("ParseQuery(%q, regex) error = %v, want an invalid regular expression error", in, err)
		}
	}
	if q, err := ParseInput("re:出庭.*率"); err != nil || q.Regex == nil {
		t.Errorf("ParseInput with re: prefix = %v, %v; want a regex query", q, err)
	}
}

// TestSearchSeeds checks hits in the seeds, their sections and the original
// text their offsets point at.
func TestSearchSeeds(t *testing.T) {
	ix := NewIndex(loadSeeds(t))
	tests := []struct {
		query   string
		regex   bool
		reports int      // reports with hits
		total   int      // hits, or -1: at least one
		texts   []string // every hit's original text is one of these
	}{
		// one seed per report in 3 of 5 reports
		{query: "枫桥经验", reports: 3, total: 3, texts: []string{"枫桥经验"}},
		{query: "出庭应诉率", reports: 3, total: -1, texts: []string{"出庭应诉率"}},
		// the paragraph a page break split in zibo-zhoucun-2023: the parser
		// re-joined it, and the hit spans the join
		{query: "“平安守护”反诈宣传队", reports: 1, total: 1, texts: []string{"“平安守护”反诈宣传队"}},
		// ASCII quotes make a phrase and a word, both in that paragraph
		{query: `"平安守护"反诈宣传队`, reports: 1, total: 2, texts: []string{"平安守护", "反诈宣传队"}},
		// 2023 年 is written with a space in zibo-zhoucun-2023
		{query: "2023年度法治政府", reports: -1, total: -1, texts: []string{"2023 年度法治政府", "2023年度法治政府"}},
		// half-width "(五)" in the seed, full-width in the query
		{query: "（五）深入推进法治社会建设", reports: 1, total: 1, texts: []string{"(五)深入推进法治社会建设"}},
		{query: "楓橋經驗", reports: 3, total: 3, texts: []string{"枫桥经验"}},
		{query: "碳达峰", reports: 0, total: 0},
		{query: "re-and:枫桥经验 坚持", reports: 0, total: 0},
		{query: `枫桥经验.{0,4}`, regex: true, reports: 3, total: 3},
		{query: `楓橋經驗`, regex: true, reports: 3, total: 3, texts: []string{"枫桥经验"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res, err := ix.Search(context.Background(), mustQuery(t, tt.query, tt.regex))
			if err != nil {
				t.Fatal(err)
			}
			if tt.reports >= 0 && len(res.Reports) != tt.reports {
				t.Errorf("%d reports with hits, want %d", len(res.Reports), tt.reports)
			}
			if tt.total >= 0 && res.Total != tt.total || tt.total < 0 && res.Total == 0 {
				t.Errorf("%d hits, want %d", res.Total, tt.total)
			}
			n := 0
			for _, rh := range res.Reports {
				n += len(rh.Hits)
				for _, h := range rh.Hits {
					got := checkHit(t, h)
					if tt.texts != nil && !contains(tt.texts, got) {
						t.Errorf("hit in %s §%s is %q, want one of %q", rh.Report.ID, h.Path(), got, tt.texts)
					}
				}
			}
			if n != res.Total {
				t.Errorf("Total = %d, hits listed %d", res.Total, n)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSearchAcrossPageBreak pins the seed case: in the file the phrase is
// cut by a page break, in the report it is one paragraph, and the hit's
// offsets point at it in that section's text.
func TestSearchAcrossPageBreak(t *testing.T) {
	raw, err := fs.ReadFile(seeds.FS, "zibo-zhoucun-2023.txt")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "“平安守护”反诈宣传队") || !strings.Contains(string(raw), "“平安守护”\n\n反诈宣传队") {
		t.Fatal("the seed no longer has the page break this test is about")
	}
	r := seedReport(t, "zibo-zhoucun-2023")
	hits := NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, "平安守护反诈", false), r)
	if len(hits) != 0 {
		t.Errorf("平安守护反诈 matched across the quote: %v", hits)
	}
	hits = NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, "守护”反诈宣传", false), r)
	if len(hits) != 1 {
		t.Fatalf("%d hits, want 1", len(hits))
	}
	h := hits[0]
	if h.Section == nil || h.Para < 0 {
		t.Fatalf("hit not in a section paragraph: %+v", h)
	}
	text := SectionText(r, h.Section)
	if got := runeSlice(text, h.Start, h.End); got != "守护”反诈宣传" {
		t.Errorf("section text at [%d,%d) = %q", h.Start, h.End, got)
	}
	if strings.Contains(runeSlice(text, h.Start, h.End), "\n") {
		t.Error("hit spans a line of the section text")
	}
}

// TestSearchOffsets builds reports whose keys differ from their text in
// every way folding allows, and checks each hit's original text.
func TestSearchOffsets(t *testing.T) {
	text := "關於 2023 年度法治政府建設的報告\n" +
		"堅持和發展新時代「楓橋經驗」，完善矛盾糾紛多元化解機制。\n" +
		"一、主要舉措\n" +
		"（一）依法行政　制度建設。全區行政機關負責人出庭應訴率達到 １００％ ，比上年提高 ２ 個百分點。\n" +
		"Rule  of   LAW 是法治的英文。\n" +
		"二、存在的不足\n" +
		"楓橋經驗\u200b仍需推廣，1+1+N 模式。\n"
	r := model.Parse("trad", text)
	ix := NewIndex([]*model.Report{r})
	tests := []struct {
		query, want, path string
		para              int
	}{
		{"枫桥经验", "楓橋經驗", "", 0},
		{"2023年度", "2023 年度", "", -1},
		{"出庭应诉率达到100%", "出庭應訴率達到 １００％", "1.1", 0},
		{"100%,", "１００％ ，", "1.1", 0},
		{"提高2个", "提高 ２ 個", "1.1", 0},
		{"依法行政制度建设", "依法行政　制度建設", "1.1", -1},
		{"(一)依法行政", "（一）依法行政", "1.1", -1},
		{`"rule of law"`, "Rule  of   LAW", "1.1", 1},
		{"经验仍需", "經驗\u200b仍需", "2", 0},
		{"1+1+n", "1+1+N", "2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits := ix.SearchReport(mustQuery(t, tt.query, false), r)
			var got []Hit
			for _, h := range hits {
				if h.Path() == tt.path {
					got = append(got, h)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d hits in §%q, want 1 (all hits: %+v)", len(got), tt.path, hits)
			}
			if got[0].Para != tt.para {
				t.Errorf("para = %d, want %d", got[0].Para, tt.para)
			}
			if s := checkHit(t, got[0]); s != tt.want {
				t.Errorf("hit is %q, want %q", s, tt.want)
			}
		})
	}
}

func TestSearchAllWords(t *testing.T) {
	r := model.Parse("t", "标题\n一、第一部分\n法治政府建设，行政复议。\n法治社会建设。\n行政复议规范化，法治政府。\n")
	ix := NewIndex([]*model.Report{r})
	hits := ix.SearchReport(mustQuery(t, "行政复议 法治政府", false), r)
	var got []string
	for _, h := range hits {
		got = append(got, checkHit(t, h))
	}
	// both words in paragraphs 0 and 2, not in 1; each occurrence a hit
	want := []string{"法治政府", "行政复议", "行政复议", "法治政府"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("hits %q, want %q", got, want)
	}
	for _, h := range hits {
		if h.Para == 1 {
			t.Errorf("hit in the paragraph with only one word: %+v", h)
		}
	}
	// overlapping words merge into one hit
	hits = ix.SearchReport(mustQuery(t, "法治政府 政府建设", false), r)
	if len(hits) != 1 || checkHit(t, hits[0]) != "法治政府建设" {
		t.Errorf("overlapping words: %+v", hits)
	}
}

func TestSearchRegex(t *testing.T) {
	r := model.Parse("t", "标题\n一、第一部分\n出庭应诉率达到100%，复议纠错率为5%。\n二、第二部分\n（１）ＡＢＣ\n")
	ix := NewIndex([]*model.Report{r})
	tests := []struct {
		expr string
		want []string
	}{
		{`\d+%`, []string{"100%", "5%"}},
		{`率(达到|为)\d+`, []string{"率达到100", "率为5"}},
		{`^出庭`, []string{"出庭"}},
		{`[Ａ-Ｃ]+`, []string{"ＡＢＣ"}},
		{`abc`, []string{"ＡＢＣ"}},
		{`(1)`, []string{"1", "１"}},
		{`\(1\)`, []string{"（１）"}},
		{`x*`, nil}, // only empty matches: no hits
		{`分\s*出庭`, nil},
	}
	for _, tt := range tests {
		hits := ix.SearchReport(mustQuery(t, tt.expr, true), r)
		var got []string
		for _, h := range hits {
			got = append(got, checkHit(t, h))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("regex %q: hits %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestSearchPreamble(t *testing.T) {
	r := model.Parse("t", "济南市历下区2024年法治政府建设情况报告\n\n2024年，历下区坚持法治政府建设。\n一、主要举措\n法治政府。\n")
	hits := NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, "法治政府", false), r)
	var paths []string
	for _, h := range hits {
		checkHit(t, h)
		paths = append(paths, h.Path()+":"+strconv.Itoa(h.Para+1))
	}
	// title (para -1), preamble paragraph 0, section 1 paragraph 0
	if want := ":0 :1 1:1"; strings.Join(paths, " ") != want {
		t.Errorf("hits at %q, want %q", strings.Join(paths, " "), want)
	}
}

func TestSearchCancelled(t *testing.T) {
	ix := NewIndex(loadSeeds(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, mustQuery(t, "法治", false)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled search: err = %v", err)
	}
}

func TestSnippet(t *testing.T) {
	r := model.Parse("t", "标题\n一、部分\n一二三四五六七八九十法治政府一二三四五六七八九十\n")
	hits := NewIndex([]*model.Report{r}).SearchReport(mustQuery(t, "法治政府", false), r)
	if len(hits) != 1 {
		t.Fatalf("%d hits", len(hits))
	}
	s := Snippets{Context: 3}
	b, m, a := s.Of(hits[0])
	if b != "…八九十" || m != "法治政府" || a != "一二三…" {
		t.Errorf("Snippet(3) = %q %q %q", b, m, a)
	}
	s = Snippets{Context: 20}
	b, _, a = s.Of(hits[0])
	if b != "一二三四五六七八九十" || a != "一二三四五六七八九十" {
		t.Errorf("Snippet(20) = %q … %q", b, a)
	}
}

func TestCountRunes(t *testing.T) {
	for _, s := range append(fixture.SeedTexts(t), "", "a", "法", "ab法治cdefghij政府", "１２３４５６７８９") {
		for i := 0; i <= len(s) && i < 64; i++ {
			if got, want := countRunes(s[i:]), len([]rune(s[i:])); got != want && isValidStart(s[i:]) {
				t.Fatalf("countRunes(%.20q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

func isValidStart(s string) bool { return s == "" || s[0]&0xC0 != 0x80 }

// benchCorpus is the 100 MB generated corpus, loaded once per test binary.
var benchCorpus = sync.OnceValues(func() ([]*model.Report, int) {
	var reports []*model.Report
	size := 0
	for _, f := range corpus.Generate(100 << 20) {
		r, err := model.LoadBytes(f.Name, f.Name, f.Data)
		if err != nil {
			panic(err)
		}
		reports = append(reports, r)
		size += len(f.Data)
	}
	return reports, size
})

// benchQueries are the queries of BenchmarkSearch and BenchmarkSearchAll.
var benchQueries = []struct {
	name, query string
	regex       bool
}{
	{"rare", "碳达峰", false},
	{"fifth", "无人机", false},
	{"most", "枫桥经验", false},
	{"every", "法治政府", false},
	{"two-words", "行政复议 法治政府", false},
	{"phrase", `"坚持和发展新时代"`, false},
	{"ascii", "1+1+N", false},
	{"traditional", "楓橋經驗", false},
	{"absent", "量子计算", false},
	{"regex", `出庭应诉率.{0,8}\d+%`, true},
	{"regex-noliteral", `\d{4}年\d+月`, true},
}

// benchIndex is the index of the 100 MB corpus, keys and postings built.
func benchIndex(b *testing.B) *Index {
	reports, size := benchCorpus()
	ix := NewIndex(reports)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	ix.once.Do(ix.build)
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	post := 0
	if ix.post != nil {
		post = 4 * len(ix.post.pos)
	}
	b.Logf("%d reports, %d MB of files; %d MB of keys and %d MB of postings built in %v (heap +%d MB)",
		len(reports), size>>20, len(ix.all)>>20, post>>20, took.Round(time.Millisecond), (int64(m1.HeapAlloc)-int64(m0.HeapAlloc))>>20)
	return ix
}

// BenchmarkSearch searches a generated 100 MB corpus (8k reports) held in
// memory, keys already built, as the app's results pane does: the number of
// hits in every report (Index.Count) and the hits of the first report, which
// is what is on screen. BenchmarkSearchAll locates every hit.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b)
	for _, bq := range benchQueries {
		q := mustQuery(b, bq.query, bq.regex)
		b.Run(bq.name, func(b *testing.B) {
			var c *Counts
			shown := 0
			cpu0 := fixture.CPUTime()
			for b.Loop() {
				var err error
				if c, err = ix.Count(context.Background(), q); err != nil {
					b.Fatal(err)
				}
				if len(c.Reports) > 0 {
					shown = len(c.Hits(0))
				}
			}
			b.ReportMetric(float64(c.Total), "hits")
			b.ReportMetric(float64(shown), "located")
			// CPU time per search, all threads: on a shared machine wall
			// time includes waiting for a core; this does not.
			b.ReportMetric(float64(fixture.CPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// BenchmarkSearchAll is BenchmarkSearch with every hit located (Search), as
// `baogao search` without --count needs.
func BenchmarkSearchAll(b *testing.B) {
	ix := benchIndex(b)
	for _, bq := range benchQueries {
		q := mustQuery(b, bq.query, bq.regex)
		b.Run(bq.name, func(b *testing.B) {
			var res *Results
			cpu0 := fixture.CPUTime()
			for b.Loop() {
				var err error
				if res, err = ix.Search(context.Background(), q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(res.Total), "hits")
			b.ReportMetric(float64(fixture.CPUTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// TestCountMatchesSearch checks Index.Count, which finds terms through rune
// postings and regular expressions through a required literal, against
// searching every report's key, for queries of every kind; and that
// Counts.Hits gives exactly the counted hits.
func TestCountMatchesSearch(t *testing.T) {
	var reports []*model.Report
	for _, f := range corpus.Generate(3 << 20) {
		r, err := model.LoadBytes(f.Name, f.Name, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	for _, text := range []string{
		"标题\n一、哈哈哈哈\n哈哈哈，哈哈。法治政府法治政府\n",
		"法治\n一、部分\n法治政府建设 法治 政府\n行政复议与法治政府\n",
		"關於法治政府\n一、楓橋經驗\n出庭應訴率 １００％，出庭应诉率99%。\n",
	} {
		reports = append(reports, model.Parse("x", text))
	}
	for _, ratio := range []int{scanRatio, 1} {
		t.Run(fmt.Sprint("scanRatio=", ratio), func(t *testing.T) {
			defer func(r int) { scanRatio = r }(scanRatio)
			scanRatio = ratio
			testCountMatchesSearch(t, reports)
		})
	}
}

func testCountMatchesSearch(t *testing.T, reports []*model.Report) {
	ix := NewIndex(reports)
	for _, tt := range []struct {
		query string
		regex bool
	}{
		{"法治政府", false}, {"碳达峰", false}, {"无人机", false}, {"枫桥经验", false}, {"楓橋經驗", false},
		{"哈哈", false}, {"哈", false}, {"政府", false}, {"，", false}, {"1+1+N", false}, {"2023年", false},
		{"行政复议 法治政府", false}, {"法治 法治政府", false}, {"政府 法治", false}, {"哈 哈哈", false},
		{"量子计算", false}, {"碳达峰 量子", false}, {`"法治 政府"`, false},
		{`出庭应诉率.{0,8}\d+%`, true}, {`法治(政府)+`, true}, {`^一、`, true}, {`\A关于`, true},
		{`碳达峰|无人机`, true}, {`哈{2}`, true}, {`\d+%`, true}, {`政府$`, true},
	} {
		q := mustQuery(t, tt.query, tt.regex)
		c, err := ix.Count(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		m := newMatcher(q, nil)
		got := map[*model.Report]int{}
		for i, rc := range c.Reports {
			got[rc.Report] = rc.Count
			hits := c.Hits(i)
			if len(hits) != rc.Count {
				t.Errorf("%q: %s counted %d, Hits gives %d", tt.query, rc.Report.ID, rc.Count, len(hits))
			}
			if g, w := hitList(hits), hitList(m.search(newDocKey(rc.Report, false))); g != w {
				t.Errorf("%q: %s: Hits\n%s\nwant\n%s", tt.query, rc.Report.ID, g, w)
			}
		}
		res, err := ix.Search(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != c.Total || len(res.Reports) != len(c.Reports) {
			t.Errorf("%q: Search found %d hits in %d reports, Count %d in %d", tt.query, res.Total, len(res.Reports), c.Total, len(c.Reports))
		}
		for _, rh := range res.Reports {
			if g, w := hitList(rh.Hits), hitList(m.search(newDocKey(rh.Report, false))); g != w {
				t.Errorf("%q: %s: Search\n%s\nwant\n%s", tt.query, rh.Report.ID, g, w)
			}
		}
		total, nonzero := 0, 0
		for _, r := range reports {
			want := len(m.spans(newDocKey(r, false)))
			if got[r] != want {
				t.Errorf("%q: %s counted %d, the key holds %d", tt.query, r.ID, got[r], want)
			}
			total += want
			if want > 0 {
				nonzero++
			}
		}
		if c.Total != total || len(c.Reports) != nonzero {
			t.Errorf("%q: total %d in %d reports, want %d in %d", tt.query, c.Total, len(c.Reports), total, nonzero)
		}
	}
}

func hitList(hits []Hit) string {
	var b strings.Builder
	for _, h := range hits {
		fmt.Fprintf(&b, "%s/%d[%d,%d)[%d,%d) ", h.Path(), h.Para, h.Start, h.End, h.ParaStart, h.ParaEnd)
	}
	return b.String()
}

func TestRequiredLiteral(t *testing.T) {
	for _, tt := range []struct{ expr, want string }{
		{`出庭应诉率.{0,8}\d+%`, "出庭应诉率"},
		{`a|b`, ""},
		{`(法治)+政府`, "法治"},
		{`x*法治政府`, "法治政府"},
		{`(?i)abc`, ""},
		{`\A关于`, ""},
		{`(法治){0,2}`, ""},
	} {
		q := mustQuery(t, tt.expr, true)
		if got := requiredLiteral(q.Regex.String()); got != tt.want {
			t.Errorf("requiredLiteral(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}
