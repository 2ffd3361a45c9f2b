package search

import (
	"baogao/internal/fixture"
	"baogao/model"
	"baogao/model/fold"
	"baogao/model/internal/scan"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch searches fuzzed text for fuzzed queries, words or regular
// expressions. It must never panic, every hit's offsets must name the same
// text through the paragraph and through the section, and for a one-term
// query the hits must be exactly the term's occurrences in the folded units,
// each folding back to the term.
func FuzzSearch(f *testing.F) {
	for _, s := range fixture.SeedTexts(f) {
		f.Add(s[:min(len(s), 3000)], "法治政府", false)
	}
	f.Add("一、楓橋經驗\n（一）２０２３ 年度，出庭應訴率 １００％。\n", "2023年度", false)
	f.Add("標題\n\n一、 A  b\u200bc\n正文 “引号” 。", `"a b"`, false)
	f.Add("一、部分\n出庭应诉率100%\n", `\d+%|^出庭`, true)
	f.Add("x", "(", true)
	f.Fuzz(func(t *testing.T, text, query string, regex bool) {
		if len(text) > 1<<16 || len(query) > 256 {
			return
		}
		fixture.CheckFoldMap(t, text)
		q, err := ParseQuery(query, regex)
		if err != nil {
			return
		}
		r := model.Parse("fuzz", model.Sanitize(text))
		ix := NewIndex([]*model.Report{r})
		hits := ix.SearchReport(q, r)
		// Count (postings, required literals) must agree with the scan.
		if c, err := ix.Count(context.Background(), q); err != nil || c.Total != len(hits) {
			t.Fatalf("Count: %v, %v; SearchReport found %d hits", c, err, len(hits))
		}
		for _, h := range hits {
			n := utf8.RuneCountInString(h.Text())
			if h.ParaStart < 0 || h.ParaStart >= h.ParaEnd || h.ParaEnd > n {
				t.Fatalf("hit [%d,%d) outside its %d-rune paragraph", h.ParaStart, h.ParaEnd, n)
			}
			inPara := runeSlice(h.Text(), h.ParaStart, h.ParaEnd)
			if inSection := runeSlice(SectionText(r, h.Section), h.Start, h.End); inPara != inSection {
				t.Fatalf("paragraph offsets give %q, section offsets %q", inPara, inSection)
			}
			if len(q.Terms) == 1 && fold.String(inPara) != q.Terms[0] {
				t.Fatalf("hit %q folds to %q, not the term %q", inPara, fold.String(inPara), q.Terms[0])
			}
		}
		// Snippets in one pass agree with cutting each from the runes.
		snip := Snippets{Context: 5}
		for _, h := range hits {
			b, m, a := snip.Of(h)
			b, m, a = string([]rune(b)), string([]rune(m)), string([]rune(a))
			if wb, wm, wa := refSnippet(h, 5); b != wb || m != wm || a != wa {
				t.Fatalf("snippet %q %q %q, want %q %q %q", b, m, a, wb, wm, wa)
			}
		}
		// A bounded search gives the first hits and counts them all.
		for _, limit := range []int{0, 1, 3} {
			found, err := FindReport(context.Background(), q, r, limit)
			if err != nil || found.Total != len(hits) {
				t.Fatalf("FindReport limit %d: %v, %v; want %d hits", limit, found, err, len(hits))
			}
			if limit > 0 && len(found.Hits) != min(limit, len(hits)) || limit == 0 && len(found.Hits) != len(hits) {
				t.Fatalf("FindReport limit %d located %d of %d", limit, len(found.Hits), len(hits))
			}
			for i, h := range found.Hits {
				if h != hits[i] {
					t.Fatalf("FindReport hit %d is %+v, want %+v", i, h, hits[i])
				}
			}
			n := 0
			for _, c := range found.Sections {
				n += c
			}
			if n != len(hits) {
				t.Fatalf("FindReport counts %d hits in sections, want %d", n, len(hits))
			}
		}
		if len(q.Terms) == 1 {
			want := 0
			for _, u := range searchUnits(r) {
				want += strings.Count(fold.String(u), q.Terms[0])
			}
			if len(hits) != want {
				t.Fatalf("%d hits for %q, the folded units hold %d", len(hits), q.Terms[0], want)
			}
		}
	})
}

// searchUnits lists the texts a search looks in, in order.
func searchUnits(r *model.Report) []string {
	units := append([]string{r.Title}, r.Preamble...)
	r.Walk(func(s *model.Section) {
		units = append(units, s.Heading())
		units = append(units, s.Paras...)
	})
	return units
}

// FuzzCountBytes checks the byte counter of `search --count` against loading
// the file: whenever it answers, its count must be the hit count of the
// loaded report.
func FuzzCountBytes(f *testing.F) {
	for _, s := range fixture.SeedTexts(f) {
		f.Add([]byte(s[:min(len(s), 4000)]), "法治")
	}
	f.Add([]byte("标题\n一、部分\n坚持“枫桥\n\n经验”，楓橋經驗 2023 年\r\n"), "桥经")
	f.Add([]byte("字号：大 中 小\n来源：司法局\n司法局工作\n"), "司法局")
	f.Add([]byte("01\nAbc Def\n正文很长很长\u3000的内容\n"), "1a")
	f.Fuzz(func(t *testing.T, b []byte, query string) {
		if len(b) > 1<<16 || len(query) > 64 {
			return
		}
		q, err := ParseQuery(query, false)
		if err != nil {
			return
		}
		fc := newFastCounter(q, &scan.DefaultFreq)
		if fc == nil {
			return
		}
		r, loadErr := model.LoadBytes("fuzz", "fuzz", b)
		if n, ok := fc.count(b); ok {
			if loadErr != nil {
				t.Fatalf("counted %d, but the file does not load: %v", n, loadErr)
			}
			if want := len(NewIndex([]*model.Report{r}).SearchReport(q, r)); n != want {
				t.Fatalf("counted %d hits of %q from bytes, the report has %d", n, q.Terms[0], want)
			}
		}
		// quick: a count of 0 stands for "skip the file", which is right
		// for a file that does not load too.
		if n, ok := fc.quick(b); ok && (n > 0 || loadErr == nil) {
			if loadErr != nil {
				t.Fatalf("quick counted %d, but the file does not load: %v", n, loadErr)
			}
			if want := len(NewIndex([]*model.Report{r}).SearchReport(q, r)); n != want {
				t.Fatalf("quick counted %d hits of %q from bytes, the report has %d", n, q.Terms[0], want)
			}
		}
	})
}
