package export

import (
	"strings"
	"testing"
)

func TestFileName(t *testing.T) {
	a := Side{ID: "a", Unit: "历下区", Year: 2024}
	b := Side{ID: "b", Unit: "历下区", Year: 2025}
	for _, tt := range []struct {
		d      *Doc
		format string
		want   string
	}{
		{&Doc{A: a, B: b}, "html", "历下区2024-历下区2025-对照.html"},
		{&Doc{A: a, B: b}, "docx", "历下区2024-历下区2025-修订.docx"},
		{&Doc{A: a, B: b}, "docx-table", "历下区2024-历下区2025-对照表.docx"},
		{&Doc{Kind: KindReport, A: Side{ID: "x", Title: "关于/2024\x1b[31m年的报告 "}}, "md", "关于_2024[31m年的报告.md"},
		{&Doc{Kind: KindReport, A: Side{ID: "..", Title: ""}}, "html", "baogao.html"},
		{&Doc{Kind: KindReport, A: Side{Title: strings.Repeat("长", 200)}}, "html", strings.Repeat("长", 80) + ".html"},
	} {
		if got := FileName(tt.d, tt.format); got != tt.want {
			t.Errorf("FileName(%+v, %s) = %q, want %q", tt.d.A, tt.format, got, tt.want)
		}
	}
}
