//go:build linux || darwin

package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// withDeadline runs f and fails the test when it has not returned after a
// while: code that opens a FIFO blocks until a writer comes, and a test of
// it must fail, not hang.
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

// specialFolder makes a folder with two readable reports (one a link) and
// four files that are not regular: a FIFO, a link to it, a link to a
// device, and a FIFO in a sub-folder. It returns the folder and the paths
// that must be skipped.
func specialFolder(t *testing.T) (dir string, special []string) {
	t.Helper()
	dir = writeFiles(t, map[string][]byte{"ok.txt": []byte(sample), "sub/other.md": []byte(sample)})
	mkfifo(t, filepath.Join(dir, "pipe.txt"))
	mkfifo(t, filepath.Join(dir, "sub", "pipe.md"))
	link(t, "pipe.txt", filepath.Join(dir, "link-pipe.txt"))
	link(t, "/dev/null", filepath.Join(dir, "null.txt"))
	link(t, "ok.txt", filepath.Join(dir, "link-ok.txt"))
	for _, name := range []string{"link-pipe.txt", "null.txt", "pipe.txt", "sub/pipe.md"} {
		special = append(special, filepath.Join(dir, name))
	}
	return dir, special
}

func mkfifo(t *testing.T, p string) {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no FIFO here: %v", err)
	}
}

func link(t *testing.T, target, p string) {
	t.Helper()
	if err := os.Symlink(target, p); err != nil {
		t.Skipf("no symbolic link here: %v", err)
	}
}

// notRegular lists the skipped files whose reason is "not a regular file".
func notRegular(skipped []Skip) string {
	var paths []string
	for _, s := range skipped {
		if s.Reason == "not a regular file" {
			paths = append(paths, s.Path)
		}
	}
	return strings.Join(paths, " ")
}

// TestLoadFolderSkipsSpecialFiles: a FIFO in a folder hung every command.
// The walk must skip what is not a regular file, links to FIFOs and
// devices included, without opening it, and read links to regular files.
func TestLoadFolderSkipsSpecialFiles(t *testing.T) {
	dir, special := specialFolder(t)
	var loaded Loaded
	withDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{dir}, nil) })
	var ids []string
	for _, r := range loaded.Reports {
		ids = append(ids, r.ID)
	}
	if got := strings.Join(ids, " "); got != "link-ok ok other" || len(loaded.Errors) > 0 {
		t.Errorf("reports %q, errors %v; want link-ok ok other and no error", got, loaded.Errors)
	}
	if got, want := notRegular(loaded.Skipped), strings.Join(special, " "); got != want {
		t.Errorf("skipped as not regular: %q, want %q", got, want)
	}
	if s := loaded.Skipped[0].String(); !strings.HasSuffix(s, "link-pipe.txt: skipped (not a regular file)") {
		t.Errorf("notice %q", s)
	}
}

// TestSearchFolderSkipsSpecialFiles is the same for search, which reads
// files its own way, with and without counting, for a term that is in the
// reports and one that is not.
func TestSearchFolderSkipsSpecialFiles(t *testing.T) {
	dir, special := specialFolder(t)
	for _, query := range []string{"法治", "碳达峰"} {
		for _, count := range []bool{false, true} {
			var res SearchedPaths
			withDeadline(t, "SearchPaths", func() { res = SearchPaths([]string{dir}, nil, mustQuery(t, query, false), count) })
			if got, want := notRegular(res.Skipped), strings.Join(special, " "); got != want || len(res.Errors) > 0 {
				t.Errorf("%s, count %v: skipped as not regular %q, errors %v; want %q", query, count, got, res.Errors, want)
			}
			if query == "法治" && len(res.Files) != 3 {
				t.Errorf("%s, count %v: %d files with hits, want 3", query, count, len(res.Files))
			}
		}
	}
}

// TestReadRefusesSpecialFiles checks the guard behind the walk: a FIFO or
// device found where the walk saw a regular file is refused at once by
// every reader of regular files.
func TestReadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	mkfifo(t, fifo)
	for _, p := range []string{fifo, "/dev/null"} {
		withDeadline(t, "readFile", func() {
			if _, err := readFile(p); !errors.Is(err, ErrNotRegular) {
				t.Errorf("readFile(%s): %v, want %v", p, err, ErrNotRegular)
			}
		})
		withDeadline(t, "readInto", func() {
			if _, err := readInto(p, nil); !errors.Is(err, ErrNotRegular) {
				t.Errorf("readInto(%s): %v, want %v", p, err, ErrNotRegular)
			}
		})
	}
}

// TestLoadNamedFIFO checks that a FIFO named directly is read as standard
// input is, as cat reads it.
func TestLoadNamedFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	mkfifo(t, fifo)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(sample)
		f.Close()
	}()
	var loaded Loaded
	withDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{fifo}, nil) })
	if len(loaded.Reports) != 1 || len(loaded.Errors) > 0 || len(loaded.Reports[0].Sections) != 2 {
		t.Fatalf("%d reports, errors %v; want the report written to the FIFO", len(loaded.Reports), loaded.Errors)
	}
}

// TestLoadNamedDevice checks that an endless device named directly (or
// through a link) is refused at the size cap.
func TestLoadNamedDevice(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 256 MB")
	}
	p := filepath.Join(t.TempDir(), "x.txt")
	link(t, "/dev/zero", p)
	var loaded Loaded
	withDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{p}, nil) })
	if len(loaded.Errors) != 1 || !errors.Is(loaded.Errors[0], ErrTooLarge) {
		t.Errorf("errors %v, want one: too large", loaded.Errors)
	}
}

// TestLoadLinkedFolder checks that a folder named through a symbolic link
// is walked: the walk used to see only the link and skip it.
func TestLoadLinkedFolder(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"reports/a.txt": []byte(sample)})
	l := filepath.Join(dir, "linked")
	link(t, "reports", l)
	loaded := LoadPaths([]string{l}, nil)
	if len(loaded.Reports) != 1 || len(loaded.Skipped) > 0 || loaded.Reports[0].Source != filepath.Join(l, "a.txt") {
		t.Errorf("%d reports, skipped %v; want %s", len(loaded.Reports), loaded.Skipped, filepath.Join(l, "a.txt"))
	}
}
