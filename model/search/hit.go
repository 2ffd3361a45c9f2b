// Hits: where a match is, on the original text.

package search

import (
	"baogao/model"
	"strings"
)

// Hit is one match, on the original text.
type Hit struct {
	Report  *model.Report
	Section *model.Section // nil for the report title and the preamble
	// Para is an index in Section.Paras (Report.Preamble when Section is
	// nil), or -1 for the section's heading (the report's title).
	Para int

	Start, End         int // rune offsets in SectionText(model.Report, model.Section)
	ParaStart, ParaEnd int // rune offsets in Text()
}

// Path is the hit's section path ("2.3"), or "" for the title and preamble.
func (h Hit) Path() string {
	if h.Section == nil {
		return ""
	}
	return h.Section.Path
}

// Text is the paragraph, heading or title the hit is in.
func (h Hit) Text() string { return unitText(h.Report, h.Section, h.Para) }

// SectionText is the text that hit offsets count in: s.Text() for a section;
// for nil, the title line (when there is a title), a blank line when a
// preamble follows, and the preamble, one line each, "\n"-terminated like
// Section.Text: the start of Report.Text, so offsets hold in both.
func SectionText(r *model.Report, s *model.Section) string {
	if s != nil {
		return s.Text()
	}
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title)
		b.WriteByte('\n')
		if len(r.Preamble) > 0 {
			b.WriteByte('\n')
		}
	}
	for _, p := range r.Preamble {
		b.WriteString(p)
		b.WriteByte('\n')
	}
	return b.String()
}

func unitText(r *model.Report, s *model.Section, para int) string {
	switch {
	case s == nil && para < 0:
		return r.Title
	case s == nil:
		return r.Preamble[para]
	case para < 0:
		return s.Heading()
	}
	return s.Paras[para]
}

// ReportHits are the hits in one report, in document order.
type ReportHits struct {
	Report *model.Report
	Hits   []Hit // every hit, or with Index.SearchFirst the first ones
	Count  int   // every hit in the report
}

// Results is the outcome of a search: the reports with hits, in index order.
type Results struct {
	Query   *Query
	Total   int // hits in all reports
	Reports []ReportHits
}
