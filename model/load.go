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

// Skip is a file met in a folder that was not read, and why.
type Skip struct {
	Path   string
	Reason string // "not a report format", "not a regular file"
}

// Skip reasons.
const (
	skipExtension  = "not a report format"
	skipNotRegular = "not a regular file"
)

func (s Skip) String() string { return PrintableName(s.Path) + ": skipped (" + s.Reason + ")" }

// Warning is something the reader should know about an input that loaded:
// the report is there, but not quite as the file has it. Decoding warns of
// the bytes it replaced; a format reader adds its own the same way, to the
// report's Warnings, and loading lists them by path.
type Warning struct {
	Path string
	Msg  string // "41 invalid bytes replaced"
}

func (w *Warning) String() string { return PrintableName(w.Path) + ": " + w.Msg }

// replacedWarning is the warning for n bytes replaced by U+FFFD.
func replacedWarning(n int) string {
	if n == 1 {
		return "1 invalid byte replaced"
	}
	return fmt.Sprintf("%d invalid bytes replaced", n)
}

// Problems is what loading has to say besides the reports. Failed inputs
// and skipped files did not load; a warning's file did.
type Problems struct {
	Errors   []*LoadError // inputs that failed, in input order
	Skipped  []Skip       // files in folders that were not read
	Warnings []*Warning   // inputs that loaded with a warning, in input order
}

// Unloaded is one line per file that did not load: skipped, then failed.
func (p *Problems) Unloaded() []string {
	var lines []string
	for _, s := range p.Skipped {
		lines = append(lines, s.String())
	}
	for _, e := range p.Errors {
		lines = append(lines, e.Error())
	}
	return lines
}

// WarningLines is one line per warning.
func (p *Problems) WarningLines() []string {
	var lines []string
	for _, w := range p.Warnings {
		lines = append(lines, w.String())
	}
	return lines
}

// Loaded is the outcome of loading a set of inputs.
type Loaded struct {
	Reports []*Report
	Problems
}

// LoadPaths loads files, folders (recursively, their .txt and .md files) and
// "-" (standard input, read from stdin). A file named directly is read
// whatever its extension; a pipe or device named directly is read to its
// end, as stdin is. In a folder only regular files (or links to them) are
// read: anything else is skipped without being opened.
func LoadPaths(paths []string, stdin io.Reader) Loaded {
	var out Loaded
	jobs := collectJobs(paths, stdin, fileJob, &out.Problems)
	run(jobs, &out)
	return out
}

// collectJobs turns paths into one job per file: "-" reads stdin, a file
// named directly is read whatever its extension (a pipe or device as a
// stream), a folder contributes its regular .txt and .md files (the others
// are skipped, in p). newJob makes the job for a regular file.
func collectJobs(paths []string, stdin io.Reader, newJob func(path string) job, p *Problems) []job {
	var jobs []job
	seen := map[string]bool{} // a path (or "-") named twice is read once
	for _, in := range paths {
		key := in
		if abs, err := filepath.Abs(in); err == nil && in != "-" {
			key = abs
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		if in == "-" {
			jobs = append(jobs, streamJob("stdin", "-", func() ([]byte, error) { return readStream(stdin, nil, MaxFileSize) }))
			continue
		}
		info, err := os.Stat(in)
		switch {
		case err != nil:
			p.Errors = append(p.Errors, &LoadError{in, reason(err)})
		case info.Mode().IsRegular():
			jobs = append(jobs, newJob(in))
		case !info.IsDir():
			jobs = append(jobs, pipeJob(in))
		default:
			walkFolder(in, func(fp string) { jobs = append(jobs, newJob(fp)) }, p)
		}
	}
	return jobs
}

// walkFolder calls found for every file under dir that baogao reads: a
// regular .txt or .md file, or a symbolic link to one. Other files are
// skipped, and none is opened here: opening a FIFO blocks until something
// writes to it, and opening a device may act on it.
func walkFolder(dir string, found func(path string), p *Problems) {
	root := dir
	if info, err := os.Lstat(dir); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root = dir + string(filepath.Separator) // walk the folder the link names
	}
	err := filepath.WalkDir(root, func(fp string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			p.Errors = append(p.Errors, &LoadError{fp, reason(err)})
		case d.IsDir() && fp != root && isSavedPageFolder(fp):
			return filepath.SkipDir
		case d.IsDir():
		case !isReportFile(fp):
			p.Skipped = append(p.Skipped, Skip{fp, skipExtension})
		case d.Type().IsRegular():
			found(fp)
		case d.Type()&fs.ModeSymlink == 0:
			p.Skipped = append(p.Skipped, Skip{fp, skipNotRegular})
		default:
			info, err := os.Stat(fp) // where the link leads
			switch {
			case err != nil:
				p.Errors = append(p.Errors, &LoadError{fp, reason(err)})
			case info.Mode().IsRegular():
				found(fp)
			default:
				p.Skipped = append(p.Skipped, Skip{fp, skipNotRegular})
			}
		}
		return nil
	})
	if err != nil {
		p.Errors = append(p.Errors, &LoadError{dir, reason(err)})
	}
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
	if r, ok, err := loadDocument(id, source, b); ok {
		return r, err // a web page, Word, WPS or PDF file (documents.go)
	}
	d, err := decode(b, owned)
	if errors.Is(err, ErrBinary) && officeFile(source) {
		return nil, fmt.Errorf("%w: save it as .txt first", err)
	}
	if err != nil {
		return nil, err
	}
	r := Parse(id, Sanitize(d.text))
	r.Source, r.Encoding, r.Format = PrintableName(source), d.encoding, "txt"
	if strings.EqualFold(path.Ext(source), ".md") {
		r.Format = "md"
	}
	if d.replaced > 0 {
		r.Warnings = append(r.Warnings, replacedWarning(d.replaced))
	}
	return r, nil
}

// job is one file to load.
type job struct {
	id, source string
	read       func() ([]byte, error)
	// stream is set for stdin and for a pipe or device named directly:
	// inputs of unknown size, read once to their end by read alone.
	stream bool
}

// fileJob reads a regular file.
func fileJob(p string) job {
	return job{id: reportID(p), source: p, read: func() ([]byte, error) { return readFile(p) }}
}

// pipeJob reads a pipe or device named directly, as cat would: the open
// waits for a writer, the read for the end of the stream.
func pipeJob(p string) job {
	return streamJob(reportID(p), p, func() ([]byte, error) {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return readStream(f, nil, MaxFileSize)
	})
}

func streamJob(id, source string, read func() ([]byte, error)) job {
	return job{id: id, source: source, read: read, stream: true}
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
			continue
		}
		out.Reports = append(out.Reports, res.r)
		for _, w := range res.r.Warnings {
			out.Warnings = append(out.Warnings, &Warning{jobs[i].source, w})
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

// officeFile reports whether a path names a word-processor, spreadsheet or
// PDF file, which baogao cannot read but users will try.
func officeFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".doc", ".docx", ".wps", ".pdf", ".ofd", ".xls", ".xlsx", ".et", ".odt", ".rtf":
		return true
	}
	return false
}

// reportExtensions are the files a folder walk reads: text, web pages,
// Word, WPS and PDF. What they hold is told by content when read.
var reportExtensions = map[string]bool{
	".txt": true, ".md": true, ".html": true, ".htm": true, ".shtml": true,
	".docx": true, ".doc": true, ".wps": true, ".pdf": true,
}

// isReportFile reports whether a file in a folder is one baogao reads.
func isReportFile(p string) bool {
	return reportExtensions[strings.ToLower(path.Ext(p))]
}

// isSavedPageFolder reports whether dir is the folder a browser saves a
// page's images and scripts in, beside the page: 报告_files next to
// 报告.html (报告.files in some browsers). Nothing in it is a report.
func isSavedPageFolder(dir string) bool {
	base := filepath.Base(dir)
	var stem string
	switch {
	case strings.HasSuffix(base, "_files"):
		stem = strings.TrimSuffix(base, "_files")
	case strings.HasSuffix(base, ".files"):
		stem = strings.TrimSuffix(base, ".files")
	default:
		return false
	}
	for _, ext := range []string{".html", ".htm", ".shtml", ".mht", ".txt"} {
		if _, err := os.Lstat(filepath.Join(filepath.Dir(dir), stem+ext)); err == nil {
			return true
		}
	}
	return false
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
