package check

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/fold"
)

// yearsIn returns the first year written in s (2024年, 2024 年度, 二〇二四年)
// and how often each year is written. Folded text: full-width digits are
// ASCII already.
func yearsIn(s string) (first int, count map[int]int) {
	count = map[int]int{}
	for at := 0; ; {
		k := strings.Index(s[at:], "年")
		if k < 0 {
			return first, count
		}
		end := at + k
		at = end + len("年")
		if y, ok := yearBefore(strings.TrimRight(s[:end], " ")); ok {
			if first == 0 {
				first = y
			}
			count[y]++
		}
	}
}

// yearBefore reads the four digits that end s (2024, 二〇二四) as a year
// from 1990 to 2100, unless a fifth digit comes before them.
func yearBefore(s string) (int, bool) {
	y, scale := 0, 1
	for range 4 {
		r, n := utf8.DecodeLastRuneInString(s)
		v := digitValue(r)
		if n == 0 || v < 0 {
			return 0, false
		}
		y += v * scale
		scale *= 10
		s = s[:len(s)-n]
	}
	if r, n := utf8.DecodeLastRuneInString(s); n > 0 && digitValue(r) >= 0 {
		return 0, false
	}
	return y, 1990 <= y && y <= 2100
}

// textYear is the year the measures (and the preamble) speak of most: the
// year the text reports on, whatever the title says.
func textYear(f *facts) (year, times int) {
	counts := map[int]int{}
	add := func(k string) {
		if !strings.Contains(k, "年") {
			return
		}
		_, c := yearsIn(k)
		for y, n := range c {
			counts[y] += n
		}
	}
	for _, k := range f.fold.pre() {
		add(k)
	}
	for _, s := range f.parts[IDMeasures].sections {
		walkSection(s, func(t *model.Section) {
			for _, k := range f.fold.of(t) {
				add(k)
			}
		})
	}
	for y, n := range counts {
		if n > times || n == times && y > year {
			year, times = y, n
		}
	}
	return year, times
}

// isWorkReport reports whether r is a 政府工作报告 rather than a 法治政府建设
// 年度报告.
func isWorkReport(r *model.Report) bool {
	t := fold.String(r.Title)
	return strings.Contains(t, "政府工作报告") && !strings.Contains(t, "法治政府")
}

// plansYear is the year the plans part names in its heading or, failing
// that, first in its text; 0 when it names none.
func plansYear(f *facts) (year int, at string) {
	for _, s := range f.parts[IDPlans].sections {
		if y, _ := yearsIn(f.fold.title(s)); y != 0 {
			return y, where(s)
		}
		if len(s.Paras) > 0 {
			if y, _ := yearsIn(f.fold.of(s)[0]); y != 0 {
				return y, s.Path + " " + quote(firstSentence(s.Paras[0]))
			}
		}
	}
	return 0, ""
}

func firstSentence(p string) string {
	if ss := sentences(p); len(ss) > 0 {
		return ss[0]
	}
	return p
}

// checkYear: the year reported on is the same in the title, in the text
// and one year before the plans and the 落款 (a report on 2024 is written
// in early 2025 and plans 2025). A plans part for the year reported on, or
// a text about another year, is the mark of last year's report reused.
func checkYear(f *facts) Result {
	res := Result{ID: IDYear}
	title, _ := yearsIn(fold.String(f.r.Title))
	text, times := textYear(f)
	plans, plansAt := plansYear(f)
	year := title
	if year == 0 {
		year = f.r.Year
	}
	if year != 0 && isWorkReport(f.r) {
		// A 政府工作报告 is named for the year it is delivered in: it
		// reviews the year before and plans its own.
		year--
	}
	if title != 0 {
		res.Evidence = append(res.Evidence, fmt.Sprintf("标题：%d", title))
	}
	if text != 0 {
		res.Evidence = append(res.Evidence, fmt.Sprintf("正文：%d年×%d", text, times))
	}
	if plans != 0 {
		res.Evidence = append(res.Evidence, plansAt)
	}
	if f.sigDate.known() {
		res.Evidence = append(res.Evidence, "落款："+f.sigDate.String())
	}
	var fails, warns []Message
	switch {
	case year == 0:
		fails = append(fails, msg("标题和正文都没有写明年度", "neither the title nor the text names the year"))
	case text != 0 && text != year && title != 0:
		fails = append(fails, msg("标题为%d年度，正文主要写%d年", "the title says %d, the text is mostly about %d", title, text))
	case title == 0:
		warns = append(warns, msg("标题未写年度，%d年度系从正文推断", "the title names no year; %d is read from the text", year))
	}
	if year != 0 && plans != 0 && plans != year+1 {
		m := msg("下一年度安排写的是%d年，应为%d年", "the plans are for %d, not %d", plans, year+1)
		if plans == year {
			fails = append(fails, m)
		} else {
			warns = append(warns, m)
		}
	}
	if year != 0 && f.sigDate.known() && f.sigDate.Year != year+1 {
		m := msg("落款日期%s不在报告年度的次年", "the signature is dated %s, not in the year after %d", f.sigDate.String(), year)
		if f.sigDate.Year == year {
			warns = append(warns, m)
		} else {
			fails = append(fails, m)
		}
	}
	switch {
	case len(fails) > 0:
		res.Status, res.Msg = Fail, joinMessages(append(fails, warns...))
	case len(warns) > 0:
		res.Status, res.Msg = Warn, joinMessages(warns)
	default:
		res.Status = Pass
		res.Msg = msg("标题、正文、下一年度安排和落款的年度一致（%d年度）", "title, text, plans and signature agree on the year (%d)", year)
	}
	return res
}

func joinMessages(ms []Message) Message {
	var zh, en []string
	for _, m := range ms {
		zh, en = append(zh, m.zh), append(en, m.en)
	}
	return Message{strings.Join(zh, "；"), strings.Join(en, "; ")}
}
