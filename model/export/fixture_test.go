package export

import (
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"baogao/model"
	"baogao/model/compare"
	"baogao/seeds"
)

// editedPair is a seed report against the same report edited as a drafter
// edits next year's: the title's year, a number, a sentence removed, one
// added, a paragraph split in two, a phrase reworded, and two sub-sections
// swapped (a move).
func editedPair(t testing.TB) *compare.Comparison {
	t.Helper()
	raw, err := fs.ReadFile(seeds.FS, "jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(raw), "\n")
	if len(lines) < 12 || !strings.HasPrefix(lines[9], "（三）") || !strings.HasPrefix(lines[10], "（四）") {
		t.Fatal("jinan-lixia-2024.txt is not as this fixture expects")
	}
	b := append([]string(nil), lines...)
	b[0] = strings.Replace(b[0], "2024", "2025", 1)
	num := regexp.MustCompile(`[0-9]+`)
	done := false
	b[11] = num.ReplaceAllStringFunc(b[11], func(s string) string {
		if done {
			return s
		}
		done = true
		n, _ := strconv.Atoi(s)
		return strconv.Itoa(n + 7)
	})
	s := strings.SplitAfter(b[4], "。")
	b[4] = s[0] + strings.Join(s[2:], "")
	s = strings.SplitAfter(b[5], "。")
	b[5] = s[0] + "同时建立述法考核结果通报机制。" + strings.Join(s[1:], "")
	s = strings.SplitAfter(b[7], "。")
	b[7] = strings.Join(s[:2], "") + "\n" + strings.Join(s[2:], "")
	b[9], b[10] = b[10], b[9]
	b[11] = strings.Replace(b[11], "全面", "全方位", 1)
	b[3] = strings.Replace(b[3], "。", "；", 1)
	l := model.LoadFS(fstest.MapFS{
		"a.txt": {Data: raw},
		"b.txt": {Data: []byte(strings.Join(b, "\n"))},
	}, "fixture")
	if len(l.Reports) != 2 {
		t.Fatalf("fixture: %d reports", len(l.Reports))
	}
	return compare.Reports(l.Reports[0], l.Reports[1])
}

func TestEditedPairAcceptReject(t *testing.T) {
	c := editedPair(t)
	if c.Summary.Edited == 0 || c.Summary.Added == 0 || c.Summary.Removed == 0 {
		t.Fatalf("the fixture shows no edits: %+v", c.Summary)
	}
	moved := false
	for _, p := range c.Pairs {
		moved = moved || p.Moved
	}
	if !moved {
		t.Fatal("the fixture's swapped sections are not a move")
	}
	checkAcceptReject(t, c)
}

func checkAcceptReject(t *testing.T, c *compare.Comparison) {
	t.Helper()
	file := docxOf(t, Build(c, Options{Date: fixedDate, NoFigures: true}))
	checkResolved(t, file, true, reportParas(c.B))
	checkResolved(t, file, false, reportParas(c.A))
}
