package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
)

// shownIDs are the IDs of the reports the report list shows.
func shownIDs(a App) []string {
	var ids []string
	for _, i := range a.rd().list.shown {
		ids = append(ids, a.e.reports[i].ID)
	}
	return ids
}

// TestReportListFilter: / in the report list filters it as one types, on
// folded text (unit, year, title, file name), every word; j and k are
// letters in the prompt; Enter opens the report under the cursor; Esc
// drops the filter.
func TestReportListFilter(t *testing.T) {
	reports := seedReports(t)
	tests := []struct {
		typed []string
		want  []string
	}{
		{[]string{"周村"}, []string{"zibo-zhoucun-2023"}},
		{[]string{"歷下"}, []string{"jinan-lixia-2020", "jinan-lixia-2024"}},    // Traditional folds
		{[]string{"LIXIA"}, []string{"jinan-lixia-2020", "jinan-lixia-2024"}}, // file name, case folded
		{[]string{"历下", " ", "２０２０"}, []string{"jinan-lixia-2020"}},           // two words, full-width digits
		{[]string{"jingkai"}, []string{"jining-jingkai-2024"}},                // j and k are letters here
		{[]string{"法治政府建设"}, nil},                                             // the title counts too: filled below
		{[]string{"没有这个"}, []string{}},
	}
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		for _, tc := range tests {
			a := keys(sized(reports, Options{}, size[0], size[1]), "1", "/")
			a = keys(a, tc.typed...)
			got := shownIDs(a)
			want := tc.want
			if want == nil { // every report whose title holds the words
				want = []string{}
				for _, r := range reports {
					if strings.Contains(r.Title, "法治政府建设") {
						want = append(want, r.ID)
					}
				}
			}
			if strings.Join(got, ",") != strings.Join(want, ",") {
				t.Errorf("%v: filter %q shows %q, want %q", size, strings.Join(tc.typed, ""), got, want)
			}
			if a.focusNow() != focusReports || !a.rd().list.typing {
				t.Errorf("%v: filter %q: focus %d, typing %v", size, strings.Join(tc.typed, ""), a.focusNow(), a.rd().list.typing)
			}
			s := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
			if !strings.Contains(s, "筛选 "+strings.Join(tc.typed, "")) {
				t.Errorf("%v: the prompt is not on the help line:\n%s", size, s)
			}
			if len(want) == 0 && !strings.Contains(s, "没有匹配的报告") {
				t.Errorf("%v: no notice for an empty filter:\n%s", size, s)
			}
		}
	}
}

// TestReportListFilterOpen: Enter in the filter opens the report under the
// cursor and reads it; the filter stays on the list, named in its title,
// until Esc in the list drops it.
func TestReportListFilterOpen(t *testing.T) {
	reports := seedReports(t)
	zhoucun := seedIndex(t, reports, "zibo-zhoucun-2023")
	a := keys(sized(reports, Options{}, 160, 48), "1", "/", "周村", "enter")
	if a.rd().current != zhoucun || a.focusNow() != focusReader || a.rd().list.typing {
		t.Fatalf("enter: report %d focus %d typing %v, want %d read", a.rd().current, a.focusNow(), a.rd().list.typing, zhoucun)
	}
	if s := plain(a); !strings.Contains(s, "1 报告 · 周村") {
		t.Errorf("the list's title does not name the filter:\n%s", s)
	}
	a = keys(a, "1", "esc")
	if len(a.rd().list.shown) != len(reports) || a.focusNow() != focusReports {
		t.Errorf("esc in the list: %d shown, focus %d; want all, the list", len(a.rd().list.shown), a.focusNow())
	}
	if r := a.rd().list.Selected(); r != zhoucun {
		t.Errorf("esc: cursor on report %d, want the open one %d", r, zhoucun)
	}
	// Esc in the prompt drops the filter too; q typed there is a letter.
	b := keys(sized(reports, Options{}, 80, 24), "1", "/", "q", "esc")
	if len(b.rd().list.shown) != len(reports) || b.rd().list.typing {
		t.Errorf("/ q esc: %d shown, typing %v", len(b.rd().list.shown), b.rd().list.typing)
	}
	// A paste is typed into the prompt; the arrows move among the rows.
	c := send(keys(sized(reports, Options{}, 80, 24), "1", "/"), tea.PasteMsg{Content: "历下\n"})
	if got := shownIDs(c); strings.Join(got, ",") != "jinan-lixia-2020,jinan-lixia-2024" {
		t.Errorf("paste 历下: shows %q", got)
	}
	c = keys(c, "down", "enter")
	if c.e.reports[c.rd().current].ID != "jinan-lixia-2024" {
		t.Errorf("down enter: opened %s, want the second row", c.e.reports[c.rd().current].ID)
	}
}

// TestPickerFilter: the d picker starts on the same unit's nearest year,
// / filters it as one types, Enter compares with the report under the
// cursor, and Esc drops the filter before it closes the picker.
func TestPickerFilter(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.open(lixia)
		a = keys(a, "d")
		if it := a.pk().items[a.pk().list.cursor]; !strings.Contains(it, "jinan-lixia-2020") {
			t.Errorf("%v: d starts on %q, want 历下区 2020", size, it)
		}
		f := keys(a, "/", "淄博")
		if len(f.pk().items) != 1 || !strings.Contains(f.pk().items[0], "zibo-zhoucun-2023") {
			t.Errorf("%v: filter 淄博: %q", size, f.pk().items)
		}
		if s := strings.Join(checkScreen(t, f, size[0], size[1]), "\n"); !strings.Contains(s, "筛选 淄博") {
			t.Errorf("%v: no prompt:\n%s", size, s)
		}
		if c := keys(f, "enter"); !c.comparing() || c.cm().a != lixia || c.cm().b != zhoucun {
			t.Errorf("%v: enter in the filter: comparing %v", size, c.comparing())
		}
		g := keys(f, "esc")
		if g.pk().kind != pickReport || len(g.pk().items) != len(reports)-1 || g.pk().typing {
			t.Errorf("%v: esc in the filter: picker %d with %d items, typing %v", size, g.pk().kind, len(g.pk().items), g.pk().typing)
		}
		k := keys(a, "/", "淄博", "ctrl+u")
		if len(k.pk().items) != len(reports)-1 {
			t.Errorf("%v: ctrl+u: %d items", size, len(k.pk().items))
		}
		if l := keys(a, "/", "没有", "enter"); l.comparing() || l.pk().kind != pickNone {
			t.Errorf("%v: enter on an empty filter: comparing %v, picker %d", size, l.comparing(), l.pk().kind)
		}
	}
}

// TestNeighbourYear: the picker's first row is the same unit's nearest
// other year, the year before on a tie, none when the unit has one year.
func TestNeighbourYear(t *testing.T) {
	rep := func(unit string, year int) *model.Report { return &model.Report{Unit: unit, Year: year} }
	tests := []struct {
		name    string
		reports []*model.Report
		base    int
		want    int
	}{
		{"before wins a tie", []*model.Report{rep("甲", 2023), rep("甲", 2024), rep("甲", 2025)}, 1, 0},
		{"nearest", []*model.Report{rep("甲", 2019), rep("甲", 2024), rep("甲", 2025)}, 1, 2},
		{"other unit", []*model.Report{rep("乙", 2023), rep("甲", 2024)}, 1, -1},
		{"same year", []*model.Report{rep("甲", 2024), rep("甲", 2024)}, 1, -1},
		{"no year", []*model.Report{rep("甲", 0), rep("甲", 2024)}, 1, -1},
		{"no unit", []*model.Report{rep("", 2023), rep("", 2024)}, 1, -1},
	}
	for _, tc := range tests {
		if got := neighbourYear(tc.reports, tc.base); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}
