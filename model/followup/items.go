package followup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/check"
)

// planItem is one item of a plans part and the tasks it lists.
type planItem struct {
	section string
	text    string
	tasks   []string // its clauses that say what is to be done
}

// planItems returns the items of a's plans part: each sub-section, or
// when it has none, each paragraph (each sentence of a lone paragraph).
// A paragraph before the first sub-section is the part's preface
// (2025年是…之年), no item.
func planItems(a *model.Report) []planItem {
	var items []planItem
	for _, s := range check.PartSections(a, check.IDPlans) {
		skip := 0 // paragraphs before the plans
		if s.Topic != model.TopicPlans && len(s.Children) == 0 {
			// A part on the shortcomings and the plans (存在的问题和下一步
			// 打算): the plans are the paragraphs from the first that says
			// what is to come.
			skip = plansStart(s)
		}
		paras := s.Paras[skip:]
		switch {
		case len(s.Children) > 0:
			for _, c := range s.Children {
				items = append(items, sectionItem(c))
			}
		case len(paras) > 1:
			for i, p := range paras {
				items = append(items, textItem(s.Path, skip+i, p))
			}
		case len(paras) == 1:
			for i, sent := range sentences(paras[0]) {
				if hanCount(sent) >= minTaskHan*2 {
					items = append(items, textItem(s.Path, i, sent))
				}
			}
		}
	}
	return items
}

// planCues open the plans of a combined part.
var planCues = []string{"下一步", "下一年度", "今后", "明年", "将"}

// plansStart is the index of the first paragraph of s with a plan cue
// (0 when none has one).
func plansStart(s *model.Section) int {
	for i, p := range s.Paras {
		for _, c := range planCues {
			if strings.Contains(p, c) {
				return i
			}
		}
	}
	return 0
}

// sectionItem is a sub-section as one item: its heading and all its text.
func sectionItem(s *model.Section) planItem {
	var text []string
	var walk func(*model.Section)
	walk = func(t *model.Section) {
		if t != s && t.Title != "" {
			text = append(text, t.Heading())
		}
		text = append(text, t.Paras...)
		for _, c := range t.Children {
			walk(c)
		}
	}
	walk(s)
	it := planItem{section: s.Path, text: s.Heading()}
	if len(text) > 0 {
		it.text += "\n" + strings.Join(text, "\n")
	}
	body := strings.Join(text, "。")
	if hanCount(body) == 0 {
		body = s.Title // a heading alone is the task
	}
	it.tasks = tasks(body)
	return it
}

// textItem is one paragraph or sentence of a plans part without
// sub-sections; its section is the part's path and its place (4#2).
func textItem(path string, i int, text string) planItem {
	return planItem{section: path + "#" + itoa(i+1), text: text, tasks: tasks(text)}
}

// minTaskHan is the fewest Chinese characters a clause needs to be a task:
// shorter ones are connectives (一是, 同时).
const minTaskHan = 6

// tasks splits a plan's text into clauses at ，；。： and keeps those long
// enough to say what is to be done.
func tasks(text string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,；;。：:！？!?\n", r) }) {
		if hanCount(c) >= minTaskHan {
			out = append(out, c)
		}
	}
	return out
}

// sentences splits a paragraph after 。！？； (kept with their sentence).
func sentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' || r == '；' {
			end := i + utf8.RuneLen(r)
			if s := strings.TrimSpace(p[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// appendSentences appends the sentences of a paragraph as passages.
func appendSentences(out []passage, section, para string) []passage {
	for _, s := range sentences(para) {
		if hanCount(s) >= minTaskHan {
			out = append(out, passage{section: section, text: s})
		}
	}
	return out
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
