package format

import (
	"bytes"
	"errors"
	"fmt"
)

// Format names a document format. The values are the ones JSON shows.
type Format string

// The formats baogao reads.
const (
	Text Format = "txt"
	MD   Format = "md"
	HTML Format = "html"
	DOCX Format = "docx"
	DOC  Format = "doc"
	WPS  Format = "wps"
	PDF  Format = "pdf"
)

// CellSep joins the cells of a table row into one paragraph.
const CellSep = " | "

// MaxText caps the text extracted from one document, in bytes of UTF-8.
// Reports are tens of kilobytes; a document that expands past this is a
// bomb or not a report.
const MaxText = 64 << 20

// MaxZipRatio caps how much a zip entry may expand over its compressed
// size. Real .docx parts compress 5–20×.
const MaxZipRatio = 200

// ErrTooMuchText is returned when extraction passes MaxText.
var ErrTooMuchText = fmt.Errorf("document expands past %d MB of text", MaxText>>20)

// ErrCorrupt wraps the reason a document could not be read.
var ErrCorrupt = errors.New("corrupt document")

// Document is the text of one document with what it says about itself.
type Document struct {
	Format Format
	Paras  []Para
	Meta   Meta
}

// Para is one paragraph in reading order.
type Para struct {
	Text string
	// Level is the outline level the document declares for this paragraph
	// (1 for Heading 1 or <h1>…), 0 for body text. It is a hint: the
	// parser still reads levels from numbering markers first.
	Level int
}

// Meta is what a document says about itself outside its body text. Empty
// fields are unknown. Dates are YYYY-MM-DD.
type Meta struct {
	Title     string // <title>, ArticleTitle, docProps title, PDF Title
	Published string // 发布时间 / 发布日期 / PubDate
	Source    string // 来源 / ContentSource
	Issuer    string // 发文机关
	Index     string // 索引号
	Written   string // 成文日期
	Author    string // docProps creator, PDF Author (informational)
}

// Text joins the paragraphs, one per line.
func (d *Document) Text() string {
	n := 0
	for _, p := range d.Paras {
		n += len(p.Text) + 1
	}
	var b bytes.Buffer
	b.Grow(n)
	for _, p := range d.Paras {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
