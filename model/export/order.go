package export

import (
	"slices"

	"baogao/model"
	"baogao/model/compare"
)

// The order of the running text. The comparison lists its pairs in A's
// order with B's extra sections among them; a pair that moved stands
// where A has it, which is not where B has it. The running text must read
// as A when its insertions are dropped and as B when its deletions are, so
// the pairs in the longest run that is in order on both sides are written
// whole, and every other pair is split into a deletion where A has it and
// an insertion where B has it (as Word writes a moved paragraph).

// unitOrder is the units of c in an order that is A's and B's at once.
func unitOrder(c *compare.Comparison) []unit {
	posA, posB := outlineIndex(c.A), outlineIndex(c.B)
	var both []int // pairs with both sides, in A's order
	var aOnly, bOnly []unit
	for i := range c.Pairs {
		p := &c.Pairs[i]
		switch {
		case p.A != nil && p.B != nil:
			both = append(both, i)
		case p.A != nil:
			aOnly = append(aOnly, unit{a: p.A, depth: p.Depth})
		case p.B != nil:
			bOnly = append(bOnly, unit{b: p.B, depth: p.Depth})
		}
	}
	slices.SortStableFunc(both, func(x, y int) int { return posA[c.Pairs[x].A] - posA[c.Pairs[y].A] })
	bs := make([]int, len(both))
	for k, i := range both {
		bs[k] = posB[c.Pairs[i].B]
	}
	keep := increasingRun(bs)
	var aUnits []unit
	for k, i := range both {
		p := &c.Pairs[i]
		if keep[k] {
			aUnits = append(aUnits, unit{a: p.A, b: p.B, pair: p, depth: p.Depth})
			continue
		}
		aUnits = append(aUnits, unit{a: p.A, depth: p.Depth})
		bOnly = append(bOnly, unit{b: p.B, depth: p.Depth})
	}
	aUnits = append(aUnits, aOnly...)
	slices.SortStableFunc(aUnits, func(x, y unit) int { return posA[x.a] - posA[y.a] })
	slices.SortStableFunc(bOnly, func(x, y unit) int { return posB[x.b] - posB[y.b] })
	return merge(aUnits, bOnly, posB)
}

// merge interleaves the units A has (in A's order; those written whole in
// B's order too) with those only B has (in B's order): before each whole
// unit come the B units that B has before it.
func merge(aUnits, bOnly []unit, posB map[*model.Section]int) []unit {
	out := make([]unit, 0, len(aUnits)+len(bOnly))
	next := 0
	for _, u := range aUnits {
		if u.b != nil {
			for next < len(bOnly) && posB[bOnly[next].b] < posB[u.b] {
				out = append(out, bOnly[next])
				next++
			}
		}
		out = append(out, u)
	}
	return append(out, bOnly[next:]...)
}

// outlineIndex numbers the sections of r in reading order from 1: the
// preamble, a section of the comparison's own that is not in the outline,
// gets the map's 0 and comes first.
func outlineIndex(r *model.Report) map[*model.Section]int {
	m := map[*model.Section]int{}
	n := 1
	r.Walk(func(s *model.Section) { m[s] = n; n++ })
	return m
}

// increasingRun marks a longest strictly increasing subsequence of xs.
func increasingRun(xs []int) []bool {
	keep := make([]bool, len(xs))
	tails := []int{} // index in xs of the smallest tail of a run of each length
	prev := make([]int, len(xs))
	for i, x := range xs {
		k, _ := slices.BinarySearchFunc(tails, x, func(t, x int) int { return xs[t] - x })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[i] = true
		}
	}
	return keep
}
