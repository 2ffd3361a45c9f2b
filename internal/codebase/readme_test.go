package codebase

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// architectureTable returns the paths the first column of the README's
// architecture table names.
func architectureTable(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	at := strings.Index(s, "\n## Architecture\n")
	if at < 0 {
		t.Fatal("README has no Architecture section")
	}
	s = s[at+1:]
	if end := strings.Index(s[3:], "\n## "); end >= 0 {
		s = s[:end+3]
	}
	code := regexp.MustCompile("`([^`]+)`")
	var paths []string
	for _, line := range strings.Split(s, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || !strings.HasPrefix(line, "| `") {
			continue
		}
		for _, m := range code.FindAllStringSubmatch(cells[1], -1) {
			paths = append(paths, m[1])
		}
	}
	if len(paths) == 0 {
		t.Fatal("the Architecture section has no table of files")
	}
	return paths
}

// TestREADMEListsEveryFile: every non-test .go file of the module is in the
// README's architecture table, and every file the table names exists.
func TestREADMEListsEveryFile(t *testing.T) {
	listed := map[string]bool{}
	for _, p := range architectureTable(t) {
		listed[p] = true
		if !fileExists(filepath.Join(root, filepath.FromSlash(p))) {
			t.Errorf("README lists %s, which does not exist", p)
		}
	}
	for _, f := range sourceFiles(t) {
		if !listed[f.path] {
			t.Errorf("README's architecture table does not list %s", f.path)
		}
	}
}
