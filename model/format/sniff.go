package format

import (
	"bytes"
)

// Container is what Sniff can tell from a document's first bytes. The
// container still has to be opened to know the format: a zip may be a
// .docx or an .xlsx, an OLE file a Word .doc, a WPS .wps or a Works file.
type Container int

// The containers Sniff recognises.
const (
	Plain  Container = iota // text in some encoding
	Markup                  // an HTML page (also one saved as .txt)
	Zip                     // a zip archive (Office Open XML)
	OLE                     // an OLE compound file (Word 97–2003, WPS)
	PDFDoc                  // a PDF
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	pdfMagic = []byte("%PDF-")
)

// htmlStarts are the openings of an HTML page, matched without case after
// a BOM, blank space and comments.
var htmlStarts = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<meta"),
	[]byte("<body"), []byte("<title"), []byte("<?xml"), []byte("<div"), []byte("<p>"),
	[]byte("<p "), []byte("<table"), []byte("<style"), []byte("<script"), []byte("<link"),
}

// Sniff tells the container from the first bytes of b. Text that merely
// contains a few "<" (or a leftover HTML comment) stays Plain: a page is
// recognised by how it starts, or by tags making up much of its opening.
func Sniff(b []byte) Container {
	switch {
	case bytes.HasPrefix(b, zipMagic):
		return Zip
	case bytes.HasPrefix(b, oleMagic):
		return OLE
	case bytes.HasPrefix(skipSpace(b), pdfMagic):
		return PDFDoc
	}
	if looksLikeHTML(b) {
		return Markup
	}
	return Plain
}

func looksLikeHTML(b []byte) bool {
	head := b[:min(len(b), 4096)]
	rest := skipSpace(head)
	for bytes.HasPrefix(rest, []byte("<!--")) {
		end := bytes.Index(rest, []byte("-->"))
		if end < 0 {
			break
		}
		rest = skipSpace(rest[end+3:])
	}
	lower := bytes.ToLower(rest[:min(len(rest), 16)])
	for _, s := range htmlStarts {
		if bytes.HasPrefix(lower, s) {
			return true
		}
	}
	// A fragment without <html>: count tags that close or open elements a
	// page has. Leftover comments and "<U+00A0>" do not count.
	tags := 0
	for _, t := range [][]byte{[]byte("<p"), []byte("</p>"), []byte("<br"), []byte("<div"), []byte("</div>"), []byte("<span"), []byte("<td"), []byte("<tr")} {
		tags += bytes.Count(bytes.ToLower(head), t)
	}
	return tags >= 8
}

// skipSpace skips a UTF-8 BOM and ASCII blank space.
func skipSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	return bytes.TrimLeft(b, " \t\r\n\f")
}
