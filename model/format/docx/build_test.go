package docx_test

import (
	"archive/zip"
	"bytes"
	"sort"
	"testing"
)

// Test documents are built as zips at test time, so that CI needs no
// office suite and every fixture shows the XML it tests.

const nsDecl = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
	`xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"`

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`

const packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.com/" TargetMode="External"/>
</Relationships>`

// document wraps body XML in a w:document.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + nsDecl + `><w:body>` + body + `</w:body></w:document>`
}

// stylesXML wraps w:style elements in a w:styles part.
func stylesXML(styles string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + nsDecl + `>` + styles + `</w:styles>`
}

// numberingXML wraps abstract and concrete lists in a w:numbering part.
func numberingXML(defs string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + nsDecl + `>` + defs + `</w:numbering>`
}

// wordFiles returns the parts of a Word package with the given body and
// any further parts (which replace the defaults of the same name).
func wordFiles(body string, extra map[string]string) map[string]string {
	files := map[string]string{
		"[Content_Types].xml":          contentTypes,
		"_rels/.rels":                  packageRels,
		"word/_rels/document.xml.rels": documentRels,
		"word/document.xml":            document(body),
	}
	for k, v := range extra {
		files[k] = v
	}
	return files
}

// zipFiles writes files into a zip, [Content_Types].xml first and the
// rest by name, so the bytes are the same on every run.
func zipFiles(t testing.TB, files map[string]string) []byte {
	return zipWith(t, files, zip.Deflate)
}

// zipWith is zipFiles with a compression method (zip.Store is quicker to
// build, for fuzzing).
func zipWith(t testing.TB, files map[string]string, method uint16) []byte {
	t.Helper()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "[Content_Types].xml") != (names[j] == "[Content_Types].xml") {
			return names[i] == "[Content_Types].xml"
		}
		return names[i] < names[j]
	})
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wordDoc builds a .docx from body XML and extra parts.
func wordDoc(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	return zipFiles(t, wordFiles(body, extra))
}

// p is a paragraph of plain runs.
func p(texts ...string) string {
	s := "<w:p>"
	for _, t := range texts {
		s += r(t)
	}
	return s + "</w:p>"
}

// r is a run of text.
func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
