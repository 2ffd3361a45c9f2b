package export

import (
	"io"
	"strconv"
	"strings"
	"time"
)

// WriteDocx writes d's running text as a .docx: for a comparison, B's text
// with A's deletions and B's insertions as tracked revisions (w:del, w:ins,
// author baogao, d.Date), so that 接受所有修订 gives B and 拒绝所有修订 gives
// A; for a report, its text. Headings have the Heading 1/2/3 styles, whose
// outline levels give WPS's and Word's navigation pane.
func WriteDocx(w io.Writer, d *Doc) error {
	rw := newRevisions(d.Date)
	var b strings.Builder
	for _, p := range d.Text {
		rw.para(&b, p, "")
	}
	return writePackage(w, docTitle(d), d.Date, b.String())
}

// docTitle is the document's title for the core properties.
func docTitle(d *Doc) string {
	if d.Kind == KindReport {
		return orID(d.A.Title, d.A.ID)
	}
	return orID(d.A.Title, d.A.ID) + " ↔ " + orID(d.B.Title, d.B.ID) + " 对照"
}

func orID(title, id string) string {
	if title == "" {
		return id
	}
	return title
}

// revisions numbers the tracked revisions of one document.
type revisions struct {
	next int
	attr string // w:author and w:date
}

func newRevisions(date time.Time) *revisions {
	return &revisions{attr: ` w:author="baogao" w:date="` + date.UTC().Format("2006-01-02T15:04:05Z") + `"`}
}

// mark is the opening of a revision element: <w:ins w:id=… …>.
func (rw *revisions) mark(name string, closed bool) string {
	rw.next++
	end := ">"
	if closed {
		end = "/>"
	}
	return "<w:" + name + ` w:id="` + strconv.Itoa(rw.next) + `"` + rw.attr + end
}

// para writes one paragraph; pStyle overrides the style's (table cells).
func (rw *revisions) para(b *strings.Builder, p Para, pStyle string) {
	b.WriteString("<w:p>")
	style := pStyle
	if id, ok := styleIDs[p.Style]; ok {
		style = id
	}
	if style != "" || p.Mark != Plain {
		b.WriteString("<w:pPr>")
		if style != "" {
			b.WriteString(`<w:pStyle w:val="` + style + `"/>`)
		}
		switch p.Mark {
		case Del:
			b.WriteString("<w:rPr>" + rw.mark("del", true) + "</w:rPr>")
		case Ins:
			b.WriteString("<w:rPr>" + rw.mark("ins", true) + "</w:rPr>")
		}
		b.WriteString("</w:pPr>")
	}
	for _, pc := range p.Pieces {
		rw.run(b, pc, "")
	}
	b.WriteString("</w:p>")
}

// run writes a piece as a run, inside w:del or w:ins when it is marked;
// rPr is extra run properties.
func (rw *revisions) run(b *strings.Builder, pc Piece, rPr string) {
	switch pc.Mark {
	case Del:
		b.WriteString(rw.mark("del", false))
		writeRun(b, pc.Text, rPr, "w:delText")
		b.WriteString("</w:del>")
	case Ins:
		b.WriteString(rw.mark("ins", false))
		writeRun(b, pc.Text, rPr, "w:t")
		b.WriteString("</w:ins>")
	default:
		writeRun(b, pc.Text, rPr, "w:t")
	}
}

// writeRun writes text as a run of text elements (tag w:t or w:delText),
// tabs as w:tab.
func writeRun(b *strings.Builder, text, rPr, tag string) {
	b.WriteString("<w:r>")
	if rPr != "" {
		b.WriteString("<w:rPr>" + rPr + "</w:rPr>")
	}
	for i, part := range strings.Split(clean(text), "\t") {
		if i > 0 {
			b.WriteString("<w:tab/>")
		}
		if part != "" {
			b.WriteString("<" + tag + ` xml:space="preserve">` + xmlText.Replace(part) + "</" + tag + ">")
		}
	}
	b.WriteString("</w:r>")
}
