// Searching files without loading them all: `baogao search` on a folder.
//
// Loading a report (decode, clean, parse, metadata) costs far more than
// looking for a word in its bytes, and most files of a large folder do not
// hold the word. So each file is read and, when it is valid UTF-8, its raw
// bytes are checked first: a file that lacks every form of some character of
// the query (枫 or 楓; 1, １ or ①; …) cannot match once folded and is
// skipped; the same check covers files in GB18030 and Big5 (see prefilter).
// The files that may match are counted from their bytes (bytecount.go) or
// go through the load pipeline of package model (ReadText, then Text.Tree:
// the metadata, which search does not show, is left out) and are searched.
// Inputs, reading, errors and warnings are the pipeline's own, so a file
// fails or warns here as it does when listed.
//
// Results are exactly those of loading everything with model.LoadPaths and
// searching an Index, errors and warnings included (TestSearchPathsMatchesIndex,
// TestFastPathMatchesPipeline).

package search

import (
	"context"
	"io"
	"strings"

	"baogao/model"
	"baogao/model/internal/parallel"
	"baogao/model/internal/scan"
)

// FileHits is the outcome of searching one file that matched.
type FileHits struct {
	// Report is parsed without metadata (ID, Source, title, sections); when
	// counting, it may hold only ID and Source (counted from the bytes).
	Report *model.Report
	Hits   []Hit // nil when counting
	Count  int   // number of hits
}

// PathsResult is the outcome of Paths.
type PathsResult struct {
	Files []FileHits // files with hits, in input order
	Total int        // hits in all files
	model.Problems
	Read   int // files read
	Parsed int // files that were parsed: not skipped, not counted from bytes
}

// Paths searches files, folders (their files of the formats baogao
// reads, as model.LoadPaths) and "-" (stdin) for q, one worker per CPU.
// With countOnly, hits are counted, not located.
func Paths(paths []string, stdin io.Reader, q *Query, countOnly bool) PathsResult {
	ins, problems := model.Inputs(paths, stdin)
	out := PathsResult{Problems: problems, Read: len(ins)}
	fs := fileSearch{q: q, countOnly: countOnly}
	// Byte frequencies, for picking the rarest byte of what is looked for,
	// come from the first file: reports in one folder are alike.
	freq := &scan.DefaultFreq
	if len(ins) > 0 {
		fs.first, fs.firstErr = ins[0].ReadInto(nil)
		if len(fs.first) > 0 {
			freq = scan.Sample(fs.first)
		}
	}
	fs.m, fs.pf = newMatcher(q, freq), newPrefilter(q, freq)
	if countOnly {
		fs.fc = newFastCounter(q, freq)
	}
	results := make([]fileResult, len(ins))
	parallel.Workers(context.Background(), len(ins), func() (func(int), func()) {
		var buf []byte
		return func(i int) {
			var b []byte
			var err error
			if i == 0 {
				b, err, fs.first = fs.first, fs.firstErr, nil
			} else {
				b, err = ins[i].ReadInto(buf)
				if cap(b) > cap(buf) {
					buf = b
				}
			}
			results[i] = fs.file(ins[i], b, err)
		}, nil
	})
	for i, res := range results {
		switch {
		case res.err != nil:
			out.Fail(ins[i].Source, res.err)
			continue
		case res.hits.Count > 0:
			out.Files = append(out.Files, res.hits)
			out.Total += res.hits.Count
		}
		out.Warn(ins[i].Source, res.warnings)
		if res.parsed {
			out.Parsed++
		}
	}
	return out
}

// fileSearch is one Paths: the query, prepared for keys and for raw
// bytes, and the first file, read ahead for its byte frequencies.
type fileSearch struct {
	q         *Query
	countOnly bool
	m         *matcher
	pf        *prefilter
	fc        *fastCounter // counting a term that can be counted from bytes
	first     []byte
	firstErr  error
}

// fileResult is what searching one file gave.
type fileResult struct {
	hits     FileHits
	err      error
	warnings []string // as loading the file would give (or does)
	parsed   bool
}

// file searches one input's bytes b (read with error err): skipped when
// the prefilter rules out a match, counted from the bytes when it can be,
// else through the pipeline.
func (fs *fileSearch) file(in model.Input, b []byte, err error) (res fileResult) {
	if err != nil {
		res.err = err
		return res
	}
	doc := model.IsDocument(b) // a page, Word or PDF file: its bytes are not its text
	if !doc && !fs.pf.mayMatch(b) {
		res.warnings, res.err = model.Glance(in.Source, b) // fails and warns as when loaded
		return res
	}
	if fs.fc != nil && !doc {
		// Counting: most files are plain UTF-8, counted from their bytes in
		// a pass or two (bytecount.go). No hit is a skip, as above.
		if n, ok := fs.fc.quick(b); ok {
			if n > 0 {
				res.hits = FileHits{Report: &model.Report{ID: in.ID, Source: in.Source}, Count: n}
			} else {
				res.warnings, res.err = model.Glance(in.Source, b)
			}
			return res
		}
		if n, ok := fs.fc.count(b); ok {
			res.hits = FileHits{Report: &model.Report{ID: in.ID, Source: in.Source}, Count: n}
			return res
		}
	}
	t, err := model.ReadText(in.Source, b, false)
	if err != nil {
		res.err = err
		return res
	}
	res.warnings = t.Warnings()
	if fs.fc != nil && !strings.HasPrefix(t.Encoding, "utf-8") {
		// GB18030, Big5, UTF-16: count the decoded text's bytes.
		n, ok := fs.fc.quick([]byte(t.Text))
		if !ok {
			n, ok = fs.fc.count([]byte(t.Text))
		}
		if ok {
			res.hits = FileHits{Report: &model.Report{ID: in.ID, Source: in.Source, Encoding: t.Encoding}, Count: n}
			return res
		}
	}
	r := t.Tree(in.ID, in.Source)
	res.parsed = true
	d := newDocKey(r, false)
	res.hits.Report = r
	if fs.countOnly {
		res.hits.Count = fs.m.count(d)
	} else {
		res.hits.Hits = fs.m.search(d)
		res.hits.Count = len(res.hits.Hits)
	}
	return res
}
