package docx

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrNotWord is returned for a zip that is a package of another kind: a
// spreadsheet, a presentation, an OpenDocument or OFD file, a plain zip.
// The error says which.
var ErrNotWord = errors.New("not a Word document")

// packageKinds tell a package from the parts it has, for zips whose
// relationships do not say (or say something other than Word).
var packageKinds = []struct{ part, what string }{
	{"xl/workbook.xml", "an .xlsx spreadsheet"},
	{"ppt/presentation.xml", "a .pptx presentation"},
	{"visio/document.xml", "a Visio drawing"},
	{"ofd.xml", "an OFD document (.ofd); export it as PDF or Word"},
	{"fixeddocumentsequence.fdseq", "an XPS document"},
	{"fixeddocseq.fdseq", "an OpenXPS document"},
}

// contentKinds tell a package from its main part's content type.
var contentKinds = []struct{ contains, what string }{
	{"spreadsheetml", "an .xlsx spreadsheet"},
	{"ms-excel", "an .xlsx spreadsheet"},
	{"presentationml", "a .pptx presentation"},
	{"ms-powerpoint", "a .pptx presentation"},
	{"visio", "a Visio drawing"},
	{"xps", "an XPS document"},
}

// mimeKinds read the "mimetype" file of OpenDocument and EPUB zips.
var mimeKinds = []struct{ prefix, what string }{
	{"application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt); save it as .docx"},
	{"application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet (.ods)"},
	{"application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation (.odp)"},
	{"application/vnd.oasis.opendocument.", "an OpenDocument file"},
	{"application/epub+zip", "an EPUB book"},
}

// notWord says what a zip without a Word document in it is.
func notWord(p *pkg, contentType string) error {
	return fmt.Errorf("%w (%s)", ErrNotWord, describe(p, contentType))
}

func describe(p *pkg, contentType string) string {
	if b, err := p.readSmall("mimetype"); err == nil && b != nil {
		mime := strings.TrimSpace(string(b[:min(len(b), 200)]))
		for _, k := range mimeKinds {
			if strings.HasPrefix(mime, k.prefix) {
				return k.what
			}
		}
	}
	if what := otherKind(contentType); what != "" {
		return what
	}
	if what := knownKind(p); what != "" {
		return what
	}
	if p.has("[Content_Types].xml") {
		return "an Office package with no Word document in it"
	}
	return zipListing(p)
}

// knownKind names a package by the parts that make it a package of its
// kind, or "".
func knownKind(p *pkg) string {
	for _, k := range packageKinds {
		if p.has(k.part) {
			return k.what
		}
	}
	return ""
}

// otherKind names the kind of document a main part's content type says,
// when it says one that is not Word.
func otherKind(contentType string) string {
	for _, k := range contentKinds {
		if contentType != "" && strings.Contains(contentType, k.contains) {
			return k.what
		}
	}
	return ""
}

func (p *pkg) hasUnder(dir string) bool {
	for name := range p.files {
		if strings.HasPrefix(name, dir) {
			return true
		}
	}
	return false
}

// zipListing describes a plain zip by a few of its file names.
func zipListing(p *pkg) string {
	var names []string
	docs := 0
	for _, f := range p.zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		names = append(names, printable(path.Base(strings.ReplaceAll(f.Name, "\\", "/"))))
		switch strings.ToLower(path.Ext(f.Name)) {
		case ".docx", ".doc", ".wps", ".pdf", ".txt", ".html", ".htm":
			docs++
		}
	}
	if len(names) == 0 {
		return "an empty zip archive"
	}
	sort.Strings(names)
	what := fmt.Sprintf("a zip archive of %d files: %s", len(names), strings.Join(names[:min(len(names), 3)], ", "))
	if len(names) > 3 {
		what += ", …"
	}
	if docs > 0 {
		what += "; unzip it and open the documents inside"
	}
	return what
}

// printable makes a name from a zip safe to show: control characters and
// escape sequences become '?', and long names are cut.
func printable(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == 40 {
			b.WriteString("…")
			break
		}
		if r == utf8.RuneError || !unicode.IsPrint(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}
