package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/fold"
	"baogao/model/search"
	"baogao/seeds"
)

// seedQueries returns queries cut from the seeds' own text, a few from
// every kind of search unit (title, preamble, headings, paragraphs), so
// that hits fall everywhere, and some written as users write them.
func seedQueries(reports []*model.Report) []string {
	qs := []string{"区", "法治", "2023 年度", `"2023 年度"`, "枫桥经验 坚持", "（一）", "100%", "１００％",
		"楓橋經驗", "报告", "中共周村区委", "年", "。", "“", "re:\\d+%", "re:^一", "re:法治.{0,3}建设", "re:年度$"}
	for _, r := range reports {
		units := append([]string{r.Title}, r.Preamble...)
		r.Walk(func(s *model.Section) { units = append(units, s.Heading()) })
		r.Walk(func(s *model.Section) { units = append(units, s.Paras...) })
		for i, u := range units {
			rs := []rune(u)
			if len(rs) < 6 || i%5 != 0 && i > 3 {
				continue
			}
			qs = append(qs, string(rs[1:4]), string(rs[len(rs)-4:len(rs)-1]))
		}
	}
	return qs
}

type jsonHits struct {
	Total   int
	Reports []struct {
		ID   string
		Hits []struct {
			Section    string
			Start, End int
		}
	}
}

// TestSearchOffsetsIndexShow is a property test: for every seed and many
// queries, for every hit search --json gives, the runes [start, end) of
// what `show ID SECTION` prints (SECTION - for the title and preamble) are
// the original text the hit matched.
func TestSearchOffsetsIndexShow(t *testing.T) {
	loaded := model.LoadFS(seeds.FS, "seeds")
	dir := t.TempDir()
	shapes := map[string]string{
		"titled.txt":   "某区2024年度法治政府建设报告\n前言：2023 年度法治。\n　　第二段，法治。\n一、主要举措\n法治正文。\n",
		"untitled.txt": "前言法治。\n一、主要举措\n（一）法治\n法治正文。\n",
		"only.txt":     "某区2024年度法治政府建设报告\n一、主要举措\n法治正文。\n",
	}
	var extra []*model.Report
	for name, text := range shapes {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	}
	extra = model.LoadPaths([]string{dir}, nil).Reports
	shows := map[string][]rune{}
	show := func(in []string, id, section string) []rune {
		key := strings.Join(in, " ") + "\x00" + id + "\x00" + section
		if text, ok := shows[key]; ok {
			return text
		}
		args := []string{"show"}
		for _, p := range in {
			args = append(args, "--in", p)
		}
		out, errOut, code := runCLI(t, "", append(args, id, section)...)
		if code != 0 {
			t.Fatalf("show %s %s: exit %d: %s", id, section, code, errOut)
		}
		shows[key] = []rune(out)
		return shows[key]
	}
	n, inPreamble := 0, 0
	for _, set := range []struct {
		in      []string
		reports []*model.Report
	}{{nil, loaded.Reports}, {[]string{dir}, extra}} {
		for _, query := range append(seedQueries(set.reports), "前言", "法治", "2023 年度") {
			text, regex := strings.CutPrefix(query, "re:")
			q, err := search.ParseQuery(text, regex)
			if err != nil {
				t.Fatalf("%q: %v", query, err)
			}
			args := []string{"search", "--json"}
			if regex {
				args = append(args, "--regex")
			}
			out, errOut, code := runCLI(t, "", append(append(args, text), set.in...)...)
			var got jsonHits
			if err := json.Unmarshal([]byte(out), &got); err != nil || code == 2 {
				t.Fatalf("search %q: exit %d, %v: %s", query, code, err, errOut)
			}
			want := search.Reports(q, set.reports...)
			if len(got.Reports) != len(want) {
				t.Fatalf("search %q: %d reports, the model finds %d", query, len(got.Reports), len(want))
			}
			snip := search.Snippets{}
			for i, rep := range got.Reports {
				if rep.ID != want[i].Report.ID || len(rep.Hits) != len(want[i].Hits) {
					t.Fatalf("search %q: %s with %d hits, the model finds %s with %d", query, rep.ID, len(rep.Hits), want[i].Report.ID, len(want[i].Hits))
				}
				for j, h := range rep.Hits {
					_, match, _ := snip.Of(want[i].Hits[j])
					section := h.Section
					if section == "" {
						section = "-"
					}
					shown := show(set.in, rep.ID, section)
					if h.Start < 0 || h.End > len(shown) || h.Start >= h.End {
						t.Fatalf("search %q: %s §%s [%d,%d) outside show's %d runes", query, rep.ID, section, h.Start, h.End, len(shown))
					}
					if got := string(shown[h.Start:h.End]); got != match {
						t.Errorf("search %q: %s §%s [%d,%d) is %q in show's output, the hit matched %q", query, rep.ID, section, h.Start, h.End, got, match)
					}
					if !regex && !strings.Contains(strings.Join(q.Terms, "\n"), fold.String(match)) {
						t.Errorf("search %q: %s §%s matched %q, no term of %q", query, rep.ID, section, match, q.Terms)
					}
					n++
					if section == "-" && h.Start > 0 {
						inPreamble++
					}
				}
			}
		}
	}
	if n < 1000 || inPreamble < 20 {
		t.Errorf("only %d hits checked, %d in a preamble", n, inPreamble)
	}
	t.Logf("%d hits checked, %d in a preamble", n, inPreamble)
}

// TestCLIShowTitleAndPreamble checks SECTION -: the title and preamble as
// the report's text starts with them, and an error for a report that has
// neither.
func TestCLIShowTitleAndPreamble(t *testing.T) {
	whole, _, _ := runCLI(t, "", "show", "zibo-zhoucun-2023")
	out, errOut, code := runCLI(t, "", "show", "zibo-zhoucun-2023", "-")
	if code != 0 || out == "" || !strings.HasPrefix(whole, out) || strings.Contains(out, "一、") {
		t.Errorf("show - : exit %d, stderr %q:\n%s", code, errOut, out)
	}
	if !strings.HasPrefix(out, "中共周村区委 周村区人民政府 关于 2023 年度法治政府建设工作的报告\n\n2023 年以来") {
		t.Errorf("show - does not start with the title, a blank line and the preamble:\n%.200s", out)
	}
	out, _, code = runCLI(t, "", "show", "周村", "-")
	if code != 0 || !strings.HasPrefix(whole, out) {
		t.Errorf("show 周村 - : exit %d", code)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bare.txt"), []byte("一、主要举措\n正文。\n"), 0o644)
	_, errOut, code = runCLI(t, "", "show", "--in", dir, "bare", "-")
	if code != 2 || !strings.Contains(errOut, "bare has no title or preamble") {
		t.Errorf("show bare - : exit %d, stderr %q", code, errOut)
	}
}

// TestCLIShowErrors checks that a SECTION the report lacks is named as
// such, whatever it looks like, and that words naming no report still say
// so.
func TestCLIShowErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"show", "jinan-lixia-2024", "50000"}, `baogao: jinan-lixia-2024 has no section "50000" (see 'baogao outline jinan-lixia-2024')`},
		{[]string{"show", "jinan-lixia-2024", "9.9"}, `jinan-lixia-2024 has no section "9.9"`},
		{[]string{"show", "jinan-lixia-2024", "bogus"}, `jinan-lixia-2024 has no section "bogus"`},
		{[]string{"show", "历下", "2024", "50000"}, `jinan-lixia-2024 has no section "50000"`},
		{[]string{"show", "3", "七"}, `jinan-lixia-2024 has no section "七"`},
		{[]string{"show", "jinan-lixia-2024", "二/九"}, `jinan-lixia-2024 has no section "二/九"`},
		{[]string{"show", "历下", "2099"}, `no report matches "历下 2099"`},
		{[]string{"show", "海淀", "2.3"}, `no report matches "海淀"`},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, "", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stdout %d bytes, stderr %q; want 2 and one line with %q", tt.args, code, len(out), errOut, tt.want)
		}
	}
}

// TestSectionOutputOffset checks the offset search --json adds: the runes
// of show's heading lines.
func TestSectionOutputOffset(t *testing.T) {
	r := model.Parse("x", "标题\n一、部分\n（一）小节\n正文。\n")
	s := r.FindPath("1.1")
	text, off := sectionOutput(r, s)
	if want := "一、部分 ›\n"; !strings.HasPrefix(text, want) || off != utf8.RuneCountInString(want) || string([]rune(text)[off:]) != s.Text() {
		t.Errorf("sectionOutput = %q, %d", text, off)
	}
}
