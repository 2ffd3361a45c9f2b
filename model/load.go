// Loading: files, folders, standard input and embedded file systems.
//
// Loading is the only I/O in the package and it only reads. Each file is
// decoded (Decode), stripped of anything that could drive a terminal
// (Sanitize) and parsed (Parse). A file that fails does not stop the others:
// its error is collected, named by path, and the rest load. Files are read
// and parsed in parallel, one worker per CPU, and come back in input order.
package model

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// MaxFileSize is the largest file baogao reads. Reports are tens of
// kilobytes; anything near this size is not a report.
const MaxFileSize = 256 << 20

// ErrTooLarge is returned for files over MaxFileSize.
var ErrTooLarge = fmt.Errorf("file too large (over %d MB)", MaxFileSize>>20)

// LoadError is an input that could not be loaded.
type LoadError struct {
	Path string
	Err  error
}

func (e *LoadError) Error() string { return PrintableName(e.Path) + ": " + e.Err.Error() }

// PrintableName is a file name or path made safe to print: a name can hold
// escape sequences as well as a report can, and must not drive the
// terminal either.
func PrintableName(name string) string {
	return strings.ReplaceAll(Sanitize(name), "\n", " ")
}
func (e *LoadError) Unwrap() error { return e.Err }

// Loaded is the outcome of loading a set of inputs.
type Loaded struct {
	Reports []*Report
	Errors  []*LoadError // inputs that failed, in input order
	Skipped []string     // files in folders that are not .txt or .md
}

// LoadPaths loads files, folders (recursively, their .txt and .md files) and
// "-" (standard input, read from stdin). A file named directly is read
// whatever its extension.
func LoadPaths(paths []string, stdin io.Reader) Loaded {
	var out Loaded
	var jobs []job
	jobs, out.Errors, out.Skipped = collectJobs(paths, stdin, fileJob)
	run(jobs, &out)
	return out
}

// collectJobs turns paths into one job per file: "-" reads stdin, a file
// named directly is read whatever its extension, a folder contributes its
// .txt and .md files (the others are returned as skipped). newJob makes the
// job for a file path.
func collectJobs(paths []string, stdin io.Reader, newJob func(path string) job) (jobs []job, errs []*LoadError, skipped []string) {
	seen := map[string]bool{} // a path (or "-") named twice is read once
	for _, p := range paths {
		key := p
		if abs, err := filepath.Abs(p); err == nil && p != "-" {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		if p == "-" {
			jobs = append(jobs, job{id: "stdin", source: "-", read: func() ([]byte, error) {
				return readLimited(stdin)
			}})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &LoadError{p, reason(err)})
			continue
		}
		if !info.IsDir() {
			jobs = append(jobs, newJob(p))
			continue
		}
		err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				errs = append(errs, &LoadError{fp, reason(err)})
			case d.IsDir():
			case isReportFile(fp):
				jobs = append(jobs, newJob(fp))
			default:
				skipped = append(skipped, fp)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &LoadError{p, reason(err)})
		}
	}
	return jobs, errs, skipped
}

// LoadFS loads every .txt and .md file of fsys, in lexical order; the
// embedded seeds come in this way.
func LoadFS(fsys fs.FS, prefix string) Loaded {
	var jobs []job
	var out Loaded
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			out.Errors = append(out.Errors, &LoadError{path.Join(prefix, p), reason(err)})
		case d.IsDir():
		case isReportFile(p):
			p := p
			jobs = append(jobs, job{id: reportID(p), source: path.Join(prefix, p), read: func() ([]byte, error) {
				return fs.ReadFile(fsys, p)
			}})
		}
		return nil
	})
	if err != nil {
		out.Errors = append(out.Errors, &LoadError{prefix, reason(err)})
	}
	run(jobs, &out)
	return out
}

// LoadBytes decodes, sanitizes and parses one file's bytes.
func LoadBytes(id, source string, b []byte) (*Report, error) {
	return loadBytes(id, source, b, false)
}

// loadBytes is LoadBytes; owned says b is the caller's to give away (a
// buffer read for this file alone), which saves copying the text.
func loadBytes(id, source string, b []byte, owned bool) (*Report, error) {
	if len(b) > MaxFileSize {
		return nil, ErrTooLarge
	}
	text, enc, err := decode(b, owned)
	if errors.Is(err, ErrBinary) && officeFile(source) {
		return nil, fmt.Errorf("%w: save it as .txt first", err)
	}
	if err != nil {
		return nil, err
	}
	r := Parse(id, Sanitize(text))
	r.Source, r.Encoding = PrintableName(source), enc
	return r, nil
}

// job is one file to load.
type job struct {
	id, source string
	read       func() ([]byte, error)
}

func fileJob(p string) job {
	return job{id: reportID(p), source: p, read: func() ([]byte, error) { return readFile(p) }}
}

// run loads the jobs in parallel and appends reports and errors to out in
// job order.
func run(jobs []job, out *Loaded) {
	type result struct {
		r   *Report
		err error
	}
	uniqueIDs(jobs)
	results := make([]result, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(jobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				b, err := jobs[i].read()
				if err == nil {
					results[i].r, err = loadBytes(jobs[i].id, jobs[i].source, b, true)
				}
				results[i].err = reason(err)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, res := range results {
		if res.err != nil {
			out.Errors = append(out.Errors, &LoadError{jobs[i].source, res.err})
		} else {
			out.Reports = append(out.Reports, res.r)
		}
	}
}

// uniqueIDs makes the jobs' IDs unique before anything is read, so an ID
// does not depend on which other files load, and search and list agree.
// Files that share a name (2024.txt in one folder per district) keep as
// many trailing folders of their path as it takes to tell them apart
// (lixia/2024 and zhoucun/2024), or else their extension (a.txt and a.md).
// Names that only cleaning made alike (a<ESC>[31m.txt beside a.txt) cannot
// be told apart that way: they are numbered, a.txt~2, and a name that
// cleaning changed never takes the plain ID from one it did not.
func uniqueIDs(jobs []job) {
	groups := map[string][]int{}
	for i, j := range jobs {
		groups[j.id] = append(groups[j.id], i)
	}
	for _, same := range groups {
		if len(same) > 1 {
			distinguish(jobs, same)
		}
	}
	count := map[string]int{}
	for _, j := range jobs {
		count[j.id]++
	}
	taken := map[string]bool{}
	for id, n := range count {
		taken[id] = n == 1
	}
	for _, cleaned := range []bool{false, true} {
		for i := range jobs {
			j := &jobs[i]
			if count[j.id] < 2 || (PrintableName(j.source) != j.source) != cleaned {
				continue
			}
			id := j.id
			for n := 2; taken[id]; n++ {
				id = fmt.Sprintf("%s~%d", j.id, n)
			}
			taken[id], j.id = true, id
		}
	}
}

// distinguish gives the jobs at same (which share an ID) the shortest path
// IDs that tell them all apart: trailing folders first, then with the
// extension. When none does, it takes the first that tells most apart, or
// keeps the ID when none tells any apart.
func distinguish(jobs []job, same []int) {
	depth := 0
	for _, i := range same {
		depth = max(depth, strings.Count(filepath.ToSlash(filepath.Clean(jobs[i].source)), "/"))
	}
	plain := jobs[same[0]].id
	best, bestN := func(string) string { return plain }, 1
	for _, ext := range []bool{false, true} {
		for d := 0; d <= depth; d++ {
			if d == 0 && !ext {
				continue
			}
			id := func(source string) string { return pathID(source, d, ext) }
			seen := map[string]bool{}
			for _, i := range same {
				seen[id(jobs[i].source)] = true
			}
			if len(seen) > bestN {
				best, bestN = id, len(seen)
			}
			if len(seen) == len(same) {
				break
			}
		}
		if bestN == len(same) {
			break
		}
	}
	for _, i := range same {
		jobs[i].id = best(jobs[i].source)
	}
}

// pathID is the file's name, without its extension unless ext, led by up
// to depth of the folders above it, joined by "/" and cleaned for printing.
func pathID(source string, depth int, ext bool) string {
	if source == "-" {
		return "stdin"
	}
	parts := strings.Split(filepath.ToSlash(filepath.Clean(source)), "/")
	if !ext {
		parts[len(parts)-1] = strings.TrimSuffix(parts[len(parts)-1], path.Ext(parts[len(parts)-1]))
	}
	return PrintableName(strings.Join(parts[max(0, len(parts)-1-depth):], "/"))
}

// readFile reads a file in one allocation sized from its length, as
// os.ReadFile does, refusing files over MaxFileSize.
func readFile(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxFileSize {
		return nil, ErrTooLarge
	}
	if !info.Mode().IsRegular() {
		return readLimited(f) // a pipe or device: its size says nothing
	}
	b := make([]byte, 0, info.Size()+1) // +1 sees EOF without growing
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, err
		}
		if len(b) == cap(b) { // the file grew while we read it
			if len(b) > MaxFileSize {
				return nil, ErrTooLarge
			}
			b = append(b, 0)[:len(b)]
		}
	}
}

// readLimited reads all of r, failing past MaxFileSize.
func readLimited(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxFileSize {
		return nil, ErrTooLarge
	}
	return b, nil
}

// officeFile reports whether a path names a word-processor, spreadsheet or
// PDF file, which baogao cannot read but users will try.
func officeFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".doc", ".docx", ".wps", ".pdf", ".ofd", ".xls", ".xlsx", ".et", ".odt", ".rtf":
		return true
	}
	return false
}

// isReportFile reports whether a file in a folder is one baogao reads.
func isReportFile(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".txt" || ext == ".md"
}

// reportID is a file's name without folder and extension.
func reportID(p string) string {
	base := filepath.Base(p)
	return PrintableName(strings.TrimSuffix(base, filepath.Ext(base)))
}

// reason strips the path that os errors repeat, since LoadError names it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
