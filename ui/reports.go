package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui/text"
)

// reportList is the list of loaded reports, followed by the files that
// failed to load or were skipped, one row each ("! reason", cut to the
// pane). The open report is marked with "*"; Enter on another opens it. The
// cursor moves onto the problem rows too, so they scroll into view however
// many reports there are; the app shows a problem whole on Enter.
//
// A filter (filter.go) keeps only the reports that match it: shown lists
// them by index, and the rows count over shown.
type reportList struct {
	m        *text.Measure
	reports  []*model.Report
	problems []string
	list     list
	width    int

	texts  []string // each report's folded filter text
	shown  []int    // the reports shown, by index in reports
	filter prompt   // the filter's query
	typing bool     // the filter prompt has the keys
}

func newReportList(m *text.Measure, reports []*model.Report, problems []string) reportList {
	rl := reportList{m: m, reports: reports, problems: problems}
	rl.texts = make([]string, len(reports))
	for i, r := range reports {
		rl.texts[i] = reportFilterText(r)
	}
	rl.refilter()
	return rl
}

// SetReports takes the reports and problems as they are now, after a batch
// of a streamed load added some. Only the new reports are folded and
// matched against the filter: the filter has not changed, and matching
// every report again per batch would make a long load quadratic.
func (rl *reportList) SetReports(reports []*model.Report, problems []string) {
	was := rl.Selected()
	terms := filterTerms(rl.filter.value)
	for i := len(rl.texts); i < len(reports); i++ {
		t := reportFilterText(reports[i])
		rl.texts = append(rl.texts, t)
		if matchesAll(t, terms) {
			rl.shown = append(rl.shown, i)
		}
	}
	rl.reports, rl.problems = reports, problems
	rl.list.SetLen(rl.Rows())
	rl.list.Select(0)
	rl.Select(was)
}

// refilter shows the reports that match the filter's query, keeping the
// cursor on the report it was on when that one is still shown.
func (rl *reportList) refilter() {
	was := rl.Selected()
	terms := filterTerms(rl.filter.value)
	rl.shown = rl.shown[:0]
	for i, t := range rl.texts {
		if matchesAll(t, terms) {
			rl.shown = append(rl.shown, i)
		}
	}
	rl.list.SetLen(rl.Rows())
	rl.list.Select(0)
	rl.Select(was)
}

// Filtering says whether a filter hides some reports.
func (rl *reportList) Filtering() bool { return strings.TrimSpace(rl.filter.value) != "" }

// StartFilter opens the filter prompt, keeping the query typed before.
func (rl *reportList) StartFilter() { rl.typing = true }

// FilterKey applies a key while the filter prompt is open.
func (rl *reportList) FilterKey(k keyMap, msg tea.KeyPressMsg) filterAct {
	act := filterKey(&rl.filter, &rl.list, k, msg)
	switch act {
	case filterEdited:
		rl.refilter()
	case filterAccept:
		rl.typing = false
	case filterCancel:
		rl.typing = false
		rl.filter.Clear()
		rl.refilter()
	}
	return act
}

// PasteFilter types pasted text into the open filter prompt.
func (rl *reportList) PasteFilter(s string) {
	rl.filter.Insert(s)
	rl.refilter()
}

// Rows is the number of rows the pane would like: one per report shown and
// one per problem, and one for the "no reports" notice when there are none.
func (rl *reportList) Rows() int { return max(len(rl.shown), 1) + len(rl.problems) }

// SetSize fits the pane's inner area.
func (rl *reportList) SetSize(w, h int) {
	rl.width = max(w, 0)
	rl.list.SetHeight(h)
}

// Selected is the index of the report under the cursor, or -1 when the
// cursor is not on a report.
func (rl *reportList) Selected() int {
	if rl.list.cursor < 0 || rl.list.cursor >= len(rl.shown) {
		return -1
	}
	return rl.shown[rl.list.cursor]
}

// problemBase is the row of the first problem: after the reports, or after
// the "no reports" notice.
func (rl *reportList) problemBase() int { return max(len(rl.shown), 1) }

// Problem is the index of the problem under the cursor, or -1.
func (rl *reportList) Problem() int {
	i := rl.list.cursor - rl.problemBase()
	if i < 0 || i >= len(rl.problems) {
		return -1
	}
	return i
}

// Select puts the cursor on report i, if it is shown.
func (rl *reportList) Select(i int) {
	for row, j := range rl.shown {
		if j == i {
			rl.list.Select(row)
			return
		}
	}
}

// Update moves the cursor on the movement keys.
func (rl reportList) Update(msg tea.Msg, k keyMap) (reportList, tea.Cmd) {
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		moveList(&rl.list, msg, k)
	}
	return rl, nil
}

// Click puts the cursor on the report at row y inside the pane and reports
// whether there was one.
func (rl *reportList) Click(y int) bool {
	i := rl.list.off + y
	if y < 0 || i >= rl.list.n {
		return false
	}
	rl.list.Select(i)
	return true
}

// View renders the visible rows, each exactly the pane's inner width;
// current is the index of the open report.
func (rl *reportList) View(st *styles, focused bool, current int) []string {
	h := rl.list.height
	out := make([]string, 0, h)
	from, to := rl.list.Visible()
	for i := from; i < to; i++ {
		switch {
		case i < len(rl.shown):
			out = append(out, rl.row(st, i, focused, current))
		case i < rl.problemBase() && len(rl.reports) > 0:
			out = append(out, rl.m.Fit(" （没有匹配的报告）", rl.width))
		case i < rl.problemBase():
			out = append(out, rl.m.Fit(" （没有可读的报告）", rl.width))
		default:
			out = append(out, rl.problemRow(st, i, focused))
		}
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", rl.width))
	}
	return out
}

// problemRow renders the problem on row i: cursor marker, "!" and the
// reason, cut to the pane.
func (rl *reportList) problemRow(st *styles, i int, focused bool) string {
	mark := " "
	if i == rl.list.cursor {
		mark = ">"
	}
	s := rl.m.Fit(mark+" ! "+rl.problems[i-rl.problemBase()], rl.width)
	switch {
	case i == rl.list.cursor && focused:
		return st.Cursor.Render(s)
	case i == rl.list.cursor:
		return st.CursorBlur.Render(s)
	}
	return st.Problem.Render(s)
}

// row renders the report on row i: cursor marker, open marker, label and title.
func (rl *reportList) row(st *styles, i int, focused bool, current int) string {
	r := rl.reports[rl.shown[i]]
	mark := "  "
	if i == rl.list.cursor {
		mark = "> "
	}
	if rl.shown[i] == current {
		mark = mark[:1] + "*"
	}
	label := mark + " " + r.Label()
	if r.ID != r.Label() {
		label += "  " + r.ID // the file name tells apart two reports of one unit and year
	}
	lw := rl.m.String(label)
	rest := ""
	if r.Title != "" && lw+3 < rl.width {
		rest = rl.m.Fit("  "+r.Title, rl.width-lw)
	} else {
		label = rl.m.Fit(label, rl.width)
	}
	switch {
	case i == rl.list.cursor && focused:
		return st.Cursor.Render(label + rest)
	case i == rl.list.cursor:
		return st.CursorBlur.Render(label) + st.Tag.Render(rest)
	}
	return label + st.Tag.Render(rest)
}

// Scroll moves the window by d rows without moving the cursor (the wheel).
func (rl *reportList) Scroll(d int) { rl.list.Scroll(d) }
