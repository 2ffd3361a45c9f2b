package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"baogao/model/figures"
)

// WriteFiguresCSV writes a figures table (of two reports or more, as
// figures.Correspond makes it) as CSV that Excel on a Chinese Windows
// opens as it is: UTF-8 with a byte-order mark (without one Excel reads
// GBK), CRLF line ends, a header row. Each report has three columns: the
// figure as written, its value (a plain number in the base unit) and its
// section; then the change from the first report to the last that has it,
// and that change in per cent. Text that a spreadsheet would take for a
// formula (=, +, -, @ first) is kept as text with a leading apostrophe. A
// nil table writes the header of two unnamed reports.
func WriteFiguresCSV(w io.Writer, t *figures.Table) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	for _, rec := range figureRecords(t) {
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// figureRecords is the table as rows of cells, the header first (CSV and
// XLSX write the same cells).
func figureRecords(t *figures.Table) [][]string {
	refs := []figures.ReportRef{{ID: "A"}, {ID: "B"}}
	if t != nil && len(t.Reports) > 0 {
		refs = t.Reports
	}
	head := []string{"指标", "单位"}
	for _, r := range refs {
		n := refName(r)
		head = append(head, n+"（原文）", n+"（数值）", n+"章节")
	}
	out := [][]string{append(head, "变化", "变化率（%）")}
	if t == nil {
		return out
	}
	for _, r := range t.Rows {
		rec := []string{csvText(r.Subject), csvText(r.Unit)}
		for i := range refs {
			var f *figures.Figure
			if i < len(r.Figures) {
				f = r.Figures[i]
			}
			if f == nil {
				rec = append(rec, "", "", "")
				continue
			}
			rec = append(rec, csvText(f.Text), number(&f.Value), csvText(f.Section))
		}
		out = append(out, append(rec, number(r.Change), number(r.Percent)))
	}
	return out
}

// refName names a report's columns: unit and year, or its ID.
func refName(r figures.ReportRef) string {
	return sideName(Side{ID: r.ID, Unit: r.Unit, Year: r.Year})
}

// csvText is report text for a cell: cleaned, and kept from being read as
// a formula.
func csvText(s string) string {
	s = clean(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func number(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
