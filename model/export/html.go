package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// WriteHTML writes d as one self-contained HTML file: UTF-8 declared, no
// scripts, no external fonts, images or styles (its Content-Security-Policy
// forbids them all, so even a file edited later cannot fetch anything),
// every piece of report text escaped. A comparison has the two reports,
// the summary, a legend, a contents list and one table per pair, its
// header row repeating on every printed page; a report has its outline and
// text.
func WriteHTML(w io.Writer, d *Doc) error {
	hw := &htmlWriter{w: bufio.NewWriterSize(w, 64<<10)}
	title := docTitle(d)
	hw.raw(`<!DOCTYPE html>` + "\n" + `<html lang="zh-CN"><head><meta charset="utf-8">` + "\n")
	hw.raw(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` + "\n")
	hw.raw(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	hw.raw(`<meta name="generator" content="` + escapeXML(generator(d.Version)) + `">` + "\n")
	hw.raw(`<title>` + escapeXML(title) + `</title>` + "\n<style>" + htmlCSS + "</style></head>\n<body>\n")
	if d.Kind == KindReport {
		hw.report(d)
	} else {
		hw.comparison(d)
	}
	hw.footer(d)
	hw.raw("</body></html>\n")
	return hw.w.Flush()
}

// htmlWriter writes HTML; write errors surface at Flush.
type htmlWriter struct{ w *bufio.Writer }

func (hw *htmlWriter) raw(s string) { hw.w.WriteString(s) }

// text writes report text escaped.
func (hw *htmlWriter) text(s string) { hw.w.WriteString(escapeXML(s)) }

// pieces writes marked text: deletions in <del>, insertions in <ins>,
// shared phrases in a span.
func (hw *htmlWriter) pieces(ps []Piece) {
	for _, p := range ps {
		open, end := "", ""
		switch p.Mark {
		case Del:
			open, end = "<del>", "</del>"
		case Ins:
			open, end = "<ins>", "</ins>"
		}
		if p.Shared {
			open, end = open+`<span class="shared">`, "</span>"+end
		}
		hw.raw(open)
		hw.text(p.Text)
		hw.raw(end)
	}
}

func (hw *htmlWriter) comparison(d *Doc) {
	hw.raw(`<header><h1 class="doc-title">`)
	hw.text(sideName(d.A) + " ↔ " + sideName(d.B) + " 对照表")
	hw.raw("</h1>\n")
	hw.sides(d)
	hw.raw("</header>\n")
	hw.summary(d)
	hw.legend()
	hw.contents(d)
	hw.raw("<main>\n")
	for i := range d.Pairs {
		hw.pair(d, &d.Pairs[i])
	}
	if d.Figures != nil {
		hw.figures(d)
	}
	hw.raw("</main>\n")
}

// sides names A and B: unit, year, title and file.
func (hw *htmlWriter) sides(d *Doc) {
	hw.raw(`<table class="meta"><thead><tr><th></th><th>单位</th><th>年度</th><th>标题</th><th>文件</th></tr></thead><tbody>` + "\n")
	for _, s := range []struct {
		name string
		side Side
	}{{"A", d.A}, {"B", d.B}} {
		year := ""
		if s.side.Year != 0 {
			year = strconv.Itoa(s.side.Year)
		}
		hw.raw("<tr><th>" + s.name + "</th><td>")
		hw.text(s.side.Unit)
		hw.raw("</td><td>" + year + "</td><td>")
		hw.text(s.side.Title)
		hw.raw("</td><td>")
		hw.text(s.side.File)
		hw.raw("</td></tr>\n")
	}
	hw.raw("</tbody></table>\n")
	hw.change("标题", d.Title)
	hw.change("落款", d.Signature)
}

// change writes a changed line (the title, the 落款) with its marks.
func (hw *htmlWriter) change(what string, ps []Piece) {
	if ps == nil {
		return
	}
	hw.raw(`<p class="status">` + what + "：")
	hw.pieces(ps)
	hw.raw("</p>\n")
}

func (hw *htmlWriter) summary(d *Doc) {
	sections, sentences := summaryLines(d.Summary)
	hw.raw(`<section class="summary"><h2>概况</h2>` + "\n")
	hw.raw("<p>总体相似度 " + strconv.Itoa(d.Summary.Similarity) + "%</p>\n")
	hw.raw("<p>" + sections + "</p>\n<p>" + sentences + "</p>\n</section>\n")
}

func (hw *htmlWriter) legend() {
	hw.raw(`<section class="legend"><h2>图例</h2>` + "\n" +
		`<p><del>删除线</del>：A有、B删去的文字；<ins>下划线加粗</ins>：B新增的文字；` +
		`<span class="shared">点状下划线</span>：平行章节中双方共有的词句。` +
		`状态：相同、修改（附相似度）、平行（两地同题，分栏并读）、仅A有、仅B有；位置移动、手动配对另注。` +
		"“……N句未变”为略去的未变句子。</p>\n</section>\n")
}

// contents lists the pairs, indented by depth, each linking to its
// table.
func (hw *htmlWriter) contents(d *Doc) {
	hw.raw(`<nav class="contents"><h2>目录</h2>` + "\n<ol>\n")
	for i := range d.Pairs {
		p := &d.Pairs[i]
		hw.raw(`<li class="toc-` + strconv.Itoa(min(p.Depth, 2)+1) + `"><a href="#p` + strconv.Itoa(i) + `">`)
		hw.text(p.Title)
		hw.raw("</a>（" + escapeXML(pairStatus(p)) + "）</li>\n")
	}
	hw.raw("</ol>\n</nav>\n")
}

// pair writes a pair's heading, status and table.
func (hw *htmlWriter) pair(d *Doc, p *Pair) {
	tag := "h" + strconv.Itoa(min(p.Depth, 2)+2)
	hw.raw(`<section class="pair" id="p` + strconv.Itoa(p.Index) + `"><` + tag + ">")
	hw.text(p.Title)
	hw.raw("</" + tag + ">\n" + `<p class="status">` + escapeXML(pairStatus(p)) + "</p>\n")
	hw.change("标题修改", p.Heading)
	if len(p.Rows) > 0 {
		hw.raw(`<table class="pair"><thead><tr><th>A：`)
		hw.text(sideName(d.A) + " " + p.HeadingA)
		hw.raw("</th><th>B：")
		hw.text(sideName(d.B) + " " + p.HeadingB)
		hw.raw("</th></tr></thead>\n<tbody>\n")
		for _, r := range p.Rows {
			hw.row(d, r)
		}
		hw.raw("</tbody></table>\n")
	}
	hw.raw("</section>\n")
}

func (hw *htmlWriter) row(d *Doc, r Row) {
	if r.Kind == RowSame && !d.Full {
		hw.raw(`<tr><td class="same" colspan="2">` + sameCount(r.Same) + "</td></tr>\n")
		return
	}
	if r.Kind == RowSame {
		hw.raw("<tr><td>")
		hw.text(strings.Join(r.SameA, ""))
		hw.raw("</td><td>")
		hw.text(strings.Join(r.SameB, ""))
		hw.raw("</td></tr>\n")
		return
	}
	hw.raw("<tr><td>")
	hw.pieces(r.Left)
	hw.raw("</td><td>")
	hw.pieces(r.Right)
	if r.Moved {
		hw.raw(`<p class="status">（含移动的句子）</p>`)
	}
	hw.raw("</td></tr>\n")
}

// figures writes the figures table.
func (hw *htmlWriter) figures(d *Doc) {
	hw.raw(`<section class="figures" id="figures"><h2>指标对照</h2>` + "\n")
	hw.raw(`<table><thead><tr><th>指标</th><th>单位</th><th>A：` + escapeXML(sideName(d.A)) + `</th><th>B：` +
		escapeXML(sideName(d.B)) + `</th><th>变化</th><th>变化率</th></tr></thead>` + "\n<tbody>\n")
	for _, r := range d.Figures.Rows {
		hw.raw("<tr>")
		for i, c := range []string{r.Subject, r.Unit, r.A, r.B, r.Change, r.Percent} {
			if i >= 4 {
				hw.raw(`<td class="num">`)
			} else {
				hw.raw("<td>")
			}
			hw.text(c)
			hw.raw("</td>")
		}
		hw.raw("</tr>\n")
	}
	hw.raw("</tbody></table>\n</section>\n")
}

// footer gives the inputs' hashes, baogao's version and the date.
func (hw *htmlWriter) footer(d *Doc) {
	hw.raw("<footer>\n<p>A：")
	hw.text(d.A.File + "  " + d.A.Hash)
	hw.raw("</p>\n")
	if d.Kind == KindComparison {
		hw.raw("<p>B：")
		hw.text(d.B.File + "  " + d.B.Hash)
		hw.raw("</p>\n")
	}
	hw.raw("<p>由 " + escapeXML(generator(d.Version)) + " 生成，" + d.Date.UTC().Format("2006-01-02 15:04 UTC") + "</p>\n</footer>\n")
}
