package search

import (
	"baogao/model"
	"baogao/model/fold"
	"errors"
	"strings"
	"testing"
)

// TestParseQueryDigitsAndChinese checks that a space between a digit and a
// Chinese character does not part words, as it does not in the text's key,
// while a space between two Chinese characters, or two numbers, still does.
func TestParseQueryDigitsAndChinese(t *testing.T) {
	tests := []struct {
		in    string
		terms []string
	}{
		{"2023 年度", []string{"2023年度"}},
		{"2023　年度", []string{"2023年度"}},
		{"２０２３ 年度", []string{"2023年度"}},
		{"第 2023 年", []string{"第2023年"}},
		{"年度  2023", []string{"年度2023"}},
		{"2023 年度 报告", []string{"2023年度", "报告"}},
		{"法治 政府", []string{"法治", "政府"}},
		{"2023 2024", []string{"2023", "2024"}},
		{"rule of 法治", []string{"rule", "of", "法治"}},
		{`"2023" 年度`, []string{"2023", "年度"}},
		{`2023 "年度"`, []string{"2023", "年度"}},
		{"2023 ", []string{"2023"}},
	}
	for _, tt := range tests {
		q := mustQuery(t, tt.in, false)
		if strings.Join(q.Terms, "|") != strings.Join(tt.terms, "|") {
			t.Errorf("ParseQuery(%q) terms = %q, want %q", tt.in, q.Terms, tt.terms)
		}
	}
	// The README's promise, on the seeds.
	ix := NewIndex(loadSeeds(t))
	count := func(text string) int {
		n := 0
		for _, r := range ix.Reports() {
			n += len(ix.SearchReport(mustQuery(t, text, false), r))
		}
		return n
	}
	if a, b := count("2023 年度"), count("2023年度"); a != b || a == 0 {
		t.Errorf("2023 年度 has %d hits, 2023年度 %d; want the same, not 0", a, b)
	}
}

// TestParseQueryEmptyRegex checks that a regular expression that can only
// match empty text, or nothing, is an error that says so, and that an empty
// one is ErrEmptyQuery as an empty word search is.
func TestParseQueryEmptyRegex(t *testing.T) {
	for _, in := range []string{"^$", "^", "$", `\b`, `\B`, "()", "x{0}", "(?:)*", "^|$", "\u200b", "(\u200b)+", `\A\z`} {
		_, err := ParseQuery(in, true)
		if err == nil || !strings.Contains(err.Error(), "matches only empty text") {
			t.Errorf("ParseQuery(%q, regex) error = %v, want matches only empty text", in, err)
		}
	}
	for _, in := range []string{`[^\x00-\x{10FFFF}]`, `a[^\x00-\x{10FFFF}]`} {
		_, err := ParseQuery(in, true)
		if err == nil || !strings.Contains(err.Error(), "can match nothing") {
			t.Errorf("ParseQuery(%q, regex) error = %v, want can match nothing", in, err)
		}
	}
	for _, in := range []string{"", " ", "\u3000"} {
		if _, err := ParseQuery(in, true); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("ParseQuery(%q, regex) error = %v, want ErrEmptyQuery", in, err)
		}
	}
	for _, in := range []string{"x*", "^法治", `\b2023\b`, "(a|)", "a?", "x{0,1}", "a^b", `[^\x00-\x{10FFFF}]|法`} {
		if _, err := ParseQuery(in, true); err != nil {
			t.Errorf("ParseQuery(%q, regex): %v", in, err)
		}
	}
	_, err := ParseQuery("(\x1b[2J", true)
	if err == nil || strings.ContainsRune(err.Error(), 0x1b) {
		t.Errorf("error %q echoes an escape sequence", err)
	}
}

// TestSectionTextOfPreamble checks that the text hit offsets count in for
// the title and preamble is the start of the report's text, and that hits
// in a preamble after a title point at their text there.
func TestSectionTextOfPreamble(t *testing.T) {
	reports := append(loadSeeds(t),
		model.Parse("t", "某区2024年度法治政府建设报告\n前言一段法治。\n一、主要举措\n正文。\n"),
		model.Parse("p", "前言法治。\n一、主要举措\n正文。\n"),
		model.Parse("o", "某区2024年度法治政府建设报告\n一、主要举措\n法治。\n"))
	for _, r := range reports {
		pre := SectionText(r, nil)
		if !strings.HasPrefix(r.Text(), pre) {
			t.Errorf("%s: SectionText(nil) %q is not the start of Text()", r.ID, pre)
		}
		ix := NewIndex([]*model.Report{r})
		for _, h := range ix.SearchReport(mustQuery(t, "法治", false), r) {
			if h.Section != nil {
				continue
			}
			if got := runeSlice(r.Text(), h.Start, h.End); fold.String(got) != "法治" {
				t.Errorf("%s: preamble hit [%d,%d) is %q in Text()", r.ID, h.Start, h.End, got)
			}
			checkHit(t, h)
		}
	}
}
