package figures

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baogao/model"
	"baogao/seeds"
)

// nextYear makes next year's report of a seed: every year one later, and
// the given figures changed (each old text must occur exactly once).
func nextYear(t *testing.T, text string, changes map[string]string) string {
	t.Helper()
	years := regexp.MustCompile(`(19|20)\d\d`)
	text = years.ReplaceAllStringFunc(text, func(y string) string {
		n, _ := strconv.Atoi(y)
		return strconv.Itoa(n + 1)
	})
	for old, new := range changes {
		if n := strings.Count(text, old); n != 1 {
			t.Fatalf("%q occurs %d times", old, n)
		}
		text = strings.Replace(text, old, new, 1)
	}
	return text
}

func seedText(t testing.TB, name string) string {
	b, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func parse(t testing.TB, id, text string) *model.Report {
	r, err := model.LoadBytes(id, id+".txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// changedFigures are the figures changed in the next-year fixtures of
// jinan-changqing-2023, with the change each must show.
var changedFigures = []struct {
	old, new string
	change   float64
}{
	{"参训人员310人", "参训人员355人", 45},
	{"受理94件", "受理101件", 7},
	{"罚没1562.74万元", "罚没1800.5万元", 2377600},
	{"败诉率20.3%", "败诉率15.2%", -5.1},
	{"受众3万余人次", "受众4.5万余人次", 15000},
	{"新增17名政府法律顾问", "新增20名政府法律顾问", 3},
	{"行政检查7921次", "行政检查8102次", 181},
	{"合并为29项办理", "合并为31项办理", 2},
}

// TestNextYear: a report and next year's, with known changes: every change
// is found, and nothing else (the years all moved on by one).
func TestNextYear(t *testing.T) {
	text := seedText(t, "jinan-changqing-2023.txt")
	changes := map[string]string{}
	for _, c := range changedFigures {
		changes[c.old] = c.new
	}
	a := parse(t, "a", text)
	b := parse(t, "b", nextYear(t, text, changes))
	if b.Year != a.Year+1 {
		t.Fatalf("years %d, %d", a.Year, b.Year)
	}
	checkChanges(t, Compare(SetOf(a), SetOf(b), SamePath), 0, 1)
}

// checkChanges checks that the rows between columns i and j changed are
// exactly changedFigures, and that every row has both.
func checkChanges(t *testing.T, tab *Table, i, j int) {
	t.Helper()
	found := map[string]bool{}
	for _, r := range tab.Rows {
		fa, fb := r.Figures[i], r.Figures[j]
		if fa == nil || fb == nil {
			t.Errorf("only in one report: %s %v %v", r.Subject, fa != nil, fb != nil)
			continue
		}
		if fa.Value == fb.Value {
			continue
		}
		ok := false
		for _, c := range changedFigures {
			if strings.Contains(c.old, fa.Text) && strings.Contains(c.new, fb.Text) && sameValue(fb.Value-fa.Value, c.change) {
				ok, found[c.old] = true, true
			}
		}
		if !ok {
			t.Errorf("unexpected change: [%s] %s → [%s] %s", fa.Subject, fa.Text, fb.Subject, fb.Text)
		}
	}
	for _, c := range changedFigures {
		if !found[c.old] {
			t.Errorf("change not found: %s → %s", c.old, c.new)
		}
	}
}

// TestNextYearChangeFields: change and percent of the rows, exactly.
func TestNextYearChangeFields(t *testing.T) {
	text := seedText(t, "jinan-changqing-2023.txt")
	b := nextYear(t, text, map[string]string{"败诉率20.3%": "败诉率15.2%", "参训人员310人": "参训人员355人"})
	tab := Compare(SetOf(parse(t, "a", text)), SetOf(parse(t, "b", b)), SamePath)
	for _, r := range tab.Rows {
		switch r.Subject {
		case "败诉率":
			if *r.Change != -5.1 || *r.Percent != -25.12 {
				t.Errorf("败诉率: change %v, percent %v", *r.Change, *r.Percent)
			}
		case "参训人员":
			if *r.Change != 45 || *r.Percent != 14.52 {
				t.Errorf("参训人员: change %v, percent %v", *r.Change, *r.Percent)
			}
		}
	}
}

// TestNextYearMoved: next year's report has two parts in the other order
// (and the sentences of one part reordered); the section pairing given says
// so, and the changes are still found, and nothing else.
func TestNextYearMoved(t *testing.T) {
	text := seedText(t, "jinan-changqing-2023.txt")
	changes := map[string]string{}
	for _, c := range changedFigures {
		changes[c.old] = c.new
	}
	next := nextYear(t, text, changes)
	// Swap (四) and (五) of part 二.
	i4 := strings.Index(next, "(四)加强行政权力制约监督")
	i5 := strings.Index(next, "(五)依法有效化解矛盾纠纷")
	i6 := strings.Index(next, "(六)深化普法宣传")
	if i4 < 0 || i5 < i4 || i6 < i5 {
		t.Fatal("seed changed")
	}
	four, five := next[i4:i5], next[i5:i6]
	five = strings.Replace(five, "(五)", "(四)", 1)
	// In it, the passages on 行政复议 and 行政应诉 change places.
	j2, j3 := strings.Index(five, "二是规范行政复议工作"), strings.Index(five, "三是强化行政应诉工作")
	j4 := strings.Index(five, "\n")
	if j2 < 0 || j3 < j2 || j4 < j3 {
		t.Fatal("seed changed")
	}
	five = five[:j2] + five[j3:j4] + five[j2:j3] + five[j4:]
	four = strings.Replace(four, "(四)", "(五)", 1)
	next = next[:i4] + five + four + next[i6:]
	a, b := parse(t, "a", text), parse(t, "b", next)
	pair := PairingOf(map[string]string{"2.4": "2.5", "2.5": "2.4"})
	same := func(p string) (string, bool) {
		if q, ok := pair(p); ok {
			return q, true
		}
		return p, true
	}
	checkChanges(t, Compare(SetOf(a), SetOf(b), same), 0, 1)
}

// TestOnlyInOne: a figure dropped and one added show as rows with one
// side missing.
func TestOnlyInOne(t *testing.T) {
	text := seedText(t, "jinan-changqing-2023.txt")
	next := nextYear(t, text, map[string]string{
		"区政府领导班子成员参加庭审旁听1次。": "",
		"召开府院联席会议5次。":        "召开府院联席会议5次。开展行政争议实质性化解专项行动3次。",
	})
	tab := Compare(SetOf(parse(t, "a", text)), SetOf(parse(t, "b", next)), SamePath)
	var onlyA, onlyB []string
	for _, r := range tab.Rows {
		switch p := r.Present(); {
		case len(p) == 2:
			if r.Changed() {
				t.Errorf("changed: %s", r.Subject)
			}
		case p[0] == 0:
			onlyA = append(onlyA, r.Subject)
		default:
			onlyB = append(onlyB, r.Subject)
		}
	}
	if len(onlyA) != 1 || onlyA[0] != "庭审旁听" || len(onlyB) != 1 || !strings.Contains(onlyB[0], "专项行动") {
		t.Errorf("only in A %v, only in B %v", onlyA, onlyB)
	}
}

// TestSeveralYears: three years of one district, one column each.
func TestSeveralYears(t *testing.T) {
	text := seedText(t, "jinan-changqing-2023.txt")
	y2 := nextYear(t, text, map[string]string{"参训人员310人": "参训人员355人"})
	y3 := nextYear(t, y2, map[string]string{"参训人员355人": "参训人员400人", "受理94件": "受理90件"})
	sets := []Set{SetOf(parse(t, "a", text)), SetOf(parse(t, "b", y2)), SetOf(parse(t, "c", y3))}
	tab := Correspond(sets, []Pairing{SamePath, SamePath})
	if len(tab.Reports) != 3 || tab.Reports[2].Year != 2025 || tab.Reports[0].Unit != "长清区" {
		t.Fatalf("reports %+v", tab.Reports)
	}
	changed := 0
	for _, r := range tab.Rows {
		if len(r.Present()) != 3 {
			t.Errorf("%s: in %v", r.Subject, r.Present())
		}
		if !r.Changed() {
			continue
		}
		changed++
		switch r.Subject {
		case "参训人员":
			if *r.Values[0] != 310 || *r.Values[1] != 355 || *r.Values[2] != 400 || *r.Change != 90 {
				t.Errorf("参训人员: %v %v %v change %v", *r.Values[0], *r.Values[1], *r.Values[2], *r.Change)
			}
		case "行政复议案件受理":
			if *r.Change != -4 {
				t.Errorf("受理: change %v", *r.Change)
			}
		default:
			t.Errorf("changed: %s", r.Subject)
		}
	}
	if changed != 2 {
		t.Errorf("%d rows changed, want 2", changed)
	}
}

// TestSimilarity: subjects alike enough to correspond, and not.
func TestSimilarity(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		alike bool
	}{
		{"行政复议申请", "行政复议案件申请", true},
		{"行政复议申请", "行政複議申請", true},
		{"参训人员", "参训人员", true},
		{"受理", "结案", false},
		{"行政复议申请", "法律援助案件", false},
		{"政府法律顾问", "公职律师", false},
	} {
		sim := newSubjectKey(tt.a).similarity(newSubjectKey(tt.b))
		if (sim >= minSimilarity) != tt.alike {
			t.Errorf("%s ~ %s: %.2f", tt.a, tt.b, sim)
		}
	}
	// Leaning on the same figure does not make two actions one.
	fa := Figure{Subject: "行政复议案件受理", Context: "行政复议案件"}
	fb := Figure{Subject: "行政复议案件结案", Context: "行政复议案件"}
	ka, kb := keysOf([]Figure{fa}), keysOf([]Figure{fb})
	if sim := ka[0].similarity(&kb[0]); sim >= minSimilarity {
		t.Errorf("受理 ~ 结案 under one context: %.2f", sim)
	}
}
