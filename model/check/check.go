package check

import (
	"fmt"
	"time"

	"baogao/model"
	"baogao/model/figures"
)

// Status is a criterion's verdict.
type Status string

// The verdicts. Info is for what the regulation leaves optional (其他) or
// what cannot be judged from the text (an unknown publication date).
const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
	Info Status = "info"
)

// The criteria, in the order they are printed and in the JSON.
const (
	IDMeasures     = "parts.measures"
	IDShortcomings = "parts.shortcomings"
	IDCauses       = "parts.causes"
	IDDuties       = "parts.duties"
	IDPlans        = "parts.plans"
	IDOther        = "parts.other"
	IDTitle        = "title"
	IDSignature    = "signature"
	IDYear         = "year"
	IDPublished    = "published"
	IDDensity      = "density"
	IDFamilies     = "families"
	IDCopied       = "copied"
	IDHeadings     = "headings"
)

// Input is what a report is checked with: the report, the same unit's
// report of the year before when one is loaded (for copied 不足), and the
// publication date when known (zero when not).
type Input struct {
	Report    *model.Report
	Previous  *model.Report
	Published time.Time
}

// Result is one criterion's verdict with its evidence: the section paths
// and headings (or quoted sentences) that support it, or the missing item
// in the regulation's words. Msg says it in a sentence, in either language.
type Result struct {
	ID       string   `json:"id"`
	Status   Status   `json:"status"`
	Evidence []string `json:"evidence,omitempty"`
	Msg      Message  `json:"-"`
}

// Check is one report's results, in criteria order.
type Check struct {
	ID       string   `json:"id"`
	Criteria []Result `json:"criteria"`
}

// Failed reports whether any criterion failed.
func (c *Check) Failed() bool {
	for _, r := range c.Criteria {
		if r.Status == Fail {
			return true
		}
	}
	return false
}

// Count returns how many criteria have status s.
func (c *Check) Count(s Status) int {
	n := 0
	for _, r := range c.Criteria {
		if r.Status == s {
			n++
		}
	}
	return n
}

// facts is what the criteria share, computed once per report.
type facts struct {
	in      Input
	r       *model.Report
	figs    []figures.Figure
	fold    *folded
	parts   map[string]partFound // by criterion ID
	sigDate date                 // the 落款's date; zero when none
}

// criteria is the table of checks, in output order.
var criteria = []func(*facts) Result{
	partCheck(IDMeasures),
	partCheck(IDShortcomings),
	checkCauses,
	partCheck(IDDuties),
	partCheck(IDPlans),
	partCheck(IDOther),
	checkTitle,
	checkSignature,
	checkYear,
	checkPublished,
	checkDensity,
	checkFamilies,
	checkCopied,
	checkHeadings,
}

// Run checks one report. It never fails: a report without title, parts or
// text fails the criteria that need them.
func Run(in Input) *Check {
	f := &facts{in: in, r: in.Report, figs: figures.Extract(in.Report)}
	f.fold = foldReport(in.Report)
	f.parts = findParts(in.Report, f.fold, true)
	f.sigDate = signatureDate(in.Report.Signature)
	c := &Check{ID: in.Report.ID, Criteria: make([]Result, 0, len(criteria))}
	for _, crit := range criteria {
		res := crit(f)
		if n := len(res.Evidence); n > maxEvidence {
			res.Evidence = append(res.Evidence[:maxEvidence-1:maxEvidence-1], fmt.Sprintf("……另有%d条", n-maxEvidence+1))
		}
		c.Criteria = append(c.Criteria, res)
	}
	return c
}

// maxEvidence bounds the evidence of one criterion: a file of a thousand
// misnumbered headings says so in a screenful, not a thousand lines.
const maxEvidence = 20

// Previous picks, among reports, the report of r's unit for the year
// before r's, or nil: same district and city, Year one less.
func Previous(r *model.Report, reports []*model.Report) *model.Report {
	if r.Year == 0 {
		return nil
	}
	for _, o := range reports {
		if o != r && o.Year == r.Year-1 && o.District == r.District && o.City == r.City && o.District+o.City != "" {
			return o
		}
	}
	return nil
}
