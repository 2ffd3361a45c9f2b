// Diff: what changed between the text of two aligned sections.
//
// The diff works in three layers, because a character diff of two whole
// reports is both slow (O(N·D) with D in the thousands) and unreadable: two
// districts' reports share 法治, 建设, 推进 and every comma, so a minimal
// character diff is confetti of accidental one-character matches.
//
//  1. Sentences. Each side's paragraphs are split into sentences (see
//     sentence.go) and each folded sentence gets an id. The id sequences are
//     aligned with an anchored diff: sentences that occur exactly once on
//     each side are anchors; the longest run of anchors in the same order on
//     both sides is kept (patience sorting), matches are extended around
//     each anchor, and each gap between anchors is diffed again the same
//     way with what is unique inside it. Matching only unique sentences
//     keeps boilerplate such as "取得明显成效。" from tying unrelated
//     passages together, and it runs in O(n log n). This is the algorithm
//     of the Go tool's internal/diff (after Szymanski, 1975, often called
//     "patience diff"), used here over sentences instead of lines.
//
//  2. Pairing. Inside each run of removed and added sentences, a removed
//     sentence and an added one that say nearly the same thing (Dice of
//     their character bigrams ≥ pairBelow) become one changed sentence. The
//     pairs are chosen by a small dynamic programme that keeps document
//     order and maximises the total similarity; it is skipped for runs
//     larger than maxPairCells cells, which only a rewrite of hundreds of
//     sentences reaches.
//
//  3. Characters. Inside a changed sentence, a Myers diff over tokens (a
//     Chinese character, or a whole number or Latin word, see tokenize)
//     finds the edit, and a semantic cleanup turns an equality shorter than
//     the edits on both sides of it into part of the edit, so that
//     "[-加强-]{+强化+}" is not shown as "[-加-]{+强+}强{+化+}". Myers is capped at
//     maxEditCost edits; beyond that the sentence is shown as replaced.
//
// Everything compares folded keys (Fold: width, case, Traditional forms,
// spaces between Chinese and digits) and reports byte offsets into the text
// as written, so a report using "," and "(一)" compares equal to one using
// "，" and "（一）" and is still shown as written.

package compare

import "sort"

// Tuning of the three layers; each value is explained where it is used.
const (
	// pairBelow is the least bigram Dice at which a removed and an added
	// sentence are shown as one changed sentence. Rewordings of one
	// sentence from one year to the next score 0.5–0.95; unrelated sentences
	// of two reports on the same subject score up to about 0.3.
	pairBelow = 0.4

	// maxPairCells bounds the pairing programme (removed × added
	// sentences in one run).
	maxPairCells = 250_000

	// maxEditCost bounds the character Myers (edits after the common prefix
	// and suffix are stripped). Paired sentences are similar by
	// construction, so only flattened tables reach it.
	maxEditCost = 400
)

// ipair is a matched pair of indexes, one into each side.
type ipair struct{ x, y int }

// matchIDs returns the pairs (i, j) with x[i] == y[j] that the anchored diff
// keeps, in increasing order of both i and j.
func matchIDs(x, y []int) []ipair {
	var out []ipair
	matchRange(x, y, 0, len(x), 0, len(y), &out, 0)
	return out
}

// maxAnchorDepth bounds the recursion into gaps: each level finds at least
// one anchor, so a deep recursion means a pathological input (thousands of
// repeated sentences), where what is left is shown as removed and added.
const maxAnchorDepth = 64

// matchRange appends the matches between x[x0:x1] and y[y0:y1].
func matchRange(x, y []int, x0, x1, y0, y1 int, out *[]ipair, depth int) {
	// Common prefix and suffix first: cheap, and the usual case.
	for x0 < x1 && y0 < y1 && x[x0] == y[y0] {
		*out = append(*out, ipair{x0, y0})
		x0, y0 = x0+1, y0+1
	}
	var tail []ipair
	for x0 < x1 && y0 < y1 && x[x1-1] == y[y1-1] {
		x1, y1 = x1-1, y1-1
		tail = append(tail, ipair{x1, y1})
	}
	defer func() {
		for i := len(tail) - 1; i >= 0; i-- {
			*out = append(*out, tail[i])
		}
	}()
	if x0 == x1 || y0 == y1 || depth >= maxAnchorDepth {
		return
	}
	anchors := uniqueAnchors(x, y, x0, x1, y0, y1)
	if len(anchors) == 0 {
		return
	}
	// Diff between consecutive anchors; the anchors themselves match.
	px, py := x0, y0
	for _, a := range anchors {
		matchRange(x, y, px, a.x, py, a.y, out, depth+1)
		*out = append(*out, a)
		px, py = a.x+1, a.y+1
	}
	matchRange(x, y, px, x1, py, y1, out, depth+1)
}

// uniqueAnchors returns the longest increasing sequence of pairs (i, j)
// where x[i] == y[j] and the value occurs once in x[x0:x1] and once in
// y[y0:y1].
func uniqueAnchors(x, y []int, x0, x1, y0, y1 int) []ipair {
	type seen struct{ nx, ny, ix, iy int }
	count := make(map[int]*seen, x1-x0)
	for i := x0; i < x1; i++ {
		s := count[x[i]]
		if s == nil {
			s = &seen{}
			count[x[i]] = s
		}
		s.nx++
		s.ix = i
	}
	for j := y0; j < y1; j++ {
		if s := count[y[j]]; s != nil {
			s.ny++
			s.iy = j
		}
	}
	var cand []ipair
	for i := x0; i < x1; i++ {
		if s := count[x[i]]; s.nx == 1 && s.ny == 1 {
			cand = append(cand, ipair{i, s.iy})
		}
	}
	return longestIncreasing(cand)
}

// longestIncreasing returns the longest subsequence of cand (ordered by x)
// whose y values increase, by patience sorting in O(n log n).
func longestIncreasing(cand []ipair) []ipair {
	if len(cand) == 0 {
		return nil
	}
	var (
		tops = make([]int, 0, len(cand)) // tops[k]: index in cand of the smallest tail of a run of length k+1
		prev = make([]int, len(cand))    // prev[i]: the element before cand[i] in its run, or -1
	)
	for i, c := range cand {
		k := sort.Search(len(tops), func(k int) bool { return cand[tops[k]].y >= c.y })
		if k > 0 {
			prev[i] = tops[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tops) {
			tops = append(tops, i)
		} else {
			tops[k] = i
		}
	}
	out := make([]ipair, len(tops))
	for i, k := tops[len(tops)-1], len(tops)-1; k >= 0; i, k = prev[i], k-1 {
		out[k] = cand[i]
	}
	return out
}

// pairRun pairs removed sentences del with added sentences add (one run
// between matches) and returns the pairs (indexes into del and add) in
// order. It maximises the summed Dice over pairs scoring at least pairBelow
// without crossing pairs.
func pairRun(del, add []*sentence) []ipair {
	n, m := len(del), len(add)
	if n == 0 || m == 0 || n > maxPairCells/m {
		return nil
	}
	for _, s := range del {
		s.grams = bigrams(s.key)
	}
	for _, s := range add {
		s.grams = bigrams(s.key)
	}
	// score[i][j] is computed once; f is the best total for del[:i], add[:j].
	f := make([]float64, (n+1)*(m+1))
	at := func(i, j int) int { return i*(m+1) + j }
	sim := make([]float64, n*m)
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			best := max(f[at(i-1, j)], f[at(i, j-1)])
			if s := pairScore(del[i-1], add[j-1]); s >= pairBelow {
				sim[(i-1)*m+j-1] = s
				best = max(best, f[at(i-1, j-1)]+s)
			}
			f[at(i, j)] = best
		}
	}
	var out []ipair
	for i, j := n, m; i > 0 && j > 0; {
		s := sim[(i-1)*m+j-1]
		switch {
		case s > 0 && f[at(i, j)] == f[at(i-1, j-1)]+s:
			out = append(out, ipair{i - 1, j - 1})
			i, j = i-1, j-1
		case f[at(i, j)] == f[at(i-1, j)]:
			i--
		default:
			j--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// pairScore is the Dice of two sentences' bigrams, or 0 when their sizes
// alone rule out reaching pairBelow.
func pairScore(a, b *sentence) float64 {
	la, lb := len(a.grams), len(b.grams)
	if 2*float64(min(la, lb)) < pairBelow*float64(la+lb) {
		return 0
	}
	return dice(a.grams, b.grams)
}

// tokenEdit is one piece of a token-level edit script: tokens a[a0:a1]
// become b[b0:b1]; equal says they are the same.
type tokenEdit struct {
	equal          bool
	a0, a1, b0, b1 int
}

// diffTokens returns the edit script from a to b: alternating equal and
// unequal pieces, with no empty piece. Beyond maxEditCost edits the middle
// (after common prefix and suffix) is one replacement.
func diffTokens(a, b []token) []tokenEdit {
	var pre, suf int
	for pre < len(a) && pre < len(b) && a[pre].code == b[pre].code {
		pre++
	}
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf].code == b[len(b)-1-suf].code {
		suf++
	}
	var out []tokenEdit
	add := func(e tokenEdit) {
		if e.a0 == e.a1 && e.b0 == e.b1 {
			return
		}
		if n := len(out); n > 0 && out[n-1].equal == e.equal {
			out[n-1].a1, out[n-1].b1 = e.a1, e.b1
			return
		}
		out = append(out, e)
	}
	add(tokenEdit{true, 0, pre, 0, pre})
	am, bm := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if mid, ok := myers(am, bm, maxEditCost); ok {
		for _, e := range mid {
			add(tokenEdit{e.equal, e.a0 + pre, e.a1 + pre, e.b0 + pre, e.b1 + pre})
		}
	} else {
		add(tokenEdit{false, pre, len(a) - suf, pre, len(b) - suf})
	}
	add(tokenEdit{true, len(a) - suf, len(a), len(b) - suf, len(b)})
	return out
}

// myers is the O(ND) greedy diff (Myers, 1986) with the whole trace kept,
// which is O(D²) memory: fine for D ≤ maxD. It returns ok=false when more
// than maxD edits are needed. The trace is one flat slice of int32 (round
// d's row, k in [-d, d], starts at d²): one growing buffer rather than a
// slice a round, and half the bytes.
func myers(a, b []token, maxD int) ([]tokenEdit, bool) {
	n, m := len(a), len(b)
	if n == 0 && m == 0 {
		return nil, true
	}
	if n == 0 || m == 0 {
		return []tokenEdit{{false, 0, n, 0, m}}, true
	}
	limit := min(n+m, maxD)
	off := limit + 1
	v := make([]int32, 2*limit+3)
	trace := make([]int32, 0, 64) // round d: v[k] for k in [-d, d], after it
	for d := 0; d <= limit; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = int(v[off+k+1]) // down: an insertion
			} else {
				x = int(v[off+k-1]) + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x].code == b[y].code {
				x, y = x+1, y+1
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				trace = append(trace, v[off-d:off+d+1]...)
				return myersPath(trace, d+1, n, m), true
			}
		}
		trace = append(trace, v[off-d:off+d+1]...)
	}
	return nil, false
}

// myersPath walks the trace of rounds rounds back from (n, m) and returns
// the edit script.
func myersPath(trace []int32, rounds, n, m int) []tokenEdit {
	get := func(d, k int) int { return int(trace[d*d+k+d]) }
	var rev []tokenEdit // in reverse order, one step at a time
	x, y := n, m
	for d := rounds - 1; d > 0; d-- {
		k := x - y
		var pk int
		if k == -d || k != d && get(d-1, k-1) < get(d-1, k+1) {
			pk = k + 1
		} else {
			pk = k - 1
		}
		px := get(d-1, pk)
		py := px - pk
		// Snake from the move's end to (x, y).
		var sx, sy int
		if pk == k+1 {
			sx, sy = px, py+1
		} else {
			sx, sy = px+1, py
		}
		if sx < x {
			rev = append(rev, tokenEdit{true, sx, x, sy, y})
		}
		rev = append(rev, tokenEdit{false, px, sx, py, sy})
		x, y = px, py
	}
	if x > 0 {
		rev = append(rev, tokenEdit{true, 0, x, 0, y})
	}
	// Reverse and merge neighbours of the same kind.
	var out []tokenEdit
	for i := len(rev) - 1; i >= 0; i-- {
		e := rev[i]
		if n := len(out); n > 0 && out[n-1].equal == e.equal {
			out[n-1].a1, out[n-1].b1 = e.a1, e.b1
			continue
		}
		out = append(out, e)
	}
	return out
}

// cleanupSemantic merges an equality into the edits around it when it is no
// longer (in runes) than the larger side of the edit before it and of the
// edit after it, as diff-match-patch's semantic cleanup does: "[-加强-]{+强化+}"
// rather than "[-加-]{+强+}强{+化+}". It repeats until nothing changes.
func cleanupSemantic(es []tokenEdit, a, b []token) []tokenEdit {
	runes := func(t []token, i, j int) int {
		n := 0
		for _, tk := range t[i:j] {
			n += tk.runes
		}
		return n
	}
	size := func(e tokenEdit) int { return max(runes(a, e.a0, e.a1), runes(b, e.b0, e.b1)) }
	for changed := true; changed; {
		changed = false
		for i := 1; i+1 < len(es); i++ {
			if !es[i].equal || es[i-1].equal || es[i+1].equal {
				continue
			}
			if eq := size(es[i]); eq <= size(es[i-1]) && eq <= size(es[i+1]) {
				merged := tokenEdit{false, es[i-1].a0, es[i+1].a1, es[i-1].b0, es[i+1].b1}
				es = append(append(es[:i-1], merged), es[i+2:]...)
				changed = true
				break
			}
		}
	}
	return es
}

// slideToClauses moves an insertion (or deletion) that runs into the
// equality after it across the start of that equality when this makes the
// kept part end at a clause mark. Myers may pair "20个" with the "个" of an
// added clause; both scripts cost the same, but only one reads well:
//
//	联系点[-20-]{+32个，新增服务窗口5+}个，畅通…  (as found)
//	联系点[-20-]{+32+}个，{+新增服务窗口5个，+}畅通…  (after the slide)
func slideToClauses(es []tokenEdit, a, b []token) []tokenEdit {
	for i := 0; i+1 < len(es); i++ {
		h, e := es[i], es[i+1]
		if h.equal || !e.equal {
			continue
		}
		if repl, ok := slideInsertion(h, e, b); ok {
			es = append(es[:i], append(repl, es[i+2:]...)...)
			continue
		}
		// The same for a deletion, with the sides swapped.
		hs := tokenEdit{false, h.b0, h.b1, h.a0, h.a1}
		esw := tokenEdit{true, e.b0, e.b1, e.a0, e.a1}
		if repl, ok := slideInsertion(hs, esw, a); ok {
			for k := range repl {
				repl[k] = tokenEdit{repl[k].equal, repl[k].b0, repl[k].b1, repl[k].a0, repl[k].a1}
			}
			es = append(es[:i], append(repl, es[i+2:]...)...)
		}
	}
	return es
}

// slideInsertion tries the slide on hunk h (whose "b" side holds the
// tokens t[h.b0:h.b1]) followed by equality e. It looks for the longest
// tail Y of h's b side whose first L tokens repeat the first L of e and end
// at a clause mark; h then becomes: the rest of the hunk, Y[:L] kept, and
// Y[L:]+e[:L] inserted.
func slideInsertion(h, e tokenEdit, t []token) ([]tokenEdit, bool) {
	if h.b1-h.b0 <= h.a1-h.a0 {
		return nil, false // not mainly an insertion
	}
	for m := h.b0; m < h.b1; m++ {
		l := 0
		for m+l < h.b1 && e.b0+l < e.b1 && t[m+l].code == t[e.b0+l].code {
			l++
		}
		if l == 0 || !isClauseMark(t[m+l-1].code) {
			continue
		}
		var out []tokenEdit
		if h.a0 < h.a1 || h.b0 < m {
			out = append(out, tokenEdit{false, h.a0, h.a1, h.b0, m})
		}
		out = append(out,
			tokenEdit{true, e.a0, e.a0 + l, m, m + l},
			tokenEdit{false, e.a0 + l, e.a0 + l, m + l, h.b1 + l})
		if e.a0+l < e.a1 {
			out = append(out, tokenEdit{true, e.a0 + l, e.a1, h.b1 + l, e.b1})
		}
		return out, true
	}
	return nil, false
}

// isClauseMark reports whether a token is punctuation that ends a clause
// (folded: full-width ，；： are their ASCII forms).
func isClauseMark(code uint32) bool {
	switch code {
	case ',', ';', ':', '、', '。', '!', '?':
		return true
	}
	return false
}
