package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"baogao/model"
	"baogao/model/compare"
	"baogao/seeds"
)

// nextYear returns the seeds plus an edited copy of 历下区 2024, as the
// same district's next report would be: two counts changed, a sentence
// dropped, one added, the plans part's year moved on, and its ID.
func nextYear(t testing.TB) ([]*model.Report, int, int) {
	t.Helper()
	reports := seedReports(t)
	orig, err := seeds.FS.ReadFile("jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	next := string(orig)
	for _, e := range [][2]string{
		{"听取法治建设工作汇报14次", "听取法治建设工作汇报26次"},
		{"三是社会和谐稳定质效全面提升。", ""},
		{"惠企联系点20个", "惠企联系点32个"},
		{"2025年工作打算", "2026年工作打算"},
		{"形成上下贯通、左右联动、同频共振的法治建设大格局。", "形成上下贯通、左右联动、同频共振的法治建设大格局。全年开展法治督察3次。"},
	} {
		if strings.Count(next, e[0]) != 1 {
			t.Fatalf("%q is not in the seed once", e[0])
		}
		next = strings.Replace(next, e[0], e[1], 1)
	}
	b, err := model.LoadBytes("lixia-next", "lixia-next.txt", []byte(next))
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, b)
	return reports, seedIndex(t, reports, "jinan-lixia-2024"), len(reports) - 1
}

// comparing builds an app at w×h comparing reports i and j.
func comparing(reports []*model.Report, opts Options, w, h, i, j int) App {
	a := sized(reports, opts, w, h)
	a.open(i)
	return settle(a, a.OpenCompare(i, j))
}

// pickItem moves the picker's cursor to the item containing s and presses
// Enter.
func pickItem(t *testing.T, a App, s string) App {
	t.Helper()
	if a.pk().kind == pickNone {
		t.Fatal("the picker is not open")
	}
	for i, it := range a.pk().items {
		if strings.Contains(it, s) {
			a = keys(a, "g")
			for range i {
				a = keys(a, "j")
			}
			return keys(a, "enter")
		}
	}
	t.Fatalf("no item %q in %q", s, a.pk().items)
	return a
}

// TestCompareOpenAndBack: d opens the picker over the reader listing the
// other reports, Esc cancels it, Enter compares the open report with the
// chosen one, and Esc goes back to the reader where it was.
func TestCompareOpenAndBack(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := sized(reports, Options{}, size[0], size[1])
		a.open(lixia)
		a = keys(a, "space", "d")
		if a.pk().kind != pickReport || len(a.pk().items) != len(reports)-1 {
			t.Fatalf("%v: d: picker %d with %d items, want the %d other reports", size, a.pk().kind, len(a.pk().items), len(reports)-1)
		}
		for _, it := range a.pk().items {
			if strings.Contains(it, reports[lixia].ID) {
				t.Errorf("%v: the picker offers the open report itself: %q", size, it)
			}
		}
		lines := checkScreen(t, a, size[0], size[1])
		if s := strings.Join(lines, "\n"); !strings.Contains(s, "与 历下区 2024 对比") || !strings.Contains(s, "zibo-zhoucun-2023") {
			t.Errorf("%v: the picker is not on screen:\n%s", size, s)
		}
		top := a.rd().reader.off
		if c := keys(a, "esc"); c.pk().kind != pickNone || c.comparing() {
			t.Errorf("%v: esc must cancel the picker", size)
		}
		a = pickItem(t, a, "zibo-zhoucun-2023")
		if !a.comparing() || a.cm().a != lixia || a.cm().b != zhoucun || a.pk().kind != pickNone {
			t.Fatalf("%v: enter: comparing %v %d↔%d, want %d↔%d", size, a.comparing(), a.cm().a, a.cm().b, lixia, zhoucun)
		}
		s := strings.Join(checkScreen(t, a, size[0], size[1]), "\n")
		for _, want := range []string{"A 历下区 2024 ↔ B 周村区 2023", "节 同0", "相似"} {
			if !strings.Contains(s, want) {
				t.Errorf("%v: compare screen lacks %q:\n%s", size, want, s)
			}
		}
		// d in compare mode picks another B for the same A.
		if c := keys(a, "d"); c.pk().kind != pickReport || !strings.Contains(c.pk().items[c.pk().list.cursor], "zibo-zhoucun-2023") {
			t.Errorf("%v: d in compare mode: picker %d, cursor on %q, want the current B", size, c.pk().kind, c.pk().items[c.pk().list.cursor])
		} else if c = pickItem(t, c, "jining-jingkai-2024"); c.cm().a != lixia || c.cm().c.B.ID != "jining-jingkai-2024" {
			t.Errorf("%v: d, pick 济宁: comparing %s↔%s", size, c.cm().c.A.ID, c.cm().c.B.ID)
		}
		a = keys(a, "esc")
		if a.comparing() || a.focusNow() != focusReader || a.rd().current != lixia || a.rd().reader.off != top {
			t.Errorf("%v: esc: comparing %v, focus %d, report %d, top %d; want the reader as it was", size, a.comparing(), a.focusNow(), a.rd().current, a.rd().reader.off)
		}
		if s := plain(a); !strings.Contains(s, "3 正文 · 历下区 2024") {
			t.Errorf("%v: esc does not show the reader", size)
		}
	}
}

// TestCompareOneReport: with nothing to compare with, d shows an empty
// picker and Enter does nothing.
func TestCompareOneReport(t *testing.T) {
	one := seedReports(t)[:1]
	a := keys(sized(one, Options{}, 80, 24), "d")
	if a.pk().kind != pickReport || len(a.pk().items) != 0 || !strings.Contains(plain(a), "没有可选的") {
		t.Fatalf("d with one report: picker %d, items %q", a.pk().kind, a.pk().items)
	}
	checkScreen(t, a, 80, 24)
	if a = keys(a, "enter"); a.comparing() || a.pk().kind != pickNone {
		t.Errorf("enter on an empty picker: comparing %v, picker %d", a.comparing(), a.pk().kind)
	}
}

// TestCompareNavigation walks the changes of the next-year pair with n and
// N, the pairs with ] [ and } {, and checks that the pair list follows.
func TestCompareNavigation(t *testing.T) {
	reports, i, j := nextYear(t)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		a := comparing(reports, Options{NoColor: true}, size[0], size[1], i, j)
		d := &a.cm().diff
		if len(d.stops) < 4 {
			t.Fatalf("%v: %d changes, want at least 4", size, len(d.stops))
		}
		var seen []int
		for range len(d.stops) + 2 {
			a = keys(a, "n")
			d = &a.cm().diff
			seen = append(seen, d.cur)
			if a.cm().pairs.Selected() != d.Pair() {
				t.Errorf("%v: n: pair list on %d, diff on pair %d", size, a.cm().pairs.Selected(), d.Pair())
			}
			if d.cur < d.off || d.cur >= d.off+d.height {
				t.Errorf("%v: n: cursor line %d out of view %d+%d", size, d.cur, d.off, d.height)
			}
			k := len(seen) - 1
			if want := fmt.Sprintf("改动 %d/%d", k%len(d.stops)+1, len(d.stops)); !strings.Contains(statusOf(a), want) {
				t.Errorf("%v: n #%d: status %q lacks %q", size, k+1, statusOf(a), want)
			}
		}
		if want := append(append([]int{}, d.stops...), d.stops[0], d.stops[1]); fmt.Sprint(seen) != fmt.Sprint(want) {
			t.Errorf("%v: n visits %v, want every change in order then wraps to the first: %v", size, seen, want)
		}
		a = keys(a, "N", "N")
		if a.cm().diff.cur != d.stops[len(d.stops)-1] {
			t.Errorf("%v: N N from the second change: line %d, want the last %d", size, a.cm().diff.cur, d.stops[len(d.stops)-1])
		}
		a = keys(a, "g", "n")
		if s := plain(a); !strings.Contains(s, "[-14-]{+26+}") && !strings.Contains(s, "[-14-]") {
			t.Errorf("%v: the first change is not on screen:\n%s", size, s)
		}
		// ] [ } { move between pairs.
		a = keys(a, "g")
		for want := 1; want < 4; want++ {
			a = keys(a, "]")
			if p := a.cm().diff.Pair(); p != want || a.cm().pairs.Selected() != want {
				t.Errorf("%v: ] #%d: diff on pair %d, list on %d", size, want, p, a.cm().pairs.Selected())
			}
		}
		a = keys(a, "[")
		if p := a.cm().diff.Pair(); p != 2 {
			t.Errorf("%v: [: pair %d, want 2", size, p)
		}
		a = keys(a, "}")
		if p := a.cm().diff.Pair(); a.cm().c.Pairs[p].Depth != 0 || p <= 2 {
			t.Errorf("%v: }: pair %d (depth %d), want a later top-level pair", size, p, a.cm().c.Pairs[p].Depth)
		}
		// The pair list moves the diff.
		a = keys(a, "2", "j", "j")
		if a.focusNow() != focusOutline || a.cm().diff.Pair() != a.cm().pairs.Selected() {
			t.Errorf("%v: pair list j j: diff on %d, list on %d", size, a.cm().diff.Pair(), a.cm().pairs.Selected())
		}
		a = keys(a, "enter")
		if a.focusNow() != focusReader || !a.comparing() {
			t.Errorf("%v: enter in the pair list: focus %d, comparing %v", size, a.focusNow(), a.comparing())
		}
		a = keys(a, "G")
		if a.cm().diff.Percent() != 100 || a.cm().pairs.Selected() != a.cm().diff.Pair() {
			t.Errorf("%v: G: %d%%, list %d, diff %d", size, a.cm().diff.Percent(), a.cm().pairs.Selected(), a.cm().diff.Pair())
		}
	}
}

// TestCompareSwap: x compares B with A, keeping the pair in view; x again
// restores the comparison.
func TestCompareSwap(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	a := comparing(reports, Options{}, 160, 48, lixia, zhoucun)
	a = keys(a, "]", "]", "]")
	before := a.cm().c.Pairs[a.cm().diff.Pair()]
	if before.A == nil || before.B == nil {
		t.Fatalf("pair 3 is not a pair: %+v", before)
	}
	a = keys(a, "x")
	if a.cm().a != zhoucun || a.cm().b != lixia || a.cm().c.A != reports[zhoucun] {
		t.Fatalf("x: comparing %d↔%d, want %d↔%d", a.cm().a, a.cm().b, zhoucun, lixia)
	}
	after := a.cm().c.Pairs[a.cm().diff.Pair()]
	if after.A != before.B || after.B != before.A {
		t.Errorf("x: the pair in view is %v↔%v, want %v↔%v", after.A, after.B, before.B, before.A)
	}
	if s := plain(a); !strings.Contains(s, "A 周村区 2023 ↔ B 历下区 2024") {
		t.Error("x: the title does not name the swapped sides")
	}
	sumA, sumB := a.cm().c.Summary, keys(a, "x").cm().c.Summary
	if sumA.OnlyA != sumB.OnlyB || sumA.Added != sumB.Removed {
		t.Errorf("x: summaries do not mirror: %+v and %+v", sumA, sumB)
	}
	a = keys(a, "x")
	if back := a.cm().c.Pairs[a.cm().diff.Pair()]; back.A != before.A || back.B != before.B || a.cm().a != lixia {
		t.Errorf("x x: pair %v↔%v, want %v↔%v", back.A, back.B, before.A, before.B)
	}
}

// TestCompareInBackground: comparing runs as a command, not inside
// Update: until its result arrives the comparison in view stays and the
// status says 比较中…; a result asked for before a newer one, or after
// leaving compare mode, is dropped.
func TestCompareInBackground(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	a := comparing(reports, Options{}, 160, 48, lixia, zhoucun)
	old := a.cm().c

	a, swap := sendCmd(a, press("x"))
	if swap == nil || a.cm().c != old || !strings.Contains(plain(a), "比较中…") {
		t.Fatalf("x: command %v, comparison replaced %v, screen:\n%s", swap != nil, a.cm().c != old, plain(a))
	}
	if b := keys(a, "x", "p"); b.cm().a != zhoucun || b.pk().kind != pickNone {
		t.Errorf("x, p while comparing: comparing %d, picker %v", b.cm().a, b.pk().kind)
	}
	stale := swap()
	if done := send(a, stale); done.cm().c == old || done.cm().c.A != reports[zhoucun] || done.cm().busy || strings.Contains(plain(done), "比较中…") {
		t.Errorf("x, result: A is %s, busy %v", done.cm().c.A.ID, done.cm().busy)
	}

	// A newer comparison (d, another report) makes the swap's result stale.
	b := pickItem(t, keys(a, "d"), "jining-jingkai-2024")
	if b.cm().c == nil || b.cm().c.B.ID != "jining-jingkai-2024" || b.cm().busy {
		t.Fatalf("d, pick 济宁: %+v", b.cm().c)
	}
	if b = send(b, stale); b.cm().c.B.ID != "jining-jingkai-2024" {
		t.Errorf("a stale result replaced the comparison: B is %s", b.cm().c.B.ID)
	}

	// Esc leaves compare mode (and its comparison: the mode is gone); the
	// result arriving then is dropped and changes nothing on screen.
	if esc := keys(a, "esc"); true {
		c := send(esc, stale)
		if c.comparing() || plain(c) != plain(esc) {
			t.Errorf("esc, result: compare mode %v, screen changed %v", c.comparing(), plain(c) != plain(esc))
		}
	}

	// Before the first comparison arrives there is nothing to show, and
	// keys and the screen do not depend on one.
	d := sized(reports, Options{}, 80, 24)
	d.open(lixia)
	first := d.OpenCompare(lixia, zhoucun)
	for _, k := range []string{"n", "]", "x", "p", "j", "G", "u", "tab", "enter"} {
		d = keys(d, k)
		checkScreen(t, d, 80, 24)
	}
	if !strings.Contains(plain(d), "比较中…") || d.cm().c != nil {
		t.Errorf("before the first comparison:\n%s", plain(d))
	}
	if d = send(d, first()); d.cm().c == nil || d.cm().c.A != reports[lixia] || strings.Contains(plain(d), "比较中…") {
		t.Errorf("the first comparison did not arrive:\n%s", plain(d))
	}
}

// TestCompareRepair: p lists B's sections at the same step; choosing one
// pins the pair and compares again; (不配对) leaves the section alone;
// (自动配对) restores the automatic pairing. Swapping keeps the pins.
func TestCompareRepair(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	a := comparing(reports, Options{}, 160, 48, lixia, zhoucun)
	a = keys(a, "]") // the first part after the preamble
	p := a.cm().c.Pairs[a.cm().diff.Pair()]
	if p.A == nil || p.A.Path != "1" || p.B == nil || p.B.Path != "2" {
		t.Fatalf("want 一↔二 first, got %+v", p)
	}
	auto := a.cm().c.Pairs
	a = keys(a, "p")
	if a.pk().kind != pickSection || len(a.pk().items) != 2+len(reports[zhoucun].Sections) {
		t.Fatalf("p: picker %d with %q, want B's %d parts", a.pk().kind, a.pk().items, len(reports[zhoucun].Sections))
	}
	if cur := a.pk().items[a.pk().list.cursor]; !strings.HasPrefix(cur, "= ") || !strings.Contains(cur, p.B.Title) {
		t.Errorf("p: the cursor starts on %q, want the current partner", cur)
	}
	checkScreen(t, a, 160, 48)
	three := reports[zhoucun].Sections[2]
	a = pickItem(t, a, three.Title)
	now := a.cm().c.Pairs[a.cm().diff.Pair()]
	if now.A != p.A || now.B != three || !now.Pinned {
		t.Fatalf("pinned 一↔三: the pair in view is %v↔%v pinned %v", now.A, now.B, now.Pinned)
	}
	if s := plain(a); !strings.Contains(s, "手动配对") {
		t.Error("the pinned pair's header does not say so")
	}
	a = keys(a, "x")
	if now := a.cm().c.Pairs[a.cm().diff.Pair()]; now.A != three || now.B != p.A || !now.Pinned {
		t.Errorf("x keeps the pin: %v↔%v pinned %v", now.A, now.B, now.Pinned)
	}
	a = keys(a, "x", "p")
	a = pickItem(t, a, "（不配对）")
	if now := a.cm().c.Pairs[a.cm().diff.Pair()]; now.A != p.A || now.B != nil || now.Status != compare.StatusOnlyA {
		t.Errorf("unpaired: %v↔%v %s", now.A, now.B, now.Status)
	}
	a = keys(a, "p")
	a = pickItem(t, a, "（自动配对）")
	if len(a.cm().pins) != 0 || fmt.Sprint(pairPaths(a.cm().c.Pairs)) != fmt.Sprint(pairPaths(auto)) {
		t.Errorf("automatic again: pins %v, pairs %v, want %v", a.cm().pins, pairPaths(a.cm().c.Pairs), pairPaths(auto))
	}
	// A sub-section's candidates are the children of its parent's partner.
	a = keys(a, "]", "]")
	sub := a.cm().c.Pairs[a.cm().diff.Pair()]
	a = keys(a, "p")
	parentB := a.cm().c.Pairs[sub.Parent].B
	if sub.Depth != 1 || len(a.pk().secs) != len(parentB.Children) {
		t.Errorf("sub-section: %d candidates, want the %d children of %s", len(a.pk().secs), len(parentB.Children), parentB.Heading())
	}
	// The preamble cannot be re-paired.
	if a = keys(a, "esc", "g", "p"); a.pk().kind != pickNone {
		t.Error("p on the preamble opened a picker")
	}
}

func pairPaths(ps []compare.Pair) []string {
	var out []string
	for _, p := range ps {
		pa, pb := "-", "-"
		if p.A != nil {
			pa = p.A.Path
		}
		if p.B != nil {
			pb = p.B.Path
		}
		out = append(out, pa+"↔"+pb)
	}
	return out
}

// TestCompareLayout: side by side from 120 columns, unified below; u
// switches and the choice survives a resize; one offset scrolls both
// columns.
func TestCompareLayout(t *testing.T) {
	reports, i, j := nextYear(t)
	tests := []struct {
		w        int
		keys     []string
		wantSide bool
	}{
		{80, nil, false}, {119, nil, false}, {120, nil, true}, {160, nil, true},
		{80, []string{"u"}, true}, {160, []string{"u"}, false}, {160, []string{"u", "u"}, true},
	}
	for _, tt := range tests {
		a := keys(comparing(reports, Options{}, tt.w, 30, i, j), tt.keys...)
		if a.cm().diff.Side() != tt.wantSide {
			t.Errorf("%d columns %v: side by side %v", tt.w, tt.keys, a.cm().diff.Side())
		}
		if tt.keys != nil {
			a = send(a, tea.WindowSizeMsg{Width: 200 - tt.w/2, Height: 30})
			if a.cm().diff.Side() != tt.wantSide {
				t.Errorf("%d columns %v: a resize undid u", tt.w, tt.keys)
			}
		}
		checkScreen(t, a, a.e.lay.width, 30)
	}
	// Side by side, A's text is left of the separator and B's right, on
	// the same lines.
	a := keys(comparing(reports, Options{NoColor: true}, 160, 48, i, j), "n")
	for _, l := range strings.Split(plain(a), "\n") {
		if strings.Contains(l, "[-14-]") && !strings.Contains(l, "{+26+}") {
			t.Errorf("14 and 26 are not on one line side by side: %q", l)
		}
	}
}

// TestCompareMarks: without colour every change is marked in the text;
// with colour there are no marks but colours.
func TestCompareMarks(t *testing.T) {
	reports, i, j := nextYear(t)
	for _, w := range []int{80, 160} {
		nc := comparing(reports, Options{NoColor: true}, w, 30, i, j)
		left, right := columnTexts(&nc.cm().diff)
		for _, want := range []string{"[-14-]{+26+}", "[-20-]{+32+}", "[-三是社会和谐稳定质效全面提升。-]", "{+全年开展法治督察3次。+}"} {
			if w < sideBySideFrom && !strings.Contains(left, want) {
				t.Errorf("%d columns, no colour: %q not shown", w, want)
			}
			a, b, both := strings.Cut(want, "]{")
			if !both && strings.HasPrefix(want, "{+") {
				a, b = "", want
			}
			if both {
				a, b = a+"]", "{"+b
			}
			if w >= sideBySideFrom && (!strings.Contains(left, a) || !strings.Contains(right, b)) {
				t.Errorf("%d columns, no colour: %q not shown left, %q right", w, a, b)
			}
		}
		if colourSGR.MatchString(nc.render()) {
			t.Errorf("%d columns: colour escapes with NO_COLOR", w)
		}
		col := comparing(reports, Options{}, w, 300, i, j)
		if s := plain(col); strings.Contains(s, "[-") || strings.Contains(s, "{+") {
			t.Errorf("%d columns: word-diff marks with colour", w)
		}
		if !colourSGR.MatchString(col.render()) {
			t.Errorf("%d columns: no colour with colour on", w)
		}
	}
}

// columnTexts is the whole text of a diff view's lines, unified or A's
// column, and B's column, without line breaks.
func columnTexts(d *diffView) (left, right string) {
	var l, r strings.Builder
	for _, line := range d.lines {
		for _, s := range line.left {
			l.WriteString(s.Text)
		}
		for _, s := range line.right {
			r.WriteString(s.Text)
		}
	}
	return l.String(), r.String()
}

// TestCompareGolden pins compare screens: 80×24 unified and 160×48 side by
// side, for two districts (parallel pairs) and two years of one district.
// Every line is exactly the width, also with ambiguous characters wide.
func TestCompareGolden(t *testing.T) {
	reports, i, j := nextYear(t)
	zhoucun := seedIndex(t, reports, "zibo-zhoucun-2023")
	states := []struct {
		name string
		b    int
		keys []string
	}{
		{"next-year-open", j, nil},
		{"next-year-changes", j, []string{"n", "n", "n"}},
		{"next-year-list", j, []string{"2", "j", "j", "j", "j"}},
		{"districts", zhoucun, []string{"]", "]"}},
		{"districts-repair", zhoucun, []string{"]", "p"}},
	}
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			for _, s := range states {
				a := keys(comparing(reports, Options{NoColor: true}, size[0], size[1], i, s.b), s.keys...)
				if want := size[0] >= sideBySideFrom; a.cm().diff.Side() != want {
					t.Errorf("%s: side by side %v", s.name, a.cm().diff.Side())
				}
				checkScreen(t, a, size[0], size[1])
				golden(t, s.name, plain(a)+"\n")
				wide := keys(comparing(reports, Options{NoColor: true, Wide: true}, size[0], size[1], i, s.b), s.keys...)
				checkScreen(t, wide, size[0], size[1])
			}
		})
	}
}

// TestCompareSmallSizes drives compare mode at every size up to 34×12: no
// panic, and exactly the terminal's size from 20×6.
func TestCompareSmallSizes(t *testing.T) {
	reports, i, j := nextYear(t)
	for _, wide := range []bool{false, true} {
		for w := 0; w <= 34; w++ {
			for h := 0; h <= 12; h++ {
				a := sized(reports, Options{Wide: wide}, w, h)
				a.open(i)
				a = keys(a, "d", "j", "enter", "esc")
				a = settle(a, a.OpenCompare(i, j))
				for _, k := range []string{"n", "]", "x", "p", "j", "enter", "u", "o", "j", "esc", "N", "G", "d"} {
					a = keys(a, k)
					a = send(a, tea.MouseWheelMsg{X: 1, Y: 2, Button: tea.MouseWheelDown}, tea.MouseClickMsg{X: 1, Y: 2})
					if w >= minWidth && h >= minHeight {
						checkScreen(t, a, w, h)
					} else if s := plain(a); strings.Count(s, "\n") > 0 {
						t.Fatalf("%dx%d: more than the notice", w, h)
					}
				}
			}
		}
	}
}

// TestCompareMouse: a click on a pair shows it; the wheel scrolls the diff.
func TestCompareMouse(t *testing.T) {
	reports, i, _ := nextYear(t)
	a := comparing(reports, Options{}, 160, 48, i, seedIndex(t, reports, "zibo-zhoucun-2023"))
	l := a.cm().list
	a = send(a, tea.MouseClickMsg{X: l.x + 3, Y: l.y + 1 + 4, Button: tea.MouseLeft})
	if a.focusNow() != focusOutline || a.cm().pairs.Selected() != 4 || a.cm().diff.Pair() != 4 {
		t.Errorf("click on the fifth pair: focus %d, list %d, diff %d", a.focusNow(), a.cm().pairs.Selected(), a.cm().diff.Pair())
	}
	off := a.cm().diff.off
	m := a.cm().main
	a = send(a, tea.MouseWheelMsg{X: m.x + 5, Y: m.y + 5, Button: tea.MouseWheelDown})
	if a.cm().diff.off != off+wheelStep {
		t.Errorf("wheel over the diff: top %d, want %d", a.cm().diff.off, off+wheelStep)
	}
}

// TestCompareHelp: the help line offers compare keys in compare mode, the
// picker's keys while it is open, and ? lists the compare group.
func TestCompareHelp(t *testing.T) {
	reports, i, j := nextYear(t)
	a := comparing(reports, Options{}, 160, 48, i, j)
	last := func(a App) string { l := strings.Split(plain(a), "\n"); return l[len(l)-1] }
	if h := last(a); !strings.Contains(h, "n/N 改动") || !strings.Contains(h, "x 交换") || strings.Contains(h, "翻页") {
		t.Errorf("compare help line: %q", h)
	}
	if h := last(keys(a, "]", "p")); !strings.Contains(h, "取消") || strings.Contains(h, "交换") {
		t.Errorf("picker help line: %q", h)
	}
	if s := plain(keys(a, "?")); !strings.Contains(s, "交换两侧") || !strings.Contains(s, "手动配对本节") {
		t.Error("? does not list the compare keys")
	}
}

// BenchmarkCompareFrame is one full frame (View) of compare mode at 160×48,
// side by side, two districts (the longest comparison of the seeds),
// scrolled to the middle. The lines are built once per width; a frame
// styles only the rows in view.
// The big case compares a 400,000-character report with a seed: the frame
// costs the same.
func BenchmarkCompareFrame(b *testing.B) {
	reports := seedReports(b)
	lixia, zhoucun := seedIndex(b, reports, "jinan-lixia-2024"), seedIndex(b, reports, "zibo-zhoucun-2023")
	for _, big := range []bool{false, true} {
		b.Run(fmt.Sprintf("big=%v", big), func(b *testing.B) {
			rs, i, j := reports, lixia, zhoucun
			if big {
				rs, i, j = append([]*model.Report{bigReport(b, 400_000)}, reports...), 0, zhoucun+1
			}
			a := comparing(rs, Options{}, 160, 48, i, j)
			if !a.comparing() {
				b.Fatal("not comparing")
			}
			a.cm().diff.ScrollBy(len(a.cm().diff.lines) / 2)
			for b.Loop() {
				_ = a.View()
			}
			b.ReportMetric(float64(len(a.cm().diff.lines)), "lines")
		})
	}
}

// BenchmarkCompareKeyFrame is n (next change) and the frame after it.
func BenchmarkCompareKeyFrame(b *testing.B) {
	reports := seedReports(b)
	a := comparing(reports, Options{}, 160, 48, seedIndex(b, reports, "jinan-lixia-2024"), seedIndex(b, reports, "zibo-zhoucun-2023"))
	n, g := press("n"), press("g")
	for b.Loop() {
		m, _ := a.Update(n)
		a = m.(App)
		if a.cm().diff.cur == a.cm().diff.stops[len(a.cm().diff.stops)-1] {
			m, _ = a.Update(g)
			a = m.(App)
		}
		_ = a.View()
	}
}

// BenchmarkCompareOpen is the cost of opening a comparison (or swapping,
// or re-pairing): compare, then build the lines at 160×48.
func BenchmarkCompareOpen(b *testing.B) {
	reports := seedReports(b)
	a := sized(reports, Options{}, 160, 48)
	i, j := seedIndex(b, reports, "jinan-lixia-2024"), seedIndex(b, reports, "zibo-zhoucun-2023")
	for b.Loop() {
		a = settle(a, a.OpenCompare(i, j))
	}
}

// TestCompareTitleAndMoved checks that a changed report title shows with
// its marks above the pairs (and n stops on it), and that moved pairs carry
// a mark in the pair list.
func TestCompareTitleAndMoved(t *testing.T) {
	reports, i, _ := nextYear(t)
	orig, err := seeds.FS.ReadFile("jinan-lixia-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	const title = "济南市历下区2024年度法治政府建设报告"
	// A year moved on by the reports' difference is no change (see
	// TestCompareYears): the title changes in words.
	b, err := model.LoadBytes("lixia-2025", "lixia-2025.txt", []byte(strings.Replace(string(orig), title, "济南市历下区2024年度法治政府建设情况报告", 1)))
	if err != nil {
		t.Fatal(err)
	}
	reports = append(reports, b)
	a := comparing(reports, Options{NoColor: true}, 100, 30, i, len(reports)-1)
	if s := plain(a); !strings.Contains(s, "标题：济南市历下区2024年度法治政府建设{+情况+}报告") {
		t.Errorf("the title change is not shown:\n%s", s)
	}
	if d := &a.cm().diff; len(d.stops) == 0 || d.stops[0] != 0 {
		t.Errorf("n does not stop on the title: stops %v", d.stops)
	}
	if strings.Contains(plain(comparing(reports, Options{NoColor: true}, 100, 30, i, i)), "标题：") {
		t.Error("a title line when the titles are the same")
	}

	a.cm().c.Pairs[1].Moved = true
	for _, noColor := range []bool{true, false} {
		st := newStyles(true, noColor, false)
		moved, still := ansi.Strip(a.cm().pairs.row(st, 1, false)), ansi.Strip(a.cm().pairs.row(st, 2, false))
		want := "↕"
		if noColor {
			want = "m"
		}
		if !strings.Contains(moved, want+" ~") && !strings.Contains(moved, want+" =") || strings.Contains(still, want) { // moved, then pinned, then status
			t.Errorf("no color %v: moved row %q, other row %q: want the moved one marked %q", noColor, moved, still, want)
		}
	}
}

// TestComparePairListWidth checks that at 100 columns the pair list is wide
// enough to read the pairs' titles, and that side by side the diff keeps
// its room.
func TestComparePairListWidth(t *testing.T) {
	reports, i, j := nextYear(t)
	a := comparing(reports, Options{NoColor: true}, 100, 30, i, j)
	if w := a.cm().list.w; w < 40 {
		t.Errorf("at 100 columns the pair list is %d columns, want at least 40", w)
	}
	if s := plain(a); !strings.Contains(s, "一 ↔ 一 党政主要负责人履行") {
		t.Errorf("a pair's title is cut short:\n%s", s)
	}
	checkScreen(t, a, 100, 30)
	a = comparing(reports, Options{NoColor: true}, 160, 48, i, j)
	if !a.cm().diff.Side() || a.cm().main.w < 110 {
		t.Errorf("at 160 columns side by side: diff %d columns, side %v", a.cm().main.w, a.cm().diff.Side())
	}
	a = keys(a, "u")
	if a.cm().diff.Side() || a.cm().list.w <= 48 {
		t.Errorf("u at 160 columns: list %d columns, side %v; want a wider list beside the unified diff", a.cm().list.w, a.cm().diff.Side())
	}
	checkScreen(t, a, 160, 48)
}
