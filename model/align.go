// Align: which section of one report corresponds to which of the other.
//
// Reports cover the same mandated parts in different orders and words:
// 历下区 2024 opens with the duties of the Party and government heads
// (一、党政主要负责人履行…职责情况) and 周村区 2023 with the measures taken
// (一、推进法治政府建设的主要举措和成效); 济宁经开区 calls its measures
// "2024年工作情况". Pairing by position or by title alone gets these wrong,
// so each candidate pair gets a score from three signals:
//
//	score = 0.4 × title   character-bigram Dice of the folded titles, with
//	                       digits and 年/年度 removed ("2025年工作打算" =
//	                       "2024年工作打算")
//	      + 0.35 × content cosine of the TF-IDF weighted character bigrams of
//	                       the sections' whole text (sub-sections included),
//	                       IDF taken over the sections being aligned, so that
//	                       法治 and 建设, found everywhere, weigh little
//	      + 0.25 × topic   +1 when both parts cover the same mandated topic
//	                       (Section.Topic), −1 when they cover different
//	                       ones, 0 when either is unknown
//
// and the pairs are chosen by an optimal one-to-one assignment (the
// Hungarian method; there are rarely more than a dozen sections a side)
// that maximises the summed score above alignBelow, so that a pair scoring
// under the threshold never displaces a better one. Sections left over are
// only in A or only in B.
//
// These weights paired every top-level part of the sample reports right;
// without the topic term, boilerplate such as 推进法治政府建设的主要 makes
// 主要举措和成效 look like 下一年度…主要安排. The topic term applies to top-level
// parts only (sub-section titles mention 第一责任人 in passing); below the
// top the weights are the first two, rescaled to sum to 1. Sub-sections are
// aligned only within an aligned pair of parents.
package model

import (
	"math"
	"strings"
	"unicode"
)

// Weights and threshold of the alignment score.
const (
	weightTitle   = 0.4
	weightContent = 0.35
	weightTopic   = 0.25

	// alignBelow is the least score of a pair. Across districts, parts on
	// the same topic score 0.27–0.73 and sub-sections on a shared subject
	// 0.2–0.5; unrelated sections stay under 0.15.
	alignBelow = 0.2
)

// alignment is one entry of an aligned level, in reading order.
type alignment struct {
	a, b   *Section // nil on the side without a counterpart
	score  float64
	pinned bool
	moved  bool // b comes out of order relative to the other pairs of the level
}

// alignSections pairs the sections as with bs. top says they are top-level
// parts (the topic term applies). grams holds the bigrams of the
// comparison (see tfidf). Pins whose two sections are both in as
// and bs are paired first. The result is in reading order: A's order, with
// each section only in B placed after the pair holding its preceding B
// sibling.
func alignSections(as, bs []*Section, top bool, pins [][2]*Section, grams *gramIndex) []alignment {
	if len(as) == 0 && len(bs) == 0 {
		return nil
	}
	matchA := make([]int, len(as)) // index in bs, or -1
	matchB := make([]int, len(bs))
	scoreA := make([]float64, len(as))
	pinned := make([]bool, len(as))
	for i := range matchA {
		matchA[i] = -1
	}
	for j := range matchB {
		matchB[j] = -1
	}
	freeA, freeB := applyPins(as, bs, pins, matchA, matchB, pinned)
	if len(freeA) > 0 && len(freeB) > 0 {
		scores := scoreSections(pick(as, freeA), pick(bs, freeB), top, grams)
		profit := make([][]float64, len(freeA))
		for i := range profit {
			profit[i] = make([]float64, len(freeB))
			for j := range profit[i] {
				profit[i][j] = max(0, scores[i][j]-alignBelow)
			}
		}
		for i, j := range assign(profit) {
			if j >= 0 && scores[i][j] >= alignBelow {
				matchA[freeA[i]], matchB[freeB[j]] = freeB[j], freeA[i]
				scoreA[freeA[i]] = scores[i][j]
			}
		}
	}
	for i := range pinned {
		if pinned[i] {
			scoreA[i] = 1
		}
	}
	moved := movedPairs(matchA)
	shown := withSwapPartners(matchA, moved)

	// Reading order: walk A; before each A section, emit the B-only
	// sections that come before its partner in B.
	var out []alignment
	nextB := 0 // B sections before nextB are placed
	emitOnlyB := func(upTo int) {
		for ; nextB < upTo; nextB++ {
			if matchB[nextB] == -1 {
				out = append(out, alignment{b: bs[nextB]})
			}
		}
	}
	for i, a := range as {
		j := matchA[i]
		if j < 0 {
			out = append(out, alignment{a: a, pinned: pinned[i]})
			continue
		}
		if !moved[i] {
			emitOnlyB(j)
		}
		out = append(out, alignment{a: a, b: bs[j], score: roundSim(scoreA[i]), pinned: pinned[i], moved: shown[i]})
	}
	emitOnlyB(len(bs))
	return out
}

// applyPins pairs the pinned sections found among as and bs and returns
// the indexes left free.
func applyPins(as, bs []*Section, pins [][2]*Section, matchA, matchB []int, pinned []bool) (freeA, freeB []int) {
	indexOf := func(ss []*Section, s *Section) int {
		for i, x := range ss {
			if s != nil && x == s {
				return i
			}
		}
		return -1
	}
	heldA := make([]bool, len(as))
	heldB := make([]bool, len(bs))
	for _, p := range pins {
		i, j := indexOf(as, p[0]), indexOf(bs, p[1])
		switch {
		case i >= 0 && j >= 0 && !heldA[i] && !heldB[j]:
			matchA[i], matchB[j] = j, i
			heldA[i], heldB[j] = true, true
			pinned[i] = true
		case i >= 0 && p[1] == nil:
			heldA[i], pinned[i] = true, true // pinned as unpaired
		case j >= 0 && p[0] == nil:
			heldB[j] = true
		}
	}
	for i := range as {
		if !heldA[i] {
			freeA = append(freeA, i)
		}
	}
	for j := range bs {
		if !heldB[j] {
			freeB = append(freeB, j)
		}
	}
	return freeA, freeB
}

func pick(ss []*Section, idx []int) []*Section {
	out := make([]*Section, len(idx))
	for i, k := range idx {
		out[i] = ss[k]
	}
	return out
}

// movedPairs marks the paired A sections whose partners are out of order:
// those outside the longest run of partners in increasing B order.
func movedPairs(matchA []int) []bool {
	var cand []ipair
	for i, j := range matchA {
		if j >= 0 {
			cand = append(cand, ipair{i, j})
		}
	}
	moved := make([]bool, len(matchA))
	for _, c := range cand {
		moved[c.x] = true
	}
	for _, c := range longestIncreasing(cand) {
		moved[c.x] = false
	}
	return moved
}

// withSwapPartners adds to moved the pairs that a moved pair changed places
// with: when a moved pair crosses exactly one pair left in order, the two
// swapped, and either could be called the one that moved, so both are
// flagged. A part moved across several others flags only itself.
func withSwapPartners(matchA []int, moved []bool) []bool {
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

// scoreSections returns the alignment score of every pair (as[i], bs[j]).
func scoreSections(as, bs []*Section, top bool, grams *gramIndex) [][]float64 {
	wt, wc, wk := weightTitle, weightContent, weightTopic
	if !top {
		wt, wc, wk = weightTitle/(weightTitle+weightContent), weightContent/(weightTitle+weightContent), 0
	}
	titlesA, titlesB := make([][]uint64, len(as)), make([][]uint64, len(bs))
	for i, s := range as {
		titlesA[i] = bigrams(titleKey(s.Title))
	}
	for j, s := range bs {
		titlesB[j] = bigrams(titleKey(s.Title))
	}
	vecA, vecB := grams.tfidf(as, bs)
	scores := make([][]float64, len(as))
	for i, a := range as {
		scores[i] = make([]float64, len(bs))
		for j, b := range bs {
			var title float64
			if len(titlesA[i]) > 0 && len(titlesB[j]) > 0 {
				title = dice(titlesA[i], titlesB[j])
			}
			scores[i][j] = wt*title + wc*grams.cosine(vecA[i], vecB[j]) + wk*topicAgreement(a.Topic, b.Topic)
		}
	}
	return scores
}

// titleKey is the folded title without digits and 年/年度, so that the year
// in "2025年工作打算" does not tell it apart from last year's.
func titleKey(title string) string {
	key := Fold(title)
	key = strings.ReplaceAll(key, "年度", "")
	key = strings.ReplaceAll(key, "年", "")
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, key)
}

func topicAgreement(a, b Topic) float64 {
	switch {
	case a == TopicNone || b == TopicNone:
		return 0
	case a == b:
		return 1
	}
	return -1
}

// assign solves the assignment problem for a rectangular profit matrix
// (rows × cols, profits ≥ 0) and returns for each row its column, or -1.
// It is the O(n²m) Hungarian method with potentials (after Kuhn and
// Munkres, in the compact form of e-maxx), minimising the negated profit.
func assign(profit [][]float64) []int {
	rows := len(profit)
	if rows == 0 {
		return nil
	}
	cols := len(profit[0])
	transposed := rows > cols
	if transposed { // the method wants rows ≤ cols
		t := make([][]float64, cols)
		for j := range t {
			t[j] = make([]float64, rows)
			for i := range profit {
				t[j][i] = profit[i][j]
			}
		}
		profit, rows, cols = t, cols, rows
	}
	const inf = math.MaxFloat64 / 4
	var (
		u   = make([]float64, rows+1) // row potentials (1-based)
		v   = make([]float64, cols+1) // column potentials
		p   = make([]int, cols+1)     // p[j]: row assigned to column j, 0 = none
		way = make([]int, cols+1)     // way[j]: previous column on the augmenting path
	)
	for i := 1; i <= rows; i++ {
		p[0] = i
		j0 := 0
		minv := make([]float64, cols+1)
		used := make([]bool, cols+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= cols; j++ {
				if used[j] {
					continue
				}
				cur := -profit[i0-1][j-1] - u[i0] - v[j]
				if cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= cols; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, len(profit))
	if transposed {
		out = make([]int, cols)
	}
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= cols; j++ {
		if p[j] == 0 {
			continue
		}
		if transposed {
			out[j-1] = p[j] - 1
		} else {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
