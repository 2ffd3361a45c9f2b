package export

import (
	"bufio"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// WriteMarkdown writes d as Markdown for wikis: a comparison as a table
// per pair (A | B), deletions as ~~…~~ and insertions as **…**; a report
// as headings and paragraphs. Report text is escaped: Markdown's marks
// and HTML's < and & are backslashed or made entities, and pipes are \|
// so that they stay inside their cell.
func WriteMarkdown(w io.Writer, d *Doc) error {
	mw := &mdWriter{w: bufio.NewWriterSize(w, 64<<10)}
	if d.Kind == KindReport {
		mw.report(d)
	} else {
		mw.comparison(d)
	}
	mw.line("")
	mw.line("---")
	mw.line("")
	mw.line("A：" + mdEscape(d.A.File+" "+d.A.Hash) + "  ")
	if d.Kind == KindComparison {
		mw.line("B：" + mdEscape(d.B.File+" "+d.B.Hash) + "  ")
	}
	mw.line("由 " + mdEscape(generator(d.Version)) + " 生成，" + d.Date.UTC().Format("2006-01-02 15:04 UTC"))
	return mw.w.Flush()
}

type mdWriter struct{ w *bufio.Writer }

func (mw *mdWriter) line(s string) { mw.w.WriteString(s + "\n") }

// mdSpecial are the characters that start Markdown marks (or HTML) and are
// backslashed in text.
var mdSpecial = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "~", `\~`, "[", `\[`, "]", `\]`,
	"#", `\#`, "|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;", "!", `\!`, "\t", " ")

// mdEscape is text made safe in a paragraph or a table cell.
func mdEscape(s string) string { return mdSpecial.Replace(clean(s)) }

// mdPieces writes marked text; a mark's spaces go outside it, since
// ** text** is no emphasis.
func mdPieces(ps []Piece) string {
	var b strings.Builder
	for _, p := range ps {
		text := mdEscape(p.Text)
		mark := ""
		switch p.Mark {
		case Del:
			mark = "~~"
		case Ins:
			mark = "**"
		}
		core := strings.TrimSpace(text)
		if mark == "" || core == "" {
			b.WriteString(text)
			continue
		}
		lead := text[:strings.Index(text, core)]
		b.WriteString(lead + mark + core + mark + text[len(lead)+len(core):])
	}
	return b.String()
}

func (mw *mdWriter) comparison(d *Doc) {
	mw.line("# " + mdEscape(sideName(d.A)+" ↔ "+sideName(d.B)+" 对照表"))
	mw.line("")
	mw.line("- A：" + mdEscape(sideLine(d.A)))
	mw.line("- B：" + mdEscape(sideLine(d.B)))
	if d.Title != nil {
		mw.line("- 标题：" + mdPieces(d.Title))
	}
	if d.Signature != nil {
		mw.line("- 落款：" + mdPieces(d.Signature))
	}
	sections, sentences := summaryLines(d.Summary)
	mw.line("- 总体相似度 " + strconv.Itoa(d.Summary.Similarity) + "%；" + sections + "；" + sentences)
	mw.line("- 图例：~~删除~~ A有、B删去；**新增** B新增；“……N句未变”为略去的未变句子")
	for i := range d.Pairs {
		mw.pair(d, &d.Pairs[i])
	}
	if d.Figures != nil {
		mw.line("")
		mw.line("## 指标对照")
		mw.line("")
		mw.line("| 指标 | 单位 | A | B | 变化 | 变化率 |")
		mw.line("| --- | --- | --- | --- | ---: | ---: |")
		for _, r := range d.Figures.Rows {
			mw.line("| " + strings.Join([]string{mdEscape(r.Subject), mdEscape(r.Unit), mdEscape(r.A), mdEscape(r.B),
				mdEscape(r.Change), mdEscape(r.Percent)}, " | ") + " |")
		}
	}
}

func (mw *mdWriter) pair(d *Doc, p *Pair) {
	mw.line("")
	mw.line(strings.Repeat("#", min(p.Depth, 2)+2) + " " + mdEscape(p.Title))
	mw.line("")
	mw.line("状态：" + mdEscape(pairStatus(p)))
	if p.Heading != nil {
		mw.line("")
		mw.line("标题修改：" + mdPieces(p.Heading))
	}
	if len(p.Rows) == 0 {
		return
	}
	mw.line("")
	mw.line("| A：" + mdEscape(p.HeadingA) + " | B：" + mdEscape(p.HeadingB) + " |")
	mw.line("| --- | --- |")
	for _, r := range p.Rows {
		switch {
		case r.Kind == RowSame && !d.Full:
			mw.line("| " + sameCount(r.Same) + " | |")
		case r.Kind == RowSame:
			mw.line("| " + mdEscape(strings.Join(r.SameA, "")) + " | " + mdEscape(strings.Join(r.SameB, "")) + " |")
		default:
			mw.line("| " + mdPieces(r.Left) + " | " + mdPieces(r.Right) + " |")
		}
	}
}

func (mw *mdWriter) report(d *Doc) {
	for _, p := range d.Text {
		prefix := ""
		switch p.Style {
		case Title:
			prefix = "# "
		case H1, H2, H3:
			prefix = strings.Repeat("#", int(p.Style-H1)+2) + " "
		}
		mw.line(prefix + mdBlockStart(mdPieces(p.Pieces)))
		mw.line("")
	}
}

// listStart matches what would start a list or a setext underline at the
// start of a paragraph: "1. ", "2) ", "- ", "+ ", "=".
var listStart = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([0-9]+)([.)])( |$)|^([-+=])`) })

// mdBlockStart escapes the start of a paragraph that Markdown would read as
// a list item or a heading underline: 1. 依法决策 stays a paragraph.
func mdBlockStart(s string) string {
	m := listStart().FindStringSubmatchIndex(s)
	switch {
	case m == nil:
		return s
	case m[2] >= 0: // 1. → 1\.
		return s[:m[3]] + `\` + s[m[3]:]
	}
	return `\` + s
}
