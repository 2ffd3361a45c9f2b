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
