package search

import (
	"strings"
	"testing"

	"baogao/model"
	"baogao/model/internal/scan"
)

// TestSanitizeUncountable checks that search terms holding a rune that
// Sanitize writes or changes are never counted from raw bytes.
func TestSanitizeUncountable(t *testing.T) {
	for _, term := range []string{"〓", "가", "ㅏ", "⑩", "☰", "\U00031350"} {
		q, err := ParseQuery(term, false)
		if err != nil {
			t.Fatal(err)
		}
		if c := newFastCounter(q, &[256]uint32{}); c != nil {
			t.Errorf("%q: counted from bytes, but Sanitize may write or change it", term)
		}
	}
	for _, term := range []string{"法治", "2024", "①"} {
		q, _ := ParseQuery(term, false)
		if c := newFastCounter(q, &[256]uint32{}); c == nil {
			t.Errorf("%q: not counted from bytes", term)
		}
	}
}

// TestCountBytesAfterSanitize checks the raw-byte counters of search
// --count on files holding runes Sanitize removes or replaces: each either
// gives up or counts what the loaded report holds.
func TestCountBytesAfterSanitize(t *testing.T) {
	const head = "标题\n一、部分\n正文说明内容较长的一行，用来避免被当作页眉页脚。"
	tests := []struct{ body, term string }{
		{"依法\u3164治理，法治\uFFA0政府。", "法治"},
		{"依法\uFE0F治理，法\u2061治政府。", "法治"},
		{"☰法治☷政府〓。", "法治"},
		{"\u0378法治\U00031350政府。", "法治"},
		{"\n\u0301法治\n \u0302法治。", "法治"},
		{"🇨🇳 cn CN 法治。", "cn"},
		{"\u1100\u1161\u11A8 각 가\u11A8。", "각"},
		{"㉈ ⑩ 法治。", "法治"},
		{"법\u3164치 법치。", "법치"},
	}
	for _, tt := range tests {
		b := []byte(head + tt.body + "\n")
		q, err := ParseQuery(tt.term, false)
		if err != nil {
			t.Fatal(err)
		}
		fc := newFastCounter(q, &scan.DefaultFreq)
		if fc == nil {
			continue
		}
		r, err := model.LoadBytes("t", "t", b)
		if err != nil {
			t.Fatal(err)
		}
		want := len(NewIndex([]*model.Report{r}).SearchReport(q, r))
		if n, ok := fc.count(b); ok && n != want {
			t.Errorf("%+q in %+q: counted %d from bytes, the report has %d", tt.term, tt.body, n, want)
		}
		if n, ok := fc.quick(b); ok && n != want {
			t.Errorf("%+q in %+q: quick counted %d from bytes, the report has %d", tt.term, tt.body, n, want)
		}
	}
}

// TestSearchAfterSanitize searches a report holding the characters
// Sanitize removes or replaces: what is searched, shown and counted is the
// sanitized text, and every hit's paragraph and section offsets name the
// same text in it.
func TestSearchAfterSanitize(t *testing.T) {
	raw := "测试区2024年度法治政府建设报告\n一、主要做法\n" +
		"（一）依法\u3164行政，法\uFE0F治政府\u2061建设，\u0378〓与☰。\n" +
		"\u0301\u0302坚持🇨🇳国旗 cn，\u1100\u1161\u11A8 각 가\u11A8，㉈项任务。\n"
	r, err := model.LoadBytes("hostile", "hostile.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex([]*model.Report{r})
	tests := []struct {
		query string
		want  []string
	}{
		{"依法行政", []string{"依法行政"}},
		{"法治政府建设", []string{"法治政府建设", "法治政府建设"}}, // the title and the paragraph
		{"〓", []string{"〓", "〓", "〓"}},
		{"cn", []string{"CN", "cn"}},
		{"각", []string{"각", "각", "각"}},
		{"⑩项", []string{"⑩项"}},
		{"坚持", []string{"坚持"}},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range ix.SearchReport(mustQuery(t, tt.query, false), r) {
			got = append(got, checkHit(t, h))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: hits %q, want %q", tt.query, got, tt.want)
		}
	}
}
