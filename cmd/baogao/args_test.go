package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/seeds"
)

// seedDir copies the seeds into a folder, as a user's folder of reports.
func seedDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	entries, _ := seeds.FS.ReadDir(".")
	for _, e := range entries {
		data, err := seeds.FS.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644)
	}
	return dir
}

// TestArgumentForms checks that every command takes reports the same way:
// PATHs (or --in) to load, then words that pick one, in any order with the
// flags; and that each form gives what the form it stands for gives.
func TestArgumentForms(t *testing.T) {
	dir := seedDir(t)
	file := filepath.Join(dir, "jinan-lixia-2024.txt")
	tests := []struct {
		name string
		args []string
		same []string // gives what this gives
	}{
		{"outline DIR words", []string{"outline", dir, "历下", "2024"}, []string{"outline", "jinan-lixia-2024"}},
		{"outline --in DIR words", []string{"outline", "--in", dir, "历下", "2024"}, []string{"outline", "历下", "2024"}},
		{"outline words DIR", []string{"outline", "历下", "2024", dir}, []string{"outline", "3"}},
		{"outline FILE", []string{"outline", file}, []string{"outline", "jinan-lixia-2024"}},
		{"outline DIR index", []string{"outline", dir, "3"}, []string{"outline", "jinan-lixia-2024"}},
		{"outline flag last", []string{"outline", dir, "历下", "2024", "--json"}, []string{"outline", "--json", "--in", dir, "jinan-lixia-2024"}},
		{"list DIR", []string{"list", dir}, []string{"list"}},
		{"list DIR words", []string{"list", dir, "2024"}, []string{"list", "--in", dir, "2024"}},
		{"show DIR words SECTION", []string{"show", dir, "历下", "2024", "2.3"}, []string{"show", "jinan-lixia-2024", "2.3"}},
		{"show FILE SECTION", []string{"show", file, "2.3"}, []string{"show", "3", "2.3"}},
		{"show FILE", []string{"show", file}, []string{"show", "jinan-lixia-2024"}},
		{"show topic", []string{"show", "历下", "2024", "不足"}, []string{"show", "jinan-lixia-2024", "3"}},
		{"show topic by name", []string{"show", "历下", "2024", "shortcomings"}, []string{"show", "jinan-lixia-2024", "不足"}},
		{"show topic synonym", []string{"show", "历下", "2024", "问题"}, []string{"show", "jinan-lixia-2024", "不足"}},
		{"show plans", []string{"show", dir, "历下", "2024", "安排"}, []string{"show", "jinan-lixia-2024", "4"}},
		{"show title words", []string{"show", "历下", "2024", "优化服务"}, []string{"show", "jinan-lixia-2024", "2.3"}},
		{"diff DIR shared words", []string{"diff", "--json", dir, "历下", "2020", "2024"}, []string{"diff", "--json", "jinan-lixia-2020", "jinan-lixia-2024"}},
		{"diff split words", []string{"diff", "--json", "历下", "2024", "周村", "2023"}, []string{"diff", "--json", "历下 2024", "周村 2023"}},
		{"diff FILE words", []string{"diff", "--json", file, "--in", dir, "周村"}, []string{"diff", "--json", "3", "5"}},
		{"check words", []string{"check", "历下", "2024"}, []string{"check", "jinan-lixia-2024"}},
		{"check two reports unquoted", []string{"check", "--json", "历下", "2024", "周村", "2023"}, []string{"check", "--json", "历下 2024", "周村 2023"}},
		{"check DIR words", []string{"check", dir, "历下", "2024"}, []string{"check", "--in", dir, "jinan-lixia-2024"}},
		{"figures shared words", []string{"figures", "历下", "2020", "2024"}, []string{"figures", "历下 2020", "历下 2024"}},
		{"figures DIR shared words", []string{"figures", dir, "历下", "2020", "2024"}, []string{"figures", "jinan-lixia-2020", "jinan-lixia-2024"}},
		{"followup shared words", []string{"followup", "历下", "2020", "2024"}, []string{"followup", "jinan-lixia-2020", "jinan-lixia-2024"}},
		{"followup DIR words", []string{"followup", "--json", dir, "历下 2020", "历下 2024"}, []string{"followup", "--json", "2", "3"}},
		{"search words unquoted", []string{"search", "法治", "政府", "建设"}, []string{"search", "法治 政府 建设"}},
		{"search DIR first", []string{"search", dir, "枫桥经验"}, []string{"search", "枫桥经验", dir}},
		{"search --in", []string{"search", "--in", dir, "枫桥经验"}, []string{"search", "枫桥经验", dir}},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, "", tt.args...)
		want, wantErr, wantCode := runCLI(t, "", tt.same...)
		if code != wantCode || errOut != wantErr || out != want || out == "" {
			t.Errorf("%s: %q: exit %d, stderr %q, %d bytes; %q: exit %d, stderr %q, %d bytes",
				tt.name, tt.args, code, errOut, len(out), tt.same, wantCode, wantErr, len(want))
		}
	}
}

// TestArgumentErrors checks that an error about how reports were named
// says what was expected, in one or two lines.
func TestArgumentErrors(t *testing.T) {
	dir := seedDir(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"outline", dir}, "5 reports are loaded; name one by its number in 'baogao list', its ID or words (历下 2024)"},
		{[]string{"outline", dir, "历下"}, `"历下" matches 2 reports: jinan-lixia-2020, jinan-lixia-2024; add words`},
		{[]string{"outline", "nosuch/dir"}, "baogao: nosuch/dir: no such file or directory"},
		{[]string{"outline", "报告.txt"}, `"报告.txt" is neither a file nor a report's ID`},
		{[]string{"show", "历下", "2024", "不存在的标题"}, `jinan-lixia-2024 has no section "不存在的标题"`},
		{[]string{"list", dir, "2099"}, `no report matches "2099" among the 5 loaded`},
		{[]string{"diff", dir}, "diff takes two reports, A and B (got 0)"},
		{[]string{"diff", "历下", "2024", "周村", "2023", "济宁"}, `does not name two reports; quote each`},
		{[]string{"show"}, "show needs a report"},
		{[]string{"search"}, "search needs a query"},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, "", tt.args...)
		if code == 0 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") > 2 {
			t.Errorf("%q: exit %d, stderr %q; want %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestConfigFile checks that the config's folders are what no PATH
// means, that its lang is the language unless --lang says otherwise, and
// that a bad config is one error line and the defaults, the command still
// running.
func TestConfigFile(t *testing.T) {
	dir := seedDir(t)
	os.Remove(filepath.Join(dir, "jinan-lixia-2020.txt"))
	conf := filepath.Join(t.TempDir(), "config.toml")
	t.Setenv("BAOGAO_CONFIG", conf)
	os.WriteFile(conf, []byte("lang = \"zh\"\nfolders = [\""+filepath.ToSlash(dir)+"\"]\n"), 0o644)
	out, errOut, code := runCLI(t, "", "list")
	if code != 0 || errOut != "" || strings.Count(out, "\n") != 5 || !strings.HasPrefix(out, "#  ID") || !strings.Contains(out, "单位") {
		t.Errorf("config folders and lang: exit %d, stderr %q:\n%s", code, errOut, out)
	}
	out, _, _ = runCLI(t, "", "--lang", "en", "list")
	if !strings.Contains(out, "UNIT") {
		t.Errorf("--lang en over the config's zh:\n%s", out)
	}
	if out, _, _ := runCLI(t, "", "search", "--count", "枫桥经验"); strings.Count(out, "\n") != 3 {
		t.Errorf("search in the config's folders:\n%s", out)
	}
	os.WriteFile(conf, []byte("ambiguous = \"wide\"\n"), 0o644)
	if out, _, _ := runCLI(t, "", "help", "diff"); !strings.Contains(out, "(default wide)") {
		t.Errorf("the config's ambiguous is not diff's default:\n%s", out)
	}
	os.WriteFile(conf, []byte("lang = \"zh\"\nfolders = \""+filepath.ToSlash(dir)+"\"\ncolour = 3\n"), 0o644)
	out, errOut, code = runCLI(t, "", "list")
	want := "baogao: " + conf + `:3: unknown key "colour" (known: ambiguous, folders, lang, reading_width, [keys], [colors]); using the defaults` + "\n"
	if code != 0 || errOut != want || strings.Count(out, "\n") != 6 {
		t.Errorf("bad config: exit %d, stderr %q, want %q:\n%s", code, errOut, want, out)
	}
}

// TestCompatPickReport checks that the helpers kept for older commands
// resolve as the selector does.
func TestCompatPickReport(t *testing.T) {
	dir := seedDir(t)
	r, failed, err := pickReport("历下 2024", []string{dir}, nil, io.Discard)
	if err != nil || failed || r.ID != "jinan-lixia-2024" {
		t.Errorf("pickReport words: %v %v %v", r, failed, err)
	}
	r, _, err = pickReport(filepath.Join(dir, "zibo-zhoucun-2023.txt"), nil, nil, io.Discard)
	if err != nil || r.ID != "zibo-zhoucun-2023" {
		t.Errorf("pickReport file: %v %v", r, err)
	}
	a, b, _, err := pickTwo("1", "周村", nil, nil, io.Discard)
	if err != nil || a.ID != "jinan-changqing-2023" || b.ID != "zibo-zhoucun-2023" {
		t.Errorf("pickTwo: %v %v %v", a, b, err)
	}
}
