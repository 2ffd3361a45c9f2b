package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadNotesListSkippedFiles checks that the app is given every line
// load prints, the skipped files as well as the failures, without the prefix.
func TestLoadNotesListSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "某区2024年法治政府建设年度报告\n一、主要举措\n正文。\n")
	write("binary.txt", "\x00\x01\x02\x00\x00\x00binary")
	write("notes.pdf", "%PDF-1.4")
	var stderr strings.Builder
	reports, notes, failed := load([]string{dir}, strings.NewReader(""), &stderr)
	if len(reports) != 1 || !failed {
		t.Fatalf("%d reports loaded, failed %v; want 1 and true", len(reports), failed)
	}
	got := strings.Join(notes, "\n")
	for _, want := range []string{"notes.pdf: skipped", "binary.txt"} {
		if !strings.Contains(got, want) {
			t.Errorf("app notes %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "baogao: ") || len(notes) != strings.Count(stderr.String(), "\n") {
		t.Errorf("app notes %q, stderr %q", got, stderr.String())
	}
}
