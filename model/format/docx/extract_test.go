package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"baogao/model/format"
	"baogao/model/format/docx"
)

func extract(t *testing.T, b []byte) (*format.Document, error) {
	t.Helper()
	return docx.Extract(context.Background(), b)
}

func TestMeta(t *testing.T) {
	core := `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>Microsoft Word - 历下区2024年度法治政府建设报告.docx</dc:title><dc:creator>区司法局 &amp; 办公室</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-23T01:38:34Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-12T12:32:06Z</dcterms:modified></cp:coreProperties>`
	doc, err := extract(t, wordDoc(t, p("正文"), map[string]string{"docProps/core.xml": core}))
	if err != nil {
		t.Fatal(err)
	}
	want := format.Meta{Title: "历下区2024年度法治政府建设报告", Author: "区司法局 & 办公室", Written: "2025-01-23"}
	if doc.Meta != want || doc.Format != format.DOCX {
		t.Errorf("meta %+v, want %+v", doc.Meta, want)
	}
	doc, err = extract(t, wordDoc(t, p("正文"), map[string]string{"docProps/core.xml": "<broken"}))
	if err != nil || doc.Meta != (format.Meta{}) {
		t.Errorf("broken core part: %v %+v", err, doc.Meta)
	}
}

// packageCases are zips a user may open that hold other documents.
func TestNotWord(t *testing.T) {
	xlsxTypes := strings.Replace(strings.Replace(contentTypes, "wordprocessingml.document.main", "spreadsheetml.sheet.main", 1), "/word/document.xml", "/xl/workbook.xml", 1)
	xlsxRels := strings.Replace(packageRels, "word/document.xml", "xl/workbook.xml", 1)
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"xlsx", map[string]string{"[Content_Types].xml": xlsxTypes, "_rels/.rels": xlsxRels, "xl/workbook.xml": "<workbook/>"}, "not a Word document (an .xlsx spreadsheet)"},
		{"xlsx without relationships", map[string]string{"xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<x/>"}, "(an .xlsx spreadsheet)"},
		{"xlsx with a generic content type", map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": xlsxRels, "xl/workbook.xml": "<workbook/>"}, "(an .xlsx spreadsheet)"},
		{"pptx", map[string]string{"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>"}, "(a .pptx presentation)"},
		{"odt", map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "(an OpenDocument text (.odt); save it as .docx)"},
		{"ods", map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, "OpenDocument spreadsheet"},
		{"epub", map[string]string{"mimetype": "application/epub+zip"}, "EPUB"},
		{"ofd", map[string]string{"OFD.xml": "<ofd:OFD/>", "Doc_0/Document.xml": "<x/>"}, "OFD"},
		{"plain zip of reports", map[string]string{"a.txt": "x", "b.docx": "y", "c/d.pdf": "z", "e.txt": "w"},
			"not a Word document (a zip archive of 4 files: a.txt, b.docx, d.pdf, …; unzip it and open the documents inside)"},
		{"empty zip", map[string]string{}, "an empty zip archive"},
		{"office package without a document", map[string]string{"[Content_Types].xml": "<Types/>", "docProps/app.xml": "<x/>"}, "an Office package with no Word document"},
		{"hostile names", map[string]string{"\x1b[31mred\x07.txt": "x"}, "?[31mred?.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract(t, zipFiles(t, tt.files))
			if !errors.Is(err, docx.ErrNotWord) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want ErrNotWord saying %q", err, tt.want)
			}
		})
	}
}

func TestBrokenInput(t *testing.T) {
	good := wordDoc(t, p("一、总体情况")+p("正文。"), nil)
	corrupted := bytes.Clone(good)
	i := bytes.Index(corrupted, []byte("word/document.xml")) + 40 // inside its compressed data
	for j := i; j < i+20 && j < len(corrupted); j++ {
		corrupted[j] ^= 0x5A
	}
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "an empty file"},
		{"text", []byte("一、总体情况\n"), "not a zip archive"},
		{"OLE (a .doc or an encrypted .docx)", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...), "OLE compound file"},
		{"PDF", []byte("%PDF-1.7\n"), "a PDF"},
		{"truncated", good[:len(good)/2], "broken or truncated zip"},
		{"magic only", []byte("PK\x03\x04"), "broken or truncated zip"},
		{"corrupted data", corrupted, "corrupt document"},
		{"no document part", zipFiles(t, map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": packageRels, "word/styles.xml": "<x/>"}),
			"a Word package without its document part (word/document.xml)"},
		{"document part not WordprocessingML", wordDocRaw(t, "<html><body>x</body></html>"), "not a WordprocessingML document"},
		{"malformed XML", wordDocRaw(t, `<w:document `+nsDecl+`><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=1/></w:pPr></w:p></w:body></w:document>`), "malformed XML"},
		{"unterminated tag", wordDocRaw(t, `<w:document `+nsDecl+`><w:body><w:p`), "malformed XML"},
		{"text only, no root", wordDocRaw(t, `just text`), "not a WordprocessingML document"},
		{"embedded page only", wordDoc(t, `<w:altChunk r:id="rId5"/>`, nil), "w:altChunk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract(t, tt.in)
			if !errors.Is(err, format.ErrCorrupt) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want ErrCorrupt saying %q", err, tt.want)
			}
		})
	}
}

// wordDocRaw is a package whose document part is xml as given.
func wordDocRaw(t *testing.T, xml string) []byte {
	files := wordFiles("", nil)
	files["word/document.xml"] = xml
	return zipFiles(t, files)
}

func TestTruncatedDocumentKeepsNothingHalfRead(t *testing.T) {
	// A document part cut off mid-element is malformed; one cut after a
	// complete paragraph still reads, with what it has.
	doc, err := extract(t, wordDocRaw(t, `<w:document `+nsDecl+`><w:body>`+p("甲。")+p("乙。")))
	if err != nil {
		t.Fatal(err)
	}
	if got := show(doc.Paras); strings.Join(got, "|") != "甲。|乙。" {
		t.Errorf("got %q", got)
	}
}

func TestZipBomb(t *testing.T) {
	// 8 MB of blanks in one paragraph compress about 1000 times.
	body := "<w:p><w:r><w:t>" + strings.Repeat(" ", 8<<20) + "</w:t></w:r></w:p>"
	_, err := extract(t, wordDoc(t, body, nil))
	if !errors.Is(err, format.ErrCorrupt) || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("error %v, want a zip bomb", err)
	}
}

func TestDeclaredSizeLies(t *testing.T) {
	// The central directory says the document is 10 bytes; it is more.
	xml := document(p("正文。"))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range wordFiles("", nil) {
		if name == "word/document.xml" {
			continue
		}
		w, _ := zw.Create(name)
		w.Write([]byte(content))
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store,
		CompressedSize64: uint64(len(xml)), UncompressedSize64: 10, CRC32: 0})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(xml))
	zw.Close()
	if _, err := extract(t, buf.Bytes()); !errors.Is(err, format.ErrCorrupt) {
		t.Errorf("error %v, want ErrCorrupt", err)
	}
}

func TestEntityTricks(t *testing.T) {
	// A billion-laughs DTD is skipped, never expanded: the references stay
	// as written, and the document reads at once.
	dtd := `<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
		`<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY x SYSTEM "file:///etc/passwd"> <!-- ] > -->]>`
	doc, err := extract(t, wordDocRaw(t, `<?xml version="1.0"?>`+dtd+`<w:document `+nsDecl+`><w:body>`+p("&lol3;&x;")+`</w:body></w:document>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Paras[0].Text; got != "&lol3;&x;" {
		t.Errorf("got %q", got)
	}
}

func TestDeepNesting(t *testing.T) {
	open := strings.Repeat(`<w:sdt><w:sdtContent>`, 3000)
	_, err := extract(t, wordDoc(t, open+p("深"), nil))
	if !errors.Is(err, format.ErrCorrupt) || !strings.Contains(err.Error(), "deeper") {
		t.Errorf("error %v, want too deep", err)
	}
	// Nesting Word does write (tables in tables) reads.
	nested := strings.Repeat("<w:tbl><w:tr><w:tc>", 50) + p("内") + strings.Repeat("</w:tc></w:tr></w:tbl>", 50)
	doc, err := extract(t, wordDoc(t, nested, nil))
	if err != nil || len(doc.Paras) != 1 || doc.Paras[0].Text != "内" {
		t.Errorf("nested tables: %v %v", err, doc)
	}
}

func TestCancel(t *testing.T) {
	b := wordDoc(t, strings.Repeat(p("正文。"), 20000), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := docx.Extract(ctx, b); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: %v", err)
	}
	// Cancelled while reading the body: the reader notices within a few
	// thousand elements.
	ctx = &cancelAfter{Context: context.Background(), left: 8}
	if _, err := docx.Extract(ctx, b); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled during: %v", err)
	}
}

// cancelAfter is a context that is cancelled after a number of checks.
type cancelAfter struct {
	context.Context
	left int
}

func (c *cancelAfter) Err() error {
	if c.left--; c.left < 0 {
		return context.Canceled
	}
	return nil
}

func TestOtherWriters(t *testing.T) {
	defaultNS := `<?xml version="1.0"?><document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>` +
		`<p><r><t>默认命名空间</t></r></p><p xmlns=""><r><t>不是Word</t></r></p></body></document>`
	strict := `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` + p("严格模式") + `</w:body></w:document>`
	otherPrefix := `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:not-word"><x:body>` +
		`<x:p><x:r><x:t>别的前缀</x:t></x:r></x:p><w:p><w:r><w:t>假的</w:t></w:r></w:p></x:body></x:document>`
	utf16Doc := utf16LE(`<?xml version="1.0" encoding="UTF-16"?>` + document(p("十六位编码")))
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"default namespace", map[string]string{"word/document.xml": defaultNS}, "默认命名空间"},
		{"strict schema", map[string]string{"word/document.xml": strict}, "严格模式"},
		{"other prefix", map[string]string{"word/document.xml": otherPrefix}, "别的前缀"},
		{"UTF-16 part", map[string]string{"word/document.xml": utf16Doc}, "十六位编码"},
		{"no relationships or content types", map[string]string{"word/document.xml": document(p("裸包"))}, "裸包"},
		{"main part elsewhere", map[string]string{"_rels/.rels": strings.Replace(packageRels, "word/document.xml", "/Word/Main.XML", 1),
			"Word/Main.xml": document(p("别处")), "word/document.xml": document(p("错处"))}, "别处"},
		{"backslash names", map[string]string{"word\\document.xml": document(p("反斜杠"))}, "反斜杠"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"[Content_Types].xml": contentTypes, "_rels/.rels": packageRels}
			if strings.HasPrefix(tt.name, "no relationships") || strings.HasPrefix(tt.name, "backslash") {
				files = map[string]string{}
			}
			for k, v := range tt.files {
				files[k] = v
			}
			doc, err := extract(t, zipFiles(t, files))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(show(doc.Paras), "|"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func utf16LE(s string) string {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2+2*len(u))
	b[0], b[1] = 0xFF, 0xFE
	for i, c := range u {
		binary.LittleEndian.PutUint16(b[2+2*i:], c)
	}
	return string(b)
}
