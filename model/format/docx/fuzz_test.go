package docx_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baogao/model/format"
	"baogao/model/format/docx"
)

// FuzzExtract feeds the reader whole zips (mode 0), document parts inside
// a sound package (mode 1), and styles and numbering parts (mode 2: the
// input split at its first NUL) under a document that uses them. The
// reader must not panic (Extract turns a panic into an error, which the
// fuzzer counts as a failure), must return within a bound, and what it
// returns must keep the Document's promises.
//
//	go test ./model/format/docx -run '^$' -fuzz FuzzExtract -fuzztime 5m
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", "*.docx"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint8(0))
		f.Add(part(f, b, "word/document.xml"), uint8(1))
		f.Add(append(append(part(f, b, "word/styles.xml"), 0), part(f, b, "word/numbering.xml")...), uint8(2))
	}
	seed, _ := numberedDocx(f, "一、总体情况\n（一）依法决策。正文。\n1. 制度\n表格\n目录\n")
	f.Add(seed, uint8(0))
	f.Add(part(f, seed, "word/document.xml"), uint8(1))
	f.Add(append(append(part(f, seed, "word/styles.xml"), 0), part(f, seed, "word/numbering.xml")...), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, mode uint8) {
		in := data
		switch mode % 3 {
		case 1:
			in = zipWith(t, wordFiles("", map[string]string{"word/document.xml": string(data)}), zip.Store)
		case 2:
			styles, numbering, _ := bytes.Cut(data, []byte{0})
			in = zipWith(t, wordFiles(fuzzBody, map[string]string{"word/styles.xml": string(styles), "word/numbering.xml": string(numbering)}), zip.Store)
		}
		start := time.Now()
		doc, err := docx.Extract(context.Background(), in)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("took %v", d)
		}
		if err != nil {
			if strings.Contains(err.Error(), "reader failed") {
				t.Fatal(err) // a recovered panic
			}
			return
		}
		checkDocument(t, doc)
	})
}

// fuzzBody uses styles and lists the fuzzer writes.
var fuzzBody = sp("1", "甲") + sp("2", "乙") + np("1", 0, "丙") + np("2", 1, "丁") + np("1", 2, "戊") + sp("Heading1", "己") +
	`<w:p><w:r><w:rPr><w:rStyle w:val="a"/></w:rPr><w:t>庚</w:t></w:r></w:p>`

// checkDocument checks what a Document promises: one line per paragraph,
// levels 0–9, no control characters but tabs, bounded text.
func checkDocument(t *testing.T, doc *format.Document) {
	t.Helper()
	size := 0
	for _, p := range doc.Paras {
		size += len(p.Text) + 1
		if p.Level < 0 || p.Level > 9 {
			t.Errorf("level %d", p.Level)
		}
		for _, c := range []byte(p.Text) {
			if c < 0x20 && c != '\t' {
				t.Fatalf("control byte %#x in %q", c, p.Text)
			}
		}
	}
	if size > format.MaxText+len(doc.Paras) || doc.Format != format.DOCX {
		t.Errorf("size %d, format %q", size, doc.Format)
	}
}

// part returns one part of a zip.
func part(t testing.TB, zipped []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, err := io.ReadAll(rc)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	return nil
}
