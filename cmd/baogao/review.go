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
)

// pickMany resolves REPORT arguments as outline does, each one a report
// (words quoted: '历下 2024'); a folder stands for every report in it. It
// returns the reports picked and all those loaded (the --in reports or the
// samples, and the picked ones), among which the year before of each is
// looked for.
func (p *picker) pickMany(specs []string) (picked, pool []*model.Report, err error) {
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

// userLang is the language of messages: Chinese when the locale
// (LC_ALL, else LC_MESSAGES, else LANG, as POSIX orders them) is zh.
func userLang(getenv func(string) string) check.Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return check.Chinese
			}
			return check.English
		}
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
