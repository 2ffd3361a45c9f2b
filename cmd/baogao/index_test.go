package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/seeds"
)

// TestIndexedSearchSameOutput checks that search and list print the same,
// byte for byte, with the folder indexed as without, and keep doing so after
// a file changes, one is removed and the index is damaged.
func TestIndexedSearchSameOutput(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "reports")
	writeSeedCopies(t, dir, 4)
	if ents, _ := os.ReadDir(dir); len(ents) < 20 {
		t.Fatalf("%d files written from the seeds", len(ents))
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02\x03 PK\x03\x04"), 0o644)
	cache, none := filepath.Join(t.TempDir(), "cache"), filepath.Join(t.TempDir(), "none")
	t.Setenv("BAOGAO_INDEX_DIR", cache)
	commands := [][]string{
		{"search", "法治政府", dir}, {"search", "--count", "法治政府", dir}, {"search", "--count", "碳达峰", dir},
		{"search", "--json", "枫桥经验", dir}, {"search", "行政 复议", dir}, {"search", "--count", "zzz", dir},
		{"search", "--regex", `碳达.`, dir}, {"list", dir}, {"list", "--json", dir},
	}
	type result struct {
		out, err string
		code     int
	}
	runAll := func(indexDir string) []result {
		os.Setenv("BAOGAO_INDEX_DIR", indexDir)
		var rs []result
		for _, c := range commands {
			o, e, code := runCLI(t, "", c...)
			rs = append(rs, result{o, e, code})
		}
		return rs
	}
	compare := func(stage string) {
		t.Helper()
		want, got := runAll(none), runAll(cache)
		for i := range want {
			if got[i].out != want[i].out || got[i].code != want[i].code {
				t.Errorf("%s: %v: indexed exit %d, %d bytes; files exit %d, %d bytes\nindexed %.300q\nfiles   %.300q",
					stage, commands[i], got[i].code, len(got[i].out), want[i].code, len(want[i].out), got[i].out, want[i].out)
			}
			if commands[i][0] == "list" && got[i].err != want[i].err {
				t.Errorf("%s: %v: stderr indexed %q, files %q", stage, commands[i], got[i].err, want[i].err)
			}
		}
		if _, err := os.Stat(none); err == nil {
			t.Errorf("%s: a folder without an index got one", stage)
		}
	}
	os.Setenv("BAOGAO_INDEX_DIR", cache)
	if _, e, code := runCLI(t, "", "index", dir); code != 0 {
		t.Fatalf("index: exit %d: %s", code, e)
	}
	compare("built")

	ents, _ := os.ReadDir(dir)
	os.WriteFile(filepath.Join(dir, ents[0].Name()), []byte("新报告\n\n一、碳达峰\n\n推进碳达峰，法治政府，行政复议。\n"), 0o644)
	os.Remove(filepath.Join(dir, ents[1].Name()))
	compare("changed")

	// Rewritten in place: the folder's time does not change.
	f, err := os.OpenFile(filepath.Join(dir, ents[2].Name()), os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("改写\n\n一、行政复议\n\n行政复议，枫桥经验，法治政府。\n")
	f.Close()
	compare("rewritten in place")

	segs, _ := filepath.Glob(filepath.Join(cache, "*", "*.seg"))
	for _, s := range segs {
		os.WriteFile(s, []byte("garbage"), 0o600)
	}
	os.Setenv("BAOGAO_INDEX_DIR", cache)
	_, e, _ := runCLI(t, "", "search", "--count", "法治政府", dir)
	if !strings.Contains(e, "index rebuilt") {
		t.Errorf("damaged index: stderr %q, want a notice that it was rebuilt", e)
	}
	compare("rebuilt")
}

// writeSeedCopies writes n copies of every seed into dir, each copy's
// digits shifted so that the copies differ.
func writeSeedCopies(t *testing.T, dir string, n int) {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	ents, err := fs.ReadDir(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := fs.ReadFile(seeds.FS, e.Name())
		if err != nil || e.IsDir() {
			continue
		}
		for i := range n {
			shifted := []byte(strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '0' + (r-'0'+rune(i))%10
				}
				return r
			}, string(b)))
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d-%s", i, e.Name())), shifted, 0o644)
		}
	}
}
