package index

import (
	"context"
	"errors"
	"runtime"
	"sort"
	"sync"

	"baogao/model"
	"baogao/model/search"
)

// ErrRegex says that a regular expression cannot be answered from an
// index: the caller searches the files (model.SearchPaths).
var ErrRegex = errors.New("index: regular expressions are searched in the files")

// Searched is the outcome of Index.Search.
type Searched struct {
	Total    int // hits in all files
	Files    int // files with hits
	Verified int // files read and searched to locate or count hits
	model.Problems
}

// Search finds q in the folder as last synced; emit gets every file with
// hits, in the order LoadPaths loads them. Candidates come from the
// postings; a query of one word or phrase counted (countOnly) is answered
// from the positions alone, every other one by searching each candidate's
// text (model.SearchReports), so every hit shown is one on the text. Files
// that did not load are in Problems.Errors, as SearchPaths has them.
func (ix *Index) Search(ctx context.Context, q *search.Query, countOnly bool, emit func(search.FileHits)) (Searched, error) {
	var out Searched
	out.Problems = ix.problemsOf()
	if q.Regex != nil {
		return out, ErrRegex
	}
	if countOnly && len(q.Terms) == 1 {
		counts, err := ix.runeCounts(q.Terms[0])
		if err != nil {
			return out, err
		}
		if counts != nil {
			return out, ix.emitCounts(ctx, counts, &out, emit)
		}
	}
	perTerm := make([][]docStarts, len(q.Terms))
	var cand []docStarts
	for i, t := range q.Terms {
		found, err := ix.termDocs(t)
		if err != nil {
			return out, err
		}
		perTerm[i] = found
		if i == 0 {
			cand = found
		} else {
			cand = intersectDocs(cand, found)
		}
		if len(cand) == 0 {
			return out, nil
		}
	}
	if countOnly && len(q.Terms) > 1 {
		counts, err := ix.unitCounts(q.Terms, perTerm, cand)
		if err != nil {
			return out, err
		}
		return out, ix.emitCounts(ctx, counts, &out, emit)
	}
	walkOf := make(map[int]int, len(ix.entries)) // entry → place in the walk
	for i, e := range ix.entries {
		walkOf[e] = i
	}
	type hit struct {
		file   int
		starts []uint32
	}
	hits := make([]hit, 0, len(cand))
	for _, c := range cand {
		if e, ok := ix.live[c.doc]; ok {
			if w, ok := walkOf[e]; ok {
				hits = append(hits, hit{w, c.starts})
			}
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].file < hits[j].file })
	if countOnly && len(q.Terms) == 1 {
		runes := len([]rune(q.Terms[0]))
		for _, h := range hits {
			if err := ctx.Err(); err != nil {
				return out, err
			}
			f := ix.files[h.file]
			n := countNonOverlapping(h.starts, runes)
			out.Total += n
			out.Files++
			emit(search.FileHits{Report: &model.Report{ID: f.ID, Source: f.Path}, Count: n})
		}
		return out, nil
	}
	files := make([]int, len(hits))
	for i, h := range hits {
		files[i] = h.file
	}
	return out, ix.verify(ctx, q, files, countOnly, &out, emit)
}

// emitCounts emits the documents counted, in folder order.
func (ix *Index) emitCounts(ctx context.Context, counts map[uint32]int, out *Searched, emit func(search.FileHits)) error {
	for i, f := range ix.files {
		e := &ix.m.files[ix.entries[i]]
		if !e.indexed {
			continue
		}
		if n := counts[e.doc]; n > 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			out.Total += n
			out.Files++
			emit(search.FileHits{Report: &model.Report{ID: f.ID, Source: f.Path}, Count: n})
		}
	}
	return nil
}

// problemsOf are the walk's problems and the files that did not load.
func (ix *Index) problemsOf() model.Problems {
	p := ix.problems
	for i, f := range ix.files {
		if e := ix.m.files[ix.entries[i]]; e.err != "" {
			p.Errors = append(p.Errors, &model.LoadError{Path: f.Path, Err: errors.New(e.err)})
		}
	}
	return p
}

// intersectDocs keeps the documents of a that are in b.
func intersectDocs(a, b []docStarts) []docStarts {
	var out []docStarts
	j := 0
	for _, x := range a {
		for j < len(b) && b[j].doc < x.doc {
			j++
		}
		if j < len(b) && b[j].doc == x.doc {
			out = append(out, x)
		}
	}
	return out
}

// verify loads the candidate files (on every CPU, a bounded window ahead
// of the one being emitted, so memory does not grow with the hits) and
// searches their text.
func (ix *Index) verify(ctx context.Context, q *search.Query, files []int, countOnly bool, out *Searched, emit func(search.FileHits)) error {
	workers := runtime.GOMAXPROCS(0)
	type result struct {
		hits  *search.FileHits
		warns []string
		err   error
	}
	slots := make([]chan result, len(files))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	window := make(chan struct{}, 4*workers)
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(files)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				f := ix.files[files[i]]
				var res result
				data, err := model.ReadReportFile(f.Path)
				if err == nil {
					var r *model.Report
					if r, err = model.LoadBytes(f.ID, f.Path, data); err == nil {
						res.warns = r.Warnings
						if rh := search.Reports(q, r); len(rh) > 0 {
							res.hits = &search.FileHits{Report: r, Hits: rh[0].Hits, Count: rh[0].Count}
						}
					}
				}
				res.err = err
				slots[i] <- res
			}
		}()
	}
	go func() {
		defer close(work)
		for i := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			work <- i
		}
	}()
	defer wg.Wait()
	for i := range files {
		var res result
		select {
		case res = <-slots[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-window
		out.Verified++
		f := ix.files[files[i]]
		if res.err != nil {
			out.Errors = append(out.Errors, &model.LoadError{Path: f.Path, Err: res.err})
			continue
		}
		for _, w := range res.warns {
			out.Warnings = append(out.Warnings, &model.Warning{Path: f.Path, Msg: w})
		}
		if res.hits != nil {
			if countOnly {
				res.hits.Hits = nil
			}
			out.Total += res.hits.Count
			out.Files++
			emit(*res.hits)
		}
	}
	return nil
}
