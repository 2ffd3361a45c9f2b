// Finding a query in the joined keys of an index through the postings of
// its runes, a few ranges of whole reports per CPU.

package search

import (
	"context"
	"regexp/syntax"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// plans returns how to find q's terms (or its regular expression's
// required literal) through the postings, or nil when q is scanned for.
func (ix *Index) plans(m *matcher) []plan {
	var plans []plan
	if m.q.Regex != nil {
		lit := requiredLiteral(m.q.Regex.String())
		if lit == "" {
			return nil
		}
		pl, ok := ix.planFor(lit)
		if !ok {
			return nil
		}
		return []plan{pl}
	}
	for i := range m.terms {
		pl, ok := ix.planFor(m.terms[i].Term)
		if !ok {
			return nil
		}
		plans = append(plans, pl)
	}
	return plans
}

// planFor returns the plan for lit, or ok=false when lit is better found by
// scanning: it has no indexed rune, or it has runes without postings and
// its rarest rune is so common that comparing bytes at each of its places
// costs more than a scan (the places are spread over the whole key, one
// cache miss each).
func (ix *Index) planFor(lit string) (pl plan, ok bool) {
	if ix.post == nil {
		return pl, false
	}
	pl.lit = lit
	for i, r := range lit {
		pos, has := ix.post.list(r)
		if !has {
			pl.verify = true
			continue
		}
		pl.lists = append(pl.lists, pos)
		pl.offs = append(pl.offs, i)
	}
	if len(pl.lists) == 0 {
		return pl, false
	}
	sort.Sort(byLen(pl))
	return pl, !pl.verify || len(pl.lists[0]) <= len(ix.all)/scanRatio
}

// find calls emit with every hit of the query that starts in [lo, hi)
// (offsets in ix.all, a range of whole reports), in order, with its doc.
func (ix *Index) find(q *Query, plans []plan, lo, hi int, emit func(doc int, s span)) {
	switch {
	case q.Regex != nil:
		ix.findRegex(q, &plans[0], lo, hi, emit)
	case len(plans) == 1:
		ix.findTerm(&plans[0], lo, hi, emit)
	default:
		ix.findAll(plans, lo, hi, emit)
	}
}

// inRanges splits the keys at report boundaries into a few ranges per CPU
// and runs f on them in parallel; it returns ctx's error if cancelled.
func (ix *Index) inRanges(ctx context.Context, f func(lo, hi int)) error {
	workers := runtime.GOMAXPROCS(0)
	parts := min(4*workers, len(ix.docs))
	var bounds []int
	for k := 0; k <= parts; k++ {
		at := len(ix.all) * k / max(parts, 1)
		d := sort.SearchInts(ix.docStart, at) // first doc starting at or after at
		b := len(ix.all)
		if d < len(ix.docStart) {
			b = ix.docStart[d]
		}
		if k == 0 {
			b = 0
		}
		if len(bounds) == 0 || b > bounds[len(bounds)-1] {
			bounds = append(bounds, b)
		}
	}
	if bounds[len(bounds)-1] != len(ix.all) {
		bounds = append(bounds, len(ix.all))
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(workers, len(bounds)-1); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				k := int(next.Add(1) - 1)
				if k+1 >= len(bounds) {
					return
				}
				f(bounds[k], bounds[k+1])
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
}

// docOf returns the index of the doc whose key holds offset at of ix.all.
func (ix *Index) docOf(at int) int {
	return sort.Search(len(ix.docStart), func(i int) bool { return ix.docStart[i] > at }) - 1
}

// docCursor maps increasing offsets of ix.all to docs.
type docCursor struct {
	ix  *Index
	doc int
	end int // where the current doc's key ends
}

func (c *docCursor) at(at int) int {
	if c.end < 0 || at >= c.end {
		c.doc = c.ix.docOf(at)
		c.end = c.ix.docStart[c.doc] + len(c.ix.docs[c.doc].key)
	}
	return c.doc
}

// findTerm finds one term's hits starting in [lo, hi): non-overlapping,
// leftmost first, as a scan of the key finds them.
func (ix *Index) findTerm(pl *plan, lo, hi int, emit func(doc int, s span)) {
	end := -1 // where the last hit ends
	dc := docCursor{ix: ix, end: -1}
	pl.each(ix.all, lo, hi, func(at int) {
		if at < end {
			return // overlaps the last hit
		}
		end = at + len(pl.lit)
		emit(dc.at(at), span{at, end})
	})
}

// lineOf returns the start of the unit of ix.all holding at, looking in
// ix.lines from index *j on (offsets mostly come in order), and sets *j to
// the unit's index.
func (ix *Index) lineOf(at int, j *int) int {
	i := *j
	if int(ix.lines[i]) > at {
		i = sort.Search(len(ix.lines), func(k int) bool { return int(ix.lines[k]) > at }) - 1
	} else {
		i = gallop(ix.lines, i, uint32(at)+1) - 1
	}
	*j = i
	return int(ix.lines[i])
}

// unitEnd returns where the unit holding at ends.
func (ix *Index) unitEnd(at int) int {
	if e := strings.IndexByte(ix.all[at:], '\n'); e >= 0 {
		return at + e
	}
	return len(ix.all)
}

// findAll finds the hits of a query of several terms in [lo, hi): the hits
// of every term in the units that hold all of them, overlapping hits merged. The
// units come from the term with the fewest places of its rarest rune; the
// others are looked for only in those units.
func (ix *Index) findAll(plans []plan, lo, hi int, emit func(doc int, s span)) {
	r := 0
	for k := range plans {
		if len(plans[k].lists[0]) < len(plans[r].lists[0]) {
			r = k
		}
	}
	var first []int
	plans[r].each(ix.all, lo, hi, func(at int) { first = append(first, at) })
	its := make([]planIter, len(plans))
	for k := range plans {
		its[k] = planIter{pl: &plans[k], cur: make([]int, len(plans[k].lists))}
		for j, l := range plans[k].lists {
			target := uint32(lo + plans[k].offs[j])
			its[k].cur[j] = sort.Search(len(l), func(i int) bool { return l[i] >= target })
		}
	}
	dc := docCursor{ix: ix, end: -1}
	line := 0
	var spans []span
	for i := 0; i < len(first); {
		ulo := ix.lineOf(first[i], &line)
		uhi := hi // the unit ends before the next one starts
		if line+1 < len(ix.lines) {
			uhi = min(uhi, int(ix.lines[line+1]))
		}
		spans = spans[:0]
		all := true
		for k := range plans {
			its[k].seek(ulo)
			end, n := -1, len(spans)
			its[k].each(ix.all, ulo, uhi, func(at int) {
				if at >= end { // non-overlapping, leftmost first, per term
					spans = append(spans, span{at, at + len(plans[k].lit)})
					end = at + len(plans[k].lit)
				}
			})
			if len(spans) == n {
				all = false
				break
			}
		}
		if all {
			doc := dc.at(ulo)
			for _, s := range mergeSpans(spans) {
				emit(doc, s)
			}
		}
		for i < len(first) && first[i] < uhi {
			i++
		}
	}
}

// mergeSpans sorts spans and merges the overlapping ones, in place.
func mergeSpans(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.lo < out[n-1].hi {
			out[n-1].hi = max(out[n-1].hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

// findRegex finds a regular expression's matches in the units of [lo, hi)
// that hold the literal every match contains.
func (ix *Index) findRegex(q *Query, pl *plan, lo, hi int, emit func(doc int, s span)) {
	lineEnd := -1
	line := 0
	dc := docCursor{ix: ix, end: -1}
	pl.each(ix.all, lo, hi, func(at int) {
		if at < lineEnd {
			return // this unit is done
		}
		ulo, uhi := ix.lineOf(at, &line), ix.unitEnd(at)
		lineEnd = uhi
		for _, loc := range q.Regex.FindAllStringIndex(ix.all[ulo:uhi], -1) {
			if loc[0] < loc[1] {
				emit(dc.at(ulo), span{ulo + loc[0], ulo + loc[1]})
			}
		}
	})
}

// requiredLiteral returns a string that every match of the regular
// expression contains, or "" when it finds none. expr is a compiled folded
// expression (Regexp.String), parsed the way compileFolded parses.
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl&^syntax.OneLine)
	if err != nil {
		return ""
	}
	if hasTextAnchor(re) {
		// \A and \z hold at a report's ends in a whole-key search but at
		// every unit's ends in one unit: scan, as Search does.
		return ""
	}
	return mustContain(re)
}

func hasTextAnchor(re *syntax.Regexp) bool {
	if re.Op == syntax.OpBeginText || re.Op == syntax.OpEndText {
		return true
	}
	for _, sub := range re.Sub {
		if hasTextAnchor(sub) {
			return true
		}
	}
	return false
}

func mustContain(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune)
		}
	case syntax.OpCapture, syntax.OpPlus:
		return mustContain(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustContain(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if l := mustContain(sub); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}
