package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompareExport: e in compare mode writes the comparison as HTML into
// the export folder and says where on the status line; a second e never
// overwrites the first.
func TestCompareExport(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	dir := t.TempDir()
	a := sized(reports, Options{ExportDir: dir, Version: "test"}, 100, 30)
	a = settle(a, a.OpenCompare(lixia, zhoucun))
	if !a.comparing() || a.cm().c == nil {
		t.Fatal("compare mode did not open")
	}
	var paths []string
	for range 2 {
		m, cmd := a.Update(press("e"))
		a = m.(App)
		var got *exportedMsg
		for _, msg := range runCmd(cmd) {
			if e, ok := msg.(exportedMsg); ok {
				got = &e
			}
		}
		if got == nil || got.err != nil {
			t.Fatalf("e: %+v", got)
		}
		a = send(a, *got)
		if s := plain(a); !strings.Contains(s, "已导出") {
			t.Fatalf("the status line does not say where:\n%s", s)
		}
		paths = append(paths, got.path)
	}
	if paths[0] == paths[1] || filepath.Dir(paths[0]) != dir {
		t.Fatalf("exports at %q", paths)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(data), "对照表") || !strings.Contains(string(data), "baogao test") {
			t.Fatalf("%s: %v", p, err)
		}
	}
	if s := plain(send(a, press("j"))); strings.Contains(s, "已导出") {
		t.Fatal("the note outlives the next key")
	}
}
