package main

// baogao figures: the key figures of one report, or the table of the
// figures of several (model/figures): before, after, change and percent
// for two, one column per year for one unit's years.

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"baogao/model"
	"baogao/model/check"
	"baogao/model/figures"
	"baogao/model/i18n"
)

// cmdFigures prints the figures of one REPORT, or the correspondence
// table of two or more.
func cmdFigures(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao figures", "[--json|--csv] [--in PATH]... REPORT...\n\n"+reviewUsage+"\n"+
		"One report: its figures. Two or more: the figures that correspond (same subject and unit in aligned sections),\n"+
		"with the change from the first to the last; one unit's reports are put in year order.", stderr)
	asJSON := jsonFlag(fs)
	asCSV := fs.Bool("csv", false, i18n.T("flag.csv"))
	in := inFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 || *asJSON && *asCSV {
		if *asJSON && *asCSV {
			fmt.Fprintln(stderr, "baogao: "+i18n.T("err.json_csv"))
		}
		fs.Usage()
		return 2
	}
	p := &picker{in: *in, stdin: stdin, stderr: stderr}
	reports, _, err := p.pickMany(fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "baogao: %v\n", err)
		return 2
	}
	lang := reviewLang()
	if len(reports) == 1 {
		r := reports[0]
		switch {
		case *asJSON:
			writeJSON(stdout, figures.ForReport(r))
		case *asCSV:
			writeFiguresCSV(stdout, r, figures.Extract(r))
		default:
			writeFigures(stdout, r, figures.Extract(r), lang)
		}
		return exitCode(p.failed)
	}
	t := figureTable(reports)
	switch {
	case *asJSON:
		writeJSON(stdout, t)
	case *asCSV:
		writeTableCSV(stdout, t)
	default:
		writeTable(stdout, t, lang)
	}
	return exitCode(p.failed)
}

// figureTable follows the figures through the reports: one unit's reports
// in year order (oldest first), others as given; consecutive reports'
// sections paired as diff aligns them.
func figureTable(reports []*model.Report) *figures.Table {
	reports = slices.Clone(reports)
	if oneUnit(reports) {
		slices.SortStableFunc(reports, func(a, b *model.Report) int { return cmp.Compare(a.Year, b.Year) })
	}
	sets := make([]figures.Set, len(reports))
	pairings := make([]figures.Pairing, len(reports)-1)
	for i, r := range reports {
		sets[i] = figures.SetOf(r)
		if i > 0 {
			pairings[i-1] = sectionPairing(reports[i-1], r)
		}
	}
	return figures.Correspond(sets, pairings)
}

// oneUnit reports whether the reports are of one district (or city) and
// of different years: a unit's years side by side.
func oneUnit(reports []*model.Report) bool {
	years := map[int]bool{}
	for _, r := range reports {
		if r.District != reports[0].District || r.City != reports[0].City || r.Year == 0 || years[r.Year] {
			return false
		}
		years[r.Year] = true
	}
	return true
}

// formatValue writes a figure's value as a number, without exponent and
// trailing zeros.
func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// readable writes a value as a Chinese reader reads it: in 亿 or 万 from
// ten thousand up when that stays exact to two decimals (208300000000 is
// 2083亿, 15627400 is 1562.74万), else as it is. JSON and CSV keep the
// plain number.
func readable(v float64) string {
	for _, s := range []struct {
		scale float64
		name  string
	}{{1e8, "亿"}, {1e4, "万"}} {
		if math.Abs(v) < s.scale {
			continue
		}
		x := v / s.scale
		if r := math.Round(x*100) / 100; math.Abs(r-x) < 1e-9*math.Abs(x) {
			return formatValue(r) + s.name
		}
	}
	return formatValue(v)
}

func valueOf(f *figures.Figure) string {
	if f.Max != 0 {
		return readable(f.Value) + "–" + readable(f.Max)
	}
	return readable(f.Value)
}

// writeFigures prints a report's figures as columns: section, subject,
// the figure as written, the value in its base unit, qualifiers.
func writeFigures(w io.Writer, r *model.Report, figs []figures.Figure, lang check.Lang) {
	fmt.Fprintf(w, "%s  %s  %s\n", r.ID, orDash(r.Title), tr(lang, fmt.Sprintf("%d个数据", len(figs)), fmt.Sprintf("%d figures", len(figs))))
	if len(figs) == 0 {
		return
	}
	rows := [][]string{{tr(lang, "章节", "SECTION"), tr(lang, "指标", "SUBJECT"), tr(lang, "原文", "AS WRITTEN"), tr(lang, "数值", "VALUE"), tr(lang, "单位", "UNIT"), tr(lang, "限定", "QUALIFIER")}}
	for i := range figs {
		f := &figs[i]
		rows = append(rows, []string{orDash(f.Section), orDash(f.Subject), f.Text, valueOf(f), f.Unit, f.Qualifier})
	}
	writeColumns(w, rows, map[int]bool{3: true})
}

// writeTable prints the correspondence table. For two reports: the
// figures in both (before, after, change, percent), then those only in A
// and only in B. For more: one column per report.
func writeTable(w io.Writer, t *figures.Table, lang check.Lang) {
	labels := make([]string, len(t.Reports))
	for i, ref := range t.Reports {
		labels[i] = refLabel(ref)
	}
	n := len(t.Reports)
	var both, onlyA, onlyB []*figures.Row
	for _, row := range t.Rows {
		switch present := row.Present(); {
		case n == 2 && len(present) == 1 && present[0] == 0:
			onlyA = append(onlyA, row)
		case n == 2 && len(present) == 1:
			onlyB = append(onlyB, row)
		default:
			both = append(both, row)
		}
	}
	changed := 0
	for _, row := range both {
		if row.Changed() {
			changed++
		}
	}
	fmt.Fprintf(w, "%s\n", strings.Join(labels, " → "))
	if n == 2 {
		fmt.Fprintln(w, tr(lang,
			fmt.Sprintf("对应%d项（变化%d项），仅%s %d项，仅%s %d项", len(both), changed, labels[0], len(onlyA), labels[1], len(onlyB)),
			fmt.Sprintf("%d figures in both (%d changed), %d only in %s, %d only in %s", len(both), changed, len(onlyA), labels[0], len(onlyB), labels[1])))
	}
	head := []string{tr(lang, "指标", "SUBJECT"), tr(lang, "单位", "UNIT")}
	head = append(head, labels...)
	head = append(head, tr(lang, "变化", "CHANGE"), tr(lang, "幅度", "PERCENT"))
	right := map[int]bool{}
	for i := 2; i < len(head); i++ {
		right[i] = true
	}
	if len(both) > 0 {
		rows := [][]string{head}
		for _, row := range both {
			rows = append(rows, tableCells(row))
		}
		writeColumns(w, rows, right)
	}
	writeOnly(w, tr(lang, "仅"+labels[0], "only in "+labels[0]), onlyA, 0, lang)
	writeOnly(w, tr(lang, "仅"+labels[n-1], "only in "+labels[n-1]), onlyB, n-1, lang)
}

// writeOnly prints the figures of one report that the other lacks:
// section, subject, unit and value.
func writeOnly(w io.Writer, title string, only []*figures.Row, col int, lang check.Lang) {
	if len(only) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", title)
	rows := [][]string{{tr(lang, "章节", "SECTION"), tr(lang, "指标", "SUBJECT"), tr(lang, "数值", "VALUE"), tr(lang, "单位", "UNIT")}}
	for _, row := range only {
		f := row.Figures[col]
		rows = append(rows, []string{orDash(f.Section), orDash(row.Subject), valueOf(f), row.Unit})
	}
	writeColumns(w, rows, map[int]bool{2: true})
}

// tableCells is a row as printed: subject, unit, a value per report (- for
// none), change and percent (empty when not computed).
func tableCells(row *figures.Row) []string {
	cells := []string{orDash(row.Subject), row.Unit}
	for _, f := range row.Figures {
		if f == nil {
			cells = append(cells, "-")
		} else {
			cells = append(cells, valueOf(f))
		}
	}
	change, percent := "", ""
	if row.Change != nil {
		change = signed(*row.Change)
	}
	if row.Percent != nil {
		percent = signed(*row.Percent) + "%"
	}
	return append(cells, change, percent)
}

func signed(v float64) string {
	if v > 0 {
		return "+" + readable(v)
	}
	return readable(v)
}

// refLabel names a report in a table: its unit and year, else its ID.
func refLabel(ref figures.ReportRef) string {
	if ref.Unit != "" && ref.Year != 0 {
		return ref.Unit + strconv.Itoa(ref.Year)
	}
	return ref.ID
}

// newCSV starts a CSV for Excel on Chinese Windows: a UTF-8 byte order
// mark (without it Excel reads the bytes as GBK) and CRLF line ends.
func newCSV(w io.Writer) *csv.Writer {
	io.WriteString(w, "\uFEFF")
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw
}

// cell is text for a CSV cell: a cell that starts as a formula would
// (= + - @, tab, CR) gets a leading ' so that a spreadsheet shows it as
// text instead of computing it.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func writeFiguresCSV(w io.Writer, r *model.Report, figs []figures.Figure) {
	cw := newCSV(w)
	cw.Write([]string{"id", "section", "subject", "value", "max", "unit", "qualifier", "text", "sentence"})
	for i := range figs {
		f := &figs[i]
		hi := ""
		if f.Max != 0 {
			hi = formatValue(f.Max)
		}
		cw.Write([]string{cell(r.ID), f.Section, cell(f.Subject), formatValue(f.Value), hi, f.Unit, cell(f.Qualifier), cell(f.Text), cell(f.Sentence)})
	}
	cw.Flush()
}

func writeTableCSV(w io.Writer, t *figures.Table) {
	cw := newCSV(w)
	head := []string{"subject", "unit"}
	for _, ref := range t.Reports {
		head = append(head, cell(refLabel(ref)))
	}
	head = append(head, "change", "percent")
	for _, ref := range t.Reports {
		head = append(head, cell("section "+refLabel(ref)))
	}
	cw.Write(head)
	for _, row := range t.Rows {
		rec := []string{cell(row.Subject), row.Unit}
		for _, v := range row.Values {
			rec = append(rec, numberOrEmpty(v))
		}
		rec = append(rec, numberOrEmpty(row.Change), numberOrEmpty(row.Percent))
		for _, s := range row.Sections {
			if s == nil {
				rec = append(rec, "")
			} else {
				rec = append(rec, *s)
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
}

func numberOrEmpty(v *float64) string {
	if v == nil {
		return ""
	}
	return formatValue(*v)
}
