package pdf_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/format/pdf"
	"baogao/seeds"
)

// The seed reports printed to PDF (testdata/gen) must read back as the
// same report: the same title and outline, and the same paragraphs, with
// no running head, foot or page number left. Blanks are not compared: a
// space at a line break is not drawn in a PDF, and Chinese text folds
// them anyway.
func TestSeedsAsPDF(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.pdf")
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/seeds")
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".pdf")
		t.Run(name, func(t *testing.T) {
			want := loadSeed(t, name)
			got := loadPDF(t, file)
			if unblank(got.Title) != unblank(want.Title) {
				t.Errorf("title = %q, want %q", got.Title, want.Title)
			}
			compareOutline(t, got, want)
			compareParas(t, "preamble", got.Preamble, want.Preamble)
			gs, ws := got.Outline(), want.Outline()
			for i := range min(len(gs), len(ws)) {
				compareParas(t, ws[i].Path, gs[i].Paras, ws[i].Paras)
			}
			compareParas(t, "signature", got.Signature, want.Signature)
		})
	}
}

func loadSeed(t *testing.T, name string) *model.Report {
	b, err := seeds.FS.ReadFile(name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes(name, name+".txt", b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func loadPDF(t *testing.T, file string) *model.Report {
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdf.Extract(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes("pdf", file, []byte(doc.Text()))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func compareOutline(t *testing.T, got, want *model.Report) {
	t.Helper()
	gs, ws := got.Outline(), want.Outline()
	for i := range max(len(gs), len(ws)) {
		var g, w string
		if i < len(gs) {
			g = gs[i].Path + " " + gs[i].Heading()
		}
		if i < len(ws) {
			w = ws[i].Path + " " + ws[i].Heading()
		}
		if g != w {
			t.Errorf("outline entry %d = %q, want %q", i, g, w)
		}
	}
}

func compareParas(t *testing.T, where string, got, want []string) {
	t.Helper()
	g, w := unblank(strings.Join(got, "\n")), unblank(strings.Join(want, "\n"))
	if g == w {
		return
	}
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	from := max(0, i-30)
	t.Errorf("%s: paragraphs differ at byte %d:\n got  …%s…\n want …%s…", where, i, g[from:min(len(g), i+40)], w[from:min(len(w), i+40)])
}

func unblank(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0' {
			return -1
		}
		return r
	}, s)
}
