package search

// The fast path of Paths (skipping files by their bytes, counting from the
// bytes) is an optimisation of the load pipeline: on any folder, it must
// give what loading every file with model.LoadPaths and searching an Index
// gives. These folders are generated from the seeds, each file with random
// features that the byte-level code must see through.

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/fold"
)

// chromeLines are lines of web-page furniture that cleaning drops.
var chromeLines = []string{"来源：法治政府网", "字号：大 中 小", "打印本页 关闭窗口", "发布时间：2024-03-01", "分享到："}

// genFile makes one report file from a window of a seed's lines, with
// random features: variant forms of characters (full-width, Traditional),
// spaces inside words, chrome lines, Markdown marks, paragraphs broken
// across lines as by a page break, CRLF line ends, stray invalid bytes, and
// one of the encodings Decode reads. One rune in variants (of those that
// have one) is written in another form.
func genFile(rng *rand.Rand, seed string, variants int) (name string, data []byte) {
	lines := strings.Split(strings.TrimSpace(seed), "\n")
	lo := rng.IntN(len(lines))
	lines = append([]string{lines[0]}, lines[lo:min(len(lines), lo+8+rng.IntN(30))]...)
	md := rng.IntN(3) == 0
	var out []string
	for i, l := range lines {
		l = varyRunes(rng, l, variants)
		switch {
		case md && i > 0 && strings.ContainsAny(l[:min(len(l), 6)], "一二三四五六"):
			l = "## " + l
		case md && rng.IntN(3) == 0:
			l = boldSome(rng, l)
		}
		if rng.IntN(6) == 0 {
			out = append(out, chromeLines[rng.IntN(len(chromeLines))])
		}
		if n := utf8.RuneCountInString(l); n > 70 && rng.IntN(3) == 0 {
			at := runeAt(l, 60+rng.IntN(n-65)) // a page break: cut a long line
			sep := "\n"
			if rng.IntN(2) == 0 {
				sep = "\n\n"
			}
			l = l[:at] + sep + l[at:]
		}
		out = append(out, l)
	}
	text := strings.Join(out, "\n") + "\n"
	if rng.IntN(5) == 0 {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	ext := ".txt"
	if md {
		ext = ".md"
	}
	return ext, encodeAs(rng, text)
}

// varyRunes writes one rune in every (of those that have one) in another
// form that folds to the same key, and puts spaces inside some words.
func varyRunes(rng *rand.Rand, l string, every int) string {
	var b strings.Builder
	for _, r := range l {
		if forms := fold.Unfold(fold.Rune(r)); len(forms) > 1 && rng.IntN(every) == 0 {
			for _, f := range forms[rng.IntN(len(forms)):] {
				if f != r {
					r = f
					break
				}
			}
		}
		b.WriteRune(r)
		if unicode.Is(unicode.Han, r) && rng.IntN(40) == 0 {
			b.WriteString([]string{" ", "\u3000", "\u200b", "\t"}[rng.IntN(4)])
		}
	}
	return b.String()
}

// boldSome wraps a run of a line in Markdown bold.
func boldSome(rng *rand.Rand, l string) string {
	n := utf8.RuneCountInString(l)
	if n < 6 {
		return l
	}
	i := rng.IntN(n - 4)
	j := i + 2 + rng.IntN(3)
	a, b := runeAt(l, i), runeAt(l, j)
	return l[:a] + "**" + l[a:b] + "**" + l[b:]
}

func runeAt(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// encodeAs writes text in a random encoding: UTF-8 (with a BOM, or with a
// stray invalid byte), GB18030, Big5, or UTF-16 with or without a BOM.
func encodeAs(rng *rand.Rand, text string) []byte {
	switch rng.IntN(8) {
	case 0:
		return append([]byte("\xEF\xBB\xBF"), text...)
	case 1:
		at := runeAt(text, rng.IntN(utf8.RuneCountInString(text)))
		return []byte(text[:at] + "\xFF" + text[at:])
	case 2:
		if b, err := simplifiedchinese.GB18030.NewEncoder().String(text); err == nil {
			return []byte(b)
		}
	case 3:
		if b, err := traditionalchinese.Big5.NewEncoder().String(text); err == nil {
			return []byte(b)
		}
	case 4:
		return utf16le(text, rng.IntN(2) == 0)
	case 5:
		var b []byte
		for _, u := range utf16.Encode([]rune(text)) {
			b = append(b, byte(u>>8), byte(u))
		}
		return b
	}
	return []byte(text)
}

// genQueries draws queries from the generated texts (the first from the
// first text): terms of two to four characters, two terms, a phrase, a regular expression and a term that no
// seed holds.
func genQueries(rng *rand.Rand, texts []string) []*Query {
	from := 0 // the first term from the first file, written in other forms
	term := func() string {
		rs := []rune(texts[from])
		from = rng.IntN(len(texts))
		for range 50 {
			i, n := rng.IntN(len(rs)), 2+rng.IntN(3)
			if i+n <= len(rs) && strings.IndexFunc(string(rs[i:i+n]), func(r rune) bool { return !unicode.Is(unicode.Han, r) }) < 0 {
				return string(rs[i : i+n])
			}
		}
		return "法治"
	}
	inputs := []string{term(), term(), term(), term(), term() + " " + term(), `"` + term() + `"`, "碳达峰"}
	var qs []*Query
	for _, in := range inputs {
		if q, err := ParseQuery(in, false); err == nil {
			qs = append(qs, q)
		}
	}
	t := []rune(term())
	if q, err := ParseQuery(string(t[0])+"."+string(t[len(t)-1]), true); err == nil {
		qs = append(qs, q)
	}
	return qs
}

// TestFastPathMatchesPipeline searches generated folders both ways, with
// and without counting, and wants the same files, hits, counts, errors,
// skips and warnings.
func TestFastPathMatchesPipeline(t *testing.T) {
	seedTexts := fixture.SeedTexts(t)
	folders := 8
	if testing.Short() {
		folders = 2
	}
	for f := range folders {
		rng := rand.New(rand.NewPCG(uint64(f), 2026))
		dir := t.TempDir()
		var texts []string
		for i := range 14 {
			s := seedTexts[rng.IntN(len(seedTexts))]
			variants := 12
			if i == 0 {
				variants = 1 // every rune that has one in another form
			}
			ext, data := genFile(rng, s, variants)
			name := filepath.Join(dir, fmt.Sprintf("d%d", i%3), fmt.Sprintf("r%02d%s", i, ext))
			os.MkdirAll(filepath.Dir(name), 0o755)
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if t, err := model.ReadText(name, data, false); err == nil {
				texts = append(texts, t.Text)
			}
		}
		// Control characters: a tenth makes a file binary, a few do not.
		var ctl []byte
		for k, r := range []rune(seedTexts[f%len(seedTexts)])[:300] {
			ctl = utf8.AppendRune(ctl, r)
			if k%(3+f%4*20) == 0 {
				ctl = append(ctl, []byte{0x01, 0x08, 0x0e, 0x1a}[rng.IntN(4)])
			}
		}
		os.WriteFile(filepath.Join(dir, "ctl.txt"), ctl, 0o644)
		os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
		os.WriteFile(filepath.Join(dir, "image.png"), []byte("\x89PNG"), 0o644)
		loaded := model.LoadPaths([]string{dir}, nil)
		ix := NewIndex(loaded.Reports)
		for _, q := range genQueries(rng, texts) {
			want, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatal(err)
			}
			for _, count := range []bool{false, true} {
				got := Paths([]string{dir}, nil, q, count)
				where := fmt.Sprintf("folder %d, %q, count %v", f, q.Text, count)
				checkAsLoaded(t, where, got, loaded, want, count)
			}
		}
	}
}

// checkAsLoaded compares what Paths found with what loading and searching
// gave.
func checkAsLoaded(t *testing.T, where string, got PathsResult, loaded model.Loaded, want *Results, count bool) {
	t.Helper()
	if g, w := errorList(got.Errors), errorList(loaded.Errors); g != w {
		t.Errorf("%s: errors:\n%s\nwant\n%s", where, g, w)
	}
	if g, w := warningList(got.Warnings), warningList(loaded.Warnings); g != w {
		t.Errorf("%s: warnings:\n%s\nwant\n%s", where, g, w)
	}
	if fmt.Sprint(got.Skipped) != fmt.Sprint(loaded.Skipped) {
		t.Errorf("%s: skipped %v, want %v", where, got.Skipped, loaded.Skipped)
	}
	if !count {
		if g, w := fileHitsList(got.Files), resultsList(want); g != w {
			t.Errorf("%s: hits:\n%s\nwant\n%s", where, g, w)
		}
		return
	}
	var g, w strings.Builder
	for _, f := range got.Files {
		fmt.Fprintf(&g, "%s %s %d\n", f.Report.ID, model.PrintableName(f.Report.Source), f.Count)
	}
	for _, r := range want.Reports {
		fmt.Fprintf(&w, "%s %s %d\n", r.Report.ID, r.Report.Source, len(r.Hits))
	}
	if g.String() != w.String() || got.Total != want.Total {
		t.Errorf("%s: counts (total %d):\n%s\nwant (total %d)\n%s", where, got.Total, g.String(), want.Total, w.String())
	}
}
