// The load pipeline: bytes → text (by format) → decode → clean → parse →
// metadata → Report.
//
// Every way in goes through it: LoadPaths and LoadFS for the app and the
// CLI, and package search, whose file search runs the same steps (Inputs,
// ReadText, Text.Tree) and only skips or shortens them where it can prove
// from the bytes what they would give (model/search/paths.go).
//
// The seam for document formats is the formats table: one entry per format,
// naming the extensions a folder walk takes and the function that turns a
// file's bytes into Text: plain text and Markdown, both decoded by Decode
// (Markdown's marks are removed by cleaning, which every text goes
// through), and the documents of model/format/{html,docx,doc,pdf}, whose
// entries extract the document (documents.go) and return its Text(); what
// the document says about itself (format.Meta) joins Text for the metadata
// stage. Which entry reads a file is told by its content (format.Sniff);
// extensions only choose what a folder walk takes, and txt from md.
// A file named directly whose extension no entry claims is read as plain
// text; one that decodes as binary and is named like an office document is
// refused with a hint to save it as text.

package model

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"baogao/model/format"
	"baogao/model/format/doc"
	"baogao/model/format/docx"
	"baogao/model/format/html"
	"baogao/model/format/pdf"
	"baogao/model/internal/parallel"
)

// MaxFileSize is the largest file baogao reads. Reports are tens of
// kilobytes; anything near this size is not a report.
const MaxFileSize = 256 << 20

// ErrTooLarge is returned for files over MaxFileSize.
var ErrTooLarge = fmt.Errorf("file too large (over %d MB)", MaxFileSize>>20)

// A fileFormat is one entry of the formats table.
type fileFormat struct {
	name format.Format
	exts []string // lower case, with the dot; a folder walk takes these files
	// container is what format.Sniff says of the files this entry reads:
	// a file goes to the entry its content names, whatever its extension
	// (a page saved as .txt is a page); plain text goes by extension.
	container format.Container
	// text turns the file's bytes into text; owned says b is the caller's
	// to give away, which saves copying.
	text func(b []byte, owned bool) (Text, error)
}

// formats is the table of the formats baogao reads; the first is also how
// a file named directly with an extension no entry claims is read. The
// document readers are in documents.go.
var formats = []fileFormat{
	{name: format.Text, exts: []string{".txt"}, container: format.Plain, text: decodeAs(format.Text)},
	{name: format.MD, exts: []string{".md"}, container: format.Plain, text: decodeAs(format.MD)},
	{name: format.HTML, exts: []string{".html", ".htm", ".shtml"}, container: format.Markup, text: readDocument(html.Extract)},
	{name: format.DOCX, exts: []string{".docx"}, container: format.Zip, text: readDocument(docx.Extract)},
	{name: format.DOC, exts: []string{".doc", ".wps"}, container: format.OLE, text: readDocument(doc.Extract)},
	{name: format.PDF, exts: []string{".pdf"}, container: format.PDFDoc, text: readDocument(pdf.Extract)},
}

// decodeAs is the text function of a plain-text format: Decode.
func decodeAs(name format.Format) func([]byte, bool) (Text, error) {
	return func(b []byte, owned bool) (Text, error) {
		t, err := decode(b, owned)
		t.Format = name
		return t, err
	}
}

// skipExtension is why a file in a folder that no format claims is skipped.
const skipExtension = "not a report format"

// formatOf is the entry that reads the file at p, or nil when none claims
// its extension.
func formatOf(p string) *fileFormat {
	ext := strings.ToLower(path.Ext(p))
	for i := range formats {
		for _, e := range formats[i].exts {
			if e == ext {
				return &formats[i]
			}
		}
	}
	return nil
}

// formatFor is the entry that reads b, from the file at p: the one its
// content names, else (plain text) the one its extension names, else the
// first.
func formatFor(p string, b []byte) *fileFormat {
	if c := format.Sniff(b); c != format.Plain {
		for i := range formats {
			if formats[i].container == c {
				return &formats[i]
			}
		}
	}
	if f := formatOf(p); f != nil && f.container == format.Plain {
		return f
	}
	return &formats[0]
}

// IsDocument reports whether b is a document whose bytes are not its text
// (a web page, Word, WPS or PDF file): a search must read it through
// ReadText before it can rule out a match.
func IsDocument(b []byte) bool { return format.Sniff(b) != format.Plain }

// isReportFile reports whether a file in a folder is one baogao reads.
func isReportFile(p string) bool { return formatOf(p) != nil }

// officeFile reports whether a path names a word-processor, spreadsheet or
// PDF file, which baogao cannot read yet but users will try.
func officeFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".doc", ".docx", ".wps", ".pdf", ".ofd", ".xls", ".xlsx", ".et", ".odt", ".rtf":
		return true
	}
	return false
}

// ReadText is the first stage: the file's bytes, read from source, as text
// by the file's format, within MaxFileSize. Its errors are ErrTooLarge, and
// Decode's (ErrEmpty; ErrBinary, with a hint for office documents). owned
// says b is the caller's to give away.
func ReadText(source string, b []byte, owned bool) (Text, error) {
	if len(b) > MaxFileSize {
		return Text{}, ErrTooLarge
	}
	f := formatFor(source, b)
	if f.name == format.HTML && ownExport(b) {
		return Text{}, ErrOwnExport
	}
	t, err := f.text(b, owned)
	if err != nil {
		return Text{}, hint(source, err)
	}
	return t, nil
}

// ErrOwnExport says that a file is one of baogao's own exports (the HTML
// 对照表 or a printable report), which is not read as a report.
var ErrOwnExport = errors.New("a baogao export, not a report")

// exportMark is what model/export writes into the head of every HTML file.
var exportMark = []byte(`<meta name="generator" content="baogao`)

// ownExport reports whether the web page b was written by baogao.
func ownExport(b []byte) bool { return bytes.Contains(b[:min(len(b), 2048)], exportMark) }

// hint adds to a refusal what the user can do about it: an office document
// that decodes as binary is to be saved as text first.
func hint(source string, err error) error {
	if errors.Is(err, ErrBinary) && officeFile(source) {
		return fmt.Errorf("%w: save it as .txt first", err)
	}
	return err
}

// Tree is the next stages but metadata: the text sanitized (Sanitize),
// cleaned and parsed into title, preamble and section tree. It is all a
// search through files needs, for a fraction of the cost of Report.
func (t Text) Tree(id, source string) *Report {
	r := parseTree(id, Sanitize(t.Text))
	r.Source, r.Encoding, r.Format = PrintableName(source), t.Encoding, string(t.Format)
	r.Warnings = t.Warnings()
	return r
}

// Report is the whole pipeline from the text: Tree and metadata.
func (t Text) Report(id, source string) *Report {
	r := t.Tree(id, source)
	fillMetadata(r, sanitizeMeta(mergeMeta(t.Meta, html.LabelledMeta(t.Text))))
	return r
}

// Warnings is what the report made from t warns of.
func (t Text) Warnings() []string {
	if t.Replaced == 0 {
		return nil
	}
	if t.Replaced == 1 {
		return []string{"1 invalid byte replaced"}
	}
	return []string{fmt.Sprintf("%d invalid bytes replaced", t.Replaced)}
}

// Glance is what ReadText would say of the bytes b of the file at source
// without decoding them, when it can tell: the warnings of the text and the
// error. Search calls it for files it skips unread, so that they warn and
// fail as when loaded.
func Glance(source string, b []byte) (warnings []string, err error) {
	if len(b) == 0 || decodedIsBlank(string(b[:min(len(b), 64)])) && decodedIsBlank(string(b)) {
		return nil, ErrEmpty
	}
	n, err := replacedUnread(b)
	if err != nil {
		return nil, hint(source, err)
	}
	return Text{Replaced: n}.Warnings(), nil
}

// Loaded is the outcome of loading a set of inputs.
type Loaded struct {
	Reports []*Report
	Problems
}

// LoadPaths loads files, folders (recursively, the files of the formats
// baogao reads) and "-" (standard input, read from stdin). A file named
// directly is read whatever its extension; a pipe or device named directly
// is read to its end, as stdin is. In a folder only regular files (or links
// to them) are read: anything else is skipped without being opened.
func LoadPaths(paths []string, stdin io.Reader) Loaded {
	ins, p := Inputs(paths, stdin)
	return load(ins, p)
}

// LoadFS loads every file of fsys in a format baogao reads, in lexical
// order; the embedded seeds come in this way.
func LoadFS(fsys fs.FS, prefix string) Loaded {
	ins, p := FSInputs(fsys, prefix)
	return load(ins, p)
}

// LoadBytes runs the pipeline on one file's bytes.
func LoadBytes(id, source string, b []byte) (*Report, error) {
	t, err := ReadText(source, b, false)
	if err != nil {
		return nil, err
	}
	return t.Report(id, source), nil
}

// load runs the pipeline on the inputs in parallel, one worker per CPU,
// and gives the reports and problems in input order after p's.
func load(ins []Input, p Problems) Loaded {
	type result struct {
		r   *Report
		err error
	}
	results := make([]result, len(ins))
	parallel.For(len(ins), func(i int) {
		b, err := ins[i].Read()
		var t Text
		if err == nil {
			t, err = ReadText(ins[i].Source, b, true) // b was read for this file alone
		}
		if err != nil {
			results[i].err = err
			return
		}
		results[i].r = t.Report(ins[i].ID, ins[i].Source)
	})
	out := Loaded{Problems: p}
	for i, res := range results {
		if res.err != nil {
			out.Fail(ins[i].Source, res.err)
			continue
		}
		out.Reports = append(out.Reports, res.r)
		out.Warn(ins[i].Source, res.r.Warnings)
	}
	return out
}
