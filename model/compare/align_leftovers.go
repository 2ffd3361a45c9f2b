package compare

// Leftovers: sub-sections that the assignment left unpaired inside a
// paired parent.
//
// Two districts word the same subject differently (刚性约束，监督制约制度健全
// against 加强行政权力制约监督), so a true pair of sub-sections can score
// under alignBelow, where an unrelated pair of two whole reports would
// also score. Inside a pair of parents that were aligned, the candidates
// are few and known to be on one subject: there a leftover of A and a
// leftover of B pair when each is the other's best-scoring leftover, the
// score is at least leftoverBelow and their content agrees (cosine at
// least leftoverContent, so that two titles sharing 法治 alone do not pair).
// Pairs are taken best first, and taking one can make another mutual.

// Thresholds of the leftover pairing.
const (
	// leftoverBelow is the least score of a leftover pair. Sub-sections
	// of two districts on one subject score 0.13–0.2 when their titles
	// share one term; unrelated leftovers score under 0.1.
	leftoverBelow = 0.12

	// leftoverContent is the least content cosine of a leftover pair.
	leftoverContent = 0.08
)

// matchLeftovers pairs the sections that found left unpaired, as above.
func matchLeftovers(sc *scorer, found []scoredPair) []scoredPair {
	usedA, usedB := make([]bool, len(sc.as)), make([]bool, len(sc.bs))
	for _, m := range found {
		usedA[m.i], usedB[m.j] = true, true
	}
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	for i := range sc.as {
		if usedA[i] {
			continue
		}
		for j := range sc.bs {
			if usedB[j] {
				continue
			}
			if s := sc.score(i, j); s >= leftoverBelow && sc.grams.cosine(sc.vecA[i], sc.vecB[j]) >= leftoverContent {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	var out []scoredPair
	for {
		best := -1
		for k, c := range cands {
			if usedA[c.i] || usedB[c.j] || !mutualBest(sc, c.i, c.j, c.score, usedA, usedB) {
				continue
			}
			if best < 0 || c.score > cands[best].score {
				best = k
			}
		}
		if best < 0 {
			return out
		}
		c := cands[best]
		usedA[c.i], usedB[c.j] = true, true
		out = append(out, scoredPair{c.i, c.j, c.score})
	}
}

// mutualBest reports whether no free leftover scores higher with i or
// with j than they do together.
func mutualBest(sc *scorer, i, j int, s float64, usedA, usedB []bool) bool {
	for x := range sc.as {
		if x != i && !usedA[x] && sc.score(x, j) > s {
			return false
		}
	}
	for y := range sc.bs {
		if y != j && !usedB[y] && sc.score(i, y) > s {
			return false
		}
	}
	return true
}
