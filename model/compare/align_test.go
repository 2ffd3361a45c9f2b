package compare

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode"

	"baogao/model"
	"baogao/model/fold"
	"baogao/seeds"
)

// seedHan returns the distinct Han characters of the sample reports.
func seedHan(tb testing.TB) []rune {
	tb.Helper()
	seen := map[rune]bool{}
	var out []rune
	fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return nil
		}
		b, _ := fs.ReadFile(seeds.FS, p)
		for _, r := range string(b) {
			if unicode.Is(unicode.Han, r) && !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
		return nil
	})
	if len(out) < 500 {
		tb.Fatalf("only %d characters", len(out))
	}
	return out
}

// manyItems is a report of n top-level "1." items and the same next year:
// most items kept with a word changed, some rewritten, some moved far, some
// dropped. want maps each kept or moved A item (by index) to its B item.
type manyItems struct {
	a, b string
	want map[int]int
}

func manySections(tb testing.TB, n int) manyItems {
	tb.Helper()
	han := seedHan(tb)
	rng := rand.New(rand.NewPCG(7, uint64(n)))
	words := func(k int) string { // k random two-character words
		var b strings.Builder
		for range k {
			b.WriteRune(han[rng.IntN(len(han))])
			b.WriteRune(han[rng.IntN(len(han))])
		}
		return b.String()
	}
	item := func(k int) (title, body string) {
		title = words(5)
		var b strings.Builder
		for range 3 {
			b.WriteString(words(8) + "，" + words(6) + "。")
		}
		fmt.Fprintf(&b, "办理第%d号事项%d件。", k, rng.IntN(1000))
		return title, b.String()
	}
	type it struct {
		title, body string
		from        int // A index, -1 for a new item
	}
	var as, bs, moved []it
	for i := range n {
		t, b := item(i)
		as = append(as, it{t, b, i})
	}
	for _, x := range as {
		switch r := rng.IntN(100); {
		case r < 5: // dropped
		case r < 10: // rewritten: a new item in its place
			t, b := item(n + len(bs))
			bs = append(bs, it{t, b, -1})
		case r < 15: // moved far
			moved = append(moved, x)
		default: // kept, a word changed
			bs = append(bs, it{x.title, strings.Replace(x.body, "件。", "项。", 1), x.from})
		}
	}
	for _, x := range moved {
		k := rng.IntN(len(bs) + 1)
		bs = append(bs[:k], append([]it{x}, bs[k:]...)...)
	}
	out := manyItems{want: map[int]int{}}
	var a, b strings.Builder
	for i, x := range as {
		fmt.Fprintf(&a, "%d. %s\n%s\n", i%99+1, x.title, x.body)
	}
	for j, x := range bs {
		fmt.Fprintf(&b, "%d. %s\n%s\n", j%99+1, x.title, x.body)
		if x.from >= 0 {
			out.want[x.from] = j
		}
	}
	out.a, out.b = a.String(), b.String()
	return out
}

// TestCompareManySections: two files of 3,000 top-level items each take
// the sparse path of the alignment. The comparison is well formed, pairs
// nearly every kept and moved item with its counterpart, pairs no dropped
// or rewritten item, and stays small: the full score matrices alone would
// allocate 3,000² × 16 bytes = 144 MB (and the optimal assignment took
// most of a minute).
func TestCompareManySections(t *testing.T) {
	const n = 3000
	m := manySections(t, n)
	ra, rb := model.Parse("a", m.a), model.Parse("b", m.b)
	if len(ra.Sections) != n || len(rb.Sections) < n*9/10 {
		t.Fatalf("%d and %d sections", len(ra.Sections), len(rb.Sections))
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	c := Reports(ra, rb)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("comparing %d KB allocated %d MB", len(m.a)>>10, alloc>>20)
	}
	checkComparison(t, c)
	indexA, indexB := map[*model.Section]int{}, map[*model.Section]int{}
	for i, s := range ra.Sections {
		indexA[s] = i
	}
	for j, s := range rb.Sections {
		indexB[s] = j
	}
	right, wrong := 0, 0
	for _, p := range c.Pairs {
		if p.Depth != 0 || p.A == nil || p.B == nil || p.A.Path == "" {
			continue
		}
		if j, ok := m.want[indexA[p.A]]; ok && j == indexB[p.B] {
			right++
		} else {
			wrong++
			t.Logf("%s %q ↔ %s %q (%.2f)", p.A.Path, p.A.Title, p.B.Path, p.B.Title, p.Score)
		}
	}
	t.Logf("alloc %d MB, right %d of %d", (after.TotalAlloc-before.TotalAlloc)>>20, right, len(m.want))
	if right < len(m.want)*99/100 || wrong > 0 {
		t.Errorf("%d of %d items paired right, %d wrong", right, len(m.want), wrong)
	}
}

// BenchmarkCompareManySections: 3,000 "1." items a side, 1 MB each; the
// sparse alignment keeps it well under a second (the optimal one took 5 s
// here, 52 s on longer items).
func BenchmarkCompareManySections(b *testing.B) {
	m := manySections(b, 3000)
	benchCompare(b, model.Parse("a", m.a), model.Parse("b", m.b))
}

// TestWithSwapPartners checks the O(n log n) count of crossed pairs
// against the definition: a moved pair crossing exactly one pair left in
// order flags that pair too.
func TestWithSwapPartners(t *testing.T) {
	slow := func(matchA []int, moved []bool) []bool {
		out := append([]bool(nil), moved...)
		for i, j := range matchA {
			if j < 0 || !moved[i] {
				continue
			}
			crossed, with := 0, -1
			for k, l := range matchA {
				if l >= 0 && !moved[k] && (k < i) != (l < j) {
					crossed, with = crossed+1, k
				}
			}
			if crossed == 1 {
				out[with] = true
			}
		}
		return out
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		n := 1 + rng.IntN(12)
		perm := rng.Perm(n)
		matchA := make([]int, n)
		for i := range matchA {
			matchA[i] = perm[i]
			if rng.IntN(4) == 0 {
				matchA[i] = -1
			}
		}
		moved := movedPairs(matchA)
		if got, want := withSwapPartners(matchA, moved), slow(matchA, moved); !slices.Equal(got, want) {
			t.Fatalf("withSwapPartners(%v, %v) = %v, want %v", matchA, moved, got, want)
		}
	}
}

// hugeParagraph is one paragraph of about size bytes of random sentences
// of 20 characters (one sentence when stops is false: commas only).
func hugeParagraph(tb testing.TB, size int, seed uint64, stops bool) string {
	han := seedHan(tb)
	rng := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	for b.Len() < size {
		for range 20 {
			b.WriteRune(han[rng.IntN(len(han))])
		}
		if stops {
			b.WriteString("。")
		} else {
			b.WriteString("，")
		}
	}
	return b.String()
}

// TestCompareHugeParagraph: a file that is one huge paragraph, of many
// sentences or of one, against another. The sentence pairing (capped by
// maxPairCells), the character diff (capped by maxEditCost) and the shared
// phrases of a parallel pair (capped by maxSharedRunes) keep it linear:
// well formed, and within 40 bytes allocated per byte of input (28 now;
// marking the shared phrases of megabytes and computing bigrams for a
// pairing the cap skips took 50).
func TestCompareHugeParagraph(t *testing.T) {
	const size = 3 << 20
	for _, stops := range []bool{true, false} {
		a, b := hugeParagraph(t, size, 1, stops), hugeParagraph(t, size, 2, stops)
		ra, rb := model.Parse("a", a), model.Parse("b", b)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		c := Reports(ra, rb)
		runtime.ReadMemStats(&after)
		checkComparison(t, c)
		if len(c.Pairs) != 1 || c.Pairs[0].Status != StatusParallel || c.Summary.Similarity > 0.01 {
			t.Errorf("stops %v: %d pairs, %+v", stops, len(c.Pairs), c.Summary)
		}
		t.Logf("stops %v: %d bytes a byte", stops, (after.TotalAlloc-before.TotalAlloc)/(2*size))
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 40*2*size {
			t.Errorf("stops %v: %d MB allocated for 2×%d MB", stops, alloc>>20, size>>20)
		}
	}
}

// TestOwnIDsFromSentences: the alignment takes a section's bigrams from
// its sentences' keys (folded once, for the diff too) rather than from its
// folded paragraphs; that is the same bigrams only because no bigram spans
// two sentences. Checked on every paragraph of the samples and on edges.
func TestOwnIDsFromSentences(t *testing.T) {
	paras := []string{"办理2023 年度案件。 2024 年继续。", "“……。”下一句“又一句。”然后", "a. b;c！d? e", "全角１２３。ＡＢＣ", "《关于……的通知。》发布", ""}
	for _, id := range seedIDs(t) {
		comparedSeed(t, id).Walk(func(s *model.Section) { paras = append(paras, s.Paras...) })
	}
	list := func(g *gramIndex, keys ...string) []uint64 {
		var ids []int32
		for _, k := range keys {
			ids = g.appendIDs(ids, k)
		}
		back := g.vocab.keys // key by id
		out := make([]uint64, len(ids))
		for i, id := range ids {
			out[i] = back[id]
		}
		slices.Sort(out)
		return out
	}
	for _, p := range paras {
		var keys []string
		for _, x := range splitParas([]string{p}) {
			keys = append(keys, x.key)
		}
		if got, want := list(newGramIndex(), keys...), list(newGramIndex(), fold.String(p)); !slices.Equal(got, want) {
			t.Errorf("%q: %d bigrams from the sentences, %d from the paragraph", p, len(got), len(want))
		}
	}
}
