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
// keys.go finds a query through them; Index.Count (index.go) counts hits
// per report, which is what a results pane and `--count` show at once, and
// Counts.Hits locates one report's hits when it is shown. Counts equal those
// of Search (TestCountMatchesSearch).

package search

import (
	"sort"
	"strings"
	"sync"
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

// byLen sorts a plan's runes by the length of their postings.
type byLen plan

func (b byLen) Len() int { return len(b.lists) }

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
