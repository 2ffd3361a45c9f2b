package compare

// Tests that render operations as text: through Rows and Marked, as the CLI and
// the app do, so that the marks tested are the marks printed.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model"
)

// TestDiffFixtures runs the cases in testdata/diff/*.txt. Each file holds
// three sections, "-- old --", "-- new --" and "-- diff --"; the diff is one
// line per sentence: "= kept", "- removed", "+ added", "~ changed" with
// [-…-]{+…+} marks. The files are named for the edge they cover. With
// -update the diff sections are rewritten.
func TestDiffFixtures(t *testing.T) {
	files, _ := filepath.Glob("testdata/diff/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parts := fixtureParts(string(data))
			old, ok1 := parts["old"]
			nw, ok2 := parts["new"]
			if !ok1 || !ok2 {
				t.Fatalf("%s: want sections old, new and diff", file)
			}
			ops := Texts(old, nw)
			checkOps(t, ops, strings.Split(old, "\n"), strings.Split(nw, "\n"))
			got := renderOps(ops)
			if fixture.Update() {
				out := "-- old --\n" + old + "-- new --\n" + nw + "-- diff --\n" + got
				if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := parts["diff"]; got != want {
				// Show the difference with the package's own diff.
				t.Errorf("diff differs:\n--- want\n%s--- got\n%s--- want→got\n%s", want, got, renderOps(Texts(want, got)))
			}
		})
	}
}

// fixtureParts splits a fixture into its "-- name --" sections.
func fixtureParts(s string) map[string]string {
	parts := map[string]string{}
	name := ""
	for _, line := range strings.SplitAfter(s, "\n") {
		if l := strings.TrimSpace(line); strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") {
			name = strings.TrimSuffix(strings.TrimPrefix(l, "-- "), " --")
			parts[name] = ""
			continue
		}
		if name != "" {
			parts[name] += line
		}
	}
	return parts
}

// renderOps writes one line per operation, as the fixtures hold them: a
// changed sentence with the marks `baogao diff` prints without colour
// (Marked, the one implementation of them).
func renderOps(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		mark := map[OpKind]string{OpSame: "= ", OpDel: "- ", OpAdd: "+ ", OpChange: "~ "}[op.Kind]
		text := op.A
		switch op.Kind {
		case OpAdd:
			text = op.B
		case OpChange:
			text = Marked(Rows([]Op{op})[0].Unified)
		}
		b.WriteString(mark + text + "\n")
	}
	return b.String()
}

// TestCompareNoSections: reports without headings compare by preamble.
func TestCompareNoSections(t *testing.T) {
	a := model.Parse("a", "一段文字。办理12件。\n第二段。")
	b := model.Parse("b", "一段文字。办理14件。\n第二段。新增。")
	c := Reports(a, b)
	checkComparison(t, c)
	if len(c.Pairs) != 1 || c.Pairs[0].A.Path != "" {
		t.Fatalf("pairs: %+v", c.Pairs)
	}
	if got := renderOps(c.Pairs[0].Ops); got != "= 一段文字。\n~ 办理[-12-]{+14+}件。\n= 第二段。\n+ 新增。\n" {
		t.Errorf("ops:\n%s", got)
	}
	if e := Reports(model.Parse("e", ""), model.Parse("f", "")); len(e.Pairs) != 0 || e.Summary.Similarity != 1 {
		t.Errorf("empty reports: %+v", e)
	}
}
