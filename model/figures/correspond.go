package figures

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"baogao/model"
)

// Pairing tells, for a section of one report (its dotted path, "" for the
// preamble), the path of the section aligned with it in the next report,
// or false when it has none. The comparison package makes it from its
// section alignment; SamePath and PairingOf are for reports of one template.
type Pairing func(path string) (string, bool)

// SamePath pairs each section with the one at the same path.
func SamePath(path string) (string, bool) { return path, true }

// PairingOf makes a Pairing of a map from paths to paths.
func PairingOf(m map[string]string) Pairing {
	return func(path string) (string, bool) { p, ok := m[path]; return p, ok }
}

// Set is the figures of one report, with what the table says of it.
type Set struct {
	ID, Unit string // Unit is the district or body reporting (历下区, 司法局)
	Year     int
	Figures  []Figure
}

// SetOf extracts the figures of r.
func SetOf(r *model.Report) Set {
	unit := r.District
	if unit == "" {
		unit = r.City
	}
	return Set{ID: r.ID, Unit: unit, Year: r.Year, Figures: Extract(r)}
}

// Table is the correspondence of the figures of several reports: one row
// per figure, one column per report. It is what `figures --json A B …`
// prints.
type Table struct {
	Reports []ReportRef `json:"reports"`
	Rows    []*Row      `json:"rows"`
}

// ReportRef names one column of a Table.
type ReportRef struct {
	ID   string `json:"id"`
	Unit string `json:"unit"`
	Year int    `json:"year"`
}

// Row is one figure followed through the reports. Values, Sections and
// Figures have one entry per report, nil where the report lacks the figure.
// Change is the last value minus the first (of the reports that have the
// figure, when at least two do), Percent that change in per cent of the
// first value (nil when it is 0).
type Row struct {
	Subject  string     `json:"subject"` // as the first report that has it writes it
	Unit     string     `json:"unit"`
	Values   []*float64 `json:"values"`
	Sections []*string  `json:"sections"`
	Change   *float64   `json:"change"`
	Percent  *float64   `json:"percent"`
	Figures  []*Figure  `json:"-"`
}

// Present returns the indices of the reports that have the row's figure.
func (r *Row) Present() []int {
	var out []int
	for i, f := range r.Figures {
		if f != nil {
			out = append(out, i)
		}
	}
	return out
}

// Changed reports whether the figure is in more than one report and its
// value (or range) differs between them.
func (r *Row) Changed() bool {
	var first *Figure
	for _, f := range r.Figures {
		switch {
		case f == nil:
		case first == nil:
			first = f
		case f.Value != first.Value || f.Max != first.Max:
			return true
		}
	}
	return false
}

// Compare is Correspond for two reports.
func Compare(a, b Set, pair Pairing) *Table { return Correspond([]Set{a, b}, []Pairing{pair}) }

// Correspond follows the figures of sets (one unit's reports, oldest first,
// or two districts' reports of a year) through all of them. pairings[i]
// pairs the sections of sets[i] with those of sets[i+1]; a nil Pairing (or
// a missing one) lets figures match anywhere in the two reports.
//
// Two figures correspond when their units are the same and their subjects
// are alike (similarity, at least minSimilarity) within paired sections,
// the most alike first; a figure left over then matches one anywhere in
// the other report when their subjects are the same and neither report has
// another figure of that subject and unit.
func Correspond(sets []Set, pairings []Pairing) *Table {
	t := &Table{Reports: make([]ReportRef, len(sets)), Rows: []*Row{}}
	keys := make([][]figureKey, len(sets))
	for i := range sets {
		t.Reports[i] = ReportRef{ID: sets[i].ID, Unit: sets[i].Unit, Year: sets[i].Year}
		keys[i] = keysOf(sets[i].Figures)
	}
	var rowOf []*Row // row of each figure of the previous set
	for i := range sets {
		var match []int
		if i > 0 {
			var pr Pairing
			if i-1 < len(pairings) {
				pr = pairings[i-1]
			}
			match = matchFigures(keys[i-1], keys[i], pr)
		}
		rowOf = t.place(i, len(sets), keys[i], match, rowOf)
	}
	for _, r := range t.Rows {
		r.finish()
	}
	return t
}

// place puts the figures of set i into rows: into the row of the figure of
// set i-1 they match (match[j] for set i-1's figure j), else into a new
// row after the row of the figure before them. It returns each figure's row.
func (t *Table) place(i, n int, keys []figureKey, match []int, prevRows []*Row) []*Row {
	rows := make([]*Row, len(keys))
	for j, b := range match {
		if b >= 0 {
			rows[b] = prevRows[j]
		}
	}
	at := -1 // position in t.Rows of the row of the last figure placed
	for j := range keys {
		r := rows[j]
		if r == nil {
			r = &Row{Figures: make([]*Figure, n)}
			rows[j] = r
			t.Rows = slices.Insert(t.Rows, at+1, r)
		}
		r.Figures[i] = keys[j].f
		at = slices.Index(t.Rows, r)
	}
	return rows
}

// finish fills the row's printed fields from its figures.
func (r *Row) finish() {
	r.Values = make([]*float64, len(r.Figures))
	r.Sections = make([]*string, len(r.Figures))
	var first, last *Figure
	for i, f := range r.Figures {
		if f == nil {
			continue
		}
		if first == nil {
			first, r.Subject, r.Unit = f, f.Subject, f.Unit
		}
		last = f
		r.Values[i], r.Sections[i] = &f.Value, &f.Section
	}
	if first == nil || first == last {
		return
	}
	change := round(last.Value-first.Value, max(first.Places, last.Places))
	r.Change = &change
	if first.Value != 0 {
		p := round(change/math.Abs(first.Value)*100, 2)
		r.Percent = &p
	}
}

// round rounds x to n decimal places, so that 20.3 − 15.2 is 5.1 and not
// 5.100000000000001.
func round(x float64, n int) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', n, 64), 64)
	if err != nil {
		return x
	}
	return v
}

// keysOf prepares figures for matching.
func keysOf(figs []Figure) []figureKey {
	keys := make([]figureKey, len(figs))
	perSection := map[string]int{}
	for i := range figs {
		perSection[figs[i].Section]++
	}
	seen := map[string]int{}
	for i := range figs {
		f := &figs[i]
		k := figureKey{f: f, all: newSubjectKey(f.Subject), ctx: newSubjectKey(f.Context)}
		k.own = newSubjectKey(strings.TrimPrefix(f.Subject, f.Context))
		if n := perSection[f.Section]; n > 1 {
			k.ord = float64(seen[f.Section]) / float64(n-1)
		}
		seen[f.Section]++
		keys[i] = k
	}
	return keys
}

// minSimilarity is how alike two subjects must be to correspond.
const minSimilarity = 0.5

// matchFigures returns, for each figure of a, the index of the figure of b
// it corresponds to, or -1.
func matchFigures(a, b []figureKey, pr Pairing) []int {
	type cand struct {
		i, j  int
		score float64
	}
	var cands []cand
	for i := range a {
		region, ok := "", pr == nil
		if pr != nil {
			region, ok = pairedRegion(a[i].f.Section, pr)
		}
		if !ok {
			continue
		}
		for j := range b {
			if a[i].f.Unit != b[j].f.Unit || pr != nil && !inRegion(b[j].f.Section, region) {
				continue
			}
			if sim := a[i].similarity(&b[j]); sim >= minSimilarity {
				// Among alike subjects, the one in the same place in its
				// section: the second 向市政府备案2件 matches the second.
				cands = append(cands, cand{i, j, sim + 0.1*(1-math.Abs(a[i].ord-b[j].ord))})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y cand) int { return cmp.Compare(y.score, x.score) })
	match := make([]int, len(a))
	for i := range match {
		match[i] = -1
	}
	taken := make([]bool, len(b))
	for _, c := range cands {
		if match[c.i] < 0 && !taken[c.j] {
			match[c.i], taken[c.j] = c.j, true
		}
	}
	matchUnique(a, b, match, taken)
	return match
}

// matchUnique matches the figures left over whose subject and unit are
// found once in each report, wherever they stand.
func matchUnique(a, b []figureKey, match []int, taken []bool) {
	count := func(ks []figureKey) map[string]int {
		m := map[string]int{}
		for _, k := range ks {
			m[k.all.text+"\x00"+k.f.Unit]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	where := map[string]int{}
	for j, k := range b {
		where[k.all.text+"\x00"+k.f.Unit] = j
	}
	for i, k := range a {
		key := k.all.text + "\x00" + k.f.Unit
		if match[i] >= 0 || k.all.text == "" || ca[key] != 1 || cb[key] != 1 {
			continue
		}
		if j := where[key]; !taken[j] {
			match[i], taken[j] = j, true
		}
	}
}

// pairedRegion returns the path of the section in the next report that
// the figure's section, or its nearest ancestor that has a partner, pairs
// with.
func pairedRegion(path string, pr Pairing) (string, bool) {
	for {
		if p, ok := pr(path); ok {
			return p, true
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return "", false
		}
		path = path[:i]
	}
}

// inRegion reports whether a section path is region or under it.
func inRegion(path, region string) bool {
	return path == region || region != "" && strings.HasPrefix(path, region+".")
}
