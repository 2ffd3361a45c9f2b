package export

import (
	"io"
	"strconv"
	"strings"
)

// WriteDocxTable writes a comparison as the two-column 对照表 officials
// prepare (A | B | 状态): one table per top-level pair with its sub-pairs,
// the header row repeating on every page, the changes marked in the runs
// (struck deletions, underlined bold insertions; not revisions), runs of
// unchanged sentences as ……N句未变 unless d.Full.
func WriteDocxTable(w io.Writer, d *Doc) error {
	var b strings.Builder
	rw := newRevisions(d.Date)
	rw.para(&b, Para{Style: Title, Pieces: []Piece{{Text: sideName(d.A) + " ↔ " + sideName(d.B) + " 对照表"}}}, "")
	sections, sentences := summaryLines(d.Summary)
	for _, l := range []string{"A：" + sideLine(d.A), "B：" + sideLine(d.B),
		"总体相似度 " + strconv.Itoa(d.Summary.Similarity) + "%。" + sections + "；" + sentences + "。"} {
		rw.para(&b, Para{Pieces: []Piece{{Text: l}}}, "TableText")
	}
	for i := 0; i < len(d.Pairs); {
		j := i + 1
		for j < len(d.Pairs) && d.Pairs[j].Depth > 0 {
			j++
		}
		tableOf(&b, d, d.Pairs[i:j])
		i = j
	}
	if d.Figures != nil {
		figuresDocxTable(&b, d)
	}
	rw.para(&b, Para{Pieces: []Piece{{Text: "由 " + generator(d.Version) + " 生成；A " + d.A.Hash + "；B " + d.B.Hash}}}, "TableText")
	return writePackage(w, docTitle(d), d.Date, b.String())
}

// sideLine names a report in full: unit, year, title and file.
func sideLine(s Side) string {
	if s.Title == "" {
		return sideName(s) + " " + s.File
	}
	return sideName(s) + "《" + s.Title + "》 " + s.File
}

// Column widths in twips: the 156 mm 版心 less a status column.
const (
	colText   = 3900
	colStatus = 1044
)

// tableOf writes the table of one top-level pair and its sub-pairs.
func tableOf(b *strings.Builder, d *Doc, pairs []Pair) {
	rw := newRevisions(d.Date)
	rw.para(b, Para{Style: H1, Pieces: []Piece{{Text: pairs[0].Title}}}, "")
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8844" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>`)
	b.WriteString(`<w:tblGrid><w:gridCol w:w="3900"/><w:gridCol w:w="3900"/><w:gridCol w:w="1044"/></w:tblGrid>`)
	b.WriteString(`<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
	cell(b, colText, 1, []Piece{{Text: "A：" + sideName(d.A)}}, `<w:b/>`)
	cell(b, colText, 1, []Piece{{Text: "B：" + sideName(d.B)}}, `<w:b/>`)
	cell(b, colStatus, 1, []Piece{{Text: "状态"}}, `<w:b/>`)
	b.WriteString(`</w:tr>`)
	for k := range pairs {
		p := &pairs[k]
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		ha, hb := []Piece{{Text: p.HeadingA}}, []Piece{{Text: p.HeadingB}}
		if p.Heading != nil {
			ha, hb = sideOfPieces(p.Heading, Del), sideOfPieces(p.Heading, Ins)
		}
		cell(b, colText, 1, ha, `<w:b/>`)
		cell(b, colText, 1, hb, `<w:b/>`)
		cell(b, colStatus, 1, []Piece{{Text: pairStatus(p)}}, `<w:b/>`)
		b.WriteString(`</w:tr>`)
		for _, r := range p.Rows {
			tableRow(b, d, r)
		}
	}
	b.WriteString(`</w:tbl>`)
}

// sideOfPieces is one side of a line's change: A's pieces (keep Del) or
// B's (keep Ins).
func sideOfPieces(ps []Piece, keep Mark) []Piece {
	var out []Piece
	for _, p := range ps {
		if p.Mark == Plain || p.Mark == keep {
			out = append(out, p)
		}
	}
	return out
}

func tableRow(b *strings.Builder, d *Doc, r Row) {
	b.WriteString(`<w:tr>`)
	switch {
	case r.Kind == RowSame && !d.Full:
		cell(b, 2*colText, 2, []Piece{{Text: sameCount(r.Same)}}, "")
	case r.Kind == RowSame:
		cell(b, colText, 1, []Piece{{Text: strings.Join(r.SameA, "")}}, "")
		cell(b, colText, 1, []Piece{{Text: strings.Join(r.SameB, "")}}, "")
	default:
		cell(b, colText, 1, r.Left, "")
		cell(b, colText, 1, r.Right, "")
	}
	cell(b, colStatus, 1, []Piece{{Text: rowStatus(r)}}, "")
	b.WriteString(`</w:tr>`)
}

// rowStatus is the 状态 of a row.
func rowStatus(r Row) string {
	var s string
	switch {
	case r.Kind == RowSame:
		s = "未变"
	case r.Kind == RowChange:
		s = "修改"
	case len(r.Left) > 0 && len(r.Right) > 0:
		s = "删除、新增"
	case len(r.Left) > 0:
		s = "删除"
	default:
		s = "新增"
	}
	if r.Moved {
		s += "（移动）"
	}
	return s
}

// runProps are the run properties of a mark in the table: struck, or
// underlined and bold; the colours only help on screen.
func runProps(p Piece) string {
	var s string
	switch p.Mark {
	case Del:
		s = `<w:strike/><w:color w:val="A00000"/>`
	case Ins:
		s = `<w:b/><w:color w:val="0040A0"/><w:u w:val="single"/>`
	}
	if p.Shared && p.Mark != Ins {
		s += `<w:u w:val="dotted"/>`
	}
	return s
}

// cell writes a table cell of one paragraph; extra is run properties for
// every run (a header's bold).
func cell(b *strings.Builder, width, span int, ps []Piece, extra string) {
	b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>`)
	if span > 1 {
		b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
	}
	b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>`)
	for _, p := range ps {
		rpr := runProps(p)
		if extra != "" && !strings.Contains(rpr, extra) {
			rpr = extra + rpr
		}
		writeRun(b, p.Text, rpr, "w:t")
	}
	b.WriteString(`</w:p></w:tc>`)
}

// figuresDocxTable writes the figures table: 指标 | 单位 | A | B | 变化 | 变化率,
// its header row repeating.
func figuresDocxTable(b *strings.Builder, d *Doc) {
	newRevisions(d.Date).para(b, Para{Style: H1, Pieces: []Piece{{Text: "指标对照"}}}, "")
	widths := []int{2844, 800, 1500, 1500, 1200, 1000}
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8844" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, head bool) {
		b.WriteString(`<w:tr>`)
		extra := ""
		if head {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
			extra = `<w:b/>`
		}
		for i, c := range cells {
			cell(b, widths[i], 1, []Piece{{Text: c}}, extra)
		}
		b.WriteString(`</w:tr>`)
	}
	row([]string{"指标", "单位", "A：" + sideName(d.A), "B：" + sideName(d.B), "变化", "变化率"}, true)
	for _, r := range d.Figures.Rows {
		row([]string{r.Subject, r.Unit, r.A, r.B, r.Change, r.Percent}, false)
	}
	b.WriteString(`</w:tbl>`)
}
