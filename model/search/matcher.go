// Matching one query in one report's key: by the rarest byte of each term,
// or by the folded regular expression, unit by unit.

package search

import (
	"baogao/model"
	"baogao/model/internal/scan"
	"context"
	"sort"
	"strings"
)

// matcher runs one query over docKeys.
type matcher struct {
	q     *Query
	terms []scan.Finder // the first is the one scanned for
	grams []uint64      // a report must have all of these to match
}

// newMatcher prepares q; freq, when known, picks the rarest term and byte.
func newMatcher(q *Query, freq *[256]uint32) *matcher {
	if freq == nil {
		freq = &scan.DefaultFreq
	}
	m := &matcher{q: q}
	for _, t := range q.Terms {
		m.terms = append(m.terms, scan.NewFinder(t, freq))
	}
	sort.SliceStable(m.terms, func(i, j int) bool { return m.terms[i].Cost < m.terms[j].Cost })
	m.grams = termGrams(q.Terms)
	return m
}

// span is a match in key bytes of a docKey.
type span struct{ lo, hi int }

// search returns the hits of the query in d.
func (m *matcher) search(d *docKey) []Hit {
	spans := m.spans(d)
	if len(spans) == 0 {
		return nil
	}
	return d.resolve(spans)
}

// unitSpans appends to spans every occurrence of every term in unit (whose
// key starts at base), in order, overlapping ones merged.
func (m *matcher) unitSpans(unit string, base int, spans []span) []span {
	n0 := len(spans)
	for i := range m.terms {
		t := m.terms[i].Term
		for j := 0; ; {
			k := strings.Index(unit[j:], t)
			if k < 0 {
				break
			}
			spans = append(spans, span{base + j + k, base + j + k + len(t)})
			j += k + len(t)
		}
	}
	us := spans[n0:]
	sort.Slice(us, func(i, j int) bool { return us[i].lo < us[j].lo })
	out := n0
	for _, s := range us {
		if out > n0 && s.lo < spans[out-1].hi {
			spans[out-1].hi = max(spans[out-1].hi, s.hi)
			continue
		}
		spans[out] = s
		out++
	}
	return spans[:out]
}

// regexSpans runs the regular expression over the whole key, and over each
// unit alone in the rare case a match crossed from one unit into the next.
func (m *matcher) regexSpans(d *docKey) []span {
	re := m.q.Regex
	var spans []span
	for _, loc := range re.FindAllStringIndex(d.key, -1) {
		if loc[0] == loc[1] {
			continue
		}
		if strings.IndexByte(d.key[loc[0]:loc[1]], '\n') >= 0 {
			return m.regexUnitSpans(d)
		}
		spans = append(spans, span{loc[0], loc[1]})
	}
	return spans
}

func (m *matcher) regexUnitSpans(d *docKey) []span {
	var spans []span
	for _, u := range d.units {
		for _, loc := range m.q.Regex.FindAllStringIndex(d.key[u.start:u.end], -1) {
			if loc[0] < loc[1] {
				spans = append(spans, span{int(u.start) + loc[0], int(u.start) + loc[1]})
			}
		}
	}
	return spans
}

// find locates the first limit hits of the query in d and counts all,
// per section too.
func (m *matcher) find(ctx context.Context, d *docKey, limit int) (*Found, error) {
	var spans []span
	perSec := make([]int, len(d.secs))
	total, u := 0, 0
	err := m.eachSpan(ctx, d, func(s span) {
		if limit <= 0 || len(spans) < limit {
			spans = append(spans, s)
		}
		for int(d.units[u].end) < s.lo {
			u++
		}
		perSec[d.units[u].sec]++
		total++
	})
	if err != nil {
		return nil, err
	}
	f := &Found{Total: total, Sections: map[*model.Section]int{}}
	for i, n := range perSec {
		if n > 0 {
			f.Sections[d.secs[i]] = n
		}
	}
	if len(spans) > 0 {
		f.Hits = d.resolve(spans)
	}
	return f, nil
}

// count counts the matches of the query in d without keeping them.
func (m *matcher) count(d *docKey) int {
	n := 0
	m.eachSpan(context.Background(), d, func(span) { n++ })
	return n
}

// spans returns the matches of the query in d's key, in order.
func (m *matcher) spans(d *docKey) []span {
	var spans []span
	m.eachSpan(context.Background(), d, func(s span) { spans = append(spans, s) })
	return spans
}

// checkEvery is how many matches a search finds between looks at whether
// it was cancelled.
const checkEvery = 4096

// eachSpan calls emit with every match of the query in d's key, in order.
// It stops with ctx's error when ctx is cancelled, so a search of a
// paragraph with millions of matches can be dropped.
func (m *matcher) eachSpan(ctx context.Context, d *docKey, emit func(span)) error {
	if d.grams.bits != nil {
		for _, g := range m.grams {
			if !d.grams.has(g) {
				return nil
			}
		}
	}
	switch {
	case m.q.Regex != nil:
		for i, s := range m.regexSpans(d) {
			if i%checkEvery == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			emit(s)
		}
	case len(m.terms) == 1:
		f := &m.terms[0]
		n := 0
		for at := f.Index(d.key, 0); at >= 0; at = f.Index(d.key, at+len(f.Term)) {
			if n++; n%checkEvery == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			emit(span{at, at + len(f.Term)})
		}
	default:
		return m.allTermSpans(ctx, d, emit)
	}
	return ctx.Err()
}

// allTermSpans finds the units that hold every term, scanning for the rarest,
// and emits every occurrence of every term in them, overlaps merged.
func (m *matcher) allTermSpans(ctx context.Context, d *docKey, emit func(span)) error {
	var spans []span
	first := &m.terms[0]
	u := 0
	for at := first.Index(d.key, 0); at >= 0; {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for int(d.units[u].end) < at {
			u++
		}
		unit := d.key[d.units[u].start:d.units[u].end]
		all := true
		for i := 1; i < len(m.terms) && all; i++ {
			all = strings.Contains(unit, m.terms[i].Term)
		}
		if all {
			spans = m.unitSpans(unit, int(d.units[u].start), spans[:0])
			for _, s := range spans {
				emit(s)
			}
		}
		at = first.Index(d.key, int(d.units[u].end))
	}
	return nil
}
