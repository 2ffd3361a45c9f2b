package main

// How every command takes reports. Positional arguments that name a file or
// a folder are inputs to load (--in PATH is the same); "-" first is stdin;
// an argument that looks like a path (it has a separator) but names nothing
// is an input too, so that its load error says it is missing. The other arguments are words that pick reports among
// those loaded: an index from `baogao list`, an ID, or words from the unit,
// city, year or title. search takes its query from the words instead.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"baogao/model"
	"baogao/model/i18n"
)

// reportArgs are a command's positional arguments sorted into inputs and
// words, in the order given.
type reportArgs struct {
	paths []string  // files and folders to load
	items []argItem // the positional arguments, in order
}

// argItem is one positional argument: a file to load (its report is named
// by it), a folder, or a word.
type argItem struct {
	text         string
	file, folder bool
}

// words are the arguments that are not inputs.
func (a reportArgs) words() []string {
	var w []string
	for _, it := range a.items {
		if !it.file && !it.folder {
			w = append(w, it.text)
		}
	}
	return w
}

// files are the arguments that name a file (or stdin), in order.
func (a reportArgs) files() []string {
	var f []string
	for _, it := range a.items {
		if it.file {
			f = append(f, it.text)
		}
	}
	return f
}

// splitArgs sorts positional arguments; in are the --in paths.
func splitArgs(args, in []string) reportArgs {
	a := reportArgs{paths: append([]string(nil), in...)}
	for i, arg := range args {
		it := argItem{text: arg}
		switch kind := pathKind(arg); {
		case arg == "-" && i == 0:
			it.file = true
		case kind == pathFolder:
			it.folder = true
		case kind == pathFile, kind == pathMissing && hasPathSeparator(arg):
			it.file = true
		}
		if it.file || it.folder {
			a.paths = append(a.paths, arg)
		}
		a.items = append(a.items, it)
	}
	return a
}

type pathKindT int

const (
	pathNone    pathKindT = iota // a word
	pathFile                     // an existing file (or anything not a folder)
	pathFolder                   // an existing folder
	pathMissing                  // nothing, but it looks like a path
)

// pathKind says what arg names on disk.
func pathKind(arg string) pathKindT {
	if info, err := os.Stat(arg); err == nil {
		if info.IsDir() {
			return pathFolder
		}
		return pathFile
	}
	if looksLikePath(arg) {
		return pathMissing
	}
	return pathNone
}

// reportExtensions are the extensions of files baogao reads.
var reportExtensions = []string{".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm"}

// looksLikePath reports whether a word that names nothing was meant as a
// path: it has a path separator (and is no label path, 二/三), starts with
// ./ or ~/, or ends in the extension of a report file.
func looksLikePath(arg string) bool {
	return hasPathSeparator(arg) || hasReportExtension(arg)
}

func hasPathSeparator(arg string) bool {
	if strings.HasPrefix(arg, "./") || strings.HasPrefix(arg, "~/") || filepath.IsAbs(arg) {
		return true
	}
	return strings.ContainsAny(arg, "/"+string(filepath.Separator)) && !strings.ContainsAny(arg, "一二三四五六七八九十（）()")
}

func hasReportExtension(arg string) bool {
	ext := strings.ToLower(filepath.Ext(arg))
	for _, e := range reportExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// selector loads a command's inputs once and picks reports among them.
type selector struct {
	args     reportArgs
	stdin    io.Reader
	stderr   io.Writer
	reports  []*model.Report
	problems model.Problems // printed already; the app lists them too
	loaded   bool
	failed   bool // some input failed to load

	defaults    []*model.Report // the config's folders or the samples, for words beside file arguments
	defaultsSet bool
}

func newSelector(args reportArgs, stdin io.Reader, stderr io.Writer) *selector {
	return &selector{args: args, stdin: stdin, stderr: stderr}
}

// all loads the inputs (the first time) and returns the reports.
func (s *selector) all() []*model.Report {
	if !s.loaded {
		s.reports, s.problems, s.failed = load(s.args.paths, s.stdin, s.stderr)
		s.loaded = true
	}
	return s.reports
}

// pick resolves words to one report. With no words, the inputs must hold
// one report, or one file argument must name it.
func (s *selector) pick(words []string) (*model.Report, error) {
	reports := s.all()
	if len(words) > 0 {
		r, err := resolveReport(strings.Join(words, " "), s.pool())
		if err != nil && len(words) == 1 && hasReportExtension(words[0]) {
			// a file name that is neither a file here nor an ID (a.txt, as
			// IDs of files with the same stem are)
			return nil, fmt.Errorf("%s", i18n.T("err.no_file_or_report", quote(words[0])))
		}
		return r, err
	}
	if len(reports) == 1 {
		return reports[0], nil
	}
	if files := s.args.files(); len(files) == 1 {
		if r := reportFrom(files[0], reports); r != nil {
			return r, nil
		}
	}
	if len(reports) == 0 {
		return nil, fmt.Errorf("%s", i18n.T("err.nothing_loaded"))
	}
	return nil, fmt.Errorf("%s", i18n.T("err.which_report", len(reports)))
}

// pool is what words pick among: the inputs, or, when the only inputs are
// file arguments, the default reports (the config's folders or the
// samples) and then those files, so that `diff new.txt 历下 2024` compares
// a file with a sample and `diff new.txt 3` takes #3 of 'baogao list'.
func (s *selector) pool() []*model.Report {
	reports := s.all()
	if len(s.args.paths) == 0 || slices.ContainsFunc(s.args.items, func(it argItem) bool { return it.folder }) ||
		len(s.args.paths) > len(s.args.files()) {
		return reports
	}
	if !s.defaultsSet {
		var failed bool
		s.defaults, _, failed = load(nil, s.stdin, s.stderr)
		s.failed, s.defaultsSet = s.failed || failed, true
	}
	pool := append([]*model.Report(nil), s.defaults...)
	return append(pool, reports...)
}

// appReports are the reports the app opens with: the pool words picked
// from, or the inputs.
func (s *selector) appReports() []*model.Report {
	if s.defaultsSet {
		return s.pool()
	}
	return s.all()
}

// pickFile is the report loaded from a file argument, or nil when it did not load.
func (s *selector) pickFile(file string) *model.Report {
	return reportFrom(file, s.all())
}

// reportFrom finds the report loaded from path.
func reportFrom(path string, reports []*model.Report) *model.Report {
	source := model.PrintableName(path)
	if path == "-" {
		source = "-"
	}
	for _, r := range reports {
		if r.Source == source {
			return r
		}
	}
	return nil
}
