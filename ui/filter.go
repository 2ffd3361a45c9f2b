package ui

// Filtering as you type, in the report list and the report picker (d): /
// opens a prompt on the help line, and each edit keeps only the rows whose
// unit, year, title or file name hold every word typed, compared on folded
// text (model/fold) as search is, so "历下 2024", "歷下" and "LIXIA" find
// the same report. Enter opens or chooses the row under the cursor, the
// arrows move it while typing (j and k are letters there), and Esc drops
// the filter.

import (
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/fold"
)

// filterTerms are the folded words of a filter query; none for a blank one.
func filterTerms(q string) []string {
	var terms []string
	for _, w := range strings.Fields(q) {
		if f := fold.String(w); f != "" {
			terms = append(terms, f)
		}
	}
	return terms
}

// matchesAll says whether the folded text holds every term.
func matchesAll(folded string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(folded, t) {
			return false
		}
	}
	return true
}

// reportFilterText is the folded text a filter looks in for a report: its
// unit, place, year, title and file name, one space between them so that
// a word does not match across two fields.
func reportFilterText(r *model.Report) string {
	parts := []string{r.Unit, r.District, r.City, r.Title, r.ID, filepath.Base(r.Source)}
	if r.Year != 0 {
		parts = append(parts, strconv.Itoa(r.Year))
	}
	folded := make([]string, 0, len(parts))
	for _, p := range parts {
		folded = append(folded, fold.String(p))
	}
	return strings.Join(folded, " ")
}

// filterAct is what a key did to a filter prompt.
type filterAct uint8

const (
	filterNone   filterAct = iota // nothing the filter used
	filterEdited                  // the query changed: filter again
	filterAccept                  // Enter: open or choose the row
	filterCancel                  // Esc: drop the filter
	filterQuit                    // Ctrl-C
	filterMoved                   // an arrow moved the cursor
)

// filterKey decodes a key while a filter prompt is open: the prompt's
// editing keys, and the arrows and page keys (not j/k, which are letters
// here) to move the cursor in l.
func filterKey(in *prompt, l *list, k keyMap, msg tea.KeyPressMsg) filterAct {
	if msg.Text == "" {
		switch msg.Code {
		case tea.KeyDown, tea.KeyUp, tea.KeyPgDown, tea.KeyPgUp:
			moveList(l, msg, k)
			return filterMoved
		}
	}
	switch in.key(k, msg) {
	case promptAccept:
		return filterAccept
	case promptCancel:
		return filterCancel
	case promptEdited:
		return filterEdited
	case promptQuit:
		return filterQuit
	}
	return filterNone
}

// neighbourYear is the report to compare report base with first: the same
// unit's nearest year, the year before on a tie; -1 when the unit has no
// other year loaded.
func neighbourYear(reports []*model.Report, base int) int {
	b := reports[base]
	best, bestD := -1, 0
	for i, r := range reports {
		if i == base || r.Year == 0 || b.Year == 0 || unitName(r) != unitName(b) || unitName(b) == "" {
			continue
		}
		d := 2 * abs(r.Year-b.Year)
		if r.Year > b.Year {
			d++ // the year before wins a tie
		}
		if d == 0 {
			continue
		}
		if best < 0 || d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// unitName is the reporting body as the report list names it.
func unitName(r *model.Report) string {
	switch {
	case r.Unit != "":
		return r.Unit
	case r.District != "":
		return r.District
	}
	return r.City
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// filterHelp is the help line's entry for starting a filter.
func filterHelp(k keyMap) helpItem { return item(k.Filter, "筛选") }
