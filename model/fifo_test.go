//go:build linux || darwin

package model

import (
	"baogao/internal/fixture"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
	dir, special := fixture.SpecialFolder(t)
	var loaded Loaded
	fixture.WithDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{dir}, nil) })
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

// TestReadRefusesSpecialFiles checks the guard behind the walk: a FIFO or
// device found where the walk saw a regular file is refused at once by
// every reader of regular files.
func TestReadRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	fixture.Mkfifo(t, fifo)
	for _, p := range []string{fifo, "/dev/null"} {
		fixture.WithDeadline(t, "readFile", func() {
			if _, err := readFile(p); !errors.Is(err, ErrNotRegular) {
				t.Errorf("readFile(%s): %v, want %v", p, err, ErrNotRegular)
			}
		})
		fixture.WithDeadline(t, "readInto", func() {
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
	fixture.Mkfifo(t, fifo)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString(sample)
		f.Close()
	}()
	var loaded Loaded
	fixture.WithDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{fifo}, nil) })
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
	fixture.Link(t, "/dev/zero", p)
	var loaded Loaded
	fixture.WithDeadline(t, "LoadPaths", func() { loaded = LoadPaths([]string{p}, nil) })
	if len(loaded.Errors) != 1 || !errors.Is(loaded.Errors[0], ErrTooLarge) {
		t.Errorf("errors %v, want one: too large", loaded.Errors)
	}
}

// TestLoadLinkedFolder checks that a folder named through a symbolic link
// is walked: the walk used to see only the link and skip it.
func TestLoadLinkedFolder(t *testing.T) {
	dir := fixture.WriteFiles(t, map[string][]byte{"reports/a.txt": []byte(sample)})
	l := filepath.Join(dir, "linked")
	fixture.Link(t, "reports", l)
	loaded := LoadPaths([]string{l}, nil)
	if len(loaded.Reports) != 1 || len(loaded.Skipped) > 0 || loaded.Reports[0].Source != filepath.Join(l, "a.txt") {
		t.Errorf("%d reports, skipped %v; want %s", len(loaded.Reports), loaded.Skipped, filepath.Join(l, "a.txt"))
	}
}
