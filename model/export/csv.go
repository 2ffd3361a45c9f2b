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
		line := make([]string, len(rec))
		for i, c := range rec {
			line[i] = c.text
			if !c.number {
				line[i] = csvText(c.text)
			}
		}
		cw.Write(line)
	}
	cw.Flush()
	return cw.Error()
}

// figureCell is one cell of the figures table: text, or a number.
type figureCell struct {
	text   string
	number bool
}

func textCells(ss ...string) []figureCell {
	out := make([]figureCell, len(ss))
	for i, s := range ss {
		out[i] = figureCell{text: s}
	}
	return out
}

// figureRecords is the table as rows of cells, the header first (CSV and
// XLSX write the same cells).
func figureRecords(t *figures.Table) [][]figureCell {
	refs := []figures.ReportRef{{ID: "A"}, {ID: "B"}}
	if t != nil && len(t.Reports) > 0 {
		refs = t.Reports
	}
	head := textCells("指标", "单位")
	for _, r := range refs {
		n := refName(r)
		head = append(head, textCells(n+"（原文）", n+"（数值）", n+"章节")...)
	}
	out := [][]figureCell{append(head, textCells("变化", "变化率（%）")...)}
	if t == nil {
		return out
	}
	for _, r := range t.Rows {
		rec := textCells(r.Subject, r.Unit)
		for i := range refs {
			var f *figures.Figure
			if i < len(r.Figures) {
				f = r.Figures[i]
			}
			if f == nil {
				rec = append(rec, textCells("", "", "")...)
				continue
			}
			rec = append(rec, figureCell{text: f.Text}, numberCell(&f.Value), figureCell{text: f.Section})
		}
		out = append(out, append(rec, numberCell(r.Change), numberCell(r.Percent)))
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

// numberCell is a number's cell, empty when there is none.
func numberCell(v *float64) figureCell {
	if v == nil {
		return figureCell{}
	}
	return figureCell{text: strconv.FormatFloat(*v, 'f', -1, 64), number: true}
}
