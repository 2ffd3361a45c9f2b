package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// runCLI runs baogao with args and returns stdout, stderr and the exit code.
func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestCLIGolden keeps the plain-text output of the report commands in
// testdata/cli/*.golden.
func TestCLIGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"list", []string{"list"}},
		{"list-json", []string{"list", "--json"}},
		{"outline-lixia-2024", []string{"outline", "jinan-lixia-2024"}},
		{"outline-zhoucun-json", []string{"outline", "--json", "zibo-zhoucun-2023"}},
		{"outline-news", []string{"outline", "2"}},
		{"show-section-path", []string{"show", "jinan-lixia-2024", "2.3"}},
		{"show-label-path", []string{"show", "jining-jingkai-2024", "一/（二）/2"}},
		{"show-words-section", []string{"show", "历下", "2024", "2.3"}},
		{"show-words-label", []string{"show", "济宁", "三"}},
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

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

func TestResolveReport(t *testing.T) {
	tests := []struct {
		spec, want, errPart string
	}{
		{"3", "jinan-lixia-2024", ""},
		{"jinan-lixia-2024", "jinan-lixia-2024", ""},
		{"历下 2024", "jinan-lixia-2024", ""},
		{"歷下 ２０２４", "jinan-lixia-2024", ""},
		{"周村", "zibo-zhoucun-2023", ""},
		{"济宁市", "jining-jingkai-2024", ""},
		{"2020", "jinan-lixia-2020", ""},
		{"历下", "", "matches 2 reports: jinan-lixia-2020, jinan-lixia-2024"},
		{"海淀", "", "no report matches"},
		{"99", "", "no report matches"},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, "", "outline", "--json", tt.spec)
		if tt.errPart != "" {
			if code != 2 || !strings.Contains(errOut, tt.errPart) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("outline %q: exit %d, stderr %q; want exit 2 and one line with %q", tt.spec, code, errOut, tt.errPart)
			}
			continue
		}
		var got struct{ ID string }
		if err := json.Unmarshal([]byte(out), &got); err != nil || code != 0 || got.ID != tt.want {
			t.Errorf("outline %q: exit %d, id %q (%v), want %q", tt.spec, code, got.ID, err, tt.want)
		}
	}
}

// TestCLIBadInput checks that failed inputs are named on stderr, one line
// each, that the rest is still printed, and that the exit status is 2.
func TestCLIBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("某区2024年度法治政府建设报告\n一、主要举措和成效\n正文。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("\x00\x01\x02\x03"), 0o644)
	os.WriteFile(filepath.Join(dir, "pic.png"), []byte("\x89PNG"), 0o644)
	out, errOut, code := runCLI(t, "", "list", dir, filepath.Join(dir, "missing.txt"))
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(out, "good") {
		t.Errorf("good.txt not listed:\n%s", out)
	}
	wantLines := []string{
		"baogao: " + filepath.Join(dir, "pic.png") + ": skipped (not a report format)",
		"baogao: " + filepath.Join(dir, "bin.txt") + ": binary file, not text",
		"baogao: " + filepath.Join(dir, "empty.txt") + ": empty file",
		"baogao: " + filepath.Join(dir, "missing.txt") + ": no such file or directory",
	}
	for _, l := range wantLines {
		if !strings.Contains(errOut, l+"\n") {
			t.Errorf("stderr lacks %q:\n%s", l, errOut)
		}
	}
	if strings.Count(errOut, "\n") != len(wantLines) {
		t.Errorf("stderr has %d lines, want %d:\n%s", strings.Count(errOut, "\n"), len(wantLines), errOut)
	}
}

func TestCLIUsage(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"outline"}, 2, "Usage: baogao outline"},
		{[]string{"list", "--bogus"}, 2, "baogao: unknown flag -bogus\nUsage: baogao list"},
		{[]string{"show", "jinan-lixia-2024", "9.9"}, 2, `has no section "9.9"`},
		{[]string{"--ambiguous=huge"}, 2, "--ambiguous must be narrow, wide or auto"},
		{[]string{"frobnicate"}, 2, `"frobnicate" is neither a command nor a file`},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.inStderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.inStderr)
		}
	}
	for _, args := range [][]string{{"list", "--help"}, {"outline", "--help"}, {"show", "-h"}, {"help", "diff"}, {"--help"}, {"help"}} {
		out, errOut, code := runCLI(t, "", args...)
		if code != 0 || errOut != "" || !strings.Contains(out, "Usage") || !strings.Contains(out, "Examples:\n  baogao ") {
			t.Errorf("%v: exit %d, stderr %q, stdout %.80q; want the help with examples on stdout", args, code, errOut, out)
		}
	}
	out, _, code := runCLI(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "baogao ") {
		t.Errorf("--version: %d %q", code, out)
	}
}

func TestCLIStdin(t *testing.T) {
	out, errOut, code := runCLI(t, "某区2024年度法治政府建设报告\n一、主要举措和成效\n（一）依法决策。正文。\n", "outline", "-")
	want := "stdin  某区2024年度法治政府建设报告\n1    一、主要举措和成效  [measures]\n1.1    （一）依法决策\n"
	if code != 0 || out != want {
		t.Errorf("exit %d, stderr %q, out:\n%s\nwant:\n%s", code, errOut, out, want)
	}
}

// TestCLIFlagsAfterArgs checks that flags may follow positional arguments.
func TestCLIFlagsAfterArgs(t *testing.T) {
	out, _, code := runCLI(t, "", "outline", "jinan-lixia-2024", "--json")
	if code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("exit %d, output %.40q", code, out)
	}
}

// TestCLIListNothing checks that when nothing loads, list prints no table,
// only the errors, and exits 2.
func TestCLIListNothing(t *testing.T) {
	out, errOut, code := runCLI(t, "", "list", filepath.Join(t.TempDir(), "missing.txt"))
	if out != "" || code != 2 || !strings.Contains(errOut, "no such file") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
