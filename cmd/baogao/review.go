package main

// What the reviewing commands (check, figures, followup, timeline) share:
// resolving several REPORT arguments, the user's language, and the
// section pairing of two reports that figures follow.

import (
	"fmt"
	"io"
	"os"
	"strings"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/compare"
	"baogao/model/figures"
	"baogao/model/i18n"
)

// pickMany resolves REPORT arguments as outline does, each one a report
// (words quoted: '历下 2024'); a folder stands for every report in it, or,
// beside words, is where the words look, as --in is (check DIR 历下 2024).
// It returns the reports picked and all those loaded (the --in reports or
// the samples, and the picked ones), among which the year before of each
// is looked for.
func (p *picker) pickMany(specs []string) (picked, pool []*model.Report, err error) {
	specs = p.foldersAsInputs(specs)
	specs = p.joinWordRuns(specs)
	seen := map[*model.Report]bool{}
	for _, spec := range specs {
		if info, statErr := os.Stat(spec); statErr == nil && info.IsDir() {
			reports, failed := loadReports([]string{spec}, p.stdin, p.stderr)
			p.failed = p.failed || failed
			if len(reports) == 0 {
				return nil, nil, fmt.Errorf("%s holds no report that could be loaded", quote(spec))
			}
			picked = append(picked, reports...)
			continue
		}
		r, err := p.pick(spec)
		if err != nil {
			return nil, nil, err
		}
		picked = append(picked, r)
	}
	for _, r := range append(append([]*model.Report(nil), p.reports...), picked...) {
		if !seen[r] {
			seen[r] = true
			pool = append(pool, r)
		}
	}
	return picked, pool, nil
}

// foldersAsInputs takes the folders out of specs into the --in paths when
// words are among them.
func (p *picker) foldersAsInputs(specs []string) []string {
	var folders, rest []string
	words := false
	for _, spec := range specs {
		switch pathKind(spec) {
		case pathFolder:
			folders = append(folders, spec)
			continue
		case pathNone:
			words = true
		}
		rest = append(rest, spec)
	}
	if !words || len(folders) == 0 {
		return specs
	}
	p.in = append(p.in, folders...)
	return rest
}

// joinWordRuns makes a run of unquoted words that together name one
// report one REPORT, as every other command takes them (check 历下 2024);
// words that do not are left one REPORT each.
func (p *picker) joinWordRuns(specs []string) []string {
	var out, run []string
	flush := func() {
		out = append(out, p.readRun(run)...)
		run = nil
	}
	for _, spec := range specs {
		if pathKind(spec) != pathNone || strings.Contains(spec, " ") {
			flush()
			out = append(out, spec)
			continue
		}
		run = append(run, spec)
	}
	flush()
	return out
}

// readRun reads a run of unquoted words: all of them one report, or words
// shared by several and then what tells them apart (历下 2020 2024 is 历下
// 2020 and 历下 2024), or else one REPORT each.
func (p *picker) readRun(run []string) []string {
	if len(run) < 2 {
		return run
	}
	if _, err := p.pick(strings.Join(run, " ")); err == nil {
		return []string{strings.Join(run, " ")}
	}
	for k := len(run) - 2; k >= 1; k-- {
		shared := strings.Join(run[:k], " ")
		var specs []string
		for _, w := range run[k:] {
			if _, err := p.pick(shared + " " + w); err != nil {
				break
			}
			specs = append(specs, shared+" "+w)
		}
		if len(specs) == len(run)-k {
			return specs
		}
	}
	if segs := p.segments(run); segs != nil {
		return segs
	}
	return run
}

// maxSegmentWords bounds the words segments splits: 2^(n-1) readings.
const maxSegmentWords = 10

// segments splits a run of words into consecutive groups that each name
// one report (历下 2024 周村 2023 is 历下 2024 and 周村 2023), when exactly one
// way does; else nil.
func (p *picker) segments(run []string) []string {
	if len(run) > maxSegmentWords {
		return nil
	}
	var found [][]string
	var walk func(i int, acc []string)
	walk = func(i int, acc []string) {
		if i == len(run) {
			found = append(found, append([]string(nil), acc...))
			return
		}
		for j := i + 1; j <= len(run) && len(found) < 2; j++ {
			spec := strings.Join(run[i:j], " ")
			if _, err := p.pick(spec); err == nil {
				walk(j, append(acc, spec))
			}
		}
	}
	walk(0, nil)
	if len(found) != 1 {
		return nil
	}
	return found[0]
}

// all returns every report of the --in paths (or the samples), loading
// them if no REPORT did.
func (p *picker) all() (reports, pool []*model.Report) {
	if !p.loaded {
		var failed bool
		p.reports, failed = loadReports(p.in, p.stdin, p.stderr)
		p.failed, p.loaded = p.failed || failed, true
	}
	return p.reports, p.reports
}

// reviewLang is the language of the reviewing commands' messages: the one
// model/i18n speaks (--lang, the settings' lang, else the locale).
func reviewLang() check.Lang {
	if i18n.Current() == i18n.Zh {
		return check.Chinese
	}
	return check.English
}

// tr picks the Chinese or English of a message by the user's language.
func tr(lang check.Lang, zh, en string) string {
	if lang == check.Chinese {
		return zh
	}
	return en
}

// sectionPairing pairs the sections of a with those of b as diff aligns
// them (compare.Reports), for following figures from one report to the next.
func sectionPairing(a, b *model.Report) figures.Pairing {
	m := map[string]string{}
	for _, p := range compare.Reports(a, b).Pairs {
		if p.A != nil && p.B != nil {
			m[p.A.Path] = p.B.Path
		}
	}
	if _, ok := m[""]; !ok {
		m[""] = "" // the preambles always pair
	}
	return figures.PairingOf(m)
}

// reviewUsage is the REPORT paragraph of the reviewing commands' usage.
const reviewUsage = "REPORT is an index from 'baogao list', an ID, a file, a folder (every report in it), or words in quotes ('历下 2024')."

// statusColor is the SGR colour of a verdict on a terminal.
var statusColor = map[check.Status]string{
	check.Pass: "\x1b[32m", check.Warn: "\x1b[33m", check.Fail: "\x1b[1;31m", check.Info: "\x1b[2m",
}

// writeLines writes lines ending in \n.
func writeLines(w io.Writer, lines []string) {
	for _, l := range lines {
		io.WriteString(w, l+"\n")
	}
}
