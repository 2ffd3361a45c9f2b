// The index: reports, their folded keys (dockey.go) joined into one string
// with postings (keys.go, postings.go), and the searches over all of it.

package search

import (
	"baogao/model"
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Index is a searchable set of reports. Keys are built on the first search
// (in parallel, about the cost of one pass of folding), not when the index
// is made, so loading stays as fast as parsing. An Index is safe for
// concurrent searches.
type Index struct {
	reports []*model.Report

	once     sync.Once
	docs     []*docKey
	pos      map[*model.Report]int
	freq     [256]uint32 // sampled byte counts of all keys
	all      string      // every doc's key, joined by "\n"; docs' keys are in it
	docStart []int       // offset of each doc's key in all
	lines    []uint32    // offset in all of every unit's key, in order
	post     *postings   // where each rune is in all (searchpost.go)
}

// NewIndex makes an index of reports.
func NewIndex(reports []*model.Report) *Index {
	return &Index{reports: reports}
}

// Reports are the indexed reports.
func (ix *Index) Reports() []*model.Report { return ix.reports }

// build folds every report, using all CPUs.
func (ix *Index) build() {
	ix.docs = make([]*docKey, len(ix.reports))
	ix.pos = make(map[*model.Report]int, len(ix.reports))
	for i, r := range ix.reports {
		ix.pos[r] = i
	}
	var next atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(ix.reports)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var freq [256]uint32
			for {
				i := int(next.Add(1) - 1)
				if i >= len(ix.reports) {
					break
				}
				d := newDocKey(ix.reports[i], true)
				for j := 0; j < len(d.key); j += 13 {
					freq[d.key[j]]++
				}
				ix.docs[i] = d
			}
			mu.Lock()
			for b, n := range freq {
				ix.freq[b] += n
			}
			mu.Unlock()
		}()
	}
	wg.Wait()

	// One string for all keys, which the postings point into.
	size := 0
	for _, d := range ix.docs {
		size += len(d.key) + 1
	}
	all := make([]byte, 0, size)
	ix.docStart = make([]int, len(ix.docs))
	for i, d := range ix.docs {
		ix.docStart[i] = len(all)
		all = append(all, d.key...)
		all = append(all, '\n')
	}
	ix.all = unsafe.String(unsafe.SliceData(all), len(all))
	nunits := 0
	for _, d := range ix.docs {
		nunits += len(d.units)
	}
	ix.lines = make([]uint32, 0, nunits)
	for i, d := range ix.docs {
		d.key = ix.all[ix.docStart[i] : ix.docStart[i]+len(d.key)]
		for _, u := range d.units {
			ix.lines = append(ix.lines, uint32(ix.docStart[i]+int(u.start)))
		}
	}
	ix.post = buildPostings(ix.all, runtime.GOMAXPROCS(0))
}

func (ix *Index) matcher(q *Query) *matcher { return newMatcher(q, &ix.freq) }

// Search finds q in every report of the index, with every hit located.
// It stops early with ctx's error when ctx is cancelled, so an app can drop
// a stale search. Count is faster when not every hit is shown at once.
func (ix *Index) Search(ctx context.Context, q *Query) (*Results, error) {
	ix.once.Do(ix.build)
	m := ix.matcher(q)
	plans := ix.plans(m)
	spans := make([][]span, len(ix.docs))
	var err error
	if plans != nil {
		err = ix.inRanges(ctx, func(lo, hi int) {
			ix.find(q, plans, lo, hi, func(doc int, s span) {
				base := ix.docStart[doc]
				spans[doc] = append(spans[doc], span{s.lo - base, s.hi - base})
			})
		})
	} else {
		err = ix.scanDocs(ctx, func(i int) { spans[i] = m.spans(ix.docs[i]) })
	}
	if err != nil {
		return nil, err
	}
	res := &Results{Query: q}
	var docs []int // doc of each of res.Reports
	for i, sp := range spans {
		if len(sp) > 0 {
			res.Reports = append(res.Reports, ReportHits{Report: ix.docs[i].r, Count: len(sp)})
			docs = append(docs, i)
			res.Total += len(sp)
		}
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(docs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(docs) {
					return
				}
				res.Reports[k].Hits = ix.docs[docs[k]].resolve(spans[docs[k]])
			}
		}()
	}
	wg.Wait()
	return res, nil
}

// SearchReport finds q in one report, which need not be in the index.
func (ix *Index) SearchReport(q *Query, r *model.Report) []Hit {
	ix.once.Do(ix.build)
	d := (*docKey)(nil)
	if i, ok := ix.pos[r]; ok {
		d = ix.docs[i]
	} else {
		d = newDocKey(r, true)
	}
	return ix.matcher(q).search(d)
}

// Reports finds q in reports without keeping an index: each report is
// folded, searched and forgotten. The CLI uses it on files it loads one by
// one.
func Reports(q *Query, reports ...*model.Report) []ReportHits {
	m := newMatcher(q, nil)
	var out []ReportHits
	for _, r := range reports {
		if hits := m.search(newDocKey(r, false)); len(hits) > 0 {
			out = append(out, ReportHits{Report: r, Hits: hits, Count: len(hits)})
		}
	}
	return out
}

// ReportCount is the number of hits in one report.
type ReportCount struct {
	Report *model.Report
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
