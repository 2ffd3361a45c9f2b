package doc_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/format"
	"baogao/model/format/doc"
	"baogao/seeds"
)

// fixture reads a gzipped fixture from testdata.
func fixture(tb testing.TB, name string) []byte {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// TestSeedsAsDoc: each seed converted to .doc by LibreOffice parses into
// the same report as its .txt: title, preamble, every heading with its
// level and paragraphs, and the signature.
func TestSeedsAsDoc(t *testing.T) {
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal("no seeds", err)
	}
	for _, name := range names {
		id := strings.TrimSuffix(name, ".txt")
		t.Run(id, func(t *testing.T) {
			txt, err := fs.ReadFile(seeds.FS, name)
			if err != nil {
				t.Fatal(err)
			}
			d, err := doc.Extract(context.Background(), fixture(t, "seeds/"+id+".doc.gz"))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != format.DOC {
				t.Errorf("format %q, want doc", d.Format)
			}
			want, err := model.LoadBytes(id, name, txt)
			if err != nil {
				t.Fatal(err)
			}
			got, err := model.LoadBytes(id, name, []byte(d.Text()))
			if err != nil {
				t.Fatal(err)
			}
			compareReports(t, got, want)
		})
	}
}

func compareReports(t *testing.T, got, want *model.Report) {
	t.Helper()
	if got.Title != want.Title {
		t.Errorf("title %q, want %q", got.Title, want.Title)
	}
	same := func(what string, a, b []string) {
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s differ:\n got %q\nwant %q", what, a, b)
		}
	}
	same("preamble", got.Preamble, want.Preamble)
	same("signature", got.Signature, want.Signature)
	g, w := got.Outline(), want.Outline()
	if len(g) != len(w) {
		t.Fatalf("%d sections, want %d", len(g), len(w))
	}
	for i := range w {
		if g[i].Heading() != w[i].Heading() || g[i].Level != w[i].Level || g[i].Path != w[i].Path {
			t.Errorf("section %s %q level %d, want %s %q level %d",
				g[i].Path, g[i].Heading(), g[i].Level, w[i].Path, w[i].Heading(), w[i].Level)
		}
		same("paragraphs of "+w[i].Path, g[i].Paras, w[i].Paras)
	}
}

// TestFeatures reads features.doc (testdata/features.py, converted by
// LibreOffice): numbering from heading styles and direct, in Chinese,
// decimal and circled numbers; a table with an empty and a two-paragraph
// cell; fields; breaks; hyphens; and no text from the table of contents,
// a tracked deletion, hidden text, the footnote, comment, header or text
// box.
func TestFeatures(t *testing.T) {
	want := []format.Para{
		{Text: "历下区2024年法治政府建设情况报告"},
		{Text: "2024年，历下区坚持依法行政，取得新成效。"},
		{Text: "一、主要举措和成效", Level: 1},
		{Text: "（一）深化依法决策", Level: 2},
		{Text: "严格落实重大行政决策程序，详见区政府网站公告。"},
		{Text: "第1页，共2页。"},
		{Text: "1. 完善制度体系"},
		{Text: "2. 健全合法性审核机制"},
		{Text: "（二）规范行政执法", Level: 2},
		{Text: "推进“互联网-监管”，法治宣传全覆盖。"},
		{Text: "第一行"},
		{Text: "第二行"},
		{Text: "本段有插入的字。"},
		{Text: "指标 | 2023年 | 2024年"},
		{Text: "行政复议 （件） |  | 128"},
		{Text: "二、存在的不足和原因", Level: 1},
		{Text: "基层执法力量不足。"},
		{Text: "法治宣传有待加强。"},
		{Text: "①圈号一"},
		{Text: "②圈号二"},
		{Text: "要点"},
		{Text: "正文继续。"},
		{Text: "历下区人民政府"},
		{Text: "2025年1月10日"},
	}
	for _, tt := range []struct {
		file   string
		format format.Format
	}{{"features.doc.gz", format.DOC}, {"features-wps.doc.gz", format.WPS}} {
		t.Run(tt.file, func(t *testing.T) {
			d, err := doc.Extract(context.Background(), fixture(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != tt.format {
				t.Errorf("format %q, want %q", d.Format, tt.format)
			}
			if d.Meta.Title != "历下区法治政府建设报告" || d.Meta.Author != "区司法局" {
				t.Errorf("meta %+v", d.Meta)
			}
			for i := 0; i < max(len(want), len(d.Paras)); i++ {
				var g, w format.Para
				if i < len(d.Paras) {
					g = d.Paras[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("para %d: %q level %d, want %q level %d", i, g.Text, g.Level, w.Text, w.Level)
				}
			}
			for _, gone := range []string{"脚注", "批注", "页眉", "文本框", "HYPERLINK", "NUMPAGES", "TOC", "\t", "删除的字", "隐藏的字"} {
				if bytes.Contains([]byte(d.Text()), []byte(gone)) {
					t.Errorf("text holds %q", gone)
				}
			}
		})
	}
}
