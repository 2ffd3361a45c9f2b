package ui

// The grid of a unit in the timeline view: parts × years, then the key
// figures × years, scrolled sideways so that the year under the cursor
// shows.

import (
	"strconv"

	"baogao/model/check"
	"baogao/model/figures"
	"baogao/model/timeline"
)

// Column widths of the grid, in cells.
const (
	tlLabelW     = 16 // the rows' names; wider from tlWide cells
	tlLabelWideW = 30
	tlWide       = 120
	tlColW       = 17
)

func tlLabel(width int) int {
	if width >= tlWide {
		return tlLabelWideW
	}
	return tlLabelW
}

// changeWords are the marks of a cell's change against the year before.
var changeWords = map[timeline.Change]string{
	timeline.First: "首", timeline.Same: "同", timeline.Changed: "改", timeline.Rewritten: "重写",
	timeline.New: "新", timeline.Gone: "缺", timeline.Absent: "",
}

// visibleYears is the range of years that fit in width, the cursor's
// among them.
func (v *timelineView) visibleYears(width int) (from, to int) {
	n := len(v.unit.Reports)
	fit := max((width-tlLabel(width))/(tlColW+1), 1)
	from = clamp(v.col-fit+1, 0, max(n-fit, 0))
	if v.col < from {
		from = v.col
	}
	return from, min(from+fit, n)
}

// gridLines is the open unit's grid as lines of the pane's inner width.
func (v *timelineView) gridLines(e *env) []string {
	width := max(e.lay.panes.w-2, 0)
	from, to := v.visibleYears(width)
	m, labelW := e.m, tlLabel(width)
	row := func(label string, cells func(i int) string) string {
		s := " " + m.Fit(label, labelW-1)
		for i := from; i < to; i++ {
			s += " " + m.Fit(cells(i), tlColW)
		}
		return m.Fit(s, width)
	}
	head := row("", func(i int) string {
		y := strconv.Itoa(v.unit.Reports[i].Year)
		switch {
		case i == v.col && i == v.mark:
			return ">" + y + "*"
		case i == v.col:
			return ">" + y
		case i == v.mark:
			return " " + y + "*"
		}
		return " " + y
	})
	lines := []string{e.st.Title.Render(head)}
	for _, p := range v.unit.Parts {
		lines = append(lines, row(check.Name(p.ID, check.Chinese), func(i int) string { return cellText(p.Cells[i]) }))
	}
	lines = append(lines, row("合计", func(i int) string {
		chars, figs := 0, 0
		for _, p := range v.unit.Parts {
			chars, figs = chars+p.Cells[i].Chars, figs+p.Cells[i].Figures
		}
		return " " + strconv.Itoa(chars) + "字 " + strconv.Itoa(figs) + "数"
	}))
	lines = append(lines, m.Fit("", width), e.st.Title.Render(m.Fit(" 关键数据（两年以上都有）", width)))
	switch {
	case v.figs == nil:
		lines = append(lines, m.Fit(" 正在提取数据…", width))
	case len(v.figs) == 0:
		lines = append(lines, m.Fit(" （没有）", width))
	}
	for _, r := range v.figs {
		lines = append(lines, row(r.Subject, func(i int) string { return figureCell(r, i) }))
	}
	return lines
}

// cellText is a part in one year: its change, size and figures.
func cellText(c timeline.Cell) string {
	if c.Chars == 0 && c.Change != timeline.Gone {
		return " ·"
	}
	w := changeWords[c.Change]
	if c.Change == timeline.Gone {
		return " " + w
	}
	return " " + w + " " + strconv.Itoa(c.Chars) + "字 " + strconv.Itoa(c.Figures) + "数"
}

// figureCell is a figure's value in year i as written, "·" where absent.
func figureCell(r *figures.Row, i int) string {
	if i >= len(r.Figures) || r.Figures[i] == nil {
		return " ·"
	}
	return " " + r.Figures[i].Text
}
