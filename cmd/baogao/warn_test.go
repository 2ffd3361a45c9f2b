package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIWarnings checks that a file whose bytes were replaced loads, is
// named on stderr with the exact count on one line by every command, the
// search fast path included, and leaves the exit status alone.
func TestCLIWarnings(t *testing.T) {
	dir := t.TempDir()
	body := "济南市历下区2024年度法治政府建设报告\n一、主要举措和成效\n（一）深入学习宣传贯彻习近平法治思想。全区\xff法治\xfe建设\xc3。\n"
	p := filepath.Join(dir, "stray.txt")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	line := "baogao: " + p + ": 3 invalid bytes replaced\n"
	for _, tt := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"list file", []string{"list", p}, 0, "stray  历下区"},
		{"list folder", []string{"list", dir}, 0, "stray  历下区"},
		{"outline", []string{"outline", p}, 0, "一、主要举措和成效"},
		{"search", []string{"search", "习近平", dir}, 0, "stray  1.1  "},
		{"search count", []string{"search", "--count", "习近平", dir}, 0, "stray  1"},
		{"search skipped", []string{"search", "量子计算", dir}, 1, ""},
		{"search count skipped", []string{"search", "--count", "量子计算", dir}, 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.out) || errOut != line {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errOut, tt.code, tt.out, line)
			}
		})
	}
}

// TestCLIRefusalHint checks that a file baogao cannot read is refused in
// the same words by list and by search (which reads files its own way, and
// skips unread those whose bytes cannot match): a broken Word or PDF file
// gets its reader's reason, another binary file "binary file, not text".
func TestCLIRefusalHint(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"x.docx": []byte("PK\x03\x04\x00\x00\x14\x00\x00\x00word/document.xml"),
		"y.pdf":  []byte("%PDF-1.4\n\xff\xfe\xfd\xfc\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x01\x02\x03\x04\x05\x06\x07\x08"),
		"z.bin":  []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11"),
	}
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		_, want, _ := runCLI(t, "", "list", p)
		// A broken .docx or .pdf is read as what its content is and
		// refused with the reader's reason; other binary files as binary.
		reason := map[bool]string{true: "binary file, not text", false: "corrupt document"}[name == "z.bin"]
		if !strings.Contains(want, reason) || strings.Count(want, "\n") != 1 {
			t.Fatalf("list %s: %q, want one line with %q", name, want, reason)
		}
		for _, args := range [][]string{{"search", "法治", p}, {"search", "--count", "法治", p}, {"search", "PK", p}, {"search", "--regex", "P.F", p}} {
			if _, got, code := runCLI(t, "", args...); got != want || code != 2 {
				t.Errorf("%q: exit %d, stderr %q; want 2, %q as list says", args, code, got, want)
			}
		}
	}
}
