package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/pins"
)

// TestDiffPair: --pair pairs two sections the alignment leaves apart, is
// marked pinned, overrides a kept hand pair, and 2.4=- unpairs; a path a
// report lacks and a malformed pair are errors.
func TestDiffPair(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	const a, b = "jinan-lixia-2024", "zibo-zhoucun-2023"
	header := "-- （二）严格规范，执法效能稳步提升 ↔ (四)依法有效化解矛盾纠纷,经济社会和谐稳定"
	out, errOut, code := runCLI(t, "", "diff", "--unified", "--width", "200", "--pair", "2.2=1.4", a, b)
	if code != 0 || !strings.Contains(out, header) || !strings.Contains(out, "pinned]") {
		t.Fatalf("exit %d, stderr %q; no pinned pair 2.2=1.4 in\n%s", code, errOut, out)
	}
	out, _, _ = runCLI(t, "", "diff", "--unified", "--width", "200", "--pair", "2.2=1.4", "--pair", "2.2=-", a, b)
	if strings.Contains(out, header) || !strings.Contains(out, "-- （二）严格规范，执法效能稳步提升  [only in A, pinned]") {
		t.Errorf("2.2=- after 2.2=1.4 should keep 2.2 unpaired:\n%s", out)
	}
	// A kept hand pair applies to the printout, and --pair overrides it.
	ra, rb := loadSeed(t, a), loadSeed(t, b)
	store, err := pins.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Save(pins.Key(ra), pins.Key(rb), []pins.Pair{{A: "2.2", B: "1.4"}}); err != nil {
		t.Fatal(err)
	}
	if out, _, _ := runCLI(t, "", "diff", "--unified", "--width", "200", a, b); !strings.Contains(out, header) {
		t.Errorf("the kept hand pair is not applied:\n%s", out)
	}
	if out, _, _ := runCLI(t, "", "diff", "--unified", "--width", "200", b, a); !strings.Contains(out, "-- (四)依法有效化解矛盾纠纷,经济社会和谐稳定 ↔ （二）严格规范，执法效能稳步提升") {
		t.Errorf("the kept hand pair is not applied with the sides swapped:\n%s", out)
	}
	if out, _, _ := runCLI(t, "", "diff", "--unified", "--width", "200", "--pair", "2.2=-", a, b); strings.Contains(out, header) {
		t.Errorf("--pair does not override the kept pair:\n%s", out)
	}
	for _, bad := range []string{"9.9=1", "2.2", "-=-"} {
		if _, errOut, code := runCLI(t, "", "diff", "--unified", "--pair", bad, a, b); code != 2 || !strings.Contains(errOut, "--pair") {
			t.Errorf("--pair %s: exit %d, %q", bad, code, errOut)
		}
	}
	if _, errOut, _ := runCLI(t, "", "diff", "--unified", "--pair", "2.2=1", a, b); !strings.Contains(errOut, "not made") {
		t.Errorf("a pin across levels should be warned of: %q", errOut)
	}
}

func loadSeed(t *testing.T, id string) *model.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "seeds", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := model.LoadBytes(id, "seeds/"+id+".txt", data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDiffColor: --color=always colours a pipe, never keeps the marks,
// anything else is an error.
func TestDiffColorFlag(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	a, b := "jinan-lixia-2024", "jinan-lixia-2020"
	out, _, code := runCLI(t, "", "diff", "--color=always", "--unified", a, b)
	if code != 0 || !strings.Contains(out, "\x1b[31m") || strings.Contains(out, "[-") {
		t.Errorf("--color=always: exit %d, no colour or marks left", code)
	}
	out, _, _ = runCLI(t, "", "diff", "--color=never", "--unified", a, b)
	if strings.Contains(out, "\x1b[") || !strings.Contains(out, "[-") {
		t.Error("--color=never: colour or no marks")
	}
	if _, errOut, code := runCLI(t, "", "diff", "--color=sometimes", a, b); code != 2 || !strings.Contains(errOut, "--color") {
		t.Errorf("--color=sometimes: exit %d, %q", code, errOut)
	}
}

// TestDiffYears: next year's copy with every year moved on and three real
// edits prints three changes; --years shows the year-only sentences with
// their years as 2024→2025.
func TestDiffYears(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	orig, err := os.ReadFile(filepath.Join("..", "..", "seeds", "jinan-lixia-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	next := regexp.MustCompile(`20\d\d年`).ReplaceAllStringFunc(string(orig), func(m string) string {
		y, _ := strconv.Atoi(m[:4])
		return strconv.Itoa(y+1) + "年"
	})
	next = strings.Replace(next, "提案401件", "提案415件", 1)
	next = strings.Replace(next, "三是社会和谐稳定质效全面提升。", "", 1)
	next = strings.Replace(next, "切实提高监督效能。", "切实提高监督效能。全年开展法治督察3次。", 1)
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	if os.WriteFile(pa, orig, 0o644) != nil || os.WriteFile(pb, []byte(next), 0o644) != nil {
		t.Fatal("write")
	}
	out, _, code := runCLI(t, "", "diff", "--unified", "--width", "100", pa, pb)
	if code != 0 || !strings.Contains(out, "sentences: 60 same, 1 changed, 1 added, 1 removed, 0 moved") {
		t.Errorf("exit %d; want exactly three changes:\n%s", code, out[:min(len(out), 800)])
	}
	if strings.Contains(out, "2024→2025") || !strings.Contains(out, "only by their years") {
		t.Errorf("year bumps shown without --years:\n%s", out)
	}
	out, _, _ = runCLI(t, "", "diff", "--unified", "--width", "100", "--years", pa, pb)
	if !strings.Contains(out, "2024→2025年") {
		t.Errorf("--years does not show the year bumps:\n%s", out)
	}
}
