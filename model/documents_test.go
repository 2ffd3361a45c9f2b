package model

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baogao/internal/fixture"
	"baogao/seeds"
)

// documentFixture is one seed in one format, as a file to load and the
// name it is loaded under: the name's extension is what a user would have,
// the content decides how it is read.
type documentFixture struct {
	from, name string
	gzipped    bool
	looseBlank bool   // a PDF's text layer does not keep every blank
	headline   string // the title a page shows for a seed that has none
	published  string // the date the page says it was published
}

// pageHeadline is the headline model/format/html's templates give a seed
// without a title (a news piece).
const pageHeadline = "历下区法治政府建设工作纪实"

// seedDocuments lists every seed in every format: LibreOffice's .docx
// (and, for two seeds, with Word numbering), .doc, the .doc named .wps
// (WPS writes the same container), PDF, and a portal page (one of them
// GBK, one saved as .txt).
func seedDocuments(seed string) []documentFixture {
	out := []documentFixture{
		{from: "format/docx/testdata/libreoffice/" + seed + ".docx", name: seed + ".docx"},
		{from: "format/doc/testdata/seeds/" + seed + ".doc.gz", name: seed + ".doc", gzipped: true},
		{from: "format/doc/testdata/seeds/" + seed + ".doc.gz", name: seed + ".wps", gzipped: true},
		{from: "format/pdf/testdata/seeds/" + seed + ".pdf", name: seed + ".pdf", looseBlank: true},
	}
	if _, err := os.Stat("format/docx/testdata/libreoffice-numbered/" + seed + ".docx"); err == nil {
		out = append(out, documentFixture{from: "format/docx/testdata/libreoffice-numbered/" + seed + ".docx", name: seed + "-numbered.docx"})
	}
	pages, _ := filepath.Glob("testdata/documents/" + seed + ".*.html.gz")
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".gz")
		if strings.Contains(name, ".savedas.") {
			name = strings.TrimSuffix(name, ".html") + ".txt" // a page saved as text is still a page
		}
		out = append(out, documentFixture{from: p, name: name, gzipped: true, headline: pageHeadline, published: "2024-03-28"})
	}
	return out
}

// TestSeedsInEveryFormat loads every seed in every format the way a user
// would, through a folder, and checks that each gives the report its .txt
// gives: title, metadata, outline, paragraphs and signature.
func TestSeedsInEveryFormat(t *testing.T) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, name := range names {
		seed := strings.TrimSuffix(name, ".txt")
		t.Run(seed, func(t *testing.T) {
			b, _ := fs.ReadFile(seeds.FS, name)
			want, err := LoadBytes(seed, name, b)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			fixtures := seedDocuments(seed)
			for _, f := range fixtures {
				writeFixture(t, filepath.Join(dir, f.name), f)
			}
			loaded := LoadPaths([]string{dir}, nil)
			if len(loaded.Errors) > 0 || len(loaded.Skipped) > 0 {
				t.Fatalf("errors %v, skipped %v", loaded.Errors, loaded.Skipped)
			}
			if len(loaded.Reports) != len(fixtures) {
				t.Fatalf("loaded %d reports, want %d", len(loaded.Reports), len(fixtures))
			}
			for _, got := range loaded.Reports {
				f := fixtureNamed(fixtures, filepath.Base(got.Source))
				w := *want
				if w.Title == "" {
					w.Title = f.headline
				}
				if f.published != "" && got.Published != f.published {
					t.Errorf("%s: published %q, want %q", f.name, got.Published, f.published)
				}
				if d := reportDiff(&w, got, f.looseBlank); d != "" {
					t.Errorf("%s (%s) differs from the .txt: %s", f.name, got.Format, d)
				}
			}
		})
	}
}

func writeFixture(t *testing.T, to string, f documentFixture) {
	t.Helper()
	b, err := os.ReadFile(f.from)
	if err != nil {
		t.Fatal(err)
	}
	if f.gzipped {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func fixtureNamed(fs []documentFixture, name string) documentFixture {
	for _, f := range fs {
		if f.name == name {
			return f
		}
	}
	return documentFixture{name: name}
}

// reportDiff names the first way got is not want, or "".
func reportDiff(want, got *Report, looseBlank bool) string {
	norm := func(s string) string {
		if looseBlank {
			return strings.Join(strings.Fields(s), "")
		}
		return s
	}
	for _, f := range []struct{ what, w, g string }{
		{"title", want.Title, got.Title}, {"unit", want.Unit, got.Unit}, {"district", want.District, got.District},
		{"city", want.City, got.City}, {"year", fmt.Sprint(want.Year), fmt.Sprint(got.Year)},
		{"kind", string(want.Kind), string(got.Kind)},
	} {
		if norm(f.w) != norm(f.g) {
			return fmt.Sprintf("%s %q, want %q", f.what, f.g, f.w)
		}
	}
	w, g := outlineLines(want), outlineLines(got)
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if norm(a) != norm(b) {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, a, b)
		}
	}
	return ""
}

// outlineLines renders a report's text and structure, one line each.
func outlineLines(r *Report) []string {
	var out []string
	for _, p := range r.Preamble {
		out = append(out, "preamble "+p)
	}
	r.Walk(func(s *Section) {
		out = append(out, fmt.Sprintf("%s L%d %s", s.Path, s.Level, s.Heading()))
		for _, p := range s.Paras {
			out = append(out, "  "+p)
		}
	})
	for _, l := range r.Signature {
		out = append(out, "signature "+l)
	}
	return out
}

// TestDocumentBounds: a zip bomb, a document past the time cap and a
// truncated PDF each fail with one line naming the file, and the report
// beside them loads.
func TestDocumentBounds(t *testing.T) {
	var bomb bytes.Buffer
	zw := zip.NewWriter(&bomb)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		w, _ := zw.Create(name)
		if name == "word/document.xml" {
			w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>`))
			w.Write(bytes.Repeat([]byte("a"), 20<<20))
			w.Write([]byte(`</w:t></w:r></w:p></w:body></w:document>`))
			continue
		}
		w.Write([]byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`))
	}
	zw.Close()
	pdf, err := os.ReadFile("format/pdf/testdata/seeds/jinan-lixia-2024.pdf")
	if err != nil {
		t.Fatal(err)
	}
	dir := fixture.WriteFiles(t, map[string][]byte{
		"bomb.docx": bomb.Bytes(), "cut.pdf": pdf[:len(pdf)/3], "good.txt": []byte(sample),
	})
	loaded := LoadPaths([]string{dir}, nil)
	if len(loaded.Reports) != 1 || len(loaded.Errors) != 2 {
		t.Fatalf("reports %d, errors %v; want good.txt and an error for each of the others", len(loaded.Reports), loaded.Errors)
	}
	for _, e := range loaded.Errors {
		if msg := e.Error(); strings.Contains(msg, "\n") || !strings.HasPrefix(msg, e.Path+": ") {
			t.Errorf("error %q is not one line starting with the path", msg)
		}
	}

	defer func(d time.Duration) { extractTimeout = d }(extractTimeout)
	extractTimeout = time.Nanosecond
	dir = fixture.WriteFiles(t, map[string][]byte{"slow.pdf": pdf})
	loaded = LoadPaths([]string{dir}, nil)
	if len(loaded.Errors) != 1 || !errors.Is(loaded.Errors[0], errTookTooLong) {
		t.Errorf("errors %v, want slow.pdf to take too long", loaded.Errors)
	}
}
