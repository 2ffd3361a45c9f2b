package diffrows

import (
	"strings"
	"testing"

	"baogao/model/compare"
	"baogao/ui/text"
)

// TestWrap: lines are the wrapped text, styles follow their pieces across
// line breaks, marks are added only when asked for, and no line is wider
// than the width.
func TestWrap(t *testing.T) {
	m := text.NewMeasure(false)
	ps := []compare.Piece{{Text: "法治政府建设", Style: compare.Plain}, {Text: "持续推进取得成效", Style: compare.Deleted | compare.Edit}, {Text: "，全面", Style: compare.Inserted}}
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
				if inDel != (sg.Style.Kind() == compare.Deleted) {
					t.Errorf("marks %v width %d: segment %q has style %#x", tt.marks, tt.width, sg.Text, sg.Style)
				}
			}
		}
	}
	if Wrap(m, nil, 10, true) != nil {
		t.Error("no pieces must give no lines")
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
		row := compare.Rows(compare.Texts(tx[0], tx[1]))
		var ps []compare.Piece
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
					if p.Style.Kind() != compare.Deleted || len(p.Text) > 4 {
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
