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
// The assignment is O(n³) and the score matrix O(n²): a file of thousands
// of "1." items would take minutes and a huge one all memory. Above
// bigAlign sections a side at one step, only likely pairs are scored (near
// the same relative position, on the same topic, or sharing a title or
// content bigram that few sections of B have) and they are taken greedily,
// best score first. Normal reports never get there.
//
// These weights paired every top-level part of the sample reports right;
// without the topic term, boilerplate such as 推进法治政府建设的主要 makes
// 主要举措和成效 look like 下一年度…主要安排. The topic term applies to top-level
// parts only (sub-section titles mention 第一责任人 in passing); below the
// top the weights are the first two, rescaled to sum to 1. Sub-sections are
// aligned only within an aligned pair of parents, and those the assignment
// leaves over there get a second chance on their content (see
// align_leftovers.go).
package compare

import (
	"baogao/model"
	"baogao/model/fold"
	"sort"
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

	// bigAlign is the most sections a side that one step of the alignment
	// scores in full and assigns optimally (64² scores and a 64³ assignment
	// take a few milliseconds); beyond it the candidates are sparse.
	bigAlign = 64

	// Candidates of a large step, for each section of A: B sections within
	// nearWindow of its relative position, B sections sharing one of its
	// title bigrams or one of its rareContent rarest content bigrams when
	// at most rareDF sections of B have that bigram, and the B sections of
	// its topic when they are at most rareDF.
	nearWindow  = 4
	rareDF      = 4
	rareContent = 8
)

// alignment is one entry of an aligned level, in reading order.
type alignment struct {
	a, b   *model.Section // nil on the side without a counterpart
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
func alignSections(as, bs []*model.Section, top bool, pins [][2]*model.Section, grams *gramIndex) []alignment {
	if len(as) == 0 && len(bs) == 0 {
		return nil
	}
	matchA := make([]int, len(as)) // index in bs, or -1
	matchB := make([]int, len(bs))
	scoreA := make([]float64, len(as))
	pinned := make([]bool, len(as))  // paired or kept unpaired by a pin
	pinnedB := make([]bool, len(bs)) // kept unpaired by a pin
	for i := range matchA {
		matchA[i] = -1
	}
	for j := range matchB {
		matchB[j] = -1
	}
	freeA, freeB := applyPins(as, bs, pins, matchA, matchB, pinned, pinnedB)
	if len(freeA) > 0 && len(freeB) > 0 {
		sc := newScorer(pick(as, freeA), pick(bs, freeB), top, grams)
		match := matchOptimal
		if len(freeA) > bigAlign || len(freeB) > bigAlign {
			match = matchLarge
		}
		found := match(sc)
		if !top && len(freeA) <= bigAlign && len(freeB) <= bigAlign {
			found = append(found, matchLeftovers(sc, found)...)
		}
		for _, m := range found {
			matchA[freeA[m.i]], matchB[freeB[m.j]] = freeB[m.j], freeA[m.i]
			scoreA[freeA[m.i]] = m.score
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
				out = append(out, alignment{b: bs[nextB], pinned: pinnedB[nextB]})
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

// applyPins pairs the pinned sections found among as and bs, flags them
// in pinned (A's, paired or not) and pinnedB (B's kept unpaired), and
// returns the indexes left free.
func applyPins(as, bs []*model.Section, pins [][2]*model.Section, matchA, matchB []int, pinned, pinnedB []bool) (freeA, freeB []int) {
	indexOf := func(ss []*model.Section, s *model.Section) int {
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
			heldB[j], pinnedB[j] = true, true // pinned as unpaired
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

func pick(ss []*model.Section, idx []int) []*model.Section {
	out := make([]*model.Section, len(idx))
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
//
// The pairs left in order increase on both sides, so those a moved pair
// (i, j) crosses lie between the first with an A index above i and the
// first with a B index above j: O(n log n), not O(n²).
func withSwapPartners(matchA []int, moved []bool) []bool {
	out := append([]bool(nil), moved...)
	var kept []ipair // the pairs left in order, increasing in x and y
	for i, j := range matchA {
		if j >= 0 && !moved[i] {
			kept = append(kept, ipair{i, j})
		}
	}
	for i, j := range matchA {
		if j < 0 || !moved[i] {
			continue
		}
		p := sort.Search(len(kept), func(k int) bool { return kept[k].x > i }) // kept[:p] come before i in A
		q := sort.Search(len(kept), func(k int) bool { return kept[k].y > j }) // kept[:q] come before j in B
		switch p - q {
		case 1: // kept[q] is before i in A and after j in B
			out[kept[q].x] = true
		case -1: // kept[p] is after i in A and before j in B
			out[kept[p].x] = true
		}
	}
	return out
}

// scoredPair is a pair of a step's free sections and its score.
type scoredPair struct {
	i, j  int
	score float64
}

// scorer scores the pairs (as[i], bs[j]) of one step of the alignment.
type scorer struct {
	as, bs           []*model.Section
	titlesA, titlesB [][]uint64
	vecA, vecB       []gramVec
	grams            *gramIndex
	wt, wc, wk       float64
}

func newScorer(as, bs []*model.Section, top bool, grams *gramIndex) *scorer {
	sc := &scorer{as: as, bs: bs, grams: grams, wt: weightTitle, wc: weightContent, wk: weightTopic}
	if !top {
		sc.wt, sc.wc, sc.wk = weightTitle/(weightTitle+weightContent), weightContent/(weightTitle+weightContent), 0
	}
	sc.titlesA, sc.titlesB = make([][]uint64, len(as)), make([][]uint64, len(bs))
	for i, s := range as {
		sc.titlesA[i] = bigrams(titleKey(s.Title))
	}
	for j, s := range bs {
		sc.titlesB[j] = bigrams(titleKey(s.Title))
	}
	sc.vecA, sc.vecB = grams.tfidf(as, bs)
	return sc
}

// score is the alignment score of (as[i], bs[j]).
func (sc *scorer) score(i, j int) float64 {
	var title float64
	if len(sc.titlesA[i]) > 0 && len(sc.titlesB[j]) > 0 {
		title = dice(sc.titlesA[i], sc.titlesB[j])
	}
	return sc.wt*title + sc.wc*sc.grams.cosine(sc.vecA[i], sc.vecB[j]) + sc.wk*topicAgreement(sc.as[i].Topic, sc.bs[j].Topic)
}

// matchOptimal pairs the sections by the optimal assignment of every pair
// scoring at least alignBelow.
func matchOptimal(sc *scorer) []scoredPair {
	scores := make([][]float64, len(sc.as))
	profit := make([][]float64, len(sc.as))
	for i := range sc.as {
		scores[i], profit[i] = make([]float64, len(sc.bs)), make([]float64, len(sc.bs))
		for j := range sc.bs {
			scores[i][j] = sc.score(i, j)
			profit[i][j] = max(0, scores[i][j]-alignBelow)
		}
	}
	var out []scoredPair
	for i, j := range assign(profit) {
		if j >= 0 && scores[i][j] >= alignBelow {
			out = append(out, scoredPair{i, j, scores[i][j]})
		}
	}
	return out
}

// matchLarge pairs many sections: it scores the likely pairs only (see
// candidates) and takes those scoring at least alignBelow greedily, best
// first; ties go to the earlier pair.
func matchLarge(sc *scorer) []scoredPair {
	var pairs []scoredPair
	for i, js := range sc.candidates() {
		for _, j := range js {
			if s := sc.score(i, j); s >= alignBelow {
				pairs = append(pairs, scoredPair{i, j, s})
			}
		}
	}
	sort.Slice(pairs, func(x, y int) bool {
		p, q := pairs[x], pairs[y]
		if p.score != q.score {
			return p.score > q.score
		}
		if p.i != q.i {
			return p.i < q.i
		}
		return p.j < q.j
	})
	usedA, usedB := make([]bool, len(sc.as)), make([]bool, len(sc.bs))
	var out []scoredPair
	for _, p := range pairs {
		if !usedA[p.i] && !usedB[p.j] {
			usedA[p.i], usedB[p.j] = true, true
			out = append(out, p)
		}
	}
	return out
}

// candidates returns, for each section of A, the sections of B worth
// scoring against it: those near the same relative position, those of its
// topic when there are at most rareDF, and those sharing a title bigram or
// one of its rareContent rarest content bigrams that at most rareDF
// sections of B have. Each list is distinct and sorted.
func (sc *scorer) candidates() [][]int {
	n, m := len(sc.as), len(sc.bs)
	titleIn := map[uint64][]int{} // B's sections by title bigram
	for j, t := range sc.titlesB {
		for _, g := range t {
			titleIn[g] = append(titleIn[g], j)
		}
	}
	topicIn := map[model.Topic][]int{}
	for j, s := range sc.bs {
		if s.Topic != model.TopicNone {
			topicIn[s.Topic] = append(topicIn[s.Topic], j)
		}
	}
	rare, contentIn := sc.rareContent()
	out := make([][]int, n)
	seen := make([]int, m) // seen[j] == i+1: j is a candidate of i already
	for i := range sc.as {
		var js []int
		add := func(j int) {
			if seen[j] != i+1 {
				seen[j] = i + 1
				js = append(js, j)
			}
		}
		at := int(int64(i) * int64(m) / int64(n))
		for j := max(0, at-nearWindow); j <= min(m-1, at+nearWindow); j++ {
			add(j)
		}
		if t := sc.as[i].Topic; t != model.TopicNone && len(topicIn[t]) <= rareDF {
			for _, j := range topicIn[t] {
				add(j)
			}
		}
		for _, g := range sc.titlesA[i] {
			if ps := titleIn[g]; len(ps) <= rareDF {
				for _, j := range ps {
					add(j)
				}
			}
		}
		for _, id := range rare[i] {
			for _, j := range contentIn[id] {
				add(j)
			}
		}
		sort.Ints(js)
		out[i] = js
	}
	return out
}

// rareContent picks each A section's rarest content bigrams (those in at
// most rareDF of B's sections, rarest first, at most rareContent of them)
// and, for each such bigram, the B sections that have it.
func (sc *scorer) rareContent() (rare [][]int32, contentIn map[int32][]int) {
	df := make([]int32, sc.grams.vocab.len()) // by content bigram: how many of B's sections have it
	for _, v := range sc.vecB {
		for _, id := range v.ids {
			df[id]++
		}
	}
	// Each A section's rarest content bigrams, then their sections in B.
	rare = make([][]int32, len(sc.as))
	contentIn = map[int32][]int{}
	for i, v := range sc.vecA {
		var ids []int32
		for _, id := range v.ids {
			if d := df[id]; d > 0 && d <= rareDF {
				ids = append(ids, id)
			}
		}
		sort.Slice(ids, func(x, y int) bool {
			if dx, dy := df[ids[x]], df[ids[y]]; dx != dy {
				return dx < dy
			}
			return ids[x] < ids[y]
		})
		rare[i] = ids[:min(len(ids), rareContent)]
		for _, id := range rare[i] {
			contentIn[id] = nil
		}
	}
	for j, v := range sc.vecB {
		for _, id := range v.ids {
			if js, ok := contentIn[id]; ok {
				contentIn[id] = append(js, j)
			}
		}
	}
	return rare, contentIn
}

// titleKey is the folded title without digits and 年/年度, so that the year
// in "2025年工作打算" does not tell it apart from last year's.
func titleKey(title string) string {
	key := fold.String(title)
	key = strings.ReplaceAll(key, "年度", "")
	key = strings.ReplaceAll(key, "年", "")
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, key)
}

func topicAgreement(a, b model.Topic) float64 {
	switch {
	case a == model.TopicNone || b == model.TopicNone:
		return 0
	case a == b:
		return 1
	}
	return -1
}
