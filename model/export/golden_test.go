package export

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/compare"
)

// seedPair is the comparison the goldens show: one district's reports of
// two years.
func seedPair(t testing.TB) *compare.Comparison {
	t.Helper()
	var a, b *model.Report
	for _, r := range seedReports(t) {
		switch r.ID {
		case "jinan-lixia-2020":
			a = r
		case "jinan-lixia-2024":
			b = r
		}
	}
	if a == nil || b == nil {
		t.Fatal("seeds jinan-lixia-2020 and jinan-lixia-2024 are missing")
	}
	return compare.Reports(a, b)
}

func goldenOptions() Options {
	return Options{Version: "test", Date: fixedDate, HashA: "sha256:aaaa", HashB: "sha256:bbbb"}
}

// TestGoldens keeps each export of one seed pair, and of one seed report.
func TestGoldens(t *testing.T) {
	d := Build(editedPair(t), goldenOptions())
	full := Build(editedPair(t), func() Options { o := goldenOptions(); o.Full = true; return o }())
	r := seedPair(t).A
	rep := BuildReport(r, nil, goldenOptions())
	sec := BuildReport(r, r.Sections[0], goldenOptions())
	for _, g := range []struct {
		name  string
		write func(io.Writer) error
		docx  bool
	}{
		{"edited.html", func(w io.Writer) error { return WriteHTML(w, d) }, false},
		{"edited.md", func(w io.Writer) error { return WriteMarkdown(w, d) }, false},
		{"edited-full.md", func(w io.Writer) error { return WriteMarkdown(w, full) }, false},
		{"edited.csv", func(w io.Writer) error { return WriteFiguresCSV(w, d.Figures.Table) }, false},
		{"edited.docx.xml", func(w io.Writer) error { return WriteDocx(w, d) }, true},
		{"edited-table.docx.xml", func(w io.Writer) error { return WriteDocxTable(w, d) }, true},
		{"report.html", func(w io.Writer) error { return WriteHTML(w, rep) }, false},
		{"report.md", func(w io.Writer) error { return WriteMarkdown(w, rep) }, false},
		{"section.docx.xml", func(w io.Writer) error { return WriteDocx(w, sec) }, true},
	} {
		t.Run(g.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := g.write(&buf); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			if g.docx { // a paragraph or a table row a line, to read a diff by
				got = strings.NewReplacer("</w:p>", "</w:p>\n", "</w:tr>", "</w:tr>\n").Replace(string(documentPart(t, buf.Bytes())))
			}
			fixture.Golden(t, g.name, got)
		})
	}
}

// documentPart is word/document.xml of a .docx.
func documentPart(t testing.TB, file []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
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
	t.Fatal("no word/document.xml")
	return nil
}
