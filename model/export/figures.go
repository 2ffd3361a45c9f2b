package export

import (
	"strconv"

	"baogao/model/compare"
	"baogao/model/figures"
)

// figuresOf is the figures table of a comparison, the sections paired as
// the comparison paired them; nil when neither report has a figure.
func figuresOf(c *compare.Comparison) *Figures {
	paths := map[string]string{}
	for _, p := range c.Pairs {
		if p.A != nil && p.B != nil {
			paths[p.A.Path] = p.B.Path
		}
	}
	t := figures.Compare(figures.SetOf(c.A), figures.SetOf(c.B), figures.PairingOf(paths))
	if len(t.Rows) == 0 {
		return nil
	}
	out := &Figures{Rows: make([]FigureRow, 0, len(t.Rows)), Table: t}
	for _, r := range t.Rows {
		out.Rows = append(out.Rows, figureRow(r))
	}
	return out
}

func figureRow(r *figures.Row) FigureRow {
	fr := FigureRow{Subject: r.Subject, Unit: r.Unit}
	side := func(i int) (text string, v *float64, section string) {
		if i >= len(r.Figures) || r.Figures[i] == nil {
			return "", nil, ""
		}
		f := r.Figures[i]
		return f.Text, r.Values[i], f.Section
	}
	fr.A, fr.ValueA, fr.SectionA = side(0)
	fr.B, fr.ValueB, fr.SectionB = side(1)
	if r.Change != nil && fr.ValueA != nil && fr.ValueB != nil {
		fr.Change, fr.ChangeValue = signed(*r.Change)+r.Unit, r.Change
		if r.Percent != nil {
			fr.PercentValue = r.Percent
			fr.Percent = signed(*r.Percent) + "%"
		}
	}
	return fr
}

// signed formats a change with its sign and at most two decimals.
func signed(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if r := strconv.FormatFloat(f, 'f', 2, 64); len(s) > len(r) {
		s = r
	}
	if f > 0 {
		s = "+" + s
	}
	return s
}
