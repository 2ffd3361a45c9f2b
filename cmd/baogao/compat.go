package main

import (
	"fmt"
	"io"
	"os"

	"baogao/model"
	"baogao/model/i18n"
)

// The REPORT helpers commands used before every command took reports one
// way (args.go). New commands use newSelector(splitArgs(fs.Args(), *in), …)
// and sel.pick(words); these stay so that commands written against them
// still build, and resolve the same way.

// pickReport finds the report a REPORT argument names: a file, an index
// from list, an ID, or words, among the in reports (or the samples).
//
// Deprecated: use a selector.
func pickReport(spec string, in []string, stdin io.Reader, stderr io.Writer) (*model.Report, bool, error) {
	p := &picker{in: in, stdin: stdin, stderr: stderr}
	r, err := p.pick(spec)
	return r, p.failed, err
}

// pickTwo resolves A and B as pickReport does, loading once.
//
// Deprecated: use a selector and pickPair.
func pickTwo(specA, specB string, in []string, stdin io.Reader, stderr io.Writer) (a, b *model.Report, failed bool, err error) {
	p := &picker{in: in, stdin: stdin, stderr: stderr}
	if a, err = p.pick(specA); err != nil {
		return nil, nil, p.failed, err
	}
	b, err = p.pick(specB)
	return a, b, p.failed, err
}

// picker resolves REPORT arguments, loading the --in reports (or the
// samples) at most once for all of them.
//
// Deprecated: use a selector.
type picker struct {
	in      []string
	stdin   io.Reader
	stderr  io.Writer
	reports []*model.Report
	loaded  bool
	failed  bool // some input failed to load
}

// pick resolves one REPORT argument: a file is loaded, anything else is
// looked for among the --in reports.
func (p *picker) pick(spec string) (*model.Report, error) {
	if isFile(spec) {
		reports, failed := loadReports([]string{spec}, p.stdin, p.stderr)
		p.failed = p.failed || failed
		if len(reports) == 0 {
			return nil, fmt.Errorf("%s", i18n.T("err.not_loaded", quote(spec)))
		}
		return reports[0], nil
	}
	if !p.loaded {
		var failed bool
		p.reports, failed = loadReports(p.in, p.stdin, p.stderr)
		p.failed, p.loaded = p.failed || failed, true
	}
	return resolveReport(spec, p.reports)
}

// isFile reports whether a REPORT argument names a file (or "-").
func isFile(spec string) bool {
	if spec == "-" {
		return true
	}
	info, err := os.Stat(spec)
	return err == nil && !info.IsDir()
}
