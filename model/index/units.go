package index

import (
	"sort"
	"unicode/utf8"
)

// unitCounts counts the hits of several terms per document from positions
// alone, as model's search does: in each unit (paragraph, heading, title)
// that holds every term, every non-overlapping occurrence of each term,
// occurrences of different terms that overlap counted as one. Units are
// told apart by the positions of their separators (sepKey).
func (ix *Index) unitCounts(terms []string, perTerm [][]docStarts, cand []docStarts) (map[uint32]int, error) {
	docs := make(map[uint32]bool, len(cand))
	for _, c := range cand {
		docs[c.doc] = true
	}
	seps, err := ix.separators(docs)
	if err != nil {
		return nil, err
	}
	lens := make([]uint32, len(terms))
	for i, t := range terms {
		lens[i] = uint32(utf8.RuneCountInString(t))
	}
	next := make([]int, len(terms)) // per term: its next document in perTerm
	counts := make(map[uint32]int, len(cand))
	for _, c := range cand {
		starts := make([][]uint32, len(terms))
		for i := range terms {
			l := perTerm[i]
			for next[i] < len(l) && l[next[i]].doc < c.doc {
				next[i]++
			}
			starts[i] = l[next[i]].starts
		}
		if n := countInUnits(starts, lens, seps[c.doc]); n > 0 {
			counts[c.doc] = n
		}
	}
	return counts, nil
}

// separators decodes the unit separators of the documents asked for.
func (ix *Index) separators(docs map[uint32]bool) (map[uint32][]uint32, error) {
	out := make(map[uint32][]uint32, len(docs))
	for _, s := range ix.segs {
		for _, e := range s.lists(sepKey, sepKey) {
			b, err := s.list(e)
			if err != nil {
				return nil, err
			}
			r := newListReader(b)
			for r.next() {
				if d := uint32(r.doc); docs[d] {
					if out[d], err = r.positions(out[d]); err != nil {
						return nil, err
					}
				}
			}
			if r.err != nil {
				return nil, r.err
			}
		}
	}
	return out, nil
}

type runeSpan struct{ lo, hi uint32 }

// countInUnits counts one document's hits; starts are per term, sorted.
func countInUnits(starts [][]uint32, lens []uint32, seps []uint32) int {
	idx := make([]int, len(starts))
	var spans []runeSpan
	total := 0
	for u := 0; u <= len(seps); u++ {
		end := ^uint32(0) // the unit is [.., end)
		if u < len(seps) {
			end = seps[u]
		}
		spans = spans[:0]
		all := true
		for t := range starts {
			from := idx[t]
			for idx[t] < len(starts[t]) && starts[t][idx[t]] < end {
				idx[t]++
			}
			in := starts[t][from:idx[t]]
			if len(in) == 0 {
				all = false
				continue
			}
			var last uint32
			for k, s := range in {
				if k == 0 || s >= last {
					spans = append(spans, runeSpan{s, s + lens[t]})
					last = s + lens[t]
				}
			}
		}
		if !all || len(spans) == 0 {
			continue
		}
		sort.Slice(spans, func(i, j int) bool { return spans[i].lo < spans[j].lo })
		n, hi := 0, uint32(0)
		for k, sp := range spans {
			if k > 0 && sp.lo < hi {
				hi = max(hi, sp.hi)
				continue
			}
			n, hi = n+1, sp.hi
		}
		total += n
	}
	return total
}
