package timeline

import (
	"fmt"
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/check"
	"baogao/seeds"
)

func seedReports(t testing.TB) []*model.Report {
	t.Helper()
	loaded := model.LoadFS(seeds.FS, "seeds")
	if len(loaded.Reports) == 0 {
		t.Fatal("no seeds")
	}
	return loaded.Reports
}

func seedText(t testing.TB, name string) string {
	t.Helper()
	b, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeeds: the seeds are four units; 历下区 has two years (the 2020
// news piece and the 2024 report), in order, with its parts compared.
func TestSeeds(t *testing.T) {
	tl := Build(seedReports(t))
	var names []string
	var lixia *Unit
	for _, u := range tl.Units {
		names = append(names, u.City+u.Name)
		if u.Name == "历下区" {
			lixia = u
		}
	}
	if len(tl.Units) != 4 || lixia == nil {
		t.Fatalf("units %v", names)
	}
	if len(lixia.Reports) != 2 || lixia.Reports[0].Year != 2020 || lixia.Reports[1].Year != 2024 {
		t.Fatalf("历下区 reports %+v", lixia.Reports)
	}
	if len(lixia.Parts) != len(partIDs) {
		t.Fatalf("历下区 parts %+v", lixia.Parts)
	}
	for _, p := range lixia.Parts {
		if p.Cells[0].Change != First {
			t.Errorf("%s: first cell %s", p.ID, p.Cells[0].Change)
		}
		if p.ID == check.IDShortcomings && p.Cells[1].Change != New {
			t.Errorf("不足 in 2024 after the news piece: %s, want new", p.Cells[1].Change)
		}
	}
	for _, u := range tl.Units {
		if u.Name != "历下区" && u.Parts != nil {
			t.Errorf("%s has one report but parts", u.Name)
		}
	}
}

// TestChanges: one unit's three years made from a seed: the next year
// unchanged but for its years (same), then its shortcomings rewritten.
func TestChanges(t *testing.T) {
	base := seedText(t, "jinan-changqing-2023.txt")
	year := func(text string, y int) *model.Report {
		text = strings.NewReplacer("2023", fmt.Sprint(y), "2024", fmt.Sprint(y+1)).Replace(text)
		r, err := model.LoadBytes(fmt.Sprint(y), "-", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	short := "学习宣传贯彻习近平法治思想仍需走深走实;部分单位重大行政决策事项提报不及时,行政诉讼败诉率偏高;行政执法体制机制还不够健全,执法队伍力量较薄弱,执法能力和水平参差不齐。"
	if !strings.Contains(base, short) {
		t.Fatal("seed changed")
	}
	rewritten := strings.Replace(base, short, "基层司法所人员配备不足,街道合法性审查力量薄弱;数字化监督平台数据共享不畅,公共法律服务供给与群众需求仍有差距。", 1)
	tl := Build([]*model.Report{year(rewritten, 2025), year(base, 2023), year(base, 2024)})
	if len(tl.Units) != 1 {
		t.Fatalf("%d units", len(tl.Units))
	}
	u := tl.Units[0]
	if got := []int{u.Reports[0].Year, u.Reports[1].Year, u.Reports[2].Year}; got[0] != 2023 || got[2] != 2025 {
		t.Fatalf("years %v", got)
	}
	for _, p := range u.Parts {
		want := []Change{First, Same, Same}
		switch p.ID {
		case check.IDShortcomings: // its heading and first sentence are kept
			want[2] = Changed
		case check.IDOther:
			want = []Change{First, Absent, Absent}
		}
		for i, c := range p.Cells {
			if c.Change != want[i] {
				t.Errorf("%s year %d: %s (%.2f), want %s", p.ID, u.Reports[i].Year, c.Change, c.Similarity, want[i])
			}
		}
		if p.ID == check.IDMeasures && p.Cells[0].Figures == 0 {
			t.Errorf("measures state no figures")
		}
	}
}

// TestLeftOut: reports without a unit or a year are not placed.
func TestLeftOut(t *testing.T) {
	tl := Build([]*model.Report{model.Parse("a", ""), model.Parse("b", "关于工作的报告\n一、工作情况\n做了工作。")})
	if len(tl.Units) != 0 {
		t.Errorf("units %+v", tl.Units)
	}
}
