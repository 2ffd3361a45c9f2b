package index

import (
	"sort"
)

// docStarts is where a term starts in one document: rune offsets in its
// folded text, in order.
type docStarts struct {
	doc    uint32
	starts []uint32
}

// termDocs returns every live document that holds term (folded, without
// "\n"), with where it starts, in document order. It is exact: the probes
// cover every rune of the term, so a position is in every probe's lists
// only where the term is.
func (ix *Index) termDocs(term string) ([]docStarts, error) {
	probes, _ := ix.freq.probes(term)
	var out []docStarts
	for _, s := range ix.segs {
		found, err := ix.segmentTerm(s, probes)
		if err != nil {
			return nil, err
		}
		out = append(out, found...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].doc < out[j].doc })
	return out, nil
}

type probeLists struct {
	p     probe
	lists []entry
	size  int
}

func (ix *Index) segmentTerm(s *segment, probes []probe) ([]docStarts, error) {
	pls := make([]probeLists, len(probes))
	for i, p := range probes {
		pl := probeLists{p: p, lists: s.lists(p.lo, p.hi)}
		if len(pl.lists) == 0 {
			return nil, nil
		}
		for _, e := range pl.lists {
			pl.size += int(e.n)
		}
		pls[i] = pl
	}
	sort.Slice(pls, func(i, j int) bool { return pls[i].size < pls[j].size })
	var cand []docStarts
	for k, pl := range pls {
		got, err := ix.probeDocs(s, pl, cand, k == 0)
		if err != nil {
			return nil, err
		}
		if k == 0 {
			for i := range got {
				got[i].starts = shift(got[i].starts, pl.p.off)
			}
			cand = got
		} else {
			cand = intersect(cand, got, pl.p.off)
		}
		if len(cand) == 0 {
			return nil, nil
		}
	}
	return cand, nil
}

// probeDocs decodes the probe's lists: the live documents (those of cand
// unless first) with their positions, sorted by document.
func (ix *Index) probeDocs(s *segment, pl probeLists, cand []docStarts, first bool) ([]docStarts, error) {
	var byDoc map[uint32]int // several lists: where each document is in out
	if len(pl.lists) > 1 {
		byDoc = map[uint32]int{}
	}
	var out []docStarts
	for _, e := range pl.lists {
		b, err := s.list(e)
		if err != nil {
			return nil, err
		}
		r := newListReader(b)
		c := 0 // cand is sorted, as the list is: walk both
		for r.next() {
			doc := uint32(r.doc)
			if !first {
				for c < len(cand) && cand[c].doc < doc {
					c++
				}
				if c == len(cand) {
					break
				}
				if cand[c].doc != doc {
					continue
				}
			}
			if _, ok := ix.live[doc]; !ok {
				continue
			}
			i := len(out)
			if byDoc != nil {
				if j, ok := byDoc[doc]; ok {
					i = j
				} else {
					byDoc[doc] = i
				}
			}
			if i == len(out) {
				out = append(out, docStarts{doc: doc})
			}
			if out[i].starts, err = r.positions(out[i].starts); err != nil {
				return nil, err
			}
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	if byDoc != nil {
		sort.Slice(out, func(i, j int) bool { return out[i].doc < out[j].doc })
		for i := range out {
			p := out[i].starts
			sort.Slice(p, func(a, b int) bool { return p[a] < p[b] })
		}
	}
	return out, nil
}

// shift turns positions of a probe at off into starts of the term.
func shift(pos []uint32, off uint32) []uint32 {
	out := pos[:0]
	for _, p := range pos {
		if p >= off {
			out = append(out, p-off)
		}
	}
	return out
}

// intersect keeps the starts of cand that the probe at off confirms; got
// holds only documents of cand, both sorted by document.
func intersect(cand, got []docStarts, off uint32) []docStarts {
	var out []docStarts
	c := 0
	for _, g := range got {
		for cand[c].doc < g.doc {
			c++
		}
		var starts []uint32
		j := 0
		for _, st := range cand[c].starts {
			want := st + off
			for j < len(g.starts) && g.starts[j] < want {
				j++
			}
			if j < len(g.starts) && g.starts[j] == want {
				starts = append(starts, st)
			}
		}
		if len(starts) > 0 {
			out = append(out, docStarts{doc: g.doc, starts: starts})
		}
	}
	return out
}

// countNonOverlapping counts starts as model's search does: after a match,
// the next one is looked for from its end.
func countNonOverlapping(starts []uint32, runes int) int {
	n, end := 0, uint32(0)
	for i, s := range starts {
		if i == 0 || s >= end {
			n++
			end = s + uint32(runes)
		}
	}
	return n
}

// runeCounts counts a one-rune term per live document without decoding a
// position: a rune cannot overlap itself, so its count is how many
// positions its lists hold (a frequent rune's are all its pairs').
func (ix *Index) runeCounts(term string) (map[uint32]int, error) {
	probes, n := ix.freq.probes(term)
	if n != 1 || len(probes) != 1 {
		return nil, nil
	}
	counts := map[uint32]int{}
	for _, s := range ix.segs {
		for _, e := range s.lists(probes[0].lo, probes[0].hi) {
			b, err := s.list(e)
			if err != nil {
				return nil, err
			}
			r := newListReader(b)
			for r.next() {
				if _, ok := ix.live[uint32(r.doc)]; ok {
					counts[uint32(r.doc)] += r.n
				}
			}
			if r.err != nil {
				return nil, r.err
			}
		}
	}
	return counts, nil
}
