package ui

import (
	"fmt"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/compare"
	"baogao/seeds"
)

// parallelFixture is 历下区 2024 against a copy whose 监督 sub-section
// was rewritten in another district's words (so the pair is parallel)
// except for one sentence, kept but for its count: 401 → 415.
func parallelFixture(t *testing.T) ([]*model.Report, int, int) {
	t.Helper()
	reports := seedReports(t)
	orig, err := seeds.FS.ReadFile("jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	zhoucun := reports[seedIndex(t, reports, "zibo-zhoucun-2023")]
	other := zhoucun.FindPath("1.3").Paras[0]
	lines := strings.Split(string(orig), "\n")
	const kept = "自觉接受人大法律监督、政协民主监督，办理人大代表建议、政协委员提案401件，满意率达100%。"
	for i, l := range lines {
		if strings.HasPrefix(l, "（四）刚性约束") {
			if !strings.Contains(l, kept) {
				t.Fatal("the seed is not as this fixture expects")
			}
			lines[i] = "（四）刚性约束，监督制约制度健全。" + strings.Replace(kept, "401", "415", 1) + other
		}
	}
	b, err := model.LoadBytes("lixia-rewritten", "lixia-rewritten.txt", []byte(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, b)
	return reports, seedIndex(t, reports, "jinan-lixia-2024"), len(reports) - 1
}

// TestCompareParallelMarks: in a parallel pair, a sentence both sides
// share but for a number keeps its number marks side by side, as in
// unified; golden screens at 160×48 (side by side) and 100×30 (unified).
func TestCompareParallelMarks(t *testing.T) {
	reports, i, j := parallelFixture(t)
	for _, size := range [][2]int{{160, 48}, {100, 30}} {
		a := comparing(reports, Options{NoColor: true}, size[0], size[1], i, j)
		at := -1
		for k, p := range a.cm().c.Pairs {
			if p.A != nil && strings.HasPrefix(p.A.Title, "刚性约束") {
				at = k
				if p.Status != compare.StatusParallel {
					t.Fatalf("the fixture's pair is %s, want parallel", p.Status)
				}
			}
		}
		if at < 0 {
			t.Fatal("no pair for the rewritten section")
		}
		a.cm().diff.GoTo(at)
		a.cm().pairs.Follow(at)
		screen := plain(a)
		if !strings.Contains(screen, "[-401-]") || !strings.Contains(screen, "{+415+}") {
			t.Errorf("%v: the changed number is not marked:\n%s", size, screen)
		}
		checkScreen(t, a, size[0], size[1])
		golden(t, fmt.Sprintf("parallel-%dx%d", size[0], size[1]), screen+"\n")
	}
}
