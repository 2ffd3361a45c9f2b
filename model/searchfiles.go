// Searching files without loading them all: `baogao search` on a folder.
//
// Loading a report (decode, clean, parse, metadata) costs far more than
// looking for a word in its bytes, and most files of a large folder do not
// hold the word. So each file is read and, when it is valid UTF-8, its raw
// bytes are checked first: a file that lacks every form of some character of
// the query (枫 or 楓; 1, １ or ①; …) cannot match once folded and is
// skipped; the same check covers files in GB18030 and Big5 (see prefilter).
// The files that may match are counted from their bytes (searchcount.go) or
// decoded, parsed (without the metadata, which search does not show) and
// searched.
//
// Results are exactly those of loading everything with LoadPaths and
// searching an Index (TestSearchPathsMatchesIndex), warnings included,
// except that a skipped file that decodes without replacing a byte is not
// checked for looking binary.
package model

import (
	"baogao/model/fold"
	"bytes"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// FileHits is the outcome of searching one file that matched.
type FileHits struct {
	// Report is parsed without metadata (ID, Source, title, sections); when
	// counting, it may hold only ID and Source (counted from the bytes).
	Report *Report
	Hits   []Hit // nil when counting
	Count  int   // number of hits
}

// SearchedPaths is the outcome of SearchPaths.
type SearchedPaths struct {
	Files []FileHits // files with hits, in input order
	Total int        // hits in all files
	Problems
	Read   int // files read
	Parsed int // files that were parsed: not skipped, not counted from bytes
}

// SearchPaths searches files, folders (their .txt and .md files, as
// LoadPaths) and "-" (stdin) for q, one worker per CPU. With countOnly, hits
// are counted, not located.
func SearchPaths(paths []string, stdin io.Reader, q *Query, countOnly bool) SearchedPaths {
	var out SearchedPaths
	jobs := collectJobs(paths, stdin, searchJob, &out.Problems)
	uniqueIDs(jobs) // the IDs list gives

	// Byte frequencies, for picking the rarest byte of what is looked for,
	// come from the first file: reports in one folder are alike.
	var first []byte
	var firstErr error
	freq := &defaultFreq
	if len(jobs) > 0 {
		first, firstErr = jobs[0].read()
		if len(first) > 0 {
			freq = new([256]uint32)
			for _, c := range first[:min(len(first), 1<<16)] {
				freq[c]++
			}
		}
	}
	m := newMatcher(q, freq)
	pf := newPrefilter(q, freq)
	var fc *fastCounter
	if countOnly {
		fc = newFastCounter(q, freq)
	}
	type result struct {
		hits     FileHits
		err      error
		replaced int // bytes decoding replaced (or would, for a skipped file)
		parsed   bool
	}
	results := make([]result, len(jobs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(jobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				res := &results[i]
				var b []byte
				var err error
				switch {
				case i == 0:
					b, err, first = first, firstErr, nil
				case !jobs[i].stream:
					b, err = readInto(jobs[i].source, buf)
					if cap(b) > cap(buf) {
						buf = b
					}
				default:
					b, err = jobs[i].read()
				}
				if err == nil && !pf.mayMatch(b) {
					if len(b) == 0 || decodedIsBlank(string(b[:min(len(b), 64)])) && decodedIsBlank(string(b)) {
						res.err = ErrEmpty
					} else {
						res.replaced, res.err = replacedUnread(b) // list warns of it too
					}
					continue
				}
				if err == nil && fc != nil {
					// Counting: most files are plain UTF-8, counted from
					// their bytes in a pass or two (searchcount.go). No hit
					// is a skip, as above; a file with only whitespace has
					// none.
					if n, ok := fc.quick(b); ok {
						if n > 0 {
							res.hits = FileHits{Report: &Report{ID: jobs[i].id, Source: jobs[i].source}, Count: n}
						} else if decodedIsBlank(string(b[:min(len(b), 64)])) && decodedIsBlank(string(b)) {
							res.err = ErrEmpty
						}
						continue
					}
				}
				if err == nil && fc != nil {
					if n, ok := fc.count(b); ok {
						res.hits = FileHits{Report: &Report{ID: jobs[i].id, Source: jobs[i].source}, Count: n}
						continue
					}
				}
				var dec decoded
				if err == nil && len(b) > MaxFileSize {
					err = ErrTooLarge
				}
				if err == nil {
					dec, err = decode(b, false)
				}
				if err != nil {
					res.err = reason(err)
					continue
				}
				text, enc := dec.text, dec.encoding
				res.replaced = dec.replaced
				if fc != nil && !strings.HasPrefix(enc, "utf-8") {
					// GB18030, Big5, UTF-16: count the decoded text's bytes.
					n, ok := fc.quick([]byte(text))
					if !ok {
						n, ok = fc.count([]byte(text))
					}
					if ok {
						res.hits = FileHits{Report: &Report{ID: jobs[i].id, Source: jobs[i].source, Encoding: enc}, Count: n}
						continue
					}
				}
				r := parseTree(jobs[i].id, Sanitize(text))
				r.Source, r.Encoding = jobs[i].source, enc
				res.parsed = true
				d := newDocKey(r, false)
				res.hits.Report = r
				if countOnly {
					res.hits.Count = m.count(d)
				} else {
					res.hits.Hits = m.search(d)
					res.hits.Count = len(res.hits.Hits)
				}
			}
		}()
	}
	wg.Wait()
	out.Read = len(jobs)
	for i, res := range results {
		switch {
		case res.err != nil:
			out.Errors = append(out.Errors, &LoadError{jobs[i].source, res.err})
			continue
		case res.hits.Count > 0:
			out.Files = append(out.Files, res.hits)
			out.Total += res.hits.Count
		}
		if res.replaced > 0 {
			out.Warnings = append(out.Warnings, &Warning{jobs[i].source, replacedWarning(res.replaced)})
		}
		if res.parsed {
			out.Parsed++
		}
	}
	return out
}

// searchJob is fileJob with a read that reuses a buffer (see readInto).
func searchJob(p string) job {
	return job{id: reportID(p), source: p, read: func() ([]byte, error) { return readInto(p, nil) }}
}

// readInto reads a file into buf (grown if need be) in one read call when
// the file does not change size under us: on a folder of thousands of small
// reports the system calls and allocations are much of the cost. Nothing
// loaded from the bytes keeps them (Decode copies), so a worker can reuse
// its buffer.
func readInto(p string, buf []byte) ([]byte, error) {
	if b, ok, err := readFast(p, buf); ok {
		return b, err
	}
	f, info, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > MaxFileSize {
		return nil, ErrTooLarge
	}
	if int64(cap(buf)) < info.Size() {
		buf = make([]byte, info.Size(), max(info.Size(), 1<<16))
	}
	b := buf[:info.Size()]
	n, err := io.ReadFull(f, b)
	if err == io.ErrUnexpectedEOF {
		return b[:n], nil // shrank
	}
	return b, err
}

// prefilter decides from a file's raw bytes that it cannot match a query:
// some character of the query occurs in none of the forms that fold to it,
// in none of the encodings Decode may read the file in. A file decoded from
// UTF-8, GB18030 or Big5 that holds a character holds its bytes in that
// encoding (all three are stateless), so this needs no decoding and not
// even a UTF-8 validity check; UTF-16 (a byte order mark, or NUL bytes) is
// never skipped. Only CJK characters (U+2E80 and up) and ASCII are checked:
// for other symbols a legacy decoder may have more than one byte form.
type prefilter struct {
	off   bool       // regex: every file may match
	whole []finder   // the terms as folded: when all occur, the file may match
	forms [][]finder // per distinct query rune, every encoding of every form of it
}

func newPrefilter(q *Query, freq *[256]uint32) *prefilter {
	p := &prefilter{off: q.Regex != nil}
	if p.off {
		return p
	}
	gb, big5 := simplifiedchinese.GB18030.NewEncoder(), traditionalchinese.Big5.NewEncoder()
	seen := map[rune]bool{}
	for _, t := range q.Terms {
		p.whole = append(p.whole, newFinder(t, freq))
	runes:
		for _, r := range t {
			if seen[r] || r >= utf8.RuneSelf && r < 0x2E80 || r == utf8.RuneError {
				continue
			}
			seen[r] = true
			var forms []finder
			for _, f := range fold.Unfold(r) {
				if f >= utf8.RuneSelf && f < 0x2E80 {
					continue runes // a form the check cannot vouch for
				}
				forms = append(forms, newFinder(string(f), freq))
				if f >= utf8.RuneSelf {
					for _, enc := range []interface{ String(string) (string, error) }{gb, big5} {
						if e, err := enc.String(string(f)); err == nil {
							forms = append(forms, newFinder(e, freq))
						}
					}
				}
			}
			if r == ' ' {
				continue // a space in the key stands for any whitespace
			}
			p.forms = append(p.forms, forms)
		}
	}
	return p
}

// mayMatch reports whether the file with bytes b may hold a match.
func (p *prefilter) mayMatch(b []byte) bool {
	if p.off {
		return true
	}
	all := true
	for i := range p.whole {
		if p.whole[i].indexBytes(b, 0) < 0 {
			all = false
			break
		}
	}
	if all || len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) ||
		bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	for _, forms := range p.forms {
		found := false
		for i := range forms {
			if forms[i].indexBytes(b, 0) >= 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
