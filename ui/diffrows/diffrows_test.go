package diffrows

import (
	"strings"
	"testing"

	"baogao/model"
	"baogao/ui/text"
)

func TestRows(t *testing.T) {
	ops := model.DiffText("甲句。乙句。签订协议174份。丙句。", "甲句。乙句。签订协议186份。新增一句。")
	rows := Rows(ops)
	var got []string
	for _, r := range rows {
		switch {
		case r.Same > 0:
			got = append(got, "same:"+strings.Repeat("x", r.Same))
		case r.Unified != nil:
			got = append(got, "change:"+Marked(r.Unified))
		default:
			got = append(got, "run:"+Marked(r.Left)+"|"+Marked(r.Right))
		}
	}
	want := []string{"same:xx", "change:签订协议[-174-]{+186+}份。", "run:[-丙句。-]|{+新增一句。+}"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rows[1].Left[1].Style != Deleted|Edit || rows[1].Right[1].Style != Inserted|Edit {
		t.Errorf("a changed sentence's edits are not flagged: %+v %+v", rows[1].Left, rows[1].Right)
	}
}

// TestWrap: lines are the wrapped text, styles follow their pieces across
// line breaks, marks are added only when asked for, and no line is wider
// than the width.
func TestWrap(t *testing.T) {
	m := text.NewMeasure(false)
	ps := []Piece{{"法治政府建设", Plain}, {"持续推进取得成效", Deleted | Edit}, {"，全面", Inserted}}
	for _, tt := range []struct {
		marks bool
		width int
		want  string
	}{
		{false, 10, "法治政府建|设持续推进|取得成效，|全面"},
		{true, 12, "法治政府建设|[-持续推进取|得成效-]{+，|全面+}"},
		{false, 100, "法治政府建设持续推进取得成效，全面"},
	} {
		lines := Wrap(m, ps, tt.width, tt.marks)
		var texts []string
		for _, l := range lines {
			texts = append(texts, l.Text())
			if l.Width > tt.width || l.Width != m.String(l.Text()) {
				t.Errorf("width %d: line %q is %d cells (measured %d)", tt.width, l.Text(), l.Width, m.String(l.Text()))
			}
		}
		if got := strings.Join(texts, "|"); got != tt.want {
			t.Errorf("marks %v width %d: %q, want %q", tt.marks, tt.width, got, tt.want)
		}
		for _, l := range lines {
			for _, sg := range l.Segs {
				inDel := strings.Contains("持续推进取得成效[--]", sg.Text) || strings.HasPrefix(sg.Text, "[-") || strings.HasSuffix(sg.Text, "-]")
				if inDel != (sg.Style.Kind() == Deleted) {
					t.Errorf("marks %v width %d: segment %q has style %#x", tt.marks, tt.width, sg.Text, sg.Style)
				}
			}
		}
	}
	if Wrap(m, nil, 10, true) != nil {
		t.Error("no pieces must give no lines")
	}
}

func TestSentencePiecesDefensive(t *testing.T) {
	ps := SentencePieces("一二三四五六", []model.Range{{Start: 3, End: 9}, {Start: 6, End: 100}, {Start: 12, End: 15}}, Inserted)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	if b.String() != "一二三四五六" || ps[1].Style != Inserted|Shared {
		t.Errorf("pieces %+v", ps)
	}
}

// TestWrapKeepsChangesWhole checks at every width that no line ends with an
// opening mark or starts with a closing one, and that a short change stays
// on one line whenever a third of the width holds it.
func TestWrapKeepsChangesWhole(t *testing.T) {
	m := text.NewMeasure(false)
	pairs := [][2]string{
		{"政务服务中心提供一站式受理服务，群众满意度达到92%以上。", "政务服务中心提供一站式受理服务，群众满意度达到95%以上。"},
		{"全年共审查各类合同及协议174份，提出意见建议。", "全年共审查各类合同及协议186份，提出意见建议。"},
		{"设立惠企联系点20个，开展法治体检活动。", "设立惠企联系点25个，开展法治体检活动。"},
		{"深入推进严格规范公正文明执法工作，行政执法三项制度全面落实，成效明显。", "深入推进严格规范公正文明执法工作，行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度全面落实，成效明显。"},
	}
	for _, tx := range pairs {
		row := Rows(model.DiffText(tx[0], tx[1]))
		var ps []Piece
		for _, r := range row {
			if r.Unified != nil {
				ps = r.Unified
			}
		}
		if ps == nil {
			t.Fatalf("%q → %q: no changed sentence", tx[0], tx[1])
		}
		for _, marks := range []bool{true, false} {
			for width := 6; width <= 80; width++ {
				lines := Wrap(m, ps, width, marks)
				for i, l := range lines {
					s := l.Text()
					if l.Width > width {
						t.Errorf("width %d: %q is %d cells", width, s, l.Width)
					}
					if strings.HasSuffix(s, "[-") || strings.HasSuffix(s, "{+") || strings.HasPrefix(s, "-]") || strings.HasPrefix(s, "+}") {
						t.Errorf("width %d: line %d %q breaks at a mark", width, i, s)
					}
				}
				// Each short change is on one line when it fits in a third.
				for _, p := range ps {
					if p.Style.Kind() != Deleted || len(p.Text) > 4 {
						continue
					}
					change := p.Text
					if marks {
						change = "[-" + p.Text + "-]"
					}
					if m.String(change)*3 > width {
						continue
					}
					found := false
					for _, l := range lines {
						found = found || strings.Contains(l.Text(), change)
					}
					if !found {
						t.Errorf("marks %v width %d: %q split: %q", marks, width, change, texts(lines))
					}
				}
			}
		}
	}
}

func texts(lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.Text())
	}
	return out
}

func TestPercent(t *testing.T) {
	for f, want := range map[float64]int{
		0: 0, 0.004: 0, 0.01: 1, 0.07: 7, 0.14: 14, 0.28: 28, 0.29: 29, 0.5: 50,
		0.57: 57, 0.58: 58, 0.999: 99, 0.996: 99, 0.9999: 99, 1: 100,
		-0.1: 0, 1.5: 100,
	} {
		if got := Percent(f); got != want {
			t.Errorf("Percent(%v) = %d, want %d", f, got, want)
		}
	}
	// Every similarity as Compare rounds it (three decimals) shows its
	// whole percentage, rounded down.
	for m := 0; m <= 1000; m++ {
		if got, want := Percent(float64(m)/1000), m/10; got != want {
			t.Errorf("Percent(%v) = %d, want %d", float64(m)/1000, got, want)
		}
	}
}
