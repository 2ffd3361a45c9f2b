package main

// baogao timeline: the reports grouped by unit, a unit's years side by
// side (model/timeline).

import (
	"fmt"
	"io"
	"strconv"

	"baogao/model/check"
	"baogao/model/timeline"
)

// cmdTimeline prints each unit with its years, and for a unit of several
// years a grid: the mandated parts as rows, the years as columns.
func cmdTimeline(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("baogao timeline", "[--json] [PATH...]\n\n"+
		"Reports are grouped by unit (district, city, province, department); with no PATH, the samples.", stderr)
	asJSON := jsonFlag(fs)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	reports, failed := loadReports(fs.Args(), stdin, stderr)
	tl := timeline.Build(reports)
	if *asJSON {
		writeJSON(stdout, tl)
	} else {
		writeTimeline(stdout, tl, len(reports), reviewLang())
	}
	return exitCode(failed)
}

// changeMarks are the marks of a cell's change from the year before.
var changeMarks = map[timeline.Change]string{
	timeline.First: "", timeline.Same: "=", timeline.Changed: "~", timeline.Rewritten: "#",
	timeline.New: "+", timeline.Gone: "-", timeline.Absent: "",
}

func writeTimeline(w io.Writer, tl *timeline.Timeline, loaded int, lang check.Lang) {
	placed, several := 0, 0
	for _, u := range tl.Units {
		placed += len(u.Reports)
		if len(u.Reports) > 1 {
			several++
		}
	}
	fmt.Fprintln(w, tr(lang,
		fmt.Sprintf("%d个单位（%d个有多个年度），%d份报告", len(tl.Units), several, placed),
		fmt.Sprintf("%d units (%d with several years), %d reports", len(tl.Units), several, placed)))
	if left := loaded - placed; left > 0 {
		fmt.Fprintln(w, tr(lang, fmt.Sprintf("%d份报告未写明单位或年度，未列入", left),
			fmt.Sprintf("%d reports name no unit or year and are left out", left)))
	}
	if several > 0 {
		fmt.Fprintln(w, tr(lang, "格内：字数/数据个数；与上一年度相比：= 基本相同 ~ 有修改 # 大幅改写 + 新增 - 缺失",
			"cells: characters/figures; against the year before: = same ~ changed # rewritten + new - gone"))
	}
	for _, u := range tl.Units {
		name := u.Name
		if u.City != "" && u.City != u.Name {
			name = u.City + " " + u.Name
		}
		fmt.Fprintf(w, "\n%s\n", name)
		if len(u.Parts) == 0 {
			for _, ref := range u.Reports {
				fmt.Fprintf(w, "  %d  %s\n", ref.Year, ref.ID)
			}
			continue
		}
		head := []string{""}
		ids := []string{""}
		for _, ref := range u.Reports {
			head = append(head, strconv.Itoa(ref.Year))
			ids = append(ids, ref.ID)
		}
		rows := [][]string{head, ids}
		for _, p := range u.Parts {
			row := []string{check.Name(p.ID, lang)}
			for _, c := range p.Cells {
				row = append(row, timelineCell(c))
			}
			rows = append(rows, row)
		}
		indented(w, rows)
	}
}

// timelineCell is a part in one year: characters/figures and the mark of
// its change; "-" when the part is missing.
func timelineCell(c timeline.Cell) string {
	mark := changeMarks[c.Change]
	if c.Chars == 0 {
		if mark == "" {
			return "·"
		}
		return mark
	}
	s := fmt.Sprintf("%d/%d", c.Chars, c.Figures)
	if mark != "" {
		s += " " + mark
	}
	return s
}

// indented writes columns two spaces in.
func indented(w io.Writer, rows [][]string) {
	for i := range rows {
		rows[i] = append([]string{""}, rows[i]...)
	}
	writeColumns(w, rows, nil)
}
