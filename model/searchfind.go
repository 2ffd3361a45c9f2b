package model

import (
	"context"
	"strings"
)

// Found is a search of one report with a bound on what is located: a
// paragraph of a few megabytes can hold millions of hits, more than anyone
// reads and more than a reader can afford to place on its lines, but the
// count of all of them, and in each section, is still worth showing.
type Found struct {
	Hits     []Hit            // the first hits, in document order, at most the limit
	Total    int              // every hit in the report
	Sections map[*Section]int // every hit per section, nil for the title and the preamble
}

// Truncated reports whether there are hits beyond those located.
func (f *Found) Truncated() bool { return f.Total > len(f.Hits) }

// FindReport searches r for q like SearchReports, without an index (r is
// folded for this search), locating the first limit hits (every hit when
// limit <= 0) and counting all of them. It stops with ctx's error when ctx
// is cancelled. Its cost is linear in the report's size plus the hits, so
// an app can run it as a command on any report.
func FindReport(ctx context.Context, q *Query, r *Report, limit int) (*Found, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return newMatcher(q, nil).find(ctx, newDocKey(r, false), limit)
}

// FindReport is the package's FindReport on the index's key of r, which
// need not be in the index. It waits for the index's keys to be built.
func (ix *Index) FindReport(ctx context.Context, q *Query, r *Report, limit int) (*Found, error) {
	ix.once.Do(ix.build)
	if i, ok := ix.pos[r]; ok {
		return ix.matcher(q).find(ctx, ix.docs[i], limit)
	}
	return FindReport(ctx, q, r, limit)
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
	f := &Found{Total: total, Sections: map[*Section]int{}}
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

// SearchFirst is Search with a bound on what is located: every hit is
// counted, in each report too (ReportHits.Count), but only the first limit
// hits of all, in index order, are located; the reports after them have
// no Hits. It stops with ctx's error when ctx is cancelled.
func (ix *Index) SearchFirst(ctx context.Context, q *Query, limit int) (*Results, error) {
	c, err := ix.Count(ctx, q)
	if err != nil {
		return nil, err
	}
	res := &Results{Query: q, Total: c.Total}
	left := limit
	for _, rc := range c.Reports {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rh := ReportHits{Report: rc.Report, Count: rc.Count}
		if left > 0 {
			rh.Hits = ix.docHits(c.m, c.plans, rc.doc, left)
			left -= len(rh.Hits)
		}
		res.Reports = append(res.Reports, rh)
	}
	return res, nil
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
		for at := f.index(d.key, 0); at >= 0; at = f.index(d.key, at+len(f.term)) {
			if n++; n%checkEvery == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			emit(span{at, at + len(f.term)})
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
	for at := first.index(d.key, 0); at >= 0; {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		for int(d.units[u].end) < at {
			u++
		}
		unit := d.key[d.units[u].start:d.units[u].end]
		all := true
		for i := 1; i < len(m.terms) && all; i++ {
			all = strings.Contains(unit, m.terms[i].term)
		}
		if all {
			spans = m.unitSpans(unit, int(d.units[u].start), spans[:0])
			for _, s := range spans {
				emit(s)
			}
		}
		at = first.index(d.key, int(d.units[u].end))
	}
	return nil
}
