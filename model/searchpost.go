// Counting hits across an Index without scanning every key.
//
// A scan of 100 MB of folded Chinese keys costs 20–30 ms of CPU however it
// is done in Go (the lead bytes 0xE4–0xE9 are everywhere, and even the
// rarest byte of a term turns up every 100–400 bytes), and a term like
// 法治政府 is in every report, so no per-report filter helps. So the index
// also keeps, for every non-ASCII rune of the BMP, the sorted offsets where it
// occurs in the keys (4 bytes per such rune: about 1.3× the key for Chinese
// text; built in parallel with the keys). A term is then looked for only
// where its rarest rune is — 131k places for 法治政府 instead of 100 MB —
// and a regular expression only in the paragraphs that hold a literal every
// match must contain.
//
// Index.Count returns the number of hits per report, which is what a results
// pane and `--count` show at once; Counts.Hits locates one report's hits
// when it is shown. Counts equal those of Search (TestCountMatchesSearch).
package model

import (
	"context"
	"regexp/syntax"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// postings lists where each non-ASCII BMP rune occurs in an index's keys:
// pos[start[r]:start[r+1]] are the offsets of rune r in Index.all, in order.
type postings struct {
	start []uint32 // 0x10001 entries
	pos   []uint32
}

// maxPostingsKey is the largest total key size with postings (offsets are
// uint32); a larger index scans.
const maxPostingsKey = 1<<32 - 1

// buildPostings indexes the runes of all (keys joined by "\n"), splitting
// the work at line ends between workers.
func buildPostings(all string, workers int) *postings {
	if len(all) > maxPostingsKey || len(all) == 0 {
		return nil
	}
	workers = max(1, min(workers, len(all)>>16+1))
	bounds := []int{0}
	for w := 1; w < workers; w++ {
		at := len(all) * w / workers
		nl := strings.IndexByte(all[at:], '\n')
		if nl < 0 {
			break
		}
		if at+nl+1 > bounds[len(bounds)-1] {
			bounds = append(bounds, at+nl+1)
		}
	}
	bounds = append(bounds, len(all))
	n := len(bounds) - 1
	counts := make([][]uint32, n)
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := make([]uint32, 0x10000)
			eachRune(all, bounds[w], bounds[w+1], func(r rune, _ int) { c[r]++ })
			counts[w] = c
		}()
	}
	wg.Wait()
	p := &postings{start: make([]uint32, 0x10001)}
	total := uint32(0)
	for r := range 0x10000 {
		p.start[r] = total
		for w := range n {
			c := counts[w][r]
			counts[w][r] = total // now: where worker w writes rune r
			total += c
		}
	}
	p.start[0x10000] = total
	p.pos = make([]uint32, total)
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			next := counts[w]
			eachRune(all, bounds[w], bounds[w+1], func(r rune, at int) {
				p.pos[next[r]] = uint32(at)
				next[r]++
			})
		}()
	}
	wg.Wait()
	return p
}

// eachRune calls f for every non-ASCII BMP rune of s[from:to] (valid UTF-8).
func eachRune(s string, from, to int, f func(r rune, at int)) {
	for i := from; i < to; {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c&0xF0 == 0xE0 && i+2 < to:
			f(rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), i)
			i += 3
		default:
			r, size := utf8.DecodeRuneInString(s[i:to])
			if r <= 0xFFFF && size > 1 {
				f(r, i)
			}
			i += size
		}
	}
}

// list returns the offsets of r, or ok=false when r is not indexed.
func (p *postings) list(r rune) (pos []uint32, ok bool) {
	if p == nil || r < utf8.RuneSelf || r > 0xFFFF {
		return nil, false
	}
	return p.pos[p.start[r]:p.start[r+1]], true
}

// plan finds a literal through postings: the literal occurs at s when every
// indexed rune k of it occurs at s+offs[k]; when it has runes that are not
// indexed (ASCII), the bytes at s are compared too.
type plan struct {
	lit    string
	lists  [][]uint32 // postings of the literal's indexed runes, shortest first
	offs   []int      // the runes' offsets in lit
	verify bool       // lit has runes without postings
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

// byLen sorts a plan's runes by the length of their postings.
type byLen plan

func (b byLen) Len() int           { return len(b.lists) }
func (b byLen) Less(i, j int) bool { return len(b.lists[i]) < len(b.lists[j]) }
func (b byLen) Swap(i, j int) {
	b.lists[i], b.lists[j] = b.lists[j], b.lists[i]
	b.offs[i], b.offs[j] = b.offs[j], b.offs[i]
}

// scanRatio: a literal with runes that have no postings is looked for by
// scanning when its rarest indexed rune is on more than one key byte in
// scanRatio. (Tests set it to 1 to use postings always.)
var scanRatio = 24

// each calls f with the start of every occurrence of the literal in all
// that starts in [lo, hi), in order (overlapping ones too).
func (pl *plan) each(all string, lo, hi int, f func(at int)) {
	it := planIter{pl: pl, cur: make([]int, len(pl.lists))}
	for k, l := range pl.lists {
		target := uint32(lo + pl.offs[k])
		it.cur[k] = sort.Search(len(l), func(i int) bool { return l[i] >= target })
	}
	it.each(all, lo, hi, f)
}

// planIter walks a plan's postings forward only, so memory is read in
// order; only plans with verify touch the key.
type planIter struct {
	pl  *plan
	cur []int // per rune: the first posting not yet passed
}

// seek moves past the occurrences that start before lo.
func (it *planIter) seek(lo int) {
	for k, l := range it.pl.lists {
		it.cur[k] = gallop(l, it.cur[k], uint32(lo+it.pl.offs[k]))
	}
}

// gallop returns the first index at or after c of l whose value is at
// least target.
func gallop(l []uint32, c int, target uint32) int {
	if c >= len(l) || l[c] >= target {
		return c
	}
	step := 1
	for c+step < len(l) && l[c+step] < target {
		c += step
		step *= 2
	}
	for ; step > 0; step /= 2 {
		if c+step < len(l) && l[c+step] < target {
			c += step
		}
	}
	return c + 1
}

// each calls f with the start of every occurrence that starts before hi,
// from where the iterator is on.
func (it *planIter) each(all string, lo, hi int, f func(at int)) {
	pl := it.pl
	first, off0 := pl.lists[0], pl.offs[0]
	n := len(pl.lit)
next:
	for it.cur[0] < len(first) {
		at := int(first[it.cur[0]]) - off0
		if at >= hi {
			return
		}
		it.cur[0]++
		if at < lo {
			continue
		}
		for k := 1; k < len(pl.lists); k++ {
			l, c := pl.lists[k], it.cur[k]
			target := uint32(at + pl.offs[k])
			// Step, then gallop: the places of a common rune are dense.
			for i := 0; i < 4 && c < len(l) && l[c] < target; i++ {
				c++
			}
			c = gallop(l, c, target)
			it.cur[k] = c
			if c == len(l) {
				it.cur[0] = len(first)
				return
			}
			if l[c] != target {
				continue next
			}
		}
		if pl.verify && (at+n > len(all) || all[at:at+n] != pl.lit) {
			continue
		}
		f(at)
	}
}

// ReportCount is the number of hits in one report.
type ReportCount struct {
	Report *Report
	Count  int
	doc    int // index in Index.docs
}

// Counts is the outcome of Index.Count: hits per report, without their
// places, which Hits finds for one report at a time.
type Counts struct {
	Query   *Query
	Total   int           // hits in all reports
	Reports []ReportCount // reports with hits, in index order
	ix      *Index
	m       *matcher
	plans   []plan // nil: the query is scanned for
}

// Hits locates the hits of c.Reports[i], in document order: the same hits
// Search gives for that report.
func (c *Counts) Hits(i int) []Hit {
	return c.ix.docHits(c.m, c.plans, c.Reports[i].doc, 0)
}

// docHits locates the first limit hits of doc i (all when limit <= 0).
func (ix *Index) docHits(m *matcher, plans []plan, i, limit int) []Hit {
	d := ix.docs[i]
	if plans == nil {
		f, _ := m.find(context.Background(), d, limit)
		return f.Hits
	}
	var spans []span
	base := ix.docStart[i]
	ix.find(m.q, plans, base, base+len(d.key)+1, func(_ int, s span) {
		if limit <= 0 || len(spans) < limit {
			spans = append(spans, span{s.lo - base, s.hi - base})
		}
	})
	if len(spans) == 0 {
		return nil
	}
	return d.resolve(spans)
}

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
		pl, ok := ix.planFor(m.terms[i].term)
		if !ok {
			return nil
		}
		plans = append(plans, pl)
	}
	return plans
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

// Count counts the hits of q in every report of the index. It stops early
// with ctx's error when ctx is cancelled.
func (ix *Index) Count(ctx context.Context, q *Query) (*Counts, error) {
	ix.once.Do(ix.build)
	m := ix.matcher(q)
	counts := make([]int, len(ix.docs))
	plans := ix.plans(m)
	var err error
	if plans != nil {
		err = ix.inRanges(ctx, func(lo, hi int) {
			ix.find(q, plans, lo, hi, func(doc int, _ span) { counts[doc]++ })
		})
	} else {
		err = ix.scanDocs(ctx, func(i int) { counts[i] = m.count(ix.docs[i]) })
	}
	if err != nil {
		return nil, err
	}
	c := &Counts{Query: q, ix: ix, m: m, plans: plans}
	for i, n := range counts {
		if n > 0 {
			c.Reports = append(c.Reports, ReportCount{ix.docs[i].r, n, i})
			c.Total += n
		}
	}
	return c, nil
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

// scanDocs runs f on every doc, in parallel, and returns ctx's error if it
// was cancelled.
func (ix *Index) scanDocs(ctx context.Context, f func(i int)) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(ix.docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(ix.docs) {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
	return ctx.Err()
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
