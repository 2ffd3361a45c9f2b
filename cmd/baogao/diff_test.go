package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/compare"
	"baogao/ui/text"
)

// nextYearFiles writes 历下区 2024 and an edited copy (a count changed, a
// sentence dropped, one rewritten, the plans part's year moved on) to a
// temporary folder and returns their paths.
func nextYearFiles(t *testing.T) (string, string) {
	t.Helper()
	orig, err := os.ReadFile(filepath.Join("..", "..", "seeds", "jinan-lixia-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	next := string(orig)
	for _, e := range [][2]string{
		{"听取法治建设工作汇报14次", "听取法治建设工作汇报26次"},
		{"三是社会和谐稳定质效全面提升。", ""},
		{"惠企联系点20个", "惠企联系点32个"},
		{"2025年工作打算", "2026年工作打算"},
	} {
		if strings.Count(next, e[0]) != 1 {
			t.Fatalf("%q is not in the seed once", e[0])
		}
		next = strings.Replace(next, e[0], e[1], 1)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "lixia-2024.txt"), filepath.Join(dir, "lixia-next.txt")
	if err := os.WriteFile(a, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(next), 0o644); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// TestDiffGolden keeps the output of `baogao diff` in testdata/cli.
func TestDiffGolden(t *testing.T) {
	a, b := nextYearFiles(t)
	tests := []struct {
		name string
		args []string
	}{
		{"diff-districts", []string{"diff", "jinan-lixia-2024", "zibo-zhoucun-2023"}},
		{"diff-districts-side-80", []string{"diff", "--side-by-side", "历下 2024", "济宁"}},
		{"diff-next-year", []string{"diff", a, b}},
		{"diff-next-year-side-160", []string{"diff", "--width", "160", a, b}},
		{"diff-next-year-json", []string{"diff", "--json", a, b}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "", tt.args...)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			checkGolden(t, filepath.Join("testdata", "cli", tt.name+".golden"), out)
		})
	}
}

// TestDiffShowsEdits: without colour every edit is marked in the text and
// nothing else is; no escape sequence is written.
func TestDiffShowsEdits(t *testing.T) {
	a, b := nextYearFiles(t)
	out, _, code := runCLI(t, "", "diff", "--width", "200", "--unified", a, b)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"[-14-]{+26+}次", "[-20-]{+32+}个", "[-三是社会和谐稳定质效全面提升。-]", "四、2025年工作打算 ↔ 四、2026年工作打算"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if n := strings.Count(out, "[-"); n != 3 {
		t.Errorf("%d removals marked, want 3:\n%s", n, out)
	}
	if n := strings.Count(out, "{+"); n != 2 {
		t.Errorf("%d additions marked, want 2", n)
	}
	if strings.Contains(out, "\x1b") {
		t.Error("escape sequence in output that is not a terminal")
	}
}

// TestDiffColor: on a terminal the marks become colours.
func TestDiffColor(t *testing.T) {
	a, b := nextYearFiles(t)
	ra, rb := loadFile(t, a), loadFile(t, b)
	for _, side := range []bool{false, true} {
		w := &diffWriter{layout: layout{width: 160, side: side, color: true}}
		w.comparison(compare.Reports(ra, rb))
		out := w.b.String()
		if strings.Contains(out, "[-") || strings.Contains(out, "{+") {
			t.Errorf("side %v: word-diff marks in colour output", side)
		}
		if !strings.Contains(out, "\x1b[31m14\x1b[m") || !strings.Contains(out, "\x1b[32m26\x1b[m") {
			t.Errorf("side %v: the changed count is not coloured", side)
		}
	}
}

// TestDiffWidths: at any width, in both layouts, no line is wider than the
// width in terminal cells, and no unified line starts with closing
// punctuation.
func TestDiffWidths(t *testing.T) {
	ra, rb := loadPair(t, "jinan-lixia-2024", "jining-jingkai-2024")
	c := compare.Reports(ra, rb)
	for _, width := range []int{20, 27, 41, 64, 80, 99, 119, 120, 141, 160, 213} {
		for _, side := range []bool{false, true} {
			w := &diffWriter{layout: layout{width: width, side: side}}
			w.comparison(c)
			for i, line := range strings.Split(strings.TrimSuffix(w.b.String(), "\n"), "\n") {
				if cw := cellWidth(line); cw > width {
					t.Fatalf("width %d side %v: line %d is %d cells: %q", width, side, i+1, cw, line)
				}
				body := strings.TrimLeft(line, " ")
				if r, _ := utf8.DecodeRuneInString(body); !side && text.IsClosing(r) && width > 20 {
					t.Fatalf("width %d: line %d starts with %q: %q", width, i+1, r, line)
				}
			}
		}
	}
}

func loadPair(t *testing.T, a, b string) (*model.Report, *model.Report) {
	t.Helper()
	reports, _ := loadReports(nil, nil, nil)
	ra, err := resolveReport(a, reports)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := resolveReport(b, reports)
	if err != nil {
		t.Fatal(err)
	}
	return ra, rb
}

func TestDiffUsage(t *testing.T) {
	tests := []struct {
		args    []string
		errPart string
	}{
		{[]string{"diff", "jinan-lixia-2024"}, "diff takes two reports, A and B (got 1)"},
		{[]string{"diff", "a", "b", "c"}, `"a b c" does not name two reports; quote each`},
		{[]string{"diff", "历下", "2020", "2024", "周村"}, `does not name two reports`},
		{[]string{"diff", "seeds/none.txt", "1"}, "seeds/none.txt: no such file or directory"},
		{[]string{"diff", "--unified", "--side-by-side", "1", "2"}, "exclude each other"},
		{[]string{"diff", "--width", "5", "1", "2"}, "at least 20"},
		{[]string{"diff", "jinan-lixia-2024", "海淀"}, "no report matches"},
		{[]string{"diff", "历下", "3"}, "matches 2 reports"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, "", tt.args...)
		if code != 2 || !strings.Contains(errOut, tt.errPart) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tt.args, code, errOut, tt.errPart)
		}
	}
}

func TestChooseLayout(t *testing.T) {
	var notTerm strings.Builder
	tests := []struct {
		width             int
		unified, side     bool
		wantWidth         int
		wantSide, wantCol bool
	}{
		{0, false, false, defaultWidth, false, false},
		{160, false, false, 160, true, false},
		{119, false, false, 119, false, false},
		{160, true, false, 160, false, false},
		{0, false, true, defaultWidth, true, false},
	}
	for _, tt := range tests {
		got := chooseLayout(&notTerm, tt.width, tt.unified, tt.side)
		if got.width != tt.wantWidth || got.side != tt.wantSide || got.color != tt.wantCol {
			t.Errorf("chooseLayout(%d, %v, %v) = %+v", tt.width, tt.unified, tt.side, got)
		}
	}
}

// BenchmarkDiffCLI is `baogao diff` on two seed files in process: loading,
// comparing and rendering, without the process start.
func BenchmarkDiffCLI(b *testing.B) {
	a, bb := filepath.Join("..", "..", "seeds", "jinan-lixia-2024.txt"), filepath.Join("..", "..", "seeds", "zibo-zhoucun-2023.txt")
	var out, errOut strings.Builder
	for b.Loop() {
		out.Reset()
		if code := run([]string{"diff", a, bb}, nil, &out, &errOut); code != 0 {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}

// TestDiffIn: A and B resolve among the reports of --in, loaded once.
func TestDiffIn(t *testing.T) {
	a, _ := nextYearFiles(t)
	out, errOut, code := runCLI(t, "", "diff", "--in", filepath.Dir(a), "--json", "lixia-2024", "lixia-next")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if !strings.Contains(out, `"id": "lixia-next"`) || !strings.Contains(out, `"changed": 2`) {
		t.Errorf("unexpected output:\n%.400s", out)
	}
}

// TestDiffOpensApp: baogao diff opens the app only on a terminal and only
// when no flag asks for printed output.
func TestDiffOpensApp(t *testing.T) {
	tests := []struct {
		terminal bool
		flags    []string
		want     bool
	}{
		{true, nil, true},
		{true, []string{"in"}, true},
		{true, []string{"ambiguous"}, true},
		{false, nil, false},
		{true, []string{"json"}, false},
		{true, []string{"unified"}, false},
		{true, []string{"side-by-side"}, false},
		{true, []string{"width"}, false},
		{true, []string{"in", "width"}, false},
	}
	for _, tt := range tests {
		set := map[string]bool{}
		for _, f := range tt.flags {
			set[f] = true
		}
		if got := opensApp(tt.terminal, set); got != tt.want {
			t.Errorf("terminal %v, flags %v: opens the app %v, want %v", tt.terminal, tt.flags, got, tt.want)
		}
	}
	// Not a terminal: the comparison is printed, as before.
	out, _, code := runCLI(t, "", "diff", "jinan-lixia-2024", "zibo-zhoucun-2023")
	if code != 0 || !strings.HasPrefix(out, "A: jinan-lixia-2024") {
		t.Errorf("diff to a pipe: exit %d, output %.80q", code, out)
	}
}

// TestDiffSummaryBreaksBetweenParts checks that the summary line wraps only
// between its parts: every line but the last ends with "," or "·".
func TestDiffSummaryBreaksBetweenParts(t *testing.T) {
	for _, w := range []int{40, 60, 80, 100, 120, 140} {
		out, _, code := runCLI(t, "", "diff", "--unified", "--width", strconv.Itoa(w), "jinan-lixia-2024", "zibo-zhoucun-2023")
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		lines := strings.Split(out, "\n")
		i := 0
		for i < len(lines) && !strings.Contains(lines[i], "% similar") {
			i++
		}
		var summary []string
		for ; i < len(lines) && lines[i] != ""; i++ {
			summary = append(summary, lines[i])
		}
		if len(summary) == 0 {
			t.Fatalf("width %d: no summary in\n%s", w, out)
		}
		for _, l := range summary[:len(summary)-1] {
			if !strings.HasSuffix(l, ",") && !strings.HasSuffix(l, "·") {
				t.Errorf("width %d: summary breaks inside a part: %q", w, summary)
				break
			}
		}
	}
}

// TestDiffShowsTitleChange checks that a changed report title is printed
// with its marks, and that an unchanged one prints no title line.
func TestDiffShowsTitleChange(t *testing.T) {
	orig, err := os.ReadFile(filepath.Join("..", "..", "seeds", "jinan-lixia-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	const title = "济南市历下区2024年度法治政府建设报告"
	if strings.Count(string(orig), title) != 1 {
		t.Fatalf("%q is not in the seed once", title)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	// A year moved on by the reports' difference is no change (see
	// TestDiffYears): the title changes in words.
	next := strings.Replace(string(orig), title, strings.Replace(title, "建设报告", "建设情况报告", 1), 1)
	if err := os.WriteFile(a, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b, []byte(next), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, "", "diff", "--unified", "--width", "80", a, b)
	if code != 0 || !strings.Contains(out, "title: 济南市历下区2024年度法治政府建设{+情况+}报告") {
		t.Errorf("exit %d; no marked title line in\n%s", code, out[:min(len(out), 600)])
	}
	if out, _, _ := runCLI(t, "", "diff", "--unified", "--width", "80", a, a); strings.Contains(out, "title: ") {
		t.Errorf("a title line for equal titles:\n%s", out[:min(len(out), 600)])
	}
}

// TestDiffSignature checks that a changed 落款 is printed, marked.
func TestDiffSignature(t *testing.T) {
	dir := t.TempDir()
	body := "某县2024年度法治政府建设报告\n一、主要举措和成效\n全年办理案件100件。\n"
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(body+"某某县人民政府\n2025年3月1日\n"), 0o644)
	os.WriteFile(b, []byte(body+"某某县人民政府\n2025年4月9日\n"), 0o644)
	out, errOut, code := runCLI(t, "", "diff", "--unified", "--width", "80", a, b)
	if code != 0 || !strings.Contains(out, "signature: ") || !strings.Contains(out, "2025年[-3月1-]{+4月9+}日") {
		t.Errorf("exit %d, stderr %q, output:\n%s", code, errOut, out)
	}
}

// loadFile loads the report in one file.
func loadFile(t *testing.T, path string) *model.Report {
	t.Helper()
	l := model.LoadPaths([]string{path}, nil)
	if len(l.Reports) != 1 {
		t.Fatalf("%s: %d reports", path, len(l.Reports))
	}
	return l.Reports[0]
}
