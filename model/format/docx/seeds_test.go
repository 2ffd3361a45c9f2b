package docx_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/format/docx"
	"baogao/seeds"
)

// The seeds as .docx must parse to the same report as the seeds as text:
// the same title, preamble, sections (level, marker, title, paragraphs)
// and signature. Two kinds of .docx: LibreOffice's conversion of each seed
// (testdata/libreoffice, made once with
// soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx),
// the same for two seeds written first as OpenDocument with LibreOffice's
// outline numbering (testdata/libreoffice-numbered/mkfodt.py), so that
// Word numbering written by another program than this test is read too,
// and numberedDocx's, built here.

func seedTexts(t *testing.T) map[string]string { return seedTextsB(t) }

func seedTextsB(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, p)
		out[strings.TrimSuffix(p, ".txt")] = string(b)
		return err
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("seeds: %v (%d)", err, len(out))
	}
	return out
}

// reportLines renders what the parser made of a text, for comparison.
func reportLines(t *testing.T, id, text string) []string {
	t.Helper()
	r, err := model.LoadBytes(id, id+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	out := []string{"title " + r.Title}
	for _, p := range r.Preamble {
		out = append(out, "preamble "+p)
	}
	for _, s := range r.Outline() {
		out = append(out, fmt.Sprintf("%s level %d marker %q: %s", s.Path, s.Level, s.Marker, s.Heading()))
		for _, p := range s.Paras {
			out = append(out, "  "+p)
		}
	}
	for _, l := range r.Signature {
		out = append(out, "signature "+l)
	}
	return out
}

func compareReports(t *testing.T, id, want, got string) {
	t.Helper()
	w, g := reportLines(t, id, want), reportLines(t, id, got)
	if len(w) < 5 {
		t.Fatalf("%s: the seed parses to almost nothing: %q", id, w)
	}
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			t.Errorf("%s: line %d differs\n txt:  %q\n docx: %q", id, i, a, b)
			return
		}
	}
}

func TestSeedsLibreOffice(t *testing.T) {
	for id, text := range seedTexts(t) {
		t.Run(id, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "libreoffice", id+".docx"))
			if err != nil {
				t.Fatal(err) // every seed has its conversion
			}
			doc, err := docx.Extract(context.Background(), b)
			if err != nil {
				t.Fatal(err)
			}
			compareReports(t, id, text, doc.Text())
		})
	}
}

func TestSeedsNumbered(t *testing.T) {
	for id, text := range seedTexts(t) {
		t.Run(id, func(t *testing.T) {
			b, numbered := numberedDocx(t, text)
			doc, err := docx.Extract(context.Background(), b)
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Text()
			compareReports(t, id, text, got)
			// The markers came from numbering.xml, not from the body.
			if strings.Contains(text, "\n一、") && numbered < 10 {
				t.Errorf("%s: only %d headings numbered by the list", id, numbered)
			}
			for _, junk := range []string{"删去", "挪走", "隐藏", "脚注", "不应读出", "MERGEFIELD", "目录"} {
				if strings.Contains(got, junk) && !strings.Contains(text, junk) {
					t.Errorf("%s: %q was read", id, junk)
				}
			}
		})
	}
}

func TestSeedsLibreOfficeNumbered(t *testing.T) {
	texts := seedTexts(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "libreoffice-numbered", "*.docx"))
	if len(files) < 2 {
		t.Fatalf("fixtures missing: %v", files)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".docx")
		t.Run(id, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := docx.Extract(context.Background(), b)
			if err != nil {
				t.Fatal(err)
			}
			headings := 0
			for _, p := range doc.Paras {
				if p.Level > 0 {
					headings++
				}
			}
			if headings < 10 {
				t.Errorf("%s: %d paragraphs with heading levels", id, headings)
			}
			compareReports(t, id, texts[id], doc.Text())
		})
	}
}
