package ui

import (
	"fmt"
	"strings"
	"testing"
)

// clipboard is the text a command sets the clipboard to, or "".
func clipboard(a App, name string) (App, string) {
	m, cmd := a.Update(press(name))
	for _, msg := range runCmd(cmd) {
		if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
			return m.(App), fmt.Sprint(msg)
		}
	}
	return m.(App), ""
}

// TestBlockSource: every wrapped line comes from the source text
// blockSource gives for its block, so y copies what is shown.
func TestBlockSource(t *testing.T) {
	for _, rep := range seedReports(t) {
		a := sized(seedReports(t), Options{}, 80, 24)
		a.open(seedIndex(t, a.e.reports, rep.ID))
		r := a.rd().reader
		for i, l := range r.lines {
			if l.kind == kindBlank {
				continue
			}
			src, ok := blockSource(r.rep, r.secs, l.block)
			if !ok || !strings.Contains(src, strings.TrimSpace(l.text)) {
				t.Fatalf("%s: line %d %q is not in block %d's source %q", rep.ID, i, l.text, l.block, src)
			}
		}
	}
}

// TestCopy: y copies the first paragraph in view, whole and unwrapped; Y
// the section being read with its heading path; the status line says so
// until the next key.
func TestCopy(t *testing.T) {
	reports := seedReports(t)
	lixia := seedIndex(t, reports, "jinan-lixia-2024")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.open(lixia)
		a = keys(a, "}", "]")
		sec := a.rd().reader.Section()
		b, got := clipboard(a, "y")
		if len(sec.Paras) == 0 || got != sec.Paras[0] {
			t.Errorf("%v: y copied %q, want the section's first paragraph %q", size, got, sec.Paras)
		}
		if s := plain(b); !strings.Contains(s, "已复制本段") {
			t.Errorf("%v: no flash after y:\n%s", size, s)
		}
		if s := plain(keys(b, "j")); strings.Contains(s, "已复制") {
			t.Errorf("%v: the flash outlives the next key", size)
		}
		_, got = clipboard(a, "Y")
		want := sec.Parent.Heading() + " ›\n" + sec.Text()
		if got != want {
			t.Errorf("%v: Y copied %q, want %q", size, got, want)
		}
		// In the report list y is not a copy.
		if _, got := clipboard(keys(a, "1"), "y"); got != "" {
			t.Errorf("%v: y in the report list copied %q", size, got)
		}
	}
}
