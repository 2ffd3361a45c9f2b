package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func texts(lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		width  int
		indent int
		want   []string
	}{
		{"fits", "法治政府", 8, 0, []string{"法治政府"}},
		{"break anywhere", "法治政府建设", 8, 0, []string{"法治政府", "建设"}},
		{"odd width", "法治政府建设", 7, 0, []string{"法治政", "府建设"}},
		{"comma pulls previous char down", "法治政府，建设", 8, 0, []string{"法治政", "府，建设"}},
		{"full stop and closing quote", "一二三“四”。五", 8, 0, []string{"一二三", "“四”。五"}},
		{"opening bracket moves down", "一二三《四》", 8, 0, []string{"一二三", "《四》"}},
		{"digits stay together", "增长12345个", 8, 0, []string{"增长", "12345个"}},
		{"decimal stays together", "增长12.5％", 8, 0, []string{"增长", "12.5％"}},
		{"long ascii run is cut", "abcdefghij", 4, 0, []string{"abcd", "efgh", "ij"}},
		{"space dropped at break", "2023 年度报告", 6, 0, []string{"2023", "年度报", "告"}},
		{"indent", "法治政府建设", 8, 4, []string{"    法治", "政府建设"}},
		{"indent dropped when narrow", "法治", 4, 4, []string{"法治"}},
		{"empty", "", 10, 0, []string{""}},
		{"only punctuation", "。。。。。。", 4, 0, []string{"。。", "。。", "。。"}},
		{"wide char wider than width", "法", 1, 0, []string{"法"}},
		{"combining mark kept", "e\u0301e\u0301e\u0301", 2, 0, []string{"e\u0301e\u0301", "e\u0301"}},
	}
	m := NewMeasure(false)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(m.Wrap(tt.in, tt.width, tt.indent))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapWideAmbiguous checks that the wrapper counts ambiguous characters
// with the measure's setting: “ takes two cells in wide mode.
func TestWrapWideAmbiguous(t *testing.T) {
	in := "一“二”三"
	if got := texts(NewMeasure(false).Wrap(in, 8, 0)); len(got) != 1 {
		t.Errorf("narrow: %q, want one line", got)
	}
	got := NewMeasure(true).Wrap(in, 8, 0)
	if len(got) != 2 {
		t.Fatalf("wide: %q, want two lines", texts(got))
	}
	for _, l := range got {
		if l.Width > 8 {
			t.Errorf("wide: line %q is %d cells", l.Text, l.Width)
		}
	}
}

// TestWrapProperties wraps a long mixed paragraph at every width and checks
// the invariants: no text lost, no line too wide, no kinsoku violation. The
// paragraph's longest group that may not be split, "年）》，", is 8 cells, so
// below 8 cells a violation is unavoidable and only the width is checked.
func TestWrapProperties(t *testing.T) {
	para := strings.Repeat("根据《法治政府建设实施纲要（2021—2025年）》，我区2023年共办理行政复议案件12.5件、“示范”项目3个；", 8)
	for _, wide := range []bool{false, true} {
		m := NewMeasure(wide)
		for width := 2; width <= 90; width++ {
			lines := m.Wrap(para, width, 4)
			var joined strings.Builder
			for i, l := range lines {
				if l.Width > width {
					t.Errorf("wide=%v width %d: line %d %q is %d cells", wide, width, i, l.Text, l.Width)
				}
				if l.Width != m.String(l.Text) {
					t.Errorf("width %d: line %d reports %d cells, measures %d", width, i, l.Width, m.String(l.Text))
				}
				first, _ := utf8.DecodeRuneInString(l.Text)
				last, _ := utf8.DecodeLastRuneInString(l.Text)
				if width >= 8 && i > 0 && IsClosing(first) {
					t.Errorf("wide=%v width %d: line %d starts with %q", wide, width, i, first)
				}
				if width >= 8 && i < len(lines)-1 && IsOpening(last) {
					t.Errorf("wide=%v width %d: line %d ends with %q", wide, width, i, last)
				}
				joined.WriteString(strings.TrimLeft(l.Text, " "))
			}
			if joined.String() != para {
				t.Fatalf("wide=%v width %d: text changed by wrapping", wide, width)
			}
		}
	}
}

func TestFit(t *testing.T) {
	m := NewMeasure(false)
	tests := []struct {
		in   string
		w    int
		want string
	}{
		{"法治", 6, "法治  "},
		{"法治政府", 6, "法治… "},
		{"法治政府", 5, "法治…"},
		{"法", 1, "…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		got := m.Fit(tt.in, tt.w)
		if got != tt.want {
			t.Errorf("Fit(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
		}
		if tt.w > 0 && m.String(got) != tt.w {
			t.Errorf("Fit(%q, %d) is %d cells", tt.in, tt.w, m.String(got))
		}
	}
}
