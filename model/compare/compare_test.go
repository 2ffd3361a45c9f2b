package compare

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/seeds"
)

// comparedSeed loads one sample report as the app does.
func comparedSeed(t testing.TB, id string) *model.Report {
	t.Helper()
	b, err := fs.ReadFile(seeds.FS, id+".txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes(id, "seeds/"+id+".txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func seedIDs(t testing.TB) []string {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) < 2 {
		t.Fatalf("seeds: %v", err)
	}
	for i := range names {
		names[i] = strings.TrimSuffix(names[i], ".txt")
	}
	return names
}

// pairLabels lists a comparison's top-level pairs as "一↔二", with "-" for
// a missing side.
func pairLabels(c *Comparison) []string {
	var out []string
	for _, p := range c.Pairs {
		if p.Depth != 0 || (p.A != nil && p.A.Path == "") || (p.B != nil && p.B.Path == "") {
			continue
		}
		la, lb := "-", "-"
		if p.A != nil {
			la = p.A.Label
		}
		if p.B != nil {
			lb = p.B.Label
		}
		out = append(out, la+"↔"+lb)
	}
	return out
}

// TestCompareSeedsByMeaning: parts pair by what they cover, not by where
// they stand.
func TestCompareSeedsByMeaning(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"jinan-lixia-2024", "zibo-zhoucun-2023", "一↔二 二↔一 三↔三 四↔四"},
		{"jinan-lixia-2024", "jining-jingkai-2024", "一↔三 二↔一 三↔二 四↔四"},
		{"jinan-changqing-2023", "jinan-lixia-2024", "一↔一 二↔二 三↔三 四↔四"},
		{"jinan-changqing-2023", "zibo-zhoucun-2023", "一↔二 二↔一 三↔三 四↔四"},
		{"jining-jingkai-2024", "zibo-zhoucun-2023", "一↔一 二↔三 三↔二 四↔四"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"-"+tt.b, func(t *testing.T) {
			c := Reports(comparedSeed(t, tt.a), comparedSeed(t, tt.b))
			checkComparison(t, c)
			if got := strings.Join(pairLabels(c), " "); got != tt.want {
				t.Errorf("top-level pairs %s, want %s", got, tt.want)
			}
			for _, p := range c.Pairs {
				if p.Depth == 0 && p.A != nil && p.B != nil && p.A.Path != "" && p.Status != StatusParallel {
					t.Errorf("%s↔%s: two districts should read side by side, got %s (%.2f)", p.A.Label, p.B.Label, p.Status, p.Similarity)
				}
			}
		})
	}
}

// TestCompareSeedProperties checks every ordered pair of sample reports:
// the comparison is well formed, top-level parts with known topics pair
// only with the same topic, swapping the sides mirrors the pairs, and a
// report compared with itself is the same throughout.
func TestCompareSeedProperties(t *testing.T) {
	ids := seedIDs(t)
	reports := map[string]*model.Report{}
	for _, id := range ids {
		reports[id] = comparedSeed(t, id)
	}
	for _, ia := range ids {
		for _, ib := range ids {
			a, b := reports[ia], reports[ib]
			c := Reports(a, b)
			checkComparison(t, c)
			for _, p := range c.Pairs {
				if p.Depth == 0 && p.A != nil && p.B != nil && p.A.Topic != model.TopicNone && p.B.Topic != model.TopicNone && p.A.Topic != p.B.Topic {
					t.Errorf("%s vs %s: %s (%s) paired with %s (%s)", ia, ib, p.A.Heading(), p.A.Topic, p.B.Heading(), p.B.Topic)
				}
			}
			mirror := Reports(b, a)
			if got, want := mirrorKeys(mirror), pairKeys(c); got != want {
				t.Errorf("%s vs %s is not the mirror of %s vs %s:\n%s\n%s", ib, ia, ia, ib, got, want)
			}
			if ia != ib {
				continue
			}
			s := c.Summary
			if s.Changed+s.Parallel+s.OnlyA+s.OnlyB != 0 || s.Added+s.Removed+s.Edited+s.Moved != 0 || s.Similarity != 1 {
				t.Errorf("%s against itself: %+v", ia, s)
			}
		}
	}
}

// pairKeys and mirrorKeys list the pairs of a comparison (by section path)
// from A's and from B's point of view.
func pairKeys(c *Comparison) string   { return keysOf(c, false) }
func mirrorKeys(c *Comparison) string { return keysOf(c, true) }

func keysOf(c *Comparison, swap bool) string {
	var keys []string
	for _, p := range c.Pairs {
		a, b := pathOf(p.A), pathOf(p.B)
		if swap {
			a, b = b, a
		}
		keys = append(keys, a+"="+b)
	}
	sortStrings(keys)
	return strings.Join(keys, " ")
}

func pathOf(s *model.Section) string {
	if s == nil {
		return "-"
	}
	return "p" + s.Path
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// TestCompareGolden keeps the JSON of a few comparisons in
// testdata/diff/*.json: across districts (parallel pairs), across the
// report and news forms of one district, and one district's report against
// its synthetic next year.
func TestCompareGolden(t *testing.T) {
	tests := []struct {
		name string
		a, b func(t *testing.T) *model.Report
	}{
		{"lixia-2024-vs-zhoucun-2023", seedFn("jinan-lixia-2024"), seedFn("zibo-zhoucun-2023")},
		{"lixia-2024-vs-jingkai-2024", seedFn("jinan-lixia-2024"), seedFn("jining-jingkai-2024")},
		{"lixia-2020-vs-lixia-2024", seedFn("jinan-lixia-2020"), seedFn("jinan-lixia-2024")},
		{"lixia-2024-vs-next-year", seedFn("jinan-lixia-2024"), func(t *testing.T) *model.Report { return nextYear(t).b }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Reports(tt.a(t), tt.b(t))
			checkComparison(t, c)
			b, err := json.MarshalIndent(c, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			fixture.Golden(t, "diff/"+tt.name+".json", string(b)+"\n")
		})
	}
}

func seedFn(id string) func(t *testing.T) *model.Report {
	return func(t *testing.T) *model.Report { return comparedSeed(t, id) }
}

// edited is a seed and its synthetic next year, with the edits made.
type edited struct {
	a, b    *model.Report
	numbers [][2]string // sentences whose number changed: old, new
	numOld  []string    // the old numbers
	numNew  []string
	dropped []string  // sentences removed
	added   []string  // sentences added
	moved   string    // a sentence moved to another sub-section
	swapped [2]string // paths (in A) of the two sub-sections swapped
	heading [2]string // the heading whose year changed: old, new
}

var numberRun = regexp.MustCompile(`[0-9]+`)

// nextYear builds "next year's" 历下区 report from this year's: a third of
// the sentences holding a count change it, two sentences go, two come, one
// moves to another sub-section, sub-sections （二） and （三） of 二 trade
// places (and are renumbered), and the plans part names the next year.
func nextYear(t testing.TB) edited {
	t.Helper()
	const id = "jinan-lixia-2024"
	raw, err := fs.ReadFile(seeds.FS, id+".txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	a := comparedSeed(t, id)
	e := edited{a: a}
	once := func(old, new string) {
		t.Helper()
		if n := strings.Count(text, old); n != 1 {
			t.Fatalf("%q occurs %d times", old, n)
		}
		text = strings.Replace(text, old, new, 1)
	}
	var all []sentence
	a.Walk(func(s *model.Section) {
		for _, x := range splitParas(s.Paras) {
			if strings.Count(text, x.text) == 1 && utf8.RuneCountInString(x.text) > 12 {
				all = append(all, x)
			}
		}
	})
	// One sentence moves to the end of the last sub-section of 一: done
	// first, so that later edits find the text they expect.
	duties := a.Sections[0].Children
	dest := splitParas(duties[len(duties)-1].Paras)
	anchor := dest[len(dest)-1].text
	used := map[string]bool{anchor: true}
	for _, s := range all {
		if !used[s.text] && !strings.ContainsAny(s.text, "0123456789") && s.text != anchor {
			e.moved = s.text
			break
		}
	}
	used[e.moved] = true
	once(e.moved, "")
	once(anchor, anchor+e.moved)
	k := 0
	for _, s := range all {
		loc := countAt(s.text)
		if loc == nil {
			continue
		}
		if k++; k%3 != 1 {
			continue
		}
		num := s.text[loc[0]:loc[1]]
		n, _ := strconv.Atoi(num)
		newNum := strconv.Itoa(n + 12)
		changed := s.text[:loc[0]] + newNum + s.text[loc[1]:]
		once(s.text, changed)
		e.numbers = append(e.numbers, [2]string{s.text, changed})
		e.numOld, e.numNew = append(e.numOld, num), append(e.numNew, newNum)
		used[s.text] = true
	}
	// Drop two sentences without numbers, far apart.
	var plain []string
	for _, s := range all[len(all)/4:] {
		if !used[s.text] && countAt(s.text) == nil && !strings.ContainsAny(s.text, "0123456789") {
			plain = append(plain, s.text)
		}
	}
	if len(plain) < 10 || len(e.numbers) < 3 {
		t.Fatalf("seed too small: %d plain, %d numbered", len(plain), len(e.numbers))
	}
	e.dropped = []string{plain[2], plain[len(plain)*2/3]}
	for _, s := range e.dropped {
		once(s, "")
	}
	// Add two sentences, one after a kept sentence, one opening a paragraph.
	e.added = []string{"全区新建法治文化阵地12处，实现街道全覆盖。", "开展“法治体检”进企业活动。"}
	once(plain[len(plain)/2], plain[len(plain)/2]+e.added[0])
	second := a.Sections[1].Children[0]
	once(second.Marker+second.Title+"。", second.Marker+second.Title+"。"+e.added[1])
	// Swap （二） and （三） of 二, numbers included.
	x, y := a.Sections[1].Children[1], a.Sections[1].Children[2]
	e.swapped = [2]string{x.Path, y.Path}
	lines := strings.Split(text, "\n")
	ix, iy := lineStarting(t, lines, x.Marker+x.Title), lineStarting(t, lines, y.Marker+y.Title)
	lines[ix], lines[iy] = x.Marker+strings.TrimPrefix(lines[iy], y.Marker), y.Marker+strings.TrimPrefix(lines[ix], x.Marker)
	text = strings.Join(lines, "\n")
	// The plans part names next year.
	plans := a.Sections[len(a.Sections)-1]
	yr := numberRun.FindString(plans.Title)
	if yr == "" {
		t.Fatalf("plans title %q has no year", plans.Title)
	}
	n, _ := strconv.Atoi(yr)
	newTitle := strings.Replace(plans.Title, yr, strconv.Itoa(n+1), 1)
	once(plans.Marker+plans.Title, plans.Marker+newTitle)
	e.heading = [2]string{plans.Title, newTitle}

	b, err := model.LoadBytes(id+"-next", "next.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	e.b = b
	return e
}

// countAt finds a count in a sentence: a run of ASCII digits between two
// Chinese characters (14次), not a year, a percentage or part of a code.
func countAt(s string) []int {
	for _, loc := range numberRun.FindAllStringIndex(s, -1) {
		before, _ := utf8.DecodeLastRuneInString(s[:loc[0]])
		after, _ := utf8.DecodeRuneInString(s[loc[1]:])
		if unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after) && after != '年' {
			return loc
		}
	}
	return nil
}

func lineStarting(t testing.TB, lines []string, prefix string) int {
	t.Helper()
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return i
		}
	}
	t.Fatalf("no line starts with %q", prefix)
	return -1
}

// TestCompareNextYear: every edit made to build next year's report shows
// up, and nothing else does.
func TestCompareNextYear(t *testing.T) {
	e := nextYear(t)
	c := Reports(e.a, e.b)
	checkComparison(t, c)

	// Every section pairs with its counterpart, the swapped ones across.
	movedPairs := 0
	for _, p := range c.Pairs {
		if p.A == nil || p.B == nil {
			t.Fatalf("unpaired section: %+v", p)
		}
		wantB := p.A.Path
		switch p.A.Path {
		case e.swapped[0]:
			wantB = e.swapped[1]
		case e.swapped[1]:
			wantB = e.swapped[0]
		}
		if p.B.Path != wantB {
			t.Errorf("A %s paired with B %s, want %s", p.A.Path, p.B.Path, wantB)
		}
		if p.Moved {
			movedPairs++
			if p.A.Path == p.B.Path {
				t.Errorf("A %s ↔ B %s: moved", p.A.Path, p.B.Path)
			}
		}
	}
	if movedPairs != 2 {
		t.Errorf("%d pairs moved, want both of the two swapped", movedPairs)
	}

	var changes [][2]string
	var dels, adds, movedDels, movedAdds []string
	for _, p := range c.Pairs {
		for _, op := range p.Ops {
			switch {
			case op.Kind == OpChange:
				changes = append(changes, [2]string{op.A, op.B})
				var edits []Span
				for _, s := range op.Spans {
					if s.Kind != OpSame {
						edits = append(edits, s)
					}
				}
				i := indexPair(e.numbers, op.A, op.B)
				if i < 0 || len(edits) != 1 || op.A[edits[0].A0:edits[0].A1] != e.numOld[i] || op.B[edits[0].B0:edits[0].B1] != e.numNew[i] {
					t.Errorf("change not shown as the number alone: %q → %q, spans %+v", op.A, op.B, op.Spans)
				}
			case op.Kind == OpDel && op.Moved:
				movedDels = append(movedDels, op.A)
			case op.Kind == OpAdd && op.Moved:
				movedAdds = append(movedAdds, op.B)
			case op.Kind == OpDel:
				dels = append(dels, op.A)
			case op.Kind == OpAdd:
				adds = append(adds, op.B)
			}
		}
		wantHeading := OpSame
		if p.A.Title == e.heading[0] {
			wantHeading = OpChange
		}
		if p.Heading.Kind != wantHeading {
			t.Errorf("title %q → %q: %s, want %s", p.A.Title, p.B.Title, p.Heading.Kind, wantHeading)
		}
	}
	if fmt.Sprint(changes) != fmt.Sprint(e.numbers) {
		t.Errorf("changed sentences:\n got %q\nwant %q", changes, e.numbers)
	}
	sortStrings(adds)
	sortStrings(e.added)
	sortStrings(dels)
	sortStrings(e.dropped)
	if fmt.Sprint(dels) != fmt.Sprint(e.dropped) || fmt.Sprint(adds) != fmt.Sprint(e.added) {
		t.Errorf("removed %q (want %q), added %q (want %q)", dels, e.dropped, adds, e.added)
	}
	if len(movedDels) != 1 || len(movedAdds) != 1 || movedDels[0] != e.moved || movedAdds[0] != e.moved {
		t.Errorf("moved: removed %q, added %q, want %q", movedDels, movedAdds, e.moved)
	}
	s := c.Summary
	if s.Edited != len(e.numbers) || s.Removed != 2 || s.Added != 2 || s.Moved != 1 || s.Parallel+s.OnlyA+s.OnlyB != 0 {
		t.Errorf("summary %+v", s)
	}
	if s.Similarity < 0.9 || s.Similarity >= 1 {
		t.Errorf("similarity %.3f", s.Similarity)
	}
}

func indexPair(ps [][2]string, a, b string) int {
	for i, p := range ps {
		if p[0] == a && p[1] == b {
			return i
		}
	}
	return -1
}

// TestComparePins: a pin overrides the alignment at its level and the
// view follows.
func TestComparePins(t *testing.T) {
	a, b := comparedSeed(t, "jinan-lixia-2024"), comparedSeed(t, "zibo-zhoucun-2023")
	c := ReportsWith(a, b, Options{Pins: [][2]*model.Section{{a.Sections[0], b.Sections[0]}, {a.Sections[2], nil}}})
	checkComparison(t, c)
	if got, want := strings.Join(pairLabels(c), " "), "一↔一 二↔- 三↔- -↔二 -↔三 四↔四"; got != want {
		t.Errorf("pairs %s, want %s", got, want)
	}
	for _, p := range c.Pairs {
		if p.Depth == 0 && p.A == a.Sections[0] && (!p.Pinned || p.Score != 1) {
			t.Errorf("pinned pair: %+v", p)
		}
	}
	// Either side may be pinned as unpaired, and says so; the others are
	// not pinned.
	c = ReportsWith(a, b, Options{Pins: [][2]*model.Section{{a.Sections[2], nil}, {nil, b.Sections[3]}}})
	checkComparison(t, c)
	pinned := 0
	for _, p := range c.Pairs {
		want := p.A == a.Sections[2] || p.B == b.Sections[3]
		if want && (p.A != nil && p.B != nil) {
			t.Errorf("%s↔%s: pinned unpaired, but paired", pathOf(p.A), pathOf(p.B))
		}
		if p.Pinned != want {
			t.Errorf("%s↔%s: Pinned %v, want %v", pathOf(p.A), pathOf(p.B), p.Pinned, want)
		}
		if p.Pinned {
			pinned++
		}
	}
	if pinned != 2 {
		t.Errorf("%d pairs pinned, want 2", pinned)
	}
}

// checkComparison checks what must hold for any comparison: each section
// of either report is in exactly one pair, sub-pairs follow their parent
// pair and pair children of its sections, the operations spell both
// sections' text, and statuses agree with the operations.
func checkComparison(t testing.TB, c *Comparison) {
	t.Helper()
	seenA, seenB := map[*model.Section]bool{}, map[*model.Section]bool{}
	for i, p := range c.Pairs {
		if p.A == nil && p.B == nil {
			t.Fatalf("pair %d is empty", i)
		}
		for _, x := range []struct {
			s    *model.Section
			seen map[*model.Section]bool
		}{{p.A, seenA}, {p.B, seenB}} {
			if x.s == nil {
				continue
			}
			if x.seen[x.s] {
				t.Fatalf("section %s in two pairs", x.s.Path)
			}
			x.seen[x.s] = true
		}
		if p.Parent >= i || p.Parent < -1 {
			t.Fatalf("pair %d: parent %d", i, p.Parent)
		}
		if p.Parent >= 0 {
			parent := c.Pairs[p.Parent]
			if p.Depth != parent.Depth+1 || p.A != nil && p.A.Parent != parent.A || p.B != nil && p.B.Parent != parent.B {
				t.Fatalf("pair %d does not belong to pair %d", i, p.Parent)
			}
		}
		if p.Similarity < 0 || p.Similarity > 1 || p.Score < 0 || p.Score > 1.0001 {
			t.Fatalf("pair %d: similarity %v score %v", i, p.Similarity, p.Score)
		}
		var aParas, bParas []string
		if p.A != nil {
			aParas = p.A.Paras
		}
		if p.B != nil {
			bParas = p.B.Paras
		}
		checkOps(t, p.Ops, aParas, bParas)
		for _, op := range p.Ops {
			switch {
			case p.Status == StatusSame && op.Kind != OpSame,
				p.Status == StatusOnlyA && op.Kind != OpDel,
				p.Status == StatusOnlyB && op.Kind != OpAdd,
				p.Status != StatusParallel && len(op.Shared) > 0:
				t.Fatalf("pair %d (%s) has a %s op", i, p.Status, op.Kind)
			}
		}
		if (p.A == nil) != (p.Status == StatusOnlyB) || (p.B == nil) != (p.Status == StatusOnlyA) {
			t.Fatalf("pair %d: status %s with sides %v %v", i, p.Status, p.A != nil, p.B != nil)
		}
	}
	for _, x := range []struct {
		r    *model.Report
		seen map[*model.Section]bool
	}{{c.A, seenA}, {c.B, seenB}} {
		x.r.Walk(func(s *model.Section) {
			if !x.seen[s] {
				t.Fatalf("section %s of %s is in no pair", s.Path, x.r.ID)
			}
		})
	}
	if c.Summary.Similarity < 0 || c.Summary.Similarity > 1 {
		t.Fatalf("similarity %v", c.Summary.Similarity)
	}
}

// FuzzCompare compares two arbitrary texts as reports and as plain text:
// it must never panic, and the results must be well formed.
func FuzzCompare(f *testing.F) {
	texts := []string{"", "一、总体情况\n（一）成效。办理12件。\n二、问题\n不足。",
		"一、\n\n（一）\n1.", "“《（", "。。。；；", "a.b%1.2.3%", "２０２３ 年度，办理１００％。"}
	fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			b, _ := fs.ReadFile(seeds.FS, p)
			texts = append(texts, string(b[:min(len(b), 1200)]))
		}
		return nil
	})
	for i, a := range texts {
		f.Add(a, texts[(i+1)%len(texts)])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ra, rb := model.Parse("a", a), model.Parse("b", b)
		c := Reports(ra, rb)
		checkComparison(t, c)
		if _, err := json.Marshal(c); err != nil {
			t.Fatal(err)
		}
		checkOps(t, Texts(a, b), strings.Split(a, "\n"), strings.Split(b, "\n"))
	})
}

// shuffledPair returns two ~15,000-character reports: three sample reports
// joined, and the same with every sentence of the body shuffled across the
// whole text (headings stay in place).
func shuffledPair(tb testing.TB) (*model.Report, *model.Report) {
	tb.Helper()
	var text strings.Builder
	for _, id := range []string{"jinan-lixia-2024", "jining-jingkai-2024", "zibo-zhoucun-2023"} {
		b, _ := fs.ReadFile(seeds.FS, id+".txt")
		text.Write(b)
		text.WriteString("\n")
	}
	a := model.Parse("a", text.String())
	var sentences []string
	lines := strings.Split(text.String(), "\n")
	for _, l := range lines {
		start := 0
		for _, end := range sentenceBounds(l) {
			sentences = append(sentences, l[start:end])
			start = end
		}
	}
	rng := rand.New(rand.NewPCG(5, 15))
	rng.Shuffle(len(sentences), func(i, j int) { sentences[i], sentences[j] = sentences[j], sentences[i] })
	// Put the shuffled sentences back line by line, keeping heading lines.
	var out strings.Builder
	k := 0
	for _, l := range lines {
		if len(model.Parse("", "正文。\n"+l).Sections) > 0 { // a heading line
			out.WriteString(l + "\n")
			continue
		}
		for range len(sentenceBounds(l)) {
			if k < len(sentences) {
				out.WriteString(sentences[k])
				k++
			}
		}
		out.WriteString("\n")
	}
	b := model.Parse("b", out.String())
	if n := a.Chars(); n < 14000 {
		tb.Fatalf("only %d characters", n)
	}
	return a, b
}

// Benchmarks report CPU time per comparison (cpu-ms/op) as well, since
// wall time on a shared machine also counts waiting for a core.
func benchCompare(b *testing.B, ra, rb *model.Report) {
	b.ReportAllocs()
	start := fixture.CPUTime()
	for b.Loop() {
		Reports(ra, rb)
	}
	b.ReportMetric(float64(fixture.CPUTime()-start)/1e6/float64(b.N), "cpu-ms/op")
}

// BenchmarkCompareDistricts: two districts, a normal pair (≤ 5 ms).
func BenchmarkCompareDistricts(b *testing.B) {
	benchCompare(b, comparedSeed(b, "jinan-lixia-2024"), comparedSeed(b, "zibo-zhoucun-2023"))
}

// BenchmarkCompareNextYear: one district, two years (≤ 5 ms).
func BenchmarkCompareNextYear(b *testing.B) {
	e := nextYear(b)
	benchCompare(b, e.a, e.b)
}

// BenchmarkCompareShuffled: 15,000 characters against their own sentences
// shuffled, the worst case for the sentence diff (≤ 50 ms).
func BenchmarkCompareShuffled(b *testing.B) {
	ra, rb := shuffledPair(b)
	benchCompare(b, ra, rb)
}

// TestCompareSignature checks that two reports differing only in their 落款
// compare the same part by part and show the 落款 change on its own.
func TestCompareSignature(t *testing.T) {
	body := "某县2024年度法治政府建设报告\n一、主要举措和成效\n全年办理案件100件。\n"
	a := model.Parse("a", body+"某某县人民政府\n2025年3月1日\n")
	b := model.Parse("b", body+"某某县人民政府\n2025年4月9日\n")
	c := Reports(a, b)
	if c.Signature.Kind != OpChange {
		t.Errorf("signature op %q, want change", c.Signature.Kind)
	}
	for _, p := range c.Pairs {
		if p.Status != StatusSame {
			t.Errorf("pair %s is %s, want same: the 落款 belongs to no part", p.A.Heading(), p.Status)
		}
	}
	if same := Reports(a, a); same.Signature.Kind != OpSame {
		t.Errorf("a report against itself: signature op %q", same.Signature.Kind)
	}
}
