package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"baogao/model"
	"baogao/model/fold"
	"baogao/seeds"
)

func runSearch(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"search"}, args...), strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestCmdSearch(t *testing.T) {
	dir := t.TempDir()
	gb, err := simplifiedchinese.GB18030.NewEncoder().String("关于2023年度法治政府建设的报告\n一、主要举措\n坚持发展新时代“枫桥经验”。\n")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "gb.txt"), []byte(gb), 0o644)
	os.WriteFile(filepath.Join(dir, "trad.txt"), []byte("標題\n一、部分\n出庭應訴率達到１００％。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.xlsx"), []byte("%PDF"), 0o644)
	missing := filepath.Join(dir, "missing.txt")

	tests := []struct {
		name   string
		args   []string
		code   int
		out    []string // each must occur in stdout
		notOut []string // none may occur in stdout
		err    string   // must occur in stderr ("" = stderr empty)
		lines  int      // stdout lines, -1 = any
	}{
		{name: "seeds", args: []string{"枫桥经验"}, code: 0, lines: 3,
			out: []string{"jinan-changqing-2023  2.5  ", "jinan-lixia-2024  2.5  …", "jining-jingkai-2024  1.2.2  …", "“枫桥经验”"}},
		{name: "traditional query", args: []string{"楓橋經驗"}, code: 0, lines: 3},
		{name: "nothing", args: []string{"碳达峰"}, code: 1, lines: 0},
		{name: "all words", args: []string{"枫桥经验 矛盾纠纷"}, code: 0, lines: -1, out: []string{"jinan-changqing-2023  2.5  "}},
		{name: "phrase with space", args: []string{`"2023 年度"`}, code: 0, lines: -1, out: []string{"zibo-zhoucun-2023  -  中共周村区委"}},
		{name: "digit space Chinese", args: []string{"2023 年度"}, code: 0, lines: 5, out: []string{"zibo-zhoucun-2023  -  中共周村区委"}},
		{name: "digit Chinese", args: []string{"2023年度"}, code: 0, lines: 5},
		{name: "regex only empty", args: []string{"--regex", "^$"}, code: 2, lines: 0, err: "baogao: regular expression `^$` matches only empty text"},
		{name: "regex nothing", args: []string{"--regex", `[^\x00-\x{10FFFF}]`}, code: 2, lines: 0, err: "can match nothing"},
		{name: "count", args: []string{"--count", "枫桥经验"}, code: 0, lines: 3,
			out: []string{"jinan-changqing-2023  1\n", "jinan-lixia-2024  1\n", "jining-jingkai-2024  1\n"}},
		{name: "count flag after query", args: []string{"枫桥经验", "--count"}, code: 0, lines: 3},
		{name: "regex", args: []string{"--regex", `出庭应诉率.{0,6}\d+(\.\d+)?%`}, code: 0, lines: -1, out: []string{"出庭应诉率"}},
		{name: "bad regex", args: []string{"--regex", "(枫桥"}, code: 2, lines: 0, err: "invalid regular expression: missing closing )"},
		{name: "empty query", args: []string{"  "}, code: 2, lines: 0, err: "empty search"},
		{name: "no query", args: nil, code: 2, lines: 0, err: "Usage: baogao search"},
		{name: "help", args: []string{"--help"}, code: 0, lines: -1, out: []string{"--count", "Examples:"}},
		{name: "words unquoted", args: []string{"枫桥经验", "矛盾纠纷"}, code: 0, lines: -1, out: []string{"jinan-changqing-2023  2.5  "}},
		{name: "folder first", args: []string{dir, "枫桥经验"}, code: 0, lines: 1, out: []string{"gb  1  "}, err: "notes.xlsx: skipped"},
		{name: "missing file as word", args: []string{"枫桥经验", "报告.txt"}, code: 1, lines: 0,
			err: `baogao: "报告.txt" is no file or folder; searching for it as a word`},
		{name: "regex and words", args: []string{"--regex", "a", "b"}, code: 2, lines: 0, err: "with --regex the query is one argument"},
		{name: "bad color", args: []string{"--color=rainbow", "x"}, code: 2, lines: 0, err: "--color must be"},
		{name: "no color in a buffer", args: []string{"枫桥经验"}, code: 0, lines: 3, notOut: []string{"\x1b["}},
		{name: "color always", args: []string{"--color=always", "枫桥经验"}, code: 0, lines: 3,
			out: []string{"\x1b[1;31m枫桥经验\x1b[0m", "\x1b[35mjinan-lixia-2024\x1b[0m"}},
		{name: "folder", args: []string{"枫桥经验", dir}, code: 0, lines: 1,
			out: []string{"gb  1  坚持发展新时代“枫桥经验”。"}, err: "notes.xlsx: skipped"},
		{name: "folder fullwidth", args: []string{"出庭应诉率达到100%", dir}, code: 0, lines: 1,
			out: []string{"trad  1  出庭應訴率達到１００％。"}, err: "notes.xlsx: skipped"},
		{name: "failed input still prints", args: []string{"枫桥经验", filepath.Join(dir, "gb.txt"), missing}, code: 2, lines: 1,
			out: []string{"gb  1  "}, err: "baogao: " + missing + ": no such file or directory"},
		{name: "failed input, nothing found", args: []string{"碳达峰", missing}, code: 2, lines: 0, err: "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runSearch(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			for _, s := range tt.out {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tt.notOut {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			if tt.err == "" && errOut != "" || !strings.Contains(errOut, tt.err) {
				t.Errorf("stderr %q, want %q", errOut, tt.err)
			}
			if n := strings.Count(out, "\n"); tt.lines >= 0 && n != tt.lines {
				t.Errorf("%d lines, want %d:\n%s", n, tt.lines, out)
			}
		})
	}
}

// TestCmdSearchJSON checks the JSON shape and that start/end pick the match
// out of the section's text, as `show ID SECTION` prints it.
func TestCmdSearchJSON(t *testing.T) {
	out, errOut, code := runSearch(t, "--json", "楓橋經驗 坚持")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Query   string `json:"query"`
		Total   int    `json:"total"`
		Reports []struct {
			ID    string `json:"id"`
			Count int    `json:"count"`
			Hits  []struct {
				Section, Title, Snippet string
				Start, End              int
			} `json:"hits"`
		} `json:"reports"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if got.Query != "楓橋經驗 坚持" || got.Total == 0 || len(got.Reports) == 0 {
		t.Fatalf("unexpected result: %+v", got)
	}
	loaded := model.LoadFS(seeds.FS, "seeds")
	byID := map[string]*model.Report{}
	for _, r := range loaded.Reports {
		byID[r.ID] = r
	}
	n := 0
	for _, rep := range got.Reports {
		r := byID[rep.ID]
		if r == nil || rep.Count != len(rep.Hits) {
			t.Fatalf("report %q: count %d, %d hits", rep.ID, rep.Count, len(rep.Hits))
		}
		for _, h := range rep.Hits {
			n++
			s := r.FindPath(h.Section)
			if s == nil || s.Title != h.Title {
				t.Fatalf("%s: no section %q titled %q", rep.ID, h.Section, h.Title)
			}
			shown, errOut, code := runCLI(t, "", "show", rep.ID, h.Section)
			if code != 0 {
				t.Fatalf("show %s %s: exit %d: %s", rep.ID, h.Section, code, errOut)
			}
			text := []rune(shown)
			match := string(text[h.Start:h.End])
			if k := fold.String(match); k != "枫桥经验" && k != "坚持" {
				t.Errorf("%s §%s [%d,%d) is %q", rep.ID, h.Section, h.Start, h.End, match)
			}
			if !strings.Contains(h.Snippet, match) {
				t.Errorf("snippet %q lacks %q", h.Snippet, match)
			}
		}
	}
	if n != got.Total {
		t.Errorf("total %d, hits %d", got.Total, n)
	}
	out, _, code = runSearch(t, "--json", "--count", "枫桥经验")
	if code != 0 || strings.Contains(out, `"hits"`) || !strings.Contains(out, `"count": 1`) {
		t.Errorf("--json --count: exit %d\n%s", code, out)
	}
	out, _, code = runSearch(t, "--json", "碳达峰")
	if code != 1 || !strings.Contains(out, `"reports": []`) {
		t.Errorf("--json with no hits: exit %d\n%s", code, out)
	}
}
