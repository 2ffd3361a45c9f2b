package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadNotesListSkippedFiles checks that the app is given every line
// load prints, the skipped files as well as the failures and the warnings,
// without the prefix, and the warnings apart.
func TestLoadNotesListSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "某区2024年法治政府建设年度报告\n一、主要举措\n正文。\n")
	write("stray.txt", "某区2023年法治政府建设年度报告\n一、主要举措\n正文\xff。\n")
	write("binary.txt", "\x00\x01\x02\x00\x00\x00binary")
	write("notes.xlsx", "%PDF-1.4")
	var stderr strings.Builder
	reports, problems, failed := load([]string{dir}, strings.NewReader(""), &stderr)
	if len(reports) != 2 || !failed {
		t.Fatalf("%d reports loaded, failed %v; want 2 and true", len(reports), failed)
	}
	opts := tuiOptions{problems: problems}.appOptions()
	got := strings.Join(opts.Problems, "\n")
	for _, want := range []string{"notes.xlsx: skipped", "binary.txt"} {
		if !strings.Contains(got, want) {
			t.Errorf("app problems %q lack %q", got, want)
		}
	}
	if len(opts.Warnings) != 1 || !strings.HasSuffix(opts.Warnings[0], "stray.txt: 1 invalid byte replaced") {
		t.Errorf("app warnings %q, want stray.txt's", opts.Warnings)
	}
	all := append(opts.Problems, opts.Warnings...)
	if strings.Contains(strings.Join(all, "\n"), "baogao: ") || len(all) != strings.Count(stderr.String(), "\n") {
		t.Errorf("app notes %q, stderr %q", all, stderr.String())
	}
}
