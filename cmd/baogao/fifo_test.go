//go:build linux || darwin

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"baogao/seeds"
)

// withDeadline runs f and fails the test when it has not returned after a
// while: a command that opens a FIFO waits for a writer forever, and its
// test must fail, not hang.
func withDeadline(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s has not returned after 10 s: it waits on a FIFO or device", what)
	}
}

// fifoFolder is `mkdir d; cp r.txt d/ok.txt; mkfifo d/pipe.txt`, plus a
// link to a device.
func fifoFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := seeds.FS.ReadFile("jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "ok.txt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")); err != nil {
		t.Skipf("no symbolic link here: %v", err)
	}
	return dir
}

// TestCLIFolderWithFIFO: a named pipe in a folder hung list, search,
// outline --in and the reader. Each must skip it with a notice.
func TestCLIFolderWithFIFO(t *testing.T) {
	dir := fifoFolder(t)
	for _, tt := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"list", []string{"list", dir}, 0, "ok  历下区"},
		{"outline", []string{"outline", "--in", dir, "ok"}, 0, "一、党政主要负责人"},
		{"show", []string{"show", "--in", dir, "ok", "1"}, 0, "一、党政主要负责人"},
		{"search", []string{"search", "法治", dir}, 0, "ok  "},
		{"search count", []string{"search", "--count", "法治", dir}, 0, "ok  58"},
		{"search nothing", []string{"search", "量子计算", dir}, 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut string
			var code int
			withDeadline(t, "baogao "+strings.Join(tt.args, " "), func() { out, errOut, code = runCLI(t, "", tt.args...) })
			if code != tt.code || !strings.Contains(out, tt.out) {
				t.Errorf("exit %d, stdout %q; want %d and %q", code, out, tt.code, tt.out)
			}
			for _, name := range []string{"pipe.txt", "zero.txt"} {
				if want := filepath.Join(dir, name) + ": skipped (not a regular file)\n"; !strings.Contains(errOut, want) {
					t.Errorf("stderr %q lacks %q", errOut, want)
				}
			}
		})
	}
}

// TestAppLoaderFolderWithFIFO checks the loader the app starts with: it
// returns, with the FIFO among the problems the app lists.
func TestAppLoaderFolderWithFIFO(t *testing.T) {
	dir := fifoFolder(t)
	var stderr strings.Builder
	var opts []string
	var n int
	withDeadline(t, "load", func() {
		reports, problems, _ := load([]string{dir}, strings.NewReader(""), &stderr)
		n, opts = len(reports), tuiOptions{problems: problems}.appOptions().Problems
	})
	got := strings.Join(opts, "\n")
	if n != 1 || !strings.Contains(got, "pipe.txt: skipped (not a regular file)") {
		t.Errorf("%d reports, app problems %q; want 1 and pipe.txt skipped", n, got)
	}
}
