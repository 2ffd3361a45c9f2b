// Bounded searches: the first hits located, all of them counted, for a
// reader that cannot place millions of hits on its lines.

package search

import (
	"baogao/model"
	"context"
)

// Found is a search of one report with a bound on what is located: a
// paragraph of a few megabytes can hold millions of hits, more than anyone
// reads and more than a reader can afford to place on its lines, but the
// count of all of them, and in each section, is still worth showing.
type Found struct {
	Hits     []Hit                  // the first hits, in document order, at most the limit
	Total    int                    // every hit in the report
	Sections map[*model.Section]int // every hit per section, nil for the title and the preamble
}

// Truncated reports whether there are hits beyond those located.
func (f *Found) Truncated() bool { return f.Total > len(f.Hits) }

// FindReport searches r for q like Reports, without an index (r is
// folded for this search), locating the first limit hits (every hit when
// limit <= 0) and counting all of them. It stops with ctx's error when ctx
// is cancelled. Its cost is linear in the report's size plus the hits, so
// an app can run it as a command on any report.
func FindReport(ctx context.Context, q *Query, r *model.Report, limit int) (*Found, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return newMatcher(q, nil).find(ctx, newDocKey(r, false), limit)
}

// FindReport is the package's FindReport on the index's key of r, which
// need not be in the index. It waits for the index's keys to be built.
func (ix *Index) FindReport(ctx context.Context, q *Query, r *model.Report, limit int) (*Found, error) {
	ix.once.Do(ix.build)
	if i, ok := ix.pos[r]; ok {
		return ix.matcher(q).find(ctx, ix.docs[i], limit)
	}
	return FindReport(ctx, q, r, limit)
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
