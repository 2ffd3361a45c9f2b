package timeline

import (
	"baogao/model/internal/sets"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/figures"
	"baogao/model/fold"
	"baogao/model/internal/parallel"
)

// Timeline is the reports grouped by unit, units in name order.
type Timeline struct {
	Units []*Unit `json:"units"`
}

// Unit is one district, city, province or department and its reports,
// years ascending.
type Unit struct {
	Name    string `json:"unit"`
	City    string `json:"city,omitempty"`
	Reports []Ref  `json:"reports"`
	Parts   []Part `json:"parts,omitempty"` // with two reports or more: one row per mandated part
	reports []*model.Report
}

// Ref names one report of a unit.
type Ref struct {
	ID   string `json:"id"`
	Year int    `json:"year"`
}

// Part is one mandated part followed through a unit's years: one cell per
// report, in the order of Unit.Reports.
type Part struct {
	ID    string `json:"part"` // check.IDMeasures …
	Cells []Cell `json:"cells"`
}

// Change is how a part compares with the year before.
type Change string

// The changes.
const (
	First     Change = "first"     // the unit's first report
	Same      Change = "same"      // nearly unchanged (similarity ≥ sameFrom)
	Changed   Change = "changed"   // edited
	Rewritten Change = "rewritten" // little in common (similarity < rewrittenBelow)
	New       Change = "new"       // absent the year before
	Gone      Change = "gone"      // present the year before, absent now
	Absent    Change = "absent"    // absent both years
)

// Cell is one part in one report.
type Cell struct {
	Chars      int     `json:"chars"`   // characters of the part (0 when absent)
	Figures    int     `json:"figures"` // figures stated in it
	Change     Change  `json:"change"`
	Similarity float64 `json:"similarity"` // to the year before: Dice of character bigrams, 0..1
}

// Thresholds of Change.
const (
	sameFrom       = 0.9
	rewrittenBelow = 0.3
)

// partIDs are the mandated parts, in the order of 第二十五条.
var partIDs = []string{check.IDMeasures, check.IDShortcomings, check.IDDuties, check.IDPlans, check.IDOther}

// Build groups reports by unit (district and city; the city alone for a
// city's own report). Reports naming no unit or no year are left out: they
// cannot be placed on a unit's line. For units of two reports or more it
// fills the parts' rows.
func Build(reports []*model.Report) *Timeline {
	byKey := map[string]*Unit{}
	var units []*Unit
	for _, r := range reports {
		name := unitName(r)
		if name == "" || r.Year == 0 {
			continue
		}
		key := r.City + "\x00" + r.District
		u := byKey[key]
		if u == nil {
			u = &Unit{Name: name, City: r.City}
			byKey[key] = u
			units = append(units, u)
		}
		u.reports = append(u.reports, r)
	}
	var measured []*model.Report // of units with two reports or more
	for _, u := range units {
		slices.SortStableFunc(u.reports, func(a, b *model.Report) int {
			return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.ID, b.ID))
		})
		for _, r := range u.reports {
			u.Reports = append(u.Reports, Ref{ID: r.ID, Year: r.Year})
		}
		if len(u.reports) > 1 {
			measured = append(measured, u.reports...)
		}
	}
	texts := make([][]partText, len(measured)) // [report][part]
	parallel.For(len(measured), func(i int) { texts[i] = measureParts(measured[i]) })
	for _, u := range units {
		if len(u.reports) > 1 {
			u.Parts = partRows(texts[:len(u.reports)])
			texts = texts[len(u.reports):]
		}
	}
	slices.SortStableFunc(units, func(a, b *Unit) int { return cmp.Or(cmp.Compare(a.City, b.City), cmp.Compare(a.Name, b.Name)) })
	return &Timeline{Units: units}
}

// ReportsOf returns the unit's reports, years ascending.
func (u *Unit) ReportsOf() []*model.Report { return u.reports }

// unitName is the district (or body) reporting, else its city.
func unitName(r *model.Report) string {
	if r.District != "" {
		return r.District
	}
	return r.City
}

// partText is one part of one report: its bigrams and size.
type partText struct {
	present bool
	chars   int
	figures int
	grams   []uint64 // sorted, distinct
}

// partRows compares each mandated part of a unit's reports (measured,
// years ascending) with the year before.
func partRows(texts [][]partText) []Part {
	rows := make([]Part, len(partIDs))
	for p, id := range partIDs {
		rows[p] = Part{ID: id, Cells: make([]Cell, len(texts))}
		for i := range texts {
			cur := texts[i][p]
			c := Cell{Chars: cur.chars, Figures: cur.figures}
			if i == 0 {
				c.Change = First
			} else {
				c.Change, c.Similarity = change(texts[i-1][p], cur)
			}
			rows[p].Cells[i] = c
		}
	}
	return rows
}

func change(prev, cur partText) (Change, float64) {
	switch {
	case !prev.present && !cur.present:
		return Absent, 0
	case !prev.present:
		return New, 0
	case !cur.present:
		return Gone, 0
	}
	sim := dice(prev.grams, cur.grams)
	switch {
	case sim >= sameFrom:
		return Same, sim
	case sim < rewrittenBelow:
		return Rewritten, sim
	}
	return Changed, sim
}

// measureParts reads each mandated part of r: its text's bigrams, its
// size and its figures.
func measureParts(r *model.Report) []partText {
	figs := figures.Extract(r)
	parts := check.Parts(r)
	out := make([]partText, len(partIDs))
	for p, id := range partIDs {
		secs := parts[id]
		if len(secs) == 0 {
			continue
		}
		in := map[string]bool{}
		var text strings.Builder
		for _, s := range secs {
			walk(s, func(t *model.Section) {
				in[t.Path] = true
				text.WriteString(t.Title)
				for _, para := range t.Paras {
					text.WriteString("\n")
					text.WriteString(para)
				}
			})
		}
		pt := partText{present: true, chars: utf8.RuneCountInString(text.String())}
		for i := range figs {
			if in[figs[i].Section] {
				pt.figures++
			}
		}
		pt.grams = bigrams(fold.String(text.String()))
		out[p] = pt
	}
	return out
}

func walk(s *model.Section, fn func(*model.Section)) {
	fn(s)
	for _, c := range s.Children {
		walk(c, fn)
	}
}

// bigrams returns the distinct bigrams of adjacent Chinese characters and
// digits of s, sorted.
func bigrams(s string) []uint64 {
	var out []uint64
	var prev rune
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !('0' <= r && r <= '9') {
			prev = 0
			continue
		}
		if prev != 0 {
			out = append(out, uint64(prev)<<32|uint64(r))
		}
		prev = r
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dice is the Dice coefficient of two sorted sets in whole percent; two
// empty sets are alike.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return float64(int(100*sets.Dice(a, b)+0.5)) / 100
}
