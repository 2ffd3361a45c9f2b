package compare

import (
	"strings"
	"testing"
)

func TestRows(t *testing.T) {
	ops := diffTexts("甲句。乙句。签订协议174份。丙句。", "甲句。乙句。签订协议186份。新增一句。")
	rows := Rows(ops)
	var got []string
	for _, r := range rows {
		switch {
		case r.Same > 0:
			got = append(got, "same:"+strings.Repeat("x", r.Same))
		case r.Unified != nil:
			got = append(got, "change:"+marked(r.Unified))
		default:
			got = append(got, "run:"+marked(r.Left)+"|"+marked(r.Right))
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

func TestSentencePiecesDefensive(t *testing.T) {
	ps := SentencePieces("一二三四五六", []Range{{Start: 3, End: 9}, {Start: 6, End: 100}, {Start: 12, End: 15}}, Inserted)
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	if b.String() != "一二三四五六" || ps[1].Style != Inserted|Shared {
		t.Errorf("pieces %+v", ps)
	}
}

func TestPercent(t *testing.T) {
	for f, want := range map[float64]int{
		0: 0, 0.004: 1, 0.0001: 1, 0.01: 1, 0.07: 7, 0.14: 14, 0.28: 28, 0.29: 29, 0.5: 50,
		0.57: 57, 0.58: 58, 0.999: 99, 0.996: 99, 0.9999: 99, 1: 100,
		-0.1: 0, 1.5: 100,
	} {
		if got := Percent(f); got != want {
			t.Errorf("Percent(%v) = %d, want %d", f, got, want)
		}
	}
	// Every similarity as Reports rounds it (three decimals) shows its
	// whole percentage, rounded down, and at least 1% when it is not 0.
	for m := 0; m <= 1000; m++ {
		want := m / 10
		if m > 0 && want == 0 {
			want = 1
		}
		if got := Percent(float64(m) / 1000); got != want {
			t.Errorf("Percent(%v) = %d, want %d", float64(m)/1000, got, want)
		}
	}
}

// marked is pieces as text for an output without colour: removed text in
// [-…-], added in {+…+}, neighbours of one kind merged first so that a run
// of removed sentences is one mark.
func marked(ps []Piece) string {
	var b strings.Builder
	for _, p := range WithMarks(ps) {
		b.WriteString(p.Text)
	}
	return b.String()
}
