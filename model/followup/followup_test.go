package followup

import (
	"os"
	"strings"
	"testing"

	"baogao/model"
	"baogao/seeds"
)

func load(t testing.TB, id string, b []byte) *model.Report {
	t.Helper()
	r, err := model.LoadBytes(id, id, b)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func seed(t testing.TB, name string) *model.Report {
	t.Helper()
	b, err := seeds.FS.ReadFile(name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return load(t, name, b)
}

func fixture(t testing.TB, name string) *model.Report {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	return load(t, name, b)
}

// TestNextYear: lixia-2025.txt is written from the seed's 2025 plans: the
// first item carried out in full (four of its five tasks, in the measures),
// the second in one task of four, the third only in the 2025 report's own
// shortcomings and plans, which do not count.
func TestNextYear(t *testing.T) {
	res := Follow(seed(t, "jinan-lixia-2024"), fixture(t, "lixia-2025"))
	want := []struct {
		section string
		status  Status
		in      string // a section every evidence passage is in
	}{
		{"4.1", Done, "2.1"},
		{"4.2", Partial, "1.1"},
		{"4.3", None, ""},
	}
	if len(res.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(res.Items), len(want))
	}
	for i, w := range want {
		it := res.Items[i]
		if it.Section != w.section || it.Status != w.status {
			t.Errorf("item %d: %s %s (coverage %.2f), want %s %s", i, it.Section, it.Status, it.Coverage, w.section, w.status)
		}
		for _, e := range it.Evidence {
			if e.Section != w.in {
				t.Errorf("item %s: evidence from %s: %s", it.Section, e.Section, e.Text)
			}
		}
		if w.status == None && len(it.Evidence) > 0 {
			t.Errorf("item %s: none with evidence %v", it.Section, it.Evidence)
		}
	}
}

// TestOtherUnit: another district's report carries out none of the plans
// in full: the words of the genre are shared, the tasks are not.
func TestOtherUnit(t *testing.T) {
	for _, pair := range [][2]string{{"zibo-zhoucun-2023", "jining-jingkai-2024"}, {"jinan-changqing-2023", "jinan-lixia-2024"}} {
		res := Follow(seed(t, pair[0]), seed(t, pair[1]))
		if len(res.Items) == 0 {
			t.Fatalf("%s: no plan items", pair[0])
		}
		for _, it := range res.Items {
			if it.Status == Done {
				t.Errorf("%s → %s: %s done (%.2f): %v", pair[0], pair[1], it.Section, it.Coverage, it.Evidence)
			}
		}
	}
}

// TestParagraphItems: a plans part without sub-sections gives one item per
// paragraph; with one paragraph, one per sentence.
func TestParagraphItems(t *testing.T) {
	a := model.Parse("a", "某区2024年度法治政府建设情况报告\n一、主要举措和成效\n完成了工作。\n二、2025年工作打算\n一是深化行政复议体制改革，提升复议案件办理质量。\n二是推进重大行政决策合法性审查全覆盖。\n")
	items := planItems(a)
	if len(items) != 2 || items[0].section != "2#1" || items[1].section != "2#2" {
		t.Fatalf("items %+v", items)
	}
	a = model.Parse("a", "某区2024年度法治政府建设情况报告\n一、主要举措和成效\n完成了工作。\n二、2025年工作打算\n深化行政复议体制改革，提升复议案件办理质量。推进重大行政决策合法性审查全覆盖。\n")
	if items := planItems(a); len(items) != 2 {
		t.Fatalf("one paragraph: items %+v", items)
	}
	b := model.Parse("b", "某区2025年度法治政府建设情况报告\n一、主要举措和成效\n推进重大行政决策合法性审查全覆盖，审查决策事项21件。\n")
	res := Follow(a, b)
	if res.Items[0].Status != None || res.Items[1].Status != Done {
		t.Errorf("statuses %s %s", res.Items[0].Status, res.Items[1].Status)
	}
}

// TestCombinedPart: in a part on the shortcomings and the plans, the
// plans are the paragraphs from the first that speaks of what is to come.
func TestCombinedPart(t *testing.T) {
	a := model.Parse("a", "某区2024年度法治政府建设情况报告\n一、主要举措和成效\n完成了工作。\n二、存在的问题和下一步打算\n基层执法力量薄弱，执法人员素质参差不齐。\n下一步，我区将深化行政复议体制改革，提升复议案件办理质量。\n推进重大行政决策合法性审查全覆盖。\n")
	items := planItems(a)
	if len(items) != 2 || !strings.Contains(items[0].text, "下一步") || items[0].section != "2#2" {
		t.Fatalf("items %+v", items)
	}
}

// TestNoPlans: a report without plans has no items, and odd input never
// panics.
func TestNoPlans(t *testing.T) {
	for _, text := range []string{"", "标题", "一、工作打算\n", "一、工作打算\n（一）\n（二）\n"} {
		res := Follow(model.Parse("a", text), model.Parse("b", text))
		if res.Items == nil {
			t.Errorf("%q: nil items", text)
		}
	}
	if res := Follow(seed(t, "jinan-lixia-2020"), seed(t, "jinan-lixia-2024")); len(res.Items) != 0 {
		t.Errorf("the news piece has plan items: %v", res.Items)
	}
}
