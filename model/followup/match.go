package followup

import (
	"math"
	"unicode"

	"baogao/model/fold"
)

// passage is one sentence (or heading) of B.
type passage struct {
	section, text string
}

// index holds the bigrams of B's passages: which passages hold each, and
// in how many it occurs, so that a task's rare words (合法性审查, 述法)
// weigh more than the slogans every sentence has (推进, 法治, 建设).
type index struct {
	passages []passage
	post     map[uint64][]int32 // bigram → passages holding it, ascending
	scores   []float64          // scratch, by passage
}

func newIndex(ps []passage) *index {
	ix := &index{passages: ps, post: map[uint64][]int32{}, scores: make([]float64, len(ps))}
	for j, p := range ps {
		for _, g := range ix.grams(p.text) {
			ix.post[g] = append(ix.post[g], int32(j))
		}
	}
	return ix
}

// grams returns the distinct bigrams of adjacent Chinese characters of s,
// folded (width, Traditional): 行政复议 → 行政 政复 复议.
func (ix *index) grams(s string) []uint64 {
	var out []uint64
	seen := map[uint64]bool{}
	var prev rune
	for _, r := range fold.String(s) {
		if !unicode.Is(unicode.Han, r) {
			prev = 0
			continue
		}
		if prev != 0 {
			g := uint64(prev)<<32 | uint64(r)
			if !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		}
		prev = r
	}
	return out
}

// weight is a bigram's inverse document frequency among B's passages.
func (ix *index) weight(g uint64) float64 {
	n := float64(len(ix.passages))
	return math.Log((n+1)/float64(len(ix.post[g])+1)) + 1
}

// best returns the passage that holds the largest weighted share of the
// task's bigrams, and that share; -1 when none holds any.
func (ix *index) best(task []uint64) (int, float64) {
	total := 0.0
	var touched []int32
	for _, g := range task {
		w := ix.weight(g)
		total += w
		for _, j := range ix.post[g] {
			if ix.scores[j] == 0 {
				touched = append(touched, j)
			}
			ix.scores[j] += w
		}
	}
	bestJ, bestS := -1, 0.0
	for _, j := range touched {
		if s := ix.scores[j] / total; s > bestS || s == bestS && int(j) < bestJ {
			bestJ, bestS = int(j), s
		}
		ix.scores[j] = 0
	}
	return bestJ, bestS
}
