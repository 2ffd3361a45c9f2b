package main

// baogao check: the completeness check (体检) of reports (model/check).

import (
	"fmt"
	"io"
	"strings"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/i18n"
)

// cmdCheck checks each REPORT against the criteria of model/check and
// exits 1 when any criterion of any report fails.
func cmdCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao check", "[--json] [--color=auto|always|never] [--in PATH]... [REPORT...]\n\n"+reviewUsage+"\n"+
		"Without REPORT, every report loaded (the --in reports, or the samples).\n"+
		"Exit status 1 when any criterion of any report fails (model/check/CRITERIA.md lists them).", stderr)
	asJSON := jsonFlag(fs)
	colorMode := fs.String("color", "auto", i18n.T("flag.check_color"))
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	color, err := useColor(*colorMode, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	p := &picker{in: *in, stdin: stdin, stderr: stderr}
	reports, pool, err := p.pickMany(fs.Args())
	if err == nil && fs.NArg() == 0 {
		reports, pool = p.all()
	}
	if err == nil && len(reports) == 0 {
		err = fmt.Errorf("no report could be loaded")
	}
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	lang := reviewLang()
	checks := make([]*check.Check, len(reports))
	failed := false
	for i, r := range reports {
		checks[i] = check.Run(check.Input{Report: r, Previous: check.Previous(r, pool)})
		failed = failed || checks[i].Failed()
	}
	if *asJSON {
		writeJSON(stdout, checksJSON(checks, lang))
	} else {
		for i, c := range checks {
			if i > 0 {
				io.WriteString(stdout, "\n")
			}
			writeCheck(stdout, reports[i], c, lang, color)
		}
	}
	switch {
	case p.failed:
		return 2
	case failed:
		return 1
	}
	return 0
}

type checkJSON struct {
	ID       string          `json:"id"`
	Criteria []criterionJSON `json:"criteria"`
}

type criterionJSON struct {
	ID       string       `json:"id"`
	Status   check.Status `json:"status"`
	Evidence []string     `json:"evidence,omitempty"`
	Message  string       `json:"message"`
}

func checksJSON(checks []*check.Check, lang check.Lang) []checkJSON {
	out := make([]checkJSON, len(checks))
	for i, c := range checks {
		out[i] = checkJSON{ID: c.ID, Criteria: make([]criterionJSON, len(c.Criteria))}
		for j, r := range c.Criteria {
			out[i].Criteria[j] = criterionJSON{r.ID, r.Status, r.Evidence, r.Msg.In(lang)}
		}
	}
	return out
}

// writeCheck prints one report's check: a heading line, then per
// criterion its verdict, name and message, and its evidence indented
// below; a count of the verdicts closes it.
func writeCheck(w io.Writer, r *model.Report, c *check.Check, lang check.Lang, color bool) {
	fmt.Fprintf(w, "%s  %s\n", r.ID, orDash(r.Title))
	nameWidth, wordWidth := 0, 0
	for _, res := range c.Criteria {
		nameWidth = max(nameWidth, cellWidth(check.Name(res.ID, lang)))
		wordWidth = max(wordWidth, cellWidth(res.Status.Word(lang)))
	}
	indent := strings.Repeat(" ", 2+wordWidth+2)
	for _, res := range c.Criteria {
		word := res.Status.Word(lang)
		pad := strings.Repeat(" ", wordWidth-cellWidth(word))
		if color {
			word = statusColor[res.Status] + word + sgrReset
		}
		name := check.Name(res.ID, lang)
		fmt.Fprintf(w, "  %s%s  %s%s  %s\n", word, pad, name, strings.Repeat(" ", nameWidth-cellWidth(name)), res.Msg.In(lang))
		for _, e := range res.Evidence {
			fmt.Fprintf(w, "%s%s\n", indent, e)
		}
	}
	counts := []string{}
	for _, s := range []check.Status{check.Pass, check.Warn, check.Fail, check.Info} {
		counts = append(counts, fmt.Sprintf("%d %s", c.Count(s), s.Word(lang)))
	}
	fmt.Fprintf(w, "  %s\n", strings.Join(counts, " · "))
}
