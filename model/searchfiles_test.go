package model

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"baogao/model/internal/corpus"
)

// TestParseOutline keeps parseOutline in step with Parse: the same tree on
// the seeds and on generated files.
func TestParseOutline(t *testing.T) {
	texts := seedTexts(t)
	for _, f := range corpus.Generate(200 << 10) {
		if !f.GB18030 {
			texts = append(texts, string(f.Data))
		}
	}
	for i, text := range texts {
		text = Sanitize(text)
		want, got := Parse("x", text), parseOutline("x", text)
		if got.Title != want.Title || !reflect.DeepEqual(got.Preamble, want.Preamble) || outline(got.Sections) != outline(want.Sections) {
			t.Fatalf("text %d: parseOutline differs from Parse:\n%s\n---\n%s", i, outline(got.Sections), outline(want.Sections))
		}
	}
}

func outline(ss []*Section) string {
	var b strings.Builder
	var walk func([]*Section)
	walk = func(ss []*Section) {
		for _, s := range ss {
			fmt.Fprintf(&b, "%s %d %q %q %q %s %q\n", s.Path, s.Level, s.Label, s.Marker, s.Title, s.Topic, s.Paras)
			walk(s.Children)
		}
	}
	walk(ss)
	return b.String()
}

// TestSearchPathsMatchesIndex searches a folder of files in every encoding
// and state both ways, streaming with the byte prefilter and loading
// everything into an Index, and wants the same hits.
func TestSearchPathsMatchesIndex(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range corpus.Generate(400 << 10) {
		write(f.Name, f.Data)
	}
	trad := "關於2023年度法治政府建設的報告\n一、主要舉措\n堅持和發展新時代「楓橋經驗」，積極穩妥推進碳達峰碳中和。\n"
	write("trad.txt", []byte(trad))
	write("sub/utf16le-bom.txt", utf16le(trad, true))
	write("sub/utf16le.txt", utf16le(trad, false))
	write("sub/crlf.md", []byte(strings.ReplaceAll(trad, "\n", "\r\n")))
	write("fullwidth.txt", []byte("标题\n一、部分\n出庭应诉率达到１００％，采用１＋１＋Ｎ模式。\n"))
	write("empty.txt", nil)
	write("blank.txt", []byte(" \n\u3000\n"))
	write("binary.txt", []byte("PK\x03\x04\x00\x00\x14\x00枫桥经验"))
	write("image.png", []byte("\x89PNG"))

	loaded := LoadPaths([]string{dir}, nil)
	ix := NewIndex(loaded.Reports)
	for _, tt := range []struct {
		query string
		regex bool
	}{
		{"枫桥经验", false}, {"碳达峰", false}, {"无人机", false}, {"1+1+N", false}, {"100%", false},
		{"行政复议 法治政府", false}, {`"2023 年度"`, false}, {"量子计算", false}, {`碳达峰|无人机`, true},
	} {
		t.Run(tt.query, func(t *testing.T) {
			q := mustQuery(t, tt.query, tt.regex)
			res, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			got := SearchPaths([]string{dir}, nil, q, false)
			if g, w := errorList(got.Errors), errorList(loaded.Errors); g != w {
				t.Errorf("errors:\n%s\nwant\n%s", g, w)
			}
			if !reflect.DeepEqual(got.Skipped, loaded.Skipped) {
				t.Errorf("skipped %q, want %q", got.Skipped, loaded.Skipped)
			}
			if g, w := fileHitsList(got.Files), resultsList(res); g != w {
				t.Errorf("hits:\n%s\nwant\n%s", g, w)
			}
			counted := SearchPaths([]string{dir}, nil, q, true)
			if counted.Total != res.Total || len(counted.Files) != len(res.Reports) {
				t.Errorf("counting: %d hits in %d files, want %d in %d", counted.Total, len(counted.Files), res.Total, len(res.Reports))
			}
			if tt.query == "碳达峰" && got.Parsed > 3*len(res.Reports)+10 {
				t.Errorf("parsed %d of %d files for a term in %d: the prefilter skips nothing", got.Parsed, got.Read, len(res.Reports))
			}
		})
	}
}

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func errorList(errs []*LoadError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintln(&b, e)
	}
	return b.String()
}

func fileHitsList(files []FileHits) string {
	var b strings.Builder
	for _, f := range files {
		fmt.Fprintf(&b, "%s %d:", f.Report.Source, f.Count)
		for _, h := range f.Hits {
			fmt.Fprintf(&b, " %s/%d[%d,%d)", h.Path(), h.Para, h.Start, h.End)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func resultsList(res *Results) string {
	var b strings.Builder
	for _, rh := range res.Reports {
		fmt.Fprintf(&b, "%s %d:", rh.Report.Source, len(rh.Hits))
		for _, h := range rh.Hits {
			fmt.Fprintf(&b, " %s/%d[%d,%d)", h.Path(), h.Para, h.Start, h.End)
		}
		b.WriteByte('\n')
	}
	return b.String()
}
