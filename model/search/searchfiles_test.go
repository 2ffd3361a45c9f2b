package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/internal/corpus"
	"baogao/model/internal/scan"
)

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
	if b5, err := traditionalchinese.Big5.NewEncoder().String(trad); err == nil {
		write("sub/big5.txt", []byte(b5))
	} else {
		t.Fatal(err)
	}
	write("sub/crlf.md", []byte(strings.ReplaceAll(trad, "\n", "\r\n")))
	write("fullwidth.txt", []byte("标题\n一、部分\n出庭应诉率达到１００％，采用１＋１＋Ｎ模式。\n"))
	write("bold.md", []byte("# 标题\n\n一、**法治**政府建设\n坚持**枫桥**经验，**无人**机。\n"))
	long := strings.Repeat("推进行政执法规范化建设", 7)
	write("pagebreak.txt", []byte("标题\n一、部分\n"+long+"坚持枫桥\n\n经验，推进碳达\n峰。\n"))
	write("chrome.txt", []byte("标题\n来源：法治政府网\n一、部分\n法治政府建设。\n"))
	write("empty.txt", nil)
	write("blank.txt", []byte(" \n\u3000\n"))
	write("binary.txt", []byte("PK\x03\x04\x00\x00\x14\x00枫桥经验"))
	write("image.png", []byte("\x89PNG"))
	// Damaged files load with a warning, which search must give too, for
	// files it reads and for those it skips unread.
	simp := "关于2023年度法治政府建设的报告\n一、主要举措\n坚持和发展新时代“枫桥经验”，积极稳妥推进碳达峰碳中和。\n"
	write("stray-utf8.txt", []byte(strings.ReplaceAll(simp, "年", "年\xFF")))
	if gb, err := simplifiedchinese.GB18030.NewEncoder().String(simp); err == nil {
		write("stray-gb.txt", append([]byte(gb), 0xFF, 0xB0))
	} else {
		t.Fatal(err)
	}
	if b5, err := traditionalchinese.Big5.NewEncoder().String(trad); err == nil {
		write("sub/stray-big5.txt", append([]byte(b5), 0x80, 0xA4, 0x7F))
	}
	write("sub/utf16-lone.txt", append(utf16le(trad, true), 0x00, 0xD8))

	loaded := model.LoadPaths([]string{dir}, nil)
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
			got := Paths([]string{dir}, nil, q, false)
			if g, w := errorList(got.Errors), errorList(loaded.Errors); g != w {
				t.Errorf("errors:\n%s\nwant\n%s", g, w)
			}
			if !reflect.DeepEqual(got.Skipped, loaded.Skipped) {
				t.Errorf("skipped %q, want %q", got.Skipped, loaded.Skipped)
			}
			if g, w := warningList(got.Warnings), warningList(loaded.Warnings); g != w || len(loaded.Warnings) != 4 {
				t.Errorf("warnings:\n%s\nwant\n%s", g, w)
			}
			if g, w := fileHitsList(got.Files), resultsList(res); g != w {
				t.Errorf("hits:\n%s\nwant\n%s", g, w)
			}
			counted := Paths([]string{dir}, nil, q, true)
			if counted.Total != res.Total || len(counted.Files) != len(res.Reports) {
				t.Errorf("counting: %d hits in %d files, want %d in %d", counted.Total, len(counted.Files), res.Total, len(res.Reports))
			}
			for i := range min(len(counted.Files), len(res.Reports)) {
				if f, r := counted.Files[i], res.Reports[i]; f.Report.Source != r.Report.Source || f.Count != len(r.Hits) {
					t.Errorf("counting: %s %d, want %s %d", f.Report.Source, f.Count, r.Report.Source, len(r.Hits))
				}
			}
			if g, w := errorList(counted.Errors), errorList(loaded.Errors); g != w {
				t.Errorf("counting, errors:\n%s\nwant\n%s", g, w)
			}
			if g, w := warningList(counted.Warnings), warningList(loaded.Warnings); g != w {
				t.Errorf("counting, warnings:\n%s\nwant\n%s", g, w)
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

func errorList(errs []*model.LoadError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintln(&b, e)
	}
	return b.String()
}

func warningList(ws []*model.Warning) string {
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintln(&b, w)
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

// TestFastCounter pins what the byte counter answers and when it gives up;
// FuzzCountBytes checks its answers against loading.
func TestFastCounter(t *testing.T) {
	long := strings.Repeat("推进行政执法规范化建设", 7)
	tests := []struct {
		name, text, term string
		n                int
		ok               bool
	}{
		{"plain", "标题\n一、部分\n枫桥经验，枫桥经验。\n", "枫桥经验", 2, true},
		{"crlf and indentation", "标题\r\n\u3000\u3000枫桥经验。\r\n", "枫桥经验", 1, true},
		{"traditional line folded", "标题\n堅持楓橋經驗。\n", "枫桥经验", 1, true},
		{"space inside the term", "标题\n2023 年度报告。\n", "2023年度", 1, true},
		{"uppercase", "标题\n1+1+N 模式，1+1+n。\n", "1+1+n", 2, true},
		{"bold inside the term", "标题\n坚持**枫桥**经验。\n", "枫桥经验", 1, true},
		{"page break inside the term", "标题\n一、部分\n" + long + "坚持枫桥\n\n经验。\n", "枫桥经验", 0, false},
		{"chrome line", "标题\n来源：法治政府网\n法治政府。\n", "法治政府", 0, false},
		{"control character", "标题\n枫桥\x1b[31m经验\n", "枫桥经验", 0, false},
		{"lone CR", "标题\r枫桥经验\r", "枫桥经验", 0, false},
		{"not UTF-8", "\xb1\xea\xcc\xe2\n", "标题", 0, false},
		{"blank", " \n\n", "标题", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fc := newFastCounter(mustQuery(t, tt.term, false), &scan.DefaultFreq)
			n, ok := fc.count([]byte(tt.text))
			if n != tt.n || ok != tt.ok {
				t.Errorf("count = %d, %v; want %d, %v", n, ok, tt.n, tt.ok)
			}
			if !ok {
				return
			}
			r, err := model.LoadBytes("t", "t", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			loaded := 0
			for _, rh := range Reports(mustQuery(t, tt.term, false), r) {
				loaded += len(rh.Hits)
			}
			if loaded != n {
				t.Errorf("counted %d from bytes, the loaded report has %d", n, loaded)
			}
		})
	}
	for _, q := range []string{"法治 政府", `"rule of law"`, "法治。", "a#b", "x*"} {
		if newFastCounter(mustQuery(t, q, false), &scan.DefaultFreq) != nil {
			t.Errorf("%q: want no byte counter", q)
		}
	}
}

// TestQuickCount pins what quick answers and when it gives up; FuzzCountBytes
// checks its answers against loading.
func TestQuickCount(t *testing.T) {
	long := strings.Repeat("推进行政执法规范化建设", 7)
	tests := []struct {
		name, text, term string
		n                int
		ok               bool
	}{
		{"plain", "标题\n一、部分\n枫桥经验，枫桥经验。\n", "枫桥经验", 2, true},
		{"absent", "标题\n一、部分\n枫桥的经验。\n", "枫桥经验", 0, true},
		{"overlapping", "标题\n一、部分\n哈哈哈，哈哈。\n", "哈哈", 2, true},
		{"bom", "\uFEFF标题\n枫桥经验\n", "枫桥经验", 1, true},
		{"no newline at the end", "标题\n" + long + "枫桥经验", "枫桥经验", 1, true},
		{"indentation", "标题\n\u3000\u3000枫桥经验。\n", "枫桥经验", 1, true},
		{"heading", "标题\n一、法治政府建设\n" + long + "\n", "法治政府", 1, true},
		{"crlf", "标题\r\n枫桥经验。\r\n", "枫桥经验", 0, false},
		{"tab", "标题\n\t枫桥经验。\n", "枫桥经验", 1, true},
		{"traditional form", "标题\n堅持楓橋經驗。\n", "枫桥经验", 0, false},
		{"traditional form, anchor elsewhere", "标题\n" + long + "坚持枫橋经验。\n", "枫桥经验", 0, false},
		{"space inside the term", "标题\n" + long + "2023 年度报告。\n", "2023年度", 0, false},
		{"ideographic space inside", "标题\n" + long + "枫桥\u3000经验。\n", "枫桥经验", 0, false},
		{"zero-width space inside", "标题\n" + long + "枫桥\u200b经验。\n", "枫桥经验", 0, false},
		{"uppercase", "标题\n" + long + "1+1+N 模式。\n", "1+1+n", 0, false},
		{"bold inside the term", "标题\n" + long + "坚持**枫桥**经验。\n", "枫桥经验", 0, false},
		{"page break inside the term", "标题\n一、部分\n" + long + "坚持枫桥\n\n经验。" + long + "\n", "枫桥经验", 0, false},
		{"chrome between", "标题\n一、部分\n" + long + "坚持枫桥\n- 3 -\n经验" + long + "\n", "枫桥经验", 0, false},
		{"chrome line", "标题\n来源：法治政府网\n法治政府。" + long + "\n", "法治政府", 0, false},
		{"control character", "标题\n" + long + "枫桥\x1b经验\n", "枫桥经验", 0, false},
		{"not UTF-8", "\xb1\xea\xcc\xe2\n\xb7\xe3\xc7\xc5\xbe\xad\xd1\xe9\n", "枫桥经验", 0, false},
		{"overlong", "标题\n\xe0\x80\x80枫桥经验\n", "枫桥经验", 0, false},
		{"surrogate", "标题\n\xed\xa0\x80枫桥经验\n", "枫桥经验", 0, false},
		{"four-byte rune", "标题\n😀枫桥经验\n", "枫桥经验", 0, false},
		{"truncated at the end", "标题\n枫桥经验\xe6\x9e", "枫桥经验", 0, false},
		{"replacement characters", "标题\n" + strings.Repeat("\uFFFD", 20) + "枫桥经验\n", "枫桥经验", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fc := newFastCounter(mustQuery(t, tt.term, false), &scan.DefaultFreq)
			n, ok := fc.quick([]byte(tt.text))
			if n != tt.n || ok != tt.ok {
				t.Errorf("quick = %d, %v; want %d, %v", n, ok, tt.n, tt.ok)
			}
			if !ok {
				return
			}
			r, err := model.LoadBytes("t", "t", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			loaded := 0
			for _, rh := range Reports(mustQuery(t, tt.term, false), r) {
				loaded += len(rh.Hits)
			}
			if loaded != n {
				t.Errorf("counted %d from bytes, the loaded report has %d", n, loaded)
			}
		})
	}
}

// TestPlainUTF8 checks the word-at-a-time check against the rune-by-rune
// one, on every cut of texts with each kind of byte at each alignment.
func TestPlainUTF8(t *testing.T) {
	parts := []string{"a", "\n", "\t", "\x00", "\x1f", "\x7f", "\r", "é", "中", "，", "\uFFFD", "😀",
		"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf",
		"\xff", "\x80", "\xe4\xb8", "\xe4", "Ѐ", "ࠀ", "퟿", "\u0080", "\u009d", "\u009f", "\u00a0", "·"}
	for _, p := range parts {
		for _, q := range parts {
			for pad := 0; pad < 9; pad++ {
				s := strings.Repeat("中", pad%3) + strings.Repeat("x", pad) + p + strings.Repeat("文", 3) + q + "。"
				for cut := 0; cut <= len(s); cut++ {
					b := []byte(s[:cut])
					if got, want := plainUTF8(b), plainRunes(b); got != want {
						t.Fatalf("plainUTF8(%q) = %v, want %v", b, got, want)
					}
				}
			}
		}
	}
	if !plainUTF8([]byte("标题\n中文 text，１２３。\n")) || plainUTF8([]byte("标题\n中文\x01")) {
		t.Error("plainUTF8 misjudges plain text or a control character")
	}
	// A C1 control: Sanitize takes 0x9D for the start of an escape sequence
	// and drops what follows, so the bytes do not tell the count
	// (FuzzCountBytes found "\u009d0").
	if plainUTF8([]byte("标题\n中文正文内容很长\u009d0")) || !plainUTF8([]byte("标题\n中文正文·内容很长0")) {
		t.Error("plainUTF8 misjudges a C1 control or a middle dot")
	}
	for _, s := range []string{"中文", "中\xe4", "a\xc3\xa9b"} {
		if plainRunes([]byte(s)) != utf8.ValidString(s) {
			t.Errorf("plainRunes(%q) disagrees with utf8.ValidString", s)
		}
	}
}

// TestSearchIDsAsLoaded checks that search gives the IDs that loading gives
// (both take them from model.Inputs), for names that clash.
func TestSearchIDsAsLoaded(t *testing.T) {
	dir := fixture.NameClashes(t)
	loaded := model.LoadPaths([]string{dir, "-"}, strings.NewReader(fixture.Sample))
	ids := map[string]string{} // ID → source
	for _, r := range loaded.Reports {
		ids[r.ID] = r.Source
	}
	res := Paths([]string{dir, "-"}, strings.NewReader(fixture.Sample), mustQuery(t, "法治", false), false)
	for _, f := range res.Files {
		if src, ok := ids[f.Report.ID]; !ok || model.PrintableName(f.Report.Source) != src {
			t.Errorf("search gives ID %q to %q; loading gives it to %q", f.Report.ID, f.Report.Source, src)
		}
	}
	if len(res.Files) != len(ids) || len(ids) != 13 {
		t.Errorf("search found %d reports, loading %d; want 13", len(res.Files), len(ids))
	}
}
